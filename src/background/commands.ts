// Keyboard shortcuts (the manifest's `commands`, which readers can rebind in the browser's
// shortcut settings): toggle highlights, next and previous quote, open the side panel.
// Firefox opens its sidebar through the built-in `_execute_sidebar_action` command instead,
// so there `open-side-panel` never arrives (see build/extension.mjs).
import browser, { type Tabs } from "webextension-polyfill";
import type { Message, PageReport } from "../messages.ts";
import { platform } from "../platform/index.ts";

export const commandNames = ["toggle-highlights", "next-quote", "previous-quote", "open-side-panel"] as const;
export type CommandName = (typeof commandNames)[number];

/** What each command asks of the tab's content script, given the tab's last report. */
function messageFor(
  command: Exclude<CommandName, "open-side-panel">,
  report: PageReport | null,
): Message | null {
  switch (command) {
    case "next-quote":
      return { type: "step-quote", direction: 1 };
    case "previous-quote":
      return { type: "step-quote", direction: -1 };
    case "toggle-highlights":
      // On a page Quotelight did not read by itself, the shortcut is the reader asking it to.
      if (report?.status === "waiting") return { type: "scan-now" };
      if (report?.status === "highlighted" || report?.status === "hidden") {
        return { type: "set-highlighting", enabled: report.status === "hidden" };
      }
      return null;
  }
}

/**
 * Runs `command` for `tab`; resolves to whether something was done. The side panel opens before
 * anything is awaited: browsers allow it only while handling the reader's key press.
 */
export async function runCommand(
  command: string,
  tab: Tabs.Tab | undefined,
  reportOf: (tabId: number) => Promise<PageReport | null>,
): Promise<boolean> {
  if (command === "open-side-panel") {
    if (tab?.windowId === undefined) return false;
    return platform.openSidePanel(tab.windowId).then(() => true);
  }
  if (tab?.id === undefined || !(commandNames as readonly string[]).includes(command)) return false;
  const message = messageFor(command as Exclude<CommandName, "open-side-panel">, await reportOf(tab.id));
  if (!message) return false;
  // No content script in the tab (a browser page): nothing to do.
  return browser.tabs.sendMessage(tab.id, message).then(
    () => true,
    () => false,
  );
}

export function watchCommands(reportOf: (tabId: number) => Promise<PageReport | null>): void {
  browser.commands.onCommand.addListener((command, tab) => {
    runCommand(command, tab, reportOf).catch(() => undefined);
  });
}
