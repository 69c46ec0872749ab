// quotelight command-line tool.
//   extract FILE...   one JSON line per page (FILE may be `-` for standard input, or an http(s) URL)
//   blocks FILE...    one JSON line per page: the article's text blocks as the engine reads them
//   eval DIR [--json] extracts DIR/*/page.html, scores against DIR/*/gold.json, prints the report
//   explain FILE      per quote: the attribution strategies that fired, their candidates and scores
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { extractPage, parsePage, type PageOutput } from "./extract.ts";
import { explainPage } from "./explain.ts";
import { readArticle } from "../page/index.ts";
import { readPage } from "./input.ts";
import { perPage, reason } from "./perPage.ts";
import { scoreCorpus, type GoldArticle, type PredictedQuote } from "../eval/score.ts";
import { formatReport } from "../eval/report.ts";

const USAGE = `usage: quotelight extract FILE...   (FILE: a path, - for standard input, or an http(s) URL)
       quotelight blocks FILE...    (the article's text blocks, to see what the engine reads)
       quotelight eval DIR [--json]  (DIR/ID/page.html scored against DIR/ID/gold.json)
       quotelight explain FILE      (each quote's speaker candidates, their scores, the one chosen)`;

const articleBlocks = (html: string): object => readArticle(parsePage(html)).article;

function articleIds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "page.html")))
    .map((entry) => entry.name)
    .sort();
}

/** Extracts and scores every annotated page of DIR. */
async function evalCommand(dir: string, asJson: boolean): Promise<number> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`quotelight: ${dir} is not a folder of DIR/ID/page.html`);
    return 1;
  }
  let status = 0;
  const gold = new Map<string, GoldArticle>();
  const predictions = new Map<string, PredictedQuote[]>();
  for (const id of articleIds(dir)) {
    const goldFile = join(dir, id, "gold.json");
    try {
      if (existsSync(goldFile)) gold.set(id, JSON.parse(readFileSync(goldFile, "utf8")) as GoldArticle);
      const page: PageOutput = extractPage(await readPage(join(dir, id, "page.html")));
      predictions.set(id, page.quotes);
    } catch (error) {
      console.error(`quotelight: cannot evaluate ${join(dir, id)}: ${reason(error)}`);
      status = 1;
    }
  }
  const score = scoreCorpus(gold, predictions);
  console.log(asJson ? JSON.stringify(score, null, 1) : formatReport(score));
  return status;
}

async function explainCommand(source: string): Promise<number> {
  try {
    console.log(explainPage(await readPage(source)));
    return 0;
  } catch (error) {
    console.error(`quotelight: cannot explain ${source}: ${reason(error)}`);
    return 1;
  }
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const operands = rest.filter((a) => a === "-" || !a.startsWith("--"));
  if (command === "extract" && operands.length > 0) return perPage(operands, extractPage);
  if (command === "blocks" && operands.length > 0) return perPage(operands, articleBlocks);
  if (command === "explain" && operands.length === 1) return explainCommand(operands[0]!);
  if (command === "eval" && operands.length === 1) return evalCommand(operands[0]!, rest.includes("--json"));
  console.error(USAGE);
  return 2;
}

// `quotelight extract *.html | head` closes the pipe early: stop quietly, as other Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
