// Paints quotes with the CSS Custom Highlight API: ranges are registered in the document's
// highlight registry and styled by highlights.css, so the page's DOM is never touched.
// The registry is shared with the page's own scripts, which may use it too (or break it):
// every access is guarded, and only names starting with "quotelight-" are ever ours.
import { flashHighlightName } from "./highlightStyles.ts";

/** How long a quote the reader jumped to stays flashed. */
const FLASH_MS = 1200;

function registry(): HighlightRegistry | null {
  try {
    return typeof Highlight === "function" && CSS.highlights instanceof HighlightRegistry
      ? CSS.highlights
      : null;
  } catch {
    return null;
  }
}

export class Highlighter {
  #painted = new Set<string>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Replaces every highlight of ours with `groups` (highlight name → ranges). */
  paint(groups: ReadonlyMap<string, Range[]>): void {
    this.clear();
    const highlights = registry();
    if (!highlights) return;
    for (const [name, ranges] of groups) {
      try {
        highlights.set(name, new Highlight(...ranges));
        this.#painted.add(name);
      } catch {
        // A page that froze or replaced the registry: leave it be.
      }
    }
  }

  clear(): void {
    const highlights = registry();
    for (const name of this.#painted) {
      try {
        highlights?.delete(name);
      } catch {
        // See paint().
      }
    }
    this.#painted.clear();
  }

  /** Marks `range` for a moment on top of the speaker colours. */
  flash(range: Range): void {
    const highlights = registry();
    if (!highlights) return;
    clearTimeout(this.#flashTimer);
    try {
      const flash = new Highlight(range);
      flash.priority = 1;
      highlights.set(flashHighlightName, flash);
    } catch {
      return;
    }
    this.#flashTimer = setTimeout(() => this.#unflash(), FLASH_MS);
  }

  #unflash(): void {
    try {
      registry()?.delete(flashHighlightName);
    } catch {
      // See paint().
    }
  }

  /** Removes everything, the flash included; used when the page session ends. */
  dispose(): void {
    clearTimeout(this.#flashTimer);
    this.#unflash();
    this.clear();
  }
}
