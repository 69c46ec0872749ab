// The Highlighter's record of what it shows, on a stand-in highlight registry (jsdom has none):
// repaints compare themselves with it, so it must follow every range added and taken off.
import { test } from "node:test";
import assert from "node:assert/strict";
import { quote, rangesOf } from "./fixtures.ts";
import { Highlighter } from "../../src/content/highlighter.ts";

class FakeHighlight extends Set<Range> {
  priority = 0;
}
class FakeRegistry extends Map<string, FakeHighlight> {}
const registry = new FakeRegistry();
Object.assign(globalThis, {
  Highlight: FakeHighlight,
  HighlightRegistry: FakeRegistry,
  CSS: { highlights: registry },
});

test("the ranges shown are known by highlight, and an emptied highlight is unregistered", () => {
  const ranges = [...rangesOf([quote(0, 1), quote(1, 1), quote(2, null)]).values()];
  const highlighter = new Highlighter("ql");
  highlighter.add("ql-0", ranges[0]!);
  highlighter.add("ql-0", ranges[1]!);
  highlighter.add("ql-unattributed", ranges[2]!);
  assert.deepEqual([...highlighter.shown().values()], ["ql-0", "ql-0", "ql-unattributed"]);
  highlighter.remove("ql-unattributed", ranges[2]!);
  highlighter.remove("ql-0", ranges[0]!);
  assert.deepEqual([...registry.keys()], ["ql-0"], "the grey went with its last range");
  assert.deepEqual([...highlighter.shown().keys()], [ranges[1]]);
  highlighter.clear();
});

test("ranges on text the page removed are taken off, those still in the page stay", () => {
  const ranges = [...rangesOf([quote(0, 1), quote(1, 1)]).values()];
  const highlighter = new Highlighter("ql");
  for (const range of ranges) highlighter.add("ql-0", range);
  assert.equal(highlighter.dropRemoved(), false, "nothing removed yet");
  const paragraph = ranges[0]!.startContainer.parentNode!;
  paragraph.parentNode!.removeChild(paragraph);
  assert.equal(highlighter.dropRemoved(), true);
  assert.deepEqual([...highlighter.shown().keys()], [ranges[1]]);
  assert.deepEqual([...registry.get("ql-0")!], [ranges[1]]);
  highlighter.clear();
});
