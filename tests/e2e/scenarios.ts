// The end-to-end scenarios every browser must pass, written once against the driver interface
// (driver.ts): tests/e2e/shared.test.ts runs them in Chromium, tests/e2e-firefox/ in Firefox.
// Browser-only checks (Chrome's service worker, Firefox's withheld host permissions) stay in
// their own files.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { voicesOf } from "../../src/ui/report.ts";
import { colourSchemes, highlightName, schemeColour } from "../../src/palette.ts";
import type { ExtensionDriver, PageHandle } from "./driver.ts";
import { eventually } from "./eventually.ts";

/** What the page's highlight registry holds: highlight name → the text of each range. */
export function highlightsIn(page: PageHandle): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const found: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      found[name] = [...highlight].map((range) => range.toString());
    });
    return found;
  });
}

/** Waits until `check` holds for the page's highlights (they settle after a debounce). */
export const waitForHighlights = (
  page: PageHandle,
  check: (highlights: Record<string, string[]>) => boolean,
  timeoutMs = 5000,
): Promise<Record<string, string[]>> => eventually(() => highlightsIn(page), check, timeoutMs);

const sorted = (texts: string[]) => [...texts].sort();
const someHighlights = (h: Record<string, string[]>) => Object.keys(h).length > 0;

/**
 * Counts DOM mutations from the end of parsing on: the content script runs after that
 * (document_idle), so any count above zero is the extension changing the page.
 */
function countMutationsAfterParsing() {
  const w = window as unknown as { mutationCount: number };
  w.mutationCount = 0;
  document.addEventListener("DOMContentLoaded", () =>
    new MutationObserver((records) => (w.mutationCount += records.length)).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      characterData: true,
    }),
  );
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

/**
 * Registers the shared scenarios on a browser launched once for the file. `browserTests` adds
 * that browser's own tests on the same launch, before the last check that no console had errors.
 */
export function sharedScenarios(
  launch: () => Promise<ExtensionDriver>,
  browserTests?: (ext: () => ExtensionDriver) => void,
): void {
  let ext: ExtensionDriver;
  before(async () => {
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
  });
  const shot = (page: PageHandle, name: string) => page.screenshot(`${ext.browserName}-${name}`);

  /** The test article with its highlights painted, and its tab id. */
  async function highlightedArticle() {
    const page = await ext.open("ui-article.html");
    await waitForHighlights(page, someHighlights);
    return { page, tabId: await ext.tabId(page) };
  }

  test("an article's quotes are highlighted, one colour per speaker, and the page's DOM is left alone", async () => {
    const okafor = [
      "“We cannot keep a bridge open when we are not certain it is safe,”",
      "“Six weeks is the shortest time in which the cables can be replaced properly,”",
    ];
    const reyes = "“Half of my customers walk over that bridge,”";
    const page = await ext.open("article-en.html", { beforeLoad: countMutationsAfterParsing });
    const all = sorted([...okafor, reyes]);
    const highlights = await waitForHighlights(page, (h) => JSON.stringify(sorted(Object.values(h).flat())) === JSON.stringify(all));
    // Okafor speaks twice, so she gets the first colour; Reyes the second.
    assert.deepEqual(sorted(highlights[highlightName(0)] ?? []), sorted(okafor));
    assert.deepEqual(highlights[highlightName(1)], [reyes]);
    assert.equal(await page.evaluate(() => (window as unknown as { mutationCount: number }).mutationCount), 0);
    // Painted, not only registered: the extension's stylesheet styles ::highlight(quotelight-0).
    const painted = await page.evaluate(
      (name) => getComputedStyle(document.querySelector("article p")!, `::highlight(${name})`).backgroundColor,
      highlightName(0),
    );
    assert.equal(painted, rgb(schemeColour(0)));
    await shot(page, "article");
  });

  test("the popup (popup.html?tab=ID) lists the page's speakers, most quoted first, with their counts", async () => {
    const { page, tabId } = await highlightedArticle();
    const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
    await popup.setViewport(340, 600);
    await popup.waitForFunction(() => document.querySelector(".speaker"));
    const report = (await ext.report(tabId))!;
    const voices = voicesOf(report);
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll(".speaker")].map((line) => ({
        name: line.querySelector(".speaker-name")?.textContent,
        count: Number(line.querySelector(".speaker-count")?.textContent),
      })),
    );
    const named = voices.named.map((v) => ({ name: v.speaker.name, count: v.quotes.length }));
    assert.ok(named.length >= 2, "the test article quotes several people");
    assert.deepEqual(listed.slice(0, named.length), named);
    assert.equal(
      listed.reduce((sum, line) => sum + line.count, 0),
      report.quotes.length,
      "every quote is under one line",
    );
    await shot(popup, "popup");
    await shot(page, "popup-article");
  });

  test("clicking a speaker in the popup scrolls the page to their quote and flashes it", async () => {
    const { page, tabId } = await highlightedArticle();
    await page.setViewport(900, 300);
    const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelector(".speaker"));
    const report = (await ext.report(tabId))!;
    const last = voicesOf(report).named.at(-1)!;
    await popup.click(".speaker", voicesOf(report).named.length - 1);
    await page.waitForFunction(() => {
      const [range] = CSS.highlights.get("quotelight-flash") ?? [];
      const box = (range as Range | undefined)?.getBoundingClientRect();
      return scrollY > 0 && box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
    });
    const flashed = (await highlightsIn(page))["quotelight-flash"]?.join("") ?? "";
    assert.ok(flashed.includes(last.quotes[0]!.text), `expected “${last.quotes[0]!.text}” flashed, got “${flashed}”`);
  });

  test("the popup's highlight switch takes the page's highlights away and brings them back", async () => {
    const { page, tabId } = await highlightedArticle();
    const before = sorted(Object.values(await highlightsIn(page)).flat());
    const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelector(".switch[aria-checked=true]"));
    await popup.click(".switch");
    await waitForHighlights(page, (h) => !someHighlights(h));
    await popup.waitForFunction(() => document.querySelector(".switch[aria-checked=false]"));
    await popup.click(".switch");
    await waitForHighlights(page, (h) => JSON.stringify(sorted(Object.values(h).flat())) === JSON.stringify(before));
  });

  test("the side panel page lists every voice with all their quotes in page order", async () => {
    const { tabId } = await highlightedArticle();
    const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
    await panel.setViewport(380, 900);
    await panel.waitForFunction(() => document.querySelector(".voice"));
    const voices = voicesOf((await ext.report(tabId))!);
    const listed = await panel.evaluate(() =>
      [...document.querySelectorAll(".voice")].map((section) => ({
        name: section.querySelector(".voice-name")?.textContent,
        quotes: [...section.querySelectorAll(".quote-text")].map((q) => q.textContent ?? ""),
      })),
    );
    const speakers = [...voices.named, ...voices.unnamed];
    assert.deepEqual(
      listed.slice(0, speakers.length).map((v) => v.name),
      speakers.map((v) => v.speaker.name),
    );
    speakers.forEach((voice, i) => {
      const shown = listed[i]!.quotes;
      assert.equal(shown.length, voice.quotes.length, `${voice.speaker.name}: every quote listed`);
      voice.quotes.forEach((quote, j) => assert.ok(shown[j]!.includes(quote.text), `“${quote.text}” in place ${j}`));
    });
    await shot(panel, "sidepanel");
  });

  test("on a dark page the highlights keep dark text on their light colour; popup and side panel turn dark", async () => {
    const page = await ext.open("article-en.html");
    await waitForHighlights(page, someHighlights);
    const tabId = await ext.tabId(page);
    const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
    const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
    const tabs = [page, popup, panel];
    try {
      for (const tab of tabs) await tab.setColorScheme("dark");
      const colours = await page.evaluate(
        (name) => {
          const p = document.querySelector("article p")!;
          return { page: getComputedStyle(document.body).backgroundColor, highlight: getComputedStyle(p, `::highlight(${name})`).color };
        },
        highlightName(1),
      );
      assert.equal(colours.page, "rgb(18, 18, 18)", "the test page has a dark theme");
      assert.equal(colours.highlight, rgb(colourSchemes.default.ink));
      await shot(page, "article-dark");
      const darkBackground = (tab: PageHandle) => tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await popup.setViewport(340, 460);
      await popup.waitForFunction(() => document.querySelector(".speaker"));
      assert.equal(await darkBackground(popup), "rgb(30, 30, 33)");
      await shot(popup, "popup-dark");
      await panel.setViewport(380, 900);
      await panel.waitForFunction(() => document.querySelector(".voice"));
      assert.equal(await darkBackground(panel), "rgb(30, 30, 33)");
      await shot(panel, "sidepanel-dark");
    } finally {
      for (const tab of tabs) await tab.setColorScheme("light");
    }
  });

  browserTests?.(() => ext);

  test("no page and no extension page wrote an error to the console", async () => {
    assert.deepEqual(await ext.consoleErrors(), []);
  });
}
