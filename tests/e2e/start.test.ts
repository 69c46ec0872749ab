// `npm start`: the demo with the extension, headless with --screenshot, and a clear message
// where there is no display to open a window on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { artefactsDir } from "./harness.ts";
import { join } from "node:path";

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const header = readFileSync(file).subarray(0, 24);
  assert.equal(header.toString("latin1", 1, 4), "PNG");
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

test("npm start -- --screenshot writes the highlighted demo article with the popup beside it", () => {
  const file = join(artefactsDir, "start-demo.png");
  rmSync(file, { force: true });
  const run = spawnSync("node", ["build/start.mjs", "--screenshot", file], {
    encoding: "utf8",
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.ok(existsSync(file));
  const { width, height } = pngSize(file);
  // The 1000 px article and the 360 px popup side by side.
  assert.ok(width >= 1360, `width ${width}`);
  assert.ok(height >= 1400, `height ${height}`);
});

test("npm start without a display says so and suggests --screenshot", () => {
  const env = { ...process.env, DISPLAY: "", WAYLAND_DISPLAY: "" };
  const run = spawnSync("node", ["build/start.mjs"], { encoding: "utf8", env, timeout: 30_000 });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /No display/);
  assert.match(run.stderr, /--screenshot/);
});
