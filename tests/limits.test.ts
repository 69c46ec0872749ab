// The caps on one page's work (src/limits.ts): what is cut, what is kept, and that the cut is named.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Quote, Speaker } from "../src/engine/types.ts";
import { capArticle, capResult, joinCuts, LIMITS } from "../src/limits.ts";

const paragraphs = (count: number, text = "A line of the story."): Article => ({
  lang: "en",
  blocks: Array.from({ length: count }, () => ({ kind: "paragraph", text })),
});

test("an ordinary article is left whole, the same object", () => {
  const article = paragraphs(40);
  assert.deepEqual(capArticle(article), { value: article, cut: [] });
});

test("an article of too many blocks keeps its first blocks", () => {
  const { value, cut } = capArticle(paragraphs(LIMITS.blocks + 10));
  assert.equal(value.blocks.length, LIMITS.blocks);
  assert.deepEqual(cut, ["blocks"]);
  assert.equal(value.lang, "en");
});

test("an article of too many characters stops at the cap, cutting the block that crosses it", () => {
  const blockLength = 100_000;
  const { value, cut } = capArticle(paragraphs(20, "x".repeat(blockLength)));
  const total = value.blocks.reduce((sum, b) => sum + b.text.length, 0);
  assert.equal(total, LIMITS.characters);
  assert.equal(value.blocks.length, Math.ceil(LIMITS.characters / blockLength));
  assert.deepEqual(cut, ["characters"]);
});

const quote = (id: number, speaker: number | null): Quote => ({
  id,
  block: id,
  text: `words ${id}`,
  inner: { start: 1, end: 8 },
  open: { start: 0, end: 1 },
  close: { start: 8, end: 9 },
  speaker,
  cue: speaker === null ? null : "said",
  partial: false,
});
const speaker = (id: number, quotes: number[]): Speaker => ({
  id,
  name: `Speaker ${id}`,
  aliases: [],
  role: null,
  kind: "person",
  voice: "unknown",
  quotes,
});

test("too many quotes: the first in page order are kept, and speakers left without any are dropped", () => {
  const count = LIMITS.quotes + 5;
  // Speaker 0 says the first ten quotes, speaker 1 the rest but the last, speaker 2 only the last.
  const speakerOf = (i: number) => (i < 10 ? 0 : i < count - 1 ? 1 : 2);
  const quotes = Array.from({ length: count }, (_, i) => quote(i, speakerOf(i)));
  const speakers = [0, 1, 2].map((id) =>
    speaker(
      id,
      quotes.filter((q) => q.speaker === id).map((q) => q.id),
    ),
  );
  const { value, cut } = capResult({ lang: "en", quotes, speakers });
  assert.equal(value.quotes.length, LIMITS.quotes);
  assert.deepEqual(
    value.speakers.map((s) => s.id),
    [0, 1],
  );
  assert.deepEqual(cut, ["quotes"]);
});

test("too many speakers: those quoted most are kept, the others' quotes stay unattributed", () => {
  const count = LIMITS.speakers + 3;
  const quotes = [...Array.from({ length: count }, (_, i) => quote(i, i)), quote(count, 2)];
  const speakers = Array.from({ length: count }, (_, i) => speaker(i, i === 2 ? [2, count] : [i]));
  const { value, cut } = capResult({ lang: "en", quotes, speakers });
  assert.equal(value.speakers.length, LIMITS.speakers);
  assert.ok(
    value.speakers.some((s) => s.id === 2),
    "the speaker with two quotes is kept",
  );
  const kept = new Set(value.speakers.map((s) => s.id));
  assert.equal(value.quotes.length, quotes.length, "no quote is lost");
  for (const q of value.quotes) assert.ok(q.speaker === null || kept.has(q.speaker));
  assert.equal(value.quotes.filter((q) => q.speaker === null).length, count - LIMITS.speakers);
  assert.deepEqual(cut, ["speakers"]);
});

test("cuts from the reader and the background are named once each, in a fixed order", () => {
  assert.deepEqual(joinCuts(["speakers", "blocks"], ["blocks", "time"]), ["blocks", "speakers", "time"]);
});
