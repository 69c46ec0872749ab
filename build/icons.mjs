// Renders icons/quotelight.svg to the PNG sizes the manifest lists, with the Chromium that
// build/browsers.mjs finds.
// Run after editing the SVG: `node build/icons.mjs` (the PNGs are committed).
import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
import { browserEnv, chromiumPath } from "./chromium.mjs";

const svg = readFileSync("icons/quotelight.svg", "utf8");
const sizes = Object.keys(JSON.parse(readFileSync("manifest.json", "utf8")).icons).map(Number);
const browser = await chromium.launch({ executablePath: chromiumPath(), env: browserEnv() });
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    const svgStyle = `display:block;width:${size}px;height:${size}px`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{${svgStyle}}</style>${svg}`);
    await page.screenshot({ path: `icons/${size}.png`, omitBackground: true });
  }
} finally {
  await browser.close();
}
