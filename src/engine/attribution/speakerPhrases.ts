// Reads the noun phrase that names a speaker next to a speech verb: after it when inverted
// ("a déclaré mardi le conseiller Jake Sullivan", "said Jake Sullivan, the adviser"), before it
// otherwise ("Le porte-parole du Kremlin, Dmitri Peskov, a déclaré", "Sullivan said"), and
// tells a name, a pronoun and a description apart.
import type { SpeakerKind } from "../types.ts";
import type { Gender, LanguageRules, PronounInfo } from "../lang/types.ts";
import {
  ACRONYM,
  AGE,
  agedAfter,
  agedAppositionAfter,
  agedComplementEnd,
  findTokenIn,
  isBodyAcronym,
  isCapitalised,
  isWord,
  opensSentence,
  pairedBracket,
  QUOTATION_MARK,
  type Sentence,
  type Token,
  readOncePerStretch,
  type StretchReadings,
} from "./tokens.ts";
import {
  functionWordOpensName,
  bodyFieldEnd,
  commaInBodyName,
  placeNameArticleAt,
  conjunctionInBodyName,
  suspendedCompoundAt,
  bodyFieldAround,
  endsOnBodyNoun,
  conjunctionInPortfolio,
  dashInBodyName,
  endsSourcePhrase,
  isAdjective,
  isDictionaryWord,
  isPersonRun,
  namesPersonBarPreposition,
  joinsPlaceList,
  listConjunctions,
  mayOpenNameRun,
  nameRuns,
  numberOfUnit,
  officeAfter,
  relativeAfter,
  insideBodyField,
  tokensText,
  type NameRun,
} from "./names.ts";
import {
  documentSubjectBefore,
  documentSubjectOf,
  hasAdverbEnding,
  isFunctionWord,
  isPersonNoun,
  isPluralPersonNoun,
  opensComplement,
  pluralAfterDeterminer,
} from "../lang/lexicon.ts";
import { appositionBefore } from "../mentions/roles.ts";
import { isGivenName } from "../lang/givenNames.ts";

export type { Sentence };

/**
 * A speaker's phrase in a sentence, in one shape: every field present (those it lacks undefined),
 * made by makeMention only.
 */
export interface Mention {
  type: "pronoun" | "name" | "description";
  /** The phrase as written. */
  text: string;
  /** For a name: the name without titles; for a description: the description with its determiner. */
  name: string;
  /** For a name: how it is written with its honorific or title ("M. Sullivan"), kept as an alias. */
  written: string | undefined;
  role: string | null;
  kind: SpeakerKind;
  gender: Gender | undefined;
  plural: boolean | undefined;
  /** A description opened by a definite determiner ("le ministre"), which may refer back to someone named. */
  definite: boolean | undefined;
  /**
   * The sentence shows the name is someone's (`For Maisie, …`): worth remembering though a lone first name.
   */
  known: boolean | undefined;
  /**
   * A preposition governs the name (`Samen met vicepremier X`, `with X at her side`): the person is
   * not the sentence's subject, and less likely what its next pronoun means.
   */
  afterPreposition: boolean | undefined;
  /** A stressed pronoun opening its sentence (« Lui s’en défend »): never the last speaker. */
  contrastive: boolean | undefined;
  /** A pronoun that counts the people named before it (« le premier », "the latter"): which one it means. */
  order: PronounInfo["order"] | undefined;
  /**
   * The age written after a description, left out of its name (`a raconté l’attaquant de 18 ans,`):
   * it describes by age as an age noun does (`le quinquagénaire`).
   */
  age: number | undefined;
  /**
   * For a pronoun, a description or a name: where it stands in its block's text, to find the
   * entity the mentions stage linked it to, or the person a shared surname shortens.
   */
  at: number | undefined;
}

/** What makeMention needs: the fields a mention has, those it may lack left out. */
export type MentionFields = Omit<Mention, OptionalField> & Partial<Pick<Mention, OptionalField>>;
type OptionalField =
  | "written"
  | "gender"
  | "plural"
  | "definite"
  | "known"
  | "afterPreposition"
  | "contrastive"
  | "order"
  | "age"
  | "at";

/**
 * A mention, made in this one place with every field (those it lacks undefined), and its copies
 * (`makeMention({ ...m, known: true })`) field by field: attribution's readers (named, decideVoice,
 * antecedent, genderOf…) meet mentions from many makers, and each further shape met late makes the
 * engine compile them again.
 */
export function makeMention(m: MentionFields): Mention {
  return {
    type: m.type,
    text: m.text,
    name: m.name,
    written: m.written,
    role: m.role,
    kind: m.kind,
    gender: m.gender,
    plural: m.plural,
    definite: m.definite,
    known: m.known,
    afterPreposition: m.afterPreposition,
    contrastive: m.contrastive,
    order: m.order,
    age: m.age,
    at: m.at,
  };
}

const MAX_PHRASE = 16;
const isComma = (t: Token | undefined) => t?.kind === "punct" && t.text === ",";
const isDigit = (t: Token) => /^\p{N}/u.test(t.text);

export function isPronoun(t: Token | undefined, rules: LanguageRules): boolean {
  return isWord(t) && rules.pronouns.has(t.lower) && !t.impersonal;
}

/**
 * An adverb, from the lexicon or by its ending, unless a determiner makes it a noun or a
 * pronoun ("le gouvernement", "the assembly", "ce dernier"). A noun the lexicon knows for a person
 * or a body is none by its ending either: `a friend of the Park family said`.
 */
function isAdverb(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const t = tokens[i]!;
  const before = tokens[i - 1]?.lower ?? "";
  // So does a preposition carrying the article (`complementArticles`): `la limpieza del domingo`.
  if (rules.determiners.has(before) || rules.complementArticles.has(before)) return false;
  if (rules.adverbs.has(t.lower)) return true;
  return (
    !isCapitalised(t) &&
    hasAdverbEnding(t.lower, rules) &&
    !rules.prepositions.has(before) &&
    !knownNoun(rules, t)
  );
}

/** A single-word speech verb at token i, not a noun or an adjective that shares its form. */
export function isSpeechVerb(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  return (
    isWord(t) &&
    (!isCapitalised(t) || opensWithoutSubject(s, i)) &&
    (s.rules.speechVerbs.has(t.lower) ||
      closesOnOwnParticle(s, i) ||
      governedInfinitive(s, i) !== null ||
      documentSubjectOf(s.tokens, i, s.rules) !== undefined ||
      takenUpDocumentSpeaks(s, i)) &&
    !isNoun(s, i) &&
    !(s.rules.participles.has(t.lower) && !hasAuxiliaryBefore(s, i)) &&
    !closesOnOtherParticle(s, i) &&
    !middleVoice(s, i)
  );
}

/**
 * `It attributed the fall to “…”`: a document verb whose subject, right before it past its auxiliaries,
 * is a pronoun that stands only for a body or a document, the one the sentence before spoke of (the
 * pronoun's antecedent is met as any other's). Attribution only: the pronoun alone does not make a span
 * in marks the document's words (`It shows “a man in a balaclava”` of footage).
 */
function takenUpDocumentSpeaks(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  if (!rules.documentSpeech.verbs.has(tokens[i]!.lower)) return false;
  let k = i - 1;
  while (rules.auxiliaries.has(tokens[k]?.lower ?? "")) k--;
  return rules.pronouns.get(tokens[k]?.lower ?? "")?.organisation === true;
}

/**
 * `el fenómeno se explica por «…»`, `le phénomène s’explique par « … »`: a reflexive clitic right before
 * the verb and its passive agent right after make a middle voice ("is explained by"): the subject is
 * what the words account for, no speaker, and the agent is a cause.
 */
function middleVoice(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const clitic = tokens[i - 1];
  return (
    isWord(clitic) &&
    rules.reflexiveClitics.has(clitic.lower.replace(/['’]$/u, "")) &&
    rules.passiveAgents.has(tokens[i + 1]?.lower ?? "")
  );
}

/** The last word of the clause a detached verb at token i opens: before its first `. , ; : ! ?`, if any. */
function clauseLastWord(s: Sentence, i: number): string | undefined {
  const { tokens } = s;
  let k = i + 1;
  while (k < tokens.length && !(tokens[k]!.kind === "punct" && /^[.,;:!?]$/u.test(tokens[k]!.text))) k++;
  const last = tokens[k - 1];
  return k > i + 1 && isWord(last) ? last.lower : undefined;
}

/**
 * `Die Projekte wiesen „erhebliche Mängel“ auf`: a detached speech verb whose clause closes on another
 * verb's particle (see `otherVerbParticles`).
 */
function closesOnOtherParticle(s: Sentence, i: number): boolean {
  const own = s.rules.detachedVerbParticles.get(s.tokens[i]!.lower);
  if (own === undefined) return false;
  const last = clauseLastWord(s, i);
  return last !== undefined && !own.has(last) && s.rules.otherVerbParticles.has(last);
}

/**
 * `Die Kammer hält in einer Stellungnahme fest, …`, `Der Ermittler räumt ein: …`: a separable verb's
 * stem in second place and its particle closing the clause are the speech verb, however far apart (see
 * `detachedVerbParticles`); the stem alone may be another verb (`hält`, holds; `führt`, leads).
 */
function closesOnOwnParticle(s: Sentence, i: number): boolean {
  const own = s.rules.detachedVerbParticles.get(s.tokens[i]!.lower);
  if (own === undefined) return false;
  const last = clauseLastWord(s, i);
  return last !== undefined && own.has(last);
}

/**
 * `a tenu à préciser`, `a préféré dénoncer`, `se contentant de dire`: a speech infinitive after the verb
 * that governs it, past a preposition (`à`, `de`). Its subject is that verb's: the index of the governing
 * verb, or null when the word is no speech infinitive or stands alone.
 */
export function governedInfinitive(s: Sentence, i: number): number | null {
  const { tokens, rules } = s;
  if (!rules.speechInfinitives.has(tokens[i]!.lower)) return null;
  const link = rules.prepositions.has(tokens[i - 1]?.lower ?? "") ? i - 2 : i - 1;
  const governing = tokens[link];
  return isWord(governing) && !isCapitalised(governing) && !rules.determiners.has(governing.lower)
    ? link
    : null;
}

/**
 * `Afirmó que…`, `Disse: “…”`: where the subject pronoun may be left out, a finite speech verb
 * opening the sentence (its clause follows, after a complementiser or a colon) has none written.
 */
export function opensWithoutSubject(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const next = tokens[i + 1];
  return (
    rules.nullSubject &&
    opensSentence(tokens, i) &&
    rules.speechVerbs.has(tokens[i]!.lower) &&
    !rules.speechGerunds.has(tokens[i]!.lower) &&
    (next?.text === ":" || rules.complementisers.has(next?.lower ?? ""))
  );
}

/** The subject left out of a sentence that opens on its verb: whoever the reader follows. */
export const UNWRITTEN_SUBJECT: Mention = makeMention({
  type: "pronoun",
  text: "",
  name: "",
  role: null,
  kind: "person",
});

/** "a déclaré", "a-t-il vivement dénoncé", "n'a pas contesté": an auxiliary a few words before. */
function hasAuxiliaryBefore(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  if (auxiliaryBeforeAside(s, i - 1) >= 0) return true;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (rules.auxiliaries.has(t.lower) && !rules.adverbs.has(t.lower)) return true;
    // Inverted and stressed pronouns, adverbs and object pronouns may stand between ("a elle aussi jugé").
    if (
      !(
        rules.pronouns.has(t.lower) ||
        rules.adverbs.has(t.lower) ||
        rules.clitics.has(t.lower) ||
        isAdverb(s, k)
      )
    )
      return false;
  }
  return false;
}

/**
 * `how the blind-trust rules would apply`, `the new claims are false`: where adjectives come before
 * their noun and the verb does not come second, a word after a determiner and one lower-case modifier,
 * right before an auxiliary (no adverb: `the minister notes also`), heads that noun phrase; a speech
 * verb takes no auxiliary after it.
 */
function headsModifiedNoun(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const [modifier, determiner, auxiliary] = [tokens[i - 1], tokens[i - 2], tokens[i + 1]];
  return (
    !rules.adjectivesFollowNouns &&
    !rules.verbSecond &&
    isWord(auxiliary) &&
    rules.auxiliaries.has(auxiliary.lower) &&
    !rules.adverbs.has(auxiliary.lower) &&
    isWord(modifier) &&
    !isCapitalised(modifier) &&
    !isFunctionWord(modifier.lower, rules) &&
    isWord(determiner) &&
    rules.determiners.has(determiner.lower)
  );
}

/**
 * `El último informe advierte que …`, `un extenso informe`: a document's noun (documentSpeech) that is
 * also a verb's form (`informe`, `estudio`) after a determiner and one lower-case word that is no
 * noun for a person or body (a qualifier, as an ordinal is) heads that noun phrase; it is no verb
 * whose subject would be `El último`.
 */
function documentAfterQualifier(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const qualifier = tokens[i - 1];
  return (
    rules.documentSpeech.documents.has(tokens[i]!.lower) &&
    isWord(qualifier) &&
    !isCapitalised(qualifier) &&
    !isFunctionWord(qualifier.lower, rules) &&
    !knownNoun(rules, qualifier) &&
    rules.determiners.has(tokens[i - 2]?.lower ?? "")
  );
}

/**
 * A verb form after a determiner or preposition is a noun ("le juge", "the report", "une
 * demande"), unless a subject pronoun stands before it, which makes it an object ("il le juge").
 */
export function isNoun(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const before = tokens[i - 1];
  if (isWord(before) && possessed(s, i)) return true;
  if (headsModifiedNoun(s, i)) return true;
  if (documentAfterQualifier(s, i)) return true;
  if (!isWord(before) || !(rules.determiners.has(before.lower) || rules.prepositions.has(before.lower)))
    return false;
  // `Ein Monteur neben ihr fürchtet`: after a preposition `ihr` is a pronoun it governs, no article, where
  // a lower-case word after it is no noun either.
  const governed =
    rules.prepositions.has(tokens[i - 2]?.lower ?? "") && rules.objectPronouns.has(before.lower);
  if (governed && rules.capitalisesNouns && !isCapitalised(tokens[i]!)) return false;
  // `„…“ Das sagte X`, `„…” Dat zegt X`: in verb-second order a demonstrative opening the clause is the
  // verb's object, not an article.
  const opening = !isWord(tokens[i - 2]) && rules.speakerlessPronouns.has(before.lower);
  if (rules.verbSecond && opening && !isCapitalised(tokens[i]!)) return false;
  // `Así lo afirmó`: an article that takes no noun is the verb's object.
  if (rules.neuterArticles.has(before.lower)) return false;
  // `según informó la Autoridad Portuaria`: a source phrase of one word takes its source's verb.
  if (rules.sourcePhrases.includes(before.lower) && rules.speechVerbs.has(tokens[i]!.lower)) return false;
  // A gerund after a preposition stays a verb: `en réclamant`, `by saying`.
  if (rules.speechGerunds.has(tokens[i]!.lower) && !rules.determiners.has(before.lower)) return false;
  // So does an infinitive its verb governs: `a tenu à préciser`.
  if (governedInfinitive(s, i) !== null && !rules.determiners.has(before.lower)) return false;
  const subject = tokens[i - 2];
  // Two object pronouns before a verb (`nos la resumió`, `il nous le dit`): the second is no article.
  const clitics = rules.clitics.has(before.lower) && isWord(subject) && rules.clitics.has(subject.lower);
  // After "as" the article's form is an object pronoun too: `comme le souligne X`, `como lo dijo`.
  const asObject = rules.clitics.has(before.lower) && isWord(subject) && rules.asWords.has(subject.lower);
  // Right after a name or a person's noun an article's form is the object pronoun of that subject's
  // verb (`Aznar la definió como`, `la capitana las calificó de`, `Anne Roux la décrit comme`): a noun
  // phrase's head takes no second article. Not where the verb comes second, whose pronouns are no
  // articles (`ihr`, `haar` are possessives).
  // So after the comma closing a name in apposition (`Son adjointe, Anne Roux, le décrit comme`), or a
  // short aside set off after the subject (`El GOB Menorca, en cambio, la considera`). A document or a
  // body speaks so too (`Le rapport la décrit comme`, `El ministerio lo calificó de`), and where
  // adjectives follow nouns the noun may take one (`Le rapport présentenciel la décrit comme`).
  const headsSubject = (t: Token | undefined) =>
    isWord(t) && (knownNoun(rules, t) || rules.documentSpeech.documents.has(t.lower));
  const endsSubject = (t: Token | undefined) =>
    headsSubject(t) || (isWord(t) && isCapitalised(t) && !isFunctionWord(t.lower, rules));
  const qualifiedSubject =
    rules.adjectivesFollowNouns &&
    isWord(subject) &&
    !isCapitalised(subject) &&
    !isFunctionWord(subject.lower, rules) &&
    headsSubject(tokens[i - 3]);
  const afterSubject =
    !rules.verbSecond &&
    rules.clitics.has(before.lower) &&
    (endsSubject(subject) ||
      qualifiedSubject ||
      nameInAppositionBefore(tokens, i - 2, rules) ||
      endsSubject(tokens[asideOpening(tokens, i - 2) - 1]));
  return !(
    clitics ||
    asObject ||
    afterSubject ||
    (isWord(subject) && (rules.pronouns.has(subject.lower) || rules.speakerlessPronouns.has(subject.lower)))
  );
}

// How many words a name in apposition may run to.
const APPOSED_NAME_WORDS = 4;

/**
 * `Son adjointe, Anne Roux,`: the comma at `comma` closes a name set off by commas after a phrase, its
 * words all capitalised and none a function word (`En mars, à Paris,` is no name).
 */
function nameInAppositionBefore(tokens: readonly Token[], comma: number, rules: LanguageRules): boolean {
  const name = (t: Token) => isCapitalised(t) && !isFunctionWord(t.lower, rules);
  const opening = setOffOpening(tokens, comma, APPOSED_NAME_WORDS, name);
  return opening > 0 && isWord(tokens[opening - 1]);
}

// How many words an aside between an auxiliary and its participle may run to: `a, dans un communiqué
// publié la semaine dernière,`.
const AUXILIARY_ASIDE_WORDS = 10;

/**
 * `Le ministère avait, dans un communiqué publié la semaine dernière, appelé`: the index of the
 * auxiliary before an aside set off by commas that the comma at `comma`, right before a participle,
 * closes; -1 when there is none.
 */
function auxiliaryBeforeAside(s: Sentence, comma: number): number {
  const opening = setOffOpening(s.tokens, comma, AUXILIARY_ASIDE_WORDS, isWord);
  return opening > 0 && s.rules.auxiliaries.has(s.tokens[opening - 1]!.lower) ? opening - 1 : -1;
}

// How many words an aside set off by commas after a subject may run to: `en cambio`, `por su parte`.
const SUBJECT_ASIDE_WORDS = 3;

/**
 * `El GOB Menorca, en cambio,`: the comma opening a short aside in lower case that the comma at `comma`
 * closes; -1 when that comma closes none.
 */
const asideOpening = (tokens: readonly Token[], comma: number): number =>
  setOffOpening(tokens, comma, SUBJECT_ASIDE_WORDS, (t) => !isCapitalised(t));

/**
 * The comma opening words set off by commas that the comma at `comma` closes: one to `most` words
 * before it, each passing `fits`; -1 when that comma closes none.
 */
function setOffOpening(
  tokens: readonly Token[],
  comma: number,
  most: number,
  fits: (t: Token) => boolean,
): number {
  if (!isComma(tokens[comma])) return -1;
  let k = comma - 1;
  while (k > 0 && comma - k <= most && isWord(tokens[k]) && fits(tokens[k]!)) k--;
  return k < comma - 1 && k > 0 && isComma(tokens[k]) ? k : -1;
}

/**
 * After a possessive a verb form is a noun: `Obama’s comments`, `the administration’s first
 * comments`, unless the word between names who speaks (`the firm’s lawyer said`) or the form is none a
 * noun takes (mayBeNoun: `the museum’s catalogue describes`, `the gallery’s brochure said`); so after a
 * possessive determiner (`selon notre critique`) that is no object pronoun too (`il leur explique`).
 */
function possessed(s: Sentence, i: number): boolean {
  const { tokens, rules } = s;
  const before = tokens[i - 1]!;
  if (before.lower === "'s") return true;
  if (rules.possessiveWords.has(before.lower) && !rules.clitics.has(before.lower)) return true;
  const known =
    rules.personNouns.has(before.lower) ||
    rules.titles.has(before.lower) ||
    rules.organisationNouns.has(before.lower);
  return tokens[i - 2]?.lower === "'s" && !isCapitalised(before) && !known && mayBeNoun(tokens[i]!, rules);
}

/**
 * A speech verb's form that may be a noun too: one for words said (`speechNouns`), or a plural whose
 * singular the lexicon lists as no verb form (`comments`, `claims`: nouns before verbs, so their bare
 * form is none). Not `describes` or `says`, whose singular is the verb's bare form, nor a past (`said`).
 */
function mayBeNoun(t: Token, rules: LanguageRules): boolean {
  return (
    rules.speechNouns.has(t.lower) || (t.lower.endsWith("s") && !rules.speechVerbs.has(t.lower.slice(0, -1)))
  );
}

function pronounMention(text: string, lower: string, rules: LanguageRules, at: number): Mention {
  const info = rules.pronouns.get(lower)!;
  return makeMention({
    type: "pronoun",
    at,
    text,
    name: text,
    role: null,
    kind: info.organisation ? "organisation" : "person",
    gender: info.gender,
    plural: info.plural,
    order: info.order,
  });
}

/**
 * Skips what may stand between a verb and its speaker: time words and adverbs ("mardi soir",
 * "on Tuesday"), and prepositional phrases ("lors d'un point de presse", "jeudi à Séoul"). Returns
 * `end` where a clause opens inside such a phrase: no speaker stands after it.
 */
// How many words an adjective phrase set off between commas may run to: `beau joueur`, `visiblement ému`.
const DETACHED_ADJUNCT_WORDS = 3;

/**
 * `a reconnu, beau joueur, le technicien portugais`, `a lâché, amer, Paul Roy`: a few lower-case words
 * between the comma at `comma` and the next, none a function word, before a determiner or a capital,
 * say how the subject that follows them was: where that subject starts, else null.
 */
function detachedAdjunctEnd(s: Sentence, comma: number, end: number): number | null {
  const { tokens, rules } = s;
  let k = comma + 1;
  while (k < end && k - comma <= DETACHED_ADJUNCT_WORDS) {
    const t = tokens[k]!;
    if (!isWord(t) || isCapitalised(t) || isFunctionWord(t.lower, rules) || isSpeechVerb(s, k)) break;
    k++;
  }
  const subject = tokens[k + 1];
  const opensSubject = isWord(subject) && (rules.determiners.has(subject.lower) || isCapitalised(subject));
  return k > comma + 1 && isComma(tokens[k]) && k + 1 < end && opensSubject ? k + 1 : null;
}

export function skipLeadIn(s: Sentence, i: number, end: number): number {
  const { tokens, rules } = s;
  let j = i;
  while (j < end && j - i < 12) {
    const t = tokens[j]!;
    if (isComma(t)) {
      j = detachedAdjunctEnd(s, j, end) ?? j + 1;
      continue;
    }
    if (!isWord(t)) break;
    if (isAdverb(s, j) || isDigit(t)) {
      j++;
      continue;
    }
    const next = tokens[j + 1];
    if (opensTimePhrase(s, j) && rules.determiners.has(t.lower)) {
      j += 2;
      continue;
    }
    // `explicaron desde el entorno presidencial`: a body speaking from somewhere, not a place (`desde
    // Madrid`), nor where the one named before stood (`defendió desde la tribuna`: pluralVerbEnding).
    if (
      rules.sourcePrepositions.has(t.lower) &&
      isWord(next) &&
      rules.definiteDeterminers.has(next.lower) &&
      !(isSpeechVerb(s, i - 1) && !rules.pluralVerbEnding.test(tokens[i - 1]!.lower))
    )
      return j + 1;
    if (rules.prepositions.has(t.lower) && !rules.determiners.has(t.lower)) {
      const object = j;
      j++;
      // The preposition's object runs until a determiner that no preposition governs, or a comma.
      while (
        j < end &&
        !isComma(tokens[j]) &&
        tokens[j]!.kind !== "quote" &&
        !rules.sourcePrepositions.has(tokens[j]!.lower) &&
        !(rules.determiners.has(tokens[j]!.lower) && !rules.prepositions.has(tokens[j - 1]!.lower))
      ) {
        // `», tout en appelant à renforcer la surveillance`: a speech gerund right after the preposition
        // opens the same clause, whose subject came before; the phrase after it is what it speaks of.
        if (j === object + 1 && rules.speechGerunds.has(tokens[j]!.lower)) return end;
        if (rules.clauseJoins.has(tokens[j]!.lower)) {
          // `Entre aplausos que siguieron en la explanada, una espectadora …`: a relative clause on the
          // object's noun ends with the lead-in, at its comma.
          const comma = relativeOnObjectEnd(s, j, end);
          if (comma !== null) j = comma;
          // `», tout en rappelant que la maladie touche …`: a clause opens inside the phrase, so it was
          // a gerund's, not a lead-in, and a subject after it is the clause's own: no speaker follows.
          else return end;
          break;
        }
        j++;
      }
      // …unless a person's name follows it (`indique au Courrier Hugo Marchand`): the speaker starts there.
      // Not a name the preposition's own noun introduces (`dijo ante la jueza Kathleen Ruiz`, `a déclaré
      // devant le juge Paul Roy`): that is whom they spoke to, and no speaker follows.
      const person = nameRuns(s, object, j).find(isPersonRun);
      if (person && !namedAfterOwnNoun(s, person)) return person.titleStart;
      if (person) return end;
      j = enumerationEnd(s, j, end) ?? j;
      continue;
    }
    break;
  }
  return j;
}

/**
 * The complementiser at k opens a relative clause on the noun before it, inside a lead-in, when that noun
 * is lower case and plural or opened by a determiner (`entre aplausos que`, `tras el concierto que`),
 * not a verb (`en rappelant que`, `tras anunciar que`); the comma ending the clause, within MAX_PHRASE
 * tokens before `end`, or null.
 */
function relativeOnObjectEnd(s: Sentence, k: number, end: number): number | null {
  const { tokens, rules } = s;
  const noun = tokens[k - 1];
  if (
    !rules.complementisers.has(tokens[k]!.lower) ||
    !isWord(noun) ||
    isCapitalised(noun) ||
    !(PLURAL.test(noun.lower) || rules.determiners.has(tokens[k - 2]?.lower ?? ""))
  )
    return null;
  for (let c = k + 1; c < end && c - k <= MAX_PHRASE; c++) {
    if (isComma(tokens[c])) return c;
    if (tokens[c]!.kind === "quote") return null;
  }
  return null;
}

/** The name run comes right after a lower-case person's noun or title (`la jueza Kathleen Ruiz`). */
function namedAfterOwnNoun(s: Sentence, run: NameRun): boolean {
  const noun = s.tokens[run.titleStart - 1];
  return (
    run.titleStart === run.start && isWord(noun) && !isCapitalised(noun) && isPersonNoun(noun.lower, s.rules)
  );
}

/**
 * `were reported in Kaleen, Giralang and Florey`: a preposition's object that a comma leaves is an
 * enumeration when capitalised words follow, each item set off by a comma, the last after a list
 * conjunction (`and`, `y`, `et`); its later items are places or things the preposition governs too, no
 * speaker. The index after the last item, or null when no such list follows the comma at `comma`.
 */
function enumerationEnd(s: Sentence, comma: number, end: number): number | null {
  const { tokens, rules } = s;
  if (!isComma(tokens[comma])) return null;
  let k = comma + 1;
  for (;;) {
    const item = k;
    while (k < end && isCapitalised(tokens[k]) && isWord(tokens[k])) k++;
    if (k === item) return null;
    if (isComma(tokens[k])) k++;
    else if (listConjunctions(rules).has(tokens[k]?.lower ?? "") && isCapitalised(tokens[k + 1])) {
      k++;
      while (k < end && isCapitalised(tokens[k]) && isWord(tokens[k])) k++;
      return k;
    } else return null;
  }
}

/**
 * `le Haut Conseil pour le climat`, `la Fondation pour la recherche`: where body names capitalise their
 * first words only, a preposition after the capitalised body noun, then a determiner and a lower-case
 * word, goes on with the name instead of ending the phrase — unless that word, or the one after an
 * ordinal, makes an adverbial phrase (`a déclaré le Conseil pour la première fois`), or is the
 * document the body speaks in (`estime le Conseil dans sa décision`).
 */
function bodyNameGoesOn(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const body = tokens[k - 1];
  const [determiner, word] = [tokens[k + 1], tokens[k + 2]];
  return (
    rules.bodyNamesCapitaliseFirstWord &&
    rules.prepositions.has(tokens[k]!.lower) &&
    isCapitalised(body) &&
    rules.organisationNouns.has(body!.lower) &&
    isWord(determiner) &&
    rules.determiners.has(determiner.lower) &&
    isWord(word) &&
    !isCapitalised(word) &&
    !isSpeechVerb(s, k + 2) &&
    !opensAdverbialNoun(s, k + 2) &&
    !rules.documentSpeech.documents.has(word.lower)
  );
}

/**
 * `estime son représentant dans l’Yonne, le docteur Paul Roche`, `sa déléguée pour la Bretagne, Anne
 * Le Goff`: a preposition after a person's noun, before a capitalised place and a comma, gives the
 * territory of an office whose holder the apposition after the comma names (a determiner and an
 * office, or a capitalised word); the phrase goes on to that name instead of ending at the preposition.
 * So after the office's body, the office opening the phrase at j (`el jefe de la Delegación Regional del
 * OIJ en Desamparados, Marvin Jiménez`, `the union's representative in Ohio, Jo Hale`).
 */
function territoryBeforeName(s: Sentence, j: number, k: number): boolean {
  const { tokens, rules } = s;
  const noun = tokens[k - 1];
  const officeOpens = () => {
    const office = rules.determiners.has(tokens[j]!.lower) ? tokens[j + 1] : tokens[j];
    return isWord(office) && isPersonNoun(office.lower, rules);
  };
  const bodyOfOffice = () =>
    (isCapitalised(noun) || rules.organisationNouns.has(noun!.lower)) && officeOpens();
  const afterOffice = isWord(noun) && (isPersonNoun(noun.lower, rules) || bodyOfOffice());
  if (!afterOffice || !rules.prepositions.has(tokens[k]!.lower)) return false;
  let c = rules.determiners.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  if (!isCapitalised(tokens[c])) return false;
  while (isCapitalised(tokens[c]) || tokens[c]?.text === "-") c++;
  if (!isComma(tokens[c])) return false;
  const next = tokens[c + 1];
  const office = tokens[c + 2];
  return rules.determiners.has(next?.lower ?? "")
    ? isWord(office) && isPersonNoun(office.lower, rules) && isCapitalised(tokens[c + 3])
    : isCapitalised(next) || officeBeforeName(s, c + 1);
}

/** `l’instant`, `la première fois`: the word at k, or the next after it, is an adverbial phrase's noun. */
function opensAdverbialNoun(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  return [tokens[k], tokens[k + 1]].some((t) => isWord(t) && rules.adverbialNouns.has(t.lower));
}

/**
 * `a raconté la Française en conférence de presse`, `a dit le ministre à l’instant`: a preposition
 * other than a complement's (`de`), before an adverbial noun, says when or where the words were said,
 * and ends the speaker phrase (a complement goes on: `le porte-parole de la conférence des évêques`).
 */
function opensSetting(s: Sentence, k: number): boolean {
  const { lower } = s.tokens[k]!;
  return s.rules.prepositions.has(lower) && !s.rules.complementOf.has(lower) && opensAdverbialNoun(s, k + 1);
}

/**
 * `En conversación con Acento,`, `Em conversa com o Público,`: a preposition other than a complement's
 * (`de`, which also opens names: `De Gaulle`) and not an article too (Portuguese `a`, `o`) opens a phrase
 * that says how, when or where, not who.
 */
function opensLeadIn(s: Sentence, k: number): boolean {
  const { lower } = s.tokens[k]!;
  const { prepositions, complementOf, determiners } = s.rules;
  return prepositions.has(lower) && !complementOf.has(lower) && !determiners.has(lower);
}

/**
 * `De acordo com o relator da proposta, deputado Marcos Vieira,`: an apposition may name the person
 * after their office, written bare in lower case before the name.
 */
function officeBeforeName(s: Sentence, k: number): boolean {
  const office = s.tokens[k];
  return (
    isWord(office) &&
    !isCapitalised(office) &&
    s.rules.titles.has(office.lower) &&
    isCapitalised(s.tokens[k + 1])
  );
}

/**
 * `dijo la Unidad Nacional para la Gestión del Riesgo`: a word at `k` inside a name run of [from, to),
 * a body's name carried on by its preposition (see bodyNamePrepositions), ends no phrase.
 */
const insideNameRun = (s: Sentence, k: number, from: number, to: number) =>
  nameRuns(s, from, to).some((r) => r.titleStart < k && k < r.end);

/** A run that is an office's words alone, capitalised (`Director`, `Chief Executive`), with no name. */
const officeAlone = (s: Sentence, r: NameRun) =>
  s.tokens.slice(r.titleStart, r.end).every((t) => s.rules.titles.has(t.lower));

/** The speaker phrase that starts at or after token i (inverted order), within [i, end). */
export function readForward(s: Sentence, i: number, end: number): Mention | null {
  const { tokens, rules } = s;
  const j = skipLeadIn(s, i, end);
  if (j >= end || opensClause(s, j)) return null;
  let k = j;
  let named = false;
  let appositions = 0;
  // No verb governs the words after a source phrase, so none of them is a verb's complement.
  const afterSource = endsSourcePhrase(tokens, i, rules);
  while (k < end && k - j < MAX_PHRASE) {
    const t = tokens[k]!;
    if (t.kind === "quote") break;
    if (t.kind === "punct") {
      if (t.text === "(" || t.text === ")" || t.text === "*" || t.text === "-") {
        k++;
        continue;
      }
      if (t.text !== "," || appositions > 0) break;
      // `según la defensa, que ejerce el abogado Y,`: an apposition naming who acts for the source.
      const acting = actorInCharge(s, k, closingComma(s, k, end));
      if (acting) return acting;
      const next = tokens[k + 1];
      // `bromeó el alero lituano, de 24 años, que …`: an age set off by commas is the described person's.
      const apposedAge =
        isWord(next) && tokens[k + 2] !== undefined ? writtenAgeAt(s, k + 2, end) : undefined;
      if (apposedAge !== undefined) {
        const mention = analysePhrase(s, j, k);
        return mention && makeMention({ ...mention, age: apposedAge });
      }
      if (
        !isWord(next) ||
        rules.phraseStops.has(next.lower) ||
        isSpeechVerb(s, k + 1) ||
        isPronoun(next, rules) ||
        isDigit(next)
      )
        break;
      // `said Director of the Met Office, Ana Lee`: a capitalised office alone names no one yet.
      named ||= nameRuns(s, j, k).some((r) => isPersonRun(r) && !officeAlone(s, r));
      // One apposition: a name after a role, or a role after a name.
      // German capitalises roles too: "Lena Vogt, Sprecherin des Verbands".
      const nameNext =
        (isCapitalised(next) &&
          !(rules.capitalisesNouns && (rules.titles.has(next.lower) || rules.personNouns.has(next.lower)))) ||
        officeBeforeName(s, k + 1);
      if (named === nameNext && !rules.determiners.has(next.lower)) break;
      appositions++;
      k++;
      continue;
    }
    const whereabouts = k > j ? whereaboutsEnd(s, j, k, end) : null;
    if (whereabouts !== null) {
      k = whereabouts;
      continue;
    }
    const verb = () => isSpeechVerb(s, k) && !nounOfComplement(s, k);
    const stops =
      rules.phraseStops.has(t.lower) &&
      !bodyNameGoesOn(s, k) &&
      !insideNameRun(s, k, j, end) &&
      !territoryBeforeName(s, j, k) &&
      !conjunctionInBodyName(s, k) &&
      !complementJoinedInBodyName(s, k) &&
      !suspendedCompoundAt(tokens, k - 1, rules) &&
      !conjunctionInPortfolio(s, k) &&
      !joinsPersonNouns(s, k);
    // A number ends the phrase (`said Smith 12 times`), not an age noun (`sagte der 54-Jährige`), a
    // body's numbered unit (`Teamsters Local 727`) nor an ordinal (`une enseignante de 3e année`).
    const number =
      isDigit(t) &&
      !rules.ageNoun.test(t.lower) &&
      !numberOfUnit(tokens, k, rules) &&
      !rules.ordinalNumeral.test(t.lower);
    if (k > j && (stops || verb() || isAdverb(s, k) || number)) {
      // `conta uma utente de 68 anos`: the preposition before a number goes with it.
      const age = number ? writtenAgeAt(s, k, end) : undefined;
      if (number && k - 1 > j && rules.prepositions.has(tokens[k - 1]!.lower)) k--;
      k = beforeDatedParticiple(s, j, k);
      const mention = analysePhrase(s, j, k);
      return mention && age !== undefined ? makeMention({ ...mention, age }) : mention;
    }
    if (k > j && opensTimePhrase(s, k)) {
      // `released on Friday`, `published this week`: the participle before the date goes with it.
      const dated = beforeDatedParticiple(s, j, rules.prepositions.has(t.lower) ? k + 1 : k);
      k = Math.min(dated, k);
      break;
    }
    if (opensComplementOfVerb(s, k) && !(afterSource && affiliationOfPersonNoun(s, k))) break;
    if (k > j && opensSetting(s, k)) break;
    if (k > j && afterAgeNoun(s, k)) break;
    k++;
  }
  return analysePhrase(s, j, k);
}

/**
 * `l’attaquant de 18 ans,`, `una vecina de 68 años.`: a number at `k` after a noun's complement
 * preposition, with its unit in lower case closing the phrase (or before the verb's complement: `au
 * micro de Canal+`), is the age of the person described.
 */
function writtenAgeAt(s: Sentence, k: number, end: number): number | undefined {
  const { tokens, rules } = s;
  const [number, unit, after] = [tokens[k]!, tokens[k + 1], tokens[k + 2]];
  if (!rules.complementOf.has(tokens[k - 1]?.lower ?? "") || !AGE.test(number.text)) return undefined;
  const closes = k + 2 >= end || after?.kind === "punct" || rules.prepositions.has(after?.lower ?? "");
  return unit?.kind === "word" && unit.text === unit.lower && closes ? Number(number.text) : undefined;
}

/**
 * `a déclaré le maire à un journaliste`, `said Smith to a reporter`: after the speaker, a preposition
 * before an indefinite determiner opens a complement of the verb (whom they told, where), which is no
 * part of the speaker. The noun's own complement (`un analyste d’une société de bourse`, `the head of
 * a bank`, `un analista de una consultora`) is: it says who an unnamed person is.
 */
function opensComplementOfVerb(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const t = tokens[k]!;
  return (
    rules.prepositions.has(t.lower) &&
    !rules.complementOf.has(t.lower) &&
    rules.indefiniteDeterminers.has(tokens[k + 1]?.lower ?? "")
  );
}

/**
 * `according to an analyst at a domestic brokerage`, `according to a nurse at one of the clinics`: a
 * preposition at `k` joining a person's noun to the body they belong to (affiliationPrepositions) is
 * the noun's own complement, which says who the unnamed person is, where no verb governs the phrase.
 */
function affiliationOfPersonNoun(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const noun = tokens[k - 1];
  return (
    rules.affiliationPrepositions.has(tokens[k]!.lower) && isWord(noun) && isPersonNoun(noun.lower, rules)
  );
}

/**
 * `sagt der 39-Jährige der Zeitung`, `bemerkte die 82-Jährige das Fehlen ihrer Tasche`: an age noun
 * describes a person by itself and takes no complement, so a determiner right after it opens the
 * verb's object or addressee, which is no part of the speaker.
 */
function afterAgeNoun(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  return rules.determiners.has(tokens[k]!.lower) && rules.ageNoun.test(tokens[k - 1]?.lower ?? "");
}

/**
 * `anunció que el Ejecutivo ofrecerá …`, `dijo en Vitoria, donde anunció …`: after a speech verb, words
 * opening on a complementiser or a relative adverb are a clause of their own, whose subject (if any)
 * is not the verb's.
 */
function opensClause(s: Sentence, j: number): boolean {
  const { lower } = s.tokens[j]!;
  return s.rules.complementisers.has(lower) || s.rules.relativeAdverbs.has(lower);
}

/**
 * `the explanatory notes of the Bill`: inside a speaker phrase, a verb form with a complement is a noun
 * (`notes of`, `remarks by`), not the verb that ends the phrase.
 */
function nounOfComplement(s: Sentence, k: number): boolean {
  const next = s.tokens[k + 1];
  return isWord(next) && (s.rules.complementOf.has(next.lower) || s.rules.passiveAgents.has(next.lower));
}

/**
 * `ce matin`, `el martes`, `on Tuesday`: a determiner or preposition before a time word ends the
 * speaker phrase before it (`a déclaré le ministre ce matin`), though a determiner keeps the time
 * word from reading as an adverb. Not a pronoun counting the people named before that the lexicon
 * writes with an adverb (`dice el primero`: PronounInfo.order), nor a preposition carrying the article
 * (`complementArticles`), which opens a noun's complement (`un voluntario de la limpieza del domingo`).
 */
function opensTimePhrase(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    isWord(next) &&
    rules.adverbs.has(next.lower) &&
    (rules.determiners.has(t.lower) || rules.prepositions.has(t.lower)) &&
    !rules.complementArticles.has(t.lower) &&
    rules.pronouns.get(`${t.lower} ${next.lower}`)?.order === undefined
  );
}

/**
 * A noun the lexicon holds for a thing, a body or a document, or shaped as an abstract noun (`commonNoun`):
 * not the noun of a person the lexicon does not list (`Wanderin`).
 */
const namesThing = (t: Token, rules: LanguageRules) =>
  rules.organisationNouns.has(t.lower) ||
  rules.documentSpeech.documents.has(t.lower) ||
  rules.commonNoun.test(t.lower);

/**
 * `Eine Wanderin aus Salzburg`, `ein Anrainer in der Schwarzenbergstraße`, `eine Seniorin am
 * Nebentisch`: after an unnamed person's phrase (an indefinite determiner, at most UNNAMED_QUALIFIERS
 * words and a noun for a person, perhaps one the lexicon does not list, from `from` to the preposition
 * at `p`), a preposition of where they come from, live or sit (`whereaboutsPrepositions`) and its place
 * or group (an article, adjectives and capitalised words) go on describing them: the reporter wrote
 * them to tell this person apart. Not an adverbial of time or setting (`am Montag`, `am Telefon`, `in
 * indirekter Rede`: adverbialNouns), nor whom they have (`von zwei Kindern`). Where the place's words
 * end, before `end`; null where none follow.
 */
function whereaboutsEnd(s: Sentence, from: number, p: number, end: number): number | null {
  const { tokens, rules } = s;
  const [preposition, noun] = [tokens[p], tokens[p - 1]];
  if (
    !isWord(preposition) ||
    !rules.whereaboutsPrepositions.has(preposition.lower) ||
    !rules.indefiniteDeterminers.has(tokens[from]?.lower ?? "") ||
    p - from < 2 ||
    p - from > UNNAMED_QUALIFIERS + 2 ||
    !tokens.slice(from, p).every(isWord) ||
    !isWord(noun) ||
    !(isPersonNoun(noun.lower, rules) || (isCapitalised(noun) && !namesThing(noun, rules))) ||
    opensTimePhrase(s, p)
  )
    return null;
  let k = p + 1;
  // `eine Mutter von zwei Kindern`: a count of people says whom they have, not where they are.
  if (rules.pluralIndefinites.has(tokens[k]?.lower ?? "")) return null;
  // `rief ein Zimmermann in den Saal`: an accusative article says where they turned, not where they are.
  const article = tokens[k]?.lower ?? "";
  if (
    rules.objectDeterminers.has(article) ||
    (rules.definiteDeterminers.has(article) && !rules.obliqueArticles.has(article))
  )
    return null;
  if (k < end && rules.determiners.has(article)) k++;
  while (
    k < end &&
    isWord(tokens[k]) &&
    !isCapitalised(tokens[k]) &&
    !isFunctionWord(tokens[k]!.lower, rules)
  )
    k++;
  const place = k;
  const placeWord = (t: Token | undefined) =>
    isWord(t) && isCapitalised(t) && !rules.adverbialNouns.has(t.lower) && !rules.adverbs.has(t.lower);
  while (k < end && placeWord(tokens[k])) k++;
  return k > place ? k : null;
}

/**
 * `le rapport de la DNACG publié en juin`, `a report by the audit office published in June`, `a
 * study published this week`: a phrase cut at a date ends on a participle, perhaps with its
 * preposition, which describe the source without naming it; the source ends before them. Without
 * the preposition, only where adjectives stand before their noun: there a participle after it opens
 * a clause, where elsewhere it may qualify the noun as an adjective does (`une étude publiée`). Another
 * word before the date's preposition is a noun the date qualifies (`un voluntario de la limpieza del
 * domingo`), which the phrase keeps.
 */
function beforeDatedParticiple(s: Sentence, j: number, k: number): number {
  const { tokens, rules } = s;
  const clauseAfterNoun = !rules.adjectivesFollowNouns && k - 1 > j;
  if (clauseAfterNoun && participleAt(s, k - 1, rules.pastParticipleEnding)) return k - 1;
  const preposition = tokens[k - 1];
  const participle = tokens[k - 2];
  if (k - 2 <= j || !isWord(preposition) || !rules.prepositions.has(preposition.lower) || !isWord(participle))
    return k;
  // Shaped as a participle (`pastParticipleEnding`): `de la limpieza del domingo` names the volunteer's
  // clean-up by its day, which goes on describing them.
  const named =
    isCapitalised(participle) ||
    knownNoun(rules, participle) ||
    rules.determiners.has(participle.lower) ||
    rules.prepositions.has(participle.lower) ||
    !rules.pastParticipleEnding.test(participle.lower);
  return named ? k : k - 2;
}

/**
 * `The Electoral Commission on Monday published new rules…`, `a study published on Monday`: a time
 * phrase a preposition opens inside [from, to) ends the speaker's phrase, as it does the phrase read
 * after the verb (readForward): what follows it is the clause's predicate, not the speaker's name. A
 * participle the date goes with goes too (beforeDatedParticiple). Not a determiner before the adverb,
 * which may open a superlative (`Une des dispositions les plus contestées du projet`). `to` where there
 * is none.
 */
function beforeTimePhrase(s: Sentence, from: number, to: number): number {
  const { tokens, rules } = s;
  for (let k = from + 1; k < to - 1; k++)
    if (rules.prepositions.has(tokens[k]!.lower) && opensTimePhrase(s, k))
      return beforeDatedParticiple(s, from, k);
  return to;
}

/** The subject phrase that ends just before the speech verb at v, not reaching before `start`. */
/**
 * `« … », confiait mardi un ténor du parti, avant d’ajouter`: between the comma after a quote and
 * the comma at `end`, an incise whose verb comes first; its subject, after the verb, is the one the
 * verbs that follow share.
 */
function inciseSubject(s: Sentence, comma: number, end: number): Mention | null {
  const { tokens, rules } = s;
  if (tokens[comma - 1]?.kind !== "quote") return null;
  let v = comma + 1;
  while (v < end && (rules.auxiliaries.has(tokens[v]!.lower) || rules.clitics.has(tokens[v]!.lower))) v++;
  return v < end && isSpeechVerb(s, v) ? readForward(s, v + 1, end) : null;
}

/**
 * Whether the comma at c closes an apposition to a name: `Thomas, éducateur dans le XVIIIe,`, `Anne
 * Roy, la présidente du groupe,` (a person noun, with its determiner or not, after the name's comma),
 * `Paul Roy, géologue à Lyon,` (any noun and its complement) or `Martín Ferreyra, del Instituto
 * Leloir,` (the body the person belongs to, after its preposition).
 */
function appositionEndsAt(s: Sentence, c: number, start: number): boolean {
  const { tokens, rules } = s;
  let comma = c - 1;
  while (comma > start && !isComma(tokens[comma]) && tokens[comma]!.kind !== "quote") comma--;
  if (!isComma(tokens[comma]) || !isCapitalised(tokens[comma - 1])) return false;
  if (leadInEndsAt(s, comma, start)) return false;
  const first = tokens[comma + 1];
  if (isWord(first) && rules.affiliationPrepositions.has(first.lower)) return true;
  // `Ciarán Moloney, a plasterer in Ennis,`: an indefinite article after the name's comma opens a
  // description of the person, whatever its noun (a body is named, not described, after a name).
  if (isWord(first) && rules.indefiniteDeterminers.has(first.lower) && isWord(tokens[comma + 2])) return true;
  const noun = isWord(first) && rules.determiners.has(first.lower) ? tokens[comma + 2] : first;
  if (isWord(noun) && knownNoun(rules, noun)) return true;
  // `Élodie Marchetti, archéozoologue au Muséum …,`, `Paul Roy, géologue à l’université de Lyon,`: a
  // word the lexicon lacks, right after the name's comma and before a preposition, is the noun of a
  // description of the person and its complement (a trade and where it is practised).
  const after = tokens[comma + 2];
  return (
    isWord(first) &&
    !rules.determiners.has(first.lower) &&
    !rules.prepositions.has(first.lower) &&
    !isPronoun(first, rules) &&
    isWord(after) &&
    rules.prepositions.has(after.lower)
  );
}

/**
 * `Joint par Loop Haïti, un responsable du ministère, qui …,`, `Reached by Loop News, an official, who
 * …,`, `Selon Radio Métropole, un responsable, qui …,`: the words before the comma at `comma` open the
 * sentence on a preposition or on a participle and its passive agent, a lead-in whose name is no
 * subject; the phrase after that comma is the subject, not an apposition to that name.
 */
function leadInEndsAt(s: Sentence, comma: number, start: number): boolean {
  const { tokens, rules } = s;
  let open = comma - 1;
  while (open > start && !isComma(tokens[open - 1]) && tokens[open - 1]!.kind !== "quote") open--;
  if (open !== start || !isWord(tokens[open])) return false;
  if (opensLeadIn(s, open)) return true;
  // The participle's agent may follow a time or a manner (`Reached on Tuesday by`, `Joint mardi par`).
  let agent = open + 1;
  while (agent < comma && isAdverbial(s, agent)) agent++;
  return rules.passiveAgents.has(tokens[agent]?.lower ?? "");
}

/**
 * A preposition, a determiner or an adverb the lexicon lists (`on`, `Tuesday`, `este`, `mardi`): words of
 * an adverbial.
 */
const isAdverbial = (s: Sentence, k: number) => {
  const { lower } = s.tokens[k]!;
  const { passiveAgents, prepositions, determiners, adverbs } = s.rules;
  return (
    isWord(s.tokens[k]) &&
    !passiveAgents.has(lower) &&
    (prepositions.has(lower) || determiners.has(lower) || adverbs.has(lower))
  );
};

/**
 * Whether the comma at c closes a relative clause that opened after the comma before it (`Ana Ruiz,
 * que vive en el barrio, que …`, `Tom Reed, who runs the bakery, which …`).
 */
function relativeEndsAt(s: Sentence, c: number, start: number): boolean {
  const { tokens } = s;
  let comma = c - 1;
  while (comma > start && !isComma(tokens[comma]) && tokens[comma]!.kind !== "quote") comma--;
  return isComma(tokens[comma]) && opensCommaRelativeClause(s, comma + 1);
}

/**
 * `The memo, dated May 12, warns`, `El informe, elaborado por la universidad, señala`, `A spokesman,
 * speaking on condition of anonymity, said`: an apposition that opens on a word in lower case that
 * is no noun, determiner, pronoun or preposition (a participle or an adjective) describes the
 * description before it, which is the subject; the names in the apposition (a date, an author) are
 * not. One naming the subject (`identified as Jane Roy`) or after a name (`Ana Roy, elected in May`)
 * is not this.
 */
function participialApposition(s: Sentence, head: number, comma: number, end: number): boolean {
  const { tokens, rules } = s;
  const first = tokens[comma + 1];
  const noun = tokens[head + 1];
  return (
    rules.determiners.has(tokens[head]!.lower) &&
    isWord(noun) &&
    !isCapitalised(noun) &&
    isWord(first) &&
    /^\p{Ll}/u.test(first.text) &&
    !rules.determiners.has(first.lower) &&
    !rules.prepositions.has(first.lower) &&
    !isPronoun(first, rules) &&
    !knownNoun(rules, first) &&
    !tokens.slice(comma + 1, end).some((t) => rules.asWords.has(t.lower))
  );
}

/**
 * `Sara Lindqvist, president of her label, Northbound Records, called`: a bare name between the
 * commas at `c` and `j`, after an apposition to a person's name, renames the apposition's last noun
 * (the label), since the person is named already. The person, with the apposition, is the subject;
 * null when the words before the apposition are not a person's name alone ("In Paris, the head of
 * the union, Tom Lee, said": Tom Lee is the head).
 */
function personBeforeRenamedNoun(s: Sentence, c: number, j: number, start: number): Mention | null {
  const { tokens } = s;
  const renamed = nameRuns(s, c + 1, j);
  if (renamed.length !== 1 || renamed[0]!.titleStart !== c + 1 || renamed[0]!.end !== j) return null;
  if (!appositionEndsAt(s, c, start)) return null;
  let comma = c - 1;
  while (comma > start && !isComma(tokens[comma])) comma--;
  const head = phraseStart(s, comma - 1, start);
  if (head === null) return null;
  // Read from the sentence's start, so that a preposition before the phrase is seen ("Desde Bruselas").
  const person = nameRuns(s, start, comma).at(-1);
  const alone = person !== undefined && person.titleStart === head && person.end === comma;
  return alone && isPersonRun(person) ? analysePhrase(s, head, c) : null;
}

/**
 * `El director de Investigación en Glaciares del Inaigem, Ricardo Villanueva, advirtió`, `Président de
 * l’association Saumur Cœur de ville, Olivier Roux se dit`: a description by office, a comma, then a
 * person's name from `at` to `to`. The name is who the description introduces, and the speaker; the
 * capitals, brackets and conjunctions before the comma name the body the office serves.
 */
function nameAfterOffice(s: Sentence, at: number, to: number, start: number): Mention | null {
  const runs = nameRuns(s, at, to);
  const run = runs[0];
  if (runs.length !== 1 || run?.titleStart !== at || run.end !== to || !isPersonRun(run)) return null;
  const role = introducingRole(s, at, start);
  const mention = role === null ? null : analysePhrase(s, at, to);
  // The description's article or noun tells the gender a bare name does not (`Le maire, Paul Roy`).
  const gender = mention?.gender ?? analysePhrase(s, start, at - 1)?.gender;
  return mention && makeMention({ ...mention, role, gender });
}

/**
 * `The prize’s sponsor, the Ashburton Trust, said`, `El patrocinador del premio, la Fundación Ortega,
 * destacó`: a description from `head` to the comma c, then a body's name with its determiner up to the
 * comma j. The name is who the description introduces, and the speaker (a body by its name as written),
 * as a person's name after an office is (nameAfterOffice).
 */
function bodyAfterDescription(s: Sentence, head: number, c: number, j: number): Mention | null {
  // Not a relative clause whose pronoun is a determiner's form (`Eine Lehrerin, die …, sagt`).
  if (!s.rules.determiners.has(s.tokens[c + 1]?.lower ?? "") || opensRelativeClause(s, c + 1)) return null;
  if (analysePhrase(s, head, c)?.type !== "description") return null;
  const body = analysePhrase(s, c + 1, j);
  return body?.type === "name" && body.kind === "organisation" ? body : null;
}

/**
 * The description by office, from `start` to the comma before `at`, that introduces a name at `at`; null
 * when it ends on a person named by title (`State Rep. Nicole Marsh, D-Seattle, said`: the words after
 * its comma describe her).
 */
function introducingRole(s: Sentence, at: number, start: number): string | null {
  const titled = (r: NameRun) =>
    isPersonRun(r) && r.end === at - 1 && (r.title !== "" || r.start > r.titleStart);
  return nameRuns(s, start, at - 1).some(titled) ? null : appositionBefore(s, at, start);
}

/** Between the commas at c and j, a complement's preposition and a name: `, de Mathieu Sorel,`. */
function namedComplementBetween(s: Sentence, c: number, j: number): boolean {
  const { tokens, rules } = s;
  const preposition = tokens[c + 1];
  if (!isWord(preposition) || !rules.complementOf.has(preposition.lower) || c + 2 >= j) return false;
  for (let k = c + 2; k < j; k++) {
    const t = tokens[k]!;
    if (!isWord(t) || !(isCapitalised(t) || rules.nameParticles.has(t.lower))) return false;
  }
  return isCapitalised(tokens[c + 2]);
}

// How many words an apposition between a name and its relative pronoun may hold: `, a Republican,`.
const RELATIVE_APPOSITION_WORDS = 4;

/**
 * `found sympathy from Del. Karen Pruitt, R-Fauquier, who said`, `backed by Karen Pruitt, who said`: a
 * relative pronoun after a person's name (or after a verbless apposition set off behind it by a comma)
 * stands for that person, wherever the name stands in its own clause; the words before it are another
 * clause's. The name ending at token k, or right before the apposition ending there; else null.
 */
function personBeforeRelative(s: Sentence, k: number, start: number): Mention | null {
  const { tokens, rules } = s;
  if (rules.thingRelativePronouns.has(tokens[isComma(tokens[k + 1]) ? k + 2 : k + 1]?.lower ?? ""))
    return null;
  // `A resident of Palm Springs who asked`: a relative clause without its comma restricts a noun, which a
  // name after a preposition completes; one after a name is set off.
  const named = personEndingAt(s, k, start, isComma(tokens[k + 1]));
  if (named) return named;
  let c = k;
  while (c > start && k - c < RELATIVE_APPOSITION_WORDS && isWord(tokens[c])) c--;
  const apposition = tokens.slice(c + 1, k + 1);
  const verbless = apposition.every(
    (t, i) =>
      !rules.clauseJoins.has(t.lower) && !rules.relativePronouns.has(t.lower) && !isSpeechVerb(s, c + 1 + i),
  );
  return c < k && isComma(tokens[c]) && verbless ? personEndingAt(s, c - 1, start, true) : null;
}

/**
 * The person a name ending at token k names, else null. After a preposition, only where `setOff` (a
 * comma follows it) and the name is full or titled: a single word there is rather a place (`technicienne
 * à Salluit, qui relève`).
 */
function personEndingAt(s: Sentence, k: number, start: number, setOff: boolean): Mention | null {
  if (k < start) return null;
  const run = nameRuns(s, start, k + 1).find((r) => r.end === k + 1);
  if (!run || !namesPersonBarPreposition(run)) return null;
  const fullOrTitled = run.end - run.start > 1 || run.titleStart < run.start;
  if (run.afterPreposition && !(setOff && fullOrTitled)) return null;
  const mention = analysePhrase(s, run.titleStart, run.end);
  return mention?.type === "name" && mention.kind === "person" ? mention : null;
}

export function readBackward(s: Sentence, v: number, start: number): Mention | null {
  const { tokens, rules } = s;
  // `La maire a tenu à préciser`: the subject stands before the verb that governs the infinitive.
  let j = (governedInfinitive(s, v) ?? v) - 1;
  while (j >= start) {
    const t = tokens[j]!;
    // `Le ministère avait, dans un communiqué publié la semaine dernière, appelé`: an aside set off by
    // commas between the auxiliary and its participle stands where an adverb would.
    const auxiliary = j === v - 1 ? auxiliaryBeforeAside(s, j) : -1;
    if (auxiliary >= start) {
      j = auxiliary;
      continue;
    }
    if (!isWord(t)) break;
    // "has been described as", "a été qualifié de": the subject is not who speaks.
    // A reflexive keeps it active: "s'est exclamé", "se sont félicités".
    if (rules.passiveMarkers.has(t.lower) && !rules.clitics.has(tokens[j - 1]?.lower ?? "")) return null;
    if (rules.auxiliaries.has(t.lower) || isAdverb(s, j) || (rules.clitics.has(t.lower) && !t.inverted)) {
      j--;
      continue;
    }
    // `Un vecino que perdió su auto en marzo comentó`: a preposition before a time adverb just passed
    // makes one adverbial with it, which stands between the subject and its verb as the adverb would.
    // A capitalised one is a noun (`am Morgen`), whose phrase may be the subject's; not where only
    // names and the days and months are capitalised (`The council on Monday said`).
    const adverb = tokens[j + 1]!;
    const timeWordCapitalised = rules.capitalisesTimeWords && !rules.capitalisesNouns;
    if (
      rules.prepositions.has(t.lower) &&
      j + 1 < v &&
      rules.adverbs.has(adverb.lower) &&
      (!isCapitalised(adverb) || timeWordCapitalised)
    ) {
      j--;
      continue;
    }
    // "a elle aussi jugé": a stressed pronoun after the auxiliary repeats the subject.
    if (
      isPronoun(t, rules) &&
      !t.inverted &&
      rules.auxiliaries.has(tokens[j - 1]?.lower ?? "") &&
      rules.auxiliaries.has(tokens[j + 1]?.lower ?? "")
    ) {
      j--;
      continue;
    }
    // "continued to describe", "went on to say".
    if (rules.infinitiveMarkers.has(t.lower) && j - 1 >= start && isWord(tokens[j - 1])) {
      j -= 2;
      continue;
    }
    break;
  }
  if (j < start) return null;
  const document = documentPhraseEndingAt(s, v, j, start);
  if (document) return document;
  const t = tokens[j]!;
  const governing = prepositionGoverningPronoun(s, j, v, start);
  if (governing !== null) return subjectBeforePreposition(s, governing, start);
  if (isPronoun(t, rules)) return pronounMention(t.text, t.lower, rules, t.start);
  const marked = markedNameEndingAt(s, j, start);
  if (marked) return marked;
  // `Captain Seán Moriarty – known around the town as ‘The Dentist’ since his days behind the bar – said`:
  // an aside between spaced dashes stands after the subject as one between brackets does, however long,
  // a nickname in marks inside it; it opens in lower case (`The minister – Ann Lee – said`: a name
  // between dashes is the subject in apposition).
  const dashed = SPACED_DASH.test(t.text) ? openingDash(s, j, start) : null;
  if (dashed !== null && dashed > start && isWord(tokens[dashed + 1]) && !isCapitalised(tokens[dashed + 1]))
    return phraseEndingAt(s, dashed - 1, start);
  if (t.kind !== "word" && !isComma(t) && t.text !== ")") return null;
  // "The firm stepped in and tweeted": the verb shares the sentence's subject, the one its main
  // clause opens with ("The HSE said that hospitals faced flu and Covid-19, and urged …"; "La Xunta
  // envió una carta en la que pide «…»": what the document says, its sender says; a body too: `LAB se
  // sumó a las críticas y exigió …`), else its first person.
  if (rules.clauseJoins.has(t.lower) && !rules.relativePronouns.has(t.lower))
    return mainSubject(s, start, j) ?? firstPersonIn(s, start, j);
  if (rules.relativePronouns.has(t.lower)) {
    const k = isComma(tokens[j - 1]) ? j - 2 : j - 1;
    // `Le tribunal a écarté les explications du prévenu, qui invoquait des « … »`: a noun for what was
    // said heads the phrase, whose words are its author's, whatever the clause says of them.
    const head = k >= start ? phraseStart(s, k, start) : null;
    return k >= start
      ? (personBeforeRelative(s, k, start) ??
          passiveAgentEndingAt(s, k, start) ??
          issuerOfDocumentEndingAt(s, k, start) ??
          documentEndingAt(s, k, start) ??
          (head === null ? null : speechNounAuthor(s, head, k + 1)) ??
          phraseEndingAt(s, k, start))
      : null;
  }
  // `Aunque el líder (y menos representativo) declare`: an aside between brackets stands after the subject.
  const aside = t.text === ")" ? pairedBracket(s, j, start) : null;
  if (aside !== null && aside > start) return phraseEndingAt(s, aside - 1, start);
  if (isComma(t) || t.text === ")") {
    // An apposition ends here: "Dmitri Peskov, porte-parole du Kremlin, a déclaré".
    let c = j - 1;
    while (c >= start && !isComma(tokens[c]) && tokens[c]!.kind !== "quote" && j - c < 25) c--;
    // `En una entrevista en 'La Brújula', ha defendido`, `En conversación con Acento, dijo`, `Tras la
    // reunión, afirmó`: a prepositional phrase opening the sentence is a lead-in, and no subject.
    if (c < start || !isComma(tokens[c]))
      return opensLeadIn(s, Math.max(start, c + 1)) ? null : analysePhrase(s, Math.max(start, c + 1), j);
    // `Anne Vidal, elle, se dit …`: a stressed pronoun alone between commas sets its subject against
    // another's and repeats it.
    if (c + 2 === j && isPronoun(tokens[c + 1], rules) && isWord(tokens[c - 1]))
      return readBackward(s, c, start);
    // `During the call, he asked about X, called Omar a …`: a clause opening on its subject pronoun, not an
    // apposition; the verbs listed after it share that subject.
    if (isPronoun(tokens[c + 1], rules) && !tokens[c + 1]!.inverted)
      return pronounMention(tokens[c + 1]!.text, tokens[c + 1]!.lower, rules, tokens[c + 1]!.start);
    const acting = actorInCharge(s, c, j);
    if (acting) return acting;
    // `Une autre jurée, qui soutenait « Fleuve », de Mathieu Sorel, regrette`: a name after a complement's
    // preposition, alone between commas, completes the noun or title before it (its author, its place); the
    // subject stands before that.
    if (c > start && namedComplementBetween(s, c, j)) {
      const before = readBackward(s, c + 1, start);
      if (before) return before;
    }
    const incise = inciseSubject(s, c, j);
    if (incise) return incise;
    // An age may stand first: "Guy Lacombe, 71 ans, abonné depuis 1972, estime".
    const age = ageBefore(s, c, start);
    if (age !== null) c = age;
    const renaming = personBeforeRenamedNoun(s, c, j, start);
    if (renaming) return renaming;
    const introduced = nameAfterOffice(s, c + 1, j, start);
    if (introduced) return introduced;
    // `Anna Vogt, die seit 2019 im Amt ist, die das Projekt angestoßen hat, sagte`: a relative clause
    // after another tells more of the same subject (or of a noun in the first), which is named before
    // the first.
    if (opensCommaRelativeClause(s, c + 1) && relativeEndsAt(s, c, start))
      return readBackward(s, c + 1, start);
    const head = phraseStart(s, c - 1, start);
    if (head === null) return analysePhrase(s, c + 1, j);
    const body = bodyAfterDescription(s, head, c, j);
    if (body) return body;
    const fromPlace = nameBeforePlace(s, head, start);
    if (fromPlace) return fromPlace;
    // "Kevin Pruitt, who founded the group Clean Water, said": a relative clause names others.
    const relative = opensRelativeClause(s, c + 1) || rules.phraseStops.has(tokens[c + 1]!.lower);
    if (!relative) return analysePhrase(s, head, participialApposition(s, head, c, j) ? c : j);
    const selfNamed = nameGivenInRelative(s, c, j);
    if (selfNamed) return selfNamed;
    // `Eine Anwohnerin aus Bonn, die …, sagte`: the phrase opening the sentence before the clause
    // speaks, without the place it comes from.
    const opening = tokens.slice(start, c).some(isComma) ? null : subjectOpening(s, start, c);
    if (opening) return opening;
    // `Thomas, éducateur dans le XVIIIe, qui a souhaité garder l’anonymat, raconte`: the relative
    // clause follows an apposition, and the person it describes is named before that.
    const named = appositionEndsAt(s, c, start) ? readBackward(s, c + 1, start) : null;
    return named && named.type !== "pronoun" ? named : analysePhrase(s, head, c);
  }
  // `Als Emre Y. den Funkenflug bemerkte`: a noun an object's determiner opens right before the verb is
  // what the verb acts on (objectDeterminers); its subject stands before it.
  const object = j - 1 > start && t.kind === "word" && rules.objectDeterminers.has(tokens[j - 1]!.lower);
  if (object && !rules.prepositions.has(tokens[j - 2]?.lower ?? "")) return readBackward(s, j - 1, start);
  const capacity = capacityBefore(s, j, start);
  if (capacity !== null) return readBackward(s, capacity, start);
  const medium = documentAdjunctBefore(s, j, start);
  if (medium !== null) return readBackward(s, medium, start);
  return phraseEndingAt(s, j, start);
}

/** How many tokens a document adjunct before the verb may run to: `in a letter to residents`. */
const ADJUNCT_REACH = 6;

/**
 * `The Board in its latest bulletin said`, `The Met Office in a statement said`, `Ofgem in its annual
 * report warned`: a preposition and a phrase a document's noun heads (headedByDocument), ending at
 * `last` right before the verb, say where the subject said it, as `said in a statement` does after the
 * verb; the subject stands before it. Not a complement's preposition (`The authors of the report
 * said`), whose document says who the subject is. Where that preposition stands, or null.
 */
function documentAdjunctBefore(s: Sentence, last: number, start: number): number | null {
  const { tokens, rules } = s;
  for (let p = last - 2; p > start && last - p < ADJUNCT_REACH; p--) {
    const t = tokens[p]!;
    if (!isWord(t)) return null;
    // The document's own complement may come between (`in a letter to the editor`).
    if (rules.prepositions.has(t.lower) && headedByDocument(s, p + 1))
      return rules.complementOf.has(t.lower) ? null : p;
  }
  return null;
}

/** How many tokens a role after `capacityWords` may run to: `als Eigentümerin der alten Halle`. */
const CAPACITY_REACH = 5;

/**
 * `Der Kreis als Schulträger spricht von …`, `Die Stadt als Eigentümerin der Halle teilte mit`: a role
 * opening bare (no determiner) after the subject and a word of capacity (`capacityWords`), ending at
 * `last` right before the verb, says in what capacity the subject speaks. Where that word stands, the
 * subject's phrase or pronoun ending before it, or null. Not after a comparative (`mehr als Lehrer`),
 * whose word before is no noun or pronoun.
 */
function capacityBefore(s: Sentence, last: number, start: number): number | null {
  const { tokens, rules } = s;
  let k = last;
  while (
    k > start &&
    last - k < CAPACITY_REACH &&
    isWord(tokens[k]) &&
    !rules.capacityWords.has(tokens[k]!.lower)
  )
    k--;
  const [as, role, subject] = [tokens[k], tokens[k + 1], tokens[k - 1]];
  if (k === last || k - 1 < start || !isWord(as) || !rules.capacityWords.has(as.lower) || !isWord(subject))
    return null;
  if (rules.determiners.has(role!.lower) || rules.prepositions.has(role!.lower)) return null;
  const noun = rules.capitalisesNouns && isCapitalised(subject) && !rules.determiners.has(subject.lower);
  return noun || isPronoun(subject, rules) ? k : null;
}

/**
 * `Ein Monteur neben ihr fürchtet`, `Un collègue à côté d’elle dénonce`, `Eine Kollegin neben ihm
 * kritisiert`: a pronoun right before the verb v that a preposition governs (read back to j: the pronoun,
 * or the preposition where the pronoun was passed as a clitic) is the subject's complement, telling where
 * the subject stands or whom it is with (often the person just quoted), not the subject. The index of
 * that preposition, or null.
 */
function prepositionGoverningPronoun(s: Sentence, j: number, v: number, start: number): number | null {
  const { tokens, rules } = s;
  const preposition = (k: number) =>
    k >= start && isWord(tokens[k]) && rules.prepositions.has(tokens[k]!.lower.replace(/['’]$/u, ""));
  const pronoun = (k: number) =>
    isWord(tokens[k]) && (isPronoun(tokens[k], rules) || rules.objectPronouns.has(tokens[k]!.lower));
  if (pronoun(j) && preposition(j - 1)) return j - 1;
  return j + 1 < v && preposition(j) && pronoun(j + 1) ? j : null;
}

/**
 * The subject before the preposition at p (see prepositionGoverningPronoun): the phrase opening its
 * clause, cut before the preposition (see subjectOpening); null when the clause opens on the preposition.
 */
function subjectBeforePreposition(s: Sentence, p: number, start: number): Mention | null {
  let from = p;
  while (from > start && isWord(s.tokens[from - 1])) from--;
  return from < p ? subjectOpening(s, from, p) : null;
}

/**
 * `Le rapport du Groupe de travail sur la pénurie de personnel enseignant, publié en 2021, prévoyait`: the
 * subject of a document verb (documentSubjectOf) is the document's whole phrase, from its determiner to
 * the incise or the verb's auxiliaries (ending at j), though prepositions that end other phrases
 * (`phraseStops`: `sur`) stand in its complement. Not a court's, which names a judge as a person. So is
 * any speech verb's (`Le rapport de l’Ademe sur les sols urbains, paru en 2023, soulignait`) when the
 * document's phrase opens the clause: after a word, the document is another noun's complement (`Un
 * oceanógrafo que no ha participado en el estudio considera`, `die Autoren eines Berichts`); and not where
 * the verb comes second, after its object as well as its subject (`Den Entwurf nennt sie`).
 */
function documentPhraseEndingAt(s: Sentence, v: number, j: number, start: number): Mention | null {
  const { tokens, rules } = s;
  const documentVerb = documentSubjectOf(tokens, v, rules) !== undefined;
  const noun = documentVerb || !rules.verbSecond ? documentSubjectBefore(tokens, v, rules) : undefined;
  if (noun === undefined || !rules.documentSpeech.documents.has(tokens[noun]!.lower)) return null;
  const opening = rules.determiners.has(tokens[noun - 1]?.lower ?? "") ? noun - 1 : noun - 2;
  if (opening < start) return null;
  const before = tokens[opening - 1];
  if (!documentVerb && opening > start && isWord(before) && !rules.clauseJoins.has(before.lower)) return null;
  let end = noun + 1;
  while (end <= j && !isComma(tokens[end])) end++;
  return analysePhrase(s, opening, end);
}

/**
 * `A trader at Madina, who gave her name only as Esi, said`, `Eine Händlerin, die ihren Vornamen mit Esi
 * angab, sagte`: a relative clause between the commas c and j that speaks of a name (`nameNouns`) and
 * ends on a name after that noun, or on the name and the clause's verb, gives the name of the unnamed
 * speaker described before it: the fullest name the article gives. The name after a preposition counts
 * (`as Esi`), as the clause says it is theirs; a known noun is no name.
 */
function nameGivenInRelative(s: Sentence, c: number, j: number): Mention | null {
  const { tokens, rules } = s;
  if (!opensCommaRelativeClause(s, c + 1)) return null;
  const noun = tokens.slice(c + 2, j).findIndex((t) => isWord(t) && rules.nameNouns.has(t.lower));
  if (noun < 0) return null;
  const clauseVerb = isWord(tokens[j - 1]) && !isCapitalised(tokens[j - 1]) ? j - 1 : j;
  const run = nameRuns(s, c + 3 + noun, j).find(
    (r) => (r.end === j || r.end === clauseVerb) && !r.modifier && !r.fillsMarks && !r.namesEvent,
  );
  if (run === undefined || tokens.slice(run.start, run.end).some((t) => knownNoun(rules, t))) return null;
  const mention = analysePhrase(s, run.start, run.end);
  return mention?.type === "name" ? mention : null;
}

/**
 * A relative pronoun after a comma at k: `, die nach …`, `, deren Tochter …`, `, who …`. Where nouns
 * are capitalised, an article before a lower-case word opens no apposition, so it is the pronoun.
 */
export function opensRelativeClause(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const pronoun = tokens[k];
  return (
    tokens[k - 1]?.text === "," &&
    isWord(pronoun) &&
    (rules.relativePronouns.has(pronoun.lower) ||
      rules.relativePossessives.has(pronoun.lower) ||
      (rules.capitalisesNouns && rules.determiners.has(pronoun.lower) && !isCapitalised(tokens[k + 1])))
  );
}

/**
 * A relative clause after a comma at k, whether a relative pronoun opens it (opensRelativeClause) or,
 * where relatives open on the complementiser, `que` (`Un comerciante, que prefirió no dar su nombre,
 * …`, `Une voisine, que nous avons croisée, …`): the clause tells more of the phrase before the comma.
 */
export function opensCommaRelativeClause(s: Sentence, k: number): boolean {
  return opensRelativeClause(s, k) || (s.tokens[k - 1]?.text === "," && opensRelativeOrReport(s, k));
}

/**
 * `Un vecino que ayudaba a sacar muebles`, `A man who lives nearby`: a relative pronoun or a
 * complementiser (Spanish and French relatives open on `que`) at k, right after the words of a subject
 * or the comma after them, opens a clause that tells more of it; the description that identifies it
 * ends before.
 */
function opensRelativeOrReport(s: Sentence, k: number): boolean {
  const { lower } = s.tokens[k]!;
  return s.rules.relativePronouns.has(lower) || s.rules.complementisers.has(lower);
}

/**
 * The subject in tokens[start, end), cut short before a preposition saying where it comes from
 * (`Eine Besucherin aus München`: the shortest description that identifies it; an affiliation stays,
 * `Ein Sprecher von Siemens`, and so does a complement naming the body the source works in, `A
 * senior official in the mayor's office`). None when its last word is an abstract noun by its ending
 * (`commonNoun`: `Die Stimmung`) that names no person or body the lexicon knows.
 */
export function subjectOpening(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  // `En una carta a su hermana, que se muestra en una vitrina, escribía`: a lead-in, not the subject.
  if (opensLeadIn(s, start)) return null;
  let last = start;
  while (
    last + 1 < end &&
    isWord(tokens[last + 1]) &&
    !opensRelativeOrReport(s, last + 1) &&
    !placeParticipleAt(s, last + 1, end) &&
    !(
      rules.prepositions.has(tokens[last + 1]!.lower) &&
      !rules.affiliationPrepositions.has(tokens[last + 1]!.lower) &&
      !complementNamesBody(s, last + 1, end) &&
      !placeNameArticleAt(tokens, last + 1, rules)
    )
  )
    last++;
  const head = tokens[last]!;
  if (!isWord(head) || (rules.commonNoun.test(head.lower) && !knownNoun(rules, head))) return null;
  return (
    describedWithComplement(s, start, last + 1, end) ??
    analysePhrase(s, start, whereaboutsEnd(s, start, last + 1, end) ?? last + 1)
  );
}

/**
 * `in the mayor's office`, `with a local research house`: the preposition at p opens a complement, to
 * `end`, that holds no other preposition and ends on a body's noun (`organisationNouns`, lower case:
 * a body unnamed, lower case unless every noun is capitalised). It tells where an unnamed source
 * works, which is what identifies them, where a place (`aus München`) only says where they come from.
 * The body's noun may take its own complement (`in the faculty of arts`, `bodyNamePrepositions`).
 */
function complementNamesBody(s: Sentence, p: number, end: number): boolean {
  const { tokens, rules } = s;
  const complement = tokens.slice(p + 1, end);
  const own = complement.findIndex((t, k) => k > 0 && rules.bodyNamePrepositions.has(t.lower));
  const words = own > 0 && own < complement.length - 1 ? complement.slice(0, own) : complement;
  const body = words.at(-1);
  return (
    words.length > 0 &&
    complement.slice(words.length + 1).every((t) => isWord(t) && !rules.prepositions.has(t.lower)) &&
    words.every((t) => isWord(t) && !rules.prepositions.has(t.lower)) &&
    isWord(body) &&
    (rules.capitalisesNouns || !isCapitalised(body)) &&
    rules.organisationNouns.has(body.lower) &&
    // A unit a body numbers (`numberedBodyUnits`: a district, a ward) is a place where it is unnamed:
    // `A shopper in the old harbour district` comes from there.
    !rules.numberedBodyUnits.has(body.lower)
  );
}

/**
 * `An engineer familiar with the mission, who …, said`: a preposition at p after a person noun and an
 * adjective opens the adjective's complement, not a place the subject comes from: an unnamed source
 * is known by all of tokens [start, end), as when no clause stands between it and its speech verb
 * (adjectiveComplementBeforeSpeech). Null unless that makes one unnamed person.
 */
function describedWithComplement(s: Sentence, start: number, p: number, end: number): Mention | null {
  const noun = s.tokens[p - 2];
  if (
    p - 2 < start ||
    !isWord(noun) ||
    !isPersonNoun(noun.lower, s.rules) ||
    !opensAdjectiveComplement(s, p - 1)
  )
    return null;
  const mention = analysePhrase(s, start, end);
  return isOneUnnamed(mention) ? mention : null;
}

/**
 * `La defensa de X, a cargo del abogado Y, calificó`, `The family, represented by lawyer Y, said`: an
 * apposition between the commas `c` and `j` that names who acts for the subject names the speaker.
 */
function actorInCharge(s: Sentence, c: number, j: number): Mention | null {
  const phrase = s.rules.inChargePhrases.find((p) =>
    phraseWords(p).every((w, k) => s.tokens[c + 1 + k]?.lower === w),
  );
  if (phrase === undefined) return null;
  const from = c + 1 + phraseWords(phrase).length;
  return nameRuns(s, from, j).some(isPersonRun) ? analysePhrase(s, from, j) : null;
}

/**
 * The comma closing an apposition the comma `c` opens, before `end`, within `reach` tokens; `end` when
 * none does.
 */
function closingComma(s: Sentence, c: number, end: number, reach = MAX_PHRASE): number {
  for (let k = c + 1; k < end && k - c <= reach; k++) if (isComma(s.tokens[k])) return k;
  return end;
}

/** Each phrase of the lexicon split into its words once. */
const phraseWordLists = new Map<string, readonly string[]>();
function phraseWords(phrase: string): readonly string[] {
  let split = phraseWordLists.get(phrase);
  if (split === undefined) phraseWordLists.set(phrase, (split = phrase.split(" ")));
  return split;
}

// How many words a passive's agent may run to before its relative clause: `par la direction du groupe`.
const AGENT_WORDS = 6;

/**
 * `Un chiffre contesté par la direction du groupe, qui évoque « … »`: a relative pronoun after a
 * passive's agent (`passiveAgents`) describes the agent, the phrase nearest it, not the sentence's
 * subject; the agent, a determiner opening it, ends at `last`.
 */
function passiveAgentEndingAt(s: Sentence, last: number, start: number): Mention | null {
  const { tokens, rules } = s;
  for (let k = last - 1; k > start && last - k <= AGENT_WORDS && isWord(tokens[k]); k--) {
    if (!rules.passiveAgents.has(tokens[k]!.lower)) continue;
    return rules.determiners.has(tokens[k + 1]?.lower ?? "") ? analysePhrase(s, k + 1, last + 1) : null;
  }
  return null;
}

/**
 * `…, justifie la préfecture dans un communiqué, qui évoque « … »`: a relative pronoun after the
 * document a body spoke in (a preposition, a determiner and a noun of `documentSpeech`, ending at
 * `last`) describes the body before it; the document is only how it spoke.
 */
function issuerOfDocumentEndingAt(s: Sentence, last: number, start: number): Mention | null {
  const { tokens, rules } = s;
  const [preposition, determiner, document] = [tokens[last - 2], tokens[last - 1], tokens[last]];
  const issuer = last - 3;
  if (
    issuer < start ||
    !isWord(preposition) ||
    !rules.prepositions.has(preposition.lower) ||
    !isWord(determiner) ||
    !rules.determiners.has(determiner.lower) ||
    !isWord(document) ||
    !rules.documentSpeech.documents.has(document.lower) ||
    !isWord(tokens[issuer]) ||
    isSpeechVerb(s, issuer)
  )
    return null;
  const mention = phraseEndingAt(s, issuer, start);
  return mention && mention.type !== "pronoun" ? mention : null;
}

// How many words a document's phrase may run to before its relative clause: `le cahier des charges de
// la délégation de service public`.
const DOCUMENT_PHRASE_WORDS = 10;

/**
 * `renvoie au cahier des charges de la délégation de service public, qui prévoit « … »`: a relative
 * pronoun after a document's phrase (a noun of `documentSpeech` after its determiner, or after a
 * preposition carrying the article, `complementArticles`), its complements to `last` included,
 * describes the document; a phrase read back from `last` would stop at a complement (`des charges`).
 */
function documentEndingAt(s: Sentence, last: number, start: number): Mention | null {
  const { tokens, rules } = s;
  let document: Mention | null = null;
  for (let k = last - 1; k > start && last - k < DOCUMENT_PHRASE_WORDS; k--) {
    const t = tokens[k]!;
    if (!isWord(t) || isSpeechVerb(s, k) || rules.clauseJoins.has(t.lower)) break;
    if (!rules.documentSpeech.documents.has(t.lower)) continue;
    const before = tokens[k - 1]!.lower;
    const article = rules.complementArticles.get(before);
    const phrase = rules.determiners.has(before)
      ? analysePhrase(s, k - 1, last + 1)
      : article === undefined
        ? null
        : analysePhrase(s, k, last + 1);
    if (phrase?.type === "description")
      document = article === undefined ? phrase : makeMention({ ...phrase, name: article + phrase.name });
  }
  return document;
}

// How many words a name in quotation marks may hold: `die „Frankfurter Allgemeine Zeitung“`.
const MARKED_NAME_WORDS = 5;

/**
 * `Die „Süddeutsche Zeitung“ berichtete`, `le « Canard enchaîné » révèle`: a paper's name in quotation
 * marks (not a quote: quote judgement left its marks as punctuation) closing at token `close` is the
 * subject of the verb after it.
 */
function markedNameEndingAt(s: Sentence, close: number, start: number): Mention | null {
  const { tokens } = s;
  if (!QUOTATION_MARK.test(tokens[close]!.text)) return null;
  let open = close - 1;
  while (open > start && isWord(tokens[open]) && close - open <= MARKED_NAME_WORDS) open--;
  if (open === close - 1 || !QUOTATION_MARK.test(tokens[open]!.text)) return null;
  // `Gegenüber der „Bild“ sagte X`: a name a preposition governs is no subject.
  let before = open - 1;
  if (s.rules.determiners.has(tokens[before]?.lower ?? "")) before--;
  if (before >= start && s.rules.prepositions.has(tokens[before]!.lower)) return null;
  const mention = analysePhrase(s, open + 1, close);
  return mention?.type === "name" ? mention : null;
}

/** `, 71 ans,`, `, 71 years old,` or `, 71,` ending at the comma c: the comma that opens it, else null. */
function ageBefore(s: Sentence, c: number, start: number): number | null {
  const { tokens } = s;
  let k = c - 1;
  while (k > c - 3 && isWord(tokens[k]) && !isDigit(tokens[k]!) && !isCapitalised(tokens[k]!)) k--;
  return k - 1 >= start && isDigit(tokens[k]!) && isComma(tokens[k - 1]) ? k - 1 : null;
}

/**
 * `Le Kremlin : « … »`, `Un habitant : « … »`: the sentence before the colon names the speaker;
 * in `Die Landrätin zeigte sich zuversichtlich: „…“` its subject does, not the whole clause.
 */
export function phraseBeforeColon(s: Sentence, colon: number, start: number): Mention | null {
  if (phraseStart(s, colon - 1, start) !== start || numberedRubric(s, colon, start)) return null;
  const end = nounPhraseEnd(s, start, colon);
  // Someone or some body: `A photo showed a T-shirt that read:` names no speaker.
  return namesSomeone(s, start, end) ? phraseEndingAt(s, end - 1, start) : null;
}

/**
 * `Ligue 1 : « … »`, `Formule 1 :`: a name with no determiner, ending on a number before the colon, is
 * a rubric naming a competition or an event, no one who speaks (`Eine Schülerin der 4b:` is someone).
 */
function numberedRubric(s: Sentence, colon: number, start: number): boolean {
  const { tokens, rules } = s;
  return /^\p{N}+$/u.test(tokens[colon - 1]!.text) && !rules.determiners.has(tokens[start]!.lower);
}

/**
 * Whether a subject from `start` to `end` names someone or some body: a person's or body's noun, a
 * document's a body speaks in (`La sentencia es tajante: «…»`), an acronym (a name even where any word
 * is capitalised, `CNN: "…"`), or a capital past the sentence's first word — but where every noun
 * takes one, not a common noun of the dictionary (`Das Problem liege woanders: „…“`, `Der Grund ist
 * einfach: „…“` name no speaker).
 */
function namesSomeone(s: Sentence, start: number, end: number): boolean {
  const { rules } = s;
  const nameCapital = (t: Token) =>
    isCapitalised(t) && !opensAt(s, t, start) && !(rules.capitalisesNouns && isDictionaryWord(t, rules));
  return s.tokens
    .slice(start, end)
    .some(
      (t) =>
        isWord(t) &&
        (nameCapital(t) ||
          knownNoun(rules, t) ||
          rules.documentSpeech.documents.has(t.lower) ||
          isPersonNoun(t.lower, rules) ||
          ACRONYM.test(t.text)),
    );
}

// How many words may say how the subject spoke between its copula and the colon: `was more blunt`.
const MANNER_WORDS = 3;

/**
 * `A Republican leadership aide was more blunt: “…”`, `The governor was firm: “…”`: a subject, a
 * copula and a few words saying how it spoke present the words after the colon as the subject's. The
 * copula is the main clause's, the last before the colon: a relative clause with no commas may tell
 * more of the subject before it (`A fund manager who was at the meeting was less sure: “…”`, `Un
 * gestor que tiene acciones fue menos optimista: «…»`); the phrase before the relative speaks.
 */
export function subjectOfCopulaBeforeColon(s: Sentence, colon: number, start: number): Mention | null {
  const { tokens, rules } = s;
  const copula = tokens.findLastIndex(
    (t, k) => k > start && k < colon && isWord(t) && rules.copulas.has(t.lower),
  );
  const manner = tokens.slice(copula + 1, colon);
  if (copula < 0 || manner.length === 0 || manner.length > MANNER_WORDS || !manner.every(isWord)) return null;
  const relative = tokens.findIndex(
    (t, k) => k > start && k < copula && isWord(t) && opensRelativeOrReport(s, k),
  );
  const end = phraseStart(s, copula - 1, start) === start ? copula : relative;
  if (end <= start || phraseStart(s, end - 1, start) !== start) return null;
  // Someone or some body, as before a colon: `The mood was tense:` names no speaker.
  return namesSomeone(s, start, end) ? analysePhrase(s, start, end) : null;
}

// How many qualifiers may stand between an indefinite determiner and its noun for a person: `Ein
// mitgereister Fan`, `Eine ältere Stimmbürgerin`.
const UNNAMED_QUALIFIERS = 2;

/**
 * `Ein mitgereister Fan brachte es nach dem Schlusspfiff auf den Punkt: „…“`, `Ein Monteur neben ihr
 * fürchtet: „…“`, `Un viticultor de Masdache que vende su uva a la bodega recibió la noticia con
 * cautela: “…”`: a sentence opening on an indefinite description of a person (its determiner, a
 * qualifier or two, a noun for a person) that goes on to its own verb, speech verb or not, presents the
 * words after the colon as that person's. The description is the subject as subjectOpening cuts it (up
 * to a relative clause, where the person comes from or was met), before the verb (unnamedSubjectVerb),
 * after any lead-in saying where (opensLeadIn). Null unless it makes one unnamed person.
 */
export function unnamedSubjectBeforeColon(
  s: Sentence,
  colon: number,
  sentenceStart: number,
  anyDescription = false,
): Mention | null {
  const { tokens, rules } = s;
  const start = afterSetting(s, sentenceStart, colon);
  const determiners = anyDescription ? rules.determiners : rules.indefiniteDeterminers;
  if (!determiners.has(tokens[start]?.lower ?? "")) return null;
  const isHead = (t: Token | undefined) =>
    isWord(t) && (isPersonNoun(t.lower, rules) || (anyDescription && knownNoun(rules, t)));
  let head = start + 1;
  while (head < colon && head - start <= UNNAMED_QUALIFIERS && !isHead(tokens[head])) head++;
  if (!isHead(tokens[head])) return null;
  let verb = unnamedSubjectVerb(s, head + 1, colon);
  const inserted = verb === null ? insertedCircumstance(s, head + 1, colon) : null;
  if (inserted) verb = unnamedSubjectVerb(s, inserted.close + 1, colon);
  if (verb === null) return null;
  // Where nouns are capitalised, a genitive of no noun is left out as before a bare colon (`Eine
  // Schülerin der 4b`: nounPhraseEnd); elsewhere a lower-case word after the head may still be its noun.
  const end = inserted?.open ?? verb;
  const mention = subjectOpening(s, start, rules.capitalisesNouns ? nounPhraseEnd(s, start, end) : end);
  if (anyDescription) return mention?.type === "description" ? mention : null;
  return isOneUnnamed(mention) ? mention : null;
}

/**
 * Where the subject opens after lead-ins saying where and when (afterLeadIns), or another setting
 * (`Assise sur un banc, une mère confie :`: settingEnd); sentenceStart when the sentence opens on none.
 */
export function afterSetting(s: Sentence, sentenceStart: number, end: number): number {
  const afterLeadIn = afterLeadIns(s, sentenceStart, end);
  return afterLeadIn !== sentenceStart ? afterLeadIn : (settingEnd(s, sentenceStart, end) ?? sentenceStart);
}

// How many words a lead-in after the first may hold: a time phrase (`dimanche matin`, `vers midi`).
const LATER_LEAD_IN_WORDS = 4;

/**
 * `Devant l’usine fermée, un ouvrier ne décolère pas :`: a lead-in saying where may open the sentence;
 * `Sur le marché d’Andernos, dimanche matin, une cliente hésitait :`: short ones saying when may follow
 * it, each set off by its comma. Where the subject opens: after the lead-in an indefinite determiner
 * follows, else after the first (sentenceStart when the sentence opens on no lead-in).
 */
function afterLeadIns(s: Sentence, sentenceStart: number, colon: number): number {
  const { tokens, rules } = s;
  if (!opensLeadIn(s, sentenceStart)) return sentenceStart;
  const first = findTokenIn(tokens, sentenceStart + 1, colon, isComma);
  if (first < 0) return sentenceStart;
  let start = first + 1;
  while (!rules.indefiniteDeterminers.has(tokens[start]?.lower ?? "")) {
    const comma = findTokenIn(tokens, start, colon, (t) => !isWord(t));
    if (comma < 0 || !isComma(tokens[comma]) || comma - start > LATER_LEAD_IN_WORDS) return first + 1;
    start = comma + 1;
  }
  return start;
}

/**
 * `Ein Zuschauer aus Inzell, eine Kuhglocke in der Hand, war heiser:`, `A fan, a scarf around his
 * neck, was hoarse:`: after the subject's head, a phrase set off by two commas with no verb, no
 * relative or reported clause and no person named in it (`Une spectatrice, Martine, 62 ans :` names
 * her) only says how the subject stood there; the subject's verb follows the second comma. Its commas'
 * indices, else null.
 */
function insertedCircumstance(
  s: Sentence,
  from: number,
  end: number,
): { open: number; close: number } | null {
  const { tokens, rules } = s;
  const open = findTokenIn(tokens, from, end, (t) => !isWord(t));
  if (open < 0 || !isComma(tokens[open])) return null;
  const close = findTokenIn(tokens, open + 1, end, (t) => !isWord(t));
  if (close < open + 2 || !isComma(tokens[close])) return null;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k]!;
    if (opensRelativeOrReport(s, k) || rules.auxiliaries.has(t.lower) || isSpeechVerb(s, k)) return null;
  }
  return firstPersonIn(s, open + 1, close)?.type === "name" ? null : { open, close };
}

/**
 * `de Masdache recibió`, `de la Universidad de Sevilla recibió`: the word at k follows capitalised words
 * that a preposition or determiner after `from` governs, a name ending the subject's complement, perhaps
 * after the common noun it names (`del hospital Honorio Delgado esperaba`). (`A Republican leadership
 * aide`: a capital right after the noun qualifies it, and what follows is no verb.)
 */
function afterGovernedName(s: Sentence, from: number, k: number): boolean {
  const { tokens, rules } = s;
  const governs = (t: Token | undefined) =>
    isWord(t) && (rules.prepositions.has(t.lower) || rules.determiners.has(t.lower));
  let b = k - 1;
  while (b >= from && isCapitalised(tokens[b])) b--;
  if (b < from || b === k - 1) return false;
  const named = tokens[b]!;
  const namedNoun = isWord(named) && !isCapitalised(named) && !isFunctionWord(named.lower, rules);
  return governs(named) || (namedNoun && b - 1 >= from && governs(tokens[b - 1]));
}

/**
 * Where the clause of a subject whose head noun stands before `from` goes on to its verb (or to a
 * relative clause telling more of the subject: the verb follows it), before `end`: an auxiliary, a
 * speech verb, an object pronoun opening the verb group (`lo resumía`), or a plain lower-case word:
 * where nouns are capitalised, one qualifying no noun after it is the verb (`neben ihr fürchtet`, not
 * `aus dem nahen Ort`); elsewhere, one no determiner or preposition governs right after a name the
 * subject's complement ends on (afterGovernedName). Null when the clause has no verb before `end` (a
 * bare description before a colon) or a comma comes first.
 */
function unnamedSubjectVerb(s: Sentence, from: number, end: number): number | null {
  const { tokens, rules } = s;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return null;
    if (opensRelativeOrReport(s, k) || rules.auxiliaries.has(t.lower) || isSpeechVerb(s, k)) return k;
    const before = tokens[k - 1]!;
    const governed = rules.determiners.has(before.lower) || rules.prepositions.has(before.lower);
    // A negation opens the verb group as an object pronoun does: `un ouvrier ne décolère pas :`.
    if (rules.clitics.has(t.lower) || rules.negations.has(t.lower.replace(/['’]$/u, ""))) {
      if (!governed) return k;
      continue;
    }
    if (isCapitalised(t) || isDigit(t) || isFunctionWord(t.lower, rules)) continue;
    if (rules.capitalisesNouns ? !isAdjectiveBeforeNoun(s, k) : !governed && afterGovernedName(s, from, k))
      return k;
  }
  return null;
}

export const knownNoun = (rules: LanguageRules, t: Token) =>
  rules.personNouns.has(t.lower) || rules.titles.has(t.lower) || rules.organisationNouns.has(t.lower);
const opensAt = (s: Sentence, t: Token, start: number) => s.tokens[start] === t;

/**
 * `Le patron de la biotech l’assume :`, `El alcalde de la ciudad lo defiende:`: after a preposition's
 * object, an object pronoun (`clitics`) right after a noun, with only lower-case words after it up to
 * `end`, opens the subject's verb group, not more of its phrase; its index, else null. A clitic right
 * after a determiner or preposition is an article (`de la ville`).
 */
function verbAfterObject(s: Sentence, from: number, end: number): number | null {
  const { tokens, rules } = s;
  for (let k = from + 1; k < end - 1; k++) {
    const before = tokens[k - 1]!;
    const opensVerb =
      rules.clitics.has(tokens[k]!.lower.replace(/['’]$/u, "")) &&
      isWord(before) &&
      !rules.determiners.has(before.lower) &&
      !rules.prepositions.has(before.lower) &&
      tokens.slice(k + 1, end).every((w) => isWord(w) && !isCapitalised(w));
    if (opensVerb) return k;
  }
  return null;
}

/**
 * Where the noun phrase opening tokens[start, end) ends: at the first unknown lower-case word
 * after its head noun, or at the verb before another determiner (`A photo showed a T-shirt`).
 */
function nounPhraseEnd(s: Sentence, start: number, end: number): number {
  const { tokens, rules } = s;
  let head = false;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) continue;
    if (rules.determiners.has(t.lower)) {
      const afterNoun = nounBeforeDeterminer(s, k);
      // `Eine Schülerin der 4b`: a genitive of no noun (a class, a code) is left out.
      const genitive = tokens[k + 1];
      if (afterNoun && !(isWord(genitive) && isCapitalised(genitive))) return k;
      if (k - 1 > start && !afterNoun) return k - 1;
      continue;
    }
    // A preposition's object belongs to the phrase: `Un habitant du quartier`; up to an object
    // pronoun opening the verb group (`verbAfterObject`).
    if (rules.prepositions.has(t.lower)) return verbAfterObject(s, k + 1, end) ?? end;
    if (isCapitalised(t) || knownNoun(rules, t)) head = true;
    else if (head) return k;
  }
  return end;
}

/**
 * `Ein Sprecher der Polizei seufzt:`: where nouns are capitalised, a determiner right after a noun
 * opens its genitive complement, which belongs to the phrase; after a verb it opens the object.
 */
function nounBeforeDeterminer(s: Sentence, k: number): boolean {
  const noun = s.tokens[k - 1];
  return s.rules.capitalisesNouns && isWord(noun) && isCapitalised(noun) && !opensSentence(s.tokens, k - 1);
}

/**
 * `Die Kinderärztin und Epidemiologin warnt`, `assure le président et chef de la direction, X`: a
 * conjunction at k between two nouns for a person, the second without its own determiner, joins two
 * offices of one person, not two clauses or subjects.
 */
function joinsPersonNouns(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const [before, after] = [tokens[k - 1], tokens[k + 1]];
  return (
    listConjunctions(rules).has(tokens[k]!.lower) &&
    isWord(before) &&
    isWord(after) &&
    isPersonNoun(before.lower, rules) &&
    isPersonNoun(after.lower, rules)
  );
}

// How many words a relative clause may hold between its pronoun and the phrase before the verb: a
// verb, its place and a time (`que faena en la zona desde hace tres décadas lo resume`).
const RELATIVE_CLAUSE_WORDS = 9;

/** The capitalised run through `k` follows a preposition, a determiner or a number that governs it. */
function governedName(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  let first = k;
  while (isWord(tokens[first - 1]) && isCapitalised(tokens[first - 1])) first--;
  const before = tokens[first - 1];
  return (
    isWord(before) &&
    (rules.prepositions.has(before.lower) || rules.determiners.has(before.lower) || isDigit(before))
  );
}

/**
 * `una enfermera que prefiere no dar su nombre dijo`: the phrase before the verb at `from` is the
 * object of a relative clause whose pronoun, `que`, stands a few words back, after no punctuation;
 * the speaker is that clause's antecedent. The index of the pronoun, or null.
 */
function relativeOpening(s: Sentence, from: number, start: number): number | null {
  const { tokens, rules } = s;
  for (let k = from - 1; k > start && from - k <= RELATIVE_CLAUSE_WORDS; k--) {
    const t = tokens[k]!;
    // A capitalised word is no clause's (a name there is its subject), but for a name a preposition, a
    // determiner or a number governs inside it: a place (`à la maternité de Vire`), or what the clause's
    // verb takes (`who owns three Whitfield quilts and declined …`).
    if (!isWord(t) || (isCapitalised(t) && !governedName(s, k))) return null;
    // At least the clause's verb stands between: `que el ministerio` opens no relative clause here.
    if (rules.complementisers.has(t.lower) || rules.relativePronouns.has(t.lower))
      return k < from - 1 || opensOnClauseVerb(s, from) ? k : null;
  }
  return null;
}

/**
 * `una espectadora que salía de la función dijo`: read back from the verb, the phrase runs through a
 * preposition into the relative clause and opens on its verb, right after `que`. That first word, in
 * lower case and neither a determiner, a pronoun nor a noun for a person or body, with a complement
 * (a determiner or preposition) after it, is the clause's verb, not a subject (`que expertos del
 * sector` or `que el ministerio` open on one).
 */
function opensOnClauseVerb(s: Sentence, from: number): boolean {
  const { tokens, rules } = s;
  const first = tokens[from];
  const next = tokens[from + 1];
  return (
    isWord(first) &&
    !isCapitalised(first) &&
    !rules.determiners.has(first.lower) &&
    !isPronoun(first, rules) &&
    !knownNoun(rules, first) &&
    isWord(next) &&
    (rules.determiners.has(next.lower) || rules.prepositions.has(next.lower))
  );
}

/**
 * `A man who lives across the road said`: an indefinite noun that fits anyone (`everyoneNouns`)
 * identifies no one, and the relative clause after it is what does (`A neighbour who lives …` is a
 * neighbour). The whole phrase, antecedent and clause through `last` (a closed word), or null.
 */
function anyoneByClause(s: Sentence, antecedent: Mention, clause: number, last: number, start: number) {
  const words = antecedent.name.toLowerCase().split(" ");
  if (antecedent.type !== "description" || antecedent.definite || words.length !== 2) return null;
  if (!s.rules.everyoneNouns.has(words[1]!)) return null;
  // `A woman who said her son had called it …`: a clause that reports speech tells what she said.
  for (let k = clause + 1; k <= last; k++) if (isSpeechVerb(s, k)) return null;
  const from = phraseStart(s, clause - 1, start);
  const whole = from === null ? null : analysePhrase(s, from, last + 1);
  // Read whole, to the verb: a clause the description cuts short is no better than the noun alone.
  const read = whole?.type === "description" && whole.text.endsWith(s.tokens[last]!.text);
  return read ? makeMention({ ...whole, name: whole.text }) : null;
}

function phraseEndingAt(s: Sentence, last: number, start: number): Mention | null {
  const from = phraseStart(s, last, start);
  if (from === null) return null;
  const clause = relativeOpening(s, from, start);
  const clauseAntecedent = clause === null ? null : phraseEndingAt(s, clause - 1, start);
  if (clauseAntecedent) return anyoneByClause(s, clauseAntecedent, clause!, last, start) ?? clauseAntecedent;
  // In German a noun a preposition governs looks like a name but is no subject (`wurde zum Tod
  // erklärt`); elsewhere a place may stand for its people (`En la Casa Rosada se preguntan`).
  const governing = s.tokens[from - 1];
  if (
    s.rules.capitalisesNouns &&
    from > start &&
    governing?.kind === "word" &&
    s.rules.prepositions.has(governing.lower)
  )
    return whereaboutsEnd(s, start, from - 1, last + 1) === last + 1
      ? analysePhrase(s, start, last + 1)
      : subjectBeforePlace(s, from - 1, start);
  const person =
    from > start
      ? (describedWithComplement(s, start, from - 1, last + 1) ?? personBeforePlace(s, from - 1, start))
      : null;
  if (person) return person;
  if (governing?.kind === "word" && from > start && thingAfterPreposition(s, from, last)) return null;
  // "The owner of a shop that burned has described": the subject is what the relative clause describes.
  // A determiner, a name or a pronoun right after the relative pronoun opens the clause's own subject,
  // the relative its object ("the ground, which a league spokesperson said was …", "which Ann Roy
  // called …"): that subject speaks.
  const relative = s.tokens[from - 1];
  const opener = s.tokens[from]!;
  if (
    from - 2 >= start &&
    relative?.kind === "word" &&
    s.rules.relativePronouns.has(relative.lower) &&
    !s.rules.determiners.has(opener.lower) &&
    !s.rules.pronouns.has(opener.lower) &&
    !isCapitalised(opener)
  ) {
    const antecedent = phraseEndingAt(s, isComma(s.tokens[from - 2]) ? from - 3 : from - 2, start);
    if (antecedent) return antecedent;
  }
  return analysePhrase(s, from, unnamedBeforePlaceParticiple(s, from, last + 1));
}

/**
 * `Un étudiant en arts plastiques venu de Pétion-Ville se dit`, `A nurse based in Leeds said`: an
 * unnamed person's phrase (opening on an indefinite determiner) in [from, to) ends before a participle
 * clause saying where they come from or were met (placeParticipleAt): the shortest description that
 * identifies them leaves it out. `to` where there is none.
 */
function unnamedBeforePlaceParticiple(s: Sentence, from: number, to: number): number {
  if (!s.rules.indefiniteDeterminers.has(s.tokens[from]?.lower ?? "")) return to;
  for (let k = from + 2; k < to; k++) if (placeParticipleAt(s, k, to)) return k;
  return to;
}

/**
 * `schimpft ein älterer Herr neben ihr`, `A long-time subscriber at Sunday’s preview was blunter`: an
 * unnamed person's phrase (opening on an indefinite determiner) in [from, to), however it was read,
 * ends where the words say where they stood when they spoke (opensScene), and before a participle
 * whose clause was cut off (danglingParticipleAt): the shortest description that identifies them leaves
 * that out. `to` where there is none.
 */
function unnamedBeforeScene(s: Sentence, from: number, to: number): number {
  if (!s.rules.indefiniteDeterminers.has(s.tokens[from]?.lower ?? "")) return to;
  for (let k = from + 2; k < to; k++) {
    if (doingParticipleAt(s, k, to)) return k;
    if (!opensScene(s, k, to)) continue;
    // `A study published in March`: a participle the scene dates goes with it.
    const dated = s.rules.pastParticipleEnding.test(s.tokens[k - 1]!.lower);
    return dated ? beforeDatedParticiple(s, from, k + 1) : k;
  }
  return to - from > 2 && danglingParticipleAt(s, to) ? to - 1 : to;
}

/**
 * The word at k, before `end`, opens a participle clause saying what the speaker was doing (`a fan
 * leaving the ground`, `an official speaking on condition of anonymity`): a lower-case word with a
 * present participle's ending (`presentParticipleEnding`) that no list holds as a noun, after a noun
 * (not a determiner or preposition: `the ruling party`, `a leading economist`), before its object's
 * determiner or a preposition.
 */
function doingParticipleAt(s: Sentence, k: number, end: number): boolean {
  const { tokens, rules } = s;
  const next = tokens[k + 1];
  return (
    k + 1 < end &&
    participleAt(s, k, rules.presentParticipleEnding) &&
    isWord(next) &&
    (rules.determiners.has(next.lower) ||
      rules.possessiveDeterminers.has(next.lower) ||
      rules.prepositions.has(next.lower))
  );
}

/**
 * The phrase [.., to) ends on a participle whose preposition was left out of it (`un retraité croisé`
 * before `dans le hall`, `un rapport publié` before `en mars`): a participle (participleAt) at to - 1
 * and a preposition at to. Cut from the clause that completed it, the participle says nothing of who
 * the source is; a participle with its complement stays (`A nurse employed at the clinic`).
 */
function danglingParticipleAt(s: Sentence, to: number): boolean {
  const preposition = s.tokens[to];
  return (
    participleAt(s, to - 1, s.rules.pastParticipleEnding) &&
    isWord(preposition) &&
    s.rules.prepositions.has(preposition.lower)
  );
}

/**
 * The preposition at k, before `end`, places the speaker in the scene rather than saying who they are:
 * before a time word (`at Sunday’s preview`, `am Montag`, opensTimePhrase) or before a personal pronoun
 * closing the phrase (`neben ihr`, `hinter ihm`). A complement's or affiliation's preposition (`a
 * friend of hers`, `ein Kollege von ihm`) says who they are and goes on, and so does a possessive before
 * its noun (`neben ihr Auto` is no scene).
 */
function opensScene(s: Sentence, k: number, end: number): boolean {
  const { tokens, rules } = s;
  const preposition = tokens[k]!;
  if (
    !isWord(preposition) ||
    !rules.prepositions.has(preposition.lower) ||
    rules.complementOf.has(preposition.lower)
  )
    return false;
  if (opensTimePhrase(s, k)) return true;
  const pronoun = tokens[k + 1];
  return (
    k + 1 < end &&
    !rules.affiliationPrepositions.has(preposition.lower) &&
    isWord(pronoun) &&
    (rules.pronouns.has(pronoun.lower) ||
      rules.objectPronouns.has(pronoun.lower) ||
      rules.possessiveDeterminers.has(pronoun.lower)) &&
    !(k + 2 < end && isWord(tokens[k + 2]))
  );
}

/**
 * A lower-case word at k with the participle's ending, no noun the lexicon knows, after a word that is
 * neither a determiner nor a preposition (which would make it a noun or an adjective): the participle
 * that doingParticipleAt and placeParticipleAt each read on.
 */
function participleAt(s: Sentence, k: number, ending: RegExp): boolean {
  const { tokens, rules } = s;
  const [word, before] = [tokens[k], tokens[k - 1]];
  return (
    isWord(word) &&
    !isCapitalised(word) &&
    ending.test(word.lower) &&
    !knownNoun(rules, word) &&
    isWord(before) &&
    !rules.determiners.has(before.lower) &&
    !rules.prepositions.has(before.lower)
  );
}

/**
 * The word at k, before `end`, opens a participle clause on a place (`venu de Pétion-Ville`,
 * `rencontré à Kaya`, `based in Leeds`): a lower-case word with a participle's ending
 * (`pastParticipleEnding`) that no list holds as a noun, after a word that is neither a determiner nor a
 * preposition (`de santé`, `la cité` are nouns), before a preposition and a capitalised word.
 */
function placeParticipleAt(s: Sentence, k: number, end: number): boolean {
  const { tokens, rules } = s;
  const preposition = tokens[k + 1];
  const place = rules.determiners.has(tokens[k + 2]?.lower ?? "") ? tokens[k + 3] : tokens[k + 2];
  return (
    k + 2 < end &&
    participleAt(s, k, rules.pastParticipleEnding) &&
    isWord(preposition) &&
    rules.prepositions.has(preposition.lower) &&
    isWord(place) &&
    isCapitalised(place)
  );
}

/**
 * `Een ouder bij een school in Kralingen vindt`: where a preposition stops the phrase read back from
 * the verb (`phraseStops`), the place after it says where the subject lives or works; the subject is
 * the phrase opening the clause before the preposition at p, when a noun for a person or body heads it.
 */
function personBeforePlace(s: Sentence, p: number, start: number): Mention | null {
  const { tokens, rules } = s;
  const preposition = tokens[p];
  // `En la meta, una aficionada con la bandera de Paraíso gritaba`: lead-ins set off by their commas say
  // where or when; the clause, and its subject, open after the last.
  const comma = tokens.slice(start, p).findLastIndex(isComma);
  const from = opensLeadIn(s, start) && comma > 0 ? start + comma + 1 : start;
  if (!isWord(preposition) || !rules.prepositions.has(preposition.lower) || p - from > PERSON_WORDS)
    return null;
  const opening = tokens.slice(from, p);
  if (!opening.every(isWord) || !opening.some((t) => knownNoun(rules, t))) return null;
  return subjectOpening(s, from, p);
}

/**
 * `Daniel Zaugg aus Burgdorf, Vater von drei Kindern, sagt`, `Jonas Miller from Bristol, a father of two,`:
 * the phrase read back from the apposition stops at the preposition before the place a person comes
 * from; a name of two capitalised words or more opening the clause before it is who speaks, not the
 * place.
 */
function nameBeforePlace(s: Sentence, head: number, start: number): Mention | null {
  const { tokens, rules } = s;
  const preposition = tokens[head - 1];
  if (!isWord(preposition) || !rules.prepositions.has(preposition.lower) || head - 1 - start < 2) return null;
  const name = tokens.slice(start, head - 1);
  const named = name.every((t) => isWord(t) && isCapitalised(t) && !isFunctionWord(t.lower, rules));
  return named ? analysePhrase(s, start, head - 1) : null;
}

// How many words the subject before its place may run to: `De nieuwe directeur van het museum`.
const PERSON_WORDS = 6;

/**
 * `pero en sus redes sociales publicó:`, `en la rueda de prensa dijo:`: a preposition's object that
 * names no one (no capitalised word, no noun for a person or a body) says where the words were said,
 * and the verb's subject is left out. A named place may stand for its people (`En la Casa Rosada se
 * preguntan`), and so may a body (`en el sindicato creen`).
 */
function thingAfterPreposition(s: Sentence, from: number, last: number): boolean {
  const { tokens, rules } = s;
  if (!rules.prepositions.has(tokens[from - 1]!.lower) || rules.determiners.has(tokens[from - 1]!.lower))
    return false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (
      !isWord(t) ||
      isCapitalised(t) ||
      isPersonNoun(t.lower, rules) ||
      rules.organisationNouns.has(t.lower)
    )
      return false;
  }
  return true;
}

/**
 * `Das Institut für Seeverkehrswirtschaft und Logistik (ISL) in Bremen warnt`, `Der Verband in Berlin
 * teilte mit`: the subject opening the sentence may be followed by where it sits, a preposition and its
 * place, before the verb. The words before the preposition at p speak when they open the sentence on a
 * determiner or a noun and hold only capitalised words and the prepositions and conjunctions of a body's
 * name; an acronym in brackets after the name is left out.
 */
function subjectBeforePlace(s: Sentence, p: number, start: number): Mention | null {
  const { tokens, rules } = s;
  let end = p;
  if (tokens[end - 1]?.text === ")" && tokens[end - 3]?.text === "(") end -= 3;
  const first = tokens[start];
  const nameWord = (t: Token) =>
    isWord(t) &&
    (isCapitalised(t) ||
      rules.prepositions.has(t.lower) ||
      rules.determiners.has(t.lower) ||
      listConjunctions(rules).has(t.lower));
  const named =
    end - 1 > start &&
    isWord(first) &&
    !rules.prepositions.has(first.lower) &&
    isCapitalised(tokens[end - 1]) &&
    tokens.slice(start, end).every(nameWord);
  return named ? analysePhrase(s, start, end) : null;
}

// How far back from a preposition the noun naming a body may stand: `Unidad Nacional para`.
const BODY_NAME_REACH = 6;

/**
 * `La Embajada de España en Colombia`, `A Agência Nacional para a Qualificação`: a preposition
 * between capitalised words, after a capitalised noun for a body, joins the two halves of the
 * body's name; it ends no phrase. So does a body's noun in lower case after its article, a common
 * noun named by its country and seat (`La embajada de Estados Unidos en Tegucigalpa`). Not where
 * every noun is capitalised (`der Regierung am Sonntag`).
 */
function insideBodyName(s: Sentence, k: number, start: number): boolean {
  const { tokens, rules } = s;
  if (rules.capitalisesNouns) return false;
  // The preposition's article (`para a`), itself a preposition in some lexicons, goes with it.
  if (rules.determiners.has(tokens[k]!.lower) && rules.prepositions.has(tokens[k - 1]?.lower ?? ""))
    return insideBodyName(s, k - 1, start);
  const next = rules.determiners.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  // `la Fiscalía federal para el Distrito Sur de Florida`: where adjectives follow their noun, one in
  // lower case may qualify the capitalised body noun before the preposition.
  const qualified =
    rules.adjectivesFollowNouns &&
    isWord(tokens[k - 1]) &&
    !isCapitalised(tokens[k - 1]) &&
    !isFunctionWord(tokens[k - 1]!.lower, rules) &&
    !isSpeechVerb(s, k - 1) &&
    isCapitalised(tokens[k - 2]) &&
    rules.organisationNouns.has(tokens[k - 2]!.lower);
  const last = qualified ? k - 2 : k - 1;
  if (
    !rules.prepositions.has(tokens[k]!.lower) ||
    !isCapitalised(tokens[last]) ||
    !isCapitalised(tokens[next])
  )
    return false;
  for (let b = last; b >= start && k - b <= BODY_NAME_REACH; b--) {
    const w = tokens[b]!;
    if (!isWord(w)) return false;
    if (rules.organisationNouns.has(w.lower) && (isCapitalised(w) || determinerBefore(s, b))) return true;
    // Only the name's own words and the small words between them: `Fondo de las Naciones Unidas para`,
    // `Servicio Nacional de Prevención y Respuesta ante`.
    const small =
      rules.prepositions.has(w.lower) ||
      rules.determiners.has(w.lower) ||
      listConjunctions(rules).has(w.lower);
    if (!isCapitalised(w) && !small) return false;
  }
  return false;
}

/**
 * `l’Institut mauritanien de recherches océanographiques et des pêches`, `le ministère de l’Économie
 * et des Finances`: where a body's name is written in lower case after its noun, a list conjunction
 * at k followed by `de` again (`et de la`, `et des`) opens a second complement of the same noun, a
 * few words after it, with a preposition between; it ends no phrase. A person or a body after it is a
 * second subject (`Le ministère de la Santé et des syndicats ont signé`, `et des élus`).
 */
function complementJoinedInBodyName(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  if (
    rules.capitalisesNouns ||
    !listConjunctions(rules).has(tokens[k]!.lower) ||
    !isWord(tokens[k + 1]) ||
    !opensComplement(rules, tokens[k + 1]!.lower)
  )
    return false;
  // The complement's noun, perhaps after an adjective (`et de nombreux élus`), in the singular too
  // (`et des syndicats`); a document's noun names no one (`et des études économiques`).
  const first = rules.determiners.has(tokens[k + 2]?.lower ?? "") ? k + 3 : k + 2;
  const body = (w: string) => rules.organisationNouns.has(w) && !rules.documentSpeech.documents.has(w);
  const namesSomeone = (t: Token | undefined) =>
    isWord(t) && [t.lower, t.lower.replace(/s$/u, "")].some((w) => isPersonNoun(w, rules) || body(w));
  if (!isWord(tokens[first]) || namesSomeone(tokens[first]) || namesSomeone(tokens[first + 1])) return false;
  let preposition = false;
  for (let b = k - 1; b >= 0 && k - b <= CONJOINED_BODY_REACH; b--) {
    const w = tokens[b]!;
    if (!isWord(w) || isSpeechVerb(s, b)) return false;
    if (rules.organisationNouns.has(w.lower) && (isCapitalised(w) || determinerBefore(s, b)))
      return preposition;
    if (rules.prepositions.has(w.lower)) preposition = true;
  }
  return false;
}

// How far back from the conjunction the body's noun may stand: `Institut mauritanien de recherches
// océanographiques et`.
const CONJOINED_BODY_REACH = 6;

const determinerBefore = (s: Sentence, k: number) => s.rules.determiners.has(s.tokens[k - 1]?.lower ?? "");

// How many tokens back a noun phrase may begin: a body's full name and its initials in brackets run long
// (`la Asociación Colombiana de Empresas de Medicina Integral (Acemi)`, twelve), and a ministry's list of
// portfolios longer (`le ministère de la Santé, de l’Hygiène publique et de la Couverture maladie
// universelle`, eighteen).
const PHRASE_START_REACH = 20;

/** Where the noun phrase that ends at `last` begins, walking back over words only. */
function phraseStart(s: Sentence, last: number, start: number): number | null {
  const { tokens, rules } = s;
  let k = last;
  while (k >= start && last - k < PHRASE_START_REACH) {
    const t = tokens[k]!;
    // `Liberal MP Priya Sandhu (Brampton South, Ont.), parliamentary secretary …,`: what brackets hold is
    // an aside, whose commas end no phrase.
    const aside = t.text === ")" ? pairedBracket(s, k, start) : null;
    if (aside !== null) {
      k = aside - 1;
      continue;
    }
    const inBodyName = () =>
      insideBodyName(s, k, start) ||
      conjunctionInBodyName(s, k) ||
      complementJoinedInBodyName(s, k) ||
      suspendedCompoundAt(tokens, k - 1, rules) ||
      bodyFieldAround(s, k) > k ||
      conjunctionInPortfolio(s, k) ||
      joinsPlaceList(s, k) ||
      placeNameArticleAt(tokens, k, rules);
    // `L’auteur du rapport sur la pauvreté, publié jeudi,`: a document's noun takes its subject by a
    // preposition that ends other phrases; not in the prepositional phrase opening the sentence (`En una
    // carta a su hermana, que …, escribía`), which says where the words stand, not who speaks.
    const documentSubject = () => {
      if (!rules.documentSpeech.documents.has(tokens[k - 1]?.lower ?? "")) return false;
      const before = rules.determiners.has(tokens[k - 2]?.lower ?? "") ? k - 3 : k - 2;
      return !rules.prepositions.has(tokens[before]?.lower ?? "") || isWord(tokens[before - 1]);
    };
    const joins =
      (rules.clauseJoins.has(t.lower) && !inBodyName() && !joinsPersonNouns(s, k)) ||
      (rules.phraseStops.has(t.lower) && !inBodyName() && !joinsPersonNouns(s, k) && !documentSubject()) ||
      rules.relativePronouns.has(t.lower) ||
      // "A Prefeitura de São Paulo": a capitalised auxiliary opening a name is no verb.
      (rules.auxiliaries.has(t.lower) && !functionWordOpensName(tokens, k, last + 1, rules));
    if (
      t.kind === "quote" ||
      (t.kind === "punct" &&
        t.text !== "(" &&
        t.text !== ")" &&
        !commaInBodyName(s, k) &&
        !joinsPlaceList(s, k) &&
        !joinsWords(s, k) &&
        !dashInBodyName(s, k, start, last + 1)) ||
      (isWord(t) && (joins || isSpeechVerb(s, k)))
    )
      break;
    k--;
  }
  // A determiner that opens the sentence or a clause opens the phrase, though it may end phrases elsewhere
  // (German "ein" is also a particle): `Ein Sprecher sagte`, `Wie ein Sprecher sagte`.
  const opensClause = (d: number) =>
    isCapitalised(tokens[d]!) || (d > start && rules.clauseJoins.has(tokens[d - 1]!.lower));
  if (k >= start && isWord(tokens[k]) && rules.determiners.has(tokens[k]!.lower) && opensClause(k)) k--;
  const from = k + 1;
  if (from > last) return null;
  const first = tokens[from]!;
  // `In a statement the orchestra`: a lead-in opening the sentence without its comma says where the words
  // stand, like "Nonetheless" below; the subject opens on the determiner after it.
  if (rules.determiners.has(first.lower) || (isCapitalised(first) && !opensLeadIn(s, from))) return from;
  // "Nonetheless the team" → "the team".
  for (let d = from + 1; d <= last; d++) {
    if (rules.determiners.has(tokens[d]!.lower) && !rules.prepositions.has(tokens[d - 1]!.lower)) return d;
  }
  return from;
}

/**
 * `The department of mineral & petroleum resources`, `Procter & Gamble`: an ampersand between two
 * words joins them inside one name or description, as "and" would; it ends no phrase. So does a slash,
 * as "and" or "or" would: a list's joint name (`die Fraktion BVB/Freie Wähler`, `Grüne/EFA`).
 */
export function joinsWords(s: Sentence, k: number): boolean {
  const mark = s.tokens[k]!.text;
  return (mark === "&" || mark === "/") && isWord(s.tokens[k - 1]) && isWord(s.tokens[k + 1]);
}

/** How far into a phrase the noun for what was said may stand (`Ce sont les premiers mots d'…`). */
const SPEECH_NOUN_REACH = 5;

/**
 * The person named as the author of words in the phrase tokens[from, to): `L'elogio di Trump`,
 * `Cette petite phrase d'Arnaud Montebourg`, `the mayor's words` aside (a possessive is read elsewhere);
 * or described, to the phrase's end (`Réponse du prévenu : « … »`): a speech noun heads the phrase, so
 * the whole is no name, and its author is the person its complement describes; or the body that
 * issued the words (`selon un communiqué du ministère de la Santé`, see bodyOfStatement).
 */
export function speechNounAuthor(s: Sentence, from: number, to: number): Mention | null {
  const { tokens, rules } = s;
  for (let k = from; k < to - 2 && k - from < SPEECH_NOUN_REACH; k++) {
    if (!isWord(tokens[k]) || !rules.speechNouns.has(tokens[k]!.lower)) continue;
    // `La phrase est de Paul Roy`, `A frase é do governador`: a verb "to be" may join the noun to its author.
    let of = k + 1;
    while (of < to && isWord(tokens[of]) && rules.auxiliaries.has(tokens[of]!.lower)) of++;
    if (!rules.complementOf.has(tokens[of]?.lower ?? "")) return null;
    // The author's name, after any office written in lower case (`do governador Paulo Matos`), which
    // may take its article (`de la syndicaliste Anne Roy`).
    let end = of + 1;
    if (rules.determiners.has(tokens[end]?.lower ?? "")) end++;
    while (
      end < to &&
      isWord(tokens[end]) &&
      (isCapitalised(tokens[end]!) || (knownNoun(rules, tokens[end]!) && end - of <= 2))
    )
      end++;
    const body = bodyOfStatement(s, of, to);
    if (body) return body;
    const mention = end > of + 1 ? analysePhrase(s, of + 1, end) : null;
    // A description ends the phrase: a name in apposition after it would be who it describes (`La
    // promesse du maire de Lyon, Grégory Doucet`), read elsewhere.
    if (mention?.type === "name") return mention;
    if (mention?.kind !== "unnamed" || end !== to) return null;
    // `Réponse du prévenu`: the description takes the definite article its preposition carries, with its
    // gender, and stands for whom the article has described so (see authorOfWordsPassedOn for an
    // indefinite one).
    const article = rules.complementArticles.get(tokens[of]!.lower);
    if (article === undefined) return mention;
    const gender = mention.gender ?? rules.definiteDeterminers.get(article.trim());
    return makeMention({ ...mention, name: article + mention.name, gender, definite: true });
  }
  return null;
}

/**
 * `un communiqué du ministère de l’Industrie et du Commerce`, `un comunicado del Ministerio de Industria`:
 * what a body issues is the body's word, as the annotated pages give it (`diz o comunicado do STF`: the
 * court speaks). The body after the speech noun's preposition at `of` is read as any phrase is, its
 * name's particles and conjunctions included, which the capitalised words an author's name is read
 * from would cut (`Ministerio`); only a body opening on its noun (a person is named by those words
 * alone, read after). A description takes the article its preposition carries (`du` → `le ministère`).
 */
function bodyOfStatement(s: Sentence, of: number, to: number): Mention | null {
  const { tokens, rules } = s;
  const noun = rules.determiners.has(tokens[of + 1]?.lower ?? "") ? of + 2 : of + 1;
  if (!isWord(tokens[noun]) || !rules.organisationNouns.has(tokens[noun]!.lower)) return null;
  const body = readForward(s, of + 1, to);
  if (body === null || body.type === "pronoun") return null;
  const article = body.type === "description" ? (rules.complementArticles.get(tokens[of]!.lower) ?? "") : "";
  return makeMention({ ...body, name: article + body.name });
}

/**
 * Who tells the words a source phrase names by a speech noun: its author after `de` (`d'après le récit
 * de Paul Roy`) or the subject of the relative clause after it (`d'après le récit qu'elle livre au
 * Monde`, `selon la version qu'en donne Paul Roy`).
 */
export function tellerOfWords(s: Sentence, from: number, to: number): Mention | null {
  const { tokens, rules } = s;
  const author = speechNounAuthor(s, from, to);
  if (author) return author;
  let k = from;
  if (rules.determiners.has(tokens[k]?.lower ?? "")) k++;
  if (!isWord(tokens[k]) || !rules.speechNouns.has(tokens[k]!.lower)) return null;
  const que = tokens[k + 1]?.lower.replace(/['’]$/u, "") ?? "";
  if (!rules.complementisers.has(que)) return null;
  let subject = k + 2;
  // `qu'en donne`: a clitic may stand before the verb, the subject inverted after it.
  if (rules.clitics.has(tokens[subject]?.lower ?? "") && isWord(tokens[subject + 1])) subject += 2;
  const t = tokens[subject];
  if (isPronoun(t, rules) && !t!.inverted) return pronounMention(t!.text, t!.lower, rules, t!.start);
  let end = subject;
  while (end < to && isWord(tokens[end]) && isCapitalised(tokens[end]!)) end++;
  const named = end > subject ? analysePhrase(s, subject, end) : null;
  return named?.type === "name" ? named : null;
}

/**
 * The gender the words of the phrase tokens[from, to) tell: only a feminine noun tells it ("professeur"
 * and "ministre" are said of women too), or a case (`Der 47-Jährigen fehlt …`, see feminineByCase). Read
 * only where the phrase's mention takes a gender from it: most named people have one of their own.
 */
function nounGender(s: Sentence, from: number, to: number): Gender | undefined {
  const { tokens, rules } = s;
  const feminine =
    findTokenIn(tokens, from, to, (t) => rules.personNouns.get(t.lower) === "f") >= 0 ||
    rules.feminineByCase.test(`${tokens[from]!.lower} ${tokens[from + 1]?.lower ?? ""}`);
  return feminine ? "f" : undefined;
}

// A sentence's phrases are read again and again: a quote's strategies, the reported speech around it
// and the people a sentence names each read the subject before the same verb. A phrase's reading
// depends only on the sentence, whose tokens and casing are fixed once it is made (see nameRuns), and
// no reader changes a mention it is given (makeMention copies), so each stretch is read once.
const phrasesBySentence: StretchReadings<Mention | null> = new WeakMap();

/** Name, pronoun or description for the phrase tokens[from, to). */
export function analysePhrase(s: Sentence, from: number, to: number): Mention | null {
  return readOncePerStretch(phrasesBySentence, s, from, to, readPhrase);
}

function readPhrase(s: Sentence, from: number, to: number): Mention | null {
  const { tokens, rules, source } = s;
  while (from < to && tokens[from]!.kind !== "word") from++;
  while (to > from && tokens[to - 1]!.kind === "punct" && tokens[to - 1]!.text !== ")") to--;
  if (from >= to) return null;
  to = beforeTimePhrase(s, from, unnamedBeforeScene(s, from, to));
  const text = tokensText(tokens, from, to, source);
  // Joined word by word, with no array between: `map` makes a holey array in optimised code and a packed
  // one in the interpreter, and `join`, handed both, had readPhrase optimised and thrown away again.
  let lower = tokens[from]!.lower;
  for (let k = from + 1; k < to; k++) lower += ` ${tokens[k]!.lower}`;
  // `Pour la chercheuse, il faut repenser l’aménagement :`: an impersonal verb's pronoun is no one.
  if (tokens[from]!.impersonal) return null;
  if (rules.pronouns.has(lower)) return pronounMention(text, lower, rules, tokens[from]!.start);
  // A subject pronoun is the whole subject: the words after it are the verb's object (`sagte sie der
  // Zeitung`, `dijo él a la prensa`), not a description of its own.
  const opening = tokens[from]!;
  if (to - from > 1 && rules.pronouns.has(opening.lower))
    return pronounMention(opening.text, opening.lower, rules, opening.start);
  // "we", "on", "selon nos informations": the newspaper itself, not a speaker; but the paper's own
  // person speaks as written (`selon notre critique`).
  // German "das" is "that" alone but an article before a noun (`das Präsidialamt`).
  if (
    rules.speakerlessPronouns.has(tokens[from]!.lower) &&
    !(rules.determiners.has(tokens[from]!.lower) && to - from > 1) &&
    !(to - from === 2 && isPersonNoun(tokens[from + 1]!.lower, rules))
  )
    return null;
  // `La presidenta de la Sociedad de Medicina de Familia y Comunitaria (semFYC), Lucía Barrionuevo`: the
  // name after the description's comma, however many capitals the body's name before it holds.
  const nameComma = findTokenIn(tokens, from + 1, to, isComma);
  const introduced = nameComma > 0 ? nameAfterOffice(s, nameComma + 1, to, from) : null;
  if (introduced) return introduced;
  const runs = nameRuns(s, from, to);
  // A document's phrase names its author in its complement, and the document speaks as written.
  const document = headedByDocument(s, from);
  const sender = document ? senderOfDocument(s, from, to) : null;
  if (sender) return sender;
  // `James Cook University crocodile researcher Dr Hamish Doyle`, `Wollongong Police District crime
  // manager Gavin Pryce`: a run ending on a body's noun or on a unit a body numbers names where the
  // person named after it works; the person speaks, whichever run is longer.
  // A body's field and its seat are the body's (`das Leibniz-Institut für Ostseeforschung Warnemünde`).
  const namedRuns = document ? [] : runs.filter((r) => isPersonRun(r) && !insideBodyField(s, r));
  const namesBody = (r: NameRun) => {
    const last = tokens[r.end - 1]!.lower;
    return rules.organisationNouns.has(last) || rules.numberedBodyUnits.has(last);
  };
  const people = namedRuns.filter((r) => !namesBody(r));
  const personRuns = people.length > 0 ? people : namedRuns;
  const person =
    namedBeforeApposition(s, personRuns, to) ??
    bestRun(personRuns) ??
    (!document && runs.length === 1 && runs[0]!.afterPreposition && runs[0]!.titleStart === from + 1
      ? runs[0]
      : undefined);
  const first = tokens[from]!;
  const determinerGender =
    rules.definiteDeterminers.get(first.lower) ?? rules.indefiniteDeterminers.get(first.lower);
  const acronym = person ? acronymOpeningBodyName(s, from, person) : -1;
  if (person && acronym >= 0) {
    const name = tokensText(tokens, acronym, bodyNameEnd(s, person, to), source);
    return makeMention({ type: "name", text, name, role: null, kind: "organisation" });
  }
  if (person && !completesPersonNoun(s, from, person) && !conjoinedInBodyName(s, person)) {
    const bodyEnd = acronymClosesBodyName(s, person, to) ? person.end + 1 : bodyNameEnd(s, person, to);
    if (bodyEnd > person.end) {
      const name = tokensText(tokens, person.start, bodyEnd, source);
      return makeMention({
        type: "name",
        text,
        name,
        role: roleAround(s, from, to, person),
        kind: "organisation",
      });
    }
    return makeMention({
      type: "name",
      text,
      name: tokensText(tokens, person.start, person.end, source),
      written: person.title ? undefined : tokensText(tokens, person.titleStart, person.end, source),
      role: roleAround(s, from, to, person),
      // "Federal Reserve Bank" is an institution; "Bill Valdez" is not a bill.
      kind: rules.organisationNouns.has(tokens[person.end - 1]!.lower) ? "organisation" : "person",
      // A feminine noun outweighs the determiner, which French writes `son` before any vowel: `Son
      // adversaire, la conseillère Inès Barthe`.
      gender: person.gender ?? nounGender(s, from, to) ?? determinerGender,
      at: tokens[person.start]!.start,
    });
  }
  const named = document ? undefined : bodyNamedAfter(s, from, to, runs);
  if (named !== undefined) return analysePhrase(s, named, to);
  const kindNamed = document ? undefined : bodyNamedAfterKind(s, from, to, runs);
  if (kindNamed) return kindNamed;
  // Without a name, the head before any apposition describes the speaker: "Le président du Sénat, élu en
  // mai,".
  // So does a bracket, which holds another name for it: "l’agence régionale de santé (ARS)". A comma
  // listing the words of a body's name is inside the head (commaInBodyName).
  const comma = tokens
    .slice(from, to)
    .findIndex(
      (t, k) =>
        (isComma(t) && !commaInBodyName(s, from + k) && !joinsPlaceList(s, from + k)) || t.text === "(",
    );
  const headEnd = beforeDocumentParticiple(
    s,
    from,
    beforeReportingAgent(s, from, comma > 0 ? from + comma : to),
  );
  const head = tokensText(tokens, from, headEnd, source);
  const words = tokens.slice(from, headEnd).filter(isWord);
  // After a possessive the head is what is possessed: "the prosecutor’s office" is an office, and so is
  // the noun after a name's genitive where nouns are capitalised ("Italiens Verkehrsminister"). A
  // possessive after a preposition is inside the head's complement ("a spokesperson for the
  // Sheriff's Office" is a spokesperson), and says nothing of the head.
  const complement = words.findIndex((t) => rules.prepositions.has(t.lower));
  const possessive = words.findLastIndex((t) => t.lower === "'s");
  const owner = nameGenitiveOpening(words, rules)
    ? 0
    : complement >= 0 && complement < possessive
      ? -1
      : possessive;
  const owned = words.slice(owner + 1);
  const headNoun = owned.find((t) => !rules.determiners.has(t.lower) && !rules.adverbs.has(t.lower));
  if (!headNoun || words.every((t) => rules.determiners.has(t.lower) || rules.prepositions.has(t.lower)))
    return null;
  // A name's genitive makes its noun definite, as an article would: one minister, Italy's.
  const definite = rules.definiteDeterminers.has(first.lower) || owner === 0;
  // The noun may come last, after what qualifies it: "the California Republican". A nationality
  // is a person's too, though capitalised like a body's name: "la Française". Before a complement,
  // the noun is the word it qualifies, after any adjective: `l’ancien joueur de Ténès` is a player,
  // not a body named for the town.
  const ownedComplement = owned.findIndex((t) => rules.prepositions.has(t.lower));
  const nouns = [headNoun, owned.at(-1)!, ...(ownedComplement > 0 ? [owned[ownedComplement - 1]!] : [])];
  // `der gebürtige Nürnberger`: a town's inhabitant ending the head after a lower-case word, not a
  // name's last word after its noun (`der Trainer Becker`).
  const inhabitant =
    rules.inhabitantNoun.test(owned.at(-1)!.text) && owned.length > 1 && !isCapitalised(owned.at(-2));
  const isPersonal = (t: Token) => isPersonNoun(t.lower, rules) || rules.demonyms.has(t.lower);
  const personal = inhabitant || nouns.some(isPersonal);
  // The person's noun ending the words before any complement tells the number, not a place's name
  // qualifying it (`the Timmins native` is one person). A group's noun before it keeps the number it
  // was read with: `the staff member` is read as the staff, whom no one named stands for; but a
  // determiner of one counts the person (`One staff member, who …, said`).
  const lastNoun = ownedComplement < 0 ? owned.at(-1)! : owned[Math.max(ownedComplement - 1, 0)]!;
  const countsOne = rules.indefiniteDeterminers.has(first.lower) && !rules.pluralIndefinites.has(first.lower);
  const countedNoun =
    isPersonal(lastNoun) && (countsOne || !rules.collectiveNouns.has(headNoun.lower)) ? lastNoun : headNoun;
  // A description opens with a determiner or names someone or something by a known noun, a
  // document's among them (`cahier des charges`, whose article a preposition carries: `au`);
  // otherwise the words are a piece of clause ("she started to get"), not a speaker.
  const known = (t: Token) => knownNoun(rules, t) || rules.documentSpeech.documents.has(t.lower);
  // A bare acronym names an organisation (`informó CNN`, `CNN reported`); no name run holds one.
  if (words.length === 1 && ACRONYM.test(words[0]!.text))
    return makeMention({ type: "name", text, name: head, role: null, kind: "organisation" });
  // So does one after the body's kind in lower case, or opening the sentence (`Rating agency ICRA`,
  // `Broker CLSA`): the kind is what the body is, not its name. An office in capitals is a person's
  // (`the local MP`: isBodyAcronym).
  const lastWord = words.at(-1)!;
  const kindWord = words.at(-2);
  if (
    isBodyAcronym(lastWord, rules) &&
    kindWord !== undefined &&
    (!isCapitalised(kindWord) || opensSentence(tokens, tokens.indexOf(kindWord, from))) &&
    (rules.organisationNouns.has(kindWord.lower) || rules.personNouns.has(kindWord.lower))
  )
    return makeMention({ type: "name", text, name: lastWord.text, role: null, kind: "organisation" });
  if (!rules.determiners.has(first.lower) && runs.length === 0 && !words.some(known)) return null;
  if (
    !personal &&
    runs.some((r) => r.start < headEnd) &&
    (definite || runs.some((r) => r.modifier) || isCapitalised(headNoun))
  ) {
    // `La Commission européenne …, qui reste selon elle « … »`: the article tells the body's gender.
    const at = tokens[from]!.start;
    return makeMention({
      type: "name",
      text,
      name: head,
      role: null,
      kind: "organisation",
      gender: determinerGender,
      at,
    });
  }
  return makeMention({
    type: "description",
    text,
    name: head,
    role: null,
    kind: personal || owned.some((t) => rules.personNouns.has(t.lower)) ? "unnamed" : "organisation",
    gender: nounGender(s, from, to) ?? determinerGender,
    // "fils" is one person; "enseignants", whose singular is a person noun too, are several; so are
    // those a determiner of several opens, whatever their noun's ending (`Viele Geschädigte`,
    // `plusieurs témoins`), or a group's noun (`police`). A demonym listed with its gender in -s ("le
    // Liégeois") is one, as "fils" is, and so is any noun in -s after a determiner of one gender and
    // one number (`le héros du match`, `le Marseillais`).
    plural:
      rules.pluralIndefinites.has(first.lower) ||
      pluralAfterDeterminer(first.lower, countedNoun.lower, rules) ||
      rules.collectiveNouns.has(countedNoun.lower) ||
      (/s$/u.test(countedNoun.lower) &&
        (determinerGender === undefined || rules.pluralDeterminers.has(first.lower)) &&
        (!(rules.personNouns.get(countedNoun.lower) ?? rules.demonyms.get(countedNoun.lower)) ||
          isPluralPersonNoun(countedNoun.lower, rules))),
    definite,
    at: tokens[from]!.start,
  });
}

/**
 * `Un informe de la clasificadora Feller Rate`, `A report by the Education Policy Institute`, `the new
 * law`: a phrase whose determiner opens on a document's noun (`documentSpeech`), perhaps past one
 * adjective, is that document, whatever author its complement names (a speaker as written, as a
 * document that says something is). Not the document's possessor: `the report’s author`.
 */
function headedByDocument(s: Sentence, from: number): boolean {
  const { tokens, rules } = s;
  if (!rules.determiners.has(tokens[from]?.lower ?? "")) return false;
  const noun = [from + 1, from + 2].find((k) => rules.documentSpeech.documents.has(tokens[k]?.lower ?? ""));
  return noun !== undefined && isWord(tokens[noun - 1]) && tokens[noun + 1]?.lower !== "'s";
}

/**
 * `a text from Ms Kiely`, `a letter from his landlord`: a document headed phrase (headedByDocument)
 * whose complement names who sent it (`senderPrepositions`) gives that person's words; a body it comes
 * from leaves the document speaking as written (`a statement from the ministry`).
 */
function senderOfDocument(s: Sentence, from: number, to: number): Mention | null {
  const { tokens, rules } = s;
  const noun = [from + 1, from + 2].find((k) => rules.documentSpeech.documents.has(tokens[k]?.lower ?? ""));
  if (noun === undefined || !rules.senderPrepositions.has(tokens[noun + 1]?.lower ?? "")) return null;
  const sender = noun + 2 < to ? analysePhrase(s, noun + 2, to) : null;
  return sender && sender.type !== "pronoun" && sender.kind !== "organisation" ? sender : null;
}

/**
 * `Italiens Verkehrsminister`, `Tirols Landeshauptmann`: where nouns are capitalised, a capitalised word
 * in -s opening a phrase, right before a noun for a person or a body, is a name's genitive owning it.
 */
function nameGenitiveOpening(words: readonly Token[], rules: LanguageRules): boolean {
  const [name, noun] = words;
  return (
    rules.capitalisesNouns &&
    name !== undefined &&
    noun !== undefined &&
    isCapitalised(name) &&
    name.lower.endsWith("s") &&
    !knownNoun(rules, name) &&
    !rules.determiners.has(name.lower) &&
    knownNoun(rules, noun)
  );
}

/**
 * `una fuente de Palacio consultada por El Comercio`, `uma fonte ouvida pela reportagem`: a
 * participle and its agent after a description say who heard the source, and are no part of who it
 * is. Where the description [from, end) ends before them.
 */
function beforeReportingAgent(s: Sentence, from: number, end: number): number {
  const { tokens, rules } = s;
  for (let k = from + 1; k + 1 < end; k++) {
    const t = tokens[k]!;
    if (
      isWord(t) &&
      !isCapitalised(t) &&
      !knownNoun(rules, t) &&
      rules.passiveAgents.has(tokens[k + 1]!.lower)
    )
      return k;
  }
  return end;
}

/**
 * `A council report tabled at the meeting found`, `The study published in May shows`: where adjectives
 * come before their noun, a lower-case word after a document's noun and before a preposition is a
 * participle opening a clause that says when or where the document was issued, not whose it is; the
 * description [from, end) ends at the document's noun. A person's participle (`a man injured in the
 * attack`) tells who they are, and stays. So does a participle of that shape ending a document's
 * description, whose time words the subject's reading left out as adverbs (`A report by the X
 * published last month said`): the description ends before it.
 */
function beforeDocumentParticiple(s: Sentence, from: number, end: number): number {
  const { tokens, rules } = s;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    const word =
      isWord(t) &&
      !isCapitalised(t) &&
      !isFunctionWord(t.lower, rules) &&
      !rules.adverbs.has(t.lower) &&
      !knownNoun(rules, t);
    // The participle may follow the document's complement naming its author, a name or a body's noun
    // (`el informe de la Policía Local incorporado al expediente`, `el estudio de la universidad
    // publicado ayer`, `the report by Ofsted published in May`), the name's lower-case adjectives
    // included (`une note de la Banque cantonale vaudoise publiée jeudi`).
    let author = k - 1;
    while (author > k - 1 - BODY_NAME_ADJECTIVES && lowerCaseAdjective(s, author)) author--;
    const named = isCapitalised(tokens[author]) || rules.organisationNouns.has(tokens[author]!.lower);
    // Or its own complement, a noun the document's name is written with (`le cahier des charges
    // publié en mars`, `le plan de relance présenté jeudi`).
    const document = (d: number) => rules.documentSpeech.documents.has(tokens[d]?.lower ?? "");
    const ownComplement = rules.prepositions.has(tokens[k - 2]?.lower ?? "") && document(k - 3);
    // Or the document's noun itself, its adjectives between (`un arrêté préfectoral signé mardi`).
    const afterDocument =
      document(k - 1) || document(author) || ownComplement || (named && headedByDocument(s, from));
    const participle = rules.adjectivesFollowNouns
      ? participleWithComplement(s, k)
      : k + 1 < end && rules.prepositions.has(tokens[k + 1]!.lower);
    if (word && participle && afterDocument) return k;
    if (
      word &&
      k === end - 1 &&
      !rules.adjectivesFollowNouns &&
      rules.pastParticipleEnding.test(t.lower) &&
      headedByDocument(s, from) &&
      isAdverb(s, k + 1)
    )
      return k;
  }
  return end;
}

// How many lower-case adjectives a body's name may end on: `la Banque cantonale vaudoise`.
const BODY_NAME_ADJECTIVES = 2;

/** A lower-case word at k that is no function word, no participle and no noun: an adjective of a name. */
const lowerCaseAdjective = (s: Sentence, k: number): boolean => {
  const t = s.tokens[k];
  return (
    isWord(t) &&
    !isCapitalised(t) &&
    !isFunctionWord(t.lower, s.rules) &&
    !s.rules.pastParticipleEnding.test(t.lower) &&
    !knownNoun(s.rules, t)
  );
};

/**
 * `l’étude publiée dans la revue`, `le rapport publié mardi`, `el informe publicado el lunes`: where
 * adjectives follow their noun, only a word of a participle's shape at `k` (`pastParticipleEnding`) may open
 * that clause, an adjective being the description's (`le rapport annuel de la Cour`), and only with a
 * complement after it (a preposition, a determiner, an adverb of time): with none, it says which
 * document it is (`El texto aprobado recoge`: the text passed, not the draft). An indefinite
 * description too: its clause says when or to whom the document was issued (`une note interne datée
 * d’août`, `un document présenté aux élus`), not which one it is.
 */
function participleWithComplement(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const next = tokens[k + 1];
  return (
    rules.adjectivesFollowNouns &&
    rules.pastParticipleEnding.test(tokens[k]!.lower) &&
    isWord(next) &&
    (rules.prepositions.has(next.lower) || rules.determiners.has(next.lower) || rules.adverbs.has(next.lower))
  );
}

/**
 * Where the name of a body that `run` opens after its noun ends, in a language whose body names capitalise
 * their first word only: `le syndicat Force ouvrière`, `l’ONG Médecins sans frontières`. The lower-case
 * words after the run belong to it when they end the phrase (a preposition may join two of them); a verb,
 * a pronoun or another function word among them means the phrase is a clause, and the run stays as it is.
 */
function bodyNameEnd(s: Sentence, run: NameRun, to: number): number {
  const { tokens, rules } = s;
  // Where every noun is capitalised, a run ending on a body's noun takes its field in (`das Geomar
  // Helmholtz-Zentrum für Ozeanforschung Kiel`, see bodyFieldEnd).
  const field = endsOnBodyNoun(tokens[run.end - 1]!, rules) ? bodyFieldEnd(s, run.end, to) : run.end;
  if (field > run.end) return field;
  if (!rules.bodyNamesCapitaliseFirstWord || !rules.organisationNouns.has(tokens[run.start - 1]?.lower ?? ""))
    return run.end;
  let end = run.end;
  while (end < to && isWord(tokens[end]) && !isCapitalised(tokens[end])) {
    const lower = tokens[end]!.lower;
    const clause = rules.prepositions.has(lower)
      ? end + 1 >= to
      : isFunctionWord(lower, rules) || rules.pronouns.has(lower) || isSpeechVerb(s, end);
    if (clause) return run.end;
    end++;
  }
  return end === to ? end : run.end;
}

/** How many capitalised nouns may stand between a body's acronym and the rest of its name. */
const NOUNS_AFTER_ACRONYM = 2;

/**
 * `said Lincolnshire ICB`, `Kent NHS said`: a place's one word, then an acronym ending the phrase, is a
 * body's name (no name run holds an acronym), not a person's: a given name opens no such run, and an
 * office in capitals (`Kent MP`) is a person's noun.
 */
function acronymClosesBodyName(s: Sentence, run: NameRun, to: number): boolean {
  const { tokens, rules } = s;
  const acronym = tokens[run.end];
  return (
    run.end + 1 === to &&
    run.end - run.start === 1 &&
    run.titleStart === run.start &&
    isBodyAcronym(acronym, rules) &&
    !isGivenName(tokens[run.start]!.text)
  );
}

/**
 * `Laut IG Metall`, `nach Angaben von ADAC Nordbayern`: where nouns are capitalised, an acronym right
 * before a capitalised word with no title between them opens a body's name (no name run holds an
 * acronym), not a person's affiliation, which a title or a person's noun carries (`SPD-Chef Lars
 * Klingbeil`), nor an office written as one (`CEO Reto Frommelt`). Nouns no person's may stand between,
 * which the name runs leave out (`die ICE Hockey League`). Only there: in the other languages' composed
 * sets the same reading cost speakers. The acronym's index, or -1.
 */
function acronymOpeningBodyName(s: Sentence, from: number, run: NameRun): number {
  const { tokens, rules } = s;
  if (!rules.capitalisesNouns || run.titleStart !== run.start || isGivenName(tokens[run.start]!.text))
    return -1;
  // A noun no name run holds, which no person's is: `Hockey` of `die ICE Hockey League`.
  const bodyNoun = (t: Token) =>
    isCapitalised(t) && !ACRONYM.test(t.text) && !isPersonNoun(t.lower, rules) && isDictionaryWord(t, rules);
  let k = run.start - 1;
  while (k > from && run.start - 1 - k < NOUNS_AFTER_ACRONYM && isWord(tokens[k]) && bodyNoun(tokens[k]!))
    k--;
  const acronym = tokens[k];
  const opens = isBodyAcronym(acronym, rules);
  return k >= from && opens ? k : -1;
}

/** A king's regnal number (`Mohammed VI`, `Charles III`). */
const REGNAL_NUMBER = /^[IVX]+$/u;

/**
 * `le procureur du Roi Grégory Lambotte`: a capitalised crown after an office's preposition is the
 * institution the office serves (see crownTitles), and a full name after it, opening on a given name,
 * is the office holder's; a sovereign goes by a given name and a number (`le fils du Roi Philippe`,
 * `un conseiller du Roi Mohammed VI`).
 */
function servesCrown(s: Sentence, run: NameRun): boolean {
  const { tokens, rules } = s;
  const title = tokens[run.titleStart]!;
  return (
    run.titleStart < run.start &&
    isCapitalised(title) &&
    rules.crownTitles.has(title.lower) &&
    run.end - run.start >= 2 &&
    isGivenName(tokens[run.start]!.text) &&
    !REGNAL_NUMBER.test(tokens[run.end - 1]!.text)
  );
}

/**
 * `A spokesperson for Gov. Rachel Whitcomb`, `an aide to Sen. Ortiz`, `le fils de Jean Roy`: the
 * name completes the person noun the phrase opens with, so the speaker is who that noun describes;
 * so does a body's name after its kind where an indefinite opens the phrase (`un analista de la
 * consultora Avanza Finanzas`, as `un analista de Avanza Finanzas`), which no one's name follows: after
 * a definite, the name may be the office holder's (`la presidenta de la asociación Lucía Díaz`).
 * Not after the crown an office serves (servesCrown).
 */
function completesPersonNoun(s: Sentence, from: number, run: NameRun): boolean {
  const { tokens, rules } = s;
  const kind = run.titleStart - 1;
  const kindNamed =
    rules.indefiniteDeterminers.has(tokens[from]!.lower) &&
    rules.organisationNouns.has(tokens[kind]?.lower ?? "") &&
    !isCapitalised(tokens[kind]);
  const afterKind = kindNamed && rules.determiners.has(tokens[kind - 1]?.lower ?? "") ? kind - 1 : kind;
  const preposition = kindNamed && !rules.prepositions.has(tokens[afterKind]!.lower) ? afterKind - 1 : kind;
  const noun = tokens[preposition - 1];
  if (!rules.determiners.has(tokens[from]!.lower) || preposition - 1 <= from || !noun) return false;
  if (servesCrown(s, run)) return false;
  const head = tokens.slice(from + 1, preposition);
  return (
    rules.prepositions.has(tokens[preposition]!.lower) &&
    (rules.personNouns.has(noun.lower) || rules.titles.has(noun.lower)) &&
    head.every((t) => isWord(t) && !isCapitalised(t))
  );
}

/**
 * `Das Institut für Seeverkehrswirtschaft und Logistik`, `eine Sprecherin des Bundesamts für Migration und
 * Flüchtlinge`: a lone noun joined to a body's field (conjunctionInBodyName) is the rest of the body's
 * name, no person, wherever the body stands in the phrase.
 */
function conjoinedInBodyName(s: Sentence, run: NameRun): boolean {
  return run.end - run.start === 1 && conjunctionInBodyName(s, run.titleStart - 1);
}

/**
 * `Guadalupe Reyes, habitante de la colonia Santa Cruz Meyehualco`: a person named in full before a
 * comma is who the phrase is; a name in the apposition after it belongs to what describes them (a
 * place, a club), however long it is. A lone word there may be a body the office before it serves
 * (`la conselleira do Mar, Marta Villaverde`).
 */
function namedBeforeApposition(s: Sentence, personRuns: readonly NameRun[], to: number): NameRun | undefined {
  const first = personRuns[0];
  // A capitalised office's complement is no name (`o Presidente da República, Marcelo …`).
  const fullName =
    first !== undefined && first.end - first.start >= 2 && isCapitalised(s.tokens[first.start]);
  return fullName && isComma(s.tokens[first.end]) && first.end + 1 < to ? first : undefined;
}

/**
 * The most name-like run: a title, an honorific, an office before it or several words beat a lone capitalised
 * word.
 */
function bestRun(runs: readonly NameRun[]): NameRun | undefined {
  const score = (r: NameRun) => r.end - r.start + (r.start > r.titleStart || r.afterOffice ? 1 : 0);
  return runs.reduce<NameRun | undefined>(
    (best, r) => (best === undefined || score(r) > score(best) ? r : best),
    undefined,
  );
}

/**
 * "An industry trade group, the Frontier Model Alliance,": a body first described without a name, then
 * named in apposition by a definite determiner and its capitalised name to the phrase's end. The name is
 * the speaker: where its apposition starts, or undefined.
 */
function bodyNamedAfter(s: Sentence, from: number, to: number, runs: readonly NameRun[]): number | undefined {
  const { tokens, rules } = s;
  if (!rules.indefiniteDeterminers.has(tokens[from]!.lower)) return undefined;
  const comma = findTokenIn(tokens, from + 1, to, isComma);
  const noun = tokens[comma - 1];
  const name = runs.find((r) => r.titleStart === comma + 2);
  const named =
    comma > from + 1 &&
    isWord(noun) &&
    rules.organisationNouns.has(noun.lower) &&
    rules.definiteDeterminers.has(tokens[comma + 1]?.lower ?? "") &&
    name?.afterDeterminer === true &&
    tokens.slice(name.end, to).every((t) => !isWord(t));
  return named ? comma + 1 : undefined;
}

/**
 * `Desde el gremio Frutas de Chile`, `selon le syndicat Force ouvrière`: a phrase of nothing but its
 * determiners (and a preposition) before a body's noun, then the name that noun introduces (a run
 * read as after a body's noun, which names that body) ending the phrase, is that body, named as its
 * name is. Not where a person's noun heads the phrase (`un député du groupe Liot`): the person speaks.
 */
function bodyNamedAfterKind(s: Sentence, from: number, to: number, runs: readonly NameRun[]): Mention | null {
  const { tokens, rules, source } = s;
  const run = runs.length === 1 ? runs[0]! : undefined;
  if (!run?.afterBodyNoun || run.end !== to || run.titleStart !== run.start) return null;
  const kind = tokens[run.start - 1]!;
  const lead = tokens.slice(from, run.start - 1);
  const leadsIn = (t: Token) =>
    isWord(t) && (rules.determiners.has(t.lower) || rules.prepositions.has(t.lower));
  if (!rules.organisationNouns.has(kind.lower) || isCapitalised(kind) || !lead.every(leadsIn)) return null;
  const name = tokensText(tokens, run.start, run.end, source);
  return makeMention({
    type: "name",
    text: tokensText(tokens, from, to, source),
    name,
    role: null,
    kind: "organisation",
  });
}

/** The role written around a name: its title, the words before it, or an apposition after it. */
function roleAround(s: Sentence, from: number, to: number, run: NameRun): string | null {
  const { tokens, rules, source } = s;
  let before = from;
  if (rules.determiners.has(tokens[before]!.lower)) before++;
  let after = run.end;
  while (after < to && (tokens[after]!.kind === "punct" || rules.determiners.has(tokens[after]!.lower)))
    after++;
  // The role starts at the office named last before the name ("un discours du président Vladimir
  // Martin" → "président"), or is a whole apposition before it ("le porte-parole du Kremlin, Dmitri Peskov").
  if (run.titleStart > before && tokens[run.titleStart - 1]!.text !== ",") {
    let office = run.titleStart - 1;
    while (
      office > before &&
      !(rules.titles.has(tokens[office]!.lower) || rules.personNouns.has(tokens[office]!.lower))
    )
      office--;
    // …with the words that qualify it: "White House press secretary".
    while (
      office > before &&
      tokens[office - 1]!.kind === "word" &&
      !rules.determiners.has(tokens[office - 1]!.lower) &&
      !rules.prepositions.has(tokens[office - 1]!.lower)
    )
      office--;
    before = office;
  }
  const lead = isRole(s, before, run.titleStart)
    ? tokensText(tokens, before, run.titleStart, source).replace(/[\s,]+$/u, "")
    : "";
  // After the name, an apposition is a role when it names an office or an occupation, not `rencontrée à la
  // sortie`.
  const office = tokens
    .slice(after, to)
    .some((t) => isWord(t) && (rules.personNouns.has(t.lower) || rules.titles.has(t.lower)));
  const trail =
    office && isRole(s, after, to) ? tokensText(tokens, after, to, source).replace(/[\s,]+$/u, "") : "";
  return [lead, run.title].filter(Boolean).join(" ") || trail || null;
}

/** Words that read as a role ("porte-parole du Kremlin", "a city councilman"), not as a clause or an age. */
function isRole(s: Sentence, from: number, to: number): boolean {
  const { tokens, rules } = s;
  return (
    from < to &&
    !isDigit(tokens[from]!) &&
    tokens
      .slice(from, to)
      .every(
        (t, k) =>
          t.kind !== "word" ||
          !(
            rules.auxiliaries.has(t.lower) ||
            rules.relativePronouns.has(t.lower) ||
            isSpeechVerb(s, from + k)
          ),
      )
  );
}

/**
 * `El caso Ortega: «…»`, `L’affaire Dupont : « … »`: the words before `end` (a colon, or the
 * quote itself) close on a topic noun and the name it is about (perhaps after a preposition:
 * `el caso de Ortega`), so the name is what the words are about, not who says them.
 */
export function namesTopic(s: Sentence, start: number, end: number): boolean {
  const { tokens, rules } = s;
  if (!rules.topicNouns) return false;
  const last = tokens[end - 1]?.text === ":" ? end - 2 : end - 1;
  const inName = (t: Token | undefined) =>
    isWord(t) && (isCapitalised(t) || rules.nameParticles.has(t.lower) || rules.prepositions.has(t.lower));
  let k = last;
  // German capitalises the noun itself: `Der Fall Müller:`.
  while (k > start && inName(tokens[k]) && !rules.topicNouns.has(tokens[k]!.lower)) k--;
  const topicNoun = k < last && isCapitalised(tokens[last]) && rules.topicNouns.has(tokens[k]?.lower ?? "");
  return topicNoun || opensOnEventNoun(s, start) || kickerBeforeDash(s, start, last + 1);
}

/** A dash standing alone between words: `Lyon - Nantes`, `Top 14 – …`, not the hyphen of `Saint-Fulbert`. */
const SPACED_DASH = /^[-–—]$/u;

// How many tokens an aside between dashes may hold: a clause, longer than a bracket's.
const DASH_ASIDE_TOKENS = 30;

/**
 * The spaced dash opening the aside that the one at `at` closes, read back no farther than `limit` nor
 * past a colon or a semicolon, or null.
 */
function openingDash(s: Sentence, at: number, limit: number): number | null {
  for (let k = at - 1; k >= limit && at - k <= DASH_ASIDE_TOKENS; k--) {
    const text = s.tokens[k]!.text;
    if (SPACED_DASH.test(text)) return k;
    if (text === ":" || text === ";") return null;
  }
  return null;
}

/**
 * `Lyon - Nantes : « … »`, `Ligue 1 – Lyon s’impose à Nantes : « … »`: a headline's words before the
 * colon split by a spaced dash are a fixture or a kicker and its title, what the quote is about; the
 * body says who spoke. A person's full name after the dash still presents the words
 * (`Ukraine – Volodymyr Zelensky : « … »`).
 */
function kickerBeforeDash(s: Sentence, start: number, end: number): boolean {
  const { tokens } = s;
  let dash = end - 1;
  while (dash > start && !SPACED_DASH.test(tokens[dash]!.text)) dash--;
  if (dash <= start) return false;
  const after = nameRuns(s, dash + 1, end).filter(isPersonRun);
  const presented = after.length === 1 && after[0]!.start === dash + 1 && after[0]!.end === end;
  return !(presented && after[0]!.end - after[0]!.start > 1);
}

/**
 * `Crue de la Garonne : « … »`, `Flooding of the Thames: “…”`: a headline's kicker, a bare noun with
 * no determiner, capitalised only because it opens, then its complement with a lower-case article.
 * It names the event the words are about; a name (`Jean de Villepin`) takes no article after `de`,
 * and a role or body before a colon takes a determiner (`Le maire de Marmande :`).
 */
function opensOnEventNoun(s: Sentence, start: number): boolean {
  const { tokens, rules } = s;
  const [head, of, article] = [tokens[start], tokens[start + 1], tokens[start + 2]];
  return (
    isWord(head) &&
    isCapitalised(head) &&
    !rules.determiners.has(head.lower) &&
    !knownNoun(rules, head) &&
    rules.complementOf.has(of?.lower ?? "") &&
    isWord(article) &&
    !isCapitalised(article) &&
    rules.definiteDeterminers.has(article.lower)
  );
}

/**
 * Where nouns are capitalised, a lone noun the dictionary holds names a thing (`GDL-Streik legt
 * Fernverkehr lahm`, `Nordstahl streicht Stellen – Betriebsrat:`), not a person; but standing alone in
 * [start, end) it may be a surname that is a noun too (`Krämer: „…“`), and so it is wherever the
 * article wrote it after a given name (`Andreas Webhofer …`, then `Webhofer grinste: „…“`).
 */
const isLoneNoun = (s: Sentence, r: NameRun, start: number, end: number) =>
  s.rules.capitalisesNouns &&
  r.end - r.start === 1 &&
  !r.title &&
  !(r.start === start && r.end === end) &&
  !s.surnames.has(s.tokens[r.start]!.lower) &&
  isDictionaryWord(s.tokens[r.start]!, s.rules);

/** The first person the sentence names (or pronoun), the subject a gerund or a colon refers to. */
export function firstPersonIn(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  const runs = nameRuns(s, start, end).filter((r) => isPersonRun(r) && !isLoneNoun(s, r, start, end));
  const full = runs.find((r) => r.end - r.start > 1 || r.title);
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (!full || i < full.titleStart) {
      if (isPronoun(t, rules)) return pronounMention(t.text, t.lower, rules, t.start);
      const counting = countingPronounAt(s, i, end);
      if (counting) return counting;
    }
  }
  const run = full ?? runs[0];
  return run ? analysePhrase(s, run.titleStart, run.end) : null;
}

/**
 * `La seconde en est ressortie moins convaincue`, `Le second, formé au club, avait …`, `The latter was
 * blunter`, `La seconde hausse les épaules`: two words at `at` that the lexicon gives as one pronoun
 * counting the people named before (« la seconde », "the latter": PronounInfo.order), standing alone as
 * a noun phrase: what follows them before `end` is punctuation, a function word (a clitic, an
 * auxiliary, an adverb) or a verb, not a noun they open (« le premier ministre », « la première
 * fois »).
 */
function countingPronounAt(s: Sentence, at: number, end: number): Mention | null {
  const { tokens, rules } = s;
  const [first, second, after] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  if (!isWord(first) || !isWord(second) || at + 1 >= end) return null;
  const lower = `${first.lower} ${second.lower}`;
  if (rules.pronouns.get(lower)?.order === undefined) return null;
  const alone =
    at + 2 >= end || !isWord(after) || isFunctionWord(after.lower, rules) || verbWithObjectAt(s, at + 2, end);
  return alone ? pronounMention(tokensText(tokens, at, at + 2, s.source), lower, rules, first.start) : null;
}

/**
 * `hausse les épaules`, `refuse la proposition`, `le reconnaît`, `shrugged the question off`: the
 * lower-case word at k, which no table knows as a noun, is a verb: a speech verb, or one its object's
 * determiner or clitic follows, then a word that is no function word (`la seconde hausse des prix` goes
 * on with a preposition: `des` and `du` are both, and count as prepositions; in `Le premier ministre
 * les a reçus` the clitic is followed by an auxiliary); not an adverbial phrase's noun (`la première
 * fois cette saison`).
 */
function verbWithObjectAt(s: Sentence, k: number, end: number): boolean {
  const { tokens, rules } = s;
  const [verb, object, after] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (
    !isWord(verb) ||
    isCapitalised(verb) ||
    knownNoun(rules, verb) ||
    rules.adverbialNouns.has(verb.lower)
  ) {
    return false;
  }
  if (isSpeechVerb(s, k)) return true;
  return (
    k + 2 < end &&
    isWord(object) &&
    !rules.prepositions.has(object.lower) &&
    (rules.determiners.has(object.lower) || rules.clitics.has(object.lower)) &&
    isWord(after) &&
    !isFunctionWord(after.lower, rules)
  );
}

// How long a sentence's opening subject may run, one apposition included.
const SUBJECT_WORDS = 25;

/**
 * The subject the sentence's main clause opens with, after any lead-in (`Mardi,`, `In a
 * statement,`): a noun phrase up to its verb, one apposition between commas allowed (`La mairie
 * de Figeac, propriétaire du stade, soutient…`). What a gerund later in the sentence says is its.
 */
export function mainSubject(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  const from = skipLeadIn(s, start, end);
  let head = false;
  let commas = 0;
  // Where the subject ends: at the verb, or at the comma opening a relative clause in apposition.
  let subjectEnd: number | undefined;
  for (let k = from; k < end && k - from < SUBJECT_WORDS; k++) {
    const t = tokens[k]!;
    // A comma listing the words of a body's name is no apposition's (commaInBodyName).
    if (isComma(t) && head && commas === 0 && commaInBodyName(s, k)) continue;
    if (isComma(t)) {
      if (!head || ++commas > 2) return null;
      if (commas === 1 && introducesName(s, k, from, end)) return mainSubject(s, k + 1, end);
      // `La artista, que ha trabajado junto al guitarrista X, reconoció …`: a relative clause
      // between the commas says more of the head, and whoever it names is not the subject. Before
      // the main verb a complementiser there has no verb to complete: it is the relative `que`. A
      // stressed pronoun alone between the commas (`Le second, lui, a dédié …`) ends the subject too.
      const opener = tokens[k + 1]?.lower ?? "";
      const aside =
        rules.relativePronouns.has(opener) ||
        rules.complementisers.has(opener) ||
        stressedPronounBetweenCommas(s, k);
      if (commas === 1 && aside) subjectEnd = k;
      continue;
    }
    if (commas === 1) continue;
    // `La Federación de Ganaderos (Fegan) se sumó …`: an aside in brackets after the head (the body's
    // initials) belongs to the subject.
    const aside = head && t.text === "(" ? pairedBracket(s, k, end) : null;
    if (aside !== null) {
      k = aside;
      continue;
    }
    // Another clause or a figure before any verb: no plain subject to read. A conjunction inside a body's
    // name joins no clause (`La presidenta de la Sociedad de Medicina de Familia y Comunitaria`), nor
    // one before a second complement of the head's (`Le Syndicat national de l’éducation et de la
    // culture`): a clause opens on its subject, not on a preposition.
    const joinsComplements = head && complementJoinedInBodyName(s, k);
    if (
      !isWord(t) ||
      isDigit(t) ||
      ((rules.clauseJoins.has(t.lower) || rules.phraseStops.has(t.lower)) &&
        !conjunctionInBodyName(s, k) &&
        !placeNameArticleAt(tokens, k, rules) &&
        !joinsComplements) ||
      rules.relativePronouns.has(t.lower)
    )
      return null;
    if (joinsComplements) continue;
    if (head && cliticAfterHead(s, k, commas)) return knownSubject(s, from, k);
    if (rules.determiners.has(t.lower) || rules.prepositions.has(t.lower) || rules.nameParticles.has(t.lower))
      continue;
    // After the head, a lower-case word with an object (`approved the lease`, `came to the U.S.`) is the
    // verb; one after a determiner or preposition is a noun (`across the borough`), others may qualify it
    // (`le conseil départemental,`). Right after a bare name, which no adjective follows, or after the
    // comma closing an aside, so is one before a complementiser (`Gómez teme que …`, `El Comité, que
    // agrupa a …, rechaza que …`), where right after a noun it may open a relative clause (`un analista
    // de una gestora madrileña que sigue el valor`).
    const lead = tokens[k - 1]?.lower ?? "";
    const noun = rules.determiners.has(lead) || rules.prepositions.has(lead);
    const next = tokens[k + 1]?.lower ?? "";
    const transitive =
      !noun &&
      !isCapitalised(t) &&
      !knownNoun(rules, t) &&
      (rules.determiners.has(next) ||
        rules.prepositions.has(next) ||
        (rules.complementisers.has(next) &&
          (isComma(tokens[k - 1]) || tokens.slice(from, k).every((w) => isWord(w) && isCapitalised(w))))) &&
      !adjectiveBeforeNamingComplement(s, k) &&
      !qualifiesOffice(s, k);
    const verb =
      rules.auxiliaries.has(t.lower) ||
      rules.clitics.has(t.lower) ||
      isSpeechVerb(s, k) ||
      (!isCapitalised(t) && rules.finiteVerbEnding.test(t.lower));
    if (verb || (head && transitive)) return head ? knownSubject(s, from, subjectEnd ?? k) : null;
    head ||= isCapitalised(t) || knownNoun(rules, t) || isPronoun(t, rules) || noun;
  }
  return null;
}

/**
 * `La Direction de santé publique de l’Abitibi se veut …`, `la Policía local de Vigo`: where adjectives
 * follow their noun, a lower-case word after the subject's head, before a complement's preposition (`de`)
 * and a capitalised name, is an adjective inside the body's name, not a verb taking an object (`La mairie
 * réagit dans un communiqué`, `La ville parle de la crue`): that complement names the body's place.
 * After a capitalised body's noun, a word with an adjective's ending (`adjectiveEndings`) goes on with
 * the name whatever its complement (`l’Instance tunisienne de l’investissement`, `L’Agence nationale de
 * développement`); a verb there has no such ending (`La Commission propose de …`).
 */
function adjectiveBeforeNamingComplement(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  if (!rules.adjectivesFollowNouns || !rules.complementOf.has(tokens[k + 1]?.lower ?? "")) return false;
  if (qualifiesNamedBody(s, k)) return true;
  const name = rules.determiners.has(tokens[k + 2]?.lower ?? "") ? k + 3 : k + 2;
  return isWord(tokens[name]) && isCapitalised(tokens[name]!);
}

/**
 * `El director deportivo del equipo`, `la secretaria general de la CGT`: a lower-case word with an
 * adjective's ending (`adjectiveEndings`) right after a noun for a person or an office, before a
 * complement's preposition, qualifies the office, whose complement says where it is held; a verb
 * after such a noun (`El ministro habló de …`) has no such ending.
 */
function qualifiesOffice(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const [office, word] = [tokens[k - 1], tokens[k]!];
  return (
    isWord(office) &&
    isPersonNoun(office.lower, rules) &&
    isAdjective(word.lower, rules) &&
    !isSpeechVerb(s, k) &&
    rules.complementOf.has(tokens[k + 1]?.lower ?? "")
  );
}

// A plural's ending where nouns and adjectives take one (`nouveaux`, `règles`).
const PLURAL = /\p{L}{2}[sx]$/u;

// How many adjectives may follow a body's noun in its name (`Comité consultatif national d’éthique`).
const BODY_ADJECTIVES = 3;

/**
 * The lower-case word at k has an adjective's ending, is no speech verb (`explique`, `indique`), and
 * follows a capitalised noun, other such adjectives between (`le Comité consultatif national`). A plural
 * right after the preposition is a partitive object, and the word a verb (`Airbus fabrique de nouveaux
 * avions`): a body's complement without article is singular (`de développement`, `de santé`).
 */
function qualifiesNamedBody(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const adjective = (at: number) => {
    const t = tokens[at];
    return isWord(t) && !isCapitalised(t) && isAdjective(t.lower, rules) && !isSpeechVerb(s, at);
  };
  if (!adjective(k) || PLURAL.test(tokens[k + 2]?.lower ?? "")) return false;
  let head = k - 1;
  while (head > k - BODY_ADJECTIVES && adjective(head)) head--;
  const noun = tokens[head];
  return isWord(noun) && isCapitalised(noun) && !rules.determiners.has(noun.lower);
}

/**
 * `Président de l’association Saumur Cœur de ville, Olivier Roux se dit …`: the sentence opens on a
 * description by office whose comma, at `comma`, is followed by a person's name and then the verb, no
 * comma or bracket between: the description introduces the name, which is the clause's subject.
 */
function introducesName(s: Sentence, comma: number, from: number, end: number): boolean {
  if (!mayOpenNameRun(s, comma + 1, end)) return false;
  const run = nameRuns(s, comma + 1, end)[0];
  return (
    run?.titleStart === comma + 1 &&
    isPersonRun(run) &&
    isWord(s.tokens[run.end]) &&
    introducingRole(s, comma + 1, from) !== null
  );
}

/**
 * `Ángeles lo vive con resignación`, `Ángeles, de 81 años, lo vive…`: right after the subject's head, or
 * after the comma closing its apposition, a word that may be an article or a clitic pronoun, before a
 * lower-case word, is the clitic opening the verb group: no article follows a noun phrase's head.
 */
function cliticAfterHead(s: Sentence, k: number, commas: number): boolean {
  const { tokens, rules } = s;
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  const afterHead =
    (isComma(before) && commas === 2) ||
    (isWord(before) &&
      !rules.determiners.has(before.lower) &&
      !rules.prepositions.has(before.lower) &&
      !rules.nameParticles.has(before.lower));
  return afterHead && rules.clitics.has(tokens[k]!.lower) && isWord(next) && !isCapitalised(next);
}

/**
 * The phrase tokens[from, to) when it names someone or some body: a name, a pronoun, or a description by a
 * known noun or a body's initials ("the HSE").
 */
function knownSubject(s: Sentence, from: number, to: number): Mention | null {
  const mention = analysePhrase(s, from, to);
  // `L’une des anciennes serveuses, présente à l’audience, n’a pas caché …`: the list may hold a noun's
  // singular alone.
  const knownWord = (t: Token) =>
    knownNoun(s.rules, t) || isPluralPersonNoun(t.lower, s.rules) || ACRONYM.test(t.text);
  const known =
    mention?.type !== "description" || s.tokens.slice(from, to).some((t) => isWord(t) && knownWord(t));
  return known ? mention : null;
}

/**
 * The people a sentence names plainly (full names, honorifics), in order, then its most
 * name-like person again, as its likely subject: what pronouns later on will look back to.
 * A line of names alone ("Jane Roe/Photo Agency") is a credit, not a sentence.
 */
export function peopleIn(s: Sentence, start: number, end: number): Mention[] {
  if (findTokenIn(s.tokens, start, end, (t) => t.kind === "word" && !isCapitalised(t)) < 0) return [];
  // A name after a slash is a photo's credit (`(REUTERS/Ana Ruiz)`), not someone the sentence names.
  const credit = (r: NameRun) => s.tokens[r.titleStart - 1]?.text === "/";
  // `le problème pour Lucas, 16 ans, …`, `la de Lucía Moreno, madre de dos niños`: a place has no age
  // and is no one's mother, so what describesPerson reads after the run makes it someone's, wherever
  // the preposition stands.
  const describedAfterPreposition = (r: NameRun) =>
    r.afterPreposition && namesPersonBarPreposition(r) && describesPerson(s, r);
  const runs = nameRuns(s, start, end).filter(
    (r) => (isPersonRun(r) || describedAfterPreposition(r)) && !credit(r),
  );
  // A person a preposition governs (`Samen met vicepremier X is Y bevoegd`, `With X at her side, Y …`) is
  // not the one the sentence is about, whatever office is written with the name; nor is the one a verb
  // of telling addresses (`A neighbour told Times of Malta that …`, `told the Herald`); nor a name
  // inside a phrase with a preposition that opens the sentence, when a name follows its first comma
  // (`Assise devant l’école Kaya-Centre B, Aminata Sawadogo attend`): the scene is set, then its
  // subject named.
  const firstComma = findTokenIn(s.tokens, start + 1, end, isComma);
  const subjectAfterComma = runs.some((r) => r.titleStart === firstComma + 1);
  const inOpeningPhrase = (r: NameRun) =>
    subjectAfterComma &&
    r.titleStart > start &&
    r.end <= firstComma &&
    s.tokens.slice(start, r.titleStart).some((t) => isWord(t) && s.rules.prepositions.has(t.lower));
  // `signé de la scénographe X`: a preposition before the person noun describing the name governs it;
  // not a source phrase's (`Selon X, l’orbite indique que …`): the sentence reports what X says.
  const governed = (r: NameRun) => {
    const from = describedFrom(s, r.titleStart, start);
    const before = s.tokens[from - 1]?.lower ?? "";
    const verb = s.rules.determiners.has(before) ? (s.tokens[r.titleStart - 2]?.lower ?? "") : before;
    const preposition = s.rules.prepositions.has(before) && !endsSourcePhrase(s.tokens, from, s.rules);
    return preposition || s.rules.addressingVerbs.has(verb) || inOpeningPhrase(r);
  };
  const main = bestRun(runs.filter((r) => !governed(r))) ?? bestRun(runs);
  const plain = runs.filter((r) => r !== main && (r.end - r.start > 1 || r.start > r.titleStart));
  return [...plain, ...(main ? [main] : [])].flatMap((run) => {
    const from = describedFrom(s, run.titleStart, start);
    const mention = analysePhrase(s, from, run.end);
    const lead = s.tokens[run.titleStart - 1];
    const viewpoint =
      isWord(lead) && s.rules.viewpointPrepositions.has(lead.lower) && run.titleStart - 1 === start;
    if (!mention) return [];
    // A lone first name is someone's when an age, an office or a relative clause follows it or a person
    // noun stands before it (`Un voisin, Mickaël, a été réveillé`, `une habitante, Sofia`, `Céline,
    // infirmière`, `Anne-Sophie, qui y travaille`).
    const described = from < run.titleStart || officeAfter(s, run.end) || relativeAfter(s, run.end);
    const aged = agedAfter(s, run.end) || agedAppositionAfter(s, run.end);
    const known = viewpoint || described || aged ? makeMention({ ...mention, known: true }) : mention;
    // `For Toby, …` sets out whose view the sentence gives: its topic, not a governed person.
    return [governed(run) && !viewpoint ? makeMention({ ...known, afterPreposition: true }) : known];
  });
}

/**
 * `…, madre de dos niños`, `…, de 51 años,`, `…, 51,`: after the name `run`, an apposition opening on a
 * person's noun or an age, which only a person is given; or, after a first name, a relative clause
 * (`…, que se mudó`, `…, cuyo hijo`, `…, qui`), which a place takes too (`Ixelles, qui`).
 */
export function describesPerson(s: Sentence, run: NameRun): boolean {
  const { tokens, rules } = s;
  const { end } = run;
  if (agedAfter(s, end) || agedAppositionAfter(s, end)) return true;
  const next = tokens[end + 1];
  const comma = tokens[end]?.text === "," && isWord(next);
  if (comma && (isPersonNoun(next.lower, rules) || agedComplementEnd(s, end + 1) !== null)) return true;
  const relative =
    relativeAfter(s, end) ||
    (comma && (rules.complementisers.has(next.lower) || rules.relativePossessives.has(next.lower)));
  return relative && isGivenName(tokens[run.start]!.text);
}

/** "la periodista Pilar del Río": a determiner and a person noun just before a name give its role. */
function describedFrom(s: Sentence, titleStart: number, start: number): number {
  const { tokens, rules } = s;
  // Or in apposition before it: "the head teacher, Richard Osei", "La maire, Nathalie Berthier,".
  const comma = isComma(tokens[titleStart - 1]) ? 1 : 0;
  const noun = tokens[titleStart - 1 - comma];
  const personal = isWord(noun) && (rules.personNouns.has(noun.lower) || rules.titles.has(noun.lower));
  const opens = (t: Token | undefined) =>
    isWord(t) && rules.determiners.has(t.lower) && !rules.speakerlessPronouns.has(t.lower);
  // A few words may qualify the noun in apposition ("the head teacher", "le maire adjoint").
  for (
    let d = titleStart - 2 - comma;
    personal && d >= start && d >= titleStart - 2 - comma - (comma ? 2 : 0);
    d--
  ) {
    if (opens(tokens[d])) return d;
    if (!isWord(tokens[d])) break;
  }
  return titleStart;
}

/** Where the verb group ending on the finite verb at k opens: before its clitics (`s’est`, `l’a`). */
function verbGroupStart(s: Sentence, from: number, k: number): number {
  let at = k;
  while (at - 1 > from && s.rules.clitics.has(s.tokens[at - 1]!.lower)) at--;
  return at;
}

/** How many words a person noun's complement may run to before its verb's auxiliary. */
const MAX_SUBJECT_COMPLEMENT = 8;

/**
 * Where a person noun's complement opening at `from` (`de la province de Liège`) ends on a perfect's
 * auxiliary (`a déclenché`) or a copula, which also makes the perfect of a reflexive verb or a verb
 * of motion (`s’est rendu`, `est arrivé`), or on a verb of saying, past words only: that verb's
 * index, else null.
 */
function subjectBeforeAuxiliary(s: Sentence, from: number, end: number): number | null {
  const { tokens, rules } = s;
  for (let k = from; k < end && k - from <= MAX_SUBJECT_COMPLEMENT; k++) {
    const t = tokens[k];
    if (!isWord(t) || rules.clauseJoins.has(t.lower) || rules.relativePronouns.has(t.lower)) return null;
    // `A mother from Soshanguve whose son was admitted last week said`: a possessive relative opens a
    // clause with a subject and verb of its own, the auxiliary after it is that clause's, and the
    // subject's phrase ends before it.
    if (k > from && rules.relativePossessives.has(t.lower)) return k;
    // `A trader at the bus rank said business had slowed`: a verb of saying ends the subject first;
    // the auxiliary after it is the reported clause's. Not a reflexive one, which names or describes
    // (`L’homme du match s’appelle Dereck Kutesa`). Its object pronouns open its group, outside the
    // subject (`un operario con 22 años en la planta lo resumía así`, `… le dijo a este diario`).
    if (
      k > from &&
      isSpeechVerb(s, k) &&
      !rules.reflexiveClitics.has(tokens[k - 1]!.lower.replace(/['’]$/u, ""))
    )
      return verbGroupStart(s, from, k);
    const finite = rules.perfectAuxiliaries.has(t.lower) || rules.copulas.has(t.lower);
    if (k > from && finite && !isCapitalised(t)) return verbGroupStart(s, from, k);
  }
  return null;
}

/**
 * `Une mère de famille retient ses larmes`, `un chef de chantier raconte`: a person noun's complement
 * of bare nouns (a preposition, then a noun with no determiner) makes one compound noun, and the
 * lower-case word after it is the verb. Where the compound ends, else null.
 */
function compoundBeforeVerb(s: Sentence, from: number, end: number): number | null {
  const { tokens, rules } = s;
  const plainWord = (t: Token | undefined) =>
    isWord(t) && !isDigit(t) && !isCapitalised(t) && !isFunctionWord(t.lower, rules);
  let k = from;
  while (k + 1 < end && rules.prepositions.has(tokens[k]?.lower ?? "") && plainWord(tokens[k + 1])) k += 2;
  return k > from && plainWord(tokens[k]) ? k : null;
}

/**
 * `A person aware of the matter told …`, `Une personne proche du dossier a confié …`: an adjective
 * after the person noun (a plain lower-case word, then a preposition) with its complement, running
 * to a speech verb, is part of the description: an unnamed source is known by all of it, not by its
 * head noun. Where the complement ends (the speech verb, or the comma of a relative clause standing
 * before it: `An engineer familiar with the mission, who asked not to be named, said`), else null.
 */
function adjectiveComplementBeforeSpeech(s: Sentence, from: number, end: number): number | null {
  const { tokens, rules } = s;
  if (!opensAdjectiveComplement(s, from)) return null;
  for (let k = from + 2; k < end && k - from <= MAX_SUBJECT_COMPLEMENT; k++) {
    if (opensRelativeClause(s, k + 1)) return k;
    const t = tokens[k];
    if (!isWord(t) || rules.clauseJoins.has(t.lower) || rules.relativePronouns.has(t.lower)) return null;
    if (!isSpeechVerb(s, k)) continue;
    // `Une personne proche du dossier a confié`: the verb group opens on its auxiliary and clitics.
    let verb = k;
    while (verb - 1 > from + 1 && rules.auxiliaries.has(tokens[verb - 1]!.lower)) verb--;
    return verbGroupStart(s, from, verb);
  }
  return null;
}

/**
 * At `from`, an adjective (a plain lower-case word, not a speech verb) and the preposition opening its
 * complement.
 */
function opensAdjectiveComplement(s: Sentence, from: number): boolean {
  const { tokens, rules } = s;
  const adjective = tokens[from];
  return (
    isWord(adjective) &&
    !isCapitalised(adjective) &&
    !isFunctionWord(adjective.lower, rules) &&
    !isSpeechVerb(s, from) &&
    rules.prepositions.has(tokens[from + 1]?.lower ?? "")
  );
}

/**
 * `Der Wehrbeauftragte des Bundestages begrüßte …`, `Ein älterer Herr im Foyer sah das anders`: where
 * nouns are capitalised and the verb comes second, a genitive or a place after the subject's noun
 * (a determiner or a preposition, then a capitalised noun) followed by a lower-case word, the verb,
 * ends the subject. A relative clause between commas may stand between it and the verb (`Ein
 * Anwohner der Straße, der die Sitzung verfolgt hatte, sieht das anders`), and so may a phrase
 * between commas opening on a preposition that says more of the person (`Ein Mitarbeiter am
 * Schalter, seit elf Jahren bei der Reederei, nimmt es mit Humor`): the verb after it still comes
 * second. Where the subject ends, or null.
 */
function complementBeforeVerb(s: Sentence, from: number, end: number): number | null {
  const { tokens, rules } = s;
  if (!rules.capitalisesNouns || !rules.verbSecond || from + 2 >= end) return null;
  const opener = tokens[from];
  const place = isWord(opener) && rules.prepositions.has(opener.lower);
  if (!isWord(opener) || (!place && !rules.definiteDeterminers.has(opener.lower))) return null;
  // `im Foyer`, `in der Halle`: a preposition may have its determiner.
  let n = place && rules.determiners.has(tokens[from + 1]?.lower ?? "") ? from + 2 : from + 1;
  // `aus dem zweiten Stock`, `der benachbarten Schule`: adjectives, in lower case, may stand between
  // the determiner and the noun.
  while (n + 1 < end && isAdjectiveBeforeNoun(s, n)) n++;
  const noun = tokens[n];
  if (!isWord(noun) || !isCapitalised(noun)) return null;
  // `aus dem Quartier Riedmatt`, `der Gemeinde Au`, `des Landes Steiermark`: the place's noun may go on
  // with its name (not a person's, opening on a given name).
  const named = (t: Token | undefined) => isWord(t) && isCapitalised(t) && !isGivenName(t.text);
  while (n + 2 < end && named(tokens[n + 1])) n++;
  const setOff =
    opensRelativeClause(s, n + 2) ||
    (isComma(tokens[n + 1]) && rules.prepositions.has(tokens[n + 2]?.lower ?? ""));
  const verb = tokens[setOff ? closingComma(s, n + 1, end) + 1 : n + 1];
  const verbNext =
    isWord(verb) &&
    !isCapitalised(verb) &&
    !rules.determiners.has(verb.lower) &&
    !rules.prepositions.has(verb.lower) &&
    !rules.clauseJoins.has(verb.lower) &&
    !rules.relativePronouns.has(verb.lower);
  return verbNext ? n + 1 : null;
}

/** The mention is one person described, not named: the subject a later pronoun may stand for. */
export function isOneUnnamed(m: Mention | null | undefined): m is Mention {
  return m?.type === "description" && m.kind === "unnamed" && !m.plural;
}

/** At `at`, a plain lower-case word (no function word, no verb of speech) before a capitalised noun. */
function isAdjectiveBeforeNoun(s: Sentence, at: number): boolean {
  const t = s.tokens[at];
  return (
    isWord(t) &&
    !isDigit(t) &&
    !isCapitalised(t) &&
    !isFunctionWord(t.lower, s.rules) &&
    !isSpeechVerb(s, at) &&
    (isAdjectiveBeforeNoun(s, at + 1) || (isWord(s.tokens[at + 1]) && isCapitalised(s.tokens[at + 1]!)))
  );
}

/**
 * A sentence opening on the subject pronoun of one person (`Er hält es für möglich, dass …`,
 * `She had warned the board`), or on one counting the people named before (`Cette dernière n’a pas
 * cédé.`, `La segunda no lo ve así.`: countingPronounAt): whoever it stands for is who the sentence
 * is about.
 */
export function openingPronoun(s: Sentence, start: number, end: number): Mention | null {
  const counting = countingPronounAt(s, start, end);
  if (counting !== null && !counting.plural) return counting;
  const t = s.tokens[start];
  if (!isPronoun(t, s.rules) || t!.inverted || s.rules.speakerlessPronouns.has(t!.lower)) return null;
  const info = s.rules.pronouns.get(t!.lower)!;
  if (info.plural || info.organisation) return null;
  return makeMention({
    ...pronounMention(t!.text, t!.lower, s.rules, t!.start),
    contrastive: info.contrastive,
  });
}

/**
 * A person described, not named, as the sentence's subject ("Der Mann veröffentlicht…", "A
 * neighbour called the police"): the one a later "er" or "he" most likely stands for, though
 * this sentence quotes no one. Determiner, at most a few adjectives, a person noun, then the verb;
 * or, where the verb comes second, the same after the verb (invertedSubjectDescription).
 */
export function describedSubject(s: Sentence, start: number, end: number): Mention | null {
  const setting = settingEnd(s, start, end);
  const description =
    subjectDescription(s, start, end) ?? (setting === null ? null : subjectDescription(s, setting, end));
  if (description === null)
    return invertedSubjectDescription(s, start, end) ?? fullNameOpening(s, start, end);
  return nameClosingSubject(s, start, end) ?? description;
}

/**
 * `Priya Natarajan, who is finishing a degree, attended the meeting`: a person's full name (two name
 * words or more) opening the paragraph, before a comma or a verb in lower case, is its subject; when the
 * article names them here first, a reporter brings them in to speak (see SpeakerRegistry.describedSubject).
 * Not one named later in a paragraph about someone else (`Frau Anna Roth leitet … Jan Vogt kam dazu.`).
 */
function fullNameOpening(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  // Not where every noun is capitalised: `Jedes Kind lerne anders` reads as a name there.
  const reach = Math.min(end, start + 6);
  if (start !== 0 || rules.capitalisesNouns || !mayOpenNameRun(s, start, reach)) return null;
  const run = nameRuns(s, start, reach).find((r) => r.titleStart === start);
  if (run === undefined || !isPersonRun(run) || run.end - run.start < 2) return null;
  const next = tokens[run.end];
  const opensClause =
    isComma(next) || (isWord(next) && !isCapitalised(next) && !isFunctionWord(next.lower, rules));
  return opensClause ? analysePhrase(s, start, run.end) : null;
}

/**
 * `Unter den Zuschauern sass auch ein 71-jähriger Rentner aus Cham, der …`: where the verb comes
 * second, a sentence opening on a place (a preposition, its determiner and adjectives, a capitalised
 * noun) has its subject after the verb and any adverbs. An unnamed person standing there, the phrase
 * ending on a comma, a place it comes from or the sentence's end, is who the sentence is about.
 */
function invertedSubjectDescription(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  const d = invertedSubjectStart(s, start, end);
  if (d === null) return null;
  // The phrase runs to a comma, a preposition or the end, its last word the person noun: a word
  // after it (`der Minister einen Landwirt`) makes it no subject standing alone.
  const inPhrase = (t: Token | undefined) =>
    isWord(t) && !rules.prepositions.has(t.lower) && !rules.determiners.has(t.lower);
  let after = d + 1;
  while (after < end && after - d <= 3 && inPhrase(tokens[after])) after++;
  const closed = after === end || !isWord(tokens[after]) || rules.prepositions.has(tokens[after]!.lower);
  if (after === d + 1 || !closed || !isPersonNoun(tokens[after - 1]!.lower, rules)) return null;
  const mention = analysePhrase(s, d, after);
  return isOneUnnamed(mention) ? mention : null;
}

/**
 * Where the subject of a verb-second sentence opening on a place stands (`Auf der Tribüne stand ein
 * Dauerkartenbesitzer`): the determiner after the place, the verb and any adverbs; or null.
 */
export function invertedSubjectStart(s: Sentence, start: number, end: number): number | null {
  const { tokens, rules } = s;
  if (!rules.verbSecond || !rules.capitalisesNouns || !rules.prepositions.has(tokens[start]?.lower ?? ""))
    return null;
  let k = rules.determiners.has(tokens[start + 1]?.lower ?? "") ? start + 2 : start + 1;
  while (k + 1 < end && isAdjectiveBeforeNoun(s, k)) k++;
  const verb = tokens[k + 1];
  if (!isWord(tokens[k]) || !isCapitalised(tokens[k]!) || !isWord(verb) || isCapitalised(verb)) return null;
  if ([rules.determiners, rules.prepositions, rules.clauseJoins].some((list) => list.has(verb.lower)))
    return null;
  let d = k + 2;
  while (d < end && rules.adverbs.has(tokens[d]!.lower)) d++;
  return rules.determiners.has(tokens[d]?.lower ?? "") ? d : null;
}

/**
 * A body named as the sentence's subject (`Die Kantonspolizei Thurgau hat Ermittlungen aufgenommen.`,
 * `Die Gewerkschaften reagierten zurückhaltend.`): a determiner, capitalised words of which one is a
 * noun for a body, then the verb. The next sentence goes on about it, so its pronoun of the body's
 * gender may stand for it (`In einer Mitteilung schreibt sie, …`): see SpeakerRegistry.bodySubject.
 */
export function namedBodySubject(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  if (!rules.determiners.has(tokens[start]?.lower ?? "")) return null;
  // `La Direction de santé publique de l’Abitibi se veut rassurante.`, `La direction de l’usine …`:
  // where nouns are not capitalised, the body's noun phrase runs on through its complements.
  if (!rules.capitalisesNouns) {
    const subject = mainSubject(s, start, end);
    return subject?.type !== "pronoun" && subject?.kind === "organisation" ? subject : null;
  }
  let k = start + 1;
  while (k < end && isWord(tokens[k]) && isCapitalised(tokens[k]!)) k++;
  const verb = tokens[k];
  const verbNext =
    isWord(verb) &&
    !rules.determiners.has(verb.lower) &&
    !rules.prepositions.has(verb.lower) &&
    !rules.clauseJoins.has(verb.lower);
  // Only a noun for a body makes one (`Kantonspolizei`, `Gewerkschaften`): `Der Ring`, `Die Schweiz`
  // or `Der Angeklagte` opening a sentence is no body that issues statements.
  const bodyNoun = tokens.slice(start + 1, k).some((t) => rules.organisationNouns.has(t.lower));
  if (k === start + 1 || !verbNext || !bodyNoun) return null;
  const mention = analysePhrase(s, start, k);
  return mention?.kind === "organisation" ? mention : null;
}

/** How many tokens a sentence's opening setting (`Au pied des tours,`) may run to before its comma. */
const SETTING_REACH = 8;

/**
 * `Au pied des tours, une mère de famille retient ses larmes.`: a reporter sets the scene in a
 * phrase a preposition opens and a comma closes, then names the subject; or describes the subject
 * first in a participle's phrase (`Surnommé « la Flèche » par les supporters, l’ailier a inscrit`), a
 * nickname in marks included. Any word a preposition of setting follows (opensLeadIn) opens one too,
 * whatever its ending: a participle of another shape (`Assise sur un banc, une mère attend`) or a noun
 * of an absolute phrase (`Casque sur la tête, un ouvrier …`). Where the subject starts (after that
 * comma), or null for a sentence opening on no such phrase.
 */
function settingEnd(s: Sentence, start: number, end: number): number | null {
  const { tokens, rules } = s;
  const opening = tokens[start];
  const participle =
    isWord(opening) &&
    (rules.pastParticipleEnding.test(opening.lower) ||
      (!isFunctionWord(opening.lower, rules) && start + 1 < end && leadInAfterOpening(s, start + 1)));
  if (!rules.prepositions.has(opening?.lower ?? "") && !participle) return null;
  for (let k = start + 1; k < end && k - start <= SETTING_REACH; k++) {
    const t = tokens[k]!;
    if (isComma(t)) return k + 1;
    if (t.kind !== "word" && !(participle && (t.kind === "quote" || QUOTATION_MARK.test(t.text))))
      return null;
  }
  return null;
}

/**
 * The preposition after a sentence's first word goes on its phrase in lower case (`Assise sur`); a
 * capitalised one opens the sentence after a rubric label run into it (`Analyse Après une semaine …`).
 */
const leadInAfterOpening = (s: Sentence, k: number) => !isCapitalised(s.tokens[k]!) && opensLeadIn(s, k);

/** How many tokens into the sentence a name in apposition may close its described subject. */
const SUBJECT_APPOSITION_REACH = 30;

/**
 * "One of the people she interviewed, a nurse in Ohio who gave only her first name, Erin, described…":
 * a described subject whose appositions end on a person's name between commas, right before the verb in
 * lower case, or the auxiliary of a compound tense: that person is the subject. So where the name comes
 * with its article and office (`Le directeur de l’hôpital, le docteur Paul Morel, a salué`, `The clinic's
 * director, the surgeon Alan Pryce, has praised`: nameAfterArticleAndOffice). Not where a function word
 * follows the name ("met the governor, Tom Reyes, at the bridge"), nor before the first comma.
 */
function nameClosingSubject(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  const reach = Math.min(end, start + SUBJECT_APPOSITION_REACH);
  for (let c = findTokenIn(tokens, start + 1, tokens.length, isComma); c > 0 && c < reach; c++) {
    if (!isComma(tokens[c])) continue;
    const open = nameAfterArticleAndOffice(s, c + 1) ?? c + 1;
    if (!mayOpenNameRun(s, open, Math.min(reach, open + 4))) continue;
    const run = nameRuns(s, open, Math.min(reach, open + 4)).find(
      (r) => r.titleStart === open || r.start === open,
    );
    const verb = run && tokens[run.end + 1];
    if (
      run &&
      isPersonRun(run) &&
      isComma(tokens[run.end]) &&
      isWord(verb) &&
      !isCapitalised(verb) &&
      (!isFunctionWord(verb.lower, rules) || rules.auxiliaries.has(verb.lower))
    )
      return analysePhrase(s, open, run.end);
  }
  return null;
}

/** How many words in lower case an office before a name may run to: `le commissaire divisionnaire`. */
const OFFICE_BEFORE_NAME = 3;

/**
 * `le docteur Paul Morel`, `le médecin légiste Luc Borel`, `le Dr Ana Sow`: an article at `k`, then a
 * person's noun or an honorific and at most a few words in lower case after it: where the name after
 * them opens, or null.
 */
function nameAfterArticleAndOffice(s: Sentence, k: number): number | null {
  const { tokens, rules } = s;
  const noun = tokens[k + 1];
  if (!rules.determiners.has(tokens[k]?.lower ?? "") || !isWord(noun)) return null;
  if (!isPersonNoun(noun.lower, rules) && !rules.honorifics.has(noun.lower)) return null;
  for (let n = k + 2; n < k + 2 + OFFICE_BEFORE_NAME; n++) {
    const t = tokens[n];
    if (!isWord(t)) return null;
    if (isCapitalised(t)) return n;
    if (isFunctionWord(t.lower, rules)) return null;
  }
  return null;
}

/**
 * `Le Premier ministre, lui, a multiplié …`: a stressed pronoun alone between commas at `comma` sets
 * the subject before it against another's; the verb follows.
 */
function stressedPronounBetweenCommas(s: Sentence, comma: number): boolean {
  const { tokens, rules } = s;
  const pronoun = tokens[comma + 1];
  return (
    isComma(tokens[comma]) && isPronoun(pronoun, rules) && !pronoun!.inverted && isComma(tokens[comma + 2])
  );
}

/**
 * How many tokens a relative clause between commas may run to: longer than an apposition, it may give a
 * reason (`who asked not to be named because she was not authorised to speak to the press`).
 */
const MAX_RELATIVE_CLAUSE = 24;

/**
 * `Ein Nachbar, der anonym bleiben möchte, will …`, `Un vecino, que pidió no ser identificado, llamó …`,
 * `Eine Geschädigte, eine 78-jährige Frau aus Bettlach, verfolgte …`, `Un riverain, 58 ans, a dû …`: a
 * relative clause, an apposition opening on a determiner or a bare age (agedAfter), words only between
 * the comma `comma` and the one closing it, then a lower-case word, the verb. The clause or apposition
 * tells more of the subject before it; the sentence goes on about that subject.
 */
function describedBetweenCommas(s: Sentence, comma: number, end: number): boolean {
  const { tokens, rules } = s;
  if (!isComma(tokens[comma])) return false;
  const opens = tokens[comma + 1];
  const relative = opensCommaRelativeClause(s, comma + 1);
  if (!relative && !agedAfter(s, comma) && !rules.determiners.has(opens?.lower ?? "")) return false;
  const close = closingComma(s, comma, end, relative ? MAX_RELATIVE_CLAUSE : MAX_PHRASE);
  const verb = tokens[close + 1];
  return (
    close < end &&
    tokens.slice(comma + 1, close).every(isWord) &&
    isWord(verb) &&
    !isCapitalised(verb) &&
    !rules.determiners.has(verb.lower) &&
    !rules.prepositions.has(verb.lower) &&
    !opensRelativeOrReport(s, close + 1)
  );
}

/** How many words a noun's complement may give before a relative clause ends it (`de tortas fritas`). */
const MAX_COMPLEMENT_BEFORE_RELATIVE = 4;

/**
 * `Un vendedor de tortas fritas que trabaja en la estación miraba …`, `El esposo de la receptora, que
 * pidió no ser identificado, esperaba …`, `A friend of the family who …`: the noun's complement (`de`,
 * `of`), running to a relative clause, ends where the clause opens: the clause tells more of the
 * subject, the complement says who it is. So does a complement of place (`A nurse on the ward, who
 * asked not to be named, said`), when it runs to a clause between commas: `in the hall that …` may
 * open the object's. A determiner may only follow a preposition (`de la
 * receptora`): after another word (`de Madrid miraba el andén que …`) it opens the verb's object.
 * Where the description ends, or null.
 */
function complementBeforeRelative(s: Sentence, from: number, end: number): number | null {
  const { tokens, rules } = s;
  const of = rules.complementOf.has(tokens[from]?.lower ?? "");
  if (!of && !rules.prepositions.has(tokens[from]?.lower ?? "")) return null;
  let words = 0;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (words > 0 && ((of && opensRelativeOrReport(s, k)) || describedBetweenCommas(s, k, end))) return k;
    if (!isWord(t) || isSpeechVerb(s, k) || rules.clauseJoins.has(t.lower)) return null;
    if (rules.prepositions.has(t.lower)) continue;
    if (rules.determiners.has(t.lower)) {
      if (!rules.prepositions.has(tokens[k - 1]!.lower)) return null;
      continue;
    }
    if (++words > MAX_COMPLEMENT_BEFORE_RELATIVE) return null;
  }
  return null;
}

/** A capitalised word neither a place's adjective (`Berliner`) nor an acronym (`SPD`): a noun. */
const nounHeadingPhrase = (t: Token, rules: LanguageRules) =>
  isCapitalised(t) && !rules.placeAdjective.test(t.text) && !/^\p{Lu}{2,}$/u.test(t.text);

/** The subject of a sentence opening on a determiner and a person noun (see describedSubject). */
function subjectDescription(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  if (!rules.determiners.has(tokens[start]?.lower ?? "")) return null;
  for (let k = start + 1; k < end && k - start <= 3; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return null;
    if (!isPersonNoun(t.lower, rules)) {
      // `Seine Zulassung als Wattführer war …`: where nouns are capitalised, a noun before the person's
      // heads the phrase, which is about a thing (not a place's adjective: `Der Berliner Anwalt`).
      if (rules.capitalisesNouns && nounHeadingPhrase(t, rules)) return null;
      continue;
    }
    // `Une vingtaine d’habitants`: a bare person noun after a preposition counts the people the subject
    // is a number of, not one person (`One of the tenants` has its determiner).
    if (rules.prepositions.has(tokens[k - 1]?.lower ?? "")) return null;
    const next = tokens[k + 1];
    // `A 71-year-old pensioner`: an age before the noun is read as one, but the noun after it heads.
    if (isWord(next) && k + 1 - start <= 3 && rules.ageNoun.test(t.lower) && isPersonNoun(next.lower, rules))
      continue;
    // A complement after the noun ("of the firm", "der Bahn") makes a longer description, left to speech
    // cues, unless a perfect's auxiliary ends it: then it is the subject (`Le gouverneur de la province
    // de Liège a déclenché…`); or unless it makes a compound noun of bare nouns before the verb.
    const complementEnd = rules.prepositions.has(next?.lower ?? "")
      ? (subjectBeforeAuxiliary(s, k + 1, end) ??
        compoundBeforeVerb(s, k + 1, end) ??
        complementBeforeVerb(s, k + 1, end))
      : (complementBeforeVerb(s, k + 1, end) ?? adjectiveComplementBeforeSpeech(s, k + 1, end));
    if (complementEnd !== null) {
      const mention = analysePhrase(s, start, complementEnd);
      return isOneUnnamed(mention) ? mention : null;
    }
    // `Un retraité de 71 ans, qui …, assistait`: an age after the noun is part of the description.
    const aged = agedComplementEnd(s, k + 1);
    if (aged !== null) {
      const mention = describedBetweenCommas(s, aged, end) ? analysePhrase(s, start, aged) : null;
      return isOneUnnamed(mention) ? mention : null;
    }
    const related = complementBeforeRelative(s, k + 1, end);
    if (related !== null) {
      const mention = analysePhrase(s, start, related);
      return isOneUnnamed(mention) ? mention : null;
    }
    const set = stressedPronounBetweenCommas(s, k + 1) || describedBetweenCommas(s, k + 1, end);
    if (
      !set &&
      (!isWord(next) ||
        isCapitalised(next) ||
        rules.prepositions.has(next.lower) ||
        rules.determiners.has(next.lower) ||
        rules.nameParticles.has(next.lower))
    )
      return null;
    const mention = analysePhrase(s, start, k + 1);
    return isOneUnnamed(mention) ? mention : null;
  }
  return null;
}
