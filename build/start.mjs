// `npm start`: builds the extension, serves the demo articles from 127.0.0.1 and opens Chromium
// with Quotelight loaded on the French one.
// Where there is no display to open a window on (Linux without DISPLAY or WAYLAND_DISPLAY), and
// with `npm start -- --screenshot FILE`: the same without a window; writes a PNG of the
// highlighted article with the extension's popup and side panel beside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildExtension } from "./extension.mjs";
import { BrowserMissing } from "./browsers.mjs";
import { chromiumPath, launchWithExtension, serveDirectory, tabIdFor } from "./chromium.mjs";

/** Where the picture goes when there is no display and no --screenshot FILE. */
const defaultScreenshot = ".cache/quotelight-demo.png";

const flag = process.argv.indexOf("--screenshot");
const askedForScreenshot = flag >= 0;
if (askedForScreenshot && !process.argv[flag + 1]) {
  console.error("usage: npm start -- --screenshot FILE.png");
  process.exit(2);
}
const noDisplay = process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const screenshotFile = askedForScreenshot
  ? process.argv[flag + 1]
  : noDisplay
    ? defaultScreenshot
    : undefined;

// Before the build, so that a missing browser is the first and only thing said.
try {
  chromiumPath();
} catch (error) {
  if (!(error instanceof BrowserMissing)) throw error;
  console.error(error.message);
  process.exit(1);
}

await buildExtension({ only: ["chrome"] });
const { server, baseUrl } = await serveDirectory("demo");
const article = new URL("fr.html", baseUrl).href;
// A window gets a profile kept between runs (.cache is ignored by git), so settings such as the
// per-site switch survive a restart, as they do for a reader; a screenshot starts from a fresh
// one, so that it always shows what a new reader sees.
mkdirSync(".cache", { recursive: true });
const profileDir = screenshotFile ? mkdtempSync(".cache/start-screenshot-") : ".cache/start-profile";
const { context, serviceWorker, extensionId } = await launchWithExtension("dist/chrome", {
  profileDir,
  headless: Boolean(screenshotFile),
  viewport: screenshotFile ? { width: 1000, height: 1400 } : undefined,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(article);

if (screenshotFile) {
  try {
    const file = resolve(screenshotFile);
    await writeScreenshot(file);
    console.log(`Wrote ${file}: the demo article highlighted by Quotelight, its popup and its side panel.`);
    if (!askedForScreenshot)
      console.log(
        "No display to open a browser window on (DISPLAY and WAYLAND_DISPLAY are unset): for a window," +
          " run `npm start` on a machine with a display (or over `ssh -X`), or `xvfb-run npm start` for a" +
          " virtual display that a VNC server such as x11vnc can show.",
      );
  } finally {
    await context.close();
    server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
} else {
  console.log(
    `Quotelight is loaded on ${article} (other demo: ${baseUrl}en.html). Close the browser to stop.`,
  );
  context.on("close", () => server.close());
}

/** A full-page PNG of an extension page of the demo tab, rendered `width` pixels wide. */
async function extensionPageShot(path, width) {
  const extensionPage = await context.newPage();
  // Short, so that the full-page shot is as tall as the page's content.
  await extensionPage.setViewportSize({ width, height: 120 });
  await extensionPage.goto(`chrome-extension://${extensionId}/${path}`);
  await extensionPage.waitForLoadState("networkidle");
  return (await extensionPage.screenshot({ fullPage: true })).toString("base64");
}

/**
 * The article, highlighted, and on its right the popup as it shows for that tab, over the side
 * panel, each captioned.
 */
async function writeScreenshot(file) {
  const tabId = await tabIdFor(serviceWorker, article);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
  const highlighted = (await page.screenshot()).toString("base64");
  const popup = await extensionPageShot(`popup.html?tab=${tabId}`, 360);
  const sidePanel = await extensionPageShot(`sidepanel.html?tab=${tabId}`, 360);
  const shot = (png, caption) =>
    `<figure style="margin:0">
      <figcaption style="font:600 14px sans-serif;margin:0 0 6px">${caption}</figcaption>
      <img src="data:image/png;base64,${png}" style="display:block;box-shadow:0 2px 12px #0004">
    </figure>`;
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1440, height: 900 });
  const row = "display:flex;gap:24px;align-items:flex-start";
  await sheet.setContent(`<body style="margin:0;padding:24px;background:#d8d8d8;${row};width:max-content">
    ${shot(highlighted, "The demo article, quotes highlighted")}
    <div style="display:flex;flex-direction:column;gap:24px">
      ${shot(popup, "Toolbar popup")}
      ${shot(sidePanel, "Side panel")}
    </div>
  </body>`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await sheet.screenshot({ fullPage: true }));
}
