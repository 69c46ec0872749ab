import { test } from "node:test";
import assert from "node:assert/strict";
import { decodePage } from "../../src/cli/decode.ts";

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

test("UTF-8 by default", () => {
  assert.equal(decodePage(utf8("<p>« Déjà »</p>")), "<p>« Déjà »</p>");
});

test("a <meta charset> in the head picks the decoder", () => {
  assert.equal(
    decodePage(latin1('<meta charset="iso-8859-1"><p>Déjà</p>')),
    '<meta charset="iso-8859-1"><p>Déjà</p>',
  );
  assert.equal(
    decodePage(
      latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>\x93Oui\x94</p>'),
    ).slice(-12),
    "<p>“Oui”</p>",
  );
});

test("a byte order mark beats the meta, and is not part of the text", () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<meta charset="iso-8859-1"><p>é</p>')]);
  assert.equal(decodePage(bytes), '<meta charset="iso-8859-1"><p>é</p>');
});

test("the HTTP Content-Type beats the meta", () => {
  assert.equal(
    decodePage(latin1('<meta charset="utf-8"><p>é</p>'), "text/html; charset=ISO-8859-1"),
    '<meta charset="utf-8"><p>é</p>',
  );
});

test("an unknown or UTF-16 label in a meta falls back to UTF-8", () => {
  assert.equal(decodePage(utf8('<meta charset="klingon"><p>é</p>')), '<meta charset="klingon"><p>é</p>');
  assert.equal(decodePage(utf8('<meta charset="utf-16"><p>é</p>')), '<meta charset="utf-16"><p>é</p>');
});
