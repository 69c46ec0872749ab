// Every dev page of the annotated corpus against its committed golden output
// (tests/corpus/golden/ID.json): a change to the engine that moves any page fails here, listing
// the pages and how each moved. Regenerate with `npm run golden -- --update` once the moves are
// intended. The corpus is ../shared/corpus/dev (CI has it), or the folder in QUOTELIGHT_CORPUS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { checkGolden } from "../../src/cli/golden.ts";

const CORPUS = process.env.QUOTELIGHT_CORPUS ?? "../shared/corpus/dev";
const GOLDEN = "tests/corpus/golden";

test("every dev page gives its golden quotes and speakers", {
  skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS} (set QUOTELIGHT_CORPUS)`,
}, async () => {
  const check = await checkGolden(CORPUS, GOLDEN);
  assert.ok(check.pages > 0, `no pages in ${CORPUS}`);
  assert.deepEqual(check.moved, [], `\n${check.report}`);
});
