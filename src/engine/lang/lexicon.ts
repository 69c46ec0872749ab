// Building blocks for the language lexicons: word lists from template strings, regular
// conjugation by infinitive ending, and noun lists that also recognise compounds. German and Dutch write
// roles as one word (Konzernsprecher, Außenministerin, woordvoerder, minister-president), so a
// list of heads must match every compound ending with one. A head that ends common surnames is
// listed with a leading "=" and matches only itself.
import type { Gender, LanguageRules } from "./types.ts";

/** The words of a whitespace-separated list. */
export const list = (text: string): string[] => text.trim().split(/\s+/);

export const words = (text: string): Set<string> => new Set(list(text));

/** A pattern no word matches: the lexicon's value for a kind of word its language does not have. */
export const noWord = /(?!)/u;

/**
 * Regular verbs conjugated by their infinitive's ending: the stem (the lemma without that
 * ending) with each ending of its class. `endings` maps "ar" to the forms' endings, say.
 */
export function conjugate(lemmas: string, endings: Readonly<Record<string, readonly string[]>>): string[] {
  return list(lemmas).flatMap((lemma) => {
    const infinitive = Object.keys(endings).find((ending) => lemma.endsWith(ending)) ?? "";
    return (endings[infinitive] ?? []).map(
      (ending) => lemma.slice(0, lemma.length - infinitive.length) + ending,
    );
  });
}

export const gendered = (
  text: string,
  gender: Gender | undefined,
): (readonly [string, Gender | undefined])[] => list(text).map((w) => [w, gender] as const);

// A head shorter than this would match unrelated words ("rat" in "Heirat").
const MIN_HEAD = 4;
// A compound has at least a few letters before its head ("Ex-Chef" and "Vizechef" yes, "Schef" no).
const MIN_MODIFIER = 2;

/** Marks a noun listed for itself only: "=mann" is "Mann" but not "Hoffmann". */
const EXACT = "=";

// Plural and genitive endings a listed noun may carry: Sprechers, Experten, Sprecherinnen, woordvoerders.
const INFLECTIONS = ["s", "n", "en", "nen", "e"];

/** The listed noun a word is, or ends with, once inflected: "konzernsprechers" → "sprecher". */
function headOf(word: string, listed: (w: string) => boolean): string | undefined {
  const head = uninflectedHead(word, listed);
  if (head !== undefined) return head;
  for (const ending of INFLECTIONS) {
    if (!word.endsWith(ending)) continue;
    const stem = uninflectedHead(word.slice(0, -ending.length), listed);
    if (stem !== undefined) return stem;
  }
  return undefined;
}

/**
 * The listed head a compound ends with: "konzern-sprecher" → "sprecher", "außenministerin" → "ministerin".
 */
function uninflectedHead(word: string, listed: (w: string) => boolean): string | undefined {
  if (listed(word)) return word;
  if (listed(EXACT + word)) return EXACT + word;
  for (let i = MIN_MODIFIER; i <= word.length - MIN_HEAD; i++) {
    const tail = word[i] === "-" ? word.slice(i + 1) : word.slice(i);
    if (tail.length >= MIN_HEAD && listed(tail)) return tail;
  }
  return undefined;
}

/** A set of nouns that also holds every compound ending with one of them. */
export class CompoundSet extends Set<string> {
  override has(word: string): boolean {
    return this.head(word) !== undefined;
  }

  /** The listed noun the word is or ends with, inflected or not: "innenministeriums" → "ministerium". */
  head(word: string): string | undefined {
    return headOf(word, (w) => super.has(w));
  }
}

/** The listed noun a word is, or ends with where nouns compound; the word itself when none is. */
export const listedNoun = (nouns: ReadonlySet<string>, word: string): string =>
  (nouns instanceof CompoundSet ? nouns.head(word) : undefined) ?? word;

/** A map of nouns to their gender that also answers for every compound ending with one of them. */
export class CompoundMap<V> extends Map<string, V> {
  override has(word: string): boolean {
    return headOf(word, (w) => super.has(w)) !== undefined;
  }

  override get(word: string): V | undefined {
    const head = this.head(word);
    return head === undefined ? undefined : super.get(head);
  }

  /**
   * The word ends with a listed noun without being one, nor inflecting one listed for itself alone:
   * "innenverteidiger", "vfl-trainer", not "mann".
   */
  isCompound(word: string): boolean {
    const head = this.head(word);
    return head !== undefined && head !== word && !head.startsWith(EXACT);
  }

  private head(word: string): string | undefined {
    return headOf(word, (w) => super.has(w));
  }
}

/**
 * How many words before a document verb its document may stand (`documentSpeech`: `el informe de la
 * comisión establece`): quote judgement and attribution both read this far back.
 */
export const DOCUMENT_SUBJECT_REACH = 6;

/**
 * How many words a verb quoted between its subject and its object may hold, an adverb or a pronoun
 * with it (`« assume pleinement »`, `« le regrette »`): quote judgement and attribution both read
 * this many.
 */
export const QUOTED_VERB_WORDS = 3;

/**
 * A noun that names a person: by what they do (`personNouns`), by a title, by age, or as a follower
 * (`un chiraquien`, `a Trumpist`: coined from names, so matched by ending, less the bodies and
 * documents sharing it, `le quotidien`).
 */
export function isPersonNoun(lower: string, rules: LanguageRules): boolean {
  return (
    rules.personNouns.has(lower) ||
    rules.titles.has(lower) ||
    rules.ageNoun.test(lower) ||
    (rules.partisanNoun.test(lower) && !rules.organisationNouns.has(lower))
  );
}

/**
 * A word the lexicon knows as something other than a verb or a noun: determiner, preposition,
 * adverb, conjunction, pronoun, auxiliary. What is left in a verb's place is most likely one.
 */
export function isFunctionWord(lower: string, rules: LanguageRules): boolean {
  return (
    [
      rules.determiners,
      rules.prepositions,
      rules.adverbs,
      rules.clauseJoins,
      rules.relativePronouns,
      rules.phraseStops,
      rules.asWords,
      rules.auxiliaries,
      rules.clitics,
      rules.speakerlessPronouns,
      rules.passiveAgents,
      rules.pronouns,
    ].some((table) => table.has(lower)) || lower.endsWith(rules.adverbEnding)
  );
}
