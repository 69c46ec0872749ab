// Chooses the person a pronoun speaker ("she said", "a-t-elle ajouté", "sagte er", "dijo ella")
// stands for, by scoring every recent person instead of taking the first that fits: a reader
// weighs who was speaking, how long ago each person was named, whether they were the subject
// of their sentence, and whether the pronoun's gender fits them. Every weight is in the one
// table below; `explain` shows each candidate's features and score.
import type { Gender } from "../lang/types.ts";

/**
 * What a reader knows of one person when a pronoun comes: the facts each weight below reads.
 */
export interface PronounFeatures {
  /** They spoke the last quote (or reported speech) before the pronoun. */
  lastSpeaker: boolean;
  /** They spoke earlier in the pronoun's own paragraph. */
  paragraphSpeaker: boolean;
  /** Sentences between their last mention and the pronoun's sentence (0: the same sentence). */
  sentencesBack: number;
  /**
   * At their last mention they were not the sentence's subject: a preposition governed them (`with
   * X`, `selon X`), or someone else's speech verb reported them (`X said Ms Y had …`).
   */
  notSubject: boolean;
  /** Their gender against the pronoun's: agrees, disagrees, or unknown (either side). */
  gender: "agrees" | "disagrees" | "unknown";
  /**
   * The sentence before introduced them, unnamed, as its subject, or the pronoun's own sentence did before
   * its quote (`A neighbour sees it differently: “…,” he said.`): they appear there first.
   */
  introducedBefore: boolean;
}

/**
 * How much each fact counts. Nearness and role count most: each sentence back costs 0.2, so the
 * person introduced as the subject of the sentence before keeps the pronoun (`dijo el juez Pablo
 * Roda. La fiscal Marta Gil discrepó. Aseguró que …`). Having spoken last, or earlier in the
 * paragraph, only breaks ties: together they weigh half a sentence, so they never override a nearer
 * person or a role, and a larger bonus gave pronouns back to someone quoted sentences up. The last
 * speaker still wins over a person named since behind a preposition (`“…,” Dupont said. The plan was
 * drawn up with Rey. “…,” he added.`), the one penalised fact of the subject; so does the person
 * whose speech the sentence before reports over anyone named in what they said, even with a title
 * that tells the gender (`Councillor X said she had asked … to meet Ms Rennie. “…,” she said.`). A
 * known gender that agrees beats one unknown by more than a sentence (a larger weight lost held-out
 * pages); one that disagrees is never chosen. A person the sentence before introduces as its subject, unnamed
 * (`A cashier, who …, packed her things. “…,” she said.`), is whom a reporter brings in to speak:
 * they count as much as an agreeing gender, which a noun of either gender cannot show. Kind and
 * number are not weighed but filtered where the candidates are gathered (mergeSpeakers.ts antecedent).
 *
 * How they were chosen: by hand, each moved one step either way on the composed sets 1–34 and the
 * result checked on 35–38, kept where no step gained on both. lastSpeaker 0.1 → 0.05, paragraphSpeaker
 * 0.05 → 0, notSubject −0.3 → −0.2 and perSentenceBack −0.2 → −0.25 change no quote; lastSpeaker 0
 * loses 9 quotes on 1–34, 0.15 loses 10 there and 2 on 35–38, genderAgrees 0.4 loses 15 and 3, and
 * 0.2 moves 5 quotes on 1–34 for no gain. Two features tried were left out: the subject as the
 * mention opening its sentence (+0.1 lost 1 on 1–34 and 1 on 35–38, 6 on 1–34 with whom the sentence
 * reports speaking: `L’élu a salué …, tandis que l’octogénaire confiait …` then « …, a-t-il ajouté »
 * means the later clause's subject), and people the mentions stage names nearby whom no quote met yet
 * (at −0.3 they change no quote, at −0.2 or −0.1 they took pronouns wrongly: most are places and
 * bodies read as people, or objects: `avec son fils Thomas`).
 */
export const PRONOUN_WEIGHTS = {
  lastSpeaker: 0.05,
  paragraphSpeaker: 0.05,
  perSentenceBack: -0.2,
  /** Distance counts up to this many sentences: further back every person is as far. */
  maxSentencesBack: 12,
  notSubject: -0.3,
  genderAgrees: 0.3,
  genderDisagrees: Number.NEGATIVE_INFINITY,
  introducedBefore: 0.3,
} as const;

/** The score of one person for a pronoun. */
export function pronounScore(f: PronounFeatures): number {
  const w = PRONOUN_WEIGHTS;
  if (f.gender === "disagrees") return w.genderDisagrees;
  return (
    (f.lastSpeaker ? w.lastSpeaker : 0) +
    (f.paragraphSpeaker ? w.paragraphSpeaker : 0) +
    w.perSentenceBack * Math.min(f.sentencesBack, w.maxSentencesBack) +
    (f.notSubject ? w.notSubject : 0) +
    (f.gender === "agrees" ? w.genderAgrees : 0) +
    (f.introducedBefore ? w.introducedBefore : 0)
  );
}

/**
 * How a person's gender and a pronoun's compare; a pronoun of either gender ("they", "su") agrees
 * with none.
 */
export function genderMatch(
  pronoun: Gender | undefined,
  person: Gender | undefined,
): PronounFeatures["gender"] {
  if (!pronoun || !person) return "unknown";
  return pronoun === person ? "agrees" : "disagrees";
}

/** One person a pronoun may stand for, scored. */
export interface ScoredReferent<T> {
  referent: T;
  features: PronounFeatures;
  score: number;
}

/**
 * The candidates scored, best first; among equal scores the most recent first (candidates come
 * most recent first). The best is the pronoun's referent, unless its gender rules it out.
 */
export function scoreReferents<T>(
  candidates: readonly { referent: T; features: PronounFeatures }[],
): ScoredReferent<T>[] {
  // Written out, not spread (a spread copies by the slow path): the candidates hold these two only.
  const scored = candidates.map(({ referent, features }) => ({
    referent,
    features,
    score: pronounScore(features),
  }));
  // Array.prototype.sort is stable: equal scores keep the candidates' order, most recent first.
  return scored.sort((a, b) => b.score - a.score);
}

/** The referent the scores choose: the best candidate that gender does not rule out. */
export function bestReferent<T>(scored: readonly ScoredReferent<T>[]): T | null {
  const best = scored[0];
  return best && best.score > Number.NEGATIVE_INFINITY ? best.referent : null;
}

/** The features of one candidate as `explain` writes them: "last speaker, 1 sentence back, gender agrees". */
export function describeFeatures(f: PronounFeatures): string {
  const facts = [
    f.lastSpeaker && "last speaker",
    f.paragraphSpeaker && "spoke in paragraph",
    `${f.sentencesBack} ${f.sentencesBack === 1 ? "sentence" : "sentences"} back`,
    f.notSubject && "not subject",
    f.gender !== "unknown" && `gender ${f.gender}`,
    f.introducedBefore && "introduced before",
  ];
  return facts.filter(Boolean).join(", ");
}
