import { test } from "node:test";
import assert from "node:assert/strict";
import type { PageReport } from "../../src/messages.ts";
import type { Quote, Speaker, VoiceKind } from "../../src/engine/types.ts";
import { citation, csvField, exportFileName, toCSV, toJSON, toMarkdown } from "../../src/ui/export.ts";
import { filterVoices, foldForSearch, quoteCountOf } from "../../src/ui/filter.ts";
import { quoted, voicesOf } from "../../src/ui/report.ts";
import { countByKind, wordCount, wordShares } from "../../src/ui/summary.ts";

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
    speaker(1, "Jake Sullivan", "person", [0, 2], "national security adviser"),
    speaker(2, "European Commission", "organisation", [1]),
    speaker(3, "a senior diplomat", "unnamed", [4]),
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

test("countByKind counts speakers and quotes of each kind", () => {
  assert.deepEqual(countByKind(voicesOf(report)), [
    { kind: "person", speakers: 1, quotes: 2 },
    { kind: "organisation", speakers: 1, quotes: 1 },
    { kind: "unnamed", speakers: 1, quotes: 1 },
  ]);
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
  const markdown = toMarkdown(report, "No known speaker");
  assert.match(markdown, /^# Talks resume in Geneva\n\n<https:\/\/news\.example\.org\/geneva>\n/);
  assert.match(
    markdown,
    /## Jake Sullivan — national security adviser\n\n- “We will not accept a deal that leaves allies exposed,”\n- “Nobody wants \\\*sanctions\\\*”\n/,
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
    aliases: [],
    quotes: 2,
  });
});

test("CSV quotes fields that need it and defuses spreadsheet formulas", () => {
  const rows = toCSV(report).split("\r\n");
  assert.equal(rows[0], "speaker,role,kind,quote,partial,page_title,url");
  assert.equal(
    rows[1],
    'Jake Sullivan,national security adviser,person,"We will not accept a deal that leaves allies exposed,",false,Talks resume in Geneva,https://news.example.org/geneva',
  );
  assert.equal(
    rows[4],
    ',,,"\'=HYPERLINK(""http://evil"")",false,Talks resume in Geneva,https://news.example.org/geneva',
  );
  assert.equal(csvField("-1"), "'-1");
  assert.equal(csvField(null), "");
});

test("a citation names the speaker, their role, the page and its address", () => {
  assert.equal(
    citation(report, report.quotes[0]!),
    "“We will not accept a deal that leaves allies exposed,” — Jake Sullivan, national security adviser, Talks resume in Geneva, https://news.example.org/geneva",
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
