// Speaker colours, shared by the page highlights and the popup/side panel swatches.
// Okabe–Ito based hues, lightened for highlighter backgrounds: distinguishable for the common
// colour-vision deficiencies, and dark text stays readable on each of them. Highlights keep
// dark text, so they read on dark pages too.
export const speakerColours = [
  "#ffd166", // yellow
  "#8ecae6", // sky blue
  "#f4a6c6", // reddish purple
  "#a7e3a1", // bluish green
  "#f7b267", // orange
  "#b8b5ff", // blue
  "#d9d9d9", // grey
  "#e9c46a", // ochre
] as const;

/** The style for quotes with no speaker: neutral, so they don't read as someone's voice. */
export const unattributedColour = "#ececec";

/** Name of the CSS highlight for a speaker's colour slot (`::highlight(quotelight-3)`). */
export const highlightName = (slot: number | null) =>
  slot === null ? "quotelight-unattributed" : `quotelight-${slot % speakerColours.length}`;
