// German rules, on sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { german } from "../../src/engine/lang/de.ts";
import { extractQuotes } from "../../src/engine/index.ts";
import { extract, quotesAndSpeakers } from "./lang.helpers.ts";

test("speech verbs are conjugated from their lemmas, separable ones joined and detached where marked", () => {
  for (const form of [
    "sagt",
    "sagte",
    "gesagt",
    "erklärte",
    "erklärt",
    "antwortete",
    "geantwortet",
    "kritisierte",
    "äußerte",
    "schrieb",
    "mitgeteilt",
    "mitteilte",
    "teilte",
    "fügte",
    "hinzugefügt",
    "hingewiesen",
  ]) {
    assert.ok(german.speechVerbs.has(form), form);
  }
  // "meinen" is also "my"; a separable verb's stem alone is speech only where marked.
  for (const form of ["meinen", "gab", "stellte", "geerklärt"])
    assert.ok(!german.speechVerbs.has(form), form);
});

test("roles are recognised inside compounds, but not inside surnames", () => {
  assert.ok(german.personNouns.has("konzernsprecher"));
  assert.equal(german.personNouns.get("regierungssprecherin"), "f");
  assert.ok(german.titles.has("außenministerin"));
  assert.ok(german.personNouns.has("mann"));
  assert.ok(!german.personNouns.has("hoffmann"));
});

test("„…“, »…« and ‚…‘ nested: the outer span is the quote", () => {
  const result = extract(
    "de",
    "„Wir halten an dem Plan fest“, sagte die Bürgermeisterin Jana Krüger.",
    "»Das Wort ‚Krise‘ ist übertrieben«, sagte Krüger.",
  );
  assert.deepEqual(
    result.quotes.map((q) => q.text),
    ["Wir halten an dem Plan fest", "Das Wort ‚Krise‘ ist übertrieben"],
  );
});

test("inverted and plain order, before and after the quote", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "„Die Brücke bleibt bis Freitag gesperrt“, sagte Stadtbaurat Ole Petersen am Dienstag.",
      "Petersen erklärte: „Die Prüfung dauert länger als gedacht.“",
      "„Wir haben keine Wahl“, betonte Petersen.",
    ),
    [
      ["Die Brücke bleibt bis Freitag gesperrt", "Ole Petersen"],
      ["Die Prüfung dauert länger als gedacht.", "Ole Petersen"],
      ["Wir haben keine Wahl", "Ole Petersen"],
    ],
  );
});

test("verb second: an adverbial first puts the subject after the verb", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "Die Ärztin Mira Yilmaz besuchte die Klinik.",
      "Am Abend sagte Yilmaz: „Die Station ist überlastet.“",
    ),
    [["Die Station ist überlastet.", "Mira Yilmaz"]],
  );
});

test("so X, laut X, nach Angaben von X", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "Der Trainer Paul Engel sprach nach dem Spiel.",
      "„Wir waren heute einfach zu langsam“, so Engel.",
      "Laut Engel ist die Mannschaft „müde, aber nicht entmutigt“.",
    ),
    [
      ["Wir waren heute einfach zu langsam", "Paul Engel"],
      ["müde, aber nicht entmutigt", "Paul Engel"],
    ],
  );
});

test("honorifics are stripped, the role is kept, a described speaker stays unnamed", () => {
  const result = extract(
    "de",
    "„Der Vertrag ist unterschrieben“, sagte Frau Dr. Lena Vogt, Sprecherin des Verbands.",
    "„Wir prüfen den Fall“, teilte ein Sprecher des Ministeriums mit.",
  );
  const vogt = result.speakers.find((s) => s.name === "Lena Vogt");
  assert.ok(vogt, JSON.stringify(result.speakers));
  assert.equal(vogt.role, "Sprecherin des Verbands");
  const spokesman = result.speakers.find((s) => s.name === "ein Sprecher des Ministeriums");
  assert.equal(spokesman?.kind, "unnamed");
});

test("pronouns er and sie go to the last speaker of their gender; separable particles end the phrase", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "„Wir brauchen mehr Geld“, sagte Landrat Jens Maurer.",
      "„Das Geld ist längst da“, sagte die Ministerin Anke Roth.",
      "„Es kommt nur nicht an“, fügte er hinzu. „Doch, es kommt an“, erwiderte sie.",
    ),
    [
      ["Wir brauchen mehr Geld", "Jens Maurer"],
      ["Das Geld ist längst da", "Anke Roth"],
      ["Es kommt nur nicht an", "Jens Maurer"],
      ["Doch, es kommt an", "Anke Roth"],
    ],
  );
});

test("a short quote in reported speech (Konjunktiv I) is a quote; without it, a scare quote is not", () => {
  const reported = extract(
    "de",
    "Der Sprecher Tim Kurz sagte, der Bericht sei „völlig aus der Luft gegriffen“.",
    "Die Lage sei „ernst“.",
  );
  assert.deepEqual(
    reported.quotes.map((q) => q.text),
    ["völlig aus der Luft gegriffen", "ernst"],
  );
  const scare = extract("de", "Die Firma verkauft jetzt „grüne“ Autos.");
  assert.deepEqual(scare.quotes, []);
});

test(
  "a verb right after a fronted clause takes the subject after " +
    "it; after an apposition, the phrase after it is an object",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "Auf die Frage, ob es Verletzte gebe, sagte Polizeisprecher Tom Wendt am Morgen: „Zum Glück nicht.“",
        "Karl Weber, Sprecher der Linken im Stadtrat, nennt den Einsatz „völlig überzogen“.",
      ),
      [
        ["Zum Glück nicht.", "Tom Wendt"],
        ["völlig überzogen", "Karl Weber"],
      ],
    );
  },
);

test(
  "after a fronted clause and an adverb, the subject still " +
    "follows the verb, past a reflexive; 'hieß es' makes a quote",
  () => {
    const result = extract(
      "de",
      "Ob die Kunden informiert wurden, dazu äußerte sich die Bahnsprecherin " +
        "Ute Kraus nicht. „Wir prüfen das noch“, sagte sie später.",
      "„Keine Angaben“, hieß es.",
    );
    assert.deepEqual(
      result.quotes.map((q) => q.text),
      ["Wir prüfen das noch", "Keine Angaben"],
    );
    assert.equal(result.speakers[result.quotes[0]!.speaker!]!.name, "Ute Kraus");
  },
);

test("a noun after a preposition is no subject, capitalised as it is: the subject follows the verb", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "Im Landtag sagte die Abgeordnete Nina Berger: „Der Haushalt ist nicht gedeckt.“",
    ),
    [["Der Haushalt ist nicht gedeckt.", "Nina Berger"]],
  );
});

test(
  "inflected role nouns are roles; derived nouns (-ung, -heit, " +
    "-sion) are never names, short names ending so still are",
  () => {
    assert.ok(german.personNouns.has("konzernsprechers"));
    assert.ok(german.personNouns.has("expertinnen"));
    for (const noun of ["meldungen", "sicherheit", "version", "ergebnis", "anzeichen"])
      assert.ok(german.commonNoun!.test(noun), noun);
    for (const name of ["jung", "lindner", "dennis", "clement"])
      assert.ok(!german.commonNoun!.test(name), name);
  },
);

test("an impersonal 'hieß es' names the circle its words come from, and no one without it", () => {
  assert.deepEqual(
    quotesAndSpeakers("de", "Aus Kreisen des Ministeriums hieß es, die Maßnahme sei „bereits beschlossen“."),
    [["bereits beschlossen", "Kreisen des Ministeriums"]],
  );
  assert.deepEqual(quotesAndSpeakers("de", "Es hieß, die Maßnahme sei „bereits beschlossen“."), [
    ["bereits beschlossen", null],
  ]);
});

test(
  "an age noun (der 21-Jährige) refers back to the person " +
    "just named, introduced by a kin noun after a possessive",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "Marta Klein, 70, wohnt seit Jahrzehnten im Ort: „Früher fuhr hier noch ein Bus.“",
        "Ihr Enkel Timo Klein studiert in Freiburg. „Ich " +
          "komme jedes Wochenende zurück“, sagt der 21-Jährige.",
      ),
      [
        ["Früher fuhr hier noch ein Bus.", "Marta Klein"],
        ["Ich komme jedes Wochenende zurück", "Timo Klein"],
      ],
    );
    assert.ok(german.ageNoun!.test("24-jährige") && german.ageNoun!.test("78-jährigen"));
  },
);

test(
  "a person described as a sentence's subject (Der Mann …) " +
    "is who a later 'er' stands for, not the last man named",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "„Das war ein Fehler“, sagte Innenminister Karl Brandt.",
        "Reporter fanden den Verkäufer der Daten. Der Mann lebt " +
          "im Ausland. „Ich bin gegen Waffenhandel“, schrieb er.",
      ),
      [
        ["Das war ein Fehler", "Karl Brandt"],
        ["Ich bin gegen Waffenhandel", "Der Mann"],
      ],
    );
  },
);

test(
  "a spokesman of a body opening the sentence stays an unnamed speaker, " +
    "determiner and genitive included (Deutschen is no diminutive)",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "Ein Sprecher der Deutschen Post erklärte am Montag, man sei „zu Gesprächen bereit“.",
      ),
      [["zu Gesprächen bereit", "Ein Sprecher der Deutschen Post"]],
    );
    assert.ok(
      !german.commonNoun!.test("deutschen") &&
        german.commonNoun!.test("mädchen") &&
        german.commonNoun!.test("millionen"),
    );
  },
);

test(
  "an impersonal 'hieß es' after a document names the " +
    "document's author; the document alone names no one",
  () => {
    assert.deepEqual(
      quotesAndSpeakers("de", "In einer Erklärung von Greenpeace hieß es, das Gesetz sei „ein Rückschritt“."),
      [["ein Rückschritt", "Greenpeace"]],
    );
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "In einer Mitteilung des Ministeriums hieß es, der Plan sei „nicht finanzierbar“.",
      ),
      // The ministry named by its noun alone speaks as the noun, not in the genitive the document put it in.
      [["nicht finanzierbar", "Ministerium"]],
    );
    assert.deepEqual(
      quotesAndSpeakers("de", "In einer Mitteilung hieß es, der Plan sei „nicht finanzierbar“."),
      [["nicht finanzierbar", null]],
    );
  },
);

test(
  "a quote in an intertitle with no cue goes to the next " +
    "speaker quoted below it, not the last body mentioned above",
  () => {
    const result = extractQuotes({
      lang: "de",
      blocks: [
        { kind: "paragraph", text: "Zu den Vorwürfen äußerte sich die Stadtwerke GmbH nicht." },
        { kind: "intertitle", text: "„Ein ernstes Problem“" },
        {
          kind: "paragraph",
          text: "„Die Kunden müssen sofort informiert werden“, sagte die Abgeordnete Clara Jung.",
        },
      ],
    });
    assert.deepEqual(
      result.quotes.map((q) => [q.text, q.speaker === null ? null : result.speakers[q.speaker]!.name]),
      [
        ["Ein ernstes Problem", "Clara Jung"],
        ["Die Kunden müssen sofort informiert werden", "Clara Jung"],
      ],
    );
  },
);

test(
  "'das' before a noun is an article, not the impersonal " + "pronoun: 'teilte das Amt mit' names the office",
  () => {
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "Es gebe keine Hinweise auf ernste Probleme, teilte das Präsidialamt " +
          "am Dienstag mit. „Auch gibt es keine ungewöhnlichen Bewegungen.“",
      ),
      [["Auch gibt es keine ungewöhnlichen Bewegungen.", "das Präsidialamt"]],
    );
  },
);

test(
  "a counted noun (50 Texte von X) and a genitive name (Kim Jong " +
    "Uns Rückkehr) are no part of the full name a surname completes to",
  () => {
    // The name after `von` is the person's (a surname completes to it), without the counted noun before it.
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "Die Zeitung hat 40 Reportagen von Jonas Weber gedruckt. Weber schreibt: »Drückt uns die Daumen.«",
      ),
      [["Drückt uns die Daumen.", "Jonas Weber"]],
    );
    assert.deepEqual(
      quotesAndSpeakers(
        "de",
        "Lee Min Ho war lange krank.",
        "Jetzt jubeln Lee Min Hos Fans. „Danke“, sagte Lee.",
      ),
      [["Danke", "Lee Min Ho"]],
    );
  },
);

test(
  "offices such as Machthaber and Chefredakteur are roles, " +
    "not part of the name; Italian particles join a surname",
  () => {
    const result = extract(
      "de",
      "Das Regime zeigte Fotos von Machthaber Kim Jong Un. „Es geht ihm gut“, sagte Kim.",
      "„Das ist Unsinn“, kritisiert Chefredakteur Giovanni di Lorenzo.",
    );
    assert.deepEqual(
      result.speakers.map((s) => [s.name, s.role]),
      [
        // The role written where the article first names him (src/engine/mentions/).
        ["Kim Jong Un", "Machthaber"],
        ["Giovanni di Lorenzo", "Chefredakteur"],
      ],
    );
  },
);

test("common nouns (from the dictionary) lead into a name but are no part of it", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "Die Redaktion prüfte alle Reportagen von Lena Hartwig.",
      "„Ich habe nichts erfunden“, sagte Hartwig.",
    ),
    [["Ich habe nichts erfunden", "Lena Hartwig"]],
  );
  // A surname that is also a noun (Weber) stays a name: the dictionaries list it as one.
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "„Wir werten die Aufnahmen aus“, sagte Polizeisprecher Jan Weber am Montag.",
      "„Mehr können wir nicht sagen“, fügte Weber hinzu.",
    ),
    [
      ["Wir werten die Aufnahmen aus", "Jan Weber"],
      ["Mehr können wir nicht sagen", "Jan Weber"],
    ],
  );
});

test("a run of capitalised common nouns names nobody; a lone plural noun may still speak", () => {
  assert.deepEqual(
    quotesAndSpeakers("de", "Nachts filmen Drohnen Schmuggler am Fluss.", "„Das ist unser Alltag“, sagt er."),
    [["Das ist unser Alltag", null]],
  );
  assert.deepEqual(quotesAndSpeakers("de", "„Der Lärm ist unerträglich“, sagten Anwohner."), [
    ["Der Lärm ist unerträglich", "Anwohner"],
  ]);
});

test("auxiliary and participle bracket the subject; a comma after the verb opens the words reported", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "Am Sonntag hatte die Sprecherin der Stadtwerke in Kassel gesagt, Lena Vogt sei „wohlauf“.",
      "Nach dem Unfall hat Feuerwehrchef Jonas Brandt am Abend erklärt, die Halle sei „einsturzgefährdet“.",
    ),
    [
      ["wohlauf", "die Sprecherin der Stadtwerke"],
      ["einsturzgefährdet", "Jonas Brandt"],
    ],
  );
});

test("'bezeichnen … als „…“' attributes the short quote like 'nennen'", () => {
  assert.deepEqual(quotesAndSpeakers("de", "Die Ärztin Jana Roth bezeichnete die Lage als „bedrohlich“."), [
    ["bedrohlich", "Jana Roth"],
  ]);
});

test("an article after a name starts the dative object, not a particle of the name", () => {
  assert.deepEqual(
    quotesAndSpeakers(
      "de",
      "„Die Halle bleibt zu“, sagte Jonas Brandt der Deutschen Presse-Agentur.",
      "„Wir prüfen alles“, sagte Ursula von der Aue.",
    ),
    [
      ["Die Halle bleibt zu", "Jonas Brandt"],
      ["Wir prüfen alles", "Ursula von der Aue"],
    ],
  );
});
