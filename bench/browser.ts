// Child process: the extension in Chromium (dist/chrome), on a typical article (the demo pages),
// the pages of issue 12 (the French seed article repeated 300 times: 1 MB, 1,800 quotes; a page
// that writes the same article into its root element every 400 ms, 25 times; pages of 10,000 and
// 2,000 speakers that add one a second), each loaded RUNS times with the extension and RUNS times
// without it, in the same run. Measures, from inside the page:
// - first highlights: ms from the end of the `load` event until a highlighted range is in view;
// - settle: ms from the end of the `load` event to the last change of Quotelight's highlights
//   (on the live page, within LIVE_WINDOW_MS: it never stops changing);
// - the longest main-thread task (PerformanceObserver "longtask") starting after `load`, with and
//   without the extension: the content script runs at document_idle, after the page's own parsing,
//   so tasks after `load` are where the extension's work shows (and the page's own, in both runs);
// - the longest animation frame after `load` (PerformanceObserver "long-animation-frame": a frame's
//   tasks and the rendering after them), and the frames over 50 ms, with and without the extension:
//   the browser redrawing our highlights is rendering, which no long task shows.
// Then, with the extension only, the English demo article is loaded RUNS times alone and RUNS
// times beside a hostile page in another tab (10,000 speakers, one more every second): the added
// wait for its highlights, and how fast the background answers an extension page meanwhile.
//   node browser.mjs RUNS SEED_PAGE [EXTENSION_DIR [PAGE_FILES]]
// SEED_PAGE: the seed article's page.html; EXTENSION_DIR: default dist/chrome, another build to
// compare; PAGE_FILES: only these pages (e.g. `seed300.html,speakers.html`), without the
// neighbour measure, to compare builds quickly.
import { chromium, type BrowserContext } from "playwright-core";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { browserEnv, chromiumPath, launchWithExtension, serveDirectory } from "../build/chromium.mjs";
import { printResult } from "./pages.ts";
import { measure, recordInPage, TIMEOUT_MS, type PageTiming } from "./pageTiming.ts";
import { repeatedArticle } from "./repeatedArticle.ts";
import { speakersPage } from "./speakersPage.ts";

const pagesDir = resolve(".cache/bench/pages");
/** How long the live page (it never stops changing) is watched. */
const LIVE_WINDOW_MS = 20_000;

/** A page to measure: its file, and for a page that never stops changing, how long to watch it. */
interface BenchPage {
  path: string;
  windowMs?: number;
}

function writePages(seedPage: string): Record<string, BenchPage> {
  rmSync(pagesDir, { recursive: true, force: true });
  mkdirSync(pagesDir, { recursive: true });
  for (const file of ["en.html", "fr.html", "demo.css"]) cpSync(join("demo", file), join(pagesDir, file));
  cpSync("tests/e2e/pages/rerendering.html", join(pagesDir, "rerendering.html"));
  writeFileSync(join(pagesDir, "seed300.html"), repeatedArticle(readFileSync(seedPage, "utf8"), 300));
  writeFileSync(join(pagesDir, "speakers.html"), speakersPage());
  writeFileSync(join(pagesDir, "speakers-2000.html"), speakersPage({ speakers: 2000 }));
  return {
    "demo article (en)": { path: "en.html" },
    "demo article (fr)": { path: "fr.html" },
    "seed article ×300 (1 MB, 1,800 quotes)": { path: "seed300.html" },
    "re-rendering page (25 writes, 400 ms apart)": { path: "rerendering.html" },
    "10,000 speakers, one more a second": { path: "speakers.html", windowMs: LIVE_WINDOW_MS },
    // A live page the engine can read within its time budget: its highlights must keep coming.
    "2,000 speakers, one more a second": { path: "speakers-2000.html", windowMs: LIVE_WINDOW_MS },
  };
}

/** Time the hostile page gets to start its first reading before the article is loaded beside it. */
const HOSTILE_HEAD_START_MS = 3000;
/** How often the extension page asks the background for a report while the hostile page is open. */
const PING_EVERY_MS = 50;

interface Neighbour {
  aloneMs: number[];
  besideMs: number[];
  /** Round trips of get-report from an extension page to the background, beside the hostile page. */
  pingMs: number[];
  /** Ranges highlighted on the hostile page at the end. */
  hostileHighlighted: number;
}

/**
 * Asks the background for a report every PING_EVERY_MS until `window.stopPings` is set; resolves to the round
 * trips.
 */
async function pingBackground(everyMs: number): Promise<number[]> {
  const runtime = (
    globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
  ).chrome.runtime;
  const trips: number[] = [];
  while (!(window as unknown as { stopPings?: boolean }).stopPings) {
    const start = performance.now();
    await runtime.sendMessage({ type: "get-report", tabId: -1 });
    trips.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return trips;
}

/**
 * The demo article's wait for highlights alone and beside the hostile page, and the background's answers
 * meanwhile.
 */
async function besideHostilePage(context: BrowserContext, extensionId: string): Promise<Neighbour> {
  const article = (i: number, when: string) => `${baseUrl}en.html?${when}=${i}`;
  const settle = async (url: string) => (await measure(context, url, true)).settleMs ?? TIMEOUT_MS;
  const aloneMs: number[] = [];
  for (let i = 0; i < runs; i++) aloneMs.push(await settle(article(i, "alone")));
  const hostile = await context.newPage();
  await hostile.addInitScript(recordInPage);
  await hostile.goto(`${baseUrl}speakers.html`, { waitUntil: "load", timeout: TIMEOUT_MS });
  const pinger = await context.newPage();
  await pinger.goto(`chrome-extension://${extensionId}/options.html`);
  const pings = pinger.evaluate(pingBackground, PING_EVERY_MS);
  await hostile.waitForTimeout(HOSTILE_HEAD_START_MS);
  const besideMs: number[] = [];
  for (let i = 0; i < runs; i++) besideMs.push(await settle(article(i, "beside")));
  await pinger.evaluate(() => Object.assign(window, { stopPings: true }));
  const pingMs = await pings;
  const hostileHighlighted = await hostile.evaluate(
    () =>
      (window as unknown as { benchRecord: { changes: Array<[number, number]> } }).benchRecord.changes.at(
        -1,
      )?.[1] ?? 0,
  );
  await pinger.close();
  await hostile.close();
  return { aloneMs, besideMs, pingMs, hostileHighlighted };
}

const runs = Number(process.argv[2] ?? 3);
const seedPage = process.argv[3];
if (!seedPage) throw new Error("usage: node browser.mjs RUNS SEED_PAGE [EXTENSION_DIR [PAGE_FILES]]");
const extensionDir = process.argv[4] ?? "dist/chrome";
const onlyFiles = process.argv[5]?.split(",");
const pages = Object.fromEntries(
  Object.entries(writePages(seedPage)).filter(([, { path }]) => !onlyFiles || onlyFiles.includes(path)),
);
const { server, baseUrl } = await serveDirectory(pagesDir);
const profile = resolve(".cache/bench/profile");
rmSync(profile, { recursive: true, force: true });

let extensionId = "";
const contexts: Record<string, () => Promise<BrowserContext>> = {
  with: async () => {
    const launched = await launchWithExtension(extensionDir, { profileDir: profile });
    extensionId = launched.extensionId;
    return launched.context;
  },
  without: () =>
    chromium.launchPersistentContext(`${profile}-plain`, {
      executablePath: chromiumPath(),
      headless: true,
      env: browserEnv(),
    }),
};

const results: Record<string, Record<string, PageTiming[]>> = {};
let neighbour: Neighbour | null = null;
for (const [label, open] of Object.entries(contexts)) {
  const context = await open();
  for (const [name, { path, windowMs }] of Object.entries(pages)) {
    const timings: PageTiming[] = [];
    for (let i = 0; i < runs; i++)
      timings.push(await measure(context, `${baseUrl}${path}?run=${i}`, label === "with", windowMs));
    (results[name] ??= {})[label] = timings;
  }
  if (label === "with" && !onlyFiles) neighbour = await besideHostilePage(context, extensionId);
  await context.close();
}
server.close();
rmSync(profile, { recursive: true, force: true });
rmSync(`${profile}-plain`, { recursive: true, force: true });
printResult({ results, neighbour });
