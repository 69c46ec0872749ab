// Shared by the construction batteries (battery.*.test.ts): one short news passage per common
// way a language's journalism attributes a direct quote, run through the whole engine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesAndSpeakers, type BlockText } from "./lang.helpers.ts";

export interface BatteryCase {
  /** The construction, as the test's name. */
  construction: string;
  /** The passage: paragraphs, or other blocks given with their kind (`["standfirst", "…"]`). */
  paragraphs: BlockText[];
  /** [quoted words, speaker] for each quote expected, in page order; [] when none may be found. */
  expected: [string, string | null][];
}

export function runBattery(lang: string, cases: readonly BatteryCase[]): void {
  for (const { construction, paragraphs, expected } of cases) {
    test(`${lang}: ${construction}`, () => {
      assert.deepEqual(quotesAndSpeakers(lang, ...paragraphs), expected);
    });
  }
}

/** A composed article: a headline, an optional standfirst and paragraphs, with every quote it holds. */
export interface ArticleCase {
  /** The outlet and beat whose style it follows, and what it mixes, as the test's name. */
  name: string;
  headline: string;
  standfirst?: string;
  paragraphs: string[];
  /** [quoted words, speaker] for each quote expected, in page order (compared in any order: a quote
   * repeated in headline and body has two places in the page, and the scorer ignores order too). */
  quotes: [string, string | null][];
  /** Why the engine still fails the article: it runs, reported as to do, and does not fail the suite. */
  todo?: string;
}

/** Articles handed to `runArticles` while the scorer (scoreArticles.ts) collects instead of testing. */
let collected: { lang: string; cases: readonly ArticleCase[] }[] | undefined;

/** Makes `runArticles` record its articles for the scorer rather than register tests; returns the record. */
export function collectArticlesInstead(): { lang: string; cases: readonly ArticleCase[] }[] {
  collected = [];
  return collected;
}

export function runArticles(lang: string, cases: readonly ArticleCase[]): void {
  if (collected !== undefined) {
    collected.push({ lang, cases });
    return;
  }
  for (const { name, headline, standfirst, paragraphs, quotes, todo } of cases) {
    test(`${lang}: ${name}`, { todo }, () => {
      const blocks: BlockText[] = [["headline", headline]];
      if (standfirst !== undefined) blocks.push(["standfirst", standfirst]);
      assert.deepEqual(inWordOrder(quotesAndSpeakers(lang, ...blocks, ...paragraphs)), inWordOrder(quotes));
    });
  }
}

/** The entries sorted by their words, so that two lists compare whatever their order. */
function inWordOrder(entries: readonly [string, string | null][]): [string, string | null][] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export const NO_BREAK_SPACE = "\u00a0";
export const NARROW_NO_BREAK_SPACE = "\u202f";

/** A French article with its guillemets spaced as one outlet sets them: `inner` inside each mark
 * (a no-break space, a narrow one, or none), whatever the spacing it was written with. */
export function withGuillemetSpacing(inner: string, article: ArticleCase): ArticleCase {
  const respace = (text: string) => text.replace(/«\s*/gu, `«${inner}`).replace(/\s*»/gu, `${inner}»`);
  return {
    ...article,
    headline: respace(article.headline),
    standfirst: article.standfirst === undefined ? undefined : respace(article.standfirst),
    paragraphs: article.paragraphs.map(respace),
  };
}
