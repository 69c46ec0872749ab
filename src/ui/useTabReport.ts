// The tab the popup or side panel is about, and its report, kept up to date.
import browser, { type Tabs } from "webextension-polyfill";
import { useEffect, useRef, useState } from "preact/hooks";
import { isMessage, type PageReport } from "../messages.ts";
import { requestedTabId } from "./report.ts";
import { askReport } from "./tabs.ts";

export interface TabReport {
  tab: Tabs.Tab | null;
  report: PageReport | null;
  /** True until the tab is known and has been asked for its report, or while it loads. */
  loading: boolean;
}

async function initialTab(): Promise<Tabs.Tab | null> {
  const asked = requestedTabId(location.search);
  if (asked !== null) return browser.tabs.get(asked).catch(() => null);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}

/**
 * `follow`: switch to whichever tab becomes active in this window (the side panel without
 * `?tab=`); the popup closes when the tab changes, so it never follows.
 */
export function useTabReport(follow: boolean): TabReport {
  const [tab, setTab] = useState<Tabs.Tab | null>(null);
  const [report, setReport] = useState<PageReport | null>(null);
  const [asked, setAsked] = useState(false);
  // The browser's tab events arrive in listeners set up once, before the tab is even known
  // (its load may complete meanwhile); they read the current tab from here.
  const current = useRef<Tabs.Tab | null>(null);
  const show = (shown: Tabs.Tab | null) => {
    current.current = shown;
    setTab(shown);
  };
  const tabId = tab?.id;

  useEffect(() => {
    void initialTab().then((found) => {
      show(found);
      if (!found) setAsked(true);
    });
    const onUpdated = (id: number, change: Tabs.OnUpdatedChangeInfoType, updated: Tabs.Tab) => {
      if (id === current.current?.id && (change.status || change.url)) show(updated);
    };
    const onActivated = ({ tabId: activeId, windowId }: Tabs.OnActivatedActiveInfoType) => {
      if (windowId !== current.current?.windowId) return;
      setReport(null);
      setAsked(false);
      void browser.tabs.get(activeId).then(show, () => show(null));
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    if (follow) browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [follow]);

  // Ask again whenever the tab navigates or finishes loading, and listen for changes meanwhile.
  useEffect(() => {
    if (tabId === undefined) return;
    let stillShown = true;
    // A change announced while the question was on its way is newer than the answer.
    let changedMeanwhile = false;
    void askReport(tabId).then((answer) => {
      if (!stillShown) return;
      if (!changedMeanwhile) setReport(answer);
      setAsked(true);
    });
    const onMessage = (message: unknown) => {
      if (!isMessage(message) || message.type !== "report-changed" || message.tabId !== tabId) return;
      changedMeanwhile = true;
      setReport(message.report);
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      stillShown = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, tab?.url, tab?.status]);

  return { tab, report, loading: !asked || tab?.status === "loading" };
}
