// `npm start`: without a display, a picture of the demo with the extension at work; and one
// clear sentence when there is no browser to start.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { artefactsDir } from "./harness.ts";
import { join, resolve } from "node:path";

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(0, 24);
  assert.equal(header.toString("latin1", 1, 4), "PNG");
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

test("npm start without a display writes the article, popup and side panel, and how to get a window", () => {
  const file = resolve(".cache/quotelight-demo.png");
  rmSync(file, { force: true });
  const env = { ...process.env, DISPLAY: "", WAYLAND_DISPLAY: "" };
  const run = spawnSync("node", ["build/start.mjs"], { encoding: "utf8", env, timeout: 120_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.ok(run.stdout.startsWith(`Wrote ${file}:`), run.stdout);
  assert.match(run.stdout, /xvfb-run npm start/);
  const { width, height } = pngSize(file);
  // The 1000 px article, and the 360 px popup over the side panel on its right.
  assert.ok(width >= 1360, `width ${width}`);
  assert.ok(height >= 1400, `height ${height}`);
  mkdirSync(artefactsDir, { recursive: true });
  copyFileSync(file, join(artefactsDir, "start-demo.png"));
});

test("npm start -- --screenshot without a file name says how to use it", () => {
  const run = spawnSync("node", ["build/start.mjs", "--screenshot"], { encoding: "utf8", timeout: 30_000 });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /usage: npm start -- --screenshot FILE.png/);
});

test("npm start with CHROMIUM_PATH naming nothing says so in one sentence, with the fix, and fails", () => {
  const env = { ...process.env, CHROMIUM_PATH: "/nonexistent" };
  const run = spawnSync("node", ["build/start.mjs"], { encoding: "utf8", env, timeout: 30_000 });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, "");
  assert.equal(
    run.stderr,
    "CHROMIUM_PATH is /nonexistent, which is not a file: point CHROMIUM_PATH at a Chromium 116 or newer," +
      " or unset it to use one found in the usual places.\n",
  );
});
