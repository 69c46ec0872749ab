// The per-site off switch: storage.sync `disabledSites` lists hostnames where Quotelight stays
// off. The popup writes it; the content script reads it at start and follows its changes.
import browser from "webextension-polyfill";
import { readDisabledSites } from "../settings.ts";

const KEY = "disabledSites";

const listsHost = (value: unknown, host: string) => readDisabledSites(value).includes(host);

export async function isSiteDisabled(host: string): Promise<boolean> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return listsHost(stored[KEY], host);
  } catch {
    return false; // No storage (a private window's policy, a broken profile): stay on.
  }
}

/** Calls `onSwitch(disabled)` when the reader turns this site off or on. */
export function watchSiteSwitch(host: string, onSwitch: (disabled: boolean) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area !== "sync" || !change) return;
    const disabled = listsHost(change.newValue, host);
    if (disabled !== listsHost(change.oldValue, host)) onSwitch(disabled);
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener));
}
