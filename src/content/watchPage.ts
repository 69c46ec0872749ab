// How the page changes after load: content added or removed (live blogs, "read more"), and
// navigation inside a single-page app. Each watcher stops when its signal aborts.
import { PAGE_WORK } from "../limits.ts";

/** A node worth rescanning for: text a reader could see, not scripts or styles. */
function carriesText(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? "").trim() !== "";
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const tag = (node as Element).localName;
  return tag !== "script" && tag !== "style" && tag !== "link" && (node.textContent ?? "").trim() !== "";
}

function touchesText(mutation: MutationRecord): boolean {
  // Editors change on every keystroke, and their text is the reader's, not the article's.
  if ((mutation.target as HTMLElement).isContentEditable) return false;
  return (
    Array.prototype.some.call(mutation.addedNodes, carriesText) ||
    Array.prototype.some.call(mutation.removedNodes, carriesText)
  );
}

/**
 * Calls `onChange` once the page's text has stopped changing for `quietMs` (or at the latest
 * PAGE_WORK.rescanMaxWaitMs after the first change, for a page that never stops changing) after
 * nodes with text were added or removed where `concerns(mutation)` says it matters.
 */
export function watchContent(
  onChange: () => void,
  signal: AbortSignal,
  quietMs: number,
  concerns: (mutation: MutationRecord) => boolean = () => true,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  const fire = () => {
    firstChange = 0;
    try {
      onChange();
    } catch {
      // Whatever a strange page makes fail here, its console stays clean; the next change retries.
    }
  };
  const observer = new MutationObserver((mutations) => {
    if (!mutations.some((m) => touchesText(m) && concerns(m))) return;
    const now = Date.now();
    firstChange ||= now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(quietMs, firstChange + PAGE_WORK.rescanMaxWaitMs - now)));
  });
  // The whole document, not the body: some apps swap the <body> element itself.
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener("abort", () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

/**
 * `task`, run one at a time: a call that comes while it runs asks for one more run once it ends,
 * however many calls came meanwhile. So a page that changes faster than it can be read is still
 * read to the end each time (and the next reading sees the page as it is then), where starting a
 * new reading at each change would throw each one away before it painted anything. The promise
 * resolves when the run that the call asked for has ended.
 */
export function oneAtATime(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const runWhileAsked = async () => {
    try {
      do {
        again = false;
        await task();
      } while (again);
    } finally {
      running = null;
    }
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = runWhileAsked();
    return running;
  };
}

/**
 * Calls `onRemoved` after each batch of DOM changes that removed nodes, at once (before the next
 * frame), so highlights on removed text go before the page paints again; the rescan that
 * brings them back on new nodes waits for the page to settle (watchContent).
 */
export function watchRemovals(onRemoved: () => void, signal: AbortSignal): void {
  const observer = new MutationObserver((mutations) => {
    if (!mutations.some((m) => m.removedNodes.length > 0)) return;
    try {
      onRemoved();
    } catch {
      // See watchContent.
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener("abort", () => observer.disconnect());
}

/** The address of the page shown; a change of #fragment alone is a jump within the same page. */
const pageAddress = () => location.href.split("#")[0]!;

/** How often to compare addresses where the Navigation API is missing. */
const ADDRESS_POLL_MS = 1000;

/**
 * Calls `onNavigate(newPage)` once a navigation within the document has had `settleMs` to render:
 * history.pushState, replaceState, back/forward, #fragment jumps. `newPage` is true when a
 * single-page app now shows another page (the address changed, not just its #fragment). Content
 * scripts cannot hook the page's history calls (they run apart from its scripts), so this listens
 * for their effects. Events a script made up (`isTrusted` false) are ignored: a page can dispatch
 * thousands of them. Navigations that come while one is pending join it, so however many the
 * page makes, `onNavigate` runs at most once per `settleMs`.
 */
export function watchNavigation(
  onNavigate: (newPage: boolean) => void,
  signal: AbortSignal,
  settleMs: number,
): void {
  let address = pageAddress();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const settled = () => {
    pending = undefined;
    const newPage = pageAddress() !== address;
    address = pageAddress();
    onNavigate(newPage);
  };
  const navigated = () => {
    pending ??= setTimeout(settled, settleMs);
  };
  const onEvent = (event: Event) => event.isTrusted && navigated();
  addEventListener("popstate", onEvent, { signal });
  addEventListener("hashchange", onEvent, { signal });
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener("currententrychange", onEvent, { signal });
  } else {
    const poll = setInterval(() => pageAddress() !== address && navigated(), ADDRESS_POLL_MS);
    signal.addEventListener("abort", () => clearInterval(poll));
  }
  signal.addEventListener("abort", () => clearTimeout(pending));
}
