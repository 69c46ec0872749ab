import { test } from "node:test";
import assert from "node:assert/strict";
import { looksLikeArticle } from "../../src/page/index.ts";
import { documentFrom, storyHtml } from "./dom.ts";

const HOME_PAGE = `<html><head><title>The Coast Gazette</title><meta property="og:type"
  content="website"></head>
<body><nav><a href="/news">News</a></nav><article><h2><a
  href="/pier">Pier saved</a></h2><p>The board votes.</p></article>
<article><h2><a href="/ferry">Ferry late</a></h2><p>Again.</p></article></body></html>`;

test("a home page of short teasers is not an article", () => {
  assert.equal(looksLikeArticle(documentFrom(HOME_PAGE)), false);
});

test("an empty page is not an article", () => {
  const doc = documentFrom("");
  assert.equal(looksLikeArticle(doc), false);
  doc.documentElement.remove();
  assert.equal(looksLikeArticle(doc), false);
});

test("og:type article says article", () => {
  assert.equal(
    looksLikeArticle(documentFrom(`<head><meta property="og:type" content="article"></head>`)),
    true,
  );
  assert.equal(looksLikeArticle(documentFrom(`<head><meta name="og:type" value="article"></head>`)), true);
});

test("schema.org NewsArticle in JSON-LD says article, a WebSite does not", () => {
  const jsonLd = (type: string) =>
    documentFrom(
      `<head><script
        type="application/ld+json">{"@context":"https://schema.org","@type":${type},` +
        `"headline":"Pier saved"}</script></head>`,
    );
  assert.equal(looksLikeArticle(jsonLd(`"NewsArticle"`)), true);
  assert.equal(looksLikeArticle(jsonLd(`["ReportageNewsArticle"]`)), true);
  assert.equal(looksLikeArticle(jsonLd(`"WebSite"`)), false);
});

test("schema.org Article microdata says article", () => {
  assert.equal(
    looksLikeArticle(
      documentFrom(`<div itemscope itemtype="https://schema.org/NewsArticle"><p>Pier saved.</p></div>`),
    ),
    true,
  );
});

test("an <article> with several paragraphs of prose says article", () => {
  assert.equal(
    looksLikeArticle(documentFrom(`<body><article>${storyHtml()}${storyHtml()}</article></body>`)),
    true,
  );
  assert.equal(looksLikeArticle(documentFrom(`<body><div>${storyHtml()}${storyHtml()}</div></body>`)), false);
});
