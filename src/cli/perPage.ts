// The per-page loop of `extract` and `blocks`: one JSON line per page, and a page that fails costs
// only its own line.
import { readPage } from "./input.ts";

/** Where the loop writes: the process's streams, or a test's lists. */
export interface Output {
  line(text: string): void;
  error(text: string): void;
}

const processOutput: Output = {
  line: (text) => process.stdout.write(`${text}\n`),
  error: (text) => console.error(text),
};

export const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Prints one JSON line per page; a page that cannot be read, or whose reading throws, gets one
 * line on stderr naming it instead. Resolves to the exit status: 1 if any page failed.
 */
export async function perPage(
  sources: string[],
  describe: (html: string) => object,
  out: Output = processOutput,
): Promise<number> {
  let status = 0;
  for (const source of sources) {
    let html: string;
    try {
      html = await readPage(source);
    } catch (error) {
      out.error(`quotelight: cannot read ${source}: ${reason(error)}`);
      status = 1;
      continue;
    }
    try {
      out.line(JSON.stringify({ file: source, ...describe(html) }));
    } catch (error) {
      // A bug on one page must not cost the others their results.
      out.error(`quotelight: failed on ${source}: ${reason(error)}`);
      status = 1;
    }
  }
  return status;
}
