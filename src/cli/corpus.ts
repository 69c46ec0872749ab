// An annotated corpus folder as the CLI reads it: DIR/ID/page.html, with DIR/ID/gold.json beside it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GoldArticle } from "../eval/score.ts";

/** The ids of DIR's pages (sub-folders holding a page.html), sorted. */
export function articleIds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "page.html")))
    .map((entry) => entry.name)
    .sort();
}

export const pageFile = (dir: string, id: string): string => join(dir, id, "page.html");

/** The page's annotations, or undefined if it has none. */
export function readGold(dir: string, id: string): GoldArticle | undefined {
  const goldFile = join(dir, id, "gold.json");
  return existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, "utf8")) as GoldArticle) : undefined;
}
