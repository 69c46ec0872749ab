// A twelfth round of composed German news articles, in the styles of outlets and beats the first eleven
// rounds (articles.de to articles11.de) did not use: MeinBezirk.at (Austria, local politics: a shared-space
// street in Leoben, the mayor with a continued quote, a party leader by her age after a colon, the deputy
// mayor with „so Ebner“, the chamber of commerce's statement, an unnamed shopkeeper, an initiative's
// spokesman and its name in marks), B.Z. (Berlin, crime: a corner shop owner who fought off a robber, with
// an initial and his age, quoted in the standfirst and the body, a regular customer after a colon, the
// police spokeswoman, a nickname and a note on the door), Freiburger Nachrichten (Switzerland, courts, with
// «…»: an embezzling band treasurer, the unnamed accused, the prosecutor, the defence in indirect speech
// with a fragment, the band's president, the presiding judge, a concert's motto), Laola1 (Austria, sport: a
// night slalom, the winner in the headline and the body and as „der Zillertaler“, the runner-up as „der
// Weltcup-Führende“, the head coach speaking of and after his surname and a colon, a banner), Börsen-Zeitung
// (business: a profit warning, an ad hoc release with no issuer in its sentence, the chief executive, the
// finance chief, an analyst's note, an unnamed fund manager, a project's name), hessenschau (health: measles
// at a school, the public health officer, the office's letter to parents, the head teacher speaking of, an
// unnamed mother, a ministry spokesman, a so-called word in marks), Mannheimer Morgen (culture: a theatre's
// renovation delayed, the building department, the intendant, the culture officer by his age, a group
// leader, an actress, an opera's and the paper's names), Potsdamer Neueste Nachrichten (science: a stellar
// stream, the lead author by her age across two paragraphs, a group leader as „der Astrophysiker“, the
// institute's statement, an outside astronomer, a journal's and an instrument's names), Thurgauer Zeitung
// (Switzerland, a storm on Lake Constance, with «…»: a rescued sailor in the headline and the body and as
// „der Rentner“, the rescue leader, the cantonal police's statement, a meteorologist, a warning light's
// popular name) and BRF (East Belgium, education: a teacher shortage, the minister as „die Ministerin“ and
// after „räumte ein“, a head teacher after indirect speech, the unions' joint statement, an opposition MP,
// a pupil by her first name, a programme's name). Every article was written for these tests, before the
// engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "MeinBezirk.at, Lokalpolitik: Bürgermeister mit sagte und Fortsetzung, Parteiobfrau mit " +
      "kritisierte sie, die 47-Jährige mit Doppelpunkt, Vizebürgermeisterin mit so, " +
      "Stellungnahme einer Kammer, ungenannte Händlerin, Sprecher einer Initiative kündigte " +
      "an, Name einer Initiative",
    todo:
      "«Meine Kundinnen kommen aus dem ganzen Bezirk,…» goes to Eine Modehändlerin am Hauptplatz, " +
      "not Eine Modehändlerin",
    headline: "Leoben: Gemeinderat beschließt Begegnungszone in der Innenstadt",
    standfirst:
      "Ab Frühjahr teilen sich Autos, Radfahrer und Fußgänger die Franz-Josef-Straße. Die " +
      "Opposition will das Projekt noch kippen.",
    paragraphs: [
      "Nach über zweistündiger Debatte war es am Donnerstagabend fix: Die Franz-Josef-Straße " +
        "in der Leobener Innenstadt wird zur Begegnungszone. Der Gemeinderat stimmte mit den " +
        "Stimmen von SPÖ und Grünen für das Projekt, ÖVP, FPÖ und KPÖ votierten dagegen. Die " +
        "Umbauarbeiten sollen im März beginnen und rund 1,8 Millionen Euro kosten.",
      "„Die Innenstadt gehört den Menschen, nicht den Parkplätzen“, sagte Bürgermeister " +
        "Gerhard Strohmaier (SPÖ) in der Sitzung. Er verwies auf ähnliche Projekte in Graz und " +
        "Bruck an der Mur, die die Frequenz in den Geschäften erhöht hätten. „Wer glaubt, dass " +
        "ohne Auto niemand mehr einkaufen kommt, soll sich die Zahlen anschauen.“",
      "Ganz anders sieht das ÖVP-Stadtparteiobfrau Martina Kölbl. Die Begegnungszone sei „über " +
        "die Köpfe der Unternehmer hinweg“ geplant worden, kritisierte sie. Der 47-Jährigen " +
        "fehlt vor allem ein Konzept für die Zulieferung: „Wie soll der Bäcker um sechs Uhr früh " +
        "seine Ware anliefern, wenn überall Poller stehen?“",
      "Unterstützung kam von Vizebürgermeisterin Sandra Ebner (Grüne). „Wir haben zwei Jahre " +
        "lang Bürgerversammlungen abgehalten. Niemand kann sagen, er sei nicht gefragt worden“, " +
        "so Ebner.",
      "Bei den Geschäftsleuten ist die Stimmung gespalten. Die " +
        "Wirtschaftskammer-Regionalstelle Leoben hält in einer Stellungnahme fest, man begrüße " +
        "„grundsätzlich jede Maßnahme, die die Innenstadt belebt“, fordere aber eine Evaluierung " +
        "nach einem Jahr. Eine Modehändlerin am Hauptplatz, die ihren Namen nicht nennen möchte, " +
        "ist skeptisch: „Meine Kundinnen kommen aus dem ganzen Bezirk, und die kommen mit dem " +
        "Auto.“",
      "Die Bürgerinitiative „Leoben bleibt erreichbar“ will nun Unterschriften für eine " +
        "Volksbefragung sammeln. Ihr Sprecher Anton Pichler kündigte an: „Wir brauchen 2.000 " +
        "Unterschriften, und die bekommen wir bis Ostern.“",
    ],
    quotes: [
      ["Die Innenstadt gehört den Menschen, nicht den Parkplätzen", "Gerhard Strohmaier"],
      [
        "Wer glaubt, dass ohne Auto niemand mehr einkaufen kommt, soll sich die Zahlen anschauen.",
        "Gerhard Strohmaier",
      ],
      ["über die Köpfe der Unternehmer hinweg", "Martina Kölbl"],
      [
        "Wie soll der Bäcker um sechs Uhr früh seine Ware anliefern, wenn überall Poller stehen?",
        "Martina Kölbl",
      ],
      [
        "Wir haben zwei Jahre lang Bürgerversammlungen abgehalten. Niemand kann sagen, " +
          "er sei nicht gefragt worden",
        "Sandra Ebner",
      ],
      [
        "grundsätzlich jede Maßnahme, die die Innenstadt belebt",
        "Die Wirtschaftskammer-Regionalstelle Leoben",
      ],
      ["Meine Kundinnen kommen aus dem ganzen Bezirk, und die kommen mit dem Auto.", "Eine Modehändlerin"],
      ["Wir brauchen 2.000 Unterschriften, und die bekommen wir bis Ostern.", "Anton Pichler"],
    ],
  },
  {
    name:
      "B.Z., Kriminalität: Inhaber mit Initial im Vorspann und im Text, sagt der 58-Jährige " +
      "zur B.Z., erzählt er, Stammkunde mit Doppelpunkt, Polizeisprecherin beim Nachnamen, " +
      "Spitzname und Zettel an der Tür",
    headline: "Späti-Besitzer jagt Räuber mit dem Besen in die Flucht",
    standfirst:
      "„Ich hab einfach zugeschlagen“, sagt Mehmet Y. (58). Die Polizei sucht jetzt nach dem " +
      "Maskierten.",
    paragraphs: [
      "Es war kurz nach 23 Uhr, als am Dienstag ein maskierter Mann den Spätkauf an der " +
        "Warschauer Straße in Friedrichshain betrat. Er bedrohte den Inhaber mit einem Messer " +
        "und verlangte die Tageseinnahmen.",
      "Doch Mehmet Y. dachte nicht daran, sie herauszugeben. „Ich hab einfach zugeschlagen“, " +
        "sagt der 58-Jährige zur B.Z. Mit dem Besenstiel, der hinter der Theke lehnte, traf er " +
        "den Räuber an der Schulter. „Der war so überrascht, der ist rückwärts aus der Tür " +
        "gestolpert.“",
      "Seit 19 Jahren betreibt Y. den Laden, überfallen wurde er schon dreimal. „Beim ersten " +
        "Mal habe ich gezittert. Heute werde ich nur noch wütend“, erzählt er.",
      "Ein Stammkunde, der gerade Bier holen wollte, sah den Täter flüchten: „Der rannte " +
        "Richtung Ostkreuz, die Mütze noch halb im Gesicht.“",
      "Polizeisprecherin Anja Dierschke bestätigte den Vorfall. Der Täter habe keine Beute " +
        "gemacht, der Inhaber sei unverletzt geblieben. Von Gegenwehr rät die Polizei dennoch " +
        "ab. „Kein Geld der Welt ist es wert, dafür ein Messer in den Bauch zu bekommen“, sagte " +
        "Dierschke. Ein Fachkommissariat der Direktion 5 ermittelt wegen versuchten schweren " +
        "Raubes.",
      "Im Kiez wird Mehmet Y. seit Mittwoch als „Besen-Held“ gefeiert. Auf einem Zettel an der " +
        "Ladentür steht „Danke, Memo!“. Der Inhaber winkt ab: „Ich bin kein Held. Ich wollte nur " +
        "meinen Laden behalten.“",
    ],
    quotes: [
      ["Ich hab einfach zugeschlagen", "Mehmet Y."],
      ["Der war so überrascht, der ist rückwärts aus der Tür gestolpert.", "Mehmet Y."],
      ["Beim ersten Mal habe ich gezittert. Heute werde ich nur noch wütend", "Mehmet Y."],
      ["Der rannte Richtung Ostkreuz, die Mütze noch halb im Gesicht.", "Ein Stammkunde"],
      ["Kein Geld der Welt ist es wert, dafür ein Messer in den Bauch zu bekommen", "Anja Dierschke"],
      ["Ich bin kein Held. Ich wollte nur meinen Laden behalten.", "Mehmet Y."],
    ],
  },
  {
    name:
      "Freiburger Nachrichten, Gericht, «…»: der ungenannte Beschuldigte zu Beginn der " +
      "Verhandlung, Staatsanwalt sagte er im Plädoyer, Verteidigerin in indirekter Rede mit " +
      "Teilzitat, Vereinspräsident gegenüber den FN, Gerichtspräsident an den Beschuldigten " +
      "gewandt, Motto eines Konzerts",
    todo:
      "a prosecutor's „sagte er“ goes to „Der Mann“ of his own reported speech, read as the " +
      "standfirst's “ein 61-Jähriger …”; the unnamed accused is written „der Beschuldigte“ " +
      "mid-sentence",
    headline: "Ehemaliger Kassier der Musikgesellschaft zu bedingter Strafe verurteilt",
    standfirst:
      "Über zwölf Jahre hat ein 61-Jähriger aus dem Sensebezirk Geld aus der Vereinskasse " +
      "abgezweigt. Vor Gericht zeigte er Reue.",
    paragraphs: [
      "Das Strafgericht des Sensebezirks in Tafers hat am Mittwoch einen 61-jährigen Mann " +
        "wegen qualifizierter Veruntreuung und Urkundenfälschung zu einer bedingten " +
        "Freiheitsstrafe von 22 Monaten verurteilt. Der Mann hatte als Kassier einer " +
        "Musikgesellschaft zwischen 2012 und 2024 insgesamt rund 240 000 Franken auf sein " +
        "eigenes Konto überwiesen.",
      "«Ich habe mich geschämt, jeden einzelnen Tag», sagte der Beschuldigte zu Beginn der " +
        "Verhandlung. Er habe mit dem Geld Schulden aus einer gescheiterten Selbständigkeit " +
        "bezahlt. «Ich wollte es immer zurückzahlen. Dann wurde es einfach zu viel.»",
      "Staatsanwalt Raphael Brülhart zeichnete ein anderes Bild. Der Mann habe die Revisoren " +
        "jahrelang mit gefälschten Kontoauszügen getäuscht. «Das war kein einmaliger Fehltritt, " +
        "das war System», sagte er in seinem Plädoyer. Er forderte 30 Monate, davon zwölf " +
        "unbedingt.",
      "Die Verteidigerin, Rechtsanwältin Nadia Zbinden, verwies auf das Geständnis und darauf, " +
        "dass ihr Mandant bereits 80 000 Franken zurückbezahlt habe. Eine unbedingte Strafe " +
        "würde ihn «aus dem Arbeitsleben reissen» und die Rückzahlung verunmöglichen.",
      "Der Präsident der Musikgesellschaft, der als Vertreter der Privatklägerschaft anwesend " +
        "war, zeigte sich enttäuscht. «Wir haben ihm vertraut wie einem Bruder», sagte er " +
        "gegenüber den FN. Der Verein musste wegen des Lochs in der Kasse die Anschaffung neuer " +
        "Uniformen verschieben und ein Jubiläumskonzert unter dem Motto «Hundert Jahre in " +
        "Harmonie» absagen.",
      "Gerichtspräsident Urs Jungo folgte in der Urteilsbegründung teilweise der Verteidigung. " +
        "«Das Gericht glaubt Ihnen, dass Sie es bereuen», sagte Jungo an den Beschuldigten " +
        "gewandt. Entscheidend sei aber, dass der Schaden wiedergutgemacht werde. Der Mann muss " +
        "dem Verein den Restbetrag in monatlichen Raten zurückzahlen. Das Urteil ist noch nicht " +
        "rechtskräftig.",
    ],
    quotes: [
      ["Ich habe mich geschämt, jeden einzelnen Tag", "Der Beschuldigte"],
      ["Ich wollte es immer zurückzahlen. Dann wurde es einfach zu viel.", "Der Beschuldigte"],
      ["Das war kein einmaliger Fehltritt, das war System", "Raphael Brülhart"],
      ["aus dem Arbeitsleben reissen", "Nadia Zbinden"],
      ["Wir haben ihm vertraut wie einem Bruder", "Der Präsident der Musikgesellschaft"],
      ["Das Gericht glaubt Ihnen, dass Sie es bereuen", "Urs Jungo"],
    ],
  },
  {
    name:
      "Laola1, Sport: Sieger im Titel und im Text, der Zillertaler gestand, Zweiter als der " +
      "Weltcup-Führende, Cheftrainer spricht von und mit Name und Doppelpunkt, Ankündigung mit " +
      "Doppelpunkt, Transparent",
    headline: "Hörmann triumphiert beim Nightrace: „Das ist ein Wahnsinn“",
    standfirst:
      "Der Tiroler holt vor 45.000 Fans auf der Planai seinen ersten Weltcupsieg. Ein Norweger " +
      "verpasst den Sieg um vier Hundertstel.",
    paragraphs: [
      "Was für eine Nacht auf der Planai! Lukas Hörmann hat am Dienstagabend den Slalom in " +
        "Schladming gewonnen und damit den ersten österreichischen Sieg beim Nightrace seit " +
        "sechs Jahren eingefahren. Der 26-Jährige lag nach dem ersten Durchgang auf Rang fünf " +
        "und setzte sich im Finale mit Laufbestzeit noch an die Spitze, 0,04 Sekunden vor dem " +
        "Norweger Henrik Aasland. Auf den Rängen hielten Fans aus dem Zillertal Transparente mit " +
        "der Aufschrift „Hörmi, flieg!“ hoch.",
      "„Das ist ein Wahnsinn“, sagte Hörmann im ORF-Interview, noch völlig außer Atem. „Wenn " +
        "da unten 45.000 Leute schreien, spürst du die Beine nicht mehr.“",
      "Im zweiten Lauf hatte der Tiroler im Steilhang beinahe eingefädelt. „Da war ich schon " +
        "halb draußen, ich weiß selber nicht, wie ich das Tor noch erwischt habe“, gestand der " +
        "Zillertaler später in der Mixed Zone.",
      "Aasland nahm die knappe Niederlage sportlich. „Vier Hundertstel sind nichts. Aber heute " +
        "war er der Bessere, das muss man akzeptieren“, meinte der Weltcup-Führende. Dritter " +
        "wurde der Schweizer Loïc Perren.",
      "ÖSV-Cheftrainer Markus Angerer sprach von einem „Befreiungsschlag für die ganze " +
        "Mannschaft“. Die Technik-Gruppe war mit nur einem Podestplatz in den Winter gestartet. " +
        "Angerer: „Lukas ist im Training schon lange so gefahren. Heute hat er es endlich auch " +
        "im Rennen gezeigt.“",
      "Für Hörmann geht es schon am Wochenende in Garmisch weiter. Feiern wollte er trotzdem, " +
        "wie er mit einem Grinsen ankündigte: „Eine Nacht darf man sich gönnen, oder?“",
    ],
    quotes: [
      ["Das ist ein Wahnsinn", "Lukas Hörmann"],
      ["Wenn da unten 45.000 Leute schreien, spürst du die Beine nicht mehr.", "Lukas Hörmann"],
      [
        "Da war ich schon halb draußen, ich weiß selber nicht, wie ich das Tor noch erwischt habe",
        "Lukas Hörmann",
      ],
      [
        "Vier Hundertstel sind nichts. Aber heute war er der Bessere, das muss man akzeptieren",
        "Henrik Aasland",
      ],
      ["Befreiungsschlag für die ganze Mannschaft", "Markus Angerer"],
      [
        "Lukas ist im Training schon lange so gefahren. Heute hat er es endlich auch im Rennen gezeigt.",
        "Markus Angerer",
      ],
      ["Eine Nacht darf man sich gönnen, oder?", "Lukas Hörmann"],
    ],
  },
  {
    name:
      "Börsen-Zeitung, Wirtschaft: Ad-hoc-Mitteilung ohne Absender im Satz, Vorstandschefin " +
      "sagte sie und mit Doppelpunkt, Finanzvorstand betonte er, Analyst schreibt in einer " +
      "Studie, ungenannter Fondsmanager in indirekter Rede, interner Projektname",
    todo:
      "an ad hoc release with no issuer in its sentence (“heißt es in der Ad-hoc-Mitteilung”) " +
      "given to a noun of the sentence before instead of the company",
    headline: "Kessler Sensortechnik kappt Prognose – Aktie bricht ein",
    standfirst:
      "Der Sensorhersteller aus Reutlingen leidet unter der Flaute in der Autoindustrie. " +
      "Analysten zweifeln an der Mittelfristplanung.",
    paragraphs: [
      "Die Kessler Sensortechnik AG hat ihre Jahresprognose zum zweiten Mal binnen vier " +
        "Monaten gesenkt. Der Umsatz werde 2026 nur noch bei 610 Mill. bis 630 Mill. Euro " +
        "liegen, teilte der im SDax notierte Konzern am Donnerstag nach Börsenschluss mit. " +
        "Bislang hatte das Management 680 Mill. Euro in Aussicht gestellt. Die Ebit-Marge soll " +
        "auf 6 bis 7 % sinken, nach zuvor angepeilten 9 %.",
      "Als Grund nennt das Unternehmen die anhaltend schwache Nachfrage der " +
        "Automobilzulieferer. Abrufe seien „kurzfristig und in erheblichem Umfang“ storniert " +
        "worden, heißt es in der Ad-hoc-Mitteilung. Die Aktie verlor am Freitag im Xetra-Handel " +
        "zeitweise 18 % auf 31,40 Euro.",
      "Vorstandschefin Claudia Remmers räumte in einer Telefonkonferenz mit Analysten " +
        "Versäumnisse ein. „Wir haben die Dauer der Schwäche im Autogeschäft unterschätzt, das " +
        "gehört zur Wahrheit dazu“, sagte sie. Die Managerin kündigte ein Sparprogramm an, das " +
        "bis Ende 2027 Kosten von 25 Mill. Euro einsparen soll. Über einen Stellenabbau wollte " +
        "sie noch nicht sprechen: „Dazu werden wir zuerst mit dem Betriebsrat reden, nicht mit " +
        "dem Kapitalmarkt.“",
      "Finanzvorstand Jörg Tiedemann verwies auf die solide Bilanz. Die Eigenkapitalquote " +
        "liege bei 48 %, die Nettoverschuldung sei gering. „Wir haben keinen Liquiditätsdruck " +
        "und werden auch die Dividende nicht infrage stellen“, betonte er.",
      "Am Markt überzeugte das nur bedingt. „Die Mittelfristziele für 2028 wirken nach dieser " +
        "Warnung kaum noch erreichbar“, schreibt Analyst Felix Obermaier von der Baader Bank in " +
        "einer Kurzstudie. Er senkte das Kursziel von 48 auf 36 Euro. Ein Fondsmanager, der seit " +
        "Jahren in dem Titel investiert ist, sagte der Börsen-Zeitung, das Vertrauen in das " +
        "Management habe „deutlich gelitten“.",
      "Kessler hatte zuletzt versucht, sich mit Sensoren für Wärmepumpen und Medizintechnik " +
        "unabhängiger vom Autogeschäft zu machen. Das Segment, intern „Projekt Horizont“ " +
        "genannt, trägt bislang aber erst 12 % zum Umsatz bei.",
    ],
    quotes: [
      ["kurzfristig und in erheblichem Umfang", "Die Kessler Sensortechnik AG"],
      [
        "Wir haben die Dauer der Schwäche im Autogeschäft unterschätzt, das gehört zur Wahrheit dazu",
        "Claudia Remmers",
      ],
      ["Dazu werden wir zuerst mit dem Betriebsrat reden, nicht mit dem Kapitalmarkt.", "Claudia Remmers"],
      [
        "Wir haben keinen Liquiditätsdruck und werden auch die Dividende nicht infrage stellen",
        "Jörg Tiedemann",
      ],
      ["Die Mittelfristziele für 2028 wirken nach dieser Warnung kaum noch erreichbar", "Felix Obermaier"],
      ["deutlich gelitten", "Ein Fondsmanager"],
    ],
  },
  {
    name:
      "hessenschau, Gesundheit: Amtsärztin mit Doktortitel sagte dem hr und Fortsetzung, " +
      "Elternbrief eines Amtes, Schulleiter spricht von, ungenannte Mutter mit Doppelpunkt, " +
      "Ministeriumssprecher in indirekter Rede und danach, sogenannte in Zeichen",
    todo:
      "a letter „des Amtes“ speaks as the office named earlier, but by the name cut before " +
      "„und Darmstadt-Dieburg“ and without its determiner (Gesundheitsamt Darmstadt)",
    headline: "Masern an Darmstädter Gesamtschule: 14 Kinder erkrankt",
    standfirst:
      "Das Gesundheitsamt schließt ungeimpfte Schüler vorübergehend vom Unterricht aus. Eltern " +
      "reagieren verunsichert.",
    paragraphs: [
      "An einer Gesamtschule in Darmstadt sind innerhalb von zwei Wochen 14 Kinder und " +
        "Jugendliche an Masern erkrankt. Zwei von ihnen mussten im Klinikum behandelt werden, " +
        "wie das Gesundheitsamt Darmstadt und Darmstadt-Dieburg am Montag mitteilte. Alle " +
        "Erkrankten waren demnach nicht oder nur einmal geimpft.",
      "„Masern sind keine harmlose Kinderkrankheit“, sagte Amtsärztin Dr. Katharina Neef dem " +
        "hr. Etwa jedes zehnte erkrankte Kind bekomme Komplikationen wie eine Mittelohr- oder " +
        "Lungenentzündung. „In seltenen Fällen kann das Virus noch Jahre später das Gehirn " +
        "schädigen.“",
      "Rund 90 Schülerinnen und Schüler, die keinen ausreichenden Impfschutz nachweisen " +
        "konnten, dürfen die Schule vorerst nicht betreten. Das Amt beruft sich dabei auf das " +
        "Infektionsschutzgesetz. Die Maßnahme gelte „bis mindestens 21 Tage nach dem letzten " +
        "Erkrankungsfall“, heißt es in einem Schreiben des Amtes an die Eltern, das dem hr " +
        "vorliegt.",
      "Schulleiter Bernd Kaltwasser spricht von einer „Ausnahmesituation“. Lehrkräfte stellten " +
        "Aufgaben für die betroffenen Kinder online bereit. „Wir tun alles, damit niemand den " +
        "Anschluss verliert, aber Fernunterricht ersetzt keinen Klassenraum“, sagte er.",
      "Eine Mutter, deren Sohn die siebte Klasse besucht, kritisierte die Informationspolitik: " +
        "„Wir haben am Sonntagabend eine E-Mail bekommen und sollten am Montag früh den Impfpass " +
        "vorzeigen. Das ging vielen zu schnell.“ Berichte über sogenannte „Masernpartys“ in der " +
        "Region bestätigten sich nach Angaben des Amtes nicht.",
      "Das hessische Gesundheitsministerium rief Eltern auf, den Impfstatus ihrer Kinder zu " +
        "prüfen. Ein Sprecher des Ministeriums sagte, Hessen liege bei der zweiten Masernimpfung " +
        "mit 92 Prozent unter dem Ziel der Weltgesundheitsorganisation. „Erst ab 95 Prozent sind " +
        "auch diejenigen geschützt, die nicht geimpft werden können, etwa Säuglinge.“",
    ],
    quotes: [
      ["Masern sind keine harmlose Kinderkrankheit", "Katharina Neef"],
      ["In seltenen Fällen kann das Virus noch Jahre später das Gehirn schädigen.", "Katharina Neef"],
      [
        "bis mindestens 21 Tage nach dem letzten Erkrankungsfall",
        "das Gesundheitsamt Darmstadt und Darmstadt-Dieburg",
      ],
      ["Ausnahmesituation", "Bernd Kaltwasser"],
      [
        "Wir tun alles, damit niemand den Anschluss verliert, aber Fernunterricht " +
          "ersetzt keinen Klassenraum",
        "Bernd Kaltwasser",
      ],
      [
        "Wir haben am Sonntagabend eine E-Mail bekommen und sollten am Montag früh den " +
          "Impfpass vorzeigen. Das ging vielen zu schnell.",
        "Eine Mutter",
      ],
      [
        "Erst ab 95 Prozent sind auch diejenigen geschützt, die nicht geimpft werden " +
          "können, etwa Säuglinge.",
        "Ein Sprecher des Ministeriums",
      ],
    ],
  },
  {
    name:
      "Mannheimer Morgen, Kultur: Baudezernat teilte mit, Intendant mit sagte er und fügte " +
      "hinzu, Kulturbürgermeister als der 52-Jährige, Fraktionschef nannte, Schauspielerin " +
      "erzählt über zwei Sätze, Operntitel und Zeitungsname",
    headline: "Nationaltheater: Rückkehr ins Stammhaus verschiebt sich erneut",
    standfirst:
      "Statt 2027 soll das sanierte Haus am Goetheplatz erst 2028 wieder bespielt werden. Die " +
      "Intendanz reagiert mit Galgenhumor.",
    paragraphs: [
      "Die Generalsanierung des Nationaltheaters Mannheim dauert länger als geplant. Wie die " +
        "Stadt am Dienstag mitteilte, kann das Haus am Goetheplatz frühestens zur Spielzeit " +
        "2028/29 wiedereröffnet werden – ein Jahr später als zuletzt angekündigt. Die Kosten " +
        "steigen nach aktueller Schätzung auf 312 Millionen Euro.",
      "Grund sind nach Angaben der Stadt Probleme mit der Bühnentechnik. Beim Einbau der neuen " +
        "Untermaschinerie seien „unerwartete statische Mängel“ im Fundament entdeckt worden, " +
        "teilte das Baudezernat mit.",
      "Intendant Albrecht Wenzel nahm die Nachricht mit Galgenhumor. „Wir sind inzwischen " +
        "Weltmeister im Umziehen“, sagte er bei einer Pressekonferenz im Interimsquartier am " +
        "Luisenpark. Ernster fügte er hinzu: „Jedes weitere Jahr im Provisorium kostet uns " +
        "Publikum, das wir nur schwer zurückgewinnen.“",
      "Besonders bitter ist die Verschiebung für die geplante Eröffnungspremiere. Richard " +
        "Wagners „Die Meistersinger von Nürnberg“ hätte im Herbst 2027 das sanierte Haus " +
        "einweihen sollen. Ob die Produktion verschoben oder im Ausweichquartier gezeigt wird, " +
        "ist offen.",
      "Kulturbürgermeister Thorsten Riehl (Grüne) verteidigte das Vorgehen. „Wir hätten die " +
        "Mängel auch übertünchen können. Dann hätten wir in zehn Jahren ein viel größeres " +
        "Problem“, sagte der 52-Jährige dem „MM“. Im Gemeinderat dürfte die neue Kostenschätzung " +
        "dennoch für Diskussionen sorgen.",
      "Die Fraktion der Freien Wähler kündigte bereits eine Anfrage an. Deren Vorsitzender " +
        "Holger Metz nannte die Entwicklung „ein Fass ohne Boden“.",
      "Im Ensemble ist man müde, aber nicht resigniert. „Wir spielen seit vier Jahren in " +
        "Zelten, Hallen und Kirchen“, erzählt die Schauspielerin Mira Okonkwo, die seit 2019 zum " +
        "Ensemble gehört. „Das Publikum ist uns gefolgt. Ich hoffe, es hält noch ein Jahr durch.“",
    ],
    quotes: [
      ["unerwartete statische Mängel", "das Baudezernat"],
      ["Wir sind inzwischen Weltmeister im Umziehen", "Albrecht Wenzel"],
      [
        "Jedes weitere Jahr im Provisorium kostet uns Publikum, das wir nur schwer zurückgewinnen.",
        "Albrecht Wenzel",
      ],
      [
        "Wir hätten die Mängel auch übertünchen können. Dann hätten wir in zehn Jahren " +
          "ein viel größeres Problem",
        "Thorsten Riehl",
      ],
      ["ein Fass ohne Boden", "Holger Metz"],
      ["Wir spielen seit vier Jahren in Zelten, Hallen und Kirchen", "Mira Okonkwo"],
      ["Das Publikum ist uns gefolgt. Ich hoffe, es hält noch ein Jahr durch.", "Mira Okonkwo"],
    ],
  },
  {
    name:
      "Potsdamer Neueste Nachrichten, Wissenschaft: Erstautorin mit Apposition, die 29-Jährige " +
      "über zwei Absätze, Gruppenleiter als der Astrophysiker, Mitteilung eines Instituts mit " +
      "Teilzitat, externe Astronomin sagte sie auf Anfrage, Zeitschriften- und Instrumentenname",
    todo:
      "«die Geschichte unserer Galaxie in nie dagewes…» goes to Leibniz-Institut für Astrophysik " +
      "Potsdam, not Das Leibniz-Institut für Astrophysik Potsdam",
    headline: "Potsdamer Astronomen entdecken Sternenstrom am Rand der Milchstraße",
    standfirst:
      "Die Überreste einer verschluckten Zwerggalaxie verraten, wie unsere Heimatgalaxie gewachsen ist.",
    paragraphs: [
      "Forschende des Leibniz-Instituts für Astrophysik Potsdam (AIP) haben am äußeren Rand " +
        "der Milchstraße einen bislang unbekannten Sternenstrom entdeckt. Die rund 4000 Sterne " +
        "sind nach Ansicht des Teams die Überreste einer Zwerggalaxie, die vor etwa acht " +
        "Milliarden Jahren von der Milchstraße zerrissen wurde. Die Studie erschien am Mittwoch " +
        "in der Fachzeitschrift „Astronomy & Astrophysics“.",
      "„Man kann sich das vorstellen wie eine Perlenkette, die quer über den Himmel gespannt " +
        "ist“, sagt Erstautorin Johanna Vogelsang, Doktorandin am AIP. Entdeckt hat das Team den " +
        "Strom in Daten des europäischen Satelliten Gaia, die es mit Spektren eines Teleskops in " +
        "Chile abgeglichen hat.",
      "Die Sterne bewegen sich alle in dieselbe Richtung und haben eine auffallend ähnliche " +
        "chemische Zusammensetzung. Das sei wie ein Fingerabdruck, erklärt die 29-Jährige. „Sie " +
        "sind arm an schweren Elementen, also sehr alt. Sie müssen alle am selben Ort entstanden " +
        "sein.",
      "„Und dieser Ort war eben nicht die Milchstraße selbst, sondern eine kleine " +
        "Nachbargalaxie, die ihr zu nahe gekommen ist.“",
      "Für Ralf-Peter Hennig, der die Arbeitsgruppe Galaktische Archäologie am AIP leitet, ist " +
        "der Fund ein weiteres Puzzleteil. „Die Milchstraße ist ein Kannibale. Sie ist zu einem " +
        "großen Teil aus kleineren Galaxien zusammengesetzt, die sie sich einverleibt hat“, sagt " +
        "der Astrophysiker. Bislang kenne man etwa 100 solcher Ströme.",
      "Das Institut betont in seiner Mitteilung, der Strom werde von den Beobachtungen des " +
        "Spektrografen „4MOST“ profitieren, der in den kommenden Jahren Millionen Sterne " +
        "vermessen soll. Der neue Datensatz werde „die Geschichte unserer Galaxie in nie " +
        "dagewesener Detailtiefe erzählen“.",
      "Die Astronomin Amina Castellanos-Ruiz vom Max-Planck-Institut für Astronomie in " +
        "Heidelberg, die nicht an der Studie beteiligt war, hält die Ergebnisse für überzeugend. " +
        "„Die Kombination aus Bewegungsdaten und Chemie ist sehr sauber gemacht“, sagte sie auf " +
        "Anfrage. Nun müsse man prüfen, ob weitere Reste derselben Zwerggalaxie existieren.",
    ],
    quotes: [
      [
        "Man kann sich das vorstellen wie eine Perlenkette, die quer über den Himmel gespannt ist",
        "Johanna Vogelsang",
      ],
      [
        "Sie sind arm an schweren Elementen, also sehr alt. Sie müssen alle am selben " +
          "Ort entstanden sein.",
        "Johanna Vogelsang",
      ],
      [
        "Und dieser Ort war eben nicht die Milchstraße selbst, sondern eine kleine " +
          "Nachbargalaxie, die ihr zu nahe gekommen ist.",
        "Johanna Vogelsang",
      ],
      [
        "Die Milchstraße ist ein Kannibale. Sie ist zu einem großen Teil aus kleineren " +
          "Galaxien zusammengesetzt, die sie sich einverleibt hat",
        "Ralf-Peter Hennig",
      ],
      [
        "die Geschichte unserer Galaxie in nie dagewesener Detailtiefe erzählen",
        "Das Leibniz-Institut für Astrophysik Potsdam",
      ],
      ["Die Kombination aus Bewegungsdaten und Chemie ist sehr sauber gemacht", "Amina Castellanos-Ruiz"],
    ],
  },
  {
    name:
      "Thurgauer Zeitung, Unwetter, «…»: Geretteter im Titel und im Text, erzählt er und " +
      "Fortsetzung, Einsatzleiter sagte am Abend und mit Doppelpunkt, Mitteilung der " +
      "Kantonspolizei mit sie, Meteorologin ordnet ein, der Rentner, Volksname eines Warnlichts",
    headline: "Sturm auf dem Bodensee: «Die Welle hat uns einfach umgeworfen»",
    standfirst:
      "Eine Gewitterfront hat am Samstag mehrere Segelboote vor Romanshorn in Not gebracht. " +
      "Die Seerettung stand im Dauereinsatz.",
    paragraphs: [
      "Innert weniger Minuten drehte am Samstagnachmittag der Wind auf dem Obersee. Eine " +
        "Gewitterfront zog von Westen her über den Bodensee, Böen erreichten laut MeteoSchweiz " +
        "in Güttingen bis zu 104 Kilometer pro Stunde. Vor Romanshorn und Arbon kenterten vier " +
        "Segelboote, ein Motorboot trieb manövrierunfähig auf den See hinaus.",
      "Unter den Geretteten ist der 63-jährige Werner Stäheli aus Amriswil. Er war mit seiner " +
        "Frau auf einer Jolle unterwegs. «Die Welle hat uns einfach umgeworfen», erzählt er. " +
        "«Wir lagen im Wasser und haben das Ufer nicht mehr gesehen, so stark hat es geregnet.»",
      "Nach rund zwanzig Minuten zog das Boot der Seerettung Romanshorn die beiden aus dem elf " +
        "Grad kalten Wasser. «Wir haben sieben Personen geborgen, alle waren ansprechbar», sagte " +
        "Einsatzleiter Marcel Gubler am Abend. Drei von ihnen wurden mit Unterkühlungen ins " +
        "Kantonsspital Münsterlingen gebracht.",
      "Die Sturmwarnung – das schnelle Blinken der Leuchten am Ufer, im Volksmund «Sturmlicht» " +
        "genannt – war bereits um 14.50 Uhr eingeschaltet worden, rund 25 Minuten vor den ersten " +
        "Böen. Gubler kritisiert, dass manche Bootsführer sie ignoriert hätten: «Wer bei dieser " +
        "Warnung noch hinausfährt, unterschätzt den See.»",
      "Die Kantonspolizei Thurgau hat Ermittlungen aufgenommen. In einer Mitteilung schreibt " +
        "sie, es werde geprüft, ob die Warnung «ordnungsgemäss und rechtzeitig» eingeschaltet " +
        "worden sei und ob sich alle Bootsführer an die Vorschriften gehalten hätten.",
      "Auch an Land richtete das Unwetter Schäden an. In Arbon stürzten mehrere Bäume auf die " +
        "Seepromenade, in Kreuzlingen liefen Keller voll. Meteorologin Sandra Hälg von " +
        "MeteoSchweiz ordnet ein: «Solche Gewitterlinien sind im Sommer am Bodensee nicht " +
        "ungewöhnlich. Aussergewöhnlich war, wie schnell sich diese entwickelt hat.»",
      "Werner Stäheli will trotz allem wieder segeln. «Aber das nächste Mal schaue ich öfter " +
        "aufs Ufer», sagt der Rentner.",
    ],
    quotes: [
      ["Die Welle hat uns einfach umgeworfen", "Werner Stäheli"],
      [
        "Wir lagen im Wasser und haben das Ufer nicht mehr gesehen, so stark hat es geregnet.",
        "Werner Stäheli",
      ],
      ["Wir haben sieben Personen geborgen, alle waren ansprechbar", "Marcel Gubler"],
      ["Wer bei dieser Warnung noch hinausfährt, unterschätzt den See.", "Marcel Gubler"],
      ["ordnungsgemäss und rechtzeitig", "Die Kantonspolizei Thurgau"],
      [
        "Solche Gewitterlinien sind im Sommer am Bodensee nicht ungewöhnlich. " +
          "Aussergewöhnlich war, wie schnell sich diese entwickelt hat.",
        "Sandra Hälg",
      ],
      ["Aber das nächste Mal schaue ich öfter aufs Ufer", "Werner Stäheli"],
    ],
  },
  {
    name:
      "BRF (Ostbelgien), Bildung: Ministerin sagte die Ministerin dem BRF, Fortsetzung nach " +
      "räumte ein, Direktor nach indirekter Rede mit aber und Doppelpunkt, gemeinsame " +
      "Erklärung der Gewerkschaften, Abgeordneter mit Teilzitat, Schülerin beim Vornamen, " +
      "Programmname",
    headline: "Lehrermangel in Ostbelgien: Quereinsteiger sollen Lücken schließen",
    standfirst:
      "Zum neuen Schuljahr sind in der Deutschsprachigen Gemeinschaft noch 46 Stellen " +
      "unbesetzt. Die Regierung will den Quereinstieg erleichtern.",
    paragraphs: [
      "Drei Wochen vor Schulbeginn fehlen an den Schulen der Deutschsprachigen Gemeinschaft " +
        "noch 46 Lehrkräfte, vor allem in Mathematik, Französisch und den technischen Fächern. " +
        "Das geht aus einer Antwort des Bildungsministeriums auf eine Frage im Parlament hervor.",
      "Bildungsministerin Carina Heinen (ProDG) stellte am Montag in Eupen ein Maßnahmenpaket " +
        "unter dem Titel „Lehrer werden in Ostbelgien“ vor. Künftig sollen Quereinsteiger mit " +
        "einem Hochschulabschluss sofort unterrichten dürfen und die pädagogische Ausbildung " +
        "berufsbegleitend nachholen. „Wir können nicht warten, bis die Autonome Hochschule genug " +
        "Lehrer ausgebildet hat“, sagte die Ministerin dem BRF.",
      "Heinen räumte ein, dass der Quereinstieg kein Allheilmittel sei. „Ein guter Ingenieur " +
        "ist nicht automatisch ein guter Lehrer. Deshalb bekommt jeder Quereinsteiger im ersten " +
        "Jahr einen Mentor an die Seite.“",
      "Am Technischen Institut in St. Vith kennt man das Problem. Direktor Guido Margraff " +
        "musste im vergangenen Jahr den Chemieunterricht in zwei Klassen streichen. Er begrüße " +
        "jede Hilfe, sagt er, aber: „Quereinsteiger allein lösen das Problem nicht, solange ein " +
        "Lehrer in Aachen oder Luxemburg deutlich mehr verdient als bei uns.“",
      "Die Gewerkschaften reagierten zurückhaltend. In einer gemeinsamen Erklärung sprechen " +
        "sie von einem „Pflaster auf einer offenen Wunde“. Sie fordern stattdessen eine " +
        "Angleichung der Gehälter an die Nachbarländer.",
      "Kritik kam auch aus der Opposition. Der Abgeordnete Patrick Thönnes (Vivant) warf der " +
        "Regierung vor, das Problem „jahrelang verschlafen“ zu haben. Er hatte die " +
        "parlamentarische Frage gestellt, auf die sich die Zahlen stützen.",
      "Bei den Schülern ist der Lehrermangel längst angekommen. „Wir hatten letztes Jahr vier " +
        "verschiedene Mathelehrer“, erzählt Lea, die in Eupen die fünfte Klasse der " +
        "Sekundarschule besucht. „Jeder hat wieder von vorne angefangen.“",
    ],
    quotes: [
      ["Wir können nicht warten, bis die Autonome Hochschule genug Lehrer ausgebildet hat", "Carina Heinen"],
      [
        "Ein guter Ingenieur ist nicht automatisch ein guter Lehrer. Deshalb bekommt " +
          "jeder Quereinsteiger im ersten Jahr einen Mentor an die Seite.",
        "Carina Heinen",
      ],
      [
        "Quereinsteiger allein lösen das Problem nicht, solange ein Lehrer in Aachen " +
          "oder Luxemburg deutlich mehr verdient als bei uns.",
        "Guido Margraff",
      ],
      ["Pflaster auf einer offenen Wunde", "Die Gewerkschaften"],
      ["jahrelang verschlafen", "Patrick Thönnes"],
      ["Wir hatten letztes Jahr vier verschiedene Mathelehrer", "Lea"],
      ["Jeder hat wieder von vorne angefangen.", "Lea"],
    ],
  },
]);
