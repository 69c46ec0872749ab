// The content script in Chromium: reports, toggles, show-quote and page changes, on local pages.
// (Highlights, the untouched DOM and dark pages are checked in both browsers by scenarios.ts.)
// Needs a build (`npm run build`; `npm test` does it).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  highlightedTexts,
  highlightsIn,
  launchExtension,
  screenshot,
  eventually,
  waitForHighlights,
  type ExtensionBrowser,
} from "./harness.ts";

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

const okafor1 = "“We cannot keep a bridge open when we are not certain it is safe,”";
const okafor2 = "“Six weeks is the shortest time in which the cables can be replaced properly,”";
const reyes = "“Half of my customers walk over that bridge,”";

const sorted = (texts: string[]) => [...texts].sort();
const hasTexts = (expected: string[]) => (h: Record<string, string[]>) =>
  JSON.stringify(sorted(Object.values(h).flat())) === JSON.stringify(sorted(expected));

test("the background keeps the tab's report and shows the number of quotes on the badge", async () => {
  const page = await ext.open("article-en.html");
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  const tabId = await ext.tabId(page);
  const report = await ext.waitForReport(tabId, (r) => r?.status === "highlighted");
  assert.equal(report?.url, page.url());
  assert.equal(report?.title, "Harbour bridge to close for repairs");
  assert.equal(report?.quotes.length, 3);
  await eventually(
    () => ext.badge(tabId),
    (text) => text === "3",
  );
});

test("set-highlighting switches the highlights off and on again", async () => {
  const page = await ext.open("article-en.html");
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  const tabId = await ext.tabId(page);
  assert.equal(await ext.sendToTab(tabId, { type: "set-highlighting", enabled: false }), true);
  assert.deepEqual(await highlightsIn(page), {});
  await ext.waitForReport(tabId, (r) => r?.status === "hidden");
  await ext.sendToTab(tabId, { type: "set-highlighting", enabled: true });
  assert.deepEqual(sorted(await highlightedTexts(page)), sorted([okafor1, okafor2, reyes]));
  await ext.waitForReport(tabId, (r) => r?.status === "highlighted");
});

test("show-quote scrolls the quote into view and flashes it for a moment", async () => {
  const page = await ext.open("article-en.html");
  await page.setViewportSize({ width: 800, height: 300 });
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  const tabId = await ext.tabId(page);
  const report = await ext.report(tabId);
  const last = report!.quotes.at(-1)!;
  assert.equal(await ext.sendToTab(tabId, { type: "show-quote", quoteId: last.id }), true);
  const flashed = await waitForHighlights(page, (h) => (h["quotelight-flash"] ?? []).length > 0);
  assert.deepEqual(flashed["quotelight-flash"], [reyes]);
  // Smooth scrolling ends with the flashed quote inside the (short) viewport.
  await page.waitForFunction(() => {
    const [range] = CSS.highlights.get("quotelight-flash") ?? [];
    const box = (range as Range | undefined)?.getBoundingClientRect();
    return scrollY > 0 && box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
  });
  await screenshot(page, "content-show-quote");
  await waitForHighlights(page, (h) => !("quotelight-flash" in h), 3000);
  assert.equal(await ext.sendToTab(tabId, { type: "show-quote", quoteId: 999 }), false);
});

test("quotes added to the article are highlighted, and lose their highlight when removed", async () => {
  const page = await ext.open("article-en.html");
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  const added = "“We will reopen on time,”";
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.id = "update";
    p.textContent = "“We will reopen on time,” said Maria Okafor in an update on Friday.";
    document.querySelector("article")!.append(p);
  });
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes, added]));
  const tabId = await ext.tabId(page);
  await eventually(
    () => ext.badge(tabId),
    (text) => text === "4",
  );
  await page.evaluate(() => document.getElementById("update")!.remove());
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  await ext.waitForReport(tabId, (r) => r?.quotes.length === 3);
});

test("an article that never stops changing still gets its new quotes highlighted", async () => {
  const page = await ext.open("article-en.html");
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  await page.evaluate(() => {
    // A live clock inside the article, re-rendered ten times a second: never quiet.
    const clock = document.createElement("p");
    document.querySelector("article")!.prepend(clock);
    setInterval(() => clock.replaceChildren(`Updated ${performance.now().toFixed(0)} ms ago`), 100);
    const p = document.createElement("p");
    p.textContent = "“The ferries are already full,” said Tom Reyes on Saturday afternoon.";
    document.querySelector("article")!.append(p);
  });
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes, "“The ferries are already full,”"]), 4000);
});

test("navigation inside a single-page app starts afresh on the new page", async () => {
  const page = await ext.open("article-en.html");
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  await page.evaluate(() => {
    history.pushState({}, "", "/next-story.html");
    document.title = "Ferry timetable changes";
    document.querySelector("article")!.innerHTML =
      "<h1>Ferries to run every twenty minutes</h1>" +
      ("<p>“The extra boats start on Monday,” said Ana Lima, the " +
        "harbour master, to reporters gathered at the quay.</p>") +
      "<p>The timetable will be posted at every pier and on the council's website from this weekend on.</p>";
  });
  await waitForHighlights(page, hasTexts(["“The extra boats start on Monday,”"]));
  const report = await ext.waitForReport(
    await ext.tabId(page),
    (r) => r?.title === "Ferry timetable changes",
  );
  assert.equal(report?.quotes.length, 1);
});

test("a page that is not an article is left alone until the reader asks", async () => {
  const page = await ext.open("not-article.html");
  const tabId = await ext.tabId(page);
  assert.equal((await ext.report(tabId))?.status, "waiting");
  assert.deepEqual(await highlightsIn(page), {});
  assert.equal(await ext.badge(tabId), "");
  assert.equal(await ext.sendToTab(tabId, { type: "scan-now" }), true);
  const quote = "“The road reopens to cars on Friday morning,”";
  await waitForHighlights(page, hasTexts([quote]));
  await ext.waitForReport(tabId, (r) => r?.status === "highlighted");
});

test("the per-site switch turns Quotelight off on that site and back on", async () => {
  const page = await ext.open("article-en.html");
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
  const tabId = await ext.tabId(page);
  await ext.setSyncStorage({ disabledSites: ["127.0.0.1"] });
  await ext.waitForReport(tabId, (report) => report?.status === "site-disabled");
  assert.deepEqual(await highlightsIn(page), {});
  await eventually(
    () => ext.badge(tabId),
    (text) => text === "",
  );
  await ext.setSyncStorage({ disabledSites: [] });
  await waitForHighlights(page, hasTexts([okafor1, okafor2, reyes]));
});

test("nothing was written to any console", () => {
  assert.deepEqual(ext.errors, []);
});
