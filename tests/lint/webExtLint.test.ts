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
      execFileSync(process.execPath, ["node_modules/web-ext/bin/web-ext.js", "lint", "--source-dir", sourceDir, "--output", "json"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
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

test("web-ext lint finds no error, and only Preact's innerHTML in each UI bundle as a warning", () => {
  const report = lint();
  const where = (m: LintMessage) => `${m.code} ${m.file}:${m.line} ${m.message}`;
  assert.deepEqual(report.errors.map(where), []);
  assert.deepEqual(report.notices.map(where), []);
  // Preact sets innerHTML in one place: rendering a `dangerouslySetInnerHTML` prop, which
  // Quotelight never passes. Each bundle that includes Preact (popup, side panel) carries it once.
  assert.deepEqual(
    report.warnings.map((m) => `${m.code} ${m.file}`).sort(),
    ["UNSAFE_VAR_ASSIGNMENT popup.js", "UNSAFE_VAR_ASSIGNMENT sidepanel.js"],
  );
  for (const warning of report.warnings) {
    const line = readFileSync(join(sourceDir, warning.file!), "utf8").split("\n")[warning.line! - 1]!;
    assert.match(line, /\.innerHTML = \w+\.__html/, `${where(warning)} is not Preact's dangerouslySetInnerHTML`);
  }
  const markup = sourceFiles("src").filter((file) => /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(file, "utf8")));
  assert.deepEqual(markup, [], "extension code that writes markup");
});
