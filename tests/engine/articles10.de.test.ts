// A tenth round of composed German news articles, in the styles of outlets and beats the first nine rounds
// (articles.de to articles9.de) did not use: GrenzEcho (East Belgium, local politics: a square in Eupen
// rebuilt, the mayor after a colon and by her age, an alderman speaking of, the opposition spokesman, the
// traders, an unnamed resident, a project's name in marks), Liechtensteiner Vaterland (Liechtenstein,
// business, with «…»: a crane maker moving jobs abroad, the CEO in the headline and the body, the company's
// written statement, the economy minister, a union official after her quote, a product line and the paper's
// name in marks), Legal Tribune Online (courts: a BGH ruling on short-term letting, the presiding judge with
// a doctor's title, the court's press release, the tenant's lawyer, an association's spokeswoman, a legal
// term in marks), Walliser Bote (Switzerland, a mudslide, with «…»: a resident in the headline and a split
// quote, the cantonal police, the Gemeindepräsident, a geologist across two paragraphs, a warning level's
// name), Heute (Austria, crime: a handbag robbery, the victim with an initial and her age, a witness after a
// colon, the police spokesman, a nickname in marks), Apotheken Umschau (health: children's antibiotics in
// short supply, a pharmacist, a federal institute's statement, a paediatrician as „der Mediziner“, a ministry
// spokesman, a mother), Kieler Nachrichten (science: oxygen loss in the Baltic, the lead author, the study's
// authors writing, a fisher by his age, a state secretary, the farmers' association, a journal's and a ship's
// name), Falter (Vienna, culture: a premiere cancelled, the director's word in the standfirst and the body,
// the co-director, an ensemble's statement, the city councillor through a spokesman, an unnamed technician,
// titles and a scare-quoted word), Main-Post (education: all-day schooling in a village school, the head
// teacher, the mayor in the council, a ministry spokeswoman, the parents' chair, a pupil by first name and
// age, a motto) and Mitteldeutsche Zeitung (sport: a football draw, both coaches, the scorer by his age, the
// captain, the sporting director, a banner). Every article was written for these tests, before the engine was
// run on them; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name:
      "GrenzEcho, Lokalpolitik: Bürgermeisterin mit Doppelpunkt, die 52-Jährige, Schöffe spricht von, " +
      "Oppositionssprecher, sagte dem GrenzEcho, ein Anwohner, Projektname in Zeichen",
    headline: "Eupener Werthplatz: Stadtrat gibt grünes Licht für den Umbau",
    standfirst:
      "Nach jahrelanger Debatte soll der Platz in der Unterstadt ab Frühjahr 2027 autofrei werden. Die " +
      "Opposition stimmte geschlossen dagegen.",
    paragraphs: [
      "Der Eupener Stadtrat hat am Montagabend mit 15 zu 10 Stimmen den Umbau des Werthplatzes " +
        "beschlossen. Das Projekt „Herz der Unterstadt“ sieht vor, die rund 60 Parkplätze auf dem Platz " +
        "zu streichen und eine Grünfläche mit Spielgeräten und Sitzbänken anzulegen. Die Kosten werden " +
        "auf 4,2 Millionen Euro geschätzt, gut die Hälfte soll die Wallonische Region übernehmen.",
      "Bürgermeisterin Carola Kessler (Ecolo) verteidigte die Pläne vor vollen Zuschauerreihen: „Die " +
        "Unterstadt verdient einen Platz, auf dem sich Menschen begegnen und nicht nur Autos parken.“ " +
        "Man habe die Bürger in drei Versammlungen angehört, fügte die 52-Jährige hinzu. „Wir haben " +
        "viele Vorschläge übernommen.“",
      "Als Ersatz für die Parkplätze soll auf dem früheren Bahngelände ein Parkdeck mit 120 " +
        "Stellplätzen entstehen. Mobilitätsschöffe Patrick Meyers (SP) sprach von einer „fairen Lösung " +
        "für Anwohner und Geschäftsleute“. Die Bauarbeiten würden in zwei Phasen ablaufen, damit der " +
        "Wochenmarkt nicht umziehen müsse, versicherte er.",
      "Die Opposition überzeugt das nicht. „Das ist ein Blindflug“, sagte CSP-Fraktionssprecher Joseph " +
        "Hilgers. Es gebe weder ein Verkehrsgutachten noch eine gesicherte Finanzierung. „Wenn die " +
        "Region ihre Zusage zurückzieht, bleibt die Stadt auf den Kosten sitzen.“",
      "Skeptisch sind auch viele Geschäftsleute. Der Werbering Unterstadt hatte vor der Sitzung mehr " +
        "als 900 Unterschriften gegen den Wegfall der Parkplätze gesammelt. Seine Vorsitzende Monika " +
        "Thissen sagte dem GrenzEcho: „Unsere Kunden kommen aus Raeren, Lontzen und Kettenis, und zwar " +
        "mit dem Auto.“",
      "Ein Anwohner der Paveestraße, der die Sitzung von der Tribüne aus verfolgt hatte, sieht das " +
        "anders. „Endlich können meine Kinder draußen spielen, ohne dass ich Angst haben muss“, sagte " +
        "der Familienvater nach der Abstimmung.",
    ],
    quotes: [
      [
        "Die Unterstadt verdient einen Platz, auf dem sich Menschen begegnen und nicht nur Autos parken.",
        "Carola Kessler",
      ],
      ["Wir haben viele Vorschläge übernommen.", "Carola Kessler"],
      ["fairen Lösung für Anwohner und Geschäftsleute", "Patrick Meyers"],
      ["Das ist ein Blindflug", "Joseph Hilgers"],
      ["Wenn die Region ihre Zusage zurückzieht, bleibt die Stadt auf den Kosten sitzen.", "Joseph Hilgers"],
      ["Unsere Kunden kommen aus Raeren, Lontzen und Kettenis, und zwar mit dem Auto.", "Monika Thissen"],
      [
        "Endlich können meine Kinder draußen spielen, ohne dass ich Angst haben muss",
        "Ein Anwohner der Paveestraße",
      ],
    ],
  },
  {
    name:
      "Liechtensteiner Vaterland, Wirtschaft, «…»: CEO im Titel und im Text, der 58-Jährige, " +
      "Stellungnahme des Unternehmens, Ministerin, Gewerkschafterin nach ihrem Zitat, Produktname",
    todo:
      "a company's written statement (“In einer schriftlichen Stellungnahme des Unternehmens hiess " +
      "es”) given to the standfirst's “Das Schaaner Unternehmen”, read as a body's name",
    headline: "Kranbauer Vogt Hydraulik: «Der Franken-Kurs frisst unsere Marge auf»",
    standfirst:
      "Das Schaaner Unternehmen verlagert 120 Stellen nach Tschechien. Die Regierung zeigt sich besorgt, " +
      "der Arbeitnehmerverband empört.",
    paragraphs: [
      "Die Vogt Hydraulik AG in Schaan baut bis Ende 2027 rund 120 ihrer 540 Stellen in Liechtenstein " +
        "ab. Die Fertigung der Baureihe «Alpin Compact» wird in das Werk im tschechischen Brünn " +
        "verlagert, wie das Unternehmen am Donnerstag mitteilte. Entwicklung, Vertrieb und die Montage " +
        "der Grosskrane bleiben in Schaan.",
      "«Der Franken-Kurs frisst unsere Marge auf», sagte CEO Markus Büchel an einer Medienkonferenz. " +
        "Seit 2022 habe sich der Franken gegenüber dem Euro um fast zehn Prozent verteuert, gleichzeitig " +
        "seien die Löhne gestiegen. «Wir verkaufen 90 Prozent unserer Krane im Euroraum. Da können wir " +
        "nicht einfach die Preise erhöhen.»",
      "Der 58-Jährige betonte, dass es keine Massenentlassung geben werde. Ein Teil der Stellen soll " +
        "über natürliche Abgänge und Frühpensionierungen abgebaut werden. «Für alle anderen suchen wir " +
        "gemeinsam mit den Betroffenen eine Lösung», versprach Büchel.",
      "In einer schriftlichen Stellungnahme des Unternehmens hiess es, der Schritt sei «schmerzhaft, " +
        "aber für die Zukunft des Standorts unumgänglich». Zu den Kosten des Sozialplans machte die " +
        "Firma keine Angaben.",
      "Wirtschaftsministerin Daniela Frommelt zeigte sich betroffen. «Jeder verlorene Arbeitsplatz in " +
        "der Industrie ist einer zu viel», sagte sie gegenüber dem «Vaterland». Die Regierung stehe mit " +
        "dem Unternehmen in Kontakt und prüfe, ob Kurzarbeit eine Alternative sei.",
      "«Die Aktionäre haben in den letzten Jahren gute Dividenden erhalten. Jetzt sollen die " +
        "Mitarbeitenden die Rechnung bezahlen», kritisierte Andrea Marxer, Geschäftsführerin des " +
        "Liechtensteinischen ArbeitnehmerInnenverbandes (LANV). Der Verband verlangt einen Sozialplan, " +
        "der auch ältere Mitarbeitende absichert.",
    ],
    quotes: [
      ["Der Franken-Kurs frisst unsere Marge auf", "Markus Büchel"],
      [
        "Wir verkaufen 90 Prozent unserer Krane im Euroraum. Da können wir nicht einfach die Preise erhöhen.",
        "Markus Büchel",
      ],
      ["Für alle anderen suchen wir gemeinsam mit den Betroffenen eine Lösung", "Markus Büchel"],
      ["schmerzhaft, aber für die Zukunft des Standorts unumgänglich", "Die Vogt Hydraulik AG"],
      ["Jeder verlorene Arbeitsplatz in der Industrie ist einer zu viel", "Daniela Frommelt"],
      [
        "Die Aktionäre haben in den letzten Jahren gute Dividenden erhalten. Jetzt sollen die " +
          "Mitarbeitenden die Rechnung bezahlen",
        "Andrea Marxer",
      ],
    ],
  },
  {
    name:
      "LTO, Gericht: Vorsitzende Richterin mit Doktortitel, heißt es in der Pressemitteilung, Anwalt " +
      "sagte LTO, Sprecherin eines Verbands, Verbandsjurist spricht von, Rechtsbegriff in Zeichen",
    headline: "BGH zur Kurzzeitvermietung: Ferienwohnung ohne Erlaubnis rechtfertigt fristlose Kündigung",
    paragraphs: [
      "Wer seine Mietwohnung ohne Zustimmung des Vermieters über Online-Plattformen an Touristen " +
        "vermietet, riskiert die fristlose Kündigung. Das hat der Bundesgerichtshof (BGH) am Mittwoch " +
        "entschieden (Urt. v. 25.11.2026, Az. VIII ZR 214/25). Der VIII. Zivilsenat bestätigte damit ein " +
        "Urteil des Landgerichts Berlin II.",
      "Geklagt hatte eine Vermieterin aus Berlin-Kreuzberg. Ihr Mieter hatte seine Zweizimmerwohnung " +
        "über mehrere Jahre an insgesamt 46 Wochenenden an Feriengäste vermietet und dabei nach den " +
        "Feststellungen des Landgerichts rund 11.000 Euro eingenommen. Er hielt das für zulässig, weil " +
        "er selbst weiterhin in der Wohnung gemeldet war.",
      "Dem folgte der Senat nicht. „Die Überlassung an ständig wechselnde Feriengäste ist etwas " +
        "grundlegend anderes als der Besuch von Freunden oder Verwandten“, sagte die Vorsitzende " +
        "Richterin Dr. Henrike Wessels bei der Urteilsverkündung. Eine solche Nutzung falle unter den " +
        "Begriff der „Gebrauchsüberlassung an Dritte“ in § 540 BGB und bedürfe stets der Erlaubnis des " +
        "Vermieters.",
      "In der Pressemitteilung des BGH heißt es, der Mieter habe „seine vertraglichen Pflichten in " +
        "erheblichem Maße verletzt“. Eine vorherige Abmahnung sei deshalb entbehrlich gewesen.",
      "Der Anwalt des Mieters, Fabian Roth, zeigte sich enttäuscht. „Mein Mandant hat die Wohnung nie " +
        "aufgegeben, er hat sie nur gelegentlich geteilt“, sagte er gegenüber LTO. Man prüfe nun eine " +
        "Verfassungsbeschwerde.",
      "„Mieterinnen und Mieter sollten vor jeder Untervermietung das schriftliche Einverständnis des " +
        "Vermieters einholen“, sagte eine Sprecherin des Deutschen Mieterbunds (DMB). Das Urteil " +
        "betreffe aber nur die Vermietung an Touristen, nicht die klassische Untervermietung eines " +
        "Zimmers an einen Mitbewohner.",
      "Der Eigentümerverband Haus & Grund begrüßte die Entscheidung. Verbandsjurist Oliver Strack " +
        "sprach von einem „wichtigen Signal an alle Eigentümer“. In angespannten Wohnungsmärkten dürfe " +
        "Wohnraum nicht zweckentfremdet werden, betonte er. „Jede Ferienwohnung fehlt einer Familie.“",
    ],
    quotes: [
      [
        "Die Überlassung an ständig wechselnde Feriengäste ist etwas grundlegend anderes als der " +
          "Besuch von Freunden oder Verwandten",
        "Henrike Wessels",
      ],
      ["seine vertraglichen Pflichten in erheblichem Maße verletzt", "der Bundesgerichtshof"],
      ["Mein Mandant hat die Wohnung nie aufgegeben, er hat sie nur gelegentlich geteilt", "Fabian Roth"],
      [
        "Mieterinnen und Mieter sollten vor jeder Untervermietung das schriftliche Einverständnis des " +
          "Vermieters einholen",
        "eine Sprecherin des Deutschen Mieterbunds",
      ],
      ["wichtigen Signal an alle Eigentümer", "Oliver Strack"],
      ["Jede Ferienwohnung fehlt einer Familie.", "Oliver Strack"],
    ],
  },
  {
    name:
      "Walliser Bote, Unwetter, «…»: Bewohnerin im Titel und geteiltes Zitat, die 71-Jährige, " +
      "Kantonspolizei teilte mit, Gemeindepräsident mit Doppelpunkt, Geologin über zwei Absätze, " +
      "Warnstufe",
    headline: "Murgang in Gampel: «Es tönte wie ein Güterzug»",
    standfirst:
      "Nach heftigen Gewittern hat ein Murgang im Oberwallis mehrere Häuser beschädigt. Verletzt wurde " +
      "niemand.",
    paragraphs: [
      "In der Nacht auf Mittwoch ist in Gampel-Steg ein Murgang niedergegangen. Schlamm und Geröll aus " +
        "dem Bachbett der Lonza verschütteten die Kantonsstrasse und drangen in fünf Wohnhäuser ein. " +
        "Rund 40 Personen mussten ihre Wohnungen verlassen.",
      "Die Kantonspolizei Wallis teilte am Morgen mit, die Evakuierung sei «ruhig und geordnet» " +
        "verlaufen. Die Betroffenen kamen bei Verwandten und in der Mehrzweckhalle unter.",
      "Rosmarie Imboden wohnt seit dreissig Jahren am Dorfrand. Kurz nach Mitternacht sei sie " +
        "aufgewacht. «Es tönte wie ein Güterzug», erzählt die 71-Jährige. «Dann ging das Licht aus.» Ihr " +
        "Keller steht bis unter die Decke voll Schlamm.",
      "Gemeindepräsident Beat Kalbermatten war die ganze Nacht im Einsatz. Er sagte dem «Walliser " +
        "Boten»: «Wir hatten Glück im Unglück. Eine halbe Stunde früher, und auf der Strasse wären noch " +
        "Autos unterwegs gewesen.»",
      "Die Geologin Nadja Zenklusen von der kantonalen Dienststelle für Naturgefahren erklärte, der " +
        "Boden sei nach den Regenfällen der letzten Tage gesättigt gewesen. «In einer Stunde fielen über " +
        "60 Millimeter Regen. Das Wasser konnte nirgends mehr versickern.",
      "«Solche Ereignisse werden mit dem Rückgang des Permafrosts häufiger. Darauf müssen wir uns " +
        "einstellen.»",
      "MeteoSchweiz hatte für das Oberwallis eine Unwetterwarnung der Stufe 4 («grosse Gefahr») " +
        "herausgegeben. Für Donnerstag werden erneut Gewitter erwartet. Die Kantonsstrasse bleibt laut " +
        "Polizei mindestens bis Freitag gesperrt.",
      "«Wir werden in den nächsten Tagen jede Hand brauchen», sagte Kalbermatten am Nachmittag vor den " +
        "Medien. Der Zivilschutz ist mit 25 Personen vor Ort.",
    ],
    quotes: [
      ["Es tönte wie ein Güterzug", "Rosmarie Imboden"],
      ["ruhig und geordnet", "Die Kantonspolizei Wallis"],
      ["Dann ging das Licht aus.", "Rosmarie Imboden"],
      [
        "Wir hatten Glück im Unglück. Eine halbe Stunde früher, und auf der Strasse wären noch Autos " +
          "unterwegs gewesen.",
        "Beat Kalbermatten",
      ],
      [
        "In einer Stunde fielen über 60 Millimeter Regen. Das Wasser konnte nirgends mehr versickern.",
        "Nadja Zenklusen",
      ],
      [
        "Solche Ereignisse werden mit dem Rückgang des Permafrosts häufiger. Darauf müssen wir uns " +
          "einstellen.",
        "Nadja Zenklusen",
      ],
      ["Wir werden in den nächsten Tagen jede Hand brauchen", "Beat Kalbermatten"],
    ],
  },
  {
    name:
      "Heute, Kriminalität: Opfer mit Initiale im Titel, sagt sie zu „Heute“, Zeuge mit Doppelpunkt, " +
      "Polizeisprecher, Spitzname in Zeichen, die 79-Jährige",
    headline: "Handtaschen-Räuber schlägt in Favoriten zu – Opfer (79): „Er hat mich einfach umgestoßen“",
    paragraphs: [
      "Schock am helllichten Tag! Ein Unbekannter hat am Dienstag gegen 14 Uhr in der Quellenstraße in " +
        "Wien-Favoriten eine Pensionistin von hinten zu Boden gestoßen und ihr die Handtasche entrissen. " +
        "Die Frau erlitt einen Bruch am Handgelenk.",
      "„Er hat mich einfach umgestoßen“, sagt Hermine K. zu „Heute“. „Ich hab ihn nicht einmal kommen " +
        "gehört.“ In der Tasche waren ihre Geldbörse mit 200 Euro, die Bankomatkarte und der " +
        "Wohnungsschlüssel.",
      "Minutenlang lag die Pensionistin am Gehsteig, bis ihr ein Passant aufhalf. Kellner Dominik S. " +
        "(34) hatte den Täter noch wegrennen sehen: „Der ist Richtung Reumannplatz gelaufen, schwarze " +
        "Kapuze, vielleicht 20 Jahre alt. Ich bin ihm nach, aber er war zu schnell.“",
      "Laut Polizei dürfte es sich um denselben Täter handeln, der seit Wochen im Bezirk ältere Frauen " +
        "überfällt. Anrainer nennen ihn bereits den „Kapuzen-Räuber“. Es ist der sechste Fall seit " +
        "Anfang Oktober.",
      "„Wir nehmen die Serie sehr ernst und haben die Streifen im Bezirk verstärkt“, erklärt Markus " +
        "Dittrich, Sprecher der Landespolizeidirektion Wien. Die Ermittler werten derzeit Videoaufnahmen " +
        "aus einem nahen Supermarkt aus.",
      "Hinweise nimmt jede Polizeiinspektion entgegen. Dittrich rät älteren Menschen, Handtaschen eng " +
        "am Körper zu tragen: „Am besten auf der Seite, die zur Hauswand zeigt.“",
      "Hermine K. traut sich seither kaum noch auf die Straße, ihre Tochter erledigt die Einkäufe. " +
        "„Ich war 60 Jahre in diesem Grätzl daheim“, sagt die 79-Jährige leise. „Jetzt hab ich zum " +
        "ersten Mal Angst.“",
    ],
    quotes: [
      ["Er hat mich einfach umgestoßen", "Hermine K."],
      ["Ich hab ihn nicht einmal kommen gehört.", "Hermine K."],
      [
        "Der ist Richtung Reumannplatz gelaufen, schwarze Kapuze, vielleicht 20 Jahre alt. Ich bin ihm " +
          "nach, aber er war zu schnell.",
        "Dominik S.",
      ],
      ["Wir nehmen die Serie sehr ernst und haben die Streifen im Bezirk verstärkt", "Markus Dittrich"],
      ["Am besten auf der Seite, die zur Hauswand zeigt.", "Markus Dittrich"],
      ["Ich war 60 Jahre in diesem Grätzl daheim", "Hermine K."],
      ["Jetzt hab ich zum ersten Mal Angst.", "Hermine K."],
    ],
  },
  {
    name:
      "Apotheken Umschau, Gesundheit: berichtet Apothekerin, heißt es in einer Mitteilung der Behörde, " +
      "sagt der Mediziner, sagt X vor dem Zitat, Ministeriumssprecher, eine Mutter",
    todo: "an authority's statement (“heißt es in einer Mitteilung der Behörde”) reduced to “Behörde”",
    headline: "Antibiotika-Säfte wieder knapp: Was Eltern jetzt wissen müssen",
    standfirst:
      "Zum Beginn der Erkältungssaison fehlen in vielen Apotheken Medikamente für Kinder. Fachleute " +
      "raten trotzdem zur Ruhe.",
    paragraphs: [
      "Wieder leere Schubladen: In zahlreichen Apotheken sind derzeit Antibiotika-Säfte für Kinder " +
        "nicht oder nur eingeschränkt lieferbar. Betroffen sind vor allem Präparate mit dem Wirkstoff " +
        "Amoxicillin. Auch Fiebersäfte mit Ibuprofen sind vielerorts Mangelware.",
      "„Wir telefonieren jeden Morgen die Großhändler ab, um überhaupt etwas zu bekommen“, berichtet " +
        "Apothekerin Katrin Obermeier aus Regensburg. Oft stelle ihr Team die Säfte inzwischen selbst in " +
        "der Rezeptur her. Das koste Zeit, sei aber „für viele Familien die einzige Lösung“.",
      "Das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) stuft die Lage als angespannt " +
        "ein. „Eine flächendeckende Unterversorgung ist derzeit nicht zu erkennen“, heißt es in einer " +
        "Mitteilung der Behörde. Engpässe bei einzelnen Herstellern könnten jedoch regional zu " +
        "Lieferschwierigkeiten führen.",
      "Der Kinder- und Jugendarzt Dr. Stefan Lindner aus Bielefeld rät Eltern, nicht in Panik zu " +
        "verfallen. „Die meisten Infekte bei Kindern werden von Viren verursacht. Da hilft ein " +
        "Antibiotikum ohnehin nicht“, sagt der Mediziner. Fieber sei zunächst eine sinnvolle " +
        "Abwehrreaktion des Körpers.",
      "Wer ein Rezept bekommt, sollte es nicht mehrfach einlösen wollen, sagt Lindner. „Bitte nicht in " +
        "fünf Apotheken gleichzeitig bestellen. Das verschärft den Mangel nur.“",
      "Das Bundesgesundheitsministerium verweist auf das Gesetz gegen Lieferengpässe aus dem Jahr " +
        "2023. Ein Sprecher des Ministeriums sagte auf Anfrage: „Die Maßnahmen wirken, aber sie brauchen " +
        "Zeit.“ Langfristig solle die Produktion von Antibiotika wieder stärker nach Europa geholt " +
        "werden.",
      "Für Eltern bedeutet das vor allem Laufereien. Julia Brandes aus Hannover hat für ihren " +
        "vierjährigen Sohn drei Apotheken abgeklappert. „Am Ende hat uns die Apothekerin den Saft frisch " +
        "angemischt“, erzählt sie. „Da war ich einfach nur dankbar.“",
    ],
    quotes: [
      [
        "Wir telefonieren jeden Morgen die Großhändler ab, um überhaupt etwas zu bekommen",
        "Katrin Obermeier",
      ],
      ["für viele Familien die einzige Lösung", "Katrin Obermeier"],
      [
        "Eine flächendeckende Unterversorgung ist derzeit nicht zu erkennen",
        "Bundesinstitut für Arzneimittel und Medizinprodukte",
      ],
      [
        "Die meisten Infekte bei Kindern werden von Viren verursacht. Da hilft ein Antibiotikum " +
          "ohnehin nicht",
        "Stefan Lindner",
      ],
      [
        "Bitte nicht in fünf Apotheken gleichzeitig bestellen. Das verschärft den Mangel nur.",
        "Stefan Lindner",
      ],
      ["Die Maßnahmen wirken, aber sie brauchen Zeit.", "Ein Sprecher des Ministeriums"],
      ["Am Ende hat uns die Apothekerin den Saft frisch angemischt", "Julia Brandes"],
      ["Da war ich einfach nur dankbar.", "Julia Brandes"],
    ],
  },
  {
    name:
      "Kieler Nachrichten, Wissenschaft: Erstautorin mit Doktortitel, die Ozeanografin, schreiben die " +
      "Autoren der Studie, Fischer mit Alter, Staatssekretär, Verband warnt vor, Zeitschrift und Schiff",
    headline: "Kieler Forscher warnen: Die Todeszonen in der Ostsee wachsen",
    standfirst:
      "Eine Studie des Geomar zeigt, dass sich die sauerstoffarmen Gebiete am Meeresgrund seit dem Jahr " +
      "2000 fast verdoppelt haben.",
    paragraphs: [
      "Die sauerstoffarmen Zonen am Grund der westlichen Ostsee haben sich in den vergangenen 25 " +
        "Jahren fast verdoppelt. Das ist das Ergebnis einer Studie des Geomar Helmholtz-Zentrums für " +
        "Ozeanforschung Kiel, die am Montag in der Fachzeitschrift „Communications Earth & Environment“ " +
        "erschienen ist. Die Forschenden werteten Messdaten von mehr als 300 Ausfahrten aus, viele davon " +
        "mit dem Forschungskutter „Littorina“.",
      "„Wir sehen eine klare Entwicklung, und sie geht in die falsche Richtung“, sagt Erstautorin Dr. " +
        "Mareike Thomsen. Besonders betroffen seien die Kieler und die Eckernförder Bucht. Dort sei der " +
        "Meeresboden im Spätsommer inzwischen regelmäßig nahezu ohne Leben.",
      "Als Hauptursachen nennen die Forschenden die Erwärmung des Wassers und Nährstoffe aus der " +
        "Landwirtschaft. Wärmeres Wasser kann weniger Sauerstoff speichern. „Die Ostsee ist ein Randmeer " +
        "mit wenig Austausch. Sie reagiert auf den Klimawandel schneller als der offene Ozean“, erklärt " +
        "die 41-jährige Ozeanografin.",
      "Ohne eine deutliche Senkung der Nährstoffeinträge sei „mit einer weiteren Ausdehnung der " +
        "hypoxischen Gebiete zu rechnen“, schreiben die Autoren der Studie.",
      "Für die Fischerei hat das Folgen. Dorsch und Plattfische meiden die Zonen oder verenden dort. " +
        "Jens Looft aus Heikendorf fährt seit 35 Jahren hinaus. „Früher hatten wir im September die " +
        "besten Fänge. Heute lohnt sich das Rausfahren kaum noch“, sagt der 58-Jährige.",
      "Die Landesregierung kündigte an, die Düngeregeln in Küstennähe zu verschärfen. „Wir können " +
        "nicht länger zuschauen, wie die Ostsee erstickt“, sagte Umweltstaatssekretär Henning Paulsen. " +
        "Der Bauernverband Schleswig-Holstein warnte dagegen vor „Schnellschüssen zulasten der " +
        "Landwirte“.",
      "Thomsen will die Messungen im kommenden Jahr fortsetzen. „Noch ist es nicht zu spät“, sagt sie. " +
        "„Aber das Zeitfenster schließt sich.“",
    ],
    quotes: [
      ["Wir sehen eine klare Entwicklung, und sie geht in die falsche Richtung", "Mareike Thomsen"],
      [
        "Die Ostsee ist ein Randmeer mit wenig Austausch. Sie reagiert auf den Klimawandel schneller " +
          "als der offene Ozean",
        "Mareike Thomsen",
      ],
      ["mit einer weiteren Ausdehnung der hypoxischen Gebiete zu rechnen", "die Autoren der Studie"],
      [
        "Früher hatten wir im September die besten Fänge. Heute lohnt sich das Rausfahren kaum noch",
        "Jens Looft",
      ],
      ["Wir können nicht länger zuschauen, wie die Ostsee erstickt", "Henning Paulsen"],
      ["Schnellschüssen zulasten der Landwirte", "Der Bauernverband Schleswig-Holstein"],
      ["Noch ist es nicht zu spät", "Mareike Thomsen"],
      ["Aber das Zeitfenster schließt sich.", "Mareike Thomsen"],
    ],
  },
  {
    name:
      "Falter, Kultur: Wort der Regisseurin im Vorspann und im Text, Ko-Direktor sagt dem Falter, so X, " +
      "Erklärung des Ensembles, ließ über einen Sprecher ausrichten, anonymer Techniker, Werktitel, " +
      "Ironie",
    headline: "Aus für „Die letzten Tage“: Schauspielhaus sagt Kraus-Premiere ab",
    standfirst:
      "Drei Wochen vor der Premiere stoppt das Schauspielhaus Wien seine Kraus-Inszenierung. Die " +
      "Regisseurin spricht von „Zensur“, die Direktion von Geldnot.",
    paragraphs: [
      "Eigentlich hätte „Die letzten Tage der Menschheit“ am 14. März im Schauspielhaus Premiere " +
        "feiern sollen: fünfeinhalb Stunden Karl Kraus, 23 Darstellerinnen und Darsteller, dazu ein " +
        "Laienchor aus dem Alsergrund. Daraus wird nichts. Am Montag teilte die Direktion dem Ensemble " +
        "mit, dass die Produktion abgesagt ist.",
      "„Wir hätten das Haus für diese eine Produktion finanziell ruiniert“, sagt Ko-Direktor Martin " +
        "Lassnig dem Falter. Die Kosten für Bühnenbild und Proben lägen fast 40 Prozent über dem Budget.",
      "Die Regisseurin Lena Haberl sieht das anders. Sie spricht von „Zensur“. Die Direktion habe sich " +
        "an einer Szene gestoßen, in der ein amtierender Minister – so Haberl – „nur minimal verfremdet“ " +
        "vorkomme. „Das Geld ist ein Vorwand. Man hatte Angst vor dem eigenen Publikum“, sagt die " +
        "38-Jährige.",
      "Lassnig weist das zurück: „Niemand hat eine einzige Zeile gestrichen.“",
      "Das Ensemble hat sich inzwischen in einer Erklärung zu Wort gemeldet, die dem Falter vorliegt. " +
        "Man sei „fassungslos über die Art und Weise“, wie die Entscheidung gefallen sei, heißt es darin.",
      "Kulturstadträtin Sonja Wimmer (SPÖ) will sich nicht einmischen. „Über künstlerische Fragen " +
        "entscheidet die Leitung eines Hauses, nicht die Politik“, ließ sie über einen Sprecher " +
        "ausrichten.",
      "So viel zur „mutigen“ Wiener Theaterszene. Am Schauspielhaus wird nun in aller Eile ein Ersatz " +
        "geprobt: Nestroys „Der Talisman“, in kleiner Besetzung. Ein Techniker des Hauses, der anonym " +
        "bleiben möchte, seufzt: „Kraus gegen Nestroy, das ist wie Oper gegen Kabarett.“",
    ],
    quotes: [
      ["Zensur", "Lena Haberl"],
      ["Wir hätten das Haus für diese eine Produktion finanziell ruiniert", "Martin Lassnig"],
      ["nur minimal verfremdet", "Lena Haberl"],
      ["Das Geld ist ein Vorwand. Man hatte Angst vor dem eigenen Publikum", "Lena Haberl"],
      ["Niemand hat eine einzige Zeile gestrichen.", "Martin Lassnig"],
      ["fassungslos über die Art und Weise", "Das Ensemble"],
      ["Über künstlerische Fragen entscheidet die Leitung eines Hauses, nicht die Politik", "Sonja Wimmer"],
      ["Kraus gegen Nestroy, das ist wie Oper gegen Kabarett.", "Ein Techniker des Hauses"],
    ],
  },
  {
    name:
      "Main-Post, Bildung: Rektorin, die Schulleiterin sagt sie, Bürgermeister sagte im Gemeinderat mit " +
      "Doppelpunkt, Ministeriumssprecherin, Elternbeiratsvorsitzende, Grundschüler mit Alter, Motto",
    headline: "Rechtsanspruch auf Ganztag: Grundschule in Höchberg stößt an ihre Grenzen",
    standfirst:
      "Seit September haben Erstklässler Anspruch auf einen Ganztagsplatz. In Höchberg (Lkr. Würzburg) " +
      "wird schon jetzt in der Turnhalle gegessen.",
    paragraphs: [
      "Mittagszeit an der Grundschule Höchberg: 140 Kinder drängen sich in die Turnhalle, wo " +
        "Biertischgarnituren aufgebaut sind. Eine Mensa gibt es nicht. Seit Schuljahresbeginn hat sich " +
        "die Zahl der Kinder in der Ganztagsbetreuung fast verdoppelt.",
      "„Wir improvisieren jeden Tag“, sagt Rektorin Birgit Scheuring. Der Sportunterricht falle " +
        "inzwischen an zwei Nachmittagen aus, weil die Halle zum Speisesaal werde. „Das kann kein " +
        "Dauerzustand sein.“",
      "Im kommenden Schuljahr gilt der Rechtsanspruch auch für die zweiten Klassen. Die Schulleiterin " +
        "rechnet dann mit bis zu 200 Kindern. Erzieherinnen für die Betreuung zu finden, sei „fast " +
        "aussichtslos“, sagt sie. Zwei Stellen seien seit dem Sommer unbesetzt.",
      "Der Markt Höchberg will an die Schule anbauen. Bürgermeister Stefan Hartmann (CSU) sieht aber " +
        "vor allem Bund und Freistaat in der Pflicht. Er sagte in der jüngsten Gemeinderatssitzung: „Der " +
        "Bund hat den Rechtsanspruch beschlossen, bezahlen sollen ihn die Kommunen. So funktioniert das " +
        "nicht.“ Der Anbau soll 3,8 Millionen Euro kosten, gefördert werden bisher nur 40 Prozent.",
      "Das Kultusministerium in München verweist auf die Förderprogramme. „Bayern unterstützt die " +
        "Kommunen beim Ausbau mit insgesamt über einer Milliarde Euro“, teilte eine " +
        "Ministeriumssprecherin auf Anfrage der Redaktion mit.",
      "Die Eltern sind hin- und hergerissen. Unter dem Motto „Platz für unsere Kinder“ hat der " +
        "Elternbeirat Unterschriften für den Anbau gesammelt. Die Vorsitzende Anja Seubert lobt das Team " +
        "der Schule ausdrücklich. Das Problem liege woanders: „Man hat uns einen Anspruch versprochen, " +
        "aber niemand hat an die Räume gedacht.“",
      "Und die Kinder? Der achtjährige Luca findet das Mittagessen in der Turnhalle „eigentlich ganz " +
        "lustig“. Nur laut sei es. „Man versteht sein eigenes Wort nicht.“",
    ],
    quotes: [
      ["Wir improvisieren jeden Tag", "Birgit Scheuring"],
      ["Das kann kein Dauerzustand sein.", "Birgit Scheuring"],
      ["fast aussichtslos", "Birgit Scheuring"],
      [
        "Der Bund hat den Rechtsanspruch beschlossen, bezahlen sollen ihn die Kommunen. So " +
          "funktioniert das nicht.",
        "Stefan Hartmann",
      ],
      [
        "Bayern unterstützt die Kommunen beim Ausbau mit insgesamt über einer Milliarde Euro",
        "eine Ministeriumssprecherin",
      ],
      ["Man hat uns einen Anspruch versprochen, aber niemand hat an die Räume gedacht.", "Anja Seubert"],
      ["eigentlich ganz lustig", "Luca"],
      ["Man versteht sein eigenes Wort nicht.", "Luca"],
    ],
  },
  {
    name:
      "Mitteldeutsche Zeitung, Fußball: Titelzitat im Text, Trainer im Vorspann, der 49-Jährige " +
      "kritisierte, Torschütze mit Alter, Kapitän mit Doppelpunkt, Gästetrainer, Sportchef, Banner",
    headline: "HFC verspielt Zwei-Tore-Führung: „Das tut richtig weh“",
    standfirst:
      "Der Hallesche FC kommt gegen den FSV Zwickau nicht über ein 2:2 hinaus. Trainer Marco Kühne " +
      "hadert mit der Schlussphase.",
    paragraphs: [
      "Es lief die 88. Minute im Leuna-Chemie-Stadion, in der Nordkurve hing längst das Banner „Nie " +
        "mehr Regionalliga“. Dann köpfte der Zwickauer Innenverteidiger Tom Baumgart nach einer Ecke zum " +
        "2:2 ein. Statt des fünften Sieges in Folge blieb dem Halleschen FC am Samstag vor 9400 " +
        "Zuschauern nur ein Punkt.",
      "„Das tut richtig weh“, sagte Kühne nach dem Abpfiff. „Wir hatten das Spiel 80 Minuten im Griff " +
        "und schenken es am Ende her.“ Seine Mannschaft habe nach dem 2:0 „aufgehört, Fußball zu " +
        "spielen“, kritisierte der 49-Jährige.",
      "Dabei hatte alles nach Plan begonnen. Niklas Rauschenbach brachte den HFC in der 23. Minute in " +
        "Führung, nach der Pause erhöhte er per Foulelfmeter auf 2:0. „Zwei Tore im eigenen Stadion, das " +
        "ist schon geil“, sagte der 22-Jährige. „Aber ich kann mich gerade nicht richtig freuen.“",
      "Zwickau kam in der 71. Minute durch einen Distanzschuss heran, danach wurde der HFC immer " +
        "passiver. Kapitän Jonas Wendt nahm die Mannschaft in die Pflicht: „Wir müssen lernen, so ein " +
        "Spiel dreckig nach Hause zu bringen. Das ist eine Kopfsache.“",
      "Gästetrainer Dirk Pfeiffer lobte dagegen die Moral seiner Elf, die nie aufgegeben habe. „Mit " +
        "diesem Punkt können wir sehr gut leben“, sagte er.",
      "HFC-Sportchef Tobias Lenz blieb gelassen: „Wir sind Zweiter, vier Punkte hinter Lok Leipzig. " +
        "Deshalb wird hier niemand nervös.“ Am Freitag muss der HFC beim BFC Dynamo antreten.",
    ],
    quotes: [
      ["Das tut richtig weh", "Marco Kühne"],
      ["Wir hatten das Spiel 80 Minuten im Griff und schenken es am Ende her.", "Marco Kühne"],
      ["aufgehört, Fußball zu spielen", "Marco Kühne"],
      ["Zwei Tore im eigenen Stadion, das ist schon geil", "Niklas Rauschenbach"],
      ["Aber ich kann mich gerade nicht richtig freuen.", "Niklas Rauschenbach"],
      [
        "Wir müssen lernen, so ein Spiel dreckig nach Hause zu bringen. Das ist eine Kopfsache.",
        "Jonas Wendt",
      ],
      ["Mit diesem Punkt können wir sehr gut leben", "Dirk Pfeiffer"],
      ["Wir sind Zweiter, vier Punkte hinter Lok Leipzig. Deshalb wird hier niemand nervös.", "Tobias Lenz"],
    ],
  },
]);
