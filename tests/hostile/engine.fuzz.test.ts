// The whole engine (language, quote finding, attribution) on text no newspaper would print:
// random and adversarial blocks, with a fixed seed so a failure replays. No run may cost much more
// than an ordinary article of the same size (timed in the same run: no fixed number of milliseconds),
// and its output must hold together: spans inside their block, texts equal to the slices they name,
// speakers and quotes pointing at each other, the same answer twice.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { cpuMs, fastestCpuMs } from "../cpuTime.ts";
import { extractQuotes } from "../../src/engine/index.ts";
import type { Article, QuoteResult } from "../../src/engine/types.ts";
import { BLOCK_KINDS } from "../../src/messages.ts";

const SEED = 20261129;

function assertConsistent(article: Article, result: QuoteResult): void {
  result.quotes.forEach((q, id) => {
    assert.equal(q.id, id);
    const text = article.blocks[q.block]?.text;
    assert.ok(text !== undefined, `quote ${id} names block ${q.block}`);
    for (const span of [q.open, q.inner, ...(q.close ? [q.close] : [])]) {
      assert.ok(
        0 <= span.start && span.start <= span.end && span.end <= text.length,
        `span ${JSON.stringify(span)} out of its block`,
      );
    }
    assert.ok(q.open.end <= q.inner.start && (!q.close || q.inner.end <= q.close.start));
    assert.equal(q.text, text.slice(q.inner.start, q.inner.end));
    if (q.speaker !== null)
      assert.ok(result.speakers[q.speaker]?.quotes.includes(id), `quote ${id} not listed by its speaker`);
  });
  result.speakers.forEach((s, id) => {
    assert.equal(s.id, id);
    for (const quote of s.quotes) assert.equal(result.quotes[quote]?.speaker, id);
  });
}

/** The fastest of three runs of the engine on `article`, in CPU ms. */
const fastestMs = (article: Article) => fastestCpuMs(() => extractQuotes(article));

/** Extracts twice: the result must be consistent and deterministic. Returns the first run's CPU time. */
function checkRun(article: Article): number {
  let result: QuoteResult | undefined;
  const ms = cpuMs(() => {
    result = extractQuotes(article);
  });
  assertConsistent(article, result!);
  assert.deepEqual(extractQuotes(article), result);
  return ms;
}

const pieces = [
  "“",
  "”",
  '"',
  "«",
  "»",
  "„",
  "‘",
  "’",
  "'",
  "‹",
  "›",
  "「",
  "」",
  "『",
  "』",
  "\u200f",
  "\u202e",
  " ",
  "  ",
  "\u00a0",
  "\u202f",
  "\n",
  "\t",
  ".",
  ",",
  ":",
  ";",
  "!",
  "?",
  "—",
  "(",
  ")",
  "…",
  "said",
  "says",
  "told",
  "according to",
  "a dit",
  "a déclaré",
  "selon",
  "a-t-il ajouté",
  "he",
  "she",
  "il",
  "elle",
  "the",
  "le",
  "la",
  "M.",
  "Mr",
  "Dr",
  "Jean-Pierre",
  "O’Neill",
  "McDonald",
  "Maria Okafor",
  "the minister",
  "le ministre",
  "WORD",
  "Word",
  "word",
  "5",
  "1,000",
  "l’",
  "d’",
  "aujourd’hui",
  "don’t",
  "🙂",
  "שָׁלוֹם",
  "مرحبا",
  "ß",
  "İ",
];

const blockText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
);
const article = fc.record({
  blocks: fc.array(fc.record({ kind: fc.constantFrom(...BLOCK_KINDS), text: blockText }), { maxLength: 12 }),
  lang: fc.option(fc.constantFrom("en", "fr", "fr-FR", "en-GB", "de", "", "zz-Hant"), { nil: undefined }),
}) as fc.Arbitrary<Article>;

/** The largest random article (12 blocks, 200 characters each) in ordinary prose with quotes. */
const ORDINARY: Article = {
  lang: "en",
  blocks: Array.from({ length: 12 }, (_, i) => ({
    kind: "paragraph",
    text: `“We cannot keep bridge ${i} open,” said Maria Okafor, the council's transport lead. `
      .repeat(3)
      .slice(0, 200),
  })),
};

// The slowest random article, timed again (fastest of three) beside the ordinary one: it measured
// 0.01 to 0.05 times as long (attribution has far less to do), so twice as long means a rule that
// backtracked or went quadratic on odd input.
test("random articles: consistent, deterministic output, none costing much more than prose", (t) => {
  let slowest: { article: Article; ms: number } | undefined;
  fc.assert(
    fc.property(article, (a) => {
      const ms = checkRun(a);
      if (!slowest || ms > slowest.ms) slowest = { article: a, ms };
    }),
    { seed: SEED, numRuns: 400 },
  );
  const ratio = fastestMs(slowest!.article) / fastestMs(ORDINARY);
  t.diagnostic(`the slowest random article costs ${ratio.toFixed(2)} times an ordinary one`);
  assert.ok(
    ratio < 2,
    `${ratio.toFixed(1)} times an ordinary article: ${JSON.stringify(slowest!.article).slice(0, 200)}`,
  );
});

/** Text built to make a backtracking pattern explode: long runs of what rules look for, unclosed. */
const adversarial: Record<string, (n: number) => string> = {
  "opening marks only": (n) => "“".repeat(n),
  "alternating marks": (n) => "“”".repeat(n / 2),
  "one-letter quotes": (n) => "“a” ".repeat(n / 4),
  "a quote and its speaker, again and again": (n) => "“Yes,” said Ann Lee. ".repeat(n / 20),
  "stray straight quotes in words": (n) => 'a"b '.repeat(n / 4),
  "apostrophes and primes": (n) => "l’a' ’’ 5′ ".repeat(n / 10),
  "guillemets nested without end": (n) => "« ".repeat(n / 2),
  "capitalised words (name runs)": (n) => "Aa ".repeat(n / 3),
  "hyphenated capitals": (n) => `${"Jean-".repeat(n / 5)}Pierre`,
  "speech verbs without quotes": (n) => "said ".repeat(n / 5),
  spaces: (n) => `${" ".repeat(n - 1)}“x`,
  "an unclosed quote of words": (n) => `“${"word, ".repeat(n / 6)}`,
  honorifics: (n) => "M. Mr. Dr ".repeat(n / 10),
  punctuation: (n) => ".,;:!?".repeat(n / 6),
};

test(
  "adversarial blocks: a block 16 times longer costs " +
    "about 16 times more, never exponential or quadratic",
  () => {
    const GROWTH = 16;
    // A run of a millisecond or two is mostly timer and scheduler noise on a busy machine: each
    // input starts at the size whose run takes at least BASE_MS (up to MAX_BASE characters).
    const BASE_MS = 10;
    const MAX_BASE = 64_000;
    for (const [name, make] of Object.entries(adversarial)) {
      const a = (n: number): Article => ({ blocks: [{ kind: "paragraph", text: make(n) }], lang: "en" });
      const time = (article: Article) => cpuMs(() => assertConsistent(article, extractQuotes(article)));
      let n = 2_000;
      while (n < MAX_BASE && Math.min(time(a(n)), time(a(n))) < BASE_MS) n *= 2;
      const small = a(n);
      const large = a(n * GROWTH);
      // Small and large runs alternate, so that a slow spell (garbage collection, a cold cache)
      // hits both; the fastest run of each is the one least disturbed.
      const smallRuns: number[] = [];
      const largeRuns: number[] = [];
      for (let run = 0; run < 3; run++) {
        smallRuns.push(time(small));
        largeRuns.push(time(large));
      }
      const smallMs = Math.min(...smallRuns);
      const largeMs = Math.min(...largeRuns);
      // Linear work gives about 16× (more under garbage collection and a busy machine); backtracking
      // or a quadratic loop gives 256× and more, so 128× is the line. The 30 ms floor is for the
      // inputs too cheap to reach BASE_MS even at MAX_BASE.
      assert.ok(
        largeMs < Math.max(30, smallMs * 8 * GROWTH),
        `${name}: ${n} chars ${smallMs.toFixed(1)} ms → ${n * GROWTH} chars ${largeMs.toFixed(1)} ms`,
      );
    }
  },
);
