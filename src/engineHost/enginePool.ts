// The Workers that run the engine (worker.ts), kept by the page that may start them: Firefox's
// background page, or Chrome's offscreen document (a service worker cannot start a Worker).
// Each reading of a page's article runs on a Worker of its own, up to POOL_SIZE at once, so that
// one page's long extraction never keeps another tab waiting. A reading's parts all go to the
// Worker it started on, and a page's next reading goes back to the Worker holding its session
// (its last article) when that one is free. A Worker is reused while warm (the engine stays
// compiled), and stopped and replaced when a reading runs past its time budget.
import { LIMITS } from "../limits.ts";
import type { ArticlePart } from "./articleParts.ts";
import type { EngineRequest, PostedReply } from "./engineSessions.ts";

/** What one part came to: the Worker's reply, or its reading ran out of time (the Worker was stopped). */
export type PartOutcome = PostedReply | { timedOut: true };

/**
 * Workers at most. The per-tab queue lets each tab run one extraction at a time, so a page that
 * makes endless work holds one Worker, and another tab still gets the other.
 */
export const POOL_SIZE = 2;

/** The part of a Worker the pool uses (a real Worker, or a test's stand-in). */
export interface EngineThread {
  postMessage(request: EngineRequest): void;
  addEventListener(type: "message" | "error", listener: (event: { data?: unknown }) => void): void;
  removeEventListener(type: "message" | "error", listener: (event: { data?: unknown }) => void): void;
  terminate(): void;
}

/** A reading in progress: the Worker it runs on and the engine time it has used. */
interface Run {
  thread: EngineThread;
  spentMs: number;
}

export class EnginePool {
  #start: () => EngineThread;
  #budgetMs: number;
  #idle: EngineThread[] = [];
  #running = 0;
  /** Readings waiting for a Worker, first come first served. */
  #queue: (() => void)[] = [];
  /** Each tab's reading in progress. */
  #runs = new Map<number, Run>();
  /** The Worker holding each tab's session. */
  #homes = new Map<number, EngineThread>();

  constructor(start: () => EngineThread, budgetMs: number = LIMITS.engineMs) {
    this.#start = start;
    this.#budgetMs = budgetMs;
  }

  /**
   * Hands the Worker a part of the tab's article: a first part starts a reading (replacing one
   * the tab left unfinished), on a Worker free for it. A part of no reading the pool knows (it was
   * restarted, or the reading ended) is answered unknownBlocks: the page sends its article anew.
   */
  async part(tabId: number, part: ArticlePart): Promise<PartOutcome> {
    if (part.start) this.end(tabId);
    const run = part.start ? await this.#claim(tabId) : this.#runs.get(tabId);
    if (!run) return { unknownBlocks: true };
    this.#runs.set(tabId, run);
    let outcome: PartOutcome;
    try {
      outcome = await this.#ask(run, { session: tabId, part, budgetMs: this.#budgetMs - run.spentMs });
    } catch (error) {
      this.#release(tabId, run, false);
      throw error;
    }
    // A Worker that ran out of time is still busy: it is stopped, never reused.
    if (!("found" in outcome)) this.#release(tabId, run, !("timedOut" in outcome));
    return outcome;
  }

  /**
   * A page is about to be read: start a Worker now, unless one is idle or the pool is full, so
   * that its cold start (loading engine.js, compiling the engine's code on WARM_UP_ARTICLE)
   * overlaps the page's reading of its article. The next reading claims it like any idle Worker.
   */
  warmUp(): void {
    if (this.#idle.length > 0 || this.#running >= POOL_SIZE) return;
    const thread = this.#start();
    // Its engine code compiled on a few sentences, before the page's first part is posted.
    thread.postMessage({ warmUp: true });
    this.#idle.push(thread);
  }

  /**
   * The tab's reading ends where it is (the page stopped sending parts); `forget` also drops its
   * session (the tab closed or moved to another page).
   */
  end(tabId: number, { forget = false } = {}): void {
    const run = this.#runs.get(tabId);
    if (run) this.#release(tabId, run, true);
    if (!forget) return;
    this.#homes.get(tabId)?.postMessage({ session: tabId, forget: true });
    this.#homes.delete(tabId);
  }

  /** A Worker for the tab's reading: the one holding its session if free, else any free one. */
  async #claim(tabId: number): Promise<Run> {
    if (this.#running >= POOL_SIZE) await new Promise<void>((turn) => this.#queue.push(turn));
    this.#running++;
    const home = this.#homes.get(tabId);
    const atHome = home ? this.#idle.indexOf(home) : -1;
    const thread = atHome >= 0 ? this.#idle.splice(atHome, 1)[0]! : (this.#idle.pop() ?? this.#start());
    // The session left on a busy Worker is of no more use: the tab's next articles are read here.
    if (home && home !== thread) home.postMessage({ session: tabId, forget: true });
    this.#homes.set(tabId, thread);
    return { thread, spentMs: 0 };
  }

  /** The reading is over: its Worker is free again, or stopped (it failed or ran out of time). */
  #release(tabId: number, run: Run, reuse: boolean): void {
    if (this.#runs.get(tabId) !== run) return;
    this.#runs.delete(tabId);
    if (reuse) this.#idle.push(run.thread);
    else {
      run.thread.terminate();
      for (const [tab, home] of this.#homes) if (home === run.thread) this.#homes.delete(tab);
    }
    this.#running--;
    this.#queue.shift()?.();
  }

  /** Posts the request to the run's Worker; settles with its reply, its error, or the budget's end. */
  #ask(run: Run, request: EngineRequest): Promise<PartOutcome> {
    const { thread } = run;
    const asked = performance.now();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        thread.removeEventListener("message", onMessage);
        thread.removeEventListener("error", onError);
        run.spentMs += performance.now() - asked;
      };
      const onMessage = (event: { data?: unknown }) => {
        done();
        resolve(event.data as PostedReply);
      };
      const onError = () => {
        done();
        reject(new Error("The engine failed on this article."));
      };
      const timer = setTimeout(
        () => {
          done();
          resolve({ timedOut: true });
        },
        Math.max(0, this.#budgetMs - run.spentMs),
      );
      thread.addEventListener("message", onMessage);
      thread.addEventListener("error", onError);
      thread.postMessage(request);
    });
  }
}
