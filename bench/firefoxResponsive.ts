// Child process: how an unrelated extension answers in Firefox while Quotelight reads a hostile
// page. In Firefox the backgrounds and pages of all extensions share one process and its main
// thread, so any long task of Quotelight's there (a message handler, a Worker's message received,
// a storage write) holds up the other extensions' answers. The echo extension
// (tests/e2e-firefox/echo.ts) is pinged back to back, RUNS times per build: alone first, then from
// the opening of the 10,000-speaker page (static: the same engine work as the live one, but it
// ends) until Quotelight has reported and its highlights have stayed quiet for QUIET_MS. Prints,
// per build, the answers' median, p95 and slowest, alone and beside the page, and when the slow
// answers were asked relative to Quotelight's work as the page sees it: before `load`, while the
// page is read and its first parts answered (until the first highlights), while the rest is
// answered and painted (until the highlights' last change), and after, until the report is stored.
// Each round also loads the page with Quotelight disabled, watched as long as the load before it
// took: what Firefox's own work on a 930 KB page costs the echo.
//   node firefoxResponsive.mjs RUNS [EXTENSION_DIR...]
// EXTENSION_DIR: Firefox builds to compare (default dist/firefox), alternated load by load, each
// load in a Firefox of its own.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { serveDirectory } from "../build/chromium.mjs";
import { eventually } from "../tests/e2e/eventually.ts";
import { ECHO, ECHO_ADDON, pingEcho, stopPinging, type Pings } from "../tests/e2e-firefox/echo.ts";
import { type FirefoxDriver, launchFirefox } from "../tests/e2e-firefox/puppeteerDriver.ts";
import { printResult } from "./pages.ts";
import { type PageRecord, recordInPage } from "./pageTiming.ts";
import { speakersPage } from "./speakersPage.ts";

/** Answers the echo gives alone, before the hostile page opens. */
const ANSWERS_ALONE = 300;
/** Quotelight is done once its highlights have not changed for this long after its report. */
const QUIET_MS = 1500;
/** An answer this slow is counted as slow, and placed among Quotelight's phases. */
const SLOW_MS = 50;
/** The phases of Quotelight's work on the hostile page, in order, each ending at an event. */
const PHASES = ["before load", "load → first highlights", "→ last highlight change", "→ report stored"];

/** Some answers' round trips, in ms. */
interface Answers {
  count: number;
  median: number;
  p95: number;
  slowest: number;
}

interface Load {
  build: string;
  alone: Answers;
  beside: Answers;
  /** Answers slower than SLOW_MS in each of PHASES. */
  slowByPhase: number[];
  /** The slowest answers beside the page: [ms asked after `load`, round trip ms]. */
  slowest: Array<[number, number]>;
  /** ms after `load`: first highlights, last highlight change, report stored. */
  events: { firstHighlights: number | null; lastChange: number | null; report: number };
  ranges: number;
}

const [runsArg = "3", ...dirArgs] = process.argv.slice(2);
const runs = Number(runsArg);
const builds = dirArgs.length ? dirArgs : ["dist/firefox"];
const pagesDir = resolve(".cache/bench/firefox-pages");
mkdirSync(pagesDir, { recursive: true });
writeFileSync(join(pagesDir, "speakers.html"), speakersPage({ live: false }));
const { server, baseUrl } = await serveDirectory(pagesDir);

/** The label of the loads with Quotelight disabled. */
const WITHOUT = "without Quotelight";

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const summary = (trips: number[]): Answers => ({
  count: trips.length,
  median: percentile(trips, 0.5),
  p95: percentile(trips, 0.95),
  slowest: Math.max(...trips),
});

/** Disables Quotelight in that Firefox, as a reader would in about:addons. */
const disableQuotelight = (ext: FirefoxDriver) =>
  ext.inBrowserChrome(`(async () => {
    const { AddonManager } = ChromeUtils.importESModule("resource://gre/modules/AddonManager.sys.mjs");
    await (await AddonManager.getAddonByID("quotelight@quotelight.org")).disable();
    return "true";
  })()`);

/**
 * One load of the hostile page beside the pinged echo, in a fresh Firefox with `build` installed
 * (or WITHOUT it: then the page is watched for `windowMs` after its opening, there being no report).
 */
async function measureLoad(build: string, visit: number, windowMs: number): Promise<Load> {
  const ext = await launchFirefox(ECHO_ADDON, {}, build === WITHOUT ? "dist/firefox" : build);
  try {
    if (build === WITHOUT) await disableQuotelight(ext);
    const echo = await ext.openAddonPage(ECHO, "ping.html");
    const alone = await pingEcho(echo, ANSWERS_ALONE);
    const pinging = pingEcho(echo);
    // Should a later step fail, its error is the one to report, not the pinging cut off by the close.
    pinging.catch(() => undefined);
    const opened = Date.now();
    const hostile = await ext.browser.newPage();
    await hostile.evaluateOnNewDocument(recordInPage);
    await hostile.goto(`${baseUrl}speakers.html?visit=${visit}`);
    const page = ext.handleOf(hostile);
    if (build === WITHOUT) await new Promise((done) => setTimeout(done, opened + windowMs - Date.now()));
    // tabId waits 10 s; a busy machine can take longer to read the page.
    else
      await eventually(
        () => ext.tabId(page).catch(() => null),
        (id) => id !== null,
        120_000,
      );
    const reportAt = Date.now();
    // The report is sent once the highlights are painted; wait for them to stay quiet all the same.
    await page.waitForFunction(
      (quietMs) => {
        const { changes } = (window as unknown as { benchRecord: PageRecord }).benchRecord;
        return performance.now() - (changes.at(-1)?.[0] ?? 0) > quietMs;
      },
      QUIET_MS,
      60_000,
    );
    await stopPinging(echo);
    const beside = await pinging;
    const { record, origin, loadEventEnd } = await page.evaluate(() => ({
      record: (window as unknown as { benchRecord: PageRecord }).benchRecord,
      origin: performance.timeOrigin,
      loadEventEnd: performance.getEntriesByType("navigation")[0]!.toJSON().loadEventEnd as number,
    }));
    // As ms since the epoch, the clock the echo's answers are timed on.
    const loadEnd = origin + loadEventEnd;
    const afterLoad = (pageTime: number | undefined) =>
      pageTime === undefined ? null : origin + pageTime - loadEnd;
    const events = {
      firstHighlights: afterLoad(record.changes[0]?.[0]),
      lastChange: afterLoad(record.changes.at(-1)?.[0]),
      report: reportAt - loadEnd,
    };
    return {
      build,
      alone: summary(alone.trips),
      beside: summary(beside.trips),
      slowByPhase: slowByPhase(beside, loadEnd, events),
      slowest: beside.trips
        .map((ms, i): [number, number] => [beside.startedAt[i]! - loadEnd, ms])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5),
      events,
      ranges: record.changes.at(-1)?.[1] ?? 0,
    };
  } finally {
    await ext.close();
  }
}

/** How many answers slower than SLOW_MS were asked in each of PHASES. */
function slowByPhase(pings: Pings, loadEnd: number, events: Load["events"]): number[] {
  const ends = [0, events.firstHighlights ?? events.report, events.lastChange ?? events.report];
  const counts = PHASES.map(() => 0);
  pings.trips.forEach((ms, i) => {
    if (ms <= SLOW_MS) return;
    const asked = pings.startedAt[i]! - loadEnd;
    const phase = ends.findIndex((end) => asked < end);
    counts[phase < 0 ? PHASES.length - 1 : phase]!++;
  });
  return counts;
}

const loads: Load[] = [];
try {
  for (let run = 0; run < runs; run++) {
    for (const build of builds) loads.push(await measureLoad(build, loads.length, 0));
    // As long as the last load took from the page's opening to its report, and its quiet time.
    const windowMs = loads.at(-1)!.events.report + QUIET_MS + 1000;
    loads.push(await measureLoad(WITHOUT, loads.length, windowMs));
  }
} finally {
  await new Promise((done) => server.close(done));
}

const ms = (x: number | null) => (x === null ? "never" : x.toFixed(0));
/** Median / p95 / slowest of some answers, in ms, and how many. */
const answers = (a: Answers) => `${ms(a.median)} / ${ms(a.p95)} / ${ms(a.slowest)} (${a.count})`;

for (const build of [...builds, WITHOUT]) {
  console.log(`\n${build}: the echo's answers, median / p95 / slowest ms (count)\n`);
  console.log(
    "| Load | Alone | Beside the page | Slow answers (> 50 ms) by phase: " +
      `${PHASES.join(", ")} | First highlights, last change, report stored (ms after load) | ` +
      "Slowest five beside (ms after load: ms) |\n|---|---|---|---|---|---|",
  );
  loads
    .filter((load) => load.build === build)
    .forEach((load, i) => {
      const { events } = load;
      const slowest = load.slowest.map(([at, trip]) => `${ms(at)}: ${ms(trip)}`).join(", ");
      console.log(
        `| ${i + 1} | ${answers(load.alone)} | ${answers(load.beside)} ` +
          `| ${load.slowByPhase.join(", ")} | ${ms(events.firstHighlights)}, ` +
          `${ms(events.lastChange)}, ${ms(events.report)} (${load.ranges} ranges) | ${slowest} |`,
      );
    });
}
printResult({ loads });
