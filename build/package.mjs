// `npm run package` (after the build): the store-ready zips dist/quotelight-chrome.zip and
// dist/quotelight-firefox.zip, made by web-ext (it leaves out dotfiles and keeps the layout the
// stores expect: manifest.json at the root of the zip).
import webExt from "web-ext";
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
