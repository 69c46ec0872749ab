// The hostile and live pages of tests/hostile/scenarios.ts in Firefox. Needs a build (`npm test`).
import { hostileScenarios } from "../hostile/scenarios.ts";
import { launchFirefox } from "./puppeteerDriver.ts";

hostileScenarios(launchFirefox);
