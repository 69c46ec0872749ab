// The answer cache the lexicon's most-asked questions share (src/engine/lang/keptAnswers.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { ANSWERS_KEPT, keptAnswers } from "../../src/engine/lang/keptAnswers.ts";

/** A question that counts how often each key is really asked. */
function countingQuestion() {
  const asked = new Map<number, number>();
  const answer = keptAnswers((key: number) => {
    asked.set(key, (asked.get(key) ?? 0) + 1);
    return key % 2 === 0 ? "even" : null;
  });
  return { answer, asked };
}

test("a key is asked once, and its answer (null too) given again from the cache", () => {
  const { answer, asked } = countingQuestion();
  assert.equal(answer(2), "even");
  assert.equal(answer(3), null);
  assert.equal(answer(2), "even");
  assert.equal(answer(3), null);
  assert.deepEqual(
    [...asked],
    [
      [2, 1],
      [3, 1],
    ],
  );
});

test("the cache starts again once it holds ANSWERS_KEPT answers, so it cannot grow without bound", () => {
  const { answer, asked } = countingQuestion();
  for (let key = 0; key < ANSWERS_KEPT; key++) answer(key);
  answer(0);
  assert.equal(asked.get(0), 1, "kept while the cache is not over its bound");
  answer(ANSWERS_KEPT);
  answer(0);
  assert.equal(asked.get(0), 2, "asked again after the cache was cleared");
  answer(1);
  assert.equal(asked.get(1), 2);
});
