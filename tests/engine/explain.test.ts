// Explain mode hears every strategy of every quote where a normal run stops at the first that names a
// speaker: hearing one more must change nothing the later quotes see (see chooseAsking). Over composed
// articles and real pages, explain gives each quote the speaker a normal run gives it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { explainQuotes, extractQuotes } from "../../src/engine/index.ts";
import type { Article, BlockKind, QuoteResult } from "../../src/engine/types.ts";
import { readArticle } from "../../src/page/index.ts";
import { parsePage } from "../../src/cli/extract.ts";
import { collectArticlesInstead } from "./battery.helpers.ts";

/**
 * The composed sets read, in each language: 15 and 31 hold French articles that explain would give
 * other speakers if it resolved every candidate it hears; 37 is the latest.
 */
const SETS = ["15", "31", "37"].flatMap((n) =>
  ["de", "en", "es", "fr"].map((lang) => `./articles${n}.${lang}.test.ts`),
);
const CORPUS = process.env.QUOTELIGHT_CORPUS ?? "../shared/corpus/dev";
/** A few dev pages, one or two per language, each quoting several speakers. */
const PAGES = [
  "guardian-1",
  "theintercept-1",
  "lemonde-2",
  "liberation-2",
  "infobae-1",
  "frankfurter-rundschau-1",
  "tagesschau-1",
  "gazetadopovo-1",
  "corriere-1",
];

/** Each quote's words and speaker, in page order. */
const speakers = (result: QuoteResult) =>
  result.quotes.map((q) => [q.text, q.speaker === null ? null : result.speakers[q.speaker]!.name]);

/** The quotes whose speaker differs between explain and a normal run, and explain's own view of each. */
function divergences(article: Article): string[] {
  const normal = speakers(extractQuotes(article));
  const explained = explainQuotes(article);
  assert.equal(explained.explanations.length, explained.quotes.length);
  const differ = speakers(explained).flatMap(([text, speaker], i) =>
    normal[i]?.[0] === text && normal[i]?.[1] === speaker
      ? []
      : [`«${text}»: ${speaker} in explain, ${normal[i]?.[1]} normally`],
  );
  return normal.length === explained.quotes.length ? differ : [...differ, "a different number of quotes"];
}

test("explain gives every quote of the composed articles the speaker a normal run gives it", async () => {
  const sets = collectArticlesInstead();
  for (const file of SETS) await import(file);
  assert.ok(sets.length === SETS.length);
  for (const { lang, cases } of sets)
    for (const { name, headline, standfirst, paragraphs } of cases) {
      const blocks: { kind: BlockKind; text: string }[] = [{ kind: "headline", text: headline }];
      if (standfirst !== undefined) blocks.push({ kind: "standfirst", text: standfirst });
      for (const text of paragraphs) blocks.push({ kind: "paragraph", text });
      assert.deepEqual(divergences({ lang, blocks }), [], `${lang}: ${name}`);
    }
});

test("explain gives every quote of real pages the speaker a normal run gives it", {
  skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS} (set QUOTELIGHT_CORPUS)`,
}, () => {
  for (const id of PAGES) {
    const html = readFileSync(join(CORPUS, id, "page.html"), "utf8");
    assert.deepEqual(divergences(readArticle(parsePage(html)).article), [], id);
  }
});
