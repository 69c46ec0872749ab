// Speaker merging must stay linear in the number of speakers: each name is looked up by its
// words, never compared with every speaker met before. A page of 4,000 paragraphs, each quoting
// someone new, must cost about four times a page of 1,000 — not sixteen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuotes } from "../../src/engine/index.ts";
import type { Article } from "../../src/engine/types.ts";
import { givenNameGender } from "../../src/engine/lang/givenNames.ts";

const SYLLABLES = ["ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "za"];

/** A distinct, name-like word for each number: Baceda, Bacedi, … */
function nameWord(n: number, length: number): string {
  let word = "";
  for (let k = 0; k < length; k++, n = Math.floor(n / SYLLABLES.length))
    word += SYLLABLES[n % SYLLABLES.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * Paragraphs each naming a new person in full, then by surname, then by pronoun; `firstName`:
 * everyone has that first name (else each their own).
 */
function pageOf(paragraphs: number, firstName?: string): Article {
  const blocks = Array.from({ length: paragraphs }, (_, k) => {
    const first = firstName ?? nameWord(k * 7919, 2);
    const last = nameWord(k, 4);
    // A made-up first name may be a real man's ("Mino"): the pronoun agrees with it, as a reporter's would.
    const pronoun = givenNameGender(first) === "m" ? "he" : "she";
    return {
      kind: "paragraph" as const,
      text:
        `“The plan ${k} will work,” said ${first} ${last}, who chairs the committee. ` +
        `“We agree,” ${last} added. “It is late,” ${pronoun} said.`,
    };
  });
  return { blocks, lang: "en" };
}

const cpuMs = (article: Article) => {
  const start = process.cpuUsage();
  const result = extractQuotes(article);
  const { user, system } = process.cpuUsage(start);
  return { ms: (user + system) / 1000, result };
};

/** CPU time of the large page over the small one's (4× the paragraphs), once each speaker is checked. */
function costRatio(small: Article, large: Article): number {
  const { result } = cpuMs(small);
  // Each paragraph is one new speaker with all three quotes: the merging itself is right.
  assert.equal(result.speakers.length, small.blocks.length);
  assert.ok(result.speakers.every((s) => s.quotes.length === 3));
  // Runs alternate and the fastest of each counts, so that a slow spell hits both sizes.
  const smallRuns: number[] = [];
  const largeRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    smallRuns.push(cpuMs(small).ms);
    largeRuns.push(cpuMs(large).ms);
  }
  return Math.min(...largeRuns) / Math.min(...smallRuns);
}

test("engine CPU time grows linearly with the number of distinct speakers", () => {
  const ratio = costRatio(pageOf(1_000), pageOf(4_000));
  // Linear is about 4×; a scan of every speaker per mention makes it 16×.
  assert.ok(ratio < 8, `4,000 paragraphs cost ${ratio.toFixed(1)}× 1,000`);
});

test("speakers who share a first name are not all compared with each other either", () => {
  // Filed by first word, every "Alex …" would be a candidate for every other.
  const ratio = costRatio(pageOf(500, "Alex"), pageOf(2_000, "Alex"));
  assert.ok(ratio < 8, `2,000 paragraphs cost ${ratio.toFixed(1)}× 500`);
});
