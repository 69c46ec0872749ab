// The driver interface (tests/e2e/driver.ts) over puppeteer-core and Firefox (build/browsers.mjs finds it),
// talking WebDriver BiDi. Firefox differs from Chromium in three ways that matter here:
// - the extension's moz-extension:// UUID is random per profile: the profile is given one up
//   front (the `extensions.webextensions.uuids` preference), so no test hook is needed;
// - there is no service worker to evaluate in: the harness keeps one extension page open as a
//   "bridge" and calls the extension's APIs from there, as the popup does;
// - puppeteer sees neither the background page nor console calls of extension pages: Firefox
//   prints every content console call to its standard output (a preference), and uncaught errors
//   of extension code are read from its console service, through the browser window's
//   privileged scope (`--remote-allow-system-access`).
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { cpSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { browserEnv, serveDirectory } from "../../build/chromium.mjs";
import { browsers, executablePath } from "../../build/browsers.mjs";
import { reportFromStorage } from "../../src/background/tabReports.ts";
import {
  freshProfile,
  pagesDir,
  screenshotPath,
  testHighlightPrefix,
  type ExtensionDriver,
  type PageHandle,
} from "../e2e/driver.ts";
import { eventually } from "../e2e/eventually.ts";

/** browser_specific_settings.gecko.id in the Firefox build. */
const addonId = "quotelight@quotelight.org";

/** The WebExtension API the bridge page calls (Firefox's own `browser` global). */
declare const browser: {
  storage: {
    session: { get(key: string | null): Promise<Record<string, unknown>> };
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

export interface FirefoxDriver extends ExtensionDriver {
  browser: Browser;
  /** Base URL of the local server for tests/e2e/pages/, ending in "/". */
  baseUrl: string;
  /** moz-extension://UUID/ */
  extensionUrl: string;
  /** Runs `fn` in an extension page, where the extension's `browser.*` APIs are. */
  inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs privileged JavaScript in the browser window (Firefox's own code, not the page's):
   * the expression's value, which must be a JSON string, parsed.
   */
  inBrowserChrome(expression: string): Promise<unknown>;
  /**
   * Clicks Quotelight's toolbar button over `page` (made its window's selected tab), as a reader
   * does: Firefox grants activeTab for the page and opens the real popup. Saves what the popup
   * shows, once its size has settled, as test-results/NAME.png; resolves to its address and size.
   */
  clickToolbarButton(
    page: PageHandle,
    name: string,
  ): Promise<{ url: string; width: number; height: number; path: string }>;
  /** Opens an extension page in a new tab of the first window (where the article tabs are). */
  openExtensionTab(path: string): Promise<PageHandle>;
  /** A handle for a page the test opened itself (one the content script may not report). */
  handleOf(page: Page): PageHandle;
  /** The puppeteer page behind a handle this driver made (to evaluate a script's source in it). */
  pageOf(handle: PageHandle): Page;
  /** Opens a page of another add-on installed with `launchFirefox(otherAddons)`, by its id. */
  openAddonPage(addon: string, path: string): Promise<PageHandle>;
  /**
   * The hover card lives in a closed shadow root, which the page's scripts (and so `evaluate`)
   * cannot open. For tests only, this has WebDriver BiDi (which can see every shadow root) hand
   * over the card's root and makes its host's `shadowRoot` return it in the page. Resolves to
   * false while the page has no card.
   */
  revealCard(page: PageHandle): Promise<boolean>;
}

let opened = 0;
/** Firefox's own logging on that output: its experiments loader (Nimbus), which finds no server offline. */
const firefoxOwn = /^console\.error: RSLoader:/;

/**
 * `otherAddons`: add-on id → folder of an unpacked add-on installed beside Quotelight (tests/).
 * `prefs`: Firefox preferences set in the fresh profile besides the harness's own.
 * `extensionDir`: the Firefox build of Quotelight to install (another one, for a benchmark).
 */
export async function launchFirefox(
  otherAddons: Record<string, string> = {},
  prefs: Record<string, unknown> = {},
  extensionDir = "dist/firefox",
): Promise<FirefoxDriver> {
  const profile = freshProfile("firefox-");
  const uuid = randomUUID();
  const uuids: Record<string, string> = { [addonId]: uuid };
  for (const id of Object.keys(otherAddons)) uuids[id] = randomUUID();
  const { server, baseUrl } = await serveDirectory(pagesDir);
  const firefox = await puppeteer.launch({
    browser: "firefox",
    executablePath: executablePath(browsers.firefox),
    headless: true,
    userDataDir: profile,
    env: browserEnv(),
    // Lets the harness open moz-extension:// pages and read the browser's console service.
    args: ["--remote-allow-system-access"],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify(uuids),
      // permissions.request() grants at once instead of showing a prompt no test can click.
      "extensions.webextOptionalPermissionPrompts": false,
      // console.* calls of pages, extension pages and the background, as "console.error: …" lines.
      "devtools.console.stdout.content": true,
      ...prefs,
    },
  });
  const extensionPage = `moz-extension://${uuid}/`;

  const errors: string[] = [];
  let output = "";
  firefox.process()?.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    const lines = output.split("\n");
    output = lines.pop()!;
    for (const line of lines)
      if (line.startsWith("console.error:") && !firefoxOwn.test(line)) errors.push(`firefox ${line}`);
  });
  const pages = new WeakMap<PageHandle, Page>();
  const handle = (page: Page): PageHandle => {
    page.on("pageerror", (error) => errors.push(`${page.url()}: uncaught ${String(error)}`));
    const handled: PageHandle = {
      url: () => page.url(),
      evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
        page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>,
      // Polled from here rather than with puppeteer's waitForFunction, which gives up on the
      // first failed evaluation, as happens while an extension page replaces about:blank.
      // Made a boolean in the page: an element, say, does not cross over.
      async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        const holds = `Boolean((${fn})(${JSON.stringify(arg)}))`;
        for (;;) {
          const result = await page.evaluate(holds).catch((error: unknown) => error);
          if (result === true) return;
          if (Date.now() > deadline) {
            const shown = await page.evaluate(() => document.body?.innerText.slice(0, 300)).catch(() => "");
            const why = result instanceof Error ? result : `the page shows: ${shown}`;
            throw new Error(`${page.url()}: never true: ${fn}\n${why}`);
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      async click(selector, index = 0) {
        const matches = await page.$$(selector);
        if (!matches[index]) throw new Error(`no element ${index} for ${selector}`);
        await matches[index].click();
      },
      async press(selector, key) {
        const element = await page.$(selector);
        if (!element) throw new Error(`no element for ${selector}`);
        await element.focus();
        await page.keyboard.press(key === "Space" ? " " : key); // puppeteer names keys by what they type
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
      // puppeteer's emulateMediaFeatures needs CDP; Firefox's preference does it (0 dark, 1 light).
      async setColorScheme(scheme) {
        const override = scheme === "dark" ? 0 : 1;
        const pref = "layout.css.prefers-color-scheme.content-override";
        await inBrowserChrome(`(Services.prefs.setIntPref("${pref}", ${override}), "true")`);
        await handled.waitForFunction(
          (dark) => matchMedia("(prefers-color-scheme: dark)").matches === dark,
          scheme === "dark",
        );
      },
      async screenshot(name) {
        const path = screenshotPath(name);
        await page.screenshot({ path });
        return path;
      },
    };
    pages.set(handled, page);
    return handled;
  };

  /** Loads an extension page: puppeteer's goto never resolves for them, so wait for the page. */
  async function loadExtensionPage(page: Page, path: string, base = extensionPage): Promise<PageHandle> {
    const handled = handle(page);
    page.goto(base + path).catch(() => undefined);
    await handled.waitForFunction(
      (url) => location.href === url && document.readyState === "complete",
      base + path,
      10_000,
    );
    return handled;
  }

  // A copy in the profile: Firefox reads a temporary add-on's files as pages ask for them, and a
  // build running meanwhile (another terminal) would pull them from under the suite.
  const installed = join(profile, "quotelight");
  cpSync(resolve(extensionDir), installed, { recursive: true });
  try {
    await firefox.installExtension(installed);
    for (const dir of Object.values(otherAddons)) await firefox.installExtension(resolve(dir));
  } catch (error) {
    await firefox.close();
    await new Promise((done) => server.close(done));
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const bridge = await loadExtensionPage(await firefox.newPage({ background: true }), "popup.html?tab=0");
  const inExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => bridge.evaluate(fn, arg);
  // Once the install has drawn its highlight prefix, testHighlightPrefix takes its place (driver.ts).
  await eventually(
    () => inExtension(async () => (await browser.storage.local.get("highlightPrefix")).highlightPrefix, null),
    (prefix) => typeof prefix === "string",
  );
  await inExtension((prefix) => browser.storage.local.set({ highlightPrefix: prefix }), testHighlightPrefix);

  // Raw BiDi: puppeteer has no call for Firefox's privileged ("chrome") browsing contexts.
  const bidi = (
    firefox as unknown as {
      connection: { send(method: string, params: object): Promise<{ result: unknown }> };
    }
  ).connection;
  const chromeContext = async () => {
    const { result } = await bidi.send("browsingContext.getTree", { "moz:scope": "chrome" });
    return (result as { contexts: { context: string }[] }).contexts[0]!.context;
  };
  async function inBrowserChrome(expression: string): Promise<unknown> {
    const { result } = (await bidi.send("script.evaluate", {
      expression,
      target: { context: await chromeContext() },
      awaitPromise: true,
    })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: { text: string } } };
    if (result.type !== "success") throw new Error(`browser chrome: ${result.exceptionDetails?.text}`);
    return JSON.parse(result.result?.value ?? "null");
  }
  // Uncaught errors of every extension context (background, content scripts, pages).
  await inBrowserChrome(`(() => {
    const errors = (globalThis.quotelightErrors = []);
    const fromExtension = (source) => String(source ?? "").startsWith(${JSON.stringify(extensionPage)});
    Services.console.registerListener({
      observe(message) {
        if (message instanceof Ci.nsIScriptError && !(message.flags & Ci.nsIScriptError.warningFlag) &&
            !(message.flags & Ci.nsIScriptError.infoFlag) && fromExtension(message.sourceName))
          errors.push(message.sourceName + ": " + message.errorMessage);
      },
    });
    return "true";
  })()`);

  async function revealCard(page: PageHandle): Promise<boolean> {
    const { result: tree } = await bidi.send("browsingContext.getTree", {});
    const context = (tree as { contexts: { context: string; url: string }[] }).contexts.find(
      (c) => c.url === page.url(),
    )?.context;
    if (!context) throw new Error(`no browsing context for ${page.url()}`);
    const { result: located } = await bidi.send("browsingContext.locateNodes", {
      context,
      locator: { type: "css", value: "quotelight-card" },
      serializationOptions: { includeShadowTree: "all", maxDomDepth: 0 },
    });
    const [host] = (located as { nodes: { value?: { shadowRoot?: { sharedId: string } | null } }[] }).nodes;
    const shadowRoot = host?.value?.shadowRoot;
    if (!shadowRoot) return false;
    await bidi.send("script.callFunction", {
      functionDeclaration:
        "function (root) { Object.defineProperty(root.host, " +
        "'shadowRoot', { configurable: true, get: () => root }); }",
      target: { context },
      arguments: [{ sharedId: shadowRoot.sharedId }],
      awaitPromise: false,
    });
    return true;
  }

  async function clickToolbarButton(page: PageHandle, name: string) {
    const shown = (await inBrowserChrome(`(async () => {
      const url = ${JSON.stringify(page.url())};
      const tabOf = (win) => win.gBrowser.tabs.find((tab) => tab.linkedBrowser.currentURI.spec === url);
      const win = [...Services.wm.getEnumerator("navigator:browser")].find(tabOf);
      win.gBrowser.selectedTab = tabOf(win);
      // Unpinned extension buttons sit in the extensions panel: pin it to the toolbar first.
      const id = ${JSON.stringify(`${addonId.replace(/[^a-z0-9_-]/g, "_")}-browser-action`)};
      CustomizableUI.addWidgetToArea(id, CustomizableUI.AREA_NAVBAR);
      const node = CustomizableUI.getWidget(id).forWindow(win).node;
      (node.querySelector(".unified-extensions-item-action-button") ?? node).click();
      // The popup loads in a browser of its own that grows to fit what it renders: wait until
      // its size has held for half a second.
      let browser = null, last = "", steady = 0;
      for (let i = 0; i < 100 && steady < 5; i++) {
        await new Promise((done) => win.setTimeout(done, 100));
        browser = win.document.querySelector(".webextension-popup-browser");
        const ready = browser?.browsingContext?.currentWindowGlobal
          && browser.currentURI.spec.startsWith("moz-extension:");
        const size = ready ? browser.clientWidth + "x" + browser.clientHeight : "";
        steady = size && size === last ? steady + 1 : 0;
        last = size;
      }
      const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, "white");
      const canvas = win.document.createElementNS("http://www.w3.org/1999/xhtml", "canvas");
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext("2d").drawImage(bitmap, 0, 0);
      const shownUrl = browser.currentURI.spec;
      // Closed again, as a click elsewhere would: another click on the button would only close it.
      browser.closest("panel").hidePopup();
      return JSON.stringify({
        url: shownUrl, width: bitmap.width, height: bitmap.height, png: canvas.toDataURL("image/png"),
      });
    })()`)) as { url: string; width: number; height: number; png: string };
    const path = screenshotPath(name);
    writeFileSync(path, Buffer.from(shown.png.slice(shown.png.indexOf(",") + 1), "base64"));
    return { url: shown.url, width: shown.width, height: shown.height, path };
  }

  const tabId = async (page: PageHandle) => {
    const id = await eventually(
      () =>
        inExtension(async (url) => {
          const all = (await browser.storage.session.get(null)) as Record<
            string,
            { url?: string } | undefined
          >;
          const key = Object.keys(all).find((k) => k.startsWith("tab:") && all[k]?.url === url);
          return key ? Number(key.slice(4)) : null;
        }, page.url()),
      (found) => found !== null,
      10_000,
    ).catch(() => null);
    if (id === null) throw new Error(`no report from the page ${page.url()}`);
    return id;
  };

  return {
    browserName: "firefox",
    browser: firefox,
    baseUrl,
    extensionUrl: extensionPage,
    inExtension,
    inBrowserChrome,
    handleOf: handle,
    pageOf(handled) {
      const page = pages.get(handled);
      if (!page) throw new Error(`not a page of this Firefox: ${handled.url()}`);
      return page;
    },
    async consoleErrors() {
      const background = (await inBrowserChrome("JSON.stringify(globalThis.quotelightErrors)")) as string[];
      return [...errors, ...background];
    },
    async open(path, { beforeLoad } = {}) {
      const page = await firefox.newPage();
      const handled = handle(page);
      if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
      const url = new URL(path, baseUrl);
      url.searchParams.set("visit", String(++opened));
      await page.goto(url.href);
      await tabId(handled);
      return handled;
    },
    tabId,
    clickToolbarButton,
    revealCard,
    openExtensionTab: async (path) => loadExtensionPage(await firefox.newPage(), path),
    openExtensionWindow: async (path) => loadExtensionPage(await firefox.newPage({ type: "window" }), path),
    openAddonPage: async (addon, path) =>
      loadExtensionPage(await firefox.newPage(), path, `moz-extension://${uuids[addon]}/`),
    report: async (id) =>
      reportFromStorage(
        await inExtension(async (key) => (await browser.storage.session.get(key))[key], `tab:${id}`),
      ),
    async close() {
      await firefox.close();
      await new Promise((done) => server.close(done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
