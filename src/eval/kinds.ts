// Scoring of kinds of voice against hand-decided gold (tests/corpus/kinds/ID.json: gold speaker →
// kind). A gold speaker is found among the predicted ones by name, as the quote scorer judges
// speakers (its name or an accepted alternative from gold.json, normalised, without a leading
// article); its kind is right when the predicted speaker's `voice` equals the gold kind. A gold
// speaker the engine did not find, or found as "unknown", is wrong.
import type { SpeakerKind, VoiceKind } from "../engine/types.ts";
import { type GoldArticle, speakerKey } from "./score.ts";
import { isHeldOut } from "./split.ts";

export type GoldKinds = Record<string, VoiceKind>;

export interface PredictedSpeaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
  voice: VoiceKind;
}

export interface KindJudgement {
  article: string;
  speaker: string;
  gold: VoiceKind;
  /** The predicted speaker matched by name, or null when the engine did not find this one. */
  predicted: PredictedSpeaker | null;
  right: boolean;
}

export interface KindCounts {
  speakers: number;
  /** Gold speakers the engine found by name, and those of them whose kind is right. */
  found: number;
  right: number;
  /**
   * Of those found, the ones the article describes (a role, or a name that is a description), and those
   * right.
   */
  described: number;
  describedRight: number;
}

/** Every name gold.json accepts for each speaker: the name and its alternatives. */
function acceptedNames(gold: GoldArticle): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const quote of gold.quotes) {
    if (!quote.speaker) continue;
    const accepted = names.get(quote.speaker) ?? new Set([speakerKey(quote.speaker)]);
    for (const alternative of quote.speaker_alternatives ?? []) accepted.add(speakerKey(alternative));
    names.set(quote.speaker, accepted);
  }
  return names;
}

/** One article's gold speakers, each with the predicted speaker it matches and whether the kind is right. */
export function judgeKinds(
  article: string,
  gold: GoldArticle,
  kinds: GoldKinds,
  predicted: readonly PredictedSpeaker[],
): KindJudgement[] {
  const accepted = acceptedNames(gold);
  return Object.entries(kinds).map(([speaker, kind]) => {
    const names = accepted.get(speaker) ?? new Set([speakerKey(speaker)]);
    const match = predicted.find((p) => names.has(speakerKey(p.name))) ?? null;
    return { article, speaker, gold: kind, predicted: match, right: match?.voice === kind };
  });
}

/** Whether the engine gave the predicted speaker anything to decide its kind from. */
const isDescribed = (p: PredictedSpeaker | null) => p !== null && (p.role !== null || p.kind !== "person");

export function countKinds(judgements: readonly KindJudgement[]): KindCounts {
  const described = judgements.filter((j) => isDescribed(j.predicted));
  return {
    speakers: judgements.length,
    found: judgements.filter((j) => j.predicted).length,
    right: judgements.filter((j) => j.right).length,
    described: described.length,
    describedRight: described.filter((j) => j.right).length,
  };
}

const share = (n: number, of: number) => (of ? (n / of).toFixed(3) : "-");

/** The wrong ones, then a line per language, and last "all: kinds right X of all gold speakers, …". */
export function formatKinds(byLanguage: ReadonlyMap<string, readonly KindJudgement[]>): string {
  const lines: string[] = [];
  const all = [...byLanguage.values()].flat();
  // A held-out page's errors are never printed, as eval --split heldout keeps them: read while
  // fixing, the set-aside pages would stop measuring anything.
  const wrong = all.filter((j) => !j.right);
  const hidden = wrong.filter((j) => isHeldOut(j.article)).length;
  for (const j of wrong.filter((j) => !isHeldOut(j.article))) {
    const got = j.predicted
      ? `${j.predicted.voice} (${j.predicted.name}${j.predicted.role ? `, ${j.predicted.role}` : ""})`
      : "not found";
    lines.push(`${j.article}: ${j.speaker}: gold ${j.gold}, predicted ${got}`);
  }
  if (hidden > 0) lines.push(`(${hidden} errors on held-out pages, not shown)`);
  lines.push("", "lang speakers found described right right/speakers right/found right/described");
  const row = (lang: string, judgements: readonly KindJudgement[]) => {
    const c = countKinds(judgements);
    return [
      lang,
      c.speakers,
      c.found,
      c.described,
      c.right,
      share(c.right, c.speakers),
      share(c.right, c.found),
      share(c.describedRight, c.described),
    ].join(" ");
  };
  for (const [lang, judgements] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b)))
    lines.push(row(lang, judgements));
  const total = countKinds(all);
  lines.push(
    row("all", all),
    "",
    `all: kinds right ${share(total.right, total.speakers)} of all gold speakers, ` +
      `${share(total.right, total.found)} of those found, ` +
      `${share(total.describedRight, total.described)} of those the article describes`,
  );
  return lines.join("\n");
}
