// A generated news story of a chosen size and number of quotes, for the big-page tests: plain
// English reporting, each quote credited to one of a few dozen named people with a speech verb,
// so the engine does its full work (finding, attributing, merging speakers).

const FIRST = [
  "Maria",
  "John",
  "Aisha",
  "Tomás",
  "Helen",
  "Kenji",
  "Grace",
  "Omar",
  "Lena",
  "Peter",
  "Nadia",
  "Samuel",
];
const LAST = [
  "Okafor",
  "Reyes",
  "Lindqvist",
  "Haddad",
  "Brennan",
  "Sato",
  "Moreau",
  "Adeyemi",
  "Novak",
  "Castillo",
];
const ROLES = [
  "the council's transport lead",
  "a local shopkeeper",
  "the union's spokesperson",
  "a retired engineer",
];
const VERBS = ["said", "added", "told reporters", "explained"];
const WORDS = (
  "the bridge will stay closed while engineers check every cable and the council says the work " +
  "cannot wait any longer because the river traffic has grown"
).split(" ");
const FILLER =
  "Traffic on the ring road was slow on Tuesday morning as drivers looked for other ways across the " +
  "river, and the ferry added two crossings an hour to carry the commuters who usually walk.";

/** A small linear congruential generator: the same article for the same arguments, every time. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export interface BigArticleOptions {
  /** Number of quoting paragraphs. */
  quotes: number;
  /** Rough size of the page in bytes; reporter's sentences fill each paragraph up to it. */
  bytes: number;
  seed?: number;
}

export function bigArticle({ quotes, bytes, seed = 1 }: BigArticleOptions): string {
  const random = numbers(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fillerPerParagraph = Math.max(0, Math.round(bytes / quotes / (FILLER.length + 1)) - 1);
  const paragraphs: string[] = [];
  for (let i = 0; i < quotes; i++) {
    const words = Array.from({ length: 8 + Math.floor(random() * 12) }, () => pick(WORDS)).join(" ");
    const speaker = `${pick(FIRST)} ${pick(LAST)}`;
    const sentence = `${words[0]!.toUpperCase()}${words.slice(1)}`;
    const quote = `“${sentence},” ${pick(VERBS)} ${speaker}, ${pick(ROLES)}.`;
    paragraphs.push(`<p>${quote} ${Array(fillerPerParagraph).fill(FILLER).join(" ")}</p>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harbour bridge: the long story</title>
<meta property="og:type" content="article"></head>
<body><article><h1>Harbour bridge: the long story</h1>
${paragraphs.join("\n")}
</article></body></html>
`;
}
