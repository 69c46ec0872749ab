// Per-page golden results, as in Readability's test pages: each dev page's quotes with their
// speakers, committed in tests/corpus/golden/ID.json, so that a change to the engine shows which
// pages moved and how. This module is the pure part: the compact form, the diff and its text.
import type { GoldArticle } from "./score.ts";
import { matchQuotes, normalizeText } from "./score.ts";

export interface GoldenQuote {
  text: string;
  speaker: string | null;
}

export interface GoldenPage {
  lang: string;
  quotes: GoldenQuote[];
}

export type GoldenChange =
  | { kind: "lang"; before: string; after: string }
  | { kind: "added" | "removed"; quote: GoldenQuote }
  | { kind: "speaker"; text: string; before: string | null; after: string | null }
  | { kind: "text"; before: GoldenQuote; after: GoldenQuote };

/** The golden form of an engine result: its language, and each quote's text and speaker's name. */
export const toGolden = (page: GoldenPage): GoldenPage => ({
  lang: page.lang,
  quotes: page.quotes.map(({ text, speaker }) => ({ text, speaker })),
});

/** JSON with one quote per line, so that `git diff` of a golden file reads quote by quote. */
export function formatGolden(page: GoldenPage): string {
  const quoteLines = page.quotes.map((q) => `    ${JSON.stringify({ text: q.text, speaker: q.speaker })}`);
  const quotes = quoteLines.length ? `[\n${quoteLines.join(",\n")}\n  ]` : "[]";
  return `{\n  "lang": ${JSON.stringify(page.lang)},\n  "quotes": ${quotes}\n}\n`;
}

/**
 * What moved from `before` to `after`: quotes are paired as the scorer pairs a prediction with gold
 * (token Dice ≥ 0.8, one to one, best first), so a quote whose text only grew or shrank a little
 * shows as one text change rather than a removal and an addition.
 */
export function diffGolden(before: GoldenPage, after: GoldenPage): GoldenChange[] {
  const changes: GoldenChange[] = [];
  if (before.lang !== after.lang) changes.push({ kind: "lang", before: before.lang, after: after.lang });
  const pairs = matchQuotes(
    before.quotes.map((q) => q.text),
    after.quotes.map((q) => q.text),
  );
  const pairedBefore = new Set(pairs.map(([b]) => b));
  const pairedAfter = new Set(pairs.map(([, a]) => a));
  for (const [b, a] of pairs.sort(([, x], [, y]) => x - y)) {
    const old = before.quotes[b]!;
    const now = after.quotes[a]!;
    if (normalizeText(old.text) !== normalizeText(now.text))
      changes.push({ kind: "text", before: old, after: now });
    else if (old.speaker !== now.speaker)
      changes.push({ kind: "speaker", text: now.text, before: old.speaker, after: now.speaker });
  }
  before.quotes.forEach((quote, b) => {
    if (!pairedBefore.has(b)) changes.push({ kind: "removed", quote });
  });
  after.quotes.forEach((quote, a) => {
    if (!pairedAfter.has(a)) changes.push({ kind: "added", quote });
  });
  return changes;
}

/** Quotes are shown cut to this many characters. */
const SHOWN_CHARS = 70;
const shown = (text: string): string =>
  `“${text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text}”`;
const who = (speaker: string | null): string => speaker ?? "(no speaker)";

/** The annotated speaker of the gold quote this text matches, to tell at a glance better from worse. */
function goldNote(text: string, gold: GoldArticle | undefined): string {
  if (!gold) return "";
  const [pair] = matchQuotes(
    gold.quotes.map((q) => q.text),
    [text],
  );
  return pair ? `   [gold: ${who(gold.quotes[pair[0]]!.speaker)}]` : "   [not in gold]";
}

function changeLine(change: GoldenChange, gold: GoldArticle | undefined): string {
  switch (change.kind) {
    case "lang":
      return `  language  ${change.before} → ${change.after}`;
    case "added":
    case "removed":
      return (
        `  ${change.kind.padEnd(8)}  ${shown(change.quote.text)} — ${who(change.quote.speaker)}` +
        goldNote(change.quote.text, gold)
      );
    case "speaker":
      return (
        `  speaker   ${shown(change.text)}: ${who(change.before)} → ${who(change.after)}` +
        goldNote(change.text, gold)
      );
    case "text":
      return [
        `  text      ${shown(change.before.text)} — ${who(change.before.speaker)}`,
        `         →  ${shown(change.after.text)} — ${who(change.after.speaker)}` +
          goldNote(change.after.text, gold),
      ].join("\n");
  }
}

const KIND_NAMES: Record<GoldenChange["kind"], string> = {
  lang: "language changed",
  added: "added",
  removed: "removed",
  speaker: "speaker changed",
  text: "text changed",
};

/** "2 speaker changed, 1 added": how many changes of each kind. */
function tally(changes: readonly GoldenChange[]): string {
  const counts = new Map<string, number>();
  for (const change of changes)
    counts.set(KIND_NAMES[change.kind], (counts.get(KIND_NAMES[change.kind]) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n} ${name}`).join(", ");
}

/**
 * One page's changes as text: a heading with the tally, then a line per change with the gold
 * speaker beside it. Held-out pages get the tally only: their quotes must not be read while tuning.
 */
export function describePageChanges(
  id: string,
  changes: readonly GoldenChange[],
  options: { heldOut: boolean; gold?: GoldArticle },
): string {
  const heading = `${id}: ${tally(changes)}`;
  if (options.heldOut) return `${heading} (held-out page: quotes not shown)`;
  return [heading, ...changes.map((change) => changeLine(change, options.gold))].join("\n");
}
