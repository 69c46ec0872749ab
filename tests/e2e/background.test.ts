// The background in Chromium: each tab's report and badge through navigations, a service worker
// restart, and messages from the wrong sender.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, launchExtension, waitForSomeHighlights, type ExtensionBrowser } from "./harness.ts";
import type { Message, PageReport } from "../../src/messages.ts";
import { emptySessionQuota, fillSessionQuota } from "./sessionQuota.ts";

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

/** Sends `message` from an extension page, as the popup and side panel do; resolves to the answer. */
async function sendFromExtensionPage(message: Message): Promise<unknown> {
  const page = await ext.openExtensionPage("popup.html");
  try {
    return await page.evaluate(
      (m) =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage(m),
      message,
    );
  } finally {
    await page.close();
  }
}

test("a #fragment jump keeps the tab's report and badge; loading another page replaces them", async () => {
  const page = await ext.open("article-en.html");
  const tabId = await ext.tabId(page);
  await page.evaluate(() => (location.hash = "#comments"));
  // The content script sends its report again on a #fragment jump (its address changed): that
  // report is the proof the jump was seen, and the background must then keep it.
  const afterJump = await ext.waitForReport(tabId, (r) => r?.url.endsWith("#comments") ?? false);
  assert.equal(afterJump?.quotes.length, 3);
  await eventually(
    () => ext.badge(tabId),
    (text) => text === "3",
  );
  await page.goto(new URL("not-article.html", ext.baseUrl).href);
  const report = await ext.waitForReport(tabId, (r) => r?.url === page.url());
  assert.equal(report?.status, "waiting");
  await eventually(
    () => ext.badge(tabId),
    (text) => text === "",
  );
});

test("a restarted service worker still answers with the tab's report", async () => {
  const page = await ext.open("article-en.html");
  const tabId = await ext.tabId(page);
  await ext.serviceWorker.evaluate(() => Object.assign(self, { beforeRestart: true }));
  // Chrome stops idle extension workers; closing its DevTools target does the same at once.
  const cdp = await ext.context.newCDPSession(page);
  const { targetInfos } = await cdp.send("Target.getTargets");
  const worker = targetInfos.find((t) => t.type === "service_worker" && t.url.includes(ext.extensionId));
  await cdp.send("Target.closeTarget", { targetId: worker!.targetId });
  const answer = (await sendFromExtensionPage({ type: "get-report", tabId })) as PageReport | null;
  assert.equal(answer?.quotes.length, 3);
  const [current] = ext.context.serviceWorkers();
  assert.equal(await current!.evaluate(() => "beforeRestart" in self), false, "the worker did not restart");
});

test("a page report from anything but a tab's content script is ignored", async () => {
  const forged: PageReport = {
    url: "https://forged.example/",
    title: "Forged",
    status: "highlighted",
    lang: "en",
    quotes: [],
    speakers: [],
  };
  await sendFromExtensionPage({ type: "page-report", report: forged }).catch(() => undefined);
  await sendFromExtensionPage({
    type: "page-report",
    report: { ...forged, status: "bogus" },
  } as unknown as Message).catch(() => undefined);
  const stored = await ext.serviceWorker.evaluate(async () =>
    JSON.stringify(
      await (
        globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }
      ).chrome.storage.session.get(null),
    ),
  );
  assert.doesNotMatch(stored, /forged\.example/);
});

test(
  "a report the full session quota kept out is sent " + "again by the tab after the worker is stopped",
  async () => {
    const page = await ext.open("article-en.html");
    const tabId = await ext.tabId(page);
    await waitForSomeHighlights(page);
    // The tab's report is gone from storage.session and another tab's huge report, or anything
    // else, filled it to the last byte.
    const junkKeys = await ext.serviceWorker.evaluate(fillSessionQuota, `tab:${tabId}`);
    // The page's next report cannot be stored, not even bare.
    await ext.sendToTab(tabId, { type: "set-highlighting", enabled: false });
    assert.equal(await ext.report(tabId), null);

    await ext.serviceWorker.evaluate(() => Object.assign(self, { beforeStop: true }));
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    await cdp.send("ServiceWorker.stopAllWorkers");
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator(".speaker").first().waitFor();
    await popup.getByText("Highlights are hidden on this page.").waitFor();
    assert.equal(await popup.getByRole("heading", { name: "Quotelight can’t run on this page" }).count(), 0);
    await popup.close();
    const [worker] = ext.context.serviceWorkers();
    assert.equal(await worker!.evaluate(() => "beforeStop" in self), false, "the worker was stopped");
    await worker!.evaluate(emptySessionQuota, junkKeys);
  },
);

test("nothing was written to any console", () => {
  assert.deepEqual(ext.errors, []);
});
