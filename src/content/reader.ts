// The reading code: the page adapter, which needs the page's DOM. The content script (main.ts)
// imports this module from the extension only on pages it reads (loadReader.ts); the engine
// itself runs in the background, handed the article as plain data.
import type { Article, Quote } from "../engine/types.ts";
import { capArticle, joinCuts } from "../limits.ts";
import type { Extraction } from "../messages.ts";
import { rangeFor, readArticleInSteps, type PageText, type Steps } from "../page/index.ts";
import { bySpeakingOrder, type Scan } from "./scan.ts";
import { inSlices, yieldToPage } from "./slices.ts";

/** The quote's words with their marks, so the reader sees exactly what the page quotes. */
function quoteRange(page: PageText, quote: Quote): Range | null {
  const end = (quote.close ?? quote.inner).end;
  return (
    rangeFor(page, quote.block, { start: quote.open.start, end }) ?? rangeFor(page, quote.block, quote.inner)
  );
}

/** Each quote's Range, a step per quote. */
function* quoteRanges(page: PageText, quotes: readonly Quote[]): Steps<Map<number, Range>> {
  const ranges = new Map<number, Range>();
  for (const quote of quotes) {
    const range = quoteRange(page, quote);
    if (range) ranges.set(quote.id, range);
    yield;
  }
  return ranges;
}

/**
 * Reads the page and has `extract` (the engine, outside the page) find its quotes in the article
 * cut to the caps of src/limits.ts; resolves to null when `signal` aborted it midway or `extract`
 * answered null (a newer reading of the page replaced it).
 */
export async function scanPage(
  doc: Document,
  signal: AbortSignal,
  extract: (article: Article) => Promise<Extraction | null>,
): Promise<Scan | null> {
  const page = await inSlices(readArticleInSteps(doc), signal);
  if (!page) return null;
  await yieldToPage();
  if (signal.aborted) return null;
  const article = capArticle(page.article);
  const result = await extract(article.value);
  if (!result || signal.aborted) return null;
  const ranges = await inSlices(quoteRanges(page, result.quotes), signal);
  if (!ranges) return null;
  return {
    page,
    lang: result.lang,
    quotes: result.quotes,
    speakers: bySpeakingOrder(result.speakers),
    ranges,
    cutShort: joinCuts(article.cut, result.cutShort),
  };
}
