// The shared end-to-end scenarios (scenarios.ts) in Chromium. Needs a build (`npm test` does it).
import { sharedScenarios } from "./scenarios.ts";
import { launchChromium } from "./playwrightDriver.ts";

sharedScenarios(launchChromium);
