// `npm start`: builds the extension, serves the demo articles from 127.0.0.1 and opens Chromium
// with Quotelight loaded on the French one.
// `npm start -- --screenshot FILE`: the same without a window; writes a PNG of the highlighted
// article with the extension's popup beside it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildExtension } from "./extension.mjs";
import { launchWithExtension, serveDirectory, tabIdFor } from "./chromium.mjs";

const flag = process.argv.indexOf("--screenshot");
const screenshotFile = flag >= 0 ? process.argv[flag + 1] : undefined;
if (flag >= 0 && !screenshotFile) {
  console.error("usage: npm start -- --screenshot FILE.png");
  process.exit(2);
}
if (!screenshotFile && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    "No display to open a browser window on (DISPLAY and WAYLAND_DISPLAY are unset).\n" +
      "Try `npm start -- --screenshot demo.png` for a picture of the extension at work.",
  );
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
    await writeScreenshot(resolve(screenshotFile));
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

/** The article, highlighted, with the popup as it shows for that tab placed on its right. */
async function writeScreenshot(file) {
  const tabId = await tabIdFor(serviceWorker, article);
  await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 10_000 });
  const popup = await context.newPage();
  // Short, so that the full-page shot is as tall as the popup's content, like the real popup.
  await popup.setViewportSize({ width: 360, height: 120 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForLoadState("networkidle");
  const shots = {
    article: (await page.screenshot()).toString("base64"),
    popup: (await popup.screenshot({ fullPage: true })).toString("base64"),
  };
  const sheet = await context.newPage();
  await sheet.setViewportSize({ width: 1440, height: 900 });
  await sheet.setContent(`<body style="margin:0;padding:24px;background:#d8d8d8;display:flex;gap:24px;align-items:flex-start;width:max-content">
    <img src="data:image/png;base64,${shots.article}" style="box-shadow:0 2px 12px #0004">
    <img src="data:image/png;base64,${shots.popup}" style="box-shadow:0 2px 12px #0004;border-radius:8px">
  </body>`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await sheet.screenshot({ fullPage: true }));
  console.log(`Wrote ${file}`);
}
