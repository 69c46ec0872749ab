// The page adapter on pages built to break it, parsed with jsdom: it must return in bounded
// time without throwing, never read editable or non-HTML text, and map every block back to the
// page's own characters.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { readArticle, readArticleInSteps, rangeFor, type PageText } from "../../src/page/index.ts";
import { fastestCpuMs } from "../cpuTime.ts";
import { extractQuotes } from "../../src/engine/index.ts";
import { readBlocks } from "../../src/page/blocks.ts";
import { findArticleBody } from "../../src/page/body.ts";
import { runToEnd } from "../../src/page/steps.ts";

const story = (body: string, lang = "en", dir = "ltr") =>
  `<!doctype html><html lang="${lang}"
    dir="${dir}"><head><title>T</title></head><body><article><h1>Harbour bridge to close</h1>${body}</article>
    </body></html>`;
const quoting = (i: number) =>
  `<p>“We cannot keep the bridge open number ${i},” said Maria Okafor, the council's transport lead, ` +
  "on Tuesday.</p>";
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => quoting(i)).join("");

/** Every block's text must be the page's characters (spaces collapsed) at the segments it names. */
function assertMapsBack(page: PageText): void {
  page.article.blocks.forEach((block, b) => {
    for (const seg of page.nodes[b]!.segments) {
      const fromPage = seg.node.data.slice(seg.nodeStart, seg.nodeStart + seg.length).replace(/\s+/g, " ");
      assert.equal(
        fromPage,
        block.text.slice(seg.blockStart, seg.blockStart + seg.length).replace(/\s+/g, " "),
      );
    }
  });
}

function read(html: string | Document): PageText {
  const doc = typeof html === "string" ? new JSDOM(html).window.document : html;
  const page = readArticle(doc);
  assertMapsBack(page);
  return page;
}

/** The CPU time of reading `doc`, fastest of two runs. */
const readingMs = (doc: Document) => fastestCpuMs(() => readArticle(doc), 2);

/** A story whose article element `fill` fills with DOM calls (much quicker than parsing markup). */
function builtStory(fill: (doc: Document, article: Element) => void): Document {
  const doc = new JSDOM(story("")).window.document;
  fill(doc, doc.querySelector("article")!);
  return doc;
}

test("5,000-deep nesting: read without overflowing the stack", () => {
  const doc = builtStory((d, article) => {
    let parent = article;
    for (let i = 0; i < 5000; i++) parent = parent.appendChild(d.createElement("div"));
    parent.insertAdjacentHTML("beforeend", paragraphs(3));
  });
  const page = read(doc);
  assert.equal(extractQuotes(page.article).quotes.length, 3);
});

/** A story of `count` paragraphs of 100 elements each, every paragraph ending in a quote. */
const manyElements = (count: number) =>
  builtStory((d, article) => {
    for (let i = 0; i < count; i++) {
      const p = article.appendChild(d.createElement("p"));
      for (let j = 0; j < 99; j++) p.appendChild(d.createElement("span")).textContent = "word ";
      p.append(`“We cannot keep the bridge open number ${i},” said Maria Okafor.`);
    }
  });

// Timed against a page ten times smaller in the same run, not against a fixed number of
// milliseconds: reading is linear (about 10 times as long), a quadratic walk would be 100 times.
test("100,000 elements: read in time linear in the page's size", (t) => {
  const doc = manyElements(1000);
  assert.ok(doc.getElementsByTagName("*").length > 100_000);
  const page = read(doc);
  assert.equal(extractQuotes(page.article).quotes.length, 1000);
  const ratio = readingMs(doc) / readingMs(manyElements(100));
  t.diagnostic(`ten times the elements took ${ratio.toFixed(1)} times as long`);
  assert.ok(ratio < 40, `ten times the elements took ${ratio.toFixed(1)} times as long`);
});

test("a long page is read in steps, with the same result as reading it at once", () => {
  const doc = new JSDOM(story(paragraphs(2000))).window.document;
  const steps = readArticleInSteps(doc);
  let pauses = 0;
  let next = steps.next();
  for (; !next.done; next = steps.next()) pauses++;
  const page = next.value;
  assert.deepEqual(page.article, readArticle(doc).article);
  assert.equal(page.article.blocks.length, 2001);
  assertMapsBack(page);
  // 2,000 paragraphs are over 4,000 nodes, each walked twice (outline, then text): a pause every
  // 64 nodes at most makes over a hundred steps, where reading at once would make a handful.
  assert.ok(pauses > (2 * 4000) / 64, `${pauses} pauses`);
});

test("finding the body of a long page pauses too, every few blocks, for the same body", () => {
  const doc = new JSDOM(story(paragraphs(2000))).window.document;
  const raw = runToEnd(readBlocks(doc.documentElement));
  const steps = findArticleBody(raw);
  let pauses = 0;
  let next = steps.next();
  for (; !next.done; next = steps.next()) pauses++;
  assert.deepEqual(next.value, [doc.querySelector("article")]);
  // Each block walks up to 45 ancestors: a pause at least every 64 blocks.
  assert.ok(pauses >= raw.length / 64, `${pauses} pauses for ${raw.length} blocks`);
});

test("form fields, editable areas, SVG and MathML text are never read", () => {
  const page = read(
    story(`${paragraphs(2)}
      <div contenteditable="true"><p>“Typed by the reader,” said Anna Bell.</p></div>
      <div contenteditable="plaintext-only"><p>“Also typed,” said Anna Bell.</p></div>
      <textarea>“A draft,” said Anna Bell.</textarea><input value="“A field,” said Anna Bell.">
      <svg><text>“A chart label,” said Anna Bell.</text>
      <foreignObject><p>“Foreign,” said Anna Bell.</p></foreignObject></svg>
      <math><mtext>“A formula,” said Anna Bell.</mtext></math>`),
  );
  const text = page.article.blocks.map((b) => b.text).join("\n");
  assert.doesNotMatch(text, /Anna Bell/);
  assert.match(text, /Maria Okafor/);
});

test("right-to-left text: blocks map back and quotes stay inside their block", () => {
  const hebrew = `<p>„אנחנו לא יכולים להשאיר את הגשר פתוח”, אמרה מריה אוקפור, ראש מחלקת התחבורה בעירייה.</p>`;
  const arabic = `<p>«لا يمكننا إبقاء الجسر مفتوحا»، قالت ماريا أوكافور، مسؤولة النقل في المجلس البلدي.</p>`;
  const page = read(
    story(
      `${hebrew.repeat(3)}${arabic.repeat(3)}<p dir="rtl">\u202e“mixed ‮bidi”\u202c said Ann.</p>`,
      "he",
      "rtl",
    ),
  );
  const result = extractQuotes(page.article);
  for (const q of result.quotes) {
    const range = rangeFor(page, q.block, q.inner);
    assert.ok(range, `quote ${q.text} maps back to the page`);
    assert.equal(range.toString().replace(/\s+/g, " "), q.text.replace(/\s+/g, " "));
  }
});

test("unbalanced and stray quote marks: quote ranges cover exactly the quote's text", () => {
  const page = read(
    story(
      `<p>He said “yes and then “no and “maybe.</p><p>” A stray closer,” said Ann Lee. «</p>
      <p>»»» «« “ ” ‘’ '' "" „“</p>${paragraphs(2)}`,
    ),
  );
  const result = extractQuotes(page.article);
  assert.ok(result.quotes.length >= 2);
  for (const q of result.quotes)
    assert.equal(
      rangeFor(page, q.block, q.inner)?.toString().replace(/\s+/g, " "),
      q.text.replace(/\s+/g, " "),
    );
});
