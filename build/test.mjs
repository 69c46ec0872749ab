// `npm test`: lint and format check (Biome), type-check, build, then run every tests/**/*.test.ts with Node's test runner.
// (Node 20's --test takes no glob, so the files are listed here.)
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const find = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );

const only = process.argv.slice(2);
run("npx", ["biome", "check", "--error-on-warnings", "."]);
run("npx", ["tsc", "--noEmit", "-p", "."]);
run("node", ["build/build.mjs"]);
const files = only.length ? only : find("tests").sort();
run("node", ["--import", "tsx", "--test", "--test-concurrency=1", ...files]);
