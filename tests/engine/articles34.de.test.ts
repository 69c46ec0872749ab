// A thirty-fourth round of composed German news articles, in the styles of outlets and beats the first
// thirty-three rounds (articles.de to articles33.de) did not use: Alt-Neuöttinger Anzeiger (local life: a
// village fair's last brewer, the brewer in the headline named in the body, a continuation without a verb,
// the fair's nickname, an unnamed guest), Haller Kreisblatt (courts: a trial over a rigged odometer, the
// accused split around „sagte der 44-Jährige“, the prosecutor's fragment, the judge with a colon, the
// indictment as a speaker), Der Vinschger (South Tyrol, environment: a glacier's retreat, the glaciologist
// with „so Pircher“, the province's report with „heißt es“, a farmer with „meint der Bauer“, a glacier's
// nickname), Marbacher Zeitung (culture: a Schiller staging, the director with „erzählt sie“, a play's title,
// two women in one paragraph, one later named by description, a quote over two paragraphs), Bietigheimer
// Zeitung (business: a supplier's job cuts, the works council with „kritisiert“, the company's statement, an
// inverted „räumt … ein“, a scare-quoted word), Schwetzinger Zeitung (crime: a string of bicycle thefts, the
// police with „Laut Polizeipräsidium“, a victim's fragment, an unnamed neighbour, an operation's name),
// Wümme-Zeitung (sport: a handball derby, the coach with „sagte Trainer“, the goalkeeper's fragment, a chant
// on a banner, the standfirst quote named in the body), Höchster Kreisblatt (transport: a tram line delayed,
// the transport company's spokeswoman with „teilte mit“, two men in one paragraph, a councillor's fragment
// with „sprach von“), Bote vom Untersee (Switzerland, education, with «…» and no ß: a school merger, the
// school president with a colon, the parents' letter, a teacher with „sagt die 38-Jährige“) and
// Bezirksrundschau (Austria, health: a night pharmacy service, the pharmacist with „ärgert sich“, the
// chamber's fragment, an unnamed patient, a campaign's name). Every article was written for these tests,
// blind, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Alt-Neuöttinger Anzeiger, Lokales: Brauer in der Überschrift nur im Text genannt mit „sagt der " +
      "67-Jährige“, Fortsetzung ohne Verb, Spitzname des Festes, ungenannter Gast, Teilzitat mit „nennt es“",
    headline: "„Solange ich stehen kann, wird gebraut“: Perach feiert sein Sommerfest",
    standfirst: "Seit 41 Jahren liefert Josef Huber das Festbier. Aufhören will er noch lange nicht.",
    paragraphs: [
      "Perach. Um halb sechs am Morgen ist Josef Huber schon im Sudhaus. Die kleine Brauerei hinter " +
        "dem Wirtshaus ist die letzte im Ort, und ohne ihr Bier gäbe es das Sommerfest nicht. " +
        "„Solange ich stehen kann, wird gebraut“, sagt der 67-Jährige und lacht.",
      "Im Landkreis kennt man das Fest nur als „das Huber-Fest“, auch wenn offiziell der Burschenverein " +
        "einlädt. Drei Tage, rund 4000 Besucher, ein Festzelt am Innufer. Huber zuckt mit den " +
        "Schultern. „Ich mach das Bier. Den Rest machen die Jungen.“",
      "Die Jungen, das ist vor allem Vereinsvorstand Michael Stadler. Er hat in diesem Jahr erstmals " +
        "eine Bühne für Blasmusik aus der Region aufgebaut. „Wir wollen, dass die Leute wieder länger " +
        "bleiben“, sagt Stadler. „Früher war um elf Schluss.“",
      "Bürgermeisterin Angelika Rott (FW) nennt das Fest den „Kitt im Dorf“. Die Gemeinde stellt den " +
        "Platz kostenlos zur Verfügung.",
      "Ein Gast aus Altötting, der seit Jahren jeden Sommer kommt, hebt seinen Krug: „Woanders gibt’s " +
        "Bier. Hier gibt’s den Huber.“",
    ],
    quotes: [
      ["Solange ich stehen kann, wird gebraut", "Josef Huber"],
      ["Ich mach das Bier. Den Rest machen die Jungen.", "Josef Huber"],
      ["Wir wollen, dass die Leute wieder länger bleiben", "Michael Stadler"],
      ["Früher war um elf Schluss.", "Michael Stadler"],
      ["Kitt im Dorf", "Angelika Rott"],
      ["Woanders gibt’s Bier. Hier gibt’s den Huber.", "Ein Gast aus Altötting"],
    ],
  },
  {
    name:
      "Haller Kreisblatt, Gericht: Angeklagter geteilt um „sagte der 44-Jährige“, Anklageschrift als " +
      "Sprecher mit „heißt es“, Teilzitat der Staatsanwältin, Richterin mit Doppelpunkt, Konjunktiv " +
      "ohne Zeichen",
    headline: "Tachostand manipuliert: Autohändler aus Halle muss Geldstrafe zahlen",
    paragraphs: [
      "Halle/Bielefeld. Das Amtsgericht Halle hat einen Gebrauchtwagenhändler wegen Betrugs in acht " +
        "Fällen zu einer Geldstrafe von 120 Tagessätzen verurteilt. Der Mann hatte bei Fahrzeugen die " +
        "Kilometerstände um bis zu 90.000 Kilometer zurückdrehen lassen.",
      "„Die Kunden sollten bewusst getäuscht werden“, heißt es in der Anklageschrift. Der Schaden " +
        "summiere sich auf mehr als 40.000 Euro.",
      "Der Angeklagte Dirk Obermeier räumte die Vorwürfe weitgehend ein. „Ich wusste, dass das nicht " +
        "sauber ist“, sagte der 44-Jährige, „aber alle in der Branche machen das.“ Letzteres wollte das " +
        "Gericht so nicht stehen lassen.",
      "Staatsanwältin Katrin Lohmeyer sprach von einem „systematischen Vorgehen“ und forderte eine " +
        "Bewährungsstrafe. Die Verteidigung hielt dagegen, ihr Mandant habe den Schaden inzwischen zum " +
        "großen Teil beglichen.",
      "Richterin Sabine Tödtmann folgte am Ende dem Verteidiger. In ihrer Begründung sagte sie: „Die " +
        "Wiedergutmachung ist ernsthaft, aber das Vertrauen Ihrer Kunden bekommen Sie damit nicht " +
        "zurück.“ Das Urteil ist noch nicht rechtskräftig.",
    ],
    quotes: [
      ["Die Kunden sollten bewusst getäuscht werden", "Anklageschrift"],
      ["Ich wusste, dass das nicht sauber ist", "Dirk Obermeier"],
      ["aber alle in der Branche machen das.", "Dirk Obermeier"],
      ["systematischen Vorgehen", "Katrin Lohmeyer"],
      [
        "Die Wiedergutmachung ist ernsthaft, aber das Vertrauen Ihrer Kunden bekommen Sie damit nicht " +
          "zurück.",
        "Sabine Tödtmann",
      ],
    ],
  },
  {
    name:
      "Der Vinschger, Umwelt: Glaziologe mit „so Pircher“, Bericht des Landes mit „heißt es“, Bauer mit " +
      "„meint der Bauer“, Spitzname eines Gletschers, zwei Männer in einem Absatz",
    todo:
      "«Bis zur Mitte des Jahrhunderts dürfte ein Gro…» goes to Gletscherbericht des Landes Südtirol " +
      "zeichnet, not Gletscherbericht des Landes Südtirol",
    headline: "Der Langenferner schmilzt schneller als berechnet",
    standfirst: "Die Messungen im Martelltal zeigen den stärksten Rückgang seit Beginn der Aufzeichnungen.",
    paragraphs: [
      "Martell. Gut 40 Meter hat die Zunge des Langenferners, von den Einheimischen nur „der Lange“ " +
        "genannt, in diesem Sommer verloren. Für Lukas Pircher vom Amt für " +
        "Meteorologie und Lawinenwarnung ist das kein Ausreißer mehr. „Wir sehen hier einen " +
        "Trend, der sich beschleunigt“, sagt der Glaziologe.",
      "Schon im Frühjahr habe die Schneedecke kaum gereicht, um das Eis zu schützen. „Ab Juli lag der " +
        "Gletscher blank, und dann geht es schnell“, so Pircher.",
      "Der aktuelle Gletscherbericht des Landes Südtirol zeichnet ein düsteres Bild. „Bis zur Mitte des " +
        "Jahrhunderts dürfte ein Großteil der kleineren Gletscher verschwunden sein“, heißt es darin.",
      "Im Tal spürt man die Folgen längst beim Wasser. Obstbauer Florian Gamper bewässert seine Anlagen " +
        "aus dem Plimabach. „Noch reicht es“, meint der Bauer. Sein Nachbar Hubert Stricker ist " +
        "weniger zuversichtlich: „In zwanzig Jahren streiten wir hier um jeden Liter.“",
      "Die Gemeinde will nun gemeinsam mit dem Bonifizierungskonsortium neue Speicherbecken prüfen. Eine " +
        "Entscheidung soll im Herbst fallen.",
    ],
    quotes: [
      ["Wir sehen hier einen Trend, der sich beschleunigt", "Lukas Pircher"],
      ["Ab Juli lag der Gletscher blank, und dann geht es schnell", "Lukas Pircher"],
      [
        "Bis zur Mitte des Jahrhunderts dürfte ein Großteil der kleineren Gletscher verschwunden sein",
        "Gletscherbericht des Landes Südtirol",
      ],
      ["Noch reicht es", "Florian Gamper"],
      ["In zwanzig Jahren streiten wir hier um jeden Liter.", "Hubert Stricker"],
    ],
  },
  {
    name:
      "Marbacher Zeitung, Kultur: Regisseurin mit „erzählt sie“, Stücktitel, Zitat über zwei Absätze, " +
      "zwei Frauen in einem Absatz, Teilzitat einer Kritikerin",
    todo: "«Ich hab nur gefragt.» goes to Miriam Sauter, not Lea Kurz",
    headline: "Schillers „Räuber“ ziehen in die Alte Kelter",
    paragraphs: [
      "Marbach. Wenn am Samstag in der Alten Kelter „Die Räuber“ Premiere feiern, ist das für Johanna " +
        "Weidle eine Heimkehr. Die Regisseurin ist in Marbach aufgewachsen, keine 300 Meter vom " +
        "Geburtshaus Schillers entfernt. „Als Schülerin fand ich das Stück furchtbar laut“, erzählt sie.",
      "„Heute verstehe ich, warum es so laut sein muss. Da schreien junge Männer, weil ihnen keiner " +
        "zuhört.",
      "„Und das ist leider ziemlich aktuell.“",
      "Gespielt wird mit Laien aus der Stadt und drei Profis vom Theater Lindenhof. Die Darstellerin der " +
        "Amalia, Lea Kurz, studiert eigentlich Medizin. Ihre Kollegin Miriam Sauter spielt zum ersten " +
        "Mal Theater. „Die Lea hat mich überredet“, sagt Sauter. Die Medizinstudentin " +
        "grinst: „Ich hab nur gefragt.“",
      "Bei einer Probe war auch die Theaterkritikerin Ulrike Gmelin zu Gast. Sie lobte eine " +
        "„erstaunlich genaue Inszenierung“. Karten gibt es noch für die Vorstellungen im Oktober.",
    ],
    quotes: [
      ["Als Schülerin fand ich das Stück furchtbar laut", "Johanna Weidle"],
      [
        "Heute verstehe ich, warum es so laut sein muss. Da schreien junge Männer, weil ihnen keiner " +
          "zuhört.",
        "Johanna Weidle",
      ],
      ["Und das ist leider ziemlich aktuell.", "Johanna Weidle"],
      ["Die Lea hat mich überredet", "Miriam Sauter"],
      ["Ich hab nur gefragt.", "Lea Kurz"],
      ["erstaunlich genaue Inszenierung", "Ulrike Gmelin"],
    ],
  },
  {
    name:
      "Bietigheimer Zeitung, Wirtschaft: Betriebsrat mit „kritisiert“, Mitteilung des Unternehmens, " +
      "invertiertes „räumt … ein“, Anführungszeichen als Distanzierung, Teilzitat mit „laut“",
    todo:
      "«Die Nachfrage nach Komponenten für Verbrennun…» goes to Der Betriebsrat, not Kessler " +
      "Antriebstechnik",
    headline: "Zulieferer in Bietigheim streicht 180 Stellen",
    standfirst: "Die Belegschaft reagiert mit Wut. Der Betriebsrat spricht von „Kahlschlag“.",
    paragraphs: [
      "Bietigheim-Bissingen. Der Autozulieferer Kessler Antriebstechnik will an seinem Stammsitz bis " +
        "Ende 2027 rund 180 von 900 Stellen abbauen. Das teilte das Unternehmen am Dienstag mit. " +
        "„Die Nachfrage nach Komponenten für Verbrennungsmotoren bricht schneller ein als erwartet“, " +
        "heißt es in der Mitteilung.",
      "Betriebsratsvorsitzender Thomas Gruber spricht von einem „Kahlschlag“. Er kritisiert: „Seit " +
        "Jahren fordern wir eine Strategie für die E-Mobilität. Jetzt zahlen die Beschäftigten für " +
        "die Versäumnisse der Geschäftsführung.“",
      "Von der viel beschworenen „Transformation“ ist am Standort bisher wenig zu sehen. Geplant sind " +
        "Altersteilzeit und Abfindungen. Betriebsbedingte Kündigungen seien aber nicht ausgeschlossen.",
      "„Wir haben zu lange auf alte Produkte gesetzt“, räumt Geschäftsführerin Petra Kessler ein. Die " +
        "Enkelin des Firmengründers führt das Unternehmen seit 2019.",
      "Laut IG Metall Ludwigsburg ist der Stellenabbau ein „Warnsignal für die ganze Region“. Die " +
        "Gewerkschaft hat für Donnerstag zu einer Kundgebung vor dem Werkstor aufgerufen.",
    ],
    quotes: [
      ["Kahlschlag", "Thomas Gruber"],
      [
        "Die Nachfrage nach Komponenten für Verbrennungsmotoren bricht schneller ein als erwartet",
        "Kessler Antriebstechnik",
      ],
      [
        "Seit Jahren fordern wir eine Strategie für die E-Mobilität. Jetzt zahlen die Beschäftigten für " +
          "die Versäumnisse der Geschäftsführung.",
        "Thomas Gruber",
      ],
      ["Wir haben zu lange auf alte Produkte gesetzt", "Petra Kessler"],
      ["Warnsignal für die ganze Region", "IG Metall Ludwigsburg"],
    ],
  },
  {
    name:
      "Schwetzinger Zeitung, Kriminalität: Polizei mit „Laut Polizeipräsidium“, Teilzitat eines Opfers, " +
      "ungenannte Nachbarin, Name einer Ermittlungsgruppe, Konjunktiv ohne Zeichen",
    headline: "Fahrraddiebe schlagen in der Nordstadt immer wieder zu",
    paragraphs: [
      "Schwetzingen. Mehr als 60 Fahrräder sind seit Juni in der Schwetzinger Nordstadt gestohlen " +
        "worden, die meisten hochwertige E-Bikes. Laut Polizeipräsidium Mannheim gehen die Täter " +
        "„äußerst professionell und gezielt“ vor. Die Ermittler haben die Gruppe „Speiche“ gebildet.",
      "Die Diebe kommen offenbar nachts und knacken auch Schlösser in verschlossenen Kellern. „Wir gehen " +
        "davon aus, dass die Räder vorher ausgespäht werden“, sagte ein Sprecher der Polizei. Mehrere " +
        "Räder seien bereits in Osteuropa aufgetaucht.",
      "Eine, die es getroffen hat, ist Sandra Wessely. Ihr E-Bike für 4200 Euro verschwand aus dem " +
        "Fahrradraum ihres Mehrfamilienhauses. Sie fühle sich „wie ausgeraubt in den eigenen vier " +
        "Wänden“, sagt die Krankenpflegerin. Die Versicherung zahlt nur einen Teil.",
      "Eine Nachbarin aus der Carl-Theodor-Straße hat nachts zweimal einen Transporter gesehen. „Ich " +
        "dachte, das ist ein Umzug. Wer rechnet denn mit so was?“",
      "Die Polizei rät, Räder codieren zu lassen, und bittet um Hinweise unter der Telefonnummer des " +
        "Reviers.",
    ],
    quotes: [
      ["äußerst professionell und gezielt", "Polizeipräsidium Mannheim"],
      ["Wir gehen davon aus, dass die Räder vorher ausgespäht werden", "ein Sprecher der Polizei"],
      ["wie ausgeraubt in den eigenen vier Wänden", "Sandra Wessely"],
      [
        "Ich dachte, das ist ein Umzug. Wer rechnet denn mit so was?",
        "Eine Nachbarin aus der Carl-Theodor-Straße",
      ],
    ],
  },
  {
    name:
      "Wümme-Zeitung, Sport: Zitat im Vorspann nur im Text genannt, Trainer mit „sagte Trainer“, " +
      "Teilzitat des Torhüters, Spruch auf einem Transparent, zwei Männer in einem Absatz",
    headline: "Derbysieg in letzter Sekunde",
    standfirst:
      "Der TV Oyten gewinnt in Ottersberg mit 27:26. „So etwas erlebst du einmal im Jahr“, " +
      "sagt der Kapitän.",
    paragraphs: [
      "Ottersberg. Noch vier Sekunden standen auf der Uhr, als Jannik Brüning zum Siebenmeter antrat. " +
        "Der Kapitän des TV Oyten verwandelte flach ins linke Eck, und die Gästefans in der Halle am " +
        "Fährwisch stürmten das Feld. „So etwas erlebst du einmal im Jahr“, sagte Brüning danach.",
      "Dabei hatte der Gastgeber lange geführt. Die Ottersberger Fans hatten ein Transparent mit der " +
        "Aufschrift „Unsere Halle, unser Derby“ aufgehängt, und bis zur 50. Minute sah es danach aus. " +
        "„Wir haben in der Abwehr endlich gestanden“, sagte Trainer Holger Meyerdierks, „und vorne " +
        "die Nerven behalten.“",
      "Oytens Torhüter Marvin Stelljes hielt in der Schlussphase drei freie Würfe. Er sprach später " +
        "von „ein bisschen Glück und viel Vorbereitung“.",
      "Auf der anderen Seite war die Enttäuschung groß. Ottersbergs Coach Dennis Kück suchte keine " +
        "Ausreden: „Wer so viele Chancen liegen lässt, verliert solche Spiele.“ Sein Kapitän Timo " +
        "Rugen nickte nur.",
      "Durch den Sieg klettert Oyten auf Rang drei der Landesliga. Am Samstag kommt Tabellenführer " +
        "Achim.",
    ],
    quotes: [
      ["So etwas erlebst du einmal im Jahr", "Jannik Brüning"],
      ["Wir haben in der Abwehr endlich gestanden", "Holger Meyerdierks"],
      ["und vorne die Nerven behalten.", "Holger Meyerdierks"],
      ["ein bisschen Glück und viel Vorbereitung", "Marvin Stelljes"],
      ["Wer so viele Chancen liegen lässt, verliert solche Spiele.", "Dennis Kück"],
    ],
  },
  {
    name:
      "Höchster Kreisblatt, Verkehr: Sprecherin der VGF mit „teilte mit“, zwei Männer in einem Absatz, " +
      "Teilzitat eines Stadtverordneten mit „sprach von“, ungenannter Pendler, invertiertes „klagt“",
    headline: "Straßenbahn nach Höchst kommt später",
    paragraphs: [
      "Höchst. Die geplante Verlängerung der Straßenbahnlinie 11 bis zum Bahnhof Höchst verzögert sich " +
        "um mindestens zwei Jahre. Das teilte die Verkehrsgesellschaft Frankfurt (VGF) am Montag mit. " +
        "„Die Leitungen im Untergrund sind deutlich umfangreicher als angenommen“, sagte " +
        "VGF-Sprecherin Nadine Albers.",
      "Im Ortsbeirat sorgte die Nachricht für Unmut. Ortsvorsteher Bernd Hofmann (SPD) sprach von " +
        "einer „bitteren Pille für den Stadtteil“. Sein Stellvertreter Kai Ludwig (CDU) ging weiter: " +
        "„Man hat uns jahrelang vertröstet, und jetzt fängt alles von vorne an.“",
      "Betroffen sind vor allem Pendler, die täglich mit dem Bus zum Bahnhof fahren. „Morgens stehe " +
        "ich zwanzig Minuten im Stau, nur um in den Zug zu kommen“, klagt ein Pendler aus Sindlingen.",
      "Nach Angaben der VGF sollen die Bauarbeiten nun 2028 beginnen. Die Kosten steigen nach einer " +
        "ersten Schätzung um rund 15 Millionen Euro.",
      "„Wir wissen, dass das für die Höchster ärgerlich ist“, sagte Albers. Man werde die Anwohner " +
        "regelmäßig informieren.",
    ],
    quotes: [
      ["Die Leitungen im Untergrund sind deutlich umfangreicher als angenommen", "Nadine Albers"],
      ["bitteren Pille für den Stadtteil", "Bernd Hofmann"],
      ["Man hat uns jahrelang vertröstet, und jetzt fängt alles von vorne an.", "Kai Ludwig"],
      [
        "Morgens stehe ich zwanzig Minuten im Stau, nur um in den Zug zu kommen",
        "ein Pendler aus Sindlingen",
      ],
      ["Wir wissen, dass das für die Höchster ärgerlich ist", "Nadine Albers"],
    ],
  },
  {
    name:
      "Bote vom Untersee, Bildung, «…» ohne ß: Schulpräsidentin mit Doppelpunkt, Elternbrief als " +
      "Sprecher, Lehrerin mit „sagt die 38-Jährige“, Teilzitat des Kantons mit „heisst es“",
    todo: "«weder pädagogisch noch finanziell sinnvoll» goes to Kleine Schulen, not Amt für Volksschule",
    headline: "Steckborn und Berlingen legen ihre Primarschulen zusammen",
    paragraphs: [
      "Steckborn. Ab dem Schuljahr 2027/28 sollen die Kinder aus Berlingen in Steckborn zur Schule " +
        "gehen. Die Schulbehörden beider Gemeinden haben die Fusion am Dienstag vorgestellt. " +
        "Schulpräsidentin Regula Brunner sagte: «Mit 14 Kindern pro Jahrgang können wir in Berlingen " +
        "keine guten Klassen mehr bilden.»",
      "In Berlingen ist die Stimmung gedrückt. In einem offenen Brief an die Behörde schreiben " +
        "betroffene Eltern: «Ein Dorf ohne Schule ist ein Dorf ohne Zukunft.» Der Brief trägt mehr " +
        "als 120 Unterschriften.",
      "Die Lehrerin Martina Keller unterrichtet seit elf Jahren in Berlingen. «Für die Kinder wird " +
        "der Schulweg länger, aber sie bekommen mehr Gspänli», sagt die 38-Jährige. Sie selbst wechselt " +
        "mit nach Steckborn.",
      "Beim Kanton begrüsst man den Schritt. Kleine Schulen seien auf Dauer «weder pädagogisch noch " +
        "finanziell sinnvoll», heisst es beim Amt für Volksschule in Frauenfeld.",
      "Das letzte Wort haben die Stimmberechtigten. Die Schulgemeindeversammlung ist für den " +
        "November angesetzt.",
    ],
    quotes: [
      [
        "Mit 14 Kindern pro Jahrgang können wir in Berlingen keine guten Klassen mehr bilden.",
        "Regula Brunner",
      ],
      ["Ein Dorf ohne Schule ist ein Dorf ohne Zukunft.", "betroffene Eltern"],
      ["Für die Kinder wird der Schulweg länger, aber sie bekommen mehr Gspänli", "Martina Keller"],
      ["weder pädagogisch noch finanziell sinnvoll", "Amt für Volksschule"],
    ],
  },
  {
    name:
      "Bezirksrundschau, Gesundheit: Apothekerin mit „ärgert sich“, Teilzitat der Apothekerkammer, " +
      "ungenannte Patientin, Name einer Kampagne, Fortsetzung mit „sagt sie“",
    todo:
      "«nicht einmal kostendeckend» goes to Die Österreichische Apothekerkammer, not " +
      "Österreichische Apothekerkammer",
    headline: "Nachtdienst: Apotheken im Mühlviertel schlagen Alarm",
    paragraphs: [
      "Freistadt. Wer im Bezirk Freistadt nachts ein Medikament braucht, muss oft weit fahren. Nur " +
        "noch vier Apotheken teilen sich den Bereitschaftsdienst. „Wir sind an der Grenze“, ärgert sich " +
        "Mag. Elisabeth Hackl, die die Stadtapotheke in Freistadt führt.",
      "Jede vierte Nacht steht sie selbst hinter dem Nachtschalter. „Um drei in der Früh kommt dann " +
        "jemand wegen Halsweh“, sagt sie. „Das ist kein Notfall, das hätte bis in der Früh gewartet.“",
      "Die Österreichische Apothekerkammer fordert seit Langem eine bessere Abgeltung der Dienste. Die " +
        "derzeitige Pauschale sei „nicht einmal kostendeckend“, heißt es aus der Landesgeschäftsstelle " +
        "in Linz. Mit der Kampagne „Apotheke ums Eck“ will man auf das Problem aufmerksam machen.",
      "Eine Patientin aus Rainbach, die in der Nacht auf Sonntag Fiebersaft für ihre Tochter holen " +
        "musste, erzählt: „Ich bin 25 Minuten gefahren. Mit einem kranken Kind ist das eine Ewigkeit.“",
      "Das Land Oberösterreich prüft nun, ob Dienste künftig über Bezirksgrenzen hinweg geteilt werden " +
        "können.",
    ],
    quotes: [
      ["Wir sind an der Grenze", "Elisabeth Hackl"],
      ["Um drei in der Früh kommt dann jemand wegen Halsweh", "Elisabeth Hackl"],
      ["Das ist kein Notfall, das hätte bis in der Früh gewartet.", "Elisabeth Hackl"],
      ["nicht einmal kostendeckend", "Österreichische Apothekerkammer"],
      [
        "Ich bin 25 Minuten gefahren. Mit einem kranken Kind ist das eine Ewigkeit.",
        "Eine Patientin aus Rainbach",
      ],
    ],
  },
]);
