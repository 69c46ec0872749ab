// A page past the caps of src/limits.ts in Chromium: read up to them, its report names the caps
// that cut it, and the popup says the page was read only in part.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchExtension, screenshot, waitForSomeHighlights, type ExtensionBrowser } from "./harness.ts";
import { LIMITS } from "../../src/limits.ts";

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

/** A story of more paragraphs than the block cap, each one quote of the same speaker. */
function longStory(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>“The count has reached ${i},” said Ann Lee, the council's clerk.</p>`,
  ).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The long count</title>
<meta property="og:type" content="article"></head>
<body><article><h1>The long count</h1>${body}</article></body></html>`;
}

test("a page past the block and quote caps is read up to them, and the popup says so", async () => {
  await ext.context.route("**/long-story.html*", (route) =>
    route.fulfill({ contentType: "text/html; charset=utf-8", body: longStory(LIMITS.blocks + 500) }),
  );
  const page = await ext.open("long-story.html");
  const tabId = await ext.tabId(page);
  await waitForSomeHighlights(page);
  const report = await ext.waitForReport(tabId, (r) => (r?.quotes.length ?? 0) > 0, 30_000);
  assert.deepEqual(report?.cutShort, ["blocks", "quotes"]);
  assert.equal(report?.quotes.length, LIMITS.quotes);
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.getByText("This page is very long: Quotelight read only the first part of it.").waitFor();
  await popup.locator(".speaker").first().waitFor();
  await screenshot(popup, "chromium-popup-cut-short");
});

test("nothing was written to any console", () => {
  assert.deepEqual(ext.errors, []);
});
