// The article to the engine in parts, in Chromium with the built extension: no message carries
// the whole text, the page is painted before attribution ends, and a paragraph added to a long
// article sends that paragraph, not the article. The service worker's own listener records the
// parts it gets (it answers nothing, so the extension's listener still does).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, launchExtension, waitForHighlights, type ExtensionBrowser } from "./harness.ts";
import { testHighlightPrefix } from "./driver.ts";
import { bigArticle } from "../../bench/bigArticle.ts";
import { highlightName } from "../../src/palette.ts";
import { LIMITS } from "../../src/limits.ts";

interface SeenPart {
  type: "article-part";
  tab: number;
  reading: number;
  bytes: number;
  texts: number;
  references: number;
}

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
  await ext.serviceWorker.evaluate(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { seenParts: unknown[] }).seenParts = seen;
    type Listener = (
      message: { type?: string; reading?: number; part?: { blocks: object[] } },
      sender: { tab?: { id: number } },
    ) => void;
    const { runtime } = (
      globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: Listener): void } } } }
    ).chrome;
    runtime.onMessage.addListener((message, sender) => {
      if (message?.type === "engine-warm-up") seen.push({ tab: sender.tab?.id, type: message.type });
      if (message?.type !== "article-part" || !message.part) return;
      const blocks = message.part.blocks;
      seen.push({
        tab: sender.tab?.id,
        type: message.type,
        reading: message.reading,
        bytes: JSON.stringify(message).length,
        texts: blocks.filter((b) => "text" in b).length,
        references: blocks.filter((b) => "same" in b).length,
      });
    });
  });
});
after(async () => {
  await ext?.close();
});

/** The engine's messages the tab sent, in the order they came. */
const seenMessages = (tab: number): Promise<Array<SeenPart | { type: "engine-warm-up" }>> =>
  ext.serviceWorker
    .evaluate(() => (globalThis as unknown as { seenParts: SeenPart[] }).seenParts)
    .then((messages) => messages.filter((m) => m.tab === tab));
const seenParts = async (tab: number): Promise<SeenPart[]> =>
  (await seenMessages(tab)).filter((m): m is SeenPart => m.type === "article-part");

const QUOTES = 600;

test("a long article goes in parts, painted before attribution; a new paragraph goes alone", async () => {
  await ext.context.route("**/streamed.html*", (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: bigArticle({ quotes: QUOTES, bytes: 300_000 }),
    }),
  );
  const unattributed = highlightName(testHighlightPrefix, null);
  const page = await ext.open("streamed.html", {
    // Notes, every moment, whether the page showed quotes without speakers before it showed colours.
    beforeLoad: () => {
      const seen = { grey: false, colouredFirst: false };
      (window as unknown as { paintOrder: typeof seen }).paintOrder = seen;
      // Unnamed: the page has no helper for names the test's compiler gives functions.
      setInterval(() => {
        const names = [...CSS.highlights.keys()];
        if (!seen.grey && !seen.colouredFirst && names.length > 0)
          seen[names.every((n) => n.endsWith("-unattributed")) ? "grey" : "colouredFirst"] = true;
      }, 1);
    },
  });
  const tab = await ext.tabId(page);
  const report = await ext.waitForReport(tab, (r) => (r?.quotes.length ?? 0) === QUOTES, 60_000);
  assert.ok(report!.speakers.length > 1);
  assert.equal(
    (await seenMessages(tab))[0]?.type,
    "engine-warm-up",
    "the engine is started before the page is read, not by its first part",
  );
  const parts = await seenParts(tab);
  assert.ok(parts.length >= 4, `${parts.length} parts`);
  // The text, and the JSON around it (kinds, marks, escapes), stay within the part's bound.
  for (const part of parts) assert.ok(part.bytes < LIMITS.partCharacters * 1.2, `${part.bytes} bytes`);
  assert.deepEqual(
    await page.evaluate(() => (window as unknown as { paintOrder: unknown }).paintOrder),
    { grey: true, colouredFirst: false },
    "the quotes found were painted before their speakers were known",
  );
  await waitForHighlights(page, (h) => !(unattributed in h));

  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent =
      "Opposition leader Ana Brandt called the plan “a promise without a budget line, and no more”.";
    document.querySelector("article")!.append(p);
  });
  await ext.waitForReport(tab, (r) => r?.speakers.some((s) => s.name === "Ana Brandt") ?? false, 30_000);
  const next = await eventually(
    () => seenParts(tab),
    (all) => new Set(all.map((p) => p.reading)).size >= 2,
  );
  const latest = next.filter((p) => p.reading === next.at(-1)!.reading);
  assert.deepEqual(
    latest.map((p) => p.texts),
    [1],
    "one part, carrying the new paragraph's text; the others as references",
  );
  assert.ok(latest[0]!.references >= QUOTES);
});

test("nothing was written to any console", () => {
  assert.deepEqual(ext.errors, []);
});
