// The content script's side of the engine's messages. The article goes to the background in parts
// (src/engineHost/articleParts.ts: no message carries the whole text), a few sent ahead of the
// answers (LIMITS.partsInFlight), so the engine reads the next part while one's answer travels
// back; blocks the page sent in its last article go as references, so a live page that adds a
// paragraph sends that paragraph. Each part's answer holds the quotes found in it,
// before attribution; the last part's, the engine's result, whose quotes come a message's worth
// at a time. `progress` hears the quotes found after each part, so the page can be painted before
// attribution ends; the attributed quotes are painted once all are in (a painting of the first
// batches would show the top of the article first, wherever the reader is).
import type { Article, Quote, TextBlock } from "../engine/types.ts";
import { splitArticle } from "../engineHost/articleParts.ts";
import { LIMITS } from "../limits.ts";
import type { Extraction, Message, PartAnswer } from "../messages.ts";

/**
 * The quotes the engine found so far, without speakers. Each step is heard once the one before was
 * handled, while the next part is on its way: the engine works while the page paints.
 */
export type Progress = (extraction: Extraction) => Promise<void>;

/** Hands each step to `progress` in turn, never two at once; `done` settles when all were handled. */
class InTurn {
  done: Promise<void> = Promise.resolve();
  #progress: Progress;
  constructor(progress: Progress) {
    this.#progress = progress;
  }
  tell(extraction: Extraction): void {
    this.done = this.done.then(() => this.#progress(extraction));
  }
}

type Done = Extract<PartAnswer, { done: unknown }>;

export class EngineClient {
  #send: (message: Message) => Promise<unknown>;
  /** The article the engine last read whole for this page: what references point into. */
  #previous: readonly TextBlock[] = [];
  #readings = 0;

  constructor(send: (message: Message) => Promise<unknown>) {
    this.#send = send;
  }

  /** The engine's quotes and speakers for the article; null when a newer reading replaced this one. */
  async extract(article: Article, progress: Progress): Promise<Extraction | null> {
    const reading = ++this.#readings;
    const steps = new InTurn(progress);
    let answer = await this.#sendArticle(reading, article, this.#previous, steps);
    // The engine no longer holds the page's last article (a Worker restarted): send it whole.
    if (answer === "resend") answer = await this.#sendArticle(reading, article, [], steps);
    if (answer === null || answer === "resend") return null;
    const { quoteCount, ...head } = answer.done;
    const quotes = [...answer.quotes];
    while (quotes.length < quoteCount) {
      const more = await this.#send({ type: "more-quotes", reading, from: quotes.length });
      if (!Array.isArray(more) || more.length === 0 || reading !== this.#readings) return null;
      quotes.push(...(more as Quote[]));
    }
    await steps.done;
    this.#previous = article.blocks;
    return { ...head, quotes };
  }

  /**
   * Sends the article's parts, up to LIMITS.partsInFlight ahead of the answers, and hears the
   * answers in order; the last one's answer, resend, or null once replaced.
   */
  async #sendArticle(
    reading: number,
    article: Article,
    previous: readonly TextBlock[],
    steps: InTurn,
  ): Promise<Done | "resend" | null> {
    const found: Quote[] = [];
    const answers: Promise<PartAnswer | null>[] = [];
    /** The oldest answer: the quotes it found are told, anything else ends the sending. */
    const hearOldest = async (): Promise<Done | "resend" | null | undefined> => {
      const answer = await answers.shift()!;
      if (answer === null || reading !== this.#readings) return null;
      if ("resend" in answer) return "resend";
      if ("done" in answer) return answer;
      // JSON, passed on by the background unread (FoundJson in src/engineHost/engineSessions.ts).
      const quotes = JSON.parse(answer.found) as Quote[];
      found.push(...quotes);
      if (quotes.length > 0)
        steps.tell({ lang: article.lang ?? "", quotes: [...found], speakers: [], cutShort: [] });
      return undefined;
    };
    for (const part of splitArticle(article, previous)) {
      const answer = this.#send({ type: "article-part", reading, part }) as Promise<PartAnswer | null>;
      // Those left unheard when the sending ends early must not fail unheard in the page's console.
      answer.catch(() => undefined);
      answers.push(answer);
      if (answers.length < LIMITS.partsInFlight) continue;
      const ended = await hearOldest();
      if (ended !== undefined) return ended;
    }
    while (answers.length > 0) {
      const ended = await hearOldest();
      if (ended !== undefined) return ended;
    }
    return null; // The last part is always answered done or resend.
  }
}
