// Runs the built command-line tool on pages the test writes to a temporary folder.
import { before, after, test } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = "dist/cli.mjs";
let dir = "";

const PAGE_EN = `<!doctype html><html lang="en"><head><title>Pier saved</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Harbour board votes to save the old pier</h1>
<p>The harbour board met on Tuesday evening, after a week of storms, to decide the fate of the pier.</p>
<p>“We will not let the pier fall,” said Jane Smith, who chairs the board, after the vote.</p>
<p>Fishermen, shopkeepers and a handful of retired sailors filled the hall, which smelled of wet wool.</p>
</article></body></html>`;

function cli(args: string[], input?: string) {
  return spawnSync("node", [CLI, ...args], { input, encoding: "utf8" });
}

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

before(() => {
  const build = spawnSync("node", ["build/build.mjs", "--cli-only"], { encoding: "utf8" });
  assert.equal(build.status, 0, build.stderr);
  dir = mkdtempSync(join(tmpdir(), "quotelight-cli-"));
  writeFileSync(join(dir, "pier.html"), PAGE_EN);
  writeFileSync(join(dir, "empty.html"), "");
  writeFileSync(join(dir, "notes.txt"), "Just some notes, with no markup and no quotes at all.");
  writeFileSync(join(dir, "binary.bin"), Buffer.from([0, 159, 146, 150, 255, 0, 1, 2]));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("extract prints one JSON line per file with lang, quotes and speakers", () => {
  const file = join(dir, "pier.html");
  const run = cli(["extract", file]);
  assert.equal(run.status, 0, run.stderr);
  const [line, ...more] = jsonLines(run.stdout);
  assert.equal(more.length, 0);
  assert.equal(line.file, file);
  assert.equal(line.lang, "en");
  const quote = line.quotes.find((q: { text: string }) => q.text.includes("We will not let the pier fall"));
  assert.ok(quote, `quote not found in ${run.stdout}`);
  assert.deepEqual(Object.keys(quote).sort(), ["cue", "partial", "role", "speaker", "text"]);
  assert.ok(Array.isArray(line.speakers));
  for (const s of line.speakers)
    assert.deepEqual(Object.keys(s).sort(), ["aliases", "kind", "name", "quotes", "role", "voice"]);
});

test("extract - reads the page from standard input", () => {
  const run = cli(["extract", "-"], PAGE_EN);
  assert.equal(run.status, 0, run.stderr);
  const [line] = jsonLines(run.stdout);
  assert.equal(line.file, "-");
  assert.ok(line.quotes.some((q: { text: string }) => q.text.includes("We will not let the pier fall")));
});

test("an unreadable file gets one error line naming it; the others are still processed; exit 1", () => {
  const missing = join(dir, "missing.html");
  const run = cli(["extract", missing, join(dir, "pier.html")]);
  assert.equal(run.status, 1);
  const errors = run.stderr.trim().split("\n");
  assert.equal(errors.length, 1);
  assert.ok(errors[0]!.includes(missing));
  assert.deepEqual(
    jsonLines(run.stdout).map((l) => l.file),
    [join(dir, "pier.html")],
  );
});

test("empty, plain-text and binary files give no quotes and no error", () => {
  const files = ["empty.html", "notes.txt", "binary.bin"].map((f) => join(dir, f));
  const run = cli(["extract", ...files]);
  assert.equal(run.status, 0, run.stderr);
  const lines = jsonLines(run.stdout);
  assert.deepEqual(
    lines.map((l) => l.file),
    files,
  );
  for (const line of lines) assert.deepEqual(line.quotes, []);
});

test("a page 20,000 elements deep is read", () => {
  const deep =
    "<div><span>".repeat(10_000) +
    "<p>“We will not let the pier fall,” said Jane Smith.</p>" +
    "</span></div>".repeat(10_000);
  const run = cli(["extract", "-"], `<html><body>${deep}</body></html>`);
  assert.equal(run.status, 0, run.stderr);
  const [line] = jsonLines(run.stdout);
  assert.ok(line.quotes.some((q: { text: string }) => q.text.includes("We will not let the pier fall")));
});

test("eval of a folder that does not exist says so and exits 1", () => {
  const missing = join(dir, "no-such-corpus");
  const run = cli(["eval", missing]);
  assert.equal(run.status, 1);
  assert.ok(run.stderr.includes(missing));
});

test("blocks prints the article's text blocks as the engine reads them", () => {
  const run = cli(["blocks", join(dir, "pier.html")]);
  assert.equal(run.status, 0, run.stderr);
  const [line] = jsonLines(run.stdout);
  assert.equal(line.lang, "en");
  assert.equal(line.title, "Pier saved");
  assert.deepEqual(line.blocks[0], { kind: "headline", text: "Harbour board votes to save the old pier" });
  assert.equal(line.blocks.length, 4);
  assert.ok(!JSON.stringify(line.blocks).includes("Home"));
});

test("explain lists each quote's candidates by strategy and score, and the speaker chosen", () => {
  const run = cli(["explain", join(dir, "pier.html")]);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split("\n");
  assert.equal(lines[0], "lang en, 1 quote");
  // The article's entities come first, each with its kind and how often it is mentioned.
  assert.equal(lines[1], "3 entities (kind, mentions):");
  assert.match(lines[2]!, /^ {2}person +1 {2}Jane Smith$/u);
  assert.match(lines[3]!, /^ {2}organisation +2 {2}harbour board$/u);
  // A trade's plural ("-keeper", a person noun) is a described source, though it says nothing here.
  assert.match(lines[4]!, /^ {2}source +1 {2}shopkeepers$/u);
  const at = lines.findIndex((l) => l.includes("We will not let the pier fall"));
  assert.ok(at > 0, run.stdout);
  assert.equal(lines[at + 1], "  → Jane Smith (after-quote)");
  // The winner is marked and listed first; a weaker strategy that also fired is listed after it.
  assert.match(lines[at + 2]!, /^ {2}\* \d\.\d\d after-quote +Jane Smith {2}cue “said”$/u);
  assert.match(lines[at + 3] ?? "", /^ {4}0\.\d\d [a-z-]+ /u);
});

test("explain of a file that cannot be read says so and exits 1", () => {
  const run = cli(["explain", join(dir, "missing.html")]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /cannot explain .*missing\.html/u);
});

test("usage errors exit 2", () => {
  assert.equal(cli([]).status, 2);
  assert.equal(cli(["extract"]).status, 2);
  assert.equal(cli(["frobnicate", "x"]).status, 2);
});

test("eval scores DIR/*/page.html against gold.json and ends with the summary line", () => {
  const corpus = join(dir, "corpus");
  mkdirSync(join(corpus, "pier"), { recursive: true });
  writeFileSync(join(corpus, "pier", "page.html"), PAGE_EN);
  writeFileSync(
    join(corpus, "pier", "gold.json"),
    JSON.stringify({
      id: "pier",
      lang: "en",
      quotes: [{ text: "We will not let the pier fall,", speaker: "Jane Smith" }],
    }),
  );
  const text = cli(["eval", corpus]);
  assert.equal(text.status, 0, text.stderr);
  const lines = text.stdout.trim().split("\n");
  assert.match(lines[0]!, /^pier \[en\] gold 1 pred \d+ matched [01] speakers [01]\/[01]$/);
  assert.match(lines.at(-1)!, /^all: quote F1 [\d.]+ attribution [\d.]+ end-to-end F1 [\d.]+$/);

  const json = cli(["eval", corpus, "--json"]);
  const report = JSON.parse(json.stdout);
  assert.equal(report.summary.all.articles, 1);
  assert.equal(report.summary.en.gold, 1);
  assert.equal(report.articles[0].id, "pier");
});

test(
  "eval --split heldout scores only the held-out " + "pages and prints their summary, never their errors",
  () => {
    const corpus = join(dir, "split-corpus");
    const heldOutId = (JSON.parse(readFileSync("tests/corpus/heldout.json", "utf8")) as { heldOut: string[] })
      .heldOut[0]!;
    const gold = JSON.stringify({
      lang: "en",
      quotes: [{ text: "A quote nobody finds", speaker: "Ann Lee" }],
    });
    for (const id of [heldOutId, "not-held-out"]) {
      mkdirSync(join(corpus, id), { recursive: true });
      writeFileSync(join(corpus, id, "page.html"), PAGE_EN);
      writeFileSync(join(corpus, id, "gold.json"), gold);
    }
    const heldOut = cli(["eval", corpus, "--split", "heldout"]);
    assert.equal(heldOut.status, 0, heldOut.stderr);
    assert.ok(heldOut.stdout.startsWith("lang "), heldOut.stdout);
    assert.ok(!heldOut.stdout.includes("missed"), heldOut.stdout);
    assert.match(heldOut.stdout, /^all +1 /m);
    const heldOutJson = JSON.parse(cli(["eval", corpus, "--split=heldout", "--json"]).stdout);
    assert.deepEqual(Object.keys(heldOutJson), ["summary"]);

    const tune = cli(["eval", corpus, "--split", "tune"]);
    assert.equal(tune.status, 0, tune.stderr);
    assert.match(tune.stdout, /^not-held-out \[en\]/);
    assert.ok(tune.stdout.includes("missed:   A quote nobody finds"));
    assert.ok(!tune.stdout.includes(heldOutId));
    assert.equal(cli(["eval", corpus, "--split", "nonsense"]).status, 2);
  },
);

test("golden lists the pages that moved from their golden file, and --update rewrites them", () => {
  const corpus = join(dir, "golden-corpus");
  const golden = join(dir, "golden");
  mkdirSync(join(corpus, "pier"), { recursive: true });
  writeFileSync(join(corpus, "pier", "page.html"), PAGE_EN);

  const first = cli(["golden", corpus, golden]);
  assert.equal(first.status, 1);
  assert.match(first.stdout, /^pier: new page, no golden file yet$/m);
  assert.equal(cli(["golden", corpus, golden, "--update"]).status, 0);
  assert.equal(cli(["golden", corpus, golden]).status, 0);

  const file = join(golden, "pier.json");
  const saved = JSON.parse(readFileSync(file, "utf8"));
  writeFileSync(
    file,
    JSON.stringify({ ...saved, quotes: [...saved.quotes, { text: "Gone", speaker: null }] }),
  );
  writeFileSync(join(golden, "old-page.json"), JSON.stringify(saved));
  const moved = cli(["golden", corpus, golden]);
  assert.equal(moved.status, 1);
  assert.match(moved.stdout, /^pier: 1 removed$/m);
  assert.match(moved.stdout, /^ {2}removed +“Gone” — \(no speaker\)$/m);
  assert.match(moved.stdout, /^old-page: golden file for a page that is no longer in /m);
  assert.equal(cli(["golden", corpus, golden, "--update"]).status, 0);
  assert.deepEqual(JSON.parse(readFileSync(file, "utf8")), saved);
  assert.equal(cli(["golden", corpus, golden]).status, 0);
});

test("kinds scores the speakers' kinds of voice against KINDS/ID.json", () => {
  const corpus = join(dir, "kinds-corpus");
  const kinds = join(dir, "kinds");
  mkdirSync(join(corpus, "pier"), { recursive: true });
  mkdirSync(kinds, { recursive: true });
  writeFileSync(join(corpus, "pier", "page.html"), PAGE_EN);
  writeFileSync(
    join(corpus, "pier", "gold.json"),
    JSON.stringify({
      lang: "en",
      quotes: [{ text: "We will not let the pier fall,", speaker: "Jane Smith" }],
    }),
  );
  // Nothing on the page makes her a journalist: her kind is wrong whatever the engine makes of her.
  writeFileSync(join(kinds, "pier.json"), JSON.stringify({ "Jane Smith": "media" }));
  const text = cli(["kinds", corpus, kinds]);
  assert.equal(text.status, 0, text.stderr);
  const lines = text.stdout.trim().split("\n");
  assert.match(lines[0]!, /^pier: Jane Smith: gold media, predicted \w+ \(Jane Smith/);
  assert.match(lines.at(-1)!, /^all: kinds right 0\.000 of all gold speakers, 0\.000 of those found, /);
  assert.equal(cli(["kinds", corpus]).status, 2);
});

test("an http:// argument is fetched, and decoded with the charset of its Content-Type", async () => {
  // Latin-1 has no curly quotes: straight ones, and a letter that UTF-8 would decode differently.
  const latin1Page = PAGE_EN.replace("the pier fall", "the pier fall, se\u00f1or").replace(
    /[\u201c\u201d]/g,
    '"',
  );
  const page = Buffer.from(latin1Page, "latin1");
  const server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" });
    response.end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
  try {
    // Asynchronous, so that this process's server can answer the CLI.
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile("node", [CLI, "extract", url], (error, out) => (error ? reject(error) : resolve(out))),
    );
    const [line] = jsonLines(stdout);
    assert.equal(line.file, url);
    assert.ok(
      line.quotes.some((q: { text: string }) => q.text.includes("the pier fall, se\u00f1or")),
      stdout,
    );
  } finally {
    server.close();
  }
});
