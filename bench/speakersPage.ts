// A hostile page for the benchmark and the Firefox responsiveness test: 10,000 paragraphs, each
// quoting a different speaker, and a script that appends one more every second, so that the
// page both asks for a lot of engine work and keeps asking. (Before issue 12 such a page made an
// ordinary article in another tab wait 80 s for its highlights.)

const SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "ni", "bru", "fen", "ga"];

/** The `n`th of many distinct surnames: `n` written in base SYLLABLES.length, one syllable a digit. */
function surname(n: number): string {
  let name = "";
  let rest = n;
  do {
    name += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  return name[0]!.toUpperCase() + name.slice(1);
}

const paragraph = (n: number) =>
  `“The plan needs a budget line number ${n},” said Alex ${surname(n)}, a councillor.`;

/** Paragraphs the page's own script appends, one a second: ten minutes' worth. */
const APPENDED = 600;

/** The page's script: a new speaker every second, as a live blog adds posts. */
const appendEverySecond = (texts: string[]) => `
const upcoming = ${JSON.stringify(texts)};
setInterval(() => {
  if (!upcoming.length) return;
  const p = document.createElement("p");
  p.textContent = upcoming.shift();
  document.querySelector("article").append(p);
}, 1000);`;

/** `live`: the page appends a new speaker every second (else it stays as loaded). */
export function speakersPage({ speakers = 10_000, live = true } = {}): string {
  const paragraphs = Array.from({ length: speakers }, (_, n) => `<p>${paragraph(n)}</p>`);
  const appended = Array.from({ length: APPENDED }, (_, i) => paragraph(speakers + i));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Council hears ten thousand voices</title>
<meta property="og:type" content="article"></head>
<body><article><h1>Council hears ten thousand voices</h1>
${paragraphs.join("\n")}
</article>
${live ? `<script>${appendEverySecond(appended)}</script>` : ""}
</body></html>
`;
}
