// The eval report as text: each article's misses, spurious quotes and wrong speakers, a table
// per language, and last the one-line summary that scripts and people look for. `formatSummary`
// is the table and that line alone, for pages whose errors must not be read (held-out pages).
import type { ArticleScore, CorpusScore, Summary } from "./score.ts";

function articleLines(a: ArticleScore): string[] {
  const c = a.counts;
  return [
    `${a.id} [${a.lang}] gold ${c.gold} pred ${c.pred} matched ${c.matched}` +
      ` speakers ${c.speakerRight}/${c.speakerGold}`,
    ...a.missed.map((q) => `   missed:   ${q}`),
    ...a.spurious.map((q) => `   spurious: ${q}`),
    ...a.wrongSpeakers.map((w) => `   speaker:  "${w.quote}" want ${w.want} got ${w.got}`),
  ];
}

const TABLE_HEADER =
  "lang  articles  gold  pred  precision  recall  F1     attribution  (lenient)  end-to-end F1";

function tableRow(lang: string, s: Summary): string {
  const fixed = (x: number, width: number): string => x.toFixed(3).padStart(width);
  return [
    lang.padEnd(5),
    String(s.articles).padStart(8),
    String(s.gold).padStart(5),
    String(s.pred).padStart(5),
    ` ${fixed(s.precision, 9)}`,
    ` ${fixed(s.recall, 6)}`,
    ` ${s.f1.toFixed(3)}`,
    ` ${fixed(s.attribution, 11)}`,
    ` ${fixed(s.attributionLenient, 9)}`,
    ` ${fixed(s.e2eF1, 13)}`,
  ].join(" ");
}

/** "all" last, languages alphabetically before it. */
const byLanguageThenAll = ([a]: [string, Summary], [b]: [string, Summary]): number =>
  Number(a === "all") - Number(b === "all") || a.localeCompare(b);

/** The table per language and the summary line, without any article's errors. */
export function formatSummary(score: CorpusScore): string {
  const all = score.summary.all;
  return [
    TABLE_HEADER,
    ...Object.entries(score.summary)
      .sort(byLanguageThenAll)
      .map(([lang, s]) => tableRow(lang, s)),
    `all: quote F1 ${all?.f1 ?? 0} attribution ${all?.attribution ?? 0} end-to-end F1 ${all?.e2eF1 ?? 0}`,
  ].join("\n");
}

/** Each article's errors, then the summary. */
export function formatReport(score: CorpusScore): string {
  return [...score.articles.flatMap(articleLines), "", formatSummary(score)].join("\n");
}
