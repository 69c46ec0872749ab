// addons.mozilla.org runs addons-linter on every upload: the Firefox build must pass `web-ext lint`
// with no error, and with no warning but the ones the README's "Firefox" section explains.
// Needs a build (`npm test` does it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const sourceDir = "dist/firefox";

function lint(): LintReport {
  // Exit status 1 when there are errors; the JSON report is on standard output either way.
  try {
    return JSON.parse(
      execFileSync(
        process.execPath,
        ["node_modules/web-ext/bin/web-ext.js", "lint", "--source-dir", sourceDir, "--output", "json"],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        },
      ),
    );
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    if (!stdout) throw error;
    return JSON.parse(stdout);
  }
}

/** Source files of the extension, for the claim that nothing of ours writes markup. */
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/**
 * The warnings the README's "Firefox" section explains, each recognised by the code it points
 * at (from the flagged column on), so that a new warning of the same kind elsewhere still fails.
 */
const explained = [
  {
    why:
      "Preact, in the chunk the extension pages share, sets innerHTML for a dangerouslySetInnerHTML prop," +
      " which Quotelight never passes",
    code: "UNSAFE_VAR_ASSIGNMENT",
    files: /^chunks\/chunk-\w+\.js$/,
    flagged: /^\w+\.innerHTML = \w+\.__html\b/,
  },
  {
    why:
      "the content script loads the extension's own reader.js on first use" +
      " (a packaged file, not remote code)",
    code: "UNSAFE_VAR_ASSIGNMENT",
    files: /^content\.js$/,
    flagged: /^import\([\w.]+\.runtime\.getURL\("reader\.js"\)\)/,
  },
];

test("web-ext lint finds no error, and no warning but the two explained ones", () => {
  const report = lint();
  const where = (m: LintMessage) => `${m.code} ${m.file}:${m.line}:${m.column} ${m.message}`;
  assert.deepEqual(report.errors.map(where), []);
  assert.deepEqual(report.notices.map(where), []);
  const unexplained = report.warnings.filter((warning) => {
    const line = readFileSync(join(sourceDir, warning.file!), "utf8").split("\n")[warning.line! - 1]!;
    const code = line.slice(warning.column! - 1);
    return !explained.some(
      (e) => e.code === warning.code && e.files.test(warning.file!) && e.flagged.test(code),
    );
  });
  assert.deepEqual(unexplained.map(where), []);
  // One of each: a second innerHTML would be ours, not Preact's, and Preact is bundled once.
  assert.deepEqual(report.warnings.map((w) => w.message).sort(), [
    "Unsafe assignment to innerHTML",
    "Unsafe call to import for argument 0",
  ]);
});

test("no extension code writes markup, so Preact's innerHTML path never runs", () => {
  const markup = sourceFiles("src").filter((file) =>
    /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(
      readFileSync(file, "utf8"),
    ),
  );
  assert.deepEqual(markup, []);
});
