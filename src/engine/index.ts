// The quote engine: plain TypeScript over plain data, no DOM, browser or Node API, so the
// extension's background script and the command-line tool run exactly the same code.
import type { Article, QuoteResult } from "./types.ts";
import { blockLanguages, detectLanguage } from "./language.ts";
import { rulesFor, supportedLanguages } from "./lang/index.ts";
import { findQuotes, linkRunOnQuotes, type FoundQuote } from "./findQuotes.ts";
import { dialogueQuotes, usesDialogueDashes } from "./quotes/dialogue.ts";
import { readText } from "./text/blockText.ts";
import { attributeSpeakers, type QuoteExplanation } from "./attributeSpeakers.ts";

export type * from "./types.ts";
export type { QuoteExplanation };

/** Finds the article's direct quotes and who said them, each block read with its own language's rules. */
export function extractQuotes(article: Article): QuoteResult {
  return readQuotes(article, false);
}

/**
 * `extractQuotes`, with every quote's speaker candidates: which strategies fired, their scores, which won.
 */
export function explainQuotes(article: Article): QuoteResult & { explanations: QuoteExplanation[] } {
  const { explanations = [], ...result } = readQuotes(article, true);
  return { ...result, explanations };
}

function readQuotes(article: Article, explain: boolean): QuoteResult & { explanations?: QuoteExplanation[] } {
  const language = detectLanguage(article);
  const blockRules = blockLanguages(article, language, supportedLanguages).map(rulesFor);
  const dialogue = usesDialogueDashes(article.blocks);
  const spoken = article.blocks.map((block, index) =>
    dialogue && blockRules[index]!.dialogueDashes ? dialogueQuotes(block, index) : [],
  );
  // The text model: every block tokenised and split into sentences once, for both stages below.
  const texts = article.blocks.map((block, index) => readText(block.text, blockRules[index]!, spoken[index]));
  const found = linkRunOnQuotes(
    article.blocks.flatMap((block, index) => {
      const marked = findQuotes(block, index, blockRules[index]!, texts[index]);
      return spoken[index]!.length > 0 ? withDialogue(marked, spoken[index]!) : marked;
    }),
    article.blocks,
  );
  return attributeSpeakers(article, found, rulesFor(language), blockRules, { explain, texts });
}

/** A dialogue paragraph's speech, and the quotes in marks outside it (inside, they are nested quotes). */
function withDialogue(marked: FoundQuote[], spoken: FoundQuote[]): FoundQuote[] {
  const inside = (q: FoundQuote) =>
    spoken.some((s) => q.open.start >= s.open.start && q.open.start < (s.close?.end ?? Infinity));
  return [...spoken, ...marked.filter((q) => !inside(q))].sort((a, b) => a.open.start - b.open.start);
}
