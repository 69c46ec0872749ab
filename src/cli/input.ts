// Where the CLI's pages come from: a file, standard input (`-`) or the web (http(s)://).
import { readFile } from "node:fs/promises";
import { decodePage } from "./decode.ts";

/** A server that never answers must not hang a batch of pages. */
export const FETCH_TIMEOUT_MS = 15_000;
/** Says who is asking, as a well-behaved client does; no browser disguise. */
export const USER_AGENT = "Quotelight/0.1 (command-line quote extractor)";

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function fetchPage(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, {
    redirect: "follow",
    headers: { "user-agent": USER_AGENT },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return decodePage(
    new Uint8Array(await response.arrayBuffer()),
    response.headers.get("content-type") ?? undefined,
  );
}

/** The page's text; throws with a reason when it cannot be read (or fetched within `timeoutMs`). */
export async function readPage(source: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<string> {
  if (source === "-") return decodePage(await readStdin());
  if (isUrl(source)) return fetchPage(source, timeoutMs);
  return decodePage(await readFile(source));
}
