// A thirty-seventh round of composed German news articles, in the styles of outlets and beats the first
// thirty-six rounds (articles.de to articles36.de) did not use: Einsiedler Anzeiger (Switzerland, sport, «…»
// and no ß: a home win at the Einsiedeln ski jumps, the headline quote in the body, a continuation with no
// verb, the coach after a colon and by his age, two unrelated jumpers sharing a surname, a Norwegian's
// fragment, the organising committee's president with two fragments, a banner), Andelfinger Zeitung
// (Switzerland, local politics, «…» and no ß: Flaach's assembly rejects a new fire station, a standfirst
// fragment that differs from the body quote, the fire chief after a colon, the audit committee's fragment,
// its president with „doppelte nach“, an unnamed voter and an unnamed mother, a quote split by „sagt er“),
// Weststeirische Rundschau (Austria, disasters: a landslide in Schwanberg, „erzählt“ then „sagt die
// 67-Jährige“, the mayor in Konjunktiv then quoted, an unnamed provincial geologist's fragment, a
// meteorologist with „spricht von“, mother and son sharing a surname, the province's statement with „heißt
// es“), Kirche bunt (Austria, religion: new bells for Ybbsitz, the headline quote in the body, a parish
// priest with title, a fundraising motto, a dean's fragment, an unnamed farmer after a colon, the diocesan
// building office with „heißt es dort“, a quote standing alone after „Der Pfarrer hat es gehört.“),
// Südtiroler Landwirt (South Tyrol, agriculture: a wolf kills sheep in Ulten, the standfirst fragment by
// name, a continuation standing alone, father and son sharing a surname, the wildlife office with „teilte …
// mit“, a provincial minister with „so der Landesrat“, an unnamed farmer's wife), forum (Luxembourg,
// education, »…«: learning to read in French, the standfirst fragment repeated in the body, words mentioned
// in marks, a study leader with title after a colon, a union president with „warnt:“, a mother with no verb,
// an unnamed father, the ministry with „spricht man von“, a quote split by „sagt die Lehrerin“), 1FLTV
// (Liechtenstein, courts, «…» and no ß: a former trustee jailed, the judge's fragment and quote, the unnamed
// defendant in Konjunktiv then quoted, the prosecutor, the defence lawyer, the victims' lawyer after a
// colon, the financial market authority's fragment), Vogtland-Anzeiger (Saxony, science: an earthquake
// swarm, the headline quote in the body, a professor with title, Konjunktiv then a continuation, a pensioner
// after a colon, the state office by a kind noun with „heißt es in einer Mitteilung“, a Czech seismologist's
// fragment, a mayor with „sagt er“ and a continuation), Backnanger Kreiszeitung (Baden-Württemberg, police:
// break-ins at allotments, a headline fragment of a longer body quote, the police spokesman with „so
// Wenzel“, an unnamed tenant with a split quote, father and son sharing a surname, an advice series' name,
// the head of the public order office) and Borkener Zeitung (Münsterland, business: a weaving mill closes,
// the company's statement, two unrelated people sharing a surname, Konjunktiv then a continuation, a union
// secretary, an unnamed weaver after a colon, the mayor's fragment, a textile association's chief). Every
// article was written for these tests, blind, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Einsiedler Anzeiger, Schweiz, Sport, «…» ohne ß: Überschriftszitat im Text, Fortsetzung ohne " +
      "Verb im nächsten Absatz, Trainer mit Doppelpunkt und „sagt der 44-Jährige“, zwei nicht " +
      "verwandte Springer mit gleichem Nachnamen, Teilzitat eines Norwegers, OK-Präsidentin mit zwei " +
      "Teilzitaten, Fan-Transparent",
    todo: "«idealen Bedingungen» goes to Noah Kälin, not Sindre Haugen",
    headline: "«Ich habe mir diesen Sprung seit Jahren vorgestellt»: Heimsieg für Jonas Kälin",
    standfirst:
      "Der 21-jährige Einsiedler gewinnt das Continental-Cup-Springen auf der eigenen Schanze – vor so " +
      "vielen Zuschauern wie noch nie.",
    paragraphs: [
      "Einsiedeln. Als die Weite auf der Anzeigetafel erschien, wurde es auf der Tribüne für einen " +
        "Moment still, dann brach der Jubel los. 128 Meter, Schanzenrekord. Jonas Kälin hat am Samstag " +
        "das Continental-Cup-Springen auf seiner Heimschanze gewonnen. «Ich habe mir diesen Sprung seit " +
        "Jahren vorgestellt», sagte er im Auslauf, noch mit den Ski an den Füssen.",
      "Dabei lag Kälin nach dem ersten Durchgang nur auf Rang vier. «Der erste Sprung war zu brav, ich " +
        "war oben viel zu verkrampft.»",
      "Sein Trainer im regionalen Leistungszentrum, Beat Zehnder, gab ihm in der Pause nur einen Satz " +
        "mit auf den Weg: «Spring, wie du im Training springst.» Das habe offenbar gewirkt, sagt der " +
        "44-Jährige. «Im zweiten Durchgang hat man den alten Jonas gesehen.»",
      "Zweiter wurde der Norweger Sindre Haugen, der nach dem Wettkampf von «idealen Bedingungen» " +
        "sprach. Auf Rang drei sprang Noah Kälin aus Trachslau, mit dem Sieger weder verwandt noch " +
        "verschwägert. «In Einsiedeln gibt es halt viele Kälins», sagte der 19-Jährige und lachte.",
      "Rund 2400 Zuschauerinnen und Zuschauer verfolgten das Springen, laut Organisationskomitee so " +
        "viele wie noch nie bei einem Continental Cup in Einsiedeln. OK-Präsidentin Daniela Ochsner " +
        "sprach von einem «Volksfest». Das Wetter habe mitgespielt, und der Heimsieg sei «das Tüpfelchen " +
        "auf dem i».",
      "Im Zielraum schwenkten Kälins Kollegen vom Skiclub Einsiedeln ein Transparent mit der " +
        "Aufschrift «Jonas, flieg!». Seine Eltern standen etwas abseits, die Mutter mit Tränen in den " +
        "Augen.",
      "Für Kälin geht es nun nach Engelberg, wo er im Dezember auf einen ersten Einsatz im Weltcup " +
        "hofft. Der Entscheid liege bei Swiss-Ski, sagt er. «Ich kann nur springen. Den Rest müssen " +
        "andere entscheiden.»",
    ],
    quotes: [
      ["Ich habe mir diesen Sprung seit Jahren vorgestellt", "Jonas Kälin"],
      ["Der erste Sprung war zu brav, ich war oben viel zu verkrampft.", "Jonas Kälin"],
      ["Spring, wie du im Training springst.", "Beat Zehnder"],
      ["Im zweiten Durchgang hat man den alten Jonas gesehen.", "Beat Zehnder"],
      ["idealen Bedingungen", "Sindre Haugen"],
      ["In Einsiedeln gibt es halt viele Kälins", "Noah Kälin"],
      ["Volksfest", "Daniela Ochsner"],
      ["das Tüpfelchen auf dem i", "Daniela Ochsner"],
      ["Ich kann nur springen. Den Rest müssen andere entscheiden.", "Jonas Kälin"],
    ],
  },
  {
    name:
      "Andelfinger Zeitung, Schweiz, Gemeindepolitik, «…» ohne ß: Vorspann-Teilzitat weicht vom " +
      "Textzitat ab, Feuerwehrkommandant mit Doppelpunkt, Kommission als Sprecherin eines Teilzitats, " +
      "Präsident mit „doppelte nach“ und eigenem Satz, ungenannter Stimmbürger und ungenannte Mutter, " +
      "Zitat geteilt um „sagt er“",
    todo:
      "«überdimensioniert» goes to Reto Meier, not Rechnungsprüfungskommission; «Irgendwann ist " +
      "einfach fertig mit Ausgeben» goes to Hansjörg Wipf, not Ein älterer Stimmbürger; «Wir rücken " +
      "weiter aus, wie immer» goes to Kommandant Meier, not Reto Meier; «Nur halt mit eingezogenem " +
      "Bauch, wenn wir an …» goes to Kommandant Meier, not Reto Meier",
    headline: "Flaach sagt Nein zum neuen Feuerwehrdepot",
    standfirst:
      "Die Gemeindeversammlung lehnt den Kredit über 4,2 Millionen Franken deutlich ab. " +
      "Gemeindepräsident Markus Spühler zeigt sich «enttäuscht, aber nicht überrascht».",
    paragraphs: [
      "Flaach. 187 Stimmberechtigte waren am Montagabend in die Mehrzweckhalle gekommen, so viele wie " +
        "seit Jahren nicht mehr. Nach fast zwei Stunden Debatte war das Resultat deutlich: Mit 119 zu 64 " +
        "Stimmen lehnte die Gemeindeversammlung den Baukredit für ein neues Feuerwehrdepot ab. «Wir sind " +
        "enttäuscht, aber nicht überrascht», sagte Gemeindepräsident Markus Spühler (SVP) nach der " +
        "Versammlung.",
      "Das heutige Depot an der Dorfstrasse stammt aus dem Jahr 1962. Die Fahrzeuge passen nur knapp " +
        "hinein, Garderoben für Frauen fehlen ganz. Feuerwehrkommandant Reto Meier hatte vor der " +
        "Abstimmung eindringlich für das Projekt geworben: «Wir arbeiten in einem Gebäude, das für eine " +
        "ganz andere Feuerwehr gebaut wurde.»",
      "Die Gegner störten sich vor allem an den Kosten. Die Rechnungsprüfungskommission (RPK) hatte " +
        "das Projekt im Vorfeld als «überdimensioniert» bezeichnet. Ihr Präsident Hansjörg Wipf doppelte " +
        "an der Versammlung nach. «Niemand ist gegen die Feuerwehr. Aber 4,2 Millionen für eine Gemeinde " +
        "mit 1400 Einwohnern sind schlicht zu viel.»",
      "Ein älterer Stimmbürger erinnerte daran, dass Flaach erst vor drei Jahren das Schulhaus saniert " +
        "habe. «Irgendwann ist einfach fertig mit Ausgeben», rief er unter Applaus.",
      "Andere sahen das anders. Eine junge Mutter, selber seit fünf Jahren in der Feuerwehr, wandte " +
        "sich direkt an den Saal: «Wollt ihr warten, bis es bei euch brennt?»",
      "Wie es weitergeht, ist offen. Der Gemeinderat will das Projekt überarbeiten und in einem Jahr " +
        "eine günstigere Variante vorlegen. Auch eine engere Zusammenarbeit mit der Feuerwehr Berg am " +
        "Irchel sei denkbar, sagte Spühler.",
      "Kommandant Meier nimmt den Entscheid sportlich. «Wir rücken weiter aus, wie immer», sagt er. " +
        "«Nur halt mit eingezogenem Bauch, wenn wir an den Fahrzeugen vorbeigehen.»",
    ],
    quotes: [
      ["enttäuscht, aber nicht überrascht", "Markus Spühler"],
      ["Wir sind enttäuscht, aber nicht überrascht", "Markus Spühler"],
      ["Wir arbeiten in einem Gebäude, das für eine ganz andere Feuerwehr gebaut wurde.", "Reto Meier"],
      ["überdimensioniert", "Rechnungsprüfungskommission"],
      [
        "Niemand ist gegen die Feuerwehr. Aber 4,2 Millionen für eine Gemeinde mit 1400 Einwohnern " +
          "sind schlicht zu viel.",
        "Hansjörg Wipf",
      ],
      ["Irgendwann ist einfach fertig mit Ausgeben", "Ein älterer Stimmbürger"],
      ["Wollt ihr warten, bis es bei euch brennt?", "Eine junge Mutter"],
      ["Wir rücken weiter aus, wie immer", "Reto Meier"],
      ["Nur halt mit eingezogenem Bauch, wenn wir an den Fahrzeugen vorbeigehen.", "Reto Meier"],
    ],
  },
  {
    name:
      "Weststeirische Rundschau, Österreich, Unwetter: „erzählt“ dann „sagt die 67-Jährige“, " +
      "Bürgermeister im Konjunktiv dann zitiert, ungenannter Landesgeologe mit Teilzitat, Meteorologin " +
      "mit „spricht von“, Mutter und Sohn mit gleichem Nachnamen, Aussendung des Landes mit „heißt es“",
    todo: "«rasch und unbürokratisch» goes to Steiermark, not Land Steiermark",
    headline: "Hangrutsch in Schwanberg: Drei Familien können nicht zurück",
    paragraphs: [
      "Schwanberg. Nach den heftigen Regenfällen des Wochenendes ist in der Nacht auf Montag oberhalb " +
        "des Ortszentrums ein Hang ins Rutschen geraten. Drei Wohnhäuser mussten evakuiert werden. „Um " +
        "halb drei hat es gekracht, als ob jemand eine Tür eintritt“, erzählt Anneliese Koch, deren Haus " +
        "nur wenige Meter von der Abbruchkante entfernt steht.",
      "Die Familie verbrachte die Nacht bei Nachbarn. Ob sie jemals in ihr Haus zurückkann, weiß " +
        "derzeit niemand. „Wir haben alles da drinnen. Die Fotos, die Papiere, einfach alles“, sagt die " +
        "67-Jährige.",
      "Bürgermeister Karlheinz Schuster (ÖVP) war noch in der Nacht vor Ort. Die Gemeinde habe den " +
        "Katastrophenfall ausgerufen, sagte er der Rundschau. „Die Sicherheit der Menschen geht vor, " +
        "alles andere regeln wir danach.“ Für die betroffenen Familien seien Ersatzquartiere " +
        "organisiert.",
      "Ein Geologe des Landes Steiermark hat den Hang am Montag begutachtet. Der Untergrund sei " +
        "„komplett durchnässt“, die Bewegung noch nicht zum Stillstand gekommen. Vor Mittwoch dürfe " +
        "niemand die Häuser betreten.",
      "Laut GeoSphere Austria fielen in der Region zwischen Freitag und Sonntag mehr als 150 Liter " +
        "Regen pro Quadratmeter, so viel wie sonst in zwei Monaten. Meteorologin Sandra Pichler spricht " +
        "von einer „Wetterlage, wie wir sie im Süden Österreichs leider immer öfter sehen“.",
      "Die Freiwillige Feuerwehr Schwanberg stand mit 40 Mitgliedern im Einsatz. „Wir haben Sandsäcke " +
        "gelegt, Keller ausgepumpt und Leute geholt, die nicht gehen wollten“, sagt Kommandant Florian " +
        "Koch. Eine davon war seine eigene Mutter. „Sie wollte zuerst noch die Katze finden“, sagt er.",
      "Das Land hat bereits Mittel aus dem Katastrophenfonds zugesagt. In einer Aussendung des Landes " +
        "Steiermark heißt es, man werde den Betroffenen „rasch und unbürokratisch“ helfen.",
    ],
    quotes: [
      ["Um halb drei hat es gekracht, als ob jemand eine Tür eintritt", "Anneliese Koch"],
      ["Wir haben alles da drinnen. Die Fotos, die Papiere, einfach alles", "Anneliese Koch"],
      ["Die Sicherheit der Menschen geht vor, alles andere regeln wir danach.", "Karlheinz Schuster"],
      ["komplett durchnässt", "Ein Geologe des Landes Steiermark"],
      ["Wetterlage, wie wir sie im Süden Österreichs leider immer öfter sehen", "Sandra Pichler"],
      [
        "Wir haben Sandsäcke gelegt, Keller ausgepumpt und Leute geholt, die nicht gehen wollten",
        "Florian Koch",
      ],
      ["Sie wollte zuerst noch die Katze finden", "Florian Koch"],
      ["rasch und unbürokratisch", "Land Steiermark"],
    ],
  },
  {
    name:
      "Kirche bunt, Österreich, Religion: Überschriftszitat im Text, Pfarrer mit Titel, Konjunktiv " +
      "dann Fortsetzung, Spendenmotto, Dechant mit Teilzitat, ungenannter Bauer mit Doppelpunkt, " +
      "Bauamt der Diözese mit „heißt es dort“, „Der Pfarrer hat es gehört.“ vor einem Zitat allein",
    todo:
      "«Zeichen, dass der Glaube am Land lebt» goes to Stefan Hollaus, not Franz Hinterleitner; " +
      "«schwingungstechnisch auf dem neuesten Stand» goes to Ein Bauer aus der Nachbarschaft, not " +
      "Bauamt der Diözese St. Pölten",
    headline: "„Die Glocken sind das Herz des Dorfes“: Ybbsitz läutet wieder",
    paragraphs: [
      "Ybbsitz. Drei Jahre lang schwieg der Turm der Pfarrkirche. Die große Marienglocke hatte einen " +
        "Sprung, die beiden kleineren mussten aus Sicherheitsgründen stillgelegt werden. Am Sonntag " +
        "wurden die drei neuen Glocken geweiht. „Die Glocken sind das Herz des Dorfes“, sagte Pfarrer " +
        "Mag. Stefan Hollaus in seiner Predigt.",
      "Der Pfarrer erinnerte auch an die Geschichte des Geläuts: Im Zweiten Weltkrieg seien die " +
        "Glocken abgeliefert und eingeschmolzen worden, erst 1950 habe die Pfarre wieder ein volles " +
        "Geläut gehabt. „Dass wir heute neue weihen dürfen, ist ein Geschenk.“",
      "Möglich gemacht haben das vor allem die Ybbsitzerinnen und Ybbsitzer. Rund 180.000 Euro " +
        "kosteten Guss, Glockenstuhl und Läutwerk, mehr als die Hälfte kam unter dem Motto „Ybbsitz " +
        "läutet wieder“ aus Spenden zusammen. Organisiert hat die Sammlung Theresia Aigner vom " +
        "Pfarrgemeinderat. „Manche haben zehn Euro gegeben, manche zehntausend. Jede Spende war gleich " +
        "viel wert“, sagt sie.",
      "Geweiht wurden die Glocken von Dechant Franz Hinterleitner. Er nannte die gemeinsame Aktion ein " +
        "„Zeichen, dass der Glaube am Land lebt“.",
      "Ein Bauer aus der Nachbarschaft, der das Läuten seit über 70 Jahren hört, hatte Tränen in den " +
        "Augen: „Wie die erste Glocke geläutet hat, war ich wieder ein Bub.“",
      "Das Bauamt der Diözese St. Pölten hat das Projekt fachlich begleitet. Der neue Glockenstuhl aus " +
        "Eichenholz sei „schwingungstechnisch auf dem neuesten Stand“, heißt es dort. Der alte " +
        "Stahlstuhl habe den Turm über Jahrzehnte belastet.",
      "Für Theresia Aigner ist die Arbeit damit getan, zumindest vorläufig. „Jetzt fehlt uns nur noch " +
        "eine neue Orgel“, sagt sie und lacht. Der Pfarrer hat es gehört.",
      "„Darüber reden wir in drei Jahren.“",
    ],
    quotes: [
      ["Die Glocken sind das Herz des Dorfes", "Stefan Hollaus"],
      ["Dass wir heute neue weihen dürfen, ist ein Geschenk.", "Stefan Hollaus"],
      [
        "Manche haben zehn Euro gegeben, manche zehntausend. Jede Spende war gleich viel wert",
        "Theresia Aigner",
      ],
      ["Zeichen, dass der Glaube am Land lebt", "Franz Hinterleitner"],
      ["Wie die erste Glocke geläutet hat, war ich wieder ein Bub.", "Ein Bauer aus der Nachbarschaft"],
      ["schwingungstechnisch auf dem neuesten Stand", "Bauamt der Diözese St. Pölten"],
      ["Jetzt fehlt uns nur noch eine neue Orgel", "Theresia Aigner"],
      ["Darüber reden wir in drei Jahren.", "Stefan Hollaus"],
    ],
  },
  {
    name:
      "Südtiroler Landwirt, Südtirol, Landwirtschaft: Vorspann-Teilzitat mit Namen, „sagt der Bauer " +
      "aus St. Walburg“, Fortsetzung allein, Vater und Sohn mit gleichem Nachnamen, Sohn mit " +
      "Doppelpunkt, Bezirksobmann mit zwei Zitaten, Amt mit „teilte … mit“, Landesrat mit „so der " +
      "Landesrat“, ungenannte Bäuerin",
    todo:
      "«an strenge Voraussetzungen gebunden» goes to der Landesregierung, not Amt für " +
      "Wildtiermanagement",
    headline: "Wolf reißt elf Schafe auf der Alm in Ulten",
    standfirst:
      "Die Bauern im Ultental fordern rasches Handeln. Bauernbund-Bezirksobmann Josef Gruber spricht " +
      "von einer „untragbaren Situation“.",
    paragraphs: [
      "Ulten. Als Martin Schwienbacher am Donnerstagmorgen zu seiner Herde auf die Alm oberhalb von " +
        "Kuppelwies stieg, fand er elf tote und sieben schwer verletzte Schafe. „So etwas habe ich in 40 " +
        "Jahren nicht gesehen“, sagt der Bauer aus St. Walburg.",
      "Der Amtstierarzt bestätigte noch am selben Tag, dass die Tiere von einem Wolf gerissen wurden. " +
        "Schwienbacher hat die restlichen Schafe ins Tal geholt.",
      "„Für heuer ist die Almsaison für mich vorbei.“",
      "Herdenschutz sei auf der steilen Alm kaum möglich, betont er. Zäune müssten über Felsen und " +
        "durch Latschen gezogen werden. Sein Sohn Lukas Schwienbacher, der den Hof einmal übernehmen " +
        "will, sieht das genauso: „Wer hier einen Zaun bauen will, soll es uns vormachen.“",
      "Der Südtiroler Bauernbund fordert seit Langem, dass Problemwölfe rascher entnommen werden " +
        "dürfen. „Die Situation ist untragbar“, sagt Bezirksobmann Josef Gruber. „Wir reden seit Jahren, " +
        "und jedes Jahr sterben mehr Tiere.“",
      "Beim Amt für Wildtiermanagement verweist man auf die geltenden Bestimmungen. Eine Entnahme " +
        "müsse von der Landesregierung verfügt werden und sei „an strenge Voraussetzungen gebunden“, " +
        "teilte das Amt auf Anfrage mit.",
      "Landesrat Thomas Pircher hat ein Gutachten zu dem Fall in Auftrag gegeben. „Wenn die " +
        "Voraussetzungen erfüllt sind, werden wir handeln“, so der Landesrat.",
      "Auf den Ultner Höfen ist die Stimmung gedrückt. Eine Bäuerin aus Kuppelwies, die ebenfalls " +
        "Schafe auf der Alm hat, sagt: „Man schläft nicht mehr ruhig, wenn die Tiere oben sind.“",
    ],
    quotes: [
      ["untragbaren Situation", "Josef Gruber"],
      ["So etwas habe ich in 40 Jahren nicht gesehen", "Martin Schwienbacher"],
      ["Für heuer ist die Almsaison für mich vorbei.", "Martin Schwienbacher"],
      ["Wer hier einen Zaun bauen will, soll es uns vormachen.", "Lukas Schwienbacher"],
      ["Die Situation ist untragbar", "Josef Gruber"],
      ["Wir reden seit Jahren, und jedes Jahr sterben mehr Tiere.", "Josef Gruber"],
      ["an strenge Voraussetzungen gebunden", "Amt für Wildtiermanagement"],
      ["Wenn die Voraussetzungen erfüllt sind, werden wir handeln", "Thomas Pircher"],
      ["Man schläft nicht mehr ruhig, wenn die Tiere oben sind.", "Eine Bäuerin aus Kuppelwies"],
    ],
  },
  {
    name:
      "forum, Luxemburg, Bildung, »…«: Vorspann-Teilzitat im Text wiederholt und dem Forschungszentrum " +
      "zugeschrieben, erwähnte Wörter in Zeichen, Studienleiterin mit Titel und Doppelpunkt, " +
      "Gewerkschafter mit „warnt:“, Mutter ohne Verb, ungenannter Vater, Ministerium mit „spricht man " +
      "von“, Zitat geteilt um „sagt die Lehrerin“",
    todo:
      "«vorsichtig positiv» not found; «Ich kann ihr endlich bei den Hausaufgaben helfen.» goes to " +
      "Ein Vater aus Esch, not Ana Ferreira",
    headline: "Lesen lernen auf Französisch: Was die ersten Zahlen zeigen",
    standfirst:
      "Seit zwei Jahren können Grundschulkinder in Luxemburg auf Französisch alphabetisiert werden. " +
      "Die Zwischenbilanz fällt »vorsichtig positiv« aus.",
    paragraphs: [
      "Im Klassenzimmer der Grundschule in Differdingen hängt das Alphabet zweimal an der Wand: einmal " +
        "mit »Apfel«, einmal mit »pomme«. Sophie Wagner unterrichtet hier seit elf Jahren, seit 2023 in " +
        "einer der Klassen, in denen die Kinder zuerst auf Französisch lesen lernen. »Für viele meiner " +
        "Kinder ist Französisch näher an dem, was sie zu Hause sprechen«, sagt sie.",
      "In Differdingen sprechen mehr als zwei Drittel der Grundschulkinder zu Hause weder " +
        "Luxemburgisch noch Deutsch, sondern vor allem Portugiesisch oder Französisch. Für sie war die " +
        "Alphabetisierung auf Deutsch lange eine zusätzliche Hürde.",
      "Das Luxembourg Centre for Educational Testing (LUCET) der Universität Luxemburg hat die ersten " +
        "Jahrgänge wissenschaftlich begleitet. In seinem Zwischenbericht bewertet das LUCET die " +
        "Ergebnisse als »vorsichtig positiv«.",
      "Studienleiterin Dr. Nathalie Schmitz-Hoffmann formuliert es zurückhaltend: »Die Kinder lesen am " +
        "Ende des zweiten Schuljahres nicht schlechter. Ob sie besser lesen, können wir noch nicht " +
        "sagen.« Entscheidend werde sein, wie der spätere Übergang zum Deutschen gelinge.",
      "Genau dort sieht die Lehrergewerkschaft SEW/OGBL das Problem. Ihr Präsident Marc Thill warnt: " +
        "»Wir dürfen nicht in zwei Schulsysteme unter einem Dach hineinrutschen.«",
      "Die Eltern haben gemischte Gefühle. Ana Ferreira, deren Tochter eine der französischen Klassen " +
        "besucht, ist zufrieden. »Ich kann ihr endlich bei den Hausaufgaben helfen.« Ein Vater aus Esch, " +
        "dessen Sohn auf Deutsch lesen lernt, sieht es anders: »Im Lycée braucht er später doch Deutsch. " +
        "Warum also nicht gleich?«",
      "Im Bildungsministerium spricht man von einem »Angebot, keiner Pflicht«. Ab dem kommenden " +
        "Schuljahr soll das Programm auf 20 weitere Schulen ausgeweitet werden.",
      "Sophie Wagner hofft, dass die Debatte nicht ideologisch geführt wird. »Am Ende zählt nur, ob " +
        "ein Kind lesen kann«, sagt die Lehrerin, »in welcher Sprache auch immer.«",
    ],
    quotes: [
      ["vorsichtig positiv", "Luxembourg Centre for Educational Testing"],
      ["Für viele meiner Kinder ist Französisch näher an dem, was sie zu Hause sprechen", "Sophie Wagner"],
      [
        "Die Kinder lesen am Ende des zweiten Schuljahres nicht schlechter. Ob sie besser lesen, " +
          "können wir noch nicht sagen.",
        "Nathalie Schmitz-Hoffmann",
      ],
      ["Wir dürfen nicht in zwei Schulsysteme unter einem Dach hineinrutschen.", "Marc Thill"],
      ["Ich kann ihr endlich bei den Hausaufgaben helfen.", "Ana Ferreira"],
      ["Im Lycée braucht er später doch Deutsch. Warum also nicht gleich?", "Ein Vater aus Esch"],
      ["Angebot, keiner Pflicht", "Bildungsministerium"],
      ["Am Ende zählt nur, ob ein Kind lesen kann", "Sophie Wagner"],
      ["in welcher Sprache auch immer.", "Sophie Wagner"],
    ],
  },
  {
    name:
      "1FLTV, Liechtenstein, Gericht, «…» ohne ß: Richter mit Teilzitat und Zitat, ungenannter " +
      "Angeklagter im Konjunktiv dann zitiert, Staatsanwältin mit „sagte sie“, Verteidiger mit „sagte " +
      "Nigg gegenüber 1FLTV“, Vertreter der Geschädigten mit Doppelpunkt, Finanzmarktaufsicht mit " +
      "Teilzitat",
    todo:
      "«Ich wollte alles zurückzahlen. Ich habe mir s…» goes to Andreas Batliner, not Der " +
      "Angeklagte; «umgehend gehandelt» goes to Die Finanzmarktaufsicht, not Finanzmarktaufsicht",
    headline: "Ex-Treuhänder muss für dreieinhalb Jahre ins Gefängnis",
    paragraphs: [
      "Vaduz. Das Kriminalgericht hat am Dienstag einen 58-jährigen ehemaligen Treuhänder aus dem " +
        "Unterland wegen Veruntreuung zu dreieinhalb Jahren Freiheitsstrafe verurteilt. Der Mann hatte " +
        "über Jahre rund 6,8 Millionen Franken aus Stiftungen abgezweigt, die er verwaltete. Das Urteil " +
        "ist nicht rechtskräftig.",
      "Der vorsitzende Richter Andreas Batliner sprach in der Urteilsbegründung von einem «massiven " +
        "Vertrauensbruch». «Sie haben das Geld von Menschen genommen, die Ihnen ihr Lebenswerk " +
        "anvertraut haben», sagte er zum Angeklagten.",
      "Der Angeklagte hatte die Taten im Wesentlichen gestanden. Er habe Löcher stopfen wollen, die " +
        "durch Fehlinvestitionen entstanden seien, sagte er in seinem Schlusswort. «Ich wollte alles " +
        "zurückzahlen. Ich habe mir selber etwas vorgemacht.»",
      "Staatsanwältin Corinne Hasler hatte fünf Jahre gefordert. Der Schaden für den Finanzplatz sei " +
        "«kaum zu beziffern», sagte sie in ihrem Plädoyer.",
      "Verteidiger Thomas Nigg kündigte nach dem Urteil Berufung an. «Das Gericht hat die Reue meines " +
        "Mandanten zu wenig gewichtet», sagte Nigg gegenüber 1FLTV.",
      "Unter den Geschädigten ist eine Familienstiftung aus Deutschland, die fast die Hälfte ihres " +
        "Vermögens verloren hat. Ihr Vertreter, der Zürcher Anwalt Daniel Wyss, zeigte sich erleichtert: " +
        "«Das Urteil ist ein Signal. Wiedersehen werden wir das Geld trotzdem kaum.»",
      "Die Finanzmarktaufsicht (FMA) hatte dem Mann bereits 2022 die Bewilligung entzogen. Der Fall " +
        "zeige, dass die Aufsicht funktioniere, teilte die FMA mit. Man habe «umgehend gehandelt», als " +
        "erste Hinweise eingegangen seien.",
    ],
    quotes: [
      ["massiven Vertrauensbruch", "Andreas Batliner"],
      [
        "Sie haben das Geld von Menschen genommen, die Ihnen ihr Lebenswerk anvertraut haben",
        "Andreas Batliner",
      ],
      ["Ich wollte alles zurückzahlen. Ich habe mir selber etwas vorgemacht.", "Der Angeklagte"],
      ["kaum zu beziffern", "Corinne Hasler"],
      ["Das Gericht hat die Reue meines Mandanten zu wenig gewichtet", "Thomas Nigg"],
      ["Das Urteil ist ein Signal. Wiedersehen werden wir das Geld trotzdem kaum.", "Daniel Wyss"],
      ["umgehend gehandelt", "Finanzmarktaufsicht"],
    ],
  },
  {
    name:
      "Vogtland-Anzeiger, Wissenschaft: Überschriftszitat im Text, Professorin mit Titel, Konjunktiv " +
      "dann Fortsetzung, Rentnerin mit Doppelpunkt, Landesamt mit „heißt es in einer Mitteilung“, " +
      "tschechischer Seismologe mit Teilzitat, Bürgermeister mit „sagt er“ und Fortsetzung, „sagt die " +
      "Geophysikerin“",
    todo:
      "«nicht ausgeschlossen» goes to Kleinere Risse, not Das Sächsische Landesamt für Umwelt, " +
      "Landwirtschaft und Geologie; «Wir können nur messen, verstehen und die Mens…» goes to die " +
      "Geophysikerin, not Katrin Lehmann",
    headline: "Schwarmbeben im Vogtland: „Die Erde atmet hier“",
    paragraphs: [
      "Bad Brambach. Gläser klirrten in den Schränken, in Schönberg wachten Anwohner nachts auf: Seit " +
        "Sonntag erschüttert ein Schwarmbeben das obere Vogtland. Das Sächsische Landesamt für Umwelt, " +
        "Landwirtschaft und Geologie (LfULG) registrierte bis Mittwoch mehr als 1200 Erdstöße, der " +
        "stärkste erreichte eine Magnitude von 3,4.",
      "Für Seismologen ist das keine Überraschung. „Die Erde atmet hier“, sagt Prof. Dr. Katrin " +
        "Lehmann vom Institut für Geophysik und Geoinformatik der TU Bergakademie Freiberg. Unter dem " +
        "Vogtland und dem angrenzenden Westböhmen steige Kohlendioxid aus großer Tiefe auf und setze " +
        "Spannungen im Gestein frei. „Das ist eines der aktivsten Bebengebiete Mitteleuropas außerhalb " +
        "der Alpen.“",
      "Für die Bewohner ist es trotzdem beunruhigend. Heidi Rödel aus Schönberg wurde in der Nacht auf " +
        "Montag zweimal geweckt: „Erst dachte ich, ein Lkw fährt vorbei. Dann hat das ganze Haus " +
        "gewackelt.“ Schäden habe sie nicht entdeckt, sagt die Rentnerin.",
      "Das Landesamt betont, dass bei Beben dieser Stärke keine größeren Schäden zu erwarten seien. " +
        "Kleinere Risse im Putz seien jedoch „nicht ausgeschlossen“, heißt es in einer Mitteilung.",
      "Auch auf tschechischer Seite, rund um Nový Kostel, bebt die Erde. Der Seismologe Jan Novák vom " +
        "Geophysikalischen Institut in Prag spricht von einem „typischen Verlauf“. Solche Schwärme " +
        "dauerten meist einige Tage bis Wochen.",
      "Bad Brambachs Bürgermeister Uwe Sommer nimmt es gelassen. Der Kurort lebe schließlich von dem, " +
        "was aus der Tiefe komme, von Radon und Kohlensäure. „Wir haben uns mit der Erde hier ganz gut " +
        "arrangiert“, sagt er. „Ein bisschen Wackeln gehört dazu.“",
      "Lehmann und ihr Team haben in dieser Woche zusätzliche Messstationen aufgestellt. Vorhersagen " +
        "lasse sich ein Schwarm nicht, sagt die Geophysikerin. „Wir können nur messen, verstehen und die " +
        "Menschen informieren.“",
    ],
    quotes: [
      ["Die Erde atmet hier", "Katrin Lehmann"],
      ["Das ist eines der aktivsten Bebengebiete Mitteleuropas außerhalb der Alpen.", "Katrin Lehmann"],
      ["Erst dachte ich, ein Lkw fährt vorbei. Dann hat das ganze Haus gewackelt.", "Heidi Rödel"],
      ["nicht ausgeschlossen", "Das Sächsische Landesamt für Umwelt, Landwirtschaft und Geologie"],
      ["typischen Verlauf", "Jan Novák"],
      ["Wir haben uns mit der Erde hier ganz gut arrangiert", "Uwe Sommer"],
      ["Ein bisschen Wackeln gehört dazu.", "Uwe Sommer"],
      ["Wir können nur messen, verstehen und die Menschen informieren.", "Katrin Lehmann"],
    ],
  },
  {
    name:
      "Backnanger Kreiszeitung, Polizei: Überschriftszitat als anderes Fragment, Polizeisprecher mit " +
      "„so Wenzel“ im Konjunktiv, Vereinsvorsitzender ohne Verb, ungenannte Pächterin mit geteiltem " +
      "Zitat, Teilzitat mit „sagt Wenzel“ in der Satzmitte, Vater und Sohn mit gleichem Nachnamen, " +
      "Name einer Beratungsreihe, Amtsleiterin",
    headline: "„Hier ist nichts zu holen“: Einbruchsserie in Backnanger Gartenanlagen",
    paragraphs: [
      "Backnang. Aufgebrochene Türen, gestohlene Rasenmäher, verwüstete Lauben: In den " +
        "Kleingartenanlagen rund um Backnang ist seit Anfang Oktober in mehr als 30 Gartenhäuser " +
        "eingebrochen worden. Die Polizei geht von einer Serie aus. „Die Vorgehensweise ist in allen " +
        "Fällen sehr ähnlich“, sagt Polizeisprecher Ralf Wenzel vom Polizeipräsidium Aalen.",
      "Die Täter kämen offenbar nachts und suchten gezielt nach Werkzeug, Motorsägen und " +
        "Elektrogeräten, so Wenzel. Festnahmen gebe es bislang keine.",
      "Am schwersten getroffen hat es die Anlage des Kleingärtnervereins in Maubach. Dort wurde in " +
        "einer einzigen Nacht in zwölf Lauben eingebrochen. Vereinsvorsitzender Günter Häußermann ist " +
        "fassungslos. „Wir sind ein Verein von Rentnern und jungen Familien. Hier ist nichts zu holen " +
        "außer ein paar alten Gartengeräten.“",
      "Eine Pächterin, die ihren Namen nicht in der Zeitung lesen möchte, hat ihre Laube vor zwei " +
        "Wochen verwüstet vorgefunden. „Das Geld für den Rasenmäher ist das eine“, sagt sie. „Aber dass " +
        "da jemand in meinen Sachen gewühlt hat, das geht mir nach.“",
      "Im Verein wird inzwischen über Nachtwachen diskutiert. Davon rät die Polizei ab. Man solle sich " +
        "„auf keinen Fall selbst in Gefahr bringen“, sagt Wenzel, sondern Verdächtiges sofort unter 110 " +
        "melden. Das Präsidium verweist zudem auf seine Beratungsreihe „Sicher im Grünen“.",
      "Häußermanns Sohn Jochen Häußermann, der im Verein die Kasse führt, hat inzwischen " +
        "Bewegungsmelder mit Kameras installiert. „Seitdem ist es bei uns ruhig“, sagt er. Ob das an der " +
        "Technik liegt, weiß er nicht.",
      "Die Stadt Backnang, der ein Teil der Flächen gehört, prüft nun eine bessere Beleuchtung der " +
        "Zufahrtswege. „Wir nehmen das sehr ernst“, sagte Ordnungsamtsleiterin Sabine Krauter auf " +
        "Nachfrage.",
    ],
    quotes: [
      ["Hier ist nichts zu holen", "Günter Häußermann"],
      ["Die Vorgehensweise ist in allen Fällen sehr ähnlich", "Ralf Wenzel"],
      [
        "Wir sind ein Verein von Rentnern und jungen Familien. Hier ist nichts zu holen außer ein paar " +
          "alten Gartengeräten.",
        "Günter Häußermann",
      ],
      ["Das Geld für den Rasenmäher ist das eine", "Eine Pächterin"],
      ["Aber dass da jemand in meinen Sachen gewühlt hat, das geht mir nach.", "Eine Pächterin"],
      ["auf keinen Fall selbst in Gefahr bringen", "Ralf Wenzel"],
      ["Seitdem ist es bei uns ruhig", "Jochen Häußermann"],
      ["Wir nehmen das sehr ernst", "Sabine Krauter"],
    ],
  },
  {
    name:
      "Borkener Zeitung, Wirtschaft: Geschäftsführer mit „sagte … vor der Belegschaft“, Mitteilung des " +
      "Unternehmens mit „heißt es“, zwei nicht verwandte Personen mit gleichem Nachnamen, Konjunktiv " +
      "dann Fortsetzung, Gewerkschaftssekretär, ungenannter Weber mit Doppelpunkt, Bürgermeisterin mit " +
      "Teilzitat, Verbandschef mit „sagt“ und Fortsetzung",
    todo:
      "«unter den gegebenen Bedingungen nicht mehr wi…» goes to das Unternehmen die hohen " +
      "Energiekosten, not Weberei Hüsing & Terhorst",
    headline: "Weberei in Weseke schließt: 140 Arbeitsplätze fallen weg",
    paragraphs: [
      "Borken. Nach 96 Jahren ist Schluss: Die Weberei Hüsing & Terhorst stellt zum 31. März die " +
        "Produktion an ihrem Stammsitz im Borkener Ortsteil Weseke ein. 140 Beschäftigte verlieren ihre " +
        "Arbeit. „Das ist der schwerste Tag in meinem Berufsleben“, sagte Geschäftsführer Bernd Terhorst " +
        "am Donnerstag vor der Belegschaft.",
      "Als Gründe nennt das Unternehmen die hohen Energiekosten und die Konkurrenz aus Asien. In einer " +
        "Mitteilung heißt es, die Produktion in Deutschland sei „unter den gegebenen Bedingungen nicht " +
        "mehr wirtschaftlich darstellbar“. Vertrieb und Design sollen mit rund 25 Mitarbeitern in Borken " +
        "bleiben.",
      "Für die Belegschaft kam die Nachricht nicht ganz überraschend. Betriebsratsvorsitzende Marion " +
        "Terhorst, mit dem Geschäftsführer nicht verwandt, spricht dennoch von einem „Schlag ins " +
        "Gesicht“. Noch im Sommer hätten die Beschäftigten auf Lohn verzichtet, um den Standort zu " +
        "sichern. „Viele hier haben ihr ganzes Leben an diesen Webstühlen gestanden.“",
      "Die IG Metall will um einen Sozialplan kämpfen. „Wir erwarten, dass das Unternehmen jetzt " +
        "Verantwortung übernimmt“, sagt Gewerkschaftssekretär Ahmet Yıldız von der IG Metall Bocholt.",
      "Ein Weber, der seit 31 Jahren im Betrieb ist, stand nach der Versammlung rauchend vor dem Tor: " +
        "„Mit 57 findet man nichts mehr. Das weiß hier jeder.“",
      "Bürgermeisterin Annette Wissing zeigte sich betroffen. Die Stadt werde gemeinsam mit der " +
        "Agentur für Arbeit und der Wirtschaftsförderung des Kreises „alles tun, um den Menschen eine " +
        "Perspektive zu geben“, sagte sie.",
      "Der Verband der Nordwestdeutschen Textil- und Bekleidungsindustrie beobachtet die Entwicklung " +
        "mit Sorge. Seit 2020 hätten im Westmünsterland bereits fünf Webereien aufgegeben, sagt " +
        "Hauptgeschäftsführer Klaus Bußmann. „Wenn das so weitergeht, ist das Münsterland als " +
        "Textilregion bald Geschichte.“",
    ],
    quotes: [
      ["Das ist der schwerste Tag in meinem Berufsleben", "Bernd Terhorst"],
      ["unter den gegebenen Bedingungen nicht mehr wirtschaftlich darstellbar", "Weberei Hüsing & Terhorst"],
      ["Schlag ins Gesicht", "Marion Terhorst"],
      ["Viele hier haben ihr ganzes Leben an diesen Webstühlen gestanden.", "Marion Terhorst"],
      ["Wir erwarten, dass das Unternehmen jetzt Verantwortung übernimmt", "Ahmet Yıldız"],
      ["Mit 57 findet man nichts mehr. Das weiß hier jeder.", "Ein Weber"],
      ["alles tun, um den Menschen eine Perspektive zu geben", "Annette Wissing"],
      ["Wenn das so weitergeht, ist das Münsterland als Textilregion bald Geschichte.", "Klaus Bußmann"],
    ],
  },
]);
