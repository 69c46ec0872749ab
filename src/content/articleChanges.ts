// Which changes in the page can change the article: text added or removed inside the elements
// that hold its blocks (a live blog's new post, "read more"), or those elements removed.
// Changes elsewhere (ads, comments, menus) do not cost a rescan.
import type { PageText } from "../page/index.ts";

/** The elements that hold the article's blocks. */
export const articleContainers = (page: PageText): Set<Element> =>
  new Set(page.nodes.map((block) => block.element.parentElement ?? block.element));

/** True when `mutation` added, beside `container`, an element made like it: another post. */
function addsLike(container: Element, mutation: MutationRecord): boolean {
  if (container.parentNode !== mutation.target) return false;
  return Array.prototype.some.call(
    mutation.addedNodes,
    (node: Node) =>
      node.nodeType === node.ELEMENT_NODE &&
      (node as Element).localName === container.localName &&
      (node as Element).className === container.className,
  );
}

/**
 * True when `mutation` happened in or to one of `containers`, or beside one (a live blog's new
 * post, in a wrapper of its own next to the others), or the article is gone from the page (a
 * client-side framework wrote it anew, perhaps while it was being read); with no containers (no
 * article read yet), always.
 */
export function concernsArticle(containers: ReadonlySet<Element>, mutation: MutationRecord): boolean {
  if (containers.size === 0) return true;
  const removed = Array.from(mutation.removedNodes);
  for (const container of containers) {
    if (!container.isConnected || addsLike(container, mutation)) return true;
    if (container.contains(mutation.target) || removed.some((node) => node.contains(container))) return true;
  }
  return false;
}
