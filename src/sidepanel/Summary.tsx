// The top of the side panel: whose words the article is built on, at a glance.
import type { SpeakerKind } from "../engine/types.ts";
import type { ColourScheme } from "../palette.ts";
import { count, list, percent, t, type MessageKey } from "../ui/i18n.ts";
import type { Voices } from "../ui/report.ts";
import { countByKind, wordShares } from "../ui/summary.ts";

const kindLabel: Record<SpeakerKind, MessageKey> = {
  person: "kindPeople",
  organisation: "kindOrganisations",
  unnamed: "kindUnnamed",
};

export function Summary({ voices, scheme }: { voices: Voices; scheme: ColourScheme }) {
  const shares = wordShares(voices, scheme);
  const nameOf = (name: string | null) => name ?? t("unattributedQuotes");
  const speakers = [...voices.named, ...voices.unnamed];
  const kinds = countByKind(voices);
  const unnamedQuotes = kinds.find((k) => k.kind === "unnamed")!.quotes;
  return (
    <section class="summary" aria-label={t("summaryHeading")}>
      <div
        class="share-bar"
        role="img"
        aria-label={t("shareOfWords", list(shares.map((s) => `${nameOf(s.name)} ${percent(s.share)}`)))}
      >
        {shares.map((s) => (
          <span
            key={s.name ?? ""}
            class={s.name === null ? "share share-unattributed" : "share"}
            style={{ flexGrow: s.words, background: s.colour }}
            title={`${t("labelColon", nameOf(s.name))} ${percent(s.share)}`}
          />
        ))}
      </div>
      <dl class="kinds">
        {kinds
          .filter((k) => k.speakers > 0)
          .map((k) => (
            <div key={k.kind} class="kind">
              <dt>{t("labelColon", t(kindLabel[k.kind]))}</dt>
              <dd>{list(speakers.filter((e) => e.speaker.kind === k.kind).map((e) => e.speaker.name))}</dd>
            </div>
          ))}
      </dl>
      {unnamedQuotes > 0 && <p class="summary-note">{count("unnamedQuotes", unnamedQuotes)}</p>}
    </section>
  );
}
