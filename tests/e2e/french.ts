// Chromium in French for the UI tests. Chromium on Linux takes its UI language from the
// environment (LANGUAGE), not from --lang, and reads it when it starts.
import { existsSync } from "node:fs";
import { launchExtension, type ExtensionBrowser } from "./harness.ts";

/** Debian's chromium ships English only; French needs the chromium-l10n package. */
export const frenchAvailable = existsSync("/usr/lib/chromium/locales/fr.pak");

export async function launchInFrench(): Promise<ExtensionBrowser> {
  const saved = { LANGUAGE: process.env.LANGUAGE, LC_ALL: process.env.LC_ALL };
  process.env.LANGUAGE = "fr";
  process.env.LC_ALL = "fr_FR.UTF-8";
  try {
    return await launchExtension();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
