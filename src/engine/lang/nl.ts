// Dutch lexicon. Weak speech verbs are conjugated by rule from their infinitive (verklaren →
// verklaart, verklaarde, verklaard: the stem's vowel doubles in a closed syllable, the past
// takes -te after a voiceless sound and -de otherwise, "'t kofschip"); strong verbs list their
// principal parts. The participle takes "ge-" unless the verb has an unstressed prefix.
// Separable verbs ("laten weten", "voegde eraan toe") are idioms.
import type { Gender, LanguageRules, PronounInfo } from "./types.ts";
import { CompoundMap, CompoundSet, gendered, kinship, list, noWord, words } from "./lexicon.ts";

/** Weak verbs; "!" keeps the detached verb of a separable one (`voegde hij eraan toe`). */
const WEAK_VERBS = `
  verklaren vertellen benadrukken stellen reageren antwoorden waarschuwen erkennen beweren
  melden noemen bevestigen herhalen opmerken toelichten uitleggen aankondigen
  twitteren klagen pleiten betogen concluderen onderstrepen beloven suggereren toevoegen!
  schatten
`;

/**
 * Strong verbs and unstressed -eren, -enen (the weak rule would double their vowel): infinitive, present
 * singular, past singular, past plural, participle.
 */
const STRONG_VERBS: readonly (readonly string[])[] = [
  ["zeggen", "zegt", "zei", "zeiden", "gezegd"],
  ["verzekeren", "verzekert", "verzekerde", "verzekerden", "verzekerd"],
  ["berekenen", "berekent", "berekende", "berekenden", "berekend"],
  ["schrijven", "schrijft", "schreef", "schreven", "geschreven"],
  ["spreken", "spreekt", "sprak", "spraken", "gesproken"],
  ["roepen", "roept", "riep", "riepen", "geroepen"],
  ["vragen", "vraagt", "vroeg", "vroegen", "gevraagd"],
  ["beschrijven", "beschrijft", "beschreef", "beschreven", "beschreven"],
  ["toegeven", "geeft toe", "gaf toe", "gaven toe", "toegegeven"],
  ["aanvoeren", "voert aan", "voerde aan", "voerden aan", "aangevoerd"],
  // An opinion given in words: `Een ouder vindt het ‘onverantwoord’`.
  ["vinden", "vindt", "vond", "vonden", "gevonden"],
];

// Forms that are more often another word: "gevonden" is also "found" (`het lichaam werd gevonden`).
const NOT_SPEECH = new Set(["gevonden"]);

/** Prefixes that take no "ge-" (verklaard, benadrukt, erkend). */
const UNSTRESSED_PREFIX = /^(?:be|ge|her|ver|ont|er|onder)/u;
/** Stems of separable verbs: the particle and the verb. */
const SEPARABLE = /^(aan|toe|uit|op|in|af|mee|na|voor)(.+)$/u;

const IDIOMS = [
  "liet weten",
  "laat weten",
  "lieten weten",
  "laten weten",
  "voegde eraan toe",
  "voegt eraan toe",
  "voegde toe",
  "voegt toe",
  "geeft toe",
  "gaf toe",
  "merkte op",
  "merkt op",
  "legde uit",
  "legt uit",
  "lichtte toe",
  "licht toe",
  "kondigde aan",
  "zo zegt",
  // Impersonal: `„…”, klinkt het bij de vakbond`.
  "klinkt het",
  "klonk het",
];

/** verklaren → verklaar, stellen → stel, geloven → geloof, reageren → reageer. */
function stemOf(lemma: string): string {
  let stem = lemma.slice(0, -2);
  if (/([^aeiou])\1$/u.test(stem)) return stem.slice(0, -1);
  // A single vowel before the last consonant was long in the open syllable: double it.
  // Not in an unstressed -el, -en, -er after two consonants (twitteren → twitter, luisteren → luister).
  if (/[^aeiou][aeou][^aeiouwj]$/u.test(stem) && !/[^aeiou]{2}e[lnr]$/u.test(stem)) {
    stem = stem.slice(0, -1) + stem.at(-2) + stem.at(-1);
  }
  return stem.replace(/z$/u, "s").replace(/v$/u, "f");
}

function weakForms(entry: string): string[] {
  const lemma = entry.replace("!", "");
  const separable = SEPARABLE.exec(lemma);
  const verb = separable ? separable[2]! : lemma;
  const stem = stemOf(verb);
  // 't kofschip: a voiceless sound before the ending takes -te and -t, the others -de and -d.
  const voiceless = /(?:t|k|f|s|ch|p)$/u.test(verb.slice(0, -2).replace(/(.)\1$/u, "$1"));
  const past = stem + (voiceless ? "te" : "de");
  const dental = voiceless ? "t" : "d";
  const participle = (UNSTRESSED_PREFIX.test(verb) ? "" : "ge") + stem + (/[td]$/u.test(stem) ? "" : dental);
  const present = stem + (stem.endsWith("t") ? "" : "t");
  const detached = [present, past, `${past}n`];
  if (separable)
    return [
      lemma,
      ...detached.map((f) => separable[1]! + f),
      separable[1]! + participle,
      ...(entry.endsWith("!") ? detached : []),
    ];
  return [lemma, ...detached, participle];
}

function dutchVerbForms(): string[] {
  return [
    ...list(WEAK_VERBS).flatMap(weakForms),
    ...STRONG_VERBS.flat().filter((form) => !form.includes(" ") && !NOT_SPEECH.has(form)),
  ];
}

const verbs = dutchVerbForms();

const PRONOUNS: [string, PronounInfo][] = [
  ["hij", { gender: "m", plural: false }],
  ["zij", { gender: "f", plural: false }],
  ["ze", { gender: "f", plural: false }],
  ["laatstgenoemde", { plural: false, order: "last" }],
  ["eerstgenoemde", { plural: false, order: "first" }],
];

// "'s" and "'t" are old article forms ("'s avonds", "'t Hooft").
const DEFINITE = new Map<string, Gender | undefined>([
  ...gendered("de het deze dit die dat zijn haar hun s t", undefined),
]);
/** The indefinite determiners of several (see pluralIndefinites). */
const PLURAL_INDEFINITE = words("enkele enige sommige twee drie veel");
const INDEFINITE = new Map<string, Gender | undefined>([
  ...gendered("een", undefined),
  ...[...PLURAL_INDEFINITE].map((w) => [w, undefined] as const),
]);

export const dutch: LanguageRules = {
  code: "nl",
  stopWords: list("het een van en is dat niet met op voor zijn ook aan er maar wordt bij om naar heeft"),
  asWords: words("zoals"),
  speechNouns: words("woorden boodschap antwoord oordeel lof waarschuwing commentaar"),
  complementOf: words("als"),
  complementArticles: new Map(),
  senderPrepositions: new Set(),
  capacityWords: words("als"),
  notQuoteWords: {
    naming: "zogenaamde?|(?:het|de) (?:woord|term|begrip)|genaamd|alias",
    works: "",
    documents: "",
    namedBodies: "comité",
    namingParticiples: "",
    namingFinite: "",
    namingFinitePlural: "",
    namingAnyForm: "noemen|noemt|noemde|noemden|dopen|doopt|doopten",
    namingParticiplesAfter: "genoemd|gedoopt",
    passiveAuxiliaries: "",
    titleSmallWords: "het|van",
    declaresItself: "",
    articles: "",
    elidedArticles: "",
    authorPrepositions: "door",
    publishingVerbs: "publiceert|publiceerde|presenteert|presenteerde",
    signs: "",
    inscribingVerbs: "",
    signVerbs: "",
    signSurfaceAdverbs: "",
    signSlogans: "",
    namingNouns: "",
    adjectiveEndings: "",
    listConjunctions: "en|of",
    namingAfterThing: "",
    levels: "[a-z-]*(?:niveau|categorie|fase|code)",
    levelGrades: "rood|oranje|geel|groen|paars",
    measures: "",
    articlePrepositions: "",
    mediumPrepositions: "",
    addresseePrepositions: "tegen|tegenover",
    addresseeArticles: "",
    ratings: "kopen|verkopen|aanhouden",
  },
  speechVerbs: new Set(verbs),
  speechIdioms: IDIOMS,
  speechGerunds: new Set(),
  perfectAuxiliaries: words("heeft hebben had hadden"),
  auxiliaries: words(
    "heeft hebben had hadden is zijn was waren wordt worden werd werden zal zou zouden ook al nog " +
      "verder niet",
  ),
  sourcePhrases: ["volgens", "naar zeggen van", "naar verluidt"],
  interviewPhrases: ["in gesprek met", "gesprek met", "interview met"],
  quoteBackReferences: new Set(),
  viewpointPrepositions: new Set(["voor"]),
  objectPronouns: new Map([
    ["hem", "hij"],
    ["haar", "zij"],
  ]),
  ownAccountPhrases: ["naar eigen zeggen", "volgens eigen zeggen"],
  impersonalSourcePrepositions: words("bij uit"),
  insideDocumentAdverbs: new Set(),
  pronouns: new Map(PRONOUNS),
  firstPersonWords: words("ik wij we ons onze mijn"),
  speakerlessPronouns: words("ik wij we jij je u men het dat dit"),
  impersonalVerbs: new Set(),
  clitics: words("zich hem haar hen hun me mij ons je"),
  reflexiveClitics: words("zich"),
  adverbEnding: "lijk",
  passiveMarkers: words("geworden"),
  complementisers: words("dat"),
  passiveAgents: words("door"),
  relativePronouns: words("die dat wie welke"),
  thingRelativePronouns: new Set(),
  relativeAdverbs: words("waar"),
  inChargePhrases: ["vertegenwoordigd door"],
  nameNouns: words("naam voornaam"),
  relativePossessives: words("wiens wier"),
  officeVerbs: words(
    "leidt leidde geleid voorzit vertegenwoordigt doceert doceerde richtte opgericht coördineert " +
      "adviseert werkt werkte studeert onderzoekt",
  ),
  affiliationPrepositions: words("van"),
  whereaboutsPrepositions: new Set(),
  copulas: words("is was"),
  honorifics: new Map<string, Gender | undefined>([
    ...gendered("meneer dhr dhr. heer", "m"),
    ...gendered("mevrouw mevr mevr. mw mw.", "f"),
    ...gendered("dr dr. prof prof. mr mr. ir ir. drs drs.", undefined),
  ]),
  titles: new CompoundSet(
    words(`
    president premier minister staatssecretaris burgemeester wethouder voorzitter directeur
    woordvoerder woordvoerster ambassadeur generaal rechter officier koning koningin prins
    prinses paus commissaris kamerlid fractievoorzitter topman topvrouw bestuurder
    minister-president trainer coach leider
  `),
  ),
  everyoneNouns: words("man vrouw"),
  collectiveNouns: new Set<string>(),
  personNouns: new CompoundMap<Gender | undefined>([
    ...gendered(
      `
      woordvoerder deskundige deskundigen expert experts bron bronnen analist analisten
      onderzoeker onderzoekers journalist getuige getuigen politicus politici econoom
      advocaat advocaten agent agenten militair militairen arts artsen leraar student
      bewoner bewoners medewerker medewerkers collega collega's mensen persoon
      directeur voorzitter minister president burgemeester
      zaakvoerder uitbater eigenaar bestuurder ondernemer boer docent ouder ouders
    `,
      undefined,
    ),
    ...gendered("=man vader zoon broer echtgenoot vriend buurman", "m"),
    ...gendered(
      "vrouw moeder dochter zus echtgenote vriendin buurvrouw woordvoerster politica advocate " +
        "journaliste lerares studente",
      "f",
    ),
  ]),
  organisationNouns: new CompoundSet(
    words(`
    ministerie regering kabinet overheid agentschap raad commissie partij bank groep
    universiteit bestuur rechtbank hof politie leger bedrijf vereniging instituut organisatie
    stichting dienst krant tijdschrift rapport verklaring onderzoek brief wet kamer gemeente bond
  `),
  ),
  definiteDeterminers: DEFINITE,
  indefiniteDeterminers: INDEFINITE,
  pluralIndefinites: PLURAL_INDEFINITE,
  pluralDeterminers: new Set(),
  obliqueIndefinites: new Set(),
  determiners: new Set([...DEFINITE.keys(), ...INDEFINITE.keys()]),
  prepositions: words(
    "van in op aan bij met voor naar over uit door om tegen zonder tijdens na sinds tot onder tussen volgens",
  ),
  nameParticles: words("van de der den het ten ter te von"),
  bodyNamePrepositions: new Set(),
  bodyFieldPrepositions: new Set(),
  bodyNameGoverningNouns: new Map(),
  affiliationParticles: words("van"),
  placeNameArticles: new Set(),
  adverbs: words(`
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag morgen avond
    middag ochtend nacht later eerder toen nu dan ook verder nog al eerst onlangs
    avonds ochtends middags nachts opnieuw publiekelijk niet nooit meer altijd steeds inmiddels vaak direct
    meteen
    daar hier zelf er wel toch dus echter week jaar maand vorige afgelopen
    januari februari maart april mei juni juli augustus september oktober november december
  `),
  // Separable particles end the phrase after an inverted subject (`voegde hij eraan toe`, `liet zij weten`),
  // and so does the verb after a fronted phrase (`volgens X is het …`).
  phraseStops: words(
    "die dat wie wat waar wanneer terwijl omdat hoewel maar en of want tijdens na tegen op in bij " +
      "met tegenover over naar toe uit aan mee weten eraan erbij is was waren heeft hebben had " +
      "wordt werd zou zal kan moet",
  ),
  clauseJoins: words("en maar of want dat omdat hoewel als wanneer terwijl"),
  elisions: new Set(),
  capitalNotElided: new Set(),
  elisionsBeforeVerbs: new Set(),
  nameSuffixes: new Set(),
  companyForms: words("bv nv b.v n.v"),
  firmNameWords: words("energie logistiek transport holding verzekeringen technologie"),
  numberedBodyUnits: words("afdeling district"),
  letterLabelledNouns: words(
    "groep poule plan categorie klasse serie divisie zone blok bijlage optie fase vitamine",
  ),
  possessiveSuffix: "'s",
  invertedPronouns: new Set(),
  abbreviations: words("dhr. mevr. dr. prof."),
  titleAbbreviations: new Map(),
  trailingSourcePhrases: ["aldus", "zo"],
  verbSecond: true,
  dropsComplementiser: false,
  objectDeterminers: new Set(),
  subjectPronouns: new Set(),
  firstOfTwoSurnames: false,
  // Verb-second: a quote opening the sentence puts the verb before its subject, `„…“, polterte Berger`.
  inciseInversion: true,
  capitalisedParticles: true,
  nullSubject: false,
  capitalisesNouns: false,
  placeAdjective: noWord,
  hyphenedNameAdjective: noWord,
  inhabitantNoun: noWord,
  countingWords: new Set(),
  capitalisesTimeWords: false,
  dialogueDashes: false,
  partisanNoun: /^\p{Ll}{4,}(?:ist|isten)$/u,
  specialistNoun: /^\p{Ll}{3,}(?:oloog|ologen|ograaf|ografen)$/u,
  ageNoun: noWord,
  ageNounDecades: new Map(),
  retireeNouns: words("gepensioneerde"),
  feminineByCase: noWord,
  commonNoun: noWord,
  feminineNoun: noWord,
  finiteVerbEnding: noWord,
  ordinalNumeral: /^\p{N}+(?:e|ste|de)$/u,
  pastParticipleEnding: noWord,
  presentParticipleEnding: noWord,
  possessiveSources: new Map(),
  possessiveDeterminers: new Map(),
  impersonalSubject: null,
  colonSpeakerPrepositions: new Set(),
  voicePhrases: [],
  sourcePrepositions: new Set(),
  pluralVerbEnding: noWord,
  obliqueArticles: new Set(),
  genitiveArticles: new Set(),
  postposedSources: new Set(),
  citingWords: new Set(),
  participles: new Set(),
  quotingVerbs: new Set(),
  addressingVerbs: new Set(),
  subjectlessVerbs: new Set(),
  detachedVerbParticles: new Map(),
  otherVerbParticles: new Set(),
  reportedSpeechMarkers: new Set(),
  reportedSpeechForm: null,
  intentVerbs: new Set(),
  neuterArticles: new Set(),
  teamPlaces: words("aanvoerder spits verdediger keeper doelman middenvelder"),
  officeEpithets: new Map(),
  anyOfficeNouns: words("kamerlid parlementariër"),
  kinshipNouns: kinship(`
    vader | moeder | zoon | dochter | broer | zus zuster | echtgenoot | echtgenote | opa grootvader
    | oma grootmoeder | oom | tante | neef | nicht | weduwe | weduwnaar
  `),
  possessiveKinNouns: new Map(),
  birthOrderWords: kinship("oudste oudere | jongste jongere"),
  circumstanceNouns: words("slachtoffer verdachte getuige weduwe weduwnaar"),
  officeKinds: new Map(),
  possessiveWords: words("mijn zijn haar hun ons onze jullie"),
  documentEpithets: words("document tekst"),
  bodyEpithets: new Set(),
  intentLinks: new Set(),
  negations: words("niet nooit"),
  refusalVerbs: new Set(),
  intentAdverbs: new Set(),
  infinitiveMarkers: new Set(),
  euphonicLetters: new Set(),
  documentSpeech: { verbs: new Set(), documents: new Set(), releases: new Set(), courts: new Set() },
  topicNouns: new Set(),
  speechInfinitives: new Set(),
  bodyNamesCapitaliseFirstWord: false,
  crownTitles: new Set(),
  adjectivesFollowNouns: false,
  placeBodyNouns: new Set(),
  adverbialNouns: new Set(),
  demonyms: new Map(),
  originNouns: new Set(),
  jurisdictionAdjectives: new Set(),
  eventNouns: words(
    "kampioenschap kampioenschappen spelen beker festival marathon toernooi cycloon orkaan tyfoon",
  ),
  placeNouns: words("wijk buurt"),
  placePrepositions: new Set(),
  saintWords: words("sint st."),
  partyMemberNouns: new Set(),
  // Kinds of voice (src/engine/voiceKinds.ts): a role word begins with an entry, or holds one
  // written "*" (compounds: oud-minister); "=" the word only, "~" a title that decides only when
  // nothing else in the role does.
  voiceKinds: {
    official: list(`
      *minister *regering *kabinet *premier *burgemeester *wethouder *kamerlid *politie *politicus
      *officier *rechter *rechtbank *gemeente *provincie *ambassade *ambassadeur *diplomaat *partij
      *parlement *leger *defensie ~*president ~*voorzitter
    `),
    institution: list(`
      *bedrijf *onderneming *concern *bank *vakbond *vereniging *stichting *organisatie *ziekenhuis
      *club *oprichter *topman =ceo *fabrikant *federatie ~*directeur
    `),
    expert: list(`
      *deskundige *expert *onderzoeker *wetenschapper *hoogleraar *professor *universiteit *econoom
      *analist *oloog =arts =artsen *huisarts *advocaat *instituut
    `),
    affected: list(`
      *bewoner *omwonende *getuige *slachtoffer =vader =moeder *zoon *dochter *broer =zus
      *echtgeno *familie *ouders *buurman *buurvrouw *patiënt *student *leerling *werknemer
      *medewerker *reiziger *kiezer *demonstrant *boer *vluchteling *supporter *leraar
    `),
    media: list(`
      *journalist *verslaggever *correspondent *redacteur *redactie *krant *omroep *tijdschrift
      *televisie *radio *zender
    `),
    document: list(`
      *rapport *verklaring *persbericht *bericht *studie =onderzoek *peiling *brief *document =wet
      *wetsvoorstel *vonnis *uitspraak *tweet
    `),
  },
};
