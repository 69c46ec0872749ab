import type { LanguageRules } from "./types.ts";
import { english } from "./en.ts";
import { french } from "./fr.ts";

const byCode: Record<string, LanguageRules> = { en: english, fr: french };

/** The languages the engine has rules for. */
export const supportedLanguages = Object.keys(byCode);

/** Rules for a language code; English when the engine has no rules for it. */
export function rulesFor(code: string): LanguageRules {
  return byCode[code] ?? english;
}
