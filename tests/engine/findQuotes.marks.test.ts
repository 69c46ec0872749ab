// Pairing of quotation marks: which characters open and close a quote, and which are
// apostrophes, primes or stray marks. Sentences are written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findQuotes, linkRunOnQuotes } from "../../src/engine/findQuotes.ts";
import { pairMarks } from "../../src/engine/quotes/marks.ts";
import { rulesFor } from "../../src/engine/lang/index.ts";
import type { BlockKind, TextBlock } from "../../src/engine/types.ts";

const block = (text: string, kind: BlockKind = "paragraph"): TextBlock => ({ kind, text });
const quotesOf = (text: string, lang = "en", kind: BlockKind = "paragraph") =>
  findQuotes(block(text, kind), 0, rulesFor(lang)).map((q) => q.text);
const pairedTexts = (text: string) =>
  pairMarks(text).map((p) => text.slice(p.open.end, p.close ? p.close.start : text.length).trim());

test("English curly and straight double quotes", () => {
  assert.deepEqual(quotesOf("“We will rebuild the bridge before winter,” the mayor said."), [
    "We will rebuild the bridge before winter,",
  ]);
  assert.deepEqual(quotesOf('The mayor said: "We will rebuild the bridge before winter."'), [
    "We will rebuild the bridge before winter.",
  ]);
  assert.deepEqual(quotesOf('"The river rose fast," she said, "and the dykes held."'), [
    "The river rose fast,",
    "and the dykes held.",
  ]);
});

test("French guillemets with regular, no-break and narrow no-break spaces inside", () => {
  for (const space of [" ", "\u00a0", "\u202f", ""]) {
    const text = `« Nous reconstruirons le pont avant l’hiver${space}», a déclaré le maire.`.replace(
      "« ",
      `«${space}`,
    );
    const [quote] = findQuotes(block(text), 0, rulesFor("fr"));
    assert.equal(quote?.text, "Nous reconstruirons le pont avant l’hiver", JSON.stringify(space));
    assert.equal(text.slice(quote.open.start, quote.open.end), "«");
    assert.equal(text.slice(quote.close!.start, quote.close!.end), "»");
  }
});

test("German, Danish, Swiss, Spanish, Italian and Portuguese marks", () => {
  assert.deepEqual(pairedTexts("Der Minister sagte: „Wir bauen die Brücke bis zum Winter wieder auf.“"), [
    "Wir bauen die Brücke bis zum Winter wieder auf.",
  ]);
  assert.deepEqual(pairedTexts("Er sagte »Wir bleiben hier« und ging."), ["Wir bleiben hier"]);
  assert.deepEqual(pairedTexts("Sie schrieb ‚kein Kommentar‘ und ‹nie wieder›."), [
    "kein Kommentar",
    "nie wieder",
  ]);
  assert.deepEqual(pairedTexts("El ministro dijo: «Vamos a reconstruir el puente»."), [
    "Vamos a reconstruir el puente",
  ]);
  assert.deepEqual(pairedTexts("Il sindaco ha detto: “Ricostruiremo il ponte”."), ["Ricostruiremo il ponte"]);
  assert.deepEqual(pairedTexts("O prefeito disse: „Vamos reconstruir a ponte”."), [
    "Vamos reconstruir a ponte",
  ]);
  assert.deepEqual(pairedTexts("市長は「橋を再建する」と述べた。"), ["橋を再建する"]);
});

test("single quotes in a headline are quotes", () => {
  assert.deepEqual(quotesOf("Mayor: ‘We will rebuild the bridge’", "en", "headline"), [
    "We will rebuild the bridge",
  ]);
  assert.deepEqual(quotesOf("Mayor says bridge 'will be rebuilt before winter'", "en", "headline"), [
    "will be rebuilt before winter",
  ]);
});

test("apostrophes are not quotes", () => {
  for (const text of [
    "The council’s plan wasn’t ready, and the mayor’s team didn’t say when it would be.",
    "L’Ukraine et l’Europe d’aujourd’hui n’ont pas répondu.",
    "It was the ’90s and rock ’n’ roll ruled the Smiths’ album charts.",
    "It was the '90s and rock 'n' roll ruled the Smiths' album charts, wasn't it?",
    "Rock 'n' roll kept 'em dancing 'til dawn in the band members' garages.",
  ])
    assert.deepEqual(pairMarks(text), [], text);
});

test("an elision inside a single-quoted quote does not close it", () => {
  assert.deepEqual(pairedTexts("'Rock 'n' roll will never die,' the singer said."), [
    "Rock 'n' roll will never die,",
  ]);
  assert.deepEqual(pairedTexts("‘Rock ’n’ roll will never die,’ the singer said."), [
    "Rock ’n’ roll will never die,",
  ]);
  assert.deepEqual(pairedTexts("'The '90s were a blur,' she said."), ["The '90s were a blur,"]);
});

test("feet, inches and seconds written with quote characters are not quotes", () => {
  assert.deepEqual(pairMarks(`The forward is 6'2" and the guard 5'10" tall.`), []);
  assert.deepEqual(pairMarks(`He bought a 12" pizza and a 27"-wide screen.`), []);
  assert.deepEqual(pairedTexts(`She is 5'10" and said "I never played basketball."`), [
    "I never played basketball.",
  ]);
});

test("nested quotes give the outer span only", () => {
  const text = "“When he told me ‘we are done here,’ I left the room,” the witness said.";
  assert.deepEqual(quotesOf(text), ["When he told me ‘we are done here,’ I left the room,"]);
  assert.deepEqual(quotesOf("« Il m’a répondu “pas question” et il est parti », raconte-t-elle.", "fr"), [
    "Il m’a répondu “pas question” et il est parti",
  ]);
  assert.deepEqual(quotesOf("« Il m’a dit « jamais » devant tout le monde », raconte-t-elle.", "fr"), [
    "Il m’a dit « jamais » devant tout le monde",
  ]);
});

test("an unclosed mark runs to the end of its block only", () => {
  const [quote] = findQuotes(
    block("The chief said: “We will hold the line whatever happens tonight."),
    4,
    rulesFor("en"),
  );
  assert.equal(quote?.text, "We will hold the line whatever happens tonight.");
  assert.equal(quote?.close, null);
  assert.equal(quote?.block, 4);
});

test("a stray opening mark inside a sentence is a typo, not a quote running to the end of the block", () => {
  assert.deepEqual(
    pairedTexts("She was painted as “an ice queen or a “robot”, images she does not recognise."),
    ["robot"],
  );
});

test("a « closed by ” as a slip of typing ends there, unless a » is still to come", () => {
  assert.deepEqual(pairedTexts("« Nous partirons demain ”, a-t-il dit. Puis il est sorti."), [
    "Nous partirons demain",
  ]);
  assert.deepEqual(pairedTexts("“Nous partirons demain», a-t-il dit."), ["Nous partirons demain"]);
  // The ” belongs to a quote inside the guillemets that the » closes.
  assert.deepEqual(pairedTexts("« Il a écrit ”non”, puis “oui” ”, puis rien », dit-elle."), [
    "Il a écrit ”non”, puis “oui” ”, puis rien",
  ]);
});

test("a quote over several paragraphs is one quote per paragraph, linked for attribution", () => {
  const blocks = [
    block("“We knew the storm was coming and we prepared for days."),
    block("“But nobody expected the water to rise this fast,” the chief said."),
    block("“Another quote in a new paragraph,” he added."),
  ];
  const rules = rulesFor("en");
  const found = linkRunOnQuotes(
    blocks.flatMap((b, i) => findQuotes(b, i, rules)),
    blocks,
  );
  assert.deepEqual(
    found.map((q) => [q.block, q.close === null, q.continuesPrevious]),
    [
      [0, true, false],
      [1, false, true],
      [2, false, false],
    ],
  );

  const interrupted = [
    block("“We knew the storm was coming and we prepared for days."),
    block("The chief then said: “Nobody expected the water to rise this fast.”"),
  ];
  const notRunOn = linkRunOnQuotes(
    interrupted.flatMap((b, i) => findQuotes(b, i, rules)),
    interrupted,
  );
  assert.deepEqual(
    notRunOn.map((q) => q.continuesPrevious),
    [false, false],
  );
});

test("French and Spanish carry a quote into a new paragraph with a » that the next » closes", () => {
  assert.deepEqual(pairedTexts("» Les digues ont tenu », a conclu le préfet."), ["Les digues ont tenu"]);
  assert.deepEqual(pairedTexts("» Elle a dit « jamais » et elle est partie », raconte-t-il."), [
    "Elle a dit « jamais » et elle est partie",
  ]);
  assert.deepEqual(pairedTexts("»Los diques aguantaron», concluyó el alcalde."), ["Los diques aguantaron"]);
  // German »…« hugs its words and closes with «, as before.
  assert.deepEqual(pairedTexts("»Wir prüfen den Fall«, sagte er. »Das dauert.«"), [
    "Wir prüfen den Fall",
    "Das dauert.",
  ]);
  const blocks = [
    block("« Nous savions que l’eau monterait. Nous étions prêts."),
    block("» Mais personne n’attendait une crue si rapide », a dit le maire."),
  ];
  const rules = rulesFor("fr");
  const found = linkRunOnQuotes(
    blocks.flatMap((b, i) => findQuotes(b, i, rules)),
    blocks,
  );
  assert.deepEqual(
    found.map((q) => [q.text, q.continuesPrevious]),
    [
      ["Nous savions que l’eau monterait. Nous étions prêts.", false],
      ["Mais personne n’attendait une crue si rapide", true],
    ],
  );
});

test("offsets: inner, open and close spans point into the block text", () => {
  const text = "Le maire a promis : «  des logements pour tous  » dès l’an prochain.";
  const [quote] = findQuotes(block(text), 0, rulesFor("fr"));
  assert.ok(quote);
  assert.equal(text.slice(quote.inner.start, quote.inner.end), "des logements pour tous");
  assert.equal(quote.text, "des logements pour tous");
  assert.equal(text[quote.open.start], "«");
  assert.equal(text[quote.close!.start], "»");
});

test("no exact duplicate within a block", () => {
  assert.deepEqual(quotesOf("“Never again,” she said, and she repeated: “Never again,” before leaving."), [
    "Never again,",
  ]);
});

/** The fastest of three runs of findQuotes on `text`, in milliseconds: the least disturbed by other work. */
function fastestRun(text: string, rules: ReturnType<typeof rulesFor>): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    findQuotes(block(text), 0, rules);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

// Compared with ordinary prose of the same length, timed in the same run, so that a loaded
// machine slows both alike: hostile runs of marks cost about what prose costs (0.1 to 1.5 times
// when measured), while pairing that went quadratic would cost thousands of times more.
test("hostile input costs no more than ordinary prose of the same length", () => {
  const prose = "The mayor said “we will rebuild” and the council agreed. ";
  const cases = [
    "“".repeat(100_000),
    "”".repeat(100_000),
    '"'.repeat(100_000),
    "« ".repeat(50_000),
    "'a ".repeat(50_000),
    "“a ”".repeat(50_000),
    `${"He said “".repeat(20_000)}stop”`,
    "x".repeat(200_000),
  ];
  const rules = rulesFor("en");
  for (const text of cases) {
    const sameLengthProse = prose.repeat(Math.ceil(text.length / prose.length)).slice(0, text.length);
    const ratio = fastestRun(text, rules) / fastestRun(sameLengthProse, rules);
    assert.ok(ratio < 10, `${text.slice(0, 12)}… took ${ratio.toFixed(1)} times as long as prose`);
  }
});

test("a straight double closer glued to the next word still closes: the page lost a space", () => {
  assert.deepEqual(pairedTexts('Qualifié de "pilier du groupe"par un élu, il reste discret.'), [
    "pilier du groupe",
  ]);
  assert.deepEqual(pairedTexts('She called the deal "a fair compromise"in her statement.'), [
    "a fair compromise",
  ]);
  // A single mark between two letters stays an apostrophe.
  assert.deepEqual(pairedTexts("'L'homme n'a rien dit' was all it said."), ["L'homme n'a rien dit"]);
});

test("British single marks carry a quote into a new paragraph that reopens them", () => {
  const blocks = [
    block("Rovers boss Dan Hale was proud. He said: ‘The lads defended well. Every set, they turned up."),
    block("‘I’ve been in this job a long time and that one was up there.’"),
  ];
  const rules = rulesFor("en");
  const found = linkRunOnQuotes(
    blocks.flatMap((b, i) => findQuotes(b, i, rules)),
    blocks,
  );
  assert.deepEqual(
    found.map((q) => [q.text, q.continuesPrevious]),
    [
      ["The lads defended well. Every set, they turned up.", false],
      ["I’ve been in this job a long time and that one was up there.", true],
    ],
  );
  // An unpaired single mark is an apostrophe or a slip where the block ends mid-sentence, and elided
  // words open on one: neither runs to the end of the block.
  assert.deepEqual(pairedTexts("He said: ‘the lads were out on their feet and"), []);
  assert.deepEqual(pairedTexts("‘Tis the season, and the shops know it."), []);
});
