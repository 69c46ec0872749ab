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

/** A composed mini-article: a headline and its paragraphs, with every quote the engine must find. */
export interface ArticleCase {
  /** The outlet, beat and constructions the article mixes, as the test's name. */
  name: string;
  headline: string;
  paragraphs: string[];
  /** [quoted words, speaker] for each quote expected, in page order (headline first). */
  quotes: [string, string | null][];
  /** Why the engine still fails the article: it runs, reported as to do, and does not fail the suite. */
  todo?: string;
}

/** Runs each composed article through the whole engine, its headline read before its paragraphs. */
export function runArticles(lang: string, articles: readonly ArticleCase[]): void {
  for (const { name, headline, paragraphs, quotes, todo } of articles) {
    test(`${lang} article: ${name}`, { todo }, () => {
      assert.deepEqual(quotesAndSpeakers(lang, ["headline", headline], ...paragraphs), quotes);
    });
  }
}
