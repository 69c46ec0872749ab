// The top bar of the popup and side panel: the mark, the name, and a one-line summary.
import type { PageReport } from "../messages.ts";
import { count, t } from "./i18n.ts";

/** The summary is a live region: screen readers hear it when quotes are found or change. */
export function Masthead({ report }: { report: PageReport | null }) {
  const quotes = report?.quotes.length ?? 0;
  const speakers = report?.speakers.length ?? 0;
  const summary = !quotes
    ? ""
    : speakers
      ? t("summary", count("quoteCount", quotes), count("speakerCount", speakers))
      : count("quoteCount", quotes);
  return (
    <header class="masthead">
      <Logo />
      <div>
        <h1 class="masthead-title">{t("extName")}</h1>
        <p class="masthead-summary" role="status">
          {summary}
        </p>
      </div>
    </header>
  );
}

/** A highlighted opening quote mark: the product in one glyph. */
function Logo() {
  return (
    <svg class="masthead-logo" viewBox="0 0 24 24" aria-hidden="true">
      <rect x="1" y="3" width="22" height="18" rx="5" fill="#ffd166" />
      <path
        d="M6.5 16.5c0-3.6 1.2-6.3 3.8-8l1 1.4c-1.4 1.1-2.1 2.3-2.2 3.6h2.1v3zM13 16.5c0-3.6 1.2-6.3 3.8-8l1 1.4c-1.4 1.1-2.1 2.3-2.2 3.6h2.1v3z"
        fill="#1b1b1b"
      />
    </svg>
  );
}
