// The page's ::highlight() rules, made from the palette for the install's random highlight names
// (src/highlightPrefix.ts), so they cannot be a file in the extension: the content script adopts
// them as a constructed stylesheet (highlighter.ts), and the page's DOM never gets a <style>.
// Every colour scheme has its own highlight names: the content script switches scheme by
// painting under other names, never by changing the stylesheet.
import { colourSchemes, highlightName, type ColourScheme } from "../palette.ts";

/** Name of the short-lived highlight that marks the quote the reader just jumped to. */
export const flashHighlightName = (prefix: string) => `${prefix}-flash`;

declare const QUOTELIGHT_BROWSER: "chrome" | "firefox" | undefined;

/**
 * Where the rules apply. Chromium's highlights inherit (a text's ::highlight() style comes from
 * its parent's), so rules on the root element reach every text; a rule for every element instead
 * made adopting the stylesheet restyle the whole page, one task of 80–240 ms on the 1 MB
 * benchmark article, against 30–50 ms for the root alone. Firefox styles a highlight only from
 * rules matching the text's own element, so there the rules match every element.
 */
export const HIGHLIGHT_RULE_SCOPE =
  typeof QUOTELIGHT_BROWSER !== "undefined" && QUOTELIGHT_BROWSER === "firefox" ? "" : ":root";

type Rule = (name: string, declarations: string) => string;

const ruleIn =
  (scope: string): Rule =>
  (name, declarations) =>
    `${scope}::highlight(${name}) { ${declarations} }`;

function schemeRules(rule: Rule, prefix: string, scheme: ColourScheme): string[] {
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

/** The rules for every scheme and the flash; `scope`: see HIGHLIGHT_RULE_SCOPE. */
export function highlightStylesheet(prefix: string, scope = ""): string {
  const rule = ruleIn(scope);
  return `${[
    ...(Object.keys(colourSchemes) as ColourScheme[]).flatMap((scheme) => schemeRules(rule, prefix, scheme)),
    rule(
      flashHighlightName(prefix),
      `background-color: #ff9f1c; color: #000; text-decoration: underline 3px #b23a00;`,
    ),
  ].join("\n")}\n`;
}
