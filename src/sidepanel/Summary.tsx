// The top of the side panel: whose words the article is built on, at a glance. One sentence, the
// share of quoted words as a bar, named or anonymous, the kinds of voice, and who opens and closes.
// With too few attributed quotes for figures to mean anything, it shows nothing: the list says it all.
import type { ColourScheme } from "../palette.ts";
import { list, percent, t, wording } from "../ui/i18n.ts";
import type { Voices } from "../ui/report.ts";
import {
  type NamingGroup,
  namingFigures,
  namingLabel,
  sourcingOf,
  summarySentence,
  voiceLabel,
  wordShares,
} from "../ui/summary.ts";

export function Summary({ voices, scheme }: { voices: Voices; scheme: ColourScheme }) {
  const sourcing = sourcingOf(voices);
  if (!sourcing.showFigures) return null;
  return (
    <section class="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" class="summary-heading">
        {t("summaryHeading")}
      </h2>
      <p class="summary-sentence">{summarySentence(sourcing, wording())}</p>
      <ShareBar voices={voices} scheme={scheme} />
      <h3 class="summary-subheading">{t("namingHeading")}</h3>
      <dl class="summary-rows naming">
        {sourcing.naming.map((group) => (
          <NamingRow key={group.naming} group={group} />
        ))}
      </dl>
      <h3 class="summary-subheading">{t("voicesHeading")}</h3>
      <dl class="summary-rows kinds">
        {sourcing.voices.map((group) => (
          <div key={group.voice} class="kind">
            <dt>{t("labelColon", t(voiceLabel[group.voice]))}</dt>
            <dd>{list(group.speakers.map((entry) => entry.speaker.name))}</dd>
          </div>
        ))}
      </dl>
      <dl class="summary-rows balance">
        <div>
          <dt>{t("labelColon", t("quotedFirst"))}</dt>
          <dd>{sourcing.first}</dd>
        </div>
        <div>
          <dt>{t("labelColon", t("quotedLast"))}</dt>
          <dd>{sourcing.last}</dd>
        </div>
      </dl>
    </section>
  );
}

/** "Unnamed sources: 2 quotes, 30% of the quoted words", then the sources as the article describes them. */
function NamingRow({ group }: { group: NamingGroup }) {
  return (
    <div class="naming-row">
      <dt>{t("labelColon", t(namingLabel[group.naming]))}</dt>
      <dd>
        {namingFigures(group, wording())}
        {group.naming === "unnamed" && (
          <ul class="unnamed-list">
            {group.speakers.map((entry) => (
              <li key={entry.speaker.id}>{entry.speaker.name}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

/** Each voice's share of the quoted words as one bar, in the highlight colours. */
function ShareBar({ voices, scheme }: { voices: Voices; scheme: ColourScheme }) {
  const shares = wordShares(voices, scheme);
  const nameOf = (name: string | null) => name ?? t("unattributedQuotes");
  return (
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
  );
}
