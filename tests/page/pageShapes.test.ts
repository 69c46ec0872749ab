// Page shapes the adapter once read as nothing or as the wrong box (issue 11, found on the public
// article extraction benchmark): each page here is written by hand in that shape.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuotes } from "../../src/engine/index.ts";
import { readArticle } from "../../src/page/index.ts";
import { blocksOf, documentFrom, STORY_PARAGRAPHS, storyHtml } from "./dom.ts";

const textsOf = (html: string): string[] => blocksOf(html).map(([, text]) => text);

test("a page wrapped whole in one <form> (ASP.NET WebForms) is read; its fields are not", () => {
  const html = `<html><body><form id="aspnetForm" method="post" action="./story.aspx">
    <input type="hidden" name="__VIEWSTATE" value="dDwtMTA4">
    <div class="header"><label>Search the site</label><input name="q"><button>Go</button></div>
    <div class="page"><h1>Harbour board votes to save the old pier</h1>
    <div class="story">${storyHtml()}</div></div>
    </form></body></html>`;
  const texts = textsOf(html);
  assert.deepEqual(texts, ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
});

test("a form of a few paragraphs beside the story (a download dialog) stays out", () => {
  const html = `<html><body><article><h1>Harbour board votes to save the old pier</h1>${storyHtml()}</article>
    <form class="download"><p>Choose the format of the recording, then press the button below.</p>
    <p>If the file does not download by itself, right-click the link and save it.</p>
    <p>Recordings stay online for a year, after which they are archived.</p><button>Download</button></form>
    </body></html>`;
  assert.deepEqual(textsOf(html), ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
});

test("paragraphs in boxes a page builder names as widgets are read; a widget of links is not", () => {
  const html = `<html><body><div class="site">
    <div class="builder-widget widget-heading"><div
      class="widget-container"><h1>Harbour board votes to save the old pier</h1></div></div>
    <div class="builder-widget widget-text"><div class="widget-container">${storyHtml()}</div></div>
    <div class="sidebar widget"><h3>Popular</h3><ul><li><a
      href="/a">Storm closes the ferry, again, for the third time</a></li>
    <li><a href="/b">Lifeboat crew honoured, at last, by the mayor</a></li></ul></div>
    </div></body></html>`;
  assert.deepEqual(textsOf(html), ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
});

test(
  "a call-to-action box of paragraphs (cta) inside " + "the story is not read, whatever else it is named",
  () => {
    const html = `<html><body><article><h1>Harbour board votes to save the old pier</h1>${storyHtml()}
    <div class="zone-widget zone-widget-cta-letter">
    <p>Most of our reporting begins with a question from a reader.</p>
    <p>We do this work every day at no cost to you, but it is far from free to produce.</p>
    <p>Support the Gazette, so we can keep asking questions for you.</p></div></article></body></html>`;
    assert.deepEqual(textsOf(html), ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
  },
);

test(
  "a box whose class says hidden (a gallery's closed " + "overlay) is not read; a class such as hidden-xs is",
  () => {
    const html = `<html><body><article><h1>Harbour board votes to save the old pier</h1>${storyHtml()}
    <div class="gallery-overlay hidden"><p>The old pier at low tide, seen from the lighthouse.</p>
    <p>Back to gallery</p></div>
    <p class="hidden-xs">The vote will be repeated next year, the chairwoman said, if the money runs out.</p>
    </article></body></html>`;
    assert.deepEqual(textsOf(html), [
      "Harbour board votes to save the old pier",
      ...STORY_PARAGRAPHS,
      "The vote will be repeated next year, the chairwoman said, if the money runs out.",
    ]);
  },
);

test("a story written in <div>s of text, not <p>s, inside a box with a furniture name, is read", () => {
  const divs = STORY_PARAGRAPHS.map((p) => `<div class="body__paragraph">${p}</div>`).join("\n");
  const html = `<html><body><article class="page-rail"><h1>Harbour board votes to save the old pier</h1>
    <div class="page-rail__wrapper"><div class="rail-body">${divs}</div></div></article></body></html>`;
  assert.deepEqual(textsOf(html), ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
});

test("a story written as text cut by <br>s in a named box outweighs a named box of one line", () => {
  const story = STORY_PARAGRAPHS.join("<br><br>\n");
  const html = `<html><body><div class="columns">
    <div class="row"><h1>Harbour board votes to save the old pier</h1>
    <div class="story-top"><p>Filed from the harbour office, on Tuesday night</p></div></div>
    <div class="row"><div class="story-text">${story}</div></div>
    </div></body></html>`;
  assert.deepEqual(textsOf(html).slice(1), STORY_PARAGRAPHS);
});

test("a story body named as the first of its pages is read; the pagination links are not", () => {
  const html = `<html><body><main><h1>Harbour board votes to save the old pier</h1>
    <div class="article-body pagination-first">${storyHtml()}</div>
    <div class="pagination"><a href="?page=2">Next page</a> <a href="?page=3">Last page</a></div>
    </main></body></html>`;
  assert.deepEqual(textsOf(html), ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
});

test("a story cut into chunks, each in a grid row of its own between ads, is read whole", () => {
  const [a, b, c, d] = STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`);
  const chunk = (paragraphs: string) =>
    `<div class="grid"><div class="body__container">${paragraphs}</div><aside class="grid__rail"><div
      class="ad-slot">Advertisement</div></aside></div>`;
  const html = `<html><body><article><h1>Harbour board votes to save the old pier</h1>
    <div class="chunks">${chunk(a!)}<div
      class="full-bleed-ad">Advertisement</div>${chunk(`${b}${c}${d}`)}</div>
    </article><div class="grid"><div class="more-cards"><a
      href="/x">Storm closes the ferry, again, for the third time</a></div></div>
    </body></html>`;
  assert.deepEqual(textsOf(html), ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
});

test("a page whose <body> class happens to say 'caption' reads its story as paragraphs, not captions", () => {
  const html = `<html><body class="permalink f_caption_muted_videos_on f_infinite_scroll_on">
    <article><h1>Harbour board votes to save the old pier</h1>
    <figure><img src="pier.jpg" alt=""><figcaption>The old pier at low tide.</figcaption></figure>
    <div class="post-content">${storyHtml()}</div></article></body></html>`;
  assert.deepEqual(
    blocksOf(html).slice(-4),
    STORY_PARAGRAPHS.map((p) => ["paragraph", p]),
  );
});

test("a story whose wrapper a consent dialog marked aria-hidden is read; a hidden aside is not", () => {
  const html = `<html><body><div id="page"
    aria-hidden="true"><article><h1>Harbour board votes to save the old pier</h1>
    ${storyHtml()}<p
      aria-hidden="true">Hidden from everyone, this note, on purpose, is not read.</p></article></div>
    <div role="dialog" class="consent">We use cookies. <button>Accept</button></div></body></html>`;
  assert.deepEqual(textsOf(html), ["Harbour board votes to save the old pier", ...STORY_PARAGRAPHS]);
});

test("a page whose template declares English but whose story is French is read in French", () => {
  const french = [
    "Le conseil du port s'est réuni mardi soir, après une semaine " +
      "de tempêtes, pour décider du sort de la vieille jetée.",
    "Les pêcheurs, les commerçants et quelques marins à la " +
      "retraite ont rempli la salle, qui sentait la laine mouillée.",
    "« Nous avons sauvé la jetée, et maintenant il faut la payer " +
      "», a déclaré la présidente, qui lisait un dossier épais.",
    "Personne n'est parti avant le vote, qui est venu tard, et la " +
      "plupart des gens sont restés pour discuter autour d'un café.",
    "La présidente a dit que les travaux commenceraient au mois de " +
      "mars si le temps le permet, et que le café rouvrirait en juin.",
    "Les ingénieurs, qui avaient chiffré les réparations au printemps, " +
      "ont expliqué que les piliers les plus anciens sont les plus fragiles.",
    "Une partie de la salle a demandé que la ville paie la moitié des " +
      "travaux, mais le maire n'était pas là pour répondre à la question.",
  ];
  const paragraphs = french.map((p) => `<p>${p}</p>`).join("");
  const html = `<html
    lang="en"><body><article><h1>La jetée est sauvée</h1>${paragraphs}</article></body></html>`;
  const { article } = readArticle(documentFrom(html));
  assert.equal(article.lang, "en", "the adapter passes on what the page declares");
  const result = extractQuotes(article);
  assert.equal(result.lang, "fr", "the engine reads the text's own language");
  assert.equal(result.quotes.length, 1);
});
