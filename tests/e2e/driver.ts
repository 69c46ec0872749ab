// What a browser test needs from a browser, whichever drives it: the end-to-end scenarios in
// scenarios.ts are written once against these two interfaces and run in Chromium (Playwright,
// playwrightDriver.ts) and in Firefox (puppeteer over WebDriver BiDi, tests/e2e-firefox/).
// Both drivers serve the same test pages and keep their screenshots in the same place.
import { mkdirSync, mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";
import type { PageReport } from "../../src/messages.ts";

export const pagesDir = resolve("tests/e2e/pages");
/** Screenshots kept for people to look at (ignored by git). */
export const artefactsDir = resolve("test-results");

/**
 * The highlight prefix the drivers give the extension once it is installed, in place of the
 * random one it drew (src/highlightPrefix.ts), so that tests can name the highlights they look
 * for (`quotelight-0`, `quotelight-flash`). The content script reads it the same way; the
 * drawing itself is tested on an install left alone (tests/safety/privacy.e2e.test.ts).
 */
export const testHighlightPrefix = "quotelight";

/** A new, empty browser profile under .cache/profiles (ignored by git); the driver removes it on close. */
export function freshProfile(prefix: string): string {
  const profilesDir = resolve(".cache/profiles");
  mkdirSync(profilesDir, { recursive: true });
  return mkdtempSync(join(profilesDir, prefix));
}

/** test-results/NAME.png, its folder made: where a screenshot called NAME is saved. */
export function screenshotPath(name: string): string {
  mkdirSync(artefactsDir, { recursive: true });
  return join(artefactsDir, `${name}.png`);
}

/** A tab: a test page or an extension page. */
export interface PageHandle {
  url(): string;
  /** Runs `fn` in the page (a function that closes over nothing) and resolves to its result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn`, run in the page, returns something truthy (by default for up to 10 s). */
  waitForFunction<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Clicks the `index`-th element matching `selector` as a user would (a trusted click). */
  click(selector: string, index?: number): Promise<void>;
  /** Focuses the first element matching `selector` and presses a key, as a keyboard user would. */
  press(selector: string, key: "Space" | "Enter"): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Shows the page as if the system were set to a dark or light theme. Firefox can only do it
   * for every page at once: set it back to "light" when done.
   */
  setColorScheme(scheme: "light" | "dark"): Promise<void>;
  /** Saves a screenshot as test-results/NAME.png and returns its path. */
  screenshot(name: string): Promise<string>;
}

export interface ExtensionDriver {
  /** Screenshot names start with it, so both browsers' pictures sit side by side. */
  readonly browserName: "chromium" | "firefox";
  /** Console errors and uncaught exceptions seen anywhere so far, each prefixed by where. */
  consoleErrors(): Promise<string[]>;
  /**
   * Opens a test page (tests/e2e/pages/) in a new tab and waits until its content script has
   * reported. `beforeLoad` runs in the page before any of its scripts.
   */
  open(path: string, options?: { beforeLoad?: () => void }): Promise<PageHandle>;
  /** The tab id of a page opened with `open`, as the extension knows it. */
  tabId(page: PageHandle): Promise<number>;
  /**
   * Opens an extension page (e.g. `popup.html?tab=3`) in a window of its own, as the real popup
   * and side panel sit beside the page: the page's tab stays visible, so its scrolling runs.
   */
  openExtensionWindow(path: string): Promise<PageHandle>;
  /** The background's report for a tab, as the popup would get it. */
  report(tabId: number): Promise<PageReport | null>;
  close(): Promise<void>;
}
