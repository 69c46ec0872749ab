// The given names that tell a person's gender (src/engine/lang/givenNames.ts, words/givenNames.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { GIVEN_NAMES, givenNameGender } from "../../src/engine/lang/givenNames.ts";

test("a first name tells the gender of the full name it opens", () => {
  assert.equal(givenNameGender("Ferran Soler"), "m");
  assert.equal(givenNameGender("Cristina Dorador"), "f");
  assert.equal(givenNameGender("Núria Puig i Soler"), "f");
});

test("a compound given name tells the gender of its first part, where its parts differ", () => {
  assert.equal(givenNameGender("Marie-Claude Favre"), "f");
  assert.equal(givenNameGender("Marie-José Roux"), "f");
  assert.equal(givenNameGender("Pierre-Marie Lenoir"), "m");
  assert.equal(givenNameGender("Anne-Sophie Marty"), "f");
  // `Jean` is a woman's name in English too: the lists hold it for neither.
  assert.equal(givenNameGender("Jean-Marie Colin"), undefined);
});

test("a name the lists do not hold, or hold for neither gender, tells nothing", () => {
  assert.equal(givenNameGender("Andrea Conti"), undefined);
  assert.equal(givenNameGender("Soler"), undefined);
});

test("no name is listed for both genders", () => {
  const both = [...GIVEN_NAMES.men].filter((name) => GIVEN_NAMES.women.has(name));
  assert.deepEqual(both, []);
});

test("the tabled names add given names of both genders the hand-picked lists lack", () => {
  for (const name of ["Laureano Díaz", "Ramiro Soto", "Mikhail Orlov", "Kofi Mensah"])
    assert.equal(givenNameGender(name), "m", name);
  for (const name of ["Heidrun Vogt", "Annegret Wöhrle", "Ainara Quispe", "Maëlle Guérin", "Marlene Hobbs"])
    assert.equal(givenNameGender(name), "f", name);
});

test("the tabled names leave out words, places, surnames and names of both sexes", () => {
  const left = ["Will", "Mark", "Grant", "Rose", "Paris", "France", "Asia", "Libertad", "Segunda"];
  for (const word of [...left, "Rodriguez", "Clinton", "Kim", "Jordan", "Andrea", "Jean"])
    assert.equal(givenNameGender(word), undefined, word);
});

test("the committed tabled names are what the name tables give", () => {
  const run = spawnSync("node", ["--import", "tsx", "build/givenNames.mjs", "--check"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
});
