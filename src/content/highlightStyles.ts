// The page's ::highlight() rules, generated from the palette at build time into highlights.css
// (listed in the manifest's content_scripts[].css), so the page's DOM never gets a <style>.
// Every colour scheme has its own highlight names: the content script switches scheme by
// painting under other names, never by changing a stylesheet in the page.
import { colourSchemes, highlightName, type ColourScheme } from "../palette.ts";

/** Name of the short-lived highlight that marks the quote the reader just jumped to. */
export const flashHighlightName = "quotelight-flash";

const rule = (name: string, declarations: string) => `::highlight(${name}) { ${declarations} }`;

function schemeRules(scheme: ColourScheme): string[] {
  // Dark text on light backgrounds (or light on dark in high contrast): a page's own text
  // colour would vanish on them.
  const { speakers, unattributed, ink, underlines } = colourSchemes[scheme];
  const underline = (slot: number) =>
    underlines.length ? ` text-decoration: ${underlines[slot % underlines.length]};` : "";
  return [
    ...speakers.map((colour, slot) =>
      rule(highlightName(slot, scheme), `background-color: ${colour}; color: ${ink};${underline(slot)}`),
    ),
    // Quotes nobody could be credited with: neutral and dotted, so they don't read as a speaker.
    rule(
      highlightName(null, scheme),
      `background-color: ${unattributed}; color: ${ink};` +
        ` text-decoration: underline dotted ${scheme === "default" ? "#6b6b6b" : ink};`,
    ),
  ];
}

export function highlightStylesheet(): string {
  return `${[
    ...(Object.keys(colourSchemes) as ColourScheme[]).flatMap(schemeRules),
    rule(
      flashHighlightName,
      `background-color: #ff9f1c; color: #000; text-decoration: underline 3px #b23a00;`,
    ),
  ].join("\n")}\n`;
}
