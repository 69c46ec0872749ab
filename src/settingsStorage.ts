// Reading, writing and following the reader's settings in storage.sync; what they mean and how
// they are checked is in settings.ts.
import browser, { type Storage } from "webextension-polyfill";
import { defaultSettings, readSettings, settingKeys, type SettingKey, type Settings } from "./settings.ts";

export async function loadSettings(): Promise<Settings> {
  try {
    return readSettings(await browser.storage.sync.get(settingKeys));
  } catch {
    return { ...defaultSettings }; // No storage (a private window's policy, a broken profile).
  }
}

export function saveSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  return browser.storage.sync.set({ [key]: value });
}

/**
 * Calls `onChange(settings, changed)` whenever another part of the extension (or another
 * device) changes a setting; `changed` lists the keys whose value changed.
 */
export function watchSettings(
  onChange: (settings: Settings, changed: SettingKey[]) => void,
  signal: AbortSignal,
): void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== "sync") return;
    const changed = settingKeys.filter((key) => key in changes);
    if (changed.length) void loadSettings().then((settings) => signal.aborted || onChange(settings, changed));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener("abort", () => browser.storage.onChanged.removeListener(listener));
}
