// Which painted quote is under the pointer, with the registry's hit test and with the caret
// fallback, in jsdom with stand-ins for what jsdom lacks (the registry, layout boxes).
import { afterEach, beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import type { Quote } from "../../src/engine/types.ts";
import { quoteAtPoint } from "../../src/content/hitTest.ts";
import type { PaintedQuote } from "../../src/content/scan.ts";

const globals = globalThis as unknown as Record<string, unknown>;
let doc: Document;

beforeEach(() => {
  doc = new JSDOM(`<p>“First quote,” she said. “Second quote.”</p>`).window.document;
  globals.document = doc;
  globals.Highlight = class extends Set<AbstractRange> {
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  };
  globals.CSS = { highlights: new Map() };
});
afterEach(() => {
  for (const name of ["document", "Highlight", "CSS"]) delete globals[name];
});

const box = (left: number, top: number, width: number, height: number) =>
  ({ left, top, right: left + width, bottom: top + height, width, height }) as DOMRect;

/** The quote over `text` in the paragraph, laid out in the given line boxes. */
function painted(id: number, text: string, lines: DOMRect[]): PaintedQuote {
  const node = doc.querySelector("p")!.firstChild!;
  const start = node.textContent!.indexOf(text);
  const range = doc.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  range.getClientRects = () => lines as unknown as DOMRectList;
  const quote = { id, text } as Quote;
  return { quote, speaker: null, slot: null, range };
}

test("with the registry's hit test, the quote among its ranges whose line box holds the point", () => {
  const first = painted(0, "“First quote,”", [box(0, 0, 100, 20)]);
  const second = painted(1, "“Second quote.”", [box(150, 0, 50, 20), box(0, 20, 60, 20)]);
  (CSS.highlights as unknown as { highlightsFromPoint: unknown }).highlightsFromPoint = () => [
    { highlight: new Highlight(second.range), ranges: [second.range] },
  ];
  assert.deepEqual(quoteAtPoint([first, second], 10, 30), { quote: second, line: 1 });
  // The hit test said only the second quote is there: the first is never taken.
  assert.equal(quoteAtPoint([first, second], 10, 10), null);
});

test("older hit tests answer Highlight objects: their ranges are the candidates", () => {
  const first = painted(0, "“First quote,”", [box(0, 0, 100, 20)]);
  (CSS.highlights as unknown as { highlightsFromPoint: unknown }).highlightsFromPoint = () => [
    new Highlight(first.range),
  ];
  assert.deepEqual(quoteAtPoint([first], 50, 10), { quote: first, line: 0 });
});

test("without a hit test, the caret position picks the quote, and its line boxes confirm it", () => {
  const first = painted(0, "“First quote,”", [box(0, 0, 100, 20)]);
  const second = painted(1, "“Second quote.”", [box(150, 0, 80, 20)]);
  const text = doc.querySelector("p")!.firstChild!;
  let offset = 0;
  (doc as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({
    offsetNode: text,
    offset,
  });
  offset = text.textContent!.indexOf("Second") + 2;
  assert.deepEqual(quoteAtPoint([first, second], 160, 10), { quote: second, line: 0 });
  // In the margin past the line's end the caret still lands in the quote's text: not a hit.
  assert.equal(quoteAtPoint([first, second], 400, 10), null);
  // Between quotes: no quote holds the caret.
  offset = text.textContent!.indexOf("she");
  assert.equal(quoteAtPoint([first, second], 120, 10), null);
});

test("browsers with only caretRangeFromPoint use it", () => {
  const first = painted(0, "“First quote,”", [box(0, 0, 100, 20)]);
  const text = doc.querySelector("p")!.firstChild!;
  (doc as unknown as { caretRangeFromPoint: unknown }).caretRangeFromPoint = () => {
    const caret = doc.createRange();
    caret.setStart(text, 3);
    return caret;
  };
  assert.deepEqual(quoteAtPoint([first], 20, 10), { quote: first, line: 0 });
});
