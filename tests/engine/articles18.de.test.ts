// An eighteenth round of composed German news articles, in the styles of outlets and beats the first
// seventeen rounds (articles.de to articles17.de) did not use: Westfalen-Blatt (local politics: a car park
// in Bielefeld turned into housing, the building officer's fragment in the headline and the body in the
// Konjunktiv and „die 49-Jährige“ after a colon, a group leader's fragment and „sagte er“, a trade
// association after a colon, a kiosk owner, an unnamed councillor, an initiative's name and a placard),
// Pforzheimer Zeitung (business: a watch parts supplier insolvent, a letter to the staff with „hieß es in
// dem Schreiben“, the managing director as „der 56-Jährige“ with a continued quote, a union official after
// her quote and her fragment, the administrator with a doctor's title after a colon, an unnamed worker, a
// product line), Der Landbote (Switzerland, courts, with «…»: a dog owner convicted, the unnamed accused in
// the headline and the body with a continued quote, the prosecutor, the defence's fragment, the jogger as
// private plaintiff, the judge after a colon, a dog's name), oe24 (Austria, crime: a taxi driver
// overpowering a robber, with an initial in the headline and the body as „der gebürtige Obersteirer“, the
// dispatcher after her quote, the police spokesman after a colon and after „so der Polizeisprecher“ with no
// verb, a nickname on a note), Berner Oberländer (Switzerland, a rockfall, with «…»: the Gemeindepräsident's
// fragment in the standfirst and the body, a resident after her quote, a cantonal office after a colon, a
// geologist as „der 47-Jährige“, an unnamed local after a colon, a graffito), Märkische Oderzeitung
// (education: a German-Polish school short of teachers, the head teacher after her quote and continued after
// „meint sie“, a ministry spokesman, the parents' spokesman as „der Vater zweier Töchter“, pupils by first
// name with a fragment and after a colon, a school's name and a motto), Südtirol News (South Tyrol, health:
// waiting in Bozen's emergency room, the head physician with a doctor's title in the standfirst and the body
// with continued quotes, the health authority's release with „heißt es darin“, the regional minister's
// fragment, an unnamed pensioner after a colon, an association's name), Reutlinger General-Anzeiger
// (science: a record bat count in a cave, the researcher with a doctor's title after her quote and with
// „sagt sie“, a doctoral student after a colon, an association's spokeswoman, an unnamed cave guide's
// fragment, a journal's title), NRZ (sport: a Ruhr derby, the coach in the headline and the body, the scorer
// as „der 21-Jährige“, the other coach with a fragment after „nannte er“, the captain by surname and a
// colon, an unnamed fan, a banner) and Allgäuer Zeitung (culture: a dialect premiere, the artistic director
// after his quote, an actor's fragment and a quote with no verb, an association's statement in a fragment,
// an unnamed critic, a visitor after a colon, the culture officer with „glaubt“, a play's title). Every
// article was written for these tests, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Westfalen-Blatt, Lokalpolitik: Teilzitat der Baudezernentin in der Überschrift " +
      "und im Text mit Konjunktiv, die 49-Jährige mit Doppelpunkt, Fraktionschef mit " +
      "„sprach von“ und „sagte er“, Mitteilung eines Verbands mit Doppelpunkt, " +
      "Kioskbetreiberin mit „sagt sie“, ungenanntes Ratsmitglied, Initiativname und " +
      "Plakat",
    headline: "„Ein Signal für die ganze Innenstadt“: Parkhaus am Kesselbrink wird Wohnhaus",
    paragraphs: [
      "Das marode Parkhaus am Kesselbrink wird nicht saniert, sondern zu einem " +
        "Wohnhaus mit rund 140 Wohnungen umgebaut. Der Rat der Stadt Bielefeld stimmte " +
        "am Donnerstagabend mit 34 zu 31 Stimmen für die Pläne der städtischen " +
        "Wohnungsgesellschaft.",
      "„Ein Signal für die ganze Innenstadt“ sei der Beschluss, sagte Baudezernentin " +
        "Henrike Vollmer-Saak nach der Sitzung. Die 49-Jährige ergänzte: „Wir holen " +
        "Leben dorthin zurück, wo bisher nur Autos standen.“",
      "Die CDU hatte vor dem Wegfall von 600 Stellplätzen gewarnt. Fraktionschef Bernd " +
        "Overbeck sprach von einer „Politik gegen den Einzelhandel“. „Wer aus Schloß " +
        "Holte oder Werther zum Einkaufen kommt, fährt künftig nach Gütersloh“, sagte er.",
      "Der Handelsverband Ostwestfalen-Lippe teilte am Freitag mit: „Ohne ein " +
        "verlässliches Parkleitsystem verliert die Altstadt Kundschaft, die sie nicht " +
        "zurückgewinnt.“",
      "Gelassener sieht es Ayşe Demirtaş, die am Kesselbrink einen Kiosk betreibt. " +
        "„Die meisten meiner Kunden kommen mit dem Rad oder mit der Stadtbahn“, sagt " +
        "sie. Auf einem Plakat der Initiative „Kesselbrink für alle“ vor dem Rathaus " +
        "stand am Abend nur ein Wort: „Endlich“.",
      "Ein Ratsmitglied der Grünen, das nicht namentlich genannt werden wollte, " +
        "rechnet mit Verzögerungen: „Bis hier der erste Mieter einzieht, vergehen " +
        "mindestens fünf Jahre.“",
      "Die Wohnungsgesellschaft will im Frühjahr einen Architektenwettbewerb ausloben.",
    ],
    quotes: [
      ["Ein Signal für die ganze Innenstadt", "Henrike Vollmer-Saak"],
      ["Wir holen Leben dorthin zurück, wo bisher nur Autos standen.", "Henrike Vollmer-Saak"],
      ["Politik gegen den Einzelhandel", "Bernd Overbeck"],
      [
        "Wer aus Schloß Holte oder Werther zum Einkaufen kommt, fährt künftig nach " + "Gütersloh",
        "Bernd Overbeck",
      ],
      [
        "Ohne ein verlässliches Parkleitsystem verliert die Altstadt Kundschaft, die " +
          "sie nicht zurückgewinnt.",
        "Der Handelsverband Ostwestfalen-Lippe",
      ],
      ["Die meisten meiner Kunden kommen mit dem Rad oder mit der Stadtbahn", "Ayşe Demirtaş"],
      ["Bis hier der erste Mieter einzieht, vergehen mindestens fünf Jahre.", "Ein Ratsmitglied der Grünen"],
    ],
  },
  {
    name:
      "Pforzheimer Zeitung, Wirtschaft: Schreiben an die Belegschaft mit „hieß es in " +
      "dem Schreiben“, Geschäftsführer als der 56-Jährige mit Fortsetzung, " +
      "Gewerkschafterin nach ihrem Zitat und mit Teilzitat, Sachwalter mit Doktortitel " +
      "nach Doppelpunkt, ungenannter Mitarbeiter, Produktlinie",
    todo:
      "«Die Geschäftsführung hat heute beim Amtsgeric…» goes to Schreiben, not das Schreiben; «Mein " +
      "Vater hat hier schon gearbeitet. Ich wil…» goes to Ein Mitarbeiter aus der Galvanik, not Ein " +
      "Mitarbeiter",
    headline: "Uhrenteilezulieferer Feinwerk Hirsch ist insolvent",
    standfirst:
      "Der Pforzheimer Zulieferer hat Insolvenz in Eigenverwaltung beantragt. " +
      "Betroffen sind 230 Beschäftigte.",
    paragraphs: [
      "Die Nachricht kam für viele Beschäftigte am Montagmorgen per E-Mail. „Die " +
        "Geschäftsführung hat heute beim Amtsgericht Pforzheim einen Antrag auf " +
        "Eröffnung eines Insolvenzverfahrens in Eigenverwaltung gestellt“, hieß es in " +
        "dem Schreiben, das der PZ vorliegt.",
      "Geschäftsführer Matthias Hirsch, der das Unternehmen in dritter Generation " +
        "leitet, nannte vor allem den Einbruch bei Schweizer Uhrenmarken als Grund. " +
        "„Unsere Kunden in Biel und Grenchen haben ihre Bestellungen binnen eines Jahres " +
        "halbiert“, sagte der 56-Jährige. „Darauf kann sich kein Mittelständler " +
        "einstellen.“",
      "Der Betrieb laufe uneingeschränkt weiter, versicherte Hirsch. Löhne und " +
        "Gehälter seien über das Insolvenzgeld bis Ende April gesichert.",
      "Die IG Metall Pforzheim reagierte mit Sorge. „Die Beschäftigten dürfen nicht " +
        "die Zeche für Managementfehler zahlen“, erklärte die Erste Bevollmächtigte " +
        "Sabine Kurz-Wetzel. Sie fordert einen Sozialtarifvertrag und „volle Transparenz " +
        "über die Zahlen“.",
      "Als Sachwalter hat das Gericht den Stuttgarter Rechtsanwalt Dr. Jonas " +
        "Ebersberger eingesetzt. Er sieht Chancen für eine Fortführung: „Das Know-how in " +
        "diesem Haus ist einzigartig, und das wissen auch mögliche Investoren.“",
      "Ein Mitarbeiter aus der Galvanik, der seit 31 Jahren im Betrieb ist, sagte vor " +
        "dem Werkstor: „Mein Vater hat hier schon gearbeitet. Ich will hier auch in " +
        "Rente gehen.“",
      "Die Produktlinie „Hirsch Precision“ soll nach Angaben des Unternehmens " +
        "unverändert weitergeführt werden.",
    ],
    quotes: [
      [
        "Die Geschäftsführung hat heute beim Amtsgericht Pforzheim einen Antrag auf " +
          "Eröffnung eines Insolvenzverfahrens in Eigenverwaltung gestellt",
        "das Schreiben",
      ],
      [
        "Unsere Kunden in Biel und Grenchen haben ihre Bestellungen binnen eines " + "Jahres halbiert",
        "Matthias Hirsch",
      ],
      ["Darauf kann sich kein Mittelständler einstellen.", "Matthias Hirsch"],
      ["Die Beschäftigten dürfen nicht die Zeche für Managementfehler zahlen", "Sabine Kurz-Wetzel"],
      ["volle Transparenz über die Zahlen", "Sabine Kurz-Wetzel"],
      [
        "Das Know-how in diesem Haus ist einzigartig, und das wissen auch mögliche " + "Investoren.",
        "Jonas Ebersberger",
      ],
      ["Mein Vater hat hier schon gearbeitet. Ich will hier auch in Rente gehen.", "Ein Mitarbeiter"],
    ],
  },
  {
    name:
      "Der Landbote, Gericht mit «…»: ungenannte Beschuldigte in der Überschrift und " +
      "im Text mit Fortsetzung, Staatsanwältin mit „sagte sie“, Teilzitat des " +
      "Verteidigers, Joggerin als Privatklägerin, Richter mit Doppelpunkt, Hundename",
    todo: "„sagte sie als Privatklägerin“ after „Die Joggerin“ goes to the prosecutor named before",
    headline: "Hundehalterin verurteilt: «Ich habe ihn nicht mehr halten können»",
    paragraphs: [
      "Das Bezirksgericht Winterthur hat am Dienstag eine 38-jährige Hundehalterin " +
        "wegen fahrlässiger Körperverletzung zu einer bedingten Geldstrafe von 90 " +
        "Tagessätzen verurteilt. Ihr Rottweiler hatte im vergangenen Mai im " +
        "Eschenbergwald eine Joggerin angefallen und schwer am Bein verletzt.",
      "Die Beschuldigte zeigte sich vor Gericht reumütig. «Ich habe ihn nicht mehr " +
        "halten können», sagte sie mit zitternder Stimme. «Es tut mir unendlich leid, " +
        "was passiert ist.»",
      "Staatsanwältin Corinne Aebischer hielt ihr vor, die Gefahr gekannt zu haben. " +
        "Der Hund sei schon zweimal auffällig geworden. «Wer ein solches Tier ohne Leine " +
        "durch einen belebten Wald führt, nimmt Verletzungen in Kauf», sagte sie in " +
        "ihrem Plädoyer.",
      "Verteidiger Reto Gämperle sprach dagegen von einem «tragischen Unfall» und " +
        "verlangte einen Freispruch. Seine Mandantin habe den Hund wenige Sekunden " +
        "vorher angeleint, die Leine sei gerissen.",
      "Die Joggerin, eine 51-jährige Lehrerin aus Seen, leidet bis heute an den " +
        "Folgen. «Ich gehe nicht mehr allein in den Wald», sagte sie als Privatklägerin.",
      "Der vorsitzende Richter Thomas Wullschleger folgte weitgehend der Anklage. In " +
        "der Urteilsbegründung sagte er: «Eine gerissene Leine entbindet nicht von der " +
        "Pflicht, sein Tier zu kennen.» Der Rottweiler namens «Bruno» lebt inzwischen in " +
        "einem Tierheim im Kanton Thurgau.",
      "Das Urteil ist noch nicht rechtskräftig.",
    ],
    quotes: [
      ["Ich habe ihn nicht mehr halten können", "Die Beschuldigte"],
      ["Es tut mir unendlich leid, was passiert ist.", "Die Beschuldigte"],
      [
        "Wer ein solches Tier ohne Leine durch einen belebten Wald führt, nimmt " + "Verletzungen in Kauf",
        "Corinne Aebischer",
      ],
      ["tragischen Unfall", "Reto Gämperle"],
      ["Ich gehe nicht mehr allein in den Wald", "Die Joggerin"],
      ["Eine gerissene Leine entbindet nicht von der Pflicht, sein Tier zu kennen.", "Thomas Wullschleger"],
    ],
  },
  {
    name:
      "oe24, Chronik: Taxilenker mit Initiale in der Überschrift und im Text mit " +
      "„erzählt der gebürtige Obersteirer“ und Fortsetzung, Disponentin nach ihrem " +
      "Zitat, Polizeisprecher mit Doppelpunkt und nach „so der Polizeisprecher“ ohne " +
      "Verb, Zettel mit Spitznamen",
    headline: "Taxler überwältigt Räuber: „Der hat sich den Falschen ausgesucht“",
    standfirst:
      "Schrecksekunde in Graz-Lend: Ein 61-jähriger Taxilenker wurde in der Nacht auf " +
      "Sonntag mit einem Messer bedroht – und wehrte sich.",
    paragraphs: [
      "Es war kurz nach drei Uhr früh, als der Fahrgast in der Annenstraße plötzlich " +
        "ein Klappmesser zog und die Tageslosung verlangte. Doch Taxilenker Josef K. " +
        "(61) dachte nicht daran, klein beizugeben.",
      "„Der hat sich den Falschen ausgesucht“, erzählt der gebürtige Obersteirer " +
        "gegenüber oe24. „Ich war 20 Jahre beim Bundesheer, da lernt man, ruhig zu " +
        "bleiben.“",
      "Der Taxler packte den Arm des Angreifers und drückte ihn gegen die Scheibe, bis " +
        "das Messer in den Fußraum fiel. Dann verriegelte er die Türen und alarmierte " +
        "über Funk die Zentrale.",
      "„Josef hat ganz ruhig durchgegeben, dass er einen Räuber im Auto hat“, " +
        "schildert Disponentin Martina Hebenstreit. „Zuerst hab ich geglaubt, das ist " +
        "ein Scherz.“",
      "Wenige Minuten später klickten die Handschellen. Bei dem Festgenommenen handelt " +
        "es sich um einen 24-jährigen Grazer. Polizeisprecher Fritz Grundnig bestätigte " +
        "den Vorfall: „Der Tatverdächtige wurde festgenommen und in die Justizanstalt " +
        "Jakomini eingeliefert.“",
      "Ganz ungefährlich sei das Verhalten des Lenkers aber nicht gewesen, so der " +
        "Polizeisprecher. „Wir raten grundsätzlich davon ab, sich zu wehren, wenn eine " +
        "Waffe im Spiel ist.“",
      "Josef K. saß am Sonntagabend schon wieder hinterm Steuer. Ein Kollege habe ihm " +
        "einen Zettel mit der Aufschrift „Held von Lend“ ans Armaturenbrett geklebt, " +
        "erzählt er lachend.",
    ],
    quotes: [
      ["Der hat sich den Falschen ausgesucht", "Josef K."],
      ["Ich war 20 Jahre beim Bundesheer, da lernt man, ruhig zu bleiben.", "Josef K."],
      ["Josef hat ganz ruhig durchgegeben, dass er einen Räuber im Auto hat", "Martina Hebenstreit"],
      ["Zuerst hab ich geglaubt, das ist ein Scherz.", "Martina Hebenstreit"],
      [
        "Der Tatverdächtige wurde festgenommen und in die Justizanstalt Jakomini " + "eingeliefert.",
        "Fritz Grundnig",
      ],
      [
        "Wir raten grundsätzlich davon ab, sich zu wehren, wenn eine Waffe im Spiel " + "ist.",
        "Fritz Grundnig",
      ],
    ],
  },
  {
    name:
      "Berner Oberländer, Felssturz mit «…»: Teilzitat des Gemeindepräsidenten im " +
      "Vorspann und im Text, Anwohnerin nach ihrem Zitat mit „erzählt“, Fortsetzung " +
      "ohne Verb, kantonales Amt mit Doppelpunkt, Geologe als der 47-Jährige, " +
      "ungenannte Einheimische mit Doppelpunkt, Graffito",
    headline: "Felssturz sperrt Sustenstrasse – Gadmen ist abgeschnitten",
    standfirst:
      "Rund 20'000 Kubikmeter Gestein sind in der Nacht auf Mittwoch auf die " +
      "Sustenstrasse gedonnert. Der Gemeindepräsident spricht von einer «Zitterpartie».",
    paragraphs: [
      "Kurz nach zwei Uhr nachts lösten sich oberhalb von Gadmen mehrere Felsblöcke " +
        "und verschütteten die Sustenstrasse auf einer Länge von rund 150 Metern. " +
        "Verletzt wurde niemand. Die rund 200 Einwohnerinnen und Einwohner des Dorfes " +
        "sind seither nur noch zu Fuss oder per Helikopter erreichbar.",
      "«Ich bin vom Donnern aufgewacht und dachte zuerst an ein Gewitter», erzählt " +
        "Ursula Zybach, deren Haus rund 300 Meter von der Abbruchstelle entfernt steht. " +
        "Erst am Morgen habe sie das Ausmass gesehen.",
      "Gemeindepräsident Hansruedi Michel verbrachte die Nacht im Krisenstab. Die " +
        "nächsten Tage seien eine «Zitterpartie», sagte er am Mittwochmittag vor den " +
        "Medien. «Solange der Hang in Bewegung ist, kann niemand die Strasse räumen.»",
      "Die Felswand bewegt sich weiterhin um bis zu zwei Zentimeter pro Tag. Das " +
        "Tiefbauamt des Kantons Bern teilte am Nachmittag mit: «Eine Öffnung der Strasse " +
        "ist frühestens in drei Wochen realistisch.»",
      "Geologe Daniel Tobler, der den Hang seit Jahren beobachtet, ist wenig " +
        "überrascht. «Der Permafrost in dieser Höhe taut, das Gestein verliert seinen " +
        "Kitt», erklärt der 47-Jährige. Er rechnet mit weiteren Abbrüchen.",
      "Für die Versorgung des Dorfes hat die Armee einen Super Puma bereitgestellt. " +
        "Auf eine Mauer am Dorfeingang hat jemand «Gadmen bleibt!» gesprayt.",
      "Eine Einheimische, die mit ihren Einkäufen aus dem Helikopter stieg, nahm es " +
        "gelassen: «Wir sind hier oben Schlimmeres gewohnt.»",
    ],
    quotes: [
      ["Zitterpartie", "Hansruedi Michel"],
      ["Ich bin vom Donnern aufgewacht und dachte zuerst an ein Gewitter", "Ursula Zybach"],
      ["Solange der Hang in Bewegung ist, kann niemand die Strasse räumen.", "Hansruedi Michel"],
      [
        "Eine Öffnung der Strasse ist frühestens in drei Wochen realistisch.",
        "Das Tiefbauamt des Kantons Bern",
      ],
      ["Der Permafrost in dieser Höhe taut, das Gestein verliert seinen Kitt", "Daniel Tobler"],
      ["Wir sind hier oben Schlimmeres gewohnt.", "Eine Einheimische"],
    ],
  },
  {
    name:
      "Märkische Oderzeitung, Bildung: Schulleiterin nach ihrem Zitat und als die " +
      "52-Jährige, Fortsetzung nach „meint sie“ ohne Verb, Sprecher eines " +
      "Ministeriums, Elternsprecher als „der Vater zweier Töchter“, Kinder beim " +
      "Vornamen mit Teilzitat und Doppelpunkt, Schulname und Motto",
    headline:
      "Polnischlehrer gesucht: Zweisprachige Grundschule in Frankfurt (Oder) bangt um " + "ihr Profil",
    paragraphs: [
      "An der Grundschule „Mitte“ in Frankfurt (Oder) lernen seit 2009 deutsche und " +
        "polnische Kinder gemeinsam in beiden Sprachen. Doch im kommenden Schuljahr " +
        "könnte der Polnischunterricht in zwei Klassen ausfallen, weil zwei Lehrkräfte " +
        "in den Ruhestand gehen.",
      "„Wir haben die Stellen seit einem Jahr ausgeschrieben und keine einzige " +
        "passende Bewerbung bekommen“, sagt Schulleiterin Katarzyna Wendland. Die " +
        "52-Jährige stammt selbst aus Słubice und unterrichtet seit 18 Jahren an der " +
        "Schule.",
      "Das Problem liege auch an der Bezahlung, meint sie. Lehrkräfte aus Polen würden " +
        "in Brandenburg oft nur als Seiteneinsteiger eingestuft. „Das ist eine " +
        "Demütigung für Menschen, die seit Jahrzehnten unterrichten.“",
      "In Potsdam verweist man auf ein neues Anerkennungsverfahren. „Wir arbeiten mit " +
        "Hochdruck daran, ausländische Abschlüsse schneller anzuerkennen“, teilte ein " +
        "Sprecher des Bildungsministeriums mit.",
      "Die Eltern wollen sich damit nicht zufriedengeben. Elternsprecher Tomasz Krüger " +
        "hat eine Unterschriftensammlung gestartet, bisher haben mehr als 400 Menschen " +
        "unterschrieben. „Zweisprachigkeit an der Grenze ist kein Luxus, sondern " +
        "Alltag“, sagt der Vater zweier Töchter. Das Motto der Aktion, „Zwei Sprachen, " +
        "eine Schule“, steht auf Transparenten am Schulzaun.",
      "Auch die Kinder machen sich Gedanken. Die neunjährige Lena erzählt, sie wolle " +
        "später „in Polen und in Deutschland arbeiten“. Ihr Klassenkamerad Paul fügt " +
        "hinzu: „Wenn Polnisch wegfällt, vergesse ich das bestimmt wieder.“",
      "Der Oberbürgermeister will das Thema beim nächsten Treffen mit dem " + "Bildungsminister ansprechen.",
    ],
    quotes: [
      [
        "Wir haben die Stellen seit einem Jahr ausgeschrieben und keine einzige " +
          "passende Bewerbung bekommen",
        "Katarzyna Wendland",
      ],
      ["Das ist eine Demütigung für Menschen, die seit Jahrzehnten unterrichten.", "Katarzyna Wendland"],
      [
        "Wir arbeiten mit Hochdruck daran, ausländische Abschlüsse schneller " + "anzuerkennen",
        "ein Sprecher des Bildungsministeriums",
      ],
      ["Zweisprachigkeit an der Grenze ist kein Luxus, sondern Alltag", "Tomasz Krüger"],
      ["in Polen und in Deutschland arbeiten", "Lena"],
      ["Wenn Polnisch wegfällt, vergesse ich das bestimmt wieder.", "Paul"],
    ],
  },
  {
    name:
      "Südtirol News, Gesundheit: Primar mit Doktortitel im Vorspann und im Text mit " +
      "„bestätigt“, Fortsetzungen ohne Verb und nach „sagt der Mediziner“, Aussendung " +
      "des Sanitätsbetriebs mit „heißt es darin“, Teilzitat der Landesrätin, " +
      "ungenannte Rentnerin mit Doppelpunkt, Vereinsname",
    todo:
      "a quote after „…, sagt der Mediziner.“ goes to the description, not to the " +
      "doctor named before, and the health authority comes out in the genitive",
    headline: "Notaufnahme Bozen: Bis zu zehn Stunden Wartezeit",
    standfirst:
      "Patienten klagen über lange Wartezeiten in der Notaufnahme des Bozner " +
      "Krankenhauses. „Wir arbeiten seit Monaten am Limit“, sagt der Primar.",
    paragraphs: [
      "Wer am Wochenende mit nicht lebensbedrohlichen Beschwerden in die Notaufnahme " +
        "des Krankenhauses Bozen kommt, braucht Geduld. Laut Zahlen des Südtiroler " +
        "Sanitätsbetriebs warteten Patienten mit grünem Code im Jänner im Schnitt fünf " +
        "Stunden und 40 Minuten, in Einzelfällen über zehn Stunden.",
      "„Wir arbeiten seit Monaten am Limit“, bestätigt Primar Dr. Lukas Pichler, der " +
        "die Notaufnahme leitet. Von 42 vorgesehenen Arztstellen seien derzeit nur 31 " +
        "besetzt. „Viele junge Kolleginnen und Kollegen gehen lieber nach Innsbruck oder " +
        "in die Schweiz, weil sie dort besser verdienen.“",
      "Ein Großteil der Patienten gehöre eigentlich nicht in die Notaufnahme, sagt der " +
        "Mediziner. „Mit einer Grippe oder einem verstauchten Knöchel ist man beim " +
        "Hausarzt besser aufgehoben.“",
      "Der Sanitätsbetrieb kündigte in einer Aussendung an, ab März eine eigene " +
        "Ambulanz für leichte Fälle einzurichten. „Damit sollen die Wartezeiten spürbar " +
        "verkürzt werden“, heißt es darin.",
      "Gesundheitslandesrätin Veronika Gasser räumte Versäumnisse ein. Man habe „zu " +
        "lange zugeschaut“, sagte sie am Rande der Landtagssitzung.",
      "Eine Rentnerin aus Leifers, die mit ihrem Mann acht Stunden gewartet hatte, ist " +
        "verärgert: „Man sitzt da auf einem Plastikstuhl und niemand sagt einem, wie " +
        "lange es noch dauert.“",
      "Die Patientenvereinigung „Gesundheit für alle“ fordert eine digitale Anzeige " +
        "der Wartezeiten, wie es sie in Tirol bereits gibt.",
    ],
    quotes: [
      ["Wir arbeiten seit Monaten am Limit", "Lukas Pichler"],
      [
        "Viele junge Kolleginnen und Kollegen gehen lieber nach Innsbruck oder in " +
          "die Schweiz, weil sie dort besser verdienen.",
        "Lukas Pichler",
      ],
      [
        "Mit einer Grippe oder einem verstauchten Knöchel ist man beim Hausarzt " + "besser aufgehoben.",
        "Lukas Pichler",
      ],
      ["Damit sollen die Wartezeiten spürbar verkürzt werden", "der Südtiroler Sanitätsbetrieb"],
      ["zu lange zugeschaut", "Veronika Gasser"],
      [
        "Man sitzt da auf einem Plastikstuhl und niemand sagt einem, wie lange es " + "noch dauert.",
        "Eine Rentnerin",
      ],
    ],
  },
  {
    name:
      "Reutlinger General-Anzeiger, Wissenschaft: Forscherin mit Doktortitel nach " +
      "ihrem Zitat mit Fortsetzung und „sagt sie“, Doktorand mit Doppelpunkt nach " +
      "„warnt“, Verbandssprecherin, ungenannter Höhlenführer mit Teilzitat, " +
      "Zeitschriftentitel",
    headline: "Rekord in der Nebelhöhle: Forscher zählen 1400 Fledermäuse",
    paragraphs: [
      "So viele Fledermäuse wie noch nie haben Biologen in diesem Winter in der " +
        "Nebelhöhle bei Sonnenbühl gezählt. Bei der jährlichen Kontrolle im Februar " +
        "fanden sie 1412 schlafende Tiere aus neun Arten – fast doppelt so viele wie vor " +
        "zehn Jahren.",
      "„Das hat uns selbst überrascht“, sagt Dr. Miriam Hohloch von der Universität " +
        "Tübingen, die die Zählung seit 2015 leitet. „Wir hatten eher mit einem Rückgang " +
        "gerechnet, weil die Winter immer milder werden.“",
      "Eine Erklärung sieht die 41-Jährige in den Gittern, die seit einigen Jahren die " +
        "Seitengänge verschließen. Dort werden die Tiere nicht mehr von Besuchern " +
        "gestört. Vor allem das Große Mausohr profitiere davon.",
      "Doktorand Felix Rauscher hat die Daten ausgewertet. Er warnt jedoch vor zu viel " +
        "Optimismus: „Eine einzelne Höhle sagt wenig über den Zustand der Populationen " +
        "in ganz Baden-Württemberg.“",
      "Auch der Nabu-Landesverband begrüßt die Zahlen. „Das zeigt, dass " +
        "Schutzmaßnahmen wirken, wenn man sie konsequent umsetzt“, erklärte Sprecherin " +
        "Anja Zeeb. Der Verband fordert, weitere Höhlen der Schwäbischen Alb im Winter " +
        "zu sperren.",
      "Ein Höhlenführer, der seit 25 Jahren Besucher durch die Nebelhöhle führt, hat " +
        "die Veränderung selbst beobachtet. Früher habe man die Tiere „an einer Hand " +
        "abzählen“ können, sagt er.",
      "Die Ergebnisse sollen im Fachjournal „Acta Chiropterologica“ erscheinen. " +
        "Hohloch will die Zählung im nächsten Winter auf fünf weitere Höhlen ausdehnen. " +
        "„Erst dann wissen wir, ob das ein Trend ist oder ein Ausreißer“, sagt sie.",
    ],
    quotes: [
      ["Das hat uns selbst überrascht", "Miriam Hohloch"],
      [
        "Wir hatten eher mit einem Rückgang gerechnet, weil die Winter immer milder " + "werden.",
        "Miriam Hohloch",
      ],
      [
        "Eine einzelne Höhle sagt wenig über den Zustand der Populationen in ganz " + "Baden-Württemberg.",
        "Felix Rauscher",
      ],
      ["Das zeigt, dass Schutzmaßnahmen wirken, wenn man sie konsequent umsetzt", "Anja Zeeb"],
      ["an einer Hand abzählen", "Ein Höhlenführer"],
      ["Erst dann wissen wir, ob das ein Trend ist oder ein Ausreißer", "Miriam Hohloch"],
    ],
  },
  {
    name:
      "NRZ, Sport: Trainer in der Überschrift und im Text mit Fortsetzung, Torschütze " +
      "als der 21-Jährige, gegnerischer Trainer mit „sagte er“ und Teilzitat nach " +
      "„nannte er“, Kapitän mit Nachnamen und Doppelpunkt, ungenannter Fan, Banner",
    todo: "„sagte der 21-Jährige“ goes to the captain named two sentences before instead " + "of the scorer",
    headline: "MSV schlägt RWE im Derby – Trainer: „Das war Arbeit, kein Zauber“",
    paragraphs: [
      "Der MSV Duisburg hat das Revierderby gegen Rot-Weiss Essen mit 2:1 gewonnen. " +
        "Vor 28.400 Zuschauern drehten die Zebras einen Rückstand in den letzten 20 " +
        "Minuten.",
      "„Das war Arbeit, kein Zauber“, sagte MSV-Trainer Thorsten Wollenberg nach dem " +
        "Abpfiff. „Aber genau so gewinnt man solche Spiele.“",
      "Essen war durch einen Kopfball von Kapitän Jonas Rehbein (34.) in Führung " +
        "gegangen. Dann schlug die Stunde von Luca Marinović. Der eingewechselte Stürmer " +
        "traf erst per Abstauber (71.) und dann mit einem Schuss in den Winkel (86.). " +
        "„Ich habe einfach draufgehalten“, sagte der 21-Jährige, der erst im Sommer aus " +
        "der eigenen Jugend aufgerückt war.",
      "Auf der Tribüne hielten MSV-Fans ein Banner mit der Aufschrift „Unser Revier, " +
        "unsere Regeln“ hoch.",
      "RWE-Coach Kai Brandhorst haderte mit der Chancenverwertung. „Wir hätten zur " +
        "Pause 3:0 führen müssen“, sagte er. Den Siegtreffer nannte er „ein Tor, das man " +
        "so nur einmal im Jahr sieht“.",
      "Sein Kapitän sah es ähnlich. Rehbein: „Wer so viele Chancen liegen lässt, " +
        "verliert am Ende solche Derbys.“",
      "Ein Duisburger Fan, der seit 40 Jahren zu jedem Heimspiel kommt, hatte nach dem " +
        "Abpfiff Tränen in den Augen: „Für so einen Abend erträgt man die ganzen " +
        "schlechten Jahre.“",
    ],
    quotes: [
      ["Das war Arbeit, kein Zauber", "Thorsten Wollenberg"],
      ["Aber genau so gewinnt man solche Spiele.", "Thorsten Wollenberg"],
      ["Ich habe einfach draufgehalten", "Luca Marinović"],
      ["Wir hätten zur Pause 3:0 führen müssen", "Kai Brandhorst"],
      ["ein Tor, das man so nur einmal im Jahr sieht", "Kai Brandhorst"],
      ["Wer so viele Chancen liegen lässt, verliert am Ende solche Derbys.", "Jonas Rehbein"],
      ["Für so einen Abend erträgt man die ganzen schlechten Jahre.", "Ein Duisburger Fan"],
    ],
  },
  {
    name:
      "Allgäuer Zeitung, Kultur: Intendant nach seinem Zitat und als der 45-Jährige, " +
      "Schauspieler mit Teilzitat und Fortsetzung ohne Verb, Stellungnahme eines " +
      "Vereins mit Teilzitat, ungenannte Kritikerin mit „nannte“, Besucherin mit " +
      "Doppelpunkt, Kulturreferentin mit „glaubt“, Stücktitel",
    todo:
      "«Ich hab jedes Wort verstanden, das passiert m…» goes to Eine Besucherin aus Sonthofen, not " +
      "Eine Besucherin",
    headline: "Der Tod spricht Allgäuerisch: Umjubelte Premiere im Theater in Kempten",
    paragraphs: [
      "Mit minutenlangem Applaus hat das Publikum im Theater in Kempten am Samstag die " +
        "Premiere von „Der Brandner Kaspar und das ewig’ Leben“ gefeiert. Zum ersten Mal " +
        "wird das Stück komplett im Allgäuer Dialekt gespielt.",
      "„Dialekt ist keine Folklore, sondern eine Bühnensprache wie jede andere“, sagte " +
        "Intendant Florian Hagspiel vor der Vorstellung. Der 45-Jährige hatte die " +
        "Fassung gemeinsam mit einem Sprachwissenschaftler der Universität Augsburg " +
        "erarbeitet.",
      "Den Boandlkramer, also den Tod, spielt der gebürtige Oberstdorfer Martin " +
        "Gschwender. Er habe „jeden Satz dreimal umgeschrieben“, bis er sich richtig " +
        "angefühlt habe, erzählt der 63-Jährige. „Der Boandlkramer muss im Allgäu halt " +
        "anders klingen als in Oberbayern.“",
      "Nicht alle sind begeistert. Der Bund Bairische Sprache kritisierte vorab in " +
        "einer Stellungnahme, das Stück werde „seiner sprachlichen Heimat entrissen“.",
      "Die Kritikerin der Süddeutschen Zeitung nannte die Inszenierung „mutig, witzig " +
        "und an keiner Stelle anbiedernd“.",
      "Im Foyer war nach der Vorstellung fast nur Dialekt zu hören. Eine Besucherin " +
        "aus Sonthofen sagte: „Ich hab jedes Wort verstanden, das passiert mir im " +
        "Theater sonst nie.“",
      "„Das Stück kann ein Exportschlager werden“, glaubt Kulturreferentin Sabine " +
        "Reichart. Anfragen von Bühnen aus Vorarlberg und dem Bregenzerwald gebe es " +
        "bereits.",
    ],
    quotes: [
      ["Dialekt ist keine Folklore, sondern eine Bühnensprache wie jede andere", "Florian Hagspiel"],
      ["jeden Satz dreimal umgeschrieben", "Martin Gschwender"],
      ["Der Boandlkramer muss im Allgäu halt anders klingen als in Oberbayern.", "Martin Gschwender"],
      ["seiner sprachlichen Heimat entrissen", "Der Bund Bairische Sprache"],
      ["mutig, witzig und an keiner Stelle anbiedernd", "Die Kritikerin der Süddeutschen Zeitung"],
      ["Ich hab jedes Wort verstanden, das passiert mir im Theater sonst nie.", "Eine Besucherin"],
      ["Das Stück kann ein Exportschlager werden", "Sabine Reichart"],
    ],
  },
]);
