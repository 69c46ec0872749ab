// Chrome: the side panel API is chrome.sidePanel (MV3 only, not in webextension-polyfill), and
// the engine's Workers live in an offscreen document (chrome.offscreen), since Chrome's service
// worker cannot start a Worker.
import browser from "webextension-polyfill";
import type { PartOutcome } from "../engineHost/enginePool.ts";
import type { Message } from "../messages.ts";
import type { Platform } from "./types.ts";

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
interface ChromeOffscreen {
  hasDocument(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
declare const chrome: { sidePanel: ChromeSidePanel; offscreen: ChromeOffscreen };

/**
 * The offscreen document being looked for or created: the check and the creation are one step,
 * so that two callers at once (the warm-up and the first part, two tabs) never both create it.
 */
let opening: Promise<void> | null = null;

async function openEngineDocument(): Promise<void> {
  opening ??= (async () => {
    // Asked each time: Chrome may close the document (under memory pressure, say).
    if (await chrome.offscreen.hasDocument()) return;
    await chrome.offscreen.createDocument({
      url: "offscreen.html",
      reasons: ["WORKERS"],
      justification: "Runs the quote engine on a Worker, off the browser's and other extensions' threads.",
    });
  })().finally(() => {
    opening = null;
  });
  await opening;
}

export const platform: Platform = {
  name: "chrome",
  openSidePanel: (windowId) => chrome.sidePanel.open({ windowId }),
  // Chrome has no API for it, but lets extensions open this one chrome:// page.
  openShortcutSettings: () =>
    browser.tabs.create({ url: "chrome://extensions/shortcuts" }).then(() => undefined),
  async enginePart(tabId, part) {
    await openEngineDocument();
    const message: Message = { type: "engine-part", tabId, part };
    return (await browser.runtime.sendMessage(message)) as PartOutcome;
  },
  async warmUpEngine() {
    await openEngineDocument();
    const message: Message = { type: "engine-warm-up" };
    await browser.runtime.sendMessage(message);
  },
  async endEngineReading(tabId, forget) {
    // No document, no Workers: nothing to end.
    if (!(await chrome.offscreen.hasDocument())) return;
    const message: Message = { type: "engine-end", tabId, forget };
    await browser.runtime.sendMessage(message);
  },
};
