// What the reader's settings let the page paint, and the highlight names and rules of each
// colour scheme.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paintAtOnce, quote, rangesOf, speaker } from "./fixtures.ts";
import { paintedQuotes, type Scan } from "../../src/content/scan.ts";
import { highlightStylesheet } from "../../src/content/highlightStyles.ts";
import { colourSchemes, highlightName, schemeColour, type ColourScheme } from "../../src/palette.ts";
import { defaultSettings } from "../../src/settings.ts";

// Quote 1 is partial, quote 2 has no speaker.
const quotes = [quote(0, 7), quote(1, 7, true), quote(2, null), quote(3, 9)];
const ranges = rangesOf(quotes);
const scan = {
  page: { article: { blocks: [] }, nodes: [], articleFound: true },
  lang: "en",
  quotes,
  speakers: [speaker(7, [0, 1]), speaker(9, [3])],
  ranges,
  cutShort: [],
} satisfies Scan;

const ids = (settings: Partial<typeof defaultSettings>) =>
  paintedQuotes(scan, { ...defaultSettings, ...settings }).map((p) => p.quote.id);

test("every quote is painted by default, in page order, with its speaker and colour slot", () => {
  const painted = paintedQuotes(scan);
  assert.deepEqual(
    painted.map((p) => [p.quote.id, p.speaker?.id ?? null, p.slot]),
    [
      [0, 7, 0],
      [1, 7, 0],
      [2, null, null],
      [3, 9, 1],
    ],
  );
});

test("partial quotes and quotes with no speaker are left out when the reader says so", () => {
  assert.deepEqual(ids({ highlightPartial: false }), [0, 2, 3]);
  assert.deepEqual(ids({ showUnattributed: false }), [0, 1, 3]);
  assert.deepEqual(ids({ highlightPartial: false, showUnattributed: false }), [0, 3]);
});

test("each scheme paints under its own highlight names", () => {
  const { groups } = paintAtOnce(paintedQuotes(scan), "high-contrast").highlighter;
  const range = (id: number) => ranges.get(id);
  assert.deepEqual(Object.fromEntries(groups), {
    "quotelight-hc-0": [range(0), range(1)],
    "quotelight-hc-unattributed": [range(2)],
    "quotelight-hc-1": [range(3)],
  });
  const names = (Object.keys(colourSchemes) as ColourScheme[]).map((scheme) =>
    highlightName("quotelight", 0, scheme),
  );
  assert.equal(new Set(names).size, names.length, "no two schemes share a name");
});

test(
  "the stylesheet has a rule for every slot of every " +
    "scheme, in its colours, underlined where the scheme says",
  () => {
    const css = highlightStylesheet("quotelight");
    for (const scheme of Object.keys(colourSchemes) as ColourScheme[]) {
      const { speakers, ink, underlines } = colourSchemes[scheme];
      speakers.forEach((colour, slot) => {
        const rule = css
          .split("\n")
          .find((line) => line.startsWith(`::highlight(${highlightName("quotelight", slot, scheme)}) `));
        assert.ok(rule, `${scheme} slot ${slot}`);
        assert.match(rule, new RegExp(`background-color: ${colour}; color: ${ink};`));
        if (underlines.length) assert.ok(rule.includes(`text-decoration: ${underlines[slot]}`), rule);
        assert.equal(schemeColour(slot, scheme), colour);
      });
      assert.ok(
        css.includes(
          `::highlight(${highlightName("quotelight", null, scheme)}) ` +
            `{ background-color: ${colourSchemes[scheme].unattributed};`,
        ),
      );
    }
  },
);

test("scoped to the root (Chromium, where highlight styles inherit), every rule is the root's", () => {
  const rules = highlightStylesheet("quotelight", ":root").trim().split("\n");
  assert.equal(rules.length, highlightStylesheet("quotelight").trim().split("\n").length);
  for (const rule of rules) assert.ok(rule.startsWith(":root::highlight(quotelight-"), rule);
});

test("the colour-blind and high-contrast schemes tell their first speakers apart by underline too", () => {
  for (const scheme of ["colour-blind", "high-contrast"] as const) {
    const patterns = colourSchemes[scheme].underlines.slice(0, 5).map((u) => u.split(" ")[1]);
    assert.equal(new Set(patterns).size, 5, scheme);
  }
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

test("quoted text stays readable on every highlight: 4.5:1 at least, 7:1 in high contrast", () => {
  for (const scheme of Object.keys(colourSchemes) as ColourScheme[]) {
    const { speakers, unattributed, ink } = colourSchemes[scheme];
    const least = scheme === "high-contrast" ? 7 : 4.5;
    for (const colour of [...speakers, unattributed]) {
      assert.ok(
        contrast(ink, colour) >= least,
        `${scheme}: ${ink} on ${colour} is ${contrast(ink, colour).toFixed(2)}:1`,
      );
    }
  }
});
