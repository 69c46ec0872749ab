// Loads reader.js (the page adapter) into this content script on first use. It is a
// web-accessible resource with `use_dynamic_url`: the page can only reach it at a per-session
// address, so no site can detect Quotelight by probing for the file. This costs no permission,
// where having the background inject it (scripting.executeScript) would need the
// `scripting` permission and host permissions for every site.
import browser from "webextension-polyfill";

type Reader = typeof import("./reader.ts");

let reader: Promise<Reader> | null = null;

export function loadReader(): Promise<Reader> {
  reader ??= (import(browser.runtime.getURL("reader.js")) as Promise<Reader>).catch((error: unknown) => {
    reader = null; // Try again on the next scan (an extension update may have moved the file).
    throw error;
  });
  return reader;
}
