// Painting in view first, in batches, and work in slices that give the page its thread back.
// Layout is made up (jsdom has none) and the clock is fake: these tests count, they never time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paintAtOnce, quote, RecordingHighlighter, rangesOf, speaker } from "./fixtures.ts";
import { distanceFromView, type Extent, paintNearestFirst } from "../../src/content/paintInView.ts";
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
  const tops = new Map([...ranges].map(([id, range]) => [range, id * gap]));
  /** Where each quote's paragraph is once the page is scrolled `scrollY` pixels down. */
  const layout =
    (scrollY: number) =>
    (range: Range): Extent => ({ top: tops.get(range)! - scrollY, bottom: tops.get(range)! - scrollY + 100 });
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

test("the old highlights go in the same slice as the first batch comes, after the layout is read", () => {
  const { painted, layout } = column(5);
  const events: string[] = [];
  const highlighter = {
    add: () => events.push("add"),
    clear: () => events.push("clear"),
  };
  const target = { highlighter, colourScheme: "default" as const, prefix: "quotelight", shown: [] };
  const steps = paintNearestFirst(painted, target, 800, (range) => {
    events.push("layout");
    return layout(0)(range);
  });
  while (!steps.next().done) events.push("pause?");
  const clearAt = events.indexOf("clear");
  assert.deepEqual(events.slice(clearAt, clearAt + 2), ["clear", "add"], "no pause between them");
  assert.ok(events.lastIndexOf("layout") < clearAt, "every quote's place is read before anything is cleared");
});

test("a batch of ranges asks the page to draw it before the next one", () => {
  const count = PAGE_WORK.rangesPerSlice * 2 + 50;
  const { painted, layout } = column(count, 10);
  const target = {
    highlighter: new RecordingHighlighter(),
    colourScheme: "default" as const,
    prefix: "quotelight",
    shown: [],
  };
  const yielded: unknown[] = [];
  const steps = paintNearestFirst(painted, target, 800, layout(0));
  for (let next = steps.next(); !next.done; next = steps.next()) yielded.push(next.value);
  assert.equal(yielded.filter((value) => value === "flush").length, 2);
  assert.equal(yielded.indexOf("flush"), count + PAGE_WORK.rangesPerSlice - 1, "after the layout reads");
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

test("work in slices stops at the first pause after its signal aborted", async () => {
  const clock = fakeClock();
  const aborted = new AbortController();
  aborted.abort();
  assert.equal(await inSlices(steps(100, clock, 5), aborted.signal, clock), null);
  assert.equal(clock.pauses, 1);
});
