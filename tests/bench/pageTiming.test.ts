// The browser benchmark's figures for one load (bench/pageTiming.ts), from recorded entries: long
// animation frames (which count the browser's rendering) are summarised beside the long tasks.
import assert from "node:assert/strict";
import { test } from "node:test";
import { type PageRecord, summarise } from "../../bench/pageTiming.ts";

const LOAD_END = 1000;

/** A load whose long tasks are short but whose frames, with their rendering, are long. */
const record: PageRecord = {
  tasks: [
    [400, 120], // the page's own parsing, before `load`
    [1200, 60],
  ],
  frames: [
    [380, 140],
    [1190, 75],
    [3000, 298], // the browser redrawing thousands of highlights: no long task shows it
    [5000, 50], // exactly 50 ms is not over 50
  ],
  changes: [
    [1100, 10],
    [2500, 1801],
  ],
  firstInView: 1150,
};

test("the longest frame counts only frames starting after load; frames over 50 ms count them all", () => {
  const timing = summarise(record, LOAD_END);
  assert.equal(timing.longestFrameAfterLoadMs, 298);
  assert.equal(timing.framesOver50, 3);
});

test("the long-task figures are kept beside the frames", () => {
  const timing = summarise(record, LOAD_END);
  assert.equal(timing.longestTaskMs, 120);
  assert.equal(timing.longestAfterLoadMs, 60);
  assert.equal(timing.tasksOver50, 2);
});

test("first highlights and settle are measured from the end of load", () => {
  const timing = summarise(record, LOAD_END);
  assert.equal(timing.firstInViewMs, 150);
  assert.equal(timing.settleMs, 1500);
  assert.equal(timing.highlighted, 1801);
});

test("a load with no entries and no highlights reports zeros and nulls", () => {
  const timing = summarise({ tasks: [], frames: [], changes: [], firstInView: null }, LOAD_END);
  assert.deepEqual(timing, {
    firstInViewMs: null,
    settleMs: null,
    highlighted: 0,
    longestTaskMs: 0,
    longestAfterLoadMs: 0,
    tasksOver50: 0,
    longestFrameAfterLoadMs: 0,
    framesOver50: 0,
  });
});
