// The extension in Debian's firefox-esr (puppeteer-core over WebDriver BiDi): the shared
// scenarios of tests/e2e/scenarios.ts, then what only Firefox has. Needs a build (`npm test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventually } from "../e2e/eventually.ts";
import { highlightsIn, waitForSomeHighlights } from "../e2e/highlights.ts";
import { sharedScenarios } from "../e2e/scenarios.ts";
import { launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

/** The WebExtension APIs the tests call from the extension's bridge page. */
declare const browser: {
  permissions: {
    remove(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

sharedScenarios(launchFirefox, (current) => {
  const ext = () => current() as FirefoxDriver;

  test("the toolbar button opens the popup on the page's speakers", async () => {
    const page = await ext().open("ui-article.html");
    await waitForSomeHighlights(page);
    const popup = await ext().clickToolbarButton(page, "firefox-toolbar-popup");
    assert.equal(popup.url, `${ext().extensionUrl}popup.html`);
    // As wide as its stylesheet says, and as tall as the list of four voices and the switches.
    assert.equal(popup.width, 340);
    assert.ok(popup.height > 300, `the popup is ${popup.height}px tall`);
  });

  test("“Open side panel” in the popup opens Firefox's sidebar on Quotelight's panel", async () => {
    const page = await ext().open("ui-article.html");
    // A tab in the article's window, as the real popup belongs to that window.
    const popup = await ext().openExtensionTab(`popup.html?tab=${await ext().tabId(page)}`);
    await popup.waitForFunction(() => document.querySelector(".open-panel"));
    const sidebar = () =>
      ext().inBrowserChrome(`JSON.stringify(
        [...Services.wm.getEnumerator("navigator:browser")]
          .map((win) => win.SidebarController)
          .filter((c) => c.isOpen)
          .map((c) => c.browser.contentDocument.getElementById("webext-panels-browser")
            ?.currentURI.spec ?? c.currentID))`);
    assert.deepEqual(await sidebar(), []);
    await popup.click(".open-panel");
    await eventually(
      sidebar,
      (open) => JSON.stringify(open) === JSON.stringify([`${ext().extensionUrl}sidepanel.html`]),
    );
  });

  // These last two tests leave Quotelight with access to the test server's site only.
  test(
    "allowed on a site while on one of its pages, " + "Quotelight loads that page again and reads it",
    async () => {
      const origins = ["http://localhost/*"]; // the test server under another name: not allowed yet
      await ext().inExtension(
        (o) => browser.permissions.remove({ origins: ["http://*/*", "https://*/*", ...o] }),
        origins,
      );
      const tab = await ext().browser.newPage();
      const page = ext().handleOf(tab);
      await tab.goto(
        new URL("ui-article.html?allowed-later=1", ext().baseUrl.replace("127.0.0.1", "localhost")).href,
      );
      await new Promise((settle) => setTimeout(settle, 1000));
      assert.deepEqual(await highlightsIn(page), {}, "no content script runs without access");
      // The reader allows the site (here from an extension page in another window, with a real click).
      const granting = await ext().openExtensionWindow("popup.html?tab=0");
      await granting.evaluate((o) => {
        const allow = document.body.appendChild(document.createElement("button"));
        allow.id = "allow-site";
        allow.textContent = "Allow";
        allow.onclick = () => void browser.permissions.request({ origins: o });
      }, origins);
      await granting.click("#allow-site");
      await waitForSomeHighlights(page);
    },
  );

  test(
    "without access to sites, a toolbar click reads the " +
      "page, and the popup allows the site in one click",
    async () => {
      // As the reader does in about:addons: "Access your data for all websites" off.
      assert.equal(
        await ext().inExtension(
          () => browser.permissions.remove({ origins: ["http://*/*", "https://*/*"] }),
          null,
        ),
        true,
      );
      const tab = await ext().browser.newPage();
      const page = ext().handleOf(tab);
      await tab.goto(new URL("ui-article.html?withheld=1", ext().baseUrl).href);
      await new Promise((settle) => setTimeout(settle, 1000));
      assert.deepEqual(await highlightsIn(page), {}, "no content script runs without access");

      // The toolbar button grants activeTab: Firefox runs the content script in this one page.
      const toolbarPopup = await ext().clickToolbarButton(page, "firefox-toolbar-popup-site-access");
      assert.equal(toolbarPopup.url, `${ext().extensionUrl}popup.html`);
      await waitForSomeHighlights(page);
      const popup = await ext().openExtensionWindow(`popup.html?tab=${await ext().tabId(page)}`);
      await popup.setViewport(340, 460);
      await popup.waitForFunction(
        () => document.querySelector(".site-access") && document.querySelector(".speaker"),
      );
      assert.match(
        (await popup.evaluate(() => document.querySelector(".site-access p")?.textContent)) ?? "",
        /on 127\.0\.0\.1 as soon as/,
      );
      assert.equal(
        await popup.evaluate(() => document.querySelector(".site-access .button")?.textContent),
        "Allow on 127.0.0.1",
      );
      await popup.screenshot("firefox-popup-site-access");

      await popup.click(".site-access .button");
      await popup.waitForFunction(() => !document.querySelector(".site-access"));
      // The grant outlives the page: another page of the site (activeTab gone) is read as it opens.
      await tab.goto(new URL("ui-article.html?withheld=2", ext().baseUrl).href);
      await waitForSomeHighlights(page);
    },
  );
});
