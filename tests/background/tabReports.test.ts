// Tab reports in storage.session: stored trimmed, stored bare or not at all when the quota is
// full, and asked of the tab itself when a restarted background knows none.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { PageReport } from "../../src/messages.ts";
import {
  bareReport,
  reportFromStorage,
  type SessionStorage,
  STORED_ALIASES,
  STORED_TEXT_CHARS,
  TabReports,
  trimmedReport,
} from "../../src/background/tabReports.ts";

/** storage.session in memory, turning down any write that would hold more than `quota` characters of JSON. */
function fakeSession(quota = Number.POSITIVE_INFINITY) {
  const items = new Map<string, unknown>();
  const size = () => JSON.stringify([...items]).length;
  const storage: SessionStorage = {
    get: async () => Object.fromEntries(items),
    async set(update) {
      const before = new Map(items);
      for (const [key, value] of Object.entries(update)) items.set(key, structuredClone(value));
      if (size() > quota) {
        items.clear();
        for (const [key, value] of before) items.set(key, value);
        throw new Error("Session storage quota bytes exceeded.");
      }
    },
    remove: async (key) => void items.delete(key),
  };
  return { storage, items };
}

const noTab = async () => {
  throw new Error("Could not establish connection. Receiving end does not exist.");
};

function bigReport(quotes: number, text = "word ".repeat(300)): PageReport {
  return {
    url: "https://news.example.org/story",
    title: "A long story",
    status: "highlighted",
    lang: "en",
    quotes: Array.from({ length: quotes }, (_, id) => ({
      id,
      block: id,
      text,
      inner: { start: 1, end: 1 + text.length },
      open: { start: 0, end: 1 },
      close: { start: 1 + text.length, end: 2 + text.length },
      speaker: 0,
      cue: "said",
      partial: false,
    })),
    speakers: [
      {
        id: 0,
        name: "Ann Lee",
        aliases: ["Lee", "Ms Lee", "Ann", "A. Lee", "the minister"],
        role: "minister",
        kind: "person",
        voice: "official",
        quotes: Array.from({ length: quotes }, (_, id) => id),
      },
    ],
  };
}

test("the stored report keeps every span and id, with texts cut and a few aliases", () => {
  const report = bigReport(3);
  const trimmed = trimmedReport(report);
  assert.deepEqual(
    trimmed.quotes.map(({ text, ...rest }) => rest),
    report.quotes.map(({ text, ...rest }) => rest),
  );
  for (const quote of trimmed.quotes) assert.equal(quote.text.length, STORED_TEXT_CHARS);
  assert.equal(trimmed.speakers[0]!.aliases.length, STORED_ALIASES);
  assert.deepEqual(
    bareReport(report).quotes.map((q) => q.text),
    ["", "", ""],
  );
});

test("a report is stored as its address and one JSON string, read back after a restart", async () => {
  const { storage, items } = fakeSession();
  await new TabReports(storage, noTab).set(3, bigReport(2));
  const stored = items.get("tab:3") as { url: string; json: unknown };
  // One string, not the report's objects: storing and storage.onChanged copy it in one piece.
  assert.deepEqual(Object.keys(stored), ["url", "json"]);
  assert.equal(stored.url, "https://news.example.org/story");
  assert.equal(typeof stored.json, "string");
  const restarted = new TabReports(storage, noTab);
  assert.deepEqual(await restarted.get(3), trimmedReport(bigReport(2)));
  assert.equal(reportFromStorage({ url: "x", json: "{not json" }), null);
  assert.equal(reportFromStorage(bigReport(1)), null, "a report stored as objects is not read");
});

test(
  "a report too big for the quota is stored bare, " + "and one too big even bare is not left stale",
  async () => {
    // Room for 1,000 bare quotes (200,000 characters of JSON), not for them trimmed (400,000).
    const { storage, items } = fakeSession(300_000);
    const reports = new TabReports(storage, noTab);
    await reports.set(1, bigReport(1_000));
    const stored = reportFromStorage(items.get("tab:1"))!;
    assert.equal(stored.quotes.length, 1_000);
    assert.equal(stored.quotes[0]!.text, "", "bare: spans and ids only");
    await reports.set(2, bigReport(10));
    assert.equal(reportFromStorage(items.get("tab:2"))!.quotes[0]!.text.length, STORED_TEXT_CHARS);
    await reports.set(2, bigReport(5_000));
    assert.equal(items.has("tab:2"), false, "the older, smaller report no longer stands for the tab");
    assert.equal((await reports.get(2))?.quotes.length, 5_000, "memory still answers");
  },
);

test(
  "after a restart, a tab whose report was not " + "stored is asked for it, and its answer is kept",
  async () => {
    const { storage, items } = fakeSession(200_000);
    const before = new TabReports(storage, noTab);
    await before.set(4, bigReport(5_000));
    assert.equal(items.has("tab:4"), false);
    const asked: number[] = [];
    const restarted = new TabReports(storage, async (tabId) => {
      asked.push(tabId);
      return bigReport(2);
    });
    assert.equal((await restarted.get(4))?.quotes.length, 2);
    assert.equal((await restarted.get(4))?.quotes.length, 2);
    assert.deepEqual(asked, [4], "asked once, then known");
    assert.ok(items.has("tab:4"));
  },
);

test(
  "a tab's answer that is not a report is dropped; " + "a tab without a content script gives null",
  async () => {
    const { storage } = fakeSession();
    const forged = new TabReports(storage, async () => ({ status: "highlighted", quotes: "all" }));
    assert.equal(await forged.get(9), null);
    assert.equal(await new TabReports(storage, noTab).get(9), null);
    const throwing = () => {
      throw new Error("Error at parameter 'tabId': Value must be at least 0.");
    };
    assert.equal(await new TabReports(storage, throwing).get(-1), null);
  },
);
