// How much work one page may cause, written down in one place. A page is read up to these caps
// (the content script cuts the article before sending it) and checked again in the background
// (a content script runs beside untrusted page code, so what it sends is not trusted to be cut);
// the engine's answer is cut to the quote and speaker caps there. Whatever was cut is named in the
// tab's report, and the popup says the page was read only in part.
//
// The caps leave every ordinary article whole, the repeated 1 MB article of the benchmark
// included (4,201 blocks, 1.07 MB, 1,800 quotes), and stop a page built to make work.
import type { Article, QuoteResult, TextBlock } from "./engine/types.ts";

export const LIMITS = {
  /** Text blocks read per article; the rest of the page is left unread. */
  blocks: 5_000,
  /** Characters of block text per article (the block that crosses the line is cut at it). */
  characters: 1_500_000,
  /** Quotes kept per article, in page order. */
  quotes: 3_000,
  /** Speakers kept per article (those with most quotes); their other quotes stay, unattributed. */
  speakers: 500,
  /**
   * Engine time one extraction may take; past it, its Worker is stopped and the page gets the
   * quotes found so far, without speakers.
   */
  engineMs: 15_000,
  /**
   * The share of a reading's engine time left that its attribution may take before it stops by
   * itself: the page then gets speakers for the blocks read, rather than none when the Worker is
   * stopped at the budget's end.
   */
  attributionShare: 0.8,
  /**
   * Characters of block text per message: the article goes to the engine in parts of at most this
   * much (a longer block in pieces), so that no message carries the whole text.
   */
  partCharacters: 64_000,
  /**
   * The first part ends with the block that brings it to this much text: what the engine needs to
   * tell the page's language (SAMPLE_CHARS in src/engine/language.ts) before it reads any block,
   * so the first quotes come back after a third of a full part's reading.
   */
  firstPartCharacters: 20_000,
  /**
   * Parts sent before the oldest is answered: the next parts wait in the background's queue
   * while the engine reads one, so the engine is not left idle for each part's round trip (page,
   * service worker, offscreen document, Worker and back: 20–30 ms each, 17 times for 1 MB).
   */
  partsInFlight: 3,
  /** Quotes per message of the engine's answer (and at most partCharacters of their text). */
  partQuotes: 250,
  /**
   * Pages whose last article each engine Worker keeps, so that their next version is read only
   * where it changed (the oldest is dropped first; a tab closed or navigated drops its own).
   */
  engineSessions: 4,
} as const;

/** What cut a page short: one of the caps above ("engineMs" is reported as "time"). */
export type Limit = "blocks" | "characters" | "quotes" | "speakers" | "time";
export const LIMIT_NAMES: readonly Limit[] = ["blocks", "characters", "quotes", "speakers", "time"];

export interface Capped<T> {
  value: T;
  /** The caps that removed something, in LIMIT_NAMES order; empty when nothing was cut. */
  cut: Limit[];
}

/** The article's first blocks within the block and character caps (block indexes are kept). */
export function capArticle(article: Article): Capped<Article> {
  const caps = new BlockCaps();
  const kept: TextBlock[] = [];
  for (const block of article.blocks) {
    const within = caps.keep(block);
    if (within) kept.push(within);
    if (within !== block) break;
  }
  return { value: caps.cut.length ? { ...article, blocks: kept } : article, cut: caps.cut };
}

/**
 * The block and character caps applied to an article's blocks one by one, as they come (the engine
 * gets an article in parts): the first cap reached ends the article.
 */
export class BlockCaps {
  #blocks = 0;
  #characters = 0;
  /** The cap that ended the article, if one did. */
  readonly cut: Limit[] = [];

  /** The block, cut at the character cap if it crosses it; null once the article has ended. */
  keep(block: TextBlock): TextBlock | null {
    if (this.cut.length) return null;
    if (this.#blocks === LIMITS.blocks) {
      this.cut.push("blocks");
      return null;
    }
    const room = LIMITS.characters - this.#characters;
    if (block.text.length > room) {
      this.cut.push("characters");
      // A prefix keeps every offset of what is left valid, so quotes still map to the page.
      return room > 0 ? { ...block, text: block.text.slice(0, room) } : null;
    }
    this.#blocks++;
    this.#characters += block.text.length;
    return block;
  }
}

/**
 * The engine's answer within the quote and speaker caps: the first quotes in page order, and the
 * speakers with most quotes (the ones dropped leave their quotes unattributed). Ids are kept.
 */
export function capResult(result: QuoteResult): Capped<QuoteResult> {
  const cut: Limit[] = [];
  let { quotes, speakers } = result;
  if (quotes.length > LIMITS.quotes) {
    quotes = quotes.slice(0, LIMITS.quotes);
    cut.push("quotes");
    const keptQuoteIds = new Set(quotes.map((q) => q.id));
    speakers = speakers
      .map((s) => ({ ...s, quotes: s.quotes.filter((id) => keptQuoteIds.has(id)) }))
      .filter((s) => s.quotes.length > 0);
  }
  if (speakers.length > LIMITS.speakers) {
    const mostQuoted = new Set(
      [...speakers]
        .sort((a, b) => b.quotes.length - a.quotes.length)
        .slice(0, LIMITS.speakers)
        .map((s) => s.id),
    );
    speakers = speakers.filter((s) => mostQuoted.has(s.id));
    cut.push("speakers");
  }
  if (!cut.length) return { value: result, cut };
  const keptSpeakerIds = new Set(speakers.map((s) => s.id));
  quotes = quotes.map((q) =>
    q.speaker === null || keptSpeakerIds.has(q.speaker) ? q : { ...q, speaker: null, cue: null },
  );
  return { value: { lang: result.lang, quotes, speakers }, cut };
}

/** Both lists of cut limits, each named once, in LIMIT_NAMES order. */
export const joinCuts = (...cuts: readonly (readonly Limit[])[]): Limit[] =>
  LIMIT_NAMES.filter((name) => cuts.some((cut) => cut.includes(name)));

/**
 * How often one tab may have the engine run. A tab waits at least `minGapMs` between the end of
 * one extraction and the start of its next, and longer after long ones: its runs take at most
 * `engineShare` of the time, so a page that changes without end cannot keep the engine to itself.
 */
export const TAB_RATE = {
  minGapMs: 250,
  engineShare: 0.25,
} as const;

/**
 * How the content script shares the page's main thread. Everything it does on a page (reading the
 * DOM, mapping quotes to Ranges, painting, sending the report) runs in slices that give the thread
 * back between them, so no task of the extension comes near the 50 ms of a long task, whatever
 * the page's size. And a page that never stops changing still gets read.
 */
export const PAGE_WORK = {
  /** The longest stretch of extension work before the page gets its main thread back. */
  sliceMs: 10,
  /**
   * Painting: the ranges added to (or taken off) the highlights in one frame are as many as the
   * last frame's measured cost per range (our work and the browser's drawing of it, which the
   * slice's clock does not see) fits in this time...
   */
  paintFrameMs: 20,
  /** ...but never more than this many (the first frame, the quotes in view, has no measure yet)... */
  maxRangesPerFrame: 1000,
  /**
   * ...nor fewer than this many (the fixed size painting had before), so that a frame slowed by
   * something else (the page's own work, a busy machine) does not stretch the painting out.
   */
  minRangesPerFrame: 200,
  /** Quiet time after a change of the article before it is read again. */
  rescanQuietMs: 300,
  /**
   * The longest a change of the article waits to be read, even if the page keeps changing (a
   * live blog that ticks faster than the quiet time above).
   */
  rescanMaxWaitMs: 2000,
} as const;
