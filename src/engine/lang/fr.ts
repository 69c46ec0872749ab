import type { LanguageRules } from "./types.ts";

// Placeholder lexicon: the attribution work fills it.
export const french: LanguageRules = {
  code: "fr",
  speechVerbs: new Set(),
  sourcePhrases: [],
  pronouns: new Map(),
  honorifics: new Set(),
  determiners: new Set(),
};
