// isMessage is the gate every message passes through (content scripts run beside untrusted page
// code): it must never throw, and must turn down anything not exactly one of our messages.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { isMessage, isPageReport, type Message, type PageReport } from "../../src/messages.ts";

const report: PageReport = {
  url: "https://example.org/story",
  title: "Story",
  status: "highlighted",
  lang: "en",
  quotes: [
    {
      id: 0,
      block: 1,
      text: "Yes",
      inner: { start: 1, end: 4 },
      open: { start: 0, end: 1 },
      close: { start: 4, end: 5 },
      speaker: 0,
      cue: "said",
      partial: false,
    },
  ],
  speakers: [
    { id: 0, name: "Ann Lee", aliases: [], role: null, kind: "person", voice: "official", quotes: [0] },
  ],
};
const valid: Message[] = [
  { type: "page-report", report },
  { type: "get-report", tabId: 3 },
  { type: "report-changed", tabId: 3, report: null },
  { type: "report-changed", tabId: 3, report },
  { type: "page-report", report: { ...report, notArticle: true } },
  { type: "page-report", report: { ...report, cutShort: ["blocks", "time"] } },
  { type: "show-quote", quoteId: 0 },
  { type: "set-highlighting", enabled: false },
  { type: "scan-now" },
  {
    type: "article-part",
    reading: 1,
    part: { start: { lang: "en", title: "T" }, blocks: [{ kind: "paragraph", text: "“Yes,” she said." }] },
  },
  {
    type: "article-part",
    reading: 1,
    part: { blocks: [{ same: 4 }, { kind: "caption", text: "A" }], last: true },
  },
  { type: "article-part", reading: 2, part: { blocks: [{ kind: "paragraph", text: "Half", more: true }] } },
  { type: "article-part", reading: 1, part: { start: {}, blocks: [], last: true } },
  { type: "more-quotes", reading: 1, from: 250 },
  { type: "engine-part", tabId: 3, part: { blocks: [{ same: 0 }] } },
  { type: "engine-end", tabId: 3, forget: true },
];

test("every kind of well-formed message passes", () => {
  for (const message of valid) assert.ok(isMessage(message), JSON.stringify(message));
});

test("malformed messages are turned down", () => {
  const quote = report.quotes[0]!;
  const speaker = report.speakers[0]!;
  const withReport = (changes: Record<string, unknown>) => ({
    type: "page-report",
    report: { ...report, ...changes },
  });
  const malformed: unknown[] = [
    null,
    undefined,
    0,
    "scan-now",
    [],
    ["scan-now"],
    {},
    { type: "SCAN-NOW" },
    { type: "eval", code: "alert(1)" },
    { type: "toString" },
    { type: "__proto__" },
    { type: "constructor" },
    JSON.parse('{"__proto__": {"type": "scan-now"}}'),
    { type: "get-report" },
    { type: "get-report", tabId: "3" },
    { type: "get-report", tabId: 1.5 },
    { type: "get-report", tabId: Number.MAX_SAFE_INTEGER + 1 },
    { type: "get-report", tabId: NaN },
    { type: "show-quote", quoteId: "0" },
    { type: "show-quote", quoteId: Infinity },
    { type: "set-highlighting", enabled: "false" },
    { type: "set-highlighting", enabled: 0 },
    { type: "report-changed", tabId: 3 },
    { type: "report-changed", tabId: 3, report: {} },
    { type: "page-report" },
    { type: "page-report", report: null },
    withReport({ url: 5 }),
    withReport({ status: "pwned" }),
    withReport({ lang: 3 }),
    withReport({ notArticle: "yes" }),
    withReport({ quotes: {} }),
    withReport({ quotes: [{ ...quote, text: { toString: () => "<img src=x onerror=alert(1)>" } }] }),
    withReport({ quotes: [{ ...quote, inner: { start: "0", end: 4 } }] }),
    withReport({ quotes: [{ ...quote, close: undefined }] }),
    withReport({ quotes: [{ ...quote, partial: "no" }] }),
    withReport({ speakers: [{ ...speaker, aliases: [1] }] }),
    withReport({ speakers: [{ ...speaker, kind: "script" }] }),
    withReport({ speakers: [{ ...speaker, voice: "celebrity" }] }),
    withReport({ speakers: [{ ...speaker, quotes: ["0"] }] }),
    withReport({ speakers: [{ ...speaker, name: null }] }),
    withReport({ cutShort: "blocks" }),
    withReport({ cutShort: ["pages"] }),
    { type: "article-part", reading: 1 },
    { type: "article-part", reading: 1, part: "text" },
    { type: "article-part", part: { blocks: [] } },
    { type: "article-part", reading: 1, part: { blocks: {} } },
    { type: "article-part", reading: 1, part: { blocks: [{ kind: "script", text: "x" }] } },
    { type: "article-part", reading: 1, part: { blocks: [{ kind: "paragraph", text: 5 }] } },
    { type: "article-part", reading: 1, part: { blocks: [{ kind: "paragraph", text: "x", lang: 1 }] } },
    { type: "article-part", reading: 1, part: { blocks: [{ kind: "paragraph", text: "x", more: false }] } },
    { type: "article-part", reading: 1, part: { blocks: [{ same: -1 }] } },
    { type: "article-part", reading: 1, part: { blocks: [{ same: "0" }] } },
    { type: "article-part", reading: 1, part: { blocks: [null] } },
    { type: "article-part", reading: 1, part: { blocks: [], start: { lang: ["en"] } } },
    { type: "article-part", reading: 1, part: { blocks: [], last: false } },
    { type: "more-quotes", reading: 1, from: -1 },
    { type: "engine-part", tabId: "3", part: { blocks: [] } },
    { type: "engine-end", tabId: 3 },
  ];
  for (const message of malformed) assert.equal(isMessage(message), false, String(JSON.stringify(message)));
});

test("isMessage never throws and accepts nothing random", () => {
  fc.assert(
    fc.property(
      fc.anything({
        withObjectString: true,
        withNullPrototype: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
      }),
      (v) => {
        assert.equal(isMessage(v), false);
      },
    ),
    { seed: 20261129, numRuns: 2000 },
  );
  // Objects that look right at the top, with random payloads below.
  const type = fc.constantFrom(...valid.map((m) => m.type));
  fc.assert(
    fc.property(type, fc.dictionary(fc.string(), fc.anything()), (t, rest) => {
      const verdict = isMessage({ ...rest, type: t });
      if (verdict) assert.ok(t === "scan-now" || Object.keys(rest).length > 0);
    }),
    { seed: 20261129, numRuns: 2000 },
  );
});

test("a page report with a huge or deeply odd payload is checked without throwing", () => {
  const many = {
    ...report,
    quotes: Array.from({ length: 50_000 }, (_, id) => ({ ...report.quotes[0]!, id })),
  };
  assert.equal(isPageReport(many), true);
  let deep: unknown = { type: "scan-now" };
  for (let i = 0; i < 10_000; i++) deep = { report: deep };
  assert.equal(isMessage({ type: "page-report", report: deep }), false);
});
