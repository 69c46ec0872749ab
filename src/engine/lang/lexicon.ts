// Building blocks for the language lexicons: word lists from template strings, regular
// conjugation by infinitive ending, and noun lists that also recognise compounds. German and Dutch write
// roles as one word (Konzernsprecher, Außenministerin, woordvoerder, minister-president), so a
// list of heads must match every compound ending with one. A head that ends common surnames is
// listed with a leading "=" and matches only itself.
import type { Gender, LanguageRules } from "./types.ts";
import { keptAnswers } from "./keptAnswers.ts";

/** The words of a whitespace-separated list. */
export const list = (text: string): string[] => text.trim().split(/\s+/);

export const words = (text: string): Set<string> => new Set(list(text));

/**
 * Kinship nouns, each group of synonyms separated by "|", to the relation they name (the group's first
 * word): `kinship("father dad | mother mum")`.
 */
export const kinship = (text: string): Map<string, string> =>
  new Map(
    text.split("|").flatMap((group) => {
      const synonyms = list(group);
      return synonyms.map((w) => [w, synonyms[0]!] as const);
    }),
  );

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
/**
 * Marks a head shorter than MIN_HEAD that still heads its compounds ("+amt": "Wasserstraßenamt"); the
 * words that merely end like it are listed with NOT_COMPOUND.
 */
const SHORT_HEAD = "+";
/** Marks a word that ends like a listed head but is no compound of it ("!gesamt", not an "Amt"). */
const NOT_COMPOUND = "!";

// Plural and genitive endings a listed noun may carry: Sprechers, Experten, Sprecherinnen, woordvoerders,
// and the genitive of a one-syllable noun (des Amtes, des Gerichtes).
const INFLECTIONS = ["s", "es", "n", "en", "nen", "e"];
const INFLECTION_LAST_LETTERS = new Set(INFLECTIONS.map((ending) => ending.at(-1)!));

/**
 * Of those, the genitive singular's, which no name keeps where nouns are capitalised (`des
 * Alfred-Wegener-Instituts` is the Alfred-Wegener-Institut); the others may be a plural name's own
 * (`die Dresdner Verkehrsbetriebe`).
 */
export const GENITIVE_ENDINGS: ReadonlySet<string> = new Set(["s", "es"]);

/**
 * A list's nouns read from their last letter: one walk back from a word's end meets every listed
 * noun the word ends with, where looking each of its tails up would hash every tail anew. Made on
 * a list's first lookup: the lexicons' lists are never changed once built.
 */
class Endings {
  private readonly before = new Map<string, Endings>();
  private listed = false;
  private shortHead = false;
  private notCompound = false;

  constructor(nouns: Iterable<string> = []) {
    for (const entry of nouns) {
      const marker = entry[0] === SHORT_HEAD || entry[0] === NOT_COMPOUND ? entry[0] : "";
      const noun = entry.slice(marker.length);
      let node: Endings = this;
      for (let i = noun.length - 1; i >= 0; i--) {
        let next = node.before.get(noun[i]!);
        if (!next) node.before.set(noun[i]!, (next = new Endings()));
        node = next;
      }
      if (marker === NOT_COMPOUND) node.notCompound = true;
      else node.listed = true;
      if (marker === SHORT_HEAD) node.shortHead = true;
    }
  }

  /**
   * The listed noun a word is ("sprecher", or "=mann" for "mann"), or else the compound's head
   * it ends with: its longest listed tail after a modifier of MIN_MODIFIER letters, of MIN_HEAD
   * letters or more (or marked SHORT_HEAD), and not opening on a hyphen ("konzern-sprecher" →
   * "sprecher"); none when a longer tail is marked NOT_COMPOUND ("insgesamt").
   */
  head(word: string): string | undefined {
    let tail = -1;
    let node: Endings | undefined = this;
    for (let i = word.length - 1; i >= 0 && node; i--) {
      node = node.before.get(word[i]!);
      if (node?.notCompound) tail = -1;
      else if (
        node?.listed &&
        i >= MIN_MODIFIER &&
        (node.shortHead || word.length - i >= MIN_HEAD) &&
        word[i] !== "-"
      )
        tail = i;
    }
    // The walk reached the word's first letter: `node` holds the word whole.
    if (node?.notCompound) return undefined;
    if (node?.listed) return word;
    if (node?.before.get(EXACT)?.listed) return EXACT + word;
    return tail < 0 ? undefined : word.slice(tail);
  }
}

/** The listed noun a word is, or ends with, once inflected: "konzernsprechers" → "sprecher". */
function headOf(word: string, endings: Endings): string | undefined {
  const head = endings.head(word);
  // Most words end on a letter no inflection ends on: no ending to try.
  if (head !== undefined || !INFLECTION_LAST_LETTERS.has(word.at(-1) ?? "")) return head;
  for (const ending of INFLECTIONS) {
    if (!word.endsWith(ending)) continue;
    const stem = endings.head(word.slice(0, -ending.length));
    if (stem !== undefined) return stem;
  }
  return undefined;
}

/** A set of nouns that also holds every compound ending with one of them. */
export class CompoundSet extends Set<string> {
  #endings?: Endings;

  override has(word: string): boolean {
    return this.head(word) !== undefined;
  }

  /** The listed noun the word is or ends with, inflected or not: "innenministeriums" → "ministerium". */
  head(word: string): string | undefined {
    this.#endings ??= new Endings(this.keys());
    return headOf(word, this.#endings);
  }
}

/** The listed noun a word is, or ends with where nouns compound; the word itself when none is. */
export const listedNoun = (nouns: ReadonlySet<string>, word: string): string =>
  (nouns instanceof CompoundSet ? nouns.head(word) : undefined) ?? word;

/** A map of nouns to their gender that also answers for every compound ending with one of them. */
export class CompoundMap<V> extends Map<string, V> {
  #endings?: Endings;

  override has(word: string): boolean {
    return this.head(word) !== undefined;
  }

  override get(word: string): V | undefined {
    const head = this.head(word);
    return head === undefined ? undefined : super.get(head);
  }

  /**
   * A listed noun or a compound of one, but no noun listed for itself alone, which may mean anyone
   * ("rentnerin", "vfl-trainer", not "mann").
   */
  namesKindOfPerson(word: string): boolean {
    const head = this.head(word);
    return head !== undefined && !head.startsWith(EXACT);
  }

  /**
   * The word uninflected, where it is a listed noun or a compound of one only once inflected
   * ("angeklagten" → "angeklagte", "konzernsprechers" → "konzernsprecher"); else the word itself.
   */
  uninflected(word: string): string {
    this.#endings ??= new Endings(this.keys());
    if (this.#endings.head(word) !== undefined) return word;
    const ending = INFLECTIONS.find(
      (e) => word.endsWith(e) && this.#endings!.head(word.slice(0, -e.length)) !== undefined,
    );
    return ending === undefined ? word : word.slice(0, -ending.length);
  }

  /**
   * A compound split before its listed head ("nationalparkleiter" → "nationalpark" + "leiter"); none
   * for a listed noun itself or a word that ends on none.
   */
  compoundParts(word: string): { modifier: string; head: string } | undefined {
    const head = this.head(word);
    if (head === undefined || head.startsWith(EXACT)) return undefined;
    const at = word.lastIndexOf(head);
    return at > 0 ? { modifier: word.slice(0, at), head } : undefined;
  }

  private head(word: string): string | undefined {
    this.#endings ??= new Endings(this.keys());
    return headOf(word, this.#endings);
  }
}

/**
 * How many words the phrase of a document verb's subject may hold (`documentSpeech`: `el informe de la
 * comisión establece`, `Le rapport du Groupe de travail sur la pénurie de personnel enseignant … prévoyait`:
 * a body's name in the complement runs long).
 */
const DOCUMENT_SUBJECT_REACH = 12;

/** How many words an incise between a document and its verb may hold (`, al que ha tenido acceso X,`). */
const INCISE_WORDS = 10;

// A word, not a punctuation mark or a quote: it opens on a letter or a digit.
const WORD_OPENING = /^[\p{L}\p{N}]/u;

// A capitalised word: it opens on an upper-case letter.
const CAPITAL_OPENING = /^\p{Lu}/u;

/**
 * The index of the subject of the document verb at `verb` when that subject is a document or a court,
 * else undefined: `el informe establece`, `the new law provides`, `la ley de presupuesto prevé`, `The
 * courts have held that`; a court or a judge, whose findings are rulings (`the court found`, `Judge X
 * found`). Quote judgement and attribution both ask it, of a sentence's words in lower case, punctuation
 * standing as words of its own where the caller has it. The verb's auxiliaries go with it, and an incise
 * set off by commas between the subject and its verb is passed over (`El borrador, al que ha tenido
 * acceso X, establece`, `A report by the X Institute, published last month, found`). The nearest noun
 * before decides, so `el ministro manda` stays no speech, and a clause's join or a relative pronoun
 * ends the search, though not a list conjunction between two capitalised words where only names are
 * capitalised: it joins the words of one name in the document's complement, whatever noun heads it (`El
 * reglamento del Sistema Nacional de Nivelación y Admisión establece`), no second subject. Only words
 * given with their text show their capitals.
 */
export function documentSubjectOf(
  words: readonly { lower: string; text?: string }[],
  verb: number,
  rules: LanguageRules,
): number | undefined {
  return rules.documentSpeech.verbs.has(words[verb]?.lower ?? "")
    ? documentSubjectBefore(words, verb, rules)
    : undefined;
}

/**
 * The index of the document or court heading the subject of the verb at `verb`, whatever the verb, as
 * documentSubjectOf finds it: a speech verb's subject may be a document too (`Le rapport de l’Ademe sur
 * les sols urbains, paru en 2023, soulignait que`).
 */
export function documentSubjectBefore(
  words: readonly { lower: string; text?: string }[],
  verb: number,
  rules: LanguageRules,
): number | undefined {
  const speech = rules.documentSpeech;
  const at = (k: number) => words[k]?.lower ?? "";
  let from = verb - 1;
  while (rules.auxiliaries.has(at(from))) from--;
  if (at(from) === ",") from = inciseOpening(words, from) ?? from;
  for (let k = from; k >= 0 && from - k < DOCUMENT_SUBJECT_REACH; k--) {
    const word = at(k);
    // A relative clause has a subject of its own: `residents whose drinking water was found to`.
    const relative = rules.relativePronouns.has(word) || rules.relativePossessives.has(word);
    if (joinsCapitalisedWords(words, k, rules) || joinsComplementNouns(words, k, rules)) continue;
    if (!WORD_OPENING.test(word) || rules.clauseJoins.has(word) || relative) return undefined;
    // A determiner opens the document's phrase, perhaps before an adjective: `the new law`.
    if (speech.documents.has(word))
      return [1, 2].some((back) => rules.determiners.has(at(k - back))) ? k : undefined;
    if (speech.courts.has(word)) return k;
    // A person's noun after its determiner heads a subject of its own (`el ministro manda`); one qualifying
    // a noun is part of the document's complement (`sur la pénurie de personnel enseignant`).
    if (rules.personNouns.has(word) && (k === 0 || rules.determiners.has(at(k - 1)))) return undefined;
  }
  return undefined;
}

/** A list conjunction at k between two capitalised words, in a language that capitalises only names. */
function joinsCapitalisedWords(
  words: readonly { lower: string; text?: string }[],
  k: number,
  rules: LanguageRules,
): boolean {
  const capitalised = (word: { text?: string } | undefined) => CAPITAL_OPENING.test(word?.text ?? "");
  return (
    !rules.capitalisesNouns &&
    listConjunctions(rules).has(words[k]!.lower) &&
    capitalised(words[k - 1]) &&
    capitalised(words[k + 1])
  );
}

/**
 * A list conjunction at k joining two bare nouns of a preposition's complement (`Le rapport de la
 * direction des examens et concours pointe`): the word before it follows a determiner or a
 * preposition, and the word after it takes none. Not a clause joined on (`Le rapport est paru et
 * personne ne pointe`), whose word before the conjunction is a verb's.
 */
function joinsComplementNouns(
  words: readonly { lower: string; text?: string }[],
  k: number,
  rules: LanguageRules,
): boolean {
  const introduced = (word: string) => rules.determiners.has(word) || rules.prepositions.has(word);
  const after = words[k + 1]?.lower ?? "";
  return (
    listConjunctions(rules).has(words[k]!.lower) &&
    introduced(words[k - 2]?.lower ?? "") &&
    WORD_OPENING.test(words[k - 1]?.lower ?? "") &&
    WORD_OPENING.test(after) &&
    !introduced(after) &&
    !CAPITAL_OPENING.test(words[k + 1]?.text ?? "")
  );
}

/** The index of the word before the comma that opens the incise the comma at `close` ends, if any. */
function inciseOpening(words: readonly { lower: string }[], close: number): number | undefined {
  for (let k = close - 1; k > 0 && close - k <= INCISE_WORDS; k--) {
    const word = words[k]!.lower;
    if (word === ",") return k - 1;
    if (!WORD_OPENING.test(word)) return undefined;
  }
  return undefined;
}

// A lexicon's word lists written as one alternation ("and|or") are asked of many tokens: each is
// split into a set once. Keyed by the list itself: there are as few as the lexicons hold.
const alternationSets = new Map<string, ReadonlySet<string>>();

/** The words of a lexicon's alternation ("au|aux|du|des") as a set. */
export function wordSet(alternation: string): ReadonlySet<string> {
  let set = alternationSets.get(alternation);
  // An empty list has no words: "".split("|") would give one, the empty string, which every absent
  // word (`wordBefore(…)?.lower ?? ""` at a paragraph's start) would then match.
  if (!set)
    alternationSets.set(alternation, (set = new Set(alternation === "" ? [] : alternation.split("|"))));
  return set;
}

/**
 * Whether `lower` opens a noun's complement: its preposition (`de`, `of`), or that preposition carrying
 * its plural article (« des », a preposition and a determiner at once: « des zones », « et des Finances »).
 */
export const opensComplement = (rules: LanguageRules, lower: string): boolean =>
  rules.complementOf.has(lower) || (rules.prepositions.has(lower) && rules.determiners.has(lower));

/** Each lexicon's list conjunctions ("and|or") as a set: every quote asks. */
export const listConjunctions = (rules: LanguageRules): ReadonlySet<string> =>
  wordSet(rules.notQuoteWords.listConjunctions);

// Idioms and source phrases are tried at every token of a long page: each list is split into
// words once (a list is always split the same way) and indexed by its first word, so that a
// token costs one lookup; source phrases are also asked to end before a name, and are indexed by
// their last word for that.
const phraseTables = new WeakMap<readonly string[], Map<string, string[][]>>();
const phraseTablesByLastWord = new WeakMap<readonly string[], Map<string, string[][]>>();

function phraseTable(
  tables: WeakMap<readonly string[], Map<string, string[][]>>,
  phrases: readonly string[],
  words: (phrase: string) => string[],
  keyWord: (parts: string[]) => string,
): Map<string, string[][]> {
  let table = tables.get(phrases);
  if (!table) {
    table = new Map();
    for (const parts of phrases.map(words)) {
      const key = keyWord(parts);
      table.set(key, [...(table.get(key) ?? []), parts]);
    }
    tables.set(phrases, table);
  }
  return table;
}

/** The phrases of `phrases` whose first word is `first`, split by `words`, in their order in the list. */
export function phrasesOpeningWith(
  phrases: readonly string[],
  first: string,
  words: (phrase: string) => string[],
): readonly string[][] {
  return phraseTable(phraseTables, phrases, words, (parts) => parts[0]!).get(first) ?? NO_PHRASES;
}

/** The phrases of `phrases` whose last word is `last`, split by `words`, in their order in the list. */
export function phrasesEndingWith(
  phrases: readonly string[],
  last: string,
  words: (phrase: string) => string[],
): readonly string[][] {
  return (
    phraseTable(phraseTablesByLastWord, phrases, words, (parts) => parts.at(-1)!).get(last) ?? NO_PHRASES
  );
}

/** What most words open: asked of nearly every word, so one shared empty list rather than a new one
 * each time. */
const NO_PHRASES: readonly string[][] = [];

/** The speech idioms ("fait valoir", "liet weten") whose first word is `first`, split into words. */
export const speechIdiomsOpeningWith = (rules: LanguageRules, first: string): readonly string[][] =>
  phrasesOpeningWith(rules.speechIdioms, first, idiomWords);

const idiomWords = (idiom: string) => idiom.split(" ");

const speechWordsOf = new WeakMap<LanguageRules, ReadonlySet<string>>();

/**
 * Whether a word (lower case) may be a speech verb or open one in the lexicon: a speech verb, a speech
 * infinitive, a verb whose particle detaches, a document's verb, or a speech idiom's first word. A word
 * outside all of them is no speech verb wherever it stands, and most words are: the speech-verb reader
 * (verbAt) asks this once before its several look-ups, for every word of every paragraph it reads.
 */
export function maySpeak(rules: LanguageRules, lower: string): boolean {
  let speechWords = speechWordsOf.get(rules);
  if (speechWords === undefined)
    speechWordsOf.set(
      rules,
      (speechWords = new Set([
        ...rules.speechVerbs,
        ...rules.speechInfinitives,
        ...rules.detachedVerbParticles.keys(),
        ...rules.documentSpeech.verbs,
        ...rules.speechIdioms.map((idiom) => idiomWords(idiom)[0]!),
      ])),
    );
  return speechWords.has(lower);
}

/**
 * How many words a verb quoted between its subject and its object may hold, an adverb or a pronoun
 * with it (`« assume pleinement »`, `« le regrette »`): quote judgement and attribution both read
 * this many.
 */
export const QUOTED_VERB_WORDS = 3;

// How many words an adverbial may run to between the two parts of a verb: `liet in een reactie weten`.
const MIDDLE_FIELD_WORDS = 4;
/** How many words a split idiom spans: its first part, a preposition, the adverbial, its second part. */
export const MIDDLE_FIELD_SPAN = MIDDLE_FIELD_WORDS + 3;

/**
 * `liet in een reactie weten`, `ließ über einen Sprecher wissen`: where the verb comes second, the
 * second part of a two-word speech idiom closes the clause, and a phrase opening on a preposition may
 * stand between the two. `words` are lower case, the idiom's first part at `first`; the index of its
 * second part past such a phrase, or null. A subject there (`liet hij weten`) is not skipped: it is the
 * verb's speaker. Quote judgement and attribution both read idioms so.
 */
function splitIdiomEnd(
  words: readonly string[],
  first: number,
  idiom: readonly string[],
  rules: LanguageRules,
): number | null {
  if (!rules.verbSecond || idiom.length !== 2 || words[first] !== idiom[0]) return null;
  const opening = first + 1;
  if (!rules.prepositions.has(words[opening] ?? "")) return null;
  for (let k = opening + 1; k - opening <= MIDDLE_FIELD_WORDS && /^\p{L}/u.test(words[k] ?? ""); k++) {
    if (words[k] === idiom[1]) return k;
    if (rules.clauseJoins.has(words[k]!)) return null;
  }
  return null;
}

/**
 * A person noun of the list in its plural in an "s" ("enseignants", "serveuses"): several people, as in
 * « l’une des anciennes serveuses », whose singular alone the list may hold.
 */
export const isPluralPersonNoun = (lower: string, rules: LanguageRules): boolean =>
  lower.endsWith("s") && rules.personNouns.has(lower.slice(0, -1));

/**
 * Whether `lower` has an adverb's ending (`-ment`, `-ly`) past a stem of more than three letters
 * (« également », not « ment »).
 */
export const hasAdverbEnding = (lower: string, rules: LanguageRules): boolean =>
  lower.length > rules.adverbEnding.length + 3 && lower.endsWith(rules.adverbEnding);

/**
 * Where a speech idiom opening at `first` of the lower-case `words` ends, the index of its last word, or
 * null: its words in a row; or with one adverb after its verb (`parle même d’une « … »`, `fait
 * également valoir`), which leaves the idiom's sense as it is; or split where the verb comes second
 * (splitIdiomEnd). Quote judgement and attribution both read idioms so.
 */
export function idiomEnd(
  words: readonly string[],
  first: number,
  idiom: readonly string[],
  rules: LanguageRules,
): number | null {
  const from = (start: number) => idiom.every((part, n) => n === 0 || words[start + n] === part);
  if (words[first] !== idiom[0]) return null;
  if (from(first)) return first + idiom.length - 1;
  const adverb = words[first + 1] ?? "";
  const isAdverb = rules.adverbs.has(adverb) || hasAdverbEnding(adverb, rules);
  if (idiom.length > 1 && isAdverb && from(first + 1)) return first + idiom.length;
  return splitIdiomEnd(words, first, idiom, rules);
}

/**
 * Whether a person noun after `determiner`, both lower case, is a group the determiner opens: German
 * `die Anwohner`, `die Autoren`, `die Autorinnen` (see pluralDeterminers), not `die Verdächtige`.
 */
export function pluralAfterDeterminer(determiner: string, noun: string, rules: LanguageRules): boolean {
  const nouns = rules.personNouns;
  if (!rules.pluralDeterminers.has(determiner) || !(nouns instanceof CompoundMap)) return false;
  const gender = nouns.get(noun);
  if (gender === "m") return !noun.endsWith("e");
  return gender === "f" && nouns.uninflected(noun) !== noun;
}

// Asked of nearly every word before and after a name, and three of its tests are patterns: each
// language's answers are kept, word by word.
const personNounsOf = new WeakMap<LanguageRules, (lower: string) => boolean>();

/**
 * A noun that names a person: by what they do (`personNouns`), by a title, by age, as a follower
 * (`un chiraquien`, `a Trumpist`: coined from names, so matched by ending, less the bodies and
 * documents sharing it, `le quotidien`) or as a specialist (`la oceanógrafa`, by its science's ending).
 */
export function isPersonNoun(lower: string, rules: LanguageRules): boolean {
  let isPerson = personNounsOf.get(rules);
  if (isPerson === undefined) {
    isPerson = keptAnswers(
      (word: string) =>
        rules.personNouns.has(word) ||
        rules.titles.has(word) ||
        rules.ageNoun.test(word) ||
        (rules.partisanNoun.test(word) && !rules.organisationNouns.has(word)) ||
        rules.specialistNoun.test(word),
    );
    personNounsOf.set(rules, isPerson);
  }
  return isPerson(lower);
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

/** The years a decade's noun of age spans: `sexagénaire` is 60 to 69 (centenarians count up to 119). */
const DECADE_SPAN = 9;
const CENTURY_SPAN = 19;
const FIRST_NUMBER = /\p{N}+/u;

/**
 * The least age of a retiree (retireeNouns), and the most of anyone: below the earliest retirement a
 * reporter writes of (a soldier's, a miner's), above any centenarian's.
 */
const RETIREE_YEARS = [50, 119] as const;

/**
 * The ages a noun of age allows, least and most (`63-year-old`: 63 to 63; `la sexagénaire`: 60 to 69;
 * `la retraitée`: RETIREE_YEARS), or undefined for a word that is no such noun, or that tells no number
 * (`der Neunjährige`, spelt out).
 */
export function yearsOfAgeNoun(lower: string, rules: LanguageRules): readonly [number, number] | undefined {
  if (rules.retireeNouns.has(lower)) return RETIREE_YEARS;
  if (!rules.ageNoun.test(lower)) return undefined;
  const digits = FIRST_NUMBER.exec(lower);
  if (digits !== null) return [Number(digits[0]), Number(digits[0])];
  for (const [stem, decade] of rules.ageNounDecades)
    if (lower.startsWith(stem)) return [decade, decade + (decade >= 100 ? CENTURY_SPAN : DECADE_SPAN)];
  return undefined;
}
