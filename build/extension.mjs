// Builds the extension for each browser from the one source manifest.json:
// dist/chrome/ and dist/firefox/. Called by build/build.mjs.
//
// Browser differences live here (manifest keys) and in src/platform/ (chosen by the
// QUOTELIGHT_BROWSER define); nothing else in the code knows which browser it runs in.
import * as esbuild from "esbuild";
import { supported } from "./esbuildSupported.mjs";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minimumVersions } from "./browsers.mjs";

const sourceManifest = JSON.parse(readFileSync("manifest.json", "utf8"));

/**
 * Per browser: what its manifest adds to, or changes in, the shared one (`manifest`), and the
 * script bundles and files only it ships (`bundles`, `copies`, as below).
 */
const browsers = {
  chrome: {
    manifest: (m) => ({
      ...m,
      // chrome.sidePanel.open, chrome.offscreen.hasDocument
      minimum_chrome_version: String(minimumVersions.chromium),
      background: { service_worker: "background.js" },
      side_panel: { default_path: "sidepanel.html" },
      // offscreen: the service worker cannot start a Worker, so a hidden document keeps the engine's.
      permissions: [...m.permissions, "sidePanel", "offscreen"],
    }),
    bundles: [{ entries: { offscreen: "src/engineHost/offscreen.ts" } }],
    copies: [["src/engineHost/offscreen.html", "offscreen.html"]],
  },
  firefox: {
    manifest: firefoxManifest,
    bundles: [],
    copies: [],
  },
};

function firefoxManifest(m) {
  return {
    ...m,
    // Firefox lets readers withhold access to sites. activeTab (no install warning) still shows
    // the popup which site it was opened on, so it can offer access to that site in one click.
    permissions: [...m.permissions, "activeTab"],
    background: { scripts: ["background.js"] },
    commands: withSidebarCommand(m.commands),
    sidebar_action: {
      default_title: "Quotelight",
      default_panel: "sidepanel.html",
      default_icon: m.action.default_icon,
      open_at_install: false,
    },
    browser_specific_settings: {
      gecko: {
        id: "quotelight@quotelight.org",
        strict_min_version: `${minimumVersions.firefox}.0`,
        // Quotelight collects nothing: all the work happens in the browser.
        data_collection_permissions: { required: ["none"] },
      },
    },
  };
}

/**
 * Firefox opens the sidebar with its built-in `_execute_sidebar_action` command; Chrome has no
 * such command for its side panel, so there the background opens it (src/background/commands.ts).
 */
function withSidebarCommand({ "open-side-panel": openSidePanel, ...commands }) {
  return { ...commands, _execute_sidebar_action: openSidePanel };
}

/**
 * Script bundles: each entry name → a file at the extension's root (plus a .css when the entry
 * imports CSS); code shared by entries built together goes to chunks/.
 */
const bundles = [
  { entries: { content: "src/content/main.ts" }, minify: true },
  // The page adapter: imported by the content script only on pages it reads (the engine runs on a Worker).
  { entries: { reader: "src/content/reader.ts" }, minify: true, format: "esm" },
  { entries: { background: "src/background/main.ts" } },
  // The engine, on a Worker of its own (src/engineHost/): started by Firefox's background page, or
  // by Chrome's offscreen document.
  { entries: { engine: "src/engineHost/worker.ts" } },
  // The extension pages, built together as ES modules: what they share (Preact, the polyfill, the
  // UI parts) goes to chunks the pages load, not into a copy per page (and AMO's linter sees one).
  {
    entries: {
      popup: "src/popup/main.tsx",
      sidepanel: "src/sidepanel/main.tsx",
      options: "src/options/main.tsx",
    },
    format: "esm",
    splitting: true,
  },
];

/** Files copied as they are: source → path in the extension. */
const copies = [
  ["src/popup/popup.html", "popup.html"],
  ["src/sidepanel/sidepanel.html", "sidepanel.html"],
  ["src/options/options.html", "options.html"],
  ["_locales", "_locales"], // the manifest's __MSG_…__ strings, and the popup's
  ["LICENSE", "LICENSE"], // with the notices of the word lists the engine carries (src/engine/lang/words/)
  ...Object.values(sourceManifest.icons).map((icon) => [icon, icon]),
];

export async function buildExtension({ only = Object.keys(browsers) } = {}) {
  for (const browser of only) {
    const dir = join("dist", browser);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, "icons"), { recursive: true });
    const own = browsers[browser];
    await Promise.all(
      [...bundles, ...own.bundles].map(({ entries, minify = false, format = "iife", splitting = false }) =>
        esbuild.build({
          entryPoints: entries,
          outdir: dir,
          bundle: true,
          format,
          splitting,
          chunkNames: "chunks/[name]-[hash]",
          target: ["chrome116", "firefox142"],
          supported,
          minify,
          sourcemap: false,
          legalComments: "none",
          define: { QUOTELIGHT_BROWSER: JSON.stringify(browser) },
          logLevel: "warning",
        }),
      ),
    );
    for (const [from, to] of [...copies, ...own.copies]) cpSync(from, join(dir, to), { recursive: true });
    writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(own.manifest(sourceManifest), null, 2)}\n`);
  }
}
