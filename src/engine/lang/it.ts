// Italian lexicon. Regular speech verbs are conjugated by rule from their infinitive (-are,
// -ere, -ire, and -ire with -isc-) in the tenses of reported speech: present, passato remoto,
// imperfetto, future, conditional, participles and gerund; the passato prossimo is auxiliary +
// participle ("ha detto", "ha spiegato"). Irregular verbs list their forms.
import type { Gender, LanguageRules, PronounInfo } from "./types.ts";
import { gendered, kinship, list, noWord, words } from "./lexicon.ts";

const REGULAR_VERBS = `
  affermare dichiarare spiegare sottolineare precisare osservare commentare raccontare annunciare
  assicurare denunciare attaccare accusare ricordare evidenziare rimarcare twittare replicare
  confermare rivelare avvisare continuare incalzare tuonare lamentare auspicare criticare
  annotare ammonire ribadire garantire avvertire proseguire esordire definire chiarire
  insistere ripetere rilanciare scandire ironizzare elogiare ringraziare domandare
  segnalare argomentare esclamare gridare confidare ammettere sostenere aggiungere
  concludere scrivere rispondere chiedere riferire suggerire
`;

/** -ire verbs conjugated with -isc- (ribadisce, chiarisce). */
const ISC_VERBS = new Set(
  "ammonire ribadire garantire definire chiarire scandire esordire riferire suggerire".split(" "),
);

/** Forms the rules below do not make: irregular passato remoto and participles. */
const IRREGULAR = `
  dice dicono disse dissero diceva dicevano dirà diranno direbbe detto detta detti dette dicendo
  aggiunse aggiunsero aggiunto aggiunta concluse conclusero concluso conclusa
  scrisse scrissero scritto scritta rispose risposero risposto chiese chiesero chiesto chiesta
  ammise ammisero ammesso ammessa sostiene sostengono sostenne sostennero
  insistette insistito ripeté
`;

const IDIOMS = [
  "ha fatto sapere",
  "hanno fatto sapere",
  "fa sapere",
  "fanno sapere",
  "ha messo in guardia",
  "ha tenuto a precisare",
];

const ENDINGS: Record<string, string[]> = {
  are: [
    "a",
    "ano",
    "ò",
    "arono",
    "ava",
    "avano",
    "erà",
    "eranno",
    "erebbe",
    "erebbero",
    "ato",
    "ata",
    "ati",
    "ate",
    "ando",
  ],
  ere: [
    "e",
    "ono",
    "é",
    "erono",
    "eva",
    "evano",
    "erà",
    "eranno",
    "erebbe",
    "erebbero",
    "uto",
    "uta",
    "uti",
    "ute",
    "endo",
  ],
  ire: [
    "e",
    "ono",
    "ì",
    "irono",
    "iva",
    "ivano",
    "irà",
    "iranno",
    "irebbe",
    "irebbero",
    "ito",
    "ita",
    "iti",
    "ite",
    "endo",
  ],
};

function regularForms(lemma: string): string[] {
  const stem = lemma.slice(0, -3);
  // spiegare → spiegherà: the c and g of -are verbs stay hard before e.
  const hard = lemma.endsWith("are") && /[cg]$/u.test(stem) ? "h" : "";
  const forms = (ENDINGS[lemma.slice(-3)] ?? []).map(
    (ending) => stem + (ending.startsWith("e") ? hard : "") + ending,
  );
  return ISC_VERBS.has(lemma) ? [...forms, `${stem}isce`, `${stem}iscono`] : forms;
}

function italianVerbForms(): string[] {
  return [...list(REGULAR_VERBS).flatMap(regularForms), ...list(IRREGULAR)];
}

/**
 * Infinitives after a preposition share the sentence's subject as gerunds do: `è stata chiara nel
 * dire che «…»`, `dopo aver spiegato che…`.
 */
const infinitives = [...list(REGULAR_VERBS), "dire"];

const verbs = [...infinitives, ...italianVerbForms()];

const PRONOUNS: [string, PronounInfo][] = [
  ["lui", { gender: "m", plural: false }],
  ["lei", { gender: "f", plural: false }],
  ["egli", { gender: "m", plural: false }],
  ["ella", { gender: "f", plural: false }],
  ["loro", { plural: true }],
  ["quest ultimo", { gender: "m", plural: false, order: "last" }],
  ["quest ultima", { gender: "f", plural: false, order: "last" }],
];

const DEFINITE = new Map<string, Gender | undefined>([
  ...gendered("il lo questo quel quello suo", "m"),
  ...gendered("la questa quella sua", "f"),
  ...gendered("i gli le l quest quell suoi sue loro", undefined),
]);
/** The indefinite determiners of several (see pluralIndefinites). */
const PLURAL_INDEFINITE = words("alcuni alcune diversi diverse vari varie due tre molti");
const INDEFINITE = new Map<string, Gender | undefined>([
  ...gendered("un uno", "m"),
  ...gendered("una", "f"),
  ...[...PLURAL_INDEFINITE].map((w) => [w, undefined] as const),
]);

/**
 * How a law, report or ruling gives its words (`la legge prevede che…`, `il rapporto stabilisce`):
 * these verbs are speech only with a document subject.
 */
const DOCUMENT_SPEECH = {
  verbs: words(`
    prevede prevedono prevedeva stabilisce stabiliscono stabiliva stabilì dispone dispongono
    disponeva dispose sancisce sanciscono sanciva sancì
  `),
  documents: words(`
    rapporto rapporti relazione legge leggi costituzione decreto sentenza documento studio
    comunicato risoluzione regolamento articolo accordo trattato testo
  `),
  releases: words("comunicato"),
  courts: words("tribunale corte giudice giudici"),
};

export const italian: LanguageRules = {
  code: "it",
  stopWords: list("il gli della delle che è di non per una con sono del nel alla anche ha questo ma dei"),
  asWords: words("come così"),
  speechNouns: words("frase parole messaggio risposta replica verdetto elogio avvertimento commento"),
  complementOf: words("di"),
  complementArticles: new Map(),
  senderPrepositions: new Set(),
  capacityWords: new Set(),
  notQuoteWords: {
    naming:
      "cosiddett[oaie]|(?:il|la) (?:termine|parola|espressione|motto)|chiamat[oaie]|" +
      "soprannominat[oaie]|intitolat[oaie]|alias",
    works:
      "libro|romanzo|canzone|programma|documentario|gioco|giornale|quotidiano|rivista|rubrica|" +
      "operazione|campagna|progetto|partito|premio|gamma|quadro|ritratto|scultura|elicottero|nave|razzo|" +
      "satellite",
    documents: "rapporto|studio|legge",
    namedBodies: "comitato",
    namingParticiples: "",
    namingFinite: "",
    namingFinitePlural: "",
    namingAnyForm: "",
    namingParticiplesAfter: "",
    passiveAuxiliaries: "",
    titleSmallWords: "di|il|e|o|della|delle|dei|degli|alla",
    declaresItself: "",
    articles: "il|lo|gli",
    elidedArticles: "l",
    authorPrepositions: "di",
    publishingVerbs: "pubblica|pubblicato|presenta|presentato",
    signs: "",
    inscribingVerbs: "",
    signVerbs: "",
    signSurfaceAdverbs: "",
    signSlogans: "",
    namingNouns: "",
    adjectiveEndings: "oso|osa|ico|ica",
    listConjunctions: "e|o",
    namingAfterThing: "",
    levels: "livello|categoria|fase|grado|allerta",
    levelGrades: "rossa|rosso|arancione|gialla|giallo|verde",
    measures: "",
    articlePrepositions: "",
    mediumPrepositions: "",
    addresseePrepositions: "a",
    addresseeArticles: "",
    ratings: "acquisto|vendita|sovrappesare|sottopesare",
  },
  speechVerbs: new Set(verbs),
  speechIdioms: IDIOMS,
  documentSpeech: DOCUMENT_SPEECH,
  topicNouns: words("caso"),
  speechGerunds: new Set([...verbs.filter((f) => f.endsWith("ndo")), ...infinitives]),
  perfectAuxiliaries: words("ha hanno aveva avevano avrà avrebbe"),
  auxiliaries: words(
    "ha hanno aveva avevano avrà avrebbe è sono era erano sarà sarebbe si gli le anche già poi " +
      "ancora inoltre non",
  ),
  sourcePhrases: [
    "secondo",
    "a detta di",
    "stando a",
    "a parere di",
    "nelle parole di",
    "come riferisce",
    "come riporta",
  ],
  interviewPhrases: ["intervista a", "conversazione con"],
  quoteBackReferences: new Set(),
  viewpointPrepositions: new Set(["per"]),
  citingWords: words("citando"),
  nullSubject: true,
  teamPlaces: words("capitano attaccante difensore portiere centrocampista"),
  officeEpithets: new Map([
    ["capo stato", "presidente"],
    ["capo governo", "premier"],
  ]),
  anyOfficeNouns: words("parlamentare"),
  kinshipNouns: kinship(`
    padre papà | madre mamma | figlio | figlia | fratello | sorella | marito | moglie | nonno |
    nonna | nipote | zio | zia | cugino | cugina | vedova | vedovo
  `),
  possessiveKinNouns: new Map(),
  birthOrderWords: kinship("maggiore primogenito primogenita | minore"),
  circumstanceNouns: words(
    "vittima imputato imputata accusato accusata indagato indagata testimone superstite vedova " + "vedovo",
  ),
  officeKinds: new Map(),
  possessiveWords: words("mio mia miei mie suo sua suoi sue nostro nostra nostri nostre loro"),
  documentEpithets: words("documento testo"),
  bodyEpithets: new Set(),
  inciseInversion: true,
  possessiveSources: new Map([
    ["a suo avviso", null],
    ["a suo dire", null],
    ["a suo parere", null],
  ]),
  pronouns: new Map(PRONOUNS),
  firstPersonWords: words("io noi nostro nostra nostri nostre mio mia miei mie"),
  speakerlessPronouns: words("io noi voi tu ciò questo"),
  impersonalVerbs: new Set(),
  clitics: words("si gli le lo la li ci vi mi ti ne"),
  reflexiveClitics: words("si"),
  adverbEnding: "mente",
  passiveMarkers: words("stato stata stati state"),
  complementisers: words("che"),
  passiveAgents: words("da dal dalla dai dagli dalle"),
  relativePronouns: words("che cui quale"),
  thingRelativePronouns: new Set(),
  relativeAdverbs: words("dove"),
  inChargePhrases: ["affidata a", "affidato a"],
  nameNouns: words("nome"),
  relativePossessives: words("cui"),
  officeVerbs: words(
    "dirige dirigeva guida guidava presiede presiedeva rappresenta rappresentava insegna insegnava " +
      "fondato coordina gestisce lavora lavorava studia",
  ),
  affiliationPrepositions: words("di del della dello dei"),
  whereaboutsPrepositions: new Set(),
  copulas: words("è era"),
  honorifics: new Map<string, Gender | undefined>([
    ...gendered("sig sig. signor signore", "m"),
    ...gendered("sig.ra signora signorina", "f"),
    ...gendered("dott dott. dr dr. prof prof. avv avv. on on.", undefined),
  ]),
  titles: words(`
    presidente premier ministro ministra sottosegretario sottosegretaria segretario segretaria
    governatore governatrice sindaco sindaca senatore senatrice deputato deputata giudice
    procuratore procuratrice generale direttore direttrice capo portavoce ambasciatore
    ambasciatrice re regina principe principessa papa consigliere consigliera comandante
    leader commissario commissaria assessore assessora vicepremier cancelliere
  `),
  everyoneNouns: words("uomo donna"),
  collectiveNouns: new Set<string>(),
  personNouns: new Map<string, Gender | undefined>([
    ...gendered(
      `
      portavoce fonte fonti analista analisti specialista giornalista giornalisti testimone
      testimoni leader economista gente persone persona collega colleghi premier presidente
      giudice parlamentare leghista forzista
    `,
      undefined,
    ),
    ...gendered(
      `
      ministro segretario funzionario funzionari consigliere consiglieri deputato senatore
      avvocato avvocati ricercatore ricercatori medico medici professore vicino uomo padre
      figlio fratello marito amico imprenditore diplomatico diplomatici militare militari
      poliziotto agente agenti direttore lavoratore lavoratori manifestante manifestanti
      governatore sindaco esperto esperti allenatore
    `,
      "m",
    ),
    ...gendered(
      `
      ministra segretaria funzionaria consigliera deputata senatrice avvocata ricercatrice
      professoressa vicina donna madre figlia sorella moglie amica imprenditrice direttrice
      lavoratrice governatrice sindaca esperta allenatrice
    `,
      "f",
    ),
  ]),
  organisationNouns: words(`
    ministero governo agenzia consiglio commissione comitato sindacato partito banca gruppo
    università amministrazione tribunale corte polizia esercito azienda società associazione
    federazione istituto organizzazione fondazione servizio autorità squadra giornale
    quotidiano rivista rapporto comunicato studio sondaggio lettera documento progetto legge
    camera senato procura farnesina quirinale viminale
  `),
  definiteDeterminers: DEFINITE,
  indefiniteDeterminers: INDEFINITE,
  pluralIndefinites: PLURAL_INDEFINITE,
  pluralDeterminers: new Set(),
  obliqueIndefinites: new Set(),
  determiners: new Set([...DEFINITE.keys(), ...INDEFINITE.keys()]),
  prepositions: words(`
    di del dello della dei degli delle dell all nell sull dall a al allo alla ai agli alle da dal dallo
    dalla dai dagli
    dalle in nel nello nella nei negli nelle su sul sullo sulla sui sugli sulle con per tra fra
    durante dopo prima contro verso senza secondo
  `),
  // "di", "da" and "della" are far more often prepositions than parts of a name.
  nameParticles: words("de van von der"),
  bodyNamePrepositions: new Set(),
  bodyFieldPrepositions: new Set(),
  bodyNameGoverningNouns: new Map(),
  affiliationParticles: new Set(),
  placeNameArticles: new Set(),
  adverbs: words(`
    lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi domani mattina pomeriggio
    sera notte poi dopo prima allora anche inoltre già ancora infine recentemente nuovamente
    pubblicamente non mai più finora sempre spesso subito proprio pure ora adesso stamattina persino
    addirittura solo soltanto qui lì settimana anno mese scorso scorsa prossimo prossima
    stasera stanotte
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
  `),
  phraseStops: words(
    "che cui dove quando mentre sebbene perché ma e o né a al allo alla ai agli alle in nel nella " +
      "nei negli nelle su sul sulla con per tra fra durante dopo come",
  ),
  clauseJoins: words("e ma o né che perché sebbene se quando mentre poiché"),
  dialogueDashes: true,
  elisions: words("l un dell all nell sull dall d c quest quell anch sant po"),
  capitalNotElided: new Set(),
  elisionsBeforeVerbs: new Set(),
  nameSuffixes: new Set(),
  companyForms: words("spa s.p.a srl s.r.l"),
  firmNameWords: words("energia logistica trasporti industrie assicurazioni tecnologie holding acciaierie"),
  numberedBodyUnits: words("sezione distretto"),
  letterLabelledNouns: words(
    "girone gruppo piano categoria classe serie divisione zona blocco allegato opzione fase vitamina",
  ),
  possessiveSuffix: "",
  invertedPronouns: new Set(),
  abbreviations: words("sig. dott. prof. dr."),
  titleAbbreviations: new Map(),
  capitalisesNouns: false,
  placeAdjective: noWord,
  hyphenedNameAdjective: noWord,
  inhabitantNoun: noWord,
  countingWords: new Set(),
  capitalisesTimeWords: false,
  capitalisedParticles: false,
  verbSecond: false,
  dropsComplementiser: false,
  objectDeterminers: new Set(),
  subjectPronouns: new Set(),
  firstOfTwoSurnames: false,
  partisanNoun: /^\p{Ll}{4,}(?:ista|isti|iste)$/u,
  specialistNoun: /^\p{Ll}{3,}(?:olog|ograf)(?:o|a|i|he)$/u,
  ageNoun: noWord,
  ageNounDecades: new Map(),
  retireeNouns: words("pensionato pensionata"),
  feminineByCase: noWord,
  commonNoun: noWord,
  feminineNoun: noWord,
  finiteVerbEnding: /\p{L}{2}(?:arono|erono|irono)$/u,
  ordinalNumeral: /^\p{N}+[ºª°]$/u,
  pastParticipleEnding: /\p{L}{2}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)$/u,
  presentParticipleEnding: noWord,
  objectPronouns: new Map(),
  possessiveDeterminers: new Map(),
  impersonalSubject: null,
  colonSpeakerPrepositions: new Set(),
  ownAccountPhrases: [],
  voicePhrases: [],
  sourcePrepositions: new Set(),
  pluralVerbEnding: noWord,
  impersonalSourcePrepositions: new Set(),
  insideDocumentAdverbs: new Set(),
  obliqueArticles: new Set(),
  genitiveArticles: new Set(),
  trailingSourcePhrases: [],
  postposedSources: new Set(),
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
  intentLinks: new Set(),
  negations: words("non mai"),
  refusalVerbs: new Set(),
  intentAdverbs: new Set(),
  infinitiveMarkers: new Set(),
  euphonicLetters: new Set(),
  speechInfinitives: new Set(),
  bodyNamesCapitaliseFirstWord: false,
  crownTitles: new Set(),
  adjectivesFollowNouns: true,
  placeBodyNouns: new Set(),
  adverbialNouns: new Set(),
  demonyms: new Map(),
  originNouns: new Set(),
  jurisdictionAdjectives: words(
    "nazionale nazionali regionale regionali provinciale provinciali comunale comunali federale federali",
  ),
  eventNouns: words("campionato campionati giochi coppa festival maratona torneo ciclone uragano tifone"),
  placeNouns: words("via viale piazza quartiere corso"),
  placePrepositions: new Set(),
  saintWords: words("san santa santo sant"),
  partyMemberNouns: new Set(),
  // Kinds of voice (src/engine/voiceKinds.ts): a role word begins with an entry; "=" the word
  // only, "~" a title that decides only when nothing else in the role does.
  voiceKinds: {
    official: list(`
      minist govern deputat senat sindac consigli assessor prefett polizi carabinier procur
      magistrat giudic tribunale ambasciat diplomatic partito parlament esercito militar autorità
      regione =comune questur cancellier amministrazione premier vicepremier =centrale ~presiden
      ~segretari ~responsabile
    `),
    institution: list(`
      aziend societ compagnia impres gruppo banca sindacat associazion federazion fondazion =ong
      organizzazion ospedal club squadra fondator =ceo manager amministratore industria
      imprenditor ~dirett
    `),
    expert: list(`
      espert ricercat scienziat professor docente universit economist analist *ologo *ologa medic
      dottor avvocat specialista consulente istituto
    `),
    affected: list(`
      resident abitant testimon vittim sopravvissut =padre =madre =figlio =figlia fratell sorell
      moglie marito famigli genitor vicin pazient student alunn lavorator dipendent operai
      passegger elettor manifestant agricolt profug migrant tifos insegnant
    `),
    media: list(`
      giornalist cronist reporter corrispondent redazion redattor giornale quotidian settimanal
      rivista televis =tv radio emittente =times =nyt
    `),
    document: list(`
      rapporto comunicat dichiarazion studio indagine sondaggio lettera documento =legge decreto
      sentenza testo messaggio =nota tweet relazione verbale
    `),
  },
};
