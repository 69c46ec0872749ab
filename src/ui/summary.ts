// The side panel's summary: whose words the article is built on. Pure, unit-tested in Node.
import type { Quote, SpeakerKind } from "../engine/types.ts";
import { schemeColour, type ColourScheme } from "../palette.ts";
import type { Voices } from "./report.ts";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words in a quote: what "share of the quoted words" counts (a long quote weighs more). */
export const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

export interface Share {
  /** Who: a speaker's name, or null for quotes nobody could be credited with. */
  name: string | null;
  colour: string;
  words: number;
  /** Share of all quoted words, 0–1. */
  share: number;
}

const wordsIn = (quotes: readonly Quote[]) => quotes.reduce((sum, quote) => sum + wordCount(quote.text), 0);

/** Each voice's share of the quoted words, in the order of the speaker list. */
export function wordShares(voices: Voices, scheme: ColourScheme): Share[] {
  const parts = [...voices.named, ...voices.unnamed].map((entry) => ({
    name: entry.speaker.name as string | null,
    colour: schemeColour(entry.slot, scheme),
    words: wordsIn(entry.quotes),
  }));
  if (voices.unattributed.length)
    parts.push({ name: null, colour: schemeColour(null, scheme), words: wordsIn(voices.unattributed) });
  const total = parts.reduce((sum, part) => sum + part.words, 0);
  return parts.filter((part) => part.words > 0).map((part) => ({ ...part, share: part.words / total }));
}

export interface KindCount {
  kind: SpeakerKind;
  speakers: number;
  quotes: number;
}

/** How many speakers of each kind, and how many quotes they have: people, organisations, unnamed. */
export function countByKind(voices: Voices): KindCount[] {
  const kinds: SpeakerKind[] = ["person", "organisation", "unnamed"];
  const entries = [...voices.named, ...voices.unnamed];
  return kinds.map((kind) => {
    const ofKind = entries.filter((entry) => entry.speaker.kind === kind);
    return {
      kind,
      speakers: ofKind.length,
      quotes: ofKind.reduce((sum, entry) => sum + entry.quotes.length, 0),
    };
  });
}
