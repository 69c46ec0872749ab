// The side panel (Chrome side panel, Firefox sidebar): a summary of whose words the page is
// built on, then every voice with all their quotes, filterable, and exports. Without `?tab=`
// it follows the window's active tab.
import { useRef, useState } from "preact/hooks";
import type { Quote } from "../engine/types.ts";
import type { PageReport } from "../messages.ts";
import { Masthead } from "../ui/Masthead.tsx";
import { StateMessage } from "../ui/StateMessage.tsx";
import { citation } from "../ui/export.ts";
import { filterVoices, quoteCountOf, type VoiceFilter } from "../ui/filter.ts";
import { t, uiLocale } from "../ui/i18n.ts";
import { schemeColour, type ColourScheme } from "../palette.ts";
import { pageState, requestedTabId, voicesOf } from "../ui/report.ts";
import { sendToTab } from "../ui/tabs.ts";
import { useFindQuotes } from "../ui/useFindQuotes.ts";
import { setSiteEnabled, useSettings } from "../ui/useSettings.ts";
import { useTabReport } from "../ui/useTabReport.ts";
import { ExportBar, copyText } from "./ExportBar.tsx";
import { Filters } from "./Filters.tsx";
import { Summary } from "./Summary.tsx";
import { VoiceSection } from "./VoiceSection.tsx";

export function SidePanel() {
  const { tab, report, loading } = useTabReport(requestedTabId(location.search) === null);
  const tabId = tab?.id;
  const state = pageState(report, loading);
  const results = useRef<HTMLDivElement>(null);
  const { searching, findQuotes } = useFindQuotes(tabId, report, results);
  const [announcement, setAnnouncement] = useState("");
  const { colourScheme, runOn } = useSettings();

  return (
    <main class="panel">
      <Masthead report={report} />
      <div ref={results} tabIndex={-1} class="results">
        {state.kind === "quotes" ? (
          <QuoteList
            report={report!}
            hidden={state.hidden}
            scheme={colourScheme}
            onShow={(quote) =>
              tabId !== undefined && void sendToTab(tabId, { type: "show-quote", quoteId: quote.id })
            }
            announce={setAnnouncement}
          />
        ) : (
          <StateMessage
            state={state}
            searching={searching}
            runOn={runOn}
            onFindQuotes={findQuotes}
            onEnableSite={(host) => void setSiteEnabled(host, true)}
          />
        )}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </main>
  );
}

interface QuoteListProps {
  report: PageReport;
  hidden: boolean;
  scheme: ColourScheme;
  onShow(quote: Quote): void;
  announce(message: string): void;
}

function QuoteList({ report, hidden, scheme, onShow, announce }: QuoteListProps) {
  const [voice, setVoice] = useState<VoiceFilter>("all");
  const [query, setQuery] = useState("");
  const voices = voicesOf(report);
  // A speaker picked on the previous page of this tab is not on this one: show everyone.
  const known = voice === "all" || voice === "unattributed" || report.speakers.some((s) => s.id === voice);
  const voiceFilter = known ? voice : "all";
  const shown = filterVoices(voices, voiceFilter, query);
  const total = report.quotes.length;
  const shownCount = quoteCountOf(shown);
  const number = (n: number) => n.toLocaleString(uiLocale());
  // A live region present from the start, so screen readers hear each new count.
  const filterStatus =
    shownCount === total
      ? ""
      : shownCount
        ? t("filteredCount", number(shownCount), number(total))
        : t("noMatches");

  const copy = async (quote: Quote) => announce(await copyText(citation(report, quote)));
  const shared = { lang: report.lang, onShow, onCopy: copy };

  return (
    <>
      <Summary voices={voices} scheme={scheme} />
      <Filters voices={voices} voice={voiceFilter} query={query} onVoice={setVoice} onQuery={setQuery} />
      <p class={filterStatus ? "note" : "visually-hidden"} role="status">
        {filterStatus}
      </p>
      {hidden && <p class="note">{t("highlightsHidden")}</p>}
      {report.notArticle && <p class="note">{t("notArticleNote")}</p>}
      <div class="voices">
        {[...shown.named, ...shown.unnamed].map(({ speaker, slot, quotes }) => (
          <VoiceSection
            key={speaker.id}
            id={`speaker-${speaker.id}`}
            name={speaker.name}
            role={speaker.role}
            aliases={speaker.aliases}
            colour={schemeColour(slot, scheme)}
            quotes={quotes}
            {...shared}
          />
        ))}
        {shown.unattributed.length > 0 && (
          <VoiceSection
            id="unattributed"
            name={t("unattributedQuotes")}
            role={null}
            aliases={[]}
            colour={schemeColour(null, scheme)}
            dashed
            quotes={shown.unattributed}
            {...shared}
          />
        )}
      </div>
      <ExportBar report={report} onDone={announce} />
    </>
  );
}
