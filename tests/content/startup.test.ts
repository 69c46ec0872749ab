// The content script's start: the highlight prefix, the settings and (on a story) reader.js are
// all asked for before any of them is answered, and reader.js only on a page that looks like a story.
import { test } from "node:test";
import assert from "node:assert/strict";
import { askAtStart } from "../../src/content/startup.ts";

/** Fakes that note when each is asked for and answer only when the test says. */
function needs(looksLikeStory: boolean) {
  const asked: string[] = [];
  const answers: Array<() => void> = [];
  const ask =
    <T>(name: string, value: T) =>
    () => {
      asked.push(name);
      return new Promise<T>((resolve) => answers.push(() => resolve(value)));
    };
  return {
    asked,
    answerAll: () => answers.forEach((answer) => answer()),
    needs: {
      prefix: ask("prefix", "ql-test"),
      settings: ask("settings", { runOn: "articles" }),
      loadReader: ask("reader", {}),
      looksLikeStory: () => looksLikeStory,
    },
  };
}

test("on a story, the prefix, the settings and reader.js are asked for at once", async () => {
  const start = needs(true);
  const { prefix, settings } = askAtStart(start.needs);
  assert.deepEqual(start.asked.toSorted(), ["prefix", "reader", "settings"], "none waits for another");
  start.answerAll();
  assert.equal(await prefix, "ql-test");
  assert.deepEqual(await settings, { runOn: "articles" });
});

test("on a page that does not look like a story, reader.js is not loaded", () => {
  const start = needs(false);
  askAtStart(start.needs);
  assert.deepEqual(start.asked.toSorted(), ["prefix", "settings"]);
});
