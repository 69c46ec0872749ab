// The reading code: page adapter and engine, most of Quotelight's weight. The content script
// (main.ts) imports this module from the extension only on pages it reads (loadReader.ts), so
// every other page pays for a few kilobytes of script, not for the engine.
import { extractQuotes } from "../engine/index.ts";
import type { Quote, QuoteResult } from "../engine/types.ts";
import { rangeFor, readArticle, type PageText } from "../page/index.ts";
import { bySpeakingOrder, type Scan } from "./scan.ts";

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
