// A twenty-fourth round of composed German news articles, in the styles of outlets and beats the first
// twenty-three rounds (articles.de to articles23.de) did not use: Glarner Nachrichten (Switzerland,
// politics, with «…»: the Landsgemeinde voting on solar panels, a joiner quoted in the headline and named
// only in the body, with „rief der 63-jährige Schreiner“ and continued with no verb, the Landammann with
// „sagte er“ and reported speech, the Memorial's fragment with „nennt“, two men in one paragraph with
// „entgegnete Zweifel“ and „schüttelte den Kopf:“, an unnamed young woman, a sign), Hildesheimer
// Allgemeine Zeitung (courts: a driver on his phone who killed a cyclist, the widow quoted in the
// standfirst as „die Witwe“ and named only in the body as „die 57-Jährige“, the accused by initial with
// „sagte er“ and after „wandte sich an … :“, her lawyer's fragment in reported speech, an expert as „der
// Gutachter“, the judge's split quote, a chat group's name and a term), Berliner Morgenpost (transport:
// the U8 closed for six months, a nurse quoted in the headline and named only in the body as „die
// 38-Jährige“, the BVG spokeswoman, two women in one paragraph with „sagte die Senatorin“, a fragment after
// „hielt ihr vor“ and „konterte:“, a passengers' association's statement with „heißt es“, an unnamed
// late-shop owner with no verb, a poster), Oberbayerisches Volksblatt (sport: an ice hockey derby won in
// overtime, the scorer quoted in the standfirst only as „der Siegtorschütze“, the coach after a colon, the
// captain with a quote over two paragraphs, two men in one paragraph with „meinte der Tscheche“ and the
// goalkeeper with no verb, an unnamed season-ticket holder, a nickname and a banner), Der Grazer (Austria,
// local life: the last cobbler in Lend closing, two women sharing a surname in one paragraph with „erzählt
// die 48-Jährige“ and „Ihre Mutter nickt:“, the guild master's fragment with „betont“, a district head with
// inverted „bedauert“, an unnamed regular with no verb, a cat's and a subsidy's names), Revue (Luxembourg,
// culture, with »…« and ›…‹: a film opening the Luxembourg City Film Festival, the director quoted in the
// headline and named only in the body, a lay actress with a nested quote and „erzählte die frühere
// Verkäuferin“, the film fund writing, the minister's fragment after „lobte … als“, two women in one
// paragraph with „Weydert lacht:“, an unnamed critic's fragment, a film's title), Allgemeine Deutsche
// Zeitung für Rumänien (Romania, education: German-language schools short of teachers, a head teacher
// quoted in the standfirst as „eine Schulleiterin“ and named only in the body, with „erklärt die
// 51-Jährige“ and a closing quote with no verb, the school inspectorate with „heißt es beim Inspektorat“, a
// teacher from Leipzig with „erzählt er“, the German Forum's fragment after „bezeichnete … als“, a pupil by
// first name and his mother after „ist besorgt:“, a programme's working title), Stader Tageblatt
// (environment: salt water in the Altes Land's ditches, a fruit grower as „der 52-Jährige“ and at the end
// with no verb, a hydrologist with a doctor's title and her fragment in reported speech, the waterways office
// with „teilte die Behörde mit“, two men in one paragraph with „sagt Rolker“ and „ergänzt:“, an unnamed BUND
// spokeswoman's fragment, a so-called term and a dredger's name), Neues Volksblatt (Austria, health: a long
// covid clinic closing in Linz, a patient quoted in the headline and named only in the body and closing
// with no verb, the hospital's fragment with „hieß es vonseiten“, the head physician with „sagt der
// Lungenfacharzt“, an unnamed insurer's spokesman, two women in one paragraph with the regional minister's
// fragment after „versprach“ and „reagierte gereizt:“, a self-help group's spokesman with no verb, the
// group's name) and Frankfurter Neue Presse (science: a nocturnal primate from the Messel pit, the lead
// author's split quote around inverted „erzählt Erstautorin“ and after „widerspricht:“, the authors
// writing, a doctoral student as „der 29-Jährige“, an outside palaeoanthropologist with „sagt er“, an
// unnamed former excavation helper's fragment, Senckenberg with „Laut“, a fossil's nickname, a journal's
// and an exhibition's titles). Every article was written for these tests, blind, before the engine was run
// on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Glarner Nachrichten, Politik (Schweiz, mit «…»): Schreiner in der Überschrift nur im Text " +
      "genannt, mit „rief der 63-jährige Schreiner“ und Fortsetzung ohne Verb, Landammann mit „sagte " +
      "er“ und Konjunktiv ohne Zeichen, Teilzitat des Memorials mit „nennt“, zwei Männer in einem " +
      "Absatz (Landrat mit „entgegnete Zweifel“, Schreiner mit „schüttelte den Kopf:“), ungenannte " +
      "junge Frau, Spruch auf einem Schild",
    todo: "«einen massvollen Beitrag zur Energiewende» goes to Das Memorial, not Memorial",
    headline: "«Wir sind doch nicht Zürich»: Landsgemeinde sagt knapp Ja zur Solarpflicht",
    standfirst:
      "Nach über einer Stunde Debatte im Ring entschied das Mehr. Landammann Fridolin Hösli musste " +
      "zweimal hinschauen.",
    paragraphs: [
      "Bei strahlendem Wetter versammelten sich am Sonntag rund 6000 Stimmberechtigte auf dem " +
        "Zaunplatz in Glarus. Das umstrittenste Geschäft kam erst am frühen Nachmittag: Der Regierungsrat " +
        "will Bauherren verpflichten, auf Neubauten eine Photovoltaikanlage zu installieren. Am Rand des " +
        "Rings hielten Gegner ein Schild mit der Aufschrift «Sonne ja – Zwang nein» in die Höhe.",
      "Landammann Fridolin Hösli eröffnete die Debatte. «Der Kanton Glarus hat mehr Dächer als " +
        "Kraftwerke, und die meisten davon liegen brach», sagte er. Die Pflicht betreffe nur Neubauten, " +
        "für bestehende Häuser ändere sich nichts.",
      "Das Memorial, das allen Stimmberechtigten vor der Landsgemeinde zugestellt worden war, nennt " +
        "die Vorlage «einen massvollen Beitrag zur Energiewende». Der Landrat hatte sie mit 38 zu 20 " +
        "Stimmen zur Annahme empfohlen.",
      "Dann trat Ruedi Streiff aus Schwanden in den Ring. «Wir sind doch nicht Zürich», rief der " +
        "63-jährige Schreiner in die Menge. «Wer hier baut, baut mit wenig Geld. Jede zusätzliche " +
        "Vorschrift macht ein Haus teurer.» Auf dem Platz brandete Applaus auf.",
      "Ihm antwortete Landrat Mathias Zweifel (Grüne) aus Näfels. «Eine Anlage auf dem Dach ist heute " +
        "nach zwölf Jahren bezahlt», entgegnete Zweifel. Streiff schüttelte den Kopf: «Rechnen Sie das " +
        "mal einem Bauern im Sernftal vor.»",
      "Eine junge Frau, die zum ersten Mal an der Landsgemeinde teilnahm, stellte schliesslich den " +
        "Antrag, die Pflicht erst ab 2028 gelten zu lassen. «Dann haben alle genug Zeit, sich " +
        "vorzubereiten», sagte sie. Der Antrag fand eine deutliche Mehrheit.",
      "Bei der Schlussabstimmung musste Hösli zweimal hinschauen, bevor er das Mehr für die Vorlage " +
        "feststellte. «Das war knapp, aber es war deutlich genug», sagte der Landammann danach.",
    ],
    quotes: [
      ["Wir sind doch nicht Zürich", "Ruedi Streiff"],
      [
        "Der Kanton Glarus hat mehr Dächer als Kraftwerke, und die meisten davon liegen brach",
        "Fridolin Hösli",
      ],
      ["einen massvollen Beitrag zur Energiewende", "Memorial"],
      [
        "Wer hier baut, baut mit wenig Geld. Jede zusätzliche Vorschrift macht ein Haus teurer.",
        "Ruedi Streiff",
      ],
      ["Eine Anlage auf dem Dach ist heute nach zwölf Jahren bezahlt", "Mathias Zweifel"],
      ["Rechnen Sie das mal einem Bauern im Sernftal vor.", "Ruedi Streiff"],
      ["Dann haben alle genug Zeit, sich vorzubereiten", "Eine junge Frau"],
      ["Das war knapp, aber es war deutlich genug", "Fridolin Hösli"],
    ],
  },
  {
    name:
      "Hildesheimer Allgemeine Zeitung, Gericht: Witwe im Vorspann nur als „die Witwe“, im Text als " +
      "Nebenklägerin genannt und als die 57-Jährige, Angeklagter mit Initial mit „sagte er“ und nach " +
      "„wandte er sich an die Witwe:“, zwei Frauen in einem Absatz (Teilzitat der Anwältin im " +
      "Konjunktiv), Gutachter mit „erklärte der Gutachter“, geteiltes Zitat der Richterin, Name einer " +
      "Chatgruppe und ein Begriff",
    todo:
      "«Für mich gibt es kein Urteil, das passt.» goes to Die Witwe, not Birgit Lampe; «Mein Mann " +
      "ist jeden Abend diese Strecke gefah…» goes to Katharina Wöhler, not Birgit Lampe",
    headline: "Tödlicher Unfall bei Giesen: Bewährung für Blick aufs Handy",
    standfirst:
      "Ein 24-Jähriger aus Sarstedt las eine Nachricht, als er einen Radfahrer erfasste. Die Witwe " +
      "sagt: „Für mich gibt es kein Urteil, das passt.“",
    paragraphs: [
      "Es waren nur wenige Sekunden. Am Abend des 14. März las Marcel T. auf der Landesstraße zwischen " +
        "Sarstedt und Giesen eine Nachricht in der Whatsapp-Gruppe „Kegelclub Gut Holz“, als sein Wagen " +
        "nach rechts abkam und den Radfahrer Jürgen Lampe erfasste. Der 61-Jährige starb noch an der " +
        "Unfallstelle. Am Dienstag hat das Amtsgericht Hildesheim den 24-Jährigen wegen fahrlässiger " +
        "Tötung zu einem Jahr und drei Monaten auf Bewährung verurteilt.",
      "Marcel T. hatte gleich zu Prozessbeginn ein Geständnis abgelegt. „Ich habe nur ganz kurz aufs " +
        "Handy geschaut. Ich weiß, dass das keine Entschuldigung ist“, sagte er mit brüchiger Stimme. " +
        "Dann wandte er sich an die Witwe: „Es tut mir unendlich leid.“",
      "Birgit Lampe verfolgte den Prozess als Nebenklägerin, neben ihr saß ihre Anwältin Katharina " +
        "Wöhler. „Mein Mann ist jeden Abend diese Strecke gefahren, seit dreißig Jahren“, sagte die " +
        "57-Jährige. Wöhler forderte, das Gericht müsse ein „deutliches Signal an alle Handynutzer am " +
        "Steuer“ setzen.",
      "Wie lange der Angeklagte abgelenkt war, hatte der Sachverständige Holger Brinkmann anhand der " +
        "Handydaten rekonstruiert: knapp drei Sekunden. „Bei Tempo 90 legt ein Auto in drei Sekunden 75 " +
        "Meter zurück, praktisch im Blindflug“, erklärte der Gutachter.",
      "Die Staatsanwaltschaft hatte ein Jahr und sechs Monate auf Bewährung gefordert, die " +
        "Verteidigung ein Jahr. Der Angeklagte sei nicht vorbestraft und habe seinen Führerschein " +
        "freiwillig abgegeben, hielt sein Anwalt fest.",
      "„Niemand in diesem Saal“, sagte Richterin Anja Scholz-Behrens in der Urteilsbegründung, „glaubt, " +
        "dass Sie das gewollt haben.“ Wer am Steuer lese, nehme aber in Kauf, dass andere sterben. " +
        "Zusätzlich muss Marcel T. 3.000 Euro an den Verein Verkehrsopferhilfe zahlen.",
      "Vor dem Amtsgericht hatten Freunde der Familie ein weiß lackiertes Fahrrad aufgestellt, ein " +
        "sogenanntes „Ghost Bike“. Birgit Lampe ging wortlos daran vorbei.",
    ],
    quotes: [
      ["Für mich gibt es kein Urteil, das passt.", "Birgit Lampe"],
      [
        "Ich habe nur ganz kurz aufs Handy geschaut. Ich weiß, dass das keine Entschuldigung ist",
        "Marcel T.",
      ],
      ["Es tut mir unendlich leid.", "Marcel T."],
      ["Mein Mann ist jeden Abend diese Strecke gefahren, seit dreißig Jahren", "Birgit Lampe"],
      ["deutliches Signal an alle Handynutzer am Steuer", "Katharina Wöhler"],
      [
        "Bei Tempo 90 legt ein Auto in drei Sekunden 75 Meter zurück, praktisch im Blindflug",
        "Holger Brinkmann",
      ],
      ["Niemand in diesem Saal", "Anja Scholz-Behrens"],
      ["glaubt, dass Sie das gewollt haben.", "Anja Scholz-Behrens"],
    ],
  },
  {
    name:
      "Berliner Morgenpost, Verkehr: Pflegerin in der Überschrift nur im Text genannt, als die " +
      "38-Jährige mit Fortsetzung ohne Verb, BVG-Sprecherin mit „sagte … der Berliner Morgenpost“, zwei " +
      "Frauen in einem Absatz (Senatorin mit „sagte die Senatorin“, Teilzitat der Abgeordneten nach " +
      "„hielt ihr vor“, „Ritter konterte:“), Stellungnahme eines Fahrgastverbands mit „heißt es“, " +
      "ungenannter Späti-Betreiber ohne Verb, Plakat",
    todo:
      "«Ersatzbusse stehen im selben Stau wie alle anderen» goes to Der Fahrgastverband IGEB, not " +
      "Fahrgastverband IGEB",
    headline: "U8 monatelang unterbrochen: „Ich brauche jetzt eine Stunde länger“",
    standfirst:
      "Zwischen Hermannplatz und Alexanderplatz fahren seit Montag keine U-Bahnen mehr. Die BVG " +
      "verspricht dichte Ersatzbusse, viele Fahrgäste sind skeptisch.",
    paragraphs: [
      "Wer am Montagmorgen am Bahnhof Schönleinstraße die Treppe hinunterging, stand vor einem " +
        "Gitter. Seit dem Wochenende ist die U8 zwischen Hermannplatz und Alexanderplatz für sechs " +
        "Monate gesperrt. Die Tunneldecke unter der Kottbusser Straße muss saniert werden, zugleich " +
        "erneuert die BVG Gleise und Signaltechnik. An den Absperrungen hängen Plakate mit der " +
        "Aufschrift „Wir bauen für Ihre Zukunft“.",
      "„Wir wissen, dass das für viele Fahrgäste eine Zumutung ist“, sagte BVG-Sprecherin Petra " +
        "Wendland der Berliner Morgenpost. Die Ersatzbusse führen tagsüber alle drei Minuten, nachts " +
        "alle zehn.",
      "Sevgi Arslan glaubt nicht, dass das reicht. Die Altenpflegerin wohnt an der Pankstraße im " +
        "Wedding und arbeitet in einem Pflegeheim in Neukölln, zwei Minuten vom U-Bahnhof " +
        "Boddinstraße entfernt. „Ich brauche jetzt eine Stunde länger“, sagt die 38-Jährige, deren " +
        "Frühdienst um sechs Uhr beginnt. „Um vier klingelt der Wecker. Das halte ich kein halbes Jahr " +
        "durch.“",
      "Im Abgeordnetenhaus verteidigte Verkehrssenatorin Claudia Ritter (CDU) am Donnerstag die lange " +
        "Sperrung. „Jeder Monat, den wir die Sanierung verschieben, macht sie am Ende teurer und " +
        "länger“, sagte die Senatorin. Die Grünen-Verkehrspolitikerin Miriam Okafor hielt ihr vor, die " +
        "Bauarbeiten seien „miserabel vorbereitet“. Ritter konterte: „Die Pläne liegen seit zwei Jahren " +
        "öffentlich aus.“",
      "Der Fahrgastverband IGEB verlangt, zusätzlich die parallel fahrenden Buslinien zu verdichten. " +
        "„Ersatzbusse stehen im selben Stau wie alle anderen“, heißt es in einer Stellungnahme des " +
        "Verbands.",
      "Auch Geschäftsleute entlang der Strecke spüren die Sperrung. Ein Späti-Betreiber an der " +
        "Kottbusser Straße rechnet mit deutlich weniger Kundschaft. „Die Leute kamen aus der U-Bahn, " +
        "holten sich einen Kaffee und gingen weiter. Das ist jetzt vorbei.“",
    ],
    quotes: [
      ["Ich brauche jetzt eine Stunde länger", "Sevgi Arslan"],
      ["Wir wissen, dass das für viele Fahrgäste eine Zumutung ist", "Petra Wendland"],
      ["Um vier klingelt der Wecker. Das halte ich kein halbes Jahr durch.", "Sevgi Arslan"],
      [
        "Jeder Monat, den wir die Sanierung verschieben, macht sie am Ende teurer und länger",
        "Claudia Ritter",
      ],
      ["miserabel vorbereitet", "Miriam Okafor"],
      ["Die Pläne liegen seit zwei Jahren öffentlich aus.", "Claudia Ritter"],
      ["Ersatzbusse stehen im selben Stau wie alle anderen", "Fahrgastverband IGEB"],
      [
        "Die Leute kamen aus der U-Bahn, holten sich einen Kaffee und gingen weiter. Das ist jetzt " +
          "vorbei.",
        "Ein Späti-Betreiber",
      ],
    ],
  },
  {
    name:
      "Oberbayerisches Volksblatt, Sport: Siegtorschütze im Vorspann nur als „der Siegtorschütze“, im " +
      "Text mit „sagte Hackl“, Trainer nach „sprach … Klartext:“, Kapitän mit einem Zitat über zwei " +
      "Absätze, zwei Männer in einem Absatz (Gästetrainer mit „meinte der Tscheche“, Torhüter ohne " +
      "Verb), ungenannter Dauerkartenbesitzer nach Doppelpunkt, Spitzname und Banner",
    todo: "«Nach dem zweiten Gegentor habe ich mich geärg…» goes to Tomáš Novák, not Lukas Steinberger",
    headline: "Starbulls drehen das Derby in der Verlängerung",
    standfirst:
      "4:3 gegen Regensburg nach 0:2-Rückstand. „So ein Tor schießt du einmal im Leben“, sagt der " +
      "Siegtorschütze.",
    paragraphs: [
      "Das ROFA-Stadion bebte, als der Puck in der 63. Minute hinter Regensburgs Torhüter ins Netz " +
        "rutschte. Mit 4:3 nach Verlängerung haben die Starbulls Rosenheim am Freitagabend das " +
        "bayerische Derby gegen die Eisbären Regensburg gewonnen – nach einem 0:2-Rückstand zur ersten " +
        "Pause. Auf der Stehtribüne hing ein Banner mit der Aufschrift „Rosenheim gibt nie auf“.",
      "Schütze des entscheidenden Treffers war Maximilian Hackl. Der 20-jährige Stürmer aus Kolbermoor, " +
        "erst im Sommer aus dem eigenen Nachwuchs in die erste Mannschaft gerückt, hatte sich durch zwei " +
        "Gegenspieler getankt. „So ein Tor schießt du einmal im Leben“, sagte Hackl, den Helm noch in " +
        "der Hand.",
      "Cheftrainer Jussi Salonen sprach nach dem Spiel Klartext: „Die ersten zwanzig Minuten waren " +
        "nicht gut genug für diese Liga.“ In der Kabine sei es in der ersten Pause laut geworden, räumte " +
        "der Finne ein.",
      "„Wir haben uns angeschaut und gesagt: Das kann es nicht gewesen sein“, erzählte Kapitän Florian " +
        "Gschwendtner. „Nach dem 1:2 hat man gemerkt, dass die Halle wieder da ist. Die Fans haben uns " +
        "getragen.",
      "„Dass dann ausgerechnet ein Junge aus der eigenen Jugend trifft, ist die schönste Geschichte, " +
        "die dieser Abend schreiben konnte.“",
      "Regensburgs Trainer Tomáš Novák haderte mit der Chancenverwertung seiner Mannschaft. „Wir hätten " +
        "nach dem 2:0 den Deckel draufmachen müssen“, meinte der Tscheche. Rosenheims Torhüter Lukas " +
        "Steinberger, den die Fans nur „die Katze“ rufen, hielt in den letzten beiden Dritteln 24 von 25 " +
        "Schüssen. „Nach dem zweiten Gegentor habe ich mich geärgert, danach war ich ganz ruhig.“",
      "Auf der Tribüne stand ein Dauerkartenbesitzer, der seit vierzig Jahren kein Heimspiel verpasst " +
        "hat, und rang nach Luft: „So ein Spiel hab ich seit dem Aufstieg nicht mehr erlebt.“",
    ],
    quotes: [
      ["So ein Tor schießt du einmal im Leben", "Maximilian Hackl"],
      ["Die ersten zwanzig Minuten waren nicht gut genug für diese Liga.", "Jussi Salonen"],
      ["Wir haben uns angeschaut und gesagt: Das kann es nicht gewesen sein", "Florian Gschwendtner"],
      [
        "Nach dem 1:2 hat man gemerkt, dass die Halle wieder da ist. Die Fans haben uns getragen.",
        "Florian Gschwendtner",
      ],
      [
        "Dass dann ausgerechnet ein Junge aus der eigenen Jugend trifft, ist die schönste Geschichte, " +
          "die dieser Abend schreiben konnte.",
        "Florian Gschwendtner",
      ],
      ["Wir hätten nach dem 2:0 den Deckel draufmachen müssen", "Tomáš Novák"],
      ["Nach dem zweiten Gegentor habe ich mich geärgert, danach war ich ganz ruhig.", "Lukas Steinberger"],
      ["So ein Spiel hab ich seit dem Aufstieg nicht mehr erlebt.", "ein Dauerkartenbesitzer"],
    ],
  },
  {
    name:
      "Der Grazer, Lokales (Österreich): Schusterin als die 74-Jährige und mit „sagt Pichler nüchtern“, " +
      "zwei Frauen gleichen Nachnamens in einem Absatz (Tochter mit „erzählt die 48-Jährige“, „Ihre " +
      "Mutter nickt:“), Teilzitat des Innungsmeisters mit „betont“, Bezirksvorsteher mit „bedauert“ " +
      "nachgestellt, ungenannte Stammkundin ohne Verb, Einwortzitat mit „sagt Pichler und lacht“, Name " +
      "eines Katers und eines Förderprogramms",
    todo: "«Und wo geh ich dann hin?» goes to Hermine Pichler, not Eine Stammkundin",
    headline: "Lends letzte Schusterin sperrt zu",
    standfirst:
      "Seit 1978 werden in dem kleinen Geschäft in der Mariahilferstraße Absätze geklebt und Sohlen " +
      "genäht. Am 23. Dezember ist Schluss.",
    paragraphs: [
      "Es riecht nach Leder und Kleber, auf der Werkbank stehen drei Paar Bergschuhe, und auf dem " +
        "Fensterbrett schläft Kater „Moritz“. Hermine Pichler schaut über den Rand ihrer Brille. „Die " +
        "gehören einem Herrn aus Andritz, der kommt seit vierzig Jahren zu mir“, sagt die 74-Jährige.",
      "Übernommen hat sie die Schusterei von ihrem Vater, eine Nachfolgerin oder einen Nachfolger gibt " +
        "es nicht. „Das Handwerk stirbt mit mir“, sagt Pichler nüchtern. Junge Leute lernten das nicht " +
        "mehr, und die Kundschaft kaufe lieber neue Schuhe, als alte herrichten zu lassen.",
      "Samstags hilft ihre Tochter Andrea Pichler im Geschäft aus, sonst unterrichtet sie an einer " +
        "Mittelschule in Eggenberg. „Ich hab als Kind unter dieser Werkbank meine Hausübungen gemacht“, " +
        "erzählt die 48-Jährige. Ans Weitermachen habe sie nie gedacht. Ihre Mutter nickt: „Sie hat zwei " +
        "linke Hände, das sag ich ihr seit dreißig Jahren.“",
      "Laut Wirtschaftskammer gibt es in Graz noch neun Schuhmacherbetriebe, vor zwanzig Jahren waren " +
        "es mehr als dreißig. Das Reparaturgewerbe sei „keineswegs ein Auslaufmodell“, betont " +
        "Innungsmeister Gerald Kober, der selbst eine Werkstatt in Liebenau führt. Seit es den " +
        "„Reparaturbonus“ gebe, kämen sogar wieder mehr Kunden.",
      "„Mit jedem solchen Geschäft verschwindet ein Stück vom alten Lend“, bedauert Bezirksvorsteher " +
        "Manfred Leitgeb (KPÖ). Für das Lokal gebe es bereits einen Interessenten, einen Handyshop.",
      "Während des Gesprächs geht die Tür auf. Eine Stammkundin bringt ein Paar Stiefeletten und hört, " +
        "dass bald zugesperrt wird. „Und wo geh ich dann hin?“ Pichler zuckt mit den Schultern.",
      "Und was fängt sie mit der vielen freien Zeit an? „Wandern“, sagt Pichler und lacht. In guten " +
        "Schuhen, versteht sich.",
    ],
    quotes: [
      ["Die gehören einem Herrn aus Andritz, der kommt seit vierzig Jahren zu mir", "Hermine Pichler"],
      ["Das Handwerk stirbt mit mir", "Hermine Pichler"],
      ["Ich hab als Kind unter dieser Werkbank meine Hausübungen gemacht", "Andrea Pichler"],
      ["Sie hat zwei linke Hände, das sag ich ihr seit dreißig Jahren.", "Hermine Pichler"],
      ["keineswegs ein Auslaufmodell", "Gerald Kober"],
      ["Mit jedem solchen Geschäft verschwindet ein Stück vom alten Lend", "Manfred Leitgeb"],
      ["Und wo geh ich dann hin?", "Eine Stammkundin"],
      ["Wandern", "Hermine Pichler"],
    ],
  },
  {
    name:
      "Revue, Kultur (Luxemburg, mit »…« und ›…‹): Regisseurin in der Überschrift nur im Text genannt, " +
      "mit Fortsetzung ohne Verb, Laiendarstellerin mit verschachteltem Zitat und „erzählte die " +
      "frühere Verkäuferin“, Filmfonds mit „schrieb der Fonds“, Teilzitat der Ministerin nach „lobte … " +
      "als“, zwei Frauen in einem Absatz („sagt Bettendorf-Rossi“, „Weydert lacht:“), Teilzitat eines " +
      "ungenannten Kritikers nach „fand“, Filmtitel",
    todo:
      "«eine Seite des Landes, die im Kino bisher kau…» goes to der Fonds in seiner Förderentscheidung, " +
      "not Filmfonds Luxemburg; " +
      "«um mindestens zwanzig Minuten zu lang» goes to Ein Kritiker einer belgischen Filmzeitschrift, " +
      "not Ein Kritiker; «Schlakentipp» taken for a quote",
    headline: "»Ich wollte das Minett zeigen, wie es wirklich ist«",
    standfirst:
      "Mit »Schlakentipp« ist das Luxembourg City Film Festival eröffnet worden. Das Publikum feierte " +
      "den Film minutenlang.",
    paragraphs: [
      "Als der Abspann lief, blieb es einige Sekunden still im großen Saal. Dann standen die ersten " +
        "auf und klatschten. »Schlakentipp«, der zweite Spielfilm der Escherin Claire Weydert, hat am " +
        "Donnerstagabend das Festival eröffnet. Er erzählt von drei Generationen einer " +
        "italienischstämmigen Familie in Esch, deren Leben sich um das Stahlwerk dreht.",
      "»Ich wollte das Minett zeigen, wie es wirklich ist«, sagte Weydert nach der Vorführung. »Nicht " +
        "nur Hochöfen und Nostalgie, sondern die Menschen, die heute dort leben.« Gedreht wurde fast " +
        "ausschließlich in Esch, Differdingen und Rümelingen, zu einem großen Teil mit Laien.",
      "Die Großmutter spielt Teresa Bettendorf-Rossi, die mit 78 Jahren zum ersten Mal vor einer " +
        "Kamera stand. »Meine eigene Nonna hat immer gesagt: ›Das Werk gibt, und das Werk nimmt.‹ Das " +
        "habe ich im Film einfach wiederholt«, erzählte die frühere Verkäuferin.",
      "Der Filmfonds Luxemburg hat die Produktion mit 2,4 Millionen Euro unterstützt. Der Film zeige " +
        "»eine Seite des Landes, die im Kino bisher kaum vorkam«, schrieb der Fonds in seiner " +
        "Förderentscheidung.",
      "Kulturministerin Anne Kremer-Thill lobte »Schlakentipp« bei der Eröffnung als »ehrliches Porträt " +
        "einer Region im Umbruch«.",
      "Ob sie noch einmal vor der Kamera stehen will? »Wenn mich noch jemand fragt«, sagt " +
        "Bettendorf-Rossi. Weydert lacht: »Ich frage schon.«",
      "Ganz ohne Einwände blieb der Abend nicht. Ein Kritiker einer belgischen Filmzeitschrift fand den " +
        "Mittelteil »um mindestens zwanzig Minuten zu lang«. Ab dem 12. März läuft der Film in den " +
        "Luxemburger Kinos.",
    ],
    quotes: [
      ["Ich wollte das Minett zeigen, wie es wirklich ist", "Claire Weydert"],
      ["Nicht nur Hochöfen und Nostalgie, sondern die Menschen, die heute dort leben.", "Claire Weydert"],
      [
        "Meine eigene Nonna hat immer gesagt: ›Das Werk gibt, und das Werk nimmt.‹ Das habe ich im Film " +
          "einfach wiederholt",
        "Teresa Bettendorf-Rossi",
      ],
      ["eine Seite des Landes, die im Kino bisher kaum vorkam", "Filmfonds Luxemburg"],
      ["ehrliches Porträt einer Region im Umbruch", "Anne Kremer-Thill"],
      ["Wenn mich noch jemand fragt", "Teresa Bettendorf-Rossi"],
      ["Ich frage schon.", "Claire Weydert"],
      ["um mindestens zwanzig Minuten zu lang", "Ein Kritiker"],
    ],
  },
  {
    name:
      "Allgemeine Deutsche Zeitung für Rumänien, Bildung (Rumänien): Schulleiterin im Vorspann nur als " +
      "„eine Schulleiterin“, im Text genannt, mit „erklärt die 51-Jährige“ und am Ende ohne Verb, " +
      "Schulinspektorat mit „heißt es beim Inspektorat“, Lehrer aus Leipzig mit „erzählt er“, " +
      "Teilzitat des Forumsvorsitzenden nach „bezeichnete … als“ und Konjunktiv ohne Zeichen, Schüler " +
      "mit Vornamen und seine Mutter nach „ist besorgt:“, Arbeitstitel eines Programms",
    todo:
      "«Wer gut Deutsch spricht, findet in der Wirtsc…» goes to Inspektorat, not Schulinspektorat " +
      "des Kreises Hermannstadt",
    headline: "Deutschsprachige Schulen: Es fehlen die Lehrer, nicht die Schüler",
    standfirst:
      "In den deutschen Abteilungen im Kreis Hermannstadt sind zum Schuljahresbeginn 27 Stellen " +
      "unbesetzt. „Wir unterrichten mit angezogener Handbremse“, sagt eine Schulleiterin.",
    paragraphs: [
      "Am Brukenthal-Gymnasium in Hermannstadt/Sibiu ist die Nachfrage ungebrochen. Auf jeden Platz in " +
        "der fünften Klasse kamen in diesem Jahr fast drei Bewerber, die wenigsten davon aus " +
        "deutschsprachigen Familien. Wer die Kinder unterrichten soll, ist an vielen Schulen im Kreis " +
        "allerdings die große Frage.",
      "„Wir unterrichten mit angezogener Handbremse“, sagt Ioana Stănescu, Direktorin der " +
        "Allgemeinschule in Heltau/Cisnădie. „In Physik und Chemie haben wir seit zwei Jahren keine " +
        "Lehrkraft, die auf Deutsch unterrichten kann. Die Kinder lernen diese Fächer jetzt auf " +
        "Rumänisch“, erklärt die 51-Jährige.",
      "Laut Schulinspektorat des Kreises Hermannstadt sind 27 Stellen in den deutschen Abteilungen " +
        "unbesetzt, die meisten in den Naturwissenschaften. Ein Grund ist die Bezahlung: Ein junger " +
        "Lehrer verdient rund 4.000 Lei netto im Monat. „Wer gut Deutsch spricht, findet in der " +
        "Wirtschaft schnell das Doppelte“, heißt es beim Inspektorat.",
      "Einer, der geblieben ist, ist Tobias Wendt. Der 34-Jährige aus Leipzig kam vor fünf Jahren als " +
        "Programmlehrkraft aus Deutschland nach Hermannstadt. „Eigentlich wollte ich zwei Jahre bleiben. " +
        "Jetzt habe ich eine Frau aus Mediasch und eine Wohnung in der Unterstadt“, erzählt er.",
      "Das Demokratische Forum der Deutschen in Rumänien fordert seit Jahren Zulagen für Lehrkräfte, " +
        "die auf Deutsch unterrichten. Der Vorsitzende des Kreisforums, Hans-Georg Binder, bezeichnete " +
        "die Lage als „ernst, aber nicht hoffnungslos“. Mit dem Bildungsministerium in Bukarest gebe es " +
        "Gespräche über ein Stipendienprogramm für Lehramtsstudenten, Arbeitstitel: „Lehrer für " +
        "morgen“.",
      "Andrei, 16, besucht die zehnte Klasse des Brukenthal-Gymnasiums. Zu Hause spricht er Rumänisch. " +
        "„Deutsch ist für mich die Sprache der Schule und vielleicht später der Arbeit“, sagt er. Seine " +
        "Mutter Elena Popa, Ärztin am Kreiskrankenhaus, ist besorgt: „Wenn in der Zwölften wieder Chemie " +
        "auf Rumänisch kommt, ist das Abitur auf Deutsch nur halb so viel wert.“",
      "In Heltau will Stănescu trotzdem an der deutschen Abteilung festhalten. „Aufgeben ist keine " +
        "Option. Dafür ist diese Tradition zu alt.“",
    ],
    quotes: [
      ["Wir unterrichten mit angezogener Handbremse", "Ioana Stănescu"],
      [
        "In Physik und Chemie haben wir seit zwei Jahren keine Lehrkraft, die auf Deutsch unterrichten " +
          "kann. Die Kinder lernen diese Fächer jetzt auf Rumänisch",
        "Ioana Stănescu",
      ],
      [
        "Wer gut Deutsch spricht, findet in der Wirtschaft schnell das Doppelte",
        "Schulinspektorat des Kreises Hermannstadt",
      ],
      [
        "Eigentlich wollte ich zwei Jahre bleiben. Jetzt habe ich eine Frau aus Mediasch und eine " +
          "Wohnung in der Unterstadt",
        "Tobias Wendt",
      ],
      ["ernst, aber nicht hoffnungslos", "Hans-Georg Binder"],
      ["Deutsch ist für mich die Sprache der Schule und vielleicht später der Arbeit", "Andrei"],
      [
        "Wenn in der Zwölften wieder Chemie auf Rumänisch kommt, ist das Abitur auf Deutsch nur halb so " +
          "viel wert.",
        "Elena Popa",
      ],
      ["Aufgeben ist keine Option. Dafür ist diese Tradition zu alt.", "Ioana Stănescu"],
    ],
  },
  {
    name:
      "Stader Tageblatt, Umwelt: Obstbauer als der 52-Jährige und am Ende ohne Verb, Hydrologin mit " +
      "Doktortitel mit „sagt die Hydrologin“ und Teilzitat im Konjunktiv, Wasserstraßenamt mit „teilte " +
      "die Behörde … mit“, zwei Männer in einem Absatz (Nachbar mit „sagt Rolker“, „Lefers ergänzt:“), " +
      "Teilzitat einer ungenannten BUND-Sprecherin nach Konjunktiv, sogenannter Begriff und Name eines " +
      "Baggerschiffs",
    todo:
      "«Die Salzgehalte schwanken vor allem mit dem O…» goes to Das Wasserstraßen- und " +
      "Schifffahrtsamt Elbe-Nordsee, not Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee",
    headline: "Salz im Graben: Obstbauern im Alten Land bangen um den Frostschutz",
    standfirst:
      "Die Brackwasserzone der Elbe rückt stromaufwärts vor. Für die Beregnung der Apfelbäume wird " +
      "das Süßwasser knapp.",
    paragraphs: [
      "Jan-Hinrich Lefers hält ein Messgerät in den Graben neben seiner Obstplantage bei " +
        "Hollern-Twielenfleth. Die Anzeige springt auf 1,4 Promille Salz. „Bei dem Wert kann ich nicht " +
        "mehr beregnen, sonst verbrenne ich mir die Blüten“, sagt der 52-Jährige.",
      "In frostigen Frühjahrsnächten besprühen die Obstbauern ihre Bäume mit Wasser. Beim Gefrieren " +
        "gibt es Wärme ab und schützt die Blüten. Das Wasser kommt aus Gräben und Wettern, die von der " +
        "Elbe gespeist werden. Doch die sogenannte „Brackwassergrenze“ hat sich in den vergangenen " +
        "Jahren immer weiter stromaufwärts verschoben.",
      "Dr. Maren Tiedemann vom Obstbauzentrum Esteburg in Jork hat die Messwerte der vergangenen zehn " +
        "Jahre ausgewertet. „Die Salzfront liegt in trockenen Sommern heute etwa fünf Kilometer weiter " +
        "stromaufwärts als 2010“, sagt die Hydrologin. Für einige Betriebe an der Lühe werde es „in den " +
        "nächsten Jahren ernst“.",
      "Das Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee weist einen Zusammenhang mit der letzten " +
        "Elbvertiefung zurück. „Die Salzgehalte schwanken vor allem mit dem Oberwasserabfluss der Elbe, " +
        "und der war in den vergangenen Jahren außergewöhnlich niedrig“, teilte die Behörde auf Anfrage " +
        "mit.",
      "Für Lefers ist das eine akademische Frage. Er und sein Nachbar Claus Rolker haben gemeinsam einen " +
        "Brunnen bohren lassen, 80 Meter tief, für 60.000 Euro. „Das Geld hatten wir eigentlich für " +
        "einen neuen Hagelschutz zurückgelegt“, sagt Rolker. Lefers ergänzt: „Und wenn das Grundwasser " +
        "auch noch versalzt, dann war's das.“",
      "Der BUND sieht sich bestätigt. Man habe bei der Elbvertiefung vor genau diesen Folgen gewarnt, " +
        "sagte eine BUND-Sprecherin. Das Alte Land sei „das erste Opfer einer Politik, die nur an den " +
        "Hafen denkt“.",
      "Draußen auf der Elbe zieht der Hopperbagger „Nordstern“ vorbei. Lefers schaut ihm lange " +
        "hinterher. „Die baggern, wir bezahlen.“",
    ],
    quotes: [
      ["Bei dem Wert kann ich nicht mehr beregnen, sonst verbrenne ich mir die Blüten", "Jan-Hinrich Lefers"],
      [
        "Die Salzfront liegt in trockenen Sommern heute etwa fünf Kilometer weiter stromaufwärts als 2010",
        "Maren Tiedemann",
      ],
      ["in den nächsten Jahren ernst", "Maren Tiedemann"],
      [
        "Die Salzgehalte schwanken vor allem mit dem Oberwasserabfluss der Elbe, und der war in den " +
          "vergangenen Jahren außergewöhnlich niedrig",
        "Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee",
      ],
      ["Das Geld hatten wir eigentlich für einen neuen Hagelschutz zurückgelegt", "Claus Rolker"],
      ["Und wenn das Grundwasser auch noch versalzt, dann war's das.", "Jan-Hinrich Lefers"],
      ["das erste Opfer einer Politik, die nur an den Hafen denkt", "eine BUND-Sprecherin"],
      ["Die baggern, wir bezahlen.", "Jan-Hinrich Lefers"],
    ],
  },
  {
    name:
      "Neues Volksblatt, Gesundheit (Österreich): Patientin in der Überschrift nur im Text genannt, mit " +
      "„sagt sie heute“ und am Ende ohne Verb, Teilzitat des Klinikums mit „hieß es vonseiten“, Primar " +
      "mit „sagt der Lungenfacharzt“, ungenannter ÖGK-Sprecher, zwei Frauen in einem Absatz (Teilzitat " +
      "der Landesrätin nach „versprach“, Abgeordnete mit „reagierte gereizt:“), Sprecher einer " +
      "Selbsthilfegruppe ohne Verb, Name der Gruppe",
    todo:
      "«als befristetes Projekt konzipiert» goes to Das Kepler Universitätsklinikum, not Kepler " +
      "Universitätsklinikum",
    headline: "„Ohne die Ambulanz hätte ich aufgegeben“: Long-Covid-Patienten bangen um Betreuung",
    standfirst:
      "Das Kepler Universitätsklinikum schließt seine Post-Covid-Ambulanz Ende März. Betroffene sollen " +
      "künftig vom Hausarzt betreut werden.",
    paragraphs: [
      "Zwei Jahre lang konnte Sabine Hofer kaum eine Stiege hinaufgehen. Die Volksschullehrerin aus " +
        "Wels erkrankte im Herbst 2022 an Corona und wurde nicht mehr gesund. „Ohne die Ambulanz hätte " +
        "ich aufgegeben“, sagt sie heute.",
      "Die Spezialambulanz am Kepler Universitätsklinikum in Linz betreut derzeit rund 400 " +
        "Patientinnen und Patienten, Ende März wird sie geschlossen. Die Ambulanz sei „als befristetes " +
        "Projekt konzipiert“ gewesen, hieß es vonseiten des Klinikums. Die Betreuung solle künftig bei " +
        "den Hausärzten und in den Primärversorgungszentren liegen.",
      "Primar Stefan Aigner, der die Ambulanz seit 2021 leitet, hält das für einen Fehler. „Ein " +
        "Hausarzt hat zehn Minuten pro Patient. Long Covid braucht eine Stunde und oft mehrere " +
        "Fachrichtungen an einem Tisch“, sagt der Lungenfacharzt.",
      "Bei der Österreichischen Gesundheitskasse sieht man die Hausärzte gerüstet. „Wir haben eigene " +
        "Abrechnungspositionen für die Betreuung von Post-Covid-Patienten geschaffen“, sagt ein " +
        "ÖGK-Sprecher.",
      "Im Landtag versprach Gesundheitslandesrätin Martina Leitner (ÖVP) am Donnerstag „eine tragfähige " +
        "Lösung bis zum Sommer“. Die Grüne Gesundheitssprecherin Daniela Gruber reagierte gereizt: „Bis " +
        "zum Sommer stehen 400 Menschen ohne Betreuung da.“",
      "Die Linzer Selbsthilfegruppe „Wieder Luft“ hat eine Petition gestartet, mehr als 6.000 Menschen " +
        "haben unterschrieben. Ihr Sprecher Markus Pühringer war selbst Patient in der Ambulanz. „Wir " +
        "sind keine Simulanten. Wir sind Menschen, die wieder arbeiten wollen.“",
      "Sabine Hofer unterrichtet seit Jänner wieder, zwölf Stunden pro Woche. Ihren nächsten Termin in " +
        "der Ambulanz hat sie Mitte März, es wird ihr letzter sein. „Ich weiß nicht, wen ich danach " +
        "anrufen soll.“",
    ],
    quotes: [
      ["Ohne die Ambulanz hätte ich aufgegeben", "Sabine Hofer"],
      ["als befristetes Projekt konzipiert", "Kepler Universitätsklinikum"],
      [
        "Ein Hausarzt hat zehn Minuten pro Patient. Long Covid braucht eine Stunde und oft mehrere " +
          "Fachrichtungen an einem Tisch",
        "Stefan Aigner",
      ],
      [
        "Wir haben eigene Abrechnungspositionen für die Betreuung von Post-Covid-Patienten geschaffen",
        "ein ÖGK-Sprecher",
      ],
      ["eine tragfähige Lösung bis zum Sommer", "Martina Leitner"],
      ["Bis zum Sommer stehen 400 Menschen ohne Betreuung da.", "Daniela Gruber"],
      ["Wir sind keine Simulanten. Wir sind Menschen, die wieder arbeiten wollen.", "Markus Pühringer"],
      ["Ich weiß nicht, wen ich danach anrufen soll.", "Sabine Hofer"],
    ],
  },
  {
    name:
      "Frankfurter Neue Presse, Wissenschaft: geteiltes Zitat der Erstautorin um „erzählt Erstautorin " +
      "Dr. …“, später nach „Marquardt widerspricht:“, die Autoren mit „schreiben die Autoren“, Doktorand " +
      "als der 29-Jährige, auswärtiger Paläoanthropologe mit „sagt er“, Teilzitat eines ungenannten " +
      "früheren Grabungshelfers nach „erinnert sich an“, Teilzitat mit „Laut Senckenberg“, Spitzname " +
      "eines Fossils, Zeitschriften- und Ausstellungstitel",
    todo: "«ziemlich unscheinbaren Brocken» not found",
    headline: "Grube Messel: Forscher entdecken nachtaktiven Urzeit-Primaten",
    standfirst:
      "Ein 47 Millionen Jahre altes Fossil, das fast dreißig Jahre in einer Schublade lag, entpuppt sich " +
      "als neue Art. Die Forscher haben es „Luna“ getauft.",
    paragraphs: [
      "Das Fossil ist kaum größer als eine Hand: ein Schädel, ein Stück Wirbelsäule, zwei lange " +
        "Hinterbeine. Gefunden wurde es schon 1996 in der Grube Messel bei Darmstadt, danach lag es " +
        "fast drei Jahrzehnte in einer Sammlungsschublade des Senckenberg-Forschungsinstituts in " +
        "Frankfurt. Nun haben Frankfurter Paläontologen es neu untersucht und eine bislang unbekannte " +
        "Primatenart beschrieben.",
      "„Als wir die CT-Bilder zum ersten Mal gesehen haben“, erzählt Erstautorin Dr. Julia Marquardt, " +
        "„wussten wir sofort, dass die Augenhöhlen für so ein kleines Tier viel zu groß sind.“ Große " +
        "Augen seien typisch für nachtaktive Tiere, wie heute etwa die Koboldmakis.",
      "Die Studie ist am Mittwoch im „Journal of Human Evolution“ erschienen. Das Tier sei „der " +
        "bislang älteste eindeutige Nachweis einer nächtlichen Lebensweise bei Primaten in Europa“, " +
        "schreiben die Autoren.",
      "Die Bilder ausgewertet hat Mitautor Kai Brenneisen, Doktorand an der Goethe-Universität. „Wir " +
        "konnten sogar den Verlauf der Sehnerven rekonstruieren“, sagt der 29-Jährige.",
      "Nicht alle Fachleute sind überzeugt. Der Tübinger Paläoanthropologe Henrik Sauer hält die " +
        "Datenbasis für dünn. „Ein einziger, teils zerdrückter Schädel ist eine schmale Grundlage für so " +
        "weitreichende Schlüsse“, sagt er. Marquardt widerspricht: „Gerade der Vergleich mit den " +
        "anderen Primaten aus Messel zeigt ja, wie anders Luna ist.“",
      "Ein früherer Grabungshelfer, der das Stück 1996 mit freigelegt hat, erinnert sich an einen " +
        "„ziemlich unscheinbaren Brocken“. Laut Senckenberg ist es heute „eines der am besten " +
        "erhaltenen Primatenfossilien der Welt“. Ab Mai soll es im Naturmuseum in der Ausstellung " +
        "„Fenster in die Urzeit“ zu sehen sein.",
    ],
    quotes: [
      ["Als wir die CT-Bilder zum ersten Mal gesehen haben", "Julia Marquardt"],
      [
        "wussten wir sofort, dass die Augenhöhlen für so ein kleines Tier viel zu groß sind.",
        "Julia Marquardt",
      ],
      [
        "der bislang älteste eindeutige Nachweis einer nächtlichen Lebensweise bei Primaten in Europa",
        "die Autoren",
      ],
      ["Wir konnten sogar den Verlauf der Sehnerven rekonstruieren", "Kai Brenneisen"],
      [
        "Ein einziger, teils zerdrückter Schädel ist eine schmale Grundlage für so weitreichende Schlüsse",
        "Henrik Sauer",
      ],
      [
        "Gerade der Vergleich mit den anderen Primaten aus Messel zeigt ja, wie anders Luna ist.",
        "Julia Marquardt",
      ],
      ["ziemlich unscheinbaren Brocken", "Ein früherer Grabungshelfer"],
      ["eines der am besten erhaltenen Primatenfossilien der Welt", "Senckenberg"],
    ],
  },
]);
