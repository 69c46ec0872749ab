// `npm run package` (after the build): the store-ready zips dist/quotelight-chrome.zip and
// dist/quotelight-firefox.zip, made by web-ext (it leaves out dotfiles and keeps the layout the
// stores expect: manifest.json at the root of the zip), and dist/quotelight-source.zip, the
// source addons.mozilla.org asks for with a bundled extension: everything the build needs and
// the README's instructions, without node_modules/ or dist/ (the commit's tracked files).
import webExt from "web-ext";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";

for (const browser of ["chrome", "firefox"]) {
  await webExt.cmd.build(
    {
      sourceDir: resolve("dist", browser),
      artifactsDir: resolve("dist"),
      filename: `quotelight-${browser}.zip`,
      overwriteDest: true,
    },
    { shouldExitProgram: false },
  );
}

const git = (...args) => execFileSync("git", args, { encoding: "utf8" });
git("archive", "--format=zip", "--prefix=quotelight/", "--output=dist/quotelight-source.zip", "HEAD");
// The source zip is the last commit, the extension zips the working tree: say when they differ.
const changed = git("status", "--porcelain", "--untracked-files=no").trimEnd();
if (changed)
  console.warn(`dist/quotelight-source.zip is HEAD; these tracked files differ from it:\n${changed}`);
console.log("dist/quotelight-source.zip");
