// The engine's Workers: a reading's parts all go to one Worker, a page's next reading goes back to
// the Worker holding its session, Workers are reused while warm, stopped and replaced when a
// reading runs past its budget, and at most POOL_SIZE run at once. Threads are stand-ins that
// answer when the test says.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { QuoteResult } from "../../src/engine/types.ts";
import type { ArticlePart } from "../../src/engineHost/articleParts.ts";
import { EnginePool, type EngineThread, POOL_SIZE } from "../../src/engineHost/enginePool.ts";
import type { EngineRequest } from "../../src/engineHost/engineSessions.ts";

const first: ArticlePart = {
  start: { lang: "en" },
  blocks: [{ kind: "paragraph", text: "“Yes,” she said." }],
};
const middle: ArticlePart = { blocks: [{ kind: "paragraph", text: "More." }] };
const whole: ArticlePart = { ...first, last: true };
const result = { result: { lang: "en", quotes: [], speakers: [] } satisfies QuoteResult, cut: [] };

/** A thread that answers each request only when `answer()` is called; keeps what it was sent. */
class StandInThread implements EngineThread {
  received: EngineRequest[] = [];
  terminated = false;
  #listeners = new Map<string, Set<(event: { data?: unknown }) => void>>();
  postMessage(request: EngineRequest): void {
    this.received.push(request);
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
  /** Sessions told to drop. */
  get forgotten(): number[] {
    return this.received.flatMap((r) => ("forget" in r ? [r.session] : []));
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

/** The session a request is for; none for a warm-up. */
const sessionOf = (request: EngineRequest | undefined) =>
  request && "session" in request ? request.session : undefined;

/** Runs a whole one-part reading of `tabId`, answered by the thread it lands on. */
async function read(pool: EnginePool, threads: StandInThread[], tabId: number) {
  const reading = pool.part(tabId, whole);
  await turn();
  const thread = threads.find(
    (t) => sessionOf(t.received.at(-1)) === tabId && !("forget" in t.received.at(-1)!),
  );
  thread!.answer();
  await reading;
  return thread!;
}

test("a reading's parts go to one Worker, reused warm for the next reading", async () => {
  const { pool, threads } = poolOf();
  const one = pool.part(7, first);
  await turn();
  threads[0]!.answer({ found: "[]" });
  assert.deepEqual(await one, { found: "[]" });
  const two = pool.part(7, { ...middle, last: true });
  threads[0]!.answer();
  assert.deepEqual(await two, result);
  await read(pool, threads, 8);
  assert.equal(threads.length, 1);
  assert.deepEqual(threads[0]!.received.map(sessionOf), [7, 7, 8]);
});

test("a Worker warmed up before a page is read takes its first reading; none past need", async () => {
  const { pool, threads } = poolOf();
  pool.warmUp();
  assert.equal(threads.length, 1, "started before any part came");
  assert.deepEqual(threads[0]!.received, [{ warmUp: true }], "and told to compile the engine meanwhile");
  pool.warmUp();
  assert.equal(threads.length, 1, "an idle Worker is warm enough");
  await read(pool, threads, 4);
  assert.equal(threads.length, 1, "the reading took the warmed-up Worker");
  // Both Workers busy: warming up starts none past the pool's size.
  const [a, b] = [pool.part(5, first), pool.part(6, first)];
  await turn();
  assert.equal(threads.length, POOL_SIZE);
  pool.warmUp();
  assert.equal(threads.length, POOL_SIZE);
  for (const thread of threads) thread.answer({ found: "[]" });
  await Promise.all([a, b]);
});

test("a page's next reading goes to the Worker holding its session, when free", async () => {
  const { pool, threads } = poolOf();
  // Two readings at once start two Workers; tab 2's session is on the second.
  const [a, b] = [pool.part(1, whole), pool.part(2, whole)];
  await turn();
  threads[1]!.answer();
  threads[0]!.answer();
  await Promise.all([a, b]);
  const home = await read(pool, threads, 2);
  assert.equal(home, threads[1]);
});

test("the page's session Worker busy, another reads it, and the old session is dropped", async () => {
  const { pool, threads } = poolOf();
  const home = await read(pool, threads, 2);
  const busy = pool.part(9, first); // holds the same Worker, mid-reading
  await turn();
  const elsewhere = await read(pool, threads, 2);
  assert.notEqual(elsewhere, home);
  assert.deepEqual(home.forgotten, [2]);
  home.answer({ found: "[]" });
  await busy;
});

test("a part of no reading the pool knows is answered unknownBlocks", async () => {
  const { pool } = poolOf();
  assert.deepEqual(await pool.part(3, middle), { unknownBlocks: true });
});

test("a reading past its budget is answered timedOut, and its Worker is stopped, never reused", async () => {
  // The stand-in never answers: whatever the machine's speed, the budget ends first.
  const { pool, threads } = poolOf(20);
  assert.deepEqual(await pool.part(1, whole), { timedOut: true });
  assert.equal(threads[0]!.terminated, true);
  const next = pool.part(1, whole);
  await turn();
  assert.equal(threads.length, 2, "a fresh Worker takes the next reading");
  threads[1]!.answer();
  assert.deepEqual(await next, result);
});

test("a Worker that fails is stopped, and the part rejected", async () => {
  const { pool, threads } = poolOf();
  const failing = pool.part(1, whole);
  await turn();
  threads[0]!.fail();
  await assert.rejects(failing);
  assert.equal(threads[0]!.terminated, true);
});

test("a tab that is gone ends its reading and drops its session on its Worker", async () => {
  const { pool, threads } = poolOf();
  const unfinished = pool.part(5, first);
  await turn();
  threads[0]!.answer({ found: "[]" });
  await unfinished;
  pool.end(5, { forget: true });
  assert.deepEqual(threads[0]!.forgotten, [5]);
  assert.deepEqual(await pool.part(5, middle), { unknownBlocks: true });
  await read(pool, threads, 6);
  assert.equal(threads.length, 1, "its Worker is free again");
});

test("no more than POOL_SIZE Workers run at once; the next reading takes the first one free", async () => {
  const { pool, threads } = poolOf();
  const runs = Array.from({ length: POOL_SIZE + 1 }, (_, tab) => pool.part(tab, whole));
  await turn();
  assert.equal(threads.length, POOL_SIZE);
  threads[0]!.answer();
  await runs[0];
  await turn();
  assert.equal(threads.length, POOL_SIZE, "no new Worker: the free one is reused");
  assert.equal(threads[0]!.received.length, 2);
  threads[0]!.answer();
  threads[1]!.answer();
  await Promise.all(runs);
});
