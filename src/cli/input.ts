// Where the CLI's pages come from: a file, standard input (`-`) or the web (http(s)://).
import { readFile } from "node:fs/promises";
import { decodePage } from "./decode.ts";

const isUrl = (source: string): boolean => /^https?:\/\//i.test(source);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function fetchPage(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "follow" });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return decodePage(new Uint8Array(await response.arrayBuffer()), response.headers.get("content-type") ?? undefined);
}

/** The page's text; throws with a reason when it cannot be read. */
export async function readPage(source: string): Promise<string> {
  if (source === "-") return decodePage(await readStdin());
  if (isUrl(source)) return fetchPage(source);
  return decodePage(await readFile(source));
}
