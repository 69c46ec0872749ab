// Every lexicon states every table and flag, so the compiler lists what a new language still
// lacks: no field of LanguageRules is optional, and each language object fills each one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { english } from "../../src/engine/lang/en.ts";
import { rulesFor, supportedLanguages } from "../../src/engine/lang/index.ts";
import type { LanguageRules } from "../../src/engine/lang/types.ts";

/** The keys of T a value may leave out. */
type OptionalKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];

// Does not compile while LanguageRules has an optional field: `never` is the only type it accepts.
const optionalFields: [OptionalKeys<LanguageRules>] extends [never] ? "none" : "some" = "none";

test("the lexicon type has no optional field", () => {
  assert.equal(optionalFields, "none");
});

test("every language states every field English states, and no other, none undefined", () => {
  const fields = Object.keys(english).sort();
  for (const rules of supportedLanguages.map(rulesFor)) {
    assert.deepEqual(Object.keys(rules).sort(), fields, rules.code);
    const missing = Object.entries(rules).filter(([, value]) => value === undefined);
    assert.deepEqual(missing, [], `${rules.code} leaves fields undefined`);
  }
});
