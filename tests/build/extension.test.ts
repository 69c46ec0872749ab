// The two builds made from the one manifest.json (run after `npm run build`; `npm test` does it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const manifestOf = (browser: string) =>
  JSON.parse(readFileSync(join("dist", browser, "manifest.json"), "utf8"));

test("the Chrome build has a service worker, a side panel and nothing Firefox-only", () => {
  const m = manifestOf("chrome");
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.background, { service_worker: "background.js" });
  assert.equal(m.side_panel.default_path, "sidepanel.html");
  // offscreen: the document that keeps the engine's Workers (README, Permissions).
  assert.deepEqual(m.permissions, ["storage", "sidePanel", "offscreen"]);
  assert.equal(m.browser_specific_settings, undefined);
  assert.equal(m.sidebar_action, undefined);
});

test("the Firefox build has background scripts, a sidebar and its gecko settings", () => {
  const m = manifestOf("firefox");
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.background, { scripts: ["background.js"] });
  assert.equal(m.sidebar_action.default_panel, "sidepanel.html");
  // activeTab: the popup learns which site it was opened on, to offer access to it (README, Firefox).
  assert.deepEqual(m.permissions, ["storage", "activeTab"]);
  assert.equal(m.side_panel, undefined);
  assert.equal(m.browser_specific_settings.gecko.id, "quotelight@quotelight.org");
  assert.equal(m.browser_specific_settings.gecko.strict_min_version, "142.0");
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ["none"] });
});

for (const browser of ["chrome", "firefox"]) {
  test(`the ${browser} build asks for no host access beyond its content script, nor connections`, () => {
    const m = manifestOf(browser);
    assert.equal(m.host_permissions, undefined);
    assert.deepEqual(m.content_scripts[0].matches, ["http://*/*", "https://*/*"]);
    const csp: string = m.content_security_policy.extension_pages;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self';/);
    assert.match(csp, /connect-src 'none'/);
  });

  test(`every file the ${browser} manifest names is in the build`, () => {
    const m = manifestOf(browser);
    const named = [
      ...Object.values(m.icons),
      ...m.content_scripts.flatMap((c: { js: string[]; css?: string[] }) => [...c.js, ...(c.css ?? [])]),
      m.action.default_popup,
      m.background.service_worker ?? m.background.scripts[0],
      m.side_panel?.default_path ?? m.sidebar_action.default_panel,
      m.options_ui.page,
      `_locales/${m.default_locale}/messages.json`,
    ] as string[];
    for (const file of named) assert.ok(existsSync(join("dist", browser, file)), `${file} is missing`);
  });
}

test(
  "both builds have the same shortcuts, the side " + "panel's being Firefox's own sidebar command there",
  () => {
    const chrome = manifestOf("chrome").commands;
    const firefox = manifestOf("firefox").commands;
    assert.deepEqual(Object.keys(chrome).sort(), [
      "next-quote",
      "open-side-panel",
      "previous-quote",
      "toggle-highlights",
    ]);
    const { "open-side-panel": openSidePanel, ...others } = chrome;
    assert.deepEqual(firefox, { ...others, _execute_sidebar_action: openSidePanel });
    const english = JSON.parse(readFileSync("dist/chrome/_locales/en/messages.json", "utf8"));
    for (const command of Object.values(chrome) as { description: string }[]) {
      const key = /^__MSG_(\w+)__$/.exec(command.description)?.[1];
      assert.ok(key && english[key], `${command.description} is a message`);
    }
  },
);

test("each build carries only its own browser's platform module", () => {
  // Every script of the build: the pages share their code through chunks/.
  const scripts = (browser: string) =>
    readdirSync(join("dist", browser), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".js"))
      .map((file) => readFileSync(join("dist", browser, file), "utf8"))
      .join("\n");
  assert.match(scripts("chrome"), /sidePanel\.open/);
  assert.doesNotMatch(scripts("chrome"), /sidebarAction/);
  assert.match(scripts("firefox"), /sidebarAction\.open/);
  assert.doesNotMatch(scripts("firefox"), /sidePanel\.open/);
});
