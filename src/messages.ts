// Every message that crosses between the extension's parts, typed in one place and checked
// where it is received: a content script runs next to untrusted page code, so nothing that
// arrives is trusted until `isMessage` says it has the expected shape.
import type { Article, BlockKind, Quote, QuoteResult, Speaker, VoiceKind } from "./engine/types.ts";
import { VOICE_KINDS } from "./engine/voiceKinds.ts";
import { LIMIT_NAMES, type Limit } from "./limits.ts";

/** What the content script found on its page; the popup and side panel render this. */
export interface PageReport {
  url: string;
  title: string;
  /**
   * highlighted: quotes found and shown; hidden: found but highlighting switched off here;
   * waiting: not an article, the engine has not run (the popup offers "Find quotes on this page");
   * site-disabled: the reader turned Quotelight off for this site.
   */
  status: "highlighted" | "hidden" | "waiting" | "site-disabled";
  /**
   * The page did not look like an article (the adapter found no body of prose): its quotes come
   * from all of its main text. Absent in reports from before the page was read.
   */
  notArticle?: boolean;
  lang: string | null;
  quotes: Quote[];
  /**
   * Sorted by number of quotes, most first (ties in page order): the speaker at index i has
   * colour slot i, painted as `highlightName(i)` in the page (src/palette.ts). Look speakers up
   * by `id` (what `Quote.speaker` holds), not by index.
   */
  speakers: Speaker[];
  /** The limits (src/limits.ts) that cut the page's reading short; absent or empty: read whole. */
  cutShort?: Limit[];
}

/**
 * The background's answer to extract-quotes: the engine's result within the caps, and the caps
 * that cut it. (The answer is null when a newer request from the same tab replaced this one.)
 */
export interface Extraction extends QuoteResult {
  cutShort: Limit[];
}

export type Message =
  /** content → background: the page's current quotes (sent again whenever they change). */
  | { type: "page-report"; report: PageReport }
  /** popup/side panel → background: the last report for a tab (answer: PageReport | null). */
  | { type: "get-report"; tabId: number }
  /** background → popup/side panel: a tab's report changed. */
  | { type: "report-changed"; tabId: number; report: PageReport | null }
  /** popup/side panel → content: scroll to a quote and flash it. */
  | { type: "show-quote"; quoteId: number }
  /** popup → content: switch highlighting on this page on or off. */
  | { type: "set-highlighting"; enabled: boolean }
  /** popup → content: run the engine now on a page that was not taken for an article. */
  | { type: "scan-now" }
  /**
   * background → content: answer with the page's current report (answer: PageReport). Asked when
   * the background knows no report for the tab: it was stopped and the report was not stored.
   */
  | { type: "send-report" }
  /** background → content (next/previous-quote shortcuts): move to the next or previous quote. */
  | { type: "step-quote"; direction: 1 | -1 }
  /**
   * content → background: run the engine on the page's article (answer: Extraction | null). The
   * engine runs outside the page so the page's main thread never carries it.
   */
  | { type: "extract-quotes"; article: Article }
  /**
   * background → Chrome's offscreen document: run the engine on its Workers (answer:
   * EngineOutcome, src/engineHost/enginePool.ts). The article was cut to the caps already.
   */
  | { type: "run-engine"; article: Article };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isString = (v: unknown): v is string => typeof v === "string";

const isSpan = (v: unknown) => isObject(v) && isInt(v.start) && isInt(v.end);

function isQuote(v: unknown): v is Quote {
  return (
    isObject(v) &&
    isInt(v.id) &&
    isInt(v.block) &&
    isString(v.text) &&
    isSpan(v.inner) &&
    isSpan(v.open) &&
    (v.close === null || isSpan(v.close)) &&
    (v.speaker === null || isInt(v.speaker)) &&
    (v.cue === null || isString(v.cue)) &&
    typeof v.partial === "boolean"
  );
}

function isSpeaker(v: unknown): v is Speaker {
  return (
    isObject(v) &&
    isInt(v.id) &&
    isString(v.name) &&
    Array.isArray(v.aliases) &&
    v.aliases.every(isString) &&
    (v.role === null || isString(v.role)) &&
    ["person", "organisation", "unnamed"].includes(v.kind as string) &&
    VOICE_KINDS.includes(v.voice as VoiceKind) &&
    Array.isArray(v.quotes) &&
    v.quotes.every(isInt)
  );
}

/** Every kind of text block, for checking messages (and for tests that make up articles). */
export const BLOCK_KINDS: readonly BlockKind[] = [
  "headline",
  "standfirst",
  "paragraph",
  "listItem",
  "blockquote",
  "caption",
  "intertitle",
];
const isOptionalString = (v: unknown) => v === undefined || isString(v);

function isArticle(v: unknown): v is Article {
  return (
    isObject(v) &&
    isOptionalString(v.lang) &&
    isOptionalString(v.title) &&
    Array.isArray(v.blocks) &&
    v.blocks.every(
      (b) =>
        isObject(b) &&
        BLOCK_KINDS.includes(b.kind as BlockKind) &&
        isString(b.text) &&
        isOptionalString(b.lang),
    )
  );
}

const isLimitList = (v: unknown) =>
  Array.isArray(v) && v.every((name) => LIMIT_NAMES.includes(name as Limit));

export function isPageReport(v: unknown): v is PageReport {
  return (
    isObject(v) &&
    isString(v.url) &&
    isString(v.title) &&
    ["highlighted", "hidden", "waiting", "site-disabled"].includes(v.status as string) &&
    (v.notArticle === undefined || typeof v.notArticle === "boolean") &&
    (v.lang === null || isString(v.lang)) &&
    Array.isArray(v.quotes) &&
    v.quotes.every(isQuote) &&
    Array.isArray(v.speakers) &&
    v.speakers.every(isSpeaker) &&
    (v.cutShort === undefined || isLimitList(v.cutShort))
  );
}

/** True when `v` is a well-formed message; receivers drop anything else. */
export function isMessage(v: unknown): v is Message {
  if (!isObject(v)) return false;
  switch (v.type) {
    case "page-report":
      return isPageReport(v.report);
    case "get-report":
      return isInt(v.tabId);
    case "report-changed":
      return isInt(v.tabId) && (v.report === null || isPageReport(v.report));
    case "show-quote":
      return isInt(v.quoteId);
    case "set-highlighting":
      return typeof v.enabled === "boolean";
    case "scan-now":
    case "send-report":
      return true;
    case "step-quote":
      return v.direction === 1 || v.direction === -1;
    case "extract-quotes":
    case "run-engine":
      return isArticle(v.article);
    default:
      return false;
  }
}
