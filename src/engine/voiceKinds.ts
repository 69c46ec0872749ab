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

function entryMatches(entry: string, word: string): boolean {
  if (entry.startsWith(EXACT)) return word === entry.slice(EXACT.length);
  if (entry.startsWith(INSIDE)) return word.includes(entry.slice(INSIDE.length));
  return word.startsWith(entry);
}

/**
 * The part of a compound word that decides its kind: the word from the start of its last part
 * listed under any kind, which is its head or nearest to it ("polizeireporter" → "reporter", a
 * reporter on the police beat; "bundesinnenministerin" → "ministerin"; "klimaforscherin" →
 * "forscherin"). A title is no such part: "Gewerkschaftsvorsitzende" is the union's, and
 * "Polizeisprecher" the police's. A word with no later part is itself.
 */
export function compoundHead(word: string, entries: readonly string[]): string {
  let from = 0;
  let to = -1;
  for (const entry of entries) {
    if (entry.startsWith(TITLE)) continue;
    const inside = entry.startsWith(INSIDE);
    const part = inside || entry.startsWith(EXACT) ? entry.slice(1) : entry;
    const at = inside ? word.lastIndexOf(part) : entryMatches(entry, word) ? 0 : -1;
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

/** The first word (in the description's order) that an entry of `kind` matches, with titles or without. */
function wordOfKind(
  words: readonly string[],
  entries: readonly string[],
  titles: boolean,
): string | undefined {
  const wanted = entries.filter((entry) => entry.startsWith(TITLE) === titles);
  const bare = wanted.map((entry) => (titles ? entry.slice(TITLE.length) : entry));
  return words.find((word) => bare.some((entry) => entryMatches(entry, word)));
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
function titleBody(role: string, titles: readonly string[], rules: BodyRules): string[] {
  const words = lowerWords(role);
  const at = words.findIndex((word) => titles.some((title) => entryMatches(title, word)));
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
  lexicon: LanguageRules["voiceKinds"],
  kinds: readonly DecidedVoiceKind[],
  rules: BodyRules,
): VoiceDecision | undefined {
  const titles = kinds.flatMap((kind) =>
    lexicon[kind].filter((e) => e.startsWith(TITLE)).map((e) => e.slice(1)),
  );
  for (const role of speaker.roles) {
    const body = titleBody(role, titles, rules);
    for (const voice of kinds) {
      const word = wordOfKind(body, lexicon[voice], false);
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
  // A country that speaks is its government: "La Chine a appelé à la retenue".
  const country = speaker.kind !== "person" ? countryNamed(speaker.name, rules) : null;
  if (country !== null) return { voice: "official", word: country };
  // A news agency or broadcaster quoted by its name, whatever kind of name the engine took it for.
  const outlet = newsOrganisationNamed(speaker.name, rules);
  if (outlet !== null) return { voice: "media", word: outlet };
  // A person is never a document, whatever their role mentions ("author of the report").
  const kinds = VOICE_PRIORITY.filter((kind) => kind !== "document" || speaker.kind !== "person");
  const lexicon = kindsWithNewsOrganisations(rules.voiceKinds);
  const entries = VOICE_PRIORITY.flatMap((kind) => lexicon[kind]);
  const heads = (pool: string[]) => pool.map((word) => compoundHead(word, entries));
  const words = heads(descriptionWords(speaker));
  const body = titleBodyVoice(speaker, lexicon, kinds, rules);
  if (body !== undefined) return body;
  for (const pool of [heads(occupations(speaker, rules)), words])
    for (const voice of kinds) {
      const word = wordOfKind(pool, lexicon[voice], false);
      if (word !== undefined) return { voice, word };
    }
  // Of several titles, the first written is the office ("chief executive officer" an executive's).
  for (const word of words) {
    const voice = kinds.find((kind) => wordOfKind([word], lexicon[kind], true) !== undefined);
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

type NameRules = Pick<LanguageRules, "code" | "determiners">;

/**
 * The name's forms, lower case, less its determiner ("Les États-Unis" → "états-unis"): as
 * written, and less an elided determiner written onto it ("l’AFP" → "afp").
 */
function bareName(name: string, rules: NameRules): string[] {
  const words = name.toLocaleLowerCase(rules.code).split(/\s+/u);
  const bare = (rules.determiners.has(words[0] ?? "") ? words.slice(1) : words).join(" ");
  // "l’Allemagne": an elided determiner is written onto the name.
  const unelided = bare.replace(/^[\p{L}]{1,2}['’]/u, "");
  return [bare, unelided];
}

/** The first of the name's bare forms that `names` holds, or null. */
function named(name: string, names: ReadonlySet<string>, rules: NameRules): string | null {
  return bareName(name, rules).find((form) => names.has(form)) ?? null;
}

/** The country the name is, or null. */
const countryNamed = (name: string, rules: NameRules) => named(name, countryNames(rules.code), rules);

/** The news agency or broadcaster the name is ("Reuters", "l’AFP"), or null. */
const newsOrganisationNamed = (name: string, rules: NameRules) => named(name, newsOrganisations, rules);
