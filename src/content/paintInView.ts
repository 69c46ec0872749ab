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
 * `painted` ordered nearest to the view first (ties, such as all the quotes in view, in page
 * order), with a step per quote; `extentOf` is for tests.
 */
export function* nearestToViewFirst(
  painted: readonly PaintedQuote[],
  viewHeight: number,
  extentOf: (range: Range) => Extent = extentOnScreen,
): Generator<undefined, PaintedQuote[], void> {
  const distances = new Map<PaintedQuote, number>();
  for (const quote of painted) {
    distances.set(quote, distanceFromView(extentOf(quote.range), viewHeight));
    yield;
  }
  // Array.prototype.sort is stable: equal distances keep page order.
  return [...painted].sort((a, b) => distances.get(a)! - distances.get(b)!);
}

/** What painting needs besides the quotes. */
export interface PaintTarget {
  highlighter: Pick<Highlighter, "add" | "clear">;
  colourScheme: ColourScheme;
  /** The install's random start of highlight names. */
  prefix: string;
  /** Receives each quote as it is painted, so the hover card knows it at once. */
  shown: PaintedQuote[];
}

/**
 * Paints `painted` (in page order), replacing what the highlighter showed, in the order
 * `nearestToViewFirst` gives. Yields after each quote (the slice's clock decides when to pause),
 * and "flush" after every PAGE_WORK.rangesPerSlice ranges: the browser draws a batch in its next
 * frame, work the slice's clock does not see. Quotes whose text the page removed meanwhile are
 * left out. Returns the quotes painted, in page order.
 */
export function* paintNearestFirst(
  painted: readonly PaintedQuote[],
  target: PaintTarget,
  viewHeight: number,
  extentOf?: (range: Range) => Extent,
): Generator<"flush" | undefined, PaintedQuote[], void> {
  const ordered = yield* nearestToViewFirst(painted, viewHeight, extentOf);
  // The old highlights go in the same slice as the first batch comes: no frame without either.
  target.highlighter.clear();
  let inBatch = 0;
  for (const quote of ordered) {
    if (!stillInPage(quote.range)) continue;
    target.highlighter.add(highlightName(target.prefix, quote.slot, target.colourScheme), quote.range);
    target.shown.push(quote);
    inBatch = (inBatch + 1) % PAGE_WORK.rangesPerSlice;
    yield inBatch === 0 ? "flush" : undefined;
  }
  const shown = new Set(target.shown);
  return painted.filter((quote) => shown.has(quote));
}
