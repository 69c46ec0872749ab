// A thirtieth round of composed German news articles, in the styles of outlets and beats the first
// twenty-nine rounds (articles.de to articles29.de) did not use: brand eins (business, with »…« and ›…‹
// inside: a brush maker in Todtnau now making brushes for solar-cleaning robots, the managing director
// quoted in the headline and named only in the body as „die 44-Jährige“, her father sharing her surname
// with „erinnert sich“ and a nested quote, the head of development with „erklärt“, the IHK's fragment with
// „spricht in einer Analyse von“, two men in one paragraph with „warnt Unternehmensberater“ and „hält
// dagegen:“, a closing quote split around „sagt Wehrle-Kaltenbach“, a product's name and a nickname),
// Appenzeller Volksfreund (Switzerland, politics, with «…» and no ß: the Landsgemeinde rejecting voting at
// 16, a cantonal MP quoted in the standfirst as „eine Kantonsrätin“ and named in the body with a quote and
// no verb, the Landammann with „sagte er“, the Landsgemeinde mandate's fragment with „heisst es“, mother and
// daughter sharing a surname in one paragraph with „sagte die 17-jährige“ and „sieht das anders:“, an
// unnamed voter with „meinte“, a hymn's title, closing reported speech with no marks), Kitzbüheler
// Anzeiger (Austria, sport: a local downhiller in the top 15 on the Streif, quoted in the standfirst with
// „gibt er zu“ and named only in the body, „schilderte“ continued with no verb, the coach's inverted
// „meinte ÖSV-Abfahrtstrainer“, two men in one paragraph with „ärgerte sich der 25-Jährige“ and
// „tröstete:“, the organising committee's fragment with „sprach von“, an unnamed neighbour after a colon, a
// course section's name in the headline and a banner), Zeitung vum Lëtzebuerger Vollek (Luxembourg, health:
// waiting months for an MRI scan, the patients' association's fragment in the standfirst, a patient with
// „erzählt die 52-jährige Kassiererin“ and closing with no verb after reported speech, the ministry with
// „heißt es in einer Antwort“, two men in one paragraph with „sagt der Radiologe“ and „geht weiter:“, the
// union's fragment with „Für den OGBL ist“, an unnamed technician with „beschreibt … so:“, a plan's name),
// Davoser Zeitung (Switzerland, science, with «…» and no ß: 88 years of snow measurements on the
// Weissfluhjoch, a snow hydrologist quoted in the headline and named only in the body with a doctor's title,
// the authors with „schreiben“, two men in one paragraph with „ergänzt Mitautor“ and „sieht es gelassen:“,
// the institute's fragment with „Laut SLF“, an unnamed mountain guide with „bestätigt das:“, a closing quote
// split around „sagt Flütsch“, a journal's title and a nickname), Landeszeitung für die Lüneburger Heide
// (education: Low German immersion in a primary school in Bardowick, the teacher quoted in the standfirst as
// „ihre Lehrerin“ and named in the body with a question in Low German before „fragt“ and as „die
// 56-Jährige“, a pupil by first name with a one-word quote, two women in one paragraph with „gibt … zu“ and
// „kann sie beruhigen:“, an unnamed grandfather with „freut sich:“, the head teacher's fragment with
// „spricht von“, a word mentioned in the headline and a nickname), Recklinghäuser Zeitung (crime: a series
// of break-ins in allotment gardens, the association's chairman quoted in the standfirst by his office and
// named in the body as „der 71-Jährige“, the police report's fragment with „Laut“, the police spokesman
// split around „sagt Polizeisprecher“, two women in one paragraph with „sagt …, die seit 30 Jahren“ and „ist
// pragmatischer:“, an unnamed prosecutors' spokeswoman's fragment in reported speech, an association's and a
// campaign's names, closing reported speech with no marks), Schaumburger Nachrichten (courts: a hedge
// dispute ending with a rake, the accused by initial quoted in the headline and with „sagte er“ continued
// with no verb, the prosecutor's fragment with „warf ihm vor“, two men in one paragraph with the neighbour
// „im Zeugenstand“ and the defence's fragment in reported speech after „stellte es anders dar:“, the town's
// letter after „stellte … klar:“, the judge with „sagte sie“, an unnamed neighbour with „seufzte“, the
// hedge's nickname), Cuxhavener Nachrichten (environment: Hamburg's harbour silt dumped off Scharhörn, the
// mayor quoted in the standfirst as „der Oberbürgermeister“ and with a fragment after „kündigte an“ in the
// body, a shrimp fisher with „sagt Behrens“ and closing with no verb, the port authority with „teilte … mit“,
// two men in one paragraph with „warnt“ and „zuckt mit den Schultern:“, a federal institute's report's
// fragment in reported speech, a cutter's and a concept's names) and Der Prignitzer (local life: the storks
// of Rühstädt counted, the stork warden with „erinnert sich der pensionierte Förster“ and a quote over two
// paragraphs closed by „sagt Ebel“, the Nabu visitor centre's fragment with „Nach Zählung“, two women in one
// paragraph with „sagt …, die … betreibt“ and „denkt an die Parkplätze:“, an unnamed cyclist after a colon,
// the village's title and a stork's name, closing reported speech with no marks). Every article was written
// for these tests, blind, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "brand eins, Wirtschaft (mit »…« und ›…‹ innen): Geschäftsführerin in der Überschrift nur " +
      "im Text genannt, Vater mit gleichem Nachnamen mit „erinnert sich“ und verschachteltem Zitat, " +
      "Entwicklungsleiter mit „erklärt“, Teilzitat der IHK mit „spricht in einer Analyse von“, zwei " +
      "Männer in einem Absatz („warnt Unternehmensberater“, „hält dagegen:“), geteiltes Schlusszitat " +
      "um „sagt Wehrle-Kaltenbach“, Produktname und Spitzname",
    todo:
      "«Branche, die sich gesundgeschrumpft hat» goes to Die IHK Hochrhein-Bodensee, not IHK " +
      "Hochrhein-Bodensee",
    headline: "»Die Bürste ist nicht tot, sie hat nur den Beruf gewechselt«",
    standfirst:
      "Ein Familienbetrieb aus Todtnau baut seit 140 Jahren Bürsten. Heute verdient er " +
      "sein Geld mit Borsten für Roboter, die Solarparks putzen.",
    paragraphs: [
      "Die Halle riecht nach Maschinenöl und Nylon. Zwischen Spulen mit Borstenmaterial steht Clara " +
        "Wehrle-Kaltenbach und hält etwas hoch, das aussieht wie eine zu groß geratene Flaschenbürste. " +
        "»Die Bürste ist nicht tot, sie hat nur den Beruf gewechselt«, sagt die 44-Jährige. Sie führt " +
        "die Wehrle Bürstenfabrik in fünfter Generation.",
      "Bis vor zehn Jahren lebte Wehrle von Handfegern, Besen und Spülbürsten für Drogerieketten. Im " +
        "Ort heißt die Fabrik bis heute die »Borstenbude«. Dann kamen die Importe aus Asien, und die " +
        "Margen schmolzen. »Die Einkäufer haben gesagt: ›Das ist unser Preis.‹ Irgendwann haben wir " +
        "für jeden Handfeger draufgezahlt«, erinnert sich ihr Vater Konrad Wehrle, der den Betrieb bis " +
        "2016 führte.",
      "Heute kommen 80 Prozent des Umsatzes von zuletzt 23 Millionen Euro aus Industriebürsten. Der " +
        "größte Kunde baut Reinigungsroboter, die nachts über die Modulreihen von Solarparks in " +
        "Spanien, Marokko und Saudi-Arabien fahren. Intern heißt die Bürste dafür »Wüstenfuchs«. »In " +
        "der Wüste ist Wasser teurer als Strom. Also putzt man trocken, und trocken putzen nur " +
        "Borsten, die wir hier entwickelt haben«, erklärt Entwicklungsleiter Yannick Schäuble.",
      "Todtnau war einmal das Zentrum der deutschen Bürstenmacherei. Die IHK Hochrhein-Bodensee " +
        "spricht in einer Analyse von einer »Branche, die sich gesundgeschrumpft hat«. Geblieben sind " +
        "eine Handvoll Betriebe, die Nischen besetzen.",
      "Ganz ohne Risiko ist das neue Geschäft nicht. »Ein Kunde, der 40 Prozent des Umsatzes bringt, " +
        "ist ein Klumpenrisiko«, warnt Unternehmensberater Matthias Frey aus Freiburg. Konrad Wehrle " +
        "hält dagegen: »Das hat man uns bei den Drogerieketten auch gesagt. Die waren am Ende viel " +
        "gefährlicher.«",
      "Seine Tochter sieht das Unternehmen ohnehin in einer langen Linie. »Mein Urgroßvater hat " +
        "Bürsten für Pferde gemacht«, sagt Wehrle-Kaltenbach, »ich mache sie für Roboter. So groß ist " +
        "der Unterschied gar nicht.«",
    ],
    quotes: [
      ["Die Bürste ist nicht tot, sie hat nur den Beruf gewechselt", "Clara Wehrle-Kaltenbach"],
      [
        "Die Einkäufer haben gesagt: ›Das ist unser Preis.‹ Irgendwann haben wir für jeden Handfeger " +
          "draufgezahlt",
        "Konrad Wehrle",
      ],
      [
        "In der Wüste ist Wasser teurer als Strom. Also putzt man trocken, und trocken putzen nur " +
          "Borsten, die wir hier entwickelt haben",
        "Yannick Schäuble",
      ],
      ["Branche, die sich gesundgeschrumpft hat", "IHK Hochrhein-Bodensee"],
      ["Ein Kunde, der 40 Prozent des Umsatzes bringt, ist ein Klumpenrisiko", "Matthias Frey"],
      [
        "Das hat man uns bei den Drogerieketten auch gesagt. Die waren am Ende viel gefährlicher.",
        "Konrad Wehrle",
      ],
      ["Mein Urgroßvater hat Bürsten für Pferde gemacht", "Clara Wehrle-Kaltenbach"],
      ["ich mache sie für Roboter. So groß ist der Unterschied gar nicht.", "Clara Wehrle-Kaltenbach"],
    ],
  },
  {
    name:
      "Appenzeller Volksfreund, Politik (Schweiz, mit «…» und ohne ß): Kantonsrätin im Vorspann " +
      "als „eine Kantonsrätin“ zitiert und im Text genannt mit Zitat ohne Verb, Landammann mit „sagte " +
      "er“, Teilzitat des Landsgemeindemandats mit „heisst es“, Mutter und Tochter mit gleichem " +
      "Nachnamen in einem Absatz („sagte die 17-jährige“, „sieht das anders:“), ungenannter " +
      "Stimmbürger mit „meinte“, Liedtitel, Schluss im Konjunktiv ohne Zeichen",
    todo:
      "«nicht vom zivilrechtlichen Mündigkeitsalter a…» goes to Die Standeskommission, not " +
      "Landsgemeindemandat",
    headline: "Landsgemeinde sagt deutlich Nein zum Stimmrechtsalter 16",
    standfirst:
      "«Die Jungen sind nicht weniger reif als wir», hatte eine Kantonsrätin vor dem Ring " +
      "gerufen. Genützt hat es nichts.",
    paragraphs: [
      "Appenzell – Bei strahlendem Wetter haben die Stimmberechtigten an der Landsgemeinde am " +
        "Sonntag die Initiative für das Stimmrechtsalter 16 verworfen. Landammann Josef Manser musste " +
        "das Mehr nicht lange schätzen, so klar war das Bild auf dem Platz. «Das ist ein deutliches " +
        "Zeichen», sagte er nach der Landsgemeinde vor den Medien.",
      "Kantonsrätin Andrea Inauen aus Oberegg hatte das Anliegen als Erstunterzeichnerin vor dem " +
        "Ring vertreten. Nach der Abstimmung zeigte sich die 38-Jährige enttäuscht, aber nicht " +
        "überrascht. «Wir haben gewusst, dass es schwierig wird. Aber dass es so deutlich ausfällt, " +
        "tut schon weh.»",
      "Die Standeskommission hatte die Initiative zur Ablehnung empfohlen. Im Landsgemeindemandat " +
        "heisst es, die politischen Rechte sollten «nicht vom zivilrechtlichen Mündigkeitsalter " +
        "abgekoppelt werden».",
      "Hinter den Absperrungen verfolgten viele Jugendliche die Abstimmung. «Wir dürfen nur " +
        "zuschauen, obwohl es um uns geht», sagte die 17-jährige Lea Broger aus Haslen. Ihre Mutter " +
        "Monika Broger sieht das anders: «Mit 18 ist früh genug. Sie soll zuerst die Lehre fertig " +
        "machen.»",
      "«Der Ring ist kein Schulzimmer», meinte ein älterer Stimmbürger, den Degen an der Seite, nach " +
        "dem Schlussgesang «Alles Leben strömt aus Dir».",
      "Die übrigen Geschäfte waren unbestritten. Die Initiantinnen und Initianten wollen es in " +
        "einigen Jahren erneut versuchen, sagte Inauen.",
    ],
    quotes: [
      ["Die Jungen sind nicht weniger reif als wir", "Andrea Inauen"],
      ["Das ist ein deutliches Zeichen", "Josef Manser"],
      [
        "Wir haben gewusst, dass es schwierig wird. Aber dass es so deutlich ausfällt, tut schon weh.",
        "Andrea Inauen",
      ],
      ["nicht vom zivilrechtlichen Mündigkeitsalter abgekoppelt werden", "Landsgemeindemandat"],
      ["Wir dürfen nur zuschauen, obwohl es um uns geht", "Lea Broger"],
      ["Mit 18 ist früh genug. Sie soll zuerst die Lehre fertig machen.", "Monika Broger"],
      ["Der Ring ist kein Schulzimmer", "ein älterer Stimmbürger"],
    ],
  },
  {
    name:
      "Kitzbüheler Anzeiger, Sport (Österreich): Abfahrer im Vorspann mit „gibt er zu“ zitiert " +
      "und nur im Text genannt, „schilderte“ mit Fortsetzung ohne Verb, nachgestelltes „meinte " +
      "ÖSV-Abfahrtstrainer“, zwei Männer in einem Absatz („ärgerte sich der 25-Jährige“, „tröstete:“), " +
      "Teilzitat des Organisationskomitees mit „sprach von“, ungenannte Nachbarin nach Doppelpunkt, " +
      "Streckenname in der Überschrift und Transparent",
    todo: "«Rennen wie aus dem Bilderbuch» goes to Das Organisationskomitee, not " + "Organisationskomitee",
    headline: "„Mausefalle“ bezwungen: Kitzbüheler fährt auf der Streif in die Top 15",
    standfirst:
      "Der 23-Jährige vom K.S.C. holt beim Heimrennen seine ersten Abfahrtspunkte. „Am " +
      "Start hab ich gezittert wie Espenlaub“, gibt er zu.",
    paragraphs: [
      "Kitzbühel – Als Fabian Hechenberger im Zielschuss über die letzte Kuppe sprang, war der Lärm " +
        "im Zielstadion ohrenbetäubend. Platz elf, 1,38 Sekunden hinter dem Schweizer Sieger. „Ab der " +
        "Hausbergkante hab ich nur noch die Leute gehört“, schilderte Hechenberger im Zielraum. „Das " +
        "war, als würde die ganze Stadt mitfahren.“",
      "Für den Kitzbüheler ist es erst das vierte Weltcuprennen. Über die „Mausefalle“ sprang er 68 " +
        "Meter weit, im Steilhang verlor er kaum Zeit.",
      "„Er ist heute zum ersten Mal ohne Handbremse gefahren“, meinte ÖSV-Abfahrtstrainer Christoph " +
        "Unterberger. Am Training sei das bereits zu sehen gewesen.",
      "Weniger Glück hatte sein Teamkollege Simon Rieser aus Aurach, der in der Traverse ausschied. " +
        "„Ich war zu spät dran, dann war’s vorbei“, ärgerte sich der 25-Jährige. K.S.C.-Präsident " +
        "Georg Aufschnaiter tröstete: „Der Simon kommt wieder. Heute gehört der Tag dem Fabian.“",
      "Das Organisationskomitee sprach von einem „Rennen wie aus dem Bilderbuch“, bei Kaiserwetter " +
        "waren 45.000 Zuschauer an der Strecke.",
      "Eine Nachbarin aus Reith hatte ein Transparent mit der Aufschrift „Hechi, flieg!“ gemalt. " +
        "Nach dem Rennen war sie heiser: „Den Buam kenn ich, seit er drei ist.“",
    ],
    quotes: [
      ["Am Start hab ich gezittert wie Espenlaub", "Fabian Hechenberger"],
      ["Ab der Hausbergkante hab ich nur noch die Leute gehört", "Fabian Hechenberger"],
      ["Das war, als würde die ganze Stadt mitfahren.", "Fabian Hechenberger"],
      ["Er ist heute zum ersten Mal ohne Handbremse gefahren", "Christoph Unterberger"],
      ["Ich war zu spät dran, dann war’s vorbei", "Simon Rieser"],
      ["Der Simon kommt wieder. Heute gehört der Tag dem Fabian.", "Georg Aufschnaiter"],
      ["Rennen wie aus dem Bilderbuch", "Organisationskomitee"],
      ["Den Buam kenn ich, seit er drei ist.", "Eine Nachbarin aus Reith"],
    ],
  },
  {
    name:
      "Zeitung vum Lëtzebuerger Vollek, Gesundheit (Luxemburg): Teilzitat der " +
      "Patientevertriedung im Vorspann mit „spricht von“, Patientin mit „erzählt die 52-jährige " +
      "Kassiererin“, Ministerium mit „heißt es in einer Antwort“, zwei Männer in einem Absatz („sagt " +
      "der Radiologe“, „geht weiter:“), Teilzitat mit „Für den OGBL ist“, ungenannte Assistentin mit " +
      "„beschreibt … so:“, Schlusszitat ohne Verb nach Konjunktiv, Name eines Plans",
    todo:
      "«Zwei-Klassen-Medizin über die Grenze» goes to Die Patientevertriedung, not " +
      "Patientevertriedung; «Bis Ende 2026 werden landesweit drei zusätzli…» goes to Nadine Schmit, not " +
      "Gesundheitsministerium; «ein Skandal für ein reiches Land» goes to Luc Reuter, not OGBL",
    headline: "Drei Monate warten auf ein MRT",
    standfirst:
      "Wer in Luxemburg eine Kernspintomographie braucht, wartet oft länger als jenseits " +
      "der Grenze. Die Patientevertriedung spricht von einer „Zwei-Klassen-Medizin über die Grenze“.",
    paragraphs: [
      "Seit dem Frühjahr hat Nadine Schmit aus Esch/Alzette starke Rückenschmerzen. Den Termin für " +
        "das MRT bekam sie für Ende Januar. „Ich habe dann in Trier angerufen und hatte nach vier " +
        "Tagen einen Termin“, erzählt die 52-jährige Kassiererin. Die Rechnung musste sie vorstrecken.",
      "Das Gesundheitsministerium verweist auf neue Geräte und auf den „Plan national santé“. „Bis " +
        "Ende 2026 werden landesweit drei zusätzliche MRT-Geräte in Betrieb genommen“, heißt es in " +
        "einer Antwort auf eine parlamentarische Anfrage.",
      "„Die Geräte sind nicht das Problem, es fehlt an Personal, das sie bedient“, sagt der " +
        "Radiologe Dr. Patrick Hoffmann vom Centre Hospitalier Emile Mayrisch. Der Generalsekretär der " +
        "Ärztevereinigung AMMD, Luc Reuter, geht weiter: „Solange jedes Gerät vom Ministerium " +
        "genehmigt werden muss, plant der Staat am Bedarf vorbei.“",
      "Für den OGBL ist die Lage „ein Skandal für ein reiches Land“. Die Gewerkschaft fordert, dass " +
        "die Krankenhäuser mehr Personal einstellen dürfen.",
      "Eine medizinisch-technische Assistentin, die ihren Namen nicht in der Zeitung lesen will, " +
        "beschreibt den Alltag so: „Wir fahren die Geräte bis spät abends. Mehr geht mit den Leuten, " +
        "die wir haben, nicht.“",
      "Die Rechnung aus Trier habe die CNS inzwischen erstattet, sagt Nadine Schmit. „Aber wer kein " +
        "Geld vorstrecken kann, der wartet eben drei Monate.“",
    ],
    quotes: [
      ["Zwei-Klassen-Medizin über die Grenze", "Patientevertriedung"],
      ["Ich habe dann in Trier angerufen und hatte nach vier Tagen einen Termin", "Nadine Schmit"],
      [
        "Bis Ende 2026 werden landesweit drei zusätzliche MRT-Geräte in Betrieb genommen",
        "Gesundheitsministerium",
      ],
      ["Die Geräte sind nicht das Problem, es fehlt an Personal, das sie bedient", "Patrick Hoffmann"],
      [
        "Solange jedes Gerät vom Ministerium genehmigt werden muss, plant der Staat am Bedarf vorbei.",
        "Luc Reuter",
      ],
      ["ein Skandal für ein reiches Land", "OGBL"],
      [
        "Wir fahren die Geräte bis spät abends. Mehr geht mit den Leuten, die wir haben, nicht.",
        "Eine medizinisch-technische Assistentin",
      ],
      ["Aber wer kein Geld vorstrecken kann, der wartet eben drei Monate.", "Nadine Schmit"],
    ],
  },
  {
    name:
      "Davoser Zeitung, Wissenschaft (Schweiz, mit «…» und ohne ß): Schneehydrologin in der " +
      "Überschrift nur im Text genannt mit Doktortitel und „fasst die 41-Jährige … zusammen“, " +
      "Autorinnen und Autoren mit „schreiben“, zwei Männer in einem Absatz („ergänzt Mitautor“, „sieht " +
      "es gelassen:“), Teilzitat mit „Laut SLF“, ungenannter Bergführer mit „bestätigt das:“, " +
      "geteiltes Schlusszitat um „sagt Flütsch“, Zeitschriftentitel und Spitzname",
    todo:
      "«längsten ununterbrochenen Schneemessreihen im…» goes to SLF, not WSL-Institut für Schnee- " +
      "und Lawinenforschung SLF",
    headline: "«Der Winter fängt nicht später an, er hört früher auf»",
    standfirst:
      "Seit 1936 wird auf dem Versuchsfeld Weissfluhjoch täglich der Schnee gemessen. Eine " +
      "neue Auswertung zeigt: Die Schneedecke verschwindet im Frühling fast einen Monat früher als vor " +
      "fünfzig Jahren.",
    paragraphs: [
      "Dr. Corina Flütsch, Schneehydrologin am WSL-Institut für Schnee- und Lawinenforschung SLF in " +
        "Davos, hat mit ihrem Team 88 Winter ausgewertet. «Der Winter fängt nicht später an, er hört " +
        "früher auf», fasst die 41-Jährige die Ergebnisse zusammen.",
      "Die Studie ist in der Fachzeitschrift «The Cryosphere» erschienen. «Das Ausapern hat sich " +
        "seit 1970 im Mittel um 26 Tage nach vorne verschoben», schreiben die Autorinnen und Autoren. " +
        "Im Hochwinter dagegen liege kaum weniger Schnee als früher.",
      "«Für die Gletscher ist das schlecht, für die Flüsse im Spätsommer auch», ergänzt Mitautor Jon " +
        "Andri Caviezel. Marco Branger, Direktor von Destination Davos Klosters, sieht es gelassen: " +
        "«Mit Schneesicherheit über 1500 Metern haben wir auch in Zukunft ein Argument.»",
      "Laut SLF gehört die Messreihe zu den «längsten ununterbrochenen Schneemessreihen im " +
        "Alpenraum». Die Mitarbeitenden nennen das Versuchsfeld schlicht das «Joch».",
      "Ein Davoser Bergführer, der seit vierzig Jahren Skitouren leitet, bestätigt das: «Früher bin " +
        "ich im April noch mit den Ski von der Parsenn bis ins Dorf gefahren. Das geht kaum mehr.»",
      "An der Messung selbst ändert sich nichts. «Wir messen weiter», sagt Flütsch, «jeden Morgen um " +
        "acht, wie seit 1936.»",
    ],
    quotes: [
      ["Der Winter fängt nicht später an, er hört früher auf", "Corina Flütsch"],
      [
        "Das Ausapern hat sich seit 1970 im Mittel um 26 Tage nach vorne verschoben",
        "die Autorinnen und Autoren",
      ],
      ["Für die Gletscher ist das schlecht, für die Flüsse im Spätsommer auch", "Jon Andri Caviezel"],
      ["Mit Schneesicherheit über 1500 Metern haben wir auch in Zukunft ein Argument.", "Marco Branger"],
      [
        "längsten ununterbrochenen Schneemessreihen im Alpenraum",
        "WSL-Institut für Schnee- und Lawinenforschung SLF",
      ],
      [
        "Früher bin ich im April noch mit den Ski von der Parsenn bis ins Dorf gefahren. Das geht " +
          "kaum mehr.",
        "Ein Davoser Bergführer",
      ],
      ["Wir messen weiter", "Corina Flütsch"],
      ["jeden Morgen um acht, wie seit 1936.", "Corina Flütsch"],
    ],
  },
  {
    name:
      "Landeszeitung für die Lüneburger Heide, Bildung: Lehrerin im Vorspann als „ihre Lehrerin“ " +
      "zitiert und im Text genannt, Frage auf Platt mit vorangestelltem „fragt“, Schüler mit Vornamen " +
      "und Ein-Wort-Zitat mit „ruft“, „sagt die 56-Jährige“, zwei Frauen in einem Absatz („gibt … zu“, " +
      "„kann sie beruhigen:“), ungenannter Großvater mit „freut sich:“, Teilzitat des Schulleiters mit " +
      "„spricht von“, erwähntes Wort in der Überschrift und Spitzname",
    todo: "«Platt ist keine Oma-Sprache» goes to ihre Lehrerin, not Heike Brammer",
    headline: "„Moin“ reicht nicht mehr: In Bardowick lernen Erstklässler auf Platt",
    standfirst:
      "Seit dem Sommer wird an der Grundschule ein Teil des Unterrichts auf Plattdeutsch " +
      "gehalten. „Platt ist keine Oma-Sprache“, sagt ihre Lehrerin.",
    paragraphs: [
      "„Wo veel sünd dat?“, fragt Heike Brammer und hält drei Äpfel hoch. Zwanzig Hände schnellen " +
        "nach oben. „Dree!“, ruft Ole, sechs Jahre alt, bevor er drangenommen wird.",
      "Die Grundschule Bardowick gehört zu den Schulen in Niedersachsen, die Plattdeutsch nach dem " +
        "Immersionsprinzip unterrichten: Mathe, Sachkunde und Sport laufen teilweise auf Platt. Im Ort " +
        "heißt die 1b längst nur die „Plattklasse“. Das Kultusministerium in Hannover wertet das " +
        "Modell als Erfolg.",
      "„Die Kinder lernen schneller, als ich gedacht habe“, sagt die 56-Jährige, die selbst auf " +
        "einem Hof in Radbruch mit Plattdeutsch aufgewachsen ist. Viele Eltern hätten anfangs " +
        "skeptisch reagiert.",
      "„Zuerst hatte ich Angst, dass mein Sohn in Mathe hinterherhinkt“, gibt Svenja Kröger zu, " +
        "deren Sohn Mats in die 1b geht. Elternvertreterin Katrin Wulf kann sie beruhigen: „Die " +
        "Vergleichstests sind genauso gut wie in den anderen Klassen.“",
      "Ein Großvater, der seinen Enkel vom Schultor abholt, freut sich: „Endlich kann ich mit dem " +
        "Lütten so snacken, wie ich mit meinem Opa gesnackt habe.“",
      "Schulleiter Jens Harms spricht von einem „Wettlauf gegen die Zeit“. Lehrkräfte, die Platt " +
        "sicher beherrschten, seien kaum noch zu finden, sagt er.",
    ],
    quotes: [
      ["Platt ist keine Oma-Sprache", "Heike Brammer"],
      ["Wo veel sünd dat?", "Heike Brammer"],
      ["Dree!", "Ole"],
      ["Die Kinder lernen schneller, als ich gedacht habe", "Heike Brammer"],
      ["Zuerst hatte ich Angst, dass mein Sohn in Mathe hinterherhinkt", "Svenja Kröger"],
      ["Die Vergleichstests sind genauso gut wie in den anderen Klassen.", "Katrin Wulf"],
      ["Endlich kann ich mit dem Lütten so snacken, wie ich mit meinem Opa gesnackt habe.", "Ein Großvater"],
      ["Wettlauf gegen die Zeit", "Jens Harms"],
    ],
  },
  {
    name:
      "Recklinghäuser Zeitung, Kriminalität: Vereinsvorsitzender im Vorspann als „der " +
      "Vorsitzende des Kleingartenvereins“ zitiert und im Text genannt als der 71-Jährige, Teilzitat " +
      "mit „Laut Polizeibericht“, Polizeisprecher geteilt um „sagt Polizeisprecher“, zwei Frauen in " +
      "einem Absatz („sagt …, die seit 30 Jahren“, „ist pragmatischer:“), Teilzitat einer ungenannten " +
      "Sprecherin der Staatsanwaltschaft im Konjunktiv, Vereins- und Kampagnenname, Schluss im " +
      "Konjunktiv ohne Zeichen",
    todo:
      "«Die haben sogar die Gartenzwerge mitgenommen» goes to der Vorsitzende des " +
      "Kleingartenvereins, not Horst Kaminski",
    headline: "Einbruchsserie in Kleingärten: Polizei nimmt zwei Verdächtige fest",
    standfirst:
      "Mehr als 30 Lauben hatten die Täter seit Oktober aufgebrochen. „Die haben sogar die " +
      "Gartenzwerge mitgenommen“, sagt der Vorsitzende des Kleingartenvereins.",
    paragraphs: [
      "Recklinghausen. Zivilfahnder haben in der Nacht zu Dienstag an der Kleingartenanlage im Süden " +
        "der Stadt zwei Männer im Alter von 19 und 23 Jahren festgenommen. Laut Polizeibericht lagen " +
        "in ihrem Auto „Bolzenschneider, Stirnlampen und mehrere Akkuschrauber“.",
      "„Wir gehen davon aus, dass die beiden für einen Großteil der Taten verantwortlich sind“, sagt " +
        "Polizeisprecher Andreas Wilms, „aber die Ermittlungen stehen noch ganz am Anfang.“",
      "Horst Kaminski führt seit zwölf Jahren den Kleingartenverein „Am Quellberg“. „Dreimal haben " +
        "die bei mir die Tür aufgehebelt. Beim dritten Mal habe ich gar nicht mehr abgeschlossen“, " +
        "erzählt der 71-Jährige.",
      "„Ich habe mich hier nicht mehr sicher gefühlt, nicht mal tagsüber“, sagt Elke Pawlowski, die " +
        "seit 30 Jahren eine Parzelle hat. Ihre Nachbarin Aylin Demir ist pragmatischer: „Ich habe " +
        "jetzt eine Wildkamera. Die hat bisher nur Füchse fotografiert.“",
      "Die Staatsanwaltschaft Bochum hat Haftbefehl beantragt. Der Jüngere der beiden sei „kein " +
        "unbeschriebenes Blatt“, sagte eine Sprecherin der Staatsanwaltschaft.",
      "Die Polizei verweist auf ihre Kampagne „Riegel vor!“ und bietet den Vereinen eine Beratung " +
        "an. Der Verein wolle nun Bewegungsmelder an den Wegen installieren, sagt Kaminski.",
    ],
    quotes: [
      ["Die haben sogar die Gartenzwerge mitgenommen", "Horst Kaminski"],
      ["Bolzenschneider, Stirnlampen und mehrere Akkuschrauber", "Polizeibericht"],
      [
        "Wir gehen davon aus, dass die beiden für einen Großteil der Taten verantwortlich sind",
        "Andreas Wilms",
      ],
      ["aber die Ermittlungen stehen noch ganz am Anfang.", "Andreas Wilms"],
      [
        "Dreimal haben die bei mir die Tür aufgehebelt. Beim dritten Mal habe ich gar nicht mehr " +
          "abgeschlossen",
        "Horst Kaminski",
      ],
      ["Ich habe mich hier nicht mehr sicher gefühlt, nicht mal tagsüber", "Elke Pawlowski"],
      ["Ich habe jetzt eine Wildkamera. Die hat bisher nur Füchse fotografiert.", "Aylin Demir"],
      ["kein unbeschriebenes Blatt", "eine Sprecherin der Staatsanwaltschaft"],
    ],
  },
  {
    name:
      "Schaumburger Nachrichten, Gericht: Angeklagter mit Initial in der Überschrift und im Text " +
      "mit „sagte er“ und Fortsetzung ohne Verb, Teilzitat der Staatsanwältin mit „warf ihm vor“, zwei " +
      "Männer in einem Absatz (Nachbar „im Zeugenstand“, Teilzitat des Verteidigers im Konjunktiv nach " +
      "„stellte es anders dar:“), Schreiben der Stadt nach Doppelpunkt, Richterin in der " +
      "Urteilsbegründung, ungenannte Nachbarin mit „seufzte“, Spitzname der Hecke",
    todo:
      "«Eine Hecke von mehr als zwei Metern Höhe ist …» goes to die Stadt Obernkirchen, not Stadt " +
      "Obernkirchen",
    headline: "Streit um Thujahecke endet vor Gericht: „Ich habe rotgesehen“",
    standfirst:
      "Ein 67-Jähriger aus Obernkirchen hat seinem Nachbarn mit einer Harke den Arm " +
      "gebrochen. Das Amtsgericht Stadthagen verurteilte ihn zu einer Geldstrafe.",
    paragraphs: [
      "Stadthagen. Seit Jahren stritten Günter H. und sein Nachbar über eine Thujahecke an der " +
        "Grundstücksgrenze, in der Straße heißt sie längst nur „die Mauer“. Vor dem Amtsgericht räumte " +
        "der Rentner den Schlag ein. „Ich habe rotgesehen“, sagte er. „Das war falsch, und das tut mir " +
        "leid.“",
      "Staatsanwältin Miriam Kuhlmann warf ihm vor, den Nachbarn im vergangenen Mai „ohne jede " +
        "Vorwarnung“ mit dem Stiel einer Eisenharke geschlagen zu haben.",
      "„Er kam mit der Harke durch die Lücke in der Hecke und hat sofort zugeschlagen“, sagte Jürgen " +
        "Wessel im Zeugenstand. Verteidiger Hartmut Gieseke stellte es anders dar: Wessel habe zuvor " +
        "ohne Absprache „die halbe Hecke abgesägt“ und seinen Mandanten beleidigt.",
      "Die Stadt hatte sich schon 2022 eingeschaltet. In einem Schreiben an beide Parteien stellte " +
        "die Stadt Obernkirchen klar: „Eine Hecke von mehr als zwei Metern Höhe ist an der " +
        "Grundstücksgrenze nicht zulässig.“",
      "Richterin Anja Brockmann verhängte 90 Tagessätze zu je 40 Euro. „Eine Hecke ist es nicht " +
        "wert, dass jemand ins Krankenhaus muss“, sagte sie in der Urteilsbegründung.",
      "Eine Nachbarin aus der Straße, die im Zuschauerraum saß, seufzte nach dem Urteil: „Jetzt ist " +
        "hoffentlich Ruhe. Die Hecke steht ja immer noch.“",
    ],
    quotes: [
      ["Ich habe rotgesehen", "Günter H."],
      ["Das war falsch, und das tut mir leid.", "Günter H."],
      ["ohne jede Vorwarnung", "Miriam Kuhlmann"],
      ["Er kam mit der Harke durch die Lücke in der Hecke und hat sofort zugeschlagen", "Jürgen Wessel"],
      ["die halbe Hecke abgesägt", "Hartmut Gieseke"],
      [
        "Eine Hecke von mehr als zwei Metern Höhe ist an der Grundstücksgrenze nicht zulässig.",
        "Stadt Obernkirchen",
      ],
      ["Eine Hecke ist es nicht wert, dass jemand ins Krankenhaus muss", "Anja Brockmann"],
      ["Jetzt ist hoffentlich Ruhe. Die Hecke steht ja immer noch.", "Eine Nachbarin aus der Straße"],
    ],
  },
  {
    name:
      "Cuxhavener Nachrichten, Umwelt: Oberbürgermeister im Vorspann als „der Oberbürgermeister“ " +
      "zitiert und im Text mit Teilzitat nach „kündigte an“, Krabbenfischer mit „sagt Behrens“ und " +
      "Schlusszitat ohne Verb, Hafenbehörde mit „teilte … mit“, zwei Männer in einem Absatz („warnt“, " +
      "„zuckt mit den Schultern:“), Teilzitat eines Gutachtens im Konjunktiv mit „kommt zu dem " +
      "Schluss“, Kutter- und Konzeptname",
    todo:
      "«Die Umlagerung erfolgt in einem eng überwacht…» goes to Die Hamburg Port Authority, not " +
      "Hamburg Port Authority; «im Rahmen der natürlichen Schwankungen» goes to Ein Gutachten der " +
      "Bundesanstalt für Gewässerkunde, not Gutachten der Bundesanstalt für Gewässerkunde",
    headline: "Schlick vor Scharhörn: Krabbenfischer fürchten um ihre Fanggründe",
    standfirst:
      "Hamburg will weiter Baggergut aus dem Hafen in der Elbmündung verklappen. In " +
      "Cuxhaven wächst der Widerstand. „Wir sind nicht die Müllkippe des Hamburger Hafens“, sagt der " +
      "Oberbürgermeister.",
    paragraphs: [
      "Dirk Behrens fischt seit 25 Jahren mit seinem Kutter „Anna-Lena“ vor Cuxhaven. In diesem " +
        "Herbst war der Fang so schlecht wie nie. „Wo früher Krabben waren, ziehe ich heute grauen " +
        "Matsch aus dem Netz“, sagt Behrens.",
      "Die Hamburg Port Authority (HPA) verteidigt die Pläne und beruft sich auf ihr " +
        "„Sedimentmanagementkonzept“. „Die Umlagerung erfolgt in einem eng überwachten Gebiet und nach " +
        "den strengen Vorgaben der Genehmigung“, teilte die HPA auf Anfrage mit.",
      "Oberbürgermeister Jens Bartels (SPD) will das nicht hinnehmen. Er kündigte an, notfalls „alle " +
        "rechtlichen Mittel“ gegen die Verklappung auszuschöpfen.",
      "„Schadstoffe wie Quecksilber und Dioxine landen so direkt im Nationalpark“, warnt der " +
        "Meeresbiologe Frederik Janssen vom WWF-Wattenmeerbüro in Husum. Der Neuwerker Landwirt Kai " +
        "Griebel zuckt mit den Schultern: „Das Wasser ist trüber als früher, das sieht jeder, der hier " +
        "wohnt.“",
      "Ein Gutachten der Bundesanstalt für Gewässerkunde kommt dagegen zu dem Schluss, die Belastung " +
        "liege „im Rahmen der natürlichen Schwankungen“.",
      "Behrens will im Frühjahr trotzdem wieder rausfahren. „Was soll ich sonst machen? Der Kutter " +
        "ist noch nicht abbezahlt.“",
    ],
    quotes: [
      ["Wir sind nicht die Müllkippe des Hamburger Hafens", "Jens Bartels"],
      ["Wo früher Krabben waren, ziehe ich heute grauen Matsch aus dem Netz", "Dirk Behrens"],
      [
        "Die Umlagerung erfolgt in einem eng überwachten Gebiet und nach den strengen Vorgaben der " +
          "Genehmigung",
        "Hamburg Port Authority",
      ],
      ["alle rechtlichen Mittel", "Jens Bartels"],
      ["Schadstoffe wie Quecksilber und Dioxine landen so direkt im Nationalpark", "Frederik Janssen"],
      ["Das Wasser ist trüber als früher, das sieht jeder, der hier wohnt.", "Kai Griebel"],
      ["im Rahmen der natürlichen Schwankungen", "Gutachten der Bundesanstalt für Gewässerkunde"],
      ["Was soll ich sonst machen? Der Kutter ist noch nicht abbezahlt.", "Dirk Behrens"],
    ],
  },
  {
    name:
      "Der Prignitzer, Lokales: Storchenbetreuer mit „erinnert sich der pensionierte Förster“ " +
      "und einem Zitat über zwei Absätze mit „sagt Ebel“ am Ende, Teilzitat mit „Nach Zählung des " +
      "Nabu-Besucherzentrums“, zwei Frauen in einem Absatz („sagt …, die … betreibt“, „denkt an die " +
      "Parkplätze:“), ungenannte Radfahrerin nach Doppelpunkt, Titel des Dorfes und Name eines " +
      "Storchs, Schluss im Konjunktiv ohne Zeichen",
    todo: "«61 Jungstörche flügge geworden» goes to Nabu-Besucherzentrums, not Nabu-Besucherzentrum",
    headline: "Rühstädt zählt wieder: 31 Storchenpaare im Dorf",
    standfirst:
      "Das „Europäische Storchendorf“ an der Elbe hat eine durchwachsene Saison hinter " +
      "sich. Der Juniregen hat viele Jungvögel das Leben gekostet.",
    paragraphs: [
      "Wolfgang Ebel steht mit dem Fernglas an der Dorfstraße und zeigt auf das Nest auf dem " +
        "Kirchendach. Dort brütet seit elf Jahren der älteste Storch im Ort, von Ebel „Opa Max“ " +
        "getauft. „Der kam dieses Jahr am 28. März, Punkt drei Uhr nachmittags“, erinnert sich der " +
        "pensionierte Förster.",
      "„Früher hatten wir hier über 40 Paare. Die Wiesen an der Elbe waren nasser, es gab mehr " +
        "Frösche und Mäuse.",
      "„Dieses Jahr hat der Regen im Juni viele Junge erwischt. Das tut einem weh, wenn man jeden " +
        "Horst kennt“, sagt Ebel, der die Störche seit 1991 zählt.",
      "Nach Zählung des Nabu-Besucherzentrums sind in diesem Jahr „61 Jungstörche flügge geworden“, " +
        "im Vorjahr waren es fast 80.",
      "Für das Dorf sind die Störche auch ein Geschäft. „Die Leute kommen wegen der Störche und " +
        "bleiben wegen der Ruhe“, sagt Karin Schulz, die am Anger eine Pension betreibt. " +
        "Bürgermeisterin Ute Pfeiffer denkt an die Parkplätze: „An Wochenenden im Juni stehen hier " +
        "Busse bis zur Kirche.“",
      "Eine Radfahrerin aus Hamburg, auf dem Elberadweg unterwegs, hat das Handy gezückt: „So viele " +
        "Störche auf einmal habe ich noch nie gesehen.“",
      "Ende August ziehen die Rühstädter Störche nach Süden. Ebel will dann wieder jeden Abflug " +
        "notieren, sagt er.",
    ],
    quotes: [
      ["Der kam dieses Jahr am 28. März, Punkt drei Uhr nachmittags", "Wolfgang Ebel"],
      [
        "Früher hatten wir hier über 40 Paare. Die Wiesen an der Elbe waren nasser, es gab mehr " +
          "Frösche und Mäuse.",
        "Wolfgang Ebel",
      ],
      [
        "Dieses Jahr hat der Regen im Juni viele Junge erwischt. Das tut einem weh, wenn man jeden " +
          "Horst kennt",
        "Wolfgang Ebel",
      ],
      ["61 Jungstörche flügge geworden", "Nabu-Besucherzentrum"],
      ["Die Leute kommen wegen der Störche und bleiben wegen der Ruhe", "Karin Schulz"],
      ["An Wochenenden im Juni stehen hier Busse bis zur Kirche.", "Ute Pfeiffer"],
      ["So viele Störche auf einmal habe ich noch nie gesehen.", "Eine Radfahrerin aus Hamburg"],
    ],
  },
]);
