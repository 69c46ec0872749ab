import { test } from "node:test";
import assert from "node:assert/strict";
import {
  dice,
  distinctQuotes,
  matchQuotes,
  normalizeText,
  scoreArticle,
  scoreCorpus,
  speakerKey,
  tokenize,
  type GoldArticle,
  type PredictedQuote,
} from "../../src/eval/score.ts";

test("normalizeText folds case, width, apostrophes, quote marks and punctuation", () => {
  assert.equal(normalizeText("  « L’État,  c’est MOI ! »  "), "l'état c'est moi");
  assert.equal(normalizeText("“Don't”—he said…"), "don't he said");
  assert.equal(normalizeText("ＡＢＣ 'quoted' rock ’n’ roll"), "abc quoted rock n roll");
  assert.equal(normalizeText(null), "");
});

test("dice counts shared tokens as a multiset", () => {
  assert.equal(dice(tokenize("a b c d"), tokenize("a b c d")), 1);
  assert.equal(dice(tokenize("a a b"), tokenize("a b b")), (2 * 2) / 6);
  assert.equal(dice([], tokenize("a")), 0);
});

test("speakerKey drops one leading article", () => {
  assert.equal(speakerKey("Les États-Unis"), "états unis");
  assert.equal(speakerKey("the Pentagon"), "pentagon");
  // An elided article is part of the word, as in the corpus scorer.
  assert.equal(speakerKey("L'Élysée"), "l'élysée");
  assert.equal(speakerKey("Theresa May"), "theresa may");
  assert.equal(speakerKey(null), "");
});

test("distinctQuotes keeps the first of equal texts and drops empty ones", () => {
  const quotes = [{ text: "We stay." }, { text: "« we STAY »" }, { text: "…" }, { text: "We go." }];
  assert.deepEqual(
    distinctQuotes(quotes).map((q) => q.text),
    ["We stay.", "We go."],
  );
});

test("matchQuotes pairs one-to-one, best Dice first, at Dice 0.8 or more", () => {
  const gold = ["one two three four five", "six seven eight nine ten"];
  // p0 matches g0 at 0.8 (4 of 5 words twice); p1 matches g0 exactly and must win it; p2 is too far from g1.
  const pred = ["one two three four", "one two three four five", "six seven"];
  assert.deepEqual(matchQuotes(gold, pred), [[0, 1]]);
  assert.deepEqual(matchQuotes(gold, ["six seven eight nine eleven"]), [[1, 0]]);
});

const GOLD: GoldArticle = {
  lang: "fr",
  quotes: [
    { text: "Nous resterons jusqu’au bout", speaker: "Jeanne Martin", speaker_alternatives: ["la maire"] },
    { text: "Le port vivra", speaker: "Les pêcheurs du port" },
    { text: "Personne ne sait", speaker: null },
    { text: "On verra bien demain", speaker: "Paul Durand" },
    { text: "nous resterons jusqu'au bout", speaker: "Jeanne Martin" },
  ],
};

const PRED: PredictedQuote[] = [
  { text: "Nous resterons jusqu'au bout", speaker: "La maire" }, // alternative, article dropped
  { text: "Le port vivra", speaker: "pêcheurs du port" }, // leading article in gold only
  { text: "Personne ne sait", speaker: null }, // no speaker either side: end-to-end right
  { text: "On verra bien", speaker: "Durand" }, // matched (Dice 0.857), surname only: lenient
  { text: "Un slogan", speaker: "Jeanne Martin" }, // spurious
];

test("scoreArticle counts matches, speakers, lenient speakers and end-to-end hits", () => {
  const score = scoreArticle("port", GOLD, PRED);
  assert.deepEqual(score.counts, {
    articles: 1,
    gold: 4,
    pred: 5,
    matched: 4,
    speakerGold: 3,
    speakerRight: 2,
    speakerLenient: 3,
    endToEnd: 3,
  });
  assert.deepEqual(score.missed, []);
  assert.deepEqual(score.spurious, ["Un slogan"]);
  assert.deepEqual(score.wrongSpeakers, [
    { quote: "On verra bien demain", want: "Paul Durand", got: "Durand" },
  ]);
});

test("scoreCorpus sums per language and overall; an article without predictions counts as all missed", () => {
  const gold = new Map<string, GoldArticle>([
    ["port", GOLD],
    ["pier", { lang: "en", quotes: [{ text: "We saved it", speaker: "Ann Lee" }] }],
  ]);
  const { summary, articles } = scoreCorpus(gold, new Map([["port", PRED]]));
  assert.deepEqual(articles.find((a) => a.id === "pier")!.missed, ["We saved it"]);
  assert.deepEqual(summary.en, {
    articles: 1,
    gold: 1,
    pred: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    attribution: 0,
    attributionLenient: 0,
    e2eF1: 0,
  });
  // fr: P 4/5, R 4/4, F1 0.889; attribution 2/3; end-to-end P 3/5, R 3/4 → F1 0.667.
  assert.deepEqual(summary.fr, {
    articles: 1,
    gold: 4,
    pred: 5,
    precision: 0.8,
    recall: 1,
    f1: 0.889,
    attribution: 0.667,
    attributionLenient: 1,
    e2eF1: 0.667,
  });
  // all: P 4/5, R 4/5, F1 0.8; attribution only over matched quotes, 2/3; end-to-end P 3/5, R 3/5.
  assert.deepEqual(summary.all, {
    articles: 2,
    gold: 5,
    pred: 5,
    precision: 0.8,
    recall: 0.8,
    f1: 0.8,
    attribution: 0.667,
    attributionLenient: 1,
    e2eF1: 0.6,
  });
});
