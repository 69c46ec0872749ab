import { test } from "node:test";
import assert from "node:assert/strict";
import { describePageChanges, diffGolden, formatGolden, type GoldenPage } from "../../src/eval/golden.ts";

const before: GoldenPage = {
  lang: "en",
  quotes: [
    { text: "We will rebuild the pier before the summer season starts", speaker: "Jane Smith" },
    { text: "The board has no money left", speaker: "Tom Okafor" },
    { text: "Nobody asked the fishermen", speaker: null },
  ],
};

test("an unchanged page has no changes", () => {
  assert.deepEqual(diffGolden(before, structuredClone(before)), []);
});

test(
  "each kind of move is found: speaker changed, text " + "changed, quote removed, quote added, language",
  () => {
    const after: GoldenPage = {
      lang: "fr",
      quotes: [
        { text: "We will rebuild the pier before the summer season starts, she said", speaker: "Jane Smith" },
        { text: "The board has no money left", speaker: "Jane Smith" },
        { text: "Come and see", speaker: "Ann Lee" },
      ],
    };
    assert.deepEqual(diffGolden(before, after), [
      { kind: "lang", before: "en", after: "fr" },
      { kind: "text", before: before.quotes[0], after: after.quotes[0] },
      { kind: "speaker", text: "The board has no money left", before: "Tom Okafor", after: "Jane Smith" },
      { kind: "removed", quote: before.quotes[2] },
      { kind: "added", quote: after.quotes[2] },
    ]);
  },
);

test("a page's changes read as a tally, then one line each with the gold speaker beside it", () => {
  const after: GoldenPage = { lang: "en", quotes: [{ ...before.quotes[1]!, speaker: "Jane Smith" }] };
  const gold = { lang: "en", quotes: [{ text: "The board has no money left", speaker: "Tom Okafor" }] };
  const text = describePageChanges("pier", diffGolden(before, after), { heldOut: false, gold });
  assert.deepEqual(text.split("\n"), [
    "pier: 1 speaker changed, 2 removed",
    "  speaker   “The board has no money left”: Tom Okafor → Jane Smith   [gold: Tom Okafor]",
    "  removed   “We will rebuild the pier before the summer season starts” — Jane Smith   [not in gold]",
    "  removed   “Nobody asked the fishermen” — (no speaker)   [not in gold]",
  ]);
});

test("a held-out page's changes are counted but its quotes are not shown", () => {
  const after: GoldenPage = { lang: "en", quotes: before.quotes.slice(1) };
  const text = describePageChanges("kept-back", diffGolden(before, after), { heldOut: true });
  assert.equal(text, "kept-back: 1 removed (held-out page: quotes not shown)");
});

test("a golden file holds one quote per line and reads back as the same page", () => {
  const text = formatGolden(before);
  assert.equal(text.trimEnd().split("\n").length, 3 + before.quotes.length + 2);
  assert.deepEqual(JSON.parse(text), before);
  assert.deepEqual(JSON.parse(formatGolden({ lang: "de", quotes: [] })), { lang: "de", quotes: [] });
});
