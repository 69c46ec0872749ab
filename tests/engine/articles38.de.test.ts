// A thirty-eighth round of composed German news articles, in the styles of outlets and beats the first
// thirty-seven rounds (articles.de to articles37.de) did not use: Liechtensteiner Volksblatt
// (Liechtenstein, transport, «…» and no ß: evening buses cut in the Unterland, the minister's headline
// quote in the body, „so die Ministerin“ and a continuation, the bus company's statement with „heisst es“
// and a fragment, an unnamed nurse after a colon, a Gemeindevorsteher with „spricht von“, a quote split by
// „sagt sie“, two unrelated Kaisers, a plan's name), UT24 (South Tyrol, disasters: a mudslide in Moos in
// Passeier, a resident in the headline and the body, „sagt die Bäuerin“ after her age, the fire chief after
// a colon, an unnamed firefighter, the mayor in Konjunktiv then a quote standing alone, a meteorologist with
// „sprach von“, „so der Landesrat“, the geology office with „heißt es“, a warning level's name), Nahe-Zeitung
// (Rhineland-Palatinate, consumer: bank account fees, the consumer advice centre's fragment in the headline
// and the body, its board member after a colon, an unnamed pensioner, the savings banks' association's
// statement, an unnamed bank spokeswoman's fragment, the minister across two paragraphs, „so Schröder“), Der
// Sonntag (Vienna, religion, »…«: a church handed to a Romanian Orthodox parish, a hymn's title, a parish
// priest with title, an archpriest with a continuation standing alone, an unnamed older woman, a parish
// councillor with a split quote, a bishop's vicar's fragment), BauernZeitung (Austria, agriculture:
// wireworm in Waldviertel potatoes, the standfirst fragment of a chairman named only in the body, father and
// son sharing a surname, a variety's name, an AGES expert, the chamber's letter with „heißt es“, an unnamed
// ministry spokesman's fragment), Wiler Zeitung (Switzerland, sport, «…» and no ß: a late win over Aarau,
// the coach's standfirst quote repeated in the body, the scorer and the captain sharing a surname, the
// opposing coach as „der Aarauer Trainer“, a banner, an unnamed season-ticket holder, the president after
// Konjunktiv), Badener Tagblatt (Switzerland, courts, «…» and no ß: a fake roofer's fraud, the presiding
// judge's headline quote and its continuation, the court's fragment, the unnamed accused, the prosecutor and
// the defence lawyer sharing a surname, an unnamed widower after a colon, the cantonal police's leaflet and
// its title), Waiblinger Kreiszeitung (Baden-Württemberg, police: a street race on the B 14, the police
// spokesman in the headline, „so Ziegler“ and a quote reporting speech, an unnamed driver with „erzählt
// sie“, the police headquarters' statement, a scare-quoted scene, an unnamed resident, the mayor's
// fragment), Weilheimer Tagblatt (Upper Bavaria, science: a record year at the Hohenpeißenberg observatory,
// the head's standfirst fragment repeated in the body, the DWD's press release, a journal's title, the
// study's authors writing, a lead author's split quote, the mayor in Konjunktiv then a quote standing alone,
// an unnamed colleague after a colon) and Offenburger Tageblatt (Ortenau, health: a weekend emergency
// practice closes, a standfirst fragment that differs from the body quote, an unnamed spokesman opening a
// paragraph, the association's fragment, a GP with title as „die Medizinerin“, an unnamed mother in
// Konjunktiv then a question, the district administrator with „so Eble“). Every article was written for
// these tests, blind, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Liechtensteiner Volksblatt, Liechtenstein, Verkehr, «…» ohne ß: Überschriftszitat im " +
      "Text, Ministerin mit „so die Ministerin“ und Fortsetzung, LIEmobil-Mitteilung mit " +
      "„heisst es“ und Teilzitat, ungenannte Pflegerin nach Doppelpunkt, Gemeindevorsteher " +
      "mit „spricht von“, Zitat geteilt um „sagt sie“, zwei nicht verwandte Kaisers, " +
      "Konzeptname in Zeichen",
    todo:
      "«Derzeit sind elf Stellen im Fahrdienst unbesetzt» goes to Unternehmen, not LIEmobil; «alle " +
      "Möglichkeiten ausgeschöpft» goes to Unternehmen, not LIEmobil",
    headline: "«Wir können nicht jede Linie im Viertelstundentakt fahren»",
    standfirst:
      "LIEmobil streicht ab Dezember mehrere Abendkurse im Unterland. Pendler und Gemeinden " +
      "sind verärgert.",
    paragraphs: [
      "Vaduz. Ab dem Fahrplanwechsel am 14. Dezember fahren die Busse der Linie 12 zwischen " +
        "Schaan und Eschen nach 20 Uhr nur noch im Stundentakt. Das hat der Verwaltungsrat von " +
        "LIEmobil vergangene Woche beschlossen. Verkehrsministerin Carmen Biedermann " +
        "verteidigt den Entscheid: «Wir können nicht jede Linie im Viertelstundentakt fahren», " +
        "sagte sie am Dienstag vor den Medien.",
      "Die Auslastung der Abendkurse liege teilweise unter zehn Prozent, so die Ministerin. " +
        "«Jeder leere Bus kostet den Steuerzahler Geld, und er fährt trotzdem mit Diesel durchs Land.»",
      "LIEmobil selbst begründet die Ausdünnung mit fehlendem Personal. «Derzeit sind elf " +
        "Stellen im Fahrdienst unbesetzt», heisst es in einer Mitteilung des Unternehmens. Man " +
        "habe «alle Möglichkeiten ausgeschöpft», bevor man den Fahrplan angepasst habe.",
      "An der Haltestelle Eschen Post ist die Stimmung am Mittwochabend gereizt. Eine " +
        "Pflegerin, die im Landesspital in Vaduz Spätdienst hat, rechnet vor: «Mein Dienst " +
        "endet um halb zehn. Wenn ich den Bus verpasse, stehe ich eine Stunde hier in der Kälte.»",
      "Auch aus den Gemeinden kommt Kritik. Der Eschner Gemeindevorsteher Daniel Kaiser " +
        "spricht von einem «Rückschritt für das ganze Unterland». Er habe aus den Medien vom " +
        "Entscheid erfahren, sagt Kaiser. «Mit uns hat niemand geredet.»",
      "Biedermann verweist auf das Konzept «Mobil 2030», mit dem die Regierung den " +
        "öffentlichen Verkehr bis zum Ende des Jahrzehnts ausbauen will. «Das ist kein Abbau», " +
        "sagt sie, «sondern eine Atempause, bis wir genug Chauffeure haben.»",
      "Beim Arbeitnehmerverband LANV sieht man das Problem anderswo. «Wer Chauffeure will, " +
        "muss sie anständig bezahlen», sagt Gewerkschaftssekretärin Andrea Kaiser. Mit dem " +
        "Eschner Vorsteher ist sie weder verwandt noch verschwägert.",
    ],
    quotes: [
      ["Wir können nicht jede Linie im Viertelstundentakt fahren", "Carmen Biedermann"],
      [
        "Jeder leere Bus kostet den Steuerzahler Geld, und er fährt trotzdem mit Diesel durchs Land.",
        "Carmen Biedermann",
      ],
      ["Derzeit sind elf Stellen im Fahrdienst unbesetzt", "LIEmobil"],
      ["alle Möglichkeiten ausgeschöpft", "LIEmobil"],
      [
        "Mein Dienst endet um halb zehn. Wenn ich den Bus verpasse, stehe ich eine Stunde hier " +
          "in der Kälte.",
        "Eine Pflegerin",
      ],
      ["Rückschritt für das ganze Unterland", "Daniel Kaiser"],
      ["Mit uns hat niemand geredet.", "Daniel Kaiser"],
      ["Das ist kein Abbau", "Carmen Biedermann"],
      ["sondern eine Atempause, bis wir genug Chauffeure haben.", "Carmen Biedermann"],
      ["Wer Chauffeure will, muss sie anständig bezahlen", "Andrea Kaiser"],
    ],
  },
  {
    name:
      "UT24, Südtirol, Unwetter: Überschriftszitat im Text, „erzählt sie“ mit Fortsetzung, " +
      "„sagt die Bäuerin“ nach Altersangabe, Kommandant nach Doppelpunkt, ungenannter " +
      "Feuerwehrmann, Bürgermeister im Konjunktiv dann alleinstehendes Zitat, Meteorologe " +
      "mit „sprach von“, Landesrat mit „so der Landesrat“, Amt mit „heißt es“, Warnstufe in Zeichen",
    todo: "«weiterhin in Bewegung» goes to Georg Mair, not Amt für Geologie",
    headline: "Mure verschüttet Straße ins Pfelderer Tal: „Es hat gedonnert wie im Krieg“",
    standfirst:
      "Nach heftigen Gewittern ist in Moos in Passeier am Sonntagabend eine Mure abgegangen. " +
      "Rund 300 Menschen sind von der Außenwelt abgeschnitten.",
    paragraphs: [
      "Moos in Passeier – Gegen 19.30 Uhr ging am Sonntag oberhalb von Stuls eine Mure ab " +
        "und verschüttete die Landesstraße auf einer Länge von rund 80 Metern. Verletzt wurde " +
        "niemand. Anna Pichler wohnt keine 200 Meter von der Stelle entfernt. „Es hat " +
        "gedonnert wie im Krieg“, erzählt sie. „Dann war da nur noch Schlamm, wo vorher die Straße war.“",
      "Die 58-Jährige hat die Nacht bei ihrer Schwester im Dorf verbracht. „Ich lebe hier " +
        "seit 40 Jahren, so etwas habe ich noch nie gesehen“, sagt die Bäuerin.",
      "Die Freiwillige Feuerwehr Moos war mit 45 Mann im Einsatz. Kommandant Florian Gufler " +
        "schilderte die Lage am Montagmorgen so: „Wir haben die ganze Nacht Häuser gesichert " +
        "und Keller ausgepumpt. Mehr konnten wir im Dunkeln nicht tun.“ Ein Feuerwehrmann, " +
        "seit 20 Jahren dabei, meinte nur: „Das war die schlimmste Nacht, an die ich mich erinnern kann.“",
      "Bürgermeister Thomas Hofer sagte, die Versorgung der Fraktionen Pfelders und Platt " +
        "sei gesichert. Falls nötig, werde ein Hubschrauber Lebensmittel und Medikamente " +
        "bringen. „Niemand muss Angst haben, dass er allein gelassen wird.“",
      "Laut Landeswarnzentrum waren am Sonntagnachmittag innerhalb von zwei Stunden mehr als " +
        "60 Liter Regen pro Quadratmeter gefallen. Die Warnstufe „Orange“ galt bereits seit " +
        "dem Vormittag. Meteorologe Lukas Thaler vom Landeswetterdienst sprach von einem " +
        "„klassischen Gewitter, das sich einfach nicht vom Fleck bewegt hat“.",
      "Die Straße bleibt mindestens eine Woche gesperrt, so der Landesrat für " +
        "Bevölkerungsschutz, Georg Mair. „Erst müssen die Geologen sagen, ob der Hang hält.“",
      "Das will das Amt für Geologie bis Mittwoch klären. In einer ersten Einschätzung heißt " +
        "es, der Hang sei „weiterhin in Bewegung“. Bis dahin bringt ein Shuttle die Pendler " +
        "über einen Forstweg ins Tal.",
    ],
    quotes: [
      ["Es hat gedonnert wie im Krieg", "Anna Pichler"],
      ["Dann war da nur noch Schlamm, wo vorher die Straße war.", "Anna Pichler"],
      ["Ich lebe hier seit 40 Jahren, so etwas habe ich noch nie gesehen", "Anna Pichler"],
      [
        "Wir haben die ganze Nacht Häuser gesichert und Keller ausgepumpt. Mehr konnten wir im " +
          "Dunkeln nicht tun.",
        "Florian Gufler",
      ],
      ["Das war die schlimmste Nacht, an die ich mich erinnern kann.", "Ein Feuerwehrmann"],
      ["Niemand muss Angst haben, dass er allein gelassen wird.", "Thomas Hofer"],
      ["klassischen Gewitter, das sich einfach nicht vom Fleck bewegt hat", "Lukas Thaler"],
      ["Erst müssen die Geologen sagen, ob der Hang hält.", "Georg Mair"],
      ["weiterhin in Bewegung", "Amt für Geologie"],
    ],
  },
  {
    name:
      "Nahe-Zeitung, Rheinland-Pfalz, Verbraucher: Überschriftszitat einer " +
      "Verbraucherzentrale im Text, Vorstand nach Doppelpunkt und mit Konjunktiv, ungenannte " +
      "Rentnerin nach Doppelpunkt, Verband mit „heißt es in einer Stellungnahme“, ungenannte " +
      "Sprecherin mit Teilzitat, Ministerin über zwei Absätze, „so Schröder“",
    todo:
      "«Abzocke am Schalter» goes to Verbraucherschützer, not Verbraucherzentrale Rheinland-Pfalz; " +
      "«Die Preise für die Kontoführung liegen in Rhe…» goes to Der Sparkassenverband " +
      "Rheinland-Pfalz, not Sparkassenverband Rheinland-Pfalz; «rechtzeitig und transparent» goes " +
      "to Eine Sprecherin der betroffenen Regionalbank wollte, not Eine Sprecherin der betroffenen " +
      "Regionalbank",
    headline: "Kontogebühren steigen: Verbraucherschützer sprechen von „Abzocke am Schalter“",
    standfirst:
      "Mehrere Geldinstitute im Kreis Birkenfeld erhöhen zum 1. Januar ihre Preise. Die " +
      "Verbraucherzentrale fordert ein Eingreifen der Landesregierung.",
    paragraphs: [
      "Idar-Oberstein. Wer im Kreis Birkenfeld ein Girokonto führt, zahlt ab Januar bei " +
        "mehreren Instituten deutlich mehr. Bei einer großen Regionalbank steigt die " +
        "monatliche Grundgebühr von 3,50 auf 5,90 Euro, Kontoauszüge auf Papier kosten künftig " +
        "zwei Euro pro Stück. Für die Verbraucherzentrale Rheinland-Pfalz ist das „Abzocke am Schalter“.",
      "Vorstand Marc Schröder wurde am Dienstag bei einem Termin in Idar-Oberstein deutlich: " +
        "„Die Banken verdienen an den hohen Zinsen so gut wie seit Jahren nicht, und trotzdem " +
        "greifen sie ihren Kunden noch tiefer in die Tasche.“",
      "Besonders betroffen seien ältere Menschen, die kein Onlinebanking nutzen, sagte " +
        "Schröder. „Sie werden dafür bestraft, dass sie ihre Bank noch betreten.“",
      "Eine Rentnerin aus Birkenfeld, die zu dem Termin gekommen war, hielt ihren " +
        "Kontoauszug in die Höhe: „Zwei Euro für ein Blatt Papier. Dafür habe ich früher ein Brot gekauft.“",
      "Der Sparkassenverband Rheinland-Pfalz weist die Vorwürfe zurück. „Die Preise für die " +
        "Kontoführung liegen in Rheinland-Pfalz weiterhin unter dem Bundesdurchschnitt“, heißt " +
        "es in einer Stellungnahme. Die Gebühren spiegelten die gestiegenen Kosten für " +
        "Personal und IT-Sicherheit wider. Eine Sprecherin der betroffenen Regionalbank wollte " +
        "sich zu Einzelheiten nicht äußern und sagte lediglich, man habe die Kunden " +
        "„rechtzeitig und transparent“ informiert.",
      "Verbraucherschutzministerin Katrin Weber (SPD) kündigte an, die Institute noch vor " +
        "Weihnachten zu einem Gespräch einzuladen. Im Landtag sagte sie am Donnerstag: „Ein " +
        "Girokonto ist heute so notwendig wie ein Stromanschluss. Wer keines hat, kann am " +
        "Leben kaum noch teilnehmen.",
      "„Ich erwarte, dass die Banken ihre Verantwortung ernst nehmen. Sonst werden wir uns " +
        "im Bundesrat für eine gesetzliche Obergrenze einsetzen.“",
      "Der Verbraucherzentrale reicht das nicht. „Gespräche hatten wir genug“, so Schröder.",
    ],
    quotes: [
      ["Abzocke am Schalter", "Verbraucherzentrale Rheinland-Pfalz"],
      [
        "Die Banken verdienen an den hohen Zinsen so gut wie seit Jahren nicht, und trotzdem " +
          "greifen sie ihren Kunden noch tiefer in die Tasche.",
        "Marc Schröder",
      ],
      ["Sie werden dafür bestraft, dass sie ihre Bank noch betreten.", "Marc Schröder"],
      [
        "Zwei Euro für ein Blatt Papier. Dafür habe ich früher ein Brot gekauft.",
        "Eine Rentnerin aus Birkenfeld",
      ],
      [
        "Die Preise für die Kontoführung liegen in Rheinland-Pfalz weiterhin unter dem Bundesdurchschnitt",
        "Sparkassenverband Rheinland-Pfalz",
      ],
      ["rechtzeitig und transparent", "Eine Sprecherin der betroffenen Regionalbank"],
      [
        "Ein Girokonto ist heute so notwendig wie ein Stromanschluss. Wer keines hat, kann am " +
          "Leben kaum noch teilnehmen.",
        "Katrin Weber",
      ],
      [
        "Ich erwarte, dass die Banken ihre Verantwortung ernst nehmen. Sonst werden wir uns im " +
          "Bundesrat für eine gesetzliche Obergrenze einsetzen.",
        "Katrin Weber",
      ],
      ["Gespräche hatten wir genug", "Marc Schröder"],
    ],
  },
  {
    name:
      "Der Sonntag, Wien, Religion, »…«: Liedtitel in Zeichen, Pfarrer mit Titel und „sprach " +
      "von“, Konjunktiv dann Zitat, Erzpriester mit Fortsetzung allein im nächsten Absatz, " +
      "ungenannte ältere Frau nach Doppelpunkt, Pfarrgemeinderätin mit „sagt sie“ und " +
      "Fortsetzung, Bischofsvikar mit „nannte … “, Pfarrer nach „lächelt:“",
    todo:
      "«Es gab Tränen, auch bei mir» goes to Eine ältere Frau, not Gerlinde Haas; «Aber wir haben " +
      "ein Jahr lang darüber geredet.» goes to Eine ältere Frau, not Gerlinde Haas; «Großer Gott, " +
      "wir loben dich» taken for a quote",
    headline: "Eine Kirche, zwei Gemeinden",
    standfirst:
      "Die Pfarre Zum Göttlichen Wort in Favoriten überlässt ihre Filialkirche St. Leopold " +
      "der rumänisch-orthodoxen Gemeinde. Ein Abschied mit Tränen – und mit Hoffnung.",
    paragraphs: [
      "Am Ende sangen alle gemeinsam: zuerst auf Deutsch »Großer Gott, wir loben dich«, dann " +
        "auf Rumänisch. Mit einem Festgottesdienst hat die Pfarre Zum Göttlichen Wort am " +
        "vergangenen Sonntag ihre Filialkirche St. Leopold am Laaer Berg an die " +
        "rumänisch-orthodoxe Gemeinde übergeben. Pfarrer Mag. Stefan Wimmer sprach in seiner " +
        "Predigt von einem »Abschied, der zugleich ein Anfang ist«.",
      "Seit Jahren hätten in St. Leopold nur noch wenige Dutzend Menschen die Sonntagsmesse " +
        "gefeiert, die Heizkosten hätten die Pfarre an ihre Grenzen gebracht, erklärte Wimmer. " +
        "»Wir hätten die Kirche zusperren können. Aber eine leere Kirche ist ein trauriger Ort.«",
      "Für die orthodoxe Gemeinde, die bisher in einem angemieteten Saal in Simmering " +
        "Gottesdienst feierte, ist die Übergabe ein Geschenk. »Unsere Leute haben zehn Jahre " +
        "auf diesen Tag gewartet«, sagt Erzpriester Vasile Munteanu. Seine Gemeinde zählt nach " +
        "eigenen Angaben rund 1.500 Familien.",
      "»Wir werden dieses Haus mit Gebet füllen, jeden Tag.«",
      "Nicht allen in der Pfarre fiel der Schritt leicht. Eine ältere Frau, die in St. " +
        "Leopold geheiratet hat, wischte sich nach der Messe die Augen: »Hier sind meine " +
        "Kinder getauft worden. Das vergisst man nicht.« Pfarrgemeinderätin Gerlinde Haas hat " +
        "dafür Verständnis. »Es gab Tränen, auch bei mir«, sagt sie. »Aber wir haben ein Jahr " +
        "lang darüber geredet.«",
      "Die Erzdiözese Wien betont, dass die Kirche im Eigentum der Pfarre bleibt. Die " +
        "orthodoxe Gemeinde erhalte ein Nutzungsrecht auf 30 Jahre, heißt es aus dem " +
        "Pastoralamt. Bischofsvikar Dariusz Nowak nannte das Modell »ein Zeichen gelebter " +
        "Ökumene«. Ähnliche Lösungen seien auch an anderen Orten der Stadt denkbar.",
      "Die Glocken will die Pfarre weiter nutzen, etwa bei Begräbnissen auf dem nahen " +
        "Friedhof. Wimmer lächelt: »Die Glocken gehören ja irgendwie allen.«",
    ],
    quotes: [
      ["Abschied, der zugleich ein Anfang ist", "Stefan Wimmer"],
      [
        "Wir hätten die Kirche zusperren können. Aber eine leere Kirche ist ein trauriger Ort.",
        "Stefan Wimmer",
      ],
      ["Unsere Leute haben zehn Jahre auf diesen Tag gewartet", "Vasile Munteanu"],
      ["Wir werden dieses Haus mit Gebet füllen, jeden Tag.", "Vasile Munteanu"],
      ["Hier sind meine Kinder getauft worden. Das vergisst man nicht.", "Eine ältere Frau"],
      ["Es gab Tränen, auch bei mir", "Gerlinde Haas"],
      ["Aber wir haben ein Jahr lang darüber geredet.", "Gerlinde Haas"],
      ["ein Zeichen gelebter Ökumene", "Dariusz Nowak"],
      ["Die Glocken gehören ja irgendwie allen.", "Stefan Wimmer"],
    ],
  },
  {
    name:
      "BauernZeitung, Österreich, Landwirtschaft: Vorspann-Teilzitat eines Kammerobmanns, " +
      "der erst im Text genannt wird, Vater und Sohn mit gleichem Nachnamen und „sagt der " +
      "52-Jährige“/„der 24-Jährige“, Sortenname in Zeichen, Expertin mit „sagt die " +
      "Pflanzenschutzexpertin“, Kammer-Schreiben mit „heißt es“, ungenannter " +
      "Ministeriumssprecher mit Teilzitat, „Grünstäudl senior“",
    todo:
      "«Ohne wirksamen Schutz wird der Erdäpfelbau im…» goes to Die Landwirtschaftskammer " +
      "Niederösterreich, not Landwirtschaftskammer Niederösterreich; «Bis die in Wien entscheiden, " +
      "ist die nächste …» goes to Ein Sprecher des Ministeriums, not Hannes Grünstäudl",
    headline: "Drahtwurm frisst Waldviertler Erdäpfelernte",
    standfirst:
      "Bis zu ein Drittel der Knollen ist heuer unverkäuflich. Der Kammerobmann spricht von " +
      "einer „Katastrophe mit Ansage“.",
    paragraphs: [
      "Zwettl. Hannes Grünstäudl zieht eine Knolle aus der Kiste und dreht sie im Licht. " +
        "Kleine, schwarze Löcher ziehen sich durch die Schale. „Die kauft mir keiner mehr ab“, " +
        "sagt der 52-Jährige. Auf seinen 28 Hektar im Bezirk Zwettl ist heuer fast jede dritte " +
        "Knolle der Sorte „Ditta“ vom Drahtwurm angefressen.",
      "Sein Sohn Lukas Grünstäudl, der den Hof in ein paar Jahren übernehmen soll, hat die " +
        "Schäden Feld für Feld dokumentiert. „Auf manchen Äckern sind es 40 Prozent. So " +
        "schlimm war es noch nie“, sagt der 24-Jährige.",
      "Der Drahtwurm ist die Larve des Schnellkäfers. Trockene Sommer treiben ihn in die " +
        "Knollen, weil er dort Feuchtigkeit findet. Das Beizmittel, das bis vor drei Jahren " +
        "gegen ihn eingesetzt wurde, ist in der EU nicht mehr zugelassen.",
      "Der Obmann der Bezirksbauernkammer Zwettl, Karl Weißensteiner, nennt die Lage eine " +
        "„Katastrophe mit Ansage“. Man habe seit Jahren vor dieser Entwicklung gewarnt, sagt " +
        "er. „Uns hat man das Werkzeug weggenommen, aber keinen Ersatz gegeben.“",
      "Bei der AGES arbeitet man an Alternativen, etwa an Pilzen, die die Larven befallen. " +
        "„Im Versuch funktioniert das gut, auf dem Feld leider noch nicht zuverlässig“, sagt " +
        "die Pflanzenschutzexpertin Maria Eder. Mit einer praxistauglichen Lösung rechne sie " +
        "frühestens in drei Jahren.",
      "Die Landwirtschaftskammer Niederösterreich verlangt eine Notfallzulassung. „Ohne " +
        "wirksamen Schutz wird der Erdäpfelbau im Waldviertel in fünf Jahren nur noch ein " +
        "Hobby sein“, heißt es in einem Schreiben an das Landwirtschaftsministerium.",
      "Ein Sprecher des Ministeriums sagte der BauernZeitung, man prüfe den Antrag „mit der " +
        "gebotenen Sorgfalt“. Grünstäudl senior hat wenig Hoffnung. „Bis die in Wien " +
        "entscheiden, ist die nächste Ernte auch kaputt.“",
    ],
    quotes: [
      ["Katastrophe mit Ansage", "Karl Weißensteiner"],
      ["Die kauft mir keiner mehr ab", "Hannes Grünstäudl"],
      ["Auf manchen Äckern sind es 40 Prozent. So schlimm war es noch nie", "Lukas Grünstäudl"],
      ["Uns hat man das Werkzeug weggenommen, aber keinen Ersatz gegeben.", "Karl Weißensteiner"],
      ["Im Versuch funktioniert das gut, auf dem Feld leider noch nicht zuverlässig", "Maria Eder"],
      [
        "Ohne wirksamen Schutz wird der Erdäpfelbau im Waldviertel in fünf Jahren nur noch ein Hobby sein",
        "Landwirtschaftskammer Niederösterreich",
      ],
      ["mit der gebotenen Sorgfalt", "Ein Sprecher des Ministeriums"],
      ["Bis die in Wien entscheiden, ist die nächste Ernte auch kaputt.", "Hannes Grünstäudl"],
    ],
  },
  {
    name:
      "Wiler Zeitung, Schweiz, Sport, «…» ohne ß: Vorspann-Zitat des Trainers im Text " +
      "wiederholt, Torschütze mit „sagte Bischof“ nach Altersangabe, Trainer mit „sagte der " +
      "47-Jährige“ und Fortsetzung, Gegentrainer mit „sagte der Aarauer Trainer“ und „meinte " +
      "er nur:“, Captain mit gleichem Nachnamen und alleinstehendem Zitat, Fan-Transparent, " +
      "ungenannter Saisonkartenbesitzer nach Doppelpunkt, Präsident im Konjunktiv dann nach Doppelpunkt",
    todo:
      "«Das ist ein klarer Freistoss für uns, das sie…» goes to Marco Rüegg, not Thomas Wyss; «Wir " +
      "haben zweimal geschlafen. Das wird bestraft.» goes to Marco Rüegg, not Thomas Wyss; «Er hat " +
      "heute gezeigt, dass er in diese Mannsc…» goes to Captain Silvan Bischof, not Silvan Bischof; " +
      "«Ich habe letzte Nacht schlecht geschlafen. He…» goes to Ein langjähriger " +
      "Saisonkartenbesitzer, not Roger Keller",
    headline: "Der FC Wil dreht das Spiel in der Nachspielzeit",
    standfirst:
      "Beim 2:1 gegen Aarau trifft der eingewechselte Elias Bischof doppelt. Trainer Marco " +
      "Rüegg: «Das war Charakter.»",
    paragraphs: [
      "Wil. Lange sah es am Samstag im Bergholz nach der dritten Heimniederlage in Folge " +
        "aus. Aarau führte nach einem Kopfball von Luca Brunner seit der 34. Minute, Wil " +
        "rannte an, traf aber nur den Pfosten. Dann kam Elias Bischof.",
      "Der 19-Jährige, erst in der 70. Minute eingewechselt, glich in der 88. Minute aus und " +
        "traf in der dritten Minute der Nachspielzeit zum 2:1. «Ich habe gar nicht richtig " +
        "gesehen, ob der Ball drin ist. Ich habe nur gehört, wie das Stadion explodiert», " +
        "sagte Bischof nach dem Spiel.",
      "Wil-Trainer Marco Rüegg lobte vor allem die Moral seiner Mannschaft. «Das war " +
        "Charakter», sagte der 47-Jährige. «Wir haben in den letzten Wochen viel Kritik " +
        "einstecken müssen, zu Recht. Heute hat die Mannschaft eine Antwort gegeben.»",
      "Sein Gegenüber Thomas Wyss haderte mit dem Schiedsrichter, der vor dem Ausgleich ein " +
        "Foul an Brunner übersehen habe. «Das ist ein klarer Freistoss für uns, das sieht " +
        "jeder im Stadion», sagte der Aarauer Trainer. Zu den Gegentoren meinte er nur: «Wir " +
        "haben zweimal geschlafen. Das wird bestraft.»",
      "Captain Silvan Bischof – mit dem Torschützen nicht verwandt – trug den jungen Stürmer " +
        "nach dem Schlusspfiff auf den Schultern vor die Kurve. «Er hat heute gezeigt, dass er " +
        "in diese Mannschaft gehört.»",
      "Dort hing ein Transparent mit der Aufschrift «Wil bleibt Wil». Ein langjähriger " +
        "Saisonkartenbesitzer brachte die Stimmung auf den Punkt: «So ein Spiel vergisst man " +
        "nicht, egal wie die Saison endet.»",
      "Präsident Roger Keller wollte den Sieg nicht überbewerten. Es sei erst Oktober, die " +
        "Tabelle noch eng. Aber er gab zu, dass ihm ein Stein vom Herzen gefallen sei: «Ich " +
        "habe letzte Nacht schlecht geschlafen. Heute werde ich besser schlafen.»",
    ],
    quotes: [
      ["Das war Charakter", "Marco Rüegg"],
      [
        "Ich habe gar nicht richtig gesehen, ob der Ball drin ist. Ich habe nur gehört, wie " +
          "das Stadion explodiert",
        "Elias Bischof",
      ],
      [
        "Wir haben in den letzten Wochen viel Kritik einstecken müssen, zu Recht. Heute hat " +
          "die Mannschaft eine Antwort gegeben.",
        "Marco Rüegg",
      ],
      ["Das ist ein klarer Freistoss für uns, das sieht jeder im Stadion", "Thomas Wyss"],
      ["Wir haben zweimal geschlafen. Das wird bestraft.", "Thomas Wyss"],
      ["Er hat heute gezeigt, dass er in diese Mannschaft gehört.", "Silvan Bischof"],
      [
        "So ein Spiel vergisst man nicht, egal wie die Saison endet.",
        "Ein langjähriger Saisonkartenbesitzer",
      ],
      ["Ich habe letzte Nacht schlecht geschlafen. Heute werde ich besser schlafen.", "Roger Keller"],
    ],
  },
  {
    name:
      "Badener Tagblatt, Schweiz, Gericht, «…» ohne ß: Überschriftszitat der " +
      "Gerichtspräsidentin im Text mit Fortsetzung, Gericht als Sprecher eines Teilzitats, " +
      "ungenannter Beschuldigter im Konjunktiv dann zitiert, Staatsanwalt im Konjunktiv dann " +
      "Zitat, ungenannter Witwer nach Doppelpunkt, Verteidigerin mit gleichem Nachnamen wie " +
      "der Staatsanwalt, Kantonspolizei mit „schreibt sie“, Merkblatttitel in Zeichen",
    todo:
      "«Und Sie haben es gezielt getan.» goes to Das Bezirksgericht Baden, not Regula Senn; " +
      "«eigentlichen Masche» goes to Das Bezirksgericht Baden, not Bezirksgericht Baden; «Ich habe " +
      "jedes Dach angefasst, das ich verrec…» goes to ein heute 41-jähriger Mann im Raum Baden, not " +
      "Der Beschuldigte; «Er war so freundlich. Ich hätte nie gedacht, …» goes to Beat Lüscher, not " +
      "ein 83-jähriger Witwer aus Wettingen; «Seriöse Firmen klingeln nicht unaufgefordert …» goes " +
      "to Die Kantonspolizei Aargau, not Kantonspolizei Aargau; «Sicher zu Hause» taken for a quote",
    headline: "«Sie haben das Vertrauen alter Menschen ausgenutzt»",
    standfirst:
      "Das Bezirksgericht Baden verurteilt einen falschen Dachdecker wegen gewerbsmässigen " +
      "Betrugs zu drei Jahren, ein Jahr davon unbedingt.",
    paragraphs: [
      "Baden. Er klingelte, zeigte auf angeblich lose Ziegel und bot eine sofortige " +
        "Reparatur an. Zwischen 2021 und 2023 hat ein heute 41-jähriger Mann im Raum Baden und " +
        "Wettingen mindestens 14 betagte Hauseigentümer um insgesamt rund 180'000 Franken " +
        "gebracht. Am Donnerstag hat ihn das Bezirksgericht Baden zu einer Freiheitsstrafe von " +
        "drei Jahren verurteilt, davon zwölf Monate unbedingt.",
      "«Sie haben das Vertrauen alter Menschen ausgenutzt», sagte Gerichtspräsidentin Regula " +
        "Senn bei der Urteilseröffnung. «Und Sie haben es gezielt getan.» Das Gericht sprach " +
        "von einer «eigentlichen Masche», die der Mann über Jahre verfeinert habe.",
      "Der Beschuldigte, ein gelernter Maler, hatte vor Gericht eingeräumt, zu hohe " +
        "Rechnungen gestellt zu haben. Betrogen habe er aber niemanden, die Arbeiten seien " +
        "alle ausgeführt worden. «Ich habe jedes Dach angefasst, das ich verrechnet habe», sagte er.",
      "Das sah die Staatsanwaltschaft anders. In mehreren Fällen seien gar keine Schäden " +
        "vorhanden gewesen, sagte Staatsanwalt Beat Lüscher, der vier Jahre gefordert hatte. " +
        "«Der Beschuldigte hat nicht repariert, er hat inszeniert.»",
      "Einer der Geschädigten, ein 83-jähriger Witwer aus Wettingen, war als Zeuge geladen. " +
        "Er hatte dem Mann 22'000 Franken in bar bezahlt: «Er war so freundlich. Ich hätte nie " +
        "gedacht, dass so einer lügt.»",
      "Verteidigerin Nadja Lüscher – mit dem Staatsanwalt weder verwandt noch verschwägert, " +
        "wie sie zu Beginn betonte – hatte eine bedingte Strafe verlangt. Ihr Mandant sei " +
        "geständig und habe begonnen, den Schaden zurückzuzahlen. «Wer zurückzahlt, verdient " +
        "eine zweite Chance», sagte sie. Ob sie das Urteil weiterzieht, liess sie offen.",
      "Die Kantonspolizei Aargau rät Hauseigentümern zur Vorsicht bei unangemeldeten " +
        "Handwerkern. «Seriöse Firmen klingeln nicht unaufgefordert an der Haustür», schreibt " +
        "sie in ihrem Merkblatt «Sicher zu Hause».",
    ],
    quotes: [
      ["Sie haben das Vertrauen alter Menschen ausgenutzt", "Regula Senn"],
      ["Und Sie haben es gezielt getan.", "Regula Senn"],
      ["eigentlichen Masche", "Bezirksgericht Baden"],
      ["Ich habe jedes Dach angefasst, das ich verrechnet habe", "Der Beschuldigte"],
      ["Der Beschuldigte hat nicht repariert, er hat inszeniert.", "Beat Lüscher"],
      [
        "Er war so freundlich. Ich hätte nie gedacht, dass so einer lügt.",
        "ein 83-jähriger Witwer aus Wettingen",
      ],
      ["Wer zurückzahlt, verdient eine zweite Chance", "Nadja Lüscher"],
      ["Seriöse Firmen klingeln nicht unaufgefordert an der Haustür", "Kantonspolizei Aargau"],
    ],
  },
  {
    name:
      "Waiblinger Kreiszeitung, Baden-Württemberg, Polizei: Überschriftszitat im Text, " +
      "Polizeisprecher mit „so Ziegler“ und Zitat mit wiedergegebener Rede, ungenannte " +
      "Autofahrerin mit „erzählt sie“, Präsidium mit „heißt es in einer Mitteilung“, " +
      "Szenebegriff in Zeichen, ungenannter Anwohner nach „sagt:“, Oberbürgermeisterin mit " +
      "Teilzitat, „Polizeisprecher Ziegler“ nach Doppelpunkt",
    todo:
      "«Plötzlich waren da Scheinwerfer im Rückspiege…» goes to Die Frau, not eine 34-jährige " +
      "Pflegekraft aus Fellbach; «Wer die Straße zur Rennstrecke macht, muss da…» goes to Das " +
      "Polizeipräsidium Aalen, not Polizeipräsidium Aalen",
    headline: "Raser auf der B 14: „Das war kein Rennen, das war Wahnsinn“",
    paragraphs: [
      "Waiblingen. Mit mehr als 180 Stundenkilometern sollen sich zwei junge Männer in der " +
        "Nacht auf Sonntag auf der B 14 zwischen Waiblingen-Süd und Fellbach ein Rennen " +
        "geliefert haben. Erlaubt sind dort 100. Eine Streife des Polizeireviers Waiblingen " +
        "stoppte die beiden Autos schließlich an der Ausfahrt Schmiden. „Das war kein Rennen, " +
        "das war Wahnsinn“, sagt Polizeisprecher Ralf Ziegler.",
      "Nur durch Glück sei niemand verletzt worden, so Ziegler. Einer der Wagen habe beim " +
        "Überholen einen Kleinwagen um Zentimeter verfehlt. „Die Fahrerin hat uns später " +
        "gesagt, sie habe mit ihrem Leben schon abgeschlossen.“",
      "Die Frau, eine 34-jährige Pflegekraft aus Fellbach, war auf dem Heimweg von der " +
        "Nachtschicht. „Plötzlich waren da Scheinwerfer im Rückspiegel, und dann hat es nur " +
        "noch gezischt“, erzählt sie. Danach habe sie zehn Minuten auf dem Seitenstreifen " +
        "gestanden, bevor sie weiterfahren konnte.",
      "Die beiden Fahrer, 19 und 21 Jahre alt, mussten ihre Führerscheine noch vor Ort " +
        "abgeben. Beide Autos, ein getunter BMW und ein Audi, wurden beschlagnahmt. Gegen die " +
        "Männer wird wegen eines verbotenen Kraftfahrzeugrennens ermittelt.",
      "Das Polizeipräsidium Aalen kündigte an, die Kontrollen in der sogenannten " +
        "„Poser-Szene“ zu verstärken. „Wer die Straße zur Rennstrecke macht, muss damit " +
        "rechnen, sein Auto zu verlieren“, heißt es in einer Mitteilung.",
      "Anwohner in Schmiden klagen seit Monaten über nächtlichen Lärm. Ein Anwohner aus der " +
        "Fellbacher Straße sagt: „Am Wochenende schlafen wir hier mit Ohrstöpseln. Die Motoren " +
        "hört man bis ins Schlafzimmer.“",
      "Fellbachs Oberbürgermeisterin Claudia Brenner hat das Land bereits um stationäre " +
        "Blitzer gebeten. Die Stadt habe „alles versucht, was wir als Kommune tun können“, " +
        "sagte sie. Nun sei das Regierungspräsidium am Zug.",
      "Polizeisprecher Ziegler hat einen Rat für alle, die nachts auf der B 14 unterwegs " +
        "sind: „Wer so etwas sieht, soll sofort die 110 wählen. Kennzeichen merken, nicht " +
        "hinterherfahren.“",
    ],
    quotes: [
      ["Das war kein Rennen, das war Wahnsinn", "Ralf Ziegler"],
      ["Die Fahrerin hat uns später gesagt, sie habe mit ihrem Leben schon abgeschlossen.", "Ralf Ziegler"],
      [
        "Plötzlich waren da Scheinwerfer im Rückspiegel, und dann hat es nur noch gezischt",
        "eine 34-jährige Pflegekraft aus Fellbach",
      ],
      [
        "Wer die Straße zur Rennstrecke macht, muss damit rechnen, sein Auto zu verlieren",
        "Polizeipräsidium Aalen",
      ],
      [
        "Am Wochenende schlafen wir hier mit Ohrstöpseln. Die Motoren hört man bis ins Schlafzimmer.",
        "Ein Anwohner aus der Fellbacher Straße",
      ],
      ["alles versucht, was wir als Kommune tun können", "Claudia Brenner"],
      [
        "Wer so etwas sieht, soll sofort die 110 wählen. Kennzeichen merken, nicht hinterherfahren.",
        "Ralf Ziegler",
      ],
    ],
  },
  {
    name:
      "Weilheimer Tagblatt, Oberbayern, Wissenschaft: Vorspann-Teilzitat des " +
      "Observatoriumsleiters im Text wiederholt, Leiter mit Doktortitel und „sagt er“ mit " +
      "Fortsetzung, DWD mit „heißt es in der Pressemitteilung“, Zeitschriftentitel in " +
      "Zeichen, Studienautoren mit „schreiben die Autoren“, Erstautorin mit um „sagt die " +
      "Klimatologin“ geteiltem Zitat, Bürgermeister im Konjunktiv dann alleinstehendes " +
      "Zitat, ungenannter Kollege nach Doppelpunkt",
    todo:
      "«ein Schatz für die Klimaforschung» goes to Wolfgang Steinbacher, not Deutscher " +
      "Wetterdienst; «Die Zahl der Frosttage hat sich seit 1950 nah…» goes to die Autoren, not " +
      "Forschende der Ludwig-Maximilians-Universität München",
    headline: "Seit 1781 war es am Hohen Peißenberg nie so warm",
    standfirst:
      "Die Messreihe des Observatoriums ist die älteste der Welt auf einem Berg. Ihr Leiter " +
      "sieht einen „Fingerabdruck, den man nicht mehr wegdiskutieren kann“.",
    paragraphs: [
      "Hohenpeißenberg. Seit 1781 wird auf dem Hohen Peißenberg jeden Tag die Temperatur " +
        "gemessen, zuerst von Augustiner-Chorherren aus dem Kloster Rottenbuch, heute vom " +
        "Deutschen Wetterdienst (DWD). Das zurückliegende Jahr war nun das wärmste der " +
        "gesamten Reihe: Im Mittel lag die Temperatur bei 9,1 Grad, 2,4 Grad über dem " +
        "Durchschnitt der Jahre 1781 bis 1880.",
      "Dr. Wolfgang Steinbacher leitet das Meteorologische Observatorium seit elf Jahren. " +
        "„Früher waren solche Werte Ausreißer“, sagt er. „Inzwischen sind sie der Normalfall, " +
        "und die Ausreißer gehen nach oben.“ Die Erwärmung auf dem Berg sei ein " +
        "„Fingerabdruck, den man nicht mehr wegdiskutieren kann“.",
      "Der DWD stellte die Auswertung am Mittwoch in Offenbach vor. Die Reihe vom Hohen " +
        "Peißenberg sei „ein Schatz für die Klimaforschung“, heißt es in der Pressemitteilung, " +
        "weil sie kaum durch die Wärme von Städten verfälscht werde.",
      "Die Daten sind auch Grundlage einer Studie, die Forschende der " +
        "Ludwig-Maximilians-Universität München in der Fachzeitschrift „Climate of the Past“ " +
        "veröffentlicht haben. Darin rekonstruieren sie, wie sich die Zahl der Frosttage seit " +
        "dem 18. Jahrhundert verändert hat. „Die Zahl der Frosttage hat sich seit 1950 nahezu " +
        "halbiert“, schreiben die Autoren.",
      "Erstautorin Katharina Seidl sieht Folgen weit über den Pfaffenwinkel hinaus. „Wenn " +
        "der Boden im Winter nicht mehr gefriert, verändert das alles“, sagt die Klimatologin, " +
        "„von den Schädlingen im Wald bis zum Wasserhaushalt.“",
      "Im Ort ist man stolz auf die Station. Bürgermeister Anton Rieder erzählt, schon sein " +
        "Großvater habe als Schulbub die Wetterhütte besucht. „Das Observatorium gehört zum " +
        "Hohenpeißenberg wie die Wallfahrtskirche.“",
      "Steinbacher will die Messungen so weiterführen wie seine Vorgänger: jeden Morgen um " +
        "sieben, auch an Feiertagen. Ein Kollege, der seit 30 Jahren am Observatorium Dienst " +
        "tut, fasst es trocken zusammen: „Das Wetter macht keinen Urlaub, also machen wir auch keinen.“",
    ],
    quotes: [
      ["Fingerabdruck, den man nicht mehr wegdiskutieren kann", "Wolfgang Steinbacher"],
      ["Früher waren solche Werte Ausreißer", "Wolfgang Steinbacher"],
      ["Inzwischen sind sie der Normalfall, und die Ausreißer gehen nach oben.", "Wolfgang Steinbacher"],
      ["ein Schatz für die Klimaforschung", "Deutscher Wetterdienst"],
      [
        "Die Zahl der Frosttage hat sich seit 1950 nahezu halbiert",
        "Forschende der Ludwig-Maximilians-Universität München",
      ],
      ["Wenn der Boden im Winter nicht mehr gefriert, verändert das alles", "Katharina Seidl"],
      ["von den Schädlingen im Wald bis zum Wasserhaushalt.", "Katharina Seidl"],
      ["Das Observatorium gehört zum Hohenpeißenberg wie die Wallfahrtskirche.", "Anton Rieder"],
      ["Das Wetter macht keinen Urlaub, also machen wir auch keinen.", "Ein Kollege"],
    ],
  },
  {
    name:
      "Offenburger Tageblatt, Ortenau, Gesundheit: Vorspann-Teilzitat des " +
      "Oberbürgermeisters, das vom Textzitat abweicht, ungenannter KV-Sprecher mit Zitat am " +
      "Absatzanfang, Vereinigung mit „spricht … von“, OB mit zweitem Teilzitat, Hausärztin " +
      "mit Doktortitel und „sagt die Medizinerin“ mit Fortsetzung, ungenannte Mutter im " +
      "Konjunktiv dann alleinstehende Frage, Landrat mit „so Eble“ und Fortsetzung",
    todo:
      "«Bündelung der Kräfte» goes to Die Kassenärztliche Vereinigung Baden-Württemberg, not " +
      "Kassenärztliche Vereinigung Baden-Württemberg; «Und wer passt so lange auf meine Tochter " +
      "auf?» goes to Susanne Huber, not eine Mutter",
    headline: "Notfallpraxis Oberkirch: Am Wochenende bleibt die Tür zu",
    standfirst:
      "Ab Februar müssen Patienten aus dem Renchtal nach Offenburg fahren. Der " +
      "Oberbürgermeister spricht von einem „schwarzen Tag“.",
    paragraphs: [
      "Oberkirch. Wer im Renchtal am Wochenende Fieber, eine Schnittwunde oder eine " +
        "Blasenentzündung hat, muss sich ab dem 1. Februar auf den Weg nach Offenburg machen. " +
        "Die Kassenärztliche Vereinigung Baden-Württemberg (KVBW) schließt die Notfallpraxis " +
        "am Krankenhaus Oberkirch. Die Begründung: Es fehlten Ärzte, die die Dienste übernehmen.",
      "„Wir können die Dienste schlicht nicht mehr besetzen“, sagte ein Sprecher der KVBW " +
        "auf Anfrage. In einer Mitteilung spricht die Vereinigung von einer „Bündelung der " +
        "Kräfte“, die die Versorgung langfristig sichern solle.",
      "Oberbürgermeister Matthias Börsig erfuhr von der Entscheidung aus einer E-Mail. „Es " +
        "ist ein schwarzer Tag für das Renchtal“, sagte er dem Offenburger Tageblatt. Für " +
        "ältere Menschen ohne Auto seien die 20 Kilometer bis Offenburg an einem Sonntagabend " +
        "„praktisch unüberwindbar“.",
      "Dr. Susanne Huber, Hausärztin in Oppenau, hat selbst jahrelang Wochenenddienste in " +
        "Oberkirch übernommen. Sie kann die KVBW zum Teil verstehen. „Wir sind in der Region " +
        "zu wenige, und die Jungen wollen nicht mehr jedes dritte Wochenende arbeiten“, sagt " +
        "die Medizinerin. „Aber dann muss man eben andere Lösungen finden, statt einfach zuzusperren.“",
      "Vor der Notfallpraxis wartete am Samstag eine Mutter mit ihrem fiebernden Sohn. Im " +
        "Februar, sagte sie, werde sie dann wohl in Offenburg stundenlang sitzen. „Und wer " +
        "passt so lange auf meine Tochter auf?“",
      "Landrat Thorsten Eble kündigte an, mit der KVBW über einen Fahrdienst zu sprechen. " +
        "Der Landkreis habe „keinen direkten Einfluss“ auf die Notfallpraxen, so Eble. „Wir " +
        "werden trotzdem nicht tatenlos zusehen.“",
    ],
    quotes: [
      ["schwarzen Tag", "Matthias Börsig"],
      ["Wir können die Dienste schlicht nicht mehr besetzen", "ein Sprecher der KVBW"],
      ["Bündelung der Kräfte", "Kassenärztliche Vereinigung Baden-Württemberg"],
      ["Es ist ein schwarzer Tag für das Renchtal", "Matthias Börsig"],
      ["praktisch unüberwindbar", "Matthias Börsig"],
      [
        "Wir sind in der Region zu wenige, und die Jungen wollen nicht mehr jedes dritte " +
          "Wochenende arbeiten",
        "Susanne Huber",
      ],
      ["Aber dann muss man eben andere Lösungen finden, statt einfach zuzusperren.", "Susanne Huber"],
      ["Und wer passt so lange auf meine Tochter auf?", "eine Mutter"],
      ["keinen direkten Einfluss", "Thorsten Eble"],
      ["Wir werden trotzdem nicht tatenlos zusehen.", "Thorsten Eble"],
    ],
  },
]);
