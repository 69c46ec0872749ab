// The driver interface (driver.ts) over Playwright and Chromium, on the Chromium harness.
import type { Page } from "playwright-core";
import type { ExtensionDriver, PageHandle } from "./driver.ts";
import { launchExtension, screenshot } from "./harness.ts";

export async function launchChromium(): Promise<ExtensionDriver> {
  const ext = await launchExtension();
  const pages = new WeakMap<PageHandle, Page>();
  const handle = (page: Page): PageHandle => {
    const wrapped: PageHandle = {
      url: () => page.url(),
      // The page functions take plain JSON arguments, which Playwright passes through as they are.
      evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) =>
        page.evaluate(fn as (arg: unknown) => R, arg),
      async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, timeoutMs = 10_000) {
        await page.waitForFunction(fn as (arg: unknown) => unknown, arg, { timeout: timeoutMs });
      },
      click: (selector, index = 0) => page.locator(selector).nth(index).click(),
      press: (selector, key) => page.locator(selector).first().press(key),
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
      screenshot: (name) => screenshot(page, name),
    };
    pages.set(wrapped, page);
    return wrapped;
  };
  return {
    browserName: "chromium",
    consoleErrors: async () => ext.errors,
    open: async (path, options) => handle(await ext.open(path, options)),
    tabId: (page) => ext.tabId(pages.get(page)!),
    openExtensionWindow: async (path) => handle(await ext.openExtensionWindow(path)),
    report: (tabId) => ext.report(tabId),
    close: () => ext.close(),
  };
}
