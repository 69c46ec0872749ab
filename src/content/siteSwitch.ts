// The per-site off switch: storage.sync `disabledSites` lists hostnames where Quotelight stays
// off. The popup writes it; the content script reads it at start with the other settings
// (loadSettings) and follows its changes here.
import browser from "webextension-polyfill";
import { readDisabledSites } from "../settings.ts";

const KEY = "disabledSites";

const listsHost = (value: unknown, host: string) => readDisabledSites(value).includes(host);

/** Calls `onSwitch(disabled)` when the reader turns this site off or on. */
export function watchSiteSwitch(
  host: string,
  onSwitch: (disabled: boolean) => void,
  signal: AbortSignal,
): void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area !== "sync" || !change) return;
    const disabled = listsHost(change.newValue, host);
    if (disabled !== listsHost(change.oldValue, host)) onSwitch(disabled);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener));
}
