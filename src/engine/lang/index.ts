import type { LanguageRules } from "./types.ts";
import { english } from "./en.ts";
import { french } from "./fr.ts";
import { german } from "./de.ts";
import { spanish } from "./es.ts";
import { portuguese } from "./pt.ts";
import { italian } from "./it.ts";
import { dutch } from "./nl.ts";

/**
 * A language's rules with their fields in English's order. Each language file lists them in its own
 * order, which gave each language's rules an object shape of its own: the engine's reads of
 * `rules.x`, made for every token, met seven shapes (megamorphic, and recompiled as each language
 * came). One order makes one shape.
 */
const inEnglishOrder = (rules: LanguageRules): LanguageRules =>
  // Object.fromEntries keeps fast properties; assigning 157 keys one by one would not.
  Object.fromEntries(
    Object.keys(english).map((k) => [k, rules[k as keyof LanguageRules]]),
  ) as unknown as LanguageRules;

const byCode: Record<string, LanguageRules> = {
  en: inEnglishOrder(english),
  fr: inEnglishOrder(french),
  de: inEnglishOrder(german),
  es: inEnglishOrder(spanish),
  pt: inEnglishOrder(portuguese),
  it: inEnglishOrder(italian),
  nl: inEnglishOrder(dutch),
};

/** The languages the engine has rules for. */
export const supportedLanguages = Object.keys(byCode);

/** Rules for a language code; English when the engine has no rules for it. */
export function rulesFor(code: string): LanguageRules {
  return byCode[code] ?? byCode.en!;
}
