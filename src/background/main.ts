// The background: holds each tab's latest report from its content script, answers the popup
// and side panel, tells them when a report changes, and keeps the toolbar badge up to date.
import browser, { type Runtime } from "webextension-polyfill";
import { isMessage, type Message, type PageReport } from "../messages.ts";
import { platform } from "../platform/index.ts";
import { highlightPrefix } from "../highlightPrefix.ts";
import { showBadge, styleBadge } from "./badge.ts";
import { watchCommands } from "./commands.ts";
import { reloadWhenAllowed } from "./siteAccess.ts";
import { Readings } from "./readings.ts";
import { TabQueue } from "./tabQueue.ts";
import { TabReports } from "./tabReports.ts";

/** Asks the tab's content script for its report (the background was restarted and lost it). */
const askTab = (tabId: number): Promise<unknown> =>
  browser.tabs.sendMessage(tabId, { type: "send-report" } satisfies Message, { frameId: 0 });

const reports = new TabReports(browser.storage.session, askTab);
/**
 * The engine's readings of each tab's article, one at a time per tab. The engine runs on a Worker
 * (platform.enginePart), never on the background's own thread.
 */
const readings = new Readings(new TabQueue<void>(), platform);

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
  if (message.type === "engine-warm-up" && fromContentScript(sender)) {
    // Answered at once: the page reads its article meanwhile; a failure shows on the first part.
    void platform.warmUpEngine().catch(() => undefined);
    return Promise.resolve(true);
  }
  if (message.type === "article-part" && fromContentScript(sender)) {
    // Not in the page: the engine's work never holds up the page's main thread, and the engine
    // stays compiled and warm from one page to the next. One reading at a time per tab.
    return readings.receive(sender.tab.id, message.reading, message.part);
  }
  if (message.type === "more-quotes" && fromContentScript(sender)) {
    return Promise.resolve(readings.moreQuotes(sender.tab.id, message.reading, message.from));
  }
  if (message.type === "get-report" && fromExtensionPage(sender)) {
    return reports.get(message.tabId);
  }
  return undefined;
});

// A new document in the tab: its content script reports afresh; until then, no stale report.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== "loading") return;
  readings.forget(tabId);
  void changeReport(tabId, null);
});
browser.tabs.onRemoved.addListener((tabId) => {
  readings.forget(tabId);
  void reports.delete(tabId);
});

// Each install draws its own highlight names, so no site can look for Quotelight's.
browser.runtime.onInstalled.addListener(() => void highlightPrefix());
reloadWhenAllowed(async (tabId) => (await reports.get(tabId)) !== null);
watchCommands((tabId) => reports.get(tabId));
styleBadge();
