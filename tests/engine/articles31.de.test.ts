// A thirty-first round of composed German news articles, in the styles of outlets and beats the first
// thirty rounds (articles.de to articles30.de) did not use: Hersfelder Zeitung (transport: ICE stops cut in
// Bad Hersfeld, a commuter quoted in the headline and named only in the body, continued with no verb, a rail
// spokeswoman's fragment with „begründete das mit“ and reported speech, the mayor's letter with „schreibt“,
// two men in one paragraph with „kritisiert Landrat“ and „meint:“, a timetable concept's name, an unnamed
// taxi driver with „winkt ab:“), Berchtesgadener Anzeiger (environment: bark beetles in the national park,
// its head quoted in the standfirst as „der Nationalparkleiter“, a motto, two men in one paragraph with
// „klagt“ and „pflichtet ihm bei:“, the ministry's fragment with „erklärte auf Anfrage“, a quote split around
// the inverted „räumt Stangassinger ein“, an unnamed hiker), Gmünder Tagespost (business: a silverware
// maker finds a successor, the senior boss continued with no verb, the buyer as „der neue Eigentümer“, the
// chamber's fragment with „Laut“, two women in one paragraph with „erzählt“ and „ergänzt:“, the town's
// fragment in reported speech, a product's name), Zollern-Alb-Kurier (crime: a bank clerk stops a shock-call
// fraud, quoted in the standfirst as „die Frau am Schalter“, the police spokesman split, the police
// headquarters' fragment with „Laut“, mother and daughter sharing a surname in one paragraph, a campaign's
// name, reported speech with no marks), Obwaldner Zeitung (Switzerland, politics, with «…» and no ß: a
// profit-tax cut, a fragment in the standfirst by the SP leader named in the body, two men in one paragraph,
// the government's message's fragment with „laut dem Bericht“), Woche Kärnten (Austria, sport: the VSV wins
// the derby, the goalie's words in the headline, „lachte der 22-jährige“, two men of the losing side in one
// paragraph, the league's fragment with „sprach von“, a banner's slogan, an unnamed season-ticket holder),
// Altmark Zeitung (education: a four-day week in a Klötze secondary school, a term in quotation marks, the
// head's fragment with „spricht von“, the ministry with „teilte … mit“, two women in one paragraph with a
// question before „fragt“ and „sieht es gelassener:“, the union's fragment in reported speech), der Freitag
// (culture: cuts for Berlin's independent theatre, a play's title twice, a quote over two paragraphs, the
// Senate department's statement's fragment, two women in one paragraph with „erzählt sie“ and „nennt … ein“,
// an unnamed official after „sagt:“, a closing quote split around the title), Waldeckische Landeszeitung
// (health: a maternity ward closing in Korbach, the director quoted in the standfirst and body, two women in
// one paragraph with „sagt sie“ and „rechnet nach:“, the district administrator's fragment with „kündigte
// an“, the ministry after „teilte mit:“, an unnamed senior physician) and Garmisch-Partenkirchner Tagblatt
// (science: permafrost in the Zugspitze, a one-word quote with no verb, a journal's title, the study's
// fragment with „Laut der Studie“, two men in one paragraph with „erklärt“ and „wird konkreter:“, a railway
// spokesman, an unnamed mountain guide, a nickname). Every article was written for these tests, blind,
// before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Hersfelder Zeitung, Verkehr: Pendlerin in der Überschrift nur im Text genannt mit „sagt " +
      "die 47-jährige“ und Fortsetzung ohne Verb, Teilzitat einer Bahnsprecherin mit " +
      "„begründete das mit“ und Konjunktiv ohne Zeichen, Brief der Bürgermeisterin mit " +
      "„schreibt Hofmeister“, zwei Männer in einem Absatz („kritisiert Landrat“, „meint:“), " +
      "Name eines Fahrplankonzepts, ungenannter Taxifahrer mit „winkt ab:“",
    headline: "„Wir werden einfach abgehängt“: Bahn streicht ICE-Halte in Bad Hersfeld",
    standfirst:
      "Ab Dezember halten in der Kreisstadt deutlich weniger Fernzüge. Pendler und Stadt sind empört.",
    paragraphs: [
      "Bad Hersfeld. Um 6.42 Uhr steht Sabine Möller-Hahn jeden Morgen auf Gleis 3. Noch. Mit " +
        "dem Fahrplanwechsel am 14. Dezember fällt ihr ICE nach Frankfurt weg. „Wir werden " +
        "einfach abgehängt“, sagt die 47-jährige Bankkauffrau, die seit zwölf Jahren pendelt. „Ab " +
        "Dezember muss ich in Fulda umsteigen, und das kostet mich jeden Tag eine halbe Stunde.“",
      "Nach Angaben der Deutschen Bahn halten künftig nur noch vier statt bisher neun ICE-Paare " +
        "am Bahnhof. Eine Bahnsprecherin begründete das mit dem „Ausbau der schnellen Verbindung " +
        "zwischen Frankfurt und Berlin“. Jede zusätzliche Minute Halt koste auf der Strecke " +
        "Anschlüsse an anderer Stelle, sagte sie.",
      "Bürgermeisterin Anke Hofmeister (parteilos) will das nicht hinnehmen. „Eine Kreisstadt " +
        "mit 30.000 Einwohnern und einem der größten Logistikstandorte Deutschlands ist kein " +
        "Dorfhalt“, schreibt Hofmeister in einem Brief an den Bahnvorstand. Eine Antwort steht noch aus.",
      "„Das ist ein Schlag ins Gesicht aller, die auf das Auto verzichten“, kritisiert Landrat " +
        "Matthias Heinemann (SPD). Der Fahrgastverband Pro Bahn sieht es differenzierter. Dessen " +
        "hessischer Landesvorsitzender Thomas Kraft meint: „Lieber ein verlässlicher Takt mit " +
        "Umstieg als ein Direktzug, der jeden zweiten Tag ausfällt.“",
      "Die Bahn verweist auf den „Deutschlandtakt“, der ab 2030 wieder mehr Verbindungen in die " +
        "Region bringen soll. In Bad Hersfeld glaubt daran kaum jemand. Ein Taxifahrer vor dem " +
        "Bahnhof winkt ab: „Die Leute fahren dann eben mit dem Auto nach Fulda. Und dann gleich " +
        "ganz bis Frankfurt.“",
      "Möller-Hahn überlegt inzwischen, sich eine kleine Wohnung in Frankfurt zu nehmen. " +
        "Zumindest unter der Woche, sagt sie.",
    ],
    quotes: [
      ["Wir werden einfach abgehängt", "Sabine Möller-Hahn"],
      [
        "Ab Dezember muss ich in Fulda umsteigen, und das kostet mich jeden Tag eine halbe Stunde.",
        "Sabine Möller-Hahn",
      ],
      ["Ausbau der schnellen Verbindung zwischen Frankfurt und Berlin", "Eine Bahnsprecherin"],
      [
        "Eine Kreisstadt mit 30.000 Einwohnern und einem der größten Logistikstandorte " +
          "Deutschlands ist kein Dorfhalt",
        "Anke Hofmeister",
      ],
      ["Das ist ein Schlag ins Gesicht aller, die auf das Auto verzichten", "Matthias Heinemann"],
      [
        "Lieber ein verlässlicher Takt mit Umstieg als ein Direktzug, der jeden zweiten Tag ausfällt.",
        "Thomas Kraft",
      ],
      [
        "Die Leute fahren dann eben mit dem Auto nach Fulda. Und dann gleich ganz bis Frankfurt.",
        "Ein Taxifahrer",
      ],
    ],
  },
  {
    name:
      "Berchtesgadener Anzeiger, Umwelt: Nationalparkleiter im Vorspann als „der " +
      "Nationalparkleiter“ zitiert und im Text genannt, Leitsatz in Anführungszeichen, " +
      "Konjunktiv ohne Zeichen, zwei Männer in einem Absatz („klagt“, „pflichtet ihm bei:“), " +
      "Teilzitat des Ministeriums mit „erklärte auf Anfrage“, geteiltes Zitat um „räumt " +
      "Stangassinger ein“, ungenannte Wanderin mit „sieht es pragmatisch:“",
    headline: "Borkenkäfer am Königssee: Streit um die Kernzone",
    standfirst:
      "Rund um den Königssee färben sich ganze Hänge braun. Waldbesitzer fordern, endlich " +
      "einzugreifen. „Der Wald hilft sich selbst“, hält der Nationalparkleiter dagegen.",
    paragraphs: [
      "Berchtesgaden – Wer dieser Tage mit dem Elektroboot über den Königssee fährt, sieht es " +
        "schon vom Wasser aus: An den Hängen unterhalb des Watzmanns stehen Hunderte braune " +
        "Fichten. Der Borkenkäfer hat sich in der Kernzone des Nationalparks ausgebreitet, wo " +
        "seit Jahrzehnten nach dem Grundsatz „Natur Natur sein lassen“ nicht eingegriffen wird.",
      "„Das ist kein Waldsterben, das ist ein Neuanfang“, sagt Florian Stangassinger, der " +
        "Leiter des Nationalparks. In zwanzig Jahren stehe hier ein Bergmischwald, der mit dem " +
        "Klima besser zurechtkomme als jede Fichtenmonokultur. Der 52-Jährige verweist auf " +
        "Flächen im Klausbachtal, wo nach einem Käferbefall in den Neunzigerjahren längst junge " +
        "Buchen und Tannen wachsen.",
      "Ganz anders sehen das die Waldbesitzer am Rand des Schutzgebiets. „Die Käfer halten sich " +
        "nicht an die Nationalparkgrenze“, klagt Josef Kurz, der in Schönau am Königssee 40 " +
        "Hektar Privatwald bewirtschaftet. Sein Nachbar Hans Moderegger pflichtet ihm bei: „Ich " +
        "habe heuer dreimal Käferholz schlagen müssen. Das zahlt mir keiner.“",
      "Das Bayerische Umweltministerium erklärte auf Anfrage, der Nationalpark betreibe in " +
        "einem 500 Meter breiten Randstreifen ein „konsequentes Borkenkäfermanagement“. Befallene " +
        "Bäume würden dort innerhalb weniger Wochen gefällt und abtransportiert.",
      "„Ich verstehe den Ärger der Waldbauern“, räumt Stangassinger ein. „Aber wer in der " +
        "Kernzone anfängt zu sägen, hat den Nationalpark aufgegeben.“",
      "Eine Wanderin aus Salzburg, die am Malerwinkel Rast macht, sieht es pragmatisch: „Schön " +
        "ist es nicht. Aber es ist halt Natur.“",
    ],
    quotes: [
      ["Der Wald hilft sich selbst", "Florian Stangassinger"],
      ["Das ist kein Waldsterben, das ist ein Neuanfang", "Florian Stangassinger"],
      ["Die Käfer halten sich nicht an die Nationalparkgrenze", "Josef Kurz"],
      ["Ich habe heuer dreimal Käferholz schlagen müssen. Das zahlt mir keiner.", "Hans Moderegger"],
      ["konsequentes Borkenkäfermanagement", "Das Bayerische Umweltministerium"],
      ["Ich verstehe den Ärger der Waldbauern", "Florian Stangassinger"],
      [
        "Aber wer in der Kernzone anfängt zu sägen, hat den Nationalpark aufgegeben.",
        "Florian Stangassinger",
      ],
      ["Schön ist es nicht. Aber es ist halt Natur.", "Eine Wanderin aus Salzburg"],
    ],
  },
  {
    name:
      "Gmünder Tagespost, Wirtschaft: Seniorchef mit „sagt Seniorchef“ und Fortsetzung ohne " +
      "Verb nach einem Satz des Reporters, Käufer als „der neue Eigentümer“ mit „erklärt“, " +
      "Teilzitat mit „Laut Handwerkskammer“, zwei Frauen in einem Absatz („erzählt " +
      "Polisseurin“, „ergänzt:“), Teilzitat der Stadtverwaltung im Konjunktiv mit „teilte sie " +
      "mit“, Produktname",
    todo: "«Remstal» taken for a quote",
    headline: "Silberwarenmanufaktur Bühler findet einen Nachfolger",
    standfirst:
      "Nach 112 Jahren stand der Gmünder Traditionsbetrieb vor dem Aus. Jetzt übernimmt ein " +
      "Goldschmied aus Pforzheim. Die Belegschaft atmet auf.",
    paragraphs: [
      "Schwäbisch Gmünd. Das Emailschild über der Tür in der Ledergasse bleibt hängen. Die " +
        "Silberwarenmanufaktur Bühler, weit über die Stadt hinaus bekannt für ihr Besteck " +
        "„Remstal“, hat einen Käufer gefunden. Zum 1. Januar übernimmt der Pforzheimer " +
        "Goldschmiedemeister Daniel Ostertag den Betrieb mit seinen 23 Beschäftigten.",
      "„Ich habe drei Jahre lang gesucht und irgendwann nicht mehr daran geglaubt“, sagt " +
        "Seniorchef Eberhard Bühler. Der 74-Jährige hat keine Kinder, die das Geschäft " +
        "weiterführen wollten. „Jetzt kann ich nachts wieder schlafen.“",
      "Ostertag, 39 Jahre alt, will an der Handarbeit festhalten, aber neue Kunden gewinnen. " +
        "„Wer heute 400 Euro für eine Kuchengabel ausgibt, will wissen, wer sie gemacht hat“, " +
        "erklärt der neue Eigentümer. Gravuren sollen künftig auch online bestellt werden können.",
      "Laut Handwerkskammer Region Stuttgart finden „mehr als ein Drittel der Inhaber“ im Gold- " +
        "und Silberschmiedehandwerk keinen Nachfolger. Viele Betriebe schließen, wenn der Chef in " +
        "Rente geht.",
      "In der Werkstatt ist die Erleichterung greifbar. „Wir haben schon Bewerbungen " +
        "geschrieben“, erzählt Polisseurin Marija Kovačević, die seit 28 Jahren im Betrieb ist. " +
        "Ihre Kollegin Tanja Weller, mit 24 Jahren die jüngste Silberschmiedin im Haus, ergänzt: " +
        "„Ich habe hier gelernt. Woanders gibt es diesen Beruf in Gmünd kaum noch.“",
      "Die Stadtverwaltung begrüßte den Verkauf. Gmünd bleibe damit „die Gold- und Silberstadt, " +
        "nicht nur auf dem Ortsschild“, teilte sie mit.",
    ],
    quotes: [
      ["Ich habe drei Jahre lang gesucht und irgendwann nicht mehr daran geglaubt", "Eberhard Bühler"],
      ["Jetzt kann ich nachts wieder schlafen.", "Eberhard Bühler"],
      [
        "Wer heute 400 Euro für eine Kuchengabel ausgibt, will wissen, wer sie gemacht hat",
        "Daniel Ostertag",
      ],
      ["mehr als ein Drittel der Inhaber", "Handwerkskammer Region Stuttgart"],
      ["Wir haben schon Bewerbungen geschrieben", "Marija Kovačević"],
      ["Ich habe hier gelernt. Woanders gibt es diesen Beruf in Gmünd kaum noch.", "Tanja Weller"],
      ["die Gold- und Silberstadt, nicht nur auf dem Ortsschild", "Die Stadtverwaltung"],
    ],
  },
  {
    name:
      "Zollern-Alb-Kurier, Kriminalität: Bankangestellte im Vorspann als „die Frau am Schalter“ " +
      "zitiert und im Text genannt mit „erinnert sich die 31-Jährige“, Konjunktiv ohne Zeichen, " +
      "Polizeisprecher geteilt um „sagt Polizeisprecher“, Teilzitat mit „Laut " +
      "Polizeipräsidium“, Mutter und Tochter mit gleichem Nachnamen in einem Absatz („sagt“, " +
      "„will … reden:“), Kampagnenname",
    todo: "«Ich hab sofort gemerkt, dass da was nicht stimmt» goes to Eine 82-Jährige, not Jasmin Haug",
    headline: "Schockanruf in Balingen: Bankangestellte verhindert Betrug",
    standfirst:
      "Eine 82-Jährige wollte 40.000 Euro abheben – für eine angebliche Kaution. „Ich hab " +
      "sofort gemerkt, dass da was nicht stimmt“, sagt die Frau am Schalter.",
    paragraphs: [
      "Balingen. Es war kurz nach zehn Uhr am Montag, als die Seniorin die Filiale der " +
        "Kreissparkasse in der Friedrichstraße betrat. Sie wollte 40.000 Euro in bar. Ihre " +
        "Tochter habe einen Unfall verursacht und sitze in Untersuchungshaft, erzählte sie. Ohne " +
        "Kaution komme sie nicht frei.",
      "Bankkauffrau Jasmin Haug wurde hellhörig. „Die Dame war völlig aufgelöst und hat die " +
        "ganze Zeit auf ihr Handy geschaut“, erinnert sich die 31-Jährige. Sie bat die Kundin in " +
        "ein Nebenzimmer und rief die Polizei.",
      "„Das ist eine Masche“, sagt Polizeisprecher Rainer Digel vom Polizeipräsidium " +
        "Reutlingen, „die seit Monaten im ganzen Zollernalbkreis läuft.“ Die Täter säßen meist im " +
        "Ausland und arbeiteten mit Abholern vor Ort.",
      "Laut Polizeipräsidium wurden allein im Oktober „17 Fälle mit ähnlichem Muster“ " +
        "angezeigt. In drei davon erbeuteten die Betrüger Bargeld und Schmuck.",
      "Die echte Tochter der 82-Jährigen erfuhr erst am Abend davon. „Meine Mutter hat sich so " +
        "geschämt“, sagt Birgit Schäfer. Ihre Mutter, Hildegard Schäfer, will inzwischen selbst " +
        "darüber reden: „Wenn es einer anderen hilft, dann soll es eben in der Zeitung stehen.“",
      "Die Polizei rät, bei solchen Anrufen sofort aufzulegen, und verweist auf ihre " +
        "Präventionsreihe „Nicht mit mir!“. Vorträge gibt es auch in Seniorentreffs im ganzen Kreis.",
    ],
    quotes: [
      ["Ich hab sofort gemerkt, dass da was nicht stimmt", "Jasmin Haug"],
      ["Die Dame war völlig aufgelöst und hat die ganze Zeit auf ihr Handy geschaut", "Jasmin Haug"],
      ["Das ist eine Masche", "Rainer Digel"],
      ["die seit Monaten im ganzen Zollernalbkreis läuft.", "Rainer Digel"],
      ["17 Fälle mit ähnlichem Muster", "Polizeipräsidium Reutlingen"],
      ["Meine Mutter hat sich so geschämt", "Birgit Schäfer"],
      ["Wenn es einer anderen hilft, dann soll es eben in der Zeitung stehen.", "Hildegard Schäfer"],
    ],
  },
  {
    name:
      "Obwaldner Zeitung, Politik (Schweiz, mit «…» und ohne ß): Teilzitat im Vorspann („die " +
      "Linke spricht von“) der im Text genannten SP-Fraktionschefin mit „nannte … ein“, " +
      "Finanzdirektor mit „sagte er“, „rief sie“, zwei Männer in einem Absatz („sagte " +
      "SVP-Kantonsrat“, „ging weiter:“), Teilzitat der Botschaft mit „laut dem Bericht“, " +
      "Konjunktiv ohne Zeichen, Schlusszitat mit „sagte Durrer“",
    todo:
      "«durch das erwartete Wachstum der Steuerbasis …» goes to Bericht, not Botschaft des " +
      "Regierungsrates",
    headline: "Kantonsrat senkt die Gewinnsteuer erneut",
    standfirst:
      "Obwalden will seinen Platz im Steuerwettbewerb verteidigen. Die Linke spricht von einem " +
      "«Geschenk an die Falschen».",
    paragraphs: [
      "Sarnen – Der Obwaldner Kantonsrat hat am Donnerstag einer Senkung des Gewinnsteuersatzes " +
        "für Unternehmen von 5,7 auf 5,2 Prozent zugestimmt. Der Entscheid fiel mit 38 zu 14 " +
        "Stimmen. Finanzdirektor Daniel Wyrsch (Mitte) zeigte sich zufrieden. «Wir bleiben damit " +
        "für Firmen attraktiv, ohne dass die Gemeinden leer ausgehen», sagte er nach der Sitzung.",
      "Scharfe Kritik kam von der SP. Fraktionschefin Beatrice Durrer nannte die Vorlage ein " +
        "«Geschenk an die Falschen». «Die Familien warten seit Jahren auf eine höhere " +
        "Prämienverbilligung, und jetzt verschenken wir Millionen», rief sie in den Saal.",
      "Unterstützung erhielt die Regierung von SVP und FDP. «Jeder Franken, den eine Firma hier " +
        "versteuert, ist ein Franken, der nicht nach Zug geht», sagte SVP-Kantonsrat Peter Imfeld " +
        "aus Lungern. FDP-Sprecher Marco von Flüe ging weiter: «Ohne die Steuerstrategie von 2006 " +
        "wäre Obwalden heute ein Nehmerkanton.»",
      "Die Botschaft des Regierungsrates rechnet mit Mindereinnahmen von rund 4 Millionen " +
        "Franken pro Jahr. Diese sollen laut dem Bericht «durch das erwartete Wachstum der " +
        "Steuerbasis mittelfristig kompensiert» werden.",
      "Skeptisch sind die Gemeinden. Der Gemeindepräsident von Giswil, Urs Berchtold, sagte auf " +
        "Anfrage, man habe das Budget für das nächste Jahr bereits knapp geplant. Ob die Rechnung " +
        "aufgehe, werde sich zeigen.",
      "Die SP will nun das Referendum ergreifen. «Das letzte Wort sollen die Stimmberechtigten " +
        "haben», sagte Durrer.",
    ],
    quotes: [
      ["Wir bleiben damit für Firmen attraktiv, ohne dass die Gemeinden leer ausgehen", "Daniel Wyrsch"],
      ["Geschenk an die Falschen", "Beatrice Durrer"],
      [
        "Die Familien warten seit Jahren auf eine höhere Prämienverbilligung, und jetzt " +
          "verschenken wir Millionen",
        "Beatrice Durrer",
      ],
      [
        "Jeder Franken, den eine Firma hier versteuert, ist ein Franken, der nicht nach Zug geht",
        "Peter Imfeld",
      ],
      ["Ohne die Steuerstrategie von 2006 wäre Obwalden heute ein Nehmerkanton.", "Marco von Flüe"],
      [
        "durch das erwartete Wachstum der Steuerbasis mittelfristig kompensiert",
        "Botschaft des Regierungsrates",
      ],
      ["Das letzte Wort sollen die Stimmberechtigten haben", "Beatrice Durrer"],
    ],
  },
  {
    name:
      "Woche Kärnten, Sport (Österreich): Torhüter in der Überschrift nur im Text genannt mit " +
      "„sagte der Goalie“ und Fortsetzung ohne Verb, „lachte der 22-jährige Villacher“, " +
      "„verriet Headcoach“, zwei Männer der Verlierer in einem Absatz („ärgerte sich Trainer“, " +
      "„wollte davon nichts wissen:“), Teilzitat der Liga mit „sprach in einer Aussendung von“, " +
      "Transparent, ungenannter Dauerkartenbesitzer",
    headline: "„So ein Derby vergisst man nie“: VSV schlägt den KAC",
    standfirst: "Die Adler drehen in der Villacher Stadthalle ein 0:2 und siegen nach Verlängerung mit 3:2.",
    paragraphs: [
      "Villach. Als der Puck in der 64. Minute im Netz zappelte, hielt es in der ausverkauften " +
        "Stadthalle niemanden mehr auf den Sitzen. Verteidiger Lukas Moser hatte nach einem " +
        "Konter eiskalt abgeschlossen. „Ich hab gar nicht geschaut, ich hab einfach abgedrückt“, " +
        "lachte der 22-jährige Villacher danach.",
      "Großen Anteil am Sieg hatte Torhüter Jakob Pirker, der im Schlussdrittel 17 Schüsse " +
        "parierte. „So ein Derby vergisst man nie“, sagte der Goalie mit Tränen in den Augen. " +
        "„Meine ganze Familie war heute in der Halle.“",
      "„Nach dem 0:2 hab ich in der Kabine nicht viel gesagt, die Burschen wussten selber, was " +
        "los war“, verriet Headcoach Markus Hafner.",
      "Beim KAC war die Enttäuschung groß. „Wir haben nach dem zweiten Tor aufgehört, Eishockey " +
        "zu spielen“, ärgerte sich Trainer Thomas Wernig. Kapitän Stefan Kogler wollte davon " +
        "nichts wissen: „Wir haben nicht aufgehört. Die waren heute einfach gieriger.“",
      "Die ICE Hockey League sprach in einer Aussendung von einem „Werbespot für das " +
        "Eishockey“. 4.600 Zuschauer sahen das Spiel in der Halle, auf der Nordtribüne hing ein " +
        "Transparent mit der Aufschrift „Adlerherz schlägt blau-weiß“.",
      "Ein Dauerkartenbesitzer aus Landskron hatte nach dem Schlusspfiff nur einen Wunsch: " +
        "„Jetzt bitte genau so im Play-off.“",
    ],
    quotes: [
      ["Ich hab gar nicht geschaut, ich hab einfach abgedrückt", "Lukas Moser"],
      ["So ein Derby vergisst man nie", "Jakob Pirker"],
      ["Meine ganze Familie war heute in der Halle.", "Jakob Pirker"],
      [
        "Nach dem 0:2 hab ich in der Kabine nicht viel gesagt, die Burschen wussten selber, was los war",
        "Markus Hafner",
      ],
      ["Wir haben nach dem zweiten Tor aufgehört, Eishockey zu spielen", "Thomas Wernig"],
      ["Wir haben nicht aufgehört. Die waren heute einfach gieriger.", "Stefan Kogler"],
      ["Werbespot für das Eishockey", "ICE Hockey League"],
      ["Jetzt bitte genau so im Play-off.", "Ein Dauerkartenbesitzer aus Landskron"],
    ],
  },
  {
    name:
      "Altmark Zeitung, Bildung: Schülerin mit „sagt sie“, erwähnter Begriff in " +
      "Anführungszeichen, Schulleiter mit „sagt der 58-Jährige“ und Teilzitat mit „spricht " +
      "von“, Ministerium mit „teilte … mit“, zwei Frauen in einem Absatz (Frage vor „fragt“, " +
      "„sieht es gelassener:“), Teilzitat der Gewerkschaft im Konjunktiv mit „warnt“, Schluss ohne Zitat",
    todo:
      "«Die Vier-Tage-Woche ist kein Sparmodell, sond…» goes to das Bildungsministerium, not " +
      "Bildungsministerium in Magdeburg; «nicht zum Dauerzustand werden» goes to Die " +
      "Bildungsgewerkschaft GEW, not Bildungsgewerkschaft GEW",
    headline: "Ein Tag zu Hause: Klötzer Sekundarschule testet die Vier-Tage-Woche",
    standfirst:
      "Weil Lehrer fehlen, lernen die Siebt- und Achtklässler mittwochs am Computer. Die Eltern " +
      "sind gespalten.",
    paragraphs: [
      "Klötze. Mittwochmorgen, halb acht: Während andere Schüler in den Bus steigen, klappt " +
        "Lena Bösel in Kusey ihren Laptop auf. Die 13-Jährige hat heute „Lernzeit“, so nennt das " +
        "Land den Tag, an dem die Schüler zu Hause Aufgaben bearbeiten. „Am Anfang fand ich das " +
        "cool, jetzt ist es manchmal ganz schön einsam“, sagt sie.",
      "Schulleiter Frank Ziemann hält das Modell für eine Notlösung, aber für eine, die " +
        "funktioniert. „Mir fehlen sechs Lehrkräfte. Ohne den Lernzeittag müsste ich ganze Fächer " +
        "streichen“, sagt der 58-Jährige. Er spricht von einer „ehrlichen Antwort auf einen " +
        "leeren Arbeitsmarkt“.",
      "Das Land verteidigt den Modellversuch. „Die Vier-Tage-Woche ist kein Sparmodell, sondern " +
        "ein Instrument, um Unterricht zu sichern“, teilte das Bildungsministerium in Magdeburg " +
        "auf Nachfrage mit.",
      "Unter den Eltern gehen die Meinungen auseinander. „Ich arbeite im Schichtdienst. Wer " +
        "passt denn mittwochs auf meinen Sohn auf?“, fragt Mandy Krüger aus Klötze. Anja Bösel, " +
        "Lenas Mutter, sieht es gelassener: „Die Kinder lernen, sich selbst zu organisieren. Das " +
        "brauchen sie später auch.“",
      "Die Bildungsgewerkschaft GEW warnt dagegen, das Modell dürfe „nicht zum Dauerzustand " +
        "werden“. Gerade schwächere Schüler würden zu Hause abgehängt.",
      "Ende des Schuljahres soll der Versuch ausgewertet werden. Ziemann rechnet damit, dass er " +
        "verlängert wird.",
    ],
    quotes: [
      ["Am Anfang fand ich das cool, jetzt ist es manchmal ganz schön einsam", "Lena Bösel"],
      [
        "Mir fehlen sechs Lehrkräfte. Ohne den Lernzeittag müsste ich ganze Fächer streichen",
        "Frank Ziemann",
      ],
      ["ehrlichen Antwort auf einen leeren Arbeitsmarkt", "Frank Ziemann"],
      [
        "Die Vier-Tage-Woche ist kein Sparmodell, sondern ein Instrument, um Unterricht zu sichern",
        "Bildungsministerium in Magdeburg",
      ],
      ["Ich arbeite im Schichtdienst. Wer passt denn mittwochs auf meinen Sohn auf?", "Mandy Krüger"],
      ["Die Kinder lernen, sich selbst zu organisieren. Das brauchen sie später auch.", "Anja Bösel"],
      ["nicht zum Dauerzustand werden", "Bildungsgewerkschaft GEW"],
    ],
  },
  {
    name:
      "der Freitag, Kultur: Stücktitel zweimal, Regisseurin mit einem Zitat über zwei Absätze " +
      "nach „sagt Brandstätter“, Teilzitat einer Stellungnahme der Senatsverwaltung mit „heißt " +
      "es“, zwei Frauen in einem Absatz („erzählt sie“, „nennt … ein“), ungenannter Mitarbeiter " +
      "nach „sagt:“, Schlusszitat geteilt um Titel und „sagt Brandstätter“",
    todo: "«Mietschulden» taken for a quote",
    headline: "Die letzte Spielzeit?",
    standfirst:
      "Berlin kürzt bei der freien Szene. Im Theater am Wasserturm in Kreuzberg proben sie " +
      "trotzdem – und fragen sich, für wen.",
    paragraphs: [
      "Auf der Probebühne riecht es nach Kaffee und frischer Farbe. Die Regisseurin Nele " +
        "Brandstätter sitzt auf einem Bierkasten und schaut drei Schauspielerinnen zu, die zum " +
        "fünften Mal dieselbe Szene spielen. Das Stück heißt „Mietschulden“, im März soll " +
        "Premiere sein. Ob es dazu kommt, weiß niemand.",
      "„Wir haben im November erfahren, dass unsere Konzeptförderung um 40 Prozent gekürzt " +
        "wird“, sagt Brandstätter. „Damit zahlen wir die Miete und zwei halbe Stellen. Für Gagen " +
        "bleibt nichts.",
      "„Ich kann Schauspielerinnen nicht bitten, für 200 Euro acht Wochen zu proben. Das habe " +
        "ich mit 30 gemacht, mit 50 mache ich es nicht mehr.“",
      "Die Senatsverwaltung für Kultur verweist auf die Haushaltslage. In einer schriftlichen " +
        "Stellungnahme heißt es, man müsse „schmerzhafte Prioritäten setzen“, auch die großen " +
        "Häuser seien betroffen.",
      "Hülya Aksoy spielt seit 2016 am Wasserturm, inzwischen hat sie einen Zweitjob im " +
        "Callcenter. „Ich sage den Leuten am Telefon nicht, dass ich eigentlich Schauspielerin " +
        "bin“, erzählt sie. Die Dramaturgin Friederike Lamm nennt die Kürzungen ein „Abwickeln " +
        "auf Raten“.",
      "Selbst in der Verwaltung gibt es Zweifel. Ein Mitarbeiter der Kulturverwaltung, der " +
        "nicht namentlich genannt werden will, sagt: „Die freie Szene trifft es zuerst, weil sie " +
        "am leisesten ist.“",
      "Am Abend wird weitergeprobt. „Mietschulden“ handle, sagt Brandstätter, „von Leuten, die " +
        "nicht mehr wissen, wie sie die nächste Miete zahlen. Wir mussten nicht lange recherchieren.“",
    ],
    quotes: [
      [
        "Wir haben im November erfahren, dass unsere Konzeptförderung um 40 Prozent gekürzt wird",
        "Nele Brandstätter",
      ],
      ["Damit zahlen wir die Miete und zwei halbe Stellen. Für Gagen bleibt nichts.", "Nele Brandstätter"],
      [
        "Ich kann Schauspielerinnen nicht bitten, für 200 Euro acht Wochen zu proben. Das " +
          "habe ich mit 30 gemacht, mit 50 mache ich es nicht mehr.",
        "Nele Brandstätter",
      ],
      ["schmerzhafte Prioritäten setzen", "Die Senatsverwaltung für Kultur"],
      ["Ich sage den Leuten am Telefon nicht, dass ich eigentlich Schauspielerin bin", "Hülya Aksoy"],
      ["Abwickeln auf Raten", "Friederike Lamm"],
      [
        "Die freie Szene trifft es zuerst, weil sie am leisesten ist.",
        "Ein Mitarbeiter der Kulturverwaltung",
      ],
      [
        "von Leuten, die nicht mehr wissen, wie sie die nächste Miete zahlen. Wir mussten " +
          "nicht lange recherchieren.",
        "Nele Brandstätter",
      ],
    ],
  },
  {
    name:
      "Waldeckische Landeszeitung, Gesundheit: Geschäftsführer im Vorspann als „der " +
      "Geschäftsführer“ zitiert und im Text mit demselben Satz und Fortsetzung ohne Verb, „so " +
      "der 56-Jährige“ im Konjunktiv, zwei Frauen in einem Absatz („sagt sie“, „rechnet " +
      "nach:“), Teilzitat des Landrats mit „kündigte an“, Ministerium nach „teilte mit:“, " +
      "ungenannter Oberarzt mit „sieht … nicht allein beim Haus:“",
    headline: "Kreißsaal schließt: Schwangere müssen bis nach Kassel fahren",
    standfirst:
      "Ende März ist Schluss mit Geburten im Stadtkrankenhaus Korbach. „Wir haben keine andere " +
      "Wahl“, sagt der Geschäftsführer.",
    paragraphs: [
      "Korbach. 412 Kinder sind im vergangenen Jahr im Stadtkrankenhaus zur Welt gekommen. Zu " +
        "wenige, sagt die Klinikleitung, um die Abteilung wirtschaftlich und personell zu halten. " +
        "Zum 31. März wird die Geburtshilfe geschlossen.",
      "„Wir haben keine andere Wahl“, sagt Geschäftsführer Christian Brüne. „Uns fehlen zwei " +
        "Fachärzte für Gynäkologie, und Beleghebammen finden wir seit zwei Jahren nicht mehr.“ " +
        "Die Abteilung weiter zu betreiben, gefährde das ganze Haus, so der 56-Jährige.",
      "Hebamme Ulrike Schmalz arbeitet seit 26 Jahren im Korbacher Kreißsaal. „Bei uns kennen " +
        "die Frauen ihre Hebamme. Das geht jetzt verloren“, sagt sie. Tamara Vesper aus " +
        "Diemelsee, im siebten Monat schwanger, rechnet nach: „Bis Kassel sind es von uns 70 " +
        "Minuten. Beim ersten Kind hat es vier Stunden gedauert, beim zweiten wird es schneller gehen.“",
      "Landrat Karl-Heinz Bangert (CDU) kündigte an, sich in Wiesbaden für eine " +
        "„Ausnahmeregelung für den ländlichen Raum“ einzusetzen. Auch der Kreistag will sich in " +
        "seiner nächsten Sitzung mit der Schließung befassen.",
      "Das Hessische Gesundheitsministerium teilte mit: „Die flächendeckende Versorgung ist " +
        "durch die Kliniken in Frankenberg und Kassel weiterhin gewährleistet.“",
      "Ein Oberarzt der Klinik, der anonym bleiben möchte, sieht die Schuld nicht allein beim " +
        "Haus: „Das ist die Folge einer Politik, die Geburten nach Fallpauschalen bezahlt.“",
      "Für Notfälle soll künftig ein eigens ausgestatteter Rettungswagen bereitstehen, sagte Brüne.",
    ],
    quotes: [
      ["Wir haben keine andere Wahl", "Christian Brüne"],
      [
        "Uns fehlen zwei Fachärzte für Gynäkologie, und Beleghebammen finden wir seit " +
          "zwei Jahren nicht mehr.",
        "Christian Brüne",
      ],
      ["Bei uns kennen die Frauen ihre Hebamme. Das geht jetzt verloren", "Ulrike Schmalz"],
      [
        "Bis Kassel sind es von uns 70 Minuten. Beim ersten Kind hat es vier Stunden " +
          "gedauert, beim zweiten wird es schneller gehen.",
        "Tamara Vesper",
      ],
      ["Ausnahmeregelung für den ländlichen Raum", "Karl-Heinz Bangert"],
      [
        "Die flächendeckende Versorgung ist durch die Kliniken in Frankenberg und Kassel " +
          "weiterhin gewährleistet.",
        "Das Hessische Gesundheitsministerium",
      ],
      [
        "Das ist die Folge einer Politik, die Geburten nach Fallpauschalen bezahlt.",
        "Ein Oberarzt der Klinik",
      ],
    ],
  },
  {
    name:
      "Garmisch-Partenkirchner Tagblatt, Wissenschaft: Geologe mit „sagt Geologe“ und " +
      "Ein-Wort-Fortsetzung ohne Verb, Zeitschriftentitel, Teilzitat mit „Laut der Studie“, " +
      "zwei Männer in einem Absatz („erklärt“, „wird konkreter:“), Sprecher der Zugspitzbahn " +
      "mit „versicherte“, ungenannter Bergführer nach Doppelpunkt, Spitzname des Stollens, " +
      "Schluss ohne Zeichen",
    todo: "«um durchschnittlich 0,7 Grad wärmer geworden» goes to Studie, not Die Studie",
    headline: "Der Zugspitze taut das Eis im Inneren",
    standfirst:
      "Forscher messen im Fels unter dem Gipfel seit 2007 die Temperatur. Die neuen Daten " +
      "zeigen: Der Permafrost zieht sich schneller zurück als erwartet.",
    paragraphs: [
      "Garmisch-Partenkirchen – Der Stollen beginnt gleich neben dem Schneefernerhaus, " +
        "Deutschlands höchstgelegener Forschungsstation. 800 Meter führt er durch den Fels, an " +
        "den Wänden hängen Kabel, alle paar Meter steckt ein Temperaturfühler im Gestein. „Hier " +
        "drin ist es seit Jahrtausenden gefroren“, sagt Geologe Tobias Kranzberger und klopft " +
        "gegen die Wand. „Noch.“",
      "Kranzberger, 41, forscht an der Technischen Universität München. Mit Kollegen hat er die " +
        "Messreihe ausgewertet, die Ergebnisse sind im Fachjournal „Permafrost and Periglacial " +
        "Processes“ erschienen. Laut der Studie ist der gefrorene Kern des Gipfels seit 2007 „um " +
        "durchschnittlich 0,7 Grad wärmer geworden“, in den oberen Metern sogar deutlich stärker.",
      "„Wenn das Eis im Fels taut, verliert der Berg seinen Kitt“, erklärt Kranzberger. Sein " +
        "Kollege Andreas Hitzl, der die Messstationen betreut, wird konkreter: „Im Höllental " +
        "haben wir Felsstürze gesehen, die es vor 30 Jahren so nicht gab.“",
      "Die Bayerische Zugspitzbahn verfolgt die Messungen genau, schließlich stehen ihre " +
        "Stützen und die Gipfelstation auf dem Fels. „Unsere Anlagen sind auf diese Veränderungen " +
        "ausgelegt und werden laufend überwacht“, versicherte ein Sprecher der Zugspitzbahn.",
      "Ein Bergführer aus Grainau erlebt die Folgen im Sommer am Jubiläumsgrat: „Man hört es " +
        "nachts poltern. Früher war das die Ausnahme.“",
      "Für die Forscher bleibt der Stollen, den sie nur den „Kühlschrank“ nennen, ein " +
        "Glücksfall. Die Messungen sollen mindestens bis 2040 weiterlaufen, sagt Kranzberger.",
    ],
    quotes: [
      ["Hier drin ist es seit Jahrtausenden gefroren", "Tobias Kranzberger"],
      ["Noch.", "Tobias Kranzberger"],
      ["um durchschnittlich 0,7 Grad wärmer geworden", "Die Studie"],
      ["Wenn das Eis im Fels taut, verliert der Berg seinen Kitt", "Tobias Kranzberger"],
      ["Im Höllental haben wir Felsstürze gesehen, die es vor 30 Jahren so nicht gab.", "Andreas Hitzl"],
      [
        "Unsere Anlagen sind auf diese Veränderungen ausgelegt und werden laufend überwacht",
        "ein Sprecher der Zugspitzbahn",
      ],
      ["Man hört es nachts poltern. Früher war das die Ausnahme.", "Ein Bergführer aus Grainau"],
    ],
  },
]);
