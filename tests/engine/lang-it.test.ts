// Italian rules, on sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { italian } from "../../src/engine/lang/it.ts";
import { extract, quotesAndSpeakers } from "./lang.helpers.ts";

test("speech verbs are conjugated from their infinitives: -are, -ere, -ire, -isc-, irregular", () => {
  for (const form of [
    "spiega",
    "spiegò",
    "spiegato",
    "spiegherà",
    "spiegava",
    "ribadisce",
    "ribadito",
    "detto",
    "disse",
    "aggiunto",
    "aggiunse",
    "risposto",
    "sostiene",
  ]) {
    assert.ok(italian.speechVerbs.has(form), form);
  }
  // "dire" is conjugated by hand: the rule would make "dono" and "dito" (gift, finger).
  for (const form of ["spieghe", "dono", "dito"]) assert.ok(!italian.speechVerbs.has(form), form);
});

test("«…» and “…” marks", () => {
  const result = extract(
    "it",
    "«L'accordo è vicino», ha detto il ministro Franco Leone.",
    "“Serve ancora una settimana”, ha spiegato Leone.",
  );
  assert.deepEqual(
    result.quotes.map((q) => q.text),
    ["L'accordo è vicino", "Serve ancora una settimana"],
  );
});

test("passato prossimo after the quote, the speaker after it, the role from the title", () => {
  const result = extract(
    "it",
    "«Il ponte riaprirà a maggio», ha dichiarato ieri la sindaca Carla Serra.",
    "Serra ha aggiunto: «I lavori sono quasi finiti».",
    "«I conti sono in ordine», ha detto l'assessore dell'Urbanistica, Luca Fini.",
  );
  assert.deepEqual(
    result.quotes.map((q) => result.speakers[q.speaker!]!.name),
    ["Carla Serra", "Carla Serra", "Luca Fini"],
  );
  assert.equal(result.speakers[0]!.role, "sindaca");
});

test("secondo X, and an incise that names the speaker before the quote", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "it",
      "Il medico Davide Riva ha visitato il reparto con Marta Galli.",
      "Secondo Riva, i pazienti sono «in netto miglioramento».",
      "Dopo la visita, racconta Riva, «nessuno voleva tornare a casa».",
    ),
    [
      ["in netto miglioramento", "Davide Riva"],
      ["nessuno voleva tornare a casa", "Davide Riva"],
    ],
  );
});

test(
  "honorifics Sig. and Sig.ra are stripped; lui, lei " +
    "and quest'ultimo find the last speaker of their gender",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "it",
        "«Non venderemo il negozio», ha detto il Sig. Bruno Fabbri.",
        "«È la scelta giusta», ha risposto la Sig.ra Anna Greco.",
        "«Vedremo», ha aggiunto lui. «Ne sono certa», ha detto lei. «Lo spero», ha concluso quest'ultimo.",
      ),
      [
        ["Non venderemo il negozio", "Bruno Fabbri"],
        ["È la scelta giusta", "Anna Greco"],
        ["Vedremo", "Bruno Fabbri"],
        ["Ne sono certa", "Anna Greco"],
        ["Lo spero", "Bruno Fabbri"],
      ],
    );
  },
);

test("'come ha spiegato X, …' mette il soggetto dopo il verbo, come 'as X explained'", () => {
  assert.deepEqual(
    quotesAndSpeakers("it", "Come ha spiegato il ministro Luca Neri, il taglio «non toccherà la sanità»."),
    [["non toccherà la sanità", "Luca Neri"]],
  );
});

test("'L'elogio di X: «…»': il sostantivo per ciò che è stato detto nomina chi l'ha detto", () => {
  assert.deepEqual(quotesAndSpeakers("it", "L'elogio di Marco Bassi: «Un lavoro straordinario, davvero»."), [
    ["Un lavoro straordinario, davvero", "Marco Bassi"],
  ]);
});
