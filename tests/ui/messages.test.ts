import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { formatMessage, pluralKey, type MessageCatalogue } from "../../src/ui/messageFormat.ts";

const catalogue = (lang: string): MessageCatalogue =>
  JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), "utf8"));

test("formatMessage fills named placeholders from numbered substitutions", () => {
  const entry = {
    message: "Quote $INDEX$ of $TOTAL$: $name$ ($$)",
    placeholders: { index: { content: "$1" }, total: { content: "$2" }, name: { content: "$3" } },
  };
  assert.equal(formatMessage(entry, ["2", "5", "Jake Sullivan"]), "Quote 2 of 5: Jake Sullivan ($)");
  assert.equal(formatMessage({ message: "No $UNKNOWN$ here" }), "No $UNKNOWN$ here");
});

test("pluralKey follows each language's plural rule", () => {
  assert.equal(pluralKey("quoteCount", 1, "en"), "quoteCount_one");
  assert.equal(pluralKey("quoteCount", 0, "en"), "quoteCount_other");
  assert.equal(pluralKey("quoteCount", 0, "fr"), "quoteCount_one");
  assert.equal(pluralKey("quoteCount", 2, "fr"), "quoteCount_other");
});

test("the French UI translates every English message with the same placeholders", () => {
  const en = catalogue("en");
  const fr = catalogue("fr");
  assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  for (const [key, entry] of Object.entries(en)) {
    const placeholders = (e: typeof entry) => Object.keys(e.placeholders ?? {}).sort();
    assert.deepEqual(placeholders(fr[key]!), placeholders(entry), key);
    const used = (m: string) => [...m.matchAll(/\$([a-z0-9_]+)\$/gi)].map((x) => x[1]!.toLowerCase()).sort();
    assert.deepEqual(used(fr[key]!.message), used(entry.message), key);
  }
});
