// The end-to-end scenarios every browser must pass, written once against the driver interface
// (driver.ts): tests/e2e/shared.test.ts runs them in Chromium, tests/e2e-firefox/ in Firefox.
// Browser-only checks (Chrome's service worker, Firefox's withheld host permissions) stay in
// their own files.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { quoted, quotesOfAll, voicesOf } from "../../src/ui/report.ts";
import { sourcingOf, summarySentence } from "../../src/ui/summary.ts";
import { catalogueWording } from "../../src/ui/messageFormat.ts";
import englishMessages from "../../_locales/en/messages.json";
import { colourSchemes, highlightName, schemeColour } from "../../src/palette.ts";
import { testHighlightPrefix, type ExtensionDriver, type PageHandle } from "./driver.ts";
import { highlightsIn, rgb, waitForHighlights, waitForSomeHighlights } from "./highlights.ts";

const sorted = (texts: string[]) => [...texts].sort();

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
    await waitForSomeHighlights(page);
    return { page, tabId: await ext.tabId(page) };
  }

  test(
    "an article's quotes are highlighted, one colour " + "per speaker, and the page's DOM is left alone",
    async () => {
      const okafor = [
        "“We cannot keep a bridge open when we are not certain it is safe,”",
        "“Six weeks is the shortest time in which the cables can be replaced properly,”",
      ];
      const reyes = "“Half of my customers walk over that bridge,”";
      const page = await ext.open("article-en.html", { beforeLoad: countMutationsAfterParsing });
      const all = sorted([...okafor, reyes]);
      const highlights = await waitForHighlights(
        page,
        (h) => JSON.stringify(sorted(Object.values(h).flat())) === JSON.stringify(all),
      );
      // Okafor speaks twice, so she gets the first colour; Reyes the second.
      assert.deepEqual(sorted(highlights[highlightName(testHighlightPrefix, 0)] ?? []), sorted(okafor));
      assert.deepEqual(highlights[highlightName(testHighlightPrefix, 1)], [reyes]);
      assert.equal(
        await page.evaluate(() => (window as unknown as { mutationCount: number }).mutationCount),
        0,
      );
      // Painted, not only registered: the extension's stylesheet styles ::highlight(quotelight-0).
      const painted = await page.evaluate(
        (name) =>
          getComputedStyle(document.querySelector("article p")!, `::highlight(${name})`).backgroundColor,
        highlightName(testHighlightPrefix, 0),
      );
      assert.equal(painted, rgb(schemeColour(0)));
      await shot(page, "article");
    },
  );

  /** The popup in a window of its own beside the article, as tall as its content may grow. */
  async function popupFor(tabId: number) {
    const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
    await popup.setViewport(340, 600);
    await popup.waitForFunction(() => document.querySelector(".speaker"));
    return popup;
  }

  /**
   * Screenshots show the popup as tall as the browser would make it (as tall as its content),
   * once a switch that just flipped has finished sliding.
   */
  async function popupShot(popup: PageHandle, name: string) {
    await popup.setViewport(340, Math.min(await popup.evaluate(() => document.body.scrollHeight), 600));
    await popup.waitForFunction(() => document.getAnimations().length === 0);
    return shot(popup, name);
  }

  test(
    "the popup (popup.html?tab=ID) lists the page's " + "voices, most quoted first, with colours and counts",
    async () => {
      const { page, tabId } = await highlightedArticle();
      const popup = await popupFor(tabId);
      const report = (await ext.report(tabId))!;
      const voices = voicesOf(report);
      const expected = [
        ...voices.named.map((v) => ({
          name: v.speaker.name,
          detail: v.speaker.role,
          count: v.quotes.length,
          swatch: rgb(schemeColour(v.slot)),
        })),
        ...(voices.unnamed.length
          ? [
              {
                name: "Unnamed sources",
                detail: `${voices.unnamed.length} source${voices.unnamed.length > 1 ? "s" : ""}`,
                count: quotesOfAll(voices.unnamed).length,
                swatch: voices.unnamed.length > 1 ? "stripes" : rgb(schemeColour(voices.unnamed[0]!.slot)),
              },
            ]
          : []),
        ...(voices.unattributed.length
          ? [
              {
                name: "No known speaker",
                detail: null,
                count: voices.unattributed.length,
                swatch: rgb(schemeColour(null)),
              },
            ]
          : []),
      ];
      const listed = await popup.evaluate(() =>
        [...document.querySelectorAll(".speaker")].map((line) => {
          const swatch = getComputedStyle(line.querySelector(".swatch")!);
          return {
            name: line.querySelector(".speaker-name")?.textContent,
            detail: line.querySelector(".speaker-detail")?.textContent ?? null,
            count: Number(line.querySelector(".speaker-count")?.textContent),
            swatch: swatch.backgroundImage === "none" ? swatch.backgroundColor : "stripes",
          };
        }),
      );
      assert.deepEqual(listed, expected);
      assert.equal(
        expected.reduce((sum, line) => sum + line.count, 0),
        report.quotes.length,
        "every quote is under one line",
      );
      const speakers = report.speakers.length;
      assert.equal(
        await popup.evaluate(() => document.querySelector(".masthead-summary")?.textContent),
        `${report.quotes.length} quotes` +
          (speakers ? ` from ${speakers} speaker${speakers === 1 ? "" : "s"}` : ""),
      );
      await popupShot(popup, "popup");
      await shot(page, "popup-article");
    },
  );

  test(
    "clicking a line in the popup shows its first " + "quote in the page, clicking again the next one",
    async () => {
      const { page, tabId } = await highlightedArticle();
      await page.setViewport(900, 300);
      const popup = await popupFor(tabId);
      // The line with the most quotes: its later quotes are far down the article.
      const voices = voicesOf((await ext.report(tabId))!);
      const lines = [
        ...voices.named.map((v) => v.quotes),
        ...(voices.unnamed.length ? [quotesOfAll(voices.unnamed)] : []),
        voices.unattributed,
      ];
      const busiest = lines.reduce((a, b) => (b.length > a.length ? b : a));
      assert.ok(busiest.length >= 2, "the test article has a voice with two quotes or more");
      const scrolls: number[] = [];
      for (const quote of [...busiest, busiest[0]!]) {
        await popup.click(".speaker", lines.indexOf(busiest));
        // This quote flashed (consecutive quotes differ, so an earlier flash cannot pass), in view.
        await page.waitForFunction((text) => {
          const ranges = [...(CSS.highlights.get("quotelight-flash") ?? [])] as Range[];
          const box = ranges[0]?.getBoundingClientRect();
          return ranges.map(String).join("").includes(text) && box!.top >= 0 && box!.bottom <= innerHeight;
        }, quote.text);
        scrolls.push(await page.evaluate(() => scrollY));
      }
      assert.ok(new Set(scrolls).size > 1, `the page scrolled between quotes: ${scrolls}`);
      const status = await popup.evaluate(
        () => [...document.querySelectorAll("[role=status]")].at(-1)?.textContent ?? "",
      );
      assert.match(status, new RegExp(`^Quote 1 of ${busiest.length}: `));
    },
  );

  test("the popup's highlight switch takes the page's highlights away and brings them back", async () => {
    const { page, tabId } = await highlightedArticle();
    const before = sorted(Object.values(await highlightsIn(page)).flat());
    const popup = await popupFor(tabId);
    const pageSwitch = ".switch"; // the first switch: "Highlight quotes on this page"
    assert.equal(
      await popup.evaluate(() => document.querySelector(".switch")?.textContent),
      "Highlight quotes on this page",
    );
    assert.equal(
      await popup.evaluate(() => document.querySelector(".switch")?.getAttribute("aria-checked")),
      "true",
    );
    await popup.click(pageSwitch);
    await waitForHighlights(page, (h) => Object.keys(h).length === 0);
    await popup.waitForFunction(
      () => document.querySelector(".switch")?.getAttribute("aria-checked") === "false",
    );
    assert.ok(
      await popup.evaluate(() =>
        [...document.querySelectorAll(".note")].some(
          (n) => n.textContent === "Highlights are hidden on this page.",
        ),
      ),
    );
    await popupShot(popup, "popup-highlights-hidden");
    await popup.press(pageSwitch, "Space");
    await waitForHighlights(
      page,
      (h) => JSON.stringify(sorted(Object.values(h).flat())) === JSON.stringify(before),
    );
    await popup.waitForFunction(
      () => document.querySelector(".switch")?.getAttribute("aria-checked") === "true",
    );
  });

  test(
    "the side panel page (sidepanel.html?tab=ID) lists " + "every voice with all their quotes in page order",
    async () => {
      const { tabId } = await highlightedArticle();
      const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
      await panel.setViewport(380, 900);
      await panel.waitForFunction(() => document.querySelector(".voice"));
      const report = (await ext.report(tabId))!;
      const voices = voicesOf(report);
      const expected = [
        ...[...voices.named, ...voices.unnamed].map((v) => ({
          name: v.speaker.name,
          quotes: v.quotes.map((q) => quoted(q.text, report.lang)),
        })),
        ...(voices.unattributed.length
          ? [
              {
                name: "No known speaker",
                quotes: voices.unattributed.map((q) => quoted(q.text, report.lang)),
              },
            ]
          : []),
      ];
      const listed = await panel.evaluate(() =>
        [...document.querySelectorAll(".voice")].map((section) => ({
          name: section.querySelector(".voice-name")?.textContent,
          quotes: [...section.querySelectorAll(".quote-text")].map((q) => q.textContent),
        })),
      );
      assert.deepEqual(listed, expected);
      assert.equal(listed.flatMap((v) => v.quotes).length, report.quotes.length);
      // Above the list, the summary of the sources: the sentence and the kinds of voice the engine gave.
      const sourcing = sourcingOf(voices);
      const summary = await panel.evaluate(() => ({
        sentence: document.querySelector(".summary-sentence")?.textContent,
        kinds: [...document.querySelectorAll(".kinds dd")].map((dd) => dd.textContent),
        balance: [...document.querySelectorAll(".balance dd")].map((dd) => dd.textContent),
      }));
      assert.deepEqual(summary, {
        sentence: summarySentence(sourcing, catalogueWording(englishMessages, "en")),
        kinds: sourcing.voices.map((group) =>
          new Intl.ListFormat("en", { type: "conjunction" }).format(
            group.speakers.map((e) => e.speaker.name),
          ),
        ),
        balance: [sourcing.first, sourcing.last],
      });
      // Each value stands beside its label, and the values of a list start at one edge, however
      // long a label: a value on a line of its own would read as another label.
      const layout = await panel.evaluate(() =>
        [".naming", ".kinds", ".balance"].map((list) =>
          [...document.querySelectorAll(`${list} > div`)].map((row) => {
            const [label, value] = ["dt", "dd"].map((tag) => row.querySelector(tag)!.getBoundingClientRect());
            return { beside: Math.abs(label!.top - value!.top) < 1, left: Math.round(value!.left) };
          }),
        ),
      );
      for (const rows of layout) {
        assert.ok(rows.length > 0 && rows.every((row) => row.beside), JSON.stringify(layout));
        assert.equal(new Set(rows.map((row) => row.left)).size, 1, JSON.stringify(layout));
      }
      await shot(panel, "sidepanel");
    },
  );

  test(
    "on a dark page the highlights keep dark text on " + "their light colour; popup and side panel turn dark",
    async () => {
      const page = await ext.open("article-en.html");
      await waitForSomeHighlights(page);
      const tabId = await ext.tabId(page);
      const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
      const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
      const tabs = [page, popup, panel];
      try {
        for (const tab of tabs) await tab.setColorScheme("dark");
        const colours = await page.evaluate(
          (name) => {
            const p = document.querySelector("article p")!;
            return {
              page: getComputedStyle(document.body).backgroundColor,
              highlight: getComputedStyle(p, `::highlight(${name})`).color,
            };
          },
          highlightName(testHighlightPrefix, 1),
        );
        assert.equal(colours.page, "rgb(18, 18, 18)", "the test page has a dark theme");
        assert.equal(colours.highlight, rgb(colourSchemes.default.ink));
        await shot(page, "article-dark");
        const darkBackground = (tab: PageHandle) =>
          tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
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
    },
  );

  browserTests?.(() => ext);

  test("no page and no extension page wrote an error to the console", async () => {
    assert.deepEqual(await ext.consoleErrors(), []);
  });
}
