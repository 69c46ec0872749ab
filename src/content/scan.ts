// One reading of the page: the article's text, the engine's quotes and speakers, and each quote's
// Range in the DOM, and which of them the reader's settings let us paint, in which colour slot.
// The reading itself (scanPage) lives in reader.ts, loaded only on pages that are read.
import type { Quote, Speaker } from "../engine/types.ts";
import { defaultSettings, type Settings } from "../settings.ts";
import type { PageText } from "../page/index.ts";
import type { Limit } from "../limits.ts";

export interface Scan {
  page: PageText;
  lang: string;
  quotes: Quote[];
  /** Sorted by number of quotes (most first): the speaker at index i has colour slot i. */
  speakers: Speaker[];
  /** Quote id → its Range in the page (missing when the text could not be mapped back). */
  ranges: Map<number, Range>;
  /** The limits that cut the reading short (src/limits.ts); empty when the page was read whole. */
  cutShort: Limit[];
}

/** Gives the page's main voices the first, most distinct colours; ties keep page order. */
export function bySpeakingOrder(speakers: readonly Speaker[]): Speaker[] {
  const firstQuote = (s: Speaker) => Math.min(...s.quotes);
  return [...speakers].sort((a, b) => b.quotes.length - a.quotes.length || firstQuote(a) - firstQuote(b));
}

/** The settings that decide what is painted, and how. */
export type PaintSettings = Pick<Settings, "colourScheme" | "highlightPartial" | "showUnattributed">;

/** A quote as painted in the page: its range and its speaker's colour slot (null: no speaker). */
export interface PaintedQuote {
  quote: Quote;
  speaker: Speaker | null;
  slot: number | null;
  range: Range;
}

/**
 * False once the page removed the text a quote's Range was made on (Ranges are made on Text
 * nodes). A live Range whose nodes leave the page collapses onto their parent, and one made on
 * nodes the page had already removed (a re-render during the reading) stays on them.
 */
export function stillInPage(range: Range): boolean {
  const { startContainer: start, endContainer: end } = range;
  return (
    !range.collapsed &&
    start.nodeType === start.TEXT_NODE &&
    end.nodeType === end.TEXT_NODE &&
    start.isConnected &&
    end.isConnected
  );
}

/** The quotes the reader's settings let us highlight, in page order. */
export function paintedQuotes(scan: Scan, settings: PaintSettings = defaultSettings): PaintedQuote[] {
  const slotOf = new Map(scan.speakers.map((speaker, slot) => [speaker.id, slot]));
  const painted: PaintedQuote[] = [];
  for (const quote of scan.quotes) {
    const range = scan.ranges.get(quote.id);
    if (!range || (quote.partial && !settings.highlightPartial)) continue;
    const slot = quote.speaker === null ? null : (slotOf.get(quote.speaker) ?? null);
    if (slot === null && !settings.showUnattributed) continue;
    painted.push({ quote, speaker: slot === null ? null : scan.speakers[slot]!, slot, range });
  }
  return painted;
}
