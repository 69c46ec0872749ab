// What the browser benchmarks measure from inside a page (bench/browser.ts, bench/coldStart.ts): when
// Quotelight's first highlights come into view, when its highlights settle, the page's long tasks
// and its long animation frames. A long task is one task of script or parsing; a long animation
// frame (Chromium 123+) also counts the rendering that follows it (style, layout, `PrePaint`,
// `Paint`): the browser redrawing Quotelight's highlights shows there and not in the long tasks.
import type { BrowserContext } from "playwright-core";

/** A page is done once its highlights have not changed for this long. */
const QUIET_MS = 1500;
export const TIMEOUT_MS = 30_000;
export interface PageTiming {
  firstInViewMs: number | null;
  settleMs: number | null;
  highlighted: number;
  longestTaskMs: number;
  longestAfterLoadMs: number;
  tasksOver50: number;
  /** The longest animation frame (its tasks and rendering) starting after `load`. */
  longestFrameAfterLoadMs: number;
  framesOver50: number;
}

/** What recordInPage keeps; each task and frame as [startTime, duration], each change as [time, ranges]. */
export interface PageRecord {
  tasks: Array<[number, number]>;
  frames: Array<[number, number]>;
  changes: Array<[number, number]>;
  firstInView: number | null;
}

/** Longer than this, a task or a frame holds up the page enough for a reader to notice. */
const LONG_MS = 50;

const longest = (entries: Array<[number, number]>): number =>
  Math.max(0, ...entries.map(([, duration]) => duration));
const startingAfter = (entries: Array<[number, number]>, time: number) =>
  entries.filter(([start]) => start >= time);
const overLong = (entries: Array<[number, number]>): number =>
  entries.filter(([, duration]) => duration > LONG_MS).length;

/** The figures of one load, from what the page recorded and the end of its `load` event. */
export function summarise(record: PageRecord, loadEnd: number): PageTiming {
  const lastChange = record.changes.at(-1);
  return {
    firstInViewMs: record.firstInView === null ? null : record.firstInView - loadEnd,
    settleMs: lastChange ? lastChange[0] - loadEnd : null,
    highlighted: lastChange?.[1] ?? 0,
    longestTaskMs: longest(record.tasks),
    longestAfterLoadMs: longest(startingAfter(record.tasks, loadEnd)),
    tasksOver50: overLong(record.tasks),
    longestFrameAfterLoadMs: longest(startingAfter(record.frames, loadEnd)),
    framesOver50: overLong(record.frames),
  };
}

/** Runs in the page before its own scripts: records long tasks, long frames and highlight changes. */
export function recordInPage(): void {
  const record: PageRecord = { tasks: [], frames: [], changes: [], firstInView: null };
  (window as unknown as { benchRecord: PageRecord }).benchRecord = record;
  const observe = (type: string, into: Array<[number, number]>) =>
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) into.push([entry.startTime, entry.duration]);
    }).observe({ type, buffered: true });
  observe("longtask", record.tasks);
  observe("long-animation-frame", record.frames);
  let last = 0;
  setInterval(() => {
    let ranges = 0;
    // The bench pages register no highlights of their own, and Quotelight's names are random
    // per install (src/highlightPrefix.ts): every highlight is Quotelight's.
    CSS.highlights.forEach((highlight) => {
      ranges += highlight.size;
    });
    if (ranges === last) return;
    record.changes.push([performance.now(), (last = ranges)]);
    // Only when the highlights changed, so the measuring costs the page almost nothing.
    if (record.firstInView === null && inView()) record.firstInView = performance.now();
  }, 5);
  const inView = () => {
    let seen = false;
    CSS.highlights.forEach((highlight) =>
      highlight.forEach((range) => {
        if (seen) return;
        const { top, bottom } = (range as Range).getBoundingClientRect();
        seen = bottom > 0 && top < innerHeight;
      }),
    );
    return seen;
  };
}

/**
 * Loads `url` and waits until the highlights (if `highlights`) appeared and then stayed quiet, or
 * for `windowMs` after `load` on a page that never stops changing; `quietMs`: how long is quiet.
 */
export async function measure(
  context: BrowserContext,
  url: string,
  highlights: boolean,
  windowMs?: number,
  quietMs = QUIET_MS,
): Promise<PageTiming> {
  const page = await context.newPage();
  await page.addInitScript(recordInPage);
  await page.goto(url, { waitUntil: "load", timeout: TIMEOUT_MS });
  const deadline = Date.now() + (windowMs ?? TIMEOUT_MS);
  if (windowMs) await page.waitForTimeout(windowMs);
  else
    for (;;) {
      await page.waitForTimeout(250);
      const quietFor = await page.evaluate((highlights) => {
        const { changes } = (window as unknown as { benchRecord: PageRecord }).benchRecord;
        const loadEnd = performance.getEntriesByType("navigation")[0]!.toJSON().loadEventEnd as number;
        if (highlights && changes.length === 0) return 0;
        return performance.now() - Math.max(loadEnd, changes.at(-1)?.[0] ?? 0);
      }, highlights);
      if (quietFor > quietMs || Date.now() > deadline) break;
    }
  const { record, loadEnd } = await page.evaluate(() => ({
    record: (window as unknown as { benchRecord: PageRecord }).benchRecord,
    loadEnd: performance.getEntriesByType("navigation")[0]!.toJSON().loadEventEnd as number,
  }));
  await page.close();
  return summarise(record, loadEnd);
}
