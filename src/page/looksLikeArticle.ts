// A cheap test, run on every page the content script sees, of whether the page is a story
// worth reading quotes from; the full reading only runs when it says yes.

/** schema.org types of news stories and posts, as JSON-LD writes them. */
const ARTICLE_TYPE_IN_JSON_LD = /"@type"\s*:\s*\[?\s*"(\w*Article|BlogPosting|Report)"/;
const ARTICLE_MICRODATA =
  '[itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"], ' +
  '[itemtype*="schema.org/ReportageNewsArticle"], [itemtype*="schema.org/BlogPosting"]';
/** An <article> with this much paragraph text is a story even without metadata. */
const MIN_ARTICLE_CHARS = 500;

function hasArticleJsonLd(doc: Document): boolean {
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((script) =>
    ARTICLE_TYPE_IN_JSON_LD.test(script.textContent ?? ""),
  );
}

function hasArticleOpenGraph(doc: Document): boolean {
  // Some sites write `name=` for `property=`, and `value=` for `content=`.
  const meta = doc.querySelector('meta[property="og:type"], meta[name="og:type"]');
  const type = meta?.getAttribute("content") ?? meta?.getAttribute("value") ?? "";
  return type.trim().toLowerCase() === "article";
}

function hasLongArticleElement(doc: Document): boolean {
  return Array.from(doc.querySelectorAll("article")).some((article) => {
    let chars = 0;
    for (const p of Array.from(article.querySelectorAll("p"))) chars += (p.textContent ?? "").trim().length;
    return chars >= MIN_ARTICLE_CHARS;
  });
}

/** True when the page declares itself a story (schema.org, Open Graph) or holds a long <article>. */
export function looksLikeArticle(doc: Document): boolean {
  if (!doc.documentElement) return false;
  return (
    hasArticleOpenGraph(doc) ||
    doc.querySelector(ARTICLE_MICRODATA) !== null ||
    hasArticleJsonLd(doc) ||
    hasLongArticleElement(doc)
  );
}
