// The background's side of a tab's reading: each part handed to the engine as it comes, the
// result's quotes fetched in parts, the quotes found so far when time runs out, a newer reading
// replacing a waiting one, and a reading whose page stops sending ended.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Quote } from "../../src/engine/types.ts";
import type { ArticlePart } from "../../src/engineHost/articleParts.ts";
import type { PartOutcome } from "../../src/engineHost/enginePool.ts";
import { LIMITS } from "../../src/limits.ts";
import { type Engine, Readings } from "../../src/background/readings.ts";
import { TabQueue } from "../../src/background/tabQueue.ts";
import { quote as unattributed } from "../content/fixtures.ts";

/** A quote as the engine gives it before attribution. */
const quote = (id: number): Quote => unattributed(id, null);
const first: ArticlePart = { start: { lang: "en" }, blocks: [{ kind: "paragraph", text: "“a”" }] };
const last: ArticlePart = { blocks: [{ kind: "paragraph", text: "“b”" }], last: true };

/** An engine whose answers the test gives, part by part; records what it was asked. */
class StandInEngine implements Engine {
  parts: [number, ArticlePart][] = [];
  ended: [number, boolean][] = [];
  #answers: ((outcome: PartOutcome) => void)[] = [];
  enginePart(tabId: number, part: ArticlePart): Promise<PartOutcome> {
    this.parts.push([tabId, part]);
    return new Promise((answer) => this.#answers.push(answer));
  }
  async endEngineReading(tabId: number, forget: boolean): Promise<void> {
    this.ended.push([tabId, forget]);
  }
  async answer(outcome: PartOutcome): Promise<void> {
    while (this.#answers.length === 0) await turn();
    this.#answers.shift()!(outcome);
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));
const noWait = { now: () => 0, wait: async () => undefined };

function readingsOf(waitMs = 60_000) {
  const engine = new StandInEngine();
  return { engine, readings: new Readings(new TabQueue<void>(noWait), engine, waitMs) };
}

test("each part is answered with its quotes, the last with the result, its quotes in parts", async () => {
  const { engine, readings } = readingsOf();
  const one = readings.receive(1, 1, first);
  await engine.answer({ found: JSON.stringify([quote(0)]) });
  assert.deepEqual(await one, { found: JSON.stringify([quote(0)]) });
  const quotes = Array.from({ length: LIMITS.partQuotes + 2 }, (_, i) => quote(i));
  const two = readings.receive(1, 1, last);
  await engine.answer({ result: { lang: "en", quotes, speakers: [] }, cut: [] });
  assert.deepEqual(await two, {
    done: { lang: "en", speakers: [], cutShort: [], quoteCount: quotes.length },
    quotes: quotes.slice(0, LIMITS.partQuotes),
  });
  assert.deepEqual(readings.moreQuotes(1, 1, LIMITS.partQuotes), quotes.slice(LIMITS.partQuotes));
  assert.equal(readings.moreQuotes(1, 1, 0), null, "all fetched: the result is not kept");
  assert.equal(readings.moreQuotes(1, 2, 0), null, "another reading's quotes are not there");
  assert.deepEqual(
    engine.parts.map(([tab, part]) => [tab, part]),
    [
      [1, first],
      [1, last],
    ],
  );
});

test("a reading out of time gives the quotes found so far, without speakers, cut short", async () => {
  const { engine, readings } = readingsOf();
  const one = readings.receive(1, 1, first);
  await engine.answer({ found: JSON.stringify([quote(0), quote(1)]) });
  await one;
  const two = readings.receive(1, 1, last);
  await engine.answer({ timedOut: true });
  assert.deepEqual(await two, {
    done: { lang: "en", speakers: [], cutShort: ["time"], quoteCount: 2 },
    quotes: [quote(0), quote(1)],
  });
});

test("the engine's result is cut to the caps, and the cuts of the article named", async () => {
  const { engine, readings } = readingsOf();
  const quotes = Array.from({ length: LIMITS.quotes + 1 }, (_, i) => quote(i));
  const answer = readings.receive(1, 1, { ...first, last: true });
  await engine.answer({ result: { lang: "en", quotes, speakers: [] }, cut: ["characters"] });
  const done = await answer;
  assert.ok(done && "done" in done);
  assert.equal(done.done.quoteCount, LIMITS.quotes);
  assert.deepEqual(done.done.cutShort, ["characters", "quotes"]);
});

test("a newer reading replaces the tab's others; the waiting one never reaches the engine", async () => {
  const { engine, readings } = readingsOf();
  const running = readings.receive(1, 1, first);
  const waiting = readings.receive(1, 2, first);
  const newest = readings.receive(1, 3, first);
  assert.equal(await waiting, null);
  assert.equal(await readings.receive(1, 2, last), null);
  await engine.answer({ found: JSON.stringify([]) });
  assert.equal(await running, null, "replaced too, though the engine has its part");
  await engine.answer({ found: JSON.stringify([quote(0)]) });
  assert.deepEqual(await newest, { found: JSON.stringify([quote(0)]) });
  assert.equal(engine.parts.length, 2, "reading 2 never reached the engine");
});

test("the engine asking for the article whole is passed on", async () => {
  const { engine, readings } = readingsOf();
  const answer = readings.receive(1, 1, { blocks: [{ same: 3 }], start: {}, last: true });
  await engine.answer({ unknownBlocks: true });
  assert.deepEqual(await answer, { resend: true });
});

test("a reading whose page stops sending ends, and its Worker is freed", async () => {
  const { engine, readings } = readingsOf(10);
  const one = readings.receive(4, 1, first);
  await engine.answer({ found: JSON.stringify([]) });
  await one;
  while (engine.ended.length === 0) await turn();
  assert.deepEqual(engine.ended, [[4, false]]);
  assert.equal(await readings.receive(4, 1, last), null, "too late");
});

test("a tab that is gone loses its result and its engine session", async () => {
  const { engine, readings } = readingsOf();
  const answer = readings.receive(2, 1, { ...first, last: true });
  const quotes = Array.from({ length: LIMITS.partQuotes + 1 }, (_, i) => quote(i));
  await engine.answer({ result: { lang: "en", quotes, speakers: [] }, cut: [] });
  await answer;
  readings.forget(2);
  assert.equal(readings.moreQuotes(2, 1, 0), null);
  assert.deepEqual(engine.ended, [[2, true]]);
});
