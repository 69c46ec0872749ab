// A fortieth round of composed German news articles, in the styles of outlets and beats the first
// thirty-nine rounds (articles.de to articles39.de) did not use: Deister- und Weserzeitung (Hameln,
// Lower Saxony, police: a fake police officer's collector arrested, the police spokesman's headline quote
// in the body with a continuation, the pensioner as „die 84-Jährige aus dem Klütviertel“ after a colon,
// the prosecutor's spokeswoman's fragment, a crime prevention officer in Konjunktiv then „sagt sie“, the
// spokesman again by surname, a term in marks), Remscheider General-Anzeiger (North Rhine-Westphalia,
// local politics: the council raises the property tax, the treasurer's standfirst fragment repeated in
// the body and a quote standing alone, the CDU leader after a colon, two unrelated Green councillors
// sharing a surname, the mayor with „sagte Dahlmann“ and a continuation, the landlords' association with
// „heißt es darin“, an unnamed listener, a placard's slogan), Anzeiger für Harlingerland (Wittmund,
// East Frisia, weather: a storm surge on Spiekeroog, the federal maritime agency's fragment as „das Amt“,
// the island mayor with „sagte er“ and a continuation, the coastal agency with „teilte der Landesbetrieb
// mit“, the harbour master after a colon, a fisherman and his son sharing a surname as „der Vater“ and
// „der Sohn“, a dike reeve's quote split by its attribution, an unnamed holidaymaker, a storm's and a
// boat's names), Südthüringer Zeitung (Thuringia, health, with »…«: a maternity ward closes in
// Hildburghausen, the chief executive's headline quote in the body and „so die 52-Jährige“, a chief
// physician with his title, the midwives' spokeswoman after a colon, „so der Landrat“, the ministry's
// fragment, a young mother with „sagt sie“, an unnamed doctor's fragment, a petition's name),
// Mindelheimer Zeitung (Bavarian Swabia, education: all-day schooling from 2026, the headmistress and her
// husband the deputy head sharing a surname, the mayor's fragment in Konjunktiv, the parents' chairwoman
// in Konjunktiv then a quote, a ministry spokesman's fragment, a pupil by first name, a programme's name),
// KirchenZeitung Diözese Linz (Upper Austria, religion: carol singers in Bad Leonfelden, the organiser
// with „sagt die Jungschar-Begleiterin“ and a continuation, her daughter's headline quote in the body and
// her son sharing the surname, the parish priest's fragment, the charity's fragment in Konjunktiv, a nun
// from Tanzania after a colon, an unnamed farmer's wife, a motto), Braunauer Warte (Upper Austria, courts:
// a pellet dealer's fraud at the Ried regional court, the accused's standfirst quote repeated in the body,
// a farmer as witness after a colon, the prosecutor in Konjunktiv then a quote, the defence lawyer with
// her title and „so Stranzinger“, the presiding judge with „sagte sie“ and a continuation, a consumer
// adviser, a firm's name), K-Tipp (Switzerland, consumer, «…» and no ß: gym subscriptions that renew
// themselves, a reader with „sagt die 58-Jährige“ and a continuation, the terms and conditions as a
// speaker, an unnamed reader's letter, the manager in Konjunktiv then a quote standing alone, a law
// professor with „sagt er“ and a continuation, the consumer foundation's fragment, an unnamed gym
// employee, a scare quote), Prättigauer und Herrschäftler (Graubünden, agriculture, «…» and no ß: the
// alpine summer and the wolf, the alp master's headline quote in the body, a shepherd with „sagt der
// 31-Jährige“, the cantonal hunting office with „schreibt das Amt“, two brothers sharing a surname, the
// farmers' president after a colon, a government councillor in Konjunktiv then a quote standing alone, an
// unnamed hiker, a wolf pack's name) and Sportnews.bz (South Tyrol, sport: the Puster Valley wins the ice
// hockey derby, the scorer's headline quote in the body, the coach's fragment and „der Kanadier“, a
// goalkeeper and his brother sharing a surname, the opposing captain after a colon, the opposing coach in
// Konjunktiv with a fragment, the club's statement, an unnamed fan, a chant). Every article was written for
// these tests, blind, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Deister- und Weserzeitung, Hameln, Polizei: Schockanruf, Überschriftszitat des Polizeisprechers " +
      "im Text mit Fortsetzung, Seniorin als „die 84-Jährige aus dem Klütviertel“ nach Doppelpunkt, " +
      "Sprecherin der Staatsanwaltschaft mit Teilzitat, Präventionsbeamtin im Konjunktiv dann „sagt sie“, " +
      "Sprecher erneut mit Nachnamen, Begriff in Zeichen",
    todo:
      "«Ich habe gleich gemerkt, dass da was nicht st…» goes to Die 84-Jährige, not Die 84-Jährige " +
      "aus dem Klütviertel; «weiteren Taten im gesamten norddeutschen Raum» goes to Der " +
      "Beschuldigte, not eine Sprecherin der Staatsanwaltschaft",
    headline: "Falscher Polizist in Hameln gefasst: „Die Seniorin hat alles richtig gemacht“",
    standfirst:
      "Eine 84-Jährige aus dem Klütviertel durchschaute den Betrug am Telefon und rief die echte Polizei. " +
      "Der Geldabholer lief den Beamten direkt in die Arme.",
    paragraphs: [
      "Hameln. Am Telefon klang der Mann freundlich und besorgt. Er sei Kriminalbeamter, sagte er, in " +
        "der Nachbarschaft sei eingebrochen worden, ihr Schmuck und ihr Bargeld seien nicht mehr sicher. " +
        "Die Frau sollte beides einem Kollegen übergeben, der noch am Abend vorbeikommen werde. Doch statt " +
        "des Kollegen warteten am Dienstagabend Beamte der Polizeiinspektion Hameln-Pyrmont/Holzminden " +
        "vor ihrer Haustür.",
      "„Die Seniorin hat alles richtig gemacht“, sagte Polizeisprecher Jens Petersen am Mittwoch. Die " +
        "Frau habe aufgelegt und sofort die 110 gewählt. „Genau das raten wir allen: auflegen, selbst die " +
        "Polizei anrufen, niemals Geld oder Wertsachen an der Haustür übergeben.“",
      "Festgenommen wurde ein 19-Jähriger aus dem Raum Düsseldorf. Er soll als sogenannter „Abholer“ " +
        "für eine Bande gearbeitet haben, deren Anrufer nach Erkenntnissen der Ermittler aus Callcentern " +
        "im Ausland telefonieren.",
      "Die 84-Jährige aus dem Klütviertel, die ihren Namen nicht in der Zeitung lesen möchte, erzählt " +
        "am Telefon mit hörbarem Stolz von dem Abend: „Ich habe gleich gemerkt, dass da was nicht stimmt. " +
        "Die echte Polizei ruft doch nicht an und fragt nach dem Schmuck.“",
      "Die Staatsanwaltschaft Hannover hat Haftbefehl beantragt. Der Beschuldigte schweige bisher zu " +
        "den Vorwürfen, teilte eine Sprecherin der Staatsanwaltschaft mit. Man gehe von „weiteren Taten " +
        "im gesamten norddeutschen Raum“ aus.",
      "Beim Präventionsteam der Polizei klingelt seit Wochen das Telefon. Kriminalhauptkommissarin Anke " +
        "Brüggemann hält Vorträge in Seniorentreffs, zuletzt in Bad Pyrmont. Allein im Landkreis seien " +
        "in diesem Jahr mehr als 140 solcher Anrufe angezeigt worden. „Die Dunkelziffer ist viel höher, " +
        "weil sich viele Opfer schämen“, sagt sie.",
      "Auch Petersen hat einen Rat für Angehörige: „Sprechen Sie mit Ihren Eltern über diese Masche, " +
        "bevor der erste Anruf kommt.“",
    ],
    quotes: [
      ["Die Seniorin hat alles richtig gemacht", "Jens Petersen"],
      [
        "Genau das raten wir allen: auflegen, selbst die Polizei anrufen, niemals Geld oder Wertsachen " +
          "an der Haustür übergeben.",
        "Jens Petersen",
      ],
      [
        "Ich habe gleich gemerkt, dass da was nicht stimmt. Die echte Polizei ruft doch nicht an und " +
          "fragt nach dem Schmuck.",
        "Die 84-Jährige aus dem Klütviertel",
      ],
      ["weiteren Taten im gesamten norddeutschen Raum", "eine Sprecherin der Staatsanwaltschaft"],
      ["Die Dunkelziffer ist viel höher, weil sich viele Opfer schämen", "Anke Brüggemann"],
      ["Sprechen Sie mit Ihren Eltern über diese Masche, bevor der erste Anruf kommt.", "Jens Petersen"],
    ],
  },
  {
    name:
      "Remscheider General-Anzeiger, NRW, Kommunalpolitik: Grundsteuer, Vorspann-Teilzitat des " +
      "Kämmerers im Text wiederholt, Kämmerer im Konjunktiv dann alleinstehendes Zitat, CDU-Fraktionschef " +
      "nach Doppelpunkt, zwei nicht verwandte Grüne namens Bergmann, OB mit „sagte Dahlmann“ und " +
      "Fortsetzung, Eigentümerverein mit „heißt es darin“, ungenannte Zuhörerin, Plakatspruch in Zeichen",
    todo:
      "«bitteren, aber alternativlosen Schritt» goes to Der Kämmerer, not Thomas Neuhaus; «Niemand " +
      "in dieser Verwaltung erhöht gern Steuern.» goes to der Stadt am Donnerstagabend, not Thomas " +
      "Neuhaus; «mit der Faust in der Tasche» goes to Fraktionssprecherin Julia Bergmann, not Julia " +
      "Bergmann; «Ich kann den Leuten in Lennep nicht erklären,…» goes to Markus Kötter, not Lukas " +
      "Bergmann; «auch die Mieter über die Nebenkosten» goes to Grund Remscheid, not Haus & Grund " +
      "Remscheid",
    headline: "Grundsteuer steigt um 120 Punkte: Rat stimmt knapp zu",
    standfirst:
      "Nach fünf Stunden Debatte ist die Erhöhung beschlossen. Der Kämmerer spricht von einem „bitteren, " +
      "aber alternativlosen Schritt“, die Opposition von Abkassieren.",
    paragraphs: [
      "Remscheid. Mit 31 zu 28 Stimmen hat der Rat der Stadt am Donnerstagabend die Erhöhung des " +
        "Hebesatzes der Grundsteuer B von 890 auf 1010 Punkte beschlossen. Für Besitzer eines " +
        "durchschnittlichen Einfamilienhauses bedeutet das rund 95 Euro mehr im Jahr. Auf der Tribüne " +
        "im Ratssaal hielten Mitglieder des Eigentümervereins Schilder mit der Aufschrift „Genug ist " +
        "genug“ hoch.",
      "Stadtkämmerer Thomas Neuhaus hatte zuvor eindringlich für die Vorlage geworben. Ohne die " +
        "Erhöhung drohe der Stadt ein Loch von 14 Millionen Euro im Haushalt, die Bezirksregierung in " +
        "Düsseldorf werde diesen sonst nicht genehmigen. Es handle sich um einen „bitteren, aber " +
        "alternativlosen Schritt“.",
      "„Niemand in dieser Verwaltung erhöht gern Steuern.“",
      "Die CDU-Fraktion stimmte geschlossen dagegen. Fraktionschef Markus Kötter warf der Ratsmehrheit " +
        "vor, sich die Sache zu leicht zu machen: „Wir sparen nicht, wir kassieren ab. Das ist keine " +
        "Haushaltspolitik, das ist Bequemlichkeit.“",
      "Bei den Grünen war die Entscheidung umstritten. Fraktionssprecherin Julia Bergmann stimmte zu, " +
        "„mit der Faust in der Tasche“, wie sie sagte. Ihr Fraktionskollege Lukas Bergmann – die beiden " +
        "sind nicht verwandt – enthielt sich. „Ich kann den Leuten in Lennep nicht erklären, warum sie " +
        "für die Fehler von Bund und Land zahlen sollen“, sagte er.",
      "Oberbürgermeister Frank Dahlmann (SPD) verteidigte den Beschluss. Die Kommunen seien seit Jahren " +
        "unterfinanziert. „Wir sind nicht das Problem, wir sind das Symptom“, sagte Dahlmann. „Solange " +
        "Düsseldorf und Berlin Aufgaben bestellen, aber nicht bezahlen, wird sich daran nichts ändern.“",
      "Der Eigentümerverein Haus & Grund Remscheid kündigte in einer Stellungnahme an, seine Mitglieder " +
        "bei Widersprüchen zu unterstützen. Die Erhöhung treffe „auch die Mieter über die Nebenkosten“, " +
        "heißt es darin.",
      "Eine Zuhörerin aus Hasten, die seit 40 Jahren in ihrem Reihenhaus wohnt, verließ den Saal " +
        "kopfschüttelnd: „Meine Rente steigt nicht um 120 Punkte.“",
    ],
    quotes: [
      ["bitteren, aber alternativlosen Schritt", "Thomas Neuhaus"],
      ["Niemand in dieser Verwaltung erhöht gern Steuern.", "Thomas Neuhaus"],
      [
        "Wir sparen nicht, wir kassieren ab. Das ist keine Haushaltspolitik, das ist Bequemlichkeit.",
        "Markus Kötter",
      ],
      ["mit der Faust in der Tasche", "Julia Bergmann"],
      [
        "Ich kann den Leuten in Lennep nicht erklären, warum sie für die Fehler von Bund und Land " +
          "zahlen sollen",
        "Lukas Bergmann",
      ],
      ["Wir sind nicht das Problem, wir sind das Symptom", "Frank Dahlmann"],
      [
        "Solange Düsseldorf und Berlin Aufgaben bestellen, aber nicht bezahlen, wird sich daran nichts " +
          "ändern.",
        "Frank Dahlmann",
      ],
      ["auch die Mieter über die Nebenkosten", "Haus & Grund Remscheid"],
      ["Meine Rente steigt nicht um 120 Punkte.", "Eine Zuhörerin aus Hasten"],
    ],
  },
  {
    name:
      "Anzeiger für Harlingerland, Ostfriesland, Unwetter: Sturmflut auf Spiekeroog, BSH-Teilzitat " +
      "als „das Amt“, Inselbürgermeister mit „sagte er“ und Fortsetzung, NLWKN mit „teilte der " +
      "Landesbetrieb mit“, Hafenmeister nach Doppelpunkt, Vater und Sohn Gerdes als „der Vater“/„der " +
      "Sohn“, Zitat geteilt um die Zuschreibung, ungenannte Urlauberin, Sturm- und Kuttername in Zeichen",
    todo:
      "«deutlich höher als bei den letzten Fluten» goes to das Bundesamt für Seeschifffahrt, not " +
      "Bundesamt für Seeschifffahrt und Hydrographie; «Wir wollten mal richtigen Sturm erleben, das " +
      "…» goes to Enno Harms, not Eine Urlauberin aus Dortmund",
    headline: "Sturmflut nagt an Spiekeroogs Dünen",
    standfirst:
      "Sturmtief „Jolanda“ hat das Wasser in der Nacht zu Sonntag weit über das mittlere Hochwasser " +
      "gedrückt. In Carolinensiel lief der Hafen voll.",
    paragraphs: [
      "Wittmund/Spiekeroog. Es war die schwerste Sturmflut an der ostfriesischen Küste seit zwei " +
        "Jahren. Am Pegel Harlesiel meldete das Bundesamt für Seeschifffahrt und Hydrographie (BSH) in " +
        "der Nacht zu Sonntag einen Scheitel von 2,38 Metern über dem mittleren Hochwasser. Das Amt hatte " +
        "bereits am Freitag gewarnt, das Wasser werde „deutlich höher als bei den letzten Fluten“ " +
        "auflaufen.",
      "Am stärksten getroffen wurde Spiekeroog. Am Nordweststrand riss das Wasser auf rund 300 Metern " +
        "bis zu acht Meter von der Dünenkante ab. Inselbürgermeister Hauke Janssen machte sich am " +
        "Sonntagmorgen ein Bild. „So etwas habe ich in meinen 25 Jahren auf der Insel noch nicht " +
        "gesehen“, sagte er. „Die Düne ist unser Deich. Wenn sie fehlt, steht irgendwann das Dorf im " +
        "Wasser.“",
      "Der Niedersächsische Landesbetrieb für Wasserwirtschaft, Küsten- und Naturschutz (NLWKN) will " +
        "die Schäden in dieser Woche vermessen. Nach einer ersten Einschätzung seien die Schutzdünen " +
        "„geschwächt, aber nicht durchbrochen“, teilte der Landesbetrieb mit.",
      "In Carolinensiel stand das Wasser am Museumshafen bis auf die Straße. Hafenmeister Gerd Eilers " +
        "war die ganze Nacht auf den Beinen. Er schildert die Lage so: „Um drei Uhr lief das Wasser über " +
        "die Kaje. Wir haben die Autos weggefahren, mehr konnte man nicht machen.“",
      "Die Krabbenkutter blieben im Hafen von Harlesiel. Fischer Heiko Gerdes, der mit seinem Sohn " +
        "Jannes Gerdes die „Gesine“ fährt, hatte die Leinen doppelt belegt. „Der Kutter ist 40 Jahre " +
        "alt, der hat schon Schlimmeres erlebt“, sagte der Vater. Der Sohn sah es nüchterner: „Eine " +
        "Woche nicht rausfahren heißt eine Woche kein Geld.“",
      "Die Deiche auf dem Festland hielten. „Unsere Deiche sind auf so eine Flut ausgelegt“, sagt der " +
        "Oberdeichrichter der Deichacht Esens-Harlingerland, Enno Harms, „aber die Häufung macht uns " +
        "Sorgen.“ Seit Oktober sei dies bereits die dritte Sturmflut.",
      "Eine Urlauberin aus Dortmund, die am Sonntag mit der ersten Fähre zurück aufs Festland wollte, " +
        "musste bis zum Nachmittag warten. „Wir wollten mal richtigen Sturm erleben, das haben wir " +
        "jetzt“, sagte sie lachend.",
    ],
    quotes: [
      ["deutlich höher als bei den letzten Fluten", "Bundesamt für Seeschifffahrt und Hydrographie"],
      ["So etwas habe ich in meinen 25 Jahren auf der Insel noch nicht gesehen", "Hauke Janssen"],
      ["Die Düne ist unser Deich. Wenn sie fehlt, steht irgendwann das Dorf im Wasser.", "Hauke Janssen"],
      [
        "geschwächt, aber nicht durchbrochen",
        "Der Niedersächsische Landesbetrieb für Wasserwirtschaft, Küsten- und Naturschutz",
      ],
      [
        "Um drei Uhr lief das Wasser über die Kaje. Wir haben die Autos weggefahren, mehr konnte man " +
          "nicht machen.",
        "Gerd Eilers",
      ],
      ["Der Kutter ist 40 Jahre alt, der hat schon Schlimmeres erlebt", "Heiko Gerdes"],
      ["Eine Woche nicht rausfahren heißt eine Woche kein Geld.", "Jannes Gerdes"],
      ["Unsere Deiche sind auf so eine Flut ausgelegt", "Enno Harms"],
      ["aber die Häufung macht uns Sorgen.", "Enno Harms"],
      ["Wir wollten mal richtigen Sturm erleben, das haben wir jetzt", "Eine Urlauberin aus Dortmund"],
    ],
  },
  {
    name:
      "Südthüringer Zeitung, Thüringen, Gesundheit, »…«: Kreißsaal schließt, Überschriftszitat der " +
      "Geschäftsführerin im Text und „so die 52-Jährige“, Chefarzt mit Titel, Hebammensprecherin nach " +
      "Doppelpunkt, „so der Landrat“, Ministerium mit Teilzitat, junge Mutter mit „sagt sie“, " +
      "ungenannter Arzt mit Teilzitat, Petitionsname in Zeichen",
    todo:
      "«eine wohnortnahe Versorgung in Suhl» goes to die Entscheidung, not Das Thüringer " +
      "Gesundheitsministerium; «Unser Kreißsaal bleibt» taken for a quote",
    headline: "Kreißsaal in Hildburghausen schließt: »Wir finden einfach keine Ärzte mehr«",
    standfirst:
      "Ab April sollen werdende Mütter nach Suhl oder Coburg fahren. Eine Online-Petition hat schon " +
      "mehr als 8000 Unterschriften.",
    paragraphs: [
      "Hildburghausen. Die Henneberg-Kliniken geben ihre Geburtsstation auf. Zum 1. April wird der " +
        "Kreißsaal in Hildburghausen geschlossen, wie die Geschäftsführung am Montag den Beschäftigten " +
        "mitteilte. Im vergangenen Jahr kamen dort noch 312 Kinder zur Welt.",
      "»Wir finden einfach keine Ärzte mehr«, sagte Geschäftsführerin Kerstin Wohlfahrt. Zwei der vier " +
        "Fachärzte der Frauenklinik gingen im Frühjahr in den Ruhestand, Nachfolger seien trotz " +
        "intensiver Suche nicht in Sicht. »Eine Geburtshilfe mit zwei Ärzten rund um die Uhr zu " +
        "betreiben, wäre verantwortungslos«, so die 52-Jährige.",
      "Chefarzt Dr. med. Rainer Fischbach, der die Abteilung seit 19 Jahren leitet, sieht das genauso. " +
        "»Ich habe selbst Bewerbungsgespräche geführt. Die jungen Kollegen wollen in die Städte.« Die " +
        "gynäkologische Station und die Ambulanz bleiben erhalten.",
      "Für die acht Hebammen ist die Nachricht ein Schock. Ihre Sprecherin Doreen Hüttner sagte am " +
        "Abend: »Wir haben hier Kinder geholt, deren Mütter wir schon auf die Welt geholt haben. Das " +
        "bricht einem das Herz.«",
      "Landrat Jens Ahnert (CDU) kündigte an, sich beim Land für den Erhalt einzusetzen. Für eine " +
        "Schwangere aus Bad Colberg-Heldburg verlängere sich der Weg in den nächsten Kreißsaal auf fast " +
        "50 Minuten. »Das ist im ländlichen Raum nicht hinnehmbar«, so der Landrat.",
      "Das Thüringer Gesundheitsministerium erklärte, man bedauere die Entscheidung, könne sie aber " +
        "nicht verhindern. Die Krankenhausplanung sehe für die Region »eine wohnortnahe Versorgung in " +
        "Suhl« vor.",
      "Die Petition »Unser Kreißsaal bleibt« hat Anne Schmalz aus Themar gestartet. Die 29-Jährige hat " +
        "ihre Tochter im Sommer in Hildburghausen bekommen. »Es ging alles so schnell. Bis Suhl hätten " +
        "wir es nicht mehr geschafft«, sagt sie.",
      "Ein Arzt des Hauses, der anonym bleiben möchte, spricht von einem »Ende mit Ansage«. Die " +
        "Personalnot sei seit Jahren bekannt gewesen.",
    ],
    quotes: [
      ["Wir finden einfach keine Ärzte mehr", "Kerstin Wohlfahrt"],
      [
        "Eine Geburtshilfe mit zwei Ärzten rund um die Uhr zu betreiben, wäre verantwortungslos",
        "Kerstin Wohlfahrt",
      ],
      [
        "Ich habe selbst Bewerbungsgespräche geführt. Die jungen Kollegen wollen in die Städte.",
        "Rainer Fischbach",
      ],
      [
        "Wir haben hier Kinder geholt, deren Mütter wir schon auf die Welt geholt haben. Das bricht " +
          "einem das Herz.",
        "Doreen Hüttner",
      ],
      ["Das ist im ländlichen Raum nicht hinnehmbar", "Jens Ahnert"],
      ["eine wohnortnahe Versorgung in Suhl", "Das Thüringer Gesundheitsministerium"],
      ["Es ging alles so schnell. Bis Suhl hätten wir es nicht mehr geschafft", "Anne Schmalz"],
      ["Ende mit Ansage", "Ein Arzt des Hauses"],
    ],
  },
  {
    name:
      "Mindelheimer Zeitung, Unterallgäu, Bildung: Ganztagsanspruch, Rektorin mit „sagt“ und " +
      "Fortsetzung, ihr Mann als Konrektor nach Doppelpunkt, Bürgermeister im Konjunktiv mit Teilzitat, " +
      "Elternbeiratsvorsitzende im Konjunktiv dann Zitat, Ministeriumssprecher mit Teilzitat, Schüler " +
      "mit Vornamen und Alter, Programmname in Zeichen",
    headline: "Ganztag ab 2026: Der Grundschule Mindelheim fehlt der Platz",
    paragraphs: [
      "Mindelheim – Ab dem Schuljahr 2026/27 haben Erstklässler in Bayern einen Rechtsanspruch auf " +
        "Ganztagsbetreuung. An der Grundschule Mindelheim weiß man noch nicht, wo die Kinder dann essen " +
        "sollen. Der Speiseraum im Untergeschoss fasst 40 Kinder, angemeldet sind für das kommende Jahr " +
        "schon 96.",
      "„Wir essen schon jetzt in drei Schichten“, sagt Rektorin Claudia Huber. „Bei vier Schichten " +
        "fängt das Mittagessen für die Ersten um halb elf an. Das kann niemand wollen.“",
      "Ihr Mann Stefan Huber ist Konrektor an derselben Schule und koordiniert die " +
        "Nachmittagsbetreuung. Er sieht vor allem ein Personalproblem: „Räume kann man zur Not anmieten. " +
        "Aber wer soll die Kinder bis 16 Uhr betreuen, wenn wir schon heute keine Erzieherinnen finden?“",
      "Die Stadt als Sachaufwandsträger plant einen Anbau mit Mensa und vier Gruppenräumen, Kosten: rund " +
        "6,8 Millionen Euro. Bürgermeister Martin Zeller (CSU) räumte im Stadtrat ein, dass der Anbau " +
        "frühestens zum Schuljahr 2027/28 fertig werde. Bis dahin müsse man „kreativ sein“. Denkbar sei, " +
        "das Pfarrheim mitzunutzen.",
      "Die Vorsitzende des Elternbeirats, Sabine Kögel, hält das für zu spät. Viele Eltern hätten sich " +
        "auf den Rechtsanspruch verlassen und ihre Arbeitszeiten danach geplant. „Der Anspruch steht im " +
        "Gesetz. Da kann man nicht einfach sagen: Tut uns leid, kommt ein Jahr später wieder.“",
      "Das bayerische Kultusministerium verweist auf Fördermittel aus dem „Investitionsprogramm " +
        "Ganztagsausbau“. Kommunen, die ihre Anträge rechtzeitig stellten, würden „nicht allein " +
        "gelassen“, teilte ein Ministeriumssprecher auf Anfrage mit.",
      "Die Kinder selbst sehen das pragmatisch. „Hauptsache, es gibt Nudeln“, sagt der achtjährige " +
        "Jonas aus der 3a.",
    ],
    quotes: [
      ["Wir essen schon jetzt in drei Schichten", "Claudia Huber"],
      [
        "Bei vier Schichten fängt das Mittagessen für die Ersten um halb elf an. Das kann niemand wollen.",
        "Claudia Huber",
      ],
      [
        "Räume kann man zur Not anmieten. Aber wer soll die Kinder bis 16 Uhr betreuen, wenn wir schon " +
          "heute keine Erzieherinnen finden?",
        "Stefan Huber",
      ],
      ["kreativ sein", "Martin Zeller"],
      [
        "Der Anspruch steht im Gesetz. Da kann man nicht einfach sagen: Tut uns leid, kommt ein Jahr " +
          "später wieder.",
        "Sabine Kögel",
      ],
      ["nicht allein gelassen", "ein Ministeriumssprecher"],
      ["Hauptsache, es gibt Nudeln", "Jonas"],
    ],
  },
  {
    name:
      "KirchenZeitung Diözese Linz, Oberösterreich, Religion: Sternsinger, Organisatorin mit „sagt die " +
      "Jungschar-Begleiterin“ und Fortsetzung, Überschriftszitat der Tochter im Text, Sohn mit gleichem " +
      "Nachnamen, Pfarrer mit Teilzitat, Hilfswerk im Konjunktiv mit Teilzitat, Ordensschwester nach " +
      "Doppelpunkt, ungenannte Bäuerin, Motto in Zeichen",
    todo:
      "«in Häuser, in die sonst niemand von der Kirch…» goes to Felix Pirklbauer, not Josef " +
      "Hinterreiter; «direkt bei den Menschen an, die ihn brauchen» goes to das Hilfswerk, not Die " +
      "Dreikönigsaktion; «Mehr als im Vorjahr» goes to Eine Bäuerin aus der Ortschaft Schönau, not " +
      "Elisabeth Pirklbauer",
    headline: "„Wir gehen auch bei minus zehn Grad“",
    standfirst:
      "In Bad Leonfelden ziehen heuer 64 Kinder als Sternsinger von Haus zu Haus. Ein Besuch am ersten " +
      "Tag der Aktion.",
    paragraphs: [
      "Bad Leonfelden. Um halb acht in der Früh ist es im Pfarrheim noch dunkel, aber schon laut. 64 " +
        "Kinder ziehen sich Kronen und Umhänge an, Mütter schminken letzte Gesichter, irgendwo sucht " +
        "jemand einen Stern. Die Sternsingeraktion der Pfarre Bad Leonfelden ist eine der größten im " +
        "Mühlviertel.",
      "Seit 14 Jahren organisiert Elisabeth Pirklbauer die Aktion. „Am Anfang hatten wir acht Gruppen, " +
        "heuer sind es sechzehn“, sagt die Jungschar-Begleiterin. Manche Kinder, die damals mitgegangen " +
        "seien, kämen heute als Begleitpersonen. „Das ist für mich das Schönste daran.“",
      "Auch Pirklbauers Kinder sind dabei. Die elfjährige Hannah Pirklbauer geht heuer zum vierten Mal " +
        "mit, diesmal als Caspar. „Wir gehen auch bei minus zehn Grad“, sagt sie. Ihr Bruder Felix " +
        "Pirklbauer, acht Jahre alt, ist zum ersten Mal dabei und hat vor allem eine Sorge: „Hoffentlich " +
        "kann ich mir den Text merken.“",
      "Pfarrer Josef Hinterreiter segnete die Gruppen vor dem Aufbruch in der Pfarrkirche. Die " +
        "Sternsinger brächten den Segen auch „in Häuser, in die sonst niemand von der Kirche mehr " +
        "kommt“, sagte er in seiner kurzen Ansprache.",
      "Die Dreikönigsaktion, das Hilfswerk der Katholischen Jungschar, unterstützt heuer unter dem " +
        "Motto „Wasser für alle“ Projekte in Tansania. In Oberösterreich seien im Vorjahr 3,1 Millionen " +
        "Euro gesammelt worden, teilte das Hilfswerk mit. Jeder Euro komme „direkt bei den Menschen an, " +
        "die ihn brauchen“.",
      "Zu Gast in Bad Leonfelden ist Schwester Agnes Mrema aus Moshi, die eines der Wasserprojekte " +
        "leitet. Sie erzählte den Kindern vor dem Aufbruch von ihrer Arbeit: „In unseren Dörfern gehen " +
        "Mädchen in eurem Alter jeden Tag zwei Stunden, um Wasser zu holen. Mit eurem Geld bauen wir " +
        "Brunnen.“",
      "Eine Bäuerin aus der Ortschaft Schönau hat für jede Gruppe Krapfen gebacken. „Die Kinder sind ja " +
        "schon seit der Früh unterwegs“, sagt sie und schenkt heißen Tee nach.",
      "Am Abend zählt Pirklbauer im Pfarrheim das Geld. „Mehr als im Vorjahr“, sagt sie nur und lächelt.",
    ],
    quotes: [
      ["Wir gehen auch bei minus zehn Grad", "Hannah Pirklbauer"],
      ["Am Anfang hatten wir acht Gruppen, heuer sind es sechzehn", "Elisabeth Pirklbauer"],
      ["Das ist für mich das Schönste daran.", "Elisabeth Pirklbauer"],
      ["Hoffentlich kann ich mir den Text merken.", "Felix Pirklbauer"],
      ["in Häuser, in die sonst niemand von der Kirche mehr kommt", "Josef Hinterreiter"],
      ["direkt bei den Menschen an, die ihn brauchen", "Die Dreikönigsaktion"],
      [
        "In unseren Dörfern gehen Mädchen in eurem Alter jeden Tag zwei Stunden, um Wasser zu holen. " +
          "Mit eurem Geld bauen wir Brunnen.",
        "Agnes Mrema",
      ],
      ["Die Kinder sind ja schon seit der Früh unterwegs", "Eine Bäuerin aus der Ortschaft Schönau"],
      ["Mehr als im Vorjahr", "Elisabeth Pirklbauer"],
    ],
  },
  {
    name:
      "Braunauer Warte, Innviertel, Gericht: Pellets-Betrug am Landesgericht Ried, Vorspann-Zitat des " +
      "Angeklagten im Text wiederholt, Landwirt als Zeuge nach Doppelpunkt, Staatsanwalt im Konjunktiv " +
      "dann Zitat, Verteidigerin mit Titel und „so Stranzinger“, Richterin mit „sagte sie“ und " +
      "Fortsetzung, AK-Konsumentenschützerin, Firmenname in Zeichen",
    todo:
      "«Das war eine Spirale, aus der ich nicht mehr …» goes to Mattighofen Holzpellets, not Der " +
      "Angeklagte; «Ich wollte niemanden betrügen» goes to der Angeklagte, not Der Angeklagte; " +
      "«Jede Woche hat es geheißen, der Lkw kommt am …» goes to Internet Pellets, not ein Landwirt " +
      "aus Eggelsberg; «Wer im Oktober Geld für Pellets nimmt, die er…» goes to der Angeklagte, not " +
      "Florian Reisinger; «Sie haben das Vertrauen von Menschen ausgenut…» goes to Birgit " +
      "Stranzinger, not Karin Weilbuchner; «Das wiegt schwer.» goes to Birgit Stranzinger, not " +
      "Karin Weilbuchner",
    headline: "Pellets bezahlt, nie geliefert: 20 Monate bedingt für Händler",
    standfirst:
      "Ein 47-jähriger Brennstoffhändler aus dem Bezirk Braunau kassierte von 86 Kunden Vorauszahlungen. " +
      "Vor Gericht sagte er: „Das war eine Spirale, aus der ich nicht mehr herausgekommen bin.“",
    paragraphs: [
      "Ried/Braunau. Zwei Winter lang hat ein Brennstoffhändler aus Mattighofen Holzpellets verkauft, " +
        "die er gar nicht hatte. Am Landesgericht Ried wurde der 47-Jährige am Dienstag wegen schweren " +
        "gewerbsmäßigen Betrugs zu 20 Monaten bedingter Haft verurteilt. Der Schaden beträgt laut " +
        "Anklage rund 240.000 Euro.",
      "Der Mann hatte über seine Firma „Innviertler Wärmeprofi“ im Internet Pellets zu Preisen " +
        "angeboten, die deutlich unter dem Marktpreis lagen. Die Kunden mussten vorab zahlen, geliefert " +
        "wurde nur in den ersten Monaten.",
      "„Ich wollte niemanden betrügen“, sagte der Angeklagte, der sich schuldig bekannte. Als die " +
        "Pelletspreise 2022 explodiert seien, habe er mit dem Geld neuer Kunden die Lieferungen an alte " +
        "Kunden bezahlt. „Das war eine Spirale, aus der ich nicht mehr herausgekommen bin.“",
      "Als Zeuge sagte ein Landwirt aus Eggelsberg aus, der 2800 Euro für sechs Tonnen Pellets " +
        "überwiesen hatte. Er schilderte, wie er wochenlang vertröstet wurde: „Jede Woche hat es " +
        "geheißen, der Lkw kommt am Freitag. Im Jänner habe ich dann mit Holz aus dem eigenen Wald " +
        "geheizt.“",
      "Staatsanwalt Florian Reisinger sah dahinter ein System. Der Angeklagte habe noch Bestellungen " +
        "angenommen, als er längst gewusst habe, dass er nicht liefern könne. „Wer im Oktober Geld für " +
        "Pellets nimmt, die er nicht hat, der weiß, was er tut.“",
      "Verteidigerin Mag. Birgit Stranzinger verwies auf die Schadenswiedergutmachung: Ihr Mandant habe " +
        "bereits 60.000 Euro zurückgezahlt und arbeite inzwischen als Lkw-Fahrer. „Er ist kein " +
        "Krimineller, er ist ein gescheiterter Geschäftsmann“, so Stranzinger.",
      "Die Vorsitzende des Schöffensenats, Richterin Karin Weilbuchner, wertete das Geständnis und die " +
        "Unbescholtenheit als mildernd. „Sie haben das Vertrauen von Menschen ausgenutzt, die Ihnen ihr " +
        "Geld im Voraus gegeben haben“, sagte sie in der Urteilsbegründung. „Das wiegt schwer.“ Der " +
        "Angeklagte nahm das Urteil an, der Staatsanwalt gab keine Erklärung ab. Es ist daher nicht " +
        "rechtskräftig.",
      "Die Arbeiterkammer Oberösterreich rät nach dem Fall zur Vorsicht bei Vorauszahlungen. „Wenn ein " +
        "Preis zu gut ist, um wahr zu sein, ist er es meistens auch“, sagt AK-Konsumentenschützerin " +
        "Ulrike Grabner.",
    ],
    quotes: [
      ["Das war eine Spirale, aus der ich nicht mehr herausgekommen bin.", "Der Angeklagte"],
      ["Ich wollte niemanden betrügen", "Der Angeklagte"],
      [
        "Jede Woche hat es geheißen, der Lkw kommt am Freitag. Im Jänner habe ich dann mit Holz aus " +
          "dem eigenen Wald geheizt.",
        "ein Landwirt aus Eggelsberg",
      ],
      ["Wer im Oktober Geld für Pellets nimmt, die er nicht hat, der weiß, was er tut.", "Florian Reisinger"],
      ["Er ist kein Krimineller, er ist ein gescheiterter Geschäftsmann", "Birgit Stranzinger"],
      [
        "Sie haben das Vertrauen von Menschen ausgenutzt, die Ihnen ihr Geld im Voraus gegeben haben",
        "Karin Weilbuchner",
      ],
      ["Das wiegt schwer.", "Karin Weilbuchner"],
      ["Wenn ein Preis zu gut ist, um wahr zu sein, ist er es meistens auch", "Ulrike Grabner"],
    ],
  },
  {
    name:
      "K-Tipp, Schweiz, Konsum, «…» ohne ß: Fitnessabos, Leserin mit „sagt die 58-Jährige“ und " +
      "Fortsetzung, AGB als Sprecher, ungenannter Leser mit „schreibt“, Geschäftsführer im Konjunktiv " +
      "dann alleinstehendes Zitat, Rechtsprofessor mit „sagt er“ und Fortsetzung, Stiftung für " +
      "Konsumentenschutz mit „spricht von“, ungenannte Mitarbeiterin, Ironiezeichen",
    todo:
      "«stillschweigend um ein weiteres Jahr» goes to Monika Gerber, not Die allgemeinen " +
      "Geschäftsbedingungen von Fitpark; «Die Kundin hätte rechtzeitig kündigen können.» goes to " +
      "Monika Gerber, not Daniel Rohrer; «Kostenfalle, die vor allem ältere Menschen trifft» goes " +
      "to Beat Rüegsegger, not Die Stiftung für Konsumentenschutz",
    headline: "Fitnesscenter: Das Abo verlängert sich still und leise",
    standfirst:
      "Wer die Kündigungsfrist verpasst, zahlt ein weiteres Jahr. K-Tipp-Leser ärgern sich – und ein " +
      "Rechtsprofessor hält viele Klauseln für heikel.",
    paragraphs: [
      "Monika Gerber aus Thun BE staunte, als sie im Oktober eine Rechnung über 890 Franken im " +
        "Briefkasten fand. Sie hatte ihr Abo beim Fitnesscenter Fitpark in Steffisburg seit dem " +
        "Frühling nicht mehr benutzt. «Ich dachte, das Abo läuft einfach aus», sagt die 58-Jährige. " +
        "«Dass es sich automatisch verlängert, stand nirgends gross geschrieben.»",
      "Tatsächlich steht es in den allgemeinen Geschäftsbedingungen von Fitpark, auf Seite 3 unter " +
        "Ziffer 7.2: Das Abo verlängere sich «stillschweigend um ein weiteres Jahr», wenn es nicht drei " +
        "Monate vor Ablauf schriftlich gekündigt werde.",
      "Beim K-Tipp meldeten sich in den letzten Wochen über 40 Leserinnen und Leser mit ähnlichen " +
        "Erfahrungen, bei verschiedenen Anbietern. Manche Studios locken mit einem «Treuerabatt», der nur " +
        "gilt, wenn man sich gleich für zwei Jahre bindet. Ein Leser aus Winterthur schreibt: «Ich habe " +
        "zwei Jahre für ein Studio bezahlt, das ich nach dem Umzug nie mehr betreten habe.»",
      "Fitpark-Geschäftsführer Daniel Rohrer weist die Kritik zurück. Die Verlängerung werde beim " +
        "Vertragsabschluss erwähnt, zudem erhielten alle Kunden zwei Monate vor Ablauf eine E-Mail. " +
        "Frau Gerber sei kein Einzelfall, aber auch kein Opfer.",
      "«Die Kundin hätte rechtzeitig kündigen können.»",
      "Für Rechtsprofessor Beat Rüegsegger von der Universität Bern sind solche Klauseln heikel. «Eine " +
        "automatische Verlängerung um ein ganzes Jahr ist für Konsumenten ungewöhnlich belastend», sagt " +
        "er. «Wer sie im Vertrag nicht deutlich hervorhebt, riskiert, dass sie vor Gericht nicht " +
        "standhält.»",
      "Die Stiftung für Konsumentenschutz fordert seit Jahren eine gesetzliche Regelung. Sie spricht " +
        "von einer «Kostenfalle, die vor allem ältere Menschen trifft».",
      "Eine Mitarbeiterin eines Fitnesscenters in Bern, die nicht namentlich genannt werden will, " +
        "bestätigt: «Wir sind angewiesen, bei der Anmeldung nicht über die Verlängerung zu reden, ausser " +
        "wenn jemand fragt.»",
      "Der K-Tipp rät: Jahresabos gleich nach dem Abschluss auf das Ende der Laufzeit kündigen, per " +
        "Einschreiben. Monika Gerber hat das inzwischen getan. Bezahlt hat sie trotzdem. «Für mich ist " +
        "das Lehrgeld.»",
    ],
    quotes: [
      ["Ich dachte, das Abo läuft einfach aus", "Monika Gerber"],
      ["Dass es sich automatisch verlängert, stand nirgends gross geschrieben.", "Monika Gerber"],
      ["stillschweigend um ein weiteres Jahr", "Die allgemeinen Geschäftsbedingungen von Fitpark"],
      [
        "Ich habe zwei Jahre für ein Studio bezahlt, das ich nach dem Umzug nie mehr betreten habe.",
        "Ein Leser aus Winterthur",
      ],
      ["Die Kundin hätte rechtzeitig kündigen können.", "Daniel Rohrer"],
      [
        "Eine automatische Verlängerung um ein ganzes Jahr ist für Konsumenten ungewöhnlich belastend",
        "Beat Rüegsegger",
      ],
      [
        "Wer sie im Vertrag nicht deutlich hervorhebt, riskiert, dass sie vor Gericht nicht standhält.",
        "Beat Rüegsegger",
      ],
      ["Kostenfalle, die vor allem ältere Menschen trifft", "Die Stiftung für Konsumentenschutz"],
      [
        "Wir sind angewiesen, bei der Anmeldung nicht über die Verlängerung zu reden, ausser wenn " +
          "jemand fragt.",
        "Eine Mitarbeiterin eines Fitnesscenters in Bern",
      ],
      ["Für mich ist das Lehrgeld.", "Monika Gerber"],
    ],
  },
  {
    name:
      "Prättigauer und Herrschäftler, Graubünden, Landwirtschaft, «…» ohne ß: Alpsommer und Wolf, " +
      "Überschriftszitat des Alpmeisters im Text, Hirte mit „sagt der 31-Jährige“, Amt für Jagd und " +
      "Fischerei mit „schreibt das Amt“, Brüder Hartmann mit „sein Bruder“, Bauernverbandspräsident nach " +
      "Doppelpunkt, Regierungsrat im Konjunktiv dann alleinstehendes Zitat, ungenannte Wanderin, " +
      "Rudelname in Zeichen",
    todo:
      "«eine deutliche Wirkung» goes to Das Amt für Jagd, not Das Amt für Jagd und Fischerei " +
      "Graubünden; «Die sind schlauer, als man denkt.» goes to Andrea Hartmann, not Luzi Hartmann; " +
      "«Ein Hirt kostet pro Sommer 30 000 Franken. Da…» goes to Geld, not Gian-Marco Caduff; «Die " +
      "Hunde machen nur ihren Job. Man muss sie …» goes to Eine Wanderin aus Zürich, not Christian " +
      "Flütsch",
    headline: "Alpsommer im Prättigau: «Ohne Herdenschutz ginge es nicht mehr»",
    standfirst:
      "Auf den Alpen zwischen Klosters und Seewis wurden in diesem Sommer 23 Schafe gerissen, deutlich " +
      "weniger als im Vorjahr. Die Älpler sind trotzdem müde.",
    paragraphs: [
      "Schiers. Anfang Woche sind die letzten Schafe von der Alp Stels ins Tal gekommen. Für Alpmeister " +
        "Christian Flütsch geht ein Sommer zu Ende, der besser lief als befürchtet. «Ohne Herdenschutz " +
        "ginge es nicht mehr», sagt er. Die Zahlen gäben den Älplern recht.",
      "Auf der Alp hat Hirte Marco Jenny mit zwei Herdenschutzhunden 650 Schafe betreut, von Juni bis " +
        "September praktisch rund um die Uhr. «Man schläft nie richtig. Wenn die Hunde in der Nacht " +
        "bellen, bist du sofort wach», sagt der 31-Jährige.",
      "Das Amt für Jagd und Fischerei Graubünden zählte im Prättigau in diesem Sommer 23 gerissene " +
        "Nutztiere, im Vorjahr waren es 61. Das sogenannte «Rätikon-Rudel» habe sich vermehrt auf Wild " +
        "konzentriert, schreibt das Amt. Der Herdenschutz zeige «eine deutliche Wirkung».",
      "Weniger Glück hatten die Brüder Andrea und Luzi Hartmann aus Fideris. Auf ihrer Alp wurden im " +
        "August an einem einzigen Wochenende neun Schafe gerissen. «Wir hatten den Zaun am Freitag noch " +
        "kontrolliert», sagt Andrea Hartmann. Sein Bruder ist überzeugt, dass der Wolf die Hunde " +
        "inzwischen kennt: «Die sind schlauer, als man denkt.»",
      "Der Präsident des Bündner Bauernverbands, Gian-Marco Caduff, fordert mehr Geld für die Alpen: " +
        "«Ein Hirt kostet pro Sommer 30 000 Franken. Das kann keine Alpgenossenschaft allein stemmen.»",
      "Regierungsrat Men Derungs sagte an einer Informationsveranstaltung in Küblis, der Kanton werde " +
        "die Beiträge für Herdenschutzhunde im kommenden Jahr erhöhen. Ein Gesuch um Regulierung des " +
        "Rudels sei beim Bund hängig.",
      "«Wir lassen die Alpwirtschaft nicht im Stich.»",
      "Nicht alle Wanderer haben Verständnis für die Hunde. Eine Wanderin aus Zürich erzählte, sie sei " +
        "auf dem Prättigauer Höhenweg von einem Hund verbellt worden: «Ich bin fast eine Stunde " +
        "zurückgelaufen.» Flütsch kennt solche Geschichten. «Die Hunde machen nur ihren Job. Man muss sie " +
        "einfach in Ruhe lassen.»",
    ],
    quotes: [
      ["Ohne Herdenschutz ginge es nicht mehr", "Christian Flütsch"],
      ["Man schläft nie richtig. Wenn die Hunde in der Nacht bellen, bist du sofort wach", "Marco Jenny"],
      ["eine deutliche Wirkung", "Das Amt für Jagd und Fischerei Graubünden"],
      ["Wir hatten den Zaun am Freitag noch kontrolliert", "Andrea Hartmann"],
      ["Die sind schlauer, als man denkt.", "Luzi Hartmann"],
      [
        "Ein Hirt kostet pro Sommer 30 000 Franken. Das kann keine Alpgenossenschaft allein stemmen.",
        "Gian-Marco Caduff",
      ],
      ["Wir lassen die Alpwirtschaft nicht im Stich.", "Men Derungs"],
      ["Ich bin fast eine Stunde zurückgelaufen.", "Eine Wanderin aus Zürich"],
      ["Die Hunde machen nur ihren Job. Man muss sie einfach in Ruhe lassen.", "Christian Flütsch"],
    ],
  },
  {
    name:
      "Sportnews.bz, Südtirol, Eishockey: Derby Pustertal gegen Bozen, Überschriftszitat des " +
      "Torschützen im Text, Trainer mit Teilzitat und „der Kanadier“, Torhüter und Bruder mit gleichem " +
      "Nachnamen, gegnerischer Kapitän nach Doppelpunkt, Gästetrainer im Konjunktiv mit Teilzitat, " +
      "Vereinsaussendung, ungenannter Fan, Fangesang in Zeichen",
    todo:
      "«Im Kabinengang haben wir uns nur kurz angesch…» goes to Simon Hofer, not Thomas Hofer; " +
      "«Derbysiege sind die schönsten Siege.» goes to Ein Fan aus Sand, not Ein Fan aus Sand in " +
      "Taufers",
    headline: "Pustertal gewinnt das Derby: „Das war für unsere Fans“",
    standfirst:
      "Die Wölfe schlagen den HCB Südtirol vor 3100 Zuschauern in der Intercable Arena mit 4:2. Der " +
      "Matchwinner ist ein 20-Jähriger aus Olang.",
    paragraphs: [
      "Bruneck – Was für ein Abend in der Intercable Arena! Der HC Pustertal hat das Südtirol-Derby in " +
        "der ICE Hockey League gegen den HCB Südtirol Alperia mit 4:2 gewonnen. Zwei Tore erzielte Lukas " +
        "Mairhofer, ein 20-Jähriger aus Olang, der erst seit dieser Saison in der ersten Mannschaft spielt.",
      "„Das war für unsere Fans“, sagte Mairhofer nach dem Spiel. Beim entscheidenden 3:2 in der 51. " +
        "Minute traf er nach einem Pass von Kapitän Daniel Tschurtschenthaler ins lange Eck.",
      "Wölfe-Coach Jason Moore, seit dem Sommer in Bruneck, sprach von einem „Arbeitssieg“. Der " +
        "Kanadier lobte vor allem das Unterzahlspiel. „Wir haben drei Strafen überstanden, ohne ein Tor " +
        "zu kassieren. Das gewinnt Derbys.“",
      "Im Tor stand Thomas Hofer, der 34 Schüsse parierte. Sein jüngerer Bruder Simon Hofer spielt in " +
        "der Verteidigung. „Im Kabinengang haben wir uns nur kurz angeschaut, da war alles gesagt“, " +
        "erzählte der Torhüter. Simon Hofer grinste: „Er hat heute alles gehalten. Beim Abendessen zahlt " +
        "er.“",
      "Beim HCB war die Enttäuschung groß. Kapitän Markus Gasser fand deutliche Worte: „Wir waren 40 " +
        "Minuten die bessere Mannschaft und stehen mit leeren Händen da. Das darf uns nicht passieren.“",
      "HCB-Trainer Luca Rossi sagte, seine Mannschaft habe im Schlussdrittel den Faden verloren. Die " +
        "Niederlage sei „ärgerlich, aber kein Beinbruch“, am Freitag gehe es in Graz weiter.",
      "Für Aufregung sorgten vor dem Spiel bengalische Feuer im Gästesektor. Der HC Pustertal kündigte " +
        "in einer Aussendung an, die Vorfälle „gemeinsam mit der Quästur“ aufzuarbeiten. Die Heimfans " +
        "feierten ihr Team noch lange nach der Schlusssirene mit „Wölfe, Wölfe“.",
      "Ein Fan aus Sand in Taufers, seit 30 Jahren Dauerkartenbesitzer, brachte es auf den Punkt: " +
        "„Derbysiege sind die schönsten Siege.“",
    ],
    quotes: [
      ["Das war für unsere Fans", "Lukas Mairhofer"],
      ["Arbeitssieg", "Jason Moore"],
      ["Wir haben drei Strafen überstanden, ohne ein Tor zu kassieren. Das gewinnt Derbys.", "Jason Moore"],
      ["Im Kabinengang haben wir uns nur kurz angeschaut, da war alles gesagt", "Thomas Hofer"],
      ["Er hat heute alles gehalten. Beim Abendessen zahlt er.", "Simon Hofer"],
      [
        "Wir waren 40 Minuten die bessere Mannschaft und stehen mit leeren Händen da. Das darf uns " +
          "nicht passieren.",
        "Markus Gasser",
      ],
      ["ärgerlich, aber kein Beinbruch", "Luca Rossi"],
      ["gemeinsam mit der Quästur", "Der HC Pustertal"],
      ["Derbysiege sind die schönsten Siege.", "Ein Fan aus Sand in Taufers"],
    ],
  },
]);
