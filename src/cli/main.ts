// quotelight command-line tool.
//   extract FILE...   one JSON line per page (FILE may be `-` for standard input, or an http(s) URL)
//   blocks FILE...    one JSON line per page: the article's text blocks as the engine reads them
//   eval DIR [--json] extracts DIR/*/page.html, scores against DIR/*/gold.json, prints the report
//   kinds DIR KINDS   the speakers' kinds of voice against KINDS/ID.json (gold speaker → kind)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { extractPage, parsePage, type PageOutput } from "./extract.ts";
import { readArticle } from "../page/index.ts";
import { readPage } from "./input.ts";
import { perPage, reason } from "./perPage.ts";
import { scoreCorpus, type GoldArticle, type PredictedQuote } from "../eval/score.ts";
import { formatReport } from "../eval/report.ts";
import { formatKinds, judgeKinds, type GoldKinds, type KindJudgement } from "../eval/kinds.ts";

const USAGE = `usage: quotelight extract FILE...   (FILE: a path, - for standard input, or an http(s) URL)
       quotelight blocks FILE...    (the article's text blocks, to see what the engine reads)
       quotelight eval DIR [--json]  (DIR/ID/page.html scored against DIR/ID/gold.json)
       quotelight kinds DIR KINDS    (speakers' kinds of voice scored against KINDS/ID.json)`;

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

/** Scores the kinds of voice of the speakers of every DIR/ID/page.html that has a KINDS/ID.json. */
async function kindsCommand(dir: string, kindsDir: string): Promise<number> {
  let status = 0;
  const byLanguage = new Map<string, KindJudgement[]>();
  const kindFiles = readdirSync(kindsDir).filter((name) => name.endsWith(".json"));
  for (const id of kindFiles.map((name) => name.slice(0, -".json".length)).sort()) {
    try {
      const gold = JSON.parse(readFileSync(join(dir, id, "gold.json"), "utf8")) as GoldArticle;
      const kinds = JSON.parse(readFileSync(join(kindsDir, `${id}.json`), "utf8")) as GoldKinds;
      const page = extractPage(await readPage(join(dir, id, "page.html")));
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
  const operands = rest.filter((a) => a === "-" || !a.startsWith("--"));
  if (command === "extract" && operands.length > 0) return perPage(operands, extractPage);
  if (command === "blocks" && operands.length > 0) return perPage(operands, articleBlocks);
  if (command === "eval" && operands.length === 1) return evalCommand(operands[0]!, rest.includes("--json"));
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
