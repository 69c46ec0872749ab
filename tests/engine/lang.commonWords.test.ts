// The word sets reduced from word lists on npm (build/commonWords.mjs → src/engine/lang/words/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  decodeWords,
  encodeWords,
  findsWord,
  isCommonWord,
  isCompoundNoun,
  isDoerNoun,
  isKnownName,
  type WordShapes,
} from "../../src/engine/lang/commonWords.ts";

test("front-coded words decode to the same set", () => {
  const words = ["kamera", "kameras", "kam", "video", "straße", "ĳs", "zug"];
  const encoded = encodeWords(words);
  // "kameras" after "kamera" costs its digit and one letter.
  assert.ok(encoded.includes("6s"), encoded);
  assert.deepEqual([...decodeWords(encoded)].sort(), [...words].sort());
  assert.deepEqual([...decodeWords("")], []);
});

test("a word is found as stored, as a stem with an ending, or as a compound of stored words", () => {
  const shapes: WordShapes = { endings: ["en", "s"], linkers: ["s"] };
  const stems = new Set(["video", "kamera", "polizei", "sprecher", "arbeit", "amt"]);
  assert.ok(findsWord(stems, "kamera", shapes));
  assert.ok(findsWord(stems, "kameras", shapes));
  assert.ok(findsWord(stems, "videokameras", shapes));
  assert.ok(findsWord(stems, "polizeisprecher", shapes));
  // "Arbeits|amt": a linking s, and a last part too short to count ("amt" has 3 letters).
  assert.ok(!findsWord(stems, "arbeitsamt", shapes));
  assert.ok(findsWord(new Set([...stems, "ämter"]), "arbeitsämter", shapes));
  assert.ok(!findsWord(stems, "relotius", shapes));
  // Without linkers, the language's compounds are not split.
  assert.ok(!findsWord(stems, "videokameras", { endings: ["s"] }));
});

test("German: capitalised common nouns, inflected and compound, are common words; names are not", () => {
  for (const word of [
    "Videokameras",
    "Migranten",
    "Polizeisprecher",
    "Bundesregierung",
    "Regierungen",
    "Meinung",
    // A hyphenated compound by its last part; a feminine by its masculine (Meteorologe).
    "Lkw-Fahrer",
    "Meteorologin",
    "Meteorologinnen",
  ])
    assert.ok(isCommonWord("de", word), word);
  for (const name of ["Relotius", "Scholz", "Habeck", "Claas", "Wegner", "Martin", "Kramp-Karrenbauer"])
    assert.ok(!isCommonWord("de", name), name);
});

test(
  "German: surnames and first names that are also " + "words are common words the dictionaries list as names",
  () => {
    for (const name of ["Weber", "Fischer", "Koch", "Rose", "Schmidt-Weber"]) {
      assert.ok(isCommonWord("de", name), name);
      assert.ok(isKnownName("de", name), name);
    }
    // Adjectives, capitalised, belong to names ("Deutsche Post"): German keeps its nouns only.
    assert.ok(!isCommonWord("de", "Deutschen"));
    assert.ok(!isKnownName("de", "Videokameras"));
    assert.ok(!isKnownName("de", "Migranten"));
  },
);

test("German: compounds the word sets lack are nouns by their parts; names are not", () => {
  // A stored last part after an unknown first part; a stored first part before a doer's noun.
  for (const word of ["Agrarökonomin", "Tropenmediziner", "Lawinenwarner", "Hangrutschwarnerin"])
    assert.ok(isCompoundNoun("de", word), word);
  // First names and surnames whose syllables look like words: too short a last part, or listed names.
  for (const name of ["Wolfgang", "Christopher", "Constantin", "Florentin", "Benedikt", "Relotius"])
    assert.ok(!isCompoundNoun("de", name), name);
  assert.ok(!isCompoundNoun("nl", "Lawinenwarner"));
});

test("German: -ator is the doer of a verb in -ieren, alone or closing a compound; not of any -ator", () => {
  for (const word of ["Koordinator", "Koordinatorin", "Fixator"]) assert.ok(isDoerNoun("de", word), word);
  for (const word of ["Pflegekoordinatorin", "Projektkoordinator"])
    assert.ok(isCompoundNoun("de", word), word);
  // No verb in -ieren stands behind them: `renieren` is no word.
  for (const word of ["Renator", "Renatorin"]) assert.ok(!isDoerNoun("de", word), word);
});

test("Dutch: everyday words are common words (with the dictionary's ĳ read as ij), names are not", () => {
  assert.ok(isCommonWord("nl", "Eerlijk"));
  assert.ok(!isKnownName("nl", "Eerlijk"));
  assert.ok(isCommonWord("nl", "vandaag"));
  assert.ok(!isCommonWord("nl", "Coens"));
});

test("a language without word sets answers false", () => {
  assert.equal(isCommonWord("fr", "pierre"), false);
  assert.equal(isKnownName("fr", "Pierre"), false);
});

test("the committed word sets are what the dictionaries and the lookup give", () => {
  const run = spawnSync("node", ["--import", "tsx", "build/commonWords.mjs", "--check"], {
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
});
