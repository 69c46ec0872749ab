// quotelight command-line tool.
//   extract FILE...   one JSON line per page (FILE may be `-` for standard input, or an http(s) URL)
//   blocks FILE...    one JSON line per page: the article's text blocks as the engine reads them
//   eval DIR [--json] [--split heldout|tune]  extracts DIR/*/page.html, scores against DIR/*/gold.json,
//                     prints the report (held-out pages: the summary only)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { extractPage, parsePage, type PageOutput } from "./extract.ts";
import { readArticle } from "../page/index.ts";
import { readPage } from "./input.ts";
import { perPage, reason } from "./perPage.ts";
import { scoreCorpus, type GoldArticle, type PredictedQuote } from "../eval/score.ts";
import { formatReport, formatSummary } from "../eval/report.ts";
import { isSplit, pagesOfSplit, SPLITS, type Split } from "../eval/split.ts";

const USAGE = `usage: quotelight extract FILE...   (FILE: a path, - for standard input, or an http(s) URL)
       quotelight blocks FILE...    (the article's text blocks, to see what the engine reads)
       quotelight eval DIR [--json] [--split heldout|tune]
                                    (DIR/ID/page.html scored against DIR/ID/gold.json; --split scores
                                    only the held-out pages of tests/corpus/heldout.json, summary only,
                                    or only the others)`;

const articleBlocks = (html: string): object => readArticle(parsePage(html)).article;

function articleIds(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "page.html")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Extracts and scores every annotated page of DIR, or those of one split. Held-out pages get their
 * summary only: their errors must not be read while tuning.
 */
async function evalCommand(dir: string, asJson: boolean, split: Split | undefined): Promise<number> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`quotelight: ${dir} is not a folder of DIR/ID/page.html`);
    return 1;
  }
  let status = 0;
  const gold = new Map<string, GoldArticle>();
  const predictions = new Map<string, PredictedQuote[]>();
  for (const id of pagesOfSplit(articleIds(dir), split)) {
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
  const summaryOnly = split === "heldout";
  if (asJson) console.log(JSON.stringify(summaryOnly ? { summary: score.summary } : score, null, 1));
  else console.log(summaryOnly ? formatSummary(score) : formatReport(score));
  return status;
}

/** `--split NAME` or `--split=NAME`: the split, null if the name is not one, undefined if absent. */
function splitOption(args: string[]): Split | null | undefined {
  const at = args.findIndex((a) => a === "--split" || a.startsWith("--split="));
  if (at < 0) return undefined;
  const name = args[at]!.includes("=") ? args[at]!.slice("--split=".length) : args[at + 1];
  return name !== undefined && isSplit(name) ? name : null;
}

/** The arguments less `--split NAME`, so that NAME is not read as a file. */
const withoutSplitValue = (args: string[]): string[] =>
  args.filter((a, i) => !(args[i - 1] === "--split" && isSplit(a)));

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const operands = withoutSplitValue(rest).filter((a) => a === "-" || !a.startsWith("--"));
  if (command === "extract" && operands.length > 0) return perPage(operands, extractPage);
  if (command === "blocks" && operands.length > 0) return perPage(operands, articleBlocks);
  const split = splitOption(rest);
  if (split === null) {
    console.error(`quotelight: --split takes one of: ${SPLITS.join(", ")}`);
    return 2;
  }
  if (command === "eval" && operands.length === 1)
    return evalCommand(operands[0]!, rest.includes("--json"), split);
  console.error(USAGE);
  return 2;
}

// `quotelight extract *.html | head` closes the pipe early: stop quietly, as other Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
