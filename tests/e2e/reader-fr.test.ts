// The options page, the card in the page, the shortcuts' names and the popup in a French
// browser: every string from _locales/fr.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { frenchAvailable as french, launchInFrench } from "./french.ts";
import {
  cardDialog,
  eventually,
  screenshot,
  waitForSomeHighlights,
  type ExtensionBrowser,
} from "./harness.ts";

let ext: ExtensionBrowser;
before(async () => {
  if (french) ext = await launchInFrench();
});
after(async () => {
  await ext?.close();
});

declare const chrome: { commands: { getAll(): Promise<{ name: string; description: string }[]> } };

const skip = !french && "needs chromium-l10n";

test("the options page speaks French", { skip }, async () => {
  const options = await ext.openExtensionWindow("options.html");
  await options.setViewportSize({ width: 760, height: 1000 });
  await options.getByRole("group", { name: "Quand chercher les citations" }).waitFor();
  assert.equal(await options.evaluate(() => document.documentElement.lang), "fr");
  assert.equal(await options.title(), "Réglages de Quotelight");
  await options.getByRole("radio", { name: "Contraste élevé : texte blanc sur couleurs sombres" }).waitFor();
  await options.getByRole("checkbox", { name: "Citations sans auteur connu" }).waitFor();
  const shortcuts = options.getByRole("region", { name: "Raccourcis clavier" });
  await shortcuts.getByText("Aller à la citation suivante").waitFor();
  await shortcuts.getByRole("button", { name: "Modifier les raccourcis" }).waitFor();
  await screenshot(options, "options-fr");
});

test("the shortcuts carry French names in the browser's shortcut settings", { skip }, async () => {
  const commands = await ext.serviceWorker.evaluate(() => chrome.commands.getAll());
  const names = Object.fromEntries(commands.map((c) => [c.name, c.description]));
  assert.equal(names["toggle-highlights"], "Afficher ou masquer les surlignages de cette page");
  assert.equal(names["previous-quote"], "Aller à la citation précédente");
  assert.equal(names["open-side-panel"], "Ouvrir le panneau latéral");
});

test("the card over a quote and the popup speak French", { skip }, async () => {
  const page = await ext.open("ui-article.html");
  await waitForSomeHighlights(page);
  const tabId = await ext.tabId(page);
  const report = (await ext.report(tabId))!;
  const speaker = report.speakers[0]!;
  const total = report.quotes.filter((q) => q.speaker === speaker.id).length;
  await ext.sendToTab(tabId, { type: "step-quote", direction: 1 });
  const card = await eventually(
    () => cardDialog(page),
    (c) => c?.position === `${speaker.name} : citation 1 sur ${total}`,
  );
  assert.ok(card!.buttons.some((b) => b.label === `Citation suivante : ${speaker.name}`));
  assert.equal(card!.buttons[0]!.text, "Précédente");
  await screenshot(page, "hover-card-fr");

  const popup = await ext.openExtensionWindow(`popup.html?tab=${tabId}`);
  await popup.getByRole("button", { name: "Ouvrir le panneau latéral" }).waitFor();
  assert.equal(await popup.evaluate(() => document.documentElement.lang), "fr");
});

test("no page and no extension page wrote to the console", { skip }, () => {
  assert.deepEqual(ext.errors, []);
});
