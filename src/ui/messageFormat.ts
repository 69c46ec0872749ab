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

/**
 * Messages, plural counts, percentages and lists in one locale: `message` looks a key up (the
 * browser's i18n, or a catalogue in tests) and numbers and lists follow the locale's customs.
 */
export function localeWording(locale: string, message: (key: string, substitutions: string[]) => string) {
  const t = (key: string, ...substitutions: string[]) => message(key, substitutions);
  return {
    t,
    /** "1 quote", "5 quotes", with the number formatted for the locale. */
    count: (base: string, n: number) => t(pluralKey(base, n, locale), n.toLocaleString(locale)),
    /** "57 %" in French, "57%" in English. */
    percent: (share: number) =>
      new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share),
    /** "A, B and C" / "A, B et C". */
    list: (items: readonly string[]) =>
      new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items),
  };
}

/** The wording of a message catalogue (a `_locales/<lang>/messages.json`) in `locale`. */
export const catalogueWording = (catalogue: MessageCatalogue, locale: string) =>
  localeWording(locale, (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) throw new Error(`no message ${key}`);
    return formatMessage(entry, substitutions);
  });
