// Sentences of one block, marked on its tokens once. A quotation is read as one piece of the
// reporter's sentence, however many sentences it holds itself: `“We won. We will win again,” she
// said.` is one sentence, so that the quote and its attribution stay together.
import type { LanguageRules } from "../lang/types.ts";
import { isCapitalised, type Token } from "./tokens.ts";

/** A quotation's tokens: its opening mark, and its last token (the closing mark, or the block's end). */
export interface QuotedRun {
  open: number;
  last: number;
  /** The quoted words end with a full stop, a question or an exclamation. */
  endsWithStop: boolean;
}

const SENTENCE_END = /^[.!?…]+$/u;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const OPENERS = /^["“”«»‘’'([:;—–-]$/u;

/**
 * Numbers each token's sentence. A sentence ends at . ! ? … followed by a capital or a quotation,
 * and after a quotation whose own words end with a full stop when a capital follows. Nothing
 * inside a quotation (`runs`, outermost only, in order) ends the sentence around it. Returns the
 * opening marks that open a sentence after a full stop: only a quote does (see BlockText).
 */
export function markSentences(
  tokens: Token[],
  runs: readonly QuotedRun[],
  rules: LanguageRules,
): Set<number> {
  const opensIfQuoted = new Set<number>();
  let sentence = 0;
  let run = 0;
  const dateline = datelineEnd(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    t.sentence = sentence;
    const next = tokens[i + 1];
    if (!next) break;
    while (run < runs.length && runs[run]!.last < i) run++;
    const quoted = runs[run];
    if (quoted && quoted.open <= i && i < quoted.last) continue;
    if (i === dateline) {
      sentence++;
      continue;
    }
    if (quoted?.last === i) {
      if (quoteEndsSentence(tokens, quoted, rules)) sentence++;
      continue;
    }
    if (t.kind !== "punct" || !SENTENCE_END.test(t.text)) continue;
    // Runs before i are passed: the next one is the only one that may open at i + 1.
    const quoteOpens = quoted?.open === i + 1;
    if (quoteOpens) opensIfQuoted.add(i + 1);
    if (quoteOpens || CAPITALISED.test(next.text)) sentence++;
  }
  return opensIfQuoted;
}

/**
 * `The firm called it “necessary.” Union leaders vowed…`: a quotation ending the reporter's sentence
 * ends it; `“Why now?” Smith asked.` keeps its attribution.
 */
function quoteEndsSentence(tokens: readonly Token[], quoted: QuotedRun, rules: LanguageRules): boolean {
  const next = tokens[quoted.last + 1]!;
  return (
    quoted.endsWithStop &&
    next.kind !== "punct" &&
    CAPITALISED.test(next.text) &&
    !(opensOwnSentence(tokens, quoted.open) && speechVerbSoon(tokens, quoted.last + 1, rules))
  );
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

/** Nothing of the reporter's sentence stands before the token at i (sentences marked up to i). */
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

/** The token opens a sentence, or a clause after a colon or a dash, where any word is capitalised. */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // After a quote in the same sentence comes its attribution ("“…,” Morgan said"), not a new sentence.
  return !prev || prev.sentence !== tokens[i]!.sentence || (prev.kind !== "quote" && OPENERS.test(prev.text));
}

/** Where the sentence holding token i opens: i itself, or the nearest token before it that opens one. */
export function sentenceOpening(tokens: readonly Token[], i: number): number {
  while (i > 0 && !opensSentence(tokens, i)) i--;
  return i;
}
