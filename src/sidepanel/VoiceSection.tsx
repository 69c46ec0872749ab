// One voice in the side panel: who they are and every quote of theirs, in page order. Each quote
// is a button that scrolls the page to it.
import type { Quote } from "../engine/types.ts";
import { Swatch } from "../ui/Swatch.tsx";
import { count, t } from "../ui/i18n.ts";

interface Props {
  /** Unique within the page: ids the heading for the section's label. */
  id: string;
  name: string;
  role: string | null;
  colour: string;
  dashed?: boolean;
  quotes: Quote[];
  onShow(quote: Quote): void;
}

export function VoiceSection({ id, name, role, colour, dashed, quotes, onShow }: Props) {
  const headingId = `${id}-name`;
  return (
    <section class="voice" aria-labelledby={headingId}>
      <div class="voice-head">
        <Swatch colours={[colour]} dashed={dashed} />
        <h2 id={headingId} class="voice-name">{name}</h2>
        <span class="voice-count">{count("quoteCount", quotes.length)}</span>
      </div>
      {role && <p class="voice-role">{role}</p>}
      <ol class="quotes" aria-label={t("quotesBy", name)}>
        {quotes.map((quote) => (
          <li key={quote.id}>
            <button
              type="button"
              class="quote"
              style={{ borderInlineStartColor: colour }}
              title={t("showInPage")}
              onClick={() => onShow(quote)}
            >
              {quote.text}
              {quote.partial && <span class="quote-tag">{t("partialQuote")}</span>}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
