// The dev pages set aside to estimate accuracy on unseen pages (chosen by build/heldout.mjs with a
// fixed seed, listed in tests/corpus/heldout.json). `eval --split heldout` scores only those, and
// shows only their summary, so their errors are not read while tuning; `--split tune` scores the rest.
import heldOutList from "../../tests/corpus/heldout.json" with { type: "json" };

export type Split = "heldout" | "tune";

export const SPLITS: readonly Split[] = ["heldout", "tune"];

export const isSplit = (name: string): name is Split => (SPLITS as readonly string[]).includes(name);

const HELD_OUT: ReadonlySet<string> = new Set(heldOutList.heldOut);

export const isHeldOut = (id: string): boolean => HELD_OUT.has(id);

/** The page ids of `ids` that belong to the split; every id when no split is asked for. */
export function pagesOfSplit(ids: readonly string[], split: Split | undefined): string[] {
  if (split === undefined) return [...ids];
  return ids.filter((id) => isHeldOut(id) === (split === "heldout"));
}
