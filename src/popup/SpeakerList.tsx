// The popup's list of voices: one button per speaker (most quoted first), then one line for
// all unnamed sources and one for quotes nobody could be credited with. Clicking a line shows
// that voice's next quote in the page.
import type { Quote } from "../engine/types.ts";
import { schemeColour, type ColourScheme } from "../palette.ts";
import { quotesOfAll, type Voices } from "../ui/report.ts";
import { Swatch } from "../ui/Swatch.tsx";
import { count, t, uiLocale } from "../ui/i18n.ts";

/** A line of the list: `key` identifies it for the click cycle, `name` is announced on click. */
export interface VoiceLine {
  key: string;
  name: string;
  detail: string | null;
  colours: string[];
  dashed?: boolean;
  quotes: Quote[];
}

export function voiceLines(voices: Voices, scheme: ColourScheme): VoiceLine[] {
  const lines: VoiceLine[] = voices.named.map(({ speaker, slot, quotes }) => ({
    key: `speaker-${speaker.id}`,
    name: speaker.name,
    detail: speaker.role,
    colours: [schemeColour(slot, scheme)],
    quotes,
  }));
  if (voices.unnamed.length) {
    lines.push({
      key: "unnamed",
      name: t("unnamedSources"),
      detail: count("sourceCount", voices.unnamed.length),
      colours: voices.unnamed.map(({ slot }) => schemeColour(slot, scheme)),
      quotes: quotesOfAll(voices.unnamed),
    });
  }
  if (voices.unattributed.length) {
    lines.push({
      key: "unattributed",
      name: t("unattributedQuotes"),
      detail: null,
      colours: [schemeColour(null, scheme)],
      dashed: true,
      quotes: voices.unattributed,
    });
  }
  return lines;
}

export function SpeakerList({ lines, onShow }: { lines: VoiceLine[]; onShow(line: VoiceLine): void }) {
  return (
    <>
      <h2 class="visually-hidden">{t("speakersHeading")}</h2>
      <p id="speaker-hint" class="visually-hidden">
        {t("showNextQuoteHint")}
      </p>
      <ul class="speakers">
        {lines.map((line) => (
          <li key={line.key}>
            <button
              type="button"
              class="speaker"
              aria-describedby="speaker-hint"
              onClick={() => onShow(line)}
            >
              <Swatch colours={line.colours} dashed={line.dashed} />
              <span class="speaker-text">
                <span class="speaker-name">{line.name}</span>
                {line.detail && <span class="speaker-detail">{line.detail}</span>}
              </span>
              <span class="speaker-count" aria-hidden="true">
                {line.quotes.length.toLocaleString(uiLocale())}
              </span>
              <span class="visually-hidden">{count("quoteCount", line.quotes.length)}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
