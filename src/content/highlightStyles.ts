// The page's ::highlight() rules, generated from the palette at build time into highlights.css
// (listed in the manifest's content_scripts[].css), so the page's DOM never gets a <style>.
import { highlightName, speakerColours, unattributedColour } from "../palette.ts";

/** Name of the short-lived highlight that marks the quote the reader just jumped to. */
export const flashHighlightName = "quotelight-flash";

// Dark text on every highlight: the backgrounds are light, and a dark page's light text would
// vanish on them.
const ink = "#1b1b1b";

const rule = (name: string, declarations: string) => `::highlight(${name}) { ${declarations} }`;

export function highlightStylesheet(): string {
  return [
    ...speakerColours.map((colour, slot) =>
      rule(highlightName(slot), `background-color: ${colour}; color: ${ink};`),
    ),
    // Quotes nobody could be credited with: grey and dotted, so they don't read as a speaker.
    rule(
      highlightName(null),
      `background-color: ${unattributedColour}; color: ${ink}; text-decoration: underline dotted #6b6b6b;`,
    ),
    rule(
      flashHighlightName,
      `background-color: #ff9f1c; color: #000; text-decoration: underline 3px #b23a00;`,
    ),
  ].join("\n") + "\n";
}
