// Pure view logic over a PageReport (and the view's own URL): what the popup and side panel show,
// kept free of Preact and browser APIs so it is unit-tested in Node.
import type { PageReport } from "../messages.ts";
import type { Quote, Speaker } from "../engine/types.ts";

/** What the popup and side panel show for a tab, from the most to the least useful. */
export type PageState =
  | { kind: "loading" }
  | { kind: "unreachable" }
  | { kind: "site-disabled"; host: string }
  | { kind: "waiting" }
  | { kind: "no-quotes" }
  | { kind: "quotes"; hidden: boolean };

/**
 * `report` is null when no content script has spoken for the tab: the page is a browser page
 * (chrome://, about:, the web store), or it was open before the extension was installed.
 * A tab still loading may simply not have reported yet.
 */
export function pageState(report: PageReport | null, tabLoading: boolean): PageState {
  if (!report) return tabLoading ? { kind: "loading" } : { kind: "unreachable" };
  switch (report.status) {
    case "site-disabled":
      return { kind: "site-disabled", host: hostOf(report.url) ?? report.url };
    case "waiting":
      return { kind: "waiting" };
    case "highlighted":
    case "hidden":
      return report.quotes.length
        ? { kind: "quotes", hidden: report.status === "hidden" }
        : { kind: "no-quotes" };
  }
}

/** The note saying the page was read only in part (src/limits.ts), or null when it was read whole. */
export function cutShortNote(report: PageReport | null): "pageTimedOut" | "pageCutShort" | null {
  const cut = report?.cutShort ?? [];
  if (cut.includes("time")) return "pageTimedOut";
  return cut.length ? "pageCutShort" : null;
}

/** The tab asked for with `?tab=ID` (tests, or a view pinned to one tab), else null. */
export function requestedTabId(search: string): number | null {
  const param = new URLSearchParams(search).get("tab");
  const id = param && /^\d+$/.test(param) ? Number(param) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}

/** The hostname the per-site switch is about, or null for pages Quotelight never runs on. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** The new `disabledSites` list after switching Quotelight on or off for `host`. */
export function withSite(disabledSites: readonly string[], host: string, enabled: boolean): string[] {
  const others = disabledSites.filter((site) => site !== host);
  return enabled ? others : [...others, host];
}

/** One row of the speaker list: the speaker with their colour slot and their quotes in page order. */
export interface SpeakerEntry {
  speaker: Speaker;
  slot: number;
  quotes: Quote[];
}

/** The speaker list: named voices, unnamed sources and quotes nobody could attribute. */
export interface Voices {
  named: SpeakerEntry[];
  unnamed: SpeakerEntry[];
  unattributed: Quote[];
}

/** Sort order of quotes as they stand in the page. */
export const inPageOrder = (a: Quote, b: Quote) => a.block - b.block || a.inner.start - b.inner.start;

/**
 * Splits the report's speakers into named voices and unnamed sources, keeping the report's order
 * (by number of quotes), which is also the order of the highlight colours.
 */
export function voicesOf(report: PageReport): Voices {
  const quoteById = new Map(report.quotes.map((quote) => [quote.id, quote]));
  const entries = report.speakers.map((speaker, slot) => ({
    speaker,
    slot,
    quotes: speaker.quotes.flatMap((id) => quoteById.get(id) ?? []).sort(inPageOrder),
  }));
  return {
    named: entries.filter((entry) => entry.speaker.kind !== "unnamed"),
    unnamed: entries.filter((entry) => entry.speaker.kind === "unnamed"),
    unattributed: report.quotes.filter((quote) => quote.speaker === null).sort(inPageOrder),
  };
}

/** All quotes of several speakers, in page order (the popup's one line for unnamed sources). */
export const quotesOfAll = (entries: readonly SpeakerEntry[]): Quote[] =>
  entries.flatMap((entry) => entry.quotes).sort(inPageOrder);

/**
 * Clicking a speaker again shows their next quote: `cycle` remembers, per list row, which quote
 * comes next, and wraps around after the last one.
 */
export function nextInCycle(cycle: ReadonlyMap<string, number>, row: string, length: number) {
  const index = (cycle.get(row) ?? 0) % length;
  return { index, cycle: new Map(cycle).set(row, index + 1) };
}

/** A quote between the marks its language uses: « … » in French, “…” elsewhere. */
export const quoted = (text: string, lang: string | null): string =>
  lang?.startsWith("fr") ? `«\u00a0${text}\u00a0»` : `“${text}”`;
