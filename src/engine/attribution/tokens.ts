// Splits a block into word, punctuation and quote tokens, and into sentences. Each quote found
// in the block becomes ONE token, so the reporter's words around it read as one sentence even
// when the quote holds several sentences of its own.
import type { Span } from "../types.ts";
import type { LanguageRules } from "../lang/types.ts";

export interface Token {
  /** The token as written; for a quote token, the marks and the words between them. */
  text: string;
  /** Lower case, apostrophes folded to ', elided words without their apostrophe ("l", "qu"). */
  lower: string;
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /** For a quote token: its index in the quotes handed to `tokenize`. */
  quote?: number;
  /** A subject pronoun written after its verb with a hyphen ("estime-t-il" → "il"). */
  inverted?: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A block's tokens with what reading them needs: the text, the language, the article's names. */
export interface Sentence {
  tokens: readonly Token[];
  source: string;
  rules: LanguageRules;
  /** Words the article capitalises inside sentences (lower case): names, not sentence openers. */
  capitalisedWords: ReadonlySet<string>;
  /** Words the article writes in lower case somewhere: common words, even when a sentence opens with one. */
  lowercaseWords: ReadonlySet<string>;
}

export interface QuoteSpan {
  open: Span;
  close: Span | null;
  inner: Span;
}

// Words: letters and digits, joined by inner apostrophes, hyphens and dots ("aujourd’hui",
// "Kassym-Jomart", "U.S"); each repetition starts with a joiner, so matching stays linear. A plural
// possessive keeps its apostrophe, so that "the Traders’ Association" stays one noun phrase.
// A soft hyphen (U+00AD, where a page allows a line break: "doc\u00ADtrine") is invisible: inside a
// word it is part of it, between words it is space.
const WORD = /[\p{L}\p{N}\p{M}\u00AD]+(?:['’\-.][\p{L}\p{N}\p{M}\u00AD]+)*(?:(?<=s)['’](?=\s+\p{L}))?/uy;
const SPACE = /[\s\u00AD]+/uy;
// French inversion: "estime-t-il", "a-t-elle", "dit-il", "affirment-ils".
const INVERTED = /^([\p{L}]+)-(?:t-)?(il|elle|ils|elles|on)$/u;
const ELIDED = /^(\p{L}+)['’](\p{L}.*)$/u;
const POSSESSIVE = /^(.+\p{L})['’]s$/u;
const SOFT_HYPHENS = /\u00AD/gu;
const SENTENCE_END = /^[.!?…]+$/u;
const ENDS_WITH_STOP = /[.!?…]["”’»)\]']*\s*$/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;

/** Tokens of one block, in order; quote tokens carry the index of their quote. */
export function tokenize(text: string, quotes: readonly QuoteSpan[], rules: LanguageRules): Token[] {
  const tokens: Token[] = [];
  const quoteAt = new Map(quotes.map((q, i) => [q.open.start, i]));
  let pos = 0;
  while (pos < text.length) {
    const quote = quoteAt.get(pos);
    if (quote !== undefined) {
      const q = quotes[quote]!;
      const end = q.close ? q.close.end : q.inner.end;
      tokens.push({
        text: text.slice(pos, end),
        lower: "",
        start: pos,
        end,
        kind: "quote",
        quote,
        sentence: 0,
      });
      pos = Math.max(end, pos + 1);
      continue;
    }
    SPACE.lastIndex = pos;
    if (SPACE.test(text)) {
      pos = SPACE.lastIndex;
      continue;
    }
    WORD.lastIndex = pos;
    const word = WORD.exec(text);
    if (word) {
      pushWord(tokens, word[0], pos, text, rules);
      pos = tokens.at(-1)!.end;
      continue;
    }
    tokens.push({
      text: text[pos]!,
      lower: text[pos]!,
      start: pos,
      end: pos + 1,
      kind: "punct",
      sentence: 0,
    });
    pos++;
  }
  markSentences(tokens, quotes, text, rules);
  return tokens;
}

function pushWord(tokens: Token[], word: string, start: number, text: string, rules: LanguageRules): void {
  const add = (w: string, at: number, extra: Partial<Token> = {}) =>
    tokens.push({
      text: w,
      lower: w.toLowerCase().replace(/’/g, "'").replace(SOFT_HYPHENS, ""),
      start: at,
      end: at + w.length,
      kind: "word",
      sentence: 0,
      ...extra,
    });
  const inverted = INVERTED.exec(word);
  if (inverted) {
    add(inverted[1]!, start);
    const pronoun = inverted[2]!;
    add(pronoun, start + word.length - pronoun.length, { inverted: true });
    return;
  }
  const elided = ELIDED.exec(word);
  // "M’jid" and "T’Challa" are names: a capital m' or t' elides nothing.
  if (elided && rules.elisions.has(elided[1]!.toLowerCase()) && !/^[MT]$/u.test(elided[1]!)) {
    const head = elided[1]!;
    tokens.push({
      text: head + word[head.length],
      lower: head.toLowerCase(),
      start,
      end: start + head.length + 1,
      kind: "word",
      sentence: 0,
    });
    pushWord(tokens, elided[2]!, start + head.length + 1, text, rules);
    return;
  }
  const possessive = POSSESSIVE.exec(word);
  if (possessive) {
    add(possessive[1]!, start);
    add(word.slice(possessive[1]!.length), start + possessive[1]!.length);
    return;
  }
  // Abbreviations keep their dot: initials ("J."), "Mr.", "Sen.", "U.S.".
  const dotted = text[start + word.length] === "." && isAbbreviation(word, rules);
  add(dotted ? `${word}.` : word, start);
}

function isAbbreviation(word: string, rules: LanguageRules): boolean {
  if (/^\p{Lu}$/u.test(word) || word.includes(".")) return true;
  const lower = `${word.toLowerCase()}.`;
  return (
    rules.honorifics.has(lower) ||
    rules.titles.has(lower) ||
    /^(?:jr|sr|st|gen|gov|rep|sen|col|lt|sgt|capt|dr|prof|mr|mrs|ms|mme|mlle|no|vol|inc|corp|ltd)$/iu.test(
      word,
    )
  );
}

/**
 * A sentence ends at . ! ? … followed by a capital or a quote, and after a quote whose own
 * words end with a full stop when a capital follows.
 */
function markSentences(
  tokens: Token[],
  quotes: readonly QuoteSpan[],
  text: string,
  rules: LanguageRules,
): void {
  let sentence = 0;
  const dateline = datelineEnd(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    t.sentence = sentence;
    const next = tokens[i + 1];
    if (!next) break;
    if (i === dateline) {
      sentence++;
      continue;
    }
    const nextOpens = next.kind === "quote" || CAPITALISED.test(next.text);
    if (t.kind === "punct" && SENTENCE_END.test(t.text) && nextOpens) sentence++;
    // `“Why now?” Smith asked.` keeps its attribution; a quote that ends the reporter's own sentence
    // (`The firm called it “necessary.” Union leaders vowed…`) does not.
    else if (
      t.kind === "quote" &&
      next.kind !== "punct" &&
      CAPITALISED.test(next.text) &&
      !(opensOwnSentence(tokens, i) && speechVerbSoon(tokens, i + 1, rules))
    ) {
      const q = quotes[t.quote!]!;
      if (ENDS_WITH_STOP.test(text.slice(Math.max(q.inner.start, q.inner.end - 8), q.inner.end))) sentence++;
    }
  }
}

/** The dash that ends a dateline opening the block ("PARIS (AFP) –", "KABUL, Afghanistan (AP) --"), or -1. */
function datelineEnd(tokens: readonly Token[]): number {
  if (!/^\p{Lu}{2,}$/u.test(tokens[0]?.text ?? "")) return -1;
  for (let i = 1; i < tokens.length && i < 12; i++) {
    const t = tokens[i]!;
    if (t.kind === "punct" && /^[—–-]$/u.test(t.text)) return tokens[i + 1]?.text === "-" ? i + 1 : i;
    if (
      t.kind === "quote" ||
      (t.kind === "word" && !isCapitalised(t)) ||
      (t.kind === "punct" && !/^[,()]$/u.test(t.text))
    )
      return -1;
  }
  return -1;
}

/** Nothing of the reporter's sentence stands before the quote at i (sentences marked up to i). */
function opensOwnSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence || OPENERS.test(tokens[i - 1]!.text);
}

/** `“Why now?” Smith asked.`: a name and a speech verb right after a quote still belong to its sentence. */
function speechVerbSoon(tokens: readonly Token[], from: number, rules: LanguageRules): boolean {
  for (let k = from; k < tokens.length && k - from < 4 && tokens[k]!.kind === "word"; k++) {
    if (rules.speechVerbs.has(tokens[k]!.lower) && !isCapitalised(tokens[k])) return true;
  }
  return false;
}

/** Token index ranges [start, end) of each sentence. */
export function sentenceRanges(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  tokens.forEach((t, i) => {
    if (ranges.length <= t.sentence) ranges.push([i, i + 1]);
    else ranges[t.sentence]![1] = i + 1;
  });
  return ranges;
}

const OPENERS = /^["“”«»‘’'([:;—–-]$/u;

/** The token opens a sentence, or a clause after a colon or a dash, where any word is capitalised. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // After a quote in the same sentence comes its attribution ("“…,” Morgan said"), not a new sentence.
  return !prev || prev.sentence !== tokens[i]!.sentence || (prev.kind !== "quote" && OPENERS.test(prev.text));
}

/** Notes how a block writes its words: capitalised where no sentence opens, or in lower case. */
export function noteCasing(tokens: readonly Token[], capitalised: Set<string>, lowercase: Set<string>): void {
  tokens.forEach((t, i) => {
    if (t.kind !== "word") return;
    if (!isCapitalised(t)) lowercase.add(t.lower);
    else if (!opensSentence(tokens, i)) capitalised.add(t.lower);
  });
}

/**
 * "d'après" and "d’après" are the words "d" and "après", as tokens have them (elided words lose their
 * apostrophe).
 */
export const sourcePhraseWords = (phrase: string) =>
  phrase
    .replace(/’/g, "'")
    .split(/ |(?<=')/u)
    .map((p) => p.replace(/'$/, ""));

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";

export function isCapitalised(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  // Called for nearly every word, often several times: plain ASCII needs no Unicode table.
  const first = t.text.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(t.text);
}
