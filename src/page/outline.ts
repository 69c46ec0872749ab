// What a page's subtrees hold (the h1, a few paragraphs), computed once per page in linear time,
// so that telling a story's wrapper from site furniture never rescans a subtree (a hostile page
// nesting thousands of `<div class="ad">` would otherwise cost quadratic time).
import { runToEnd, type Steps } from "./steps.ts";
import { walkInSteps } from "./walk.ts";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A sentence's worth of text: a `<div>` holding this much text of its own is a paragraph. */
const MIN_DIV_PARAGRAPH_CHARS = 40;

/**
 * Text standing right in a `<div>`, long enough to be a sentence: some sites write paragraphs as
 * `<div class="body__paragraph">` (Readability reads such divs as paragraphs too).
 */
function isDivParagraphText(text: Text): boolean {
  const parent = text.parentNode;
  return (
    parent?.nodeType === ELEMENT_NODE &&
    (parent as Element).tagName.toLowerCase() === "div" &&
    text.data.trim().length >= MIN_DIV_PARAGRAPH_CHARS
  );
}

export class PageOutline {
  private readonly headlineHolders = new Set<Element>();
  private readonly paragraphCounts = new Map<Element, number>();
  /** The page's h1 when it has exactly one. */
  onlyHeadline: Element | undefined;

  /**
   * Outlines the page under `root` at once; with a null root, nothing until `inSteps` reads it.
   * `paragraphCap`: counts stop there, which keeps the work linear.
   */
  constructor(
    root: Element | null,
    private readonly paragraphCap: number,
  ) {
    if (root) runToEnd(this.read(root));
  }

  /** Outlines the page in steps (see steps.ts). */
  static *inSteps(root: Element, paragraphCap: number): Steps<PageOutline> {
    const outline = new PageOutline(null, paragraphCap);
    yield* outline.read(root);
    return outline;
  }

  private *read(root: Element): Steps<void> {
    const h1s: Element[] = [];
    const paragraphs: Element[] = [];
    yield* walkInSteps(root, {
      enter: (node) => {
        if (node.nodeType === TEXT_NODE) {
          if (isDivParagraphText(node as Text) && paragraphs.at(-1) !== node.parentNode) {
            paragraphs.push(node.parentNode as Element);
          }
          return false;
        }
        if (node.nodeType !== ELEMENT_NODE) return false;
        const tag = (node as Element).tagName.toLowerCase();
        if (tag === "h1") h1s.push(node as Element);
        else if (tag === "p") paragraphs.push(node as Element);
        return true;
      },
      leave: () => {},
    });
    for (const h1 of h1s) this.markHeadlineHolders(h1);
    this.onlyHeadline = h1s.length === 1 ? h1s[0] : undefined;
    for (const p of paragraphs) this.countParagraph(p);
  }

  /** Whether an h1 stands inside the element. */
  holdsHeadline(el: Element): boolean {
    return this.headlineHolders.has(el);
  }

  /** How many paragraphs (`<p>`s, and `<div>`s of text) stand inside the element, up to the cap. */
  paragraphsIn(el: Element): number {
    return this.paragraphCounts.get(el) ?? 0;
  }

  private markHeadlineHolders(h1: Element): void {
    // An ancestor already marked has its own ancestors marked too.
    for (
      let el = h1.parentNode;
      el && el.nodeType === ELEMENT_NODE && !this.headlineHolders.has(el as Element);
      el = el.parentNode
    ) {
      this.headlineHolders.add(el as Element);
    }
  }

  private countParagraph(p: Element): void {
    // An ancestor at the cap has its ancestors at the cap too: stop there.
    for (let el = p.parentNode; el && el.nodeType === ELEMENT_NODE; el = el.parentNode) {
      const count = this.paragraphCounts.get(el as Element) ?? 0;
      if (count >= this.paragraphCap) return;
      this.paragraphCounts.set(el as Element, count + 1);
    }
  }
}
