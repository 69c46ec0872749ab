// A fifth round of composed German news articles, in the styles of outlets and beats the first four
// rounds (articles.de to articles4.de) did not use: Rheinische Post (city council: a cycle lane, the
// mayor, a councillor, a traders' spokesman, an unnamed city spokesman, a resident after her age),
// Hamburger Abendblatt (the port: a board member, an institute's analysis, a union official with a
// long job title, the senator, an opposition spokesman after his office, a dock worker after a colon),
// Stuttgarter Zeitung (a fraud trial: the prosecutor, the accused with an initial speaking through a
// statement, his lawyer, an unnamed witness, the presiding judge), Sächsische Zeitung (wolves: a
// shepherd, a breeders' association, a ministry spokeswoman, a conservationist, the district chief, a
// last quote with no verb), Die Presse (Austria, abroad: border checks, two interior ministers, a
// Commission spokeswoman, a commuter, an association's chairman, a researcher speaking to „Presse“),
// Tages-Anzeiger (Zurich schools: «…» marks, no ß, a headline fragment, pupils by first name), SID
// (handball: the coaches, a goalkeeper by his age, a sporting director, „so X“), Deutsches Ärzteblatt
// (emergency care reform: associations and their chairs, a ministry as „es“, a consumer federation),
// Golem (security: a researcher, a manual that recommends, a company's statement, a blog, a menu
// label), Salzburger Nachrichten (the festival: a play's title, the president, the lead actor, a
// visitor, the director, a meteorologist) and Luxemburger Wort (cross-border workers: a minister, a
// union, the chamber of commerce, a commuter, a ministry spokesman). Every article was written before
// the engine was run on it; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name: "Rheinische Post, Stadtrat: Oberbürgermeisterin, Ratsfrau, spricht von, warf vor, so der Sprecher",
    headline: "Düsseldorf: Rat beschließt Radweg auf der Kölner Straße",
    standfirst:
      "Nach monatelangem Streit hat der Stadtrat am Donnerstagabend mit knapper Mehrheit entschieden. " +
      "Der Einzelhandel ist empört.",
    paragraphs: [
      "Mit 41 zu 38 Stimmen hat der Düsseldorfer Stadtrat den Weg für einen Radweg auf der Kölner " +
        "Straße freigemacht. Zwischen Oberbilker Markt und Worringer Platz fällt dafür ab Herbst eine " +
        "Autospur weg, außerdem verschwinden rund 70 Parkplätze.",
      "„Das ist ein guter Tag für alle, die in dieser Stadt sicher mit dem Rad unterwegs sein wollen“, " +
        "sagte Oberbürgermeisterin Katrin Wollny (CDU) nach der Abstimmung. Die Stadt werde den Umbau " +
        "„eng begleiten“ und nach einem Jahr auswerten.",
      "Für die Grünen-Fraktion war der Beschluss überfällig. Ratsfrau Miriam Schöller erinnerte an den " +
        "Unfall im vergangenen Jahr, bei dem eine 17-jährige Schülerin schwer verletzt worden war. „Wir " +
        "hätten diese Debatte nicht führen müssen, wenn man früher gehandelt hätte“, sagte sie.",
      "Ganz anders sieht das die Interessengemeinschaft Kölner Straße, in der sich rund 50 " +
        "Geschäftsleute zusammengeschlossen haben. Ihr Vorsitzender Hasan Yılmaz, der seit 22 Jahren " +
        "ein Juweliergeschäft an der Straße betreibt, spricht von einer „Existenzbedrohung“. Schon " +
        "jetzt kämen weniger Kunden als vor der Pandemie. „Wer hier einkauft, kommt mit dem Auto aus " +
        "Erkrath oder Hilden. Diese Leute verlieren wir.“",
      "Die FDP hatte beantragt, die Entscheidung zu vertagen, bis ein Verkehrsgutachten vorliegt. Der " +
        "Antrag scheiterte. Fraktionschef Dirk Hülsmann warf der Ratsmehrheit vor, „Politik gegen die " +
        "eigenen Bürger“ zu machen. Die Verwaltung habe die Sorgen der Händler „schlicht ignoriert“.",
      "Im Rathaus weist man das zurück. Man habe die Geschäftsleute zweimal zu Gesprächen eingeladen, " +
        "teilte ein Sprecher der Stadt auf Anfrage unserer Redaktion mit. Für den Lieferverkehr seien " +
        "zusätzliche Ladezonen vorgesehen. „Niemand muss befürchten, dass seine Ware nicht mehr " +
        "ankommt“, so der Sprecher.",
      "Anwohnerin Gisela Brenner, die an der Ecke zur Eisenstraße wohnt, sieht die Pläne gelassen. " +
        "„Ich fahre seit 30 Jahren hier Rad. Schlimmer als jetzt kann es kaum werden“, sagt die " +
        "68-Jährige und lacht.",
    ],
    quotes: [
      [
        "Das ist ein guter Tag für alle, die in dieser Stadt sicher mit dem Rad unterwegs sein wollen",
        "Katrin Wollny",
      ],
      ["eng begleiten", "Katrin Wollny"],
      ["Wir hätten diese Debatte nicht führen müssen, wenn man früher gehandelt hätte", "Miriam Schöller"],
      ["Existenzbedrohung", "Hasan Yılmaz"],
      [
        "Wer hier einkauft, kommt mit dem Auto aus Erkrath oder Hilden. Diese Leute verlieren wir.",
        "Hasan Yılmaz",
      ],
      ["Politik gegen die eigenen Bürger", "Dirk Hülsmann"],
      ["schlicht ignoriert", "Dirk Hülsmann"],
      ["Niemand muss befürchten, dass seine Ware nicht mehr ankommt", "ein Sprecher der Stadt"],
      ["Ich fahre seit 30 Jahren hier Rad. Schlimmer als jetzt kann es kaum werden", "Gisela Brenner"],
    ],
  },
  {
    name: "Hamburger Abendblatt, Hafen: Vorstand, warnt in einer Analyse, lange Amtsbezeichnung, Doppelpunkt",
    headline: "Hamburger Hafen verliert weiter an Boden",
    standfirst:
      "Der Containerumschlag ist im ersten Halbjahr erneut gesunken. Rotterdam und Antwerpen ziehen davon.",
    paragraphs: [
      "Der Hamburger Hafen hat im ersten Halbjahr 3,8 Millionen Standardcontainer (TEU) umgeschlagen, " +
        "4,6 Prozent weniger als im Vorjahreszeitraum. Das teilte der Verein Hafen Hamburg Marketing am " +
        "Dienstag mit. Die Konkurrenz in Rotterdam und Antwerpen-Brügge legte im selben Zeitraum zu.",
      "„Wir sind mit diesen Zahlen nicht zufrieden, das will ich gar nicht beschönigen“, sagte Vorstand " +
        "Jens Overbeck bei der Vorstellung der Bilanz im Hafenclub an den Landungsbrücken. Als Gründe " +
        "nannte er die schwache Konjunktur, die Krise im Roten Meer und die im Vergleich zu den " +
        "Westhäfen „deutlich schlechtere Erreichbarkeit“ für große Schiffe.",
      "Gemeint ist vor allem die Elbe. Trotz der Fahrrinnenanpassung müssen die größten Frachter ihre " +
        "Ankunft weiter nach Ebbe und Flut ausrichten. Das Institut für Seeverkehrswirtschaft und " +
        "Logistik (ISL) in Bremen warnt in einer Analyse, die dem Abendblatt vorliegt, der Standort " +
        "verliere „schleichend, aber stetig“ an Bedeutung. Reedereien planten zunehmend an Hamburg vorbei.",
      "Bei der Gewerkschaft Verdi wächst die Sorge um die Arbeitsplätze. „Die Beschäftigten haben in " +
        "der Pandemie den Laden am Laufen gehalten. Jetzt dürfen sie nicht die Rechnung bezahlen“, " +
        "sagte Landesfachbereichsleiterin Nicole Behrens. Sie forderte eine Beschäftigungsgarantie bis " +
        "2030.",
      "Wirtschaftssenatorin Anja Lorenzen (SPD) mahnte zur Geduld. Die Kooperation mit der Reederei " +
        "MSC werde „ab dem kommenden Jahr spürbar“ zusätzliche Ladung bringen. Zugleich kündigte sie " +
        "an, die Hafengebühren für Großschiffe vorerst nicht zu erhöhen.",
      "Die Opposition in der Bürgerschaft hält das für zu wenig. „Der Senat verwaltet den Niedergang, " +
        "statt ihn aufzuhalten“, kritisierte der hafenpolitische Sprecher der CDU-Fraktion, Götz " +
        "Wiechmann.",
      "Am Burchardkai, Hamburgs größtem Terminal, ist von der Krise auf den ersten Blick wenig zu " +
        "spüren. Van-Carrier-Fahrer Sven Albers, seit 19 Jahren im Hafen, schüttelt trotzdem den Kopf: " +
        "„Früher haben wir Überstunden geschoben ohne Ende. Heute fragen die Kollegen, ob es nächstes " +
        "Jahr noch genug Schichten gibt.“",
    ],
    quotes: [
      ["Wir sind mit diesen Zahlen nicht zufrieden, das will ich gar nicht beschönigen", "Jens Overbeck"],
      ["deutlich schlechtere Erreichbarkeit", "Jens Overbeck"],
      ["schleichend, aber stetig", "Das Institut für Seeverkehrswirtschaft und Logistik"],
      [
        "Die Beschäftigten haben in der Pandemie den Laden am Laufen gehalten. Jetzt dürfen sie nicht " +
          "die Rechnung bezahlen",
        "Nicole Behrens",
      ],
      ["ab dem kommenden Jahr spürbar", "Anja Lorenzen"],
      ["Der Senat verwaltet den Niedergang, statt ihn aufzuhalten", "Götz Wiechmann"],
      [
        "Früher haben wir Überstunden geschoben ohne Ende. Heute fragen die Kollegen, ob es nächstes " +
          "Jahr noch genug Schichten gibt.",
        "Sven Albers",
      ],
    ],
  },
  {
    name: "Stuttgarter Zeitung, Gericht: Staatsanwältin, Angeklagter mit Initial, Anwalt, Zeugin, Richter",
    todo:
      "«Er war immer so freundlich, er kam sogar zu m…» goes to eine Rentnerin aus Ludwigsburg, not " +
      "eine Rentnerin; «Ich habe ihm vertraut wie meinem eigenen Sohn.» goes to eine Rentnerin aus " +
      "Ludwigsburg, not eine Rentnerin; «Ich glaube nicht mehr daran» goes to eine Rentnerin aus " +
      "Ludwigsburg, not eine Rentnerin",
    headline: "Prozess um Anlagebetrug: Angeklagter räumt Fehler ein",
    standfirst:
      "Vor dem Landgericht Stuttgart muss sich ein 54-jähriger Finanzberater aus Esslingen verantworten. " +
      "Er soll Anleger um mehr als sechs Millionen Euro gebracht haben.",
    paragraphs: [
      "Der Saal 1 des Landgerichts ist am Montagmorgen bis auf den letzten Platz besetzt. Viele der " +
        "Zuschauer sind selbst Geschädigte. Dem Angeklagten Jürgen K. wirft die Staatsanwaltschaft " +
        "gewerbsmäßigen Betrug in 117 Fällen vor.",
      "Laut Anklage versprach der Mann seinen Kunden Renditen von bis zu zwölf Prozent im Jahr, " +
        "angeblich durch Investitionen in Solarparks in Spanien. Tatsächlich habe es die Anlagen nie " +
        "gegeben, sagte Staatsanwältin Verena Hagmann bei der Verlesung der Anklage. Das Geld sei „in " +
        "ein Schneeballsystem geflossen, das von Anfang an auf Täuschung angelegt war“.",
      "Der Angeklagte ließ über seinen Verteidiger eine Erklärung verlesen. Darin räumt er ein, Kunden " +
        "„zu optimistische Prognosen“ gemacht zu haben. Einen Betrug bestreitet er. „Mein Mandant hat " +
        "selbst an das Projekt geglaubt und dabei eigenes Geld verloren“, sagte Rechtsanwalt Thomas " +
        "Keppler.",
      "Als erste Zeugin sagte am Nachmittag eine Rentnerin aus Ludwigsburg aus. Sie hatte dem " +
        "Angeklagten 2019 ihre gesamten Ersparnisse anvertraut, knapp 180.000 Euro. „Er war immer so " +
        "freundlich, er kam sogar zu meinem Geburtstag“, sagte sie mit brüchiger Stimme. „Ich habe ihm " +
        "vertraut wie meinem eigenen Sohn.“",
      "Der Vorsitzende Richter Martin Eberle unterbrach die Befragung mehrmals, um der Zeugin eine Pause " +
        "zu gönnen. Ob sie das Geld je wiedersehe, wollte ein Schöffe wissen. „Ich glaube nicht mehr " +
        "daran“, antwortete die Frau.",
      "Die Kammer hat zwölf weitere Verhandlungstage angesetzt, ein Urteil könnte Ende Juli fallen. „Wir " +
        "werden uns die Zeit nehmen, die dieses Verfahren braucht“, hatte Eberle zum Auftakt angekündigt. " +
        "Dem Angeklagten drohen bis zu zehn Jahre Haft.",
    ],
    quotes: [
      ["in ein Schneeballsystem geflossen, das von Anfang an auf Täuschung angelegt war", "Verena Hagmann"],
      ["zu optimistische Prognosen", "Jürgen K."],
      ["Mein Mandant hat selbst an das Projekt geglaubt und dabei eigenes Geld verloren", "Thomas Keppler"],
      ["Er war immer so freundlich, er kam sogar zu meinem Geburtstag", "eine Rentnerin"],
      ["Ich habe ihm vertraut wie meinem eigenen Sohn.", "eine Rentnerin"],
      ["Ich glaube nicht mehr daran", "eine Rentnerin"],
      ["Wir werden uns die Zeit nehmen, die dieses Verfahren braucht", "Martin Eberle"],
    ],
  },
  {
    name: "Sächsische Zeitung, Wolf: Büroname in Zeichen, der 49-Jährige, vom Nabu, Zitat ohne Verb",
    headline: "Wolfsrisse in der Lausitz: Schäfer fordern Abschuss",
    paragraphs: [
      "In der Nacht zu Sonntag hat ein Wolf auf einer Weide bei Rietschen im Landkreis Görlitz 14 " +
        "Schafe getötet. Es ist bereits der dritte Übergriff in diesem Monat in der Region, wie das " +
        "Kontaktbüro „Wölfe in Sachsen“ bestätigte.",
      "Schäfer Karsten Nitsche steht am Montagmorgen vor dem Elektrozaun, der seine Herde eigentlich " +
        "hätte schützen sollen. „Der Zaun war vorschriftsmäßig, 1,20 Meter hoch und unter Strom. Das " +
        "hat ihn nicht interessiert“, sagt der 49-Jährige. Er hält seit 25 Jahren Schafe, nun denkt er " +
        "ans Aufhören.",
      "Der Sächsische Schaf- und Ziegenzuchtverband fordert, auffällige Tiere schneller zu entnehmen. " +
        "„Ein Wolf, der gelernt hat, Zäune zu überwinden, gibt dieses Wissen an das ganze Rudel " +
        "weiter“, erklärte Geschäftsführerin Ute Riedel. Die bisherigen Regeln seien „praxisfern und " +
        "viel zu langsam“.",
      "Das Umweltministerium in Dresden verweist auf die geltende Rechtslage. Ein Abschuss sei nur " +
        "möglich, wenn ein Wolf wiederholt empfohlene Schutzmaßnahmen überwunden habe, teilte eine " +
        "Sprecherin mit. Der Fall werde geprüft. Schäden an Nutztieren würden zudem „unbürokratisch und " +
        "vollständig“ ausgeglichen.",
      "Naturschützer warnen vor vorschnellen Schlüssen. Ohne genetische Analyse wisse man nicht einmal, " +
        "welches Tier die Schafe gerissen habe, sagte Friederike Lamm vom Nabu Sachsen. „Wer jetzt nach " +
        "dem Gewehr ruft, macht es sich zu einfach. Herdenschutz funktioniert, wenn er konsequent " +
        "umgesetzt wird.“",
      "Der Görlitzer Landrat Bernd Kranich (CDU) stellte sich hinter die Tierhalter. Er habe Verständnis " +
        "für die Naturschützer, aber in der Lausitz sei „die Grenze des Zumutbaren erreicht“. Der " +
        "Kreistag will sich im Juni mit einer Resolution an die Landesregierung wenden.",
      "Karsten Nitsche hat seine verbliebenen Tiere vorerst in den Stall gebracht. Ob er im nächsten " +
        "Frühjahr wieder Lämmer auf die Weide stellt, weiß er noch nicht. „Fragen Sie mich das in ein " +
        "paar Wochen noch mal.“",
    ],
    quotes: [
      [
        "Der Zaun war vorschriftsmäßig, 1,20 Meter hoch und unter Strom. Das hat ihn nicht interessiert",
        "Karsten Nitsche",
      ],
      [
        "Ein Wolf, der gelernt hat, Zäune zu überwinden, gibt dieses Wissen an das ganze Rudel weiter",
        "Ute Riedel",
      ],
      ["praxisfern und viel zu langsam", "Ute Riedel"],
      ["unbürokratisch und vollständig", "eine Sprecherin"],
      [
        "Wer jetzt nach dem Gewehr ruft, macht es sich zu einfach. Herdenschutz funktioniert, wenn er " +
          "konsequent umgesetzt wird.",
        "Friederike Lamm",
      ],
      ["die Grenze des Zumutbaren erreicht", "Bernd Kranich"],
      ["Fragen Sie mich das in ein paar Wochen noch mal.", "Karsten Nitsche"],
    ],
  },
  {
    name: "Die Presse, Ausland: gab bekannt, sprach von, Kommissionssprecherin, sagte sie der „Presse“",
    todo:
      "«die absolute Ausnahme bleiben» goes to eine Kommissionssprecherin in Brüssel, not eine " +
      "Kommissionssprecherin; «sorgfältig prüfen» goes to eine Kommissionssprecherin in Brüssel, not " +
      "eine Kommissionssprecherin",
    headline: "Slowenien verlängert Grenzkontrollen – Wien begrüßt den Schritt",
    standfirst:
      "Laibach will bis mindestens Ende des Jahres an der Grenze zu Kroatien kontrollieren. In Brüssel " +
      "ist man wenig begeistert.",
    paragraphs: [
      "Slowenien wird die Kontrollen an seiner Schengen-Binnengrenze zu Kroatien um weitere sechs Monate " +
        "verlängern. Das gab Innenminister Matej Kranjc am Mittwoch in Laibach bekannt. Die Lage auf der " +
        "Westbalkanroute sei „weiterhin angespannt“, sagte er. „Solange die Außengrenze nicht " +
        "funktioniert, müssen wir unsere Verantwortung selbst wahrnehmen.“",
      "In Wien stieß die Entscheidung auf Zustimmung. Innenminister Gerhard Pichler (ÖVP) sprach von " +
        "einem „richtigen und notwendigen Signal“. Österreich selbst kontrolliert seit 2015 an den " +
        "Grenzen zu Slowenien und Ungarn.",
      "Die EU-Kommission reagierte zurückhaltend. Grenzkontrollen im Schengenraum müssten „die absolute " +
        "Ausnahme bleiben“, sagte eine Kommissionssprecherin in Brüssel. Man werde die slowenische " +
        "Begründung „sorgfältig prüfen“. Ein Vertragsverletzungsverfahren steht derzeit allerdings " +
        "nicht im Raum.",
      "Leidtragende sind vor allem die Pendler. An den Übergängen Obrežje und Gruškovje bilden sich zu " +
        "Stoßzeiten Staus von mehreren Kilometern. „Ich stehe jeden Morgen eine Stunde hier, für " +
        "nichts“, klagt Ivana Horvat, die in Zagreb wohnt und in Novo mesto als Krankenpflegerin " +
        "arbeitet. „Kontrolliert wird kaum jemand. Man winkt uns einfach durch.“",
      "Auch die Transportbranche schlägt Alarm. Jeder Stau koste die Frächter bares Geld, rechnet der " +
        "Fachverband Güterbeförderung in der Wirtschaftskammer vor. Dessen Obmann Reinhard Stelzer " +
        "spricht von „Schikane auf Kosten der Wirtschaft“.",
      "Die Migrationsforscherin Judith Kohlmayr von der Universität Wien bezweifelt, dass die " +
        "Kontrollen viel bewirken. „Die Zahlen an dieser Grenze sind seit zwei Jahren rückläufig. Die " +
        "Kontrollen sind vor allem ein Signal an die Wähler im eigenen Land“, sagte sie der „Presse“.",
    ],
    quotes: [
      ["weiterhin angespannt", "Matej Kranjc"],
      [
        "Solange die Außengrenze nicht funktioniert, müssen wir unsere Verantwortung selbst wahrnehmen.",
        "Matej Kranjc",
      ],
      ["richtigen und notwendigen Signal", "Gerhard Pichler"],
      ["die absolute Ausnahme bleiben", "eine Kommissionssprecherin"],
      ["sorgfältig prüfen", "eine Kommissionssprecherin"],
      ["Ich stehe jeden Morgen eine Stunde hier, für nichts", "Ivana Horvat"],
      ["Kontrolliert wird kaum jemand. Man winkt uns einfach durch.", "Ivana Horvat"],
      ["Schikane auf Kosten der Wirtschaft", "Reinhard Stelzer"],
      [
        "Die Zahlen an dieser Grenze sind seit zwei Jahren rückläufig. Die Kontrollen sind vor allem " +
          "ein Signal an die Wähler im eigenen Land",
        "Judith Kohlmayr",
      ],
    ],
  },
  {
    name: "Tages-Anzeiger, Schule: «…» ohne ß, Titelfragment, eine Mutter:, Schüler mit Vornamen",
    headline: "«Das Handy bleibt im Kasten»: Zürcher Schulen testen Verbot",
    standfirst:
      "Drei Sekundarschulen im Kreis Uto verbannen ab den Sommerferien die Smartphones aus dem " +
      "Schulalltag. Nicht alle Eltern sind begeistert.",
    paragraphs: [
      "Wer ab August an der Sekundarschule Falletsche in Zürich-Leimbach zum Unterricht erscheint, gibt " +
        "sein Handy am Morgen ab. Die Geräte kommen in abschliessbare Fächer im Eingangsbereich und " +
        "werden erst nach der letzten Lektion wieder ausgehändigt.",
      "«Das Handy bleibt im Kasten, von acht bis halb vier», sagt Schulleiter Daniel Meier. Die Pausen " +
        "hätten sich in den letzten Jahren verändert: Statt Fussball zu spielen, sässen viele " +
        "Jugendliche nur noch nebeneinander und starrten auf ihre Bildschirme. «Das wollen wir nicht " +
        "länger hinnehmen.»",
      "Der Versuch läuft ein Jahr lang und wird von der Pädagogischen Hochschule Zürich begleitet. Man " +
        "wolle herausfinden, ob sich das Verbot auf Konzentration, Mobbing und das Klima in den Klassen " +
        "auswirke, sagt Projektleiterin Sandra Bühlmann. Bisherige Studien aus dem Ausland seien " +
        "«widersprüchlich».",
      "Die Zürcher Bildungsdirektion lässt den Schulen bei der Handynutzung freie Hand. Ein generelles " +
        "Verbot im ganzen Kanton lehnt Bildungsdirektorin Regula Aeschbacher ab. «Die Schulen vor Ort " +
        "wissen am besten, was für sie funktioniert», sagte sie am Montag im Kantonsrat.",
      "Bei den Eltern gehen die Meinungen auseinander. Eine Mutter, deren Tochter die zweite Sek " +
        "besucht, ist erleichtert: «Endlich nimmt uns jemand diese Diskussion ab.» Andere sorgen sich " +
        "um die Erreichbarkeit ihrer Kinder, etwa auf dem Schulweg oder bei Notfällen.",
      "Und die Schülerinnen und Schüler selbst? Der 14-jährige Luca findet die Regel «ziemlich " +
        "übertrieben». Seine Klassenkameradin Elif sieht es pragmatischer: «Am Anfang wird es komisch " +
        "sein. Aber vielleicht reden wir dann wieder mehr miteinander.»",
      "Sollte sich das Modell bewähren, könnten weitere Schulen in der Stadt folgen. Der Entscheid liegt " +
        "bei den Kreisschulbehörden.",
    ],
    quotes: [
      ["Das Handy bleibt im Kasten", "Daniel Meier"],
      ["Das Handy bleibt im Kasten, von acht bis halb vier", "Daniel Meier"],
      ["Das wollen wir nicht länger hinnehmen.", "Daniel Meier"],
      ["widersprüchlich", "Sandra Bühlmann"],
      ["Die Schulen vor Ort wissen am besten, was für sie funktioniert", "Regula Aeschbacher"],
      ["Endlich nimmt uns jemand diese Diskussion ab.", "Eine Mutter"],
      ["ziemlich übertrieben", "Luca"],
      ["Am Anfang wird es komisch sein. Aber vielleicht reden wir dann wieder mehr miteinander.", "Elif"],
    ],
  },
  {
    name: "SID, Handball: SG-Trainer bei Dyn, der 24-Jährige, sprach von, schimpfte, so X, Doppelpunkt",
    headline: "Handball-Bundesliga: Flensburg stürmt an die Spitze",
    standfirst:
      "Die SG Flensburg-Handewitt hat das Nordderby gegen den THW Kiel deutlich gewonnen und die " +
      "Tabellenführung übernommen.",
    paragraphs: [
      "Die SG Flensburg-Handewitt hat das Landesderby gegen den THW Kiel für sich entschieden und ist " +
        "neuer Spitzenreiter der Handball-Bundesliga. Vor 6300 Zuschauern in der ausverkauften " +
        "Flens-Arena gewann die SG am Sonntag mit 33:27 (16:14). Bester Werfer war der dänische " +
        "Rückraumspieler Mikkel Sørensen mit neun Toren.",
      "„Das war heute eine Reaktion auf die Niederlage in Berlin, wie ich sie mir gewünscht habe“, sagte " +
        "SG-Trainer Ole Hansen nach dem Spiel bei Dyn. Vor allem die Abwehr habe „überragend“ gearbeitet.",
      "Kiel erwischte den besseren Start und führte nach zwölf Minuten mit 8:5. Danach riss bei den " +
        "Zebras der Faden. Flensburgs Torhüter Jonas Reimers parierte in der zweiten Halbzeit elf Würfe, " +
        "darunter zwei Siebenmeter. „Wenn die Abwehr vor dir so steht, ist es als Torwart ein " +
        "Traumabend“, sagte der 24-Jährige.",
      "Beim THW herrschte dagegen Ernüchterung. „Wir haben in der zweiten Halbzeit aufgehört, Handball " +
        "zu spielen. So kannst du in Flensburg nicht gewinnen“, sagte Kapitän Lasse Friedrichsen. " +
        "THW-Coach Marek Novák sprach von einem „gebrauchten Tag“.",
      "Für Diskussionen sorgte eine Szene in der 44. Minute, als Kiels Rechtsaußen Tim Oltmanns nach " +
        "einem Foul an Sørensen die Rote Karte sah. „Das war nie und nimmer Rot. Er spielt den Ball, " +
        "mehr nicht“, schimpfte THW-Sportchef Bernd Wiechers. Die Schiedsrichter hätten „in der " +
        "entscheidenden Phase das Spiel kaputtgepfiffen“, so Wiechers.",
      "Flensburg liegt nun mit 38:6 Punkten einen Zähler vor den Füchsen Berlin, die erst am Mittwoch " +
        "gegen Lemgo spielen. Hansen wollte von der Tabellenführung nichts wissen: „Das ist eine " +
        "Momentaufnahme. Abgerechnet wird im Juni.“",
    ],
    quotes: [
      [
        "Das war heute eine Reaktion auf die Niederlage in Berlin, wie ich sie mir gewünscht habe",
        "Ole Hansen",
      ],
      ["überragend", "Ole Hansen"],
      ["Wenn die Abwehr vor dir so steht, ist es als Torwart ein Traumabend", "Jonas Reimers"],
      [
        "Wir haben in der zweiten Halbzeit aufgehört, Handball zu spielen. So kannst du in Flensburg " +
          "nicht gewinnen",
        "Lasse Friedrichsen",
      ],
      ["gebrauchten Tag", "Marek Novák"],
      ["Das war nie und nimmer Rot. Er spielt den Ball, mehr nicht", "Bernd Wiechers"],
      ["in der entscheidenden Phase das Spiel kaputtgepfiffen", "Bernd Wiechers"],
      ["Das ist eine Momentaufnahme. Abgerechnet wird im Juni.", "Ole Hansen"],
    ],
  },
  {
    name: "Deutsches Ärzteblatt, Notfallreform: Verbandschefs, teilte es mit, der vzbv ohne Verb",
    todo:
      "a verbless Konjunktiv paragraph opened by “Der Verbraucherzentrale Bundesverband” keeps an earlier " +
      "speaker",
    headline: "Notfallreform: Kliniken und Kassenärzte streiten über Integrierte Notfallzentren",
    paragraphs: [
      "Der Referentenentwurf zur Reform der Notfallversorgung stößt bei Krankenhäusern und " +
        "Vertragsärzten auf Kritik – allerdings aus entgegengesetzten Gründen. Das Ministerium will " +
        "bundesweit rund 700 Integrierte Notfallzentren (INZ) an Kliniken schaffen, in denen " +
        "Krankenhaus und Kassenärztliche Vereinigung (KV) gemeinsam die Patienten versorgen.",
      "Die Deutsche Krankenhausgesellschaft (DKG) begrüßte das Ziel, warnte aber vor zusätzlicher " +
        "Bürokratie. „Die Notaufnahmen arbeiten seit Jahren am Limit. Wer jetzt neue Strukturen " +
        "aufbaut, ohne für Personal und Finanzierung zu sorgen, verschärft das Problem“, sagte der " +
        "DKG-Vorstandsvorsitzende Ralf Kösters.",
      "Die Kassenärztliche Bundesvereinigung (KBV) sieht dagegen die ambulante Versorgung gefährdet. Der " +
        "Entwurf verlange von den KVen, die Zentren rund um die Uhr mit Ärzten zu besetzen. Das sei „mit " +
        "dem vorhandenen Personal schlicht nicht leistbar“, erklärte KBV-Vorstandsmitglied Claudia " +
        "Rehberg. „Am Ende stehen die Patienten dann am Montagmorgen vor verschlossenen Praxistüren.“",
      "Das Bundesgesundheitsministerium verteidigt das Vorhaben. Die Reform solle Patientinnen und " +
        "Patienten „in die richtige Versorgungsebene“ lenken und die Notaufnahmen von Bagatellfällen " +
        "entlasten, teilte es auf Anfrage des Deutschen Ärzteblatts mit. Künftig sollen Hilfesuchende " +
        "zuerst über die Rufnummer 116117 eine telefonische Ersteinschätzung erhalten.",
      "Der Marburger Bund mahnt eine bessere Verzahnung mit der Krankenhausreform an. Viele kleinere " +
        "Kliniken, an denen heute Notaufnahmen bestehen, würden durch die neuen Leistungsgruppen " +
        "ohnehin wegfallen, sagte die Verbandsvorsitzende Katharina Heuer dem Deutschen Ärzteblatt. " +
        "„Man kann die Notfallversorgung nicht planen, solange niemand weiß, welche Häuser es in fünf " +
        "Jahren noch gibt.“",
      "Der Verbraucherzentrale Bundesverband (vzbv) begrüßt die Ersteinschätzung per Telefon " +
        "grundsätzlich. Die Wartezeiten unter der 116117 seien allerdings schon heute „inakzeptabel“. " +
        "Ohne mehr Personal in den Leitstellen drohe die Reform ins Leere zu laufen.",
      "Die Anhörung der Verbände ist für den 14. März angesetzt. Das Gesetz soll nach dem Willen des " +
        "Ministeriums Anfang 2028 in Kraft treten.",
    ],
    quotes: [
      [
        "Die Notaufnahmen arbeiten seit Jahren am Limit. Wer jetzt neue Strukturen aufbaut, ohne für " +
          "Personal und Finanzierung zu sorgen, verschärft das Problem",
        "Ralf Kösters",
      ],
      ["mit dem vorhandenen Personal schlicht nicht leistbar", "Claudia Rehberg"],
      [
        "Am Ende stehen die Patienten dann am Montagmorgen vor verschlossenen Praxistüren.",
        "Claudia Rehberg",
      ],
      ["in die richtige Versorgungsebene", "Das Bundesgesundheitsministerium"],
      [
        "Man kann die Notfallversorgung nicht planen, solange niemand weiß, welche Häuser es in fünf " +
          "Jahren noch gibt.",
        "Katharina Heuer",
      ],
      ["inakzeptabel", "Der Verbraucherzentrale Bundesverband"],
    ],
  },
  {
    name: "Golem, Sicherheit: sagte X Golem.de, die Anleitung empfiehlt, Stellungnahme, Blog, Menü",
    headline: "Sicherheitslücke: Zehntausende Heizungssteuerungen offen im Netz",
    paragraphs: [
      "Ein Sicherheitsforscher hat mehr als 40.000 Heizungssteuerungen eines deutschen Herstellers " +
        "gefunden, die ohne Passwortschutz aus dem Internet erreichbar sind. Betroffen sind Geräte der " +
        "Serie Thermolink X2 der Firma Kessler Haustechnik aus Bielefeld. Angreifer können darüber unter " +
        "anderem die Vorlauftemperatur verändern oder die Anlage ganz abschalten.",
      "Entdeckt hat die Geräte Moritz Adler, der als freier Sicherheitsforscher in Leipzig arbeitet. Mit " +
        "einer Suchmaschine für vernetzte Geräte stieß er auf die Weboberfläche der Steuerungen. „Ich " +
        "musste nichts hacken. Ich habe einfach die IP-Adresse in den Browser eingegeben und war drin“, " +
        "sagte Adler Golem.de.",
      "Das Problem liegt offenbar in der Werkseinstellung: Der Fernzugriff ist ab Werk aktiviert, ein " +
        "Passwort muss nicht gesetzt werden. Die Bedienungsanleitung empfiehlt lediglich, „bei Bedarf“ " +
        "ein eigenes Kennwort zu vergeben. Viele Installateure hätten das offenbar nie getan, vermutet " +
        "Adler.",
      "Nach eigenen Angaben meldete er die Lücke bereits im Februar an den Hersteller, erhielt aber " +
        "zunächst keine Antwort. Erst als er das Bundesamt für Sicherheit in der Informationstechnik " +
        "(BSI) einschaltete, kam Bewegung in die Sache. „Vernetzte Haustechnik ist längst ein lohnendes " +
        "Ziel für Angreifer“, sagte eine BSI-Sprecherin auf Anfrage.",
      "Kessler Haustechnik hat inzwischen ein Firmware-Update veröffentlicht, das bei der Ersteinrichtung " +
        "ein Passwort erzwingt. „Wir nehmen die Sicherheit unserer Kunden sehr ernst“, heißt es in einer " +
        "Stellungnahme des Unternehmens. Bestehende Anlagen erhalten das Update allerdings nur, wenn sie " +
        "mit dem Internet verbunden sind – also gerade die gefährdeten Geräte.",
      "Adler hält das für unzureichend. „Der Hersteller müsste den Fernzugriff auf allen Geräten aus der " +
        "Ferne abschalten. Technisch wäre das kein Problem“, schreibt er in seinem Blog. Seine Liste der " +
        "betroffenen IP-Adressen will er nicht veröffentlichen.",
      "Wer eine Thermolink-Steuerung besitzt, sollte im Menü unter „Netzwerk“ prüfen, ob der " +
        "Fernzugriff aktiv ist, und ein sicheres Passwort setzen.",
    ],
    quotes: [
      [
        "Ich musste nichts hacken. Ich habe einfach die IP-Adresse in den Browser eingegeben und war drin",
        "Moritz Adler",
      ],
      ["bei Bedarf", "Die Bedienungsanleitung"],
      ["Vernetzte Haustechnik ist längst ein lohnendes Ziel für Angreifer", "eine BSI-Sprecherin"],
      ["Wir nehmen die Sicherheit unserer Kunden sehr ernst", "Kessler Haustechnik"],
      [
        "Der Hersteller müsste den Fernzugriff auf allen Geräten aus der Ferne abschalten. Technisch " +
          "wäre das kein Problem",
        "Moritz Adler",
      ],
    ],
  },
  {
    name: "Salzburger Nachrichten, Festspiele: Stücktitel, der 46-Jährige, Besucherin:, beantwortete:",
    todo:
      "«Der Dom gehört einfach dazu. Ohne die Glocken…» goes to Eine Besucherin aus München, not " +
      "Eine Besucherin",
    headline: "Festspiele: Ein „Jedermann“ im Regen",
    standfirst:
      "Ein Gewitter hat die Aufführung am Samstagabend vom Domplatz ins Große Festspielhaus vertrieben. " +
      "Das Publikum nahm es gelassen.",
    paragraphs: [
      "Zum ersten Mal seit elf Jahren musste der „Jedermann“ am Samstag vom Domplatz ins Große " +
        "Festspielhaus übersiedeln. Das Gewitter zog kurz vor Beginn über die Stadt, um 20.40 Uhr fiel " +
        "die Entscheidung. Die Vorstellung begann mit einer knappen Stunde Verspätung.",
      "„Wir haben bis zur letzten Minute gehofft. Aber bei Blitzen über dem Dom gibt es keine " +
        "Diskussion“, sagte Festspielpräsidentin Helene Strasser. Die Sicherheit von Publikum und " +
        "Ensemble gehe vor.",
      "Hauptdarsteller Jakob Hollerer, der den Jedermann im zweiten Sommer spielt, konnte dem Umzug " +
        "sogar etwas abgewinnen. „Im Haus ist es intimer, man hört jedes Flüstern. Ich mag das fast " +
        "lieber“, sagte der 46-Jährige nach der Vorstellung.",
      "Nicht alle im Saal sahen das so. Eine Besucherin aus München, die nach eigenen Angaben seit 30 " +
        "Jahren jeden Sommer nach Salzburg kommt, zeigte sich enttäuscht: „Der Dom gehört einfach " +
        "dazu. Ohne die Glocken ist es nicht dasselbe.“",
      "Die Frage, ob ein überdachter Domplatz künftig denkbar wäre, beantwortete Intendant Markus " +
        "Leitgeb knapp: „Nur über meine Leiche.“ Der Zauber des Stücks liege gerade im Freien.",
      "Laut GeoSphere Austria ist auch in den kommenden Tagen mit Gewittern zu rechnen. Meteorologe " +
        "Christian Ortner rät Festspielgästen, „immer einen Schirm und eine warme Jacke“ dabeizuhaben.",
    ],
    quotes: [
      [
        "Wir haben bis zur letzten Minute gehofft. Aber bei Blitzen über dem Dom gibt es keine Diskussion",
        "Helene Strasser",
      ],
      ["Im Haus ist es intimer, man hört jedes Flüstern. Ich mag das fast lieber", "Jakob Hollerer"],
      ["Der Dom gehört einfach dazu. Ohne die Glocken ist es nicht dasselbe.", "Eine Besucherin"],
      ["Nur über meine Leiche.", "Markus Leitgeb"],
      ["immer einen Schirm und eine warme Jacke", "Christian Ortner"],
    ],
  },
  {
    name: "Luxemburger Wort, Grenzgänger: rechnete vor, dem „Luxemburger Wort“, sagt sie, Sprecher",
    headline: "Grenzgänger: Mehr Tage im Homeoffice ab Januar",
    standfirst:
      "Luxemburg und Deutschland haben sich auf eine neue Toleranzschwelle geeinigt. Den Gewerkschaften " +
      "reicht das nicht.",
    paragraphs: [
      "Grenzgänger aus Deutschland dürfen ab dem kommenden Jahr bis zu 34 Tage im Jahr von zu Hause aus " +
        "arbeiten, ohne in Deutschland steuerpflichtig zu werden. Bisher lag die Grenze bei 19 Tagen. " +
        "Eine entsprechende Zusatzvereinbarung unterzeichneten beide Regierungen am Montag in Luxemburg.",
      "„Das ist ein konkreter Fortschritt für Zehntausende Menschen, die jeden Tag über die Mosel oder " +
        "die Sauer pendeln“, sagte Finanzminister Marc Wagener nach der Unterzeichnung. Luxemburg habe " +
        "„lange und hart“ dafür verhandelt.",
      "Die Gewerkschaft OGBL begrüßt die Einigung, hält sie aber für unzureichend. „34 Tage sind nicht " +
        "einmal ein Tag Homeoffice pro Woche“, rechnete OGBL-Vizepräsidentin Carole Thill vor. Sie " +
        "fordert eine Regelung von mindestens 50 Tagen.",
      "Bei den Arbeitgebern sieht man das anders. Die Handelskammer warnt davor, die Schwelle weiter " +
        "anzuheben. Die Betriebe bräuchten ihre Mitarbeiter „vor Ort und nicht in Trier“, sagte deren " +
        "Direktor Romain Kieffer dem „Luxemburger Wort“.",
      "Für Grenzgängerin Sabine Theis aus Konz ändert sich vorerst wenig. Die Buchhalterin arbeitet bei " +
        "einer Bank auf dem Kirchberg und fährt jeden Morgen rund eine Stunde. „Jeder Tag zu Hause ist " +
        "ein Tag ohne Stau. Insofern freue ich mich über jede Verbesserung“, sagt sie. Ihr Arbeitgeber " +
        "erlaubt allerdings ohnehin nur einen Homeoffice-Tag pro Woche.",
      "Auf deutscher Seite zeigte man sich offen für weitere Gespräche. Die Vereinbarung sei „ein erster " +
        "Schritt“, sagte ein Sprecher des Bundesfinanzministeriums in Berlin.",
    ],
    quotes: [
      [
        "Das ist ein konkreter Fortschritt für Zehntausende Menschen, die jeden Tag über die Mosel oder " +
          "die Sauer pendeln",
        "Marc Wagener",
      ],
      ["lange und hart", "Marc Wagener"],
      ["34 Tage sind nicht einmal ein Tag Homeoffice pro Woche", "Carole Thill"],
      ["vor Ort und nicht in Trier", "Romain Kieffer"],
      [
        "Jeder Tag zu Hause ist ein Tag ohne Stau. Insofern freue ich mich über jede Verbesserung",
        "Sabine Theis",
      ],
      ["ein erster Schritt", "ein Sprecher des Bundesfinanzministeriums"],
    ],
  },
]);
