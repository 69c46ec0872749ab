// Filtering the side panel: by speaker, and by words in the quotes. Pure, unit-tested in Node.
import type { Quote } from "../engine/types.ts";
import type { Voices } from "./report.ts";

/** Which voice to show: every one, one speaker by id, or the quotes with no known speaker. */
export type VoiceFilter = "all" | "unattributed" | number;

/** Lower case without accents, so "emmanuel" finds "Emmanuel" and "deja" finds "déjà". */
export const foldForSearch = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/** The voices and quotes that pass the filters; voices left without quotes are dropped. */
export function filterVoices(voices: Voices, voice: VoiceFilter, query: string): Voices {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const matches = (quote: Quote) => {
    const text = foldForSearch(quote.text);
    return words.every((word) => text.includes(word));
  };
  const keep = <T extends { speaker: { id: number }; quotes: Quote[] }>(entries: T[]) =>
    entries
      .filter((entry) => voice === "all" || entry.speaker.id === voice)
      .map((entry) => ({ ...entry, quotes: entry.quotes.filter(matches) }))
      .filter((entry) => entry.quotes.length > 0);
  return {
    named: keep(voices.named),
    unnamed: keep(voices.unnamed),
    unattributed: voice === "all" || voice === "unattributed" ? voices.unattributed.filter(matches) : [],
  };
}

export const quoteCountOf = (voices: Voices): number =>
  [...voices.named, ...voices.unnamed].reduce((sum, entry) => sum + entry.quotes.length, 0) +
  voices.unattributed.length;
