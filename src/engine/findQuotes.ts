// Finds the direct quotes of one block: pairs the quotation marks (quotes/marks.ts), then keeps
// the spans a reader takes for someone's words rather than a title, a name or a scare quote
// (quotes/notQuotes.ts).
import type { Span, TextBlock } from "./types.ts";
import type { LanguageRules } from "./lang/types.ts";
import { pairMarks } from "./quotes/marks.ts";
import { isFragment, isQuotation } from "./quotes/notQuotes.ts";

/** A quote found in one block, before attribution. */
export interface FoundQuote {
  block: number;
  /** The quoted words without the marks (`inner` of the block text). */
  text: string;
  /** The quoted words, without the spaces French sets inside « ». */
  inner: Span;
  /** The opening mark, and the closing mark (null when the quote runs on into the next paragraph). */
  open: Span;
  close: Span | null;
  /** True when the quote is a fragment inside the reporter's own sentence. */
  partial: boolean;
  /**
   * For attribution: true when this quote opens its block and the previous block's last quote
   * has no closing mark, i.e. one speaker's quote running over several paragraphs. Set by
   * `linkRunOnQuotes` over the whole article; `findQuotes` alone leaves it false.
   */
  continuesPrevious: boolean;
}

const TRIM_START = /^\s+/;
const TRIM_END = /\s+$/;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The direct quotes of one block, in order. */
export function findQuotes(block: TextBlock, index: number, rules: LanguageRules): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const seen = new Set<string>();
  for (const pair of pairMarks(block.text)) {
    const inner = innerSpan(block.text, pair.open, pair.close);
    const text = block.text.slice(inner.start, inner.end);
    if (!HAS_WORD.test(text) || seen.has(text)) continue;
    const candidate = { block, text, inner, open: pair.open, close: pair.close, family: pair.family };
    if (!isQuotation(candidate, rules)) continue;
    seen.add(text);
    quotes.push({ block: index, text, inner, open: pair.open, close: pair.close, partial: isFragment(candidate, rules), continuesPrevious: false });
  }
  return quotes;
}

function innerSpan(text: string, open: Span, close: Span | null): Span {
  const start = open.end;
  const end = close ? close.start : text.length;
  const body = text.slice(start, end);
  const lead = TRIM_START.exec(body)?.[0].length ?? 0;
  const trail = TRIM_END.exec(body)?.[0].length ?? 0;
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

/**
 * Marks the paragraphs of a quote that runs over several blocks: a block whose first quote
 * opens the block, right after a block whose last quote never closed. Expects the quotes of
 * the whole article in block order.
 */
export function linkRunOnQuotes(quotes: FoundQuote[], blocks: readonly TextBlock[]): FoundQuote[] {
  return quotes.map((quote, i) => {
    const previous = quotes[i - 1];
    const opensBlock = blocks[quote.block]!.text.slice(0, quote.open.start).trim() === "";
    const continues = previous !== undefined && previous.close === null && previous.block === quote.block - 1 && opensBlock;
    return continues ? { ...quote, continuesPrevious: true } : quote;
  });
}
