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
