// Chrome's offscreen document, whose only work is to keep the engine's Workers: Chrome's
// service worker cannot start a Worker, a document can. The background hands it each part of a
// tab's article (engine-part) and gets the Worker's reply back as the answer. The document itself does no
// engine work: it shares its thread with the popup and side panel, which must stay responsive.
import browser, { type Runtime } from "webextension-polyfill";
import { isMessage } from "../messages.ts";
import { EnginePool, type EngineThread } from "./enginePool.ts";

const engines = new EnginePool(() => new Worker("engine.js") as unknown as EngineThread);

/** Sent by this extension's background, not by a page (no tab). */
const fromBackground = (sender: Runtime.MessageSender) => sender.id === browser.runtime.id && !sender.tab;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!fromBackground(sender) || !isMessage(message)) return undefined;
  if (message.type === "engine-part") return engines.part(message.tabId, message.part);
  if (message.type === "engine-warm-up") return Promise.resolve(engines.warmUp());
  if (message.type === "engine-end") return Promise.resolve(engines.end(message.tabId, message));
  return undefined;
});
