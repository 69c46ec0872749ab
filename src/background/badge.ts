// The toolbar badge: how many quotes the tab's page has.
import browser from "webextension-polyfill";
import type { PageReport } from "../messages.ts";

/** Dark grey with white text: reads on light and dark toolbars alike. */
const BADGE_BACKGROUND = "#3b3b3b";
const BADGE_TEXT = "#ffffff";
/** The badge has room for about four characters. */
const MAX_SHOWN = 999;

export function badgeText(report: PageReport | null): string {
  if (!report || (report.status !== "highlighted" && report.status !== "hidden")) return "";
  const count = report.quotes.length;
  if (count === 0) return "";
  return count > MAX_SHOWN ? `${MAX_SHOWN}+` : String(count);
}

export function styleBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND }).catch(() => undefined);
  void browser.action.setBadgeTextColor?.({ color: BADGE_TEXT })?.catch(() => undefined);
}

export function showBadge(tabId: number, report: PageReport | null): void {
  // The tab may have closed meanwhile.
  void browser.action.setBadgeText({ tabId, text: badgeText(report) }).catch(() => undefined);
}
