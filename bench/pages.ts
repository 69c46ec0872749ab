// The pages a benchmark runs over: every DIR/ID/page.html (the corpus layout) or DIR/*.html,
// decoded once, outside any timing, the way the command-line tool decodes them.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodePage } from "../src/cli/decode.ts";

export interface BenchPage {
  file: string;
  html: string;
}

function pageFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory())
        return existsSync(join(path, "page.html")) ? [join(path, "page.html")] : [];
      return name.endsWith(".html") ? [path] : [];
    });
}

export function loadPages(dirs: readonly string[]): BenchPage[] {
  return dirs.flatMap(pageFiles).map((file) => ({ file, html: decodePage(readFileSync(file)) }));
}

/** Milliseconds since `start` (a performance.now() reading). */
export const since = (start: number): number => performance.now() - start;

/** What a child process prints last: one JSON line, with its peak resident memory. */
export function printResult(result: object): void {
  process.stdout.write(`${JSON.stringify({ ...result, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}
