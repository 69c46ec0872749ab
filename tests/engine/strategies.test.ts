// Each attribution strategy on the sentences composed for it (its examples in strategies.ts): it
// fires, the resolver chooses it, and it names that speaker. Then the resolver's own rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { explainAttribution } from "./attribution.helpers.ts";
import { STRATEGIES } from "../../src/engine/attribution/strategies.ts";
import { WEIGHTS, candidate, choose } from "../../src/engine/attribution/resolver.ts";

for (const strategy of STRATEGIES) {
  test(`strategy ${strategy.id} chooses the speaker of its examples`, () => {
    assert.ok(strategy.examples.length > 0, "every strategy has examples");
    for (const example of strategy.examples) {
      const result = explainAttribution(example.lang, ...example.blocks);
      const quote = result.quotes.find((q) => q.text.startsWith(example.quote));
      assert.ok(quote, `no quote “${example.quote}” in ${JSON.stringify(result.quotes)}`);
      const explanation = result.explanations[quote.id]!;
      assert.equal(explanation.chosen, strategy.id, JSON.stringify(explanation));
      const speaker = quote.speaker === null ? null : result.speakers[quote.speaker]!.name;
      assert.equal(speaker, example.speaker);
    }
  });
}

test("every strategy has a weight, and no two weigh the same: the table orders them all", () => {
  const weights = STRATEGIES.map((s) => WEIGHTS[s.id]);
  assert.ok(weights.every((w) => w > 0 && w <= 1));
  assert.equal(new Set(weights).size, weights.length);
  assert.equal(Object.keys(WEIGHTS).length, STRATEGIES.length);
});

test("the resolver takes the strongest candidate that names someone, whatever order they came in", () => {
  const weak = candidate("recent-speaker", { speaker: 1 });
  const strong = candidate("paragraph-neighbour", { speaker: 2 });
  const named = (c: { speaker?: number | null }) => c.speaker;
  assert.equal(choose([weak, strong], (c) => named(c as { speaker: number }))?.speaker, 2);
  assert.equal(choose([strong, weak], (c) => named(c as { speaker: number }))?.speaker, 2);
  // A pronoun with no one to stand for names no one: the next candidate is heard.
  const pronoun = candidate("after-quote", { mention: null }, "said");
  assert.equal(choose([pronoun, weak], (c) => (c === pronoun ? undefined : 1))?.chosen, weak);
  assert.equal(
    choose([], () => 1),
    null,
  );
});

test("explain hears every sentence strategy, not only the one chosen", () => {
  const result = explainAttribution("en", "“The dam will hold,” said Rosa Delgado, who said so again later.");
  const fired = result.explanations[0]!.candidates.map((c) => c.strategy);
  assert.deepEqual(fired, ["after-quote", "later-in-sentence"]);
  assert.equal(result.explanations[0]!.chosen, "after-quote");
});
