import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { readBlocks } from "../../src/page/blocks.ts";
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
