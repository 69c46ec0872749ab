// The text model: each block of the article read once per extraction, as words and punctuation
// (tokens.ts) numbered into sentences (sentences.ts), with its quotation marks paired. Quote
// judgement (quotes/notQuotes.ts) reads a candidate's sentence from it; attribution reads the
// same tokens with each quote made one token (`quoteTokens`).
import type { Span } from "../types.ts";
import type { LanguageRules } from "../lang/types.ts";
import { pairMarks, type MarkPair } from "../quotes/marks.ts";
import { tokenizeText, type Token } from "./tokens.ts";
import { markSentences, sentenceRanges, type QuotedRun } from "./sentences.ts";

/** Where a quote's marks and words are in its block; `close` is null when the block ends first. */
export interface QuoteSpan {
  open: Span;
  close: Span | null;
  inner: Span;
}

export interface BlockText {
  source: string;
  rules: LanguageRules;
  /** Words, punctuation and quotation marks, in order, each with its sentence. */
  tokens: readonly Token[];
  /** Token index ranges [start, end) of each sentence. */
  sentences: readonly [number, number][];
  /** The block's paired quotation marks: the spans quote judgement decides on. */
  pairs: readonly MarkPair[];
  /** Token index by the offset the token starts at. */
  tokenStarting: ReadonlyMap<number, number>;
}

// The reporter's words end a sentence with a quotation whose own words end like one.
const ENDS_WITH_STOP = /[.!?…]["”’»)\]']*\s*$/u;

/**
 * Reads one block. `spoken` are spans of speech set without marks (dialogue dashes): like
 * quotation marks, their sentences stay inside the reporter's sentence.
 */
export function readText(source: string, rules: LanguageRules, spoken: readonly QuoteSpan[] = []): BlockText {
  const pairs = pairMarks(source);
  const marks = new Set(pairs.flatMap((p) => (p.close ? [p.open.start, p.close.start] : [p.open.start])));
  const tokens = tokenizeText(source, rules, marks);
  const tokenStarting = new Map(tokens.map((t, i) => [t.start, i]));
  const spans = [...pairs.map((p) => ({ open: p.open, close: p.close })), ...spoken];
  markSentences(tokens, quotedRuns(source, tokens, tokenStarting, spans), rules);
  return { source, rules, tokens, sentences: sentenceRanges(tokens), pairs, tokenStarting };
}

/** The outermost spans as token runs, in order. */
function quotedRuns(
  source: string,
  tokens: readonly Token[],
  tokenStarting: ReadonlyMap<number, number>,
  spans: readonly Pick<QuoteSpan, "open" | "close">[],
): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let reach = -1;
  for (const { open, close } of [...spans].sort((a, b) => a.open.start - b.open.start)) {
    const end = close ? close.end : source.length;
    const first = tokenStarting.get(open.start);
    if (open.start < reach || first === undefined) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
    const words = close ? close.start : source.length;
    runs.push({
      open: first,
      last,
      endsWithStop: ENDS_WITH_STOP.test(source.slice(Math.max(open.end, words - 8), words)),
    });
    reach = end;
  }
  return runs;
}

/**
 * The block's tokens for attribution: each quote one token, carrying the index of its quote and
 * its own words as sentences of their own; the reporter's words as they are.
 */
export function quoteTokens(text: BlockText, quotes: readonly QuoteSpan[]): Token[] {
  const { tokens, source } = text;
  const quoteAt = new Map(quotes.map((q, i) => [q.open.start, i]));
  const view: Token[] = [];
  // Sentences that opened on a span judgement did not take for a quote join the one before.
  let joined = 0;
  for (let i = 0; i < tokens.length; i++) {
    const quote = quoteAt.get(tokens[i]!.start);
    if (tokens[i]!.opensIfQuoted && quote === undefined) joined++;
    if (quote === undefined) {
      view.push(joined === 0 ? tokens[i]! : { ...tokens[i]!, sentence: tokens[i]!.sentence - joined });
      continue;
    }
    const q = quotes[quote]!;
    const end = q.close ? q.close.end : q.inner.end;
    const first = i;
    while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
    view.push({
      text: source.slice(q.open.start, end),
      lower: "",
      start: q.open.start,
      end,
      kind: "quote",
      quote,
      inner: innerTokens(text, first, i + 1, q.inner),
      sentence: tokens[first]!.sentence - joined,
    });
  }
  return view;
}

/** The words inside a quote's marks, with the sentences the quote itself holds. */
function innerTokens(text: BlockText, from: number, to: number, inner: Span): Token[] {
  const inside = text.tokens
    .slice(from, to)
    .filter((t) => t.start >= inner.start && t.end <= inner.end)
    .map((t) => ({ ...t, sentence: 0 }));
  markSentences(inside, [], text.rules);
  return inside;
}

/** The offsets where the sentence holding the token that starts at `offset` begins and ends. */
export function sentenceAround(text: BlockText, offset: number): Span | null {
  const at = text.tokenStarting.get(offset);
  if (at === undefined) return null;
  const [first, end] = text.sentences[text.tokens[at]!.sentence]!;
  return { start: text.tokens[first]!.start, end: text.tokens[end - 1]!.end };
}

/** The sentence index of the token starting at `offset`, or -1. */
export function sentenceAt(text: BlockText, offset: number): number {
  const at = text.tokenStarting.get(offset);
  return at === undefined ? -1 : text.tokens[at]!.sentence;
}

/** The sentence index of the token after the one starting at `offset`, or -1. */
export function sentenceAfter(text: BlockText, offset: number): number {
  const at = text.tokenStarting.get(offset);
  return at === undefined ? -1 : (text.tokens[at + 1]?.sentence ?? -1);
}
