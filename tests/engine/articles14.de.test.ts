// A fourteenth round of composed German news articles, in the styles of outlets and beats the first
// thirteen rounds (articles.de to articles13.de) did not use: Westfälische Nachrichten (local politics: a
// bicycle car park in Münster, the mayor's words in the headline and the body, an FDP group leader's
// fragments and „so die 47-Jährige“, a planning office's document, an alliance's spokesman after a colon,
// an unnamed Green councillor, the alliance's name in marks), Solothurner Zeitung (Switzerland, courts,
// with «…»: an embezzling trustee, the unnamed accused in the standfirst and the body, the prosecutor, the
// defence's fragment, a victim speaking to the paper, the presiding judge after a colon, a firm's name),
// SALZBURG24 (Austria, crime: a burglar surprised, the pensioner with an initial and as „die
// Pensionistin“, the police spokesman after a colon, an unnamed neighbour, a campaign's name),
// Ostthüringer Zeitung (sport: a basketball derby, the coach in the headline and the body by surname, the
// scorer by his age, the other coach after a colon, the captain's fragment, a banner), Pharmazeutische
// Zeitung (health: pharmacies closing, the federation's president with a doctor's title in the standfirst
// and the body, the federation after a colon, a pharmacist by her age, a ministry spokesman's fragment, an
// economist, a nickname), Der Bund (Switzerland, culture, with «…»: a Klee watercolour found, the director
// with a different fragment in the standfirst, the heirs through their lawyer, the curator, an art
// historian after a colon, a councillor, titles), Oberhessische Presse (science: urban foxes, the lead
// author by her age and as „die Biologin“, the authors writing, a co-author with no verb, an outside
// biologist with a one-word quote, a journal's title), Osttiroler Bote (Austria, a rockfall, the mayor in
// the standfirst and the body, the state geologist as „der Geologe“ and after indirect speech, the state's
// press release, an innkeeper after a colon, a road's name), Lausitzer Rundschau (business: a battery
// plant delayed, the company's statement, the managing director by his age, the mayor continued, a
// ministry, a union official after a colon, an analyst, a project's name) and Allgemeine Zeitung Mainz
// (education: school lunches dearer, the parents' committee in the standfirst, its chairwoman, the
// councillor as „die Dezernentin“, an opposition spokesman's fragment, a head teacher after a colon, a
// caterer's name and a call's title). Every article was written for these tests, before the engine was run
// on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Westfälische Nachrichten, Lokalpolitik: Oberbürgermeister in der Überschrift und im " +
      "Text, Fraktionschefin mit Teilzitaten und so die 47-Jährige, Vorlage des Amts, " +
      "Bündnissprecher mit Doppelpunkt, ungenannter Ratsherr, Bündnisname",
    todo:
      "an office named before a colon („Das Amt für Mobilität verweist in seiner Vorlage …:“) " +
      "is cut to its head noun „Das Amt“",
    headline: "„Das ist kein Luxus“: Rat beschließt Fahrradparkhaus am Hansator",
    paragraphs: [
      "Der Rat der Stadt Münster hat am Mittwochabend den Bau eines Fahrradparkhauses mit " +
        "1800 Stellplätzen am Hansator beschlossen. Die Kosten liegen nach Angaben der " +
        "Verwaltung bei rund 14 Millionen Euro, der Bund übernimmt gut die Hälfte.",
      "„Das ist kein Luxus“, sagte Oberbürgermeister Tilman Esch (CDU) in der Debatte. „Wer " +
        "morgens am Bahnhof keinen Platz für sein Rad findet, steigt irgendwann wieder ins " +
        "Auto.“",
      "Kritik kam von der FDP. Deren Fraktionschefin Annegret Vosskühler nannte die Summe " +
        "„schlicht unverhältnismäßig“. Für das Geld könne man „an jeder Ecke Bügel aufstellen“, " +
        "so die 47-Jährige.",
      "Das Amt für Mobilität verweist in seiner Vorlage auf die Zählungen der vergangenen " +
        "Jahre: „Am Hauptbahnhof stehen täglich bis zu 600 Räder wild abgestellt. Das blockiert " +
        "Rettungswege und Blindenleitstreifen.“",
      "Auf der Tribüne verfolgten auch Mitglieder des Bündnisses „Münster fährt Rad“ die " +
        "Sitzung. Sprecher Jonas Hülsmann zeigte sich erleichtert: „Wir haben sechs Jahre dafür " +
        "gekämpft. Heute ist ein guter Tag für alle, die hier pendeln.“",
      "Ein Ratsherr der Grünen, der nicht namentlich genannt werden wollte, sagte hinterher, " +
        "die FDP habe „das Thema schlicht verschlafen“. Baubeginn soll im Frühjahr 2028 sein, " +
        "die Eröffnung ist für 2030 geplant.",
    ],
    quotes: [
      ["Das ist kein Luxus", "Tilman Esch"],
      [
        "Wer morgens am Bahnhof keinen Platz für sein Rad findet, steigt irgendwann wieder " + "ins Auto.",
        "Tilman Esch",
      ],
      ["schlicht unverhältnismäßig", "Annegret Vosskühler"],
      ["an jeder Ecke Bügel aufstellen", "Annegret Vosskühler"],
      [
        "Am Hauptbahnhof stehen täglich bis zu 600 Räder wild abgestellt. Das blockiert " +
          "Rettungswege und Blindenleitstreifen.",
        "Das Amt für Mobilität",
      ],
      [
        "Wir haben sechs Jahre dafür gekämpft. Heute ist ein guter Tag für alle, die hier pendeln.",
        "Jonas Hülsmann",
      ],
      ["das Thema schlicht verschlafen", "Ein Ratsherr der Grünen"],
    ],
  },
  {
    name:
      "Solothurner Zeitung, Gericht mit «…»: ungenannter Beschuldigter im Vorspann und im " +
      "Text, Staatsanwältin, Teilzitat der Verteidigung, Geschädigte gegenüber der Zeitung, " +
      "Gerichtspräsident mit Doppelpunkt, Firmenname",
    headline: "Treuhänder zweigte über 800 000 Franken ab",
    standfirst:
      "Ein 61-jähriger Treuhänder aus Grenchen hat jahrelang Kundengelder auf eigene Konten " +
      "umgeleitet. Vor Gericht sprach er von einem «Loch, das immer grösser wurde».",
    paragraphs: [
      "Das Amtsgericht Solothurn-Lebern hat am Donnerstag einen 61-jährigen Treuhänder aus " +
        "Grenchen zu einer Freiheitsstrafe von drei Jahren verurteilt, davon zwölf Monate " +
        "unbedingt. Der Mann hatte als Inhaber der Firma «Treuhand Plus» zwischen 2017 und 2023 " +
        "Gelder von 23 Kundinnen und Kunden abgezweigt.",
      "Der Beschuldigte zeigte sich vor Gericht geständig. Es sei ein «Loch, das immer " +
        "grösser wurde», sagte er. «Ich wollte alles zurückzahlen, bevor es jemand merkt. Das " +
        "war naiv.»",
      "Staatsanwältin Corinne Wyss forderte dreieinhalb Jahre. «Der Beschuldigte hat das " +
        "Vertrauen von Menschen missbraucht, die ihm ihr Erspartes anvertraut haben», sagte sie " +
        "in ihrem Plädoyer. Viele Geschädigte seien Rentnerinnen und Rentner.",
      "Verteidiger Marco Lüthi plädierte auf eine bedingte Strafe. Sein Mandant habe «jeden " +
        "Franken offengelegt» und arbeite heute als Lagerist, um die Schulden abzutragen.",
      "Eine Geschädigte, eine 78-jährige Frau aus Bettlach, verfolgte den Prozess im Saal. " +
        "«Mir fehlen 64 000 Franken. Die sehe ich nie wieder», sagte sie gegenüber dieser " +
        "Zeitung.",
      "Gerichtspräsident Adrian Kämpf begründete das Urteil mit der langen Dauer der Taten: " +
        "«Das war kein einmaliger Fehltritt, sondern ein System.» Das Urteil ist noch nicht " +
        "rechtskräftig.",
    ],
    quotes: [
      ["Loch, das immer grösser wurde", "Der Beschuldigte"],
      ["Ich wollte alles zurückzahlen, bevor es jemand merkt. Das war naiv.", "Der Beschuldigte"],
      [
        "Der Beschuldigte hat das Vertrauen von Menschen missbraucht, die ihm ihr Erspartes " +
          "anvertraut haben",
        "Corinne Wyss",
      ],
      ["jeden Franken offengelegt", "Marco Lüthi"],
      ["Mir fehlen 64 000 Franken. Die sehe ich nie wieder", "Eine Geschädigte"],
      ["Das war kein einmaliger Fehltritt, sondern ein System.", "Adrian Kämpf"],
    ],
  },
  {
    name:
      "SALZBURG24, Blaulicht: Pensionistin mit Initial und als die Pensionistin, Fortsetzung " +
      "ohne Verb, Polizeisprecher mit Doppelpunkt, ungenannter Nachbar, Kampagnenname",
    headline: "Einbruch in Hallein: Pensionistin überrascht Täter im Wohnzimmer",
    paragraphs: [
      "Eine 74-jährige Frau aus Hallein (Tennengau) hat in der Nacht auf Samstag einen " +
        "Einbrecher in ihrem Wohnzimmer überrascht. Der Mann flüchtete ohne Beute, wie die " +
        "Landespolizeidirektion Salzburg am Sonntag mitteilte.",
      "„Ich habe ein Geräusch gehört und gedacht, es ist die Katze“, schildert Hermine K. im " +
        "Gespräch mit SALZBURG24. Als sie das Licht einschaltete, stand ein Mann mit Kapuze vor " +
        "der Vitrine. „Ich hab einfach geschrien, so laut ich konnte.“",
      "Der Täter sei daraufhin über die Terrasse geflohen. „Der war schneller weg, als ich " +
        "schauen konnte“, sagt die Pensionistin. Verletzt wurde niemand.",
      "Polizeisprecher Valentin Gruber bestätigte den Vorfall: „Der Täter hat die " +
        "Terrassentür aufgehebelt. Wir gehen davon aus, dass er das Haus vorher beobachtet " +
        "hat.“ In den vergangenen Wochen habe es im Tennengau mehrere ähnliche Fälle gegeben.",
      "Ein Nachbar, der anonym bleiben möchte, will in der Nacht ein dunkles Auto mit " +
        "deutschem Kennzeichen gesehen haben. „Das ist mir aufgefallen, weil es ohne Licht " +
        "gefahren ist“, sagt er.",
      "Die Polizei rät, Fenster und Türen auch bei kurzer Abwesenheit zu verschließen, und " +
        "verweist auf ihre Präventionskampagne „Gemeinsam sicher“. Hinweise nimmt jede " +
        "Polizeiinspektion entgegen.",
    ],
    quotes: [
      ["Ich habe ein Geräusch gehört und gedacht, es ist die Katze", "Hermine K."],
      ["Ich hab einfach geschrien, so laut ich konnte.", "Hermine K."],
      ["Der war schneller weg, als ich schauen konnte", "Hermine K."],
      [
        "Der Täter hat die Terrassentür aufgehebelt. Wir gehen davon aus, dass er das Haus " +
          "vorher beobachtet hat.",
        "Valentin Gruber",
      ],
      ["Das ist mir aufgefallen, weil es ohne Licht gefahren ist", "Ein Nachbar"],
    ],
  },
  {
    name:
      "Ostthüringer Zeitung, Sport: Trainer in der Überschrift und im Text mit Nachnamen, " +
      "Topscorer als der 23-Jährige, Gästetrainer mit Doppelpunkt, Teilzitat des Kapitäns, " +
      "Banner",
    todo:
      "„sagte der Aufbauspieler“ goes to the phrase „Bester Werfer“ instead of the player " +
      "named in that sentence",
    headline: "Jena gewinnt das Ostderby – Trainer Rehberg: „Das war Charakter“",
    paragraphs: [
      "Science City Jena hat das Ostderby bei den Niners Chemnitz mit 84:79 gewonnen und sich " +
        "damit auf Rang fünf der Tabelle geschoben. Vor 5100 Zuschauern lag das Team von " +
        "Trainer Tobias Rehberg zur Pause noch mit elf Punkten zurück.",
      "„Das war Charakter“, sagte Rehberg nach der Partie. „In der ersten Halbzeit haben wir " +
        "keinen Rebound geholt. Nach der Pause hat jeder für jeden gekämpft.“",
      "Bester Werfer der Gäste war Lukas Wendt mit 22 Punkten. Der 23-Jährige traf allein im " +
        "letzten Viertel drei Dreier. „Ich hatte heute einfach ein gutes Gefühl in der Hand“, " +
        "sagte der Aufbauspieler, der erst im Sommer aus Göttingen gekommen war.",
      "Chemnitz-Coach Marek Sobczak haderte mit den Schiedsrichtern: „Wir hatten 14 " +
        "Freiwürfe, Jena 31. Das muss mir jemand erklären.“",
      "Chemnitz-Kapitän Fabian Rösel zeigte sich dagegen selbstkritisch. Man habe „zu früh " +
        "aufgehört, einfach zu spielen“, sagte er.",
      "Die mitgereisten Jenaer Fans feierten ihr Team mit einem Banner: „Ostderbys gewinnt " +
        "man im Kopf“. Am Sonntag empfängt Science City die Eisbären Bremerhaven.",
    ],
    quotes: [
      ["Das war Charakter", "Tobias Rehberg"],
      [
        "In der ersten Halbzeit haben wir keinen Rebound geholt. Nach der Pause hat jeder für " +
          "jeden gekämpft.",
        "Tobias Rehberg",
      ],
      ["Ich hatte heute einfach ein gutes Gefühl in der Hand", "Lukas Wendt"],
      ["Wir hatten 14 Freiwürfe, Jena 31. Das muss mir jemand erklären.", "Marek Sobczak"],
      ["zu früh aufgehört, einfach zu spielen", "Fabian Rösel"],
    ],
  },
  {
    name:
      "Pharmazeutische Zeitung, Gesundheit: Präsidentin mit Doktortitel im Vorspann und im " +
      "Text, Verband mit Doppelpunkt, Apothekerin als die 52-Jährige, Teilzitat eines " +
      "Ministeriumssprechers, Gesundheitsökonom, Spitzname",
    todo:
      "a body named by its full name in an earlier paragraph and by its head noun before a " +
      "colon is cut to the genitive part",
    headline: "Apothekenzahl fällt auf neuen Tiefstand",
    standfirst:
      "Im ersten Halbjahr haben bundesweit 289 Apotheken geschlossen. Die Bundesvereinigung " +
      "spricht von einer „stillen Erosion“.",
    paragraphs: [
      "Die Zahl der Apotheken in Deutschland ist im ersten Halbjahr auf 16.722 gesunken. Das " +
        "geht aus Zahlen der Bundesvereinigung Deutscher Apothekerverbände hervor, die am " +
        "Dienstag in Berlin vorgestellt wurden. Demnach schlossen 289 Betriebe, nur 41 wurden " +
        "neu eröffnet.",
      "Präsidentin Dr. Helga Brückner-Sauer sprach von einer „stillen Erosion“ der " +
        "Versorgung. „Jede geschlossene Apotheke bedeutet für ältere Menschen auf dem Land " +
        "längere Wege, oft ohne Bus“, sagte sie.",
      "Besonders betroffen seien Sachsen-Anhalt und das Saarland. Die Bundesvereinigung " +
        "fordert eine Erhöhung des Fixums: „Die Honorierung ist seit 2013 faktisch eingefroren, " +
        "während Personal- und Energiekosten deutlich gestiegen sind.“",
      "Apothekerin Miriam Oltmanns betreibt in Osterburg in der Altmark eine der letzten " +
        "Apotheken im Umkreis von 20 Kilometern. „Ich finde seit zwei Jahren keine PTA. Wenn " +
        "ich krank werde, bleibt die Tür zu“, sagt die 52-Jährige.",
      "Das Bundesgesundheitsministerium verwies auf die geplante Apothekenreform. Ein " +
        "Sprecher sagte der PZ, man wolle „unnötige Bürokratie abbauen“ und Zweigapotheken ohne " +
        "eigenes Labor erleichtern, die in der Branche spöttisch „Apotheken light“ heißen. Zur " +
        "Honorarfrage äußerte er sich nicht.",
      "Der Gesundheitsökonom Prof. Jan-Philipp Ruhnau von der Universität Bayreuth hält die " +
        "Reform für unzureichend: „Mit Zweigapotheken verwaltet man den Mangel, man löst ihn " +
        "nicht.“",
    ],
    quotes: [
      ["stillen Erosion", "Helga Brückner-Sauer"],
      [
        "Jede geschlossene Apotheke bedeutet für ältere Menschen auf dem Land längere Wege, " +
          "oft ohne Bus",
        "Helga Brückner-Sauer",
      ],
      [
        "Die Honorierung ist seit 2013 faktisch eingefroren, während Personal- und " +
          "Energiekosten deutlich gestiegen sind.",
        "Bundesvereinigung Deutscher Apothekerverbände",
      ],
      ["Ich finde seit zwei Jahren keine PTA. Wenn ich krank werde, bleibt die Tür zu", "Miriam Oltmanns"],
      ["unnötige Bürokratie abbauen", "Ein Sprecher"],
      ["Mit Zweigapotheken verwaltet man den Mangel, man löst ihn nicht.", "Jan-Philipp Ruhnau"],
    ],
  },
  {
    name:
      "Der Bund, Kultur mit «…»: Direktorin mit anderem Teilzitat im Vorspann, Erben über " +
      "ihren Anwalt, Kuratorin mit sagt sie, Kunsthistoriker mit Doppelpunkt, Gemeinderätin, " +
      "Werk- und Ausstellungstitel",
    todo:
      "a standfirst fragment with no verb („ist der Fund «…»“) is missed, and the heirs' " +
      "„liess ausrichten“ goes to the director",
    headline: "Zentrum Paul Klee zeigt wiederentdecktes Aquarell",
    standfirst:
      "Jahrzehntelang galt es als verschollen, nun hängt es in Bern. Für die Direktorin ist " +
      "der Fund «ein kleines Wunder».",
    paragraphs: [
      "Das Zentrum Paul Klee zeigt ab Freitag ein Aquarell, das seit 1939 als verschollen " +
        "galt. Das Blatt mit dem Titel «Garten in Hammamet II» war im Frühling bei einer " +
        "Haushaltsauflösung in Winterthur aufgetaucht.",
      "«Dass wir das erleben dürfen, ist für uns alle ein Geschenk», sagte Direktorin " +
        "Beatrice Aeschbacher an der Medienkonferenz am Mittwoch. «Wir kannten das Bild nur von " +
        "einer Schwarzweissfotografie aus einem Katalog von 1931.»",
      "Die Erben, die anonym bleiben möchten, haben das Werk dem Museum als Dauerleihgabe " +
        "überlassen. Die Familie liess über ihren Anwalt ausrichten, man wolle, «dass Klee dort " +
        "hängt, wo er hingehört».",
      "Kuratorin Fabienne Rüegsegger hat das Blatt mit Infrarotaufnahmen untersucht. Unter " +
        "der Farbschicht fanden sich Bleistiftnotizen von Klees Hand. «Er hat sich die Farben " +
        "notiert, wie ein Koch seine Zutaten», sagt sie. Die Echtheit sei damit zweifelsfrei " +
        "belegt.",
      "Nicht alle teilen die Begeisterung. Der Kunsthistoriker Urs Bärtschi von der " +
        "Universität Zürich mahnt zur Vorsicht: «Die Provenienz zwischen 1939 und 1980 ist " +
        "völlig offen. Da muss man genauer hinschauen.»",
      "Gemeinderätin Sandra Imboden, in der Stadt zuständig für Kultur, sprach von einem " +
        "«Glücksfall für Bern». Das Aquarell ist bis Ende Januar in der Ausstellung «Klee und " +
        "der Süden» zu sehen.",
    ],
    quotes: [
      ["ein kleines Wunder", "Beatrice Aeschbacher"],
      ["Dass wir das erleben dürfen, ist für uns alle ein Geschenk", "Beatrice Aeschbacher"],
      [
        "Wir kannten das Bild nur von einer Schwarzweissfotografie aus einem Katalog von 1931.",
        "Beatrice Aeschbacher",
      ],
      ["dass Klee dort hängt, wo er hingehört", "Die Familie"],
      ["Er hat sich die Farben notiert, wie ein Koch seine Zutaten", "Fabienne Rüegsegger"],
      [
        "Die Provenienz zwischen 1939 und 1980 ist völlig offen. Da muss man genauer hinschauen.",
        "Urs Bärtschi",
      ],
      ["Glücksfall für Bern", "Sandra Imboden"],
    ],
  },
  {
    name:
      "Oberhessische Presse, Wissenschaft: Erstautorin mit Doktortitel nach dem Zitat und als " +
      "die Biologin, Autoren schreiben, Co-Autor ohne Verb, externe Wildtierbiologin mit " +
      "Doppelpunkt, Zeitschriftentitel und Begriff mit sagt sie",
    headline: "Marburger Studie: Stadtfüchse sind mutiger",
    paragraphs: [
      "Füchse, die in Städten leben, nähern sich unbekannten Gegenständen deutlich schneller " +
        "als ihre Artgenossen auf dem Land. Das zeigt eine Studie der Philipps-Universität " +
        "Marburg, die jetzt im Fachjournal „Behavioral Ecology“ erschienen ist.",
      "„Stadtfüchse brauchen im Schnitt nur ein Drittel der Zeit, um an eine fremde Futterbox " +
        "heranzugehen“, sagt Erstautorin Dr. Lea Hofsommer. Die 34-jährige Verhaltensbiologin " +
        "hat mit ihrem Team an 112 Standorten in Hessen Wildkameras aufgestellt.",
      "Über drei Jahre werteten die Forschenden mehr als 40.000 Videos aus. „Ich habe " +
        "irgendwann jeden Fuchs in der Marburger Oberstadt am Gang erkannt“, erzählt die " +
        "Biologin und lacht.",
      "Die Autorinnen und Autoren schreiben, die Ergebnisse deuteten auf eine „schnelle " +
        "Anpassung des Verhaltens an menschliche Umgebungen“ hin. Ob diese genetisch bedingt " +
        "oder erlernt sei, bleibe offen.",
      "Co-Autor Prof. Matthias Kraushaar, Leiter der Arbeitsgruppe Tierökologie, hält " +
        "Letzteres für wahrscheinlicher. „Junge Füchse schauen sich viel bei der Mutter ab. Wer " +
        "in der Stadt aufwächst, lernt früh, dass Mülltonnen keine Gefahr sind.“",
      "Die Wildtierbiologin Sophie Langenkamp vom Senckenberg-Institut in Frankfurt, die " +
        "nicht an der Studie beteiligt war, lobt den Umfang der Daten. Füchse seien klassische " +
        "„Kulturfolger“, sagt sie. Sie warnt aber: „Mutig heißt nicht zahm. Niemand sollte " +
        "Füchse füttern.“",
    ],
    quotes: [
      [
        "Stadtfüchse brauchen im Schnitt nur ein Drittel der Zeit, um an eine fremde " +
          "Futterbox heranzugehen",
        "Lea Hofsommer",
      ],
      ["Ich habe irgendwann jeden Fuchs in der Marburger Oberstadt am Gang erkannt", "Lea Hofsommer"],
      ["schnelle Anpassung des Verhaltens an menschliche Umgebungen", "Die Autorinnen und Autoren"],
      [
        "Junge Füchse schauen sich viel bei der Mutter ab. Wer in der Stadt aufwächst, lernt " +
          "früh, dass Mülltonnen keine Gefahr sind.",
        "Matthias Kraushaar",
      ],
      ["Kulturfolger", "Sophie Langenkamp"],
      ["Mutig heißt nicht zahm. Niemand sollte Füchse füttern.", "Sophie Langenkamp"],
    ],
  },
  {
    name:
      "Osttiroler Bote, Felssturz: Bürgermeister im Vorspann und im Text als der 56-Jährige, " +
      "Landesgeologe als der Geologe und nach indirekter Rede, Aussendung des Landes, " +
      "Gastwirtin mit Doppelpunkt, Wegname",
    headline: "Felssturz im Virgental: Straße bleibt gesperrt",
    standfirst:
      "Rund 8000 Kubikmeter Gestein sind am Montag auf die Landesstraße nach Prägraten " +
      "gestürzt. Der Bürgermeister spricht von „großem Glück“.",
    paragraphs: [
      "Ein Felssturz hat am Montagmorgen die Virgentalstraße (L24) zwischen Virgen und " +
        "Prägraten am Großvenediger verschüttet. Verletzt wurde niemand. Rund 1200 Einwohner " +
        "sind seither nur über einen Notweg erreichbar.",
      "„Fünf Minuten vorher ist noch der Schulbus da durchgefahren“, sagt Bürgermeister Anton " +
        "Steiner. Er spricht von „großem Glück“. Der 56-Jährige hat im Gemeindeamt einen " +
        "Krisenstab eingerichtet.",
      "Landesgeologe Bernhard Troyer begutachtete die Abbruchstelle am Nachmittag aus dem " +
        "Hubschrauber. „Oberhalb hängen noch mindestens 3000 Kubikmeter lose. Solange wir die " +
        "nicht kontrolliert sprengen, können wir niemanden auf die Straße lassen“, erklärte der " +
        "Geologe.",
      "Als Ursache vermutet Troyer den Wechsel von Frost und Tauwetter der vergangenen " +
        "Wochen. Der auftauende Permafrost sei „ein Thema, das uns in den nächsten Jahren noch " +
        "öfter beschäftigen wird“.",
      "Das Land Tirol kündigte in einer Aussendung an, die Räumung „mit höchster Priorität“ " +
        "voranzutreiben. Mit einer Öffnung sei frühestens Ende nächster Woche zu rechnen.",
      "In Prägraten nimmt man es gelassen. Gastwirtin Maria Kratzer hat ihre Terrasse " +
        "trotzdem geöffnet: „Wir sind Kummer gewohnt. Das Tal hält zusammen.“ Für Einheimische " +
        "hat die Gemeinde einen Shuttle über den Forstweg „Bichler Alm“ organisiert.",
    ],
    quotes: [
      ["großem Glück", "Anton Steiner"],
      ["Fünf Minuten vorher ist noch der Schulbus da durchgefahren", "Anton Steiner"],
      [
        "Oberhalb hängen noch mindestens 3000 Kubikmeter lose. Solange wir die nicht " +
          "kontrolliert sprengen, können wir niemanden auf die Straße lassen",
        "Bernhard Troyer",
      ],
      ["ein Thema, das uns in den nächsten Jahren noch öfter beschäftigen wird", "Bernhard Troyer"],
      ["mit höchster Priorität", "Das Land Tirol"],
      ["Wir sind Kummer gewohnt. Das Tal hält zusammen.", "Maria Kratzer"],
    ],
  },
  {
    name:
      "Lausitzer Rundschau, Wirtschaft: Mitteilung des Unternehmens mit heißt es und " +
      "Teilzitat, Geschäftsführer als der 49-Jährige, Bürgermeisterin mit Fortsetzung, " +
      "Ministerium, Gewerkschafter mit Doppelpunkt, Analyst, Projektname",
    todo: "a fragment after „Man halte aber“ is missed",
    headline: "Zellfabrik in Schwarze Pumpe verschiebt Produktionsstart",
    paragraphs: [
      "Die geplante Batteriezellfabrik im Industriepark Schwarze Pumpe verzögert sich um " +
        "mindestens zwei Jahre. Die Betreiberfirma Lausitz Cell teilte am Donnerstag mit, die " +
        "Serienproduktion werde nicht vor 2029 beginnen. Ursprünglich sollten ab kommendem Jahr " +
        "600 Menschen dort arbeiten.",
      "„Die Nachfrage nach Elektroautos in Europa ist deutlich hinter allen Prognosen " +
        "zurückgeblieben“, heißt es in der Mitteilung des Unternehmens. Man halte aber „ohne " +
        "Abstriche“ am Standort fest.",
      "Geschäftsführer Dr. Henrik Salomon verteidigte die Entscheidung. „Wir bauen lieber " +
        "zwei Jahre später eine Fabrik, die läuft, als jetzt eine, die stillsteht“, sagte der " +
        "49-Jährige der Rundschau. Die bereits eingestellten 140 Beschäftigten behalte man.",
      "In Spremberg ist die Enttäuschung groß. „Wir haben Bauland erschlossen, eine Kita " +
        "geplant, Wohnungen angeschoben“, sagte Bürgermeisterin Katrin Zschornack. „Jetzt " +
        "hängen wir wieder in der Luft.“",
      "Das Brandenburger Wirtschaftsministerium erklärte, die zugesagten Fördermittel von 180 " +
        "Millionen Euro blieben „grundsätzlich reserviert“.",
      "Die IG BCE sieht das Projekt dennoch nicht gefährdet. Bezirksleiter Ronny Kaltofen " +
        "sagte: „Solange die Leute bezahlt werden und das Werk gebaut wird, ist das eine " +
        "Verschiebung und kein Aus.“",
      "Skeptischer äußert sich Branchenanalyst Tobias Reinhold von der Beratung Mobility " +
        "Insights. „Wer 2029 startet, trifft auf chinesische Konkurrenz, die dann noch einmal " +
        "deutlich billiger produziert“, sagt er. Den Projektnamen „Lausitz 2.0“ hält er für " +
        "reines Marketing.",
    ],
    quotes: [
      [
        "Die Nachfrage nach Elektroautos in Europa ist deutlich hinter allen Prognosen " + "zurückgeblieben",
        "Lausitz Cell",
      ],
      ["ohne Abstriche", "Lausitz Cell"],
      [
        "Wir bauen lieber zwei Jahre später eine Fabrik, die läuft, als jetzt eine, die stillsteht",
        "Henrik Salomon",
      ],
      ["Wir haben Bauland erschlossen, eine Kita geplant, Wohnungen angeschoben", "Katrin Zschornack"],
      ["Jetzt hängen wir wieder in der Luft.", "Katrin Zschornack"],
      ["grundsätzlich reserviert", "Das Brandenburger Wirtschaftsministerium"],
      [
        "Solange die Leute bezahlt werden und das Werk gebaut wird, ist das eine Verschiebung " +
          "und kein Aus.",
        "Ronny Kaltofen",
      ],
      [
        "Wer 2029 startet, trifft auf chinesische Konkurrenz, die dann noch einmal deutlich " +
          "billiger produziert",
        "Tobias Reinhold",
      ],
    ],
  },
  {
    name:
      "Allgemeine Zeitung Mainz, Bildung: Elternausschuss im Vorspann mit Teilzitat, " +
      "Vorsitzende nach dem Zitat, Dezernentin mit Doktortitel und als die Dezernentin, " +
      "Teilzitat des Oppositionssprechers, Schulleiterin mit Doppelpunkt, Firmenname und " +
      "Aufruf",
    headline: "Schulessen in Mainz wird teurer",
    standfirst:
      "Ab Februar kostet ein Mittagessen an Mainzer Grundschulen 4,60 Euro statt 3,80 Euro. " +
      "Für viele Familien sei das „kaum noch zu stemmen“, sagt der Stadtelternausschuss.",
    paragraphs: [
      "Die Stadt Mainz erhöht zum 1. Februar die Preise für das Mittagessen an ihren 27 " +
        "Grundschulen mit Ganztagsangebot. Das hat der Stadtrat am Mittwoch mit den Stimmen der " +
        "Ampel-Koalition beschlossen. Begründet wird der Schritt mit gestiegenen Lebensmittel- " +
        "und Personalkosten des Caterers.",
      "Der Stadtelternausschuss reagierte empört. „Für eine Familie mit drei Kindern sind das " +
        "im Jahr fast 500 Euro mehr. Das ist für viele nicht mehr machbar“, sagte die " +
        "Vorsitzende Svenja Marquardt.",
      "Schuldezernentin Dr. Katharina Bendel (SPD) verteidigte die Erhöhung. „Wir haben die " +
        "Preise vier Jahre lang stabil gehalten, obwohl die Kosten gestiegen sind“, sagte die " +
        "Dezernentin. Familien mit geringem Einkommen zahlten über das Bildungs- und " +
        "Teilhabepaket weiterhin nur einen Euro.",
      "Die CDU-Opposition hatte beantragt, die Erhöhung auf 40 Cent zu begrenzen. Ihr " +
        "bildungspolitischer Sprecher Florian Seibel warf der Koalition vor, „auf dem Rücken " +
        "der Kinder“ zu sparen.",
      "An der Leibniz-Grundschule in der Neustadt essen schon jetzt nur noch gut die Hälfte " +
        "der Ganztagskinder in der Mensa. Schulleiterin Petra Nauheimer beobachtet das mit " +
        "Sorge: „Manche Kinder sitzen mittags mit einer Scheibe Toast da. Wer hungrig ist, kann " +
        "nachmittags nicht lernen.“",
      "Der Caterer, die Firma „Rheinküche“ aus Ingelheim, äußerte sich auf Anfrage nicht. In " +
        "Elterngruppen kursiert inzwischen ein Aufruf unter dem Motto „Kein Kind ohne " +
        "Mittagessen“, der für Montag zu einer Mahnwache vor dem Rathaus einlädt.",
    ],
    quotes: [
      ["kaum noch zu stemmen", "der Stadtelternausschuss"],
      [
        "Für eine Familie mit drei Kindern sind das im Jahr fast 500 Euro mehr. Das ist für " +
          "viele nicht mehr machbar",
        "Svenja Marquardt",
      ],
      [
        "Wir haben die Preise vier Jahre lang stabil gehalten, obwohl die Kosten gestiegen sind",
        "Katharina Bendel",
      ],
      ["auf dem Rücken der Kinder", "Florian Seibel"],
      [
        "Manche Kinder sitzen mittags mit einer Scheibe Toast da. Wer hungrig ist, kann " +
          "nachmittags nicht lernen.",
        "Petra Nauheimer",
      ],
    ],
  },
]);
