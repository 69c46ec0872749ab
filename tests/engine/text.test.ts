// The text model (src/engine/text/): each block read once into words, punctuation and sentences,
// which quote judgement and attribution both read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { english } from "../../src/engine/lang/en.ts";
import { french } from "../../src/engine/lang/fr.ts";
import {
  quoteTokens,
  readText,
  sentenceAround,
  wordsBetween,
  type QuoteSpan,
} from "../../src/engine/text/blockText.ts";
import type { Token } from "../../src/engine/text/tokens.ts";
import type { LanguageRules } from "../../src/engine/lang/types.ts";

const tokensOf = (text: string, rules: LanguageRules) => readText(text, rules).tokens;
const sentenceOf = (tokens: readonly Token[], word: string) => tokens.find((t) => t.text === word)!.sentence;

/** The text's quotation marks taken as its quotes, as judgement would give them. */
function allQuoted(text: string, rules: LanguageRules): readonly Token[] {
  const model = readText(text, rules);
  const quotes: QuoteSpan[] = model.pairs.map((p) => ({
    open: p.open,
    close: p.close,
    inner: { start: p.open.end, end: p.close ? p.close.start : text.length },
  }));
  return quoteTokens(model, quotes);
}

test("inverted French forms split into verb and subject pronoun", () => {
  const tokens = tokensOf("« Non », estime-t-il, a-t-elle déclaré, dit-il, affirment-ils.", french);
  const words = tokens.filter((t) => t.kind === "word").map((t) => `${t.text}${t.inverted ? "*" : ""}`);
  assert.deepEqual(words, [
    "Non",
    "estime",
    "il*",
    "a",
    "elle*",
    "déclaré",
    "dit",
    "il*",
    "affirment",
    "ils*",
  ]);
  // Only where the lexicon has inverted pronouns: English "add-on" is one word.
  assert.deepEqual(
    tokensOf("an add-on fee", english).map((t) => t.text),
    ["an", "add-on", "fee"],
  );
});

test("elided articles and possessives are their own tokens", () => {
  assert.deepEqual(
    tokensOf("l’armée d’Ukraine", french).map((t) => t.lower),
    ["l", "armée", "d", "ukraine"],
  );
  // A capital M’ or T’ starts a name, not an elision.
  assert.deepEqual(
    tokensOf("M’hamed m’a dit", french).map((t) => t.text),
    ["M’hamed", "m’", "a", "dit"],
  );
  assert.deepEqual(
    tokensOf("NPR's Debbie", english).map((t) => t.text),
    ["NPR", "'s", "Debbie"],
  );
  // Only where the lexicon has that possessive: French reads "McDonald's" as one name.
  assert.deepEqual(
    tokensOf("chez McDonald's hier", french).map((t) => t.text),
    ["chez", "McDonald's", "hier"],
  );
});

test("abbreviations keep their dot and do not end the sentence", () => {
  const tokens = tokensOf("Mr. Dejesus met Sen. Ben Sasse and J. Smith. Then he left.", english);
  assert.deepEqual(
    tokens.filter((t) => t.text.endsWith(".") && t.kind === "word").map((t) => t.text),
    ["Mr.", "Sen.", "J."],
  );
  assert.equal(sentenceOf(tokens, "Then"), 1);
});

test("an abbreviation's dot before a compound's hyphen stays inside the word", () => {
  const text = "The U.S.-backed plan failed. The A.B.C. met Det.-Sgt. Roy.";
  const words = tokensOf(text, english).map((t) => t.text);
  assert.deepEqual(words.slice(0, 4), ["The", "U.S.-backed", "plan", "failed"]);
  assert.ok(words.includes("A.B.C."));
  assert.ok(words.includes("Det.") && words.includes("Sgt."));
});

test("a dateline opening the block is a sentence of its own", () => {
  const tokens = tokensOf("LYON, France (AP) -- Mayor Ana Costa said the bridge would reopen.", english);
  assert.equal(tokens[0]!.sentence, 0);
  assert.equal(sentenceOf(tokens, "Mayor"), 1);
});

test("a plural possessive never swallows the closing mark of a quote", () => {
  const tokens = tokensOf("‘We were the champions’ said Ana Ruiz, ‘and we still are.’", english);
  const at = tokens.findIndex((t) => t.text === "champions");
  assert.equal(tokens[at + 1]!.text, "’");
  // A compound's first part keeps its hyphen before the conjunction; a spaced dash stays apart.
  const suspended = tokensOf("die Industrie- und Handelskammer - wie immer", english).map((t) => t.text);
  assert.deepEqual(suspended, ["die", "Industrie-", "und", "Handelskammer", "-", "wie", "immer"]);
  // Outside quotation marks the possessive stays: "the Traders’ Association".
  assert.ok(tokensOf("the Traders’ Association met", english).some((t) => t.text === "Traders’"));
});

test("a quotation's own sentences stay inside the reporter's sentence", () => {
  const tokens = tokensOf("“We won. We will win again,” she said. Then she left.", english);
  assert.equal(sentenceOf(tokens, "said"), 0);
  assert.equal(sentenceOf(tokens, "Then"), 1);
});

test("a quotation ending with a full stop ends the sentence, unless its attribution follows", () => {
  const ends = tokensOf("The firm called it “necessary.” Union leaders vowed to fight.", english);
  assert.equal(sentenceOf(ends, "Union"), 1);
  const asked = tokensOf("“Why now?” Smith asked. Nobody answered.", english);
  assert.equal(sentenceOf(asked, "Smith"), 0);
  assert.equal(sentenceOf(asked, "Nobody"), 1);
});

test("attribution reads each quote as one token, its words as sentences of their own", () => {
  const tokens = allQuoted("“We won. We will win again,” she said.", english);
  assert.deepEqual(
    tokens.map((t) => t.kind),
    ["quote", "word", "word", "punct"],
  );
  const inner = tokens[0]!.inner!;
  assert.deepEqual(
    inner.filter((t) => t.text === "We").map((t) => t.sentence),
    [0, 1],
  );
});

test("a span in marks after a full stop opens a sentence only if it is a quote", () => {
  const text = "He left early. “The Hours” was on television.";
  const asQuote = allQuoted(text, english);
  assert.equal(sentenceOf(asQuote, "was"), 1);
  // Judged a title, not a quote: attribution reads one sentence, as it always has.
  const asTitle = quoteTokens(readText(text, english), []);
  assert.equal(sentenceOf(asTitle, "was"), 0);
});

test("quote judgement reads a span's sentence from the model", () => {
  const text = "Dr. Ames left at noon. Critics called the plan “a farce” on Monday.";
  const model = readText(text, english);
  const open = text.indexOf("“");
  const sentence = sentenceAround(model, open, 300)!;
  assert.equal(text.slice(sentence.start, sentence.end), "Critics called the plan “a farce” on Monday.");
  // Never farther than asked: a long sentence is cut around the span.
  const near = sentenceAround(model, open, 12)!;
  assert.equal(text.slice(near.start, near.end), "the plan “a farce” on");
});

test("quote judgement reads the words around a span as the model's tokens", () => {
  const text = "Selon l’avocat, « c’est fini », estime-t-il en 2024.";
  const model = readText(text, french);
  const open = text.indexOf("«");
  const close = text.indexOf("»");
  const lowers = (from: number, to: number) => wordsBetween(model, from, to).map((t) => t.lower);
  // Elided words stand apart, apostrophe folded; punctuation and the marks are no words.
  assert.deepEqual(lowers(0, open), ["selon", "l", "avocat"]);
  // The inverted pronoun is split off; digits stay words (judgement drops them from its cues).
  assert.deepEqual(lowers(close + 1, text.length), ["estime", "il", "en", "2024"]);
  // A token only partly inside the range is left out.
  assert.deepEqual(lowers(3, open), ["l", "avocat"]);
});
