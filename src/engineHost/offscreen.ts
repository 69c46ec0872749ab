// Chrome's offscreen document, whose only work is to keep the engine's Workers: Chrome's
// service worker cannot start a Worker, a document can. The background asks it to run the
// engine (run-engine) and gets the outcome back as the answer. The document itself does no
// engine work: it shares its thread with the popup and side panel, which must stay responsive.
import browser, { type Runtime } from "webextension-polyfill";
import { isMessage } from "../messages.ts";
import { EnginePool, type EngineThread } from "./enginePool.ts";

const engines = new EnginePool(() => new Worker("engine.js") as unknown as EngineThread);

/** Sent by this extension's background, not by a page (no tab). */
const fromBackground = (sender: Runtime.MessageSender) => sender.id === browser.runtime.id && !sender.tab;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromBackground(sender) || !isMessage(message) || message.type !== "run-engine") return undefined;
  return engines.run(message.article);
});
