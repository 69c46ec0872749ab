// Each tab's reading of its article by the engine, in parts both ways. The content script sends
// the article part by part (article-part); each part is handed to the engine as it comes, and
// answered with the quotes found in it; the last part is answered with the engine's result within
// the caps, whose quotes the content script then fetches a message's worth at a time
// (more-quotes). One reading per tab at a time, in the tab's queue (tabQueue.ts): a newer
// reading replaces a waiting one, whose parts are answered null.
import type { Quote } from "../engine/types.ts";
import { type ArticlePart, quotesFrom } from "../engineHost/articleParts.ts";
import type { PartOutcome } from "../engineHost/enginePool.ts";
import type { FoundJson } from "../engineHost/engineSessions.ts";
import { capResult, joinCuts } from "../limits.ts";
import type { Extraction, PartAnswer } from "../messages.ts";
import type { TabQueue } from "./tabQueue.ts";

/** The engine's Workers, as the background reaches them (src/platform). */
export interface Engine {
  enginePart(tabId: number, part: ArticlePart): Promise<PartOutcome>;
  endEngineReading(tabId: number, forget: boolean): Promise<void>;
}

/**
 * How long a reading waits for the content script's next part before it ends (the page went
 * away mid-reading, say), so that it never holds the tab's queue or a Worker.
 */
export const PART_WAIT_MS = 5_000;

interface Sent {
  part: ArticlePart;
  answer(value: PartAnswer | null): void;
}

/** One reading: the parts the content script sent and the engine has not taken yet. */
class Reading {
  readonly id: number;
  readonly lang: string;
  /**
   * The quotes found so far, answered part by part (each part's as JSON, passed on unread): what a
   * reading out of time still gives.
   */
  readonly found: FoundJson[] = [];
  #sent: Sent[] = [];
  #wake: (() => void) | null = null;
  /** The part the engine has now: answered null if the reading ends before it is answered. */
  #taken: Sent | null = null;
  #closed = false;

  constructor(id: number, part: ArticlePart) {
    this.id = id;
    this.lang = part.start?.lang ?? "";
  }

  /** Queues a part; resolves with its answer, or null if the reading ends first. */
  send(part: ArticlePart): Promise<PartAnswer | null> {
    if (this.#closed) return Promise.resolve(null);
    return new Promise((answer) => {
      this.#sent.push({ part, answer });
      this.#wake?.();
    });
  }

  /** The next part, waiting up to `waitMs` for it; null once the reading is closed or none came. */
  async next(waitMs: number): Promise<Sent | null> {
    if (this.#sent.length === 0 && !this.#closed) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((wake) => {
        this.#wake = wake;
        timer = setTimeout(wake, waitMs);
      });
      clearTimeout(timer);
      this.#wake = null;
    }
    this.#taken?.answer(null);
    this.#taken = this.#closed ? null : (this.#sent.shift() ?? null);
    return this.#taken;
  }

  /** No more parts are taken; those waiting are answered null. */
  close(): void {
    this.#closed = true;
    for (const sent of this.#sent.splice(0)) sent.answer(null);
    this.#taken?.answer(null);
    this.#wake?.();
  }
}

/** The quotes the reading's parts found, read from their JSON (only when its time ran out). */
const foundSoFar = (reading: Reading): Quote[] =>
  reading.found.flatMap((json) => JSON.parse(json) as Quote[]);

export class Readings {
  #queue: TabQueue<void>;
  #engine: Engine;
  #waitMs: number;
  /** Each tab's current reading. */
  #current = new Map<number, Reading>();
  /** Each tab's last result, until its quotes have all been fetched. */
  #results = new Map<number, { reading: number; extraction: Extraction }>();

  constructor(queue: TabQueue<void>, engine: Engine, waitMs = PART_WAIT_MS) {
    this.#queue = queue;
    this.#engine = engine;
    this.#waitMs = waitMs;
  }

  /** A part of the tab's reading `id`: a first part starts the reading (replacing the tab's last). */
  receive(tabId: number, id: number, part: ArticlePart): Promise<PartAnswer | null> {
    if (!part.start) {
      const reading = this.#current.get(tabId);
      return reading?.id === id ? reading.send(part) : Promise.resolve(null);
    }
    this.#current.get(tabId)?.close();
    this.#results.delete(tabId);
    const reading = new Reading(id, part);
    this.#current.set(tabId, reading);
    const answer = reading.send(part);
    // Closed when replaced before its turn, or when the engine failed.
    void this.#queue
      .request(tabId, () => this.#run(tabId, reading))
      .then(
        () => reading.close(),
        () => reading.close(),
      );
    return answer;
  }

  /** The quotes of the tab's finished reading `id` from `from` on, a message's worth; null if it is gone. */
  moreQuotes(tabId: number, id: number, from: number): Quote[] | null {
    const last = this.#results.get(tabId);
    if (last?.reading !== id) return null;
    const quotes = quotesFrom(last.extraction.quotes, from);
    // All sent: the page has the result, the background need not keep it.
    if (from + quotes.length >= last.extraction.quotes.length) this.#results.delete(tabId);
    return quotes;
  }

  /**
   * The tab closed or loads another page: its last result and engine session go. A reading in
   * progress is left to end by itself (a #fragment jump also loads, and the page goes on): its next
   * part finds no session and is answered resend.
   */
  forget(tabId: number): void {
    this.#results.delete(tabId);
    void this.#engine.endEngineReading(tabId, true).catch(() => undefined);
  }

  /** Hands the reading's parts to the engine as they come, until the last one is answered. */
  async #run(tabId: number, reading: Reading): Promise<void> {
    let ended = false;
    try {
      for (let sent = await reading.next(this.#waitMs); sent; sent = await reading.next(this.#waitMs)) {
        // Answered null if the engine fails (reading.close below): the page then has no quotes.
        const answer = this.#answer(tabId, reading, await this.#engine.enginePart(tabId, sent.part));
        sent.answer(answer);
        if (!("found" in answer)) {
          ended = true;
          return;
        }
      }
    } finally {
      reading.close();
      if (this.#current.get(tabId) === reading) this.#current.delete(tabId);
      if (!ended) await this.#engine.endEngineReading(tabId, false).catch(() => undefined);
    }
  }

  #answer(tabId: number, reading: Reading, outcome: PartOutcome): PartAnswer {
    if ("found" in outcome) {
      reading.found.push(outcome.found);
      return { found: outcome.found };
    }
    if ("unknownBlocks" in outcome) return { resend: true };
    // Out of time: the quotes found so far, unattributed, rather than nothing.
    const engineResult =
      "timedOut" in outcome
        ? {
            result: { lang: reading.lang, quotes: foundSoFar(reading), speakers: [] },
            cut: ["time" as const],
          }
        : outcome;
    const capped = capResult(engineResult.result);
    const extraction: Extraction = { ...capped.value, cutShort: joinCuts(engineResult.cut, capped.cut) };
    const { quotes, ...head } = extraction;
    const firstQuotes = quotesFrom(quotes, 0);
    if (firstQuotes.length < quotes.length) this.#results.set(tabId, { reading: reading.id, extraction });
    return { done: { ...head, quoteCount: quotes.length }, quotes: firstQuotes };
  }
}
