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

/** Items ordered nearest the view first, and how many of them (the first ones) are in view. */
export interface ByDistance<T> {
  ordered: T[];
  inView: number;
}

/**
 * `items` (each on the page at `rangeOf(item)`) ordered nearest to the view first (ties, such as
 * all those in view, in page order), with a step per item; `extentOf` is for tests.
 */
export function* nearestToViewFirst<T>(
  items: readonly T[],
  rangeOf: (item: T) => Range,
  viewHeight: number,
  extentOf: (range: Range) => Extent = extentOnScreen,
): Generator<undefined, ByDistance<T>, unknown> {
  const distances = new Map<T, number>();
  let inView = 0;
  for (const item of items) {
    const distance = distanceFromView(extentOf(rangeOf(item)), viewHeight);
    distances.set(item, distance);
    if (distance === 0) inView++;
    yield;
  }
  // Array.prototype.sort is stable: equal distances keep page order.
  return { ordered: [...items].sort((a, b) => distances.get(a)! - distances.get(b)!), inView };
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
): Generator<undefined, PaintingDiff, unknown> {
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

/** The ranges a change touches: a change of colour takes one off and puts one on. */
const rangesTouched = (change: Change): number => (change.remove ? 1 : 0) + (change.add ? 1 : 0);

/**
 * Where the batch of `changes` starting at `from` ends: as many as touch at most `maxRanges`
 * ranges (at least one change), and no further than `end`.
 */
function batchEnd(changes: readonly Change[], from: number, end: number, maxRanges: number): number {
  let to = from;
  let ranges = 0;
  while (to < end && (to === from || ranges + rangesTouched(changes[to]!) <= maxRanges)) {
    ranges += rangesTouched(changes[to]!);
    to++;
  }
  return to;
}

/**
 * How many ranges the next frame may touch, from what the last one cost: `costMs` for `ranges`
 * (our work and the browser's drawing), scaled to PAGE_WORK.paintFrameMs, within its bounds.
 */
export function rangesForNextFrame(ranges: number, costMs: number): number {
  const fit = costMs > 0 ? Math.floor((PAGE_WORK.paintFrameMs * ranges) / costMs) : Number.POSITIVE_INFINITY;
  return Math.min(PAGE_WORK.maxRangesPerFrame, Math.max(PAGE_WORK.minRangesPerFrame, fit));
}

/** Makes the changes of a batch, in one step; returns the ranges touched. */
function applyBatch(batch: readonly Change[], target: PaintTarget): number {
  let touched = 0;
  for (const { remove, add } of batch) {
    // The page may have removed the text while the layout was read: then it is not painted.
    const adding = add && stillInPage(add.quote.range) ? add : undefined;
    // Both in the same step, so that no frame shows the quote in neither colour.
    if (remove) target.highlighter.remove(remove.name, remove.range);
    if (adding) {
      target.highlighter.add(adding.name, adding.quote.range);
      target.shown.push(adding.quote);
    }
    touched += (remove ? 1 : 0) + (adding ? 1 : 0);
  }
  return touched;
}

/**
 * Paints `painted` (in page order) over what the highlighter shows, changing only what changed:
 * ranges that left or changed highlight are removed, new ones added; a quote whose range and
 * highlight are unchanged is not touched, and nothing is cleared first, so what stays never blinks.
 * The changes in view are made first, in one frame; the rest outward from the view, a frame at a
 * time, each frame touching as many ranges as the last one's measured cost fits in
 * PAGE_WORK.paintFrameMs (between PAGE_WORK's bounds). Each frame's changes are one step, then
 * "flush": inSlices lets the page draw them and tells back how long that took (`now` times our
 * part). Quotes whose text the page removed meanwhile are left out. Returns the quotes painted,
 * in page order.
 */
export function* paintNearestFirst(
  painted: readonly PaintedQuote[],
  target: PaintTarget,
  viewHeight: number,
  extentOf?: (range: Range) => Extent,
  now: () => number = () => performance.now(),
): Generator<"flush" | undefined, PaintedQuote[], number | undefined> {
  const { changes, kept } = yield* diffWithShown(painted, target);
  target.shown.push(...kept.values());
  const { ordered, inView } = yield* nearestToViewFirst(changes, changedRange, viewHeight, extentOf);
  // The first frame: the changes in view (up to the bound), however many the last frame could take.
  let from = 0;
  let to = batchEnd(ordered, 0, inView, PAGE_WORK.maxRangesPerFrame);
  while (from < ordered.length) {
    const start = now();
    const touched = applyBatch(ordered.slice(from, to), target);
    const workMs = now() - start;
    from = to;
    if (from === ordered.length) break;
    const drawMs = (yield "flush") ?? 0;
    to = batchEnd(ordered, from, ordered.length, rangesForNextFrame(touched, workMs + drawMs));
  }
  const added = new Set(target.shown);
  return painted.flatMap((quote) => kept.get(quote) ?? (added.has(quote) ? [quote] : []));
}
