// `npm run package`: the two store zips hold exactly the built extension, and the source zip
// addons.mozilla.org asks for holds what the build needs, without node_modules/ or dist/.
// Needs a build (`npm test` does it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** The names in a zip file, read from its central directory (the zips here have no zip64). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));

test(
  "npm run package writes the Chrome and Firefox zips of " +
    "the build and the source zip for addons.mozilla.org",
  () => {
    execFileSync(process.execPath, ["build/package.mjs"], { stdio: "ignore" });
    for (const browser of ["chrome", "firefox"]) {
      const entries = zipEntries(`dist/quotelight-${browser}.zip`).filter((name) => !name.endsWith("/"));
      assert.deepEqual(entries.sort(), filesIn(`dist/${browser}`).sort(), `${browser} zip`);
      // The word lists' licences (CC BY-SA, BSD, SCOWL's) ask for their notices in every copy.
      assert.ok(entries.includes("LICENSE"), `${browser} zip lacks LICENSE and its notices`);
    }
    const source = zipEntries("dist/quotelight-source.zip").map((name) => name.replace(/^quotelight\//, ""));
    for (const needed of [
      "package.json",
      "package-lock.json",
      "README.md",
      "manifest.json",
      "tsconfig.json",
      "build/build.mjs",
      "build/extension.mjs",
      "src/background/main.ts",
      "_locales/en/messages.json",
      "icons/16.png",
    ]) {
      assert.ok(source.includes(needed), `source zip lacks ${needed}`);
    }
    assert.deepEqual(
      source.filter((name) => /^(node_modules|dist)\//.test(name)),
      [],
    );
  },
);
