// Held-out pages: news articles written for these tests (tests/articles/ID/page.html), annotated by hand
// under ../shared/corpus/GUIDELINES.md (tests/articles/ID/gold.json). The first batch has since been used to
// fix the engine; the second batch (ids en-2-*, fr-2-*) was scored unseen before joining it. The built CLI
// scores them like the dev corpus; the floors below catch rules that stop generalising.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

const ARTICLES = "tests/articles";
const ORIGINS = ["written for Quotelight tests", "written for Quotelight tests (second held-out batch)"];

interface LanguageScore {
  articles: number;
  f1: number;
  attribution: number;
}

// Set on 2026-11-29 a little below what the engine then reached (each floor allows about one more error):
//   en  quote F1 0.964  attribution 0.852
//   fr  quote F1 0.957  attribution 0.911
//   de  quote F1 0.900  attribution 0.667
//   es  quote F1 0.900  attribution 1.000
// Targets (issue 2, for English and French): quote F1 >= 0.92, attribution >= 0.88. Raise the floors as the
// engine improves; never lower them, nor the gold, to let a change through.
// Raised on 2026-11-29 after the generalisation fixes (en and fr at 1.000 on both): each floor
// still allows about two errors.
// Lowered on 2026-11-29 when the second, unseen batch (3 en, 3 fr) joined: combined figures then were
//   en  quote F1 1.000  attribution 0.937 (Simon Hartley answered 'Hartley' x4; 'Department' for an unnamed
// spokesperson x2)
//   fr  quote F1 0.919  attribution 0.956
// fr F1 is pulled down by fr-2-college-jean-moulin-occupation, on which the engine throws (an incise with an
// impersonal subject, « …, explique-t-on au rectorat. … »), so all 11 of its quotes count as missed. Once
// that crash is fixed, fr F1 should rise but fr attribution should fall to about 0.92 (measured on a copy
// of the page without the crash: three more wrong speakers there), which is unmasked, not a regression.
// The crash fixed the same day: fr quote F1 0.981, attribution 0.924 (the unmasked errors), floors set
// just below.
// Raised on 2026-11-29 after general fixes for the second batch's constructions (names after a preposition,
// a lower-case qualified body, reflexive « se dire », gerunds, an age before an apposition, a dated source,
// description incises, pronoun number): en quote F1 1.000, attribution 1.000; fr quote F1 0.988,
// attribution 0.975. Each floor still allows about two errors.
const FLOORS: Record<string, { articles: number; f1: number; attribution: number }> = {
  en: { articles: 7, f1: 0.98, attribution: 0.97 },
  fr: { articles: 7, f1: 0.97, attribution: 0.95 },
  de: { articles: 1, f1: 0.84, attribution: 0.55 },
  es: { articles: 1, f1: 0.84, attribution: 0.88 },
};

let summary: Record<string, LanguageScore> = {};
let evalRun: { status: number | null; stderr: string } = { status: null, stderr: "" };

before(() => {
  const build = spawnSync("node", ["build/build.mjs", "--cli-only"], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  // A page the engine throws on is still scored (every quote missed) and makes the CLI exit 1: the crash
  // fails its own test below, so the floors still report the scores instead of all failing in this hook.
  const run = spawnSync("node", ["dist/cli.mjs", "eval", ARTICLES, "--json"], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  evalRun = { status: run.status, stderr: run.stderr };
  summary = JSON.parse(run.stdout).summary;
});

test("the engine runs on every held-out page without throwing", () => {
  assert.equal(evalRun.status, 0, evalRun.stderr);
});

for (const [lang, floor] of Object.entries(FLOORS)) {
  test(`held-out ${lang} articles: quote F1 >= ${floor.f1}, attribution >= ${floor.attribution}`, () => {
    const score = summary[lang];
    assert.ok(score, `no ${lang} articles scored`);
    assert.equal(
      score.articles,
      floor.articles,
      `${lang}: an article folder went missing or its gold lost its lang`,
    );
    assert.ok(
      score.f1 >= floor.f1,
      `${lang} quote F1 ${score.f1} < ${floor.f1}; run npm run eval -- ${ARTICLES}`,
    );
    assert.ok(
      score.attribution >= floor.attribution,
      `${lang} attribution ${score.attribution} < ${floor.attribution}; run npm run eval -- ${ARTICLES}`,
    );
  });
}

// Guards the annotations themselves: an edit to a page that drops or retypes a quoted passage would
// otherwise silently turn into a "miss" charged to the engine.
test("every gold quote and not-quote stands word for word in its page", () => {
  const collapse = (s: string) => s.replace(/\s+/g, " ");
  for (const id of readdirSync(ARTICLES)) {
    const gold = JSON.parse(readFileSync(join(ARTICLES, id, "gold.json"), "utf8"));
    assert.equal(gold.id, id);
    assert.ok(ORIGINS.includes(gold.origin), `${id}: origin ${gold.origin}`);
    const { document } = new JSDOM(readFileSync(join(ARTICLES, id, "page.html"), "utf8")).window;
    const text = collapse(document.body.textContent ?? "");
    for (const quote of gold.quotes) {
      assert.ok(text.includes(collapse(quote.text)), `${id}: quote not in page: ${quote.text}`);
      assert.equal(typeof quote.partial, "boolean", `${id}: ${quote.text}`);
    }
    for (const term of gold.not_quotes)
      assert.ok(text.includes(term), `${id}: not-quote not in page: ${term}`);
  }
});
