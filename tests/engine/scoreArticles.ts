// Scores composed articles quote by quote, the measure for constructions nobody tuned for: run it on a
// new set of articles before the engine is changed for them, and again after.
//   node --import tsx tests/engine/scoreArticles.ts tests/engine/articles2.*.test.ts
// For each language it prints the quotes expected, those found (the same words), those found with the
// expected speaker, and the quotes found that no article expects. `todo` articles count like the others.
// "as scored" counts speakers the way the corpus scorer compares them (case, punctuation and a leading
// article ignored: "la Fiscalía" = "Fiscalía"), the measure the hidden pages are scored by.
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { collectArticlesInstead, type ArticleCase } from "./battery.helpers.ts";
import { quotesAndSpeakers, type BlockText } from "./lang.helpers.ts";
import { speakerKey } from "../../src/eval/score.ts";

interface Tally {
  expected: number;
  found: number;
  speakerRight: number;
  speakerRightAsScored: number;
  unexpected: number;
}

function scoreArticle(lang: string, article: ArticleCase, tally: Tally): string[] {
  const blocks: BlockText[] = [["headline", article.headline]];
  if (article.standfirst !== undefined) blocks.push(["standfirst", article.standfirst]);
  const predicted = quotesAndSpeakers(lang, ...blocks, ...article.paragraphs);
  const unmatched = [...predicted];
  const misses: string[] = [];
  for (const [words, speaker] of article.quotes) {
    tally.expected++;
    const at = unmatched.findIndex(([text]) => text === words);
    if (at < 0) {
      misses.push(`  not found: «${words}» (${speaker})`);
      continue;
    }
    tally.found++;
    const [, said] = unmatched.splice(at, 1)[0]!;
    if (speakerKey(said) === speakerKey(speaker)) tally.speakerRightAsScored++;
    if (said === speaker) tally.speakerRight++;
    else misses.push(`  speaker:   «${words}» → ${said}, expected ${speaker}`);
  }
  tally.unexpected += unmatched.length;
  for (const [text, said] of unmatched) misses.push(`  unexpected: «${text}» (${said})`);
  return misses;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node --import tsx tests/engine/scoreArticles.ts ARTICLE_TEST_FILE...");
  process.exit(2);
}
const sets = collectArticlesInstead();
for (const file of files) await import(pathToFileURL(resolve(file)).href);

const verbose = process.env.VERBOSE !== undefined;
const byLang = new Map<string, Tally>();
for (const { lang, cases } of sets) {
  const tally = byLang.get(lang) ?? {
    expected: 0,
    found: 0,
    speakerRight: 0,
    speakerRightAsScored: 0,
    unexpected: 0,
  };
  byLang.set(lang, tally);
  for (const article of cases) {
    const misses = scoreArticle(lang, article, tally);
    if (verbose && misses.length > 0) console.log(`${lang}: ${article.name}\n${misses.join("\n")}`);
  }
}
const ratio = (part: number, whole: number) => (whole === 0 ? "-" : (part / whole).toFixed(3));
console.log("lang  expected  found  speaker right (of expected)  unexpected  as scored");
for (const [lang, t] of [...byLang].sort()) {
  console.log(
    `${lang.padEnd(4)}  ${String(t.expected).padStart(8)}  ${String(t.found).padStart(5)}  ` +
      `${String(t.speakerRight).padStart(4)} (${ratio(t.speakerRight, t.expected)})${" ".repeat(15)}` +
      `${String(t.unexpected).padStart(4)}  ${String(t.speakerRightAsScored).padStart(9)} ` +
      `(${ratio(t.speakerRightAsScored, t.expected)})`,
  );
}
