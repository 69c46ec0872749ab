// The content script's side of the engine's messages. The article goes to the background in parts
// (src/engineHost/articleParts.ts: no message carries the whole text), each sent once the one
// before was answered; blocks the page sent in its last article go as references, so a live page
// that adds a paragraph sends that paragraph. Each part's answer holds the quotes found in it,
// before attribution; the last part's, the engine's result, whose quotes come a message's worth
// at a time. `progress` hears each step, so the page can be painted before the end.
import type { Article, Quote, TextBlock } from "../engine/types.ts";
import { splitArticle } from "../engineHost/articleParts.ts";
import type { Extraction, Message, PartAnswer } from "../messages.ts";

/**
 * What the engine gave so far: the quotes found, without speakers (`attributed` false), then the
 * first quotes of its result with their speakers. Awaited before the next message is sent.
 */
export type Progress = (extraction: Extraction, attributed: boolean) => Promise<void>;

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
    let answer = await this.#sendArticle(reading, article, this.#previous, progress);
    // The engine no longer holds the page's last article (a Worker restarted): send it whole.
    if (answer === "resend") answer = await this.#sendArticle(reading, article, [], progress);
    if (answer === null || answer === "resend") return null;
    const { quoteCount, ...head } = answer.done;
    const quotes = [...answer.quotes];
    while (quotes.length < quoteCount) {
      await progress({ ...head, quotes }, true);
      const more = (await this.#send({ type: "more-quotes", reading, from: quotes.length })) as
        | Quote[]
        | null;
      if (!more?.length || reading !== this.#readings) return null;
      quotes.push(...more);
    }
    this.#previous = article.blocks;
    return { ...head, quotes };
  }

  /** Sends the article's parts in turn; the last one's answer, resend, or null once replaced. */
  async #sendArticle(
    reading: number,
    article: Article,
    previous: readonly TextBlock[],
    progress: Progress,
  ): Promise<Done | "resend" | null> {
    const found: Quote[] = [];
    for (const part of splitArticle(article, previous)) {
      const answer = (await this.#send({ type: "article-part", reading, part })) as PartAnswer | null;
      if (answer === null || reading !== this.#readings) return null;
      if ("resend" in answer) return "resend";
      if ("done" in answer) return answer;
      found.push(...answer.found);
      if (answer.found.length > 0)
        await progress({ lang: article.lang ?? "", quotes: found, speakers: [], cutShort: [] }, false);
    }
    return null; // The last part is always answered done or resend.
  }
}
