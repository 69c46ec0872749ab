// Held-out pages: news articles written for these tests (tests/articles/ID/page.html), annotated by hand
// under ../shared/corpus/GUIDELINES.md (tests/articles/ID/gold.json), and never used to tune the engine.
// The built CLI scores them like the dev corpus; the floors below catch rules that stop generalising.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

const ARTICLES = "tests/articles";

interface LanguageScore { articles: number; f1: number; attribution: number }

// Set on 2026-11-29 a little below what the engine then reached (each floor allows about one more error):
//   en  quote F1 0.964  attribution 0.852
//   fr  quote F1 0.957  attribution 0.911
//   de  quote F1 0.900  attribution 0.667
//   es  quote F1 0.900  attribution 1.000
// Targets (issue 2, for English and French): quote F1 >= 0.92, attribution >= 0.88. Raise the floors as the
// engine improves; never lower them, nor the gold, to let a change through.
// Raised on 2026-11-29 after the generalisation fixes (en and fr at 1.000 on both): each floor
// still allows about two errors.
const FLOORS: Record<string, { articles: number; f1: number; attribution: number }> = {
  en: { articles: 4, f1: 0.96, attribution: 0.96 },
  fr: { articles: 4, f1: 0.96, attribution: 0.95 },
  de: { articles: 1, f1: 0.84, attribution: 0.55 },
  es: { articles: 1, f1: 0.84, attribution: 0.88 },
};

let summary: Record<string, LanguageScore> = {};

before(() => {
  const build = spawnSync("node", ["build/build.mjs", "--cli-only"], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  const run = spawnSync("node", ["dist/cli.mjs", "eval", ARTICLES, "--json"], { encoding: "utf8", maxBuffer: 1 << 24 });
  assert.equal(run.status, 0, run.stderr);
  summary = JSON.parse(run.stdout).summary;
});

for (const [lang, floor] of Object.entries(FLOORS)) {
  test(`held-out ${lang} articles: quote F1 >= ${floor.f1}, attribution >= ${floor.attribution}`, () => {
    const score = summary[lang];
    assert.ok(score, `no ${lang} articles scored`);
    assert.equal(score.articles, floor.articles, `${lang}: an article folder went missing or its gold lost its lang`);
    assert.ok(score.f1 >= floor.f1, `${lang} quote F1 ${score.f1} < ${floor.f1}; run npm run eval -- ${ARTICLES}`);
    assert.ok(score.attribution >= floor.attribution, `${lang} attribution ${score.attribution} < ${floor.attribution}; run npm run eval -- ${ARTICLES}`);
  });
}

// Guards the annotations themselves: an edit to a page that drops or retypes a quoted passage would
// otherwise silently turn into a "miss" charged to the engine.
test("every gold quote and not-quote stands word for word in its page", () => {
  const collapse = (s: string) => s.replace(/\s+/g, " ");
  for (const id of readdirSync(ARTICLES)) {
    const gold = JSON.parse(readFileSync(join(ARTICLES, id, "gold.json"), "utf8"));
    assert.equal(gold.id, id);
    assert.equal(gold.origin, "written for Quotelight tests");
    const { document } = new JSDOM(readFileSync(join(ARTICLES, id, "page.html"), "utf8")).window;
    const text = collapse(document.body.textContent ?? "");
    for (const quote of gold.quotes) {
      assert.ok(text.includes(collapse(quote.text)), `${id}: quote not in page: ${quote.text}`);
      assert.equal(typeof quote.partial, "boolean", `${id}: ${quote.text}`);
    }
    for (const term of gold.not_quotes) assert.ok(text.includes(term), `${id}: not-quote not in page: ${term}`);
  }
});
