// Every word list of every lexicon (src/engine/lang/*.ts) names each entry once: a list is read
// from the source, so that a duplicate is caught even where a Set would hide it. The lists are the
// template strings handed to the lexicon helpers (`list`, `words`, `conjugate`, `gendered`, `kinship`, …) and
// the array literals of strings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { supportedLanguages, rulesFor } from "../../src/engine/lang/index.ts";

const LANG_DIR = "src/engine/lang";

interface WordList {
  file: string;
  line: number;
  entries: string[];
}

/**
 * The entries of a template string without substitutions, or of an array of string literals. A
 * row of a table (an array inside an array: a verb's paradigm, "said" as past and participle)
 * fills fixed places, and is no list.
 */
function entriesOf(node: ts.Node): string[] | undefined {
  // A bar standing alone sets groups apart in a table of groups (`kinship`: `vater papa | mutter mama`).
  if (ts.isNoSubstitutionTemplateLiteral(node))
    return node.text
      .trim()
      .split(/\s+/)
      .filter((entry) => entry !== "" && entry !== "|");
  const isList =
    ts.isArrayLiteralExpression(node) &&
    !ts.isArrayLiteralExpression(node.parent) &&
    node.elements.length > 1 &&
    node.elements.every(ts.isStringLiteral);
  return isList ? node.elements.map((e) => (e as ts.StringLiteral).text) : undefined;
}

/** Every word list written in one lexicon file. */
function wordLists(file: string): WordList[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const lists: WordList[] = [];
  const visit = (node: ts.Node): void => {
    const entries = entriesOf(node);
    if (entries) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      lists.push({ file, line, entries });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lists;
}

const lexiconFiles = readdirSync(LANG_DIR)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => join(LANG_DIR, name));

function duplicates(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(entries.filter((entry) => seen.has(entry) || !seen.add(entry)))];
}

test("the lexicons' word lists are read from their source", () => {
  const lists = lexiconFiles.flatMap(wordLists);
  assert.ok(lists.length > 50, `only ${lists.length} word lists found`);
  assert.ok(lists.some((l) => l.entries.includes("complain") && l.entries.includes("predict")));
});

test("no lexicon word list names an entry twice", () => {
  const found = lexiconFiles
    .flatMap(wordLists)
    .map((l) => ({ where: `${l.file}:${l.line}`, twice: duplicates(l.entries) }))
    .filter((l) => l.twice.length > 0);
  assert.deepEqual(found, []);
});

test("multi-word speech idioms hold several words; single words are speech verbs", () => {
  for (const lang of supportedLanguages) {
    const single = rulesFor(lang).speechIdioms.filter((idiom) => !/\s/.test(idiom.trim()));
    assert.deepEqual(single, [], `${lang}: single words among the idioms`);
  }
});

test("a list with an entry twice is caught", () => {
  assert.deepEqual(duplicates(["said", "told", "said", "added", "told"]), ["said", "told"]);
  const [list] = wordLists(lexiconFiles.find((f) => f.endsWith("en.ts"))!);
  assert.ok(list && list.entries.length > 0);
});
