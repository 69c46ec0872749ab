// Child process of `npm run extraction` (build/extraction.mjs): reads every benchmark page with
// the page adapter, writes the benchmark's output file, and prints as JSON the benchmark folder
// and the pages read as nothing: none of their true body's text is in what the adapter read
// (an empty reading, or a wrong box).
//   node extraction.mjs OUTPUT_JSON [BENCHMARK_DIR]   (default: the one beside the repository)
import { writeFileSync } from "node:fs";
import {
  articleBodyOf,
  benchmarkPages,
  bodyRecall,
  findBenchmark,
  groundTruth,
} from "./extractionBenchmark.ts";

const [outputFile, given] = process.argv.slice(2);
const dir = findBenchmark(given);
if (!outputFile || !dir) {
  console.error(
    "usage: npm run extraction -- [BENCHMARK_DIR]   (a folder with ground-truth.json, html/, output/)",
  );
  process.exit(2);
}

const truth = groundTruth(dir);
const output: Record<string, { articleBody: string }> = {};
const readAsNothing: string[] = [];
for (const { id, html } of benchmarkPages(dir)) {
  const articleBody = articleBodyOf(html);
  output[id] = { articleBody };
  if (bodyRecall(truth[id]?.articleBody ?? "", articleBody) === 0) readAsNothing.push(id);
}
writeFileSync(outputFile, JSON.stringify(output, null, 1));
console.log(JSON.stringify({ benchmark: dir, pages: Object.keys(output).length, readAsNothing }));
