// The content script's side of the engine's messages, against a stand-in background that answers
// as the real one does: the article in parts, the quotes found heard before the result, the
// result's quotes fetched in parts, references on the next reading, and the article sent whole
// again when the engine lost it.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Quote, TextBlock } from "../../src/engine/types.ts";
import { EngineClient } from "../../src/content/engineClient.ts";
import type { ArticlePart } from "../../src/engineHost/articleParts.ts";
import { LIMITS } from "../../src/limits.ts";
import type { Extraction, Message, PartAnswer } from "../../src/messages.ts";
import { quote } from "./fixtures.ts";

// Paragraphs of 2,000 characters fill parts exactly (no block is cut into pieces).
const paragraph = (i: number): TextBlock => ({
  kind: "paragraph",
  text: `${i}`.padStart(4, "0").repeat(500),
});
const article: Article = { lang: "en", blocks: Array.from({ length: 100 }, (_, i) => paragraph(i)) };
const quotes: Quote[] = Array.from({ length: LIMITS.partQuotes + 10 }, (_, i) => quote(i, null));

/** Answers as the background does; `lost` makes it turn references down once. */
function background({ lost = false } = {}) {
  const parts: ArticlePart[] = [];
  let forgotten = lost;
  const send = async (message: Message): Promise<PartAnswer | Quote[] | null> => {
    if (message.type === "more-quotes") return quotes.slice(message.from, message.from + LIMITS.partQuotes);
    if (message.type !== "article-part") return null;
    parts.push(message.part);
    if (forgotten && message.part.blocks.some((b) => "same" in b)) {
      forgotten = false;
      return { resend: true };
    }
    if (!message.part.last) return { found: JSON.stringify([quote(parts.length, null)]) };
    const done = { lang: "en", speakers: [], cutShort: [], quoteCount: quotes.length };
    return { done, quotes: quotes.slice(0, LIMITS.partQuotes) };
  };
  return { parts, send };
}

const texts = (parts: ArticlePart[]) => parts.flatMap((p) => p.blocks.filter((b) => "text" in b));

test("the article goes in parts, the quotes found heard after each; the result comes in parts", async () => {
  const { parts, send } = background();
  const heard: number[] = [];
  const result = await new EngineClient(send).extract(article, async (e) => {
    heard.push(e.quotes.length);
  });
  assert.ok(parts.length > 1);
  assert.deepEqual(texts(parts), article.blocks);
  assert.deepEqual(result, { lang: "en", speakers: [], cutShort: [], quotes } satisfies Extraction);
  const found = parts.length - 1;
  assert.deepEqual(
    heard,
    Array.from({ length: found }, (_, i) => i + 1),
  );
});

test("the next reading sends the blocks it sent before as references", async () => {
  const { parts, send } = background();
  const client = new EngineClient(send);
  await client.extract(article, async () => undefined);
  parts.length = 0;
  const added: TextBlock = { kind: "paragraph", text: "“New,” said Ann Lee." };
  await client.extract({ ...article, blocks: [...article.blocks, added] }, async () => undefined);
  assert.deepEqual(texts(parts), [added]);
});

test("when the engine lost the last article, the article is sent whole", async () => {
  const { parts, send } = background({ lost: true });
  const client = new EngineClient(send);
  await client.extract(article, async () => undefined);
  parts.length = 0;
  assert.ok(await client.extract(article, async () => undefined));
  assert.deepEqual(parts[0]!.blocks.length, article.blocks.length, "references, turned down");
  assert.deepEqual(texts(parts.slice(1)), article.blocks, "then the article whole");
});

test("a reading the background replaced is answered null", async () => {
  const client = new EngineClient(async () => null);
  assert.equal(await client.extract(article, async () => undefined), null);
});

test("parts go ahead of their answers, LIMITS.partsInFlight at most, and are heard in order", async () => {
  const sent: ArticlePart[] = [];
  const waiting: Array<() => void> = [];
  /** Holds every part's answer until the test lets the oldest through. */
  const send = (message: Message): Promise<PartAnswer | null> => {
    if (message.type !== "article-part") return Promise.resolve(null);
    sent.push(message.part);
    const answer: PartAnswer = message.part.last
      ? { done: { lang: "en", speakers: [], cutShort: [], quoteCount: 0 }, quotes: [] }
      : { found: JSON.stringify([quote(sent.length, null)]) };
    return new Promise((resolve) => waiting.push(() => resolve(answer)));
  };
  const heard: number[] = [];
  const extraction = new EngineClient(send).extract(article, async (e) => {
    heard.push(e.quotes.at(-1)!.id);
  });
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  await turn();
  assert.ok(sent.length > 1, "the next part goes before the first is answered");
  assert.equal(sent.length, LIMITS.partsInFlight, "sent before any answer");
  waiting.shift()!();
  await turn();
  assert.equal(sent.length, LIMITS.partsInFlight + 1, "one more once the oldest is answered");
  while (waiting.length > 0) {
    waiting.shift()!();
    await turn();
  }
  assert.deepEqual((await extraction)?.quotes, []);
  assert.deepEqual(
    heard,
    Array.from({ length: sent.length - 1 }, (_, i) => i + 1),
  );
});
