// Child process: the extension in Chromium (dist/chrome), on a typical article (the demo pages)
// and on a generated 1 MB article with 2,000 quotes, each loaded RUNS times with the extension and
// RUNS times without it, in the same run. Measures, from inside the page:
// - settle: ms from the end of the `load` event to the last change of Quotelight's highlights;
// - the longest main-thread task (PerformanceObserver "longtask") starting after `load`, with and
//   without the extension: the content script runs at document_idle, after the page's own parsing,
//   so tasks after `load` are where the extension's work shows (and the page's own, in both runs).
// (Long Animation Frames would name the script, but Chromium does not attribute content scripts.)
//   node browser.mjs RUNS
import { chromium, type BrowserContext } from "playwright-core";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { browserEnv, chromiumPath, launchWithExtension, serveDirectory } from "../build/chromium.mjs";
import { bigArticle } from "./bigArticle.ts";
import { printResult } from "./pages.ts";

const pagesDir = resolve(".cache/bench/pages");
/** A page is done once its highlights have not changed for this long. */
const QUIET_MS = 1500;
const TIMEOUT_MS = 30_000;

interface PageTiming {
  settleMs: number | null;
  highlighted: number;
  longestTaskMs: number;
  longestAfterLoadMs: number;
  tasksOver50: number;
}

/** Runs in the page before its own scripts: records long tasks and highlight changes. */
function recordInPage(): void {
  const record = { tasks: [] as Array<[number, number]>, changes: [] as Array<[number, number]> };
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
    if (ranges !== last) record.changes.push([performance.now(), (last = ranges)]);
  }, 5);
}

/** Loads `url` and waits until the highlights (if `highlights`) appeared and then stayed quiet. */
async function measure(context: BrowserContext, url: string, highlights: boolean): Promise<PageTiming> {
  const page = await context.newPage();
  await page.addInitScript(recordInPage);
  await page.goto(url, { waitUntil: "load", timeout: TIMEOUT_MS });
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    await page.waitForTimeout(250);
    const quietFor = await page.evaluate((highlights) => {
      const { changes } = (window as unknown as { benchRecord: { changes: Array<[number, number]> } })
        .benchRecord;
      const loadEnd = performance.getEntriesByType("navigation")[0]!.toJSON().loadEventEnd as number;
      if (highlights && changes.length === 0) return 0;
      return performance.now() - Math.max(loadEnd, changes.at(-1)?.[0] ?? 0);
    }, highlights);
    if (quietFor > QUIET_MS || Date.now() > deadline) break;
  }
  const timing = await page.evaluate(() => {
    const record = (
      window as unknown as {
        benchRecord: { tasks: Array<[number, number]>; changes: Array<[number, number]> };
      }
    ).benchRecord;
    const loadEnd = performance.getEntriesByType("navigation")[0]!.toJSON().loadEventEnd as number;
    const lastChange = record.changes.at(-1);
    return {
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

function writePages(): Record<string, string> {
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  for (const file of ["en.html", "fr.html", "demo.css"]) cpSync(join("demo", file), join(pagesDir, file));
  writeFileSync(join(pagesDir, "big.html"), bigArticle({ quotes: 2000, bytes: 1_000_000 }));
  return { "demo article (en)": "en.html", "demo article (fr)": "fr.html", "1 MB, 2,000 quotes": "big.html" };
}

const runs = Number(process.argv[2] ?? 3);
const pages = writePages();
const { server, baseUrl } = await serveDirectory(pagesDir);
const profile = resolve(".cache/bench/profile");
rmSync(profile, { recursive: true, force: true });

const contexts: Record<string, () => Promise<BrowserContext>> = {
  with: async () => (await launchWithExtension("dist/chrome", { profileDir: profile })).context,
  without: () =>
    chromium.launchPersistentContext(`${profile}-plain`, {
      executablePath: chromiumPath,
      headless: true,
      env: browserEnv(),
    }),
};

const results: Record<string, Record<string, PageTiming[]>> = {};
for (const [label, open] of Object.entries(contexts)) {
  const context = await open();
  for (const [name, path] of Object.entries(pages)) {
    const timings: PageTiming[] = [];
    for (let i = 0; i < runs; i++)
      timings.push(await measure(context, `${baseUrl}${path}?run=${i}`, label === "with"));
    (results[name] ??= {})[label] = timings;
  }
  await context.close();
}
server.close();
rmSync(profile, { recursive: true, force: true });
rmSync(`${profile}-plain`, { recursive: true, force: true });
printResult({ results });
