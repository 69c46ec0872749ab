// Dialogue dashes. Spanish, Italian and Portuguese pages may set speech as paragraphs that open
// with a dash instead of quotation marks, the reporter's words set off by dashes inside:
// `—No lo sé —dijo Juan—. Mañana veremos.` is two quotes, "No lo sé" and "Mañana veremos.",
// both Juan's. Only a page that uses the convention several times gets this reading: one
// paragraph opening with a dash is a list item or a byline.
import type { Span, TextBlock } from "../types.ts";
import type { FoundQuote } from "../findQuotes.ts";

const OPENS_DIALOGUE = /^[—―–]\s?[\p{L}\p{N}¿¡«"“]/u;
const MIN_DIALOGUE_BLOCKS = 2;
// The reporter's incise: a dash after a space, then a lower-case word, set close (`—dijo Juan—`) or,
// as Brazilian pages do, spaced (`— disse João.`).
const INCISE = /\s([—―–])\s?(?=\p{Ll})/gu;
const DASH = /[—―–]/gu;
// What may follow the dash that closes an incise before the speech resumes.
const RESUMES = /[\s.,;:]*(?=[\p{L}\p{N}¿¡«"“])/uy;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Whether the page sets speech with dialogue dashes: several paragraphs open with one. */
export function usesDialogueDashes(blocks: readonly TextBlock[]): boolean {
  return blocks.filter((block) => OPENS_DIALOGUE.test(block.text)).length >= MIN_DIALOGUE_BLOCKS;
}

/**
 * The speech of a paragraph that opens with a dialogue dash, cut at the reporter's incises; none for other
 * paragraphs.
 */
export function dialogueQuotes(block: TextBlock, index: number): FoundQuote[] {
  const text = block.text;
  if (!OPENS_DIALOGUE.test(text)) return [];
  const quotes: FoundQuote[] = [];
  let open: Span | null = { start: 0, end: 1 };
  let from = 1;
  while (open) {
    INCISE.lastIndex = from;
    const incise = INCISE.exec(text);
    const close = incise ? { start: incise.index + 1, end: incise.index + 2 } : null;
    const inner = trimmed(text, from, close ? close.start : text.length);
    if (HAS_WORD.test(text.slice(inner.start, inner.end))) {
      // A paragraph's speech ends with the paragraph: an empty closing span, so it never runs on into the
      // next one.
      quotes.push({
        block: index,
        text: text.slice(inner.start, inner.end),
        inner,
        open,
        close: close ?? { start: text.length, end: text.length },
        partial: false,
        continuesPrevious: false,
      });
    }
    const resumed = close ? resumption(text, close.end) : null;
    open = resumed && { start: resumed.dash, end: resumed.dash + 1 };
    from = resumed?.words ?? text.length;
  }
  return quotes;
}

/**
 * Where speech resumes after an incise (`—dijo Juan—. Mañana…`): the incise's closing dash and the words
 * after it.
 */
function resumption(text: string, from: number): { dash: number; words: number } | null {
  DASH.lastIndex = from;
  const dash = DASH.exec(text);
  if (!dash) return null;
  RESUMES.lastIndex = dash.index + 1;
  return RESUMES.exec(text) ? { dash: dash.index, words: RESUMES.lastIndex } : null;
}

function trimmed(text: string, start: number, end: number): Span {
  const body = text.slice(start, end);
  const lead = body.length - body.trimStart().length;
  return { start: start + lead, end: Math.max(start + lead, end - (body.length - body.trimEnd().length)) };
}
