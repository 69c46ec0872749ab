// The speech-verb lexicons are generated from lemma tables: check the inflections a reporter
// uses, and that the inverted French forms reach the attribution as verb + pronoun.
import { test } from "node:test";
import assert from "node:assert/strict";
import { english } from "../../src/engine/lang/en.ts";
import { french } from "../../src/engine/lang/fr.ts";
import { tokenize } from "../../src/engine/attribution/tokens.ts";
import { rulesFor, supportedLanguages } from "../../src/engine/lang/index.ts";

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

test("inverted French forms split into verb and subject pronoun", () => {
  const tokens = tokenize("« Non », estime-t-il, a-t-elle déclaré, dit-il, affirment-ils.", [], french);
  const words = tokens.filter((t) => t.kind === "word").map((t) => `${t.text}${t.inverted ? "*" : ""}`);
  assert.deepEqual(words, [
    "Non",
    "estime",
    "il*",
    "a",
    "elle*",
    "déclaré",
    "dit",
    "il*",
    "affirment",
    "ils*",
  ]);
});

test("elided articles and possessives are their own tokens", () => {
  assert.deepEqual(
    tokenize("l’armée d’Ukraine", [], french).map((t) => t.lower),
    ["l", "armée", "d", "ukraine"],
  );
  // A capital M’ or T’ starts a name, not an elision.
  assert.deepEqual(
    tokenize("M’hamed m’a dit", [], french).map((t) => t.text),
    ["M’hamed", "m’", "a", "dit"],
  );
  assert.deepEqual(
    tokenize("NPR's Debbie", [], english).map((t) => t.text),
    ["NPR", "'s", "Debbie"],
  );
});

test("abbreviations keep their dot and do not end the sentence", () => {
  const tokens = tokenize("Mr. Dejesus met Sen. Ben Sasse and J. Smith. Then he left.", [], english);
  assert.deepEqual(
    tokens.filter((t) => t.text.endsWith(".") && t.kind === "word").map((t) => t.text),
    ["Mr.", "Sen.", "J."],
  );
  assert.equal(tokens.at(-2)!.sentence, 1);
});

test("a dateline opening the block is a sentence of its own", () => {
  const tokens = tokenize("LYON, France (AP) -- Mayor Ana Costa said the bridge would reopen.", [], english);
  const mayor = tokens.findIndex((t) => t.text === "Mayor");
  assert.equal(tokens[0]!.sentence, 0);
  assert.equal(tokens[mayor]!.sentence, 1);
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
