// The article on its way to the engine in parts, and the engine's Worker sessions that read it:
// no part over the size limit, the same article put back together, references to the page's last
// article, the caps checked again, and a session that reads only what changed.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, TextBlock } from "../../src/engine/types.ts";
import { extractQuotes } from "../../src/engine/index.ts";
import {
  ArticleAssembler,
  type ArticlePart,
  quotesFrom,
  splitArticle,
} from "../../src/engineHost/articleParts.ts";
import {
  type EngineReply,
  EngineSessions,
  toPosted,
  WARM_UP_ARTICLE,
} from "../../src/engineHost/engineSessions.ts";
import { LIMITS } from "../../src/limits.ts";

const paragraph = (text: string): TextBlock => ({ kind: "paragraph", text });
const story = (count: number, length = 1_000): Article => ({
  lang: "en",
  title: "The bridge",
  blocks: Array.from({ length: count }, (_, i) =>
    paragraph(
      `“We will reopen it in ${i + 2} weeks,” said Maria Okafor ${i}. `.padEnd(
        length,
        "The ferry runs late. ",
      ),
    ),
  ),
});

const textIn = (part: ArticlePart) =>
  part.blocks.reduce((sum, b) => sum + ("text" in b ? b.text.length : 0), 0);

function assemble(parts: ArticlePart[], previous: readonly TextBlock[] = []) {
  const assembler = new ArticleAssembler(previous);
  const blocks = parts.flatMap((part) => assembler.take(part) ?? assert.fail("unknown blocks"));
  return { blocks, cut: assembler.cut };
}

test("an article goes in parts of at most partCharacters characters, and comes back the same", () => {
  const article = story(300);
  const parts = splitArticle(article);
  assert.ok(parts.length > 1);
  for (const part of parts) assert.ok(textIn(part) <= LIMITS.partCharacters);
  assert.deepEqual(parts[0]!.start, { lang: "en", title: "The bridge" });
  assert.equal(parts.filter((p) => p.start).length, 1);
  assert.deepEqual(
    parts.map((p) => p.last === true),
    parts.map((_, i) => i === parts.length - 1),
  );
  assert.deepEqual(assemble(parts).blocks, article.blocks);
});

test("the first part ends once it can tell the language, and its quotes come back at once", () => {
  const parts = splitArticle(story(300));
  const first = textIn(parts[0]!);
  // Whole blocks of 1,000 characters: the one that reaches firstPartCharacters ends the part.
  assert.ok(first >= LIMITS.firstPartCharacters && first < LIMITS.firstPartCharacters + 1_000, `${first}`);
  assert.ok(parts[0]!.blocks.every((b) => !("more" in b)));
  const reply = new EngineSessions().receive({ session: 1, part: parts[0]! });
  assert.ok(reply && "found" in reply && reply.found.length > 0, "the first part's quotes");
});

test("a block longer than a part goes in pieces, joined again", () => {
  const long = paragraph("x".repeat(LIMITS.partCharacters * 2 + 10));
  const article: Article = { blocks: [paragraph("Before."), long, paragraph("After.")] };
  const parts = splitArticle(article);
  assert.equal(parts.length, 3);
  for (const part of parts) assert.ok(textIn(part) <= LIMITS.partCharacters);
  assert.deepEqual(assemble(parts).blocks, article.blocks);
});

test("an empty article is one part, first and last", () => {
  assert.deepEqual(splitArticle({ blocks: [] }), [
    { blocks: [], start: { lang: undefined, title: undefined }, last: true },
  ]);
});

test("blocks of the page's last article go as references; an unknown reference is turned down", () => {
  const before = story(40);
  const added = paragraph("“It was never safe,” said Peter Novak.");
  const after: Article = {
    ...before,
    blocks: [...before.blocks.slice(0, 20), added, ...before.blocks.slice(22)],
  };
  const parts = splitArticle(after, before.blocks);
  assert.equal(parts.length, 1);
  assert.deepEqual(
    parts[0]!.blocks.filter((b) => "text" in b),
    [added],
    "only the new paragraph's text is sent",
  );
  assert.deepEqual(assemble(parts, before.blocks).blocks, after.blocks);
  assert.equal(new ArticleAssembler(before.blocks.slice(0, 5)).take(parts[0]!), null);
});

test("the assembler keeps the article within the caps, whatever the sender cut", () => {
  const blocks = Array.from({ length: LIMITS.blocks + 5 }, () => paragraph("A line."));
  const parts = splitArticle({ blocks });
  const { blocks: kept, cut } = assemble(parts);
  assert.equal(kept.length, LIMITS.blocks);
  assert.deepEqual(cut, ["blocks"]);
});

test("the engine's quotes go back a message's worth at a time", () => {
  const quotes = Array.from({ length: LIMITS.partQuotes * 2 + 3 }, (_, i) => ({ text: `words ${i}` }));
  assert.equal(quotesFrom(quotes, 0).length, LIMITS.partQuotes);
  assert.deepEqual(quotesFrom(quotes, LIMITS.partQuotes * 2), quotes.slice(-3));
  const long = [{ text: "x".repeat(LIMITS.partCharacters) }, { text: "y" }];
  assert.deepEqual(quotesFrom(long, 0), [long[0]], "at most partCharacters of text, at least one quote");
});

/** Sends the article to the session in parts; the replies. */
function send(sessions: EngineSessions, session: number, article: Article, previous?: readonly TextBlock[]) {
  return splitArticle(article, previous).map((part) => sessions.receive({ session, part })!);
}
const resultOf = (replies: EngineReply[]) => {
  const last = replies.at(-1)!;
  return "result" in last ? last.result : assert.fail(JSON.stringify(last));
};

test("a session answers each part with its quotes, and the last with the article's result", () => {
  const article = story(300);
  const replies = send(new EngineSessions(), 1, article);
  const found = replies.flatMap((r) => ("found" in r ? r.found : []));
  const result = resultOf(replies);
  assert.deepEqual(result, extractQuotes(article));
  assert.ok(found.length > 0, "quotes are found before the last part");
  assert.ok(found.every((q) => q.speaker === null));
  assert.deepEqual(
    found.map((q) => q.id),
    found.map((_, i) => i),
  );
  assert.deepEqual(
    found.map((q) => q.text),
    result.quotes.slice(0, found.length).map((q) => q.text),
  );
});

test("the Worker posts each part's quotes as one JSON string, and its other replies as they are", () => {
  const replies = send(new EngineSessions(), 1, story(300));
  const posted = replies.map(toPosted);
  replies.forEach((reply, i) => {
    const post = posted[i]!;
    if ("found" in reply && "found" in post) assert.deepEqual(JSON.parse(post.found), reply.found);
    else assert.equal(post, reply);
  });
  assert.ok(posted.some((p) => "found" in p && typeof p.found === "string"));
});

test("a warm-up runs the engine's stages, answers nothing, and changes no reading after it", () => {
  // Attribution included: the warm-up compiles the code a page's reading will run.
  const warmUpResult = extractQuotes({ lang: "en", blocks: [...WARM_UP_ARTICLE] });
  assert.ok(warmUpResult.quotes.filter((q) => q.speaker !== null).length >= 2);
  const sessions = new EngineSessions();
  assert.equal(sessions.receive({ warmUp: true }), null);
  const article = story(50);
  assert.deepEqual(resultOf(send(sessions, 1, article)), extractQuotes(article));
});

test("a session reads the page's next version from references, as a fresh reading would", () => {
  const sessions = new EngineSessions();
  const before = story(40);
  send(sessions, 1, before);
  const after: Article = {
    ...before,
    blocks: [paragraph("“Now,” said Ana Brandt."), ...before.blocks.slice(1)],
  };
  assert.deepEqual(resultOf(send(sessions, 1, after, before.blocks)), extractQuotes(after));
  // Another page has no session to refer to: its page is told to send the article whole.
  assert.deepEqual(send(sessions, 2, after, before.blocks), [{ unknownBlocks: true }]);
});

test("a session dropped (the tab closed, or too many pages) turns references down", () => {
  const sessions = new EngineSessions();
  const article = story(3);
  send(sessions, 1, article);
  sessions.receive({ session: 1, forget: true });
  assert.deepEqual(send(sessions, 1, article, article.blocks), [{ unknownBlocks: true }]);
  for (let tab = 10; tab < 10 + LIMITS.engineSessions + 1; tab++) send(sessions, tab, article);
  assert.deepEqual(send(sessions, 10, article, article.blocks), [{ unknownBlocks: true }], "the oldest went");
  const newest = 10 + LIMITS.engineSessions;
  assert.ok("result" in send(sessions, newest, article, article.blocks).at(-1)!);
});

test("a reading short of time attributes what it can, and says it was cut short by time", () => {
  let clock = 0;
  const sessions = new EngineSessions(() => clock++); // each look at the clock takes a millisecond
  const article = story(40);
  const replies = splitArticle(article).map((part) => sessions.receive({ session: 1, part, budgetMs: 20 })!);
  const last = replies.at(-1)!;
  assert.ok("result" in last);
  assert.deepEqual(last.cut, ["time"]);
  const attributed = last.result.quotes.map((q) => q.speaker !== null);
  assert.equal(attributed.length, 40, "every quote found is there");
  assert.ok(attributed[0] && !attributed.at(-1), "speakers for the first blocks only");
});
