// Finds the container of the article body the way Mozilla Readability does: paragraphs vote for
// their parent and grandparent, containers are weighed by their names and link density, and the
// winner takes along siblings that look like more of the same story.
import type { RawBlock } from "./blocks.ts";
import { looksLikeContinuation, nameWeight, semanticWeight, tagOf } from "./rules.ts";
import type { Steps } from "./steps.ts";

interface Container {
  /** Only containers some paragraph voted for can win. */
  voted: boolean;
  score: number;
  textChars: number;
  linkChars: number;
  /** Headings that are links: the titles of teasers for other stories. */
  linkedHeadings: number;
}

/** Paragraphs shorter than this are bylines, buttons and labels, not evidence of a body. */
const MIN_PARAGRAPH_CHARS = 25;
/** How far up a paragraph's vote reaches. */
const VOTING_LEVELS = 5;
/** How far up text and link counts are summed (bounds the work on absurdly deep pages). */
const COUNTING_LEVELS = 40;

/** A heading mostly link text is the title of another story (a kicker may precede the link). */
const LINKED_HEADING_SHARE = 0.5;
/** A box with this many such titles is a list of teasers. */
const TEASER_TITLES = 2;

const isHeading = (block: RawBlock): boolean => block.kind === "headline" || block.kind === "intertitle";

const isLinkedHeading = (block: RawBlock): boolean =>
  isHeading(block) && block.linkChars >= block.text.length * LINKED_HEADING_SHARE;

const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  article: 5,
  section: 3,
  td: 3,
  blockquote: 3,
  ol: -3,
  ul: -3,
  dl: -3,
  li: -3,
  address: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** A paragraph's vote: longer, comma-rich text is prose. */
function paragraphScore(text: string): number {
  const commas = text.match(/[,،、，]/g)?.length ?? 0;
  return 1 + commas + Math.min(Math.floor(text.length / 100), 3);
}

/** A vote counts less the further up it goes (Readability's dividers). */
const voteDivider = (level: number): number => (level === 0 ? 1 : level === 1 ? 2 : level * 3);

const linkDensity = (c: Container): number => (c.textChars ? c.linkChars / c.textChars : 0);

function parentElementOf(el: Element): Element | null {
  const parent = el.parentNode;
  return parent && parent.nodeType === 1 ? (parent as Element) : null;
}

/**
 * Elements whose own text the page cut into several paragraphs, with `<br><br>` or boxes between
 * them: they are those paragraphs' container, and get their votes first (Readability wraps such
 * runs of text in `<p>`s of their own).
 */
function boxesOfLooseParagraphs(blocks: RawBlock[]): Set<Element> {
  const seen = new Set<Element>();
  const boxes = new Set<Element>();
  for (const { element } of blocks) {
    if (seen.has(element)) boxes.add(element);
    seen.add(element);
  }
  return boxes;
}

/** Blocks counted and voted between two pauses of containersOf (up to 45 ancestors each). */
const BLOCKS_PER_STEP = 64;

/**
 * Every element above a block, with its text and link counts and the votes of the paragraphs
 * below (in steps: it walks up from every block of the page).
 */
function* containersOf(blocks: RawBlock[]): Steps<Map<Element, Container>> {
  const containers = new Map<Element, Container>();
  const holdsLooseParagraphs = boxesOfLooseParagraphs(blocks);
  const containerOf = (el: Element): Container => {
    let c = containers.get(el);
    if (!c) {
      c = {
        voted: false,
        score: (TAG_WEIGHT[tagOf(el)] ?? 0) + nameWeight(el) + semanticWeight(el),
        textChars: 0,
        linkChars: 0,
        linkedHeadings: 0,
      };
      containers.set(el, c);
    }
    return c;
  };
  for (const [i, block] of blocks.entries()) {
    if (i % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const linkedHeading = isLinkedHeading(block);
    let el: Element | null = block.element;
    for (let level = 0; el && level < COUNTING_LEVELS; level++, el = parentElementOf(el)) {
      const c = containerOf(el);
      c.textChars += block.text.length;
      c.linkChars += block.linkChars;
      if (linkedHeading) c.linkedHeadings++;
    }
    if (block.kind !== "paragraph" || block.text.length < MIN_PARAGRAPH_CHARS) continue;
    const vote = paragraphScore(block.text);
    el = holdsLooseParagraphs.has(block.element) ? block.element : parentElementOf(block.element);
    for (let level = 0; el && level < VOTING_LEVELS; level++, el = parentElementOf(el)) {
      const c = containerOf(el);
      c.voted = true;
      c.score += vote / voteDivider(level);
    }
  }
  return containers;
}

const finalScore = (c: Container): number => c.score * (1 - linkDensity(c));

function bestContainer(containers: Map<Element, Container>): Element | null {
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const [el, c] of containers) {
    const tag = tagOf(el);
    if (!c.voted || tag === "html" || tag === "body") continue;
    const score = finalScore(c);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Readability: a parent scoring higher than the winner holds more of the story. */
function climbToRicherParent(top: Element, containers: Map<Element, Container>): Element {
  let lastScore = finalScore(containers.get(top)!);
  const threshold = lastScore / 3;
  for (
    let parent = parentElementOf(top);
    parent && tagOf(parent) !== "body";
    parent = parentElementOf(parent)
  ) {
    const c = containers.get(parent);
    if (!c) continue;
    const score = finalScore(c);
    if (score < threshold) break;
    if (score > lastScore) return parent;
    lastScore = score;
  }
  return top;
}

/** Readability: a lone child is no better than its parent, which may hold captions and asides too. */
function climbOutOfOnlyChild(top: Element): Element {
  let el = top;
  for (
    let parent = parentElementOf(el);
    parent && tagOf(parent) !== "body" && parent.children.length === 1;
    parent = parentElementOf(parent)
  ) {
    el = parent;
  }
  return el;
}

/**
 * The rest of a story behind "Read more" can outweigh the paragraphs before it: the body is then
 * the box's parent, which holds both.
 */
function climbOutOfContinuation(top: Element): Element {
  let body = top;
  let el: Element | null = top;
  for (
    let level = 0;
    el && tagOf(el) !== "body" && level < COUNTING_LEVELS;
    level++, el = parentElementOf(el)
  ) {
    const parent = parentElementOf(el);
    if (looksLikeContinuation(el) && parent && tagOf(parent) !== "body") body = parent;
  }
  return body;
}

const classTokens = (el: Element): string[] => (el.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);

/** Story bodies split in parts share a class (`story-body story-body-1`, `story-body story-body-2`). */
function sharesClass(a: Element, b: Element): boolean {
  const tokens = new Set(classTokens(a));
  return classTokens(b).some((t) => tokens.has(t));
}

/** The score a box beside the winner needs to be more of the story (Readability's sibling threshold). */
const storyPartThreshold = (topScore: number): number => Math.max(10, topScore * 0.2);

/** Siblings of the winner that read like more of the story (Readability's sibling test). */
function isStorySibling(sibling: Element, top: Element, containers: Map<Element, Container>): boolean {
  const c = containers.get(sibling);
  if (!c || c.textChars === 0 || c.linkedHeadings >= TEASER_TITLES) return false;
  const topScore = finalScore(containers.get(top) ?? c);
  const threshold = storyPartThreshold(topScore);
  // A part of the story is prose: a box of links styled like it (author pages, more stories) is not.
  const lookalike = sharesClass(sibling, top) && nameWeight(sibling) >= 0 && linkDensity(c) < 0.5;
  if (finalScore(c) + (lookalike ? topScore * 0.2 : 0) >= threshold) return true;
  if (tagOf(sibling) !== "p") return false;
  const density = linkDensity(c);
  if (c.textChars > 80) return density < 0.25;
  return density === 0 && /\.( |$)/.test(sibling.textContent ?? "");
}

/** A box of prose is mostly not links. */
const MAX_TWIN_LINK_DENSITY = 0.5;

/**
 * Boxes elsewhere in the page made exactly like the winner (same tag, same class) and holding
 * prose: the other parts of a story the page cut into chunks, each in its own grid row between
 * ads (`<div class="body__container">` three times), which are not siblings of one another.
 */
function storyTwins(top: Element, containers: Map<Element, Container>): Element[] {
  const style = top.getAttribute("class");
  const topContainer = containers.get(top);
  if (!style || !topContainer) return [];
  const threshold = storyPartThreshold(finalScore(topContainer));
  const twins: Element[] = [];
  for (const [el, c] of containers) {
    if (el === top || el.tagName !== top.tagName || el.getAttribute("class") !== style) continue;
    if (c.voted && c.linkedHeadings < TEASER_TITLES && linkDensity(c) < MAX_TWIN_LINK_DENSITY) {
      if (finalScore(c) >= threshold) twins.push(el);
    }
  }
  return twins;
}

/**
 * The elements holding the article body: the best-scoring container, its story siblings and
 * its twins (in steps). Empty when the page has no prose at all.
 */
export function* findArticleBody(blocks: RawBlock[]): Steps<Element[]> {
  const containers = yield* containersOf(blocks);
  yield;
  const best = bestContainer(containers);
  if (!best) return [];
  const top = climbOutOfContinuation(climbOutOfOnlyChild(climbToRicherParent(best, containers)));
  if (!containers.has(top)) return [top];
  const twins = storyTwins(top, containers);
  const parent = parentElementOf(top);
  if (!parent || tagOf(parent) === "html") return [top, ...twins];
  const siblings = Array.from(parent.children).filter(
    (el) => el === top || isStorySibling(el, top, containers),
  );
  const isSibling = new Set(siblings);
  return [...siblings, ...twins.filter((el) => !isSibling.has(el))];
}

/** A class given to this many body paragraphs is the site's style for story text. */
const MIN_STYLED_PARAGRAPHS = 3;

/**
 * The class attributes the body's paragraphs are styled with (`story-body-text`), to find the
 * parts of a story that the page cut apart (ads, "continue reading" boxes between them).
 */
export function storyParagraphStyles(blocks: RawBlock[], inBody: boolean[]): Set<string> {
  const counts = new Map<string, number>();
  blocks.forEach((block, i) => {
    const style = block.element.getAttribute("class");
    if (inBody[i] && style && tagOf(block.element) === "p") counts.set(style, (counts.get(style) ?? 0) + 1);
  });
  return new Set(
    Array.from(counts)
      .filter(([, n]) => n >= MIN_STYLED_PARAGRAPHS)
      .map(([style]) => style),
  );
}

/** The rest of a story is prose: a box this much links is a list of other stories. */
const CONTINUATION_LINK_DENSITY = 0.25;

/** What the blocks of one continuation box (see RawBlock.continuation) say about it. */
interface ContinuationBox {
  first: number;
  textChars: number;
  linkChars: number;
  linkedHeadings: number;
  paragraphs: number;
  styledLikeBody: number;
}

const styleOf = (el: Element): string => el.getAttribute("class") ?? "";

function continuationBoxes(blocks: RawBlock[], inBody: boolean[]): Map<Element, ContinuationBox> {
  const bodyStyles = new Set(
    blocks.flatMap((b, i) =>
      inBody[i] && !b.continuation && tagOf(b.element) === "p" ? [styleOf(b.element)] : [],
    ),
  );
  const boxes = new Map<Element, ContinuationBox>();
  blocks.forEach((block, i) => {
    if (!block.continuation) return;
    let box = boxes.get(block.continuation);
    if (!box) {
      box = { first: i, textChars: 0, linkChars: 0, linkedHeadings: 0, paragraphs: 0, styledLikeBody: 0 };
      boxes.set(block.continuation, box);
    }
    box.textChars += block.text.length;
    box.linkChars += block.linkChars;
    if (isLinkedHeading(block)) box.linkedHeadings++;
    if (tagOf(block.element) === "p") {
      box.paragraphs++;
      if (bodyStyles.has(styleOf(block.element))) box.styledLikeBody++;
    }
  });
  return boxes;
}

/** Teasers for other stories: titles that are links, or mostly link text. */
const isTeaserBox = (box: ContinuationBox): boolean =>
  box.linkedHeadings > 0 || box.linkChars > box.textChars * CONTINUATION_LINK_DENSITY;

/** The rest of the story: right after the body's text, in paragraphs styled like the body's. */
const continuesBody = (box: ContinuationBox, inBody: boolean[]): boolean =>
  box.first > 0 && inBody[box.first - 1]! && box.styledLikeBody * 2 >= box.paragraphs && !isTeaserBox(box);

/**
 * Which blocks are the body's once boxes named as the rest of the story ("Read more") are
 * weighed: one that continues the body joins it wherever the body finder put it; one of teasers
 * for other stories, which sites name alike, leaves it.
 */
export function withStoryContinuations(blocks: RawBlock[], inBody: boolean[]): boolean[] {
  const boxes = continuationBoxes(blocks, inBody);
  return blocks.map((block, i) => {
    const box = block.continuation && boxes.get(block.continuation);
    if (!box) return inBody[i]!;
    return inBody[i] ? !isTeaserBox(box) : continuesBody(box, inBody);
  });
}
