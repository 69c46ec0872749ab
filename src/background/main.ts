// The background: holds each tab's latest report from its content script, answers the popup
// and side panel, tells them when a report changes, and keeps the toolbar badge up to date.
import browser, { type Runtime } from "webextension-polyfill";
import { extractQuotes } from "../engine/index.ts";
import { highlightPrefix } from "../highlightPrefix.ts";
import { isMessage, type Message, type PageReport } from "../messages.ts";
import { showBadge, styleBadge } from "./badge.ts";
import { watchCommands } from "./commands.ts";
import { reloadWhenAllowed } from "./siteAccess.ts";
import { TabReports } from "./tabReports.ts";

const reports = new TabReports();

/** Sent by this extension's content script in the top frame of a web page tab. */
function fromContentScript(
  sender: Runtime.MessageSender,
): sender is Runtime.MessageSender & { tab: { id: number } } {
  return (
    sender.id === browser.runtime.id &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    /^https?:/.test(sender.url ?? "")
  );
}

/** Sent by one of this extension's own pages (popup, side panel). */
const fromExtensionPage = (sender: Runtime.MessageSender) =>
  sender.id === browser.runtime.id && (sender.url ?? "").startsWith(browser.runtime.getURL(""));

function broadcast(tabId: number, report: PageReport | null): void {
  const message: Message = { type: "report-changed", tabId, report };
  // Rejected when no popup or side panel is open to hear it: nothing to do then.
  browser.runtime.sendMessage(message).catch(() => undefined);
}

async function changeReport(tabId: number, report: PageReport | null): Promise<void> {
  if (report) await reports.set(tabId, report);
  else if (!(await reports.delete(tabId))) return;
  showBadge(tabId, report);
  broadcast(tabId, report);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(message)) return undefined;
  if (message.type === "page-report" && fromContentScript(sender)) {
    return changeReport(sender.tab.id, message.report);
  }
  if (message.type === "extract-quotes" && fromContentScript(sender)) {
    // Here, not in the page: the engine's work never holds up the page's main thread, and the
    // engine stays compiled and warm from one page to the next.
    return Promise.resolve().then(() => extractQuotes(message.article));
  }
  if (message.type === "get-report" && fromExtensionPage(sender)) {
    return reports.get(message.tabId);
  }
  return undefined;
});

// A new document in the tab: its content script reports afresh; until then, no stale report.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") void changeReport(tabId, null);
});
browser.tabs.onRemoved.addListener((tabId) => void reports.delete(tabId));

// Each install draws its own highlight names, so no site can look for Quotelight's.
browser.runtime.onInstalled.addListener(() => void highlightPrefix());
reloadWhenAllowed(async (tabId) => (await reports.get(tabId)) !== null);
watchCommands((tabId) => reports.get(tabId));
styleBadge();
