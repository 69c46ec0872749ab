// Shared by the per-language tests (lang-*.test.ts): the whole engine on hand-written
// paragraphs of one language, each quote reduced to its words and its speaker.
import { extractQuotes } from "../../src/engine/index.ts";
import type { BlockKind, QuoteResult } from "../../src/engine/types.ts";

/** A paragraph's text, or another kind of block with its text (`["standfirst", "…"]`). */
export type BlockText = string | readonly [BlockKind, string];

export function extract(lang: string, ...paragraphs: BlockText[]): QuoteResult {
  const blocks = paragraphs.map((b) =>
    typeof b === "string" ? { kind: "paragraph" as const, text: b } : { kind: b[0], text: b[1] },
  );
  return extractQuotes({ lang, blocks });
}

/** [quoted words, speaker name or null] for each quote, in page order. */
export function quotesAndSpeakers(lang: string, ...paragraphs: BlockText[]): [string, string | null][] {
  const result = extract(lang, ...paragraphs);
  return result.quotes.map((q) => [q.text, q.speaker === null ? null : result.speakers[q.speaker]!.name]);
}
