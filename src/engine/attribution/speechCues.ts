// The constructions that attribute one quote within its sentence, each read by one function (the
// strategies of strategies.ts weigh what they find):
//   1. right after the closing mark: `”, said X`, `”, X said`, `», a-t-il déclaré`, `», selon X`;
//   2. inside the marks, the French incise: `« …, affirme-t-elle. … »`;
//   3. before the opening mark in the same sentence: `X said: “`, `X estime que « `,
//      `selon X, « `, `pour X, « `, `X : « `;
//   4. further on in the sentence: `… “roughly balanced” between …, the Fed said`.
import {
  appositionKind,
  findTokenIn,
  isBodyAcronym,
  isCapitalised,
  isWord,
  opensReportedClause,
  opensSentence,
  sentenceOpening,
  sentenceWith,
  sourcePhraseWords,
  withoutApostrophe,
  type Token,
} from "./tokens.ts";
import {
  isFunctionWord,
  isPersonNoun as isPersonWord,
  MIDDLE_FIELD_SPAN,
  phrasesOpeningWith,
  QUOTED_VERB_WORDS,
  maySpeak,
  speechIdiomsOpeningWith,
  idiomEnd,
} from "../lang/lexicon.ts";
import {
  bodyGenitiveComplement,
  isDictionaryWord,
  listConjunctions,
  nameRuns,
  namesPersonBarPreposition,
  tokensText,
} from "./names.ts";
import {
  analysePhrase,
  describesPerson,
  firstPersonIn,
  namesTopic,
  knownNoun,
  mainSubject,
  phraseBeforeColon,
  subjectOfCopulaBeforeColon,
  unnamedSubjectBeforeColon,
  afterSetting,
  isNoun,
  isPronoun,
  governedInfinitive,
  isSpeechVerb,
  opensWithoutSubject,
  readBackward,
  readForward,
  invertedSubjectStart,
  joinsWords,
  opensCommaRelativeClause,
  opensRelativeClause,
  skipLeadIn,
  speechNounAuthor,
  subjectOpening,
  tellerOfWords,
  UNWRITTEN_SUBJECT,
  makeMention,
  type Mention,
  type Sentence,
} from "./speakerPhrases.ts";

export interface Cue {
  mention: Mention;
  /** The attributing words as written ("a déclaré", "according to"). */
  words: string;
}

interface VerbMatch {
  start: number;
  /** First token after the verb (after an idiom's last word). */
  end: number;
}

/** A speech verb or idiom starting at token i. */
function verbAt(s: Sentence, i: number): VerbMatch | null {
  const { tokens } = s;
  const t = tokens[i];
  if (!isWord(t) || (isCapitalised(t) && !opensWithoutSubject(s, i))) return null;
  if (!maySpeak(s.rules, t.lower)) return null;
  // Whether the word is a noun is asked only of a verb: most words are neither (isSpeechVerb asks it too).
  const idiom = idiomAt(s, i);
  if (idiom !== null) return isNoun(s, i) ? null : idiom;
  return isSpeechVerb(s, i) ? { start: i, end: i + 1 } : null;
}

/** A speech verb of several words opening at token i ("fait valoir", "mis en garde"), or null. */
function idiomAt(s: Sentence, i: number): VerbMatch | null {
  const { tokens, rules } = s;
  const idioms = speechIdiomsOpeningWith(rules, tokens[i]!.lower);
  if (idioms.length === 0) return null;
  // The lower-case words as far as an idiom's last part may stand: `liet in een reactie weten`.
  // Pushed, not mapped: idiomEnd is also handed split words, a packed array, and `map` in optimised code
  // makes a holey one; of one kind, idiomEnd's optimised code stays.
  const words: string[] = [];
  for (let k = i; k < Math.min(tokens.length, i + MIDDLE_FIELD_SPAN); k++) words.push(tokens[k]!.lower);
  for (const parts of idioms) {
    const last = idiomEnd(words, 0, parts, rules);
    if (last !== null) return { start: i, end: i + last + 1 };
  }
  return null;
}

/** A source phrase ("according to", "selon", "d'après") starting at token i: index after it. */
function sourcePhraseAt(s: Sentence, i: number, phrases = s.rules.sourcePhrases): number | null {
  const { tokens } = s;
  const first = tokens[i];
  if (!first) return null;
  for (const parts of phrasesOpeningWith(phrases, withoutApostrophe(first.lower), sourcePhraseWords)) {
    if (parts.every((p, k) => tokens[i + k] !== undefined && withoutApostrophe(tokens[i + k]!.lower) === p))
      return i + parts.length;
  }
  return null;
}

const cueText = (s: Sentence, from: number, to: number) => tokensText(s.tokens, from, to, s.source);

/**
 * The speaker named around a speech verb: inverted pronoun, then the subject before, then the phrase after.
 */
function speakerOfVerb(
  s: Sentence,
  verb: VerbMatch,
  start: number,
  end: number,
  preferAfter: boolean,
): Mention | null {
  const { tokens, rules } = s;
  const inverted = tokens[verb.end];
  if (inverted?.inverted) return readBackward(s, verb.end + 1, verb.end);
  const auxInverted = tokens[verb.start - 1];
  if (auxInverted?.inverted && isPronoun(auxInverted, rules))
    return readBackward(s, verb.start, verb.start - 1);
  if (rules.speechGerunds.has(tokens[verb.start]!.lower)) return null;
  // Adverbs may stand first too: `…, dazu äußerte sich Rheinmetall nicht`.
  let first = verb.start - 1;
  while (first >= start && rules.adverbs.has(tokens[first]!.lower)) first--;
  const afterClause =
    rules.verbSecond &&
    (first < start ||
      (tokens[first]!.text === "," && !closesAside(s, first, start)) ||
      frontedObject(s, first, start) ||
      frontedAdverb(s, first, start, verb) ||
      frontedComplement(s, first, start) ||
      frontedPrepositionalPhrase(s, first, start) ||
      subjectPronounAfter(s, verb))
      ? subjectAfterVerb(s, verb, end)
      : null;
  if (afterClause) return afterClause;
  const afterQue = subjectAfterComplementiser(s, verb, start, end);
  if (afterQue) return afterQue;
  const source = rules.verbSecond && impersonal(s, verb) ? sourceAfterImpersonal(s, verb, end) : null;
  if (source) return source;
  // `In einem Bericht der Polizei heißt es`: the idiom holds its own subject, so the phrase before it is
  // none (the phrases of a document and its author are read apart: see documentAuthor).
  if (rules.verbSecond && subjectInIdiom(s, verb)) return null;
  const closing = rules.verbSecond ? subjectOfClosingVerb(s, verb, start) : null;
  if (closing) return closing;
  // `Laut Handwerkskammer finden „…“ keinen Nachfolger`: a source phrase opening the clause before the
  // verb is no part of a subject; the source it names gives the account (see frontedPrepositionalPhrase).
  const fronted = rules.verbSecond && first >= start ? sourcePhraseAt(s, start) : null;
  if (fronted !== null && fronted <= first) return sourceNamed(s, fronted, verb.start);
  return preferAfter
    ? (readForward(s, verb.end, end) ?? readBackward(s, verb.start, start))
    : readBackward(s, verb.start, start);
}

/**
 * A verb closing its clause where the verb comes second: in a clause opened by `wie` (`asWords`) that
 * introduces a quote (only a colon or comma between), it is the subordinate clause's verb
 * and its subject follows the conjunction, whatever object stands before the verb (`…, wie er mit
 * einem Grinsen ankündigte: „…“`). Otherwise (`Italiens
 * Verkehrsminister hatte mit einer Klage vor dem Europäischen Gerichtshof gedroht.`) a participle
 * belongs to the perfect's auxiliary written second, and the subject stands before that auxiliary,
 * not just before the participle (where a preposition's object ends the clause). Null when the clause
 * opens on something else (`Zuletzt hatte er …`).
 */
function subjectOfClosingVerb(s: Sentence, verb: VerbMatch, start: number): Mention | null {
  const { tokens, rules } = s;
  if (isWord(tokens[verb.end])) return null;
  let clauseStart = verb.start;
  while (clauseStart > start && tokens[clauseStart - 1]!.kind !== "punct") clauseStart--;
  const introduces = tokens[verb.end + 1]?.kind === "quote";
  if (introduces && rules.asWords.has(tokens[clauseStart]!.lower) && clauseStart + 1 < verb.start)
    return readForward(s, clauseStart + 1, verb.start);
  // A perfect made with the copula too: `Die Behörde war in ihrem Bericht zum Schluss gekommen, …`.
  const auxiliary = tokens
    .slice(clauseStart, verb.start)
    .some(
      (t) =>
        t.kind === "word" &&
        (rules.perfectAuxiliaries.has(t.lower) || rules.copulas.has(t.lower)) &&
        !isCapitalised(t),
    );
  return auxiliary ? subjectBeforeSecondVerb(s, clauseStart, verb.start) : null;
}

/**
 * `C'est ce qu'a déclaré Paul Roy`, `ce que dit la ministre`: a verb right after `que` (past its one
 * auxiliary) has its subject after it, since the subject of a que-clause otherwise stands between. Not a
 * passive (`que había sido visto en …`), whose agent, if any, follows a preposition.
 */
function subjectAfterComplementiser(
  s: Sentence,
  verb: VerbMatch,
  start: number,
  end: number,
): Mention | null {
  const { tokens, rules } = s;
  const aux = tokens[verb.start - 1];
  // Nor a reflexive (`al tiempo que se negó el asilo`), whose subject may be what is denied.
  const passive = isWord(aux) && (rules.passiveMarkers.has(aux.lower) || rules.clitics.has(aux.lower));
  const k = isWord(aux) && rules.auxiliaries.has(aux.lower) ? verb.start - 2 : verb.start - 1;
  const que = tokens[k];
  if (passive) return null;
  const word = que?.lower.replace(/['’]$/u, "") ?? "";
  // Where `que` is also the relative pronoun (`Manuel Ortega, que afirmó que …`), the verb's subject is
  // its antecedent. So after a preposition and a gendered article (`una nota en la que pide a los fieles
  // vivir la Navidad «…»`): the clause tells what the document says, and its sender says it (see
  // readBackward); the neuter `lo que dijo el ministro` is a free relative, its subject after the verb.
  const article = tokens[k - 1];
  const relative =
    rules.relativePronouns.has(word) ||
    article?.text === "," ||
    (isWord(article) &&
      rules.definiteDeterminers.get(article.lower) !== undefined &&
      rules.prepositions.has(tokens[k - 2]?.lower ?? ""));
  if (k < start || !isWord(que) || !rules.complementisers.has(word) || relative) return null;
  const mention = readForward(s, verb.end, end);
  return mention?.type === "pronoun" ? null : mention;
}

/**
 * `„…“ Das sagte Minister X.`, `„…” Dat zegt burgemeester X.`: a demonstrative alone before the verb,
 * opening the clause, stands for the words quoted; in verb-second order the subject follows the verb.
 */
function frontedObject(s: Sentence, first: number, start: number): boolean {
  const word = s.tokens[first];
  return (
    first === start &&
    isWord(word) &&
    s.rules.speakerlessPronouns.has(word.lower) &&
    s.rules.determiners.has(word.lower)
  );
}

/**
 * `Die Täter nennt er „Profis mit Einkaufsliste“`: a pronoun only a subject takes (`subjectPronouns`)
 * right after the verb is its subject, so what stands before the verb is a fronted object, though its
 * determiner may be a subject's too.
 */
function subjectPronounAfter(s: Sentence, verb: VerbMatch): boolean {
  const after = s.tokens[verb.end];
  return isWord(after) && s.rules.subjectPronouns.has(after.lower);
}

// How many words a fronted complement may hold: `Als wichtigste Gründe`.
const FRONTED_COMPLEMENT_WORDS = 4;

/**
 * `Als Gründe nannte er …`, `Als Vorbild nannte sie ihre Mutter`: a complement opening on `als`
 * (`complementOf`) stands first, before the verb; in verb-second order the subject follows the verb.
 * So does an object opening on a determiner no subject takes (`Den Schaden schätzt der Juwelier auf
 * „…“`, see objectDeterminers).
 */
function frontedComplement(s: Sentence, first: number, start: number): boolean {
  const { tokens, rules } = s;
  const opening = tokens[start]?.lower ?? "";
  return (
    (rules.complementOf.has(opening) || rules.objectDeterminers.has(opening)) &&
    first > start &&
    first - start <= FRONTED_COMPLEMENT_WORDS &&
    tokens.slice(start, first + 1).every(isWord)
  );
}

/**
 * `An den Angeklagten gewandt sagte er: „…“`, `Vor Gericht sagte der Mann`: a phrase a preposition
 * opens stands first, before the verb; a preposition's object is never the subject, which in
 * verb-second order follows the verb. The object opens on a determiner or a noun right after the
 * preposition (`Darin räumt er ein` opens on a pronominal adverb, its verb next). Not a source's
 * preposition (`Laut Anklage versprach der Mann …`: the source gives the account), nor a name opening
 * on a particle (`Von der Leyen sagte`). The phrase holds at most `reach` words, and so does each
 * complement a preposition inside it opens (`In einem offenen Brief an die Behörde schreiben Eltern`:
 * the letter's addressee is the letter's complement, the phrase still one, standing first).
 */
function frontedPrepositionalPhrase(
  s: Sentence,
  first: number,
  start: number,
  reach = FRONTED_COMPLEMENT_WORDS,
): boolean {
  const { tokens, rules } = s;
  const object = tokens[start + 1];
  const opening = tokens[start]?.lower ?? "";
  // A name joined by a slash counts as its first word (`Für die Fraktion BVB/Freie Wähler kritisierte`).
  let joined = 0;
  let longest = 0;
  let from = start;
  for (let k = start + 1; k <= first; k++) {
    if (k > from + 1 && rules.prepositions.has(tokens[k]!.lower)) [from, joined] = [k, 0];
    if (k < first && joinsWords(s, k)) joined += 2;
    longest = Math.max(longest, k - from - joined);
  }
  return (
    rules.prepositions.has(opening) &&
    sourcePhraseAt(s, start) === null &&
    isWord(object) &&
    (rules.determiners.has(object.lower) || isCapitalised(object)) &&
    first > start &&
    longest <= reach &&
    tokens.slice(start, first + 1).every((t, k) => isWord(t) || joinsWords(s, start + k)) &&
    !nameRuns(s, start, first + 1).some((r) => r.titleStart === start)
  );
}

/**
 * `Zugleich räumte er Fehler ein: „…“`: in verb-second order a subject pronoun right after the verb is
 * its subject, so the one word opening the sentence before the verb is not, when the article never
 * writes that word capitalised inside a sentence (not a name) and it is no noun: an adverb the lexicon
 * does not list.
 */
function frontedAdverb(s: Sentence, first: number, start: number, verb: VerbMatch): boolean {
  const word = s.tokens[first];
  return (
    first === start &&
    isWord(word) &&
    isPronoun(s.tokens[verb.end], s.rules) &&
    !s.capitalisedWords.has(word.lower) &&
    !isDictionaryWord(word, s.rules)
  );
}

/**
 * The verb's own subject is impersonal: the last word of `hieß es`, or right after the verb (`zegt men`), or
 * the verb takes none (`verlautete`).
 */
function impersonal(s: Sentence, verb: VerbMatch): boolean {
  const { tokens, rules } = s;
  if (rules.subjectlessVerbs.has(tokens[verb.start]!.lower)) return true;
  // "das" is a pronoun in `sagte das` but an article in `teilte das Präsidialamt mit`.
  const article = (k: number) =>
    rules.determiners.has(tokens[k]!.lower) && isWord(tokens[k + 1]) && isCapitalised(tokens[k + 1]!);
  return [verb.end - 1, verb.end].some(
    (k) => isWord(tokens[k]) && rules.speakerlessPronouns.has(tokens[k]!.lower) && !article(k),
  );
}

/** `heißt es`, `hieß es`: a speech idiom that ends on its impersonal subject. */
function subjectInIdiom(s: Sentence, verb: VerbMatch): boolean {
  const pronoun = s.tokens[verb.end - 1];
  return verb.end - verb.start > 1 && isWord(pronoun) && s.rules.speakerlessPronouns.has(pronoun.lower);
}

// How far back the comma opening an aside is looked for.
const ASIDE_REACH = 20;
// How many words an age set off by commas takes: `38`, `45 Jahre alt`.
const AGE_ASIDE_WORDS = 3;

// How many words a fronted phrase may hold before a relative clause on it: the clause's comma closes
// it, so it may run longer than one the verb follows (`In einer Mitteilung an die Belegschaft, die …,`).
const FRONTED_ANTECEDENT_WORDS = 8;

/**
 * The comma at `comma` ends an aside after the subject, not a fronted clause: an apposition (`Der
 * Vorsitzende der Grünen, Omid Peters, kritisierte …`), which ends on a capitalised noun or name where
 * a fronted clause ends on its verb or a quote, or a relative clause (`Die Ministerin, die nach der
 * Sitzung sprach, sagte …`, `Eine Mutter, deren Sohn hier lernt, kritisierte …`), opened by a relative
 * pronoun or possessive after a comma, or an age (`Anna Keller, 38, fand …`, `…, 45 Jahre alt, …`). The
 * subject then stands
 * before the verb, and the phrase after it is an object. Not a relative clause on a phrase a
 * preposition opens (`In einer Mitteilung an die Belegschaft, die der Zeitung vorliegt, schreibt die
 * Geschäftsführung`): that phrase is fronted (frontedPrepositionalPhrase), its clause with it, and the
 * subject follows the verb.
 */
function closesAside(s: Sentence, comma: number, start: number): boolean {
  const { tokens, rules } = s;
  const last = tokens[comma - 1];
  if (isWord(last) && isCapitalised(last) && !opensSentence(tokens, comma - 1)) return true;
  let c = comma - 1;
  // A quote inside the clause is one of its words (`Die Studie, die im Fachjournal „Nature“ erscheint,`);
  // one right before the comma ends a fronted clause.
  while (
    c > 0 &&
    comma - c < ASIDE_REACH &&
    tokens[c]!.text !== "," &&
    (tokens[c]!.kind !== "quote" || (c < comma - 1 && isWord(tokens[c - 1])))
  )
    c--;
  const opener = tokens[c + 1];
  return (
    tokens[c]?.text === "," &&
    isWord(tokens[c - 1]) &&
    isWord(opener) &&
    (rules.relativePronouns.has(opener.lower) ||
      rules.relativePossessives.has(opener.lower) ||
      rules.determiners.has(opener.lower) ||
      (/^\p{N}+$/u.test(opener.text) && comma - c <= AGE_ASIDE_WORDS + 1)) &&
    !frontedPrepositionalPhrase(s, c - 1, start, FRONTED_ANTECEDENT_WORDS)
  );
}

/**
 * In verb-second languages a verb right after a comma opens the main clause after a fronted
 * one, so its subject follows: `…, dass es Anzeichen gebe, teilte das Amt mit`. An apposition
 * also ends in a comma (`Lindner, Sprecher der Grünen, nennt den Vorfall`): there the phrase after
 * the verb is an object, which its first word (`den`, `dem`, a preposition) gives away.
 */
function subjectAfterVerb(s: Sentence, verb: VerbMatch, end: number): Mention | null {
  if (impersonal(s, verb)) return null;
  let from = verb.end;
  while (from < end && s.rules.clitics.has(s.tokens[from]!.lower)) from++;
  const mention = readForward(s, from, end);
  const first = (mention?.text.split(/\s/u)[0] ?? "").toLowerCase();
  return mention && !s.rules.phraseStops.has(first) && !s.rules.prepositions.has(first) ? mention : null;
}

const PUNCT_AFTER_QUOTE = /^[,—–-]$/u;

/** 1. Attribution touching the closing mark. */
export function cueAfter(s: Sentence, q: number, end: number): Cue | null {
  const { tokens, rules } = s;
  if (tokens[q + 1]?.text === ":") return presentedAfterColon(s, q, end);
  let k = q + 1;
  while (k < end && tokens[k]!.kind === "punct" && PUNCT_AFTER_QUOTE.test(tokens[k]!.text) && k - q <= 2) k++;
  if (k >= end || tokens[k]!.kind === "quote") return null;
  const afterSource = sourcePhraseAt(s, k) ?? sourcePhraseAt(s, k, rules.trailingSourcePhrases);
  if (afterSource !== null) {
    const mention =
      ownerOfSpeechNoun(s, afterSource) ??
      tellerOfWords(s, afterSource, end) ??
      readForward(s, afterSource, sourceEnd(s, afterSource, end));
    return mention && { mention, words: cueText(s, k, afterSource) };
  }
  const signature = signedAfterDash(s, q, k, end);
  if (signature) return signature;
  // "described as “reckless” by the agency", "qualifié de « … » par le ministre".
  if (rules.passiveAgents.has(tokens[k]!.lower) && hasVerbBefore(s, q)) {
    const mention = readForward(s, k + 1, sourceEnd(s, k + 1, end));
    return mention && { mention, words: tokens[k]!.text };
  }
  const perfect = perfectIncise(s, k, end);
  if (perfect) return perfect;
  const incise = verbNotListed(s, q, k) ? inciseAfter(s, k, end) : null;
  if (incise) return incise;
  // "as the agency reported", "comme le rappelait l'ONU"
  const subordinate = rules.asWords.has(tokens[k]!.lower);
  if (subordinate) k++;
  // `„…“ Das sagte Minister X.`: the demonstrative stands for the quote, the verb follows it.
  else if (rules.verbSecond && frontedObject(s, k, k) && verbAt(s, k + 1)) k++;
  // The verb may come first ("said X", "a déclaré X", "a-t-il déclaré") or after its subject,
  // appositions included ("X, the U.S. attorney, said"); another clause ends the search.
  // Only a quote closing on a comma is an incise's; one closing its sentence leaves what follows to a
  // sentence of its own (`« … fois. » Une autre jurée, qui soutenait …, regrette`).
  const closesOnComma = tokens[q]!.inner?.at(-1)?.text === ",";
  let appositionOpen = false;
  for (let m = k; m < end && m - k < 25; m++) {
    const t = tokens[m]!;
    if (t.kind === "quote" || (t.kind === "punct" && t.text !== "," && t.text !== "(" && t.text !== ")"))
      break;
    // A comma after the subject's first words opens its apposition.
    if (t.text === "," && m > k && closesOnComma) appositionOpen = true;
    if (t.kind !== "word") continue;
    // `", X, a maritime archaeologist who led the survey, told Live Science`: a relative clause inside
    // the subject's apposition runs to the comma closing it; the verb after that is the subject's.
    if (rules.relativePronouns.has(t.lower) && appositionOpen) {
      let close = m + 1;
      while (close < end && tokens[close]!.text !== "," && tokens[close]!.kind !== "quote") close++;
      if (tokens[close]?.text !== "," || close >= end) break;
      m = close;
      continue;
    }
    if (
      rules.clauseJoins.has(t.lower) ||
      rules.relativePronouns.has(t.lower) ||
      rules.phraseStops.has(t.lower)
    )
      break;
    const verb = verbAt(s, m);
    if (!verb) continue;
    if (rules.speechGerunds.has(t.lower)) break;
    // `», a tenu à préciser la maire`: the verb governing an infinitive stands where the verb would.
    const inverted =
      m === k ||
      tokens
        .slice(k, governedInfinitive(s, m) ?? m)
        .every((x) => rules.auxiliaries.has(x.lower) || x.inverted || rules.adverbs.has(x.lower));
    // Where the verb comes second, a quote in first place puts the verb right after it (`„…“, sagte
    // X`); a subject before the verb opens the next main clause (`„…“ Y sprach von …`), not an incise.
    if (rules.verbSecond && !inverted && !subordinate) return null;
    // `», la seconde n’a pas souhaité s’exprimer`: a subject and its negated verb say what someone kept
    // back, in a clause of their own.
    if (!inverted && tokens.slice(k, verb.start).some((x) => rules.negations.has(x.lower))) return null;
    const mention =
      speakerOfVerb(s, verb, k, end, inverted) ?? subjectOfSentenceBefore(s, q, verb, end, inverted);
    return mention && { mention, words: cueText(s, verb.start, verb.end) };
  }
  return null;
}

// How many tokens a perfect's incise may run to, from its auxiliary to the participle: `hatte der
// Vorsitzende Richter am ersten Verhandlungstag angekündigt`.
const PERFECT_INCISE_SPAN = 12;

/**
 * `„…“, hatte Eberle zum Auftakt angekündigt`, `„…“, hat die Ministerin im Mai gesagt`: in verb-second
 * order a perfect's auxiliary right after the quote opens the incise, its subject follows it, and the
 * speech verb's participle closes the clause, past where and when it was said.
 */
function perfectIncise(s: Sentence, k: number, end: number): Cue | null {
  const { tokens, rules } = s;
  if (!rules.verbSecond || !rules.perfectAuxiliaries.has(tokens[k]?.lower ?? "")) return null;
  for (let v = k + 2; v < end && v - k <= PERFECT_INCISE_SPAN && isWord(tokens[v]); v++) {
    const verb = verbAt(s, v);
    if (!verb) continue;
    // The participle closes the clause: a word after it makes it another verb's complement.
    if (isWord(tokens[verb.end])) return null;
    const mention = readForward(s, k + 1, v);
    return mention && { mention, words: cueText(s, k, verb.end) };
  }
  return null;
}

/**
 * `Ángeles, de 81 años, lo vive con resignación. «…», cuenta.`, `Un comerciante … es más escéptico.
 * «…», explica.`: where the subject may be left out, a quote opening its sentence and a speech verb
 * right after it with no subject written after it are said by the subject of the sentence before, in
 * the same block, the person or body the reader has just been shown.
 */
function subjectOfSentenceBefore(s: Sentence, q: number, verb: VerbMatch, end: number, inverted: boolean) {
  const { tokens, rules } = s;
  const next = tokens[verb.end];
  // Nothing after the verb but a complement or another clause (`cuenta mientras espera`), or a
  // participle saying how the subject spoke (`resumió emocionada`): no subject of its own.
  const bare =
    verb.end >= end ||
    !isWord(next) ||
    rules.prepositions.has(next.lower) ||
    rules.clauseJoins.has(next.lower) ||
    (!isCapitalised(next) && rules.pastParticipleEnding.test(next.lower));
  if (!rules.nullSubject || !inverted || !bare) return null;
  const ends = (k: number) => tokens[k]?.kind === "punct" && /^[.!?]$/u.test(tokens[k]!.text);
  if (q === 0 || !ends(q - 1)) return null;
  let from = q - 1;
  while (from > 0 && !ends(from - 1) && tokens[from - 1]!.kind !== "quote") from--;
  if (from > 0 && !ends(from - 1)) return null;
  const subject = mainSubject(s, from, q - 1);
  if (subject?.type === "pronoun") return null;
  return personNamedByCopula(s, from, q - 1) ?? subject ?? personIntroduced(s, from, q - 1);
}

/**
 * `Entre ellas está la de Lucía Moreno, madre de dos niños.`, `La noticia llegó a la familia de Lucía
 * Moreno, que …`: a sentence whose subject names no one may still bring a person in, after a
 * preposition, whom what the reporter sets after the name shows to be someone (`llegó a Lucena del
 * Puerto` names a place; `la escuela Coral Way` a school). The first so introduced: whoever the
 * sentence names after them stands in what it says of them (`la de Marisol Hernández, cuyo hijo Kevin,
 * de 19 años, desapareció`). Null when there is none.
 */
function personIntroduced(s: Sentence, from: number, end: number): Mention | null {
  const runs = nameRuns(s, from, end);
  const run = runs.find((r) => namesPersonBarPreposition(r) && describesPerson(s, r));
  // A name opening the sentence, past its determiner, is its subject, though no verb was found to end
  // it (`A Prefeitura de Campinas comunicou … à família de X`): what it said is its own.
  if (!run || (runs[0] !== run && runs[0]!.titleStart <= from + 1)) return null;
  const mention = analysePhrase(s, run.titleStart, run.end);
  return mention?.type === "name" && mention.kind === "person" ? mention : null;
}

/**
 * `El MVP de la final fue el base Nico Laprovittola, autor de 24 puntos.`: a subject described, then
 * a copula and a person named after it, who is the one the description means. The person, when a
 * copula (`copulas`) comes before any speech verb or stop and a name follows it; else null.
 */
function personNamedByCopula(s: Sentence, from: number, end: number): Mention | null {
  const { tokens, rules } = s;
  const copula = tokens.findIndex(
    (t, k) =>
      k > from &&
      k < end &&
      ((t.kind !== "word" && t.text !== ",") || verbAt(s, k) !== null || rules.copulas.has(t.lower)),
  );
  if (copula < 0 || !rules.copulas.has(tokens[copula]!.lower)) return null;
  const predicate = readForward(s, copula + 1, end);
  return predicate?.type === "name" && predicate.kind === "person" ? predicate : null;
}

/**
 * `« Je suis si fière » : Laura Smet émue par sa fille`, `« On ne lâchera rien » : le message de Paul Roy`:
 * a quote opening the sentence, then a colon and the person it presents, by name or as the author of the
 * words, the way headlines and leads put the quote first.
 */
function presentedAfterColon(s: Sentence, q: number, end: number): Cue | null {
  const { tokens } = s;
  const opensSentence = q === 0 || /^[.!?]$/u.test(tokens[q - 1]!.text);
  if (!opensSentence) return null;
  const from = q + 2;
  const author = speechNounAuthor(s, from, end) ?? interviewee(s, from, end);
  if (author) return { mention: author, words: ":" };
  let last = from;
  while (last < end && isWord(tokens[last]) && (isCapitalised(tokens[last]) || isNameParticle(s, last)))
    last++;
  const mention = last > from ? analysePhrase(s, from, last) : null;
  return mention?.type === "name" && mention.kind === "person" && mention.name.includes(" ")
    ? { mention, words: ":" }
    : null;
}

// How many lower-case words (a determiner, an occupation) may stand between an interview phrase
// and the name: `an interview with the climate scientist Ada Lind`.
const INTERVIEWEE_LEAD = 3;

/**
 * `“…”: A conversation with the glaciologist Ingrid Solberg`: the person an interview phrase
 * (`interviewPhrases`) presents, past a few lower-case words, by a full name.
 */
function interviewee(s: Sentence, from: number, end: number): Mention | null {
  const { tokens } = s;
  const after = sourcePhraseAt(s, from, s.rules.interviewPhrases);
  if (after === null) return null;
  let start = after;
  while (
    start < end &&
    start - after < INTERVIEWEE_LEAD &&
    isWord(tokens[start]) &&
    !isCapitalised(tokens[start])
  )
    start++;
  let last = start;
  while (last < end && isWord(tokens[last]) && (isCapitalised(tokens[last]) || isNameParticle(s, last)))
    last++;
  const mention = last > start ? analysePhrase(s, start, last) : null;
  return mention?.type === "name" && mention.kind === "person" && mention.name.includes(" ") ? mention : null;
}

/** A particle inside a name, between two capitalised words: `Marine Le Pen`, `Charles de Gaulle`. */
const isNameParticle = (s: Sentence, k: number) =>
  s.rules.nameParticles.has(s.tokens[k]!.lower) && isCapitalised(s.tokens[k + 1]);

/**
 * `„…“, so ihre Einschätzung`, `„…“, so seine Worte`: a possessive and a speech noun at token i, closing
 * the sentence; the owner the possessive stands for speaks.
 */
function ownerOfSpeechNoun(s: Sentence, i: number): Mention | null {
  const { tokens, rules } = s;
  const owner = rules.possessiveDeterminers.get(tokens[i]?.lower ?? "");
  const noun = tokens[i + 1];
  const closes = tokens[i + 2] === undefined || tokens[i + 2]!.kind === "punct";
  if (!owner || !isWord(noun) || !rules.speechNouns.has(noun.lower) || !closes) return null;
  return pronounStandingFor(s, owner, tokens[i]!.text);
}

/** How many words may say to whom or about what something is said: `Ihr Rat an die jungen Kollegen:`. */
const ADDRESSEE_WORDS = 4;

/**
 * `Ihr Rat an die Kollegen: „…“`, `Seine Bilanz nach zehn Jahren: „…“`: a possessive and a noun for
 * no person nor body, then only a preposition's phrase before the colon: what is said is the owner's,
 * as with a speech noun (`Sein Fazit:`). `Ihr Sohn:` names who speaks himself, `Seine Partei:` a body;
 * a speech noun that may also name a body ("Rat", advice or a council) is words here. A speech noun
 * may instead be followed by how it is, a verb and words naming nobody (`Ihr Rat ist einfach:`,
 * `Sein Urteil fällt deutlich aus:`, `Her advice was simple:`).
 */
function ownerOfThingSaid(s: Sentence, start: number, colon: number): Mention | null {
  const { tokens, rules } = s;
  const owner = rules.possessiveDeterminers.get(tokens[start]?.lower ?? "");
  const noun = tokens[start + 1];
  if (!owner || !isWord(noun) || isPersonNoun(s, noun)) return null;
  const said = rules.speechNouns.has(noun.lower);
  if (knownNoun(rules, noun) && !said) return null;
  const after = tokens.slice(start + 2, colon);
  if (after.length === 0 || after.length > ADDRESSEE_WORDS + 1 || !after.every(isWord)) return null;
  const addressed = rules.prepositions.has(after[0]!.lower) && after.length > 1;
  const howItIs =
    said &&
    after.length <= ADDRESSEE_WORDS &&
    after.every((t) => !isCapitalised(t) && !knownNoun(rules, t) && !isPersonWord(t.lower, rules));
  if (!addressed && !howItIs) return null;
  return pronounStandingFor(s, owner, tokens[start]!.text);
}

/** Right after the quote's comma stands a word no lexicon lists as a speech verb. */
function verbNotListed(s: Sentence, q: number, k: number): boolean {
  return s.rules.inciseInversion && s.tokens.slice(q + 1, k).some((t) => t.text === ",") && !verbAt(s, k);
}

// How many clitics and auxiliaries may open an incise: `s'est-il insurgé`, `se le reprochait`.
const INCISE_LEAD = 3;

/**
 * The incise after a quote and its comma: `», s'insurge Hugo Marchand`, `», grince-t-il`, `",
 * ironizó el ministro`, `„…“, polterte Berger`. News writing puts only a verb of saying there, so
 * the word needs no lexicon: a lower-case word that no table lists as anything else, followed by
 * its inverted subject (a name, a determiner's phrase, an inverted pronoun) closing the clause.
 */
function inciseAfter(s: Sentence, k: number, end: number): Cue | null {
  const { tokens, rules } = s;
  let v = k;
  let inverted: number | null = null;
  while (v < end && v - k < INCISE_LEAD && isWord(tokens[v])) {
    const lower = withoutApostrophe(tokens[v]!.lower);
    if (tokens[v]!.inverted) inverted = v;
    else if (!rules.clitics.has(lower) && !rules.auxiliaries.has(lower)) break;
    v++;
  }
  const verb = tokens[v];
  // A listed verb after its auxiliary (`», a déclaré jeudi X`) is read as listed, below in cueAfter.
  if (
    !isWord(verb) ||
    isSpeechVerb(s, v) ||
    isCapitalised(verb) ||
    isFunctionWord(verb.lower, rules) ||
    !/^\p{L}+$/u.test(verb.lower)
  )
    return null;
  // `», lui a fait écho le maire`: a verb of several words, its subject after the last; `„…“, ärgerte
  // sich Trainer X`: a reflexive pronoun after the verb, where the verb comes second, is the verb's.
  const idiomEnd = idiomAt(s, v)?.end ?? v + 1;
  const verbEnd = rules.reflexiveClitics.has(tokens[idiomEnd]?.lower ?? "") ? idiomEnd + 1 : idiomEnd;
  if (tokens[verbEnd]?.inverted) inverted = verbEnd;
  const words = cueText(s, k, inverted === verbEnd ? verbEnd + 1 : verbEnd);
  if (inverted !== null) {
    const mention = readBackward(s, inverted + 1, inverted);
    return mention && { mention, words };
  }
  // Where and when may stand between the verb and its subject, as after a listed verb: `», a cinglé
  // sur X le député`, `», tacle mardi Paul Roy`.
  const from = skipLeadIn(s, verbEnd, end);
  const subject = tokens[from];
  if (!isWord(subject)) return null;
  const next = tokens[from + 1];
  // `», souffle une habitante`, `», rassure un de ses proches`: an indefinite person too.
  const indefinitePerson =
    rules.indefiniteDeterminers.has(subject.lower) &&
    isWord(next) &&
    (rules.personNouns.has(next.lower) || rules.complementOf.has(next.lower.replace(/['’]$/u, "")));
  const mention = readForward(s, verbEnd, end);
  // The subject opens on a name or an article, or on an office written in lower case before a name
  // (`jubelt trainer Wouter Vrancken`).
  const office = knownNoun(rules, subject) && mention?.type === "name";
  const opens =
    isCapitalised(subject) || rules.definiteDeterminers.has(subject.lower) || office || indefinitePerson;
  // Where the verb comes second, the quote stands first and the verb right after it, so a subject pronoun
  // after the verb is the incise's subject as surely as an inverted one (`„…“, erinnert er sich`).
  const invertedByOrder = rules.verbSecond && mention?.type === "pronoun" && subject.start === mention.at;
  if (invertedByOrder) return { mention, words };
  // A pronoun counting the people named before (`», calcule la première`) is a noun phrase, inverted
  // like any other; a plain subject pronoun after the verb opens a clause of its own.
  const inverts = mention !== null && (mention.type !== "pronoun" || mention.order !== undefined);
  return opens && inverts ? { mention, words } : null;
}

/**
 * A pull-quote signed after a dash: `“We will rebuild.” — Ana Costa`. The signature is a name alone, in
 * capitals but for a name's particles: a headline's words after its quote's dash say what happened
 * (`‘…’ – Ballyduff Lad storms Betfair Chase`, `‘…’ – Wanderers boss fumes after Stevenage loss`), and
 * the name they open is not the quote's speaker.
 */
function signedAfterDash(s: Sentence, q: number, k: number, end: number): Cue | null {
  const { tokens, rules } = s;
  const dash = tokens.slice(q + 1, k).find((t) => /^[—–-]$/u.test(t.text));
  if (!dash) return null;
  let last = k;
  while (last < end && tokens[last]!.kind === "word" && last - k < 6) last++;
  if (last < end && !/^[.)]$/u.test(tokens[last]!.text)) return null;
  if (tokens.slice(k, last).some((t) => !isCapitalised(t) && !rules.nameParticles.has(t.lower))) return null;
  const mention = analysePhrase(s, k, last);
  return mention?.type === "name" ? { mention, words: dash.text } : null;
}

/**
 * A speech verb whose complement is the quote: "called a “…” by", "décrit comme « … » par". In
 * "said its members were “devastated” by the decision" the quote is a clause's own participle and
 * "by" names what devastated them, not who spoke; so in a reflexive verb (`s'est dit « choqué » par
 * ces propos`), whose subject declares itself so and whose "par" names the cause.
 */
function hasVerbBefore(s: Sentence, q: number): boolean {
  const { tokens, rules } = s;
  for (let v = q - 1; v >= 0 && q - v <= 4; v--) {
    const verb = verbAt(s, v) ?? participleAt(s, v);
    if (verb && isReflexive(s, verb)) return false;
    if (verb)
      return tokens
        .slice(verb.end, q)
        .every(
          (t) =>
            rules.determiners.has(t.lower) || rules.asWords.has(t.lower) || rules.complementOf.has(t.lower),
        );
  }
  return false;
}

/**
 * A speech verb's participle with no auxiliary, which verbAt leaves out as a clause's verb but which
 * opens a passive with its agent: `qualifié de « … » par`, `Décrit comme « … » par` opening the sentence.
 */
function participleAt(s: Sentence, v: number): VerbMatch | null {
  const t = s.tokens[v];
  const lower = t?.lower ?? "";
  return isWord(t) && s.rules.participles.has(lower) && s.rules.speechVerbs.has(lower)
    ? { start: v, end: v + 1 }
    : null;
}

/** A clitic stands before the verb, past its auxiliaries: `s'est dit`, `se sont déclarés`. */
function isReflexive(s: Sentence, verb: VerbMatch): boolean {
  const { tokens, rules } = s;
  let k = verb.start - 1;
  while (k >= 0 && rules.auxiliaries.has(tokens[k]!.lower) && !rules.clitics.has(tokens[k]!.lower)) k--;
  return k >= 0 && isWord(tokens[k]) && rules.clitics.has(tokens[k]!.lower.replace(/['’]$/u, ""));
}

/**
 * A citation in the quote's sentence, outside the marks: `El diario, citando a fuentes oficiales,
 * aseguró que «…»`, `«…», dijo la cadena, citando al ministro X`. The one who writes or says the
 * sentence only relays the words; whoever it cites speaks them.
 */
export function cueCited(s: Sentence, start: number, end: number): Cue | null {
  const { tokens, rules } = s;
  const at = findTokenIn(tokens, start, end, (t) => isWord(t) && rules.citingWords.has(t.lower));
  if (at < 0) return null;
  // Spanish marks a person object with a preposition: `citando a fuentes`, `citando al ministro`.
  const from = rules.prepositions.has(tokens[at + 1]?.lower ?? "") ? at + 2 : at + 1;
  const mention = readForward(s, from, end);
  return mention && mention.type !== "pronoun" ? { mention, words: tokens[at]!.text } : null;
}

/** What opens an incise inside the marks: a comma, or a dash (`«… —dijo X—, …»`, `“… — disse X — …”`). */
const INCISE_OPENS = /^[,—–]$/u;
/** What closes it: a comma, a dash or the end of a sentence. */
const INCISE_CLOSES = /^[,.;!?—–]$/u;

/**
 * 2. The incise inside the marks: `« …, affirme-t-elle. … »`, `“…, rappelle Ana Costa, professeure.
 * …”`, and between dashes as Spanish and Portuguese set it: `«… —afirmó X—, …»`. Its verb may open on
 * the clitics of whom the words were told to (`…, nous confie la maire. …`, `…, m’explique-t-elle. …`,
 * `«… —nos explica Ana Ruiz—. …»`), where clitics stand before the verb; and where the verb comes
 * first only in an incise, it needs no lexicon when its subject is inverted or names a person (`…,
 * grince-t-il. …`, `…, tempête la maire. …`: see inciseAfter).
 */
export function cueInside(quote: Token, outer: Sentence): Cue | null {
  const { rules } = outer;
  const tokens = quote.inner ?? [];
  const s = sentenceWith(outer, tokens);
  const leads = (t: Token) =>
    rules.auxiliaries.has(t.lower) || t.inverted || (!rules.verbSecond && rules.clitics.has(t.lower));
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!INCISE_OPENS.test(tokens[i]!.text)) continue;
    let m = i + 1;
    while (m < tokens.length && m - i <= INCISE_LEAD && leads(tokens[m]!)) m++;
    const closes = findTokenIn(
      tokens,
      m + 1,
      tokens.length,
      (t) => t.kind === "punct" && INCISE_CLOSES.test(t.text),
    );
    const verb = verbWithSubjectAt(s, m);
    if (!verb) {
      // Not where the verb comes second, whose clause after a fronted one opens on its verb (`„Wer …,
      // bleibt die Stadt auf den Kosten sitzen.“`).
      const unlisted =
        closes < 0 || !rules.inciseInversion || rules.verbSecond ? null : inciseAfter(s, i + 1, closes);
      if (unlisted && headNamesSpeaker(s, unlisted.mention, m + 1, closes)) return unlisted;
      continue;
    }
    const inverted = tokens[verb.end]?.inverted || tokens[verb.start - 1]?.inverted;
    if (inverted) {
      // An impersonal incise (`explique-t-on au rectorat`) names nobody: look on for another cue.
      const mention = speakerOfVerb(s, verb, verb.start, tokens.length, true);
      if (mention) return { mention, words: cueText(s, i + 1, verb.end + 1) };
      continue;
    }
    const mention = readForward(s, verb.end, tokens.length);
    // Where the verb comes second, a pronoun right after it is its subject as surely as an inverted one
    // (`„…, sagt sie. …“`); elsewhere a pronoun after the verb opens a clause of its own.
    const pronounInverted = rules.verbSecond && mention?.at === tokens[verb.end]?.start;
    const subject = mention?.type !== "pronoun" || pronounInverted;
    if (mention && subject && closes >= 0 && namesSpeaker(s, mention, verb.end, closes))
      return { mention, words: cueText(s, verb.start, verb.end) };
  }
  return null;
}

/**
 * Whether the subject of an incise whose verb no lexicon lists, read from `from` to the incise's end,
 * names who speaks: a pronoun or a name, or a description headed by a known noun or a person's
 * (`…, tempête la maire. …`); not a clause the words go on with (`…, enlever les autobus aux gens.`).
 */
function headNamesSpeaker(s: Sentence, mention: Mention, from: number, end: number): boolean {
  const { tokens, rules } = s;
  if (mention.type !== "description") return true;
  const head = findTokenIn(tokens, from, end, (t) => isWord(t) && !rules.determiners.has(t.lower));
  return head >= 0 && (knownNoun(rules, tokens[head]!) || isPersonWord(tokens[head]!.lower, rules));
}

/**
 * Whether an incise's subject, read from `from` to the incise's end, names who speaks: a pronoun or a
 * name, or a description naming a person or a body by a known noun (`…, explique une porte-parole du
 * rectorat. …`), or a person by age or creed (isPersonWord: `…, confie le quinquagénaire. …`); not a
 * thing the words tell of (`…, raconte l’histoire du quartier. …`).
 */
function namesSpeaker(s: Sentence, mention: Mention, from: number, end: number): boolean {
  const { tokens, rules } = s;
  return (
    mention.type !== "description" ||
    tokens
      .slice(from, end)
      .some((t) => t.kind === "word" && (knownNoun(rules, t) || isPersonWord(t.lower, rules)))
  );
}

/**
 * `Mattle reagierte gelassen: Man habe die Lage „genau geprüft“.`: after a colon, a clause in the mood of
 * reported speech (`reportedSpeechMarkers`) with no speech verb of its own gives the words of the subject
 * opening the sentence before the colon. Not a quote right after the colon (`Sein Fazit: „…“`).
 */
function subjectBeforeReportedColon(s: Sentence, q: number, start: number): Cue | null {
  const { tokens, rules } = s;
  let colon = q - 1;
  for (; colon > start && tokens[colon]!.text !== ":"; colon--)
    if (!isWord(tokens[colon]) || verbAt(s, colon)) return null;
  if (colon <= start || colon === q - 1) return null;
  if (!tokens.slice(colon + 1, q).some((t) => rules.reportedSpeechMarkers.has(t.lower))) return null;
  const mention = rules.verbSecond ? subjectBeforeSecondVerb(s, start, colon) : mainSubject(s, start, colon);
  return mention && { mention, words: cueText(s, colon, colon + 1) };
}

/**
 * `Mattle reagierte gelassen`, `Der Minister aus Rom antwortete knapp`: where nouns are capitalised and the
 * verb comes second, the first lower-case word right after a capitalised one (no article, preposition or
 * conjunction; an auxiliary may be it) is the verb, and the words before it its subject, when they name
 * someone or a body or are a pronoun (`Sie konterte:`).
 */
function subjectBeforeSecondVerb(s: Sentence, start: number, end: number): Mention | null {
  const { tokens, rules } = s;
  // A preposition opening the sentence opens an adverbial in first place (`Nach dem Unfall hat X …`).
  if (rules.prepositions.has(tokens[start]?.lower ?? "")) return null;
  const k = secondPlaceVerb(s, start, end);
  if (k < 0) return null;
  const mention = analysePhrase(s, start, k);
  const named =
    mention?.type === "name" ||
    mention?.type === "pronoun" ||
    tokens.slice(start, k).some((w) => isWord(w) && knownNoun(rules, w));
  return named ? mention : null;
}

/**
 * Where nouns are capitalised, the verb in second place of the sentence opening at `start`: the first
 * lower-case word right after a capitalised one, no article, preposition or conjunction (see
 * subjectBeforeSecondVerb); -1 past a mark or punctuation.
 */
function secondPlaceVerb(s: Sentence, start: number, end: number): number {
  const { tokens, rules } = s;
  if (!rules.capitalisesNouns) return -1;
  for (let k = start + 1; k < end; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return -1;
    const functionWord = isFunctionWord(t.lower, rules) && !rules.auxiliaries.has(t.lower);
    if (isCapitalised(t) || !isCapitalised(tokens[k - 1]) || functionWord) continue;
    return k;
  }
  return -1;
}

/**
 * 3. Attribution before the opening mark, in the same sentence: the nearest cue, unless it sits
 * in a clause an earlier speech verb reports (`Ce dernier rappelle que le pays avait appelé à
 * « … »`, `Harris said the council had called it “…”`: the one who reports speaks).
 */
export function cueBefore(s: Sentence, q: number, start: number): Cue | null {
  const { tokens } = s;
  const viewpoint = viewpointBefore(s, q, start);
  if (viewpoint) return viewpoint;
  const chosen = governingCue(s, q, start);
  if (chosen) {
    const author = tokens[q - 1]?.text === ":" ? authorOfWordsPassedOn(s, chosen.at, q - 1) : null;
    return author ? { mention: author, words: chosen.cue.words } : chosen.cue;
  }
  const owner = ownerOfSpeechNounBefore(s, q, start);
  if (owner) return owner;
  const reporter = subjectBeforeReportedColon(s, q, start);
  if (reporter) return reporter;
  const intent = intentCue(s, q, start);
  if (intent) return intent;
  const verbs = quotedVerbs(s, q);
  if (verbs) {
    const subject = phraseBeforeColon(s, subjectEnd(s, verbs.first, start), start);
    if (subject) return { mention: subject, words: "" };
  }
  if (tokens[q - 1]?.text === ":" && !namesTopic(s, start, q)) {
    // `Sein Fazit: „…“`, `Ihre Antwort: „…“`: the owner of the words is who the possessive stands for.
    const owned =
      (q - 1 === start + 2 ? ownerOfSpeechNoun(s, start) : null) ?? ownerOfThingSaid(s, start, q - 1);
    const mention =
      owned ??
      speechNounAuthor(s, start, q - 1) ??
      genitiveAuthor(s, start, q - 1) ??
      subjectOfSpeechNoun(s, start, q - 1) ??
      subjectBeforeRelativeClause(s, q - 1, start) ??
      unnamedSubjectBeforeColon(s, q - 1, start) ??
      personOrDescribedSubject(s, start, q - 1) ??
      phraseBeforeColon(s, q - 1, start) ??
      subjectOfCopulaBeforeColon(s, q - 1, start) ??
      phraseBeforeCircumstance(s, q - 1, start) ??
      personAfterPreposition(s, q - 1, start) ??
      sourceAfterQuote(s, q - 1, start);
    if (mention) return { mention, words: ":" };
  }
  return null;
}

// How many words may stand between a verb and its object: `a lu mardi soir une lettre`.
const OBJECT_REACH = 3;

/**
 * `L’avocat a lu une lettre du fils de la victime : « … »`, `leyó una carta de su hija: «…»`: the
 * verb's object before the colon, a determiner and a noun for words or a document, names their
 * author after `de` (`complementOf`): the words are the author's, whoever reads them out or passes
 * them on. Null when the object names no author.
 */
function authorOfWordsPassedOn(s: Sentence, verb: number, colon: number): Mention | null {
  const { tokens, rules } = s;
  let k = verb + 1;
  while (
    k < colon &&
    k - verb <= OBJECT_REACH &&
    isWord(tokens[k]) &&
    !rules.determiners.has(tokens[k]!.lower)
  )
    k++;
  const noun = tokens[k + 1];
  if (!rules.determiners.has(tokens[k]?.lower ?? "") || !isWord(noun)) return null;
  if (!rules.speechNouns.has(noun.lower) && !rules.documentSpeech.documents.has(noun.lower)) return null;
  const of = k + 2;
  if (!rules.complementOf.has(tokens[of]?.lower ?? "")) return null;
  let end = of + 1;
  while (end < colon && isWord(tokens[end])) end++;
  const author = end > of + 1 ? analysePhrase(s, of + 1, end) : null;
  if (author === null || author.type === "pronoun") return null;
  if (author.type !== "description") return author;
  // `du fils de la victime`: the description takes the article its preposition carries. It is someone
  // new, not the clause's subject just named, whom a definite description right after could repeat.
  const article = rules.complementArticles.get(tokens[of]!.lower) ?? "";
  return makeMention({ ...author, name: article + author.name, definite: false });
}

/**
 * `Il entend « tout mettre en œuvre »`, `Elle refuse de « céder au chantage »`: a verb of will, refusal
 * or appeal (`intentVerbs`) right before the marks, past `de`/`à` and one adverb or auxiliary, makes
 * them its subject's words, as quote judgement reads them; that subject speaks.
 */
function intentCue(s: Sentence, q: number, start: number): Cue | null {
  const { tokens, rules } = s;
  let v = q - 1;
  if (rules.intentLinks.has(tokens[v]?.lower ?? "")) v--;
  const between = tokens[v]?.lower ?? "";
  if (
    v > start &&
    (rules.auxiliaries.has(between) || rules.adverbs.has(between) || rules.intentAdverbs.has(between))
  )
    v--;
  if (v < start || !rules.intentVerbs.has(tokens[v]!.lower)) return null;
  const mention = speakerOfVerb(s, { start: v, end: v + 1 }, start, q, false);
  return mention && { mention, words: cueText(s, v, q) };
}

// How many words the owner of a speech noun may run to: `the president-elect's transition team's`.
const OWNER_WORDS = 6;

/**
 * `the transition team's request to “provide a list …”`, `Jane Roe's warning that “…”`: a speech
 * noun owned by a possessive (`possessiveSuffix`), then an infinitive's marker or a complementiser
 * right before the quote; the owner, from the clause's start, speaks.
 */
function ownerOfSpeechNounBefore(s: Sentence, q: number, start: number): Cue | null {
  const { tokens, rules } = s;
  const link = tokens[q - 1];
  const linked =
    isWord(link) && (rules.infinitiveMarkers.has(link.lower) || rules.complementisers.has(link.lower));
  const k = linked ? q - 2 : q - 1;
  const noun = tokens[k];
  if (!isWord(noun) || !rules.speechNouns.has(noun.lower) || tokens[k - 1]?.lower !== rules.possessiveSuffix)
    return null;
  let from = k - 1;
  while (from > start && from > k - 1 - OWNER_WORDS && isWord(tokens[from - 1])) from--;
  const mention = from < k - 1 ? analysePhrase(s, from, k - 1) : null;
  return mention && mention.type !== "pronoun" ? { mention, words: cueText(s, k - 1, k + 1) } : null;
}

/**
 * `Le maire « regrette » la décision`, `Senator Ruiz “regrets” the vote`, `X « assume » et « revendique »
 * sa méthode`: a few lower-case words in marks (or a list of them) between the sentence's subject and
 * a determiner opening the object are its verb, quoted; the subject says them. The first and last
 * quote tokens of the list, or null.
 */
function quotedVerbs(s: Sentence, q: number): { first: number; last: number } | null {
  const { tokens, rules } = s;
  const conjunctions = listConjunctions(rules);
  const joins = (k: number) => tokens[k]?.text === "," || conjunctions.has(tokens[k]?.lower ?? "");
  let first = q;
  while (joins(first - 1) && tokens[first - 2]?.kind === "quote") first -= 2;
  let last = q;
  while (joins(last + 1) && tokens[last + 2]?.kind === "quote") last += 2;
  const verb = (k: number) => {
    const words = (tokens[k]!.inner ?? []).filter(isWord);
    return words.length > 0 && words.length <= QUOTED_VERB_WORDS && !isCapitalised(words[0]);
  };
  const object = tokens[last + 1];
  const quoted =
    verb(q) &&
    (isWord(tokens[first - 1]) || tokens[first - 1]?.text === ",") &&
    isWord(object) &&
    rules.determiners.has(object.lower) &&
    !rules.prepositions.has(object.lower);
  return quoted ? { first, last } : null;
}

/**
 * `La direction, contactée par nos soins, « regrette » …`: an apposition set off by commas between
 * the subject and its quoted verb is passed over. Where the subject ends: before the apposition's
 * opening comma, or right before the quoted verb where no comma stands there.
 */
function subjectEnd(s: Sentence, first: number, start: number): number {
  const { tokens } = s;
  if (tokens[first - 1]?.text !== ",") return first;
  let open = first - 2;
  while (open > start && isWord(tokens[open])) open--;
  return open > start && tokens[open]!.text === "," ? open : first;
}

/**
 * `dort, wo Rudolf Augsteins Motto hängt: »…«`: a speech noun before the colon whose owner, a name
 * with the genitive -s of languages that capitalise nouns, stands right before it.
 */
function genitiveAuthor(s: Sentence, start: number, colon: number): Mention | null {
  const { tokens, rules } = s;
  if (!rules.capitalisesNouns) return null;
  for (let k = colon - 1; k > start; k--) {
    if (!isWord(tokens[k]) || !rules.speechNouns.has(tokens[k]!.lower)) continue;
    const owner = nameRuns(s, start, k).find((r) => r.end === k && tokens[k - 1]!.lower.endsWith("s"));
    const mention = owner && analysePhrase(s, owner.start, k);
    if (mention?.type === "name" && mention.kind === "person")
      return makeMention({ ...mention, text: mention.text.slice(0, -1), name: mention.name.slice(0, -1) });
  }
  return null;
}

// How many words may stand between a speech noun and the colon: `un message de soutien :`.
const SPEECH_NOUN_BEFORE_COLON = 3;

/**
 * `La mère de la victime, encore hospitalisée, a fait passer un message : « … »`, `il a eu ces mots :`:
 * the words are the object of the main clause, a determiner and a speech noun before the colon; the
 * clause's subject is their author, whoever else the sentence names.
 */
function subjectOfSpeechNoun(s: Sentence, start: number, colon: number): Mention | null {
  const { tokens, rules } = s;
  for (let k = colon - 1; k > start && colon - k <= SPEECH_NOUN_BEFORE_COLON; k--) {
    const determiner = tokens[k - 1];
    if (!isWord(tokens[k]) || !rules.speechNouns.has(tokens[k]!.lower)) continue;
    if (!isWord(determiner) || !rules.determiners.has(determiner.lower)) return null;
    return mainSubject(s, start, k - 1);
  }
  return null;
}

/**
 * Sources and their words in a row, with no full stop between: `CNN: "…" NBC: "…"`. The phrase before
 * the colon opens right after the previous quote.
 */
function sourceAfterQuote(s: Sentence, colon: number, start: number): Mention | null {
  let from = colon - 1;
  while (from > start && s.tokens[from - 1]!.kind !== "quote") from--;
  return from > start ? phraseBeforeColon(s, colon, from) : null;
}

/**
 * 0b. The quote inside a clause a speech verb reports: `Mackey said in a memo that the
 * “distinction has become less relevant” as prices fell, Yahoo Finance reported`, `Il a affirmé
 * que le texte était « mal ficelé », rapporte Le Monde`. The subject of the reporting verb
 * speaks; a source named after the quote only passes the words on.
 */
export function cueReportedClause(s: Sentence, q: number, start: number): Cue | null {
  const { tokens, rules } = s;
  // Most quotes stand in no that-clause: a look at the words before spares reading their cues.
  if (!tokens.slice(start, q).some((t) => rules.complementisers.has(t.lower))) return null;
  const chosen = governingCue(s, q, start);
  const verb = chosen && verbAt(s, chosen.at);
  if (!verb) return null;
  const that = findTokenIn(tokens, verb.end, q, (t) => rules.complementisers.has(t.lower));
  if (that < 0) return null;
  for (let k = that; k < q; k++) if (tokens[k]!.kind === "quote" && !thatClauseGoesOn(s, k)) return null;
  return opensOnVerb(s, verb.end, that) ? chosen.cue : null;
}

/**
 * `asegura que «…» y que los casos responden a «…»`, `said that “…” and that …`: a conjunction and
 * a complementiser right after the quote at k join a second that-clause to the verb the first hangs
 * on, and what the second holds is reported by that verb's subject too, not by a verb inside it.
 */
function thatClauseGoesOn(s: Sentence, k: number): boolean {
  const { tokens, rules } = s;
  const after = tokens[k + 1]?.text === "," ? k + 2 : k + 1;
  return (
    listConjunctions(rules).has(tokens[after]?.lower ?? "") &&
    rules.complementisers.has(tokens[after + 1]?.lower ?? "")
  );
}

/**
 * What stands between a verb and its complementiser belongs to the verb: nothing (`said that`),
 * a comma (`sagte, dass`), adverbs or a prepositional phrase (`said in a memo that`, `a déclaré
 * mardi à l'AFP que`), or a few words set off by commas (`admite, eso sí, que`, `said, however,
 * that`). An object there makes the `that` a relative pronoun (`said it would pay a fine that …`).
 */
function opensOnVerb(s: Sentence, from: number, that: number): boolean {
  const { tokens, rules } = s;
  const between = tokens.slice(from, tokens[that - 1]?.text === "," ? that - 1 : that);
  const aside = between.slice(1);
  if (
    tokens[that - 1]?.text === "," &&
    between[0]?.text === "," &&
    aside.length > 0 &&
    aside.length <= ASIDE_WORDS &&
    aside.every((t) => isWord(t))
  )
    return true;
  let k = 0;
  while (k < between.length && isWord(between[k]) && rules.adverbs.has(between[k]!.lower)) k++;
  return (
    k === between.length ||
    (rules.prepositions.has(between[k]!.lower) && between.slice(k).every((t) => isWord(t)))
  );
}

/** The most words an aside set off by commas between a speech verb and its `that` holds. */
const ASIDE_WORDS = 3;

// Sentence strategies ask for the cue governing a quote more than once (reported clause, words
// before); a sentence's tokens are read once per quote.
const governing = new WeakMap<readonly Token[], Map<number, { at: number; cue: Cue } | undefined>>();

/** The speech verb or source phrase before the quote at q whose clause holds it, with where it stands. */
function governingCue(s: Sentence, q: number, start: number): { at: number; cue: Cue } | undefined {
  let byQuote = governing.get(s.tokens);
  if (!byQuote) governing.set(s.tokens, (byQuote = new Map()));
  if (!byQuote.has(q)) byQuote.set(q, readGoverningCue(s, q, start));
  return byQuote.get(q);
}

function readGoverningCue(s: Sentence, q: number, start: number): { at: number; cue: Cue } | undefined {
  const { tokens } = s;
  const cues: { at: number; cue: Cue }[] = [];
  for (let v = start; v < q; v++) {
    const cue = inClosedRelativeClause(s, v, start, q) ? null : cueAt(s, v, start, q);
    if (cue) cues.push({ at: v, cue });
  }
  let chosen = cues.at(-1);
  for (let c = cues.length - 2; c >= 0 && chosen; c--) {
    const between = tokens.slice(cues[c]!.at, chosen.at);
    // "X said (that) Y had called it “…”": Y's verb is inside what X says, unless a comma closes X's clause.
    // "According to X, a toxicologist who testified for them, …": a relative clause's verb only describes X.
    const relative = s.rules.relativePronouns.has(tokens[chosen.at - 1]?.lower ?? "");
    // "called him a “liar” and said, “…”": a quote between them closes the earlier verb's clause.
    // "X defined it as … and Y called it “…”": a clause joined on with its own subject is not reported
    // speech.
    const joined = (t: Token) => s.rules.clauseJoins.has(t.lower) && !s.rules.complementisers.has(t.lower);
    // Not a quote whose that-clause goes on after it (thatClauseGoesOn), nor the conjunction going on.
    const goesOn = (k: number) => tokens[k]?.kind === "quote" && thatClauseGoesOn(s, k);
    const closes = (k: number) =>
      tokens[k]!.kind === "quote"
        ? !goesOn(k)
        : joined(tokens[k]!) && !goesOn(k - 1) && !(tokens[k - 1]?.text === "," && goesOn(k - 2));
    let closed = false;
    for (let k = cues[c]!.at; !closed && k < chosen.at; k++) closed = closes(k);
    if (closed) break;
    if (describesLaterSubject(s, cues[c]!.at)) continue;
    // "La oposición lo considera insuficiente: la diputada X lo calificó de «…»": a colon closes the
    // earlier clause as a comma does, and the clause after it has its own subject.
    if (
      relative ||
      between.some((t) => s.rules.complementisers.has(t.lower)) ||
      !between.some((t) => t.text === "," || t.text === ":")
    )
      chosen = cues[c];
  }
  const frame = cues[0];
  if (frame && chosen && frame.at <= start + 1 && sourcePhraseAt(s, frame.at) !== null) {
    if (partOfFrame(s, chosen.at, chosen.cue)) return frame;
  }
  return chosen;
}

/**
 * `Un funcionario que pidió el anonimato dijo que …`, `An aide who asked not to be named said …`: a
 * verb right after a relative pronoun (or `que`) that follows a noun, not a verb, sits in a relative
 * clause describing the later verb's subject; it reports nothing the later verb says, and its object
 * is no speaker. (`aseguró que pidió …`: after a speech verb, `que` opens reported speech.)
 */
function describesLaterSubject(s: Sentence, v: number): boolean {
  const { tokens, rules } = s;
  const pronoun = tokens[v - 1]?.lower ?? "";
  const antecedent = tokens[v - 2];
  return (
    (rules.relativePronouns.has(pronoun) || rules.complementisers.has(pronoun)) &&
    isWord(antecedent) &&
    !rules.complementisers.has(antecedent.lower) &&
    verbAt(s, v - 2) === null
  );
}

/**
 * `Eine Händlerin, die ihren Namen nicht nennen möchte, ist skeptisch: „…“`, `A trader, who asked not
 * to be named, was blunt: “…”`: a verb in a relative clause set off by commas, which the main clause
 * goes on after before the quote, only describes the clause's antecedent; it introduces no words
 * outside its clause. (A quote right after the relative clause's own verb is still its words.)
 */
function inClosedRelativeClause(s: Sentence, v: number, start: number, q: number): boolean {
  const { tokens } = s;
  let open = v - 1;
  while (open > start && tokens[open]!.text !== "," && tokens[open]!.kind !== "quote") open--;
  if (open <= start || !opensRelativeClause(s, open + 1)) return false;
  let close = v + 1;
  while (close < q && tokens[close]!.text !== ",") close++;
  return close < q - 1 && tokens.slice(close + 1, q).some(isWord);
}

/**
 * `Según Miranda, el municipio asumirá el servicio «a partir del lunes»`, `Pour Nadia Berthelot, la
 * mesure relève d’« un racket »`: a source phrase or viewpoint opening the sentence frames all that
 * follows its comma as its speaker's account. A verb of the speech lexicon at v, later in that clause,
 * is part of the account when nothing shows it speaking: its subject names no person (a thing or a
 * body's common noun) and it takes an object or a preposition rather than the words themselves, a
 * colon or a complementiser (most such verbs have senses that are not speech: `asumir`, `relever
 * de`). A person, or words it introduces (`le tribunal a relevé « … »`, `el detenido admitió que
 * «…»`), speaks for itself. A document never does (`Según el alcalde, el informe dice «…»`): the
 * source reports what it holds, and is who gives the words.
 */
function partOfFrame(s: Sentence, v: number, cue: Cue | null): boolean {
  const { tokens, rules } = s;
  const verb = verbAt(s, v);
  const next = verb ? tokens[verb.end] : undefined;
  const mention = cue?.mention;
  const words = mention?.name.toLowerCase().split(/\s+/u) ?? [];
  if (mention?.type === "description" && words.some((word) => rules.documentSpeech.documents.has(word)))
    return next !== undefined;
  return (
    next !== undefined &&
    next.kind !== "quote" &&
    next.text !== ":" &&
    !rules.complementisers.has(next.lower) &&
    mention?.type === "description" &&
    !words.some((word) => isPersonWord(word, rules))
  );
}

/**
 * `Le ministère, dans un communiqué : « … »`, `El ministro, en rueda de prensa: «…»`: the phrase
 * before a colon may be set off from it by where or how it spoke, a comma and a prepositional
 * phrase; the speaker is the phrase before that comma. A headline leaves the comma out:
 * `Bundestrainer nach dem Aus: „…“`, `La ministra tras la reunión: «…»`.
 */
function phraseBeforeCircumstance(s: Sentence, colon: number, start: number): Mention | null {
  const { tokens, rules } = s;
  const comma = findTokenIn(tokens, start + 1, colon, (t) => t.text === ",");
  const opens =
    comma < 0 ? findTokenIn(tokens, start + 1, colon, (t) => rules.prepositions.has(t.lower)) : comma + 1;
  const circumstance = tokens.slice(opens, colon);
  if (
    opens < 0 ||
    !rules.prepositions.has(circumstance[0]?.lower ?? "") ||
    circumstance.some((t) => t.kind !== "word")
  )
    return null;
  return phraseBeforeColon(s, comma < 0 ? opens : comma, start);
}

/**
 * The first person the words before a colon name (firstPersonIn) — unless the main clause's subject
 * (mainSubject) is a person described by a definite description, not named, and the name stands later,
 * in the object or its apposition: `El estratega evitó culpar a su arquero, Diego Arreola, …: «…»`,
 * `Le juge a interrogé le témoin, Marc Roy : « … »`. The subject, someone the reader already knows,
 * says the words, not the one it speaks of. An indefinite description introduces someone new, whom a
 * name after it names (`Une spectatrice venue de Toulouse, Martine, 62 ans : « … »`).
 */
function personOrDescribedSubject(s: Sentence, start: number, colon: number): Mention | null {
  const person = firstPersonIn(s, start, colon);
  // `Parmi eux, Jérôme, abonné … :`, `Among them, Ruth, a nurse:`: a pronoun a preposition governs is
  // the group the person named after it belongs to; that person speaks.
  const at = person?.type === "pronoun" ? s.tokens.findIndex((t) => t.start === person.at) : -1;
  if (at > start && s.rules.prepositions.has(s.tokens[at - 1]!.lower)) {
    const member = firstPersonIn(s, at + 1, colon);
    if (member?.type === "name") return member;
  }
  if (person?.type !== "name") return person;
  const subject = mainSubject(s, start, colon);
  // `Salas se refirió a la expulsión de su volante Luis Chumpitaz: «…»`: a person the main clause's
  // subject names (a lone surname firstPersonIn passes over), other than the one named in its object,
  // is the one the reader follows; that one speaks.
  const otherNamedSubject =
    subject?.type === "name" &&
    subject.kind === "person" &&
    !person.name.split(/\s+/u).some((word) => subject.name.split(/\s+/u).includes(word));
  return (subject?.type === "description" && subject.definite === true) || otherNamedSubject
    ? subject
    : person;
}

// How many tokens a relative clause between its subject and the main verb may run to.
const RELATIVE_CLAUSE_REACH = 20;

/**
 * `Eine Mutter, deren Tochter die zweite Klasse besucht, ist erleichtert: „…“`, `Eine Anwohnerin, die
 * nach eigenen Angaben hier wohnt, zeigte sich verärgert: „…“`, `Ein Kunde, der gerade einkaufte, sah
 * den Täter flüchten: „…“`, `Un vecino, que pidió no ser identificado, se mostró molesto: «…»`: the
 * noun phrase opening the sentence, a relative clause set off by commas (its pronoun, or `que`, first,
 * its verb last), then the main clause's verb phrase, its object included, up to the colon. The phrase
 * before the relative clause speaks, whatever the clause names.
 */
function subjectBeforeRelativeClause(s: Sentence, colon: number, start: number): Mention | null {
  const { tokens } = s;
  let close = colon - 1;
  while (close > start && isWord(tokens[close])) close--;
  // The main clause's verb opens its phrase, lower case; its object may follow (`sah den Täter flüchten`).
  const verbPhrase = close < colon - 1 && !isCapitalised(tokens[close + 1]);
  const clauseVerb = tokens[close - 1];
  if (!verbPhrase || tokens[close]?.text !== "," || !isWord(clauseVerb) || isCapitalised(clauseVerb))
    return null;
  let open = close - 1;
  while (open > start && close - open < RELATIVE_CLAUSE_REACH && tokens[open]!.text !== ",") open--;
  if (!opensCommaRelativeClause(s, open + 1)) return null;
  // `Auf der Tribüne stand ein Dauerkartenbesitzer, der …, und rang nach Luft:`: after a place and the
  // verb, the subject; `A la puerta del bar, un camarero, que …, se mostraba escéptico:` after a setting.
  return subjectOpening(s, invertedSubjectStart(s, start, open) ?? afterSetting(s, start, open), open);
}

/**
 * `Même son de cloche chez Chantal Roux, boulangère : « … »`, `Autre ambiance pour Paul Roy : « … »`: a
 * phrase with no verb, ending on a person named after a preposition of the lexicon
 * (`colonSpeakerPrepositions`) and perhaps an apposition, presents the words after the colon as that
 * person's.
 */
function personAfterPreposition(s: Sentence, colon: number, start: number): Mention | null {
  const { tokens, rules } = s;
  const prepositions = rules.colonSpeakerPrepositions;
  for (let p = colon - 1; p >= start && colon - p < VIEWPOINT_WORDS; p--) {
    const t = tokens[p]!;
    if (!isWord(t) || !prepositions.has(t.lower)) continue;
    const verbBefore = tokens
      .slice(start, p)
      .some((w, k) => isWord(w) && (rules.auxiliaries.has(w.lower) || verbAt(s, start + k) !== null));
    if (verbBefore) return null;
    const comma = tokens.findIndex((w, k) => k > p && k < colon && w.text === ",");
    const mention = analysePhrase(s, p + 1, comma < 0 ? colon : comma);
    return mention?.type === "name" && mention.kind === "person" ? mention : null;
  }
  return null;
}

/**
 * 0. A speech verb set off from the opening mark by only a comma or colon: `he said, “…”`,
 * `a-t-il lancé : « … »`. The verb introduces these very words, even when the sentence goes on to
 * say who reported them (`…,” the prosecutor's office said`).
 */
export function cueIntroducing(s: Sentence, q: number, start: number): Cue | null {
  const { tokens, rules } = s;
  if (!/^[,:]$/u.test(tokens[q - 1]?.text ?? "")) return null;
  // An idiom's first word stands a few tokens back (`told reporters`, `a déclaré à la presse`).
  for (let v = q - 2; v >= start && q - v <= 4; v--) {
    const verb = verbAt(s, v);
    if (!verb || verb.end !== q - 1) continue;
    if (rules.speechGerunds.has(tokens[v]!.lower)) return null;
    const mention = speakerBefore(s, verb, start, q);
    return mention && { mention, words: cueText(s, verb.start, verb.end) };
  }
  return null;
}

/**
 * Who a gerund's words belong to: a named person right before it, else the main clause's subject
 * (`La mairie a voté, tout en demandant « … »`), else the sentence's first person.
 */
function gerundSpeaker(s: Sentence, v: number, start: number): Mention | null {
  const before = s.tokens[v - 1];
  const noun = before?.text === "," ? null : readBackward(s, v, start);
  const named = noun?.type === "name" && noun.kind === "person" && noun.name.includes(" ");
  if (named) return noun;
  // `with the company calling the action “…”`: the gerund has a subject of its own, a description
  // the rest of the article may name better; not the main clause's.
  if (isWord(before) && knownNoun(s.rules, before)) return null;
  // `…Likud party, which tried to rally support by saying …`: in a relative clause the gerund is its
  // antecedent's.
  let comma = v - 1;
  while (comma >= start && s.tokens[comma]!.text !== ",") comma--;
  if (comma >= start && s.rules.relativePronouns.has(s.tokens[comma + 1]?.lower ?? ""))
    return antecedentBefore(s, comma, start);
  return sharedSpeechVerbSubject(s, start, v) ?? mainSubject(s, start, v) ?? firstPersonIn(s, start, v);
}

/**
 * `the party's lead negotiator on the file, German MEP Klaus Wendler, said the group would push for
 * “…”, arguing that …`: a gerund after a clause whose verb is a speech verb says more of what that
 * verb's subject said. The name the sentence's first speech verb before token `v` reads as its
 * subject, as for a quote of its own; null when it reads no name there.
 */
function sharedSpeechVerbSubject(s: Sentence, start: number, v: number): Mention | null {
  const { tokens, rules } = s;
  // An auxiliary in the clause before (`The minister has rejected Opposition calls for …, insisting`)
  // opens its verb, of which a noun that reads as a speech verb (`calls`) is the object.
  let auxiliary = -1;
  for (let k = start; k < v; k++) {
    if (tokens[k]!.text === ",") auxiliary = -1;
    const verb = verbWithSubjectAt(s, k);
    if (!verb) {
      if (auxiliary < 0 && rules.auxiliaries.has(tokens[k]!.lower)) auxiliary = k;
      continue;
    }
    if (auxiliary >= 0 && wordBeforeVerbGroup(s, verb, start) >= auxiliary) return null;
    const mention = speakerBefore(s, verb, start, v);
    return mention?.type === "name" ? mention : null;
  }
  return null;
}

/**
 * The noun phrase just before the comma at c, back to its determiner or the preposition governing it (`met
 * the Harbour Trust,`).
 */
function antecedentBefore(s: Sentence, c: number, start: number): Mention | null {
  const { tokens, rules } = s;
  let k = c - 1;
  while (
    k > start &&
    c - k < 6 &&
    isWord(tokens[k - 1]) &&
    !rules.determiners.has(tokens[k]!.lower) &&
    !rules.prepositions.has(tokens[k - 1]!.lower)
  )
    k--;
  return analysePhrase(s, k, c);
}

/**
 * `que según el Ayuntamiento son «al menos 600»`: the clause the source qualifies goes on after it
 * with its own verb, an auxiliary or copula in lower case, which ends the source. Its index, or null.
 */
function auxiliaryAfterSource(s: Sentence, source: number, end: number): number | null {
  for (let k = source + 1; k < end; k++) {
    const t = s.tokens[k]!;
    if (t.kind === "quote") return null;
    if (isWord(t) && !isCapitalised(t) && s.rules.auxiliaries.has(t.lower)) return k;
  }
  return null;
}

/**
 * `Nach Angaben der Polizei gingen die Täter „…“ vor`: where the finite verb comes second, a source
 * opening the sentence fills the first field, and the first lower-case word after its noun that
 * carries the phrase on neither as a genitive's article, a preposition nor a conjunction is the verb
 * of the reporter's clause. Its index, or null.
 */
function finiteVerbAfterSource(s: Sentence, source: number, end: number): number | null {
  const { tokens, rules } = s;
  if (!rules.verbSecond) return null;
  for (let k = source + 1; k < end; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return null;
    // Not a body's genitive adjective (`Laut dem Verband deutscher Hopfenpflanzer liegt …`).
    if (
      !isCapitalised(t) &&
      isCapitalised(tokens[k - 1]) &&
      !isFunctionWord(t.lower, rules) &&
      !bodyGenitiveComplement(s, k + 1)
    )
      return k;
  }
  return null;
}

/**
 * Where the speaker after a source phrase or a passive's agent ends. An indefinite description (`selon
 * un proche du ministre, Paul Roy se montre…`, `qualifié de « … » par un élu, le sénateur…`) is one
 * source among many and speaks as written: its comma closes it, the name after it opens the reporter's
 * clause.
 */
function sourceEnd(s: Sentence, source: number, end: number): number {
  const { tokens, rules } = s;
  // Whichever comes first: an adverb the auxiliaries list may follow the verb (`Nach Angaben des KIT
  // brauchte der Farbstoff noch „…“`).
  const verbs = [auxiliaryAfterSource(s, source, end), finiteVerbAfterSource(s, source, end)];
  const verb = verbs.reduce((a, b) => (a === null ? b : b === null ? a : Math.min(a, b)));
  let comma = source + 1;
  while (comma < end && tokens[comma]!.text !== ",") comma++;
  // The clause after the comma is read as far as the quote, its auxiliary included (`Dupont a détourné`).
  const closes =
    rules.indefiniteDeterminers.has(tokens[source]?.lower ?? "") || clauseAfterSource(s, comma, end);
  if (comma < end && (verb === null || comma < verb) && closes) return comma;
  return verb ?? end;
}

/**
 * `Según el veredicto, Pizarro desvió … mediante «…»`, `According to the report, Smith diverted …`:
 * after a definite source and its comma, a phrase that no second comma closes and that runs on into
 * lower-case words other than a name's particles, titles and persons' nouns is the reporter's clause
 * with its own subject, not an apposition naming the source (`según el portavoz, Juan Pérez, …`,
 * `selon le porte-parole, Paul Roy de Vries`, `selon le chef de division, le docteur X.`).
 */
function clauseAfterSource(s: Sentence, comma: number, end: number): boolean {
  const { tokens, rules } = s;
  const after = tokens.slice(comma + 1, end);
  if (after.some((t) => t.text === ",")) return false;
  // A title or a person's noun belongs to an apposition (`selon le chef de division, le docteur X.`).
  return after.some(
    (t) =>
      isWord(t) &&
      !isCapitalised(t) &&
      !rules.nameParticles.has(t.lower) &&
      !isFunctionWord(t.lower, rules) &&
      !isPersonNoun(s, t),
  );
}

/**
 * `Según ha informado la Comandancia en un comunicado,`, `según informó la Policía Local`: a speech
 * verb right after the source phrase, its auxiliary included, says how the source spoke, and its
 * subject follows it. Where the source's words start: after that verb, else right after the phrase.
 */
function pastVerbOfSource(s: Sentence, source: number, to: number): number {
  let k = source;
  while (k < to && isWord(s.tokens[k]) && s.rules.auxiliaries.has(s.tokens[k]!.lower)) k++;
  const verb = k < to ? verbAt(s, k) : null;
  return verb !== null && verb.start === k && verb.end < to ? verb.end : source;
}

/** Who a source phrase ending at `source` names, read no further than `to`. */
function sourceNamed(s: Sentence, source: number, to: number): Mention | null {
  const from = pastVerbOfSource(s, source, to);
  const mention = tellerOfWords(s, from, to) ?? readForward(s, from, sourceEnd(s, from, to));
  // `nach Angaben der Polizeiinspektion Celle`, `laut dem Landratsamt Celle`: the article a source
  // phrase governs is in its case, not the body's name as the body writes it. A body's noun alone
  // (`des Verkehrsministeriums`) keeps it: it is the short form of a body named elsewhere, which
  // the merge finds by it. An acronym read as a noun after its article is a name all the same
  // (`nach Angaben des KIT`).
  const article = s.tokens[from];
  const named =
    mention?.type === "name" ||
    (mention?.type === "description" && isBodyAcronym(s.tokens[from + 1], s.rules));
  if (!named || mention.kind !== "organisation" || !isWord(article)) return mention;
  if (!s.rules.obliqueArticles.has(article.lower) || !mention.name.startsWith(`${article.text} `))
    return mention;
  const name = mention.name.slice(article.text.length + 1);
  if (s.rules.organisationNouns.has(name.toLowerCase())) return mention;
  return makeMention({
    ...mention,
    name,
    text: mention.text.startsWith(`${article.text} `) ? name : mention.text,
  });
}

/** A source phrase or speech verb at token v, before the quote at q, with its speaker. */
function cueAt(s: Sentence, v: number, start: number, q: number): Cue | null {
  const { tokens, rules } = s;
  const source = sourcePhraseAt(s, v);
  if (source !== null && source < q) {
    const mention = sourceNamed(s, source, q);
    return mention && { mention, words: cueText(s, v, source) };
  }
  const possessive = possessiveSourceAt(s, v) ?? ownAccountAt(s, v, start);
  if (possessive) return possessive;
  // `Dem Ministerium zufolge ist die Lage „ernst“`: the source stands before its postposition.
  if (rules.postposedSources.has(tokens[v]!.lower)) {
    const mention = readBackward(s, v, start);
    return mention && { mention, words: tokens[v]!.text };
  }
  const verb = verbAt(s, v);
  if (!verb || verb.end > q) return null;
  // A gerund after a comma shares the sentence's subject ("Lee posted it, saying, “…”");
  // right after a noun it belongs to that noun ("un discours du président Martin jugeant que").
  const gerund = rules.speechGerunds.has(tokens[v]!.lower);
  const mention = gerund ? gerundSpeaker(s, v, start) : speakerBefore(s, verb, start, q);
  return mention && { mention, words: cueText(s, verb.start, verb.end) };
}

/**
 * The index of the word before a verb and the clitics and auxiliaries it opens with (`ne l'a`, `has
 * been`), or `from - 1` when they reach back to `from`.
 */
function wordBeforeVerbGroup(s: Sentence, verb: VerbMatch, from: number): number {
  const { tokens, rules } = s;
  let k = verb.start - 1;
  while (k >= from && (rules.clitics.has(tokens[k]!.lower) || rules.auxiliaries.has(tokens[k]!.lower))) k--;
  return k;
}

/** A speech verb at p with a subject of its own: not a gerund (`saying`), which shares another's. */
function verbWithSubjectAt(s: Sentence, p: number): VerbMatch | null {
  return s.rules.speechGerunds.has(s.tokens[p]?.lower ?? "") ? null : verbAt(s, p);
}

/**
 * A verb set off by a comma with only a name between it and the quote, or between it and the next
 * comma, is an incise whose subject follows it: `Dopo i saluti, racconta Lombardi, « … »`, `Puis, a
 * ajouté Jean Dupont : « … »`, `Die Zecken, sagt Vollmer, seien „…“`.
 */
function inciseSpeaker(s: Sentence, verb: VerbMatch, q: number): Mention | null {
  const { tokens, rules } = s;
  const k = wordBeforeVerbGroup(s, verb, 0);
  if (tokens[k]?.text !== ",") return null;
  let last = q - 1;
  while (last >= verb.end && tokens[last]!.kind === "punct") last--;
  // A comma or colon closes the incise; words running on into the marks are the verb's object and its
  // complement (`, called Omar a “terrorist”`). A full stop ends a sentence of reported speech, where
  // the comma before the verb closes an apposition to its subject (`Pablo Ortega, told Euronews his
  // government would …`) and the name after the verb is the one told.
  // `Die Zecken, sagt Vollmer, seien „…“`, `Les tiques, explique Vollmer, sont « … »`: else the first
  // comma after the verb closes an incise set into the clause, which goes on to the marks.
  const closed = last < q - 1 && /^[,:]$/u.test(tokens[last + 1]!.text);
  const end = closed ? last + 1 : findTokenIn(tokens, verb.end + 1, q, (t) => t.text === ",");
  const mention = end > verb.end ? readForward(s, verb.end, end) : null;
  // `Katharina Zbinden, zuständig für Planung, verspricht Ersatz: „…“`: where nouns are capitalised, one
  // word of the dictionary between the verb and a colon is the verb's object, the comma before the verb
  // closing an apposition to the subject; an incise's name stands before a comma.
  const verbsObject =
    rules.verbSecond &&
    end === verb.end + 1 &&
    tokens[end]?.text === ":" &&
    isDictionaryWord(tokens[verb.end]!, rules);
  return mention?.type === "name" &&
    mention.kind === "person" &&
    mention.text === cueText(s, verb.end, end) &&
    !verbsObject
    ? mention
    : null;
}

/** The speaker of a verb before the quote: its subject, or after it in `comme le souligne X, « … »`. */
function speakerBefore(s: Sentence, verb: VerbMatch, start: number, q: number): Mention | null {
  const { tokens, rules } = s;
  if (rules.quotingVerbs.has(tokens[verb.start]!.lower)) return quotedPerson(s, verb, start, q);
  // `Le collectif regrette par la voix de sa porte-parole, Inès Benali, « … »`: the voice speaks.
  const voice = sourcePhraseAt(s, verb.end, rules.voicePhrases);
  if (voice !== null) return readForward(s, voice, q);
  const mention =
    inciseSpeaker(s, verb, q) ??
    subjectAfterReportedClause(s, verb, start, q) ??
    subjectAfterReport(s, verb, start, q) ??
    coordinatedSubject(s, verb, start, q) ??
    speakerOfVerb(s, verb, start, q, false);
  if (mention) return mention;
  if (opensWithoutSubject(s, verb.start)) return UNWRITTEN_SUBJECT;
  // Verb-second order puts the subject after the verb when the sentence opens on something
  // else: `Am Abend sagte Lang: „…“`, `'s Avonds zei de burgemeester: '…'`.
  // An impersonal subject (`hieß es`, `zegt men`) names no one.
  if (rules.verbSecond) {
    if (impersonal(s, verb))
      return (
        documentAuthor(s, start, verb.start) ??
        definiteDocument(s, start, verb.start) ??
        writerOfDocumentBefore(s, start, verb.start) ??
        (opensSentence(tokens, start) && unsignedDocument(s, start, verb.start)
          ? bodyOpeningSentenceBefore(s, start)
          : null) ??
        placeSource(s, start, verb.start)
      );
    // A comma after the verb opens the words reported (`gesagt, Kim sei „wohlauf“`), not its subject.
    return (
      subjectInBracket(s, verb, start) ??
      (tokens[verb.end]?.text === "," ? null : readForward(s, verb.end, q))
    );
  }
  const k = wordBeforeVerbGroup(s, verb, start);
  return k >= start && rules.asWords.has(tokens[k]!.lower) ? readForward(s, verb.end, q) : null;
}

/**
 * `Seine Fahrer stünden oft im Stau, sagt er.`, `Ambulanzen gebe es nur wenige, räumte eine Sprecherin
 * ein.`: where the verb comes second, the clause reported before the comma fills the first place, so the
 * words right after the speech verb are its subject, not the clause before: a pronoun, or anyone once
 * the clause is in the mood of reported speech (`reportedSpeechMarkers`, or a noun then a verb of that
 * mood's shape: `Ein Großteil der Patienten gehöre …, sagt der Mediziner`, see opensReportedClause). (A
 * relative clause before the comma describes a subject written before it, `Der Minister, der …, sagte`, and
 * leaves neither.)
 */
function subjectAfterReportedClause(s: Sentence, verb: VerbMatch, start: number, q: number): Mention | null {
  const { tokens, rules } = s;
  if (!rules.verbSecond) return null;
  const k = wordBeforeVerbGroup(s, verb, start);
  if (k <= start || tokens[k]!.text !== ",") return null;
  const before = tokens.slice(start, k);
  const reported =
    before.some((t) => isWord(t) && rules.reportedSpeechMarkers.has(t.lower)) ||
    opensReportedClause(before.filter(isWord), rules);
  if (!reported && !isPronoun(tokens[verb.end], rules)) return null;
  const mention = readForward(s, verb.end, q);
  return mention?.type === "pronoun" || reported ? mention : null;
}

/**
 * `Trente bouées seront posées d’ici à 2027, a indiqué l’Office de l’environnement, qui chiffre le projet à
 * « … »`, `…, informó la Fiscalía, que calificó el caso de «…»`: a speech verb after the clause it
 * reports and a comma has its subject after it, inverted, and the quote stands in the relative clause
 * describing that subject (opening on a relative pronoun, or on `que` where relatives do). The subject
 * runs to the relative's comma; a name or a description by a known noun, not a pronoun. (Without the
 * relative, the words after such a verb are as often its object: `…, a dénoncé le gouvernement`.)
 */
function subjectAfterReport(s: Sentence, verb: VerbMatch, start: number, q: number): Mention | null {
  const { tokens, rules } = s;
  const k = wordBeforeVerbGroup(s, verb, start);
  if (k <= start || tokens[k]!.text !== ",") return null;
  let comma = verb.end + 1;
  while (comma < q && tokens[comma]!.text !== ",") comma++;
  if (comma >= q || !opensCommaRelativeClause(s, comma + 1)) return null;
  const mention = readForward(s, verb.end, comma);
  if (!mention || mention.type === "pronoun") return null;
  const known =
    mention.type === "name" || tokens.slice(verb.end, comma).some((t) => isWord(t) && knownNoun(rules, t));
  return known ? mention : null;
}

/**
 * `La mutuelle, dans un courriel que Numerama a pu consulter, affirme avoir « … » et assure que « … »`:
 * a verb right after a conjunction (past its clitics and auxiliaries) has no subject of its own; it
 * shares the subject of the speech verb it is joined to, not the last name before it.
 */
function coordinatedSubject(s: Sentence, verb: VerbMatch, start: number, q: number): Mention | null {
  const { tokens, rules } = s;
  const k = wordBeforeVerbGroup(s, verb, start);
  if (k <= start || !listConjunctions(rules).has(tokens[k]!.lower)) return null;
  for (let v = k - 1; v >= start; v--) {
    const joined = verbAt(s, v);
    if (joined && joined.end <= k && !inSubordinateClause(s, v, start))
      return speakerBefore(s, joined, start, q);
  }
  return null;
}

/** How far back from a verb its clause's opening word is looked for. */
const CLAUSE_OPENING_REACH = 8;

/**
 * `X ha explicado que la convocatoria responde a "…" y ha subrayado que …`: a verb in a that-clause
 * or a relative one (its clause opening on `que`, `which`) is what was said, so the verb joined
 * after it is the main clause's.
 */
function inSubordinateClause(s: Sentence, v: number, start: number): boolean {
  const { tokens, rules } = s;
  for (let k = v - 1; k >= start && v - k <= CLAUSE_OPENING_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (rules.complementisers.has(t.lower) || rules.relativePronouns.has(t.lower)) return true;
  }
  return false;
}

/**
 * `Die „Bild“ zitiert Trainer X mit den Worten: „…“`: a verb of quoting names who speaks as its
 * object; with none after it (`X wird mit den Worten zitiert, …`), the passive's subject.
 */
function quotedPerson(s: Sentence, verb: VerbMatch, start: number, q: number): Mention | null {
  // A comma after the verb opens the words reported (`zitiert, die Mannschaft sei „…“`), not its object.
  const object = s.tokens[verb.end]?.text === "," ? null : readForward(s, verb.end, q);
  if (object && object.type !== "pronoun") return object;
  return mainSubject(s, start, verb.start);
}

/**
 * Verb-second order with an auxiliary puts the subject between it and the participle, with
 * whatever else the middle holds: `Am Sonntag hatte der Berater der Regierung in Seoul gesagt`.
 */
function subjectInBracket(s: Sentence, verb: VerbMatch, start: number): Mention | null {
  const { tokens, rules } = s;
  for (let k = verb.start - 2; k >= start && tokens[k]!.text !== ","; k--)
    if (rules.auxiliaries.has(tokens[k]!.lower) && !rules.adverbs.has(tokens[k]!.lower))
      return readForward(s, k + 1, verb.start);
  return null;
}

/**
 * `In einer Mitteilung des Ministeriums hieß es`: before an impersonal verb, the author of the
 * document named (its genitive or `von` complement) is the source; a document alone names no one.
 */
function documentAuthor(s: Sentence, start: number, v: number): Mention | null {
  const { tokens, rules } = s;
  for (let k = start; k < v - 2; k++) {
    const noun = tokens[k]!;
    const issued = rules.organisationNouns.has(noun.lower) || rules.documentSpeech.documents.has(noun.lower);
    if (noun.kind !== "word" || !isCapitalised(noun) || !issued) continue;
    const next = tokens[k + 1]!.lower;
    const from = rules.definiteDeterminers.has(next) ? k + 1 : rules.passiveAgents.has(next) ? k + 2 : -1;
    if (from >= 0) return analysePhrase(s, from, addresseeAt(s, from + 1, v));
  }
  return null;
}

/**
 * `In der Anklageschrift heißt es`, `In dem Gutachten hieß es`: before an impersonal verb, a preposition
 * and a definite document (`documentSpeech`), perhaps past one adjective, is that document speaking. An
 * indefinite one (`In einer Mitteilung hieß es`) is no one the article has told of. One the sentence
 * before introduced (`Der Elternbeirat hat sich in einem Brief an den Kreis gewandt. „…“, heißt es in
 * dem Schreiben.`) is taken up, as `darin` is (writerOfDocumentBefore): its words are its writer's; so is
 * one the body the sentence before opens on, or an earlier one has speak, issued (bodySpeakingBefore).
 */
function definiteDocument(s: Sentence, start: number, v: number): Mention | null {
  const { tokens, rules } = s;
  const noun = tokens[v - 1];
  if (v - start < 3 || v - start > 4 || !rules.prepositions.has(tokens[start]!.lower)) return null;
  if (!rules.definiteDeterminers.has(tokens[start + 1]!.lower) || !isWord(noun) || !isCapitalised(noun))
    return null;
  if (!rules.documentSpeech.documents.has(noun.lower)) return null;
  // Its issuer is looked for before the sentence it stands in, wherever the quote opens that sentence
  // (`Die Reihe sei „…“, heißt es in der Pressemitteilung.`).
  const opening = sentenceOpening(tokens, start);
  const writer = writerOfDocumentInSentenceBefore(s, opening) ?? bodySpeakingBefore(s, opening);
  if (writer !== null) return writer;
  // The noun alone reads as a name; a document speaks as a body does, never as someone a later
  // description of a person (`sagte der 34-Jährige`) may stand for.
  const document = analysePhrase(s, v - 1, v);
  return document && makeMention({ ...document, kind: "organisation" });
}

/**
 * `Die Kammer hat sich mit einem Brief an den Oberbürgermeister gewandt. Darin heißt es: „…“`: an
 * impersonal verb whose clause [start, v) is only a pronominal adverb pointing into a document
 * (`insideDocumentAdverbs`) gives the words of whoever the sentence before, naming a document, opens
 * on as its subject. A sentence naming no document leaves the adverb pointing at something else.
 */
function writerOfDocumentBefore(s: Sentence, start: number, v: number): Mention | null {
  if (v !== start + 1 || !s.rules.insideDocumentAdverbs.has(s.tokens[start]!.lower)) return null;
  return writerOfDocumentInSentenceBefore(s, start);
}

/**
 * Whoever the sentence ending before `start`, naming a document, opens on as its subject (see
 * writerOfDocumentBefore).
 */
function writerOfDocumentInSentenceBefore(s: Sentence, start: number): Mention | null {
  const { tokens, rules } = s;
  const before = sentenceOpening(tokens, start - 1);
  if (before < 0 || start - before < 3) return null;
  // No sentence opens between `before` and `start` (the search above), but a quote may stand there.
  if (tokens.slice(before, start).some((t) => t.kind === "quote")) return null;
  const documents = rules.documentSpeech.documents;
  if (!tokens.slice(before, start).some((t) => isWord(t) && isCapitalised(t) && documents.has(t.lower)))
    return null;
  // The subject stands before the sentence's finite verb (`Die Stadtwerke haben den Kunden … geschickt`),
  // or right after it when the sentence opens on something else (`Im Juni hat das Bundesamt …`).
  // With no auxiliary, the verb in second place (`Das Innenministerium reagierte mit einer Stellungnahme`).
  const auxiliary = findTokenIn(tokens, before + 1, start - 1, (t) => rules.auxiliaries.has(t.lower));
  const finite = auxiliary < 0 ? secondPlaceVerb(s, before, start - 1) : auxiliary;
  if (finite < 0) return readForward(s, before, start - 1);
  return readForward(s, before, finite) ?? readForward(s, finite + 1, start - 1);
}

/**
 * `Die Universität teilte mit, die Figur werde untersucht. Die Ergebnisse folgen 2027. In der Mitteilung
 * heißt es …`, `Vor allem Blut sei knapp, teilte der Blutspendedienst mit. „…“, heißt es in der
 * Mitteilung.`: a definite document is the release of the body an earlier sentence of the paragraph,
 * before `start`, has speak (the subject of its speech verb, read as for a quote: `Das teilte das Amt
 * mit`); the nearest such sentence, not past a quote (someone's words between).
 */
function bodySpeakingBefore(s: Sentence, start: number): Mention | null {
  const { tokens } = s;
  let end = start - 1;
  for (let from = end - 1; from >= 0; from--) {
    if (tokens[from]!.kind === "quote") return null;
    if (from > 0 && !opensSentence(tokens, from)) continue;
    for (let k = from; k < end; k++) {
      const verb = verbWithSubjectAt(s, k);
      const speaker = verb && speakerBefore(s, verb, from, end);
      if (speaker) return speaker.kind === "organisation" ? speaker : null;
    }
    end = from - 1;
  }
  return null;
}

/**
 * Where a document's author's phrase from `from` ends: at a preposition opening another phrase on a
 * determiner, whom the document went to (`eine Stellungnahme des Unternehmens an den Stadtrat`),
 * while a body's own name takes its preposition with none (`des Bundesamts für Migration`, `des
 * Regierungskommissariats in Bozen`); or at one before a time word, saying when the document came
 * (`eine Mitteilung der Stadtverwaltung am Montag`).
 */
function addresseeAt(s: Sentence, from: number, end: number): number {
  const { tokens, rules } = s;
  const opensPhrase = (k: number) =>
    rules.prepositions.has(tokens[k]!.lower) &&
    (rules.determiners.has(tokens[k + 1]?.lower ?? "") || rules.adverbs.has(tokens[k + 1]?.lower ?? ""));
  let k = from;
  while (k < end && !opensPhrase(k)) k++;
  return k;
}

/**
 * `Aus dem Kanzleramt verlautete`, `In Regierungskreisen heißt es`, `hieß es aus dem Ministerium`: the
 * phrase [from, to) by an impersonal verb, a preposition and the body or the circle of people it names
 * by a known noun (not `Am Montag hieß es`, nor a document alone: `In einer Mitteilung hieß es`).
 */
function placeSource(s: Sentence, from: number, to: number): Mention | null {
  const { tokens, rules } = s;
  const opener = tokens[from];
  const head = tokens[to - 1];
  if (to - from < 2 || !isWord(opener) || !isWord(head) || !rules.prepositions.has(opener.lower)) return null;
  const people = rules.personNouns.has(head.lower);
  if (!people && !(rules.impersonalSourcePrepositions.has(opener.lower) && knownNoun(rules, head)))
    return null;
  const article = rules.obliqueArticles.has(tokens[from + 1]!.lower) ? 1 : 0;
  return analysePhrase(s, from + 1 + article, to);
}

/** `„…“, hieß es aus dem Ministerium.`: the source after an impersonal verb, up to the clause's end. */
function sourceAfterImpersonal(s: Sentence, verb: VerbMatch, end: number): Mention | null {
  const { tokens, rules } = s;
  let to = verb.end;
  while (to < end && tokens[to]!.kind === "word") to++;
  // `„…“, heißt es darin.`: the adverb pointing into a document, after the verb, as before it
  // (writerOfDocumentBefore); the sentence opens on the quote.
  const quote = verb.start - 2;
  const intoDocument =
    to === verb.end + 1 &&
    rules.insideDocumentAdverbs.has(tokens[verb.end]!.lower) &&
    tokens[verb.start - 1]?.text === "," &&
    tokens[quote]?.kind === "quote" &&
    opensSentence(tokens, quote);
  if (intoDocument) return writerOfDocumentInSentenceBefore(s, quote);
  const unsigned =
    tokens[verb.start - 1]?.text === "," &&
    tokens[quote]?.kind === "quote" &&
    opensSentence(tokens, quote) &&
    unsignedDocument(s, verb.end, to);
  if (unsigned) return bodyOpeningSentenceBefore(s, quote);
  // `„…“, heißt es in der Studie.`: a definite document after the verb speaks as it does before it.
  return documentAuthor(s, verb.end, to) ?? definiteDocument(s, verb.end, to) ?? placeSource(s, verb.end, to);
}

/**
 * Whether [from, to) is only a preposition and an indefinite document, perhaps past one adjective, whose
 * author it does not name: `in einer Stellungnahme`, `in einer schriftlichen Mitteilung`.
 */
function unsignedDocument(s: Sentence, from: number, to: number): boolean {
  const { tokens, rules } = s;
  const noun = tokens[to - 1];
  if (to - from < 3 || to - from > 4 || !rules.prepositions.has(tokens[from]!.lower)) return false;
  if (!rules.indefiniteDeterminers.has(tokens[from + 1]!.lower) || !isWord(noun) || !isCapitalised(noun))
    return false;
  return rules.documentSpeech.documents.has(noun.lower);
}

/**
 * `Das Kultusministerium sieht das anders. In einer Stellungnahme heißt es, …`, `Der Sanitätsbetrieb
 * verweist auf die Personalnot. „…“, heißt es in einer schriftlichen Stellungnahme.`: a document whose
 * author goes unnamed (unsignedDocument) is the body's that the sentence ending before `start` opens on
 * as its subject. A person there may be quoted in it, not have written it.
 */
function bodyOpeningSentenceBefore(s: Sentence, start: number): Mention | null {
  const { tokens } = s;
  const before = sentenceOpening(tokens, start - 1);
  if (before < 0 || start - before < 3 || tokens.slice(before, start).some((t) => t.kind === "quote"))
    return null;
  const subject = subjectBeforeSecondVerb(s, before, start - 1);
  return subject?.kind === "organisation" ? subject : null;
}

// How far back `pour` may open the phrase: a name with a long apposition (`Pour Marc Delorme,
// chercheur au CNRS et spécialiste des polymères, « … »`).
const VIEWPOINT_WORDS = 24;

/** `pour X, « … »` at the start of a sentence or clause. */
function viewpointBefore(s: Sentence, q: number, start: number): Cue | null {
  const { tokens, rules } = s;
  if (tokens[q - 1]?.text !== ",") return viewpointOpening(s, q, start);
  for (let p = q - 2; p >= start && q - p < VIEWPOINT_WORDS; p--) {
    if (!rules.viewpointPrepositions.has(tokens[p]!.lower)) continue;
    const opensClause = p === start || tokens[p - 1]!.text === "," || tokens[p - 1]!.kind === "quote";
    const mention = opensClause ? (objectPronounAt(s, p + 1, q - 1) ?? analysePhrase(s, p + 1, q - 1)) : null;
    if (mention && mention.type !== "description") return { mention, words: tokens[p]!.text };
  }
  return null;
}

// How far past the viewpoint's comma the quote may stand: `Pour Paul Henri, c'est « … »`.
const VIEWPOINT_REACH = 8;

/**
 * `Pour Paul Henri, c'est « un scandale »`, `Para el juez, se trata de «un error»`: a viewpoint
 * opening the sentence speaks the quote a few words after its comma, when no speech verb or
 * source phrase between gives it to someone else.
 */
function viewpointOpening(s: Sentence, q: number, start: number): Cue | null {
  const { tokens, rules } = s;
  // One conjunction or adverb may open the sentence: `Mais pour…`, `Y para…`, `Aussi pour…`; a word
  // of a name may not (`Transport for West Midlands said`: the body's own name).
  const opener = tokens[start];
  const conjunction =
    isWord(opener) && (rules.clauseJoins.has(opener.lower) || rules.adverbs.has(opener.lower));
  const p = (conjunction ? [start, start + 1] : [start]).find(
    (k) => k < q && rules.viewpointPrepositions.has(tokens[k]!.lower),
  );
  if (p === undefined) return null;
  const first = findTokenIn(tokens, p + 1, q, (t) => t.text === ",");
  // Where the verb comes second, no comma sets the viewpoint off: `Für den OGBL ist die Lage „…“`;
  // the copula right after its words ends it.
  const copula =
    first < 0 && rules.capitalisesNouns
      ? findTokenIn(tokens, p + 1, q, (t) => !isWord(t) || rules.copulas.has(t.lower))
      : -1;
  const verbSecond = copula > p + 1 && rules.copulas.has(tokens[copula]!.lower);
  if (first < 0 && !verbSecond) return null;
  const { phraseEnd, comma, described } = verbSecond
    ? { phraseEnd: copula, comma: copula, described: false }
    : pastAppositions(s, first, q);
  // The words between the comma and the quote, as quote judgement counts them.
  if (comma - p > VIEWPOINT_WORDS || q - comma - 1 > VIEWPOINT_REACH) return null;
  let thingSpeaks = false;
  for (let k = comma + 1; k < q; k++) {
    if (sourcePhraseAt(s, k) !== null) return null;
    if (!verbAt(s, k) || partOfFrame(s, k, cueAt(s, k, start, q))) continue;
    if (thingSpeaks || !thingSubject(s, comma + 1, k)) return null;
    thingSpeaks = true;
  }
  const mention = objectPronounAt(s, p + 1, phraseEnd) ?? analysePhrase(s, p + 1, phraseEnd);
  // Past a clause of its own only a person keeps the quote, by a pronoun, a full name or an office
  // that names its rank or body (`Pour le Premier ministre, il s'agit d'un « … »`): not `Pour Noël, la
  // ville a installé des « … »`. A bare office (`Para o senador`) may mean any of several people: the
  // context strategies decide.
  const phrase = tokens.slice(p + 1, phraseEnd);
  // A surname alone is a person's when an apposition describes them: `Para Martins, um dos senadores…`.
  // A thing the viewpoint's clause makes speak leaves only the viewpoint to speak: a bare office will do
  // (`Pour l’archéologue, ces offrandes signalent « … »`).
  // A body named by its own name holds a view as a person does: `Pour la CGT, c’est « … »`.
  const person =
    (mention?.type === "name" && mention.kind === "organisation") ||
    (thingSpeaks &&
      mention?.type === "description" &&
      phrase.some((t) => isWord(t) && isPersonWord(t.lower, rules))) ||
    mention?.type === "pronoun" ||
    (mention?.type === "name" && mention.kind === "person" && (mention.name.includes(" ") || described)) ||
    (mention?.type === "description" &&
      phrase.some((t) => isPersonNoun(s, t)) &&
      phrase.slice(1).some((t) => isWord(t) && isCapitalised(t)));
  return person ? { mention, words: tokens[p]!.text } : null;
}

/**
 * `ces offrandes signalent`, `les chiffres montrent`: the words in [from, verb) are a noun phrase opening
 * on a determiner, in lower case, whose nouns the lexicon knows for no person, body or document: a thing
 * made the subject of a speech verb, which says what the words are about, not who speaks them.
 */
function thingSubject(s: Sentence, from: number, verb: number): boolean {
  const { tokens, rules } = s;
  let end = verb;
  while (
    end > from &&
    (rules.auxiliaries.has(tokens[end - 1]!.lower) || rules.adverbs.has(tokens[end - 1]!.lower))
  )
    end--;
  const phrase = tokens.slice(from, end);
  // The lexicon lists its nouns in the singular: `les agriculteurs` are people.
  const personal = (lower: string) =>
    [lower, lower.replace(PLURAL_ENDING, "")].some(
      (form) => rules.organisationNouns.has(form) || isPersonWord(form, rules),
    );
  return (
    phrase.length >= 2 &&
    rules.determiners.has(phrase[0]!.lower) &&
    phrase.every(
      (t) =>
        isWord(t) &&
        !isCapitalised(t) &&
        !personal(t.lower) &&
        !rules.documentSpeech.documents.has(t.lower) &&
        !isPronoun(t, rules),
    )
  );
}

// A plural's ending (`agriculteurs`), taken off to look the noun up in the singular.
const PLURAL_ENDING = /(?<=\p{L}{2})[sx]$/u;

// How many commas of appositions a viewpoint's phrase may run over.
const VIEWPOINT_APPOSITIONS = 3;

/**
 * `Para el líder de la oposición, Roberto Falcão (PL-SC), el gobierno «…»`, `Para el oceanógrafo
 * Jordi Puig, de la Universidad de Barcelona, que no participó en el estudio, el documento es «…»`:
 * the appositions after the viewpoint's phrase are part of it. A name in apposition right after it
 * names the phrase's person (`phraseEnd`); a description of them (`described`), an affiliation or a
 * relative clause only stands between. `comma` is the comma after the last apposition, where the
 * clause of the viewpoint begins.
 */
function pastAppositions(
  s: Sentence,
  first: number,
  q: number,
): { phraseEnd: number; comma: number; described: boolean } {
  let phraseEnd = first;
  let comma = first;
  let described = false;
  for (let n = 0; n < VIEWPOINT_APPOSITIONS; n++) {
    const next = findTokenIn(s.tokens, comma + 1, q, (t) => t.text === ",");
    const kind = next < 0 ? null : appositionKind(s.tokens.slice(comma + 1, next), s.rules);
    if (kind === null) break;
    if (kind === "name" && phraseEnd === comma) phraseEnd = next;
    described ||= kind === "description";
    comma = next;
  }
  return { phraseEnd, comma, described };
}

const isPersonNoun = (s: Sentence, t: Token) =>
  isWord(t) && (s.rules.titles.has(t.lower) || s.rules.personNouns.has(t.lower));

/** `For him`, `Für ihn`: an object pronoun alone in [from, to), read as its subject form. */
function objectPronounAt(s: Sentence, from: number, to: number): Mention | null {
  const subject = to - from === 1 ? s.rules.objectPronouns.get(s.tokens[from]!.lower) : undefined;
  return subject === undefined ? null : pronounStandingFor(s, subject, s.tokens[from]!.text);
}

/** A pronoun mention written `text` meaning the lexicon's `subject` pronoun, or a person of either gender. */
function pronounStandingFor(s: Sentence, subject: string | null, text: string): Mention | null {
  const info = subject === null ? { gender: undefined, plural: false } : s.rules.pronouns.get(subject);
  if (!info) return null;
  const kind = "organisation" in info && info.organisation ? "organisation" : "person";
  return makeMention({
    type: "pronoun",
    text,
    name: text,
    role: null,
    kind,
    gender: info.gender,
    plural: info.plural,
  });
}

/**
 * `De beslissing nam ze naar eigen zeggen „…“`, `Die Firma hat nach eigenen Angaben „…“`: a phrase
 * starting at token v giving the words to the clause's own subject, inverted after its verb or opening it.
 */
function ownAccountAt(s: Sentence, v: number, start: number): Cue | null {
  const end = sourcePhraseAt(s, v, s.rules.ownAccountPhrases);
  if (end === null) return null;
  const mention = readBackward(s, v, start) ?? mainSubject(s, start, v);
  return mention && { mention, words: cueText(s, v, end) };
}

const possessivePhrases = new WeakMap<ReadonlyMap<string, string | null>, string[]>();

/** `à ses yeux`, `in her view` starting at token i: the pronoun its possessive stands for, and the words. */
function possessiveSourceAt(s: Sentence, i: number): Cue | null {
  const table = s.rules.possessiveSources;
  let phrases = possessivePhrases.get(table);
  if (!phrases) possessivePhrases.set(table, (phrases = [...table.keys()]));
  const end = sourcePhraseAt(s, i, phrases);
  if (end === null) return null;
  const words = cueText(s, i, end);
  const mention = pronounStandingFor(s, table.get(words.toLowerCase()) ?? null, words);
  return mention && { mention, words };
}

/** 4. A speech verb or source phrase later in the sentence. */
export function cueLater(s: Sentence, q: number, end: number): Cue | null {
  const { tokens, rules } = s;
  for (let p = q + 1; p < end; p++) {
    // `…, ha asegurado en Hoy por Hoy, donde fue preguntada por el informe que recomienda …`: a clause
    // on the place the words were said holds other people's words, not the quote's.
    if (rules.relativeAdverbs.has(tokens[p]!.lower)) break;
    const possessive = possessiveSourceAt(s, p);
    if (possessive) return possessive;
    const source = sourcePhraseAt(s, p);
    if (source !== null) {
      const mention = sourceNamed(s, source, end);
      if (mention) return { mention, words: cueText(s, p, source) };
    }
    const verb = verbWithSubjectAt(s, p);
    if (!verb) continue;
    let from = p - 1;
    while (from > q && tokens[from]!.kind !== "quote" && tokens[from]!.text !== ",") from--;
    const mention = speakerOfVerb(s, verb, from + 1, end, false) ?? readForward(s, verb.end, end);
    if (mention) return { mention, words: cueText(s, verb.start, verb.end) };
  }
  return null;
}

/** Speakers of reported speech without quotes ("Lee said the charges are overdue"), for pronouns later on. */
export function reportedSpeakerAt(s: Sentence, v: number, start: number, end: number): Mention | null {
  const verb = verbWithSubjectAt(s, v);
  if (verb) return speakerBefore(s, verb, start, end);
  const closing = closingSource(s, v, end);
  if (closing) return closing;
  // `Selon un proche, la décision était mûrie.`: a source phrase opening the sentence gives all of it
  // as an unnamed person's words, as a speech verb would; the pronoun of a quote after it may stand for
  // them. Only the unnamed: people named there are met anyway, and a poll or a body (`Laut dem
  // jüngsten Thüringen-Trend`) is no one a pronoun means.
  const source = v === start ? sourcePhraseAt(s, v) : null;
  const mention = source === null ? null : sourceNamed(s, source, end);
  return mention?.type === "description" && mention.kind === "unnamed" ? mention : null;
}

/**
 * `Wertsachen gehörten in die Innentaschen, so Franken.`, `Il faut porter plainte, selon lui.`: a source
 * phrase after a comma, its person the last words of the sentence, gives the whole sentence as their
 * words, as a speech verb would: the person spoke, and a quote after it with no cue of its own is
 * theirs rather than the speaker's before.
 */
function closingSource(s: Sentence, v: number, end: number): Mention | null {
  const { tokens, rules } = s;
  if (tokens[v - 1]?.text !== ",") return null;
  const source = sourcePhraseAt(s, v) ?? sourcePhraseAt(s, v, rules.trailingSourcePhrases);
  if (source === null) return null;
  let last = end - 1;
  while (last > source && tokens[last]!.kind === "punct") last--;
  const mention = readForward(s, source, last + 1);
  const person = mention?.type === "pronoun" || (mention?.type === "name" && mention.kind === "person");
  return person && mention.text === cueText(s, source, last + 1) ? mention : null;
}

/** The impersonal subject of a quote's sentence, with the body it stands for, if the sentence names one. */
export interface ImpersonalCue {
  mention: Mention | null;
  words: string;
}

/**
 * A quote with no cue of its own whose sentence speaks through an impersonal subject:
 * `Au rectorat de Lyon, on défend une décision « … »`, `« …, explique-t-on au rectorat. … »`.
 * The place named speaks, as a body; without one (`on dit que « … »`) nobody does, and the quote
 * is not the last speaker's either.
 */
export function impersonalCue(s: Sentence, q: number, start: number, end: number): ImpersonalCue | null {
  const impersonal = s.rules.impersonalSubject;
  if (!impersonal) return null;
  const tokens = s.tokens[q]!.inner ?? [];
  const inside = sentenceWith(s, tokens);
  // Inside the marks only an incise's inverted `-t-on`: a bare `on` there is the speaker's own word.
  const readings = [
    {
      sentence: s,
      from: start,
      to: end,
      on: s.tokens.findIndex(
        (t, k) => k >= start && k < end && k !== q && t.kind === "word" && t.lower === impersonal.pronoun,
      ),
    },
    {
      sentence: inside,
      from: 0,
      to: tokens.length,
      on: tokens.findIndex((t) => t.inverted === true && t.lower === impersonal.pronoun),
    },
  ];
  for (const { sentence, from, to, on } of readings) {
    if (on < 0) continue;
    const sentenceStart = Math.max(
      from,
      ...sentence.tokens
        .slice(from, on)
        .flatMap((t, k) => (t.kind === "punct" && /^[.;!?]$/u.test(t.text) ? [from + k + 1] : [])),
    );
    // `ajoute-t-on de même source`: the source named before speaks again, so this is not nobody:
    // the one the sentence before names with its speech verb, whether or not it quoted them.
    const same = impersonal.sameSource.find((phrase) => phraseAt(sentence, on + 1, phrase));
    if (same !== undefined) {
      const source = sourceOfSentenceBefore(s, start);
      return source && { mention: source, words: cueText(sentence, on, on + 1 + same.split(" ").length) };
    }
    // `», y indique-t-on`, `on y assure que « … »`: a pronoun for a place, before the inverted verb
    // (`y`, the verb, `on`) or right after the subject, stands for the source the sentence before named.
    const back = sentence.tokens[on]!.inverted ? on - 2 : on + 1;
    if (impersonal.placeBack.has(sentence.tokens[back]?.lower ?? "")) {
      const source = sourceOfSentenceBefore(s, start);
      if (source)
        return { mention: source, words: cueText(sentence, Math.min(on, back), Math.max(on, back) + 1) };
    }
    const mention =
      placeBefore(sentence, sentenceStart, on, impersonal.places) ??
      placeAfter(sentence, on, to, impersonal.places);
    return { mention, words: cueText(sentence, on, on + 1) };
  }
  return null;
}

/**
 * Who the block's sentence before token `start` names with its last speech verb: after the verb
 * when a comma opens it as an incise (`Le « … », c’est la réponse, plaide l’entourage du ministre.`),
 * before it otherwise (`Le cabinet du ministre plaide pour la réforme.`).
 */
function sourceOfSentenceBefore(s: Sentence, start: number): Mention | null {
  const ends = (k: number) => s.tokens[k]?.kind === "punct" && /^[.;!?]$/u.test(s.tokens[k]!.text);
  let to = start;
  while (to > 0 && (ends(to - 1) || s.tokens[to - 1]!.kind === "punct")) to--;
  let from = to;
  while (from > 0 && !ends(from - 1)) from--;
  for (let v = to - 1; v >= from; v--) {
    const verb = verbAt(s, v);
    if (verb) return speakerOfVerb(s, verb, from, to, s.tokens[v - 1]?.text === ",");
  }
  return null;
}

/** The lower-case phrase's words stand in the sentence from token `at`. */
function phraseAt(s: Sentence, at: number, phrase: string): boolean {
  return phrase.split(" ").every((word, k) => s.tokens[at + k]?.lower === word);
}

// Words in the place an impersonal subject speaks from: `dans le rapport de la Cour des comptes`, `du côté
// de la direction des services départementaux de l’Éducation nationale` (nine).
const MAX_PLACE = 12;

/** `Au rectorat de Lyon, on …`: a place opening the sentence, a comma, then the impersonal subject. */
function placeBefore(
  s: Sentence,
  from: number,
  on: number,
  places: ReadonlyMap<string, string>,
): Mention | null {
  const comma = findTokenIn(s.tokens, from + 1, on, (t) => t.text === ",");
  return comma >= 0 && on - comma <= 2 ? placeMention(s, from, comma, places) : null;
}

// How many words of the verb may stand between the impersonal subject and its place: `fait-on savoir`.
const VERB_AFTER_ON = 1;

/**
 * `…, explique-t-on au rectorat.`, `», fait-on savoir dans l’entourage du ministre`: a place right after the
 * impersonal subject (or the word completing its verb), ending the clause.
 */
function placeAfter(
  s: Sentence,
  on: number,
  to: number,
  places: ReadonlyMap<string, string>,
): Mention | null {
  const stop = findTokenIn(s.tokens, on + 1, to, (t) => t.kind !== "word");
  const end = stop < 0 ? to : stop;
  for (let at = on + 1; at < end && at - on <= 1 + VERB_AFTER_ON; at++) {
    const mention = placeMention(s, at, end, places);
    if (mention) return mention;
  }
  return null;
}

/**
 * The body named by a place phrase from `at` (its preposition, perhaps of several words) to `to`: "au
 * rectorat" is "le rectorat", "du côté de la direction" is "la direction".
 */
function placeMention(
  s: Sentence,
  at: number,
  to: number,
  places: ReadonlyMap<string, string>,
): Mention | null {
  const opening = placeOpening(s, at, places);
  if (!opening || to - opening.end < 1 || to - opening.end > MAX_PLACE) return null;
  const text = cueText(s, opening.end, to);
  return makeMention({
    type: "description",
    text,
    name: opening.determiner + text,
    role: null,
    kind: "organisation",
    definite: true,
  });
}

const placePhrases = new WeakMap<ReadonlyMap<string, string>, string[]>();

/** The longest place preposition of the lexicon at token `at`: the index after it, and its article. */
function placeOpening(
  s: Sentence,
  at: number,
  places: ReadonlyMap<string, string>,
): { end: number; determiner: string } | null {
  let phrases = placePhrases.get(places);
  if (!phrases) {
    phrases = [...places.keys()].sort((a, b) => b.split(" ").length - a.split(" ").length);
    placePhrases.set(places, phrases);
  }
  const end = sourcePhraseAt(s, at, phrases);
  if (end === null) return null;
  const determiner = places.get(cueText(s, at, end).toLowerCase().replace(/’/gu, "'"));
  return determiner === undefined ? null : { end, determiner };
}

/**
 * `Dans les Landes, la chambre d’agriculture a recensé « … »`, `Anne-Sophie, qui y travaille, a appris la
 * nouvelle « … »`: a quote in the clause of a subject named or described at the sentence's opening, its
 * verb in the perfect (`perfectAuxiliaries`: someone did something with the words) but no speech verb,
 * holds that subject's words. Not past a comma or a clause of its own (`…, qui évoque « … »`), nor
 * after a copula or a verb in another mood (`Les autorités sont sans nouvelles « d’encore plus de 200 »
 * personnes`, `Die Medien würden „…“ erfahren`: the figure or the words are someone else's). Null when
 * the sentence opens on a pronoun (its antecedent is a pronoun's business) or on no subject; not for a
 * pronoun counting the people named before it (`Le second, lui, a dédié son but à « … »`, "the latter"):
 * its order, not a guess, says who it is. Else, a clause a colon closes before the quote names its
 * subject (subjectBeforeColon), and so does the phrase before a quote that is the clause's predicate
 * (quotedPredicate).
 */
export function subjectOfQuoteClause(s: Sentence, q: number, start: number): Mention | null {
  const { tokens, rules } = s;
  let perfect = false;
  for (let k = q - 1; k > start && tokens[k]!.text !== ","; k--) {
    const t = tokens[k]!;
    if (t.kind === "quote" || rules.clauseJoins.has(t.lower) || rules.relativePronouns.has(t.lower))
      return null;
    perfect ||= rules.perfectAuxiliaries.has(t.lower);
  }
  const subject = perfect ? mainSubject(s, start, q) : null;
  if (subject && (subject.type !== "pronoun" || subject.order !== undefined)) return subject;
  if (tokens[q - 1]?.text === ":") return subjectBeforeColon(s, q - 1, start);
  return quotedPredicate(s, q) ? phraseBeforeColon(s, q, skipLeadIn(s, start, q)) : null;
}

const SENTENCE_END = /^[.!?]$/u;

/**
 * `Dans un communiqué, le club « condamne fermement ces comportements ».`: words in marks opening on a
 * lower-case word that is no determiner nor preposition, right after the subject's words and closing
 * the clause, are its predicate, quoted.
 */
function quotedPredicate(s: Sentence, q: number): boolean {
  const { tokens, rules } = s;
  const inner = tokens[q]!.inner ?? [];
  const first = inner.find(isWord);
  const after = tokens[q + 1];
  // `Abbas “has put aside … . Prime Minister Netanyahu has released …”`: words in marks running on past
  // their own sentence are someone's speech about the subject, not the subject's predicate.
  const oneSentence = inner.slice(0, -1).every((t) => !SENTENCE_END.test(t.text));
  return (
    oneSentence &&
    isWord(tokens[q - 1]) &&
    first !== undefined &&
    !isCapitalised(first) &&
    !rules.determiners.has(first.lower) &&
    !rules.prepositions.has(first.lower) &&
    (after === undefined || (after.kind !== "word" && after.kind !== "quote"))
  );
}

/**
 * `À la sortie, la syndique ne cachait pas sa déception : « … »`, `Der Verbund warnte erneut vor
 * Betrügern: „…“`: a main clause whose verb no strategy reads as speech, closed by a colon before the
 * quote, presents the words as its subject's, a person or a body named or described. Not a pronoun,
 * which is resolved as the speech cues resolve it, nor a topic (`El caso Ortega:`), nor a clause
 * quoting already.
 */
function subjectBeforeColon(s: Sentence, colon: number, start: number): Mention | null {
  const { tokens } = s;
  if (findTokenIn(tokens, start, colon, (t) => t.kind === "quote") >= 0 || namesTopic(s, start, colon + 1))
    return null;
  const subject = mainSubject(s, start, colon) ?? unnamedSubjectBeforeColon(s, colon, start, true);
  if (subject === null || subject.type === "pronoun") return null;
  // `Besonders das erste Gegentor ärgerte ihn:`: a thing the clause is about names no speaker.
  const { personNouns, titles, organisationNouns } = s.rules;
  const someone = (word: string) =>
    personNouns.has(word) || titles.has(word) || organisationNouns.has(word) || isPersonWord(word, s.rules);
  // A name ends on a capital: one ending in a lower-case word has run on into the verb.
  const words = subject.name.split(/\s+/u);
  if (subject.type === "name") return /^\p{Lu}/u.test(words.at(-1)!) ? subject : null;
  return words.some((word) => someone(word.toLowerCase())) ? subject : null;
}
