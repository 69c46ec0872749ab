// Work on the page's main thread in slices: a long job (reading a 1 MB article, painting 2,000
// quotes) is a generator that pauses (yields) after each small step; `inSlices` runs the steps
// until the slice's budget (src/limits.ts, PAGE_WORK) is spent, then gives the page its thread
// back, so the extension never holds it for a long task.
import { PAGE_WORK } from "../limits.ts";

/**
 * Lets the page handle input and paint: `scheduler.yield()` where the browser has it (the
 * continuation keeps its place ahead of other queued work), else a new task.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === "function" ? scheduler.yield() : nextTask();
}

/** A new task, where `scheduler.yield()` is missing. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What a slice is measured with and how it gives the thread back; tests pass fakes. */
export interface SliceClock {
  now(): number;
  /** Between slices. */
  pause(): Promise<void>;
  /**
   * After a step that yielded "flush": lets the page draw before the next slice, and resolves to
   * how long that took (ms), which the step that asked is told.
   */
  letPageDraw(): Promise<number>;
}

/**
 * A new task, in which the browser draws the frame that is due first, where `scheduler.yield()`'s
 * continuation may come before it (it ranks above other tasks); resolves to how long the wait
 * took: the drawing of that frame, if one was due, and any other task the page ran first.
 */
async function timedNewTask(): Promise<number> {
  const start = performance.now();
  await nextTask();
  return performance.now() - start;
}

const pageClock: SliceClock = {
  now: () => performance.now(),
  pause: yieldToPage,
  // A hidden tab draws nothing, and the browser spaces its timers up to a second apart.
  letPageDraw: () => (document.visibilityState === "hidden" ? yieldToPage().then(() => 0) : timedNewTask()),
};

/**
 * Runs `steps` in slices of about PAGE_WORK.sliceMs, pausing in between; null once `signal`
 * aborted (checked after each pause). A step that yields `"flush"` ends its slice early and lets
 * the page draw before more work is done; the step gets back how long the drawing took (see
 * PAGE_WORK.paintFrameMs).
 */
export async function inSlices<T>(
  steps: Generator<unknown, T, void> | Generator<unknown, T, number | undefined>,
  signal: AbortSignal,
  clock: SliceClock = pageClock,
): Promise<T | null> {
  // Steps that never flush (Steps<T> of src/page) are told nothing: undefined is all they get.
  const told = steps as Generator<unknown, T, number | undefined>;
  let sliceStart = clock.now();
  let drawMs: number | undefined;
  for (;;) {
    const next = told.next(drawMs);
    drawMs = undefined;
    if (next.done) return next.value;
    if (next.value === "flush") drawMs = await clock.letPageDraw();
    else if (clock.now() - sliceStart < PAGE_WORK.sliceMs) continue;
    else await clock.pause();
    if (signal.aborted) return null;
    sliceStart = clock.now();
  }
}
