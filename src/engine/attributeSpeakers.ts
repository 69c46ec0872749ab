// Gives each quote its speaker and merges speakers across the article.
//
// Pass 1 reads the article in order, as a reader does: each quote's own cue (speechCues.ts)
// names a speaker, or a pronoun resolved against the speakers met so far (mergeSpeakers.ts);
// reported speech without quotes ("Lee said the charges are overdue") and sentence subjects
// keep that memory current. Pass 2 settles quotes without a cue of their own, strongest
// reading first: the rest of a quote running over several paragraphs, the same words quoted
// elsewhere (headline and body), a neighbour in the same paragraph, a headline's subject,
// then the speaker a paragraph of bare quotes continues.
import type { Article, BlockKind, Quote, QuoteResult, Speaker } from "./types.ts";
import { decideVoice } from "./voiceKinds.ts";
import type { FoundQuote } from "./findQuotes.ts";
import type { LanguageRules } from "./lang/types.ts";
import { noteCasing, sentenceRanges, tokenize, type Sentence } from "./attribution/tokens.ts";
import { findCue, impersonalCue, reportedSpeakerAt } from "./attribution/speechCues.ts";
import { SpeakerRegistry } from "./attribution/mergeSpeakers.ts";
import { nameRuns, nameWords, tokensText } from "./attribution/names.ts";
import { describedSubject, firstPersonIn, peopleIn } from "./attribution/speakerPhrases.ts";

/** Blocks in Title Case or telegraphic style: their names are weaker and they quote without verbs. */
const HEADING_KINDS: ReadonlySet<BlockKind> = new Set(["headline", "intertitle", "caption"]);
/** How many blocks back a bare quote paragraph may continue a speaker. */
const CONTINUATION_WINDOW = 3;
const FALLBACK_WINDOW = 2;

interface BlockView {
  kind: BlockKind;
  sentence: Sentence;
  /** Indexes into `found` of this block's quotes, in order. */
  quotes: number[];
}

interface Attribution {
  speaker: number | null;
  cue: string | null;
  /** The quote's own sentence attributes it. */
  direct: boolean;
  /** Best guess from the surroundings, used when nothing stronger turns up in pass 2. */
  fallback: number | null;
}

/** `blockRules` reads a block in another language than the article's (a quoted interview), where given. */
export function attributeSpeakers(
  article: Article,
  found: FoundQuote[],
  rules: LanguageRules,
  blockRules: readonly LanguageRules[] = [],
): QuoteResult {
  const capitalisedWords = new Set<string>();
  const lowercaseWords = new Set<string>();
  const quotesOf = article.blocks.map((): number[] => []);
  found.forEach((q, i) => quotesOf[q.block]?.push(i));
  const views = article.blocks.map((block, b): BlockView => {
    const quotes = quotesOf[b]!;
    const ownRules = blockRules[b] ?? rules;
    const tokens = tokenize(
      block.text,
      quotes.map((i) => found[i]!),
      ownRules,
    );
    if (block.kind !== "headline") noteCasing(tokens, capitalisedWords, lowercaseWords);
    return {
      kind: block.kind,
      sentence: { tokens, source: block.text, rules: ownRules, capitalisedWords, lowercaseWords },
      quotes,
    };
  });
  const registry = new SpeakerRegistry(rules, knownNames(views));
  const result: Attribution[] = found.map(() => ({
    speaker: null,
    cue: null,
    direct: false,
    fallback: null,
  }));
  views.forEach((view, b) => readBlock(view, b, found, registry, result));
  settleWithoutCue(views, found, registry, result);
  return buildResult(found, registry, result, rules);
}

function readBlock(
  view: BlockView,
  b: number,
  found: FoundQuote[],
  registry: SpeakerRegistry,
  result: Attribution[],
): void {
  const { sentence: s, kind } = view;
  const heading = HEADING_KINDS.has(kind);
  const continued = registry.recent(b, CONTINUATION_WINDOW);
  // A quote standing alone as a sentence may be given to the person the next sentence names as
  // speaking (`«…». Con esa frase, X respondió…`).
  let standing: number[] = [];
  const namedNext = new Map<number, number>();
  for (const [start, end] of sentenceRanges(s.tokens)) {
    const waiting = standing;
    standing = [];
    // Quotes and reported speech in reading order, so that each pronoun sees who came before it.
    // Headings and captions (photo credits) say who the story is about, not who speaks next.
    for (let i = start; i < end; i++) {
      const token = s.tokens[i]!;
      if (token.kind !== "quote") {
        const reported = heading ? null : reportedSpeakerAt(s, i, start, end);
        const id = reported ? registry.resolve(reported, b, false) : null;
        if (id !== null && reported!.type === "name" && reported!.kind === "person")
          for (const w of waiting.splice(0)) namedNext.set(w, id);
        continue;
      }
      const g = view.quotes[token.quote!]!;
      const cue = findCue(s, i, start, end, found[g]!.text);
      const impersonal = cue ? null : impersonalCue(s, i, start, end, found[g]!.text);
      if (impersonal) {
        // Settled even without a body: the sentence says who speaks, and it is not the last speaker.
        result[g] = {
          speaker: impersonal.mention && registry.resolve(impersonal.mention, b, heading),
          cue: impersonal.words,
          direct: true,
          fallback: null,
        };
        continue;
      }
      if (!cue) {
        result[g]!.fallback = registry.recent(b, FALLBACK_WINDOW);
        if (s.tokens.slice(start, end).every((t, k) => start + k === i || t.kind === "punct"))
          standing.push(g);
        continue;
      }
      const speaker = registry.resolve(cue.mention, b, heading);
      result[g] = { speaker, cue: cue.words, direct: speaker !== null, fallback: null };
    }
    for (const person of heading ? [] : peopleIn(s, start, end))
      if (registry.isKnown(person, b)) registry.resolve(person, b, false);
    // A person described as the subject is who the next pronoun most likely means, named or not.
    const subject = heading ? null : describedSubject(s, start, end);
    if (subject) registry.resolve(subject, b, false);
  }
  // Within a paragraph, an unattributed quote shares its neighbour's speaker; a paragraph that
  // opens on a quote continues the speaker of the paragraphs before.
  const own = view.quotes.filter((g) => result[g]!.direct);
  for (const g of view.quotes) {
    if (result[g]!.direct) continue;
    const before = own.filter((o) => o < g).at(-1);
    const neighbour = before ?? own.find((o) => o > g);
    const opensBlock = s.source.slice(0, found[g]!.open.start).trim() === "";
    // A speaker quoted earlier in the paragraph goes on speaking, whoever the next sentence names.
    const next = before === undefined ? namedNext.get(g) : undefined;
    result[g]!.fallback =
      next ??
      (neighbour !== undefined ? result[neighbour]!.speaker : opensBlock ? continued : result[g]!.fallback);
  }
}

function settleWithoutCue(
  views: BlockView[],
  found: FoundQuote[],
  registry: SpeakerRegistry,
  result: Attribution[],
): void {
  // A quote running over several paragraphs has one speaker, named anywhere along it.
  const chains: number[][] = [];
  found.forEach((q, g) => (q.continuesPrevious && chains.length ? chains.at(-1)!.push(g) : chains.push([g])));
  for (const chain of chains) {
    const named = chain.find((g) => result[g]!.direct);
    if (named === undefined) continue;
    for (const g of chain) if (!result[g]!.direct) result[g] = { ...result[named]!, fallback: null };
  }
  const texts = found.map((q) => normalise(q.text));
  const sameAs = (g: number, usable: (o: number) => boolean) => sameQuote(g, views, found, texts, usable);
  found.forEach((q, g) => {
    const r = result[g]!;
    if (r.direct || r.speaker !== null) return;
    const same = sameAs(g, (o) => result[o]!.direct);
    if (same >= 0) {
      r.speaker = result[same]!.speaker;
      return;
    }
    const view = views[q.block]!;
    if (view.kind === "headline" || view.kind === "intertitle") {
      // "Biden says tariffs are “a tax”": the subject written before the quote.
      const at = view.sentence.tokens.findIndex((t) => t.quote !== undefined && view.quotes[t.quote] === g);
      const subject = firstPersonIn(view.sentence, 0, at);
      if (subject) {
        r.speaker = registry.resolve(subject, q.block, true);
        if (r.speaker !== null) return;
      }
    }
    // An intertitle heads the section below it: its quote is most likely the next speaker's.
    const below =
      view.kind === "intertitle"
        ? found.findIndex((o, k) => k > g && result[k]!.direct && o.block <= q.block + CONTINUATION_WINDOW)
        : -1;
    r.speaker = below >= 0 ? result[below]!.speaker : r.fallback;
  });
  // A pull-quote with nothing around it repeats words the body gives to someone.
  found.forEach((q, g) => {
    const r = result[g]!;
    if (r.speaker !== null || !HEADING_KINDS.has(views[q.block]!.kind)) return;
    const same = sameAs(g, (o) => result[o]!.speaker !== null);
    if (same >= 0) r.speaker = result[same]!.speaker;
  });
}

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
  texts: string[],
  usable: (o: number) => boolean,
): number {
  const excerpt = views[found[g]!.block]!.kind !== "paragraph";
  return texts.findIndex(
    (text, o) =>
      o !== g && (excerpt ? sameWords(texts[g]!, text) : text === texts[g] && text !== "") && usable(o),
  );
}

/** The same words: equal, or one quote holding the other when the shorter has a few words. */
function sameWords(a: string, b: string): boolean {
  if (a === b) return a.length > 0;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 3 && ` ${long} `.includes(` ${short} `);
}

/**
 * Full names (two words or more) written in the body, to complete a bare surname, with the block
 * of their first use. A name after a preposition counts too: `cross-examined by Simon Hartley`
 * introduces the person a later `Mr Hartley said` means.
 */
function knownNames(views: BlockView[]): { name: string; block: number }[] {
  const names = new Map<string, number>();
  for (const [b, view] of views.entries()) {
    if (view.kind === "headline") continue;
    const { tokens, source } = view.sentence;
    for (const run of nameRuns(view.sentence, 0, tokens.length)) {
      if (run.afterDeterminer || run.modifier) continue;
      const name = tokensText(tokens, run.start, run.end, source);
      if (nameWords(name).length >= 2 && !names.has(name)) names.set(name, b);
    }
  }
  return [...names].map(([name, block]) => ({ name, block }));
}

function buildResult(
  found: FoundQuote[],
  registry: SpeakerRegistry,
  result: Attribution[],
  rules: LanguageRules,
): QuoteResult {
  const speakerIds = new Map<number, number>();
  const speakers: Speaker[] = [];
  const quotes: Quote[] = found.map((q, id) => {
    const entity = result[id]!.speaker === null ? null : registry.canonical(result[id]!.speaker!);
    let speaker: number | null = null;
    if (entity !== null) {
      if (!speakerIds.has(entity)) {
        const e = registry.entities[entity]!;
        speakerIds.set(entity, speakers.length);
        const described = {
          name: e.name,
          aliases: [...e.aliases].filter((a) => a !== e.name),
          role: e.role,
          kind: e.kind,
        };
        speakers.push({
          id: speakers.length,
          ...described,
          voice: decideVoice(described, rules).voice,
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
      cue: result[id]!.cue,
      partial: q.partial,
    };
  });
  return { lang: rules.code, quotes, speakers };
}
