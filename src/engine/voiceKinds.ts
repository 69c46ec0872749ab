// What kind of voice a speaker is: officials and politicians, institutions and companies,
// experts and researchers, people affected or witnesses, journalists and media, documents and
// statements — or unknown. Decided only from what the article says of the speaker (its role, and
// for an organisation or an unnamed source its name, which is itself a description), with the
// deciding words in the language lexicons (`voiceKinds`). A speaker the article describes with
// no deciding word is "unknown": never guessed from a name.
import type { LanguageRules } from "./lang/types.ts";
import { countryNames } from "./lang/countries.ts";
import { newsOrganisations } from "./lang/newsOrganisations.ts";
import type { DecidedVoiceKind, Speaker, VoiceKind } from "./types.ts";

/**
 * Which kind wins when a description has words of several (after what the person is, see
 * decideVoice): a document quoted is the voice
 * whoever wrote it ("a statement from the ministry"); an expertise or an office says more than
 * where it is held ("economist at a bank", "official in the agency"); a body speaks for the
 * people it groups ("president of the tenants' association"); media come last, as they are most
 * often whom someone spoke to ("a witness told the newspaper").
 */
export const VOICE_PRIORITY: readonly DecidedVoiceKind[] = [
  "document",
  "expert",
  "official",
  "institution",
  "affected",
  "media",
];

/** Every kind of voice, in the order lists show them: the decided ones, then "unknown". */
export const VOICE_KINDS: readonly VoiceKind[] = [
  "official",
  "institution",
  "expert",
  "affected",
  "media",
  "document",
  "unknown",
];

/** Lexicon entry marks: "=rep" matches that word only, "*minister" also inside a compound. */
const EXACT = "=";
const INSIDE = "*";
/**
 * A title ("~president", "~director") decides only when no other word does: the president of a
 * union speaks for the union, a president alone is an official.
 */
const TITLE = "~";

export interface VoiceDecision {
  voice: VoiceKind;
  /** The word of the description that decided it, or null when none did (unknown). */
  word: string | null;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A lexicon entry, read once: its letters, how they match a word, and whether it is a title. */
interface Entry {
  part: string;
  /** "exact": the word is the part; "inside": the word holds it; "start": the word begins with it. */
  match: "exact" | "inside" | "start";
  title: boolean;
}

function readEntry(written: string): Entry {
  const title = written.startsWith(TITLE);
  const entry = title ? written.slice(TITLE.length) : written;
  if (entry.startsWith(EXACT)) return { part: entry.slice(EXACT.length), match: "exact", title };
  if (entry.startsWith(INSIDE)) return { part: entry.slice(INSIDE.length), match: "inside", title };
  return { part: entry, match: "start", title };
}

/**
 * Entries by how they match, so that a word is looked up rather than tried on every entry: its
 * whole among the exact parts, its beginnings among the start parts, and only the inside parts
 * searched for in it. Every speaker's every word is asked about each kind of voice.
 */
class Entries {
  readonly exact: ReadonlySet<string>;
  readonly starts: ReadonlySet<string>;
  /** The shortest and the longest start part: a word's beginnings are looked up between them. */
  readonly shortestStart: number;
  readonly longestStart: number;
  readonly inside: readonly string[];

  constructor(entries: readonly Entry[]) {
    const parts = (match: Entry["match"]) => entries.filter((e) => e.match === match).map((e) => e.part);
    const starts = parts("start");
    this.exact = new Set(parts("exact"));
    this.starts = new Set(starts);
    this.shortestStart = Math.min(...starts.map((part) => part.length));
    this.longestStart = Math.max(0, ...starts.map((part) => part.length));
    this.inside = parts("inside");
  }

  /** Whether some entry matches the word: is it, begins it, or is inside it. */
  matches(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (let length = Math.min(word.length, this.longestStart); length >= this.shortestStart; length--)
      if (this.starts.has(word.slice(0, length))) return true;
    return this.inside.some((part) => word.includes(part));
  }
}

/** A lexicon read once per language: each kind's entries, without titles and titles alone. */
interface ReadLexicon {
  plain: Record<DecidedVoiceKind, Entries>;
  titles: Record<DecidedVoiceKind, Entries>;
  /** Every kind's entries but titles: the parts a compound's head is among. */
  heads: Entries;
}

// Read lexicons, one per lexicon object: they are the languages' fixed words, not a page's.
const readLexicons = new WeakMap<LanguageRules["voiceKinds"], ReadLexicon>();

function readLexicon(lexicon: LanguageRules["voiceKinds"]): ReadLexicon {
  let read = readLexicons.get(lexicon);
  if (read) return read;
  const plain = {} as Record<DecidedVoiceKind, Entries>;
  const titles = {} as Record<DecidedVoiceKind, Entries>;
  const heads: Entry[] = [];
  for (const kind of VOICE_PRIORITY) {
    const entries = lexicon[kind].map(readEntry);
    const notTitles = entries.filter((entry) => !entry.title);
    plain[kind] = new Entries(notTitles);
    titles[kind] = new Entries(entries.filter((entry) => entry.title));
    heads.push(...notTitles);
  }
  read = { plain, titles, heads: new Entries(heads) };
  readLexicons.set(lexicon, read);
  return read;
}

/**
 * The part of a compound word that decides its kind: the word from the start of its last part
 * listed under any kind, which is its head or nearest to it ("polizeireporter" → "reporter", a
 * reporter on the police beat; "bundesinnenministerin" → "ministerin"; "klimaforscherin" →
 * "forscherin"). A title is no such part: "Gewerkschaftsvorsitzende" is the union's, and
 * "Polizeisprecher" the police's. A word with no later part is itself.
 */
export function compoundHead(word: string, lexicon: LanguageRules["voiceKinds"]): string {
  const { exact, starts, longestStart, inside } = readLexicon(lexicon).heads;
  // A word listed whole is its own head: no part ends later, nor starts sooner.
  if (exact.has(word)) return word;
  // Of the entries the word begins with, the longest ends last.
  let to = Math.min(word.length, longestStart);
  while (to > 0 && !starts.has(word.slice(0, to))) to--;
  let from = 0;
  for (const part of inside) {
    const at = word.lastIndexOf(part);
    if (at < 0) continue;
    const end = at + part.length;
    // The part ending last is the head; of two ending together, the longer says more.
    if (end > to || (end === to && at < from)) [from, to] = [at, end];
  }
  return word.slice(from);
}

/** The one-word names of news organisations, as exact media entries: "npr" of "NPR's". */
const NEWS_ORGANISATION_WORDS = [...newsOrganisations]
  .filter((name) => !/\s/u.test(name))
  .map((n) => EXACT + n);

const withNewsOrganisations = new WeakMap<LanguageRules["voiceKinds"], LanguageRules["voiceKinds"]>();

/** The lexicon's kinds, with the news organisations' names among the media words. */
function kindsWithNewsOrganisations(kinds: LanguageRules["voiceKinds"]): LanguageRules["voiceKinds"] {
  let extended = withNewsOrganisations.get(kinds);
  if (!extended) {
    extended = { ...kinds, media: [...kinds.media, ...NEWS_ORGANISATION_WORDS] };
    withNewsOrganisations.set(kinds, extended);
  }
  return extended;
}

/** The first word (in the description's order) that one of `entries` matches. */
function wordOfKind(words: readonly string[], entries: Entries): string | undefined {
  // An empty list is an array of another kind (small integers) than a list of words: left out here, it
  // never reaches `find`, whose optimised code then sees one array kind and stays.
  if (words.length === 0) return undefined;
  return words.find((word) => entries.matches(word));
}

/**
 * What the article says of a speaker: its name, the other forms it goes by, every role it is
 * given, and where it speaks from when those say nothing (the roles of the people its
 * description names, "un proche de Pierre Roussel", or the body a bare post belongs to): asked
 * only then, as finding it may read the whole article's entities.
 */
export type DescribedSpeaker = Pick<Speaker, "name" | "aliases" | "kind"> & {
  roles: readonly string[];
  speaksFrom?: () => readonly string[];
};

/**
 * The words of what the article says of the speaker: its roles, the words of the other forms it is
 * named by that are not its name ("président" and "russe" of "le président russe" for Vladimir
 * Poutine), and the name itself when the name is a description (an organisation, an unnamed
 * source). A person's name decides nothing: a surname can be a role word (Judge, Fisher).
 */
function descriptionWords(speaker: DescribedSpeaker): string[] {
  const nameWords = lowerWords(speaker.name);
  const aliasWords = speaker.aliases.flatMap(lowerWords).filter((word) => !nameWords.includes(word));
  return [
    ...speaker.roles.flatMap(lowerWords),
    ...aliasWords,
    ...(speaker.kind === "person" ? [] : nameWords),
  ];
}

const lowerWords = (text: string): string[] => text.toLocaleLowerCase().match(WORD) ?? [];

/** Words with their inner hyphens kept: "aide-soignante", "porte-parole". */
const HYPHENATED = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * What the person is, in each role: its first person noun ("nurse" of "nurse at the county
 * hospital", "présidente" of "présidente de l’association des riverains", not "riverains"), in
 * its words. A hyphenated noun may be listed whole ("aide-soignante" → "aide", "soignante") or
 * by one of its parts ("ex-ministre" → "ministre").
 */
function occupations(speaker: DescribedSpeaker, rules: Pick<LanguageRules, "personNouns">): string[] {
  return speaker.roles.flatMap((role) => {
    for (const word of role.toLocaleLowerCase().match(HYPHENATED) ?? []) {
      if (rules.personNouns.has(word)) return lowerWords(word);
      const part = lowerWords(word).find((w) => rules.personNouns.has(w));
      if (part !== undefined) return [part];
    }
    return [];
  });
}

type BodyRules = Pick<LanguageRules, "prepositions" | "determiners">;

/**
 * The words of the body a title is held in, in a role that gives one: the words after the title's
 * preposition and article ("president of the Tenants Union chapter at …" → "tenants union
 * chapter"), or, when the title ends the role, the body written before it, up to its own
 * complement ("American Federation of Government Employees President" → "american federation").
 * Either runs up to the next preposition, as what follows it qualifies the body ("of Government
 * Employees" are whom a federation groups, "at the department" where a chapter sits).
 */
function titleBody(role: string, titles: readonly Entries[], rules: BodyRules): string[] {
  const words = lowerWords(role);
  const at = words.findIndex((word) => titles.some((entries) => entries.matches(word)));
  if (at < 0) return [];
  const upToPreposition = (body: string[]) => {
    const end = body.findIndex((word) => rules.prepositions.has(word));
    return end < 0 ? body : body.slice(0, end);
  };
  if (at === words.length - 1) return upToPreposition(words.slice(0, at));
  const joins = (word: string | undefined) =>
    word !== undefined && (rules.prepositions.has(word) || rules.determiners.has(word));
  let from = at + 1;
  if (!joins(words[from])) return [];
  while (joins(words[from])) from++;
  return upToPreposition(words.slice(from));
}

/**
 * The kind of the body a title is held in, from the words of its name, by VOICE_PRIORITY: the
 * people a body groups rank below the body ("National Treasury Employees Union chapter" → union,
 * whatever "Employees" says), an office of government above it ("Senate Banking Committee").
 * Undefined when no role names such a body.
 */
function titleBodyVoice(
  speaker: DescribedSpeaker,
  lexicon: ReadLexicon,
  kinds: readonly DecidedVoiceKind[],
  rules: BodyRules,
): VoiceDecision | undefined {
  const titles = kinds.map((kind) => lexicon.titles[kind]);
  for (const role of speaker.roles) {
    const body = titleBody(role, titles, rules);
    for (const voice of kinds) {
      const word = wordOfKind(body, lexicon.plain[voice]);
      if (word !== undefined) return { voice, word };
    }
  }
  return undefined;
}

/**
 * The speaker's kind of voice, and the word that decided it. The body a title is held in decides
 * first: its president or head speaks as that body. Then what a person is decides before
 * where they are ("a nurse at the hospital" is affected, "a student at the university" no
 * expert); then any word of the description; a title ("president") only when nothing else does,
 * the first written of several; and last where the speaker speaks from (see DescribedSpeaker).
 */
export function decideVoice(
  speaker: DescribedSpeaker,
  rules: Pick<LanguageRules, "voiceKinds" | "code" | "determiners" | "personNouns" | "prepositions">,
): VoiceDecision {
  const nameForms = bareName(speaker.name, rules);
  // A country that speaks is its government: "La Chine a appelé à la retenue".
  const country = speaker.kind !== "person" ? formIn(nameForms, countryNames(rules.code)) : null;
  if (country !== null) return { voice: "official", word: country };
  // A news agency or broadcaster quoted by its name, whatever kind of name the engine took it for.
  const outlet = formIn(nameForms, newsOrganisations);
  if (outlet !== null) return { voice: "media", word: outlet };
  // A person is never a document, whatever their role mentions ("author of the report").
  const kinds = VOICE_PRIORITY.filter((kind) => kind !== "document" || speaker.kind !== "person");
  const withNews = kindsWithNewsOrganisations(rules.voiceKinds);
  const lexicon = readLexicon(withNews);
  const body = titleBodyVoice(speaker, lexicon, kinds, rules);
  if (body !== undefined) return body;
  // Pushed, not mapped: `map` in optimised code makes a holey array, in the interpreter a packed one, and
  // wordOfKind, handed both, was optimised and thrown away again; pushing makes a packed one in both.
  const heads = (pool: readonly string[]) => {
    const headWords: string[] = [];
    for (const word of pool) headWords.push(compoundHead(word, withNews));
    return headWords;
  };
  const words = heads(descriptionWords(speaker));
  for (const pool of [heads(occupations(speaker, rules)), words])
    for (const voice of kinds) {
      const word = wordOfKind(pool, lexicon.plain[voice]);
      if (word !== undefined) return { voice, word };
    }
  // Of several titles, the first written is the office ("chief executive officer" an executive's).
  for (const word of words) {
    const voice = kinds.find((kind) => wordOfKind([word], lexicon.titles[kind]) !== undefined);
    if (voice !== undefined) return { voice, word };
  }
  // Someone close to a person, that the description says nothing more of, speaks from where that
  // person stands: "un proche du ministre" is an official voice, and so is "un proche de Pierre
  // Roussel" once the article has said Pierre Roussel is a minister; a spokesman, for the body.
  const from = speaker.speaksFrom?.() ?? [];
  if (from.length > 0) return decideVoice({ name: "", aliases: [], kind: "person", roles: from }, rules);
  // Not even a named organisation is guessed: a party's initials or a brand name a party as
  // often as a company.
  return { voice: "unknown", word: null };
}

type NameRules = Pick<LanguageRules, "determiners">;

/**
 * The name's forms, lower case, less its determiner ("Les États-Unis" → "états-unis"): as
 * written, and less an elided determiner written onto it ("l’AFP" → "afp").
 */
function bareName(name: string, rules: NameRules): string[] {
  // Lowered as the engine lowers every word (Token.lower): none of its languages lowers letters
  // otherwise, and a locale named on every call costs a look-up of its rules.
  const words = name.toLowerCase().split(/\s+/u);
  const bare = (rules.determiners.has(words[0] ?? "") ? words.slice(1) : words).join(" ");
  // "l’Allemagne": an elided determiner is written onto the name.
  const unelided = bare.replace(/^[\p{L}]{1,2}['’]/u, "");
  return [bare, unelided];
}

/** The first of the name's bare forms (see bareName) that `names` holds, or null. */
function formIn(forms: readonly string[], names: ReadonlySet<string>): string | null {
  return forms.find((form) => names.has(form)) ?? null;
}
