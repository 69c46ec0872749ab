// The start of every highlight name Quotelight registers in a page (`CSS.highlights`, styled by
// `::highlight()` rules). The registry is per document, so the page's scripts can list it: with a
// fixed name ("quotelight-0") any site could tell that Quotelight runs and read what it found.
// Each install draws its own random prefix instead, kept in storage.local (this profile only).
import browser from "webextension-polyfill";

const KEY = "highlightPrefix";
/** A CSS identifier, as `::highlight()` needs: a letter, then letters and digits. */
const PREFIX_SHAPE = /^[a-z][a-z0-9]{0,31}$/;

/** "h" and 16 random hex digits: 64 bits no site can guess. */
function randomPrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `h${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * This install's prefix, drawn and stored the first time it is needed (at install, by the
 * background; a page opened before that finishes draws it then). Storage failing (a broken
 * profile) gives a prefix for this page alone: still one no site can guess.
 */
export async function highlightPrefix(): Promise<string> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    if (typeof stored === "string" && PREFIX_SHAPE.test(stored)) return stored;
    const drawn = randomPrefix();
    await browser.storage.local.set({ [KEY]: drawn });
    return drawn;
  } catch {
    return randomPrefix();
  }
}
