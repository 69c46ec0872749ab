// `quotelight golden DIR GOLDEN_DIR [--update]`: runs the engine on every page of the corpus DIR
// and compares each page's quotes and speakers with GOLDEN_DIR/ID.json, listing the pages that
// moved and how; `--update` rewrites the golden files to today's output instead.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describePageChanges, diffGolden, formatGolden, type GoldenPage, toGolden } from "../eval/golden.ts";
import { isHeldOut } from "../eval/split.ts";
import { articleIds, pageFile, readGold } from "./corpus.ts";
import { extractPage } from "./extract.ts";
import { readPage } from "./input.ts";

export const UPDATE_COMMAND = "npm run golden -- --update";

export interface GoldenCheck {
  /**
   * Pages whose output differs from their golden file, pages without one, and golden files without a page.
   */
  moved: string[];
  pages: number;
  /** What a developer reads: which pages moved, and how. */
  report: string;
}

const goldenFile = (goldenDir: string, id: string): string => join(goldenDir, `${id}.json`);

const goldenIds = (goldenDir: string): string[] =>
  existsSync(goldenDir)
    ? readdirSync(goldenDir)
        .filter((name) => name.endsWith(".json"))
        .map((name) => name.slice(0, -".json".length))
    : [];

/** Today's golden form of every page of the corpus, by id. */
async function currentOutputs(corpusDir: string): Promise<Map<string, GoldenPage>> {
  const outputs = new Map<string, GoldenPage>();
  for (const id of articleIds(corpusDir))
    outputs.set(id, toGolden(extractPage(await readPage(pageFile(corpusDir, id)))));
  return outputs;
}

/** Compares today's output with the golden files, one report line group per page that moved. */
export async function checkGolden(corpusDir: string, goldenDir: string): Promise<GoldenCheck> {
  const outputs = await currentOutputs(corpusDir);
  const moved: string[] = [];
  const sections: string[] = [];
  for (const [id, now] of outputs) {
    const file = goldenFile(goldenDir, id);
    if (!existsSync(file)) {
      moved.push(id);
      sections.push(`${id}: new page, no golden file yet`);
      continue;
    }
    const changes = diffGolden(JSON.parse(readFileSync(file, "utf8")) as GoldenPage, now);
    if (!changes.length) continue;
    moved.push(id);
    sections.push(
      describePageChanges(id, changes, { heldOut: isHeldOut(id), gold: readGold(corpusDir, id) }),
    );
  }
  for (const id of goldenIds(goldenDir).filter((id) => !outputs.has(id))) {
    moved.push(id);
    sections.push(`${id}: golden file for a page that is no longer in ${corpusDir}`);
  }
  const report = moved.length
    ? [
        `${moved.length} of ${outputs.size} pages moved from their golden output (${goldenDir}).`,
        `If every change below is intended, accept them all with \`${UPDATE_COMMAND}\`.`,
        "",
        sections.join("\n\n"),
      ].join("\n")
    : `All ${outputs.size} pages give their golden output.`;
  return { moved, pages: outputs.size, report };
}

/** Rewrites the golden files to today's output, and removes those of pages no longer in the corpus. */
export async function updateGolden(corpusDir: string, goldenDir: string): Promise<string> {
  const outputs = await currentOutputs(corpusDir);
  mkdirSync(goldenDir, { recursive: true });
  for (const [id, page] of outputs) writeFileSync(goldenFile(goldenDir, id), formatGolden(page));
  const stale = goldenIds(goldenDir).filter((id) => !outputs.has(id));
  for (const id of stale) rmSync(goldenFile(goldenDir, id));
  const removed = stale.length ? `, removed ${stale.length}` : "";
  return `Wrote ${outputs.size} golden files to ${goldenDir}${removed}.`;
}
