// Accessibility of the popup and side panel, checked with axe-core in every state that has its
// own markup, in light and dark (colour contrast differs), and by walking them with the keyboard.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { violations } from "./axe.ts";
import {
  launchExtension,
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

async function articleTab(path: string) {
  const page = await ext.open(path);
  return ext.tabId(page);
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`popup and side panel pass axe-core in ${colorScheme} mode`, async () => {
    const page = await ext.open("ui-article.html");
    await waitForSomeHighlights(page);
    const tabId = await ext.tabId(page);
    const waitingTab = await articleTab("not-article.html");
    const views: [string, string][] = [
      [`popup.html?tab=${tabId}`, ".speaker"],
      [`popup.html?tab=${waitingTab}`, ".state"],
      [`sidepanel.html?tab=${tabId}`, ".voice"],
      [`sidepanel.html?tab=${waitingTab}`, ".state"],
    ];
    for (const [path, ready] of views) {
      const view = await ext.openExtensionWindow(path);
      await view.emulateMedia({ colorScheme });
      await view.waitForSelector(ready);
      assert.deepEqual(await violations(view), [], `${path} (${colorScheme})`);
      await view.close();
    }
  });
}

test(
  "the popup works from the keyboard: Tab reaches every " +
    "control with its focus shown, Enter shows a quote",
  async () => {
    const page = await ext.open("ui-article.html");
    await waitForSomeHighlights(page);
    const popup = await ext.openExtensionWindow(`popup.html?tab=${await ext.tabId(page)}`);
    await popup.waitForSelector(".speaker");
    const controls = await popup.locator("button").count();
    const reached: string[] = [];
    for (let i = 0; i < controls; i++) {
      await popup.keyboard.press("Tab");
      reached.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          // Focus must be visible: the focus ring is an outline.
          return getComputedStyle(el).outlineStyle !== "none"
            ? (el.getAttribute("role") ?? el.tagName)
            : "INVISIBLE";
        }),
      );
    }
    assert.ok(!reached.includes("INVISIBLE"), `every focused control shows it: ${reached}`);
    assert.deepEqual(reached.filter((r) => r === "switch").length, 2);
    // Back to the first speaker with the keyboard, and show their quote with Enter.
    await popup.locator(".speaker").first().focus();
    await popup.keyboard.press("Enter");
    await waitForHighlights(page, (h) => "quotelight-flash" in h);
  },
);

test("no page and no extension page wrote to the console", () => {
  assert.deepEqual(ext.errors, []);
});
