// Child process of `npm run extraction` (build/extraction.mjs): reads every benchmark page with
// the page adapter, writes the benchmark's output file, and prints as JSON the pages whose
// answer has text but which were read as nothing.
//   node extraction.mjs BENCHMARK_DIR OUTPUT_JSON
import { writeFileSync } from "node:fs";
import { articleBodyOf, bodyRecall, benchmarkPages, groundTruth } from "./extractionBenchmark.ts";

const [dir, outputFile] = process.argv.slice(2);
if (!dir || !outputFile) throw new Error("usage: extraction.mjs BENCHMARK_DIR OUTPUT_JSON");

const truth = groundTruth(dir);
const output: Record<string, { articleBody: string }> = {};
const readAsNothing: string[] = [];
for (const { id, html } of benchmarkPages(dir)) {
  const articleBody = articleBodyOf(html);
  output[id] = { articleBody };
  if (bodyRecall(truth[id]?.articleBody ?? "", articleBody) === 0) readAsNothing.push(id);
}
writeFileSync(outputFile, JSON.stringify(output, null, 1));
console.log(JSON.stringify({ pages: Object.keys(output).length, readAsNothing }));
