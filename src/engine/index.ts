// The quote engine: plain TypeScript over plain data, no DOM, browser or Node API, so the
// content script and the command-line tool run exactly the same code.
import type { Article, QuoteResult } from "./types.ts";
import { detectLanguage } from "./language.ts";
import { rulesFor } from "./lang/index.ts";
import { findQuotes, linkRunOnQuotes } from "./findQuotes.ts";
import { attributeSpeakers } from "./attributeSpeakers.ts";

export type * from "./types.ts";

/** Finds the article's direct quotes and who said them. */
export function extractQuotes(article: Article): QuoteResult {
  const rules = rulesFor(detectLanguage(article));
  const found = linkRunOnQuotes(article.blocks.flatMap((block, index) => findQuotes(block, index, rules)), article.blocks);
  return attributeSpeakers(article, found, rules);
}
