// Each tab's latest PageReport. Kept in memory for quick answers, and trimmed in storage.session
// (memory only, cleared when the browser closes) so that a background the browser stopped and
// restarted still knows the tabs' reports. The stored copy is small (spans and ids, texts cut
// to STORED_TEXT_CHARS) so that one big page cannot use up the session quota of the others; a
// report the quota still turns down is stored bare (no texts), else not at all. A tab with no
// report known, in memory or in storage, is asked for it: its content script sends it again.
//
// The report is stored as one JSON string (beside its address, which the tests look tabs up by),
// not as objects: storing a value clones it on the extension process's main thread, which in
// Firefox every extension's background shares, and a report of 3,000 quotes is some 20,000
// objects; a string is one copy (bench/firefoxResponsive.ts measures the difference). The cost:
// Chrome counts the quota in JSON, so the string's escaped quotation marks take about a fifth more.
import { isPageReport, type PageReport } from "../messages.ts";

const KEY_PREFIX = "tab:";
const keyOf = (tabId: number) => `${KEY_PREFIX}${tabId}`;

/** A report as storage.session holds it: its address, and the whole (trimmed) report as JSON. */
export interface StoredReport {
  url: string;
  json: string;
}

const stored = (report: PageReport): StoredReport => ({ url: report.url, json: JSON.stringify(report) });

/** The report a stored value holds, or null if it holds none (another key, an older format). */
export function reportFromStorage(value: unknown): PageReport | null {
  const json = (value as Partial<StoredReport> | null)?.json;
  if (typeof json !== "string") return null;
  try {
    const report: unknown = JSON.parse(json);
    return isPageReport(report) ? report : null;
  } catch {
    return null;
  }
}

/** The longest quote text, name, role or title stored: enough for the popup's list. */
export const STORED_TEXT_CHARS = 200;
/** The most aliases stored per speaker. */
export const STORED_ALIASES = 3;
/** The longest address stored (its host, which the popup needs, comes first). */
const STORED_URL_CHARS = 2_000;

/** The part of storage.session that TabReports uses (the browser's, or a test's stand-in). */
export interface SessionStorage {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const cut = (text: string, chars = STORED_TEXT_CHARS) =>
  text.length > chars ? `${text.slice(0, chars - 1)}…` : text;

/** The report as stored: every text cut to STORED_TEXT_CHARS, a few aliases per speaker. */
export function trimmedReport(report: PageReport): PageReport {
  return {
    ...report,
    url: cut(report.url, STORED_URL_CHARS),
    title: cut(report.title),
    quotes: report.quotes.map((q) => ({ ...q, text: cut(q.text), cue: q.cue && cut(q.cue) })),
    speakers: report.speakers.map((s) => ({
      ...s,
      name: cut(s.name),
      aliases: s.aliases.slice(0, STORED_ALIASES).map((alias) => cut(alias)),
      role: s.role && cut(s.role),
    })),
  };
}

/** The least a report can be stored as: spans, ids and speakers' names, without quote texts. */
export function bareReport(report: PageReport): PageReport {
  const trimmed = trimmedReport(report);
  return {
    ...trimmed,
    quotes: trimmed.quotes.map((q) => ({ ...q, text: "", cue: null })),
    speakers: trimmed.speakers.map((s) => ({ ...s, aliases: [], role: null })),
  };
}

export class TabReports {
  #reports = new Map<number, PageReport>();
  #loaded: Promise<void>;
  #storage: SessionStorage;
  #askTab: (tabId: number) => Promise<unknown>;

  /** `askTab` asks a tab's content script for its current report (answers are checked here). */
  constructor(storage: SessionStorage, askTab: (tabId: number) => Promise<unknown>) {
    this.#storage = storage;
    this.#askTab = askTab;
    this.#loaded = storage
      .get(null)
      .then((items) => {
        for (const [key, value] of Object.entries(items)) {
          const tabId = Number(key.slice(KEY_PREFIX.length));
          const report =
            key.startsWith(KEY_PREFIX) && Number.isSafeInteger(tabId) ? reportFromStorage(value) : null;
          if (report && !this.#reports.has(tabId)) this.#reports.set(tabId, report);
        }
      })
      .catch(() => undefined);
  }

  /** The tab's report: from memory or storage, else from the tab itself (null when it has none). */
  async get(tabId: number): Promise<PageReport | null> {
    await this.#loaded;
    const known = this.#reports.get(tabId);
    if (known) return known;
    // No content script there (a browser page), or no such tab: no report. (Some of the browser's
    // argument checks throw rather than reject, hence the extra step.)
    const answer = await Promise.resolve(tabId)
      .then(this.#askTab)
      .catch(() => null);
    // Set meanwhile by a report the tab sent on its own: that one is as new.
    if (this.#reports.has(tabId) || !isPageReport(answer)) return this.#reports.get(tabId) ?? null;
    await this.set(tabId, answer);
    return answer;
  }

  async set(tabId: number, report: PageReport): Promise<void> {
    this.#reports.set(tabId, report);
    const key = keyOf(tabId);
    const stored =
      (await this.#store(key, trimmedReport(report))) || (await this.#store(key, bareReport(report)));
    // Not even the bare report fits: an older one must not stand for it after a restart.
    if (!stored) await this.#storage.remove(key).catch(() => undefined);
  }

  /** Stores `report` under `key`; false when storage turned it down (its quota is full). */
  #store(key: string, report: PageReport): Promise<boolean> {
    return this.#storage.set({ [key]: stored(report) }).then(
      () => true,
      () => false,
    );
  }

  /** Forgets the tab's report; true if there was one. */
  async delete(tabId: number): Promise<boolean> {
    await this.#loaded;
    const had = this.#reports.delete(tabId);
    await this.#storage.remove(keyOf(tabId)).catch(() => undefined);
    return had;
  }
}
