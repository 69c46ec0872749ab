// Finding the browsers and planning `npm run setup` (build/browsers.mjs), on machines described
// here rather than this one: which files exist, what each prints for --version, the platform.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  aptPackages,
  browsers,
  findBrowser,
  inspect,
  majorVersion,
  type Machine,
  problems,
} from "../../build/browsers.mjs";

const debian = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const ubuntu = "NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n";
const fedora = "NAME=Fedora Linux\nID=fedora\n";

/**
 * A machine whose only executables are `files` (path → what it prints for --version), a Debian
 * root by default, with git and every Debian package it is asked about installed unless listed as
 * absent.
 */
function machine(
  files: Record<string, string>,
  options: Partial<Machine> & { absentPackages?: string[] } = {},
) {
  const { absentPackages = [], ...rest } = options;
  const fake: Machine = {
    platform: "linux",
    env: {},
    home: "/home/reader",
    isFile: (path) => path in files,
    list: (dir) => [
      ...new Set(
        Object.keys(files)
          .filter((path) => path.startsWith(`${dir}/`))
          .map((path) => path.slice(dir.length + 1).split("/")[0]!),
      ),
    ],
    versionOutput: (path) => files[path],
    osRelease: debian,
    isRoot: true,
    debianPackageInstalled: (pkg) => !absentPackages.includes(pkg),
    hasGit: true,
    ...rest,
  };
  return fake;
}

const chromium156 = {
  "/usr/bin/chromium": "Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)",
};
const firefox153 = { "/usr/bin/firefox-esr": "Mozilla Firefox 153.8.0esr" };

test("git, which the tests need, is installed by setup on a Debian root and named elsewhere", () => {
  const debianRoot = machine({ ...chromium156, ...firefox153 }, { hasGit: false });
  const inspection = inspect(debianRoot);
  assert.deepEqual(aptPackages(inspection, debianRoot), ["git"]);
  assert.deepEqual(problems(inspection, debianRoot), [
    "git, which the tests use to list and archive the sources, is not installed: run `npm run setup`.",
  ]);
  const debianUser = machine({ ...chromium156, ...firefox153 }, { hasGit: false, isRoot: false });
  assert.match(
    problems(inspect(debianUser), debianUser).join("\n"),
    /git.*: run `sudo apt-get install git`\.$/,
  );
  const fresh = machine({}, { hasGit: false });
  assert.deepEqual(aptPackages(inspect(fresh), fresh), [
    "chromium",
    "firefox-esr",
    "firefox-esr-l10n-fr",
    "chromium-l10n",
    "fonts-dejavu-core",
    "git",
  ]);
});

test("version numbers are read from what browsers print", () => {
  assert.equal(majorVersion("Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)"), 156);
  assert.equal(majorVersion("Mozilla Firefox 140.3.0esr"), 140);
  assert.equal(majorVersion("Google Chrome 137.0.7151.55 "), 137);
  assert.equal(majorVersion(""), undefined);
  assert.equal(majorVersion(undefined), undefined);
});

test("Debian's browsers are found, with their versions, and nothing is left to install", () => {
  const debianRoot = machine({ ...chromium156, ...firefox153 });
  const inspection = inspect(debianRoot);
  assert.deepEqual(inspection.chromium, { ok: true, path: "/usr/bin/chromium", version: 156 });
  assert.deepEqual(inspection.firefox, { ok: true, path: "/usr/bin/firefox-esr", version: 153 });
  assert.deepEqual(problems(inspection, debianRoot), []);
  assert.deepEqual(aptPackages(inspection, debianRoot), []);
});

test("nothing installed, Debian as root: setup installs both browsers, and every message names it", () => {
  const bare = machine({});
  const inspection = inspect(bare);
  assert.deepEqual(aptPackages(inspection, bare), [
    "chromium",
    "firefox-esr",
    "firefox-esr-l10n-fr",
    "chromium-l10n",
    "fonts-dejavu-core",
  ]);
  const sentences = problems(inspection, bare);
  assert.equal(sentences.length, 2);
  assert.match(sentences[0]!, /^No Chromium is installed: run `npm run setup`/);
  assert.match(sentences[1]!, /^No Firefox is installed: run `npm run setup`/);
});

test("nothing installed elsewhere: one line per browser saying how to get it, and no apt-get", () => {
  const cases: [string, Partial<Machine>, RegExp, RegExp][] = [
    [
      "Debian, not root",
      { isRoot: false },
      /sudo apt-get install chromium chromium-l10n/,
      /sudo apt-get install firefox-esr/,
    ],
    ["Fedora", { osRelease: fedora }, /@puppeteer\/browsers install chrome@stable/, /mozilla\.org\/firefox/],
    [
      "macOS",
      { platform: "darwin", osRelease: "" },
      /brew install --cask chromium/,
      /brew install --cask firefox/,
    ],
    [
      "Windows",
      { platform: "win32", osRelease: "", env: { LOCALAPPDATA: "C:\\Users\\r\\AppData\\Local" } },
      /@puppeteer\/browsers install chrome@stable --path %USERPROFILE%/,
      /mozilla\.org\/firefox/,
    ],
  ];
  for (const [name, options, chromiumAdvice, firefoxAdvice] of cases) {
    const bare = machine({}, options);
    const inspection = inspect(bare);
    assert.deepEqual(aptPackages(inspection, bare), [], name);
    const [chromiumLine, firefoxLine, ...more] = problems(inspection, bare);
    assert.match(chromiumLine!, chromiumAdvice, name);
    assert.match(chromiumLine!, /CHROMIUM_PATH/, name);
    assert.match(firefoxLine!, firefoxAdvice, name);
    assert.match(firefoxLine!, /FIREFOX_PATH/, name);
    assert.deepEqual(more, [], name);
  }
});

test("only Google Chrome: not used, and the message says it ignores --load-extension since 137", () => {
  for (const [platform, path] of [
    ["linux", "/usr/bin/google-chrome"],
    ["darwin", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"],
  ] as const) {
    const found = findBrowser(
      browsers.chromium,
      machine({ [path]: "Google Chrome 142.0.7444.59" }, { platform }),
    );
    assert.equal(found.ok, false);
    assert.match(
      !found.ok ? found.problem : "",
      /^Google Chrome 142 at .* ignores --load-extension since version 137/,
    );
  }
  // Named by CHROMIUM_PATH, it is known by what it prints; Chrome for Testing is welcome.
  const chosen = (output: string) =>
    findBrowser(
      browsers.chromium,
      machine({ "/opt/c/chrome": output }, { env: { CHROMIUM_PATH: "/opt/c/chrome" } }),
    );
  assert.match(JSON.stringify(chosen("Google Chrome 142.0.7444.59")), /ignores --load-extension/);
  assert.deepEqual(chosen("Google Chrome for Testing 142.0.7444.59"), {
    ok: true,
    path: "/opt/c/chrome",
    version: 142,
  });
  // A Windows Chrome prints no version: it is not taken on trust.
  const windowsChrome = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
  const windows = machine({}, { platform: "win32", env: { PROGRAMFILES: "C:\\Program Files" } });
  const found = findBrowser(browsers.chromium, {
    ...windows,
    isFile: (p) => p === windowsChrome,
  });
  assert.match(
    found.ok ? "found" : found.problem,
    /^Google Chrome at C:\\Program Files\\Google\\.* cannot load/,
  );
  // Before 137 it still loads unpacked extensions; Chromium, when there, is preferred anyway.
  const oldChrome = { "/usr/bin/google-chrome": "Google Chrome 130.0.6723.58" };
  assert.deepEqual(findBrowser(browsers.chromium, machine(oldChrome)), {
    ok: true,
    path: "/usr/bin/google-chrome",
    version: 130,
  });
  assert.equal(
    (findBrowser(browsers.chromium, machine({ ...oldChrome, ...chromium156 })) as { path: string }).path,
    "/usr/bin/chromium",
  );
});

test("a Firefox too old for the add-on is reported with its version, and setup upgrades it", () => {
  const oldFirefox = machine({ ...chromium156, "/usr/bin/firefox-esr": "Mozilla Firefox 140.3.0esr" });
  const inspection = inspect(oldFirefox);
  assert.deepEqual(problems(inspection, oldFirefox), [
    "Firefox 140 at /usr/bin/firefox-esr is too old (Quotelight needs Firefox 142 or newer):" +
      " run `npm run setup`, which installs it with apt-get, or set FIREFOX_PATH to a Firefox 142 or newer.",
  ]);
  assert.deepEqual(aptPackages(inspection, oldFirefox), [
    "firefox-esr",
    "firefox-esr-l10n-fr",
    "chromium-l10n",
    "fonts-dejavu-core",
  ]);
  // A newer one elsewhere is used instead.
  const alsoNew = machine({
    "/usr/bin/firefox-esr": "Mozilla Firefox 140.3.0esr",
    "/usr/bin/firefox": "Mozilla Firefox 150.0",
  });
  assert.deepEqual(findBrowser(browsers.firefox, alsoNew), {
    ok: true,
    path: "/usr/bin/firefox",
    version: 150,
  });
});

test("CHROMIUM_PATH wins over installed browsers, and a wrong one is reported, not installed over", () => {
  const chosen = machine({ ...chromium156, "/opt/cft/chrome": "Google Chrome for Testing 150.0.1" });
  assert.equal(
    (
      findBrowser(browsers.chromium, { ...chosen, env: { CHROMIUM_PATH: "/opt/cft/chrome" } }) as {
        path: string;
      }
    ).path,
    "/opt/cft/chrome",
  );
  const wrong = machine({ ...chromium156, ...firefox153 }, { env: { CHROMIUM_PATH: "/nonexistent" } });
  const inspection = inspect(wrong);
  assert.deepEqual(problems(inspection, wrong), [
    "CHROMIUM_PATH is /nonexistent, which is not a file: point CHROMIUM_PATH at a Chromium 116 or newer," +
      " or unset it to use one found in the usual places.",
  ]);
  assert.deepEqual(aptPackages(inspection, wrong), []);
});

test("Chrome for Testing in Playwright's and puppeteer's caches is found, newest first", () => {
  const playwright = "/home/reader/.cache/ms-playwright";
  const cached = machine(
    {
      [`${playwright}/chromium-987/chrome-linux64/chrome`]: "Google Chrome for Testing 120.0.1",
      [`${playwright}/chromium-1200/chrome-linux64/chrome`]: "Google Chrome for Testing 145.0.1",
      [`${playwright}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`]:
        "146",
    },
    { osRelease: fedora },
  );
  assert.equal(
    (findBrowser(browsers.chromium, cached) as { path: string }).path,
    `${playwright}/chromium-1200/chrome-linux64/chrome`,
  );
  const puppeteer = machine({
    "/home/reader/.cache/puppeteer/chrome/linux-150.0.7000.1/chrome-linux64/chrome":
      "Google Chrome for Testing 150.0",
    "/home/reader/.cache/puppeteer/firefox/linux-stable_150.0/firefox/firefox": "Mozilla Firefox 150.0",
  });
  const inspection = inspect(puppeteer);
  assert.equal(inspection.chromium.ok && inspection.chromium.version, 150);
  assert.equal(inspection.firefox.ok && inspection.firefox.version, 150);
});

test("Debian's Chromium without its French strings: named, and setup installs them", () => {
  const noFrench = machine({ ...chromium156, ...firefox153 }, { absentPackages: ["chromium-l10n"] });
  const inspection = inspect(noFrench);
  assert.deepEqual(inspection.frenchMissing, ["chromium-l10n"]);
  assert.match(problems(inspection, noFrench).join("\n"), /chromium-l10n.*: run `npm run setup`/);
  assert.deepEqual(aptPackages(inspection, noFrench), ["chromium-l10n", "fonts-dejavu-core"]);
});

test("Debian's Firefox without its French language pack: named, and setup installs it", () => {
  const noFrench = machine({ ...chromium156, ...firefox153 }, { absentPackages: ["firefox-esr-l10n-fr"] });
  const inspection = inspect(noFrench);
  assert.deepEqual(inspection.frenchMissing, ["firefox-esr-l10n-fr"]);
  assert.deepEqual(problems(inspection, noFrench), [
    "Firefox's French strings (Debian's firefox-esr-l10n-fr), which the French Firefox test needs," +
      " are not installed: run `npm run setup`.",
  ]);
  assert.deepEqual(aptPackages(inspection, noFrench), [
    "chromium-l10n",
    "fonts-dejavu-core",
    "firefox-esr-l10n-fr",
  ]);
  const user = machine(
    { ...chromium156, ...firefox153 },
    { absentPackages: ["firefox-esr-l10n-fr"], isRoot: false },
  );
  assert.match(
    problems(inspect(user), user).join("\n"),
    /: run `sudo apt-get install firefox-esr-l10n-fr`\.$/,
  );
  // A Firefox of its own (not Debian's) has no such package to want.
  const ownFirefox = machine(
    { ...chromium156, "/usr/bin/firefox": "Mozilla Firefox 150.0" },
    { absentPackages: ["firefox-esr-l10n-fr"] },
  );
  assert.deepEqual(inspect(ownFirefox).frenchMissing, []);
});

test("Ubuntu counts as Debian for apt-get", () => {
  const bare = machine({}, { osRelease: ubuntu });
  assert.deepEqual(aptPackages(inspect(bare), bare), [
    "chromium",
    "firefox-esr",
    "firefox-esr-l10n-fr",
    "chromium-l10n",
    "fonts-dejavu-core",
  ]);
});
