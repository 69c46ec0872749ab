// `npm run bench -- CORPUS_DIR...` (after the build): prints the benchmark figures as Markdown
// tables for the README. Each measurement runs in a child process of its own, one after the
// other, so that peak memory (max RSS) is that pipeline's alone and the two cores stay quiet.
//   --runs N       timed runs per measurement (default 5; each after one untimed warm-up)
//   --no-browser   skip the Chromium and Firefox measurements
import { spawnSync } from "node:child_process";
import { bundleBenchScripts } from "./benchScripts.mjs";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 5;
const dirs = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs");
if (dirs.length === 0) {
  console.error("usage: npm run bench -- CORPUS_DIR... [--runs N] [--no-browser]");
  process.exit(2);
}

const outdir = ".cache/bench";
await bundleBenchScripts(
  [
    "bench/engine.ts",
    "bench/bigEngine.ts",
    "bench/pipeline.ts",
    "bench/browser.ts",
    "bench/coldStart.ts",
    "bench/firefoxResponsive.ts",
  ],
  outdir,
);

/** Runs one child benchmark; returns the lines it printed, the last one (JSON) parsed apart. */
function childOutput(script, ...childArgs) {
  const r = spawnSync(process.execPath, [`${outdir}/${script}`, ...childArgs], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${script} failed:\n${r.stderr}`);
  const lines = r.stdout.trim().split("\n");
  return { printed: lines.slice(0, -1).join("\n"), result: JSON.parse(lines.at(-1)) };
}

/** Runs one child benchmark and returns the JSON line it printed last. */
const child = (script, ...childArgs) => childOutput(script, ...childArgs).result;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fixed = (x, digits = 1) => x.toFixed(digits);
/** Median, and the range of the runs around it. */
const spread = (xs, digits = 1) =>
  `${fixed(median(xs), digits)} (${fixed(Math.min(...xs), digits)}–${fixed(Math.max(...xs), digits)})`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;

console.log(`Node ${process.versions.node}, ${runs} timed runs after a warm-up, over ${dirs.join(" ")}\n`);

// 1. The engine alone.
const engine = child("engine.mjs", String(runs), ...dirs);
const seconds = engine.runsMs.map((ms) => ms / 1000);
console.log(
  `Engine alone (extractQuotes on ${engine.pages} prepared Articles,` +
    ` ${fixed(engine.textBytes / 1e6, 2)} MB of text, ${engine.quotes} quotes):\n`,
);
console.log("| Measure | Median (min–max) |\n|---|---|");
console.log(`| MB of article text per second | ${spread(seconds.map((s) => engine.textBytes / 1e6 / s))} |`);
console.log(
  `| Quotes per second | ${spread(
    seconds.map((s) => engine.quotes / s),
    0,
  )} |`,
);
console.log(
  `| ms per page | ${spread(
    engine.runsMs.map((ms) => ms / engine.pages),
    2,
  )} |\n`,
);

// 1b. The engine on a 1 MB article: cold and warm, whole, in parts, and a live page's next version.
console.log(
  "Engine on a 1 MB article, CPU ms: cold (first run in a fresh process), then warm runs of the" +
    " article whole, in parts as the Worker gets them, and the page's next version with one" +
    " paragraph added (whole, and sent to the session that read the first):\n",
);
console.log(
  "| Article | Cold | Warm, whole | Warm, in parts | Next version, whole | Next version, session |\n" +
    "|---|---|---|---|---|---|",
);
for (const shape of ["dense", "sparse"]) {
  const r = child("bigEngine.mjs", String(runs), shape);
  const name = `${r.blocks} blocks, ${fixed(r.characters / 1e6, 2)} M characters, ${r.quotes} quotes`;
  const cells = [r.wholeMs, r.partsMs, r.nextWholeMs, r.nextMs].map((ms) => spread(ms, 0));
  console.log(`| ${name} | ${fixed(r.coldMs, 0)} | ${cells.join(" | ")} |`);
}
console.log("");

// 2. End to end against the peer pipeline.
const ours = child("pipeline.mjs", "quotelight", String(runs), ...dirs);
const peer = child("pipeline.mjs", "peer", String(runs), ...dirs);
console.log(`End to end, HTML → quotes and speakers, ${ours.pages} pages:\n`);
console.log(
  "| Pipeline | ms per page, median (min–max) | Quotes found | Peak memory (max RSS) |\n|---|---|---|---|",
);
for (const [name, r] of [
  ["Quotelight CLI (linkedom + page adapter + engine)", ours],
  ["Peer (jsdom + @mozilla/readability + compromise quotations/people)", peer],
]) {
  console.log(
    `| ${name} | ${spread(
      r.runsMs.map((ms) => ms / r.pages),
      1,
    )} | ${r.quotes} | ${mb(r.maxRssKb)} |`,
  );
}
// The two ran one after the other, so runs do not pair up: the ratio is of the medians.
console.log(
  `\nQuotelight is ${fixed(median(peer.runsMs) / median(ours.runsMs))}× faster than the peer pipeline` +
    " (ratio of the medians; target ≥ 5×).\n",
);

// 3. What a page loads: the content script everywhere, the reader (page adapter) where it reads;
// the engine runs on a Worker of the extension's.
const sizes = (file) => {
  const bytes = readFileSync(`dist/chrome/${file}`);
  return `${fixed(bytes.length / 1024)} KB, ${fixed(gzipSync(bytes, { level: 9 }).length / 1024)} KB gzipped`;
};
console.log("| File (content.js and reader.js minified) | Loaded | Size |\n|---|---|---|");
console.log(`| content.js | on every http(s) page | ${sizes("content.js")} |`);
console.log(
  `| reader.js (page adapter) | imported by content.js on pages it reads | ${sizes("reader.js")} |`,
);
console.log(`| background.js | once, in the background | ${sizes("background.js")} |`);
console.log(`| engine.js | on the engine's Workers, once each | ${sizes("engine.js")} |\n`);

// 4. In Chromium.
if (!flag("--no-browser")) {
  // The 1 MB page of issue 12 repeats the French seed article of the corpus.
  const seedPage = dirs
    .map((dir) => join(dir, "seed-coree-du-nord", "page.html"))
    .find((file) => existsSync(file));
  if (!seedPage) throw new Error("no seed-coree-du-nord/page.html in the corpus directories given");
  const browserResults = child("browser.mjs", String(runs), seedPage);
  const { results } = browserResults;
  console.log(
    `In Chromium (headless, dist/chrome), ${runs} loads of each page with and without the extension:\n`,
  );
  const columns = [
    "Page",
    "First highlights in view after `load`, ms",
    "Highlights settled after `load`, ms",
    "Ranges",
    "Longest task after `load`, with / without extension, ms",
    "Longest task overall, with / without, ms",
    "Tasks > 50 ms, with / without",
    "Longest frame after `load`, with / without, ms",
    "Frames > 50 ms, with / without",
  ];
  console.log(`| ${columns.join(" | ")} |\n|${"---|".repeat(columns.length)}`);
  for (const [page, { with: w, without: wo }] of Object.entries(results)) {
    const settled = w.map((t) => t.settleMs).filter((x) => x !== null);
    const firstInView = w.map((t) => t.firstInViewMs).filter((x) => x !== null);
    /** A count with the extension and without it, as medians. */
    const countWithWithout = (key) => `${median(w.map((t) => t[key]))} / ${median(wo.map((t) => t[key]))}`;
    /** A timing with the extension and without it, as min–max spreads. */
    const withWithout = (key) => {
      const [withIt, withoutIt] = [w, wo].map((timings) => timings.map((t) => t[key]));
      return `${spread(withIt, 0)} / ${spread(withoutIt, 0)}`;
    };
    const cells = [
      page,
      firstInView.length ? spread(firstInView, 0) : "never",
      settled.length ? spread(settled, 0) : "never",
      median(w.map((t) => t.highlighted)),
      withWithout("longestAfterLoadMs"),
      withWithout("longestTaskMs"),
      countWithWithout("tasksOver50"),
      withWithout("longestFrameAfterLoadMs"),
      countWithWithout("framesOver50"),
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
  console.log(
    "\nTargets (issue 12): on the 1 MB article, first highlights within 300 ms of `load` and settled" +
      " within 1 s; no task over 50 ms added by the extension. The live page never settles: its" +
      " figure is its last change within the 20 s watched.",
  );
  const { neighbour: n } = browserResults;
  console.log(
    "\nBeside a hostile page in another tab (10,000 speakers, one more every second):\n\n| " +
      "Measure | Median (min–max) |\n|---|---|",
  );
  console.log(
    `| Demo article (en), highlights settled after \`load\`, alone, ms | ${spread(n.aloneMs, 0)} |`,
  );
  console.log(`| The same beside the hostile page, ms | ${spread(n.besideMs, 0)} |`);
  console.log(
    `| Background's answer to an extension page meanwhile (${n.pingMs.length} asked), ms | ` +
      `${spread(n.pingMs, 0)} |`,
  );
  console.log(`| Ranges highlighted on the hostile page | ${n.hostileHighlighted} |`);
  console.log(
    `\nAdded wait: ${fixed(median(n.besideMs) - median(n.aloneMs), 0)} ms ` +
      "(difference of the medians; target < 1,000 ms).",
  );
}

// 5. In Firefox, where all extensions share one process: an unrelated extension's answers while
// Quotelight reads the 10,000-speaker page (the child prints its own tables).
if (!flag("--no-browser")) {
  console.log(
    "\nIn Firefox (headless, dist/firefox): an unrelated extension pinged back to back, alone and" +
      " while Quotelight reads the 10,000-speaker page (target: every answer < 500 ms).",
  );
  console.log(childOutput("firefoxResponsive.mjs", String(runs)).printed);
}
