// Hostile and broken pages in Chromium with the built extension (dist/chrome; `npm test` builds
// it). Each must be left working (its own timer still ticks) and unchanged (no DOM mutation but
// the page's own), with nothing thrown into any console, and be read in bounded time.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { eventually, highlightedTexts, launchExtension, type ExtensionBrowser } from "../e2e/harness.ts";
import { tabIdFor } from "../../build/chromium.mjs";
import type { PageReport } from "../../src/messages.ts";
import { hostilePages, pageHeaders } from "./pages.ts";

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
  await ext.context.route(`${ext.baseUrl}hostile/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice("/hostile/".length);
    const make = hostilePages[name];
    if (!make) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: "text/html; charset=utf-8",
      headers: pageHeaders[name],
      body: make(),
    });
  });
});
after(async () => {
  await ext?.close();
});

/**
 * Counts DOM mutations, from before the page's first script, so a test can tell who made them;
 * and ticks a clock of the test's own every 50 ms (`waitTicks`), which runs even where the page's
 * Content-Security-Policy forbids the page's scripts.
 */
function countMutations() {
  const w = window as unknown as { mutations: number; ticks: number };
  w.mutations = 0;
  w.ticks = 0;
  setInterval(() => w.ticks++, 50);
  new MutationObserver((records) => (w.mutations += records.length)).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
}
const mutations = (page: Page) => page.evaluate(() => (window as unknown as { mutations: number }).mutations);

interface Opened {
  page: Page;
  tabId: number;
  report: PageReport;
}

/** Opens a hostile page and waits, up to `timeoutMs`, until the extension has read it. */
async function openHostile(name: string, timeoutMs = 15_000): Promise<Opened> {
  const page = await ext.context.newPage();
  await page.addInitScript(countMutations);
  await page.goto(`${ext.baseUrl}hostile/${name}`, { timeout: timeoutMs });
  const tabId = await tabIdFor(ext.serviceWorker, page.url(), timeoutMs);
  const report = (await ext.waitForReport(tabId, (r) => r?.status === "highlighted", timeoutMs))!;
  return { page, tabId, report };
}

/** How many times the page's own timer has fired (`beats`), or the test's clock in it (`ticks`). */
const count = (page: Page, what: "beats" | "ticks") =>
  page.evaluate((key) => (window as unknown as Record<string, number>)[key]!, what);

/**
 * Waits until the test's clock in the page has ticked `ticks` more times (every 50 ms on an idle
 * machine). The content script runs on the page's thread too, so on a busy machine, where a fixed
 * number of milliseconds may pass with neither having run, the wait stretches for both alike.
 */
async function waitTicks(page: Page, ticks: number): Promise<void> {
  const start = await count(page, "ticks");
  await eventually(
    () => count(page, "ticks"),
    (now) => now >= start + ticks,
    60_000,
  );
}

/** The page's own timer still runs, and no console anywhere saw an error. */
async function assertUnharmed(page: Page): Promise<void> {
  const before = await count(page, "beats");
  await eventually(
    () => count(page, "beats"),
    (now) => now > before,
    60_000,
  );
  assert.deepEqual(ext.errors, []);
}

/**
 * The page's DOM saw no mutation after the extension read it (the page's own are done by then),
 * for 20 ticks of the test's clock in the page (a second on an idle machine).
 */
async function assertUnchanged(page: Page): Promise<void> {
  const settled = await mutations(page);
  await waitTicks(page, 20);
  assert.equal(await mutations(page), settled, "the DOM changed after the page had settled");
}

test("unbalanced and stray quote marks", async () => {
  const { page, report } = await openHostile("stray-marks.html");
  assert.ok(report.quotes.some((q) => q.text.startsWith("We cannot keep the bridge open")));
  await assertUnchanged(page);
  await assertUnharmed(page);
});

test("a 10 MB page is read up to the character cap, which bounds the work, and stays usable", async () => {
  const { page, report } = await openHostile("ten-megabytes.html", 60_000);
  // 300 quotes spread over 10 MB: those in the first LIMITS.characters (src/limits.ts) are found.
  // The cap, not the clock, is what bounds the work: the report says it cut the page there.
  assert.deepEqual(report.cutShort, ["characters"]);
  assert.ok(report.quotes.length > 0 && report.quotes.length < 300, `${report.quotes.length} quotes`);
  await assertUnchanged(page);
  await assertUnharmed(page);
});

test("100,000 elements", async () => {
  const { page, report } = await openHostile("many-elements.html", 30_000);
  assert.equal(await page.evaluate(() => document.getElementsByTagName("*").length > 100_000), true);
  assert.equal(report.quotes.length, 1000);
  await assertUnchanged(page);
  await assertUnharmed(page);
});

test("2,000-deep nesting (5,000 crashes Chromium's own layout, extension or not)", async () => {
  const { page, report } = await openHostile("deep-nesting.html");
  assert.equal(report.quotes.length, 3);
  await assertUnchanged(page);
  await assertUnharmed(page);
});

test("iframes: the top page is read; the frames are left alone and keep working", async () => {
  const { page, report } = await openHostile("iframes.html");
  assert.equal(report.quotes.length, 2);
  for (const frame of page.frames().slice(1)) {
    await frame.waitForLoadState();
    assert.equal(await frame.evaluate(() => CSS.highlights.size), 0);
  }
  await assertUnchanged(page);
  await assertUnharmed(page);
});

test("shadow DOM: open and closed shadow roots do not break the reading", async () => {
  const { page, report } = await openHostile("shadow-dom.html");
  assert.ok(report.quotes.length >= 2);
  await assertUnchanged(page);
  await assertUnharmed(page);
});

test("editable areas and form fields are never highlighted, even while the reader types", async () => {
  const { page, report } = await openHostile("editable.html");
  assert.ok(report.quotes.length >= 2);
  await page.click("#editor p");
  await page.keyboard.type(" “More typing,” said Anna Bell again.");
  await page.fill("#draft", "“Edited draft,” said Anna Bell.");
  await waitTicks(page, 30); // time for a rescan of what was typed (1.5 s on an idle machine)
  const highlighted = (await highlightedTexts(page)).join("\n");
  assert.doesNotMatch(highlighted, /Anna Bell|typing|draft|form field|label/);
  assert.match(highlighted, /We cannot keep the bridge open/);
  assert.deepEqual(ext.errors, []);
  await assertUnharmed(page);
});

test("SVG and MathML text is never highlighted", async () => {
  const { page } = await openHostile("svg-mathml.html");
  const highlighted = (await highlightedTexts(page)).join("\n");
  assert.doesNotMatch(highlighted, /chart label|Foreign content|formula/);
  assert.match(highlighted, /We cannot keep the bridge open/);
  await assertUnchanged(page);
  await assertUnharmed(page);
});

test("a page that replaces its content every second: highlights follow, nothing piles up", async () => {
  const { page, tabId } = await openHostile("replaced-every-second.html");
  // The rescans keep up: the report soon holds a later round's quotes, from both speakers.
  await ext.waitForReport(
    tabId,
    (r) => (r?.quotes ?? []).some((q) => /Update number [3-9]/.test(q.text)),
    10_000,
  );
  const highlights = await page.evaluate(() => {
    const ranges: Array<{ connected: boolean }> = [];
    CSS.highlights.forEach(
      (h, name) =>
        name.startsWith("quotelight-") &&
        h.forEach((r) => ranges.push({ connected: r.startContainer.isConnected })),
    );
    return ranges;
  });
  // Old ranges are dropped when the content goes: at most a round behind, never a pile.
  assert.ok(highlights.length <= 4, `${highlights.length} ranges held`);
  await assertUnharmed(page);
});

test(
  "a page that uses and booby-traps CSS.highlights keeps " +
    "its own highlight and never sees ours touch its traps",
  async () => {
    const { page, report } = await openHostile("hostile-highlights.html");
    assert.equal(report.quotes.length, 3);
    const state = await page.evaluate(() => {
      const w = window as unknown as { namesInRegistry(): string[]; trapped: number };
      return { names: w.namesInRegistry().sort(), trapped: w.trapped };
    });
    assert.ok(state.names.includes("page-mark:1"), JSON.stringify(state.names));
    assert.ok(
      state.names.some((n) => n.startsWith("quotelight-")),
      "our highlights are painted all the same",
    );
    assert.equal(state.trapped, 0);
    await assertUnchanged(page);
    await assertUnharmed(page);
  },
);

test(
  "a page whose Content-Security-Policy allows no " + "script still gets its quotes read and highlighted",
  async () => {
    const { page, report } = await openHostile("strict-csp.html");
    assert.equal(report.quotes.length, 3);
    assert.equal((await highlightedTexts(page)).length, 3);
    await assertUnchanged(page);
    assert.deepEqual(ext.errors, []);
  },
);

test("right-to-left text: highlights cover exactly the quotes", async () => {
  const { page, report } = await openHostile("rtl.html");
  assert.ok(report.quotes.length >= 3);
  const highlighted = await highlightedTexts(page);
  for (const text of highlighted) assert.match(text, /^[„«“].*[”»]/su, text);
  await assertUnchanged(page);
  await assertUnharmed(page);
});
