// Words and punctuation of one block, read once per extraction. A block's quotation marks are
// tokens of their own, so a quote's span always starts and ends between tokens.
import type { LanguageRules } from "../lang/types.ts";
import { isFunctionWord } from "../lang/lexicon.ts";
import { isGivenName } from "../lang/givenNames.ts";

export interface Token {
  /** The token as written; for a quote token, the marks and the words between them. */
  text: string;
  /** Lower case, apostrophes folded to ', elided words without their apostrophe ("l", "qu"). */
  lower: string;
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /** For a quote token: its index in the quotes it was made from. */
  quote?: number;
  /** For a quote token: the words between its marks, read as sentences of their own. */
  inner?: readonly Token[];
  /** A subject pronoun written after its verb with a hyphen ("estime-t-il" → "il"). */
  inverted?: boolean;
  /** An impersonal verb's pronoun, no one (« il faut », « il ne s’agit pas »: `impersonalVerbs`). */
  impersonal?: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

// Words: letters and digits, joined by inner apostrophes, hyphens and dots ("aujourd’hui",
// "Kassym-Jomart", "U.S"; an initialism's dot before a compound's hyphen: "K.S.C.-Präsident",
// "U.S.-backed", not a title's before another title: "Det.-Sgt."), and a number by the comma between
// its digits ("6,000", "3,5"), which no clause ends on ("the union, which represents about 6,000
// teachers, said"); each repetition starts
// with a joiner, so matching stays linear. A plural possessive keeps its apostrophe, so that "the
// Traders’ Association" stays one noun phrase. The first part of a compound whose head is written once
// keeps its hyphen ("die Industrie- und Handelskammer"): one word, which no phrase ends on. A soft
// hyphen (U+00AD, where a page allows a line break: "doc\u00ADtrine") is invisible: inside a word it is
// part of it, between words it is space. A median dot joins a word's parts too: French inclusive
// writing (« les élu·e·s », « les Vert·e·s ») and Catalan's « l·l » (« col·lectiu ») put it there.
const WORD_RUN = String.raw`[\p{L}\p{N}\p{M}\u00AD]+`;
// The hyphen after an initialism's dot is looked behind for only once a dot has matched: tried at every
// joiner, the look-behind doubled the tokenizer's time.
const WORD_JOINER = String.raw`(?:['’\-·]|\.(?:(?<=\.\p{Lu}\.)-)?|(?<=\p{N}),(?=\p{N}))`;
const WORD = new RegExp(
  String.raw`${WORD_RUN}(?:${WORD_JOINER}${WORD_RUN})*(?:(?<=s)['’](?=\s+\p{L})|-(?=\s+\p{Ll}))?`,
  "uy",
);
const SPACE = /[\s\u00AD]+/uy;
// A verb, perhaps a letter for the sound (the lexicon's euphonicLetters), and its inverted pronoun.
const HYPHENATED = /^([\p{L}]+)-(?:([\p{L}]+)-)?([\p{L}]+)$/u;
const ELIDED = /^(\p{L}+)['’](\p{L}.*)$/u;
/** A capitalised word, not one in capitals (`N’OUBLIEZ` is still elided). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SOFT_HYPHENS = /\u00AD/gu;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
/** SINGLE_CAPITAL, asked of every word: one letter is at most two UTF-16 units, most words are longer. */
const isSingleCapital = (word: string) => word.length <= 2 && SINGLE_CAPITAL.test(word);
/** Spaces and the capitalised word after them. */
const NEXT_CAPITALISED = /\s+(\p{Lu}\p{Ll}+)/uy;

/** Whether the word after the spaces at `pos` is a given name (`Lucas` in `Federal A. Lucas`). */
function givenNameAt(text: string, pos: number): boolean {
  NEXT_CAPITALISED.lastIndex = pos;
  const next = NEXT_CAPITALISED.exec(text);
  return next !== null && isGivenName(next[1]!);
}

/**
 * The words and punctuation of `text`, in order, all in sentence 0 (sentences.ts marks them).
 * `marks` are the offsets of the block's paired quotation marks: a word never swallows one, even
 * where a possessive apostrophe would ("the champions’ said" after an opening ‘).
 */
export function tokenizeText(text: string, rules: LanguageRules, marks: ReadonlySet<number>): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const code = text.charCodeAt(pos);
    // Most of a page is plain spaces and words of ASCII and Latin-1 letters: those are read without
    // a regular expression (WORD and SPACE, with their Unicode classes, took a fifth of the
    // tokenizer's time, run at every word and every space).
    if (code === SPACE_CODE) {
      pos++;
      continue;
    }
    if (!isPlainWordChar(code)) {
      SPACE.lastIndex = pos;
      if (SPACE.test(text)) {
        pos = SPACE.lastIndex;
        continue;
      }
    }
    const end = wordEnd(text, pos);
    if (end > pos) {
      pushWord(tokens, text.slice(pos, marks.has(end - 1) ? end - 1 : end), pos, text, rules);
      pos = tokens.at(-1)!.end;
      continue;
    }
    tokens.push(makeToken(text[pos]!, text[pos]!, pos, pos + 1, "punct"));
    pos++;
  }
  if (rules.impersonalVerbs.size > 0) markImpersonalSubjects(tokens, rules);
  return tokens;
}

/** Marks each pronoun whose verb, past clitics and negation, is impersonal (`impersonalVerbs`). */
function markImpersonalSubjects(tokens: Token[], rules: LanguageRules): void {
  for (let k = 0; k < tokens.length; k++) {
    const pronoun = tokens[k]!;
    if (pronoun.kind !== "word" || !rules.pronouns.has(pronoun.lower)) continue;
    let verb = k + 1;
    while (
      tokens[verb]?.kind === "word" &&
      (rules.clitics.has(tokens[verb]!.lower) || rules.negations.has(tokens[verb]!.lower))
    )
      verb++;
    const t = tokens[verb];
    if (t?.kind === "word" && rules.impersonalVerbs.has(t.lower)) pronoun.impersonal = true;
  }
}

function pushWord(tokens: Token[], word: string, start: number, text: string, rules: LanguageRules): void {
  // French inversion: "estime-t-il", "a-t-elle", "dit-il", "affirment-ils".
  const hyphenated = rules.invertedPronouns.size > 0 && word.includes("-") ? HYPHENATED.exec(word) : null;
  const euphonic = hyphenated?.[2] === undefined || rules.euphonicLetters.has(hyphenated[2]);
  if (hyphenated && euphonic && rules.invertedPronouns.has(hyphenated[3]!)) {
    tokens.push(wordToken(hyphenated[1]!, start));
    const pronoun = wordToken(hyphenated[3]!, start + word.length - hyphenated[3]!.length);
    pronoun.inverted = true;
    tokens.push(pronoun);
    return;
  }
  const elided =
    rules.elisions.size > 0 && (word.includes("'") || word.includes("’")) ? ELIDED.exec(word) : null;
  if (elided && isElision(elided[1]!, elided[2]!, rules)) {
    const head = elided[1]!;
    tokens.push(
      makeToken(head + word[head.length], head.toLowerCase(), start, start + head.length + 1, "word"),
    );
    pushWord(tokens, elided[2]!, start + head.length + 1, text, rules);
    return;
  }
  const possessive = possessiveAt(word, rules);
  if (possessive > 0) {
    tokens.push(
      wordToken(word.slice(0, possessive), start),
      wordToken(word.slice(possessive), start + possessive),
    );
    return;
  }
  // Abbreviations keep their dot: initials ("J."), "Mr.", "Sen.", "U.S.". A thing's letter is no
  // initial: `dans le groupe F. Brice Ngoumou a ouvert le score` ends a sentence on it, and so does
  // `el Torneo Federal A. Lucas Figueroa marcó`: a middle initial follows a given name or an office
  // (`President J. David Cox`), never a name's other word before a given name.
  const previous = tokens.at(-1);
  const label =
    isSingleCapital(word) &&
    previous?.kind === "word" &&
    (rules.letterLabelledNouns.has(previous.lower) ||
      (CAPITALISED.test(previous.text) &&
        !isGivenName(previous.text) &&
        !rules.titles.has(previous.lower) &&
        givenNameAt(text, start + word.length + 1)));
  const dotted = text[start + word.length] === "." && isAbbreviation(word, rules) && !label;
  tokens.push(wordToken(dotted ? `${word}.` : word, start));
}

const SPACE_CODE = 0x20;

/**
 * An ASCII letter or digit, or a Latin-1 letter (`é`, `ß`, `ñ`; not `×` nor `÷`): a word's character
 * (WORD_RUN), and none of WORD_JOINER's.
 */
const isPlainWordChar = (code: number) =>
  code < 0x80
    ? (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
    : code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7;

/**
 * Where the word starting at `pos` ends (WORD), or `pos` where none starts there. A word of plain
 * letters and digits (isPlainWordChar) followed by an ASCII character that neither joins nor
 * continues a word ends there, as WORD would end it; any other word is matched by WORD itself.
 */
function wordEnd(text: string, pos: number): number {
  let k = pos;
  while (k < text.length && isPlainWordChar(text.charCodeAt(k))) k++;
  const next = k < text.length ? text.charCodeAt(k) : 0;
  if (k > pos && (k === text.length || (next < 0x80 && !ASCII_JOINERS.has(next)))) return k;
  WORD.lastIndex = pos;
  // `test` rather than `exec`: no match array to build for each of the page's words.
  return WORD.test(text) ? WORD.lastIndex : pos;
}

/** The ASCII characters WORD_JOINER may join a word's parts by. */
const ASCII_JOINERS = new Set(["'", "-", ".", ","].map((c) => c.charCodeAt(0)));

/** A word's token. */
function wordToken(word: string, start: number): Token {
  return makeToken(word, lowerWord(word), start, start + word.length, "word");
}

/**
 * A token, made in this one place with every field a token may have (those it lacks undefined), so that
 * all tokens, words, punctuation and quotes, share one shape: the engine reads millions, in functions
 * that a second shape met late makes the engine compile again.
 */
export function makeToken(
  text: string,
  lower: string,
  start: number,
  end: number,
  kind: Token["kind"],
  sentence = 0,
  quote?: number,
  inner?: readonly Token[],
): Token {
  return {
    text,
    lower,
    start,
    end,
    kind,
    quote,
    inner,
    inverted: undefined,
    impersonal: undefined,
    sentence,
  };
}

/** The token `t` counted in sentence `sentence`: a copy in makeToken's shape, which a spread copy lacks. */
export function tokenInSentence(t: Token, sentence: number): Token {
  const { text, lower, start, end, kind, quote, inner, inverted, impersonal } = t;
  return { text, lower, start, end, kind, quote, inner, inverted, impersonal, sentence };
}

/** A word in lower case, its apostrophes folded to ' and soft hyphens dropped (asked only where there
 * are any). */
function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  const folded = lower.includes("’") ? lower.replaceAll("’", "'") : lower;
  return folded.includes("\u00AD") ? folded.replace(SOFT_HYPHENS, "") : folded;
}

/**
 * "l’armée" is "l" + "armée"; "M’jid" and "T’Challa" are names: a capital m' or t' elides nothing;
 * "N’Guessan" is one too: an elision made only before a verb meets no capitalised word (`rest`).
 */
function isElision(head: string, rest: string, rules: LanguageRules): boolean {
  const lower = head.toLowerCase();
  if (!rules.elisions.has(lower) || head === lower) return rules.elisions.has(lower);
  return (
    !rules.capitalNotElided.has(lower) && !(rules.elisionsBeforeVerbs.has(lower) && CAPITALISED.test(rest))
  );
}

/** Where the possessive written onto a noun starts ("NPR's" → 3), or -1. */
function possessiveAt(word: string, rules: LanguageRules): number {
  const suffix = rules.possessiveSuffix;
  const at = word.length - suffix.length;
  // Called for every word: most end with another letter than the suffix does.
  if (suffix === "" || at < 1 || word.at(-1)!.toLowerCase() !== suffix.at(-1)) return -1;
  return /\p{L}/u.test(word[at - 1]!) && word.slice(at).replace("’", "'").toLowerCase() === suffix ? at : -1;
}

function isAbbreviation(word: string, rules: LanguageRules): boolean {
  if (isSingleCapital(word) || word.includes(".")) return true;
  const lower = `${word.toLowerCase()}.`;
  return rules.honorifics.has(lower) || rules.titles.has(lower) || rules.abbreviations.has(lower);
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

/** A word less the apostrophe it ends on (`d'`), as source phrases are listed: asked of nearly every word. */
export const withoutApostrophe = (lower: string) => (lower.endsWith("'") ? lower.slice(0, -1) : lower);

/** The index of the first token starting at or after `offset` (tokens are in order: a binary search). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The word written right before `offset` (a preposition governing a name, say), if a word stands there. */
export function wordBefore(tokens: readonly Token[], offset: number): Token | undefined {
  const before = tokens[firstTokenFrom(tokens, offset) - 1];
  return before?.kind === "word" ? before : undefined;
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";

/**
 * The first index in [from, to) whose token passes `test`, or -1. A stretch is searched from its own
 * start: `tokens.findIndex` with the bounds in its test reads a long block from its first token, for
 * every stretch of it asked.
 */
export function findTokenIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (t: Token, k: number) => boolean,
): number {
  for (let k = Math.max(from, 0); k < Math.min(to, tokens.length); k++) if (test(tokens[k]!, k)) return k;
  return -1;
}

export function isCapitalised(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  // Called for nearly every word, often several times: plain ASCII needs no Unicode table.
  const first = t.text.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(t.text);
}

/**
 * How the tokens between two commas after a person's phrase stand to it: "name" for a name in
 * apposition, an office word perhaps before it and a party's initials after it (`Roberto Falcão
 * (PL-SC)`, `deputado Marcos Vieira`); "description" for a description of a person a determiner
 * opens (`um dos senadores da oposição`) or an office of something (`director de la Fundación X`);
 * "aside" for an affiliation or a relative clause (`de la Universidad de Barcelona`, `que no participó
 * en el estudio`); null for a clause of its own.
 */
export function appositionKind(
  tokens: readonly Token[],
  rules: LanguageRules,
): "name" | "description" | "aside" | null {
  const words: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === "(") depth++;
    else if (t.text === ")") depth--;
    else if (depth === 0 && t.kind === "word") words.push(t);
    else if (depth === 0) return null;
  }
  const [first, ...rest] = words;
  if (first === undefined) return null;
  const office = rules.personNouns.has(first.lower) || rules.titles.has(first.lower);
  const named = (t: Token) => isCapitalised(t) || rules.nameParticles.has(t.lower);
  if ((isCapitalised(first) || (office && rest.length > 0)) && rest.every(named)) return "name";
  // A description of the person, a determiner opening it: `um dos senadores críticos ao governo`.
  // Or an office and what it is the office of, with no determiner: `director de la Fundación X`.
  const describes =
    ((rules.determiners.has(first.lower) || rules.indefiniteDeterminers.has(first.lower)) &&
      rest.some((t) => rules.personNouns.has(t.lower) || rules.titles.has(t.lower))) ||
    (office && rules.affiliationPrepositions.has(rest[0]?.lower ?? ""));
  // `Ana Berrocal, gestora de renta variable en Abante,`: a bare noun for what the person does, with its
  // complement after a preposition, describes them too.
  const occupation =
    !isCapitalised(first) &&
    !isFunctionWord(first.lower, rules) &&
    rules.prepositions.has(rest[0]?.lower ?? "");
  if (describes || occupation) return "description";
  const opensAside =
    rules.affiliationPrepositions.has(first.lower) ||
    rules.relativePronouns.has(first.lower) ||
    rules.complementisers.has(first.lower);
  return opensAside ? "aside" : null;
}

// How many words a reported clause's subject may hold before its verb: `Jeder investierte Euro`.
const REPORTED_SUBJECT_WORDS = 4;

/**
 * `jedes Kind lerne …`, `Ein Großteil der Patienten gehöre …`: whether the clause whose words open at
 * `words[0]` opens on a noun phrase, a capitalised noun after words the lexicon lists as no small word
 * (a quantifier, an adjective) or as a determiner, then a verb of the reported mood's shape
 * (`reportedSpeechForm`): reported speech whose subject is a noun, as `lerne es` is one whose subject is a
 * pronoun. A determiner capitalised at the sentence's start is no noun: in `Das großformatige Ölbild` the
 * adjective after it is no verb.
 */
export function opensReportedClause(words: readonly Token[], rules: LanguageRules): boolean {
  const form = rules.reportedSpeechForm;
  if (form === null) return false;
  const clause = words.slice(0, REPORTED_SUBJECT_WORDS + 1);
  const inNounPhrase = (t: Token) => rules.determiners.has(t.lower) || !isFunctionWord(t.lower, rules);
  return clause.some(
    (verb, k) =>
      k > 0 &&
      /^\p{Ll}/u.test(verb.text) &&
      form.ending.test(verb.text) &&
      !isFunctionWord(verb.lower, rules) &&
      isCapitalised(clause[k - 1]!) &&
      !rules.determiners.has(clause[k - 1]!.lower) &&
      clause.slice(0, k).every(inNounPhrase),
  );
}
