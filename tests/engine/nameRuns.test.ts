// nameRuns finds each stretch of a sentence's names once: asked again, it gives what it found,
// and never one stretch's runs for another's. Sentences composed for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rulesFor } from "../../src/engine/lang/index.ts";
import { mayOpenNameRun, nameRuns } from "../../src/engine/attribution/names.ts";
import { noteCasing, type Sentence } from "../../src/engine/attribution/tokens.ts";
import { quoteTokens, readText } from "../../src/engine/text/blockText.ts";

function sentenceOf(text: string, lang = "en"): Sentence {
  const rules = rulesFor(lang);
  const tokens = quoteTokens(readText(text, rules), []);
  const capitalisedWords = new Set<string>();
  const lowercaseWords = new Set<string>();
  const surnames = new Set<string>();
  noteCasing(tokens, capitalisedWords, lowercaseWords, surnames);
  return { tokens, source: text, rules, capitalisedWords, lowercaseWords, surnames };
}

const TEXT = "Yesterday the mayor Ada Quill met Tomas Brenner at the harbour.";
const namesIn = (s: Sentence, from: number, to: number) =>
  nameRuns(s, from, to).map((r) =>
    s.tokens
      .slice(r.start, r.end)
      .map((t) => t.text)
      .join(" "),
  );

test("a stretch asked again gives the runs found the first time, as a new sentence reads them", () => {
  const s = sentenceOf(TEXT);
  const end = s.tokens.length;
  const first = nameRuns(s, 0, end);
  assert.equal(nameRuns(s, 0, end), first);
  assert.deepEqual(first, nameRuns(sentenceOf(TEXT), 0, end));
  assert.deepEqual(namesIn(s, 0, end), ["Ada Quill", "Tomas Brenner"]);
});

test("each stretch of a sentence has its own runs", () => {
  const s = sentenceOf(TEXT);
  const met = s.tokens.findIndex((t) => t.text === "met");
  assert.deepEqual(namesIn(s, 0, met), ["Ada Quill"]);
  assert.deepEqual(namesIn(s, met, s.tokens.length), ["Tomas Brenner"]);
  assert.deepEqual(namesIn(s, 0, s.tokens.length), ["Ada Quill", "Tomas Brenner"]);
});

test("a stretch reaching past the sentence's end is not taken for a shorter one", () => {
  const s = sentenceOf(TEXT);
  assert.deepEqual(namesIn(s, 1, 0), []);
  assert.deepEqual(namesIn(s, 0, s.tokens.length + 1), ["Ada Quill", "Tomas Brenner"]);
});

// Sentences opening on a function word, a name, a title, a particle in lower case and an acronym.
const OPENINGS: readonly (readonly [string, string])[] = [
  ["en", "The mayor Ada Quill met Tomas Brenner at the harbour."],
  ["en", "Dr Ada Quill, who runs the clinic, said the wait was long."],
  ["en", "de Miranda notes that the port reopened."],
  ["en", "UNSA Douanes Paris said the strike would go on."],
  ["fr", "Le ministre de l’Intérieur Paul Mercier a réagi lundi."],
  ["fr", "Selon Marie Roy, la décision était mûrie."],
  ["es", "El Colegio de Abogados de A Coruña y Lucía Díaz lo confirmaron."],
];

test("a run starts only where mayOpenNameRun says one may", () => {
  for (const [lang, text] of OPENINGS) {
    const s = sentenceOf(text, lang);
    const to = s.tokens.length;
    let opened = 0;
    for (let k = 0; k < to; k++) {
      const starts = nameRuns(s, k, to).some((r) => r.titleStart === k);
      if (!mayOpenNameRun(s, k, to)) assert.equal(starts, false, `${text} at ${s.tokens[k]!.text}`);
      if (starts) opened++;
    }
    assert.ok(opened > 0, text);
  }
  assert.equal(mayOpenNameRun(sentenceOf(OPENINGS[0]![1]), 0, 6), false);
});
