// Dutch attribution constructions, on sentences written for this battery.
import { runBattery } from "./battery.helpers.ts";

runBattery("nl", [
  {
    construction: "„…”, zegt X (inverted verb and subject)",
    paragraphs: ["„Dat is onzin”, zegt De Wever."],
    expected: [["Dat is onzin", "De Wever"]],
  },
  {
    construction: "'…', zegt X with first name and particle",
    paragraphs: ["'We blijven in de regering', zegt Bart De Wever tijdens een persconferentie."],
    expected: [["We blijven in de regering", "Bart De Wever"]],
  },
  {
    construction: "„…”, aldus X",
    paragraphs: ["„We gaan door met de hervorming”, aldus minister Jan Peeters."],
    expected: [["We gaan door met de hervorming", "Jan Peeters"]],
  },
  {
    construction: "volgens X",
    paragraphs: ["Volgens burgemeester Els Janssens is de situatie „volledig onder controle”."],
    expected: [["volledig onder controle", "Els Janssens"]],
  },
  {
    construction: "X zei dat … „…”",
    paragraphs: ["Burgemeester Els Janssens zei dat de brug „volledig veilig” is."],
    expected: [["volledig veilig", "Els Janssens"]],
  },
  {
    construction: "X zei: „…”",
    paragraphs: ["Minister Lotte Claes zei: „We gaan door.”"],
    expected: [["We gaan door.", "Lotte Claes"]],
  },
  {
    construction: "„…”, klinkt het bij X (an impersonal verb, the body its words come from)",
    paragraphs: ["„We zijn tevreden met het akkoord”, klinkt het bij de politievakbond."],
    expected: [["We zijn tevreden met het akkoord", "de politievakbond"]],
  },
  {
    construction: "„…”, reageert X (any speech verb in the incise)",
    paragraphs: ["„De brug blijft dicht”, reageert burgemeester Els Janssens."],
    expected: [["De brug blijft dicht", "Els Janssens"]],
  },
  {
    construction: "„…”, schrijft X (a newspaper with a capitalised article in its name)",
    paragraphs: ["„We onderzoeken de zaak”, schrijft De Standaard."],
    expected: [["We onderzoeken de zaak", "De Standaard"]],
  },
  {
    construction: "„…”, sneerde X (any verb in the incise, listed or not, before its subject)",
    paragraphs: [
      "„Dat is lachwekkend”, sneerde De Wever in de Kamer.",
      "„We laten ons niet chanteren”, foeterde de minister Eva Claes.",
    ],
    expected: [
      ["Dat is lachwekkend", "De Wever"],
      ["We laten ons niet chanteren", "Eva Claes"],
    ],
  },
  {
    construction: "„….” Dat zegt X (the demonstrative stands for the quote, the subject follows the verb)",
    paragraphs: ["„Dat is onaanvaardbaar.” Dat zegt burgemeester Els Janssens in een reactie."],
    expected: [["Dat is onaanvaardbaar.", "Els Janssens"]],
  },
  {
    construction: "„…”, jubelt trainer X (an office in lower case before the name in the incise)",
    paragraphs: ["‘We hebben gewonnen’, jubelt trainer Wouter Vrancken."],
    expected: [["We hebben gewonnen", "Wouter Vrancken"]],
  },
  {
    construction: "„…”, zegt hij (a pronoun for the person named before)",
    paragraphs: [
      "Burgemeester Wim Aerts sprak de gemeenteraad toe.",
      "„Ik blijf tot het einde van de legislatuur”, zegt hij.",
    ],
    expected: [["Ik blijf tot het einde van de legislatuur", "Wim Aerts"]],
  },
  {
    construction: "naar eigen zeggen (the clause's own subject speaks)",
    paragraphs: [
      "Minister Lotte Claes kreeg het aanbod in oktober. Daarna sprak ze met premier Jan Peeters.",
      "De beslissing nam ze naar eigen zeggen „in vijf minuten”.",
    ],
    expected: [["in vijf minuten", "Lotte Claes"]],
  },
  {
    construction: "samen met X is Y …, then zegt ze (the person after the preposition is not the topic)",
    paragraphs: [
      "Samen met MR-vicepremier Jan Peeters is Lotte Claes bevoegd voor de hervorming van het land.",
      "„Ik voel geen behoefte om populair te doen”, zegt ze daar zelf over.",
    ],
    expected: [["Ik voel geen behoefte om populair te doen", "Lotte Claes"]],
  },
  {
    construction: "Uitbater X opening the sentence, then '…', zegt hij: a Flemish occupation before the name",
    paragraphs: ["Uitbater Jonas Claes sluit de zaak na veertig jaar. 'Het is genoeg geweest', zegt hij."],
    expected: [["Het is genoeg geweest", "Jonas Claes"]],
  },
  {
    construction: "Minister van A en B X …: a ministry whose name joins two parts, then the minister's name",
    paragraphs: ["Minister van Klimaat en Energie Sander Mol opende het debat. 'We gaan door', zei Mol."],
    expected: [["We gaan door", "Sander Mol"]],
  },
  {
    construction: "headline ‘…’ that leaves words out of the body's quote: the body's speaker",
    paragraphs: [
      ["headline", "Droogte in Friesland: ‘We geven niet op’"],
      "‘We geven het echt niet op’, zegt melkveehouder Anne Hoekstra.",
    ],
    expected: [
      ["We geven niet op", "Anne Hoekstra"],
      ["We geven het echt niet op", "Anne Hoekstra"],
    ],
  },
  {
    construction: "„…”, zegt X Y van Z (van after a full name is the body, not a particle)",
    paragraphs: [
      "„De dijken houden het”, zegt Marloes Verhagen van Waterschap Rivierenland.",
      "„We blijven pompen”, zegt Kees van Dalen.",
    ],
    expected: [
      ["De dijken houden het", "Marloes Verhagen"],
      ["We blijven pompen", "Kees van Dalen"],
    ],
  },
  {
    construction: "X prees Y: „…” Z sprak van … (a subject after the quote opens the next sentence)",
    paragraphs: [
      "Trainer Ruud Hoeve prees zijn ploeg: „We hebben tot het einde gestreden.” Daan Mulder " +
        "sprak van een „verdiend punt”.",
    ],
    expected: [
      ["We hebben tot het einde gestreden.", "Ruud Hoeve"],
      ["verdiend punt", "Daan Mulder"],
    ],
  },
  {
    construction: "X berekende dat … „…” / X schat dat … (a verb of estimating reports a figure)",
    paragraphs: [
      "„We betalen het”, zei minister Jan Smit.",
      "Het Planbureau berekende dat het plan „ongeveer 2 miljard euro” per jaar kost.",
      "De Rekenkamer schat dat de kosten „met een derde” stijgen.",
    ],
    expected: [
      ["We betalen het", "Jan Smit"],
      ["ongeveer 2 miljard euro", "Het Planbureau"],
      ["met een derde", "De Rekenkamer"],
    ],
  },
  {
    construction: "X liet in een verklaring weten dat … „…” (an adverbial between the parts of the idiom)",
    paragraphs: [
      "Wethouder Eva Smit liet in een verklaring weten dat ze het besluit „onbegrijpelijk” vindt.",
    ],
    expected: [["onbegrijpelijk", "Eva Smit"]],
  },
  {
    construction: "X vindt het ‘…’ dat … (an opinion given in words, one word quoted)",
    paragraphs: [
      "‘We gaan door’, zei voorzitter Jan de Vries. Wethouder Anna Bakker vindt het ‘schandalig’ dat " +
        "de bus niet meer rijdt.",
    ],
    expected: [
      ["We gaan door", "Jan de Vries"],
      ["schandalig", "Anna Bakker"],
    ],
  },
  {
    construction: "Een X bij Y in Z zegt … ‘…’ (the subject before where it lives or works)",
    paragraphs: [
      "‘We gaan door’, zei voorzitter Jan de Vries. Een buurman uit Delft zegt dat het ‘een schande’ is.",
      "Een docent bij een school in Zwolle zei: ‘Wij staan er alleen voor.’",
    ],
    expected: [
      ["We gaan door", "Jan de Vries"],
      ["een schande", "Een buurman"],
      ["Wij staan er alleen voor.", "Een docent"],
    ],
  },
  {
    construction: "„die de fans alleen „…“ noemen”: een bijnaam in een bijzin is geen citaat",
    paragraphs: [
      "De 20-jarige, die de fans alleen „Kess“ noemen, scoorde twee keer. „Ik heb gewoon geschoten“, " +
        "zei de speler.",
    ],
    expected: [["Ik heb gewoon geschoten", "de speler"]],
  },
  {
    construction:
      "`Groen-partijleider Ine Claes …`, `fractieleider Tom Wouters`: a leader's noun compounded onto the " +
      "party or group (`-leider`) before a full name is the person's office, not part of the name",
    paragraphs: [
      "De hervorming blijft omstreden. Groen-partijleider Ine Claes noemde het plan ‘een sprong in het " +
        "duister’.",
      "‘Wij stemmen tegen’, zei fractieleider Tom Wouters.",
    ],
    expected: [
      ["een sprong in het duister", "Ine Claes"],
      ["Wij stemmen tegen", "Tom Wouters"],
    ],
  },
]);
