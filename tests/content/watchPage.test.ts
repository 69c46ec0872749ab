// A page that keeps changing still gets read: the change watcher's longest wait, and readings run
// one at a time instead of each replacing the last. Fake timers and counts, no wall clock.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setImmediate } from "node:timers/promises";
import { JSDOM } from "jsdom";
import { oneAtATime, watchContent } from "../../src/content/watchPage.ts";
import { PAGE_WORK } from "../../src/limits.ts";

test("a page changing faster than the quiet time is still read once the longest wait is up", async (t) => {
  const { window } = new JSDOM("<article><p>First.</p></article>");
  const globals = { document: window.document, MutationObserver: window.MutationObserver, Node: window.Node };
  for (const [name, value] of Object.entries(globals))
    Object.defineProperty(globalThis, name, { value, configurable: true });
  t.after(() => {
    for (const name of Object.keys(globals)) delete (globalThis as Record<string, unknown>)[name];
  });
  const start = 1_000_000;
  t.mock.timers.enable({ apis: ["setTimeout", "Date"], now: start });
  const readings: number[] = [];
  const stop = new AbortController();
  watchContent(() => readings.push(Date.now() - start), stop.signal, PAGE_WORK.rescanQuietMs);
  // A paragraph every 100 ms, always within the quiet time of the last one.
  const everyMs = 100;
  for (let elapsed = 0; elapsed < PAGE_WORK.rescanMaxWaitMs * 3; elapsed += everyMs) {
    const p = window.document.createElement("p");
    p.textContent = `Paragraph at ${elapsed} ms.`;
    window.document.querySelector("article")!.append(p);
    await setImmediate(); // The MutationObserver's callback.
    t.mock.timers.tick(everyMs);
  }
  stop.abort();
  assert.ok(readings.length >= 2, `read ${readings.length} times while the page kept changing`);
  assert.ok(readings[0]! <= PAGE_WORK.rescanMaxWaitMs, `first read at ${readings[0]} ms`);
});

test("a reading asked for while one runs starts once it ends, and a burst of asks makes one", async () => {
  let started = 0;
  let finished = 0;
  const gates: Array<() => void> = [];
  const read = oneAtATime(async () => {
    started++;
    await new Promise<void>((resolve) => gates.push(resolve));
    finished++;
  });
  const first = read();
  const during = [read(), read(), read()];
  assert.equal(started, 1, "no second reading while the first runs");
  gates.shift()!();
  await setImmediate();
  assert.equal(finished, 1, "the first reading ran to its end");
  assert.equal(started, 2, "the asks made meanwhile start one more");
  gates.shift()!();
  await Promise.all([first, ...during]);
  assert.deepEqual([started, finished], [2, 2]);
  read();
  assert.equal(started, 3, "once idle, a new ask starts at once");
  gates.shift()!();
});
