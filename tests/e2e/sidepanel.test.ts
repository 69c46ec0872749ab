// The side panel page in Chromium (`sidepanel.html`, opened as a page: the real panel only opens
// on a user gesture). Needs a build (`npm run build`; `npm test` does it).
// (The full list of voices and quotes is checked in both browsers by scenarios.ts.)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { citation, toCSV, toJSON, toMarkdown } from "../../src/ui/export.ts";
import { quoted, voicesOf } from "../../src/ui/report.ts";
import { sourcingOf, summarySentence, wordShares } from "../../src/ui/summary.ts";
import { catalogueWording } from "../../src/ui/messageFormat.ts";
import englishMessages from "../../_locales/en/messages.json";
import {
  launchExtension,
  screenshot,
  waitForHighlights,
  waitForSomeHighlights,
  type ExtensionBrowser,
} from "./harness.ts";
import { screenshotPath } from "./driver.ts";

const englishWording = catalogueWording(englishMessages, "en");

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

async function articleWithPanel() {
  const page = await ext.open("ui-article.html");
  await waitForSomeHighlights(page);
  const tabId = await ext.tabId(page);
  const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.waitForSelector(".voice");
  return { page, tabId, panel };
}

/** Each section of the panel: the voice's name and the text of its quotes, top to bottom. */
const listedVoices = (panel: Page) =>
  panel.$$eval(".voice", (sections) =>
    sections.map((section) => ({
      name: section.querySelector(".voice-name")?.textContent,
      quotes: [...section.querySelectorAll(".quote-text")].map((q) => q.textContent),
    })),
  );

test("page text is shown as text: a quoted <img onerror> tag stays words", async () => {
  const { panel } = await articleWithPanel();
  const hostile = panel.locator(".quote", { hasText: "<img src=x onerror=alert(1)>" });
  assert.equal(await hostile.count(), 1);
  assert.equal(await panel.locator("img").count(), 0);
});

test("clicking a quote scrolls the page to it and flashes it", async () => {
  const { page, panel } = await articleWithPanel();
  await page.setViewportSize({ width: 900, height: 300 });
  const last = panel.locator(".quote").last();
  const text = (await last.locator(".quote-text").textContent())!.slice(1, -1);
  await last.click();
  await page.waitForFunction(() => {
    const [range] = CSS.highlights.get("quotelight-flash") ?? [];
    const box = (range as Range | undefined)?.getBoundingClientRect();
    return scrollY > 0 && box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
  });
  const flashed = await page.evaluate(() =>
    [...(CSS.highlights.get("quotelight-flash") ?? [])].map(String).join(""),
  );
  assert.ok(flashed.includes(text), `expected “${text}” flashed, got “${flashed}”`);
});

test("the panel updates live as the page's quotes change", async () => {
  const { page, panel } = await articleWithPanel();
  const before = await panel.locator(".quote").count();
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "“We will be back next week,” said Maria Lopez as she left the building.";
    document.querySelector("article")!.append(p);
  });
  await panel.locator(".quote", { hasText: "We will be back next week," }).waitFor();
  assert.equal(await panel.locator(".quote").count(), before + 1);
  assert.match((await panel.textContent(".masthead-summary")) ?? "", new RegExp(`^${before + 1} quotes\\b`));
});

test("without ?tab= the panel follows the active tab", async () => {
  const panel = await ext.openExtensionWindow("sidepanel.html");
  // The panel's window holds only the panel itself at first: no page Quotelight can read.
  await panel.getByRole("heading", { name: "Quotelight can’t run on this page" }).waitFor();
  await screenshot(panel, "sidepanel-unreachable");
  // An article opened in the panel's window becomes its active tab, and the panel shows it...
  const opened = ext.context.waitForEvent("page");
  await panel.evaluate(
    (url) =>
      (
        globalThis as unknown as { chrome: { tabs: { create(o: object): Promise<unknown> } } }
      ).chrome.tabs.create({ url }),
    `${ext.baseUrl}ui-article.html?follow=1`,
  );
  const page = await opened;
  await page.waitForLoadState();
  await waitForSomeHighlights(page);
  await panel.waitForSelector(".voice");
  // ...and switching back to the panel's own tab shows that again.
  await panel.bringToFront();
  await panel.getByRole("heading", { name: "Quotelight can’t run on this page" }).waitFor();
});

test("the summary shows each voice's share of the quoted words and who is quoted, by kind", async () => {
  const { tabId, panel } = await articleWithPanel();
  const shares = wordShares(voicesOf((await ext.report(tabId))!), "default");
  const bar = panel.getByRole("img", { name: /^Share of quoted words: / });
  const grows = await bar
    .locator(".share")
    .evaluateAll((spans) => spans.map((s) => Number(getComputedStyle(s).flexGrow)));
  assert.deepEqual(
    grows,
    shares.map((s) => s.words),
  );
  const label = (await bar.getAttribute("aria-label")) ?? "";
  for (const share of shares)
    assert.ok(label.includes(`${share.name ?? "No known speaker"} ${Math.round(share.share * 100)}%`), label);
  const report = (await ext.report(tabId))!;
  const sourcing = sourcingOf(voicesOf(report));
  assert.equal(
    await panel.locator(".summary-sentence").textContent(),
    summarySentence(sourcing, englishWording),
  );
  assert.match(
    (await panel.locator(".summary-sentence").textContent()) ?? "",
    new RegExp(
      "^7 quotes from 4 sources: 2 officials, 1 expert, and 1 unnamed; " +
        "the most quoted, Jake Sullivan, has \\d+% of the quoted words\\.$",
    ),
  );
  const rows = async (list: string) =>
    panel
      .locator(`${list} > div`)
      .evaluateAll((divs) =>
        divs.map((div) => [div.querySelector("dt")?.textContent, div.querySelector("dd")?.textContent]),
      );
  assert.deepEqual(await rows(".kinds"), [
    ["Officials and politicians:", "Jake Sullivan, Maria Lopez, and a senior diplomat"],
    ["Experts and researchers:", "Tom Baker"],
  ]);
  const naming = await rows(".naming");
  assert.deepEqual(
    naming.map(([label]) => label),
    ["Named people:", "Unnamed sources:"],
  );
  assert.match(naming[1]![1]!, /^1 quote, \d+% of the quoted words/);
  assert.deepEqual(
    await panel.locator(".unnamed-list li").allTextContents(),
    sourcing.naming.find((g) => g.naming === "unnamed")!.speakers.map((e) => e.speaker.name),
  );
  assert.deepEqual(await rows(".balance"), [
    ["First quoted:", "Jake Sullivan"],
    ["Last quoted:", "Jake Sullivan"],
  ]);
  await panel.locator(".summary").screenshot({ path: screenshotPath("sidepanel-summary-en") });
});

test("with fewer than three attributed quotes the panel lists them with no figures", async () => {
  const page = await ext.open("ui-few-quotes.html");
  await waitForSomeHighlights(page);
  const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${await ext.tabId(page)}`);
  await panel.waitForSelector(".voice");
  assert.equal(await panel.locator(".summary").count(), 0);
  assert.equal(await panel.locator(".voice").count(), 2);
});

test("the list narrows to one speaker, or to the quotes with the words searched for", async () => {
  const { tabId, panel } = await articleWithPanel();
  const report = (await ext.report(tabId))!;
  const [first] = voicesOf(report).named;
  assert.ok(first, "the test article has a named speaker");
  await panel.getByLabel("Speaker").selectOption(first.speaker.name);
  assert.deepEqual(
    (await listedVoices(panel)).map((v) => v.name),
    [first.speaker.name],
  );
  await panel.getByText(`${first.quotes.length} of ${report.quotes.length} quotes`).waitFor();
  await panel.getByLabel("Speaker").selectOption("All speakers");

  const target = report.quotes.at(-1)!;
  const word = target.text
    .split(/\s+/)
    .find((w) => w.length > 4)!
    .replace(/\W/g, "");
  await panel.getByRole("searchbox", { name: "Search in quotes" }).fill(word.toUpperCase());
  const found = (await listedVoices(panel)).flatMap((v) => v.quotes);
  assert.ok(found.includes(quoted(target.text, report.lang)), JSON.stringify(found));
  assert.ok(
    found.every((q) => q!.toLowerCase().includes(word.toLowerCase())),
    JSON.stringify(found),
  );
  await panel.getByRole("searchbox").fill("zzzz no such words");
  await panel.getByText("No quote matches.").waitFor();
  await screenshot(panel, "sidepanel-no-matches");
});

test("exports: Markdown to the clipboard, JSON and CSV files, one quote with its citation", async () => {
  const { tabId, panel } = await articleWithPanel();
  const report = (await ext.report(tabId))!;
  // Reading the clipboard back needs a permission Chromium will not grant extension origins in
  // tests: record what the panel writes instead, still calling the real clipboard.
  await panel.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) =>
      write(text).then(() => void ((window as unknown as { copied: string }).copied = text));
  });
  const clipboard = () => panel.evaluate(() => (window as unknown as { copied?: string }).copied);

  await panel.getByRole("button", { name: "Copy as Markdown" }).click();
  await panel.getByText("Copied.").waitFor();
  assert.equal(await clipboard(), toMarkdown(report, englishWording));

  for (const [button, expected] of [
    ["Download JSON", toJSON(report)],
    ["Download CSV", toCSV(report)],
  ] as const) {
    const downloading = panel.waitForEvent("download");
    await panel.getByRole("button", { name: button }).click();
    const file = await downloading;
    assert.match(file.suggestedFilename(), /^quotes-talks-resume-in-geneva.*\.(json|csv)$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    assert.equal(Buffer.concat(chunks).toString("utf8"), expected);
  }

  const firstQuote = voicesOf(report).named[0]!.quotes[0]!;
  await panel.getByRole("button", { name: "Copy with citation" }).first().click();
  await panel.waitForFunction(
    (text) => (window as unknown as { copied?: string }).copied === text,
    citation(report, firstQuote),
  );
});

test("on a site switched off, the panel says so and turns it back on", async () => {
  const { page, panel } = await articleWithPanel();
  await ext.setSyncStorage({ disabledSites: ["127.0.0.1"] });
  await panel.getByRole("heading", { name: "Quotelight is off on 127.0.0.1" }).waitFor();
  await waitForHighlights(page, (h) => Object.keys(h).length === 0);
  await screenshot(panel, "sidepanel-site-disabled");
  await panel.getByRole("button", { name: "Turn on for 127.0.0.1" }).click();
  await waitForSomeHighlights(page);
  await panel.waitForSelector(".voice");
});

test("no page and no extension page wrote to the console", () => {
  assert.deepEqual(ext.errors, []);
});
