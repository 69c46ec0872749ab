// The unrelated extension whose answers show whether Firefox's extension process stays responsive
// while Quotelight reads a hostile page (tests/e2e-firefox/responsive.test.ts, and the figures of
// bench/firefoxResponsive.ts). echo-extension/ answers "ping" with "pong" at once, so any delay in
// its answers is the time its background waited for the shared process's main thread.
import type { PageHandle } from "../e2e/driver.ts";

/** The echo's add-on id, and its folder to install beside Quotelight (`launchFirefox`). */
export const ECHO = "echo@tests.quotelight.org";
export const ECHO_ADDON = { [ECHO]: "tests/e2e-firefox/echo-extension" };

/** Each answer's round trip in ms, when it was asked (ms since the epoch), and how long it all took. */
export interface Pings {
  trips: number[];
  startedAt: number[];
  ms: number;
}

/** Firefox's own `browser` global in the echo extension's page. */
declare const browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
/** The echo page's switch that ends `pingEcho`. */
type EchoWindow = { stopPinging?: boolean };

/**
 * Pings the echo extension's background from its page (`openAddonPage(ECHO, "ping.html")`), back to
 * back, `answers` times or, without it, until `stopPinging` is called.
 */
export const pingEcho = (echo: PageHandle, answers?: number): Promise<Pings> =>
  echo.evaluate(async (count) => {
    const w = window as unknown as EchoWindow;
    w.stopPinging = false;
    const trips: number[] = [];
    const startedAt: number[] = [];
    const started = performance.now();
    while (!w.stopPinging && (count === null || trips.length < count)) {
      const start = performance.now();
      if ((await browser.runtime.sendMessage("ping")) !== "pong") throw new Error("no pong");
      // Back to back, no timer between: Firefox slows the timers of a tab in the background.
      trips.push(performance.now() - start);
      startedAt.push(performance.timeOrigin + start);
    }
    return { trips, startedAt, ms: performance.now() - started };
  }, answers ?? null);

export const stopPinging = (echo: PageHandle) =>
  echo.evaluate(() => {
    (window as unknown as EchoWindow).stopPinging = true;
  });

/** Answers per ms. */
export const pace = (pings: Pings) => pings.trips.length / pings.ms;
