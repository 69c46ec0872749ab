// What differs between Chrome and Firefox, behind one small interface. Each browser has its own
// module (chrome.ts, firefox.ts); the build picks one at compile time (see index.ts), so the
// rest of the code never asks which browser it runs in.
import type { ArticlePart } from "../engineHost/articleParts.ts";
import type { PartOutcome } from "../engineHost/enginePool.ts";

export interface Platform {
  /** "chrome" or "firefox": for messages shown to the reader, never for branching. */
  readonly name: "chrome" | "firefox";
  /**
   * Opens the side panel (Chrome) or sidebar (Firefox) showing Quotelight. Both browsers only
   * allow it in direct response to a click, so call it from the click handler itself.
   */
  openSidePanel(windowId: number): Promise<void>;
  /** Opens the browser's page where readers change the extension's keyboard shortcuts. */
  openShortcutSettings(): Promise<void>;
  /**
   * Hands a part of a tab's article to the engine on a dedicated Worker (src/engineHost/), within
   * the time budget. Called by the background only: Firefox's background page starts the Workers
   * itself; Chrome's service worker cannot, so there an offscreen document keeps them.
   */
  enginePart(tabId: number, part: ArticlePart): Promise<PartOutcome>;
  /**
   * A page is about to be read: start the engine's Worker (and Chrome's offscreen document) now,
   * so that their cold start overlaps the page's reading instead of delaying the first part.
   */
  warmUpEngine(): Promise<void>;
  /** The tab's reading ends where it is; `forget`: its engine session is dropped too. */
  endEngineReading(tabId: number, forget: boolean): Promise<void>;
}
