// Chrome: the side panel API is chrome.sidePanel (MV3 only, not in webextension-polyfill).
import browser from "webextension-polyfill";
import type { Platform } from "./types.ts";

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
declare const chrome: { sidePanel: ChromeSidePanel };

export const platform: Platform = {
  name: "chrome",
  openSidePanel: (windowId) => chrome.sidePanel.open({ windowId }),
  // Chrome has no API for it, but lets extensions open this one chrome:// page.
  openShortcutSettings: () =>
    browser.tabs.create({ url: "chrome://extensions/shortcuts" }).then(() => undefined),
};
