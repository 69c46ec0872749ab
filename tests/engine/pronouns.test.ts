// The pronoun resolver (attribution/pronouns.ts): its scores alone, then pronoun speakers in
// composed paragraphs of each language, where a reader weighs gender, who spoke and who was the
// sentence's subject.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  bestReferent,
  describeFeatures,
  type PronounFeatures,
  scoreReferents,
} from "../../src/engine/attribution/pronouns.ts";
import { attribute, explainAttribution, speakersOf } from "./attribution.helpers.ts";

const person = (features: Partial<PronounFeatures>): PronounFeatures => ({
  lastSpeaker: false,
  paragraphSpeaker: false,
  sentencesBack: 0,
  notSubject: false,
  gender: "unknown",
  introducedBefore: false,
  ...features,
});

/** The referent chosen among named candidates, most recent first. */
const chosen = (...candidates: [string, Partial<PronounFeatures>][]) =>
  bestReferent(scoreReferents(candidates.map(([referent, f]) => ({ referent, features: person(f) }))));

test("scores: the nearer person wins when nothing else tells them apart", () => {
  assert.equal(chosen(["near", { sentencesBack: 1 }], ["far", { sentencesBack: 2 }]), "near");
  // Equal scores keep the most recent first.
  assert.equal(chosen(["latest", {}], ["earlier", {}]), "latest");
});

test("scores: a disagreeing gender is never chosen, however near", () => {
  assert.equal(
    chosen(["man", { gender: "disagrees", lastSpeaker: true }], ["woman", { sentencesBack: 8 }]),
    "woman",
  );
  assert.equal(chosen(["man", { gender: "disagrees" }]), null);
});

test("scores: a known agreeing gender outweighs a sentence of distance", () => {
  assert.equal(chosen(["unknown", {}], ["agrees", { sentencesBack: 1, gender: "agrees" }]), "agrees");
});

test("scores: the subject beats a person named behind a preposition, the last speaker too", () => {
  assert.equal(chosen(["object", { notSubject: true }], ["subject", { sentencesBack: 1 }]), "subject");
  assert.equal(
    chosen(
      ["governed", { notSubject: true }],
      ["speaker", { sentencesBack: 1, lastSpeaker: true, paragraphSpeaker: true }],
    ),
    "speaker",
  );
});

test("scores: a new subject of the sentence before outweighs the last speaker", () => {
  assert.equal(
    chosen(["subject", { sentencesBack: 1 }], ["speaker", { sentencesBack: 2, lastSpeaker: true }]),
    "subject",
  );
});

test("scores: having spoken last, and in the paragraph, breaks a tie but never outweighs a sentence", () => {
  const speaker = { lastSpeaker: true, paragraphSpeaker: true };
  assert.equal(
    chosen(["other", { sentencesBack: 1 }], ["speaker", { ...speaker, sentencesBack: 1 }]),
    "speaker",
  );
  assert.equal(
    chosen(["nearer", { sentencesBack: 1 }], ["speaker", { ...speaker, sentencesBack: 2 }]),
    "nearer",
  );
});

test("scores: an unnamed person just introduced outweighs the last speaker whose gender agrees", () => {
  assert.equal(
    chosen(
      ["newcomer", { sentencesBack: 1, introducedBefore: true }],
      ["speaker", { sentencesBack: 2, lastSpeaker: true, gender: "agrees" }],
    ),
    "newcomer",
  );
});

test("scores: the features explain themselves", () => {
  assert.equal(
    describeFeatures(person({ lastSpeaker: true, sentencesBack: 1, gender: "agrees" })),
    "last speaker, 1 sentence back, gender agrees",
  );
});

// Two people, the woman named by a title, the man (gender unknown) named after her: the pronoun
// is hers, though he is nearer.
for (const [lang, paragraphs, woman] of [
  [
    "en",
    [
      "Mrs. Ana Price runs the depot. Tom Reyes joined her on Monday.",
      "“The buses run again in May,” she said.",
    ],
    "Ana Price",
  ],
  [
    "fr",
    [
      "Mme Claire Dubois dirige le chantier. Paul Vidal l'a rejointe mardi.",
      "« Les travaux reprendront en mai », a-t-elle dit.",
    ],
    "Claire Dubois",
  ],
  [
    "de",
    [
      "Frau Anna Roth leitet die Baustelle. Jan Vogt kam am Montag dazu.",
      '"Wir beginnen im Mai", sagte sie.',
    ],
    "Anna Roth",
  ],
  [
    "es",
    [
      "La Sra. Marta Gil dirige la obra. Pablo Roda llegó el lunes.",
      "«Las obras seguirán en mayo», dijo ella.",
    ],
    "Marta Gil",
  ],
] as const)
  test(`${lang}: "she" goes to the woman a title names, past a nearer man`, () => {
    assert.deepEqual(speakersOf(attribute(lang, ...paragraphs)), [woman]);
  });

test("fr: « … », a-t-elle ajouté is never given to a man named by a masculine role", () => {
  const result = attribute(
    "fr",
    "Le directeur des travaux, Marc Olivier, a visité le chantier.",
    "« Nous finirons en mai », a-t-elle ajouté.",
  );
  assert.deepEqual(speakersOf(result), [null]);
});

test("a bare masculine noun does not tell a man: « professeur » is written for women too", () => {
  const result = attribute(
    "fr",
    "Anne Roy, professeur d'histoire, enseigne au lycée.",
    "« Les élèves sont inquiets », a-t-elle expliqué.",
  );
  assert.deepEqual(speakersOf(result), ["Anne Roy"]);
});

test("en: the last speaker keeps the pronoun over a person named since behind a preposition", () => {
  const result = attribute(
    "en",
    "“We will vote in May,” Ana Price said. The plan was drawn up with Mayor Tom Reyes. " +
      "“The plan is ready,” she added.",
  );
  assert.deepEqual(speakersOf(result), ["Ana Price", "Ana Price"]);
});

test("en: the subject, not the person a preposition governs, is who the pronoun means", () => {
  const result = attribute(
    "en",
    "Ana Price spoke to reporters on Monday. The plan was drawn up with Mayor Tom Reyes.",
    "“The plan is ready,” she said.",
  );
  assert.deepEqual(speakersOf(result), ["Ana Price"]);
});

// A sentence reporting one person's speech names others only in what they said: the next pronoun
// is the reporter's, though a title tells the other's gender and theirs is unknown.
for (const [lang, paragraph, reporter] of [
  [
    "en",
    "Councillor Morag Henderson said she had asked the firm to meet Ms Rennie before the vote. " +
      "“The night buses are a lifeline,” she said.",
    "Morag Henderson",
  ],
  [
    "en",
    "Paramedic Liam Okafor told the inquest Mr Harker had been cold for hours. Asked whether that was " +
      "unusual, he replied: “Not any more.”",
    "Liam Okafor",
  ],
  [
    "en",
    "Dr Kemi Adeyemi said Mrs Walsh had waited nine hours. “We cannot go on,” she added.",
    "Kemi Adeyemi",
  ],
  [
    "de",
    "Stadträtin Morag Henning sagte, sie habe Frau Rennert um ein Gespräch gebeten. " +
      "„Die Nachtbusse sind unverzichtbar“, sagte sie.",
    "Morag Henning",
  ],
  [
    "de",
    "Sanitäter Lian Okafor sagte, Herr Harke sei stark unterkühlt gewesen. " +
      "„Das ist leider normal geworden“, fügte er hinzu.",
    "Lian Okafor",
  ],
  [
    "es",
    "La concejala Morag Henderson dijo que la señora Rennie había dimitido. «Los autobuses son vitales», " +
      "dijo ella.",
    "Morag Henderson",
  ],
  [
    "fr",
    "La conseillère Morag Henderson a dit que Mme Rennie avait démissionné. « Les bus sont vitaux », " +
      "a-t-elle dit.",
    "Morag Henderson",
  ],
] as const)
  test(`${lang}: the pronoun after "X said Ms Y had …" is X's: ${paragraph.slice(0, 40)}`, () => {
    assert.equal(speakersOf(attribute(lang, paragraph)).at(-1), reporter);
  });

// … but not when the person named in what was said speaks up next, or the pronoun's gender rules the
// reporter out.
for (const [lang, paragraph, named] of [
  [
    "en",
    "Councillor Morag Henderson said Ms Rennie had resigned. Ms Rennie did not deny it. " +
      "“I had no choice,” she said.",
    "Rennie",
  ],
  ["en", "John Reyes said Ms Price had resigned. “I had no choice,” she said.", "Price"],
  [
    "de",
    "Sanitäter Lian Okafor sagte, Herr Harke sei stark unterkühlt gewesen. Herr Harke widersprach. " +
      "„Ich war nicht unterkühlt“, sagte er.",
    "Harke",
  ],
] as const)
  test(`${lang}: the person named in what was said keeps the pronoun: ${paragraph.slice(0, 40)}`, () => {
    assert.equal(speakersOf(attribute(lang, paragraph)).at(-1), named);
  });

// `Carstensen schüttelt den Kopf, als er das hört: „…“`: the pronoun before the quote stands for the
// person its own sentence named before it, not the last speaker.
for (const [lang, paragraphs] of [
  [
    "de",
    [
      "Sönke Carstensen hält 120 Kühe.",
      '"Die Gänse waren zuerst da", sagt Hauke Jessen. Carstensen lacht, als er das hört: "Dann soll ' +
        'er mal meine Rechnung bezahlen."',
    ],
  ],
  [
    "en",
    [
      "Sönke Carstensen keeps 120 cows.",
      "“The geese were here first,” Hauke Jessen said. Carstensen shook his head when he heard that: " +
        "“Let them pay my feed bill.”",
    ],
  ],
  [
    "es",
    [
      "Sönke Carstensen tiene 120 vacas.",
      "«Los gansos llegaron primero», dijo Hauke Jessen. Carstensen negó con la cabeza cuando lo oyó: " +
        "«Que paguen mi pienso.»",
    ],
  ],
] as const)
  test(`${lang}: "X shook his head when he heard that: …" is X's, not the last speaker's`, () => {
    assert.deepEqual(speakersOf(attribute(lang, ...paragraphs)), ["Hauke Jessen", "Sönke Carstensen"]);
  });

// … but not a person named behind a preposition, nor one named after the pronoun.
for (const [lang, paragraphs, speaker] of [
  [
    "en",
    [
      "Sönke Carstensen keeps 120 cows.",
      "“The geese were here first,” Hauke Jessen said. Asked about Carstensen, he added: “Let him pay " +
        "the feed bill.”",
    ],
    "Hauke Jessen",
  ],
  [
    "de",
    [
      "Sönke Carstensen hält 120 Kühe.",
      '"Die Gänse waren zuerst da", sagt Hauke Jessen. Auf Carstensen angesprochen, sagt er: "Der ' +
        'soll sich beruhigen."',
    ],
    "Hauke Jessen",
  ],
  [
    "en",
    [
      "Anne Considine runs the school.",
      "“We are being punished,” said Siobhán Keogh. She said Ms Considine had “done everything right”.",
    ],
    "Siobhán Keogh",
  ],
] as const)
  test(`${lang}: the pronoun before the quote is not whom its sentence names otherwise: ${speaker}`, () => {
    assert.equal(speakersOf(attribute(lang, ...paragraphs)).at(-1), speaker);
  });

test("nl: zegt ze after two people means the subject, not the one 'samen met' governs", () => {
  const result = attribute(
    "nl",
    "Anna de Vries sprak maandag met de pers. Samen met schepen Jan Peeters opende De Vries het park.",
    '"Het park blijft open", zegt ze.',
  );
  assert.deepEqual(speakersOf(result), ["Anna de Vries"]);
});

test("explain shows each pronoun candidate's features and score", () => {
  const { explanations } = explainAttribution(
    "en",
    "Mrs. Ana Price runs the depot. Tom Reyes joined her on Monday.",
    "“The buses run again in May,” she said.",
  );
  const pronoun = explanations[0]!.candidates.find((c) => c.referents);
  assert.ok(pronoun, "a pronoun candidate with its referents");
  assert.deepEqual(
    pronoun.referents!.map((r) => [r.speaker, r.features]),
    [
      ["Ana Price", "2 sentences back, gender agrees"],
      ["Tom Reyes", "1 sentence back, gender disagrees"],
    ],
  );
});

// A sentence opening on a pronoun is about whoever it stands for: the person it names after
// that (an object) does not become who a quote with nothing around it belongs to.
for (const [lang, paragraph, subject] of [
  [
    "de",
    "Tom Berger hat Bedenken. Er glaubt, dass die Firma Lena Hartwig getäuscht hat. " +
      "Das bedeute aber nicht, «dass wir den Vertrag kündigen».",
    "Tom Berger",
  ],
  [
    "en",
    "Ana Price has doubts about the deal. She believes the firm misled Tom Reyes. " +
      "That did not mean “we walk away from the table.”",
    "Ana Price",
  ],
] as const)
  test(`${lang}: a bare quote after "he believes …" goes to him, not to whom his sentence names`, () => {
    assert.deepEqual(speakersOf(attribute(lang, paragraph)), [subject]);
  });

test("a pronoun teaches its person's gender only when no one else in sight could be meant", () => {
  const genderOfAlex = (...paragraphs: string[]) => {
    const { explanations } = explainAttribution("en", ...paragraphs);
    const referents = explanations[1]!.candidates.find((c) => c.referents)!.referents!;
    return referents.find((r) => r.speaker === "Alex Morgan")!.features.includes("gender agrees");
  };
  const quotes = ["“The buses will run,” she said.", "“The drivers agree,” she added."];
  assert.equal(genderOfAlex("Alex Morgan met Sam Lee at the depot on Monday.", ...quotes), false);
  assert.equal(genderOfAlex("Alex Morgan opened the depot on Monday.", ...quotes), true);
});

// English and Irish first names tell a gender as a title does: either rules out a person of the other.
for (const [paragraph, speaker] of [
  [
    "Harriet Lyle read the charges. Tom Willard sat still. “He chose people who lived alone,” she said.",
    "Harriet Lyle",
  ],
  ["Ms Lyle read the charges. Mr Willard sat still. “He chose people who lived alone,” she said.", "Lyle"],
  [
    "Niamh Byrne opened the hall. Declan Walsh spoke after the vote. “It took us ten years,” she said.",
    "Niamh Byrne",
  ],
  [
    "Niamh Byrne opened the hall. Declan Walsh spoke after the vote. “It took us ten years,” he said.",
    "Declan Walsh",
  ],
] as const)
  test(`en: a man and a woman, the pronoun's gender chooses: ${paragraph.slice(0, 40)}`, () => {
    assert.deepEqual(speakersOf(attribute("en", paragraph)), [speaker]);
  });

test("en: two men and one pronoun: gender tells them not apart, the nearer subject keeps it", () => {
  const paragraph =
    "Gov. Michael Rowe toured the town. Kevin Walsh, a neighbour, lost his car. " +
    "“It came up in an hour,” he said.";
  assert.deepEqual(speakersOf(attribute("en", paragraph)), ["Kevin Walsh"]);
});

for (const group of ["Forecasters", "Police", "Staff", "Officials"])
  test(`en: a plural or collective noun between (${group}) is never "he"`, () => {
    const storm = `Carl Sizemore lost his car. ${group} warned of more storms.`;
    const paragraph = `${storm} “It came up in an hour,” he said.`;
    assert.deepEqual(speakersOf(attribute("en", paragraph)), ["Carl Sizemore"]);
  });

test("en: a collective noun still speaks for itself", () => {
  assert.deepEqual(speakersOf(attribute("en", "“We are looking for two men,” police said.")), ["police"]);
});

// Kind: a body is never "he"; a gendered pronoun stands for a body of its grammatical gender where
// the language gives bodies one (« la régie … elle », „die Kammer … sie“, « le syndicat … il »,
// „der Verband … er“), and never for one of the other; English has "it" for a body and no gendered
// pronoun. Measured: keeping masculine bodies from « il »/„er“ lost three quotes on sets 1–34 and
// one on 35–38 (« Le Tribunal … Il »), so each gender keeps its bodies.
for (const [lang, paragraph, speaker] of [
  [
    "de",
    "Die Handelskammer Vorarlberg hat am Montag ihre Konjunkturumfrage vorgelegt. " +
      "„Die Stimmung in den Betrieben ist gedrückt“, schreibt sie.",
    "Die Handelskammer Vorarlberg",
  ],
  [
    "de",
    "Der Gewerbeverband Vorarlberg hat am Montag seine Umfrage vorgelegt. „Die Stimmung ist gedrückt“, " +
      "schreibt er.",
    "Der Gewerbeverband Vorarlberg",
  ],
  [
    "de",
    "Der Gewerbeverband Vorarlberg hat am Montag seine Umfrage vorgelegt. „Die Stimmung ist gedrückt“, " +
      "schreibt sie.",
    null,
  ],
  [
    "fr",
    "La régie des eaux de Gruyère a publié son bilan lundi. « Le réseau a perdu un tiers de son débit », " +
      "indique-t-elle.",
    "La régie des eaux de Gruyère",
  ],
  [
    "fr",
    "Le syndicat des eaux de Gruyère a publié son bilan lundi. « Le réseau a perdu un tiers de son " +
      "débit », indique-t-il.",
    "Le syndicat des eaux de Gruyère",
  ],
  [
    "fr",
    "Le syndicat des eaux de Gruyère a publié son bilan lundi. « Le réseau a perdu un tiers de son " +
      "débit », indique-t-elle.",
    null,
  ],
  [
    "es",
    "La Confederación Hidrográfica del Ebro publicó su balance el lunes. «La red ha perdido un tercio de " +
      "su caudal», señaló ella.",
    "La Confederación Hidrográfica del Ebro",
  ],
  [
    "en",
    "The Harbour Trust published its annual report on Monday. “The port lost a third of its trade,” it said.",
    "The Harbour Trust",
  ],
  [
    "en",
    "The Harbour Trust published its annual report on Monday. “The port lost a third of its trade,” he said.",
    null,
  ],
  [
    "en",
    "The Harbour Trust published its annual report on Monday. “The port lost a third of its trade,” she " +
      "said.",
    null,
  ],
] as const)
  test(`${lang}: a body for a pronoun of its kind and gender only: ${paragraph.slice(-30)}`, () => {
    assert.deepEqual(speakersOf(attribute(lang, paragraph)), [speaker]);
  });
