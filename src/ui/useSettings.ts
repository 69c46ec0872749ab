// The reader's settings (storage.sync, see src/settings.ts) for the popup and side panel,
// following changes made meanwhile on the options page or in another window.
import { useEffect, useState } from "preact/hooks";
import { defaultSettings, type Settings } from "../settings.ts";
import { loadSettings, saveSetting, watchSettings } from "../settingsStorage.ts";
import { withSite } from "./report.ts";

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    const stop = new AbortController();
    void loadSettings().then((loaded) => stop.signal.aborted || setSettings(loaded));
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);
  return settings;
}

/**
 * The per-site switch. Reads the list afresh rather than trusting the rendered one: the options
 * page or another window may have changed it meanwhile. The content script follows the key.
 */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const { disabledSites } = await loadSettings();
  await saveSetting("disabledSites", withSite(disabledSites, host, enabled));
}
