// The text model: each block of the article read once per extraction, as words and punctuation
// (tokens.ts) numbered into sentences (sentences.ts), with its quotation marks paired. Quote
// judgement (quotes/notQuotes.ts) reads a candidate's sentence from it; attribution reads the
// same tokens with each quote made one token (`quoteTokens`).
import type { Span } from "../types.ts";
import type { LanguageRules } from "../lang/types.ts";
import { pairMarks, type MarkPair } from "../quotes/marks.ts";
import { firstTokenFrom, makeToken, tokenInSentence, tokenizeText, type Token } from "./tokens.ts";
import { markSentences, type QuotedRun } from "./sentences.ts";

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
  /** The block's paired quotation marks: the spans quote judgement decides on. */
  pairs: readonly MarkPair[];
  /**
   * Opening marks right after a full stop (`He left. “…`), by token index: a sentence opens there
   * only if the span is a quote; a title or a term in marks goes on with the sentence before
   * (attribution has always read it so).
   */
  opensIfQuoted: ReadonlySet<number>;
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
  const spans = [...pairs, ...spoken];
  const runs = spans.length === 0 ? [] : quotedRuns(source, tokens, spans);
  const opensIfQuoted = markSentences(tokens, runs, rules);
  return { source, rules, tokens, pairs, opensIfQuoted };
}

/** The index of the token starting at `offset`, or undefined. */
function tokenStarting(tokens: readonly Token[], offset: number): number | undefined {
  const at = firstTokenFrom(tokens, offset);
  return tokens[at]?.start === offset ? at : undefined;
}

/** The outermost spans as token runs, in order. */
function quotedRuns(
  source: string,
  tokens: readonly Token[],
  spans: readonly Pick<QuoteSpan, "open" | "close">[],
): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let reach = -1;
  for (const { open, close } of [...spans].sort((a, b) => a.open.start - b.open.start)) {
    const end = close ? close.end : source.length;
    const first = tokenStarting(tokens, open.start);
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
export function quoteTokens(text: BlockText, quotes: readonly QuoteSpan[]): readonly Token[] {
  const { tokens, source } = text;
  if (quotes.length === 0 && text.opensIfQuoted.size === 0) return tokens;
  const quoteAt = new Map(quotes.map((q, i) => [q.open.start, i]));
  const view: Token[] = [];
  // Sentences that opened on a span judgement did not take for a quote join the one before.
  let joined = 0;
  for (let i = 0; i < tokens.length; i++) {
    const quote = quoteAt.get(tokens[i]!.start);
    if (quote === undefined && text.opensIfQuoted.has(i)) joined++;
    if (quote === undefined) {
      view.push(joined === 0 ? tokens[i]! : tokenInSentence(tokens[i]!, tokens[i]!.sentence - joined));
      continue;
    }
    const q = quotes[quote]!;
    const end = q.close ? q.close.end : q.inner.end;
    const first = i;
    while (i + 1 < tokens.length && tokens[i + 1]!.start < end) i++;
    view.push(
      makeToken(
        source.slice(q.open.start, end),
        "",
        q.open.start,
        end,
        "quote",
        tokens[first]!.sentence - joined,
        quote,
        innerTokens(text, first, i + 1, q.inner),
      ),
    );
  }
  return view;
}

/** The words inside a quote's marks, with the sentences the quote itself holds. */
function innerTokens(text: BlockText, from: number, to: number, inner: Span): Token[] {
  const inside = text.tokens
    .slice(from, to)
    .filter((t) => t.start >= inner.start && t.end <= inner.end)
    .map((t) => tokenInSentence(t, 0));
  markSentences(inside, [], text.rules);
  return inside;
}

/**
 * The offsets where the sentence holding the token that starts at `offset` begins and ends, looking
 * no farther than `reach` characters either side: judging a span reads this for every span, so a
 * block of one endless sentence stays linear.
 */
export function sentenceAround(text: BlockText, offset: number, reach: number): Span | null {
  const { tokens } = text;
  const at = tokenStarting(tokens, offset);
  if (at === undefined) return null;
  const sentence = tokens[at]!.sentence;
  const within = (k: number) =>
    tokens[k]!.sentence === sentence && Math.abs(tokens[k]!.start - offset) <= reach;
  let first = at;
  let last = at;
  while (first > 0 && within(first - 1)) first--;
  while (last + 1 < tokens.length && within(last + 1)) last++;
  return { start: tokens[first]!.start, end: tokens[last]!.end };
}

/** The word tokens lying wholly between two offsets of the block, in order. */
export function wordsBetween(text: BlockText, from: number, to: number): Token[] {
  const { tokens } = text;
  const words: Token[] = [];
  for (let k = firstTokenFrom(tokens, from); k < tokens.length && tokens[k]!.end <= to; k++)
    if (tokens[k]!.kind === "word") words.push(tokens[k]!);
  return words;
}

/** The sentence index of the token starting at `offset`, or -1. */
export function sentenceAt(text: BlockText, offset: number): number {
  const at = tokenStarting(text.tokens, offset);
  return at === undefined ? -1 : text.tokens[at]!.sentence;
}

/** The sentence index of the token after the one starting at `offset`, or -1. */
export function sentenceAfter(text: BlockText, offset: number): number {
  const at = tokenStarting(text.tokens, offset);
  return at === undefined ? -1 : (text.tokens[at + 1]?.sentence ?? -1);
}
