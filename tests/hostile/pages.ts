// Hostile and broken pages for the end-to-end tests, served under /hostile/ by a route in the
// test's browser (nothing written outside tests/). Each page keeps a heartbeat (`window.beats`,
// counted by its own timer) so a test can tell the page still runs after Quotelight read it.
import { bigArticle } from "../../bench/bigArticle.ts";

const HEARTBEAT = `<script>window.beats = 0; setInterval(() => window.beats++, 50);</script>`;

const page = (body: string, { lang = "en", dir = "ltr", head = "" } = {}) => `<!doctype html>
<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>Hostile page</title>
<meta property="og:type" content="article">${HEARTBEAT}${head}</head>
<body><article><h1>Harbour bridge to close for repairs</h1>
${body}
</article></body></html>`;

/** Paragraphs that quote Maria Okafor: what every page also holds, so there is work to do. */
export const quoting = (n: number, from = 0) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>“We cannot keep the bridge open for day ${from + i},” said Maria Okafor, ` +
      "the council's transport lead, after the vote on Tuesday evening.</p>",
  ).join("\n");

export const hostilePages: Record<string, () => string> = {
  "stray-marks.html": () =>
    page(`<p>He said “yes and then “no and “maybe.</p><p>” A stray closer,” said Ann Lee. «</p>
<p>»»» «« “ ” ‘’ '' "" „“ ‹ › 「 」</p><p>“${"“".repeat(2000)}</p>${quoting(3)}`),
  "ten-megabytes.html": () =>
    bigArticle({ quotes: 300, bytes: 10_000_000 }).replace("<head>", `<head>${HEARTBEAT}`),
  "many-elements.html": () =>
    page(
      Array.from(
        { length: 1000 },
        (_, i) =>
          `<p>${"<span>word</span> ".repeat(99)}` +
          `“We will reopen the bridge, part ${i},” said Maria Okafor.</p>`,
      ).join("\n"),
    ),
  // Browsers' parsers cap nesting (Chromium at 512 levels), so a script builds the levels. Chromium
  // itself crashes the tab when laying out 5,000 (with or without any extension), so the browser
  // test goes 2,000 deep; the page adapter's own test (adapter.test.ts) reads 5,000 levels.
  "deep-nesting.html": () =>
    page(`<div id="deep"></div><script>
let parent = document.getElementById("deep");
for (let i = 0; i < 2000; i++) parent = parent.appendChild(document.createElement("div"));
parent.innerHTML = ${JSON.stringify(quoting(3))};
</script>`),
  "iframes.html": () =>
    page(`${quoting(2)}<iframe srcdoc="${quoting(3, 10).replace(/"/g, "&quot;")}"></iframe>
<iframe src="/hostile/rtl.html"></iframe>`),
  "shadow-dom.html": () =>
    page(`${quoting(2)}<div id="host"></div><script>
const root = document.getElementById("host").attachShadow({ mode: "open" });
root.innerHTML = ${JSON.stringify(quoting(2, 20))};
const closed = document.body.appendChild(document.createElement("div")).attachShadow({ mode: "closed" });
closed.innerHTML = ${JSON.stringify(quoting(1, 30))};
</script>`),
  "editable.html": () =>
    page(`${quoting(2)}
<div contenteditable="true" id="editor">
<p>“Typed by the reader in an editor,” said Anna Bell, the editor.</p></div>
<textarea id="draft">“A draft in a text area,” said Anna Bell.</textarea>
<input id="field" value="“A form field,” said Anna Bell.">
<form><p><label>“A label in a form,” said Anna Bell.</label></p></form>`),
  "svg-mathml.html": () =>
    page(`${quoting(2)}
<svg width="400" height="60"><text x="0" y="20">“A chart label,” said Anna Bell.</text>
<foreignObject width="400" height="40"><p>“Foreign content,” said Anna Bell.</p></foreignObject></svg>
<math><mtext>“A formula,” said Anna Bell.</mtext></math>`),
  "replaced-every-second.html": () =>
    page(`<div id="live">${quoting(2)}</div><script>
let round = 0;
setInterval(() => {
  round++;
  document.getElementById("live").innerHTML =
    "<p>“Update number " + round + " is in,” said Maria Okafor, the council's transport lead.</p>" +
    "<p>“We are still working on round " + round + ",” said Tom Reyes, who runs the ferry.</p>";
}, 1000);
</script>`),
  // The page uses the highlight registry itself, and booby-traps it for anyone else.
  "hostile-highlights.html": () =>
    page(`<p id="own">The page's own highlighted words.</p>${quoting(3)}
<script>
const own = new Range();
own.selectNodeContents(document.getElementById("own").firstChild);
CSS.highlights.set("page-mark", new Highlight(own));
const nativeForEach = HighlightRegistry.prototype.forEach;
window.namesInRegistry = () => {
  const names = [];
  nativeForEach.call(CSS.highlights, (h, name) => names.push(name + ":" + h.size));
  return names;
};
window.trapped = 0;
for (const method of ["set", "delete", "clear", "get", "has", "forEach"]) {
  HighlightRegistry.prototype[method] = function () {
    window.trapped++;
    throw new Error("hands off the registry");
  };
}
window.Highlight = function () { window.trapped++; throw new Error("no highlights for you"); };
</script>`),
  // Served with a Content-Security-Policy that allows no script at all (see strictPolicy): the
  // content script, and the engine it imports from the extension, must run all the same.
  "strict-csp.html": () => page(quoting(3)).replace(HEARTBEAT, ""),
  "rtl.html": () =>
    page(
      `${Array.from(
        { length: 3 },
        () =>
          `<p>„אנחנו לא יכולים להשאיר את הגשר פתוח”, אמרה מריה אוקפור, ראש מחלקת התחבורה בעירייה.</p>
<p>«لا يمكننا إبقاء الجسر مفتوحا»، قالت ماريا أوكافور، مسؤولة النقل في المجلس البلدي.</p>`,
      ).join("\n")}<p>\u202e“Mixed direction words,”\u202c said Ann Lee in an English aside.</p>`,
      { lang: "he", dir: "rtl" },
    ),
};

/** Response headers for pages that need them. */
export const pageHeaders: Record<string, Record<string, string>> = {
  "strict-csp.html": {
    "content-security-policy": "default-src 'none'; script-src 'none'; style-src 'none'; connect-src 'none'",
  },
};
