// The extension in Debian's firefox-esr (puppeteer-core over WebDriver BiDi): the shared
// scenarios of tests/e2e/scenarios.ts, then what only Firefox has. Needs a build (`npm test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventually } from "../e2e/eventually.ts";
import { sharedScenarios, highlightsIn, waitForHighlights } from "../e2e/scenarios.ts";
import { addonId, launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

/** The WebExtension APIs the tests call from the extension's bridge page. */
declare const browser: {
  permissions: { remove(p: { origins: string[] }): Promise<boolean> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

sharedScenarios(launchFirefox, (current) => {
  const ext = () => current() as FirefoxDriver;

  /** What a click on Quotelight's toolbar button grants the active page: activeTab. */
  const clickToolbarButton = (url: string) =>
    ext().inBrowserChrome(`(() => {
      for (const win of Services.wm.getEnumerator("navigator:browser"))
        for (const tab of win.gBrowser.tabs)
          if (tab.linkedBrowser.currentURI.spec === ${JSON.stringify(url)}) {
            WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension.tabManager.addActiveTabPermission(tab);
            return "true";
          }
      return "false";
    })()`);

  test("“Open side panel” in the popup opens Firefox's sidebar on Quotelight's panel", async () => {
    const page = await ext().open("ui-article.html");
    // A tab in the article's window, as the real popup belongs to that window.
    const popup = await ext().openExtensionTab(`popup.html?tab=${await ext().tabId(page)}`);
    await popup.waitForFunction(() => document.querySelector(".open-panel"));
    const sidebar = () =>
      ext().inBrowserChrome(`JSON.stringify(
        [...Services.wm.getEnumerator("navigator:browser")].map((win) => win.SidebarController).filter((c) => c.isOpen)
          .map((c) => c.browser.contentDocument.getElementById("webext-panels-browser")?.currentURI.spec ?? c.currentID))`);
    assert.deepEqual(await sidebar(), []);
    await popup.click(".open-panel");
    await eventually(sidebar, (open) => JSON.stringify(open) === JSON.stringify([`${ext().extensionUrl}sidepanel.html`]));
  });

  // Last of the Firefox tests: it leaves Quotelight with access to the test server's site only.
  test("without access to the site, the popup names it and one click allows it and reads the page", async () => {
    // As the reader does in about:addons: "Access your data for all websites" off.
    assert.equal(await ext().inExtension(() => browser.permissions.remove({ origins: ["http://*/*", "https://*/*"] }), null), true);
    const tab = await ext().browser.newPage();
    const page = ext().handleOf(tab);
    await tab.goto(new URL("ui-article.html?withheld=1", ext().baseUrl).href);
    assert.equal(await clickToolbarButton(page.url()), true);
    const tabId = await ext().inExtension(
      async (url) => (await browser.tabs.query({})).find((t) => t.url === url)?.id,
      page.url(),
    );
    assert.ok(tabId !== undefined, "the toolbar click lets the popup see the page's address");

    const popup = await ext().openExtensionWindow(`popup.html?tab=${tabId}`);
    await popup.setViewport(340, 300);
    await popup.waitForFunction(() => document.querySelector(".state-title")?.textContent === "Quotelight has no access to 127.0.0.1");
    assert.equal(await popup.evaluate(() => document.querySelector(".state .button")?.textContent), "Allow on 127.0.0.1");
    await popup.screenshot("firefox-popup-site-access");
    assert.deepEqual(await highlightsIn(page), {}, "no content script runs without access");

    await popup.click(".state .button");
    await waitForHighlights(page, (h) => Object.keys(h).length > 0, 10_000);
    await popup.waitForFunction(() => document.querySelector(".speaker"));
    assert.equal(await popup.evaluate(() => document.querySelector(".state-title")), null);
  });
});
