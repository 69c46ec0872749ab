// What esbuild is told the engines we build for (Node 20, Chrome 116, Firefox 142) read as written.
// Unsure which Unicode properties an engine knows, esbuild rewrites every regular-expression literal
// holding `\p{…}` as `new RegExp(…)`, which builds the expression again each time a function runs: the
// engine's benchmark built some 140,000 a run that way (`isNameToken`, `splitIdiomEnd`, the quote tests).
// All three engines read these literals, so they stay literals, compiled once.
export const supported = { "regexp-unicode-property-escapes": true };
