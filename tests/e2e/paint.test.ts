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

/** What the highlights show at a moment: ranges, those in view, and the same for speakers' colours. */
type Frame = [all: number, inView: number, coloured: number, colouredInView: number];

/**
 * Runs in the page before its scripts: whenever the highlights changed, a Frame. Quotes of a
 * reading under way are grey (the highlight named `…-unattributed`); coloured ones are attributed.
 * A timer, not requestAnimationFrame: a tab of the tests' browser may not be drawn.
 */
function recordFrames(): void {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const frames: Frame[] = [];
  Object.assign(window, { paintFrames: frames });
  setInterval(() => {
    const frame: Frame = [0, 0, 0, 0];
    CSS.highlights.forEach((highlight, name) => {
      const coloured = !name.endsWith("-unattributed");
      highlight.forEach((range) => {
        const { top, bottom } = (range as Range).getBoundingClientRect();
        const inView = bottom > 0 && top < innerHeight;
        frame[0]++;
        if (inView) frame[1]++;
        if (coloured) frame[2]++;
        if (coloured && inView) frame[3]++;
      });
    });
    if (frame.join() !== frames.at(-1)?.join()) frames.push(frame);
  }, 1);
}

test("a long article opened in its middle is painted there first, in batches, never cleared", async () => {
  const page = await ext.open("long-article.html", { beforeLoad: recordFrames });
  const frames = await eventually(
    () => page.evaluate(() => (window as unknown as { paintFrames: Frame[] }).paintFrames),
    (seen) => seen.at(-1)?.[2] === QUOTES,
    30_000,
  );
  const [, inViewAtEnd] = frames.at(-1)!;
  assert.ok(inViewAtEnd > 0, "quotes are in view where the page is scrolled");
  // The quotes found in the article's first parts are painted grey as they come; the last painting,
  // of every quote with its speaker, colours them. Each painting changes only what changed.
  assert.ok(
    frames.every(([all], i) => i === 0 || all >= frames[i - 1]![0]),
    `no highlight is taken off between paintings: ${frames.join(" ")}`,
  );
  const colouring = frames.filter(([, , coloured]) => coloured > 0);
  const first = colouring[0]!;
  // Whatever that painting coloured first was in view, up to all of those in view (a slice may
  // end sooner).
  assert.equal(first[3], Math.min(first[2], inViewAtEnd), `the first frame coloured: ${frames.join(" ")}`);
  // The page's own tasks run between batches (a 1 ms timer gets in between most of them).
  assert.ok(first[2] < QUOTES && colouring.length >= 2, `coloured in batches: ${frames.join(" ")}`);
  await screenshot(page, "long-article-middle");
});

test("a quote the page adds is painted without taking the others off", async () => {
  const page = await ext.open("long-article.html", { beforeLoad: recordFrames });
  const framesNow = () => page.evaluate(() => (window as unknown as { paintFrames: Frame[] }).paintFrames);
  await eventually(framesNow, (seen) => seen.at(-1)?.[2] === QUOTES, 30_000);
  await page.evaluate(() => {
    (window as unknown as { paintFrames: Frame[] }).paintFrames.length = 0;
    const paragraph = document.createElement("p");
    paragraph.textContent = "“The bridge can wait another year,” said Lena Brandt, the city's treasurer.";
    document.getElementById("story")!.append(paragraph);
  });
  const frames = await eventually(framesNow, (seen) => seen.at(-1)?.[2] === QUOTES + 1, 30_000);
  // The page is read again and painted over what is shown: the 1,200 quotes stay in their colours.
  assert.ok(
    frames.every(([all, , coloured]) => all >= QUOTES && coloured >= QUOTES),
    `every quote stays painted while the new one comes: ${frames.join(" ")}`,
  );
  await page.close();
});
