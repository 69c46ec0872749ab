// Tells a quotation from the other uses of quotation marks: titles of works, names, nicknames,
// terms being mentioned and scare quotes. The cues are the ones a reader uses: a speech verb
// next to the marks or in the sentence, a naming word just before them ("so-called", "le
// terme", "baptisé", "the film"), Title Case, a list of quoted items, and length (a whole
// sentence in marks is nearly always somebody's words).
import type { Span, TextBlock } from "../types.ts";
import type { LanguageRules, NotQuoteWords } from "../lang/types.ts";
import { rulesFor, supportedLanguages } from "../lang/index.ts";
import { latinLocutions } from "../lang/latin.ts";
import {
  documentSubjectOf,
  isFunctionWord,
  isPersonNoun,
  QUOTED_VERB_WORDS,
  speechIdiomsOpeningWith,
  idiomEnd,
} from "../lang/lexicon.ts";
import type { MarkFamily } from "./marks.ts";
import { sentenceAround, wordsBetween, type BlockText } from "../text/blockText.ts";
import {
  appositionKind,
  isCapitalised,
  opensReportedClause,
  sourcePhraseWords,
  type Token,
} from "../text/tokens.ts";

/** A span between quotation marks, before it is judged. */
export interface Candidate {
  block: TextBlock;
  text: string;
  inner: Span;
  open: Span;
  close: Span | null;
  family: MarkFamily;
  /** Listed with other quoted spans, only commas or "and"/"ou" between: `« A », « B » et « C »`. */
  listed: boolean;
  /** For a listed span, the whole list's, from its first opening mark to its last closing mark. */
  list?: Span;
}

/**
 * "unsure" is a short span with no speech cue: a scare quote, unless another quote in the same
 * sentence shows that the reporter is quoting someone there (`de « X » et de « Y, Z »`).
 */
export type Verdict = "quote" | "notQuote" | "unsure";

// A span this long is someone's words unless it looks like a title: scare quotes and terms are
// a few words.
const LONG_QUOTE_WORDS = 6;
// How far around the marks to look for the sentence and its cues; bounds the work per quote.
const CONTEXT_CHARS = 300;
// A speech verb this close to the marks attributes them whatever they look like (`“I’m Batman,” he said`).
const ADJACENT_WORDS = 4;
// How far from the marks a speech verb still governs a short span in a long sentence: `he said
// it was “distressing”`, `…“roughly balanced” between factors that could slow the economy, the
// Fed said`; a list the quote closes (`Als Gründe nannte er A, B und die „…“`). Farther, the verb belongs
// to another clause: at 18, `a annoncé … dans la «greentech» française` would read as words said.
const CUE_WORDS_BEFORE = 17;
const CUE_WORDS_AFTER = 20;

// Every lexicon's words for the cues below (see NotQuoteWords), checked in every language: a
// quote in another language than the page's is judged too, and pages in a language without
// rules still get these.
const lexicons = supportedLanguages.map(rulesFor);
const alternatives = (pick: (words: NotQuoteWords) => string): string =>
  lexicons
    .map((rules) => pick(rules.notQuoteWords))
    .filter((words) => words !== "")
    .join("|");
const wholeWord = (pick: (words: NotQuoteWords) => string) => new RegExp(`^(?:${alternatives(pick)})$`, "iu");
/** Every lexicon's words of one set, as one alternation. */
const anyOf = (pick: (rules: LanguageRules) => ReadonlySet<string>) =>
  [...new Set(lexicons.flatMap((rules) => [...pick(rules)]))].join("|");

// Words right before the marks that present what follows as a name, a title or a word being
// mentioned. These three are tested on lower-cased text, without the `i` flag: case-insensitive Unicode
// alternations this long take V8 several times longer to compile, on every fresh start of the engine.
const NAMING_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives((w) => w.naming).toLowerCase()})\\s*$`, "u");
// Reflexive "dire" is no naming but a declaration: `la mairie s’est dite « favorable »`, `ils se disent «
// prêts »`; the subject's words of itself, as what it sees itself as: `Er sieht sich selbst als „…“`.
const DECLARES_ITSELF = new RegExp(`(?:^|[^\\p{L}])(?:${alternatives((w) => w.declaresItself)})\\s*$`, "u");

// A name of one to three words and a conjunction right before the marks: `known as PFAS or “…”`.
const ALTERNATIVE_NAMES_BEFORE = [1, 2, 3].map(
  (n) =>
    new RegExp(
      `(?:\\s+\\S+){${n}}\\s+(?:${alternatives((w) => w.listConjunctions).toLowerCase()})\\s*$`,
      "u",
    ),
);

// Kinds of works and named things: the noun right before the marks makes them a title or a name
// (`her book “…”`, `le documentaire « … »`, `ao programa “…”`).
const WORK_NOUN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives((w) => w.works).toLowerCase()})s?\\s*$`,
  "u",
);

/**
 * The most words one alternative of an alternation of words matches: its spaces plus one, a nested
 * group's alternatives all counted (`product line`, `[a-zäöüß-]*(?:buch|roman)`: two, one). The lists
 * hold words and endings, no pattern of spaces (`\s`, `.`), which this would not count.
 */
function mostWords(alternation: string): number {
  let most = 0;
  let spaces = 0;
  let depth = 0;
  for (const c of alternation) {
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === " ") spaces++;
    else if (c === "|" && depth === 0) {
      most = Math.max(most, spaces);
      spaces = 0;
    }
  }
  return Math.max(most, spaces) + 1;
}

// How many words (runs of characters between spaces) the work-noun patterns' matches can span, from the
// character before the noun to the end: a work's noun, a complement's preposition and its word, and a
// comma set apart. The patterns are tested on that many last words only (lastWords), which finds what
// testing them on the whole text before the marks does, without trying their long alternation at every
// earlier word.
const WORK_NOUN_WORDS = mostWords(alternatives((w) => w.works));
const WORK_NOUN_COMPLEMENT_WORDS = WORK_NOUN_WORDS + mostWords(anyOf((rules) => rules.complementOf)) + 1;
const WORK_NOUN_APPOSITION_WORDS = WORK_NOUN_COMPLEMENT_WORDS + 1;
// The complement's word may carry an adjective after it: `programme de sciences participatives`.
const WORK_NOUN_QUALIFIED_WORDS = WORK_NOUN_COMPLEMENT_WORDS + 1;

/**
 * The end of `text` from the space before its last `count` words (runs of non-space characters), that
 * space kept: a pattern anchored at the end that spans no more words, and opens on the start of the
 * text or a character other than a letter, matches the tail where it matches the whole text.
 */
function lastWords(text: string, count: number): string {
  let at = text.length;
  while (at > 0 && SPACE.test(text[at - 1]!)) at--;
  for (let n = 0; n < count && at > 0; n++) {
    if (n > 0) while (at > 0 && SPACE.test(text[at - 1]!)) at--;
    while (at > 0 && !SPACE.test(text[at - 1]!)) at--;
  }
  return at > 0 ? text.slice(at - 1) : text;
}
const SPACE = /\s/u;

// A verb of bringing out a work right before the marks: `presentó “Los años del agua”`.
const PUBLISHING_VERB_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives((w) => w.publishingVerbs).toLowerCase()})\\s*$`,
  "u",
);
// How many words a work's title brought out by such a verb may hold.
const PUBLISHED_TITLE_WORDS = 8;

// A work noun, perhaps with a one-word complement, and a comma: a title set off in apposition (`Her
// new book, “Thin Ice,” argues`, `Le titre d’ouverture, « Novembre à Perrache », raconte`).
const WORK_NOUN_APPOSITION = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives((w) => w.works).toLowerCase()})s?` +
    `(?:\\s+(?:${anyOf((rules) => rules.complementOf)})(?:[’']|\\s+)\\p{L}+)?\\s*,\\s*$`,
  "u",
);

// A work noun and a one-word complement right before the marks (`l’association de commerçants « Cœur
// de Reims »`, `the movement of farmers “Save Our Soil”`, `le programme de sciences participatives « Sous
// nos pieds »`), or an adjective after the noun (`le programme participatif « … »`): the complement says
// what the thing gathers or holds, the adjective what kind it is, and a span in Title Case after them is
// the thing's name.
const WORK_NOUN_COMPLEMENT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives((w) => w.works).toLowerCase()})s?` +
    `(?:\\s+(?:${anyOf((rules) => rules.complementOf)})(?:[’']|\\s+)\\p{L}+(?:\\s+\\p{L}+)?` +
    `|\\s+\\p{L}+)\\s*$`,
  "u",
);

// How many words the work's noun phrase opening the sentence may hold: `Le dernier roman de Zola,`.
const APPOSED_SUBJECT_WORDS = 5;

/**
 * `Her new book, “Thin Ice,” argues`, `Son livre, « La Mer intérieure », raconte`: a capitalised span
 * set off by a comma after a work's noun is its title when it is in Title Case, or when that noun
 * phrase opens the sentence on its determiner as the subject the title stands beside. After a
 * preposition (`Dans son livre, « Nous avons tout perdu », écrit-il`) the span is what the book says.
 */
function titleInApposition(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  return looksLikeTitle(text, context, rules) || apposedToOpeningSubject(text, context, rules);
}

// Nouns for a slogan or a message, one word (`signSlogans`): `slogan`, `lema`.
const SLOGAN_NOUN = wholeWord((w) => w.signSlogans);

/**
 * `Le slogan retenu cette année, « Un enfant protégé, une famille sereine », est diffusé`, `This year's
 * slogan, “…”, runs on radio`: a capitalised span set off by commas beside the noun phrase that opens
 * the sentence on a slogan's noun is that slogan, words no one in the article is said to utter. Not when
 * the phrase names whose message it is, a person or a body (`Le message du maire, « … »`): the span is
 * then their words.
 */
function sloganInApposition(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const subject = cueWordsIn(context.wordsBefore).map(headToken);
  const noun = subject.findIndex((t) => SLOGAN_NOUN.test(t.text));
  return (
    noun >= 0 &&
    noun <= 2 &&
    !subject.some(
      (t, i) =>
        i > 0 && (isCapitalised(t) || isPersonNoun(t.lower, rules) || rules.organisationNouns.has(t.lower)),
    ) &&
    apposedToOpeningSubject(text, context, rules)
  );
}

/**
 * A capitalised span, no sentence nor first person, apposed to the noun phrase of a few words that
 * opens the sentence on its determiner, the subject the span stands beside.
 */
function apposedToOpeningSubject(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const subject = cueWordsIn(context.wordsBefore);
  // The word's first token, its elision dropped: `l` of `L’ouvrage`.
  const opening = subject[0]?.[0]?.lower.replace(/['’]$/u, "") ?? "";
  return (
    /^\p{Lu}/u.test(text) &&
    !isSentence(text) &&
    !inFirstPerson(text, rules) &&
    subject.length <= APPOSED_SUBJECT_WORDS &&
    rules.determiners.has(opening) &&
    !INVERTED_SUBJECT_AFTER.test(context.after)
  );
}

// Documents, named by a title in capitals (`the report “Clean Air 2030”`, `le rapport « Plastiques
// 2030 »`); in lower case the span is more often words quoted from them (`the report “strongly
// recommends”`). So are committees and schemes (`le comité « Saint-Imier vivant »`, `le dispositif
// « Participation citoyenne »`), whose lower-case span is more often their quoted verb.
const NAMED_IN_CAPITALS = `${alternatives((w) => w.documents)}|${alternatives((w) => w.namedBodies)}`;
const NAMED_IN_CAPITALS_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${NAMED_IN_CAPITALS.toLowerCase()})s?\\s*$`,
  "u",
);

// "what he called a “witch hunt”", "le ministre a qualifié de « provocation »": the naming verb
// has a speaker, so the span is that speaker's words. "Called a “game” by its makers" likewise.
// A participle alone ("a tool called “X”", "un missile qualifié de « X »") only names.
const NAMING_PARTICIPLE = wholeWord((w) => w.namingParticiples);
const NAMING_FINITE = wholeWord((w) => w.namingFinite);
const NAMING_FINITE_PLURAL = wholeWord((w) => w.namingFinitePlural);
const PASSIVE_AUXILIARY = wholeWord((w) => w.passiveAuxiliaries);
const AGENT_AFTER = new RegExp(`^[\\s,]*(?:${anyOf((rules) => rules.passiveAgents)})\\s`, "iu");

// French inverts its attribution, whatever the verb: `», sourit-elle`, `», met-il en garde`.
const INVERTED_SUBJECT_AFTER = new RegExp(
  `^\\s*,\\s*\\p{L}+-(?:(?:${anyOf((rules) => rules.euphonicLetters)})-)?` +
    `(?:${anyOf((rules) => rules.invertedPronouns)})(?![\\p{L}])`,
  "iu",
);
const COMPLEMENTISER = new RegExp(`^(?:${anyOf((rules) => rules.complementisers)})[’']?$`, "iu");
const DASH_OR_COLON_BEFORE = /(?::|\s[-–—])\s*$/u;

// What may stand between the items of a list of quoted names or terms: `« A », « B » et « C »`.
const LIST_GAP = new RegExp(
  `^\\s*(?:,|;|\\/|,?\\s*(?:${alternatives((w) => w.listConjunctions)}))\\s*$`,
  "iu",
);
// Names and terms are short; two clauses quoted side by side (`« … » et « … »`) are no list.
const LIST_ITEM_MAX_WORDS = 8;

/** Flags the spans that stand in a list of quoted items. */
export function markLists(candidates: Candidate[]): void {
  candidates.forEach((candidate, i) => {
    const next = candidates[i + 1];
    if (
      !next ||
      !candidate.close ||
      !LIST_GAP.test(candidate.block.text.slice(candidate.close.end, next.open.start))
    )
      return;
    if (wordCount(candidate.text) >= LIST_ITEM_MAX_WORDS || wordCount(next.text) >= LIST_ITEM_MAX_WORDS)
      return;
    candidate.listed = true;
    next.listed = true;
    next.list = { start: candidate.list?.start ?? candidate.open.start, end: next.close!.end };
  });
  // Each item learns where the list ends from the item after it.
  for (let i = candidates.length - 2; i >= 0; i--) {
    const [candidate, next] = [candidates[i]!, candidates[i + 1]!];
    if (next.list && next.list.start <= candidate.open.start) candidate.list = next.list;
  }
}

/** Judges one span between quotation marks, in its sentence (`sentenceContext`). */
export function judgeCandidate(
  candidate: Candidate,
  context: SentenceContext,
  rules: LanguageRules,
): Verdict {
  // Three rules ask whether a naming verb stands before the marks: its clause is read once.
  const namingVerb = namingVerbBefore(context, rules);
  const naming = namingCue(context, rules, candidate.text, namingVerb);
  if (naming === "name" || (namingVerb && isDefiniteName(candidate.text))) return "notQuote";
  if (quotedVerb(candidate, rules)) return "quote";
  if (candidate.listed && !listedWordsOfSpeaker(candidate.text, context, rules)) return "notQuote";
  if (inCompound(candidate) || compoundBeforeEpithet(candidate.text, context, rules)) return "notQuote";
  // `a programme it calls “Project Streamline”`: what someone calls a thing in Title Case is its name. So
  // is what a naming verb in any form gives (`al que todos en el club llaman “Chino”`): a nickname.
  if ((naming === "attributed" || namingVerb) && looksLikeTitle(candidate.text, context, rules))
    return "notQuote";
  if (naming !== "attributed" && namesMeasure(candidate.text, context, rules)) return "notQuote";
  if (naming !== "attributed" && namesLevel(candidate.text, context, rules)) return "notQuote";
  if (namesGradedLevel(candidate.text, context, rules)) return "notQuote";
  if (namesWork(candidate.text, context, rules)) return "notQuote";
  if (naming !== "attributed" && namedByArticle(candidate.text, context, rules)) return "notQuote";
  if (namedAsMedium(candidate.text, context, rules)) return "notQuote";
  if (epithetBeforeName(candidate.text, context, rules)) return "notQuote";
  if (
    SIGN_BEFORE.test(context.lowerBefore) ||
    signDescribedBeforeColon(context, rules) ||
    signVerbAfterMarks(context, rules)
  )
    return "notQuote";
  if (inscribed(candidate.text, context)) return "notQuote";
  if (declinedWord(candidate.text, context, rules)) return "notQuote";
  if (candidate.block.kind === "paragraph" && titleAsObject(candidate.text, context, rules))
    return "notQuote";
  if (titleAsSubject(candidate.text, context, rules)) return "notQuote";
  if (
    DASH_OR_COLON_BEFORE.test(context.before) ||
    hasAdjacentSpeechCue(context, rules) ||
    headlineAfterName(candidate, context)
  )
    return "quote";
  if (designatedThing(candidate.text, context, rules) || nameApposedToNoun(candidate.text, context, rules))
    return "notQuote";
  // "nicknamed “Goliath” by engineers" is still a name; "dubbed a “reckless gamble” by critics" is their
  // words.
  if (looksLikeTitle(candidate.text, context, rules) || opensOnWorkNoun(candidate.text, rules))
    return "notQuote";
  if (naming === "attributed" || presentedByColon(candidate.text, context)) return "quote";
  if (
    (isCoinedCompound(candidate.text) && !compoundSaid(context, rules)) ||
    LATIN_LOCUTION.test(candidate.text.trim()) ||
    RATING.test(candidate.text.trim()) ||
    isEpithetTerm(candidate.text, context, rules)
  )
    return "notQuote";
  if (
    wordCount(candidate.text) >= LONG_QUOTE_WORDS ||
    isSentence(candidate.text) ||
    standsAlone(context) ||
    inFirstPerson(candidate.text, rules) ||
    quotesFigure(candidate.text)
  )
    return "quote";
  const nearBefore = spanWords(context.wordsBefore).slice(-CUE_WORDS_BEFORE);
  const wordsBefore = lowers(nearBefore.filter(isCueWord));
  const cueAfter = cueWordsAfter(candidate, context, rules);
  const reported =
    [...wordsBefore, ...cueAfter].some((word) => rules.reportedSpeechMarkers.has(word)) ||
    inReportedMood(wordsBefore, rules) ||
    reportedClauseBefore(context, rules);
  return hasSourcePhrase(lowers(nearBefore), rules) ||
    sourcePhraseTrails(context, rules) ||
    opensOnSourcePhrase(context.wordsBefore, rules) ||
    opensOnDocument(context, rules) ||
    hasSpeechWord(wordsBefore, rules) ||
    hasSpeechWord(cueAfter, rules) ||
    reported ||
    reportsClause(context.before, rules) ||
    reportsBareClause(context.wordsBefore, rules) ||
    givesViewpoint(context, rules) ||
    intentBefore(context.wordsBefore, rules) ||
    DECLARES_ITSELF.test(context.lowerBefore) ||
    continuesAsPredicate(candidate.text, context, rules)
    ? "quote"
    : "unsure";
}

/**
 * The lower-case cue words after the marks that may attribute them, up to CUE_WORDS_AFTER: not a
 * participle apposed to the noun before them, nor the speech verb that introduces the next span in marks
 * (introducesNextQuote).
 */
function cueWordsAfter(candidate: Candidate, context: SentenceContext, rules: LanguageRules): string[] {
  const written = spanWords(context.wordsAfter);
  const cue = written.slice(0, CUE_WORDS_AFTER).filter(isCueWord);
  const nextMark = candidate.block.text.charAt(context.afterStart + context.after.length);
  const introduced =
    written.length <= CUE_WORDS_AFTER &&
    OTHER_QUOTE_MARK.test(nextMark) &&
    introducesNextQuote(context.after, context.wordsAfter, rules);
  return lowers(introduced ? cue.slice(0, -INTRODUCING_WORDS) : cue).slice(
    apposedParticiple(context, rules) ? 1 : 0,
  );
}

// The words that introduce a span in marks: its speech verb, and the complementiser after it.
const INTRODUCING_WORDS = 2;

/**
 * `“Costa adentro” pasó por el festival, donde el jurado destacó “…”`: in the reporter's words between
 * two spans in marks (`gap`, its words `between`), a speech verb right before the second (or before its
 * `que`, `that`), with no comma between, introduces that one; past an incise's reach from the first
 * (ADJACENT_WORDS), it says nothing of the first. An incise ends on a comma: `“…,” Justice S R Kulkarni
 * observed, “…”` attributes both.
 */
export function introducesNextQuote(gap: string, between: readonly Token[], rules: LanguageRules): boolean {
  if (/[,;]\s*$/u.test(gap) || cueWordsIn(between).length <= ADJACENT_WORDS) return false;
  const preceding = lastCueWords(between, INTRODUCING_WORDS);
  if (!COMPLEMENTISER.test(preceding.at(-1) ?? "")) preceding.shift();
  return hasSpeechWord(preceding, rules);
}

/**
 * `Kündigungen schließe er „nicht mehr aus“`, `Er schwäche „den Zusammenhalt“`: a verb of the reported
 * mood's shape right after or right before its subject pronoun (`reportedSpeechForm`) reports someone's
 * words, as a listed marker does.
 */
function inReportedMood(words: readonly string[], rules: LanguageRules): boolean {
  const form = rules.reportedSpeechForm;
  if (form === null) return false;
  // A word of another kind may end so too (`ohne sie`, `eine sie`): only a word the lexicon does not list.
  const verb = (w: string) => form.ending.test(w) && !isFunctionWord(w, rules);
  const pronoun = (w: string | undefined) => form.pronouns.has(w ?? "");
  return words.some((w, k) => verb(w) && (pronoun(words[k + 1]) || pronoun(words[k - 1])));
}

/**
 * `Die Älteren könnten helfen, jedes Kind lerne „in seinem eigenen Tempo“`, `Jeder investierte Euro komme
 * „mehrfach zurück“`: the clause before the marks (after a comma or from the sentence's start) reported
 * with a noun for its subject (see opensReportedClause), as `lerne es` is with a pronoun (inReportedMood):
 * the span in it is someone's words.
 */
function reportedClauseBefore(
  { before, beforeStart, wordsBefore }: SentenceContext,
  rules: LanguageRules,
): boolean {
  const clauseStart = beforeStart + before.lastIndexOf(",") + 1;
  return opensReportedClause(
    wordsBefore.filter((t) => t.start >= clauseStart),
    rules,
  );
}

// How far around the marks the words next to them are read: a few words' worth of characters.
const NEXT_WORD_CHARS = 40;

/**
 * `Ayrault « assume » et « revendique » sa méthode`, `Lee “regrets” the decision`: a few lower-case
 * words between a subject (a name, a subject pronoun, a noun for a person or a body) and a
 * determiner opening an object are the sentence's verb, quoted, and so someone's words, as a
 * quoted verb phrase is (continuesAsPredicate).
 * A label or a title is a noun phrase: an article opens it, and it takes no object of its own.
 */
function quotedVerb(candidate: Candidate, rules: LanguageRules): boolean {
  const { block, open, close, text } = candidate;
  if (!close || !/^\p{Ll}/u.test(text) || wordCount(text) > QUOTED_VERB_WORDS) return false;
  const span = candidate.list ?? { start: open.start, end: close.end };
  const subject = words(block.text.slice(Math.max(0, span.start - NEXT_WORD_CHARS), span.start)).at(-1);
  const object = words(block.text.slice(span.end, span.end + NEXT_WORD_CHARS))[0];
  if (subject === undefined || object === undefined) return false;
  const lower = subject.toLowerCase();
  const named =
    (/^\p{Lu}/u.test(subject) && !rules.determiners.has(lower) && !rules.prepositions.has(lower)) ||
    isPersonNoun(lower, rules) ||
    rules.organisationNouns.has(lower);
  // An elided article opens its noun: `l’absence`.
  const determiner = object.toLowerCase().split(/['’]/u)[0]!;
  return (
    (named || rules.pronouns.has(lower)) &&
    rules.determiners.has(determiner) &&
    !rules.prepositions.has(determiner)
  );
}

const LIST_CONJUNCTION = wholeWord((w) => w.listConjunctions);

/**
 * A span that carries on the reporter's sentence as its verb phrase: `l’état du blessé « s’est
 * rapidement dégradé »`, `il a « dû être opéré »`, `the situation had “deteriorated quickly”`. Labels,
 * titles, nicknames and emphasised terms are noun phrases; a quoted verb phrase, opening on an
 * auxiliary or written right after one, is what someone said of the subject. So is a clause the span
 * opens on its conjunction (`clauseJoins`), other than a list's (`la ordenanza se revisará «si los
 * números no salen»`, `it will close “if the money runs out”`): the condition someone set.
 */
function continuesAsPredicate(text: string, { wordsBefore }: SentenceContext, rules: LanguageRules): boolean {
  // One word after a copula is most often the reporter's own label: `was “terrorism”`.
  if (!/^\p{Ll}/u.test(text) || wordCount(text) < 2) return false;
  const first = words(text)[0]!;
  return (
    opensOnAuxiliary(text, rules) ||
    afterAuxiliary(wordsBefore, rules) ||
    (rules.clauseJoins.has(first) && !LIST_CONJUNCTION.test(first))
  );
}

/** The word before the marks is a perfect's auxiliary after its subject: `il a « … »`, `prices had “…”`. */
function afterAuxiliary(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  const [subject, auxiliary] = lastCueWords(wordsBefore, 2);
  return (
    auxiliary !== undefined &&
    rules.perfectAuxiliaries.has(auxiliary) &&
    subject !== undefined &&
    (rules.pronouns.has(subject) || (!rules.auxiliaries.has(subject) && !isFunctionWord(subject, rules)))
  );
}

/**
 * `« Nous irons jusqu’au bout » : la colère des agriculteurs`, `“Never again”: survivors speak`: words
 * opening the sentence, then a colon, are what the rest of it presents, the way a headline quotes.
 * A single word there is a term the rest defines (`« Sobriété » : le mot de l’année`).
 */
function presentedByColon(text: string, { before, after }: SentenceContext): boolean {
  return before.trim() === "" && /^\s*:/u.test(after) && wordCount(text) >= 2;
}

// How many words a viewpoint phrase may hold: a name with its role (`Pour la ministre de la Santé
// Anne Roy, « … »`).
const VIEWPOINT_WORDS = 12;
// How many words of the sentence may stand between the viewpoint's comma and the marks, none of
// them a speech verb: `Pour Paul Henri, c'est « … »`.
const VIEWPOINT_REACH = 8;
// …and after a surname alone, which may as well be a holiday or an event (`Pour Noël, …`).
const SURNAME_VIEWPOINT_REACH = 3;

/**
 * `Pour X, « … »`, `Para el ministro, "…"`, `Mais pour Paul Henri, c'est « … »`, `For him, it was
 * “…”`: a viewpoint preposition opening the sentence and naming a person or a body gives the span
 * that follows its comma, within a few words and no other speaker's verb, as that speaker's
 * words. Not `Pour l'instant, « … »`: the phrase must name someone, by a capitalised word, a noun
 * for a person or a body, or a pronoun alone.
 */
function givesViewpoint(
  { before, beforeStart, wordsBefore }: SentenceContext,
  rules: LanguageRules,
): boolean {
  const comma = before.indexOf(",");
  if (comma < 0) return false;
  const commas = [...before.matchAll(/,/gu)].map((m) => beforeStart + m.index);
  const { phraseEnd, commaAt, described } = pastAppositions(wordsBefore, commas, rules);
  const clause = writtenWords(wordsBefore.filter((t) => t.end <= phraseEnd)).map(headToken);
  const lower = clause.map((t) => t.lower);
  const rest = writtenWords(wordsBefore.filter((t) => t.start > commaAt)).filter(isCueWord);
  // One conjunction may open the sentence: `Mais pour…`, `Y para…`.
  const at = lower.findIndex((word) => rules.viewpointPrepositions.has(word));
  if (at < 0 || at > 1 || clause.length - at - 1 > VIEWPOINT_WORDS) return false;
  if (rest.length > VIEWPOINT_REACH || lowers(rest).some((word) => isSpeechVerb(word, rules))) return false;
  const phrase = clause.slice(at + 1);
  const named = (k: number) =>
    rules.personNouns.has(lower[at + 1 + k]!) || rules.organisationNouns.has(lower[at + 1 + k]!);
  const capitalised = phrase.filter((t) => isCapitalised(t)).length;
  const pronoun = phrase.length === 1 && isPersonalPronoun(lower[at + 1]!, rules);
  // Right before the marks any name will do; farther on, a clause of its own stands between, and
  // only a person keeps the span (`Pour Noël, la ville a installé des « … »` is no one's words).
  // A surname alone counts when only a short subject stands between (`Para Nunes, a reforma "…"`):
  // the span is then that subject's predicate, not the object of a clause of its own.
  // …or farther on, when an apposition describes its person (`Para Martins, um dos senadores…`).
  const surname =
    phrase.length === 1 && capitalised === 1 && (rest.length <= SURNAME_VIEWPOINT_REACH || described);
  const person =
    pronoun ||
    surname ||
    phrase.some((_, k) => rules.personNouns.has(lower[at + 1 + k]!)) ||
    capitalised >= 2;
  return rest.length === 0 ? pronoun || capitalised > 0 || phrase.some((_, k) => named(k)) : person;
}

// How many commas of appositions a viewpoint's phrase may run over.
const VIEWPOINT_APPOSITIONS = 3;

/**
 * `Para el oceanógrafo Jordi Puig, de la Universidad de Barcelona, que no participó en el estudio,
 * el documento es «…»`: the appositions after the viewpoint's phrase are part of it. A name in
 * apposition right after it belongs to the phrase (up to `phraseEnd`); an affiliation or a relative
 * clause only stands between. `commas` are the offsets of the sentence's commas before the marks;
 * `commaAt` is the one where the viewpoint's own clause begins.
 */
function pastAppositions(
  wordsBefore: readonly Token[],
  commas: readonly number[],
  rules: LanguageRules,
): { phraseEnd: number; commaAt: number; described: boolean } {
  let phraseEnd = commas[0]!;
  let commaAt = commas[0]!;
  let described = false;
  for (const next of commas.slice(1, 1 + VIEWPOINT_APPOSITIONS)) {
    const between = wordsBefore.filter((t) => t.start > commaAt && t.end <= next);
    const kind = appositionKind(between, rules);
    if (kind === null) break;
    if (kind === "name" && phraseEnd === commaAt) phraseEnd = next;
    described ||= kind === "description";
    commaAt = next;
  }
  return { phraseEnd, commaAt, described };
}

/** `lui`, `él`, `ele`, and the object forms `him`, `ihn`: someone named before. */
const isPersonalPronoun = (lower: string, rules: LanguageRules) =>
  rules.pronouns.has(lower) || rules.objectPronouns.has(lower);

// How far before its verb a subject pronoun is looked for: `we might have read`.
const SUBJECT_WORDS = 3;

/**
 * `Il a dénoncé un texte « bâclé » et « inutile »`: items of a list in lower case, after a
 * speech verb, are the words it reports. Titles and names are listed in capitals (`« Écrire un
 * communiqué » et « Tenir une réunion »`), or with no speech verb before them; and the reporter's
 * own reading (`we might have read of “…” or “…”`) reports nobody.
 */
function listedWordsOfSpeaker(text: string, { wordsBefore }: SentenceContext, rules: LanguageRules): boolean {
  if (/\p{Lu}/u.test(text)) return false;
  const tokens = lastCueWords(wordsBefore, CUE_WORDS_BEFORE);
  const verb = tokens.findLastIndex((token) => isSpeechVerb(token, rules));
  return (
    verb >= 0 &&
    !rules.determiners.has(tokens[verb - 1] ?? "") &&
    !tokens.slice(Math.max(0, verb - SUBJECT_WORDS), verb).some((t) => rules.speakerlessPronouns.has(t))
  );
}

/**
 * A speech verb that opens a reported clause (`wrote that`, `a écrit que`) governs the clause to
 * the end of the sentence, however long: `wrote that the records showed … and “chose to do nothing.”`
 */
function reportsClause(before: string, rules: LanguageRules): boolean {
  // Still the written words, not the model's tokens: those split `qu’en` (`a confirmé qu’en réponse
  // à …, « … »`) and so find the complementiser the written word hides, which moves a golden page
  // (lefigaro-1 gains a gold quote). Worth its own scored change.
  const tokens = cueWords(before);
  if (tokens.some((token, i) => isSpeechVerb(token, rules) && clauseFollows(tokens, i + 1, rules)))
    return true;
  const verb = tokens.findIndex((token) => isSpeechVerb(token, rules));
  return verb >= 0 && coordinatedClause(tokens, verb + 1, rules);
}

/**
 * `NSW Police said the three boys, aged 14, 15 and 16, were arrested after “extensive inquiries” by
 * detectives`: a speech verb right after its subject, then a determiner opening the next clause's subject,
 * reports that clause with no `that` written, to the end of the sentence however long, as reportsClause
 * does with one. Not a verb after a comma or a mark, whose subject comes after it (`“…,” said the
 * minister, …`), nor where every noun is capitalised and word order inverts a subject after a verb.
 */
function reportsBareClause(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  if (rules.capitalisesNouns) return false;
  return wordsBefore.some(
    (token, i) =>
      i > 0 &&
      wordsBefore[i - 1]!.kind === "word" &&
      isSpeechVerb(token.lower, rules) &&
      rules.determiners.has(wordsBefore[i + 1]?.lower ?? "") &&
      !rules.prepositions.has(wordsBefore[i + 1]!.lower),
  );
}

/**
 * `said ministers had committed to it but that “…”`, `a dit que … et qu’« … »`: a second reported clause
 * of the verb, joined to its first (whose complementiser may be left unwritten) by a conjunction and
 * opening on a complementiser of its own, from `k` on.
 */
function coordinatedClause(tokens: readonly string[], k: number, rules: LanguageRules): boolean {
  for (let j = k; j + 1 < tokens.length; j++)
    if (rules.clauseJoins.has(tokens[j]!) && !opensClause(tokens[j]!) && opensClause(tokens[j + 1]!))
      return true;
  return false;
}

// How many words the person told, or the setting, may hold between a speech verb and its `que`: `a
// EFE`, `à Lusa`, `durante la conferencia con analistas`.
const TOLD_WORDS = 5;

/**
 * The reported clause opens at `k`, right after the verb, or after whom it was told to or where: `ha
 * declarado a EFE que`, `disse à Lusa que`, `told Reuters that`, `explicó durante la conferencia con
 * analistas que`.
 */
function clauseFollows(tokens: readonly string[], k: number, rules: LanguageRules): boolean {
  if (opensClause(tokens[k] ?? "")) return true;
  if (!rules.prepositions.has(tokens[k] ?? "")) return false;
  const told = tokens.slice(k + 1, k + 1 + TOLD_WORDS + 1);
  return told.some((word, j) => j > 0 && opensClause(word));
}

// The elided word a token opens with: `qu’` of `qu’en`, `qu’il`.
const ELIDED_HEAD = /^\p{L}+[’']/u;

/** `que`, or `qu’` written onto the clause's next word (`a confirmé qu’en réponse…`). */
function opensClause(token: string): boolean {
  return COMPLEMENTISER.test(token) || COMPLEMENTISER.test(ELIDED_HEAD.exec(token)?.[0] ?? "");
}

/** True when the quote is a fragment of the reporter's sentence rather than a sentence of its own. */
export function isFragment(candidate: Candidate, context: SentenceContext, rules: LanguageRules): boolean {
  const { before, after } = context;
  // The reporter's sentence runs on after the marks: `“We want those people” out of prisons`.
  if (/^\s+\p{Ll}/u.test(after) && !hasAdjacentSpeechCue(context, rules)) return true;
  const verbBefore = hasSpeechWord(lastCueWords(context.wordsBefore, 3), rules);
  // Lower case: a fragment, unless it resumes a quote cut by its attribution (`…,” he said, “has…`).
  if (!/^[\p{Lu}\p{N}¡¿[(….#@]/u.test(candidate.text)) return !(/,\s*$/u.test(before) && verbBefore);
  return !(/(?:^|[:,;—–-])\s*$/u.test(before) || verbBefore || isSentence(candidate.text));
}

export interface SentenceContext {
  /** The reporter's words before the opening mark, from the start of the sentence. */
  before: string;
  /**
   * `before` in lower case, made once: a dozen rules read it, each span's sentence is judged by all of
   * them, and a lower-cased copy made by each was a good part of the quote finder's garbage.
   */
  lowerBefore: string;
  /** The reporter's words after the closing mark, to the end of the sentence. */
  after: string;
  /** Where `before` starts in the block. */
  beforeStart: number;
  /** Where `after` starts in the block: at the closing mark's end. */
  afterStart: number;
  /** The words of `before`, as the text model has them (text/tokens.ts). */
  wordsBefore: readonly Token[];
  /** The words of `after`, as the text model has them. */
  wordsAfter: readonly Token[];
}

// The reporter's words after a quote stop at the next quote (‘ is seldom an apostrophe, ’ and '
// often are): its words do not attribute this one. Before a quote, words of an earlier quote may
// (`ont « condamné » les « violences »`).
const OTHER_QUOTE_MARK = /["“”„«»‘]/u;
// Nor do they run past a colon, kept as their last character (`« … » : …` presents what follows): what
// comes after it is the clause the colon presents, whose source phrase or speech verb is its own (`son
// « effet lycéen » sur les ventes : selon l’institut GfK, …`). Not the colon of a time (`14:30`).
const PRESENTING_COLON = /(?<!\p{N}):/u;

export function sentenceContext(candidate: Candidate, text: BlockText): SentenceContext {
  const { source } = text;
  const { open, close } = candidate;
  const opening = sentenceAround(text, open.start, CONTEXT_CHARS);
  const from = Math.max(opening?.start ?? 0, open.start - CONTEXT_CHARS);
  const before = source.slice(from, open.start);
  const lowerBefore = before.toLowerCase();
  const wordsBefore = wordsBetween(text, from, open.start);
  // A quote that ends its own sentence (`“We won.” Then…`) leaves nothing after it to attribute.
  if (!close || (/[.!?…]$/u.test(candidate.text) && /^\s+\p{Lu}/u.test(source.slice(close.end))))
    return {
      before,
      lowerBefore,
      after: "",
      beforeStart: from,
      afterStart: close?.end ?? source.length,
      wordsBefore,
      wordsAfter: [],
    };
  const closing = sentenceAround(text, close.start, CONTEXT_CHARS);
  const windowAfter = source.slice(
    close.end,
    Math.min(closing?.end ?? source.length, close.end + CONTEXT_CHARS),
  );
  const nextQuote = OTHER_QUOTE_MARK.exec(windowAfter)?.index ?? windowAfter.length;
  const colon = PRESENTING_COLON.exec(windowAfter)?.index ?? windowAfter.length;
  const end = Math.min(nextQuote, colon + 1);
  const wordsAfter = wordsBetween(text, close.end, close.end + end);
  return {
    before,
    lowerBefore,
    after: windowAfter.slice(0, end),
    beforeStart: from,
    afterStart: close.end,
    wordsBefore,
    wordsAfter,
  };
}

/**
 * `La escritora presentó “Los años del agua”`, `the band released “Salt Year”`: a short capitalised span,
 * no sentence of its own, right after a verb of bringing out a work is that work's title.
 */
function publishedTitle(lowerBefore: string, text: string): boolean {
  return (
    PUBLISHING_VERB_BEFORE.test(lowerBefore) &&
    /^\p{Lu}/u.test(text) &&
    !/[.!?…]$/u.test(text.trim()) &&
    text.split(/\s+/u).length <= PUBLISHED_TITLE_WORDS
  );
}

// How many capitalised words the name of the place where a work opens may hold: `Teatro Colón`.
const VENUE_WORDS = 4;

/**
 * The words before the marks, lower-cased, without what may stand between a work's noun or a verb of
 * bringing out a work and the work's title: an adjective after the noun (`el buque oceanográfico «Sarmiento
 * de Gamboa»`, `el estreno mundial de «…»`, `le navire océanographique « … »`), or the place where the work
 * opens, a preposition and a capitalised name (`se estrena en el Teatro Colón “…”`,
 * `premiered at the Abbey Theatre “…”`). Undefined when neither ends them. For a capitalised span only:
 * a lower-case one after an adjective is more often the reporter's clause going on (`el plan oficial « no
 * alcanza »`).
 */
function beforeQualifiers({ before, beforeStart, wordsBefore }: SentenceContext, rules: LanguageRules) {
  const without = (from: Token, to: Token) =>
    `${before.slice(0, from.start - beforeStart)} ${before.slice(to.end - beforeStart)}`
      .replace(/\s+/gu, " ")
      .toLowerCase();
  const [second, last] = wordsBefore.slice(-2);
  if (last === undefined) return undefined;
  if (!rules.capitalisesNouns && ADJECTIVE.test(last.text) && !isSpeechVerb(last.lower, rules))
    return without(last, last);
  if (second !== undefined && rules.complementOf.has(last.lower) && ADJECTIVE.test(second.text))
    return without(second, second);
  let at = wordsBefore.length - 1;
  while (at >= 0 && wordsBefore.length - at <= VENUE_WORDS && isCapitalised(wordsBefore[at]!)) at--;
  if (at === wordsBefore.length - 1 || at < 0) return undefined;
  if (rules.determiners.has(wordsBefore[at]!.lower)) at--;
  const preposition = wordsBefore[at];
  if (preposition === undefined || !rules.prepositions.has(preposition.lower)) return undefined;
  return without(preposition, wordsBefore.at(-1)!);
}

/**
 * What the words before the marks make of them: a name or title (`the film “…”`, `so-called
 * “…”`, `baptisé « … »`), someone's words (`what he called a “…”`, `dubbed a “…” by critics`),
 * or nothing. `namingVerb`: whether a naming verb stands before the marks (namingVerbBefore).
 */
function namingCue(
  context: SentenceContext,
  rules: LanguageRules,
  text: string,
  namingVerb: boolean,
): "name" | "attributed" | null {
  const { before, lowerBefore: lower, after, wordsBefore } = context;
  // A verb-final clause puts its subject right before a quoted predicate: `dat het plan "realistisch" is`.
  // So does an auxiliary or a negation opening the span: `le projet « ne coûtera rien »`,
  // `le plan « a échoué »`. So does a complementiser before the noun and its determiner, which makes
  // them the subject of the clause it opens: `asegura que el programa “cambia la vida”`.
  // And so does a speaker's incise right after the marks: `The campaign “reached 94 percent of
  // households,” the ministry said` gives the ministry's words of the campaign, not the campaign's name.
  // And a viewpoint opening the sentence: `Para el productor, el documental “habla de Santa Fe”` gives
  // the producer's words of the film, its predicate.
  const predicate =
    /^\p{Ll}/u.test(text) &&
    (rules.verbSecond ||
      opensOnAuxiliary(text, rules) ||
      subjectOfClause(wordsBefore, rules) ||
      saidInClauseAfter(text, context, rules) ||
      givesViewpoint(context, rules));
  // `called the plan “reckless”`: a naming verb gives the thing a description in lower case, not its title.
  // So does an indefinite article before the noun: `un projet « brutal »` is described, `le projet
  // « … »` named.
  const described = /^\p{Ll}/u.test(text) && (namingVerb || indefiniteNounBefore(wordsBefore, rules));
  // The long work-noun pattern runs last, on the spans nothing else has ruled out.
  const named =
    !predicate &&
    !described &&
    WORK_NOUN_BEFORE.test(lastWords(lower, WORK_NOUN_WORDS)) &&
    !workNounIsVerb(context, text, rules) &&
    !opensOnInfinitive(text, rules);
  if (named || namesSource(before, lower, rules) || publishedTitle(lower, text)) return "name";
  if (/^\p{Lu}/u.test(text)) {
    if (namesItself(text, wordsBefore, rules)) return "name";
    const bare = beforeQualifiers(context, rules);
    if (
      bare !== undefined &&
      (WORK_NOUN_BEFORE.test(lastWords(bare, WORK_NOUN_WORDS)) || publishedTitle(bare, text))
    )
      return "name";
  }
  // Where not every noun is capitalised, a capital opening a short span that is no sentence marks it as a
  // name in the title's sentence case too (`« Sous nos pieds »`), unless a speaker's incise follows it
  // (`Le plan de relance « Nous sauverons l’emploi », promet le ministre`).
  const complemented = WORK_NOUN_COMPLEMENT_BEFORE.test(lastWords(lower, WORK_NOUN_QUALIFIED_WORDS));
  const inSentenceCaseTitle = () =>
    !rules.capitalisesNouns &&
    /^\p{Lu}/u.test(text) &&
    wordCount(text) <= SENTENCE_CASE_TITLE_WORDS &&
    !isSentence(text) &&
    !saidInClauseAfter(text, context, rules);
  if (complemented && (looksLikeTitle(text, context, rules) || inSentenceCaseTitle())) return "name";
  // The apposition's pattern runs only where the text before ends on a comma.
  const apposed =
    lower.trimEnd().endsWith(",") && WORK_NOUN_APPOSITION.test(lastWords(lower, WORK_NOUN_APPOSITION_WORDS));
  if (apposed && titleInApposition(text, context, rules)) return "name";
  if (lower.trimEnd().endsWith(",") && sloganInApposition(text, context, rules)) return "name";
  if (NAMED_IN_CAPITALS_BEFORE.test(lower) && /^[\p{Lu}\p{N}]/u.test(text)) return "name";
  if (namedAfterThing(wordsBefore, rules) || nameAfterColon(text, context, rules)) return "name";
  if (
    nameInRelativeClause(text, context, rules) ||
    nameBeforeParticiple(text, context, rules) ||
    termExplainedAfter(text, context, rules)
  )
    return "name";
  const cued = endingOnNamingCue(lower);
  // A group's naming verb may stand before the thing it names, out of the cue's reach.
  if (namedByGroupInGeneral(text, context, rules)) return "name";
  if (cued === undefined || DECLARES_ITSELF.test(cued)) return null;
  return namingVerbHasSpeaker(before, rules) ||
    (AGENT_AFTER.test(after) && endsWithNamingVerb(before, rules)) ||
    utteredFormula(text, wordsBefore, rules)
    ? "attributed"
    : "name";
}

/**
 * The words before the marks when a naming cue ends them, or ends them once a name given as an
 * alternative is left out (`known as PFAS or “forever chemicals”`: the second of two names the cue
 * gives); undefined when no cue does.
 */
function endingOnNamingCue(lower: string): string | undefined {
  if (NAMING_CUE.test(lower)) return lower;
  for (const name of ALTERNATIVE_NAMES_BEFORE) {
    // The long naming-cue pattern runs only on words that changed. With no name of n words before
    // the conjunction, there is none of more: each ends with one of n words.
    if (!name.test(lower)) break;
    const shorter = lower.replace(name, "");
    if (NAMING_CUE.test(shorter)) return shorter;
  }
  return undefined;
}

// `dit` of `le dispositif dit « … »`: forms of a speech verb that also name (namingAfterThing).
const NAMING_AFTER_THING = wholeWord((w) => w.namingAfterThing);

/**
 * `le dispositif dit « bouclier tarifaire »`, `un système dit « à points »`, `le phénomène dit de
 * « brassage »`: right after a noun for a thing, « dit », with or without the preposition that joins
 * it to its complement (`complementOf`), gives the thing its name. After a speaker it says: a name
 * (`Paul Roy dit`), a pronoun or an auxiliary (`il dit`, `a dit`), a noun for a person or a body
 * (`le ministre dit`, `le syndicat dit`), or a document, which speaks too (`le texte dit`).
 */
function namedAfterThing(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  const written = cueWordsIn(wordsBefore);
  const cueWords = rules.complementOf.has(written.at(-1)?.[0]?.lower ?? "") ? written.slice(0, -1) : written;
  const [before, form] = cueWords.slice(-2);
  if (!before || !form || !NAMING_AFTER_THING.test(headToken(form).text)) return false;
  const noun = headToken(before);
  return (
    !isCapitalised(noun) &&
    !isFunctionWord(noun.lower, rules) &&
    !isPersonNoun(noun.lower, rules) &&
    !rules.organisationNouns.has(noun.lower) &&
    !rules.documentSpeech.documents.has(noun.lower)
  );
}

// Nouns for a nickname (`namingNouns`): `surnom`, `nickname`.
const NAMING_NOUN = wholeWord((w) => w.namingNouns);

/**
 * `Les chercheurs ont donné un surnom à la piste : « le sentier des gamins »`, `Fans have a nickname for
 * him: “the Wall”`: a short name's shape after a colon, in a sentence whose clause before the colon holds a
 * noun for a nickname (`namingNouns`), is that nickname; what the colon presents is the name, not words
 * said. Not when a speech verb follows the noun (`Asked about his nickname, he said: “…”`): the colon then
 * presents that verb's words.
 */
function nameAfterColon(
  text: string,
  { before, wordsBefore }: SentenceContext,
  rules: LanguageRules,
): boolean {
  if (!/:\s*$/u.test(before) || !isShortName(text, rules)) return false;
  const lower = lowers(spanWords(wordsBefore));
  const noun = lower.findLastIndex((word) => NAMING_NOUN.test(word));
  return noun >= 0 && !hasSpeechWord(lower.slice(noun + 1), rules);
}

// How many words a nickname or a name a relative clause gives may hold (`„Kess“`, `„der Kaiser“`).
const RELATIVE_NAME_WORDS = 3;

/**
 * `Der 20-Jährige, den die Fans nur „Kess“ nennen`, `de heuvel, die de inwoners „de Kop“ noemen`: where
 * the verb closes its clause (`verbSecond` languages), a naming verb right after the marks, in a
 * relative clause on a noun (opened after a comma by an article-like relative pronoun), gives that
 * noun a name: a nickname, no one's words. A sentence or words in the first person stay quotes.
 */
function nameInRelativeClause(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  if (!rules.verbSecond || !NAMING_VERB.test(context.wordsAfter[0]?.text ?? "")) return false;
  const clauseStart = context.beforeStart + context.before.lastIndexOf(",") + 1;
  const opening = context.wordsBefore.find((t) => t.start >= clauseStart);
  return (
    context.before.includes(",") &&
    opening !== undefined &&
    rules.determiners.has(opening.lower) &&
    isShortName(text, rules)
  );
}

/**
 * A nickname's or a name's shape: a few words, no sentence of its own, not in the first person. The
 * small words a title keeps in lower case are not counted: `“farmer of the forest”` is two words long.
 */
function isShortName(text: string, rules: LanguageRules): boolean {
  const counted = words(text).filter((word, i) => i === 0 || !TITLE_SMALL_WORD.test(word));
  return counted.length <= RELATIVE_NAME_WORDS && !isSentence(text) && !inFirstPerson(text, rules);
}

// How many words the clause explaining a term may hold: `comme on appelle dans le milieu les chimistes`.
const EXPLAINING_CLAUSE_WORDS = 8;

/**
 * `des "cuisiniers", comme on appelle dans le milieu les chimistes`, `“cooks,” as the trade calls the
 * chemists`, `„Köche“, wie man in der Szene die Chemiker nennt`: a short span set off by a comma and an
 * `as` clause (`asWords`) whose naming verb gives it to a thing, a noun with its determiner, is a term the
 * sentence explains, no one's words. Not when a pronoun in that clause points at a speaker or at the
 * thing (`a “disaster,” as he called it`), nor with a clitic for the thing before the verb (`comme l’appelle
 * le maire`): the span is then what someone called it. Where the verb comes second, the clause may open on
 * any one word before the naming verb (`„Lernzeit“, so nennt das Land den Tag, …`).
 */
function termExplainedAfter(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const [as, ...rest] = context.wordsAfter;
  const opensClause = (t: Token) =>
    rules.asWords.has(t.lower) || (rules.verbSecond && NAMING_VERB.test(rest[0]?.text ?? ""));
  if (as === undefined || !opensClause(as) || !isShortName(text, rules)) return false;
  const between = context.after.slice(0, as.start - context.afterStart);
  if (!/^\s*,?\s*$/u.test(between) || !(between.includes(",") || /,\s*$/u.test(text))) return false;
  const clauseEnd = /[,;:.!?]/u.exec(context.after.slice(as.end - context.afterStart))?.index;
  const clause = rest
    .filter((t) => clauseEnd === undefined || t.start < as.end + clauseEnd)
    .slice(0, EXPLAINING_CLAUSE_WORDS);
  const verb = clause.findIndex((t) => NAMING_VERB.test(t.text));
  const bare = (t: Token | undefined) => t?.lower.replace(/[’']$/u, "") ?? "";
  return (
    verb >= 0 &&
    !rules.clitics.has(bare(clause[verb - 1])) &&
    clause.some((t) => rules.determiners.has(t.lower)) &&
    !clause.some((t) => rules.pronouns.has(t.lower))
  );
}

const NAMING_PARTICIPLE_AFTER = wholeWord((w) => w.namingParticiplesAfter);

/**
 * `wo sie im Verein nur „Lagen-Lea“ genannt wird`, `die door iedereen „de Kop“ genoemd wordt`: where the
 * verb closes its clause, a naming participle right after the marks gives a name, a nickname (and so
 * does a reflexive "be called" after a name opening the sentence: `“Ascensor Polanco” se llama el primer
 * disco`), unless a
 * perfect's auxiliary in the clause before gives the naming a speaker: `Der Minister hat die Reform
 * „Unsinn“ genannt` is what the minister called it, his words. The verb follows the marks with nothing
 * between: after a comma, `„…“, heißt es` gives someone's words.
 */
function nameBeforeParticiple(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const [participle, next] = context.wordsAfter;
  // A reflexive "be called" is two words: `“Ascensor Polanco” se llama el primer disco de …`.
  const naming =
    participle !== undefined &&
    (NAMING_PARTICIPLE_AFTER.test(participle.text) ||
      (next !== undefined && NAMING_PARTICIPLE_AFTER.test(`${participle.text} ${next.text}`)));
  if (!naming || !isShortName(text, rules)) return false;
  if (context.after.slice(0, participle.start - context.afterStart).trim() !== "") return false;
  const clauseStart = context.beforeStart + context.before.lastIndexOf(",") + 1;
  return !context.wordsBefore.some((t) => t.start >= clauseStart && rules.perfectAuxiliaries.has(t.lower));
}

// How many words before the marks the verb that utters a formula may stand: `répéter une
// demi-douzaine de fois la formule « … »`.
const FORMULA_VERB_WORDS = 8;

/**
 * `Il a répété la formule « j’assume »`, `she repeated the phrase “I won't resign”`: a formula in the
 * first person, which a speech verb says, is its subject's words, not a term the reporter mentions.
 * A slogan or a motto no one is said to utter stays a name.
 */
function utteredFormula(text: string, wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  return inFirstPerson(text, rules) && hasSpeechWord(lastCueWords(wordsBefore, FORMULA_VERB_WORDS), rules);
}

/** The two words before the marks are an indefinite article and its noun: `un projet`, `a plan`. */
function indefiniteNounBefore(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  return rules.indefiniteDeterminers.has(wordsBefore.at(-2)?.lower ?? "");
}

/**
 * `ce protocole marque « la fin d’une culture »`, `the skull shows “no evidence of …”`: a work's noun
 * right after a noun in lower case, with no determiner of its own, is the sentence's verb (`marque`,
 * `shows`), and a span opening on a function word in lower case (a determiner, `no`) is its object,
 * someone's words; a title keeps its determiner before the noun (`la marque « … »`, `son film « … »`).
 */
function workNounIsVerb(context: SentenceContext, text: string, rules: LanguageRules): boolean {
  const subject = context.wordsBefore.at(-2);
  const first = words(text)[0]?.split(/[’']/u)[0] ?? "";
  return (
    subject !== undefined &&
    /^\p{Ll}/u.test(subject.text) &&
    !rules.determiners.has(subject.lower) &&
    !rules.prepositions.has(subject.lower) &&
    /^\p{Ll}/u.test(first) &&
    isFunctionWord(first, rules)
  );
}

/**
 * `demande aux partis « d’attendre les résultats »`: a span in lower case opening on the word that joins
 * a verb to its infinitive (`intentLinks`: `de`, `à`) is a clause the verb before governs, someone's
 * words, whatever noun stands before the marks; a work's name does not open so.
 */
function opensOnInfinitive(text: string, rules: LanguageRules): boolean {
  const first = words(text)[0]?.split(/[’']/u)[0] ?? "";
  return /^\p{Ll}/u.test(first) && rules.intentLinks.has(first);
}

/**
 * The three words before the marks are a complementiser, a determiner and a noun: `que el programa`; or
 * a speech verb whose complementiser is left out, where the language may (`dropsComplementiser`): `BIFF
 * said the film “captures …”`.
 */
function subjectOfClause(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  const [complementiser, determiner] = wordsBefore.slice(-3);
  return (
    wordsBefore.length >= 3 &&
    (COMPLEMENTISER.test(complementiser!.text) ||
      (rules.dropsComplementiser && rules.speechVerbs.has(complementiser!.lower))) &&
    rules.determiners.has(determiner!.lower)
  );
}

/** The span's first word, its elision split off (`n’a` is `n`), is an auxiliary or a negation. */
function opensOnAuxiliary(text: string, rules: LanguageRules): boolean {
  const first = words(text)[0]?.toLowerCase().split(/[’']/u)[0] ?? "";
  return rules.auxiliaries.has(first);
}

// Naming verbs in any form, which may stand some words before the name they give: `taken to
// calling the spread simply “the plume”`, `que les habitants surnomment « le baron »`.
const NAMING_VERB = wholeWord((w) => w.namingAnyForm);
// How far before the marks a naming verb still gives the name: its object may stand between.
const NAMING_VERB_WORDS = 10;
const ARTICLE = wholeWord((w) => w.articles);
const ELIDED_ARTICLE = new RegExp(`^(?:${alternatives((w) => w.elidedArticles)})[’']\\p{L}`, "u");

/**
 * A naming verb stands in the clause before the marks. Not one joined to its complement by `à` or
 * `de` (`intentLinks`): `appelle à « la grève »` is an appeal, whose words are the speaker's, not a
 * name given.
 */
function namingVerbBefore(
  { before, beforeStart, wordsBefore }: SentenceContext,
  rules: LanguageRules,
): boolean {
  // The clause the marks stand in: the words after the last comma or semicolon.
  const clauseStart = beforeStart + Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
  const clause = wordsBefore.filter((t) => t.start >= clauseStart);
  const tail = writtenWords(clause).slice(-NAMING_VERB_WORDS);
  return tail.some(
    (word, i) =>
      word.some((t) => NAMING_VERB.test(t.text)) && !rules.intentLinks.has(tail[i + 1]?.[0]?.lower ?? ""),
  );
}

/**
 * `Sie nennen sich «Bergfinkli»`, `se llaman «Los Invisibles»`, `ils s’appellent « Les Amis du
 * Lac »`: a naming verb and a reflexive clitic, in either order, right before a capitalised span give
 * the name the subject goes by, as a group or a band calls itself: a name, no one's words. In lower case
 * a subject describes itself (`ils se disent « prêts »`: DECLARES_ITSELF), and where every noun is
 * capitalised, so it may in a phrase (`Er nannte sich „Diener des Volkes“`): there only one word is a name.
 */
function namesItself(text: string, wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  const [first, second] = wordsBefore.slice(-2);
  if (first === undefined || second === undefined || (rules.capitalisesNouns && wordCount(text) > 1))
    return false;
  return (
    (rules.reflexiveClitics.has(second.lower) && NAMING_VERB.test(first.text)) ||
    (rules.reflexiveClitics.has(first.lower) && NAMING_VERB.test(second.text))
  );
}

/**
 * A definite noun phrase of a few words (`the plume`, `le baron des Tanneurs`, `l’Ogre`): what a naming verb
 * gives is a name.
 */
function isDefiniteName(text: string): boolean {
  const all = words(text);
  if (all.length === 0 || all.length > 4) return false;
  return (ARTICLE.test(all[0]!) && all.length >= 2) || ELIDED_ARTICLE.test(all[0]!);
}

/**
 * `according to the new “dot plot”`, `selon le « Canard »`: the quoted span is the source itself. Not
 * after a pronoun, which is the source (`qui reste selon elle « en dessous du seuil »`).
 */
function namesSource(before: string, lower: string, rules: LanguageRules): boolean {
  return rules.sourcePhrases.some((phrase) => {
    const at = lower.lastIndexOf(phrase);
    if (at < 0) return false;
    const rest = words(lower.slice(at + phrase.length));
    const pronoun = rest.some((word) => rules.pronouns.has(word));
    return !/[,:;\p{Lu}]/u.test(before.slice(at + phrase.length)) && rest.length <= 2 && !pronoun;
  });
}

/** The words before the marks, the determiners right before the marks left out. */
function tokensBeforeDeterminers(before: string, rules: LanguageRules): string[] {
  // The words as one array of strings (`match`), not a match object each: every candidate asks.
  const tokens = (before.match(/[\p{L}][\p{L}’'.-]*/gu) ?? []).slice(-6);
  while (tokens.length > 0 && isDeterminer(tokens.at(-1)!, rules)) tokens.pop();
  return tokens;
}

function endsWithNamingVerb(before: string, rules: LanguageRules): boolean {
  const verb = tokensBeforeDeterminers(before, rules).at(-1) ?? "";
  return NAMING_PARTICIPLE.test(verb) || NAMING_FINITE.test(verb);
}

/**
 * `ce que les ornithologues appellent le « chœur de l’aube »`, `what ornithologists call the “dawn
 * chorus”`: a plural naming verb whose subject is a common noun in lower case (not a pronoun or a name,
 * which point at the people who speak) says what a group in general, a field or a trade, calls a thing:
 * a term, no one's words. Only a term's shape, a few words that neither open on an indefinite article
 * nor make a sentence: a judgement (`ce que les grévistes appellent « une trahison »`) stays a quote,
 * and so does what one person calls a thing (`ce que le ministre appelle « … »`).
 */
function namedByGroupInGeneral(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const { before } = context;
  const tokens = tokensBeforeDeterminers(before, rules);
  const at = namingVerbBeforeObject(before, tokens) ?? tokens.length - 1;
  const subject = tokens[at - 1]?.replace(ELISION, "") ?? "";
  const byGroup =
    NAMING_FINITE_PLURAL.test(tokens[at] ?? "") &&
    /^\p{Ll}/u.test(subject) &&
    !isFunctionWord(subject, rules);
  return (
    (byGroup || namedImpersonally(text, context, tokens, rules)) &&
    !rules.indefiniteDeterminers.has(words(text)[0]?.toLowerCase() ?? "") &&
    isShortName(text, rules)
  );
}

/**
 * `On les appelle parfois les « ingénieurs de l’écosystème »`, `ce qu’on appelle le « … »`: a naming verb
 * whose subject is the impersonal pronoun, its object clitics before it and an adverb after it, gives
 * the name a definite article opens, what people in general call a thing, as a group's does. Not a
 * judgement (`on nous appelle des « fainéants »`), nor words a speaker's incise after the marks reports
 * (`On les appelle les « oubliés », dénonce le maire`). `tokens` are the words before the marks, their
 * determiners left out.
 */
function namedImpersonally(
  text: string,
  context: SentenceContext,
  tokens: readonly string[],
  rules: LanguageRules,
): boolean {
  const pronoun = rules.impersonalSubject?.pronoun;
  if (pronoun === undefined || !ARTICLE.test(words(context.before).at(-1) ?? "")) return false;
  if (saidInClauseAfter(text, context, rules)) return false;
  const lower = tokens.map((token) => token.toLowerCase());
  let verb = lower.length - 1;
  while (verb >= 0 && (rules.adverbs.has(lower[verb]!) || lower[verb]!.endsWith(rules.adverbEnding))) verb--;
  if (!NAMING_VERB.test(lower[verb] ?? "")) return false;
  let subject = verb - 1;
  while (subject >= 0 && rules.clitics.has(lower[subject]!)) subject--;
  return lower[subject]?.replace(ELISION, "") === pronoun;
}

/**
 * `Local communities call the great hornbill the “farmer of the forest”`, `los pescadores llaman a este
 * viento el «asesino silencioso»`: the thing named may stand between a plural naming verb and the name,
 * when a definite article, left outside the marks, opens the name. The index in `tokens` (the words
 * before the marks, their determiners left out) of the plural naming verb before that object, if any;
 * an indefinite article before the marks (`call the plan a “…”`) gives a judgement, no name.
 */
function namingVerbBeforeObject(before: string, tokens: readonly string[]): number | undefined {
  const determiner = words(before).at(-1) ?? "";
  if (!ARTICLE.test(determiner)) return undefined;
  const at = tokens.findLastIndex((token) => NAMING_FINITE_PLURAL.test(token));
  if (at < 0 || at === tokens.length - 1) return undefined;
  // The object stands in the verb's clause: no punctuation between them.
  return /[,;:.]/u.test(before.slice(before.lastIndexOf(tokens[at]!))) ? undefined : at;
}

/**
 * A naming verb in an active clause: `he called a`, `Washington le qualifie de`, `le ministre a qualifié de`.
 */
function namingVerbHasSpeaker(before: string, rules: LanguageRules): boolean {
  const tokens = tokensBeforeDeterminers(before, rules);
  const verb = tokens.pop() ?? "";
  if (NAMING_FINITE.test(verb)) return true;
  if (!NAMING_PARTICIPLE.test(verb) || PASSIVE_AUXILIARY.test(tokens.at(-1) ?? "")) return false;
  const bare = (w: string) => w.replace(ELISION, "");
  if (tokens.length > 0 && rules.auxiliaries.has(bare(tokens.at(-1)!).toLowerCase())) return true;
  return isSpeakerWord(bare(tokens.at(-1) ?? ""), rules);
}

// An elided word written onto the next one: "qu’il", "l’a".
const ELISION = new RegExp(`^(?:${anyOf((rules) => rules.elisions)})[’']`, "iu");

/** `he called`, `who called`, `Yellen called`, `qu’il a qualifié`, not `a tool called`. */
function isSpeakerWord(word: string, rules: LanguageRules): boolean {
  const lower = word.toLowerCase();
  return (
    rules.pronouns.has(lower) ||
    rules.relativePronouns.has(lower) ||
    (/^\p{Lu}/u.test(word) && !isDeterminer(word, rules))
  );
}

function isDeterminer(word: string, rules: LanguageRules): boolean {
  const lower = word.toLowerCase();
  return rules.determiners.has(lower) || rules.complementOf.has(lower.replace(/[’']$/u, ""));
}

// The span's own words, as written (and the few words namesSource counts after a source phrase it
// finds in the string): the words around a span come from the text model's tokens (the sentence
// context), but the span's tests read its text whole. The model's tokens differ on
// purpose: they split an elided article (`l’Ogre`, which isDefiniteName reads as one word with
// ELIDED_ARTICLE) and keep the dots of an abbreviation (`U.S.` one word, two here), so the word
// counts that size a span (LONG_QUOTE_WORDS, TITLE_MAX_WORDS) would move with them. Digits are
// words of a span (`“2024 will be hard”`), where they are no cue words.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

// One quote's text is split by test after test in a row: the last split is kept, and shared.
let lastSplit: { text: string; words: readonly string[] } = { text: "", words: [] };

function words(text: string): readonly string[] {
  if (text !== lastSplit.text) lastSplit = { text, words: text.match(WORD) ?? [] };
  return lastSplit.words;
}

function wordCount(text: string): number {
  return words(text).length;
}

/**
 * `«Nuestras preocupaciones son otras»`: the reporter does not write "we" or "our"; a span that does is
 * someone's words.
 */
function inFirstPerson(text: string, rules: LanguageRules): boolean {
  // `j’assume` is `j` and `assume`.
  return words(text).some((w) => rules.firstPersonWords.has(w.toLowerCase().split(/[’']/u)[0]!));
}

/**
 * `sans nouvelles « d’encore plus de 200 » personnes`, `“more than 40” homes`: a figure set in
 * marks within the reporter's words is someone's count, given as theirs; scare quotes and labels
 * hold no figure. One opening on its number (`le « 20 heures »`) may be a programme's name.
 */
function quotesFigure(text: string): boolean {
  return /^\p{Ll}/u.test(text) && /\p{N}/u.test(text) && wordCount(text) >= 2;
}

/** A sentence of its own: several words, ending with a full stop, a question or an exclamation. */
function isSentence(text: string): boolean {
  return /^[\p{Lu}\p{N}¡¿]/u.test(text) && /[.!?…]["”’»)\]]*[,\s]*$/u.test(text) && wordCount(text) >= 2;
}

// Short words that stay lower case inside a title ("Rush of Blood", "Le Seigneur des anneaux").
const TITLE_SMALL_WORD = wholeWord((w) => w.titleSmallWords);

// A quote inside the quote (`It’s ‘Showtime at the Apollo.’`): its capitals say nothing of the outer span.
const NESTED_QUOTE = /[‘“„‚«‹"'][^‘’“”„‚«»‹›"']*[’”“‘»›"']/gu;

/**
 * Title Case, as in names of works, programmes, operations and nicknames: the words after the
 * first capitalised (small words aside). German capitalises all nouns, so there a capitalised
 * phrase says nothing; a single capitalised word is a name unless it opens the sentence. A word
 * with a small word elided onto it is capitalised by what follows the elision (`Contes d’Hoffmann`).
 */
export function looksLikeTitle(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const { before } = context;
  const all = words(text.replace(NESTED_QUOTE, " "));
  if (rules.capitalisesNouns || all.length === 0 || all.length > 12 || /[!?]/u.test(text)) return false;
  if (all.length === 1)
    return /^[\p{Lu}\p{N}]/u.test(all[0]!) && before.trim() !== "" && !NESTED_QUOTE.test(text);
  const content = all.filter((w, i) => i === 0 || !TITLE_SMALL_WORD.test(w));
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const capitalised = content.filter((w) => capital(w) || capital(w.replace(ELISION, ""))).length;
  return (content.length >= 2 && capitalised >= content.length * 0.8) || inSentenceCase(all, text, context);
}

// How many words a title in sentence case runs to: an article, its noun and a word or two that qualify it.
const SENTENCE_CASE_TITLE_WORDS = 4;

/**
 * `l’emporte avec « Les Heures blanches »`, `«Los Años del agua»`: French and Spanish titles capitalise
 * their article and its first noun only. A short span opening so, with no punctuation and its other words
 * in lower case, is such a title; words said in capitals are a sentence, longer or punctuated, or a clause
 * of their own, standing alone or opened by the comma or colon before them, that nothing after them
 * governs (`Selon X, « Les Français sont fatigués ».`).
 */
function inSentenceCase(all: readonly string[], text: string, { before, after }: SentenceContext): boolean {
  const [article, noun, ...rest] = all;
  const ownClause = /(?:^|[,:])\s*$/u.test(before) && /^\s*[.!?…]?\s*$/u.test(after);
  return (
    !ownClause &&
    all.length <= SENTENCE_CASE_TITLE_WORDS &&
    ARTICLE.test(article ?? "") &&
    /^\p{Lu}/u.test(noun ?? "") &&
    rest.every((w) => /^\p{Ll}/u.test(w)) &&
    !punctuatedWithin(text)
  );
}

// A work followed by its author, set off by a comma or not: `« La Ménagerie de verre » de Tennessee
// Williams`, `“Blue Nights” by Joan Didion`, `qui soutenait « Fleuve », de Mathieu Sorel,`.
const AUTHOR_AFTER = new RegExp(
  `^\\s*,?\\s*(?:${alternatives((w) => w.authorPrepositions)})(?:(?<=[’'])|\\s+)\\p{Lu}`,
  "u",
);
const TITLE_MAX_WORDS = 8;

// A title set in apposition to the noun of its kind of work, on either side: `her new book, “Thin
// Ice,” argues`, `she wrote “Delta Lights,” the song that made her famous`. The commas keep the
// noun from being right before the marks (WORK_NOUN_BEFORE), yet it names the span all the same.
const WORKS = alternatives((w) => w.works).toLowerCase();
const WORK_NOUN_APPOSED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${WORKS})s?\\s*,\\s*$`, "u");
const DETERMINERS = anyOf((rules) => rules.determiners);
const WORK_NOUN_APPOSED_AFTER = new RegExp(
  `^\\s*,?\\s*(?:${DETERMINERS})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${WORKS})s?(?![\\p{L}])`,
  "u",
);
// The noun of its kind of work right after the marks, the title before it as its modifier: `SEN’s
// “Sportsday” program`, `the “Clean Seas” campaign`.
const WORK_NOUN_RIGHT_AFTER = new RegExp(`^\\s+(?:${WORKS})s?(?![\\p{L}])`, "u");

/**
 * A capitalised span that a preposition governs (`Dans « Le Courrier du Sud-Ouest », X écrit`, `In
 * “The Long Road,” Smith argues`), that an author's name follows or that stands in apposition to a
 * work's noun, or that the noun of its kind follows as its modifier (`SEN’s “Sportsday” program`), is a
 * title, even with a speech verb next to it: that verb reports the next quote. A title in sentence case
 * (`« Sable noir », un documentaire sur…`) is told by the noun apposed after it, so long as it has no
 * punctuation nor first person, which words said about a work would (`« Nous sommes prêts », un …`).
 */
function namesWork(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  if (!/^[\p{Lu}\p{N}]/u.test(text) || wordCount(text) > TITLE_MAX_WORDS || isSentence(text)) return false;
  if (AUTHOR_AFTER.test(context.after)) return true;
  const after = context.after.toLowerCase();
  const apposedAfter = WORK_NOUN_APPOSED_AFTER.test(after);
  if (apposedAfter && !punctuatedWithin(text) && !inFirstPerson(text, rules)) return true;
  const apposed =
    apposedAfter || WORK_NOUN_APPOSED_BEFORE.test(context.lowerBefore) || WORK_NOUN_RIGHT_AFTER.test(after);
  if (apposed && looksLikeTitle(text, context, rules)) return true;
  const lastWord = context.wordsBefore.at(-1)?.lower ?? "";
  return (
    rules.prepositions.has(lastWord) &&
    !rules.determiners.has(lastWord) &&
    looksLikeTitle(text, context, rules)
  );
}

// A span's first word is a kind of work: `Portrait de Marie à la lampe`. Tested on lower-cased text, as
// NAMING_CUE is.
const WORK_NOUN_OPENING = new RegExp(`^(?:${WORKS})s?(?![\\p{L}])`, "u");
// …or a kind of document, capitalised as the first word of its title (`Stratégie de gestion des sels`):
// in lower case a document noun opens words said of it as often (`« rapport de force »`).
const DOCUMENT_NOUN_OPENING = new RegExp(
  `^(?:${alternatives((w) => w.documents).toLowerCase()})s?(?![\\p{L}])`,
  "u",
);

/**
 * `le « Portrait de Marie Dubourg à la lampe »`, `the “Portrait of a Young Scholar”`: a capitalised noun
 * for a kind of work and its complement (`de`, `of`) opening a span with no punctuation and no speaker's
 * first person in it make the span that work's title, as the noun before the marks does (`le tableau
 * « … »`), unless a speech verb stands by it (`« Tableau d’une France qui souffre », a résumé la
 * ministre`). Someone's words run on as a clause (`“Plan for the worst, hope for the best”`). German
 * capitalises every noun, so there a noun opening the span tells nothing: `„Programm des Grauens“`.
 * A document's title opens so too (`sa « Stratégie de gestion environnementale des sels de voirie »`).
 */
function opensOnWorkNoun(text: string, rules: LanguageRules): boolean {
  const [noun, complement] = words(text.toLowerCase());
  const document = /^\p{Lu}/u.test(text) && DOCUMENT_NOUN_OPENING.test(noun ?? "");
  return (
    !rules.capitalisesNouns &&
    (WORK_NOUN_OPENING.test(noun ?? "") || document) &&
    rules.complementOf.has(complement?.split(/[’']/u)[0] ?? "") &&
    !punctuatedWithin(text) &&
    !inFirstPerson(text, rules)
  );
}

// How many words a newspaper's or a programme's name runs to (`der „Süddeutschen Zeitung“`).
const NAME_AFTER_ARTICLE_WORDS = 3;

// One word in marks made of an elided article and a capitalised name: `« l’Obs »`, `« l’Équipe »`.
const ELIDED_ARTICLE_NAME = /^(\p{L}+)[’'](?:\p{Lu}[\p{L}-]*)$/u;

/**
 * `sagte dem „Spiegel“`, `a confié au « Monde »`, `told the “Times”`: a few capitalised words right
 * after a definite article name a paper or a programme, even next to a speech verb; a speaker's words are
 * not opened by an article outside the marks. The article may be elided onto the name inside the marks
 * (`que « l’Obs » a pu consulter`): a lone name with its article is no one's words either. Where names
 * capitalise their first word only (`saluée par le kop du « Mur jaune »`), a span so written, with no
 * punctuation and not in the first person, is a name as well.
 */
function namedByArticle(text: string, { wordsBefore }: SentenceContext, rules: LanguageRules): boolean {
  const elided = ELIDED_ARTICLE_NAME.exec(text.trim())?.[1]?.toLowerCase();
  if (elided !== undefined && rules.definiteDeterminers.has(elided)) return true;
  const all = words(text);
  const article = wordsBefore.at(-1)?.lower ?? "";
  const capital = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
  const inSentenceCase =
    !rules.capitalisesNouns &&
    !punctuatedWithin(text) &&
    !inFirstPerson(text, rules) &&
    capital(all[0] ?? "");
  return (
    all.length > 0 &&
    all.length <= NAME_AFTER_ARTICLE_WORDS &&
    !isSentence(text) &&
    (all.every(capital) || inSentenceCase) &&
    // A preposition written with its article counts too: `au`, `im`, `del`, `du`.
    (rules.definiteDeterminers.has(article) ||
      (rules.determiners.has(article) && rules.prepositions.has(article)) ||
      ARTICLE_PREPOSITION.test(article))
  );
}

const MEDIUM_PREPOSITION = wholeWord((w) => w.mediumPrepositions);
const ADDRESSEE_PREPOSITION = wholeWord((w) => w.addresseePrepositions);
const ADDRESSEE_ARTICLE = wholeWord((w) => w.addresseeArticles);
// How many words the name of a programme or paper a speaker spoke on runs to (`'Hoy por hoy'`).
const MEDIUM_NAME_WORDS = 4;
// How many words may stand between the speech verb and the preposition naming whom it spoke to: an
// inverted subject (`sagt sie zu`, `sagte Hermine K. zu`).
const ADDRESSEE_SUBJECT_WORDS = 2;

/**
 * `ha alertado en 'Más de uno' de que …`, `said on “Today” that …`: a few words opening on a capital,
 * right after a speech verb and the preposition saying where it spoke (`mediumPrepositions`), name a
 * programme or a paper: a speaker's words follow the verb, not a preposition after it. So do they after
 * the preposition saying to whom it spoke (`addresseePrepositions`), past an inverted subject: `„…“, sagt
 * sie zu „Heute“`, `a-t-elle confié à « Libération »`, or the article whose case says to whom
 * (`addresseeArticles`): `sagte dem »nd«`. After a preposition the name opens on a capital, as a speaker's
 * words may follow one (`a appelé à « cesser »`); none follow the article.
 */
function namedAsMedium(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const { wordsBefore } = context;
  const preposition = wordsBefore.at(-1)?.lower ?? "";
  const medium = MEDIUM_PREPOSITION.test(preposition);
  const article = ADDRESSEE_ARTICLE.test(preposition);
  if (!medium && !article && !ADDRESSEE_PREPOSITION.test(preposition)) return false;
  if (!article && !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  const count = wordCount(text);
  // The article's verb stands in its clause: in `sagte, man müsse der „…“` the article is the object's.
  const lead = article
    ? clauseWordsBefore(context)
        .slice(0, -1)
        .slice(-(ADDRESSEE_SUBJECT_WORDS + 1))
    : lastCueWords(wordsBefore.slice(0, -1), medium ? 1 : ADDRESSEE_SUBJECT_WORDS + 1);
  return (
    count > 0 &&
    count <= MEDIUM_NAME_WORDS &&
    !isSentence(text) &&
    lead.some((word) => isSpeechVerb(word, rules))
  );
}

// A step on a scale and its number, then the comma opening the apposition: `Gefahrenstufe 5, `.
const LEVEL = wholeWord((w) => w.levels);
const NUMBERED_BEFORE = /([\p{L}-]+)\s+\p{N}+\s*,\s*$/u;
// A step's name is a few words: `sehr gross`, `do not travel`.
const LEVEL_NAME_WORDS = 4;

// A step's noun in apposition after the marks, with its determiner and a word or two before it: `, le
// niveau`, `, the highest level`, `, die höchste Stufe`.
const LEVEL_APPOSED_AFTER = new RegExp(
  `^\\s*,\\s*(?:${DETERMINERS})\\s+(?:[\\p{L}-]+\\s+){0,2}?` +
    `(?:${alternatives((w) => w.levels).toLowerCase()})(?![\\p{L}])`,
  "u",
);

/**
 * `die Gefahrenstufe 5, «sehr gross», ausgerufen`, `raised to level 4, “do not travel”,`: a few words in
 * marks set between commas beside a step on a scale and its number (`levels`) are that step's name. So
 * are a few words, no sentence, that a preposition puts something in and the step's noun follows in
 * apposition (`place le bassin en « crise », le niveau de restriction le plus élevé`, `raised the alert
 * to “extreme,” the highest level`): a step. Not after a complement's preposition, which a description
 * follows (`a qualifié la situation de « très préoccupante », le niveau…`).
 */
function namesLevel(text: string, { before, after, wordsBefore }: SentenceContext, rules: LanguageRules) {
  // The cheap tests first: the step's regex reads the whole text before, for every candidate.
  if (!/^\s*(?:[,;:.)]|$)/u.test(after) || words(text).length > LEVEL_NAME_WORDS) return false;
  const preposition = wordsBefore.at(-1)?.lower ?? "";
  if (
    rules.prepositions.has(preposition) &&
    !rules.complementOf.has(preposition) &&
    !isSentence(text) &&
    LEVEL_APPOSED_AFTER.test(after.toLowerCase())
  )
    return true;
  if (!before.trimEnd().endsWith(",")) return false;
  const step = NUMBERED_BEFORE.exec(before)?.[1];
  return step !== undefined && LEVEL.test(step);
}

const LEVEL_GRADE = wholeWord((w) => w.levelGrades);

/**
 * `Météo-France maintient la vigilance rouge « fortes pluies et orages »`, `die Warnstufe Rot „Unwetter“`,
 * `an amber warning “heavy rain” until noon`: a few words in marks, with no punctuation, right after a step
 * on a scale and its colour, on either side (`levelGrades`), are that step's name, as a number's are
 * (namesLevel), even where the step's noun is also a speech word ("warning"). The step's subject takes a
 * predicate in marks, opening on an auxiliary or followed by a speech verb: `L’alerte rouge « est arrivée
 * trop tard », a dit le maire`.
 */
function namesGradedLevel(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  if (words(text).length > LEVEL_NAME_WORDS || punctuatedWithin(text)) return false;
  const [first, second] = context.wordsBefore.slice(-2).map((t) => t.lower);
  if (first === undefined || second === undefined) return false;
  const graded =
    (LEVEL.test(first) && LEVEL_GRADE.test(second)) || (LEVEL_GRADE.test(first) && LEVEL.test(second));
  return (
    graded &&
    !opensOnAuxiliary(text, rules) &&
    !hasSpeechWord(firstCueWords(context.wordsAfter, ADJACENT_WORDS), rules) &&
    !INVERTED_SUBJECT_AFTER.test(context.after)
  );
}

// Nouns that head the name of a measure (`pacte`, `plan`); a determiner that makes the name definite.
const MEASURE = wholeWord((w) => w.measures);
const ARTICLE_PREPOSITION = wholeWord((w) => w.articlePrepositions);
// A measure's name is a short noun phrase: its head and a qualifier or two.
const MEASURE_WORDS = [2, 5];

/**
 * `le gouvernement défend son « pacte de responsabilité »`, `des retraites aux « contrats de
 * génération »`, `the mayor’s “clean streets plan”`: a noun phrase headed by a noun for a public
 * measure (first in French and Spanish, last in English), made definite by the reporter's article
 * or possessive, names the measure, even beside a speech verb. Someone's words about a measure
 * describe it, with an indefinite article (`un « pacte de dupes »`), or speak in their own person.
 */
function namesMeasure(text: string, { wordsBefore }: SentenceContext, rules: LanguageRules): boolean {
  const all = words(text);
  const [fewest, most] = MEASURE_WORDS;
  if (!/^\p{Ll}/u.test(text) || all.length < fewest! || all.length > most! || inFirstPerson(text, rules))
    return false;
  const before = wordsBefore.at(-1)?.lower ?? "";
  const definite = rules.definiteDeterminers.has(before) || ARTICLE_PREPOSITION.test(before);
  const heads = [all[0]!, all[1]!, all.at(-1)!];
  return definite && heads.some((word) => MEASURE.test(word));
}

// A name of two words right before the marks, perhaps with its comma: `Laura Smet, « `.
const NAME_BEFORE = /\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+,?\s*$/u;

/**
 * `Laura Smet « fière » de sa fille`, `Paul Roy, « serein » avant le vote`: a headline or intertitle puts
 * the words a person said, in lower case, right after the name, with the verb left out.
 */
function headlineAfterName(candidate: Candidate, { before }: SentenceContext): boolean {
  const heading = candidate.block.kind === "headline" || candidate.block.kind === "intertitle";
  return heading && /^\p{Ll}/u.test(candidate.text.trim()) && NAME_BEFORE.test(before);
}

// A name of two words or more right after the marks: `Kim Il Sung`, `Jean Roy`.
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
// How many words an epithet runs to (`the “Iron Lady”`, `der „ewige Präsident“`).
const EPITHET_WORDS = 4;

/**
 * `Der „ewige Präsident“ Kim Il Sung`, `le « roi du vélo » Paul Roy`: words set between an article and the
 * name they describe are a nickname or an epithet, not someone's words.
 */
function epithetBeforeName(
  text: string,
  { after, wordsBefore }: SentenceContext,
  rules: LanguageRules,
): boolean {
  const article = wordsBefore.at(-1)?.lower ?? "";
  return (
    wordCount(text) <= EPITHET_WORDS &&
    !isSentence(text) &&
    rules.definiteDeterminers.has(article) &&
    NAME_AFTER.test(after)
  );
}

// A slogan on a banner, a sign or a T-shirt (`une banderole proclamant : « … »`, `a sign that
// read: “…”`, `Sur les banderoles, un seul mot d’ordre : « … »`) is words nobody in the article is
// said to utter. Before a colon, up to six words may follow the sign's verb, as where the verb comes
// second (`Auf den Plakaten stand nur ein Satz: „…“`). Before the verb, a few words with no comma may say
// where the sign hangs or how it is written (`un cartel escrito a mano pedía “…”`, `Auf einem Zettel an
// der Tür steht „…“`, `a sign on the door read “…”`); a name in marks among them counts as one word
// (`Auf einem Plakat der Initiative „Kesselbrink für alle“ vor dem Rathaus stand nur ein Wort: „…“`).
// The relative may pick one sign of several after a comma (`with placards, one of which read “…”`).
const SIGN_PARTITIVE =
  `\\s*,\\s+\\p{L}+\\s+(?:${anyOf((rules) => rules.complementOf)})` +
  `\\s+(?:${anyOf((rules) => rules.thingRelativePronouns)})`;
const SIGN_RELATIVE = `(?:${SIGN_PARTITIVE}|\\s+(?:${anyOf((rules) => rules.relativePronouns)}))`;
const SIGN_WORDS_AFTER_VERB = `(?:(?:\\s+\\p{L}+){1,6}(?=\\s*:))?`;
// Or the noun the sign's words are, right before the marks: `Auf den Plakaten prangt der Spruch „…“`.
const SIGN_WORDS_NOUN = `(?:\\s+(?:${anyOf((rules) => rules.determiners)})\\s+\\p{L}+)`;
const SIGN_WORDS_BEFORE_VERB = `(?:\\s+(?:\\p{L}[\\p{L}’'-]*|[„“«‹"][^„“”«»‹›"]*[“”»›"])){0,6}?`;
const SIGN_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives((w) => w.signs)})${SIGN_RELATIVE}?` +
    `(?:${SIGN_WORDS_BEFORE_VERB}\\s+(?:${alternatives((w) => w.signVerbs)})` +
    `(?:${SIGN_WORDS_NOUN}|${SIGN_WORDS_AFTER_VERB}))?` +
    `(?:\\s*,\\s*(?:\\p{L}+\\s+){0,2}(?:${alternatives((w) => w.signSlogans)}))?\\s*:?\\s*$`,
  "u",
);

// Or the sign's relative clause, its verb closing it after the marks: `ein Plakat, auf dem „…“ stand`.
const SIGN_RELATIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternatives((w) => w.signs)})\\s*,\\s*(\\p{L}+)\\s+(\\p{L}+)\\s*$`,
  "u",
);
const SIGN_VERB_OPENING = new RegExp(`^\\s*(?:${alternatives((w) => w.signVerbs)})(?![\\p{L}])`, "u");
// Or the sign's verb and an adverb standing for the sign after the marks, a comma or not: `„…“ stand
// darauf`. A verb of one word: an impersonal one's adverb tells when (`„…“, hieß es darauf`).
const SIGN_VERBS_OF_ONE_WORD = alternatives((w) => w.signVerbs)
  .split("|")
  .filter((verb) => !verb.includes(" "))
  .join("|");
const SIGN_SURFACE_AFTER = new RegExp(
  `^\\s*,?\\s*(?:${SIGN_VERBS_OF_ONE_WORD})\\s+(?:${alternatives((w) => w.signSurfaceAdverbs)})(?![\\p{L}])`,
  "u",
);

/**
 * `mit einem Plakat, auf dem „Lukas, flieg!“ stand`, `Schilder, auf denen „…“ steht`: a relative clause
 * on a sign, opened by a preposition and its relative, that closes on a verb of reading (`signVerbs`)
 * right after the marks holds the sign's words, which no one in the article is said to utter. So do the
 * marks the verb and an adverb standing for the sign follow (`ein Bettlaken aufgehängt, „…“ stand
 * darauf`).
 */
function signVerbAfterMarks({ lowerBefore, after }: SentenceContext, rules: LanguageRules): boolean {
  const lowerAfter = after.toLowerCase();
  if (SIGN_SURFACE_AFTER.test(lowerAfter)) return true;
  const [, preposition, relative] = SIGN_RELATIVE_BEFORE.exec(lowerBefore) ?? [];
  return (
    preposition !== undefined &&
    rules.prepositions.has(preposition) &&
    (rules.determiners.has(relative!) || rules.relativePronouns.has(relative!)) &&
    SIGN_VERB_OPENING.test(lowerAfter)
  );
}

// How many words may describe a sign between its noun and the colon: `escrito a mano`, `on the gate`.
const SIGN_DESCRIPTION_WORDS = 4;
const SIGN_DESCRIBED_BEFORE_COLON = new RegExp(
  `(?:^|[^\\p{L}])(\\p{L}+)\\s+(?:${alternatives((w) => w.signs)})` +
    `((?:\\s+\\p{L}[\\p{L}’'-]*){1,${SIGN_DESCRIPTION_WORDS}})\\s*:\\s*$`,
  "u",
);

/**
 * `colgó un cartel escrito a mano: “…”`, `a sign on the gate: “…”`, `une pancarte accrochée au portail :
 * « … »`: a sign with a few words saying how it is written or where it hangs, and a colon, presents the
 * sign's words, with no verb of reading. A speech verb or a conjunction among those words opens a clause
 * of its own, whose subject speaks (`brandissait une pancarte et a lancé : « … »`), and a speech verb
 * right after the marks gives them a speaker (`reads the signs well: “…,” he said`). The sign's determiner
 * stands right before it.
 */
function signDescribedBeforeColon(context: SentenceContext, rules: LanguageRules): boolean {
  // The pattern ends on the colon: most spans have none before them, and need no scan of their sentence.
  if (!/:\s*$/u.test(context.before)) return false;
  const [, determiner, description] = SIGN_DESCRIBED_BEFORE_COLON.exec(context.lowerBefore) ?? [];
  // A determiner makes the word a noun, not a verb of the same form: `Reid signs new deal: “…”`.
  if (description === undefined || !rules.determiners.has(determiner!)) return false;
  const words = description.trim().split(/\s+/u);
  // A complement right after the noun makes it no sign one reads: `a sign of things to come`, `el cartel
  // de Sinaloa`.
  if (rules.complementOf.has(words[0]!)) return false;
  // A participle right after the sign, with no auxiliary, describes it: `un cartel escrito a mano`.
  const clause = rules.participles.has(words[0]!) ? words.slice(1) : words;
  return (
    !words.some((word) => rules.clauseJoins.has(word)) &&
    !hasSpeechWord(clause, rules) &&
    !hasSpeechWord(firstCueWords(context.wordsAfter, ADJACENT_WORDS), rules)
  );
}

const INSCRIBING_VERB = wholeWord((w) => w.inscribingVerbs);

/**
 * `Auf eine Mauer hat jemand «Gadmen bleibt!» gesprayt`, `someone had scrawled “Go home” on the door`,
 * `des inconnus ont tagué « … » sur la façade`: a capitalised span that a verb of writing on a surface
 * (`inscribingVerbs`) takes as its object, right before the marks or, where the verb closes the clause,
 * after them as the clause's last word (`„…“ an die Fassade gesprüht`), is a graffito, words no one in
 * the article is said to utter.
 */
function inscribed(
  text: string,
  { before, after, afterStart, wordsBefore, wordsAfter }: SentenceContext,
): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  if (/[\p{L}-]\s*$/u.test(before) && INSCRIBING_VERB.test(wordsBefore.at(-1)?.text ?? "")) return true;
  // The clause after the marks, to its first punctuation: `an die Fassade gesprüht`.
  const clauseEnd = afterStart + (/[,;:.!?]/u.exec(after)?.index ?? after.length);
  const clause = wordsAfter.filter((t) => t.end <= clauseEnd);
  return !/^\s*[,;:.!?]/u.test(after) && INSCRIBING_VERB.test(clause.at(-1)?.text ?? "");
}

// How many words a word someone declines to use may hold (`« crise »`, `a “humanitarian disaster”`).
const DECLINED_WORDS = 3;
// How many words before the marks the verb of refusal may stand: `declined to call it a`.
const DECLINED_REACH = 5;
// How many words after the marks a verb of saying closes the refusal, where verbs go last: `zu sprechen`.
const DECLINED_VERB_AFTER = 2;

/**
 * `refuse de parler de « crise »`, `declined to call it a “crisis”`, `se niega a hablar de «crisis»`,
 * `lehnt es ab, von einer „Krise“ zu sprechen`: a short term in lower case that a verb of refusal
 * (`refusalVerbs`) keeps its subject from saying or naming is a word the subject does not use, not one
 * it said. A verb of refusal with no verb of saying takes its subject's words (`refuse de « céder »`).
 */
function declinedWord(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  // German writes the term, a noun, in capitals: `„Krise“`.
  const term = rules.capitalisesNouns ? /^\p{L}/u : /^\p{Ll}/u;
  if (!term.test(text) || wordCount(text) > DECLINED_WORDS || inFirstPerson(text, rules)) return false;
  const before = lastCueWords(context.wordsBefore, DECLINED_REACH);
  const refusal = before.findIndex((word) => rules.refusalVerbs.has(word));
  if (refusal < 0) return false;
  const says = (words: string[]) => hasSpeechWord(words, rules) || words.some((w) => NAMING_VERB.test(w));
  return says(before.slice(refusal + 1)) || says(firstCueWords(context.wordsAfter, DECLINED_VERB_AFTER));
}

/** Punctuation in the span besides the apostrophes and hyphens inside words: a name or title has none. */
function punctuatedWithin(text: string): boolean {
  return /\p{P}/u.test(text.replace(/[’'-]/gu, ""));
}

/**
 * A Title Case span with no punctuation set right after a verb, as its object, is a work's title
 * (`les élèves répètent « Les Fourberies de Scapin »`, `they rehearse “The Cherry Orchard”`), even
 * when the verb can report speech; words spoken are punctuated or followed by their speaker.
 */
function titleAsObject(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  if (punctuatedWithin(text) || !looksLikeTitle(text, context, rules) || wordCount(text) < 2) return false;
  const verb = lastCueWords(context.wordsBefore, 1).at(-1) ?? "";
  if (
    !/\p{Ll}$/u.test(context.before.trimEnd()) ||
    COMPLEMENTISER.test(verb) ||
    rules.determiners.has(verb) ||
    rules.prepositions.has(verb)
  )
    return false;
  return (
    !hasSpeechWord(firstCueWords(context.wordsAfter, ADJACENT_WORDS), rules) &&
    !INVERTED_SUBJECT_AFTER.test(context.after)
  );
}

/**
 * `ein Stück über Geld und Moral: „Der Besuch der alten Dame“ hat die Saison eröffnet`: where nouns are
 * capitalised, so titles look like any words, a span opening its clause (after a colon, or first in the
 * sentence) on a determiner and a noun, with no punctuation, and followed by the clause's verb with no
 * comma between is the clause's subject, a noun phrase: a title or a name. Words quoted whole are set
 * off from the reporter's clause by a comma; a partial quote fronted in reported speech is followed by
 * the mood's verb (`„Der größte Fehler“ sei das gewesen`), and one a speech verb follows or presents
 * stays words (`sagte: „Die Lage ist ernst“ und ging`).
 */
function titleAsSubject(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const { before, after, wordsAfter } = context;
  const [determiner, noun] = words(text);
  const verb = wordsAfter[0]?.lower ?? "";
  return (
    rules.capitalisesNouns &&
    /(?:^|:)\s*$/u.test(before) &&
    /^\s+\p{Ll}/u.test(after) &&
    !punctuatedWithin(text) &&
    rules.determiners.has(determiner?.toLowerCase() ?? "") &&
    /^\p{Lu}/u.test(noun ?? "") &&
    !rules.reportedSpeechMarkers.has(verb) &&
    !rules.clauseJoins.has(verb) &&
    !hasSpeechWord(firstCueWords(wordsAfter, ADJACENT_WORDS), rules) &&
    !hasSpeechWord(lastCueWords(context.wordsBefore, ADJACENT_WORDS), rules)
  );
}

// Latin locutions set in marks as foreign words (`le report « sine die » du projet`, `a “de facto” ban`):
// terms, not anyone's words, unless a speech verb stands right by them.
const LATIN_LOCUTION = new RegExp(`^(?:${latinLocutions.join("|")})[.,]?$`, "iu");

// An analyst's rating of a stock alone in marks (`maintained its “buy” call`, `recommandation « achat »`):
// the rating's label, not words of the analyst's, unless a speech verb stands right by it.
const RATING = wholeWord((w) => w.ratings);

// Adjectives by their endings (traditional, famous, légendaire, traditionnel, célèbre, típico): a noun
// before the span instead (`le projet « mort »`) makes the span a predicate someone may have said.
const ADJECTIVE = new RegExp(`^\\p{Ll}[\\p{Ll}-]{2,}(?:${alternatives((w) => w.adjectiveEndings)})$`, "u");

/**
 * One lower-case word after a definite article and an adjective (`le traditionnel « apéro »`, `the
 * now-famous “jam”`) is a local term the reporter mentions, not words a speech verb farther off reports.
 */
function isEpithetTerm(
  text: string,
  { wordsBefore, wordsAfter }: SentenceContext,
  rules: LanguageRules,
): boolean {
  const span = words(text);
  // A determiner after the span makes it a verb with its object: `the agency “regrets” the delay`.
  if (span.length !== 1 || !/^\p{Ll}/u.test(span[0]!) || rules.determiners.has(wordsAfter[0]?.lower ?? ""))
    return false;
  const lead = wordsBefore.slice(-3).map((t) => t.text);
  const article = lead.findLastIndex((w) => ARTICLE.test(w));
  const epithet = article < 0 ? [] : lead.slice(article + 1);
  const adverb = (w: string) => rules.adverbs.has(w) || w.endsWith(rules.adverbEnding);
  const adjective = (w: string) => ADJECTIVE.test(w) && !isSpeechVerb(w, rules);
  return (
    (epithet.length === 1 && adjective(epithet[0]!)) ||
    (epithet.length === 2 && adverb(epithet[0]!) && adjective(epithet[1]!))
  );
}

// How many words a thing's designation in marks may hold: `des « moments d’étude »`.
const DESIGNATION_WORDS = 3;

/**
 * `entre des « fournisseurs » qui n’avaient ni salariés ni bureaux`, `à un « agent » venu chez elle`,
 * `the gang sent a “courier” who collected the cash`: a few lower-case words after an indefinite
 * determiner, which a relative clause or a participle and its preposition right after the marks go on
 * to describe, are the reporter's name for a thing, in marks for irony or as someone else's term, not
 * words anyone in the article is said to say. Not where a speech verb stands in the clause before them
 * (`le CISSS a reconnu une « situation exceptionnelle » liée à la grippe`: its words) or a viewpoint
 * opens the sentence (`Pour le Premier ministre, il s’agit d’un « signal fort » envoyé aux marchés`),
 * nor where the word after the marks is a noun with its complement, which the span qualifies (`d’une
 * « écrasante » majorité de`).
 */
function designatedThing(text: string, context: SentenceContext, rules: LanguageRules) {
  const { after, wordsBefore, wordsAfter } = context;
  if (
    words(text).length > DESIGNATION_WORDS ||
    !/^\p{Ll}/u.test(text) ||
    !rules.indefiniteDeterminers.has(wordsBefore.at(-1)?.lower ?? "") ||
    opensOnAuxiliary(text, rules) ||
    inFirstPerson(text, rules)
  )
    return false;
  if (hasSpeechWord(clauseWordsBefore(context), rules) || givesViewpoint(context, rules)) return false;
  const [next, then] = [wordsAfter[0]?.lower ?? "", wordsAfter[1]?.lower ?? ""];
  const relative = /^,?\s+\p{Ll}/u.test(after) && rules.relativePronouns.has(next);
  const participle =
    /^\s+\p{Ll}/u.test(after) &&
    rules.pastParticipleEnding.test(next) &&
    !isSpeechForm(next, rules) &&
    rules.prepositions.has(then) &&
    !rules.complementOf.has(then);
  return relative || participle;
}

/**
 * `der Bock „Eisenhammer“`, `ihr Besteck „Remstal“`, `das Gasthaus „Krone“`: where every noun is
 * capitalised, one capitalised word in marks right after a noun and its determiner, in a clause with no
 * speech verb before it, is that thing's name, set beside it as an apposition. Words someone said of a
 * thing come with a verb of saying or naming (`nannte die Lage „Chaos“`, `sprach von „Verrat“`).
 */
function nameApposedToNoun(text: string, context: SentenceContext, rules: LanguageRules): boolean {
  const { before, wordsBefore } = context;
  const [determiner, noun] = wordsBefore.slice(-2);
  return (
    rules.capitalisesNouns &&
    words(text).length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(text) &&
    /\p{L}\s+$/u.test(before) &&
    noun !== undefined &&
    determiner !== undefined &&
    isCapitalised(noun) &&
    (rules.determiners.has(determiner.lower) || rules.possessiveDeterminers.has(determiner.lower)) &&
    !isPersonNoun(noun.lower, rules) &&
    !hasSpeechWord(clauseWordsBefore(context), rules)
  );
}

/** The lower-cased words of the clause before the marks, from its last comma, colon or semicolon. */
function clauseWordsBefore({ before, beforeStart, wordsBefore }: SentenceContext): string[] {
  const clauseStart =
    beforeStart + Math.max(before.lastIndexOf(","), before.lastIndexOf(":"), before.lastIndexOf(";"));
  return wordsBefore.filter((t) => t.start > clauseStart).map((t) => t.lower);
}

/**
 * `He described the last weeks as ‘nerve-shredding’.`: a coined compound that closes a clause whose
 * speech verb governs it is what the speaker called the thing, not a term the reporter mentions, as it
 * is in the middle of a noun phrase (`the “freeze-thaw” cycles`, which compoundBeforeEpithet reads).
 */
function compoundSaid(context: SentenceContext, rules: LanguageRules): boolean {
  return /^\s*(?:[.,;:!?)]|$)/u.test(context.after) && hasSpeechWord(clauseWordsBefore(context), rules);
}

/** A single coined compound (`“post-truth” society`, `“freeze-thaw” cycles`) is a term being mentioned. */
// A mark joined by a hyphen to a word: `die „Bild“-Zeitung`, `the “Star Wars”-style plan`.
const HYPHEN_AFTER = /^[-\u2010\u2011]\p{L}/u;
const HYPHEN_BEFORE = /\p{L}[-\u2010\u2011]$/u;

/** Marks that make their words part of a compound word quote a name or a term, not anyone's words. */
function inCompound({ block, open, close }: Candidate): boolean {
  return (
    (close !== null && HYPHEN_AFTER.test(block.text.slice(close.end, close.end + 2))) ||
    HYPHEN_BEFORE.test(block.text.slice(Math.max(0, open.start - 2), open.start))
  );
}

/**
 * `une « mini-Neptune » tempérée`, `a “freeze-thaw” cycle`: a coined compound with a word of content
 * right after it, no comma between, is a term that word describes or that describes it; an incise is set
 * off by its comma (`« mini-Neptune », résume-t-elle`), so a verb form there ("tempérée") does not say
 * who spoke.
 */
function compoundBeforeEpithet(text: string, { after, wordsAfter }: SentenceContext, rules: LanguageRules) {
  const next = wordsAfter[0];
  return (
    isCoinedCompound(text) &&
    /^\s+\p{Ll}/u.test(after) &&
    next !== undefined &&
    !isFunctionWord(next.lower, rules) &&
    !INVERTED_SUBJECT_AFTER.test(after)
  );
}

function isCoinedCompound(text: string): boolean {
  return /^\p{Ll}[\p{L}]*(?:-[\p{L}]+)+[.,]?$/u.test(text.trim());
}

/** The sentence is the quote alone (`“We have nothing to fear.”`). */
function standsAlone({ before, after }: SentenceContext): boolean {
  return before.trim() === "" && /^[\s.,;!?…)]*$/u.test(after);
}

/**
 * The words as written, each the model's tokens that make it up: `l’aveu` is `l` and `aveu`,
 * `estime-t-il` is `estime` and its inverted `il`. The windows of cue words count written words, so
 * that the model splitting a word never pushes a cue out of reach.
 */
function writtenWords(tokens: readonly Token[]): Token[][] {
  const written: Token[][] = [];
  tokens.forEach((t, k) => {
    const joined = k > 0 && (t.inverted === true || t.start === tokens[k - 1]!.end);
    if (joined) written.at(-1)!.push(t);
    else written.push([t]);
  });
  return written;
}

/**
 * A span's words before and after its marks (`SentenceContext.wordsBefore`, `wordsAfter`) are read as
 * written words, and as cue words, by rule after rule, a dozen times for one span: the last two lists
 * grouped are kept (as `words` keeps its last split), the span's two.
 */
interface GroupedWords {
  words: readonly Token[];
  written: readonly (readonly Token[])[];
  cue: readonly (readonly Token[])[] | undefined;
}
let lastGrouped: GroupedWords = { words: [], written: [], cue: [] };
let groupedBefore: GroupedWords = lastGrouped;

function grouped(words: readonly Token[]): GroupedWords {
  if (words === lastGrouped.words) return lastGrouped;
  if (words !== groupedBefore.words) groupedBefore = { words, written: writtenWords(words), cue: undefined };
  const latest = groupedBefore;
  groupedBefore = lastGrouped;
  lastGrouped = latest;
  return latest;
}

/** writtenWords of a span's words before or after its marks, kept. */
const spanWords = (words: readonly Token[]): readonly (readonly Token[])[] => grouped(words).written;

/** The written words of a span's words before or after its marks that are cue words (isCueWord), kept. */
function cueWordsIn(words: readonly Token[]): readonly (readonly Token[])[] {
  const kept = grouped(words);
  if (kept.cue === undefined) kept.cue = kept.written.filter(isCueWord);
  return kept.cue;
}

/** The token a written word is about, past an elided word before it: `avocat` of `l’avocat`. */
const headToken = (word: readonly Token[]) => word.find((t) => !/['’]$/u.test(t.text)) ?? word[0]!;

// Numbers cue nothing: a cue word is one of letters.
const isCueWord = (word: readonly Token[]) => /^\p{L}/u.test(word[0]!.text);
const lowers = (words: readonly (readonly Token[])[]) => words.flatMap((word) => word.map((t) => t.lower));

/** The lower-case tokens of the first `n` written cue words. */
const firstCueWords = (tokens: readonly Token[], n: number) => lowers(cueWordsIn(tokens).slice(0, n));

/** The lower-case tokens of the last `n` written cue words. */
const lastCueWords = (tokens: readonly Token[], n: number) => lowers(cueWordsIn(tokens).slice(-n));

// Words of letters as written, lower case: only reportsClause still reads these (see there).
const CUE_WORD = /[\p{L}][\p{L}’'-]*/gu;

function cueWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(CUE_WORD)].map((m) => m[0]);
}

/**
 * `Elle veut « rassurer les salariés »`, `refuse de « céder »`, `n'exclut pas « d'autres mesures »`: a verb
 * of will, refusal or appeal (`intentVerbs`) right before the marks, past `de` or `à` and one adverb or
 * negation, makes them its subject's words. `Il appelle ce plan « … »` is a naming: the verb must touch.
 */
function intentBefore(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  // The model splits an elided negation or pronoun off its verb: `n’exclut` is `n` and `exclut`.
  const preceding = lastCueWords(wordsBefore, 3);
  let k = preceding.length - 1;
  if (rules.intentLinks.has(preceding[k] ?? "")) k--;
  const skippable = (w: string) =>
    rules.auxiliaries.has(w) || rules.adverbs.has(w) || rules.intentAdverbs.has(w);
  if (preceding[k] !== undefined && skippable(preceding[k]!) && k > 0) k--;
  return rules.intentVerbs.has(preceding[k] ?? "") || appealPastObject(wordsBefore, rules);
}

// How many words an appeal's object may hold between the verb and its link: `invité les parents à`.
const APPEAL_OBJECT_WORDS = 3;

/**
 * `Il a invité les parents à « ouvrir leurs portes »`, `exhorte les élus à « … »`: the object of an
 * appeal, opening on a determiner, may stand between the verb (`intentVerbs`) and the `à` or `de` before
 * the marks; what follows is still the words the subject urges. The link must touch the marks: without
 * it, `Il appelle ce plan « … »` is a naming.
 */
function appealPastObject(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  const preceding = lastCueWords(wordsBefore, APPEAL_OBJECT_WORDS + 2);
  if (!rules.intentLinks.has(preceding.at(-1) ?? "")) return false;
  const verb = preceding.findLastIndex((word) => rules.intentVerbs.has(word));
  return verb >= 0 && verb < preceding.length - 2 && rules.determiners.has(preceding[verb + 1]!);
}

/** A speech verb or source phrase touching the marks: `said: “`, `”, he said`, `», selon`. */
function hasAdjacentSpeechCue(context: SentenceContext, rules: LanguageRules): boolean {
  const { after } = context;
  const following = firstCueWords(context.wordsAfter, ADJACENT_WORDS).slice(
    apposedParticiple(context, rules) ? 1 : 0,
  );
  // The verb right before the marks, or before "that"/"que": not `said the “Durand Show”`, a name.
  const preceding = lastCueWords(context.wordsBefore, 2);
  if (!COMPLEMENTISER.test(preceding.at(-1) ?? "")) preceding.shift();
  // The words after as one string, made once for all the phrases, not once per phrase.
  const followingText = /^\s*,/u.test(after) ? ` ${following.join(" ")} ` : undefined;
  const trailing =
    followingText !== undefined &&
    rules.trailingSourcePhrases.some((phrase) => followingText.startsWith(` ${phrase} `));
  return (
    hasSpeechWord(following, rules) ||
    hasSpeechWord(preceding, rules) ||
    hasSourcePhrase(following, rules) ||
    trailing ||
    INVERTED_SUBJECT_AFTER.test(after) ||
    inciseAfter(context, rules)
  );
}

/**
 * `Des travaux « prioritaires », promis après les inondations, …`: a form that is only a past participle
 * (`participles`), right after the marks' comma with no auxiliary, opens a phrase describing the noun
 * before the marks, not an incise, which has a finite verb (`», a promis le maire`, `», promet-il`).
 */
function apposedParticiple({ after, wordsAfter }: SentenceContext, rules: LanguageRules): boolean {
  return /^\s*,/u.test(after) && rules.participles.has(firstCueWords(wordsAfter, 1)[0] ?? "");
}

// How many clitics and auxiliaries may open an incise: `s’est-il insurgé`.
const INCISE_LEAD = 3;
// How many words may stand between an incise's verb and its subject: a day or an adverb, and a
// preposition with its object (`», tacle mardi X`, `», a cinglé sur Facebook le député`).
const INCISE_LEAD_IN = 4;

/**
 * The parts of an incise's first words, as the model splits them: `s’insurge` is `s` and `insurge`;
 * `grince-t-il` is `grince`, marked as taking its subject pronoun after it, which is left out.
 */
function inciseParts(wordsAfter: readonly Token[]): { written: string; lower: string; inverted: boolean }[] {
  const tokens = cueWordsIn(wordsAfter)
    .slice(0, INCISE_LEAD + INCISE_LEAD_IN + 2)
    .flat();
  return tokens.flatMap((t, k) =>
    t.inverted ? [] : [{ written: t.text, lower: t.lower, inverted: tokens[k + 1]?.inverted === true }],
  );
}

/**
 * `», s’insurge Hugo Marchand`, `", ironizó el ministro`, `», grince-t-il`: right after the quote
 * and its comma, a word no table lists as anything but a verb, then its inverted subject. News
 * writing puts only a verb of saying there (speechCues.ts reads the same incise for its speaker).
 */
function inciseAfter({ after, wordsAfter }: SentenceContext, rules: LanguageRules): boolean {
  if (!rules.inciseInversion || !/^\s*,/u.test(after)) return false;
  const parts = inciseParts(wordsAfter);
  let v = 0;
  let inverted = false;
  while (
    v < INCISE_LEAD &&
    parts[v] &&
    (rules.clitics.has(parts[v]!.lower) || rules.auxiliaries.has(parts[v]!.lower))
  )
    inverted ||= parts[v++]!.inverted;
  const verb = parts[v];
  if (!verb || /^\p{Lu}/u.test(verb.written) || isFunctionWord(verb.lower, rules)) return false;
  if (v === 0 && passiveParticiple(verb.lower, parts[1], parts[2], rules)) return false;
  const from = pastLeadIn(parts, v + 1, rules);
  const subject = parts[from];
  return (
    inverted ||
    verb.inverted ||
    (subject !== undefined &&
      (/^\p{Lu}/u.test(subject.written) ||
        rules.definiteDeterminers.has(subject.lower) ||
        indefinitePerson(subject.lower, parts[from + 1]?.lower, rules)))
  );
}

/**
 * `le « Portrait … », peint par Henri Fantin-Latour`, `« Le Rouge et le Noir », écrit par Stendhal`: a
 * word that no table lists as a verb of saying, with no auxiliary, right before the passive agent and a
 * name or a determiner, is a participle saying who made the thing in marks, not an incise's verb.
 * `», a expliqué par téléphone le maire` keeps its auxiliary; `», tacle par ailleurs X` its adverb.
 */
function passiveParticiple(
  verb: string,
  agent: { lower: string } | undefined,
  next: { written: string; lower: string } | undefined,
  rules: LanguageRules,
): boolean {
  return (
    !isSpeechVerb(verb, rules) &&
    agent !== undefined &&
    rules.passiveAgents.has(agent.lower) &&
    next !== undefined &&
    (/^\p{Lu}/u.test(next.written) || rules.determiners.has(next.lower))
  );
}

/**
 * Where an incise's subject starts, past the words attribution skips before it too (skipLeadIn in
 * speakerPhrases.ts): days and adverbs, and one preposition with its object, a determiner and a word.
 */
function pastLeadIn(parts: readonly { lower: string }[], from: number, rules: LanguageRules): number {
  let k = from;
  while (k - from < INCISE_LEAD_IN && parts[k] && rules.adverbs.has(parts[k]!.lower)) k++;
  const preposition = parts[k];
  if (!preposition || !rules.prepositions.has(preposition.lower) || rules.determiners.has(preposition.lower))
    return k;
  const object = rules.determiners.has(parts[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  return object + 1 - from <= INCISE_LEAD_IN ? object + 1 : k;
}

/**
 * `», souffle une habitante`, `», rassure un de ses proches`: an indefinite article before a noun for a
 * person, or before `de` (one of them), is a subject too.
 */
function indefinitePerson(article: string, next: string | undefined, rules: LanguageRules): boolean {
  return (
    rules.indefiniteDeterminers.has(article) &&
    next !== undefined &&
    (rules.personNouns.has(next) || rules.complementOf.has(next.replace(/[’']$/u, "")))
  );
}

/**
 * A source phrase among the words (lower-case tokens), word for word as attribution matches it
 * (`sourcePhraseWords`): `d’après` is `d` and `après`; German "laut" is no cue inside "lautet".
 * Or `à ses yeux`, `in her view`, whose possessive names the source; or a postposed `zufolge`.
 */
function hasSourcePhrase(words: readonly string[], rules: LanguageRules): boolean {
  const written = ` ${words.join(" ")} `;
  return (
    sourcePhrasesWritten(rules).some((phrase) => written.includes(phrase)) ||
    words.some((word) => rules.postposedSources.has(word))
  );
}

// How many written words open a sentence on a source phrase: `de acuerdo con`, `na avaliação da`.
const SOURCE_PHRASE_WORDS = 4;

/**
 * `De acordo com o relator da proposta na Câmara, deputado X (MDB-PE), a votação deve ocorrer “…”`:
 * a source phrase opening the sentence governs it to the quote, however long the source's
 * description runs before it.
 */
function opensOnSourcePhrase(wordsBefore: readonly Token[], rules: LanguageRules): boolean {
  const opening = ` ${lowers(spanWords(wordsBefore).slice(0, SOURCE_PHRASE_WORDS)).join(" ")} `;
  return sourcePhrasesWritten(rules).some((phrase) => opening.startsWith(phrase));
}

/**
 * `El dictamen, elaborado por la Comisión de Hacienda, establece que las familias “quedarán exentas”`,
 * `The bill, tabled by three senators in March, provides that fines are “doubled”`: a document (or a
 * court) opening the sentence as its subject, with its determiner, and its document verb (see
 * documentSubjectOf) govern the sentence to the quote, however far the verb stands from it, as an opening
 * source phrase does (opensOnSourcePhrase).
 */
function opensOnDocument(
  { before, beforeStart, wordsBefore }: SentenceContext,
  rules: LanguageRules,
): boolean {
  if (!rules.determiners.has(wordsBefore[0]?.lower ?? "")) return false;
  // The commas between the words, which the incise after the document needs.
  const words: { lower: string }[] = [];
  wordsBefore.forEach((word, k) => {
    const gap = k > 0 ? before.slice(wordsBefore[k - 1]!.end - beforeStart, word.start - beforeStart) : "";
    if (gap.includes(",")) words.push({ lower: "," });
    words.push(word);
  });
  return words.some((_, k) => {
    const subject = documentSubjectOf(words, k, rules);
    return subject !== undefined && subject <= 2;
  });
}

/**
 * `Un chiffre « en nette hausse » par rapport à 2024, selon le chef de division`, `“deux ou trois bières”
 * avant de conduire, selon ses propres termes`: a source phrase opening a later clause of the sentence,
 * after its comma, gives the whole sentence to its source, as one opening the sentence does. Not one
 * inside a clause of the sentence's own (`, pour laquelle on se passe de l’avis de la commission`).
 */
function sourcePhraseTrails(
  { after, afterStart, wordsAfter }: SentenceContext,
  rules: LanguageRules,
): boolean {
  return [...after.matchAll(/,/gu)].some((comma) =>
    opensOnSourcePhrase(
      wordsAfter.filter((t) => t.start > afterStart + comma.index),
      rules,
    ),
  );
}

/**
 * `“cut waiting times by a third,” the Northern Health Trust said in its review`: the clause right after
 * the span and its comma (inside the marks or out) holds a speech verb, an incise giving the span a
 * speaker however long the speaker's name.
 */
function saidInClauseAfter(
  text: string,
  { after, afterStart, wordsAfter }: SentenceContext,
  rules: LanguageRules,
): boolean {
  const opening = /^\s*,/u.exec(after)?.[0].length ?? (/,$/u.test(text) ? 0 : -1);
  if (opening < 0) return false;
  const clauseEnd = after.indexOf(",", opening);
  const clause = wordsAfter.filter((t) => clauseEnd < 0 || t.end <= afterStart + clauseEnd);
  return hasSpeechWord(lowers(writtenWords(clause).filter(isCueWord)), rules);
}

// The source phrases and possessive sources as hasSourcePhrase seeks them, once per language.
const writtenSourcePhrases = new WeakMap<LanguageRules, readonly string[]>();

/** Each source phrase and possessive source in its words, space-delimited: ` d après `. */
function sourcePhrasesWritten(rules: LanguageRules): readonly string[] {
  let written = writtenSourcePhrases.get(rules);
  if (!written) {
    const phrases = [...rules.sourcePhrases, ...rules.possessiveSources.keys()];
    written = phrases.map((phrase) => ` ${sourcePhraseWords(phrase).join(" ")} `);
    writtenSourcePhrases.set(rules, written);
  }
  return written;
}

/**
 * A speech verb among the words, not a noun of the same form after a determiner ("the ruling", "his
 * comments", "un appel").
 */
function hasSpeechWord(tokens: string[], rules: LanguageRules): boolean {
  const noun = (i: number) =>
    i > 0 && rules.determiners.has(tokens[i - 1]!) && !rules.clitics.has(tokens[i - 1]!);
  if (tokens.some((token, i) => isSpeechVerb(token, rules) && !noun(i))) return true;
  const saidByDocument = (i: number) =>
    rules.documentSpeech.verbs.has(tokens[i]!) &&
    documentSubjectOf(
      tokens.map((lower) => ({ lower })),
      i,
      rules,
    ) !== undefined;
  if (tokens.some((_, i) => saidByDocument(i) && !noun(i))) return true;
  // Elided words stand apart, as attribution's tokens have them: `parle d’une` holds the idiom `parle d`.
  // Only the idioms opening with each word are tried, not every idiom of the language.
  const words = tokens.join(" ").replace(/[’']/gu, " ").split(" ");
  const idiomAt = (k: number) =>
    speechIdiomsOpeningWith(rules, words[k]!).some((parts) => idiomEnd(words, k, parts, rules) !== null);
  return words.some((_, k) => idiomAt(k));
}

/**
 * "affirme-t-il" and "qu’a dit" carry their verb inside a longer token (before its first hyphen,
 * after its last apostrophe); "dénoncer" is one too. Asked of every word around many quotes: the
 * shorter forms are cut only from a token that writes a hyphen or an apostrophe.
 */
function isSpeechVerb(token: string, rules: LanguageRules): boolean {
  const hyphen = token.indexOf("-");
  const apostrophe = Math.max(token.lastIndexOf("’"), token.lastIndexOf("'"));
  return (
    isSpeechForm(token, rules) ||
    (hyphen >= 0 && isSpeechForm(token.slice(0, hyphen), rules)) ||
    (apostrophe >= 0 && isSpeechForm(token.slice(apostrophe + 1), rules))
  );
}

function isSpeechForm(form: string, rules: LanguageRules): boolean {
  return rules.speechVerbs.has(form) || rules.speechGerunds.has(form) || rules.speechInfinitives.has(form);
}
