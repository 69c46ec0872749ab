import { test } from "node:test";
import assert from "node:assert/strict";
import { parseHTML } from "linkedom";
import { readArticle } from "../../src/page/index.ts";
import { blocksOf, documentFrom, STORY_PARAGRAPHS, storyHtml } from "./dom.ts";

const FULL_PAGE = `<!doctype html>
<html lang="en-GB"><head><title>Pier vote | The Coast Gazette</title>
<style>p { color: red }</style><script>var tracking = "said nobody";</script></head>
<body>
<header class="site-header"><a href="/">The Coast Gazette</a><nav><a href="/news">News</a> <a
  href="/sport">Sport</a></nav></header>
<div class="cookie-consent">We use cookies to improve your experience, accept them all, please.</div>
<main>
  <article>
    <h1>Harbour board votes to save the old pier</h1>
    <p class="standfirst">A long night of argument ends in a narrow vote.</p>
    <figure><img src="pier.jpg" alt=""><figcaption><span
      class="off-screen">Image caption</span> The old pier at low tide.</figcaption></figure>
    ${storyHtml()}
    <h2>What happens next</h2>
    <blockquote><p>We saved it, and now we have to pay for it.</p></blockquote>
    <ul><li>Repairs start in March, weather allowing.</li><li>The cafe reopens in June.</li></ul>
    <div class="ad-slot">Buy the new Seaside Phone today, only at your nearest store, now.</div>
    <div class="most-shared"><p>Most shared: the lighthouse keeper, aged 90, retires at last, again.</p></div>
    <p hidden>A hidden paragraph that the reader never sees on the page, at all.</p>
    <p aria-hidden="true">An aria-hidden paragraph, hidden from readers, should be skipped.</p>
    <p style="color: grey; display: none">A paragraph styled away with display none, never shown.</p>
    <form><label>Your name</label><input value="typed text"><textarea>Draft comment, not sent yet.</textarea>
      <select><option>Option text</option></select></form>
    <div contenteditable="true">Text the reader is editing, which is not the article.</div>
    <pre><code>print("code sample")</code></pre>
    <svg><text>Chart label</text></svg>
    <div class="interactive-graphic"><div class="ai2html"><p>$915 billion</p><p>’17</p></div></div>
    <noscript>Please enable JavaScript to read the comments below.</noscript>
    <template><p>Template paragraph that is never rendered, in any case.</p></template>
  </article>
  <aside class="related-stories"><h3>Related</h3>
    <p>Council approves new car park, after a long debate, by one vote.</p></aside>
  <section id="comments"><p>Comment: this pier is a money pit, and everyone knows it, frankly.</p></section>
</main>
<footer><p>Copyright, The Coast Gazette, all rights reserved, since 1901, forever.</p></footer>
</body></html>`;

test("reads headline, standfirst, caption, body, intertitle, blockquote and list items in page order", () => {
  assert.deepEqual(blocksOf(FULL_PAGE), [
    ["headline", "Harbour board votes to save the old pier"],
    ["standfirst", "A long night of argument ends in a narrow vote."],
    ["caption", "The old pier at low tide."],
    ...STORY_PARAGRAPHS.map((p) => ["paragraph", p]),
    ["intertitle", "What happens next"],
    ["blockquote", "We saved it, and now we have to pay for it."],
    ["listItem", "Repairs start in March, weather allowing."],
    ["listItem", "The cafe reopens in June."],
  ]);
});

test("leaves out site furniture, hidden, editable and non-prose elements", () => {
  const text = blocksOf(FULL_PAGE)
    .map(([, t]) => t)
    .join("\n");
  for (const unwanted of [
    "Coast Gazette",
    "News",
    "cookies",
    "Seaside Phone",
    "hidden paragraph",
    "aria-hidden",
    "display none",
    "Your name",
    "typed text",
    "Draft comment",
    "Option text",
    "editing",
    "code sample",
    "Chart label",
    "JavaScript",
    "Template",
    "car park",
    "money pit",
    "Copyright",
    "tracking",
    "color",
    "billion",
    "’17",
    "lighthouse",
  ]) {
    assert.ok(!text.includes(unwanted), `"${unwanted}" should not be read`);
  }
});

test("finds the body without <article>, by where the prose is, and skips a teaser list beside it", () => {
  const html = `<body><div id="top"><a href="/">Home</a> <a href="/world">World</a></div>
    <div class="layout"><div class="story-text"><h1>Pier saved</h1>${storyHtml()}</div>
    <div class="col-right"><ul><li><a href="/a">Storm closes the ferry, again, for the third time</a></li>
    <li><a href="/b">Lifeboat crew honoured, at last, by the mayor</a></li></ul></div></div></body>`;
  const blocks = blocksOf(html);
  assert.deepEqual(
    blocks.map(([k]) => k),
    ["headline", "paragraph", "paragraph", "paragraph", "paragraph"],
  );
  assert.ok(!blocks.some(([, t]) => t.includes("Lifeboat") || t.includes("Home")));
});

test("drops paragraphs of the body that are mostly links (read-more lines)", () => {
  const html = `<article>${storyHtml()}<p><a
    href="/more">Read more: the pier's long history, from 1890 to today</a></p></article>`;
  assert.ok(!blocksOf(html).some(([, t]) => t.includes("Read more")));
});

test("collapses HTML whitespace across inline elements but keeps no-break spaces", () => {
  const html = `<article>${storyHtml()}<p>  Elle a dit\n   <em>«\u00a0Nous  <a
    href="#">resterons</a>\u00a0»</em>\t, puis elle est partie.  </p></article>`;
  const last = blocksOf(html).at(-1)!;
  assert.deepEqual(last, ["paragraph", "Elle a dit «\u00a0Nous resterons\u00a0» , puis elle est partie."]);
});

test("a <br> separates words without a node of its own", () => {
  const html = `<article>${storyHtml()}<p>First line<br>second line</p></article>`;
  assert.equal(blocksOf(html).at(-1)![1], "First line second line");
});

test("two <br> in a row end a paragraph, as old sites write paragraphs", () => {
  const lines = "First paragraph.<br>\n<br>Second paragraph.<br><br><br>Third.";
  const html = `<article>${storyHtml()}<div>${lines}</div></article>`;
  assert.deepEqual(
    blocksOf(html)
      .slice(-3)
      .map(([, t]) => t),
    ["First paragraph.", "Second paragraph.", "Third."],
  );
});

test("reads the language from <html lang>, else og:locale, else content-language", () => {
  const lang = (html: string) => readArticle(documentFrom(html)).article.lang;
  assert.equal(lang(`<html lang="fr"><body>${storyHtml()}</body></html>`), "fr");
  assert.equal(
    lang(`<html><head><meta property="og:locale" content="fr_CA"></head><body></body></html>`),
    "fr-CA",
  );
  assert.equal(
    lang(`<html><head><meta http-equiv="Content-Language" content="de, en"></head><body></body></html>`),
    "de",
  );
  assert.equal(lang(`<html><body>${storyHtml()}</body></html>`), undefined);
});

test("marks a block whose language differs from the page's", () => {
  const page = readArticle(
    documentFrom(
      `<html lang="fr"><body><article>${storyHtml()}<p
        lang="en">An English line, quoted as is.</p></article></body></html>`,
    ),
  );
  assert.equal(page.article.blocks.at(-1)!.lang, "en");
  assert.equal(page.article.blocks[0]!.lang, undefined);
});

test("takes the title from og:title, else <title>", () => {
  const title = (html: string) => readArticle(documentFrom(html)).article.title;
  assert.equal(
    title(`<head><meta property="og:title" content="Pier saved"><title>Pier saved | Gazette</title></head>`),
    "Pier saved",
  );
  assert.equal(title(`<head><title>Pier saved | Gazette</title></head>`), "Pier saved | Gazette");
});

test("a standfirst outside the body container is found by its name, between headline and body", () => {
  const html = `<body><header class="article-header"><h1>Pier saved</h1><div
    class="chapo">The board votes, narrowly, to keep it.</div></header>
    <div class="article-body">${storyHtml()}</div></body>`;
  assert.deepEqual(blocksOf(html).slice(0, 2), [
    ["headline", "Pier saved"],
    ["standfirst", "The board votes, narrowly, to keep it."],
  ]);
});

test("a sub-heading under the headline named as a standfirst is the standfirst; a linked one is not", () => {
  const html = (
    standfirst: string,
  ) => `<body><header><h1>Pier saved</h1><div class="bajada"><h2>${standfirst}</h2></div></header>
    <div class="article-body">${storyHtml()}</div></body>`;
  assert.deepEqual(blocksOf(html("The board votes, narrowly, to keep it.")).slice(0, 2), [
    ["headline", "Pier saved"],
    ["standfirst", "The board votes, narrowly, to keep it."],
  ]);
  assert.notEqual(blocksOf(html(`<a href="/pier">More on the pier</a>`))[1]![0], "standfirst");
});

test("keeps nodes parallel to blocks", () => {
  const page = readArticle(documentFrom(FULL_PAGE));
  assert.equal(page.nodes.length, page.article.blocks.length);
  page.nodes.forEach((n, i) => {
    const covered = n.segments.map((s) => s.node.data.slice(s.nodeStart, s.nodeStart + s.length)).join("");
    assert.equal(covered.replace(/\s/g, ""), page.article.blocks[i]!.text.replace(/\s/g, ""));
  });
});

test("survives broken HTML: unclosed tags, stray end tags, no <html> or <body>", () => {
  const blocks = blocksOf(
    `<div><p>${STORY_PARAGRAPHS[0]}<p>${STORY_PARAGRAPHS[1]}</span></div></div><p><b>${STORY_PARAGRAPHS[2]}`,
  );
  assert.deepEqual(
    blocks.map(([, t]) => t),
    STORY_PARAGRAPHS.slice(0, 3),
  );
});

test("a snippet too short to vote for a body is read whole, links aside", () => {
  assert.deepEqual(blocksOf(`<p>“Hi,” said Bob.</p><p><a href="/">Home</a></p><p>Bye.</p>`), [
    ["paragraph", "“Hi,” said Bob."],
    ["paragraph", "Bye."],
  ]);
});

test("an empty document gives an empty article", () => {
  assert.deepEqual(blocksOf(""), []);
  const doc = documentFrom("");
  doc.documentElement.remove();
  assert.deepEqual(readArticle(doc).article.blocks, []);
});

test(
  "a page 20,000 elements deep does not overflow the " + "stack (linkedom: jsdom is too slow to build one)",
  () => {
    const deep = "<div><span>".repeat(10_000) + storyHtml() + "</span></div>".repeat(10_000);
    const doc = parseHTML(`<html><body>${deep}</body></html>`).document as unknown as Document;
    assert.deepEqual(
      readArticle(doc).article.blocks.map((b) => b.text),
      STORY_PARAGRAPHS,
    );
  },
);

test("the headline is the h1 closest to the page title, not the site's logo", () => {
  const html = `<head><title>Harbour board votes to save the old pier | The Coast Gazette</title></head>
    <body><div class="top"><h1>The Coast Gazette</h1></div><div
      class="top-story"><h1>Harbour board votes to save the old pier</h1></div>
    <div class="story">${storyHtml()}</div></body>`;
  assert.deepEqual(
    blocksOf(html).filter(([k]) => k === "headline"),
    [["headline", "Harbour board votes to save the old pier"]],
  );
});

test("without <html lang>, the language most of the article declares is the page's", () => {
  const page = readArticle(
    documentFrom(`<body><article lang="fr">${storyHtml()}<p lang="en">An English line.</p></article></body>`),
  );
  assert.equal(page.article.lang, "fr");
  assert.equal(page.article.blocks[0]!.lang, undefined);
  assert.equal(page.article.blocks.at(-1)!.lang, "en");
});

test("a story cut in parts by the page keeps all its parts, found by the paragraphs' shared style", () => {
  const part = (paragraphs: string[]) => paragraphs.map((p) => `<p class="story-text">${p}</p>`).join("");
  const html = `<body><h1>Pier saved</h1>
    <div class="wrap"><div class="part">${part(STORY_PARAGRAPHS.slice(0, 1))}</div><div
      class="box">Advertisement</div></div>
    <div class="wrap"><div class="part">${part(STORY_PARAGRAPHS.slice(1))}</div></div></body>`;
  assert.deepEqual(
    blocksOf(html).map(([, t]) => t),
    ["Pier saved", ...STORY_PARAGRAPHS],
  );
});

test("a block of nothing but no-break spaces is layout, not a paragraph", () => {
  assert.deepEqual(
    blocksOf(`<article>${storyHtml()}<p>\u00a0</p></article>`).length,
    STORY_PARAGRAPHS.length,
  );
});

test("a heading named as the headline stands in when the page has no h1 for it", () => {
  const html = `<head><title>Harbour board votes to save the old pier - Gazette</title></head><body>
    <div class="logo"><h1><a href="/"><img alt=""></a></h1></div>
    <div class="summary"><h2 class="headline">Harbour board votes to save the old pier</h2></div>
    <div class="story">${storyHtml()}<h2>What happens next</h2>
    <p>Repairs, in March, if the weather allows it.</p></div></body>`;
  const blocks = blocksOf(html);
  assert.deepEqual(blocks[0], ["headline", "Harbour board votes to save the old pier"]);
  assert.deepEqual(
    blocks.filter(([k]) => k === "intertitle"),
    [["intertitle", "What happens next"]],
  );
});

test("a weak furniture name on the headline's box does not hide the headline", () => {
  const html = `<body><article><header
    class="banner-headline"><h1>Pier saved</h1></header>${storyHtml()}</article></body>`;
  assert.deepEqual(blocksOf(html)[0], ["headline", "Pier saved"]);
});

test("a wrapper with a furniture name that holds the headline and the story is read, not skipped", () => {
  const html = `<body><main class="js-social-anchor"><h1>Pier saved</h1><div
    class="story">${storyHtml()}</div>
    <div class="social-share"><p>Share this story with your friends, family and neighbours.</p></div>
    </main></body>`;
  const blocks = blocksOf(html);
  assert.deepEqual(
    blocks.map(([, t]) => t),
    ["Pier saved", ...STORY_PARAGRAPHS],
  );
});

test("siblings of the body styled alike join it when they are prose, not when they are link boxes", () => {
  const html = `<body><h1>Pier saved</h1><div id="page">
    <div class="story part-1">${storyHtml()}</div>
    <div class="story part-2"><p>${STORY_PARAGRAPHS[0]!.replace("Tuesday", "Friday")}</p></div>
    <div class="story more"><p><a href="/a">More stories by Ann Lee, our harbour reporter</a></p>
      <p>Ann Lee writes from the harbour.</p></div></div></body>`;
  const texts = blocksOf(html).map(([, t]) => t);
  assert.ok(texts.some((t) => t.includes("Friday")));
  assert.ok(!texts.some((t) => t.includes("Ann Lee")));
});

test("a box of teasers beside the story (linked titles, each with a summary) does not join it", () => {
  const teaser = (title: string, summary: string) =>
    `<div><h4><a href="/${title.length}">${title}</a></h4><p>${summary}</p></div>`;
  const teasers = [
    teaser(
      "Ferries, again",
      "THE ferry timetable, once more, has been rewritten by people who never sail, it seems.",
    ),
    teaser(
      "Mayor, at last",
      "AT last, the mayor has found the harbour, and a camera crew to go with it, obviously.",
    ),
    teaser(
      "Gulls",
      "GULLS, bold as brass, steal chips, sandwiches, ice creams and, once, a wedding ring, here.",
    ),
    teaser("Tides", "TIDES, we are told, will rise, fall, and rise again, which is news to nobody, at all."),
  ];
  const html = `<body><div id="story"><h1>Pier saved</h1><div class="text">${storyHtml()}</div>
    <div class="opinion">${teasers.join("\n    ")}</div></div></body>`;
  const texts = blocksOf(html).map(([, t]) => t);
  assert.deepEqual(texts, ["Pier saved", ...STORY_PARAGRAPHS]);
});

const MORE_PARAGRAPHS = [
  "The engineers, who had waited all evening, said the first piles could be driven before Easter.",
  "Several members, including the treasurer, asked where the money would come from, and got no answer.",
  "A second vote, on the cafe lease, was put off until the spring meeting, to general relief.",
  "The pier, built in 1890, has survived two wars, three fires and a collision with a coal barge.",
];
const moreHtml = (): string => MORE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n");

test("the rest of a story behind a Read more button is kept, even when it outweighs the lead", () => {
  const html = `<body><h1>Pier saved</h1><div class="story-body">${storyHtml()}
    <div id="read-more"><div id="read-more-link"><a href="">Read more</a></div>
      <div id="read-more-content">${moreHtml()}${moreHtml()}</div></div></div></body>`;
  assert.deepEqual(
    blocksOf(html).map(([, t]) => t),
    ["Pier saved", ...STORY_PARAGRAPHS, ...MORE_PARAGRAPHS, ...MORE_PARAGRAPHS],
  );
});

test("a collapsed continuation hidden until clicked, right after the body and styled alike, joins it", () => {
  const styled = (ps: string[], style: string) => ps.map((p) => `<p class="${style}">${p}</p>`).join("");
  const page = (style: string) => `<body><h1>Pier saved</h1><div id="page"><div
    class="story">${styled(STORY_PARAGRAPHS, "txt")}</div></div>
    <div class="article-more collapsed" style="display: none">${styled(MORE_PARAGRAPHS, style)}</div></body>`;
  assert.deepEqual(
    blocksOf(page("txt")).map(([, t]) => t),
    ["Pier saved", ...STORY_PARAGRAPHS, ...MORE_PARAGRAPHS],
  );
  assert.deepEqual(
    blocksOf(page("promo-text")).map(([, t]) => t),
    ["Pier saved", ...STORY_PARAGRAPHS],
  );
});

test("a box of teasers named read-more (linked titles of other stories) is not the rest of the story", () => {
  const teaser = (title: string, summary: string) =>
    `<h3><a href="/${title.length}">${title}</a></h3><p>${summary}</p>`;
  const html = `<body><h1>Pier saved</h1><div class="story-body">${storyHtml()}
    <section class="read-more">${teaser("Ferries, again", MORE_PARAGRAPHS[0]!)}${teaser(
      "Mayor, at last",
      MORE_PARAGRAPHS[1]!,
    )}
    ${teaser("Gulls", MORE_PARAGRAPHS[2]!)}</section></div>
    <div class="readmore"><p><a href="/a">The lighthouse keeper retires, again, at ninety</a></p>
    <p><a href="/b">Council approves new car park after a long debate</a></p><p><a
      href="/c">Tides, we are told, will rise</a></p></div></body>`;
  assert.deepEqual(
    blocksOf(html).map(([, t]) => t),
    ["Pier saved", ...STORY_PARAGRAPHS],
  );
});

test(
  "the page's only h1, set in a breadcrumb, is the " +
    "headline when it is the title; a site name there is not",
  () => {
    const page = (h1: string) => `<html><head><title>Pier saved - The Coast Gazette</title></head><body>
    <div id="breadcrumb"><ul><li><a href="/">News</a></li><li><h1>${h1}</h1></li></ul></div>
    <div class="story-body">${storyHtml()}</div></body></html>`;
    assert.deepEqual(
      blocksOf(page("Pier saved")).map(([, t]) => t),
      ["Pier saved", ...STORY_PARAGRAPHS],
    );
    assert.deepEqual(
      blocksOf(page("The Coast Gazette")).map(([, t]) => t),
      STORY_PARAGRAPHS,
    );
    const inNav = `<html><head><meta property="og:title" content="Pier saved"></head><body>
    <nav><h1>Pier saved</h1></nav><div class="story-body">${storyHtml()}</div></body></html>`;
    assert.deepEqual(blocksOf(inNav)[0], ["headline", "Pier saved"]);
    const hidden = `<html><head><title>Pier saved</title></head><body>
    <div class="breadcrumb" hidden><h1>Pier saved</h1></div><div
      class="story-body">${storyHtml()}</div></body></html>`;
    assert.deepEqual(
      blocksOf(hidden).map(([, t]) => t),
      STORY_PARAGRAPHS,
    );
  },
);

test(
  "short furniture lines of the article (byline, paywall " +
    "note, player label, teaser line) are dropped, prose is not",
  () => {
    const furniture = [
      `<p>By Jane Smith</p>`,
      `<p>Par Jean Dupont et Marie Curie</p>`,
      `<p class="article__status">Article réservé aux abonnés</p>`,
      `<div class="credit-caption"><div class="caption-wrap">toggle caption</div></div>`,
      `<div class="vid"><div class="countdown">Your video will play in 00:25</div></div>`,
      `<p>Advertisement</p>`,
      `<p>Read more: Harbour master quits after ferry row</p>`,
      `<p>Lire aussi | Le port de Brest en travaux</p>`,
      `<p><span class="post-byline">Jane Smith and Ann Lee, Coast Gazette</span></p>`,
    ];
    const prose = [
      `<p>By Tuesday, the board had made up its mind.</p>`,
      `<p>“By now we should be done,” said Jane Smith.</p>`,
      `<p>Advertisement boards, posters and leaflets were seen all over town, the police said.</p>`,
      `<figure><figcaption class="lead-image__credit"><span
        class="lead-image__caption">Gulls over the pier.</span> Ann Lee</figcaption></figure>`,
    ];
    const html = `<body><h1>Pier saved</h1><div class="story-body">${STORY_PARAGRAPHS.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join("")}
    ${furniture.join("\n")}${prose.join("\n")}${STORY_PARAGRAPHS.slice(2)
      .map((p) => `<p>${p}</p>`)
      .join("")}</div></body>`;
    assert.deepEqual(
      blocksOf(html).map(([, t]) => t),
      [
        "Pier saved",
        ...STORY_PARAGRAPHS.slice(0, 2),
        "By Tuesday, the board had made up its mind.",
        "“By now we should be done,” said Jane Smith.",
        "Advertisement boards, posters and leaflets were seen all over town, the police said.",
        "Gulls over the pier. Ann Lee",
        ...STORY_PARAGRAPHS.slice(2),
      ],
    );
  },
);
