// Names in a noun phrase: capitalised token runs with particles, initials and hyphens, titles
// and honorifics stripped ("Board Chair Ruth Ellison" → "Ruth Ellison", role "Board Chair").
import * as dictionary from "../lang/commonWords.ts";
import { countryNames } from "../lang/countries.ts";
import { isGivenName } from "../lang/givenNames.ts";
import { isFunctionWord, isPersonNoun, listConjunctions, phrasesEndingWith } from "../lang/lexicon.ts";
import { ANSWERS_KEPT } from "../lang/keptAnswers.ts";
import { rulesFor, supportedLanguages } from "../lang/index.ts";
import type { Gender, LanguageRules } from "../lang/types.ts";
import {
  ACRONYM,
  agedAfter,
  isBodyAcronym,
  isCapitalised,
  isWord,
  opensSentence,
  pairedBracket,
  QUOTATION_MARK,
  sourcePhraseWords,
  withoutApostrophe,
  type Sentence,
  type Token,
  readOncePerStretch,
  type StretchReadings,
} from "./tokens.ts";

/** How many words an office in apposition after a lone name may run to ("infirmière à l’hôpital Bichat"). */
const MAX_APPOSITION_WORDS = 8;

export interface NameRun {
  /** Token indexes [start, end) of the name itself, titles excluded. */
  start: number;
  end: number;
  /** Where the run starts, titles and honorifics included. */
  titleStart: number;
  /** Title tokens written just before the name, as one string ("Fed Chair"); honorifics are not roles. */
  title: string;
  /** Gender an honorific shows (Mrs, Mme), if any. */
  gender?: Gender;
  /** The run follows a preposition or possessive-free determiner: it names a place or an institution. */
  afterPreposition: boolean;
  afterDeterminer: boolean;
  /**
   * A lower-case noun follows the run inside the phrase ("the Biden administration"): the run is a modifier.
   */
  modifier: boolean;
  /** An office written in lower case stands just before the run ("press secretary Josh Earnest"). */
  afterOffice: boolean;
  /**
   * A body's noun in lower case, the complement of a preposition, stands just before the run (`un député
   * du groupe Liot`, `chercheur à l’université Mohammed V`), or an indefinite member's noun does (`un
   * député Renaissance`): the run is that body's name, not a person's.
   */
  afterBodyNoun: boolean;
  /**
   * The run is a street's or a district's name, no one's: a lower-case noun for a place that cannot
   * speak stands just before it (`la avenida Sánchez Carrión`, `del barrio San Cayetano`, see
   * placeNouns), or opens it capitalised (`Rue des Fontinettes, Sylvie Delattre vide son salon`).
   */
  namesPlace: boolean;
  /**
   * The run fills a pair of quotation marks quote judgement found no quote in (`her new book, “Thin
   * Ice,” argues`), or stands among a title's words in them (`„Journal of Geophysical Research“`): a
   * title, a nickname or a paper's name; reporters do not set a person's name in marks.
   */
  fillsMarks: boolean;
  /**
   * The run qualifies the name written just before it: in brackets opened right after it (`Coun. Brad
   * Hollis (Ward 16, Don Valley East)`, `Sen. Ana Ruiz (D-Calif.)`), or a party's initial joined to a
   * town between commas (`Sen. Dan Hoeger, R-Spencer,`): the ward, party or riding the person is written
   * with.
   */
  qualifiesName: boolean;
  /**
   * An event's noun ends the run or a storm's opens it (`National Senior Championships`, `Cyclone
   * Debbie`, see eventNouns): an event's or a storm's name, which no one speaks under.
   */
  namesEvent: boolean;
}

/**
 * A run that names a person where it stands: not a place after a preposition or a place's noun, a body
 * (after a determiner or a body's noun), a modifier or a title in marks.
 */
export const isPersonRun = (r: NameRun) => !r.afterPreposition && namesPersonBarPreposition(r);

/**
 * The run `r` ending at `end`, a modifier or not: a copy in splitTitle's shape, which a spread copy lacks
 * (one shape for every run its readers meet).
 */
export function runWith(r: NameRun, end: number, modifier: boolean): NameRun {
  const { start, titleStart, title, gender, afterPreposition, afterDeterminer, afterOffice } = r;
  const { afterBodyNoun, namesPlace, fillsMarks, qualifiesName, namesEvent } = r;
  return {
    start,
    end,
    titleStart,
    title,
    gender,
    afterPreposition,
    afterDeterminer,
    modifier,
    afterOffice,
    afterBodyNoun,
    namesPlace,
    fillsMarks,
    qualifiesName,
    namesEvent,
  };
}

/** A run that would name a person (isPersonRun) but for a preposition before it. */
export const namesPersonBarPreposition = (r: NameRun) =>
  !r.afterDeterminer &&
  !r.afterBodyNoun &&
  !r.namesPlace &&
  !r.modifier &&
  !r.fillsMarks &&
  !r.qualifiesName &&
  !r.namesEvent;

const LONE_INITIAL = /^\p{Lu}\.?$/u;
/** A number written in digits, as a unit of a body is numbered: `241`. */
const NUMBER = /^\p{N}+$/u;
/** The number sign written with an ordinal indicator or degree sign: `N.º`, `Nº`, `N°`. */
const NUMBER_SIGN = /^N\.?[º°]$/iu;
/**
 * A web address, the site a speaker spoke to or wrote on (`sagte Adler Golem.de`, `told Vox.com`): it
 * never carries on a person's name.
 */
const WEB_ADDRESS = /^\p{L}[\p{L}\p{N}-]*\.\p{Ll}{2,4}\.?$/u;
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?$/u;
// Every lexicon's name suffixes ("Jr.", "III"): a name keeps its suffix in any language's text.
const SUFFIXES = new Set(supportedLanguages.flatMap((code) => [...rulesFor(code).nameSuffixes]));
const LONGEST_SUFFIX = Math.max(0, ...[...SUFFIXES].map((suffix) => suffix.length));
const isSuffix = (word: string) => word.length <= LONGEST_SUFFIX && SUFFIXES.has(word.toLowerCase());
// Every lexicon's name particles ("da", "de", "von"): names are compared across languages.
const PARTICLES = new Set(supportedLanguages.flatMap((code) => [...rulesFor(code).nameParticles]));
// Every lexicon's prepositions inside a body's name ("of", "para"): a body keeps the name it has in its
// own language in another's copy (`el sindicato United Teachers of Dade`), where the copy's own words
// would never put that preposition between two capitalised words. Only in a name the copy introduces
// by a body's noun in lower case (`el sindicato`, `l’ONG`): a foreign title is no body (`un House of
// Cards`, `The Death and Life of Marsha P. Johnson`).
const BODY_NAME_PREPOSITIONS = new Set(
  supportedLanguages.flatMap((code) => [...rulesFor(code).bodyNamePrepositions]),
);
function foreignBodyPreposition(tokens: readonly Token[], start: number, k: number, rules: LanguageRules) {
  return (
    BODY_NAME_PREPOSITIONS.has(tokens[k]!.lower) &&
    !rules.prepositions.has(tokens[k]!.lower) &&
    namedAfterItsKind(tokens, start, rules)
  );
}

/**
 * `Bachar al-Assad`, `l’association Beit el-Fenn`: a particle written onto the capitalised word after
 * it by a hyphen, in lower case, goes on the name it follows as the particle and word apart would
 * ("Charles de Gaulle"); it opens none, as a particle alone opens no name. Any lexicon's particle
 * (PARTICLES): a name keeps the particle of its own language in another's text (`sagte Karim
 * el-Masri`), and one written onto a capitalised word is no word of the text's language.
 */
export function particleOntoName(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  const hyphen = t.text.indexOf("-");
  return hyphen > 0 && PARTICLES.has(t.text.slice(0, hyphen)) && /^\p{Lu}/u.test(t.text.slice(hyphen + 1));
}

function isNameToken(t: Token | undefined, rules: LanguageRules): boolean {
  if (t?.kind !== "word") return false;
  if (!isCapitalised(t)) return false;
  let answers = nameWordAnswers.get(rules);
  if (answers === undefined || answers.size >= ANSWERS_KEPT)
    nameWordAnswers.set(rules, (answers = new Map()));
  const known = answers.get(t.text);
  // An elision's head keeps its apostrophe in its text but not in its lower case (`L’` is `l`): the
  // answer is kept for the text read with the same lower case only.
  if (known !== undefined && known.lower === t.lower) return known.isName;
  const isName = capitalisedNameWord(t, rules);
  if (known === undefined) answers.set(t.text, { lower: t.lower, isName });
  return isName;
}

// A capitalised word is asked whether it may be a name word again and again (each stretch of a
// sentence read, each rule looking ahead), and the answer goes through several patterns and a dozen
// word lists; it depends only on the word and the language, so each language keeps its words'
// answers, as keptAnswers keeps a lexicon's (a token's answer needs its text and its lower case both).
const nameWordAnswers = new WeakMap<LanguageRules, Map<string, { lower: string; isName: boolean }>>();

/** isNameToken for a capitalised word. */
function capitalisedNameWord(t: Token, rules: LanguageRules): boolean {
  // Capitals throughout are acronyms (organisations) or datelines ("KABUL —"), never a person's name.
  if (ALL_CAPITALS.test(t.text)) return false;
  // A single capital before a hyphen makes a common noun: "T-shirt", "X-ray", "U-turn".
  if (/^\p{Lu}-\p{Ll}/u.test(t.text)) return false;
  // Where nouns are capitalised, a compound's first part left hanging for the next (`Gesundheits- und
  // Sozialdepartement`, `Bau-, Verkehrs- und Umweltdepartement`) is a noun's, no name's.
  if (rules.capitalisesNouns && t.text.endsWith("-")) return false;
  // "Kumasi-based Nkabom Cocoa Processing Ltd": an adjective describing the name after it.
  if (rules.hyphenedNameAdjective.test(t.text)) return false;
  // The number sign before a numbered unit is no one's name: `la UFI N.º 3`, `Juzgado Nº 5`.
  if (NUMBER_SIGN.test(t.text)) return false;
  // Weekdays and function words open sentences ("Lundi 6 mai, …", "In an interview…") but are never anyone's
  // name.
  const lower = t.lower;
  if (
    rules.capitalisesNouns &&
    !rules.honorifics.has(lower) &&
    (rules.titles.has(lower) ||
      rules.personNouns.has(lower) ||
      // A specialist by their science (`Ozeanografin`) is a person's noun too; a follower's ending
      // (`-ist`) is not read here, as surnames share it (`Lindqvist`).
      rules.specialistNoun.test(lower) ||
      rules.organisationNouns.has(lower) ||
      rules.commonNoun.test(lower))
  )
    return false;
  return (
    !rules.adverbs.has(lower) &&
    !rules.determiners.has(lower) &&
    !rules.pronouns.has(lower) &&
    !rules.prepositions.has(lower) &&
    !rules.clauseJoins.has(lower) &&
    !rules.phraseStops.has(lower) &&
    !rules.relativePronouns.has(lower) &&
    // `Dessen Obmann Reinhard Stelzer`: a relative possessive opening the sentence owns the office.
    !rules.relativePossessives.has(lower) &&
    !rules.auxiliaries.has(lower) &&
    !rules.viewpointPrepositions.has(lower)
  );
}

/**
 * `Lea Hartung`, `Tom Wiesung`: after a name word, a capitalised word with a common noun's ending
 * (`commonNoun`) that the dictionary does not hold as a noun is a surname. It never opens a name.
 */
function surnameWithNounEnding(t: Token | undefined, rules: LanguageRules): boolean {
  if (!isWord(t) || !rules.capitalisesNouns || !isCapitalised(t) || ALL_CAPITALS.test(t.text)) return false;
  const lower = t.lower;
  return (
    rules.commonNoun.test(lower) &&
    !rules.titles.has(lower) &&
    !rules.personNouns.has(lower) &&
    !rules.organisationNouns.has(lower) &&
    !dictionary.isCommonWord(rules.code, t.text)
  );
}

/**
 * `Josef Kurz`, `Sebastian Kurz`: where nouns are capitalised, a word the lexicon lists as an adverb,
 * written with a capital right after a lone given name, is a surname, unless the dictionary holds it as
 * a noun (`Montag`, `Abend`: a time).
 */
function adverbSurnameAfterGivenName(
  tokens: readonly Token[],
  k: number,
  runStart: number,
  rules: LanguageRules,
): boolean {
  const t = tokens[k];
  return (
    rules.capitalisesNouns &&
    k === runStart + 1 &&
    isWord(t) &&
    isCapitalised(t) &&
    rules.adverbs.has(t.lower) &&
    isGivenName(tokens[runStart]!.text) &&
    !dictionary.isCommonWord(rules.code, t.text)
  );
}

/**
 * A capitalised word that the language's dictionary has as a common word and not as a name: where
 * nouns are capitalised, a noun ("Videokameras", "Polizeisprecher"), which starts no name; elsewhere
 * an everyday word capitalised in a title or an opener ("in haar boek Eerlijk gezegd"). Surnames
 * that are also words ("Weber", "Fischer") are listed as names, and stay names.
 */
export function isDictionaryWord(t: Token, rules: LanguageRules): boolean {
  return (
    !rules.honorifics.has(t.lower) &&
    !rules.titles.has(t.lower) &&
    dictionary.isCommonWord(rules.code, t.text) &&
    !dictionary.isKnownName(rules.code, t.text)
  );
}

/** A word the language's dictionaries hold neither as a common word nor as a name (`Meinrad`). */
const unknownWord = (t: Token, rules: LanguageRules): boolean =>
  !dictionary.isCommonWord(rules.code, t.text) && !dictionary.isKnownName(rules.code, t.text);

/** `SVP-Kantonsrat`, `ÖVP-Mandatar`: a party's or a body's acronym compounded with a noun. */
const ACRONYM_COMPOUND = /^\p{Lu}{2,}-\p{Lu}\p{Ll}+$/u;

/**
 * `Agrarmeteorologe Florian Stegmann`, `Lawinenwarner Reto Caflisch`: a compound the dictionary lacks
 * but whose parts make it a noun (`isCompoundNoun`), before at least two more words of the run (a full
 * name), is the person's office, not the first word of the name; so is a doer's noun made from a verb
 * (`Rapper Yannick Thill`: `isDoerNoun`), unless it is a given name (`Walter`, of `walten`), and, where
 * compounds are written as one word, a noun compounded onto an acronym (`SVP-Kantonsrat Peter Imfeld`:
 * the party's member), as no surname opens on one.
 */
export const officeBeforeFullName = (tokens: readonly Token[], k: number, to: number, rules: LanguageRules) =>
  to - k >= 3 &&
  (dictionary.isCompoundNoun(rules.code, tokens[k]!.text) ||
    (dictionary.isDoerNoun(rules.code, tokens[k]!.text) && !isGivenName(tokens[k]!.text)) ||
    (rules.capitalisesNouns && ACRONYM_COMPOUND.test(tokens[k]!.text)));

/**
 * `Der Vorsitzende Richter Martin Eberle`: right after an office, a noun the dictionary holds, though
 * also a surname (`Richter`, `Bauer`), before a first name and a surname, is more of the office.
 */
const surnameNounAfterOffice = (tokens: readonly Token[], k: number, to: number, rules: LanguageRules) =>
  to - k >= 3 &&
  isWord(tokens[k - 1]) &&
  isOffice(tokens[k - 1]!.lower, rules) &&
  dictionary.isCommonWord(rules.code, tokens[k]!.text);

/**
 * The first token of [from, to) after its leading dictionary words and the particles that join
 * them to the rest ("Texte von Claas Relotius" → "Claas"), or `to`.
 */
function afterDictionaryWords(
  tokens: readonly Token[],
  from: number,
  to: number,
  rules: LanguageRules,
): number {
  let k = from;
  while (
    k < to &&
    (isDictionaryWord(tokens[k]!, rules) ||
      officeBeforeFullName(tokens, k, to, rules) ||
      (k === from && surnameNounAfterOffice(tokens, k, to, rules)) ||
      (k > from && !isCapitalised(tokens[k])))
  )
    k++;
  return k;
}

/**
 * `sagte deren Direktor Romain Kieffer`, `sagt Romain Thill`: two words ending on one no dictionary
 * holds are the person's first name and surname, though the first looks like a noun to the dictionary
 * ("Romain" as Roma + -in), when an office stands before them or the first is a listed given name: a
 * first name from another language.
 */
function firstNameBeforeSurname(
  tokens: readonly Token[],
  i: number,
  end: number,
  rules: LanguageRules,
): boolean {
  const office = tokens[i - 1];
  return (
    end - i === 2 &&
    ((isWord(office) && isCapitalised(office) && rules.titles.has(office.lower)) ||
      isGivenName(tokens[i]!.text)) &&
    !isDictionaryWord(tokens[end - 1]!, rules)
  );
}

/**
 * `hat Bundestrainer Jens Albers Fehler eingeräumt`: where nouns are capitalised, a subject after an
 * auxiliary (and its office) is followed by the object before the participle, so a dictionary noun
 * closing a name of three words or more is that object, not part of the name.
 */
function objectAfterSubject(tokens: readonly Token[], i: number, end: number, rules: LanguageRules): boolean {
  if (end - i < 3 || !isDictionaryWord(tokens[end - 1]!, rules)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === "word" && isOffice(tokens[k]!.lower, rules)) k--;
  return k >= 0 && tokens[k]!.kind === "word" && rules.auxiliaries.has(tokens[k]!.lower);
}

/**
 * `Wärmeres Wasser kann …`, `die Arbeitsgruppe Galaktische Archäologie`: where nouns are capitalised, a
 * word with an adjective's ending (`adjectiveEndings`: `galaktisch-e`, `wärm-eres`), no given name, before
 * nouns the dictionary holds qualifies them: the words are a thing's, not a person's name, which ends on
 * a surname. A body's noun closing them keeps them a body's name (`Europäische Kommission`). Right after
 * an office the words are its holder's name, whatever their endings (`Der Klimatologe Rüdiger Hahnemann`).
 */
function adjectiveBeforeNouns(
  tokens: readonly Token[],
  i: number,
  end: number,
  rules: LanguageRules,
): boolean {
  const first = tokens[i]!;
  return (
    end - i >= 2 &&
    isAdjective(first.lower, rules) &&
    !(isWord(tokens[i - 1]) && isOffice(tokens[i - 1]!.lower, rules)) &&
    !isGivenName(first.text) &&
    !dictionary.isKnownName(rules.code, first.text) &&
    afterDictionaryWords(tokens, i + 1, end, rules) === end &&
    !rules.organisationNouns.has(tokens[end - 1]!.lower)
  );
}

/**
 * `ruft Jonas Feldmann von Fridays for Future`: an affiliation particle after a first name and a
 * surname introduces the person's body, not the rest of the name; a noble particle follows the first
 * name alone (`Ursula von der Leyen`).
 */
function affiliationAfterFullName(
  tokens: readonly Token[],
  start: number,
  end: number,
  rules: LanguageRules,
): boolean {
  const particle = tokens[end];
  if (!isWord(particle) || !rules.affiliationParticles.has(particle.lower)) return false;
  return end - afterDictionaryWords(tokens, start, end, rules) >= 2;
}

/**
 * A lone capitalised word that opens a sentence is a name only if the article also capitalises
 * it elsewhere ("Ellison said" yes, "Children growing up" no), it is a title ("Mr"), or an age or
 * an office follows it in apposition ("Pasiphae, 24 ans, étudiante"; "Céline, infirmière à
 * l’hôpital, a choisi…").
 */
function mayBeName(s: Sentence, start: number, end: number): boolean {
  const t = s.tokens[start]!;
  return (
    end - start > 1 ||
    !opensSentence(s.tokens, start) ||
    s.capitalisedWords.has(t.lower) ||
    s.rules.honorifics.has(t.lower) ||
    s.rules.titles.has(t.lower) ||
    agedAfter(s, start + 1) ||
    (officeAfter(s, start + 1) && !isFunctionWord(t.lower, s.rules)) ||
    subjectOfSpeech(s, start) ||
    (relativeAfter(s, start + 1) && mayBeLoneName(s, t.lower))
  );
}

/**
 * "Anne-Sophie, qui y travaille depuis quinze ans, a appris…", "Sarah, who runs the shelter, …": a
 * comma at `end`, then a relative pronoun: the words before are someone the clause describes. A
 * bracketed aside may come between ("Karim (prénom d’emprunt), qui habite…", "Sarah (not her real
 * name), who…"): the reporter says what the name is before describing its bearer.
 */
export function relativeAfter(s: Sentence, end: number): boolean {
  const limit = Math.min(s.tokens.length, end + MAX_APPOSITION_WORDS + 1);
  const close = s.tokens[end]?.text === "(" ? pairedBracket(s, end, limit) : null;
  const comma = close === null ? end : close + 1;
  return s.tokens[comma]?.text === "," && s.rules.relativePronouns.has(s.tokens[comma + 1]?.lower ?? "");
}

/**
 * A lone word opening the sentence may be a name when the article never writes it in lower case and
 * the lexicon knows it as no office, body or function word ("Testigos dijeron", "Demain, qui sait ?").
 */
function mayBeLoneName(s: Sentence, word: string): boolean {
  const { rules } = s;
  return (
    !s.lowercaseWords.has(word) &&
    !isOffice(word, rules) &&
    !rules.organisationNouns.has(word) &&
    !isFunctionWord(word, rules)
  );
}

/**
 * "Céline, infirmière à l’hôpital, …": a comma at `end`, then an office in lower case whose words run
 * to another comma: the words before are the name of the person the office describes. A list runs on
 * past a conjunction instead ("Comunicadores, analistas y escritores").
 */
export function officeAfter(s: Sentence, end: number): boolean {
  const { tokens, rules } = s;
  const office = tokens[end + 1];
  if (tokens[end]?.text !== "," || !isWord(office) || isCapitalised(office) || !isOffice(office.lower, rules))
    return false;
  let k = end + 2;
  while (k - end <= MAX_APPOSITION_WORDS && isWord(tokens[k]) && !rules.clauseJoins.has(tokens[k]!.lower))
    k++;
  return tokens[k]?.text === ",";
}

/**
 * "Lula disse que…", "Sánchez ha asegurado…": a lone word opening the sentence right before a
 * speech verb (past an auxiliary) is its subject, a name unless the article writes the word in
 * lower case or the lexicon knows it as a noun or a function word ("Testigos dijeron", "Officials
 * said", "Assim afirmou"). A prepositional phrase set off by commas may stand between them, saying
 * where or how the words were given (`Sedapal, en un comunicado, informó`, `Exxon, in a statement,
 * said`).
 */
function subjectOfSpeech(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const word = tokens[i]!.lower;
  let verb = afterCircumstance(s, i + 1);
  if (rules.auxiliaries.has(tokens[verb]?.lower ?? "")) verb++;
  const next = tokens[verb];
  return isWord(next) && !isCapitalised(next) && rules.speechVerbs.has(next.lower) && mayBeLoneName(s, word);
}

/**
 * Past a prepositional phrase between commas opening at `comma` (`, en un comunicado,`, `, in a
 * statement,`): the index after its closing comma, else `comma` itself. A preposition that completes
 * a noun (`de`, `of`) opens no such phrase.
 */
function afterCircumstance(s: Sentence, comma: number): number {
  const { tokens, rules } = s;
  const opener = tokens[comma + 1];
  if (
    tokens[comma]?.text !== "," ||
    !isWord(opener) ||
    !rules.prepositions.has(opener.lower) ||
    rules.complementOf.has(opener.lower)
  )
    return comma;
  for (let k = comma + 2; k < tokens.length && k - comma <= MAX_APPOSITION_WORDS; k++) {
    if (tokens[k]!.text === ",") return k + 1;
    if (!isWord(tokens[k])) return comma;
  }
  return comma;
}

/**
 * A capitalised auxiliary inside a sentence, before a name word, opens the name: `São Paulo` ("são",
 * are), `Will Smith`. So does a capitalised preposition, which mid-sentence only a name writes so
 * (`Under Armour`, `In Touch Ministries`, `Off Broadway Records`), and a time word where the language
 * writes its months and weekdays in lower case: it is a first name (`el viceministro Julio Ochoa`).
 */
export function functionWordOpensName(
  tokens: readonly Token[],
  i: number,
  to: number,
  rules: LanguageRules,
): boolean {
  const t = tokens[i];
  return (
    isWord(t) &&
    isCapitalised(t) &&
    (rules.auxiliaries.has(t.lower) ||
      rules.prepositions.has(t.lower) ||
      (!rules.capitalisesTimeWords && rules.adverbs.has(t.lower))) &&
    !opensSentence(tokens, i) &&
    i + 1 < to &&
    isNameToken(tokens[i + 1], rules)
  );
}

/** Dutch capitalises a surname's particle when no first name precedes it: "De Vries", "Van der Berg". */
function opensSurname(tokens: readonly Token[], i: number, to: number, rules: LanguageRules): boolean {
  if (!rules.capitalisedParticles || !isCapitalised(tokens[i]) || !rules.nameParticles.has(tokens[i]!.lower))
    return false;
  let k = i + 1;
  while (
    k < to &&
    tokens[k]!.kind === "word" &&
    rules.nameParticles.has(tokens[k]!.lower) &&
    !isCapitalised(tokens[k])
  )
    k++;
  return k < to && isNameToken(tokens[k], rules);
}

function surnameParticleBefore(
  tokens: readonly Token[],
  i: number,
  from: number,
  rules: LanguageRules,
): boolean {
  const particle = tokens[i - 1];
  return (
    i - 1 >= from &&
    particle?.kind === "word" &&
    !isCapitalised(particle) &&
    rules.nameParticles.has(particle.lower) &&
    !rules.prepositions.has(particle.lower) &&
    !rules.determiners.has(particle.lower) &&
    (i - 2 < from || tokens[i - 2]!.kind !== "word")
  );
}

/** A capitalised particle and the capitalised surname it opens, inside a run. */
function capitalisedParticleAt(
  tokens: readonly Token[],
  k: number,
  to: number,
  rules: LanguageRules,
): boolean {
  const particle = tokens[k];
  return (
    k + 1 < to &&
    particle?.kind === "word" &&
    isCapitalised(particle) &&
    rules.nameParticles.has(particle.lower) &&
    isNameToken(tokens[k + 1], rules) &&
    !rules.nameParticles.has(tokens[k + 1]!.lower)
  );
}

function isCommonWord(s: Sentence, t: Token): boolean {
  return (
    s.lowercaseWords.has(t.lower) &&
    !s.capitalisedWords.has(t.lower) &&
    !s.rules.honorifics.has(t.lower) &&
    !s.rules.titles.has(t.lower)
  );
}

/** A capitalised person noun opening the sentence, then a particle in lower case, inside a run. */
function nounBeforeParticle(tokens: readonly Token[], i: number, end: number, rules: LanguageRules): boolean {
  const particle = tokens[i + 1];
  return (
    end - i > 2 &&
    opensSentence(tokens, i) &&
    rules.personNouns.has(tokens[i]!.lower) &&
    isWord(particle) &&
    !isCapitalised(particle) &&
    rules.nameParticles.has(particle.lower)
  );
}

const isOffice = (lower: string, rules: LanguageRules) =>
  rules.titles.has(lower) || rules.personNouns.has(lower) || rules.specialistNoun.test(lower);

/** "Lt", "Lt." and "lt." are one title. */
const isTitle = (lower: string, rules: LanguageRules) =>
  rules.titles.has(lower) || rules.titles.has(lower.replace(/\.$/u, "")) || rules.titles.has(`${lower}.`);

/**
 * `the Harris County District Attorney's Office`, `the Sheriff's Office`, `the Governor's Office`: a
 * possessive at `at` between a capitalised office (a title or a person's noun) and a capitalised body's
 * noun names a body after the office that heads it, one name, not the office's holder owning a body (a
 * place's possessive, `Aravia's Ministry of Defence`, still only says whose).
 */
export function officePossessiveInName(tokens: readonly Token[], at: number, rules: LanguageRules): boolean {
  const office = tokens[at - 1];
  const body = tokens[at + 1];
  if (
    rules.possessiveSuffix === "" ||
    tokens[at]?.lower !== rules.possessiveSuffix ||
    !isWord(office) ||
    !isCapitalised(office) ||
    !isWord(body) ||
    !isCapitalised(body)
  )
    return false;
  // `the State's Attorney's Office`, `the Children's Commissioner's Office`: an office whose own name
  // holds a possessive; the first possessive is inside the office's name when the office's possessive
  // before a body's noun follows it.
  if (officePossessiveInName(tokens, at + 2, rules)) return true;
  return isOffice(office.lower, rules) && rules.organisationNouns.has(body.lower);
}

/**
 * A company's legal form at `k` (`GmbH`, `AG`, `S.A.`; see companyForms) right after a name word,
 * capitalised and not opening a sentence, where a possessive (French `Sa`) could stand.
 */
export function companyFormAt(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  const t = tokens[k];
  return (
    isWord(t) &&
    isCapitalised(t) &&
    !opensSentence(tokens, k) &&
    isWord(tokens[k - 1]) &&
    isCapitalised(tokens[k - 1]) &&
    rules.companyForms.has(t.lower.replace(/\.$/u, ""))
  );
}

/**
 * `UNSA Douanes`, `CGT Cheminots`, `SNCF Réseau`: a body's name may open on an acronym, which the
 * run at `i` leaves out (capitals throughout are no name word). An acronym opening the sentence just
 * before it opens that name; so does one before a single word (a place, a branch: `lobt IDM Südtirol
 * das Projekt`, `le SPW Intérieur rappelait`, `de la DOP Cabrales`) where no preposition stands right
 * before it, which would govern the word alone (`les élus du PS Liège`). Not before a given name (`AFP
 * Jean Roy`: an outlet, then its reporter). An office written in capitals (`CEO Reto Frommelt`) is the
 * title of the person named after it, and a kind of body written in capitals (`l’ONG Médecins sans
 * frontières`) is the noun the name follows, not part of it. After a determiner, an acronym before a
 * body's noun says whose body it is, and is part of its name (`the S.C. Office of Resilience`, `the US
 * Department of Labor`): the determiner is the name's.
 */
function acronymOpensName(
  tokens: readonly Token[],
  i: number,
  end: number,
  from: number,
  rules: LanguageRules,
): boolean {
  const acronym = tokens[i - 1];
  const before = tokens[i - 2]?.lower ?? "";
  const governed = rules.prepositions.has(before);
  return (
    i - 1 >= from &&
    isWord(acronym) &&
    ALL_CAPITALS.test(acronym.text) &&
    (opensSentence(tokens, i - 1) ||
      (end - i === 1 && !governed) ||
      (rules.determiners.has(before) && opensBodyName(tokens, i, rules))) &&
    !isTitle(acronym.lower, rules) &&
    !rules.organisationNouns.has(acronym.lower) &&
    !isGivenName(tokens[i]!.text)
  );
}

/** How many capitals an acronym closing a body's name may hold (`GDL`, `CDMX`). */
const CLOSING_ACRONYM_LETTERS = 5;

/**
 * `el colectivo Repartidores Unidos GDL`, `el frente Defensa del Agua MTY`: an acronym right after a
 * body's name of two words or more (one opening on a body's noun or written after its kind; not a
 * person's: `Lwazi Dube SC` is an advocate and his rank) closes it. Not before another name word (`…
 * AFP Jean Roy`: an outlet, then its reporter), nor an office or a kind of body in capitals (`CEO`,
 * `ONG`), which opens what follows.
 */
function acronymClosesName(
  tokens: readonly Token[],
  i: number,
  end: number,
  body: boolean,
  rules: LanguageRules,
): boolean {
  const acronym = tokens[end];
  return (
    body &&
    end - i >= 2 &&
    isBodyAcronym(acronym, rules) &&
    acronym.text.length <= CLOSING_ACRONYM_LETTERS &&
    !isGivenName(tokens[i]!.text) &&
    !(isWord(tokens[end + 1]) && isCapitalised(tokens[end + 1]))
  );
}

/** The dashes that set a body's second name after its first, spaced on both sides. */
const NAME_DASHES = new Set(["–", "—"]);

/**
 * `Health New Zealand – Te Whatu Ora`, `Fire and Emergency – Whakaratonga Iwi`: a body known by two
 * names (in two languages, or an old and a new one) writes both with a spaced dash between. The run
 * [start, dash) and the words after the dash are one name when each side holds two name words at least
 * and neither opens on a given name: a person's name in such a place is a second subject or an aside.
 * A dash joined to a word (`—dijo Juan—`) sets off speech or an incise, never a second name.
 */
function secondNameAfterDash(tokens: readonly Token[], start: number, dash: number, rules: LanguageRules) {
  const mark = tokens[dash];
  const spaced = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && a.end < b.start;
  const person = (k: number) => isGivenName(tokens[k]!.text);
  return (
    mark?.kind === "punct" &&
    NAME_DASHES.has(mark.text) &&
    spaced(tokens[dash - 1], mark) &&
    spaced(mark, tokens[dash + 1]) &&
    dash - start >= 2 &&
    isNameToken(tokens[dash + 1], rules) &&
    isNameToken(tokens[dash + 2], rules) &&
    !person(start) &&
    !person(dash + 1)
  );
}

/**
 * Whether the dash at `dash` joins a body's two names inside a name run of [from, to) (see
 * secondNameAfterDash): `The Department of Culture and Tourism – Abu Dhabi said` is one body.
 */
export function dashInBodyName(s: Sentence, dash: number, from: number, to: number): boolean {
  if (!NAME_DASHES.has(s.tokens[dash]!.text)) return false;
  return nameRuns(s, from, to).some((r) => r.titleStart < dash && dash < r.end);
}

// The lexicon's list conjunctions, which the stages reading names ask for beside them.
export { listConjunctions };

/**
 * `la Cámara de Comercio, Industrias y Agricultura de Panamá`: a comma at `at` lists the nouns of one
 * complement of a body's name when the item after it (listedFieldEnd: `la Cámara de Comercio, Ana Ruiz
 * y …` lists subjects), through any more commas, reaches the list's conjunction, which joins the body's
 * name (conjunctionInBodyName); where nouns are capitalised, the nouns of its field (bodyFieldAround).
 */
export function commaInBodyName(s: Sentence, at: number): boolean {
  const { tokens, rules } = s;
  if (commaInPortfolio(s, at) || bodyFieldAround(s, at) > at + 1) return true;
  if (!listComma(tokens, at) || !isNameToken(tokens[at - 1], rules)) return false;
  const end = listedFieldEnd(tokens, at, rules);
  if (end < 0) return false;
  return listComma(tokens, end) ? commaInBodyName(s, end) : conjunctionInBodyName(s, end);
}

/**
 * Where the field a body's name lists after the comma at `at` ends, or -1: one name word, or two whose
 * first is no given name (`de Educación, Formación Profesional y Deportes`); a given name opens a
 * person's (`de Sanidad, Ana Ruiz y …`), and three words are no field.
 */
function listedFieldEnd(tokens: readonly Token[], at: number, rules: LanguageRules): number {
  if (!isNameToken(tokens[at + 1], rules)) return -1;
  if (!isNameToken(tokens[at + 2], rules)) return at + 2;
  return isGivenName(tokens[at + 1]!.text) || isNameToken(tokens[at + 3], rules) ? -1 : at + 3;
}

/**
 * `Police in Kaleen, Giralang and Belconnen said`: a comma at `at` between the names of a list a
 * preposition governs (its first item right after it), which a list conjunction and a last name close,
 * or that conjunction, lists places where the subject works or lives; it ends no phrase. A place of the
 * list is one word: two or more make a person's name as likely (`The Department of Energy, Tom Reilly
 * and Ann Price said`), and so does a given name (listComma).
 */
export function joinsPlaceList(s: Sentence, at: number): boolean {
  return placeListJoint(s.tokens, at, s.rules);
}

function placeListJoint(tokens: readonly Token[], at: number, rules: LanguageRules): boolean {
  // The conjunction alone may join clauses (`Lanús ganó el clásico del Sur y Ferreyra avisó`): it
  // closes a list only after the list's comma.
  if (listConjunctionBeforeName(tokens, at, rules))
    return listComma(tokens, at - 2) && placeListGoverned(tokens, at, rules);
  if (!listComma(tokens, at) || !placeListGoverned(tokens, at, rules)) return false;
  let j = at + 2;
  while (isNameToken(tokens[j - 1], rules) && listComma(tokens, j)) j += 2;
  return isNameToken(tokens[j - 1], rules) && listConjunctionBeforeName(tokens, j, rules);
}

/**
 * Whether the comma or conjunction at `at` goes on with a list whose first item a preposition governs:
 * one name word to an item, with list commas between, back to the preposition, no given name first.
 */
function placeListGoverned(tokens: readonly Token[], at: number, rules: LanguageRules): boolean {
  let k = at - 1;
  while (isNameToken(tokens[k], rules) && listComma(tokens, k - 1)) k -= 2;
  const preposition = tokens[k - 1];
  return (
    isNameToken(tokens[k], rules) &&
    isWord(preposition) &&
    rules.prepositions.has(preposition.lower) &&
    !rules.determiners.has(preposition.lower) &&
    !isGivenName(tokens[k]!.text)
  );
}

/** A list conjunction at `k` before one name word that no given name is, the list's last. */
function listConjunctionBeforeName(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  return (
    isWord(tokens[k]) &&
    listConjunctions(rules).has(tokens[k]!.lower) &&
    isNameToken(tokens[k + 1], rules) &&
    !isNameToken(tokens[k + 2], rules) &&
    !isGivenName(tokens[k + 1]!.text)
  );
}

/**
 * A run at `start` after a list comma or conjunction that goes on with names a preposition governs
 * (`in Kaleen, Giralang and Belconnen`): governed by that preposition too, as its first item is.
 */
function inGovernedList(tokens: readonly Token[], start: number, rules: LanguageRules): boolean {
  return placeListJoint(tokens, start - 1, rules);
}

/** How many words may name the owner before a possessive: `for the Irish government’s`. */
const POSSESSIVE_OWNER_WORDS = 3;

/**
 * `A spokesperson for the UK’s Environment Agency`, `an official at China’s Ministry of Commerce`: a
 * body's name at `start` after the possessive of a name a preposition governs is in that preposition's
 * complement too, as the body alone would be (`a spokesperson for the Environment Agency`): whom the
 * office serves, not who speaks. Only a body's name (its noun opens or ends it): after a possessive a
 * person's name is the person (`said Labour’s Ann Cole`).
 */
function possessedBodyInComplement(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  rules: LanguageRules,
): boolean {
  if (rules.possessiveSuffix === "" || tokens[start - 1]?.lower !== rules.possessiveSuffix) return false;
  const bodyNoun = (t: Token) => rules.organisationNouns.has(t.lower);
  if (!bodyNoun(tokens[start]!) && !bodyNoun(tokens[end - 1]!)) return false;
  // The owner: a few words, a name or a noun (`for the county’s Health Department`).
  let k = start - 2;
  const ownerFrom = Math.max(from, start - 1 - POSSESSIVE_OWNER_WORDS);
  const inOwner = (t: Token | undefined) =>
    isWord(t) && !rules.prepositions.has(t.lower) && !rules.determiners.has(t.lower);
  while (k >= ownerFrom && inOwner(tokens[k])) k--;
  if (k === start - 2) return false;
  if (k >= from && rules.determiners.has(tokens[k]!.lower)) k--;
  return k >= from && rules.prepositions.has(tokens[k]!.lower);
}

/** A comma at `k` that may list name words: not before a given name, which opens a person's name. */
function listComma(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === "punct" && t.text === "," && !isGivenName(tokens[k + 1]?.text ?? "");
}

/**
 * Where the words after a conjunction at `at` in a body's name go on: past a preposition and its
 * article that repeat the first complement's (`de la Producción y del Comercio`), else right after it.
 */
export function complementAfterConjunction(
  tokens: readonly Token[],
  at: number,
  rules: LanguageRules,
): number {
  let k = at + 1;
  while (
    k < at + 3 &&
    isWord(tokens[k]) &&
    !isCapitalised(tokens[k]) &&
    rules.nameParticles.has(tokens[k]!.lower)
  )
    k++;
  return k;
}

/** How far back from a conjunction in a body's name its noun may stand: `Associação Portuguesa de
 * Medicina Geral e`. */
const CONJOINED_BODY_REACH = 6;

/**
 * `the Fish and Wildlife Service`, `the Department of Parks and Recreation`, `el Ministerio de Industria
 * y Turismo`, `a Associação de Medicina Geral e Familiar`: a list conjunction at `at`, between name
 * words, joins the parts of one body's name when the name words after it reach a capitalised body noun,
 * or when one name word after it ends the complement (after its preposition) of a capitalised body noun
 * a few words before. Two name words after a complement are more likely a person, a second subject
 * (`el Ministerio de Sanidad y Fernando Simón`, `Ann Roy and Tom Lee of the Union`), unless the body is
 * itself a complement (see bodyIsComplement); a conjunction
 * right after the body noun joins two bodies (`el Gobierno y Podemos`).
 */
/**
 * `Fuentes del Ministerio de Vivienda y Agenda Urbana`, `el portavoz del Ministerio de Transportes y
 * Movilidad Sostenible`: a body named as the complement of a noun before it (after `de`, not `según`)
 * is no subject a second one is joined to, so two name words after its conjunction end its name.
 */
function bodyIsComplement(s: Sentence, noun: number): boolean {
  const { tokens, rules } = s;
  const before = rules.determiners.has(tokens[noun - 1]?.lower ?? "") ? noun - 2 : noun - 1;
  const word = tokens[before];
  return isWord(word) && rules.affiliationPrepositions.has(word.lower);
}

export function conjunctionInBodyName(s: Sentence, at: number): boolean {
  const { tokens, rules } = s;
  if (rules.capitalisesNouns) return fieldJoinedInCapitalisedName(s, at);
  const first = complementAfterConjunction(tokens, at, rules);
  if (
    !isWord(tokens[at]) ||
    !listConjunctions(rules).has(tokens[at]!.lower) ||
    !isNameToken(tokens[at - 1], rules) ||
    !isNameToken(tokens[first], rules)
  )
    return false;
  // A body's noun may carry its region after a hyphen (`the Mines and Geosciences Bureau-Cordillera`).
  const bodyNoun = (w: Token) => isCapitalised(w) && rules.organisationNouns.has(w.lower.split("-", 1)[0]!);
  // `Tom Reyes and Bill Adams`, `Mayor Tom Reyes and Senator Bill Adams`, `and Police Scotland`: a
  // body's noun opening the words after the conjunction (past any title) with a name word after it
  // opens a second subject's name, a person's first name or a body's own, no noun closing the first's.
  const opensSecondName = (k: number) =>
    tokens.slice(first, k).every((t) => rules.titles.has(t.lower)) && isNameToken(tokens[k + 1], rules);
  const closesBody = (k: number) => bodyNoun(tokens[k]!) && !opensSecondName(k);
  let after = first;
  for (; isNameToken(tokens[after], rules); after++) if (closesBody(after)) return true;
  if (qualifiersJoined(tokens, at, first, rules) || nationalBodyOfFields(tokens, at, first, after, rules))
    return true;
  // `la Secretaría de Seguridad y Protección Ciudadana Municipal`: more name words, none a given name,
  // go on naming the body's field (see fieldWords below); a person joined to it opens on one.
  const givenNameAfter = tokens.slice(first, after).some((t) => isGivenName(t.text));
  if (after - first > 2 && givenNameAfter) return false;
  // `de la Producción y del Comercio`: a preposition repeated after the conjunction opens a second
  // complement of the same noun, never a second subject; so does the last of a list the body's name
  // runs with commas (`de Sanidad, Consumo y Bienestar Social`, see commaInBodyName).
  let parallel = first > at + 1;
  let preposition = false;
  // `la Secretaría de Hacienda y Crédito Público`: two name words not opening on a given name name the
  // body's field, not a person joined to it (`y Fernando Simón`), whom the press names in full.
  const fieldWords = !isGivenName(tokens[first]!.text);
  // The reach runs from the list's first comma: each listed item is one word, however many the list
  // holds (`of Environment, Tourism, Science and Innovation`).
  let item = at;
  for (let b = at - 1; b >= 0 && item - b <= CONJOINED_BODY_REACH; b--) {
    const w = tokens[b]!;
    if (listComma(tokens, b)) {
      // Each listed item is a field (listedFieldEnd), no person's name (`of Health, Tom Reilly and …`).
      if (listedFieldEnd(tokens, b, rules) !== item) return false;
      parallel = true;
      item = b;
      continue;
    }
    if (!isWord(w)) return false;
    if (bodyNoun(w))
      return preposition && (parallel || after - first === 1 || fieldWords || bodyIsComplement(s, b));
    if (rules.prepositions.has(w.lower) || rules.nameParticles.has(w.lower)) preposition = true;
    else if (!isCapitalised(w) && !rules.determiners.has(w.lower)) return false;
  }
  return false;
}

/**
 * `Die Gewerkschaft Erziehung und Wissenschaft warnte`, `das Bundesministerium für Bildung und Forschung`,
 * `das Institut für Gewässerökologie und Fischereiwirtschaft in Scharfling`, `eine Sprecherin des Bundesamts
 * für Migration und Flüchtlinge`: where every noun is capitalised, a list conjunction at `at` joins the last
 * two fields of one body's name when a capitalised body noun (or a compound ending in one:
 * `Leibniz-Institut`) stands a few words before it with its field between (no conjunction right after the
 * noun: `Die Feuerwehr und Anwohner`), and one noun the dictionary holds as a word, no body's, no name,
 * ends the name. A name after the conjunction (`und Huber`, `und Anna Roth`) or an office before one (`und
 * Bürgermeister Franz Keller`) is a second subject's. Unless a preposition opened the field, the field is
 * common nouns, no person's: after a name or before a person's noun the conjunction joins a second subject
 * (`Die Gewerkschaft Verdi und Arbeitgeber`, `Der Verband Bildung und Lehrer`).
 */
function fieldJoinedInCapitalisedName(s: Sentence, at: number): boolean {
  const { tokens, rules } = s;
  const [before, field, after] = [tokens[at - 1], tokens[at + 1], tokens[at + 2]];
  if (!isWord(tokens[at]) || !listConjunctions(rules).has(tokens[at]!.lower)) return false;
  const capitalised = (t: Token | undefined) => isWord(t) && isCapitalised(t);
  if (!capitalised(before) || !capitalised(field) || capitalised(after)) return false;
  if (rules.organisationNouns.has(field!.lower) || isGivenName(field!.text)) return false;
  if (!isDictionaryWord(field!, rules) && !dictionary.isCompoundNoun(rules.code, field!.text)) return false;
  let preposition = false;
  for (let b = at - 2; b >= 0 && at - b <= CONJOINED_BODY_REACH; b--) {
    const w = tokens[b]!;
    if (!isWord(w)) return false;
    if (isCapitalised(w) && endsOnBodyNoun(w, rules))
      return preposition || (!isNameToken(before, rules) && !rules.personNouns.has(field!.lower));
    if (rules.prepositions.has(w.lower)) preposition = true;
    else if (!isCapitalised(w)) return false;
  }
  return false;
}

/** How many words a body's field may run to (`für Wasserwirtschaft, Küsten- und Naturschutz`). */
const MAX_FIELD_WORDS = 8;

/**
 * `für Küstenschutz, Nationalpark und Meeresschutz`, `für Schnee- und Lawinenforschung SLF`, `für
 * Ozeanforschung Kiel`: where every noun is capitalised, the field a body's noun takes into its name by
 * one of `bodyFieldPrepositions` at `from`: common nouns, a comma or a conjunction between them (a comma
 * only where a conjunction closes the list: `für Strahlenschutz, eine Behörde` ends at the comma), the
 * first part of a suspended compound (`Schnee-`), then perhaps one capitalised word more that no
 * conjunction joins, the body's seat or its initials. Where the field ends, or `from` when none opens there.
 */
export function bodyFieldEnd(s: Sentence, from: number, end: number): number {
  const { tokens, rules } = s;
  if (!rules.capitalisesNouns || !rules.bodyFieldPrepositions.has(tokens[from]?.lower ?? "")) return from;
  const fieldNoun = (t: Token | undefined) =>
    isWord(t) &&
    isCapitalised(t) &&
    !isPersonNoun(t.lower, rules) &&
    (t.text.endsWith("-") || isDictionaryWord(t, rules) || dictionary.isCompoundNoun(rules.code, t.text));
  // `für den Bodensee`, `für die Region Hannover`: a field with its article is a place or thing named.
  const article = rules.obliqueArticles.has(tokens[from + 1]?.lower ?? "") ? from + 1 : from;
  const named = (t: Token | undefined) =>
    article > from && isWord(t) && isCapitalised(t) && !isPersonNoun(t.lower, rules) && !isGivenName(t.text);
  let fieldEnd = article;
  let listed = false;
  for (
    let k = article + 1;
    k < end &&
    k - from <= MAX_FIELD_WORDS &&
    (fieldNoun(tokens[k]) || (k === article + 1 && named(tokens[k])));
    k++
  ) {
    const next = tokens[k + 1];
    if (!listed) fieldEnd = k + 1;
    if (isWord(next) && listConjunctions(rules).has(next.lower)) {
      listed = false;
      k++;
    } else if (next?.text === ",") {
      listed = true;
      k++;
    } else break;
  }
  if (fieldEnd === article || tokens[fieldEnd - 1]!.text.endsWith("-")) return from;
  const seat = tokens[fieldEnd];
  const seated =
    fieldEnd < end &&
    isWord(seat) &&
    isCapitalised(seat) &&
    !isPersonNoun(seat.lower, rules) &&
    !isGivenName(seat.text) &&
    !isCapitalised(tokens[fieldEnd + 1]);
  return seated ? fieldEnd + 1 : fieldEnd;
}

/** A body's noun, or a compound ending on one (`Helmholtz-Zentrum`). */
export const endsOnBodyNoun = (t: Token, rules: LanguageRules) =>
  rules.organisationNouns.has(t.lower.split("-").at(-1)!);

/**
 * `das Leibniz-Institut für Ostseeforschung Warnemünde`, `der Landesbetrieb für Wasserwirtschaft, Küsten-
 * und Naturschutz`: where the field of a body named before `k` ends (bodyFieldEnd), when `k` stands
 * inside it, or -1. A name there, the seat or the initials closing the field among them, is part of the
 * body's name, no one person's; a comma there lists the field's nouns.
 */
export function bodyFieldAround(s: Sentence, k: number): number {
  const { tokens, rules } = s;
  if (!rules.capitalisesNouns) return -1;
  for (let p = k - 1; p > 0 && k - p <= MAX_FIELD_WORDS; p--) {
    if (!rules.bodyFieldPrepositions.has(tokens[p]!.lower)) continue;
    const body = tokens[p - 1]!;
    const bodyNamed = isCapitalised(body) && endsOnBodyNoun(body, rules);
    const end = bodyNamed ? bodyFieldEnd(s, p, tokens.length) : -1;
    return end > k ? end : -1;
  }
  return -1;
}

/** Whether the name `run` stands inside a body's field (bodyFieldAround). */
export const insideBodyField = (s: Sentence, run: NameRun): boolean =>
  bodyFieldAround(s, run.titleStart) >= run.end;

/**
 * `Industrie- und Handelskammer`: the capitalised first part of a compound at `k` (its hyphen kept, see
 * text/tokens.ts), a conjunction and the noun whose head both share: one noun, where nouns are capitalised.
 */
export function suspendedCompoundAt(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  const [part, conjunction, noun] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return (
    rules.capitalisesNouns &&
    isWord(part) &&
    part.text.endsWith("-") &&
    isWord(conjunction) &&
    listConjunctions(rules).has(conjunction.lower) &&
    isWord(noun) &&
    isCapitalised(noun)
  );
}

/**
 * `Environment and Climate Change Canada`, `Fisheries and Oceans Canada`, `Fire and Emergency NZ`: name
 * words after the conjunction at `at` (from `first` to `after`) that end on a country's name, or come
 * before its initials, after words none of which is a given name, name a country's body by its fields,
 * as a body noun would close them; the word before the conjunction is no country either (`Russia and
 * North Korea`: two states).
 */
function nationalBodyOfFields(
  tokens: readonly Token[],
  at: number,
  first: number,
  after: number,
  rules: LanguageRules,
): boolean {
  const countries = countryNames(rules.code);
  // Initials, which no name word is, may write the country right after them: `Fire and Emergency NZ`.
  const next = tokens[after];
  const initials = isWord(next) && ALL_CAPITALS.test(next.text) && countries.has(next.lower);
  return (
    ((after - first >= 2 && countries.has(tokens[after - 1]!.lower)) || (initials && after > first)) &&
    !countries.has(tokens[at - 1]!.lower) &&
    !tokens.slice(first, after - 1).some((t) => isGivenName(t.text))
  );
}

/**
 * `el Observatorio Vulcanológico y Sismológico de Costa Rica`, `el Instituto Meteorológico y Oceanográfico`:
 * capitalised adjectives alone between a capitalised body's noun and the conjunction at `at`, and one
 * right after it (at `first`), qualify that noun, joined as its complements are; a name after them
 * goes on with the body's.
 */
function qualifiersJoined(tokens: readonly Token[], at: number, first: number, rules: LanguageRules) {
  if (!isAdjective(tokens[first]!.lower, rules)) return false;
  let b = at - 1;
  while (
    b > 0 &&
    at - b < CONJOINED_BODY_REACH &&
    isCapitalised(tokens[b]) &&
    isAdjective(tokens[b]!.lower, rules)
  )
    b--;
  const noun = tokens[b];
  return b < at - 1 && isCapitalised(noun) && rules.organisationNouns.has(noun!.lower);
}

/**
 * How far back from a conjunction the office whose portfolios it joins may stand (`ministre de
 * l’Enseignement supérieur et`).
 */
const PORTFOLIO_REACH = 8;

/**
 * `le ministre de l’Équipement et de l’Eau, Nizar Baraka`, `la ministre de l’Enseignement supérieur et de
 * la Recherche`: a list conjunction at `at` between two complements of one office, each opening on a
 * preposition (and a determiner) before a capitalised word, joins the office's portfolios: the speaker
 * phrase goes on past it, to the name in apposition. So does one between two complements of a body's
 * noun in lower case, the ministry that holds the portfolios (`le ministère de l’Éducation et du
 * Développement de la petite enfance`): one name, not two subjects. Where nouns are capitalised every
 * complement looks so: left to body names there.
 */
export function conjunctionInPortfolio(s: Sentence, at: number): boolean {
  const { tokens, rules } = s;
  const conjunction = tokens[at];
  if (rules.capitalisesNouns || !isWord(conjunction) || !listConjunctions(rules).has(conjunction.lower))
    return false;
  if (!capitalisedComplement(s, at + 1)) return false;
  // Each complement the list's commas set apart is a portfolio too: the reach runs from the last one.
  let item = at;
  for (let b = at - 1; b > 0 && item - b <= PORTFOLIO_REACH; b--) {
    const w = tokens[b]!;
    if (listComma(tokens, b) && capitalisedComplement(s, b + 1)) {
      item = b;
      continue;
    }
    if (!isWord(w)) return false;
    const head = tokens[b - 1]?.lower ?? "";
    if ((isOffice(head, rules) || rules.organisationNouns.has(head)) && capitalisedComplement(s, b))
      return true;
  }
  return false;
}

/**
 * `le ministère de la Jeunesse, de la Culture et de la Communication`: a comma at `at` before a
 * capitalised complement lists the portfolios of one office or body when the list it opens, through
 * any more such commas, ends on a conjunction joining portfolios (conjunctionInPortfolio).
 */
function commaInPortfolio(s: Sentence, at: number): boolean {
  const { tokens, rules } = s;
  if (rules.capitalisesNouns || !listComma(tokens, at) || !capitalisedComplement(s, at + 1)) return false;
  for (let k = at + 2; k - at <= PORTFOLIO_REACH && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (listComma(tokens, k)) return commaInPortfolio(s, k);
    if (!isWord(t)) return false;
    if (listConjunctions(rules).has(t.lower)) return conjunctionInPortfolio(s, k);
  }
  return false;
}

/** A preposition at `at`, perhaps a determiner, then a capitalised word: `de l’Eau`, `des Solidarités`. */
function capitalisedComplement(s: Sentence, at: number): boolean {
  const { tokens, rules } = s;
  if (!rules.prepositions.has(tokens[at]?.lower ?? "")) return false;
  const noun = rules.determiners.has(tokens[at + 1]?.lower ?? "") ? at + 2 : at + 1;
  return isWord(tokens[noun]) && isCapitalised(tokens[noun]);
}

// The same stretch of a sentence is read for names several times: the article's mentions read each
// sentence, then attribution reads it again (`peopleIn`, a speech verb's subject, an apposition).
// A stretch's runs depend only on the sentence, whose tokens and casing are fixed once it is made, so
// each is found once. The runs live as long as their sentence (a WeakMap), one entry per stretch asked.
const runsBySentence: StretchReadings<readonly NameRun[]> = new WeakMap();

/** Capitalised runs in tokens[from, to), titles split off, in order. */
export function nameRuns(s: Sentence, from: number, to: number): readonly NameRun[] {
  return readOncePerStretch(runsBySentence, s, from, to, namesOutsideBodies);
}

/** The runs of findNameRuns but those that are a body's genitive complement (bodyGenitiveComplement). */
function namesOutsideBodies(s: Sentence, from: number, to: number): readonly NameRun[] {
  const runs = findNameRuns(s, from, to);
  return runs.some((r) => bodyGenitiveComplement(s, r.titleStart))
    ? runs.filter((r) => !bodyGenitiveComplement(s, r.titleStart))
    : runs;
}

/**
 * `der Verband deutscher Hopfenpflanzer`, `der Bund kommunaler Unternehmen`: where nouns are capitalised,
 * a body's noun, then an adjective in the genitive plural (lower case, in -er) before the noun at `at`:
 * the body's complement, whose noun is no one's name.
 */
export function bodyGenitiveComplement(s: Sentence, at: number): boolean {
  const { tokens, rules } = s;
  const [body, adjective] = [tokens[at - 2], tokens[at - 1]];
  return (
    rules.capitalisesNouns &&
    isWord(adjective) &&
    !isCapitalised(adjective) &&
    adjective.lower.endsWith("er") &&
    !isFunctionWord(adjective.lower, rules) &&
    isWord(body) &&
    isCapitalised(body) &&
    rules.organisationNouns.has(body.lower)
  );
}

/**
 * Whether a run of `nameRuns(s, k, to)` may start at `k`, its titles included: only where findNameRuns
 * opens one on the word there, or steps back onto it (a particle in lower case opening a surname, an
 * acronym opening a body's name). A reader that wants only the run starting at `k` asks this first and
 * leaves the stretch unread when it cannot start there (`The`, `In`, `Le` opening a sentence).
 */
export function mayOpenNameRun(s: Sentence, k: number, to: number): boolean {
  const { tokens, rules } = s;
  const t = tokens[k];
  return (
    isWord(t) &&
    (isNameToken(t, rules) ||
      opensSurname(tokens, k, to, rules) ||
      functionWordOpensName(tokens, k, to, rules) ||
      (!isCapitalised(t) && rules.nameParticles.has(t.lower)) ||
      ALL_CAPITALS.test(t.text))
  );
}

const NICKNAME_OPENS = new Set(["“", "«", '"', "„"]);
const NICKNAME_CLOSES = new Set(["”", "»", '"', "“"]);

/**
 * Where a nickname set in marks at `k` ends, a surname after it (`Carlos “Cheo” Rengifo`, `Luis “El
 * Mago” Díaz`): one or two capitalised words, closed, then a name word; else `k`.
 */
function nicknameEnd(tokens: readonly Token[], k: number, to: number, rules: LanguageRules): number {
  if (!NICKNAME_OPENS.has(tokens[k]?.text ?? "")) return k;
  for (let close = k + 2; close <= k + 3 && close + 1 < to; close++) {
    const inside = tokens.slice(k + 1, close);
    if (!inside.every((t) => isNameToken(t, rules))) return k;
    if (NICKNAME_CLOSES.has(tokens[close]!.text) && isNameToken(tokens[close + 1], rules)) return close + 2;
  }
  return k;
}

function findNameRuns(s: Sentence, from: number, to: number): NameRun[] {
  const { tokens, rules } = s;
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    if (
      !isNameToken(tokens[i], rules) &&
      !opensSurname(tokens, i, to, rules) &&
      !functionWordOpensName(tokens, i, to, rules)
    ) {
      i++;
      continue;
    }
    let end = i + 1;
    let joined = false;
    let twoNames = false;
    let company = false;
    const opensBody = opensBodyName(tokens, i, rules);
    // A body's noun carries its name on by a preposition too ("the Institute for Fiscal Studies"), not
    // one opening the sentence, which may be a common noun ("News of Ann Roy's death"); so does the noun
    // for the body's kind written before its name (« du groupe Ensemble pour la République »).
    const afterItsKind = namedAfterItsKind(tokens, i, rules);
    const bodyByPreposition = (opensBody && !opensSentence(tokens, i)) || afterItsKind;
    for (;;) {
      // A genitive ends the name: `Kim Jong Uns kleine Schwester`, `Lee Min Hos Fans`.
      if (isGenitive(s, end - 1)) break;
      // A company's legal form ends its name, in capitals or not (`Vogt Hydraulik AG`).
      if (end < to && companyFormAt(tokens, end, rules)) {
        end++;
        company = true;
        break;
      }
      const t = tokens[end];
      const surname =
        end < to && (surnameWithNounEnding(t, rules) || adverbSurnameAfterGivenName(tokens, end, i, rules));
      const nameGoesOn =
        (isNameToken(t, rules) && !(t!.text.includes(".") && WEB_ADDRESS.test(t!.text))) ||
        surname ||
        isSuffix(t?.text ?? "");
      if (end < to && (nameGoesOn || t?.text === "*" || particleOntoName(t))) {
        end++;
        continue;
      }
      // A body's numbered unit ends its name with the number (`Amalgamated Transit Union Local 241`).
      if (end < to && numberOfUnit(tokens, end, rules)) {
        end++;
        break;
      }
      // A body's name may close on an acronym, its city's or its own (`Repartidores Unidos GDL`).
      if (end < to && acronymClosesName(tokens, i, end, opensBody || afterItsKind, rules)) {
        end++;
        break;
      }
      // A nickname in marks between a first name and the surname is part of the run: `Carlos “Cheo” Rengifo`.
      const nickname = end === i + 1 ? nicknameEnd(tokens, end, to, rules) : end;
      if (nickname > end) {
        end = nickname;
        continue;
      }
      // An office's possessive before a body's noun is inside the body's name: "the District
      // Attorney's Office" (see officePossessiveInName).
      if (end + 1 < to && officePossessiveInName(tokens, end, rules)) {
        end += 2;
        continue;
      }
      // A body known by two names writes both, a spaced dash between: "Health New Zealand – Te Whatu Ora".
      if (end + 2 < to && secondNameAfterDash(tokens, i, end, rules)) {
        end += 2;
        twoNames = true;
        continue;
      }
      // An ampersand joins a firm's names: "Pacific Gas & Electric", "Procter & Gamble".
      if (end + 1 < to && tokens[end]?.text === "&" && isNameToken(tokens[end + 1], rules)) {
        end += 2;
        continue;
      }
      // Particles join two capitalised words: "Charles de Gaulle", "Ursula von der Leyen". Once
      // only in a person's name: in "Jan de Vries van Financiën" the second "van" is a preposition.
      // A body's name goes on: "Asociación Colombiana de Empresas de Medicina Integral".
      let k = end;
      while (
        (!joined || opensBody) &&
        !affiliationAfterFullName(tokens, i, end, rules) &&
        k < to &&
        tokens[k]?.kind === "word" &&
        (rules.nameParticles.has(tokens[k]!.lower) ||
          (bodyByPreposition && rules.bodyNamePrepositions.has(tokens[k]!.lower)) ||
          (bodyByPreposition && governedInBodyName(tokens, k, rules)) ||
          foreignBodyPreposition(tokens, i, k, rules)) &&
        !isCapitalised(tokens[k])
      )
        k++;
      // Where nouns are capitalised, an article alone is no particle but a case ending's article: `sagte
      // Lena Vogt der Deutschen Presse-Agentur` (`von der Leyen` keeps its `der` after `von`).
      const articleAlone =
        rules.capitalisesNouns && k === end + 1 && rules.determiners.has(tokens[end]!.lower);
      // Where nouns are capitalised, a noun then a particle before a given name and a surname is a
      // preposition before someone's full name (`die Bilder von Konrad Lindner`), no noble particle
      // after a first name (`Ursula von der Leyen`, `Otto von Bismarck`).
      const fullNameAfter =
        rules.capitalisesNouns &&
        end - i === 1 &&
        isGivenName(tokens[k]?.text ?? "") &&
        isNameToken(tokens[k + 1], rules);
      // Where nouns are capitalised, a surname alone, then a particle, is someone or something and a
      // preposition's complement (`lebte Wehrle von Handfegern`): a noble particle follows a given name
      // or a rank (`Otto von Bismarck`, `Freiherr von Stein`), and a later mention drops the given name
      // with all before the particle (`von der Leyen`).
      const particleAfterSurname =
        rules.capitalisesNouns &&
        end - i === 1 &&
        !isGivenName(tokens[i]!.text) &&
        !isTitle(tokens[i]!.lower, rules) &&
        !isDictionaryWord(tokens[i]!, rules) &&
        !dictionary.isKnownName(rules.code, tokens[i]!.text);
      if (
        k > end &&
        k < to &&
        isNameToken(tokens[k], rules) &&
        !articleAlone &&
        !fullNameAfter &&
        !particleAfterSurname &&
        !articleNotInSurname(tokens, i, end, k, rules)
      ) {
        end = k + 1;
        joined = true;
        continue;
      }
      // `el Colegio de Abogados de A Coruña`: past its particle, a place's own article.
      if (k > end && placeNameArticleAt(tokens, k, rules)) {
        end = k + 2;
        continue;
      }
      // Past its particle, a body's name may join the words of its complement by a conjunction:
      // "Ministerio de Industria y Turismo", "Associação de Medicina Geral e Familiar".
      // A comma listing the nouns of its complement: "Cámara de Comercio, Industrias y Agricultura".
      if (end + 1 < to && commaInBodyName(s, end)) {
        end++;
        continue;
      }
      if (end + 1 < to && conjunctionInBodyName(s, end)) {
        end = complementAfterConjunction(tokens, end, rules) + 1;
        continue;
      }
      // After a first name a particle may be capitalised too: "Yuna Le Goff", "Robert De Niro".
      if (!joined && capitalisedParticleAt(tokens, end, to, rules)) {
        end += 2;
        joined = true;
        continue;
      }
      break;
    }
    // Where nouns are capitalised, nouns lead into a name ("Reportagen von Lena Hartwig") but are not
    // part of it, and a run of nouns alone ("mit Videokameras Migranten jagen") names nobody. A lone
    // noun stays: it may be a bare plural speaking ("sagten Anwohner").
    // A company's name is its words whole, nouns and all (`Regiobus Potsdam Mittelmark GmbH`).
    if (rules.capitalisesNouns && end - i > 1 && !company) {
      const nameStart = firstNameBeforeSurname(tokens, i, end, rules)
        ? i
        : afterDictionaryWords(tokens, i, end, rules);
      if (nameStart === end || adjectiveBeforeNouns(tokens, nameStart, end, rules)) {
        i = end;
        continue;
      }
      i = nameStart;
      if (objectAfterSubject(tokens, i, end, rules)) end--;
    }
    // "Plumber Ortiz" opening a sentence: the article writes "plumber" in lower case elsewhere.
    // "Fuentes del Ministerio del Interior", "Fontes da Polícia Federal": a person noun opening the
    // sentence heads a description when a particle follows it, though it may be a surname too.
    if (nounBeforeParticle(tokens, i, end, rules)) i += 2;
    // A body's two names, though its first word is a common one, open on it (`Health New Zealand – …`).
    else if (end - i > 1 && opensSentence(tokens, i) && isCommonWord(s, tokens[i]!) && !twoNames && !company)
      i++;
    // "…, de Miranda notes": a particle opening a clause, where it is no preposition, opens the surname.
    else if (surnameParticleBefore(tokens, i, from, rules)) i--;
    // "UNSA Douanes rappelle": an acronym opening the sentence opens the body's name after it.
    else if (acronymOpensName(tokens, i, end, from, rules)) i--;
    // Where every noun is capitalised, a word after a number or a counting word is what is counted (`50
    // Texte von Claas Relotius`, `ein 45-jähriger Schichtarbeiter`, `viele betroffene Kinder`); but an
    // age may describe the person named after it (`der 14-jährige Luca`), a word no dictionary holds
    // as a common word, a given name, or a surname the article wrote after a given name; a surname that
    // is a trade too is the trade after an age where the article gave no one that surname (`rief der
    // 63-jährige Schreiner` of Ruedi Streiff), as a reporter writes a surname with no age before it.
    // So is a lone word shaped as a town's inhabitant that the dictionary lacks (`lachte der 22-jährige
    // Villacher`), a description of someone named before, as `der gebürtige Villacher` is.
    // An honorific with no name after it is the noun it comes from (`eine 86-jährige Frau`).
    const agedName = () =>
      rules.ageNoun.test(tokens[i - 1]?.lower ?? "") &&
      (s.surnames.has(tokens[i]!.lower) ||
        isGivenName(tokens[i]!.text) ||
        (!dictionary.isCommonWord(rules.code, tokens[i]!.text) &&
          !(end - i === 1 && rules.inhabitantNoun.test(tokens[i]!.text)))) &&
      !(end - i === 1 && rules.honorifics.has(tokens[i]!.lower));
    const counted = () => countedAfterNumber(tokens[i - 1]) || countedAfterWord(tokens, i, rules);
    if (rules.capitalisesNouns && counted() && !agedName()) {
      i++;
      continue;
    }
    // Where only names are capitalised, a lone everyday word is no name, wherever it stands ("in haar
    // boek Eerlijk gezegd").
    const loneCommonWord = !rules.capitalisesNouns && end - i === 1 && isDictionaryWord(tokens[i]!, rules);
    // An initial alone names no one: `escribió en la red social X.`, `Plan B.`; unless the article wrote
    // it as a surname, after a given name, as a court report names its defendant (`Jürgen K.`, then `K.`).
    const loneInitial =
      end - i === 1 && LONE_INITIAL.test(tokens[i]!.text) && !s.surnames.has(tokens[i]!.lower);
    if (!loneCommonWord && !loneInitial && mayBeName(s, i, end)) {
      // "le ministre des Transports Paul Mercier": after an office and its preposition, a long run
      // ends with the person ("his home in Port St. Lucie" is a place all along). A title stands
      // before a name: one ending the run is a surname (`el exalcalde de Lebrija Antonio Reina`).
      let titled = false;
      for (let k = i; !titled && k < end - 1; k++)
        titled = rules.titles.has(tokens[k]!.lower) || honorificAt(tokens, k, end - 1, rules) !== null;
      // Likewise after a verb of saying and its preposition: the paper spoken to, then the speaker
      // (`indique au Figaro Hugo Marchand`, `indicó a Clarín Pablo Ruiz`). A run opening on a given
      // name is the person spoken to, whose given names are two (`habló con Ana Dolores Hoyos`).
      // The preposition may take an article: `le ministre de la Justice Paul Roy`, `de l’Intérieur`.
      const at = bodyPartBefore(tokens, i, from, rules);
      const article =
        at - 2 >= from &&
        rules.determiners.has(tokens[at - 1]!.lower) &&
        rules.prepositions.has(tokens[at - 2]!.lower);
      const preposition = article ? at - 2 : at - 1;
      const governing = tokens[preposition - 1]?.lower ?? "";
      const afterPreposition = preposition >= from && rules.prepositions.has(tokens[preposition]!.lower);
      const officeAt =
        afterPreposition && preposition - 1 >= from ? officeGoverning(tokens, preposition, from, rules) : -1;
      // `el exgobernador regional de Áncash Hernán Villavicencio`: an adjective may qualify the office,
      // which an indefinite determiner opens no more than it does the office itself (`A senior official
      // at the Ministry of Education`: "official" reads as the adjective of "senior"); so may a party's
      // (`la députée socialiste de l’Ariège Martine Soulé-Castan`), shaped as its follower's noun.
      const qualifiedOffice = () =>
        preposition - 2 >= from &&
        isOffice(tokens[preposition - 2]!.lower, rules) &&
        (isAdjective(governing, rules) || rules.partisanNoun.test(governing)) &&
        !indefiniteOffice(tokens, preposition - 2, from, rules);
      const office =
        afterPreposition &&
        ((officeAt >= 0 && !indefiniteOffice(tokens, officeAt, from, rules)) ||
          (rules.speechVerbs.has(governing) && !isGivenName(tokens[i]!.text)) ||
          qualifiedOffice());
      // Not where a particle joins the last words to the office's name: `portavoz del Ministerio
      // de Seguridad`, `Ministerio de Asuntos Exteriores` are one body.
      const particleInTail =
        (end - 3 >= i && rules.nameParticles.has(tokens[end - 3]!.lower)) ||
        (end - 2 >= i && rules.nameParticles.has(tokens[end - 2]!.lower));
      // Nor where the run ends in a body's kind: `spokesperson for the National Rifle Association`.
      const bodyName = rules.organisationNouns.has(tokens[end - 1]!.lower);
      // `el fiscal de la Fiscalía contra la Corrupción Édgar Rolando Pac`: past the office's body (the
      // complement's preposition after it), the run opens with that body's complement; `la economista de
      // la consultora Abeceb Mariana Lorenzatti`: right after a body's noun in lower case, with that
      // body's name, unless the body is named after a person (`el liceo Juan Pablo Duarte`). Its
      // holder's name starts at a given name, as no comma sets it apart.
      const holderAfterBody =
        !office &&
        end - i >= 3 &&
        !titled &&
        ((afterPreposition
          ? officeBodyGoverning(tokens, preposition, from, rules) ||
            officePlaceGoverning(tokens, preposition, from, rules)
          : governedBodyNoun(tokens, i, rules) >= 0 && !isGivenName(tokens[i]!.text)) ||
          placeBeforeName(tokens, i, from, rules))
          ? givenNameStart(tokens, i, end, rules)
          : -1;
      // `Police in Kaleen, Giralang and Belconnen`: a name a list's comma or conjunction opens, or that
      // opens on one, is the list's last item, no holder of the office.
      const holder =
        office && end - i >= 3 && !titled && !particleInTail && !bodyName
          ? holderStart(tokens, i, end, rules)
          : -1;
      const listed = (k: number) => {
        const t = tokens[k];
        return isWord(t) ? listConjunctions(rules).has(t.lower) : tokens[k]?.text === ",";
      };
      const split =
        holder >= 0 && !listed(holder) && !listed(holder - 1) ? holder : Math.max(holderAfterBody, i);
      if (split > i && officeAt >= 0) dropOfficeRun(runs, officeAt);
      if (split > i) runs.push(splitTitle(tokens, i, split, from, to, rules));
      runs.push(splitTitle(tokens, split, end, from, to, rules));
    }
    i = end;
  }
  return runs
    .filter((r) => r.end > r.start)
    .map((r) => (isGenitive(s, r.end - 1) || namesBodyBefore(s, r) ? runWith(r, r.end, true) : r));
}

/** A word opening on a number: `50`, `45-jähriger`. */
const OPENS_ON_NUMBER = /^\p{N}/u;
/** `96-Trainer`, `3-Zimmer-Wohnung`: a number compounded with a capitalised noun is a noun. */
const NUMBER_COMPOUND_NOUN = /^\p{N}[\p{N}.,]*-\p{Lu}/u;

/**
 * Where every noun is capitalised, whether the word after `before` is what a number counts (`50 Texte`,
 * `ein 45-jähriger Schichtarbeiter`), not a name. A number compounded with a noun (`96-Trainer Marco
 * Heinemann`: the club's coach) counts nothing: it is an office or a thing, which a name may follow.
 */
const countedAfterNumber = (before: Token | undefined) =>
  OPENS_ON_NUMBER.test(before?.text ?? "") && !NUMBER_COMPOUND_NOUN.test(before?.text ?? "");

/** How many adjectives may stand between a counting word and what it counts (`viele betroffene Kinder`). */
const COUNTED_ADJECTIVES = 2;

/** `viele betroffene Kinder`, `einige Anwohner`: the word at i is counted by a word before it. */
function countedAfterWord(tokens: readonly Token[], i: number, rules: LanguageRules): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - COUNTED_ADJECTIVES; k--) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (rules.countingWords.has(t.lower)) return true;
    if (isCapitalised(t)) return false;
  }
  return false;
}

/**
 * Where the office holder's name begins in a run that opens on their body's name: at a given name with a
 * surname after it (`del Frente Amplio Marcela Jiménez Rojas`), one not right after a body's noun, which
 * a body named after a person opens with (`la Fundación Juan March`); else the last two words (`del
 * Partido Popular Ana López`), or three where an adjective ends the body's name, as those that qualify a
 * body's noun do (`del Centro Democrático Carolina Mejía Urrego`: a given name and two surnames).
 */
function holderStart(tokens: readonly Token[], i: number, end: number, rules: LanguageRules): number {
  const given = givenNameStart(tokens, i, end, rules);
  if (given >= 0) return given;
  return end - i >= 5 && isAdjective(tokens[end - 4]!.lower, rules) ? end - 3 : end - 2;
}

/**
 * `a condamné jeudi à Yaoundé Emmanuel Ngando Ekwalla`: a run opening right after a bare preposition
 * (no article, no name particle) on a word no dictionary or list of given names holds is a place,
 * then a name, when a given name opens a full name after it. A noun or a particle first
 * (`au Lycée Victor Hugo`, `de Gaulle`) is none.
 */
function placeBeforeName(tokens: readonly Token[], i: number, from: number, rules: LanguageRules): boolean {
  const preposition = tokens[i - 1];
  return (
    i - 1 >= from &&
    isWord(preposition) &&
    rules.prepositions.has(preposition.lower) &&
    !rules.nameParticles.has(preposition.lower) &&
    !isGivenName(tokens[i]!.text) &&
    !isDictionaryWord(tokens[i]!, rules)
  );
}

/**
 * Where, after the run's first word, a given name opens a name of two words or more in the run
 * [i, end), not right after a body's noun (`la Fundación Juan March`); else -1. A given name inside the
 * body's own name, which a particle and a word no given name follow (`de la Universidad Michoacana de
 * San Nicolás de Hidalgo Gerardo Maldonado Ceja`), opens no person's name: the later one does. A given
 * name right after the particle is the first's second (`María del Carmen Ruiz`), and one right after a
 * saint's word the saint's (`en San Rafael Abajo de Desamparados`, `saintWords`).
 */
function givenNameStart(tokens: readonly Token[], i: number, end: number, rules: LanguageRules): number {
  let found = -1;
  for (let k = i + 1; k <= end - 2; k++) {
    if (
      !isGivenName(tokens[k]!.text) ||
      rules.organisationNouns.has(tokens[k - 1]!.lower) ||
      rules.saintWords.has(tokens[k - 1]!.lower)
    )
      continue;
    const afterPlaceName =
      found >= 0 &&
      !rules.nameParticles.has(tokens[k - 1]!.lower) &&
      !isGivenName(tokens[k - 1]!.text) &&
      tokens.slice(found + 1, k - 1).some((t) => rules.nameParticles.has(t.lower));
    if (found < 0) found = k;
    else if (afterPlaceName) return k;
  }
  return found;
}

/**
 * `el fiscal de la Fiscalía contra la Corrupción`: whether the preposition at `preposition` completes a
 * capitalised body noun that is itself the complement (after an affiliation preposition, perhaps an
 * article) of an office no indefinite determiner opens: the office's body, and the body's own complement.
 */
function officeBodyGoverning(
  tokens: readonly Token[],
  preposition: number,
  from: number,
  rules: LanguageRules,
) {
  const body = tokens[preposition - 1];
  if (!isWord(body) || !isCapitalised(body) || !rules.organisationNouns.has(body.lower)) return false;
  const afterArticle = rules.determiners.has(tokens[preposition - 2]?.lower ?? "");
  const affiliation = afterArticle ? preposition - 3 : preposition - 2;
  const office = officeEndingAt(tokens, affiliation - 1, from, rules);
  return (
    office >= from &&
    rules.affiliationPrepositions.has(tokens[affiliation]!.lower) &&
    !indefiniteOffice(tokens, office, from, rules)
  );
}

/**
 * Where the office whose words end at k stands: at k (`el fiscal`), or before the adjective at k that
 * qualifies it (`el biólogo marino`, `la concejala popular`); else -1.
 */
function officeEndingAt(tokens: readonly Token[], k: number, from: number, rules: LanguageRules): number {
  if (k < from || !isWord(tokens[k])) return -1;
  if (isOffice(tokens[k]!.lower, rules)) return k;
  const qualified = k - 1 >= from && !isCapitalised(tokens[k]!) && isAdjective(tokens[k]!.lower, rules);
  return qualified && isOffice(tokens[k - 1]!.lower, rules) ? k - 1 : -1;
}

/**
 * `el concejal de San Pedro de la Paz Jaime Ulloa Rivas`: whether the particle at `preposition` goes on
 * with the name of a place that an office's preposition governs (capitalised words, no body's noun, right
 * after the office and its preposition): the run after it ends that place's name, then its holder's.
 */
function officePlaceGoverning(
  tokens: readonly Token[],
  preposition: number,
  from: number,
  rules: LanguageRules,
) {
  if (!rules.nameParticles.has(tokens[preposition]!.lower)) return false;
  let k = preposition - 1;
  while (
    k >= from &&
    isWord(tokens[k]) &&
    isCapitalised(tokens[k]) &&
    !rules.organisationNouns.has(tokens[k]!.lower)
  )
    k--;
  const office = officeEndingAt(tokens, k - 1, from, rules);
  return (
    k < preposition - 1 &&
    office >= from &&
    rules.affiliationPrepositions.has(tokens[k]!.lower) &&
    !indefiniteOffice(tokens, office, from, rules)
  );
}

/** A word with one of the lexicon's adjective endings (`democrático`, `regional`), read once per lexicon. */
const adjectiveEndings = new WeakMap<LanguageRules, RegExp | null>();
export function isAdjective(lower: string, rules: LanguageRules): boolean {
  let ending = adjectiveEndings.get(rules);
  if (ending === undefined) {
    const alternatives = rules.notQuoteWords.adjectiveEndings;
    ending = alternatives === "" ? null : new RegExp(`^\\p{L}{3,}(?:${alternatives})$`, "u");
    adjectiveEndings.set(rules, ending);
  }
  return ending?.test(lower) ?? false;
}

/** A number right after a capitalised unit a body numbers (`numberedBodyUnits`): `Local 241`. */
export function numberOfUnit(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  const unit = tokens[k - 1];
  return (
    NUMBER.test(tokens[k]?.text ?? "") && isCapitalised(unit) && rules.numberedBodyUnits.has(unit!.lower)
  );
}

/**
 * `de A Coruña`, `en O Grove`: a capitalised article of a place's name in another of the country's
 * languages at k (see placeNameArticles), after a lower-case preposition and before a name word.
 */
export function placeNameArticleAt(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  const [before, article] = [tokens[k - 1], tokens[k]];
  return (
    isWord(article) &&
    isCapitalised(article) &&
    rules.placeNameArticles.has(article.lower) &&
    isWord(before) &&
    !isCapitalised(before) &&
    (rules.prepositions.has(before.lower) || rules.nameParticles.has(before.lower)) &&
    isNameToken(tokens[k + 1], rules)
  );
}

/**
 * `Jaime de los Santos`, `Marina de la Fuente`: an article among a surname's particles follows a
 * first name alone, written where a name may start: after punctuation, a function word, an office or
 * a speech verb. After a longer run, or a name right after a common noun (`el premio Nobel de la
 * Paz`), or an office in capitals (`du Directeur de l’Audit`), the article opens the complement of a
 * title or a thing; a body's name goes on.
 */
function articleNotInSurname(
  tokens: readonly Token[],
  start: number,
  end: number,
  afterParticles: number,
  rules: LanguageRules,
): boolean {
  if (opensBodyName(tokens, start, rules) || namedAfterItsKind(tokens, start, rules)) return false;
  let article = false;
  for (let k = end; k < afterParticles; k++) article ||= rules.determiners.has(tokens[k]!.lower);
  return (
    article &&
    (end - start > 1 || !leadsIntoName(tokens[start - 1], rules) || isOffice(tokens[start]!.lower, rules))
  );
}

/** A token a person's name may follow: punctuation, a function word, an office or a speech verb. */
function leadsIntoName(t: Token | undefined, rules: LanguageRules): boolean {
  return (
    !isWord(t) ||
    isCapitalised(t) ||
    isFunctionWord(t.lower, rules) ||
    isOffice(t.lower, rules) ||
    rules.speechVerbs.has(t.lower)
  );
}

/**
 * `Procuraduría Federal de Protección al Ambiente`: the preposition at k, after a noun of the body's
 * name that governs it (see bodyNameGoverningNouns).
 */
function governedInBodyName(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  const noun = tokens[k - 1];
  return isCapitalised(noun) && rules.bodyNameGoverningNouns.get(noun!.lower)?.has(tokens[k]!.lower) === true;
}

/**
 * `Asociación Colombiana de Empresas de …`: a run opening on a capitalised noun for a body is that
 * body's name, whose complements may each take a particle. Not where every noun is capitalised.
 */
function opensBodyName(tokens: readonly Token[], i: number, rules: LanguageRules): boolean {
  return !rules.capitalisesNouns && isCapitalised(tokens[i]) && rules.organisationNouns.has(tokens[i]!.lower);
}

/**
 * A body's kind written as a common noun before its name: in lower case (« le groupe », `el sindicato`)
 * or as an acronym (« l’ONG »), never capitalised as a name's first word would be.
 */
function writtenAsKind(t: Token | undefined, rules: LanguageRules): t is Token {
  return (
    isWord(t) && (!isCapitalised(t) || ALL_CAPITALS.test(t.text)) && rules.organisationNouns.has(t.lower)
  );
}

/**
 * « le groupe Ensemble », `el sindicato United Teachers`: a run right after a lower-case noun for a
 * body's kind is that body's name, unless it opens on an office or a title (`the group Doctors for
 * Climate Action` reads "Doctors" as one). A kind written as an acronym counts too (« l’ONG Alima »).
 */
function namedAfterItsKind(tokens: readonly Token[], i: number, rules: LanguageRules): boolean {
  const kind = tokens[i - 1];
  return writtenAsKind(kind, rules) && !isOffice(tokens[i]!.lower, rules);
}

/**
 * `ein Sprecher der Feuerwehr Wuppertal`, `der Polizei Köln`: where nouns are capitalised, one name
 * word right after a body's noun is that body's town or name, not a person (who would be named in
 * full: `die Vorsitzende des Vereins Anna Roth`). So is one after the capitalised words of the body's
 * name that follow its noun (`Der Fahrgastverband Pro Bahn Hessen`), none of them a given name.
 */
function namesBodyBefore(s: Sentence, r: NameRun): boolean {
  const { tokens, rules } = s;
  if (!rules.capitalisesNouns || r.end - r.start !== 1 || r.titleStart !== r.start) return false;
  for (let k = r.start - 1; k >= 0 && r.start - k <= BODY_NAME_WORDS; k--) {
    const before = tokens[k];
    if (!isWord(before) || !isCapitalised(before) || isGivenName(before.text)) return false;
    if (rules.organisationNouns.has(before.lower)) return true;
  }
  return false;
}

/** How many capitalised words back from a town a body's noun may stand (`Fahrgastverband Pro Bahn`). */
const BODY_NAME_WORDS = 3;

/** How many words an office's complements may run to before the preposition of its last one. */
const OFFICE_CHAIN_REACH = 6;

/**
 * The office written in capitals before its complements and its holder is no one's name ("Senior
 * Minister" of "Senior Minister of State for Transport Jasmine Lau"): the run ending on the office
 * word at `office` is dropped.
 */
function dropOfficeRun(runs: NameRun[], office: number): void {
  const at = runs.findIndex((r) => r.titleStart <= office && r.end === office + 1);
  if (at >= 0) runs.splice(at, 1);
}

/** How many words may qualify an indefinite office between its determiner and its noun ("a senior"). */
const OFFICE_QUALIFIERS = 3;

/**
 * `A spokesman for Atlantic Glen Salmon said`: an office an indefinite determiner opens names no
 * holder, so the name after its preposition is whom the office serves, whole. Whether such a
 * determiner, past a few lower-case words, stands before the office word at `office`.
 */
function indefiniteOffice(tokens: readonly Token[], office: number, from: number, rules: LanguageRules) {
  for (let k = office - 1; k >= from && office - k <= OFFICE_QUALIFIERS + 1; k--) {
    const t = tokens[k]!;
    if (!isWord(t)) return false;
    if (rules.indefiniteDeterminers.has(t.lower)) return true;
    if (isCapitalised(t) || rules.determiners.has(t.lower)) return false;
  }
  return false;
}

/**
 * The office word that governs the preposition at `preposition`, or -1: the word right before it
 * ("le ministre des Transports", "chief officer at"), or, through further complements, an office
 * written in capitals with them (`Senior Minister of State for Transport Jasmine Lau`, `Secretary of
 * State for Housing Jane Doe`): capitalised words and prepositions reaching back to it.
 */
function officeGoverning(tokens: readonly Token[], preposition: number, from: number, rules: LanguageRules) {
  if (isOffice(tokens[preposition - 1]!.lower, rules)) return preposition - 1;
  for (let k = preposition - 1; k >= from && preposition - k <= OFFICE_CHAIN_REACH; k--) {
    const t = tokens[k]!;
    // A body's noun on the way (`Fuentes del Ministerio de Vivienda y Agenda Urbana`): the words
    // after it are that body's name, not an office's complements.
    if (!isWord(t) || rules.organisationNouns.has(t.lower)) return -1;
    if (isCapitalised(t) && isOffice(t.lower, rules))
      return rules.prepositions.has(tokens[k + 1]!.lower) ? k : -1;
    if (!isCapitalised(t) && !rules.prepositions.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * `minister van Asiel en Migratie Karin Veldkamp`, `Secretary of Housing and Urban Development Karen
 * Wells`: a body's name may join two parts with a conjunction. Where the run at `i` follows such a
 * first part, where that part begins (the office's preposition stands before it); else `i`.
 */
function bodyPartBefore(tokens: readonly Token[], i: number, from: number, rules: LanguageRules): number {
  if (i - 2 < from || !isWord(tokens[i - 1]) || !rules.clauseJoins.has(tokens[i - 1]!.lower)) return i;
  let k = i - 2;
  while (k >= from && isWord(tokens[k]) && isCapitalised(tokens[k])) k--;
  return k + 1 < i - 1 ? k + 1 : i;
}

/**
 * Where nouns are capitalised, a name word with a genitive -s the article also writes without it: the name
 * qualifies the noun after it. A word (a noun, an adjective: `Kim Jong Uns kleine Schwester`) must
 * follow: before a preposition, a verb or punctuation the -s is the name's own (`Frauke Hinrichs vom
 * Landesbetrieb` in an article that also names a Hinrich Janssen). A surname alone is a genitive only
 * before a noun for what is said (`Schillers Tipp:`, `Roths Antwort auf die Kritik:`), the words it owns.
 */
function isGenitive(s: Sentence, k: number): boolean {
  const word = s.tokens[k]!.lower;
  const next = s.tokens[k + 1];
  return (
    s.rules.capitalisesNouns &&
    word.endsWith("s") &&
    s.capitalisedWords.has(word.slice(0, -1)) &&
    isWord(next) &&
    ((k > 0 && isNameToken(s.tokens[k - 1], s.rules)) || s.rules.speechNouns.has(next.lower)) &&
    !isFunctionWord(next.lower, s.rules) &&
    !s.rules.speechVerbs.has(next.lower)
  );
}

/**
 * `le Danois Mikkel Sørensen`: a capitalised nationality before at least two name words describes them.
 * After another capitalised word it is the adjective of a body's name (`la Sociedad Argentina de
 * Pediatría`, `el Servicio Aragonés de Salud`).
 */
function demonymBeforeName(tokens: readonly Token[], k: number, end: number, rules: LanguageRules): boolean {
  const before = tokens[k - 1];
  return (
    end - k >= 3 &&
    isCapitalised(tokens[k]) &&
    rules.demonyms.has(tokens[k]!.lower) &&
    !(isWord(before) && isCapitalised(before) && !rules.determiners.has(before.lower))
  );
}

/**
 * `l’eurodéputée Renew Pascale Hoffmann-Duret`: right after a member's noun in lower case, one capitalised
 * word before a first name and a surname is the member's party or group, not part of the name. Three
 * words exactly: a surname's capitalised particle (`le député Marc Le Fur`) makes three words of a name.
 */
function partyLabelAfterMember(tokens: readonly Token[], k: number, end: number, rules: LanguageRules) {
  const member = tokens[k - 1];
  return (
    end - k === 3 &&
    isWord(member) &&
    !isCapitalised(member) &&
    rules.partyMemberNouns.has(member.lower) &&
    !rules.nameParticles.has(tokens[k + 1]!.lower)
  );
}

/**
 * "Economist Ann Roy said", "FEMA Administrator Karen Liu", "Housing Administrator Dana Pryor": an
 * occupation capitalised as a title before a full name (two name words or more) ends the person's role,
 * wherever the run stands. Only where nouns are not capitalised: elsewhere every noun would qualify.
 * A compound whose last part is an office is one too (`Full-forward Tyler Bassett`, `Vice-captain Ann
 * Roy`): a double surname's parts are no offices (`Owusu-Ansah`). A player's place in the team is
 * such an occupation (`Hooker Jarrod Wills`, `Fly-half Dan Biggar`), as the sports pages open a sentence
 * on it: a surname that is a place too stays a name (`John Lock`, `said Hooker`). A word that is a
 * body's noun as well as a person's (`Policía`) opens the body's name unless a given name follows it:
 * `la Policía Nacional de Colombia` is the force, no officer called `Nacional de Colombia`.
 */
function occupationBeforeFullName(tokens: readonly Token[], k: number, end: number, rules: LanguageRules) {
  if (end - k < 3 || rules.capitalisesNouns) return false;
  const lower = tokens[k]!.lower;
  if (rules.organisationNouns.has(lower) && !isGivenName(tokens[k + 1]!.text)) return false;
  return rules.personNouns.has(lower) || isOffice(lower.slice(lower.lastIndexOf("-") + 1), rules);
}

/**
 * `erklärte die Dramaturgin Lea Sommerfeld`: where nouns are capitalised a person's name takes no
 * article, so the run's first word, right after an article and before a full name (two name words or
 * more), is the person's occupation, though no list holds it.
 */
function occupationAfterArticle(tokens: readonly Token[], start: number, end: number, rules: LanguageRules) {
  return end - start >= 3 && rules.capitalisesNouns && rules.determiners.has(tokens[start - 1]?.lower ?? "");
}

/**
 * `die Allgäuer Geigerin Lena Moosbrugger`, `der Escher Rapper Yannick Thill`: where nouns are
 * capitalised, a noun the dictionary holds, or an office it makes (officeBeforeFullName), right after
 * the word that opened the role, before a full name, is more of the role.
 */
function occupationAfterRole(tokens: readonly Token[], k: number, end: number, rules: LanguageRules) {
  return (
    end - k >= 3 &&
    rules.capitalisesNouns &&
    (isDictionaryWord(tokens[k]!, rules) || officeBeforeFullName(tokens, k, end, rules))
  );
}

/**
 * `sagt Fischer Roland Müller`, `Bauer Meinrad Betschart (57) erzählt`: where nouns are capitalised, a
 * noun that is also a surname (`Fischer`, `Bauer`) opening a run of three words whose second is a first
 * name is the person's occupation. The second word may be a first name no list holds (`Meinrad`): a
 * word that no dictionary has, neither as a common word nor as a name, between a noun and the last
 * word can only be the person's given name.
 */
function surnameNounBeforeFullName(
  tokens: readonly Token[],
  start: number,
  end: number,
  rules: LanguageRules,
) {
  return (
    end - start === 3 &&
    rules.capitalisesNouns &&
    (isGivenName(tokens[start + 1]!.text) || unknownWord(tokens[start + 1]!, rules)) &&
    dictionary.isCommonWord(rules.code, tokens[start]!.text)
  );
}

/**
 * `la Fiscalía General de Justicia`, `la Dirección General de Tráfico`, `el Sindicato Médico de
 * Cantabria`: a title or an occupation right after the body's noun opening the run, before the name's
 * particle, qualifies the body (a general's office, not a general; a union of doctors, not a doctor),
 * and the name goes on from the body's noun. So does one the body's noun governs by a particle, its
 * members (`la Asociación de Usuarios de la Zona Libre`, `the Association of Nurses of Ontario`).
 */
function qualifiesBodyNoun(tokens: readonly Token[], start: number, k: number, rules: LanguageRules) {
  const governed =
    k === start + 2 &&
    (rules.nameParticles.has(tokens[k - 1]!.lower) || rules.bodyNamePrepositions.has(tokens[k - 1]!.lower));
  return (
    (k === start + 1 || governed) &&
    rules.organisationNouns.has(tokens[start]!.lower) &&
    (rules.nameParticles.has(tokens[k + 1]?.lower ?? "") || saintInBodyName(tokens, start, k + 1, rules))
  );
}

/**
 * `l’Académie Princesse Grace`, `la Fondation Prince Albert II`: where bodies' names capitalise their
 * first word only, a capitalised title at k right after the body's noun opening the run is no one's
 * office but part of the name the body bears: it is named after the person, who does not speak.
 */
function titleInBodyName(tokens: readonly Token[], start: number, k: number, rules: LanguageRules) {
  return (
    rules.bodyNamesCapitaliseFirstWord &&
    k === start + 1 &&
    isCapitalised(tokens[k]) &&
    rules.organisationNouns.has(tokens[start]!.lower)
  );
}

/**
 * `la Asociación de Mototaxistas Señor de los Milagros`, `the Church of Our Lady of Peace`: an
 * honorific at k inside a run that opens on a body's noun, followed by a particle where a person's name
 * would stand, names the saint or image the body is named after; it is no title, and the body keeps its
 * words.
 */
function saintInBodyName(tokens: readonly Token[], start: number, k: number, rules: LanguageRules) {
  return (
    k > start &&
    rules.honorifics.has(tokens[k]?.lower ?? "") &&
    rules.organisationNouns.has(tokens[start]!.lower) &&
    rules.nameParticles.has(tokens[k + 1]?.lower ?? "")
  );
}

/**
 * `Marsha P. Johnson`: a one-letter honorific (French `P.` for « père », `le P. Jean Roux`) after a
 * name word inside the run, not after a title, is the name's middle initial.
 */
function initialInName(tokens: readonly Token[], start: number, k: number, rules: LanguageRules): boolean {
  if (k <= start || !/^\p{Lu}\.$/u.test(tokens[k]!.text)) return false;
  const before = tokens[k - 1]!.lower;
  return !isTitle(before, rules) && !rules.honorifics.has(before);
}

/**
 * The honorific at `k` that ends before `limit`, and how many words it holds: one (`Mr`, `Datuk`), or
 * two read as one (`Tan Sri`, `Puan Sri`: listed with their space), whose first word alone may be a
 * name (`Tan` is a surname too), so that it counts only before its second. Null where there is none.
 */
function honorificAt(
  tokens: readonly Token[],
  k: number,
  limit: number,
  rules: LanguageRules,
): { words: number; gender: Gender | undefined } | null {
  const lower = tokens[k]!.lower;
  const pair = k + 1 < limit && isWord(tokens[k + 1]) ? `${lower} ${tokens[k + 1]!.lower}` : "";
  if (rules.honorifics.has(pair)) return { words: 2, gender: rules.honorifics.get(pair) };
  return rules.honorifics.has(lower) ? { words: 1, gender: rules.honorifics.get(lower) } : null;
}

/** The words of a run's title, tokens[start, nameStart), its honorifics left out, spaced. */
function titleText(
  tokens: readonly Token[],
  start: number,
  nameStart: number,
  honorificWords: ReadonlySet<number> | undefined,
): string {
  let title: string | undefined;
  for (let k = start; k < nameStart; k++)
    if (!honorificWords?.has(k))
      title = title === undefined ? tokens[k]!.text : `${title} ${tokens[k]!.text}`;
  return title ?? "";
}

/**
 * `en San Rafael Abajo de Desamparados`, `Santa Ana`: a saint's word (`saintWords`) then a given name opens
 * a place's name, or a saint's, no one who speaks.
 */
function saintBeforeGivenName(tokens: readonly Token[], start: number, end: number, rules: LanguageRules) {
  return (
    end - start > 1 && rules.saintWords.has(tokens[start]!.lower) && isGivenName(tokens[start + 1]!.text)
  );
}

/**
 * `Beatriz Rey Feijóo`, `Ana Papa Ruiz`: a title's word right after the given name opening a name,
 * another name after it, is a surname (Spanish and Portuguese names carry two); an office stands
 * before the given name, not after it. So is a title's abbreviation written without its period between
 * a first word and a last (`Ruma Sen Gupta`): an office so abbreviated stands before
 * a full name (`Texas Sen Ted Cruz`), and a surname alone after it takes the period (`Sen. Cruz`).
 */
function surnameAfterGivenName(
  tokens: readonly Token[],
  nameStart: number,
  k: number,
  end: number,
  rules: LanguageRules,
): boolean {
  if (k !== nameStart + 1 || k + 1 >= end) return false;
  const lower = tokens[k]!.lower;
  return (
    isGivenName(tokens[nameStart]!.text) ||
    (k + 2 === end && !lower.endsWith(".") && rules.titles.has(`${lower}.`))
  );
}

function splitTitle(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  to: number,
  rules: LanguageRules,
): NameRun {
  let nameStart = start;
  let gender: Gender | undefined;
  // Made for the few runs an honorific opens: splitTitle runs for every run of every stretch read.
  let honorificWords: Set<number> | undefined;
  // A body named after the office that heads it keeps its office, and a company's name its words
  // (`Vogt Hydraulik AG`), and so does a name closing on a body's noun (`General Motors`, `Garda
  // Síochána`, where nouns are capitalised only in names): no title to split off.
  let bodyName =
    companyFormAt(tokens, end - 1, rules) ||
    (!rules.capitalisesNouns && rules.organisationNouns.has(tokens[end - 1]!.lower));
  for (let k = start; !bodyName && k < end; k++) bodyName = officePossessiveInName(tokens, k, rules);
  for (let k = start; !bodyName && k < end - 1; k++) {
    const lower = tokens[k]!.lower;
    const honorific = honorificAt(tokens, k, end - 1, rules);
    if (honorific && !saintInBodyName(tokens, start, k, rules) && !initialInName(tokens, start, k, rules)) {
      nameStart = k + honorific.words;
      gender = honorific.gender ?? gender;
      honorificWords ??= new Set();
      for (let w = k; w < nameStart; w++) honorificWords.add(w);
      k = nameStart - 1;
    } else if (demonymBeforeName(tokens, k, end, rules)) {
      nameStart = k + 1;
      gender = rules.demonyms.get(lower) ?? gender;
    } else if (k === start && partyLabelAfterMember(tokens, k, end, rules)) nameStart = k + 1;
    // `Det Con Mark Sayer`: an abbreviated rank right after a title goes on with it; one written as its
    // capital initials heads the name alone (`DI Loveday`, `DCI Ruth Hale`), where a name's particle
    // of the same letters would be written in lower case (`Di Maio`).
    else if (
      nameStart === k &&
      rules.titleAbbreviations.has(lower) &&
      (k > start || ACRONYM.test(tokens[k]!.text))
    )
      nameStart = k + 1;
    else if (
      ((isTitle(lower, rules) || occupationBeforeFullName(tokens, k, end, rules)) &&
        !qualifiesBodyNoun(tokens, start, k, rules) &&
        !titleInBodyName(tokens, start, k, rules) &&
        !surnameAfterGivenName(tokens, nameStart, k, end, rules)) ||
      (k === start && occupationAfterArticle(tokens, start, end, rules)) ||
      // `Ten-year-old Conor said`: a sentence opening on the age, capitalised, before the name; an age
      // is nobody's name.
      (k === start && rules.ageNoun.test(lower)) ||
      (k === start && surnameNounBeforeFullName(tokens, start, end, rules)) ||
      (k === start + 1 && nameStart === k && occupationAfterRole(tokens, k, end, rules))
    )
      nameStart = k + 1;
  }
  // A title written in lower case just before the run also makes a role ("le maire Artem Kobzar").
  const before = start > from ? tokens[start - 1] : undefined;
  const honorificBefore =
    before && rules.honorifics.has(before.lower) ? rules.honorifics.get(before.lower) : undefined;
  const lead = before?.lower ?? "";
  const after = tokens[end];
  // "of Nurses Union President Ana Costa": a title makes what follows a person again; "according
  // to Dana Kowalski", "selon Marie Roy": a source phrase names a person, not a place.
  // "For Maisie, who is nine, …", "Pour Marc Delorme, …" likewise: a viewpoint opening the sentence,
  // or a conjunction opening it (`But for Rita Vale and her colleagues, …`), is someone's.
  const conjunction =
    rules.clauseJoins.has(tokens[start - 2]?.lower ?? "") && opensSentence(tokens, start - 2);
  const viewpoint =
    rules.viewpointPrepositions.has(lead) && (opensSentence(tokens, start - 1) || conjunction);
  // "da XP Investimentos", "at BNP Paribas": a body's name may open with an acronym, which the run
  // leaves out; the preposition before the acronym governs the run too, and so does a genitive's
  // determiner after a noun where nouns are capitalised (`der Vorsitzende der SG Dortmund`); a
  // determiner heading the phrase makes the acronym its noun (`L’ONG Médecins sans frontières`), read
  // elsewhere. Not after an office and its party or
  // union (`le vice-président du RN Julien Marchal`), nor before a full name opening on a given name
  // (`explica a SINC Laura Ortega`): the acronym is the outlet spoken to, the run its speaker.
  const fullName = end - nameStart >= 2;
  const acronymAfter = (governing: ReadonlySet<string>) =>
    before !== undefined &&
    ALL_CAPITALS.test(before.text) &&
    start - 2 >= from &&
    governing.has(tokens[start - 2]!.lower) &&
    !(fullName && isOffice(tokens[start - 3]?.lower ?? "", rules)) &&
    !(fullName && isGivenName(tokens[nameStart]!.text));
  const nounBeforeGenitive = tokens[start - 3];
  const genitiveAcronym =
    rules.capitalisesNouns &&
    isWord(nounBeforeGenitive) &&
    isCapitalised(nounBeforeGenitive) &&
    start - 3 >= from &&
    acronymAfter(rules.determiners);
  // `Das Tiefbauamt des Kantons Bern`, `Ein Sprecher der Stadt Zürich`: where nouns are capitalised, a
  // genitive's determiner after a noun governs the noun after it as a preposition would, and a run right
  // after that noun names what it is (a canton, a town), not the phrase's person; not after a title,
  // nor a run opening on a given name (`der Anwalt der Familie Peter Roth`): that is a person's name. So
  // does a preposition before an oblique article (`Ein Anwohner aus dem Quartier Riedmatt`, `eine
  // Mieterin in der Siedlung Grünau`), unless the noun is a person's (`mit der Nachbarin Huber`).
  const governedNoun = () =>
    isWord(nounBeforeGenitive) &&
    rules.prepositions.has(nounBeforeGenitive.lower) &&
    rules.obliqueArticles.has(tokens[start - 2]!.lower) &&
    !isPersonNoun(lead, rules);
  const inGenitiveComplement =
    rules.capitalisesNouns &&
    start - 3 >= from &&
    isCapitalised(before) &&
    !rules.titles.has(lead) &&
    !isGivenName(tokens[start]!.text) &&
    rules.definiteDeterminers.has(tokens[start - 2]!.lower) &&
    (isCapitalised(nounBeforeGenitive) || governedNoun());
  const afterPreposition =
    (rules.prepositions.has(lead) ||
      acronymAfter(rules.prepositions) ||
      inGenitiveComplement ||
      inGovernedList(tokens, start, rules) ||
      possessedBodyInComplement(tokens, start, end, from, rules)) &&
    nameStart === start &&
    !endsSourcePhrase(tokens, start, rules) &&
    !viewpoint;
  // "the state Department of Health": a determiner and a lower-case qualifier before a body's name,
  // which ends on its noun or opens on it.
  const qualifiedBody =
    start - 2 >= from &&
    rules.determiners.has(tokens[start - 2]!.lower) &&
    before?.kind === "word" &&
    !isCapitalised(before) &&
    !isOffice(lead, rules) &&
    (rules.organisationNouns.has(tokens[end - 1]!.lower) ||
      rules.organisationNouns.has(tokens[start]!.lower));
  return {
    start: nameStart,
    end,
    titleStart: start,
    title: titleText(tokens, start, nameStart, honorificWords),
    gender: gender ?? honorificBefore,
    afterPreposition,
    afterDeterminer:
      (rules.determiners.has(lead) ||
        qualifiedBody ||
        genitiveAcronym ||
        nounAfterAdjective(tokens, start, end, from, rules)) &&
      nameStart === start,
    // "the Emergency Services Agency commissioner David Pryce": an office written after the run, a title
    // as much as a person noun, makes the run the office's body, not its holder.
    modifier:
      (end < to &&
        after?.kind === "word" &&
        (after.lower === rules.possessiveSuffix ||
          isOffice(after.lower, rules) ||
          rules.organisationNouns.has(after.lower))) ||
      qualifiesNoun(tokens, start, end, from, to, rules) ||
      ownsBodyNoun(tokens, nameStart, end, to, rules),
    afterOffice: rules.titles.has(lead) || rules.personNouns.has(lead),
    afterBodyNoun:
      nameStart === start &&
      (bodyComplementBefore(tokens, start, end, rules) || partyOfIndefiniteMember(tokens, start, end, rules)),
    // `la calle Doña Rosa`, `el espacio Doña Pakyta`: a place named after someone keeps their honorific.
    namesPlace:
      ((nameStart === start || honorificWords?.size === nameStart - start) &&
        isWord(before) &&
        !isCapitalised(before) &&
        rules.placeNouns.has(lead)) ||
      (nameStart === start && end - start > 1 && rules.placeNouns.has(tokens[start]!.lower)) ||
      // `la gare de Tunis Marine`, `la rue de Rivoli`: the place's noun before the name's preposition.
      (nameStart === start &&
        rules.complementOf.has(lead) &&
        rules.placeNouns.has(tokens[start - 2]?.lower ?? "")) ||
      saintBeforeGivenName(tokens, nameStart, end, rules) ||
      (nameStart === start && territoryOfBody(tokens, start, end, from, rules)),
    fillsMarks: fillsMarks(tokens, start, end, rules),
    qualifiesName: inNameBrackets(tokens, start) || partyAndTownAfterName(tokens, start),
    namesEvent:
      rules.eventNouns.has(tokens[nameStart]!.lower) || rules.eventNouns.has(tokens[end - 1]!.lower),
  };
}

/** How many lower-case words may stand between a body's noun and the territory named after them. */
const TERRITORY_REACH = 4;

/**
 * `l’agence régionale de santé Occitanie`, `la direction départementale Hauts-de-Seine`: a lower-case
 * body's noun with an adjective of its level of government (`jurisdictionAdjectives`), and perhaps its
 * field, before the run: the run is the territory the body serves, a place, and the body is the speaker
 * (`Occitanie` says nothing). Not initials (`le syndicat régional CFDT`: the union's own name), a given
 * name's run, nor a run a trade's word names as a firm (`la compagnie régionale Air Corsica`).
 */
function territoryOfBody(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  rules: LanguageRules,
) {
  if (ALL_CAPITALS.test(tokens[start]!.text) || isGivenName(tokens[start]!.text)) return false;
  for (let k = start; k < end; k++) if (rules.firmNameWords.has(tokens[k]!.lower)) return false;
  for (let k = start - 1; k > from && k >= start - TERRITORY_REACH; k--) {
    const t = tokens[k]!;
    if (!isWord(t) || isCapitalised(t)) return false;
    if (rules.jurisdictionAdjectives.has(t.lower))
      return isWord(tokens[k - 1]) && rules.organisationNouns.has(tokens[k - 1]!.lower);
  }
  return false;
}

/**
 * `du groupe Liot`, `à l’université Mohammed V`: a preposition, perhaps a determiner, then a body's noun
 * in lower case right before the name at [start, end), which names that body. Where the body's noun
 * heads the phrase (`l’association France Parkinson`), the name alone is the speaker, read elsewhere.
 * A full name after an office and its body (`la presidenta de la asociación Lucía Díaz`) is the office's
 * holder, as after an office and its party's acronym, unless a name in apposition after it is the holder
 * (`el presidente de la comunidad San Roque, Pedro Gil,`) or the name holds a preposition that only a
 * body's name holds (`un cadre du groupe Ensemble pour la République`).
 */
function bodyComplementBefore(tokens: readonly Token[], start: number, end: number, rules: LanguageRules) {
  const governing = governedBodyNoun(tokens, start, rules);
  if (governing < 0) return false;
  const holder =
    end - start >= 2 &&
    !tokens.slice(start, end).some((t) => rules.bodyNamePrepositions.has(t.lower)) &&
    rules.affiliationPrepositions.has(tokens[governing]!.lower) &&
    isOffice(tokens[governing - 1]?.lower ?? "", rules) &&
    !holderInApposition(tokens, end);
  return !holder;
}

/**
 * `glisse un député Renaissance`: one capitalised word right after an indefinite member's noun is the
 * party the unnamed member belongs to; a reporter writes a surname after `le député`, never `un député`.
 */
function partyOfIndefiniteMember(tokens: readonly Token[], start: number, end: number, rules: LanguageRules) {
  const member = tokens[start - 1];
  return (
    end - start === 1 &&
    isWord(member) &&
    rules.partyMemberNouns.has(member.lower) &&
    rules.indefiniteDeterminers.has(tokens[start - 2]?.lower ?? "")
  );
}

/**
 * `du groupe Liot`, `de la consultora Abeceb`: where a body's noun in lower case, the complement of a
 * preposition (perhaps through its article), stands right before `start`, that preposition; else -1.
 * Where a body's name capitalises its first word only, its noun may open it, capitalised, before one
 * lower-case qualifier (`du Conseil scolaire Centre-Nord`, `de la Commission scolaire Marie-Victorin`).
 */
function governedBodyNoun(tokens: readonly Token[], start: number, rules: LanguageRules): number {
  const before = tokens[start - 1];
  const opening = tokens[start - 2];
  const qualified =
    rules.bodyNamesCapitaliseFirstWord &&
    isWord(before) &&
    !isCapitalised(before) &&
    isWord(opening) &&
    isCapitalised(opening) &&
    rules.organisationNouns.has(opening.lower);
  const at = qualified ? start - 2 : start - 1;
  const noun = tokens[at];
  if (!qualified && !writtenAsKind(noun, rules)) return -1;
  const governing = rules.determiners.has(tokens[at - 1]?.lower ?? "") ? at - 2 : at - 1;
  return rules.prepositions.has(tokens[governing]?.lower ?? "") ? governing : -1;
}

/** `…, Pedro Gil,` right after the name ending at `end`: a comma, then a capitalised word. */
const holderInApposition = (tokens: readonly Token[], end: number) =>
  tokens[end]?.text === "," && isWord(tokens[end + 1]) && isCapitalised(tokens[end + 1]);

/**
 * "at a large French lender", "for a big Dutch insurer": a lone capitalised word between a determiner's
 * lower-case adjective and a lower-case noun qualifies the noun (a nationality, a brand), and names no
 * one. "the late Ann Roy said", "the young Ellis has said": two words, or a verb or function word after;
 * "le syndicat Force ouvrière": a body's noun before, whose name the run opens. Only where nouns are
 * not capitalised.
 */
function qualifiesNoun(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  to: number,
  rules: LanguageRules,
): boolean {
  const adjective = adjectiveBeforeOneWord(tokens, start, end, from, rules);
  const noun = tokens[end];
  return (
    !rules.capitalisesNouns &&
    adjective !== undefined &&
    end < to &&
    !isOffice(adjective.lower, rules) &&
    !rules.organisationNouns.has(adjective.lower) &&
    isWord(noun) &&
    !isCapitalised(noun) &&
    !isFunctionWord(noun.lower, rules) &&
    !rules.speechVerbs.has(noun.lower)
  );
}

/**
 * How many lower-case words may stand between a run and the body's noun it qualifies (`public health unit`).
 */
const BODY_QUALIFIERS = 3;

/**
 * `Te Whatu Ora’s Waikato public health unit said`, `Ontario public health unit`: a run followed by
 * lower-case words that end on a body's noun (no function word, no verb of saying between) is the place
 * or owner of that body, which the whole phrase names; the run names no one. Only where nouns are not
 * capitalised. Not a full name opening on a given name (`Jane Roe met union leaders`, `Tom Hale told
 * company staff`): a person, whose verb stands between the name and the body's noun.
 */
function ownsBodyNoun(
  tokens: readonly Token[],
  nameStart: number,
  end: number,
  to: number,
  rules: LanguageRules,
): boolean {
  if (rules.capitalisesNouns || (end - nameStart >= 2 && isGivenName(tokens[nameStart]!.text))) return false;
  for (let k = end; k < to && k - end < BODY_QUALIFIERS; k++) {
    const t = tokens[k];
    if (!isWord(t) || isCapitalised(t) || isFunctionWord(t.lower, rules) || rules.speechVerbs.has(t.lower))
      return false;
    if (rules.organisationNouns.has(t.lower)) return k > end;
  }
  return false;
}

/**
 * The lower-case adjective (no function word) between a determiner and a run [start, end) of one word
 * (`a large French`, `der angeklagte Jäger`), if the run stands so: what qualifiesNoun and
 * nounAfterAdjective both read.
 */
function adjectiveBeforeOneWord(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  rules: LanguageRules,
): Token | undefined {
  return lowerWordBeforeOneWord(
    tokens,
    start,
    end,
    from,
    (determiner) => rules.determiners.has(determiner.lower),
    (adjective) => !isFunctionWord(adjective.lower, rules),
  );
}

/**
 * The lower-case word between an opening word and a run [start, end) of one word, both as the two tests
 * want them, within the text from `from`: the shape adjectiveBeforeOneWord and adverbAfterPossessive read.
 */
function lowerWordBeforeOneWord(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  opens: (t: Token) => boolean,
  modifies: (t: Token) => boolean,
): Token | undefined {
  const [opening, between] = [tokens[start - 2], tokens[start - 1]];
  const stands =
    end - start === 1 &&
    start - 2 >= from &&
    isWord(opening) &&
    opens(opening) &&
    isWord(between) &&
    !isCapitalised(between) &&
    modifies(between);
  return stands ? between : undefined;
}

/**
 * `Der angeklagte Jäger`, `ein 67-jähriger Jäger`: where every noun takes a capital, one word after a
 * determiner and a lower-case adjective is that determiner's noun, a description like `der angeklagte
 * Landwirt`, not a surname, which news German writes with neither (see qualifiesNoun for languages
 * that capitalise names only). A first name may follow an age (`der 14-jährige Luca`, `die 13-jährige
 * Lena`), as a child is named: after an age, or when it is a given name, the word stays a name.
 */
function nounAfterAdjective(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  rules: LanguageRules,
): boolean {
  const adjective =
    adjectiveBeforeOneWord(tokens, start, end, from, rules) ??
    adverbAfterPossessive(tokens, start, end, from, rules);
  return (
    rules.capitalisesNouns &&
    adjective !== undefined &&
    !rules.ageNoun.test(adjective.lower) &&
    !isGivenName(tokens[start]!.text)
  );
}

/**
 * `in seinem letzten Wort`, `in ihrer vergangenen Rede`: an adjective the lexicon keeps as an adverb for
 * its time phrases (`letzten Monat`) is an adjective still between a possessive and one capitalised
 * word, the possessive's noun. Not after a possessive that is a pronoun too (`sagte ihr gestern Müller`).
 */
function adverbAfterPossessive(
  tokens: readonly Token[],
  start: number,
  end: number,
  from: number,
  rules: LanguageRules,
): Token | undefined {
  return lowerWordBeforeOneWord(
    tokens,
    start,
    end,
    from,
    (possessive) => rules.possessiveDeterminers.has(possessive.lower) && !rules.clitics.has(possessive.lower),
    (adverb) => rules.adverbs.has(adverb.lower),
  );
}

/**
 * Whether tokens [start, end) fill a pair of quotation marks, the span’s own comma and an article aside,
 * or stand among the words of a title in marks (`in der Fachzeitschrift „Journal of Geophysical Research:
 * Atmospheres“`): words only, and a subtitle's colon, up to TITLE_REACH tokens to either mark.
 */
function fillsMarks(tokens: readonly Token[], start: number, end: number, rules: LanguageRules): boolean {
  const isMark = (t: Token | undefined) => t?.kind === "punct" && QUOTATION_MARK.test(t.text);
  const closing = tokens[end]?.kind === "punct" && !isMark(tokens[end]) ? end + 1 : end;
  // A nickname keeps its article inside the marks: `surnommé “le Petit Prince du Djurdjura”`.
  const opening = rules.determiners.has(tokens[start - 1]?.lower ?? "") ? start - 2 : start - 1;
  if (isMark(tokens[opening]) && isMark(tokens[closing])) return true;
  return titleMarkAt(tokens, start - 1, -1) && titleMarkAt(tokens, end, 1);
}

/** How many of a title's tokens may stand between a name run and the marks around the title. */
const TITLE_REACH = 4;
/** A quotation mark that never doubles as an apostrophe (`Smith’s`, `l'État`). */
const TITLE_MARK = /^["“”„‟«»‹›]$/u;

/**
 * Whether a title's quotation mark stands from `k` on in direction `step` (-1 back, 1 on), past at
 * most TITLE_REACH words or a subtitle's colon.
 */
function titleMarkAt(tokens: readonly Token[], k: number, step: -1 | 1): boolean {
  for (let n = 0; n <= TITLE_REACH; n++, k += step) {
    const t = tokens[k];
    if (t?.kind === "punct" && TITLE_MARK.test(t.text)) return true;
    if (t === undefined || (t.kind !== "word" && t.text !== ":")) return false;
  }
  return false;
}

/**
 * `Sen. Dan Hoeger, R-Spencer, said`, `Rep. Ana Ruiz, D-Iowa City,`: a lone capital joined by a hyphen
 * to a capitalised word, after a comma that follows a name, is the person's party and town, as American
 * papers write them; it names no one.
 */
const PARTY_AND_TOWN = /^\p{Lu}-\p{Lu}/u;
function partyAndTownAfterName(tokens: readonly Token[], start: number): boolean {
  const opening = tokens[start];
  return (
    isWord(opening) &&
    PARTY_AND_TOWN.test(opening.text) &&
    tokens[start - 1]?.text === "," &&
    isCapitalised(tokens[start - 2])
  );
}

/** How many tokens back a bracket opening before a run is looked for: a ward and its riding. */
const BRACKET_REACH = 6;

/**
 * Whether token `start` stands in brackets opened right after a capitalised word, a name's last
 * (`Brad Hollis (Ward 16, Don Valley East)`): what a reporter brackets after a name qualifies the
 * person (ward, party, riding), and names no one else.
 */
function inNameBrackets(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && start - k <= BRACKET_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ")") return false;
    if (t.text === "(") return isWord(tokens[k - 1]) && isCapitalised(tokens[k - 1]);
  }
  return false;
}

/** A source phrase ("according to", "selon", "d'après") ends just before token i. */
export function endsSourcePhrase(tokens: readonly Token[], i: number, rules: LanguageRules): boolean {
  const last = tokens[i - 1];
  if (last === undefined) return false;
  // Asked before nearly every name: only the phrases ending on the word before it are read.
  const phrases = phrasesEndingWith(rules.sourcePhrases, withoutApostrophe(last.lower), sourcePhraseWords);
  for (const parts of phrases) {
    let k = 0;
    for (const t = i - parts.length; k < parts.length - 1; k++) {
      const word = tokens[t + k];
      if (word === undefined || withoutApostrophe(word.lower) !== parts[k]) break;
    }
    if (k === parts.length - 1) return true;
  }
  return false;
}

/** The words from token `from` to `to` as written, less the soft hyphens no reader sees. */
export const tokensText = (tokens: readonly Token[], from: number, to: number, source: string): string =>
  from < to ? source.slice(tokens[from]!.start, tokens[to - 1]!.end).replace(/\u00AD/gu, "") : "";

/** A character outside printable ASCII: a name without any has no accent to fold. */
const NON_ASCII = /[^\x20-\x7e]/u;

/**
 * Name words compared across mentions: lower case, titles and suffixes dropped, accents folded
 * since pages transliterate the same name both ways ("Murátov", "Muratov"). Callers that compare
 * names again and again keep the words (SpeakerRegistry does, for one extraction).
 */
export function nameWords(name: string): readonly string[] {
  const lower = name.toLowerCase();
  // A name in plain ASCII (most) has no accent to fold: normalising it twice would change nothing.
  const plain = NON_ASCII.test(lower)
    ? lower.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC")
    : lower;
  return (
    plain
      // An asterisk marks a name changed to protect the person ("Antoine*"): no part of the name.
      .split(/[\s*]+/u)
      .filter((w) => w && !isSuffix(w))
  );
}

/** The generation a name ends on ("jr", "sr", "iii"), lower case without its dot, if any. */
const generationOf = (name: string): string | undefined => {
  const last = name.trim().split(/\s+/u).at(-1) ?? "";
  return isSuffix(last) ? last.toLowerCase().replace(/\.$/u, "") : undefined;
};

/** "Tom Bell Sr." and "Tom Bell Jr.": a father and his son, though their names' words are the same. */
export function otherGeneration(a: string, b: string): boolean {
  // Asked of nearly every pair of names compared, and most names end on no generation.
  const ga = generationOf(a);
  if (ga === undefined) return false;
  const gb = generationOf(b);
  return gb !== undefined && ga !== gb;
}

/**
 * Two names (as nameWords) denote one person when the words of the shorter are the last or the
 * first words of the longer: "Sullivan" and "Jake Sullivan", "Hawk Sawyer" and "Kathleen Hawk
 * Sawyer", "Marie-Pierre" and "Marie-Pierre Dausse", or its first and last words. So they share
 * their first or their last word. Where people carry two surnames (`firstOfTwoSurnames`), the first
 * alone also names the person: "Márquez" and "Elena Márquez Ortiz".
 */
export function sameName(wa: readonly string[], wb: readonly string[], firstOfTwoSurnames = false): boolean {
  const short = wa.length <= wb.length ? wa : wb;
  const long = short === wa ? wb : wa;
  if (short.length === 0) return false;
  return (
    wordsAt(short, long, long.length - short.length) ||
    wordsAt(short, long, 0) ||
    skipsMiddleNames(short, long) ||
    (short.length === 1 && compoundSurnameHeads(long).includes(short[0]!)) ||
    compoundSurnameInside(short, long) ||
    (firstOfTwoSurnames && short.length === 1 && firstSurname(long) === short[0]) ||
    (firstOfTwoSurnames && givenNameAndFirstSurname(short, long))
  );
}

/** Whether `long` holds the words of `short` from index `at` (asked of every pair of names compared). */
function wordsAt(short: readonly string[], long: readonly string[], at: number): boolean {
  for (let k = 0; k < short.length; k++) if (short[k] !== long[at + k]) return false;
  return true;
}

/**
 * The short name is the long one's surname: its last words ("Claude" of "Georges Claude"), or, where
 * people carry two surnames (`firstOfTwoSurnames`), the first of them, which the press calls the person
 * by ("Martínez" of "Julián Martínez Saiz").
 */
export function isSurnameOf(
  short: readonly string[],
  long: readonly string[],
  firstOfTwoSurnames: boolean,
): boolean {
  return (
    long.slice(-short.length).join(" ") === short.join(" ") ||
    (firstOfTwoSurnames && short.length === 1 && firstSurname(long) === short[0])
  );
}

/**
 * "Mauricio Larín" for "Mauricio Ernesto Larín Portillo": the first given name and the first of two
 * surnames, the way a standfirst or a later paragraph shortens a name of four words or three.
 */
const givenNameAndFirstSurname = (short: readonly string[], long: readonly string[]) =>
  short.length === 2 && short[0] === long[0] && firstSurname(long) === short[1];

/**
 * The first of two surnames: the one before the last in a name of three words ("márquez" of "Elena
 * Márquez Ortiz") or of four, which hold two given names before the two surnames ("zárate" of "Víctor
 * Hugo Zárate Paredes"). Longer names, or names with a particle (a compound surname, which
 * compoundSurnameHeads reads), leave unsure which word opens the surnames.
 */
function firstSurname(words: readonly string[]): string | undefined {
  if (words.length !== 3 && words.length !== 4) return undefined;
  return words.some((w) => PARTICLES.has(w)) ? undefined : words.at(-2);
}

/**
 * The words that open a compound surname inside a name, before its particle: "lula" of "Luiz Inácio
 * Lula da Silva", "fernández" of "Cristina Fernández de Kirchner". Written alone, such a word is
 * what the press calls the person by.
 */
function compoundSurnameHeads(words: readonly string[]): string[] {
  const heads: string[] = [];
  for (let k = 1; k + 2 < words.length; k++)
    if (PARTICLES.has(words[k + 1]!) && !PARTICLES.has(words[k]!)) heads.push(words[k]!);
  return heads;
}

/**
 * A compound surname written alone names the person whose full name holds it after the given name,
 * though a second surname follows it: "Sáenz de Cabezón" of "Marta Sáenz de Cabezón Ruiz". Its words
 * open on a surname's head, not a particle (see compoundSurnameHeads), and hold a particle inside.
 */
function compoundSurnameInside(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 3 || !opensCompoundSurname(short)) return false;
  for (let k = 1; k + short.length <= long.length; k++)
    if (short.every((w, i) => w === long[k + i])) return true;
  return false;
}

/** Words that open on a compound surname's head: a word, then a particle ("saenz de cabezon"). */
const opensCompoundSurname = (words: readonly string[]) =>
  words.length >= 3 && !PARTICLES.has(words[0]!) && PARTICLES.has(words[1]!) && !PARTICLES.has(words.at(-1)!);

/** "Maria Lopez" for "Maria Elena Lopez": same first and last words, middle ones left out. */
function skipsMiddleNames(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/** The keys a name is filed under and looked up by in a NameIndex (see fileKeys, lookupKeys). */
interface NameKeysOf {
  file: string[];
  lookup: string[];
}

/**
 * Every name's keys, made once for one extraction and shared by its NameIndexes: the mentions
 * stage and speaker resolution file and ask the same names, and making their keys (strings of
 * joined words) was a good part of the allocations of a run.
 */
export class NameKeys {
  private readonly byName = new Map<string, NameKeysOf>();
  /** The same keys by the words' list itself (see NameIndex.namesByWords). */
  private readonly byWords = new WeakMap<readonly string[], NameKeysOf>();

  of(words: readonly string[]): NameKeysOf {
    let keys = this.byWords.get(words);
    if (keys) return keys;
    const name = words.join(" ");
    keys = this.byName.get(name);
    if (!keys) this.byName.set(name, (keys = { file: fileKeys(words), lookup: lookupKeys(words) }));
    this.byWords.set(words, keys);
    return keys;
  }
}

/** A name's keys in a NameIndex, the ids filed under it and its last lookup. */
interface FiledName extends NameKeysOf {
  filed: Set<number>;
  found?: { version: number; ids: number[] };
}

/**
 * Ids of names, filed so that the names sameName may match a name are found without reading
 * every name that shares a word with it: on a page quoting thousands of "Alex …", the first word
 * alone would hold them all. A name is filed under each leading and trailing run of its words
 * (what a longer name may begin or end with), its whole, and its first and last words together
 * (a name written without its middle names); `candidates` looks up only the keys a match must have.
 */
export class NameIndex {
  private readonly ids = new Map<string, Set<number>>();
  /**
   * Each name's keys, the ids filed under it and its last lookup: the same few names are filed and
   * asked again and again, and a first name alone ("Anna said") may have thousands of candidates.
   */
  private readonly names = new Map<NameKeysOf, FiledName>();
  /**
   * The same entries by the words' list itself: callers keep one list per name (their nameWords), so
   * that a name asked again is found without joining its words again.
   */
  private readonly namesByWords = new WeakMap<readonly string[], FiledName>();
  /** Counts the filings: a lookup stays good until the next one. */
  private version = 0;

  /** `keys`: the extraction's names' keys, shared with its other indexes. */
  constructor(private readonly keys: NameKeys = new NameKeys()) {}

  private name(words: readonly string[]) {
    let filed = this.namesByWords.get(words);
    if (filed) return filed;
    const keys = this.keys.of(words);
    filed = this.names.get(keys);
    if (!filed) this.names.set(keys, (filed = { file: keys.file, lookup: keys.lookup, filed: new Set() }));
    this.namesByWords.set(words, filed);
    return filed;
  }

  /** Files `id` under the name whose nameWords are `words`. */
  add(words: readonly string[], id: number): void {
    const name = this.name(words);
    if (name.filed.has(id)) return;
    name.filed.add(id);
    this.version++;
    for (const key of name.file) {
      const ids = this.ids.get(key);
      if (ids) ids.add(id);
      else this.ids.set(key, new Set([id]));
    }
  }

  /** Every id filed under a name sameName may match `words` with (and maybe a few more), in order. */
  candidates(words: readonly string[]): readonly number[] {
    const name = this.name(words);
    if (name.found?.version === this.version) return name.found.ids;
    const found = new Set<number>();
    for (const key of name.lookup) for (const id of this.ids.get(key) ?? []) found.add(id);
    name.found = { version: this.version, ids: [...found].sort((a, b) => a - b) };
    return name.found.ids;
  }
}

/**
 * Heads and tails are filed and looked up to this many words: a run of capitalised words can be
 * as long as a page makes it, and every head of it as a key would grow with its square. A longer
 * name is found by its first or last KEY_WORDS words, a few more candidates that sameName sorts out.
 */
const KEY_WORDS = 6;

function fileKeys(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const keys = [`whole:${words.join(" ")}`];
  for (let n = 1; n <= Math.min(words.length, KEY_WORDS); n++)
    keys.push(`head:${words.slice(0, n).join(" ")}`, `tail:${words.slice(-n).join(" ")}`);
  if (words.length >= 2) keys.push(`ends:${words[0]} ${words.at(-1)}`);
  for (const head of compoundSurnameHeads(words)) keys.push(`compound:${head}`);
  // Filed in every language: a few more candidates where the first surname is no short form.
  const surname = firstSurname(words);
  if (surname !== undefined) keys.push(`compound:${surname}`, `given-first:${words[0]} ${surname}`);
  // A given name and a surname alone, which a name's first surname may shorten (givenNameAndFirstSurname).
  if (words.length === 2) keys.push(`given-surname:${words[0]} ${words[1]}`);
  return keys;
}

/**
 * Where sameName's matches are filed: names these words begin or end (shorter in sameName's
 * terms), names that begin or end with these words (longer), and names with the same first and
 * last words (middle names skipped, both two words or more) or first word and first surname.
 */
function lookupKeys(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const reach = Math.min(words.length, KEY_WORDS);
  const keys = [`head:${words.slice(0, reach).join(" ")}`, `tail:${words.slice(-reach).join(" ")}`];
  for (let n = 1; n <= reach; n++)
    keys.push(`whole:${words.slice(0, n).join(" ")}`, `whole:${words.slice(-n).join(" ")}`);
  if (words.length >= 2) keys.push(`ends:${words[0]} ${words.at(-1)}`);
  // A given name and a first surname may be written alone ("Mauricio Larín" of "Mauricio Ernesto
  // Larín Portillo", see givenNameAndFirstSurname): each form looks for the other under its own key,
  // so that the many names that share a given name and a first surname are not each other's candidates.
  const surname = firstSurname(words);
  if (surname !== undefined) keys.push(`given-surname:${words[0]} ${surname}`);
  if (words.length === 2) keys.push(`given-first:${words[0]} ${words[1]}`);
  // A word alone may open a longer name's compound surname, and a longer name's may be written alone.
  if (words.length === 1 || opensCompoundSurname(words)) keys.push(`compound:${words[0]}`);
  for (const head of compoundSurnameHeads(words)) keys.push(`whole:${head}`);
  return keys;
}
