// The Workers that run the engine (worker.ts), kept by the page that may start them: Firefox's
// background page, or Chrome's offscreen document (a service worker cannot start a Worker).
// Each extraction runs on a Worker of its own, up to POOL_SIZE at once, so that one page's long
// extraction never keeps another tab waiting; a Worker is reused while warm (the engine stays
// compiled), and stopped and replaced when an extraction runs past its time budget.
import type { Article, QuoteResult } from "../engine/types.ts";
import { LIMITS } from "../limits.ts";

/** What one extraction came to: the engine's result, or nothing when it ran out of time. */
export type EngineOutcome = { result: QuoteResult } | { timedOut: true };

/**
 * Workers at most. The per-tab queue lets each tab run one extraction at a time, so a page that
 * makes endless work holds one Worker, and another tab still gets the other.
 */
export const POOL_SIZE = 2;

/** The part of a Worker the pool uses (a real Worker, or a test's stand-in). */
export interface EngineThread {
  postMessage(article: Article): void;
  addEventListener(type: "message" | "error", listener: (event: { data?: unknown }) => void): void;
  removeEventListener(type: "message" | "error", listener: (event: { data?: unknown }) => void): void;
  terminate(): void;
}

export class EnginePool {
  #start: () => EngineThread;
  #budgetMs: number;
  #idle: EngineThread[] = [];
  #running = 0;
  /** Extractions waiting for a Worker, first come first served. */
  #queue: (() => void)[] = [];

  constructor(start: () => EngineThread, budgetMs: number = LIMITS.engineMs) {
    this.#start = start;
    this.#budgetMs = budgetMs;
  }

  async run(article: Article): Promise<EngineOutcome> {
    if (this.#running >= POOL_SIZE) await new Promise<void>((turn) => this.#queue.push(turn));
    this.#running++;
    const thread = this.#idle.pop() ?? this.#start();
    try {
      const outcome = await this.#runOn(thread, article);
      // A Worker that ran out of time is still busy: it is stopped, never reused.
      if ("timedOut" in outcome) thread.terminate();
      else this.#idle.push(thread);
      return outcome;
    } catch (error) {
      thread.terminate();
      throw error;
    } finally {
      this.#running--;
      this.#queue.shift()?.();
    }
  }

  /** Posts the article to the thread; settles with its answer, its error, or the budget's end. */
  #runOn(thread: EngineThread, article: Article): Promise<EngineOutcome> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        thread.removeEventListener("message", onMessage);
        thread.removeEventListener("error", onError);
      };
      const onMessage = (event: { data?: unknown }) => {
        done();
        resolve({ result: event.data as QuoteResult });
      };
      const onError = () => {
        done();
        reject(new Error("The engine failed on this article."));
      };
      const timer = setTimeout(() => {
        done();
        resolve({ timedOut: true });
      }, this.#budgetMs);
      thread.addEventListener("message", onMessage);
      thread.addEventListener("error", onError);
      thread.postMessage(article);
    });
  }
}
