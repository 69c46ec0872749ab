// Made-up speakers and quotes for the painting tests: only ids, speakers and partialness matter
// there, so names, texts and spans are placeholders.
import type { Quote, Speaker } from "../../src/engine/types.ts";

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
