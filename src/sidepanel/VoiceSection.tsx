// One voice in the side panel: who they are and every quote of theirs, in page order. Each quote
// is a button that scrolls the page to it, with a button beside it to copy it with its citation.
import type { Quote } from "../engine/types.ts";
import { Swatch } from "../ui/Swatch.tsx";
import { count, list, t } from "../ui/i18n.ts";
import { quoted } from "../ui/report.ts";

interface Props {
  /** Unique within the page: ids the heading for the section's label. */
  id: string;
  name: string;
  role: string | null;
  aliases: readonly string[];
  colour: string;
  dashed?: boolean;
  /** The page's language, for the quote marks. */
  lang: string | null;
  quotes: Quote[];
  onShow(quote: Quote): void;
  onCopy(quote: Quote): void;
}

export function VoiceSection({
  id,
  name,
  role,
  aliases,
  colour,
  dashed,
  lang,
  quotes,
  onShow,
  onCopy,
}: Props) {
  const headingId = `${id}-name`;
  return (
    <section class="voice" aria-labelledby={headingId}>
      <div class="voice-head">
        <Swatch colours={[colour]} dashed={dashed} />
        <h2 id={headingId} class="voice-name">
          {name}
        </h2>
        <span class="voice-count">{count("quoteCount", quotes.length)}</span>
      </div>
      {role && <p class="voice-role">{role}</p>}
      {aliases.length > 0 && <p class="voice-role">{t("aliases", list(aliases))}</p>}
      <ol class="quotes" aria-label={t("quotesBy", name)}>
        {quotes.map((quote) => (
          <li key={quote.id} class="quote-item">
            <button
              type="button"
              class="quote"
              style={{ borderInlineStartColor: colour }}
              title={t("showInPage")}
              onClick={() => onShow(quote)}
            >
              <span class="quote-text">{quoted(quote.text, lang)}</span>
              {quote.partial && <span class="quote-tag">{t("partialQuote")}</span>}
            </button>
            <button
              type="button"
              class="copy"
              aria-label={t("copyQuote")}
              title={t("copyQuote")}
              onClick={() => onCopy(quote)}
            >
              <CopyIcon />
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

function CopyIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <rect
        x="5"
        y="5"
        width="8.5"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
      />
      <path
        d="M3.5 10.5h-.5A1.5 1.5 0 0 1 1.5 9V3A1.5 1.5 0 0 1 3 1.5h5A1.5 1.5 0 0 1 9.5 3v.5"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
      />
    </svg>
  );
}
