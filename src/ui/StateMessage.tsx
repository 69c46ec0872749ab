// What the popup and side panel say when there is no list of quotes to show.
import type { Settings } from "../settings.ts";
import type { PageState } from "./report.ts";
import { t } from "./i18n.ts";

interface Props {
  state: Exclude<PageState, { kind: "quotes" }>;
  searching: boolean;
  /** Why a page waits: not taken for an article, or the reader runs Quotelight only on request. */
  runOn: Settings["runOn"];
  onFindQuotes(): void;
  /** Where the view has no site switch of its own (the side panel), a button to turn the site back on. */
  onEnableSite?(host: string): void;
}

export function StateMessage({ state, searching, runOn, onFindQuotes, onEnableSite }: Props) {
  switch (state.kind) {
    case "loading":
      return <p class="state state-quiet">{t("loading")}</p>;
    case "unreachable":
      return <Message title={t("unreachableTitle")} text={t("unreachableText")} />;
    case "site-disabled":
      return (
        <Message title={t("siteDisabledTitle", state.host)} text={t("siteDisabledText")}>
          {onEnableSite && (
            <button type="button" class="button button-primary" onClick={() => onEnableSite(state.host)}>
              {t("enableSite", state.host)}
            </button>
          )}
        </Message>
      );
    case "no-quotes":
      return <Message title={t("noQuotesTitle")} text={t("noQuotesText")} />;
    case "waiting":
      return (
        <Message
          title={runOn === "asked" ? t("waitingAskedTitle") : t("waitingTitle")}
          text={runOn === "asked" ? t("waitingAskedText") : t("waitingText")}
        >
          <button type="button" class="button button-primary" disabled={searching} onClick={onFindQuotes}>
            {searching ? t("searching") : t("findQuotes")}
          </button>
        </Message>
      );
  }
}

function Message(props: { title: string; text: string; children?: preact.ComponentChildren }) {
  return (
    <div class="state">
      <h2 class="state-title">{props.title}</h2>
      <p class="state-text">{props.text}</p>
      {props.children}
    </div>
  );
}
