// The engine's own thread: a dedicated Worker that runs extractQuotes on each article it is
// posted and posts the result back. It touches nothing else, so a long extraction holds up no
// extension's background and no browser UI; the host (enginePool.ts) stops it when it runs
// past its time budget.
import { extractQuotes } from "../engine/index.ts";
import type { Article } from "../engine/types.ts";

addEventListener("message", (event: MessageEvent<Article>) => {
  postMessage(extractQuotes(event.data));
});
