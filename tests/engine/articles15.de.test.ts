// A fifteenth round of composed German news articles, in the styles of outlets and beats the first
// fourteen rounds (articles.de to articles14.de) did not use: Rhein-Zeitung (local politics: a leaf
// blower ban in Koblenz, the environment officer in the headline and the body, a group leader's fragment
// and „so der 61-Jährige“, a municipal works' statement after a colon, an initiative's spokeswoman, an
// unnamed gardener, the initiative's name in marks), 20 Minuten (Switzerland, crime, with «…»: a stolen
// e-bike tracked, the owner with an initial in the headline and the body, the police spokeswoman and her
// advice after her surname and a colon, an unnamed neighbour, a scare-quoted word), Liechtensteiner
// Volksblatt (Liechtenstein, business, with «…»: a dental firm cutting jobs, its statement with „heisst
// es“, the chief executive's fragment and a continued quote, the minister in the standfirst and the body,
// a union official after a colon, an unnamed worker, the paper's and a product line's names), BVZ
// (Austria, a hailstorm in vineyards: a winegrower in the standfirst and the body, the fire chief after a
// colon, an insurer's press release, a meteorologist, a regional minister's fragment, a so-called word),
// HNA (sport: the Kassel marathon, the winner through an interpreter, the women's winner by her age and
// as „die Lehrerin“, a local runner as „der Lokalmatador“, the race director after a colon, a Red Cross
// spokesman's fragment, a placard), Schweriner Volkszeitung (health: a community nurse scheme, a GP with
// a doctor's title, a nurse by her age with a term in marks, the ministry's fragment, an insurer's
// manager, a patient's daughter sharing his surname), Passauer Neue Presse (courts: a shock-call fraud
// courier, the unnamed accused in the standfirst and the body, an 86-year-old victim as „die Rentnerin“,
// the prosecutor, the defence's fragment, the presiding judge after a colon), salto.bz (South Tyrol,
// education: lessons in Italian, the regional minister with a different fragment in the standfirst, a
// union leader, a head teacher's two fragments, an opposition MP, a pupil by first name, a programme's
// name), Frankenpost (culture: the Hof film festival, the winning director by her age, the jury writing,
// the festival director uttering a slogan, an unnamed visitor, the lead actor after a colon, film titles)
// and Badische Neueste Nachrichten (science: trams measuring urban heat, the lead author by his age and as
// „der Meteorologe“, the authors writing, a co-author after a colon, a city official's fragment, an outside
// climatologist across two paragraphs, a journal's title and a scare-quoted word). Every article was
// written for these tests, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Rhein-Zeitung, Lokalpolitik: Dezernentin in der Überschrift und im Text, Teilzitat des " +
      "Fraktionschefs und so der 61-Jährige, Eigenbetrieb mit Doppelpunkt, Sprecherin einer " +
      "Initiative, ungenannter Mitarbeiter, Initiativname",
    headline: "„Das ist Lärm ohne Not“: Koblenzer Ausschuss will Laubbläser verbannen",
    paragraphs: [
      "Die Stadt Koblenz will den Einsatz von Laubbläsern auf öffentlichen Flächen weitgehend " +
        "verbieten. Der Umweltausschuss hat am Dienstagabend mit knapper Mehrheit eine " +
        "entsprechende Empfehlung an den Stadtrat beschlossen, der im Dezember endgültig entscheidet.",
      "„Das ist Lärm ohne Not“, sagte Umweltdezernentin Ulrike Schmachtenberg (Grüne) zur " +
        "Begründung. „Ein Rechen macht keinen Krach, schont die Insekten und kostet fast nichts.“ " +
        "Der Eigenbetrieb Grünflächen solle bis 2028 vollständig umstellen.",
      "Widerspruch kam von der CDU-Fraktion. Deren Vorsitzender Heribert Kolb hält das Verbot für " +
        "„Symbolpolitik auf dem Rücken der Beschäftigten“. Im Herbst müssten die Gärtner sonst " +
        "„jedes Blatt von Hand zusammenkratzen“, so der 61-Jährige.",
      "Der Eigenbetrieb Grünflächen rechnet in seiner Stellungnahme für den Ausschuss mit " +
        "Mehrkosten: „Für die gleiche Fläche benötigen wir mit Handgeräten etwa den dreifachen " +
        "Zeitaufwand. Das ist mit dem vorhandenen Personal nicht zu leisten.“",
      "Im Zuschauerraum saßen auch Mitglieder der Initiative „Leises Koblenz“. Sprecherin Dagmar " +
        "Pütz aus der Südlichen Vorstadt sagte: „Samstags um sieben Uhr früh von einem Laubbläser " +
        "geweckt zu werden, ist kein Naturgesetz.“",
      "Ein Gärtner des Eigenbetriebs, der seinen Namen nicht in der Zeitung lesen möchte, sieht " +
        "die Sache gelassener. „Wir machen, was der Rat beschließt. Aber dann brauchen wir mehr " +
        "Leute“, sagte er der Rhein-Zeitung.",
    ],
    quotes: [
      ["Das ist Lärm ohne Not", "Ulrike Schmachtenberg"],
      ["Ein Rechen macht keinen Krach, schont die Insekten und kostet fast nichts.", "Ulrike Schmachtenberg"],
      ["Symbolpolitik auf dem Rücken der Beschäftigten", "Heribert Kolb"],
      ["jedes Blatt von Hand zusammenkratzen", "Heribert Kolb"],
      [
        "Für die gleiche Fläche benötigen wir mit Handgeräten etwa den dreifachen Zeitaufwand. " +
          "Das ist mit dem vorhandenen Personal nicht zu leisten.",
        "Der Eigenbetrieb Grünflächen",
      ],
      [
        "Samstags um sieben Uhr früh von einem Laubbläser geweckt zu werden, ist kein Naturgesetz.",
        "Dagmar Pütz",
      ],
      [
        "Wir machen, was der Rat beschließt. Aber dann brauchen wir mehr Leute",
        "Ein Gärtner des Eigenbetriebs",
      ],
    ],
  },
  {
    name:
      "20 Minuten, Blaulicht mit «…»: Bestohlener mit Initial in der Überschrift und im Text, " +
      "Polizeisprecherin und ihr Rat nach Nachnamen und Doppelpunkt, ungenannte Nachbarin, " +
      "Fortsetzung ohne Verb, Begriff in Anführungszeichen",
    todo:
      "a last quote with no verb after „will er behalten.“ goes to the unnamed neighbour of the " +
      "paragraph before instead of the owner who is the subject of that sentence",
    headline: "«Ich sah mein Velo auf der Karte wandern»: Zürcher findet gestohlenes E-Bike",
    standfirst:
      "Ein 29-Jähriger hat sein gestohlenes E-Bike per Tracker bis nach Schlieren verfolgt. Die " +
      "Polizei warnt davor, selbst einzugreifen.",
    paragraphs: [
      "In der Nacht auf Mittwoch wurde Nico B. sein E-Bike im Wert von rund 4500 Franken vor " +
        "seiner Wohnung in Zürich-Altstetten gestohlen. Dank eines versteckten Trackers unter dem " +
        "Sattel konnte der 29-Jährige das Velo am Morgen orten.",
      "«Ich sah mein Velo auf der Karte wandern», sagt er zu 20 Minuten. «Zuerst nach Dietikon, " +
        "dann zurück nach Schlieren. Da wusste ich, das ist kein Zufall.»",
      "Statt selbst hinzufahren, alarmierte B. die Polizei. Eine Patrouille fand das E-Bike in " +
        "einem Kellerabteil eines Mehrfamilienhauses – zusammen mit elf weiteren Velos. In " +
        "sozialen Medien ist bereits von einer «Velo-Mafia» die Rede.",
      "Die Kantonspolizei Zürich bestätigt den Fund. «Wir haben zwei Männer im Alter von 22 und " +
        "34 Jahren vorläufig festgenommen», sagt Sprecherin Carmen Ritter. Gegen beide werde wegen " +
        "gewerbsmässigen Diebstahls ermittelt.",
      "Ritter rät Bestohlenen trotzdem davon ab, selbst einzugreifen: «Auch wenn es verlockend " +
        "ist – überlassen Sie den Zugriff uns. Man weiss nie, wer hinter der Tür steht.»",
      "Eine Nachbarin, die anonym bleiben will, hat die beiden Männer öfter mit Velos gesehen. " +
        "«Die kamen fast jede Nacht mit einem anderen Velo heim. Ich dachte, die reparieren die», " +
        "sagt sie.",
      "B. hat sein E-Bike inzwischen zurück. Den Tracker will er behalten. «Das waren die besten " +
        "30 Franken, die ich je ausgegeben habe.»",
    ],
    quotes: [
      ["Ich sah mein Velo auf der Karte wandern", "Nico B."],
      ["Zuerst nach Dietikon, dann zurück nach Schlieren. Da wusste ich, das ist kein Zufall.", "Nico B."],
      ["Wir haben zwei Männer im Alter von 22 und 34 Jahren vorläufig festgenommen", "Carmen Ritter"],
      [
        "Auch wenn es verlockend ist – überlassen Sie den Zugriff uns. Man weiss nie, wer hinter " +
          "der Tür steht.",
        "Carmen Ritter",
      ],
      [
        "Die kamen fast jede Nacht mit einem anderen Velo heim. Ich dachte, die reparieren die",
        "Eine Nachbarin",
      ],
      ["Das waren die besten 30 Franken, die ich je ausgegeben habe.", "Nico B."],
    ],
  },
  {
    name:
      "Liechtensteiner Volksblatt, Wirtschaft mit «…»: Mitteilung mit heisst es, Teilzitat und " +
      "Fortsetzung des CEO, Regierungsrätin im Vorspann und im Text, Gewerkschafterin mit " +
      "Doppelpunkt, ungenannter Mitarbeiter mit zwei Zitaten, Zeitungs- und Produktname",
    headline: "Alpina Dental streicht 80 Stellen in Schaan",
    standfirst:
      "Der Implantathersteller verlagert einen Teil der Produktion nach Polen. Die Regierung " +
      "spricht von einem «schmerzhaften Einschnitt».",
    paragraphs: [
      "Die Alpina Dental AG baut an ihrem Hauptsitz in Schaan bis Ende 2027 rund 80 von 520 " +
        "Stellen ab. Das teilte das Unternehmen am Montag mit. Betroffen ist vor allem die " +
        "Fertigung von Standardimplantaten, die künftig im Werk in Wrocław erfolgen soll.",
      "«Der starke Franken und der Preisdruck aus Asien lassen uns keine andere Wahl», heisst es " +
        "in der Mitteilung. Forschung, Entwicklung und die Herstellung der Premiumlinie «Alpina " +
        "Pro» blieben in Liechtenstein.",
      "CEO Reto Frommelt betonte gegenüber dem «Volksblatt», man habe den Entscheid «nicht " +
        "leichtfertig» getroffen. «Ich kenne viele der Betroffenen seit zwanzig Jahren. Das macht " +
        "es nicht einfacher.» Der 57-Jährige kündigte einen Sozialplan mit Frühpensionierungen und " +
        "Umschulungen an.",
      "Regierungsrätin Monika Kaiser-Ospelt sprach von einem «schmerzhaften Einschnitt» für den " +
        "Werkplatz. «Wir werden mit dem Unternehmen und dem Amt für Volkswirtschaft alles tun, " +
        "damit möglichst niemand ohne Anschlusslösung bleibt», sagte sie.",
      "Beim Liechtensteinischen ArbeitnehmerInnenverband ist die Enttäuschung gross. " +
        "Geschäftsführerin Petra Schädler wird deutlich: «Vor zwei Jahren hat man noch " +
        "Rekordgewinne gefeiert. Jetzt sollen die Mitarbeitenden die Rechnung bezahlen.»",
      "Ein Mitarbeiter aus der Fertigung, der seit 14 Jahren bei Alpina arbeitet, erfuhr am " +
        "Montagmorgen an einer Betriebsversammlung vom Abbau. «Viele hier haben geweint», sagt " +
        "er. «Wir haben gewusst, dass es schwierig ist, aber nicht, dass es so schnell geht.»",
    ],
    quotes: [
      ["schmerzhaften Einschnitt", "Monika Kaiser-Ospelt"],
      [
        "Der starke Franken und der Preisdruck aus Asien lassen uns keine andere Wahl",
        "Die Alpina Dental AG",
      ],
      ["nicht leichtfertig", "Reto Frommelt"],
      ["Ich kenne viele der Betroffenen seit zwanzig Jahren. Das macht es nicht einfacher.", "Reto Frommelt"],
      [
        "Wir werden mit dem Unternehmen und dem Amt für Volkswirtschaft alles tun, damit " +
          "möglichst niemand ohne Anschlusslösung bleibt",
        "Monika Kaiser-Ospelt",
      ],
      [
        "Vor zwei Jahren hat man noch Rekordgewinne gefeiert. Jetzt sollen die Mitarbeitenden " +
          "die Rechnung bezahlen.",
        "Petra Schädler",
      ],
      ["Viele hier haben geweint", "Ein Mitarbeiter aus der Fertigung"],
      [
        "Wir haben gewusst, dass es schwierig ist, aber nicht, dass es so schnell geht.",
        "Ein Mitarbeiter aus der Fertigung",
      ],
    ],
  },
  {
    name:
      "BVZ, Unwetter: Winzer im Vorspann und im Text mit Fortsetzung, Feuerwehrkommandant mit " +
      "Doppelpunkt, Aussendung der Hagelversicherung, Meteorologin, Teilzitat des Landesrats, " +
      "sogenanntes Wort",
    headline: "Hagel zerstört Weingärten im Seewinkel",
    standfirst:
      "Ein schweres Unwetter hat am Sonntagabend im Bezirk Neusiedl am See Schäden in " +
      "Millionenhöhe angerichtet. Ein Winzer sagt: „So etwas habe ich in 40 Jahren nicht " +
      "gesehen.“",
    paragraphs: [
      "Innerhalb von nur 20 Minuten gingen am Sonntag gegen 18 Uhr Hagelkörner mit bis zu vier " +
        "Zentimetern Durchmesser über Illmitz, Apetlon und Podersdorf nieder. Betroffen sind nach " +
        "ersten Schätzungen rund 1800 Hektar Weingärten, dazu zahlreiche Dächer und Autos.",
      "„So etwas habe ich in 40 Jahren nicht gesehen“, sagt Weinbauer Josef Haider aus Illmitz. " +
        "Er steht zwischen seinen Rebzeilen, die Trauben liegen aufgeplatzt am Boden. „Drei Wochen " +
        "vor der Lese. Das ist ein ganzes Jahr Arbeit.“",
      "Die Feuerwehren des Bezirks standen bis in die Nachtstunden im Einsatz. " +
        "Bezirksfeuerwehrkommandant Martin Unger zählte 146 Einsätze: „Vor allem Dächer, bei " +
        "denen die Ziegel durchgeschlagen waren, und überflutete Keller.“ Verletzt wurde laut " +
        "Feuerwehr niemand.",
      "Die Österreichische Hagelversicherung schätzt den Schaden in der Landwirtschaft auf rund " +
        "sechs Millionen Euro. „Die Schadenserhebung läuft bereits, unsere Sachverständigen sind " +
        "seit Montagfrüh vor Ort“, heißt es in einer Aussendung.",
      "Laut GeoSphere Austria zog eine sogenannte „Superzelle“ über das Gebiet. Meteorologin " +
        "Karin Stadlhofer erklärt: „Die extrem warme Luft über dem Neusiedler See hat die " +
        "Gewitter zusätzlich befeuert.“ Solche Ereignisse würden mit der Erwärmung häufiger, so " +
        "die Expertin.",
      "Agrarlandesrat Hannes Wetschka (SPÖ) besuchte am Montag betroffene Betriebe und kündigte " +
        "Hilfe aus dem Katastrophenfonds an. Man werde „rasch und ohne Papierkrieg“ helfen, " +
        "versprach er den Winzern.",
    ],
    quotes: [
      ["So etwas habe ich in 40 Jahren nicht gesehen", "Josef Haider"],
      ["Drei Wochen vor der Lese. Das ist ein ganzes Jahr Arbeit.", "Josef Haider"],
      [
        "Vor allem Dächer, bei denen die Ziegel durchgeschlagen waren, und überflutete Keller.",
        "Martin Unger",
      ],
      [
        "Die Schadenserhebung läuft bereits, unsere Sachverständigen sind seit Montagfrüh vor Ort",
        "Die Österreichische Hagelversicherung",
      ],
      [
        "Die extrem warme Luft über dem Neusiedler See hat die Gewitter zusätzlich befeuert.",
        "Karin Stadlhofer",
      ],
      ["rasch und ohne Papierkrieg", "Hannes Wetschka"],
    ],
  },
  {
    name:
      "HNA, Sport: Sieger über Dolmetscher, Siegerin als die 31-Jährige und die Lehrerin, " +
      "Lokalmatador mit meinte, Renndirektor mit Doppelpunkt, Teilzitat eines DRK-Sprechers, " +
      "Plakat",
    headline: "Kassel-Marathon: Kiprono siegt mit Streckenrekord",
    paragraphs: [
      "Bei sonnigem Herbstwetter hat Daniel Kiprono den 15. Kassel-Marathon gewonnen. Der " +
        "26-Jährige aus Kenia lief nach 2:09:47 Stunden ins Ziel am Königsplatz und unterbot den " +
        "Streckenrekord um mehr als eine Minute. Insgesamt waren rund 11.000 Läuferinnen und " +
        "Läufer auf den verschiedenen Distanzen unterwegs.",
      "„Bei Kilometer 30 wusste ich, dass es heute klappt“, sagte Kiprono, der über einen " +
        "Dolmetscher sprach. „Die Zuschauer an der Wilhelmshöher Allee haben mich getragen.“",
      "Bei den Frauen siegte Johanna Brill aus Göttingen in 2:31:12 Stunden. Die 31-Jährige " +
        "hatte sich nach einer Fußverletzung erst im Sommer zurückgekämpft. „Vor vier Monaten " +
        "konnte ich nicht mal joggen“, sagte die Lehrerin im Ziel, noch außer Atem. „Dass es " +
        "jetzt für den Sieg reicht, ist verrückt.“",
      "Bester Nordhesse wurde Felix Oberländer von der PSV Grün-Weiß Kassel auf Rang sieben. " +
        "„Ich bin stur mein Tempo gelaufen und habe nicht auf die Uhr geschaut“, meinte der " +
        "Lokalmatador.",
      "Renndirektor Winfried Aufenanger zog eine positive Bilanz: „Wir hatten so viele " +
        "Anmeldungen wie nie. Das zeigt, dass Kassel eine Laufstadt ist.“",
      "Die Sanitäter des Deutschen Roten Kreuzes behandelten nach eigenen Angaben 74 Läufer, " +
        "die meisten wegen Kreislaufproblemen. Ein DRK-Sprecher sagte, es habe „keine ernsthaften " +
        "Zwischenfälle“ gegeben.",
      "Auf einem Plakat am Straßenrand stand: „Lauf, als ob die Brüder Grimm dich jagen“. Der " +
        "nächste Kassel-Marathon findet im September 2027 statt.",
    ],
    quotes: [
      ["Bei Kilometer 30 wusste ich, dass es heute klappt", "Daniel Kiprono"],
      ["Die Zuschauer an der Wilhelmshöher Allee haben mich getragen.", "Daniel Kiprono"],
      ["Vor vier Monaten konnte ich nicht mal joggen", "Johanna Brill"],
      ["Dass es jetzt für den Sieg reicht, ist verrückt.", "Johanna Brill"],
      ["Ich bin stur mein Tempo gelaufen und habe nicht auf die Uhr geschaut", "Felix Oberländer"],
      [
        "Wir hatten so viele Anmeldungen wie nie. Das zeigt, dass Kassel eine Laufstadt ist.",
        "Winfried Aufenanger",
      ],
      ["keine ernsthaften Zwischenfälle", "Ein DRK-Sprecher"],
    ],
  },
  {
    name:
      "Schweriner Volkszeitung, Gesundheit: Hausärztin mit Doktortitel und Fortsetzung, " +
      "Pflegefachkraft als die 44-Jährige mit Begriff und Doppelpunkt, Teilzitat des " +
      "Ministeriums, Kassenmanager, Tochter mit gleichem Nachnamen",
    headline: "Gemeindeschwester kommt ins Haus: Modellprojekt in Lübz startet",
    paragraphs: [
      "Im Amt Eldenburg Lübz startet im Januar ein Modellprojekt gegen die Versorgungslücke auf " +
        "dem Land. Zwei speziell ausgebildete Pflegefachkräfte sollen ältere Patientinnen und " +
        "Patienten zu Hause besuchen, Blutdruck messen, Wunden versorgen und Medikamente " +
        "kontrollieren – in enger Abstimmung mit den Hausarztpraxen.",
      "„Viele meiner Patienten schaffen den Weg in die Praxis nicht mehr“, sagt Hausärztin Dr. " +
        "Annett Pagel aus Lübz, die das Projekt mit angestoßen hat. „Wenn ich jeden Hausbesuch " +
        "selbst mache, bleibt die Praxis halbe Tage zu.“",
      "Eine der beiden Fachkräfte ist Sandra Kühl. Die 44-Jährige hat 20 Jahre auf einer " +
        "Intensivstation in Schwerin gearbeitet. „Ich wollte wieder mehr Zeit für den einzelnen " +
        "Menschen haben“, sagt sie. Von der Bezeichnung „Gemeindeschwester“ hält sie wenig: „Das " +
        "klingt nach DDR und Fahrrad. Wir fahren E-Auto und haben ein Tablet dabei.“",
      "Finanziert wird das Projekt für drei Jahre vom Land und der AOK Nordost. Das Schweriner " +
        "Gesundheitsministerium erklärte, man wolle „prüfen, ob das Modell landesweit trägt“.",
      "Die Krankenkasse sieht darin auch ein Mittel gegen teure Klinikaufenthalte. „Jede " +
        "Einweisung, die wir durch einen rechtzeitigen Besuch vermeiden, ist gut für die " +
        "Patienten und für die Beitragszahler“, sagte Landesgeschäftsführer Kay-Uwe Bendixen.",
      "Einer der ersten Patienten wird der 87-jährige Herbert Lüth aus Passow sein. Bisher " +
        "fährt ihn seine Tochter alle zwei Wochen in die Praxis. „Wenn jetzt jemand zu ihm kommt, " +
        "ist das für uns eine riesige Erleichterung“, sagt Martina Lüth.",
    ],
    quotes: [
      ["Viele meiner Patienten schaffen den Weg in die Praxis nicht mehr", "Annett Pagel"],
      ["Wenn ich jeden Hausbesuch selbst mache, bleibt die Praxis halbe Tage zu.", "Annett Pagel"],
      ["Ich wollte wieder mehr Zeit für den einzelnen Menschen haben", "Sandra Kühl"],
      ["Das klingt nach DDR und Fahrrad. Wir fahren E-Auto und haben ein Tablet dabei.", "Sandra Kühl"],
      ["prüfen, ob das Modell landesweit trägt", "Das Schweriner Gesundheitsministerium"],
      [
        "Jede Einweisung, die wir durch einen rechtzeitigen Besuch vermeiden, ist gut für die " +
          "Patienten und für die Beitragszahler",
        "Kay-Uwe Bendixen",
      ],
      ["Wenn jetzt jemand zu ihm kommt, ist das für uns eine riesige Erleichterung", "Martina Lüth"],
    ],
  },
  {
    name:
      "Passauer Neue Presse, Gericht: ungenannter Angeklagter im Vorspann und im Text mit " +
      "Fortsetzung ohne Verb, Zeugin als die Rentnerin, Staatsanwalt mit Teilzitat und Zitat, " +
      "Teilzitat der Verteidigerin, Vorsitzender Richter mit Doppelpunkt",
    todo:
      "the accused („Der Angeklagte räumte … ein. Er selbst …“) loses his fragment and quote to „Ein " +
      "angeblicher Polizist“ of the paragraph before",
    headline: "Schockanruf-Betrug: 23-jähriger Abholer muss ins Gefängnis",
    standfirst:
      "Das Landgericht Passau hat einen jungen Mann zu mehr als vier Jahren Haft verurteilt. Er " +
      "habe nur „Pakete abgeholt“, beteuerte er.",
    paragraphs: [
      "Die 2. Strafkammer des Landgerichts Passau hat am Donnerstag einen 23-Jährigen wegen " +
        "gewerbsmäßigen Bandenbetrugs in sieben Fällen zu vier Jahren und drei Monaten Haft " +
        "verurteilt. Der Mann hatte im Frühjahr bei Seniorinnen und Senioren in Passau, Vilshofen " +
        "und Pocking Bargeld und Schmuck im Wert von insgesamt 212.000 Euro abgeholt.",
      "Die Masche war immer dieselbe: Ein angeblicher Polizist rief an und behauptete, die " +
        "Tochter oder der Sohn habe einen tödlichen Unfall verursacht und komme nur gegen Kaution " +
        "frei.",
      "Der Angeklagte räumte die Taten über seinen Verteidiger ein. Er selbst sagte nur wenige " +
        "Sätze. Er habe „Pakete abgeholt“ und nicht gewusst, was darin sei. „Ich schäme mich. Ich " +
        "habe an das Geld gedacht und nicht an die alten Leute.“",
      "Als Zeugin sagte eine 86-jährige Frau aus Vilshofen aus, die dem Mann 38.000 Euro in einer " +
        "Stofftasche übergeben hatte. „Ich habe die ganze Nacht nicht geschlafen, weil ich dachte, " +
        "meine Tochter sitzt im Gefängnis“, schilderte die Rentnerin mit zitternder Stimme.",
      "Staatsanwalt Tobias Eichinger sprach von einem „besonders perfiden Geschäftsmodell“. „Die " +
        "Hintermänner sitzen im Ausland und sind kaum greifbar. Die Abholer sind das einzige " +
        "Glied der Kette, das wir erwischen“, sagte er in seinem Plädoyer. Er hatte fünf Jahre " +
        "gefordert.",
      "Verteidigerin Claudia Wimmer-Hofbauer plädierte auf drei Jahre. Ihr Mandant sei „ein " +
        "kleines Rädchen“ gewesen, das selbst nur 2000 Euro erhalten habe.",
      "Der Vorsitzende Richter Georg Stadler folgte weitgehend der Staatsanwaltschaft. In der " +
        "Urteilsbegründung wandte er sich direkt an den Angeklagten: „Sie haben gesehen, wie alt " +
        "und wie verängstigt diese Menschen waren. Sie hätten jederzeit gehen können.“ Das Urteil " +
        "ist nicht rechtskräftig.",
    ],
    quotes: [
      ["Pakete abgeholt", "Der Angeklagte"],
      ["Ich schäme mich. Ich habe an das Geld gedacht und nicht an die alten Leute.", "Der Angeklagte"],
      [
        "Ich habe die ganze Nacht nicht geschlafen, weil ich dachte, meine Tochter sitzt im Gefängnis",
        "eine 86-jährige Frau",
      ],
      ["besonders perfiden Geschäftsmodell", "Tobias Eichinger"],
      [
        "Die Hintermänner sitzen im Ausland und sind kaum greifbar. Die Abholer sind das einzige " +
          "Glied der Kette, das wir erwischen",
        "Tobias Eichinger",
      ],
      ["ein kleines Rädchen", "Claudia Wimmer-Hofbauer"],
      [
        "Sie haben gesehen, wie alt und wie verängstigt diese Menschen waren. Sie hätten " +
          "jederzeit gehen können.",
        "Georg Stadler",
      ],
    ],
  },
  {
    name:
      "salto.bz, Bildung: Landesrat mit anderem Teilzitat im Vorspann und Fortsetzung, " +
      "Gewerkschafter mit Doppelpunkt, zwei Teilzitate der Direktorin, Oppositionspolitiker, " +
      "Schülerin mit Vornamen, Programmname",
    todo:
      "a standfirst fragment after „Der Landesrat sieht darin eine“ stays a description instead of the " +
      "Landesrat named in the body, and „erzählt die " +
      "Schülerin“ stays a description instead of the pupil named by her first name before",
    headline: "Mehr Italienisch im Fachunterricht: Schulen sind gespalten",
    standfirst:
      "Ab Herbst dürfen alle deutschsprachigen Mittelschulen Fächer auf Italienisch oder " +
      "Englisch unterrichten. Der Landesrat sieht darin eine „Chance für eine ganze Generation“.",
    paragraphs: [
      "Die Landesregierung hat am Dienstag beschlossen, den Sachfachunterricht in der Zweit- und " +
        "Drittsprache an den deutschsprachigen Mittelschulen auszuweiten. Ab dem Schuljahr " +
        "2027/28 dürfen Schulen im Rahmen des Programms „Sprachen leben“ bis zu einem Drittel der " +
        "Stunden in Fächern wie Geschichte, Geografie oder Kunst auf Italienisch oder Englisch " +
        "abhalten. Bisher war das nur in Pilotklassen möglich.",
      "„Das ist eine Chance, die wir unseren Kindern nicht länger vorenthalten dürfen“, sagte " +
        "Bildungslandesrat Lukas Oberhollenzer nach der Sitzung. „Wer in Südtirol aufwächst, soll " +
        "beide Landessprachen nicht nur lernen, sondern auch leben.“",
      "Die Lehrergewerkschaft sieht das skeptischer. Ihr Landesvorsitzender Hannes Gasser sagte: " +
        "„Wir haben jetzt schon zu wenige Lehrpersonen für den normalen Unterricht. Woher sollen " +
        "die kommen, die Geschichte auf Italienisch unterrichten?“",
      "An der Mittelschule Schlanders wird seit drei Jahren Geschichte teilweise auf Italienisch " +
        "unterrichtet. Direktorin Verena Tappeiner zieht eine positive Bilanz. Die Kinder hätten " +
        "„ihre Scheu vor der Sprache verloren“, sagt sie. Anfangs seien einige Eltern skeptisch " +
        "gewesen, „heute fragen sie, warum es nicht mehr Stunden sind“.",
      "Kritik kommt aus der Opposition. Der Landtagsabgeordnete Simon Plankensteiner (Süd-Tiroler " +
        "Freiheit) sprach von einem „schleichenden Abbau des muttersprachlichen Unterrichts“, den " +
        "das Autonomiestatut eigentlich schütze.",
      "Die 13-jährige Lena aus Schlanders hat schon zwei Jahre Geschichte auf Italienisch hinter " +
        "sich. „Am Anfang habe ich fast nichts verstanden. Jetzt merke ich gar nicht mehr, in " +
        "welcher Sprache wir reden“, erzählt die Schülerin.",
    ],
    quotes: [
      ["Chance für eine ganze Generation", "Lukas Oberhollenzer"],
      [
        "Das ist eine Chance, die wir unseren Kindern nicht länger vorenthalten dürfen",
        "Lukas Oberhollenzer",
      ],
      [
        "Wer in Südtirol aufwächst, soll beide Landessprachen nicht nur lernen, sondern auch leben.",
        "Lukas Oberhollenzer",
      ],
      [
        "Wir haben jetzt schon zu wenige Lehrpersonen für den normalen Unterricht. Woher sollen " +
          "die kommen, die Geschichte auf Italienisch unterrichten?",
        "Hannes Gasser",
      ],
      ["ihre Scheu vor der Sprache verloren", "Verena Tappeiner"],
      ["heute fragen sie, warum es nicht mehr Stunden sind", "Verena Tappeiner"],
      ["schleichenden Abbau des muttersprachlichen Unterrichts", "Simon Plankensteiner"],
      [
        "Am Anfang habe ich fast nichts verstanden. Jetzt merke ich gar nicht mehr, in welcher " +
          "Sprache wir reden",
        "Lena",
      ],
    ],
  },
  {
    name:
      "Frankenpost, Kultur: Regisseurin als die 28-Jährige mit Fortsetzung, Jury in der " +
      "Begründung, Festivalleiterin mit Slogan, ungenannte Besucherin, Hauptdarsteller mit " +
      "Doppelpunkt, Filmtitel",
    todo:
      "«So einen ehrlichen Film über das Land habe ic…» goes to eine Besucherin aus Selb, not eine " +
      "Besucherin",
    headline: "Hofer Filmtage: Debüt aus Bayreuth gewinnt Regiepreis",
    paragraphs: [
      "Die 60. Internationalen Hofer Filmtage sind am Sonntagabend mit der Preisverleihung im " +
        "Scala-Kino zu Ende gegangen. Den Preis für die beste Regie eines Debütfilms erhielt die " +
        "Bayreutherin Mira Schönfeld für ihr Drama „Die Stille nach dem Hagel“.",
      "„Ich habe den Film mit 40.000 Euro und sehr viel Geduld gedreht“, sagte die 28-Jährige " +
        "bei der Preisübergabe. „Dass er ausgerechnet in Hof ausgezeichnet wird, 60 Kilometer von " +
        "zu Hause, ist das Schönste, was passieren konnte.“",
      "Die Jury lobte in ihrer Begründung den „genauen Blick auf ein Dorf, das sich selbst nicht " +
        "mehr zuhört“.",
      "Festivalleiterin Anke Dörfler zog eine positive Bilanz. Mit rund 27.000 Besucherinnen und " +
        "Besuchern habe man das Vorjahr übertroffen. „Hof ist und bleibt das Home of Films“, " +
        "sagte sie in Anspielung auf einen alten Festivalspruch.",
      "Im ausverkauften Saal zeigte sich auch das Publikum bewegt. „So einen ehrlichen Film über " +
        "das Land habe ich lange nicht gesehen“, sagte eine Besucherin aus Selb nach der " +
        "Vorstellung.",
      "Hauptdarsteller Konrad Weißgerber, der im Film einen Landwirt spielt, der nach einem " +
        "Unwetter alles verliert, sagte über die Regisseurin: „Mira lässt einem Raum. Sie hat nie " +
        "gesagt, wie ich eine Szene spielen soll, nur, was sie erzählen will.“",
      "Der Publikumspreis ging an die Dokumentation „Grenzgänger“ über Pendler zwischen " +
        "Oberfranken und Tschechien.",
    ],
    quotes: [
      ["Ich habe den Film mit 40.000 Euro und sehr viel Geduld gedreht", "Mira Schönfeld"],
      [
        "Dass er ausgerechnet in Hof ausgezeichnet wird, 60 Kilometer von zu Hause, ist das " +
          "Schönste, was passieren konnte.",
        "Mira Schönfeld",
      ],
      ["genauen Blick auf ein Dorf, das sich selbst nicht mehr zuhört", "Die Jury"],
      ["Hof ist und bleibt das Home of Films", "Anke Dörfler"],
      ["So einen ehrlichen Film über das Land habe ich lange nicht gesehen", "eine Besucherin"],
      [
        "Mira lässt einem Raum. Sie hat nie gesagt, wie ich eine Szene spielen soll, nur, was sie " +
          "erzählen will.",
        "Konrad Weißgerber",
      ],
    ],
  },
  {
    name:
      "Badische Neueste Nachrichten, Wissenschaft: Erstautor mit Doktortitel und als der " +
      "Meteorologe, Autoren schreiben, Co-Autorin mit Doppelpunkt, Teilzitat der Stadt, " +
      "externer Klimatologe über zwei Absätze, Zeitschriftentitel und Anführungszeichen",
    headline: "Straßenbahn als Messstation: KIT kartiert Karlsruher Hitzeinseln",
    standfirst:
      "Sensoren auf zwei Bahnen haben einen Sommer lang Temperaturen gemessen. Die Unterschiede " +
      "überraschen selbst die Forscher.",
    paragraphs: [
      "Forscherinnen und Forscher des Karlsruher Instituts für Technologie (KIT) haben mit " +
        "Messgeräten auf Straßenbahnen eine hochaufgelöste Karte der Hitzeinseln in Karlsruhe " +
        "erstellt. Die Ergebnisse sind im Fachjournal „Urban Climate“ erschienen.",
      "„Zwischen dem Marktplatz und dem Schlossgarten liegen an heißen Nachmittagen bis zu sechs " +
        "Grad“, sagt Erstautor Dr. Benedikt Saal vom Institut für Meteorologie und " +
        "Klimaforschung. Der 38-Jährige hat die Sensoren selbst auf die Dächer zweier Bahnen " +
        "montiert.",
      "Die beiden „Messbahnen“ fuhren von Juni bis September täglich rund 18 Stunden durch die " +
        "Stadt und lieferten alle zehn Sekunden einen Wert. „So dicht kann keine feste Station " +
        "messen. Wir sehen buchstäblich jede Straßenecke“, erklärt der Meteorologe.",
      "In der Studie schreiben die Autoren, versiegelte Plätze ohne Bäume wirkten „wie " +
        "Heizplatten, die noch nachts Wärme abgeben“.",
      "Besonders auffällig ist die Kaiserstraße. Co-Autorin Prof. Hanna Jürgensen verweist auf die " +
        "Jahre des Stadtbahntunnelbaus: „Wo damals Bäume gefällt wurden, messen wir heute die " +
        "höchsten Werte.“",
      "Die Stadt Karlsruhe will die Daten für ihren Hitzeaktionsplan nutzen. Klimaschutzmanagerin " +
        "Ines Wolber sagte den BNN, man werde „gezielt dort Bäume pflanzen, wo es am heißesten ist“.",
      "Der Stadtklimatologe Rüdiger Hahnemann von der Universität Freiburg, der nicht an der " +
        "Studie beteiligt war, hält den Ansatz für übertragbar: „Fast jede größere Stadt hat ein " +
        "Straßenbahnnetz. Das ist eine Messinfrastruktur, die praktisch schon da ist.",
      "„Man muss sie nur nutzen. Für Kommunen kostet das einen Bruchteil eines festen Messnetzes.“",
    ],
    quotes: [
      [
        "Zwischen dem Marktplatz und dem Schlossgarten liegen an heißen Nachmittagen bis zu sechs Grad",
        "Benedikt Saal",
      ],
      ["So dicht kann keine feste Station messen. Wir sehen buchstäblich jede Straßenecke", "Benedikt Saal"],
      ["wie Heizplatten, die noch nachts Wärme abgeben", "die Autoren"],
      ["Wo damals Bäume gefällt wurden, messen wir heute die höchsten Werte.", "Hanna Jürgensen"],
      ["gezielt dort Bäume pflanzen, wo es am heißesten ist", "Ines Wolber"],
      [
        "Fast jede größere Stadt hat ein Straßenbahnnetz. Das ist eine Messinfrastruktur, die " +
          "praktisch schon da ist.",
        "Rüdiger Hahnemann",
      ],
      [
        "Man muss sie nur nutzen. Für Kommunen kostet das einen Bruchteil eines festen Messnetzes.",
        "Rüdiger Hahnemann",
      ],
    ],
  },
]);
