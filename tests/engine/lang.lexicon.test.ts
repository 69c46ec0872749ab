// The speech-verb lexicons are generated from lemma tables: check the inflections a reporter
// uses. (How the text model splits inverted French forms: text.test.ts.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { english } from "../../src/engine/lang/en.ts";
import { french } from "../../src/engine/lang/fr.ts";
import { rulesFor, supportedLanguages } from "../../src/engine/lang/index.ts";
import { CompoundMap, CompoundSet, wordSet, yearsOfAgeNoun } from "../../src/engine/lang/lexicon.ts";
import { german } from "../../src/engine/lang/de.ts";

const has = (set: ReadonlySet<string>, forms: string) => forms.split(" ").filter((f) => !set.has(f));

test("English speech verbs: -s, -ed, -ing, doubled consonants, irregular forms", () => {
  assert.deepEqual(
    has(
      english.speechVerbs,
      "says said saying told tells wrote written adds added adding admits " +
        "admitted denies denied replies replied argues argued quipped insisted",
    ),
    [],
  );
  assert.ok(english.speechVerbs.size > 300, `only ${english.speechVerbs.size} forms`);
  assert.ok(english.speechGerunds.has("saying") && !english.speechGerunds.has("said"));
  // Bare forms that are mostly nouns ("a report", "his call") are left out; their verb forms stay.
  assert.ok(!english.speechVerbs.has("report") && english.speechVerbs.has("reported"));
});

test("French speech verbs in every tense of reported speech", () => {
  const estimer =
    "estime estiment estimait estimaient estima estimèrent estimera " +
    "estimeront estimerait estimeraient estimé estimée estimant";
  assert.deepEqual(has(french.speechVerbs, estimer), []);
  // Spelling changes: ç and ge before a and o, è and doubled l before a mute e.
  assert.deepEqual(
    has(french.speechVerbs, "lança lançait interrogeait rappelle rappellera répète martèle considère"),
    [],
  );
  assert.deepEqual(
    has(
      french.speechVerbs,
      "dit disait dira dirait écrit prévient reconnaît admet soutient répond conclut avertit avertissait",
    ),
    [],
  );
  assert.ok(french.speechVerbs.size > 1000, `only ${french.speechVerbs.size} forms`);
  assert.ok(french.speechGerunds.has("affirmant"));
});

test("French role nouns tell a gender only where the other gender has a form of its own", () => {
  const genders = (nouns: string) => nouns.split(" ").map((n) => [n, french.personNouns.get(n) ?? null]);
  assert.deepEqual(genders("directeur sénateur préfet"), [
    ["directeur", "m"],
    ["sénateur", "m"],
    ["préfet", "m"],
  ]);
  assert.deepEqual(genders("directrice sénatrice préfète"), [
    ["directrice", "f"],
    ["sénatrice", "f"],
    ["préfète", "f"],
  ]);
  // `la maire`, `le témoin` said of a woman, `la médecin`: the noun alone tells nothing.
  assert.deepEqual(genders("maire témoin médecin élève"), [
    ["maire", null],
    ["témoin", null],
    ["médecin", null],
    ["élève", null],
  ]);
  assert.ok(french.personNouns.has("maire"));
});

test(
  "every lexicon's quote-judgement words are alternations " +
    "that compile, and it has stop words to be detected by",
  () => {
    for (const rules of supportedLanguages.map(rulesFor)) {
      for (const [field, pattern] of Object.entries(rules.notQuoteWords)) {
        assert.doesNotThrow(() => new RegExp(`^(?:${pattern})$`, "iu"), `${rules.code}.${field}`);
        assert.ok(!/^\||\|$|\|\|/u.test(pattern), `${rules.code}.${field} has an empty alternative`);
      }
      assert.ok(rules.stopWords.length >= 10, `${rules.code} has too few stop words`);
    }
  },
);

test("compound lists find a listed noun at the end of a compound of any length, inflected or not", () => {
  const nouns = new CompoundSet(["amt", "chef", "ministerium", "=mann"]);
  assert.equal(nouns.head("ex-chef"), "chef");
  assert.equal(nouns.head("vizechefs"), "chef");
  assert.equal(nouns.head("schef"), undefined);
  assert.equal(nouns.head("ministerium"), "ministerium");
  assert.equal(nouns.head("bundesinnenministeriums"), "ministerium");
  assert.equal(nouns.head("landesverteidigungsministerium"), "ministerium");
  assert.equal(nouns.head("innen-ministerium"), "ministerium");
  assert.equal(nouns.head("mann"), "=mann");
  // Too short a head ("amt" under MIN_HEAD letters), a noun listed for itself only, no listed end.
  assert.equal(nouns.head("bundesamt"), undefined);
  assert.equal(nouns.has("hoffmann"), false);
  assert.equal(nouns.has("ministeriumsgebäude"), false);
  // A short head marked "+" heads its compounds; "!" marks the words that only end like it.
  const offices = new CompoundSet(["+amt", "!gesamt", "!beamt"]);
  assert.equal(offices.head("schifffahrtsamt"), "amt");
  assert.equal(offices.head("wasserstraßenamtes"), "amt");
  assert.equal(offices.head("amt"), "amt");
  assert.equal(offices.head("insgesamt"), undefined);
  assert.equal(offices.head("gesamten"), undefined);
  assert.equal(offices.head("zollbeamten"), undefined);
  assert.equal(offices.has("gesamt"), false);
  const genders = new CompoundMap([["sprecherin", "f"]]);
  assert.equal(genders.get("regierungssprecherinnen"), "f");
  assert.equal(genders.has("sprecherinnenkreis"), false);
});

test("a noun of age allows the ages its number or its decade names, a retiree's past working age", () => {
  assert.deepEqual(yearsOfAgeNoun("sexagénaire", french), [60, 69]);
  assert.deepEqual(yearsOfAgeNoun("octogénaires", french), [80, 89]);
  assert.deepEqual(yearsOfAgeNoun("centenaire", french), [100, 119]);
  assert.deepEqual(yearsOfAgeNoun("63-year-old", english), [63, 63]);
  assert.deepEqual(yearsOfAgeNoun("63-jährige", german), [63, 63]);
  // Spelt out, the age tells no number to compare.
  assert.equal(yearsOfAgeNoun("neunjährige", german), undefined);
  assert.equal(yearsOfAgeNoun("sexagénairement", french), undefined);
  assert.equal(yearsOfAgeNoun("infirmière", french), undefined);
  // `la retraitée` is not the neighbour given 45 years.
  assert.deepEqual(yearsOfAgeNoun("retraitée", french), [50, 119]);
  assert.deepEqual(yearsOfAgeNoun("rentnerin", german), [50, 119]);
});

test("a lexicon's alternation as a set: its words, and none for an empty list (English has none)", () => {
  assert.deepEqual([...wordSet("au|aux|du|des")], ["au", "aux", "du", "des"]);
  assert.equal(english.notQuoteWords.articlePrepositions, "");
  const none = wordSet(english.notQuoteWords.articlePrepositions);
  assert.equal(none.size, 0);
  // A mention opening its paragraph has no word before it, which callers ask as "".
  assert.equal(none.has(""), false);
});
