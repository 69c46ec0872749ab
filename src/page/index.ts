// The page adapter: a DOM Document in, the engine's Article out, and the way back from a quote's
// block offsets to the page (a Range for CSS.highlights).
export { readArticle, readArticleInSteps } from "./readArticle.ts";
export type { Steps } from "./steps.ts";
export { rangeFor } from "./ranges.ts";
export { looksLikeArticle } from "./looksLikeArticle.ts";
export type { PageText, BlockNodes, TextSegment } from "./types.ts";
