// DOM Document → the article's text blocks (headline, standfirst, body, captions), each with the
// Text nodes it came from, so the extension can map any quote back to a Range.
import type { Article, BlockKind, TextBlock } from "../engine/types.ts";
import type { PageText } from "./types.ts";
import { readBlocks, type RawBlock } from "./blocks.ts";
import { findArticleBody, storyParagraphStyles, withStoryContinuations } from "./body.ts";
import { pageDescription, pageLanguage, pageTitle } from "./metadata.ts";
import { runToEnd, type Steps } from "./steps.ts";
import { isFurnitureLine, looksLikeStandfirst, namesOf, tagOf } from "./rules.ts";

/** Blocks that are mostly link text are teasers, tag lists and "read more" lines. */
const MAX_LINK_DENSITY = 0.5;
/** A standfirst inside the body container opens it: only its first few blocks can be one. */
const STANDFIRST_BODY_BLOCKS = 3;
/** How many ancestors may carry a standfirst's class (`<div class="chapo"><p>…`). */
const STANDFIRST_LEVELS = 3;

function isInside(el: Element, containers: ReadonlySet<Element>): boolean {
  for (let node: Node | null = el; node; node = node.parentNode) {
    if (containers.has(node as Element)) return true;
  }
  return false;
}

function hasStandfirstName(el: Element): boolean {
  let node: Node | null = el;
  for (
    let level = 0;
    node && node.nodeType === 1 && level < STANDFIRST_LEVELS;
    level++, node = node.parentNode
  ) {
    if (looksLikeStandfirst(node as Element)) return true;
  }
  return false;
}

const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Share of the title's words that the heading has: the site's logo shares only the site name. */
function titleOverlap(heading: string, title: string[]): number {
  const words = new Set(wordsOf(heading));
  return title.length ? title.filter((w) => words.has(w)).length / title.length : 0;
}

/** Share of the title's words a heading must have to be the title, give or take a word or two. */
const TITLE_MATCH = 0.8;

/**
 * Whether a heading is the title the metadata gives: its opening words (before ` - Site`), or nearly all of
 * it.
 */
function matchesTitle(heading: string, title: string[]): boolean {
  const words = wordsOf(heading);
  if (words.length === 0) return false;
  return words.every((w, i) => title[i] === w) || titleOverlap(heading, title) >= TITLE_MATCH;
}

/** Headings that name themselves the headline (`<h2 class="headline">`, itemprop=headline). */
const HEADLINE_NAMES = /headline|title|titre|titulo|titolo|schlagzeile/i;

function isNamedHeadline(block: RawBlock): boolean {
  const el = block.element;
  return (
    block.kind === "intertitle" &&
    (el.getAttribute("itemprop") === "headline" || HEADLINE_NAMES.test(namesOf(el)))
  );
}

/**
 * The story's headline: an h1 in the body; else, of the h1s and the headings named as headlines
 * before the body, the one closest to the metadata title; else the first h1.
 */
function pickHeadline(
  blocks: RawBlock[],
  inBody: boolean[],
  bodyStart: number,
  title: string | undefined,
): number {
  const titleWords = wordsOf(title ?? "");
  // An h1 read from a breadcrumb or nav bar counts only when it is the title, not the site's name.
  const isCandidate = (b: RawBlock): boolean => !b.inFurniture || matchesTitle(b.text, titleWords);
  const h1s = blocks.flatMap((b, i) => (b.kind === "headline" && isCandidate(b) ? [i] : []));
  const inBodyH1 = h1s.find((i) => inBody[i]);
  if (inBodyH1 !== undefined) return inBodyH1;
  const beforeBody = (i: number) => bodyStart < 0 || i < bodyStart;
  const candidates = blocks.flatMap((b, i) =>
    (b.kind === "headline" && isCandidate(b)) || (isNamedHeadline(b) && beforeBody(i)) ? [i] : [],
  );
  let best = h1s[0] ?? -1;
  let bestOverlap = 0;
  for (const i of candidates) {
    const overlap = titleOverlap(blocks[i]!.text, titleWords);
    if (overlap > bestOverlap) {
      best = i;
      bestOverlap = overlap;
    }
  }
  return best;
}

/** What a block kept for the article is: headings other than the headline become intertitles. */
function kindInArticle(block: RawBlock, isHeadline: boolean, isStandfirst: boolean): BlockKind {
  if (isHeadline) return "headline";
  if (isStandfirst) return "standfirst";
  return block.kind === "headline" ? "intertitle" : block.kind;
}

/** The language most of the blocks declare, for pages that declare none on <html>. */
function mostDeclaredLanguage(blocks: RawBlock[]): string | undefined {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.lang) counts.set(b.lang, (counts.get(b.lang) ?? 0) + b.text.length);
  let best: string | undefined;
  for (const [lang, chars] of counts) if (best === undefined || chars > counts.get(best)!) best = lang;
  return best;
}

/**
 * Which blocks are the body's: inside its containers, or paragraphs styled like its own (in
 * steps). Null when the page has no prose to vote for a body (a snippet, a few short lines).
 */
function* bodyMembership(raw: RawBlock[]): Steps<boolean[] | null> {
  const body = new Set(yield* findArticleBody(raw));
  if (body.size === 0) return null;
  yield;
  const inBody = raw.map((b) => isInside(b.element, body));
  yield;
  const storyStyles = storyParagraphStyles(raw, inBody);
  const styledLikeBody = raw.map(
    (b, i) =>
      inBody[i]! || (tagOf(b.element) === "p" && storyStyles.has(b.element.getAttribute("class") ?? "")),
  );
  yield;
  return withStoryContinuations(raw, styledLikeBody);
}

/**
 * The elements whose names say what a block is: its block element and the inline element around
 * its first text (`<p><span class="byline">`). Not wider boxes: a `toggle-group` holds prose too.
 * A caption box named for its credit often holds the caption itself: there only the inline element speaks.
 */
function holdersOf(block: RawBlock): Element[] {
  const inline = block.segments[0]?.node.parentElement;
  if (!inline || inline === block.element) return [block.element];
  return block.kind === "caption" ? [inline] : [block.element, inline];
}

interface KeptBlock {
  block: RawBlock;
  kind: BlockKind;
}

/** Blocks judged between two pauses of keptBlocks. */
const BLOCKS_PER_STEP = 64;

/** A body holding less text than this is no article's: a byline, a date, a caption that won. */
const MIN_ARTICLE_BODY_CHARS = 200;

const bodyChars = (kept: KeptBlock[]): number =>
  kept.reduce((chars, { block, kind }) => chars + (kind === "headline" ? 0 : block.text.length), 0);

/**
 * The blocks of the article in page order (in steps), and whether an article was found. When the
 * body finder finds none, or one too short to be a story's, the page's main text stands in for
 * it, all of it but furniture and link lists: the reader still gets its quotes.
 */
function* articleBlocks(
  raw: RawBlock[],
  doc: Document,
  title: string | undefined,
): Steps<{ kept: KeptBlock[]; articleFound: boolean }> {
  const inBody = yield* bodyMembership(raw);
  yield;
  if (inBody) {
    const kept = yield* keptBlocks(raw, inBody, doc, title);
    if (bodyChars(kept) >= MIN_ARTICLE_BODY_CHARS) return { kept, articleFound: true };
  }
  const wholePage = raw.map(() => true);
  return { kept: yield* keptBlocks(raw, wholePage, doc, title), articleFound: false };
}

/** The blocks kept in page order: headline, standfirst and lead caption, and the body's (in steps). */
function* keptBlocks(
  raw: RawBlock[],
  inBody: boolean[],
  doc: Document,
  title: string | undefined,
): Steps<KeptBlock[]> {
  const bodyStart = inBody.indexOf(true);
  const headline = pickHeadline(raw, inBody, bodyStart, title);
  const description = pageDescription(doc);
  const descriptionText = description ? wordsOf(description).join(" ") : "";
  const kept: KeptBlock[] = [];
  let bodyBlocksSeen = 0;
  for (const [i, block] of raw.entries()) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const isHeadline = i === headline;
    // Between the headline and the body stand the standfirst and the lead picture's caption.
    const isLead = headline >= 0 && i > headline && (bodyStart < 0 || i < bodyStart);
    const opensBody = inBody[i]! && bodyBlocksSeen++ < STANDFIRST_BODY_BLOCKS;
    const isStandfirst =
      !isHeadline &&
      // A sub-heading under the headline may carry the standfirst (`<div class="bajada"><h2>`).
      (block.kind === "paragraph" || (isLead && block.kind === "intertitle" && block.linkChars === 0)) &&
      (((isLead || opensBody) && hasStandfirstName(block.element)) ||
        (isLead && descriptionText !== "" && wordsOf(block.text).join(" ") === descriptionText));
    const keep =
      isHeadline ||
      (!block.inFurniture &&
        !isFurnitureLine(block.text, holdersOf(block)) &&
        ((inBody[i] && block.linkChars <= block.text.length * MAX_LINK_DENSITY) ||
          (isLead && (isStandfirst || block.kind === "caption"))));
    if (keep) kept.push({ block, kind: kindInArticle(block, isHeadline, isStandfirst) });
  }
  return kept;
}

/** Reads the article out of a page: its blocks in reading order and where each came from. */
export function readArticle(doc: Document): PageText {
  return runToEnd(readArticleInSteps(doc));
}

/**
 * The same reading in steps, for the content script: it pauses every few nodes of the page, so
 * that a long page can be read in slices between which the page keeps its main thread.
 */
export function* readArticleInSteps(doc: Document): Steps<PageText> {
  const root = doc.documentElement;
  if (!root) return { article: { blocks: [] }, nodes: [], articleFound: false };
  const title = pageTitle(doc);
  const raw = yield* readBlocks(root);
  yield;
  const { kept, articleFound } = yield* articleBlocks(raw, doc, title);
  yield;
  const lang = pageLanguage(doc) ?? mostDeclaredLanguage(kept.map((k) => k.block));
  const article: Article = {
    blocks: kept.map(
      ({ block, kind }): TextBlock =>
        block.lang && block.lang !== lang
          ? { kind, text: block.text, lang: block.lang }
          : { kind, text: block.text },
    ),
  };
  if (lang) article.lang = lang;
  const articleTitle = title ?? kept.find((k) => k.kind === "headline")?.block.text;
  if (articleTitle) article.title = articleTitle;
  const nodes = kept.map(({ block }) => ({ element: block.element, segments: block.segments }));
  return { article, nodes, articleFound };
}
