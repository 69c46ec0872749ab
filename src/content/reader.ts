// The reading code: the page adapter, which needs the page's DOM. The content script (main.ts)
// imports this module from the extension only on pages it reads (loadReader.ts); the engine
// itself runs in the background, handed the article as plain data.
import type { Article, Quote, QuoteResult } from "../engine/types.ts";
import { rangeFor, readArticle, type PageText } from "../page/index.ts";
import { bySpeakingOrder, type Scan } from "./scan.ts";

/** The quote's words with their marks, so the reader sees exactly what the page quotes. */
function quoteRange(page: PageText, quote: Quote): Range | null {
  const end = (quote.close ?? quote.inner).end;
  return rangeFor(page, quote.block, { start: quote.open.start, end }) ?? rangeFor(page, quote.block, quote.inner);
}

/** Lets the page handle input between the long steps of a scan. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads the page and has `extract` (the engine, in the background) find its quotes; resolves to
 * null when `signal` aborted it midway.
 */
export async function scanPage(
  doc: Document,
  signal: AbortSignal,
  extract: (article: Article) => Promise<QuoteResult>,
): Promise<Scan | null> {
  const page = readArticle(doc);
  await yieldToPage();
  if (signal.aborted) return null;
  const result = await extract(page.article);
  if (signal.aborted) return null;
  const ranges = new Map<number, Range>();
  for (const quote of result.quotes) {
    const range = quoteRange(page, quote);
    if (range) ranges.set(quote.id, range);
  }
  return { page, lang: result.lang, quotes: result.quotes, speakers: bySpeakingOrder(result.speakers), ranges };
}
