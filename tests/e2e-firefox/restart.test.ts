// Firefox unloads an idle event page as Chrome stops an idle service worker. After that, a tab
// whose report storage.session does not hold (the quota turned it down) is asked for it again,
// and the popup shows its quotes rather than "Quotelight can't run on this page". Firefox 153
// enforces storage.session's 10 MB quota as Chrome does (a write past it is turned down), so the
// quota is filled for real, with the same code as the Chromium test (tests/e2e/sessionQuota.ts).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { waitForSomeHighlights } from "../e2e/highlights.ts";
import { emptySessionQuota, fillSessionQuota } from "../e2e/sessionQuota.ts";
import type { Message } from "../../src/messages.ts";
import { launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

/** Firefox's own `browser` global in the extension's bridge page. */
declare const browser: { tabs: { sendMessage(tabId: number, message: Message): Promise<unknown> } };

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
  "a report the full session quota kept out is sent " + "again by the tab after the background is unloaded",
  async () => {
    const page = await ext.open("article-en.html");
    const tabId = await ext.tabId(page);
    await waitForSomeHighlights(page);
    // The tab's report is gone from storage.session and another tab's huge report, or anything
    // else, filled it to the last byte.
    const junkKeys = await ext.inExtension(fillSessionQuota, `tab:${tabId}`);
    // The page's next report cannot be stored, not even bare.
    const hide: Message = { type: "set-highlighting", enabled: false };
    await ext.inExtension(({ tab, message }) => browser.tabs.sendMessage(tab, message), {
      tab: tabId,
      message: hide,
    });
    assert.equal(await ext.report(tabId), null);

    assert.equal(await unloadBackground(), "stopped");
    const popup = await ext.openExtensionTab(`popup.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelector(".speaker"), undefined, 15_000);
    const shown = await popup.evaluate(() => document.body.innerText);
    assert.match(shown, /Highlights are hidden on this page\./);
    assert.doesNotMatch(shown, /can’t run on this page/);
    await ext.inExtension(emptySessionQuota, junkKeys);
  },
);

/**
 * `terminateBackground` unloads the page at once, where an idle unload comes after seconds of quiet:
 * a request the page still had in flight (the broadcast of the report it just took) is dropped, and
 * Firefox notes the dropped promise. That note is the forced unload's doing; anything else fails.
 */
const DROPPED_BY_UNLOAD = /Promise rejected after context unloaded/;

test("nothing else was written to any console", async () => {
  const errors = await ext.consoleErrors();
  assert.deepEqual(
    errors.filter((error) => !DROPPED_BY_UNLOAD.test(error)),
    [],
  );
});
