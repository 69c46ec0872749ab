// Reads a DOM tree into runs of text the way a browser lays them out: every block-level element
// starts a new run, inline elements (a, em, span) join their text to the run, and runs of HTML
// whitespace collapse to one space. Each run remembers which Text nodes its characters came from.
import type { BlockKind } from "../engine/types.ts";
import type { TextSegment } from "./types.ts";
import {
  isBlockTag,
  isSkipped,
  isVisibleFurniture,
  kindOfTag,
  looksLikeCaption,
  looksLikeContinuation,
  startsNewField,
  MIN_WRAPPED_PARAGRAPHS,
  namesOf,
  tagOf,
} from "./rules.ts";
import { PageOutline } from "./outline.ts";
import { walk, walkInSteps, type Visitor } from "./walk.ts";
import type { Steps } from "./steps.ts";

/** One run of text, before the article is picked out of the page. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** The `lang` of the nearest element that declares one, if any. */
  lang: string | undefined;
  element: Element;
  segments: TextSegment[];
  /** How many of the characters are link text (teasers and menus are mostly links). */
  linkChars: number;
  /** Read from site furniture (the page's only h1, set in a breadcrumb): the headline or nothing. */
  inFurniture: boolean;
  /** The nearest box around the block named as the rest of the story ("Read more"), if any. */
  continuation: Element | undefined;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/**
 * HTML collapses runs of these, not no-break spaces (which French puts inside « »). A lone space
 * between two words of a Text node is already what collapsing gives, so it is not matched: the
 * words around it are appended as one run (one slice, one segment), where matching every space
 * cut the text word by word, most of a long page's walk. Matched: any other run, and a space
 * that starts or ends the node (the next text decides whether it shows).
 */
export const COLLAPSIBLE_SPACE = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+|^ | $/g;

/** What enter() pushed for an element, as bits: leave() pops the same. */
const PUSHED_BLOCK = 1;
const PUSHED_KIND = 2;
const PUSHED_LANG = 4;
const PUSHED_CONTINUATION = 8;
const PUSHED_LINK = 16;

/** Where a pending collapsed space came from (null node: a `<br>`, no character in the page). */
interface PendingSpace {
  node: Text | null;
  offset: number;
}

/** Builds the runs of text; see readBlocks. */
class BlockBuilder implements Visitor {
  readonly blocks: RawBlock[] = [];
  constructor(private readonly outline: PageOutline) {}
  private parts: string[] = [];
  private length = 0;
  private segments: TextSegment[] = [];
  private linkChars = 0;
  private pendingSpace: PendingSpace | null = null;
  /** Whether a <br> came since the last text. */
  private afterLineBreak = false;
  private readonly blockElements: Element[] = [];
  private readonly kinds: BlockKind[] = [];
  private readonly langs: string[] = [];
  private readonly continuations: Element[] = [];
  /**
   * For each element entered and not yet left, what enter() pushed (PUSHED_* bits): judging an
   * element's class names is most of a page walk's cost, so leave() does not judge them again.
   */
  private readonly entered: number[] = [];
  private inFurniture = false;
  private linkDepth = 0;
  private current: Pick<RawBlock, "kind" | "lang" | "element" | "continuation"> | null = null;

  enter(node: Node): boolean {
    if (node.nodeType === TEXT_NODE) {
      this.appendText(node as Text);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const element = node as Element;
    // Read once: every name test below is on them.
    const names = namesOf(element);
    if (isSkipped(element, this.outline, names)) {
      this.readHeadlineIn(element);
      return false;
    }
    const tag = tagOf(element);
    if (tag === "br") this.lineBreak();
    const isBlock = isBlockTag(tag);
    if (isBlock) this.endBlock();
    else if (startsNewField(element)) this.markSpace(null, 0);
    // leave() only runs for elements with children, so only those push context.
    if (!element.firstChild) return false;
    let pushed = 0;
    if (isBlock) {
      this.blockElements.push(element);
      pushed |= PUSHED_BLOCK;
    }
    const kind = kindOfTag(tag) ?? (this.isCaptionBox(element, names) ? "caption" : undefined);
    if (kind) {
      this.kinds.push(kind);
      pushed |= PUSHED_KIND;
    }
    const lang = element.getAttribute("lang");
    if (lang !== null) {
      this.langs.push(lang);
      pushed |= PUSHED_LANG;
    }
    if (looksLikeContinuation(element, names)) {
      this.continuations.push(element);
      pushed |= PUSHED_CONTINUATION;
    }
    if (tag === "a" && element.hasAttribute("href")) {
      this.linkDepth++;
      pushed |= PUSHED_LINK;
    }
    this.entered.push(pushed);
    return true;
  }

  /** Undoes what enter() pushed for the element, without judging its names again. */
  leave(): void {
    const pushed = this.entered.pop() ?? 0;
    if (pushed & PUSHED_BLOCK) {
      this.endBlock();
      this.blockElements.pop();
    }
    if (pushed & PUSHED_KIND) this.kinds.pop();
    if (pushed & PUSHED_LANG) this.langs.pop();
    if (pushed & PUSHED_CONTINUATION) this.continuations.pop();
    if (pushed & PUSHED_LINK) this.linkDepth--;
  }

  /**
   * A box named as a caption holds a line or two: one holding paragraphs is named for something
   * else (a page whose <body> class lists feature flags such as `f_caption_muted_videos_on`).
   */
  private isCaptionBox(element: Element, names: string): boolean {
    return looksLikeCaption(element, names) && this.outline.paragraphsIn(element) < MIN_WRAPPED_PARAGRAPHS;
  }

  endBlock(): void {
    const text = this.parts.join("");
    // A lone no-break space is layout, not text.
    if (this.current && text.trim() !== "") {
      this.blocks.push({
        ...this.current,
        text,
        inFurniture: this.inFurniture,
        segments: this.segments,
        linkChars: this.linkChars,
      });
    }
    this.current = null;
    this.parts = [];
    this.length = 0;
    this.segments = [];
    this.linkChars = 0;
    this.pendingSpace = null;
    this.afterLineBreak = false;
  }

  /**
   * The page's only h1, read even inside visible site furniture; the article decides whether it is the
   * headline.
   */
  private readHeadlineIn(furniture: Element): void {
    const h1 = this.outline.onlyHeadline;
    if (!h1 || !this.outline.holdsHeadline(furniture) || !isVisibleFurniture(furniture)) return;
    this.endBlock();
    this.inFurniture = true;
    walk(h1, this);
    this.endBlock();
    this.inFurniture = false;
  }

  private appendText(node: Text): void {
    const data = node.data;
    let from = 0;
    for (const space of data.matchAll(COLLAPSIBLE_SPACE)) {
      const at = space.index ?? 0;
      if (at > from) this.appendRun(node, from, at);
      this.markSpace(node, at);
      from = at + space[0].length;
    }
    if (from < data.length) this.appendRun(node, from, data.length);
  }

  /** One <br> is a space between words; two in a row end a paragraph (old sites write them so). */
  private lineBreak(): void {
    if (this.afterLineBreak) {
      this.endBlock();
      return;
    }
    this.markSpace(null, 0);
    this.afterLineBreak = true;
  }

  /** Notes a space that appears only if more text follows in the same block (so blocks come trimmed). */
  private markSpace(node: Text | null, offset: number): void {
    this.pendingSpace ??= { node, offset };
  }

  private appendRun(node: Text, from: number, to: number): void {
    this.current ??= {
      kind: this.kinds.at(-1) ?? "paragraph",
      lang: this.langs.at(-1),
      element: this.blockElements.at(-1) ?? (node.parentNode as Element),
      continuation: this.continuations.at(-1),
    };
    const space = this.pendingSpace;
    this.pendingSpace = null;
    this.afterLineBreak = false;
    if (space && this.length > 0) {
      if (space.node) this.addSegment(space.node, space.offset, 1);
      this.parts.push(" ");
      this.length += 1;
      if (this.linkDepth > 0) this.linkChars += 1;
    }
    this.addSegment(node, from, to - from);
    this.parts.push(node.data.slice(from, to));
    this.length += to - from;
    if (this.linkDepth > 0) this.linkChars += to - from;
  }

  private addSegment(node: Text, nodeStart: number, length: number): void {
    const last = this.segments.at(-1);
    if (
      last &&
      last.node === node &&
      last.nodeStart + last.length === nodeStart &&
      last.blockStart + last.length === this.length
    ) {
      last.length += length;
    } else {
      this.segments.push({ node, blockStart: this.length, nodeStart, length });
    }
  }
}

/** Every run of visible text under root, in document order, read in steps (see steps.ts). */
export function* readBlocks(root: Element): Steps<RawBlock[]> {
  const builder = new BlockBuilder(yield* PageOutline.inSteps(root, MIN_WRAPPED_PARAGRAPHS));
  yield* walkInSteps(root, builder);
  builder.endBlock();
  return builder.blocks;
}
