// A thirty-ninth round of composed German news articles, in the styles of outlets and beats the first
// thirty-eight rounds (articles.de to articles38.de) did not use: Wirtschaft regional (Liechtenstein,
// business, «…» and no ß: a tool maker moves assembly abroad, the chief executive's headline quote in the
// body with „sagte der 56-Jährige“ and a continuation, the minister's standfirst fragment repeated in the
// body, the company's statement with „heisst es“, the staff representative after a colon, an unnamed
// assembly worker, an economist with „so Frick“, a programme's name), Autotouring (Luxembourg, consumer:
// waiting times for the vehicle inspection, the ACL director with „erklärt er“ and a continuation, an
// unnamed reader after a colon, a grand-ducal regulation with „heißt es im Text“, the minister in
// Konjunktiv then a quote standing alone, twin brothers sharing a surname, a campaign's name), Sportzeitung
// (Austria, sport: a late penalty win for Ried, the coach's headline quote in the body and „der Deutsche“,
// a goalkeeper and his brother sharing a surname, the opposing sporting director after a colon, the
// league's disciplinary senate with „hieß es“, an unnamed player, a chant, „so Kainz“), Pongauer
// Nachrichten (Salzburg, education: a teacher shortage, a headmistress with her title and „sagt sie“, the
// education directorate with „heißt es“, an unnamed mother after a colon, the parents' chairman in
// Konjunktiv then a quote standing alone, the provincial minister's fragment after „so die Landesrätin“, a
// pupil by first name, a programme's name), Schweizer Bauer (Switzerland, agriculture, «…» and no ß: the
// milk price falls, the headline quote in the body with „sagt der Landwirt“, husband and wife sharing a
// surname, the industry body with „schreibt die BO Milch“, the producers' president after a colon and a
// quote split by „sagt er“, an unnamed retailer's spokesman's fragment, a label's name), Frutigländer
// (Bernese Oberland, natural hazards, «…» and no ß: a debris flow in the Kiental, the municipal president's
// standfirst fragment repeated in the body, a resident after a colon and „sagt die Rentnerin“, the cantonal
// police's fragment, a geologist with his title, the fire chief in Konjunktiv then a quote standing alone,
// an unnamed tourist, a danger level's name), Der Burggräfler (South Tyrol, culture: an amateur theatre
// stages Schönherr, a play's title, the director with „meint sie“ and a continuation, the lead actor after
// his age, a chairman and his daughter sharing a surname, the culture minister's fragment after „sprach
// von“, an unnamed spectator after a colon), Grafschafter Nachrichten (Lower Saxony, transport: a railway
// extension to Coevorden, the managing director's headline quote in the body and „so Ter Haar“, the
// district administrator after a colon, a Dutch alderman with „sagt er“, a commuter, the passenger
// association's and the ministry's fragments, a train's name), Dürener Zeitung (North Rhine-Westphalia,
// science: a molten-salt store at Forschungszentrum Jülich, the institute head's standfirst fragment
// repeated in the body with „sagt die Physikerin“, a journal's and a project's names, the press release
// with „heißt es“, a doctoral student after a colon, a quote split by „sagt Brandt“, the mayor's one-word
// fragment, an unnamed farmer) and Pirmasenser Zeitung (Palatinate, courts: a bookkeeper's breach of
// trust, the judge's standfirst quote repeated in the body with a continuation, the accused through his
// lawyer, the prosecutor in Konjunktiv then a quote, „so Henrich“, the owner as a witness after a colon,
// an expert report quoted by the judge, a sham firm's name). Every article was written for these tests,
// blind, before the engine was run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Wirtschaft regional, Liechtenstein, Wirtschaft, «…» ohne ß: Überschriftszitat des CEO im Text, " +
      "„sagte der 56-Jährige“ mit Fortsetzung, Betriebsrätin nach Doppelpunkt, Mitteilung mit „heisst " +
      "es“, Regierungsrätin mit Teilzitat, ungenannter Mitarbeiter, Bankenökonom mit „so Frick“, " +
      "Programmname in Zeichen",
    todo: "«ein klares Bekenntnis zum Standort» goes to Markus Büchel, not Hiltec Anstalt",
    headline: "Hiltec baut in Schaan 60 Stellen ab: «Der Franken lässt uns keine Wahl»",
    standfirst:
      "Der Werkzeughersteller verlagert die Montage nach Tschechien. Die Regierung spricht von einem " +
      "«schmerzhaften Einschnitt».",
    paragraphs: [
      "Schaan. Die Hiltec Anstalt, einer der grösseren Industriebetriebe des Landes, streicht bis " +
        "Ende 2026 60 ihrer rund 420 Stellen in Schaan. Betroffen ist vor allem die Montage von " +
        "Bohrhämmern, die ins Werk nach Brno verlegt wird. Konzernchef Markus Büchel bestätigte die " +
        "Pläne am Montag vor der Belegschaft. «Der Franken lässt uns keine Wahl», sagte der " +
        "56-Jährige. «Wir verdienen an jedem Gerät, das wir in Schaan montieren, seit zwei Jahren kein " +
        "Geld mehr.»",
      "Entwicklung, Vertrieb und die Fertigung der Schlüsselkomponenten sollen in Liechtenstein " +
        "bleiben. Das Unternehmen wolle «ein klares Bekenntnis zum Standort» abgeben, heisst es in " +
        "einer Mitteilung. Für die Betroffenen werde ein Sozialplan ausgearbeitet.",
      "Die Präsidentin der Arbeitnehmervertretung, Sandra Marxer, zeigte sich enttäuscht: «Die Leute " +
        "haben in der Pandemie Sonderschichten geschoben. Jetzt ist der Dank dafür ein " +
        "Kündigungsschreiben.» Viele der Betroffenen seien über 50 und hätten es auf dem Arbeitsmarkt " +
        "schwer.",
      "Ein Mitarbeiter aus der Montage, der seit 23 Jahren im Betrieb ist, sagte nach der " +
        "Versammlung: «Ich habe mit dem Abbau gerechnet, nur nicht so schnell.»",
      "Wirtschaftsministerin Daniela Wohlwend sprach von einem «schmerzhaften Einschnitt», betonte " +
        "aber, dass die Arbeitslosenquote mit 1,6 Prozent tief sei. Das Amt für Volkswirtschaft werde " +
        "die Betroffenen mit dem Programm «Arbeit nach 50» unterstützen. «Niemand wird allein " +
        "gelassen», sagte sie.",
      "Für Bankenökonom Thomas Frick vom Liechtenstein-Institut ist der Schritt keine Überraschung. " +
        "«Die Montage ist der Teil der Wertschöpfung, den man am leichtesten verschieben kann», so " +
        "Frick. Solange Forschung und Entwicklung im Land blieben, sei der Standort nicht gefährdet.",
      "Büchel selbst will das nicht als Abschied verstanden wissen. «Hiltec ist ein Schaaner " +
        "Unternehmen und wird es bleiben.»",
    ],
    quotes: [
      ["Der Franken lässt uns keine Wahl", "Markus Büchel"],
      ["schmerzhaften Einschnitt", "Daniela Wohlwend"],
      [
        "Wir verdienen an jedem Gerät, das wir in Schaan montieren, seit zwei Jahren kein Geld mehr.",
        "Markus Büchel",
      ],
      ["ein klares Bekenntnis zum Standort", "Hiltec Anstalt"],
      [
        "Die Leute haben in der Pandemie Sonderschichten geschoben. Jetzt ist der Dank dafür ein " +
          "Kündigungsschreiben.",
        "Sandra Marxer",
      ],
      ["Ich habe mit dem Abbau gerechnet, nur nicht so schnell.", "Ein Mitarbeiter aus der Montage"],
      ["Niemand wird allein gelassen", "Daniela Wohlwend"],
      ["Die Montage ist der Teil der Wertschöpfung, den man am leichtesten verschieben kann", "Thomas Frick"],
      ["Hiltec ist ein Schaaner Unternehmen und wird es bleiben.", "Markus Büchel"],
    ],
  },
  {
    name:
      "Autotouring (ACL), Luxemburg, Verbraucher: SNCT-Wartezeiten, Direktor mit „erklärt er“ und " +
      "Fortsetzung, ungenannter Leser nach Doppelpunkt, Ministerin im Konjunktiv dann alleinstehendes " +
      "Zitat, Verordnung als Sprecher, Zwillingsbrüder Weber mit „sagt Jeff Weber“/„sein Bruder“, " +
      "Kampagnenname in Zeichen",
    todo:
      "«Taxe von 74 Euro» goes to Ein Leser aus Ettelbruck, not Die großherzogliche Verordnung; " +
      "«Wenn man schon so lange warten muss, kann man…» goes to Marc Hilger, not Tom Weber",
    headline: "Drei Monate warten auf den Contrôle technique",
    standfirst:
      "Wer in Luxemburg einen Termin bei der SNCT sucht, braucht Geduld. Der ACL fordert mehr " +
      "Prüfstellen – und eine Kulanzregel für verspätete Autofahrer.",
    paragraphs: [
      "Bertrange. Wer im Oktober einen Termin für die technische Kontrolle buchen wollte, bekam in " +
        "Sandweiler frühestens einen Platz im Januar. Auch in Esch-sur-Alzette und Wilwerwiltz sind " +
        "die Kalender auf Wochen hinaus voll. Beim ACL laufen seit dem Sommer die Beschwerden auf.",
      "„Wir bekommen jeden Tag Anrufe von Mitgliedern, die nicht wissen, wie sie legal weiterfahren " +
        "sollen“, erklärt ACL-Direktor Marc Hilger. „Das Problem ist hausgemacht: Die Zahl der Autos " +
        "ist in zehn Jahren um ein Viertel gestiegen, die Zahl der Prüfbahnen nicht.“",
      "Ein Leser aus Ettelbruck schildert seinen Fall: „Meine Vignette ist seit drei Wochen " +
        "abgelaufen. Den ersten freien Termin habe ich für den 14. Februar bekommen. Muss ich bis " +
        "dahin den Bus nehmen?“",
      "Die großherzogliche Verordnung ist in diesem Punkt eindeutig. Fahrzeuge dürfen nur mit " +
        "gültiger Prüfbescheinigung am Verkehr teilnehmen, ein gebuchter Termin ändert daran nichts. " +
        "Wer ohne erwischt werde, müsse mit einer „Taxe von 74 Euro“ rechnen, heißt es im Text.",
      "Mobilitätsministerin Carole Reuter räumte im Parlament ein, die Lage sei „nicht " +
        "zufriedenstellend“. Eine vierte Prüfstelle im Norden sei in Planung, Anfang 2027 solle sie " +
        "öffnen. Bis dahin müsse die Polizei mit Augenmaß vorgehen.",
      "„Niemand soll bestraft werden, weil der Staat zu langsam ist.“",
      "Die Zwillingsbrüder Jeff und Tom Weber betreiben in Mersch eine freie Werkstatt und bereiten " +
        "jede Woche Dutzende Autos auf die Prüfung vor. „Die Leute kommen inzwischen panisch zu uns“, " +
        "sagt Jeff Weber. Sein Bruder sieht auch eine Chance: „Wenn man schon so lange warten muss, " +
        "kann man das Auto wenigstens gründlich vorbereiten.“",
      "Der ACL startet im Januar die Kampagne „Rechtzeitig buchen“. Hilger rät, den Termin " +
        "spätestens drei Monate vor Ablauf der Vignette zu reservieren. „Wer bis zur letzten Woche " +
        "wartet, hat verloren.“",
    ],
    quotes: [
      [
        "Wir bekommen jeden Tag Anrufe von Mitgliedern, die nicht wissen, wie sie legal weiterfahren " +
          "sollen",
        "Marc Hilger",
      ],
      [
        "Das Problem ist hausgemacht: Die Zahl der Autos ist in zehn Jahren um ein Viertel " +
          "gestiegen, die Zahl der Prüfbahnen nicht.",
        "Marc Hilger",
      ],
      [
        "Meine Vignette ist seit drei Wochen abgelaufen. Den ersten freien Termin habe ich für den " +
          "14. Februar bekommen. Muss ich bis dahin den Bus nehmen?",
        "Ein Leser aus Ettelbruck",
      ],
      ["Taxe von 74 Euro", "Die großherzogliche Verordnung"],
      ["nicht zufriedenstellend", "Carole Reuter"],
      ["Niemand soll bestraft werden, weil der Staat zu langsam ist.", "Carole Reuter"],
      ["Die Leute kommen inzwischen panisch zu uns", "Jeff Weber"],
      [
        "Wenn man schon so lange warten muss, kann man das Auto wenigstens gründlich vorbereiten.",
        "Tom Weber",
      ],
      ["Wer bis zur letzten Woche wartet, hat verloren.", "Marc Hilger"],
    ],
  },
  {
    name:
      "Sportzeitung, Österreich, Fußball: Überschriftszitat im Text, Trainer als „der Deutsche“ mit " +
      "„meinte der 51-Jährige“, Torhüter und Bruder mit gleichem Nachnamen, Sportdirektor nach " +
      "Doppelpunkt, Bundesliga-Senat als Sprecher eines Teilzitats, ungenannter Spieler aus dem " +
      "Umfeld, Fangesang in Zeichen, „so Kainz“",
    todo: "«aktenkundig» goes to Gremium, not Der Senat 1 der Bundesliga",
    headline: "Ried zittert sich zum Sieg: „Heute hat der Teamgeist gewonnen“",
    standfirst:
      "Die Innviertler schlagen Blau-Weiß Linz mit 1:0 – dank eines Elfmeters in der 89. Minute und " +
      "eines Torhüters, der alles hielt.",
    paragraphs: [
      "Ried im Innkreis. Lange deutete in der Josko-Arena alles auf ein torloses Remis hin. Dann " +
        "foulte Linz-Verteidiger Danijel Marić in der 89. Minute Riedler Stürmer Kevin Aigner im " +
        "Strafraum, und Kapitän Stefan Kainz verwandelte den Elfmeter zum 1:0. „Heute hat der " +
        "Teamgeist gewonnen“, sagte Ried-Trainer Jürgen Hollerbach nach dem Spiel.",
      "Der Deutsche, seit Sommer im Amt, lobte vor allem die Defensive. „Wir haben nicht schön " +
        "gespielt, aber wir haben gearbeitet wie die Tiere“, meinte der 51-Jährige. „Das ist die SV " +
        "Ried, die ich sehen will.“",
      "Matchwinner war neben Kainz Torhüter Lukas Gruber, der in der ersten Halbzeit zwei " +
        "Großchancen der Linzer vereitelte. „Ich hab einfach gewusst, wohin er schießt“, sagte der " +
        "24-Jährige. Auf der Tribüne saß sein älterer Bruder Florian Gruber, selbst einst Tormann bei " +
        "Vöcklabruck. „Er hat das von mir gelernt“, scherzte er.",
      "Beim Gegner war der Ärger groß. Sportdirektor Christian Mayrhofer machte dem Schiedsrichter " +
        "Vorwürfe: „Das war nie und nimmer ein Elfmeter. Marić spielt klar den Ball.“",
      "Die Stimmung auf den Rängen war schon vor dem Anpfiff aufgeheizt. Die Ried-Fans empfingen die " +
        "Gäste mit „Innviertel, Innviertel“. Der Senat 1 der Bundesliga prüft nach Pyrotechnik im " +
        "Gästesektor eine Anzeige; der Vorfall sei „aktenkundig“, hieß es aus dem Gremium.",
      "Aus dem Umfeld der Linzer war zu hören, dass die Kabine nach dem Schlusspfiff sehr still " +
        "gewesen sei. „Da hat keiner ein Wort gesagt“, erzählte ein Spieler, der nicht genannt werden " +
        "wollte.",
      "Für Ried bedeutet der Sieg den Sprung auf Platz sechs. „Wir schauen nicht auf die Tabelle, " +
        "sondern aufs nächste Spiel“, so Kainz.",
    ],
    quotes: [
      ["Heute hat der Teamgeist gewonnen", "Jürgen Hollerbach"],
      ["Wir haben nicht schön gespielt, aber wir haben gearbeitet wie die Tiere", "Jürgen Hollerbach"],
      ["Das ist die SV Ried, die ich sehen will.", "Jürgen Hollerbach"],
      ["Ich hab einfach gewusst, wohin er schießt", "Lukas Gruber"],
      ["Er hat das von mir gelernt", "Florian Gruber"],
      ["Das war nie und nimmer ein Elfmeter. Marić spielt klar den Ball.", "Christian Mayrhofer"],
      ["aktenkundig", "Der Senat 1 der Bundesliga"],
      ["Da hat keiner ein Wort gesagt", "ein Spieler"],
      ["Wir schauen nicht auf die Tabelle, sondern aufs nächste Spiel", "Stefan Kainz"],
    ],
  },
  {
    name:
      "Pongauer Nachrichten, Salzburg, Bildung: Direktorin mit Titel und „sagt sie“, Bildungsdirektion " +
      "mit „heißt es“, ungenannte Mutter nach Doppelpunkt, Elternvereinsobmann im Konjunktiv dann " +
      "alleinstehendes Zitat, Landesrätin mit Teilzitat und „so die Landesrätin“, Schülerin mit Alter, " +
      "Projektname in Zeichen",
    todo:
      "«mit Hochdruck auf der Suche nach Lösungen» goes to Die Bildungsdirektion Salzburg, not " +
      "Bildungsdirektion Salzburg; «angespannt, aber nicht hoffnungslos» goes to Erste Absolventen, " +
      "not Gudrun Pichler",
    headline: "Bischofshofen: Mittelschule sucht seit Sommer drei Lehrer",
    paragraphs: [
      "Bischofshofen. An der Mittelschule Bischofshofen fallen seit Schulbeginn jede Woche rund 20 " +
        "Unterrichtsstunden aus oder werden supplierend überbrückt. Drei Planstellen – Mathematik, " +
        "Englisch und Physik – sind nach wie vor unbesetzt.",
      "„Wir haben alles probiert, von Inseraten bis zu persönlichen Anrufen bei Absolventen“, sagt " +
        "Direktorin Mag. Birgit Höllwart. Die Kolleginnen und Kollegen leisteten seit Wochen " +
        "Überstunden. „Lange halten wir das nicht mehr durch“, sagt sie.",
      "Die Bildungsdirektion Salzburg bestätigt den Engpass. Im Pongau seien derzeit acht Stellen an " +
        "Pflichtschulen offen, man sei „mit Hochdruck auf der Suche nach Lösungen“, heißt es auf " +
        "Anfrage.",
      "Eine Mutter, deren Sohn die dritte Klasse besucht, ist verärgert: „Mein Sohn hatte im Oktober " +
        "genau zwei richtige Physikstunden. Wie soll er da für die HTL lernen?“",
      "Der Obmann des Elternvereins, Herbert Stöckl, sagt, die Eltern wollten den Lehrern keinen " +
        "Vorwurf machen. Das Problem liege beim Land und beim Bund, die zu spät auf den Mangel " +
        "reagiert hätten.",
      "„Seit fünf Jahren weiß jeder, dass die Babyboomer in Pension gehen.“",
      "Bildungslandesrätin Gudrun Pichler (ÖVP) verweist auf das Programm „Klasse Zukunft“, über das " +
        "Quereinsteiger rascher an die Schulen kommen sollen. Erste Absolventen würden ab Februar " +
        "unterrichten, so die Landesrätin. Die Lage sei „angespannt, aber nicht hoffnungslos“.",
      "Die Schülerinnen und Schüler nehmen es bisher gelassen. „Freistunden sind schon cool, aber " +
        "irgendwann kommt ja die Schularbeit“, sagt die 13-jährige Lea aus der 3b.",
    ],
    quotes: [
      [
        "Wir haben alles probiert, von Inseraten bis zu persönlichen Anrufen bei Absolventen",
        "Birgit Höllwart",
      ],
      ["Lange halten wir das nicht mehr durch", "Birgit Höllwart"],
      ["mit Hochdruck auf der Suche nach Lösungen", "Bildungsdirektion Salzburg"],
      [
        "Mein Sohn hatte im Oktober genau zwei richtige Physikstunden. Wie soll er da für die HTL lernen?",
        "Eine Mutter",
      ],
      ["Seit fünf Jahren weiß jeder, dass die Babyboomer in Pension gehen.", "Herbert Stöckl"],
      ["angespannt, aber nicht hoffnungslos", "Gudrun Pichler"],
      ["Freistunden sind schon cool, aber irgendwann kommt ja die Schularbeit", "Lea"],
    ],
  },
  {
    name:
      "Schweizer Bauer, Schweiz, Landwirtschaft, «…» ohne ß: Milchpreis, Bauer und Bäuerin mit " +
      "gleichem Nachnamen, „sagt der Landwirt“, Branchenorganisation mit „schreibt die BO Milch“, " +
      "Verbandspräsident nach Doppelpunkt, Zitat geteilt um „sagt er“, ungenannter Sprecher eines " +
      "Detailhändlers mit Teilzitat, Label-Name in Zeichen",
    todo:
      "«Das spüren wir direkt im Portemonnaie» goes to der Landwirt, not Ueli Zaugg; «unumgänglich, " +
      "um den Markt zu stabilisieren» goes to die Branchenorganisation Milch, not " +
      "Branchenorganisation Milch",
    headline: "Richtpreis sinkt um zwei Rappen: «Das spüren wir direkt im Portemonnaie»",
    standfirst:
      "Ab Januar gibt es für Molkereimilch weniger Geld. Die Produzenten sind empört, die Branche " +
      "verweist auf den Markt.",
    paragraphs: [
      "Sumiswald BE. Auf dem Hof von Ueli Zaugg im Emmental stehen 38 Kühe im Laufstall. Von jedem " +
        "Liter, den sie geben, wird er ab Januar zwei Rappen weniger erhalten. «Das spüren wir direkt " +
        "im Portemonnaie», sagt der Landwirt. Aufs Jahr gerechnet fehlten ihm rund 6000 Franken.",
      "Seine Frau Beatrice Zaugg führt die Buchhaltung. «Wir haben schon beim Futter und beim Diesel " +
        "gespart, wo es geht», sagt sie. «Irgendwann ist einfach nichts mehr da zum Sparen.»",
      "Der Vorstand der Branchenorganisation Milch hatte den A-Richtpreis vergangene Woche auf 77 " +
        "Rappen pro Kilo gesenkt. Die Butterlager seien hoch, die Exporte von Käse rückläufig, " +
        "schreibt die BO Milch. Eine Senkung sei «unumgänglich, um den Markt zu stabilisieren».",
      "Scharfe Kritik kommt von den Schweizer Milchproduzenten (SMP). Präsident Reto Burkhalter " +
        "sagte an einer Medienkonferenz in Bern: «Die Bauern tragen wieder einmal das ganze Risiko. " +
        "Die Verarbeiter und der Handel halten ihre Margen.»",
      "Die Detailhändler wiesen den Vorwurf zurück. Ein Sprecher eines grossen Detailhändlers sagte, " +
        "man zahle für Milch mit dem Label «Wiesenmilch» weiterhin einen Zuschlag und stehe «klar an " +
        "der Seite der Produzenten».",
      "Burkhalter fordert, dass der Bund die Verkäsungszulage erhöht. «Wenn wir nichts tun», sagt " +
        "er, «verlieren wir in zehn Jahren jeden dritten Milchbetrieb.»",
      "Zaugg denkt schon über Alternativen nach. Sein Sohn möchte den Hof übernehmen, vielleicht mit " +
        "Mutterkühen statt Milchvieh. «Ich will ihm keinen Betrieb übergeben, der nur Sorgen macht.»",
    ],
    quotes: [
      ["Das spüren wir direkt im Portemonnaie", "Ueli Zaugg"],
      ["Wir haben schon beim Futter und beim Diesel gespart, wo es geht", "Beatrice Zaugg"],
      ["Irgendwann ist einfach nichts mehr da zum Sparen.", "Beatrice Zaugg"],
      ["unumgänglich, um den Markt zu stabilisieren", "Branchenorganisation Milch"],
      [
        "Die Bauern tragen wieder einmal das ganze Risiko. Die Verarbeiter und der Handel halten " +
          "ihre Margen.",
        "Reto Burkhalter",
      ],
      ["klar an der Seite der Produzenten", "Ein Sprecher eines grossen Detailhändlers"],
      ["Wenn wir nichts tun", "Reto Burkhalter"],
      ["verlieren wir in zehn Jahren jeden dritten Milchbetrieb.", "Reto Burkhalter"],
      ["Ich will ihm keinen Betrieb übergeben, der nur Sorgen macht.", "Ueli Zaugg"],
    ],
  },
  {
    name:
      "Frutigländer, Berner Oberland, Naturgefahren, «…» ohne ß: Murgang im Kiental, " +
      "Vorspann-Teilzitat des Gemeindepräsidenten im Text wiederholt, Anwohnerin nach Doppelpunkt mit " +
      "„sagt die Rentnerin“, Geologe mit Doktortitel, Kantonspolizei mit „teilte … mit“, " +
      "Feuerwehrkommandant im Konjunktiv dann alleinstehendes Zitat, ungenannter Tourist, Warnstufe in " +
      "Zeichen",
    todo: "«bis auf Weiteres» goes to Die Kantonspolizei Bern, not Kantonspolizei Bern",
    headline: "Murgang im Kiental: Strasse nach Griesalp bleibt gesperrt",
    standfirst:
      "Nach heftigen Gewittern hat ein Murgang die Strasse auf 50 Metern verschüttet. Der " +
      "Gemeindepräsident spricht von «grossem Glück im Unglück».",
    paragraphs: [
      "Kiental. Kurz nach 17 Uhr donnerte am Dienstag ein Murgang durch den Gornerengraben und riss " +
        "die Griesalpstrasse oberhalb von Tschingel mit. Verletzt wurde niemand, zwei Autos wurden " +
        "beschädigt. Rund 80 Gäste und Angestellte der Berghäuser auf der Griesalp sind seither nur " +
        "noch zu Fuss oder per Helikopter erreichbar.",
      "Gemeindepräsident Andreas Wandfluh war am Abend vor Ort. Es sei «grossem Glück im Unglück» zu " +
        "verdanken, dass niemand auf der Strasse gewesen sei, sagte er. «Zehn Minuten vorher ist noch " +
        "das Postauto hier durchgefahren.»",
      "Vreni Allenbach wohnt seit 50 Jahren am Hang über dem Graben. Sie hat den Murgang kommen " +
        "hören: «Zuerst war es wie ein Zug, dann haben die Fenster gezittert.» Sie habe sofort ihren " +
        "Mann gerufen und sei ins Haus zurückgegangen. «Angst habe ich keine gehabt, erst danach», " +
        "sagt die Rentnerin.",
      "Die Kantonspolizei Bern teilte mit, die Strasse bleibe «bis auf Weiteres» gesperrt. Für die " +
        "Region gilt weiterhin die Gefahrenstufe «erheblich».",
      "Der Geologe Dr. Matthias Lehmann vom kantonalen Tiefbauamt begutachtete den Hang am Mittwoch. " +
        "«Im Einzugsgebiet liegt noch viel lockeres Material», sagte er. «Beim nächsten starken Regen " +
        "kann es wieder kommen.»",
      "Feuerwehrkommandant Peter Germann sagte, seine Leute hätten die Nacht über die Bachläufe " +
        "beobachtet und zwei Häuser vorsorglich evakuiert.",
      "«Wir gehen lieber einmal zu viel als einmal zu wenig.»",
      "Ein Tourist aus Basel, der mit dem Helikopter ins Tal geflogen wurde, nahm es mit Humor: «So " +
        "spektakulär bin ich noch nie aus den Ferien heimgekommen.»",
    ],
    quotes: [
      ["grossem Glück im Unglück", "Andreas Wandfluh"],
      ["Zehn Minuten vorher ist noch das Postauto hier durchgefahren.", "Andreas Wandfluh"],
      ["Zuerst war es wie ein Zug, dann haben die Fenster gezittert.", "Vreni Allenbach"],
      ["Angst habe ich keine gehabt, erst danach", "Vreni Allenbach"],
      ["bis auf Weiteres", "Kantonspolizei Bern"],
      ["Im Einzugsgebiet liegt noch viel lockeres Material", "Matthias Lehmann"],
      ["Beim nächsten starken Regen kann es wieder kommen.", "Matthias Lehmann"],
      ["Wir gehen lieber einmal zu viel als einmal zu wenig.", "Peter Germann"],
      ["So spektakulär bin ich noch nie aus den Ferien heimgekommen.", "Ein Tourist aus Basel"],
    ],
  },
  {
    name:
      "Der Burggräfler, Südtirol, Kultur: Volksbühne in Lana, Stücktitel in Zeichen, Regisseurin mit " +
      "„meint sie“ und Fortsetzung, Hauptdarsteller nach Altersangabe, Obmann und Tochter mit gleichem " +
      "Nachnamen, ungenannte Zuschauerin, Kulturlandesrat mit „sprach von“-Teilzitat",
    headline: "Volksbühne Lana wagt sich an Schönherr",
    standfirst:
      "Mit „Erde“ bringt die Volksbühne ein Stück auf die Bühne, das mehr als 100 Jahre alt ist. Die " +
      "Premiere war ausverkauft.",
    paragraphs: [
      "Lana – Zwei Stunden lang wartet der alte Grutz darauf, dass er stirbt, und zwei Stunden lang " +
        "tut er es nicht. Karl Schönherrs Bauernkomödie „Erde“ aus dem Jahr 1907 hatte am Samstag im " +
        "Raiffeisenhaus Lana Premiere. Regie führt Martina Ladurner, die das Stück in die Gegenwart " +
        "verlegt hat.",
      "„Der Streit ums Erbe, um den Hof, um die Frage, wer das Sagen hat – das gibt es in jedem Dorf " +
        "bis heute“, meint sie. „Ich musste nur die Traktoren austauschen.“",
      "Den Grutz spielt Josef Gamper. Der 74-Jährige steht seit mehr als 50 Jahren auf der Bühne der " +
        "Volksbühne. „So eine Rolle kriegt man einmal im Leben, und ich habe lange genug darauf " +
        "gewartet“, sagt der pensionierte Obstbauer.",
      "Obmann Walter Kofler ist stolz auf das Ensemble. „Wir sind Laien, aber wir spielen nicht wie " +
        "Laien“, sagte er bei der Premierenfeier. Seine Tochter Anna Kofler spielt die Magd Mena, ihre " +
        "erste große Rolle. „Ich hatte vor der Premiere drei Nächte kein Auge zu“, gestand sie.",
      "Auch Kulturlandesrat Markus Oberhofer saß im Publikum und sprach von einem „Abend, der zeigt, " +
        "wie lebendig das Volkstheater im Land ist“.",
      "Eine Zuschauerin aus Tscherms war nach der Vorstellung noch ganz gerührt: „Meine Großmutter " +
        "hat genau so geredet wie der alte Grutz. Ich habe sie richtig vor mir gesehen.“",
      "Weitere Vorstellungen gibt es bis zum 30. November. Karten sind über den Verein erhältlich.",
    ],
    quotes: [
      [
        "Der Streit ums Erbe, um den Hof, um die Frage, wer das Sagen hat – das gibt es in jedem " +
          "Dorf bis heute",
        "Martina Ladurner",
      ],
      ["Ich musste nur die Traktoren austauschen.", "Martina Ladurner"],
      ["So eine Rolle kriegt man einmal im Leben, und ich habe lange genug darauf gewartet", "Josef Gamper"],
      ["Wir sind Laien, aber wir spielen nicht wie Laien", "Walter Kofler"],
      ["Ich hatte vor der Premiere drei Nächte kein Auge zu", "Anna Kofler"],
      ["Abend, der zeigt, wie lebendig das Volkstheater im Land ist", "Markus Oberhofer"],
      [
        "Meine Großmutter hat genau so geredet wie der alte Grutz. Ich habe sie richtig vor mir gesehen.",
        "Eine Zuschauerin aus Tscherms",
      ],
    ],
  },
  {
    name:
      "Grafschafter Nachrichten, Niedersachsen, Verkehr: Bentheimer Eisenbahn nach Coevorden, " +
      "Überschriftszitat im Text, Geschäftsführer mit „so Ter Haar“, Landrat nach Doppelpunkt, " +
      "niederländischer Beigeordneter mit „sagt er“, Pendlerin mit Alter, Fahrgastverband mit " +
      "Teilzitat, Ministerium im Konjunktiv mit Teilzitat, Zugname in Zeichen",
    todo:
      "«Die Grenze darf kein Prellbock sein» goes to Hendrik, not Hendrik ter Haar; «Das ist viel " +
      "Geld, aber weniger als eine Orts…» goes to Ter Haar, not Hendrik ter Haar; «Mit dem Zug " +
      "könnte ich morgens lesen statt im…» goes to Jan Hulsman, not Marieke de Vries; «überfälligen " +
      "Lückenschluss» goes to Der Fahrgastverband Pro Bahn, not Fahrgastverband Pro Bahn; «Den " +
      "Namen haben wir schon. Jetzt brauchen wir…» goes to Ter Haar, not Hendrik ter Haar",
    headline: "„Die Grenze darf kein Prellbock sein“",
    standfirst:
      "Die Bentheimer Eisenbahn will ihre Personenzüge ab 2028 bis ins niederländische Coevorden " +
      "fahren lassen. Noch fehlt das Geld für die letzten Kilometer.",
    paragraphs: [
      "Nordhorn. Seit 2019 fahren wieder Personenzüge zwischen Bad Bentheim, Nordhorn und Neuenhaus. " +
        "Jetzt soll die Strecke über die Grenze verlängert werden: Die Bentheimer Eisenbahn (BE) hat " +
        "am Donnerstag eine Machbarkeitsstudie für den Abschnitt bis Coevorden vorgestellt.",
      "„Die Grenze darf kein Prellbock sein“, sagte BE-Geschäftsführer Hendrik ter Haar. Auf " +
        "niederländischer Seite liege die Strecke seit Jahrzehnten brach, die Gleise seien aber noch " +
        "vorhanden. Rund 38 Millionen Euro seien nötig, so Ter Haar. „Das ist viel Geld, aber weniger " +
        "als eine Ortsumgehung.“",
      "Landrat Uwe Wesselink stellte sich hinter das Projekt: „Hunderte Menschen pendeln jeden Tag " +
        "über die Grenze, fast alle mit dem Auto. Das muss nicht so bleiben.“",
      "Auch in Coevorden ist die Begeisterung groß. Der Beigeordnete Jan Hulsman, zuständig für " +
        "Verkehr, kam eigens zur Vorstellung nach Nordhorn. „Wir haben 50 Jahre auf diesen Moment " +
        "gewartet“, sagt er. „Unsere Großeltern sind noch mit dem Zug nach Nordhorn zum Einkaufen " +
        "gefahren.“",
      "Zu den Grenzpendlern gehört Marieke de Vries aus Coevorden, Pflegerin im Nordhorner " +
        "Krankenhaus. Die 41-Jährige fährt jeden Tag 25 Kilometer mit dem Auto. „Mit dem Zug könnte " +
        "ich morgens lesen statt im Stau zu stehen“, sagt sie.",
      "Der Fahrgastverband Pro Bahn lobte den Vorstoß als „überfälligen Lückenschluss“. Das " +
        "niedersächsische Verkehrsministerium teilte mit, man prüfe eine Förderung; die Studie sei " +
        "„eine gute Grundlage“. Eine Zusage gibt es bislang nicht.",
      "Schon einen Namen hat der Zug: Die BE will ihn „Vechtetal-Express“ taufen. Ter Haar lacht: " +
        "„Den Namen haben wir schon. Jetzt brauchen wir nur noch die Schienen.“",
    ],
    quotes: [
      ["Die Grenze darf kein Prellbock sein", "Hendrik ter Haar"],
      ["Das ist viel Geld, aber weniger als eine Ortsumgehung.", "Hendrik ter Haar"],
      [
        "Hunderte Menschen pendeln jeden Tag über die Grenze, fast alle mit dem Auto. Das muss nicht " +
          "so bleiben.",
        "Uwe Wesselink",
      ],
      ["Wir haben 50 Jahre auf diesen Moment gewartet", "Jan Hulsman"],
      ["Unsere Großeltern sind noch mit dem Zug nach Nordhorn zum Einkaufen gefahren.", "Jan Hulsman"],
      ["Mit dem Zug könnte ich morgens lesen statt im Stau zu stehen", "Marieke de Vries"],
      ["überfälligen Lückenschluss", "Fahrgastverband Pro Bahn"],
      ["eine gute Grundlage", "Das niedersächsische Verkehrsministerium"],
      ["Den Namen haben wir schon. Jetzt brauchen wir nur noch die Schienen.", "Hendrik ter Haar"],
    ],
  },
  {
    name:
      "Dürener Zeitung, NRW, Wissenschaft: Forschungszentrum Jülich, Vorspann-Teilzitat der " +
      "Institutsleiterin im Text wiederholt, Professorin mit Titel und „sagt die Physikerin“, " +
      "Doktorand nach Doppelpunkt, Pressemitteilung mit „heißt es“, Zeitschriftentitel und Projektname " +
      "in Zeichen, Bürgermeister mit Teilzitat, ungenannter Landwirt, Zitat geteilt um „sagt Brandt“",
    todo: "«unter zwei Prozent pro Tag» goes to Forschungszentrum, not Forschungszentrum Jülich",
    headline: "Jülicher Forscher speichern Sonnenstrom im Salz",
    standfirst:
      "Ein Team am Forschungszentrum hat einen neuen Wärmespeicher entwickelt. Die Leiterin spricht " +
      "von einem „Baustein für das Rheinische Revier“.",
    paragraphs: [
      "Jülich. Im Technikum des Forschungszentrums Jülich steht ein grauer Stahltank, etwa so groß " +
        "wie ein Kleinwagen. Darin: 40 Tonnen geschmolzenes Salz, erhitzt auf 560 Grad. Der Speicher " +
        "kann Strom aus Solar- und Windanlagen als Wärme aufnehmen und bei Bedarf wieder abgeben.",
      "„Das Prinzip ist alt, neu ist die Mischung der Salze“, sagt Prof. Dr. Claudia Brandt, die das " +
        "Institut für Energie- und Klimaforschung leitet. Die neue Mischung verliere selbst nach einer " +
        "Woche kaum Wärme. Die Anlage sei ein „Baustein für das Rheinische Revier“, sagt die " +
        "Physikerin.",
      "Die Ergebnisse hat das Team in der Fachzeitschrift „Nature Energy“ veröffentlicht. Die " +
        "Speicherverluste lägen „unter zwei Prozent pro Tag“, heißt es in der Pressemitteilung des " +
        "Forschungszentrums.",
      "Die meiste Arbeit im Labor hat Doktorand Jonas Mertens gemacht. Er erinnert sich an den " +
        "ersten Versuch: „Nach drei Stunden war das Salz fest wie Beton. Da dachte ich, das war es mit " +
        "meiner Doktorarbeit.“",
      "In den kommenden zwei Jahren soll im Projekt „SalzWerk“ eine größere Anlage am ehemaligen " +
        "Kraftwerksstandort Weisweiler entstehen. „Wir wollen zeigen, dass so ein Speicher dort stehen " +
        "kann, wo früher Braunkohle verbrannt wurde“, sagt Brandt, „und dass er Arbeitsplätze bringt.“",
      "Jülichs Bürgermeister Bernd Lenzen sprach von einer „Initialzündung“ für die Region. Ein " +
        "Landwirt aus Inden, der am Tag der offenen Tür die Anlage besichtigte, blieb skeptisch: " +
        "„Schön und gut. Aber ich glaube es erst, wenn mein Hof damit geheizt wird.“",
    ],
    quotes: [
      ["Baustein für das Rheinische Revier", "Claudia Brandt"],
      ["Das Prinzip ist alt, neu ist die Mischung der Salze", "Claudia Brandt"],
      ["unter zwei Prozent pro Tag", "Forschungszentrum Jülich"],
      [
        "Nach drei Stunden war das Salz fest wie Beton. Da dachte ich, das war es mit meiner " +
          "Doktorarbeit.",
        "Jonas Mertens",
      ],
      [
        "Wir wollen zeigen, dass so ein Speicher dort stehen kann, wo früher Braunkohle verbrannt wurde",
        "Claudia Brandt",
      ],
      ["und dass er Arbeitsplätze bringt.", "Claudia Brandt"],
      ["Initialzündung", "Bernd Lenzen"],
      ["Schön und gut. Aber ich glaube es erst, wenn mein Hof damit geheizt wird.", "Ein Landwirt aus Inden"],
    ],
  },
  {
    name:
      "Pirmasenser Zeitung, Pfalz, Gericht: Schöffengericht, Richter mit „sagte der Vorsitzende“ und " +
      "Fortsetzung, Angeklagter mit „ließ er über seinen Anwalt erklären“, Staatsanwältin im " +
      "Konjunktiv dann Zitat, Verteidiger mit „so Henrich“, ungenannte Zeugin nach Doppelpunkt, " +
      "Gutachten als Sprecher, Firmenname in Zeichen",
    todo:
      "«Ich schäme mich jeden Tag dafür» goes to Stefan Kessler, not Der Angeklagte; «Das war kein " +
      "Ausrutscher, das war ein System.» goes to Stefan Kessler, not Melanie Wagner; «Er war bei " +
      "meiner Hochzeit. Das tut mehr weh …» goes to Ihr Satz, not die Inhaberin der Firma; «keine " +
      "Hinweise auf eine krankhafte Spielsucht» goes to Stefan Kessler, not Ein psychiatrisches " +
      "Gutachten",
    headline: "Falsche Rechnungen für die Schuhfabrik: Bewährung für Ex-Buchhalter",
    standfirst:
      "Das Amtsgericht Pirmasens verurteilt einen 58-Jährigen wegen Untreue in 31 Fällen. Der Richter: " +
      "„Sie haben Ihren Chef jahrelang belogen.“",
    paragraphs: [
      "Pirmasens. Fast sechs Jahre lang hat ein ehemaliger Buchhalter eines Pirmasenser " +
        "Schuhherstellers Rechnungen einer Scheinfirma bezahlt, die ihm selbst gehörte. Rund 210.000 " +
        "Euro sind so auf seinem Konto gelandet. Am Mittwoch verurteilte ihn das Schöffengericht am " +
        "Amtsgericht Pirmasens zu zwei Jahren Haft auf Bewährung.",
      "„Sie haben Ihren Chef jahrelang belogen“, sagte der Vorsitzende Richter Stefan Kessler in der " +
        "Urteilsbegründung. „Und er hat Ihnen vertraut wie einem Familienmitglied.“ Die Scheinfirma " +
        "mit dem Namen „Südwest Leder Service“ habe es nur auf dem Papier gegeben.",
      "Der Angeklagte hatte die Taten zu Prozessbeginn eingeräumt. „Ich schäme mich jeden Tag " +
        "dafür“, ließ er über seinen Anwalt erklären. Er habe Schulden gehabt, die ihm über den Kopf " +
        "gewachsen seien.",
      "Staatsanwältin Melanie Wagner hatte zwei Jahre und sechs Monate gefordert, ohne Bewährung. " +
        "Der Mann habe mit großer Raffinesse gehandelt und die Lücken im Betrieb gezielt ausgenutzt. " +
        "„Das war kein Ausrutscher, das war ein System.“",
      "Verteidiger Klaus Henrich verwies darauf, dass sein Mandant bereits 80.000 Euro zurückgezahlt " +
        "habe. „Er hat sein Haus verkauft, um den Schaden wiedergutzumachen“, so Henrich.",
      "Als Zeugin sagte die Inhaberin der Firma aus, die den Angeklagten vor 20 Jahren eingestellt " +
        "hatte. Ihr Satz blieb im Saal hängen: „Er war bei meiner Hochzeit. Das tut mehr weh als das " +
        "Geld.“",
      "Ein psychiatrisches Gutachten hatte dem 58-Jährigen volle Schuldfähigkeit bescheinigt. Es " +
        "gebe „keine Hinweise auf eine krankhafte Spielsucht“, zitierte Kessler aus dem Gutachten. Das " +
        "Urteil ist noch nicht rechtskräftig.",
    ],
    quotes: [
      ["Sie haben Ihren Chef jahrelang belogen", "Stefan Kessler"],
      ["Und er hat Ihnen vertraut wie einem Familienmitglied.", "Stefan Kessler"],
      ["Ich schäme mich jeden Tag dafür", "Der Angeklagte"],
      ["Das war kein Ausrutscher, das war ein System.", "Melanie Wagner"],
      ["Er hat sein Haus verkauft, um den Schaden wiedergutzumachen", "Klaus Henrich"],
      ["Er war bei meiner Hochzeit. Das tut mehr weh als das Geld.", "die Inhaberin der Firma"],
      ["keine Hinweise auf eine krankhafte Spielsucht", "Ein psychiatrisches Gutachten"],
    ],
  },
]);
