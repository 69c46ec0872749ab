// The page's ::highlight() rules, made from the palette for the install's random highlight names
// (src/highlightPrefix.ts), so they cannot be a file in the extension: the content script adopts
// them as a constructed stylesheet (highlighter.ts), and the page's DOM never gets a <style>.
// Every colour scheme has its own highlight names: the content script switches scheme by
// painting under other names, never by changing the stylesheet.
import { colourSchemes, highlightName, type ColourScheme } from "../palette.ts";

/** Name of the short-lived highlight that marks the quote the reader just jumped to. */
export const flashHighlightName = (prefix: string) => `${prefix}-flash`;

const rule = (name: string, declarations: string) => `::highlight(${name}) { ${declarations} }`;

function schemeRules(prefix: string, scheme: ColourScheme): string[] {
  // Dark text on light backgrounds (or light on dark in high contrast): a page's own text
  // colour would vanish on them.
  const { speakers, unattributed, ink, underlines } = colourSchemes[scheme];
  const underline = (slot: number) =>
    underlines.length ? ` text-decoration: ${underlines[slot % underlines.length]};` : "";
  return [
    ...speakers.map((colour, slot) =>
      rule(
        highlightName(prefix, slot, scheme),
        `background-color: ${colour}; color: ${ink};${underline(slot)}`,
      ),
    ),
    // Quotes nobody could be credited with: neutral and dotted, so they don't read as a speaker.
    rule(
      highlightName(prefix, null, scheme),
      `background-color: ${unattributed}; color: ${ink};` +
        ` text-decoration: underline dotted ${scheme === "default" ? "#6b6b6b" : ink};`,
    ),
  ];
}

export function highlightStylesheet(prefix: string): string {
  return `${[
    ...(Object.keys(colourSchemes) as ColourScheme[]).flatMap((scheme) => schemeRules(prefix, scheme)),
    rule(
      flashHighlightName(prefix),
      `background-color: #ff9f1c; color: #000; text-decoration: underline 3px #b23a00;`,
    ),
  ].join("\n")}\n`;
}
