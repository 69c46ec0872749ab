// The people and bodies an article quotes, merged across the article: "Sullivan", "Mr Sullivan"
// and "Jake Sullivan" are one speaker named by the fullest form; "le ministre de la Défense"
// is the speaker whose role says so; "he" and "elle" are the last compatible speaker.
import type { SpeakerKind } from "../types.ts";
import * as dictionary from "../lang/commonWords.ts";
import type { Gender, LanguageRules } from "../lang/types.ts";
import { makeMention, type Mention } from "./speakerPhrases.ts";
import {
  CompoundMap,
  GENITIVE_ENDINGS,
  isFunctionWord,
  isPersonNoun,
  listConjunctions,
  listedNoun,
  yearsOfAgeNoun,
} from "../lang/lexicon.ts";
import { isSurnameOf, NameIndex, nameWords, otherGeneration, sameName } from "./names.ts";
import { type ArticleMentions, type PersonEntity, placedBefore } from "../mentions/mentions.ts";
import { ACRONYM } from "./tokens.ts";
import {
  PUNCTUATED_ACRONYM,
  WORD_ACRONYM,
  type ArticleEntity,
  endsOnCompanyForm,
  isBodyNoun,
} from "../mentions/entities.ts";
import { newsOrganisations } from "../lang/newsOrganisations.ts";
import { givenNameGender } from "../lang/givenNames.ts";
import { bestReferent, genderMatch, type ScoredReferent, scoreReferents } from "./pronouns.ts";
import { descriptionGender, type ScoredAntecedent, scoreAntecedents } from "./descriptions.ts";
import type { ScoredDescription } from "./resolver.ts";

/** A role written in capitals, perhaps with a digit (`PDG`, `CEO`, `T1`): see roleAbbreviation. */
const ROLE_ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u;
/** The shapes an acronym is written in (`CGT`, `Conred`, `C.C.C.S.`), tried for every article's acronym. */
const ACRONYM_SHAPES = [ACRONYM, WORD_ACRONYM, PUNCTUATED_ACRONYM] as const;
/** How many words of its name an acronym may keep whole after its initials (`BO Milch`, `IG Metall`). */
const KEPT_NAME_WORDS = 2;
/** A word an acronym keeps whole: a capitalised word of the name (`Milch` of `BO Milch`). */
const KEPT_WORD = /^\p{Lu}\p{Ll}+$/u;
/** A number in digits after a class's or a rank's word: `Year 6`, `Grade 11`. */
const DIGITS = /^\p{N}+$/u;
/** The genitive endings, the longer first: `Gemeinderates` is `gemeinderat`, not `gemeinderate`. */
const GENITIVE_ENDINGS_LONGEST_FIRST = [...GENITIVE_ENDINGS].sort((a, b) => b.length - a.length);

export interface Entity {
  id: number;
  name: string;
  aliases: Set<string>;
  role: string | null;
  kind: SpeakerKind;
  gender?: Gender;
  plural: boolean;
  /** The name was only seen in a headline or caption, where Title Case blurs names and roles. */
  nameFromHeadline: boolean;
  /** Block of the last mention. */
  lastBlock: number;
  /** Where a description naming no one was first written (block, offset in its text). */
  introduced?: { block: number; at: number };
}

/**
 * How many speakers back, most recent first, a pronoun may look for its antecedent: a reader
 * never reaches further, and on a page that names thousands a pronoun must not read them all.
 */
const PRONOUN_REACH = 50;
/**
 * How many sentences back a person counts as in sight when a pronoun comes: the pronoun tells
 * its person's gender only when no one else in sight may be meant.
 */
const GENDER_SIGHT = 5;
/**
 * How many paragraphs on "ce texte", "the statement" still means the document a speaker issued
 * (see documentIssued): past that, a reader takes the words to name a document of their own.
 */
const DOCUMENT_REACH = 2;

/**
 * How many paragraphs back a bare description ("the official") may reach for the unnamed source it
 * repeats: wire copy names the source and carries it on within a paragraph or two.
 */
const SOURCE_REACH_BLOCKS = 3;
/**
 * How many paragraphs back a body's noun alone (`El distrito`) may reach for the body named before
 * whose name opens with it: a reporter goes on with that short form for the body the article is
 * about, paragraphs after the full name, while no other body of that noun is named between.
 */
const SHORT_FORM_REACH = 3;
/** A phrase's elided opening word, without its apostrophe (`L’étude`: L). */
const ELIDED_OPENING = /^(\p{L}+)['’]\p{L}/u;
/** How many content words may qualify a body's epithet before it ("la haute juridiction"). */
const EPITHET_HEAD_REACH = 2;
/** What joins a compound's modifier to its head: a hyphen, or the linking "s" (`Vereinsvorsitzender`). */
const COMPOUND_LINK = /(?<=\p{L}{3})(?:s-?|-)$/u;
/** A modifier shorter than this would open unrelated words of a role (`Ex-Chef`). */
const MIN_COMPOUND_STEM = 4;

/** A phrase's words in lower case, elided ones apart: "l’étude d’Oxfam" is l, étude, d, oxfam. */
function elidedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’]/g, "'")
    .split(/[\s,()]+|(?<=')/u)
    .map((w) => w.replace(/'$/u, ""))
    .filter((w) => w !== "");
}

/**
 * `der Hofer Kapitän` read as `der Kapitän`: a place's adjective (placeAdjective) before a person's noun
 * says where the person is from and names no one. A description compares with roles and other
 * descriptions without it (`die Leipziger Ärztin` is no one whose name tells a man, as `die Ärztin`
 * is not), and its capital names no body.
 */
function withoutPlaceAdjectives(text: string, rules: LanguageRules): string {
  const written = text.split(/\s+/u);
  const placeAdjective = (w: string, i: number) =>
    rules.placeAdjective.test(w) && isPersonNoun(written[i + 1]?.toLowerCase() ?? "", rules);
  return written.some(placeAdjective) ? written.filter((w, i) => !placeAdjective(w, i)).join(" ") : text;
}

/** A plural noun's ending, and a singular's gendered vowel (`comerciantes`, `pescadora`). */
const NOUN_ENDING = /(?:[aeo]s?|s)$/u;

/**
 * Whether a description's noun names one of the members a role's plural noun names (`comerciante` of
 * `Comerciantes`, `pescadora` of `pescadores`), in either gender.
 */
function oneOfMembers(noun: string, plural: string): boolean {
  return (
    plural.endsWith("s") &&
    noun !== plural &&
    noun.length > 4 &&
    noun.replace(NOUN_ENDING, "") === plural.replace(NOUN_ENDING, "")
  );
}

/**
 * Words that carry meaning in a role or description: no determiners, prepositions, punctuation or
 * place's adjectives (see withoutPlaceAdjectives).
 */
function contentWords(text: string, rules: LanguageRules): string[] {
  return (
    elidedWords(withoutPlaceAdjectives(text, rules))
      .filter((w) => !rules.determiners.has(w) && !rules.prepositions.has(w) && !rules.elisions.has(w))
      // "Gov." and "governor", "MD" and "managing director" are the same office: roles and descriptions
      // compare by the full words.
      .flatMap((w) => rules.titleAbbreviations.get(w)?.split(" ") ?? [w])
  );
}

/**
 * The runs of capitalised words after a description's first word, as written, each a name it may
 * hold ("Pierre Roussel" of "un proche de Pierre Roussel", "Anne Morel" of "un ami d’Anne Morel").
 */
function capitalisedRuns(text: string, rules: LanguageRules): string[] {
  const runs: string[][] = [[]];
  for (const written of text.split(/\s+/u).slice(1)) {
    // An elided determiner or preposition is written onto the name: "d’Anne".
    const elided = /^(\p{Ll}{1,5})['’](?=\p{Lu})/u.exec(written);
    const word = elided && rules.elisions.has(elided[1]!) ? written.slice(elided[0].length) : written;
    if (elided && word !== written) runs.push([]);
    if (/^\p{Lu}/u.test(word)) runs.at(-1)!.push(word.replace(/[,.;:]+$/u, ""));
    else runs.push([]);
  }
  return runs.filter((run) => run.length > 0).map((run) => run.join(" "));
}

/**
 * The names a description or role writes, lower case: "cgt" of "la dirigeante de la CGT". A
 * description's first word is capitalised where it opens a sentence, so it is left out there.
 */
const namesIn = (text: string, afterFirst: boolean, rules: LanguageRules): string[] =>
  text
    .split(/\s+/u)
    .slice(afterFirst ? 1 : 0)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => withoutElision(w.toLowerCase(), rules).replace(/[,.;:()]+$/u, ""));

/** A lower-case word less the elided word written onto it (`elisions`): "d'edf" → "edf". */
function withoutElision(lower: string, rules: LanguageRules): string {
  const apostrophe = lower.search(/['’]/u);
  return apostrophe > 0 && rules.elisions.has(lower.slice(0, apostrophe))
    ? lower.slice(apostrophe + 1)
    : lower;
}

/**
 * The word that qualifies an office right after it, lower case: "mapuche" of "el líder mapuche",
 * "curdo" of "il leader curdo", "petista" of "o líder petista". None where a preposition or an
 * adverb follows ("presidente de la Nación", "el líder más votado").
 */
function officeQualifier(text: string, office: string, rules: LanguageRules): string | undefined {
  const written = text.split(/\s+/u).map((w) => w.replace(/[,.;:()]+$/u, ""));
  const at = written.findIndex((w) => w.toLowerCase() === office);
  const next = at < 0 ? undefined : written[at + 1];
  if (!next || !/^\p{Ll}+$/u.test(next)) return undefined;
  const notQualifier = [rules.prepositions, rules.determiners, rules.adverbs, rules.phraseStops];
  return notQualifier.some((set) => set.has(next)) ? undefined : next;
}

/**
 * A role names the body an office sits in: "presidente do Senado" for "senador", "Speaker of the
 * Senate" for "senator", "président du Sénat" for "sénateur" — a capitalised word of the role
 * whose stem (less its last letter, at least four letters) opens the office.
 */
function namesBodyOf(role: string, office: string): boolean {
  return role
    .split(/\s+/u)
    .filter((w) => /^\p{Lu}\p{Ll}{4,}$/u.test(w))
    .some((w) => office.startsWith(w.toLowerCase().slice(0, -1)));
}

/** Lower-case words with their accents, to look up in the lexicons (nameWords folds accents). */
const writtenWords = (text: string) => text.toLowerCase().split(/\s+/u);

/**
 * The ids of `entities`, for byRecency: pushed like Index.get's, not mapped, as `map` in optimised code
 * makes a holey array and in the interpreter a packed one, and byRecency, handed both, was optimised
 * and thrown away again.
 */
function idsOf(entities: readonly Pick<Entity, "id">[]): number[] {
  const ids: number[] = [];
  for (const e of entities) ids.push(e.id);
  return ids;
}

/** Ids of the entities filed under each key, each once, in the order filed. */
class Index {
  private readonly ids = new Map<string, Set<number>>();

  add(key: string, id: number): void {
    const ids = this.ids.get(key);
    if (ids) ids.add(id);
    else this.ids.set(key, new Set([id]));
  }

  get(key: string | undefined): readonly number[] {
    // Pushed one by one, not spread (`[...set]` makes an array of generic elements, `[]` and a mapped
    // list of ids one of small integers): byRecency is handed all of them, and one array kind keeps
    // its loop from being optimised and thrown away again at each new kind.
    const ids = key === undefined ? undefined : this.ids.get(key);
    const list: number[] = [];
    if (ids) for (const id of ids) list.push(id);
    return list;
  }
}

/**
 * Every lookup goes through an index keyed by words (a name's first and last word, a form's
 * content words, a role's head noun), so that a page quoting thousands of people costs in
 * proportion to its mentions, never to mentions × speakers. Everything cached lives as long as
 * the registry: one extraction.
 */
export class SpeakerRegistry {
  readonly entities: Entity[] = [];
  /**
   * Each touch of an entity, in order, with the sentence it was in and whether it was not the
   * sentence's subject (PronounFeatures.notSubject); an entry is current while its entity's
   * `touchedAt` is its time.
   */
  private readonly touches: { id: number; at: number; sentence: number; notSubject: boolean }[] = [];
  /** Sentences read so far (see `nextSentence`): how far back each person was mentioned. */
  private sentence = 0;
  /** Who spoke the last quote or reported speech, and the block each speaker last spoke in. */
  private lastSpeaker: number | null = null;
  private readonly spokeIn = new Map<number, number>();
  /** The sentence each body was last named in as the subject (see bodySubject). */
  private readonly subjectIn = new Map<number, number>();
  /** The unnamed person a sentence introduced as its subject, and that sentence (see describedSubject). */
  private introduced: { id: number; sentence: number } | null = null;
  /** How many entities were known when the current sentence began: the others it mentions first. */
  private knownBeforeSentence = 0;
  /**
   * The body the last sentence quoting no one may be about, not yet met (see meetSubjectBody): read
   * only when a pronoun of the next sentence asks, as most sentences are followed by none that may
   * stand for a body (the caller keeps what `read` found).
   */
  private subjectBody: {
    read: () => Mention | null;
    block: number;
    sentence: number;
  } | null = null;
  /** Who issued the document the article introduced last ("a indiqué sa famille dans un communiqué"). */
  private lastDocument: { author: number; block: number; releaseOnly: boolean } | null = null;
  /** The people the article gives a role, by the role's first content word (see soleHolderOfRoleNoun). */
  private peopleByRoleNoun?: Map<string, PersonEntity[]>;
  /** The candidates the last pronoun resolved was chosen among, scored: for explain. */
  lastReferents: readonly ScoredReferent<number>[] = [];
  /** The candidates the last description placed by describedAntecedent was chosen among: for explain. */
  lastAntecedents: readonly ScoredDescription[] = [];
  private readonly touchedAt: number[] = [];
  /**
   * Each entity's last touch, the least recent first (a touch moves its entity to the end): what
   * pronouns read back through, which would otherwise pass every older touch of a long page.
   */
  private readonly lastTouches = new Map<number, (typeof this.touches)[number]>();
  /**
   * Indexes into `knownNames` by their words (see NameIndex): a long page's thousands of names
   * are not all compared with each.
   */
  private readonly knownByName: NameIndex;
  /** Entities by the words of every name and alias they have had (see NameIndex). */
  private readonly byName: NameIndex;
  /** Entities by the content words of every name and alias they have had. */
  private readonly byContent = new Index();
  /** Entities by the first content word of each role. */
  private readonly byRoleHead = new Index();
  /** Persons by each name written in one of their roles ("cgt" of "secrétaire générale de la CGT"). */
  private readonly byRoleName = new Index();
  /** Persons by each office word of their roles ("senator" of "Republican senator from Ohio"). */
  private readonly byRoleOffice = new Index();
  /** Unnamed sources first written with an indefinite determiner, by each content word of it. */
  private readonly sourcesByWord = new Index();
  /** Words of each name, alias and role compared so far: the same few strings, again and again. */
  private readonly contentWordsOf = new Map<string, string[]>();
  private readonly nameWordsOf = new Map<string, readonly string[]>();
  /** fullName's answers without a gender, by block, offset and name. */
  private readonly fullNames = new Map<string, string>();

  /** Full names written in the body, with the block and the offset where each first appears. */
  private readonly knownNames: readonly { name: string; block: number; at: number }[];

  /** `mentions`: the people the whole article names, with the roles it gives them. */
  constructor(
    private readonly rules: LanguageRules,
    readonly mentions: ArticleMentions,
  ) {
    this.knownByName = new NameIndex(mentions.nameKeys);
    this.byName = new NameIndex(mentions.nameKeys);
    const knownNames = (this.knownNames = mentions.fullNames());
    knownNames.forEach((known, i) => this.knownByName.add(this.nameWords(known.name), i));
  }

  private contentWords(text: string): string[] {
    let words = this.contentWordsOf.get(text);
    if (!words) this.contentWordsOf.set(text, (words = contentWords(text, this.rules)));
    return words;
  }

  private nameWords(name: string): readonly string[] {
    let words = this.nameWordsOf.get(name);
    if (!words) this.nameWordsOf.set(name, (words = nameWords(name)));
    return words;
  }

  private sameName(a: string, b: string): boolean {
    return (
      sameName(this.nameWords(a), this.nameWords(b), this.rules.firstOfTwoSurnames) && !otherGeneration(a, b)
    );
  }

  /**
   * The entity a mention refers to, creating it if new; null for a pronoun with no antecedent.
   * `speaks`: the mention is who a quote's attribution says speaks (`señaló el gallego`).
   */
  resolve(m: Mention, block: number, inHeadline: boolean, speaks = false): number | null {
    const id = this.entityOf(m, block, inHeadline, speaks);
    if (id !== null) this.touch(id, block, m.afterPreposition === true);
    return id;
  }

  /**
   * A person described as the sentence's subject (`A cashier, who …, packed her things.`), resolved;
   * one unnamed that the article mentions here for the first time is the newcomer the next
   * sentence's pronoun most likely means (PRONOUN_WEIGHTS.introducedBefore). A title or a name
   * (`À Namur, le ministre wallon de l’Environnement, Luc Deprez, a contesté`) is left to the other
   * weights: the person it stands for may be known under another form.
   */
  describedSubject(m: Mention, block: number): number | null {
    const known = this.entities.length;
    const id = this.resolve(m, block, false);
    // One brought in by an indefinite description is new though its own speech verb met it first (`A
    // resident who walks her dog said she would go elsewhere.`); a definite one met there may be someone
    // known whom the description failed to place (`The Democrat said she would …`).
    const met = m.type === "description" && !m.definite ? this.knownBeforeSentence : known;
    // So is one named in full for the first time (`Priya Natarajan, who …, attended`), whom no form
    // met before stands for: a name the article gave before is left to the other weights, and so is
    // one of two people the sentence names for the first time (`Chair Ryan Curran said …, and Director
    // Mike Sousa said …`), either of whom the pronoun may mean.
    const kind = id === null ? undefined : this.entities[id]!.kind;
    const namedFirstHere =
      kind === "person" &&
      m.type === "name" &&
      id! >= this.knownBeforeSentence &&
      this.entities.slice(this.knownBeforeSentence).filter((e) => e.kind === "person").length === 1;
    const newcomer = id !== null && ((id >= met && kind === "unnamed") || namedFirstHere);
    this.introduced = newcomer ? { id, sentence: this.sentence } : null;
    return id;
  }

  /** The first entity the current sentence met, or null: a sentence opening on a name meets it first. */
  firstMetInSentence(): number | null {
    let first: number | null = null;
    for (let k = this.touches.length - 1; k >= 0 && this.touches[k]!.sentence === this.sentence; k--)
      first = this.touches[k]!.id;
    return first;
  }

  /** The entity a mention refers to, as resolve, but not touched. */
  private entityOf(m: Mention, block: number, inHeadline: boolean, speaks: boolean): number | null {
    const officeHeld = m.type === "name" ? this.asOfficeHeld(m, speaks) : undefined;
    return m.type === "pronoun"
      ? this.antecedent(m, block)
      : officeHeld !== undefined
        ? this.described(officeHeld, block, speaks)
        : m.type === "name"
          ? this.named(m, inHeadline, block)
          : this.described(m, block, speaks);
  }

  /**
   * The speaker a pronoun opening a sentence stands for, when they were mentioned within `sentences`
   * sentences before it (else null: "il" in "Il s'agit de…" stands for no one); not touched. A pronoun
   * counting the people named before (« cette dernière ») stands for one of them wherever it opens
   * (see countedAntecedent, which looks no further back than the paragraph before).
   */
  pronounTopic(m: Mention, block: number, sentences: number): number | null {
    const id = this.antecedent(m, block);
    if (m.order !== undefined) return id;
    const best = this.lastReferents[0];
    return id !== null && best !== undefined && best.features.sentencesBack <= sentences ? id : null;
  }

  /**
   * A body named as a sentence's subject that quotes no one (`Die Gewerkschaften reagierten
   * zurückhaltend.`): the one the next sentence's pronoun of its gender may mean (meetSubjectBody).
   * `read` finds it in the sentence, or null when its subject is no body.
   */
  bodySubject(read: () => Mention | null, block: number): void {
    this.subjectBody = { read, block, sentence: this.sentence };
  }

  /**
   * The body or document named as the subject of the sentence before the pronoun, met only now and
   * only for a pronoun that may stand for it: a body met in every sentence it opens would stand for
   * the paragraph's speaker in everything else that reads who was mentioned last. "it" stands for one
   * whatever its gender (`The report was released on Monday. It says …`); a gendered pronoun for one
   * of its gender, or for one whose article, elided, shows none (`L’étude … Elle note que …`), which
   * then takes the pronoun's. A person that gender allows, named in the subject's own sentence, is
   * the likelier speaker (`Le rapport a été remis au ministre Paul Roy. « … », a-t-il déclaré.`).
   */
  private meetSubjectBody(m: Mention): void {
    const body = this.subjectBody;
    if (body === null || body.sentence !== this.sentence - 1) return;
    const mention = body.read();
    if (mention === null) return;
    const gender = mention.gender ?? (this.genderElided(mention) ? m.gender : undefined);
    if (m.gender === undefined ? m.kind !== "organisation" || m.plural : gender !== m.gender) return;
    if (m.gender !== undefined && this.personNamedIn(body.sentence, m.gender)) return;
    // "it" tells no gender: `Her book` met by it is no one `she` may mean.
    const met = makeMention({ ...mention, gender: m.gender === undefined ? undefined : gender });
    const id = this.entityOf(met, body.block, false, false);
    if (id === null) return;
    this.touch(id, body.block, false, body.sentence);
    this.subjectIn.set(id, body.sentence);
  }

  /** `L’étude`: a phrase opening on a definite article elided before a vowel, which hides its gender. */
  private genderElided(m: Mention): boolean {
    const article = ELIDED_OPENING.exec(m.text)?.[1]?.toLowerCase() ?? "";
    return this.rules.elisions.has(article) && this.rules.definiteDeterminers.has(article);
  }

  /** Whether a person whose gender may be `gender` was mentioned in the sentence numbered `sentence`. */
  private personNamedIn(sentence: number, gender: Gender): boolean {
    for (let k = this.touches.length - 1; k >= 0 && this.touches[k]!.sentence >= sentence; k--) {
      const touch = this.touches[k]!;
      const e = this.entities[touch.id]!;
      if (touch.sentence !== sentence || e.kind === "organisation" || e.plural) continue;
      const known = this.referentGender(e);
      if (known === undefined || known === gender) return true;
    }
    return false;
  }

  /** Reading moves on to the next sentence: the mentions before are one sentence further back. */
  nextSentence(): void {
    this.sentence++;
    this.knownBeforeSentence = this.entities.length;
  }

  /** The entity spoke (a quote or reported speech) in block `block`: the likeliest "he" or "she" next. */
  spoke(id: number, block: number): void {
    this.lastSpeaker = id;
    this.spokeIn.set(id, block);
  }

  /**
   * The entity spoke through a document its sentence introduced (`X said in a statement`, `a
   * indiqué X dans un communiqué`): "the statement", "ce texte" written after it are X's words. A body
   * that announced something issued a release (`releaseOnly`): only "the statement" is its words.
   */
  documentIssued(author: number, block: number, releaseOnly: boolean): void {
    this.lastDocument = { author, block, releaseOnly };
  }

  /**
   * Every role the article gives the entity: the one written where it speaks first, then those
   * written with its name anywhere else (a person's only).
   */
  rolesOf(id: number): string[] {
    const e = this.entities[id]!;
    const elsewhere =
      e.kind === "person"
        ? this.mentions.rolesOf(e.name)
        : e.kind === "organisation"
          ? this.mentions.descriptionsOf(this.withoutDeterminer(e.name))
          : [];
    return [...new Set([...(e.role === null ? [] : [e.role]), ...elsewhere])];
  }

  /**
   * Where a speaker speaks from, for when its own words say nothing: for a source that is not a
   * person, the roles of the people its name names ("un proche de Pierre Roussel" speaks from
   * where Pierre Roussel stands); else the body named last before a bare post — an unnamed
   * source's description (`Das Ministerium prüft den Fall. Ein Sprecher sagte`) or a person's
   * first role (`Die Polizei sucht Zeugen. Sprecherin Anna Roth sagte`) — with what the article
   * says the body is; but an unnamed post the article also writes with its body ("ein Sprecher" of
   * "der Konzern-Sprecher") speaks from that. A person the article gives no role speaks from
   * nowhere: never guessed.
   */
  speaksFrom(id: number): string[] {
    const e = this.entities[id]!;
    const roles =
      e.kind === "person"
        ? []
        : capitalisedRuns(e.name, this.rules).flatMap((name) => this.mentions.rolesOf(name));
    const post = e.kind === "person" ? this.roleWritten(e.name) : e.introduced;
    if (roles.length > 0 || post === undefined) return roles;
    // The article's own compound for the post says whose it is more surely than a body nearby.
    const compound = e.kind === "person" ? [] : this.samePostWithBody(e.name);
    if (compound.length > 0) return compound;
    const body = this.mentions.bodyNamedBefore(post.block, post.at);
    return body === undefined ? [] : [body.name, ...this.mentions.descriptionsOf(body.name)];
  }

  /**
   * The one compound the article writes a bare post as, with the body it is held in ("ein Sprecher
   * … teilte der Konzern-Sprecher mit": Konzern-Sprecher), as that post's role; none when the
   * article writes several (two bodies' spokesmen) or none.
   */
  private samePostWithBody(name: string): string[] {
    const post = writtenWords(name).at(-1);
    if (post === undefined) return [];
    const compounds = new Set(
      this.mentions.entities
        .map((entity) => this.withoutDeterminer(entity.name))
        .filter((other) => !/\s/u.test(other) && other.length > post.length)
        .filter((other) => other.toLowerCase().endsWith(post)),
    );
    return compounds.size === 1 ? [...compounds] : [];
  }

  /** Where the person's first role is written with their name, if anywhere. */
  private roleWritten(name: string): { block: number; at: number } | undefined {
    const written = this.mentions.personNamed(name)?.mentions.find((m) => m.role !== null);
    return written === undefined ? undefined : { block: written.block, at: written.span.start };
  }

  /** "la CGT" is named "CGT" where a noun stands before it ("le syndicat CGT"). */
  private withoutDeterminer(name: string): string {
    const [first, ...rest] = name.split(/\s+/u);
    return rest.length > 0 && this.rules.determiners.has(first!.toLowerCase()) ? rest.join(" ") : name;
  }

  /** The entity mentioned last, if within `window` blocks of `block`. */
  recent(block: number, window: number): number | null {
    const id = this.touches.at(-1)?.id;
    return id !== undefined && this.entities[id]!.lastBlock >= block - window ? id : null;
  }

  /**
   * Whom a paragraph opening on a quote with nothing around it goes on quoting: the entity mentioned
   * last, within `window` blocks of `block`, unless a preposition governed that mention (`Le décor est
   * signé de la scénographe X.`) and the paragraph before quoted someone: one named only as the object
   * of a sentence does not take over from that speaker, as with pronouns (PRONOUN_WEIGHTS).
   */
  continuing(block: number, window: number): number | null {
    const speaker = this.lastSpeaker;
    const spokeBefore = speaker !== null && this.spokeIn.get(speaker) === block - 1;
    if (this.touches.at(-1)?.notSubject && spokeBefore) return speaker;
    return this.recent(block, window);
  }

  /**
   * The current sentence reports the entity speaking (`Councillor X said she had asked the company to
   * meet Ms Rennie`): if a person, everyone else it names stands in what they said, not as its
   * subject. A body or a thing read as speaking may be the engine's error, not the sentence's subject.
   */
  reportedSpeaking(id: number): void {
    if (this.entities[id]!.kind !== "person") return;
    for (let k = this.touches.length - 1; k >= 0 && this.touches[k]!.sentence === this.sentence; k--)
      if (this.touches[k]!.id !== id) this.touches[k]!.notSubject = true;
  }

  /** The entity is mentioned again, without a new mention to resolve: it becomes the most recent. */
  mentionAgain(id: number, block: number): void {
    this.touch(id, block, false);
  }

  private touch(id: number, block: number, notSubject: boolean, sentence = this.sentence): void {
    const at = this.touches.length + 1;
    const touch = { id, at, sentence, notSubject };
    this.touches.push(touch);
    this.touchedAt[id] = at;
    this.lastTouches.delete(id);
    this.lastTouches.set(id, touch);
    this.entities[id]!.lastBlock = block;
  }

  /** Entities' last touches, most recent first (each entity once), for as long as the caller reads. */
  private *byRecencyAll(): Generator<(typeof this.touches)[number]> {
    const last = [...this.lastTouches.values()];
    for (let k = last.length - 1; k >= 0; k--) yield last[k]!;
  }

  /** A name or alias the entity goes by, filed under its words. */
  private addForm(e: Entity, form: string): void {
    if (form !== e.name) e.aliases.add(form);
    this.byName.add(this.nameWords(form), e.id);
    this.byContent.add(this.contentWords(form).join(" "), e.id);
  }

  private setRole(e: Entity, role: string | null): void {
    if (e.role !== null || role === null) return;
    e.role = role;
  }

  /**
   * A role's words from its head on: "the study's lead author" is headed by "lead author", and the
   * owner before the possessive (`possessiveSuffix`) only says whose, so that "the study" does not
   * describe its author.
   */
  private roleWords(role: string): string[] {
    const suffix = this.rules.possessiveSuffix;
    const written = role.replace(/’/gu, "'");
    const owner = suffix === "" ? -1 : written.toLowerCase().lastIndexOf(`${suffix} `);
    return this.contentWords(owner < 0 ? role : written.slice(owner + suffix.length));
  }

  /** Files the entity under the head and the names of every role it has (see holdingRole). */
  private indexRoles(e: Entity): void {
    for (const role of this.rolesOf(e.id)) {
      const head = this.roleWords(role)[0];
      if (head !== undefined) this.byRoleHead.add(head, e.id);
      for (const name of namesIn(role, false, this.rules)) this.byRoleName.add(name, e.id);
      for (const word of this.contentWords(role)) if (this.isOffice(word)) this.byRoleOffice.add(word, e.id);
    }
  }

  private create(m: Mention, name: string, inHeadline: boolean): number {
    const id = this.entities.length;
    const e: Entity = {
      id,
      name,
      aliases: new Set(),
      role: null,
      kind: m.kind,
      gender: m.gender ?? (m.kind === "person" ? this.mentions.genderOf(name) : undefined),
      plural: m.plural ?? false,
      nameFromHeadline: inHeadline,
      lastBlock: 0,
    };
    this.entities.push(e);
    // Each form once: most mentions are written as they are named, and filing a form again changes nothing.
    const written = m.written ?? m.name;
    this.addForm(e, name);
    if (m.name !== name) this.addForm(e, m.name);
    if (written !== name && written !== m.name) this.addForm(e, written);
    this.setRole(e, m.role);
    this.indexRoles(e);
    return id;
  }

  /** The most recently mentioned of `ids` (the first, among those never mentioned). */
  private byRecency(ids: readonly number[]): number | undefined {
    let best: number | undefined;
    for (const id of ids)
      if (best === undefined || (this.touchedAt[id] ?? 0) > (this.touchedAt[best] ?? 0)) best = id;
    return best;
  }

  /**
   * The full form of a person's name written in the article body ("Reyes" → "Tom Reyes"); when
   * two people share a surname, the one introduced last before this block, or before offset `at` of
   * it; when an honorific tells the gender ("Mrs. Novak" after Frank and Helen Novak), one of that
   * gender.
   */
  fullName(name: string, block: number, gender?: Gender, at?: number): string {
    if (gender !== undefined) return this.fullNameAmong(name, block, gender, at);
    // Without a gender, only the article's names, known before attribution, decide: asked once for
    // each name and place, though every reading of a sentence asks of the people it names (isKnown).
    const key = `${block} ${at} ${name}`;
    let full = this.fullNames.get(key);
    if (full === undefined) this.fullNames.set(key, (full = this.fullNameAmong(name, block, undefined, at)));
    return full;
  }

  /** The fullName of `name`, found anew. */
  private fullNameAmong(
    name: string,
    block: number,
    gender: Gender | undefined,
    at: number | undefined,
  ): string {
    const pool = this.fullNamesOf(name, gender);
    // A name written in an earlier paragraph is the one the reader has in mind; one written in
    // this paragraph may come after the surname (`Mateen met … his son, Omar Mateen`), though one
    // written before it in the paragraph is who it shortens (`Mrs Ann Ncube … said Mrs Ncube. Her
    // daughter, Rose Ncube,`). Among those,
    // the article's subject, named in a paragraph before the others: a reporter calls a relative
    // brought in later by a full name or by the kinship (`Su padre, Raúl Ojeda`), and the one the
    // article is about by the surname alone; two named together (`François Martin et … Hélène
    // Martin`) are told apart by recency; a relative brought in by the kinship comes last (namedAsRelative).
    const namedBefore = pool.filter((n) => n.block < block);
    const kinless = namedBefore.filter((n) => !this.namedAsRelative(n.name));
    const before = kinless.length > 0 ? kinless : namedBefore;
    const here = pool.filter((n) => n.block === block);
    const hereBefore = at === undefined ? [] : here.filter((n) => n.at < at);
    const subject = before.find((n) => n.name === this.mentions.protagonist()?.name);
    const namedFirst = subject !== undefined && before.every((n) => n === subject || n.block > subject.block);
    const justNamed = this.justNamedInFull(pool, block, at);
    return (
      (justNamed ?? (namedFirst ? subject : before.at(-1)) ?? hereBefore.at(-1) ?? here.at(-1) ?? pool[0])
        ?.name ?? name
    );
  }

  /**
   * The full names `name` may shorten, of its gender (see ofGender): a bare name is a surname first
   * ("Claude" is Georges Claude before Claude Debussy).
   */
  private fullNamesOf(
    name: string,
    gender: Gender | undefined,
  ): { name: string; block: number; at: number }[] {
    const words = this.nameWords(name);
    const candidates = this.knownByName.candidates(words).map((i) => this.knownNames[i]!);
    const longer = candidates.filter(
      (n) =>
        this.sameName(n.name, name) &&
        this.nameWords(n.name).length > words.length &&
        !this.rules.organisationNouns.has(writtenWords(n.name).at(-1)!),
    );
    const surnames = longer.filter((n) =>
      isSurnameOf(words, this.nameWords(n.name), this.rules.firstOfTwoSurnames),
    );
    return this.ofGender(surnames.length > 0 ? surnames : longer, gender, (n) => n.name);
  }

  /**
   * Of the full names a surname may shorten, the last one named earlier in this very paragraph, no
   * relative: whom the surname shortens (`Prof Mwaka Banda said …` then `manager Mwenya Banda said …
   * "…," Ms Banda said`), though the surname alone meant the other before (see named).
   */
  private justNamedInFull(
    pool: readonly { name: string; block: number; at: number }[],
    block: number,
    at: number | undefined,
  ): { name: string } | undefined {
    if (at === undefined) return undefined;
    return pool.filter((n) => n.block === block && n.at < at && !this.namedAsRelative(n.name)).at(-1);
  }

  /**
   * A relative the article brought in by the kinship (`Su hija, Pilar Martínez`): not whom it calls by the
   * surname alone while it names one of the family it gave no kinship (`Julián Martínez Saiz`).
   */
  private namedAsRelative(name: string): boolean {
    return this.mentions.rolesOf(name).some((role) => this.kinOf(this.contentWords(role)).length > 0);
  }

  /**
   * The people a gendered name may mean: those known to be of its gender (personGender: "Mrs Kelleher"
   * is Margaret Kelleher, not Dennis Kelleher named after her), else those whose gender is unknown; never
   * one of the other gender. Without a gender, all of them.
   */
  private ofGender<T>(people: readonly T[], gender: Gender | undefined, nameOf: (p: T) => string): T[] {
    if (!gender) return [...people];
    const known = (p: T) => this.personGender(nameOf(p));
    const agreeing = people.filter((p) => known(p) === gender);
    return agreeing.length > 0 ? agreeing : people.filter((p) => !known(p));
  }

  /**
   * Entities filed under a name or alias that sameName may match with `name` (the same name
   * included): the only ones sameName can match.
   */
  private sharingNameWord(name: string): Entity[] {
    return this.byName.candidates(this.nameWords(name)).map((id) => this.entities[id]!);
  }

  /** The mention names someone already met, or a full name of the article: worth remembering for pronouns. */
  isKnown(m: Mention, block: number): boolean {
    return (
      m.known === true ||
      this.nameWords(this.fullName(m.name, block)).length >= 2 ||
      (m.written !== undefined && m.written !== m.name) ||
      this.sharingNameWord(m.name).some(
        (e) =>
          (e.kind === "person" && this.sameName(e.name, m.name)) ||
          // A body met before under this very name ("Uber", once the article said it is a company).
          (e.kind === "organisation" && (e.name === m.name || e.aliases.has(m.name))),
      )
    );
  }

  private named(read: Mention, inHeadline: boolean, block: number): number {
    // `in einem Bericht des Landesamts für Umwelt`: a body named in a case, as written there, speaks by
    // its name as a subject has it (see nounOutOfCase); a name found for a description is as written.
    const asWritten = read.kind === "organisation" && read.name === read.text;
    const uninflected = asWritten ? this.nounOutOfCase(read, block) : undefined;
    const written = this.asAcronymDefined(
      uninflected === undefined ? read : makeMention({ ...read, name: uninflected }),
    );
    const shortened = this.shortBodyName(written, block, inHeadline) ?? this.acronymWrittenOut(written);
    const given = shortened === undefined ? written : makeMention({ ...written, name: shortened });
    // Most names are no two names side by side: the mention as given, not a copy.
    const separated = this.mentions.separated(given.name);
    const mention = this.asBody(
      this.asSurname(separated === given.name ? given : makeMention({ ...given, name: separated })),
    );
    // The same form again is the same person ("Costa" stays who "Costa" was).
    const again = this.sharingNameWord(mention.name).filter(
      (e) => e.kind === mention.kind && (e.name === mention.name || e.aliases.has(mention.name)),
    );
    const known = this.byRecency(idsOf(this.ofGender(again, mention.gender, (e) => e.name)));
    // Unless another of the surname was named in full earlier in this paragraph (`Finance Minister Ana
    // Costa … Costa said`, then `farmer Luis Costa … "…," Costa said`): the surname now shortens theirs.
    const renamed =
      known !== undefined && mention.kind === "person"
        ? this.justNamedInFull(this.fullNamesOf(mention.name, mention.gender), block, mention.at)
        : undefined;
    const sameAsKnown = (e: Entity) =>
      renamed === undefined || e.name === renamed.name || e.aliases.has(renamed.name);
    if (known !== undefined && sameAsKnown(this.entities[known]!)) {
      this.addName(this.entities[known]!, mention, inHeadline);
      return known;
    }
    const m =
      mention.kind === "person"
        ? makeMention({ ...mention, name: this.fullName(mention.name, block, mention.gender, mention.at) })
        : mention;
    const key = this.contentWords(m.name).join(" ");
    const sameBody = this.byContent
      .get(key)
      .map((id) => this.entities[id]!)
      .filter((e) => m.kind === "organisation" || e.kind === "organisation");
    // Against the full name only: "Costa" may be short for Ana Costa, yet Ana Costa is not Luis Costa.
    const samePerson =
      m.kind === "organisation"
        ? []
        : this.sharingNameWord(m.name).filter(
            (e) => e.kind === "person" && this.sameName(e.name, m.name) && !sameBody.includes(e),
          );
    const matches = [...sameBody, ...samePerson].sort((a, b) => a.id - b.id);
    const exact = matches.filter((e) => e.name === m.name || e.aliases.has(m.name));
    const id = this.byRecency(idsOf(exact.length ? exact : matches));
    if (id === undefined) return this.create(mention, m.name, inHeadline && m.name === mention.name);
    this.addName(this.entities[id]!, m, inHeadline);
    return id;
  }

  /**
   * « L’Office » after « l’Office national de l’électricité et de l’eau potable », « la Contraloría »
   * after « la Contraloría General del Estado », "The Office" after "the Office of the State
   * Comptroller": a body's noun alone, with a determiner at most, is the short form a reporter goes on
   * with for the body named before whose name opens with it. Where a body's name capitalises its first
   * word only, the mentions stage linked the two (see lowerCaseNameEnd in ../mentions/entities.ts);
   * elsewhere it is the body named last before, within SHORT_FORM_REACH paragraphs, that fits. A
   * headline, which names before the text does, shortens the body its text names first that fits
   * (`la Federación pide …` over `la Federación Nacional de Cafeteros`). The full name, written with
   * the short form's own determiner, or undefined.
   */
  private shortBodyName(m: Mention, block: number, inHeadline: boolean): string | undefined {
    if (m.at === undefined) return undefined;
    const words = elidedWords(m.name);
    const written = words.at(-1);
    const determined = words.slice(0, -1).every((w) => this.rules.determiners.has(w));
    const noun = written && (this.bodyNounUninflected(written) ?? this.capitalisedFirstWord(m, written));
    if (noun === undefined || !determined || !m.name.toLowerCase().endsWith(written!)) return undefined;
    // The phrases stage knows a body's noun in the nominative only (`des Landkreises` is unnamed).
    if (m.kind !== "organisation" && noun === written) return undefined;
    // A body the article named, not one it described ("un instituto de Valencia": see isBodyName).
    // Where adjectives stand before their noun, a name may close on it ("the Corporation" after "the
    // Kochi Corporation"); not where every noun is capitalised, and the short form looks like any other.
    const closesOnNoun = !this.rules.adjectivesFollowNouns && !this.rules.capitalisesNouns;
    // Where nouns compound, the noun alone is the head of the compound the name is written with (`das
    // Inspektorat` after `Schulinspektorat des Kreises`, `des Klinikums` after `Kepler
    // Universitätsklinikum`).
    const compoundOnNoun = (word: string) =>
      this.rules.capitalisesNouns && word.length > noun.length && word.endsWith(noun);
    const opensWithNoun = (body: ArticleEntity) =>
      (body.name.toLowerCase().startsWith(`${noun} `) ||
        this.genitiveNameUninflected(body)?.toLowerCase().startsWith(`${noun} `) ||
        (closesOnNoun && body.name.toLowerCase().endsWith(` ${noun}`)) ||
        writtenWords(body.name).some(compoundOnNoun)) &&
      this.isBodyName(body.name, body.mentions[0]!.text);
    const linked = this.rules.bodyNamesCapitaliseFirstWord ? this.mentions.entityAt(block, m.at) : undefined;
    const before =
      linked?.kind === "organisation" && opensWithNoun(linked)
        ? linked
        : inHeadline
          ? this.mentions.bodyNamedFirst(opensWithNoun)
          : this.mentions.bodyNamedBefore(
              block,
              m.at,
              opensWithNoun,
              this.shortFormReach(m.name, noun, block),
            );
    // A standfirst, too, may give a body its noun alone before the text names it (« La police salue … »
    // over « la Police cantonale vaudoise »): with no such body before it, the one the text names first.
    const ahead =
      before === undefined && this.mentions.inHead(block)
        ? this.mentions.bodyNamedFirst(opensWithNoun)
        : undefined;
    const full = before ?? ahead;
    if (full === undefined) return undefined;
    // `in einer Mitteilung des Landkreises`: the genitive's article is no name's; the body goes by its
    // name as the article writes it in full (`Der Landkreis Leer`). So does a name that closes on the
    // noun, whose determiner the short form's is not (`The Council` for `Dublin City Council`), and a
    // name the text writes after the short form, as it writes it there.
    if (noun !== written || !full.name.toLowerCase().startsWith(`${noun} `) || ahead !== undefined)
      return this.bodyNameAsWritten(full);
    return m.name.slice(0, m.name.length - noun.length) + full.name;
  }

  /**
   * « la Région » after « la Région Bretagne », « la Métropole » after « la Métropole Rouen Normandie »:
   * where a body's name capitalises its first word only, a common noun written with a capital is that
   * first word, listed body noun or not. The noun, lower case, or undefined.
   */
  private capitalisedFirstWord(m: Mention, written: string): string | undefined {
    const capitalised = /^\p{Lu}/u.test(m.name.slice(m.name.length - written.length));
    return this.rules.bodyNamesCapitaliseFirstWord && m.kind === "organisation" && capitalised
      ? written
      : undefined;
  }

  /**
   * The body's noun `word` is, its case ending left off where nouns take one (`Landkreises` →
   * `landkreis`, `Innenministeriums` → `innenministerium`); undefined for any other word.
   */
  private bodyNounUninflected(word: string): string | undefined {
    if (!isBodyNoun(this.rules, word)) return undefined;
    const head = listedNoun(this.rules.organisationNouns, word);
    const at = word.lastIndexOf(head);
    return at < 0 ? word : word.slice(0, at + head.length);
  }

  /**
   * `in einer Mitteilung der Sparkasse`, `auf Anfrage des Landkreises`, `im Bericht des ÖAV`, `in der
   * Botschaft des Gemeinderats`: a body's noun, a body's acronym or an office's title alone after an
   * article a noun or preposition puts in its case, standing for no one named before, goes by the word
   * as a subject has it (`Sparkasse`, `Landkreis`, `ÖAV`, `Gemeinderat`): the article is the case's,
   * and tells neither the name nor the gender. A body's noun keeps the words of its name after it,
   * which no case changes (`in einem Schreiben des Regierungskommissariats in Bozen` →
   * `Regierungskommissariat in Bozen`). Undefined for any other description.
   */
  private nounOutOfCase(m: Mention, block: number): string | undefined {
    if ((m.kind !== "organisation" && m.kind !== "unnamed") || m.at === undefined) return undefined;
    // Asked first: the question below links the article's entities, for nothing in a language whose
    // articles take no case.
    if (!this.mentions.takesCaseArticles(block)) return undefined;
    const [, noun, ...more] = m.name.split(/\s+/u);
    if (noun === undefined || (more.length > 0 && m.kind !== "organisation")) return undefined;
    const lower = noun.toLowerCase();
    // `des Landkreises` is read as unnamed too, its compound ending like the sources' `Kreise`: a body's
    // noun all the same.
    const uninflected =
      m.kind === "unnamed"
        ? (this.titleUninflected(lower) ?? this.bodyNounUninflected(lower))
        : (this.bodyNounUninflected(lower) ?? (ACRONYM.test(noun) ? lower : undefined));
    if (uninflected === undefined) return undefined;
    const written = this.mentions
      .entityAt(block, m.at)
      ?.mentions.find((e) => e.block === block && e.span.start === m.at);
    return written && this.mentions.opensOnCaseArticle(written)
      ? [noun.slice(0, uninflected.length), ...more].join(" ")
      : undefined;
  }

  /**
   * The office's title `word` is, its genitive ending left off where nouns take one (`Gemeinderats` →
   * `gemeinderat`); undefined for any other word.
   */
  private titleUninflected(word: string): string | undefined {
    if (!this.rules.capitalisesNouns) return undefined;
    for (const ending of GENITIVE_ENDINGS_LONGEST_FIRST) {
      const stem = word.slice(0, -ending.length);
      if (word.endsWith(ending) && this.rules.titles.has(stem)) return stem;
    }
    return undefined;
  }

  /**
   * How many paragraphs back the body's noun alone `noun` of `name` may reach (see shortBodyName):
   * SHORT_FORM_REACH in lower case; the whole article before where the reporter capitalises it (`La
   * Conselleria indicó`, `The Department said`), as only a body's name is, which names the body of
   * that noun named last, however long ago.
   */
  private shortFormReach(name: string, noun: string, block: number): number {
    const written = name.slice(name.length - noun.length);
    return written[0] !== written[0]!.toLowerCase() ? block : SHORT_FORM_REACH;
  }

  /**
   * "the NCDC", « el SMN »: a body given by its acronym, which the article writes out before
   * ("the Nigeria Centre for Disease Control and Prevention (NCDC)"), goes by that fullest name, with
   * the determiner written before it there. So does the end of that name, read apart from its
   * start where it lists its words (see nameCutInList). An acronym may keep a word of the name whole
   * after its initials ("die BO Milch" after "die Branchenorganisation Milch", "IG Metall"): the
   * acronym and the words it keeps are written out together.
   */
  private acronymWrittenOut(m: Mention): string | undefined {
    if (m.kind !== "organisation") return undefined;
    const words = m.name.split(/\s+/u);
    const opening = words.length > 1 && this.rules.determiners.has(words[0]!.toLowerCase()) ? 1 : 0;
    const [acronym, ...kept] = words.slice(opening);
    const definite = opening === 1 && this.rules.definiteDeterminers.has(words[0]!.toLowerCase());
    const shaped =
      kept.length === 0
        ? ACRONYM_SHAPES.some((shape) => shape.test(acronym!))
        : ACRONYM.test(acronym!) && kept.length <= KEPT_NAME_WORDS && kept.every((w) => KEPT_WORD.test(w));
    const spelled = shaped
      ? this.mentions.acronymWrittenOut(words.slice(opening).join(" "), definite ? words[0] : undefined)
      : undefined;
    return spelled ?? this.mentions.nameCutInList(m.name);
  }

  /**
   * "Sepa said" after "the Scottish Environment Protection Agency (Sepa)": a lone word the names
   * stage reads as a person's name is a body when the article defines it in brackets as the acronym
   * of a body's name (a person's name before brackets gives none: see acronymWrittenOut in mentions);
   * after a person's name, it is their short name and goes by their full name.
   */
  private asAcronymDefined(m: Mention): Mention {
    if (m.kind !== "person" || !WORD_ACRONYM.test(m.name)) return m;
    // A person's name before the brackets makes the word their short name (see shortNameOf).
    const person = this.mentions.shortNameOf(m.name);
    if (person !== undefined) return makeMention({ ...m, name: person });
    return this.mentions.acronymWrittenOut(m.name) !== undefined
      ? makeMention({ ...m, kind: "organisation" })
      : m;
  }

  /**
   * `so der Kämmerer` after `Kämmerer Bernd Hoffmann`: where nouns are capitalised, a definite article
   * and one noun the lexicon does not know as a person's read like a body's name; but when the article
   * wrote that noun as a person's office, it is a description of a person, which may mean them. So it
   * is when it is who a quote's attribution says speaks (`sagt der Mediziner`) and the lexicon knows
   * the noun as nothing else (see describesPerson).
   */
  private asOfficeHeld(m: Mention, speaks: boolean): Mention | undefined {
    if (!this.rules.capitalisesNouns || m.kind !== "organisation") return undefined;
    const [determiner, noun, ...more] = writtenWords(m.name);
    const gender = this.rules.definiteDeterminers.get(determiner ?? "");
    if (noun === undefined || more.length > 0 || !this.rules.definiteDeterminers.has(determiner!))
      return undefined;
    const holders = this.byRoleHead.get(noun).filter((id) => this.entities[id]!.kind === "person");
    if (holders.length === 0 && !this.describesPerson(m, [noun], speaks)) return undefined;
    return makeMention({
      ...m,
      type: "description",
      kind: "unnamed",
      definite: true,
      ...(gender && { gender }),
    });
  }

  /**
   * "Le Floch" after "Anne Le Floch": a surname that opens with a capitalised particle reads like
   * a body ("le Floch"), but it is that person's surname again.
   */
  private asSurname(m: Mention): Mention {
    const words = this.nameWords(m.name);
    if (m.kind !== "organisation" || words.length < 2 || !this.rules.nameParticles.has(words[0]!)) return m;
    const holds = (e: Entity) =>
      e.kind === "person" &&
      this.nameWords(e.name).length > words.length &&
      isSurnameOf(words, this.nameWords(e.name), this.rules.firstOfTwoSurnames);
    return this.sharingNameWord(m.name).some(holds) ? makeMention({ ...m, kind: "person" }) : m;
  }

  /**
   * "Norpress said": a lone name reads as a person's, unless the article says elsewhere what
   * body it is ("the news agency Norpress") and gives it no person's role. So does a name the article
   * wrote before with a body's noun closing it ("Boulder Ridge said" after "gold producer Boulder Ridge
   * Resources"): the body's short form, which speaks under the full name.
   */
  private asBody(m: Mention): Mention {
    if (m.kind !== "person") return m;
    const roles = this.mentions.rolesOf(m.name);
    // The short form shares the body's own description (`producer` of `gold producer Boulder Ridge
    // Resources`), no person's role.
    const full = this.bodyNamedWithNoun(m.name);
    if (full !== undefined && roles.every((role) => this.mentions.rolesOf(full).includes(role)))
      return makeMention({ ...m, name: full, kind: "organisation" });
    const body = roles.length === 0 && this.mentions.descriptionsOf(m.name).length > 0;
    return body ? makeMention({ ...m, kind: "organisation" }) : m;
  }

  /** The one body's name the article wrote as `name` and a body's noun after it (`Resources`, `Group`). */
  private bodyNamedWithNoun(name: string): string | undefined {
    const words = this.nameWords(name);
    if (words.length < 2) return undefined;
    const fuller = new Set(
      this.knownByName
        .candidates(words)
        .map((i) => this.knownNames[i]!.name)
        .filter((known) => {
          const knownWords = this.nameWords(known);
          return (
            knownWords.length === words.length + 1 &&
            knownWords.slice(0, -1).join(" ") === words.join(" ") &&
            this.rules.organisationNouns.has(writtenWords(known).at(-1)!)
          );
        }),
    );
    return fuller.size === 1 ? [...fuller][0] : undefined;
  }

  private addName(e: Entity, m: Mention, inHeadline: boolean): void {
    const fuller = this.nameWords(m.name).length > this.nameWords(e.name).length;
    const renamed = (fuller && !inHeadline) || (e.nameFromHeadline && !inHeadline);
    if (renamed) {
      const previous = e.name;
      e.name = m.name;
      e.nameFromHeadline = false;
      if (previous !== m.name) this.addForm(e, previous);
    }
    for (const alias of [m.name, m.written ?? m.name]) this.addForm(e, alias);
    const roleBefore = e.role;
    this.setRole(e, m.role);
    // A fuller name may be the one the article gives roles to; a new role is filed too.
    if (renamed || e.role !== roleBefore) this.indexRoles(e);
    e.gender ??= m.gender ?? (renamed && e.kind === "person" ? this.mentions.genderOf(e.name) : undefined);
  }

  /** A description: the same words again, or the role of someone named ("le ministre de la Défense"). */
  private described(m: Mention, block: number, speaks = false): number {
    const author = this.documentAuthor(m, block);
    if (author !== undefined) return author;
    const fuller = this.fullerBodyName(m, block) ?? this.acronymWrittenOut(m);
    if (fuller !== undefined)
      return this.named(makeMention({ ...m, type: "name", name: fuller }), false, block);
    // `El distrito` paragraphs after `El Distrito Escolar Unificado de Los Ángeles` (see shortBodyName).
    const short = this.shortBodyName(m, block, false);
    if (short !== undefined)
      return this.named(makeMention({ ...m, type: "name", name: short }), false, block);
    const words = this.contentWords(m.name);
    // Asked last: most descriptions are no definite singular person's.
    const bare =
      m.definite === true &&
      m.kind === "unnamed" &&
      !m.plural &&
      !this.specific(m.name, words) &&
      !this.headedByDocument(words);
    let id =
      this.bodyByEpithet(m, words, block) ??
      (bare ? (this.byWrittenAge(m, words, block) ?? this.topicFitting(m, block)) : undefined) ??
      this.byOrigin(m, words, block);
    const same = this.sameDescription(m, words, speaks);
    // `Appelé à la barre, le videur a décrit la scène : « … »`: a person's noun met as the subject before
    // its quote, when nothing said it speaks, was kept as written; speaking, it may be someone named before.
    const metSilent =
      speaks &&
      same !== undefined &&
      words.some((w) => isPersonNoun(w, this.rules)) &&
      this.introducedAt(same, block, m.at);
    const sameLast = same !== undefined && (metSilent || this.describedAheadOnly(same, block));
    if (!sameLast) id ??= same;
    if (id === undefined && m.definite) id = this.byRecency(idsOf(this.holdingRole(m.name, m.gender)));
    // After whoever the article gave the relation (`His mother, Tamika Harris,`), before the person a
    // bare description stands for (anaphor): `sein Vater` is not the one just named.
    id ??= this.relativeInFamily(m, words, block);
    if (id === undefined && bare)
      id =
        this.personNamedSinceSource(m, block) ??
        this.sourceDescribedBefore(m, block) ??
        this.soleHolderOfRoleNoun(m, words, block) ??
        this.anaphor(m, block) ??
        undefined;
    id ??= this.namedAfterLede(m, block) ?? this.describedAntecedent(m, words, block, speaks);
    if (sameLast) id ??= same;
    if (id === undefined) {
      // With no one it stands for, a person's description speaks as written, a person still (see
      // describesPerson): `its promoter` in a standfirst may be the promoter the body names (canonical).
      const person = m.kind === "organisation" && this.describesPerson(m, words, speaks);
      const name = (person ? undefined : this.nounOutOfCase(m, block)) ?? m.name;
      const created = this.create(person ? makeMention({ ...m, kind: "unnamed" }) : m, name, false);
      if (m.at !== undefined) this.entities[created]!.introduced = { block, at: m.at };
      if (m.kind === "unnamed" && this.rules.indefiniteDeterminers.has(writtenWords(m.name)[0] ?? ""))
        for (const word of words) this.sourcesByWord.add(word, created);
      return created;
    }
    const e = this.entities[id]!;
    // `une étude publiée mardi …`, then `L’étude montre que « … »`: a document first brought in by an
    // indefinite determiner is known once the article takes it up, and goes by that definite
    // description, which says as much of it.
    if (id === same && m.definite && this.headedByDocument(words) && this.introducedIndefinite(e, words))
      e.name = m.name;
    this.addForm(e, m.name);
    return id;
  }

  /** Whether the entity's name is `words` after an indefinite determiner (`une étude`). */
  private introducedIndefinite(e: Entity, words: readonly string[]): boolean {
    const written = writtenWords(e.name);
    return (
      this.rules.indefiniteDeterminers.has(written[0] ?? "") &&
      this.contentWords(e.name).join(" ") === words.join(" ")
    );
  }

  /**
   * A capital names a body (`el ministro de Defensa`), unless the words only name an office, or it
   * is only the capital every noun takes of a noun for someone named (see mayRepeatSomeoneNamed).
   * Nor is a place's adjective before a person's noun (see withoutPlaceAdjectives).
   */
  private specific(description: string, words: readonly string[]): boolean {
    const capitals = withoutPlaceAdjectives(description, this.rules)
      .slice(1)
      .split(/\s+/u)
      .filter((w) => !(this.rules.capitalisesNouns && this.mayRepeatSomeoneNamed(w.toLowerCase())))
      .filter((w) => !this.roleAbbreviation(w));
    return /\p{Lu}/u.test(capitals.join(" ")) && !this.rules.officeEpithets.has(words.join(" "));
  }

  /** Whether the entity was created for the mention at `at` in block `block`. */
  private introducedAt(id: number, block: number, at: number | undefined): boolean {
    const introduced = this.entities[id]!.introduced;
    return introduced !== undefined && introduced.block === block && introduced.at === at;
  }

  /**
   * The speaker met before under the same words. A description first read as a body's (`its promoter
   * says that …`) is a person's once a quote's attribution names it as who says (see describesPerson),
   * which lets the body's later name for that person stand for it (canonical). The same words of
   * another number are someone else: `Eine Geschädigte` is one of the `Viele Geschädigte` named
   * before, not all of them (German writes both the same). Nor is a person of the other gender
   * (`sostuvo la edil` after `El edil`, the mayor, is the councillor sharing his surname); a noun that
   * names a body too has a gender of its own (`la autoridad` for a mayor).
   */
  private sameDescription(m: Mention, words: readonly string[], speaks: boolean): number | undefined {
    const gendered = m.gender !== undefined && !words.some((w) => isBodyNoun(this.rules, w));
    const fits = (id: number) => {
      const e = this.entities[id]!;
      if (e.plural !== (m.plural ?? false)) return false;
      if (!gendered || e.kind === "organisation") return true;
      const gender = e.kind === "person" ? (this.personGender(e.name) ?? e.gender) : e.gender;
      return descriptionGender(m.gender, gender) !== "disagrees";
    };
    const id = this.byRecency(this.byContent.get(words.join(" ")).filter(fits));
    const e = id === undefined ? undefined : this.entities[id]!;
    if (e?.kind === "organisation" && e.introduced !== undefined && this.describesPerson(m, words, speaks))
      e.kind = "unnamed";
    return id;
  }

  /**
   * `Eine Mutter erzählt, wie …` in the standfirst, `Sabine Heinz aus Konz hat das erlebt` in the body,
   * then `sagt die Mutter`: the article's head introduces, unnamed, someone its body goes on to name.
   * A description in the body repeating the noun of an unnamed person the body has not mentioned yet
   * means first whom the body named before it (describedAntecedent), the head's person failing anyone.
   * Where the head introduced it tells, not where it was last touched: a speaker stays the topic of the
   * sentences after its quote (mentionAgain), into the body, though no one wrote it there.
   */
  private describedAheadOnly(id: number, block: number): boolean {
    const e = this.entities[id]!;
    return (
      e.kind === "unnamed" &&
      e.introduced !== undefined &&
      this.mentions.inHead(e.introduced.block) &&
      !this.mentions.inHead(block)
    );
  }

  /**
   * "A rogue trader who told homeowners their roofs were “about to cave in” has been jailed.": an
   * unnamed person's indefinite description opening the lede is the person whose name opens the next
   * paragraph (`Dean Willard, 52, of Seaford, admitted …`; see namedOpeningAfterLede), as a reporter
   * names in the second paragraph whom the first described.
   */
  private namedAfterLede(m: Mention, block: number): number | undefined {
    if (m.at !== 0 || m.plural || m.definite || m.kind === "organisation") return undefined;
    if (!this.rules.indefiniteDeterminers.has(writtenWords(m.name)[0] ?? "")) return undefined;
    // One the article gives an office or an occupation is someone else it brings in (`A council
    // spokesperson said …` then `Jane Hale, a nurse, …`).
    const person = this.mentions.namedOpeningAfterLede(block);
    if (
      person === undefined ||
      this.mentions.rolesOf(person.name).length > 0 ||
      descriptionGender(m.gender, this.personGender(person.name)) === "disagrees"
    )
      return undefined;
    return this.namedAlone(person.name, "person", block);
  }

  /**
   * "Élodie et Julien Masson ont rouvert …, raconte Élodie Masson. Son mari …", "sagt Miriam
   * Reuther. Ihr Vater …": a possessive and a noun of kin (kinshipNouns, possessiveKinNouns) name a
   * relative of the person named last before it, whom a reporter names, with the family or on their
   * own, before calling them so: the one other person of the article named in full under the
   * possessor's surname, of the noun's gender (see ofGender), whom the article gave no other relation
   * (`ihr Sohn Tobias` is no husband). None when two fit or none does: `son mari` of a woman whose
   * husband the article never named is someone of his own. A surname before the noun names the family
   * in the possessor's place (see familyMember).
   */
  private relativeInFamily(m: Mention, words: readonly string[], block: number): number | undefined {
    const at = m.at;
    if (at === undefined || m.plural) return undefined;
    const possessive = this.rules.possessiveWords.has(elidedWords(m.name)[0]?.toLowerCase() ?? "");
    // `confie Castel père`, `dice Ibáñez hijo`, `sagt Brunner junior`: the family named by its surname
    // before the noun of kin, not by a possessor.
    const written = m.name.split(/\s+/u);
    const named =
      !possessive && written.length === 2 && /^\p{Lu}/u.test(written[0]!) ? written[0] : undefined;
    if (named !== undefined)
      return this.familyMember(named, [written[1]!.toLowerCase()], m.gender, block, at);
    if (!possessive || words.length !== 1) return undefined;
    // `ihr Mann`, `sa femme`: after a possessive, a spouse's noun that alone names anyone.
    const relation = [this.rules.possessiveKinNouns.get(words[0]!) ?? words[0]!];
    if (this.kinOf(relation).length === 0) return undefined;
    let possessor: { person: PersonEntity; block: number; at: number } | undefined;
    for (const person of this.mentions.people)
      for (const x of person.mentions)
        if (placedBefore(x, block, at) && (!possessor || !placedBefore(x, possessor.block, possessor.at)))
          possessor = { person, block: x.block, at: x.span.start };
    const surname = (p: PersonEntity) => {
      const name = this.nameWords(p.name);
      return name.length >= 2 ? name.at(-1) : undefined;
    };
    const family = possessor && surname(possessor.person);
    if (family === undefined) return undefined;
    const members = this.mentions.people.filter(
      (p) =>
        p !== possessor!.person &&
        surname(p) === family &&
        p.mentions.some((x) => placedBefore(x, block, at)) &&
        !this.otherKin(relation, this.wordsOfRoles(p)),
    );
    const relatives = this.ofGender(members, m.gender, (p) => p.name);
    return relatives.length === 1 ? this.namedAlone(relatives[0]!.name, "person", block) : undefined;
  }

  /** The content words of every role the article gave a person, which its kin nouns are among. */
  private wordsOfRoles(p: PersonEntity): string[] {
    return p.roles.flatMap((role) => this.contentWords(role));
  }

  /**
   * `Castel père` after `Marc Castel … Son fils, Hugo Castel`: of the people named before under the
   * surname, the one the noun of kin names: given that relation (`Castel fils` is the son), else the one
   * whom the article gave no other (the father is not the one it called the son). None when that leaves
   * two or none.
   */
  private familyMember(
    surname: string,
    relation: readonly string[],
    gender: Gender | undefined,
    block: number,
    at: number,
  ): number | undefined {
    if (this.kinOf(relation).length === 0) return undefined;
    const surnameWords = this.nameWords(surname);
    const family = this.mentions.people.filter(
      (p) =>
        this.nameWords(p.name).length > surnameWords.length &&
        isSurnameOf(surnameWords, this.nameWords(p.name), this.rules.firstOfTwoSurnames) &&
        p.mentions.some((x) => placedBefore(x, block, at)) &&
        !this.otherKin(relation, this.wordsOfRoles(p)),
    );
    const given = family.filter((p) => this.sameKin(relation, this.wordsOfRoles(p)));
    const fits = this.ofGender(given.length > 0 ? given : family, gender, (p) => p.name);
    return fits.length === 1 ? this.namedAlone(fits[0]!.name, "person", block) : undefined;
  }

  /**
   * "el acusado replicó" paragraphs after "Julián Moreno, acusado de cobrar comisiones": a bare
   * description whose one noun opens the role the article gave one person alone, named before it, is
   * that person however far back, as a court report calls its defendant "el acusado" to the end. So
   * is one that repeats the role with its qualifiers ("la saxophoniste américaine" paragraphs after "la
   * saxophoniste américaine Lena Whitfield"), though another person spoke since.
   */
  private soleHolderOfRoleNoun(m: Mention, words: readonly string[], block: number): number | undefined {
    const at = m.at;
    if (at === undefined || words.length === 0 || !isPersonNoun(words[0]!, this.rules)) return undefined;
    this.peopleByRoleNoun ??= this.indexPeopleByRoleNoun();
    const namedBefore = (p: PersonEntity) => p.mentions.some((x) => placedBefore(x, block, at));
    // "le mayeur" paragraphs after "Le bourgmestre, Laurent Vanderhaegen": an office's other word.
    const epithets = this.epithetOrOwnWords(words);
    const written = epithets.length > 0 ? epithets : [words[0]!];
    // "la magistrada" paragraphs after "La jueza …, Gabriela Fernández Arias": the offices the noun
    // covers (officeKinds) are its holders' roles too.
    const nouns = [...written, ...this.officesCovered(written)];
    // `el regidor ferrolano`: the alcalde whose role names Ferrol (see namesBodyOf).
    const qualifiers = this.rules.officeEpithets.has(words.join(" ")) ? [] : words.slice(1);
    const repeatsRole = (p: PersonEntity) =>
      p.roles.some((role) =>
        qualifiers.every((w) => this.contentWords(role).includes(w) || namesBodyOf(role, w)),
      );
    const holders = [
      ...new Set(nouns.flatMap((noun) => this.peopleByRoleNoun!.get(this.uninflected(noun)) ?? [])),
    ].filter((p) => namedBefore(p) && repeatsRole(p));
    const holder = holders.length === 1 ? holders[0]! : undefined;
    if (holder === undefined || descriptionGender(m.gender, this.personGender(holder.name)) === "disagrees")
      return undefined;
    return this.namedAlone(holder.name, "person", block);
  }

  /**
   * "la secretaria de Estado", "die Schulleiterin": a description that names an office in other words
   * (officeEpithets) names the office's title, and also its own words, which a reporter may have given
   * the role in ("Schulleiterin Anke Roth", then "die Schulleiterin"): both, the title first;
   * none for a description that is no epithet.
   */
  private epithetOrOwnWords(words: readonly string[]): string[] {
    // `el regidor ferrolano`: an epithet qualified after it by a place's or a party's adjective.
    const epithet =
      this.rules.officeEpithets.get(words.join(" ")) ??
      (words.length === 2 && this.rules.adjectivesFollowNouns
        ? this.rules.officeEpithets.get(words[0]!)
        : undefined);
    return epithet === undefined ? [] : [epithet, words.join(" ")];
  }

  /**
   * The offices a description's words and office titles cover beyond themselves (officeKinds): the
   * ranks of `el oficial`, the `intendente` of the `alcalde` that `el jefe comunal` names.
   */
  private officesCovered(offices: readonly string[]): Set<string> {
    return new Set(offices.flatMap((office) => [...(this.rules.officeKinds.get(office) ?? [])]));
  }

  private indexPeopleByRoleNoun(): Map<string, PersonEntity[]> {
    const byNoun = new Map<string, PersonEntity[]>();
    for (const person of this.mentions.people) {
      // `Presidente municipal Ana Ruiz` or `el presidente municipal de Tula, Jorge Ortiz`, then `la
      // alcaldesa`: a role opening on an office's epithet of two words (officeEpithets) is that office's
      // holder too. Not one word's (`regidor`), which names another office in other countries.
      const nouns = new Set(
        person.roles.flatMap((role) => {
          const [noun, next] = this.contentWords(role);
          return [noun, next === undefined ? undefined : this.rules.officeEpithets.get(`${noun} ${next}`)];
        }),
      );
      for (const noun of nouns) {
        if (noun === undefined) continue;
        const key = this.uninflected(noun);
        byNoun.set(key, [...(byNoun.get(key) ?? []), person]);
      }
    }
    return byNoun;
  }

  /**
   * A person's noun as a role and a description both write it, where nouns inflect: `Dem Angeklagten
   * Jürgen K.` gives the role the description `der Angeklagte` names.
   */
  private uninflected(noun: string): string {
    const nouns = this.rules.personNouns;
    return nouns instanceof CompoundMap ? nouns.uninflected(noun) : noun;
  }

  /**
   * "raconte la dame de 67 ans", "sagte der 45-Jährige", "a assuré l’ailier de 22 ans": a definite
   * description of one person, which names no one (a place or a body after a preposition aside) and
   * which no rule above placed, stands for someone just mentioned: a person named, or one described
   * with an indefinite determiner ("ein Feuerwehrmann"), in its paragraph or the one before (see
   * antecedentsBefore), scored by descriptions.ts. None fits: the description speaks as written, a
   * person of its own (`a déclaré l’avocat` after a plaintiff the article gave no office).
   */
  private describedAntecedent(
    m: Mention,
    words: readonly string[],
    block: number,
    speaks: boolean,
  ): number | undefined {
    this.lastAntecedents = [];
    if (!m.definite || m.plural || m.at === undefined) return undefined;
    const determiner = elidedWords(m.name)[0] ?? "";
    if (!this.rules.definiteDeterminers.has(determiner) || this.rules.possessiveWords.has(determiner))
      return undefined;
    // `sagte der 63-jährige Fischer` after Hans Fischer: a word after an age that the article gave
    // someone as a surname names them, though it is a trade too (see agedName in names.ts).
    const aged = words.length === 2 && this.rules.ageNoun.test(words[0]!);
    const surnamed = aged ? this.mentions.personNamed(writtenWords(m.name).at(-1) ?? "") : undefined;
    if (surnamed !== undefined) return this.namedAlone(surnamed.name, "person", block);
    if (!this.describesPerson(m, words, speaks) || this.namesOwnPerson(m.name)) return undefined;
    if (this.relatesToAnother(m.name)) return undefined;
    if (this.qualifiedByName(m.name, words)) return undefined;
    // A noun the lexicon does not know may name the role's office in other words (`the promoter` for
    // the organiser), and a noun for any office holder fits every office (`l’élu` for the deputy mayor,
    // as personFits reads it), alone or qualified by an adjective that names no office (`la líder
    // sindical` for the union's president), not by a complement naming a body (`la dirigeante de la FSU`
    // is none of the FSU's office holders more than another): only another noun the lexicon knows
    // tells the role's office is another.
    const anyOffice =
      words.some((w) => this.forAnyOffice(w)) &&
      !words.some((w) => isPersonNoun(w, this.rules) && !this.forAnyOffice(w)) &&
      !elidedWords(m.name).some((w) => this.rules.prepositions.has(w));
    // An age (`le septuagénaire`, `der 71-Jährige`) is no office: it fits the ancien maire of 71.
    const ownOffice =
      words.some((w) => isPersonNoun(w, this.rules) && !this.rules.ageNoun.test(w)) && !anyOffice;
    // `el acusado`, « la victime »: a part in what is reported, which befalls one holding any office.
    const circumstance = words.some((w) => this.rules.circumstanceNouns.has(w));
    // "la secretaria de Estado" names the minister's office in other words (officeEpithets), "the
    // judge" a justice's, and so does its own noun where the role is given by it (see epithetOrOwnWords).
    const epithet = this.rules.officeEpithets.get(words.join(" "));
    const offices = anyOffice
      ? []
      : epithet !== undefined
        ? [epithet]
        : words.filter((w) => this.rules.titles.has(w));
    // `dijo la directora` with no director named: an office alone may be the article's subject's
    // (see subjectByOffice).
    const officeAlone = words.length === 1 && offices.includes(words[0]!);
    const protagonist = this.mentions.protagonist();
    const byAge = m.age !== undefined || words.some((w) => this.rules.ageNoun.test(w));
    const years =
      m.age !== undefined
        ? ([m.age, m.age] as const)
        : words.map((w) => yearsOfAgeNoun(w, this.rules)).find((y) => y !== undefined);
    // `der 63-jährige Bäcker` after `Bäcker Hans Roth, 63,`: the noun beside an age, one the lexicon
    // may lack, that the article gave someone as their role.
    const [noun, ...otherNouns] = words.filter((w) => !this.rules.ageNoun.test(w));
    const nounBesideAge = byAge && otherNouns.length === 0 ? noun : undefined;
    const personNoun = words.some((w) => isPersonNoun(w, this.rules));
    // `erzählt der Installateur`, `a glissé le milieu de terrain`: a noun the lexicon lacks, who a quote's
    // attribution says speaks (see describesPerson), whose determiner tells a gender, is a person's as
    // surely as a listed noun (a document's or a body's noun the lexicon knows is none; an English noun,
    // which no determiner genders, may be a document's the lexicon lacks: `the judgment said`).
    const speaksGendered = speaks && m.gender !== undefined;
    const covered = this.officesCovered([...words, ...offices]);
    // `la autoridad` for a mayor: a noun that names a body too has its own gender, not the person's.
    const describedGender = words.some((w) => isBodyNoun(this.rules, w)) ? undefined : m.gender;
    // An age alone (`Le quadragénaire`) reaches past a paragraph naming no one (see peopleNamedBefore).
    const byAgeAlone = byAge && !ownOffice;
    const before = this.writtenOfBefore(
      m.at,
      words,
      block,
      this.mentions.antecedentsBefore(block, m.at, byAgeAlone),
    );
    // An article's head describes whom its body names next (see namedFirstInBody), by a part in what is
    // reported the one person it names there (see soleFitAhead), unless the body writes that part beside
    // someone's name (`Birgit Lampe, Witwe des Radfahrers`), whom it means.
    const ahead = before.length > 0 ? [] : this.mentions.namedFirstInBody(block);
    const soleAhead =
      circumstance && ahead.length === 1 && !words.some((w) => this.mentions.namedBesideNoun(w).length > 0);
    // No one named or described near: the article's subject, when the body named them last, however far
    // back (`Sandrine Mottier a posé des perfusions …`, a paragraph naming no one, then `la prévenue n’a
    // pas cherché à nier`), as a report goes on about whom it is about; not by an age, which fits anyone
    // (`said the 63-year-old woman` after `A passenger …`, whose noun the lexicon lacks).
    const last =
      before.length > 0 || ahead.length > 0 || byAge ? undefined : this.mentions.lastNamedBefore(block, m.at);
    const named =
      before.length > 0
        ? before
        : last !== undefined && last === protagonist
          ? [{ person: last }]
          : ahead.map(({ person }) => ({ person }));
    const inReach = [...named, ...this.speakersInReach(block, named)];
    const qualified = words.find((w) => this.isOffice(w));
    const placeQualifier =
      qualified === undefined ? undefined : officeQualifier(m.name, qualified, this.rules);
    const candidateOf = (c: (typeof inReach)[number], mentionedSince: number) => {
      const [name, roles, gender] =
        "person" in c
          ? [c.person.name, this.rolesOfCandidate(c.person), this.personGender(c.person.name)]
          : [c.source.mentions[0]!.text, [c.source.mentions[0]!.text], c.source.gender];
      const roleWords = roles.flatMap((role) => this.withOfficeHeads(this.contentWords(role)));
      // `el oficial` names one of the offices of `el jefe de la Subzona, coronel X`, whatever the others;
      // `la comerciante` one of the members of the body `la presidenta de la Asociación de Comerciantes`
      // heads, as a reporter calls its head.
      // `el regidor ferrolano` the one whose role names Ferrol (see namesBodyOf).
      const coversRole =
        roleWords.some((w) => covered.has(w) || words.some((d) => oneOfMembers(d, w))) ||
        (placeQualifier !== undefined && roles.some((role) => namesBodyOf(role, placeQualifier)));
      // The article's subject, given no office, speaking under an office alone (see subjectByOffice): a
      // person by a gender their name tells, not a place read as a name (`at St. Luke's`).
      const subjectByOffice =
        speaks &&
        officeAlone &&
        !roleWords.some((w) => this.isOffice(w)) &&
        "person" in c &&
        c.person === protagonist &&
        gender !== undefined;
      const age = ("person" in c ? c.person.mentions : []).find((x) => x.age !== undefined)?.age;
      const features = {
        mentionedSince,
        gender: descriptionGender(describedGender, gender),
        otherAge: years !== undefined && age !== undefined && (age < years[0] || age > years[1]),
        // A noun for any office holder (`l’élu`) is the noun of whatever office the role holds.
        sameNoun:
          words.some((w) => isPersonNoun(w, this.rules) && roleWords.includes(w)) ||
          (nounBesideAge !== undefined && roleWords.includes(nounBesideAge)) ||
          coversRole ||
          this.sameKin(words, roleWords) ||
          (anyOffice && roleWords.some((w) => this.isOffice(w))),
        unnamed: "source" in c,
        // An office the description names that the role lacks, one the role holds that it does not
        // name, or the same office qualified otherwise
        // ("el dirigente campesino" is not "el dirigente sindical": see qualifiedOtherwise).
        // A noun for any office holder fits whoever holds one (`l’adjoint` is `l’élu`), not someone the
        // article gave a role without any; one the lexicon does not know may name the role's office in
        // other words (see ownOffice). A description covering one of the role's offices by officeKinds
        // names that office (`l’officier` for the colonel), whatever other offices the role holds. The
        // article's subject, to whom it gave no office, holds the one a description alone names.
        otherOffice: anyOffice
          ? (roleWords.length > 0 && !roleWords.some((w) => this.isOffice(w))) ||
            this.qualifiedOtherwiseIn(roles, m.name)
          : (!coversRole &&
              ((offices.some((office) => !roleWords.includes(office)) &&
                !subjectByOffice &&
                !this.epithetOrOwnWords(words).some((office) => roleWords.includes(office))) ||
                (ownOffice &&
                  // A role joining two offices (`vicepresidente y diputado de Cultura`) holds each: the
                  // description naming one (`el diputado de Toro`) names no other office than it holds.
                  roles.some((role) =>
                    this.officesJoined(role).every((office) =>
                      this.withOfficeHeads(this.contentWords(office)).some(
                        (w) =>
                          this.rules.titles.has(w) &&
                          !words.includes(listedNoun(this.rules.titles, w)) &&
                          !words.includes(w) &&
                          !offices.includes(w) &&
                          !this.teamPlacesBoth(w, words),
                      ),
                    ),
                  )))) ||
            this.qualifiedOtherwiseIn(roles, m.name),
        otherKin: this.otherKin(words, roleWords),
        governed: "source" in c && this.mentions.mentionedInPassing(c.source.mentions[0]!),
        // An age fits anyone named, not a place's name read as a person's (`el único sitio del Casco
        // Antiguo`, then `recuerda el zapatero de 81 años`: see namedAfterArticle).
        byAge: byAge && !("person" in c && this.mentions.namedAfterArticle(c.person)),
        namedInFull: (personNoun || speaksGendered) && "person" in c && this.namedInFull(c.person),
        namedAheadOnly: ahead[mentionedSince]?.inHeadline === false,
        soleFitAhead: soleAhead && !roleWords.some((w) => this.rules.titles.has(w)),
        subjectByOffice,
      };
      return { antecedent: { candidate: c, name }, features };
    };
    const candidates = inReach.map(candidateOf);
    let scored = this.scoredForCircumstance(scoreAntecedents(candidates), circumstance);
    // No one in reach fits: the article's subject, quoted before however far back (`Hélène Marchadier`
    // in the headline, quoted, then a paragraph naming René Bazin, then `dit l’autrice`), as a reporter
    // calls the one the article is about by what they do; not by a part in what is reported (`der
    // Beschuldigte`), nor the subject the article gave such a part (`le prévenu`), nor by a title the
    // article never gave them (`sagte die Ministerin`), which names someone else.
    const fallback =
      speaks &&
      !circumstance &&
      !words.some((w) => this.rules.titles.has(w)) &&
      (scored[0]?.score ?? Number.NEGATIVE_INFINITY) === Number.NEGATIVE_INFINITY &&
      protagonist !== undefined &&
      !inReach.some((c) => "person" in c && c.person === protagonist) &&
      [...this.spokeIn.keys()].some((id) => this.entities[id]!.name === protagonist.name) &&
      !this.mentions
        .rolesOf(protagonist.name)
        .some((role) => this.contentWords(role).some((w) => this.rules.circumstanceNouns.has(w)));
    // Only by a gender both tell: a body's name the names stage took for a person's tells none.
    const subject = fallback ? candidateOf({ person: protagonist }, inReach.length) : undefined;
    if (subject?.features.gender === "agrees") {
      candidates.push(subject);
      scored = this.scoredForCircumstance(scoreAntecedents(candidates), circumstance);
    }
    this.lastAntecedents = scored.map((s) => ({
      name: s.antecedent.name,
      score: s.score,
      features: s.features,
    }));
    const best = scored[0];
    if (best === undefined || best.score === Number.NEGATIVE_INFINITY) return undefined;
    const chosen = best.antecedent.candidate;
    if ("person" in chosen) return this.namedAlone(chosen.person.name, "person", block);
    // The source may speak already, under the words the quote's sentence gave it ("eine Rentnerin").
    const first = chosen.source.mentions[0]!;
    const speaking = this.entities.find(
      (e) => e.introduced?.block === first.block && e.introduced.at === first.span.start,
    );
    if (speaking !== undefined) return speaking.id;
    return this.described(
      makeMention({ ...m, name: first.text, definite: false, at: first.span.start }),
      first.block,
    );
  }

  /**
   * "the complainant received a call … from a man …", then `the complainant told mid-day`: a description
   * the article wrote before with a definite determiner is the one written of there, not anyone described
   * only after it; "his son visited", then `said the son`: one written with a possessive first is someone
   * the article brings in there, none of those only mentioned before it (see writtenDefinitelyBefore).
   */
  private writtenOfBefore<C extends { person: PersonEntity } | { source: ArticleEntity }>(
    at: number,
    words: readonly string[],
    block: number,
    candidates: C[],
  ): C[] {
    const noun = words.length === 1 ? words[0]! : undefined;
    const earlier = noun === undefined ? undefined : this.mentions.writtenDefinitelyBefore(block, at, noun);
    if (earlier === undefined) return candidates;
    const places = (c: C) => ("person" in c ? c.person.mentions : c.source.mentions);
    return candidates.filter((c) =>
      earlier.possessive
        ? places(c).some((p) => !placedBefore(p, earlier.block, earlier.span.start))
        : "person" in c || placedBefore(places(c)[0]!, earlier.block, earlier.span.start),
    );
  }

  /**
   * `« … », contestó el acusado` after the judge and `Ramón Figueroa Pizarro, exdirector de Finanzas`:
   * a part in what is reported (circumstanceNouns) befalls one holding any office, so when no candidate
   * fits, the one who would but for their office is whom it means. Not when two would: nothing but
   * nearness would tell them apart (the mayor attacked, then the prosecutor quoted, then `a confié la
   * victime`), and the description speaks as written; nor when someone fits with no office, whom a
   * reporter would call so first (`Un vecino` … `el testigo`).
   */
  private scoredForCircumstance<T>(
    scored: ScoredAntecedent<T>[],
    circumstance: boolean,
  ): ScoredAntecedent<T>[] {
    const fits = (s: ScoredAntecedent<T>) => s.score > Number.NEGATIVE_INFINITY;
    if (!circumstance || scored.some(fits)) return scored;
    const anyOffice = scoreAntecedents(
      scored.map((s) => ({ ...s, features: { ...s.features, otherOffice: false } })),
    );
    return anyOffice.filter(fits).length === 1 ? anyOffice : scored;
  }

  /**
   * A role's offices, where a conjunction right before an office joins a second one to the first
   * (`vicepresidente primero y diputado de Desarrollo Rural`, see joinsOffices in roles.ts).
   */
  private officesJoined(role: string): string[] {
    const written = role.split(/\s+/u);
    const offices: string[][] = [[]];
    for (const [k, word] of written.entries()) {
      const joint =
        k > 0 &&
        listConjunctions(this.rules).has(word.toLowerCase()) &&
        this.isOffice(written[k + 1]?.toLowerCase() ?? "");
      if (joint) offices.push([]);
      else offices.at(-1)!.push(word);
    }
    return offices.map((office) => office.join(" "));
  }

  /**
   * A role's words, each compound office followed by the office it heads: `Bildungssenatorin` holds
   * the office `die Senatorin` names, as a reporter drops the compound's modifier once the role is
   * given (`Bildungssenatorin Karin Ehlers`, then `sagte die Senatorin`). Where offices do not
   * compound, the words as they are.
   */
  private withOfficeHeads(words: readonly string[]): string[] {
    return words.flatMap((w) => {
      const head = listedNoun(this.rules.titles, w);
      return head === w ? [w] : [w, head];
    });
  }

  /**
   * `« … », finit par lâcher le trentenaire` a paragraph after `le prévenu … « … », assure-t-il`:
   * someone named earlier who spoke in this paragraph or the one before under a description or a
   * pronoun was mentioned there though no name was written, and a reporter's description may mean
   * them. They come after the people named in reach, whose names were written since.
   */
  private speakersInReach(
    block: number,
    named: readonly ({ person: PersonEntity } | { source: ArticleEntity })[],
  ): { person: PersonEntity }[] {
    const namedPeople = new Set(named.flatMap((c) => ("person" in c ? [c.person.name] : [])));
    return [...this.spokeIn]
      .filter(([id, spoke]) => spoke >= block - 1 && this.entities[id]!.kind === "person")
      .map(
        ([id]) => this.mentions.people.find((p) => p.name === this.entities[id]!.name) ?? this.unlisted(id),
      )
      .filter((p) => !namedPeople.has(p.name))
      .map((person) => ({ person }));
  }

  /**
   * `« … », se souvient Élodie Carrasco, paléontologue au Muséum. … »`, then `insiste la chercheuse`:
   * a speaker named only in an incise inside the quote's marks is no person the mentions stage lists
   * (it leaves quoted text out), though a reader met them there; they stand as a candidate with the
   * roles the attribution gave them, and no mention outside the quotes.
   */
  private unlisted(id: number): PersonEntity {
    const e = this.entities[id]!;
    return { name: e.name, roles: this.rolesOf(id), gender: e.gender, mentions: [] };
  }

  /**
   * A candidate's roles: the mentions stage's for a person it lists, the attribution's otherwise
   * (see unlisted).
   */
  private rolesOfCandidate(person: PersonEntity): readonly string[] {
    return this.mentions.people.includes(person) ? this.mentions.rolesOf(person.name) : person.roles;
  }

  /**
   * "Toni Segarra", "Valeria Hernández, estudiante": a first name and a surname, of someone the article
   * gives a role or has quoted already (the headline's `Segarra: « … »` before `los de Toni Segarra`).
   * A place or a company read as a person's name (`aus Schwäbisch Gmünd`, `at St. Luke's`) does neither.
   */
  private namedInFull(person: PersonEntity): boolean {
    const speaks = this.sharingNameWord(person.name).some(
      (e) => e.kind === "person" && e.name === person.name,
    );
    return this.nameWords(person.name).length > 1 && (person.roles.length > 0 || speaks);
  }

  /**
   * "señaló el gallego", "lamentó el lateral", „sagt der Mediziner“: a description is a person's when a
   * word of it is a person noun the lexicon knows, and also, whatever its noun, when it is who a quote's
   * attribution says speaks and no word of it is one the lexicon knows as something else (a body, a
   * document, a body's epithet, a topic, a setting, what was said): only people and bodies speak, and
   * no list can hold every noun a reporter calls a person by (`el edil`, `l’élu`, `the promoter`).
   */
  private describesPerson(m: Mention, words: readonly string[], speaks: boolean): boolean {
    if (this.headedByDocument(words)) return false;
    if (m.kind === "unnamed" && words.some((w) => isPersonNoun(w, this.rules))) return true;
    // `afirmó la autoridad municipal`: a noun for any office holder heads a person's description,
    // though it names a body too (a body the article named is found before: bodyByEpithet).
    if (m.kind === "organisation" && words.length > 0 && this.forAnyOffice(words[0]!)) return true;
    if (!speaks || m.kind === "person" || words.length === 0) return false;
    // A body speaks too, by its acronym or a news organisation's name (`teilte die AGV mit`, `sagte
    // der Spiegel`), or by an acronym written as a word the article defines (`hält das Bazl fest`).
    const acronym = (w: string) =>
      ACRONYM.test(w) || (WORD_ACRONYM.test(w) && this.mentions.acronymWrittenOut(w) !== undefined);
    if (m.name.split(/\s+/u).some(acronym)) return false;
    // A capital before any complement names the body (`la Contraloría General`, `El Málaga`).
    if (this.qualifiedByName(m.name, words)) return false;
    return !words.some((w) => this.namesOtherThanPerson(w) || newsOrganisations.has(w));
  }

  /**
   * `El informe técnico`: a description headed by a document's noun describes the document, though a
   * word after it may be a person's noun too (`técnico`, a technician); it stands for no person.
   */
  private headedByDocument(words: readonly string[]): boolean {
    return this.rules.documentSpeech.documents.has(words[0] ?? "");
  }

  /** A noun the lexicon knows as no person's: a body's, a document's, a topic's, a setting's, speech's. */
  private namesOtherThanPerson(lower: string): boolean {
    const rules = this.rules;
    const lists = [
      rules.bodyEpithets,
      rules.topicNouns,
      rules.adverbialNouns,
      rules.speechNouns,
      rules.documentSpeech.documents,
    ];
    return isBodyNoun(rules, lower) || lists.some((list) => list.has(lower));
  }

  /**
   * A person's gender as their first name tells it ("Ferran Soler": "el extremo" agrees with him), or
   * failing that as their mentions show it, or as a pronoun the reporter gave them as a speaker shows
   * it (`« … », confie-t-elle`), so a description may stand for someone the article gave no role and
   * no gendered word. The name comes first: the lists hold no name borne by both sexes, while a role's
   * determiner tells its noun's gender, which for a noun of one gender for everyone is not the
   * person's (`la víctima, Brian Sosa`, `die Person`, `la vedette`).
   */
  private personGender(name: string): Gender | undefined {
    const speaker = this.sharingNameWord(name).find((e) => e.kind === "person" && e.name === name);
    return givenNameGender(name) ?? this.mentions.genderOf(name) ?? speaker?.gender;
  }

  /**
   * "the California Republican", "the IT consultant": a capital before any preposition qualifies the
   * noun by a name, which other rules read; one in a complement ("el extremo de Terrassa") is a place's,
   * and so is one in a genitive, the complement a case article opens (`der Leiter des Forstamts`).
   */
  private capitalBeforeComplement(description: string): boolean {
    const words = withoutPlaceAdjectives(description, this.rules).split(/\s+/u);
    for (let i = 1; i < words.length; i++) {
      const word = words[i]!;
      const opening = elidedWords(word)[0] ?? "";
      if (this.rules.prepositions.has(opening) || this.rules.genitiveArticles.has(opening)) return false;
      // Where every noun takes a capital, a person's noun ("die Frau", "der 45-Jährige") is no name.
      const noun = this.rules.capitalisesNouns && isPersonNoun(word.toLowerCase(), this.rules);
      if (
        /^\p{Lu}/u.test(word) &&
        !noun &&
        !this.roleAbbreviation(word) &&
        !this.gradeLabel(word, words[i + 1])
      )
        return true;
    }
    return false;
  }

  /**
   * "the Year 6 pupil", "the Grade 5 student", "the Formula 1 driver": a capital before a number is a
   * class or a rank the person is in, no body's name, save a body's numbered unit (`the Local 241
   * president`, see numberedBodyUnits).
   */
  private gradeLabel(word: string, next: string | undefined): boolean {
    return next !== undefined && DIGITS.test(next) && !this.rules.numberedBodyUnits.has(word.toLowerCase());
  }

  /**
   * A capital before any complement (see capitalBeforeComplement), but where every noun takes one, a
   * lone noun's capital is no name's (`sagt der Mediziner`), a lower-case adjective before it aside
   * (`rief der 63-jährige Tischler`).
   */
  private qualifiedByName(description: string, words: readonly string[]): boolean {
    const capitals = description
      .split(/\s+/u)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w));
    const loneNoun = this.rules.capitalisesNouns && (words.length === 1 || capitals.length === 1);
    return !loneNoun && this.capitalBeforeComplement(description);
  }

  /**
   * "el DT de Racing", "le PDG du groupe", "the CEO of the retailer", "le T1 liégeois": a role's
   * abbreviation the lexicon knows as a person noun, written in capitals (and digits: the Belgian head
   * coach's `T1`) as a body's acronym is, names a person's office, not a body, so its capitals make a
   * description no body's name.
   */
  private roleAbbreviation(word: string): boolean {
    const lower = word.toLowerCase();
    return (
      ROLE_ABBREVIATION.test(word) &&
      (isPersonNoun(lower, this.rules) || this.rules.titleAbbreviations.has(lower))
    );
  }

  /**
   * "the flanker" for "Captain Rhodri Pugh": a role's word and a description's noun that are both a
   * place in a team (see teamPlaces) name the same player, whatever the place.
   */
  private teamPlacesBoth(roleWord: string, words: readonly string[]): boolean {
    return this.rules.teamPlaces.has(roleWord) && words.some((w) => this.rules.teamPlaces.has(w));
  }

  /** "l’avocat de Marie Roy": a description whose complement names a person is someone else. */
  private namesOwnPerson(description: string): boolean {
    return capitalisedRuns(description, this.rules).some(
      (run) => this.mentions.personNamed(run) !== undefined,
    );
  }

  /**
   * "the victim's mother", « la mère de la victime », "the mother of a woman": a description that
   * ties its person to another (a person noun in the genitive, or one in a complement after the
   * head) names someone by that tie, not the one tied to, who is most often the one just mentioned.
   * A complement counting several (`der Vater zweier Töchter`, "a mother of two children") ties its
   * person to no one the article names: it describes them by their family.
   */
  private relatesToAnother(description: string): boolean {
    // elidedWords splits the genitive: "the victim's mother" is the, victim, s, mother.
    const words = elidedWords(description);
    const person = (w: string | undefined) => w !== undefined && isPersonNoun(w, this.rules);
    const head = words.findIndex(person);
    return words.some((word, i) => {
      if (words[i + 1] === "s" && i + 2 < words.length && person(word)) return true;
      const before = words[i - 1] ?? "";
      const rules = this.rules;
      const tied =
        !rules.pluralIndefinites.has(before) &&
        [rules.definiteDeterminers, rules.indefiniteDeterminers, rules.prepositions].some((list) =>
          list.has(before),
        );
      return head >= 0 && i > head + 1 && tied && person(word);
    });
  }

  /** The entity a description turned out to mean, met as its name alone (no role, not in a headline). */
  private namedAlone(name: string, kind: "person" | "organisation", block: number): number {
    return this.named(makeMention({ type: "name", text: name, name, role: null, kind }), false, block);
  }

  /**
   * "a pasta", "la cartera", "la haute juridiction administrative": an epithet for a body, perhaps
   * qualified by an adjective before or after it, is the body named last before it, in its paragraph
   * or the one before. A capital names another body ("la juridiction de Paris").
   */
  private bodyByEpithet(m: Mention, words: readonly string[], block: number): number | undefined {
    // The article may be read apart from the noun (Portuguese "a" is a preposition too): any but "uma pasta".
    const indefinite = this.rules.indefiniteDeterminers.has(writtenWords(m.text)[0] ?? "");
    // And its compounds (`das Familienunternehmen`, `der Autokonzern`), a kind of body as the noun is.
    const headed = words
      .slice(0, EPITHET_HEAD_REACH)
      .some((w) => this.rules.bodyEpithets.has(listedNoun(this.rules.organisationNouns, w)));
    const epithet = !indefinite && !m.plural && headed && !this.capitalNamesBody(m.name);
    // Not a body only ever written with an indefinite article (`desde una casa de la colonia`): a thing
    // set in the story, which no reporter calls `la dependencia` after.
    const indefiniteOnly = (b: ArticleEntity) =>
      b.mentions.every((x) => this.rules.indefiniteDeterminers.has(writtenWords(x.text)[0]!.toLowerCase()));
    const body =
      epithet && m.at !== undefined
        ? this.mentions.bodyNamedBefore(block, m.at, (b) => b.name !== m.name && !indefiniteOnly(b))
        : undefined;
    if (body === undefined) return undefined;
    // A body already speaking keeps the form it speaks under ("El Banco de España" in the headline).
    const known = this.byContent
      .get(this.contentWords(body.name).join(" "))
      .filter((id) => this.entities[id]!.kind === "organisation");
    return this.byRecency(known) ?? this.namedAlone(this.bodyNameAsWritten(body), "organisation", block);
  }

  /**
   * Whether a capital after a description's first letter names a body (`la juridiction de Paris`);
   * where every noun is capitalised (`der Bielefelder Hersteller von Küchengeräten`), only a word the
   * dictionary lacks may.
   */
  private capitalNamesBody(description: string): boolean {
    return this.holdsNamingCapital(description.slice(1));
  }

  /**
   * Whether a capital in `text` may name something: any capital, but where every noun is capitalised
   * only that of a word the dictionary lacks, or of a body noun compounded onto what names the body
   * (`Vereinigungsministerium`, as the mentions stage reads it): `Behörde`, `Gewerkschaften` name
   * nothing. A capitalised word right after a body's noun names too: no noun follows another bare,
   * so it is the body's place (`Landratsamt Heidenheim`, `Sparkasse Rosenheim`), however its parts
   * read as common words (`Heiden|heim`). So does the field a body's noun takes by its preposition
   * (`Bundesamt für Strahlenschutz`, `Landesamt für Umwelt`: bodyFieldEnd), whose common nouns name it.
   */
  private holdsNamingCapital(text: string): boolean {
    if (!this.rules.capitalisesNouns) return /\p{Lu}/u.test(text);
    // Not a compound on a reporter's epithet, a kind of body (`Familienunternehmen`, `Autokonzern`).
    const compoundName = (lower: string) => {
      const head = listedNoun(this.rules.organisationNouns, lower);
      return isBodyNoun(this.rules, lower) && !lower.startsWith(head) && !this.rules.bodyEpithets.has(head);
    };
    const words = text.split(/\s+/u);
    return words.some(
      (w, i) =>
        /^\p{Lu}/u.test(w) &&
        (!dictionary.isCommonWord(this.rules.code, w) ||
          compoundName(w.toLowerCase()) ||
          (i > 0 && isBodyNoun(this.rules, words[i - 1]!.toLowerCase())) ||
          (i > 1 &&
            this.rules.bodyFieldPrepositions.has(words[i - 1]!) &&
            isBodyNoun(this.rules, words[i - 2]!.toLowerCase()))),
    );
  }

  /**
   * « la Contraloría General de Medellín »: a body's name with the definite determiner the article
   * writes before it where it names it in full, the fullest name as written; the bare name where it
   * writes none ("Epec informó"), but for a company's name read without its determiner (see
   * companyNameAsWritten: "Die Hallberg AG").
   */
  private bodyNameAsWritten(body: ArticleEntity): string {
    // Not an article a preposition or a noun puts in its case (`nach Angaben der Polizeiinspektion
    // Celle`), but with a body's noun alone, which without it would be the noun inflected (`des
    // Verkehrsministeriums`).
    const nounAlone = isBodyNoun(this.rules, body.name.toLowerCase());
    // An elided article is written onto the name (« l’Agence nationale … »).
    const withDeterminer = body.mentions.find((m) => {
      const [, determiner = "", name = ""] = /^(\p{L}+['’]|\S+)\s*(.*)$/su.exec(m.text) ?? [];
      const opens = this.rules.definiteDeterminers.has(determiner.toLowerCase().replace(/['’]$/u, ""));
      const inCase = !nounAlone && this.mentions.opensOnCaseArticle(m);
      return opens && !inCase && name.replace(/\s+/gu, " ") === body.name;
    });
    return withDeterminer?.text ?? this.genitiveNameUninflected(body) ?? this.companyNameAsWritten(body);
  }

  /**
   * `in einem Schreiben des Landratsamts Biberach`, the body's only naming: its name with the noun as
   * a subject has it (`Landratsamt Biberach`), which is the name a later `das Landratsamt` shortens (see
   * shortBodyName). Undefined unless the name opens on a body's noun with a genitive ending, written
   * after an article in its case (`der Stadtwerke Ulm` ends on no genitive ending: a plural is as written).
   */
  private genitiveNameUninflected(body: ArticleEntity): string | undefined {
    const [first = "", ...rest] = body.name.split(" ");
    const noun = this.bodyNounUninflected(first.toLowerCase());
    if (noun === undefined || rest.length === 0 || !GENITIVE_ENDINGS.has(first.slice(noun.length)))
      return undefined;
    return body.mentions.some((m) => this.mentions.opensOnCaseArticle(m))
      ? [first.slice(0, noun.length), ...rest].join(" ")
      : undefined;
  }

  /**
   * "the official" after "a senior U.S. official said …": a bare description that repeats the head
   * of an unnamed source introduced in the last few paragraphs is that source again, as wire copy
   * carries "a person familiar with the matter" on as "the person". The source may have spoken
   * before, or only been linked to the description by the mentions stage (its words were reported
   * speech, not a quote): then it speaks now under its first description.
   */
  private sourceDescribedBefore(m: Mention, block: number): number | undefined {
    const [head, ...more] = this.contentWords(m.name);
    if (more.length > 0 || head === undefined || !isPersonNoun(head, this.rules)) return undefined;
    const spoken = this.sourcesByWord
      .get(head)
      .filter((id) => this.entities[id]!.lastBlock >= block - SOURCE_REACH_BLOCKS)
      .filter((id) => !this.describedAheadOnly(id, block));
    if (spoken.length > 0) return this.byRecency(spoken);
    const mayBeLinked =
      m.at !== undefined && this.mentions.maySourceBeDescribedFrom(block, m.at, block - SOURCE_REACH_BLOCKS);
    const linked = mayBeLinked ? this.mentions.entityAt(block, m.at!) : undefined;
    // Not a head's unnamed person the body has not mentioned before (see describedAheadOnly).
    const aheadOnly =
      !this.mentions.inHead(block) &&
      linked?.mentions
        .filter((x) => placedBefore(x, block, m.at!))
        .every((x) => this.mentions.inHead(x.block));
    const first = linked?.kind === "source" && !aheadOnly ? linked.mentions[0] : undefined;
    if (first === undefined || first.block < block - SOURCE_REACH_BLOCKS || first.text === m.name)
      return undefined;
    if (!this.rules.indefiniteDeterminers.has(writtenWords(first.text)[0] ?? "")) return undefined;
    return this.described(
      makeMention({ ...m, name: first.text, definite: false, at: first.span.start }),
      first.block,
    );
  }

  /**
   * "Chez Oddo BHF, Anne-Laure Ferrand se montre moins sévère. « … », juge l’analyste": a bare
   * description of an occupation, once its paragraph has named one new person the article gives no
   * role, means that person, not the unnamed source described by the same noun in an earlier
   * paragraph ("estime un analyste de Bernstein"): a reporter carrying that source on would not name
   * someone between the two. A role written for the person says what they are, which other rules read.
   */
  private personNamedSinceSource(m: Mention, block: number): number | undefined {
    const [head, ...more] = this.contentWords(m.name);
    if (more.length > 0 || head === undefined || m.at === undefined || !isPersonNoun(head, this.rules))
      return undefined;
    const sources = this.sourcesByWord.get(head);
    if (sources.length === 0 || sources.some((id) => this.entities[id]!.lastBlock >= block)) return undefined;
    const namedHere = this.mentions
      .peopleNamedBefore(block, m.at)
      .filter((person) => person.mentions[0]!.block === block);
    const [person, ...others] = namedHere;
    if (person === undefined || others.length > 0 || this.mentions.rolesOf(person.name).length > 0)
      return undefined;
    if (descriptionGender(m.gender, this.personGender(person.name)) === "disagrees") return undefined;
    return this.namedAlone(person.name, "person", block);
  }

  /**
   * "selon ce texte transmis par le PS", "according to the statement": a definite description of a
   * document, written soon after a speaker issued one, points back to it, and its words are its
   * author's (whoever passed it on). A description that names its own author ("le communiqué du
   * syndicat") is another document.
   */
  private documentAuthor(m: Mention, block: number): number | undefined {
    const issued = this.lastDocument;
    if (!m.definite || issued === null || block - issued.block > DOCUMENT_REACH) return undefined;
    const words = elidedWords(m.name);
    // The document noun heads the phrase, right after its determiner.
    const documentNoun = words[1] !== undefined && this.rules.documentSpeech.documents.has(words[1]);
    if (!documentNoun || !this.rules.determiners.has(words[0]!)) return undefined;
    // A body's documents other than its releases (a report, a letter) speak as written.
    if (issued.releaseOnly && !this.rules.documentSpeech.releases.has(words[1]!)) return undefined;
    return this.rules.complementOf.has(words[2] ?? "") ? undefined : issued.author;
  }

  /**
   * "the ministry", "el informe": the name of the body or document the mentions stage links the
   * description to, when the article named it before ("Interior Ministry"); none when it named no
   * such body, so that a lone "the ministry" stays as written.
   */
  private fullerBodyName(m: Mention, block: number): string | undefined {
    if (m.kind !== "organisation" || !m.definite || m.at === undefined) return undefined;
    // The mentions stage links only descriptions a body or document noun heads; asking about
    // others ("the ferry added") would link a long page's entities for nothing.
    const epithet = (w: string) => this.rules.documentEpithets.has(w);
    if (!this.contentWords(m.name).some((w) => isBodyNoun(this.rules, w) || epithet(w))) return undefined;
    if (this.ownedDocument(m.name)) return undefined;
    const entity = this.mentions.entityAt(block, m.at);
    if (entity?.kind !== "organisation" && entity?.kind !== "document") return undefined;
    // "Innenministerium" is fuller than "Ministerium", though one word too.
    const fullness = (text: string) => this.contentWords(text).join(" ").length;
    const first = entity.mentions[0]!.text;
    // "La direction" for the body first described as "la direction du groupe", named by no name.
    const named = this.isBodyName(entity.name, first);
    // The body speaks under its name as the article writes it, with the definite article written
    // before it (see bodyNameAsWritten), as it does where bodyByEpithet finds it: one rule for a
    // body a description stands for, whatever rule found it.
    const fullest = named ? this.bodyNameAsWritten(entity) : this.definiteDescription(first);
    // "L’autorité" for "CNIL", "la compañía" for "Honor": a body's initials, or its name for a
    // bare generic noun, are its name however short (not a news agency's, whose name a description
    // of the outlet quoting it may be linked to: "l’hebdomadaire" → AFP).
    const initials = ACRONYM.test(entity.name);
    const bareNoun = this.contentWords(m.name).length === 1;
    const ownName = !newsOrganisations.has(entity.name.toLowerCase());
    const generic =
      named &&
      ownName &&
      (initials || bareNoun || this.saysWhatBodyIs(m, fullest)) &&
      !this.capitalNamesBody(m.name);
    // "El sindicato CCOO", « le syndicat CGT »: the body's kind written before its name says what it
    // is; the body goes by the name (as "the union Unite" goes by Unite).
    const kind = named && m.name.endsWith(` ${entity.name}`) ? m.name.slice(0, -entity.name.length) : "";
    const kindBeforeName =
      this.contentWords(kind).some((w) => isBodyNoun(this.rules, w)) && !this.capitalNamesBody(kind);
    // « Le texte » for « Le décret »: a noun for whatever document was named is no fuller or shorter
    // description of it, and gives way to the document's own (see documentByEpithet).
    const documentEpithet = bareNoun && entity.kind === "document" && epithet(this.contentWords(m.name)[0]!);
    const fuller = fullness(fullest ?? "") > fullness(m.name);
    return fullest !== undefined && (generic || kindBeforeName || documentEpithet || fuller)
      ? fullest
      : undefined;
  }

  /**
   * "The council's notice", "the ministry’s report": a document its body's possessive owns is that
   * document, not the body, which the possessive names only as its author.
   */
  private ownedDocument(description: string): boolean {
    const suffix = this.rules.possessiveSuffix;
    if (suffix === "") return false;
    const words = writtenWords(description.replace(/’/gu, "'"));
    // The document is the phrase's head, after any modifier: "the ministry's draft guideline".
    const isDocument = (w: string) => this.rules.documentSpeech.documents.has(w);
    return words.some((w, i) => w.endsWith(suffix) && words.slice(i + 1).some(isDocument));
  }

  /**
   * "el banco central" for "Banco de México", « la banque centrale » for "Banque de France": a
   * description that qualifies its body noun by words the name does not hold says what the body
   * is, not what it is called, so the name the mentions stage linked it to is the speaker however
   * few letters it has. Not the name reworded ("the conservation department" for "Department of
   * Conservation", no shorter), nor a document's description ("the council’s own report"), which
   * is no body's name.
   */
  private saysWhatBodyIs(m: Mention, name: string | undefined): boolean {
    const words = this.contentWords(m.name);
    if (name === undefined || words.some((w) => this.rules.documentSpeech.documents.has(w))) return false;
    const named = new Set(this.contentWords(name));
    return words.length > 1 && named.has(words[0]!) && words.slice(1).every((w) => !named.has(w));
  }

  /**
   * "Die Pichler Fenstertechnik GmbH": a company's name ending on its legal form, which the names
   * stage reads without the determiner the article writes before it, with that determiner, as the
   * company speaks when it is the subject (see companyFormAt in names.ts); any other body's name as
   * the mentions stage read it.
   */
  private companyNameAsWritten(body: ArticleEntity): string {
    if (!endsOnCompanyForm(body.name, this.rules)) return body.name;
    const written = body.mentions.map((m) => this.mentions.withDeterminerBefore(m));
    return written.find((text) => text !== body.name && text.endsWith(body.name)) ?? body.name;
  }

  /**
   * A body's description as first written, when a definite determiner opens it ("la direction du
   * groupe") and the mentions stage did not read it too far ("The ministry on Tuesday").
   */
  private definiteDescription(written: string): string | undefined {
    const opensDefinite = this.rules.definiteDeterminers.has(writtenWords(written)[0]!);
    return opensDefinite && !this.readTooFar(written) ? written : undefined;
  }

  /** Whether the mentions stage read a body's phrase on into an adverb ("The ministry on Tuesday"). */
  private readTooFar(phrase: string): boolean {
    return writtenWords(phrase).some((w) => this.rules.adverbs.has(w));
  }

  /**
   * Whether a body's or document's name, first written `written`, is a name: one that holds a
   * capital that may name (see holdsNamingCapital), first written with no indefinite determiner ("a
   * new report" names nothing), and no phrase the mentions stage read too far ("The ministry on
   * Tuesday").
   */
  private isBodyName(name: string, written: string): boolean {
    return (
      !this.rules.indefiniteDeterminers.has(writtenWords(written)[0]!) &&
      this.holdsNamingCapital(name) &&
      !this.readTooFar(name)
    );
  }

  /**
   * The entities whose role the description names (see holdsRole); failing any, the one person
   * whose role names the same body by another office: "la dirigeante de la CGT" is who the article
   * called "la secrétaire générale de la CGT", when no one else's role names the CGT.
   */
  private holdingRole(description: string, gender?: Gender): Entity[] {
    // « la nouvelle bourgmestre » is no man who was « le bourgmestre sortant »: an epicene office keeps
    // the determiner's gender; `the younger sister` is not the sister the article called the older.
    const described = this.contentWords(description);
    const otherRelation = (e: Entity) =>
      this.otherKin(
        described,
        this.rolesOf(e.id).flatMap((role) => this.contentWords(role)),
      );
    const agrees = (e: Entity) =>
      e.kind !== "person" ||
      (descriptionGender(gender, this.personGender(e.name)) !== "disagrees" && !otherRelation(e));
    const holders = this.byRoleHead
      .get(this.roleWords(description)[0])
      .map((id) => this.entities[id]!)
      .filter((e) => this.holdsRole(e, description) && agrees(e));
    if (holders.length > 0) return holders;
    const compounded = this.holdingCompoundedRole(description).filter(agrees);
    if (compounded.length > 0) return compounded;
    const offices = described.filter((w) => this.isOffice(w));
    if (offices.length === 0) return [];
    const names = namesIn(this.acronymsWrittenOut(description), true, this.rules);
    // "the senator" for the one person whose role is "Republican senator from Ohio".
    const soleHolder = () => {
      const sameOffice = this.byRoleOffice
        .get(offices.at(-1))
        .map((id) => this.entities[id]!)
        .filter((e) => e.kind === "person" && !this.qualifiedOtherwise(e, description) && !otherRelation(e));
      return sameOffice.length === 1 ? sameOffice : [];
    };
    if (names.length === 0) return soleHolder();
    const sameBody = this.byRoleName
      .get(names[0])
      .map((id) => this.entities[id]!)
      .filter((e) => e.kind === "person" && this.rolesOf(e.id).some((role) => this.namesBody(role, names)));
    if (sameBody.length === 1) return sameBody;
    return this.labelBeforeOffice(description, offices.at(-1)!, names) ? soleHolder() : [];
  }

  /**
   * "The Lib Dem councillor" after "cabinet member for transport, Cllr Imogen Sayers": capitals between
   * the determiner and the office that close on it and name nothing the article names (a party's
   * label) tell more of the one holder of the office named before; a body's name the article wrote
   * (`the Harvard professor` beside Yale's) is another body's office.
   */
  private labelBeforeOffice(description: string, office: string, names: readonly string[]): boolean {
    const words = this.contentWords(description);
    return (
      words.at(-1) === office &&
      names.every((n) => words.indexOf(n) < words.length - 1) &&
      names.every((n) => this.byName.candidates(this.nameWords(n)).length === 0)
    );
  }

  /**
   * "der Nationalparkleiter" for the person whose role is "der Leiter des Nationalparks": where nouns
   * compound, an office's compound names in one word the office its head noun holds in the body its
   * complement names, as "der Schulleiter" is "der Leiter der Schule" (the modifier's linking "s"
   * aside: "Vereinsvorsitzender", "Vorsitzender des Vereins").
   */
  private holdingCompoundedRole(description: string): Entity[] {
    const nouns = this.rules.personNouns;
    const noun = this.roleWords(description)[0];
    const parts = nouns instanceof CompoundMap && noun !== undefined ? nouns.compoundParts(noun) : undefined;
    if (parts === undefined) return [];
    const stem = parts.modifier.replace(COMPOUND_LINK, "");
    if (stem.length < MIN_COMPOUND_STEM) return [];
    const namesBody = (role: string) => {
      const [head, ...complement] = this.roleWords(role);
      return head === parts.head && complement.some((w) => w.includes(stem));
    };
    return this.byRoleHead
      .get(parts.head)
      .map((id) => this.entities[id]!)
      .filter((e) => e.kind === "person" && this.rolesOf(e.id).some(namesBody));
  }

  /**
   * A description with each body's acronym replaced by the name the article wrote it out as: "el
   * titular de Copeco" names the body the role "comisionado de la Comisión Permanente de Contingencias
   * (Copeco)" names, by the words the role holds. An acronym the article never wrote out stays.
   */
  private acronymsWrittenOut(description: string): string {
    return description
      .split(/\s+/u)
      .map((w, i) => (i > 0 && /^\p{Lu}/u.test(w) ? (this.mentions.acronymWrittenOut(w) ?? w) : w))
      .join(" ");
  }

  /**
   * "el líder mapuche" is not "el líder independentista kurdo": a description that qualifies its
   * office (by a people, a party, a nationality written after the noun) means no one whose role
   * qualifies the same office by other words.
   */
  private qualifiedOtherwise(e: Entity, description: string): boolean {
    return this.qualifiedOtherwiseIn(this.rolesOf(e.id), description);
  }

  private qualifiedOtherwiseIn(roles: readonly string[], description: string): boolean {
    const office = this.contentWords(description).find((w) => this.isOffice(w));
    const wanted = office === undefined ? undefined : officeQualifier(description, office, this.rules);
    if (wanted === undefined) return false;
    if (roles.some((role) => this.contentWords(role).includes(wanted))) return false;
    return roles.some((role) => officeQualifier(role, office!, this.rules) !== undefined);
  }

  private isOffice(word: string): boolean {
    return this.rules.personNouns.has(word) || this.rules.titles.has(word);
  }

  /** An office held in the body the names name: "secrétaire générale de la CGT" for ["cgt"]. */
  private namesBody(role: string, names: readonly string[]): boolean {
    const words = this.contentWords(role);
    return words.some((w) => this.isOffice(w)) && names.every((n) => words.includes(n));
  }

  /**
   * The speaker an entity stands for once the whole article is read: a role quoted before the
   * person holding it is named (`Wexley Rovers manager says …` in the standfirst, `Wexley Rovers
   * manager Stuart Harding` in the body) is that person, when only one person holds it. Headlines
   * drop the article (`Relator diz que …`, `Ministro responde`): an office alone, capitalised, is such
   * a description too, though it was read as a name.
   */
  canonical(id: number): number {
    const e = this.entities[id]!;
    const written = writtenWords(e.name);
    const first = written[0] ?? "";
    const headBlock = this.headBlockOf(e);
    // `CEO says deal …`, `…, says MD`: an office's initials in the head, read as a body's acronym.
    const bareOffice =
      written.length === 1 &&
      ((e.kind === "person" && this.isOffice(first)) ||
        (headBlock !== undefined && this.roleAbbreviation(e.name)));
    // Where nouns are capitalised, the head's `Die Halterin sagt:` is read as a body's name.
    const capitalisedDescription =
      e.kind === "organisation" &&
      this.rules.capitalisesNouns &&
      written.length === 2 &&
      this.rules.determiners.has(first) &&
      headBlock !== undefined;
    if (capitalisedDescription) return this.soleHolder(id, this.namedBesideHeadNoun(e, headBlock));
    if ((e.kind !== "unnamed" && !bareOffice) || e.plural) return id;
    if (this.rules.indefiniteDeterminers.has(first) && headBlock === undefined) return id;
    const roleHolders = this.holdingRole(e.name).filter((p) => p.kind === "person");
    const described = roleHolders.length > 0 ? roleHolders : this.describedInBodyAs(e);
    const beside = described.length > 0 ? described : this.namedBesideHeadNoun(e, headBlock);
    return this.soleHolder(id, beside.length > 0 ? beside : this.agedAheadOfBody(e, headBlock));
  }

  /**
   * `Der 23-Jährige vom K.S.C. holt … „…“, gibt er zu.` in the standfirst, `Als Fabian Hechenberger im
   * Zielschuss …` opening the body: the head describes by an age, which no office decides, the one
   * person the body's first paragraph names, as the body goes on to tell what they did; not one the
   * article gives an office, another age, or a gender the description does not allow.
   */
  private agedAheadOfBody(e: Entity, headBlock: number | undefined): Entity[] {
    if (headBlock === undefined) return [];
    const years = this.contentWords(e.name)
      .map((w) => yearsOfAgeNoun(w, this.rules))
      .find((y) => y !== undefined);
    const ahead = years === undefined ? [] : this.mentions.namedFirstInBody(headBlock);
    if (ahead.length !== 1) return [];
    const { person } = ahead[0]!;
    const age = person.mentions.find((x) => x.age !== undefined)?.age;
    if (age !== undefined && (age < years![0] || age > years![1])) return [];
    if (this.mentions.rolesOf(person.name).length > 0) return [];
    if (descriptionGender(e.gender, this.personGender(person.name)) === "disagrees") return [];
    return [this.entities[this.namedAlone(person.name, "person", headBlock)]!];
  }

  /** The one person a description turned out to mean, which takes its words as a form; `id` failing one. */
  private soleHolder(id: number, holders: readonly Entity[]): number {
    const e = this.entities[id]!;
    if (holders.length !== 1) return id;
    this.addForm(holders[0]!, e.name);
    return holders[0]!.id;
  }

  /**
   * `« On n’a rien lâché », résume le meneur.` in the standfirst, `Malik Fofana` in the body, then
   * `savourait le meneur de 24 ans`: a description the article's head opens with, which the body
   * repeats for one person it named (describedAheadOnly lets the body's description mean them), is that
   * person, though the article gave them no role to hold. The body may write the description longer,
   * with its complement (`salue son directeur sportif` in the standfirst, `Kurt Smets savourait. Le
   * directeur sportif de l’équipe …` in the body; `says its chairwoman`, `the trust’s chairwoman`):
   * the head's words opening one person's description (see roleWords) are that person, when the
   * body's descriptions give them to no one else.
   */
  private describedInBodyAs(e: Entity): Entity[] {
    if (e.introduced === undefined || !this.mentions.inHead(e.introduced.block)) return [];
    const words = this.contentWords(e.name);
    const people = this.byContent
      .get(words.join(" "))
      .map((id) => this.entities[id]!)
      .filter((p) => p.kind === "person");
    if (people.length > 0 || words.length === 0) return people.length === 1 ? people : [];
    const opens = (form: string) => {
      const role = this.roleWords(form);
      return role.length >= words.length && words.every((w, k) => role[k] === w);
    };
    const longer = this.entities.filter(
      (p) =>
        p.kind === "person" &&
        [...p.aliases].some(opens) &&
        descriptionGender(e.gender, this.personGender(p.name)) !== "disagrees",
    );
    return longer.length === 1 ? longer : [];
  }

  /**
   * `« Justice est faite », estime une caféicultrice.` in the standfirst, `Joséphine Ndayishimiye,
   * caféicultrice et mère de six enfants` in the body: a description the article's head opens with,
   * whose noun the body writes beside a name (see namedBesideNoun), though no list holds that noun as
   * an office. The noun is the description's last word before its complement (`a local grazier from
   * …`, `un ancien employé de …`); a person the head's description does not fit by gender is not it.
   */
  private namedBesideHeadNoun(e: Entity, headBlock: number | undefined): Entity[] {
    if (headBlock === undefined) return [];
    const words = writtenWords(e.name);
    const complement = words.findIndex((w, i) => i > 0 && this.rules.prepositions.has(w));
    const noun = words.slice(1, complement < 0 ? undefined : complement).at(-1);
    if (noun === undefined || isFunctionWord(noun, this.rules)) return [];
    const people = this.mentions
      .namedBesideNoun(noun)
      .filter((p) => descriptionGender(e.gender, this.personGender(p.name)) !== "disagrees");
    if (people.length !== 1) return [];
    return [this.entities[this.namedAlone(people[0]!.name, "person", headBlock)]!];
  }

  /**
   * The block of the article's head (headline, standfirst) that brought the entity in, if one did: a
   * description's first block, or that of a name the article writes nowhere else.
   */
  private headBlockOf(e: Entity): number | undefined {
    const block = e.introduced?.block ?? (e.kind === "unnamed" ? undefined : e.lastBlock);
    return block !== undefined && this.mentions.inHead(block) ? block : undefined;
  }

  /**
   * "le ministre de la Défense" names the person whose role is "ministre russe de la Défense":
   * same head noun, and every name in the description also in the role. The description is read as
   * roles are (see roleWords), without its possessor: "the museum’s board of trustees" is a board,
   * not the "museum director".
   */
  private holdsRole(e: Entity, description: string): boolean {
    if (e.kind === "organisation" || this.qualifiedOtherwise(e, description)) return false;
    const words = this.roleWords(description);
    const names = namesIn(description, true, this.rules);
    return this.rolesOf(e.id).some((held) => {
      const role = this.roleWords(held);
      return words.length > 0 && words[0] === role[0] && names.every((w) => role.includes(w));
    });
  }

  /**
   * "glisse la sexagénaire" after "Nathalie Lefebvre et sa voisine, Sabine Coppens, 63 ans,", "said the
   * 81-year-old": a noun of age names the one person near (see peopleNamedBefore) whose age the article
   * wrote and the noun allows (see yearsOfAgeNoun), whoever spoke last: a reporter gives an age to go on
   * calling someone by it. With no such person near, the one such person the article named before,
   * however far back (`Fabrice Lemaire, 47 ans,` in the lede, a paragraph on the prosecutor, then `Le
   * quadragénaire a reconnu …`): the age written is what tells whom it means, not nearness. Two such
   * people, or none, leave the description to the rules after.
   */
  private byWrittenAge(m: Mention, words: readonly string[], block: number): number | undefined {
    const at = m.at;
    if (at === undefined) return undefined;
    const years = words.map((w) => yearsOfAgeNoun(w, this.rules)).find((y) => y !== undefined);
    if (years === undefined) return undefined;
    const [least, most] = years;
    const fitting = (people: readonly PersonEntity[]) =>
      people.filter((person) => {
        const age = person.mentions.find((x) => x.age !== undefined)?.age;
        const gender = this.personGender(person.name);
        return (
          age !== undefined && age >= least && age <= most && !(m.gender && gender && m.gender !== gender)
        );
      });
    const near = fitting(this.mentions.peopleNamedBefore(block, at, true));
    const fits = near.length > 0 ? near : fitting(this.mentions.peopleNamedAnywhereBefore(block, at));
    return fits.length === 1 ? this.namedAlone(fits[0]!.name, "person", block) : undefined;
  }

  /**
   * "O senador criticou …" right after a sentence about Pacheco: a bare definite description
   * means a person just named (earlier in its paragraph, or in the one before) whom it fits, before
   * anyone the article gave that role paragraphs earlier ("o senador Alexandre Saraiva").
   */
  private topicFitting(m: Mention, block: number): number | undefined {
    if (m.at === undefined) return undefined;
    for (const person of this.mentions.peopleNamedBefore(block, m.at)) {
      const gender = this.personGender(person.name);
      const agrees = !m.gender || !gender || m.gender === gender;
      if (!agrees || !this.personFits(person.name, m.name)) continue;
      return this.namedAlone(person.name, "person", block);
    }
    return undefined;
  }

  /**
   * "a raconté la Française", "a reconnu l’Américaine": a reporter names a person just named by where
   * they come from. The description means the paragraph's subject: the first person named in it
   * before the description (failing any, the last named in the paragraph before), whose gender does
   * not disagree and whom the article gave no other origin ("en battant l’Américaine Jo Reed": Jo
   * Reed is not "la Française"). So does a place's name before a noun for who is from it or lives there
   * (originNouns: "admitted the Timmins native", "said the Leeds resident").
   */
  private byOrigin(m: Mention, words: readonly string[], block: number): number | undefined {
    const [origin, ...more] = words;
    const at = m.at;
    if (!m.definite || m.plural || at === undefined || origin === undefined) return undefined;
    if (more.length > 0 ? !this.placeBeforeOriginNoun(m.name, words) : !this.rules.demonyms.has(origin))
      return undefined;
    const gender = this.rules.demonyms.get(origin) ?? m.gender;
    const otherOrigin = (role: string) =>
      this.contentWords(role).some((w) => w !== origin && this.rules.demonyms.has(w));
    const fits = (person: PersonEntity) => {
      const known = this.personGender(person.name);
      return !(gender && known && known !== gender) && !this.mentions.rolesOf(person.name).some(otherOrigin);
    };
    const firstHere = (person: PersonEntity) =>
      person.mentions.find((x) => x.block === block && x.span.start < at)?.span.start ?? Infinity;
    const near = this.mentions.peopleNamedBefore(block, at).filter(fits);
    const subject = near.reduce<PersonEntity | undefined>(
      (best, person) => (best === undefined || firstHere(person) < firstHere(best) ? person : best),
      undefined,
    );
    return subject === undefined ? undefined : this.namedAlone(subject.name, "person", block);
  }

  /** `the Timmins native`, `the New York resident`: capitalised words (a place) before an origin noun. */
  private placeBeforeOriginNoun(description: string, words: readonly string[]): boolean {
    const written = description.split(/\s+/u).slice(1);
    return (
      this.rules.originNouns.has(words.at(-1)!) &&
      written.length === words.length &&
      written.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))
    );
  }

  /**
   * Whether a person's roles fit a bare description: an office ("o senador") the role holds or
   * names the body of ("presidente do Senado"); a noun for any office holder ("o parlamentar",
   * "the lawmaker") someone who holds an office. Any other noun ("la famille") fits no one here.
   */
  private personFits(name: string, description: string): boolean {
    const roles = this.mentions.rolesOf(name);
    const words = this.contentWords(description);
    if (words.length === 1 && this.forAnyOffice(words[0]!))
      return roles.some((role) => this.contentWords(role).some((w) => this.rules.titles.has(w)));
    const offices = words.filter((w) => this.rules.titles.has(w));
    if (offices.length === 0 || this.qualifiedOtherwiseIn(roles, description)) return false;
    return roles.some((role) =>
      offices.every((office) => this.contentWords(role).includes(office) || namesBodyOf(role, office)),
    );
  }

  /**
   * A noun for any office holder ("o parlamentar", "the lawmaker"), alone or as the head of a party's
   * compound, which names the same holder (`die SPD-Politikerin`, `der CDU-Abgeordnete`).
   */
  private forAnyOffice(lower: string): boolean {
    return this.rules.anyOfficeNouns.has(lower.split("-").at(-1)!);
  }

  /**
   * A noun a reporter uses for someone just named: an office (`der Trainer`), a noun for any office
   * holder (`die SPD-Politikerin`), an age (`der 54-Jährige`), or a person's noun or a compound of one
   * (`die Rentnerin`, `der Innenverteidiger`, `der VfL-Trainer`). A noun for anyone (`der Mann`) may be
   * someone new.
   */
  private mayRepeatSomeoneNamed(lower: string): boolean {
    const personNouns = this.rules.personNouns;
    return (
      this.rules.titles.has(lower) ||
      this.forAnyOffice(lower) ||
      this.rules.ageNoun.test(lower) ||
      (personNouns instanceof CompoundMap && personNouns.namesKindOfPerson(lower))
    );
  }

  /**
   * "le diplomate", "the president": a definite description right after a named person's quote. An
   * age alone (`die 29-Jährige`) may also repeat an unnamed person just described (`Eine Bewohnerin
   * der Unterkunft schilderte …`): it names no office that could be someone else's. So may a noun
   * for anyone (`everyoneNouns`) of the unnamed person's own known gender (`una paciente … contó que …`,
   * then `dijo la mujer`): a reporter varies the noun for the one person the paragraph is about.
   */
  private anaphor(m: Mention, block: number): number | null {
    const id = this.recent(block, 1);
    const words = this.contentWords(m.name);
    // Only a description of a person can stand for one: "the police" is not the mayor quoted before.
    if (id === null || !words.some((w) => isPersonNoun(w, this.rules))) return null;
    const e = this.entities[id]!;
    const age = words.length === 1 && this.rules.ageNoun.test(words[0]!);
    const everyone =
      words.length === 1 &&
      this.rules.everyoneNouns.has(words[0]!) &&
      m.gender !== undefined &&
      m.gender === e.gender;
    // Not once the paragraph has named someone (`Die Tochter spielt die Schauspielerin Miriam Gruber …,
    // erzählt die 33-Jährige`): the description may be theirs, which describedAntecedent weighs.
    const namedHere = (at: number) =>
      this.mentions
        .peopleNamedBefore(block, at)
        .some((p) => p.mentions.some((x) => x.block === block && x.span.start < at));
    // Nor where the paragraph gave another person the description's noun or place (`La viceportavoz,
    // Iria Seoane, y la presidenta de la Asociación de Comerciantes, Carmen Lage, …`, then `advirtió la
    // comerciante`; `el alcalde de Mugardos, … junto al alcalde de Ferrol, …`, then `el regidor
    // ferrolano`), or an office the noun covers (`son gardien, Nicolas Berthod`, then `le portier`,
    // officeKinds), among the roles the article gave them or the one they were met under here (a
    // possessive's noun, `son gardien`, which the mentions stage files as no role): which one it
    // means is weighed.
    const covered = this.officesCovered(words);
    const metAs = (name: string) =>
      this.entities
        .filter((x) => x.kind === "person" && x.name === name && x.role !== null)
        .map((x) => x.role!);
    const nounOfAnother = (at: number) =>
      this.mentions
        .peopleNamedBefore(block, at)
        .some(
          (p) =>
            p.name !== e.name &&
            p.mentions.some((x) => x.block === block && x.span.start < at) &&
            [...this.rolesOfCandidate(p), ...metAs(p.name)].some(
              (role) =>
                this.contentWords(role).some(
                  (w) => covered.has(w) || words.some((d) => d === w || oneOfMembers(d, w)),
                ) ||
                this.sameKin(words, this.contentWords(role)) ||
                words.some((d) => !this.isOffice(d) && namesBodyOf(role, d)),
            ),
        );
    const person =
      (e.kind === "person" && (m.at === undefined || !nounOfAnother(m.at))) ||
      ((age || everyone) && e.kind === "unnamed" && !e.plural && (m.at === undefined || !namedHere(m.at)));
    // A noun of one sex (`die Mutter`) is no one whose first name tells the other (`Michael Thielen`),
    // where a determiner's gender may be only the noun's (`le PDG` for a woman).
    const ofOneSex = words.length === 1 && this.rules.personNouns.get(words[0]!) !== undefined;
    const gender = ofOneSex && e.kind === "person" ? this.personGender(e.name) : e.gender;
    // `sagt der Vater` is not who the paragraph introduced as `Sein Sohn`: which of the family it means
    // is weighed (see otherKin).
    const kin = [...this.rolesOf(id), ...(e.role === null ? [] : [e.role])].flatMap((r) =>
      this.contentWords(r),
    );
    return person &&
      (!m.gender || !gender || m.gender === gender) &&
      !this.otherOffice(e, m.name) &&
      !this.otherKin(words, kin)
      ? id
      : null;
  }

  /**
   * The description's words name a relation of kin (`der Vater`) and a person's role words another
   * (`Sohn`), or an order of birth and the role the other (`el menor de los hermanos` is not `el mayor
   * de los tres`): a family sharing a surname is told apart by the relation the article gives each.
   */
  private otherKin(described: readonly string[], roleWords: readonly string[]): boolean {
    return [this.rules.kinshipNouns, this.rules.birthOrderWords].some((named) => {
      const relations = relationsIn(named, described);
      return relations.length > 0 && relationsIn(named, roleWords).some((r) => !relations.includes(r));
    });
  }

  /**
   * The description's words and a person's role words name one relation of kin (`Junior`, `Sohn`), or one
   * order of birth (`l’aîné`, `l’aînée des sœurs`).
   */
  private sameKin(described: readonly string[], roleWords: readonly string[]): boolean {
    return [this.rules.kinshipNouns, this.rules.birthOrderWords].some((named) => {
      const relations = relationsIn(named, described);
      return relationsIn(named, roleWords).some((r) => relations.includes(r));
    });
  }

  /** The relations of kin the words name (kinshipNouns). */
  private kinOf(words: readonly string[]): string[] {
    return relationsIn(this.rules.kinshipNouns, words);
  }

  /**
   * "la vicepresidenta" is not who the article called "la periodista": the description names an office her
   * role lacks, or qualifies the office otherwise (see qualifiedOtherwise).
   */
  private otherOffice(e: Entity, description: string): boolean {
    const words = this.contentWords(description);
    // "el jefe de Estado" names the president's office in other words.
    const epithets = this.epithetOrOwnWords(words);
    const office = epithets[0] ?? words.find((w) => this.rules.titles.has(w));
    // "el oficial" names the offices it covers (officeKinds), the coronel's or the teniente's.
    const covered = this.officesCovered([...words, ...epithets]);
    // "o senador" is the relator "no Senado": a role may name the body the office sits in.
    const holds = (role: string) =>
      this.contentWords(role).some((w) => w === office || epithets.includes(w) || covered.has(w)) ||
      (office !== undefined && namesBodyOf(role, office));
    if ((office !== undefined || covered.size > 0) && e.role !== null && !holds(e.role)) return true;
    return this.qualifiedOtherwise(e, description);
  }

  /**
   * `La direction « regrette » un mouvement qu’elle juge « … »`: where nouns have a gender, a
   * gendered pronoun may stand for a body of its gender that spoke in its own sentence, as a clause
   * about the body goes on, or that spoke last, in the sentence before (`La direction évoque « … ».
   * Elle assure que …`), as the next sentence goes on about it; a body further back is for "it"
   * and its kind only. So may a body named as the subject of the sentence before (`Die
   * Kantonspolizei hat Ermittlungen aufgenommen. In einer Mitteilung schreibt sie, …`).
   */
  private bodyOfSentence(m: Mention, e: Entity, touched: number): boolean {
    const before = touched === this.sentence - 1;
    const goesOn = this.lastSpeaker === e.id || this.subjectIn.get(e.id) === touched;
    const inSight = touched === this.sentence || (before && goesOn);
    return e.kind === "organisation" && inSight && m.gender !== undefined && e.gender === m.gender;
  }

  /**
   * A pronoun's candidate's gender: as their mentions showed it, or, for a person none gave one,
   * as their first name tells it (givenNames.ts).
   */
  private referentGender(e: Entity): Gender | undefined {
    return e.gender ?? (e.kind === "person" ? givenNameGender(e.name) : undefined);
  }

  /**
   * « Le conseiller d’État, Pierre-Alain Jotterand, et le président de la Société vaudoise de médecine,
   * Jean-Marc Python, se sont rencontrés. Le premier promet « … ». Le second juge … », "the former",
   * „Letzterer“: a pronoun counting the people named before it means one of them by its order, not
   * whoever the scores of the other pronouns favour. The first or the second is counted in the nearest
   * sentence naming two people its gender allows, in its paragraph or the one before (someone named alone
   * since is no one of the pair), or, where the pair is named one sentence each (`X a perdu quatre
   * génisses. Son voisin Y s’est fait voler un taureau. « … », raconte le premier.`), across the sentences
   * naming them; the last (« ce dernier ») is the person its gender allows named last. Null when no one
   * is counted there: the pronoun is then scored as any other.
   */
  private countedAntecedent(m: Mention, block: number): number | null {
    if (m.order === undefined || m.at === undefined) return null;
    // Not a name someone holds office in (`El alcalde de Miranda del Castañar, X, y el de Sequeros, Y`):
    // a place or a body the names stage read as a person, which is no one counted.
    const allowed = (person: PersonEntity) => {
      const gender = this.personGender(person.name);
      return (
        (m.gender === undefined || gender === undefined || gender === m.gender) &&
        this.mentions.officesIn(person.name).length === 0
      );
    };
    const sentences = this.mentions
      .peopleBySentenceBefore(block, m.at)
      .map((people) => people.filter(allowed));
    const person =
      m.order === "last"
        ? sentences.find((people) => people.length > 0)?.at(-1)
        : this.countedPair(sentences)?.[m.order === "first" ? 0 : 1];
    return person === undefined ? null : this.namedAlone(person.name, "person", block);
  }

  /**
   * The two people a pronoun counting them means, read back sentence by sentence (nearest first): the
   * first sentence that brings two people into sight names the pair if it names two itself; if it names
   * one, the pair is that person and the one named since, in reading order. Undefined when no two are.
   */
  private countedPair(sentences: PersonEntity[][]): PersonEntity[] | undefined {
    let since: PersonEntity | undefined;
    for (const people of sentences) {
      if (people.length > 1) return people;
      const person = people[0];
      if (person === undefined) continue;
      if (since === undefined) since = person;
      else if (person !== since) return [person, since];
    }
    return undefined;
  }

  /**
   * The speaker a pronoun stands for, among the last PRONOUN_REACH mentioned that its number
   * allows: the best scored by pronouns.ts (who spoke last, how far back, subject or not,
   * gender). The candidates are kept in `lastReferents` for explain.
   */
  private antecedent(m: Mention, block: number): number | null {
    const counted = this.countedAntecedent(m, block);
    if (counted !== null) {
      this.lastReferents = [];
      return counted;
    }
    this.meetSubjectBody(m);
    const pluralToo = this.rules.pronouns.get(m.name.toLowerCase())?.pluralToo === true;
    const candidates = [];
    const reachable = [];
    let reach = PRONOUN_REACH;
    for (const touch of this.byRecencyAll()) {
      if (reach-- === 0) break;
      const e = this.entities[touch.id]!;
      // "they" for people or a body, "he" and "elle" for one person, "it" for a body or a document;
      // German „sie“ for one woman or a group (see pluralToo).
      const number = m.plural
        ? e.plural || e.kind === "organisation"
        : m.kind === "organisation"
          ? e.kind === "organisation"
          : (e.kind !== "organisation" && (!e.plural || pluralToo)) ||
            this.bodyOfSentence(m, e, touch.sentence);
      // « Lui s’en défend »: the stressed pronoun turns from whoever was just quoted to someone else.
      if (!number || (m.contrastive && touch.id === this.lastSpeaker)) continue;
      reachable.push({ touch, e });
    }
    // A first name's gender counts for the pronoun only where every candidate's gender is known
    // (`Der Stadtrat hat … angenommen. Baubürgermeister Matthias Lindner verteidigte … „…“, sagte
    // er.`): no list holds every first name, and a listed name would otherwise beat each unlisted
    // one by its gender alone. A first name of the other gender rules its person out everywhere.
    const firstNamesTell = reachable.every(({ e }) => this.referentGender(e) !== undefined);
    for (const { touch, e } of reachable) {
      const byName = genderMatch(m.gender, this.referentGender(e));
      const features = {
        lastSpeaker: this.lastSpeaker === touch.id,
        paragraphSpeaker: this.spokeIn.get(touch.id) === block,
        sentencesBack: this.sentence - touch.sentence,
        notSubject: touch.notSubject,
        gender: firstNamesTell || byName === "disagrees" ? byName : genderMatch(m.gender, e.gender),
        introducedBefore: this.introduced?.id === touch.id && this.introduced.sentence >= this.sentence - 1,
      };
      candidates.push({ referent: touch.id, features });
    }
    const scored = (this.lastReferents = scoreReferents(candidates));
    const id = bestReferent(scored);
    // The pronoun tells its person's gender only when no one else in sight could be meant.
    const inSight = scored.filter((c) => c.features.sentencesBack <= GENDER_SIGHT);
    const unambiguous = inSight.filter((c) => c.features.gender !== "disagrees").length === 1;
    if (id !== null && m.gender && !m.plural && unambiguous) this.entities[id]!.gender ??= m.gender;
    return id;
  }
}

/** The relations the words name, by a lexicon's map of words to relations (kinshipNouns, birthOrderWords). */
function relationsIn(named: ReadonlyMap<string, string>, words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const relation = named.get(w);
    return relation === undefined ? [] : [relation];
  });
}
