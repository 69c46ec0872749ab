// Painting a long article in Chromium: the quotes in view first, the rest in batches with the
// page's own tasks between them. Counted, never timed. Needs a build (`npm run build`).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eventually, launchExtension, screenshot, type ExtensionBrowser } from "./harness.ts";

/** Quoting paragraphs in long-article.html. */
const QUOTES = 1200;

let ext: ExtensionBrowser;
before(async () => {
  ext = await launchExtension();
});
after(async () => {
  await ext?.close();
});

/**
 * Runs in the page before its scripts: whenever the highlights changed, [ranges, ranges in view].
 * A timer, not requestAnimationFrame: a tab of the tests' browser may not be drawn.
 */
function recordFrames(): void {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const frames: Array<[number, number]> = [];
  Object.assign(window, { paintFrames: frames });
  setInterval(() => {
    let all = 0;
    let inView = 0;
    CSS.highlights.forEach((highlight) =>
      highlight.forEach((range) => {
        all++;
        const { top, bottom } = (range as Range).getBoundingClientRect();
        if (bottom > 0 && top < innerHeight) inView++;
      }),
    );
    if (all !== frames.at(-1)?.[0]) frames.push([all, inView]);
  }, 1);
}

test("a long article opened in its middle is painted there first, then in batches", async () => {
  const page = await ext.open("long-article.html", { beforeLoad: recordFrames });
  const frames = await eventually(
    () => page.evaluate(() => (window as unknown as { paintFrames: Array<[number, number]> }).paintFrames),
    (seen) => seen.at(-1)?.[0] === QUOTES,
    30_000,
  );
  const [, inViewAtEnd] = frames.at(-1)!;
  assert.ok(inViewAtEnd > 0, "quotes are in view where the page is scrolled");
  // The quotes found in the article's first parts are painted (grey) as they come, top of the
  // article first; each painting replaces the last. The last one, of every quote with its speaker,
  // starts where the count last fell.
  const restart = frames.findLastIndex(([all], i) => i > 0 && all < frames[i - 1]![0]);
  const painting = frames.slice(Math.max(restart, 0)).filter(([all]) => all > 0);
  const first = painting[0]!;
  // Whatever that painting showed first was in view, up to all of those in view (a slice may end sooner).
  assert.equal(first[1], Math.min(first[0], inViewAtEnd), `the first frame painted: ${frames}`);
  // The page's own tasks run between batches (a 1 ms timer gets in between most of them).
  assert.ok(first[0] < QUOTES && painting.length >= 2, `painted in batches: ${frames}`);
  await screenshot(page, "long-article-middle");
});
