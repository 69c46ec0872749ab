// Spanish rules, on sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spanish } from "../../src/engine/lang/es.ts";
import { extract, quotesAndSpeakers } from "./lang.helpers.ts";

test("speech verbs are conjugated from their infinitives, irregular forms listed", () => {
  for (const form of [
    "afirmó",
    "afirmaron",
    "afirma",
    "afirmaba",
    "afirmará",
    "afirmado",
    "explicó",
    "añadió",
    "insistió",
    "dijo",
    "dijeron",
    "sostuvo",
    "advirtió",
    "concluyó",
  ]) {
    assert.ok(spanish.speechVerbs.has(form), form);
  }
  assert.ok(spanish.speechGerunds.has("explicando"));
});

test('«…», “…” and "…" marks, with a nested quote kept inside the outer span', () => {
  const result = extract(
    "es",
    "«Vamos a ganar este partido», dijo el entrenador Luis Prado.",
    "“La palabra ‘crisis’ no me asusta”, afirmó Prado.",
  );
  assert.deepEqual(
    result.quotes.map((q) => q.text),
    ["Vamos a ganar este partido", "La palabra ‘crisis’ no me asusta"],
  );
});

test("inverted and plain order, before and after the quote, role from the title", () => {
  const result = extract(
    "es",
    '"El agua llegará a todos los barrios", afirmó el martes la alcaldesa Marta Ibáñez.',
    'Ibáñez explicó: "Las obras terminan en junio".',
  );
  assert.deepEqual(
    result.quotes.map((q) => result.speakers[q.speaker!]!.name),
    ["Marta Ibáñez", "Marta Ibáñez"],
  );
  assert.equal(result.speakers[0]!.role, "alcaldesa");
});

test("según X and an apposition after the name", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      'Jorge Salas, portavoz del sindicato, dijo que la huelga "no tiene fecha de fin".',
      'Según Salas, los trabajadores están "cansados de esperar".',
    ),
    [
      ["no tiene fecha de fin", "Jorge Salas"],
      ["cansados de esperar", "Jorge Salas"],
    ],
  );
});

test("honorifics Sr. and Sra. are stripped; él and ella find the last speaker of their gender", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "«No firmaremos nada», dijo el Sr. Tomás Vidal.",
      "«Hay que negociar», respondió la Sra. Elena Ruiz.",
      "«Nunca», insistió él. «Ya veremos», contestó ella.",
    ),
    [
      ["No firmaremos nada", "Tomás Vidal"],
      ["Hay que negociar", "Elena Ruiz"],
      ["Nunca", "Tomás Vidal"],
      ["Ya veremos", "Elena Ruiz"],
    ],
  );
});

test(
  "dialogue dashes: speech paragraphs opening with a dash, " +
    "cut by the reporter's incise, where the page uses them",
  () => {
    const result = extract(
      "es",
      "El alcalde Juan Gil recibió a los vecinos en su despacho.",
      "—No lo sé todavía —dijo Gil—. Mañana hablaremos con los técnicos.",
      "—Las obras terminan en mayo —aseguró la concejala Rosa Díaz.",
    );
    assert.deepEqual(
      result.quotes.map((q) => [q.text, result.speakers[q.speaker!]!.name]),
      [
        ["No lo sé todavía", "Juan Gil"],
        ["Mañana hablaremos con los técnicos.", "Juan Gil"],
        ["Las obras terminan en mayo", "Rosa Díaz"],
      ],
    );
  },
);

test("a single paragraph opening with a dash, or an English page, is no dialogue", () => {
  assert.deepEqual(
    extract("es", "—Actualizado a las diez de la mañana.", "El puerto reabrió ayer.").quotes,
    [],
  );
  assert.deepEqual(extract("en", "—I have no idea —said Gil.", "—Nor do I —said Ruiz.").quotes, []);
});

test(
  "an office noun (la vicepresidenta) does not refer back to the last " +
    "woman named when the article gave her another role (la periodista)",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "es",
        "La expresidenta se reunió con la periodista Ana Ruiz, autora de un " +
          "libro. «Nos íbamos a legitimar gobernando», apuntó la vicepresidenta.",
      ),
      [["Nos íbamos a legitimar gobernando", "la vicepresidenta"]],
    );
    assert.deepEqual(
      quotesAndSpeakers(
        "es",
        "La ministra Elena Gil visitó la planta. «Es un día histórico», dijo la ministra.",
      ),
      [["Es un día histórico", "Elena Gil"]],
    );
  },
);

test(
  "a quote standing alone as a paragraph's first sentence goes to the person " +
    "the next sentence names as speaking, unless someone was quoted before it",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "es",
        "«Vamos a ganar», dijo la alcaldesa Marta Gil.",
        "«No soy el dueño del partido». Con esa frase, Luis " +
          "Vera respondió este martes a las críticas de Gil.",
      ),
      [
        ["Vamos a ganar", "Marta Gil"],
        ["No soy el dueño del partido", "Luis Vera"],
      ],
    );
    assert.deepEqual(
      quotesAndSpeakers(
        "es",
        "«Vamos a ganar», dijo la alcaldesa Marta Gil. «Nadie " +
          "nos para». Luis Vera no respondió a las preguntas.",
      ),
      [
        ["Vamos a ganar", "Marta Gil"],
        ["Nadie nos para", "Marta Gil"],
      ],
    );
  },
);

test("'desde' and a determiner after a speech verb name the source; 'desde' and a place do not", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "«La idea es repulsiva», explicaron a la prensa desde el " +
        "entorno presidencial mientras el Presidente seguía de viaje.",
    ),
    [["La idea es repulsiva", "el entorno presidencial"]],
  );
  assert.deepEqual(quotesAndSpeakers("es", "«Estamos listos», dijo desde Madrid el ministro Luis Vera."), [
    ["Estamos listos", "Luis Vera"],
  ]);
});

test("'hablar de «…»' with a named subject quotes a short phrase; more speech verbs are conjugated", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "La alcaldesa de Soria, Inés Campos, habló de «una deuda histórica» con la comarca.",
    ),
    [["una deuda histórica", "Inés Campos"]],
  );
  for (const form of [
    "habló",
    "hablaba",
    "reflexionó",
    "sintetizó",
    "retrucó",
    "vaticinó",
    "insinuó",
    "observó",
  ])
    assert.ok(spanish.speechVerbs.has(form), form);
});

test(
  "a short span in the first person (nuestras, nosotros) is someone's " +
    "words, a short span in the third person with no cue is not",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "es",
        "En el ministerio se preguntan qué pasará. «Nuestras " +
          "prioridades son otras», se desmarcan en el Gobierno.",
      ).map(([q]) => q),
      ["Nuestras prioridades son otras"],
    );
    assert.deepEqual(
      quotesAndSpeakers(
        "es",
        "En el ministerio se preguntan qué pasará. «Las prioridades son otras», se desmarcan en el Gobierno.",
      ),
      [],
    );
  },
);

test("dos pronombres átonos ante el verbo no lo vuelven sustantivo: 'nos lo resumió así:'", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "Consultado por este diario, un portavoz del ministerio " +
        "nos lo resumió así: «No habrá cambios este año».",
    ),
    [["No habrá cambios este año", "un portavoz del ministerio"]],
  );
});

test("'llamar' nombra con una cita, y una oración coordinada tiene su propio sujeto", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "El sociólogo Luis Vega definía esa época como oscura y la " +
        "historiadora Ana Paz llamó a esos años «una década perdida».",
    ),
    [["una década perdida", "Ana Paz"]],
  );
});

test("'como explicó X, …' pone el sujeto tras el verbo, como 'as X explained'", () => {
  assert.deepEqual(
    quotesAndSpeakers("es", "Como explicó la ministra Ana Ruiz, el recorte «no afectará a la sanidad»."),
    [["no afectará a la sanidad", "Ana Ruiz"]],
  );
});

test("speech reported in a subordinate clause takes the subjunctive: 'aunque X declare que «…»'", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "Aunque el ministro Pablo Ruiz declare que la inflación es «un mito pasajero», los precios suben.",
      "Cuando la jueza Marta Gil diga que el caso está «cerrado», habrá apelación.",
    ),
    [
      ["un mito pasajero", "Pablo Ruiz"],
      ["cerrado", "Marta Gil"],
    ],
  );
  // The noun of the same form stays a noun: `el informe` is no verb.
  assert.ok(
    !extract("es", "El informe de la fiscalía cita «graves errores».").quotes.some(
      (q) => q.cue === "informe",
    ),
  );
});

test("the paper spoken to, then the speaker: '“…”, indicó a Clarín Pablo Ruiz'", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "“Las obras terminarán en marzo”, indicó a Noticias del Sur Pablo Ruiz, director de la obra.",
    ),
    [["Las obras terminarán en marzo", "Pablo Ruiz"]],
  );
});

test("the speaker phrase ends before a time expression: 'entrada la tarde', 'esta mañana'", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "“No habrá cambios en el gabinete”, explicaron desde el entorno del alcalde entrada la noche.",
      "“Las obras siguen”, dijo el portavoz del ayuntamiento esta mañana.",
    ),
    [
      ["No habrá cambios en el gabinete", "el entorno del alcalde"],
      ["Las obras siguen", "el portavoz del ayuntamiento"],
    ],
  );
});

test("an aside in brackets after the subject is left out: 'Aunque el alcalde (y …) declare que'", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "es",
      "Aunque el alcalde más veterano (y menos votado) declare que busca «un acuerdo con todos», " +
        "nadie le cree.",
    ),
    [["un acuerdo con todos", "el alcalde más veterano"]],
  );
});
