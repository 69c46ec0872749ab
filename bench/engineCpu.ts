// The engine's CPU time on one of issue 12's big pages, read once by the page adapter, then
// extracted RUNS times in this process (the first run cold: the engine's code not yet compiled).
// Small enough to run under `node --cpu-prof` and read the top self-time functions:
//   node --import tsx bench/engineCpu.ts speakers [RUNS] [SPEAKERS]   the hostile page (default 10,000)
//   node --import tsx bench/engineCpu.ts seed RUNS SEED_PAGE          the seed article ×300 (1 MB)
// (SEED_PAGE: the corpus's dev/seed-coree-du-nord/page.html)
import { readFileSync } from "node:fs";
import { extractQuotes } from "../src/engine/index.ts";
import { capArticle } from "../src/limits.ts";
import { readArticle } from "../src/page/index.ts";
import { parsePage } from "../src/cli/extract.ts";
import { repeatedArticle } from "./repeatedArticle.ts";
import { speakersPage } from "./speakersPage.ts";

const [shape, runsArg = "3", sizeOrPage] = process.argv.slice(2);
const html =
  shape === "speakers"
    ? speakersPage({ speakers: Number(sizeOrPage ?? 10_000), live: false })
    : shape === "seed" && sizeOrPage
      ? repeatedArticle(readFileSync(sizeOrPage, "utf8"), 300)
      : null;
if (html === null) throw new Error("usage: engineCpu.ts speakers [RUNS] [SPEAKERS] | seed RUNS SEED_PAGE");
// Cut to the caps as the content script cuts it (5,000 blocks).
const article = capArticle(readArticle(parsePage(html)).article).value;

for (let run = 0; run < Number(runsArg); run++) {
  const start = process.cpuUsage();
  const result = extractQuotes(article);
  const { user, system } = process.cpuUsage(start);
  console.log(
    `${run === 0 ? "cold" : "warm"}: ${article.blocks.length} blocks, ${result.quotes.length} quotes,` +
      ` ${result.speakers.length} speakers, ${Math.round((user + system) / 1000)} ms CPU`,
  );
}
