// A twenty-third round of composed German news articles, in the styles of outlets and beats the first
// twenty-two rounds (articles.de to articles22.de) did not use: Zürcher Unterländer (Switzerland, transport,
// with «…»: longer runways at Zurich airport, a resident quoted in the headline and named only in the body,
// as „die 44-Jährige“ continued with no verb and at the end with „sagte Keller beim Hinausgehen“, the
// airport's infrastructure chief with „sagte er“ and reported speech, two women in one paragraph with the
// municipal president's fragment after „verlangte“ and a cantonal MP with „ging weiter:“, the federal
// office's fragment with „hält … fest“, an unnamed pilot after a colon, a banner), Dolomitenstadt (Austria,
// sport: the Dolomitenmann relay in Lienz, the anchor quoted in the standfirst only as „der Schlussmann“ and
// named in the body, continued with no verb and after „Oberhuber lacht.“, two men in one paragraph with
// „erzählte Mair“ and „grinste:“, the organiser's fragment after „sprach von einer“, an unnamed older
// spectator after a colon, a team's name and a nickname), Südtiroler Wirtschaftszeitung (South Tyrol,
// business: two fruit cooperatives merging, the chairman's fragment in the standfirst and the body and „der
// 58-Jährige“, the director with „erklärt sie“ and „Und:“ with no verb, an association's statement with
// „heißt es“, two men in one paragraph with an unnamed grower's fragment after „fürchtet“ and „Kofler
// widerspricht:“, an economist with „schätzt er“, apple varieties' names), woxx (Luxembourg, politics: the
// Chamber passing a rent law, an opposition MP's fragment in the standfirst and the body after „nannte“, the
// minister with „sagte der Minister“ and „räumte … ein:“, two women in one paragraph with „sagte ihre
// Abgeordnete“ and „ging noch weiter:“, the Council of State's opinion with „hieß es darin“, a collective's
// spokeswoman, the landlords' chamber's fragment from a communiqué, a collective's and a chamber's names in
// marks), Ostbelgien Direkt (East Belgium, local life, with straight "…": a village pub saved by a
// cooperative, its chairman with „erinnert sich“ continued with no verb, the mayor's fragment after „sprach
// von einem“, two women in one paragraph with „sagt Jost und lacht“ and „Die 24-Jährige“ after a colon, the
// former landlady as „die 71-Jährige“, an unnamed farmer with „winkt ab:“, a pub's and a programme's names),
// Neue Presse (Hanover, crime: break-ins in allotment gardens, a gardener quoted in the headline and named
// only in the body, as „die Rentnerin“ continued with no verb and as „die 68-Jährige“, the police spokeswoman
// after a colon and her fragment with „so Oltmanns“, two men in one paragraph with „sagt Yıldız“ and „ist
// skeptisch:“, an unnamed neighbour with no verb, a colony's and an investigation team's names),
// Offenbach-Post (courts: a father who hit a youth referee, the judge's fragment in the standfirst and the
// body and a quote after „Dann an den Angeklagten:“ with no verb, the referee as „der 19-Jährige“ and at the
// end with no verb, the accused by initial after „räumte die Tat ein:“, two men in one paragraph with „sagte
// Roth“ and the defence's fragment, a district football committee's letter with „heißt es darin“, a
// campaign's name), Thüringische Landeszeitung (culture: a forgotten Bauhaus weaver's exhibition, the curator
// quoted in the headline and named in the body with a doctor's title, continued with no verb, two people
// sharing a surname with the dead weaver's letter fragment after „schreibt sie darin“ and her great-nephew
// with „erzählt er“, two women in one paragraph with „sagt Pohl“ and „Die Kuratorin ist trotzdem zufrieden:“,
// the foundation with „bezeichnet … als“, an exhibition's and a carpet's titles), Main-Echo (health: blood
// supplies running short, a donor's fragment in the standfirst and the body after „wünscht sich“, as „der
// Rentner“ continued with no verb, the blood service's release with „heißt es“, a physician with a doctor's
// title as „die Transfusionsmedizinerin“, an unnamed hospital spokesman with „bestätigte“, two women in one
// paragraph with „gibt Schmitt zu“ and „Albert lacht:“, a campaign's motto) and Husumer Nachrichten
// (environment: barnacle geese grazing Eiderstedt bare, a conservationist's one-word fragment in the
// standfirst and the body after „warnt vor“ and as „der Biologe“, a farmer as „der 49-Jährige“ with a quote
// over two paragraphs, a farmers' official's fragment after „nannte“, two men in one paragraph with „sagt der
// Biologe“ and „schüttelt den Kopf …:“, a ministry spokeswoman's fragment in reported speech, a Low German
// nickname). Every article was written for these tests, blind, before the engine was run on them; the
// speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Zürcher Unterländer, Verkehr (Schweiz, mit «…»): Anwohnerin in der Überschrift nur im Text " +
      "genannt, als die 44-Jährige mit Fortsetzung ohne Verb und am Ende mit „sagte Keller beim " +
      "Hinausgehen“, Infrastrukturchef mit „sagte er“ und Konjunktiv ohne Zeichen, zwei Frauen in " +
      "einem Absatz (Teilzitat der Gemeindepräsidentin nach „verlangte“, Kantonsrätin mit „ging " +
      "weiter:“), Teilzitat des Bundesamts mit „hält … fest“, ungenannter Pilot nach Doppelpunkt, " +
      "Spruch auf einem Transparent",
    todo:
      "«insgesamt leicht abnehmen» goes to Das Bundesamt für Zivilluftfahrt, not Bundesamt für " +
      "Zivilluftfahrt",
    headline: "«Wir schlafen seit Jahren mit Ohropax»: Rümlang wehrt sich gegen längere Pisten",
    standfirst:
      "Der Flughafen Zürich will zwei Pisten verlängern. An einem Informationsabend in Rümlang " +
      "prallten die Meinungen hart aufeinander.",
    paragraphs: [
      "Der Saal im Gemeindezentrum Rümlang war am Dienstagabend bis auf den letzten Platz besetzt. " +
        "Rund 350 Personen wollten hören, was die Flughafen Zürich AG zu den geplanten Verlängerungen " +
        "der Pisten 28 und 32 zu sagen hat. Vor dem Eingang hatten Anwohner ein Transparent mit der " +
        "Aufschrift «Kein Meter mehr» aufgespannt.",
      "Für den Flughafen trat Infrastrukturchef Reto Baumgartner ans Rednerpult. «Die Verlängerungen " +
        "bringen nicht mehr Flüge, sondern mehr Sicherheit und mehr Pünktlichkeit», sagte er. Grosse " +
        "Maschinen könnten künftig auch bei Westwind und Bise auf den Pisten starten, für die sie heute " +
        "zu schwer seien.",
      "Viele im Saal glaubten ihm kein Wort. «Wir schlafen seit Jahren mit Ohropax», rief Sandra " +
        "Keller aus dem Publikum. Die 44-Jährige wohnt mit ihrem Mann und drei Kindern an der " +
        "Glattalstrasse, direkt unter der Anflugschneise. «Jedes Mal heisst es, es werde nicht lauter. " +
        "Und jedes Mal wird es lauter.»",
      "In der ersten Reihe sassen Gemeindepräsidentin Monika Frei und Kantonsrätin Esther Gubler " +
        "(Grüne). Frei verlangte vom Flughafen «verbindliche Zusagen zur Nachtruhe», bevor die Gemeinde " +
        "auf weitere Schritte verzichte. Gubler ging weiter: «Der Kanton hat das Projekt durchgewinkt, " +
        "bevor die Gemeinden überhaupt angehört wurden. Das ist kein fairer Prozess.»",
      "Das Bundesamt für Zivilluftfahrt (Bazl) hatte die Verlängerungen im Frühjahr genehmigt, mehrere " +
        "Beschwerden sind beim Bundesverwaltungsgericht hängig. In seinem Entscheid hält das Bazl fest, " +
        "die Lärmbelastung in der Region werde «insgesamt leicht abnehmen».",
      "Nicht alle im Saal waren gegen das Projekt. Ein Pilot, der seit zwanzig Jahren in Rümlang lebt, " +
        "meldete sich gegen Ende zu Wort: «Ich höre die Flugzeuge auch. Aber ich weiss, wie eng es bei " +
        "Bise auf den heutigen Pisten manchmal wird.» Pfiffe gab es trotzdem.",
      "Baumgartner versprach, alle offenen Fragen schriftlich zu beantworten. Nach fast drei Stunden " +
        "war der Abend vorbei. «Wir kommen wieder», sagte Keller beim Hinausgehen.",
    ],
    quotes: [
      ["Wir schlafen seit Jahren mit Ohropax", "Sandra Keller"],
      [
        "Die Verlängerungen bringen nicht mehr Flüge, sondern mehr Sicherheit und mehr Pünktlichkeit",
        "Reto Baumgartner",
      ],
      ["Jedes Mal heisst es, es werde nicht lauter. Und jedes Mal wird es lauter.", "Sandra Keller"],
      ["verbindliche Zusagen zur Nachtruhe", "Monika Frei"],
      [
        "Der Kanton hat das Projekt durchgewinkt, bevor die Gemeinden überhaupt angehört wurden. Das " +
          "ist kein fairer Prozess.",
        "Esther Gubler",
      ],
      ["insgesamt leicht abnehmen", "Bundesamt für Zivilluftfahrt"],
      [
        "Ich höre die Flugzeuge auch. Aber ich weiss, wie eng es bei Bise auf den heutigen Pisten " +
          "manchmal wird.",
        "Ein Pilot",
      ],
      ["Wir kommen wieder", "Sandra Keller"],
    ],
  },
  {
    name:
      "Dolomitenstadt, Sport (Österreich): Schlussmann im Vorspann nur als „der Schlussmann“, im Text " +
      "mit „sagte Oberhuber“, Fortsetzung ohne Verb und am Ende nach „Oberhuber lacht.“, zwei Männer " +
      "in einem Absatz (Bergläufer mit „erzählte Mair“, Paragleiter mit „grinste:“), Teilzitat des " +
      "OK-Chefs nach „sprach von einer“, ungenannte ältere Zuschauerin nach Doppelpunkt, Teamname und " +
      "Spitzname",
    todo: "«Osttirol Power» taken for a quote",
    headline: "Dolomitenmann: Osttiroler Staffel siegt nach 24 Jahren wieder",
    standfirst:
      "Beim Extremstaffellauf in Lienz jubelt erstmals seit 2001 wieder ein Team aus dem Bezirk. „Das " +
      "war der schönste Tag meiner Karriere“, sagt der Schlussmann.",
    paragraphs: [
      "Als Florian Oberhuber am Samstag kurz nach 14 Uhr mit dem Kajak auf der Schulter über den " +
        "Lienzer Hauptplatz lief, hielt es niemanden mehr hinter den Absperrungen. Der 27-Jährige aus " +
        "Matrei, den sie daheim nur „Wildwasser-Flo“ nennen, war der Schlussmann des Teams „Osttirol " +
        "Power“, das den Dolomitenmann nach 24 Jahren wieder in den Bezirk geholt hat.",
      "„Das war der schönste Tag meiner Karriere“, sagte Oberhuber im Ziel, noch völlig außer Atem. " +
        "„Auf der Isel habe ich nur noch gehört, wie die Leute am Ufer schreien.“",
      "Den Grundstein hatten am Vormittag zwei andere gelegt. Bergläufer Lukas Mair erreichte die " +
        "Wechselzone am Kühboden als Zweiter, Paragleiter Andreas Webhofer machte mit einem perfekten " +
        "Flug fast zwei Minuten gut. „Ich hab oben nicht geschaut, wer hinter mir ist. Ich bin einfach " +
        "gelaufen“, erzählte Mair. Webhofer grinste: „Der Wind war heute auf unserer Seite, das gebe ich " +
        "zu.“",
      "Mountainbiker Thomas Gasser aus Sillian verteidigte den Vorsprung auf der Abfahrt, auf der im " +
        "Vorjahr noch drei Fahrer gestürzt waren. Ins Ziel kam das Team nach 4:18:37 Stunden, 41 " +
        "Sekunden vor der Staffel aus Slowenien.",
      "OK-Chef Michael Unterweger sprach von einer „Auflage, die man in Lienz nicht so schnell " +
        "vergisst“. Laut Rotem Kreuz mussten vier Athleten nach Stürzen versorgt werden, keiner von " +
        "ihnen schwer.",
      "Am Hauptplatz stand auch eine ältere Zuschauerin, die seit dem ersten Dolomitenmann jedes Jahr " +
        "an derselben Stelle wartet. Sie wischte sich Tränen aus den Augen: „Endlich wieder einer von " +
        "uns.“",
      "Am Abend wurde im Festzelt gefeiert. Ob er nächstes Jahr wieder antritt? Oberhuber lacht. „Wenn " +
        "mich die anderen drei noch wollen.“",
    ],
    quotes: [
      ["Das war der schönste Tag meiner Karriere", "Florian Oberhuber"],
      ["Auf der Isel habe ich nur noch gehört, wie die Leute am Ufer schreien.", "Florian Oberhuber"],
      ["Ich hab oben nicht geschaut, wer hinter mir ist. Ich bin einfach gelaufen", "Lukas Mair"],
      ["Der Wind war heute auf unserer Seite, das gebe ich zu.", "Andreas Webhofer"],
      ["Auflage, die man in Lienz nicht so schnell vergisst", "Michael Unterweger"],
      ["Endlich wieder einer von uns.", "eine ältere Zuschauerin"],
      ["Wenn mich die anderen drei noch wollen.", "Florian Oberhuber"],
    ],
  },
  {
    name:
      "Südtiroler Wirtschaftszeitung, Wirtschaft (Südtirol): Teilzitat des Obmanns im Vorspann und im " +
      "Text nach „spricht von einer“, dann als der 58-Jährige, Direktorin mit „erklärt sie“ und „Und:“ " +
      "ohne Verb, Stellungnahme eines Verbands mit „heißt es“, zwei Männer in einem Absatz (Teilzitat " +
      "eines ungenannten Obstbauern nach „fürchtet“, Obmann mit „widerspricht:“), Wirtschaftsforscher " +
      "mit „schätzt“, Sortennamen",
    todo:
      "«Die Konsolidierung war überfällig und wird ni…» goes to Lana, not Verband der Südtiroler " +
      "Obstgenossenschaften; «dass die Kleinen in einer großen Genossenscha…» goes to Ein Obstbauer " +
      "aus Tscherms, not Ein Obstbauer; «In zehn Jahren werden wir in Südtirol viellei…» goes to " +
      "Georg Kofler, not Andreas Kerschbaumer",
    headline: "Etschtal: Zwei Obstgenossenschaften werden eine",
    standfirst:
      "Frucht Etsch und der Obsthof Lana schließen sich zusammen. Der künftige Obmann spricht von " +
      "einer „Frage des Überlebens“.",
    paragraphs: [
      "Es ist die größte Fusion im Südtiroler Obstbau seit Jahren: Die Obstgenossenschaft Frucht Etsch " +
        "mit Sitz in Terlan und der Obsthof Lana schließen sich zum 1. September zusammen. Das haben die " +
        "Vollversammlungen beider Genossenschaften in der vergangenen Woche beschlossen. Gemeinsam " +
        "vermarkten sie künftig rund 160.000 Tonnen Äpfel im Jahr, geliefert von knapp 1.100 " +
        "Mitgliedern.",
      "Georg Kofler, bisher Obmann in Terlan und künftig an der Spitze der neuen Genossenschaft, " +
        "spricht von einer „Frage des Überlebens“. Die Kosten für Lagerung, Sortierung und Energie seien " +
        "in drei Jahren um fast ein Drittel gestiegen. „Allein kann eine mittelgroße Genossenschaft die " +
        "Investitionen in neue Sortieranlagen nicht mehr stemmen“, sagt der 58-Jährige.",
      "Die Geschäftsführung übernimmt die bisherige Direktorin des Obsthofs Lana, Verena Thaler. Sie " +
        "will vor allem den Export stärken, auch mit Clubsorten wie „Kanzi“ und „Envy“. „Unsere Kunden " +
        "in Skandinavien und am Persischen Golf wollen einen Ansprechpartner, nicht zwei“, erklärt sie. " +
        "Und: „Mit einer Stimme verhandeln wir auch mit dem Handel anders.“",
      "Der Verband der Südtiroler Obstgenossenschaften begrüßt den Schritt. „Die Konsolidierung war " +
        "überfällig und wird nicht die letzte bleiben“, heißt es in einer Stellungnahme des Verbandes.",
      "Ganz ohne Widerstand ging es nicht. In Lana stimmten 14 Prozent der Mitglieder gegen die " +
        "Fusion. Ein Obstbauer aus Tscherms, seit 30 Jahren Mitglied, fürchtet, „dass die Kleinen in " +
        "einer großen Genossenschaft nichts mehr zu sagen haben“. Kofler widerspricht: „Jedes Mitglied " +
        "hat eine Stimme, egal ob es zwei oder zwanzig Hektar bewirtschaftet.“",
      "Für den Wirtschaftsforscher Andreas Kerschbaumer ist die Fusion Teil eines Trends, der sich " +
        "beschleunigen dürfte. „In zehn Jahren werden wir in Südtirol vielleicht noch fünf oder sechs " +
        "Genossenschaften haben, nicht mehr zwanzig“, schätzt er.",
    ],
    quotes: [
      ["Frage des Überlebens", "Georg Kofler"],
      [
        "Allein kann eine mittelgroße Genossenschaft die Investitionen in neue Sortieranlagen nicht " +
          "mehr stemmen",
        "Georg Kofler",
      ],
      [
        "Unsere Kunden in Skandinavien und am Persischen Golf wollen einen Ansprechpartner, nicht zwei",
        "Verena Thaler",
      ],
      ["Mit einer Stimme verhandeln wir auch mit dem Handel anders.", "Verena Thaler"],
      [
        "Die Konsolidierung war überfällig und wird nicht die letzte bleiben",
        "Verband der Südtiroler Obstgenossenschaften",
      ],
      ["dass die Kleinen in einer großen Genossenschaft nichts mehr zu sagen haben", "Ein Obstbauer"],
      ["Jedes Mitglied hat eine Stimme, egal ob es zwei oder zwanzig Hektar bewirtschaftet.", "Georg Kofler"],
      [
        "In zehn Jahren werden wir in Südtirol vielleicht noch fünf oder sechs Genossenschaften haben, " +
          "nicht mehr zwanzig",
        "Andreas Kerschbaumer",
      ],
    ],
  },
  {
    name:
      "woxx, Politik (Luxemburg): Teilzitat einer Oppositionsabgeordneten im Vorspann und im Text nach " +
      "„nannte“, Minister mit „sagte der Minister“ und „räumte … ein“, zwei Frauen in einem Absatz " +
      "(Abgeordnete mit „sagte Schmit“, die andere mit „ging noch weiter:“), Teilzitat aus dem " +
      "Gutachten des Staatsrats mit „hieß es darin“, Sprecherin eines Kollektivs mit „sagt Becker“, " +
      "Teilzitat der Eigentümerkammer aus einem Communiqué, Namen in Anführungszeichen",
    todo:
      "«nicht mit der nötigen Präzision abgefasst» goes to Nathalie Wagner, not Staatsrat; " +
      "«erleichtert, dass die schlimmsten Vorschläge …» goes to die Vertretung der Eigentümer*innen, not " +
      "Chambre immobilière; «Chambre immobilière» taken for a quote",
    headline: "Mietgesetz: Viel Debatte, wenig Bremse",
    standfirst:
      "Die Chamber hat die Reform des Mietrechts verabschiedet. Für die Opposition ist sie „ein " +
      "Geschenk an die Vermieter“.",
    paragraphs: [
      "Nach fast sieben Stunden Debatte stimmte die Abgeordnetenkammer am Mittwochabend mit 33 zu 27 " +
        "Stimmen für die Reform des Mietgesetzes von 2006. Kernstücke sind eine neue " +
        "Berechnungsgrundlage für die gesetzliche Mietobergrenze und eine Kaution, die künftig höchstens " +
        "zwei Monatsmieten betragen darf. Für viele Mieter*innen dürfte sich trotzdem wenig ändern.",
      "Wohnungsbauminister Marc Hoffmann (DP) verteidigte den Text gegen die Kritik von links. „Wir " +
        "schaffen Transparenz, ohne die Investoren zu verschrecken, die wir für den Bau neuer Wohnungen " +
        "dringend brauchen“, sagte der Minister im Plenum. Auf Nachfrage der woxx räumte er später ein: " +
        "„Mehr ist im Moment nicht drin.“",
      "Die déi-Lénk-Abgeordnete Nathalie Wagner nannte die Reform „ein Geschenk an die Vermieter“. " +
        "Auch die LSAP stimmte dagegen. „Wer heute in Luxemburg eine Wohnung sucht, merkt von dieser " +
        "Reform genau nichts“, sagte ihre Abgeordnete Claudine Schmit. Wagner ging noch weiter: „Solange " +
        "die Regierung die Spekulation mit Bauland nicht angeht, bleibt jedes Mietgesetz Kosmetik.“",
      "Der Staatsrat hatte in seinem Gutachten mehrere formale Einwände erhoben, die erst im Frühjahr " +
        "ausgeräumt wurden. Die ursprüngliche Bestimmung zur Kaution sei „nicht mit der nötigen " +
        "Präzision abgefasst“, hieß es darin.",
      "Beim Kollektiv „Wunnen ass e Recht“, das seit zwei Jahren Mieter*innen in Esch und Differdingen " +
        "berät, ist die Enttäuschung groß. „Wir haben mit Familien gesprochen, die 60 Prozent ihres " +
        "Einkommens für die Miete ausgeben“, sagt Sprecherin Laura Becker. Kontrollen, ob die Obergrenze " +
        "eingehalten werde, sehe das Gesetz weiterhin nicht vor.",
      "Zufrieden zeigt sich dagegen die Vertretung der Eigentümer*innen, die „Chambre immobilière“. " +
        "Sie sei „erleichtert, dass die schlimmsten Vorschläge vom Tisch sind“, hieß es in einem " +
        "Communiqué vom Donnerstag.",
    ],
    quotes: [
      ["ein Geschenk an die Vermieter", "Nathalie Wagner"],
      [
        "Wir schaffen Transparenz, ohne die Investoren zu verschrecken, die wir für den Bau neuer " +
          "Wohnungen dringend brauchen",
        "Marc Hoffmann",
      ],
      ["Mehr ist im Moment nicht drin.", "Marc Hoffmann"],
      ["Wer heute in Luxemburg eine Wohnung sucht, merkt von dieser Reform genau nichts", "Claudine Schmit"],
      [
        "Solange die Regierung die Spekulation mit Bauland nicht angeht, bleibt jedes Mietgesetz Kosmetik.",
        "Nathalie Wagner",
      ],
      ["nicht mit der nötigen Präzision abgefasst", "Staatsrat"],
      [
        "Wir haben mit Familien gesprochen, die 60 Prozent ihres Einkommens für die Miete ausgeben",
        "Laura Becker",
      ],
      ["erleichtert, dass die schlimmsten Vorschläge vom Tisch sind", "Chambre immobilière"],
    ],
  },
  {
    name:
      'Ostbelgien Direkt, Lokales (Belgien, mit geraden "…"): Genossenschaftsvorsitzender mit ' +
      "„erinnert sich“ und Fortsetzung ohne Verb, Teilzitat des Bürgermeisters nach „sprach von " +
      "einem“, zwei Frauen in einem Absatz (Thekenhelferin mit „sagt Jost und lacht“, die 24-Jährige " +
      "nach Doppelpunkt), frühere Wirtin als die 71-Jährige, ungenannter Landwirt mit „winkt ab:“, " +
      "Name einer Kneipe und eines Förderprogramms",
    todo:
      "«Da will ich auch, dass hier im Dorf etwas los ist.» goes to Elke Jost, not Sandra Backes; " +
      "«Das klappt, solange alle begeistert sind. Im …» goes to Ein Landwirt aus dem Nachbarort " +
      "Hergersberg, not Ein Landwirt",
    headline: "Manderfeld: Genossenschaft rettet die letzte Dorfkneipe",
    standfirst:
      'Elf Monate war der "Eifeler Hof" geschlossen. Seit Samstag zapfen die Dorfbewohner selbst – ' +
      "140 Familien haben Anteile gezeichnet.",
    paragraphs: [
      'Am Samstagabend brannte im "Eifeler Hof" in Manderfeld zum ersten Mal seit elf Monaten wieder ' +
        "Licht. Mehr als 200 Menschen drängten sich in der Gaststube und auf dem Vorplatz, der " +
        "Musikverein spielte, und am Zapfhahn bildete sich eine lange Schlange.",
      '"Als die Wirtin aufgehört hat, war das Dorf plötzlich tot", erinnert sich Patrick Lenz, ' +
        'Vorsitzender der neuen Genossenschaft. "Kein Ort mehr, wo man nach der Beerdigung hingeht, ' +
        'kein Ort für den Stammtisch." Im Frühjahr lud er zu einer Versammlung ein, am Ende zeichneten ' +
        "140 Familien Anteile zu je 250 Euro.",
      "Die Deutschsprachige Gemeinschaft unterstützte den Umbau der Küche mit 35.000 Euro aus dem " +
        'Förderprogramm "Dorfleben". Büllingens Bürgermeister Hubert Kreusch sprach bei der Eröffnung ' +
        'von einem "Vorbild für die ganze Eifel".',
      "Hinter der Theke stehen jetzt Freiwillige, im Wechsel an drei Abenden pro Woche. Elke Jost, " +
        "pensionierte Grundschullehrerin, hat sich für den Freitag eingetragen, Sandra Backes für den " +
        'Samstag. "Ich habe hier mit 16 mein erstes Bier getrunken. Jetzt zapfe ich selbst", sagt Jost ' +
        'und lacht. Die 24-Jährige ist nach dem Studium extra aus Lüttich zurückgekommen: "Da will ich ' +
        'auch, dass hier im Dorf etwas los ist."',
      'Unter den Gästen war auch Maria Heinen, die den "Eifeler Hof" 38 Jahre lang geführt hatte. ' +
        'Sie bekam das erste Glas Sekt. "Ich bin froh, dass es weitergeht. Aber hinter die Theke stelle ' +
        'ich mich nicht mehr", sagte die 71-Jährige.',
      'Ganz überzeugt sind nicht alle. Ein Landwirt aus dem Nachbarort Hergersberg winkt ab: "Das ' +
        'klappt, solange alle begeistert sind. Im Februar, wenn es schneit, sehen wir weiter."',
    ],
    quotes: [
      ["Als die Wirtin aufgehört hat, war das Dorf plötzlich tot", "Patrick Lenz"],
      ["Kein Ort mehr, wo man nach der Beerdigung hingeht, kein Ort für den Stammtisch.", "Patrick Lenz"],
      ["Vorbild für die ganze Eifel", "Hubert Kreusch"],
      ["Ich habe hier mit 16 mein erstes Bier getrunken. Jetzt zapfe ich selbst", "Elke Jost"],
      ["Da will ich auch, dass hier im Dorf etwas los ist.", "Sandra Backes"],
      ["Ich bin froh, dass es weitergeht. Aber hinter die Theke stelle ich mich nicht mehr", "Maria Heinen"],
      [
        "Das klappt, solange alle begeistert sind. Im Februar, wenn es schneit, sehen wir weiter.",
        "Ein Landwirt",
      ],
    ],
  },
  {
    name:
      "Neue Presse, Kriminalität (Hannover): Kleingärtnerin in der Überschrift nur im Text genannt, " +
      "als „die Rentnerin“ und am Ende als die 68-Jährige, Polizeisprecherin nach Doppelpunkt und " +
      "Teilzitat mit „so Oltmanns“, zwei Männer in einem Absatz (Kleingärtner mit „sagt Yıldız“, " +
      "Verbandsvorsitzender mit „ist skeptisch:“), ungenannte Nachbarin ohne Verb, Name einer Kolonie " +
      "und einer Ermittlungsgruppe",
    todo:
      "«Ich dachte, da holt einer Grünschnitt ab. Um …» goes to Eine Nachbarin von Wiese, not Eine " +
      "Nachbarin",
    headline: "Einbrüche in Kleingärten: „Die nehmen sogar die Gartenzwerge mit“",
    standfirst:
      "In Hannovers Norden sind seit September mehr als 40 Gartenlauben aufgebrochen worden. Die " +
      "Polizei hat eine Ermittlungsgruppe gebildet.",
    paragraphs: [
      "Die Tür hängt schief in den Angeln, das Vorhängeschloss liegt zwischen den Dahlien. Hannelore " +
        "Wiese steht vor ihrer Laube in der Kolonie „Friedenstal“ in Vahrenheide und schüttelt den Kopf. " +
        "Seit 1991 hat sie die Parzelle, eingebrochen wurde bei ihr noch nie.",
      "„Rasenmäher, Heckenschere, der ganze Werkzeugschrank – alles weg“, sagt die Rentnerin. „Die " +
        "nehmen sogar die Gartenzwerge mit.“",
      "Nach Angaben der Polizeidirektion Hannover wurden seit Anfang September in drei Kolonien in " +
        "List und Vahrenheide 43 Lauben aufgebrochen. Polizeisprecherin Katrin Oltmanns sagt: „Wir gehen " +
        "davon aus, dass es sich um eine Gruppe handelt, die gezielt nachts und mit einem Fahrzeug " +
        "unterwegs ist.“ Die Täter gingen „sehr professionell“ vor, so Oltmanns. Eine Ermittlungsgruppe " +
        "mit dem Namen „Laube“ wertet inzwischen Spuren aus.",
      "Einige Pächter haben selbst aufgerüstet. Murat Yıldız hat an seiner Laube eine Wildkamera " +
        "angebracht. „Seit die Kamera hängt, ist Ruhe“, sagt Yıldız. Dieter Hanke, Vorsitzender des " +
        "Bezirksverbands der Kleingärtner, ist skeptisch: „Kameras schrecken vielleicht ab. Aber dann " +
        "gehen sie eben eine Parzelle weiter.“",
      "Eine Nachbarin von Wiese hat in der Nacht zum Sonntag einen Transporter auf dem Hauptweg " +
        "gehört. „Ich dachte, da holt einer Grünschnitt ab. Um drei Uhr morgens, wie dumm von mir.“",
      "Der Verband rät, keine Wertgegenstände in den Lauben zu lassen. Wiese will trotzdem " +
        "weitermachen. „Ich lass mir meinen Garten nicht kaputtmachen“, sagt die 68-Jährige.",
    ],
    quotes: [
      ["Rasenmäher, Heckenschere, der ganze Werkzeugschrank – alles weg", "Hannelore Wiese"],
      ["Die nehmen sogar die Gartenzwerge mit.", "Hannelore Wiese"],
      [
        "Wir gehen davon aus, dass es sich um eine Gruppe handelt, die gezielt nachts und mit einem " +
          "Fahrzeug unterwegs ist.",
        "Katrin Oltmanns",
      ],
      ["sehr professionell", "Katrin Oltmanns"],
      ["Seit die Kamera hängt, ist Ruhe", "Murat Yıldız"],
      ["Kameras schrecken vielleicht ab. Aber dann gehen sie eben eine Parzelle weiter.", "Dieter Hanke"],
      ["Ich dachte, da holt einer Grünschnitt ab. Um drei Uhr morgens, wie dumm von mir.", "Eine Nachbarin"],
      ["Ich lass mir meinen Garten nicht kaputtmachen", "Hannelore Wiese"],
    ],
  },
  {
    name:
      "Offenbach-Post, Gericht: Teilzitat des Richters im Vorspann und im Text im Konjunktiv mit " +
      "„sagte er“ und nach „Dann an den Angeklagten:“ ohne Verb, Schiedsrichter als der 19-Jährige und " +
      "am Ende ohne Verb, Angeklagter mit Initial nach „räumte die Tat ein:“, zwei Männer in einem " +
      "Absatz (Staatsanwalt mit „sagte Roth“, Teilzitat des Verteidigers nach „sprach von einer“), " +
      "Brief des Kreisfußballausschusses mit „heißt es darin“, Name einer Aktion",
    todo:
      "«Wer einen Schiedsrichter angreift, greift den…» goes to Der Kreisfußballausschuss " +
      "Offenbach, not Kreisfußballausschuss Offenbach",
    headline: "Schiedsrichter geschlagen: Vater muss 3.600 Euro zahlen",
    standfirst:
      "Das Amtsgericht Offenbach verurteilt einen 45-Jährigen wegen Körperverletzung. Der Richter " +
      "spricht von einem „Tiefpunkt für den Jugendfußball“.",
    paragraphs: [
      "Es lief die 70. Minute eines D-Jugend-Spiels in Bieber, als Dennis K. über die Bande stieg. " +
        "Sekunden später lag der Schiedsrichter am Boden, mit blutender Nase. Am Mittwoch hat das " +
        "Amtsgericht Offenbach den 45-Jährigen zu einer Geldstrafe von 120 Tagessätzen zu je 30 Euro " +
        "verurteilt.",
      "Der Schiedsrichter, Leon Brandt, Student aus Heusenstamm, schilderte den Vorfall im Zeugenstand " +
        "ruhig und genau. „Er hat erst geschrien, dann hat er zugeschlagen. Ich hatte keine Chance, " +
        "auszuweichen“, sagte der 19-Jährige. Seitdem habe er kein Spiel mehr gepfiffen.",
      "Dennis K. räumte die Tat ein: „Ich habe in dem Moment rot gesehen. Das war falsch, und ich " +
        "schäme mich dafür.“ Sein Sohn spiele seit dem Vorfall nicht mehr im Verein.",
      "Staatsanwalt Christian Roth hatte fünf Monate auf Bewährung gefordert. „Wer einen Jugendlichen " +
        "vor den Augen von Kindern schlägt, dem muss man deutlich zeigen, wo die Grenze ist“, sagte " +
        "Roth. Verteidiger Frank Seibel sprach dagegen von einer „einmaligen Entgleisung“ seines " +
        "Mandanten, der nicht vorbestraft ist.",
      "Der Kreisfußballausschuss Offenbach hatte nach dem Spiel einen Brief an alle Vereine im Kreis " +
        "geschickt. „Wer einen Schiedsrichter angreift, greift den ganzen Fußball an“, heißt es darin. " +
        "Seit dem Sommer beteiligt sich der Kreis zudem an der Aktion „Danke Schiri“.",
      "Richter Matthias Euler blieb bei einer Geldstrafe. Der Angriff sei ein „Tiefpunkt für den " +
        "Jugendfußball“, sagte er in der Urteilsbegründung. Dann an den Angeklagten: „Ihr Sohn hat an " +
        "diesem Tag mehr verloren als ein Spiel.“",
      "Brandt will im Frühjahr wieder auf den Platz. „Ich lasse mir das Hobby nicht nehmen.“",
    ],
    quotes: [
      ["Tiefpunkt für den Jugendfußball", "Matthias Euler"],
      [
        "Er hat erst geschrien, dann hat er zugeschlagen. Ich hatte keine Chance, auszuweichen",
        "Leon Brandt",
      ],
      ["Ich habe in dem Moment rot gesehen. Das war falsch, und ich schäme mich dafür.", "Dennis K."],
      [
        "Wer einen Jugendlichen vor den Augen von Kindern schlägt, dem muss man deutlich zeigen, wo " +
          "die Grenze ist",
        "Christian Roth",
      ],
      ["einmaligen Entgleisung", "Frank Seibel"],
      ["Wer einen Schiedsrichter angreift, greift den ganzen Fußball an", "Kreisfußballausschuss Offenbach"],
      ["Ihr Sohn hat an diesem Tag mehr verloren als ein Spiel.", "Matthias Euler"],
      ["Ich lasse mir das Hobby nicht nehmen.", "Leon Brandt"],
    ],
  },
  {
    name:
      "Thüringische Landeszeitung, Kultur: Kuratorin in der Überschrift nur im Text genannt, mit " +
      "Doktortitel, Fortsetzung ohne Verb, zwei Personen gleichen Nachnamens (die tote Weberin mit " +
      "Teilzitat aus einem Brief nach „schreibt sie“, ihr Großneffe mit „erzählt er“), zwei Frauen in " +
      "einem Absatz (Restauratorin mit „sagt Pohl“, Kuratorin mit „Die Kuratorin ist trotzdem " +
      "zufrieden:“), Stiftung mit „bezeichnet … als“, Ausstellungs- und Werktitel",
    todo:
      "«überfälligen Beitrag zur Geschichte der Fraue…» goes to Die Klassik Stiftung Weimar, not " +
      "Klassik Stiftung Weimar; «Rhythmus in Rot» taken for a quote",
    headline: "„Sie war ihrer Zeit voraus“: Bauhaus-Museum zeigt vergessene Weberin",
    standfirst:
      "Mehr als 80 Arbeiten von Hedwig Lorenz hat die Klassik Stiftung zusammengetragen. Viele lagen " +
      "jahrzehntelang auf einem Dachboden in Apolda.",
    paragraphs: [
      "Jahrzehntelang lagen die Teppichentwürfe, Stoffproben und Skizzenbücher in Kisten unter dem " +
        "Dach eines Hauses in Apolda. Ab Sonntag zeigt das Bauhaus-Museum Weimar sie unter dem Titel " +
        "„Fäden ins Offene“ – die erste Einzelausstellung der Weberin Hedwig Lorenz (1904–1979), die " +
        "1923 ans Bauhaus kam.",
      "„Sie war ihrer Zeit voraus“, sagt Kuratorin Dr. Friederike Sommer. „Lorenz hat mit Cellophan " +
        "und Kunstseide experimentiert, als die anderen noch Wolle verwebt haben.“ Herzstück der Schau " +
        "ist der Knüpfteppich „Rhythmus in Rot“ von 1927, der bisher nur von einem Schwarz-Weiß-Foto " +
        "bekannt war.",
      "Entdeckt hat den Nachlass der Großneffe der Weberin, Jens Lorenz. Der 62-jährige Lehrer räumte " +
        "2021 das Haus seiner verstorbenen Tante aus. „Ich wusste, dass sie gewebt hat. Aber ich dachte, " +
        "das sind Topflappen“, erzählt er und schmunzelt.",
      "Warum Hedwig Lorenz das Bauhaus 1928 verließ, erklärt ein Brief an ihre Schwester, der in einer " +
        "Vitrine liegt. Sie wolle „nicht länger die Teppiche der Herren Meister weben“, schreibt sie " +
        "darin.",
      "Monate hat Restauratorin Anja Pohl in die Stücke gesteckt. „Manche waren von Motten regelrecht " +
        "zerfressen“, sagt Pohl. Die Kuratorin ist trotzdem zufrieden: „Was wir zeigen, ist in einem " +
        "erstaunlich guten Zustand.“",
      "Die Klassik Stiftung Weimar bezeichnet die Schau in ihrer Ankündigung als „überfälligen Beitrag " +
        "zur Geschichte der Frauen am Bauhaus“. Sie ist bis zum 6. April zu sehen.",
    ],
    quotes: [
      ["Sie war ihrer Zeit voraus", "Friederike Sommer"],
      [
        "Lorenz hat mit Cellophan und Kunstseide experimentiert, als die anderen noch Wolle verwebt haben.",
        "Friederike Sommer",
      ],
      ["Ich wusste, dass sie gewebt hat. Aber ich dachte, das sind Topflappen", "Jens Lorenz"],
      ["nicht länger die Teppiche der Herren Meister weben", "Hedwig Lorenz"],
      ["Manche waren von Motten regelrecht zerfressen", "Anja Pohl"],
      ["Was wir zeigen, ist in einem erstaunlich guten Zustand.", "Friederike Sommer"],
      ["überfälligen Beitrag zur Geschichte der Frauen am Bauhaus", "Klassik Stiftung Weimar"],
    ],
  },
  {
    name:
      "Main-Echo, Gesundheit: Teilzitat des Spenders im Vorspann und im Text nach „wünscht sich“, mit " +
      "„erzählt der Rentner“ und Fortsetzung ohne Verb, Mitteilung des Blutspendedienstes mit „heißt " +
      "es“ nach „teilte … mit“ im Konjunktiv, Transfusionsmedizinerin mit Doktortitel und „sagt die " +
      "Transfusionsmedizinerin“, ungenannter Kliniksprecher mit „bestätigte“, zwei Frauen in einem " +
      "Absatz (Studentin mit „gibt Schmitt zu“, Freundin mit „lacht:“), Motto einer Aktion",
    todo:
      "«Die Lage ist ernster als in den vergangenen S…» goes to Der Blutspendedienst des Bayerischen " +
      "Roten Kreuzes, not Blutspendedienst des Bayerischen Roten Kreuzes",
    headline: "Blutkonserven werden knapp: Rotes Kreuz bittet um Spenden",
    standfirst:
      "Die Vorräte reichen nur noch für zwei Tage. Ein Aschaffenburger hat zum 150. Mal gespendet und " +
      "wünscht sich „mehr junge Leute auf den Liegen“.",
    paragraphs: [
      "Der Blutspendedienst des Bayerischen Roten Kreuzes ruft dringend zu Spenden auf. Vor allem Blut " +
        "der Gruppen 0 negativ und A negativ sei knapp, teilte der Blutspendedienst am Montag mit. „Die " +
        "Lage ist ernster als in den vergangenen Sommern“, heißt es in der Mitteilung. Die Aktion läuft " +
        "unter dem Motto „Sommer ohne Lücke“.",
      "In der Turnhalle der Mittelschule in Damm liegt Bernd Hofmann auf einer der Liegen, den Arm " +
        "ausgestreckt. Es ist seine 150. Spende. „Ich habe mit 18 angefangen, weil mein Vater nach einem " +
        "Unfall Blut gebraucht hat“, erzählt der Rentner. „Seitdem bin ich einfach dabeigeblieben.“",
      "Um ihn herum sieht er vor allem graue Haare. Hofmann wünscht sich deshalb „mehr junge Leute auf " +
        "den Liegen“. Nach Angaben des Roten Kreuzes ist mehr als die Hälfte der Spender älter als 50 " +
        "Jahre.",
      "Dr. Carolin Weigand betreut den Termin als Ärztin. „Jede Spende kann bis zu drei Menschen " +
        "helfen“, sagt die Transfusionsmedizinerin. Gebraucht werde Blut längst nicht nur nach Unfällen, " +
        "sondern vor allem bei Krebsbehandlungen und großen Operationen.",
      "Am Klinikum Aschaffenburg-Alzenau sind die Folgen schon zu spüren. „Wir mussten in den " +
        "vergangenen zwei Wochen bereits zwei planbare Operationen verschieben“, bestätigte ein Sprecher " +
        "des Klinikums.",
      "Zum ersten Mal dabei ist Lea Schmitt, 21, Studentin an der Technischen Hochschule. Ihre " +
        "Freundin Mira Albert hat sie mitgebracht. „Ich hatte echt Angst vor der Nadel“, gibt Schmitt " +
        "zu. Albert lacht: „Sie hat die ganze Zeit meine Hand gehalten.“",
    ],
    quotes: [
      ["mehr junge Leute auf den Liegen", "Bernd Hofmann"],
      [
        "Die Lage ist ernster als in den vergangenen Sommern",
        "Blutspendedienst des Bayerischen Roten Kreuzes",
      ],
      ["Ich habe mit 18 angefangen, weil mein Vater nach einem Unfall Blut gebraucht hat", "Bernd Hofmann"],
      ["Seitdem bin ich einfach dabeigeblieben.", "Bernd Hofmann"],
      ["Jede Spende kann bis zu drei Menschen helfen", "Carolin Weigand"],
      [
        "Wir mussten in den vergangenen zwei Wochen bereits zwei planbare Operationen verschieben",
        "ein Sprecher des Klinikums",
      ],
      ["Ich hatte echt Angst vor der Nadel", "Lea Schmitt"],
      ["Sie hat die ganze Zeit meine Hand gehalten.", "Mira Albert"],
    ],
  },
  {
    name:
      "Husumer Nachrichten, Umwelt: Teilzitat des Naturschützers im Vorspann und im Text nach „warnt " +
      "vor“, dann als der Biologe, Landwirt als der 49-Jährige mit einem Zitat über zwei Absätze, " +
      "Teilzitat des Kreisvorsitzenden nach „nannte“, zwei Männer in einem Absatz (Biologe mit „sagt " +
      "der Biologe“, Landwirt mit „schüttelt den Kopf:“), Ministeriumssprecherin mit Teilzitat im " +
      "Konjunktiv, plattdeutscher Spitzname",
    headline: "Nonnengänse fressen Eiderstedts Weiden kahl",
    standfirst:
      "Bis zu 40.000 Gänse rasten in diesem Frühjahr auf der Halbinsel. Landwirte fordern mehr Geld, " +
      "Naturschützer warnen vor „Panikmache“.",
    paragraphs: [
      "Sönke Carstensen steht am Rand einer Fenne bei Tetenbüll und zeigt auf das Gras. Es ist kaum " +
        "zwei Zentimeter hoch. Einige Hundert Nonnengänse haben sich gerade erst in die Luft erhoben, " +
        "auf Eiderstedt heißen sie längst nur noch „de Grasdeev“.",
      "„Seit März sieht das hier aus wie ein Golfplatz, so kurz haben die Gänse es abgefressen“, sagt " +
        "der 49-Jährige, der 120 Milchkühe hält und nun Futter zukaufen muss. „Ich habe nichts gegen " +
        "Gänse. Mein Großvater hat sie noch gezählt, als es ein paar Hundert waren.",
      "„Aber wenn sie jedes Jahr länger bleiben und jedes Jahr mehr werden, dann geht das an unsere " +
        "Existenz.“",
      "Landwirte, die am Vertragsnaturschutz teilnehmen, erhalten derzeit bis zu 250 Euro pro Hektar " +
        "als Ausgleich. Dem Bauernverband reicht das nicht. Sein Kreisvorsitzender in Nordfriesland, " +
        "Thomas Hansen, nannte die Summe „einen Tropfen auf den heißen Stein“.",
      "Beim Nabu sieht man die Lage anders. Gänseexperte Hauke Jessen warnt vor „Panikmache“. „Die " +
        "Gänse waren zuerst da. Wir müssen lernen, mit ihnen zu leben, statt sie zu vergrämen“, sagt der " +
        "Biologe. Carstensen schüttelt den Kopf, als er das hört: „Die sollen mal einen Winter lang " +
        "meine Futterrechnung bezahlen.“",
      "Das Umweltministerium in Kiel will das Gänsemanagement bis zum Herbst überarbeiten. Ziel sei " +
        "„ein fairer Ausgleich zwischen Landwirtschaft und Naturschutz“, teilte eine " +
        "Ministeriumssprecherin mit. Eine Jagd auf die streng geschützten Tiere sei nicht geplant.",
    ],
    quotes: [
      ["Panikmache", "Hauke Jessen"],
      [
        "Seit März sieht das hier aus wie ein Golfplatz, so kurz haben die Gänse es abgefressen",
        "Sönke Carstensen",
      ],
      [
        "Ich habe nichts gegen Gänse. Mein Großvater hat sie noch gezählt, als es ein paar Hundert waren.",
        "Sönke Carstensen",
      ],
      [
        "Aber wenn sie jedes Jahr länger bleiben und jedes Jahr mehr werden, dann geht das an unsere " +
          "Existenz.",
        "Sönke Carstensen",
      ],
      ["einen Tropfen auf den heißen Stein", "Thomas Hansen"],
      [
        "Die Gänse waren zuerst da. Wir müssen lernen, mit ihnen zu leben, statt sie zu vergrämen",
        "Hauke Jessen",
      ],
      ["Die sollen mal einen Winter lang meine Futterrechnung bezahlen.", "Sönke Carstensen"],
      ["ein fairer Ausgleich zwischen Landwirtschaft und Naturschutz", "eine Ministeriumssprecherin"],
    ],
  },
]);
