// axe-core in a page: the accessibility rules it breaks, for the popup, side panel, options page
// and the card in the page.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
}

/**
 * axe-core's violations on the page (or inside the elements matching `include`), as
 * "rule: target" lines; empty when all is well.
 */
export async function violations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the debugging protocol: the extension pages' CSP forbids injected <script>s.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (context) =>
      (globalThis as unknown as { axe: { run(context?: unknown): Promise<AxeResults> } }).axe.run(
        context ? { include: [[context]] } : undefined,
      ),
    include ?? null,
  );
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${JSON.stringify(node.target)}`));
}
