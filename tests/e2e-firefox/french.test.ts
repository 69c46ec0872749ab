// The side panel in a French Firefox: the summary of sources from _locales/fr, numbers French.
// Firefox takes its interface language from the `intl.locale.requested` preference, once the
// language pack is there (Debian's firefox-esr-l10n-fr, which `npm run setup` installs).
// Needs a build (`npm test`).
import { existsSync } from "node:fs";
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { voicesOf } from "../../src/ui/report.ts";
import { sourcingOf, summarySentence } from "../../src/ui/summary.ts";
import { catalogueWording } from "../../src/ui/messageFormat.ts";
import frenchMessages from "../../_locales/fr/messages.json";
import { waitForSomeHighlights } from "../e2e/highlights.ts";
import { launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

/** Debian's firefox-esr ships English only; the French pack is an add-on beside it. */
const frenchAvailable = existsSync(
  "/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi",
);

let ext: FirefoxDriver;
before(async () => {
  if (frenchAvailable) ext = await launchFirefox({}, { "intl.locale.requested": "fr" });
});
after(async () => {
  await ext?.close();
});

test("with a French Firefox the side panel sums up the sources in French", {
  skip: !frenchAvailable && "needs firefox-esr-l10n-fr",
}, async () => {
  const page = await ext.open("ui-article.html");
  await waitForSomeHighlights(page);
  const tabId = await ext.tabId(page);
  const panel = await ext.openExtensionWindow(`sidepanel.html?tab=${tabId}`);
  await panel.setViewport(380, 900);
  await panel.waitForFunction(() => document.querySelector(".summary-sentence"));
  const shown = await panel.evaluate(() => ({
    lang: document.documentElement.lang,
    sentence: document.querySelector(".summary-sentence")?.textContent,
    firstKind: document.querySelector(".kinds dt")?.textContent,
  }));
  const sourcing = sourcingOf(voicesOf((await ext.report(tabId))!));
  const sentence = summarySentence(sourcing, catalogueWording(frenchMessages, "fr"));
  assert.deepEqual(shown, {
    lang: "fr",
    sentence,
    firstKind: "Responsables publics et politiques\u00a0:",
  });
  // French customs, not only French words: a no-break space before the colon and the percent sign.
  assert.match(sentence, /^\d+ citations de \d+ sources\u00a0: .+ \d+[\u00a0\u202f]% des mots cités\.$/);
  await panel.screenshot("firefox-sidepanel-fr");
  assert.deepEqual(await ext.consoleErrors(), []);
});
