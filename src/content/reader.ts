// The reading code: the page adapter, which needs the page's DOM. The content script (main.ts)
// imports this module from the extension only on pages it reads (loadReader.ts); the engine
// itself runs in the background, handed the article as plain data.
import type { Article, Quote } from "../engine/types.ts";
import { capArticle, joinCuts } from "../limits.ts";
import type { Extraction } from "../messages.ts";
import { rangeFor, readArticleInSteps, type PageText, type Steps } from "../page/index.ts";
import { bySpeakingOrder, type Scan } from "./scan.ts";
import { inSlices, yieldToPage } from "./slices.ts";

// The engine's messages are needed only on pages read: they come with this module, not content.js.
export { EngineClient } from "./engineClient.ts";

/** The quote's words with their marks, so the reader sees exactly what the page quotes. */
function quoteRange(page: PageText, quote: Quote): Range | null {
  const end = (quote.close ?? quote.inner).end;
  return (
    rangeFor(page, quote.block, { start: quote.open.start, end }) ?? rangeFor(page, quote.block, quote.inner)
  );
}

/** Each quote's Range, a step per quote. */
/** Where a quote stands in the page: the same for a quote found and, later, attributed. */
const spanKey = (quote: Quote) => `${quote.block}:${quote.open.start}:${(quote.close ?? quote.inner).end}`;

/**
 * Each quote's Range, a step per quote mapped; `known` holds the ranges mapped before (by spanKey),
 * so the quotes found while the engine read the parts are not mapped again once attributed.
 */
function* quoteRanges(
  page: PageText,
  quotes: readonly Quote[],
  known: Map<string, Range | null>,
): Steps<Map<number, Range>> {
  const ranges = new Map<number, Range>();
  for (const quote of quotes) {
    const key = spanKey(quote);
    let range = known.get(key);
    if (range === undefined) {
      range = quoteRange(page, quote);
      known.set(key, range);
      yield;
    }
    if (range) ranges.set(quote.id, range);
  }
  return ranges;
}

/** Has the engine find the article's quotes, telling `progress` what it gave so far (engineClient.ts). */
export type Extract = (
  article: Article,
  progress: (extraction: Extraction) => Promise<void>,
) => Promise<Extraction | null>;

/**
 * Reads the page and has `extract` (the engine, outside the page) find its quotes in the article
 * cut to the caps of src/limits.ts; resolves to null when `signal` aborted it midway or `extract`
 * answered null (a newer reading of the page replaced it). While the engine works, `onProgress`,
 * if given, gets the reading so far: the quotes found, without speakers.
 */
export async function scanPage(
  doc: Document,
  signal: AbortSignal,
  extract: Extract,
  onProgress?: (scan: Scan) => void,
): Promise<Scan | null> {
  const page = await inSlices(readArticleInSteps(doc), signal);
  if (!page) return null;
  await yieldToPage();
  if (signal.aborted) return null;
  const article = capArticle(page.article);
  // Quotes come in page order, first unattributed, then attributed: each list's new ones are mapped.
  let ranges = new Map<number, Range>();
  let mapped = 0;
  let attributedSoFar = false;
  const known = new Map<string, Range | null>();
  const scanOf = async (extraction: Extraction, attributed: boolean): Promise<Scan | null> => {
    if (attributed !== attributedSoFar) [ranges, mapped, attributedSoFar] = [new Map(), 0, attributed];
    const fresh = await inSlices(quoteRanges(page, extraction.quotes.slice(mapped), known), signal);
    if (!fresh) return null;
    for (const [id, range] of fresh) ranges.set(id, range);
    mapped = extraction.quotes.length;
    return {
      page,
      lang: extraction.lang,
      quotes: extraction.quotes,
      speakers: bySpeakingOrder(extraction.speakers),
      ranges,
      cutShort: joinCuts(article.cut, extraction.cutShort),
    };
  };
  const result = await extract(article.value, async (extraction) => {
    // Mapped only when someone paints it.
    const scan = onProgress && (await scanOf(extraction, false));
    if (scan) onProgress(scan);
  });
  if (!result || signal.aborted) return null;
  return scanOf(result, true);
}
