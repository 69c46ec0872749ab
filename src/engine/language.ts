import type { Article, TextBlock } from "./types.ts";
import { rulesFor, supportedLanguages } from "./lang/index.ts";

const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_]|$)/i;
// Enough text to be sure, little enough to stay instant on a long page. An article streamed in parts
// (index.ts) knows its language once its blocks hold this many characters.
export const SAMPLE_CHARS = 20_000;

/**
 * Each block's stop words counted once for one reading of an article: the page's language is told
 * from its first blocks' words, and then each of those blocks' own language from the same words.
 */
export class StopWordCounter {
  private readonly counted = new Map<TextBlock, ReadonlyMap<string, number>>();

  of(block: TextBlock): ReadonlyMap<string, number> {
    let counts = this.counted.get(block);
    if (!counts) this.counted.set(block, (counts = stopWordCounts(block.text)));
    return counts;
  }
}

/** The article's language (ISO 639-1): what the page declares, else a guess from the text. */
export function detectLanguage(article: Article, counter = new StopWordCounter()): string {
  const counts = sampleCounts(article, counter);
  const guess = mostFrequent(counts);
  const declared = declaredLanguage(article.lang);
  if (declared === undefined) return guess ?? "en";
  const contradicted =
    guess !== undefined &&
    counts.get(guess)! >= MIN_CONTRADICTING_STOP_WORDS &&
    counts.get(guess)! >= CONTRADICTION_MARGIN * (counts.get(declared) ?? 0);
  return contradicted ? guess : declared;
}

// Site templates declare one language on every page (often "en"); a page whose own text is
// plainly another language, many of its stop words and several times the declared one's, is
// read in the language of its text.
const MIN_CONTRADICTING_STOP_WORDS = 30;
const CONTRADICTION_MARGIN = 3;

function declaredLanguage(tag: string | undefined): string | undefined {
  return LANGUAGE_TAG.exec(tag?.trim() ?? "")?.[1]?.toLowerCase();
}

/**
 * The stop words of the article's first SAMPLE_CHARS characters, its blocks read one after
 * another with a space before each: whole blocks as the counter counted them, and the part of the
 * last one that fits.
 */
function sampleCounts(article: Article, counter: StopWordCounter): Map<string, number> {
  const counts = new Map<string, number>();
  let sampled = 0;
  for (const block of article.blocks) {
    if (sampled >= SAMPLE_CHARS) break;
    const room = SAMPLE_CHARS - sampled - 1;
    const blockCounts =
      block.text.length <= room ? counter.of(block) : stopWordCounts(block.text.slice(0, room));
    for (const [code, count] of blockCounts) counts.set(code, (counts.get(code) ?? 0) + count);
    sampled += block.text.length + 1;
  }
  return counts;
}

// Each lexicon's stop words: frequent in its language and rare in the others. A few hundred words
// of text are enough to tell the languages apart.
const lookup = new Map<string, string[]>();
for (const code of supportedLanguages) {
  for (const word of rulesFor(code).stopWords) lookup.set(word, [...(lookup.get(word) ?? []), code]);
}

function stopWordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lower = text.toLowerCase();
  // Each word is a run of letters, read by their codes (see isLetterAt): `match` with a Unicode
  // class took three quarters of the counting's time, and every block of the page is counted.
  let k = 0;
  while (k < lower.length) {
    if (!isLetterAt(lower, k)) {
      k += codePointWidth(lower, k);
      continue;
    }
    const start = k;
    while (k < lower.length && isLetterAt(lower, k)) k += codePointWidth(lower, k);
    const codes = lookup.get(lower.slice(start, k));
    if (codes) for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

const LETTER = /^\p{L}$/u;

/**
 * Whether the character at `k` is a letter (`\p{L}`): an ASCII or Latin-1 letter told by its code,
 * any other asked of LETTER, with its surrogate pair.
 */
function isLetterAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xc0 && code <= 0xff) return code !== 0xd7 && code !== 0xf7;
  return LETTER.test(String.fromCodePoint(text.codePointAt(k)!));
}

/** How many UTF-16 units the character at `k` takes: 2 for a surrogate pair. */
const codePointWidth = (text: string, k: number) => (text.codePointAt(k)! > 0xffff ? 2 : 1);

// A block is read in another language than the page's only when its own text says so clearly:
// long enough, and that language's stop words far outnumber the page language's.
const MIN_BLOCK_STOP_WORDS = 6;
const BLOCK_MARGIN = 3;

/**
 * The language of each block: the one the page marks on it, else the one its text clearly is
 * (a German interview inside an English page), else the page's. Only languages with rules count.
 */
export function blockLanguages(
  article: Article,
  pageLanguage: string,
  supported: readonly string[],
): string[] {
  return article.blocks.map((block) => blockLanguage(block, pageLanguage, supported));
}

/** One block's language, as `blockLanguages` tells it. */
export function blockLanguage(
  block: TextBlock,
  pageLanguage: string,
  supported: readonly string[],
  counter = new StopWordCounter(),
): string {
  const declared = declaredLanguage(block.lang);
  if (declared !== undefined) return supported.includes(declared) ? declared : pageLanguage;
  const counts = counter.of(block);
  const guess = mostFrequent(counts);
  if (guess === undefined || !supported.includes(guess)) return pageLanguage;
  const count = counts.get(guess)!;
  return count >= MIN_BLOCK_STOP_WORDS && count >= BLOCK_MARGIN * (counts.get(pageLanguage) ?? 0)
    ? guess
    : pageLanguage;
}

/** The language whose stop words are most frequent in `text`, or undefined when none shows up. */
export function guessLanguage(text: string): string | undefined {
  return mostFrequent(stopWordCounts(text));
}

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [code, count] of counts) {
    if (count > bestCount) [best, bestCount] = [code, count];
  }
  return best;
}
