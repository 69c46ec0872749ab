import { test } from "node:test";
import assert from "node:assert/strict";
import { PageOutline } from "../../src/page/outline.ts";
import { readArticle } from "../../src/page/index.ts";
import { parseHTML } from "linkedom";
import { documentFrom, STORY_PARAGRAPHS, storyHtml } from "./dom.ts";

test("the outline knows which elements hold the h1 and counts their paragraphs up to the cap", () => {
  const doc = documentFrom(
    `<body><div id="a"><div id="b"><h1>T</h1><p>1</p><p>2</p></div><p>3</p><p>4</p></div><div
      id="c"><p>5</p></div></body>`,
  );
  const outline = new PageOutline(doc.documentElement, 3);
  const byId = (id: string) => doc.getElementById(id)!;
  assert.equal(outline.holdsHeadline(byId("a")), true);
  assert.equal(outline.holdsHeadline(byId("b")), true);
  assert.equal(outline.holdsHeadline(byId("c")), false);
  assert.equal(outline.paragraphsIn(byId("b")), 2);
  assert.equal(outline.paragraphsIn(byId("a")), 3);
  assert.equal(outline.paragraphsIn(doc.body), 3);
  assert.equal(outline.paragraphsIn(byId("c")), 1);
});

test("a <div> holding a sentence of its own text counts as a paragraph, once; a short label does not", () => {
  const sentence = "The harbour board met on Tuesday evening to decide the pier's fate.";
  const doc = documentFrom(
    `<body><div id="a"><div>${sentence} <a
      href="#">More</a> ${sentence}</div><div>Share this</div></div></body>`,
  );
  assert.equal(new PageOutline(doc.documentElement, 3).paragraphsIn(doc.getElementById("a")!), 1);
});

test(
  "a story inside thousands of nested furniture-named " + "wrappers is still read (linkedom, for speed)",
  () => {
    const html =
      `${'<div class="ad">'.repeat(5_000)}<h1>Pier saved</h1>` + `${storyHtml()}${"</div>".repeat(5_000)}`;
    const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
    assert.deepEqual(
      readArticle(doc).article.blocks.map((b) => b.text),
      ["Pier saved", ...STORY_PARAGRAPHS],
    );
  },
);
