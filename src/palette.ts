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
  "#d2b48c", // tan (not grey: grey is for quotes with no speaker)
  "#e9c46a", // ochre
] as const;

/** The style for quotes with no speaker: neutral, so they don't read as someone's voice. */
export const unattributedColour = "#ececec";

/** The reader's choice of highlight colours (the options page, storage.sync `colourScheme`). */
export type ColourScheme = "default" | "colour-blind" | "high-contrast";

export interface SchemeColours {
  /** Speaker colour slots, as backgrounds. */
  speakers: readonly string[];
  unattributed: string;
  /** Text colour on every highlight of the scheme. */
  ink: string;
  /**
   * Per-slot underline, so speakers differ by more than hue (empty: colour alone). Cycles with
   * the colours, so slot 0 and slot 8 look alike, as they do in the default scheme.
   */
  underlines: readonly string[];
}

const underlinePatterns = [
  "solid",
  "dashed",
  "dotted",
  "double",
  "wavy",
  "solid",
  "dashed",
  "dotted",
] as const;

/**
 * default: the colours above. colour-blind: Paul Tol's "light" scheme (made for reading dark
 * text on, and told apart with every common colour-vision deficiency), each speaker also
 * underlined in their own pattern. high-contrast: dark backgrounds with white text (7:1 or more)
 * and a thick underline.
 */
export const colourSchemes: Record<ColourScheme, SchemeColours> = {
  default: { speakers: speakerColours, unattributed: unattributedColour, ink: "#1b1b1b", underlines: [] },
  "colour-blind": {
    speakers: ["#77aadd", "#ee8866", "#eedd88", "#ffaabb", "#99ddff", "#44bb99", "#bbcc33", "#dddddd"],
    unattributed: "#f2f2f2",
    ink: "#000000",
    underlines: underlinePatterns.map((style) => `underline ${style} 2px #000000`),
  },
  "high-contrast": {
    speakers: ["#00306e", "#7a0019", "#004d1a", "#4b0082", "#6b3300", "#00474f", "#5c0047", "#2e2e2e"],
    unattributed: "#000000",
    ink: "#ffffff",
    underlines: underlinePatterns.map((style) => `underline ${style} 3px #ffff00`),
  },
};

/** Each scheme's highlight names have their own part after the install's prefix; the default none. */
const schemeParts: Record<ColourScheme, string> = {
  default: "",
  "colour-blind": "cb-",
  "high-contrast": "hc-",
};

/**
 * Name of the CSS highlight for a speaker's colour slot (`::highlight(PREFIX-3)`), where PREFIX
 * is the install's random prefix (src/highlightPrefix.ts).
 */
export const highlightName = (prefix: string, slot: number | null, scheme: ColourScheme = "default") =>
  `${prefix}-${schemeParts[scheme]}${slot === null ? "unattributed" : String(slot % speakerColours.length)}`;

/** The colour of the speaker at `slot` (null: no speaker) in `scheme`, for swatches. */
export const schemeColour = (slot: number | null, scheme: ColourScheme = "default"): string => {
  const colours = colourSchemes[scheme];
  return slot === null ? colours.unattributed : colours.speakers[slot % colours.speakers.length]!;
};
