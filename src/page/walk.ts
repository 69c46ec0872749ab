// Depth-first walk of a DOM tree with a loop instead of recursion.
import { runToEnd, type Steps } from "./steps.ts";

export interface Visitor {
  /** Called in document order; returns whether to go into the node's children. */
  enter(node: Node): boolean;
  /** Called after the children of an element that `enter` went into. */
  leave(element: Element): void;
}

/**
 * Work between two pauses: 64 nodes, a text node counting one more for every 256 characters it
 * holds (reading text is most of the work), so a step stays short on long paragraphs too.
 */
const WORK_PER_STEP = 64;
const CHARS_PER_NODE = 256;
const TEXT_NODE = 3;

/** Depth-first walk with a loop instead of recursion: a page 100,000 elements deep is fine. */
export function walk(root: Node, visitor: Visitor): void {
  runToEnd(walkInSteps(root, visitor));
}

/** The same walk, pausing after every WORK_PER_STEP of work. */
export function* walkInSteps(root: Node, visitor: Visitor): Steps<void> {
  let node: Node = root;
  let work = 0;
  for (;;) {
    work += node.nodeType === TEXT_NODE ? 1 + (node as Text).data.length / CHARS_PER_NODE : 1;
    if (work >= WORK_PER_STEP) {
      work = 0;
      yield;
    }
    if (visitor.enter(node) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    for (;;) {
      if (node === root) return;
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      const parent = node.parentNode;
      if (!parent) return;
      node = parent;
      visitor.leave(node as Element);
    }
  }
}
