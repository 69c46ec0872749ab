// Chooses each quote's speaker among the candidates its strategies propose (strategies.ts), with
// every weight in the one table below. A candidate is either a mention still to be resolved to a
// speaker (sentence strategies) or a speaker already settled for another quote (context strategies).
import type { Mention } from "./speakerPhrases.ts";
import type { StrategyId } from "./strategies.ts";
import type { ScoredReferent } from "./pronouns.ts";
import type { DescriptionFeatures } from "./descriptions.ts";

/** A person a description may stand for, by name, with its score and features (see descriptions.ts). */
export interface ScoredDescription {
  name: string;
  score: number;
  features: DescriptionFeatures;
}

/**
 * How much each construction is to be believed. A citation in the quote's sentence outweighs
 * everything: whoever the verb's subject is, it relays the words of whoever it cites. The quote's
 * own sentence outweighs its
 * surroundings: a verb introducing the quote with a colon or comma most (the sentence may go on to
 * name who reported it: `he said, “…,” the office said`), and so a verb whose that-clause holds the
 * quote (`X said that it was “…”, the paper reported`), then a verb after the marks, an incise, the words
 * before the quote, a
 * verb further on; an impersonal subject last among them, since it only says who does not speak.
 * A headline repeating words a body sentence gives someone is that sentence's entry: it outweighs
 * the words before the heading's quote (`Kabinet wil …: „…“`), not the heading's own speech verb.
 * Among the surroundings, the same quote's other parts and the same words quoted elsewhere are
 * the surest; the person last mentioned is the weakest reading of all, below even words a
 * pull-quote or standfirst repeats from the body, whose speaker the body settled in context.
 */
export const WEIGHTS: Readonly<Record<StrategyId, number>> = {
  "cited-source": 1,
  "introducing-verb": 0.99,
  "reported-clause": 0.98,
  "after-quote": 0.97,
  "inside-quote": 0.95,
  "heading-repeat": 0.92,
  "before-quote": 0.9,
  "later-in-sentence": 0.85,
  "impersonal-subject": 0.8,
  "quote-chain": 0.75,
  "same-words": 0.7,
  "headline-subject": 0.65,
  "clause-subject": 0.62,
  "section-below": 0.6,
  "standfirst-speaker": 0.58,
  "named-next": 0.55,
  // Above the paragraph's other speaker: a sentence that quotes no one, between their quote and this one,
  // hands the floor to whom it reports speaking (`…, sagt sie. „…“`) or else to whom it is about.
  "sentence-before": 0.52,
  "paragraph-neighbour": 0.5,
  "paragraph-continues": 0.45,
  "pull-quote-repeat": 0.42,
  "recent-speaker": 0.4,
};

export type CandidateSource =
  /** Words of the sentence naming the speaker; null when they say nobody identifiable speaks. */
  | { mention: Mention | null }
  /** A speaker (registry entity, or null: nobody) another quote or the paragraph already settled. */
  | { speaker: number | null };

export type Candidate = CandidateSource & {
  strategy: StrategyId;
  score: number;
  /** The attributing words ("said", "selon"), for the quote's `cue`; null for context strategies. */
  cue: string | null;
  /** For a pronoun once resolved: the speakers it may stand for, scored (attribution/pronouns.ts). */
  referents?: readonly ScoredReferent<number>[];
  /** For a description placed by whom it stands for: whom it may mean, scored (descriptions.ts). */
  antecedents?: readonly ScoredDescription[];
};

export function candidate(
  strategy: StrategyId,
  source: CandidateSource,
  cue: string | null = null,
): Candidate {
  // Written out, not spread: made for every proposal of every quote, and a spread of either source's
  // shape takes the engine's slow path. The keys stay in the spread's order (explain prints them).
  const score = WEIGHTS[strategy];
  return "speaker" in source
    ? { speaker: source.speaker, strategy, score, cue }
    : { mention: source.mention, strategy, score, cue };
}

/** The strategies in the order of their weights, strongest first. */
export const strongestFirst = <S extends { id: StrategyId }>(strategies: readonly S[]): S[] =>
  [...strategies].sort((a, b) => WEIGHTS[b.id] - WEIGHTS[a.id]);

/** Strongest first. */
export const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;

/**
 * What the resolver made of one candidate: the speaker it names, or undefined when it names no one it can
 * find.
 */
export type SpeakerOf = (c: Candidate) => number | null | undefined;

/**
 * The strongest candidate that names a speaker (or says, with its weight, that nobody
 * identifiable speaks), with that speaker. A pronoun with no one before it to stand for names
 * no one, and the next candidate is heard.
 */
export function choose(
  candidates: readonly Candidate[],
  speakerOf: SpeakerOf,
): { chosen: Candidate; speaker: number | null } | null {
  for (const c of [...candidates].sort(byScore)) {
    const speaker = speakerOf(c);
    if (speaker !== undefined) return { chosen: c, speaker };
  }
  return null;
}

/**
 * `choose` over strategies asked in the order of their weights (see strongestFirst): a strategy's candidate
 * scores its weight, so the first that names a speaker wins and the weaker ones need not read the sentence.
 * With `heard`, every strategy is asked and its candidate kept there (for explain). So `propose` must
 * change nothing: explain asks strategies a normal run does not. What reading a candidate changes
 * belongs in `speakerOf`, which both runs call on the same candidates.
 */
export function chooseAsking<S extends { id: StrategyId }>(
  strategies: readonly S[],
  propose: (strategy: S) => Candidate | null,
  speakerOf: SpeakerOf,
  heard?: Candidate[],
): { chosen: Candidate; speaker: number | null } | null {
  let best: { chosen: Candidate; speaker: number | null } | null = null;
  for (const strategy of strategies) {
    if (best && !heard) break;
    const c = propose(strategy);
    if (!c) continue;
    heard?.push(c);
    if (best) continue;
    const speaker = speakerOf(c);
    if (speaker !== undefined) best = { chosen: c, speaker };
  }
  return best;
}
