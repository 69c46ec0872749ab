// The popup and side panel in a French browser: every string from _locales/fr, numbers and
// plurals French. Chromium on Linux takes its UI language from the environment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { frenchAvailable as french, launchInFrench } from "./french.ts";
import { screenshot, waitForSomeHighlights, type ExtensionBrowser } from "./harness.ts";
import { screenshotPath } from "./driver.ts";

let ext: ExtensionBrowser;
before(async () => {
  if (french) ext = await launchInFrench();
});
after(async () => {
  await ext?.close();
});

test("with a French browser the popup and side panel speak French", {
  skip: !french && "needs chromium-l10n",
}, async () => {
  const page = await ext.open("ui-article.html");
  await waitForSomeHighlights(page);
  const tabId = await ext.tabId(page);
  const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 340, height: 420 });
  await popup.getByRole("switch", { name: "Surligner les citations de cette page" }).waitFor();
  assert.equal(await popup.evaluate(() => document.documentElement.lang), "fr");
  assert.match((await popup.textContent(".masthead-summary")) ?? "", /^\d+ citations de \d+ intervenants$/);
  await screenshot(popup, "popup-fr");

  const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 380, height: 900 });
  await panel.getByRole("button", { name: "Copier en Markdown" }).waitFor();
  assert.match(
    (await panel.getByRole("img").getAttribute("aria-label")) ?? "",
    /^Part des mots cités\u00a0: .+ \d+\u00a0%/,
  );
  assert.match(
    (await panel.locator(".summary-sentence").textContent()) ?? "",
    new RegExp(
      "^7 citations de 4 sources\\u00a0: 2 responsables publics, 1 expert et 1 " +
        "anonyme\\u00a0; la source la plus citée, Jake Sullivan, a 52\\s% des mots cités\\.$",
    ),
  );
  assert.equal(
    await panel.locator(".kinds dt").first().textContent(),
    "Responsables publics et politiques\u00a0:",
  );
  assert.deepEqual(await panel.locator(".balance dt").allTextContents(), [
    "Première voix citée\u00a0:",
    "Dernière voix citée\u00a0:",
  ]);
  await screenshot(panel, "sidepanel-fr");
  await panel.locator(".summary").screenshot({ path: screenshotPath("sidepanel-summary-fr") });
  assert.deepEqual(ext.errors, []);
});
