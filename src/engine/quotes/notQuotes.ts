// Tells a quotation from the other uses of quotation marks: titles of works, names, nicknames,
// terms being mentioned and scare quotes. The cues are the ones a reader uses: a speech verb in
// the sentence, a naming word just before the marks ("so-called", "le terme", "baptisé"), Title
// Case, and length (a whole sentence in marks is nearly always somebody's words).
import type { Span, TextBlock } from "../types.ts";
import type { LanguageRules } from "../lang/types.ts";
import type { MarkFamily } from "./marks.ts";

/** A span between quotation marks, before it is judged. */
export interface Candidate {
  block: TextBlock;
  text: string;
  inner: Span;
  open: Span;
  close: Span | null;
  family: MarkFamily;
}

// A span this long is someone's words unless it looks like a title: scare quotes and terms are
// a few words.
const LONG_QUOTE_WORDS = 6;
// How far around the marks to look for the sentence and its cues; bounds the work per quote.
const CONTEXT_CHARS = 300;

// Words right before the marks that present what follows as a name, a title or a word being
// mentioned, in the languages the engine meets (checked in all of them: pages in a language
// without rules still get these). Matched against the end of the text before the opening mark.
const NAMING_CUE = new RegExp(
  "(?:^|[^\\p{L}])(?:" +
    [
      // en
      "so-called|so called|self-styled|the (?:word|words|term|phrase|expression|slogan|hashtag|label|motto|name|title|acronym)|" +
        "(?:titled|entitled|named|nicknamed|dubbed|called|known as|branded|labell?ed|billed as|marketed as)(?: (?:a|an|the))?",
      // fr
      "soi-disant|prétendue?s?|dite?s?|(?:le|du|au|les|des) (?:mot|terme|vocable|slogan|hashtag|label|sobriquet|surnom|titre|nom)s?|" +
        "(?:l’|l')(?:expression|appellation|étiquette|acronyme|intitulé)|(?:la|une) (?:formule|mention|devise|expression)|" +
        "(?:intitulée?s?|baptisée?s?|surnommée?s?|nommée?s?|appelée?s?|dénommée?s?|qualifiée?s? de)(?: (?:de|d’|d'|du|des|la|le|les|l’|l'|un|une))?",
      // de, es, pt, it, nl
      "sogenannte[nmrs]?|so genannte[nmrs]?|genannt|(?:das|dem) (?:Wort|Schlagwort|Motto)|(?:der|den|dem) (?:Begriff|Titel|Slogan)|" +
        "(?:el|la|lo) (?:término|palabra|expresión|lema|apodo)|llamad[oa]s?|denominad[oa]s?|apodad[oa]s?|titulad[oa]s?|" +
        "(?:o|a) (?:termo|palavra|expressão|lema|apelido)|chamad[oa]s?|intitulad[oa]s?|apelidad[oa]s?|" +
        "cosiddett[oaie]|(?:il|la) (?:termine|parola|espressione|motto)|chiamat[oaie]|soprannominat[oaie]|intitolat[oaie]|" +
        "zogenaamde?|(?:het|de) (?:woord|term|begrip)|genaamd",
    ].join("|") +
    ")\\s*$",
  "iu",
);

// "what he called a “witch hunt”", "Called a “violent game” by its makers": the naming verb has
// a speaker, so the span is that speaker's words.
const SPEAKER_BEFORE_NAMING_VERB = /(?:^|[^\p{L}])(?:he|she|they|we|I|it|who|il|elle|ils|elles|on|qui|qu’il|qu'il|qu’elle|qu'elle|\p{Lu}[\p{L}’'-]+)\s+(?:has |have |had |a |ont |avait )?(?:called|dubbed|branded|labell?ed|qualifié|qualifiée|qualifie|qualifient|appelle|appelé|nennt|nannte|llamó|chamou|chiamato)(?: (?:a|an|the|de|d’|d'|un|une|la|le|les))?\s*$/u;
const AGENT_AFTER = /^\s*(?:by|par|von|por|da|door)\s/i;
const WEAK_NAMING_VERB = /(?:called|dubbed|branded|labell?ed|qualifiée?s? de|qualifié)(?: (?:a|an|the|de|d’|d'|un|une|la|le|les))?\s*$/iu;

/** True when a reader takes the span for somebody's words. */
export function isQuotation(candidate: Candidate, rules: LanguageRules): boolean {
  const context = sentenceContext(candidate);
  if (isNamed(context)) return false;
  const words = wordCount(candidate.text);
  const cued = hasSpeechCue(context, rules);
  if (looksLikeTitle(candidate.text, rules.code) && !context.before.trimEnd().endsWith(":")) return false;
  if (words >= LONG_QUOTE_WORDS) return true;
  return cued || standsAlone(context);
}

/** True when the quote is a fragment of the reporter's sentence rather than a sentence of its own. */
export function isFragment(candidate: Candidate, _rules: LanguageRules): boolean {
  const { before } = sentenceContext(candidate);
  const startsSentence = /^[\p{Lu}\p{N}¡¿[(….]/u.test(candidate.text);
  if (!startsSentence) return true;
  return !/(?:^|[:,;—–-])\s*$/u.test(before) && !/[.!?…]$/u.test(candidate.text.replace(/[,\s]+$/u, ""));
}

interface SentenceContext {
  /** The reporter's words before the opening mark, from the start of the sentence. */
  before: string;
  /** The reporter's words after the closing mark, to the end of the sentence. */
  after: string;
}

const SENTENCE_END_BEFORE = /[.!?…]["”»’]?\s+(?=[^.!?…]*$)/u;
const SENTENCE_END_AFTER = /[.!?…](?:\s|$)/u;

function sentenceContext(candidate: Candidate): SentenceContext {
  const text = candidate.block.text;
  const windowBefore = text.slice(Math.max(0, candidate.open.start - CONTEXT_CHARS), candidate.open.start);
  const end = SENTENCE_END_BEFORE.exec(windowBefore);
  const before = end ? windowBefore.slice(end.index + end[0].length) : windowBefore;
  if (!candidate.close) return { before, after: "" };
  const windowAfter = text.slice(candidate.close.end, candidate.close.end + CONTEXT_CHARS);
  const stop = SENTENCE_END_AFTER.exec(windowAfter);
  return { before, after: stop ? windowAfter.slice(0, stop.index) : windowAfter };
}

function isNamed({ before, after }: SentenceContext): boolean {
  if (!NAMING_CUE.test(before)) return false;
  if (WEAK_NAMING_VERB.test(before) && (SPEAKER_BEFORE_NAMING_VERB.test(before) || AGENT_AFTER.test(after))) return false;
  return true;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

function wordCount(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

// Short words that stay lower case inside a title ("Rush of Blood", "Le Seigneur des anneaux").
const TITLE_SMALL_WORD = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|vs|de|du|des|la|le|les|et|en|au|aux|un|une|à|d’|l’|el|los|las|y|del|di|il|e|o|da|do|der|die|das|und|von|het|van)$/iu;

/**
 * Title Case, as in names of works, programmes, operations and nicknames: every word after the
 * first capitalised (small words aside), and no sentence punctuation. German capitalises all
 * nouns, so there a capitalised phrase says nothing.
 */
function looksLikeTitle(text: string, lang: string): boolean {
  if (lang === "de" || /[.!?…,;]\s*$/u.test(text.replace(/[\s]+$/, "")) && wordCount(text) > 4) return false;
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  if (words.length === 0 || words.length > 12) return false;
  const content = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORD.test(w));
  const capitalised = content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  if (words.length === 1) return capitalised === 1;
  return capitalised === content.length && content.length >= 2;
}

/** The sentence is the quote alone (`“We have nothing to fear.”`), or the quote follows a colon. */
function standsAlone({ before, after }: SentenceContext): boolean {
  return before.trim() === "" && /^[\s.,;!?…)]*$/u.test(after) || /:\s*$/.test(before);
}

const CUE_WORD = /[\p{L}][\p{L}’'-]*/gu;

/** A speech verb or a source phrase ("according to", "selon") in the reporter's part of the sentence. */
function hasSpeechCue({ before, after }: SentenceContext, rules: LanguageRules): boolean {
  for (const part of [before, after]) {
    const lower = part.toLowerCase();
    if (rules.sourcePhrases.some((phrase) => lower.includes(phrase))) return true;
    const words = [...lower.matchAll(CUE_WORD)].map((m) => m[0]);
    for (let i = 0; i < words.length; i++) {
      if (isSpeechVerb(words[i]!, rules) || (i > 0 && rules.speechVerbs.has(`${words[i - 1]} ${words[i]}`))) return true;
    }
  }
  return false;
}

/** "affirme-t-il" and "qu’a dit" carry their verb inside a longer token. */
function isSpeechVerb(token: string, rules: LanguageRules): boolean {
  if (rules.speechVerbs.has(token)) return true;
  const head = token.split("-")[0]!;
  const tail = token.split(/[’']/).at(-1)!;
  return rules.speechVerbs.has(head) || rules.speechVerbs.has(tail);
}
