// The toolbar popup in Chromium, opened as a page (`popup.html?tab=ID`) next to a test article.
// (The speaker list, the click-to-scroll cycle and the highlight switch are checked in both
// browsers by scenarios.ts.)
// Needs a build (`npm run build`; `npm test` does it).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { schemeColour } from "../../src/palette.ts";
import { voicesOf } from "../../src/ui/report.ts";
import {
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

/** The article and its popup, once the article's highlights are painted. */
async function articleWithPopup() {
  const page = await ext.open("ui-article.html");
  await waitForSomeHighlights(page);
  const tabId = await ext.tabId(page);
  const popup = await openPopup(tabId);
  return { page, tabId, popup };
}

/** The popup in a window of its own, as it floats over the page: the article stays visible. */
async function openPopup(tabId: number, colorScheme: "light" | "dark" = "light") {
  const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
  await popup.emulateMedia({ colorScheme });
  await popup.setViewportSize({ width: 340, height: 600 });
  return popup;
}

/** Screenshots show the popup as tall as the browser would make it: as tall as its content. */
async function popupScreenshot(popup: Page, name: string) {
  const height = await popup.evaluate(() => document.body.scrollHeight);
  await popup.setViewportSize({ width: 340, height: Math.min(height, 600) });
  return screenshot(popup, name);
}

test("swatches follow the colour scheme chosen in the options, while the popup is open", async () => {
  const { tabId, popup } = await articleWithPopup();
  await popup.waitForSelector(".speaker");
  const [first] = voicesOf((await ext.report(tabId))!).named;
  assert.ok(first, "the test article has a named speaker");
  const swatch = () =>
    popup
      .locator(".speaker .swatch")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await swatch(), rgb(schemeColour(first.slot, "default")));
  await ext.setSyncStorage({ colourScheme: "high-contrast" });
  await popup.waitForFunction(
    (colour) => getComputedStyle(document.querySelector(".speaker .swatch")!).backgroundColor === colour,
    rgb(schemeColour(first.slot, "high-contrast")),
  );
  await ext.setSyncStorage({ colourScheme: "default" });
  await popup.waitForFunction(
    (colour) => getComputedStyle(document.querySelector(".speaker .swatch")!).backgroundColor === colour,
    rgb(schemeColour(first.slot, "default")),
  );
});

test("the site switch turns Quotelight off on this site, and on again", async () => {
  const { page, popup } = await articleWithPopup();
  const site = popup.getByRole("switch", { name: "Run on 127.0.0.1" });
  await site.click();
  await waitForHighlights(page, (h) => Object.keys(h).length === 0);
  await popup.getByText("Quotelight is off on 127.0.0.1").waitFor();
  assert.equal(await site.getAttribute("aria-checked"), "false");
  await popupScreenshot(popup, "popup-site-disabled");
  await site.click();
  await waitForSomeHighlights(page);
  await popup.waitForSelector(".speaker");
});

test("on a page that is not an article, “Find quotes on this page” finds them", async () => {
  const page = await ext.open("not-article.html");
  const tabId = await ext.tabId(page);
  const popup = await openPopup(tabId);
  const find = popup.getByRole("button", { name: "Find quotes on this page" });
  await find.waitFor();
  assert.deepEqual(await highlightsIn(page), {});
  await popupScreenshot(popup, "popup-waiting");
  await popup.emulateMedia({ colorScheme: "dark" });
  await popupScreenshot(popup, "popup-waiting-dark");
  await find.focus();
  await popup.keyboard.press("Enter");
  await waitForSomeHighlights(page);
  await popup.waitForSelector(".speaker");
  // The button is gone with the search: focus moved on to the first speaker, not lost.
  await popup.waitForFunction(() => document.activeElement === document.querySelector(".speaker"));
  assert.match((await popup.textContent(".masthead-summary")) ?? "", /^1 quote\b/);
});

const NOT_AN_ARTICLE = "This page didn’t look like an article: these quotes come from all of its text.";

test(
  "on a page with no article in it, the quotes of all " +
    "its text are found, and the popup and side panel say so",
  async () => {
    const page = await ext.open("quote-list.html");
    const tabId = await ext.tabId(page);
    const popup = await openPopup(tabId);
    await popup.getByRole("button", { name: "Find quotes on this page" }).click();
    await waitForSomeHighlights(page);
    await popup.waitForSelector(".speaker");
    await popup.getByText(NOT_AN_ARTICLE).waitFor();
    assert.match((await popup.textContent(".masthead-summary")) ?? "", /^3 quotes\b/);
    await popupScreenshot(popup, "popup-not-article");
    const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 380, height: 500 });
    await panel.getByText(NOT_AN_ARTICLE).waitFor();
    await screenshot(panel, "sidepanel-not-article");
  },
);

test("on an article, the popup does not say it was no article", async () => {
  const { popup } = await articleWithPopup();
  await popup.waitForSelector(".speaker");
  assert.equal(await popup.getByText("didn’t look like an article").count(), 0);
});

test(
  "when the reader runs Quotelight only on request, " + "an article waits, and the popup says why",
  async () => {
    await ext.setSyncStorage({ runOn: "asked" });
    try {
      const page = await ext.open("ui-article.html");
      const popup = await openPopup(await ext.tabId(page));
      await popup.getByRole("heading", { name: "Quotelight waits for you to ask" }).waitFor();
      assert.deepEqual(await highlightsIn(page), {});
      await popup.getByRole("button", { name: "Find quotes on this page" }).click();
      await waitForSomeHighlights(page);
      await popup.waitForSelector(".speaker");
    } finally {
      await ext.setSyncStorage({ runOn: "articles" });
    }
  },
);

test("a page with no quotes says so once searched", async () => {
  const page = await ext.open("empty.html");
  const popup = await openPopup(await ext.tabId(page));
  await popup.getByRole("button", { name: "Find quotes on this page" }).click();
  await popup.getByRole("heading", { name: "No quotes found on this page" }).waitFor();
  assert.equal(await popup.locator(".speaker").count(), 0);
});

test("without ?tab= the popup shows the active tab, and says when Quotelight cannot run there", async () => {
  // The popup page itself is the active tab here: an extension page, where no content script runs.
  const popup = await ext.openExtensionPage("popup.html");
  await popup.getByRole("heading", { name: "Quotelight can’t run on this page" }).waitFor();
  assert.equal(await popup.getByRole("switch").count(), 0, "no switches for a page Quotelight cannot touch");
  await popupScreenshot(popup, "popup-unreachable");
});

test(
  "“Open side panel” opens the browser's side " + "panel on the page's window and closes the popup",
  async () => {
    const { page, popup } = await articleWithPopup();
    const closed = popup.waitForEvent("close");
    await popup.getByRole("button", { name: "Open side panel" }).click();
    await closed;
    // The real side panel is browser UI, not a tab: look for its page among the browser's targets.
    const cdp = await ext.context.newCDPSession(page);
    const { targetInfos } = await cdp.send("Target.getTargets");
    assert.ok(
      targetInfos.some((target) => target.url === `chrome-extension://${ext.extensionId}/sidepanel.html`),
      JSON.stringify(targetInfos.map((target) => target.url)),
    );
  },
);

test("no page and no extension page wrote to the console", () => {
  assert.deepEqual(ext.errors, []);
});
