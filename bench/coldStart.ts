// Child process: the 1 MB article of issue 12 (the French seed article repeated 300 times) loaded
// from a cold start, RUNS times: each load in a browser just started with the extension, so the
// background, the offscreen document, the engine's Worker and its compile are all paid by that
// load, as they are on a reader's first page. Prints each load's first highlights in view, settle,
// ranges painted, longest task and longest animation frame after `load` and the tasks and frames
// over 50 ms (bench/pageTiming.ts), then their medians.
//   node coldStart.mjs RUNS SEED_PAGE [EXTENSION_DIR] [--profile FILE]
// With --profile, the last load's main thread is profiled (CDP Profiler; content scripts included)
// and the profile written to FILE, for Chrome DevTools' Performance panel.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launchWithExtension, serveDirectory } from "../build/chromium.mjs";
import { measure, recordInPage, type PageTiming } from "./pageTiming.ts";
import { repeatedArticle } from "./repeatedArticle.ts";
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const profileIndex = args.indexOf("--profile");
const profileFile = profileIndex >= 0 ? args[profileIndex + 1] : undefined;
const [runsArg, seedPage, extensionDir = "dist/chrome"] = args.filter(
  (a, i) => !a.startsWith("--") && args[i - 1] !== "--profile",
);
if (!seedPage) throw new Error("usage: node coldStart.mjs RUNS SEED_PAGE [EXTENSION_DIR] [--profile FILE]");
const runs = Number(runsArg);

/**
 * Quiet time that ends a load: longer than browser.mjs's, since on a busy machine a cold engine's
 * attribution can leave the grey highlights unchanged for seconds before the colours come.
 */
const QUIET_MS = 4000;

const pagesDir = resolve(".cache/bench/cold-pages");
mkdirSync(pagesDir, { recursive: true });
writeFileSync(join(pagesDir, "seed300.html"), repeatedArticle(readFileSync(seedPage, "utf8"), 300));
const { server, baseUrl } = await serveDirectory(pagesDir);

/** One load in a fresh browser; the CPU profile of its main thread when `profile` is given. */
async function coldLoad(run: number, profile?: string): Promise<PageTiming> {
  const profileDir = resolve(`.cache/bench/cold-profile-${run}`);
  rmSync(profileDir, { recursive: true, force: true });
  const { context } = await launchWithExtension(extensionDir, { profileDir });
  try {
    if (!profile)
      return await measure(context, `${baseUrl}seed300.html?run=${run}`, true, undefined, QUIET_MS);
    const page = await context.newPage();
    await page.addInitScript(recordInPage);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    await page.goto(`${baseUrl}seed300.html?run=${run}`, { waitUntil: "load" });
    await page.waitForTimeout(4000);
    const { profile: cpu } = await cdp.send("Profiler.stop");
    writeFileSync(profile, JSON.stringify(cpu));
    await page.close();
    return await measure(context, `${baseUrl}seed300.html?again=${run}`, true, undefined, QUIET_MS);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

const timings: PageTiming[] = [];
for (let run = 0; run < runs; run++) {
  const timing = await coldLoad(run, run === runs - 1 ? profileFile : undefined);
  timings.push(timing);
  console.log(JSON.stringify(timing));
}
server.close();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const column = (pick: (t: PageTiming) => number | null) => {
  const xs = timings.map((t) => pick(t) ?? Number.NaN);
  return `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
};
console.log(
  `first in view ${column((t) => t.firstInViewMs)} ms, settled ${column((t) => t.settleMs)} ms,` +
    ` ranges ${column((t) => t.highlighted)},` +
    ` longest task after load ${column((t) => t.longestAfterLoadMs)} ms,` +
    ` tasks over 50 ms ${column((t) => t.tasksOver50)},` +
    ` longest frame after load ${column((t) => t.longestFrameAfterLoadMs)} ms,` +
    ` frames over 50 ms ${column((t) => t.framesOver50)}`,
);
