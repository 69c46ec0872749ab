// Mentions: every person the article names, read once per article before any quote is
// attributed, with where each mention stands and the role written with it, grouped into one
// entity per person. Attribution reads a quote's own sentence; this stage reads the rest, so
// that a speaker quoted as "Williams" carries the role given three paragraphs up ("Jennifer
// Williams, a top national security aide"), and a description ("la dirigeante de la CGT") can
// be linked to the one person whose role names that body.
//
// Grouping keeps people apart by their first names: "Hori Parata" and his son "Te Kaurinui
// Robert Parata" are two entities, and a bare "Parata" gives its role to neither, since the
// article has not said which one it means.
import type { BlockKind, Span } from "../types.ts";
import type { Gender, LanguageRules } from "../lang/types.ts";
import { isGivenName } from "../lang/givenNames.ts";
import {
  companyFormAt,
  isAdjective,
  insideBodyField,
  isPersonRun,
  NameIndex,
  NameKeys,
  nameRuns,
  nameWords,
  otherGeneration,
  runWith,
  sameName,
  listConjunctions,
  type NameRun,
  tokensText,
} from "../attribution/names.ts";
import {
  ACRONYM,
  AGE,
  firstTokenFrom,
  isCapitalised,
  isWord,
  sentenceRanges,
  type Sentence,
  type Token,
  wordBefore,
} from "../attribution/tokens.ts";
import { roleOfRun } from "./roles.ts";
import { isFunctionWord, isPersonNoun, isPluralPersonNoun } from "../lang/lexicon.ts";
import { bodyDescriptions } from "./bodies.ts";
import {
  acronymLetters,
  WORD_ACRONYM,
  type ArticleEntity,
  articleEntities,
  type EntityMention,
  maySourceBeDescribedFrom,
} from "./entities.ts";

/** How many words may qualify an indefinite description's noun ("eine pensionierte Krankenschwester"). */
const DESCRIBED_QUALIFIERS = 2;
/** How many people, the last named first, a description may mean before anyone named further back. */
const NEARBY_PEOPLE = 4;
/** How many words a body's name written in lower case may hold for each letter of its acronym. */
const LOWER_CASE_NAME_SPREAD = 3;

/** One number for a block and an offset in it: an article holds at most 1,500,000 characters. */
/** An acronym standing as a word of its own in a text: "NTEU", "AFGE". */
const ACRONYMS = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

const lowerWordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const startKey = (block: number, offset: number) => block * 2 ** 21 + offset;

/** An acronym's name as the article writes it out, and the determiner written before the name. */
interface WrittenOut {
  name: string;
  determiner?: string;
}

/** Small words inside a body's name: "Centre for Disease Control", "Servicio de Salud". */
const joiningWord = (rules: LanguageRules, lower: string) =>
  rules.prepositions.has(lower) || rules.determiners.has(lower);

/** Small words inside a body's name, "and" too: "Centre for Disease Control and Prevention". */
const joinsName = (rules: LanguageRules, lower: string) =>
  joiningWord(rules, lower) || listConjunctions(rules).has(lower);

/**
 * Whether the determiner at `offset` is an article in the case of what governs it, the sentence's and
 * not a name's: after a preposition (`mit der Brenner Optik GmbH`) or, where nouns are capitalised,
 * after the noun whose genitive it opens (`nach Angaben der Polizeiinspektion Celle`); or before the
 * postposition that governs it, a few words on (`Dem Landratsamt zufolge`, `Der Polizei zufolge`).
 */
function caseArticleAt(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  const [governor, article] = [tokens[k - 1], tokens[k]];
  if (article?.kind !== "word" || !rules.obliqueArticles.has(article.lower)) return false;
  if (governor?.kind !== "word") return beforePostposition(tokens, k + 1, rules);
  return rules.prepositions.has(governor.lower) || (rules.capitalisesNouns && isCapitalised(governor));
}

// How many words a phrase a postposition governs may run to: `Dem Landratsamt Heidenheim zufolge`.
const POSTPOSED_PHRASE_WORDS = 5;

/** Whether a postposition (`postposedSources`) follows the words from token k, within a short phrase. */
function beforePostposition(tokens: readonly Token[], k: number, rules: LanguageRules): boolean {
  for (let j = k; j < tokens.length && j - k <= POSTPOSED_PHRASE_WORDS; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") return false;
    if (rules.postposedSources.has(t.lower)) return j > k;
  }
  return false;
}

/** The definite determiner written right before token k, if the name's own (`Die Brenner Optik GmbH`). */
function determinerOfName(tokens: readonly Token[], k: number, rules: LanguageRules): Token | undefined {
  const before = tokens[k - 1];
  if (before?.kind !== "word" || !rules.definiteDeterminers.has(before.lower)) return undefined;
  return caseArticleAt(tokens, k - 1, rules) ? undefined : before;
}

/**
 * The name written in tokens [from, to] of the sentence, with the determiner written just before it;
 * in the nominative where an article of another case declined its adjectives before a feminine noun
 * (`der Kassenärztlichen Vereinigung Rheinland-Pfalz (KV)` → `Kassenärztliche Vereinigung Rheinland-Pfalz`,
 * the name `teilte die KV mit` goes by): their `-en` is the nominative's `-e` there.
 */
function located(sentence: Sentence, from: number, to: number): WrittenOut {
  const { tokens, rules, source } = sentence;
  let declined = from;
  if (caseArticleAt(tokens, from - 1, rules))
    while (
      declined < to &&
      isCapitalised(tokens[declined]!) &&
      obliqueAdjective(tokens[declined]!.lower, rules)
    )
      declined++;
  const feminine = declined > from && rules.feminineNoun.test(tokens[declined]!.lower);
  const nominative = tokens.slice(from, declined).map((t) => `${t.text.slice(0, -1)} `);
  const name = feminine
    ? nominative.join("") + source.slice(tokens[declined]!.start, tokens[to]!.end)
    : source.slice(tokens[from]!.start, tokens[to]!.end);
  const determiner = determinerOfName(tokens, from, rules);
  return determiner ? { name, determiner: determiner.text } : { name };
}

/** An adjective in the `-en` of the genitive and dative after an article (`Kassenärztlichen`). */
const obliqueAdjective = (lower: string, rules: LanguageRules) =>
  lower.endsWith("en") && isAdjective(lower, rules);

/**
 * The initials a word gives an acronym: its first letter, and the capital opening each part a hyphen
 * joins on ("Leibniz-Institut" gives L and I, "Max-Planck-Gesellschaft" M, P and G).
 */
function initialsOf(word: string): string {
  let initials = word[0] ?? "";
  for (let at = word.indexOf("-"); at >= 0; at = word.indexOf("-", at + 1)) {
    const next = word[at + 1];
    if (next !== undefined && next !== next.toLowerCase()) initials += next;
  }
  return initials;
}

/**
 * Whether the initials of the capitalised words in tokens [from, to] (see initialsOf) hold the
 * acronym's letters in order; where nouns compound (`capitalisesNouns`), the last word may spell the
 * letters left inside it (see spellsRestWithin).
 */
function spellsAcronym(sentence: Sentence, from: number, to: number, acronym: string): boolean {
  const { tokens, rules } = sentence;
  let letter = 0;
  let last = -1;
  for (let k = from; k <= to && letter < acronym.length; k++) {
    if (!isCapitalised(tokens[k]!)) continue;
    for (const initial of initialsOf(tokens[k]!.text))
      if (initial === acronym[letter]) [letter, last] = [letter + 1, k];
  }
  if (letter === acronym.length) return true;
  return last === to && rules.capitalisesNouns && spellsRestWithin(tokens[to]!.text, acronym.slice(letter));
}

/**
 * "Instituto Nacional de Sismología, Vulcanología, Meteorología e Hidrología (Insivumeh)",
 * "Coordinadora Nacional para la Reducción de Desastres (Conred)": an acronym written as a word
 * (WORD_ACRONYM) spells its name by the first letters, one or more, of the name's words in turn
 * from `from`, each capitalised word giving some, a small word ("e", "para") some or none, and at
 * least two words giving letters (one word's start is a short form, not an acronym). The name's
 * words after the last that gives letters are its still ("Desastres"). Where nouns compound, a word's
 * parts give theirs too (see spells).
 */
function spellsBySyllables(sentence: Sentence, from: number, to: number, acronym: string): boolean {
  const { tokens } = sentence;
  // An acronym drops its words' accents: "Feder" of "Fonds Européen de Développement Régional".
  const unaccented = (text: string) => text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  const letters = unaccented(acronym);
  // Each (word, letter, words so far up to two) is tried once: the ways to share out the letters
  // grow exponentially with a long name, the states only with its length times the acronym's.
  const tried = new Set<number>();
  const spells = (k: number, at: number, words: number): boolean => {
    if (at === letters.length) return words >= 2;
    const t = tokens[k];
    if (k > to || t === undefined) return false;
    const state = (k * (letters.length + 1) + at) * 3 + Math.min(words, 2);
    if (tried.has(state)) return false;
    tried.add(state);
    if (t.kind !== "word") return t.text === "," && spells(k + 1, at, words);
    if (!isCapitalised(t) && spells(k + 1, at, words)) return true;
    const word = unaccented(t.text);
    if (word[0] !== letters[at]) return false;
    // Where nouns compound, a word gives the initials of its parts too ("Bundesamt für Zivilluftfahrt
    // (Bazl)": "ba" of Bundes-amt, "zl" of Zivil-luftfahrt), letters in order after its own initial.
    let inside = 1;
    for (let n = 1; at + n <= letters.length; n++) {
      if (spells(k + 1, at + n, Math.min(words + 1, 2))) return true;
      const next = letters[at + n]!;
      const prefix = inside === n && word[n] === next;
      if (!prefix && !sentence.rules.capitalisesNouns) return false;
      inside = prefix ? n + 1 : word.indexOf(next, inside) + 1;
      if (inside === 0) return false;
    }
    return false;
  };
  return isCapitalised(tokens[from]!) && spells(from, 0, 0);
}

/**
 * "Bundesgerichtshof (BGH)", "Aargauische Gebäudeversicherung (AGV)": a compound's parts give an
 * acronym their initials as the words of a name do, so the letters an acronym has left are spelled
 * by the last word, in order after its own initial. A word in capitals (the acronym itself) is no
 * compound.
 */
function spellsRestWithin(word: string, rest: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  let at = 1;
  const lower = word.toLowerCase();
  for (const letter of rest.toLowerCase()) {
    at = lower.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** One block of the article as the mentions stage reads it: its kind and its tokens. */
export interface MentionBlock {
  kind: BlockKind;
  sentence: Sentence;
}

const LETTER = /\p{L}/u;

/** One place the article names a person. */
export interface PersonMention {
  block: number;
  /** Where the name (titles excluded) stands in the block's text. */
  span: Span;
  name: string;
  /** The role written with this mention (see roles.ts), or null. */
  role: string | null;
  /** The gender an honorific or a feminine noun of the role shows ("Mme", "directrice"), if any. */
  gender?: Gender;
  /** The age written in apposition right after the name ("Sabine Coppens, 63 ans,", "Ann Roy (63)"). */
  age?: number;
  /**
   * The name stands after a preposition: a person (`cross-examined by Simon Hartley`) or a place
   * (`in Port St. Lucie`). It completes a surname, but it is nobody's subject.
   */
  afterPreposition: boolean;
}

/** One person of the article: every mention that can only be theirs. */
export interface PersonEntity {
  /** The fullest form of the name the article writes. */
  name: string;
  /** Roles the article gives, in order of first appearance, each once. */
  roles: string[];
  /** The gender its mentions show, when they all agree ("mixed" when they do not). */
  gender?: Gender | "mixed";
  mentions: PersonMention[];
}

/** The people named in the article, found once, and every entity it mentions (see entities.ts). */
export class ArticleMentions {
  readonly people: PersonEntity[] = [];
  readonly mentions: PersonMention[] = [];
  /** The blocks read, kept for linking entities when first asked (see `linked`). */
  private readonly blocks: readonly MentionBlock[];
  private linking?: { entities: ArticleEntity[]; byStart: Map<number, number> };
  /** Each block's text in lower case, made when a body's written name is first asked for. */
  private lowerSources?: readonly string[];
  /** The keys of every name filed in this extraction's NameIndexes, made once per name. */
  readonly nameKeys = new NameKeys();
  /** People by their full names' words: only those filed under a name's keys can match it (see sameName). */
  private readonly byName = new NameIndex(this.nameKeys);

  /** What the article says each named body is ("news agency" for "reuters"), by lower-case name. */
  private readonly bodies = new Map<string, string[]>();
  /** Runs that were two names side by side, each with the full name that ends it. */
  private readonly juxtaposed = new Map<string, string>();
  /** The page's language names people later by the first of two surnames (see sameName). */
  private readonly firstOfTwoSurnames: boolean;

  constructor(blocks: readonly MentionBlock[]) {
    this.firstOfTwoSurnames = blocks[0]?.sentence.rules.firstOfTwoSurnames ?? false;
    const found = splitJuxtaposed(
      blocks.flatMap((block, b) => personMentions(block, b)),
      this.juxtaposed,
    );
    // Full names first, so that a surname written before its full name still finds its person.
    for (const m of found) if (this.isFullName(m.name)) this.addFullName(m);
    for (const m of found) if (!this.isFullName(m.name)) this.addShortName(m);
    for (const person of this.people)
      person.mentions.sort((a, b) => a.block - b.block || a.span.start - b.span.start);
    this.mentions = found;
    for (const block of blocks) this.describeBodies(block);
    this.blocks = blocks;
  }

  /**
   * A mention's text with the word the article writes right before it ("Die" of "Die Pichler
   * Fenstertechnik GmbH", a company's name the names stage read without it), when that word is a
   * definite determiner of the name's own (determinerOfName); its text alone otherwise.
   */
  withDeterminerBefore(m: EntityMention): string {
    const { tokens, rules, source } = this.blocks[m.block]!.sentence;
    const at = tokens.findIndex((t) => t.start === m.span.start);
    const before = at > 0 ? determinerOfName(tokens, at, rules) : undefined;
    return before !== undefined ? source.slice(before.start, m.span.end) : m.text;
  }

  /**
   * A body's name with the capitals the article first writes it with in its body text ("La
   * République en Marche" for "la République en marche" read in an incise). A first letter that
   * alone differs is only a sentence's capital ("The report said"): the name stays as read.
   */
  asFirstWritten(name: string): string {
    const wanted = name.toLowerCase();
    // Each block lowered once per article, not once per speaker: one search per speaker and block.
    this.lowerSources ??= this.blocks.map((block) => block.sentence.source.toLowerCase());
    for (const [b, { kind, sentence }] of this.blocks.entries()) {
      const lower = this.lowerSources[b]!;
      // Lower-casing may change a text's length (rare letters): then offsets do not hold.
      if (kind === "headline" || lower.length !== sentence.source.length) continue;
      // The name as whole words: "the fed" is not the start of "the federal budget".
      for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
        if (LETTER.test(lower[at - 1] ?? "") || LETTER.test(lower[at + wanted.length] ?? "")) continue;
        const written = sentence.source.slice(at, at + name.length);
        return written.slice(1) === name.slice(1) ? name : written;
      }
    }
    return name;
  }

  /** People first (the same order as `people`), then bodies, documents and described sources. */
  get entities(): readonly ArticleEntity[] {
    return this.linked().entities;
  }

  /** The entity whose mention starts at `offset` in block `block`, if any. */
  entityAt(block: number, offset: number): ArticleEntity | undefined {
    const { entities, byStart } = this.linked();
    const id = byStart.get(startKey(block, offset));
    return id === undefined ? undefined : entities[id];
  }

  /**
   * Whether the phrase at offset `at` of block `block` may be linked to a source first described
   * in a block from `from` on (see maySourceBeDescribedFrom): false only when it cannot be, so that
   * asking costs no linking of the article's entities when it cannot.
   */
  maySourceBeDescribedFrom(block: number, at: number, from: number): boolean {
    return this.linking !== undefined || maySourceBeDescribedFrom(this.blocks, block, at, from);
  }

  /** The bodies' mentions in reading order, listed on first use (see bodyNamedBefore). */
  private bodyMentions?: { block: number; start: number; entity: ArticleEntity }[];

  /** Every mention of a body, in reading order (see bodyNamedBefore, bodyNamedFirst), but as a place's. */
  private bodiesInOrder(): { block: number; start: number; entity: ArticleEntity }[] {
    return (this.bodyMentions ??= this.entities
      .filter((e) => e.kind === "organisation")
      .flatMap((entity) =>
        entity.mentions
          .filter((m) => !this.namesPlace(m))
          .map((m) => ({ block: m.block, start: m.span.start, entity })),
      )
      .sort((a, b) => a.block - b.block || a.start - b.start));
  }

  /**
   * `en Boca del Río` (see placePrepositions), `de la colonia República` (see placeNouns): a body's
   * name written as a place's, where it names the town or the district, not the body.
   */
  private namesPlace(m: EntityMention): boolean {
    const { tokens, rules } = this.blocks[m.block]!.sentence;
    const before = wordBefore(tokens, m.span.start)?.lower ?? "";
    const [first = "", ...rest] = m.text.toLowerCase().split(/\s+/u);
    const determined = rules.definiteDeterminers.has(first);
    // The place's noun before the name or opening the mention right before it (`la colonia Morelos`),
    // not a body's noun its complement names (`el Departamento de Salud`).
    const [noun = "", next = ""] = determined ? rest : [first, ...rest];
    const opensOnPlace = rules.placeNouns.has(noun) && !rules.prepositions.has(next);
    const placeNoun = rules.placeNouns.has(before) || opensOnPlace;
    return placeNoun || (rules.placePrepositions.has(before) && !determined);
  }

  /**
   * The body named last before offset `at` of block `block`, or last in the `reach` blocks before
   * (one unless told): the body a bare post written there ("Ein Sprecher sagte", "Sprecherin Anna
   * Roth") speaks for. Bodies that do not `fit` are passed over ("a pasta" is not the body it stands
   * for).
   */
  bodyNamedBefore(block: number, at: number, fits: (body: ArticleEntity) => boolean = () => true, reach = 1) {
    const list = this.bodiesInOrder();
    let k = firstAtOrAfter(list, block, at) - 1;
    while (k >= 0 && !fits(list[k]!.entity)) k--;
    const before = list[k];
    return before !== undefined && before.block >= block - reach ? before.entity : undefined;
  }

  /** The body the article's text (not its headline, which the entities leave out) names first that fits. */
  bodyNamedFirst(fits: (body: ArticleEntity) => boolean): ArticleEntity | undefined {
    return this.bodiesInOrder().find((named) => fits(named.entity))?.entity;
  }

  /**
   * `warten auf einen Termin bei einer Hautärztin`: whether a preposition governs the mention, which
   * then names someone the sentence passes by, not its subject.
   */
  /** Whether block `block`'s language has articles a case puts there (see opensOnCaseArticle). */
  takesCaseArticles(block: number): boolean {
    return this.blocks[block]!.sentence.rules.obliqueArticles.size > 0;
  }

  /** Whether the mention opens on an article in the case of what governs it (caseArticleAt). */
  opensOnCaseArticle(m: EntityMention): boolean {
    const { tokens, rules } = this.blocks[m.block]!.sentence;
    const at = tokens.findIndex((t) => t.start === m.span.start);
    return caseArticleAt(tokens, at, rules);
  }

  /**
   * The mention only passes by in its sentence: a preposition governs it (`bei einer Hautärztin`), or it
   * owns what follows by a possessive (`a neighbor’s doorbell camera`), the thing being what the sentence
   * is about.
   */
  mentionedInPassing(m: EntityMention): boolean {
    const { tokens, rules } = this.blocks[m.block]!.sentence;
    const after = tokens[firstTokenFrom(tokens, m.span.end)];
    return (
      rules.prepositions.has(wordBefore(tokens, m.span.start)?.lower ?? "") ||
      (rules.possessiveSuffix !== "" && after?.lower === rules.possessiveSuffix)
    );
  }

  /**
   * `el único sitio del Casco Antiguo`: the article writes the name only after a definite article, or a
   * preposition carrying one (`complementArticles`), as a reporter writes no person's name: a place's or a
   * thing's the names stage took for a person's.
   */
  namedAfterArticle(p: PersonEntity): boolean {
    return (
      p.mentions.length > 0 &&
      p.mentions.every((m) => {
        const { tokens, rules } = this.blocks[m.block]!.sentence;
        const before = wordBefore(tokens, m.span.start)?.lower ?? "";
        return rules.definiteDeterminers.has(before) || rules.complementArticles.has(before);
      })
    );
  }

  /** Each person's mentions in reading order, listed on first use (see peopleNamedBefore). */
  private peopleInOrder?: { block: number; start: number; person: PersonEntity }[];
  /** The article's subject (see protagonist), found once: every description asks. */
  private subject?: { person: PersonEntity | undefined };

  private inOrder(): { block: number; start: number; person: PersonEntity }[] {
    this.peopleInOrder ??= this.people
      .flatMap((person) => person.mentions.map((m) => ({ block: m.block, start: m.span.start, person })))
      .sort((a, b) => a.block - b.block || a.start - b.start);
    return this.peopleInOrder;
  }

  /**
   * The people named before offset `at` of block `block`, in that block or the one before, the
   * last named first, each once, at most NEARBY_PEOPLE: whom a description written there
   * ("O senador criticou …") most likely means. `byAge`: the description names someone by age alone
   * (`Le quadragénaire`), which fits no one new, as an age is what a reporter adds to a name already
   * given; a paragraph before that names no one (a body's statement, figures) does not end its
   * reach, which then takes the paragraph before that one too, nor does one that names no one and
   * opens on a quote, for any description (see quoteRunningOn).
   * A caption's names are not read there: a caption names what a photo shows (a ship, a building,
   * someone pictured), set by the page's layout between paragraphs, and a reporter's description in
   * the text goes on from the text (`el submarino nuclear Vladimir Monomakh` in a caption is not
   * `el funcionario` of the paragraph after it).
   */
  peopleNamedBefore(block: number, at: number, byAge = false): PersonEntity[] {
    const list = this.inOrder();
    const namesSomeone = list[firstAtOrAfter(list, block - 1, 0)]?.block === block - 1;
    const reach = (byAge || this.quoteRunningOn(block - 1)) && !namesSomeone ? block - 2 : block - 1;
    return this.peopleNamedBack(block, at, reach, NEARBY_PEOPLE);
  }

  /**
   * Everyone named before offset `at` of block `block`, anywhere in the article, each once, the last
   * named first; not a caption's (see peopleNamedBefore). Asked only for a noun of age, which a
   * reporter may use for someone given that age paragraphs back (see byWrittenAge).
   */
  peopleNamedAnywhereBefore(block: number, at: number): PersonEntity[] {
    return this.peopleNamedBack(block, at, 0, Number.POSITIVE_INFINITY);
  }

  /**
   * Up to `most` people named before offset `at` of block `block`, back to block `reach`, each once,
   * the last named first; a caption's names count in its own block only.
   */
  private peopleNamedBack(block: number, at: number, reach: number, most: number): PersonEntity[] {
    const list = this.inOrder();
    const named = new Set<PersonEntity>();
    for (
      let k = firstAtOrAfter(list, block, at) - 1;
      k >= 0 && list[k]!.block >= reach && named.size < most;
      k--
    )
      if (list[k]!.block === block || !this.inCaption(list[k]!.block)) named.add(list[k]!.person);
    return [...named];
  }

  /**
   * Whether a block is someone's words running on into the next: one quote, its marks unclosed (`« Au
   * briefing, … j’ai tout donné.` then `« Je n’ai plus … », a confié le Limbourgeois`), which sets no
   * one between the description closing the quote and the paragraph naming whom it means.
   */
  private quoteRunningOn(block: number): boolean {
    const { kind, sentence } = this.blocks[block] ?? {};
    const quote = sentence?.tokens[0];
    if (kind !== "paragraph" || quote?.kind !== "quote" || sentence!.tokens.length > 1) return false;
    // Its marks unclosed: it ends where its words do, no closing mark after them.
    return quote.end <= (quote.inner?.at(-1)?.end ?? quote.end);
  }

  /**
   * The people named in each sentence before offset `at` of block `block` (its own sentence's words
   * before `at` too), in that block or the one before, the nearest sentence first, each sentence's
   * people in the order first named there: whom a pronoun counting the people named together before
   * it means by their order (« Le premier promet … Le second juge … »). Not a caption's (see
   * peopleNamedBefore).
   */
  peopleBySentenceBefore(block: number, at: number): PersonEntity[][] {
    const list = this.inOrder();
    const sentences: PersonEntity[][] = [];
    let current: string | undefined;
    for (let k = firstAtOrAfter(list, block, at) - 1; k >= 0 && list[k]!.block >= block - 1; k--) {
      const named = list[k]!;
      if (named.block !== block && this.inCaption(named.block)) continue;
      const sentence = `${named.block}:${this.sentenceAt(named.block, named.start)}`;
      if (sentence !== current) sentences.push([]);
      current = sentence;
      sentences.at(-1)!.push(named.person);
    }
    // Read backwards: each sentence's people put back in reading order, each where first named.
    return sentences.map((people) => [...new Set(people.reverse())]);
  }

  /** The index of the sentence holding offset `at` of block `block` (tokens carry their sentence's). */
  private sentenceAt(block: number, at: number): number {
    const tokens = this.blocks[block]!.sentence.tokens;
    let [low, high] = [0, tokens.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tokens[mid]!.start <= at) low = mid + 1;
      else high = mid;
    }
    return tokens[Math.max(0, low - 1)]?.sentence ?? 0;
  }

  /**
   * The person the body named last before offset `at` of block `block`, wherever, when the text since
   * describes no one else (see describesSomeoneSince); undefined for a name in the head, which is none
   * of the body's (see namedFirstInBody). Not a caption's name (see peopleNamedBefore).
   */
  lastNamedBefore(block: number, at: number): PersonEntity | undefined {
    const list = this.inOrder();
    let k = firstAtOrAfter(list, block, at) - 1;
    while (k >= 0 && list[k]!.block !== block && this.inCaption(list[k]!.block)) k--;
    const last = list[k];
    if (last === undefined || this.inHead(last.block) || this.describesSomeoneSince(last, block, at))
      return undefined;
    return last.person;
  }

  /**
   * Whether the text from `since` to offset `at` of block `block` describes people by a determiner and
   * a person noun (`haben die Forscher … modelliert`): others the article went on about, whom a
   * description may mean as well as the person named before them.
   */
  private describesSomeoneSince(since: { block: number; start: number }, block: number, at: number): boolean {
    for (let b = since.block; b <= block; b++) {
      const { tokens, rules } = this.blocks[b]!.sentence;
      for (let k = 0; k < tokens.length && (b < block || tokens[k]!.start < at); k++) {
        if (b === since.block && tokens[k]!.start <= since.start) continue;
        if (describesAfter(tokens, k, rules, rules.determiners)) return true;
      }
    }
    return false;
  }

  /**
   * "A rogue trader who told homeowners their roofs were “about to cave in” has been jailed." then
   * "Dean Willard, 52, of Seaford, admitted …": a lede describes its subject, and the next paragraph
   * opens on their name, written there first. For the article's first body paragraph, the person
   * whose name opens the one after it, named nowhere before; none elsewhere.
   */
  namedOpeningAfterLede(block: number): PersonEntity | undefined {
    if (this.blocks.findIndex((b) => b.kind === "paragraph") !== block) return undefined;
    if (this.blocks[block + 1]?.kind !== "paragraph") return undefined;
    const list = this.inOrder();
    const opening = list[firstAtOrAfter(list, block + 1, 0)];
    if (opening?.block !== block + 1 || opening.start !== 0) return undefined;
    const first = opening.person.mentions.every((m) => m.block > block);
    return first ? opening.person : undefined;
  }

  /**
   * "Die 19-Jährige gewinnt …" in a standfirst under "Lea Schwertfeger schwimmt zum Titel", before the
   * body names "Lea Schwertfeger": the head of an article (headline, standfirst) describes whom its
   * body then names. For a description in a head block, the people named in the first body
   * paragraph, the first named first, at most NEARBY_PEOPLE, each with whether the headline names
   * them too (by the last word of their name: the entities leave the headline out); none elsewhere.
   */
  namedFirstInBody(block: number): { person: PersonEntity; inHeadline: boolean }[] {
    if (!this.inHead(block)) return [];
    const body = this.blocks.findIndex((b, k) => k > block && b.kind === "paragraph");
    if (body < 0) return [];
    const headline = lowerWordsOf(this.blocks.find((b) => b.kind === "headline")?.sentence.source ?? "");
    const named = new Set(
      this.inOrder()
        .filter((p) => p.block === body)
        .map((p) => p.person),
    );
    return [...named].slice(0, NEARBY_PEOPLE).map((person) => ({
      person,
      inHeadline: headline.includes(lowerWordsOf(person.name).at(-1) ?? ""),
    }));
  }

  /**
   * The person the article is about: the first the headline names (by the last word of their name, as
   * namedFirstInBody reads it), or where it names no one, the first the article names. A reporter calls
   * them by what they do without having written it (`dijo la directora` after `la ópera prima de
   * Valeria Ponce Cabral`): the article's subject tells it. A caption names what a photo shows, not
   * whom the article is about (see peopleNamedBefore).
   */
  protagonist(): PersonEntity | undefined {
    this.subject ??= { person: this.findProtagonist() };
    return this.subject.person;
  }

  private findProtagonist(): PersonEntity | undefined {
    const headline = lowerWordsOf(this.blocks.find((b) => b.kind === "headline")?.sentence.source ?? "");
    const people = this.inOrder()
      .filter((p) => !this.inCaption(p.block))
      .map((p) => p.person);
    return people.find((person) => headline.includes(lowerWordsOf(person.name).at(-1) ?? "")) ?? people[0];
  }

  /** Whether a block is a photo's caption, set by the page's layout between paragraphs. */
  private inCaption(block: number): boolean {
    return this.blocks[block]?.kind === "caption";
  }

  /** The body's people by the noun written beside one of their names (see namedBesideNoun), made once. */
  private byNounBeside?: Map<string, PersonEntity[]>;

  /**
   * `« … », estime une caféicultrice.` in the standfirst, then `Joséphine Ndayishimiye, caféicultrice
   * et mère de six enfants` or `grazier Lorraine Dwyer` in the body: the people whose name the body
   * writes with `noun` (lower case) right before it or right after its comma (past a determiner or
   * an age), each once.
   */
  namedBesideNoun(noun: string): readonly PersonEntity[] {
    this.byNounBeside ??= this.indexByNounBeside();
    return this.byNounBeside.get(noun) ?? [];
  }

  private indexByNounBeside(): Map<string, PersonEntity[]> {
    const index = new Map<string, PersonEntity[]>();
    const add = (word: Token | undefined, person: PersonEntity) => {
      if (!isWord(word)) return;
      const people = index.get(word.lower) ?? [];
      if (!people.includes(person)) index.set(word.lower, [...people, person]);
    };
    for (const person of this.people)
      for (const m of person.mentions) {
        if (this.inHead(m.block)) continue;
        const { tokens, rules } = this.blocks[m.block]!.sentence;
        const first = tokens.findIndex((t) => t.start === m.span.start);
        const last = tokens.findIndex((t) => t.end === m.span.end);
        if (first < 0 || last < 0) continue;
        const before = tokens[first - 1];
        add(before, person);
        let after = last + 1;
        if (tokens[after]?.text !== ",") continue;
        after++;
        // "Lorraine Dwyer, 61, a grazier": past the age and its comma.
        if (isWord(tokens[after]) && AGE.test(tokens[after]!.text) && tokens[after + 1]?.text === ",")
          after += 2;
        if (rules.determiners.has(tokens[after]?.lower ?? "")) after++;
        add(tokens[after], person);
      }
    return index;
  }

  /** Whether a block opens the article (headline, standfirst), ahead of the body's paragraphs. */
  inHead(block: number): boolean {
    const kind = this.blocks[block]?.kind;
    return kind === "headline" || kind === "standfirst";
  }

  /** Sources first described with an indefinite determiner, each mention in reading order (on first use). */
  private describedInOrder?: { block: number; start: number; source: ArticleEntity }[];

  /**
   * Whom a definite description of a person at offset `at` of block `block` may stand for: the
   * people named, and the unnamed people described with an indefinite determiner ("ein
   * Feuerwehrmann", "une dame"), before it in that block or the one before, the last mentioned
   * first, each once, at most NEARBY_PEOPLE; past a paragraph naming no one for an age alone (see
   * peopleNamedBefore). Links the article's entities: asked only for a description no cheaper rule
   * could place.
   */
  antecedentsBefore(
    block: number,
    at: number,
    byAge: boolean,
  ): ({ person: PersonEntity } | { source: ArticleEntity })[] {
    const rules = this.blocks[block]?.sentence.rules;
    // The cheap question first: the entities are linked only for a person described in reach.
    const described =
      this.linking !== undefined || this.describesSomeoneBefore(block, at)
        ? (this.describedInOrder ??= this.entities
            .filter((e) => e.kind === "source" && rules !== undefined && describedAsOne(e, rules))
            .flatMap((source) =>
              source.mentions.map((m) => ({ block: m.block, start: m.span.start, source })),
            )
            .sort((a, b) => a.block - b.block || a.start - b.start))
        : [];
    const sources = described.slice(0, firstAtOrAfter(described, block, at));
    // A name holding a body's noun ("Ministerio de Defensa de Rusia") is a body's, no one's.
    const people = this.peopleNamedBefore(block, at, byAge).filter(
      (person) => !lowerWordsOf(person.name).some((w) => rules?.organisationNouns.has(w)),
    );
    const lastMention = (places: readonly { block: number; span: Span }[]) =>
      places.findLast((m) => placedBefore(m, block, at));
    const placed = [
      ...people.map((person) => ({ candidate: { person }, place: lastMention(person.mentions)! })),
      ...[...new Set(sources.filter((s) => s.block >= block - 1).map((s) => s.source))].map((source) => ({
        candidate: { source },
        place: lastMention(source.mentions)!,
      })),
    ];
    placed.sort((a, b) => b.place.block - a.place.block || b.place.span.start - a.place.span.start);
    return placed.slice(0, NEARBY_PEOPLE).map((p) => p.candidate);
  }

  /**
   * Whether block `block - 1`, or block `block` before offset `at`, may describe a person with an
   * indefinite determiner ("eine Rentnerin aus Ludwigsburg"): a person noun within the few words
   * after one. Reads those two blocks' words, not the article's.
   */
  describesSomeoneBefore(block: number, at: number): boolean {
    for (let b = Math.max(block - 1, 0); b <= block; b++) {
      const { kind, sentence } = this.blocks[b]!;
      if (kind === "headline") continue;
      const { tokens, rules } = sentence;
      for (let k = 0; k < tokens.length && (b < block || tokens[k]!.start < at); k++)
        if (describesAfter(tokens, k, rules, rules.indefiniteDeterminers)) return true;
    }
    return false;
  }

  /**
   * Where block `block - 1`, or block `block` before offset `at`, wrote `noun` after a definite or a
   * possessive determiner ("the complainant received a call", "his son visited"), the first time, and
   * whether a possessive: a description the article wrote so before is the person written of there.
   * Reads those two blocks' words, not the article's.
   */
  writtenDefinitelyBefore(
    block: number,
    at: number,
    noun: string,
  ): { block: number; span: Span; possessive: boolean } | undefined {
    for (let b = Math.max(block - 1, 0); b <= block; b++) {
      const { kind, sentence } = this.blocks[b]!;
      if (kind === "headline") continue;
      const { tokens, rules } = sentence;
      for (let k = 1; k < tokens.length && (b < block || tokens[k]!.start < at); k++) {
        if (tokens[k]!.lower !== noun) continue;
        const determiner = tokens[k - 1]!.lower;
        const possessive = rules.possessiveWords.has(determiner);
        if (possessive || rules.definiteDeterminers.has(determiner))
          return { block: b, span: { start: tokens[k - 1]!.start, end: tokens[k]!.end }, possessive };
      }
    }
    return undefined;
  }

  /**
   * The article's entities, linked on first use: only some rules ask (a pronoun no speaker can
   * stand for, a body's or a source's description, explain for all), each after a cheaper
   * question where one exists (maySourceBeDescribedFrom), so many extractions never pay for them.
   */
  private linked(): { entities: ArticleEntity[]; byStart: Map<number, number> } {
    if (this.linking) return this.linking;
    const attached = new Set(this.people.flatMap((p) => p.mentions));
    const entities = articleEntities(
      this.blocks,
      this.people,
      this.mentions.filter((m) => !attached.has(m)),
      (name) =>
        ACRONYM.test(name) ||
        this.descriptionsOf(name).length > 0 ||
        this.officesIn(name).length > 0 ||
        this.initialledInBrackets(name),
      (name) => this.officesIn(name),
      (name) => this.descriptionsOf(name),
    );
    const byStart = new Map<number, number>();
    entities.forEach((e, id) => {
      for (const m of e.mentions) byStart.set(startKey(m.block, m.span.start), id);
    });
    return (this.linking = { entities, byStart });
  }

  /** Each word of the people's roles, lower case, with the roles that hold it: made on first ask. */
  private rolesByWord?: Map<string, { holder: string; role: string; words: string }[]>;

  /**
   * The roles of the article's people that name `name` as where they hold office ("directora de
   * ventas de Nimbo" for "Nimbo"): a name someone works for is a body, of the kind their office
   * says. Reads only the roles that hold the name's first word, through an index of every role's
   * words made once, as every person's name is asked about.
   */
  officesIn(name: string): string[] {
    const words = lowerWordsOf(name);
    if (words.length === 0) return [];
    const phrase = ` ${words.join(" ")} `;
    return (this.roleIndex().get(words[0]!) ?? [])
      .filter((r) => r.holder !== name && r.words.includes(phrase))
      .map((r) => r.role);
  }

  private roleIndex(): Map<string, { holder: string; role: string; words: string }[]> {
    if (this.rolesByWord) return this.rolesByWord;
    const index = new Map<string, { holder: string; role: string; words: string }[]>();
    for (const p of this.people)
      for (const role of p.roles) {
        const lower = lowerWordsOf(role);
        const entry = { holder: p.name, role, words: ` ${lower.join(" ")} ` };
        for (const w of new Set(lower)) {
          const held = index.get(w);
          if (held) held.push(entry);
          else index.set(w, [entry]);
        }
      }
    return (this.rolesByWord = index);
  }

  /**
   * `Ciments de l’Ébrié (CDE)`, `Frutas de Chile (FDC)`: whether the article writes the name's own
   * initials in brackets right after it (its small words' letters too: `de`, `l’`), as it defines a
   * body's acronym (see definedInBrackets). Not a name opening on a given name, whose initials may be
   * a party's by chance (`le député Paul Sorel (PS)`): the bracket says whom the person stands for.
   */
  private initialledInBrackets(name: string): boolean {
    if (isGivenName(name.split(" ", 1)[0]!)) return false;
    const person = this.people.find((p) => p.name === name);
    return (person?.mentions ?? []).some((m) => {
      const { tokens } = this.blocks[m.block]!.sentence;
      const from = tokens.findIndex((t) => t.start === m.span.start);
      const to = tokens.findIndex((t) => t.end === m.span.end);
      const [open, acronym, close] = [tokens[to + 1], tokens[to + 2], tokens[to + 3]];
      return (
        from >= 0 &&
        to >= from &&
        open?.text === "(" &&
        close?.text === ")" &&
        acronym !== undefined &&
        ACRONYM.test(acronym.text) &&
        [spellsAcronym, spellsBySyllables].some((spells) =>
          spells(this.blocks[m.block]!.sentence, from, to, acronym.text),
        )
      );
    });
  }

  /** What the article says the body named `name` is, each description once, in order. */
  descriptionsOf(name: string): readonly string[] {
    return this.bodies.get(name.toLowerCase()) ?? [];
  }

  /**
   * What the article says of each body a text names ("a research group" for "director at the
   * Urban Policy Council", where the article writes "the Urban Policy Council, a research group"):
   * the text's own words may not say what the body is. Reads every described body once.
   */
  descriptionsWithin(text: string): string[] {
    const lower = ` ${lowerWordsOf(text).join(" ")} `;
    return [...this.bodies].flatMap(([name, descriptions]) =>
      lower.includes(` ${lowerWordsOf(name).join(" ")} `) ? descriptions : [],
    );
  }

  private describeBodies(block: MentionBlock): void {
    if (block.kind === "headline") return;
    const s = block.sentence;
    for (const [start, end] of sentenceRanges(s.tokens))
      for (const { name, description } of bodyDescriptions(s, start, end)) {
        const key = name.toLowerCase();
        const known = this.bodies.get(key) ?? [];
        if (!known.includes(description)) this.bodies.set(key, [...known, description]);
      }
  }

  /** The name a run means: the full name ending it, when it was two names side by side. */
  separated(name: string): string {
    return this.juxtaposed.get(name) ?? name;
  }

  /**
   * The full names (two words or more) the article writes outside headlines, each with the block
   * and the offset of its first use, in order: what completes a bare surname.
   */
  fullNames(): { name: string; block: number; at: number }[] {
    const first = new Map<string, { name: string; block: number; at: number }>();
    for (const m of this.mentions)
      if (this.isFullName(m.name) && !first.has(m.name))
        first.set(m.name, { name: m.name, block: m.block, at: m.span.start });
    return [...first.values()];
  }

  /** Roles by the name asked: the registry asks for the same few names again and again. */
  private readonly rolesByName = new Map<string, readonly string[]>();

  /** The roles of the one person `name` denotes; none when it denotes nobody or several people. */
  rolesOf(name: string): readonly string[] {
    let roles = this.rolesByName.get(name);
    if (!roles) this.rolesByName.set(name, (roles = this.personNamed(name)?.roles ?? []));
    return roles;
  }

  /** Acronyms' written-out names, by acronym, found on first ask (see `writtenOut`). */
  private readonly expansions = new Map<string, WrittenOut | null>();

  /**
   * The text with each acronym followed by the name the article writes it out as, in brackets:
   * "NTEU President" → "NTEU (National Treasury Employees Union) President", so that the name's
   * words can say what the body is. An acronym the article never writes out is left alone.
   */
  withAcronymsWritten(text: string): string {
    return text.replace(ACRONYMS, (acronym) => {
      const name = this.writtenOut(acronym)?.name;
      return name === undefined ? acronym : `${acronym} (${name})`;
    });
  }

  /**
   * "the NCDC" after "the Nigeria Centre for Disease Control and Prevention (NCDC)": the body's name
   * as the article writes it out, with the determiner written before it ("the", "Die"), which a
   * speaker given by its acronym goes by (the fullest name as written). Undefined when the article
   * never writes the acronym out, or writes a person's name before it ("Anke Vogel (CDU)": a party),
   * not a body's the names stage also read as a name ("al Instituto Provincial de Salud de Salta
   * (IPSS)", which its body noun makes a body's). Where the name follows no determiner of its own
   * ("al", a preposition and an article in one word), it takes the one the speaker's acronym is
   * written with, `determiner` ("el IPSS" → "el Instituto Provincial de Salud de Salta").
   */
  acronymWrittenOut(acronym: string, determiner?: string): string | undefined {
    const found = this.writtenOut(acronym);
    if (found === undefined || this.shortNameOf(acronym) !== undefined) return undefined;
    const before = found.determiner ?? determiner;
    if (before === undefined) return found.name;
    // An elided article is written onto the name (« l’Agence nationale … »).
    return /['’]$/u.test(before) ? `${before}${found.name}` : `${before} ${found.name}`;
  }

  /** The words the article writes alone in brackets ("… (PAGASA)", "… (Conred)"), found on first ask. */
  private wordsInBrackets?: Set<string>;

  /** Acronyms the article writes in brackets ("… (PAGASA)"), in order, with their block's rules. */
  private bracketedAcronyms?: { acronym: string; rules: LanguageRules }[];

  /**
   * "Rob said" after "Winger Roberto Bauer (Rob)": a word in brackets after a person's name, spelling it
   * as a body's word acronym spells the body's (see definedInBrackets), is that person's short name: the
   * person's full name, or undefined.
   */
  shortNameOf(word: string): string | undefined {
    const found = this.writtenOut(word);
    const person = found === undefined ? undefined : this.personNamed(found.name);
    // Only a person's name written out so is asked its kind: the kinds wait for the entities' linking,
    // a walk through the whole article, which most single words (surnames) never need.
    if (person === undefined || person.name !== found!.name) return undefined;
    return this.entities[this.people.indexOf(person)]?.kind === "person" ? person.name : undefined;
  }

  /**
   * "Geophysical and Astronomical Services Administration" said …, "Water and the Environment"
   * said …: a body's name that ends the name the article defines an acronym by, after a comma or a
   * list's conjunction inside it ("the Philippine Atmospheric, Geophysical and Astronomical Services
   * Administration (PAGASA)", "the Department of Agriculture, Water and the Environment (DAWE)"), is
   * that name cut where it lists its words: the whole name, as `acronymWrittenOut` gives it.
   */
  nameCutInList(name: string): string | undefined {
    this.bracketedAcronyms ??= this.blocks.flatMap(({ sentence: { tokens, rules } }) =>
      tokens
        .filter((t, k) => tokens[k - 1]?.text === "(" && tokens[k + 1]?.text === ")" && ACRONYM.test(t.text))
        .map((t) => ({ acronym: t.text, rules })),
    );
    const cutBefore = (whole: string, rules: LanguageRules) => {
      if (!whole.endsWith(` ${name}`)) return false;
      const before = whole.slice(0, -name.length).trimEnd();
      const lastWord = before.split(/\s+/u).at(-1)!.toLowerCase();
      return before.endsWith(",") || listConjunctions(rules).has(lastWord);
    };
    const cut = this.bracketedAcronyms.find(({ acronym, rules }) =>
      cutBefore(this.writtenOut(acronym)?.name ?? "", rules),
    );
    return cut === undefined ? undefined : this.acronymWrittenOut(cut.acronym);
  }

  /**
   * The name `acronymWrittenOut` and `withAcronymsWritten` read; each acronym reads the article once.
   * An acronym written with words it keeps whole (`BO Milch`) is looked for with them (see
   * spelledBeforeKept).
   */
  private writtenOut(acronym: string): WrittenOut | undefined {
    let found = this.expansions.get(acronym);
    if (found === undefined) {
      const [initials, ...kept] = acronym.split(" ");
      found =
        kept.length > 0
          ? this.spelledBeforeKept(initials!, kept)
          : (this.definedInBrackets(acronym) ?? (ACRONYM.test(acronym) ? this.spelledOut(acronym) : null));
      this.expansions.set(acronym, found);
    }
    return found ?? undefined;
  }

  /**
   * "die Branchenorganisation Milch (BO Milch)", "die Industriegewerkschaft Metall" for `IG Metall`: an
   * acronym that keeps the name's last words whole stands for the capitalised words right before those
   * words whose initials (a compound's parts' too, see spellsAcronym) spell it, the first giving its
   * first letter; the first such name the article writes.
   */
  private spelledBeforeKept(acronym: string, kept: readonly string[]): WrittenOut | null {
    for (const { sentence } of this.blocks) {
      const { tokens } = sentence;
      for (let k = 1; k + kept.length <= tokens.length; k++) {
        if (!kept.every((w, n) => tokens[k + n]!.text === w)) continue;
        const end = k - 1;
        for (let from = end; from >= 0 && end - from < acronym.length; from--) {
          const t = tokens[from]!;
          if (!isCapitalised(t) || ACRONYM.test(t.text)) break;
          if (t.text[0] === acronym[0] && spellsAcronym(sentence, from, end, acronym))
            return located(sentence, from, end + kept.length);
        }
      }
    }
    return null;
  }

  /**
   * "the Nigeria Centre for Disease Control and Prevention (NCDC)": the article defines the acronym
   * by writing it in brackets after the name. The name is the shortest run of capitalised words and
   * the small words between them (prepositions, articles, "and") before the bracket whose initials
   * hold the acronym's letters in order, its first letter first; words the acronym leaves out
   * ("Prevention") are still the name's. A comma before a capitalised word may list the name's
   * words ("the Philippine Atmospheric, Geophysical and Astronomical Services Administration
   * (PAGASA)"): the shortest run crosses it only when the acronym's letters need it.
   */
  private definedInBrackets(acronym: string): WrittenOut | null {
    // Every name of the article is asked about: the words written alone in brackets, found once,
    // spare reading the whole article again for each name that is none of them.
    this.wordsInBrackets ??= new Set(
      this.blocks.flatMap(({ sentence: { tokens } }) =>
        tokens
          .filter((_, k) => tokens[k - 1]?.text === "(" && tokens[k + 1]?.text === ")")
          .map((t) => t.text),
      ),
    );
    if (!this.wordsInBrackets.has(acronym)) return null;
    const spells = WORD_ACRONYM.test(acronym) ? spellsBySyllables : spellsAcronym;
    const letters = acronymLetters(acronym);
    for (const { sentence } of this.blocks) {
      const { tokens, rules } = sentence;
      const joins = (k: number) => {
        const t = tokens[k]!;
        if (t.text === ",") return tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1]!);
        return t.kind === "word" && !isCapitalised(t) && joinsName(rules, t.lower);
      };
      for (let close = 3; close < tokens.length; close++) {
        const [open, inside] = [tokens[close - 2]!, tokens[close - 1]!];
        if (tokens[close]!.text !== ")" || open.text !== "(" || inside.text !== acronym) continue;
        const end = close - 3;
        let start = end + 1;
        while (start > 0 && (isCapitalised(tokens[start - 1]!) || joins(start - 1))) start--;
        for (let from = end; from >= start; from--) {
          if (initialsOf(tokens[from]!.text).includes(letters[0]!) && spells(sentence, from, end, letters))
            return located(sentence, from, end);
        }
        // `Médecins sans frontières (MSF)`, `la Ligue des droits de l’homme (LDH)`: where a body’s
        // name capitalises its first word alone, its words in lower case give letters too; the shortest
        // run of words before the bracket that spells the acronym so is the name.
        for (let from = end; from >= 0 && end - from < acronym.length * LOWER_CASE_NAME_SPREAD; from--) {
          if (tokens[from]!.kind !== "word") break;
          if (tokens[from]!.text[0] === letters[0] && spellsBySyllables(sentence, from, end, letters))
            return located(sentence, from, end);
        }
      }
    }
    return null;
  }

  /**
   * The first run of capitalised words whose initials spell the acronym, small lower-case words
   * (prepositions, articles) between them: "American Federation of Government Employees" for AFGE.
   */
  private spelledOut(acronym: string): WrittenOut | null {
    for (const { sentence } of this.blocks) {
      const { tokens, rules } = sentence;
      for (let i = 0; i < tokens.length; i++) {
        // "Die Aargauische Gebäudeversicherung" for AGV: a compound spells the letters left (see
        // spellsAcronym), in a name the article writes with its article, as it writes a body's: not any
        // words whose letters happen to hold the acronym's ("Nach Berichten" is no NBC).
        const determined = i > 0 && rules.definiteDeterminers.has(tokens[i - 1]!.lower);
        let letter = 0;
        let end = i;
        let sentenceCase = false;
        for (let k = i; k < tokens.length && letter < acronym.length; k++) {
          const t = tokens[k]!;
          // « le Service public de Wallonie » for SPW: a name written in sentence case, after its
          // article, spells its letters by its lower-case words after the capitalised first one too.
          const lowerSpells = t.kind === "word" && determined && letter > 0 && !joiningWord(rules, t.lower);
          if ((isCapitalised(t) || lowerSpells) && t.text[0]!.toUpperCase() === acronym[letter]) {
            [letter, end] = [letter + 1, k];
            sentenceCase ||= !isCapitalised(t);
          } else if (!(letter > 0 && t.kind === "word" && joiningWord(rules, t.lower))) break;
        }
        if (determined && letter > 0 && letter < acronym.length && spellsAcronym(sentence, i, end, acronym))
          letter = acronym.length;
        // "Centers for Disease Control and Prevention" for CDC: capitalised words after the spelled
        // letters, joined by small words, are the name's still; not after a name in sentence case, whose
        // capitals after it open another (« le Parti socialiste et La République en marche »).
        for (let k = end + 1; letter === acronym.length && !sentenceCase && k < tokens.length; k++) {
          const t = tokens[k]!;
          if (isCapitalised(t)) end = k;
          else if (!(t.kind === "word" && joinsName(rules, t.lower))) break;
        }
        if (letter === acronym.length && end > i) return located(sentence, i, end);
      }
    }
    return null;
  }

  /** Each name's nameWords: an article writes the same few names again and again. */
  private readonly wordsOf = new Map<string, readonly string[]>();

  private nameWords(name: string): readonly string[] {
    let words = this.wordsOf.get(name);
    if (!words) this.wordsOf.set(name, (words = nameWords(name)));
    return words;
  }

  /** Two words or more name one person; one word is a surname or a first name, which people share. */
  private isFullName(name: string): boolean {
    return this.nameWords(name).length >= 2;
  }

  /** The person may be the one `name` (with its nameWords `words`) names. */
  private samePerson(p: PersonEntity, name: string, words: readonly string[]): boolean {
    return sameName(this.nameWords(p.name), words, this.firstOfTwoSurnames) && !otherGeneration(p.name, name);
  }

  /** The one person a name denotes: the same full name, or the only person whose name holds it. */
  personNamed(name: string): PersonEntity | undefined {
    const words = this.nameWords(name);
    const candidates: PersonEntity[] = [];
    for (const id of this.byName.candidates(words)) {
      const p = this.people[id]!;
      if (!this.samePerson(p, name, words)) continue;
      candidates.push(p);
      // One word names nobody once two people hold it (no exact match below): stop looking.
      if (!this.isFullName(name) && candidates.length === 2) return undefined;
    }
    if (candidates.length === 1) return candidates[0];
    // A full name written as such is that person, though a shorter one holds it too.
    const exact = this.isFullName(name)
      ? candidates.filter((p) => p.mentions.some((m) => m.name === name))
      : [];
    return exact.length === 1 ? exact[0] : undefined;
  }

  private addFullName(m: PersonMention): void {
    const words = this.nameWords(m.name);
    // "Te Kaurinui Parata" is "Te Kaurinui Robert Parata", but not "Hori Parata".
    const sameId = this.byName
      .candidates(words)
      .find((id) => this.samePerson(this.people[id]!, m.name, words));
    if (sameId !== undefined) {
      const same = this.people[sameId]!;
      if (words.length > this.nameWords(same.name).length) {
        same.name = m.name;
        this.byName.add(words, sameId);
      }
      this.attach(same, m);
      return;
    }
    this.addPerson(m);
  }

  private addPerson(m: PersonMention): void {
    const id = this.people.length;
    this.people.push({ name: m.name, roles: [], mentions: [] });
    this.byName.add(this.nameWords(m.name), id);
    this.attach(this.people[id]!, m);
  }

  private addShortName(m: PersonMention): void {
    const person = this.personNamed(m.name);
    if (person) this.attach(person, m);
    // Someone the article names by one name only, with their role ("Antoine*, 32 ans, chargé de
    // cours", a first name changed to protect him; "le ministre Dupont"): a person of their own,
    // unless the name is part of another's.
    else if (m.role !== null && this.byName.candidates(this.nameWords(m.name)).length === 0)
      this.addPerson(m);
  }

  /** The gender the mentions of the one person `name` denotes show, if they all agree. */
  genderOf(name: string): Gender | undefined {
    const gender = this.personNamed(name)?.gender;
    return gender === "mixed" ? undefined : gender;
  }

  private attach(person: PersonEntity, m: PersonMention): void {
    person.mentions.push(m);
    if (m.gender) person.gender = person.gender && person.gender !== m.gender ? "mixed" : m.gender;
    if (m.role !== null && !person.roles.includes(m.role)) person.roles.push(m.role);
  }
}

/**
 * Every person's name in a block, sentence by sentence, with its role. Headlines are left out:
 * their Title Case blurs names and roles.
 */
/** A nickname in marks inside a name (`Carlos “Cheo” Rengifo`): not in the name the person is filed by. */
const NICKNAME = /\s*[“«"„][^“”«»"„]+[”»"“](?=\s)/u;

function personMentions(block: MentionBlock, b: number): PersonMention[] {
  if (block.kind === "headline") return [];
  const s = block.sentence;
  return sentenceRanges(s.tokens).flatMap(([start, end]) =>
    nameRuns(s, start, end)
      // "the Biden administration", "the Kremlin": a modifier or a body, not a person; “Thin Ice”: a title;
      // "Cyclone Debbie": a storm (see namesEvent); "la rue Victor Hugo": a street (see namesPlace);
      // "(D-Calif.)", ", R-Spencer,": the party and place written with a name (see qualifiesName).
      // A full name's possessive still names its owner ("When Tamara Oyelaran's doctor …").
      // A name ending on a company's legal form names that company, determiner or not ("Die Vogt
      // Hydraulik AG"): a body the article names, which "das Unternehmen" later means. A name in a
      // body's field is the body's (`das Leibniz-Institut für Astrophysik Potsdam`, see insideBodyField).
      .filter(
        (run) =>
          (!run.afterDeterminer || companyFormAt(s.tokens, run.end - 1, s.rules)) &&
          !insideBodyField(s, run) &&
          !run.namesPlace &&
          !run.fillsMarks &&
          !run.namesEvent &&
          !run.qualifiesName &&
          (!run.modifier || ownsByPossessive(s, run.start, run.end)),
      )
      .map((named, i, runs) => {
        const nameEnd = possessiveEnd(s, named.start, named.end);
        const run = nameEnd === named.end ? named : runWith(named, nameEnd, named.modifier);
        const role = roleOfRun(s, run, start, end);
        const age = ageAfter(s, run.end, end);
        const surname = sharedSurname(s, run, runs[i + 1]);
        return {
          block: b,
          span: { start: s.tokens[run.start]!.start, end: s.tokens[run.end - 1]!.end },
          name:
            tokensText(s.tokens, run.start, run.end, s.source).replace(/['’]$/u, "").replace(NICKNAME, "") +
            surname,
          role,
          gender: run.gender ?? (role === null ? undefined : roleGender(role, s, start, end)),
          // Every mention has each field, its age too when none is written: one shape for the engine
          // to read them by.
          age,
          afterPreposition: !isPersonRun(run),
        };
      }),
  );
}

/**
 * `Cian and Darragh Hurley`, `Marie et Paul Lefort`: a lone given name joined by a list's conjunction
 * to a full name opening on another given name is one of a family the surname after it names (Cian
 * Hurley, whom "Cian" later means). The surname's words, spaced, to write after the given name; else "".
 */
function sharedSurname(s: Sentence, run: NameRun, next: NameRun | undefined): string {
  const { tokens, rules } = s;
  const joint = tokens[run.end];
  if (
    next === undefined ||
    run.end - run.start !== 1 ||
    !isWord(joint) ||
    !listConjunctions(rules).has(joint.lower) ||
    next.titleStart !== run.end + 1 ||
    next.end - next.start < 2 ||
    !isGivenName(tokens[run.start]!.text) ||
    !isGivenName(tokens[next.start]!.text)
  )
    return "";
  return ` ${tokensText(tokens, next.start + 1, next.end, s.source)}`;
}

/**
 * The age written in apposition right after a name ending at `nameEnd`, in the sentence ending at `end`:
 * after a comma, a number closing the apposition or followed by its unit in lower case ("Sabine Coppens,
 * 63 ans,", "Ann Roy, 63, said", "Jana Roth, 63 Jahre alt"), or a number in parentheses ("Ann Roy (63)").
 */
function ageAfter(s: Sentence, nameEnd: number, end: number): number | undefined {
  const { tokens } = s;
  const [open, number, after] = [tokens[nameEnd], tokens[nameEnd + 1], tokens[nameEnd + 2]];
  if (nameEnd + 1 >= end || number?.kind !== "word" || !AGE.test(number.text)) return undefined;
  const written =
    open?.text === "("
      ? after?.text === ")"
      : open?.text === "," &&
        (after === undefined ||
          after.kind === "punct" ||
          (after.kind === "word" && after.text === after.lower));
  return written ? Number(number.text) : undefined;
}

/**
 * "When Tamara Oyelaran's doctor suggested …", "Aditya Rao's unbeaten 141": a full name (two name
 * words or more) written only in its possessive is a person the article names, whose bare surname
 * later ("Oyelaran says") it completes. Nobody's subject there (see `afterPreposition`). A body's
 * name ends on its kind ("the Harbour Council's vote") and stays a body.
 */
function ownsByPossessive(s: Sentence, start: number, end: number): boolean {
  const { tokens, rules } = s;
  return (
    end - start >= 2 &&
    tokens[end]?.lower === rules.possessiveSuffix &&
    !rules.organisationNouns.has(tokens[end - 1]!.lower)
  );
}

/**
 * "Relotius’ Inbox": a name ends on its possessive, and what follows is what it owns; not on a particle
 * elided before a vowel (`Valéry Giscard d’Estaing`, `Ciments de l’Ébrié`), which the name goes on after.
 */
function possessiveEnd(s: Sentence, start: number, end: number): number {
  for (let k = start; k < end - 1; k++) {
    const t = s.tokens[k]!;
    if (/['’]$/u.test(t.text) && !s.rules.nameParticles.has(t.lower)) return k + 1;
  }
  return end;
}

/**
 * The gender the role's head shows: "f" for a feminine noun ("directrice", "spokeswoman",
 * "Sprecherin"); "m" for a masculine one only where the sentence writes it after a masculine
 * determiner ("le directeur des travaux, Marc Olivier", "der Sprecher"), since a bare masculine
 * noun is also written for women ("Anne Roy, professeur d'histoire"). A noun of either gender or a
 * title ("le capitaine de Dender, Jonas Verstraete", "la juge") shows the gender of its determiner.
 */
function roleGender(role: string, s: Sentence, start: number, end: number): Gender | undefined {
  const { rules, tokens } = s;
  const head = roleHead(role, rules);
  if (head.some((w) => rules.personNouns.get(w) === "f")) return "f";
  // Asked of every person's mention with a role: the role's words are few, so each token is looked for
  // among them, and the determiner read only before a noun of the role's head.
  for (let k = start + 1; k < end; k++) {
    const word = tokens[k]!.lower;
    if (!head.includes(word)) continue;
    const noun = rules.personNouns.get(word);
    const masculine = noun === "m";
    const eitherGender = noun === undefined && (rules.titles.has(word) || rules.personNouns.has(word));
    if (!masculine && !eitherGender) continue;
    const gender = determinerBefore(tokens, k, start, rules);
    // A noun of kin is never written for the other sex (`her husband Graham Dwyer`, `le fils`), as
    // `professeur` or `chairman` may be: it tells a man wherever the determiner does not.
    if (masculine && (gender === "m" || rules.kinshipNouns.has(word))) return "m";
    if (eitherGender && gender !== undefined) return gender;
  }
  return undefined;
}

/** The gender of the determiner before token k; adjectives may stand between ("der 74-jährige Altbauer"). */
function determinerBefore(
  tokens: readonly Token[],
  k: number,
  start: number,
  rules: LanguageRules,
): Gender | undefined {
  let d = k - 1;
  while (d > start && k - d <= MAX_ADJECTIVES_IN_ROLE && adjectiveInRole(tokens[d], rules)) d--;
  const w = tokens[d]!.lower;
  return rules.definiteDeterminers.get(w) ?? rules.indefiniteDeterminers.get(w);
}

/** How many adjectives may stand between a role's determiner and its noun. */
const MAX_ADJECTIVES_IN_ROLE = 2;

/** A lower-case word no lexicon lists as a function word or a person's noun: an adjective in a role. */
function adjectiveInRole(t: Token | undefined, rules: LanguageRules): boolean {
  return (
    t?.kind === "word" &&
    !/^\p{Lu}/u.test(t.text) &&
    !isFunctionWord(t.lower, rules) &&
    !rules.personNouns.has(t.lower) &&
    !rules.titles.has(t.lower)
  );
}

/**
 * The words that say what the person is, lower case: past a leading determiner, up to the next
 * determiner or preposition ("secrétaire générale" of "la secrétaire générale de la CGT"). What
 * follows names someone or something else: "sœur" in "attend sa sœur" is not the person.
 */
function roleHead(role: string, rules: LanguageRules): string[] {
  const words = role
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean);
  const opens = words[0] !== undefined && rules.determiners.has(words[0]) ? 1 : 0;
  const stop = words.findIndex(
    (w, i) => i >= opens && (rules.determiners.has(w) || rules.prepositions.has(w)),
  );
  return words.slice(opens, stop < 0 ? words.length : stop);
}

/**
 * Two names written side by side read as one run where a subject meets its object
 * (`konfrontieren Fichtner und Geyer Claas Relotius mit …`): a run written once, whose last
 * words are a full name the article writes alone and whose first word is a name it writes alone,
 * is those two names. `split` notes each such run with its full name.
 */
function splitJuxtaposed(found: PersonMention[], split: Map<string, string>): PersonMention[] {
  const count = new Map<string, number>();
  for (const m of found) count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const writtenAlone = (name: string) => (count.get(name) ?? 0) > 0;
  return found.flatMap((m) => {
    const words = m.name.split(" ");
    if (words.length < 3 || count.get(m.name) !== 1) return [m];
    const [head, ...rest] = words;
    const tail = rest.join(" ");
    if (!writtenAlone(head!) || !writtenAlone(tail)) return [m];
    split.set(m.name, tail);
    const tailStart = m.span.end - tail.length;
    return [
      { ...m, name: head!, span: { start: m.span.start, end: m.span.start + head!.length }, role: null },
      { ...m, name: tail, span: { start: tailStart, end: m.span.end } },
    ];
  });
}

/** A mention placed before offset `at` of block `block`, in reading order. */
export function placedBefore(m: { block: number; span: Span }, block: number, at: number): boolean {
  return m.block < block || (m.block === block && m.span.start < at);
}

/** The index of the first place at or after offset `at` of block `block`, in places in reading order. */
/**
 * Whether token `k` is one of `determiners` opening a person's description: a person noun within the
 * few words after it (`eine Rentnerin`, `le faux notaire`).
 */
function describesAfter(
  tokens: readonly Token[],
  k: number,
  rules: LanguageRules,
  determiners: { has(word: string): boolean },
): boolean {
  if (!determiners.has(tokens[k]!.lower)) return false;
  // The noun's own words: a preposition opens a complement (`une formation d’aide-soignante`).
  const phrase = tokens.slice(k + 1, k + 2 + DESCRIBED_QUALIFIERS);
  const complement = phrase.findIndex((t) => rules.prepositions.has(t.lower));
  const head = complement < 0 ? phrase : phrase.slice(0, complement);
  return head.some((t) => t.kind === "word" && isPersonNoun(t.lower, rules));
}

function firstAtOrAfter(
  places: readonly { block: number; start: number }[],
  block: number,
  at: number,
): number {
  let [low, high] = [0, places.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    const m = places[mid]!;
    if (m.block < block || (m.block === block && m.start < at)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A source first described as one person by an indefinite determiner ("ein Feuerwehrmann", "une
 * dame", "a commuter"), not as several ("des habitants", "einige Anwohner": a plural noun, or a
 * determiner of several whatever the noun: "plusieurs motocyclistes", see pluralIndefinites), nor in
 * a case no subject takes ("einen 61-jährigen Mann": see obliqueIndefinites).
 */
function describedAsOne(source: ArticleEntity, rules: LanguageRules): boolean {
  const words = source.mentions[0]!.text.toLowerCase().split(/\s+/u);
  const plural = rules.pluralIndefinites.has(words[0]!) || words.some((w) => isPluralPersonNoun(w, rules));
  return rules.indefiniteDeterminers.has(words[0]!) && !rules.obliqueIndefinites.has(words[0]!) && !plural;
}
