// One page's HTML → the JSON the CLI prints: quotes with their speaker's name, and the speakers.
import { parseHTML } from "linkedom";
import { extractQuotes } from "../engine/index.ts";
import { readArticle } from "../page/index.ts";
import type { QuoteResult, Speaker } from "../engine/types.ts";

export interface QuoteOutput {
  text: string;
  speaker: string | null;
  role: string | null;
  partial: boolean;
  cue: string | null;
}

/** A speaker as the engine gives it, without the id: `quotes` are indexes in `PageOutput.quotes`. */
export type SpeakerOutput = Omit<Speaker, "id">;

export interface PageOutput {
  lang: string;
  quotes: QuoteOutput[];
  speakers: SpeakerOutput[];
}

/** linkedom only builds a document around markup that has an <html> element. */
const HAS_HTML_ELEMENT = /<html[\s>]/i;

/** Parses with linkedom: no layout, no scripts, several times faster than jsdom. */
export function parsePage(html: string): Document {
  const markup = HAS_HTML_ELEMENT.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(markup).document as unknown as Document;
}

export function toOutput(result: QuoteResult): PageOutput {
  const quotes = result.quotes.map((q): QuoteOutput => {
    const speaker = q.speaker === null ? undefined : result.speakers[q.speaker];
    return {
      text: q.text,
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      partial: q.partial,
      cue: q.cue,
    };
  });
  const speakers = result.speakers.map(
    ({ name, aliases, role, kind, voice, quotes }): SpeakerOutput => ({
      name,
      aliases,
      role,
      kind,
      voice,
      quotes,
    }),
  );
  return { lang: result.lang, quotes, speakers };
}

/** Reads the article out of a page and finds its quotes. */
export function extractPage(html: string): PageOutput {
  return toOutput(extractQuotes(readArticle(parsePage(html)).article));
}
