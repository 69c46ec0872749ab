// Composed German news articles (Tagesschau, Spiegel, FAZ, Süddeutsche, dpa styles): each mixes the
// ways a whole article attributes its quotes — Konjunktiv around direct quotes, „so X“, split verbs,
// titles before names, »…« and „…“ marks — so speakers must carry across paragraphs, descriptions and
// pronouns. Every article is written for this test; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("de", [
  {
    name: "Tagesschau, Politik: Bundeskanzler im Titel, so der Kanzler, warf … vor, sagte sie, teilte mit",
    headline: "Kanzler Berger: „Wir werden die Schuldenbremse nicht aufweichen“",
    paragraphs: [
      "Bundeskanzler Thomas Berger hat Forderungen nach einer Reform der Schuldenbremse eine klare " +
        "Absage erteilt.",
      "„Wir werden die Schuldenbremse nicht aufweichen“, sagte Berger am Mittwoch im Bundestag.",
      "Die Regierung müsse mit dem Geld auskommen, das sie habe, so der Kanzler. Das sei „eine Frage " +
        "der Generationengerechtigkeit“.",
      "Die Grünen-Fraktionschefin Katharina Lenz warf dem Kanzler „Realitätsverweigerung“ vor.",
      "„Schulen und Brücken zerfallen, und der Kanzler schaut zu“, sagte sie.",
      "Auch Finanzministerin Sabine Kraus wies die Kritik zurück. Der Haushaltsentwurf enthalte " +
        "„Rekordinvestitionen“, erklärte sie.",
      "Der Bundesrechnungshof teilte mit, die Lage des Haushalts sei „äußerst angespannt“.",
    ],
    quotes: [
      ["Wir werden die Schuldenbremse nicht aufweichen", "Thomas Berger"],
      ["eine Frage der Generationengerechtigkeit", "Thomas Berger"],
      ["Realitätsverweigerung", "Katharina Lenz"],
      ["Schulen und Brücken zerfallen, und der Kanzler schaut zu", "Katharina Lenz"],
      ["Rekordinvestitionen", "Sabine Kraus"],
      ["äußerst angespannt", "Der Bundesrechnungshof"],
    ],
  },
  {
    name: "Spiegel, Wohnen: »…«, der Entwurf sieht … vor, die SPD-Politikerin, so X, nannte, laut",
    headline: "Neues Heizungsgesetz: Was der Entwurf vorsieht",
    paragraphs: [
      "Der Entwurf des Bauministeriums sieht für alle Neubauten ab 2028 eine »Pflicht zur " +
        "klimaneutralen Heizung« vor.",
      "Bauministerin Clara Wendt verteidigte das Vorhaben. »Wir lassen niemanden allein, der sich " +
        "eine neue Heizung nicht leisten kann«, sagte die SPD-Politikerin dem SPIEGEL.",
      "Die Förderung für Haushalte mit geringem Einkommen sei »so großzügig wie nie«, so Wendt.",
      "Scharfe Kritik kommt vom Eigentümerverband. Verbandspräsident Jörg Hellmann sprach von einer " +
        "»kalten Enteignung«.",
      "»Viele ältere Menschen werden ihr Haus verkaufen müssen«, sagte Hellmann.",
      "Laut Verbraucherzentrale Bundesverband ist der Entwurf dagegen »ein vernünftiger Kompromiss«.",
      "Die Union kündigte Widerstand an. Fraktionsvize Martin Kohl nannte den Entwurf »handwerklich " +
        "schlecht gemacht«.",
    ],
    quotes: [
      ["Pflicht zur klimaneutralen Heizung", "Der Entwurf des Bauministeriums"],
      ["Wir lassen niemanden allein, der sich eine neue Heizung nicht leisten kann", "Clara Wendt"],
      ["so großzügig wie nie", "Clara Wendt"],
      ["kalten Enteignung", "Jörg Hellmann"],
      ["Viele ältere Menschen werden ihr Haus verkaufen müssen", "Jörg Hellmann"],
      ["ein vernünftiger Kompromiss", "Verbraucherzentrale Bundesverband"],
      ["handwerklich schlecht gemacht", "Martin Kohl"],
    ],
  },
  {
    name: "FAZ/dpa, Wirtschaft: teilte … mit, Konjunktiv ohne Verb, kündigte … an, nach Angaben, Experte",
    headline: "Autozulieferer Brenner streicht 3000 Stellen",
    paragraphs: [
      "Der Autozulieferer Brenner will in Deutschland rund 3000 Stellen abbauen. Das teilte das " +
        "Unternehmen am Dienstag in Stuttgart mit.",
      "„Die Lage in der Branche ist dramatisch“, sagte Vorstandschef Markus Albrecht bei der " +
        "Vorstellung der Quartalszahlen.",
      "Man habe „alle Alternativen geprüft“, betonte Albrecht. Betriebsbedingte Kündigungen wolle der " +
        "Konzern aber „möglichst vermeiden“.",
      "Die IG Metall reagierte empört. „Das ist ein Schlag ins Gesicht der Beschäftigten“, erklärte " +
        "Bezirksleiterin Petra Ulrich.",
      "Nach Angaben der Gewerkschaft sind allein am Standort Heilbronn 900 Arbeitsplätze betroffen. " +
        "Ulrich kündigte „massiven Widerstand“ an.",
      "Die baden-württembergische Wirtschaftsministerin Anke Vogel (CDU) forderte das Management zu " +
        "Gesprächen auf. „Wir erwarten, dass das Unternehmen zu seiner Verantwortung steht“, sagte sie " +
        "der Deutschen Presse-Agentur.",
      "Der Schritt sei „überfällig“ gewesen, sagte Autoexperte Ferdinand Kühn vom Center Automotive " +
        "Research.",
    ],
    quotes: [
      ["Die Lage in der Branche ist dramatisch", "Markus Albrecht"],
      ["alle Alternativen geprüft", "Markus Albrecht"],
      ["möglichst vermeiden", "Markus Albrecht"],
      ["Das ist ein Schlag ins Gesicht der Beschäftigten", "Petra Ulrich"],
      ["massiven Widerstand", "Petra Ulrich"],
      ["Wir erwarten, dass das Unternehmen zu seiner Verantwortung steht", "Anke Vogel"],
      ["überfällig", "Ferdinand Kühn"],
    ],
  },
  {
    name: "Süddeutsche, Gericht: Verteidiger erklärte, Oberstaatsanwältin, Zeugin ohne Namen, er sprach von",
    headline: "Prozess um Brandanschlag: Angeklagter schweigt",
    paragraphs: [
      "Im Prozess um den Brandanschlag auf eine Flüchtlingsunterkunft in Landshut hat der Angeklagte " +
        "am ersten Verhandlungstag geschwiegen. Sein Verteidiger Stefan Moll erklärte, sein Mandant " +
        "werde sich „zu einem späteren Zeitpunkt“ äußern.",
      "Die Staatsanwaltschaft wirft dem 34-Jährigen versuchten Mord in 14 Fällen vor. Er habe „aus " +
        "fremdenfeindlicher Gesinnung“ gehandelt, sagte Oberstaatsanwältin Judith Brandl bei der " +
        "Verlesung der Anklage.",
      "Eine Bewohnerin der Unterkunft schilderte als Zeugin die Nacht. „Ich habe die Kinder geweckt " +
        "und bin mit ihnen aus dem Fenster geklettert“, sagte die 29-Jährige.",
      "Die Vorsitzende Richterin Claudia Seidl unterbrach die Sitzung mehrmals. „Nehmen Sie sich " +
        "Zeit“, sagte Seidl.",
      "Oberbürgermeister Peter Lindner verfolgte den Prozess im Zuschauerraum. Er sprach von einem " +
        "„Angriff auf unsere ganze Stadt“.",
    ],
    quotes: [
      ["zu einem späteren Zeitpunkt", "Stefan Moll"],
      ["aus fremdenfeindlicher Gesinnung", "Judith Brandl"],
      [
        "Ich habe die Kinder geweckt und bin mit ihnen aus dem Fenster geklettert",
        "Eine Bewohnerin der Unterkunft",
      ],
      ["Nehmen Sie sich Zeit", "Claudia Seidl"],
      ["Angriff auf unsere ganze Stadt", "Peter Lindner"],
    ],
  },
  {
    name: "dpa, Sport: Bundestrainer im Titel, der 29-Jährige, der DFB teilte mit, so X, sogenannte",
    headline: "Bundestrainer nach dem Aus: „Wir müssen uns hinterfragen“",
    paragraphs: [
      "Nach dem Viertelfinal-Aus gegen Spanien hat Bundestrainer Jens Albers Fehler eingeräumt.",
      "„Wir müssen uns alle hinterfragen, ich mich zuerst“, sagte Albers in der Nacht zum Sonntag im ZDF.",
      "Kapitän Leon Hartmann wollte von einer Krise nichts wissen. „Wir haben gegen eine " +
        "Weltklassemannschaft verloren, das ist keine Schande“, sagte der 29-Jährige.",
      "Der DFB teilte am Sonntag mit, Albers bleibe „selbstverständlich“ im Amt.",
      "Sportdirektor Holger Brandt stellte sich hinter den Trainer. Die Mannschaft habe „Charakter " +
        "gezeigt“, so Brandt.",
      "Schon vor dem Turnier hatte es Zweifel an der sogenannten „goldenen Generation“ gegeben.",
      "Spaniens Trainer Álvaro Ruiz lobte den Gegner: „Deutschland hat uns alles abverlangt.“",
    ],
    quotes: [
      ["Wir müssen uns hinterfragen", "Jens Albers"],
      ["Wir müssen uns alle hinterfragen, ich mich zuerst", "Jens Albers"],
      ["Wir haben gegen eine Weltklassemannschaft verloren, das ist keine Schande", "Leon Hartmann"],
      ["selbstverständlich", "Der DFB"],
      ["Charakter gezeigt", "Holger Brandt"],
      ["Deutschland hat uns alles abverlangt.", "Álvaro Ruiz"],
    ],
  },
]);
