// Narrowing the side panel's list: one speaker, and words in the quotes.
import type { VoiceFilter } from "../ui/filter.ts";
import { t } from "../ui/i18n.ts";
import type { Voices } from "../ui/report.ts";

interface Props {
  voices: Voices;
  voice: VoiceFilter;
  query: string;
  onVoice(voice: VoiceFilter): void;
  onQuery(query: string): void;
}

export function Filters({ voices, voice, query, onVoice, onQuery }: Props) {
  return (
    <div class="filters">
      <label class="filter">
        <span class="filter-label">{t("filterSpeaker")}</span>
        <select
          value={String(voice)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            onVoice(value === "all" || value === "unattributed" ? value : Number(value));
          }}
        >
          <option value="all">{t("filterAll")}</option>
          {[...voices.named, ...voices.unnamed].map(({ speaker }) => (
            <option key={speaker.id} value={String(speaker.id)}>
              {speaker.name}
            </option>
          ))}
          {voices.unattributed.length > 0 && <option value="unattributed">{t("unattributedQuotes")}</option>}
        </select>
      </label>
      <input
        type="search"
        class="search"
        placeholder={t("searchQuotes")}
        aria-label={t("searchQuotes")}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
    </div>
  );
}
