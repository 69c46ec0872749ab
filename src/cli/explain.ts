// `explain FILE`: the article's entities (people, bodies, documents, described sources), then for
// each quote the attribution strategies that fired, the speaker each proposed with its score, and
// the one the resolver chose — the view to fix attribution errors by.
import { explainQuotes } from "../engine/index.ts";
import { readArticle } from "../page/index.ts";
import { parsePage } from "./extract.ts";

/** Quote texts longer than this are cut in the listing: the start is enough to find them. */
const QUOTE_SHOWN = 70;

const shorten = (text: string) => (text.length > QUOTE_SHOWN ? `${text.slice(0, QUOTE_SHOWN - 1)}…` : text);

/** The explanation of one page as plain text, one paragraph per quote. */
export function explainPage(html: string): string {
  const result = explainQuotes(readArticle(parsePage(html)).article);
  const count = result.quotes.length;
  const lines = [`lang ${result.lang}, ${count} ${count === 1 ? "quote" : "quotes"}`];
  // The article's entities first (mentions/entities.ts): who and what the candidates can be.
  lines.push(`${result.entities.length} entities (kind, mentions):`);
  for (const e of result.entities)
    lines.push(`  ${e.kind.padEnd(12)} ${String(e.mentions).padStart(3)}  ${e.name}`);
  for (const quote of result.quotes) {
    const speaker = quote.speaker === null ? "nobody" : result.speakers[quote.speaker]!.name;
    const { candidates, chosen } = result.explanations[quote.id]!;
    lines.push(
      "",
      `#${quote.id} block ${quote.block} “${shorten(quote.text)}”`,
      `  → ${speaker} (${chosen ?? "no strategy fired"})`,
    );
    for (const c of [...candidates].sort((a, b) => b.score - a.score)) {
      const cue = c.cue ? `  cue “${c.cue}”` : "";
      const mark = c.strategy === chosen ? "*" : " ";
      lines.push(`  ${mark} ${c.score.toFixed(2)} ${c.strategy.padEnd(19)} ${c.speaker ?? "nobody"}${cue}`);
      // A pronoun's referents, best first: why "she" is who it is ("never": the gender disagrees).
      for (const r of c.referents ?? []) {
        const score = Number.isFinite(r.score) ? r.score.toFixed(2) : "never";
        lines.push(`        ${score.padStart(6)} ${r.speaker}  (${r.features})`);
      }
    }
  }
  return lines.join("\n");
}
