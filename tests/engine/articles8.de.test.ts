// An eighth round of composed German news articles, in the styles of outlets and beats the first seven rounds
// (articles.de to articles7.de) did not use: Märkische Allgemeine (local news: a village's bus line cut, the
// district administrator, a pensioner by her age, the transport company in a statement, a councillor),
// Leipziger Volkszeitung (courts: a manslaughter verdict, the presiding judge's reasons, the prosecutor, the
// defence, the accused's mother, the court's spokeswoman), Abendzeitung München (sport: an ice hockey match,
// both coaches, a goalscorer by his age, the captain, two players sharing a surname), Aachener Zeitung
// (science: a RWTH battery study, the lead researcher, a doctoral student, a paper that writes, an outside
// expert), Neue Westfälische (health: a hospital's maternity ward closing, the managing director, a midwife,
// the health minister through a spokesman, a mother), Südkurier (environment: Lake Constance's quagga mussel,
// a water supplier's chief, a biologist, the fishers, the Landratsamt), Volksstimme (Blaulicht: a barn fire,
// the police station, the fire chief, a neighbour, the mayor), Berner Zeitung (politics, with «…»: a cantonal
// vote on school holidays, the education director, a party, a teachers' union, a father), Vorarlberger
// Nachrichten (culture: a festival's programme, the intendant, a director, a singer, the governor, a title in
// marks) and WirtschaftsWoche (business: a mid-sized machine builder's succession, the founder and his
// daughter sharing a surname, a consultant, the bank). Every article was written before the engine was run on
// it; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "Märkische Allgemeine, Lokales: Buslinie, Landrat, Rentnerin mit Alter, Verkehrsbetrieb in " +
      "Mitteilung, sie",
    headline: "„Dann sitzen wir hier fest“: Dörfer im Fläming verlieren ihren Bus",
    standfirst:
      "Ab Dezember fährt die Linie 581 nur noch zweimal am Tag. In Niemegk und Umgebung ist der Ärger groß.",
    paragraphs: [
      "Für Gisela Hoffmann ist der Bus die einzige Verbindung zur Außenwelt. Die 78-Jährige hat nie einen " +
        "Führerschein gemacht, zum Arzt nach Bad Belzig fährt sie seit Jahren mit der Linie 581. „Wenn der " +
        "Bus nur noch morgens und abends kommt, dann sitzen wir hier fest“, sagt die Rentnerin.",
      "Der Landkreis Potsdam-Mittelmark hatte im Herbst beschlossen, mehrere schwach genutzte Linien " +
        "auszudünnen. Landrat Marko Köhler verteidigt die Entscheidung. „Wir fahren auf manchen Strecken " +
        "leere Busse durch die Gegend. Das kann sich der Kreis nicht mehr leisten“, sagte er der MAZ.",
      "Die Regiobus Potsdam Mittelmark GmbH verweist auf den Fahrermangel. „Wir finden schlicht nicht " +
        "genug Personal, um das bisherige Angebot aufrechtzuerhalten“, heißt es in einer Mitteilung des " +
        "Unternehmens. Als Ersatz soll ein Rufbus eingerichtet werden, der eine Stunde vorher bestellt " +
        "werden muss.",
      "Davon hält Hoffmann wenig. Sie habe kein Smartphone, und die Hotline sei am Wochenende nicht " +
        "besetzt. „Das ist doch nichts für alte Leute“, sagt sie.",
      "Auch im Kreistag regt sich Widerstand. Der Linken-Abgeordnete Thomas Berndt nannte den Beschluss " +
        "einen „Rückzug aus der Fläche“. Wer auf dem Land wohne, dürfe nicht zum Bürger zweiter Klasse " +
        "werden. Seine Fraktion will im Januar beantragen, die Kürzung zurückzunehmen.",
      "Köhler zeigte sich gesprächsbereit, aber nicht kompromissbereit: „Wir schauen uns die Zahlen nach " +
        "einem halben Jahr noch einmal an. Versprechen kann ich nichts.“",
    ],
    quotes: [
      ["Dann sitzen wir hier fest", "Gisela Hoffmann"],
      ["Wenn der Bus nur noch morgens und abends kommt, dann sitzen wir hier fest", "Gisela Hoffmann"],
      [
        "Wir fahren auf manchen Strecken leere Busse durch die Gegend. Das kann sich der Kreis nicht mehr " +
          "leisten",
        "Marko Köhler",
      ],
      [
        "Wir finden schlicht nicht genug Personal, um das bisherige Angebot aufrechtzuerhalten",
        "Die Regiobus Potsdam Mittelmark GmbH",
      ],
      ["Das ist doch nichts für alte Leute", "Gisela Hoffmann"],
      ["Rückzug aus der Fläche", "Thomas Berndt"],
      [
        "Wir schauen uns die Zahlen nach einem halben Jahr noch einmal an. Versprechen kann ich nichts.",
        "Marko Köhler",
      ],
    ],
  },
  {
    name:
      "Leipziger Volkszeitung, Gericht: Urteil, Vorsitzender Richter, Staatsanwältin, Verteidiger, Mutter, " +
      "Gerichtssprecherin",
    headline: "Tödlicher Streit in Grünau: Sieben Jahre Haft für 24-Jährigen",
    standfirst:
      "Das Landgericht Leipzig sieht keinen Mord, sondern Totschlag. Die Familie des Opfers reagiert " +
      "fassungslos.",
    paragraphs: [
      "Im Prozess um den gewaltsamen Tod eines 31-Jährigen in Leipzig-Grünau hat das Landgericht den " +
        "Angeklagten Kevin S. zu sieben Jahren Haft verurteilt. Die Schwurgerichtskammer wertete die Tat " +
        "als Totschlag. Der 24-Jährige hatte im März vor einem Kiosk an der Stuttgarter Allee mehrfach " +
        "mit einem Messer auf den Mann eingestochen.",
      "„Es gab keinen Plan, es gab keine Heimtücke. Es gab einen Streit, der innerhalb von Sekunden " +
        "eskaliert ist“, sagte der Vorsitzende Richter Hans-Jürgen Wendler in der Urteilsbegründung. " +
        "Das mache die Tat nicht weniger schrecklich.",
      "Die Staatsanwaltschaft hatte eine Verurteilung wegen Mordes und lebenslange Haft gefordert. " +
        "Staatsanwältin Katrin Leube hatte in ihrem Plädoyer von einem „Angriff aus dem Hinterhalt“ " +
        "gesprochen. Das Opfer habe keine Chance gehabt, sich zu wehren.",
      "Verteidiger Ralf Zschiesche zeigte sich nach dem Urteil erleichtert. „Das Gericht hat genau " +
        "hingeschaut“, sagte er. Sein Mandant bereue die Tat zutiefst. Ob er Revision einlegen werde, " +
        "ließ der Anwalt offen.",
      "Die Mutter des Getöteten verließ den Saal unter Tränen. „Sieben Jahre für ein Leben“, sagte sie " +
        "auf dem Flur. „Wie soll ich das verstehen?“",
      "Das Urteil ist noch nicht rechtskräftig. Beide Seiten können binnen einer Woche Revision " +
        "einlegen, wie Gerichtssprecherin Antje Heinrich mitteilte.",
    ],
    quotes: [
      [
        "Es gab keinen Plan, es gab keine Heimtücke. Es gab einen Streit, der innerhalb von Sekunden " +
          "eskaliert ist",
        "Hans-Jürgen Wendler",
      ],
      ["Angriff aus dem Hinterhalt", "Katrin Leube"],
      ["Das Gericht hat genau hingeschaut", "Ralf Zschiesche"],
      ["Sieben Jahre für ein Leben", "Die Mutter des Getöteten"],
      ["Wie soll ich das verstehen?", "Die Mutter des Getöteten"],
    ],
  },
  {
    name:
      "Abendzeitung München, Sport: Eishockey, Trainer beider Teams, Torschütze mit Alter, Kapitän, " +
      "Brüder gleichen Namens",
    headline: "EHC dreht das Derby: „Wir haben nie aufgehört zu glauben“",
    paragraphs: [
      "Was für ein Abend im SAP Garden! Der EHC Red Bull München hat das bayerische Derby gegen die " +
        "Augsburger Panther nach 0:2-Rückstand noch mit 4:3 nach Verlängerung gewonnen. Den " +
        "entscheidenden Treffer erzielte Jonas Brandl in der 63. Minute.",
      "„Wir haben nie aufgehört zu glauben“, sagte der 22-Jährige nach dem Spiel, noch völlig außer " +
        "Atem. „Nach dem zweiten Gegentor war es kurz still in der Kabine, aber dann hat jeder gewusst, " +
        "dass noch viel Zeit ist.“",
      "Münchens Trainer Oliver Steiner lobte vor allem die Moral seiner Mannschaft. „Das erste Drittel " +
        "war nicht gut, da brauchen wir nicht drumherumzureden“, sagte der Coach. „Aber wie die Jungs " +
        "danach zurückgekommen sind, das war stark.“",
      "Besonders auffällig: die Brüder Moritz und Lukas Sailer, die beide ein Tor vorbereiteten. Lukas " +
        "Sailer, der Jüngere, sagte grinsend: „Zu Hause wird jetzt darüber diskutiert, wer den schöneren " +
        "Pass gespielt hat.“",
      "Auf Augsburger Seite war die Enttäuschung groß. Panther-Trainer Mark Pederson haderte mit der " +
        "Schiedsrichterleistung. „Die Strafe vor dem Ausgleich war ein Witz“, schimpfte der Kanadier. " +
        "Seine Mannschaft habe 50 Minuten lang das bessere Spiel gemacht.",
      "EHC-Kapitän Patrick Hager wollte davon nichts wissen. Man habe sich den Sieg „mit harter Arbeit " +
        "verdient“. Schon am Freitag geht es für die Münchner in Mannheim weiter.",
    ],
    quotes: [
      ["Wir haben nie aufgehört zu glauben", "Jonas Brandl"],
      [
        "Nach dem zweiten Gegentor war es kurz still in der Kabine, aber dann hat jeder gewusst, dass noch " +
          "viel Zeit ist.",
        "Jonas Brandl",
      ],
      ["Das erste Drittel war nicht gut, da brauchen wir nicht drumherumzureden", "Oliver Steiner"],
      ["Aber wie die Jungs danach zurückgekommen sind, das war stark.", "Oliver Steiner"],
      ["Zu Hause wird jetzt darüber diskutiert, wer den schöneren Pass gespielt hat.", "Lukas Sailer"],
      ["Die Strafe vor dem Ausgleich war ein Witz", "Mark Pederson"],
      ["mit harter Arbeit verdient", "Patrick Hager"],
    ],
  },
  {
    name:
      "Aachener Zeitung, Wissenschaft: Studie, Projektleiterin, Doktorand, Fachaufsatz schreibt, " +
      "externer Experte, so",
    headline: "Aachener Forscher lassen Akkus länger leben",
    standfirst:
      "Ein Team der RWTH hat eine Beschichtung entwickelt, die Lithium-Ionen-Zellen vor dem Altern " +
      "schützt. Bis zum Einsatz im Auto ist es aber noch ein weiter Weg.",
    paragraphs: [
      "Batterien von Elektroautos verlieren mit jeder Ladung ein wenig Kapazität. Forschende der RWTH " +
        "Aachen haben nun einen Weg gefunden, diesen Prozess deutlich zu verlangsamen. Ihre Ergebnisse " +
        "sind in der Fachzeitschrift „Nature Energy“ erschienen.",
      "„Wir haben die Kathode mit einer hauchdünnen Schicht aus Aluminiumoxid überzogen“, erklärt " +
        "Projektleiterin Prof. Dr. Sabine Wirtz vom Institut für Stromrichtertechnik und Elektrische " +
        "Antriebe. Im Labor hätten die so behandelten Zellen nach 2000 Ladezyklen noch 92 Prozent ihrer " +
        "ursprünglichen Kapazität gehabt, herkömmliche Zellen nur 78 Prozent.",
      "In dem Aufsatz schreiben die Autoren, die Beschichtung verhindere „die Bildung von Rissen an der " +
        "Oberfläche der Partikel“. Genau diese Risse gelten als eine Hauptursache für das Altern der " +
        "Zellen.",
      "Die meisten Versuche hat Doktorand Felix Gerards durchgeführt. „Am Anfang hat gar nichts " +
        "funktioniert. Die Schicht ist immer wieder abgeplatzt“, erinnert sich der 29-Jährige. Erst nach " +
        "einem halben Jahr habe man die richtige Temperatur für das Verfahren gefunden.",
      "Unabhängige Fachleute reagieren positiv, aber zurückhaltend. „Das ist ein sauberes Stück Arbeit“, " +
        "sagt Martin Winkler vom Helmholtz-Institut Münster, der an der Studie nicht beteiligt war. Ob " +
        "sich das Verfahren in der Massenfertigung bewähre, sei aber offen. „Im Labor funktioniert " +
        "vieles.“",
      "Wirtz will nun mit einem Zellhersteller aus der Region zusammenarbeiten. Fünf Jahre bis zur " +
        "Serienreife seien realistisch, so die Forscherin.",
    ],
    quotes: [
      ["Wir haben die Kathode mit einer hauchdünnen Schicht aus Aluminiumoxid überzogen", "Sabine Wirtz"],
      ["die Bildung von Rissen an der Oberfläche der Partikel", "die Autoren"],
      ["Am Anfang hat gar nichts funktioniert. Die Schicht ist immer wieder abgeplatzt", "Felix Gerards"],
      ["Das ist ein sauberes Stück Arbeit", "Martin Winkler"],
      ["Im Labor funktioniert vieles.", "Martin Winkler"],
    ],
  },
  {
    name:
      "Neue Westfälische, Gesundheit: Kreißsaal schließt, Geschäftsführer, Hebamme, " +
      "Ministerium über Sprecher, Mutter",
    headline: "Geburtsstation in Lübbecke schließt Ende März",
    paragraphs: [
      "Im Krankenhaus Lübbecke werden ab April keine Kinder mehr zur Welt kommen. Die Mühlenkreiskliniken " +
        "haben am Dienstag angekündigt, die Geburtshilfe nach Minden zu verlagern. Betroffen sind rund " +
        "450 Geburten im Jahr.",
      "„Wir haben uns diese Entscheidung nicht leicht gemacht“, sagte Geschäftsführer Dr. Olaf Bornemann " +
        "bei einer Pressekonferenz. Seit Monaten könne man den Dienstplan im Kreißsaal nur noch mit " +
        "Leihpersonal füllen. „Die Sicherheit von Mutter und Kind hat Vorrang vor allem anderen.“",
      "Die Hebammen erfuhren von der Schließung erst am Morgen. „Viele Kolleginnen haben geweint“, " +
        "berichtet Anke Rethemeier, die seit 19 Jahren in Lübbecke arbeitet. Sie fürchtet, dass Frauen " +
        "aus dem Altkreis künftig zu spät in die Klinik kommen: Bis Minden seien es von manchen Dörfern " +
        "aus mehr als 40 Minuten.",
      "Das NRW-Gesundheitsministerium verwies auf die Krankenhausreform. Die Bündelung von Leistungen " +
        "sei „politisch gewollt“, sagte ein Sprecher. Eine flächendeckende Versorgung bleibe aber " +
        "gewährleistet.",
      "Jana Meier aus Preußisch Oldendorf hat ihre beiden Kinder in Lübbecke bekommen. „Ich hätte mir " +
        "nicht vorstellen können, mit Wehen noch eine Dreiviertelstunde im Auto zu sitzen“, sagt die " +
        "34-Jährige. Eine Online-Petition gegen die Schließung hat sie bereits unterschrieben.",
      "Bornemann kündigte an, in Lübbecke eine Hebammensprechstunde für die Vor- und Nachsorge zu " +
        "erhalten. Alle Beschäftigten sollen ein Angebot in Minden bekommen.",
    ],
    quotes: [
      ["Wir haben uns diese Entscheidung nicht leicht gemacht", "Olaf Bornemann"],
      ["Die Sicherheit von Mutter und Kind hat Vorrang vor allem anderen.", "Olaf Bornemann"],
      ["Viele Kolleginnen haben geweint", "Anke Rethemeier"],
      ["politisch gewollt", "ein Sprecher"],
      [
        "Ich hätte mir nicht vorstellen können, mit Wehen noch eine Dreiviertelstunde im Auto zu sitzen",
        "Jana Meier",
      ],
    ],
  },
  {
    name:
      "Südkurier, Umwelt: Quagga-Muschel, " +
      "Wasserversorger-Chef, Biologin, Fischer, Landratsamt, Doppelpunkt",
    headline: "Quagga-Muschel breitet sich im Bodensee rasant aus",
    standfirst:
      "Die eingeschleppte Art verstopft Leitungen und verdrängt heimische Tiere. Die Wasserversorger " +
      "rüsten teuer nach.",
    paragraphs: [
      "Vor zehn Jahren wurde sie erstmals im Bodensee entdeckt, inzwischen bedeckt sie in manchen Tiefen " +
        "fast den gesamten Seegrund: Die Quagga-Muschel hat sich schneller ausgebreitet als befürchtet. " +
        "Das zeigt eine neue Untersuchung des Instituts für Seenforschung in Langenargen.",
      "„Wir finden bis in 100 Meter Tiefe mehrere Tausend Tiere pro Quadratmeter“, sagt die Biologin " +
        "Dr. Petra Teiber-Sießegger. Die Muscheln filtern Plankton aus dem Wasser, das dann den Fischen " +
        "als Nahrung fehle.",
      "Besonders teuer wird die Invasion für die Bodensee-Wasserversorgung, die rund vier Millionen " +
        "Menschen in Baden-Württemberg mit Trinkwasser beliefert. Die Muscheln setzen sich in den " +
        "Entnahmeleitungen fest. Verbandsvorsteher Christoph Jeromin spricht von einer „Daueraufgabe für " +
        "Jahrzehnte“. Der Zweckverband investiert mehrere Hundert Millionen Euro in eine neue " +
        "Aufbereitungsanlage auf dem Sipplinger Berg.",
      "Auch die Berufsfischer am See schlagen Alarm. Die Felchenfänge sind seit Jahren rückläufig. " +
        "„Die Muschel frisst uns das Futter weg, und wir können nur zuschauen“, sagt Fischer Roland " +
        "Müller aus Hagnau.",
      "Das Landratsamt Bodenseekreis appelliert an Bootsbesitzer, ihre Boote vor dem Wechsel in ein " +
        "anderes Gewässer gründlich zu reinigen. „Jedes ungereinigte Boot kann Larven verschleppen“, " +
        "heißt es in einem Merkblatt der Behörde.",
      "Teiber-Sießegger macht wenig Hoffnung: „Loswerden werden wir die Quagga-Muschel nicht mehr. Wir " +
        "müssen lernen, mit ihr zu leben.“",
    ],
    quotes: [
      ["Wir finden bis in 100 Meter Tiefe mehrere Tausend Tiere pro Quadratmeter", "Petra Teiber-Sießegger"],
      ["Daueraufgabe für Jahrzehnte", "Christoph Jeromin"],
      ["Die Muschel frisst uns das Futter weg, und wir können nur zuschauen", "Roland Müller"],
      ["Jedes ungereinigte Boot kann Larven verschleppen", "Das Landratsamt Bodenseekreis"],
      [
        "Loswerden werden wir die Quagga-Muschel nicht mehr. Wir müssen lernen, mit ihr zu leben.",
        "Petra Teiber-Sießegger",
      ],
    ],
  },
  {
    name:
      "Volksstimme, Blaulicht: Scheunenbrand, Polizeirevier teilt mit, Wehrleiter, Nachbar, " +
      "Bürgermeisterin in Apposition, Anonymer",
    headline: "Scheune in Flammen: Großeinsatz bei Haldensleben",
    paragraphs: [
      "Ein Großbrand hat in der Nacht zu Sonntag eine Scheune in Süplingen (Landkreis Börde) zerstört. " +
        "Mehr als 80 Feuerwehrleute aus sechs Ortswehren waren im Einsatz. Verletzt wurde niemand.",
      "Nach Angaben der Polizei ging gegen 2.30 Uhr der Notruf ein. „Beim Eintreffen der ersten Kräfte " +
        "stand das Gebäude bereits in Vollbrand“, teilte das Polizeirevier Börde mit. In " +
        "der Scheune lagerten etwa 300 Strohballen sowie landwirtschaftliche Maschinen.",
      "„Wir konnten die Scheune nicht mehr retten, aber wir haben verhindert, dass das Feuer auf das " +
        "Wohnhaus übergreift“, sagte Gemeindewehrleiter Steffen Krüger am Morgen. Die Löscharbeiten " +
        "dauerten bis in den Vormittag, weil die Strohballen immer wieder aufflammten.",
      "Ein Nachbar hatte das Feuer bemerkt. „Ich bin wach geworden, weil es so hell war“, erzählte der " +
        "Mann, der seinen Namen nicht in der Zeitung lesen wollte. „Erst dachte ich, da steht ein Auto " +
        "mit Fernlicht vor dem Haus.“",
      "Die Bürgermeisterin der Stadt Haldensleben, Regina Blenkle, dankte den Einsatzkräften. Sie seien " +
        "„wieder einmal über sich hinausgewachsen“. Den Schaden schätzt die Polizei auf rund 250.000 " +
        "Euro.",
      "Zur Brandursache ist noch nichts bekannt. Ein Brandursachenermittler soll den Brandort am Montag " +
        "untersuchen.",
    ],
    quotes: [
      ["Beim Eintreffen der ersten Kräfte stand das Gebäude bereits in Vollbrand", "das Polizeirevier Börde"],
      [
        "Wir konnten die Scheune nicht mehr retten, aber wir haben verhindert, dass das Feuer auf das " +
          "Wohnhaus übergreift",
        "Steffen Krüger",
      ],
      ["Ich bin wach geworden, weil es so hell war", "Ein Nachbar"],
      ["Erst dachte ich, da steht ein Auto mit Fernlicht vor dem Haus.", "Ein Nachbar"],
      ["wieder einmal über sich hinausgewachsen", "Regina Blenkle"],
    ],
  },
  {
    name:
      "Berner Zeitung, Politik, «…»: Abstimmung Schulferien, Bildungsdirektorin, Partei, Lehrerverband, " +
      "Vater, Titel der Initiative",
    headline: "Kanton Bern: Herbstferien sollen eine Woche kürzer werden",
    standfirst:
      "Die Bildungsdirektion will die Ferien neu verteilen. Lehrpersonen und Eltern sind gespalten.",
    paragraphs: [
      "Der Regierungsrat des Kantons Bern will die Herbstferien von drei auf zwei Wochen kürzen und dafür " +
        "im Februar eine zusätzliche Ferienwoche einführen. Die Vorlage kommt im Juni vor das Volk.",
      "«Wir wollen das Schuljahr besser rhythmisieren», sagte Bildungsdirektorin Christine Häsler am " +
        "Montag vor den Medien in Bern. Die langen Wochen zwischen Neujahr und Frühling seien für viele " +
        "Kinder eine grosse Belastung.",
      "Der Berufsverband Bildung Bern unterstützt die Reform grundsätzlich. «Die Rückmeldungen aus den " +
        "Schulen sind eindeutig: Im Winter sind alle am Anschlag», sagt Verbandspräsident Stefan Wittwer. " +
        "Er verlangt aber, dass die Gemeinden bei der Umsetzung mitreden können.",
      "Widerstand kommt von der SVP. Die Partei hat unter dem Titel «Ferien für Familien, nicht für " +
        "Verwaltungen» ein Gegenkomitee gegründet. Grossrat Samuel Krähenbühl spricht von einer " +
        "«Reform am Bedürfnis der Eltern vorbei». Im Herbst arbeiteten viele Bauernfamilien, die " +
        "Kinder würden dann gebraucht.",
      "Auch unter Eltern gehen die Meinungen auseinander. Daniel Zaugg aus Burgdorf, Vater von drei " +
        "Kindern, findet die Idee gut. «Im Februar hat man als Familie endlich Zeit, Ski zu fahren», " +
        "sagt er. Seine Nachbarin sehe das ganz anders.",
      "Häsler zeigt sich zuversichtlich. «Ich bin überzeugt, dass die Bevölkerung die Vorteile sieht.»",
    ],
    quotes: [
      ["Wir wollen das Schuljahr besser rhythmisieren", "Christine Häsler"],
      ["Die Rückmeldungen aus den Schulen sind eindeutig: Im Winter sind alle am Anschlag", "Stefan Wittwer"],
      ["Reform am Bedürfnis der Eltern vorbei", "Samuel Krähenbühl"],
      ["Im Februar hat man als Familie endlich Zeit, Ski zu fahren", "Daniel Zaugg"],
      ["Ich bin überzeugt, dass die Bevölkerung die Vorteile sieht.", "Christine Häsler"],
    ],
  },
  {
    name:
      "Vorarlberger Nachrichten, Kultur: Festspielprogramm, Intendantin, Regisseur, Sängerin, " +
      "Landeshauptmann, Werktitel",
    headline: "Bregenzer Festspiele setzen auf Verdi",
    standfirst:
      "Auf der Seebühne wird ab Juli „Der Troubadour“ gespielt. Intendantin Lilli Paasikivi spricht " +
      "von einem „Wagnis mit Ansage“.",
    paragraphs: [
      "Die Bregenzer Festspiele haben am Dienstag ihr Programm für den kommenden Sommer vorgestellt. Auf " +
        "der Seebühne steht Giuseppe Verdis „Der Troubadour“ auf dem Spielplan, im Festspielhaus wird " +
        "eine selten gespielte Oper von Leoš Janáček gezeigt.",
      "„Der Troubadour hat eine Handlung, die niemand auf Anhieb versteht. Das ist ein Wagnis mit " +
        "Ansage“, sagte Intendantin Lilli Paasikivi und lachte. Gerade deshalb passe das Stück zur " +
        "Seebühne, wo die Bilder mehr erzählen müssten als der Text.",
      "Inszenieren wird der Brite Stefan Herheim. Er wolle das Publikum „in einen Fiebertraum“ " +
        "mitnehmen, kündigte der Regisseur an. Details zum Bühnenbild verriet er noch nicht, nur so " +
        "viel: „Es wird brennen. Im wahrsten Sinne des Wortes.“",
      "Die Partie der Leonora singt die Vorarlberger Sopranistin Katharina Ruckgaber. Für die " +
        "Dornbirnerin ist es der erste große Auftritt in ihrer Heimat. „Als Kind bin ich mit meinen " +
        "Eltern jeden Sommer auf der Tribüne gesessen. Jetzt stehe ich selbst da unten – das ist " +
        "unglaublich“, sagte die 31-Jährige den VN.",
      "Landeshauptmann Markus Wallner betonte die wirtschaftliche Bedeutung der Festspiele für das Land. " +
        "Jeder investierte Euro komme „mehrfach zurück“. Bund, Land und Stadt tragen gemeinsam rund " +
        "ein Drittel des Budgets.",
      "Der Kartenvorverkauf startet am 1. Dezember. Im vergangenen Jahr lag die Auslastung auf der " +
        "Seebühne bei 98 Prozent.",
    ],
    quotes: [
      ["Wagnis mit Ansage", "Lilli Paasikivi"],
      [
        "Der Troubadour hat eine Handlung, die niemand auf Anhieb versteht. Das ist ein Wagnis mit Ansage",
        "Lilli Paasikivi",
      ],
      ["in einen Fiebertraum", "Stefan Herheim"],
      ["Es wird brennen. Im wahrsten Sinne des Wortes.", "Stefan Herheim"],
      [
        "Als Kind bin ich mit meinen Eltern jeden Sommer auf der Tribüne gesessen. Jetzt stehe ich selbst " +
          "da unten – das ist unglaublich",
        "Katharina Ruckgaber",
      ],
      ["mehrfach zurück", "Markus Wallner"],
    ],
  },
  {
    name:
      "WirtschaftsWoche, Unternehmen: Nachfolge, Gründer " +
      "und Tochter gleichen Namens, Berater, Bank, er/sie",
    headline: "Maschinenbauer Reuther: Die Tochter übernimmt – und räumt auf",
    standfirst:
      "Vier Jahrzehnte hat Werner Reuther sein Unternehmen geführt. Jetzt gibt er ab. Seine Tochter " +
      "Miriam will vieles anders machen.",
    paragraphs: [
      "Die Übergabe war lange geplant, und trotzdem fällt sie Werner Reuther schwer. Der 71-Jährige hat " +
        "die Reuther Maschinenbau GmbH aus Schwäbisch Gmünd 1984 mit sechs Mitarbeitern gegründet, heute " +
        "beschäftigt sie 640 Menschen und setzt rund 180 Millionen Euro um. Zum Jahreswechsel übergibt " +
        "er die Geschäftsführung an seine Tochter Miriam Reuther.",
      "„Ich habe mir immer gesagt: Wenn du es nicht rechtzeitig machst, macht es irgendwann der " +
        "Herzinfarkt für dich“, sagt der Senior. Im Beirat will er bleiben, ins operative Geschäft will " +
        "er sich nicht mehr einmischen.",
      "Die 38-Jährige hat nach ihrem Studium bei einer Unternehmensberatung in München gearbeitet und " +
        "ist vor fünf Jahren in die Firma eingetreten. Sie kündigt einen Umbau an. „Wir verdienen unser " +
        "Geld heute mit Maschinen. In zehn Jahren werden wir es mit Software und Service verdienen " +
        "müssen“, sagt Miriam Reuther.",
      "Dafür will sie die Zahl der Produktlinien halbieren. Das sorgt in der Belegschaft für Unruhe. Ihr " +
        "Vater verteidigt sie: Sie habe „den Mut, den ich in dem Alter auch hatte“.",
      "Nachfolgeberater Andreas Klostermann kennt solche Konstellationen. „Der schwierigste Moment ist " +
        "nicht die Übergabe selbst, sondern das erste Jahr danach, wenn der Senior noch jeden Tag im " +
        "Werk auftaucht“, sagt der Experte aus Stuttgart. Jedes dritte Familienunternehmen scheitere an " +
        "diesem Punkt.",
      "Die Hausbank steht hinter dem Kurs. Man habe „großes Vertrauen in die neue Geschäftsführung“, " +
        "teilte die Kreissparkasse Ostalb mit. Die Finanzierung für ein neues Softwarezentrum sei " +
        "gesichert.",
    ],
    quotes: [
      [
        "Ich habe mir immer gesagt: Wenn du es nicht rechtzeitig machst, macht es irgendwann der " +
          "Herzinfarkt für dich",
        "Werner Reuther",
      ],
      [
        "Wir verdienen unser Geld heute mit Maschinen. In zehn Jahren werden wir es mit Software und " +
          "Service verdienen müssen",
        "Miriam Reuther",
      ],
      ["den Mut, den ich in dem Alter auch hatte", "Werner Reuther"],
      [
        "Der schwierigste Moment ist nicht die Übergabe selbst, sondern das erste Jahr danach, wenn der " +
          "Senior noch jeden Tag im Werk auftaucht",
        "Andreas Klostermann",
      ],
      ["großes Vertrauen in die neue Geschäftsführung", "die Kreissparkasse Ostalb"],
    ],
  },
]);
