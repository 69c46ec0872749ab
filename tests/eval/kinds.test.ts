import { test } from "node:test";
import assert from "node:assert/strict";
import { countKinds, formatKinds, judgeKinds, type PredictedSpeaker } from "../../src/eval/kinds.ts";
import type { GoldArticle } from "../../src/eval/score.ts";

const gold: GoldArticle = {
  lang: "en",
  quotes: [
    { text: "a", speaker: "Maria Okafor", speaker_alternatives: ["the transport commissioner"] },
    { text: "b", speaker: "Tom Reyes" },
    { text: "c", speaker: "the harbour authority" },
    { text: "d", speaker: "Ann Lee" },
  ],
};
const predicted: PredictedSpeaker[] = [
  { name: "The transport commissioner", role: null, kind: "unnamed", voice: "official" },
  { name: "Tom Reyes", role: null, kind: "person", voice: "unknown" },
  { name: "Harbour Authority", role: null, kind: "organisation", voice: "institution" },
];

test("gold speakers are matched by name or accepted alternative; unknown and not found are wrong", () => {
  const judged = judgeKinds(
    "port",
    gold,
    {
      "Maria Okafor": "official",
      "Tom Reyes": "affected",
      "the harbour authority": "official",
      "Ann Lee": "expert",
    },
    predicted,
  );
  assert.deepEqual(
    judged.map((j) => [j.speaker, j.predicted?.name ?? null, j.right]),
    [
      ["Maria Okafor", "The transport commissioner", true],
      ["Tom Reyes", "Tom Reyes", false],
      ["the harbour authority", "Harbour Authority", false],
      ["Ann Lee", null, false],
    ],
  );
  assert.deepEqual(countKinds(judged), { speakers: 4, found: 3, right: 1, described: 2, describedRight: 1 });
  const report = formatKinds(new Map([["en", judged]]));
  assert.match(report, /port: Ann Lee: gold expert, predicted not found/);
  const heldOut = formatKinds(new Map([["en", judged.map((j) => ({ ...j, article: "bbc-1" }))]]));
  assert.doesNotMatch(heldOut, /Ann Lee/, "a held-out page's errors are not printed");
  assert.match(heldOut, /\(3 errors on held-out pages, not shown\)/);
  assert.match(
    report,
    new RegExp(
      "\\nall: kinds right 0\\.250 of all gold speakers, 0\\.333 " +
        "of those found, 0\\.500 of those the article describes$",
    ),
  );
});
