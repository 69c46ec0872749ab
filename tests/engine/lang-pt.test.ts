// Portuguese rules, on sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { portuguese } from "../../src/engine/lang/pt.ts";
import { extract, quotesAndSpeakers } from "./lang.helpers.ts";

test("speech verbs are conjugated from their infinitives, irregular forms listed", () => {
  for (const form of [
    "afirmou",
    "afirmaram",
    "afirma",
    "afirmava",
    "afirmara",
    "afirmado",
    "defendeu",
    "garantiu",
    "disse",
    "disseram",
    "diz",
    "dito",
    "concluiu",
  ]) {
    assert.ok(portuguese.speechVerbs.has(form), form);
  }
  assert.ok(portuguese.speechGerunds.has("afirmando"));
});

test('“…” and "…" marks', () => {
  const result = extract(
    "pt",
    "“O hospital vai abrir em março”, disse a secretária Rita Campos.",
    '"Faltam apenas os equipamentos", completou Campos.',
  );
  assert.deepEqual(
    result.quotes.map((q) => q.text),
    ["O hospital vai abrir em março", "Faltam apenas os equipamentos"],
  );
});

test("inverted and plain order, before and after the quote, with the role kept", () => {
  const result = extract(
    "pt",
    '"A ponte será reformada", afirmou nesta terça-feira o prefeito Júlio Matos.',
    'Matos declarou: "O dinheiro já está garantido".',
  );
  assert.deepEqual(
    result.quotes.map((q) => result.speakers[q.speaker!]!.name),
    ["Júlio Matos", "Júlio Matos"],
  );
  assert.equal(result.speakers[0]!.role, "prefeito");
});

test("segundo X, de acordo com X, and an apposition after the name", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "pt",
      'Paula Reis, diretora da escola, disse que as aulas "voltam na segunda".',
      'Segundo Paula Reis, os alunos estão "ansiosos para voltar".',
      'De acordo com a diretora, o prédio está "em ótimas condições".',
    ),
    [
      ["voltam na segunda", "Paula Reis"],
      ["ansiosos para voltar", "Paula Reis"],
      ["em ótimas condições", "Paula Reis"],
    ],
  );
});

test("honorifics Sr. and Sra. are stripped; ele and ela find the last speaker of their gender", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "pt",
      "“Não vamos desistir”, disse o Sr. Rui Barros.",
      "“O acordo é justo”, respondeu a Sra. Clara Nunes.",
      "“Veremos”, disse ele. “Confiem em nós”, pediu ela.",
    ),
    [
      ["Não vamos desistir", "Rui Barros"],
      ["O acordo é justo", "Clara Nunes"],
      ["Veremos", "Rui Barros"],
      ["Confiem em nós", "Clara Nunes"],
    ],
  );
});

test(
  "quem a frase relata falando continua o tema: '«…», " + "disse.' sem sujeito é dela, não de quem ela citou",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "pt",
        "Ao comentar o recurso do deputado Marcos Lima, a " +
          "senadora Ana Reis afirmou que o tema voltará ao plenário.",
        '"O Congresso vai decidir no momento certo e com calma", disse.',
      ),
      [["O Congresso vai decidir no momento certo e com calma", "Ana Reis"]],
    );
  },
);

test("speech reported in a subordinate clause takes the subjunctive: 'embora X afirme que “…”'", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "pt",
      "Embora o ministro Davi Prates afirme que a inflação é “um mito passageiro”, os preços sobem.",
      "Quando a juíza Rita Alves disser que o caso está “encerrado”, haverá recurso.",
    ),
    [
      ["um mito passageiro", "Davi Prates"],
      ["encerrado", "Rita Alves"],
    ],
  );
});

test("the paper spoken to, then the speaker: '“…”, disse ao Diário Paulo Matos'", () => {
  assert.deepEqual(
    quotesAndSpeakers("pt", "“As obras terminam em março”, disse ao Diário Paulo Matos, diretor da obra."),
    [["As obras terminam em março", "Paulo Matos"]],
  );
});
