// Reading a long page takes a while, too long for one task of the page's main thread. So the
// reading functions are generators that pause (yield) every few nodes: the content script runs
// them in slices and gives the page its thread back in between (src/content/reader.ts), while
// the command-line tool and the tests run them to the end at once.

/** Work that pauses now and then and ends with a T. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing (whatever they yield). */
export function runToEnd<T>(steps: Generator<unknown, T, undefined>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
