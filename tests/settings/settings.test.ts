// The reader's settings as read back from storage.sync, and the sites typed in the options page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { defaultSettings, hostnameOf, readSettings } from "../../src/settings.ts";

test("nothing stored reads as the defaults", () => {
  assert.deepEqual(readSettings({}), defaultSettings);
});

test("stored values are kept when valid, and each invalid one falls back to its default alone", () => {
  const stored = {
    runOn: "asked",
    colourScheme: "high-contrast",
    highlightPartial: false,
    showUnattributed: "no", // not a boolean
    disabledSites: ["news.example", 42, "", "blog.example"],
  };
  assert.deepEqual(readSettings(stored), {
    runOn: "asked",
    colourScheme: "high-contrast",
    highlightPartial: false,
    showUnattributed: true,
    disabledSites: ["news.example", "blog.example"],
  });
  assert.equal(readSettings({ runOn: "always", colourScheme: "neon" }).runOn, "articles");
  assert.equal(readSettings({ colourScheme: "neon" }).colourScheme, "default");
  assert.deepEqual(readSettings({ disabledSites: "news.example" }).disabledSites, []);
});

test("a typed site, a whole address or a bare name, is taken for its hostname", () => {
  assert.equal(hostnameOf("www.LeMonde.fr"), "www.lemonde.fr");
  assert.equal(hostnameOf("  https://www.lemonde.fr/politique/article.html?x=1 "), "www.lemonde.fr");
  assert.equal(hostnameOf("http://127.0.0.1:8080/page"), "127.0.0.1");
  assert.equal(hostnameOf("localhost"), "localhost");
  assert.equal(hostnameOf("news.example/path"), "news.example");
});

test("text that names no site is refused", () => {
  for (const typed of ["", "   ", "not a site", "lemonde", "https://", "a b.com"]) {
    assert.equal(hostnameOf(typed), null, typed);
  }
});
