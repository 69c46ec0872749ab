// What an article says a named body is: the noun it writes before the name ("the news agency
// Reuters", "der US-Nachrichtensender CNN", "le quotidien Libération") or in apposition after it
// ("Reuters, the news agency,"). A speaker that is a body gets these as its roles, so that its
// kind of voice can be told from them ("agency" of a news agency is media, not "unknown").
import { isCapitalised, isWord, type Sentence, type Token } from "../attribution/tokens.ts";
import { particleOntoName, tokensText } from "../attribution/names.ts";
import { isPersonNoun } from "../lang/lexicon.ts";

/** How many words may qualify the body's noun between the determiner and the noun ("US news"). */
const MAX_QUALIFIERS = 3;

/** A body's name and the description written with it, in one sentence. */
export interface BodyDescription {
  name: string;
  description: string;
}

/** A body noun, or its plural in an "s" ("une des agences", "one of the unions"). */
const isBodyNoun = (s: Sentence, k: number) => {
  const t = s.tokens[k];
  if (!isWord(t)) return false;
  const nouns = s.rules.organisationNouns;
  return nouns.has(t.lower) || (t.lower.endsWith("s") && nouns.has(t.lower.slice(0, -1)));
};

/**
 * Where the capitalised name starting at k ends: its words may hold particles' capitals only, or a
 * particle written onto a capitalised word by a hyphen (`Beit el-Fenn`, see particleOntoName).
 */
function nameEnd(s: Sentence, k: number, end: number): number {
  let j = k;
  const nameWord = (t: Token | undefined) => isCapitalised(t) || (j > k && particleOntoName(t));
  while (j < end && isWord(s.tokens[j]) && nameWord(s.tokens[j]) && !isBodyNoun(s, j)) j++;
  return j;
}

/** Where a name ending at `to` ends with the particles and capitalised words after it (`del Cibao`). */
function particleNameEnd(s: Sentence, to: number, end: number): number {
  let j = to;
  while (j + 1 < end && s.rules.nameParticles.has(s.tokens[j]!.lower) && isCapitalised(s.tokens[j + 1])) {
    const next = nameEnd(s, j + 1, end);
    if (next === j + 1) break;
    j = next;
  }
  return j;
}

/**
 * Where the description whose noun is at `noun` starts, right after its determiner, or -1. A
 * description that opens the sentence needs none: "Aberdeen oilfield services firm Dyce Subsea has
 * announced" writes the body's kind before its name as a title, the way "Chief executive Jane Roe"
 * writes a person's.
 */
function descriptionStart(s: Sentence, noun: number, start: number): number {
  for (let d = noun - 1; d >= start - 1 && noun - d <= MAX_QUALIFIERS + 1; d--) {
    if (d === start - 1) return start;
    const t = s.tokens[d];
    if (!isWord(t)) return -1;
    if (s.rules.determiners.has(t.lower)) return d + 1;
    if (s.rules.prepositions.has(t.lower)) return -1;
  }
  return -1;
}

/** A nationality in lower case at `k` right after a body noun, where adjectives follow their noun. */
function nationalityAfterNoun(s: Sentence, k: number): boolean {
  const t = s.tokens[k];
  return (
    s.rules.adjectivesFollowNouns &&
    isWord(t) &&
    !isCapitalised(t) &&
    s.rules.demonyms.has(t.lower) &&
    isBodyNoun(s, k - 1)
  );
}

/**
 * Bodies described in the sentence [start, end): a body noun and then the name, or the name, a
 * comma and its description.
 */
export function bodyDescriptions(s: Sentence, start: number, end: number): BodyDescription[] {
  const { tokens, source } = s;
  const found: BodyDescription[] = [];
  for (let k = start + 1; k < end; k++) {
    // "the news agency Reuters": the noun, then the name; where adjectives follow their noun, perhaps
    // a nationality between (« la importadora japonesa Sakura Wine Trading »).
    const noun = isBodyNoun(s, k - 1) ? k - 1 : nationalityAfterNoun(s, k - 1) ? k - 2 : -1;
    if (noun >= 0 && isWord(tokens[k]) && isCapitalised(tokens[k]) && !isBodyNoun(s, k)) {
      const from = descriptionStart(s, noun, start);
      const to = nameEnd(s, k, end);
      const description = from >= 0 && to > k ? tokensText(tokens, from, k, source) : "";
      if (description) found.push({ name: tokensText(tokens, k, to, source), description });
      // "la empresa Cacao del Cibao": the name may run on through a particle, as the names stage reads
      // it; the name as far as the particle is kept too, where the names stage stopped there.
      const longer = description ? particleNameEnd(s, to, end) : to;
      if (longer > to) found.push({ name: tokensText(tokens, k, longer, source), description });
    }
    // "Reuters, the news agency,": the name, a comma, then a description ending on its noun.
    if (tokens[k]?.text === "," && isWord(tokens[k - 1]) && isCapitalised(tokens[k - 1])) {
      const description = appositionAfter(s, k + 1, end);
      let from = k - 1;
      while (from - 1 >= start && isWord(tokens[from - 1]) && isCapitalised(tokens[from - 1])) from--;
      if (description) found.push({ name: tokensText(tokens, from, k, source), description });
    }
  }
  return found;
}

/**
 * ", the news agency," after a name: a determiner, a few words, a body noun, then punctuation —
 * or the body it belongs to, a preposition opening it ("le CIRC, une des agences de
 * l’Organisation mondiale de la santé,"), which says whose the body is. Not a person's office at a
 * body (", an analyst at the bank,", ", une associée du fonds,"): the name is the person's.
 */
function appositionAfter(s: Sentence, from: number, end: number): string | null {
  const { tokens, rules, source } = s;
  if (!isWord(tokens[from]) || !rules.determiners.has(tokens[from]!.lower)) return null;
  for (let k = from + 1; k < end && k - from <= MAX_QUALIFIERS + 1; k++) {
    if (!isWord(tokens[k])) return null;
    const next = tokens[k + 1];
    if (isPersonNoun(tokens[k]!.lower, rules) && isWord(next) && rules.prepositions.has(next.lower))
      return null;
    if (!isBodyNoun(s, k)) continue;
    const to = isWord(tokens[k + 1]) ? complementEnd(s, k + 1, end) : k + 1;
    if (to > k) return tokensText(tokens, from + 1, to, source);
    // "Orbital Relay, the Colorado startup building data-relay satellites,": a modifier closed by the
    // apposition's comma says more of the body; its noun says what it is.
    return modifierClosed(s, k + 1, end) ? tokensText(tokens, from + 1, k + 1, source) : null;
  }
  return null;
}

/**
 * Whether the words from `from` run to the comma closing an apposition within MAX_COMPLEMENT
 * words, with no other punctuation than the hyphens inside words ("data-relay"); not a verb of
 * saying right after the noun ("Acme, the company said,": the reporter's incise).
 */
function modifierClosed(s: Sentence, from: number, end: number): boolean {
  const { tokens, rules } = s;
  if (!isWord(tokens[from]) || rules.speechVerbs.has(tokens[from]!.lower)) return false;
  for (let k = from + 1; k < end && k - from <= MAX_COMPLEMENT; k++) {
    if (tokens[k]!.text === ",") return true;
    if (!isWord(tokens[k]) && tokens[k]!.text !== "-") return false;
  }
  return false;
}

/** How many words the body a noun belongs to may take ("of the World Health Organization"). */
const MAX_COMPLEMENT = 8;

/**
 * Where the complement opening at `from` ends, at the punctuation closing the apposition: a
 * preposition and then words only. -1 when it is no such complement (the clause goes on).
 */
function complementEnd(s: Sentence, from: number, end: number): number {
  const { tokens, rules } = s;
  if (!rules.prepositions.has(tokens[from]!.lower)) return -1;
  for (let k = from + 1; k < end && k - from <= MAX_COMPLEMENT; k++)
    if (!isWord(tokens[k])) return tokens[k]!.text === "," ? k : -1;
  return -1;
}
