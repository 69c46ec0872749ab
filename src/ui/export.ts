// Exports of a page's quotes: Markdown to paste into notes, JSON and CSV for analysis, and one
// quote with its citation. Pure, unit-tested in Node; the words around the data come from the
// caller so they follow the reader's language.
import type { PageReport } from "../messages.ts";
import type { Quote, Speaker } from "../engine/types.ts";
import { foldForSearch } from "./filter.ts";
import { inPageOrder, quoted, voicesOf } from "./report.ts";
import { sourcingOf, summaryLines, type Wording } from "./summary.ts";

/** Markdown would read `*`, `_`, `[`, `<`… in page text as formatting: escape them. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

/**
 * The page's quotes by speaker, under the summary of its sources when there are quotes enough
 * for figures (as in the side panel), in the wording of the interface language.
 */
export function toMarkdown(report: PageReport, words: Wording): string {
  const voices = voicesOf(report);
  const sourcing = sourcingOf(voices);
  const summary = sourcing.showFigures ? [...summaryLines(sourcing, words).map(escapeMarkdown), ""] : [];
  const section = (heading: string, quotes: Quote[]) => [
    `## ${escapeMarkdown(heading)}`,
    "",
    ...quotes.map((q) => `- ${escapeMarkdown(quoted(q.text, report.lang))}`),
    "",
  ];
  return [
    `# ${escapeMarkdown(report.title)}`,
    "",
    `<${report.url}>`,
    "",
    ...summary,
    ...[...voices.named, ...voices.unnamed].flatMap(({ speaker, quotes }) =>
      section(speaker.role ? `${speaker.name} — ${speaker.role}` : speaker.name, quotes),
    ),
    ...(voices.unattributed.length ? section(words.t("unattributedQuotes"), voices.unattributed) : []),
  ].join("\n");
}

/** The page's speakers and its quotes in page order, each quote naming its speaker. */
export function toJSON(report: PageReport): string {
  const byId = new Map(report.speakers.map((speaker) => [speaker.id, speaker]));
  const data = {
    title: report.title,
    url: report.url,
    lang: report.lang,
    speakers: report.speakers.map(({ name, role, kind, voice, aliases, quotes }) => ({
      name,
      role,
      kind,
      voice,
      aliases,
      quotes: quotes.length,
    })),
    quotes: [...report.quotes].sort(inPageOrder).map((quote) => ({
      text: quote.text,
      speaker: quote.speaker === null ? null : (byId.get(quote.speaker)?.name ?? null),
      partial: quote.partial,
      cue: quote.cue,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * One CSV field (RFC 4180), always between double quotes: a spreadsheet in a locale whose list
 * separator is `;` (French, German, Spanish, Italian, Portuguese, Dutch) still sees every `;` of
 * page text inside quotes, so `Bridge news;=2+5` stays one cell instead of splitting off `=2+5`.
 * A field a spreadsheet would take for a formula (=, +, -, @, tab or carriage return first) gets
 * a leading apostrophe, as OWASP recommends: the text comes from web pages, which may be hostile.
 */
export function csvField(value: string | boolean | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCSV(report: PageReport): string {
  const byId = new Map(report.speakers.map((speaker) => [speaker.id, speaker]));
  const header = ["speaker", "role", "kind", "voice", "quote", "partial", "page_title", "url"];
  const rows = [...report.quotes].sort(inPageOrder).map((quote) => {
    const speaker: Speaker | undefined = quote.speaker === null ? undefined : byId.get(quote.speaker);
    return [
      speaker?.name ?? null,
      speaker?.role ?? null,
      speaker?.kind ?? null,
      speaker?.voice ?? null,
      quote.text,
      quote.partial,
      report.title,
      report.url,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** “…” — Jake Sullivan, national security adviser, Page title, https://… */
export function citation(report: PageReport, quote: Quote): string {
  const speaker = report.speakers.find((s) => s.id === quote.speaker);
  const source = [speaker?.name, speaker?.role, report.title, report.url].filter((part) => part);
  return `${quoted(quote.text, report.lang)} — ${source.join(", ")}`;
}

/** A file name for downloads: the page title in plain letters, then the extension. */
export function exportFileName(report: PageReport, extension: "json" | "csv"): string {
  const stem = foldForSearch(report.title)
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .slice(0, 60)
    .replace(/^-|-$/g, "");
  return `quotes-${stem || "page"}.${extension}`;
}
