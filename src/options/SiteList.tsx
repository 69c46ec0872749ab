// The sites where Quotelight never runs: the same `disabledSites` list the popup's per-site
// switch writes, here to review, add to and remove from.
import { useState } from "preact/hooks";
import { hostnameOf } from "../settings.ts";
import { t } from "../ui/i18n.ts";

export function SiteList({ sites, onChange }: { sites: readonly string[]; onChange(sites: string[]): void }) {
  const [typed, setTyped] = useState("");
  const [error, setError] = useState("");

  const add = (event: Event) => {
    event.preventDefault();
    const host = hostnameOf(typed);
    if (!host) return setError(t("optionsSiteInvalid", typed.trim()));
    setError("");
    setTyped("");
    if (!sites.includes(host)) onChange([...sites, host].sort());
  };

  return (
    <section class="group" aria-labelledby="sites-title">
      <h2 id="sites-title" class="group-title">
        {t("optionsSitesLegend")}
      </h2>
      {sites.length ? (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site} class="site">
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="button"
                aria-label={t("optionsSiteRemoveLabel", site)}
                onClick={() => onChange(sites.filter((s) => s !== site))}
              >
                {t("optionsSiteRemove")}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t("optionsSitesEmpty")}</p>
      )}
      <form class="site-add" onSubmit={add}>
        <label for="site-input">{t("optionsSiteInput")}</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder={t("optionsSitePlaceholder")}
          value={typed}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "site-error" : undefined}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t("optionsSiteAdd")}
        </button>
      </form>
      {error && (
        <p id="site-error" class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
