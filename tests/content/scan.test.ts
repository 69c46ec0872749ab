// Colour slots and highlight groups of a scan, and the stylesheet that paints them.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Quote, Speaker } from "../../src/engine/types.ts";
import { bySpeakingOrder, highlightGroups, paintedQuotes, type Scan } from "../../src/content/scan.ts";
import { highlightStylesheet } from "../../src/content/highlightStyles.ts";
import { highlightName, speakerColours, unattributedColour } from "../../src/palette.ts";

const speaker = (id: number, quotes: number[]): Speaker => ({
  id,
  name: `S${id}`,
  aliases: [],
  role: null,
  kind: "person",
  voice: "unknown",
  quotes,
});
const quote = (id: number, speakerId: number | null): Quote => ({
  id,
  block: id,
  text: `q${id}`,
  inner: { start: 1, end: 3 },
  open: { start: 0, end: 1 },
  close: { start: 3, end: 4 },
  speaker: speakerId,
  cue: null,
  partial: false,
});

test("speakers are ordered by number of quotes, ties by who speaks first", () => {
  const ordered = bySpeakingOrder([speaker(0, [4]), speaker(1, [1, 5]), speaker(2, [2]), speaker(3, [0, 3])]);
  assert.deepEqual(
    ordered.map((s) => s.id),
    [3, 1, 2, 0],
  );
});

test("each quote's range goes to its speaker's slot; quotes without a speaker to the neutral group", () => {
  const speakers = bySpeakingOrder([speaker(7, [0]), speaker(9, [1, 2])]);
  const quotes = [quote(0, 7), quote(1, 9), quote(2, 9), quote(3, null), quote(4, 7)];
  // Stand-ins for DOM ranges: grouping never looks inside them. Quote 4 could not be mapped.
  const ranges = new Map(quotes.slice(0, 4).map((q) => [q.id, `range ${q.id}` as unknown as Range]));
  const scan = {
    page: { article: { blocks: [] }, nodes: [] },
    lang: "en",
    quotes,
    speakers,
    ranges,
  } satisfies Scan;
  assert.deepEqual(Object.fromEntries(highlightGroups(paintedQuotes(scan), "default")), {
    [highlightName(0)]: ["range 1", "range 2"],
    [highlightName(1)]: ["range 0"],
    [highlightName(null)]: ["range 3"],
  });
});

test("the stylesheet paints every colour slot, the neutral group and the flash, with dark text", () => {
  const css = highlightStylesheet();
  speakerColours.forEach((colour, slot) =>
    assert.match(
      css,
      new RegExp(`::highlight\\(${highlightName(slot)}\\) \\{ background-color: ${colour}; color: #1b1b1b;`),
    ),
  );
  assert.match(
    css,
    new RegExp(`::highlight\\(quotelight-unattributed\\) \\{ background-color: ${unattributedColour};`),
  );
  assert.match(css, /::highlight\(quotelight-flash\)/);
});
