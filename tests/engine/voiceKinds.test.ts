// Kinds of voice: each speaker placed from what the article says of them, in every language,
// and "unknown" when nothing decides it. Roles and sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuotes } from "../../src/engine/index.ts";
import { rulesFor, supportedLanguages } from "../../src/engine/lang/index.ts";
import type { Speaker, VoiceKind } from "../../src/engine/types.ts";
import { VOICE_PRIORITY, compoundHead, decideVoice } from "../../src/engine/voiceKinds.ts";

const voiceOf = (
  lang: string,
  role: string | null,
  kind: Speaker["kind"] = "person",
  name = "Ann Lee",
  aliases: string[] = [],
) => decideVoice({ name, aliases, roles: role === null ? [] : [role], kind }, rulesFor(lang)).voice;

/** Each speaker of the paragraphs, with its kind of voice. */
const voicesOf = (lang: string, ...texts: string[]) =>
  extractQuotes({ lang, blocks: texts.map((text) => ({ kind: "paragraph" as const, text })) }).speakers.map(
    (s) => [s.name, s.voice],
  );

/** [lang, role, expected] for a named person. */
const roles: readonly (readonly [string, string, VoiceKind])[] = [
  ["en", "deputy foreign minister", "official"],
  ["en", "Sen.", "official"],
  ["en", "county sheriff", "official"],
  ["en", "park service ranger", "official"],
  ["en", "former special envoy to the region", "official"],
  ["en", "professor of hydrology at a state university", "expert"],
  ["en", "chief economist at a regional bank", "expert"],
  ["en", "owner of a bakery and a longtime resident", "affected"],
  ["en", "mother of two", "affected"],
  ["en", "a reporter for the local newspaper", "media"],
  ["en", "chief executive of the company", "institution"],
  ["en", "president of the teachers' union", "institution"],
  ["en", "President", "official"],
  ["en", "the IMF’s managing director", "official"],
  ["en", "deputy head of the UN mission", "official"],
  ["en", "an agency spokesman", "official"],
  ["en", "chief executive officer of the chain", "institution"],
  ["en", "a police officer", "official"],
  ["en", "probation officer", "official"],
  ["en", "county coroner", "official"],
  ["en", "a nurse at the clinic", "affected"],
  ["en", "nurse at the county hospital", "affected"],
  ["en", "a student at the state university", "affected"],
  ["en", "spokeswoman for the hospital", "institution"],
  ["fr", "étudiante à l’université de Lille", "affected"],
  ["en", "climate activist", "affected"],
  ["en", "host of a weekly podcast", "media"],
  ["fr", "ministre de l’Intérieur", "official"],
  ["fr", "maire de la commune", "official"],
  ["fr", "chercheuse au CNRS", "expert"],
  ["fr", "épidémiologiste", "expert"],
  ["fr", "immunologiste", "expert"],
  ["fr", "élue écologiste", "official"],
  ["fr", "eurodéputée", "official"],
  ["fr", "préfète de région", "official"],
  ["fr", "militante associative", "affected"],
  ["fr", "infirmière", "affected"],
  ["fr", "présentatrice du journal télévisé", "media"],
  ["fr", "habitante du quartier", "affected"],
  ["fr", "rédactrice en chef adjointe", "media"],
  ["fr", "PDG du groupe", "institution"],
  ["fr", "présidente de l’association des riverains", "institution"],
  ["fr", "directrice générale du FMI", "official"],
  ["fr", "porte-parole de l’OTAN", "official"],
  ["de", "Bundesinnenministerin", "official"],
  ["de", "Oberbürgermeister", "official"],
  ["de", "Klimaforscherin", "expert"],
  ["de", "Anwohnerin", "affected"],
  ["de", "Chefredakteurin", "media"],
  ["de", "Dokumentarin des Magazins", "media"],
  ["de", "Konzernchef", "institution"],
  ["de", "Sprecher der Vereinten Nationen", "official"],
  ["de", "Landrätin", "official"],
  ["de", "Klimaaktivistin", "affected"],
  ["de", "Historikerin", "expert"],
  ["de", "Professorin für Soziologie", "expert"],
  ["de", "Polizeireporterin", "media"],
  ["de", "Polizeisprecher", "official"],
  ["de", "Gewerkschaftsvorsitzende", "institution"],
  ["de", "Bundesverband der Bauindustrie", "institution"],
  ["de", "Wissenschaftsjournalist", "media"],
  ["de", "Generalstaatsanwältin", "official"],
  ["de", "Feuerwehrsprecher", "official"],
  ["de", "SPD-Chef", "official"],
  ["de", "SPD", "official"],
  ["fr", "LR", "official"],
  ["de", "Bundesbank", "official"],
  ["de", "Augenzeugin", "affected"],
  ["de", "Mieterin", "affected"],
  ["de", "Hinterbliebene", "affected"],
  ["de", "Strafverteidiger", "expert"],
  ["de", "Chefvolkswirt der Landesbank", "expert"],
  ["de", "Kommentatorin", "media"],
  ["fr", "aide-soignante à l’hôpital de Roanne", "affected"],
  ["fr", "ex-ministre de la Santé", "official"],
  ["en", "county firefighter", "official"],
  ["en", "a pediatrician at the children's clinic", "expert"],
  ["en", "eyewitness", "affected"],
  ["en", "retired coal miner", "affected"],
  ["en", "pastor of the Baptist church", "institution"],
  ["fr", "secrétaire générale de la CGT", "institution"],
  ["fr", "enseignante-chercheuse à l’université", "expert"],
  ["fr", "institutrice", "affected"],
  ["fr", "policière municipale", "official"],
  ["fr", "conducteur de bus", "affected"],
  ["fr", "photographe de presse", "media"],
  ["es", "alcaldesa de la ciudad", "official"],
  ["es", "investigadora del instituto", "expert"],
  ["es", "vecino del barrio", "affected"],
  ["it", "sindaco del paese", "official"],
  ["it", "giornalista del quotidiano", "media"],
  ["it", "premier", "official"],
  ["es", "jurista", "expert"],
  ["pt", "comandante do Exército", "official"],
  ["pt", "prefeito da cidade", "official"],
  ["pt", "moradora do bairro", "affected"],
  ["nl", "burgemeester", "official"],
  ["nl", "hoogleraar economie", "expert"],
  ["fr", "une des agences de l’Organisation mondiale de la santé", "official"],
  ["fr", "économiste à la Banque mondiale", "expert"],
  // A news organisation's name in a role is a media word.
  ["en", "NPR's", "media"],
  ["de", "ZDF-Intendant", "media"],
  ["en", "CNN political analyst", "expert"],
  // An office takes the kind of the body it is held in.
  ["en", "director of the Census Bureau", "official"],
  ["en", "director of the Center for Strategic and International Studies", "expert"],
  ["fr", "président du think tank Terra Nova", "expert"],
  ["fr", "président de l’Observatoire des inégalités", "expert"],
  ["fr", "patron de la police judiciaire", "official"],
  ["fr", "patron", "institution"],
  ["de", "Leiterin der Denkfabrik", "expert"],
  // An office in a research body is an expert's voice; "executive" is such an office, a title.
  ["en", "executive vice president of the Hoover Institution", "expert"],
  ["en", "senior vice president at a think tank", "expert"],
  ["en", "executive director of the growers' association", "institution"],
  ["en", "chief executive officer", "institution"],
];

test("a named person's role places them in a kind of voice, in every language", () => {
  const wrong = roles
    .map(([lang, role, expected]) => ({ lang, role, expected, got: voiceOf(lang, role) }))
    .filter((r) => r.got !== r.expected);
  assert.deepEqual(wrong, []);
});

test("a speaker with no role, or none of the deciding words, is unknown: never guessed from a name", () => {
  assert.equal(voiceOf("en", null), "unknown");
  assert.equal(voiceOf("en", null, "person", "Mayor Street"), "unknown");
  assert.equal(voiceOf("en", null, "person", "Ann Judge", ["Judge", "Ms. Judge"]), "unknown");
  assert.equal(voiceOf("en", "spokesperson"), "unknown");
  assert.equal(voiceOf("fr", "porte-parole"), "unknown");
  assert.equal(voiceOf("de", null, "unnamed", "ein Sprecher"), "unknown");
});

test("an organisation or an unnamed source is described by its name, and a bare name decides nothing", () => {
  assert.equal(voiceOf("en", null, "unnamed", "a senior defence official"), "official");
  assert.equal(voiceOf("en", null, "unnamed", "a neighbour of the family"), "affected");
  assert.equal(voiceOf("en", null, "unnamed", "a witness quoted by the newspaper"), "affected");
  assert.equal(voiceOf("fr", null, "unnamed", "un proche du ministre"), "official");
  assert.equal(voiceOf("de", null, "unnamed", "der Konzern-Sprecher"), "institution");
  assert.equal(voiceOf("en", null, "organisation", "the health ministry"), "official");
  assert.equal(voiceOf("en", null, "organisation", "Northwind Logistics"), "unknown");
  // An agency is a government's unless the article says it is a news agency.
  assert.equal(voiceOf("en", "news agency", "organisation", "Norpress"), "media");
  assert.equal(voiceOf("fr", "agence de presse", "organisation", "Norpress"), "media");
  assert.equal(voiceOf("en", null, "organisation", "the environment agency"), "official");
  // A newspaper's name says it is one.
  assert.equal(voiceOf("en", null, "organisation", "The Harbour Times"), "media");
});

test("another form the article names a person by can describe them", () => {
  assert.equal(voiceOf("fr", null, "person", "Anne Morel", ["Morel", "la ministre"]), "official");
  assert.equal(voiceOf("de", null, "person", "Jan Vogt", ["Vogt", "der Klimaforscher"]), "expert");
  // A title written with the name says what the person is: "Dr." a doctor.
  assert.equal(voiceOf("en", null, "person", "Ann Lee", ["Dr. Ann Lee", "Lee"]), "expert");
});

test("documents and statements are their own kind, but a person never is one", () => {
  assert.equal(voiceOf("en", null, "organisation", "the inspectors' report"), "document");
  assert.equal(voiceOf("en", null, "organisation", "a statement from the ministry"), "document");
  assert.equal(voiceOf("fr", null, "organisation", "le communiqué de la préfecture"), "document");
  assert.equal(voiceOf("de", null, "organisation", "der Abschlussbericht"), "document");
  assert.equal(voiceOf("en", "author of the report"), "unknown");
});

test("a title decides only when nothing else does; the decision names its word", () => {
  const union = decideVoice(
    { name: "Ann Lee", aliases: [], roles: ["president of the dockers' union"], kind: "person" },
    rulesFor("en"),
  );
  assert.deepEqual(union, { voice: "institution", word: "union" });
  const president = decideVoice(
    { name: "Ann Lee", aliases: [], roles: ["president"], kind: "person" },
    rulesFor("en"),
  );
  assert.deepEqual(president, { voice: "official", word: "president" });
});

test("a title's holder speaks as the body the title is held in, whatever that body's name holds", () => {
  const decided = (role: string) =>
    decideVoice({ name: "Ann Lee", aliases: [], roles: [role], kind: "person" }, rulesFor("en"));
  // The body's head decides, not the members its name names nor where it sits.
  assert.deepEqual(decided("president of the Postal Workers Union local at the ministry's offices"), {
    voice: "institution",
    word: "union",
  });
  assert.deepEqual(decided("National Federation of Retired Teachers president"), {
    voice: "institution",
    word: "federation",
  });
  assert.deepEqual(decided("head of the Apple Growers Association"), {
    voice: "institution",
    word: "association",
  });
  // Where the body is an office of government, so is its holder's voice.
  assert.equal(decided("chairman of the Senate Banking Committee").voice, "official");
  // A company's office named by its function.
  assert.deepEqual(decided("senior vice president of marketing"), {
    voice: "institution",
    word: "marketing",
  });
  assert.equal(decided("vice president of software engineering").voice, "institution");
  assert.equal(decided("an engineer at the plant").voice, "expert");
  // A title with no body, or a body no kind lists, leaves it to the rest of the role.
  assert.equal(decided("head").voice, "official");
  assert.equal(decided("former president").voice, "official");
  assert.equal(decided("chief executive of Brightwater").voice, "institution");
});

test("an office before an acronym the article writes out takes the written-out body's kind", () => {
  const strike = "Ferry crews of the Coastal Ferry Workers Union walked out on Monday morning.";
  const quote = "“We will not sail under these rosters,” said CFWU President Dan Price.";
  assert.deepEqual(voicesOf("en", strike, quote), [["Dan Price", "institution"]]);
  // Never written out, the acronym says nothing: the title decides as before.
  const unexplained = "Ferry crews walked out on Monday morning.";
  assert.deepEqual(voicesOf("en", unexplained, quote), [["Dan Price", "official"]]);
  // Small words between the capitalised ones are skipped, as initials leave them out.
  const federation = "The American Federation of Bus Drivers called the strike.";
  const leader = "“The depots stay shut,” said AFBD President Rosa Ortiz.";
  assert.deepEqual(voicesOf("en", federation, leader), [["Rosa Ortiz", "institution"]]);
});

test("a compound's last listed part decides its kind; a title part decides none", () => {
  const entries = rulesFor("de").voiceKinds;
  assert.equal(compoundHead("polizeireporter", entries), "reporter");
  assert.equal(compoundHead("bundesinnenministerin", entries), "ministerin");
  assert.equal(compoundHead("gewerkschaftsvorsitzende", entries), "gewerkschaftsvorsitzende");
  assert.equal(compoundHead("polizeisprecher", entries), "polizeisprecher");
  assert.equal(compoundHead("sprecher", entries), "sprecher");
  // A word listed whole is its own head: the Bundesbank is no bank of the Bund.
  assert.equal(compoundHead("bundesbank", entries), "bundesbank");
  assert.equal(compoundHead("landesbank", entries), "bank");
});

test("every lexicon lists words for every decided kind", () => {
  for (const lang of supportedLanguages)
    for (const kind of VOICE_PRIORITY)
      assert.ok(rulesFor(lang).voiceKinds[kind].length > 0, `${lang} ${kind}`);
});

test("the engine gives each speaker its kind of voice", () => {
  const result = extractQuotes({
    lang: "en",
    blocks: [
      {
        kind: "paragraph",
        text: "“The bridge will reopen in May,” said Maria Okafor, the city’s transport commissioner.",
      },
      { kind: "paragraph", text: "“We heard a bang and ran,” said Tom Reyes, a witness." },
    ],
  });
  assert.deepEqual(
    result.speakers.map((s) => [s.name, s.voice]),
    [
      ["Maria Okafor", "official"],
      ["Tom Reyes", "affected"],
    ],
  );
});

test("a country that speaks is an official voice, in each language, with or without its article", () => {
  const body = (lang: string, name: string) => voiceOf(lang, null, "organisation", name);
  assert.equal(body("fr", "La Chine"), "official");
  assert.equal(body("fr", "Les États-Unis"), "official");
  assert.equal(body("fr", "l’Allemagne"), "official");
  assert.equal(body("en", "Russia"), "official");
  assert.equal(body("de", "Nordkorea"), "official");
  assert.equal(body("es", "el Reino Unido"), "official");
  // A person's name is never a country's, and a body that is no country stays unknown.
  assert.equal(voiceOf("en", null, "person", "Jordan"), "unknown");
  assert.equal(body("en", "Valtek"), "unknown");
});

test("a family or an entourage quoted is an unnamed source, not an organisation", () => {
  const speakersOf = (lang: string, ...texts: string[]) =>
    extractQuotes({ lang, blocks: texts.map((text) => ({ kind: "paragraph" as const, text })) }).speakers.map(
      (s) => [s.name, s.kind, s.voice],
    );
  assert.deepEqual(
    speakersOf(
      "en",
      "“He loved the sea,” his family said in a statement.",
      "“We ask for privacy,” they added.",
    ),
    [["his family", "unnamed", "affected"]],
  );
  assert.deepEqual(speakersOf("fr", "« Il est épuisé », confie l’entourage du maire."), [
    ["l’entourage du maire", "unnamed", "official"],
  ]);
  assert.deepEqual(speakersOf("de", "„Er liebte das Meer“, teilte die Familie des Opfers mit."), [
    ["die Familie des Opfers", "unnamed", "affected"],
  ]);
});

test("a broadcaster named by its noun is a media voice", () => {
  assert.equal(voiceOf("en", null, "organisation", "the network"), "media");
  assert.equal(voiceOf("en", null, "organisation", "the station"), "media");
  assert.equal(voiceOf("fr", null, "organisation", "la chaîne"), "media");
  assert.equal(voiceOf("de", null, "organisation", "der Sender"), "media");
});

test("a news agency or broadcaster quoted by its name alone is a media voice, in any language", () => {
  assert.equal(voiceOf("en", null, "organisation", "Reuters"), "media");
  // Taken for a person's name, it still names an agency.
  assert.equal(voiceOf("en", null, "person", "Reuters"), "media");
  assert.equal(voiceOf("fr", null, "organisation", "l’AFP"), "media");
  assert.equal(voiceOf("de", null, "organisation", "dpa"), "media");
  assert.equal(voiceOf("de", null, "organisation", "NBC"), "media");
  // Only the whole name: a person whose name holds an agency's is not one, and a body whose
  // name holds one is what the article says it is.
  assert.equal(voiceOf("en", null, "person", "Ann Reuters"), "unknown");
  assert.equal(voiceOf("en", "logistics company", "organisation", "AP Logistics"), "institution");
});

test("an unnamed source close to a named person speaks from where that person stands", () => {
  assert.deepEqual(
    voicesOf(
      "fr",
      "Anne Morel, ministre de l’Économie, est attendue jeudi à Lyon.",
      "« Elle ne lâchera rien », glisse une source proche d’Anne Morel.",
    ),
    [["une source proche d’Anne Morel", "official"]],
  );
  assert.deepEqual(
    voicesOf(
      "en",
      "Senator Ann Cole opened the bridge on Monday.",
      "“She never gives up,” said a longtime associate of Cole.",
    ),
    [["a longtime associate of Cole", "official"]],
  );
  // What the description says decides first: a neighbour is a neighbour, whoever's.
  assert.deepEqual(
    voicesOf(
      "en",
      "Senator Ann Cole opened the bridge on Monday.",
      "“She never gives up,” said a neighbour of Ann Cole.",
    ),
    [["a neighbour of Ann Cole", "affected"]],
  );
  // A person the article gives no role decides nothing.
  assert.deepEqual(voicesOf("en", "“She never gives up,” said a longtime associate of Ann Cole."), [
    ["a longtime associate of Ann Cole", "unknown"],
  ]);
});

test("a bare post speaks for the body named last before it, in its paragraph or the one before", () => {
  assert.deepEqual(
    voicesOf("de", "Das Innenministerium prüft den Fall.", "„Wir warten ab“, sagte ein Sprecher."),
    [["ein Sprecher", "official"]],
  );
  assert.deepEqual(
    voicesOf(
      "fr",
      "Le syndicat Sud-Rail a déposé un préavis. « Nous irons au bout », a dit un porte-parole.",
    ),
    [["un porte-parole", "institution"]],
  );
  // A person whose role is a bare post too; a person with no role speaks from nowhere.
  assert.deepEqual(
    voicesOf("de", "Die Polizei sucht Zeugen.", "„Wir warten ab“, sagte Sprecherin Anna Roth."),
    [["Anna Roth", "official"]],
  );
  assert.deepEqual(voicesOf("de", "Die Polizei sucht Zeugen.", "„Wir warten ab“, sagte Anna Roth."), [
    ["Anna Roth", "unknown"],
  ]);
  // With no body named just before, a spokesman is nobody's: unknown, never guessed.
  assert.deepEqual(voicesOf("en", "“We will wait,” a spokesman said."), [["a spokesman", "unknown"]]);
  assert.deepEqual(
    voicesOf(
      "en",
      "The Interior Ministry is looking into the case.",
      "The flooding closed two roads on Monday.",
      "“We will wait,” a spokesman said.",
    ),
    [["a spokesman", "unknown"]],
  );
});

test("an unnamed post speaks for the body the article's one compound for that post names", () => {
  const outage =
    "Die Server des Werks in Kassel standen am Montag still. „Die Ursache ist unklar“, so ein Sprecher.";
  const later = "„Wir haben die Behörden informiert“, teilte der Konzern-Sprecher später mit.";
  assert.deepEqual(voicesOf("de", outage, later), [
    ["ein Sprecher", "institution"],
    ["der Konzern-Sprecher", "institution"],
  ]);
  // Two bodies' spokesmen: which one the bare post is, the article does not say.
  const police = "„Wir ermitteln“, sagte ein Polizeisprecher.";
  assert.deepEqual(voicesOf("de", outage, later, police)[0], ["ein Sprecher", "unknown"]);
  assert.deepEqual(voicesOf("de", outage), [["ein Sprecher", "unknown"]]);
});

test("a body a role names speaks as what the article says it is, wherever the article says it", () => {
  const said =
    "“The deficit will keep growing,” said Lena Ortiz, policy director at the Center for Fair " +
    "Federal Spending.";
  const described =
    "The Center for Fair Federal Spending, a research organization, published figures on Monday.";
  assert.deepEqual(voicesOf("en", described, said), [["Lena Ortiz", "expert"]]);
  // Not described, the body's name alone decides ("Federal").
  assert.deepEqual(voicesOf("en", "The center published figures on Monday.", said), [
    ["Lena Ortiz", "official"],
  ]);
});
