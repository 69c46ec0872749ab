// A fourth round of composed German news articles, in the styles of outlets and beats the first three
// rounds (articles.de, articles2.de, articles3.de) did not use: stern (health: a study, its lead author
// named by her profession, an outside expert, a journal's title), BR24 (farming: a drought, a farmer, the
// farmers' president, a winegrower after a colon), MDR (a state election campaign: the premier at a
// rally, his challenger, a political scientist, voters described), WELT (a rail strike: the union leader
// quoted in the headline and the body, the rail board, a passenger, an economist), SRF (Switzerland:
// «…» marks, no ß, avalanche warnings and a danger level's name), Frankfurter Rundschau (culture
// budget: the city treasurer, a theatre director, a petition's and a play's title, a critic), Sportschau
// (biathlon: a first World Cup win, the national coach in the standfirst, the runner-up) and Kleine
// Zeitung (Austria: a teacher shortage, the education director, a headmaster, parents, a pupil), Merkur
// (police: a burglary series, a prosecutor, a victim with an initial, an officer after a colon) and WAZ
// (steel: job cuts, the works council in the headline, a chief executive's letter, the union, the
// mayor, an unnamed shift worker). Every article was written before the engine was run on it; the
// speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name: "stern, Gesundheit: Studienleiterin, die Epidemiologin warnt mit Doppelpunkt, Fachjournal-Titel",
    headline: "Studie zu Long Covid bei Kindern: „Wir haben das Problem unterschätzt“",
    standfirst:
      "Forschende aus Heidelberg haben mehr als 4000 Familien befragt. Die Ergebnisse überraschen " +
      "selbst Fachleute.",
    paragraphs: [
      "Fast jedes zwanzigste Kind leidet auch ein Jahr nach einer Corona-Infektion noch unter " +
        "Erschöpfung, Konzentrationsstörungen oder Atemnot. Das ist das Ergebnis einer Studie des " +
        "Universitätsklinikums Heidelberg, die am Dienstag im Fachjournal „Pediatrics“ erschienen ist.",
      "„Wir haben das Problem unterschätzt, auch in der Ärzteschaft“, sagt Studienleiterin Miriam " +
        "Albrecht. Viele betroffene Kinder seien monatelang von Praxis zu Praxis gereicht worden.",
      "Besonders häufig betroffen waren Jugendliche zwischen zwölf und 17 Jahren. Die Kinderärztin " +
        "und Epidemiologin warnt davor, die Beschwerden als Schulstress abzutun: „Diese Kinder " +
        "simulieren nicht. Sie sind krank.“",
      "Der Berliner Kinderpneumologe Henrik Sauer, der nicht an der Studie beteiligt war, hält die " +
        "Zahlen für plausibel. „Die Methodik ist solide, auch wenn eine Befragung der Eltern immer " +
        "eine gewisse Unschärfe hat“, sagte er dem stern.",
      "Für Mütter wie Katrin Vogel aus Mannheim kommt die Anerkennung spät. Ihr Sohn Leon, heute 14, " +
        "konnte nach seiner Infektion ein halbes Jahr lang nicht zur Schule gehen. „Man hat uns " +
        "gesagt, er solle sich einfach mehr bewegen“, erzählt sie. „Das war das Schlimmste, was wir " +
        "tun konnten.“",
      "Das Bundesgesundheitsministerium kündigte an, die Forschungsförderung zu Long Covid bei " +
        "Kindern fortzusetzen. Spezialambulanzen gebe es bislang aber nur in wenigen Bundesländern, " +
        "räumte eine Sprecherin ein. Der Bedarf sei „deutlich größer als das Angebot“.",
    ],
    quotes: [
      ["Wir haben das Problem unterschätzt", "Miriam Albrecht"],
      ["Wir haben das Problem unterschätzt, auch in der Ärzteschaft", "Miriam Albrecht"],
      ["Diese Kinder simulieren nicht. Sie sind krank.", "Miriam Albrecht"],
      [
        "Die Methodik ist solide, auch wenn eine Befragung der Eltern immer eine gewisse Unschärfe hat",
        "Henrik Sauer",
      ],
      ["Man hat uns gesagt, er solle sich einfach mehr bewegen", "Katrin Vogel"],
      ["Das war das Schlimmste, was wir tun konnten.", "Katrin Vogel"],
      ["deutlich größer als das Angebot", "eine Sprecherin"],
    ],
  },
  {
    name: "BR24, Dürre: Landwirt mit Relativsatz, sagte im Gespräch mit BR24, versicherte die Ministerin",
    headline: "Dürre in Unterfranken: Landwirte fürchten um die Ernte",
    paragraphs: [
      "Seit Anfang April hat es in weiten Teilen Unterfrankens kaum geregnet. Auf den Äckern rund um " +
        "Kitzingen ist der Boden rissig, der Weizen steht kniehoch statt hüfthoch.",
      "„So früh im Jahr habe ich das noch nie erlebt“, sagt Landwirt Georg Hümmer, der bei Dettelbach " +
        "120 Hektar bewirtschaftet. Er rechnet mit einem Drittel weniger Ertrag. „Wenn es bis Pfingsten " +
        "nicht regnet, können wir die Gerste abschreiben.“",
      "Bayerns Bauernpräsident Anton Wimmer fordert schnelle Hilfe vom Freistaat. Die Betriebe " +
        "bräuchten „keine Sonntagsreden, sondern Liquidität“, sagte Wimmer im Gespräch mit BR24.",
      "Landwirtschaftsministerin Elisabeth Kraus (CSU) verwies auf das bestehende Dürre-Monitoring. " +
        "„Wir beobachten die Lage sehr genau und werden die Betroffenen nicht im Stich lassen“, " +
        "versicherte die Ministerin bei einem Besuch in Kitzingen. Konkrete Zusagen machte sie nicht.",
      "Nach Einschätzung des Deutschen Wetterdienstes ist keine schnelle Entspannung in Sicht. „Selbst " +
        "ein paar kräftige Gewitter würden die tieferen Bodenschichten kaum erreichen“, erklärte " +
        "Agrarmeteorologe Florian Stegmann. Die Böden seien bis in 60 Zentimeter Tiefe „extrem trocken“.",
      "Manche Betriebe reagieren bereits. Winzerin Lena Schätzlein aus Sommerach hat vor drei Jahren " +
        "eine Tröpfchenbewässerung eingebaut. Ihr Rat an die Kollegen: „Wer jetzt nicht in Wasser " +
        "investiert, hat in zehn Jahren keinen Betrieb mehr.“",
    ],
    quotes: [
      ["So früh im Jahr habe ich das noch nie erlebt", "Georg Hümmer"],
      ["Wenn es bis Pfingsten nicht regnet, können wir die Gerste abschreiben.", "Georg Hümmer"],
      ["keine Sonntagsreden, sondern Liquidität", "Anton Wimmer"],
      [
        "Wir beobachten die Lage sehr genau und werden die Betroffenen nicht im Stich lassen",
        "Elisabeth Kraus",
      ],
      [
        "Selbst ein paar kräftige Gewitter würden die tieferen Bodenschichten kaum erreichen",
        "Florian Stegmann",
      ],
      ["extrem trocken", "Florian Stegmann"],
      ["Wer jetzt nicht in Wasser investiert, hat in zehn Jahren keinen Betrieb mehr.", "Lena Schätzlein"],
    ],
  },
  {
    name: "MDR, Wahlkampf: rief der 58-Jährige, Herausforderin, sagte er MDR THÜRINGEN, eine Rentnerin",
    todo: "«Er redet wenigstens Klartext» goes to eine Rentnerin aus Arnstadt, not eine Rentnerin",
    headline: "Wahlkampfauftakt in Erfurt: Ministerpräsident wirbt um Vertrauen",
    standfirst:
      "Fünf Wochen vor der Landtagswahl haben die Parteien in Thüringen die heiße Phase eingeläutet.",
    paragraphs: [
      "Vor rund 1.500 Anhängern auf dem Erfurter Domplatz hat Ministerpräsident Stefan Reuter (SPD) am " +
        "Samstag den Wahlkampf seiner Partei eröffnet. „Thüringen braucht keine Experimente, sondern " +
        "Verlässlichkeit“, rief der 58-Jährige.",
      "Reuter verteidigte die Bilanz seiner Koalition. Man habe „mehr Lehrer eingestellt als jede " +
        "Regierung zuvor“. Zugleich räumte er Fehler beim Ausbau des Mobilfunknetzes ein: „Da sind wir " +
        "zu langsam gewesen, das gebe ich offen zu.“",
      "Herausforderin Annett Gräfe von der CDU hielt am selben Tag in Gera dagegen. Die " +
        "Landesregierung habe „fünf Jahre lang verwaltet statt gestaltet“, sagte sie. Die " +
        "CDU-Spitzenkandidatin kündigte an, im Fall eines Wahlsiegs ein eigenes Digitalministerium zu " +
        "schaffen.",
      "Laut dem jüngsten Thüringen-Trend des MDR liegen SPD und CDU fast gleichauf. Der Jenaer " +
        "Politikwissenschaftler Tobias Heinemann hält den Ausgang für offen. „Ein Drittel der Wähler " +
        "hat sich noch nicht entschieden. Das ist für diese Phase ungewöhnlich viel“, sagte er MDR " +
        "THÜRINGEN.",
      "Auf dem Domplatz zeigten sich viele Zuhörer zufrieden. „Er redet wenigstens Klartext“, meinte " +
        "eine Rentnerin aus Arnstadt. Ein junger Mann mit Gewerkschaftsfahne war skeptischer: " +
        "„Versprochen wird viel. Mal sehen, was davon nach der Wahl übrig bleibt.“",
      "Die Landtagswahl findet am 27. September statt.",
    ],
    quotes: [
      ["Thüringen braucht keine Experimente, sondern Verlässlichkeit", "Stefan Reuter"],
      ["mehr Lehrer eingestellt als jede Regierung zuvor", "Stefan Reuter"],
      ["Da sind wir zu langsam gewesen, das gebe ich offen zu.", "Stefan Reuter"],
      ["fünf Jahre lang verwaltet statt gestaltet", "Annett Gräfe"],
      [
        "Ein Drittel der Wähler hat sich noch nicht entschieden. Das ist für diese Phase ungewöhnlich viel",
        "Tobias Heinemann",
      ],
      ["Er redet wenigstens Klartext", "eine Rentnerin"],
      ["Versprochen wird viel. Mal sehen, was davon nach der Wahl übrig bleibt.", "Ein junger Mann"],
    ],
  },
  {
    name: "WELT, Bahnstreik: Titelzitat im Text wiederholt, nannte, Konjunktiv mit Teilzitat, sagte X WELT",
    headline: "GDL-Streik legt Fernverkehr lahm: „Wir wurden dazu gezwungen“",
    standfirst:
      "Seit Mittwochmorgen stehen bundesweit die meisten Fernzüge still. Auf den Bahnhöfen herrscht Frust.",
    paragraphs: [
      "Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat ihren dritten Streik in diesem " +
        "Tarifkonflikt begonnen. Im Fernverkehr fallen nach Angaben der Deutschen Bahn rund 80 Prozent " +
        "der Verbindungen aus, im Regionalverkehr gilt ein Notfahrplan.",
      "„Wir wurden dazu gezwungen“, sagte GDL-Chef Rainer Mertens am Morgen vor dem Frankfurter " +
        "Hauptbahnhof. Die Bahn habe in fünf Verhandlungsrunden „kein einziges ernsthaftes Angebot“ " +
        "vorgelegt. Mertens drohte mit weiteren Arbeitskämpfen, sollte sich der Konzern nicht bewegen.",
      "Bei der Bahn sieht man das naturgemäß anders. Personalvorständin Kerstin Lorenz nannte den " +
        "Ausstand „unverhältnismäßig und unverantwortlich“. Das Unternehmen habe eine Lohnerhöhung von " +
        "elf Prozent angeboten, „mehr als in jedem anderen Abschluss dieses Jahres“.",
      "Die Leidtragenden sind die Fahrgäste. Am Berliner Hauptbahnhof sitzt Jana Kröger mit zwei " +
        "Koffern auf einer Bank. Sie wollte zu ihrer Schwester nach München. „Ich habe es aus den " +
        "Nachrichten erfahren, nicht von der Bahn“, sagt die 31-Jährige. „Jetzt versuche ich es mit dem " +
        "Fernbus.“",
      "Auch in der Wirtschaft wächst der Unmut. Ein Streik dieser Länge koste die Volkswirtschaft bis " +
        "zu 100 Millionen Euro pro Tag, rechnete das Institut der deutschen Wirtschaft vor. „Besonders " +
        "hart trifft es die Chemieindustrie, die auf Güterzüge angewiesen ist“, sagte IW-Ökonom Markus " +
        "Brandl WELT.",
      "Verkehrsminister Holger Seidel (FDP) rief beide Seiten zur Mäßigung auf. „Ich erwarte, dass man " +
        "sich schnell wieder an einen Tisch setzt“, sagte er in Berlin. Einen Schlichter wolle er aber " +
        "nicht vorschlagen, hieß es aus seinem Ministerium.",
    ],
    quotes: [
      ["Wir wurden dazu gezwungen", "Rainer Mertens"],
      ["kein einziges ernsthaftes Angebot", "Rainer Mertens"],
      ["unverhältnismäßig und unverantwortlich", "Kerstin Lorenz"],
      ["mehr als in jedem anderen Abschluss dieses Jahres", "Kerstin Lorenz"],
      ["Ich habe es aus den Nachrichten erfahren, nicht von der Bahn", "Jana Kröger"],
      ["Jetzt versuche ich es mit dem Fernbus.", "Jana Kröger"],
      ["Besonders hart trifft es die Chemieindustrie, die auf Güterzüge angewiesen ist", "Markus Brandl"],
      ["Ich erwarte, dass man sich schnell wieder an einen Tisch setzt", "Holger Seidel"],
    ],
  },
  {
    name: "SRF, Lawinen: «…» ohne ß, Name einer Gefahrenstufe, gegenüber SRF News, Gastgeberin",
    headline: "Lawinengefahr in Graubünden: «Die Lage ist ernst»",
    standfirst:
      "Nach starkem Schneefall gilt in Teilen der Alpen die höchste Gefahrenstufe. Mehrere Dörfer sind " +
      "von der Aussenwelt abgeschnitten.",
    paragraphs: [
      "Innerhalb von 48 Stunden ist im Unterengadin bis zu eineinhalb Meter Neuschnee gefallen. Das " +
        "WSL-Institut für Schnee- und Lawinenforschung SLF hat für Teile Graubündens die Gefahrenstufe " +
        "5, «sehr gross», ausgerufen. Das kommt nur wenige Male pro Jahrzehnt vor.",
      "«Die Lage ist ernst, aber sie ist unter Kontrolle», sagte Lawinenwarner Reto Caflisch vom SLF in " +
        "Davos gegenüber SRF News. Spontane Lawinen könnten bis in die Talböden vorstossen.",
      "Die Gemeinde Scuol hat mehrere Weiler evakuiert. Gemeindepräsident Andri Bezzola spricht von " +
        "einer «Vorsichtsmassnahme». «Lieber holen wir die Leute einmal zu viel aus ihren Häusern als " +
        "einmal zu wenig», sagte er am Nachmittag vor den Medien.",
      "Die Rhätische Bahn hat den Verkehr zwischen Zernez und Scuol eingestellt. Eine Wiederaufnahme " +
        "sei frühestens am Donnerstag möglich, teilte das Unternehmen mit.",
      "Im Hotel Belvedere sitzen rund 60 Gäste fest. Die meisten nähmen es gelassen, sagt Gastgeberin " +
        "Corina Pua. «Wir haben genug Vorräte für eine Woche, und der Wein geht uns sicher nicht aus.»",
      "Die Kantonspolizei Graubünden mahnt Wintersportler zur Vernunft. «Wer jetzt abseits der Pisten " +
        "fährt, gefährdet nicht nur sich selbst, sondern auch die Retter», sagte Mediensprecherin Anita " +
        "Senn.",
    ],
    quotes: [
      ["Die Lage ist ernst", "Reto Caflisch"],
      ["Die Lage ist ernst, aber sie ist unter Kontrolle", "Reto Caflisch"],
      ["Vorsichtsmassnahme", "Andri Bezzola"],
      ["Lieber holen wir die Leute einmal zu viel aus ihren Häusern als einmal zu wenig", "Andri Bezzola"],
      ["Wir haben genug Vorräte für eine Woche, und der Wein geht uns sicher nicht aus.", "Corina Pua"],
      [
        "Wer jetzt abseits der Pisten fährt, gefährdet nicht nur sich selbst, sondern auch die Retter",
        "Anita Senn",
      ],
    ],
  },
  {
    name: "Frankfurter Rundschau, Kultur: Kämmerer, so der Kämmerer, Petitions- und Stücktitel, der Kritiker",
    headline: "Kulturetat: Frankfurter Bühnen sollen sparen",
    paragraphs: [
      "Die Stadt Frankfurt will den Zuschuss für die Städtischen Bühnen im kommenden Jahr um 4,2 " +
        "Millionen Euro kürzen. Das geht aus dem Haushaltsentwurf hervor, den Kämmerer Bernd Hoffmann " +
        "(CDU) am Dienstag im Römer vorgestellt hat.",
      "Die Intendantin des Schauspiels, Sophie Marquardt, reagierte mit deutlichen Worten. „Wenn dieser " +
        "Haushalt so kommt, müssen wir eine ganze Sparte schließen“, sagte sie der FR. Betroffen wäre " +
        "nach ihren Worten vor allem das Kinder- und Jugendtheater.",
      "Hoffmann verteidigte die Pläne. Alle Dezernate müssten ihren Beitrag leisten, die Kultur könne " +
        "„keine Insel der Seligen“ sein. „Wir haben ein strukturelles Defizit von 300 Millionen Euro, " +
        "da gibt es keine Tabus“, so der Kämmerer.",
      "Kulturdezernentin Ayşe Demir (Grüne) hält die Kürzung für falsch, will aber im Magistrat keinen " +
        "Streit anzetteln. Sie werde „in den Haushaltsberatungen für jeden Euro kämpfen“, versprach sie.",
      "Unterstützung bekommen die Bühnen aus dem Publikum. Eine Petition mit dem Titel „Frankfurt ohne " +
        "Theater? Nicht mit uns!“ hat binnen drei Tagen mehr als 12.000 Unterschriften gesammelt.",
      "Das Schauspiel zeigt derzeit Schillers „Die Räuber“ in einer gefeierten Inszenierung. Der " +
        "Kritiker der FR hatte sie „das Beste, was dieses Haus seit Jahren gezeigt hat“ genannt. Ob es " +
        "eine nächste Spielzeit in dieser Form gibt, ist offen.",
    ],
    quotes: [
      ["Wenn dieser Haushalt so kommt, müssen wir eine ganze Sparte schließen", "Sophie Marquardt"],
      ["keine Insel der Seligen", "Bernd Hoffmann"],
      [
        "Wir haben ein strukturelles Defizit von 300 Millionen Euro, da gibt es keine Tabus",
        "Bernd Hoffmann",
      ],
      ["in den Haushaltsberatungen für jeden Euro kämpfen", "Ayşe Demir"],
      ["das Beste, was dieses Haus seit Jahren gezeigt hat", "Der Kritiker der FR"],
    ],
  },
  {
    name: "Sportschau, Biathlon: Bundestrainer im Vorspann, die Weltcup-Führende, gab die 26-Jährige zu",
    headline: "Biathlon in Ruhpolding: Hofer stürmt zum ersten Weltcupsieg",
    standfirst:
      "Die 23-Jährige aus dem Allgäu lässt im Sprint die komplette Weltspitze hinter sich. " +
      "Bundestrainer Krämer spricht von einem „Riesenschritt“.",
    paragraphs: [
      "Lisa Hofer hat am Freitag in Ruhpolding ihren ersten Sieg im Weltcup gefeiert. Die Athletin vom " +
        "SC Oberstdorf blieb im Sprint über 7,5 Kilometer fehlerfrei und gewann mit 8,4 Sekunden " +
        "Vorsprung vor der Französin Camille Roux.",
      "„Ich kann es noch gar nicht glauben. Vor heimischem Publikum, das ist einfach unbeschreiblich“, " +
        "sagte Hofer im Interview mit der ARD. Schon beim Zieleinlauf hatte sie die Arme in die Luft " +
        "gerissen.",
      "Für Bundestrainer Uwe Krämer kam der Erfolg nicht überraschend. „Lisa hat im Sommer unglaublich " +
        "hart gearbeitet, vor allem am Schießstand“, sagte er. Der Sieg sei „ein Riesenschritt für das " +
        "ganze Team“.",
      "Roux zeigte sich als faire Verliererin. „Sie war heute einfach die Beste, da gibt es nichts zu " +
        "diskutieren“, sagte die Weltcup-Führende.",
      "Weniger gut lief es für Hofers Teamkollegin Marie Schäffler, die mit drei Schießfehlern nur auf " +
        "Platz 27 landete. „Am Stehendanschlag war heute der Wurm drin“, gab die 26-Jährige zu. Für die " +
        "Verfolgung am Sonntag habe sie sich aber „einiges vorgenommen“.",
      "Die Verfolgung beginnt am Sonntag um 12.30 Uhr. Das Erste überträgt live.",
    ],
    quotes: [
      ["Riesenschritt", "Uwe Krämer"],
      [
        "Ich kann es noch gar nicht glauben. Vor heimischem Publikum, das ist einfach unbeschreiblich",
        "Lisa Hofer",
      ],
      ["Lisa hat im Sommer unglaublich hart gearbeitet, vor allem am Schießstand", "Uwe Krämer"],
      ["ein Riesenschritt für das ganze Team", "Uwe Krämer"],
      ["Sie war heute einfach die Beste, da gibt es nichts zu diskutieren", "Camille Roux"],
      ["Am Stehendanschlag war heute der Wurm drin", "Marie Schäffler"],
      ["einiges vorgenommen", "Marie Schäffler"],
    ],
  },
  {
    name: "Kleine Zeitung, Schule: Bildungsdirektorin, schildert er, kritisiert X, Obfrau, eine Schülerin:",
    headline: "Lehrermangel in der Steiermark: Hunderte Stunden fallen aus",
    paragraphs: [
      "Zwei Wochen nach Schulbeginn sind in der Steiermark noch immer 140 Lehrerstellen unbesetzt. " +
        "Besonders betroffen sind Mittelschulen in der Obersteiermark, wie aus Zahlen der " +
        "Bildungsdirektion hervorgeht.",
      "Bildungsdirektorin Gabriele Url-Pichler räumt ein, dass die Lage angespannt ist. „Wir schöpfen " +
        "jede Möglichkeit aus, bis hin zu Studierenden im ersten Abschnitt“, sagt sie im Gespräch mit " +
        "der Kleinen Zeitung. Kein Kind werde ohne Unterricht nach Hause geschickt.",
      "An der Mittelschule Judenburg sieht der Alltag anders aus. Direktor Herbert Moitzi muss jede " +
        "Woche neu planen. „Ich habe Physik in drei Klassen, aber keinen Physiklehrer“, schildert er. " +
        "Seit September unterrichte ein pensionierter Kollege aushilfsweise.",
      "Die Elternvertreter sind alarmiert. „Man kann nicht jedes Jahr von einer Ausnahmesituation " +
        "reden“, kritisiert Sabine Wallner, Obfrau des Landesverbands der Elternvereine. Sie fordert " +
        "bessere Bezahlung für Quereinsteiger.",
      "Aus dem Bildungsministerium in Wien hieß es, man arbeite an einer Reform der Lehrerausbildung. " +
        "Bildungsforscher Michael Steinkellner von der Universität Graz ist skeptisch: „Wir haben " +
        "jahrzehntelang zu wenig ausgebildet. Das lässt sich nicht in einem Semester aufholen.“",
      "Eine Schülerin der 4b in Judenburg bringt es auf den Punkt: „Wir hatten in einem Monat vier " +
        "verschiedene Mathelehrer.“",
    ],
    quotes: [
      [
        "Wir schöpfen jede Möglichkeit aus, bis hin zu Studierenden im ersten Abschnitt",
        "Gabriele Url-Pichler",
      ],
      ["Ich habe Physik in drei Klassen, aber keinen Physiklehrer", "Herbert Moitzi"],
      ["Man kann nicht jedes Jahr von einer Ausnahmesituation reden", "Sabine Wallner"],
      [
        "Wir haben jahrzehntelang zu wenig ausgebildet. Das lässt sich nicht in einem Semester aufholen.",
        "Michael Steinkellner",
      ],
      ["Wir hatten in einem Monat vier verschiedene Mathelehrer.", "Eine Schülerin"],
    ],
  },
  {
    name: "Merkur, Polizei: wie das Präsidium mitteilte, Staatsanwältin, Rentnerin mit Initial, ein Beamter:",
    headline: "Einbruchserie im Landkreis Starnberg: Polizei nimmt zwei Verdächtige fest",
    paragraphs: [
      "Nach einer Serie von mehr als 30 Wohnungseinbrüchen im Landkreis Starnberg hat die Polizei zwei " +
        "Männer festgenommen. Die 27 und 34 Jahre alten Verdächtigen wurden am Montagabend auf einem " +
        "Parkplatz in Gauting gestellt, wie das Polizeipräsidium Oberbayern Nord mitteilte.",
      "„Wir sind sehr erleichtert, dass wir diese Serie beenden konnten“, sagte Polizeisprecher " +
        "Bernhard Kolb. Die Ermittler hatten das Duo seit Wochen im Visier.",
      "Die Männer sollen vor allem tagsüber zugeschlagen haben, wenn die Bewohner bei der Arbeit " +
        "waren. Erbeutet wurden laut Polizei vor allem Schmuck und Bargeld, der Schaden liege im " +
        "sechsstelligen Bereich.",
      "Die Staatsanwaltschaft München II beantragte Haftbefehl. „Wir prüfen derzeit, ob die beiden " +
        "Teil einer größeren Gruppe sind“, erklärte Oberstaatsanwältin Carola Wendl.",
      "In der Nachbarschaft ist die Erleichterung groß. Rosemarie F. (72), bei der im Oktober " +
        "eingebrochen worden war, schläft seitdem schlecht. „Die haben den Ring meiner Mutter " +
        "mitgenommen. Der ist unersetzlich“, sagt die Rentnerin.",
      "Die Polizei rät weiterhin zur Vorsicht. Ein Beamter der Kriminalpolizeilichen Beratungsstelle " +
        "empfiehlt Pilzkopfverriegelungen an Fenstern und Terrassentüren: „Die meisten Täter geben auf, " +
        "wenn sie nach zwei Minuten nicht drin sind.“",
    ],
    quotes: [
      ["Wir sind sehr erleichtert, dass wir diese Serie beenden konnten", "Bernhard Kolb"],
      ["Wir prüfen derzeit, ob die beiden Teil einer größeren Gruppe sind", "Carola Wendl"],
      ["Die haben den Ring meiner Mutter mitgenommen. Der ist unersetzlich", "Rosemarie F."],
      [
        "Die meisten Täter geben auf, wenn sie nach zwei Minuten nicht drin sind.",
        "Ein Beamter der Kriminalpolizeilichen Beratungsstelle",
      ],
    ],
  },
  {
    name: "WAZ, Stahl: Betriebsrat im Titel, schrieb in einem Brief, warf … vor, zeigte sich „…“",
    headline: "Nordstahl streicht 2000 Stellen in Duisburg – Betriebsrat: „Ein schwarzer Tag“",
    paragraphs: [
      "Der Stahlkonzern Nordstahl will an seinem Standort in Duisburg-Hamborn bis 2028 rund 2000 " +
        "Arbeitsplätze abbauen. Das kündigte das Unternehmen am Donnerstag an. Ein Hochofen soll " +
        "stillgelegt werden.",
      "„Das ist ein schwarzer Tag für Duisburg und für das ganze Revier“, sagte Betriebsratschef Murat " +
        "Yıldız vor dem Werkstor. Die Belegschaft werde „um jeden einzelnen Arbeitsplatz kämpfen“.",
      "Vorstandschef Thomas Ebert begründete den Schritt mit hohen Energiepreisen und billigem Stahl " +
        "aus Asien. „Wir können nicht länger Anlagen betreiben, die dauerhaft Verluste schreiben“, " +
        "schrieb Ebert in einem Brief an die Beschäftigten. Betriebsbedingte Kündigungen wolle man " +
        "„soweit wie möglich“ vermeiden.",
      "Die IG Metall kündigte Widerstand an. Bezirksleiterin Sandra Opitz warf dem Vorstand vor, „die " +
        "Zukunft des Standorts für die Rendite zu opfern“. Für kommende Woche sind Protestaktionen " +
        "geplant.",
      "Duisburgs Oberbürgermeister Jens Kampmann (SPD) zeigte sich „fassungslos“. „Wir haben dem " +
        "Unternehmen Flächen und Fördermittel für die Umstellung auf grünen Stahl besorgt. Und jetzt " +
        "das“, sagte er der WAZ.",
      "Unter den Stahlarbeitern herrscht Wut. „Mein Vater hat hier gearbeitet, mein Großvater auch“, " +
        "sagt ein 45-jähriger Schichtarbeiter, der seinen Namen nicht in der Zeitung lesen möchte. „Ich " +
        "weiß nicht, was ich sonst machen soll.“",
    ],
    quotes: [
      ["Ein schwarzer Tag", "Murat Yıldız"],
      ["Das ist ein schwarzer Tag für Duisburg und für das ganze Revier", "Murat Yıldız"],
      ["um jeden einzelnen Arbeitsplatz kämpfen", "Murat Yıldız"],
      ["Wir können nicht länger Anlagen betreiben, die dauerhaft Verluste schreiben", "Thomas Ebert"],
      ["soweit wie möglich", "Thomas Ebert"],
      ["die Zukunft des Standorts für die Rendite zu opfern", "Sandra Opitz"],
      ["fassungslos", "Jens Kampmann"],
      [
        "Wir haben dem Unternehmen Flächen und Fördermittel für die Umstellung auf grünen Stahl besorgt. " +
          "Und jetzt das",
        "Jens Kampmann",
      ],
      ["Mein Vater hat hier gearbeitet, mein Großvater auch", "ein 45-jähriger Schichtarbeiter"],
      ["Ich weiß nicht, was ich sonst machen soll.", "ein 45-jähriger Schichtarbeiter"],
    ],
  },
]);
