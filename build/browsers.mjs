// Where the browsers are: Chromium for `npm start`, the Chromium tests, the icons and the
// benchmark; Firefox for the Firefox tests. Used by build/chromium.mjs, build/setup.mjs,
// build/test.mjs and tests/e2e-firefox/. Node built-ins only, so `npm run setup` runs before
// `npm ci`.
//
// The search is pure functions over a `Machine` (which files exist, what a browser prints for
// --version, the platform), so that tests can describe a machine with nothing installed, with only
// Google Chrome or with an old Firefox without touching this one; `thisMachine()` is the real one.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { posix, win32 } from "node:path";

/**
 * The oldest versions Quotelight runs in, written into the manifests by build/extension.mjs:
 * Chromium 116 brought chrome.sidePanel.open; Firefox before 142 refuses the add-on ("not
 * compatible with application version") because of its data_collection_permissions key.
 */
export const minimumVersions = { chromium: 116, firefox: 142 };

/** Google Chrome (not Chromium, nor Chrome for Testing) ignores --load-extension from this version on. */
export const brandedChromeIgnoresLoadExtensionFrom = 137;

/**
 * @typedef {object} Machine
 * @property {NodeJS.Platform} platform
 * @property {Record<string, string | undefined>} env
 * @property {string} home the user's home folder
 * @property {(path: string) => boolean} isFile
 * @property {(dir: string) => string[]} list names in a folder, none if it does not exist
 * @property {(path: string) => string | undefined} versionOutput what `path --version` prints
 * @property {string} osRelease the text of /etc/os-release, empty where there is none
 * @property {boolean} isRoot
 * @property {(pkg: string) => boolean | undefined} debianPackageInstalled undefined without dpkg
 * @property {boolean} hasGit whether `git` runs: the tests use it (below)
 */

/**
 * @typedef {{ path: string, branded?: boolean }} Candidate an executable worth trying; branded
 *   marks Google Chrome
 * @typedef {{ ok: true, path: string, version: number | undefined }} Found
 * @typedef {{ ok: false, problem: string, fromEnv: boolean }} NotFound problem: one clause saying
 *   what is wrong; fromEnv: about the browser its environment variable names
 */

/** The machine this runs on. */
export function thisMachine() {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    isFile: (path) => existsSync(path) && statSync(path).isFile(),
    list: (dir) => (existsSync(dir) ? readdirSync(dir) : []),
    versionOutput: (path) => commandOutput(path, ["--version"]),
    osRelease: existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "",
    isRoot: process.getuid?.() === 0,
    debianPackageInstalled: (pkg) =>
      existsSync("/usr/bin/dpkg")
        ? /^Status: install ok installed/m.test(commandOutput("dpkg", ["-s", pkg]) ?? "")
        : undefined,
    hasGit: commandOutput("git", ["--version"]) !== undefined,
  };
}

/** What `command args` prints, or undefined if it cannot run or fails. */
function commandOutput(command, args) {
  try {
    return execFileSync(command, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 20_000,
    });
  } catch {
    return undefined;
  }
}

/** The first number of the first dotted version in `output` ("Chromium 156.0.8078.114" → 156). */
export function majorVersion(output) {
  const match = /(\d+)\.\d+/.exec(output ?? "");
  return match ? Number(match[1]) : undefined;
}

/** Debian, Ubuntu and their derivatives: where apt-get installs the browsers. */
export function isDebianLike(machine) {
  return machine.platform === "linux" && /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(machine.osRelease);
}

/** path.join with the separators of the machine's platform (a test may describe Windows on Linux). */
const joinerFor = (machine) => (machine.platform === "win32" ? win32.join : posix.join);

/** Where the browser caches of Playwright and of @puppeteer/browsers are, as those tools compute it. */
function cacheDirs(machine) {
  const join = joinerFor(machine);
  const { platform, env, home } = machine;
  const userCache =
    platform === "darwin"
      ? join(home, "Library", "Caches")
      : platform === "win32"
        ? (env.LOCALAPPDATA ?? join(home, "AppData", "Local"))
        : (env.XDG_CACHE_HOME ?? join(home, ".cache"));
  return { playwright: join(userCache, "ms-playwright"), puppeteer: join(home, ".cache", "puppeteer") };
}

/**
 * Executables found in a browser cache: for each folder in `dir` whose name starts with `prefix`,
 * newest version first, the first of `insides` (paths inside that folder) that exists.
 */
function inCache(machine, dir, prefix, insides) {
  const join = joinerFor(machine);
  return machine
    .list(dir)
    .filter((name) => name.startsWith(prefix))
    .sort((a, b) => b.localeCompare(a, "en", { numeric: true }))
    .flatMap((name) =>
      insides
        .map((inside) => join(dir, name, inside))
        .filter(machine.isFile)
        .slice(0, 1),
    );
}

/**
 * Where Chromium, Chrome for Testing and (last, flagged) Google Chrome usually are, in order of
 * preference.
 */
export function chromiumCandidates(machine) {
  const join = joinerFor(machine);
  const { platform, env } = machine;
  const cache = cacheDirs(machine);
  const chromeForTesting = {
    linux: [join("chrome-linux64", "chrome"), join("chrome-linux-arm64", "chrome")],
    darwin: ["chrome-mac-arm64", "chrome-mac-x64"].map((dir) =>
      join(dir, "Google Chrome for Testing.app", "Contents", "MacOS", "Google Chrome for Testing"),
    ),
    win32: [join("chrome-win64", "chrome.exe"), join("chrome-win32", "chrome.exe")],
  }[platform];
  const cached = chromeForTesting
    ? [
        ...inCache(machine, cache.playwright, "chromium-", chromeForTesting),
        ...inCache(machine, join(cache.puppeteer, "chrome"), "", chromeForTesting),
      ]
    : [];
  /** @type {Record<string, string[]>} */
  const installed = {
    linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"],
    darwin: [
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
    ],
    win32: [env.LOCALAPPDATA, env.PROGRAMFILES]
      .filter((dir) => dir !== undefined)
      .map((dir) => join(dir, "Chromium", "Application", "chrome.exe")),
  };
  const branded = {
    linux: ["/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome"],
    darwin: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
    win32: [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]]
      .filter((dir) => dir !== undefined)
      .map((dir) => join(dir, "Google", "Chrome", "Application", "chrome.exe")),
  };
  return [
    ...(installed[platform] ?? []).map((path) => ({ path })),
    ...cached.map((path) => ({ path })),
    ...(branded[platform] ?? []).map((path) => ({ path, branded: true })),
  ];
}

/**
 * Where Firefox usually is. Not Playwright's Firefox: it is a patched build that puppeteer's
 * WebDriver BiDi does not drive.
 */
export function firefoxCandidates(machine) {
  const join = joinerFor(machine);
  const { platform, env } = machine;
  const insides = {
    linux: [join("firefox", "firefox")],
    darwin: [join("Firefox.app", "Contents", "MacOS", "firefox")],
    win32: [join("core", "firefox.exe")],
  }[platform];
  const cached = insides ? inCache(machine, join(cacheDirs(machine).puppeteer, "firefox"), "", insides) : [];
  /** @type {Record<string, string[]>} */
  const installed = {
    linux: ["/usr/bin/firefox-esr", "/usr/bin/firefox", "/opt/firefox/firefox", "/snap/bin/firefox"],
    darwin: ["/Applications/Firefox.app/Contents/MacOS/firefox"],
    win32: [env.PROGRAMFILES, env["PROGRAMFILES(X86)"]]
      .filter((dir) => dir !== undefined)
      .map((dir) => join(dir, "Mozilla Firefox", "firefox.exe")),
  };
  return [...(installed[platform] ?? []), ...cached].map((path) => ({ path }));
}

/**
 * The two browsers: how each is named, chosen by environment variable, searched for, and called by
 * Homebrew and by @puppeteer/browsers.
 */
export const browsers = {
  chromium: {
    key: "chromium",
    downloadName: "chrome",
    name: "Chromium",
    envVar: "CHROMIUM_PATH",
    minimum: minimumVersions.chromium,
    candidates: chromiumCandidates,
  },
  firefox: {
    key: "firefox",
    downloadName: "firefox",
    name: "Firefox",
    envVar: "FIREFOX_PATH",
    minimum: minimumVersions.firefox,
    candidates: firefoxCandidates,
  },
};

/**
 * Why a candidate that exists cannot run Quotelight, or undefined if it can, from what it printed
 * for --version. Google Chrome is known by its place or by that output ("Google Chrome 142.0…",
 * where Chrome for Testing says "Google Chrome for Testing"), so CHROMIUM_PATH cannot name it
 * unnoticed. A version that cannot be read (Windows builds print none) is given the benefit of the
 * doubt, except for Google Chrome, which must prove it predates the end of --load-extension.
 */
function whyUnusable(browser, candidate, versionOutput) {
  const version = majorVersion(versionOutput);
  const branded = candidate.branded || /^Google Chrome (?!for Testing)/.test(versionOutput ?? "");
  const named = (name) => `${name}${version === undefined ? "" : ` ${version}`} at ${candidate.path}`;
  if (branded && (version === undefined || version >= brandedChromeIgnoresLoadExtensionFrom))
    return (
      `${named("Google Chrome")} cannot load Quotelight (Google Chrome ignores --load-extension since` +
      ` version ${brandedChromeIgnoresLoadExtensionFrom}; Chromium and Chrome for Testing do not)`
    );
  if (version !== undefined && version < browser.minimum)
    return `${named(browser.name)} is too old (Quotelight needs ${browser.name} ${browser.minimum} or newer)`;
  return undefined;
}

/**
 * The browser to use: the one its environment variable names, which must exist, else the first
 * usable one in the usual places. When none is usable, says why: the first reason found for an
 * installed one (too old, or only Google Chrome), else that there is none.
 * @returns {Found | NotFound}
 */
export function findBrowser(browser, machine) {
  const chosen = machine.env[browser.envVar];
  if (chosen && !machine.isFile(chosen))
    return { ok: false, fromEnv: true, problem: `${browser.envVar} is ${chosen}, which is not a file` };
  const candidates = chosen
    ? [{ path: chosen }]
    : browser.candidates(machine).filter((c) => machine.isFile(c.path));
  const reasons = [];
  for (const candidate of candidates) {
    const versionOutput = machine.versionOutput(candidate.path);
    const reason = whyUnusable(browser, candidate, versionOutput);
    if (reason === undefined) return { ok: true, path: candidate.path, version: majorVersion(versionOutput) };
    reasons.push(reason);
  }
  return { ok: false, fromEnv: Boolean(chosen), problem: reasons[0] ?? `No ${browser.name} is installed` };
}

/** The apt packages that provide each browser, and what the tests need besides. */
export const debianPackages = {
  chromium: ["chromium"],
  // Firefox's French language pack, for the test that starts it in French.
  firefox: ["firefox-esr", "firefox-esr-l10n-fr"],
  // Chromium's own French strings, for the test that starts it with --lang=fr; fonts for screenshots.
  always: ["chromium-l10n", "fonts-dejavu-core"],
};

/**
 * Where Debian's browsers are and the package of each one's French strings, which Debian ships
 * apart: without it the browser shows its own interface, and so the extension's, in English only.
 */
const debianFrench = {
  chromium: { path: "/usr/bin/chromium", pkg: "chromium-l10n", test: "the French popup test" },
  firefox: { path: "/usr/bin/firefox-esr", pkg: "firefox-esr-l10n-fr", test: "the French Firefox test" },
};

/** How to get a browser on this machine, as an instruction that ends a sentence. */
export function howToGet(browser, machine) {
  const { key, downloadName, envVar, name, minimum } = browser;
  const puppeteerCache =
    machine.platform === "win32" ? "%USERPROFILE%\\.cache\\puppeteer" : "~/.cache/puppeteer";
  const download = `npx @puppeteer/browsers install ${downloadName}@stable --path ${puppeteerCache}`;
  const orSetVar = `or set ${envVar} to a ${name} ${minimum} or newer`;
  const packages = [...debianPackages[key], ...debianPackages.always].join(" ");
  if (isDebianLike(machine))
    return machine.isRoot
      ? `run \`npm run setup\`, which installs it with apt-get, ${orSetVar}`
      : `run \`sudo apt-get install ${packages}\`, ${orSetVar}`;
  if (machine.platform === "darwin")
    return `run \`brew install --cask ${key}\` or \`${download}\`, ${orSetVar}`;
  if (key === "chromium")
    return `install Chrome for Testing with \`${download}\` (or your system's Chromium), ${orSetVar}`;
  return `install Firefox from https://www.mozilla.org/firefox/ or with \`${download}\`, ${orSetVar}`;
}

/** One sentence: what is wrong with a browser and how to fix it. */
export function explain(browser, notFound, machine) {
  const { envVar, name, minimum } = browser;
  const fix = notFound.fromEnv
    ? `point ${envVar} at a ${name} ${minimum} or newer, or unset it to use one found in the usual places`
    : howToGet(browser, machine);
  return `${notFound.problem}: ${fix}.`;
}

/**
 * What the extension's tests need from this machine: both browsers and, with Debian's browsers,
 * their French strings (`frenchMissing`: the packages of those missing); and git, which lists the
 * tracked sources for the line-length test and archives them for the store's source zip (a
 * container given a copy of the repository may have none).
 */
export function inspect(machine) {
  const chromium = findBrowser(browsers.chromium, machine);
  const firefox = findBrowser(browsers.firefox, machine);
  const found = { chromium, firefox };
  const frenchMissing = /** @type {const} */ (["chromium", "firefox"])
    .filter((key) => found[key].ok && found[key].path === debianFrench[key].path)
    .map((key) => debianFrench[key].pkg)
    .filter((pkg) => machine.debianPackageInstalled(pkg) === false);
  return { chromium, firefox, frenchMissing, gitMissing: !machine.hasGit };
}

/** How to get git on this machine, as an instruction that ends a sentence. */
function howToGetGit(machine) {
  if (isDebianLike(machine)) return machine.isRoot ? "run `npm run setup`" : "run `sudo apt-get install git`";
  if (machine.platform === "darwin") return "run `xcode-select --install` or `brew install git`";
  return "install it from https://git-scm.com/";
}

/** One sentence per thing the inspection found missing, each with how to get it. */
export function problems(inspection, machine) {
  const sentences = [];
  for (const key of /** @type {const} */ (["chromium", "firefox"])) {
    const found = inspection[key];
    if (!found.ok) sentences.push(explain(browsers[key], found, machine));
  }
  for (const key of /** @type {const} */ (["chromium", "firefox"])) {
    const { pkg, test } = debianFrench[key];
    if (!inspection.frenchMissing.includes(pkg)) continue;
    const fix = machine.isRoot ? "run `npm run setup`" : `run \`sudo apt-get install ${pkg}\``;
    const what = `${browsers[key].name}'s French strings (Debian's ${pkg}), which ${test} needs`;
    sentences.push(`${what}, are not installed: ${fix}.`);
  }
  if (inspection.gitMissing)
    sentences.push(
      `git, which the tests use to list and archive the sources, is not installed: ${howToGetGit(machine)}.`,
    );
  return sentences;
}

/**
 * What `npm run setup` installs with apt-get: on Debian or Ubuntu, as root, the packages of every
 * browser missing or too old (installing an installed package upgrades it), with the French strings
 * and fonts, and git if it is missing. Nothing for a browser its environment variable names: the
 * variable wins over the installed one.
 */
export function aptPackages(inspection, machine) {
  if (!isDebianLike(machine) || !machine.isRoot) return [];
  const missing = /** @type {const} */ (["chromium", "firefox"]).filter(
    (key) => !inspection[key].ok && !machine.env[browsers[key].envVar],
  );
  const forBrowsers =
    missing.length === 0 && inspection.frenchMissing.length === 0
      ? []
      : [
          ...missing.flatMap((key) => debianPackages[key]),
          ...debianPackages.always,
          ...inspection.frenchMissing,
        ];
  return [...new Set(forBrowsers), ...(inspection.gitMissing ? ["git"] : [])];
}

/** Thrown where a browser is needed and none is usable; its message is the whole story. */
export class BrowserMissing extends Error {
  name = "BrowserMissing";
}

/** The path of a usable browser on this machine; throws BrowserMissing, explained, if there is none. */
export function executablePath(browser) {
  const machine = thisMachine();
  const found = findBrowser(browser, machine);
  if (!found.ok) throw new BrowserMissing(explain(browser, found, machine));
  return found.path;
}
