// Bundles the TypeScript scripts under bench/ into Node ESM files (`name.mjs` in `outdir`), their
// npm packages left as imports: what `npm run bench` and `npm run extraction` run as child processes.
import * as esbuild from "esbuild";
import { supported } from "./esbuildSupported.mjs";

export async function bundleBenchScripts(entryPoints, outdir) {
  await esbuild.build({
    entryPoints,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    supported,
    packages: "external",
    logLevel: "warning",
  });
}
