// Which highlighted quote is under the pointer. The page's DOM has no element per quote (the
// highlights are ranges painted by the browser), so this asks the highlight registry where the
// browser can answer, and otherwise finds the text under the pointer and the quote holding it.
import type { PaintedQuote } from "./scan.ts";

/** The registry's hit test (recent Chrome and Firefox), in either shape the specification has had. */
type HitTest = (x: number, y: number) => ({ highlight?: Highlight; ranges?: AbstractRange[] } | Highlight)[];

/** The ranges of our highlights painted at (x, y), or null when the browser cannot tell. */
function rangesAtPoint(x: number, y: number): Set<AbstractRange> | null {
  const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: HitTest };
  if (typeof registry.highlightsFromPoint !== "function") return null;
  const ranges = new Set<AbstractRange>();
  for (const hit of registry.highlightsFromPoint(x, y)) {
    if (hit instanceof Highlight) hit.forEach((range) => ranges.add(range));
    else (hit.ranges ?? [...(hit.highlight ?? [])]).forEach((range) => ranges.add(range));
  }
  return ranges;
}

/** The text position under (x, y): caretPositionFromPoint, or the older caretRangeFromPoint. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof doc.caretPositionFromPoint === "function") {
    const caret = doc.caretPositionFromPoint(x, y);
    return caret ? { node: caret.offsetNode, offset: caret.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export const rectContains = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * The painted quote under (x, y) and the index of its line box there. The highlight registry
 * says which ranges are painted at the point where the browser has the hit test; elsewhere the
 * caret position narrows the search. Either way the range's own line boxes decide, since a caret
 * lands on the nearest text even when the pointer is in a margin.
 */
export function quoteAtPoint(
  painted: readonly PaintedQuote[],
  x: number,
  y: number,
): { quote: PaintedQuote; line: number } | null {
  let candidates: readonly PaintedQuote[] = painted;
  const hit = rangesAtPoint(x, y);
  if (hit) {
    candidates = painted.filter((p) => hit.has(p.range));
  } else {
    const caret = caretAt(x, y);
    if (!caret) return null;
    candidates = painted.filter((p) => {
      try {
        return p.range.isPointInRange(caret.node, caret.offset);
      } catch {
        return false; // The caret is in another document (an iframe's) or a detached node.
      }
    });
  }
  for (const quote of candidates) {
    const line = [...quote.range.getClientRects()].findIndex((rect) => rectContains(rect, x, y));
    if (line >= 0) return { quote, line };
  }
  return null;
}
