// axe-core in a page: the accessibility rules it breaks, for the popup, side panel, options page
// and the card in the page, in Chromium (Playwright) and Firefox (puppeteer) alike.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * A page that evaluates a script's source and resolves to its value (awaited if a promise):
 * Playwright's and puppeteer's pages both do. Source rather than a function, because the
 * extension pages' CSP forbids injected <script>s: the driver's debugging protocol evaluates it.
 */
export interface ScriptablePage {
  evaluate(source: string): Promise<unknown>;
}

/**
 * axe-core's violations on the page (or inside the elements matching `include`), as
 * "rule: target" lines; empty when all is well.
 */
export async function violations(page: ScriptablePage, include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const context = include ? `{ include: [[${JSON.stringify(include)}]] }` : "undefined";
  // Made into lines in the page: only strings cross over, whatever the protocol.
  return (await page.evaluate(
    `axe.run(${context}).then((results) => results.violations.flatMap((v) =>
      v.nodes.map((node) => v.id + ": " + JSON.stringify(node.target))))`,
  )) as string[];
}
