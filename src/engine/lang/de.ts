// German lexicon. Speech verbs are conjugated from lemmas: weak verbs by rule (sagen → sagt,
// sagte, sagten, gesagt), strong verbs from their principal parts, in the present, preterite,
// perfect participle and the subjunctive of reported speech (sage, sagten). Separable verbs are
// written "mit|teilen": joined forms (mitteilte, mitgeteilt) always, and the detached verb
// (`teilte er mit`) for the few whose verb alone still reads as speech next to a quote.
// German capitalises every noun, so roles and common nouns are told from names by lexicon:
// role heads match their compounds (Sprecher → Konzernsprecher, Regierungssprecherin). Heads
// that end common surnames match only themselves ("=mann", not Hoffmann) or are left out
// ("richter", "könig").
import type { Gender, LanguageRules, PronounInfo } from "./types.ts";
import { CompoundMap, CompoundSet, gendered, kinship, list, noWord, words } from "./lexicon.ts";

/** Weak verbs; "|" marks a separable particle; "!" keeps the detached verb as a speech verb. */
const WEAK_VERBS = `
  sagen erklären betonen meinen fordern warnen mahnen kritisieren bekräftigen versichern bestätigen
  berichten erzählen fragen antworten entgegnen erwidern kontern ergänzen schildern
  kommentieren twittern posten klagen beklagen appellieren verlangen äußern behaupten argumentieren
  resümieren begründen bilanzieren urteilen loben bedauern zitieren beteuern klarstellen präzisieren
  verkünden erläutern darlegen bemerken spotten scherzen jubeln fluchen drohen monieren rügen
  wiederholen zugestehen versprechen flüstern schimpfen melden orten schätzen hoffen befürchten fürchten
  mit|teilen! hinzu|fügen! ein|räumen! an|kündigen! an|merken klar|stellen fest|stellen
  nach|legen dar|legen zu|stimmen ein|wenden
`;

/** Strong verbs: infinitive, 3rd person present, preterite singular and plural, participle. */
const STRONG_VERBS: readonly (readonly string[])[] = [
  ["sprechen", "spricht", "sprach", "sprachen", "gesprochen"],
  ["schreiben", "schreibt", "schrieb", "schrieben", "geschrieben"],
  ["rufen", "ruft", "rief", "riefen", "gerufen"],
  ["beschreiben", "beschreibt", "beschrieb", "beschrieben", "beschrieben"],
  ["unterstreichen", "unterstreicht", "unterstrich", "unterstrichen", "unterstrichen"],
  ["hin|weisen!", "weist", "wies", "wiesen", "gewiesen"],
  ["hervor|heben!", "hebt", "hob", "hoben", "gehoben"],
  ["zu|geben", "gibt", "gab", "gaben", "gegeben"],
  ["an|geben", "gibt", "gab", "gaben", "gegeben"],
  ["aus|führen", "führt", "führte", "führten", "geführt"],
  // `Die Kammer hält in einer Stellungnahme fest, …`: states for the record.
  ["fest|halten", "hält", "hielt", "hielten", "gehalten"],
  // `Okafor hielt ihr vor, die Arbeiten seien „…“`, `hielt ihm entgegen`: a reproach or a retort in words,
  // one person's to the other; `hielt eine Rede vor dem Bundestag` does not close on the particle.
  ["vor|halten", "hält", "hielt", "hielten", "gehalten"],
  ["entgegen|halten", "hält", "hielt", "hielten", "gehalten"],
  ["ein|gestehen", "gesteht", "gestand", "gestanden", "gestanden"],
  ["gestehen", "gesteht", "gestand", "gestanden", "gestanden"],
  ["widersprechen", "widerspricht", "widersprach", "widersprachen", "widersprochen"],
  ["versprechen", "verspricht", "versprach", "versprachen", "versprochen"],
  ["schreien", "schreit", "schrie", "schrien", "geschrien"],
  ["nennen", "nennt", "nannte", "nannten", "genannt"],
  // Advice given in words: `Der Arzt rät, „viel zu trinken“`, `Die Anleitung empfiehlt, „…“`.
  ["raten", "rät", "riet", "rieten", "geraten"],
  ["empfehlen", "empfiehlt", "empfahl", "empfahlen", "empfohlen"],
  // An opinion given in words: `Luca findet die Regel „übertrieben“`.
  ["finden", "findet", "fand", "fanden", "gefunden"],
  ["bekennen", "bekennt", "bekannte", "bekannten", "bekannt"],
  // Weak, but "-chn-" takes the extra e the rule for weak verbs does not add.
  ["bezeichnen", "bezeichnet", "bezeichnete", "bezeichneten", "bezeichnet"],
  ["berechnen", "berechnet", "berechnete", "berechneten", "berechnet"],
];

/**
 * `X warf dem Vorstand vor, „…“`: separable verbs whose detached finite forms are speech (unless the
 * clause closes on another verb's particle, `otherVerbParticles`), but not their joined forms: a
 * participle (`was ihm vorgeworfen wird`) names what someone is accused of, not their words.
 */
const DETACHED_ONLY: readonly (readonly [string, readonly string[]])[] = [
  ["vor", ["werfen", "wirft", "warf", "warfen"]],
];

/** Speech verbs that never take a person as subject: `Aus dem Kanzleramt verlautete, …`. */
const SUBJECTLESS = ["verlautet", "verlautete", "verlauteten"];

/** Prefixes that take no "ge-" in the participle (erklärt, bestätigt, versichert). */
const INSEPARABLE = /^(?:be|ge|er|ver|zer|ent|emp|miss|wider|hinter|über|unter)/u;

/**
 * Detached verbs that read as speech only with their particle right after them, and the impersonal `hieß es`.
 */
const IDIOMS = [
  "hieß es",
  "heißt es",
  "gab zu",
  "gibt zu",
  "stellte klar",
  "stellt klar",
  "stellte fest",
  "stellt fest",
  "führte aus",
  "führt aus",
  "gab an",
  "gibt an",
  "ließ wissen",
  "lässt wissen",
  // `zeigte sich „fassungslos“`: how someone said they took the news.
  "zeigte sich",
  "zeigt sich",
  "zeigten sich",
  // `Die Ministerin sieht darin eine „Chance“`: the view someone takes of what was just told, voiced.
  "sieht darin",
  "sehen darin",
  "sah darin",
  "sahen darin",
  // `Die Kammer rechnet damit, dass „…“`, `Die Polizei geht davon aus, dass …`: an expectation voiced,
  // or its object quoted (`Der Verband rechnet mit Mehrkosten „im zweistelligen Millionenbereich“`).
  ...["rechnet", "rechnen", "rechnete", "rechneten"].flatMap((verb) => [`${verb} damit`, `${verb} mit`]),
  ...["geht", "gehen", "ging", "gingen"].map((verb) => `${verb} davon aus`),
  // `Die Studie kommt zu dem Schluss, die Kosten stiegen „…“`: a finding told, as a verb of saying.
  ...["kommt", "kommen", "kam", "kamen"].flatMap((verb) =>
    ["zu dem", "zum"].flatMap((to) => ["schluss", "ergebnis"].map((noun) => `${verb} ${to} ${noun}`)),
  ),
  ...["zu dem", "zum"].flatMap((to) => ["schluss", "ergebnis"].map((noun) => `${to} ${noun} gekommen`)),
];

function weakForms(lemma: string): string[] {
  const stem = lemma.endsWith("eln") || lemma.endsWith("ern") ? lemma.slice(0, -1) : lemma.slice(0, -2);
  // antworten → antwortet, rechnen → rechnet: an extra e where the ending would not be heard.
  const e = /(?:[td]|[^aeiouäöülrhmn][mn])$/u.test(stem) ? "e" : "";
  const participle = `${(INSEPARABLE.test(lemma) || lemma.endsWith("ieren") ? "" : "ge") + stem + e}t`;
  return [lemma, `${stem + e}t`, `${stem + e}te`, `${stem + e}ten`, participle, `${stem}e`];
}

/** All forms of one table entry, joined to their particle; detached too when marked "!". */
function verbForms(entry: string, inflect: (lemma: string) => string[]): string[] {
  const detached = entry.endsWith("!");
  const [particle, lemma] = entry.replace("!", "").includes("|")
    ? (entry.replace("!", "").split("|") as [string, string])
    : ["", entry];
  const forms = inflect(lemma);
  const joined = forms.map((f) => particle + f);
  return detached || !particle ? [...joined, ...forms] : joined;
}

// Forms that are more often another word: "meinen" is also "my", "geraten" also "got into" (`in Not
// geraten`), "gefunden" also "found" (`tot aufgefunden`).
const NOT_SPEECH = new Set(["meinen", "geraten", "gefunden"]);

/**
 * The detached forms of every separable speech verb, each with its own particles (`gibt` → `zu`, `an`):
 * the verb alone is speech only when marked "!", and any of them is where its particle closes the clause.
 */
function detachedParticles(): Map<string, Set<string>> {
  const entries = [...list(WEAK_VERBS).map((entry) => [entry, weakForms] as const)];
  const strong = STRONG_VERBS.map(
    ([entry, ...forms]) => [entry!, (lemma: string) => [lemma, ...forms]] as const,
  );
  const detached = new Map<string, Set<string>>();
  const add = (form: string, particle: string) =>
    detached.set(form, (detached.get(form) ?? new Set()).add(particle));
  for (const [entry, inflect] of [...entries, ...strong]) {
    if (!entry.includes("|")) continue;
    const [particle, lemma] = entry.replace("!", "").split("|") as [string, string];
    for (const form of inflect(lemma)) add(form, particle);
  }
  for (const [particle, forms] of DETACHED_ONLY) for (const form of forms) add(form, particle);
  return detached;
}

/**
 * Swiss and Liechtenstein German write "ss" for "ß" (`hiess es`, `äusserte`, `liess wissen`): every
 * form written with an "ß" is read in its Swiss spelling too.
 */
function withSwissSpellings(forms: readonly string[]): string[] {
  return forms.flatMap((form) => (form.includes("ß") ? [form, form.replaceAll("ß", "ss")] : [form]));
}

function germanVerbForms(): string[] {
  return withSwissSpellings([
    ...list(WEAK_VERBS).flatMap((entry) => verbForms(entry, weakForms)),
    ...STRONG_VERBS.flatMap(([entry, ...forms]) => verbForms(entry!, (lemma) => [lemma, ...forms])),
  ]).filter((form) => !NOT_SPEECH.has(form));
}

const verbs = germanVerbForms();

// "Amt" is shorter than the heads found in compounds (MIN_HEAD in lexicon.ts), but any compound ending on
// it is an office ("Wasserstraßenamt"); the words that only end like it are not ("insgesamt", "Beamte").
// The offices named by their field alone are listed for themselves, their compounds found by them
// ("Umweltbundesamt").
const AMTER = `
  +amt !gesamt !allesamt !mitsamt !beamt
  bundesamt landesamt landratsamt gesundheitsamt jugendamt ordnungsamt finanzamt bezirksamt
  sozialamt bauamt umweltamt verkehrsamt schulamt
`;

// Bodies that govern a territory and are named by it (`der Landkreis Leer`, `die Gemeinde Esch`, `der
// Kanton Bern`): the territory's name after the noun is the body's, not a place it is in.
const TERRITORIES = "landkreis kanton gemeinde stadt bezirk bistum";

const PRONOUNS: [string, PronounInfo][] = [
  ["er", { gender: "m", plural: false }],
  // "sie" is also "they"; next to a speech verb in the singular it is far more often a woman.
  ["sie", { gender: "f", plural: false, pluralToo: true }],
  ["letzterer", { gender: "m", plural: false, order: "last" }],
  ["letztere", { gender: "f", plural: false, order: "last" }],
  ["ersterer", { gender: "m", plural: false, order: "first" }],
  ["erstere", { gender: "f", plural: false, order: "first" }],
];

const DEFINITE = new Map<string, Gender | undefined>([
  // "ihr" before a noun is "her" (Ihr Enkel), never a name; as "you" it opens no noun phrase.
  ...gendered("der den dem dieser diesen diesem sein seinen seinem ihr", "m"),
  ...gendered("die diese ihre", "f"),
  ...gendered("das des dieses seine seiner ihren ihrem ihrer", undefined),
]);
/**
 * The indefinite determiners of several (see pluralIndefinites), with their genitives, which open a
 * complement as the genitive article does (`der Vater zweier Töchter`, `die Mutter mehrerer Kinder`).
 */
const PLURAL_INDEFINITE = words(
  "einige mehrere zwei drei viele manche einiger mehrerer zweier dreier vieler " +
    // Any number written out, which opens a sentence capitalised: `Zwanzig Hände schnellen nach oben`.
    "vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert tausend",
);
const INDEFINITE = new Map<string, Gender | undefined>([
  ...gendered("ein einen einem eines", "m"),
  ...gendered("eine einer", "f"),
  ...[...PLURAL_INDEFINITE].map((w) => [w, undefined] as const),
]);

/**
 * How a law, report or ruling gives its words (`das Gesetz besagt, dass…`): these verbs are speech
 * only with a document subject.
 */
const DOCUMENT_SPEECH = {
  // `Der Entwurf sieht … vor`: a document's provisions, its particle closing the clause after them.
  verbs: words("besagt besagen besagte bestimmt bestimmen bestimmte sieht sehen sah sahen"),
  // And their compounds: `Ein Kontrollbericht der Gemeinde Esch`, `die Machbarkeitsstudie`. A statement is
  // one (`Das Ministerium reagierte mit einer Stellungnahme. „…“, heißt es darin.`), speaking as one; so
  // is an Austrian press release (`Die Kammer kritisiert … „…“, heißt es in einer Aussendung.`).
  documents: new CompoundSet(
    words(`
      bericht gesetz verfassung urteil dokument studie erklärung beschluss verordnung artikel
      abkommen vertrag text gutachten entwurf gesetzentwurf referentenentwurf koalitionsvertrag satzung
      brief schreiben anklageschrift klageschrift stellungnahme aushang statut aussendung
    `),
  ),
  releases: words("erklärung stellungnahme aussendung"),
  courts: words("gericht richter richterin"),
};

export const german: LanguageRules = {
  code: "de",
  stopWords: list("der die das und ist nicht mit den von zu ein eine sich auf dem auch wird im für sie"),
  asWords: words("wie"),
  speechNouns: words(
    "worte botschaft antwort urteil lob warnung kommentar motto einschätzung darstellung begründung " +
      "fazit meinung ansicht aussage appell tipp rat ratschlag devise credo forderung bilanz wunsch " +
      "empfehlung mahnung",
  ),
  complementOf: words("als"),
  // Only the contractions a body's name follows (`Rainer Digel vom Polizeipräsidium Reutlingen`),
  // with the dative article they carry.
  complementArticles: new Map([
    ["vom", "dem "],
    ["beim", "dem "],
    ["im", "dem "],
    ["ins", "das "],
    ["zum", "dem "],
    ["zur", "der "],
  ]),
  senderPrepositions: new Set(),
  capacityWords: words("als"),
  notQuoteWords: {
    naming:
      "sogenannte[nmrs]?|so genannte[nmrs]?|genannt|namens|alias|(?:das|dem) (?:Wort|Schlagwort|Motto|" +
      "Thema)|" +
      // A name a group gives itself is no one's words: `die selbst ernannten „Reichsbürger“`.
      "selbst ernannte[nmrs]?|selbsternannte[nmrs]?|" +
      // A title or name set after its noun and a colon: `Arbeitstitel: „Lehrer für morgen“`, past the
      // participle that gives it: `haben dem Tier einen Namen gegeben: „Baggerfahrer“`.
      "[a-zäöüß]*(?:titel|namen?)(?: (?:gegeben|verpasst|verliehen))?:|" +
      // A term keeps its genitive article after the noun that mentions it: `unter den Begriff der „…“`.
      "(?:der|den|dem) (?:Begriff|Titel|Slogan)(?: (?:der|des))?|(?:die|der) (?:Parole|Losung)|" +
      // A campaign runs under its message, which names it: `unter der Botschaft „…“`.
      "unter der Botschaft",
    // Most kinds also head compounds (`Internetzeitung`, `US-Adressdatei`); "Lied" and "Spiel" do not
    // here, since "Mitglied" and "Beispiel" name no work. Offices, alliances and programmes are named in
    // marks too (`das Kontaktbüro „Wölfe in Sachsen“`, `das Bündnis „…“`), and so are craft, sites and
    // weather systems (`dem Polizeihubschrauber „Libelle“`, `zum Unesco-Welterbe „…“`, `Sturmtief „…“`), and
    // firms and ways (`die Firma „…“`, `über den Forstweg „…“`), currencies and tokens (`den Token
    // «…»`), and schools, associations and stage works (`die Grundschule „Mitte“`, `die
    // Patientenvereinigung „…“`, `das Stück „…“`), and a product's series by any compound of "Reihe"
    // (`die Kamerareihe „Lumix“`, `die Baureihe „…“`), and a plant's or a machine's product name (`die
    // Anlage „Flexpack 360“`, `die Verpackungsmaschine „…“`): a lower-case span after them is still the
    // clause's predicate (verb second), so only names are taken.
    works:
      "[a-zäöüß-]*(?:Buch|Roman|Film|Album|Sendung|Serie|Zeitung|Magazin|Journal|Zeitschrift|Kolumne|" +
      "Überschrift|Schlagzeile|" +
      "Datei|Datenbank|Portal|Kampagne|Büro|Bündnis|Netzwerk|Verein|Vereinigung|Verband|Stiftung|" +
      "Initiative|" +
      "Programm|Reihe|Schule|Stück|Oper|Musical|" +
      "Produktlinie|Anlage|Maschine|Gerät|" +
      "Gemälde|Porträt|Skulptur|Hubschrauber|Schiff|Flugzeug|Rakete|Satellit|" +
      "Sonde|Teleskop|Spektrogra(?:f|ph)(?:en)?|Detektor(?:en)?|Welterbe|Tief|Orkan|Firma|Weg|" +
      "Token|Coin|Währung|Lied|Gesang|Hymne)|" +
      "Spiel|Operation|" +
      // An action or campaign is named (`die Aktion „Sicher daheim“`); alone, as "Reaktion" ends so too.
      "Aktion|" +
      "Projekt|Partei|Preis",
    documents: "Bericht|Studie|Gesetz|Strategie",
    namedBodies: "[a-zäöüß-]*Komitee",
    namingParticiples: "",
    namingFinite: "",
    namingFinitePlural: "",
    namingAnyForm: "nennen|nennt|nannte|nannten|rufen|ruft|riefen|taufen|tauft|tauften",
    // Not "heißt es": with a comma after the marks it gives words (`„…“, heißt es`), and none stands here.
    namingParticiplesAfter: "genannt|gerufen|getauft|heißen|heißt|hieß|hießen|heissen|heisst|hiess|hiessen",
    passiveAuxiliaries: "",
    titleSmallWords: "der|die|das|und|von|zum|zur",
    declaresItself: "(?:sieht|sah|versteht|verstand|betrachtet|betrachtete)\\s+sich(?:\\s+selbst)?\\s+als",
    articles: "",
    elidedArticles: "",
    authorPrepositions: "von",
    publishingVerbs:
      "veröffentlicht|veröffentlichte|präsentiert|präsentierte|premiere von|uraufführung von|aufführung von",
    // Not "Transparent" alone, which is also an adjective (`Das Verfahren sei nicht transparent: „…“`),
    // nor "Schildern", which is also a verb (`Anwohner schildern: „…“`).
    signs:
      "[a-zäöüß-]*(?:plakate?n?|zetteln?|transparent(?:en?)?|schilde?r?|spruchband|spruchbändern?|bannern?|" +
      "aufklebern?|stickern?|graffit[io]s?|schriftzug|schriftzüge[n]?)",
    inscribingVerbs:
      "gesprayt|gesprüht|gepinselt|geschmiert|sprayte|sprayten|sprühte|sprühten|schmierte|schmierten",
    signVerbs:
      "steht|stand|stehen|standen|heißt es|hieß es|heisst es|hiess es|ist zu lesen|war zu lesen|" +
      "mit der aufschrift|prangt|prangte|prangen|prangten|" +
      // A sign warns as it reads: `Ein Schild warnt vor „…“`.
      "warnt vor|warnte vor|warnen vor|warnten vor",
    signSurfaceAdverbs: "darauf|drauf",
    signSlogans: "",
    namingNouns: "spitznamen?|beinamen?|kosenamen?",
    // Derived adjectives with a case ending (`galaktische`, `staatlichen`), and comparatives with one
    // (`wärmeres`, `höherem`); a bare `-e`, `-er` or `-en` is no sign, as nouns and given names end so too.
    adjectiveEndings: "(?:isch|ig|lich|bar|sam|haft)(?:e|es|er|en|em)|eres|erem",
    listConjunctions: "und|oder",
    namingAfterThing: "",
    levels: "[a-zäöüß-]*(?:stufe|kategorie|level|phase|warnung)",
    levelGrades: "rot|orange|gelb|grün|violett",
    measures: "",
    // A preposition written with its article: `das Abschiedsfest im «Chrutgärtli»`, `zur „Polarstern“`.
    articlePrepositions: "im|am|ins|ans|zum|zur|beim|vom",
    mediumPrepositions: "",
    addresseePrepositions: "zu|gegenüber",
    addresseeArticles: "dem|der",
    ratings: "kaufen|verkaufen|halten|übergewichten|untergewichten|outperform|underperform",
  },
  speechVerbs: new Set([...verbs, ...DETACHED_ONLY.flatMap(([, forms]) => forms), ...SUBJECTLESS]),
  speechIdioms: withSwissSpellings(IDIOMS),
  documentSpeech: DOCUMENT_SPEECH,
  topicNouns: words("fall"),
  speechGerunds: new Set(),
  perfectAuxiliaries: words("hat haben hatte hatten habe hätte hätten"),
  auxiliaries: words(
    "hat haben hatte hatten habe hätte hätten wird werden wurde wurden würde würden ist sind war " +
      "waren sei seien auch bereits noch zudem außerdem weiter",
  ),
  // With a genitive too: `nach Ansicht des Ministers`, `nach Worten der Sprecherin`.
  sourcePhrases: [
    "laut",
    "nach angaben von",
    "nach angaben",
    // A body's count or estimate is its words too: `Nach Zählung des Nabu sind „61 Jungstörche …“`.
    ...[
      "nach ansicht",
      "nach worten",
      "nach einschätzung",
      "nach auffassung",
      "nach zählung",
      "nach schätzung",
    ].flatMap((p) => ["von", "des", "der"].map((d) => `${p} ${d}`)),
  ],
  interviewPhrases: ["ein gespräch mit", "im gespräch mit", "gespräch mit", "interview mit"],
  quoteBackReferences: new Set(),
  viewpointPrepositions: new Set(["für"]),
  possessiveSources: new Map([
    ["seiner ansicht nach", "er"],
    ["ihrer ansicht nach", "sie"],
    ["seiner meinung nach", "er"],
    ["ihrer meinung nach", "sie"],
    ["nach seinen worten", "er"],
    ["nach ihren worten", "sie"],
  ]),
  objectPronouns: new Map([
    ["ihn", "er"],
    ["ihm", "er"],
    // After a preposition `ihr` is the dative of `sie` (`neben ihr`), not a possessive or `you`.
    ["ihr", "sie"],
  ]),
  ownAccountPhrases: ["nach eigenen angaben", "nach eigener aussage", "nach eigenen worten"],
  possessiveDeterminers: new Map([
    ...["sein", "seine", "seiner", "seinen", "seinem"].map((w): [string, string] => [w, "er"]),
    // "ihr" before a noun is "her" or "their" (`Ihr Rat an die Kollegen:`), as in DEFINITE.
    ...["ihr", "ihre", "ihrer", "ihren", "ihrem"].map((w): [string, string] => [w, "sie"]),
  ]),
  quotingVerbs: words("zitiert zitierte zitierten zitieren"),
  addressingVerbs: new Set(),
  pronouns: new Map(PRONOUNS),
  firstPersonWords: words(
    "ich wir mich mir uns unser unsere unseren unserem unserer mein meine meinem meiner",
  ),
  speakerlessPronouns: words("ich wir du ihr man es das"),
  impersonalVerbs: new Set(),
  clitics: words("sich ihm ihr ihnen ihn uns euch mir mich dir dich"),
  reflexiveClitics: words("sich"),
  adverbEnding: "weise",
  passiveMarkers: words("worden"),
  complementisers: words("dass"),
  passiveAgents: words("von"),
  // "der", "die", "das" are relative pronouns too, but far more often articles; "denen" is no article.
  relativePronouns: words("welcher welche denen"),
  thingRelativePronouns: new Set(),
  relativeAdverbs: words("wo"),
  inChargePhrases: ["vertreten durch"],
  nameNouns: words("name namen vorname vornamen"),
  relativePossessives: words("dessen deren"),
  officeVerbs: words(
    "leitet leitete geleitet führt führte geführt vertritt vertrat vertreten unterrichtet " +
      "unterrichtete lehrt lehrte gründete gegründet betreibt betrieb koordiniert koordinierte berät " +
      "beriet forscht forschte arbeitet arbeitete studiert gewählt ernannt",
  ),
  affiliationPrepositions: words("von vom bei beim"),
  // Not "vor", which after a speech verb says to whom or where the words were said (`vor der Menge`).
  whereaboutsPrepositions: words("aus in im am vom von bei beim"),
  copulas: words("ist war"),
  honorifics: new Map<string, Gender | undefined>([
    ...gendered("herr herrn", "m"),
    ...gendered("frau", "f"),
    ...gendered("dr dr. prof prof. professor professorin", undefined),
    // Austria's academic and professional titles, which its papers print before a name as Germany's
    // print "Dr." (`Bürgermeister Ing. Gerhard Wutte`, `Mag. Elisabeth Hackl`).
    ...gendered("mag mag. ing ing. dkfm dkfm.", undefined),
  ]),
  // Also a vicar's office, alone or compounded (`Generalvikar`, `Bischofsvikar`), and the English
  // `Captain` the Swiss sports pages set before a player's name: the dictionary holds neither.
  titles: new CompoundSet(
    words(`
    kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin minister ministerin
    sprecher sprecherin chef chefin vorsitzende vorsitzender beauftragte beauftragter
    bevollmächtigte bevollmächtigter
    direktor direktorin leiter leiterin sekretär sekretärin bürgermeister bürgermeisterin
    abgeordnete abgeordneter senator senatorin botschafter botschafterin general generalin
    richterin bundesrichter verfassungsrichter staatsanwalt staatsanwältin anwalt anwältin trainer trainerin
    geschäftsführer geschäftsführerin vorstand premier premierministerin ministerpräsident
    ministerpräsidentin papst kommissar kommissarin kommissär kommissärin
    gouverneur gouverneurin dezernent dezernentin landrat landrätin stadtrat stadträtin
    gemeinderat gemeinderätin baurat machthaber machthaberin diktator diktatorin redakteur redakteurin
    ressortleiter ressortleiterin intendant intendantin ceo
    nationalrätin ständerätin bundesrätin regierungsrat regierungsrätin obmann obfrau
    grossrat grossrätin großrat großrätin kantonsrat kantonsrätin
    landesrat landesrätin gemeindeammann stadtammann landammann
    primar primaria primarius chefarzt chefärztin oberarzt oberärztin
    kommandant kommandantin
    stadtkämmerer stadtkämmerin kreiskämmerer kreiskämmerin
    vikar vikarin
    captain
  `),
  ),
  everyoneNouns: words("mann frau"),
  collectiveNouns: new Set<string>(),
  personNouns: new CompoundMap<Gender | undefined>([
    ...gendered(
      `
      =mann sprecher experte aktivist vater sohn bruder ehemann freund nachbar kollege zeuge
      politiker wissenschaftler forscher ökonom analyst diplomat beamter mitarbeiter arbeiter
      bewohner anwohner anrainer einwohner soldat polizist arzt lehrer schüler student autor
      vertreter verteidiger kläger anwalt chef leiter direktor minister präsident kanzler
      beobachter kritiker unterstützer gegner insider hacker täter verdächtige verdächtiger
      beauftragter vorsitzender abgeordneter manager unternehmer gründer
      beschuldigter angeklagter geschädigter
      enkel onkel neffe großvater opa witwer partner landwirt pfarrer rentner pensionist dokumentar
      journalist reporter korrespondent professor soziologe historiker psychologe politologe
      pfleger krankenpfleger spieler torhüter stürmer kapitän helfer
      feuerwehrmann regisseur senior junior dramaturg ermittler wirt
      erzieher fahrer führer verkäufer friseur sanitäter apotheker elektriker mechaniker kurator gärtner
      besucher zuschauer monteur installateur tischler dachdecker klempner mechatroniker hotelier
      besitzer inhaber eigentümer pächter bürger =kunde stammkunde leser abonnent kirchgänger händler
      =bergmann
      pendler passagier patient angler astronom physiker
      ologe
    `,
      "m",
    ),
    ...gendered(
      `
      =frau sprecherin expertin aktivistin mutter tochter schwester ehefrau freundin nachbarin
      kollegin zeugin politikerin wissenschaftlerin forscherin ökonomin analystin diplomatin
      beamtin mitarbeiterin arbeiterin bewohnerin anwohnerin anrainerin soldatin polizistin ärztin lehrerin
      schülerin studentin autorin vertreterin verteidigerin klägerin anwältin chefin leiterin
      direktorin ministerin präsidentin kanzlerin beobachterin kritikerin unterstützerin
      managerin unternehmerin gründerin
      enkelin tante nichte großmutter oma witwe partnerin landwirtin pfarrerin rentnerin dokumentarin
      journalistin reporterin korrespondentin professorin soziologin historikerin psychologin
      politologin pflegerin krankenschwester spielerin torhüterin stürmerin kapitänin helferin
      feuerwehrfrau regisseurin pensionistin ermittlerin wirtin
      hebamme erzieherin fahrerin führerin verkäuferin friseurin sanitäterin apothekerin elektrikerin
      mechanikerin bäuerin kuratorin gärtnerin besucherin zuschauerin monteurin installateurin tischlerin
      dachdeckerin klempnerin mechatronikerin hotelière hotelierin
      besitzerin inhaberin eigentümerin pächterin bürgerin =kundin stammkundin leserin abonnentin
      kirchgängerin händlerin
      pendlerin passagierin patientin anglerin astronomin physikerin
      ologin
    `,
      "f",
    ),
    ...gendered(
      `
      beauftragte vorsitzende abgeordnete angehörige angestellte person leute menschen coach
      väter mütter söhne töchter brüder eltern
      führende führender platzierte platzierter
      experten quelle quellen kreise beteiligte betroffene familie umfeld fan
      beschuldigte angeklagte geschädigte beamte
    `,
      undefined,
    ),
  ]),
  // "der 24-Jährige", "die 78-jährige": a reporter's second mention of someone just named.
  partisanNoun: /^\p{Ll}{4,}(?:ist|isten|istin)$/u,
  // A trade borrowed from French keeps its `-eur` (`Polisseurin`, `Graveur`, `Kontrolleure`), which no
  // German surname ends with.
  specialistNoun: /^\p{Ll}{3,}(?:(?:olog|ograf)(?:e|en|in|innen)|eur(?:e|en|s|in|innen)?)$/u,
  // The age in digits or in words: `der Neunjährige`, `die neunjährige Mia`; a number's word ends it,
  // as no other word before "-jährig" does (`ein langjähriger Dauerkartenbesitzer` is no age).
  ageNoun: new RegExp(
    "^(?:\\p{N}+-|\\p{Ll}*(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zig|ßig|" +
      "hundert))" +
      "jährige[rn]?$",
    "u",
  ),
  ageNounDecades: new Map(),
  retireeNouns: words(
    "rentner rentnerin pensionär pensionärin pensionist pensionistin ruheständler ruheständlerin",
  ),
  feminineByCase: /^der \S*jährigen$/u,
  // Offices named "…stelle" by their compound only: "Stelle" alone is a job or a place (`310 Stellen`).
  organisationNouns: new CompoundSet(
    words(`
    ministerium departement regierung behörde amt agentur verband partei bank konzern unternehmen firma
    gericht polizei armee bundeswehr gewerkschaft stiftung institut zentrum universität verein
    kommission rat beirat ortsrat betriebsrat personalrat ausschuss gremium fraktion senat bundestag
    parlament zeitung magazin
    sender bericht studie mitteilung erklärung stellungnahme staatsanwaltschaft betrieb
    gruppe kanzleramt präsidium zentrale opposition feuerwehr kasse direktion verbund vereinigung
    ${TERRITORIES} verwaltung inspektion inspektorat klinik klinikum krankenhaus spital
    kammer dienst museum fonds ${AMTER} kommissariat gesellschaft
    untersuchungsstelle meldestelle beratungsstelle geschäftsstelle pressestelle fachstelle leitstelle
    koordinationsstelle schlichtungsstelle
    geschäftsführung geschäftsleitung konzernleitung unternehmensleitung werksleitung konsortium
    gesellschaft genossenschaft club klub versorger
  `),
  ),
  definiteDeterminers: DEFINITE,
  indefiniteDeterminers: INDEFINITE,
  pluralIndefinites: PLURAL_INDEFINITE,
  pluralDeterminers: words("die diese"),
  obliqueIndefinites: words("einen einem eines"),
  determiners: new Set([...DEFINITE.keys(), ...INDEFINITE.keys()]),
  // `ab` too: `Ab Herbst dürfen …` opens on a time phrase, whose capitals name no one.
  prepositions: words(
    "ab laut von vom zu zum zur in im an am auf aus bei beim mit nach seit für gegen ohne um über " +
      "unter vor hinter neben zwischen durch während wegen gegenüber vonseiten seitens binnen innerhalb " +
      "außerhalb",
  ),
  nameParticles: words("von van der de di del da"),
  bodyNamePrepositions: new Set(),
  bodyFieldPrepositions: words("für"),
  bodyNameGoverningNouns: new Map(),
  affiliationParticles: words("von"),
  placeNameArticles: new Set(),
  // Time words, adverbs, and the manner words a report opens on before its verb, the speaker after
  // it (`Skeptisch äußerte sich X`, `Ähnlich argumentierte Y`): none is the verb's subject. Nor is a
  // pronominal adverb pointing back to a thing (`Darin räumt er ein`, `Dabei betonte sie`).
  adverbs: words(`
    darin dabei damit darauf daran darüber dafür dagegen davon danach darum dadurch daher deshalb
    deswegen trotzdem dennoch hierzu hierbei hierin hierfür
    montag dienstag mittwoch donnerstag freitag samstag sonntag gestern heute morgen abend
    vormittag nachmittag nachts abends morgens jetzt nun dann später zuvor vorher damals
    hinterher nachher anschließend inzwischen mittlerweile zunächst
    auch zudem außerdem bereits schon noch weiter erneut nochmals ebenfalls zuletzt kürzlich
    jüngst dazu daraufhin demnach nicht nie ausdrücklich deutlich öffentlich immer bisher
    stets oft erst gleich sofort kurz knapp wörtlich schriftlich mündlich telefonisch etwa nur
    sogar selbst doch eben zwar woche jahr monat vergangene vergangenen letzte letzten
    januar februar märz april mai juni juli august september oktober november dezember
    kritisch kritischer skeptisch skeptischer zurückhaltend zurückhaltender vorsichtig vorsichtiger
    optimistisch optimistischer pessimistisch pessimistischer gelassen gelassener ähnlich anders
  `),
  // Separable particles end the phrase after an inverted subject: `fügte er hinzu`. So do prepositions
  // of where someone spoke, which no description of them goes on with: `rief eine Rednerin vor der Menge`.
  phraseStops: words(
    "dem den einem einen wer was wo wann warum wieso weshalb weswegen als wenn weil dass ob aber und " +
      "oder doch sondern denn während nachdem bevor seit ist sei sind war hat habe im am beim zum zur in " +
      "auf bei mit nach gegenüber unter hinzu an aus ein zu fest klar hervor hin vor hinter neben zwischen",
  ),
  clauseJoins: words("und aber oder doch sondern denn dass ob wenn weil als wie während obwohl"),
  elisions: new Set(),
  capitalNotElided: new Set(),
  elisionsBeforeVerbs: new Set(),
  nameSuffixes: new Set(),
  companyForms: words("gmbh ag kg ug kgaa"),
  firmNameWords: words(`
    energie logistik spedition reederei brauerei molkerei holding werke technik bau immobilien
    versicherung versicherungen systeme solar elektro chemie textil transporte
  `),
  numberedBodyUnits: words("sektion bezirk"),
  letterLabelledNouns: words(
    "gruppe plan kategorie klasse serie liga zone block anhang option phase stufe vitamin",
  ),
  possessiveSuffix: "'s",
  invertedPronouns: new Set(),
  abbreviations: words("dr. prof. nr. st. mag. ing. dkfm."),
  titleAbbreviations: new Map(),
  // `Im Ministerium sprach man von „…“`, `Beim Verband hieß es`, `hieß es vonseiten des Klinikums`: the
  // body the impersonal voice speaks in.
  impersonalSourcePrepositions: words("aus im bei beim vonseiten seitens"),
  insideDocumentAdverbs: words("darin"),
  obliqueArticles: words("dem der den des"),
  genitiveArticles: words("der des"),
  subjectlessVerbs: new Set(SUBJECTLESS),
  detachedVerbParticles: detachedParticles(),
  // aufweisen (to show), abweisen, ausweisen, aufheben, aufteilen: other verbs than the speech ones.
  otherVerbParticles: words("auf ab aus"),
  trailingSourcePhrases: ["so"],
  postposedSources: words("zufolge"),
  capitalisesNouns: true,
  // `Hofer`, `Dresdner`, `Zürcher`: a town's adjective is its name and `-er`, never inflected.
  placeAdjective: /^\p{Lu}\p{Ll}+er$/u,
  hyphenedNameAdjective: noWord,
  // `der Nürnberger`, `die Zürcherin`: the adjective's word is the man's, with `-in` the woman's.
  inhabitantNoun: /^\p{Lu}\p{Ll}+er(?:in)?$/u,
  countingWords: words("viele einige mehrere manche zahlreiche etliche wenige beide"),
  capitalisesTimeWords: true,
  finiteVerbEnding: noWord,
  ordinalNumeral: noWord,
  pastParticipleEnding: noWord,
  presentParticipleEnding: noWord,
  // Abstract and derived nouns (Meldung, Sicherheit, Version, Ergebnis, Anzeichen) after a few
  // letters of stem; more for the endings of some names (Dennis, Clement). Amounts and units
  // (Millionen Euro) are nouns too. A diminutive's -chen is no adjective's -lichen (`der
  // Kriminalpolizeilichen Beratungsstelle`, a body's name).
  commonNoun: new RegExp(
    "^(?:millionen?|milliarden?|prozent|euro|dollar|uhr|\\p{L}{3,}(?:ungs?|ungen|heit|heiten|" +
      "keit|keiten|schaft|schaften|tion|tionen|sion|sionen|tät|täten|ismus|tum|(?<!s|li)chen)|" +
      "\\p{L}{4,}(?:nis|nisse|ment|mente))$",
    "u",
  ),
  // After a few letters of stem: `Ei` and `Knie`, neuter, end so too (`Polizei`, `Akademie`).
  feminineNoun: /^\p{L}{3,}(?:ung|heit|keit|schaft|tion|sion|tät|ur|ik|ei|ie)$/u,
  verbSecond: true,
  dropsComplementiser: false,
  objectDeterminers: words("den einen"),
  subjectPronouns: words("er ich wir du"),
  firstOfTwoSurnames: false,
  // Verb-second: a quote opening the sentence puts the verb before its subject, `„…“, polterte Berger`.
  inciseInversion: true,
  // Konjunktiv I, the mood of indirect speech: `Das sei „ein Weg des Protests“`; and "würde", which
  // stands in for it where it would read as the indicative (`Schäden würden „…“ ausgeglichen`).
  reportedSpeechMarkers: words("sei seien habe werde könne müsse solle wolle dürfe möge gebe würde würden"),
  // Konjunktiv I of any verb in the third person singular ends in -e (`schließe er`, `lehne sie ab`), where
  // the indicative ends in -t; the weak past's -te (`sagte er`) is left out.
  reportedSpeechForm: { ending: /^\p{Ll}{2,}[^t]e$/u, pronouns: words("er sie es man") },
  nullSubject: false,
  dialogueDashes: false,
  capitalisedParticles: false,
  impersonalSubject: null,
  colonSpeakerPrepositions: new Set(),
  voicePhrases: [],
  sourcePrepositions: new Set(),
  pluralVerbEnding: noWord,
  citingWords: new Set(),
  participles: new Set(),
  intentVerbs: new Set(),
  neuterArticles: new Set(),
  // A team's coach is its trainer by the English word too (`sagte der Coach`).
  teamPlaces: words(`
    kapitän kapitänin stürmer stürmerin verteidiger torhüter torhüterin torwart mittelfeldspieler
    flügelspieler
  `),
  // A school's head is its `Rektorin` or its `Schulleiterin`, one office under either name.
  officeEpithets: new Map([
    ["coach", "trainer"],
    ["schulleiter", "rektor"],
    ["schulleiterin", "rektorin"],
    ["rektor", "schulleiter"],
    ["rektorin", "schulleiterin"],
  ]),
  anyOfficeNouns: words(
    "abgeordnete abgeordneter parlamentarier parlamentarierin politiker politikerin " +
      // A Swiss canton's executive: each member heads a department (`Bildungsdirektor`, `der Regierungsrat`).
      "regierungsrat regierungsrätin",
  ),
  // The press calls a father and son who run one business `der Senior` and `der Junior`.
  kinshipNouns: kinship(`
    vater papa senior | mutter mama | sohn junior | tochter | bruder | schwester | ehemann gatte |
    ehefrau gattin | großvater opa | großmutter oma | enkel | enkelin | onkel | tante | neffe | nichte |
    cousin vetter | cousine | schwiegersohn | schwiegertochter | schwiegervater | schwiegermutter |
    witwe | witwer
  `),
  possessiveKinNouns: new Map([
    ["mann", "ehemann"],
    ["frau", "ehefrau"],
  ]),
  birthOrderWords: kinship(`
    ältere älterer älteren älteste ältester ältesten | jüngere jüngerer jüngeren jüngste jüngster jüngsten
  `),
  circumstanceNouns: words(
    "opfer angeklagte angeklagter angeklagten beschuldigte beschuldigter beschuldigten " +
      "verdächtige verdächtiger verdächtigen zeuge zeugin zeugen überlebende überlebender " +
      "überlebenden witwe witwer geschädigte geschädigter geschädigten",
  ),
  officeKinds: new Map([
    // A farmer is `der Landwirt` or `der Bauer`, one trade under either word (`Landwirt Ueli Zaugg`, then
    // `sagt der Bauer`).
    ["bauer", words("landwirt")],
    ["bäuerin", words("landwirtin")],
    ["landwirt", words("bauer")],
    ["landwirtin", words("bäuerin")],
    // A town's or a district's treasurer, `Stadtkämmerer X` or `Kreiskämmerin Y`, then `der Kämmerer`,
    // `die Kämmerin`: the bare word is a surname too (`Julia Kämmerer`), so a title only compounded.
    ["kämmerer", words("stadtkämmerer kreiskämmerer")],
    ["kämmerin", words("stadtkämmerin kreiskämmerin")],
  ]),
  possessiveWords: words(
    "mein meine meinen meinem meiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer " +
      "unser unsere dessen deren",
  ),
  documentEpithets: words("dokument papier"),
  // `Das Amt für Umwelt prüft … teilte die Behörde mit`: any authority, for the body named just before.
  bodyEpithets: words("unternehmen konzern firma hersteller betreiber versorger behörde"),
  intentLinks: new Set(),
  negations: words("nicht nie"),
  refusalVerbs: words(
    "vermeidet vermeiden vermied vermieden weigert weigern weigerte weigerten lehnt lehnte",
  ),
  intentAdverbs: new Set(),
  infinitiveMarkers: new Set(),
  euphonicLetters: new Set(),
  speechInfinitives: new Set(),
  bodyNamesCapitaliseFirstWord: false,
  crownTitles: new Set(),
  adjectivesFollowNouns: false,
  placeBodyNouns: new CompoundSet(
    words(
      `${AMTER} ${TERRITORIES} gericht staatsanwaltschaft universität präsidium bezirksregierung direktion ` +
        "polizei inspektion inspektorat kammer museum fonds klinik klinikum verband konsortium " +
        "gesellschaft genossenschaft sparkasse volksbank raiffeisenbank verwaltung krankenhaus spital",
    ),
  ),
  // `teilte die Behörde auf Anfrage mit`: how the words were asked for, no part of the body's name.
  // And of where the words were said, not where the speaker comes from (`sagte ein Zeuge vor Gericht`,
  // `eine Sprecherin am Telefon`, `in indirekter Rede`).
  adverbialNouns: words(
    "anfrage nachfrage telefon gericht ort rande anschluss interview gespräch pressekonferenz rede",
  ),
  // `der Französin Camille Roux`. Not "Deutsche" nor "Schweizer", which open bodies' names (Deutsche
  // Telekom AG, Schweizer Radio und Fernsehen).
  demonyms: new Map<string, Gender | undefined>([
    ...gendered(
      `
      franzose österreicher italiener spanier portugiese niederländer belgier brite engländer ire
      norweger schwede finne däne pole tscheche slowake slowene ungar rumäne russe ukrainer grieche
      türke amerikaner us-amerikaner kanadier brasilianer argentinier japaner chinese australier
      kroate serbe bosnier albaner bulgare lette litauer este isländer schotte waliser mexikaner
      kolumbianer chilene peruaner marokkaner tunesier algerier ägypter iraner inder koreaner
      südkoreaner neuseeländer südafrikaner georgier kosovare montenegriner nigerianer kenianer
      äthiopier ghanaer senegalese kameruner
    `,
      "m",
    ),
    ...gendered(
      `
      französin österreicherin italienerin spanierin portugiesin niederländerin belgierin britin
      engländerin irin norwegerin schwedin finnin dänin polin tschechin slowakin slowenin ungarin
      rumänin russin ukrainerin griechin türkin amerikanerin us-amerikanerin kanadierin
      brasilianerin argentinierin japanerin chinesin australierin
      kroatin serbin bosnierin albanerin bulgarin lettin litauerin estin isländerin schottin waliserin
      mexikanerin kolumbianerin chilenin peruanerin marokkanerin tunesierin algerierin ägypterin
      iranerin inderin koreanerin südkoreanerin neuseeländerin südafrikanerin georgierin kosovarin
      montenegrinerin nigerianerin kenianerin äthiopierin ghanaerin senegalesin kamerunerin
    `,
      "f",
    ),
  ]),
  originNouns: new Set(),
  jurisdictionAdjectives: new Set(),
  eventNouns: words(
    "meisterschaft meisterschaften spiele pokal festival marathon turnier zyklon hurrikan taifun",
  ),
  placeNouns: new Set(),
  placePrepositions: new Set(),
  saintWords: words("sankt st."),
  partyMemberNouns: new Set(),
  // Kinds of voice (src/engine/voiceKinds.ts): a role word begins with an entry, or holds one
  // written "*" (compounds: Außenministerin); "=" the word only, "~" a title that decides only
  // when nothing else in the role does.
  voiceKinds: {
    official: list(`
      *minister *kanzler *regierung bundes *bundestag *landtag *abgeordnete *politiker *partei
      *fraktion *senat *bürgermeister *beauftragte *behörde *polizei *staatsanwalt *richter
      *gericht *amt *diplomat *botschafter *kommission *kommissar *militär *armee *bundeswehr
      *soldat =general kreml präsidial =rat *stadtrat *gemeinderat *landrat *landrät *demokrat ~*präsident
      =uno =un *nationen =iwf =nato =oecd =wto =who =eu =ezb =opec interpol
      *staatsanwält *polizist *offizier =oberst *feuerwehr *stadträt *gemeinderät *gouverneur
      *machthaber *diktator =spd =cdu =csu =fdp =afd =bundesbank
      ~*vorsitzende ~*sekretär
    `),
    institution: list(`
      *unternehmen *konzern *firma *firmen *gesellschaft *bank *gewerkschaft *verband *verein
      *stiftung *organisation *krankenhaus *klinik *hersteller *vorstand *geschäftsführer *gründer
      *manager *club *klub *betreiber *industrie *unternehmer *bischof *pfarrer ~*direktor *betrieb
      *konsortium =sc =fc =sv =tsv =vfb =vfl =tsg *verbund *versorger
    `),
    expert: list(`
      *experte *expertin *forscher *wissenschaftler *professor =prof *ökonom *analyst *ologe
      *ologin *historiker *arzt *ärzt *mediziner *rechtsanwalt =anwalt =anwältin *institut *universität
      =dr *hochschul *jurist =verteidiger =verteidigerin *strafverteidiger *volkswirt *ingenieur
      *denkfabrik *thinktank
    `),
    affected: list(`
      *anwohner *anrainer *bewohner *zeuge *zeugin *opfer =vater =mutter *sohn *tochter *bruder *schwester
      *ehefrau *ehemann *familie *eltern *nachbar *patient *schüler *student *mitarbeiter
      *arbeiter *angestellte *betroffen *fahrgast *fahrgäste *kunde *kundin *wähler *demonstrant
      *flüchtling *überlebende *lehrer *landwirt =fan =fans *aktivist *pfleger *krankenschwester
      *einwohner *passant *mieter *rentner *pensionist *hinterbliebene *angehörige *geflüchtete *helfer
      *freiwillige *bürgerrechtler =bauer =bäuerin =bauern *winzer *handwerker *gastwirt *erzieher
      *nebenkläger *angeklagte
    `),
    media: list(`
      *journalist *reporter *redakteur *redaktion *korrespondent *zeitung *magazin *sender
      *fernseh *rundfunk *radio =medien *nachrichten *kolumnist *moderator *dokumentar *kommentator
      *publizist
    `),
    document: list(`
      *bericht *erklärung *mitteilung *studie *umfrage *brief *schreiben *dokument *papier *gesetz
      *entwurf *urteil *tweet *protokoll *akte *beschluss *anklage *gutachten
    `),
  },
};
