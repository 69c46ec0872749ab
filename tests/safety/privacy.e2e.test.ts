// In Chromium with the built extension (dist/chrome; `npm test` builds it): a full run over
// articles, a page that is not one, the popup and the side panel, recording every request the
// browser makes, what the extension stores, and whether page text ever runs as code.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Request } from "playwright-core";
import { launchExtension, waitForHighlights, type ExtensionBrowser } from "../e2e/harness.ts";

let ext: ExtensionBrowser;
const requests: Request[] = [];
const dialogs: string[] = [];

before(async () => {
  // The install's own random highlight prefix, as a reader's install has it.
  ext = await launchExtension({ keepInstallPrefix: true });
  ext.context.on("request", (request) => requests.push(request));
  ext.context.on("page", (page) =>
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
});
after(async () => {
  await ext?.close();
});

declare const chrome: {
  storage: Record<"local" | "sync" | "session", { get(keys: null): Promise<Record<string, unknown>> }>;
};

/** Opens the popup and the side panel for a tab, and waits until they show its speakers. */
async function openPanels(tabId: number) {
  const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
  const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
  await panel.waitForFunction(() => document.body.innerText.includes("Tom Baker"));
  await popup.waitForFunction(() => document.body.innerText.includes("Tom Baker"));
  return { popup, panel };
}

test("a full run: quotes found and shown, and page text is only ever text", async () => {
  const article = await ext.open("article-en.html");
  await waitForHighlights(article, (h) => Object.keys(h).length > 0);
  const hostile = await ext.open("ui-article.html");
  const tabId = await ext.tabId(hostile);
  const { popup, panel } = await openPanels(tabId);
  // The quote that holds an <img onerror> tag shows its characters, and no element came of it.
  assert.ok((await panel.innerText("body")).includes("<img src=x onerror=alert(1)>"));
  for (const view of [popup, panel]) {
    assert.equal(await view.locator('img[src="x"], img[onerror]').count(), 0);
  }
  await ext.sendToTab(tabId, { type: "set-highlighting", enabled: false });
  await ext.sendToTab(tabId, { type: "set-highlighting", enabled: true });
  const plain = await ext.open("not-article.html");
  await ext.sendToTab(await ext.tabId(plain), { type: "scan-now" });
  await popup.reload();
  await panel.reload();
  // Once both show the page's quotes again, no element came of the quote's tag, so nothing of it
  // can run later either.
  await panel.waitForFunction(() => document.body.innerText.includes("<img src=x onerror=alert(1)>"));
  for (const view of [popup, panel]) {
    await view.waitForFunction(() => document.body.innerText.includes("Tom Baker"));
    assert.equal(await view.locator('img[src="x"], img[onerror]').count(), 0);
  }
  assert.deepEqual(dialogs, [], "page text ran as code");
  assert.deepEqual(ext.errors, []);
});

test("during the whole run the extension made no network request", () => {
  assert.ok(requests.length > 0, "requests were recorded");
  const unexpected = requests.filter((r) => {
    const url = r.url();
    // The extension's own packaged files (reader.js comes from a per-session chrome-extension://
    // address) never leave the browser; the test pages are local, and none of them fetches anything.
    if (url.startsWith("chrome-extension://")) return false;
    if (url.startsWith(ext.baseUrl))
      return (
        ["fetch", "xhr", "websocket", "eventsource", "ping", "beacon"].includes(r.resourceType()) ||
        r.serviceWorker() !== null
      );
    return true;
  });
  assert.deepEqual(
    unexpected.map((r) => `${r.resourceType()} ${r.url()}`),
    [],
  );
});

test(
  "a page sees only this install's random highlight names (none " +
    "says Quotelight, and they are painted) and not inside the card",
  async () => {
    const { highlightPrefix } = await ext.serviceWorker.evaluate(() => chrome.storage.local.get(null));
    assert.match(String(highlightPrefix), /^h[0-9a-f]{16}$/);
    const page = await ext.open("article-en.html");
    const highlights = await waitForHighlights(page, (h) => Object.keys(h).length > 0);
    for (const name of Object.keys(highlights)) assert.ok(name.startsWith(`${highlightPrefix}-`), name);
    const seen = await page.evaluate(() => ({
      names: [...CSS.highlights.keys()].join(" "),
      // What the page could read of our stylesheet: its rules name the same random highlights.
      rules: [...document.adoptedStyleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
        .join("\n"),
    }));
    assert.doesNotMatch(`${seen.names}\n${seen.rules}`, /quotelight/i);
    const painted = await page.evaluate(
      (name) =>
        getComputedStyle(document.querySelector("article p:nth-of-type(3)")!, `::highlight(${name})`)
          .backgroundColor,
      `${highlightPrefix}-0`,
    );
    assert.notEqual(painted, "rgba(0, 0, 0, 0)");
    // The card, once shown, is an element the page can see, with nothing inside that it can read.
    await ext.sendToTab(await ext.tabId(page), { type: "step-quote", direction: 1 });
    const cardTag = `${highlightPrefix}-card`;
    await page.waitForFunction((tag) => document.querySelector(tag) !== null, cardTag);
    const card = await page.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      return { shadowRoot: host.shadowRoot === null, text: host.textContent, children: host.children.length };
    }, cardTag);
    assert.deepEqual(card, { shadowRoot: true, text: "", children: 0 });
    assert.equal(await page.evaluate(() => document.querySelector("quotelight-card")), null);
  },
);

test(
  "nothing is stored but settings: storage.local only the highlight prefix, " +
    "storage.sync only switches and hostnames, the page's storage untouched",
  async () => {
    const stored = await ext.serviceWorker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    }));
    assert.deepEqual(Object.keys(stored.local), ["highlightPrefix"]);
    // Settings are switches, choices and hostnames: nothing read from a page, no address with a path.
    const isSetting = (v: unknown) =>
      typeof v === "boolean" ||
      (typeof v === "string" && v.length < 40) ||
      (Array.isArray(v) && v.every((h) => /^[\w.-]+$/.test(String(h))));
    for (const [key, value] of Object.entries(stored.sync))
      assert.ok(isSetting(value), `storage.sync ${key}: ${JSON.stringify(value)}`);
    // storage.session is memory only, cleared when the browser closes: each open tab's report.
    for (const key of Object.keys(stored.session)) assert.match(key, /^tab:\d+$/);
    const page = await ext.open("article-en.html");
    const pageStorage = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    assert.deepEqual(pageStorage, { cookie: "", local: 0, session: 0 });
  },
);
