// The popup and side panel in a French browser: every string from _locales/fr, numbers and
// plurals French. Chromium on Linux takes its UI language from the environment.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { launchExtension, screenshot, waitForHighlights, type ExtensionBrowser } from "./harness.ts";

// Debian's chromium ships English only; French needs the chromium-l10n package.
const french = existsSync("/usr/lib/chromium/locales/fr.pak");

let ext: ExtensionBrowser;
const saved = { LANGUAGE: process.env.LANGUAGE, LC_ALL: process.env.LC_ALL };
before(async () => {
  if (!french) return;
  process.env.LANGUAGE = "fr";
  process.env.LC_ALL = "fr_FR.UTF-8";
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
  Object.assign(process.env, saved);
});

test("with a French browser the popup and side panel speak French", { skip: !french && "needs chromium-l10n" }, async () => {
  const page = await ext.open("ui-article.html");
  await waitForHighlights(page, (h) => Object.keys(h).length > 0);
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
  assert.match((await panel.getByRole("img").getAttribute("aria-label")) ?? "", /^Part des mots cités\u00a0: .+ \d+\u00a0%/);
  assert.equal(await panel.locator(".kind dt").first().textContent(), "Personnes\u00a0:");
  await screenshot(panel, "sidepanel-fr");
  assert.deepEqual(ext.errors, []);
});
