// One extraction per tab at a time. A page that changes keeps asking for extractions; while one
// runs, only the newest request waits (an older waiting one is answered null: replaced), and the
// tab's next run waits out its rate limit (TAB_RATE in src/limits.ts). Other tabs are not held up
// by it: each tab has its own line.
import { TAB_RATE } from "../limits.ts";

export interface Clock {
  now(): number;
  wait(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => performance.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Waiting<R> {
  job: () => Promise<R>;
  resolve(value: R | null): void;
  reject(error: unknown): void;
}

interface TabLine<R> {
  /** A drain loop is running for the tab (an extraction runs, or the next one waits its turn). */
  draining: boolean;
  waiting: Waiting<R> | null;
  /** The earliest time (Clock.now) the tab's next extraction may start. */
  nextStart: number;
}

/** The pause after a run of `durationMs` that keeps the tab within its share of engine time. */
export function gapAfter(durationMs: number): number {
  return Math.max(TAB_RATE.minGapMs, durationMs * (1 / TAB_RATE.engineShare - 1));
}

export class TabQueue<R> {
  #lines = new Map<number, TabLine<R>>();
  #clock: Clock;

  constructor(clock: Clock = realClock) {
    this.#clock = clock;
  }

  /** Runs `job` for the tab in its turn; resolves to null if a newer request replaced it first. */
  request(tabId: number, job: () => Promise<R>): Promise<R | null> {
    let line = this.#lines.get(tabId);
    if (!line) {
      line = { draining: false, waiting: null, nextStart: 0 };
      this.#lines.set(tabId, line);
    }
    line.waiting?.resolve(null);
    const answer = new Promise<R | null>((resolve, reject) => {
      line.waiting = { job, resolve, reject };
    });
    if (!line.draining) void this.#drain(line);
    return answer;
  }

  /** The tab is gone: a waiting request is answered null, and its rate limit is forgotten. */
  forget(tabId: number): void {
    const line = this.#lines.get(tabId);
    line?.waiting?.resolve(null);
    if (line) line.waiting = null;
    this.#lines.delete(tabId);
  }

  async #drain(line: TabLine<R>): Promise<void> {
    line.draining = true;
    while (line.waiting) {
      const early = line.nextStart - this.#clock.now();
      if (early > 0) await this.#clock.wait(early);
      // The newest request, which may have replaced the one there before the wait.
      const next = line.waiting;
      if (!next) break;
      line.waiting = null;
      const started = this.#clock.now();
      try {
        next.resolve(await next.job());
      } catch (error) {
        next.reject(error);
      }
      line.nextStart = this.#clock.now() + gapAfter(this.#clock.now() - started);
    }
    line.draining = false;
  }
}
