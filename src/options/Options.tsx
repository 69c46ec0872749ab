// The options page: when Quotelight runs, where it never does, how highlights look, which quotes
// they cover, and the keyboard shortcuts. Every change is saved to storage.sync at once; open
// tabs follow it through storage.onChanged (src/content/main.ts).
import { useEffect, useState } from "preact/hooks";
import { colourSchemes, type ColourScheme } from "../palette.ts";
import type { SettingKey, Settings } from "../settings.ts";
import { saveSetting } from "../settingsStorage.ts";
import { t, type MessageKey } from "../ui/i18n.ts";
import { useSettings } from "../ui/useSettings.ts";
import { ShortcutList } from "./ShortcutList.tsx";
import { SiteList } from "./SiteList.tsx";

const runChoices: [Settings["runOn"], MessageKey][] = [
  ["articles", "optionsRunArticles"],
  ["asked", "optionsRunAsked"],
];

const schemeChoices: [ColourScheme, MessageKey][] = [
  ["default", "schemeDefault"],
  ["colour-blind", "schemeColourBlind"],
  ["high-contrast", "schemeHighContrast"],
];

/** Three short quotes highlighted as three speakers' quotes would be in this scheme. */
function SchemePreview({ scheme }: { scheme: ColourScheme }) {
  const { speakers, ink, underlines } = colourSchemes[scheme];
  return (
    <span class="scheme-preview" aria-hidden="true">
      {t("schemePreviewQuotes")
        .split("|")
        .map((word, slot) => (
          <span
            key={slot}
            style={{ background: speakers[slot], color: ink, textDecoration: underlines[slot] ?? "none" }}
          >
            {word.trim()}
          </span>
        ))}
    </span>
  );
}

function Choices<V extends string>(props: {
  name: SettingKey;
  legend: MessageKey;
  choices: [V, MessageKey][];
  value: V;
  onChange(value: V): void;
  extra?: (value: V) => preact.ComponentChildren;
}) {
  return (
    <fieldset class="group">
      <legend>{t(props.legend)}</legend>
      {props.choices.map(([value, label]) => (
        <label class="choice" key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <span class="choice-text">
            {t(label)}
            {props.extra?.(value)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function Checkbox(props: { label: MessageKey; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <span class="choice-text">{t(props.label)}</span>
    </label>
  );
}

/**
 * The stored settings with the reader's edits on top until storage has them: a control must not
 * flick back to the old value while the write is on its way (a re-render in between would
 * reset it from the stored value).
 */
function useEditedSettings() {
  // Follows changes made meanwhile too: the popup's site switch, another device.
  const stored = useSettings();
  const [edits, setEdits] = useState<Partial<Settings>>({});
  useEffect(() => {
    const notStoredYet = ([key, value]: [string, unknown]) =>
      JSON.stringify(stored[key as SettingKey]) !== JSON.stringify(value);
    setEdits((pending) => Object.fromEntries(Object.entries(pending).filter(notStoredYet)));
  }, [stored]);
  const edit = <K extends SettingKey>(key: K, value: Settings[K]) =>
    setEdits((pending) => ({ ...pending, [key]: value }));
  return { settings: { ...stored, ...edits }, edit };
}

export function Options() {
  const { settings, edit } = useEditedSettings();
  const [status, setStatus] = useState("");

  const save = <K extends SettingKey>(key: K, value: Settings[K]) => {
    edit(key, value);
    setStatus("");
    void saveSetting(key, value).then(() => setStatus(t("optionsSaved")));
  };

  return (
    <main class="options">
      <h1 class="options-title">{t("optionsTitle")}</h1>
      <Choices
        name="runOn"
        legend="optionsRunLegend"
        choices={runChoices}
        value={settings.runOn}
        onChange={(v) => save("runOn", v)}
      />
      <Choices
        name="colourScheme"
        legend="optionsSchemeLegend"
        choices={schemeChoices}
        value={settings.colourScheme}
        onChange={(v) => save("colourScheme", v)}
        extra={(scheme) => <SchemePreview scheme={scheme} />}
      />
      <fieldset class="group">
        <legend>{t("optionsQuotesLegend")}</legend>
        <Checkbox
          label="optionsPartial"
          checked={settings.highlightPartial}
          onChange={(v) => save("highlightPartial", v)}
        />
        <Checkbox
          label="optionsUnattributed"
          checked={settings.showUnattributed}
          onChange={(v) => save("showUnattributed", v)}
        />
      </fieldset>
      <SiteList sites={settings.disabledSites} onChange={(sites) => save("disabledSites", sites)} />
      <ShortcutList />
      <p class="visually-hidden" role="status">
        {status}
      </p>
    </main>
  );
}
