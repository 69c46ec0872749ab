// The article extraction benchmark (scrapinghub's, kept in ../shared/extraction-benchmark, see
// its README): 181 saved pages, each with its article body written down by hand. The page
// adapter is scored on it by the text it reads as the body, the same reading the CLI does.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decodePage } from "../src/cli/decode.ts";
import { parsePage } from "../src/cli/extract.ts";
import { readArticle } from "../src/page/index.ts";

/**
 * Where the benchmark lies beside a worktree: `../shared` from the main one, `../../shared` from `wt/NAME`.
 */
const BENCHMARK_PLACES = ["../shared/extraction-benchmark", "../../shared/extraction-benchmark"];

/** The benchmark folder given, else the first found beside the repository; undefined when there is none. */
export function findBenchmark(given?: string): string | undefined {
  const places = given ? [given] : BENCHMARK_PLACES;
  return places.find((dir) => existsSync(join(dir, "ground-truth.json")));
}

export interface BenchmarkPage {
  /** The page's hash: its file name without `.html.gz`, the key of ground-truth.json. */
  id: string;
  html: string;
}

const PAGE_FILE = /\.html\.gz$/;

/** Every page of the benchmark, decoded as a browser would (the charset its markup declares). */
export function* benchmarkPages(dir: string): Generator<BenchmarkPage> {
  for (const file of readdirSync(join(dir, "html"))
    .filter((f) => PAGE_FILE.test(f))
    .sort()) {
    const bytes = gunzipSync(readFileSync(join(dir, "html", file)));
    yield { id: file.replace(PAGE_FILE, ""), html: decodePage(bytes) };
  }
}

/** The benchmark's answers: each page's article body as a person read it. */
export function groundTruth(dir: string): Record<string, { articleBody?: string }> {
  return JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8"));
}

/**
 * What the adapter reads as the page's article body, in the benchmark's terms: its blocks' text,
 * one per line, without the headline (the benchmark's articleBody has none).
 */
export function articleBodyOf(html: string): string {
  return readArticle(parsePage(html))
    .article.blocks.filter((block) => block.kind !== "headline")
    .map((block) => block.text)
    .join("\n");
}

/** evaluate.py's tokens (Python's `\w+`): runs of letters, marks, digits and underscores. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
/** evaluate.py compares texts by shingles of this many tokens. */
const SHINGLE_TOKENS = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - SHINGLE_TOKENS + 1); i++) {
    const shingle = tokens.slice(i, i + SHINGLE_TOKENS).join(" ");
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/**
 * Share of the true body's shingles that the text read holds: evaluate.py's recall for one page
 * (1 when the truth is empty), to tell which pages the adapter read as nothing of their body.
 */
export function bodyRecall(truth: string, read: string): number {
  const expected = shingles(truth);
  const found = shingles(read);
  let total = 0;
  let matched = 0;
  for (const [shingle, count] of expected) {
    total += count;
    matched += Math.min(count, found.get(shingle) ?? 0);
  }
  return total === 0 ? 1 : matched / total;
}
