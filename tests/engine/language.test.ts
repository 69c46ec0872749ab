// The article's language: the page's declaration first, else a guess from stop words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage, guessLanguage, SAMPLE_CHARS } from "../../src/engine/language.ts";
import type { Article } from "../../src/engine/types.ts";

const article = (text: string, lang?: string): Article => ({ lang, blocks: [{ kind: "paragraph", text }] });

test("the page's declaration wins, reduced to its language subtag", () => {
  assert.equal(detectLanguage(article("The council met on Tuesday and said it would vote.", "fr-CA")), "fr");
  assert.equal(detectLanguage(article("Le conseil s’est réuni mardi.", "EN_gb")), "en");
});

test("without a usable declaration the text decides", () => {
  assert.equal(
    detectLanguage(
      article("Le conseil municipal s’est réuni mardi et a voté pour le projet de la ville.", ""),
    ),
    "fr",
  );
  assert.equal(
    detectLanguage(article("The city council met on Tuesday and voted for the plan that was proposed.")),
    "en",
  );
});

test("each supported language is told apart from a sentence or two", () => {
  const samples: Record<string, string> = {
    en: "The mayor said that the bridge would be rebuilt before the winter, and the council agreed with her.",
    fr: "Le maire a dit que le pont sera reconstruit avant l’hiver, et le conseil est d’accord avec elle.",
    de:
      "Der Bürgermeister sagte, dass die Brücke vor dem " +
      "Winter wieder aufgebaut wird, und der Rat stimmte zu.",
    es:
      "El alcalde dijo que el puente será reconstruido antes " +
      "del invierno, y el consejo estuvo de acuerdo con ella.",
    pt:
      "O prefeito disse que a ponte será reconstruída antes " +
      "do inverno, e o conselho também concordou com ela.",
    it:
      "Il sindaco ha detto che il ponte sarà ricostruito prima " +
      "dell’inverno, e anche il consiglio è d’accordo con lei.",
    nl: "De burgemeester zei dat de brug voor de winter wordt herbouwd, en de raad is het met haar eens.",
  };
  for (const [code, text] of Object.entries(samples)) assert.equal(guessLanguage(text), code, text);
});

test("only the first SAMPLE_CHARS characters tell the language, the last block's up to there", () => {
  const french =
    "Le maire a dit que le pont sera reconstruit avant l’hiver, et le conseil est d’accord avec elle.";
  const english =
    "The mayor said that the bridge would be rebuilt before the winter, and the council agreed. ";
  const blocks: Article["blocks"] = [];
  // French up to a few hundred characters short of the sample's end, each block after a space.
  for (let sampled = 0; sampled + french.length + 1 < SAMPLE_CHARS - 300; sampled += french.length + 1)
    blocks.push({ kind: "paragraph", text: french });
  // Far more English stop words than French ones in all, but only its first words in the sample.
  const longEnglish = { kind: "paragraph" as const, text: english.repeat(2_000) };
  assert.equal(guessLanguage([...blocks, longEnglish].map((b) => b.text).join(" ")), "en");
  assert.equal(detectLanguage({ blocks: [...blocks, longEnglish] }), "fr");
  assert.equal(detectLanguage({ blocks: [longEnglish, ...blocks] }), "en");
});

test("text with no words gives English, the fallback", () => {
  assert.equal(detectLanguage(article("12:30 — 45 %")), "en");
});
