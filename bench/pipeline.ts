// Child process: one whole pipeline, HTML string → quotes and speakers, page after page.
//   node pipeline.mjs quotelight|peer RUNS DIR...
// quotelight: what `dist/cli.mjs extract` does (linkedom, page adapter, engine).
// peer: what a developer would otherwise assemble: jsdom, Mozilla Readability for the article
// text, compromise for quotations() and people().
import { JSDOM } from "jsdom";
import { Readability } from "@mozilla/readability";
import nlp from "compromise";
import { extractPage } from "../src/cli/extract.ts";
import { loadPages, printResult, since } from "./pages.ts";

function peerPipeline(html: string): number {
  const dom = new JSDOM(html);
  const article = new Readability(dom.window.document).parse();
  const doc = nlp(article?.textContent ?? "");
  const quotes = doc.quotations().out("array") as string[];
  doc.people().out("array");
  dom.window.close();
  return quotes.length;
}

const quotelightPipeline = (html: string): number => extractPage(html).quotes.length;

const [which, runsArg, ...dirs] = process.argv.slice(2);
const pipeline = which === "peer" ? peerPipeline : quotelightPipeline;
const pages = loadPages(dirs);

function runOnce(): { ms: number; quotes: number } {
  let quotes = 0;
  const start = performance.now();
  for (const { html } of pages) quotes += pipeline(html);
  return { ms: since(start), quotes };
}

runOnce(); // warm-up, for both pipelines alike
const runs = Array.from({ length: Number(runsArg) }, runOnce);
printResult({ pipeline: which, pages: pages.length, quotes: runs[0]!.quotes, runsMs: runs.map((r) => r.ms) });
