import { test } from "node:test";
import assert from "node:assert/strict";
import { formatReport } from "../../src/eval/report.ts";
import { scoreCorpus, type GoldArticle } from "../../src/eval/score.ts";

test("the report lists each article's problems, a row per language, and ends with the summary line", () => {
  const gold = new Map<string, GoldArticle>([
    [
      "pier",
      {
        lang: "en",
        quotes: [
          { text: "We saved it", speaker: "Ann Lee" },
          { text: "Too late", speaker: "Bo Chan" },
        ],
      },
    ],
    ["port", { lang: "fr", quotes: [{ text: "Le port vivra", speaker: "Jeanne Martin" }] }],
  ]);
  const predictions = new Map([
    [
      "pier",
      [
        { text: "We saved it", speaker: "Lee" },
        { text: "Pay up", speaker: null },
      ],
    ],
    ["port", [{ text: "Le port vivra", speaker: "Jeanne Martin" }]],
  ]);
  const lines = formatReport(scoreCorpus(gold, predictions)).split("\n");
  assert.deepEqual(lines.slice(0, 5), [
    "pier [en] gold 2 pred 2 matched 1 speakers 0/1",
    "   missed:   Too late",
    "   spurious: Pay up",
    '   speaker:  "We saved it" want Ann Lee got Lee',
    "port [fr] gold 1 pred 1 matched 1 speakers 1/1",
  ]);
  assert.deepEqual(
    lines.filter((l) => /^(en|fr|all) /.test(l)).map((l) => l.split(/\s+/).slice(0, 7)),
    [
      ["en", "1", "2", "2", "0.500", "0.500", "0.500"],
      ["fr", "1", "1", "1", "1.000", "1.000", "1.000"],
      ["all", "2", "3", "3", "0.667", "0.667", "0.667"],
    ],
  );
  assert.equal(lines.at(-1), "all: quote F1 0.667 attribution 0.5 end-to-end F1 0.333");
});
