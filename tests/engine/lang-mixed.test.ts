// Pages that mix languages: each block is read with its own language's rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuotes } from "../../src/engine/index.ts";
import { blockLanguages, detectLanguage } from "../../src/engine/language.ts";
import type { Article } from "../../src/engine/types.ts";

const supported = ["en", "fr", "de"];

const mixed: Article = {
  lang: "de",
  blocks: [
    {
      kind: "paragraph",
      text:
        "Die Ministerin Karin Lutz hat am Montag in Berlin gesprochen " +
        "und die Pläne der Regierung für das nächste Jahr vorgestellt.",
    },
    {
      kind: "paragraph",
      text:
        "“We are not going to wait for the others and we will act on this " +
        "alone,” said the trade envoy Mark Dalton, who was there with his team.",
    },
    { kind: "paragraph", text: "„Wir handeln jetzt“, sagte Lutz.", lang: "de-AT" },
    { kind: "paragraph", text: "Короткий текст.", lang: "ru" },
  ],
};

test(
  "a block's own lang attribute wins; a clearly foreign " + "block is read in its language; else the page's",
  () => {
    assert.deepEqual(blockLanguages(mixed, "de", supported), ["de", "en", "de", "de"]);
  },
);

test("a short block keeps the page language even when its few stop words lean elsewhere", () => {
  const article: Article = { blocks: [{ kind: "paragraph", text: "„The end“, sagte er." }] };
  assert.deepEqual(blockLanguages(article, "de", supported), ["de"]);
});

test("an English paragraph in a German article is attributed with English rules", () => {
  const result = extractQuotes(mixed);
  assert.equal(result.lang, "de");
  const speakers = result.quotes.map((q) => (q.speaker === null ? null : result.speakers[q.speaker]!.name));
  assert.deepEqual(speakers, ["Mark Dalton", "Karin Lutz"]);
  assert.equal(result.quotes[0]!.cue, "said");
});

test(
  "a page whose text is plainly in another language " +
    "than it declares is read in the language of its text",
  () => {
    const paragraph =
      "El consejo de la ciudad se reunió el martes por la tarde y aprobó " +
      "el plan para el puerto, que fue muy discutido por los vecinos y las " +
      "asociaciones del barrio, pero también por el alcalde y sus asesores.";
    const article: Article = {
      lang: "en",
      blocks: [paragraph, paragraph, paragraph].map((text) => ({ kind: "paragraph", text })),
    };
    assert.equal(detectLanguage(article), "es");
    // A few words are not enough to overrule the page.
    assert.equal(detectLanguage({ lang: "en", blocks: [{ kind: "paragraph", text: paragraph }] }), "en");
  },
);
