import type { Span, TextBlock } from "./types.ts";
import type { LanguageRules } from "./lang/types.ts";

/** A quote found in one block, before attribution. */
export interface FoundQuote {
  block: number;
  text: string;
  inner: Span;
  open: Span;
  close: Span | null;
  partial: boolean;
}

/** The direct quotes of one block, in order. (Placeholder: the quote-finding work replaces it.) */
export function findQuotes(_block: TextBlock, _index: number, _rules: LanguageRules): FoundQuote[] {
  return [];
}
