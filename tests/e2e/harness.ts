// End-to-end harness: Chromium with the built extension (dist/chrome), a local static server for
// the test pages in tests/e2e/pages/, and every console error of pages, extension pages and the
// service worker collected, so each test can assert there were none.
//
//   const ext = await launchExtension();           // after `npm run build`
//   const page = await ext.open("article-en.html");  // waits until the content script reported
//   await highlightsIn(page)                        // what CSS.highlights holds, by name
//   await ext.close();
import type { BrowserContext, Page, Worker } from "playwright-core";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { launchWithExtension, serveDirectory, tabIdFor } from "../../build/chromium.mjs";
import type { Message, PageReport } from "../../src/messages.ts";
import { reportFromStorage } from "../../src/background/tabReports.ts";
import { freshProfile, pagesDir, screenshotPath, testHighlightPrefix } from "./driver.ts";
import { highlightsIn } from "./highlights.ts";
import { eventually } from "./eventually.ts";

export { highlightsIn, rgb, waitForHighlights, waitForSomeHighlights } from "./highlights.ts";
export { eventually } from "./eventually.ts";

export { artefactsDir } from "./driver.ts";
const extensionDir = resolve("dist/chrome");

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Base URL of the local server for tests/e2e/pages/, ending in "/". */
  baseUrl: string;
  /** Console errors and uncaught exceptions seen anywhere so far, each prefixed by where. */
  errors: string[];
  /**
   * Opens a test page in a new tab and waits until its content script has reported; a unique
   * query string keeps each tab's URL distinct. `beforeLoad` runs in the page before any script.
   */
  open(path: string, options?: { beforeLoad?: () => void }): Promise<Page>;
  /** The tab id of a page opened with `open`. */
  tabId(page: Page): Promise<number>;
  /** Opens an extension page (e.g. `popup.html?tab=3`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Opens an extension page in a window of its own, as the real popup and side panel sit beside
   * the page: the page's tab stays visible, so its smooth scrolling and flashes run.
   */
  openExtensionWindow(path: string): Promise<Page>;
  /** The background's report for a tab, as the popup would get it. */
  report(tabId: number): Promise<PageReport | null>;
  /** Sends a message to a tab's content script, as the popup does; resolves to its answer. */
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  /** Writes to the extension's storage.sync, as the popup's per-site switch does. */
  setSyncStorage(items: Record<string, unknown>): Promise<void>;
  /** Waits until the tab's report satisfies `check` (reports follow the page after a debounce). */
  waitForReport(
    tabId: number,
    check: (report: PageReport | null) => boolean,
    timeoutMs?: number,
  ): Promise<PageReport | null>;
  /** The toolbar badge text for a tab. */
  badge(tabId: number): Promise<string>;
  close(): Promise<void>;
}

/** The few extension APIs the harness calls inside the service worker (no @types/chrome here). */
declare const chrome: {
  storage: {
    session: { get(key: string): Promise<Record<string, unknown>> };
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    sync: { set(items: Record<string, unknown>): Promise<void> };
  };
  tabs: { sendMessage(tabId: number, message: Message): Promise<unknown> };
  windows: { create(options: { url: string }): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

let opened = 0;

/**
 * `keepInstallPrefix`: leave the random highlight prefix the install drew, instead of giving it
 * testHighlightPrefix (driver.ts).
 */
export async function launchExtension({ keepInstallPrefix = false } = {}): Promise<ExtensionBrowser> {
  const profile = freshProfile("e2e-");
  const { server, baseUrl } = await serveDirectory(pagesDir);
  const { context, serviceWorker, extensionId } = await launchWithExtension(extensionDir, {
    profileDir: profile,
    viewport: { width: 1100, height: 800 },
  });
  if (!keepInstallPrefix) await replaceHighlightPrefix(serviceWorker);
  const errors: string[] = [];
  const watch = (where: () => string, target: Page | Worker) => {
    target.on("console", (message) => {
      if (message.type() === "error") errors.push(`${where()}: ${message.text()}`);
    });
  };
  watch(() => "service worker", serviceWorker);
  context.on("page", (page) => {
    watch(() => page.url(), page);
    page.on("pageerror", (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
  });
  context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));

  const tabId = (page: Page) => tabIdFor(serviceWorker, page.url());
  const report = async (id: number) =>
    reportFromStorage(
      await serviceWorker.evaluate(async (key) => (await chrome.storage.session.get(key))[key], `tab:${id}`),
    );
  const extensionPage = `chrome-extension://${extensionId}/`;

  return {
    context,
    serviceWorker,
    extensionId,
    baseUrl,
    errors,
    async open(path, { beforeLoad } = {}) {
      const page = await context.newPage();
      if (beforeLoad) await page.addInitScript(beforeLoad);
      const url = new URL(path, baseUrl);
      url.searchParams.set("visit", String(++opened));
      await page.goto(url.href);
      await tabId(page);
      return page;
    },
    tabId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionPage + path);
      return page;
    },
    async openExtensionWindow(path) {
      const opened = context.waitForEvent("page");
      await serviceWorker.evaluate((url) => chrome.windows.create({ url }), extensionPage + path);
      const page = await opened;
      await page.waitForLoadState();
      return page;
    },
    report,
    waitForReport: (id, check, timeoutMs) => eventually(() => report(id), check, timeoutMs),
    sendToTab: (id, message) =>
      serviceWorker.evaluate(([tabId, m]) => chrome.tabs.sendMessage(tabId, m), [id, message] as const),
    setSyncStorage: (items) => serviceWorker.evaluate((i) => chrome.storage.sync.set(i), items),
    badge: (id) => serviceWorker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), id),
    async close() {
      await context.close();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Once the install has drawn its highlight prefix, puts testHighlightPrefix in its place. */
async function replaceHighlightPrefix(serviceWorker: Worker): Promise<void> {
  const local = () =>
    serviceWorker.evaluate(() => chrome.storage.local.get("highlightPrefix")) as Promise<
      Record<string, unknown>
    >;
  await eventually(local, (stored) => typeof stored.highlightPrefix === "string");
  await serviceWorker.evaluate(
    (prefix) => chrome.storage.local.set({ highlightPrefix: prefix }),
    testHighlightPrefix,
  );
}

/** Every highlighted text on the page, whatever its colour, in no particular order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  const byName = await highlightsIn(page);
  return Object.entries(byName)
    .filter(([name]) => name !== "quotelight-flash")
    .flatMap(([, texts]) => texts);
}

/** A node of the DevTools protocol's DOM tree, as far as revealCard reads it. */
interface ProtocolNode {
  localName?: string;
  backendNodeId: number;
  children?: ProtocolNode[];
  shadowRoots?: ProtocolNode[];
}

function findCardHost(node: ProtocolNode): ProtocolNode | null {
  if (node.localName === "quotelight-card") return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findCardHost(child);
    if (found) return found;
  }
  return null;
}

/**
 * The hover card lives in a closed shadow root: the page's scripts, and so `page.evaluate` and
 * Playwright's locators, cannot see inside it. For tests only, this finds it through the
 * DevTools protocol (which sees every shadow root) and makes the host's `shadowRoot` return it
 * in the page's main world. Resolves to false while the page has no card.
 */
export async function revealCard(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send("DOM.getDocument", { depth: -1, pierce: true })) as {
      root: ProtocolNode;
    };
    const shadow = findCardHost(root)?.shadowRoots?.[0];
    if (!shadow) return false;
    const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: shadow.backendNodeId });
    await cdp.send("Runtime.callFunctionOn", {
      objectId: object.objectId!,
      functionDeclaration:
        "function () { Object.defineProperty(this.host, " +
        "'shadowRoot', { configurable: true, get: () => this }); }",
    });
    return true;
  } finally {
    await cdp.detach();
  }
}

/** What the card's dialog says, read through revealCard; null while the page has no card. */
export interface CardDialog {
  hidden: boolean;
  role: string | null;
  labelledBy: string | null;
  /** The speaker's name, as the dialog is named (aria-labelledby). */
  name: string;
  /** "Quote 2 of 5 by …" */
  position: string;
  buttons: { text: string; label: string | null }[];
}

export async function cardDialog(page: Page): Promise<CardDialog | null> {
  if (!(await revealCard(page))) return null;
  return page.evaluate(() => {
    const root = document.querySelector("quotelight-card")!.shadowRoot!;
    const card = root.querySelector<HTMLElement>(".card")!;
    const labelledBy = card.getAttribute("aria-labelledby");
    return {
      hidden: card.hidden,
      role: card.getAttribute("role"),
      labelledBy,
      name: (labelledBy && root.getElementById(labelledBy)?.textContent) || "",
      position: root.querySelector(".position")?.textContent ?? "",
      buttons: [...root.querySelectorAll("button")].map((b) => ({
        text: b.textContent ?? "",
        label: b.getAttribute("aria-label"),
      })),
    };
  });
}

/**
 * Clicks the card's button labelled `label` with the mouse, as a reader does, once the button
 * holds still (the card follows its quote while the page scrolls smoothly to it), as Playwright's
 * own clicks wait for.
 */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  await eventually(() => revealCard(page), Boolean);
  const centre = () =>
    page.evaluate(async (wanted) => {
      const root = document.querySelector("quotelight-card")!.shadowRoot!;
      const button = [...root.querySelectorAll("button")].find(
        (b) => b.getAttribute("aria-label") === wanted,
      );
      if (!button) throw new Error(`no card button labelled ${wanted}`);
      // Where its centre is, now and two frames later (no named helper: the test runner's
      // transpiler would wrap it in a function the page does not have).
      const seen: { x: number; y: number }[] = [];
      for (let i = 0; i < 2; i++) {
        if (i) for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
        const box = button.getBoundingClientRect();
        seen.push({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
      }
      const [before, after] = seen as [{ x: number; y: number }, { x: number; y: number }];
      return after.x === before.x && after.y === before.y ? after : null;
    }, label);
  const point = await eventually(centre, (at) => at !== null);
  await page.mouse.click(point!.x, point!.y);
}

/** Saves a screenshot under test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = screenshotPath(name);
  await page.screenshot({ path });
  return path;
}
