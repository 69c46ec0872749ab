import type { LanguageRules } from "./types.ts";
import { english } from "./en.ts";
import { french } from "./fr.ts";
import { german } from "./de.ts";
import { spanish } from "./es.ts";
import { portuguese } from "./pt.ts";
import { italian } from "./it.ts";
import { dutch } from "./nl.ts";

const byCode: Record<string, LanguageRules> = {
  en: english,
  fr: french,
  de: german,
  es: spanish,
  pt: portuguese,
  it: italian,
  nl: dutch,
};

/** The languages the engine has rules for. */
export const supportedLanguages = Object.keys(byCode);

/** Rules for a language code; English when the engine has no rules for it. */
export function rulesFor(code: string): LanguageRules {
  return byCode[code] ?? english;
}
