// One extraction per tab at a time, the newest request replacing a waiting one, and the per-tab
// rate limit, on a clock the test moves by hand (no wall-clock timing).
import { test } from "node:test";
import assert from "node:assert/strict";
import { type Clock, gapAfter, TabQueue } from "../../src/background/tabQueue.ts";
import { TAB_RATE } from "../../src/limits.ts";

/** A clock that only moves when the test says so. */
function manualClock() {
  let time = 0;
  const sleepers: { at: number; wake(): void }[] = [];
  const clock: Clock = {
    now: () => time,
    wait: (ms) => new Promise((wake) => sleepers.push({ at: time + ms, wake })),
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    clock,
    settle,
    async advance(ms: number) {
      time += ms;
      for (const sleeper of sleepers.filter((s) => s.at <= time)) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        sleeper.wake();
      }
      await settle();
    },
  };
}

/** A job the test finishes by hand; `started` counts how many times it ran. */
function manualJob<T>(value: T) {
  let finish = () => {};
  const job = {
    started: 0,
    run: () => {
      job.started++;
      return new Promise<T>((resolve) => (finish = () => resolve(value)));
    },
    finish: () => finish(),
  };
  return job;
}

test("a tab runs one extraction at a time, and a newer request replaces the one waiting", async () => {
  const { clock, settle, advance } = manualClock();
  const queue = new TabQueue<string>(clock);
  const first = manualJob("first");
  const second = manualJob("second");
  const third = manualJob("third");
  const answers = [first, second, third].map((job) => queue.request(1, job.run));
  await settle();
  assert.deepEqual([first.started, second.started, third.started], [1, 0, 0]);
  first.finish();
  assert.equal(await answers[0], "first");
  assert.equal(await answers[1], null, "replaced by the third while it waited");
  await advance(TAB_RATE.minGapMs);
  assert.deepEqual([second.started, third.started], [0, 1]);
  third.finish();
  assert.equal(await answers[2], "third");
});

test("a tab waits out its rate limit, longer after a long extraction; other tabs do not wait", async () => {
  const { clock, settle, advance } = manualClock();
  const queue = new TabQueue<string>(clock);
  const long = manualJob("long");
  const answer = queue.request(1, long.run);
  await advance(1000);
  long.finish();
  await answer;
  const next = manualJob("next");
  void queue.request(1, next.run);
  const otherTab = manualJob("other tab");
  void queue.request(2, otherTab.run);
  await settle();
  assert.equal(otherTab.started, 1, "another tab starts at once");
  await advance(gapAfter(1000) - 1);
  assert.equal(next.started, 0, "still within the tab's rate limit");
  await advance(1);
  assert.equal(next.started, 1);
  assert.ok(gapAfter(1000) >= 1000 * (1 / TAB_RATE.engineShare - 1));
});

test("a failed extraction rejects its own request only; the tab's line goes on", async () => {
  const { clock, settle, advance } = manualClock();
  const queue = new TabQueue<string>(clock);
  const failed = queue.request(1, () => Promise.reject(new Error("engine failed")));
  await assert.rejects(failed, /engine failed/);
  const after = queue.request(1, () => Promise.resolve("after"));
  await advance(TAB_RATE.minGapMs);
  await settle();
  assert.equal(await after, "after");
});

test("a closed tab's waiting request is answered null", async () => {
  const { clock, settle } = manualClock();
  const queue = new TabQueue<string>(clock);
  const running = manualJob("running");
  void queue.request(7, running.run);
  const waiting = queue.request(7, () => Promise.resolve("never"));
  await settle();
  queue.forget(7);
  assert.equal(await waiting, null);
});
