// The role an article writes next to a person's name, wherever the sentence stands: an office
// before the name ("skipper Wade Bassi", "die stellvertretende Leiterin Özlem Gezer"), a title
// inside it ("Israeli Prime Minister Benjamin Netanyahu"), an apposition after it ("Sophie
// Binet, la secrétaire générale de la CGT", "Kurt Volker, former special envoy to Kyiv", past an
// age: "Antoine, 32 ans, chargé de cours") or before it ("the head teacher, Richard Osei").
// A role is only words that name an office or an occupation: "Paris, where it rained" is none.
import { isFunctionWord } from "../lang/lexicon.ts";
import type { LanguageRules } from "../lang/types.ts";
import type { NameRun } from "../attribution/names.ts";
import {
  conjunctionInBodyName,
  isDictionaryWord,
  listConjunctions,
  officeBeforeFullName,
  tokensText,
} from "../attribution/names.ts";
import { findTokenIn, isCapitalised, isWord, type Sentence, type Token } from "../attribution/tokens.ts";
import { isSpeechVerb } from "../attribution/speakerPhrases.ts";

/** How many words a role may run to: an apposition longer than this is a clause, not a role. */
const MAX_ROLE_WORDS = 14;
/**
 * How many words a description before the name's comma may run to: opened by a determiner and holding
 * no verb (see descriptionBefore), it may name a whole court or body, as a judge's role names hers
 * (`La jueza de Primera Instancia en lo Civil y Comercial de 5ª Nominación de Salta, Gabriela …`).
 */
const MAX_DESCRIPTION_BEFORE_WORDS = 20;
/** How many words may qualify an office written before a name ("Kaitaia conservation department ranger"). */
const MAX_QUALIFIERS = 4;
/** How many words an age in apposition takes ("63 Jahre alt", "32 ans", "43"). */
const MAX_AGE_WORDS = 3;

const isComma = (t: Token | undefined) => t?.kind === "punct" && t.text === ",";
const isDigit = (t: Token | undefined) => isWord(t) && /^\p{N}/u.test(t.text);

/**
 * A noun that names a person by office or occupation ("ranger", "secrétaire", "Leiterin", "glaciologue"),
 * or by what they collect or stand for (`el coleccionista`, `la peronista`: partisanNoun), which a
 * reporter calls them by again as by an office.
 */
const isOffice = (t: Token | undefined, rules: LanguageRules) =>
  isWord(t) &&
  (rules.titles.has(t.lower) ||
    rules.personNouns.has(t.lower) ||
    rules.specialistNoun.test(t.lower) ||
    (rules.partisanNoun.test(t.lower) && !rules.organisationNouns.has(t.lower)));

/** A word that ends a noun phrase: a verb, a clause's joint, a pronoun. */
function endsPhrase(s: Sentence, k: number): boolean {
  const { rules } = s;
  const lower = s.tokens[k]!.lower;
  return (
    rules.relativePronouns.has(lower) ||
    rules.phraseStops.has(lower) ||
    rules.auxiliaries.has(lower) ||
    rules.pronouns.has(lower) ||
    isSpeechVerb(s, k)
  );
}

/** The role written with the name run, within the sentence [start, end), or null. */
export function roleOfRun(s: Sentence, run: NameRun, start: number, end: number): string | null {
  const before = officeBefore(s, run, start);
  const title = [before, run.title].filter(Boolean).join(" ");
  return (
    title ||
    appositionAfter(s, run.end, end) ||
    // After an apposition, which says what the article goes on calling them ("el exalcalde de la
    // Diputación de Málaga Julián Moreno, acusado de …": "el acusado" later).
    officeOfBodyBefore(s, run, start) ||
    affiliationAfter(s, run.end, end) ||
    predicateAfter(s, run.end, end) ||
    officeAsAfter(s, run.end, end) ||
    // "O relator do projeto, Otto Ramos (PSD-BA),": the office before says more than the party.
    appositionBefore(s, run.titleStart, start) ||
    partyAfter(s, run.end, end)
  );
}

/**
 * `désigne Caroline Hubaux comme nouvelle bourgmestre`, "named Ann Roy as chief executive": the office a
 * verb of appointing gives the person, after "comme" or "as" (`asWords`) with no determiner. With one
 * (« comme son père », "as a child") the words compare the person to someone, or say when.
 */
function officeAsAfter(s: Sentence, nameEnd: number, end: number): string | null {
  const { tokens, rules } = s;
  const as = tokens[nameEnd];
  const first = tokens[nameEnd + 1];
  if (!isWord(as) || !rules.asWords.has(as.lower) || !isWord(first) || rules.determiners.has(first.lower))
    return null;
  return roleWords(s, nameEnd + 1, end);
}

/** At least two capitals in one word: initials ("SPD", "AfD", "LR"), not "Foto". */
const INITIALS = /^(?:\p{Lu}[^\p{Lu}]*){2,}$/u;

/**
 * "Anna Roth (SPD)", "Paul Brun (LR)": the party written in parentheses right after the name, in
 * its initials. An age ("(45)") or a photo's caption ("(Foto)") is none.
 */
function partyAfter(s: Sentence, nameEnd: number, end: number): string | null {
  const { tokens } = s;
  const open = tokens[nameEnd];
  const party = tokens[nameEnd + 1];
  const close = tokens[nameEnd + 2];
  if (open?.text !== "(" || !isWord(party) || close?.text !== ")" || nameEnd + 2 >= end) return null;
  return INITIALS.test(party.text) ? party.text : null;
}

/**
 * `Kämmerer Bernd Hoffmann`, `Winzerin Lena Schätzlein`: where every noun is capitalised, a noun
 * written right before a name (one the name runs left out as no name) is the person's office, though
 * the lexicon lists no such office: nothing else stands between a noun and a name in news writing.
 */
function nounBeforeName(s: Sentence, run: NameRun, head: number): boolean {
  const { tokens, rules } = s;
  const noun = tokens[head];
  // A full name: a noun before a lone name may name a place (`die Stadt Frankfurt`).
  const fullName = run.end - run.start >= 2;
  if (!rules.capitalisesNouns || !isWord(noun) || !isCapitalised(noun) || head !== run.start - 1 || !fullName)
    return false;
  // `Laut Jana Stoll`: a preposition may be spelt as a noun too.
  if (isFunctionWord(noun.lower, rules)) return false;
  return isDictionaryWord(noun, rules) || officeBeforeFullName(tokens, head, run.end, rules);
}

/**
 * An office in lower case just before the name ("skipper", "la maire"), with the words that
 * qualify it when nothing but a determiner, a capitalised word or the sentence's start stands
 * before them ("the conservation department ranger"; not "lawmakers met mayor"), and a word
 * qualifying it after it (see qualifierAfterOffice).
 */
function officeBefore(s: Sentence, run: NameRun, start: number): string {
  const { tokens, rules } = s;
  const end = run.titleStart - 1;
  const head = end - (qualifierAfterOffice(s, end) ? 1 : 0);
  // A capitalised office is one only where every noun is, or opening the sentence ("Economist Ann
  // Roy said").
  if (
    head < start ||
    !(isOffice(tokens[head], rules) || nounBeforeName(s, run, head)) ||
    (isCapitalised(tokens[head]) && !rules.capitalisesNouns && head > start)
  )
    return "";
  let from = head;
  while (
    from - 1 >= start &&
    head - from < MAX_QUALIFIERS &&
    isWord(tokens[from - 1]) &&
    !isCapitalised(tokens[from - 1]) &&
    !rules.determiners.has(tokens[from - 1]!.lower) &&
    !rules.prepositions.has(tokens[from - 1]!.lower) &&
    !endsPhrase(s, from - 1)
  )
    from--;
  // A capitalised word opening the sentence may be a verb's subject ("Villagers met mayor Ann Roy").
  // Where nouns are capitalised, a lower-case word before one is an adjective only after a
  // determiner ("die stellvertretende Leiterin"; not "informiert Dokumentar").
  const lead = tokens[from - 1];
  const opens =
    rules.determiners.has(lead?.lower ?? "") ||
    (!rules.capitalisesNouns &&
      (!isWord(lead) || (isCapitalised(lead) && (from - 1 > start || s.capitalisedWords.has(lead.lower)))));
  if (!opens) from = head;
  return tokensText(tokens, from, end + 1, s.source);
}

/**
 * What an office is against, in one word (`anticorrupción`, `antiterroriste`, `antidroga`): the same
 * prefix in every language the engine reads.
 */
const AGAINST_PREFIX = /^anti\p{L}{3}/u;

/**
 * "la saxophoniste américaine Lena Whitfield", "el escritor peruano Julio Ramos", "el fiscal
 * anticorrupción Álvaro Méndez": where adjectives follow nouns, a nationality or what the office is
 * against, in lower case, may stand between the office and the name, and so may the adjective that
 * makes the office another's epithet (`el presidente municipal Ana Ruiz`, the mayor: officeEpithets).
 * Not any adjective: read so, `o presidente eleito Jair Bolsonaro` took a role that `o comandante` (the
 * coach) was then linked to.
 */
function qualifierAfterOffice(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const word = tokens[k];
  return (
    rules.adjectivesFollowNouns &&
    isWord(word) &&
    !isCapitalised(word) &&
    (rules.demonyms.has(word.lower) ||
      AGAINST_PREFIX.test(word.lower) ||
      rules.officeEpithets.has(`${tokens[k - 1]?.lower} ${word.lower}`)) &&
    isOffice(tokens[k - 1], rules)
  );
}

/** How many words a body's name between an office and a person's name may run to. */
const MAX_BODY_WORDS = 8;

/**
 * "La jueza de la Corte Nacional de Justicia Gabriela Andrade Loor", "el fiscal del Ministerio Público
 * Juan Soto": an office written before the name with the body it sits in, whose capitalised name runs
 * straight into the person's. The name's words before it are the body's, joined to the office by a
 * preposition (and a determiner). Only where nouns are not capitalised: where they are, a capital
 * tells no body's name from any noun ("Präsidentin des Landgerichts"). The office itself must be one
 * the lexicon lists as an office (titles), not any person's noun.
 */
function officeOfBodyBefore(s: Sentence, run: NameRun, start: number): string {
  const { tokens, rules } = s;
  if (rules.capitalisesNouns) return "";
  // The body's name: capitalised words, with the lower-case particles between them ("de", "y"); a
  // district in brackets may close it (`Superintendent of Police (North) Vishal Naik`).
  let k = run.titleStart - 1;
  if (tokens[k]?.text === ")" && tokens[k - 2]?.text === "(" && isWord(tokens[k - 1])) k -= 3;
  const last = k;
  while (
    k >= start &&
    last - k < MAX_BODY_WORDS &&
    isWord(tokens[k]) &&
    (isCapitalised(tokens[k]) || (rules.nameParticles.has(tokens[k]!.lower) && isCapitalised(tokens[k - 1])))
  )
    k--;
  const bodyStart = k + 1;
  if (bodyStart > last || !isCapitalised(tokens[bodyStart])) return "";
  // A body's name holds a body's noun ("Corte", "Ministerio"), as for an affiliation after the name
  // (see affiliationAfter): a place's does not ("el exalcalde de Marbella Julián Moreno").
  if (!tokens.slice(bodyStart, last + 1).some((t) => rules.organisationNouns.has(t.lower))) return "";
  // "de la", "del", "of the": a preposition, perhaps a determiner, then the office.
  if (k >= start && rules.determiners.has(tokens[k]!.lower)) k--;
  if (k < start || !rules.prepositions.has(tokens[k]!.lower)) return "";
  const office = k - 1;
  // Capitalised, an office only opening the sentence or a clause after a lead-in's comma (`Commissioner
  // of Police Ann Lovell said`, `At the briefing, Commissioner of Police …`), as a subject opens.
  if (
    office < start ||
    !rules.titles.has(tokens[office]?.lower ?? "") ||
    (isCapitalised(tokens[office]) && office > start && tokens[office - 1]?.text !== ",")
  )
    return "";
  return tokensText(tokens, office, last + 1, s.source);
}

/** ", a top aide to the governor," after the name: an apposition that names an office. */
function appositionAfter(s: Sentence, nameEnd: number, end: number): string | null {
  const { tokens } = s;
  if (!isComma(tokens[nameEnd])) return null;
  let from = nameEnd + 1;
  // An age may come first: "Guy Roy, 71 ans, abonné".
  if (isDigit(tokens[from])) {
    let k = from + 1;
    while (k < end && k - from <= MAX_AGE_WORDS && isWord(tokens[k]) && !isCapitalised(tokens[k])) k++;
    if (!isComma(tokens[k])) return null;
    from = k + 1;
  }
  if (subjectOfSpeechVerb(s, from, end)) return null;
  return roleWords(s, from, end) ?? roleInRelative(s, from, end);
}

/**
 * `…in Alabama and Georgia, a spokesperson for the agency told CNN`, `…à Québec, le ministre a
 * promis`: a description whose phrase runs
 * straight into a speech verb is the subject of the reporting clause, not an apposition to the name
 * before its comma (an apposition is closed by punctuation: "Lou Dane, a Texas Republican, said").
 */
function subjectOfSpeechVerb(s: Sentence, from: number, end: number): boolean {
  let k = from;
  // A person's noun spelt as a speech verb's participle opens a description ("Ana Gil, acusada de …").
  if (isOffice(s.tokens[k], s.rules)) k++;
  while (k < end && k - from < MAX_ROLE_WORDS && isWord(s.tokens[k]) && !endsPhrase(s, k)) k++;
  if (k >= end || k - from >= MAX_ROLE_WORDS) return false;
  // Its verb may be compound: "…à Québec, le ministre des Transports a promis"; whatever the verb, a
  // perfect's auxiliary after the description makes it a clause's subject ("…sur Facebook, le prévenu a
  // fait profil bas").
  const auxiliary = s.rules.auxiliaries.has(s.tokens[k]!.lower) && k + 1 < end;
  const perfect = s.rules.perfectAuxiliaries.has(s.tokens[k]!.lower) && isWord(s.tokens[k + 1]);
  return isSpeechVerb(s, k) || (auxiliary && isSpeechVerb(s, k + 1)) || perfect;
}

/**
 * "Ann Lee is a nurse at the clinic", "Jeanne Roux est maire de la commune", "Jana Roth ist
 * Bürgermeisterin": the name, a copula, then a role opened by a determiner or by the office
 * itself. Anything else after the copula is a clause ("was arrested by a police officer").
 */
function predicateAfter(s: Sentence, nameEnd: number, end: number): string | null {
  const { tokens, rules } = s;
  if (!isWord(tokens[nameEnd]) || !rules.copulas.has(tokens[nameEnd]!.lower)) return null;
  const first = tokens[nameEnd + 1];
  if (!isWord(first) || !(rules.determiners.has(first.lower) || isOffice(first, rules))) return null;
  return roleWords(s, nameEnd + 1, end);
}

/**
 * "Ann Lee of the Green Party", "Paul Brun, du syndicat des cheminots", "Jan Vogt vom
 * Mieterverein": the body the person belongs to, joined by a preposition right after the name (or
 * its comma). It is a role only when it names a body by its noun: "Ann Lee of Leeds" is none. The
 * role runs to the last word of the body's name ("of the union | met the minister"). A setting's
 * noun before the body's says where the words were said, not whom the person belongs to: `Ténès au
 * micro de la télévision nationale` is no place on the broadcaster's staff.
 */
function affiliationAfter(s: Sentence, nameEnd: number, end: number): string | null {
  const { tokens, rules } = s;
  const at = isComma(tokens[nameEnd]) ? nameEnd + 1 : nameEnd;
  if (!isWord(tokens[at]) || !rules.affiliationPrepositions.has(tokens[at]!.lower)) return null;
  let body = -1;
  let last = -1;
  let named = false;
  let afterJoint = false;
  for (let k = at + 1; k < end && k - at <= MAX_ROLE_WORDS && isWord(tokens[k]) && !endsPhrase(s, k); k++) {
    const t = tokens[k]!;
    // Only "of", "de", "von" join a complement to the body; "in", "during" start another phrase.
    const joint = rules.determiners.has(t.lower) || rules.affiliationPrepositions.has(t.lower);
    if (body < 0 && rules.adverbialNouns.has(t.lower)) return null;
    if (rules.organisationNouns.has(t.lower)) body = last = k;
    // Before the noun: its adjectives ("the local union"), or a name that leads to it ("the
    // Green Party"); a lower-case word after a name is a verb ("of Leeds | met the union").
    else if (body < 0 && !isCapitalised(t) && !joint && named) return null;
    // After it: its name ("Gewerkschaft Verdi") or a complement ("syndicat des cheminots").
    else if (body >= 0 && (isCapitalised(t) || (!joint && afterJoint))) last = k;
    else if (body >= 0 && !joint) break;
    afterJoint = joint;
    named ||= isCapitalised(t);
  }
  return body >= 0 ? withoutDeterminer(s, at + 1, last + 1) : null;
}

/**
 * A relative clause after the name that gives the role: "who is a nurse" (a copula and the role),
 * "who works as a nurse at the clinic" (the role after "as"), or a clause whose verb holds an
 * office ("who heads the growers' association", "qui dirige la fédération", "der den Verband
 * leitet"), then the clause from its first word after the pronoun. Where nouns are capitalised
 * the pronoun is the determiner ("der", "die").
 */
function roleInRelative(s: Sentence, from: number, end: number): string | null {
  const { tokens, rules } = s;
  const pronoun = tokens[from];
  if (
    !isWord(pronoun) ||
    !(
      rules.relativePronouns.has(pronoun.lower) ||
      (rules.capitalisesNouns && rules.determiners.has(pronoun.lower))
    )
  )
    return null;
  // "who is a nurse at the clinic", "qui est infirmière à Lyon": a copula and the role.
  const predicate = predicateAfter(s, from + 1, end);
  if (predicate !== null) return predicate;
  let holdsOffice = false;
  // What the office is held in, or the office: a noun phrase, a name or an office noun ("heads the
  // union", "was elected mayor"; not "heads home").
  let namesBody = false;
  let k = from + 1;
  for (; k < end && isWord(tokens[k]); k++) {
    if (k - from > MAX_ROLE_WORDS) return null;
    const t = tokens[k]!;
    if (rules.asWords.has(t.lower)) return roleWords(s, k + 1, end);
    holdsOffice ||= rules.officeVerbs.has(t.lower);
    namesBody ||= rules.determiners.has(t.lower) || isCapitalised(t) || isOffice(t, rules);
  }
  // The clause must end where the apposition does: at punctuation, not in the quote's words.
  return holdsOffice && namesBody && k < end ? tokensText(tokens, from + 1, k, s.source) : null;
}

/** The words from `from` to the next punctuation, when they read as a role. */
function roleWords(s: Sentence, from: number, end: number): string | null {
  const { tokens, rules } = s;
  let k = from;
  let office = false;
  while (k < end && k - from < MAX_ROLE_WORDS && isWord(tokens[k])) {
    // "a fierce and uncompromising elder": a joint inside the description, before its noun. A
    // person's noun spelt as a speech verb's participle opens one ("Ana Gil, acusada de …").
    const personNounFirst = k === from && isOffice(tokens[k], rules);
    if ((endsPhrase(s, k) && !personNounFirst) || (office && rules.clauseJoins.has(tokens[k]!.lower))) break;
    if (office && rules.capitalisesNouns && !followsNoun(s, k)) return null;
    // "Álvaro Soto, el mayor de los tres,", "Léa Roux, l’aînée": an order of birth after the determiner
    // opening the apposition is the role that tells one of a family from the others (birthOrderWords).
    office ||=
      isOffice(tokens[k], rules) ||
      (k === from + 1 &&
        rules.determiners.has(tokens[from]!.lower) &&
        rules.birthOrderWords.has(tokens[k]!.lower));
    k++;
  }
  // Cut off by the limit mid-phrase: the role keeps one complement, the rest may run on into the
  // sentence ("aide to the governor | on Trump's July 25 call …").
  if (k - from === MAX_ROLE_WORDS && isWord(tokens[k])) k = withOneComplement(s, from, k);
  const first = tokens[from];
  // A list of names ("Ann Roy, Tom Lee and …") is no apposition; where nouns are capitalised, a
  // lower-case word opening one is an adjective before its noun, or a clause ("so heißt …").
  if (rules.capitalisesNouns && !rules.determiners.has(first?.lower ?? "") && !isOffice(first, rules)) {
    if (!isOffice(tokens[from + 1], rules)) return null;
  }
  const describes =
    isWord(first) &&
    (!isCapitalised(first) ||
      isOffice(first, rules) ||
      rules.determiners.has(first.lower) ||
      qualifiedOffice(s, from, k));
  return office && describes ? withoutDeterminer(s, from, k) : null;
}

/**
 * Where nouns are not capitalised, a name may qualify the office that follows it: "Tunisia country
 * director for Amnesty International", "Labour MP for Leeds", "Ann's husband". The office comes
 * within a few words, so a list of names ("Ann Roy, Tom Lee and …") is none.
 */
function qualifiedOffice(s: Sentence, from: number, to: number): boolean {
  const { tokens, rules } = s;
  if (rules.capitalisesNouns) return false;
  for (let k = from + 1; k < to && k - from <= MAX_QUALIFIERS; k++)
    if (isOffice(tokens[k], rules)) return true;
  return false;
}

/**
 * Where the role [from, to) ends with one complement to its office: at the second preposition
 * after the office ("aide to the governor | on the dispute"), or at `to`.
 */
function withOneComplement(s: Sentence, from: number, to: number): number {
  const { tokens, rules } = s;
  const office = findTokenIn(tokens, from, to, (t) => isOffice(t, rules));
  let prepositions = 0;
  for (let k = office + 1; office >= 0 && k < to; k++)
    if (rules.prepositions.has(tokens[k]!.lower) && ++prepositions === 2) return k;
  return to;
}

/**
 * Where nouns are capitalised, adjectives stand before the noun: after it come only a genitive, a
 * preposition's phrase or another noun ("Leiter des Ressorts"). A lower-case word there is a
 * verb, and the words a clause ("der Mann ballere häufiger").
 */
function followsNoun(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const t = tokens[k]!;
  return isCapitalised(t) || rules.determiners.has(t.lower) || rules.prepositions.has(t.lower) || isDigit(t);
}

/**
 * A description, then a comma, then the name: opened by a determiner ("the head teacher, Richard
 * Osei"), or by its office when it opens the sentence ("Longtime union organiser, Maria Lopez
 * said", "Aide-soignante au centre hospitalier, Samira Haddad", "Sprecher des Ministeriums, Jan
 * Weber, sagte").
 */
export function appositionBefore(s: Sentence, titleStart: number, start: number): string | null {
  const { tokens } = s;
  const comma = titleStart - 1;
  if (comma <= start || !isComma(tokens[comma])) return null;
  const roleEnd = beforeInitials(tokens, comma);
  let from = roleEnd;
  while (
    from - 1 >= start &&
    (isWord(tokens[from - 1]) || joinsLowerCaseWords(s, from - 1)) &&
    roleEnd - from < MAX_DESCRIPTION_BEFORE_WORDS
  )
    from--;
  return (
    descriptionBefore(s, from, roleEnd, start) ??
    (from === start ? officeOpening(s, start, roleEnd) : null) ??
    elidedOffice(s, from, roleEnd, start)
  );
}

/** How far back the office an elided one repeats may stand (`la alcaldesa de Cogolludo, Pilar Sanz, y`). */
const ELIDED_OFFICE_REACH = 12;

/**
 * `la alcaldesa de Cogolludo, Pilar Sanz, y la de Valverde, Elena Monje`: a determiner and a complement
 * after a list's conjunction (`y la de Valverde`) repeat, without it, the office the same determiner
 * opened before the conjunction: the role is that office with this complement.
 */
function elidedOffice(s: Sentence, first: number, comma: number, start: number): string | null {
  const { tokens, rules } = s;
  const [conjunction, determiner, preposition] = [tokens[first], tokens[first + 1], tokens[first + 2]];
  if (
    !isWord(conjunction) ||
    !listConjunctions(rules).has(conjunction.lower) ||
    !isWord(determiner) ||
    !rules.determiners.has(determiner.lower) ||
    !isWord(preposition) ||
    !rules.prepositions.has(preposition.lower) ||
    first + 3 >= comma
  )
    return null;
  for (let k = first - 1; k > start && first - k <= ELIDED_OFFICE_REACH; k--) {
    if (tokens[k - 1]!.lower !== determiner.lower || !isOffice(tokens[k], rules)) continue;
    return `${tokens[k]!.text} ${tokensText(tokens, first + 2, comma, s.source)}`;
  }
  return null;
}

/**
 * « de l’Enseignement primaire, secondaire et technique, »: a comma or a list's conjunction between two
 * lower-case words that are neither function words nor people's nouns, in a list that closes on a
 * comma, joins the qualifiers of one office's remit, and ends no phrase (`le maire et son adjoint` is
 * two people).
 */
function joinsLowerCaseWords(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const qualifier = (t: Token | undefined) =>
    isWord(t) && !isCapitalised(t) && !isFunctionWord(t.lower, rules) && !isOffice(t, rules);
  const joint = tokens[k];
  const conjunction = (t: Token | undefined) => isWord(t) && listConjunctions(rules).has(t.lower);
  // A list goes on after the word a comma brings (`primaire, secondaire et`) and closes on a comma
  // after the word the conjunction brings (`et technique,`): `a retired welder, sat beside` is none.
  const next = tokens[k + 2];
  const joins = isComma(joint) ? conjunction(next) || isComma(next) : conjunction(joint) && isComma(next);
  return joins && qualifier(tokens[k - 1]) && qualifier(tokens[k + 1]);
}

/**
 * « des Enseignements secondaire, technique et de la Formation professionnelle, »: a conjunction
 * followed by a preposition and a capitalised noun (perhaps after a determiner) opens a second
 * complement of the office's noun, never a second person or a clause.
 */
function secondComplement(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  if (!isWord(tokens[k]) || !listConjunctions(rules).has(tokens[k]!.lower)) return false;
  if (!isWord(tokens[k + 1]) || !rules.prepositions.has(tokens[k + 1]!.lower)) return false;
  const noun = rules.determiners.has(tokens[k + 2]?.lower ?? "") ? k + 3 : k + 2;
  return isCapitalised(tokens[noun]);
}

/** Two capitals in one word, the first anywhere: initials written in mixed case ("semFYC", "CoP"). */
const MIXED_INITIALS = /\p{Lu}.*\p{Lu}/u;

/**
 * « Le vice-président et député de la Somme, Paul Roy, », "El vicepresidente primero y diputado de
 * Desarrollo Rural, Emilio Fernández Ramos,": a conjunction right before an office, with no determiner
 * of its own, gives one person a second office; `el alcalde y el concejal` are two people.
 */
function joinsOffices(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  return (
    listConjunctions(rules).has(tokens[k]!.lower) && isWord(tokens[k - 1]) && isOffice(tokens[k + 1], rules)
  );
}

/**
 * "El presidente del Consejo Directivo Central (Codicen), Andrés Pereyra,": the body's initials in
 * parentheses close the office before its comma; the office ends before them (where they open). Some
 * bodies write theirs opening in lower case ("(semFYC)").
 */
function beforeInitials(tokens: readonly Token[], comma: number): number {
  const [open, initials, close] = [tokens[comma - 3], tokens[comma - 2], tokens[comma - 1]];
  const initialsWritten = isCapitalised(initials) || MIXED_INITIALS.test(initials?.text ?? "");
  const initialsInParentheses = open?.text === "(" && initialsWritten && close?.text === ")";
  return initialsInParentheses && isWord(initials) ? comma - 3 : comma;
}

/**
 * The words [from, comma) from a determiner on, when they describe an office: the first
 * determiner whose phrase runs to the comma without a verb or a clause's joint ("Mardi, la
 * maire, Ana Roy,"; "Il sindaco ha ricevuto il ministro della Salute, Carla Neri,").
 */
function descriptionBefore(s: Sentence, first: number, comma: number, start: number): string | null {
  const { tokens, rules } = s;
  for (let from = first; from < comma - 1; from++) {
    if (!rules.determiners.has(tokens[from]!.lower)) continue;
    const words = tokens.slice(from, comma);
    // An office's complement may take a preposition some lexicons also list as ending phrases ("o
    // líder da oposição no Senado", "A ministra": Portuguese "a", "no" are prepositions too), and
    // the body it names a conjunction ("la Sociedad de Medicina de Familia y Comunitaria"), and a
    // court's name a neuter article before the matters it hears, capitalised as a name's words are, and
    // joined as they are ("la jueza en lo Civil y Comercial"): the article is elsewhere an object
    // pronoun, and the conjunction between two capitals no person's joined to the office.
    const inCourtName = (k: number) =>
      (rules.neuterArticles.has(tokens[k]!.lower) && isCapitalised(tokens[k + 1])) ||
      (listConjunctions(rules).has(tokens[k]!.lower) &&
        isCapitalised(tokens[k - 1]) &&
        isCapitalised(tokens[k + 1]) &&
        rules.neuterArticles.has(tokens[k - 2]?.lower ?? ""));
    const clauseEnds = (k: number) =>
      k > from &&
      endsPhrase(s, k) &&
      !joinsLowerCaseWords(s, k) &&
      !secondComplement(s, k) &&
      !rules.prepositions.has(tokens[k]!.lower) &&
      !conjunctionInBodyName(s, k) &&
      !joinsOffices(s, k) &&
      !inCourtName(k);
    if (!words.some((t) => isOffice(t, rules)) || words.some((_, k) => clauseEnds(from + k))) continue;
    // After a preposition among the sentence's first two words, the words are its object, not
    // the person named next: "Interrogée par des enseignants, Inès Brahimi", "Selon la ministre,
    // Ana Roy"; "She met with the mayor, Tom Roy," names the mayor.
    const governed = from > first && from - 1 - start <= 1 && rules.prepositions.has(tokens[from - 1]!.lower);
    return governed ? null : withoutDeterminer(s, from, comma);
  }
  return null;
}

/**
 * The sentence's opening words [start, comma) when they are an office with no determiner: the
 * office first, or after words that qualify it ("Longtime union organiser"); then, if any, its
 * complement ("au centre hospitalier", "des Ministeriums"). A preposition or a determiner before
 * the office makes the words an adverbial ("Like many nurses", "After the mayor left").
 */
function officeOpening(s: Sentence, start: number, comma: number): string | null {
  const { tokens, rules } = s;
  let office = start;
  while (
    office < comma &&
    !isOffice(tokens[office], rules) &&
    (office === start || !isCapitalised(tokens[office])) &&
    !rules.determiners.has(tokens[office]!.lower) &&
    !rules.prepositions.has(tokens[office]!.lower)
  )
    office++;
  if (!isOffice(tokens[office], rules)) return null;
  for (let k = start; k < comma; k++) if (endsPhrase(s, k)) return null;
  return tokensText(tokens, start, comma, s.source);
}

/** The role as written, less a determiner opening it ("la secrétaire générale" → "secrétaire générale"). */
function withoutDeterminer(s: Sentence, from: number, to: number): string | null {
  const { tokens, rules } = s;
  const start = rules.determiners.has(tokens[from]?.lower ?? "") ? from + 1 : from;
  return start < to ? tokensText(tokens, start, to, s.source) : null;
}
