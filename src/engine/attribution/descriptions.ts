// Chooses whom a definite description of a person stands for, when it names no one and no office
// an earlier rule could match ("raconte la dame de 67 ans", "a assuré l’ailier de 22 ans", "sagte
// der 45-Jährige", "said the IT consultant"): a reporter calls someone just named, or just described
// with an indefinite determiner ("ein Feuerwehrmann"), by what they are. Every person named or
// described in reach is a candidate, scored on what a reader weighs: how recently they were
// mentioned, whether their gender agrees, and whether the article already gave them the same noun
// or another office. Every weight is in the one table below; `explain` shows each candidate.
import type { Gender } from "../lang/types.ts";

/** What a reader knows of one candidate when the description comes. */
export interface DescriptionFeatures {
  /** How many other candidates were mentioned after it, before the description (0: the last). */
  mentionedSince: number;
  /** Their gender against the description's: agrees, disagrees, or unknown (either side). */
  gender: "agrees" | "disagrees" | "unknown";
  /**
   * The article wrote them an age the description's does not allow (`der 63-jährige Bäcker` is not
   * `Peter Vogt, 41,`): a reporter's age is the one written.
   */
  otherAge: boolean;
  /** The article already called them by the description's noun ("un pompier" … "le pompier"). */
  sameNoun: boolean;
  /**
   * The article described them without a name ("a retired nurse"): a reporter goes on describing such
   * a person ("the woman"), where a name may be a place's or a ship's the names stage took for a person.
   */
  unnamed: boolean;
  /**
   * The article gave them an office the description does not name ("le manager toulousain" is not
   * "l’ailier"): a reporter does not call one person by two offices.
   */
  otherOffice: boolean;
  /**
   * The description names a relation of kin (`sagt der Vater`) and the article gave them another
   * (`Sein Sohn Florian Rieder`): a family shares a surname, and its kinship nouns tell its members apart.
   */
  otherKin: boolean;
  /**
   * Described without a name as a preposition's complement (`bei einer Hautärztin`) or as the owner of
   * what the sentence is about (`a neighbor’s doorbell camera`): someone the sentence passes by, whom a
   * reporter does not go on describing.
   */
  governed: boolean;
  /**
   * The description gives an age (`die 68-Jährige`), which fits anyone: a reporter gives the age of
   * someone just named, so a name needs no other support.
   */
  byAge: boolean;
  /**
   * Named in full, a first name and a surname (`Toni Segarra`, `Valeria Hernández`): a person's name,
   * whose gender may be unknown only because no list holds every first name, or because the
   * description's noun tells none (`the coach`). Such a gender vetoes nothing; nearness and office decide.
   */
  namedInFull: boolean;
  /**
   * The description opens the article (headline, standfirst) and the body names them after it, where
   * the headline does not: only the same noun tells the head described them (`El alcalde de Soria`
   * for `el alcalde, Luis Mata`), not an age or a gender that fits whoever the body names first.
   */
  namedAheadOnly: boolean;
  /**
   * The description opens the article and names a part in what is reported, not an office (`témoigne
   * la victime`, `the defendant`: circumstanceNouns), and they are the one person the body's first
   * paragraph names, given no office: the only one it may mean, as the body goes on to tell what
   * befell them (`Yanis Bellamy, 23 ans, livreur, … a été pris à partie`), though it never writes the noun.
   */
  soleFitAhead: boolean;
  /**
   * The article is about them (its headline names them, or it names no one and they are named first),
   * it gave them no office, and the description is an office alone (`dijo la directora` after `la ópera
   * prima de Valeria Ponce Cabral`): a reporter calls the article's subject by what they do without
   * having written it, so the office is theirs, not another's.
   */
  subjectByOffice: boolean;
}

/**
 * How much each fact counts. Nearness first: each candidate mentioned since costs 0.2, as a
 * reporter's description follows the person it stands for. The same noun outweighs two candidates
 * in between; another office, another written age or a disagreeing gender rules a candidate out, and
 * so does a name with neither the same noun, an agreeing gender nor an age to go by (a ship's name, a
 * roleless name of anyone), unless it is a person's full name whose gender nothing tells (see
 * namedInFull). Someone described in passing, in a preposition's complement, counts less.
 */
export const DESCRIPTION_WEIGHTS = {
  perMentionedSince: -0.2,
  /** A name with neither the same noun nor an agreeing gender: nothing says the description is them. */
  unsupported: Number.NEGATIVE_INFINITY,
  genderAgrees: 0.1,
  /**
   * A full name whose gender nothing tells (namedInFull): worth less than a name as near whose gender
   * agrees, as a company's or a place's name read as a person's may be one too, but more than one a
   * mention further back: a first name no list holds (`Kevin Delcourt avait égalisé …`, then `a glissé
   * le milieu de terrain`) is no reason to pass over the person just named for someone named before.
   */
  genderUnknownInFull: -0.05,
  sameNoun: 0.5,
  otherOffice: Number.NEGATIVE_INFINITY,
  otherKin: Number.NEGATIVE_INFINITY,
  otherAge: Number.NEGATIVE_INFINITY,
  genderDisagrees: Number.NEGATIVE_INFINITY,
  /**
   * Passed by in a complement or a possessive: worth less than a name one mention further back whose
   * gender agrees.
   */
  governed: -0.4,
} as const;

export function descriptionScore(f: DescriptionFeatures): number {
  const w = DESCRIPTION_WEIGHTS;
  if (f.gender === "disagrees") return w.genderDisagrees;
  if (f.otherOffice) return w.otherOffice;
  if (f.otherKin) return w.otherKin;
  if (f.otherAge) return w.otherAge;
  const supported =
    f.sameNoun || f.unnamed || f.byAge || f.subjectByOffice || f.soleFitAhead || f.gender === "agrees";
  const inFullOnly = !supported && f.namedInFull && f.gender === "unknown";
  if (!supported && !inFullOnly) return w.unsupported;
  if (f.namedAheadOnly && !f.sameNoun && !f.soleFitAhead) return w.unsupported;
  return (
    w.perMentionedSince * f.mentionedSince +
    (inFullOnly ? w.genderUnknownInFull : 0) +
    (f.gender === "agrees" ? w.genderAgrees : 0) +
    (f.sameNoun ? w.sameNoun : 0) +
    (f.governed ? w.governed : 0)
  );
}

/** How a candidate's gender and the description's compare. */
export function descriptionGender(
  description: Gender | undefined,
  candidate: Gender | "mixed" | undefined,
): DescriptionFeatures["gender"] {
  if (!description || !candidate || candidate === "mixed") return "unknown";
  return description === candidate ? "agrees" : "disagrees";
}

/** One candidate, scored. */
export interface ScoredAntecedent<T> {
  antecedent: T;
  features: DescriptionFeatures;
  score: number;
}

/** The candidates scored, best first; among equal scores the most recent first (as given). */
export function scoreAntecedents<T>(
  candidates: readonly { antecedent: T; features: DescriptionFeatures }[],
): ScoredAntecedent<T>[] {
  const scored = candidates.map((c) => ({ ...c, score: descriptionScore(c.features) }));
  return scored.sort((a, b) => b.score - a.score);
}

/** The features of one candidate as `explain` writes them: "1 mentioned since, gender agrees". */
export function describeAntecedent(f: DescriptionFeatures): string {
  const facts = [
    `${f.mentionedSince} mentioned since`,
    f.gender !== "unknown" && `gender ${f.gender}`,
    f.sameNoun && "same noun",
    f.unnamed && "unnamed",
    f.otherOffice && "other office",
    f.otherKin && "other kin",
    f.otherAge && "other age",
    f.governed && "in passing",
    f.byAge && "by age",
    f.namedInFull && "named in full",
    f.namedAheadOnly && "named ahead only",
    f.soleFitAhead && "the one fit ahead",
    f.subjectByOffice && "article's subject, by office",
  ];
  return facts.filter(Boolean).join(", ");
}
