// The public article extraction benchmark (bench/extractionBenchmark.ts): no page whose article
// body has text may be read as nothing of it. `npm run extraction` gives the full scores.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  articleBodyOf,
  benchmarkPages,
  bodyRecall,
  findBenchmark,
  groundTruth,
} from "../../bench/extractionBenchmark.ts";

const benchmark = findBenchmark(process.env.EXTRACTION_BENCHMARK);

test("every benchmark page with an article body is read with some of it", {
  skip: benchmark ? false : "no ../shared/extraction-benchmark beside the repository",
}, () => {
  const truth = groundTruth(benchmark!);
  const readAsNothing: string[] = [];
  let pages = 0;
  for (const { id, html } of benchmarkPages(benchmark!)) {
    pages++;
    const expected = truth[id]?.articleBody ?? "";
    if (expected.trim() && bodyRecall(expected, articleBodyOf(html)) === 0) readAsNothing.push(id);
  }
  assert.ok(pages > 0, "the benchmark has pages");
  assert.deepEqual(readAsNothing, []);
});

test("bodyRecall is the share of the true body's 4-word shingles found in the text read", () => {
  assert.equal(bodyRecall("", "anything"), 1);
  assert.equal(bodyRecall("one two three four five", ""), 0);
  assert.equal(bodyRecall("one two three four five", "one, two: three four!"), 0.5);
  assert.equal(bodyRecall("one two three four five", "zero one two three four five six"), 1);
});
