// Chrome: the side panel API is chrome.sidePanel (MV3 only, not in webextension-polyfill).
import type { Platform } from "./types.ts";

interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
declare const chrome: { sidePanel: ChromeSidePanel };

export const platform: Platform = {
  name: "chrome",
  openSidePanel: (windowId) => chrome.sidePanel.open({ windowId }),
};
