// The quote engine: plain TypeScript over plain data, no DOM, browser or Node API, so the
// content script and the command-line tool run exactly the same code.
import type { Article, QuoteResult } from "./types.ts";
import { blockLanguages, detectLanguage } from "./language.ts";
import { rulesFor, supportedLanguages } from "./lang/index.ts";
import { findQuotes, linkRunOnQuotes } from "./findQuotes.ts";
import { attributeSpeakers } from "./attributeSpeakers.ts";

export type * from "./types.ts";

/** Finds the article's direct quotes and who said them, each block read with its own language's rules. */
export function extractQuotes(article: Article): QuoteResult {
  const language = detectLanguage(article);
  const blockRules = blockLanguages(article, language, supportedLanguages).map(rulesFor);
  const found = linkRunOnQuotes(article.blocks.flatMap((block, index) => findQuotes(block, index, blockRules[index]!)), article.blocks);
  return attributeSpeakers(article, found, rulesFor(language), blockRules);
}
