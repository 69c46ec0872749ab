// Invariants of quote finding on arbitrary text heavy in quotation marks, apostrophes and spaces:
// no throw, spans inside the block and in order, text equal to the block's inner slice.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { findQuotes } from "../../src/engine/findQuotes.ts";
import { rulesFor } from "../../src/engine/lang/index.ts";

const pieces = [
  "“",
  "”",
  '"',
  "«",
  "»",
  "„",
  "‘",
  "’",
  "'",
  "‹",
  "›",
  "「",
  "」",
  " ",
  "\u00a0",
  "\u202f",
  ".",
  ",",
  ":",
  "-",
  "a",
  "Word",
  "said",
  "a dit",
  "5",
  "l’",
  "the",
  "so-called",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));

test("quotes are well-formed slices of their block, in order and disjoint", () => {
  for (const lang of ["en", "fr"]) {
    const rules = rulesFor(lang);
    fc.assert(
      fc.property(text, (t) => {
        const quotes = findQuotes({ kind: "paragraph", text: t }, 3, rules);
        let reach = 0;
        for (const q of quotes) {
          assert.equal(q.block, 3);
          assert.ok(reach <= q.open.start && q.open.end <= q.inner.start && q.inner.start <= q.inner.end);
          const end = q.close ? q.close.start : t.length;
          assert.ok(q.inner.end <= end && end <= t.length);
          assert.equal(q.text, t.slice(q.inner.start, q.inner.end));
          assert.equal(q.text, q.text.trim());
          reach = q.close ? q.close.end : t.length;
        }
      }),
      { numRuns: 500 },
    );
  }
});
