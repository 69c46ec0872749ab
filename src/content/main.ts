// The content script: reads the page's quotes, highlights them and reports them to the
// background. One QuotelightPage lives as long as the document; each page shown in it (a
// single-page app shows many) is a session whose watchers all stop with the session's signal.
import browser, { type Runtime } from "webextension-polyfill";
import { isMessage, type Message, type PageReport } from "../messages.ts";
import { Highlighter } from "./highlighter.ts";
import { articleContainers, concernsArticle } from "./articleChanges.ts";
import { highlightGroups, scanPage, type Scan } from "./scan.ts";
import { shouldScan } from "./shouldScan.ts";
import { isSiteDisabled, watchSiteSwitch } from "./siteSwitch.ts";
import { watchContent, watchNavigation } from "./watchPage.ts";

/** Runs async work whose failure must not reach the page's console (a page can break anything). */
const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);

/** Quiet time before rescanning an article whose content changed. */
const RESCAN_QUIET_MS = 300;
/** Quiet time before checking again whether a changed page became a story (rarer, cheaper). */
const RECHECK_QUIET_MS = 1000;
/** A single-page app renders its new page after changing the address: give it this long. */
const NAVIGATION_SETTLE_MS = 300;

class QuotelightPage {
  #highlighter = new Highlighter();
  #highlightingOn = true;
  #status: PageReport["status"] = "waiting";
  #scan: Scan | null = null;
  /** Where the last scan found the article: changes elsewhere need no rescan. */
  #containers: ReadonlySet<Element> = new Set();
  #session = new AbortController();
  /** The reading phase of the session, stopped when a new reading replaces it. */
  #reading = new AbortController();
  /** Counts scans so that a slower, older one never overwrites a newer result. */
  #scans = 0;
  #lastReport = "";

  /** Starts afresh on the page now shown: nothing of the previous page survives. */
  async start(): Promise<void> {
    this.#session.abort();
    this.#session = new AbortController();
    const { signal } = this.#session;
    this.#scan = null;
    this.#containers = new Set();
    this.#highlighter.dispose();
    const host = location.hostname;
    watchSiteSwitch(host, () => quietly(this.start()), signal);
    watchNavigation((newPage) => setTimeout(() => quietly(this.#navigated(newPage)), NAVIGATION_SETTLE_MS), signal);
    if (await isSiteDisabled(host)) {
      if (!signal.aborted) this.#setStatus("site-disabled");
      return;
    }
    if (signal.aborted) return;
    if (shouldScan(document)) return this.#read();
    this.#setStatus("waiting");
    // A page may become a story later (a client-rendered app): look again when it changes.
    const recheck = () => {
      if (shouldScan(document)) quietly(this.#read());
    };
    watchContent(recheck, this.#readingSignal(), RECHECK_QUIET_MS);
  }

  /**
   * After a navigation within the document: another page of a single-page app starts afresh.
   * The browser tells the background the tab is loading even on a #fragment jump, and the
   * background then drops the tab's report, so it is sent again.
   */
  async #navigated(newPage: boolean): Promise<void> {
    if (newPage) return this.start();
    this.#lastReport = "";
    this.#report();
  }

  /** A fresh signal for a reading phase, stopped by the next phase or the session's end. */
  #readingSignal(): AbortSignal {
    this.#reading.abort();
    this.#reading = new AbortController();
    return AbortSignal.any([this.#session.signal, this.#reading.signal]);
  }

  /** Reads the page now and whenever its content changes. */
  async #read(): Promise<void> {
    const signal = this.#readingSignal();
    const concerns = (mutation: MutationRecord) => concernsArticle(this.#containers, mutation);
    watchContent(() => quietly(this.#rescan(signal)), signal, RESCAN_QUIET_MS, concerns);
    await this.#rescan(signal);
  }

  async #rescan(signal: AbortSignal): Promise<void> {
    const scan = ++this.#scans;
    let result: Scan | null;
    try {
      result = await scanPage(document, signal);
    } catch {
      // An engine failure on a strange page must not reach the page's console; the page still
      // gets a report, so the popup does not wait for one forever.
      if (scan === this.#scans && !signal.aborted) this.#report();
      return;
    }
    if (!result || scan !== this.#scans || signal.aborted) return;
    this.#scan = result;
    this.#containers = articleContainers(result.page);
    this.#paint();
    this.#setStatus(this.#highlightingOn ? "highlighted" : "hidden");
  }

  #paint(): void {
    if (this.#scan && this.#highlightingOn) this.#highlighter.paint(highlightGroups(this.#scan));
    else this.#highlighter.clear();
  }

  #setStatus(status: PageReport["status"]): void {
    this.#status = status;
    this.#report();
  }

  /** Sends the page's report to the background, unless it is the same as the last one sent. */
  #report(): void {
    const report: PageReport = {
      url: location.href,
      title: document.title,
      status: this.#status,
      lang: this.#scan?.lang ?? null,
      quotes: this.#scan?.quotes ?? [],
      speakers: this.#scan?.speakers ?? [],
    };
    const serialized = JSON.stringify(report);
    if (serialized === this.#lastReport) return;
    this.#lastReport = serialized;
    const message: Message = { type: "page-report", report };
    // The background may be restarting; the next change reports again.
    browser.runtime.sendMessage(message).catch(() => undefined);
  }

  /** Scrolls the quote into the middle of the view and flashes it; false if it is not on the page. */
  showQuote(quoteId: number): boolean {
    const range = this.#scan?.ranges.get(quoteId);
    if (!range || !range.startContainer.isConnected) return false;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ behavior: "smooth", block: "center" });
    this.#highlighter.flash(range);
    return true;
  }

  setHighlighting(enabled: boolean): void {
    this.#highlightingOn = enabled;
    if (!this.#scan) return;
    this.#paint();
    this.#setStatus(enabled ? "highlighted" : "hidden");
  }

  /** The reader asked for quotes on a page not taken for a story. */
  async scanNow(): Promise<boolean> {
    if (this.#status === "site-disabled") return false;
    await this.#read();
    return true;
  }

  /** Answers the popup and side panel; the answer resolves once the request is done. */
  handle(message: Message): Promise<unknown> | undefined {
    switch (message.type) {
      case "show-quote":
        return Promise.resolve(this.showQuote(message.quoteId));
      case "set-highlighting":
        this.setHighlighting(message.enabled);
        return Promise.resolve(true);
      case "scan-now":
        return this.scanNow();
      default:
        return undefined; // Not for content scripts.
    }
  }
}

// A document can lack a root element (a page that removed its own): nothing to read there.
if (document.documentElement) {
  const quotelight = new QuotelightPage();
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    sender.id === browser.runtime.id && isMessage(message) ? quotelight.handle(message) : undefined,
  );
  quietly(quotelight.start());
}
