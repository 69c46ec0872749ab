// The article on its way to the engine, in parts: no message carries the whole text. The content
// script cuts the article into parts of at most LIMITS.partCharacters characters (a longer block
// goes in pieces), and a block its page sent in the previous article is sent as a reference to it,
// so that a live page that adds a paragraph sends that paragraph and not the article. The engine's
// Worker puts the parts back together (ArticleAssembler), within the caps of src/limits.ts again:
// what a content script sends is not trusted to be cut.
import { blockKey } from "../engine/blockKey.ts";
import type { Article, TextBlock } from "../engine/types.ts";
import { BlockCaps, LIMITS, type Limit } from "../limits.ts";

/** What the page says of the article besides its blocks, sent with its first part. */
export type ArticleStart = Pick<Article, "lang" | "title">;

/**
 * A block as a part carries it: the block, or a piece of it that the next one continues
 * (`more`), or the index of the same block in the article the page sent before (`same`).
 */
export type PartBlock = (TextBlock & { more?: true }) | { same: number };

export interface ArticlePart {
  /** On an article's first part. */
  start?: ArticleStart;
  blocks: PartBlock[];
  /** On an article's last part. */
  last?: true;
}

/**
 * The article in parts of at most LIMITS.partCharacters characters of text, the first ending
 * once it holds LIMITS.firstPartCharacters (see there); blocks of
 * `previous` (the article the page sent before, to the same engine session) are sent as references.
 */
export function splitArticle(article: Article, previous: readonly TextBlock[] = []): ArticlePart[] {
  const sentBefore = new Map<string, number>();
  previous.forEach((block, i) => {
    const key = blockKey(block);
    if (!sentBefore.has(key)) sentBefore.set(key, i);
  });
  const parts: ArticlePart[] = [];
  let blocks: PartBlock[] = [];
  let room: number = LIMITS.partCharacters;
  const endPart = () => {
    parts.push({ blocks });
    blocks = [];
    room = LIMITS.partCharacters;
  };
  for (const block of article.blocks) {
    const same = sentBefore.get(blockKey(block));
    if (same !== undefined) {
      blocks.push({ same });
      continue;
    }
    let text = block.text;
    while (text.length > room) {
      if (room > 0) blocks.push({ ...block, text: text.slice(0, room), more: true });
      text = text.slice(room);
      endPart();
    }
    blocks.push({ ...block, text });
    room -= text.length;
    if (parts.length === 0 && LIMITS.partCharacters - room >= LIMITS.firstPartCharacters) endPart();
  }
  if (blocks.length > 0 || parts.length === 0) endPart();
  parts[0]!.start = { lang: article.lang, title: article.title };
  parts.at(-1)!.last = true;
  return parts;
}

/** Puts an article's parts back together, in order, within the block and character caps. */
export class ArticleAssembler {
  #previous: readonly TextBlock[];
  #caps = new BlockCaps();
  /** The start of a block whose next piece is yet to come. */
  #piece: TextBlock | null = null;

  /** `previous`: the article this page sent before, which `same` references point into. */
  constructor(previous: readonly TextBlock[]) {
    this.#previous = previous;
  }

  /** The caps that cut the article so far. */
  get cut(): readonly Limit[] {
    return this.#caps.cut;
  }

  /**
   * The blocks this part completes, within the caps; null when it refers to a block the previous
   * article did not have (this session no longer holds it: the page must send the article whole).
   */
  take(part: ArticlePart): TextBlock[] | null {
    const blocks: TextBlock[] = [];
    for (const sent of part.blocks) {
      let block: TextBlock;
      if ("same" in sent) {
        const same = this.#previous[sent.same];
        if (!same) return null;
        block = same;
      } else {
        const { more, ...piece } = sent;
        block = this.#piece ? { ...this.#piece, text: this.#piece.text + piece.text } : piece;
        // Pieces past the character cap are not joined: the caps end the article there anyway.
        this.#piece = more && block.text.length <= LIMITS.characters ? block : null;
        if (this.#piece) continue;
      }
      const kept = this.#caps.keep(block);
      if (kept) blocks.push(kept);
    }
    return blocks;
  }
}

/**
 * The engine's quotes from `from` on, as many as one message carries: at most LIMITS.partQuotes
 * quotes and LIMITS.partCharacters characters of quoted text (always at least one quote).
 */
export function quotesFrom<Q extends { text: string }>(quotes: readonly Q[], from: number): Q[] {
  const batch: Q[] = [];
  let characters = 0;
  for (let i = from; i < quotes.length && batch.length < LIMITS.partQuotes; i++) {
    characters += quotes[i]!.text.length;
    if (batch.length > 0 && characters > LIMITS.partCharacters) break;
    batch.push(quotes[i]!);
  }
  return batch;
}
