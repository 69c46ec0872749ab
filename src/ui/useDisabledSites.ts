// The per-site switch: storage.sync `disabledSites` lists the hostnames where Quotelight is off.
// The content script watches the same key, so writing it is all the switch has to do.
import browser, { type Storage } from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { readDisabledSites as readSites } from "../settings.ts";
import { withSite } from "./report.ts";

export function useDisabledSites() {
  const [sites, setSites] = useState<string[]>([]);

  useEffect(() => {
    void browser.storage.sync.get("disabledSites").then((stored) => setSites(readSites(stored.disabledSites)));
    const onChanged = (changes: Record<string, Storage.StorageChange>, area: string) => {
      if (area === "sync" && changes.disabledSites) setSites(readSites(changes.disabledSites.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  // Read afresh rather than trust `sites`: another window may have changed the list meanwhile.
  const setSiteEnabled = async (host: string, enabled: boolean) => {
    const stored = await browser.storage.sync.get("disabledSites");
    await browser.storage.sync.set({ disabledSites: withSite(readSites(stored.disabledSites), host, enabled) });
  };

  return { isSiteEnabled: (host: string) => !sites.includes(host), setSiteEnabled };
}
