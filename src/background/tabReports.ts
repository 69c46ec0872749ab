// Each tab's latest PageReport. Kept in memory for quick answers and in storage.session
// (memory only, cleared when the browser closes) so that a service worker Chrome stopped and
// restarted still knows the tabs' reports.
import browser from "webextension-polyfill";
import { isPageReport, type PageReport } from "../messages.ts";

const KEY_PREFIX = "tab:";
const keyOf = (tabId: number) => `${KEY_PREFIX}${tabId}`;

export class TabReports {
  #reports = new Map<number, PageReport>();
  #loaded: Promise<void>;

  constructor() {
    this.#loaded = browser.storage.session
      .get(null)
      .then((stored) => {
        for (const [key, report] of Object.entries(stored)) {
          const tabId = Number(key.slice(KEY_PREFIX.length));
          if (
            key.startsWith(KEY_PREFIX) &&
            Number.isSafeInteger(tabId) &&
            isPageReport(report) &&
            !this.#reports.has(tabId)
          ) {
            this.#reports.set(tabId, report);
          }
        }
      })
      .catch(() => undefined);
  }

  async get(tabId: number): Promise<PageReport | null> {
    await this.#loaded;
    return this.#reports.get(tabId) ?? null;
  }

  async set(tabId: number, report: PageReport): Promise<void> {
    this.#reports.set(tabId, report);
    // Too big for the session quota (a huge page): the in-memory copy still answers.
    await browser.storage.session.set({ [keyOf(tabId)]: report }).catch(() => undefined);
  }

  /** Forgets the tab's report; true if there was one. */
  async delete(tabId: number): Promise<boolean> {
    await this.#loaded;
    const had = this.#reports.delete(tabId);
    await browser.storage.session.remove(keyOf(tabId)).catch(() => undefined);
    return had;
  }
}
