// DOM Document → the article's text blocks (headline, standfirst, body, captions), each with the
// Text nodes it came from, so the extension can map any quote back to a Range.
import type { Article, BlockKind, TextBlock } from "../engine/types.ts";
import type { PageText } from "./types.ts";
import { readBlocks, type RawBlock } from "./blocks.ts";
import { findArticleBody } from "./body.ts";
import { pageDescription, pageLanguage, pageTitle } from "./metadata.ts";
import { looksLikeStandfirst } from "./rules.ts";

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
  for (let level = 0; node && node.nodeType === 1 && level < STANDFIRST_LEVELS; level++, node = node.parentNode) {
    if (looksLikeStandfirst(node as Element)) return true;
  }
  return false;
}

/** Lower-cased words only, to compare a heading with the page's metadata. */
const comparable = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The story's headline: an h1 in the body, else the h1 the metadata title names, else the first. */
function pickHeadline(blocks: RawBlock[], inBody: boolean[], title: string | undefined): number {
  const headlines = blocks.flatMap((b, i) => (b.kind === "headline" ? [i] : []));
  const wanted = title ? comparable(title) : "";
  return (
    headlines.find((i) => inBody[i]) ??
    headlines.find((i) => wanted && wanted.includes(comparable(blocks[i]!.text))) ??
    headlines[0] ??
    -1
  );
}

/** What a block kept for the article is: headings other than the headline become intertitles. */
function kindInArticle(block: RawBlock, isHeadline: boolean, isStandfirst: boolean): BlockKind {
  if (isHeadline) return "headline";
  if (isStandfirst) return "standfirst";
  return block.kind === "headline" ? "intertitle" : block.kind;
}

/** Reads the article out of a page: its blocks in reading order and where each came from. */
export function readArticle(doc: Document): PageText {
  const root = doc.documentElement;
  if (!root) return { article: { blocks: [] }, nodes: [] };
  const lang = pageLanguage(doc);
  const title = pageTitle(doc);
  const description = pageDescription(doc);
  const raw = readBlocks(root);
  const body = new Set(findArticleBody(raw));
  const inBody = raw.map((b) => isInside(b.element, body));
  const headline = pickHeadline(raw, inBody, title);
  const bodyStart = inBody.indexOf(true);
  const descriptionText = description ? comparable(description) : "";
  const opensBody = (i: number): boolean => inBody[i]! && inBody.slice(bodyStart, i).filter(Boolean).length < STANDFIRST_BODY_BLOCKS;

  const blocks: TextBlock[] = [];
  const nodes: PageText["nodes"] = [];
  raw.forEach((block, i) => {
    const isHeadline = i === headline;
    // Between the headline and the body stand the standfirst and the lead picture's caption.
    const isLead = headline >= 0 && i > headline && (bodyStart < 0 || i < bodyStart);
    const isStandfirst =
      !isHeadline &&
      block.kind === "paragraph" &&
      (((isLead || opensBody(i)) && hasStandfirstName(block.element)) || (isLead && descriptionText !== "" && comparable(block.text) === descriptionText));
    const keep =
      isHeadline ||
      (inBody[i] && block.linkChars <= block.text.length * MAX_LINK_DENSITY) ||
      (isLead && (isStandfirst || block.kind === "caption"));
    if (!keep) return;
    const kind = kindInArticle(block, isHeadline, isStandfirst);
    blocks.push(block.lang && block.lang !== lang ? { kind, text: block.text, lang: block.lang } : { kind, text: block.text });
    nodes.push({ element: block.element, segments: block.segments });
  });

  const article: Article = { blocks };
  if (lang) article.lang = lang;
  const articleTitle = title ?? (headline >= 0 ? raw[headline]!.text : undefined);
  if (articleTitle) article.title = articleTitle;
  return { article, nodes };
}
