// What a page's first reading waits for, asked for all at once as the content script starts: the
// install's highlight prefix, the settings and, on a page that looks like a story, reader.js (the
// page adapter). Asked one after the other, they took 50–150 ms after `load` on the 1 MB article
// before its reading began.

/** How each is asked for (the real ones in main.ts; tests pass fakes). */
export interface StartupNeeds<S> {
  prefix(): Promise<string>;
  settings(): Promise<S>;
  /** Loads reader.js; nothing of it runs until a reading starts. */
  loadReader(): Promise<unknown>;
  /** The quick look of shouldScan.ts: only such pages get reader.js before the settings are in. */
  looksLikeStory(): boolean;
}

/**
 * Asks for the prefix, the settings and (on a story) reader.js at once. reader.js is only loaded:
 * whether the page is read still waits for the settings (a site the reader turned Quotelight off
 * on gets the module loaded but never used, and a failed load is tried again by the reading).
 */
export function askAtStart<S>(needs: StartupNeeds<S>): { prefix: Promise<string>; settings: Promise<S> } {
  const prefix = needs.prefix();
  const settings = needs.settings();
  // Awaited by the first start; never, if the prefix fails: then it must not fail unheard.
  settings.catch(() => undefined);
  if (needs.looksLikeStory()) needs.loadReader().catch(() => undefined);
  return { prefix, settings };
}
