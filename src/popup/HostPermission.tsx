// Firefox lets readers withhold Quotelight's access to websites (about:addons, or the extensions
// panel). Then no content script runs, and the popup would only say that Quotelight cannot run
// here: instead it names the site and asks for access to it in one click.
import browser, { type Tabs } from "webextension-polyfill";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { t } from "../ui/i18n.ts";

/**
 * The match pattern for the site of a web page (`https://example.org/*`; match patterns have no
 * port), or null for pages no extension may read. The URL is known even without access to the
 * site: opening the popup from the toolbar grants activeTab.
 */
function sitePattern(url: string | undefined): { host: string; origins: string[] } | null {
  if (!url) return null;
  const { protocol, hostname } = new URL(url);
  return protocol === "http:" || protocol === "https:" ? { host: hostname, origins: [`${protocol}//${hostname}/*`] } : null;
}

/** The tab's site when Quotelight may not read it, else null; follows grants and withdrawals. */
function useWithheldSite(tab: Tabs.Tab | null) {
  const site = sitePattern(tab?.url);
  const origin = site?.origins[0];
  const [withheld, setWithheld] = useState(false);
  useEffect(() => {
    if (!origin) return setWithheld(false);
    let current = true;
    const check = () => void browser.permissions.contains({ origins: [origin] }).then((has) => current && setWithheld(!has));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      current = false;
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [origin]);
  return withheld ? site : null;
}

/** Shows `children`, unless Quotelight has no access to the tab's site: then asks for it. */
export function HostPermission({ tab, children }: { tab: Tabs.Tab | null; children: ComponentChildren }) {
  const site = useWithheldSite(tab);
  if (!site) return <>{children}</>;
  // Called from the click itself: browsers only show a permission prompt on a user gesture.
  // Once granted, the background loads the page again (src/background/siteAccess.ts).
  const allow = () => void browser.permissions.request({ origins: site.origins });
  return (
    <div class="state">
      <h2 class="state-title">{t("siteAccessTitle", site.host)}</h2>
      <p class="state-text">{t("siteAccessText")}</p>
      <button type="button" class="button button-primary" onClick={allow}>
        {t("allowSite", site.host)}
      </button>
    </div>
  );
}
