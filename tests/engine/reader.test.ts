// The engine fed in parts (ArticleReader): the same answer as the whole article at once, quotes
// found as the parts come, the next version of a page reading only its changed blocks, and
// attribution that skips blocks far from every quote without losing the names written there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ArticleReader, extractQuotes } from "../../src/engine/index.ts";
import type { Article, TextBlock } from "../../src/engine/types.ts";
import { ATTRIBUTION_WINDOW, blocksNearQuotes } from "../../src/engine/attributeSpeakers.ts";
import { SAMPLE_CHARS } from "../../src/engine/language.ts";
import { readArticle } from "../../src/page/index.ts";
import { parsePage } from "../../src/cli/extract.ts";

const paragraph = (text: string): TextBlock => ({ kind: "paragraph", text });
const FILLER = paragraph(
  "The ferry added two crossings an hour on Tuesday, and traffic on the ring road was slow " +
    "as drivers looked for other ways across the river.",
);

/** The articles written for Quotelight's tests, read by the page adapter. */
const articles: Article[] = readdirSync("tests/articles").map(
  (id) => readArticle(parsePage(readFileSync(join("tests/articles", id, "page.html"), "utf8"))).article,
);

/** Reads `article` handed over in parts of `size` blocks. */
function inParts(reader: ArticleReader, article: Article, size: number) {
  for (let i = 0; i < article.blocks.length; i += size) reader.add(article.blocks.slice(i, i + size));
  return reader.finish();
}

test("an article handed over in parts gives the same quotes and speakers as handed over whole", () => {
  for (const article of articles)
    for (const size of [1, 3, 50])
      assert.deepEqual(inParts(new ArticleReader(article), article, size), extractQuotes(article));
});

test("quotes are found as the parts come, once the page's language is known", () => {
  const said = paragraph(
    "“We will reopen the bridge in May,” said Maria Okafor, the council's transport lead.",
  );
  const reader = new ArticleReader({ lang: "en" });
  // Too little text to tell the language yet: nothing is read.
  assert.deepEqual(reader.add([said]), []);
  const fillers = Array<TextBlock>(Math.ceil(SAMPLE_CHARS / FILLER.text.length)).fill(FILLER);
  const found = reader.add([...fillers, said]);
  assert.deepEqual(
    found.map((q) => [q.block, q.text]),
    [
      [0, "We will reopen the bridge in May,"],
      [fillers.length + 1, "We will reopen the bridge in May,"],
    ],
  );
  assert.deepEqual(
    reader.add([said]).map((q) => q.block),
    [fillers.length + 2],
    "read as soon as it comes",
  );
});

test("the next version of a page reads only the blocks that changed, and answers as a fresh reading", () => {
  const article = articles.reduce((a, b) => (b.blocks.length > a.blocks.length ? b : a));
  const middle = Math.floor(article.blocks.length / 2);
  const reader = new ArticleReader(article);
  reader.add(article.blocks);
  reader.finish();
  const read = reader.blocksRead;
  const added = paragraph(
    "“The plan is a promise without a budget line,” said opposition leader Ana Brandt.",
  );
  // One paragraph added, two removed.
  const blocks = [...article.blocks.slice(0, middle), added, ...article.blocks.slice(middle + 2)];
  const changed: Article = { ...article, blocks };
  reader.next(changed);
  reader.add(changed.blocks);
  const result = reader.finish();
  assert.equal(reader.blocksRead - read, 1, "only the new paragraph is read");
  assert.deepEqual(result, extractQuotes(changed));
  assert.ok(result.speakers.some((s) => s.name === "Ana Brandt"));
});

test("a page whose language changed is read anew", () => {
  const en: Article = { lang: "en", blocks: [paragraph("“Yes,” said Ann Lee.")] };
  const reader = new ArticleReader(en);
  reader.add(en.blocks);
  reader.finish();
  const fr: Article = { lang: "fr", blocks: en.blocks };
  reader.next(fr);
  reader.add(fr.blocks);
  assert.deepEqual(reader.finish(), extractQuotes(fr));
  assert.equal(reader.blocksRead, 2);
});

test("attribution skips blocks far from every quote, but not the names written there", () => {
  const far = Array<TextBlock>(ATTRIBUTION_WINDOW.before + 4).fill(FILLER);
  const article: Article = {
    lang: "en",
    blocks: [
      paragraph("Helen Castillo, the harbour master, closed the port at dawn."),
      ...far,
      paragraph("Peter Novak, a retired engineer, has walked the bridge every day for forty years."),
      FILLER,
      paragraph("“The cables have never looked this bad,” he said."),
      ...far,
      paragraph("“We had no choice,” Castillo said."),
    ],
  };
  const { quotes, speakers } = extractQuotes(article);
  const nameOf = (i: number) => speakers.find((s) => s.id === quotes[i]!.speaker)?.name;
  assert.equal(nameOf(0), "Peter Novak", "the person named in the window before the quote");
  assert.equal(nameOf(1), "Helen Castillo", "the full name written far before, in a skipped block");
});

test("attribution reads the blocks within the window of some quote, and no others", () => {
  const { before, after } = ATTRIBUTION_WINDOW;
  const quoteBlocks = [before + 2, before + 3, 40];
  const near = blocksNearQuotes(
    50,
    quoteBlocks.map((block) => ({ block })),
  );
  const expected = Array.from({ length: 50 }, (_, b) =>
    quoteBlocks.some((q) => b >= q - before && b <= q + after),
  );
  assert.deepEqual(near, expected);
  assert.ok(near.includes(false));
});

test("attribution told to stop leaves the later quotes without speakers, and says it stopped", () => {
  const names = ["Maria Okafor", "John Reyes", "Helen Castillo", "Peter Novak", "Grace Sato", "Omar Haddad"];
  const article: Article = {
    lang: "en",
    blocks: names.map((name, i) => paragraph(`“The bridge must reopen in ${i + 2} weeks,” said ${name}.`)),
  };
  let asked = 0;
  const reader = new ArticleReader(article);
  reader.add(article.blocks);
  const stopped = reader.finish({ stopWhen: () => ++asked > 2 });
  const whole = extractQuotes(article);
  assert.equal(stopped.stoppedEarly, true);
  assert.deepEqual(
    stopped.quotes.map((q) => q.speaker !== null),
    names.map((_, i) => i < 2),
  );
  assert.deepEqual(stopped.quotes.slice(0, 2), whole.quotes.slice(0, 2));
  assert.equal("stoppedEarly" in whole, false);
});
