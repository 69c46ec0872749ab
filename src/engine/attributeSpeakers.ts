// Gives each quote its speaker and merges speakers across the article.
//
// Named strategies (attribution/strategies.ts) propose speaker candidates for each quote, and the
// resolver (attribution/resolver.ts) chooses with one table of weights. Pass 1 reads the article
// in order, as a reader does: the sentence strategies read each quote's own sentence, and the
// mentions they name resolve against the speakers met so far (mergeSpeakers.ts), pronouns
// included; reported speech without quotes ("Lee said the charges are overdue") and sentence
// subjects keep that memory current, and the paragraph's candidates (a neighbour quote, the
// speaker going on from the paragraphs before) are noted. Pass 2 settles quotes their sentence
// did not, in rounds, since some candidates are other quotes' speakers: first the other parts
// of a quote running over several paragraphs, then the surroundings, the body before the
// pull-quotes that repeat it.
import type { Article, BlockKind, Quote, QuoteResult, Speaker } from "./types.ts";
import { decideVoice } from "./voiceKinds.ts";
import type { FoundQuote } from "./findQuotes.ts";
import type { Gender, LanguageRules } from "./lang/types.ts";
import { findTokenIn, noteCasing, sentenceRanges, type Sentence } from "./attribution/tokens.ts";
import { isWord, opensReportedClause, type Token } from "./text/tokens.ts";
import { quoteTokens, readText } from "./text/blockText.ts";
import { cueReportedClause, reportedSpeakerAt, subjectOfQuoteClause } from "./attribution/speechCues.ts";
import { type Entity, SpeakerRegistry } from "./attribution/mergeSpeakers.ts";
import { describeFeatures, genderMatch } from "./attribution/pronouns.ts";
import { describeAntecedent } from "./attribution/descriptions.ts";
import type { ArticleEntity } from "./mentions/entities.ts";
import { ArticleMentions } from "./mentions/mentions.ts";
import { isPersonNoun } from "./lang/lexicon.ts";
import type { EntityKind } from "./mentions/entities.ts";
import {
  describedSubject,
  isOneUnnamed,
  namedBodySubject,
  firstPersonIn,
  mainSubject,
  makeMention,
  namesTopic,
  type Mention,
  openingPronoun,
  peopleIn,
  speechNounAuthor,
} from "./attribution/speakerPhrases.ts";
import { SENTENCE_STRATEGIES, type StrategyId } from "./attribution/strategies.ts";
import {
  candidate,
  choose,
  chooseAsking,
  strongestFirst,
  WEIGHTS,
  type Candidate,
  type SpeakerOf,
} from "./attribution/resolver.ts";

/** Blocks in Title Case or telegraphic style: their names are weaker and they quote without verbs. */
const HEADING_KINDS: ReadonlySet<BlockKind> = new Set(["headline", "intertitle", "caption"]);
/** Blocks that may repeat, set apart, words the body quotes: headings, blockquotes and the standfirst. */
const PULL_QUOTE_KINDS: ReadonlySet<BlockKind> = new Set([...HEADING_KINDS, "blockquote", "standfirst"]);
/** Headings whose quote, when it repeats a body sentence's, is that entry (see round 1b). */
const REPEATING_HEADINGS: ReadonlySet<BlockKind> = new Set(["headline", "intertitle"]);
/** The cue of a heading's quote given to a subject by a colon alone, with no speech verb. */
const HEADING_COLON = ":";
/**
 * `«…»: el Pleno pide cerrar el trasvase`, `‘…’: council calls for a review`: a heading's speech verb
 * after the colon that goes on with its own object says something else; the colon alone gives the quote
 * to its subject, as a guess.
 */
function verbWithItsOwnObjectAfterColon(s: Sentence, cue: string): boolean {
  const { tokens } = s;
  const colon = tokens.findIndex((t, k) => t.text === ":" && tokens[k - 1]?.quote !== undefined);
  if (colon < 0) return false;
  const verb = tokens.findIndex((t, k) => k > colon && t.text === cue);
  return verb >= 0 && isWord(tokens[verb + 1]);
}
/** A block ending as a sentence does, on a full stop after a lower-case word. */
const SENTENCE_STOP = /\p{Ll}\.$/u;
/** How many blocks back a bare quote paragraph may continue a speaker. */
const CONTINUATION_WINDOW = 3;
/** How many blocks back the person last mentioned may speak a quote with nothing else around it. */
const RECENT_WINDOW = 2;
/**
 * Blocks read in pass 1 around each quote: the paragraphs before it (who was speaking, who was
 * named, what a pronoun means) and after it (a role given in the next paragraph). Blocks farther
 * from every quote are not read, so a long article with few quotes costs little; names written
 * there still complete a later surname (knownNames reads every block) and their words' casing
 * still counts.
 */
export const ATTRIBUTION_WINDOW = { before: 6, after: 2 } as const;
const SENTENCE_ORDER = strongestFirst(SENTENCE_STRATEGIES);
/**
 * How many sentences back the person a sentence's opening pronoun stands for may have been
 * named: further, the pronoun is more likely impersonal ("Il s'agit de…") than theirs.
 */
const TOPIC_SIGHT = 1;
/**
 * How far back a stressed pronoun opening its sentence (« Lui s’en défend ») may reach: never
 * impersonal, it turns back to the person the passage is about, past the critics quoted since.
 */
const STRESSED_TOPIC_SIGHT = 6;

interface BlockView {
  kind: BlockKind;
  sentence: Sentence;
  /** Indexes into `found` of this block's quotes, in order. */
  quotes: number[];
  /** In a standfirst, who its first speech verb says speaks (`un collectif … alerte sur …`). */
  presents?: number;
}

interface Attribution {
  speaker: number | null;
  cue: string | null;
  /** Settled by the quote's own words: its sentence, or another part of the same quote. */
  direct: boolean;
  /** Candidates from the paragraph around the quote, heard in pass 2 if its sentence settles nothing. */
  around: Candidate[];
  /**
   * The gender a pronoun of the quote's own sentence gives its speaker, when no one it could
   * stand for was found (`« … », a-t-elle ajouté`): the surroundings may not give the quote to
   * someone of the other gender.
   */
  says?: Gender;
  /** Every candidate heard, when explaining. */
  heard?: Candidate[];
  chosen: Candidate | null;
}

/** A quote's candidates as `explain` shows them: who each names, how strongly, and which won. */
export interface QuoteExplanation {
  quote: number;
  candidates: {
    strategy: StrategyId;
    score: number;
    speaker: string | null;
    cue: string | null;
    /** For a pronoun or a description: whom it may stand for, best first, with their features and scores. */
    referents?: { speaker: string; score: number; features: string }[];
  }[];
  chosen: StrategyId | null;
}

/** How many of a pronoun's scored candidates `explain` shows: the best few tell why it chose. */
const REFERENTS_SHOWN = 4;

/** One entity of the article as `explain` lists it: its kind, its name and how often it is mentioned. */
export interface EntitySummary {
  kind: EntityKind;
  name: string;
  mentions: number;
}

export interface AttributionOptions {
  /** Hear every strategy of every quote and return what each proposed. */
  explain?: boolean;
  /**
   * Each block's tokens for its quotes (in order), when the caller tokenised the blocks already
   * (a streamed or updated article: see ArticleReader in index.ts).
   */
  tokens?: readonly (readonly Token[])[];
  /**
   * Asked before each block pass 1 reads: once it answers true (the extraction's time is nearly
   * up), the blocks left are not read, and their quotes keep only what pass 2 finds around them.
   */
  stopWhen?: () => boolean;
}

/** `blockRules` reads a block in another language than the article's (a quoted interview), where given. */
export function attributeSpeakers(
  article: Article,
  found: FoundQuote[],
  rules: LanguageRules,
  blockRules: readonly LanguageRules[] = [],
  options: AttributionOptions = {},
): QuoteResult & { explanations?: QuoteExplanation[]; entities?: EntitySummary[]; stoppedEarly?: true } {
  const capitalisedWords = new Set<string>();
  const lowercaseWords = new Set<string>();
  const surnames = new Set<string>();
  const quotesOf = article.blocks.map((): number[] => []);
  found.forEach((q, i) => quotesOf[q.block]?.push(i));
  const views = article.blocks.map((block, b): BlockView => {
    const quotes = quotesOf[b]!;
    const ownRules = blockRules[b] ?? rules;
    const tokens =
      options.tokens?.[b] ??
      quoteTokens(
        readText(block.text, ownRules),
        quotes.map((i) => found[i]!),
      );
    if (block.kind !== "headline") noteCasing(tokens, capitalisedWords, lowercaseWords, surnames);
    return {
      kind: block.kind,
      sentence: { tokens, source: block.text, rules: ownRules, capitalisedWords, lowercaseWords, surnames },
      quotes,
    };
  });
  const registry = new SpeakerRegistry(rules, new ArticleMentions(views));
  const result: Attribution[] = found.map(() => ({
    speaker: null,
    cue: null,
    direct: false,
    around: [],
    heard: options.explain ? [] : undefined,
    chosen: null,
  }));
  const near = blocksNearQuotes(article.blocks.length, found);
  // A paragraph holding only a quote, left without a speaker: the next paragraph may say whose it was.
  let unclaimed: number[] = [];
  const stoppedAt = views.findIndex((view, b) => {
    if (!near[b]) return false;
    if (options.stopWhen?.()) return true;
    unclaimed = readBlock(view, b, found, registry, result, views[b - 1] === undefined ? [] : unclaimed);
    return false;
  });
  // Each quote's words, marks and punctuation aside: two rounds compare them (sameQuote, oneEntryPerRepeat).
  const texts = found.map((q) => normalise(q.text));
  settleWithoutCue(views, found, texts, registry, result);
  const repeats = oneEntryPerRepeat(views, found, texts, result);
  const entries = found.map((_, g) => g).filter((g) => !repeats.has(g));
  const quoteResult = buildResult(entries, found, registry, result, rules);
  return {
    ...quoteResult,
    ...(options.explain && {
      explanations: explain(result, found, registry)
        .filter(({ quote }) => !repeats.has(quote))
        .map((explanation, quote) => ({ ...explanation, quote })),
      entities: registry.mentions.entities.map((e) => ({
        kind: e.kind,
        name: e.name,
        mentions: e.mentions.length,
      })),
    }),
    ...(stoppedAt >= 0 && { stoppedEarly: true as const }),
  };
}

/** For each block, whether it lies within ATTRIBUTION_WINDOW of some quote's block (quotes in order). */
export function blocksNearQuotes(blockCount: number, found: readonly { block: number }[]): boolean[] {
  const near = new Array<boolean>(blockCount).fill(false);
  // Quotes come in block order: each marks its window, starting where the last one's ended.
  let marked = 0;
  for (const { block } of found) {
    const end = Math.min(blockCount, block + ATTRIBUTION_WINDOW.after + 1);
    for (let b = Math.max(marked, block - ATTRIBUTION_WINDOW.before); b < end; b++) near[b] = true;
    marked = Math.max(marked, end);
  }
  return near;
}

const applies = (strategy: { languages: readonly string[] | "all" }, code: string) =>
  strategy.languages === "all" || strategy.languages.includes(code);

/** The sentence strategies a language's blocks ask, strongest first: chosen once per language. */
const strategiesByLanguage = new Map<string, typeof SENTENCE_ORDER>();
function sentenceStrategiesFor(code: string): typeof SENTENCE_ORDER {
  let strategies = strategiesByLanguage.get(code);
  if (strategies === undefined)
    strategiesByLanguage.set(
      code,
      (strategies = SENTENCE_ORDER.filter((strategy) => applies(strategy, code))),
    );
  return strategies;
}

/** Whether tokens [start, end) hold only punctuation besides token `i`: a quote standing alone. */
function onlyPunctuationBesides(tokens: readonly Token[], start: number, end: number, i: number): boolean {
  for (let k = start; k < end; k++) if (k !== i && tokens[k]!.kind !== "punct") return false;
  return true;
}

/**
 * The resolver's reading of a candidate: a mention resolves against the speakers met so far; a
 * pronoun the mentions stage linked to a named person is that person (mentions/entities.ts).
 */
function speakerOfIn(registry: SpeakerRegistry, block: number, heading: boolean, s: Sentence): SpeakerOf {
  return (c) => {
    if ("speaker" in c) return c.speaker;
    if (c.mention === null) return null;
    const speaker = registry.resolve(c.mention, block, heading, saysItself(s, c));
    if (c.mention.type === "pronoun") c.referents = registry.lastReferents;
    // Only a description placed by describedAntecedent leaves its candidates (see mergeSpeakers.ts).
    if (c.mention.type === "description" && registry.lastAntecedents.length > 0)
      c.antecedents = registry.lastAntecedents;
    if (speaker !== null) return speaker;
    const linked = linkedPerson(registry.mentions, c.mention, block, s.rules);
    return (linked && registry.resolve(linked, block, heading)) ?? undefined;
  };
}

/**
 * `El oficial agregó que la banda «…»`: the subject of a speech verb whose that-clause holds a quote
 * of the sentence is who the quote's attribution says speaks, met here first: read as the quote will
 * read it (`señaló el oficial`), a description of someone named before. Reported speech with no quote
 * says less (`La constructora explicó que las obras siguen`: a body as often as a person).
 */
function voicesQuote(s: Sentence, reported: Mention, i: number, start: number, end: number): boolean {
  if (reported.type !== "description" || reported.at === undefined) return false;
  for (let q = i + 1; q < end; q++)
    if (s.tokens[q]!.kind === "quote") return cueReportedClause(s, q, start)?.mention.at === reported.at;
  return false;
}

/**
 * The candidate's words name its mention as who says (`señaló el gallego`): a cue of words, a verb's,
 * and no preposition before the mention, which names where the words come from rather than who says
 * them (`d’après la gendarmerie`, `explicaron desde el entorno presidencial`). A colon says nothing.
 */
function saysItself(s: Sentence, c: Candidate): boolean {
  const at = "mention" in c ? c.mention?.at : undefined;
  if (c.cue === null || !/\p{L}/u.test(c.cue) || at === undefined) return false;
  const k = s.tokens.findIndex((t) => t.start === at);
  const before = k > 0 ? s.tokens[k - 1]! : undefined;
  const prepositions = [s.rules.prepositions, s.rules.sourcePrepositions, s.rules.viewpointPrepositions];
  const lower = before?.lower.replace(/^\p{L}+['’]/u, "") ?? "";
  return !(before?.kind === "word" && prepositions.some((set) => set.has(lower)));
}

/**
 * The named person the mentions stage linked a pronoun to, as a mention of their name; or the one
 * person it linked it to described unnamed (`une étudiante qui prend « … » chaque jour se dit inquiète.
 * « … », raconte-t-elle`), as that description, when the pronoun's gender is the description's.
 */
function linkedPerson(
  mentions: ArticleMentions,
  m: Mention,
  block: number,
  rules: LanguageRules,
): Mention | null {
  if (m.type !== "pronoun" || m.at === undefined) return null;
  const entity = mentions.entityAt(block, m.at);
  if (entity?.kind === "source") return describedOne(entity, m, rules);
  if (entity?.kind !== "person") return null;
  // The mentions stage falls back on whoever came last; a gender that disagrees is never the answer.
  if (genderMatch(m.gender, entity.gender === "mixed" ? undefined : entity.gender) === "disagrees")
    return null;
  return makeMention({
    type: "name",
    text: entity.name,
    name: entity.name,
    role: null,
    kind: "person",
    gender: m.gender,
  });
}

/** One person described by an indefinite determiner of one (`une étudiante`), as that description. */
function describedOne(entity: ArticleEntity, m: Mention, rules: LanguageRules): Mention | null {
  const first = entity.mentions.find((x) => x.form === "description");
  const determiner = first?.text.toLowerCase().split(/\s+/u)[0] ?? "";
  const gender = entity.gender === "mixed" ? undefined : entity.gender;
  if (first === undefined || m.gender === undefined || gender !== m.gender) return null;
  // Not one a case makes an object (`einen jungen Mann`), whom the sentence passes by.
  const subject = !rules.pluralIndefinites.has(determiner) && !rules.obliqueIndefinites.has(determiner);
  if (rules.indefiniteDeterminers.get(determiner) !== gender || !subject) return null;
  const text = first.text;
  return makeMention({
    type: "description",
    text,
    name: text,
    role: null,
    kind: "unnamed",
    gender,
    definite: false,
  });
}

function settle(
  r: Attribution,
  choice: { chosen: Candidate; speaker: number | null } | null,
  direct: boolean,
) {
  if (!choice) return;
  r.speaker = choice.speaker;
  r.cue = choice.chosen.cue;
  r.direct = direct;
  r.chosen = choice.chosen;
}

/**
 * Reads one block's sentences in order, settling what each quote's own sentence tells. `unclaimed`
 * are the quotes of the block before when it held nothing else and named no one; returns this
 * block's, for the next.
 */
function readBlock(
  view: BlockView,
  b: number,
  found: FoundQuote[],
  registry: SpeakerRegistry,
  result: Attribution[],
  unclaimed: readonly number[],
): number[] {
  const { sentence: s, kind } = view;
  // An intertitle written as a full sentence (`Fiona Parry issued a plea.`) is read as prose: the
  // person it names is who the section's next pronoun means.
  const heading = HEADING_KINDS.has(kind) && !(kind === "intertitle" && SENTENCE_STOP.test(s.source));
  const speakerOf = speakerOfIn(registry, b, heading, s);
  const continued = registry.continuing(b, CONTINUATION_WINDOW);
  const strategies = sentenceStrategiesFor(s.rules.code);
  // A quote standing alone as a sentence may be given to the person the next sentence names as
  // speaking (`«…». Con esa frase, X respondió…`).
  let standing: number[] = [];
  const namedNext = new Map<number, number>();
  const recentAt = new Map<number, number>();
  let first = true;
  // Whom the sentence before spoke of, when it quoted no one: the person it reported speaking
  // (`Ohne Wasser verliere sie die Ernte, sagt sie. „…“`), else the person it was about (see actorOf).
  // Read only when a quote stands alone after that sentence (see actorOf).
  let spokenOfBefore: (() => number | null) | null = null;
  // The body the sentence before, quoting no one, was about (`Das Ministerium verweist auf …`), or the
  // person it brought in unnamed as its subject (`Ein Geologe des Landes hat den Hang begutachtet.`):
  // whose words a sentence in the mood of reported speech after it gives (`Dieses werde „…“ gesteuert.`,
  // `Der Untergrund sei „komplett durchnässt“.`).
  let reporterBefore: (() => Mention | null) | null = null;
  for (const [start, end] of sentenceRanges(s.tokens)) {
    registry.nextSentence();
    const spokenOf = spokenOfBefore;
    spokenOfBefore = null;
    const reporter = reporterBefore;
    reporterBefore = null;
    // `Global warming — “it’s a hoax.”`, then `Donald Trump has said that more than once.`
    const pointing = first && unclaimed.length > 0 && !heading ? speakerPointingBack(s, start, end) : null;
    const pointingId = pointing && registry.resolve(pointing, b, false);
    if (pointingId !== null)
      for (const g of unclaimed) result[g]!.around.push(candidate("named-next", { speaker: pointingId }));
    first = false;
    // `Er hält es für möglich, dass die Männer Relotius belogen haben.`: the person the opening
    // pronoun stands for stays the topic, whoever else the sentence names after it.
    const opening = heading ? null : openingPronoun(s, start, end);
    const sight = opening?.contrastive ? STRESSED_TOPIC_SIGHT : TOPIC_SIGHT;
    const topic = opening && registry.pronounTopic(opening, b, sight);
    const waiting = standing;
    standing = [];
    let speaking: number | null = null;
    /** The body the sentence's reported speech has speak (`Das teilte das Amt mit`), if any. */
    let bodySpeaking: number | null = null;
    /** Who spoke the sentence's last quote, its speaker named in the sentence. */
    let quoted: number | null = null;
    // `«…». Cette petite phrase d'Arnaud Montebourg …`: the next sentence names whose words they were.
    // `« On a tout perdu. » Marie Durand, 45 ans, ne décolère pas.`: or it opens on the full name of the
    // person it is about.
    const pointed = waiting.length > 0 && !heading;
    const wordsAuthor = pointed ? speechNounAuthor(s, start, end) : null;
    const author = wordsAuthor ?? (pointed ? personOpening(s, start, end, true) : null);
    const authorId = author && registry.resolve(author, b, false);
    // Those the sentence names as its subject or speaking, not as the words' author (`Cette phrase de X`).
    const subjectNamed = author !== null && wordsAuthor === null ? [...waiting] : [];
    if (authorId !== null && author!.kind === "person")
      for (const w of waiting.splice(0)) namedNext.set(w, authorId);
    // Quotes and reported speech in reading order, so that each pronoun sees who came before it.
    // Headings and captions (photo credits) say who the story is about, not who speaks next.
    for (let i = start; i < end; i++) {
      const token = s.tokens[i]!;
      if (token.kind !== "quote") {
        const reported = heading ? null : reportedSpeakerAt(s, i, start, end);
        // `Die Hebamme Sabine arbeitet hier, ihren Nachnamen möchte sie nicht nennen`: a pronoun may
        // stand for someone its own sentence named before it, who is met before the pronoun is read.
        if (reported?.type === "pronoun") meetPeopleNamed(s, start, i, registry, b);
        const id = reported
          ? registry.resolve(reported, b, false, voicesQuote(s, reported, i, start, end))
          : null;
        if (kind === "standfirst" && id !== null) view.presents ??= id;
        if (id !== null && reported!.kind === "person") {
          speaking = id;
          registry.spoke(id, b);
        }
        // A group of people (`les opposants au glyphosate qui réclament …`) issues no release.
        else if (id !== null && reported!.kind === "organisation" && !reported!.plural) bodySpeaking ??= id;
        if (id !== null && reported!.type === "name" && reported!.kind === "person") {
          subjectNamed.push(...waiting);
          for (const w of waiting.splice(0)) namedNext.set(w, id);
        }
        continue;
      }
      const g = view.quotes[token.quote!]!;
      const r = result[g]!;
      const propose = (strategy: (typeof strategies)[number]) => {
        const proposal = strategy.propose(s, i, start, end);
        return proposal && candidate(strategy.id, { mention: proposal.mention }, proposal.words);
      };
      // The subject the quote's sentence describes before it, read once for whichever pronoun asks.
      let described: Mention | null | undefined;
      // What a pronoun's candidate changes is done as the resolver reads it, not as it is proposed:
      // explain hears strategies a normal run never asks, and must leave the registry as that run does.
      const resolve: SpeakerOf = (c) => {
        const pronoun = "mention" in c && c.mention?.type === "pronoun" ? c.mention : null;
        if (pronoun && !pronoun.plural) r.says ??= pronoun.gender;
        // `Carstensen schüttelt den Kopf, als er das hört: „…“`: as for reported speech, a pronoun may
        // stand for someone the quote's own sentence named before it (not after: `She said Ms X had
        // “…”`).
        const at = pronoun && !heading ? pronoun.at : undefined;
        if (at !== undefined) {
          meetPeopleNamed(s, start, tokenAt(s, start, i, at), registry, b);
          // `Ein Anrainer sieht das anders: Er werde „…“, klagt er.`: so may the person the sentence
          // describes as its subject before the quote, whom the reporter brings in there to speak (a
          // newcomer there, as in the sentence before: PRONOUN_WEIGHTS.introducedBefore).
          if (described === undefined) described = describedSubject(s, start, i);
          if (described) registry.describedSubject(described, b);
        }
        return speakerOf(c);
      };
      settle(r, chooseAsking(strategies, propose, resolve, r.heard), true);
      if (r.direct && r.speaker !== null) {
        registry.spoke((quoted = r.speaker), b);
        // Whoever the sentence quotes is its speaker too, whoever it names after the quote
        // (`Según el economista, … y explicó que el ministro X ha perdido «…»`, then `«…», comentó`).
        speaking = r.speaker;
      }
      if (r.direct) continue;
      const subject = heading ? null : subjectOfQuoteClause(s, i, start);
      if (subject) r.around.push(candidate("clause-subject", { mention: subject }));
      const reporterMention = reporter && reportedMood(s, start, end) ? reporter() : null;
      const reporterId = reporterMention ? registry.resolve(reporterMention, b, false, true) : null;
      if (reporterId !== null) r.around.push(candidate("sentence-before", { speaker: reporterId }));
      // `Son barreur, X, 24 ans, se console avec « … »`: whoever the quote's own sentence names before
      // it is mentioned after the speakers of the sentences before.
      if (!heading) meetPeopleNamed(s, start, i, registry, b);
      const recent = registry.recent(b, RECENT_WINDOW);
      if (recent !== null) recentAt.set(g, recent);
      if (onlyPunctuationBesides(s.tokens, start, end, i)) {
        standing.push(g);
        const speaker = spokenOf?.() ?? null;
        if (speaker !== null) r.around.push(candidate("sentence-before", { speaker }));
      }
    }
    // `X vend ses abricots depuis 1994. «…» Son voisin, Y, se montre plus optimiste: «…»`: a sentence
    // naming someone to bring in their own words does not name the author of the quote before it, when
    // the sentence before that named whom the quote goes on from (sentence-before).
    for (const w of subjectNamed)
      if (quoted !== null && namedNext.get(w) === quoted && spokenBefore(result[w]!, quoted))
        namedNext.delete(w);
    // `X said in a statement`: a later "the statement" gives X's words (SpeakerRegistry.documentAuthor).
    // A body speaks through releases, so a body announcing (`The council announced that …`, `Das teilte
    // die Stadt mit.`), with or without naming a document, is the issuer of "the statement" written next;
    // not of "the report" or "the letter", which speak as written (`releases`). A person issues one
    // only when their sentence introduces it.
    const issuer = quoted ?? speaking ?? bodySpeaking;
    const body = issuer !== null && registry.entities[issuer]!.kind === "organisation";
    if (issuer !== null && (body || introducesDocument(s, start, end)))
      registry.documentIssued(issuer, b, body);
    if (!heading) meetPeopleNamed(s, start, end, registry, b);
    if (speaking !== null) registry.reportedSpeaking(speaking);
    // A person described as the subject is who the next pronoun most likely means, named or not.
    const subject = heading ? null : describedSubject(s, start, end);
    const described = subject && registry.describedSubject(subject, b);
    const quotes = findTokenIn(s.tokens, start, end, (t) => t.kind === "quote") >= 0;
    // Not in a block whose quotes may repeat the body's (a standfirst): the body says whose they are.
    if (!PULL_QUOTE_KINDS.has(kind) && !quotes)
      spokenOfBefore =
        speaking !== null ? () => speaking : actorOf(s, start, end, described ?? topic, registry);
    if (subject) {
      if (isOneUnnamed(subject) && !quotes)
        reporterBefore = () => (reportedMood(s, start, end) ? null : subject);
      continue;
    }
    // Whoever the sentence reports speaking stays its topic, whoever else it names
    // (`Ao explicar que … o deputado X, Pacheco afirmou que …` then `“…”, disse.`).
    if (speaking !== null) registry.mentionAgain(speaking, b);
    else if (topic !== null) registry.mentionAgain(topic, b);
    else {
      // A sentence about a body (`Die Kantonspolizei hat Ermittlungen aufgenommen.`): the next
      // sentence's `sie` may be its words.
      // Read only when asked (a pronoun in the next sentence, or its reported speech), and at most once.
      let read: Mention | null | undefined;
      const body = heading
        ? null
        : () => (read === undefined ? (read = namedBodySubject(s, start, end)) : read);
      if (body) registry.bodySubject(body, b);
      // Not one the sentence's own reported speech is about (`Die Regierung müsse …, so der Kanzler.`):
      // that too is read only when the next sentence asks.
      reporterBefore = body === null || quotes ? null : () => (reportedMood(s, start, end) ? null : body());
    }
  }
  // Within a paragraph, an unattributed quote shares its neighbour's speaker; a paragraph that
  // opens on a quote continues the speaker of the paragraphs before.
  const own = view.quotes.filter((g) => result[g]!.direct);
  for (const g of view.quotes) {
    const r = result[g]!;
    if (r.direct) continue;
    const before = own.filter((o) => o < g).at(-1);
    const neighbour = before ?? own.find((o) => o > g);
    const opensBlock = s.source.slice(0, found[g]!.open.start).trim() === "";
    // A speaker quoted earlier in the paragraph goes on speaking, whoever the next sentence names.
    const next = before === undefined ? namedNext.get(g) : undefined;
    if (next !== undefined) r.around.push(candidate("named-next", { speaker: next }));
    if (neighbour !== undefined)
      r.around.push(candidate("paragraph-neighbour", { speaker: result[neighbour]!.speaker }));
    if (opensBlock && continued !== null)
      r.around.push(candidate("paragraph-continues", { speaker: continued }));
    const recent = recentAt.get(g);
    if (!opensBlock && recent !== undefined) r.around.push(candidate("recent-speaker", { speaker: recent }));
  }
  return onlyUnclaimedQuote(view, result) ? [...view.quotes] : [];
}

/** Whether the sentence before a quote standing alone named another than `speaker` (sentence-before). */
function spokenBefore(r: Attribution, speaker: number): boolean {
  return r.around.some((c) => c.strategy === "sentence-before" && "speaker" in c && c.speaker !== speaker);
}

/** The first of tokens [from, to) at or after the character `at` (`to` when none is). */
function tokenAt(s: Sentence, from: number, to: number, at: number): number {
  let k = from;
  while (k < to && s.tokens[k]!.start < at) k++;
  return k;
}

/** The people tokens [from, to) name whom the registry can tell apart, met there: the latest touched. */
function meetPeopleNamed(s: Sentence, from: number, to: number, registry: SpeakerRegistry, b: number): void {
  for (const person of peopleIn(s, from, to))
    if (registry.isKnown(person, b)) registry.resolve(person, b, false);
}

// How many words may label a quote standing alone in its paragraph: `Global warming — “…”`.
const QUOTE_LABEL_WORDS = 4;

/**
 * The block is one quote its sentence gave no speaker, alone or after a short label and a dash
 * or a colon: the next paragraph may say whose words they were.
 */
function onlyUnclaimedQuote(view: BlockView, result: readonly Attribution[]): boolean {
  if (view.quotes.length !== 1 || result[view.quotes[0]!]!.direct) return false;
  const { tokens } = view.sentence;
  const at = tokens.findIndex((t) => t.kind === "quote");
  const label = tokens.slice(0, at);
  const words = label.filter((t) => t.kind === "word").length;
  const after = tokens.slice(at + 1);
  return (
    after.every((t) => t.kind === "punct") &&
    (label.length === 0 || (words <= QUOTE_LABEL_WORDS && /^[-–—:]$/u.test(label.at(-1)!.text)))
  );
}

/**
 * `Donald Trump has said that more than once.`: a sentence whose subject, a person named in full,
 * says a word pointing back (`quoteBackReferences`) that ends the clause, or only an adverbial
 * follows it (`more than once`, `again`).
 */
function speakerPointingBack(s: Sentence, start: number, end: number): Mention | null {
  const subject = personOpening(s, start, end);
  if (subject === null) return null;
  const { tokens, rules } = s;
  const verb = tokens.findIndex(
    (t, k) => k >= start && k < end && t.kind === "word" && rules.speechVerbs.has(t.lower),
  );
  const object = tokens[verb + 1];
  if (verb < 0 || object?.kind !== "word" || !rules.quoteBackReferences.has(object.lower)) return null;
  // The clause ends at its first punctuation: `…said that more than once, and his allies repeat it`.
  const clauseEnd = findTokenIn(tokens, verb + 2, tokens.length, (t, k) => k >= end || t.kind !== "word");
  const rest = tokens.slice(verb + 2, clauseEnd < 0 ? end : clauseEnd);
  const adverbial = (t: Token) =>
    rules.adverbs.has(t.lower) || rules.prepositions.has(t.lower) || rules.determiners.has(t.lower);
  return rest.every(adverbial) ? subject : null;
}

/**
 * Whether the sentence introduces a document its speaker issued: its noun after an indefinite
 * determiner ("in a statement", "dans un communiqué", "en una carta") or right after a preposition
 * ("em nota"), and not naming an author of its own ("un communiqué de la préfecture", "extraits du
 * communiqué").
 */
function introducesDocument(s: Sentence, start: number, end: number): boolean {
  const { documentSpeech, indefiniteDeterminers, prepositions, complementOf } = s.rules;
  const opens = (word: string) =>
    indefiniteDeterminers.has(word) || (prepositions.has(word) && !complementOf.has(word));
  for (let i = start + 1; i < end; i++) {
    if (!documentSpeech.documents.has(s.tokens[i]!.lower) || !opens(s.tokens[i - 1]!.lower)) continue;
    // `défend un texte « d’équilibre »`: words in marks right after the noun say what the document is,
    // which the speaker spoke of, not through.
    const next = s.tokens[i + 1];
    if (next?.kind !== "quote" && !complementOf.has(next?.lower ?? "")) return true;
  }
  return false;
}

/**
 * `« Pourquoi ? », a interrogé la présidente. Le prévenu a baissé la tête. « J’espérais me refaire. »`:
 * a sentence quoting no one whose subject is a person, named, described or a pronoun (`referred`: whom
 * its description or pronoun was resolved to), hands them the floor: a quote standing alone right
 * after it is theirs rather than the paragraph's earlier speaker's. Returned as a reading to make when
 * such a quote follows, as most sentences are followed by none: what the registry knows now is taken
 * now, the sentence's own reading (its main subject, its mood) only then.
 */
function actorOf(
  s: Sentence,
  start: number,
  end: number,
  referred: number | null,
  registry: SpeakerRegistry,
): () => number | null {
  const met = referred ?? registry.firstMetInSentence();
  const kind = met === null ? undefined : registry.entities[met]!.kind;
  if (kind !== "person" && kind !== "unnamed") return () => null;
  return () => {
    // `Der Angeklagte habe … überholt.`: a clause in the mood of reported speech gives the words of the
    // speaker before, about the person it names.
    if (reportedMood(s, start, end)) return null;
    return referred !== null || personOpening(s, start, end) ? met : null;
  };
}

/** Whether the sentence [start, end) is in the mood of reported speech (`Der Angeklagte habe …`). */
function reportedMood(s: Sentence, start: number, end: number): boolean {
  const words = s.tokens.slice(start, end).filter(isWord);
  return words.some((t) => s.rules.reportedSpeechMarkers.has(t.lower)) || opensReportedClause(words, s.rules);
}

/**
 * The sentence's subject when it is a person named in full: `Marie Durand, 45 ans, ne décolère pas`; or,
 * `byName`, by a surname alone too: `«…». Gómez teme que acaben en la cadena alimentaria`, after a quote
 * standing alone, goes on about the one whose words they were.
 */
function personOpening(s: Sentence, start: number, end: number, byName = false): Mention | null {
  const subject = mainSubject(s, start, end);
  return subject?.type === "name" && subject.kind === "person" && (byName || subject.name.includes(" "))
    ? subject
    : null;
}

function settleWithoutCue(
  views: BlockView[],
  found: FoundQuote[],
  texts: readonly string[],
  registry: SpeakerRegistry,
  result: Attribution[],
): void {
  const hear = (r: Attribution, candidates: Candidate[]) => {
    r.heard?.push(...candidates);
    return candidates;
  };
  // A heading's words settled on the speaker of the same words elsewhere (rounds 1b, 2 and 3 below).
  const settleRepeat = (r: Attribution, speaker: number) => {
    const chosen = candidate("heading-repeat", { speaker });
    hear(r, [chosen]);
    settle(r, { chosen, speaker }, true);
  };
  // Round 1: a quote running over several paragraphs has one speaker, named anywhere along it.
  const chains: number[][] = [];
  found.forEach((q, g) => (q.continuesPrevious && chains.length ? chains.at(-1)!.push(g) : chains.push([g])));
  for (const chain of chains) {
    const named = chain.find((g) => result[g]!.direct);
    if (named === undefined) continue;
    const { speaker, cue } = result[named]!;
    for (const g of chain) {
      const r = result[g]!;
      if (r.direct) continue;
      const heard = hear(r, [candidate("quote-chain", { speaker }, cue)]);
      settle(
        r,
        choose(heard, (c) => ("speaker" in c ? c.speaker : undefined)),
        true,
      );
    }
  }
  const sameAs = (g: number, usable: (o: number) => boolean) => sameQuote(g, views, found, texts, usable);
  const pulled = (g: number) => PULL_QUOTE_KINDS.has(views[found[g]!.block]!.kind);
  // Round 1b: a headline or intertitle repeating words a body sentence gives someone is the same
  // entry, spoken by them: the body reads the words in full, the heading only beside the subject it
  // is about, on either side of a colon (`Kabinet wil …: „…“`, `«…»: Zürcher Schulen testen …` over
  // whom the body quotes), unless the heading's own speech verb or incise names someone, or the body
  // gives only a description (`…”, dijo la secretaria`) where the heading names someone (`Ministra X:
  // “…”`): the entry takes the fullest name, so a heading's speech verb whose subject is only what the
  // body names in full yields too (`Un informe alerta …` for `El informe anual del Instituto …`).
  const repeatWeight = WEIGHTS["heading-repeat"];
  const entity = (speaker: number) => registry.entities[registry.canonical(speaker)]!;
  // Whether quote `o`'s speaker was given by a colon alone, no speech verb of its own (see
  // verbWithItsOwnObjectAfterColon): the one answer rounds 1b and 2 read.
  const colonOnly = (o: number) => {
    const view = views[found[o]!.block]!;
    const cue = result[o]!.chosen?.cue;
    return (
      cue === HEADING_COLON ||
      (cue != null && REPEATING_HEADINGS.has(view.kind) && verbWithItsOwnObjectAfterColon(view.sentence, cue))
    );
  };
  const speechCue = (o: number) => WEIGHTS[result[o]!.chosen!.strategy] > repeatWeight && !colonOnly(o);
  const settledInBody = (o: number) => !pulled(o) && result[o]!.direct && result[o]!.speaker !== null;
  const headingColonOnly = (o: number) =>
    REPEATING_HEADINGS.has(views[found[o]!.block]!.kind) && colonOnly(o);
  for (const [g, q] of found.entries()) {
    const r = result[g]!;
    const view = views[q.block]!;
    const standfirst = view.kind === "standfirst";
    if (!REPEATING_HEADINGS.has(view.kind) && !standfirst) continue;
    const same = sameAs(g, settledInBody);
    // A word or two in marks (`Eine Witwe spricht von „Leichenfledderei“` in the standfirst) is the one
    // body quote holding them, in a standfirst as in a heading.
    const repeated = same < 0 ? onlyQuoteHolding(g, texts, settledInBody) : same;
    if (repeated < 0) continue;
    const speaker = result[repeated]!.speaker!;
    // `« On bricole », admet un médecin-chef` in the standfirst, the same words in the body said by `le
    // Dr Olivier Cuendet, médecin-chef`: the standfirst describes, unnamed, whom the body names saying
    // them. Only then: a standfirst's own speech verb that names someone stays theirs.
    const head = r.speaker === null ? null : entity(r.speaker);
    if (standfirst && !describedForBody(head, entity(speaker), view.sentence.rules)) continue;
    const fuller =
      r.speaker !== null &&
      (namedInFull(entity(r.speaker).name, entity(speaker).name, view.sentence) ||
        namedInBody(entity(r.speaker), entity(speaker)));
    // `Las bodegas advierten: “…”` over `X, presidente de la cámara Bodegas de Argentina: “…”`: a
    // heading's many speak in the words of the one the body quotes, when the words are all the same; a
    // fragment of a longer body quote (`“…”, acusan usuarios`) is the heading's own summary.
    const voicedByOne =
      texts[g] === texts[repeated] &&
      r.speaker !== null &&
      entity(r.speaker).plural &&
      !entity(speaker).plural;
    // `‘Too many pupils’ …, says Ofsted` over `‘Too many pupils …,’ the report said`: a heading's speech
    // verb however far from its quote names who issued the document the body gives the words to, a
    // document's noun naming no one. Not a body's part (`the theatre’s board` under `Harbour Lights
    // Theatre … citing ‘impossible’ costs`), who may speak otherwise than the whole.
    const bodyNoun = entity(speaker).name.toLowerCase().split(" ").at(-1) ?? "";
    const namedOverDocument =
      r.speaker !== null &&
      entity(r.speaker).kind !== "unnamed" &&
      entity(r.speaker).introduced === undefined &&
      entity(speaker).introduced !== undefined &&
      view.sentence.rules.documentSpeech.documents.has(bodyNoun);
    const ownCue = r.chosen && (speechCue(g) || (namedOverDocument && !colonOnly(g)));
    if (r.direct && ownCue && !fuller && !voicedByOne && !standfirst) continue;
    if (r.speaker !== null && entity(speaker).kind === "unnamed") continue;
    settleRepeat(r, speaker);
  }
  // Round 2: the surroundings, reading the speakers round 1 settled. The body goes first, so that a
  // pull-quote (a heading, caption, blockquote or the standfirst) repeating words the body quotes
  // may take the speaker the body gives them, however the body settled it: the body reads those
  // words in their full context, a summary only beside whoever it names last.
  const bodyFirst = found.map((_, g) => g).sort((a, b) => Number(pulled(a)) - Number(pulled(b)));
  for (const g of bodyFirst) {
    const q = found[g]!;
    const r = result[g]!;
    if (r.direct) continue;
    const view = views[q.block]!;
    const candidates = [...r.around];
    const same = sameAs(g, (o) => result[o]!.direct);
    // `Metro Council delays vote: ‘…’` over `“…,” Bennett said. “<the same words>”`: a heading's
    // colon alone gives its quote to the subject the heading is about, a guess; the body quoting the
    // words next to a quote its paragraph gives someone goes on in that voice, and the heading's entry
    // follows the body, as round 1b has it follow a body sentence that names the speaker.
    const neighbourSpeaks = r.around.some(
      (c) => c.strategy === "paragraph-neighbour" && "speaker" in c && c.speaker !== null,
    );
    const headingGuess = same >= 0 && neighbourSpeaks && headingColonOnly(same);
    // `La gauche dénonce « un passage en force »` over `Hélène Castagnet a dénoncé « un passage en
    // force »`: the body's sentence names who says the words a heading gave a description or a group.
    const headSpeaker = same >= 0 && pulled(same) ? result[same]!.speaker : null;
    const namedOverHeading =
      headSpeaker !== null &&
      r.around.some(
        (c) =>
          c.strategy === "clause-subject" &&
          "mention" in c &&
          c.mention?.type === "name" &&
          describedForBody(entity(headSpeaker), c.mention, view.sentence.rules),
      );
    if (same >= 0 && !headingGuess && !namedOverHeading)
      candidates.push(candidate("same-words", { speaker: result[same]!.speaker }));
    const repeated = pulled(g) ? sameAs(g, (o) => !pulled(o) && result[o]!.speaker !== null) : -1;
    if (repeated >= 0)
      candidates.push(candidate("pull-quote-repeat", { speaker: result[repeated]!.speaker }));
    if (view.kind === "headline" || view.kind === "intertitle") {
      // "Biden says tariffs are “a tax”": the subject written before the quote.
      const { tokens } = view.sentence;
      const at = tokens.findIndex((t) => t.quote !== undefined && view.quotes[t.quote] === g);
      // `RC Lens : Diarra offre le derby …, « … »`: a kicker before a colon that a clause follows is
      // what the headline is about; the clause's subject is who it gives the words.
      const colon = tokens.findIndex((t, k) => k < at - 1 && t.text === ":");
      const from = colon > 0 && tokens[colon + 1]!.kind === "word" ? colon + 1 : 0;
      const subject = firstPersonIn(view.sentence, from, at);
      if (subject && !namesTopic(view.sentence, from, at))
        candidates.push(candidate("headline-subject", { mention: subject }));
    }
    // `« Nous, médecins, ne pouvons plus … »` over `Dans une tribune, un collectif de médecins alerte
    // sur …`: a headline made of a quote alone is the words of whom the standfirst presents speaking.
    const presenter = view.kind === "headline" && quoteAlone(view.sentence) ? standfirstSpeaker(views) : null;
    if (presenter != null) candidates.push(candidate("standfirst-speaker", { speaker: presenter }));
    // An intertitle heads the section below it: its quote is most likely the next speaker's. So does a
    // headline opening on a quote that nothing in it or the standfirst gives anyone (`‘…’ – Ballyduff Lad
    // storms Betfair Chase`, `‘…’: Kingscourt rallies to save its post office`): the article is its
    // section, and the words most likely its first speaker's, as the body names who spoke them; not
    // when the body quotes the words itself (`« Mon fils … » : colère à Chambly` over a parent's quote
    // standing after a body's letter), whose speaker there they are (pull-quote-repeat).
    const below =
      view.kind === "intertitle"
        ? found.findIndex((o, k) => k > g && result[k]!.direct && o.block <= q.block + CONTINUATION_WINDOW)
        : view.kind === "headline" && presenter == null && repeated < 0 && opensOnQuote(view, g)
          ? found.findIndex((_, k) => k > g && !pulled(k) && result[k]!.direct && result[k]!.speaker !== null)
          : -1;
    if (below >= 0) candidates.push(candidate("section-below", { speaker: result[below]!.speaker }));
    hear(r, candidates);
    const speakerOf = speakerOfIn(registry, q.block, true, view.sentence);
    settle(
      r,
      choose(candidates, (c) => {
        const speaker = speakerOf(c);
        return speaker != null && genderMatch(r.says, registry.entities[speaker]!.gender) === "disagrees"
          ? undefined
          : speaker;
      }),
      false,
    );
    if (headingGuess && r.speaker !== null) {
      settleRepeat(result[same]!, r.speaker);
    }
  }
  // Round 3: a heading's description of one unnamed (`la pharmacienne prévient « cette fois, je
  // ferme »`) whose words open a body quote the body gives a named person, however the body settled
  // it (a paragraph going on without a verb), is that person: the entry takes the fullest name.
  for (const [g, q] of found.entries()) {
    const r = result[g]!;
    if (!REPEATING_HEADINGS.has(views[q.block]!.kind) || r.speaker === null) continue;
    const named = (o: number) => {
      const body = result[o]!;
      return !pulled(o) && body.speaker !== null && body.chosen?.strategy !== "recent-speaker";
    };
    const repeated = sameAs(g, named);
    if (repeated < 0) continue;
    const speaker = result[repeated]!.speaker!;
    if (!describedForBody(entity(r.speaker), entity(speaker), views[q.block]!.sentence.rules)) continue;
    settleRepeat(r, speaker);
  }
}

/** The heading's sentence opens on its quote `g`, marks and all. */
function opensOnQuote(view: BlockView, g: number): boolean {
  const first = view.sentence.tokens[0];
  return first?.quote !== undefined && view.quotes[first.quote] === g;
}

/**
 * The same words quoted twice on the page, once set apart (headline, intertitle, standfirst, caption,
 * blockquote) and once in the body, are one entry (GUIDELINES: `The same words quoted twice …`): the
 * body's, which quotes them in context; the quotes set apart that only repeat it are left out of the
 * result. Word for word only, marks and punctuation aside (`‘lost its nerve’` over `“lost its nerve”`,
 * `‘Do not wait’` over `“Do not wait,”`): a heading quoting a shorter fragment of a body quote is an
 * entry of its own. The entry keeps the speaker a heading settled (round 1b weighed the body's against
 * the heading's own there, and round 2 the body's paragraph against the heading's colon); otherwise the
 * body's, whose sentence says who spoke, where a standfirst only summarises (`El tribunal considera
 * probado que «…»` over `La sentencia … considera probado que «…»`). Two body quotes of the same words
 * stay two entries: two people may say the same thing.
 */
function oneEntryPerRepeat(
  views: BlockView[],
  found: FoundQuote[],
  texts: readonly string[],
  result: Attribution[],
): Set<number> {
  const setApart = (g: number) => PULL_QUOTE_KINDS.has(views[found[g]!.block]!.kind);
  const inBody = new Map<string, number>();
  for (const [g, words] of texts.entries()) if (!setApart(g) && !inBody.has(words)) inBody.set(words, g);
  const repeats = new Set<number>();
  for (const [g, words] of texts.entries()) {
    const q = found[g]!;
    const body = inBody.get(words);
    if (!setApart(g) || body === undefined || words === "") continue;
    repeats.add(g);
    const heading = REPEATING_HEADINGS.has(views[q.block]!.kind);
    if (heading || result[body]!.speaker === null)
      Object.assign(result[body]!, { speaker: result[g]!.speaker, cue: result[g]!.cue });
  }
  return repeats;
}

/** The fewest words a quote has for `sameWords` to find it inside another. */
const FRAGMENT_WORDS = 3;

/**
 * `Nationals decry ‘betrayal’` over `called the decision “a betrayal of every farming family”`: a
 * heading's quote of a word or two too short for `sameWords`, when exactly one usable quote holds those
 * words in a row.
 */
function onlyQuoteHolding(g: number, texts: readonly string[], usable: (o: number) => boolean): number {
  const words = texts[g]!;
  if (words === "" || words.split(" ").length >= FRAGMENT_WORDS) return -1;
  let only = -1;
  for (const [o, text] of texts.entries()) {
    if (o === g || !` ${text} `.includes(` ${words} `) || !usable(o)) continue;
    if (only >= 0) return -1;
    only = o;
  }
  return only;
}

/** How far into a body's full name the noun of a heading's indefinite description may stand. */
const FULL_NAME_NOUN_REACH = 3;

/**
 * `Un informe` in a heading, `El informe anual del Instituto …` in the body: an indefinite determiner
 * and a noun, the noun again among the first words of a longer name.
 */
function namedInFull(heading: string, body: string, s: Sentence): boolean {
  const [determiner = "", noun = "", ...rest] = heading.toLowerCase().split(" ");
  const words = body.toLowerCase().split(" ");
  const at = words.indexOf(noun);
  return (
    rest.length === 0 && s.rules.indefiniteDeterminers.has(determiner) && at > 0 && at <= FULL_NAME_NOUN_REACH
  );
}

/**
 * `« … », dénonce la mairesse` in a heading, `La mairesse de Coaticook, Simone Gagnon` quoted with the
 * same words in the body: a description of one that named no one where the heading wrote it (a
 * headline comes before every name) is the person the body names as speaking them, when its gender
 * does not disagree: definite, indefinite (`« … », alerte un pédiatre` over `déplore le Dr Mamadou
 * Saliou Bah`: the entry takes the fullest name) or a singular noun written bare (`‘…’, mayor says`),
 * as headlines drop the article a sentence would write. Bare plurals (`acusan usuarios`) are someone
 * else: several unnamed.
 */
function namedInBody(heading: Entity, body: Entity): boolean {
  return (
    heading.introduced !== undefined &&
    !heading.plural &&
    heading.kind !== "person" &&
    body.kind === "person" &&
    genderMatch(heading.gender, body.gender) !== "disagrees"
  );
}

/**
 * A head's speaker described, one and unnamed, whom the body's named person may be (see round 1b). Its
 * gender rules a person out only when a person noun tells it (`une infirmière`): a group's noun has a
 * grammar's gender (`la gauche`), and anyone may speak for it. A noun for a firm's trade brought in by
 * an indefinite article (`peste un transporteur de la Côte-Nord`) may be a person working in it as well:
 * the body's words in full are the person's.
 */
function describedForBody(
  head: Entity | null,
  body: Pick<Entity, "kind" | "gender">,
  rules: LanguageRules,
): boolean {
  if (head === null || head.plural || body.kind !== "person") return false;
  if (head.kind !== "unnamed" && !(head.kind === "organisation" && describedByTrade(head.name, rules)))
    return false;
  const personal = head.name.split(" ").some((word) => isPersonNoun(word.toLowerCase(), rules));
  return !personal || genderMatch(head.gender, body.gender) !== "disagrees";
}

/** `un transporteur de la Côte-Nord`: an indefinite article and a noun for a firm's trade (bodyEpithets). */
function describedByTrade(name: string, rules: LanguageRules): boolean {
  const [article, noun] = name.toLowerCase().split(" ");
  return rules.indefiniteDeterminers.has(article ?? "") && rules.bodyEpithets.has(noun ?? "");
}

/** A sentence holding a quote and nothing else but punctuation. */
const quoteAlone = (s: Sentence) => s.tokens.every((t) => t.kind !== "word");

/** Whom the article's standfirst presents speaking, if it has one that does. */
const standfirstSpeaker = (views: readonly BlockView[]) =>
  views.find((v) => v.kind === "standfirst")?.presents;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Another quote with the same words as quote g, among those `usable`. Quotes outside paragraphs
 * (headlines, list items, captions) may also repeat a piece of a longer one; paragraphs are
 * compared whole only, so that a page of thousands of quotes stays fast.
 */
function sameQuote(
  g: number,
  views: BlockView[],
  found: FoundQuote[],
  texts: readonly string[],
  usable: (o: number) => boolean,
): number {
  const excerpt = views[found[g]!.block]!.kind !== "paragraph";
  return texts.findIndex(
    (text, o) =>
      o !== g && (excerpt ? sameWords(texts[g]!, text) : text === texts[g] && text !== "") && usable(o),
  );
}

/**
 * How many words a headline may leave out between two words it keeps when it shortens a quote: `„We
 * zijn het zat“` for `„We zijn het gewoon zat“`.
 */
const WORDS_LEFT_OUT = 2;

/**
 * The same words: equal, or one quote holding the other when the shorter has a few words, in order,
 * perhaps with a word or two left out between them (see WORDS_LEFT_OUT).
 */
function sameWords(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const [short, long] = a.length < b.length ? [a.split(" "), b.split(" ")] : [b.split(" "), a.split(" ")];
  // `« On bricole »` for `« On bricole. Nous avons dû fermer six lits … »`: the words a quote opens with.
  if (short.length > 1 && short.every((word, k) => long[k] === word)) return true;
  if (short.length < FRAGMENT_WORDS) return false;
  for (let start = long.indexOf(short[0]!); start >= 0; start = long.indexOf(short[0]!, start + 1))
    if (keptInOrder(short, long, start)) return true;
  return false;
}

/** Every word of `short` found in `long` from `start` on, in order, at most WORDS_LEFT_OUT apart. */
function keptInOrder(short: readonly string[], long: readonly string[], start: number): boolean {
  let at = start;
  for (const word of short.slice(1)) {
    const next = long.indexOf(word, at + 1);
    if (next < 0 || next - at - 1 > WORDS_LEFT_OUT) return false;
    at = next;
  }
  return true;
}

/** What each quote's strategies proposed, named as the result names speakers. */
function explain(result: Attribution[], found: FoundQuote[], registry: SpeakerRegistry): QuoteExplanation[] {
  const nameOf = (id: number | null) =>
    id === null ? null : registry.entities[registry.canonical(id)]!.name;
  // A pronoun or a description shows the entity the mentions stage linked it to: "she → Ada Brant".
  const written = (m: Mention | null, block: number) => {
    const entity = m?.type !== "name" && m?.at !== undefined && registry.mentions.entityAt(block, m.at);
    return entity ? `${m!.text} → ${entity.name}` : (m?.text ?? null);
  };
  return result.map((r, quote) => ({
    quote,
    candidates: (r.heard ?? []).map((c) => ({
      strategy: c.strategy,
      score: c.score,
      speaker:
        c === r.chosen
          ? nameOf(r.speaker)
          : "speaker" in c
            ? nameOf(c.speaker)
            : written(c.mention, found[quote]!.block),
      cue: c.cue,
      ...(c.referents && {
        referents: c.referents.slice(0, REFERENTS_SHOWN).map((referent) => ({
          speaker: registry.entities[referent.referent]!.name,
          score: referent.score,
          features: describeFeatures(referent.features),
        })),
      }),
      ...(c.antecedents && {
        referents: c.antecedents.slice(0, REFERENTS_SHOWN).map((antecedent) => ({
          speaker: antecedent.name,
          score: antecedent.score,
          features: describeAntecedent(antecedent.features),
        })),
      }),
    })),
    chosen: r.chosen?.strategy ?? null,
  }));
}

/** The result's quotes are the found quotes numbered `entries` (each an entry of its own), in order. */
function buildResult(
  entries: readonly number[],
  found: FoundQuote[],
  registry: SpeakerRegistry,
  result: Attribution[],
  rules: LanguageRules,
): QuoteResult {
  const speakerIds = new Map<number, number>();
  const speakers: Speaker[] = [];
  const quotes: Quote[] = entries.map((g, id) => {
    const q = found[g]!;
    const entity = result[g]!.speaker === null ? null : registry.canonical(result[g]!.speaker!);
    let speaker: number | null = null;
    if (entity !== null) {
      if (!speakerIds.has(entity)) {
        const e = registry.entities[entity]!;
        speakerIds.set(entity, speakers.length);
        const roles = registry.rolesOf(entity);
        const described = {
          name: e.kind === "organisation" ? registry.mentions.asFirstWritten(e.name) : e.name,
          aliases: [...e.aliases].filter((a) => a !== e.name),
          role: roles[0] ?? null,
          kind: e.kind,
        };
        // The kind of voice reads every role the article gives, not only the first, with the names
        // of the acronyms it writes out ("NTEU President" is a union's) and what the article says
        // the bodies the roles name are.
        const voiceRoles = roles.flatMap((role) => [
          registry.mentions.withAcronymsWritten(role),
          ...registry.mentions.descriptionsWithin(role),
        ]);
        const speaksFrom = () => registry.speaksFrom(entity);
        speakers.push({
          id: speakers.length,
          ...described,
          voice: decideVoice({ ...described, roles: voiceRoles, speaksFrom }, rules).voice,
          quotes: [],
        });
      }
      speaker = speakerIds.get(entity)!;
      speakers[speaker]!.quotes.push(id);
    }
    return {
      id,
      block: q.block,
      text: q.text,
      inner: q.inner,
      open: q.open,
      close: q.close,
      speaker,
      cue: result[g]!.cue,
      partial: q.partial,
    };
  });
  return { lang: rules.code, quotes, speakers };
}
