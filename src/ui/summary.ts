// The side panel's summary: whose words the article is built on. Pure, unit-tested in Node.
import type { Quote, SpeakerKind, VoiceKind } from "../engine/types.ts";
import { schemeColour, type ColourScheme } from "../palette.ts";
import { VOICE_KINDS } from "../engine/voiceKinds.ts";
import type { MessageKey, PluralBase } from "./i18n.ts";
import { inPageOrder, type SpeakerEntry, type Voices } from "./report.ts";

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

/** Below this many attributed quotes the panel shows the list only: too few for figures to mean much. */
export const MIN_QUOTES_FOR_FIGURES = 3;

/** Named people, organisations and documents (the engine's "organisation"), unnamed sources. */
export type Naming = "named" | "organisation" | "unnamed";

const NAMING: Record<SpeakerKind, Naming> = {
  person: "named",
  organisation: "organisation",
  unnamed: "unnamed",
};

export interface NamingGroup {
  naming: Naming;
  speakers: SpeakerEntry[];
  quotes: number;
  /** Share of all quoted words, 0–1 (quotes with no known speaker count in the whole). */
  share: number;
}

export interface VoiceGroup {
  voice: VoiceKind;
  speakers: SpeakerEntry[];
}

/** Whose words the article is built on: the figures of the side panel's summary. */
export interface Sourcing {
  /** Quotes with a known speaker, and how many speakers they come from. */
  quotes: number;
  sources: number;
  /** Only with MIN_QUOTES_FOR_FIGURES attributed quotes or more; otherwise the panel shows the list only. */
  showFigures: boolean;
  /** Named people, organisations and documents, unnamed sources; empty groups left out. */
  naming: NamingGroup[];
  /** Every speaker by kind of voice, in VOICE_KINDS order; empty kinds left out. */
  voices: VoiceGroup[];
  /** The speaker with the most quoted words, and their share of all quoted words. */
  mostQuoted: { name: string; share: number } | null;
  /** Who speaks in the first and the last attributed quote of the page. */
  first: string | null;
  last: string | null;
}

const allWords = (voices: Voices) =>
  wordsIn([...voices.named, ...voices.unnamed].flatMap((entry) => entry.quotes)) +
  wordsIn(voices.unattributed);

/** The summary's figures for a page's voices. */
export function sourcingOf(voices: Voices): Sourcing {
  const entries = [...voices.named, ...voices.unnamed];
  const total = allWords(voices);
  const shareOf = (group: readonly SpeakerEntry[]) =>
    total ? wordsIn(group.flatMap((entry) => entry.quotes)) / total : 0;
  const quotes = entries.reduce((sum, entry) => sum + entry.quotes.length, 0);
  const naming = (["named", "organisation", "unnamed"] as const)
    .map((kind) => {
      const speakers = entries.filter((entry) => NAMING[entry.speaker.kind] === kind);
      const quoteCount = speakers.reduce((sum, entry) => sum + entry.quotes.length, 0);
      return { naming: kind, speakers, quotes: quoteCount, share: shareOf(speakers) };
    })
    .filter((group) => group.speakers.length > 0);
  const voiceGroups = VOICE_KINDS.map((voice) => ({
    voice,
    speakers: entries.filter((entry) => entry.speaker.voice === voice),
  })).filter((group) => group.speakers.length > 0);
  const inOrder = entries
    .flatMap((entry) => entry.quotes.map((quote) => ({ quote, name: entry.speaker.name })))
    .sort((a, b) => inPageOrder(a.quote, b.quote));
  return {
    quotes,
    sources: entries.length,
    showFigures: quotes >= MIN_QUOTES_FOR_FIGURES,
    naming,
    voices: voiceGroups,
    mostQuoted: mostQuotedOf(entries, total),
    first: inOrder[0]?.name ?? null,
    last: inOrder.at(-1)?.name ?? null,
  };
}

/** The speaker with the most quoted words (the first in the list on a tie). */
function mostQuotedOf(entries: readonly SpeakerEntry[], total: number): Sourcing["mostQuoted"] {
  let best: { name: string; words: number } | null = null;
  for (const entry of entries) {
    const words = wordsIn(entry.quotes);
    if (words > (best?.words ?? 0)) best = { name: entry.speaker.name, words };
  }
  return best && total ? { name: best.name, share: best.words / total } : null;
}

/** What the summary sentence needs from the interface language (src/ui/i18n.ts, or a test's catalogue). */
export interface Wording {
  t(key: MessageKey, ...substitutions: string[]): string;
  count(base: PluralBase, n: number): string;
  percent(share: number): string;
  list(items: readonly string[]): string;
}

/** The plural message counting the sources of each kind of voice in the sentence ("3 officials"). */
export const voiceCount: Record<VoiceKind, PluralBase> = {
  official: "voiceOfficialCount",
  institution: "voiceInstitutionCount",
  expert: "voiceExpertCount",
  affected: "voiceAffectedCount",
  media: "voiceMediaCount",
  document: "voiceDocumentCount",
  unknown: "voiceUnknownCount",
};

/**
 * One sentence: "7 quotes from 5 sources: 3 officials, 1 institution and 2 unnamed; the most
 * quoted, Jake Sullivan, has 48% of the quoted words." Named sources are counted by kind of
 * voice, unnamed ones together (their kind is in the list below the sentence).
 */
export function summarySentence(sourcing: Sourcing, words: Wording): string {
  const named = sourcing.voices.flatMap((group) => {
    const n = group.speakers.filter((entry) => entry.speaker.kind !== "unnamed").length;
    return n ? [words.count(voiceCount[group.voice], n)] : [];
  });
  const unnamed = sourcing.naming.find((group) => group.naming === "unnamed")?.speakers.length ?? 0;
  const parts = unnamed ? [...named, words.count("unnamedSourceCount", unnamed)] : named;
  const opening = words.t(
    "summaryOpening",
    words.count("quoteCount", sourcing.quotes),
    words.count("sourceCount", sourcing.sources),
    words.list(parts),
  );
  if (!sourcing.mostQuoted) return words.t("summaryEnd", opening);
  return words.t(
    "summaryMostQuoted",
    opening,
    sourcing.mostQuoted.name,
    words.percent(sourcing.mostQuoted.share),
  );
}

export const namingLabel: Record<Naming, MessageKey> = {
  named: "namingNamed",
  organisation: "namingOrganisation",
  unnamed: "namingUnnamed",
};

export const voiceLabel: Record<VoiceKind, MessageKey> = {
  official: "voiceOfficial",
  institution: "voiceInstitution",
  expert: "voiceExpert",
  affected: "voiceAffected",
  media: "voiceMedia",
  document: "voiceDocument",
  unknown: "voiceUnknown",
};

/** "4 quotes, 52% of the quoted words". */
export const namingFigures = (group: NamingGroup, words: Wording): string =>
  words.t("namingFigures", words.count("quoteCount", group.quotes), words.percent(group.share));

/** The summary as plain lines (the Markdown export): the sentence, then one "label: value" line each. */
export function summaryLines(sourcing: Sourcing, words: Wording): string[] {
  const row = (label: MessageKey, value: string) => `- ${words.t("labelColon", words.t(label))} ${value}`;
  const names = (entries: readonly SpeakerEntry[]) => entries.map((entry) => entry.speaker.name);
  return [
    summarySentence(sourcing, words),
    "",
    ...sourcing.naming.map((group) =>
      row(
        namingLabel[group.naming],
        group.naming === "unnamed"
          ? `${namingFigures(group, words)} (${names(group.speakers).join("; ")})`
          : namingFigures(group, words),
      ),
    ),
    ...sourcing.voices.map((group) => row(voiceLabel[group.voice], words.list(names(group.speakers)))),
    row("quotedFirst", sourcing.first ?? ""),
    row("quotedLast", sourcing.last ?? ""),
  ];
}
