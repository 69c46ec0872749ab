// Depth-first walk of a DOM tree with a loop instead of recursion.
import { runToEnd, type Steps } from "./steps.ts";

export interface Visitor {
  /** Called in document order; returns whether to go into the node's children. */
  enter(node: Node): boolean;
  /** Called after the children of an element that `enter` went into. */
  leave(element: Element): void;
}

/** Nodes entered between two pauses: a few dozen paragraphs' worth, well under a millisecond. */
const NODES_PER_STEP = 64;

/** Depth-first walk with a loop instead of recursion: a page 100,000 elements deep is fine. */
export function walk(root: Node, visitor: Visitor): void {
  runToEnd(walkInSteps(root, visitor));
}

/** The same walk, pausing every NODES_PER_STEP nodes. */
export function* walkInSteps(root: Node, visitor: Visitor): Steps<void> {
  let node: Node = root;
  for (let entered = 1; ; entered++) {
    if (entered % NODES_PER_STEP === 0) yield;
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
