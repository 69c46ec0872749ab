// A thirty-sixth round of composed German news articles, in the styles of outlets and beats the first
// thirty-five rounds (articles.de to articles35.de) did not use: Zürcher Oberländer (Switzerland, police,
// «…» and no ß: shock calls to pensioners in Wetzikon, the headline quote in the body, a continuation
// standing alone, a police spokeswoman then „Ihr Rat ist einfach:“, the prosecutors' spokesman's fragment,
// a course title, a quote split by „sagt die Rentnerin“), Sarganserländer (Switzerland, disasters, «…» and
// no ß: a debris flow cuts off Vättis, a standfirst fragment that differs from the body quote, the
// cantonal office with „laut Tiefbauamt“, a farmer's wife after a colon and by her age, a geologist in
// Konjunktiv then quoted, a MeteoSchweiz meteorologist's fragment, her brother-in-law sharing her
// surname), Rieder Volkszeitung (Austria, sport: SV Ried wins a derby, the headline quote in the body, the
// coach with „gab … zu“, two brothers sharing a surname, „meinte der 22-Jährige“, a substitute's fragment,
// the opposing coach in Konjunktiv then a paragraph of his own, a banner's slogan, the club's managing
// director's fragment), Konsument (Austria, consumer, »…«: shrinking packs, an award's name, the
// standfirst fragment named in the body, a continuation after a fragment, a nested ›…‹, the unnamed
// manufacturer's statement, the retailers' association's fragment, a reader's letter with „schrieb er“),
// Münchner Merkur (Bavaria, health: the children's emergency practice in Fürstenfeldbruck closes at
// weekends, the headline quote in the body, the KVB's fragment with „heißt es“, a paediatrician with
// title, the district administrator in Konjunktiv then quoted, a hospital spokesman after a colon, a
// motto, a ministry spokeswoman's fragment with „so“), Soester Anzeiger (culture: a lost painting found in
// an attic, a married couple sharing a surname, the standfirst fragment named in the body, initials and a
// working title in marks, an art historian after a colon, the town's statement, „Ihr Mann ergänzt:“),
// Pinneberger Tageblatt (transport: six weeks of replacement buses, a DB spokesman's fragment, a passenger
// association's chairman with „kritisiert“ and a paragraph of his own, a mayor with „sagt er“ and a
// continuation, the transport association's two fragments with „heißt es dort“), Lëtzebuerger Bauer
// (Luxembourg, agriculture: bluetongue in the Ösling, father and daughter sharing a surname, the
// veterinary authority's French name with its fragment, the daughter in Konjunktiv then quoted, a vet
// after a colon, the ministry's circular, a farmers' union board member with „kritisiert“), Wirtschaft
// regional (Liechtenstein, business, «…» and no ß: electricity prices fall, the standfirst quote named in
// the body, the annual report as a speaker, two unrelated men sharing a surname, a quote split by „sagt
// er“, a minister after a colon, an environmental group by a kind noun then a continuation) and
// Katholisches Sonntagsblatt (South Tyrol, religion: lay-led services in Passeier, the headline quote in
// the body, a priest with „Pater“ and by his age and role, the diocese's pastoral plan, a married couple
// sharing a surname, an unnamed churchgoer after a colon, a project's name, a quote split by „sagt sie“).
// Every article was written for these tests, blind, before the engine was run on them; the speakers follow
// corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Zürcher Oberländer, Polizei, «…» ohne ß: Überschriftszitat im Text, Fortsetzung allein im " +
      "Absatz, Polizeisprecherin dann „Ihr Rat ist einfach:“, Teilzitat eines Sprechers der " +
      "Oberstaatsanwaltschaft, Kurstitel, Zitat geteilt um „sagt die Rentnerin“",
    headline: "«Ich dachte, mein Enkel sitzt im Gefängnis»: Schockanrufe im Oberland häufen sich",
    standfirst:
      "Die Kantonspolizei warnt vor einer neuen Welle von Betrugsanrufen. Eine 83-jährige Frau aus " +
      "Wetzikon verlor 40'000 Franken.",
    paragraphs: [
      "Wetzikon. Der Anruf kam an einem Dienstagmorgen, kurz nach neun. Am Telefon weinte ein junger " +
        "Mann, dann übernahm ein angeblicher Polizist. Ihr Enkel habe einen schweren Unfall verursacht, " +
        "nur eine Kaution könne ihn vor der Untersuchungshaft bewahren. Ruth Baumann glaubte ihm. «Ich " +
        "dachte, mein Enkel sitzt im Gefängnis», sagt sie heute.",
      "Noch am selben Nachmittag übergab die Rentnerin einem Abholer vor ihrer Haustür 40'000 Franken " +
        "in bar. Erst am Abend, als sie ihre Tochter anrief, flog der Schwindel auf. «Ich habe mich so " +
        "geschämt, dass ich zwei Tage lang niemandem etwas gesagt habe.»",
      "«Man denkt immer, so etwas passiert nur den anderen.»",
      "Fälle wie dieser sind im Zürcher Oberland keine Seltenheit. Seit Anfang Oktober sind bei der " +
        "Kantonspolizei Zürich allein aus den Bezirken Hinwil, Uster und Pfäffikon über 60 Meldungen " +
        "eingegangen. «Die Täter sind hervorragend organisiert und rufen oft aus Callcentern im Ausland " +
        "an», sagt Mediensprecherin Carmen Surber. In den meisten Fällen hätten die Angerufenen richtig " +
        "reagiert und aufgelegt.",
      "Die Polizei verlange am Telefon nie Geld, betont Surber. Ihr Rat ist einfach: «Auflegen, selber " +
        "die 117 wählen und nachfragen.»",
      "Die Staatsanwaltschaft See/Oberland ermittelt gegen einen 24-jährigen Polen, der Ende Oktober in " +
        "Uster als mutmasslicher Geldabholer verhaftet wurde. Ein Sprecher der Oberstaatsanwaltschaft " +
        "sprach von einem «kleinen Rädchen in einer grossen Maschine». Die Hintermänner seien kaum zu " +
        "fassen.",
      "Bei Pro Senectute Kanton Zürich kennt man die Scham der Opfer. «Viele melden sich gar nicht, " +
        "weil sie glauben, sie seien selber schuld», sagt Beraterin Esther Widmer. Die Organisation " +
        "bietet im Januar in Wetzikon und Hinwil Kurse unter dem Titel «Sicher am Telefon» an.",
      "Ruth Baumann hat inzwischen unbekannte Nummern sperren lassen. Ihr Geld wird sie kaum " +
        "wiedersehen. «Aber vielleicht», sagt die Rentnerin, «hilft meine Geschichte jemand anderem.»",
    ],
    quotes: [
      ["Ich dachte, mein Enkel sitzt im Gefängnis", "Ruth Baumann"],
      ["Ich habe mich so geschämt, dass ich zwei Tage lang niemandem etwas gesagt habe.", "Ruth Baumann"],
      ["Man denkt immer, so etwas passiert nur den anderen.", "Ruth Baumann"],
      [
        "Die Täter sind hervorragend organisiert und rufen oft aus Callcentern im Ausland an",
        "Carmen Surber",
      ],
      ["Auflegen, selber die 117 wählen und nachfragen.", "Carmen Surber"],
      ["kleinen Rädchen in einer grossen Maschine", "Ein Sprecher der Oberstaatsanwaltschaft"],
      ["Viele melden sich gar nicht, weil sie glauben, sie seien selber schuld", "Esther Widmer"],
      ["Aber vielleicht", "Ruth Baumann"],
      ["hilft meine Geschichte jemand anderem.", "Ruth Baumann"],
    ],
  },
  {
    name:
      "Sarganserländer, Unwetter, «…» ohne ß: Vorspannzitat weicht vom Textzitat ab, Amt mit „laut " +
      "Tiefbauamt“, Bäuerin mit Doppelpunkt und „sagt die 47-Jährige“, Geologe im Konjunktiv dann " +
      "zitiert, Teilzitat eines Meteorologen, Schwager mit gleichem Nachnamen",
    todo: "«mindestens zehn Tage» goes to Tiefbauamt, not Tiefbauamt des Kantons St. Gallen",
    headline: "Murgang verschüttet die Strasse nach Vättis",
    standfirst:
      "Nach heftigen Gewittern ist das hintere Taminatal von der Aussenwelt abgeschnitten. Der " +
      "Gemeindepräsident spricht von «enormem Glück».",
    paragraphs: [
      "Vättis. Es war kurz nach 23 Uhr, als im Taminatal ein dumpfes Grollen zu hören war. Ein Murgang " +
        "aus dem Gelbberg-Tobel hatte die Kantonsstrasse zwischen Vättis und Valens auf einer Länge von " +
        "rund 80 Metern verschüttet. Verletzt wurde niemand. «Wir hatten enormes Glück», sagt " +
        "Christian Gadient, Gemeindepräsident von Pfäfers. Eine Viertelstunde zuvor sei noch ein " +
        "Postauto durchgefahren.",
      "Rund 280 Einwohnerinnen und Einwohner von Vättis sind seither nur über einen Notweg erreichbar. " +
        "Das Tiefbauamt des Kantons St. Gallen hat am Morgen schwere Maschinen aufgefahren. Bis die " +
        "Strasse wieder befahrbar ist, dürfte es laut Tiefbauamt «mindestens zehn Tage» dauern.",
      "Bäuerin Margrit Kohler, deren Hof direkt oberhalb der Murgangschneise liegt, hat die Nacht im " +
        "Keller verbracht: «Es hat getönt wie ein Güterzug. Ich habe die Kinder geweckt und bin mit " +
        "ihnen nach unten.»",
      "Am Mittwochmorgen zeigte sich das Ausmass. Der Stall der Familie blieb verschont, eine Weide " +
        "liegt aber unter Schlamm und Geröll begraben. «Das Heu für den Winter ist weg», sagt die " +
        "47-Jährige.",
      "Kantonsgeologe Urs Tschirky war bereits in der Nacht vor Ort. Der Boden sei nach den " +
        "Regenfällen der vergangenen Woche gesättigt gewesen, erklärte er, das Gewitter habe dann das " +
        "Fass zum Überlaufen gebracht. «In solchen Lagen reichen dreissig Millimeter in einer Stunde, " +
        "und der Hang kommt.»",
      "MeteoSchweiz hatte für die Region eine Unwetterwarnung der Stufe 3 herausgegeben. In Vättis " +
        "fielen in der Nacht 62 Millimeter Regen. Ein Meteorologe von MeteoSchweiz sprach von einem " +
        "«für diese Jahreszeit aussergewöhnlichen Ereignis».",
      "Im Dorf wird improvisiert. Der Dorfladen wird per Helikopter beliefert, die Schulkinder fahren " +
        "mit einem Kleinbus über den Notweg. Ladenbesitzer Peter Kohler, Margrit Kohlers Schwager, " +
        "nimmt es gelassen: «Wir Vättner sind uns einiges gewohnt. Das Tal hält zusammen.»",
      "Der Gemeindepräsident will beim Kanton nun auf besseren Schutz drängen. «Wir reden seit Jahren " +
        "über einen Geschiebesammler im Tobel. Jetzt muss er kommen», sagt Gadient.",
    ],
    quotes: [
      ["enormem Glück", "Christian Gadient"],
      ["Wir hatten enormes Glück", "Christian Gadient"],
      ["mindestens zehn Tage", "Tiefbauamt des Kantons St. Gallen"],
      [
        "Es hat getönt wie ein Güterzug. Ich habe die Kinder geweckt und bin mit ihnen nach unten.",
        "Margrit Kohler",
      ],
      ["Das Heu für den Winter ist weg", "Margrit Kohler"],
      ["In solchen Lagen reichen dreissig Millimeter in einer Stunde, und der Hang kommt.", "Urs Tschirky"],
      ["für diese Jahreszeit aussergewöhnlichen Ereignis", "Ein Meteorologe von MeteoSchweiz"],
      ["Wir Vättner sind uns einiges gewohnt. Das Tal hält zusammen.", "Peter Kohler"],
      [
        "Wir reden seit Jahren über einen Geschiebesammler im Tobel. Jetzt muss er kommen",
        "Christian Gadient",
      ],
    ],
  },
  {
    name:
      "Rieder Volkszeitung, Sport: Überschriftszitat im Text, Trainer mit „gab … zu“ und Fortsetzung, " +
      "zwei Brüder mit gleichem Nachnamen, „meinte der 22-Jährige“, Teilzitat des Jokers, " +
      "gegnerischer Trainer im Konjunktiv dann eigener Absatz, Spruch auf einem Transparent",
    headline: "„Heute hat das ganze Innviertel gewonnen“: Ried dreht das Derby",
    paragraphs: [
      "RIED. Als der Schlusspfiff ertönte, lagen sich Spieler und Fans in den Armen. Mit 2:1 hat die SV " +
        "Ried am Samstag das Oberösterreich-Derby gegen den FC Blau-Weiß Linz gewonnen. „Heute hat das " +
        "ganze Innviertel gewonnen“, sagte Kapitän Markus Lackner, noch bevor er in die Kabine ging.",
      "Dabei begann der Abend mit einem Schock. Bereits in der 9. Minute traf Linz nach einem Eckball " +
        "zum 0:1. „Da waren wir alle gedanklich noch in der Kabine“, gab Trainer Andreas Zauner zu. " +
        "„Danach haben wir aber genau das gespielt, was wir uns vorgenommen hatten.“",
      "Die Wende leiteten zwei Brüder ein. Nach einer Flanke von Lukas Hochhold köpfte sein älterer " +
        "Bruder Manuel Hochhold in der 52. Minute zum Ausgleich. „Dass ausgerechnet der Lukas die " +
        "Flanke schlägt, ist natürlich ein Traum“, sagte der Torschütze.",
      "Lukas Hochhold sah es nüchterner. „Ich hab ihn nur gesucht, weil er der Größte im Strafraum " +
        "ist“, meinte der 22-Jährige und grinste.",
      "Das Siegtor erzielte in der 81. Minute der eingewechselte Ivo Grgić. Er habe den Ball „gar " +
        "nicht richtig getroffen“, verriet der Kroate hinterher.",
      "Blau-Weiß-Trainer Stefan Reiterer haderte mit dem Schiedsrichter. Vor dem Ausgleich hätte es " +
        "Freistoß für seine Mannschaft geben müssen, meinte er.",
      "„Wer so ein Foul nicht pfeift, braucht sich über die Stimmung im Stadion nicht wundern.“",
      "Auf einem Transparent in der Fankurve stand „Wikingerland bleibt unser“. Laut Klub kamen 6.850 " +
        "Zuschauer, Saisonrekord. Geschäftsführer Rainer Wöß sprach von einem „Abend, den wir so " +
        "schnell nicht vergessen“.",
    ],
    quotes: [
      ["Heute hat das ganze Innviertel gewonnen", "Markus Lackner"],
      ["Da waren wir alle gedanklich noch in der Kabine", "Andreas Zauner"],
      ["Danach haben wir aber genau das gespielt, was wir uns vorgenommen hatten.", "Andreas Zauner"],
      ["Dass ausgerechnet der Lukas die Flanke schlägt, ist natürlich ein Traum", "Manuel Hochhold"],
      ["Ich hab ihn nur gesucht, weil er der Größte im Strafraum ist", "Lukas Hochhold"],
      ["gar nicht richtig getroffen", "Ivo Grgić"],
      [
        "Wer so ein Foul nicht pfeift, braucht sich über die Stimmung im Stadion nicht wundern.",
        "Stefan Reiterer",
      ],
      ["Abend, den wir so schnell nicht vergessen", "Rainer Wöß"],
    ],
  },
  {
    name:
      "Konsument, Konsumentenschutz, »…«: Name einer Auszeichnung, Vorspann-Teilzitat im Text genannt, " +
      "Fortsetzung nach Teilzitat, verschachteltes ›…‹, Stellungnahme eines ungenannten Herstellers, " +
      "Teilzitat des Handelsverbands im Konjunktiv, Leserbrief mit „schrieb er“",
    todo:
      "«vor allem Bürokratie und kaum Nutzen» goes to Der Handelsverband, not Handelsverband; «Ich " +
      "habe die alte und die neue Packung nebene…» goes to ein Leser aus Wels, not Ein Leser aus " +
      "Wels; «Der steht auf dem Regaletikett, oft ganz klei…» goes to ein Leser aus Wels, not " +
      "Birgit Schiller",
    headline: "Weniger drin, gleicher Preis: Die Packungen schrumpfen weiter",
    standfirst:
      "Immer öfter wird der Inhalt kleiner, während der Preis gleich bleibt. Eine Expertin spricht von " +
      "einer »Preiserhöhung durch die Hintertür«.",
    paragraphs: [
      "Die Packung sieht aus wie immer, der Preis ist derselbe. Doch statt 500 Gramm sind nur noch 425 " +
        "Gramm Knuspermüsli drin. Das Produkt eines großen Markenherstellers wurde von unseren " +
        "Leserinnen und Lesern zur »Mogelpackung des Monats« gewählt.",
      "Fälle wie diesen gibt es immer mehr. Seit Jahresbeginn sind beim Verein für " +
        "Konsumenteninformation (VKI) über 900 Hinweise auf versteckte Preiserhöhungen eingegangen, " +
        "fast doppelt so viele wie im Vorjahr. VKI-Ernährungswissenschaftlerin Birgit Schiller spricht " +
        "von einer »Preiserhöhung durch die Hintertür«. »Wer nicht jedes Mal auf die Grammangabe " +
        "schaut, merkt es nicht. Genau darauf setzen die Hersteller.«",
      "Besonders betroffen seien Süßwaren, Kaffee und Waschmittel, sagt Schiller. Bei einer Kaffeesorte " +
        "sei der Kilopreis durch die kleinere Packung um 18 Prozent gestiegen. »Und auf der Verpackung " +
        "steht groß ›Neue Rezeptur‹.«",
      "Der Hersteller des Müslis verweist auf gestiegene Kosten für Getreide, Energie und Verpackung. " +
        "In einer schriftlichen Stellungnahme heißt es, man habe sich »bewusst gegen eine " +
        "Preiserhöhung im Regal entschieden«. Die neue Füllmenge sei auf der Packung korrekt angegeben.",
      "Die Arbeiterkammer fordert seit Langem eine Kennzeichnungspflicht nach französischem Vorbild. " +
        "Dort müssen Supermärkte auf geschrumpfte Packungen hinweisen. »Was in Frankreich geht, muss " +
        "auch in Österreich gehen«, sagt AK-Konsumentenschützerin Sabine Lechner-Hauer.",
      "Der Handelsverband hält davon wenig. Eine zusätzliche Kennzeichnung bringe »vor allem " +
        "Bürokratie und kaum Nutzen«, teilte der Verband auf Anfrage mit.",
      "Aufmerksam geworden auf das Müsli war ein Leser aus Wels. »Ich habe die alte und die neue " +
        "Packung nebeneinandergestellt. Kein Zentimeter Unterschied«, schrieb er an die Redaktion.",
      "Schillers Tipp: immer den Grundpreis pro Kilo oder Liter vergleichen. »Der steht auf dem " +
        "Regaletikett, oft ganz klein. Aber er lügt nicht.«",
    ],
    quotes: [
      ["Preiserhöhung durch die Hintertür", "Birgit Schiller"],
      [
        "Wer nicht jedes Mal auf die Grammangabe schaut, merkt es nicht. Genau darauf setzen die " +
          "Hersteller.",
        "Birgit Schiller",
      ],
      ["Und auf der Verpackung steht groß ›Neue Rezeptur‹.", "Birgit Schiller"],
      ["bewusst gegen eine Preiserhöhung im Regal entschieden", "Der Hersteller des Müslis"],
      ["Was in Frankreich geht, muss auch in Österreich gehen", "Sabine Lechner-Hauer"],
      ["vor allem Bürokratie und kaum Nutzen", "Handelsverband"],
      [
        "Ich habe die alte und die neue Packung nebeneinandergestellt. Kein Zentimeter Unterschied",
        "Ein Leser aus Wels",
      ],
      ["Der steht auf dem Regaletikett, oft ganz klein. Aber er lügt nicht.", "Birgit Schiller"],
    ],
  },
  {
    name:
      "Münchner Merkur, Gesundheit: Überschriftszitat im Text, Teilzitat der KVB mit „heißt es“, " +
      "Kinderarzt mit Titel und Fortsetzung, Landrätin im Konjunktiv dann zitiert, Kliniksprecher mit " +
      "Doppelpunkt, Motto einer Initiative, Teilzitat einer Ministeriumssprecherin mit „so“",
    todo:
      "«durch die Standorte in München und Dachau wei…» goes to Die Kassenärztliche Vereinigung " +
      "Bayerns, not Kassenärztliche Vereinigung Bayerns; «Irgendwann geht das nicht mehr.» goes to " +
      "der Mediziner, not Matthias Kreuzer; «in engem Austausch» goes to Stefanie Pröbstl, not Eine " +
      "Ministeriumssprecherin",
    headline: "Kinder-Bereitschaftspraxis am Wochenende zu: „Eltern stehen im Regen“",
    paragraphs: [
      "Fürstenfeldbruck – Wer am Samstagabend mit einem fiebernden Kleinkind ins Klinikum " +
        "Fürstenfeldbruck kommt, wird künftig weitergeschickt. Ab Januar bleibt die kinderärztliche " +
        "Bereitschaftspraxis dort am Wochenende geschlossen. Für Mütter wie Stefanie Pröbstl aus " +
        "Germering ist das ein Schock. „Eltern stehen im Regen“, sagt die 34-Jährige, deren Sohn " +
        "Asthma hat.",
      "Die Kassenärztliche Vereinigung Bayerns (KVB), die die Bereitschaftspraxis betreibt, begründet " +
        "den Schritt mit dem Mangel an Kinderärzten. Man finde schlicht nicht genug Ärzte für die " +
        "Dienste, heißt es bei der KVB. Die Versorgung sei „durch die Standorte in München und Dachau " +
        "weiterhin gewährleistet“.",
      "Dr. Matthias Kreuzer, Kinderarzt in Olching und einer der Letzten, die noch Dienste übernehmen, " +
        "schüttelt darüber den Kopf. „Samstagabends sitzen in Schwabing 40 Familien im Wartezimmer. Das " +
        "ist keine Versorgung, das ist Verwaltung von Not.“ Er selbst habe in den vergangenen Monaten " +
        "jedes zweite Wochenende gearbeitet, erzählt der Mediziner. „Irgendwann geht das nicht mehr.“",
      "Auch Landrätin Ingrid Obermeier (CSU) ist verärgert. Der Landkreis sei über die Schließung erst " +
        "aus der Zeitung informiert worden, kritisierte sie im Kreisausschuss. „So geht man mit " +
        "220.000 Menschen nicht um.“",
      "Das Klinikum betont, die stationäre Kinderabteilung sei von der Entscheidung nicht betroffen. " +
        "Ein Kliniksprecher auf Merkur-Anfrage: „Echte Notfälle werden bei uns selbstverständlich " +
        "weiterhin versorgt, rund um die Uhr.“",
      "Inzwischen hat sich eine Elterninitiative gegründet. Unter dem Motto „Kinder brauchen " +
        "Notdienst“ sammelt sie Unterschriften, mehr als 6000 sind es schon. Mitgründerin ist Stefanie " +
        "Pröbstl. „Wir wollen keine Luxuslösung“, sagt sie. „Wir wollen nur nicht mit einem kranken " +
        "Kind eine Stunde durch die Nacht fahren.“",
      "Das bayerische Gesundheitsministerium verweist auf die Selbstverwaltung der Ärzte. Man stehe " +
        "aber „in engem Austausch“ mit der KVB, so eine Ministeriumssprecherin.",
    ],
    quotes: [
      ["Eltern stehen im Regen", "Stefanie Pröbstl"],
      [
        "durch die Standorte in München und Dachau weiterhin gewährleistet",
        "Kassenärztliche Vereinigung Bayerns",
      ],
      [
        "Samstagabends sitzen in Schwabing 40 Familien im Wartezimmer. Das ist keine Versorgung, das " +
          "ist Verwaltung von Not.",
        "Matthias Kreuzer",
      ],
      ["Irgendwann geht das nicht mehr.", "Matthias Kreuzer"],
      ["So geht man mit 220.000 Menschen nicht um.", "Ingrid Obermeier"],
      [
        "Echte Notfälle werden bei uns selbstverständlich weiterhin versorgt, rund um die Uhr.",
        "Ein Kliniksprecher",
      ],
      ["Wir wollen keine Luxuslösung", "Stefanie Pröbstl"],
      ["Wir wollen nur nicht mit einem kranken Kind eine Stunde durch die Nacht fahren.", "Stefanie Pröbstl"],
      ["in engem Austausch", "Eine Ministeriumssprecherin"],
    ],
  },
  {
    name:
      "Soester Anzeiger, Kultur: Ehepaar mit gleichem Nachnamen, Vorspann-Teilzitat im Text genannt, " +
      "Initialen und Arbeitstitel in Zeichen, Kunsthistorikerin mit Doppelpunkt, Mitteilung der Stadt, " +
      "„Ihr Mann ergänzt:“",
    todo:
      "«mit den Eigentümern in guten Gesprächen» goes to Anna-Lena Stratmann, not Stadt Soest; «Und " +
      "dann hängt es vielleicht doch bei uns im …» goes to Ihr Mann, not Jürgen Brüggemann",
    headline: "Verschollener Morgner auf Soester Dachboden entdeckt",
    standfirst:
      "Ein Ehepaar fand das Ölbild beim Ausräumen seines Elternhauses. Der Museumsleiter spricht von " +
      "einer „kleinen Sensation“.",
    paragraphs: [
      "Soest – Jahrzehntelang lehnte es hinter alten Matratzen an der Wand: ein farbstarkes Ölbild, " +
        "unten rechts signiert mit einem kleinen „WM“. Als Heike und Jürgen Brüggemann im Frühjahr den " +
        "Dachboden ihres Elternhauses nahe dem Thomätor ausräumten, ahnten sie nicht, was sie da in den " +
        "Händen hielten. „Wir wollten es eigentlich zum Sperrmüll stellen“, sagt Heike Brüggemann.",
      "Ihr Mann war vorsichtiger. „Ich habe gesagt, lass uns das wenigstens mal jemandem zeigen, der " +
        "sich auskennt“, erzählt Jürgen Brüggemann. Ein Bekannter riet ihnen, sich an das Museum " +
        "Wilhelm Morgner zu wenden.",
      "Dort ist man elektrisiert. Museumsleiter Dr. Bernd Vollmer hält das Bild für ein bislang " +
        "unbekanntes Werk des Soester Expressionisten, entstanden vermutlich um 1911. „Pinselführung, " +
        "Farbwahl, das Motiv – das alles spricht für Morgner“, sagt er. Vollmer spricht von einer " +
        "„kleinen Sensation“ für die Stadt.",
      "Das Bild zeigt einen Bauern mit Sense vor einem leuchtend gelben Feld. Im Museum trägt es bis " +
        "auf Weiteres den Arbeitstitel „Bauer im Kornfeld“.",
      "Die Kunsthistorikerin Prof. Anna-Lena Stratmann von der Universität Münster mahnt zur Vorsicht: " +
        "„Es gibt aus dieser Zeit auch Arbeiten von Schülern und Freunden, die Morgner sehr nahekommen.“ " +
        "Erst eine Analyse der Pigmente werde Klarheit bringen.",
      "Die Stadt Soest würde das Bild gern dauerhaft zeigen. In einer Mitteilung heißt es, man sei " +
        "„mit den Eigentümern in guten Gesprächen“.",
      "Ob sie das Bild verkaufen, wissen die Brüggemanns noch nicht. „Erst mal wollen wir wissen, was " +
        "wir da überhaupt haben“, sagt Heike Brüggemann. Ihr Mann ergänzt: „Und dann hängt es " +
        "vielleicht doch bei uns im Wohnzimmer.“",
    ],
    quotes: [
      ["kleinen Sensation", "Bernd Vollmer"],
      ["Wir wollten es eigentlich zum Sperrmüll stellen", "Heike Brüggemann"],
      [
        "Ich habe gesagt, lass uns das wenigstens mal jemandem zeigen, der sich auskennt",
        "Jürgen Brüggemann",
      ],
      ["Pinselführung, Farbwahl, das Motiv – das alles spricht für Morgner", "Bernd Vollmer"],
      [
        "Es gibt aus dieser Zeit auch Arbeiten von Schülern und Freunden, die Morgner sehr nahekommen.",
        "Anna-Lena Stratmann",
      ],
      ["mit den Eigentümern in guten Gesprächen", "Stadt Soest"],
      ["Erst mal wollen wir wissen, was wir da überhaupt haben", "Heike Brüggemann"],
      ["Und dann hängt es vielleicht doch bei uns im Wohnzimmer.", "Jürgen Brüggemann"],
    ],
  },
  {
    name:
      "Pinneberger Tageblatt, Verkehr: Pendlerin über den Beruf, Teilzitat eines Bahnsprechers, " +
      "Fahrgastverband mit „kritisiert“ und eigenem Absatz, Bürgermeister mit „sagt er“ und " +
      "Fortsetzung, zwei Teilzitate des Verbunds mit „heißt es dort“, Konjunktiv vor Zitat",
    todo:
      "«dringend nötig und lange überfällig» goes to NAH.SH, not Nahverkehrsverbund NAH.SH; " +
      "«deutlich weniger Störungen» goes to NAH.SH, not Nahverkehrsverbund NAH.SH",
    headline: "Sechs Wochen Ersatzbusse: Pendler im Kreis verlieren die Geduld",
    paragraphs: [
      "Pinneberg. Um 6.15 Uhr ist der Busbahnhof in Tornesch schon voll. Seit Montag fahren zwischen " +
        "Elmshorn und Pinneberg keine Züge mehr, die Deutsche Bahn erneuert Gleise und Weichen. Statt " +
        "sieben Minuten mit der Regionalbahn braucht Nadine Ketelsen nun eine halbe Stunde bis " +
        "Pinneberg, dort steigt sie in die überfüllte S-Bahn. „Das ist kein Ersatzverkehr, das ist " +
        "eine Zumutung“, sagt die Krankenpflegerin.",
      "Am ersten Morgen fielen mehrere Busse aus, weil Fahrer fehlten. Ein Sprecher der Deutschen Bahn " +
        "räumte „Startschwierigkeiten“ ein. Inzwischen seien zusätzliche Busse im Einsatz, sagte er.",
      "Der Fahrgastverband Pro Bahn hatte vor genau diesem Szenario gewarnt. „Man kann nicht 30.000 " +
        "Fahrgäste am Tag in Busse packen und glauben, das läuft“, kritisiert dessen " +
        "Landesvorsitzender Hauke Thiessen. Die Bahn hätte die Sperrung in die Sommerferien legen " +
        "müssen. Thiessen fordert eine Entschädigung für Pendler mit Zeitkarten.",
      "„Wer sechs Wochen lang doppelt so lange unterwegs ist, sollte nicht den vollen Preis zahlen.“",
      "Auch in den Rathäusern entlang der Strecke wächst der Unmut. Torneschs Bürgermeister Jan-Ole " +
        "Brandt (parteilos) berichtet von Ersatzbussen, die im Berufsverkehr auf der Ahrenloher Straße " +
        "im Stau stehen. „Unsere Straßen sind dafür nicht gemacht“, sagt er. „Morgens geht in der " +
        "Ortsmitte gar nichts mehr.“",
      "Beim Nahverkehrsverbund NAH.SH, der die Regionalzüge bestellt, verweist man auf die Bahn. Die " +
        "Sanierung sei „dringend nötig und lange überfällig“, heißt es dort. Für die Zeit danach " +
        "verspricht der Verbund „deutlich weniger Störungen“.",
      "Nadine Ketelsen hat sich inzwischen mit einer Kollegin zu einer Fahrgemeinschaft " +
        "zusammengetan. Das Auto sei eigentlich nicht ihr Plan gewesen, sagt sie. „Aber ich kann " +
        "meinen Patienten nicht erklären, dass der Bus wieder nicht kam.“",
    ],
    quotes: [
      ["Das ist kein Ersatzverkehr, das ist eine Zumutung", "Nadine Ketelsen"],
      ["Startschwierigkeiten", "Ein Sprecher der Deutschen Bahn"],
      ["Man kann nicht 30.000 Fahrgäste am Tag in Busse packen und glauben, das läuft", "Hauke Thiessen"],
      [
        "Wer sechs Wochen lang doppelt so lange unterwegs ist, sollte nicht den vollen Preis zahlen.",
        "Hauke Thiessen",
      ],
      ["Unsere Straßen sind dafür nicht gemacht", "Jan-Ole Brandt"],
      ["Morgens geht in der Ortsmitte gar nichts mehr.", "Jan-Ole Brandt"],
      ["dringend nötig und lange überfällig", "Nahverkehrsverbund NAH.SH"],
      ["deutlich weniger Störungen", "Nahverkehrsverbund NAH.SH"],
      ["Aber ich kann meinen Patienten nicht erklären, dass der Bus wieder nicht kam.", "Nadine Ketelsen"],
    ],
  },
  {
    name:
      "Lëtzebuerger Bauer, Luxemburg, Landwirtschaft: Vater und Tochter mit gleichem Nachnamen, " +
      "Behörde mit französischem Namen und Teilzitat, Tochter im Konjunktiv dann zitiert, Tierärztin " +
      "mit Doppelpunkt, Rundschreiben des Ministeriums, Bauernverband mit „kritisiert“, Zitat geteilt " +
      "um „sagt er“",
    todo:
      "«sehr dynamischen Lage» goes to Die Behörde, not Administration luxembourgeoise vétérinaire " +
      "et alimentaire; «nach Dringlichkeit und Region» goes to das Landwirtschaftsministerium, not " +
      "Landwirtschaftsministerium",
    headline: "Blauzunge: Rinderhalter im Ösling warten auf den Impfstoff",
    paragraphs: [
      "Im Stall von Marc Weber in Hosingen ist es an diesem Morgen ungewöhnlich still. Drei seiner " +
        "Milchkühe hat der Landwirt in den vergangenen zwei Wochen verloren, sechs weitere stehen mit " +
        "geschwollenen Mäulern und hohem Fieber in der Box. „Man steht daneben und kann nichts " +
        "machen“, sagt der 56-Jährige.",
      "Die Blauzungenkrankheit, übertragen von winzigen Gnitzen, hat sich seit dem Spätsommer im " +
        "Norden des Landes ausgebreitet. Nach Angaben der Administration luxembourgeoise vétérinaire et " +
        "alimentaire (ALVA) sind inzwischen über 140 Betriebe betroffen. Die Behörde spricht von einer " +
        "„sehr dynamischen Lage“.",
      "Webers Tochter Laura Weber, die den Betrieb im kommenden Jahr übernehmen soll, hat nachgerechnet. " +
        "Allein der Milchausfall koste den Hof derzeit rund 400 Euro am Tag, sagt sie. „Dazu kommen " +
        "Tierarzt, Medikamente und die Tiere, die wir verlieren.“",
      "Tierärztin Dr. Claire Schmit aus Wiltz behandelt seit Wochen fast nur noch Blauzunge. Sie rät " +
        "dringend zur Impfung: „Geimpfte Herden erkranken deutlich seltener und viel milder. Das sehen " +
        "wir jeden Tag.“",
      "Doch der Impfstoff ist knapp, viele Betriebe warten seit Wochen auf ihre Dosen. Die " +
        "Landwirtschaftskammer fordert deshalb, die Impfung zentral zu organisieren. „Es darf nicht vom " +
        "Zufall abhängen, wer wann impfen kann“, sagt Kammerpräsident Romain Kremer.",
      "In einem Rundschreiben an die Betriebe verspricht das Landwirtschaftsministerium, die Dosen " +
        "würden „nach Dringlichkeit und Region“ verteilt. Die Kosten für den Impfstoff übernehme der " +
        "Staat vollständig, für den Tierarzt gebe es eine Beihilfe.",
      "Dem Fräie Lëtzebuerger Bauereverband (FLB) reicht das nicht. „Die Hilfe kommt immer erst, wenn " +
        "der Schaden schon da ist“, kritisiert FLB-Vorstandsmitglied Patrick Hoffmann.",
      "Marc Weber hat seine Herde inzwischen impfen lassen, zu spät für die drei Kühe. Aufgeben will er " +
        "nicht. „Der Hof ist seit vier Generationen in der Familie“, sagt er. „Den gibt man nicht " +
        "wegen einer Mücke auf.“",
    ],
    quotes: [
      ["Man steht daneben und kann nichts machen", "Marc Weber"],
      ["sehr dynamischen Lage", "Administration luxembourgeoise vétérinaire et alimentaire"],
      ["Dazu kommen Tierarzt, Medikamente und die Tiere, die wir verlieren.", "Laura Weber"],
      [
        "Geimpfte Herden erkranken deutlich seltener und viel milder. Das sehen wir jeden Tag.",
        "Claire Schmit",
      ],
      ["Es darf nicht vom Zufall abhängen, wer wann impfen kann", "Romain Kremer"],
      ["nach Dringlichkeit und Region", "Landwirtschaftsministerium"],
      ["Die Hilfe kommt immer erst, wenn der Schaden schon da ist", "Patrick Hoffmann"],
      ["Der Hof ist seit vier Generationen in der Familie", "Marc Weber"],
      ["Den gibt man nicht wegen einer Mücke auf.", "Marc Weber"],
    ],
  },
  {
    name:
      "Wirtschaft regional, Liechtenstein, Wirtschaft, «…» ohne ß: Vorspannzitat im Text genannt, " +
      "Geschäftsbericht als Sprecher, zwei nicht verwandte Männer mit gleichem Nachnamen, Zitat " +
      "geteilt um „sagt er“, Regierungsrat mit Doppelpunkt, Umweltorganisation als Gattungsname und " +
      "Fortsetzung",
    todo:
      "«höchste Priorität» goes to Die Liechtensteinischen Kraftwerke, not Geschäftsbericht der " +
      "LKW; «Der billigste Strom ist immer noch der, den m…» goes to die Umweltorganisation, not " +
      "Liechtensteinische Gesellschaft für Umweltschutz",
    headline: "Strom wird günstiger: LKW senken die Tarife um 14 Prozent",
    standfirst:
      "Für Haushalte und Betriebe sinkt die Rechnung ab Januar spürbar. Das Gewerbe sieht darin " +
      "«endlich eine Entlastung».",
    paragraphs: [
      "Vaduz. Die Liechtensteinischen Kraftwerke (LKW) senken per 1. Januar den Strompreis in der " +
        "Grundversorgung um durchschnittlich 14 Prozent. Ein Vierpersonenhaushalt spart damit rund 220 " +
        "Franken im Jahr. «Wir geben die tieferen Beschaffungskosten eins zu eins weiter», sagt " +
        "LKW-Geschäftsführer Roland Büchel.",
      "Grund sind die gesunkenen Preise an den europäischen Strombörsen. Die LKW kaufen einen " +
        "Grossteil ihres Stroms am Markt ein, nur rund ein Fünftel stammt aus eigenen Wasserkraftwerken " +
        "und Photovoltaikanlagen. Im Geschäftsbericht der LKW heisst es, der Ausbau der eigenen " +
        "Produktion habe «höchste Priorität».",
      "Die Wirtschaftskammer Liechtenstein begrüsst den Schritt. Für viele Gewerbebetriebe sei das " +
        "«endlich eine Entlastung», sagt Geschäftsführerin Isabel Frommelt.",
      "Einer, der das besonders spürt, ist Bäckermeister Thomas Büchel aus Schaan, mit dem LKW-Chef " +
        "weder verwandt noch verschwägert. Seine Öfen laufen ab drei Uhr morgens. «Strom ist nach dem " +
        "Mehl unser grösster Kostenblock», rechnet er vor. Die Senkung bringe ihm mehrere Tausend " +
        "Franken im Jahr.",
      "Ganz zufrieden ist der Bäcker trotzdem nicht. «Vor drei Jahren hat man uns die Preise " +
        "verdoppelt», sagt er, «jetzt gehen sie um ein Siebtel runter. Das ist noch keine Rückkehr zur " +
        "Normalität.»",
      "Regierungsrat Daniel Walch, zuständig für Infrastruktur, will beim Ausbau der Eigenproduktion " +
        "aufs Tempo drücken: «Jedes Dach ohne Solaranlage ist eine verpasste Chance.»",
      "Die Liechtensteinische Gesellschaft für Umweltschutz (LGU) sieht es nüchterner. Der Preisrutsch " +
        "dürfe nicht dazu verleiten, beim Stromsparen nachzulassen, warnt die Umweltorganisation. «Der " +
        "billigste Strom ist immer noch der, den man gar nicht braucht.»",
    ],
    quotes: [
      ["endlich eine Entlastung", "Isabel Frommelt"],
      ["Wir geben die tieferen Beschaffungskosten eins zu eins weiter", "Roland Büchel"],
      ["höchste Priorität", "Geschäftsbericht der LKW"],
      ["Strom ist nach dem Mehl unser grösster Kostenblock", "Thomas Büchel"],
      ["Vor drei Jahren hat man uns die Preise verdoppelt", "Thomas Büchel"],
      ["jetzt gehen sie um ein Siebtel runter. Das ist noch keine Rückkehr zur Normalität.", "Thomas Büchel"],
      ["Jedes Dach ohne Solaranlage ist eine verpasste Chance.", "Daniel Walch"],
      [
        "Der billigste Strom ist immer noch der, den man gar nicht braucht.",
        "Liechtensteinische Gesellschaft für Umweltschutz",
      ],
    ],
  },
  {
    name:
      "Katholisches Sonntagsblatt, Südtirol, Religion: Überschriftszitat im Text, Pater über Alter und " +
      "Rolle, Konjunktiv dann Fortsetzung, Pastoralkonzept der Diözese, Ehepaar mit gleichem Nachnamen, " +
      "ungenannte Kirchgängerin mit Doppelpunkt, Projektname, Zitat geteilt um „sagt sie“",
    todo:
      "«Das Passeirerische ist schwerer als Latein.» goes to Die Leute im Tal, not Joseph " +
      "Kallarackal; «nicht Lückenbüßer, sondern Mitverantwortliche» goes to Die Leute im Tal, not " +
      "Pastoralkonzept der Diözese; «Eine Wortgottesfeier ist schön. Aber es ist h…» goes to Alois " +
      "Gamper, not Eine ältere Kirchgängerin aus Walten",
    headline: "„Ohne die Ehrenamtlichen ginge nichts mehr“: Wie Passeier Kirche neu lebt",
    paragraphs: [
      "St. Leonhard in Passeier. Sonntag, halb zehn: Die Pfarrkirche ist gut gefüllt, doch am Altar " +
        "steht kein Priester. Maria Gamper, Religionslehrerin und Präsidentin des Pfarrgemeinderates, " +
        "leitet die Wortgottesfeier. Seit einem Jahr ist das in St. Leonhard jeden zweiten Sonntag so. " +
        "„Ohne die Ehrenamtlichen ginge nichts mehr“, sagt sie nach dem Gottesdienst.",
      "Für sieben Pfarreien im Passeiertal gibt es nur noch einen Pfarrer. Pater Joseph Kallarackal " +
        "stammt aus dem südindischen Kerala und ist seit 2021 im Tal. An manchen Sonntagen feiert er " +
        "drei Messen, zwischen St. Martin, Moos und Platt. „Manchmal weiß ich am Abend nicht mehr, in " +
        "welcher Kirche ich am Morgen war“, sagt der 48-Jährige und lacht.",
      "Die Leute im Tal hätten ihn herzlich aufgenommen, erzählt der Ordensmann. Nur mit dem Dialekt " +
        "habe er anfangs gekämpft. „Das Passeirerische ist schwerer als Latein.“",
      "Die Diözese Bozen-Brixen setzt seit einigen Jahren auf Seelsorgeeinheiten, in denen mehrere " +
        "Pfarreien zusammenarbeiten. Im Pastoralkonzept der Diözese heißt es, Laien sollten „nicht " +
        "Lückenbüßer, sondern Mitverantwortliche“ sein.",
      "Maria Gampers Mann Alois Gamper ist seit 25 Jahren Mesner in St. Leonhard. Er sieht die " +
        "Entwicklung mit gemischten Gefühlen. „Früher hatten wir drei Priester im Tal. Heute sind wir " +
        "froh, wenn einer zur Beerdigung kommen kann“, sagt er.",
      "Eine ältere Kirchgängerin aus Walten vermisst die Eucharistiefeier: „Eine Wortgottesfeier ist " +
        "schön. Aber es ist halt nicht dasselbe.“",
      "Im Seelsorgeamt in Bozen kennt man solche Stimmen. Amtsleiter Reinhard Kofler verweist auf die " +
        "Kurse für Wortgottesfeierleiter, die heuer so gut besucht sind wie nie. Den Priestermangel " +
        "könne das aber nicht aufheben, räumt Kofler ein. „Wir brauchen beides: Berufungen und ein " +
        "starkes Ehrenamt.“",
      "Im Frühjahr startet im Tal das Projekt „Kirche im Dorf lassen“, bei dem Ehrenamtliche auch " +
        "Krankenbesuche übernehmen. Maria Gamper ist zuversichtlich. „Die Kirche stirbt nicht“, sagt " +
        "sie. „Sie wird nur anders.“",
    ],
    quotes: [
      ["Ohne die Ehrenamtlichen ginge nichts mehr", "Maria Gamper"],
      ["Manchmal weiß ich am Abend nicht mehr, in welcher Kirche ich am Morgen war", "Joseph Kallarackal"],
      ["Das Passeirerische ist schwerer als Latein.", "Joseph Kallarackal"],
      ["nicht Lückenbüßer, sondern Mitverantwortliche", "Pastoralkonzept der Diözese"],
      [
        "Früher hatten wir drei Priester im Tal. Heute sind wir froh, wenn einer zur Beerdigung kommen " +
          "kann",
        "Alois Gamper",
      ],
      [
        "Eine Wortgottesfeier ist schön. Aber es ist halt nicht dasselbe.",
        "Eine ältere Kirchgängerin aus Walten",
      ],
      ["Wir brauchen beides: Berufungen und ein starkes Ehrenamt.", "Reinhard Kofler"],
      ["Die Kirche stirbt nicht", "Maria Gamper"],
      ["Sie wird nur anders.", "Maria Gamper"],
    ],
  },
]);
