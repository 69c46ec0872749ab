// Block offsets → live DOM Ranges. Kept apart from reading because some DOM implementations
// (linkedom) parse pages but cannot position a Range.
import type { Span } from "../engine/types.ts";
import type { PageText, TextSegment } from "./types.ts";

/** The DOM position of the first page character at or after block offset `at`. */
function startPoint(segments: TextSegment[], at: number): [Text, number] | null {
  const seg = segments.find((s) => s.blockStart + s.length > at);
  return seg ? [seg.node, seg.nodeStart + Math.max(0, at - seg.blockStart)] : null;
}

/** The DOM position just after the last page character before block offset `at`. */
function endPoint(segments: TextSegment[], at: number): [Text, number] | null {
  const seg = segments.findLast((s) => s.blockStart < at);
  return seg ? [seg.node, seg.nodeStart + Math.min(seg.length, at - seg.blockStart)] : null;
}

/**
 * A Range over the page text of `span` in block `block` (e.g. a quote's `inner` or its marks),
 * or null when the span is empty, out of the block, or the DOM changed under it.
 */
export function rangeFor(page: PageText, block: number, span: Span): Range | null {
  const segments = page.nodes[block]?.segments;
  if (!segments || span.end <= span.start) return null;
  const start = startPoint(segments, span.start);
  const end = endPoint(segments, span.end);
  if (!start || !end) return null;
  try {
    const range = start[0].ownerDocument.createRange();
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1]);
    return range.collapsed ? null : range;
  } catch {
    // The page edited or removed the text since it was read.
    return null;
  }
}
