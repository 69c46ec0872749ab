// What the built extension could do, read from dist/ (after `npm run build`): no way to run code
// from elsewhere, no network API in any of its scripts, no door left open to web pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Calls that would send or fetch something, or turn a string into code. */
const NETWORK_OR_EVAL = new RegExp(
  [
    String.raw`\bfetch\s*\(`,
    "XMLHttpRequest",
    "WebSocket",
    "sendBeacon",
    "EventSource",
    "importScripts",
    "RTCPeerConnection",
    String.raw`\beval\s*\(`,
    String.raw`new Function\s*\(`,
  ].join("|"),
);

for (const browser of ["chrome", "firefox"]) {
  const dir = join("dist", browser);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));

  test(`${browser}: the extension pages' CSP allows only the extension's own code and no connection`, () => {
    const directives = new Map<string, string[]>(
      (manifest.content_security_policy.extension_pages as string)
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([name, ...values]) => [name!, values]),
    );
    assert.deepEqual(directives.get("default-src"), ["'none'"]);
    assert.deepEqual(directives.get("script-src"), ["'self'"]);
    assert.deepEqual(directives.get("connect-src"), ["'none'"]);
    assert.deepEqual(directives.get("object-src"), ["'none'"]);
    for (const [name, values] of directives) {
      for (const value of values) assert.match(value, /^'(none|self)'$/, `${name} allows ${value}`);
    }
  });

  test(
    `${browser}: no web page or other extension can reach it, and it asks for no more than storage ` +
      "(and the side panel, the active tab, an offscreen document)",
    () => {
      assert.equal(manifest.externally_connectable, undefined);
      assert.equal(manifest.host_permissions, undefined);
      assert.equal(manifest.optional_permissions, undefined);
      for (const permission of manifest.permissions)
        assert.ok(["storage", "sidePanel", "activeTab", "offscreen"].includes(permission), permission);
      for (const resource of manifest.web_accessible_resources ?? []) {
        assert.equal(
          resource.use_dynamic_url,
          true,
          "a resource pages can load must not fingerprint the extension",
        );
      }
    },
  );

  test(`${browser}: none of its scripts can make a network request or evaluate a string`, () => {
    const scripts = readdirSync(dir).filter((f) => f.endsWith(".js"));
    assert.ok(scripts.length >= 4);
    for (const script of scripts) {
      const found = NETWORK_OR_EVAL.exec(readFileSync(join(dir, script), "utf8"));
      assert.equal(found, null, `${script} contains ${found?.[0]}`);
    }
  });
}
