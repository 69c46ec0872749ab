// Colour slots and highlight groups of a scan, and the stylesheet that paints them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paintAtOnce, quote, rangesOf, speaker } from "./fixtures.ts";
import { JSDOM } from "jsdom";
import { bySpeakingOrder, paintedQuotes, stillInPage, type Scan } from "../../src/content/scan.ts";
import { highlightStylesheet } from "../../src/content/highlightStyles.ts";
import { highlightName, speakerColours, unattributedColour } from "../../src/palette.ts";

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
  const ranges = rangesOf(quotes);
  ranges.delete(4); // Quote 4 could not be mapped.
  const scan = {
    page: { article: { blocks: [] }, nodes: [], articleFound: true },
    lang: "en",
    quotes,
    speakers,
    ranges,
    cutShort: [],
  } satisfies Scan;
  const { groups } = paintAtOnce(paintedQuotes(scan)).highlighter;
  assert.deepEqual(Object.fromEntries(groups), {
    [highlightName("quotelight", 0)]: [ranges.get(1), ranges.get(2)],
    [highlightName("quotelight", 1)]: [ranges.get(0)],
    [highlightName("quotelight", null)]: [ranges.get(3)],
  });
});

test("the stylesheet paints every colour slot, the neutral group and the flash, with dark text", () => {
  const css = highlightStylesheet("quotelight");
  speakerColours.forEach((colour, slot) =>
    assert.match(
      css,
      new RegExp(
        `::highlight\\(${highlightName("quotelight", slot)}\\) ` +
          `\\{ background-color: ${colour}; color: #1b1b1b;`,
      ),
    ),
  );
  assert.match(
    css,
    new RegExp(`::highlight\\(quotelight-unattributed\\) \\{ background-color: ${unattributedColour};`),
  );
  assert.match(css, /::highlight\(quotelight-flash\)/);
});

test("a quote's range is still in the page until the page removes its text", () => {
  const { window } = new JSDOM(
    `<article><p id="one">“Quoted words,” she said.</p><p id="two">Other.</p></article>`,
  );
  const doc = window.document;
  const rangeOver = (id: string): Range => {
    const range = doc.createRange();
    range.setStart(doc.getElementById(id)!.firstChild!, 0);
    range.setEnd(doc.getElementById(id)!.firstChild!, 5);
    return range;
  };
  const two = rangeOver("two");
  assert.equal(stillInPage(two), true);
  // Read from the page, then removed by it before the range was made (a re-render mid-reading).
  const one = doc.getElementById("one")!;
  one.remove();
  const onRemoved = doc.createRange();
  onRemoved.setStart(one.firstChild!, 0);
  onRemoved.setEnd(one.firstChild!, 5);
  assert.equal(stillInPage(onRemoved), false, "made on nodes already removed");
  doc.querySelector("article")!.innerHTML = "<p>Written anew.</p>";
  assert.equal(two.collapsed, true, "a live range collapses onto the parent of its removed nodes");
  assert.equal(stillInPage(two), false);
});
