// A seventeenth round of composed German news articles, in the styles of outlets and beats the first
// sixteen rounds (articles.de to articles16.de) did not use: Rhein-Neckar-Zeitung (local politics: a tram
// through Heidelberg's university campus, the mayor in the headline and the body with a continued quote and
// after a colon, a group leader's fragment and „der 52-Jährige“ after a colon, the university's statement,
// an initiative's spokeswoman with „betonte sie“, an unnamed councillor after a colon, the initiative's
// name in marks), Nordwest-Zeitung (a storm surge on Wangerooge: the mayor's fragment in the standfirst and
// the body, „der 46-Jährige“ with „sagt er“ and a continued quote, a meteorologist named after his quote, a
// state agency's notice with „heißt es“, a café owner after a colon, a storm's name and a warning sign),
// Allgemeine Zeitung (Namibia, business: a fish factory sending workers home, the company's press release
// continued with no verb, the managing director with „so Burger“, the minister as „der Minister“, a union
// leader's fragment in the standfirst and the body and after a colon, an unnamed worker, a brand name),
// Zuger Zeitung (Switzerland, courts, with «…»: a crypto fraud, the presiding judge's fragment in the
// standfirst and the body and after a colon, the prosecutor, the defence's two fragments, the unnamed
// accused after a colon, a pensioner by his age, a token's name), Engadiner Post (Switzerland, sport, with
// «…»: the Engadin ski marathon, the winner in the headline and the body as „der 27-Jährige“, the runner-
// up's fragment with „erklärte der Schwede“, the women's winner by her age, the race director after a
// colon, an unnamed spectator, a banner), vienna.at (Austria, crime: a neighbour rescuing a child from a
// fire, with an initial and his age in the headline and the body as „der Installateur“ and „der
// 34-Jährige“, the police's statement, the fire brigade's spokesman after a colon, an unnamed neighbour, a
// scare-quoted word), Stuttgarter Nachrichten (culture: a new ballet director, in the headline and the
// body, a soloist by her age with a title nested in her quote, a critic with „warnt“ and a fragment, the
// minister with „teilte mit“, a programme booklet with „heißt es“ after a colon, ballet titles), Der
// Vinschger (South Tyrol, health: a maternity ward at risk, the head physician with a doctor's title and a
// quote with no verb, the health authority with „heißt es“, the regional minister's fragment after „räumte
// ein“ and after a colon, a midwife by her age, an unnamed young mother after a colon, an initiative's
// name), Schwarzwälder Bote (education: mixed-age classes in a village school, the head teacher continued
// and as „die Schulleiterin“ with a fragment, the school authority with „teilte mit“, an unnamed mother
// after a colon, the mayor across two paragraphs, a pupil's fragment by first name, a school motto) and
// Gießener Allgemeine (science: microplastics in river fish, the lead author with a doctor's title after
// his quote and „so der Gewässerökologe“, the authors writing a fragment, a doctoral student after a colon,
// an authority's spokeswoman, an outside fisheries biologist with „meint er“, a journal's title and a so-
// called word). Every article was written for these tests, before the engine was run on them; the speakers
// follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Rhein-Neckar-Zeitung, Lokalpolitik: Oberbürgermeister in der Überschrift und im Text mit " +
      "Fortsetzung, Teilzitat des Fraktionschefs und der 52-Jährige mit Doppelpunkt, Mitteilung " +
      "der Universität, Sprecherin einer Initiative mit „betonte sie“, ungenannter Stadtrat mit " +
      "Doppelpunkt, Initiativname",
    headline: "„Die Bahn ist überfällig“: Gemeinderat beschließt Trasse durchs Neuenheimer Feld",
    paragraphs: [
      "Nach jahrzehntelangem Streit ist der Weg für eine Straßenbahn ins Neuenheimer Feld frei. " +
        "Der Heidelberger Gemeinderat stimmte am Donnerstagabend mit 29 zu 17 Stimmen für die " +
        "Trasse entlang der Berliner Straße und quer über den Campus.",
      "Oberbürgermeister Jochen Albrecht (parteilos) zeigte sich nach der Abstimmung " +
        "erleichtert. „Die Bahn ist überfällig“, sagte er. „Jeden Morgen stehen Tausende " +
        "Beschäftigte der Kliniken im Stau, das kann so nicht weitergehen.“",
      "Die CDU-Fraktion hatte bis zuletzt gegen die Pläne gekämpft. Ihr Vorsitzender Rainer " +
        "Köhnlein sprach von einem „teuren Prestigeprojekt auf Kosten der Forschung“. Der " +
        "52-Jährige befürchtet, dass Erschütterungen empfindliche Messgeräte in den Instituten " +
        "stören könnten: „Niemand hat uns bisher erklärt, wer dafür haftet.“",
      "Die Universität hatte sich lange gegen eine Trasse mitten durch den Campus gesperrt. " +
        "Inzwischen trägt sie den Kompromiss mit. „Die vereinbarten Schutzmaßnahmen für unsere " +
        "Labore sind aus unserer Sicht ausreichend“, teilte die Universität Heidelberg am Freitag " +
        "mit.",
      "Auf der Zuschauertribüne verfolgten Mitglieder der Initiative „Campus ohne Schienen“ die " +
        "Debatte. Ihre Sprecherin Dorothee Lamprecht kündigte an, den Beschluss juristisch prüfen " +
        "zu lassen. „Wir sind nicht gegen Nahverkehr, wir sind gegen diese Trasse“, betonte sie.",
      "Ein Stadtrat der Grünen, der anonym bleiben wollte, sieht die größte Hürde noch vor der " +
        "Stadt: „Jetzt beginnt der eigentliche Kampf, nämlich der um das Geld aus Stuttgart und " +
        "Berlin.“",
      "Baubeginn soll frühestens 2028 sein. Albrecht gab sich dennoch zuversichtlich: „Ich will " +
        "die erste Fahrt noch im Amt erleben.“",
    ],
    quotes: [
      ["Die Bahn ist überfällig", "Jochen Albrecht"],
      [
        "Jeden Morgen stehen Tausende Beschäftigte der Kliniken im Stau, das kann so nicht " + "weitergehen.",
        "Jochen Albrecht",
      ],
      ["teuren Prestigeprojekt auf Kosten der Forschung", "Rainer Köhnlein"],
      ["Niemand hat uns bisher erklärt, wer dafür haftet.", "Rainer Köhnlein"],
      [
        "Die vereinbarten Schutzmaßnahmen für unsere Labore sind aus unserer Sicht ausreichend",
        "die Universität Heidelberg",
      ],
      ["Wir sind nicht gegen Nahverkehr, wir sind gegen diese Trasse", "Dorothee Lamprecht"],
      [
        "Jetzt beginnt der eigentliche Kampf, nämlich der um das Geld aus Stuttgart und Berlin.",
        "Ein Stadtrat der Grünen",
      ],
      ["Ich will die erste Fahrt noch im Amt erleben.", "Jochen Albrecht"],
    ],
  },
  {
    name:
      "Nordwest-Zeitung, Sturmflut: Teilzitat des Bürgermeisters im Vorspann und im Text, der " +
      "46-Jährige mit „sagt er“ und Fortsetzung, Meteorologe mit Funktion vor dem Namen, " +
      "Mitteilung eines Landesbetriebs mit „heißt es“, Cafébetreiberin mit Doppelpunkt, " +
      "Sturmname und Warnschild",
    headline: "Sturmflut reißt Wangerooges Badestrand weg",
    standfirst:
      "Nach Sturmtief „Henrike“ fehlen am Hauptstrand rund 80.000 Kubikmeter Sand. Der " +
      "Bürgermeister spricht von einem „Schaden historischen Ausmaßes“.",
    paragraphs: [
      "Als das Wasser in der Nacht zu Sonntag zurückging, war vom Hauptstrand der Insel kaum " +
        "etwas übrig. Wo im Sommer Strandkörbe stehen, ragt jetzt eine bis zu drei Meter hohe " +
        "Abbruchkante aus dem Dünenfuß.",
      "Bürgermeister Marcel Tjaden spricht von einem „Schaden historischen Ausmaßes“. Der " +
        "46-Jährige war bereits bei Tagesanbruch mit Mitarbeitern des Bauhofs unterwegs. „Die " +
        "Dünen haben gehalten, das ist die gute Nachricht“, sagt er. „Aber der Strand ist weg.“",
      "Nach Angaben des Bundesamts für Seeschifffahrt und Hydrographie lief das Wasser in " +
        "Wilhelmshaven 2,40 Meter über dem mittleren Hochwasser auf. „Eine Sturmflut dieser Höhe " +
        "so früh in der Saison ist ungewöhnlich, aber nicht beispiellos“, erklärte Meteorologe " +
        "Hinrich Oltmanns vom Deutschen Wetterdienst in Hamburg.",
      "Zuständig für den Inselschutz ist der Niedersächsische Landesbetrieb für " +
        "Wasserwirtschaft, Küsten- und Naturschutz. „Die Sicherheit der Inselbewohner war zu " +
        "keinem Zeitpunkt gefährdet“, heißt es in einer Mitteilung des Landesbetriebs. Man werde " +
        "die Schäden in den kommenden Tagen vermessen.",
      "Für die Insel, die vom Tourismus lebt, kommt der Verlust zur Unzeit. „Ostern ist in fünf " +
        "Monaten, bis dahin brauchen wir einen Strand“, sagt Heike Janßen, die am Hauptstrand ein " +
        "Café betreibt. Sie habe schon mehrere Stornierungen bekommen: „Die Leute sehen die Bilder " +
        "im Fernsehen und denken, die Insel geht unter.“",
      "Im Rathaus hofft man auf eine schnelle Sandaufspülung. Tjaden will dafür am Mittwoch in " +
        "Hannover werben: „Ohne Hilfe vom Land schaffen wir das nicht. Das weiß dort auch jeder.“",
      "Bis dahin bleibt der Hauptstrand gesperrt. Ein Schild am Zugang warnt vor „Lebensgefahr " +
        "durch Abbruchkanten“.",
    ],
    quotes: [
      ["Schaden historischen Ausmaßes", "Marcel Tjaden"],
      ["Die Dünen haben gehalten, das ist die gute Nachricht", "Marcel Tjaden"],
      ["Aber der Strand ist weg.", "Marcel Tjaden"],
      [
        "Eine Sturmflut dieser Höhe so früh in der Saison ist ungewöhnlich, aber nicht " + "beispiellos",
        "Hinrich Oltmanns",
      ],
      [
        "Die Sicherheit der Inselbewohner war zu keinem Zeitpunkt gefährdet",
        "der Niedersächsische Landesbetrieb für Wasserwirtschaft, Küsten- und Naturschutz",
      ],
      ["Ostern ist in fünf Monaten, bis dahin brauchen wir einen Strand", "Heike Janßen"],
      ["Die Leute sehen die Bilder im Fernsehen und denken, die Insel geht unter.", "Heike Janßen"],
      ["Ohne Hilfe vom Land schaffen wir das nicht. Das weiß dort auch jeder.", "Marcel Tjaden"],
    ],
  },
  {
    name:
      "Allgemeine Zeitung (Namibia), Wirtschaft: Pressemitteilung einer Firma mit Fortsetzung " +
      "ohne Verb, Geschäftsführer mit „so Burger“, Minister nach dem Zitat als „der Minister“, " +
      "Teilzitat der Gewerkschafterin im Vorspann und im Text mit Doppelpunkt, ungenannte " +
      "Arbeiterin, Markenname",
    headline: "Walvis Bay: Fischfabrik schickt 600 Arbeiter nach Hause",
    standfirst:
      "Die Firma Oceanfresh begründet den Schritt mit fehlenden Fangquoten. Die Gewerkschaft " +
      "spricht von einem „schwarzen Tag für die Küste“.",
    paragraphs: [
      "Die Fischverarbeitungsfirma Oceanfresh Namibia hat am Montag rund 600 ihrer 950 " +
        "Beschäftigten in Walvis Bay für mindestens drei Monate nach Hause geschickt. Die Arbeiter " +
        "sollen in dieser Zeit nur einen Teil ihres Lohns erhalten.",
      "„Ohne ausreichende Fangquoten für Stöcker können wir die Fabrik nicht auslasten“, hieß es " +
        "in einer Pressemitteilung des Unternehmens. Man bedauere die Entscheidung zutiefst. " +
        "„Sobald die neuen Quoten vergeben sind, holen wir alle Mitarbeiter zurück.“",
      "Geschäftsführer Jan-Hendrik Burger sagte der AZ, das Unternehmen habe bereits im Januar " +
        "beim Ministerium auf eine frühere Vergabe gedrängt. „Wir haben gewarnt, immer wieder. " +
        "Passiert ist nichts“, so Burger.",
      "Fischereiminister Petrus Haufiku wies die Vorwürfe zurück. Die Bestände des Stöckers " +
        "hätten sich noch nicht ausreichend erholt. „Ich vergebe keine Quoten, nur damit eine " +
        "Fabrik voll ist, und fische dafür das Meer leer“, sagte der Minister am Dienstag in " +
        "Windhoek.",
      "Die Gewerkschaft Nafau kündigte Proteste an. Ihre Generalsekretärin Selma Nangolo sprach " +
        "von einem „schwarzen Tag für die Küste“ und warf beiden Seiten vor, den Streit auf dem " +
        "Rücken der Arbeiter auszutragen: „Die Firma zeigt auf das Ministerium, das Ministerium " +
        "zeigt auf die Firma. Und unsere Mitglieder stehen ohne Geld da.“",
      "Vor dem Fabriktor standen am Montagmorgen Dutzende Frauen in Arbeitskleidung. Eine " +
        "Arbeiterin, die seit 14 Jahren am Fließband steht, hielt ihren Lohnzettel hoch. „Davon " +
        "kann ich meine Kinder nicht einmal einen Monat lang ernähren“, sagte sie.",
      "Oceanfresh gehört zu den größten Arbeitgebern der Hafenstadt. Die Firma vermarktet ihre " +
        "Konserven unter dem Namen „Atlantic Gold“ im ganzen südlichen Afrika.",
    ],
    quotes: [
      ["schwarzen Tag für die Küste", "Selma Nangolo"],
      [
        "Ohne ausreichende Fangquoten für Stöcker können wir die Fabrik nicht auslasten",
        "Oceanfresh Namibia",
      ],
      ["Sobald die neuen Quoten vergeben sind, holen wir alle Mitarbeiter zurück.", "Oceanfresh Namibia"],
      ["Wir haben gewarnt, immer wieder. Passiert ist nichts", "Jan-Hendrik Burger"],
      [
        "Ich vergebe keine Quoten, nur damit eine Fabrik voll ist, und fische dafür das Meer leer",
        "Petrus Haufiku",
      ],
      [
        "Die Firma zeigt auf das Ministerium, das Ministerium zeigt auf die Firma. Und unsere " +
          "Mitglieder stehen ohne Geld da.",
        "Selma Nangolo",
      ],
      ["Davon kann ich meine Kinder nicht einmal einen Monat lang ernähren", "Eine Arbeiterin"],
    ],
  },
  {
    name:
      "Zuger Zeitung, Gericht mit «…»: Teilzitat der Gerichtspräsidentin im Vorspann und im " +
      "Text, Staatsanwalt mit „sagte er“, zwei Teilzitate des Verteidigers, ungenannter " +
      "Beschuldigter mit Doppelpunkt, Rentner mit Alter und Fortsetzung, Tokenname",
    todo: "the unnamed accused („Der Beschuldigte selbst …:“) gets the defence lawyer named earlier",
    headline: "Kryptobetrüger muss vier Jahre ins Gefängnis",
    standfirst:
      "Das Zuger Strafgericht verurteilt einen 39-jährigen Firmengründer wegen gewerbsmässigen " +
      "Betrugs. Die Gerichtspräsidentin spricht von einem «Schneeballsystem im digitalen Gewand».",
    paragraphs: [
      "Mehr als 2300 Anleger hatten ihm ihr Geld anvertraut, am Ende waren 31 Millionen Franken " +
        "verschwunden. Das Strafgericht Zug hat am Donnerstag einen 39-jährigen Deutschen zu einer " +
        "Freiheitsstrafe von vier Jahren verurteilt. Er hatte mit seiner Firma in Baar den Token " +
        "«Alpcoin» vertrieben und monatliche Renditen von bis zu acht Prozent versprochen.",
      "Staatsanwalt Beat Zurfluh hatte fünfeinhalb Jahre gefordert. «Der Beschuldigte hat nie " +
        "ein funktionierendes Produkt besessen. Die Renditen der alten Anleger wurden mit dem Geld " +
        "der neuen bezahlt», sagte er in seinem Plädoyer.",
      "Der Verteidiger, Rechtsanwalt Marco Iten, sprach von einem «gescheiterten Start-up, nicht " +
        "von einem Betrug». Sein Mandant habe «an jeden Satz in den Prospekten geglaubt» und " +
        "selbst Geld verloren. Er forderte einen Freispruch.",
      "Der Beschuldigte selbst zeigte sich in seinem Schlusswort reumütig: «Ich habe Menschen " +
        "enttäuscht, die mir vertraut haben. Das werde ich mir nie verzeihen.»",
      "Gerichtspräsidentin Andrea Hürlimann folgte weitgehend der Anklage und sprach von einem " +
        "«Schneeballsystem im digitalen Gewand». In der Urteilsbegründung sagte sie: «Wer acht " +
        "Prozent im Monat verspricht, weiss, dass das nicht aufgehen kann.»",
      "Unter den Zuschauern sass auch ein 71-jähriger Rentner aus Cham, der 180 000 Franken " +
        "verloren hat. «Das war meine Altersvorsorge», sagte er nach der Verhandlung gegenüber " +
        "unserer Zeitung. «Das Urteil gibt mir das Geld nicht zurück.»",
      "Das Urteil ist noch nicht rechtskräftig. Iten kündigte noch im Gerichtssaal an, es " +
        "weiterzuziehen.",
    ],
    quotes: [
      ["Schneeballsystem im digitalen Gewand", "Andrea Hürlimann"],
      [
        "Der Beschuldigte hat nie ein funktionierendes Produkt besessen. Die Renditen der alten " +
          "Anleger wurden mit dem Geld der neuen bezahlt",
        "Beat Zurfluh",
      ],
      ["gescheiterten Start-up, nicht von einem Betrug", "Marco Iten"],
      ["an jeden Satz in den Prospekten geglaubt", "Marco Iten"],
      [
        "Ich habe Menschen enttäuscht, die mir vertraut haben. Das werde ich mir nie verzeihen.",
        "Der Beschuldigte",
      ],
      ["Wer acht Prozent im Monat verspricht, weiss, dass das nicht aufgehen kann.", "Andrea Hürlimann"],
      ["Das war meine Altersvorsorge", "ein 71-jähriger Rentner"],
      ["Das Urteil gibt mir das Geld nicht zurück.", "ein 71-jähriger Rentner"],
    ],
  },
  {
    name:
      "Engadiner Post, Sport mit «…»: Sieger in der Überschrift und im Text als der 27-Jährige " +
      "mit Fortsetzung, Teilzitat des Zweiten mit „erklärte der Schwede“, Siegerin mit Alter, " +
      "Rennleiter mit Doppelpunkt, ungenannter Zuschauer mit „meinte“, Transparent",
    headline: "«Auf dem Silsersee habe ich gewusst, dass es reicht»",
    standfirst:
      "Der Pontresiner Gian Andri Clalüna gewinnt den 57. Engadin Skimarathon im Schlusssprint. " +
      "Bei den Frauen triumphiert eine Norwegerin.",
    paragraphs: [
      "Über 13 000 Langläuferinnen und Langläufer waren am Sonntagmorgen in Maloja gestartet, am " +
        "Ende entschied ein Sprint über 200 Meter in S-chanf. Gian Andri Clalüna setzte sich mit " +
        "einer halben Skilänge Vorsprung gegen den Schweden Erik Lindqvist durch.",
      "«Auf dem Silsersee habe ich gewusst, dass es reicht», sagte der 27-Jährige im Ziel, noch " +
        "völlig ausser Atem. Seine Familie hatte ihn an der Strecke angefeuert. «Vor diesem " +
        "Publikum zu gewinnen, ist das Grösste, was ich mir vorstellen kann.»",
      "Lindqvist haderte mit seinem Material. Er habe auf den letzten Kilometern «keinen Grip " +
        "mehr» gehabt, erklärte der Schwede. Zufrieden sei er trotzdem.",
      "Bei den Frauen war die Norwegerin Ingrid Solheim nicht zu schlagen. Die 31-Jährige lief " +
        "mit über einer Minute Vorsprung ins Ziel. «Die Strecke ist wunderschön, aber der " +
        "Gegenwind am Inn war brutal», sagte sie.",
      "Rennleiter Menduri Kasper zog eine positive Bilanz: «Wir hatten perfekte Bedingungen und " +
        "keinen einzigen schweren Sturz. Mehr kann man sich nicht wünschen.» Sorgen bereitet ihm " +
        "allerdings der Schnee. Die Loipe bei Zuoz habe man mit Kunstschnee sichern müssen.",
      "An der Strecke in Pontresina hatten Fans ein Transparent mit der Aufschrift «Hopp Gian " +
        "Andri» aufgehängt. Ein älterer Zuschauer, der nach eigenen Angaben seit 40 Jahren jedes " +
        "Rennen verfolgt, meinte: «So einen Schluss habe ich noch nie gesehen.»",
    ],
    quotes: [
      ["Auf dem Silsersee habe ich gewusst, dass es reicht", "Gian Andri Clalüna"],
      [
        "Vor diesem Publikum zu gewinnen, ist das Grösste, was ich mir vorstellen kann.",
        "Gian Andri Clalüna",
      ],
      ["keinen Grip mehr", "Erik Lindqvist"],
      ["Die Strecke ist wunderschön, aber der Gegenwind am Inn war brutal", "Ingrid Solheim"],
      [
        "Wir hatten perfekte Bedingungen und keinen einzigen schweren Sturz. Mehr kann man sich " +
          "nicht wünschen.",
        "Menduri Kasper",
      ],
      ["So einen Schluss habe ich noch nie gesehen.", "Ein älterer Zuschauer"],
    ],
  },
  {
    name:
      "vienna.at, Blaulicht: Retter mit Initial und Alter in der Überschrift und im Text als der " +
      "Installateur mit Fortsetzung und als der 34-Jährige, Mitteilung der Polizei, " +
      "Feuerwehrsprecher mit Doppelpunkt, ungenannte Nachbarin mit „erzählt sie“, ironisches " +
      "„Held“",
    todo: "the unnamed neighbour („erzählt sie“) keeps where she lives („aus dem zweiten Stock“)",
    headline: "Brand in Favoriten: „Ich habe einfach die Tür eingetreten“",
    standfirst:
      "Ein Nachbar hat in einem Gemeindebau in Wien-Favoriten ein vierjähriges Mädchen aus einer " +
      "brennenden Wohnung geholt.",
    paragraphs: [
      "Der Brand war am Dienstag gegen 17.30 Uhr im dritten Stock eines Gemeindebaus in der " +
        "Quellenstraße ausgebrochen. Als Ahmet K. (34) den Rauch im Stiegenhaus bemerkte, hörte er " +
        "hinter einer Tür ein Kind weinen.",
      "„Ich habe einfach die Tür eingetreten“, erzählt der Installateur am Tag danach. „Drinnen " +
        "hat man nichts mehr gesehen, nur Rauch. Ich habe das Mädchen unter dem Tisch gefunden.“ " +
        "Er trug das Kind ins Freie, wo es von der Rettung versorgt wurde.",
      "Die Mutter war nach ersten Erkenntnissen kurz einkaufen gegangen. Eine eingeschaltete " +
        "Herdplatte dürfte den Brand ausgelöst haben. „Die Ermittlungen zur genauen Brandursache " +
        "laufen“, teilte die Landespolizeidirektion Wien am Mittwoch mit.",
      "Feuerwehrsprecher Lukas Hofbauer lobte den Einsatz des Nachbarn, warnte aber zugleich vor " +
        "Nachahmung: „Das war sehr mutig. Grundsätzlich raten wir aber dringend, bei Rauch im " +
        "Stiegenhaus die eigene Wohnung nicht zu verlassen und sofort 122 zu wählen.“",
      "Im Haus wird Ahmet K. seit Dienstag als „Held“ gefeiert. Davon will der 34-Jährige aber " +
        "nichts wissen. „Das hätte jeder gemacht“, sagt er.",
      "Eine Nachbarin aus dem zweiten Stock, die ihren Namen nicht in der Zeitung lesen will, " +
        "hat alles vom Fenster aus beobachtet. „Die Flammen sind schon aus dem Fenster geschlagen, " +
        "wie er mit der Kleinen herausgekommen ist“, erzählt sie. „Ohne ihn wäre das Kind nicht " +
        "mehr am Leben.“",
      "Das Mädchen wurde mit einer leichten Rauchgasvergiftung in die Klinik Favoriten gebracht. " +
        "Es soll noch diese Woche entlassen werden.",
    ],
    quotes: [
      ["Ich habe einfach die Tür eingetreten", "Ahmet K."],
      [
        "Drinnen hat man nichts mehr gesehen, nur Rauch. Ich habe das Mädchen unter dem Tisch " + "gefunden.",
        "Ahmet K.",
      ],
      ["Die Ermittlungen zur genauen Brandursache laufen", "die Landespolizeidirektion Wien"],
      [
        "Das war sehr mutig. Grundsätzlich raten wir aber dringend, bei Rauch im Stiegenhaus die " +
          "eigene Wohnung nicht zu verlassen und sofort 122 zu wählen.",
        "Lukas Hofbauer",
      ],
      ["Das hätte jeder gemacht", "Ahmet K."],
      [
        "Die Flammen sind schon aus dem Fenster geschlagen, wie er mit der Kleinen " + "herausgekommen ist",
        "Eine Nachbarin",
      ],
      ["Ohne ihn wäre das Kind nicht mehr am Leben.", "Eine Nachbarin"],
    ],
  },
  {
    name:
      "Stuttgarter Nachrichten, Kultur: Intendantin in der Überschrift und im Text mit " +
      "Fortsetzung, Solistin mit Alter und verschachteltem Titel, Kritiker mit „warnt“ und " +
      "Teilzitat, Ministerin mit „teilte mit“, Programmheft mit „heißt es“, Ballett- und " +
      "Abendtitel",
    todo: "„Im Programmheft heißt es dazu:“ goes to the director instead of the booklet",
    headline: "Neue Ballettintendantin: „Cranko gehört nicht ins Museum“",
    standfirst:
      "Die Niederländerin Saskia van Dalen stellt ihre erste Spielzeit beim Stuttgarter Ballett " +
      "vor – mit einem „Onegin“ ohne Ballsaal.",
    paragraphs: [
      "Für ihre erste Pressekonferenz in Stuttgart hatte sich Saskia van Dalen den Ballettsaal " +
        "im Opernhaus ausgesucht. Die 49-Jährige, die im Sommer von Amsterdam an den Eckensee " +
        "wechselt, sprach fast eine Stunde lang über ihre Pläne, ohne ein einziges Mal auf ihre " +
        "Notizen zu schauen.",
      "Kern der Spielzeit ist eine Neueinstudierung von John Crankos „Onegin“ in einem stark " +
        "reduzierten Bühnenbild. „Cranko gehört nicht ins Museum“, sagte van Dalen. „Seine " +
        "Choreografie ist so stark, dass sie keinen Kronleuchter braucht.“",
      "In der Compagnie wird das mit Spannung erwartet. Die Erste Solistin Mei Takahashi freut " +
        "sich auf die Proben. „Wir tanzen den ‚Onegin‘ seit Jahren fast gleich. Etwas Neues darin " +
        "zu entdecken, darauf habe ich Lust“, sagt die 28-Jährige.",
      "Nicht alle Abonnenten dürften begeistert sein. „Wer an Onegin rührt, rührt an der " +
        "Identität dieses Hauses“, warnt der langjährige Ballettkritiker Horst Kienzle. Er hofft, " +
        "dass die neue Intendantin „mit Augenmaß“ vorgeht.",
      "Das Kunstministerium stellte sich hinter die Niederländerin. „Das Stuttgarter Ballett war " +
        "immer dann am stärksten, wenn es Neues gewagt hat“, teilte Kunstministerin Petra " +
        "Olschewski mit.",
      "Außerdem plant van Dalen zwei Uraufführungen und einen Abend mit jungen Choreografen aus " +
        "der eigenen Compagnie unter dem Titel „Erste Schritte“. Im Programmheft heißt es dazu: " +
        "„Wer morgen große Ballette sehen will, muss heute den kleinen eine Bühne geben.“",
      "Der Vorverkauf beginnt am 1. März. Die Premiere des neuen „Onegin“ ist für den 14. " +
        "Oktober geplant.",
    ],
    quotes: [
      ["Cranko gehört nicht ins Museum", "Saskia van Dalen"],
      ["Seine Choreografie ist so stark, dass sie keinen Kronleuchter braucht.", "Saskia van Dalen"],
      [
        "Wir tanzen den ‚Onegin‘ seit Jahren fast gleich. Etwas Neues darin zu entdecken, darauf " +
          "habe ich Lust",
        "Mei Takahashi",
      ],
      ["Wer an Onegin rührt, rührt an der Identität dieses Hauses", "Horst Kienzle"],
      ["mit Augenmaß", "Horst Kienzle"],
      ["Das Stuttgarter Ballett war immer dann am stärksten, wenn es Neues gewagt hat", "Petra Olschewski"],
      ["Wer morgen große Ballette sehen will, muss heute den kleinen eine Bühne geben.", "Programmheft"],
    ],
  },
  {
    name:
      "Der Vinschger (Südtirol), Gesundheit: Primar mit Doktortitel und der 58-Jährige mit " +
      "Fortsetzung ohne Verb, Stellungnahme des Sanitätsbetriebs mit „heißt es“, Teilzitat des " +
      "Landesrats nach „räumte ein“ und Doppelpunkt, Hebamme mit Alter, junge Mutter mit " +
      "Doppelpunkt, Initiativname",
    todo:
      "«Ich will nicht im Auto auf der Staatsstraße e…» goes to Eine junge Mutter aus Laas, not Eine " +
      "junge Mutter",
    headline: "Geburtenstation Schlanders: Zukunft weiter ungewiss",
    standfirst:
      "Weil Fachärzte fehlen, könnten im Sommer in Schlanders keine Kinder mehr zur Welt kommen. " +
      "Im Tal regt sich Widerstand.",
    paragraphs: [
      "Rund 350 Kinder kommen jedes Jahr im Krankenhaus Schlanders zur Welt. Ob das auch im " +
        "Sommer noch so sein wird, ist offen. Von den sechs Stellen für Gynäkologen sind derzeit " +
        "nur drei besetzt.",
      "Primar Dr. Florian Tappeiner macht aus seiner Sorge kein Geheimnis. „Mit drei Ärzten kann " +
        "ich einen Dienstplan rund um die Uhr nicht mehr lange aufrechterhalten“, sagt er. Der " +
        "58-Jährige hat seit Jänner auf eigene Faust Ärztinnen und Ärzte in Österreich und " +
        "Deutschland angeschrieben. „Gemeldet haben sich zwei. Gekommen ist keiner.“",
      "Der Südtiroler Sanitätsbetrieb verweist auf die landesweite Personalnot. „Eine Schließung " +
        "der Geburtenstation steht derzeit nicht zur Diskussion“, heißt es in einer schriftlichen " +
        "Stellungnahme. Man prüfe aber alle Möglichkeiten, die Sicherheit von Mutter und Kind zu " +
        "gewährleisten.",
      "Gesundheitslandesrat Klaus Ladurner räumte im Landtag ein, die Lage sei „ernst, aber " +
        "nicht hoffnungslos“. Er kündigte eine Zulage für Ärzte in den peripheren Krankenhäusern " +
        "an: „Wer in Schlanders arbeitet, soll das auch auf dem Lohnzettel merken.“",
      "Hebamme Verena Stecher arbeitet seit 22 Jahren im Kreißsaal in Schlanders. „Die Frauen " +
        "kommen aus Sulden, aus Trafoi, aus dem Schnalstal“, sagt die 47-Jährige. „Wenn sie im " +
        "Winter bis nach Meran fahren müssen, wird es gefährlich.“",
      "Die Bürgerinitiative „Geboren im Vinschgau“ hat inzwischen über 6000 Unterschriften " +
        "gesammelt. Am Samstag wollen ihre Mitglieder vor dem Krankenhaus demonstrieren. Eine " +
        "junge Mutter aus Laas, die im Herbst ihr zweites Kind erwartet, bringt es auf den Punkt: " +
        "„Ich will nicht im Auto auf der Staatsstraße entbinden.“",
    ],
    quotes: [
      [
        "Mit drei Ärzten kann ich einen Dienstplan rund um die Uhr nicht mehr lange " + "aufrechterhalten",
        "Florian Tappeiner",
      ],
      ["Gemeldet haben sich zwei. Gekommen ist keiner.", "Florian Tappeiner"],
      [
        "Eine Schließung der Geburtenstation steht derzeit nicht zur Diskussion",
        "Der Südtiroler Sanitätsbetrieb",
      ],
      ["ernst, aber nicht hoffnungslos", "Klaus Ladurner"],
      ["Wer in Schlanders arbeitet, soll das auch auf dem Lohnzettel merken.", "Klaus Ladurner"],
      ["Die Frauen kommen aus Sulden, aus Trafoi, aus dem Schnalstal", "Verena Stecher"],
      ["Wenn sie im Winter bis nach Meran fahren müssen, wird es gefährlich.", "Verena Stecher"],
      ["Ich will nicht im Auto auf der Staatsstraße entbinden.", "Eine junge Mutter"],
    ],
  },
  {
    name:
      "Schwarzwälder Bote, Bildung: Rektorin mit Fortsetzung und als die Schulleiterin mit " +
      "Teilzitat, Schulamt mit „teilte mit“, ungenannte Mutter mit Doppelpunkt, Bürgermeister " +
      "über zwei Absätze, Schülerin mit Vornamen und Teilzitat, Schulmotto",
    headline: "Lauterbacher Grundschüler lernen künftig in gemischten Klassen",
    paragraphs: [
      "An der Grundschule Lauterbach werden vom kommenden Schuljahr an die Klassen eins und zwei " +
        "sowie drei und vier gemeinsam unterrichtet. Grund ist der Lehrermangel: Von acht Stellen " +
        "sind im Herbst nur fünf besetzt.",
      "Rektorin Silke Haberer informierte die Eltern am Dienstagabend in der Turnhalle. „Ich " +
        "hätte mir diese Entscheidung gerne erspart“, sagte sie. „Aber ich kann keine Lehrer " +
        "herzaubern, die es nicht gibt.“",
      "Die Schulleiterin sieht in der neuen Form auch Chancen. Die Älteren könnten den Jüngeren " +
        "helfen, jedes Kind lerne „in seinem eigenen Tempo“. An anderen Schulen im Land habe man " +
        "damit gute Erfahrungen gemacht.",
      "„Kleine Standorte im ländlichen Raum sind von der Personalsituation besonders betroffen“, " +
        "teilte das Staatliche Schulamt Donaueschingen auf Anfrage mit. Eine Besserung sei " +
        "frühestens in zwei Jahren zu erwarten.",
      "Unter den Eltern ist die Stimmung geteilt. Ein Vater fragte, ob die Erstklässler in den " +
        "gemischten Klassen nicht untergingen. Eine Mutter meinte dagegen: „Meine Tochter war im " +
        "Kindergarten auch mit Älteren zusammen. Das hat ihr gutgetan.“",
      "Bürgermeister Norbert Swoboda sicherte der Schule die Unterstützung der Gemeinde zu. „Wir " +
        "werden das leer stehende Klassenzimmer im Obergeschoss zu einem Lernatelier umbauen und " +
        "die Kosten übernehmen.",
      "„Eine Schule im Ort ist für ein Dorf wie Lauterbach mehr als ein Gebäude. Wenn sie geht, " +
        "gehen auch die jungen Familien.“",
      "Die Kinder selbst sehen es gelassen. Die achtjährige Lina findet es „cool, dass ich dann " +
        "bei den Großen bin“. Über dem Eingang der Schule hängt ein Schild mit dem Schulmotto " +
        "„Gemeinsam wachsen“.",
    ],
    quotes: [
      ["Ich hätte mir diese Entscheidung gerne erspart", "Silke Haberer"],
      ["Aber ich kann keine Lehrer herzaubern, die es nicht gibt.", "Silke Haberer"],
      ["in seinem eigenen Tempo", "Silke Haberer"],
      [
        "Kleine Standorte im ländlichen Raum sind von der Personalsituation besonders betroffen",
        "das Staatliche Schulamt Donaueschingen",
      ],
      ["Meine Tochter war im Kindergarten auch mit Älteren zusammen. Das hat ihr gutgetan.", "Eine Mutter"],
      [
        "Wir werden das leer stehende Klassenzimmer im Obergeschoss zu einem Lernatelier umbauen " +
          "und die Kosten übernehmen.",
        "Norbert Swoboda",
      ],
      [
        "Eine Schule im Ort ist für ein Dorf wie Lauterbach mehr als ein Gebäude. Wenn sie geht, " +
          "gehen auch die jungen Familien.",
        "Norbert Swoboda",
      ],
      ["cool, dass ich dann bei den Großen bin", "Lina"],
    ],
  },
  {
    name:
      "Gießener Allgemeine, Wissenschaft: Studienleiter mit Doktortitel nach dem Zitat und als " +
      "der 44-Jährige, „so der Gewässerökologe“, Autoren schreiben mit Teilzitat, Doktorandin " +
      "mit Doppelpunkt, Sprecherin einer Behörde, externer Fischereibiologe mit „meint er“, " +
      "Zeitschriftentitel und sogenanntes Wort",
    headline: "Mikroplastik in jedem zweiten Fisch aus der Lahn",
    standfirst:
      "Gießener Forscher haben Fische zwischen Marburg und Limburg untersucht. Die Belastung ist " +
      "höher als erwartet.",
    paragraphs: [
      "In mehr als der Hälfte der untersuchten Fische aus der Lahn haben Forscher der " +
        "Justus-Liebig-Universität Gießen Mikroplastik gefunden. Für die Studie hatte das Team im " +
        "vergangenen Jahr 412 Döbel, Barben und Rotaugen an zwölf Stellen zwischen Marburg und " +
        "Limburg gefangen.",
      "„Uns hat vor allem überrascht, wie stark die Belastung unterhalb der Kläranlagen " +
        "zunimmt“, sagt Studienleiter Prof. Dr. Tobias Brückmann vom Institut für Tierökologie. " +
        "Der 44-Jährige hat die Ergebnisse mit seinem Team in der Fachzeitschrift „Environmental " +
        "Pollution“ veröffentlicht.",
      "Die meisten Partikel stammen aus Reifenabrieb und synthetischen Textilfasern. „Die " +
        "Kläranlagen halten viel zurück, aber eben nicht alles“, so der Gewässerökologe. Besonders " +
        "belastet seien Fische in der Nähe sogenannter „Regenüberläufe“, an denen bei Starkregen " +
        "ungeklärtes Wasser in den Fluss gelangt.",
      "Eine Gefahr für Angler, die ihren Fang essen, sehen die Forscher nicht. Das Mikroplastik " +
        "sitze fast ausschließlich im Magen-Darm-Trakt, der ohnehin entfernt werde. Die Autoren " +
        "schreiben jedoch, die Ergebnisse seien „ein deutliches Warnsignal für das gesamte " +
        "Ökosystem“.",
      "Doktorandin Jana Wetzlar hat die meisten der 412 Fische selbst seziert: „Manchmal habe " +
        "ich die Fasern schon mit bloßem Auge gesehen. Das war der Moment, in dem mir klar wurde, " +
        "wie groß das Problem ist.“",
      "Das Regierungspräsidium Gießen will die Ergebnisse prüfen. „Wir nehmen die Studie sehr " +
        "ernst und werden sie bei der Modernisierung der Kläranlagen berücksichtigen“, erklärte " +
        "eine Sprecherin des Regierungspräsidiums.",
      "Skeptisch ist der Frankfurter Fischereibiologe Martin Oberle, der nicht an der Studie " +
        "beteiligt war. „Die Zahlen sind solide. Aber ein Fisch mit drei Fasern im Darm ist noch " +
        "kein kranker Fisch“, meint er. Entscheidend sei, was die Partikel langfristig bewirkten.",
    ],
    quotes: [
      [
        "Uns hat vor allem überrascht, wie stark die Belastung unterhalb der Kläranlagen zunimmt",
        "Tobias Brückmann",
      ],
      ["Die Kläranlagen halten viel zurück, aber eben nicht alles", "Tobias Brückmann"],
      ["ein deutliches Warnsignal für das gesamte Ökosystem", "Die Autoren"],
      [
        "Manchmal habe ich die Fasern schon mit bloßem Auge gesehen. Das war der Moment, in dem " +
          "mir klar wurde, wie groß das Problem ist.",
        "Jana Wetzlar",
      ],
      [
        "Wir nehmen die Studie sehr ernst und werden sie bei der Modernisierung der Kläranlagen " +
          "berücksichtigen",
        "eine Sprecherin des Regierungspräsidiums",
      ],
      [
        "Die Zahlen sind solide. Aber ein Fisch mit drei Fasern im Darm ist noch kein kranker " + "Fisch",
        "Martin Oberle",
      ],
    ],
  },
]);
