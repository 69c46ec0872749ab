// The 1 MB article of issue 12: a real article's body (between its headline and the end of its
// <article>) repeated, so the page has that article's shape (paragraphs, an ad slot, a video
// teaser, about 6 quotes a copy) at any size. The benchmark repeats the French seed article
// (corpus `dev/seed-coree-du-nord`) 300 times: 4,201 blocks, 1.07 MB of text, 1,800 quotes.

/** `html` with the body of its <article> (after the </h1>) written `times` times. */
export function repeatedArticle(html: string, times: number): string {
  const bodyStart = html.indexOf("</h1>") + "</h1>".length;
  const bodyEnd = html.indexOf("</article>");
  if (bodyStart < "</h1>".length || bodyEnd < bodyStart) throw new Error("no <h1> … </article> to repeat");
  return html.slice(0, bodyStart) + html.slice(bodyStart, bodyEnd).repeat(times) + html.slice(bodyEnd);
}
