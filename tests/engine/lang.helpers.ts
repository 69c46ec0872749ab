// Shared by the per-language tests (lang-*.test.ts): the whole engine on hand-written
// paragraphs of one language, each quote reduced to its words and its speaker.
import { extractQuotes } from "../../src/engine/index.ts";
import type { QuoteResult } from "../../src/engine/types.ts";

export function extract(lang: string, ...paragraphs: string[]): QuoteResult {
  return extractQuotes({ lang, blocks: paragraphs.map((text) => ({ kind: "paragraph", text })) });
}

/** [quoted words, speaker name or null] for each quote, in page order. */
export function quotesAndSpeakers(lang: string, ...paragraphs: string[]): [string, string | null][] {
  const result = extract(lang, ...paragraphs);
  return result.quotes.map((q) => [q.text, q.speaker === null ? null : result.speakers[q.speaker]!.name]);
}
