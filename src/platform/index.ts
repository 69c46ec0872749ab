// The platform module for the browser being built. QUOTELIGHT_BROWSER is replaced by the
// build (esbuild `define`), so the other browser's module is dropped from the bundle.
import { platform as chrome } from "./chrome.ts";
import { platform as firefox } from "./firefox.ts";
import type { Platform } from "./types.ts";

declare const QUOTELIGHT_BROWSER: Platform["name"];

export type { Platform };
export const platform: Platform = QUOTELIGHT_BROWSER === "firefox" ? firefox : chrome;
