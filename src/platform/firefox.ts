// Firefox: the side panel is a sidebar (sidebar_action in the manifest), and the background is a
// page, which can start the engine's Workers itself.
import browser from "webextension-polyfill";
import { EnginePool, type EngineThread } from "../engineHost/enginePool.ts";
import type { Platform } from "./types.ts";

/** Started on the first extraction: the popup and side panel share this module and never need it. */
let engines: EnginePool | null = null;
const startEngineThread = () => new Worker(browser.runtime.getURL("engine.js")) as unknown as EngineThread;
const enginePool = () => (engines ??= new EnginePool(startEngineThread));

export const platform: Platform = {
  name: "firefox",
  // The sidebar shows whatever tab is active in its window, so the window id is not needed.
  openSidePanel: () => browser.sidebarAction.open(),
  // Firefox 137+: about:addons' shortcut page for this extension.
  openShortcutSettings: () =>
    (browser.commands as unknown as { openShortcutSettings(): Promise<void> }).openShortcutSettings(),
  enginePart: (tabId, part) => enginePool().part(tabId, part),
  warmUpEngine: async () => enginePool().warmUp(),
  endEngineReading: async (tabId, forget) => engines?.end(tabId, { forget }),
};
