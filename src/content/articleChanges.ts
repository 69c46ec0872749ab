// Which changes in the page can change the article: text added or removed inside the elements
// that hold its blocks (a live blog's new post, "read more"), or those elements removed.
// Changes elsewhere (ads, comments, menus) do not cost a rescan.
import type { PageText } from "../page/index.ts";

/** The elements that hold the article's blocks. */
export const articleContainers = (page: PageText): Set<Element> =>
  new Set(page.nodes.map((block) => block.element.parentElement ?? block.element));

/** True when `mutation` happened in or to one of `containers`; with none (no article read yet), always. */
export function concernsArticle(containers: ReadonlySet<Element>, mutation: MutationRecord): boolean {
  if (containers.size === 0) return true;
  const removed = Array.from(mutation.removedNodes);
  for (const container of containers) {
    if (container.contains(mutation.target) || removed.some((node) => node.contains(container))) return true;
  }
  return false;
}
