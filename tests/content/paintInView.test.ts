// Painting in view first, in batches, and work in slices that give the page its thread back.
// Layout is made up (jsdom has none) and the clock is fake: these tests count, they never time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paintAtOnce, quote, RecordingHighlighter, rangesOf, speaker } from "./fixtures.ts";
import {
  distanceFromView,
  type Extent,
  paintNearestFirst,
  rangesForNextFrame,
} from "../../src/content/paintInView.ts";
import { paintedQuotes, type PaintedQuote, type Scan } from "../../src/content/scan.ts";
import { inSlices, type SliceClock } from "../../src/content/slices.ts";
import { PAGE_WORK } from "../../src/limits.ts";

/** `count` quotes of one speaker, each in its own paragraph, `gap` pixels apart down the page. */
function column(count: number, gap = 300) {
  const quotes = Array.from({ length: count }, (_, id) => quote(id, 1));
  const ranges = rangesOf(quotes);
  const scan = {
    page: { article: { blocks: [] }, nodes: [], articleFound: true },
    lang: "en",
    quotes,
    speakers: [
      speaker(
        1,
        quotes.map((q) => q.id),
      ),
    ],
    ranges,
    cutShort: [],
  } satisfies Scan;
  // Keyed by text node, so that a range made again over the same text is in the same place.
  const tops = new Map([...ranges].map(([id, range]) => [range.startContainer, id * gap]));
  /** Where each quote's paragraph is once the page is scrolled `scrollY` pixels down. */
  const layout =
    (scrollY: number) =>
    (range: Range): Extent => {
      const top = tops.get(range.startContainer)! - scrollY;
      return { top, bottom: top + 100 };
    };
  return { painted: paintedQuotes(scan), ranges, layout };
}

const ids = (quotes: readonly PaintedQuote[]) => quotes.map((p) => p.quote.id);

test("distance from the view: 0 for anything in view, else the pixels to its nearest edge", () => {
  assert.equal(distanceFromView({ top: 100, bottom: 200 }, 800), 0);
  assert.equal(distanceFromView({ top: -50, bottom: 20 }, 800), 0, "partly above, partly in view");
  assert.equal(distanceFromView({ top: 900, bottom: 1000 }, 800), 100, "below the view");
  assert.equal(distanceFromView({ top: -300, bottom: -200 }, 800), 200, "above the view");
});

test("the quotes in view are painted first, in page order, then outward from the view", () => {
  // Quotes every 300 px, the reader scrolled to 3,000 px with a view 800 px tall: 10 to 12 in view.
  const { painted, layout } = column(20);
  const highlighter = new RecordingHighlighter();
  const shown: PaintedQuote[] = [];
  const target = { highlighter, colourScheme: "default" as const, prefix: "quotelight", shown };
  let result: PaintedQuote[] | null = null;
  const steps = paintNearestFirst(painted, target, 800, layout(3000));
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) {
      result = next.value;
      break;
    }
  }
  assert.deepEqual(ids(shown).slice(0, 3), [10, 11, 12], "in view");
  assert.deepEqual(ids(shown).slice(3, 7), [13, 9, 14, 8], "then the nearest below and above");
  assert.deepEqual(ids(shown).at(-1), 0, "the farthest last");
  assert.deepEqual(ids(result), ids(painted), "the painted list comes back in page order");
});

/** The same quotes read again: each reading makes its Ranges anew, over the same text. */
const readAgain = (painted: readonly PaintedQuote[]): PaintedQuote[] =>
  painted.map((p) => ({ ...p, range: p.range.cloneRange() }));

/** Paints `painted` over what `highlighter` shows, recording how many ranges are shown at each step. */
function repaint(painted: readonly PaintedQuote[], highlighter: RecordingHighlighter, extentOf?: Layout) {
  const shown: PaintedQuote[] = [];
  const target = { highlighter, colourScheme: "default" as const, prefix: "quotelight", shown };
  const steps = paintNearestFirst(painted, target, 800, extentOf ?? (() => ({ top: 0, bottom: 10 })));
  const shownAtEachStep: number[] = [];
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return { result: next.value, shown, shownAtEachStep };
    shownAtEachStep.push(highlighter.shown().size);
  }
}
type Layout = (range: Range) => Extent;

test("a repaint of the same reading touches nothing, and lists the ranges shown", () => {
  const { painted } = column(50);
  const { highlighter } = paintAtOnce(painted);
  const before = { added: highlighter.added, removed: highlighter.removed };
  const again = readAgain(painted);
  const { result, shownAtEachStep } = repaint(again, highlighter);
  assert.deepEqual({ added: highlighter.added, removed: highlighter.removed }, before);
  assert.deepEqual(ids(result), ids(painted));
  assert.ok(
    result.every((p, i) => p.range === painted[i]!.range),
    "the ranges registered, so removing them later finds them",
  );
  assert.ok(
    shownAtEachStep.every((count) => count === 50),
    "nothing is cleared meanwhile",
  );
});

test("one new quote adds one range, and one gone removes one", () => {
  const { painted } = column(10);
  const { highlighter } = paintAtOnce(painted.slice(0, 9));
  repaint(readAgain(painted), highlighter);
  assert.deepEqual([highlighter.added, highlighter.removed], [9 + 1, 0]);
  repaint(readAgain(painted).slice(1), highlighter);
  assert.deepEqual([highlighter.added, highlighter.removed], [10, 1]);
  assert.equal(highlighter.shown().size, 9);
});

test("a speaker's change of colour moves only its ranges, and every quote stays shown meanwhile", () => {
  const { painted } = column(6);
  const twoSpeakers = painted.map((p, i) => ({ ...p, slot: i % 2 }));
  const { highlighter } = paintAtOnce(twoSpeakers);
  // The second speaker is now the third in the article's order: slot 2.
  const recoloured = readAgain(twoSpeakers).map((p) => (p.slot === 1 ? { ...p, slot: 2 } : p));
  const { shownAtEachStep } = repaint(recoloured, highlighter);
  assert.deepEqual([highlighter.added - 6, highlighter.removed], [3, 3]);
  assert.deepEqual(
    highlighter.groups.get("quotelight-2")!.map((range) => range.startContainer.textContent),
    [1, 3, 5].map((id) => `“Quote ${id},” said someone.`),
  );
  assert.equal(highlighter.groups.get("quotelight-1")!.length, 0);
  assert.equal(highlighter.groups.get("quotelight-0")!.length, 3, "the first speaker's are not touched");
  assert.ok(
    shownAtEachStep.every((count) => count === 6),
    "no frame shows a quote in neither colour",
  );
});

test("changes are made nearest the view first", () => {
  // Quotes every 300 px, the reader at 3,000 px: 10 to 12 in view. Quotes 0 and 11 are new.
  const { painted, layout } = column(20);
  const { highlighter } = paintAtOnce(painted.slice(1, 11).concat(painted.slice(12)));
  const { shown } = repaint(readAgain(painted), highlighter, layout(3000));
  assert.deepEqual(ids(shown.slice(-2)), [11, 0], "the unchanged first, then the new one in view, then far");
});

test("a range on text the page removed is taken off at the next painting", () => {
  const { painted, ranges } = column(3);
  const { highlighter } = paintAtOnce(painted);
  const paragraph = ranges.get(1)!.startContainer.parentNode!;
  paragraph.parentNode!.removeChild(paragraph);
  const { result } = repaint(readAgain(painted), highlighter);
  assert.deepEqual(ids(result), [0, 2]);
  assert.equal(highlighter.removed, 1);
  assert.equal(highlighter.shown().size, 2);
});

/**
 * Runs a painting of `painted` on a view 800 px tall, telling each "flush" that the page took
 * `drawMs(rangesInFrame)` to draw (our own work takes no time on its clock); the ranges touched in
 * each frame.
 */
function framesOf(painted: readonly PaintedQuote[], layout: Layout, drawMs: (ranges: number) => number) {
  const highlighter = new RecordingHighlighter();
  const target = { highlighter, colourScheme: "default" as const, prefix: "quotelight", shown: [] };
  const touched = () => highlighter.added + highlighter.removed;
  const frames: number[] = [];
  let before = 0;
  const steps = paintNearestFirst(painted, target, 800, layout, () => 0);
  for (let next = steps.next(); ; ) {
    if (next.done || next.value === "flush") {
      frames.push(touched() - before);
      before = touched();
    }
    if (next.done) return frames;
    next = steps.next(next.value === "flush" ? drawMs(frames.at(-1)!) : undefined);
  }
}

test("the quotes in view are painted in one frame, however many; the rest in bounded frames", () => {
  // A quote every 2 px: the 401 at 0–800 px are in view.
  const { painted, layout } = column(2000, 2);
  const quick = framesOf(painted, layout(0), () => 0);
  assert.deepEqual(quick, [401, PAGE_WORK.maxRangesPerFrame, 2000 - 401 - PAGE_WORK.maxRangesPerFrame]);
  const slow = framesOf(painted, layout(0), () => 10_000);
  assert.equal(slow[0], 401);
  assert.ok(
    slow.slice(1, -1).every((n) => n === PAGE_WORK.minRangesPerFrame),
    `${slow}`,
  );
});

test("each frame touches as many ranges as the last frame's cost says fit in the budget", () => {
  const { painted, layout } = column(2000, 2);
  // Drawing 100 ranges costs a quarter of the frame budget: 400 fit.
  const frames = framesOf(painted, layout(0), (ranges) => (ranges / 100) * 0.25 * PAGE_WORK.paintFrameMs);
  assert.equal(frames[0], 401);
  assert.equal(frames[1], 400);
  assert.equal(frames[2], 400);
  assert.equal(
    frames.reduce((a, b) => a + b),
    2000,
    "every quote painted",
  );
});

test("the next frame's count: the budget over the cost per range, within its bounds", () => {
  assert.equal(rangesForNextFrame(300, PAGE_WORK.paintFrameMs), 300);
  assert.equal(rangesForNextFrame(100, PAGE_WORK.paintFrameMs / 4), 400);
  assert.equal(rangesForNextFrame(100, 0), PAGE_WORK.maxRangesPerFrame, "nothing measured: the most");
  assert.equal(rangesForNextFrame(100, 1e6), PAGE_WORK.minRangesPerFrame);
});

test("a quote whose text the page removed meanwhile is not painted", () => {
  const { painted, ranges } = column(3);
  ranges
    .get(1)!
    .startContainer.parentNode!.parentNode!.removeChild(ranges.get(1)!.startContainer.parentNode!);
  const { highlighter, result } = paintAtOnce(painted);
  assert.deepEqual(ids(result), [0, 2]);
  assert.equal([...highlighter.groups.values()].flat().length, 2);
});

/** A fake clock that the steps move on, and counts the pauses and the draws asked for. */
function fakeClock(): SliceClock & { time: number; pauses: number; draws: number } {
  const clock = {
    time: 0,
    pauses: 0,
    draws: 0,
    now: () => clock.time,
    pause: async () => {
      clock.pauses++;
    },
    letPageDraw: async () => {
      clock.draws++;
      return 0;
    },
  };
  return clock;
}

function* steps(count: number, clock: { time: number }, stepMs: number, flushAt = -1) {
  for (let i = 0; i < count; i++) {
    clock.time += stepMs;
    yield i === flushAt ? ("flush" as const) : undefined;
  }
  return "done";
}

test("work in slices pauses once a slice's budget is spent, and when a step asks to flush", async () => {
  const clock = fakeClock();
  const stepMs = 3;
  const perSlice = Math.ceil(PAGE_WORK.sliceMs / stepMs);
  assert.equal(
    await inSlices(steps(perSlice * 5, clock, stepMs), new AbortController().signal, clock),
    "done",
  );
  assert.equal(clock.pauses, 5, "one pause per slice's worth of steps");

  const flushing = fakeClock();
  await inSlices(steps(2, flushing, 0, 0), new AbortController().signal, flushing);
  assert.deepEqual([flushing.pauses, flushing.draws], [0, 1], "quick steps pause only to let the page draw");
});

test("work in slices tells a step that asked to flush how long the page took to draw", async () => {
  const clock = { ...fakeClock(), letPageDraw: async () => 7 };
  const told: unknown[] = [];
  function* flushing(): Generator<"flush" | undefined, void, number | undefined> {
    told.push(yield "flush");
    told.push(yield undefined);
  }
  await inSlices(flushing(), new AbortController().signal, clock);
  assert.deepEqual(told, [7, undefined]);
});

test("work in slices stops at the first pause after its signal aborted", async () => {
  const clock = fakeClock();
  const aborted = new AbortController();
  aborted.abort();
  assert.equal(await inSlices(steps(100, clock, 5), aborted.signal, clock), null);
  assert.equal(clock.pauses, 1);
});

test("a change of colour counts its two ranges in a frame, and never ends a frame between them", () => {
  // All in view, more than a frame's bound: the first frame takes as many as the bound allows.
  const count = PAGE_WORK.maxRangesPerFrame / 2 + 100;
  const { painted } = column(count, 10);
  const { highlighter } = paintAtOnce(painted);
  const target = { highlighter, colourScheme: "default" as const, prefix: "quotelight", shown: [] };
  const recoloured = painted.map((p) => ({ ...p, slot: 3 }));
  const touchedAtFlushes: number[] = [];
  const steps = paintNearestFirst(
    recoloured,
    target,
    800,
    () => ({ top: 0, bottom: 10 }),
    () => 0,
  );
  for (let next = steps.next(); !next.done; next = steps.next(0))
    if (next.value === "flush") {
      touchedAtFlushes.push(highlighter.added + highlighter.removed - painted.length);
      assert.equal(highlighter.shown().size, painted.length, "each quote in one colour or the other");
    }
  assert.deepEqual(touchedAtFlushes, [PAGE_WORK.maxRangesPerFrame]);
  assert.equal(highlighter.groups.get("quotelight-3")!.length, painted.length);
});
