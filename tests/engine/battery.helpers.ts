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

/** A composed article: its headline, its paragraphs, and every quote a reader finds in them. */
export interface ArticleCase {
  /** The outlet and beat it is written in the style of, as the test's name. */
  name: string;
  headline: string;
  paragraphs: BlockText[];
  /** [quoted words, speaker] for each quote expected, in page order (the headline's first). */
  quotes: [string, string | null][];
  /** Why the engine still fails the article: it runs, reported as to do, and does not fail the suite. */
  todo?: string;
}

/** Runs whole articles, where constructions combine across paragraphs, through the whole engine. */
export function runArticles(lang: string, articles: readonly ArticleCase[]): void {
  for (const { name, headline, paragraphs, quotes, todo } of articles) {
    test(`${lang}: ${name}`, { todo }, () => {
      assert.deepEqual(quotesAndSpeakers(lang, ["headline", headline], ...paragraphs), quotes);
    });
  }
}
