// The extension's keyboard shortcuts as the browser has them now (readers rebind them in the
// browser's own shortcut settings, which the button opens).
import browser, { type Commands } from "webextension-polyfill";
import { useEffect, useState } from "preact/hooks";
import { platform } from "../platform/index.ts";
import { t } from "../ui/i18n.ts";

export function ShortcutList() {
  const [commands, setCommands] = useState<Commands.Command[]>([]);

  useEffect(() => {
    const refresh = () =>
      void browser.commands.getAll().then((all) => setCommands(all.filter((command) => command.description)));
    refresh();
    // Back from the browser's shortcut settings: show what the reader changed there.
    addEventListener("focus", refresh);
    return () => removeEventListener("focus", refresh);
  }, []);

  return (
    <section class="group" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title" class="group-title">
        {t("optionsShortcutsLegend")}
      </h2>
      <dl class="shortcuts">
        {commands.map((command) => (
          <div class="shortcut" key={command.name}>
            <dt>{command.description}</dt>
            <dd>
              {command.shortcut ? (
                <kbd>{command.shortcut}</kbd>
              ) : (
                <span class="muted">{t("optionsShortcutNone")}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" class="button" onClick={() => void platform.openShortcutSettings()}>
        {t("optionsShortcutsChange")}
      </button>
    </section>
  );
}
