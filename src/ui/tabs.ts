// Talking to the background and to a tab's content script from the popup and side panel.
import browser from "webextension-polyfill";
import { isPageReport, type Message, type PageReport } from "../messages.ts";

/** The background's last report for a tab; anything malformed counts as no report. */
export async function askReport(tabId: number): Promise<PageReport | null> {
  const message: Message = { type: "get-report", tabId };
  const answer: unknown = await browser.runtime.sendMessage(message).catch(() => null);
  return isPageReport(answer) ? answer : null;
}

/**
 * Sends a message to the tab's content script. False when nobody listens there (a browser page,
 * or a page opened before the extension was installed): callers show that, rather than an error.
 */
export async function sendToTab(tabId: number, message: Message): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message);
    return true;
  } catch {
    return false;
  }
}
