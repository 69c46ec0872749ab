// `npm test`: checks that what the tests need is here (the npm packages, both browsers), then
// lint and format check (Biome), type-check, build, then every tests/**/*.test.ts with Node's test
// runner. (Node 20's --test takes no glob, so the files are listed here.)
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { inspect, problems, thisMachine } from "./browsers.mjs";

/** What is missing for the tests, one sentence each with the command that installs it. */
function missingPrerequisites() {
  const machine = thisMachine();
  const missing = problems(inspect(machine), machine);
  if (!existsSync("node_modules/.bin/biome"))
    missing.unshift("The npm packages are not installed: run `npm ci`.");
  return missing;
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const find = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );

const missing = missingPrerequisites();
if (missing.length > 0) {
  console.error(`npm test cannot run on this machine yet:\n${missing.map((line) => `- ${line}`).join("\n")}`);
  process.exit(1);
}
const only = process.argv.slice(2);
run("npx", ["biome", "check", "--error-on-warnings", "."]);
run("npx", ["tsc", "--noEmit", "-p", "."]);
run("node", ["build/build.mjs"]);
const files = only.length ? only : find("tests").sort();
run("node", ["--import", "tsx", "--test", "--test-concurrency=1", ...files]);
