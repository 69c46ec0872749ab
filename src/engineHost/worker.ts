// The engine's own thread: a dedicated Worker that reads each page's article as its parts come
// and posts back what each part gives (engineSessions.ts). It touches nothing else, so a long
// extraction holds up no extension's background and no browser UI; the host (enginePool.ts)
// stops it when an extraction runs past its time budget.
import { type EngineRequest, EngineSessions, toPosted } from "./engineSessions.ts";

const sessions = new EngineSessions();

addEventListener("message", (event: MessageEvent<EngineRequest>) => {
  const reply = sessions.receive(event.data);
  if (reply) postMessage(toPosted(reply));
});
