// The toolbar popup: who is quoted on this page, switches for this page and this site, and a
// way into the side panel.
import { useRef, useState } from "preact/hooks";
import { platform } from "../platform/index.ts";
import { Masthead } from "../ui/Masthead.tsx";
import { StateMessage } from "../ui/StateMessage.tsx";
import { Switch } from "../ui/Switch.tsx";
import { t } from "../ui/i18n.ts";
import { cutShortNote, hostOf, nextInCycle, pageState, voicesOf } from "../ui/report.ts";
import { sendToTab } from "../ui/tabs.ts";
import { setSiteEnabled, useSettings } from "../ui/useSettings.ts";
import { useFindQuotes } from "../ui/useFindQuotes.ts";
import { useTabReport } from "../ui/useTabReport.ts";
import { HostPermission } from "./HostPermission.tsx";
import { SpeakerList, voiceLines, type VoiceLine } from "./SpeakerList.tsx";

export function Popup() {
  const { tab, report, loading } = useTabReport(false);
  const tabId = tab?.id;
  const state = pageState(report, loading);
  const results = useRef<HTMLDivElement>(null);
  const { searching, findQuotes } = useFindQuotes(tabId, report, results);
  const settings = useSettings();
  const [cycle, setCycle] = useState<ReadonlyMap<string, number>>(new Map());
  const [announcement, setAnnouncement] = useState("");
  const host = hostOf(report?.url);
  const cutShort = cutShortNote(report);

  const showNext = (line: VoiceLine) => {
    if (tabId === undefined || !line.quotes.length) return;
    const next = nextInCycle(cycle, line.key, line.quotes.length);
    setCycle(next.cycle);
    void sendToTab(tabId, { type: "show-quote", quoteId: line.quotes[next.index]!.id });
    setAnnouncement(t("showingQuote", String(next.index + 1), String(line.quotes.length), line.name));
  };

  const openSidePanel = () => {
    if (tab?.windowId === undefined) return;
    // Called straight from the click: both browsers only open the panel on a user gesture.
    void platform.openSidePanel(tab.windowId).then(() => window.close());
  };

  return (
    <main class="popup">
      <Masthead report={report} />
      <HostPermission tab={tab} />
      <div ref={results} tabIndex={-1} class="results">
        {cutShort && <p class="note">{t(cutShort)}</p>}
        {state.kind === "quotes" ? (
          <>
            {state.hidden && <p class="note">{t("highlightsHidden")}</p>}
            {report!.notArticle && <p class="note">{t("notArticleNote")}</p>}
            <SpeakerList lines={voiceLines(voicesOf(report!), settings.colourScheme)} onShow={showNext} />
          </>
        ) : (
          <StateMessage
            state={state}
            searching={searching}
            runOn={settings.runOn}
            onFindQuotes={findQuotes}
          />
        )}
      </div>
      <footer class="controls">
        {state.kind === "quotes" && tabId !== undefined && (
          <Switch
            label={t("highlightSwitch")}
            checked={!state.hidden}
            onChange={(enabled) => void sendToTab(tabId, { type: "set-highlighting", enabled })}
          />
        )}
        {host && (
          <Switch
            label={t("siteSwitch", host)}
            checked={!settings.disabledSites.includes(host)}
            onChange={(enabled) => void setSiteEnabled(host, enabled)}
          />
        )}
        {tab && (
          <button type="button" class="button open-panel" onClick={openSidePanel}>
            {t("openSidePanel")}
          </button>
        )}
      </footer>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </main>
  );
}
