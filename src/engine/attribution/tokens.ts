// What attribution reads: a block of the text model (../text/) with each quote one token, so
// the reporter's words around a quote read as one sentence even when the quote holds several
// sentences of its own.
import { isGivenName } from "../lang/givenNames.ts";
import { isPersonNoun } from "../lang/lexicon.ts";
import type { LanguageRules } from "../lang/types.ts";
import { opensSentence } from "../text/sentences.ts";
import { isCapitalised, isWord, type Token } from "../text/tokens.ts";

export type { Token };
export {
  appositionKind,
  findTokenIn,
  firstTokenFrom,
  isCapitalised,
  isWord,
  opensReportedClause,
  sourcePhraseWords,
  withoutApostrophe,
  wordBefore,
} from "../text/tokens.ts";
export { opensSentence, sentenceOpening, sentenceRanges } from "../text/sentences.ts";

/** A quotation mark left as punctuation: quote judgement found no quote between it and its pair. */
// Two to six capitals: `CGT`, `UNICEF` name a body; longer runs are a shouted word or a dateline.
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * An acronym that is a body's name or part of it (`ICB`, `GDL`, `IG Metall`), not an office or a person's
 * noun in capitals (`CEO`, `MP`) nor a kind of body (`ONG`), which open what follows.
 */
export function isBodyAcronym(t: Token | undefined, rules: LanguageRules): t is Token {
  return (
    isWord(t) &&
    ACRONYM.test(t.text) &&
    !isPersonNoun(t.lower, rules) &&
    !rules.organisationNouns.has(t.lower)
  );
}

export const QUOTATION_MARK = /^["“”„‟«»‹›‚‘’']$/u;

/** A block's tokens with what reading them needs: the text, the language, the article's names. */
export interface Sentence {
  tokens: readonly Token[];
  source: string;
  rules: LanguageRules;
  /** Words the article capitalises inside sentences (lower case): names, not sentence openers. */
  capitalisedWords: ReadonlySet<string>;
  /** Words the article writes in lower case somewhere: common words, even when a sentence opens with one. */
  lowercaseWords: ReadonlySet<string>;
  /** Words the article writes right after a given name (lower case): surnames, even where nouns too. */
  surnames: ReadonlySet<string>;
}

/**
 * The sentence `s` read over other tokens (a quote's inner ones): a copy in the one shape every
 * sentence is made in, which a spread copy lacks.
 */
export function sentenceWith(s: Sentence, tokens: readonly Token[]): Sentence {
  const { source, rules, capitalisedWords, lowercaseWords, surnames } = s;
  return { tokens, source, rules, capitalisedWords, lowercaseWords, surnames };
}

/** What a reader found in each stretch of a sentence, kept as long as the sentence (a WeakMap). */
export type StretchReadings<T> = WeakMap<Sentence, Map<number, T>>;

/**
 * `read(s, from, to)`, found once per stretch: a stretch's reading depends only on its sentence, whose
 * tokens and casing are fixed once it is made. A stretch outside the sentence has no number of its
 * own, so it is read each time.
 */
export function readOncePerStretch<T>(
  readings: StretchReadings<T>,
  s: Sentence,
  from: number,
  to: number,
  read: (s: Sentence, from: number, to: number) => T,
): T {
  if (from < 0 || to > s.tokens.length) return read(s, from, to);
  let bySentence = readings.get(s);
  if (bySentence === undefined) readings.set(s, (bySentence = new Map()));
  const stretch = from * (s.tokens.length + 1) + to;
  let found = bySentence.get(stretch);
  if (found === undefined) bySentence.set(stretch, (found = read(s, from, to)));
  return found;
}

/**
 * Notes how a block writes its words: capitalised where no sentence opens, or in lower case; and the
 * capitalised words it writes right after a given name (`Andreas Webhofer`), the surnames a person
 * goes by later on their own, though a German dictionary may hold them as compound nouns.
 */
export function noteCasing(
  tokens: readonly Token[],
  capitalised: Set<string>,
  lowercase: Set<string>,
  surnames: Set<string>,
): void {
  tokens.forEach((t, i) => {
    if (t.kind !== "word") return;
    if (!isCapitalised(t)) lowercase.add(t.lower);
    else if (!opensSentence(tokens, i)) {
      capitalised.add(t.lower);
      const before = tokens[i - 1];
      if (before?.kind === "word" && isCapitalised(before) && isGivenName(before.text)) surnames.add(t.lower);
    }
  });
}

// How many tokens an aside between brackets may hold.
const ASIDE_TOKENS = 12;

/**
 * The bracket that pairs with the one at `at` within an aside's length, bounded by `limit` (the
 * "(" opening the aside that closes at a ")", read back no farther than `limit`; the ")" closing
 * the aside a "(" opens, read on to before `limit`), or null when a quote or another bracket
 * comes first.
 */
export function pairedBracket(s: Sentence, at: number, limit: number): number | null {
  const opening = s.tokens[at]!.text === "(";
  const [seek, stop, step] = opening ? [")", "(", 1] : ["(", ")", -1];
  for (let k = at + step; (opening ? k < limit : k >= limit) && Math.abs(k - at) <= ASIDE_TOKENS; k += step) {
    const t = s.tokens[k]!;
    if (t.text === seek) return k;
    if (t.kind === "quote" || t.text === stop) return null;
  }
  return null;
}

/** A person's age: a number of years no one reaches beyond (`Sandro (31)`, `de 68 años`). */
export const AGE = /^\p{N}{1,3}$/u;

/**
 * `Hugo, 11 ans,`, `Maisie, 9,`, `Sandro (31)`: an age in apposition after the word before `end` shows
 * the name is someone's, though a lone first name.
 */
export function agedAfter(s: Sentence, end: number): boolean {
  const { tokens } = s;
  if (tokens[end]?.text === "(" && AGE.test(tokens[end + 1]?.text ?? ""))
    return tokens[end + 2]?.text === ")";
  return isComma(tokens[end]) && ageClosing(tokens, end + 1);
}

const isComma = (t: Token | undefined) => t?.kind === "punct" && t.text === ",";

/** An age at `at` (`11 ans`, `9`, `23 years old`) that a comma closes. */
function ageClosing(tokens: readonly Token[], at: number): boolean {
  return closingCommaOfAge(tokens, at) !== null;
}

/** The comma closing an age at `at` (ageClosing), or null. */
function closingCommaOfAge(tokens: readonly Token[], at: number): number | null {
  if (!/^\p{N}/u.test(tokens[at]?.text ?? "")) return null;
  let k = at + 1;
  while (k < at + 3 && tokens[k]?.kind === "word" && !isCapitalised(tokens[k]!)) k++;
  return isComma(tokens[k]) ? k : null;
}

/**
 * `Un retraité de 71 ans,`, `un jubilado de 71 años,`: a preposition at `at` opening an age that a
 * comma closes tells more of the person noun before it: that comma, or null.
 */
export function agedComplementEnd(s: Sentence, at: number): number | null {
  const { tokens, rules } = s;
  return rules.prepositions.has(tokens[at]?.lower ?? "") ? closingCommaOfAge(tokens, at + 1) : null;
}

/** How many words an apposition may give before the age it ends on (`saisonnière de 23 ans`). */
const AGED_APPOSITION_LEAD = 3;

/**
 * `Manon, saisonnière de 23 ans,`: an apposition after the word before `end` that ends on an age
 * shows the name is someone's, as a bare age does (agedAfter). It opens on a noun, not on a
 * determiner or a preposition, which open a date (`Lyon, le 12 mars,`) rather than a description.
 */
export function agedAppositionAfter(s: Sentence, end: number): boolean {
  const { tokens, rules } = s;
  const first = tokens[end + 1];
  if (!isComma(tokens[end]) || first?.kind !== "word" || isCapitalised(first)) return false;
  if (rules.determiners.has(first.lower) || rules.prepositions.has(first.lower)) return false;
  const lead = (t: Token | undefined) => t?.kind === "word" && !isCapitalised(t) && !/^\p{N}/u.test(t.text);
  let age = end + 2;
  while (age <= end + AGED_APPOSITION_LEAD && lead(tokens[age])) age++;
  return ageClosing(tokens, age);
}
