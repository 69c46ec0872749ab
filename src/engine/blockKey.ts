// What makes two text blocks the same for the engine: their kind, declared language and text.
// The engine keeps a block's reading under this key, and the content script sends a block its
// page sent before as a reference to it (src/engineHost/articleParts.ts).
import type { TextBlock } from "./types.ts";

export const blockKey = (block: TextBlock): string =>
  `${block.kind}\u0000${block.lang ?? ""}\u0000${block.text}`;
