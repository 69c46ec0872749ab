// The side panel (Chrome side panel, Firefox sidebar): every voice of the page with all their
// quotes. Without `?tab=` it follows the window's active tab.
import { useState } from "preact/hooks";
import type { Quote } from "../engine/types.ts";
import { Masthead } from "../ui/Masthead.tsx";
import { StateMessage } from "../ui/StateMessage.tsx";
import { t } from "../ui/i18n.ts";
import { colourOf, pageState, voicesOf } from "../ui/report.ts";
import { requestedTabId, sendToTab } from "../ui/tabs.ts";
import { useFindQuotes } from "../ui/useFindQuotes.ts";
import { useTabReport } from "../ui/useTabReport.ts";
import { VoiceSection } from "./VoiceSection.tsx";

export function SidePanel() {
  const { tab, report, loading } = useTabReport(requestedTabId(location.search) === null);
  const tabId = tab?.id;
  const state = pageState(report, loading);
  const { searching, findQuotes } = useFindQuotes(tabId, report);
  const [announcement, setAnnouncement] = useState("");

  const show = (name: string, quotes: Quote[]) => (quote: Quote) => {
    if (tabId === undefined) return;
    void sendToTab(tabId, { type: "show-quote", quoteId: quote.id });
    setAnnouncement(t("showingQuote", String(quotes.indexOf(quote) + 1), String(quotes.length), name));
  };

  const voices = state.kind === "quotes" ? voicesOf(report!) : null;
  return (
    <main class="panel">
      <Masthead report={report} />
      {voices ? (
        <div class="voices">
          {state.kind === "quotes" && state.hidden && <p class="note">{t("highlightsHidden")}</p>}
          {[...voices.named, ...voices.unnamed].map(({ speaker, slot, quotes }) => (
            <VoiceSection
              key={speaker.id}
              id={`speaker-${speaker.id}`}
              name={speaker.name}
              role={speaker.role}
              colour={colourOf(slot)}
              quotes={quotes}
              onShow={show(speaker.name, quotes)}
            />
          ))}
          {voices.unattributed.length > 0 && (
            <VoiceSection
              id="unattributed"
              name={t("unattributedQuotes")}
              role={null}
              colour={colourOf(null)}
              dashed
              quotes={voices.unattributed}
              onShow={show(t("unattributedQuotes"), voices.unattributed)}
            />
          )}
        </div>
      ) : (
        state.kind !== "quotes" && <StateMessage state={state} searching={searching} onFindQuotes={findQuotes} />
      )}
      <p class="visually-hidden" role="status">{announcement}</p>
    </main>
  );
}
