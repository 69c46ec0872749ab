import { test } from "node:test";
import assert from "node:assert/strict";
import type { PageReport } from "../../src/messages.ts";
import type { Quote, Speaker } from "../../src/engine/types.ts";
import {
  cutShortNote,
  requestedTabId,
  hostOf,
  nextInCycle,
  pageState,
  quotesOfAll,
  voicesOf,
  withSite,
} from "../../src/ui/report.ts";

const quote = (id: number, block: number, start: number, speaker: number | null): Quote => ({
  id,
  block,
  text: `quote ${id}`,
  inner: { start, end: start + 5 },
  open: { start: start - 1, end: start },
  close: { start: start + 5, end: start + 6 },
  speaker,
  cue: null,
  partial: false,
});
const speaker = (id: number, kind: Speaker["kind"], quotes: number[]): Speaker => ({
  id,
  name: `Speaker ${id}`,
  aliases: [],
  role: null,
  kind,
  voice: "unknown",
  quotes,
});

const report = (over: Partial<PageReport> = {}): PageReport => ({
  url: "https://news.example.org/article",
  title: "Article",
  status: "highlighted",
  lang: "en",
  // Quote ids deliberately not in page order: the view must order by position, not id.
  quotes: [
    quote(0, 2, 10, 7),
    quote(1, 0, 4, 7),
    quote(2, 1, 0, 3),
    quote(3, 1, 30, null),
    quote(4, 0, 50, 9),
    quote(5, 3, 0, 3),
  ],
  speakers: [speaker(7, "person", [0, 1]), speaker(3, "unnamed", [2, 5]), speaker(9, "unnamed", [4])],
  ...over,
});

test("pageState tells apart every reason there is no list", () => {
  assert.deepEqual(pageState(null, true), { kind: "loading" });
  assert.deepEqual(pageState(null, false), { kind: "unreachable" });
  assert.deepEqual(pageState(report({ status: "waiting", quotes: [], speakers: [] }), false), {
    kind: "waiting",
  });
  assert.deepEqual(pageState(report({ status: "site-disabled" }), false), {
    kind: "site-disabled",
    host: "news.example.org",
  });
  assert.deepEqual(pageState(report({ quotes: [], speakers: [] }), false), { kind: "no-quotes" });
  assert.deepEqual(pageState(report(), false), { kind: "quotes", hidden: false });
  assert.deepEqual(pageState(report({ status: "hidden" }), false), { kind: "quotes", hidden: true });
});

test("a page cut short by a cap or by the time budget gets its own note; a page read whole none", () => {
  assert.equal(cutShortNote(null), null);
  assert.equal(cutShortNote(report()), null);
  assert.equal(cutShortNote(report({ cutShort: [] })), null);
  assert.equal(cutShortNote(report({ cutShort: ["blocks", "speakers"] })), "pageCutShort");
  assert.equal(cutShortNote(report({ cutShort: ["characters", "time"], quotes: [] })), "pageTimedOut");
});

test("voicesOf keeps the report's speaker order as colour slots and puts quotes in page order", () => {
  const voices = voicesOf(report());
  assert.deepEqual(
    voices.named.map((v) => [v.speaker.id, v.slot]),
    [[7, 0]],
  );
  assert.deepEqual(
    voices.named[0]!.quotes.map((q) => q.id),
    [1, 0],
  );
  assert.deepEqual(
    voices.unnamed.map((v) => [v.speaker.id, v.slot]),
    [
      [3, 1],
      [9, 2],
    ],
  );
  assert.deepEqual(
    voices.unattributed.map((q) => q.id),
    [3],
  );
  assert.deepEqual(
    quotesOfAll(voices.unnamed).map((q) => q.id),
    [4, 2, 5],
  );
});

test("a speaker listing a quote id the report lacks does not break the list", () => {
  const voices = voicesOf(report({ speakers: [speaker(7, "person", [0, 42])] }));
  assert.deepEqual(
    voices.named[0]!.quotes.map((q) => q.id),
    [0],
  );
});

test("nextInCycle walks through a line's quotes and wraps, each line on its own", () => {
  let cycle: ReadonlyMap<string, number> = new Map();
  const seen: number[] = [];
  for (let i = 0; i < 4; i++) {
    const next = nextInCycle(cycle, "a", 3);
    seen.push(next.index);
    cycle = next.cycle;
  }
  assert.deepEqual(seen, [0, 1, 2, 0]);
  assert.equal(nextInCycle(cycle, "b", 3).index, 0);
  // The line lost quotes since (the page changed): the cycle stays within them.
  assert.equal(nextInCycle(new Map([["a", 5]]), "a", 2).index, 1);
});

test("hostOf only names http(s) pages", () => {
  assert.equal(hostOf("https://www.lemonde.fr/politique/article.html"), "www.lemonde.fr");
  assert.equal(hostOf("http://127.0.0.1:8080/a"), "127.0.0.1");
  assert.equal(hostOf("chrome://extensions/"), null);
  assert.equal(hostOf("not a url"), null);
  assert.equal(hostOf(undefined), null);
});

test("requestedTabId reads ?tab=ID and nothing else", () => {
  assert.equal(requestedTabId("?tab=42"), 42);
  assert.equal(requestedTabId("?visit=3&tab=0"), 0);
  assert.equal(requestedTabId("?tab="), null);
  assert.equal(requestedTabId("?tab=-1"), null);
  assert.equal(requestedTabId("?tab=1e3"), null);
  assert.equal(requestedTabId(""), null);
});

test("withSite adds and removes a host once", () => {
  assert.deepEqual(withSite(["a.org"], "b.org", false), ["a.org", "b.org"]);
  assert.deepEqual(withSite(["a.org", "b.org"], "b.org", false), ["a.org", "b.org"]);
  assert.deepEqual(withSite(["a.org", "b.org"], "a.org", true), ["b.org"]);
});
