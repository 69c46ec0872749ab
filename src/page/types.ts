import type { Article } from "../engine/types.ts";

/**
 * A run of block text that stands in one DOM Text node character for character:
 * block text [blockStart, blockStart + length) is node.data [nodeStart, nodeStart + length).
 * Whitespace runs collapsed to one space end a segment, so offsets never drift.
 */
export interface TextSegment {
  node: Text;
  blockStart: number;
  nodeStart: number;
  length: number;
}

/** Where one block's text lives in the page. */
export interface BlockNodes {
  /** The block-level element the text was read from (for scrolling to it). */
  element: Element;
  /** In block order; characters not covered (a space standing for `<br>`) have no node. */
  segments: TextSegment[];
}

/** The article read from a page: the engine's input, and the way back to the DOM (same indexes). */
export interface PageText {
  article: Article;
  nodes: BlockNodes[];
  /**
   * False when the page did not look like an article (no body of prose was found): the article
   * is then the page's main text, so that its quotes are still found.
   */
  articleFound: boolean;
}
