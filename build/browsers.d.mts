// Types of build/browsers.mjs for the TypeScript tests.

export const minimumVersions: { chromium: number; firefox: number };
export const brandedChromeIgnoresLoadExtensionFrom: number;

export interface Machine {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  isFile(path: string): boolean;
  list(dir: string): string[];
  versionOutput(path: string): string | undefined;
  osRelease: string;
  isRoot: boolean;
  debianPackageInstalled(pkg: string): boolean | undefined;
  hasGit: boolean;
}

export interface Candidate {
  path: string;
  branded?: boolean;
}
export interface Browser {
  key: "chromium" | "firefox";
  downloadName: string;
  name: string;
  envVar: string;
  minimum: number;
  candidates(machine: Machine): Candidate[];
}
export type Found = { ok: true; path: string; version: number | undefined };
export type NotFound = { ok: false; problem: string; fromEnv: boolean };
export interface Inspection {
  chromium: Found | NotFound;
  firefox: Found | NotFound;
  /** The Debian packages of the installed browsers' French strings that are missing. */
  frenchMissing: string[];
  gitMissing: boolean;
}

export function thisMachine(): Machine;
export function majorVersion(output: string | undefined): number | undefined;
export function isDebianLike(machine: Machine): boolean;
export function chromiumCandidates(machine: Machine): Candidate[];
export function firefoxCandidates(machine: Machine): Candidate[];
export const browsers: { chromium: Browser; firefox: Browser };
export function findBrowser(browser: Browser, machine: Machine): Found | NotFound;
export const debianPackages: { chromium: string[]; firefox: string[]; always: string[] };
export function howToGet(browser: Browser, machine: Machine): string;
export function explain(browser: Browser, notFound: NotFound, machine: Machine): string;
export function inspect(machine: Machine): Inspection;
export function problems(inspection: Inspection, machine: Machine): string[];
export function aptPackages(inspection: Inspection, machine: Machine): string[];
export class BrowserMissing extends Error {}
export function executablePath(browser: Browser): string;
