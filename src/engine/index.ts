// The quote engine: plain TypeScript over plain data, no DOM, browser or Node API, so the
// extension's background script and the command-line tool run exactly the same code.
//
// An article can be handed over whole (extractQuotes) or in parts (ArticleReader): the per-block
// stages (the block's language, its quotes, its tokens) run on each part as it comes, and
// attribution, which reads the article as a whole, runs once the last part is in. A reader kept
// for the next version of the same page (a live page adding or removing paragraphs) reads again
// only the blocks whose text changed, and attributes the article anew from what it kept.
import type { Article, QuoteResult, TextBlock } from "./types.ts";
import type { LanguageRules } from "./lang/types.ts";
import { blockLanguage, detectLanguage, SAMPLE_CHARS, StopWordCounter } from "./language.ts";
import { rulesFor, supportedLanguages } from "./lang/index.ts";
import { findQuotes, judgeSpans, linkRunOnQuotes, type FoundQuote } from "./findQuotes.ts";
import { dialogueQuotes, usesDialogueDashes } from "./quotes/dialogue.ts";
import {
  type AttributionOptions,
  attributeSpeakers,
  type EntitySummary,
  type QuoteExplanation,
} from "./attributeSpeakers.ts";
import type { Token } from "./text/tokens.ts";
import { quoteTokens, readText } from "./text/blockText.ts";
import { blockKey } from "./blockKey.ts";

export type * from "./types.ts";
export type { EntitySummary, FoundQuote, QuoteExplanation };

/** Finds the article's direct quotes and who said them, each block read with its own language's rules. */
export function extractQuotes(article: Article): QuoteResult {
  const reader = new ArticleReader(article);
  reader.add(article.blocks);
  return reader.finish();
}

/**
 * `extractQuotes`, with every quote's speaker candidates: which strategies fired, their scores, which won.
 */
export function explainQuotes(
  article: Article,
): QuoteResult & { explanations: QuoteExplanation[]; entities: EntitySummary[] } {
  const reader = new ArticleReader(article);
  reader.add(article.blocks);
  const { explanations = [], entities = [], ...result } = reader.finish({ explain: true });
  return { ...result, explanations, entities };
}

/** What the page says of the article besides its blocks. */
export type ArticleMeta = Pick<Article, "lang" | "title">;

/** What the per-block stages leave of one block; the same for every block of the same kind and text. */
interface BlockReading {
  rules: LanguageRules;
  /** The quotes in marks, numbered as block 0 (attribution numbers them anew). */
  marked: FoundQuote[];
  /** A headline's spans in marks it does not tell from labels (see `#addHeadlineEchoes`); none elsewhere. */
  unsure: FoundQuote[];
  /** The texts of a body block's spans in marks that are no one's words; none in a headline. */
  labels: string[];
  /** Those of `labels` that read as titles (see `#dropHeadlineTitles`). */
  titles: string[];
  /** The speech of a paragraph opening on a dialogue dash, heard when the page sets speech so. */
  spoken: FoundQuote[];
  /** The block's tokens for attribution, each of `marked` one token. */
  tokens: readonly Token[];
}

/**
 * Reads one article handed over in parts (`add`, then `finish`), and, through `next`, the
 * following versions of the same page, keeping the reading of every block whose text is unchanged.
 * It holds the readings of one article's blocks at a time: the caller bounds the article.
 */
export class ArticleReader {
  #meta: ArticleMeta;
  #blocks: TextBlock[] = [];
  /** The reading of each block, for the first `#readings.length` blocks (the rest wait for the language). */
  #readings: BlockReading[] = [];
  #language: string | null = null;
  /** Characters the language sample holds so far (each block and a space, as detectLanguage counts). */
  #sampled = 0;
  /** The readings of the previous version's blocks, by blockKey, and the page language they were read in. */
  #kept = new Map<string, BlockReading>();
  #keptLanguage: string | null = null;
  #blocksRead = 0;

  constructor(meta: ArticleMeta = {}) {
    this.#meta = { lang: meta.lang, title: meta.title };
  }

  /** How many blocks the per-block stages have read since the reader was made (kept ones not counted). */
  get blocksRead(): number {
    return this.#blocksRead;
  }

  /**
   * Adds the article's next blocks and reads all it can: every block once the page's language is
   * known (from the first SAMPLE_CHARS characters), none before. Returns the quotes found in the
   * blocks read now, unattributed, numbered by their block's place in the article.
   */
  add(blocks: readonly TextBlock[]): FoundQuote[] {
    for (const block of blocks) {
      this.#blocks.push(block);
      this.#sampled += block.text.length + 1;
    }
    if (this.#language === null && this.#sampled < SAMPLE_CHARS) return [];
    return this.#readWaiting();
  }

  /**
   * Attributes the whole article; the reader is then ready for `next`. `stopWhen` ends attribution
   * early when time is up (see AttributionOptions): the result then says `stoppedEarly`.
   */
  finish(
    options: Pick<AttributionOptions, "explain" | "stopWhen"> = {},
  ): QuoteResult & { explanations?: QuoteExplanation[]; entities?: EntitySummary[]; stoppedEarly?: true } {
    this.#readWaiting();
    const language = this.#language!;
    const dialogue = usesDialogueDashes(this.#blocks);
    const reads = this.#readings.map((reading, b) =>
      dialogue && reading.spoken.length > 0
        ? withDialogue(this.#blocks[b]!, reading)
        : { quotes: reading.marked, tokens: reading.tokens },
    );
    this.#addHeadlineEchoes(reads);
    this.#dropHeadlineTitles(reads);
    const found: FoundQuote[] = [];
    const tokens: (readonly Token[])[] = [];
    reads.forEach((read, b) => {
      found.push(...read.quotes.map((q) => ({ ...q, block: b })));
      tokens.push(read.tokens);
    });
    const article: Article = { ...this.#meta, blocks: this.#blocks };
    const rules = this.#readings.map((r) => r.rules);
    return attributeSpeakers(article, linkRunOnQuotes(found, this.#blocks), rulesFor(language), rules, {
      ...options,
      tokens,
    });
  }

  /**
   * Starts the next version of the page's article: its blocks are read anew only where their
   * text changed (unless the page's language changed, which changes every block's rules).
   */
  next(meta: ArticleMeta = this.#meta): void {
    this.#kept = new Map(this.#readings.map((reading, b) => [blockKey(this.#blocks[b]!), reading]));
    this.#keptLanguage = this.#language;
    this.#meta = { lang: meta.lang, title: meta.title };
    this.#blocks = [];
    this.#readings = [];
    this.#language = null;
    this.#sampled = 0;
  }

  /**
   * `Morrow fumes at 'soft' penalty` over a body quoting him, “It was soft. …”: a headline's span that
   * nothing in the headline tells from a label is a quote when its words are quoted in the body. Not
   * after a determiner: `The 'birth lottery' and economic mobility` names a term the body's quote uses;
   * nor when the body sets the same words in marks as a label (`AQI slips to 'severe'` over `slipped
   * into the "severe" category`), though a quote holds them too ("severe wheezing").
   * The headline is then read again with it (headlines are short); the body's quotes are read once.
   */
  #addHeadlineEchoes(reads: { quotes: FoundQuote[]; tokens: readonly Token[] }[]): void {
    if (!this.#readings.some((reading) => reading.unsure.length > 0)) return;
    const quoted = reads
      .filter((_, b) => this.#blocks[b]!.kind !== "headline")
      .flatMap((read) => read.quotes.map((q) => ` ${wordsOf(q.text)} `))
      .join("\n");
    const labels = new Set(this.#readings.flatMap((reading) => reading.labels.map(wordsOf)));
    this.#readings.forEach((reading, b) => {
      const text = this.#blocks[b]!.text;
      const echoes = reading.unsure.filter(
        (span) =>
          !reading.rules.determiners.has(wordsOf(text.slice(0, span.open.start)).split(" ").at(-1)!) &&
          !labels.has(wordsOf(span.text)) &&
          quoted.includes(` ${wordsOf(span.text)} `),
      );
      if (echoes.length === 0) return;
      const quotes = [...reads[b]!.quotes, ...echoes].sort((x, y) => x.open.start - y.open.start);
      reads[b] = { quotes, tokens: quoteTokens(readText(text, reading.rules), quotes) };
    });
  }

  /**
   * `Festival du film arabe : « El Bahri » ouvre le bal` over `Le film d’ouverture, « El Bahri », …`: a
   * headline is short, and a colon there most often presents a quote, yet a span in marks whose words
   * the body sets in marks as a title is that title in the headline too. Titles of works and names are
   * no one's words.
   */
  #dropHeadlineTitles(reads: { quotes: FoundQuote[]; tokens: readonly Token[] }[]): void {
    const titles = new Set(this.#readings.flatMap((reading) => reading.titles.map(wordsOf)));
    if (titles.size === 0) return;
    this.#readings.forEach((reading, b) => {
      if (this.#blocks[b]!.kind !== "headline") return;
      const quotes = reads[b]!.quotes.filter((quote) => !titles.has(wordsOf(quote.text)));
      if (quotes.length === reads[b]!.quotes.length) return;
      reads[b] = { quotes, tokens: quoteTokens(readText(this.#blocks[b]!.text, reading.rules), quotes) };
    });
  }

  /** Reads the blocks not read yet, deciding the page's language first if it is not decided. */
  #readWaiting(): FoundQuote[] {
    // The blocks that tell the page's language are then read in their own: their words counted once.
    const counter = new StopWordCounter();
    if (this.#language === null) {
      this.#language = detectLanguage({ lang: this.#meta.lang, blocks: this.#blocks }, counter);
      if (this.#language !== this.#keptLanguage) this.#kept.clear();
    }
    const found: FoundQuote[] = [];
    for (let b = this.#readings.length; b < this.#blocks.length; b++) {
      const block = this.#blocks[b]!;
      const key = blockKey(block);
      let reading = this.#kept.get(key);
      if (!reading) {
        reading = readBlock(block, this.#language, counter);
        this.#blocksRead++;
      }
      this.#kept.set(key, reading); // The same paragraph again further down is read once.
      this.#readings.push(reading);
      found.push(...reading.marked.map((q) => ({ ...q, block: b })));
    }
    return found;
  }
}

/** The per-block stages: the block's language, its quotes, its tokens. */
function readBlock(block: TextBlock, pageLanguage: string, counter: StopWordCounter): BlockReading {
  const rules = rulesFor(blockLanguage(block, pageLanguage, supportedLanguages, counter));
  // The text model: the block tokenised and split into sentences once, for quotes and speakers.
  const text = readText(block.text, rules);
  const { quotes: marked, unsure, labels, titles } = judgeSpans(block, 0, rules, text);
  return {
    rules,
    marked,
    unsure,
    labels,
    titles,
    spoken: rules.dialogueDashes ? dialogueQuotes(block, 0) : [],
    tokens: quoteTokens(text, marked),
  };
}

/** A text's words in lower case, one space apart: quotes compared word for word. */
const wordsOf = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");

/**
 * A dialogue paragraph on a page that sets speech so: read again with its speech, whose sentences
 * stay inside the reporter's as a quotation's do; its speech, and the quotes in marks outside it
 * (inside, they are nested quotes).
 */
function withDialogue(
  block: TextBlock,
  { rules, spoken }: BlockReading,
): { quotes: FoundQuote[]; tokens: readonly Token[] } {
  const text = readText(block.text, rules, spoken);
  const marked = findQuotes(block, 0, rules, text);
  const inside = (q: FoundQuote) =>
    spoken.some((s) => q.open.start >= s.open.start && q.open.start < (s.close?.end ?? Infinity));
  const quotes = [...spoken, ...marked.filter((q) => !inside(q))].sort((a, b) => a.open.start - b.open.start);
  return { quotes, tokens: quoteTokens(text, quotes) };
}
