// Depth-first walk of a DOM tree with a loop instead of recursion.

export interface Visitor {
  /** Called in document order; returns whether to go into the node's children. */
  enter(node: Node): boolean;
  /** Called after the children of an element that `enter` went into. */
  leave(element: Element): void;
}

/** Depth-first walk with a loop instead of recursion: a page 100,000 elements deep is fine. */
export function walk(root: Node, visitor: Visitor): void {
  let node: Node = root;
  for (;;) {
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
