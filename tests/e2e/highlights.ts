// Reading the page's highlight registry from a test, whichever browser driver runs the page:
// the registry is per document, so the page's own scripts see the extension's highlights.
import { eventually } from "./eventually.ts";

/** Anything that runs a function in the page: a Playwright Page or a driver's PageHandle. */
export interface Evaluates {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
}

/** What the page's highlight registry holds: highlight name → the text of each range. */
export function highlightsIn(page: Evaluates): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const found: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      found[name] = [...highlight].map((range) => range.toString());
    });
    return found;
  });
}

/** Waits until `check` holds for the page's highlights (they settle after a debounce). */
export const waitForHighlights = (
  page: Evaluates,
  check: (highlights: Record<string, string[]>) => boolean,
  timeoutMs?: number,
): Promise<Record<string, string[]>> => eventually(() => highlightsIn(page), check, timeoutMs);

/** Waits until the page has highlights of any name: the extension has painted it. */
export const waitForSomeHighlights = (page: Evaluates): Promise<Record<string, string[]>> =>
  waitForHighlights(page, (highlights) => Object.keys(highlights).length > 0);

/** A #rrggbb colour as getComputedStyle gives it back ("rgb(r, g, b)"), to compare painted colours. */
export const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
