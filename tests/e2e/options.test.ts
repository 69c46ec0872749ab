// The options page (issue 4): each setting changed through the page's own controls reaches
// storage.sync and an article already open in another tab at once. Axe-core and screenshots in
// light and dark. Needs a build (`npm run build`; `npm test` does it).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { colourSchemes } from "../../src/palette.ts";
import { violations } from "./axe.ts";
import {
  cardDialog,
  eventually,
  highlightedTexts,
  highlightsIn,
  launchExtension,
  rgb,
  screenshot,
  waitForHighlights,
  waitForSomeHighlights,
  type ExtensionBrowser,
} from "./harness.ts";

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

declare const chrome: { storage: { sync: { get(key: null): Promise<Record<string, unknown>> } } };

const syncStorage = () => ext.serviceWorker.evaluate(() => chrome.storage.sync.get(null));

/** The article with a partial quote and an unattributed one, highlighted, and the options page. */
async function articleAndOptions() {
  const page = await ext.open("reader-article.html");
  await waitForSomeHighlights(page);
  const tabId = await ext.tabId(page);
  const report = (await ext.waitForReport(tabId, (r) => r?.status === "highlighted"))!;
  const options = await ext.openExtensionWindow("options.html");
  await options.getByRole("group", { name: "When to look for quotes" }).waitFor();
  return { page, tabId, report, options };
}

/** The page text of the quote the engine marked with `pick`, as its highlight shows it. */
async function textOf(page: Page, quoteText: string): Promise<string> {
  const texts = await highlightedTexts(page);
  const found = texts.find((text) => text.includes(quoteText));
  assert.ok(found, `${quoteText} is highlighted`);
  return found;
}

test(
  "the colour scheme chosen in the options page repaints " + "an open article with that scheme's highlights",
  async () => {
    const { page, options } = await articleAndOptions();
    const before = (await highlightedTexts(page)).sort();
    await options.getByRole("radio", { name: /^High contrast/ }).check();
    const contrast = await waitForHighlights(page, (h) =>
      Object.keys(h).every((name) => name.startsWith("quotelight-hc-")),
    );
    assert.deepEqual(Object.values(contrast).flat().sort(), before, "the same quotes, other colours");
    const painted = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector("article p")!, "::highlight(quotelight-hc-0)")
          .backgroundColor,
    );
    assert.equal(painted, rgb(colourSchemes["high-contrast"].speakers[0]!));
    await screenshot(page, "options-high-contrast-article");
    await options.getByRole("radio", { name: /^Colour-blind safe/ }).check();
    await waitForHighlights(page, (h) => Object.keys(h).every((name) => name.startsWith("quotelight-cb-")));
    assert.equal((await syncStorage()).colourScheme, "colour-blind");
    await screenshot(page, "options-colour-blind-article");
    await options.getByRole("radio", { name: "Default" }).check();
    await waitForHighlights(page, (h) => "quotelight-0" in h);
  },
);

test("partial and unattributed quotes are highlighted or not as the options page says", async () => {
  const { page, report, options } = await articleAndOptions();
  const partial = report.quotes.find((q) => q.partial);
  const unattributed = report.quotes.find((q) => q.speaker === null && !q.partial);
  assert.ok(partial && unattributed, "the test article has a partial quote and one nobody is credited with");
  const partialText = await textOf(page, partial.text);
  const unattributedText = await textOf(page, unattributed.text);
  const all = await highlightedTexts(page);

  await options.getByRole("checkbox", { name: /^Partial quotes/ }).uncheck();
  await waitForHighlights(page, (h) => !Object.values(h).flat().includes(partialText));
  assert.equal((await highlightedTexts(page)).length, all.length - 1, "only the partial quote went");
  await options.getByRole("checkbox", { name: "Quotes with no known speaker" }).uncheck();
  await waitForHighlights(page, (h) => !("quotelight-unattributed" in h));
  assert.ok(!(await highlightedTexts(page)).includes(unattributedText));
  assert.deepEqual(
    [(await syncStorage()).highlightPartial, (await syncStorage()).showUnattributed],
    [false, false],
  );

  await options.getByRole("checkbox", { name: /^Partial quotes/ }).check();
  await options.getByRole("checkbox", { name: "Quotes with no known speaker" }).check();
  await waitForHighlights(page, (h) => Object.values(h).flat().length === all.length);
});

test(
  "“Only when I ask” clears an open article until " + "the reader asks; back to automatic reads it again",
  async () => {
    const { page, tabId, options } = await articleAndOptions();
    await options.getByRole("radio", { name: /^Only when I ask/ }).check();
    await ext.waitForReport(tabId, (r) => r?.status === "waiting");
    assert.deepEqual(await highlightsIn(page), {});
    // A newly opened article is not read either.
    const other = await ext.open("ui-article.html");
    assert.equal((await ext.report(await ext.tabId(other)))?.status, "waiting");
    // The reader asks (the popup's "Find quotes on this page").
    await ext.sendToTab(tabId, { type: "scan-now" });
    await waitForSomeHighlights(page);
    await options.getByRole("radio", { name: /^By itself/ }).check();
    await waitForSomeHighlights(other);
  },
);

test(
  "sites where Quotelight never runs: added in the options " +
    "page, the open tab switches off; removed, it reads again",
  async () => {
    const { page, tabId, options } = await articleAndOptions();
    const sites = options.getByRole("region", { name: "Sites where Quotelight never runs" });
    const input = sites.getByRole("textbox", { name: "Site to add" });
    await input.fill("not a site");
    await sites.getByRole("button", { name: "Add" }).click();
    await sites.getByRole("alert").getByText("“not a site” is not a site’s address.").waitFor();

    await input.fill(page.url()); // A whole address is taken for its site.
    await sites.getByRole("button", { name: "Add" }).click();
    await sites.getByRole("listitem").getByText("127.0.0.1", { exact: true }).waitFor();
    assert.deepEqual((await syncStorage()).disabledSites, ["127.0.0.1"]);
    await ext.waitForReport(tabId, (r) => r?.status === "site-disabled");
    assert.deepEqual(await highlightsIn(page), {});

    // The popup's per-site switch writes the same list; the options page shows its changes live.
    await ext.setSyncStorage({ disabledSites: ["127.0.0.1", "news.example"] });
    await sites.getByRole("listitem").getByText("news.example", { exact: true }).waitFor();

    await sites.getByRole("button", { name: "Remove 127.0.0.1" }).click();
    await waitForSomeHighlights(page);
    assert.deepEqual((await syncStorage()).disabledSites, ["news.example"]);
    await ext.setSyncStorage({ disabledSites: [] });
  },
);

test("the options page lists the keyboard shortcuts with their keys", async () => {
  const { options } = await articleAndOptions();
  const shortcuts = options.getByRole("region", { name: "Keyboard shortcuts" });
  await shortcuts.getByText("Go to the next quote").waitFor();
  const listed = await shortcuts
    .locator(".shortcut")
    .evaluateAll((rows) =>
      rows.map((row) => [row.querySelector("dt")!.textContent, row.querySelector("dd")!.textContent]),
    );
  assert.deepEqual(
    new Map(listed as [string, string][]),
    new Map([
      ["Turn highlights on or off on this page", "Alt+Shift+H"],
      ["Go to the next quote", "Alt+Shift+Period"],
      ["Go to the previous quote", "Alt+Shift+Comma"],
      ["Open the side panel", "Alt+Shift+Q"],
    ]),
  );
  // Chrome has no API to rebind them: the button opens its shortcut settings.
  const opened = ext.context.waitForEvent("page");
  await shortcuts.getByRole("button", { name: "Change shortcuts" }).click();
  const settings = await opened;
  await settings.waitForURL("chrome://extensions/shortcuts");
  await settings.close();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the options page passes axe-core in ${colorScheme} mode`, async () => {
    const { options } = await articleAndOptions();
    await options.setViewportSize({ width: 760, height: 1000 });
    await options.emulateMedia({ colorScheme });
    await ext.setSyncStorage({ disabledSites: ["news.example"] });
    await options.getByText("news.example").waitFor();
    assert.deepEqual(await violations(options), [], colorScheme);
    await screenshot(options, `options-${colorScheme}`);
    await ext.setSyncStorage({ disabledSites: [] });
  });
}

test("the card in the page passes axe-core", async () => {
  const page = await ext.open("reader-article.html");
  await waitForSomeHighlights(page);
  await ext.sendToTab(await ext.tabId(page), { type: "step-quote", direction: 1 });
  // The card's closed shadow root, opened to the test so that axe-core can look inside.
  await eventually(
    () => cardDialog(page),
    (card) => card?.hidden === false,
  );
  assert.deepEqual(await violations(page, "quotelight-card"), []);
});

test("no page and no extension page wrote to the console", () => {
  assert.deepEqual(ext.errors, []);
});
