// Finds the direct quotes of one block: pairs the quotation marks (quotes/marks.ts), then keeps
// the spans a reader takes for someone's words rather than a title, a name or a scare quote
// (quotes/notQuotes.ts).
import type { Quote, Span, TextBlock } from "./types.ts";
import type { LanguageRules } from "./lang/types.ts";
import type { MarkPair } from "./quotes/marks.ts";
import { readText, sentenceAfter, sentenceAt, wordsBetween, type BlockText } from "./text/blockText.ts";
import {
  introducesNextQuote,
  isFragment,
  judgeCandidate,
  looksLikeTitle,
  markLists,
  sentenceContext,
  type Candidate,
  type Verdict,
} from "./quotes/notQuotes.ts";

/** A quote found in one block, before attribution: the fields of `Quote` that need no speaker. */
export interface FoundQuote extends Pick<Quote, "block" | "text" | "inner" | "open" | "close" | "partial"> {
  /**
   * For attribution: true when this quote opens its block and the previous block's last quote
   * has no closing mark, i.e. one speaker's quote running over several paragraphs. Set by
   * `linkRunOnQuotes` over the whole article; `findQuotes` alone leaves it false.
   */
  continuesPrevious: boolean;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** The direct quotes of one block, in order; `text` is the block as the text model read it. */
export function findQuotes(
  block: TextBlock,
  index: number,
  rules: LanguageRules,
  text: BlockText = readText(block.text, rules),
): FoundQuote[] {
  return judgeSpans(block, index, rules, text).quotes;
}

/**
 * The spans of one block in marks: its quotes (see findQuotes), and, in a headline, the spans nothing
 * in it tells from a label or a scare quote (`Morrow fumes at 'soft' penalty`), which the rest of the
 * article may show to be someone's words (see `#addHeadlineEchoes` in index.ts). Only a headline's are
 * kept: the body is what vouches for them; from the body, the texts of its spans in marks that are no
 * one's words (`slipped into the "severe" category`), which say a headline's same words are a label too,
 * and among them the titles (`Le film d’ouverture, « El Bahri », …`), which say the headline's same
 * words are that title even where the headline alone presents them as a quote.
 */
export function judgeSpans(
  block: TextBlock,
  index: number,
  rules: LanguageRules,
  text: BlockText,
): { quotes: FoundQuote[]; unsure: FoundQuote[]; labels: string[]; titles: string[] } {
  const candidates = toCandidates(block, text.pairs);
  // Each span's sentence is read once: judging it and telling a fragment both need it.
  const contexts = candidates.map((candidate) => sentenceContext(candidate, text));
  const verdicts = candidates.map((candidate, i) => judgeCandidate(candidate, contexts[i]!, rules));
  const isQuote = quotesAmong(verdicts, candidates, text, rules);
  const found = (i: number): FoundQuote => {
    const { text, inner, open, close } = candidates[i]!;
    const partial = isFragment(candidates[i]!, contexts[i]!, rules);
    return { block: index, text, inner, open, close, partial, continuesPrevious: false };
  };
  const quotes: FoundQuote[] = [];
  const unsure: FoundQuote[] = [];
  const labels: string[] = [];
  const titles: string[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, i) => {
    if (!isQuote[i]) {
      if (block.kind !== "headline") {
        labels.push(candidate.text);
        if (
          looksLikeTitle(candidate.text, contexts[i]!, rules) ||
          namedInCapitals(candidate, verdicts[i]!, rules)
        )
          titles.push(candidate.text);
      } else if (verdicts[i] === "unsure") unsure.push(found(i));
      return;
    }
    if (seen.has(candidate.text)) return;
    seen.add(candidate.text);
    quotes.push(found(i));
  });
  return { quotes, unsure, labels, titles };
}

/**
 * A capitalised span that a rule of its own sentence names (`se estrena en Cinemateca “Tambor de
 * madrugada”, el primer largometraje`), though only its first word is capitalised, as Spanish and
 * French write titles: a title or a name, which the headline's same words are too (`“Tambor de
 * madrugada”: la película que…`). Not where every noun is capitalised: there a capital says nothing.
 */
function namedInCapitals(candidate: Candidate, verdict: Verdict, rules: LanguageRules): boolean {
  return verdict === "notQuote" && !rules.capitalisesNouns && /^[\p{Lu}\p{N}]/u.test(candidate.text);
}

function toCandidates(block: TextBlock, pairs: readonly MarkPair[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const pair of pairs) {
    const inner = innerSpan(block.text, pair.open, pair.close);
    const text = block.text.slice(inner.start, inner.end);
    if (HAS_WORD.test(text))
      candidates.push({
        block,
        text,
        inner,
        open: pair.open,
        close: pair.close,
        family: pair.family,
        listed: false,
        // Set by markLists on a listed span; here from the start, so that every candidate has one shape.
        list: undefined,
      });
  }
  markLists(candidates);
  return candidates;
}

/**
 * An unsure span is a quote when a quote stands next to it in the same clause (a colon parts
 * a headline's subject from its quote: `‘Neutral’ expert: ‘Why now?’`), or next to an unsure span
 * that is one by the same rule: `que le président « a fait passer en force » malgré une
 * « écrasante » majorité, « la défiance est profonde », juge-t-elle` quotes her three times. Not where
 * the words between end on the second one's own speech verb, out of the first one's reach
 * (introducesNextQuote): `« Costa adentro » pasó por el festival, donde el jurado destacó « … »`.
 */
function quotesAmong(
  verdicts: Verdict[],
  candidates: Candidate[],
  text: BlockText,
  rules: LanguageRules,
): boolean[] {
  const { source } = text;
  const gapStart = (a: number) => candidates[a]!.close?.end ?? source.length;
  const gap = (a: number, b: number) => source.slice(gapStart(a), candidates[b]!.open.start);
  // No sentence ends between the two spans: a full stop inside the first one's marks is its own.
  const sameSentence = (a: number, b: number) =>
    sentenceAfter(text, candidates[a]!.close?.start ?? -1) === sentenceAt(text, candidates[b]!.open.start);
  const sameClause = (a: number, b: number) =>
    sameSentence(a, b) &&
    !gap(a, b).includes(":") &&
    !introducesNextQuote(gap(a, b), wordsBetween(text, gapStart(a), candidates[b]!.open.start), rules);
  const quote = verdicts.map((v) => v === "quote");
  // Each pass carries a quote along a run of unsure spans, one from the left, one from the right.
  for (let i = 1; i < quote.length; i++)
    quote[i] ||= verdicts[i] === "unsure" && quote[i - 1]! && sameClause(i - 1, i);
  for (let i = quote.length - 2; i >= 0; i--)
    quote[i] ||= verdicts[i] === "unsure" && quote[i + 1]! && sameClause(i, i + 1);
  return quote;
}

function innerSpan(text: string, open: Span, close: Span | null): Span {
  const start = open.end;
  const end = close ? close.start : text.length;
  const body = text.slice(start, end);
  const lead = body.length - body.trimStart().length;
  const trail = body.length - body.trimEnd().length;
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

/**
 * Marks the paragraphs of a quote that runs over several blocks: a block whose first quote
 * opens the block, right after a block whose last quote never closed. Expects the quotes of
 * the whole article in block order.
 */
export function linkRunOnQuotes(quotes: FoundQuote[], blocks: readonly TextBlock[]): FoundQuote[] {
  return quotes.map((quote, i) => {
    const previous = quotes[i - 1];
    const opensBlock = blocks[quote.block]!.text.slice(0, quote.open.start).trim() === "";
    const continues =
      previous !== undefined && previous.close === null && previous.block === quote.block - 1 && opensBlock;
    return continues ? { ...quote, continuesPrevious: true } : quote;
  });
}
