// Reader features in the page (issue 4): the card over a quote, by pointer and by keyboard, and
// the keyboard shortcuts. Needs a build (`npm run build`; `npm test` does it).
//
// Playwright cannot press an extension's shortcut: browsers handle those keys before the page
// sees them, and synthetic key events never reach that handler. So the shortcut tests fire the
// real `commands.onCommand` event inside the service worker (`onCommand.dispatch`), which runs
// the extension's own listener exactly as a key press would, minus the user gesture.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { PageReport } from "../../src/messages.ts";
import {
  highlightsIn,
  cardDialog,
  clickCardButton,
  launchExtension,
  revealCard,
  screenshot,
  waitForHighlights,
  waitForSomeHighlights,
  type ExtensionBrowser,
} from "./harness.ts";

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

declare const chrome: {
  tabs: { get(id: number): Promise<unknown> };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
  sidePanel: { open(options: { windowId: number }): Promise<void> };
};

/** Fires the shortcut's command in the service worker, for the tab, as the browser would. */
async function pressShortcut(tabId: number, command: string): Promise<void> {
  await ext.serviceWorker.evaluate(
    async ([id, name]) => chrome.commands.onCommand.dispatch(name, await chrome.tabs.get(id)),
    [tabId, command] as const,
  );
}

interface CardState {
  visible: boolean;
  text: string;
  quote: number;
  /** The card's host element: where it sits in the page. */
  parent: string;
  /** What has focus, looking inside shadow roots. */
  focused: string;
  box: { left: number; top: number; width: number; height: number } | null;
}

async function cardState(page: Page): Promise<CardState | null> {
  if (!(await revealCard(page))) return null;
  return page.evaluate(() => {
    const host = document.querySelector("quotelight-card");
    const card = host?.shadowRoot?.querySelector<HTMLElement>(".card");
    if (!host || !card) return null;
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const rect = card.getBoundingClientRect();
    return {
      visible: !card.hidden,
      text: card.innerText.replace(/\s+/g, " ").trim(),
      quote: Number(card.dataset.quote),
      parent: host.parentElement?.localName ?? "",
      focused: active?.className || active?.localName || "",
      box: card.hidden ? null : { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    };
  });
}

async function waitForCard(page: Page, check: (card: CardState | null) => boolean): Promise<CardState> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const card = await cardState(page);
    if (check(card)) return card!;
    if (Date.now() > deadline) throw new Error(`the card never matched; last: ${JSON.stringify(card)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Scrolls the quote into view; the middle of its first line, in viewport coordinates. */
function pointOnQuote(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (range.toString() !== wanted) continue;
        (range as Range).startContainer.parentElement!.scrollIntoView({ block: "center" });
        const line = (range as Range).getClientRects()[0]!;
        return { x: line.left + Math.min(40, line.width / 2), y: line.top + line.height / 2 };
      }
    }
    throw new Error(`no highlight for ${wanted}`);
  }, text);
}

/** The article, highlighted, with its report. */
async function article(path = "ui-article.html") {
  const page = await ext.open(path);
  await waitForSomeHighlights(page);
  const tabId = await ext.tabId(page);
  const report = (await ext.waitForReport(tabId, (r) => r?.status === "highlighted"))!;
  return { page, tabId, report };
}

/** The most quoted speaker (colour slot 0) and their quotes' texts as the page shows them. */
function mainVoice(report: PageReport) {
  const speaker = report.speakers[0]!;
  const quotes = report.quotes.filter((q) => q.speaker === speaker.id);
  return { speaker, quotes };
}

/** The highlighted text of a quote: the first range of slot 0 in page order is quote 1. */
async function slotTexts(page: Page): Promise<string[]> {
  return (await highlightsIn(page))["quotelight-0"] ?? [];
}

test(
  "resting the pointer on a quote shows its card: speaker, " +
    "role, which of their quotes; moving away hides it",
  async () => {
    const { page, report } = await article();
    const { speaker, quotes } = mainVoice(report);
    assert.ok(quotes.length >= 2, "the test article quotes its main speaker several times");
    const [first, second] = await slotTexts(page);
    assert.equal(await cardState(page), null, "nothing is added to the page before the reader meets a quote");

    const point = await pointOnQuote(page, second!);
    await page.mouse.move(point.x, point.y);
    const card = await waitForCard(page, (c) => c?.visible === true);
    assert.equal(card.parent, "html", "the card's host hangs off <html>, outside the article");
    assert.ok(card.text.startsWith(`${speaker.name} ${speaker.role}`), card.text);
    assert.match(card.text, new RegExp(`Quote 2 of ${quotes.length} by ${speaker.name}`));
    // Below the quote's line, inside the viewport.
    assert.ok(card.box!.top > point.y && card.box!.top + card.box!.height <= 800, JSON.stringify(card.box));

    // Over another speaker's quote the card follows.
    const other = (await highlightsIn(page))["quotelight-1"]![0]!;
    const otherPoint = await pointOnQuote(page, other);
    await page.mouse.move(otherPoint.x, otherPoint.y);
    await waitForCard(page, (c) => c?.visible === true && !c.text.startsWith(speaker.name));

    // Off every quote (the page's margin), the card goes after a moment.
    await page.mouse.move(5, 5);
    await waitForCard(page, (c) => c?.visible === false);
    assert.ok(first, "the first quote is highlighted too");
  },
);

test(
  "the card's Next and Previous buttons go through " + "the speaker's quotes, scrolling and flashing each",
  async () => {
    const { page, report } = await article();
    const { speaker, quotes } = mainVoice(report);
    const texts = await slotTexts(page);
    const point = await pointOnQuote(page, texts[0]!);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, (c) => c?.visible === true);
    await clickCardButton(page, `Next quote by ${speaker.name}`);
    const moved = await waitForCard(page, (c) => c?.text.includes(`Quote 2 of ${quotes.length}`) === true);
    assert.equal(moved.quote, quotes[1]!.id);
    const flashed = await waitForHighlights(page, (h) => (h["quotelight-flash"] ?? []).length > 0);
    assert.deepEqual(flashed["quotelight-flash"], [texts[1]]);
    // Previous from the first quote wraps round to the last.
    await clickCardButton(page, `Previous quote by ${speaker.name}`);
    await clickCardButton(page, `Previous quote by ${speaker.name}`);
    const last = await waitForCard(
      page,
      (c) => c?.text.includes(`Quote ${quotes.length} of ${quotes.length}`) === true,
    );
    assert.equal(last.quote, quotes.at(-1)!.id);
    // The card follows its quote while the page scrolls smoothly to it.
    await waitForCard(page, (c) => c?.box !== null && c!.box.top >= 0 && c!.box.top + c!.box.height <= 800);
    // The end of the smooth scroll, for the screenshot: the same position two frames apart.
    await page.waitForFunction(
      () =>
        new Promise((done) => {
          const y = scrollY;
          requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === y)));
        }),
    );
    await screenshot(page, "hover-card");
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => {
      const card = document.querySelector("quotelight-card")!.shadowRoot!.querySelector(".card")!;
      return getComputedStyle(card).backgroundColor === "rgb(30, 30, 33)";
    });
    await screenshot(page, "hover-card-dark");
  },
);

test(
  "next/previous-quote shortcuts move focus to each quote's card; " +
    "Tab reaches its buttons; Escape closes it and gives focus back",
  async () => {
    const { page, tabId, report } = await article();
    await page.locator("h1").click(); // Focus in the page, as a reader's would be.
    await pressShortcut(tabId, "next-quote");
    const first = await waitForCard(page, (c) => c?.visible === true);
    assert.equal(first.quote, report.quotes[0]!.id, "from the top of the page, the first quote");
    assert.equal(first.focused, "card");
    // The card covers no part of the quote it is about.
    const quoteBox = await page.evaluate(() => {
      const [range] = CSS.highlights.get("quotelight-flash")!;
      const box = (range as Range).getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    });
    assert.ok(
      first.box!.top >= quoteBox.bottom || first.box!.top + first.box!.height <= quoteBox.top,
      JSON.stringify([first.box, quoteBox]),
    );
    await pressShortcut(tabId, "next-quote");
    const second = await waitForCard(page, (c) => c?.quote === report.quotes[1]!.id);
    assert.equal(second.focused, "card");
    await pressShortcut(tabId, "previous-quote");
    await waitForCard(page, (c) => c?.quote === report.quotes[0]!.id);
    // The card is a dialog named after the speaker; its buttons are reachable with Tab.
    const dialog = (await cardDialog(page))!;
    const speaker = report.speakers.find((s) => s.id === report.quotes[0]!.speaker)!;
    assert.equal(dialog.role, "dialog");
    assert.equal(dialog.labelledBy, "quotelight-card-name");
    assert.equal(dialog.name, speaker.name);
    await page.keyboard.press("Tab");
    assert.equal((await cardState(page))!.focused, "previous");
    await screenshot(page, "hover-card-keyboard");
    await page.keyboard.press("Escape");
    const closed = await waitForCard(page, (c) => c?.visible === false);
    assert.equal(closed.focused, "body", "focus goes back where it was");
  },
);

test("focus on a link inside a quote shows the quote's card and leaves focus on the link", async () => {
  const { page, report } = await article("reader-article.html");
  const quote = report.quotes.find((q) => q.text.includes("bus lane"))!;
  const speaker = report.speakers.find((s) => s.id === quote.speaker)!;
  await page.locator("h1").click();
  await page.keyboard.press("Tab"); // The article's only link, in that quote.
  const card = await waitForCard(page, (c) => c?.visible === true);
  assert.equal(card.quote, quote.id);
  assert.ok(card.text.startsWith(speaker.name), card.text);
  assert.equal(await page.evaluate(() => document.activeElement?.localName), "a");
  await page.keyboard.press("Shift+Tab"); // Focus leaves the quote: the card goes.
  await waitForCard(page, (c) => c?.visible === false);
});

test("the toggle shortcut hides the highlights and shows them again", async () => {
  const { page, tabId } = await article();
  const before = await highlightsIn(page);
  await pressShortcut(tabId, "toggle-highlights");
  await ext.waitForReport(tabId, (r) => r?.status === "hidden");
  assert.deepEqual(await highlightsIn(page), {});
  await pressShortcut(tabId, "toggle-highlights");
  await ext.waitForReport(tabId, (r) => r?.status === "highlighted");
  assert.deepEqual(await highlightsIn(page), before);
});

test("the toggle shortcut on a page not taken for an article looks for its quotes", async () => {
  const page = await ext.open("not-article.html");
  const tabId = await ext.tabId(page);
  await ext.waitForReport(tabId, (r) => r?.status === "waiting");
  await pressShortcut(tabId, "toggle-highlights");
  await ext.waitForReport(tabId, (r) => r?.status === "highlighted");
});

test("the side panel shortcut opens Chrome's side panel on the tab's window", async () => {
  const { tabId } = await article();
  // Without a real key press there is no user gesture, which chrome.sidePanel.open requires:
  // record the call instead, and check the handler makes it with the tab's window.
  const opened = await ext.serviceWorker.evaluate(async (id) => {
    const calls: { windowId: number }[] = [];
    const real = chrome.sidePanel.open;
    chrome.sidePanel.open = async (options) => void calls.push(options);
    try {
      const tab = (await chrome.tabs.get(id)) as { windowId: number };
      chrome.commands.onCommand.dispatch("open-side-panel", tab);
      await new Promise((r) => setTimeout(r, 100));
      return { calls, windowId: tab.windowId };
    } finally {
      chrome.sidePanel.open = real;
    }
  }, tabId);
  assert.deepEqual(opened.calls, [{ windowId: opened.windowId }]);
});

test("the card keeps its own look on a page whose styles (and CSP) would break added elements", async () => {
  const page = await ext.open("hostile-card.html");
  await waitForSomeHighlights(page);
  await ext.sendToTab(await ext.tabId(page), { type: "step-quote", direction: 1 });
  await waitForCard(page, (c) => c?.visible === true);
  const look = await page.evaluate(() => {
    const card = document.querySelector("quotelight-card")!.shadowRoot!.querySelector(".card")!;
    const style = getComputedStyle(card);
    const button = getComputedStyle(card.querySelector("button")!);
    return [style.position, style.fontSize, style.color, button.backgroundColor, button.borderTopWidth];
  });
  assert.deepEqual(look, ["fixed", "13px", "rgb(29, 29, 31)", "rgb(247, 247, 249)", "1px"]);
  await screenshot(page, "hover-card-hostile-page");
});

test("no page and no extension page wrote to the console", () => {
  assert.deepEqual(ext.errors, []);
});
