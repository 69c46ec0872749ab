// Firefox unloads an idle event page as Chrome stops an idle service worker. After that, a tab
// whose report storage.session does not hold (the quota turned it down) is asked for it again,
// and the popup shows its quotes rather than "Quotelight can't run on this page".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { waitForSomeHighlights } from "../e2e/highlights.ts";
import { launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

/** Firefox's own `browser` global in the extension's bridge page. */
declare const browser: { storage: { session: { remove(key: string): Promise<void> } } };

let ext: FirefoxDriver;
before(async () => {
  ext = await launchFirefox();
});
after(async () => {
  await ext?.close();
});

/** Unloads Quotelight's background page as Firefox does when it is idle; resolves to its state then. */
const unloadBackground = () =>
  ext.inBrowserChrome(`(async () => {
    const { extension } = WebExtensionPolicy.getByID("quotelight@quotelight.org");
    await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
    return JSON.stringify(extension.backgroundState);
  })()`);

test(
  "after the background is unloaded, a tab whose " + "report was not stored is asked for it again",
  async () => {
    const page = await ext.open("article-en.html");
    const tabId = await ext.tabId(page);
    await waitForSomeHighlights(page);
    await ext.inExtension((key) => browser.storage.session.remove(key), `tab:${tabId}`);
    assert.equal(await unloadBackground(), "stopped");
    const popup = await ext.openExtensionTab(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelector(".speaker"), undefined, 15_000);
    assert.equal(
      await popup.evaluate(() => document.body.innerText.includes("can’t run on this page")),
      false,
    );
  },
);

test("nothing was written to any console", async () => {
  assert.deepEqual(await ext.consoleErrors(), []);
});
