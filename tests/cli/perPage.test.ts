// The per-page loop: a page whose reading throws costs only its own line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { perPage } from "../../src/cli/perPage.ts";

test(
  "a page whose extraction throws gets one stderr " + "line naming it; the others are printed; status 1",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "quotelight-perpage-"));
    try {
      const files = ["a.html", "poison.html", "c.html"].map((name) => join(dir, name));
      for (const file of files)
        writeFileSync(file, file.includes("poison") ? "<p>POISON</p>" : "<p>fine</p>");
      const describe = (html: string) => {
        if (html.includes("POISON")) throw new RangeError("engine bug");
        return { length: html.length };
      };
      const lines: string[] = [];
      const errors: string[] = [];
      const status = await perPage(files, describe, {
        line: (t) => lines.push(t),
        error: (t) => errors.push(t),
      });
      assert.equal(status, 1);
      assert.deepEqual(
        lines.map((l) => JSON.parse(l).file),
        [files[0], files[2]],
      );
      assert.equal(errors.length, 1);
      assert.ok(errors[0]!.includes(files[1]!) && errors[0]!.includes("engine bug"), errors[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
