// What the browser benchmarks measure from inside a page (bench/browser.ts, bench/coldStart.ts): when
// Quotelight's first highlights come into view, when its highlights settle, and the page's long tasks.
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
}

/** Runs in the page before its own scripts: records long tasks and highlight changes. */
export function recordInPage(): void {
  const record = {
    tasks: [] as Array<[number, number]>,
    changes: [] as Array<[number, number]>,
    firstInView: null as number | null,
  };
  (window as unknown as { benchRecord: typeof record }).benchRecord = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
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
        const { changes } = (window as unknown as { benchRecord: { changes: Array<[number, number]> } })
          .benchRecord;
        const loadEnd = performance.getEntriesByType("navigation")[0]!.toJSON().loadEventEnd as number;
        if (highlights && changes.length === 0) return 0;
        return performance.now() - Math.max(loadEnd, changes.at(-1)?.[0] ?? 0);
      }, highlights);
      if (quietFor > quietMs || Date.now() > deadline) break;
    }
  const timing = await page.evaluate(() => {
    const record = (
      window as unknown as {
        benchRecord: {
          tasks: Array<[number, number]>;
          changes: Array<[number, number]>;
          firstInView: number | null;
        };
      }
    ).benchRecord;
    const loadEnd = performance.getEntriesByType("navigation")[0]!.toJSON().loadEventEnd as number;
    const lastChange = record.changes.at(-1);
    return {
      firstInViewMs: record.firstInView === null ? null : record.firstInView - loadEnd,
      settleMs: lastChange ? lastChange[0] - loadEnd : null,
      highlighted: lastChange?.[1] ?? 0,
      longestTaskMs: Math.max(0, ...record.tasks.map(([, duration]) => duration)),
      longestAfterLoadMs: Math.max(
        0,
        ...record.tasks.filter(([start]) => start >= loadEnd).map(([, duration]) => duration),
      ),
      tasksOver50: record.tasks.filter(([, duration]) => duration > 50).length,
    };
  });
  await page.close();
  return timing;
}
