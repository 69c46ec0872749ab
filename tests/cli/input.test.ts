// Fetching a page: the CLI names itself to servers and gives up on one that never answers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readPage, USER_AGENT } from "../../src/cli/input.ts";

/** A local server answering with `respond`; gives its URL and the requests it saw. */
async function withServer(
  respond: (request: IncomingMessage, response: ServerResponse) => void,
  run: (url: string, seen: IncomingMessage[]) => Promise<void>,
): Promise<void> {
  const seen: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    seen.push(request);
    respond(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/story`, seen);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

test("a fetch sends a plain User-Agent naming Quotelight", async () => {
  await withServer(
    (_, response) => response.end("<p>Hello</p>"),
    async (url, seen) => {
      assert.equal(await readPage(url), "<p>Hello</p>");
      assert.equal(seen[0]!.headers["user-agent"], USER_AGENT);
      assert.match(USER_AGENT, /^Quotelight\//);
    },
  );
});

// The fetch's own timeout must end it: the request reached the server, and the error is the timeout's.
// (Were it to hang, the runner's timeout below ends the test: a guard, not a measure of speed.)
test("a server that never answers makes the fetch fail after the timeout, not hang", {
  timeout: 60_000,
}, async () => {
  await withServer(
    () => {}, // never responds
    async (url, seen) => {
      await assert.rejects(readPage(url, 200), { name: "TimeoutError" });
      assert.equal(seen.length, 1, "the request reached the server, which never answered");
    },
  );
});
