// What the engine's Worker does with each message: one engine session per page (tab), which
// reads the page's article part by part as it comes (ArticleReader) and keeps the last article
// it read whole, so that the page's next version is read only where it changed. At most
// LIMITS.engineSessions sessions are kept, the least recently used dropped first.
import { ArticleReader, type FoundQuote } from "../engine/index.ts";
import type { Quote, QuoteResult, TextBlock } from "../engine/types.ts";
import { joinCuts, LIMITS, type Limit } from "../limits.ts";
import { ArticleAssembler, type ArticlePart } from "./articleParts.ts";

/**
 * To the Worker: a part of a page's article, with the engine time its reading has left
 * (`budgetMs`, none: no limit), or the page is gone (its session is dropped).
 */
export type EngineRequest =
  | { session: number; part: ArticlePart; budgetMs?: number }
  | { session: number; forget: true }
  /** A page is about to be read: run the engine once on WARM_UP_ARTICLE meanwhile (no reply). */
  | { warmUp: true };

/**
 * What a fresh Worker reads while the page reads its article, so that the engine's code (each
 * stage, compiled on its first call) is compiled before the page's first part comes: on the 1 MB
 * article, a cold engine answered the first part in 150 ms, a warm one in 15-40 ms. Made-up
 * sentences of ordinary reporting: a quote with its speaker named before, and one after.
 */
export const WARM_UP_ARTICLE: readonly TextBlock[] = [
  { kind: "headline", text: "Council approves the new bridge after a long debate" },
  {
    kind: "paragraph",
    text:
      "Mayor Ana Lindqvist said on Tuesday that the vote “closes ten years of waiting”. " +
      "“We will start in the spring,” she told reporters outside the town hall.",
  },
  {
    kind: "paragraph",
    text: "“The cost has doubled since the first plan,” said Tom Berger, who leads the opposition.",
  },
];

/** From the Worker, for each part. */
export type EngineReply =
  /** A part before the last was read: the quotes found in it, numbered in the article, no speakers yet. */
  | { found: Quote[] }
  /**
   * The last part was read and the article attributed; `cut`: the caps that cut the article, and
   * "time" when attribution stopped before the end (its later quotes may have no speaker).
   */
  | { result: QuoteResult; cut: Limit[] }
  /** The part refers to blocks this session does not hold (it was dropped): send the article whole. */
  | { unknownBlocks: true };

/**
 * The quotes found in a part, as the JSON of their Quote[]. In Firefox the background's thread is
 * every extension's: a part of a crowded page finds 800 quotes or more, some 6,000 objects to
 * receive from the Worker and send on to the page there (stops of 70–250 ms, README), where a
 * string is one copy. The Worker writes it, the background passes it on unread, the page reads it.
 */
export type FoundJson = string;

/** An EngineReply as the Worker posts it: found quotes as JSON. */
export type PostedReply = Exclude<EngineReply, { found: Quote[] }> | { found: FoundJson };

export const toPosted = (reply: EngineReply): PostedReply =>
  "found" in reply ? { found: JSON.stringify(reply.found) } : reply;

interface Session {
  reader: ArticleReader;
  /** The last article read whole: what `same` references point into. */
  previous: readonly TextBlock[];
  /** The article being read now, if any. */
  reading: { assembler: ArticleAssembler; blocks: TextBlock[]; found: number } | null;
}

/** A found quote as the page gets it before attribution: numbered, without a speaker. */
const unattributed = ({ continuesPrevious: _, ...quote }: FoundQuote, id: number): Quote => ({
  ...quote,
  id,
  speaker: null,
  cue: null,
});

/**
 * Runs the engine on WARM_UP_ARTICLE, keeping nothing: no session is made or used. A failure is
 * kept quiet: the Worker's error event would be taken for the failure of the part posted next.
 */
function warmUp(): void {
  try {
    const reader = new ArticleReader({ lang: "en" });
    reader.add(WARM_UP_ARTICLE);
    reader.finish();
  } catch {
    // The page's own reading will meet the same failure, if any, and report it.
  }
}

export class EngineSessions {
  /** In order of last use, least recent first. */
  #sessions = new Map<number, Session>();
  #now: () => number;

  /** `now`: the clock the time budget is read on, in milliseconds. */
  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /** The reply to a request, if it has one (dropping a session has none). */
  receive(request: EngineRequest): EngineReply | null {
    if ("warmUp" in request) {
      warmUp();
      return null;
    }
    if ("forget" in request) {
      this.#sessions.delete(request.session);
      return null;
    }
    const { session: id, part, budgetMs = Infinity } = request;
    const deadline = this.#now() + budgetMs * LIMITS.attributionShare;
    const session = this.#use(id, part);
    const reading = session?.reading;
    const blocks = reading?.assembler.take(part);
    if (!session || !reading || !blocks) {
      if (session) session.reading = null;
      return { unknownBlocks: true };
    }
    reading.blocks.push(...blocks);
    const found = session.reader.add(blocks).map((q) => unattributed(q, reading.found++));
    if (!part.last) return { found };
    const { stoppedEarly, ...result } = session.reader.finish({ stopWhen: () => this.#now() > deadline });
    session.previous = reading.blocks;
    session.reading = null;
    return { result, cut: joinCuts(reading.assembler.cut, stoppedEarly ? ["time"] : []) };
  }

  /** The page's session, made most recently used; a first part starts its next article. */
  #use(id: number, part: ArticlePart): Session | undefined {
    let session = this.#sessions.get(id);
    this.#sessions.delete(id);
    if (part.start) {
      if (session) session.reader.next(part.start);
      session ??= { reader: new ArticleReader(part.start), previous: [], reading: null };
      session.reading = { assembler: new ArticleAssembler(session.previous), blocks: [], found: 0 };
    }
    if (!session) return undefined;
    this.#sessions.set(id, session);
    const oldest = this.#sessions.keys().next().value!;
    if (this.#sessions.size > LIMITS.engineSessions) this.#sessions.delete(oldest);
    return session;
  }
}
