import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { readArticle, rangeFor } from "../../src/page/index.ts";
import { documentFrom, storyHtml } from "./dom.ts";

/** What a reader sees of a stretch of page text: HTML whitespace collapsed. */
const seen = (s: string): string => s.replace(/[ \t\n\r\f]+/g, " ");

const PAGE = `<html><body><article>${storyHtml()}
  <p>The mayor said   “we <a href="/pier">will <em>not</em> let</a>\n\tthe pier   fall,”  and left.</p>
  <p>Short<br>line, then <span> spaced </span> words.</p>
</article></body></html>`;

test("a quote's span becomes a Range over the same text, across links, emphasis and collapsed spaces", () => {
  const page = readArticle(documentFrom(PAGE));
  const index = page.article.blocks.findIndex((b) => b.text.startsWith("The mayor"));
  const text = page.article.blocks[index]!.text;
  assert.equal(text, "The mayor said “we will not let the pier fall,” and left.");
  const start = text.indexOf("we");
  const end = text.indexOf("fall,") + "fall,".length;
  const range = rangeFor(page, index, { start, end })!;
  assert.equal(seen(range.toString()), "we will not let the pier fall,");
  assert.equal(range.startContainer.textContent!.slice(range.startOffset, range.startOffset + 2), "we");
});

test("every span of every block maps to a Range reading the same (property)", () => {
  const page = readArticle(documentFrom(PAGE));
  const blocks = page.article.blocks;
  fc.assert(
    fc.property(fc.nat({ max: blocks.length - 1 }), fc.nat(), fc.nat(), (block, a, b) => {
      const text = blocks[block]!.text;
      const start = a % text.length;
      const end = start + 1 + (b % (text.length - start));
      const range = rangeFor(page, block, { start, end });
      // A <br> reads as a space in the block but as nothing in Range.toString(): compare the words.
      const words = (s: string) => s.replace(/\s+/g, "");
      const want = words(text.slice(start, end));
      if (want === "") return;
      assert.ok(range, `no range for ${JSON.stringify(want)}`);
      assert.equal(words(range.toString()), want);
    }),
  );
});

test("empty, reversed and out-of-block spans give null", () => {
  const page = readArticle(documentFrom(PAGE));
  assert.equal(rangeFor(page, 0, { start: 3, end: 3 }), null);
  assert.equal(rangeFor(page, 0, { start: 5, end: 2 }), null);
  assert.equal(rangeFor(page, 0, { start: 100_000, end: 100_010 }), null);
  assert.equal(rangeFor(page, 999, { start: 0, end: 1 }), null);
});

test(
  "two fields of a caption laid side by side read " + "apart, and the space between maps to no page text",
  () => {
    const html = `<html><body><article>${storyHtml()}<figure><figcaption><span
      class="c1">Gulls over the pier at dawn.</span><span
        class="photo-credit">Ann Lee/Coast Gazette</span></figcaption></figure>
    <p>Named <span class="x">Mc</span><span
      class="y">Donald</span>, unchanged when neither part is a field.</p></article></body></html>`;
    const page = readArticle(documentFrom(html));
    const index = page.article.blocks.findIndex((b) => b.kind === "caption");
    const text = page.article.blocks[index]!.text;
    assert.equal(text, "Gulls over the pier at dawn. Ann Lee/Coast Gazette");
    assert.ok(page.article.blocks.some((b) => b.text.startsWith("Named McDonald,")));
    const dawn = text.indexOf("dawn.");
    assert.equal(
      rangeFor(page, index, { start: dawn, end: dawn + "dawn. Ann".length })!.toString(),
      "dawn.Ann",
    );
    assert.equal(
      rangeFor(page, index, { start: text.indexOf("Ann"), end: text.length })!.toString(),
      "Ann Lee/Coast Gazette",
    );
  },
);
