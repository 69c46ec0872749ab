// What the engine needs to know about one language. Adding a language means writing one of
// these (a lexicon and a few patterns), not touching the pipeline.

export interface LanguageRules {
  /** ISO 639-1 code: "en", "fr". */
  code: string;
  /** Every form of every speech verb ("said", "says", "saying", "a déclaré", "déclare"), lower case. */
  speechVerbs: ReadonlySet<string>;
  /** Phrases that attribute without a verb ("according to", "selon", "d'après"), lower case. */
  sourcePhrases: readonly string[];
  /** Personal pronouns that can stand for a speaker, with the grammatical gender they allow. */
  pronouns: ReadonlyMap<string, "m" | "f" | "any">;
  /** Titles before a name that are not part of it ("Mr", "M.", "Mme", "President"). */
  honorifics: ReadonlySet<string>;
  /** Articles and determiners that open a noun phrase ("the", "a", "le", "la", "un"). */
  determiners: ReadonlySet<string>;
}
