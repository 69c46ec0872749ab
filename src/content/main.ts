// The content script: reads the page's quotes, highlights them and reports them to the
// background. One QuotelightPage lives as long as the document; each page shown in it (a
// single-page app shows many) is a session whose watchers all stop with the session's signal.
import browser, { type Runtime } from "webextension-polyfill";
import { highlightPrefix } from "../highlightPrefix.ts";
import { PAGE_WORK } from "../limits.ts";
import { isMessage, type Message, type PageReport } from "../messages.ts";
import { defaultSettings, type SettingKey, type Settings } from "../settings.ts";
import { loadSettings, watchSettings } from "../settingsStorage.ts";
import { Highlighter } from "./highlighter.ts";
import { HoverCard } from "./hoverCard.ts";
import { articleContainers, concernsArticle } from "./articleChanges.ts";
import type { EngineClient } from "./engineClient.ts";
import { loadReader } from "./loadReader.ts";
import { paintNearestFirst } from "./paintInView.ts";
import { paintedQuotes, stillInPage, type PaintedQuote, type Scan } from "./scan.ts";
import { shouldScan } from "./shouldScan.ts";
import { askAtStart } from "./startup.ts";
import { watchSiteSwitch } from "./siteSwitch.ts";
import { inSlices, yieldToPage } from "./slices.ts";
import { oneAtATime, watchContent, watchNavigation, watchRemovals } from "./watchPage.ts";

/** Runs async work whose failure must not reach the page's console (a page can break anything). */
const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);

/** Quiet time before checking again whether a changed page became a story (rarer, cheaper). */
const RECHECK_QUIET_MS = 1000;
/** A single-page app renders its new page after changing the address: give it this long. */
const NAVIGATION_SETTLE_MS = 300;

class QuotelightPage {
  /** The install's random start of highlight names (src/highlightPrefix.ts). */
  #prefix: string;
  #highlighter: Highlighter;
  #highlightingOn = true;
  #status: PageReport["status"] = "waiting";
  #scan: Scan | null = null;
  /** `#scan` is a reading still under way: the engine's later answers replace it as they come. */
  #partial = false;
  #settings: Settings = { ...defaultSettings };
  /** The quotes highlighted now, in page order; the hover card moves among these. */
  #painted: PaintedQuote[] = [];
  #card: HoverCard | null = null;
  /** Where the last scan found the article: changes elsewhere need no rescan. */
  #containers: ReadonlySet<Element> = new Set();
  #session = new AbortController();
  /** The reading phase of the session, stopped when a new reading replaces it. */
  #reading = new AbortController();
  /** The painting under way, stopped when a newer one replaces it. */
  #painting = new AbortController();
  /** Counts scans so that a slower, older one never overwrites a newer result. */
  #scans = 0;
  #lastReport = "";
  /**
   * The engine runs outside the page (on a Worker): the page's main thread only reads the DOM.
   * One client for the document, so each page it shows sends only what changed since the last;
   * made on the first reading, as it comes with reader.js.
   */
  #engine: EngineClient | null = null;

  constructor(prefix: string) {
    this.#prefix = prefix;
    this.#highlighter = new Highlighter(prefix);
  }

  /**
   * Starts afresh on the page now shown: nothing of the previous page survives. `settingsAsked`:
   * the settings already asked for (the first start, see startup.ts), else they are read now.
   */
  async start(settingsAsked?: Promise<Settings>): Promise<void> {
    this.#session.abort();
    this.#session = new AbortController();
    const { signal } = this.#session;
    this.#scan = null;
    this.#partial = false;
    this.#painted = [];
    this.#containers = new Set();
    this.#highlighter.dispose();
    const host = location.hostname;
    watchSiteSwitch(host, () => quietly(this.start()), signal);
    watchNavigation((newPage) => quietly(this.#navigated(newPage)), signal, NAVIGATION_SETTLE_MS);
    watchSettings((settings, changed) => this.#settingsChanged(settings, changed), signal);
    this.#card = new HoverCard(
      {
        prefix: this.#prefix,
        painted: () => this.#painted,
        colourScheme: () => this.#settings.colourScheme,
        reveal: (range) => this.#reveal(range),
      },
      signal,
    );
    const settings = await (settingsAsked ?? loadSettings());
    if (signal.aborted) return;
    this.#settings = settings;
    if (settings.disabledSites.includes(host)) return this.#setStatus("site-disabled");
    if (settings.runOn === "articles" && shouldScan(document)) return this.#read();
    this.#setStatus("waiting");
    if (settings.runOn === "asked") return; // Until the reader asks (scan-now).
    // A page may become a story later (a client-rendered app): look again when it changes.
    const recheck = () => {
      if (shouldScan(document)) quietly(this.#read());
    };
    watchContent(recheck, this.#readingSignal(), RECHECK_QUIET_MS);
  }

  /**
   * After a navigation within the document: another page of a single-page app starts afresh.
   * The browser tells the background the tab is loading even on a #fragment jump, and the
   * background then drops the tab's report, so it is sent again: its address differs (the
   * fragment), so it is not taken for the last report sent.
   */
  async #navigated(newPage: boolean): Promise<void> {
    if (newPage) return this.start();
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
    // The engine's Worker starts while the page is read (a cold one took 150 ms to answer the
    // first part on the 1 MB article, after 140–290 ms of reading); the background may be restarting.
    const warmUp: Message = { type: "engine-warm-up" };
    quietly(browser.runtime.sendMessage(warmUp));
    const concerns = (mutation: MutationRecord) => concernsArticle(this.#containers, mutation);
    // A change while the page is being read waits for that reading to be painted, then the page is
    // read again: a page that changes every second still gets its highlights.
    const rescan = oneAtATime(() => this.#rescan(signal));
    watchContent(() => quietly(rescan()), signal, PAGE_WORK.rescanQuietMs, concerns);
    watchRemovals(() => this.#dropRemoved(), signal);
    await rescan();
  }

  async #rescan(signal: AbortSignal): Promise<void> {
    // A reading asked for while the last one ran, after a newer reading phase replaced both.
    if (signal.aborted) return;
    const scan = ++this.#scans;
    let result: Scan | null;
    try {
      const { scanPage, EngineClient } = await loadReader();
      this.#engine ??= new EngineClient((message) => browser.runtime.sendMessage(message));
      const extract = this.#engine.extract.bind(this.#engine);
      // The first reading of the page is painted as it comes; a later one replaces it when done.
      const paintAsItComes = !this.#scan || this.#partial;
      result = await scanPage(
        document,
        signal,
        extract,
        paintAsItComes ? (partial) => this.#paintPartial(scan, signal, partial) : undefined,
      );
    } catch {
      // An engine failure on a strange page, or the engine not loading, must not reach the page's
      // console; the page still gets a report, so the popup does not wait for one forever.
      if (scan === this.#scans && !signal.aborted) this.#report();
      return;
    }
    if (!result || scan !== this.#scans || signal.aborted) return;
    this.#scan = result;
    this.#partial = false;
    this.#containers = articleContainers(result.page);
    await this.#paint();
    // The report (a JSON copy of every quote) is made and sent in a task of its own.
    await yieldToPage();
    if (scan !== this.#scans || signal.aborted) return;
    this.#setStatus(this.#highlightingOn ? "highlighted" : "hidden");
  }

  /** Paints the reading so far, unless a newer reading started. */
  #paintPartial(scan: number, signal: AbortSignal, partial: Scan): void {
    if (scan !== this.#scans || signal.aborted) return;
    this.#scan = partial;
    this.#partial = true;
    quietly(this.#paint());
  }

  /**
   * Paints the quotes of the current scan over the highlights shown, replacing any painting still
   * under way: only ranges that came, left or changed colour (colour slots follow the speakers'
   * order) are touched, those nearest the reader's view first, the rest in slices (paintInView.ts).
   * Resolves once all are painted or a newer painting replaced this one.
   */
  async #paint(): Promise<void> {
    this.#painting.abort();
    this.#painting = new AbortController();
    const signal = AbortSignal.any([this.#session.signal, this.#painting.signal]);
    const shown = this.#scan && this.#highlightingOn ? this.#scan : null;
    const painting: PaintedQuote[] = [];
    this.#painted = painting;
    if (!shown) {
      this.#highlighter.clear();
      this.#card?.refresh();
      return;
    }
    const target = {
      highlighter: this.#highlighter,
      colourScheme: this.#settings.colourScheme,
      prefix: this.#prefix,
      shown: painting,
    };
    const quotes = paintedQuotes(shown, this.#settings);
    const painted = await inSlices(paintNearestFirst(quotes, target, innerHeight), signal);
    if (!painted) return;
    this.#painted = painted;
    this.#card?.refresh();
  }

  /**
   * The page removed text we highlight: unpaint it now, before the page draws again; the next
   * rescan paints the new nodes. O(painted quotes) per batch of removals, and no layout.
   */
  #dropRemoved(): void {
    // Every range shown, those of a painting under way that are not yet replaced included.
    if (!this.#highlighter.dropRemoved()) return;
    const kept = this.#painted.filter(({ range }) => stillInPage(range));
    // In place: a painting under way adds to this same list.
    this.#painted.splice(0, this.#painted.length, ...kept);
    this.#card?.refresh();
  }

  /** Settings changed in the options page: when to run starts afresh, the rest repaints. */
  #settingsChanged(settings: Settings, changed: SettingKey[]): void {
    this.#settings = settings;
    if (changed.includes("runOn")) quietly(this.start());
    // siteSwitch.ts handles disabledSites.
    else if (changed.some((key) => key !== "disabledSites")) quietly(this.#paint());
  }

  #setStatus(status: PageReport["status"]): void {
    this.#status = status;
    this.#report();
  }

  /** What the page's report says now. */
  #currentReport(): PageReport {
    return {
      url: location.href,
      title: document.title,
      status: this.#status,
      notArticle: this.#scan ? !this.#scan.page.articleFound : false,
      lang: this.#scan?.lang ?? null,
      quotes: this.#scan?.quotes ?? [],
      speakers: this.#scan?.speakers ?? [],
      cutShort: this.#scan?.cutShort ?? [],
    };
  }

  /** Sends the page's report to the background, unless it is the same as the last one sent. */
  #report(): void {
    const report = this.#currentReport();
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
    if (!range?.startContainer.isConnected) return false;
    this.#reveal(range);
    return true;
  }

  #reveal(range: Range): void {
    range.startContainer.parentElement?.scrollIntoView({ behavior: "smooth", block: "center" });
    this.#highlighter.flash(range);
  }

  setHighlighting(enabled: boolean): void {
    this.#highlightingOn = enabled;
    if (!this.#scan) return;
    quietly(this.#paint());
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
      case "send-report":
        return Promise.resolve(this.#currentReport());
      case "step-quote":
        return Promise.resolve(this.#card?.step(message.direction) ?? false);
      default:
        return undefined; // Not for content scripts.
    }
  }
}

/** Starts Quotelight on the page, once the install's highlight prefix is read. */
async function main(): Promise<void> {
  const { prefix, settings } = askAtStart({
    prefix: highlightPrefix,
    settings: loadSettings,
    loadReader,
    looksLikeStory: () => shouldScan(document),
  });
  const quotelight = new QuotelightPage(await prefix);
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    sender.id === browser.runtime.id && isMessage(message) ? quotelight.handle(message) : undefined,
  );
  await quotelight.start(settings);
}

// A document can lack a root element (a page that removed its own): nothing to read there.
if (document.documentElement) quietly(main());
