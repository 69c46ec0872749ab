// The engine's plain data types. Everything here is JSON-serialisable so that the
// content script can hand results to the background and the CLI can print them as is.

/** What a block of article text is; attribution rules differ by kind (headlines quote without verbs). */
export type BlockKind =
  | "headline"
  | "standfirst"
  | "paragraph"
  | "listItem"
  | "blockquote"
  | "caption"
  | "intertitle";

export interface TextBlock {
  kind: BlockKind;
  /** The block's text as the reader sees it (whitespace collapsed by the page adapter). */
  text: string;
  /** BCP 47 language of this block when the page marks it (`lang` attribute), else undefined. */
  lang?: string;
}

/** The article as the engine sees it: ordered text blocks and what the page says of its language. */
export interface Article {
  blocks: TextBlock[];
  /** Language declared by the page (`<html lang>`, `og:locale`, …), if any. */
  lang?: string;
  title?: string;
}

/** Half-open character range [start, end) within one block's `text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Quote {
  /** Index in `QuoteResult.quotes`; stable for one extraction. */
  id: number;
  /** Index of the block in `Article.blocks`. */
  block: number;
  /** The quoted words without the marks. */
  text: string;
  /** Where the quoted words stand in the block, without the spaces French sets inside « ». */
  inner: Span;
  /** The opening mark, and the closing mark (null when the quote runs on into the next paragraph). */
  open: Span;
  close: Span | null;
  /** Id of the speaker in `QuoteResult.speakers`, or null when no reader could tell. */
  speaker: number | null;
  /** The speech cue that attributes it ("a déclaré", "said", "according to"), or null. */
  cue: string | null;
  /** True when the quote is a fragment inside the reporter's own sentence. */
  partial: boolean;
}

export type SpeakerKind = "person" | "organisation" | "unnamed";

/**
 * What kind of voice a speaker is, from the role the article gives (src/engine/voiceKinds.ts):
 * officials and politicians, institutions and companies, experts and researchers, people
 * affected or witnesses, journalists and media, documents and statements, or unknown when the
 * article gives nothing that decides it.
 */
export type VoiceKind = "official" | "institution" | "expert" | "affected" | "media" | "document" | "unknown";

/** The voice kinds a word can decide; "unknown" is what is left when none does. */
export type DecidedVoiceKind = Exclude<VoiceKind, "unknown">;

export interface Speaker {
  id: number;
  /** Canonical name: the fullest form the article gives, without titles or roles. */
  name: string;
  /** Other forms seen in the article ("Sullivan", "M. Sullivan"), excluding `name`. */
  aliases: string[];
  /** Role or description as the article gives it ("porte-parole du Kremlin"), or null. */
  role: string | null;
  kind: SpeakerKind;
  /** What kind of voice the role (or, for an organisation or unnamed source, the name) shows. */
  voice: VoiceKind;
  /** Ids of this speaker's quotes, in page order. */
  quotes: number[];
}

export interface QuoteResult {
  /** Language the rules were chosen for (ISO 639-1: "en", "fr", …). */
  lang: string;
  quotes: Quote[];
  speakers: Speaker[];
}
