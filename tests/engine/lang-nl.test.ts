// Dutch rules, on sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dutch } from "../../src/engine/lang/nl.ts";
import { extract, quotesAndSpeakers } from "./lang.helpers.ts";

test(
  "weak verbs are conjugated by rule ('t kofschip, vowel " +
    "doubling, no ge- after be-/ver-), strong ones listed",
  () => {
    for (const form of [
      "verklaart",
      "verklaarde",
      "verklaard",
      "benadrukte",
      "benadrukt",
      "reageerde",
      "gereageerd",
      "beweert",
      "beloofde",
      "twitterde",
      "opgemerkt",
      "zei",
      "zeiden",
      "gezegd",
      "schreef",
    ]) {
      assert.ok(dutch.speechVerbs.has(form), form);
    }
    for (const form of ["verklarde", "geverklaard", "reagerde"])
      assert.ok(!dutch.speechVerbs.has(form), form);
  },
);

test("„…”, \"…\" and '…' marks; apostrophes in auto's and 's avonds are no marks", () => {
  const result = extract(
    "nl",
    "„We bouwen de school opnieuw op”, zei wethouder Sanne Visser.",
    "'s Avonds zei Visser: 'De auto's mogen hier niet meer parkeren.'",
  );
  assert.deepEqual(
    result.quotes.map((q) => q.text),
    ["We bouwen de school opnieuw op", "De auto's mogen hier niet meer parkeren."],
  );
});

test("inverted and plain order, verb second, the role from the title", () => {
  const result = extract(
    "nl",
    '"De dijk is veilig", zei dijkgraaf Henk Mulder dinsdag.',
    'Mulder verklaarde: "We blijven meten."',
    'Later zei Mulder: "Er is geen reden tot zorg."',
  );
  assert.deepEqual(
    result.quotes.map((q) => result.speakers[q.speaker!]!.name),
    ["Henk Mulder", "Henk Mulder", "Henk Mulder"],
  );
  assert.equal(result.speakers[0]!.role, "dijkgraaf");
});

test("volgens X and aldus X", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "nl",
      '"Deze school verdient beter", zei minister Jan de Wit van Onderwijs.',
      'Volgens De Wit is het gebouw "echt te klein".',
      '"We gaan uitbreiden", aldus De Wit.',
    ),
    [
      ["Deze school verdient beter", "Jan de Wit"],
      ["echt te klein", "Jan de Wit"],
      ["We gaan uitbreiden", "Jan de Wit"],
    ],
  );
});

test("honorifics meneer and mevrouw are stripped; hij and zij find the last speaker of their gender", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "nl",
      '"Het plan is te duur", zei meneer Kees Bos.',
      '"Het is elke euro waard", antwoordde mevrouw Eva Smit.',
      '"Dat betwijfel ik", zei hij. "Wacht maar af", voegde zij eraan toe.',
    ),
    [
      ["Het plan is te duur", "Kees Bos"],
      ["Het is elke euro waard", "Eva Smit"],
      ["Dat betwijfel ik", "Kees Bos"],
      ["Wacht maar af", "Eva Smit"],
    ],
  );
});

test(
  "a quoted predicate at the end of a subordinate " + "clause is a quote, though a noun stands before it",
  () => {
    assert.deepEqual(
      quotesAndSpeakers("nl", 'Wethouder Tim Bakker zei dat het plan "volkomen haalbaar" is.'),
      [["volkomen haalbaar", "Tim Bakker"]],
    );
  },
);

test("an everyday word capitalised in a title is no name (from the dictionary)", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "nl",
      "Sanne Jacobs schreef het boek Eerlijk gezegd.",
      "Het verscheen vorig jaar in Eerlijk gezegd. “Ik schrijf wat ik zelf meemaakte”, zegt ze.",
    ),
    [["Ik schrijf wat ik zelf meemaakte", "Sanne Jacobs"]],
  );
});
