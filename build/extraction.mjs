// `npm run extraction -- [BENCHMARK_DIR]`: scores the page adapter on the article extraction
// benchmark (default: ../shared/extraction-benchmark, or ../../shared/… from a worktree). Writes
// the benchmark's output/quotelight.json from the adapter's blocks, scores it with the
// benchmark's own evaluate.py beside the published outputs of other extractors (Readability.js,
// trafilatura…), and lists the pages read as nothing.
//   --n-bootstrap N   resamples for the ± error bars (default 200; evaluate.py's own is 1000)
import { spawnSync } from "node:child_process";
import { bundleBenchScripts } from "./benchScripts.mjs";
import { mkdirSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const bootstrapIndex = args.indexOf("--n-bootstrap");
const bootstrap = bootstrapIndex >= 0 ? args[bootstrapIndex + 1] : "200";
const given = args.find((a, i) => !a.startsWith("--") && (bootstrapIndex < 0 || i !== bootstrapIndex + 1));

const cache = ".cache/extraction";
await bundleBenchScripts(["bench/extraction.ts"], cache);

// The benchmark folder is read-only: score in a copy made of links, plus our output.
const scoring = join(cache, "benchmark");
rmSync(scoring, { recursive: true, force: true });
mkdirSync(join(scoring, "output"), { recursive: true });

const childArgs = [join(cache, "extraction.mjs"), join(scoring, "output", "quotelight.json")];
const read = spawnSync(process.execPath, given ? [...childArgs, given] : childArgs, {
  encoding: "utf8",
  maxBuffer: 1 << 24,
});
if (read.status !== 0) {
  console.error(read.stderr.trimEnd());
  process.exit(read.status ?? 1);
}
const { benchmark, pages, readAsNothing } = JSON.parse(read.stdout.trim().split("\n").at(-1));

for (const file of ["evaluate.py", "ground-truth.json"])
  symlinkSync(resolve(benchmark, file), join(scoring, file));
for (const file of readdirSync(join(benchmark, "output")).filter((f) => f.endsWith(".json"))) {
  if (file !== "quotelight.json")
    symlinkSync(resolve(benchmark, "output", file), join(scoring, "output", file));
}

const score = spawnSync("python3", ["evaluate.py", "--n-bootstrap", bootstrap], {
  cwd: scoring,
  encoding: "utf8",
});
if (score.status !== 0) {
  console.error(score.stderr);
  process.exit(1);
}
console.log(`${pages} pages of ${benchmark}, scored by its evaluate.py:\n`);
console.log(score.stdout.trimEnd());
console.log(`\nRead as nothing of their article body (${readAsNothing.length} pages):`);
for (const id of readAsNothing) console.log(`  ${id}`);
