// Which page changes call for reading the article again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { concernsArticle } from "../../src/content/articleChanges.ts";

/** The mutation records `change` makes in `window`'s page, as the content script's observer gets them. */
async function recordsOf(window: JSDOM["window"], change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new window.MutationObserver((records) => seen.push(...records));
  observer.observe(window.document.body, { childList: true, subtree: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  observer.disconnect();
  return seen;
}

test("only changes in or of the article's containers call for a rescan", async () => {
  const { window } = new JSDOM(
    `<body><article id="story"><p>One.</p><p id="two">Two.</p></article><aside
      id="ads"><p>Ad</p></aside></body>`,
  );
  const doc = window.document;
  const containers = new Set([doc.getElementById("story")!]);
  const concerns = async (change: () => void) =>
    (await recordsOf(window, change)).some((m) => concernsArticle(containers, m));
  assert.equal(await concerns(() => doc.getElementById("story")!.append(doc.createElement("p"))), true);
  assert.equal(await concerns(() => doc.getElementById("two")!.replaceChildren("Three.")), true);
  assert.equal(await concerns(() => doc.getElementById("ads")!.append(doc.createElement("p"))), false);
  assert.equal(await concerns(() => doc.body.append(doc.createElement("div"))), false);
  assert.equal(await concerns(() => doc.getElementById("story")!.remove()), true);
  const [anyChange] = await recordsOf(window, () => doc.body.append("x"));
  assert.equal(
    concernsArticle(new Set(), anyChange!),
    true,
    "before an article is read, every change counts",
  );
});

test("a live blog's new post beside the others, and an article written anew, call for a rescan", async () => {
  const { window } = new JSDOM(
    `<body><header><h1>Live</h1></header><main id="posts"><div class="post"><p>One.</p></div><div
      class="post"><p>Two.</p></div></main></body>`,
  );
  const doc = window.document;
  const containers = new Set([...doc.querySelectorAll("header, .post")]);
  const concerns = async (change: () => void) =>
    (await recordsOf(window, change)).some((m) => concernsArticle(containers, m));
  const element = (html: string) => {
    const template = doc.createElement("template");
    template.innerHTML = html;
    return template.content.firstElementChild!;
  };
  const posts = doc.getElementById("posts")!;
  assert.equal(await concerns(() => posts.append(element(`<div class="post"><p>Three.</p></div>`))), true);
  assert.equal(await concerns(() => posts.append(element(`<div class="ad"><p>Buy.</p></div>`))), false);
  assert.equal(
    await concerns(() => doc.body.append(element(`<div class="post"><p>Elsewhere.</p></div>`))),
    false,
  );
  // A framework writes the whole page anew: the containers read are gone.
  assert.equal(await concerns(() => (doc.body.innerHTML = "<main><p>Anew.</p></main>")), true);
});
