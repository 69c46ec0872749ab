// Shared by the attribution tests: runs attribution alone on hand-written paragraphs, with the
// quotes found by a plain mark matcher, so these tests do not depend on how quote finding
// tells quotes from titles.
import { attributeSpeakers, type AttributionOptions } from "../../src/engine/attributeSpeakers.ts";
import { rulesFor } from "../../src/engine/lang/index.ts";
import type { FoundQuote } from "../../src/engine/findQuotes.ts";
import type { BlockKind, QuoteResult, TextBlock } from "../../src/engine/types.ts";

// „…“ (German), “…”, «…» and "…"; an opening mark with no closing one runs to the end of the
// paragraph.
const MARKS = /„([^“]*)(“|$)|“([^”]*)(”|$)|«([^»]*)(»|$)|"([^"]*)("|$)/gu;

function quotesOf(text: string, block: number): FoundQuote[] {
  return [...text.matchAll(MARKS)].map((m) => {
    const body = m[1] ?? m[3] ?? m[5] ?? m[7] ?? "";
    const closed = (m[2] ?? m[4] ?? m[6] ?? m[8]) !== "";
    const lead = body.length - body.trimStart().length;
    const start = m.index + 1 + lead;
    const inner = body.trim();
    return {
      block,
      text: inner,
      inner: { start, end: start + inner.length },
      open: { start: m.index, end: m.index + 1 },
      close: closed ? { start: m.index + m[0].length - 1, end: m.index + m[0].length } : null,
      partial: false,
      continuesPrevious: false,
    };
  });
}

/** Paragraphs, or [kind, text] pairs for headlines and other blocks. */
export type BlockSpec = string | readonly [BlockKind, string];

export function attribute(lang: string, ...specs: BlockSpec[]): QuoteResult {
  return attributeWith({}, lang, specs);
}

/** `attribute`, with each quote's candidates by strategy. */
export function explainAttribution(lang: string, ...specs: BlockSpec[]) {
  const { explanations = [], ...result } = attributeWith({ explain: true }, lang, specs);
  return { ...result, explanations };
}

function attributeWith(options: AttributionOptions, lang: string, specs: readonly BlockSpec[]) {
  const blocks: TextBlock[] = specs.map((spec) =>
    typeof spec === "string" ? { kind: "paragraph", text: spec } : { kind: spec[0], text: spec[1] },
  );
  let found = blocks.flatMap((b, i) => quotesOf(b.text, i));
  // A paragraph that opens on a quote right after one left open continues it.
  found = found.map((q, i) => {
    const previous = found[i - 1];
    const continues = previous?.close === null && previous.block === q.block - 1 && q.open.start === 0;
    return continues ? { ...q, continuesPrevious: true } : q;
  });
  return attributeSpeakers({ blocks, lang }, found, rulesFor(lang), [], options);
}

/** Speaker name of each quote, in order (null when none). */
export function speakersOf(result: QuoteResult): (string | null)[] {
  return result.quotes.map((q) => (q.speaker === null ? null : result.speakers[q.speaker]!.name));
}

export function speakerNamed(result: QuoteResult, name: string) {
  return result.speakers.find((s) => s.name === name);
}
