// Scores predicted quotes and speakers against gold annotations exactly as the corpus
// guidelines define (and the corpus's score.mjs computes): normalised texts, token Dice ≥ 0.8,
// one-to-one greedy matching over distinct texts, speakers compared without a leading article.

export interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_alternatives?: string[];
  partial?: boolean;
}

export interface GoldArticle {
  id?: string;
  lang: string;
  quotes: GoldQuote[];
  not_quotes?: string[];
}

export interface PredictedQuote {
  text: string;
  speaker: string | null;
}

/** Sums over articles; every figure of the summary derives from these. */
export interface Counts {
  articles: number;
  gold: number;
  pred: number;
  matched: number;
  /** Matched gold quotes that have a speaker. */
  speakerGold: number;
  speakerRight: number;
  /** Right, or at least the same last word (a bare surname). */
  speakerLenient: number;
  /** Matched with the right speaker (or both without one). */
  endToEnd: number;
}

export interface WrongSpeaker {
  quote: string;
  want: string;
  got: string | null;
}

export interface ArticleScore {
  id: string;
  lang: string;
  counts: Counts;
  missed: string[];
  spurious: string[];
  wrongSpeakers: WrongSpeaker[];
}

export interface Summary {
  articles: number;
  gold: number;
  pred: number;
  precision: number;
  recall: number;
  f1: number;
  attribution: number;
  attributionLenient: number;
  e2eF1: number;
}

export interface CorpusScore {
  articles: ArticleScore[];
  /** By language code, and "all". */
  summary: Record<string, Summary>;
}

/** Matching threshold on token Dice. */
const MIN_DICE = 0.8;
/** Quotes are listed in reports cut to this many characters. */
const SHOWN_CHARS = 60;

const SINGLE_QUOTES_AND_PRIMES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a"\u300c\u300d]/g;
const NOT_WORD = /[^\p{L}\p{N}']+/gu;
/** Apostrophes that open or close a word are quote marks, not elisions. */
const EDGE_APOSTROPHES = /(^| )'+|'+( |$)/g;
const LEADING_ARTICLE = /^(the|a|an|le|la|les|l'|un|une|der|die|das|el|los|las|il|lo|gli|het|de|o|os|as) /;

/** NFKC, lower case, apostrophes folded, quote marks and punctuation to single spaces. */
export function normalizeText(s: string | null | undefined): string {
  return (s ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(SINGLE_QUOTES_AND_PRIMES, "'")
    .replace(DOUBLE_QUOTES, " ")
    .replace(NOT_WORD, " ")
    .replace(EDGE_APOSTROPHES, " ")
    .trim()
    .replace(/\s+/g, " ");
}

export const tokenize = (s: string): string[] => normalizeText(s).split(" ").filter(Boolean);

/** Token-level Dice coefficient (multiset overlap). */
export function dice(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const left = new Map<string, number>();
  for (const t of a) left.set(t, (left.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = left.get(t);
    if (n) {
      common++;
      left.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** How speakers compare: "Les États-Unis" = "États-Unis", "the Pentagon" = "Pentagon". */
export const speakerKey = (s: string | null | undefined): string =>
  normalizeText(s).replace(LEADING_ARTICLE, "");

/** First quote of each normalised text; quotes whose text normalises to nothing are dropped. */
export function distinctQuotes<Q extends { text: string }>(quotes: readonly Q[]): Q[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = normalizeText(q.text);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One-to-one pairs [goldIndex, predIndex], best Dice first (ties in gold then prediction order). */
export function matchQuotes(gold: readonly string[], pred: readonly string[]): Array<[number, number]> {
  const goldTokens = gold.map(tokenize);
  const predTokens = pred.map(tokenize);
  const candidates: Array<{ score: number; g: number; p: number }> = [];
  goldTokens.forEach((gt, g) =>
    predTokens.forEach((pt, p) => {
      const score = dice(gt, pt);
      if (score >= MIN_DICE) candidates.push({ score, g, p });
    }),
  );
  candidates.sort((x, y) => y.score - x.score); // stable: ties keep gold-then-prediction order
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPred.has(p)) continue;
    usedGold.add(g);
    usedPred.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

const lastWord = (key: string): string | undefined => key.split(" ").at(-1);

/** Whether the predicted speaker is the gold one or an accepted alternative; and leniently, its surname. */
export function judgeSpeaker(
  gold: GoldQuote,
  predicted: string | null,
): { right: boolean; lenient: boolean } {
  const wanted = [gold.speaker, ...(gold.speaker_alternatives ?? [])]
    .filter((s): s is string => Boolean(s))
    .map(speakerKey);
  const got = speakerKey(predicted);
  const right = wanted.includes(got);
  return { right, lenient: right || (got !== "" && wanted.some((w) => lastWord(w) === lastWord(got))) };
}

const emptyCounts = (): Counts => ({
  articles: 0,
  gold: 0,
  pred: 0,
  matched: 0,
  speakerGold: 0,
  speakerRight: 0,
  speakerLenient: 0,
  endToEnd: 0,
});

function addCounts(total: Counts, more: Counts): void {
  for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += more[key];
}

const shown = (text: string): string => text.slice(0, SHOWN_CHARS);

/** Scores one article's predictions. */
export function scoreArticle(
  id: string,
  gold: GoldArticle,
  predicted: readonly PredictedQuote[],
): ArticleScore {
  const goldQuotes = distinctQuotes(gold.quotes);
  const predQuotes = distinctQuotes(predicted);
  const pairs = matchQuotes(
    goldQuotes.map((q) => q.text),
    predQuotes.map((q) => q.text),
  );
  const counts: Counts = {
    ...emptyCounts(),
    articles: 1,
    gold: goldQuotes.length,
    pred: predQuotes.length,
    matched: pairs.length,
  };
  const wrongSpeakers: WrongSpeaker[] = [];
  for (const [g, p] of pairs) {
    const want = goldQuotes[g]!;
    const got = predQuotes[p]!.speaker || null;
    if (!want.speaker) {
      if (!got) counts.endToEnd++;
      continue;
    }
    counts.speakerGold++;
    const { right, lenient } = judgeSpeaker(want, got);
    if (right) {
      counts.speakerRight++;
      counts.endToEnd++;
    } else {
      wrongSpeakers.push({ quote: shown(want.text), want: want.speaker, got });
    }
    if (lenient) counts.speakerLenient++;
  }
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPred = new Set(pairs.map(([, p]) => p));
  return {
    id,
    lang: gold.lang,
    counts,
    missed: goldQuotes.filter((_, g) => !matchedGold.has(g)).map((q) => shown(q.text)),
    spurious: predQuotes.filter((_, p) => !matchedPred.has(p)).map((q) => shown(q.text)),
    wrongSpeakers,
  };
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const ratio = (part: number, whole: number): number => (whole ? part / whole : 0);
/** Figures are reported to three decimals, as numbers. */
const rounded = (x: number): number => +x.toFixed(3);

export function summarize(c: Counts): Summary {
  const precision = ratio(c.matched, c.pred);
  const recall = ratio(c.matched, c.gold);
  return {
    articles: c.articles,
    gold: c.gold,
    pred: c.pred,
    precision: rounded(precision),
    recall: rounded(recall),
    f1: rounded(f1(precision, recall)),
    attribution: rounded(ratio(c.speakerRight, c.speakerGold)),
    attributionLenient: rounded(ratio(c.speakerLenient, c.speakerGold)),
    e2eF1: rounded(f1(ratio(c.endToEnd, c.pred), ratio(c.endToEnd, c.gold))),
  };
}

/** Scores every gold article; an article with no predictions scores as predicting nothing. */
export function scoreCorpus(
  gold: ReadonlyMap<string, GoldArticle>,
  predictions: ReadonlyMap<string, readonly PredictedQuote[]>,
): CorpusScore {
  const articles: ArticleScore[] = [];
  const totals = new Map<string, Counts>();
  const addTo = (key: string, counts: Counts): void => {
    const total = totals.get(key) ?? emptyCounts();
    addCounts(total, counts);
    totals.set(key, total);
  };
  for (const [id, article] of gold) {
    const score = scoreArticle(id, article, predictions.get(id) ?? []);
    articles.push(score);
    addTo(article.lang, score.counts);
    addTo("all", score.counts);
  }
  const summary: Record<string, Summary> = {};
  for (const [key, counts] of totals) summary[key] = summarize(counts);
  return { articles, summary };
}
