// The hostile and live pages of scenarios.ts in Chromium. Needs a build (`npm test` does it).
import { launchChromium } from "../e2e/playwrightDriver.ts";
import { hostileScenarios } from "./scenarios.ts";

hostileScenarios(launchChromium);
