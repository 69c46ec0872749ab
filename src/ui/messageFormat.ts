// The browser's i18n message format, done by hand for the English fallback: `browser.i18n`
// answers "" for a key it does not know (a build without _locales, or a unit test), and the UI
// must still read well then. Format: https://developer.chrome.com/docs/extensions/reference/api/i18n
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type MessageCatalogue = Record<string, MessageEntry>;

/** Fills `$NAME$` placeholders, whose content names substitutions as `$1`…`$9`. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[] = []): string {
  const placeholders = entry.placeholders ?? {};
  const substitute = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? "");
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const placeholder = placeholders[name.toLowerCase()];
      return placeholder ? substitute(placeholder.content) : whole;
    })
    .replace(/\$\$/g, "$");
}

/**
 * The key of the plural form for `count` in `locale`: `quoteCount_one` / `quoteCount_other`.
 * Browser i18n has no plurals, so each plural form is its own message and Intl picks one
 * (French says "0 citation", English "0 quotes").
 */
export function pluralKey(base: string, count: number, locale: string): string {
  return `${base}_${new Intl.PluralRules(locale).select(count) === "one" ? "one" : "other"}`;
}
