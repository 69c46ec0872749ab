// Chromium with the built extension, and a tiny static server for local pages: shared by
// `npm start` (build/start.mjs), the icon renderer, the benchmark and the end-to-end tests
// (tests/e2e/harness.ts).
import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { browsers, executablePath } from "./browsers.mjs";

let foundChromium;
/**
 * The Chromium to launch: CHROMIUM_PATH, else the first usable one in the usual places
 * (build/browsers.mjs). Throws BrowserMissing, with what to do, if there is none.
 */
export function chromiumPath() {
  foundChromium ??= executablePath(browsers.chromium);
  return foundChromium;
}

/** Keeps the browser's crash reports and caches inside the checkout (.cache/browsers, ignored). */
export function browserEnv() {
  const home = resolve(".cache/browsers");
  mkdirSync(home, { recursive: true });
  return { ...process.env, HOME: home, TMPDIR: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home };
}

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

/** Serves `root` on 127.0.0.1 at a free port; resolves to the server and its base URL. */
export function serveDirectory(root) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    // Browsers ask for one unprompted; a 404 would show as a console error.
    if (path === "/favicon.ico") return void res.writeHead(204).end();
    let file = join(base, path);
    if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const body = readFileSync(file);
      res
        .writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" })
        .end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((done) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
      done({ server, baseUrl: `http://127.0.0.1:${port}/` });
    }),
  );
}

/**
 * Launches Chromium with the unpacked extension in `extensionDir` and a profile in `profileDir`;
 * resolves once the extension's service worker runs.
 */
export async function launchWithExtension(extensionDir, { profileDir, headless = true, viewport } = {}) {
  const ext = resolve(extensionDir);
  const context = await chromium.launchPersistentContext(resolve(profileDir), {
    executablePath: chromiumPath(),
    headless,
    viewport,
    env: browserEnv(),
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  return { context, serviceWorker, extensionId: new URL(serviceWorker.url()).host };
}

/**
 * The tab id of the page at `url`, as the extension knows it: the background keeps each tab's
 * report in storage.session under `tab:ID`. Waits until the page's content script has reported.
 */
export async function tabIdFor(serviceWorker, url, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await serviceWorker.evaluate(async (pageUrl) => {
      const all = await chrome.storage.session.get(null);
      const key = Object.keys(all).find((k) => k.startsWith("tab:") && all[k]?.url === pageUrl);
      return key ? Number(key.slice(4)) : null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`no report from the page ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
