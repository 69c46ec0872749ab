// When the body finder finds no article, the page's main text stands in for it, and the page says
// so (PageText.articleFound), so that the popup can tell the reader.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticle } from "../../src/page/index.ts";
import { documentFrom, STORY_PARAGRAPHS, storyHtml } from "./dom.ts";

const read = (html: string) => {
  const page = readArticle(documentFrom(html));
  return { articleFound: page.articleFound, texts: page.article.blocks.map((b) => b.text) };
};

test("a story is an article found", () => {
  const page = read(`<html><body><article><h1>Pier saved</h1>${storyHtml()}</article></body></html>`);
  assert.equal(page.articleFound, true);
  assert.deepEqual(page.texts, ["Pier saved", ...STORY_PARAGRAPHS]);
});

test("a page of short lines, with no prose to vote for a body, is read whole and is no article", () => {
  const html = `<html><body><nav><a href="/">Home</a></nav><h1>Overheard at the harbour</h1>
    <ul><li>“It will hold,” said the engineer.</li><li>“Not in this wind,” said the skipper.</li></ul>
    <div class="share">Share this page</div></body></html>`;
  assert.deepEqual(read(html), {
    articleFound: false,
    texts: [
      "Overheard at the harbour",
      "“It will hold,” said the engineer.",
      "“Not in this wind,” said the skipper.",
    ],
  });
});

test("a body too short to be a story (one line won the vote) gives way to the page's main text", () => {
  const html = `<html><body><h1>Overheard at the harbour</h1>
    <div class="entry-meta"><p>Collected by the harbour office, this week.</p></div>
    <div class="board"><div>“It will hold,” said the engineer.</div>
    <div>“Not in this wind,” said the skipper.</div>
    <div>“Ask the gulls,” said the harbourmaster.</div></div></body></html>`;
  const page = read(html);
  assert.equal(page.articleFound, false);
  assert.ok(page.texts.includes("“Ask the gulls,” said the harbourmaster."));
});
