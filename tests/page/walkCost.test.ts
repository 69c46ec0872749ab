import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { COLLAPSIBLE_SPACE, readBlocks } from "../../src/page/blocks.ts";
import { readArticle } from "../../src/page/index.ts";
import { documentFrom } from "./dom.ts";
import { runToEnd } from "../../src/page/steps.ts";

/** How many times reading the blocks of `html` reads an element's class, per element of the page. */
function classReadsPerElement(html: string): number {
  const { window } = new JSDOM(html);
  const proto = window.Element.prototype;
  const getAttribute = proto.getAttribute;
  let reads = 0;
  proto.getAttribute = function (this: Element, name: string) {
    if (name === "class") reads++;
    return getAttribute.call(this, name);
  };
  runToEnd(readBlocks(window.document.documentElement));
  proto.getAttribute = getAttribute;
  return reads / window.document.querySelectorAll("*").length;
}

test("the page walk reads an element's class names once, on the way in, for all its name tests", () => {
  const paragraph = `<div class="story-part"><p class="para">Words <span class="name">here</span>.</p></div>`;
  // Judging the names (furniture, hidden, caption, continuation) was most of a 1 MB page's walk:
  // each test read them again (5 reads per element), and leaving an element judged two again (7).
  // Now: once for the name tables, once for the hidden classes.
  assert.ok(classReadsPerElement(`<body>${paragraph.repeat(100)}</body>`) <= 2);
});

test("a lone space between two words is left in the run; other white space is collapsed", () => {
  const matched = (data: string) => [...data.matchAll(COLLAPSIBLE_SPACE)].map((m) => [m.index, m[0]]);
  // The walk appended a 1 MB article word by word when every space matched.
  assert.deepEqual(matched("one two three"), []);
  assert.deepEqual(matched(" one  two\nthree\t"), [
    [0, " "],
    [4, "  "],
    [9, "\n"],
    [15, "\t"],
  ]);
  assert.deepEqual(matched("end "), [[3, " "]]);
  assert.deepEqual(matched("a \n b"), [[1, " \n "]]);
  const doc = documentFrom("<body><p> Two  spaces,\na line break and a <b>bold</b> word. </p></body>");
  const [block] = readArticle(doc).article.blocks;
  assert.equal(block?.text, "Two spaces, a line break and a bold word.");
});
