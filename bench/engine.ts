// Child process: the engine alone. Reads every page into an Article once (linkedom + the page
// adapter, untimed), then times extractQuotes over all of them, run after run.
//   node engine.mjs RUNS DIR...
import { extractQuotes } from "../src/engine/index.ts";
import { readArticle } from "../src/page/index.ts";
import { parsePage } from "../src/cli/extract.ts";
import { loadPages, printResult, since } from "./pages.ts";

const [runsArg, ...dirs] = process.argv.slice(2);
const articles = loadPages(dirs).map(({ html }) => readArticle(parsePage(html)).article);
const textBytes = articles.reduce(
  (sum, article) => sum + article.blocks.reduce((s, block) => s + Buffer.byteLength(block.text), 0),
  0,
);

function runOnce(): { ms: number; quotes: number } {
  let quotes = 0;
  const start = performance.now();
  for (const article of articles) quotes += extractQuotes(article).quotes.length;
  return { ms: since(start), quotes };
}

runOnce(); // warm-up: the JIT compiles the regex tables and hot loops
const runs = Array.from({ length: Number(runsArg) }, runOnce);
printResult({ pages: articles.length, textBytes, quotes: runs[0]!.quotes, runsMs: runs.map((r) => r.ms) });
