// One reading of the page: the article's text, the engine's quotes and speakers, and each quote's
// Range in the DOM, grouped by highlight (one per speaker colour slot).
import { extractQuotes } from "../engine/index.ts";
import type { Quote, QuoteResult, Speaker } from "../engine/types.ts";
import { highlightName } from "../palette.ts";
import { defaultSettings, type Settings } from "../settings.ts";
import { rangeFor, readArticle, type PageText } from "../page/index.ts";

export interface Scan {
  page: PageText;
  lang: string;
  quotes: Quote[];
  /** Sorted by number of quotes (most first): the speaker at index i has colour slot i. */
  speakers: Speaker[];
  /** Quote id → its Range in the page (missing when the text could not be mapped back). */
  ranges: Map<number, Range>;
}

/** Gives the page's main voices the first, most distinct colours; ties keep page order. */
export function bySpeakingOrder(speakers: readonly Speaker[]): Speaker[] {
  const firstQuote = (s: Speaker) => Math.min(...s.quotes);
  return [...speakers].sort((a, b) => b.quotes.length - a.quotes.length || firstQuote(a) - firstQuote(b));
}

/** The quote's words with their marks, so the reader sees exactly what the page quotes. */
function quoteRange(page: PageText, quote: Quote): Range | null {
  const end = (quote.close ?? quote.inner).end;
  return rangeFor(page, quote.block, { start: quote.open.start, end }) ?? rangeFor(page, quote.block, quote.inner);
}

/** Lets the page handle input between the long steps of a scan. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and analyses the page; resolves to null when `signal` aborted it midway. */
export async function scanPage(doc: Document, signal: AbortSignal): Promise<Scan | null> {
  const page = readArticle(doc);
  await yieldToPage();
  if (signal.aborted) return null;
  const result: QuoteResult = extractQuotes(page.article);
  await yieldToPage();
  if (signal.aborted) return null;
  const ranges = new Map<number, Range>();
  for (const quote of result.quotes) {
    const range = quoteRange(page, quote);
    if (range) ranges.set(quote.id, range);
  }
  return { page, lang: result.lang, quotes: result.quotes, speakers: bySpeakingOrder(result.speakers), ranges };
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

/** Highlight name → the ranges it paints: each speaker's slot, and one neutral group. */
export function highlightGroups(scan: Scan, settings: PaintSettings = defaultSettings): Map<string, Range[]> {
  const groups = new Map<string, Range[]>();
  for (const { slot, range } of paintedQuotes(scan, settings)) {
    const name = highlightName(slot, settings.colourScheme);
    const group = groups.get(name);
    if (group) group.push(range);
    else groups.set(name, [range]);
  }
  return groups;
}
