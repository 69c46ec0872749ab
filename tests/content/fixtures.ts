// Made-up speakers and quotes for the painting tests: only ids, speakers and partialness matter
// there, so names, texts and spans are placeholders; and a page and a highlighter to paint them.
import { JSDOM } from "jsdom";
import type { Quote, Speaker } from "../../src/engine/types.ts";
import { type Extent, paintNearestFirst } from "../../src/content/paintInView.ts";
import type { PaintedQuote } from "../../src/content/scan.ts";
import { runToEnd } from "../../src/page/steps.ts";
import type { ColourScheme } from "../../src/palette.ts";

export const speaker = (id: number, quotes: number[]): Speaker => ({
  id,
  name: `S${id}`,
  aliases: [],
  role: null,
  kind: "person",
  voice: "unknown",
  quotes,
});

export const quote = (id: number, speakerId: number | null, partial = false): Quote => ({
  id,
  block: id,
  text: `q${id}`,
  inner: { start: 1, end: 3 },
  open: { start: 0, end: 1 },
  close: { start: 3, end: 4 },
  speaker: speakerId,
  cue: null,
  partial,
});

/**
 * A Range over each quote's own paragraph of a jsdom page (one paragraph per quote, quote id
 * order), so painting, which leaves out ranges no longer in the page, takes them as live.
 */
export function rangesOf(quotes: readonly Quote[]): Map<number, Range> {
  const { document } = new JSDOM("<article></article>").window;
  const article = document.querySelector("article")!;
  return new Map(
    quotes.map((q) => {
      const paragraph = article.appendChild(document.createElement("p"));
      paragraph.textContent = `“Quote ${q.id},” said someone.`;
      const range = document.createRange();
      range.selectNodeContents(paragraph.firstChild!);
      return [q.id, range];
    }),
  );
}

/**
 * A stand-in for the Highlighter that records what is painted (highlight name → ranges) and
 * counts each range added or removed.
 */
export class RecordingHighlighter {
  groups = new Map<string, Range[]>();
  #shown = new Map<Range, string>();
  added = 0;
  removed = 0;
  add(name: string, range: Range): void {
    const group = this.groups.get(name);
    if (group) group.push(range);
    else this.groups.set(name, [range]);
    this.#shown.set(range, name);
    this.added++;
  }
  remove(name: string, range: Range): void {
    const group = this.groups.get(name) ?? [];
    const at = group.indexOf(range);
    if (at < 0) return;
    group.splice(at, 1);
    this.#shown.delete(range);
    this.removed++;
  }
  shown(): ReadonlyMap<Range, string> {
    return this.#shown;
  }
}

/** Runs painting to its end at once, as if it had the main thread to itself, over `highlighter`'s ranges. */
export function paintAtOnce(
  painted: readonly PaintedQuote[],
  colourScheme: ColourScheme = "default",
  extentOf: (range: Range) => Extent = () => ({ top: 0, bottom: 10 }),
  highlighter = new RecordingHighlighter(),
): { highlighter: RecordingHighlighter; result: PaintedQuote[] } {
  const target = { highlighter, colourScheme, prefix: "quotelight", shown: [] };
  return { highlighter, result: runToEnd(paintNearestFirst(painted, target, 800, extentOf)) };
}
