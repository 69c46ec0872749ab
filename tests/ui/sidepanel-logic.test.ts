import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { PageReport } from "../../src/messages.ts";
import type { Quote, Speaker, VoiceKind } from "../../src/engine/types.ts";
import { citation, csvField, exportFileName, toCSV, toJSON, toMarkdown } from "../../src/ui/export.ts";
import { filterVoices, foldForSearch, quoteCountOf } from "../../src/ui/filter.ts";
import { quoted, voicesOf } from "../../src/ui/report.ts";
import { sourcingOf, summaryLines, summarySentence, wordCount, wordShares } from "../../src/ui/summary.ts";
import { catalogueWording, type MessageCatalogue } from "../../src/ui/messageFormat.ts";

const catalogue = (lang: string): MessageCatalogue =>
  JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), "utf8"));
const english = catalogueWording(catalogue("en"), "en");
const french = catalogueWording(catalogue("fr"), "fr");

const quote = (id: number, text: string, speaker: number | null, block = id): Quote => ({
  id,
  block,
  text,
  inner: { start: 1, end: 1 + text.length },
  open: { start: 0, end: 1 },
  close: { start: 1 + text.length, end: 2 + text.length },
  speaker,
  cue: null,
  partial: false,
});
const speaker = (
  id: number,
  name: string,
  kind: Speaker["kind"],
  quotes: number[],
  role: string | null = null,
  voice: VoiceKind = "unknown",
): Speaker => ({
  id,
  name,
  aliases: [],
  role,
  kind,
  voice,
  quotes,
});

const report: PageReport = {
  url: "https://news.example.org/geneva",
  title: "Talks resume in Geneva",
  status: "highlighted",
  lang: "en",
  quotes: [
    quote(0, "We will not accept a deal that leaves allies exposed,", 1),
    quote(1, "The door remains open.", 2),
    quote(2, "Nobody wants *sanctions*", 1),
    quote(3, '=HYPERLINK("http://evil")', null),
    quote(4, "The talks are going nowhere,", 3),
  ],
  speakers: [
    speaker(1, "Jake Sullivan", "person", [0, 2], "national security adviser", "official"),
    speaker(2, "European Commission", "organisation", [1], null, "institution"),
    speaker(3, "a senior diplomat", "unnamed", [4], null, "official"),
  ],
};

test("wordCount counts words, not marks, and keeps contractions whole", () => {
  assert.equal(wordCount("We won’t back down, ever."), 5);
  assert.equal(wordCount("— … !"), 0);
  assert.equal(wordCount("Aujourd'hui, l’État a 3 priorités"), 5);
});

test("wordShares gives each voice its share of the quoted words, adding up to one", () => {
  const shares = wordShares(voicesOf(report), "default");
  assert.deepEqual(
    shares.map((s) => [s.name, s.words]),
    [
      ["Jake Sullivan", 13],
      ["European Commission", 4],
      ["a senior diplomat", 5],
      [null, 3],
    ],
  );
  assert.ok(Math.abs(shares.reduce((sum, s) => sum + s.share, 0) - 1) < 1e-9);
});

test("sourcingOf: named, organisations and unnamed, kinds of voice, the most quoted, first and last", () => {
  const sourcing = sourcingOf(voicesOf(report));
  assert.equal(sourcing.quotes, 4);
  assert.equal(sourcing.sources, 3);
  assert.equal(sourcing.showFigures, true);
  // 25 quoted words in all, 3 of them with no known speaker.
  assert.deepEqual(
    sourcing.naming.map((g) => [g.naming, g.speakers.map((e) => e.speaker.name), g.quotes, g.share * 25]),
    [
      ["named", ["Jake Sullivan"], 2, 13],
      ["organisation", ["European Commission"], 1, 4],
      ["unnamed", ["a senior diplomat"], 1, 5],
    ],
  );
  assert.deepEqual(
    sourcing.voices.map((g) => [g.voice, g.speakers.map((e) => e.speaker.name)]),
    [
      ["official", ["Jake Sullivan", "a senior diplomat"]],
      ["institution", ["European Commission"]],
    ],
  );
  assert.deepEqual(sourcing.mostQuoted, { name: "Jake Sullivan", share: 13 / 25 });
  assert.equal(sourcing.first, "Jake Sullivan");
  assert.equal(sourcing.last, "a senior diplomat");
});

test("with fewer than three attributed quotes there are no figures, in the panel or the export", () => {
  const two: PageReport = { ...report, speakers: report.speakers.slice(0, 1) };
  assert.equal(sourcingOf(voicesOf(two)).quotes, 2);
  assert.equal(sourcingOf(voicesOf(two)).showFigures, false);
  assert.doesNotMatch(toMarkdown(two, english), /quoted words/);
});

test("the summary sentence in English and French, with each language's plurals and numbers", () => {
  const sourcing = sourcingOf(voicesOf(report));
  assert.equal(
    summarySentence(sourcing, english),
    "4 quotes from 3 sources: 1 official, 1 institution, and 1 unnamed; " +
      "the most quoted, Jake Sullivan, has 52% of the quoted words.",
  );
  assert.equal(
    summarySentence(sourcing, french),
    "4 citations de 3 sources\u00a0: 1 responsable public, 1 institution et 1 " +
      "anonyme\u00a0; la source la plus citée, Jake Sullivan, a 52\u00a0% des mots cités.",
  );
  // Many quotes from one expert: plurals, and thousands grouped the way each locale writes them.
  const many: PageReport = {
    ...report,
    quotes: Array.from({ length: 1234 }, (_, i) => quote(i, "Yes.", 1)),
    speakers: [speaker(1, "Ann Lee", "person", [...Array(1234).keys()], "economist", "expert")],
  };
  const manySourcing = sourcingOf(voicesOf(many));
  assert.match(
    summarySentence(manySourcing, english),
    /^1,234 quotes from 1 source: 1 expert; .* has 100% of/,
  );
  assert.match(
    summarySentence(manySourcing, french),
    /^1\u202f234 citations de 1 source\u00a0: 1 expert\u00a0; .* a 100\u00a0% des/,
  );
});

test("filterVoices keeps one speaker, or the quotes whose words match, ignoring case and accents", () => {
  const voices = voicesOf(report);
  const onlySullivan = filterVoices(voices, 1, "");
  assert.deepEqual(
    onlySullivan.named.map((v) => v.speaker.id),
    [1],
  );
  assert.deepEqual(onlySullivan.unattributed, []);
  assert.equal(quoteCountOf(onlySullivan), 2);
  const searched = filterVoices(voices, "all", "  DOOR open ");
  assert.deepEqual(
    [...searched.named, ...searched.unnamed].map((v) => v.quotes.map((q) => q.id)),
    [[1]],
  );
  assert.equal(quoteCountOf(filterVoices(voices, "unattributed", "")), 1);
  assert.equal(quoteCountOf(filterVoices(voices, "all", "")), report.quotes.length);
  assert.equal(foldForSearch("Déjà ÉTÉ"), "deja ete");
});

test("Markdown lists each voice with its quotes and escapes page text", () => {
  const markdown = toMarkdown(report, english);
  assert.match(
    markdown,
    /^# Talks resume in Geneva\n\n<https:\/\/news\.example\.org\/geneva>\n\n4 quotes from 3 sources: /,
  );
  assert.ok(
    markdown.includes(`${summaryLines(sourcingOf(voicesOf(report)), english).join("\n")}\n\n## Jake`),
  );
  assert.match(markdown, /\n- Unnamed sources: 1 quote, 20% of the quoted words \(a senior diplomat\)\n/);
  assert.match(markdown, /\n- Officials and politicians: Jake Sullivan and a senior diplomat\n/);
  assert.match(markdown, /\n- First quoted: Jake Sullivan\n- Last quoted: a senior diplomat\n/);
  assert.match(
    markdown,
    new RegExp(
      "## Jake Sullivan — national security adviser\\n\\n- “We will not accept a " +
        "deal that leaves allies exposed,”\\n- “Nobody wants \\\\\\*sanctions\\\\\\*”\\n",
    ),
  );
  assert.match(markdown, /## No known speaker\n\n- “=HYPERLINK\("http:\/\/evil"\)”/);
});

test("JSON names each quote's speaker, in page order", () => {
  const data = JSON.parse(toJSON(report));
  assert.deepEqual(
    data.quotes.map((q: { speaker: string | null }) => q.speaker),
    ["Jake Sullivan", "European Commission", "Jake Sullivan", null, "a senior diplomat"],
  );
  assert.deepEqual(data.speakers[0], {
    name: "Jake Sullivan",
    role: "national security adviser",
    kind: "person",
    voice: "official",
    aliases: [],
    quotes: 2,
  });
});

test("CSV quotes every field and defuses spreadsheet formulas", () => {
  const rows = toCSV(report).split("\r\n");
  assert.equal(rows[0], '"speaker","role","kind","voice","quote","partial","page_title","url"');
  assert.equal(
    rows[1],
    '"Jake Sullivan","national security adviser","person","official","We will not accept a deal that ' +
      'leaves allies exposed,","false","Talks resume in Geneva","https://news.example.org/geneva"',
  );
  assert.equal(
    rows[4],
    '"","","","","\'=HYPERLINK(""http://evil"")","false","Talks ' +
      'resume in Geneva","https://news.example.org/geneva"',
  );
  for (const start of ["=", "+", "-", "@", "\t", "\r"]) assert.equal(csvField(`${start}1`), `"'${start}1"`);
  assert.equal(csvField("Bridge news"), '"Bridge news"');
  assert.equal(csvField(null), '""');
});

/**
 * How a spreadsheet whose list separator is `;` reads a line: it splits at every `;` outside
 * double quotes (a quote mark anywhere switches quoting on or off) and unquotes each cell.
 */
function semicolonLocaleCells(line: string): string[] {
  const cells = [""];
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === ";" && !quoted) cells.push("");
    else cells[cells.length - 1] += char;
  }
  return cells;
}

test("CSV page text cannot start a formula in a spreadsheet that splits on semicolons", () => {
  const hostile: PageReport = { ...report, title: "Bridge news;=2+5", url: "https://x.example/;@SUM(1)" };
  const lines = toCSV(hostile).trimEnd().split("\r\n");
  const cells = lines.flatMap(semicolonLocaleCells);
  assert.ok(cells.length > 0);
  for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@]/, cell);
});

test("a citation names the speaker, their role, the page and its address", () => {
  assert.equal(
    citation(report, report.quotes[0]!),
    "“We will not accept a deal that leaves allies exposed,” — Jake Sullivan, national " +
      "security adviser, Talks resume in Geneva, https://news.example.org/geneva",
  );
  assert.equal(
    citation(report, report.quotes[3]!),
    '“=HYPERLINK("http://evil")” — Talks resume in Geneva, https://news.example.org/geneva',
  );
  assert.ok(
    citation({ ...report, lang: "fr" }, report.quotes[1]!).startsWith(
      "«\u00a0The door remains open.\u00a0» — European Commission, ",
    ),
  );
});

test("quoted uses French marks for French pages", () => {
  assert.equal(quoted("Oui", "fr-FR"), "«\u00a0Oui\u00a0»");
  assert.equal(quoted("Yes", null), "“Yes”");
});

test("export file names are plain", () => {
  assert.equal(
    exportFileName({ ...report, title: "Élysée : « Réforme » / 2025" }, "csv"),
    "quotes-elysee-reforme-2025.csv",
  );
  assert.equal(exportFileName({ ...report, title: "" }, "json"), "quotes-page.json");
});
