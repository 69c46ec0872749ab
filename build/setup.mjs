// `npm run setup`: makes sure the browsers Quotelight runs and is tested in are here, and git,
// which the tests use. On Debian or Ubuntu as root it installs what is missing or too old with
// apt-get; elsewhere it prints, for each thing missing, one line saying how to get it. Ends by
// naming the browsers it found, and exits non-zero while one is missing. Needs only Node (it runs
// before or after `npm ci` alike); .ci/run runs it, so CI takes the same path as a newcomer.
import { spawnSync } from "node:child_process";
import { aptPackages, browsers, inspect, problems, thisMachine } from "./browsers.mjs";

/** Runs a command with its output shown; true if it succeeded. */
const run = (command, args) =>
  spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  }).status === 0;

let machine = thisMachine();
let inspection = inspect(machine);
const packages = aptPackages(inspection, machine);
if (packages.length > 0) {
  console.log(`Installing ${packages.join(" ")} with apt-get…`);
  const install = (names) => run("apt-get", ["install", "-y", "-qq", ...names]);
  // One at a time if together they fail: a release may lack one of them (Ubuntu has no
  // firefox-esr), and the others should still come.
  if (run("apt-get", ["update", "-qq"]) && !install(packages)) for (const name of packages) install([name]);
  inspection = inspect(thisMachine());
  // What is still missing is not to be had from apt-get here (Ubuntu has no firefox-esr, and an
  // old release may have only an old one): the advice becomes what it is on other systems.
  machine = { ...machine, osRelease: "" };
}

for (const key of /** @type {const} */ (["chromium", "firefox"])) {
  const found = inspection[key];
  if (found.ok) console.log(`${browsers[key].name} ${found.version ?? "(version unknown)"}: ${found.path}`);
}
const missing = problems(inspection, machine);
for (const sentence of missing) console.error(sentence);
process.exit(missing.length > 0 ? 1 : 0);
