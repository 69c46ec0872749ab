import type { Article } from "./types.ts";

/** The article's language: what the page declares, else a guess from the text. (Placeholder.) */
export function detectLanguage(article: Article): string {
  return (article.lang ?? "en").slice(0, 2).toLowerCase();
}
