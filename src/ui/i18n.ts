// Every string the popup and side panel show comes from _locales/<lang>/messages.json through
// `t`, so translating the UI is editing those files only.
import browser from "webextension-polyfill";
import english from "../../_locales/en/messages.json";
import { formatMessage, localeWording, type MessageCatalogue } from "./messageFormat.ts";

export type MessageKey = keyof typeof english;
/** Keys that come in plural forms (`<base>_one`, `<base>_other`). */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

const fallback: MessageCatalogue = english;

const message = (key: string, substitutions: string[]): string =>
  browser.i18n.getMessage(key, substitutions) || formatMessage(fallback[key]!, substitutions);

export const uiLocale = (): string => browser.i18n.getUILanguage() || "en";

/** The interface language's messages, counts, percentages and lists. */
export const wording = () => localeWording(uiLocale(), message);

export const t = (key: MessageKey, ...substitutions: string[]): string => message(key, substitutions);

/** "1 quote", "5 quotes", with the number formatted for the reader's locale. */
export const count = (base: PluralBase, n: number): string => wording().count(base, n);

/** "57 %" in French, "57%" in English. */
export const percent = (share: number): string => wording().percent(share);

/** "A, B and C" / "A, B et C". */
export const list = (items: readonly string[]): string => wording().list(items);
