// A seventh round of composed German news articles, in the styles of outlets and beats the first six
// rounds (articles.de to articles6.de) did not use: n-tv (abroad: a prime minister calling elections
// after protests, a student spokeswoman in apposition, an opposition leader, an EU spokesman, a political
// scientist), Focus online (a supplier's insolvency: the managing director in a statement, the
// administrator, a union official, the works council, a ministry, an industry expert), Ostsee-Zeitung (the
// last herring fishers: a fisher by his age, the fishers' association, a fisheries biologist, the Nabu),
// Rheinpfalz (a town council raising parking fees: the mayor, two council groups, a shopkeeper, a
// citizens' initiative), Augsburger Allgemeine (a theatre's new season: the artistic director, a
// dramaturge, the city's culture officer, an actress, a councillor, titles and a motto in marks), Kurier
// (waiting times for doctors in Vienna: a patient by her age, the medical chamber, the health insurer in
// a statement, a city councillor, the patients' advocate), St. Galler Tagblatt (French dropped from
// primary school, with «…»: the education director, a teachers' association, a head teacher, a minister
// through her spokesman, a mother and her son), Spektrum (a study of city blackbirds, with »…«: the lead
// author, the authors writing, a co-author, an outside ornithologist, a journal's name), Hannoversche
// Allgemeine (a football match: both coaches, the scorer by his age, the sporting director, a fan) and
// Saarbrücker Zeitung (a fraud trial: the judge's reasons, the prosecutor, the defence, an unnamed former
// employee, the accused's last word, an insurer's spokeswoman). Every article was written before the
// engine was run on it; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name: "n-tv, Ausland: Fernsehansprache, Studentin in Apposition, sprach von, ein Sprecher, Transparent",
    headline: "Nach Massenprotesten: Serbiens Regierungschef kündigt Neuwahlen an",
    standfirst:
      "Seit Wochen gehen in Serbien Zehntausende auf die Straße. Nun gibt die Regierung in Belgrad nach – " +
      "die Protestbewegung traut dem Angebot aber nicht.",
    paragraphs: [
      "Serbiens Ministerpräsident Nenad Petrović hat nach wochenlangen Massenprotesten vorgezogene " +
        "Parlamentswahlen angekündigt. Gewählt werden solle im Juni, sagte er am Sonntagabend in einer " +
        "Fernsehansprache. „Ich habe verstanden, dass viele Bürger das Vertrauen in diese Regierung " +
        "verloren haben. Darauf gibt es in einer Demokratie nur eine Antwort.“",
      "Auslöser der Proteste war der Einsturz eines Bahnhofsvordachs in Novi Sad im vergangenen Herbst, " +
        "bei dem 14 Menschen ums Leben kamen. Seither demonstrieren vor allem Studierende jede Woche in " +
        "zahlreichen Städten des Landes. Sie werfen der Regierung vor, bei der Renovierung des Bahnhofs " +
        "Korruption gedeckt zu haben.",
      "Den Studierenden geht das Angebot nicht weit genug. „Neuwahlen unter denselben Bedingungen ändern " +
        "gar nichts“, sagte Jelena Marković, eine der Sprecherinnen der Bewegung, vor der Philosophischen " +
        "Fakultät in Belgrad. Solange die Regierung die großen Fernsehsender kontrolliere, sei eine faire " +
        "Wahl nicht möglich.",
      "Auch die Opposition reagierte zurückhaltend. Der Vorsitzende der größten Oppositionspartei, Dragan " +
        "Ilić, sprach von einem „durchsichtigen Manöver“, mit dem sich Petrović Zeit verschaffen wolle. " +
        "Seine Partei werde nur antreten, wenn internationale Beobachter die Wahl von Beginn an " +
        "begleiteten.",
      "In Brüssel fiel die Reaktion vorsichtig aus. Die EU-Kommission nehme die Ankündigung „zur " +
        "Kenntnis“, sagte ein Sprecher. Entscheidend sei, dass die Wahl frei und fair ablaufe. Serbien " +
        "ist seit 2012 Kandidat für einen Beitritt zur Europäischen Union.",
      "Der Grazer Politikwissenschaftler Martin Kessler hält den Schritt für ein kalkuliertes Risiko. " +
        "„Petrović setzt darauf, dass die Opposition zerstritten bleibt. Das ist bisher jedes Mal " +
        "aufgegangen“, sagte Kessler im Gespräch mit ntv.de. Diesmal sei die Lage aber eine andere, weil " +
        "die Proteste von Menschen getragen würden, die sich nie zuvor politisch engagiert hätten.",
      "Für Freitag hat die Bewegung bereits die nächste Großkundgebung angekündigt. Auf den Transparenten " +
        "steht seit Wochen derselbe Satz: „Wir sind alle Novi Sad“. Marković gibt sich entschlossen: „Wir " +
        "gehen erst nach Hause, wenn sich wirklich etwas ändert.“",
    ],
    quotes: [
      [
        "Ich habe verstanden, dass viele Bürger das Vertrauen in diese Regierung verloren haben. Darauf " +
          "gibt es in einer Demokratie nur eine Antwort.",
        "Nenad Petrović",
      ],
      ["Neuwahlen unter denselben Bedingungen ändern gar nichts", "Jelena Marković"],
      ["durchsichtigen Manöver", "Dragan Ilić"],
      ["zur Kenntnis", "ein Sprecher"],
      [
        "Petrović setzt darauf, dass die Opposition zerstritten bleibt. Das ist bisher jedes Mal " +
          "aufgegangen",
        "Martin Kessler",
      ],
      ["Wir gehen erst nach Hause, wenn sich wirklich etwas ändert.", "Jelena Marković"],
    ],
  },
  {
    name: "Focus online, Insolvenz: in einer Mitteilung, sagte X zu FOCUS online, warf vor, hieß es aus",
    headline: "Autozulieferer aus Franken insolvent – 1200 Jobs in Gefahr",
    paragraphs: [
      "Der Autozulieferer Reinhold Antriebstechnik aus Schweinfurt hat beim Amtsgericht Insolvenz in " +
        "Eigenverwaltung beantragt. Das teilte das Unternehmen am Donnerstag mit. Betroffen sind rund " +
        "1200 Beschäftigte an zwei Standorten in Bayern und Thüringen.",
      "Als Gründe nennt die Geschäftsführung die schwache Nachfrage nach Teilen für Verbrennungsmotoren " +
        "und gestiegene Energiekosten. „Wir haben in den vergangenen zwei Jahren alles versucht, um aus " +
        "eigener Kraft gegenzusteuern“, erklärte Geschäftsführer Matthias Reinhold in einer Mitteilung. " +
        "Der Betrieb laufe uneingeschränkt weiter, Löhne und Gehälter seien über das Insolvenzgeld bis " +
        "Ende Mai gesichert.",
      "Zum Sachwalter bestellte das Gericht den Münchner Rechtsanwalt Stefan Ohlendorf. Er sieht durchaus " +
        "Chancen für eine Sanierung. „Das Unternehmen hat gute Produkte und treue Kunden. Jetzt geht es " +
        "darum, die Kosten in den Griff zu bekommen“, sagte Ohlendorf zu FOCUS online. Erste Gespräche " +
        "mit möglichen Investoren habe es bereits gegeben.",
      "Bei der IG Metall ist die Sorge groß. Die Erste Bevollmächtigte in Schweinfurt, Sabine Thormann, " +
        "warf dem Management vor, den Wandel zur Elektromobilität „jahrelang verschlafen“ zu haben. Die " +
        "Beschäftigten dürften nun nicht die Zeche zahlen. „Wer jetzt an Massenentlassungen denkt, wird " +
        "uns kennenlernen.“",
      "Betriebsratschef Uwe Kleinhenz erfuhr nach eigenen Worten erst am Morgen von dem Antrag. „Die " +
        "Kolleginnen und Kollegen sind fassungslos. Viele arbeiten hier seit dreißig Jahren“, sagt er.",
      "Bayerns Wirtschaftsministerium kündigte Unterstützung an. Man stehe mit dem Unternehmen und dem " +
        "Sachwalter „in engem Austausch“, hieß es aus dem Ministerium in München.",
      "Für Branchenkenner kommt die Insolvenz nicht überraschend. „Bei vielen mittelständischen " +
        "Zulieferern hängt mehr als die Hälfte des Umsatzes am Verbrenner“, sagt Thomas Brenner, " +
        "Professor für Fahrzeugtechnik an der Hochschule Coburg. „Wir werden in diesem Jahr noch einige " +
        "solcher Fälle sehen.“",
    ],
    quotes: [
      [
        "Wir haben in den vergangenen zwei Jahren alles versucht, um aus eigener Kraft gegenzusteuern",
        "Matthias Reinhold",
      ],
      [
        "Das Unternehmen hat gute Produkte und treue Kunden. Jetzt geht es darum, die Kosten in den Griff " +
          "zu bekommen",
        "Stefan Ohlendorf",
      ],
      ["jahrelang verschlafen", "Sabine Thormann"],
      ["Wer jetzt an Massenentlassungen denkt, wird uns kennenlernen.", "Sabine Thormann"],
      [
        "Die Kolleginnen und Kollegen sind fassungslos. Viele arbeiten hier seit dreißig Jahren",
        "Uwe Kleinhenz",
      ],
      ["in engem Austausch", "Bayerns Wirtschaftsministerium"],
      [
        "Bei vielen mittelständischen Zulieferern hängt mehr als die Hälfte des Umsatzes am Verbrenner",
        "Thomas Brenner",
      ],
      ["Wir werden in diesem Jahr noch einige solcher Fälle sehen.", "Thomas Brenner"],
    ],
  },
  {
    name: "Ostsee-Zeitung, Fischerei: Fischer im Titel, der 63-Jährige, Verbandschef, Biologin, der Nabu",
    headline: "Letzte Heringsfischer auf Rügen: „Wir sind eine aussterbende Art“",
    standfirst:
      "Die Fangquote für Hering in der westlichen Ostsee bleibt auch im kommenden Jahr fast bei null. Für " +
      "die Küstenfischer in Vorpommern geht es ums Überleben.",
    paragraphs: [
      "Kurz nach fünf Uhr morgens läuft Bernd Schwarz mit seinem Kutter aus dem Hafen von Sassnitz aus. " +
        "Früher waren sie hier zu zwölft, heute ist er einer von drei Fischern, die noch regelmäßig " +
        "rausfahren. „Wir sind eine aussterbende Art“, sagt der 63-Jährige und zieht die Plane über die " +
        "Netzkisten.",
      "Seit Jahren darf in der westlichen Ostsee kaum noch Hering gefangen werden. Die EU-Agrarminister " +
        "haben die Quote Ende Oktober erneut auf dem niedrigen Niveau belassen. Erlaubt bleibt nur ein " +
        "kleiner Fang für Betriebe mit Stellnetzen und Reusen. Schwarz fängt inzwischen vor allem " +
        "Plattfisch. Davon leben könne er kaum, sagt er. „Wenn ich die Rente nicht bald hätte, hätte ich " +
        "längst aufgehört.“",
      "Der Landesverband der Kutter- und Küstenfischer fordert seit Langem Hilfen für die verbliebenen " +
        "Betriebe. Die Küstenfischerei gehöre zur Identität des Landes, sagte Verbandschef Michael " +
        "Schütt. „Wenn der letzte Kutter weg ist, kommt er nicht wieder. Das muss man in Schwerin und in " +
        "Brüssel endlich begreifen.“",
      "Die Wissenschaft sieht kaum Spielraum. Die Bestände hätten sich trotz der Fangbeschränkungen " +
        "nicht erholt, erklärt die Fischereibiologin Katrin Möller vom Thünen-Institut für " +
        "Ostseefischerei in Rostock. Ein Grund sei die Erwärmung des Wassers: Die Larven schlüpften zu " +
        "früh und fänden kein Futter. „Der Hering leidet vor allem unter dem Klimawandel, nicht mehr " +
        "unter der Fischerei.“",
      "Landwirtschaftsminister Jörg Wendland (SPD) versprach bei einem Besuch in Freest, die Fischer " +
        "nicht allein zu lassen. Das Land werde ein Förderprogramm für Nebenerwerbe wie Räuchereien und " +
        "Angeltouren auflegen. Konkrete Summen nannte er nicht.",
      "Beim Naturschutzbund sieht man das anders. Der Nabu Mecklenburg-Vorpommern teilte mit, statt " +
        "neuer Geschäftsmodelle müsse die Ostsee endlich besser geschützt werden. Überdüngung und " +
        "Sauerstoffmangel setzten den Beständen ebenso zu wie der Klimawandel. Nötig seien „echte " +
        "Schutzgebiete, in denen gar nicht gefischt wird“.",
      "Bernd Schwarz hat am Abend zwölf Kisten Flunder und Scholle an Land gebracht. Ob sein Sohn den " +
        "Kutter einmal übernimmt? Er lacht kurz. „Dem habe ich abgeraten. Der ist jetzt Elektriker.“",
    ],
    quotes: [
      ["Wir sind eine aussterbende Art", "Bernd Schwarz"],
      ["Wenn ich die Rente nicht bald hätte, hätte ich längst aufgehört.", "Bernd Schwarz"],
      [
        "Wenn der letzte Kutter weg ist, kommt er nicht wieder. Das muss man in Schwerin und in Brüssel " +
          "endlich begreifen.",
        "Michael Schütt",
      ],
      ["Der Hering leidet vor allem unter dem Klimawandel, nicht mehr unter der Fischerei.", "Katrin Möller"],
      ["echte Schutzgebiete, in denen gar nicht gefischt wird", "Der Nabu Mecklenburg-Vorpommern"],
      ["Dem habe ich abgeraten. Der ist jetzt Elektriker.", "Bernd Schwarz"],
    ],
  },
  {
    name: "Rheinpfalz, Stadtrat: Oberbürgermeister, so X, Fraktionssprecherin, Händler, Initiative mit Namen",
    headline: "Neustadt: Stadtrat beschließt höhere Parkgebühren",
    paragraphs: [
      "Wer in der Neustadter Innenstadt parkt, muss ab April tiefer in die Tasche greifen. Der Stadtrat " +
        "hat am Dienstagabend mit knapper Mehrheit beschlossen, die Gebühren an allen städtischen " +
        "Parkplätzen von 1,50 auf 2,50 Euro pro Stunde anzuheben. Die erste halbe Stunde bleibt kostenlos.",
      "Laut Beschlussvorlage der Verwaltung soll die Erhöhung jährlich rund 400.000 Euro zusätzlich " +
        "einbringen. Das Geld ist für den Ausbau des Stadtbusnetzes vorgesehen. Oberbürgermeister Stefan " +
        "Kerner (FWG) verteidigte den Schritt. „Wir können nicht jedes Jahr über leere Kassen klagen und " +
        "gleichzeitig die günstigsten Parkplätze der Region anbieten“, sagte er in der Sitzung.",
      "Die CDU-Fraktion stimmte geschlossen dagegen. Ihr Vorsitzender Dirk Hemmerich warnte vor den " +
        "Folgen für den Handel. Die Innenstadt kämpfe ohnehin mit Leerständen, die höheren Gebühren " +
        "trieben die Kundschaft „direkt in die Einkaufszentren auf der grünen Wiese“. Das sei „das " +
        "falsche Signal zur falschen Zeit“, so Hemmerich.",
      "Die Grünen hätten sich eine noch deutlichere Erhöhung gewünscht, trugen den Kompromiss aber mit. " +
        "„Wer mehr Busse will, muss sie auch bezahlen“, sagte Fraktionssprecherin Anja Pfaff. Zugleich " +
        "forderte sie, die Anwohnerparkausweise nicht ebenfalls zu verteuern.",
      "Bei den Geschäftsleuten in der Hauptstraße ist die Stimmung gemischt. Peter Hock führt dort seit " +
        "22 Jahren ein Schuhgeschäft. „Meine Stammkunden kommen auch weiterhin. Aber wer nur schnell " +
        "etwas abholen will, überlegt es sich jetzt zweimal“, sagt er. Die Inhaberin des Cafés gegenüber " +
        "sieht das gelassener: Die meisten ihrer Gäste kämen ohnehin zu Fuß oder mit dem Rad.",
      "Die Bürgerinitiative „Lebenswerte Innenstadt“, die sich seit Jahren für weniger Autoverkehr " +
        "einsetzt, begrüßte den Beschluss. Ihr Sprecher Wolfgang Seel nannte ihn „einen ersten, " +
        "überfälligen Schritt“.",
      "Die neuen Gebühren gelten ab dem 1. April. Die Stadt will die Parkscheinautomaten bis dahin auch " +
        "für die Zahlung per App umrüsten.",
    ],
    quotes: [
      [
        "Wir können nicht jedes Jahr über leere Kassen klagen und gleichzeitig die günstigsten Parkplätze " +
          "der Region anbieten",
        "Stefan Kerner",
      ],
      ["direkt in die Einkaufszentren auf der grünen Wiese", "Dirk Hemmerich"],
      ["das falsche Signal zur falschen Zeit", "Dirk Hemmerich"],
      ["Wer mehr Busse will, muss sie auch bezahlen", "Anja Pfaff"],
      [
        "Meine Stammkunden kommen auch weiterhin. Aber wer nur schnell etwas abholen will, überlegt es " +
          "sich jetzt zweimal",
        "Peter Hock",
      ],
      ["einen ersten, überfälligen Schritt", "Wolfgang Seel"],
    ],
  },
  {
    name: "Augsburger Allgemeine, Theater: Intendant, Motto und Stücktitel, Dramaturgin, Kulturreferent",
    headline: "Staatstheater Augsburg: Neuer Intendant setzt auf Uraufführungen",
    standfirst:
      "Jonas Lehnert stellt seine erste Spielzeit vor. Zum Auftakt gibt es Brecht – und viel Neues.",
    paragraphs: [
      "Gut 200 Gäste waren am Montagabend ins Foyer des Martiniparks gekommen, um zu hören, was Jonas " +
        "Lehnert mit dem Staatstheater vorhat. Der 44-Jährige, der zuletzt Schauspieldirektor in Oldenburg " +
        "war, übernimmt im September die Intendanz. Seine erste Spielzeit steht unter dem Motto „Stadt " +
        "der Zukunft“.",
      "Eröffnet wird mit Brechts „Der gute Mensch von Sezuan“, inszeniert von Lehnert selbst. „Augsburg " +
        "ist Brechts Stadt. An ihm kommt hier niemand vorbei, und ich will das auch gar nicht“, sagte " +
        "Lehnert. Daneben stehen sechs Uraufführungen auf dem Plan, mehr als jemals zuvor in einer " +
        "Augsburger Saison.",
      "Für besonderes Interesse sorgte ein Projekt mit Bewohnern des Stadtteils Oberhausen, die ihre " +
        "eigenen Geschichten auf die Bühne bringen sollen. Man wolle „nicht über die Leute reden, sondern " +
        "mit ihnen“, erklärte die Dramaturgin Lea Sommerfeld, die das Projekt leitet. Die Proben beginnen " +
        "im Frühjahr in einer ehemaligen Schule.",
      "Kulturreferent Markus Albrecht lobte das Programm als mutig. Das Theater habe nach den Jahren der " +
        "Sanierung „eine neue Aufbruchstimmung verdient“. Zugleich machte er deutlich, dass der Zuschuss " +
        "der Stadt nicht steigen werde. „Mutig heißt nicht, dass mehr Geld da ist.“",
      "Genau das bereitet manchen im Ensemble Sorgen. Die Schauspielerin Katharina Reiß, seit zehn Jahren " +
        "am Haus, freut sich zwar auf die neuen Stücke. „Aber sechs Uraufführungen mit einem Ensemble, " +
        "das seit Jahren schrumpft – das wird ein Kraftakt“, sagte sie nach der Präsentation.",
      "Kritik kam auch aus dem Stadtrat. Der kulturpolitische Sprecher der CSU-Fraktion, Thomas Weigl, " +
        "vermisst die Klassiker. Das Publikum wolle auch „mal wieder einen richtigen Schiller“ sehen, " +
        "sagte Weigl unserer Redaktion.",
      "Lehnert nahm es mit Humor. „Schiller kommt. Nur nicht gleich in der ersten Woche.“",
    ],
    quotes: [
      [
        "Augsburg ist Brechts Stadt. An ihm kommt hier niemand vorbei, und ich will das auch gar nicht",
        "Jonas Lehnert",
      ],
      ["nicht über die Leute reden, sondern mit ihnen", "Lea Sommerfeld"],
      ["eine neue Aufbruchstimmung verdient", "Markus Albrecht"],
      ["Mutig heißt nicht, dass mehr Geld da ist.", "Markus Albrecht"],
      [
        "Aber sechs Uraufführungen mit einem Ensemble, das seit Jahren schrumpft – das wird ein Kraftakt",
        "Katharina Reiß",
      ],
      ["mal wieder einen richtigen Schiller", "Thomas Weigl"],
      ["Schiller kommt. Nur nicht gleich in der ersten Woche.", "Jonas Lehnert"],
    ],
  },
  {
    name: "Kurier, Gesundheit: Titelfragment, erzählt sie dem KURIER, Vizepräsident, heißt es in, meint sie",
    headline: "Monatelang warten auf den Kassenarzt: „Ich hätte mir das nie gedacht“",
    standfirst:
      "Wer in Wien einen Termin bei einem Hautarzt mit Kassenvertrag sucht, braucht Geduld. Die " +
      "Ärztekammer schlägt Alarm.",
    paragraphs: [
      "Sieben Monate. So lange hätte Gertrude Hofbauer auf einen Termin bei einer Hautärztin mit " +
        "Kassenvertrag warten müssen. Die 68-Jährige aus Floridsdorf hatte ein Muttermal entdeckt, das " +
        "sich verändert hatte. „Ich hätte mir das nie gedacht. Ich zahle seit über vierzig Jahren ein, " +
        "und dann heißt es: Kommen Sie im Herbst wieder“, erzählt sie dem KURIER.",
      "Am Ende ging sie zu einem Wahlarzt. Das Honorar von 140 Euro bekam sie nur zum Teil zurück. Fälle " +
        "wie ihrer sind in Wien längst keine Ausnahme mehr.",
      "Laut einer Erhebung der Wiener Ärztekammer sind derzeit 23 Kassenstellen in der Dermatologie " +
        "unbesetzt, in der Kinderheilkunde sind es 19. „Das System ist für junge Ärztinnen und Ärzte " +
        "schlicht nicht mehr attraktiv“, sagt Vizepräsident Christoph Pointner. Die Honorare für viele " +
        "Leistungen seien seit Jahren nicht angepasst worden, wer einen Kassenvertrag annehme, müsse " +
        "„im Akkord arbeiten“.",
      "Die Österreichische Gesundheitskasse weist die Kritik zurück. Man habe die Tarife erst im Vorjahr " +
        "deutlich erhöht und biete jungen Medizinern Starthilfen von bis zu 100.000 Euro an, heißt es in " +
        "einer Stellungnahme der ÖGK. Die Versorgung sei „flächendeckend gesichert“.",
      "Wiens Gesundheitsstadtrat Michael Gruber (SPÖ) sieht den Bund gefordert. Die Stadt baue zwar " +
        "Primärversorgungszentren aus, könne aber fehlende Kassenstellen nicht ersetzen. „Wir reden hier " +
        "nicht über Komfort, sondern darüber, ob Krankheiten rechtzeitig erkannt werden“, betonte Gruber.",
      "Die Wiener Patientenanwältin Renate Holzer rät Betroffenen, bei dringenden Beschwerden auf eine " +
        "Überweisung mit Dringlichkeitsvermerk zu bestehen. Viele wüssten gar nicht, dass es diese " +
        "Möglichkeit gibt. „Fragen Sie nach, und lassen Sie sich nicht abwimmeln“, meint sie.",
      "Gertrude Hofbauer hat inzwischen Entwarnung bekommen: Das Muttermal war harmlos. Ärgern tut sie " +
        "sich trotzdem. „Was ist mit denen, die sich den Wahlarzt nicht leisten können?“",
    ],
    quotes: [
      ["Ich hätte mir das nie gedacht", "Gertrude Hofbauer"],
      [
        "Ich hätte mir das nie gedacht. Ich zahle seit über vierzig Jahren ein, und dann heißt es: Kommen " +
          "Sie im Herbst wieder",
        "Gertrude Hofbauer",
      ],
      ["Das System ist für junge Ärztinnen und Ärzte schlicht nicht mehr attraktiv", "Christoph Pointner"],
      ["im Akkord arbeiten", "Christoph Pointner"],
      ["flächendeckend gesichert", "Die Österreichische Gesundheitskasse"],
      [
        "Wir reden hier nicht über Komfort, sondern darüber, ob Krankheiten rechtzeitig erkannt werden",
        "Michael Gruber",
      ],
      ["Fragen Sie nach, und lassen Sie sich nicht abwimmeln", "Renate Holzer"],
      ["Was ist mit denen, die sich den Wahlarzt nicht leisten können?", "Gertrude Hofbauer"],
    ],
  },
  {
    name: "St. Galler Tagblatt, Schule: «…», der Regierungsrat, spricht von, über einen Sprecher, Mutter:",
    headline: "Kanton St.Gallen streicht Frühfranzösisch an der Primarschule",
    standfirst:
      "Ab 2027 lernen St.Galler Kinder erst an der Oberstufe Französisch. Die Regierung spricht von " +
      "Entlastung, in der Romandie ist man verärgert.",
    paragraphs: [
      "Die St.Galler Regierung hat entschieden: Der Französischunterricht an der Primarschule wird " +
        "abgeschafft. Statt ab der fünften Klasse sollen die Kinder die zweite Landessprache künftig erst " +
        "ab der ersten Oberstufe lernen, dafür mit mehr Lektionen. Das gab das Bildungsdepartement am " +
        "Dienstag bekannt.",
      "Bildungsdirektor Urs Bärlocher verteidigte den Entscheid vor den Medien. «Wir haben die Kinder mit " +
        "zwei Fremdsprachen an der Primarschule überfordert. Die Ergebnisse der Leistungstests zeigen das " +
        "deutlich», sagte der Regierungsrat. Die frei werdenden Lektionen sollen in Deutsch und " +
        "Mathematik fliessen.",
      "Bei den Lehrpersonen stösst der Entscheid mehrheitlich auf Zustimmung. Die Präsidentin des " +
        "kantonalen Lehrerinnen- und Lehrerverbands, Monika Gmür, spricht von einem «Entscheid mit " +
        "Augenmass». Viele Lehrpersonen hätten sich seit Jahren gewünscht, sich in der Primarschule auf " +
        "das Wesentliche konzentrieren zu können.",
      "Anders sieht es Corinne Zäch, Schulleiterin in Wittenbach. Sie befürchtet, dass das Französisch " +
        "an Stellenwert verliert. «Eine Sprache lernt man am leichtesten, wenn man jung ist. Dass wir das " +
        "jetzt einfach aufgeben, halte ich für einen Fehler.» In ihrer Schule habe man mit " +
        "Austauschprojekten in die Westschweiz gute Erfahrungen gemacht.",
      "Auch in der Romandie sorgt der Entscheid für Unmut. Die Waadtländer Bildungsdirektorin Frédérique " +
        "Roulin liess über einen Sprecher ausrichten, man bedaure den Schritt. Er schwäche «den " +
        "Zusammenhalt zwischen den Sprachregionen».",
      "Eltern reagieren unterschiedlich. Sandra Keller aus Gossau, Mutter von zwei Primarschülern, ist " +
        "erleichtert: «Meine Tochter hat jeden Abend wegen der Französischwörter geweint. Das war für die " +
        "ganze Familie eine Belastung.» Ihr Sohn Luca, der die sechste Klasse besucht, sieht es " +
        "pragmatisch: «Englisch brauche ich sowieso mehr.»",
      "Der Kantonsrat muss der Änderung des Lehrplans noch zustimmen. Die SVP hat bereits Unterstützung " +
        "signalisiert, die SP will den Entscheid mit einem Vorstoss bekämpfen.",
    ],
    quotes: [
      [
        "Wir haben die Kinder mit zwei Fremdsprachen an der Primarschule überfordert. Die Ergebnisse der " +
          "Leistungstests zeigen das deutlich",
        "Urs Bärlocher",
      ],
      ["Entscheid mit Augenmass", "Monika Gmür"],
      [
        "Eine Sprache lernt man am leichtesten, wenn man jung ist. Dass wir das jetzt einfach aufgeben, " +
          "halte ich für einen Fehler.",
        "Corinne Zäch",
      ],
      ["den Zusammenhalt zwischen den Sprachregionen", "Frédérique Roulin"],
      [
        "Meine Tochter hat jeden Abend wegen der Französischwörter geweint. Das war für die ganze Familie " +
          "eine Belastung.",
        "Sandra Keller",
      ],
      ["Englisch brauche ich sowieso mehr.", "Luca"],
    ],
  },
  {
    name: "Spektrum, Forschung: »…«, Fachjournal, schreiben sie, Koautor erklärt, ein unbeteiligter Forscher",
    todo: "a plural pronoun (“schreiben sie”) resolved to a singular person, not to “Die Autoren”",
    headline: "Warum Stadtamseln kürzer singen",
    standfirst:
      "Lärm und Licht verändern den Gesang von Vögeln in Städten. Eine neue Studie zeigt: Die Tiere passen " +
      "nicht nur die Tonhöhe an, sondern auch die Dauer.",
    paragraphs: [
      "Dass Amseln in der Stadt höher singen als ihre Artgenossen auf dem Land, ist seit Langem bekannt. " +
        "Ein Team um die Verhaltensbiologin Miriam Lohse vom Max-Planck-Institut für biologische " +
        "Intelligenz in Seewiesen hat nun herausgefunden, dass sich auch die Länge der Strophen " +
        "unterscheidet. Die Ergebnisse erschienen im Fachjournal »Behavioral Ecology«.",
      "Die Forscherinnen und Forscher zeichneten über drei Frühjahre hinweg den Gesang von 214 " +
        "Amselmännchen in München und im Umland auf. In der Stadt waren die Strophen im Mittel um fast ein " +
        "Drittel kürzer. »Wir hatten mit Unterschieden gerechnet, aber nicht mit so deutlichen«, sagt " +
        "Lohse.",
      "Warum das so ist, kann die Studie nicht abschließend klären. Die Autoren vermuten, dass kurze " +
        "Strophen im Verkehrslärm schlicht besser ankommen: Ein kurzes Signal werde seltener von einem " +
        "vorbeifahrenden Lastwagen überdeckt. Der Gesang sei in der Stadt »auf Durchsetzungskraft " +
        "optimiert, nicht auf Schönheit«, schreiben sie.",
      "Ein zweiter Befund überraschte das Team: Auch künstliches Licht spielte eine Rolle. Amseln in der " +
        "Nähe heller Straßenlaternen begannen morgens bis zu 40 Minuten früher mit dem Singen und hörten " +
        "abends später auf. Koautor Jakob Brenninger hält das für bedenklich. »Ein Vogel, der zwei Stunden " +
        "länger am Tag singt, verbraucht Energie, die ihm dann bei der Brut fehlt«, erklärt er.",
      "Der Ornithologe Hans-Peter Sturm von der Universität Hamburg, der nicht an der Studie beteiligt " +
        "war, lobt den Datensatz als »außergewöhnlich umfangreich«. Er mahnt aber zur Vorsicht bei der " +
        "Deutung. »Wir wissen nicht, ob die kürzeren Strophen den Stadtamseln bei der Partnersuche " +
        "schaden. Das müsste man als Nächstes untersuchen.«",
      "Lohse und ihr Team wollen genau das tun. In einem Folgeprojekt sollen Weibchen in Volieren " +
        "Aufnahmen von Stadt- und Landmännchen vorgespielt bekommen. »Am Ende entscheiden die Weibchen, " +
        "welcher Gesang sich durchsetzt«, sagt Lohse.",
    ],
    quotes: [
      ["Wir hatten mit Unterschieden gerechnet, aber nicht mit so deutlichen", "Miriam Lohse"],
      ["auf Durchsetzungskraft optimiert, nicht auf Schönheit", "Die Autoren"],
      [
        "Ein Vogel, der zwei Stunden länger am Tag singt, verbraucht Energie, die ihm dann bei der Brut " +
          "fehlt",
        "Jakob Brenninger",
      ],
      ["außergewöhnlich umfangreich", "Hans-Peter Sturm"],
      [
        "Wir wissen nicht, ob die kürzeren Strophen den Stadtamseln bei der Partnersuche schaden. Das " +
          "müsste man als Nächstes untersuchen.",
        "Hans-Peter Sturm",
      ],
      ["Am Ende entscheiden die Weibchen, welcher Gesang sich durchsetzt", "Miriam Lohse"],
    ],
  },
  {
    name: "Hannoversche Allgemeine, Fußball: 96-Trainer, der 23-Jährige, Gästetrainer mit Doppelpunkt, Fan",
    headline: "96 dreht Spiel gegen Paderborn – Joker Brandt trifft doppelt",
    paragraphs: [
      "Hannover 96 hat im Aufstiegsrennen der 2. Bundesliga ein wichtiges Zeichen gesetzt. Vor 41.200 " +
        "Zuschauern gewannen die Roten am Samstag gegen den SC Paderborn mit 2:1, nachdem sie zur Pause " +
        "noch 0:1 zurückgelegen hatten. Matchwinner war der eingewechselte Nils Brandt mit zwei Toren in " +
        "der Schlussphase.",
      "96-Trainer Marco Heinemann war nach dem Abpfiff vor allem erleichtert. „Die erste Halbzeit war " +
        "nicht das, was wir uns vorgenommen hatten. Wir waren zu weit weg von den Gegenspielern“, sagte " +
        "er auf der Pressekonferenz. In der Kabine sei es „etwas lauter“ geworden. Offenbar mit Erfolg.",
      "Brandt, der erst im Winter aus Kiel gekommen war, erzielte in der 78. Minute per Kopf den " +
        "Ausgleich und traf sechs Minuten später aus spitzem Winkel zum Sieg. „Ich habe in den letzten " +
        "Wochen wenig gespielt. Da willst du zeigen, dass du da bist, wenn der Trainer dich bringt“, sagte " +
        "der 23-Jährige.",
      "Paderborns Trainer Lukas Endres haderte mit der zweiten Hälfte. Seine Mannschaft habe nach der " +
        "Führung „aufgehört, Fußball zu spielen“. Besonders das erste Gegentor ärgerte ihn: „Einen " +
        "Kopfball nach einer Ecke darfst du in dieser Phase nicht zulassen.“",
      "Sportdirektor Tobias Harms wollte nach dem Sieg nichts vom Aufstieg wissen. „Wir schauen von " +
        "Spiel zu Spiel. Das klingt abgedroschen, ist aber so“, sagte Harms. 96 liegt nun punktgleich " +
        "mit dem Tabellendritten.",
      "Auf der Nordkurve feierten die Fans noch lange nach dem Abpfiff. „So ein Spiel habe ich hier " +
        "lange nicht mehr gesehen“, sagte Dauerkarteninhaber Henning Schrader, der seit 1985 ins Stadion " +
        "geht. Am kommenden Wochenende müssen die Roten nach Magdeburg.",
    ],
    quotes: [
      [
        "Die erste Halbzeit war nicht das, was wir uns vorgenommen hatten. Wir waren zu weit weg von den " +
          "Gegenspielern",
        "Marco Heinemann",
      ],
      ["etwas lauter", "Marco Heinemann"],
      [
        "Ich habe in den letzten Wochen wenig gespielt. Da willst du zeigen, dass du da bist, wenn der " +
          "Trainer dich bringt",
        "Nils Brandt",
      ],
      ["aufgehört, Fußball zu spielen", "Lukas Endres"],
      ["Einen Kopfball nach einer Ecke darfst du in dieser Phase nicht zulassen.", "Lukas Endres"],
      ["Wir schauen von Spiel zu Spiel. Das klingt abgedroschen, ist aber so", "Tobias Harms"],
      ["So ein Spiel habe ich hier lange nicht mehr gesehen", "Henning Schrader"],
    ],
  },
  {
    name: "Saarbrücker Zeitung, Gericht: Urteilsbegründung, Plädoyer, die 38-Jährige, letztes Wort, Kasse",
    headline: "Abrechnungsbetrug: Pflegedienst-Chefin muss ins Gefängnis",
    standfirst:
      "Das Landgericht Saarbrücken verurteilt eine 52-Jährige zu drei Jahren und neun Monaten Haft. Sie " +
      "hatte Leistungen abgerechnet, die nie erbracht wurden.",
    paragraphs: [
      "Mehr als 800.000 Euro Schaden, verteilt auf über 2000 falsche Abrechnungen: Das Landgericht " +
        "Saarbrücken hat die frühere Inhaberin eines ambulanten Pflegedienstes aus Völklingen am Mittwoch " +
        "wegen gewerbsmäßigen Betrugs zu drei Jahren und neun Monaten Haft verurteilt. Ein mitangeklagter " +
        "Pflegedienstleiter erhielt eine Bewährungsstrafe.",
      "Die Kammer sah es als erwiesen an, dass Gabriele S. zwischen 2019 und 2022 Hausbesuche bei " +
        "Pflegebedürftigen abrechnen ließ, die nie stattgefunden hatten. In mehreren Fällen setzte der " +
        "Dienst zudem Hilfskräfte ein, obwohl die Kassen Fachpersonal bezahlten. „Sie haben nicht nur die " +
        "Kassen betrogen, sondern auch die Menschen, die sich auf Ihre Pflege verlassen haben“, sagte der " +
        "Vorsitzende Richter Thomas Reinert in der Urteilsbegründung.",
      "Oberstaatsanwältin Claudia Jost hatte vier Jahre und drei Monate gefordert. Die Angeklagte habe " +
        "„mit großer krimineller Energie“ ein System aufgebaut, in dem gefälschte Unterschriften zum " +
        "Alltag gehört hätten, sagte sie in ihrem Plädoyer.",
      "Ihr Verteidiger Frank Altmeyer hatte auf eine Strafe von unter drei Jahren plädiert. Seine " +
        "Mandantin habe den Schaden zu einem großen Teil wiedergutgemacht und ein umfassendes Geständnis " +
        "abgelegt. „Ohne dieses Geständnis würden wir heute noch verhandeln“, sagte Altmeyer. Ob er " +
        "Revision einlegt, ließ er offen.",
      "Im Prozess hatte eine frühere Mitarbeiterin ausgesagt, sie sei angewiesen worden, " +
        "Leistungsnachweise nachträglich auszufüllen. „Wer sich geweigert hat, bekam keine Schichten " +
        "mehr“, sagte die 38-Jährige. Die Angeklagte hatte das zunächst bestritten, später aber " +
        "eingeräumt.",
      "In ihrem letzten Wort wandte sich Gabriele S. an die Angehörigen der Pflegebedürftigen, die im " +
        "Zuschauerraum saßen. „Ich schäme mich. Ich habe aus Gier gehandelt, und das kann ich nicht mehr " +
        "rückgängig machen.“ Das Urteil nahm sie ohne sichtbare Regung auf.",
      "Für die Pflegekassen ist der Fall kein Einzelfall. Die AOK Rheinland-Pfalz/Saarland hat nach " +
        "eigenen Angaben allein im vergangenen Jahr 140 Verdachtsfälle an die Staatsanwaltschaften " +
        "gemeldet. Abrechnungsbetrug in der Pflege sei „kein Kavaliersdelikt“, sagte eine Sprecherin der " +
        "Kasse.",
    ],
    quotes: [
      [
        "Sie haben nicht nur die Kassen betrogen, sondern auch die Menschen, die sich auf Ihre Pflege " +
          "verlassen haben",
        "Thomas Reinert",
      ],
      ["mit großer krimineller Energie", "Claudia Jost"],
      ["Ohne dieses Geständnis würden wir heute noch verhandeln", "Frank Altmeyer"],
      ["Wer sich geweigert hat, bekam keine Schichten mehr", "eine frühere Mitarbeiterin"],
      [
        "Ich schäme mich. Ich habe aus Gier gehandelt, und das kann ich nicht mehr rückgängig machen.",
        "Gabriele S.",
      ],
      ["kein Kavaliersdelikt", "eine Sprecherin der Kasse"],
    ],
  },
]);
