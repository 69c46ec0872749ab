// Every mention of a person, body, document or described source in the article, each with its
// span and kind, grouped into entities: the people the names stage found (mentions.ts), plus
// what a determiner opens ("the Interior Ministry", "le communiqué", "un proche du ministre"),
// sources written without one ("fuentes del ministerio"), bodies named alone ("Greenpeace", once
// the article has said it is a body), and pronouns and definite descriptions ("she", "the
// minister"), each linked to the entity it most probably refers to.
//
// One walk through the article in reading order: each mention is linked against the entities
// met before it, so a pronoun means someone already named, as it does for a reader.
import { countryNames } from "../lang/countries.ts";
import type { Span, VoiceKind } from "../types.ts";
import type { Gender, LanguageRules } from "../lang/types.ts";
import {
  ACRONYM,
  isCapitalised,
  isWord,
  opensSentence,
  type Sentence,
  sentenceRanges,
  type Token,
  wordBefore,
} from "../attribution/tokens.ts";
import {
  bodyFieldEnd,
  isAdjective,
  listConjunctions,
  nameRuns,
  officePossessiveInName,
  suspendedCompoundAt,
  tokensText,
} from "../attribution/names.ts";
import { isSpeechVerb } from "../attribution/speakerPhrases.ts";
import {
  GENITIVE_ENDINGS,
  isFunctionWord,
  isPersonNoun,
  listedNoun,
  opensComplement,
  wordSet,
} from "../lang/lexicon.ts";
import { decideVoice } from "../voiceKinds.ts";
import { newsOrganisations } from "../lang/newsOrganisations.ts";

export type EntityKind = "person" | "organisation" | "document" | "source";

/** How a mention names its entity: by name, by a description, or by a pronoun. */
export type MentionForm = "name" | "description" | "pronoun";

export interface EntityMention {
  block: number;
  /** Where the whole phrase stands in the block's text, its determiner included. */
  span: Span;
  text: string;
  form: MentionForm;
}

/** Mentions in the order the article writes them. */
const inReadingOrder = (a: EntityMention, b: EntityMention) =>
  a.block - b.block || a.span.start - b.span.start;

export interface ArticleEntity {
  kind: EntityKind;
  /** The name, or for an unnamed entity its first description without the determiner. */
  name: string;
  /** The gender a title, a feminine noun or a pronoun linked to it shows ("mixed" when they disagree). */
  gender?: Gender | "mixed";
  /** Every mention, in reading order. */
  mentions: EntityMention[];
}

/** How many words may qualify a noun between its determiner and it ("the powerful Interior"). */
const MAX_QUALIFIERS = 3;
/** How many words a phrase's head may hold ("Federal Reserve Bank of New York" stops at five). */
const MAX_HEAD_WORDS = 5;
/** How many lower-case words may finish a body's name after its noun (« national de l’eau potable »). */
const MAX_LOWER_CASE_NAME = 10;
/**
 * How many lower-case words may finish a body's name that an acronym in brackets closes (« l’Agence
 * nationale pour le développement des zones oasiennes et de l’arganier (ANDZOA) »): the acronym
 * says where the name ends, so it may run longer than one the reader must find the end of.
 */
const MAX_LOWER_CASE_NAME_BEFORE_ACRONYM = 2 * MAX_LOWER_CASE_NAME;
/** How many people back a pronoun or a description looks for its entity: no reader reaches further. */
const RECENT_PEOPLE = 8;
/**
 * How many blocks back a generic body noun ("the company") still finds the body the article named,
 * as far as "the statement" finds who issued it (DOCUMENT_REACH): farther, the article has moved on
 * to other bodies it may not name in a way the engine reads.
 */
const GENERIC_BODY_REACH = 2;
/**
 * How many blocks back a generic body noun finds a body whose kind the article stated, by the noun
 * before its name ("la empresa Recolectora …", "la société Helionde") or by the legal form ending it
 * ("Die Vogt Hydraulik AG"): having said what the body is, a reporter goes on calling it by that
 * noun for paragraphs, as with a body's noun alone (SHORT_FORM_REACH in ../attribution/mergeSpeakers.ts).
 */
const KIND_NAMED_REACH = 3;
/** How many named bodies, the last named last, a generic body noun is compared with. */
const RECENT_BODIES = 8;
/** Whether a body's name ends on a company's legal form ("Vogt Hydraulik AG", "Desert Silicon Corp."). */
export function endsOnCompanyForm(name: string, rules: Pick<LanguageRules, "companyForms">): boolean {
  // An abbreviated form keeps its period, which the lists lack.
  return rules.companyForms.has(name.split(" ").at(-1)!.toLowerCase().replace(/\.$/u, ""));
}

/**
 * Whether a body's name says it is a company's: its legal form ends it, or a word of a trade stands
 * in it (`Kessler Logistik`, `Laiterie Atlas`: firmNameWords), which no person's name holds.
 */
export function namesCompany(name: string, rules: Pick<LanguageRules, "companyForms" | "firmNameWords">) {
  if (endsOnCompanyForm(name, rules)) return true;
  return name.split(" ").some((w) => rules.firmNameWords.has(w.toLowerCase()));
}

/**
 * `Insivumeh`, `Conred`: an acronym written as a word, a capital then small letters, which takes the
 * first letters of its name's words in turn, not only the initials (see spellsBySyllables).
 */
export const WORD_ACRONYM = /^\p{Lu}\p{Ll}{2,11}$/u;

/**
 * `C.C.C.S.`, `RHNe`: an acronym written with a point after each capital, or capitals ending on a
 * small letter or two that a word of the name gives with its initial (« Réseau hospitalier
 * neuchâtelois (RHNe) »). Spelled by its letters, the points dropped (see acronymLetters).
 */
export const PUNCTUATED_ACRONYM = /^(?:(?:\p{Lu}\.){2,6}|\p{Lu}{2,5}\p{Ll}{1,2})$/u;

/** The letters an acronym spells its name with: `C.C.C.S.` → `CCCS`. */
export const acronymLetters = (acronym: string): string => acronym.replaceAll(".", "");

/** A person the names stage found, with where each of their names stands. */
export interface NamedPerson {
  name: string;
  gender?: Gender | "mixed";
  roles: readonly string[];
  mentions: readonly { block: number; span: Span; name: string }[];
}

/** A block as this stage reads it: headlines are left out, as their Title Case blurs names and nouns. */
export interface EntityBlock {
  kind: string;
  sentence: Sentence;
}

/**
 * A mention found in a block, before it is linked to an entity. The mention is kept whole, as the
 * entity will hold it: copying it out of a larger object for every phrase of the article was a
 * tenth of the linking's time.
 */
interface Found {
  mention: EntityMention;
  /** The person entity a name mention already belongs to. */
  person?: number;
  kind?: Exclude<EntityKind, "person">;
  /** The key that groups a named body or document ("cgt", "interior ministry"). */
  key?: string;
  /** The body's name as written, without the nouns before it ("Greenpeace"). */
  name?: string;
  /** The body noun written before a body's name, lower case ("société" of "la société Helionde"). */
  kindNoun?: string;
  /** The head noun of a description, lower case ("minister", "ministère"). */
  head?: string;
  /**
   * Every person noun of a person's description, lower case: French puts the noun first and its
   * qualifier after, itself a person noun at times (`une source policière`: "source", "policière").
   */
  personNouns?: string[];
  definite?: boolean;
  /** A description or pronoun of a person, with the gender it shows. */
  personal?: boolean;
  gender?: Gender;
  plural?: boolean;
  /**
   * A name that is a preposition's complement (`una vecina de Santa Pola`, `la hija de Ana Ruiz`): inside
   * a description, it is the place or person the described one is of, not the described one.
   */
  governed?: boolean;
  /** The phrase follows a comma: an apposition, when a name stands right before it. */
  afterComma?: boolean;
  /** A comma follows the phrase: an apposition, when a name stands right after it. */
  beforeComma?: boolean;
  /** The last word of a name in its complement, lower case ("cgt" of "la dirigeante de la CGT"). */
  body?: string;
  /** The person the phrase stands in apposition to. */
  appositionTo?: number;
}

/** Sets of single words from a lexicon's regular-expression alternation ("report|study|white paper"). */
const documentWordsOf = new WeakMap<LanguageRules, ReadonlySet<string>>();
function documentWords(rules: LanguageRules): ReadonlySet<string> {
  let found = documentWordsOf.get(rules);
  if (!found) {
    const alternatives = rules.notQuoteWords.documents.toLowerCase().split("|");
    documentWordsOf.set(rules, (found = new Set(alternatives.map((w) => w.split(" ").at(-1)!))));
  }
  return found;
}

/** A noun that names a body or a document ("ministry", "Ministeriums", "informe"). */
export const isBodyNoun = (rules: LanguageRules, w: string) =>
  rules.organisationNouns.has(w) || documentWords(rules).has(w);

/**
 * The noun lists' answers about one article's words in one language, each word looked up once: the
 * walk through the article asks about nearly every word, the same words come back in every
 * paragraph, and a word that may be a compound ("Innenministeriums") takes a search of the lists.
 * Made for one extraction, it holds at most the article's words.
 */
class KnownNouns {
  private readonly known = new Map<string, boolean>();

  constructor(readonly rules: LanguageRules) {}

  /** isPersonNoun, which keeps its answers itself. */
  isPerson(w: string): boolean {
    return isPersonNoun(w, this.rules);
  }

  /** A noun for a person, a body or a document. */
  isKnown(w: string): boolean {
    let known = this.known.get(w);
    if (known === undefined) this.known.set(w, (known = this.isPerson(w) || isBodyNoun(this.rules, w)));
    return known;
  }

  /** "fuentes" is several; "fils" one: a plural is an -s word whose singular is a person noun too. */
  isPlural(w: string): boolean {
    return w.endsWith("s") && this.isPerson(w.slice(0, -1));
  }
}

/**
 * The article's entities: first the people (in the order given; a name ending on a body noun is a
 * body), then bodies, documents and
 * described sources in the order the article first mentions them.
 */
export function articleEntities(
  blocks: readonly EntityBlock[],
  people: readonly NamedPerson[],
  unattached: readonly { block: number; span: Span; name: string }[],
  isBody: (name: string) => boolean,
  officesIn: (name: string) => readonly string[],
  descriptionsOf: (name: string) => readonly string[],
): ArticleEntity[] {
  const nounsByRules = new Map<LanguageRules, KnownNouns>();
  const nounsOf = (rules: LanguageRules) => {
    let nouns = nounsByRules.get(rules);
    if (!nouns) nounsByRules.set(rules, (nouns = new KnownNouns(rules)));
    return nouns;
  };
  const found = blocks.flatMap((block, b) =>
    block.kind === "headline" ? [] : phraseMentions(block, b, nounsOf(block.sentence.rules)),
  );
  people.forEach((p, id) => {
    for (const m of p.mentions)
      found.push({
        mention: { block: m.block, span: m.span, text: m.name, form: "name" },
        person: id,
        governed: afterPreposition(blocks, m),
      });
  });
  // A name no person holds may be a body's, once the article says so (see Linker.body).
  for (const m of unattached)
    found.push({
      mention: { block: m.block, span: m.span, text: m.name, form: "name" },
      key: m.name.toLowerCase(),
    });
  found.sort(({ mention: a }, { mention: b }) => inReadingOrder(a, b) || b.span.end - a.span.end);
  // "House Foreign Affairs Committee" reads as a name, but its last word makes it a body; so does
  // a body's noun before it ("l’ONG Amnesty International", see bodyDescriptions), or opening it before
  // the preposition that carries it on ("Ministry of Defence"), or followed by the one word that
  // places it ("Police Scotland", "Bank Negara"), or by a name particle ("Aguas de Valencia", a company
  // opening a sentence with no article): no person's name opens on a body's noun. A name the
  // names stage joined across a list conjunction ("Fisheries and Oceans Canada", see
  // conjunctionInBodyName) is no one person's, nor one that says it is a company's ("Kessler Logistik").
  const kinds = people.map((p): EntityKind => {
    const rules = blocks[p.mentions[0]!.block]!.sentence.rules;
    const [first, second] = p.name.toLowerCase().split(" ", 2);
    const innerWords = p.name.split(" ").slice(1, -1);
    // "Desert Silicon Corp.": an abbreviated body noun keeps its period, which the noun lists lack.
    const lastWord = p.name.split(" ").at(-1)!.toLowerCase().replace(/\.$/u, "");
    const bodyNamed =
      rules.organisationNouns.has(lastWord) ||
      namesCompany(p.name, rules) ||
      (rules.organisationNouns.has(first!) &&
        (rules.bodyNamePrepositions.has(second ?? "") ||
          rules.nameParticles.has(second ?? "") ||
          p.name.split(" ").length === 2)) ||
      (rules.organisationNouns.has(first!) && p.mentions.some((m) => afterArticlePreposition(blocks, m))) ||
      isBody(p.name) ||
      innerWords.some((w) => listConjunctions(rules).has(w));
    return bodyNamed ? "organisation" : "person";
  });
  const rules = blocks.find((block) => block.kind !== "headline")?.sentence.rules;
  return new Linker(blocks, people, kinds, isBody, officesIn, descriptionsOf, rules).link(
    dropOverlapping(found, kinds),
  );
}

/**
 * Whether the phrase at offset `at` of block `block` may be linked to a source the article first
 * described with an indefinite determiner in a block from `from` on ("a senior official" before
 * "the official"), asked without linking the whole article: a cheap question first, as linking
 * costs a walk through every paragraph. Never false when the linked answer would be such a source:
 * the phrase there is the source's first description itself, or a pronoun (it may mean anyone), or
 * a description of a person whose head noun (Linker.describedPerson: `source ${head}`) an earlier
 * word of those blocks repeats. Reads only the blocks from `from` to `block`.
 */
export function maySourceBeDescribedFrom(
  blocks: readonly EntityBlock[],
  block: number,
  at: number,
  from: number,
): boolean {
  const s = blocks[block]!.sentence;
  const k = s.tokens.findIndex((t) => t.start === at);
  // No phrase starts there: what does is a name, which is a person's or a body's, never a source.
  if (k < 0) return false;
  const end = sentenceRanges(s.tokens).find(([start, end]) => start <= k && k < end)?.[1];
  const phrase =
    end === undefined
      ? null
      : (pronounAt(s, k, block) ?? phraseAt(s, k, end, block, new KnownNouns(s.rules)));
  if (phrase === null || (phrase.mention.form !== "pronoun" && !phrase.personal)) return false;
  if (phrase.mention.form === "pronoun") return true;
  if (s.rules.indefiniteDeterminers.has(phrase.mention.text.toLowerCase().split(/\s+/u)[0]!)) return true;
  for (let b = Math.max(from, 0); b <= block; b++) {
    const { kind, sentence } = blocks[b]!;
    if (kind === "headline") continue;
    if (sentence.tokens.some((t) => t.lower === phrase.head && (b < block || t.start < at))) return true;
  }
  return false;
}

/**
 * Phrases inside a longer one ("the CGT" inside "la dirigeante de la CGT") are the longer one's. `kinds`:
 * the kind of each name the names stage found.
 */
function dropOverlapping(sorted: Found[], kinds: readonly EntityKind[]): Found[] {
  const kept: Found[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && last.mention.block === m.mention.block && m.mention.span.start < last.mention.span.end) {
      // A person's name wins over the description around it ("the minister Jane Doe"); a name read
      // as a body's keeps the noun of its kind written before it ("der Firma Kessler Haustechnik"). A
      // body's name the names stage read, its noun and complement, does not win over the description
      // that is that noun and complement ("Aravia's Ministry of Defence"), which the Linker reads by
      // its noun; nor does it over that description with its place (`el Ministerio de Salud
      // bonaerense`: placeQualifierEnd).
      const name = m.mention.text.toLowerCase();
      const sameBody =
        kinds[m.person ?? -1] === "organisation" &&
        last.mention.form === "description" &&
        (last.key === name || last.key?.startsWith(`${name} `) === true);
      // A name governed by the description's preposition is what the described one is of, and
      // leaves the description whole (`Una vecina de Santa Pola`, `la hija de Ana Ruiz`).
      const complement = m.governed === true && last.mention.form === "description";
      if (m.person !== undefined && last.person === undefined && !sameBody && !complement)
        kept[kept.length - 1] = last.kindNoun === undefined ? m : { ...m, kindNoun: last.kindNoun };
      continue;
    }
    kept.push(m);
  }
  return kept;
}

/** Links each mention, in reading order, to the entity it means. */
class Linker {
  private readonly entities: ArticleEntity[];
  /** Bodies and documents by their key, and unnamed ones by their head noun (the last met). */
  private readonly byKey = new Map<string, number>();
  private readonly byHead = new Map<string, number>();
  /** People and singular sources, most recently mentioned last. */
  private readonly recent: number[] = [];
  private readonly roleWords: Set<string>[];
  private readonly roles: (readonly string[])[];
  /** Every word of every person's name: "the Mateen family" is a family, not a body named Mateen. */
  private readonly nameWords: Set<string>;

  /** Bodies the article named (not described), with the block of their last mention, last named last. */
  private readonly namedBodies: { id: number; block: number }[] = [];
  /** The voice each body's name or noun says it is (see voiceOf). */
  private readonly voices = new Map<string, VoiceKind>();
  /** The body noun each body was once named after, by entity ("société" for "Helionde"). */
  private readonly kindNouns = new Map<number, string>();
  /** The document mentioned last, with the block of that mention (see documentByEpithet). */
  private lastDocument: { id: number; block: number } | undefined;

  constructor(
    private readonly blocks: readonly EntityBlock[],
    people: readonly NamedPerson[],
    kinds: readonly EntityKind[],
    private readonly isBody: (name: string) => boolean,
    private readonly officesIn: (name: string) => readonly string[],
    private readonly descriptionsOf: (name: string) => readonly string[],
    private readonly rules: LanguageRules | undefined,
  ) {
    this.entities = people.map((p, id) => ({
      kind: kinds[id]!,
      name: kinds[id] === "organisation" ? placedBodyName(blocks, p) : p.name,
      gender: p.gender,
      mentions: [],
    }));
    this.roles = people.map((p) => p.roles);
    this.roleWords = people.map((p) => new Set(p.roles.flatMap((r) => r.toLowerCase().split(/[\s,]+/u))));
    this.nameWords = new Set(people.flatMap((p) => p.name.toLowerCase().split(" ")));
  }

  link(found: readonly Found[]): ArticleEntity[] {
    found.forEach((m, i) => {
      if (m.personal && m.mention.form === "description")
        m.appositionTo = appositionOf(m, found[i - 1], found[i + 1]);
    });
    let previous: { m: Found; id: number } | undefined;
    for (const m of found) {
      const id = this.bodyInApposition(m, previous) ?? this.entityOf(m);
      if (id === undefined) continue;
      previous = { m, id };
      const { mention, gender } = m;
      this.entities[id]!.mentions.push(mention);
      // "la Corte de Apelaciones", "le ministère des Armées": a body its complement names is named too.
      // "Pilbara Ridge Resources … said the company had … The company said": a description that meant
      // a named body keeps it in reach as its name would, as the reader still has it in mind.
      const named =
        mention.form === "name" || m.key !== undefined || (m.definite === true && this.wasNamed(id));
      if (named && this.entities[id]!.kind === "organisation") this.nameBody(id, mention.block);
      if (this.entities[id]!.kind === "document") this.lastDocument = { id, block: mention.block };
      // A pronoun tells its entity's gender only when no one else it could mean is in reach.
      if (gender && (mention.form !== "pronoun" || this.onlyOneOf(gender))) this.learnGender(id, gender);
      if (this.entities[id]!.kind === "person" || (m.personal && !m.plural)) this.seen(id);
    }
    return this.withForwardDescriptions();
  }

  /**
   * A description written before the article names its person (a standfirst's "la secrétaire
   * générale de la CGT", then "Sophie Binet, la secrétaire générale de la CGT") is a source only
   * until the name comes: one whose words are the role of exactly one person is that person.
   */
  private withForwardDescriptions(): ArticleEntity[] {
    const holders = new Map<string, number[]>();
    this.roles.forEach((roles, id) => {
      for (const role of roles) {
        const key = role.toLowerCase();
        const ids = holders.get(key);
        if (ids) ids.push(id);
        else holders.set(key, [id]);
      }
    });
    const joined = new Set<ArticleEntity>();
    const kept = this.entities.filter((e) => {
      const ids = e.kind === "source" ? holders.get(e.name.toLowerCase()) : undefined;
      if (ids?.length !== 1) return true;
      const person = this.entities[ids[0]!]!;
      person.mentions.push(...e.mentions);
      joined.add(person);
      return false;
    });
    for (const person of joined) person.mentions.sort(inReadingOrder);
    return kept;
  }

  /**
   * "Orbital Relay, the Colorado startup building …,": a body's description in apposition right
   * after its name, as the article's descriptions of bodies read it (see bodyDescriptions), is that
   * body, not one of its own, so that "the company" later means the body named.
   */
  private bodyInApposition(m: Found, previous: { m: Found; id: number } | undefined): number | undefined {
    if (m.kind !== "organisation" || m.definite === undefined || previous === undefined) return undefined;
    const { mention: before } = previous.m;
    const body = this.entities[previous.id]!;
    const adjacent = before.block === m.mention.block && m.mention.span.start - before.span.end <= 2;
    if (!adjacent || before.form !== "name" || body.kind !== "organisation") return undefined;
    return this.descriptionsOf(body.name).includes(withoutDeterminer(m)) ? previous.id : undefined;
  }

  private entityOf(m: Found): number | undefined {
    if (m.person !== undefined && m.kindNoun !== undefined) this.kindNouns.set(m.person, m.kindNoun);
    if (m.person !== undefined) return m.person;
    if (m.mention.form === "pronoun") return this.recentPerson(m.gender);
    if (m.personal) return this.describedPerson(m);
    return this.body(m);
  }

  /**
   * The most recent person (or source) known to be of the pronoun's gender, else the most recent
   * one whose gender is unknown; never one known to be of the other gender ("elle" after "le
   * directeur des travaux, Marc Olivier" alone means no one the article named).
   */
  private recentPerson(gender: Gender | undefined): number | undefined {
    const genderOf = (id: number) => this.entities[id]!.gender;
    if (!gender) return this.recent.at(-1);
    return (
      this.recent.findLast((id) => genderOf(id) === gender) ??
      this.recent.findLast((id) => !genderOf(id) || genderOf(id) === "mixed")
    );
  }

  /** Whether exactly one recent person may be of `gender` (known to be, or not known). */
  private onlyOneOf(gender: Gender): boolean {
    const genderOf = (id: number) => this.entities[id]!.gender;
    let may = 0;
    for (const id of this.recent) if (!genderOf(id) || genderOf(id) !== (gender === "f" ? "m" : "f")) may++;
    return may === 1;
  }

  /**
   * "Lou Dane, a Texas Republican,": the person the description stands in apposition to. "the
   * minister": the one recent person whose role holds the noun; otherwise a source of its own,
   * which a later definite description with the same noun, or with any person noun of its head,
   * means again ("the official"; "cette source" after "une source policière").
   */
  private describedPerson(m: Found): number {
    if (m.appositionTo !== undefined) {
      // Its noun is the person's office from now on: "the Texas Republican" later is them.
      this.roleWords[m.appositionTo]?.add(m.head!);
      return m.appositionTo;
    }
    if (m.definite) {
      // Two senators in reach: "the senator" is neither.
      const holders = this.holding(m.head!);
      if (holders.length === 1) return holders[0]!;
      // "la dirigeante de la CGT": the one person whose role names the same body by another office.
      const ofBody = holders.length === 0 && m.body !== undefined ? this.holding(m.body) : [];
      if (ofBody.length === 1) return ofBody[0]!;
      const same = this.byHead.get(`source ${m.head}`);
      if (same !== undefined) return same;
    }
    const id = this.add("source", m);
    for (const noun of m.personNouns ?? [m.head]) this.byHead.set(`source ${noun}`, id);
    return id;
  }

  /** The recent people whose roles hold the word. */
  private holding(word: string): number[] {
    return this.recent.filter((id) => this.roleWords[id]?.has(word) === true);
  }

  /** A body or document: the same name is the same entity, and "the ministry" the last ministry. */
  private body(m: Found): number | undefined {
    const kind = m.kind ?? "organisation";
    if (m.key !== undefined) {
      if (this.nameWords.has(m.key)) return undefined;
      const same = this.byKey.get(m.key);
      if (same !== undefined && m.kindNoun !== undefined) this.kindNouns.set(same, m.kindNoun);
      if (same !== undefined) return same;
      // A one-word name nobody holds is a body only when the article says so (`Greenpeace`).
      if (m.mention.form === "name" && m.kind === undefined && !this.isBody(m.mention.text)) return undefined;
    } else if (m.definite) {
      const document = this.documentByEpithet(m);
      if (document !== undefined) return document;
      const byNoun = this.namedBodyOfNoun(m);
      // The reporter's noun for the body stands for it from now on, paragraphs on (`the commission`).
      if (byNoun !== undefined) this.byHead.set(`${kind} ${m.head}`, byNoun);
      const same =
        byNoun ?? this.describedSinceNamed(this.byHead.get(`${kind} ${m.head}`), this.namedBodyOfKind(m));
      if (same !== undefined) return same;
    }
    const id = this.add(kind, m);
    if (m.kindNoun !== undefined) this.kindNouns.set(id, m.kindNoun);
    if (m.key) this.byKey.set(m.key, id);
    if (m.head) this.byHead.set(`${kind} ${m.head}`, id);
    return id;
  }

  /**
   * « Le décret paru dimanche au Journal officiel autorise … Le texte prévoit »: a definite description
   * headed by a noun a reporter uses for whatever document was just named (`documentEpithets`) is the
   * document mentioned last, in its paragraph or the one before; with none there, it is a document of
   * its own. Not a document first written with a possessive (`en su comunicado`), which describes it by
   * whose it is, and the reporter's noun says more of it.
   */
  private documentByEpithet(m: Found): number | undefined {
    const last = this.lastDocument;
    const rules = this.rules;
    const epithet = m.head !== undefined && rules?.documentEpithets.has(m.head) === true;
    if (!epithet || last === undefined) return undefined;
    const opening = this.entities[last.id]!.mentions[0]!.text.split(/\s+/u, 1)[0]!.toLowerCase();
    const possessed = rules.possessiveWords.has(opening);
    return last.block >= m.mention.block - 1 && !possessed ? last.id : undefined;
  }

  /**
   * Which of the body described before with the same noun and the body of the noun's kind named in
   * reach a definite description means: the one the article wrote last. A standfirst's "El
   * tribunal", then "La Audiencia Provincial de Navarra": a later "el tribunal" is the court named,
   * as the reporter's noun now stands for the name just given; a name given before the description,
   * or a body the noun itself named, leaves the description the body it was.
   */
  private describedSinceNamed(described: number | undefined, named: number | undefined): number | undefined {
    if (described === undefined || named === undefined) return described ?? named;
    const { mentions, name } = this.entities[described]!;
    // "Aravia's Ministry of Defence", then "the ministry": a body with a name keeps its noun.
    if (/\p{Lu}/u.test(name)) return described;
    const lastNamed = this.entities[named]!.mentions.at(-1)!;
    return inReadingOrder(mentions.at(-1)!, lastNamed) < 0 ? named : described;
  }

  /**
   * "the Economic and Financial Crimes Commission … The commission alleged": a definite description
   * whose noun is the one the name of a body named within KIND_NAMED_REACH blocks holds (as a word, or
   * the end of a compound) is that body, the one named last: a reporter shortens a body's name to its
   * noun, which says its kind as surely as a noun written before the name (namedBodyOfKind). Only the
   * noun alone: a word qualifying it describes a body of its own ("the parks service"). Where
   * adjectives follow their noun, the phrase read stops before them (« la comisión vecinal calificó »),
   * so the noun alone cannot be told from a qualified one there, and no such body is taken. A name
   * that opens with the noun (`El Distrito Escolar de San Diego` for `el distrito`) is the short form
   * the attribution stage reads (shortBodyName in ../attribution/mergeSpeakers.ts), with the
   * determiner it is written with.
   */
  private namedBodyOfNoun(m: Found): number | undefined {
    if (this.rules === undefined || m.kind !== "organisation" || m.head === undefined) return undefined;
    if (this.rules.adjectivesFollowNouns || withoutDeterminer(m).split(/\s+/u).length > 1) return undefined;
    const nouns = this.rules.organisationNouns;
    const holdsNoun = (id: number) => {
      const words = this.entities[id]!.name.toLowerCase().split(/\s+/u);
      return words[0] !== m.head && words.some((w) => listedNoun(nouns, w) === m.head);
    };
    return this.namedBodies.findLast(
      (named) => named.block >= m.mention.block - KIND_NAMED_REACH && holdsNoun(named.id),
    )?.id;
  }

  /**
   * "Harlow Motors will cut 4,000 jobs … the company said": a generic body noun that heads no body
   * the article described is the body it named last within GENERIC_BODY_REACH blocks whose name
   * says it is of the noun's kind of voice (a company for "the company", a government office for "the
   * agency"). A name that says nothing of its kind ("Detroit" of "the Detroit automaker") is never
   * taken. Farther back, it is the one body the article named after that very noun (see
   * onlyNamedAfterNoun).
   */
  private namedBodyOfKind(m: Found): number | undefined {
    if (this.rules === undefined || m.kind !== "organisation" || m.head === undefined) return undefined;
    // "the transition team": a lower-case word qualifying the noun describes a body of its own.
    if (qualifiedInLowerCase(withoutDeterminer(m), m.head)) return undefined;
    // The cheap question first: most generic nouns have no named body to be.
    if (this.namedBodies.length === 0) return undefined;
    const wanted = this.voiceOf(m.head);
    if (wanted === "unknown") return undefined;
    const reach = (id: number) => (this.kindStated(id) ? KIND_NAMED_REACH : GENERIC_BODY_REACH);
    const inReach = this.namedBodies.filter((named) => named.block >= m.mention.block - reach(named.id));
    // A country speaks as its state (see decideVoice), but a body's noun names an office in it: « la
    // préfecture » after « la Martinique » is the prefecture, not the island.
    const country = (id: number) => countryNames(this.rules!.code).has(this.entities[id]!.name.toLowerCase());
    return (
      this.lastNamedSayingNothing(m, inReach) ??
      inReach.findLast((named) => !country(named.id) && this.bodyVoice(named.id) === wanted)?.id ??
      this.onlyNamedAfterNoun(m.head, wanted)
    );
  }

  /**
   * « la empresa Frutícola Los Maitenes » in the first paragraph, « La empresa, en una declaración
   * pública, afirmó » in the eighth: a body the article introduced by the description's own noun (its
   * kind noun, or a compound ending on it: `das Bonifizierungskonsortium Vinschgau` for `das
   * Konsortium`) is what that noun stands for however far back, when it is the only body of the noun's
   * kind of voice the article has named: the reader was told what it is, and no other body fits.
   */
  private onlyNamedAfterNoun(head: string, wanted: VoiceKind): number | undefined {
    const fitting = this.namedBodies.filter((named) => this.bodyVoice(named.id) === wanted);
    const kindNoun = fitting.length === 1 ? this.kindNouns.get(fitting[0]!.id) : undefined;
    if (kindNoun === undefined || listedNoun(this.rules!.organisationNouns, kindNoun) !== head)
      return undefined;
    // Not a noun that opens the name itself (`des Landratsamts Heidenheim`): the short form a reporter
    // goes on with, whose reach is the attribution stage's (see shortBodyName in mergeSpeakers.ts).
    const name = this.entities[fitting[0]!.id]!.name.toLowerCase();
    return name.startsWith(kindNoun) ? undefined : fitting[0]!.id;
  }

  /**
   * "la CNIL … L’autorité rappelle": the body named last, in the description's paragraph or the one
   * before, when that name is an acronym that says nothing of its kind, rather than a body of the
   * noun's kind named before it ("l’agence Health Canada …, l’EPA … écrit l’agence"): a reporter
   * names a body by its initials, then by what it is. Not
   * a news agency quoted on the way ("selon l’AFP"), nor a name of words, which may be a place's; nor
   * where the article wrote the description's noun since it named the acronym (« La FDSEA réclame …
   * Les suspects ont été déférés au parquet … selon le parquet »): the noun already named a body of
   * its own, which the description means again.
   */
  private lastNamedSayingNothing(
    m: Found,
    inReach: readonly { id: number; block: number }[],
  ): number | undefined {
    const last = inReach.at(-1);
    if (last === undefined || last.block < m.mention.block - 1) return undefined;
    const { name, mentions } = this.entities[last.id]!;
    const initials = ACRONYM.test(name) && !newsOrganisations.has(name.toLowerCase());
    if (m.head !== undefined && this.wordWrittenBetween(m.head, mentions.at(-1)!, m.mention))
      return undefined;
    return initials && this.voiceOf(name) === "unknown" ? last.id : undefined;
  }

  /** Whether `word` (lower case) stands in the article's text after mention `from` and before `to`. */
  private wordWrittenBetween(word: string, from: EntityMention, to: EntityMention): boolean {
    for (let b = from.block; b <= to.block; b++) {
      const after = b === from.block ? from.span.end : 0;
      const before = b === to.block ? to.span.start : Number.POSITIVE_INFINITY;
      const tokens = this.blocks[b]?.sentence.tokens ?? [];
      if (tokens.some((t) => t.start >= after && t.end <= before && t.lower === word)) return true;
    }
    return false;
  }

  /**
   * The kind of voice a named body is: what the body noun ending its name says, where a name ends on
   * its head ("Kestrel Marine Holdings" is a holding company, whatever "Marine" says of the navy);
   * else what its name says, else what the body noun it was once named after says ("Helionde" of
   * "la société Helionde" is a company, so "l’entreprise" may be it). Fields joined by a conjunction
   * before a country's name ("Fisheries and Oceans Canada") name that country's government office,
   * an official voice (see nationalBodyOfFields in ../attribution/names.ts).
   */
  private bodyVoice(id: number): VoiceKind {
    const { name } = this.entities[id]!;
    const words = name.split(/\s+/u);
    const last = words.at(-1)!.toLowerCase();
    const head =
      this.rules!.adjectivesFollowNouns || !isBodyNoun(this.rules!, last) ? "unknown" : this.voiceOf(last);
    if (head !== "unknown") return head;
    const voice = this.voiceOf(name);
    if (voice !== "unknown") return voice;
    const fields = words.slice(1, -1).some((w) => listConjunctions(this.rules!).has(w));
    if (fields && countryNames(this.rules!.code).has(last)) return "official";
    const kindNoun = this.kindNouns.get(id);
    if (kindNoun !== undefined) return this.voiceOf(kindNoun);
    // "Die Vogt Hydraulik AG", "Recolectora Capitalina S.A.", "Kessler Logistik": a legal form or a
    // trade's word is a company's alone.
    return namesCompany(this.entities[id]!.name, this.rules!) ? "institution" : voice;
  }

  /**
   * Whether the article said what kind of body it is: a body noun before its name, or its name says it
   * is a company's (namesCompany).
   */
  private kindStated(id: number): boolean {
    return this.kindNouns.has(id) || namesCompany(this.entities[id]!.name, this.rules!);
  }

  /**
   * The kind of voice a body's name or noun says it is, decided once per name: every generic noun
   * asks again about each of the RECENT_BODIES bodies in reach, and deciding a voice is not cheap.
   * A name that says nothing of its kind is of the kind the article describes it as ("Orbital
   * Relay, the Colorado startup": a company), else of the kind of the offices held in it ("Nimbo" of
   * "directora de ventas de Nimbo" is a company, so "la empresa" may be it).
   */
  private voiceOf(name: string): VoiceKind {
    let voice = this.voices.get(name);
    if (voice === undefined) {
      voice = decideVoice({ name, aliases: [], kind: "organisation", roles: [] }, this.rules!).voice;
      const described = voice === "unknown" ? this.descriptionsOf(name) : [];
      if (described.length > 0)
        voice = decideVoice({ name, aliases: [], kind: "organisation", roles: described }, this.rules!).voice;
      const offices = voice === "unknown" ? this.officesIn(name) : [];
      if (offices.length > 0)
        voice = decideVoice({ name: "", aliases: [], kind: "person", roles: offices }, this.rules!).voice;
      this.voices.set(name, voice);
    }
    return voice;
  }

  private add(kind: EntityKind, m: Found): number {
    this.entities.push({ kind, name: m.name ?? withoutDeterminer(m), mentions: [] });
    return this.entities.length - 1;
  }

  /** Whether the entity is one of the bodies named in reach (namedBodies). */
  private wasNamed(id: number): boolean {
    return this.namedBodies.some((named) => named.id === id);
  }

  private nameBody(id: number, block: number): void {
    const at = this.namedBodies.findIndex((named) => named.id === id);
    if (at >= 0) this.namedBodies.splice(at, 1);
    this.namedBodies.push({ id, block });
    if (this.namedBodies.length > RECENT_BODIES) this.namedBodies.shift();
  }

  private learnGender(id: number, gender: Gender): void {
    const e = this.entities[id]!;
    if (!e.gender) e.gender = gender;
    else if (e.gender !== gender && e.kind !== "person") e.gender = "mixed";
  }

  private seen(id: number): void {
    const at = this.recent.lastIndexOf(id);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(id);
    if (this.recent.length > RECENT_PEOPLE) this.recent.shift();
  }
}

/**
 * The person a description stands in apposition to: the name just before it and a comma ("Lou
 * Dane, a Texas Republican,"), or a comma and the name just after it ("the head nurse, Ruth Ames").
 */
function appositionOf(m: Found, before: Found | undefined, after: Found | undefined): number | undefined {
  const adjacent = ({ mention: a }: Found, { mention: b }: Found) =>
    a.block === b.block && b.span.start - a.span.end <= 2;
  if (m.afterComma && before?.person !== undefined && adjacent(before, m)) return before.person;
  if (m.beforeComma && after?.person !== undefined && adjacent(m, after)) return after.person;
  return undefined;
}

/** `una vecina de Santa Pola`: the name is written right after a preposition, its complement. */
function afterPreposition(blocks: readonly EntityBlock[], m: { block: number; span: Span }): boolean {
  const { tokens, rules } = blocks[m.block]!.sentence;
  return rules.prepositions.has(wordBefore(tokens, m.span.start)?.lower ?? "");
}

/**
 * "el balance del Servicio Nacional de Geología", « le bilan du Service national »: a name written
 * right after a preposition that carries the definite article (see articlePrepositions) has its
 * determiner, as "de la Agencia …" has; opening on a body's noun, it is that body's name, not a
 * person's (a person's name takes no article).
 */
function afterArticlePreposition(blocks: readonly EntityBlock[], m: { block: number; span: Span }): boolean {
  const { tokens, rules } = blocks[m.block]!.sentence;
  return wordSet(rules.notQuoteWords.articlePrepositions).has(wordBefore(tokens, m.span.start)?.lower ?? "");
}

/** A lower-case word before the description's head noun ("transition" of "transition team"). */
function qualifiedInLowerCase(description: string, head: string): boolean {
  const words = description.split(/\s+/u);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  return words.slice(0, Math.max(at, 0)).some((w) => /^\p{Ll}/u.test(w));
}

/**
 * "Interior Ministry" for "the Interior Ministry" (or for "'s Interior Ministry", a possessive in its
 * determiner's place); a phrase without a determiner as written.
 */
const withoutDeterminer = (m: Pick<Found, "mention" | "definite">) =>
  m.definite === undefined ? m.mention.text : m.mention.text.replace(/^(?:['’]s|\p{L}+['’]?)\s*/u, "");

/** The mentions a block writes that are not names of people: phrases, bare sources, pronouns. */
function phraseMentions(block: EntityBlock, b: number, nouns: KnownNouns): Found[] {
  const s = block.sentence;
  const found: Found[] = [];
  for (const [start, end] of sentenceRanges(s.tokens)) {
    for (let k = start; k < end; k++) {
      const m =
        pronounAt(s, k, b) ?? phraseAt(s, k, end, b, nouns) ?? bodyAfterContraction(s, k, end, b, nouns);
      if (m) found.push(m);
    }
  }
  return found;
}

/**
 * `Rainer Digel vom Polizeipräsidium Reutlingen`, `beim Amtsgericht München`: a preposition that
 * carries the definite article (`complementArticles`) opens a body's name as the article would, and
 * the body is named there as much as after `von dem`. Only a body's name on its noun is taken: a
 * description after one (`vom Bürgermeister`) is read elsewhere.
 */
function bodyAfterContraction(
  s: Sentence,
  k: number,
  end: number,
  b: number,
  nouns: KnownNouns,
): Found | null {
  if (!isWord(s.tokens[k]) || !s.rules.complementArticles.has(s.tokens[k]!.lower)) return null;
  const found = phraseAt(s, k, end, b, nouns, true);
  // A place's name after it is where (`du Mans`, `da Rua da Fonte`): the body's name opens on its noun.
  const bodyNamed = found?.kind === "organisation" && found.mention.form === "name";
  return bodyNamed && s.rules.organisationNouns.has(s.tokens[k + 1]!.lower) ? found : null;
}

/** "he", "elle", "sie": a personal pronoun that may stand for someone the article named. */
function pronounAt(s: Sentence, k: number, b: number): Found | null {
  const t = s.tokens[k];
  if (!isWord(t)) return null;
  const info = s.rules.pronouns.get(t.lower);
  if (!info || info.plural || info.organisation || s.rules.speakerlessPronouns.has(t.lower)) return null;
  return { mention: mentionOf(s, k, k + 1, b, "pronoun"), personal: true, gender: info.gender };
}

function mentionOf(s: Sentence, from: number, to: number, b: number, form: MentionForm): EntityMention {
  const span = { start: s.tokens[from]!.start, end: s.tokens[to - 1]!.end };
  return { block: b, span, text: tokensText(s.tokens, from, to, s.source), form };
}

/**
 * A phrase a determiner opens, whose head is a known noun or a name ("the Interior Ministry",
 * "le communiqué", "a senior official"), with one complement ("un proche du ministre"); or a
 * plural source without a determiner ("fuentes del ministerio", "officials"); or a one-word
 * name that may be a body's ("Greenpeace").
 */
function phraseAt(
  s: Sentence,
  k: number,
  end: number,
  b: number,
  nouns: KnownNouns,
  carriesArticle = false,
): Found | null {
  const { tokens, rules } = s;
  const t = tokens[k];
  if (!isWord(t)) return null;
  const before = tokens[k - 1];
  // "Aravia's Ministry of Defence": a name's possessive stands where a definite determiner would.
  // Not an office's possessive inside a body's name ("the District Attorney's Office").
  const possessive =
    t.lower === rules.possessiveSuffix &&
    isWord(before) &&
    isCapitalised(before) &&
    !officePossessiveInName(tokens, k, rules);
  // "Puerto El Morro", "Ciudad La Paz": a capitalised determiner right after a name's word inside a
  // sentence is that name's, a place's, and opens no phrase of its own.
  const insideName = isCapitalised(t) && isWord(before) && isCapitalised(before) && !opensSentence(tokens, k);
  const opensWithDeterminer =
    (rules.determiners.has(t.lower) && !rules.pronouns.has(t.lower) && !insideName) ||
    possessive ||
    carriesArticle;
  const bareSource =
    !opensWithDeterminer &&
    t.lower.endsWith("s") &&
    nouns.isPlural(t.lower) &&
    (!isCapitalised(t) || opensSentence(tokens, k)) &&
    !(isWord(before) && (rules.determiners.has(before.lower) || nouns.isKnown(before.lower)));
  if (!opensWithDeterminer && !bareSource) return null;
  const head = headAt(s, opensWithDeterminer ? k + 1 : k, end, nouns);
  if (!head) return null;
  const to = complementEnd(s, head.end, end, nouns);
  const headWord = tokens[head.end - 1]!.lower;
  const definite = opensWithDeterminer
    ? possessive || carriesArticle || rules.definiteDeterminers.has(t.lower)
    : undefined;
  const nameOnNoun = bodyNameOnItsNoun(s, head.start, head.end);
  if (nouns.isPerson(headWord) && !nameOnNoun)
    return {
      mention: mentionOf(s, k, to, b, "description"),
      personal: true,
      personNouns: tokens
        .slice(opensWithDeterminer ? k + 1 : k, head.end)
        .filter((w) => nouns.isPerson(w.lower))
        .map((w) => w.lower),
      afterComma: tokens[k - 1]?.text === ",",
      beforeComma: tokens[to]?.text === ",",
      body: to > head.end && isCapitalised(tokens[to - 1]!) ? tokens[to - 1]!.lower : undefined,
      head: headWord,
      definite,
      gender: genderOf(rules, t.lower, headWord),
      plural: bareSource || nouns.isPlural(headWord),
    };
  if (bareSource) return null;
  // "des Ministeriums" is the "Ministerium" met before, and "das Innenministerium" a body named by
  // a compound, which "das Ministerium" later means again.
  const noun = listedNoun(rules.organisationNouns, headWord);
  // A place's adjective before the compound is the name's (`die Dresdner Verkehrsbetriebe`: isName).
  if (!headWord.startsWith(noun)) {
    const key = headWord.slice(0, headWord.lastIndexOf(noun) + noun.length);
    // `die Industrie- und Handelskammer`: the compound written with the first part it shares its head with.
    const compoundStart = suspendedCompoundAt(tokens, head.end - 3, rules) ? head.end - 3 : head.end - 1;
    const written = tokensText(tokens, head.named ? head.nameStart : compoundStart, head.end, s.source);
    // The name without its genitive ending, as the body is called (see GENITIVE_ENDINGS).
    const ending = headWord.slice(key.length);
    const genitive = rules.capitalisesNouns && GENITIVE_ENDINGS.has(ending);
    const bare = genitive ? written.slice(0, -ending.length) : written;
    // A genitive naming the body is its name's (see genitiveNameEnd), and so is the field the compound
    // takes by its preposition (`der Landesbetrieb für Küstenschutz, Nationalpark und Meeresschutz`,
    // `des Leibniz-Instituts für Astrophysik Potsdam`: bodyFieldEnd).
    const fieldEnd = bodyFieldEnd(s, head.end, end);
    const named = fieldEnd > head.end ? head.end : to;
    // A document's genitive is its author, no part of its name (`im Gletscherbericht des ÖAV`).
    const authored = genitive || rules.documentSpeech.documents.has(headWord);
    const nameEnd = fieldEnd > head.end ? fieldEnd : authored ? to : genitiveNameEnd(s, to, end, nouns);
    const name = bare + s.source.slice(tokens[named - 1]!.end, tokens[nameEnd - 1]!.end);
    const mention = mentionOf(s, k, nameEnd, b, "name");
    return { mention, kind: "organisation", key, name, head: noun, definite };
  }
  const longName = head.named ? -1 : lowerCaseNameEnd(s, head, end, nouns);
  if (longName > 0) {
    const name = tokensText(tokens, head.nameStart, longName, s.source);
    const mention = mentionOf(s, k, longName, b, "name");
    return { mention, kind: "organisation", key: name.toLowerCase(), name, head: noun, definite };
  }
  // "le ministère des Armées" is another body than "le ministère de l’Intérieur": its complement names it,
  // after a body name's own preposition too ("la Unidad Nacional para la Gestión del Riesgo").
  // `Un equipo de la Fundación X`, `une équipe du CNRS`: after an indefinite determiner the complement
  // names the body the one described belongs to, one of its many parts; it names no body, and the name
  // in it is a body of its own.
  const partOfNamed = definite === false && !head.named;
  const complementNames =
    !partOfNamed &&
    to > head.end &&
    (rules.affiliationPrepositions.has(tokens[head.end]!.lower) ||
      rules.bodyNamePrepositions.has(tokens[head.end]!.lower)) &&
    (isCapitalised(tokens[to - 1]!) || namedThroughBody(s, to, end, nouns));
  // A name that opens on its body noun takes that complement in: "la Câmara Municipal do Porto".
  const opensOnNoun = nameOnNoun || (head.named && nouns.isKnown(tokens[head.nameStart]!.lower));
  const nameStart = nameOnNoun ? head.start : head.nameStart;
  // Past its own preposition, the body's name runs on through its complements' particles, as far as
  // its name run (`para la Gestión del Riesgo de Desastres`).
  const ownPreposition = complementNames && rules.bodyNamePrepositions.has(tokens[head.end]!.lower);
  const complementsEnd = complementNames ? namingComplementsEnd(s, to, end, nouns) : to;
  const namedEnd = ownPreposition
    ? Math.max(
        complementsEnd,
        nameRuns(s, nameStart, end).find((r) => r.titleStart === nameStart)?.end ?? complementsEnd,
      )
    : complementsEnd;
  const nameEnd = complementNames ? placeQualifierEnd(s, namedEnd, end) : namedEnd;
  const named =
    head.named || nameOnNoun
      ? tokensText(tokens, nameStart, complementNames && opensOnNoun ? nameEnd : head.end, s.source)
      : null;
  const kind = documentWords(rules).has(headWord) ? "document" : "organisation";
  if (!named && !rules.organisationNouns.has(headWord) && kind !== "document") return null;
  const kindNoun = named
    ? tokens.slice(k + 1, head.nameStart).findLast((w) => isBodyNoun(rules, w.lower))?.lower
    : undefined;
  const mention = mentionOf(s, k, partOfNamed ? head.end : nameEnd, b, named ? "name" : "description");
  const namedBy = complementNames ? withoutDeterminer({ mention, definite }).toLowerCase() : undefined;
  return {
    mention,
    kind,
    key: named?.toLowerCase() ?? namedBy,
    name: named ?? undefined,
    kindNoun,
    head: noun,
    definite,
  };
}

/**
 * `del Ministerio de Salud bonaerense`, `el Ministerio de Minería provincial`: where adjectives follow
 * their noun, a lower-case adjective of place (a demonym) or of level of government
 * (`jurisdictionAdjectives`) right after a body's name is that name's, as written: it tells the
 * province's body from the nation's. The name with the adjective one of its mentions is written with.
 */
function placedBodyName(blocks: readonly EntityBlock[], body: NamedPerson): string {
  for (const m of body.mentions) {
    const s = blocks[m.block]!.sentence;
    const after = s.tokens.findIndex((t) => t.start >= m.span.end);
    if (after > 0 && placeQualifierEnd(s, after, s.tokens.length) > after)
      return `${body.name} ${s.tokens[after]!.text}`;
  }
  return body.name;
}

/**
 * Where a body's name that ends at `to` ends with the adjective of place or of level of government
 * after it (see placedBodyName); `to` when no such word follows.
 */
function placeQualifierEnd(s: Sentence, to: number, end: number): number {
  const { tokens, rules } = s;
  const t = tokens[to];
  if (to >= end || !rules.adjectivesFollowNouns || !isWord(t) || isCapitalised(t)) return to;
  return rules.demonyms.has(t.lower) || rules.jurisdictionAdjectives.has(t.lower) ? to + 1 : to;
}

/**
 * `die Landesselbstverwaltung der Ungarndeutschen`, `das Schulinspektorat des Kreises Hermannstadt`: a
 * genitive right after a body's compound names the body when its words are capitalised and hold a
 * name: more than one word (`Kreises Hermannstadt`, a town's name may read as a compound of `Stadt`),
 * or one no noun the lexicon knows (`die Geschäftsführung des Unternehmens` is described, not named).
 * Where that complement ends, or `to` when there is none.
 */
function genitiveNameEnd(s: Sentence, to: number, end: number, nouns: KnownNouns): number {
  const { tokens, rules } = s;
  if (!isWord(tokens[to]) || !rules.genitiveArticles.has(tokens[to]!.lower)) return to;
  const head = headAt(s, to + 1, end, nouns);
  if (head === null || head.start !== to + 1) return to;
  const words = tokens.slice(head.start, head.end);
  const last = words.at(-1)!;
  const naming = head.named || words.length > 1 || !nouns.isKnown(last.lower);
  return words.every((t) => isCapitalised(t)) && naming ? head.end : to;
}

/**
 * "el Colegio Médico", "la Fiscalía General": where adjectives follow their noun, a capitalised body
 * noun followed by capitalised words is a body's name, though its last word is a person noun; so is
 * a noun for a body named by its place before the place's name ("das Landratsamt Ravensburg":
 * `placeBodyNouns`).
 */
function bodyNameOnItsNoun(s: Sentence, from: number, to: number): boolean {
  const { tokens, rules } = s;
  // `das Wasserstraßen- und Schifffahrtsamt Elbe-Nordsee`: the noun is the compound written after the
  // conjunction.
  const nounAt = suspendedCompoundAt(tokens, from, rules) ? from + 2 : from;
  const first = tokens[nounAt]!;
  const opensName = rules.adjectivesFollowNouns || rules.placeBodyNouns.has(first.lower);
  if (!opensName || to - nounAt < 2 || !rules.organisationNouns.has(first.lower)) return false;
  return tokens.slice(nounAt, to).every((t) => isCapitalised(t));
}

/** The gender a determiner or a feminine noun shows ("la", "une", "directrice"). */
function genderOf(rules: LanguageRules, determiner: string, noun: string): Gender | undefined {
  if (rules.personNouns.get(noun) === "f") return "f";
  return rules.definiteDeterminers.get(determiner) ?? rules.indefiniteDeterminers.get(determiner);
}

/**
 * The head of a phrase from `from`: up to MAX_QUALIFIERS lower-case qualifiers, then known nouns
 * and capitalised words. `named` when it holds capitalised words (a name: "Interior Ministry",
 * "CGT"), which start at `nameStart`.
 */
function headAt(
  s: Sentence,
  from: number,
  end: number,
  nouns: KnownNouns,
): { start: number; end: number; named: boolean; nameStart: number } | null {
  const { tokens, rules } = s;
  const partOfHead = (t: Token | undefined) =>
    isWord(t) && (isCapitalised(t) || nouns.isKnown(t.lower)) && !rules.determiners.has(t.lower);
  let k = from;
  while (k < end && k - from < MAX_QUALIFIERS && isWord(tokens[k]) && !partOfHead(tokens[k])) {
    const w = tokens[k]!.lower;
    if (rules.prepositions.has(w) || rules.determiners.has(w) || rules.pronouns.has(w)) return null;
    k++;
  }
  const headStart = k;
  let nameStart = -1;
  // « la Direction générale de la météorologie »: where body names capitalise their first word only, a
  // capitalised body noun ends the head; the lower-case words after it, nouns though they may be
  // (« générale »), are its name's (see lowerCaseNameEnd).
  const namedBodyNoun = (j: number) =>
    rules.bodyNamesCapitaliseFirstWord &&
    isCapitalised(tokens[j]!) &&
    rules.organisationNouns.has(tokens[j]!.lower) &&
    !isCapitalised(tokens[j + 1]);
  // « la Région Bretagne chargé des mobilités »: where adjectives follow their noun, a name's word the
  // lexicon does not know ends the head; a lower-case noun after it heads no phrase of its own.
  const afterName = (j: number) =>
    rules.adjectivesFollowNouns &&
    !isCapitalised(tokens[j]!) &&
    isCapitalised(tokens[j - 1]!) &&
    !nouns.isKnown(tokens[j - 1]!.lower);
  while (k < end && k - headStart < MAX_HEAD_WORDS && partOfHead(tokens[k])) {
    if (k > headStart && (namedBodyNoun(k - 1) || afterName(k))) break;
    // A capitalised body noun opens the name where nouns are written in lower case: "la Câmara
    // Municipal", "la Policía Nacional" (not "Municipal", "Nacional").
    const opensName = !nouns.isKnown(tokens[k]!.lower) || !rules.capitalisesNouns;
    if (nameStart < 0 && isCapitalised(tokens[k]!) && opensName) nameStart = k;
    k++;
    if (nameStart >= 0 && conjoinedInBodyName(s, k, headStart + MAX_HEAD_WORDS, end)) k++;
    // `das Wasserstraßen- und Schifffahrtsamt`: the compound's first part is the second's.
    else if (k + 1 < end && suspendedCompoundAt(tokens, k - 1, rules)) k++;
  }
  if (k === headStart) return null;
  const named = nameStart >= 0 && isName(s, headStart, nameStart, k, nouns);
  return { start: headStart, end: k, named, nameStart };
}

/**
 * "the Economic and Financial Crimes Commission", "the Fish and Wildlife Service": a conjunction at
 * `k` inside a capitalised name, when the capitalised words after it run on to a body noun within
 * the head's words (up to `limit`), joins two of the name's words; two names joined by it
 * ("Smith and Jones") run on to no body noun, and stay apart.
 */
function conjoinedInBodyName(s: Sentence, k: number, limit: number, end: number): boolean {
  const { tokens, rules } = s;
  if (!isWord(tokens[k]) || !listConjunctions(rules).has(tokens[k]!.lower)) return false;
  for (let j = k + 1; j < Math.min(limit, end) && isWord(tokens[j]) && isCapitalised(tokens[j]!); j++)
    if (rules.organisationNouns.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * « l’Office national de l’électricité et de l’eau potable (ONEE) », « le Conseil constitutionnel a
 * jugé »: where body names capitalise their first word only, the lower-case words after a head that
 * is one capitalised body noun finish its name, up to the punctuation or the word opening the
 * clause's verb (an auxiliary, a speech verb, a pronoun, an adverb) that ends the phrase; complements
 * join it by a preposition (« de l’eau »), and by « et » before another. A determiner with no
 * preposition before it opens the verb's object, so the word before it is the verb (« la Cour des
 * comptes pointe une dérive »). The end of the name, or -1 when there are no such words or they
 * read as no name (they end on a preposition, or run into a name: « le Conseil d’État »). After a
 * determiner, a word is its noun, whatever its ending (« pour le développement », « de
 * l’environnement »: no adverbs).
 */
function lowerCaseNameEnd(
  s: Sentence,
  head: { end: number; nameStart: number },
  end: number,
  nouns: KnownNouns,
): number {
  const { tokens, rules } = s;
  const noun = tokens[head.nameStart];
  if (!rules.bodyNamesCapitaliseFirstWord || head.end - head.nameStart !== 1 || !nouns.isKnown(noun!.lower))
    return -1;
  const joins = (k: number) =>
    rules.prepositions.has(tokens[k]!.lower) || rules.determiners.has(tokens[k]!.lower);
  // An acronym in brackets closing the words tells where the name ends: a conjunction may join a
  // complement with its determiner there (« pour la reconstruction et le développement (BERD) »).
  const closed = acronymInBracketsAfter(s, head.end, end);
  const conjunction = (k: number) =>
    listConjunctions(rules).has(tokens[k]!.lower) &&
    (rules.prepositions.has(tokens[k + 1]?.lower ?? "") ||
      (closed && rules.determiners.has(tokens[k + 1]?.lower ?? "")));
  const limit = closed ? MAX_LOWER_CASE_NAME_BEFORE_ACRONYM : MAX_LOWER_CASE_NAME;
  let k = head.end;
  for (; k < end && k - head.end < limit; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || isCapitalised(t)) break;
    const preposition = rules.prepositions.has(t.lower);
    const afterDeterminer = rules.determiners.has(tokens[k - 1]!.lower);
    const joinedDeterminer = rules.prepositions.has(tokens[k - 1]!.lower) || conjunction(k - 1);
    if (!preposition && rules.determiners.has(t.lower) && !joinedDeterminer) {
      k--;
      break;
    }
    if (preposition && opensSetting(s, k + 1)) break;
    if (joins(k) || conjunction(k)) continue;
    const functionWord =
      isFunctionWord(t.lower, rules) && !(afterDeterminer && t.lower.endsWith(rules.adverbEnding));
    if (functionWord || rules.pronouns.has(t.lower) || isSpeechVerb(s, k)) break;
  }
  const last = tokens[k - 1]!;
  if (k <= head.end || joins(k - 1) || listConjunctions(rules).has(last.lower)) return -1;
  return isCapitalised(tokens[k]) && isWord(tokens[k]) ? -1 : k;
}

/** Whether lower-case words from `from` run to an acronym in brackets (« … de l’arganier (ANDZOA) »). */
function acronymInBracketsAfter(s: Sentence, from: number, end: number): boolean {
  const { tokens } = s;
  let k = from;
  while (
    k < end &&
    k - from < MAX_LOWER_CASE_NAME_BEFORE_ACRONYM &&
    isWord(tokens[k]) &&
    !isCapitalised(tokens[k])
  )
    k++;
  return tokens[k]?.text === "(" && ACRONYM.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === ")";
}

/**
 * `dans sa décision`, `pour la première fois`, `pour autant`, `en 2024`, `d’un missile`: after a
 * preposition, a possessive, a number, an adverb, an indefinite determiner, a bare word after any
 * preposition but a complement's, or (past a determiner, and perhaps an ordinal) an adverbial
 * phrase's or a document's noun says where, when or of what a body spoke, which no body's name holds.
 */
function opensSetting(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const first = tokens[k];
  if (!isWord(first) || /^\p{N}/u.test(first.text) || rules.adverbs.has(first.lower)) return true;
  // « pour autant », « en effet »: only a complement's preposition (« de », « des ») joins a bare noun to
  // a name.
  const complement = opensComplement(rules, tokens[k - 1]!.lower);
  if (!complement && !rules.determiners.has(first.lower)) return true;
  if (rules.possessiveWords.has(first.lower) || rules.indefiniteDeterminers.has(first.lower)) return true;
  const noun = rules.determiners.has(first.lower) ? k + 1 : k;
  return [tokens[noun], tokens[noun + 1]].some(
    (t) => isWord(t) && (rules.adverbialNouns.has(t.lower) || rules.documentSpeech.documents.has(t.lower)),
  );
}

/**
 * Whether the capitalised words [nameStart, end) of a head are a name: one of them is no known
 * noun ("The Minister" is none). Where every noun is capitalised, a name opens on an acronym ("die
 * SPD", "der SC Siegsdorf": a club's form), follows a known noun ("die Gewerkschaft Verdi"), or is a
 * place's adjective before the body's noun that ends the head ("die Dresdner Verkehrsbetriebe":
 * `placeAdjective`), or another adjective, capitalised only in a name ("die Europäische Zentralbank").
 * Not before a reporter's generic noun for a body (`bodyEpithets`): `Das Schaaner Unternehmen`, `des
 * Münchner Autokonzerns` describe a body by its town and kind, which a name tells apart.
 */
function isName(s: Sentence, headStart: number, nameStart: number, end: number, nouns: KnownNouns): boolean {
  const { tokens, rules } = s;
  const names = tokens.slice(nameStart, end).filter((t) => !nouns.isKnown(t.lower));
  if (names.length === 0) return false;
  if (!rules.capitalisesNouns) return true;
  const bodyNoun = tokens[end - 1]!.lower;
  // `der Schweizerische Bauernverband`, `die Europäische Zentralbank`: after a determiner, where no
  // sentence's capital explains it, an adjective is capitalised only as a name's word.
  const determined = isWord(tokens[headStart - 1]) && rules.determiners.has(tokens[headStart - 1]!.lower);
  const nameAdjective = (t: Token) => determined && isAdjective(t.lower, rules);
  const placeBeforeBody =
    rules.organisationNouns.has(bodyNoun) &&
    !rules.bodyEpithets.has(listedNoun(rules.organisationNouns, bodyNoun)) &&
    names.every((t) => rules.placeAdjective.test(t.text) || nameAdjective(t));
  return ACRONYM.test(tokens[nameStart]!.text) || nouns.isKnown(tokens[headStart]!.lower) || placeBeforeBody;
}

/**
 * `la Corte de Apelaciones de Valparaíso`: a body named by a complement (`de Apelaciones`) runs on
 * through each further one right after it that an affiliation preposition joins, or a preposition
 * the complement's noun governs (`de Protección al Ambiente`, bodyNameGoverningNouns), and that is
 * capitalised (`de Valparaíso`): the name as written, whole. Where the complements after `to` end.
 */
function namingComplementsEnd(s: Sentence, to: number, end: number, nouns: KnownNouns): number {
  const { tokens, rules } = s;
  let last = to;
  for (;;) {
    const preposition = tokens[last];
    if (!isWord(preposition)) return last;
    // `de Protección al Ambiente`: a complement's noun may carry the name on by its own preposition.
    const governed = rules.bodyNameGoverningNouns.get(tokens[last - 1]!.lower)?.has(preposition.lower);
    if (!rules.affiliationPrepositions.has(preposition.lower) && !governed) return last;
    const next = complementEnd(s, last, end, nouns);
    if (next === last || !isCapitalised(tokens[next - 1]!)) return last;
    last = next;
  }
}

/**
 * `le rectorat de l’académie de Dijon`: a complement in lower case that is itself a body's noun
 * names the body when a capitalised complement names that body in turn; the name runs on through
 * it (see namingComplementsEnd).
 */
function namedThroughBody(s: Sentence, to: number, end: number, nouns: KnownNouns): boolean {
  return isBodyNoun(s.rules, s.tokens[to - 1]!.lower) && namingComplementsEnd(s, to, end, nouns) > to;
}

/**
 * Where one complement after the head ends: "du ministre", "of the agency", "de la CGT"; not an
 * adverbial phrase's noun, which says how the body spoke (`die Behörde auf Anfrage`).
 */
function complementEnd(s: Sentence, k: number, end: number, nouns: KnownNouns): number {
  const { tokens, rules } = s;
  if (!isWord(tokens[k]) || !rules.prepositions.has(tokens[k]!.lower)) return k;
  let j = k + 1;
  if (isWord(tokens[j]) && rules.definiteDeterminers.has(tokens[j]!.lower)) j++;
  if (rules.adverbialNouns.has(tokens[j]?.lower ?? "")) return k;
  const head = headAt(s, j, end, nouns);
  return head && head.end - j <= MAX_HEAD_WORDS ? head.end : k;
}
