// Firefox: the side panel is a sidebar (sidebar_action in the manifest).
import browser from "webextension-polyfill";
import type { Platform } from "./types.ts";

export const platform: Platform = {
  name: "firefox",
  // The sidebar shows whatever tab is active in its window, so the window id is not needed.
  openSidePanel: () => browser.sidebarAction.open(),
  // Firefox 137+: about:addons' shortcut page for this extension.
  openShortcutSettings: () =>
    (browser.commands as unknown as { openShortcutSettings(): Promise<void> }).openShortcutSettings(),
};
