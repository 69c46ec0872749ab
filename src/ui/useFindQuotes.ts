// "Find quotes on this page": asks the content script to scan a page it did not take for an
// article. Stays "searching" until the next report for the tab arrives.
import { useEffect, useState } from "preact/hooks";
import type { PageReport } from "../messages.ts";
import { sendToTab } from "./tabs.ts";

export function useFindQuotes(tabId: number | undefined, report: PageReport | null) {
  const [searching, setSearching] = useState(false);
  useEffect(() => setSearching(false), [report]);

  const findQuotes = async () => {
    if (tabId === undefined) return;
    setSearching(true);
    if (!(await sendToTab(tabId, { type: "scan-now" }))) setSearching(false);
  };
  return { searching, findQuotes };
}
