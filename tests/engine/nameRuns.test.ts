// nameRuns finds each stretch of a sentence's names once: asked again, it gives what it found,
// and never one stretch's runs for another's. Sentences composed for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rulesFor } from "../../src/engine/lang/index.ts";
import { nameRuns } from "../../src/engine/attribution/names.ts";
import { noteCasing, type Sentence } from "../../src/engine/attribution/tokens.ts";
import { quoteTokens, readText } from "../../src/engine/text/blockText.ts";

function sentenceOf(text: string): Sentence {
  const rules = rulesFor("en");
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
