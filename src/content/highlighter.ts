// Paints quotes with the CSS Custom Highlight API: ranges are registered in the document's
// highlight registry and styled by ::highlight() rules in a constructed stylesheet the document
// adopts, so the page's DOM is never touched.
// The registry is shared with the page's own scripts, which may use it too (or break it):
// every access is guarded, and only names starting with the install's random prefix are ours.
import { stillInPage } from "./scan.ts";
import { flashHighlightName, HIGHLIGHT_RULE_SCOPE, highlightStylesheet } from "./highlightStyles.ts";

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
  #prefix: string;
  /** Our highlights registered now, by name. */
  #painted = new Map<string, Highlight>();
  /** Each range shown now and the name of its highlight: what a repaint compares itself with. */
  #shown = new Map<Range, string>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;
  #styles: CSSStyleSheet | null = null;

  /** `prefix`: the install's random start of highlight names (src/highlightPrefix.ts). */
  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /**
   * Makes sure the document has our ::highlight() rules: adopted the first time something is
   * painted, and again if the page replaced its adopted stylesheets since.
   */
  #adoptStyles(): void {
    try {
      if (!this.#styles) {
        this.#styles = new CSSStyleSheet();
        this.#styles.replaceSync(highlightStylesheet(this.#prefix, HIGHLIGHT_RULE_SCOPE));
      }
      if (!document.adoptedStyleSheets.includes(this.#styles)) document.adoptedStyleSheets.push(this.#styles);
    } catch {
      // A browser without constructed stylesheets: the highlights are registered, unstyled.
    }
  }

  /**
   * Adds `range` to the highlight `name`, registered on first use: the browser draws it in its
   * next frame, so a long list of quotes can be painted a batch at a time.
   */
  add(name: string, range: Range): void {
    const highlights = registry();
    if (!highlights) return;
    try {
      let highlight = this.#painted.get(name);
      if (!highlight) {
        this.#adoptStyles();
        highlight = new Highlight();
        highlights.set(name, highlight);
        this.#painted.set(name, highlight);
      }
      highlight.add(range);
      this.#shown.set(range, name);
    } catch {
      // A page that froze or replaced the registry: leave it be.
    }
  }

  /** Takes `range` off the highlight `name` (text the page removed, a quote that changed colour). */
  remove(name: string, range: Range): void {
    this.#shown.delete(range);
    const highlight = this.#painted.get(name);
    try {
      highlight?.delete(range);
      // An empty highlight is unregistered: the grey of a reading under way leaves with its last quote.
      if (highlight?.size === 0) {
        registry()?.delete(name);
        this.#painted.delete(name);
      }
    } catch {
      // See add().
    }
  }

  clear(): void {
    const highlights = registry();
    for (const name of this.#painted.keys()) {
      try {
        highlights?.delete(name);
      } catch {
        // See add().
      }
    }
    this.#painted.clear();
    this.#shown.clear();
  }

  /** The ranges shown now, each with the name of its highlight. */
  shown(): ReadonlyMap<Range, string> {
    return this.#shown;
  }

  /** Takes off every range whose text the page removed; true if there was any. */
  dropRemoved(): boolean {
    let dropped = false;
    for (const [range, name] of this.#shown)
      if (!stillInPage(range)) {
        this.remove(name, range);
        dropped = true;
      }
    return dropped;
  }

  /** Marks `range` for a moment on top of the speaker colours. */
  flash(range: Range): void {
    const highlights = registry();
    if (!highlights) return;
    clearTimeout(this.#flashTimer);
    this.#adoptStyles();
    try {
      const flash = new Highlight(range);
      flash.priority = 1;
      highlights.set(flashHighlightName(this.#prefix), flash);
    } catch {
      return;
    }
    this.#flashTimer = setTimeout(() => this.#unflash(), FLASH_MS);
  }

  #unflash(): void {
    try {
      registry()?.delete(flashHighlightName(this.#prefix));
    } catch {
      // See add().
    }
  }

  /** Removes everything, the flash included; used when the page session ends. */
  dispose(): void {
    clearTimeout(this.#flashTimer);
    this.#unflash();
    this.clear();
  }
}
