// Test pages are parsed with jsdom, the DOM the adapter must work on besides browsers and linkedom.
import { JSDOM } from "jsdom";
import { readArticle } from "../../src/page/index.ts";
import type { BlockKind } from "../../src/engine/types.ts";

export function documentFrom(html: string): Document {
  return new JSDOM(html).window.document;
}

/** The blocks read from a page, as [kind, text] pairs easy to compare. */
export function blocksOf(html: string): Array<[BlockKind, string]> {
  return readArticle(documentFrom(html)).article.blocks.map((b) => [b.kind, b.text]);
}

/** Story paragraphs long enough, and comma-rich enough, to vote for their container. */
export const STORY_PARAGRAPHS = [
  "The harbour board met on Tuesday evening, after a week of storms, to decide the fate of the old pier.",
  "Fishermen, shopkeepers and a handful of retired sailors filled the hall, which smelled of wet wool.",
  "The chairwoman, reading from a thick folder, listed the repairs the engineers had priced last spring.",
  "Nobody left before the vote, which came late, and most people stayed afterwards to argue over coffee.",
];
export const storyHtml = (): string => STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("\n");
