// Child process: the engine on one 1 MB article, in CPU time. Its first run in a fresh process
// (cold: the engine's rules compile and its code warms up), then warm runs of the article whole,
// in parts as the extension's Worker gets it (EngineSessions), and of the page's next version
// with one paragraph added, sent as the content script sends it (the unchanged blocks as
// references) to the session that read the first.
//   node bigEngine.mjs RUNS dense|sparse
import { extractQuotes } from "../src/engine/index.ts";
import type { Article, TextBlock } from "../src/engine/types.ts";
import { EngineSessions } from "../src/engineHost/engineSessions.ts";
import { splitArticle } from "../src/engineHost/articleParts.ts";
import { readArticle } from "../src/page/index.ts";
import { parsePage } from "../src/cli/extract.ts";
import { bigArticle } from "./bigArticle.ts";
import { printResult } from "./pages.ts";

const [runsArg, shape] = process.argv.slice(2);

/**
 * dense: 2,000 quoting paragraphs, a generated 1 MB article (the browser benchmark's 1 MB article
 * is a dev page repeated instead). sparse: 200 quoting paragraphs among 4,000 of reporting that quote
 * no one, as long articles are mostly written.
 */
function article(): Article {
  if (shape === "dense")
    return readArticle(parsePage(bigArticle({ quotes: 2_000, bytes: 1_000_000 }))).article;
  const quoting = readArticle(parsePage(bigArticle({ quotes: 200, bytes: 40_000 }))).article;
  const reporting = (i: number): TextBlock => ({
    kind: "paragraph",
    text:
      `Crossing number ${i} of the day left the north bank at ${i % 24} past the hour, and the ` +
      `harbour office counted ${i * 7} passengers, most of them commuters who usually walk across ` +
      "the bridge and now wait on the quay with their bicycles while the ferry turns in the river.",
  });
  const blocks = quoting.blocks.flatMap((block, b) =>
    b === 0 ? [block] : [block, ...Array.from({ length: 20 }, (_, k) => reporting(b * 20 + k))],
  );
  return { ...quoting, blocks };
}

/** CPU milliseconds `work` takes (the engine is single-threaded: wall time on a quiet machine). */
function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Sends the article to the session as the content script would, and returns the result's quote count. */
function sendInParts(sessions: EngineSessions, tab: number, whole: Article, previous?: readonly TextBlock[]) {
  let quotes = 0;
  for (const part of splitArticle(whole, previous)) {
    const reply = sessions.receive({ session: tab, part });
    if (reply && "result" in reply) quotes = reply.result.quotes.length;
  }
  return quotes;
}

const first = article();
const added: TextBlock = {
  kind: "paragraph",
  text: "Opposition leader Ana Brandt called the plan “a promise without a budget line, and no more”.",
};
const middle = Math.floor(first.blocks.length / 2);
const next: Article = {
  ...first,
  blocks: [...first.blocks.slice(0, middle), added, ...first.blocks.slice(middle)],
};

let quotes = 0;
const coldMs = cpuMs(() => {
  quotes = extractQuotes(first).quotes.length;
});
const runs = Number(runsArg);
const repeat = (work: () => void) => Array.from({ length: runs }, () => cpuMs(work));
const wholeMs = repeat(() => extractQuotes(first));
const partsMs = repeat(() => sendInParts(new EngineSessions(), 1, first));
const nextWholeMs = repeat(() => extractQuotes(next));
// Only the second reading is timed: what a live page costs when a paragraph is added.
const nextMs = Array.from({ length: runs }, () => {
  const sessions = new EngineSessions();
  sendInParts(sessions, 1, first);
  return cpuMs(() => sendInParts(sessions, 1, next, first.blocks));
});

const characters = first.blocks.reduce((sum, b) => sum + b.text.length, 0);
printResult({
  shape,
  blocks: first.blocks.length,
  characters,
  quotes,
  coldMs,
  wholeMs,
  partsMs,
  nextWholeMs,
  nextMs,
});
