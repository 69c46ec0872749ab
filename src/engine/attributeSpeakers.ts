import type { Article, QuoteResult } from "./types.ts";
import type { FoundQuote } from "./findQuotes.ts";
import type { LanguageRules } from "./lang/types.ts";

/** Gives each quote its speaker and merges speakers across the article. (Placeholder.) */
export function attributeSpeakers(_article: Article, found: FoundQuote[], rules: LanguageRules): QuoteResult {
  return {
    lang: rules.code,
    quotes: found.map((q, id) => ({ ...q, id, speaker: null, cue: null })),
    speakers: [],
  };
}
