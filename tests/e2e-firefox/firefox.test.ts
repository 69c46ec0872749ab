// The extension in Debian's firefox-esr (puppeteer-core over WebDriver BiDi): the shared
// scenarios of tests/e2e/scenarios.ts, then what only Firefox has. Needs a build (`npm test`).
import { sharedScenarios } from "../e2e/scenarios.ts";
import { launchFirefox, type FirefoxDriver } from "./puppeteerDriver.ts";

sharedScenarios(launchFirefox, (current) => {
  const ext = () => current() as FirefoxDriver;
  void ext;
});
