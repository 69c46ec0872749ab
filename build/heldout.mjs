// Chooses the dev pages set aside to estimate accuracy on unseen pages: about a third of each
// language's pages, by a seeded shuffle, so the choice is fixed and anyone can redo it.
// `node build/heldout.mjs ../shared/corpus/dev > tests/corpus/heldout.json`
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SEED = 20261203;
const dir = process.argv[2] ?? "../shared/corpus/dev";

/** mulberry32: a small seeded generator, enough for a reproducible shuffle. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const next = random(SEED);
const byLang = new Map();
for (const id of readdirSync(dir).sort()) {
  const { lang } = JSON.parse(readFileSync(join(dir, id, "gold.json"), "utf8"));
  byLang.set(lang, [...(byLang.get(lang) ?? []), id]);
}
const heldOut = [];
for (const [, ids] of [...byLang].sort(([a], [b]) => a.localeCompare(b))) {
  const shuffled = ids
    .map((id) => [next(), id])
    .sort(([a], [b]) => a - b)
    .map(([, id]) => id);
  heldOut.push(...shuffled.slice(0, Math.round(ids.length / 3)));
}
console.log(JSON.stringify({ seed: SEED, heldOut: heldOut.sort() }, null, 2));
