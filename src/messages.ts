// Every message that crosses between the extension's parts, typed in one place and checked
// where it is received: a content script runs next to untrusted page code, so nothing that
// arrives is trusted until `isMessage` says it has the expected shape.
import type { BlockKind, Quote, QuoteResult, Speaker, VoiceKind } from "./engine/types.ts";
import { VOICE_KINDS } from "./engine/voiceKinds.ts";
import { LIMIT_NAMES, type Limit } from "./limits.ts";
import type { ArticlePart } from "./engineHost/articleParts.ts";

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

/** The engine's result within the caps, and the caps that cut it. */
export interface Extraction extends QuoteResult {
  cutShort: Limit[];
}

/** An extraction without its quotes, which come in parts: how many there are. */
export interface ExtractionHead extends Omit<Extraction, "quotes"> {
  quoteCount: number;
}

/**
 * The background's answer to one part of an article (article-part). It is null when a newer
 * reading of the same tab replaced this one.
 */
export type PartAnswer =
  /**
   * Read: the quotes found in the part, numbered in the article, without speakers yet, as the
   * JSON of their Quote[] (FoundJson in src/engineHost/engineSessions.ts: passed on unread).
   */
  | { found: string }
  /**
   * The article is read and attributed (or its time ran out: then its quotes so far, without
   * speakers): the first of its quotes; ask for the others with more-quotes.
   */
  | { done: ExtractionHead; quotes: Quote[] }
  /** The engine no longer holds the blocks the part refers to: send the article again, whole. */
  | { resend: true };

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
   * content → background: a part of the page's article for the engine (answer: PartAnswer | null),
   * sent in order, at most LIMITS.partsInFlight ahead of their answers
   * (src/engineHost/articleParts.ts). The engine runs outside the page so the page's main thread
   * never carries it. `reading` numbers the page's readings.
   */
  | { type: "article-part"; reading: number; part: ArticlePart }
  /**
   * content → background, and background → Chrome's offscreen document: the page is about to be
   * read, so have an engine Worker start now (no answer needed): its cold start (the offscreen
   * document, the Worker, engine.js) then overlaps the reading of the page, not the first part.
   */
  | { type: "engine-warm-up" }
  /** content → background: the reading's quotes from `from` on, one message (answer: Quote[] | null). */
  | { type: "more-quotes"; reading: number; from: number }
  /**
   * background → Chrome's offscreen document: hand a part to the engine's Workers (answer:
   * PartOutcome, src/engineHost/enginePool.ts).
   */
  | { type: "engine-part"; tabId: number; part: ArticlePart }
  /** background → Chrome's offscreen document: the tab's reading ends; `forget`: drop its session too. */
  | { type: "engine-end"; tabId: number; forget: boolean };

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
const isOptionalTrue = (v: unknown) => v === undefined || v === true;

const isBlock = (b: unknown) =>
  isObject(b) && BLOCK_KINDS.includes(b.kind as BlockKind) && isString(b.text) && isOptionalString(b.lang);

/** A block of a part: a block or a piece of one, or a reference to a block sent before. */
const isPartBlock = (b: unknown) =>
  isObject(b) && ("same" in b ? isInt(b.same) && b.same >= 0 : isBlock(b) && isOptionalTrue(b.more));

function isArticlePart(v: unknown): v is ArticlePart {
  return (
    isObject(v) &&
    (v.start === undefined ||
      (isObject(v.start) && isOptionalString(v.start.lang) && isOptionalString(v.start.title))) &&
    Array.isArray(v.blocks) &&
    v.blocks.every(isPartBlock) &&
    isOptionalTrue(v.last)
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
    case "engine-warm-up":
      return true;
    case "step-quote":
      return v.direction === 1 || v.direction === -1;
    case "article-part":
      return isInt(v.reading) && isArticlePart(v.part);
    case "more-quotes":
      return isInt(v.reading) && isInt(v.from) && v.from >= 0;
    case "engine-part":
      return isInt(v.tabId) && isArticlePart(v.part);
    case "engine-end":
      return isInt(v.tabId) && typeof v.forget === "boolean";
    default:
      return false;
  }
}
