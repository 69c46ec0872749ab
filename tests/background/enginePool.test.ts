// The engine's Workers: reused while warm, stopped and replaced when an extraction runs past its
// budget, and at most POOL_SIZE at once. Threads are stand-ins that answer when the test says.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, QuoteResult } from "../../src/engine/types.ts";
import { EnginePool, type EngineThread, POOL_SIZE } from "../../src/engineHost/enginePool.ts";

const article: Article = { blocks: [{ kind: "paragraph", text: "“Yes,” she said." }] };
const result: QuoteResult = { lang: "en", quotes: [], speakers: [] };

/** A thread that answers each article only when `answer()` is called; counts what was done to it. */
class StandInThread implements EngineThread {
  received = 0;
  terminated = false;
  #listeners = new Map<string, Set<(event: { data?: unknown }) => void>>();
  postMessage(): void {
    this.received++;
  }
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    if (!this.#listeners.has(type)) this.#listeners.set(type, new Set());
    this.#listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    this.#listeners.get(type)?.delete(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown = result): void {
    for (const listener of [...(this.#listeners.get("message") ?? [])]) listener({ data });
  }
  fail(): void {
    for (const listener of [...(this.#listeners.get("error") ?? [])]) listener({});
  }
}

function poolOf(budgetMs = 60_000) {
  const threads: StandInThread[] = [];
  const pool = new EnginePool(() => {
    const thread = new StandInThread();
    threads.push(thread);
    return thread;
  }, budgetMs);
  return { pool, threads };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

test("a warm Worker is reused for the next extraction", async () => {
  const { pool, threads } = poolOf();
  const first = pool.run(article);
  threads[0]!.answer();
  assert.deepEqual(await first, { result });
  const second = pool.run(article);
  threads[0]!.answer();
  await second;
  assert.equal(threads.length, 1);
  assert.equal(threads[0]!.received, 2);
});

test(
  "an extraction past its budget is answered " + "timedOut, and its Worker is stopped, never reused",
  async () => {
    // The stand-in never answers: whatever the machine's speed, the budget ends first.
    const { pool, threads } = poolOf(20);
    assert.deepEqual(await pool.run(article), { timedOut: true });
    assert.equal(threads[0]!.terminated, true);
    const next = pool.run(article);
    assert.equal(threads.length, 2, "a fresh Worker takes the next extraction");
    threads[1]!.answer();
    assert.deepEqual(await next, { result });
  },
);

test("a Worker that fails is stopped, and the extraction rejected", async () => {
  const { pool, threads } = poolOf();
  const failing = pool.run(article);
  threads[0]!.fail();
  await assert.rejects(failing);
  assert.equal(threads[0]!.terminated, true);
});

test("no more than POOL_SIZE Workers run at once; the next extraction takes the first one free", async () => {
  const { pool, threads } = poolOf();
  const runs = Array.from({ length: POOL_SIZE + 1 }, () => pool.run(article));
  await turn();
  assert.equal(threads.length, POOL_SIZE);
  threads[0]!.answer();
  await runs[0];
  await turn();
  assert.equal(threads.length, POOL_SIZE, "no new Worker: the free one is reused");
  assert.equal(threads[0]!.received, 2);
  threads[0]!.answer();
  threads[1]!.answer();
  await Promise.all(runs);
});
