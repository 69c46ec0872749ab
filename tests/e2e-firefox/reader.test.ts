// Reader features in Firefox (issue 4): the card over a quote by pointer and by the next-quote
// message the shortcut sends, a setting changed in storage.sync reaching an open article, and
// the side panel shortcut being Firefox's own `_execute_sidebar_action`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "puppeteer-core";
import type { PageHandle } from "../e2e/driver.ts";
import { eventually } from "../e2e/eventually.ts";
import { launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

let ff: FirefoxDriver;
before(async () => {
  ff = await launchFirefox();
});
after(async () => {
  await ff?.close();
});

declare const browser: {
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: {
    sync: {
      set(items: Record<string, unknown>): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
    };
  };
  commands: { getAll(): Promise<{ name: string; shortcut?: string }[]> };
};

/** The highlighted article, its tab id, and puppeteer's page for the pointer. */
async function article(): Promise<{ handle: PageHandle; page: Page; tabId: number }> {
  const handle = await ff.open("ui-article.html");
  await handle.waitForFunction(() => CSS.highlights.size > 0);
  const page = (await ff.browser.pages()).find((p) => p.url() === handle.url())!;
  return { handle, page, tabId: await ff.tabId(handle) };
}

/** Waits until the card is shown, opened to the test (revealCard), and `holds` in the page. */
async function waitForCard(handle: PageHandle, holds: () => unknown): Promise<void> {
  await eventually(
    () => ff.revealCard(handle),
    (shown) => shown,
  );
  await handle.waitForFunction(holds);
}

const cardText = (handle: PageHandle) =>
  handle.evaluate(() => {
    const card = document.querySelector("quotelight-card")?.shadowRoot?.querySelector<HTMLElement>(".card");
    return card && !card.hidden ? card.innerText.replace(/\s+/g, " ").trim() : null;
  });

test("resting the pointer on a quote shows its card", async () => {
  const { handle, page, tabId } = await article();
  const report = (await ff.report(tabId))!;
  const speaker = report.speakers[0]!;
  const point = await handle.evaluate(() => {
    const range = [...CSS.highlights.get("quotelight-0")!][0] as Range;
    const line = range.getClientRects()[0]!;
    return { x: line.left + 10, y: line.top + line.height / 2 };
  });
  await page.mouse.move(point.x, point.y);
  await waitForCard(handle, () => {
    const card = document.querySelector("quotelight-card")?.shadowRoot?.querySelector<HTMLElement>(".card");
    return card && !card.hidden;
  });
  assert.match(
    (await cardText(handle))!,
    new RegExp(`^${speaker.name} .*Quote 1 of \\d+ by ${speaker.name}`),
  );
  await handle.screenshot("firefox-hover-card");
});

test("the next-quote message moves focus to the first quote's card", async () => {
  const { handle, tabId } = await article();
  await ff.inExtension(([id, message]) => browser.tabs.sendMessage(id, message), [
    tabId,
    { type: "step-quote", direction: 1 },
  ] as const);
  // The page sees the card's element, never its inside: the shadow root is closed.
  await handle.waitForFunction(() => document.querySelector("quotelight-card") !== null);
  assert.equal(await handle.evaluate(() => document.querySelector("quotelight-card")!.shadowRoot), null);
  await waitForCard(handle, () => {
    const host = document.querySelector("quotelight-card");
    return host?.shadowRoot?.activeElement?.className === "card";
  });
  assert.match((await cardText(handle))!, /Quote 1 of/);
});

test("a colour scheme saved in storage.sync repaints an open article", async () => {
  const { handle } = await article();
  await ff.inExtension((items) => browser.storage.sync.set(items), { colourScheme: "colour-blind" });
  await handle.waitForFunction(() =>
    [...CSS.highlights.keys()].every((name) => name.startsWith("quotelight-cb-")),
  );
  await ff.inExtension((items) => browser.storage.sync.set(items), { colourScheme: "default" });
  await handle.waitForFunction(() => CSS.highlights.has("quotelight-0"));
});

test("the side panel shortcut is Firefox's own sidebar command", async () => {
  const commands = await ff.inExtension(() => browser.commands.getAll(), null);
  const names = commands.map((c) => c.name).sort();
  assert.deepEqual(names, ["_execute_sidebar_action", "next-quote", "previous-quote", "toggle-highlights"]);
});

test("the options page lists the shortcuts, the sidebar one included, and saves a setting", async () => {
  const options = await ff.openExtensionTab("options.html");
  await options.waitForFunction(() => document.querySelectorAll(".shortcut").length === 4);
  const listed = await options.evaluate(() =>
    [...document.querySelectorAll(".shortcut dt")].map((dt) => dt.textContent),
  );
  assert.ok(listed.includes("Open the side panel"), JSON.stringify(listed));
  await options.click('input[value="asked"]');
  await storedRunOn("asked");
  await options.screenshot("firefox-options");
  await options.click('input[value="articles"]');
  await storedRunOn("articles");
});

/** Waits until storage.sync holds `runOn: expected`. */
async function storedRunOn(expected: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while ((await ff.inExtension(() => browser.storage.sync.get("runOn"), null)).runOn !== expected) {
    if (Date.now() > deadline) throw new Error(`runOn never became ${expected}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test("no page and no extension context wrote an error", async () => {
  assert.deepEqual(await ff.consoleErrors(), []);
});
