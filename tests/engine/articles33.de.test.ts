// A thirty-third round of composed German news articles, in the styles of outlets and beats the first
// thirty-two rounds (articles.de to articles32.de) did not use: Walsroder Zeitung (local life: the last
// village shop of a Heide village run by volunteers, its founder in the headline named in the body, a
// continuation with no verb, two women in one paragraph with „sagt“ and „winkt ab:“, the council's fragment
// with „sprach von“, a shop's nickname, an unnamed customer), Wetterauer Zeitung (education: a school's
// canteen closing, the head teacher split around „sagt“, the parents' letter as a speaker, the district's
// fragment with „heißt es“, a pupil with „erzählt die 15-Jährige“, a book's title), Altmühl-Bote
// (environment: low water in the Altmühl, the water authority's head in the standfirst named in the body,
// „so Lechner“, a fisher with „schimpft“, the ministry's fragment in reported speech, a scare-quoted word),
// Hallertauer Zeitung (business: a hop harvest, the grower with „meint der 52-Jährige“, a quote over two
// paragraphs, the trade association's report with „Laut“, two men in one paragraph with „sagt“ and
// „ergänzt:“, a hop variety's name), Wolfsburger Allgemeine (sport: a women's cup match, the coach with
// „sagte Trainerin“ and a split quote, the captain's fragment, the club's statement, a chant on a banner,
// an unnamed fan), Fehmarnsches Tageblatt (transport: the Fehmarnsund bridge closed for works, the railway's
// spokeswoman with „teilte mit“, a ferry's name, an inverted „klagt Hotelier“, an unnamed commuter, the
// mayor's fragment in the headline), Bezirksblätter (Austria, crime: break-ins at Tyrolean huts, the police
// with „Laut Landespolizeidirektion“, a hut landlord with „ärgert sich der Hüttenwirt“, an unnamed
// investigator, the name of a hut and of a campaign), Werdenberger & Obertoggenburger (Switzerland, courts,
// with «…» and no ß: a fraud trial over a cattle sale, the prosecutor's fragment, the accused split around
// „sagte der 58-Jährige“, the defence, the presiding judge, the indictment as a speaker), Entlebucher
// Anzeiger (Switzerland, health, with «…» and no ß: a village practice reopening, the new doctor with
// „erzählt sie“, the municipal president with a colon, the canton's fragment with „heisst es“, two women in
// one paragraph, an unnamed patient) and Peiner Allgemeine Zeitung (politics: a council vote on a wind
// farm, the mayor's fragment in the standfirst named in the body, two men in one paragraph with „hielt …
// entgegen“, the citizens' initiative, a motion's title, a scare-quoted word). Every article was written for
// these tests, blind, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Walsroder Zeitung, Lokales: Gründerin in der Überschrift nur im Text genannt mit „sagt die " +
      "71-Jährige“, Fortsetzung ohne Verb, Spitzname des Ladens, zwei Frauen in einem Absatz („sagt“, " +
      "„winkt ab:“), Teilzitat des Ortsrats mit „sprach von“, ungenannter Kunde",
    headline: "„Ohne den Laden wäre das Dorf tot“: Ehrenamtliche retten den letzten Einkauf in Düshorn",
    standfirst:
      "Seit einem Jahr führen 38 Freiwillige den Dorfladen. Die Bilanz fällt besser aus als gedacht.",
    paragraphs: [
      "Düshorn. Der Kaffee ist frisch, die Brötchen kommen um sieben vom Bäcker aus Walsrode, und an der " +
        "Kasse sitzt heute Gisela Wöhler. Sie hat den Verein „Unser Laden Düshorn“ vor einem " +
        "Jahr gegründet, als der letzte Kaufmann aufgab. „Ohne den Laden wäre das Dorf tot“, sagt die " +
        "71-Jährige.",
      "Im Dorf heißt der kleine Markt an der Hauptstraße längst nur „die Zentrale“. Wer hier einkauft, " +
        "bleibt meist eine Weile stehen. Wöhler kennt fast alle mit Namen. „Das hier ist kein Geschäft. " +
        "Das ist ein Wohnzimmer mit Kühltheke.“",
      "Gut 60.000 Euro Umsatz hat der Laden im ersten Jahr gemacht, Gewinn bleibt kaum. „Wir müssen " +
        "keine Rendite bringen, nur die Miete“, sagt Kassenwartin Birte Hollmann. Ihre Nachbarin Anke " +
        "Meyer, die samstags die Regale auffüllt, winkt ab: „Rechnen tut die Birte. Ich schleppe Kisten.“",
      "Der Ortsrat hatte das Projekt mit 5000 Euro Anschubhilfe unterstützt. Ortsbürgermeister Jörg " +
        "Stolte (CDU) sprach in der jüngsten Sitzung von einem „Vorbild für die ganze Heide“.",
      "Ein älterer Kunde, der mit dem Rollator gekommen ist, packt Milch und Zeitung in seinen Korb. " +
        "„Nach Walsrode komme ich nicht mehr allein. Ohne die Damen hier hätte ich ein Problem.“",
      "Sorgen macht dem Verein vor allem der Nachwuchs an Helfern. Wöhler bleibt trotzdem gelassen. " +
        "„Bis jetzt hat sich noch immer jemand gefunden“, sagt sie. „Das wird auch so bleiben.“",
    ],
    quotes: [
      ["Ohne den Laden wäre das Dorf tot", "Gisela Wöhler"],
      ["Das hier ist kein Geschäft. Das ist ein Wohnzimmer mit Kühltheke.", "Gisela Wöhler"],
      ["Wir müssen keine Rendite bringen, nur die Miete", "Birte Hollmann"],
      ["Rechnen tut die Birte. Ich schleppe Kisten.", "Anke Meyer"],
      ["Vorbild für die ganze Heide", "Jörg Stolte"],
      [
        "Nach Walsrode komme ich nicht mehr allein. Ohne die Damen hier hätte ich ein Problem.",
        "Ein älterer Kunde",
      ],
      ["Bis jetzt hat sich noch immer jemand gefunden", "Gisela Wöhler"],
      ["Das wird auch so bleiben.", "Gisela Wöhler"],
    ],
  },
  {
    name:
      "Wetterauer Zeitung, Bildung: Schulleiter geteilt um „sagt“, Elternbrief als Sprecher mit " +
      "„heißt es“, Teilzitat des Kreises, Schülerin mit „erzählt die 15-Jährige“, Buchtitel, " +
      "Konjunktiv ohne Zeichen",
    todo:
      "«Übergangsphase» goes to Der Kreis, not Wetteraukreis; «spätestens nach den Osterferien» goes to " +
      "Der Kreis, not Wetteraukreis (`Der Kreis` is read as no short form of the compound `Wetteraukreis`)",
    headline: "Mensa der Gesamtschule Nidda schließt: Eltern protestieren",
    standfirst:
      "Weil der Caterer gekündigt hat, gibt es ab Februar kein warmes Mittagessen mehr. Der Kreis " +
      "sucht einen Ersatz.",
    paragraphs: [
      "Nidda. Rund 400 Essen gingen in der Mensa der Gesamtschule Nidda bisher jeden Tag über die " +
        "Theke. Ab dem 1. Februar bleibt die Küche kalt. „Wir haben das auch erst vor drei Wochen " +
        "erfahren“, sagt Schulleiter Matthias Reuter, „und seitdem telefoniere ich jeden Tag herum.“",
      "Der bisherige Caterer aus Büdingen hat den Vertrag gekündigt, er finde nicht genügend Personal. " +
        "Reuter zufolge haben viele Schüler an vier Tagen in der Woche Unterricht bis 15.30 Uhr.",
      "Der Schulelternbeirat hat sich in einem Brief an den Wetteraukreis gewandt. „Kinder, die bis " +
        "zum Nachmittag lernen sollen, brauchen eine warme Mahlzeit“, heißt es in dem Schreiben, das " +
        "unserer Zeitung vorliegt. „Ein Brötchen vom Bäcker ist keine Lösung.“",
      "Der Kreis als Schulträger spricht von einer „Übergangsphase“. Man sei mit zwei Anbietern im " +
        "Gespräch, eine Lösung solle „spätestens nach den Osterferien“ stehen, heißt es aus Friedberg.",
      "Lea Schmidt aus der 9b hat mit ihrer Klasse Unterschriften gesammelt. „Viele von uns sind um " +
        "halb sieben aus dem Haus, und um drei haben wir dann nur Hunger“, erzählt die 15-Jährige.",
      "Reuter will bis dahin improvisieren: Der Förderverein soll eine Suppenküche organisieren. Im " +
        "Lehrerzimmer liegt schon ein Exemplar von „Kochen für 100“ auf dem Tisch. „Ganz ernst gemeint " +
        "ist das nicht“, sagt er und lacht.",
    ],
    quotes: [
      ["Wir haben das auch erst vor drei Wochen erfahren", "Matthias Reuter"],
      ["und seitdem telefoniere ich jeden Tag herum.", "Matthias Reuter"],
      ["Kinder, die bis zum Nachmittag lernen sollen, brauchen eine warme Mahlzeit", "Der Schulelternbeirat"],
      ["Ein Brötchen vom Bäcker ist keine Lösung.", "Der Schulelternbeirat"],
      ["Übergangsphase", "Wetteraukreis"],
      ["spätestens nach den Osterferien", "Wetteraukreis"],
      [
        "Viele von uns sind um halb sieben aus dem Haus, und um drei haben wir dann nur Hunger",
        "Lea Schmidt",
      ],
      ["Ganz ernst gemeint ist das nicht", "Matthias Reuter"],
    ],
  },
  {
    name:
      "Altmühl-Bote, Umwelt: Behördenleiter im Vorspann als „der Behördenleiter“ zitiert und im Text " +
      "genannt mit „so Lechner“, Fischer mit „schimpft“, Teilzitat des Ministeriums in indirekter Rede, " +
      "Anführungszeichen als Distanzierung, ungenannter Landwirt",
    headline: "Niedrigwasser: Altmühl führt so wenig Wasser wie seit 2018 nicht mehr",
    standfirst:
      "Das Wasserwirtschaftsamt verbietet Entnahmen aus Bächen. „Jeder Liter zählt jetzt“, sagt der " +
      "Behördenleiter.",
    paragraphs: [
      "Gunzenhausen. Am Pegel in Thann zeigt die Messlatte nur noch 48 Zentimeter. Normal wären im " +
        "August mehr als doppelt so viel. Das Wasserwirtschaftsamt Ansbach hat deshalb am Montag per " +
        "Allgemeinverfügung verboten, Wasser aus der Altmühl und ihren Nebenbächen abzupumpen.",
      "„Wir sehen an vielen kleinen Gewässern, dass sie trockenfallen“, erklärt Amtsleiter Thomas " +
        "Lechner. Wer gegen das Verbot verstößt, muss mit einem Bußgeld rechnen. „Jeder Liter zählt " +
        "jetzt“, so Lechner.",
      "Betroffen sind vor allem Fische. Reinhold Grasser vom Fischereiverein Gunzenhausen hat in den " +
        "vergangenen Tagen tote Brachsen aus dem Wasser geholt. „Der Sauerstoff geht runter, die " +
        "Temperatur rauf. Das halten die Tiere nicht lange aus“, schimpft der Vorsitzende.",
      "Das Bayerische Umweltministerium verweist auf das Überleitungssystem vom Altmühlsee " +
        "zum Brombachsee. " +
        "Dieses werde „im Rahmen der Möglichkeiten“ so gesteuert, dass die Altmühl nicht austrockne.",
      "Bei manchen Landwirten stößt das Verbot auf Unverständnis. Ein Gemüsebauer aus Aha, der seine " +
        "Felder bisher aus einem Graben bewässert, spricht von „Schreibtischökologie“ der Behörden: " +
        "„Die sitzen im Büro, und meine Salate vertrocknen.“",
      "Am Ufer in Gunzenhausen hängt seit Wochen ein Schild mit der Aufschrift „Baden auf eigene " +
        "Gefahr“. Die Stadt rät wegen der Blaualgen inzwischen ganz davon ab. Der sogenannte " +
        "„Sommerfluss“ ist in diesem Jahr eher eine Pfütze.",
    ],
    quotes: [
      ["Jeder Liter zählt jetzt", "Thomas Lechner"],
      ["Wir sehen an vielen kleinen Gewässern, dass sie trockenfallen", "Thomas Lechner"],
      [
        "Der Sauerstoff geht runter, die Temperatur rauf. Das halten die Tiere nicht lange aus",
        "Reinhold Grasser",
      ],
      ["im Rahmen der Möglichkeiten", "Das Bayerische Umweltministerium"],
      ["Schreibtischökologie", "Ein Gemüsebauer aus Aha"],
      ["Die sitzen im Büro, und meine Salate vertrocknen.", "Ein Gemüsebauer aus Aha"],
    ],
  },
  {
    name:
      "Hallertauer Zeitung, Wirtschaft: Hopfenbauer mit „meint der 52-Jährige“, Zitat über zwei " +
      "Absätze, Bericht des Verbands mit „Laut“, zwei Männer in einem Absatz („sagt“, „ergänzt:“), " +
      "Name einer Hopfensorte, Zitat mit Doppelpunkt ohne Verb",
    headline: "Hopfenernte: Menge gut, Preise schlecht",
    standfirst: "Die Pflanzer in der Hallertau ernten mehr als im Vorjahr. Freude kommt trotzdem kaum auf.",
    paragraphs: [
      "Mainburg. Auf dem Hof von Stefan Huber in Sandelzhausen laufen die Pflückmaschinen seit Ende " +
        "August fast rund um die Uhr. Die Dolden sind groß und gesund, die Alphasäure-Werte gut. " +
        "„Vom Feld her ist das ein ordentliches Jahr“, meint der 52-Jährige. „Nur kaufen will das " +
        "keiner.“",
      "Seit Monaten sinken die Preise auf dem freien Markt. Die Brauereien weltweit verkaufen weniger " +
        "Bier und haben noch volle Lager. Laut Erntebericht des Verbands deutscher Hopfenpflanzer " +
        "liegt der Spotpreis für Aromasorten „teils unter den Produktionskosten“.",
      "Huber hat zwölf Hektar mit der Sorte „Perle“ bepflanzt, der Rest ist Herkules. Er sagt: " +
        "„Ich habe zum Glück viel über Vorverträge verkauft. Wer auf den freien Markt gesetzt hat, " +
        "den erwischt es jetzt.",
      "„Mein Vater hat solche Zeiten auch erlebt. Aber damals waren die Maschinen nicht so teuer.“",
      "Beim Hopfenring in Wolnzach sieht man die Lage ähnlich. „Wir raten niemandem, jetzt zu " +
        "roden“, sagt Berater Franz Sedlmeier. Sein Kollege Josef Brandl ergänzt: „Aber neue Gärten " +
        "anzulegen, wäre im Moment auch nicht klug.“",
      "Die Brauwirtschaft selbst gibt sich zurückhaltend. Eine Sprecherin des Bayerischen Brauerbundes " +
        "sagte, man erwarte „eine Stabilisierung frühestens 2026“.",
    ],
    quotes: [
      ["Vom Feld her ist das ein ordentliches Jahr", "Stefan Huber"],
      ["Nur kaufen will das keiner.", "Stefan Huber"],
      ["teils unter den Produktionskosten", "Erntebericht des Verbands deutscher Hopfenpflanzer"],
      [
        "Ich habe zum Glück viel über Vorverträge verkauft. Wer auf den freien Markt gesetzt hat, " +
          "den erwischt es jetzt.",
        "Stefan Huber",
      ],
      [
        "Mein Vater hat solche Zeiten auch erlebt. Aber damals waren die Maschinen nicht so teuer.",
        "Stefan Huber",
      ],
      ["Wir raten niemandem, jetzt zu roden", "Franz Sedlmeier"],
      ["Aber neue Gärten anzulegen, wäre im Moment auch nicht klug.", "Josef Brandl"],
      ["eine Stabilisierung frühestens 2026", "Eine Sprecherin des Bayerischen Brauerbundes"],
    ],
  },
  {
    name:
      "Wolfsburger Allgemeine, Sport: Trainerin mit „sagte Trainerin“ und geteiltem Zitat, Teilzitat " +
      "der Kapitänin, Mitteilung des Vereins mit Doppelpunkt, Spruch auf einem Transparent, " +
      "Spitzname, ungenannter Fan, " +
      "Pronomen",
    headline: "Pokal-Aus in der Verlängerung: VfL-Frauen hadern mit dem Schiedsrichter",
    paragraphs: [
      "Wolfsburg. Es lief die 113. Minute, als der Ball nach einem Eckstoß im Tor der Wölfinnen landete. " +
        "Ob Stürmerin Fenna Dijkman vorher die Torhüterin behindert hatte, darüber wurde im AOK " +
        "Stadion noch lange diskutiert. Am Ende stand ein 1:2 gegen Eintracht Frankfurt und das Aus " +
        "im Viertelfinale des DFB-Pokals.",
      "„Für mich ist das ein klares Foul“, sagte Trainerin Stefanie Lorenz nach dem Spiel. „Wenn wir " +
        "so ein Tor kriegen, dann tut das doppelt weh.“ Ihre Mannschaft habe über weite Strecken das " +
        "Spiel gemacht.",
      "Kapitänin Jule Hartwig, die den Ausgleich in der 71. Minute erzielt hatte, sprach von einem " +
        "„bitteren Abend“. Sie wolle aber „nicht alles am Schiri festmachen“. Vor allem in der ersten " +
        "Halbzeit hätten die Wölfinnen zu viele Chancen liegen lassen.",
      "Der VfL teilte am späten Abend mit: „Wir werden die Szene in Ruhe " +
        "auswerten und uns gegebenenfalls an den DFB wenden.“",
      "Die 5400 Zuschauer hatten ihre Mannschaft bis zum Schluss nach vorn getrieben. In der Nordkurve " +
        "hing ein Transparent mit der Aufschrift „Grün-Weiß bis in den Tod“. Ein Fan, der seit den " +
        "Neunzigern zu den Frauen kommt, war trotzdem zufrieden: „So voll war es hier im Pokal noch nie.“",
      "Lorenz richtete den Blick schon auf das Bundesligaspiel am Sonntag in Leverkusen. „Wir haben " +
        "keine Zeit zum Trauern“, sagte sie. Auch die verletzte „Turbo-Tessa“ Tessa Brand könnte dann " +
        "wieder im Kader stehen.",
    ],
    quotes: [
      ["Für mich ist das ein klares Foul", "Stefanie Lorenz"],
      ["Wenn wir so ein Tor kriegen, dann tut das doppelt weh.", "Stefanie Lorenz"],
      ["bitteren Abend", "Jule Hartwig"],
      ["nicht alles am Schiri festmachen", "Jule Hartwig"],
      ["Wir werden die Szene in Ruhe auswerten und uns gegebenenfalls an den DFB wenden.", "Der VfL"],
      ["So voll war es hier im Pokal noch nie.", "Ein Fan"],
      ["Wir haben keine Zeit zum Trauern", "Stefanie Lorenz"],
    ],
  },
  {
    name:
      "Fehmarnsches Tageblatt, Verkehr: Teilzitat des Bürgermeisters in der Überschrift nur im Text " +
      "genannt, Bahnsprecherin mit „teilte mit“, Name einer Brücke und einer Fähre, invertiertes „klagt " +
      "Hotelier“, ungenannte Pendlerin, Pronomen",
    headline: "Sundbrücke gesperrt: Bürgermeister fürchtet „Chaos zur Hauptsaison“",
    standfirst: "Die Bahn saniert die Fehmarnsundbrücke. Für Pendler und Urlauber wird es eng.",
    paragraphs: [
      "Burg. Vom 2. Juni an ist die „Kleiderbügel“ genannte Fehmarnsundbrücke für drei Wochen nur noch " +
        "einspurig befahrbar, an zwei Wochenenden wird sie voll gesperrt. Züge fahren in dieser Zeit " +
        "gar nicht auf die Insel, es gibt Busersatzverkehr ab Großenbrode.",
      "Die Deutsche Bahn begründet den Zeitpunkt mit den Fristen für den Korrosionsschutz. „Die Arbeiten " +
        "lassen sich aus technischen Gründen nicht in den Herbst verschieben“, teilte eine Sprecherin " +
        "der Bahn auf Anfrage mit.",
      "Fehmarns Bürgermeister Jörg Weber (parteilos) hält das für einen Fehler. Er befürchte „Chaos zur " +
        "Hauptsaison“, sagte er dem Tageblatt. „Wir haben in den Juniwochen bis zu 20.000 Gäste am " +
        "Tag auf der Insel. Die kommen alle über diese eine Brücke.“",
      "Auch die Betriebe sind alarmiert. „Wer zwei Stunden im Stau steht, bucht nächstes Jahr Ostsee " +
        "woanders“, klagt Hotelier Nils Petersen aus Burgtiefe.",
      "Eine Pflegerin, die jeden Morgen von Heiligenhafen zur Arbeit auf die Insel fährt, hat sich " +
        "schon Urlaub genommen. „Anders schaffe ich das mit den Kindern nicht.“",
      "Ersatz auf dem Wasser gibt es nicht: Die Fähre „Schleswig-Holstein“ fährt nur nach Dänemark. " +
        "Weber will " +
        "nun beim Land vorsprechen. „Wenigstens die Vollsperrungen müssen weg vom Wochenende“, sagt er.",
    ],
    quotes: [
      ["Chaos zur Hauptsaison", "Jörg Weber"],
      [
        "Die Arbeiten lassen sich aus technischen Gründen nicht in den Herbst verschieben",
        "eine Sprecherin der Bahn",
      ],
      [
        "Wir haben in den Juniwochen bis zu 20.000 Gäste am Tag auf der Insel. Die kommen alle über " +
          "diese eine Brücke.",
        "Jörg Weber",
      ],
      ["Wer zwei Stunden im Stau steht, bucht nächstes Jahr Ostsee woanders", "Nils Petersen"],
      ["Anders schaffe ich das mit den Kindern nicht.", "Eine Pflegerin"],
      ["Wenigstens die Vollsperrungen müssen weg vom Wochenende", "Jörg Weber"],
    ],
  },
  {
    name:
      "Bezirksblätter, Chronik (Österreich): Einbrüche in Almhütten, Polizei mit „Laut " +
      "Landespolizeidirektion“, Hüttenwirt mit „ärgert sich der Hüttenwirt“, ungenannter Ermittler, " +
      "Name einer Hütte und einer Aktion, zwei Männer in einem Absatz",
    todo:
      "«Die wissen genau, wo was zu holen ist. Das si…» goes to Ein Ermittler, not Ein Ermittler, " +
      "der namentlich nicht genannt werden will",
    headline: "Einbruchsserie auf Almen im Zillertal: „Die nehmen sogar den Schnaps mit“",
    paragraphs: [
      "Zillertal. Seit Anfang November sind im hinteren Zillertal mindestens elf Almhütten aufgebrochen " +
        "worden. Die Täter kommen offenbar nachts, wenn die Hütten längst winterfest gemacht und " +
        "verlassen sind. Laut Landespolizeidirektion Tirol liegt der Schaden bereits „im mittleren " +
        "fünfstelligen Bereich“.",
      "Besonders schlimm erwischt hat es die „Grüne-Wand-Hütte“ oberhalb von Mayrhofen. Dort wurden " +
        "Fenster eingeschlagen, Solarpaneele abmontiert und das Lager ausgeräumt. „Die nehmen sogar den " +
        "Schnaps mit“, ärgert sich der Hüttenwirt Hannes Eberharter. „Und was sie nicht brauchen, " +
        "schmeißen sie auf den Boden.“",
      "Auch sein Nachbar auf der Alm, Bauer Sepp Kröll, hat Anzeige erstattet. „Ich fahre jetzt jede " +
        "Woche hinauf und schau nach“, sagt der 63-Jährige. Eberharter nickt: „Mehr können wir nicht " +
        "machen.“",
      "Ein Ermittler, der namentlich nicht genannt werden will, geht von einer organisierten Gruppe " +
        "aus: „Die wissen genau, wo was zu holen ist. Das sind keine Zufallstäter.“",
      "Die Polizei hat unter dem Titel „Sichere Alm“ eine Aktion gestartet und bittet Wanderer und " +
        "Jäger um Hinweise auf verdächtige Fahrzeuge auf den Forstwegen. Sachdienliche Hinweise nimmt " +
        "jede Polizeiinspektion entgegen.",
    ],
    quotes: [
      ["im mittleren fünfstelligen Bereich", "Landespolizeidirektion Tirol"],
      ["Die nehmen sogar den Schnaps mit", "Hannes Eberharter"],
      ["Und was sie nicht brauchen, schmeißen sie auf den Boden.", "Hannes Eberharter"],
      ["Ich fahre jetzt jede Woche hinauf und schau nach", "Sepp Kröll"],
      ["Mehr können wir nicht machen.", "Hannes Eberharter"],
      [
        "Die wissen genau, wo was zu holen ist. Das sind keine Zufallstäter.",
        "Ein Ermittler, der namentlich nicht genannt werden will",
      ],
    ],
  },
  {
    name:
      "Werdenberger & Obertoggenburger, Gericht (Schweiz, «…», kein ß): Betrug beim Viehhandel, " +
      "Anklageschrift als Sprecherin, Teilzitat des Staatsanwalts, Beschuldigter geteilt um „sagte der " +
      "58-Jährige“, Verteidigerin, Gerichtspräsident, Konjunktiv ohne Zeichen",
    todo:
      "«Ich habe jede Kuh angeschaut, bevor ich sie v…» goes to Reto Gantenbein, not Der " +
      "Beschuldigte; «aber ich bin kein Tierarzt.» goes to Reto Gantenbein, not Der Beschuldigte",
    headline: "Kranke Kühe als gesund verkauft: Viehhändler verurteilt",
    standfirst:
      "Das Kreisgericht Werdenberg-Sarganserland hat einen Händler aus dem Toggenburg wegen Betrugs " +
      "verurteilt. Er will das Urteil weiterziehen.",
    paragraphs: [
      "Mels. Zwischen 2021 und 2023 soll der heute 58-jährige Viehhändler aus Wattwil mindestens 17 " +
        "Kühe an Bauern im Werdenberg verkauft haben, die an einer ansteckenden Euterentzündung litten. " +
        "In der Anklageschrift heisst es, er habe «die Erkrankungen gekannt und bewusst verschwiegen».",
      "Staatsanwalt Reto Gantenbein sprach vor Gericht von einem «planmässigen Vorgehen». Mehrere " +
        "Käufer hätten ihre ganzen Bestände behandeln lassen müssen, ein Bauer aus Gams habe sechs Tiere " +
        "verloren. Er forderte eine bedingte Freiheitsstrafe von 18 Monaten.",
      "Der Beschuldigte bestritt die Vorwürfe. «Ich habe jede Kuh angeschaut, bevor ich sie verkauft " +
        "habe», sagte der 58-Jährige, «aber ich bin kein Tierarzt.» Seine Verteidigerin Monika " +
        "Rüegg-Huber verlangte einen Freispruch: «Niemand kann beweisen, was mein Mandant wusste.»",
      "Das Gericht sah das anders. Es verurteilte den Händler zu einer bedingten Freiheitsstrafe von " +
        "14 Monaten und einer Busse von 5000 Franken. «Die Zeugen haben übereinstimmend und glaubhaft " +
        "ausgesagt», begründete Gerichtspräsident Andreas Bösch das Urteil.",
      "Das Urteil ist nicht rechtskräftig. Rüegg-Huber kündigte nach der Verhandlung an, es ans " +
        "Kantonsgericht weiterzuziehen.",
    ],
    quotes: [
      ["die Erkrankungen gekannt und bewusst verschwiegen", "Anklageschrift"],
      ["planmässigen Vorgehen", "Reto Gantenbein"],
      ["Ich habe jede Kuh angeschaut, bevor ich sie verkauft habe", "Der Beschuldigte"],
      ["aber ich bin kein Tierarzt.", "Der Beschuldigte"],
      ["Niemand kann beweisen, was mein Mandant wusste.", "Monika Rüegg-Huber"],
      ["Die Zeugen haben übereinstimmend und glaubhaft ausgesagt", "Andreas Bösch"],
    ],
  },
  {
    name:
      "Entlebucher Anzeiger, Gesundheit (Schweiz, «…», kein ß): Hausarztpraxis öffnet wieder, Ärztin " +
      "mit „erzählt sie“, Gemeindepräsident mit Doppelpunkt, Teilzitat des Kantons mit „heisst es“, " +
      "zwei Frauen in einem Absatz, ungenannte Patientin, Name eines Programms",
    todo: "«Viele haben mich auf der Strasse gefragt, wan…» goes to Carla Zemp, not Ruth Studer",
    headline: "Escholzmatt hat wieder eine Hausärztin",
    standfirst:
      "Zwei Jahre lang mussten die Patientinnen und Patienten nach Schüpfheim ausweichen. Jetzt ist die " +
      "Praxis an der Hauptstrasse wieder offen.",
    paragraphs: [
      "Escholzmatt. Im Wartezimmer sitzen schon am ersten Morgen acht Leute. Carla Zemp, 39, hat die " +
        "verwaiste Praxis von Hausarzt Josef Limacher übernommen, der 2022 in Pension ging. Die " +
        "Ärztin stammt aus Marbach und hat zuletzt am Kantonsspital in Wolhusen gearbeitet. «Ich wollte " +
        "immer zurück aufs Land», erzählt sie. «Hier kennt man die Familien über Generationen.»",
      "Möglich wurde die Wiedereröffnung auch dank der Gemeinde, die die Räume günstig vermietet und " +
        "beim Umbau mitgezahlt hat. Gemeindepräsident Urs Portmann ist erleichtert: «Eine Gemeinde " +
        "ohne Hausarzt verliert zuerst die Älteren und dann die jungen Familien.»",
      "Zemp arbeitet nicht allein. Die medizinische Praxisassistentin Ruth Studer war schon bei " +
        "Limacher angestellt. «Viele haben mich auf der Strasse gefragt, wann es wieder losgeht», sagt " +
        "sie. Zemp lacht: «Ruth ist das eigentliche Gedächtnis dieser Praxis.»",
      "Der Kanton Luzern unterstützt die Praxis über das Programm «Hausarztmedizin Luzern plus» mit " +
        "einem Beitrag an die Ausbildung einer Assistenzärztin. Die Nachfolge auf dem Land sei «eine " +
        "der grössten Herausforderungen der Grundversorgung», heisst es beim Gesundheits- und " +
        "Sozialdepartement.",
      "Eine Patientin, die mit ihrem kranken Sohn gekommen ist, ist froh um den kurzen Weg. «Nach " +
        "Schüpfheim ist es mit dem Postauto fast eine Stunde hin und zurück. Mit einem fiebrigen Kind " +
        "ist das kein Spass.»",
    ],
    quotes: [
      ["Ich wollte immer zurück aufs Land", "Carla Zemp"],
      ["Hier kennt man die Familien über Generationen.", "Carla Zemp"],
      [
        "Eine Gemeinde ohne Hausarzt verliert zuerst die Älteren und dann die jungen Familien.",
        "Urs Portmann",
      ],
      ["Viele haben mich auf der Strasse gefragt, wann es wieder losgeht", "Ruth Studer"],
      ["Ruth ist das eigentliche Gedächtnis dieser Praxis.", "Carla Zemp"],
      ["eine der grössten Herausforderungen der Grundversorgung", "Gesundheits- und Sozialdepartement"],
      [
        "Nach Schüpfheim ist es mit dem Postauto fast eine Stunde hin und zurück. Mit einem fiebrigen " +
          "Kind ist das kein Spass.",
        "Eine Patientin",
      ],
    ],
  },
  {
    name:
      "Peiner Allgemeine Zeitung, Politik: Teilzitat des Bürgermeisters im Vorspann nur im Text genannt, " +
      "zwei Männer in einem Absatz („sagte“, „hielt … entgegen“), Bürgerinitiative als Sprecherin, " +
      "Titel eines Antrags, Anführungszeichen als Distanzierung, Fraktionschefin mit „so“",
    todo: "«alle rechtlichen Möglichkeiten zu prüfen» goes to Gerd Wiechmann, not Gegenwind Peiner Land",
    headline: "Windpark Ilsede: Rat gibt grünes Licht",
    standfirst:
      "Nach zweistündiger Debatte stimmte der Gemeinderat für sieben Anlagen bei Gadenstedt. Der " +
      "Bürgermeister sprach von einem „Meilenstein für die Energiewende vor Ort“.",
    paragraphs: [
      "Ilsede. Mit 19 zu 12 Stimmen hat der Ilseder Gemeinderat am Donnerstagabend den Weg für den " +
        "Windpark zwischen Gadenstedt und Oberg frei gemacht. Bürgermeister Otto-Heinrich Löhr (SPD) " +
        "sprach nach der Abstimmung von einem „Meilenstein für die Energiewende vor Ort“.",
      "Zuvor hatten sich die Fraktionen einen harten Schlagabtausch geliefert. „Wir verdienen mit den " +
        "Pachten und der Beteiligung jedes Jahr sechsstellige Beträge“, sagte SPD-Ratsherr Michael " +
        "Kaczmarek. CDU-Fraktionschef Gerd Wiechmann hielt ihm entgegen: „Das Geld sehen die Leute in " +
        "Gadenstedt nicht, die sehen nur die Rotoren.“",
      "Die Bürgerinitiative „Gegenwind Peiner Land“ hatte vor dem Rathaus mit rund 80 Menschen " +
        "demonstriert. In einer schriftlichen Erklärung kündigte sie an, „alle rechtlichen Möglichkeiten " +
        "zu prüfen“. Die Abstände zu den Wohnhäusern seien zu gering. Das " +
        "Schlagwort von der „Verspargelung“ der Feldmark fiel an diesem Abend oft.",
      "Einen Antrag der CDU mit dem Titel „Bürgerwille vor Planungseile“, die Entscheidung bis nach " +
        "einer Einwohnerbefragung zu vertagen, lehnte die Mehrheit ab. Von einer echten Befragung könne " +
        "keine Rede sein, wenn das Ergebnis vorher feststehe, so Grünen-Fraktionschefin Svenja Hoppe. " +
        "„Wir haben seit drei Jahren jede Woche darüber geredet.“",
      "Der Betreiber, die Stadtwerke Peine, will noch in diesem Jahr den Antrag beim Landkreis " +
        "einreichen. Die ersten Anlagen könnten 2027 Strom liefern.",
    ],
    quotes: [
      ["Meilenstein für die Energiewende vor Ort", "Otto-Heinrich Löhr"],
      [
        "Wir verdienen mit den Pachten und der Beteiligung jedes Jahr sechsstellige Beträge",
        "Michael Kaczmarek",
      ],
      ["Das Geld sehen die Leute in Gadenstedt nicht, die sehen nur die Rotoren.", "Gerd Wiechmann"],
      ["alle rechtlichen Möglichkeiten zu prüfen", "Gegenwind Peiner Land"],
      ["Wir haben seit drei Jahren jede Woche darüber geredet.", "Svenja Hoppe"],
    ],
  },
]);
