// The given names that tell a person's gender (src/engine/lang/givenNames.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { GIVEN_NAMES, givenNameGender } from "../../src/engine/lang/givenNames.ts";

test("a first name tells the gender of the full name it opens", () => {
  assert.equal(givenNameGender("Ferran Soler"), "m");
  assert.equal(givenNameGender("Cristina Dorador"), "f");
  assert.equal(givenNameGender("Núria Puig i Soler"), "f");
});

test("a name the lists do not hold, or hold for neither gender, tells nothing", () => {
  assert.equal(givenNameGender("Andrea Conti"), undefined);
  assert.equal(givenNameGender("Soler"), undefined);
});

test("no name is listed for both genders", () => {
  const both = [...GIVEN_NAMES.men].filter((name) => GIVEN_NAMES.women.has(name));
  assert.deepEqual(both, []);
});
