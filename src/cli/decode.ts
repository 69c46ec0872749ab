// Bytes of a page → its text, with the charset a browser would pick: byte order mark, then the
// HTTP Content-Type, then <meta charset> / <meta http-equiv> in the first bytes, else UTF-8.

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xfe, 0xff], "utf-16be"],
  [[0xff, 0xfe], "utf-16le"],
];
/** Browsers look for the meta charset in the first 1024 bytes; some pages put it a little later. */
const META_SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €), which Node's decoder leaves as C1
 * controls: it decodes that label as ISO-8859-1.
 */
const WINDOWS_1252_HIGH = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ";
const C1_CONTROL = /[\x80-\x9f]/g;

function bomCharset(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1];
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, META_SNIFF_BYTES));
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  // A page that reached us as bytes readable in ASCII is not UTF-16, whatever it says (HTML spec).
  return label?.startsWith("utf-16") ? "utf-8" : label;
}

function decoderFor(label: string | undefined): TextDecoder {
  try {
    return new TextDecoder(label ?? "utf-8");
  } catch {
    return new TextDecoder("utf-8"); // unknown label
  }
}

/** Decodes a page; `contentType` is the HTTP header when the page was fetched. */
export function decodePage(bytes: Uint8Array, contentType?: string): string {
  const label =
    bomCharset(bytes) ?? HEADER_CHARSET.exec(contentType ?? "")?.[1]?.toLowerCase() ?? metaCharset(bytes);
  const decoder = decoderFor(label);
  // TextDecoder drops the BOM itself.
  const text = decoder.decode(bytes);
  return decoder.encoding === "windows-1252"
    ? text.replace(C1_CONTROL, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!)
    : text;
}
