// Pairs quotation marks in one block of text. Marks are read the way a typesetter reads them:
// a mark can open when it leans on the word after it and can close when it leans on the word
// before it (Markdown's "flanking" idea). Apostrophes (don't, l’Ukraine), primes (5'10") and
// elisions (’90s, rock 'n' roll) lean on both sides or on digits, so they never pair.
import type { Span } from "../types.ts";
import { elidedAnd, leadingElisions } from "../lang/apostrophes.ts";

/** Marks that pair with each other: a closer only closes an opener of its own family. */
export type MarkFamily = "double" | "guillemet" | "singleGuillemet" | "single" | "corner" | "whiteCorner";

/** Two quotation marks that enclose a quote; `close` is null when the block ends before the quote does. */
export interface MarkPair {
  open: Span;
  close: Span | null;
  family: MarkFamily;
}

interface MarkKind {
  family: MarkFamily;
  /** Whether the character is ever an opening mark, and ever a closing one. */
  opens: boolean;
  closes: boolean;
  /** Guillemets and CJK brackets only pair with their mirror image. */
  mirror?: string;
}

const MARKS: Record<string, MarkKind> = {
  "\u201c": { family: "double", opens: true, closes: true }, // “ English opener, German closer
  "\u201d": { family: "double", opens: true, closes: true }, // ” English closer, Swedish both
  '"': { family: "double", opens: true, closes: true },
  "\u201e": { family: "double", opens: true, closes: false }, // „
  // « French opener, German closer
  "\u00ab": { family: "guillemet", opens: true, closes: true, mirror: "\u00bb" },
  "\u00bb": { family: "guillemet", opens: true, closes: true, mirror: "\u00ab" }, // »
  "\u2039": { family: "singleGuillemet", opens: true, closes: true, mirror: "\u203a" }, // ‹
  "\u203a": { family: "singleGuillemet", opens: true, closes: true, mirror: "\u2039" }, // ›
  "\u2018": { family: "single", opens: true, closes: true }, // ‘ English opener, German closer
  // ’ closer; as an opener it is an elision (’90s)
  "\u2019": { family: "single", opens: false, closes: true },
  "'": { family: "single", opens: true, closes: true },
  "\u201a": { family: "single", opens: true, closes: false }, // ‚
  "\u300c": { family: "corner", opens: true, closes: false, mirror: "\u300d" }, // 「
  "\u300d": { family: "corner", opens: false, closes: true, mirror: "\u300c" }, // 」
  "\u300e": { family: "whiteCorner", opens: true, closes: false, mirror: "\u300f" }, // 『
  "\u300f": { family: "whiteCorner", opens: false, closes: true, mirror: "\u300e" }, // 』
};

const MARK_CHARS = /["'\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019\u201a\u300c-\u300f]/g;
const SPACE = /\s/; // includes no-break U+00A0 and narrow no-break U+202F
const WORD_CHAR = /[\p{L}\p{N}]/u;
// French sets guillemets off with (no-break) spaces: « Bonjour ». Other marks hug their words.
const MAX_GUILLEMET_SPACES = 3;
// How far down the stack a closer looks for its opener. Real nesting is two or three deep; the
// bound keeps hostile input (thousands of unmatched openers) linear.
const MAX_NESTING = 8;

// Openers that are elisions, not quotes: ’90s, 'em, 'til, rock 'n' roll.
const SINGLE_ELISION = new RegExp(
  `^['\u2018](?:\\d\\d|(?:${[...leadingElisions, elidedAnd].join("|")})\\b)`,
  "i",
);
// The closing half of rock 'n' roll.
const ELIDED_AND = new RegExp(`(?:^|\\s)['\u2018\u2019]${elidedAnd}$`, "i");
// Primes written with quote characters: 5'10", a 12"-inch screen.
const FEET_AND_INCHES = /\d['\u2019]\d{1,2}$/;

const OPENS_SENTENCE = /(?:^|[.!?…:;—–-])\s*$/u;
const ENDS_SENTENCE = /[.!?…]\s*$/u;

const isSpace = (ch: string | undefined) => ch !== undefined && SPACE.test(ch);
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** The character next to `at` going in `step` direction, past the spaces French puts inside guillemets. */
function neighbour(text: string, at: number, step: 1 | -1, skipSpaces: boolean): string | undefined {
  let i = at + step;
  if (skipSpaces) {
    for (let n = 0; n < MAX_GUILLEMET_SPACES && isSpace(text[i]); n++) i += step;
  }
  return text[i];
}

// CJK brackets have one shape for each side, and CJK text has no spaces to lean on.
const isBracket = (kind: MarkKind) => kind.family === "corner" || kind.family === "whiteCorner";

function canOpen(text: string, at: number, kind: MarkKind): boolean {
  if (!kind.opens || isBracket(kind)) return kind.opens;
  const guillemet = kind.family === "guillemet" || kind.family === "singleGuillemet";
  const after = neighbour(text, at, 1, guillemet);
  if (after === undefined || isSpace(after)) return false;
  if (kind.family === "single" && SINGLE_ELISION.test(text.slice(at, at + 7))) return false;
  return !isWordChar(text[at - 1]);
}

function canClose(text: string, at: number, kind: MarkKind): boolean {
  if (!kind.closes || isBracket(kind)) return kind.closes;
  const guillemet = kind.family === "guillemet" || kind.family === "singleGuillemet";
  const before = neighbour(text, at, -1, guillemet);
  if (before === undefined || isSpace(before)) return false;
  // A word right after a closer is a space the page lost (`"gourou de la majorité"par un élu`); a
  // single mark there is an apostrophe (`l'homme`, `don't`).
  if (isWordChar(text[at + 1]) && !(kind.family === "double" && isWordChar(before))) return false;
  const ch = text[at];
  if ((ch === '"' || ch === "'") && isInchOrFoot(text, at)) return false;
  return !(kind.family === "single" && ELIDED_AND.test(text.slice(Math.max(0, at - 3), at)));
}

function isInchOrFoot(text: string, at: number): boolean {
  if (!/\d/.test(text[at - 1] ?? "")) return false;
  return FEET_AND_INCHES.test(text.slice(Math.max(0, at - 6), at)) || text[at + 1] === "-";
}

interface Opener {
  at: number;
  kind: MarkKind;
  /** A French `»` opening a paragraph that carries on a quote: a `»`, not a `«`, closes it. */
  continues: boolean;
}

function pairs(opener: Opener, closer: string, kind: MarkKind): boolean {
  if (opener.kind.family !== kind.family) return false;
  if (opener.continues) return closer === "\u00bb";
  return opener.kind.mirror === undefined || opener.kind.mirror === closer;
}

/**
 * French and Spanish typesetting carry a quote over paragraphs by opening each new one with `»`
 * (or `«`): `» Il faudra tout reprendre », a-t-il conclu.`, `»Los precios subirán», dijo.` A `»`
 * opening the block is such a mark when it stands apart from its word, as French spaces it, or
 * when no `«` follows in the block; German `»Text«` closes with `«`, which still pairs first.
 */
const continuesQuote = (text: string, at: number) =>
  text[at] === "\u00bb" &&
  text.slice(0, at).trim() === "" &&
  (isSpace(text[at + 1]) || !text.includes("\u00ab", at));

/**
 * The outermost quotation-mark pairs of a block, in order. Inner pairs (nested quotes) are left
 * out; an opener still unclosed at the end of the block runs to the end of the block.
 */
export function pairMarks(text: string): MarkPair[] {
  const stack: Opener[] = [];
  const found: MarkPair[] = [];
  // Where each closer a slip of typing may stand for is last written, looked up once per block.
  const lastAt = new Map(Object.values(MISMATCHED_CLOSERS).map((ch) => [ch, text.lastIndexOf(ch)]));
  for (const match of text.matchAll(MARK_CHARS)) {
    const at = match.index;
    const ch = match[0];
    const kind = MARKS[ch]!;
    const depth =
      (canClose(text, at, kind) ? findOpener(stack, ch, kind) : null) ??
      mismatchedOpener(text, stack, at, kind, lastAt);
    if (depth !== null) {
      const opener = stack[depth]!;
      stack.length = depth;
      found.push({
        open: { start: opener.at, end: opener.at + 1 },
        close: { start: at, end: at + 1 },
        family: opener.kind.family,
      });
      continue;
    }
    if (canOpen(text, at, kind)) stack.push({ at, kind, continues: continuesQuote(text, at) });
  }
  // A quote running on into the next paragraph opens a sentence; a stray mark inside one is a typo. In
  // single marks (British style: `He said: ‘The lads defended well.`) it also runs to the block's end on
  // a sentence's last stop, where an apostrophe left unpaired would end anywhere.
  const unclosed = stack.find(
    (entry) =>
      OPENS_SENTENCE.test(text.slice(Math.max(0, entry.at - 3), entry.at)) &&
      (entry.kind.family !== "single" || ENDS_SENTENCE.test(text)),
  );
  if (unclosed)
    found.push({
      open: { start: unclosed.at, end: unclosed.at + 1 },
      close: null,
      family: unclosed.kind.family,
    });
  return outermost(found);
}

function findOpener(stack: Opener[], closer: string, kind: MarkKind): number | null {
  for (let i = stack.length - 1; i >= 0 && i >= stack.length - MAX_NESTING; i--) {
    if (pairs(stack[i]!, closer, kind)) return i;
  }
  return null;
}

// Typing slips a page's editor leaves: a `«` closed by `”`, a `“` closed by `»`.
const MISMATCHED_CLOSERS: Readonly<Record<string, string>> = { "\u00ab": "\u201d", "\u201c": "\u00bb" };

/**
 * `« Nous partirons ”, a-t-il dit`: a closer that no opener of its own family awaits closes the
 * innermost opener of the other family when the text has no closer of that opener's own kind left
 * after it, so the quote ends where its writer meant and not at the end of the paragraph.
 */
function mismatchedOpener(
  text: string,
  stack: Opener[],
  at: number,
  kind: MarkKind,
  lastAt: ReadonlyMap<string, number>,
): number | null {
  const top = stack.at(-1);
  if (!top || top.continues || top.kind.family === kind.family) return null;
  const opener = text[top.at]!;
  // The closer is spaced as the opener's own would be: `« Nous partirons ”`.
  if (MISMATCHED_CLOSERS[opener] !== text[at] || !canClose(text, at, top.kind)) return null;
  const ownCloser = top.kind.mirror ?? "\u201d";
  return (lastAt.get(ownCloser) ?? -1) > at ? null : stack.length - 1;
}

function outermost(found: MarkPair[]): MarkPair[] {
  found.sort((a, b) => a.open.start - b.open.start);
  const kept: MarkPair[] = [];
  let reach = -1;
  for (const pair of found) {
    if (pair.open.start < reach) continue;
    kept.push(pair);
    reach = pair.close ? pair.close.end : Infinity;
  }
  return kept;
}
