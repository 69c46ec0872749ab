// Firefox lets readers withhold Quotelight's access to websites (about:addons, or the extensions
// panel). Then pages are not read as they open; clicking the toolbar button lets Quotelight read
// that one page (activeTab), and the popup says so and offers access to the site in one click.
import browser, { type Tabs } from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { t } from "../ui/i18n.ts";
import { hostOf } from "../ui/report.ts";
import "./hostPermission.css";

/**
 * The site of a web page as a host and a match pattern (`https://example.org/*`; match patterns
 * have no port), or null for pages no extension may read. The popup knows the tab's address
 * even without access to the site: the click that opened it granted activeTab.
 */
function siteOf(url: string | undefined): { host: string; origin: string } | null {
  const host = hostOf(url);
  return host ? { host, origin: `${new URL(url!).protocol}//${host}/*` } : null;
}

/** The tab's site when Quotelight may not read it by itself, else null; follows grants and withdrawals. */
function useWithheldSite(tab: Tabs.Tab | null) {
  const site = siteOf(tab?.url);
  const origin = site?.origin;
  const [withheld, setWithheld] = useState(false);
  useEffect(() => {
    if (!origin) return setWithheld(false);
    let current = true;
    const check = () =>
      void browser.permissions.contains({ origins: [origin] }).then((has) => current && setWithheld(!has));
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

/** Nothing, unless Quotelight has no access to the tab's site: then it asks for it. */
export function HostPermission({ tab }: { tab: Tabs.Tab | null }) {
  const site = useWithheldSite(tab);
  if (!site) return null;
  // Called from the click itself: browsers only show a permission prompt on a user gesture.
  // If the page has no content script yet, the background loads it again once granted.
  const allow = () => void browser.permissions.request({ origins: [site.origin] });
  return (
    <div class="site-access" role="note">
      <p>{t("siteAccessText", site.host)}</p>
      <button type="button" class="button button-primary" onClick={allow}>
        {t("allowSite", site.host)}
      </button>
    </div>
  );
}
