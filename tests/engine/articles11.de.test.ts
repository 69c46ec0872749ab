// An eleventh round of composed German news articles, in the styles of outlets and beats the first ten rounds
// (articles.de to articles10.de) did not use: General-Anzeiger Bonn (local politics: a cable car to the
// Venusberg, the mayor speaking of, the city's building officer, a group leader after a colon and by his age,
// a citizens' initiative's spokeswoman, a district authority's statement, an unnamed councillor, a placard
// and the initiative's name in marks), Hamburger Morgenpost (crime: a jeweller's robbed, a witness with an
// initial and her age in the headline and the body, the owner as „der Juwelier“, the police spokesman after a
// colon and by surname, a florist, a helicopter's name), Ärzte Zeitung (health: flu vaccination among the
// elderly, a report's authors, the GPs' chairwoman with her office after her name, „so die
// Allgemeinmedizinerin“, an epidemiologist across two paragraphs, the health insurers' spokesman, a
// journal's title), Südwest Presse (science: an ice-age ivory horse, the excavation leader by his age, the
// professor speaking of, a university's statement, a museum head after a colon, a find's nickname and a
// world heritage site's name), Ruhr Nachrichten (sport: a swimming title, the swimmer in the standfirst and
// the body, her coach, the runner-up by her age, the national coach, the club's chairman after a comma, a
// nickname), Südostschweiz (Switzerland, a forest fire, with «…»: a resident in the headline and the body,
// the incident commander, the Gemeindepräsident, a forester, the cantonal police's statement, a danger
// level's name), Basler Zeitung (Switzerland, business, with «…»: a chemicals group moving its seat, its
// communiqué, the chief executive, an analyst, a cantonal minister as „die Regierungsrätin“, a union
// secretary, a product's name), APA (Austria, courts: a people-smuggling verdict, the prosecutor, the
// unnamed accused through an interpreter, the defence, a police officer as a witness, the presiding judge),
// NÖN (Austria, education: a primary school's German support, the head teacher by her age, the education
// director, an unnamed teacher, a mother, a motto and a legal term in marks) and Tageblatt (Luxembourg,
// culture: a cultural centre's subsidy cut, its director in the headline and the body, the mayor after
// indirect speech, an artists' collective's open letter, a ministry's spokesman, a rapper, a series' and a
// festival's names). Every article was written for these tests, before the engine was run on them; the
// speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "General-Anzeiger Bonn, Lokalpolitik: Oberbürgermeisterin spricht von, Stadtbaurat mit erklärte, " +
      "Fraktionschef mit Doppelpunkt, der 61-Jährige, Sprecherin sagte dem GA, Stellungnahme einer " +
      "Behörde, ungenanntes Ratsmitglied, Transparent und Name einer Initiative",
    headline: "Seilbahn auf den Venusberg: Rat gibt Planung frei",
    standfirst:
      "Nach fünfstündiger Debatte hat der Bonner Stadtrat den Weg für das Planfeststellungsverfahren " +
      "geebnet. Gegner kündigen Widerstand an.",
    paragraphs: [
      "Die Seilbahn zwischen dem Rheinufer und dem Venusberg rückt näher. Mit 46 zu 38 Stimmen beschloss " +
        "der Rat am Donnerstagabend, das Planfeststellungsverfahren für die rund 4,3 Kilometer lange " +
        "Strecke einzuleiten. Vor dem Alten Rathaus hatten zuvor etwa 200 Menschen demonstriert, auf ihren " +
        "Transparenten stand „Seilbahn? Nein danke!“.",
      "Oberbürgermeisterin Friederike Lanzerath (Grüne) sprach von einem „historischen Tag für die " +
        "Mobilität in Bonn“. Jeden Morgen stauten sich Tausende Autos auf dem Weg zu den " +
        "Universitätskliniken, sagte sie. „Die Seilbahn bringt Beschäftigte, Patienten und Studierende in " +
        "sieben Minuten auf den Berg.“",
      "Die Kosten werden inzwischen auf 97 Millionen Euro geschätzt, drei Viertel davon sollen Bund und " +
        "Land tragen. „Das Förderprogramm ist zugesagt, aber es ist an Fristen gebunden“, erklärte " +
        "Stadtbaurat Helmut Esser. Werde das Verfahren nicht bis 2028 abgeschlossen, drohe die Stadt die " +
        "Zuschüsse zu verlieren.",
      "Scharfe Kritik kam von der CDU. Fraktionschef Georg Breuer warf der Koalition vor, die Anwohner " +
        "in Dottendorf und Kessenich zu übergehen: „Über deren Gärten sollen künftig alle zwanzig Sekunden " +
        "Gondeln schweben. Gefragt hat man sie nie.“ Der 61-Jährige kündigte an, die Fraktion werde die " +
        "Kostenentwicklung „sehr genau im Blick behalten“.",
      "Die Bürgerinitiative „Venusberg ohne Seilbahn“ sammelt nach eigenen Angaben bereits " +
        "Unterschriften für ein Bürgerbegehren. „Wir werden alle rechtlichen Möglichkeiten ausschöpfen“, " +
        "sagte ihre Sprecherin Dörte Wienand dem GA.",
      "Die Bezirksregierung Köln, die das Verfahren führen wird, äußerte sich zurückhaltend. In einer " +
        "Stellungnahme heißt es, man werde die Unterlagen „ergebnisoffen und mit der gebotenen Sorgfalt“ " +
        "prüfen.",
      "Auch in der Koalition gibt es Zweifel. „Wenn die Kosten noch einmal steigen, bekommen wir ein " +
        "echtes Problem“, räumte ein Ratsmitglied der Grünen ein, das nicht namentlich genannt werden " +
        "wollte.",
    ],
    quotes: [
      ["historischen Tag für die Mobilität in Bonn", "Friederike Lanzerath"],
      [
        "Die Seilbahn bringt Beschäftigte, Patienten und Studierende in sieben Minuten auf den Berg.",
        "Friederike Lanzerath",
      ],
      ["Das Förderprogramm ist zugesagt, aber es ist an Fristen gebunden", "Helmut Esser"],
      [
        "Über deren Gärten sollen künftig alle zwanzig Sekunden Gondeln schweben. Gefragt hat man sie " +
          "nie.",
        "Georg Breuer",
      ],
      ["sehr genau im Blick behalten", "Georg Breuer"],
      ["Wir werden alle rechtlichen Möglichkeiten ausschöpfen", "Dörte Wienand"],
      ["ergebnisoffen und mit der gebotenen Sorgfalt", "Die Bezirksregierung Köln"],
      ["Wenn die Kosten noch einmal steigen, bekommen wir ein echtes Problem", "ein Ratsmitglied der Grünen"],
    ],
  },
  {
    name:
      "Hamburger Morgenpost, Kriminalität: Zeugin mit Initial und Alter im Titel und im Text, sagt sie " +
      "der MOPO, Inhaber berichtet, der Juwelier, Polizeisprecher mit Doppelpunkt und später beim " +
      "Nachnamen, ein Blumenhändler, Name eines Hubschraubers",
    todo:
      "the subject after a fronted object (“Den Schaden schätzt der Juwelier auf einen „…“”) is now " +
      "read, but “der Juwelier” is not carried back to the owner named before (“Inhaber Cem Aydin”)",
    headline: "Überfall auf Juwelier in Eppendorf: „Sie hatten Äxte dabei“",
    standfirst:
      "Drei Maskierte schlugen am helllichten Tag die Vitrinen ein – und flüchteten auf Motorrollern. " +
      "Die Polizei sucht Zeugen.",
    paragraphs: [
      "Es dauerte keine zwei Minuten: Am Dienstagmittag haben drei maskierte Männer ein Juweliergeschäft " +
        "an der Eppendorfer Landstraße überfallen. Sie zertrümmerten mehrere Vitrinen, rafften Uhren und " +
        "Schmuck zusammen und flohen auf zwei Motorrollern in Richtung Kellinghusenstraße.",
      "Sabine K. (54) saß gerade im Café gegenüber, als es losging. „Sie hatten Äxte dabei“, sagt sie " +
        "der MOPO. „Ich dachte erst, das ist ein Filmdreh. Dann hat eine Frau auf der Straße geschrien.“",
      "Inhaber Cem Aydin (47) war zum Zeitpunkt des Überfalls im Hinterzimmer. „Ich habe nur das Klirren " +
        "gehört und sofort den Alarmknopf gedrückt“, berichtet er. Seine zwei Angestellten blieben " +
        "unverletzt, stehen aber unter Schock. Den Schaden schätzt der Juwelier auf einen „mittleren " +
        "sechsstelligen Betrag“.",
      "Polizeisprecher Jan Ohlsen bestätigte den Überfall: „Die Täter gingen äußerst brutal und " +
        "zielgerichtet vor.“ Eine Sofortfahndung mit zwölf Streifenwagen und dem Polizeihubschrauber " +
        "„Libelle“ blieb ohne Erfolg.",
      "Die Ermittler prüfen, ob die Tat mit einer Serie von Überfällen in Norddeutschland zusammenhängt. " +
        "Im Oktober hatten Unbekannte nach ähnlichem Muster einen Juwelier in Lübeck ausgeraubt. " +
        "„Ausschließen können wir das derzeit nicht“, sagte Ohlsen.",
      "Auch in der Nachbarschaft ist die Verunsicherung groß. „Hier kennt jeder jeden, so etwas passiert " +
        "bei uns doch nicht“, meint ein Blumenhändler, der seit 20 Jahren zwei Häuser weiter seinen Laden " +
        "hat.",
      "Hinweise nimmt die Polizei unter der Telefonnummer 040/4286-56789 entgegen.",
    ],
    quotes: [
      ["Sie hatten Äxte dabei", "Sabine K."],
      ["Ich dachte erst, das ist ein Filmdreh. Dann hat eine Frau auf der Straße geschrien.", "Sabine K."],
      ["Ich habe nur das Klirren gehört und sofort den Alarmknopf gedrückt", "Cem Aydin"],
      ["mittleren sechsstelligen Betrag", "Cem Aydin"],
      ["Die Täter gingen äußerst brutal und zielgerichtet vor.", "Jan Ohlsen"],
      ["Ausschließen können wir das derzeit nicht", "Jan Ohlsen"],
      ["Hier kennt jeder jeden, so etwas passiert bei uns doch nicht", "ein Blumenhändler"],
    ],
  },
  {
    name:
      "Ärzte Zeitung, Gesundheit: die Autoren eines Berichts sprechen von, Verbandschefin mit " +
      "Doktortitel und Funktion nach dem Namen, so die Allgemeinmedizinerin, Epidemiologe über zwei " +
      "Absätze, Sprecher eines Verbands, Titel einer Zeitschrift",
    headline: "Grippeimpfung: Nur noch jeder Dritte über 60 geschützt",
    standfirst:
      "Die Impfquote bei Älteren ist in der vergangenen Saison erneut gesunken. Hausärzte fordern, " +
      "Patienten gezielt zu erinnern – und das auch bezahlt zu bekommen.",
    paragraphs: [
      "Die Impfquote gegen Influenza bei Menschen ab 60 Jahren ist in der Saison 2025/26 auf 34,2 " +
        "Prozent gefallen. Das geht aus Abrechnungsdaten hervor, die das Robert Koch-Institut (RKI) am " +
        "Mittwoch im „Epidemiologischen Bulletin“ veröffentlicht hat. Die EU empfiehlt für diese " +
        "Altersgruppe eine Quote von 75 Prozent.",
      "Die Autoren des Berichts sprechen von einer „besorgniserregenden Entwicklung“. Seit der " +
        "Corona-Pandemie sei die Bereitschaft, sich impfen zu lassen, in allen Altersgruppen " +
        "zurückgegangen.",
      "„Wir verlieren gerade die Gruppe, die am meisten von der Impfung profitiert“, sagte Dr. Ulrike " +
        "Brandes-Kuhn, Bundesvorsitzende des Hausärztinnen- und Hausärzteverbands, der Ärzte Zeitung. " +
        "„Jede verpasste Impfung kann am Ende einen Krankenhausaufenthalt bedeuten.“",
      "Brandes-Kuhn plädiert dafür, Patienten aktiv anzuschreiben. Praxen hätten dafür aber weder Zeit " +
        "noch Geld. „Ein Erinnerungsschreiben ist keine Leistung, die wir abrechnen können“, so die " +
        "Allgemeinmedizinerin aus Kassel.",
      "Professor Matthias Reinhold, Epidemiologe an der Charité, sieht auch ein Kommunikationsproblem. " +
        "„Viele Ältere halten die Grippe für eine harmlose Erkältung. Das ist sie nicht: In schweren " +
        "Saisons sterben in Deutschland mehr als 20.000 Menschen daran.",
      "„Wir müssen die Menschen dort erreichen, wo sie ohnehin sind – in der Apotheke, beim Facharzt, im " +
        "Pflegeheim“, sagte der Epidemiologe.",
      "Die Krankenkassen sehen die Verantwortung bei den Praxen. „Die Impfung ist für Versicherte ab 60 " +
        "kostenlos, an der Finanzierung scheitert es nicht“, sagte ein Sprecher des GKV-Spitzenverbands. " +
        "Über eine Vergütung für Erinnerungsschreiben könne man im Bewertungsausschuss sprechen.",
    ],
    quotes: [
      ["besorgniserregenden Entwicklung", "Die Autoren des Berichts"],
      ["Wir verlieren gerade die Gruppe, die am meisten von der Impfung profitiert", "Ulrike Brandes-Kuhn"],
      ["Jede verpasste Impfung kann am Ende einen Krankenhausaufenthalt bedeuten.", "Ulrike Brandes-Kuhn"],
      ["Ein Erinnerungsschreiben ist keine Leistung, die wir abrechnen können", "Ulrike Brandes-Kuhn"],
      [
        "Viele Ältere halten die Grippe für eine harmlose Erkältung. Das ist sie nicht: In schweren " +
          "Saisons sterben in Deutschland mehr als 20.000 Menschen daran.",
        "Matthias Reinhold",
      ],
      [
        "Wir müssen die Menschen dort erreichen, wo sie ohnehin sind – in der Apotheke, beim Facharzt, " +
          "im Pflegeheim",
        "Matthias Reinhold",
      ],
      [
        "Die Impfung ist für Versicherte ab 60 kostenlos, an der Finanzierung scheitert es nicht",
        "ein Sprecher des GKV-Spitzenverbands",
      ],
    ],
  },
  {
    name:
      "Südwest Presse, Wissenschaft: Grabungsleiter erzählt, der 38-Jährige, Professorin spricht von, " +
      "Mitteilung einer Universität, Museumsleiterin mit Doppelpunkt, Spitzname eines Fundes und Name " +
      "eines Welterbes",
    headline: "Fund im Hohle Fels: Forscher entdecken 40.000 Jahre altes Elfenbeinpferd",
    standfirst:
      "Die nur vier Zentimeter große Figur gehört zu den ältesten Kunstwerken der Menschheit. Bald soll " +
      "sie in Blaubeuren zu sehen sein.",
    paragraphs: [
      "In der Höhle Hohle Fels bei Schelklingen (Alb-Donau-Kreis) haben Archäologen der Universität " +
        "Tübingen eine Figur aus Mammutelfenbein gefunden, die ein Wildpferd darstellt. Nach ersten " +
        "Datierungen ist sie rund 40.000 Jahre alt. Aus derselben Höhle stammt bereits die berühmte „Venus " +
        "vom Hohle Fels“, die 2008 entdeckt wurde.",
      "„Als wir die Schicht freigelegt haben, war zuerst nur ein Ohr zu sehen“, erzählt Grabungsleiter " +
        "Tobias Maier-Lenz. Erst nach Stunden sei klar gewesen, dass die Figur nahezu vollständig erhalten " +
        "ist. Der 38-Jährige gräbt seit zwölf Jahren im Achtal. „So etwas findet man einmal im Leben, wenn " +
        "überhaupt.“",
      "Die Figur zeigt ein Pferd mit gewölbtem Hals und fein eingeritzter Mähne. Professorin Ines " +
        "Hartwig, die die Ausgrabungen wissenschaftlich leitet, spricht von einem „Meisterwerk der " +
        "Eiszeitkunst“. Die Schnitzer hätten ihr Handwerk perfekt beherrscht, sagt sie. „Das ist kein " +
        "Anfängerstück, das ist das Werk eines Menschen mit jahrelanger Übung.“",
      "Die Universität Tübingen teilte mit, die Figur werde derzeit im Labor untersucht und mit " +
        "Computertomografie vermessen. Die Ergebnisse sollen im kommenden Jahr in einer Fachzeitschrift " +
        "erscheinen. In der Mitteilung heißt es, der Fund belege „einmal mehr die herausragende Bedeutung " +
        "der Schwäbischen Alb für die Erforschung der frühen Kunst“.",
      "Für die Region ist der Fund auch touristisch ein Gewinn. Die Höhlen der Alb gehören seit 2017 zum " +
        "Unesco-Welterbe „Höhlen und Eiszeitkunst der Schwäbischen Alb“. Museumsleiterin Karin Fellmeth " +
        "aus Blaubeuren freut sich bereits: „Wir werden für das Pferd eine eigene Vitrine bauen.“",
      "Wann die Figur ausgestellt wird, ist noch offen. „Zuerst kommt die Wissenschaft, dann das " +
        "Publikum“, sagte Hartwig. Die Grabungen im Hohle Fels sollen im nächsten Sommer fortgesetzt " +
        "werden.",
    ],
    quotes: [
      ["Als wir die Schicht freigelegt haben, war zuerst nur ein Ohr zu sehen", "Tobias Maier-Lenz"],
      ["So etwas findet man einmal im Leben, wenn überhaupt.", "Tobias Maier-Lenz"],
      ["Meisterwerk der Eiszeitkunst", "Ines Hartwig"],
      ["Das ist kein Anfängerstück, das ist das Werk eines Menschen mit jahrelanger Übung.", "Ines Hartwig"],
      [
        "einmal mehr die herausragende Bedeutung der Schwäbischen Alb für die Erforschung der frühen " +
          "Kunst",
        "Die Universität Tübingen",
      ],
      ["Wir werden für das Pferd eine eigene Vitrine bauen.", "Karin Fellmeth"],
      ["Zuerst kommt die Wissenschaft, dann das Publikum", "Ines Hartwig"],
    ],
  },
  {
    name:
      "Ruhr Nachrichten, Sport: Schwimmerin im Vorspann und im Text, die 19-Jährige, Trainer mit er, " +
      "Zweitplatzierte mit Doppelpunkt, Bundestrainer spricht von, Vereinsvorsitzender nach Komma, wie " +
      "sie verriet, Spitzname",
    headline: "Kurzbahn-DM: Dortmunderin Lea Schwertfeger schwimmt zum Titel",
    standfirst:
      "Die 19-Jährige gewinnt über 200 Meter Lagen und löst das EM-Ticket. „Ich habe bis zur letzten " +
      "Bahn nicht daran geglaubt“, sagt sie.",
    paragraphs: [
      "Lea Schwertfeger hat bei den Deutschen Kurzbahnmeisterschaften in Wuppertal ihren ersten " +
        "nationalen Titel gewonnen. Die Schwimmerin der SG Dortmund siegte am Samstagabend über 200 Meter " +
        "Lagen in 2:09,84 Minuten und unterbot damit die Norm für die Europameisterschaften im Dezember um " +
        "knapp vier Zehntel.",
      "„Ich habe bis zur letzten Bahn nicht daran geglaubt“, sagte die 19-Jährige nach dem Rennen. Nach " +
        "der Brustlage hatte sie noch auf Rang drei gelegen. „Auf den letzten 50 Metern Freistil habe ich " +
        "einfach alles rausgehauen, was noch da war.“",
      "Ihr Trainer Dirk Ostendorf hatte den Erfolg kommen sehen. „Lea hat im Herbst so hart trainiert " +
        "wie nie“, sagte er. Die Umstellung im Trainingsplan – weniger Kilometer, mehr Tempo – habe sich " +
        "ausgezahlt. „Sie ist jetzt auch im Kopf eine Wettkämpferin.“",
      "Zweite wurde Titelverteidigerin Johanna Reck aus Potsdam, die 31 Hundertstel zurücklag. Die " +
        "24-Jährige gratulierte fair: „Heute war sie einfach besser. Im Sommer auf der Langbahn greife ich " +
        "wieder an.“",
      "Bundestrainer Henrik Vollmers nominierte Schwertfeger noch am Sonntag für die EM in Lublin. Er " +
        "sprach von einer „der spannendsten Entwicklungen im deutschen Lagenschwimmen“. Man werde ihr in " +
        "Polen aber keinen Druck machen, betonte Vollmers.",
      "In Dortmund, wo sie im Verein nur „Lagen-Lea“ genannt wird, ist die Freude groß. Der Verein, der " +
        "seit Jahren um eine Sanierung des Südbads kämpft, hofft auf Rückenwind. „Ein solcher Erfolg " +
        "zeigt, was mit vernünftigen Trainingszeiten möglich wäre“, sagte der Vorsitzende der SG Dortmund, " +
        "Uwe Brinkhoff.",
      "Schwertfeger selbst will am Montag schon wieder im Wasser sein. Vorher gönnt sie sich aber ein " +
        "Ritual, wie sie verriet: „Pommes rot-weiß, wie nach jedem Wettkampf.“",
    ],
    quotes: [
      ["Ich habe bis zur letzten Bahn nicht daran geglaubt", "Lea Schwertfeger"],
      [
        "Auf den letzten 50 Metern Freistil habe ich einfach alles rausgehauen, was noch da war.",
        "Lea Schwertfeger",
      ],
      ["Lea hat im Herbst so hart trainiert wie nie", "Dirk Ostendorf"],
      ["Sie ist jetzt auch im Kopf eine Wettkämpferin.", "Dirk Ostendorf"],
      ["Heute war sie einfach besser. Im Sommer auf der Langbahn greife ich wieder an.", "Johanna Reck"],
      ["der spannendsten Entwicklungen im deutschen Lagenschwimmen", "Henrik Vollmers"],
      ["Ein solcher Erfolg zeigt, was mit vernünftigen Trainingszeiten möglich wäre", "Uwe Brinkhoff"],
      ["Pommes rot-weiß, wie nach jedem Wettkampf.", "Lea Schwertfeger"],
    ],
  },
  {
    name:
      "Südostschweiz, Waldbrand, «…»: Bewohnerin im Titel und im Text, die 67-Jährige, Einsatzleiter, " +
      "Gemeindepräsident spricht von und mit Doppelpunkt, Regionalförster erklärte er, Mitteilung der " +
      "Kantonspolizei, Gefahrenstufe",
    headline: "Waldbrand im Misox: «Die Flammen waren nur noch 200 Meter entfernt»",
    standfirst:
      "Oberhalb von Soazza brennen seit Sonntag rund 60 Hektaren Wald. Zwei Weiler wurden evakuiert, die " +
      "A13 war zeitweise gesperrt.",
    paragraphs: [
      "Der Waldbrand im unteren Misox ist noch immer nicht unter Kontrolle. Wie die Kantonspolizei " +
        "Graubünden am Montag mitteilte, sind seit Sonntagnachmittag über 150 Feuerwehrleute sowie drei " +
        "Helikopter der Armee und der Rega im Einsatz. Die Brandursache ist noch unklar.",
      "«Das Gelände ist extrem steil, am Boden kommen wir kaum voran», sagte Einsatzleiter Marco " +
        "Righetti am Montagmorgen vor den Medien. Die Helikopter würden deshalb pausenlos Wasser aus der " +
        "Moesa schöpfen. Bis am Abend hoffe man, die Flanke gegen das Dorf zu sichern.",
      "In den Weilern Sabbione und Al Mot mussten in der Nacht 34 Personen ihre Häuser verlassen. Unter " +
        "ihnen ist Graziella Tognola. «Die Flammen waren nur noch 200 Meter entfernt», sagt die " +
        "67-Jährige, die bei ihrer Tochter in Roveredo untergekommen ist. «Ich habe nur die Katze und die " +
        "Medikamente mitgenommen.»",
      "Gemeindepräsident Fulvio Mantovani sprach von einer «sehr angespannten Lage». Er lobte die " +
        "Disziplin der Bevölkerung: «Niemand hat sich gegen die Evakuierung gewehrt. Dafür bin ich " +
        "dankbar.»",
      "Das Amt für Wald und Naturgefahren hatte bereits vergangene Woche die Waldbrandgefahr im Misox " +
        "auf Stufe 4, «grosse Gefahr», erhöht. Im ganzen Kanton gilt ein absolutes Feuerverbot im Freien.",
      "Laut Regionalförster Daniel Caflisch hat der trockene Herbst die Situation verschärft. Seit " +
        "Anfang September sei im Misox kaum Regen gefallen. «Die Laubschicht am Boden ist knochentrocken, " +
        "das wirkt wie Zunder», erklärte er. Die Schäden am Schutzwald oberhalb der Kantonsstrasse würden " +
        "sich erst in einigen Wochen abschätzen lassen.",
      "Die Kantonspolizei Graubünden rief die Bevölkerung auf, den Einsatzkräften nicht im Weg zu " +
        "stehen. In einer Mitteilung hiess es, Schaulustige und private Drohnen würden die Löscharbeiten " +
        "«massiv behindern».",
    ],
    quotes: [
      ["Die Flammen waren nur noch 200 Meter entfernt", "Graziella Tognola"],
      ["Das Gelände ist extrem steil, am Boden kommen wir kaum voran", "Marco Righetti"],
      ["Ich habe nur die Katze und die Medikamente mitgenommen.", "Graziella Tognola"],
      ["sehr angespannten Lage", "Fulvio Mantovani"],
      ["Niemand hat sich gegen die Evakuierung gewehrt. Dafür bin ich dankbar.", "Fulvio Mantovani"],
      ["Die Laubschicht am Boden ist knochentrocken, das wirkt wie Zunder", "Daniel Caflisch"],
      ["massiv behindern", "Die Kantonspolizei Graubünden"],
    ],
  },
  {
    name:
      "Basler Zeitung, Wirtschaft, «…»: Communiqué des Konzerns, Konzernchef mit sagte er, Analyst sagte " +
      "der BaZ, Regierungsrätin spricht von und die Regierungsrätin, Gewerkschaftssekretär nach seinem " +
      "Zitat, Produktname",
    todo:
      "a communiqué with no issuer named in its sentence (“Im Communiqué vom Dienstag heisst es”) given " +
      "to the standfirst's „Der Spezialchemiekonzern“ (begründet), not linked to the company it describes",
    headline: "Cerval verlegt Hauptsitz nach Zug – Basel verliert 180 Stellen",
    standfirst:
      "Der Spezialchemiekonzern begründet den Schritt mit tieferen Steuern. In Basel ist man " +
      "konsterniert.",
    paragraphs: [
      "Die Cerval AG verlässt Basel. Der Spezialchemiekonzern, der vor allem Zusatzstoffe für Farben und " +
        "Kunststoffe herstellt, verlegt seinen Hauptsitz bis Mitte 2027 nach Zug. Betroffen sind rund 180 " +
        "Stellen in Konzernleitung, Finanzen und Recht. Die Produktion in Schweizerhalle, wo unter anderem " +
        "der Klebstoff «Cervafix» hergestellt wird, bleibt unangetastet.",
      "Im Communiqué vom Dienstag heisst es, der Umzug sei «ein notwendiger Schritt, um im globalen " +
        "Wettbewerb bestehen zu können». Cerval erzielte 2025 einen Umsatz von 2,1 Milliarden Franken, der " +
        "Gewinn brach aber um ein Viertel ein.",
      "Konzernchef Stefan Wyss bemühte sich an einer Telefonkonferenz, die Wogen zu glätten. «Wir " +
        "bleiben mit dem Herzen in Basel», sagte er. Doch Zug biete neben tieferen Steuern auch kürzere " +
        "Wege zu internationalen Investoren. «Diese Entscheidung ist uns nicht leichtgefallen.»",
      "Finanzanalyst Reto Gysin von der Zürcher Kantonalbank hält den Schritt für folgerichtig. «Cerval " +
        "steht unter Druck, die Aktionäre wollen Resultate sehen», sagte er der BaZ. Die Steuerersparnis " +
        "dürfte sich aber in Grenzen halten; er schätzt sie auf «einen tiefen zweistelligen " +
        "Millionenbetrag» pro Jahr.",
      "Wenig Verständnis zeigt die Basler Regierung. Volkswirtschaftsdirektorin Claudia Hürlimann sprach " +
        "von einem «schlechten Signal für den Standort». Basel habe in den vergangenen Jahren viel " +
        "unternommen, um Unternehmen zu halten, sagte die Regierungsrätin. «Offenbar reicht das nicht " +
        "jedem.»",
      "Die Gewerkschaft Unia fordert, dass Cerval allen Betroffenen eine Stelle in Zug anbietet. «Wer " +
        "hier 20 Jahre gearbeitet hat, darf nicht einfach auf der Strasse landen», sagt Unia-Sekretär Luca " +
        "Brunner. Viele Angestellte hätten Familien in der Region und könnten nicht pendeln.",
    ],
    quotes: [
      ["ein notwendiger Schritt, um im globalen Wettbewerb bestehen zu können", "Die Cerval AG"],
      ["Wir bleiben mit dem Herzen in Basel", "Stefan Wyss"],
      ["Diese Entscheidung ist uns nicht leichtgefallen.", "Stefan Wyss"],
      ["Cerval steht unter Druck, die Aktionäre wollen Resultate sehen", "Reto Gysin"],
      ["einen tiefen zweistelligen Millionenbetrag", "Reto Gysin"],
      ["schlechten Signal für den Standort", "Claudia Hürlimann"],
      ["Offenbar reicht das nicht jedem.", "Claudia Hürlimann"],
      ["Wer hier 20 Jahre gearbeitet hat, darf nicht einfach auf der Strasse landen", "Luca Brunner"],
    ],
  },
  {
    name:
      "APA, Gericht: Staatsanwältin im Schlussplädoyer, der ungenannte Angeklagte über eine " +
      "Dolmetscherin, Verteidiger spricht von, Polizist als Zeuge mit Doppelpunkt, Richterin in der " +
      "Urteilsbegründung",
    headline: "Zehn Jahre Haft für Schlepper nach tödlicher Fahrt im Burgenland",
    standfirst:
      "Bei der Flucht vor der Polizei war 2025 ein Kleinbus mit 22 Migranten verunglückt, zwei Menschen " +
      "starben. Das Urteil ist nicht rechtskräftig.",
    paragraphs: [
      "Ein 34-jähriger Moldauer ist am Donnerstag am Landesgericht Eisenstadt wegen Schlepperei mit " +
        "Todesfolge zu zehn Jahren Haft verurteilt worden. Der Mann hatte im Juli 2025 einen Kleinbus mit " +
        "22 Menschen aus Syrien und Afghanistan über die ungarische Grenze gelenkt und war bei Nickelsdorf " +
        "vor einer Polizeikontrolle geflüchtet. Der Wagen überschlug sich, zwei Männer starben.",
      "„Er hat das Leben dieser Menschen aufs Spiel gesetzt, um sich selbst zu retten“, sagte " +
        "Staatsanwältin Verena Pichler in ihrem Schlussplädoyer. Der Angeklagte habe mit bis zu 160 km/h " +
        "auf einer Landstraße überholt. „Die Insassen hatten keine Sitze und keine Gurte. Sie lagen auf " +
        "dem Boden wie Ware.“",
      "Der Angeklagte bekannte sich teilweise schuldig. Er sei nur gefahren, die Organisation sei Sache " +
        "anderer gewesen, ließ er über eine Dolmetscherin ausrichten. „Ich wollte niemandem wehtun. Ich " +
        "hatte Angst vor der Polizei.“",
      "Sein Verteidiger Markus Hofbauer sprach von einem „kleinen Rad in einer großen Maschine“. Die " +
        "Hintermänner säßen in Serbien und Ungarn und würden nie vor Gericht stehen. „Mein Mandant ist der " +
        "Einzige, den man erwischt hat, und soll jetzt für alle büßen“, sagte Hofbauer.",
      "Ein Polizist, der an der Verfolgung beteiligt war, schilderte als Zeuge die letzten Sekunden vor " +
        "dem Unfall: „Der Bus ist in der Kurve einfach abgehoben. Dann war nur noch Staub.“",
      "Der Schöffensenat unter Vorsitz von Richterin Sabine Koller folgte weitgehend der Anklage. „Sie " +
        "haben gewusst, was Sie tun, und Sie haben es für Geld getan“, sagte Koller in der " +
        "Urteilsbegründung. Als mildernd wertete das Gericht das Teilgeständnis und die bisherige " +
        "Unbescholtenheit des Mannes.",
      "Verteidiger Hofbauer meldete Nichtigkeitsbeschwerde und Berufung an, die Staatsanwaltschaft gab " +
        "keine Erklärung ab. Das Urteil ist daher nicht rechtskräftig.",
    ],
    quotes: [
      ["Er hat das Leben dieser Menschen aufs Spiel gesetzt, um sich selbst zu retten", "Verena Pichler"],
      [
        "Die Insassen hatten keine Sitze und keine Gurte. Sie lagen auf dem Boden wie Ware.",
        "Verena Pichler",
      ],
      ["Ich wollte niemandem wehtun. Ich hatte Angst vor der Polizei.", "Der Angeklagte"],
      ["kleinen Rad in einer großen Maschine", "Markus Hofbauer"],
      [
        "Mein Mandant ist der Einzige, den man erwischt hat, und soll jetzt für alle büßen",
        "Markus Hofbauer",
      ],
      ["Der Bus ist in der Kurve einfach abgehoben. Dann war nur noch Staub.", "Ein Polizist"],
      ["Sie haben gewusst, was Sie tun, und Sie haben es für Geld getan", "Sabine Koller"],
    ],
  },
  {
    name:
      "NÖN, Bildung: Direktorin nach ihrem Zitat, die 49-Jährige mit Doppelpunkt, Bildungsdirektor " +
      "kündigte an, ungenannte Lehrerin, Mutter mit meint und betont sie, Schulmotto und Rechtsbegriff " +
      "in Zeichen",
    headline: "Volksschule Gänserndorf: Jedes zweite Kind braucht Deutschförderung",
    standfirst:
      "An der Volksschule Süd sitzen in den ersten Klassen 48 Kinder, die dem Unterricht kaum folgen " +
      "können. Die Direktorin schlägt Alarm.",
    paragraphs: [
      "Über dem Eingang der Volksschule Gänserndorf-Süd hängt ein buntes Transparent mit dem Motto " +
        "„Gemeinsam wachsen“. Im Konferenzzimmer herrscht dagegen Ratlosigkeit. Von den 94 Kindern, die im " +
        "September eingeschult wurden, gelten 48 als „außerordentliche Schüler“, weil ihre " +
        "Deutschkenntnisse nicht ausreichen.",
      "„Wir haben Kinder, die nach einem Jahr in Österreich kein einziges Wort Deutsch sprechen“, sagt " +
        "Direktorin Elisabeth Hagenauer. Die Schule habe dafür nur zwei Förderlehrerinnen. „Das reicht " +
        "hinten und vorne nicht.“",
      "Die 49-Jährige leitet die Schule seit acht Jahren. So schwierig wie heuer sei es noch nie " +
        "gewesen, erzählt sie. Viele Familien seien erst in den vergangenen Monaten aus Wien zugezogen, wo " +
        "die Mieten zu teuer geworden seien. Hagenauer fordert vor allem eines: „Mehr Personal, und zwar " +
        "jetzt und nicht im nächsten Schuljahr.“",
      "Bei der Bildungsdirektion Niederösterreich verweist man auf zusätzliche Ressourcen. „Gänserndorf " +
        "erhält ab Februar eine weitere Planstelle für die Sprachförderung“, kündigte Bildungsdirektor " +
        "Karl Fuchsberger auf NÖN-Anfrage an. Die Lage im Bezirk werde „laufend beobachtet“.",
      "Eine Lehrerin, die ihren Namen nicht in der Zeitung lesen will, schildert den Alltag: „Ich " +
        "erkläre jede Aufgabe dreimal, mit Händen und Füßen. Für die anderen Kinder bleibt da kaum Zeit.“",
      "Auch manche Eltern machen sich Sorgen. Mutter Petra Wallner, deren Tochter die 1b besucht, meint: " +
        "„Meine Tochter geht gern in die Schule. Aber ich habe das Gefühl, dass sie nicht genug lernt.“ " +
        "Gegen die zugezogenen Familien habe sie nichts, betont sie. „Die Kinder können ja nichts dafür.“",
      "Bürgermeister Thomas Haider (ÖVP) will das Thema in den nächsten Gemeinderat bringen. Die Stadt " +
        "könne etwa Räume für zusätzliche Sprachkurse am Nachmittag bereitstellen, sagte er.",
    ],
    quotes: [
      [
        "Wir haben Kinder, die nach einem Jahr in Österreich kein einziges Wort Deutsch sprechen",
        "Elisabeth Hagenauer",
      ],
      ["Das reicht hinten und vorne nicht.", "Elisabeth Hagenauer"],
      ["Mehr Personal, und zwar jetzt und nicht im nächsten Schuljahr.", "Elisabeth Hagenauer"],
      ["Gänserndorf erhält ab Februar eine weitere Planstelle für die Sprachförderung", "Karl Fuchsberger"],
      ["laufend beobachtet", "Karl Fuchsberger"],
      [
        "Ich erkläre jede Aufgabe dreimal, mit Händen und Füßen. Für die anderen Kinder bleibt da kaum " +
          "Zeit.",
        "Eine Lehrerin",
      ],
      [
        "Meine Tochter geht gern in die Schule. Aber ich habe das Gefühl, dass sie nicht genug lernt.",
        "Petra Wallner",
      ],
      ["Die Kinder können ja nichts dafür.", "Petra Wallner"],
    ],
  },
  {
    name:
      "Tageblatt (Luxemburg), Kultur: Direktorin im Titel und im Text, im Gespräch mit dem Tageblatt, " +
      "Bürgermeisterin nach indirekter Rede, offener Brief eines Kollektivs, Sprecher eines " +
      "Ministeriums, Rapper mit Apposition, Reihen- und Festivalnamen",
    todo:
      "an open letter's writer given by a pronoun (“In einem offenen Brief an den Gemeinderat schreibt " +
      "es”) resolved to the letter's addressee",
    headline: "Kulturfabrik Esch: „Wir sparen uns kaputt“",
    standfirst:
      "Die Gemeinde kürzt den Zuschuss für das Kulturzentrum um ein Fünftel. Die Direktion warnt vor dem " +
      "Aus für Konzerte und Ateliers.",
    paragraphs: [
      "Für die Kulturfabrik in Esch/Alzette wird das kommende Jahr schwierig. Der Schöffenrat hat den " +
        "jährlichen Zuschuss von 1,5 auf 1,2 Millionen Euro gekürzt, wie aus dem Haushaltsentwurf " +
        "hervorgeht, den der Gemeinderat am Freitag verabschieden soll. Betroffen sind vor allem das " +
        "Konzertprogramm und die Ateliers für junge Künstler.",
      "„Wir sparen uns kaputt“, sagt Direktorin Anouk Schmit im Gespräch mit dem Tageblatt. Schon jetzt " +
        "arbeite das Haus mit zwölf Vollzeitstellen am Limit. „Wenn das so bleibt, müssen wir im Frühjahr " +
        "die Hälfte der Konzerte absagen.“",
      "Besonders betroffen wäre die Reihe „Kufa Lounge“, in der seit 2019 junge Bands aus der Großregion " +
        "auftreten. Auch das Kinderfestival „Summerkulturfest“ steht auf der Kippe.",
      "Bürgermeisterin Nathalie Kremer (CSV) verteidigt die Kürzungen. Die Gemeinde müsse nach den " +
        "Mehrkosten für das neue Schwimmbad überall sparen, sagte sie am Mittwoch. „Die Kultur wird nicht " +
        "stärker belastet als andere Bereiche.“ Die Kulturfabrik habe zudem Rücklagen, die sie nutzen " +
        "könne.",
      "Das Atelier Rouge, ein Künstlerkollektiv, das seit zehn Jahren in der Kulturfabrik arbeitet, " +
        "sieht das anders. In einem offenen Brief an den Gemeinderat schreibt es, die Kürzung treffe " +
        "„genau jene, die Esch zu einer lebendigen Stadt gemacht haben“. Mehr als 600 Menschen haben den " +
        "Brief bereits unterzeichnet.",
      "Kulturminister Marc Feltgen will sich nicht in die Gemeindepolitik einmischen. Ein Sprecher des " +
        "Kulturministeriums erklärte aber, der Staat unterstütze die Kulturfabrik bereits über eine " +
        "Konvention mit 400.000 Euro im Jahr. „Eine Erhöhung ist im laufenden Haushalt nicht vorgesehen.“",
      "Beim Konzert am Samstagabend war die Stimmung trotzdem gut. „Ohne die Kufa hätte ich nie auf " +
        "einer Bühne gestanden“, sagt der Escher Rapper Yannick Thill, der hier mit 16 seinen ersten " +
        "Auftritt hatte. Er hofft, dass der Gemeinderat am Freitag noch umdenkt. „Die Jugend braucht " +
        "solche Orte, nicht noch ein Einkaufszentrum.“",
    ],
    quotes: [
      ["Wir sparen uns kaputt", "Anouk Schmit"],
      ["Wenn das so bleibt, müssen wir im Frühjahr die Hälfte der Konzerte absagen.", "Anouk Schmit"],
      ["Die Kultur wird nicht stärker belastet als andere Bereiche.", "Nathalie Kremer"],
      ["genau jene, die Esch zu einer lebendigen Stadt gemacht haben", "Das Atelier Rouge"],
      ["Eine Erhöhung ist im laufenden Haushalt nicht vorgesehen.", "Ein Sprecher des Kulturministeriums"],
      ["Ohne die Kufa hätte ich nie auf einer Bühne gestanden", "Yannick Thill"],
      ["Die Jugend braucht solche Orte, nicht noch ein Einkaufszentrum.", "Yannick Thill"],
    ],
  },
]);
