// Answers "ping" with "pong" at once: any delay is the time its background waited for its turn.
browser.runtime.onMessage.addListener((message) =>
  message === "ping" ? Promise.resolve("pong") : undefined,
);
