// Accessibility of the popup and side panel in Firefox, checked with axe-core (tests/e2e/axe.ts,
// as in Chromium) in every state that has its own markup, light and dark, with the side panel's
// summary of sources showing.
// Needs a build (`npm test`).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { violations } from "../e2e/axe.ts";
import { waitForSomeHighlights } from "../e2e/highlights.ts";
import { launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

let ext: FirefoxDriver;
before(async () => {
  ext = await launchFirefox();
});
after(async () => {
  await ext?.close();
});

test("popup and side panel pass axe-core in Firefox, the summary of sources included", async () => {
  const article = await ext.open("ui-article.html");
  await waitForSomeHighlights(article);
  const waiting = await ext.open("not-article.html");
  const views: [string, string][] = [
    [`popup.html?tab=${await ext.tabId(article)}`, ".speaker"],
    [`popup.html?tab=${await ext.tabId(waiting)}`, ".state"],
    [`sidepanel.html?tab=${await ext.tabId(article)}`, ".summary-sentence"],
    [`sidepanel.html?tab=${await ext.tabId(waiting)}`, ".state"],
  ];
  // Light and dark: colour contrast differs. Firefox sets the scheme for every page at once.
  for (const colorScheme of ["dark", "light"] as const)
    for (const [path, ready] of views) {
      const view = await ext.openExtensionWindow(path);
      await view.setColorScheme(colorScheme);
      await view.waitForFunction((selector) => document.querySelector(selector), ready);
      assert.deepEqual(await violations(ext.pageOf(view)), [], `${path} (${colorScheme})`);
    }
  assert.deepEqual(await ext.consoleErrors(), []);
});
