// The reader's settings: their types, defaults, and how they are read back from storage.sync
// (settingsStorage.ts does the reading and writing; this module stays free of browser APIs, so
// Node tests and every part of the extension can use it). One key per setting, so the popup's
// per-site switch and the options page each write only their own key. Whatever storage holds (an
// older version's values, another device's, a hand edit) is checked here, and anything
// unexpected reads as the default.
import { colourSchemes, type ColourScheme } from "./palette.ts";

export interface Settings {
  /** articles: read pages that look like stories by itself; asked: only when the reader asks. */
  runOn: "articles" | "asked";
  /** Hostnames where Quotelight never runs (the popup's per-site switch writes this too). */
  disabledSites: string[];
  colourScheme: ColourScheme;
  /** Highlight partial quotes: a few quoted words inside the writer's own sentence. */
  highlightPartial: boolean;
  /** Highlight quotes whose speaker could not be told. */
  showUnattributed: boolean;
}

export type SettingKey = keyof Settings;

export const defaultSettings: Readonly<Settings> = {
  runOn: "articles",
  disabledSites: [],
  colourScheme: "default",
  highlightPartial: true,
  showUnattributed: true,
};

export const settingKeys = Object.keys(defaultSettings) as SettingKey[];

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (v: unknown): T | undefined =>
    allowed.includes(v as T) ? (v as T) : undefined;
const boolean = (v: unknown) => (typeof v === "boolean" ? v : undefined);

/** The stored list of sites, without anything that is not a hostname string. */
export const readDisabledSites = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((site): site is string => typeof site === "string" && site !== "") : [];

const readers: { [K in SettingKey]: (v: unknown) => Settings[K] | undefined } = {
  runOn: oneOf(["articles", "asked"]),
  disabledSites: readDisabledSites,
  colourScheme: oneOf(Object.keys(colourSchemes) as ColourScheme[]),
  highlightPartial: boolean,
  showUnattributed: boolean,
};

/** The settings in `stored` (storage.sync's items), each one checked, defaults for the rest. */
export function readSettings(stored: Record<string, unknown>): Settings {
  const read = <K extends SettingKey>(key: K): Settings[K] =>
    readers[key](stored[key]) ?? defaultSettings[key];
  return {
    runOn: read("runOn"),
    disabledSites: read("disabledSites"),
    colourScheme: read("colourScheme"),
    highlightPartial: read("highlightPartial"),
    showUnattributed: read("showUnattributed"),
  };
}

/**
 * The hostname a reader means by what they typed in the options page ("www.lemonde.fr",
 * "https://www.lemonde.fr/page"), or null when it names no site.
 */
export function hostnameOf(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return (/^[a-z0-9.-]+$/i.test(url.hostname) && url.hostname.includes(".")) || url.hostname === "localhost"
      ? url.hostname.toLowerCase()
      : null;
  } catch {
    return null;
  }
}
