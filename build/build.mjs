// Builds everything into dist/: the command-line tool (dist/cli.mjs) and, when the extension
// sources exist, the Chrome and Firefox extensions. `--cli-only` skips the extension.
import * as esbuild from "esbuild";
import { supported } from "./esbuildSupported.mjs";
import { existsSync } from "node:fs";

const cliOnly = process.argv.includes("--cli-only");

await esbuild.build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  supported,
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});

if (!cliOnly && existsSync("build/extension.mjs")) {
  const { buildExtension } = await import("./extension.mjs");
  await buildExtension();
}
