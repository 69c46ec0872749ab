// The scores that choose whom a definite description stands for (attribution/descriptions.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  type DescriptionFeatures,
  describeAntecedent,
  descriptionGender,
  scoreAntecedents,
} from "../../src/engine/attribution/descriptions.ts";

const candidate = (name: string, features: Partial<DescriptionFeatures>) => ({
  antecedent: name,
  features: {
    mentionedSince: 0,
    gender: "agrees" as const,
    sameNoun: false,
    unnamed: false,
    otherOffice: false,
    otherKin: false,
    otherAge: false,
    governed: false,
    byAge: false,
    namedInFull: false,
    namedAheadOnly: false,
    soleFitAhead: false,
    subjectByOffice: false,
    ...features,
  },
});

test("the last mentioned whose gender agrees is chosen before one further back", () => {
  const scored = scoreAntecedents([candidate("near", {}), candidate("far", { mentionedSince: 1 })]);
  assert.equal(scored[0]!.antecedent, "near");
});

test("a head description needs the same noun for someone only the body names, after it", () => {
  const [byAge] = scoreAntecedents([candidate("named first", { namedAheadOnly: true, byAge: true })]);
  assert.equal(byAge!.score, Number.NEGATIVE_INFINITY);
  const [same] = scoreAntecedents([candidate("the mayor", { namedAheadOnly: true, sameNoun: true })]);
  assert.ok(same!.score > Number.NEGATIVE_INFINITY);
});

test("a head's part in what is reported takes the one person the body names first, no noun needed", () => {
  const [sole] = scoreAntecedents([candidate("named first", { namedAheadOnly: true, soleFitAhead: true })]);
  assert.ok(sole!.score > Number.NEGATIVE_INFINITY);
});

test("the same noun outweighs a nearer candidate", () => {
  const scored = scoreAntecedents([
    candidate("near", {}),
    candidate("same noun", { mentionedSince: 1, sameNoun: true }),
  ]);
  assert.equal(scored[0]!.antecedent, "same noun");
});

test("a person described without a name needs neither the same noun nor a known gender", () => {
  const [scored] = scoreAntecedents([candidate("a nurse", { gender: "unknown", unnamed: true })]);
  assert.ok(scored!.score > Number.NEGATIVE_INFINITY);
});

test("the article's subject under an office alone needs no known gender", () => {
  const [scored] = scoreAntecedents([
    candidate("Claire Vasser", { gender: "unknown", subjectByOffice: true }),
  ]);
  assert.ok(scored!.score > Number.NEGATIVE_INFINITY);
});

test("another office or age, a disagreeing gender, or a name with nothing in favour rules one out", () => {
  const scored = scoreAntecedents([
    candidate("other office", { otherOffice: true, sameNoun: true }),
    candidate("other age", { otherAge: true, byAge: true, sameNoun: true }),
    candidate("other gender", { gender: "disagrees", sameNoun: true }),
    candidate("unknown", { gender: "unknown" }),
  ]);
  assert.ok(scored.every((s) => s.score === Number.NEGATIVE_INFINITY));
});

test("an age fits a name of unknown gender; someone described in a complement counts less", () => {
  const scored = scoreAntecedents([
    candidate("a dermatologist", { unnamed: true, governed: true }),
    candidate("named", { mentionedSince: 1, gender: "unknown", byAge: true }),
  ]);
  assert.equal(scored[0]!.antecedent, "named");
  assert.ok(scored[0]!.score > Number.NEGATIVE_INFINITY);
});

test("a gender unknown on either side, or mixed, neither agrees nor disagrees", () => {
  assert.equal(descriptionGender("f", undefined), "unknown");
  assert.equal(descriptionGender(undefined, "m"), "unknown");
  assert.equal(descriptionGender("f", "mixed"), "unknown");
  assert.equal(descriptionGender("f", "f"), "agrees");
  assert.equal(descriptionGender("f", "m"), "disagrees");
});

test("explain writes a candidate's features", () => {
  const { features } = candidate("x", { mentionedSince: 2, sameNoun: true });
  assert.equal(describeAntecedent(features), "2 mentioned since, gender agrees, same noun");
});

test("a full name whose gender nothing tells is supported, worth less than an agreeing one as near", () => {
  const scored = scoreAntecedents([
    candidate("agrees", {}),
    candidate("in full", { gender: "unknown", namedInFull: true }),
  ]);
  assert.ok(scored.every((s) => s.score > Number.NEGATIVE_INFINITY));
  assert.equal(scored[0]!.antecedent, "agrees");
});

test("a full name whose gender nothing tells, named last, wins over an agreeing one named before", () => {
  const scored = scoreAntecedents([
    candidate("in full", { gender: "unknown", namedInFull: true }),
    candidate("agrees", { mentionedSince: 1 }),
  ]);
  assert.equal(scored[0]!.antecedent, "in full");
});
