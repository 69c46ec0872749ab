// Painting a reading's quotes without holding up the page, and where the reader looks first: the
// quotes nearest the viewport (those in view, then those just above and below) are painted in the
// first batch, the rest outward from there, a batch at a time. Run in slices by main.ts
// (src/content/slices.ts), so a page of 2,000 quotes shows its first highlights at once and never
// gets a long task.
import { PAGE_WORK } from "../limits.ts";
import { type ColourScheme, highlightName } from "../palette.ts";
import type { Highlighter } from "./highlighter.ts";
import { stillInPage, type PaintedQuote } from "./scan.ts";

/** The vertical extent of something on screen, in viewport pixels. */
export interface Extent {
  top: number;
  bottom: number;
}

/** How far `extent` lies above or below a viewport `viewHeight` tall: 0 when any of it is in view. */
export function distanceFromView({ top, bottom }: Extent, viewHeight: number): number {
  if (bottom < 0) return -bottom;
  if (top > viewHeight) return top - viewHeight;
  return 0;
}

/** Where the element holding a quote's first words is on screen (one layout read). */
const extentOnScreen = (range: Range): Extent =>
  (range.startContainer.parentElement ?? range).getBoundingClientRect();

/**
 * `items` (each on the page at `rangeOf(item)`) ordered nearest to the view first (ties, such as
 * all those in view, in page order), with a step per item; `extentOf` is for tests.
 */
export function* nearestToViewFirst<T>(
  items: readonly T[],
  rangeOf: (item: T) => Range,
  viewHeight: number,
  extentOf: (range: Range) => Extent = extentOnScreen,
): Generator<undefined, T[], void> {
  const distances = new Map<T, number>();
  for (const item of items) {
    distances.set(item, distanceFromView(extentOf(rangeOf(item)), viewHeight));
    yield;
  }
  // Array.prototype.sort is stable: equal distances keep page order.
  return [...items].sort((a, b) => distances.get(a)! - distances.get(b)!);
}

/** What painting needs besides the quotes. */
export interface PaintTarget {
  highlighter: Pick<Highlighter, "add" | "remove" | "shown">;
  colourScheme: ColourScheme;
  /** The install's random start of highlight names. */
  prefix: string;
  /** Receives each quote as it is painted (or found painted already), so the hover card knows it at once. */
  shown: PaintedQuote[];
}

/** True when two ranges cover the same text: the same boundary points. */
function sameText(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

/**
 * One change to what is shown: a range that left (`remove`), a quote that came (`add`), or both
 * for a quote whose highlight changed, done in one step so that no frame shows neither.
 */
interface Change {
  remove?: { name: string; range: Range };
  add?: { name: string; quote: PaintedQuote };
}

/** The range a change is about, to place it on screen. */
const changedRange = (change: Change): Range => (change.add?.quote.range ?? change.remove?.range)!;

/** What a new painting changes in what is shown, and the quotes it leaves as they are. */
interface PaintingDiff {
  changes: Change[];
  /** Quotes shown already under the same highlight, with the Range that is registered. */
  kept: Map<PaintedQuote, PaintedQuote>;
}

/**
 * Compares `painted` with what the highlighter shows (per range: its highlight name), a step per
 * range. Ranges are matched by the text they cover, as each reading makes Range objects anew; those
 * on text the page removed are never kept. Linear: shown ranges are looked up by their first node.
 */
function* diffWithShown(
  painted: readonly PaintedQuote[],
  target: PaintTarget,
): Generator<undefined, PaintingDiff, void> {
  const byStartNode = new Map<Node, Range[]>();
  for (const range of target.highlighter.shown().keys()) {
    const starting = byStartNode.get(range.startContainer);
    if (starting) starting.push(range);
    else byStartNode.set(range.startContainer, [range]);
    yield;
  }
  const matched = new Set<Range>();
  const changes: Change[] = [];
  const kept = new Map<PaintedQuote, PaintedQuote>();
  for (const quote of painted) {
    yield;
    if (!stillInPage(quote.range)) continue;
    const name = highlightName(target.prefix, quote.slot, target.colourScheme);
    const old = byStartNode
      .get(quote.range.startContainer)
      ?.find((range) => !matched.has(range) && sameText(range, quote.range));
    if (!old) {
      changes.push({ add: { name, quote } });
      continue;
    }
    matched.add(old);
    const oldName = target.highlighter.shown().get(old)!;
    if (oldName === name) kept.set(quote, { ...quote, range: old });
    else changes.push({ remove: { name: oldName, range: old }, add: { name, quote } });
  }
  for (const [range, name] of target.highlighter.shown()) {
    if (!matched.has(range)) changes.push({ remove: { name, range } });
    yield;
  }
  return { changes, kept };
}

/**
 * Paints `painted` (in page order) over what the highlighter shows, changing only what changed:
 * ranges that left or changed highlight are removed, new ones added, nearest the view first
 * (`nearestToViewFirst`); a quote whose range and highlight are unchanged is not touched, and
 * nothing is cleared first, so what stays never blinks. Yields after each step (the slice's clock
 * decides when to pause), and "flush" between batches of at most PAGE_WORK.rangesPerSlice ranges touched: the
 * browser draws a batch in its next frame, work the slice's clock does not see. Quotes whose text
 * the page removed meanwhile are left out. Returns the quotes painted, in page order.
 */
export function* paintNearestFirst(
  painted: readonly PaintedQuote[],
  target: PaintTarget,
  viewHeight: number,
  extentOf?: (range: Range) => Extent,
): Generator<"flush" | undefined, PaintedQuote[], void> {
  const { changes, kept } = yield* diffWithShown(painted, target);
  target.shown.push(...kept.values());
  const ordered = yield* nearestToViewFirst(changes, changedRange, viewHeight, extentOf);
  let inBatch = 0;
  for (const { remove, add } of ordered) {
    // The page may have removed the text while the layout was read: then it is not painted.
    const adding = add && stillInPage(add.quote.range) ? add : undefined;
    const ranges = (remove ? 1 : 0) + (adding ? 1 : 0);
    // A batch ends before the step that would take it past its size: a change of colour is one step.
    if (inBatch + ranges > PAGE_WORK.rangesPerSlice) {
      yield "flush";
      inBatch = 0;
    }
    if (remove) target.highlighter.remove(remove.name, remove.range);
    if (adding) {
      target.highlighter.add(adding.name, adding.quote.range);
      target.shown.push(adding.quote);
    }
    inBatch += ranges;
    yield;
  }
  const added = new Set(target.shown);
  return painted.flatMap((quote) => kept.get(quote) ?? (added.has(quote) ? [quote] : []));
}
