// quotelight command-line tool.
//   extract FILE...   one JSON line per page (FILE may be `-` for standard input, or an http(s) URL)
//   blocks FILE...    one JSON line per page: the article's text blocks as the engine reads them
//   eval DIR [--json] [--split heldout|tune]  extracts DIR/*/page.html, scores against DIR/*/gold.json,
//                     prints the report (held-out pages: the summary only)
//   golden DIR GOLDEN_DIR [--update]  which pages of DIR moved from their golden output, and how
//   kinds DIR KINDS   the speakers' kinds of voice against KINDS/ID.json (gold speaker → kind)
//   explain FILE      per quote: the attribution strategies that fired, their candidates and scores
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { extractPage, parsePage, type PageOutput } from "./extract.ts";
import { explainPage } from "./explain.ts";
import { readArticle } from "../page/index.ts";
import { readPage } from "./input.ts";
import { perPage, reason } from "./perPage.ts";
import { scoreCorpus, type GoldArticle, type PredictedQuote } from "../eval/score.ts";
import { formatReport, formatSummary } from "../eval/report.ts";
import { isSplit, pagesOfSplit, SPLITS, type Split } from "../eval/split.ts";
import { articleIds, pageFile, readGold } from "./corpus.ts";
import { checkGolden, updateGolden } from "./golden.ts";
import { formatKinds, judgeKinds, type GoldKinds, type KindJudgement } from "../eval/kinds.ts";

const USAGE = `usage: quotelight extract FILE...   (FILE: a path, - for standard input, or an http(s) URL)
       quotelight blocks FILE...    (the article's text blocks, to see what the engine reads)
       quotelight eval DIR [--json] [--split heldout|tune]
                                    (DIR/ID/page.html scored against DIR/ID/gold.json; --split scores
                                    only the held-out pages of tests/corpus/heldout.json, summary only,
                                    or only the others)
       quotelight golden DIR GOLDEN_DIR [--update]
                                    (which pages of DIR moved from GOLDEN_DIR/ID.json, and how;
                                    --update rewrites the golden files)
       quotelight explain FILE      (each quote's speaker candidates, their scores, the one chosen)
       quotelight kinds DIR KINDS    (speakers' kinds of voice scored against KINDS/ID.json)`;

const articleBlocks = (html: string): object => readArticle(parsePage(html)).article;

/** Whether DIR is a folder; says so on stderr when it is not. */
function isCorpusFolder(dir: string): boolean {
  if (existsSync(dir) && statSync(dir).isDirectory()) return true;
  console.error(`quotelight: ${dir} is not a folder of DIR/ID/page.html`);
  return false;
}

/**
 * Extracts and scores every annotated page of DIR, or those of one split. Held-out pages get their
 * summary only: their errors must not be read while tuning.
 */
async function evalCommand(dir: string, asJson: boolean, split: Split | undefined): Promise<number> {
  if (!isCorpusFolder(dir)) return 1;
  let status = 0;
  const gold = new Map<string, GoldArticle>();
  const predictions = new Map<string, PredictedQuote[]>();
  for (const id of pagesOfSplit(articleIds(dir), split)) {
    try {
      const annotations = readGold(dir, id);
      if (annotations) gold.set(id, annotations);
      const page: PageOutput = extractPage(await readPage(pageFile(dir, id)));
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

/** Exit status 1 when some page moved from its golden output. */
async function goldenCommand(corpusDir: string, goldenDir: string, update: boolean): Promise<number> {
  if (!isCorpusFolder(corpusDir)) return 1;
  if (update) {
    console.log(await updateGolden(corpusDir, goldenDir));
    return 0;
  }
  const check = await checkGolden(corpusDir, goldenDir);
  console.log(check.report);
  return check.moved.length ? 1 : 0;
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

async function explainCommand(source: string): Promise<number> {
  try {
    console.log(explainPage(await readPage(source)));
    return 0;
  } catch (error) {
    console.error(`quotelight: cannot explain ${source}: ${reason(error)}`);
    return 1;
  }
}

/** Scores the kinds of voice of the speakers of every DIR/ID/page.html that has a KINDS/ID.json. */
async function kindsCommand(dir: string, kindsDir: string): Promise<number> {
  let status = 0;
  const byLanguage = new Map<string, KindJudgement[]>();
  const kindFiles = readdirSync(kindsDir).filter((name) => name.endsWith(".json"));
  for (const id of kindFiles.map((name) => name.slice(0, -".json".length)).sort()) {
    try {
      const gold = readGold(dir, id);
      if (!gold) throw new Error(`no ${join(dir, id, "gold.json")}`);
      const kinds = JSON.parse(readFileSync(join(kindsDir, `${id}.json`), "utf8")) as GoldKinds;
      const page = extractPage(await readPage(pageFile(dir, id)));
      const judged = judgeKinds(id, gold, kinds, page.speakers);
      byLanguage.set(gold.lang, [...(byLanguage.get(gold.lang) ?? []), ...judged]);
    } catch (error) {
      console.error(`quotelight: cannot score kinds of ${id}: ${reason(error)}`);
      status = 1;
    }
  }
  console.log(formatKinds(byLanguage));
  return status;
}

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
  if (command === "golden" && operands.length === 2)
    return goldenCommand(operands[0]!, operands[1]!, rest.includes("--update"));
  if (command === "explain" && operands.length === 1) return explainCommand(operands[0]!);
  if (command === "kinds" && operands.length === 2) return kindsCommand(operands[0]!, operands[1]!);
  console.error(USAGE);
  return 2;
}

// `quotelight extract *.html | head` closes the pipe early: stop quietly, as other Unix tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
