// "Find quotes on this page": asks the content script to scan a page it did not take for an
// article. Stays "searching" until a report for the tab says it ran; then the button is gone,
// so focus moves into `results` (its first control, or the region itself) rather than being lost.
import type { RefObject } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { PageReport } from "../messages.ts";
import { sendToTab } from "./tabs.ts";

export function useFindQuotes(
  tabId: number | undefined,
  report: PageReport | null,
  results: RefObject<HTMLElement>,
) {
  const [searching, setSearching] = useState(false);
  useEffect(() => {
    if (!searching || report?.status === "waiting") return;
    setSearching(false);
    const region = results.current;
    (region?.querySelector<HTMLElement>("button, select, input") ?? region)?.focus();
  }, [report]);

  const findQuotes = async () => {
    if (tabId === undefined) return;
    setSearching(true);
    if (!(await sendToTab(tabId, { type: "scan-now" }))) setSearching(false);
  };
  return { searching, findQuotes };
}
