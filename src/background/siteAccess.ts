// When the reader allows Quotelight on a site it had no access to (the popup asks, in browsers
// that let readers withhold it), the page they are on has no content script yet: browsers start
// content scripts only in pages loaded afterwards. So the active tabs of that site that have no
// report are loaded again. This lives in the background because Firefox may close the popup
// when its permission prompt takes the focus, before the popup could do it.
import browser from "webextension-polyfill";

export function reloadWhenAllowed(hasReport: (tabId: number) => Promise<boolean>): void {
  browser.permissions.onAdded.addListener(async ({ origins = [] }) => {
    if (!origins.length) return;
    for (const tab of await browser.tabs.query({ url: origins, active: true })) {
      if (tab.id !== undefined && !(await hasReport(tab.id))) await browser.tabs.reload(tab.id);
    }
  });
}
