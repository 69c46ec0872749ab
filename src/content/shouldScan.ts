// Whether to read a page without being asked: stories, and pages whose paragraphs quote people.
// Runs on every page the reader opens, so it only looks, it never reads the whole page.
import { looksLikeArticle } from "../page/index.ts";

/** An opening quote mark: curly, guillemet, low-9, or a straight one that starts a word. */
const OPENING_QUOTE = /[“«„‹]|(?:^|\s)"\w/;
/** Two quoting paragraphs make a page worth reading; one could be a slogan. */
const MIN_QUOTING_PARAGRAPHS = 2;
/** Enough paragraphs to find a story's quotes; long feeds are not stories. */
const MAX_PARAGRAPHS_CHECKED = 200;

function paragraphsQuote(doc: Document): boolean {
  const paragraphs = doc.getElementsByTagName("p");
  let quoting = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS_CHECKED; i++) {
    if (OPENING_QUOTE.test(paragraphs[i]!.textContent ?? "") && ++quoting >= MIN_QUOTING_PARAGRAPHS)
      return true;
  }
  return false;
}

export const shouldScan = (doc: Document): boolean => looksLikeArticle(doc) || paragraphsQuote(doc);
