// Every string the popup and side panel show comes from _locales/<lang>/messages.json through
// `t`, so translating the UI is editing those files only.
import browser from "webextension-polyfill";
import english from "../../_locales/en/messages.json";
import { formatMessage, pluralKey, type MessageCatalogue } from "./messageFormat.ts";

export type MessageKey = keyof typeof english;
/** Keys that come in plural forms (`<base>_one`, `<base>_other`). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

const fallback: MessageCatalogue = english;

export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || formatMessage(fallback[key], substitutions);
}

export const uiLocale = (): string => browser.i18n.getUILanguage() || "en";

/** "1 quote", "5 quotes", with the number formatted for the reader's locale. */
export function count(base: PluralBase, n: number): string {
  const locale = uiLocale();
  return t(pluralKey(base, n, locale) as MessageKey, n.toLocaleString(locale));
}

/** "57 %" in French, "57%" in English. */
export const percent = (share: number): string =>
  new Intl.NumberFormat(uiLocale(), { style: "percent", maximumFractionDigits: 0 }).format(share);

/** "A, B and C" / "A, B et C". */
export const list = (items: readonly string[]): string =>
  new Intl.ListFormat(uiLocale(), { style: "long", type: "conjunction" }).format(items);
