// Hostile and live pages that both browsers must withstand, written once against the driver
// interface (tests/e2e/driver.ts): tests/hostile/live.e2e.test.ts runs them in Chromium,
// tests/e2e-firefox/hostile.test.ts in Firefox.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { ExtensionDriver, PageHandle } from "../e2e/driver.ts";
import { waitForSomeHighlights } from "../e2e/highlights.ts";
import { eventually } from "../e2e/eventually.ts";

/** The messages of the extension's content scripts an extension page hears, by type. */
interface Heard {
  reports: string[];
  extractions: number;
}

/**
 * Opens an extension page that counts the messages content scripts send (every extension page
 * hears `runtime.sendMessage`, as the background does): the page reports (their addresses) and
 * the requests to run the engine.
 */
async function messageCounter(ext: ExtensionDriver): Promise<() => Promise<Heard>> {
  const listener = await ext.openExtensionWindow("options.html");
  await listener.evaluate(() => {
    const heard: Heard = { reports: [], extractions: 0 };
    (globalThis as unknown as { heard: Heard }).heard = heard;
    chrome.runtime.onMessage.addListener((message: { type?: string; report?: { url: string } }) => {
      if (message?.type === "page-report") heard.reports.push(message.report?.url ?? "");
      if (message?.type === "extract-quotes") heard.extractions++;
    });
  });
  return () => listener.evaluate(() => (globalThis as unknown as { heard: Heard }).heard);
}

declare const chrome: {
  runtime: { onMessage: { addListener(listener: (message: never) => void): void } };
};

export function hostileScenarios(launch: () => Promise<ExtensionDriver>): void {
  let ext: ExtensionDriver;
  before(async () => {
    ext = await launch();
  });
  after(async () => {
    await ext?.close();
  });

  async function highlightedArticle(): Promise<PageHandle> {
    const page = await ext.open("ui-article.html");
    await waitForSomeHighlights(page);
    return page;
  }

  test("navigation events a page makes up cause no report; a burst of real ones, one", async () => {
    const page = await highlightedArticle();
    const heard = await messageCounter(ext);
    await page.evaluate(() => {
      const navigation = (globalThis as { navigation?: EventTarget }).navigation;
      for (let i = 0; i < 5000; i++) {
        dispatchEvent(new PopStateEvent("popstate", { state: i }));
        dispatchEvent(new HashChangeEvent("hashchange", { newURL: `${location.href}#fake${i}` }));
        navigation?.dispatchEvent(new Event("currententrychange"));
      }
    });
    // Then real #fragment jumps, made after the fake events: when the report for the last jump
    // arrives, any report the fake events caused has arrived before it.
    await page.evaluate(() => {
      for (let i = 0; i < 200; i++) location.hash = `#real${i}`;
    });
    const { reports, extractions } = await eventually(
      heard,
      (h) => h.reports.some((url) => url.endsWith("#real199")),
      10_000,
    );
    // The background drops a tab's report on a fragment jump: the page sends it again, once for the burst.
    assert.ok(reports.length <= 2, `${reports.length} reports: ${reports.slice(0, 5).join(" ")}`);
    assert.ok(
      reports.every((url) => url.includes("#real")),
      reports.join(" "),
    );
    assert.equal(extractions, 0);
    assert.deepEqual(await ext.consoleErrors(), []);
  });
}
