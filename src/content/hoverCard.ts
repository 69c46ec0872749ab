// The card over a highlighted quote: who says it, their role, "Quote 2 of 5 by …", and buttons
// to their previous and next quotes. It opens when the pointer rests on a quote, when focus
// lands inside one (a link in the quote), and from the next/previous-quote shortcuts, which move
// focus into it; Escape closes it and gives focus back.
//
// The page's DOM stays untouched until the reader first meets a quote: only then is one element
// of ours added, outside the article (at the end of <html>), holding the card in a closed shadow
// root, so that the page's styles cannot reach it and its scripts cannot read it (who says what).
// Plain DOM, no framework: the content script runs on every page and stays small.
import browser from "webextension-polyfill";
import { schemeColour, type ColourScheme } from "../palette.ts";
import type { MessageKey } from "../ui/i18n.ts";
import { quoteAtPoint, rectContains } from "./hitTest.ts";
import type { PaintedQuote } from "./scan.ts";

/** What the card needs from the page's reading. */
export interface CardSource {
  /** The install's random prefix, which names the card's element too. */
  prefix: string;
  /** The quotes painted now, in page order (none while highlighting is off). */
  painted(): readonly PaintedQuote[];
  colourScheme(): ColourScheme;
  /** Scrolls the quote into view and flashes it. */
  reveal(range: Range): void;
}

/** Time the pointer may spend off both the quote and the card before the card closes. */
const HIDE_DELAY_MS = 300;
/** Gap between the quote's line and the card, and the least margin to the viewport's edges. */
const GAP_PX = 6;
const MARGIN_PX = 8;

const message = (key: MessageKey, ...substitutions: string[]) => browser.i18n.getMessage(key, substitutions);
const formatNumber = (n: number) => n.toLocaleString(browser.i18n.getUILanguage() || undefined);

const stylesheet = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(22rem, calc(100vw - 16px));
  padding: 10px 12px; border: 1px solid #d0d0d7; border-radius: 8px; background: #ffffff; color: #1d1d1f;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  text-align: start; white-space: normal;
}
.card[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
.speaker { display: flex; align-items: center; gap: 8px; margin: 0; font-size: 14px; font-weight: 650; }
.swatch {
  flex: none; width: 12px; height: 12px; border-radius: 3px; box-shadow: inset 0 0 0 1px rgb(0 0 0 / 0.25);
}
.role { margin: 2px 0 0 20px; color: #5e5e66; }
.role:empty { display: none; }
.position { margin: 6px 0 0; color: #5e5e66; }
.nav { display: flex; gap: 6px; margin-top: 8px; }
button {
  font: inherit; color: inherit; padding: 3px 10px; border: 1px solid #d0d0d7; border-radius: 6px;
  background: #f7f7f9; cursor: pointer;
}
button:hover { background: #ececf1; }
button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card {
    border-color: #45454d; background: #1e1e21; color: #ececf1; box-shadow: 0 4px 16px rgb(0 0 0 / 0.5);
  }
  .role, .position { color: #a6a6b0; }
  button { border-color: #45454d; background: #2a2a2f; }
  button:hover { background: #34343a; }
  .card:focus-visible, button:focus-visible { outline-color: #8ab4f8; }
}
`;

/** The card's elements, made the first time a card is shown. */
interface CardView {
  host: HTMLElement;
  root: ShadowRoot;
  card: HTMLElement;
  swatch: HTMLElement;
  name: HTMLElement;
  role: HTMLElement;
  position: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  parent: Node,
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  parent.appendChild(made);
  return made;
}

/** `prefix`: the install's random prefix (src/highlightPrefix.ts), so the tag does not name Quotelight. */
function buildView(prefix: string): CardView {
  // A name no page styles: its own tag, not a div a page's `html > div` rule could hide.
  const host = document.createElement(`${prefix}-card`);
  // Inline and important: the only way a page rule cannot undo what the host needs.
  host.style.cssText = "all: initial !important; display: block !important; position: static !important;";
  // Closed: `host.shadowRoot` is null for the page's scripts (and ours: the view keeps the root).
  const root = host.attachShadow({ mode: "closed" });
  const style = document.createElement("style");
  style.textContent = stylesheet;
  root.appendChild(style);
  const card = element("div", "card", root);
  card.hidden = true;
  card.tabIndex = -1;
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-labelledby", "quotelight-card-name");
  card.setAttribute("aria-describedby", "quotelight-card-role quotelight-card-position");
  const speaker = element("p", "speaker", card);
  const swatch = element("span", "swatch", speaker);
  swatch.setAttribute("aria-hidden", "true");
  const name = element("span", "name", speaker);
  name.id = "quotelight-card-name";
  const role = element("p", "role", card);
  role.id = "quotelight-card-role";
  const position = element("p", "position", card);
  position.id = "quotelight-card-position";
  const nav = element("div", "nav", card);
  const previous = element("button", "previous", nav);
  const next = element("button", "next", nav);
  previous.type = next.type = "button";
  previous.textContent = message("cardPrevious");
  next.textContent = message("cardNext");
  document.documentElement.appendChild(host);
  return { host, root, card, swatch, name, role, position, previous, next };
}

/**
 * What the card shows: a quote, and which of its line boxes it sits by: the one under the
 * pointer, or (null) the whole quote, so that a card opened from the keyboard hides none of it.
 */
interface Anchor {
  quote: PaintedQuote;
  line: number | null;
}

export class HoverCard {
  #source: CardSource;
  #view: CardView | null = null;
  #anchor: Anchor | null = null;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  #pointer: { x: number; y: number } | null = null;
  #frame = 0;
  /** Where focus was before a shortcut moved it into the card, to give it back on Escape. */
  #returnFocus: HTMLElement | null = null;

  constructor(source: CardSource, signal: AbortSignal) {
    this.#source = source;
    const listen = { signal, passive: true, capture: true };
    document.addEventListener("pointermove", (event) => this.#pointerMoved(event), listen);
    document.addEventListener("focusin", (event) => this.#focusMoved(event), listen);
    document.addEventListener("focusout", (event) => this.#focusLeft(event), listen);
    document.addEventListener("keydown", (event) => this.#keyPressed(event), { signal, capture: true });
    addEventListener("scroll", () => this.#place(), listen);
    addEventListener("resize", () => this.#place(), listen);
    signal.addEventListener("abort", () => {
      clearTimeout(this.#hideTimer);
      cancelAnimationFrame(this.#frame);
      this.#view?.host.remove();
    });
  }

  /**
   * The next/previous-quote shortcut: from the quote the card shows, or else from what the
   * reader sees, to the next or previous painted quote, shown with the card and focus on it.
   */
  step(direction: 1 | -1): boolean {
    const painted = this.#source.painted();
    if (!painted.length) return false;
    const shown = this.#anchor ? painted.indexOf(this.#anchor.quote) : -1;
    const index =
      shown >= 0 ? (shown + direction + painted.length) % painted.length : firstInView(painted, direction);
    const active = deepActiveElement();
    if (!this.#holds(active) && active instanceof HTMLElement) this.#returnFocus = active;
    this.#reveal(painted[index]!);
    this.#view!.card.focus({ preventScroll: true });
    return true;
  }

  /** The painted quotes changed (a rescan, the settings, highlighting off): drop a stale card. */
  refresh(): void {
    if (this.#anchor && !this.#source.painted().includes(this.#anchor.quote)) this.close();
  }

  close(): void {
    clearTimeout(this.#hideTimer);
    if (!this.#view || this.#view.card.hidden) return;
    const hadFocus = this.#holds(deepActiveElement());
    this.#anchor = null;
    this.#view.card.hidden = true;
    if (hadFocus) {
      this.#returnFocus?.focus({ preventScroll: true });
      // Where focus came from cannot take it back (the page's body): leave none in the card.
      const stuck = this.#view.root.activeElement;
      if (stuck instanceof HTMLElement) stuck.blur();
    }
    this.#returnFocus = null;
  }

  #pointerMoved(event: PointerEvent): void {
    // Only the reader's own pointer: a page that made up pointer events over the page could
    // otherwise open the card to learn what Quotelight found.
    if (!event.isTrusted || event.pointerType === "touch") return;
    // Nothing to find (most pages, or highlights off): pointer moves cost nothing.
    if (!this.#anchor && !this.#source.painted().length) return;
    this.#pointer = { x: event.clientX, y: event.clientY };
    // One hit test per frame, however fast the pointer moves.
    if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#hitTest());
  }

  #hitTest(): void {
    this.#frame = 0;
    const pointer = this.#pointer;
    if (!pointer) return;
    const overCard =
      this.#view &&
      !this.#view.card.hidden &&
      rectContains(this.#view.card.getBoundingClientRect(), pointer.x, pointer.y);
    if (overCard) {
      clearTimeout(this.#hideTimer);
      return;
    }
    const painted = this.#source.painted();
    const found = painted.length ? quoteAtPoint(painted, pointer.x, pointer.y) : null;
    if (found) {
      clearTimeout(this.#hideTimer);
      if (found.quote !== this.#anchor?.quote) this.#open(found);
    } else if (this.#anchor && !this.#holds(deepActiveElement())) {
      clearTimeout(this.#hideTimer);
      this.#hideTimer = setTimeout(() => this.close(), HIDE_DELAY_MS);
    }
  }

  /** Focus inside a quote (a link in it) opens its card; focus leaving quote and card closes it. */
  #focusMoved(event: FocusEvent): void {
    const target = event.composedPath()[0];
    if (!(target instanceof Node) || this.#holds(target)) return;
    const quote = this.#source.painted().find((p) => p.range.intersectsNode(target));
    if (quote) this.#open({ quote, line: null });
    else this.close();
  }

  /** Focus leaving a quote for nowhere (no focusin follows, as on Shift+Tab to the page's top). */
  #focusLeft(event: FocusEvent): void {
    if (event.relatedTarget !== null || !this.#anchor) return;
    const target = event.composedPath()[0];
    if (target instanceof Node && !this.#holds(target) && this.#anchor.quote.range.intersectsNode(target))
      this.close();
  }

  #keyPressed(event: KeyboardEvent): void {
    if (!event.isTrusted || event.key !== "Escape" || !this.#anchor) return;
    this.close();
    event.stopPropagation();
  }

  /** Shows the card by the quote, after bringing the quote into view. */
  #reveal(quote: PaintedQuote): void {
    this.#source.reveal(quote.range);
    this.#open({ quote, line: null });
  }

  #open(anchor: Anchor): void {
    const view = (this.#view ??= this.#build());
    const { quote, speaker, slot } = anchor.quote;
    const siblings = this.#sameVoice(anchor.quote);
    const index = formatNumber(siblings.indexOf(anchor.quote) + 1);
    const total = formatNumber(siblings.length);
    const name = speaker?.name ?? message("unattributedQuotes");
    view.swatch.style.background = schemeColour(slot, this.#source.colourScheme());
    view.name.textContent = name;
    view.role.textContent = speaker?.role ?? "";
    view.position.textContent = speaker
      ? message("cardPosition", index, total, name)
      : message("cardPositionUnattributed", index, total);
    view.previous.disabled = view.next.disabled = siblings.length < 2;
    view.previous.setAttribute("aria-label", message("cardPreviousLabel", name));
    view.next.setAttribute("aria-label", message("cardNextLabel", name));
    view.card.dataset.quote = String(quote.id);
    this.#anchor = anchor;
    view.card.hidden = false;
    this.#place();
  }

  #build(): CardView {
    const view = buildView(this.#source.prefix);
    const move = (direction: 1 | -1) => {
      if (!this.#anchor) return;
      const siblings = this.#sameVoice(this.#anchor.quote);
      const index = siblings.indexOf(this.#anchor.quote);
      this.#reveal(siblings[(index + direction + siblings.length) % siblings.length]!);
    };
    // Clicks by the reader (mouse, or Enter and Space on the button), not made up by a script.
    view.previous.addEventListener("click", (event) => event.isTrusted && move(-1));
    view.next.addEventListener("click", (event) => event.isTrusted && move(1));
    view.card.addEventListener("focusout", (event) => {
      // Tabbing out of the card closes it; moving between its buttons does not.
      if (!(event.relatedTarget instanceof Node && this.#holds(event.relatedTarget))) this.close();
    });
    return view;
  }

  /** True when `node` is the card's host or inside its shadow root. */
  #holds(node: Node | null): boolean {
    return (
      node !== null && this.#view !== null && (node === this.#view.host || this.#view.root.contains(node))
    );
  }

  /** The quotes of the same speaker (or of nobody), in page order. */
  #sameVoice(quote: PaintedQuote): PaintedQuote[] {
    return this.#source.painted().filter((p) => p.quote.speaker === quote.quote.speaker);
  }

  /** Sets the card below its anchor, or above it when the viewport has no room below. */
  #place(): void {
    const view = this.#view;
    const anchor = this.#anchor;
    if (!view || !anchor || view.card.hidden) return;
    const { range } = anchor.quote;
    const line = anchor.line === null ? range.getBoundingClientRect() : range.getClientRects()[anchor.line];
    if (!line || (!line.width && !line.height)) {
      this.close(); // The quote's text left the page.
      return;
    }
    const { width, height } = view.card.getBoundingClientRect();
    const left = Math.max(MARGIN_PX, Math.min(line.left, innerWidth - width - MARGIN_PX));
    const below = line.bottom + GAP_PX;
    const top =
      below + height + MARGIN_PX <= innerHeight ? below : Math.max(MARGIN_PX, line.top - GAP_PX - height);
    view.card.style.left = `${Math.round(left)}px`;
    view.card.style.top = `${Math.round(top)}px`;
  }
}

/** Index of the first quote at or below the top of the view (or the last one above its bottom). */
function firstInView(painted: readonly PaintedQuote[], direction: 1 | -1): number {
  const tops = painted.map((p) => p.range.getBoundingClientRect().top);
  if (direction === 1) {
    const index = tops.findIndex((top) => top >= 0);
    return Math.max(index, 0);
  }
  const index = tops.findLastIndex((top) => top < innerHeight);
  return index >= 0 ? index : painted.length - 1;
}

/**
 * The focused element, looking inside the page's open shadow roots. Focus inside the card's
 * closed root shows as the card's host, which `#holds` counts as the card.
 */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
