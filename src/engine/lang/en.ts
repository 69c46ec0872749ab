// English lexicon. Speech verbs are generated from lemmas (regular -s/-ed/-ing inflection plus
// a table of irregular forms) so that every tense a reporter uses is covered.
import type { Gender, LanguageRules, PronounInfo } from "./types.ts";
import { gendered, kinship, list, noWord, words } from "./lexicon.ts";

/** Regular speech verbs (lemma form). */
const REGULAR_VERBS = `
  add admit affirm agree allege announce answer argue ask assert assure attest boast brag calculate call
  caution charge cheer chide claim comment complain concede conclude confess confirm contend continue counter
  declare decry demand deny describe dismiss dub echo emphasise emphasize estimate exclaim explain
  grumble highlight implore indicate inform insist instruct interject joke label lament laugh mention
  muse mutter note observe plead pledge post praise predict proclaim promise propose protest question
  quip reason recall recount reiterate remark remind repeat reply report respond retort reveal scoff
  scream shout sigh snap speculate state stress suggest summarise summarize tease term testify thank
  threaten tout tweet underline urge vow warn whisper wonder write yell acknowledge applaud advise
  recommend reassure rule signal concur maintain reckon hail slam blast criticise
  criticize condemn denounce accuse welcome characterise characterize brand cite quote specify
  clarify confide disclose reaffirm chuckle smile elaborate forecast chant submit flag
`;

/** Verbs whose forms are not regular: lemma, 3rd person, past, past participle, gerund. */
const IRREGULAR_VERBS: readonly (readonly string[])[] = [
  ["say", "says", "said", "said", "saying"],
  ["tell", "tells", "told", "told", "telling"],
  ["write", "writes", "wrote", "written", "writing"],
  ["speak", "speaks", "spoke", "spoken", "speaking"],
  ["swear", "swears", "swore", "sworn", "swearing"],
  ["read", "reads", "read", "read", "reading"],
  ["foresee", "foresees", "foresaw", "foreseen", "foreseeing"],
];

/** Lemmas that double their last consonant before -ed and -ing (admit → admitted). */
const DOUBLING = new Set(["admit", "quip", "refer", "rebut", "snap", "commit", "slam", "submit", "flag"]);
/** Lemmas in -l that double it in British spelling only: both "labeled" and "labelled". */
const BRITISH_DOUBLING = new Set(["label", "signal"]);

/** Lemmas that are more often nouns than verbs in their bare form ("a report", "his call"). */
const NOUN_LIKE = new Set([
  "report",
  "claim",
  "comment",
  "note",
  "call",
  "post",
  "tweet",
  "answer",
  "reply",
  "state",
  "question",
  "label",
  "term",
  "charge",
  "counter",
  "echo",
  "signal",
  "rule",
  "joke",
  "laugh",
  "pledge",
  "promise",
  "vow",
  "warn",
  "sigh",
  "demand",
  "welcome",
  "praise",
  "blast",
  "protest",
  "thank",
  "flag",
]);

/** Speech verbs of several words. */
const IDIOMS = [
  "pointed out",
  "points out",
  "point out",
  "pointing out",
  "went on",
  "goes on",
  "go on",
  "put it",
  "puts it",
  "spoke out",
  "speaks out",
  "wrote in",
  "summed up",
  "sums up",
  "chimed in",
  "chimes in",
  "weighed in",
  // A retort's verbs of attack, with their "back": `“…,” shot back Ferguson`, `she hit back`.
  "shot back",
  "shoots back",
  "shoot back",
  "fired back",
  "fires back",
  "fire back",
  "hit back",
  "hits back",
];

function regularForms(lemma: string): string[] {
  const doubled = DOUBLING.has(lemma) ? lemma + lemma.at(-1) : lemma;
  const third = /(s|sh|ch|x|z|o)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = lemma.endsWith("e")
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${doubled}ed`;
  const gerund = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${doubled}ing`;
  const forms = [third, past, gerund];
  if (BRITISH_DOUBLING.has(lemma)) forms.push(`${lemma}led`, `${lemma}ling`);
  if (!NOUN_LIKE.has(lemma)) forms.push(lemma);
  return forms;
}

function englishVerbForms(): string[] {
  return [...list(REGULAR_VERBS).flatMap(regularForms), ...IRREGULAR_VERBS.flat()];
}

const verbForms = englishVerbForms();

const PRONOUNS: [string, PronounInfo][] = [
  ["he", { gender: "m", plural: false }],
  ["she", { gender: "f", plural: false }],
  ["they", { plural: true }],
  ["the latter", { plural: false, order: "last" }],
  ["the former", { plural: false, order: "first" }],
  ["it", { plural: false, organisation: true }],
];

// A possessive shows its possessor's gender, not the noun's: "her neighbor, Carl Tabor," is a man.
const DEFINITE = new Map<string, Gender | undefined>(
  gendered("the this these those its his her their", undefined),
);
/** The indefinite determiners of several (see pluralIndefinites). */
const PLURAL_INDEFINITE = words("several two three many most");
const INDEFINITE = new Map<string, Gender | undefined>([
  ...gendered("a an one some another", undefined),
  ...[...PLURAL_INDEFINITE].map((w) => [w, undefined] as const),
]);

/**
 * A player's place in a team (see teamPlaces), each a person's noun too: the sports pages call a player
 * by it ("the winger said") and write it before the name as an occupation ("Hooker Jarrod Wills").
 */
const TEAM_PLACES = `
  skipper flanker striker winger midfielder defender goalkeeper full-back centre-back scrum-half fly-half
  quarterback linebacker goaltender goalie netminder pitcher catcher shortstop wicketkeeper hooker lock
  prop loosehead tighthead number-eight second-rower five-eighth fullback halfback keeper batsman bowler
`;

/**
 * How a law, report or ruling gives its words (`the law provides that…`, `the report finds`, `the
 * study shows that “…”`): these verbs are speech only with a document subject.
 */
const DOCUMENT_SPEECH = {
  // A court or a judge "holds" what it rules: `Justice X held that the report was “not sufficient”`.
  verbs: words(`
    provides provided stipulates stipulated mandates mandated finds found concludes concluded reads
    shows showed holds held notes noted attributes attributed blames blamed cites cited
  `),
  documents: words(`
    report reports law laws constitution act bill decree ruling judgment document study statement
    resolution regulation article agreement treaty text paper ordinance bylaw notice notices
    guideline guidelines letter letters email bulletin
  `),
  releases: words("statement release"),
  courts: words("court courts judge judges justice magistrate tribunal coroner"),
};

export const english: LanguageRules = {
  code: "en",
  stopWords: list("the and of to is that with for was said this are have by it not from they would which"),
  asWords: words("as"),
  speechNouns: words(
    "remarks words message reply response answer verdict praise warning comment comments request demand plea",
  ),
  complementOf: words("of"),
  complementArticles: new Map(),
  senderPrepositions: words("from"),
  capacityWords: new Set(),
  notQuoteWords: {
    naming:
      // A term being defined is mentioned: `the definition of “substantially all”`.
      "so-called|so called|self-styled|self-proclaimed|" +
      "(?:the|a|this|that) (?:word|words|term|phrase|expression|" +
      "slogan|hashtag|label|motto|name|title|acronym|nickname|tag|theme|definition of)|" +
      // What something is classed as is its class, as on a scale of urgency: `classed as "category 3"`.
      // An operation or a witness goes by a code name: `the inquiry, codenamed “Operation Lantern”`.
      "(?:titled|entitled|named|code-?named|nicknamed|dubbed|alias|called|calls?|known as|branded|" +
      "branding|labell?ed|labell?ing|billed as|marketed as|classed as|classified as)(?: (?:a|an|the))?|" +
      // A naming participle keeps its `as` across a short adverbial or agent between them, an adverb
      // perhaps after it: `known in the dressing room as “the Tank”`, `nicknamed by the crew as “Whale”`,
      // `known to generations of festival-goers simply as ‘the hut’`.
      "(?:known|nicknamed)(?: [^\\s,;:]+){1,6} as(?: (?:a|an|the))?|" +
      // A campaign runs under its message or banner, which names it: `adverts under the message “…”`.
      "under (?:the|a) (?:message|banner)",
    works:
      "book|novel|film|movie|song|album|single|show|series|programme|program|podcast|documentary|" +
      "play|musical|game|app|newspaper|paper|magazine|newsletter|column|blog|website|site|operation|" +
      "campaign|plan|project|party|exhibition|festival|brand|product line|model range|hashtag|prize|award|" +
      "association|movement|painting|portrait|sculpture|helicopter|ship|vessel|yacht|aircraft|spacecraft|" +
      "rocket|satellite|telescope|spectrograph|detector|token|cryptocurrency",
    documents:
      "report|statement|study|survey|review|white paper|bill|act|law|treaty|strategy|charter|manifesto",
    namedBodies: "committee|scheme",
    namingParticiples: "called|dubbed|branded|labell?ed|termed",
    namingFinite: "calls?|dubs|brands|labels|terms",
    namingFinitePlural: "call",
    namingAnyForm:
      "call|calls|called|calling|dub|dubs|dubbed|dubbing|nickname|nicknames|nicknamed|nicknaming",
    namingParticiplesAfter: "",
    passiveAuxiliaries: "is|are|was|were|be|been|being",
    titleSmallWords: "a|an|the|of|in|on|at|to|for|and|or|but|by|with|from|vs|that",
    declaresItself:
      "(?:sees|saw|considers|considered)\\s+(?:himself|herself|themselves|itself)\\s+as(?:\\s+an?)?",
    articles: "the",
    elidedArticles: "",
    authorPrepositions: "by",
    publishingVerbs: "published|publishes|released|releases|premiered|premieres|premiere of|première of",
    signs:
      "banners?|flags?|signs?|placards?|posters?|stickers?|badges?|t-shirts?|tee-shirts?|shirts?|tifos?|" +
      "graffiti",
    inscribingVerbs: "spray-painted|spraypainted|scrawled|daubed",
    // A sign warns as it reads: `a sign on the gate warns of “…”`.
    signVerbs:
      "read|reads|reading|said|saying|says|proclaims|proclaimed|proclaiming|declares|declared|declaring|" +
      "warns|warned|warning|warns of|warned of|warning of",
    signSurfaceAdverbs: "",
    signSlogans: "messages?|slogans?",
    namingNouns: "nicknames?|monikers?",
    adjectiveEndings: "al|ic|ary|ous|able|ible|ive|ful",
    listConjunctions: "and|or",
    namingAfterThing: "",
    levels: "level|category|grade|tier|stage|phase|alert|warning",
    levelGrades: "red|amber|orange|yellow|green|purple",
    measures:
      "plans?|acts?|bills?|programs?|programmes?|schemes?|" +
      "initiatives?|pacts?|deals?|tax|taxes|credits?|reforms?|policy|policies|models?",
    articlePrepositions: "",
    mediumPrepositions: "on",
    addresseePrepositions: "to",
    addresseeArticles: "",
    ratings:
      "(?:strong )?buy|(?:strong )?sell|hold|outperform|underperform|" +
      "overweight|underweight|equal-weight|market perform|sector perform",
  },
  speechVerbs: new Set(verbForms),
  speechIdioms: IDIOMS,
  documentSpeech: DOCUMENT_SPEECH,
  topicNouns: words("case"),
  speechGerunds: new Set(verbForms.filter((f) => f.endsWith("ing"))),
  perfectAuxiliaries: words("has have had"),
  auxiliaries: words("has have had will would is was were are be been did does do also"),
  sourcePhrases: ["according to", "as reported by", "in the words of"],
  interviewPhrases: [
    "a conversation with",
    "an interview with",
    "in conversation with",
    "conversation with",
    "interview with",
  ],
  quoteBackReferences: words("that this so"),
  viewpointPrepositions: words("for"),
  possessiveSources: new Map([
    ["in his view", "he"],
    ["in her view", "she"],
    ["in his words", "he"],
    ["in her words", "she"],
    ["in his opinion", "he"],
    ["in her opinion", "she"],
  ]),
  objectPronouns: new Map([
    ["him", "he"],
    ["her", "she"],
    ["them", "they"],
  ]),
  pronouns: new Map(PRONOUNS),
  speakerlessPronouns: words("i we you me us our my"),
  impersonalVerbs: new Set(),
  clitics: new Set(),
  reflexiveClitics: new Set(),
  adverbEnding: "ly",
  passiveAgents: words("by"),
  passiveMarkers: words("is was were are be been being"),
  complementisers: words("that"),
  relativePronouns: words("who which that"),
  thingRelativePronouns: words("which"),
  relativeAdverbs: words("where"),
  inChargePhrases: ["represented by"],
  nameNouns: words("name names"),
  relativePossessives: words("whose"),
  officeVerbs: words(
    "heads headed leads led runs ran directs directed chairs chaired manages managed founded " +
      "co-founded owns owned teaches taught represents represented oversees oversaw coordinates " +
      "coordinated serves served advises advised studies studied researches works worked elected " +
      "appointed",
  ),
  affiliationPrepositions: words("of from at"),
  whereaboutsPrepositions: new Set(),
  copulas: words("is was"),
  honorifics: new Map<string, Gender | undefined>([
    ...gendered("mr mr. sir lord", "m"),
    ...gendered("mrs mrs. ms ms. miss dame lady madam madame", "f"),
    ...gendered("dr dr. prof prof. mx mx.", undefined),
    // Malaysia's honorifics, as its English-language papers write them before a name ("Datuk Lim Chee
    // Keong", "Tan Sri Ong Beng Huat"). Those of two words are read together: "Tan" is a surname too.
    ...gendered("datuk dato tun", undefined),
    ...gendered("datin", "f"),
    ["tan sri", "m"],
    ["puan sri", "f"],
    ["toh puan", "f"],
    ["datuk seri", undefined],
    ["dato sri", undefined],
    ["datin seri", "f"],
    // Northern Nigeria's honorifics for one who made the pilgrimage, and a teacher's, as its papers
    // write them before a name (`Hajiya Hauwa Abubakar`, `Alhaji Musa Bello`, `Mallam Sani Ali`).
    ...gendered("alhaji mallam malam", "m"),
    ...gendered("hajiya hajia alhaja", "f"),
    // Bhutan's, as Kuensel writes them before a name (`Dasho Tshering Wangdi`, `Lopen Ugyen Dorji`,
    // `Aum Sonam Choden`).
    ...gendered("dasho lopen", undefined),
    ...gendered("aum", "f"),
  ]),
  // Offices of churches and colleges (`the Provost of Oriel`, `the Abbot of Ampleforth`; not `dean`, a
  // given name too) and Bhutan's district offices (`Haa Dzongdag Tshering Yangzom`) head a name as others do.
  titles: words(`
    president vice-president prime minister secretary chancellor governor gov. gov mayor senator sen. sen
    representative rep. rep congressman congresswoman judge justice general gen. lt. col. sgt. capt.
    captain officer chief commissioner ambassador ceo chair chairman chairwoman chairperson director
    coach pope king queen prince princess rev. reverend bishop father deputy speaker leader attorney
    sheriff detective sergeant superintendent premier ayatollah sheikh emir president-elect
    spokesman spokeswoman spokesperson professor inspector lieutenant colonel admiral
    councilman councilwoman councillor councilor trustee founder executive manager editor ranger
    prosecutor defender treasurer comptroller auditor coroner assessor clerk alderman alderwoman
    mp mla msp mep mpp td taoiseach tánaiste councilmember assemblymember assemblyman assemblywoman
    commodore brigadier corporal constable garda rabbi imam pastor cardinal archbishop cr cr. cllr cllr. coun.
    monsignor msgr msgr.
    recorder ald ald. det det. brig brig. adv adv. commander cmdr cmdr. delegate del. const. cst. cpl. insp.
    supt.
    provost rector vicar abbot abbess dzongdag thrompon drangpon
  `),
  everyoneNouns: words("man woman"),
  collectiveNouns: words("police staff personnel crew"),
  personNouns: new Map<string, Gender | undefined>([
    ...gendered(
      `
      official officials spokesman spokesperson spokesmen source sources aide aides adviser advisers
      advisor expert experts analyst analysts diplomat diplomats officer officers minister president
      leader lawmaker lawmakers senator executive executives director chairman member members resident
      residents witness witnesses investigator investigators prosecutor prosecutors attorney lawyer
      solicitor solicitors barrister barristers
      lawyers researcher researchers scientist scientists economist economists strategist doctor
      doctors professor teacher student students worker workers employee employees operative
      operatives representative chief commander general judge critic critics supporter supporters
      friend neighbour neighbor colleague person man people user tweeter creators creator authors
      author co-author co-authors coauthor chancellor governor mayor secretary counsel manager agent
      agents police mother father
      son brother husband toxicologist epidemiologist physician gp gps nurse nurses engineer engineers
      activist activists campaigner campaigners farmer farmers owner owners founder co-founder
      novelist writer actor artist player players boss fan fans parent academic academics sponsor sponsors
      ${TEAM_PLACES}
      parents pupil pupils victim victims plaintiff plaintiffs defendant suspect competitor rival
      entrepreneur journalist reporter historian sociologist consultant specialist veteran survivor
      volunteer volunteers organiser organizer commuter commuters cyclist cyclists shopkeeper trader traders
      retailer
      landlord tenant tenants homeowner homeowners patient patients surgeon pharmacist juror
      protester protesters demonstrator demonstrators advocate candidate voter voters driver
      drivers pilot soldier soldiers magistrate republican republicans democrat democrats
      supervisor supervisors psychologist psychiatrist therapist policymaker policymakers
      administrator coordinator planner planners designer lecturer instructor curator coroner paramedic
      hydrologist geologist biologist ecologist climatologist seismologist virologist meteorologist
      forecaster forecasters staff personnel crew
      criminologist physicist chemist astronomer statistician technician envoy fellow fisherman fishermen
      elder elders realtor broker family relatives star co-star vet vets veterinarian veterinarians
      chef chefs baker builder builders midwife midwives carer carers caregiver caregivers firefighter
      firefighters plumber electrician musician musicians singer singers songwriter rapper guitarist
      bassist drummer pianist keyboardist vocalist violinist cellist composer conductor bandmate
      bandmates performer performers dancer dancers visitor visitors delegate delegates filmmaker
      filmmakers producer producers screenwriter screenwriters documentarian gardener gardeners cashier
      pensioner retiree principal headteacher headmaster headmistress partner
      carpenter carpenters joiner mechanic mechanics butcher welder welders roofer locksmith bricklayer
      bricklayers cobbler shoemaker decorator
      freshman freshmen sophomore sophomores junior juniors senior seniors rookie rookies goaltenders
      goalies midfielders pitchers forward forwards defenceman defencemen
      defenseman defensemen overager overagers native natives
    `,
      undefined,
    ),
    ...gendered(
      "spokeswoman woman chairwoman congresswoman mother daughter sister wife actress businesswoman " +
        "grandmother grandma widow",
      "f",
    ),
    ...gendered(
      "son brother husband father congressman businessman chairman spokesman grandfather grandpa widower",
      "m",
    ),
  ]),
  partisanNoun: /^\p{Ll}{4,}ists?$/u,
  // A trade's ending makes person nouns too: `Clockmaker Robyn Teague`, `the beekeeper`, `lawmakers`.
  specialistNoun: /^\p{Ll}{3,}(?:ographer|maker|keeper)s?$/u,
  // The age in digits or in words, as a sentence opens on it: `the 10-year-old`, `Ten-year-old Conor`,
  // `a twenty-five-year-old`.
  ageNoun: new RegExp(
    "^(?:\\p{N}+|(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-(?:one|two|three|four|five|six|seven|" +
      "eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" +
      "(?:thir|four|fif|six|seven|eigh|nine)teen)-year-old$",
    "u",
  ),
  ageNounDecades: new Map(),
  retireeNouns: words("retiree pensioner"),
  feminineByCase: noWord,
  organisationNouns: words(`
    department ministry agency council commission committee union party bank inc corp ltd group
    university administration management leadership government office court police army company firm
    startup association federation institute organisation organization foundation board service
    services authority
    team campaign magazine newspaper network report statement study survey letter document bill
    law tweet website release white house kremlin pentagon records documents data figures
    filings papers trust fund charity coalition alliance society club league chamber bureau
    news times post journal herald tribune gazette gazeta telegraph press radio television tv finance
    channel broadcaster motors airlines airways holdings industries center centre centers centres
    buses dairies breweries foods
    dynamics technologies observatory resources municipality faculty unit corporation district
    síochána consortium regulator watchdog utility lender automaker insurer retailer airline
  `),
  definiteDeterminers: DEFINITE,
  indefiniteDeterminers: INDEFINITE,
  pluralIndefinites: PLURAL_INDEFINITE,
  pluralDeterminers: new Set(),
  obliqueIndefinites: new Set(),
  determiners: new Set([...DEFINITE.keys(), ...INDEFINITE.keys()]),
  prepositions: words(
    "of for at in on to from with by about under over into near after before during against among " +
      "between within across per via than",
  ),
  nameParticles: words("de da di del della van von der den ter bin ibn al el le la du des dos das st. y o"),
  bodyNamePrepositions: words("of for"),
  bodyFieldPrepositions: new Set(),
  bodyNameGoverningNouns: new Map(),
  affiliationParticles: new Set(),
  placeNameArticles: new Set(),
  adverbs: words(`
    also then later again further once now today yesterday tonight monday tuesday wednesday thursday
    friday saturday sunday morning afternoon evening night recently previously earlier simply only
    quickly firmly flatly bluntly angrily calmly quietly softly publicly privately repeatedly finally
    separately allegedly reportedly apparently not never no longer more still just even
    last week month year
    january february march april june july august september october november december
  `),
  phraseStops: words(
    "who whose whom which that when while as after before during because although though since " +
      "until where what but and or than",
  ),
  clauseJoins: words("and but or so yet because while although though whereas that if when"),
  elisions: new Set(),
  capitalNotElided: new Set(),
  elisionsBeforeVerbs: new Set(),
  nameSuffixes: words("jr jr. sr sr. ii iii iv"),
  companyForms: words("llc plc bhd berhad afc fc"),
  firmNameWords: words(`
    energy logistics pharmaceuticals pharma systems solutions labs laboratories ventures enterprises
    mining minerals shipping telecom insurance petroleum textiles plastics chemicals
  `),
  numberedBodyUnits: words("local district precinct chapter lodge ward"),
  letterLabelledNouns: words(
    "group pool plan category class grade division zone block annex appendix option phase vitamin",
  ),
  possessiveSuffix: "'s",
  invertedPronouns: new Set(),
  abbreviations: words(
    "jr. sr. st. gen. gov. rep. sen. col. lt. sgt. capt. dr. prof. mr. mrs. ms. no. vol. inc. corp. ltd. " +
      "coun. adv. const. cst. cpl. insp. supt. msgr.",
  ),
  titleAbbreviations: new Map([
    ["gov.", "governor"],
    ["sen.", "senator"],
    ["rep.", "representative"],
    ["gen.", "general"],
    ["col.", "colonel"],
    ["lt.", "lieutenant"],
    ["sgt.", "sergeant"],
    ["capt.", "captain"],
    ["prof.", "professor"],
    // A councillor, as New Zealand and Australian papers (Cr) and British ones (Cllr) write it.
    ["cr", "councillor"],
    ["cr.", "councillor"],
    ["cllr", "councillor"],
    ["cllr.", "councillor"],
    // A city councillor, as Canadian papers write it before the name (`Somerset Coun. Ann Lee`).
    ["coun.", "councillor"],
    // An advocate, as Indian and South African papers write a lawyer's title (`counsel Adv Ann Lee`).
    ["adv", "advocate"],
    ["adv.", "advocate"],
    // Ranks as papers abbreviate them before a name, with or without the point: a Milwaukee alderman
    // (`Ald. Ann Lee`), a detective (`Det Ann Lee`), a South African police brigadier.
    ["ald", "alderman"],
    ["ald.", "alderman"],
    ["det", "detective"],
    ["det.", "detective"],
    ["brig", "brigadier"],
    ["brig.", "brigadier"],
    // A police or naval commander (`Cleveland police Cmdr. Ann Lee`, `Lt. Cmdr. Ann Lee`).
    ["cmdr", "commander"],
    ["cmdr.", "commander"],
    // A member of a state House of Delegates, as US papers abbreviate it before the name (`Del. Ann Lee,
    // D-Arlington`); only with its point, as `Del` alone opens names (`Del Monte`).
    ["del.", "delegate"],
    // British police ranks that follow another (`Det Con Mark Sayer`, `Det Ch Insp Ann Lee`, `Det Supt`):
    // not titles alone, as `Con` and `Ch` open names too (`Con Edison`), only after a title.
    ["con", "constable"],
    ["ch", "chief"],
    ["insp", "inspector"],
    ["supt", "superintendent"],
    // Canadian police ranks with their point (`Const. Ann Lee`, the RCMP's `Cst. Ann Lee`, `Insp.`):
    // the point ends no sentence before the name.
    ["const.", "constable"],
    ["cst.", "constable"],
    // British detective ranks by their initials (`DI Hannah Loveday`, then `DI Loveday`), in capitals
    // only (see splitTitle). Not `DS` or `DC`, which open a company's and a team's names (`DS Smith`, `DC
    // United`).
    ["di", "detective inspector"],
    ["dci", "detective chief inspector"],
    ["dsi", "detective superintendent"],
    ["dcs", "detective chief superintendent"],
    // Offices headlines write as their initials (`CEO says deal …`, `…, says MD`): the chief executive or
    // managing director the body names in full.
    ["ceo", "chief executive"],
    ["md", "managing director"],
    ["cpl.", "corporal"],
    ["insp.", "inspector"],
    ["supt.", "superintendent"],
  ]),
  nullSubject: false,
  // English writes `”, she said` as often as `”, said Ann Lee`: the place marks no verb.
  inciseInversion: false,
  capitalisesNouns: false,
  placeAdjective: noWord,
  // A participle in -ed, or one of the few that end otherwise; a lower-case syllable after a hyphen that
  // ends in neither is a given name's (`Lam Wai-ying`, `Park Seo-yeon`).
  hyphenedNameAdjective: /^\p{Lu}[\p{L}.]*-(?:\p{Ll}+ed|born|bred|run|made|built|bound|grown)$/u,
  inhabitantNoun: noWord,
  countingWords: new Set(),
  capitalisesTimeWords: true,
  dialogueDashes: false,
  capitalisedParticles: false,
  verbSecond: false,
  dropsComplementiser: true,
  objectDeterminers: new Set(),
  subjectPronouns: new Set(),
  firstOfTwoSurnames: false,
  commonNoun: noWord,
  feminineNoun: noWord,
  finiteVerbEnding: noWord,
  ordinalNumeral: /^\p{N}+(?:st|nd|rd|th)$/u,
  pastParticipleEnding: /\p{L}{2}ed$/u,
  presentParticipleEnding: /\p{L}{3}ing$/u,
  possessiveDeterminers: new Map(),
  // Not "us": written in capitals it names the United States.
  firstPersonWords: words("i me my we our"),
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
  citingWords: new Set(),
  // English participles share their form with the past tense ("said").
  participles: new Set(),
  quotingVerbs: new Set(),
  addressingVerbs: words("tell tells told telling inform informs informed informing remind reminds reminded"),
  subjectlessVerbs: new Set(),
  detachedVerbParticles: new Map(),
  otherVerbParticles: new Set(),
  reportedSpeechMarkers: new Set(),
  reportedSpeechForm: null,
  intentVerbs: new Set(),
  negations: words("not never"),
  refusalVerbs: words(
    "refuse refuses refused refusing decline declines declined declining avoid avoids avoided",
  ),
  neuterArticles: new Set(),
  teamPlaces: words(`captain ${TEAM_PLACES}`),
  // A high court's justice sits as its judge: "the judge ruled" after "Justice Ada Obi".
  officeEpithets: new Map([["judge", "justice"]]),
  anyOfficeNouns: words("lawmaker legislator"),
  kinshipNouns: kinship(`
    father dad | mother mum mom | son | daughter | brother | sister | husband | wife | grandfather
    grandpa | grandmother grandma | grandson | granddaughter | uncle | aunt | nephew | niece |
    cousin | son-in-law | daughter-in-law | father-in-law | mother-in-law | widow | widower
  `),
  possessiveKinNouns: new Map(),
  birthOrderWords: kinship("elder eldest older oldest | younger youngest"),
  circumstanceNouns: words(
    "victim defendant accused suspect witness survivor widow widower plaintiff complainant",
  ),
  // An officer, whatever the rank: "the officer" after "Colonel X"; a magistrate of the bench.
  officeKinds: new Map([
    // A police officer too, whatever the rank: "the officer" after "Detective Inspector Jane Roe".
    ["officer", words("colonel lieutenant captain commander sergeant inspector superintendent constable")],
    ["magistrate", words("judge")],
    // A spokesperson by the word of either sex or none: "the spokesperson" after "spokesman X".
    ["spokesperson", words("spokesman spokeswoman")],
    ["spokesman", words("spokesperson")],
    ["spokeswoman", words("spokesperson")],
    // A football club's `manager` is its coach, as the sports pages write (`Coach Mark Bell`, then `the
    // manager said`).
    ["manager", words("coach")],
  ]),
  possessiveWords: words("my your his her its our their"),
  documentEpithets: words("document"),
  // `the force said` after `Devon and Cornwall Police said`: British papers' word for a police force;
  // `the agency`, `the regulator`, `the watchdog`, `the utility` for a public body or a supplier named
  // before (`The Fair Trading Commission confirmed … The regulator said`). Not `the company` or `the
  // club`, which papers also write for one the article never names, or for a rival.
  bodyEpithets: words("force agency regulator watchdog utility"),
  intentLinks: new Set(),
  intentAdverbs: new Set(),
  infinitiveMarkers: words("to"),
  euphonicLetters: new Set(),
  speechInfinitives: new Set(),
  bodyNamesCapitaliseFirstWord: false,
  crownTitles: new Set(),
  adjectivesFollowNouns: false,
  placeBodyNouns: new Set(),
  adverbialNouns: new Set(),
  demonyms: new Map(),
  originNouns: words("native natives resident residents"),
  jurisdictionAdjectives: new Set(),
  eventNouns: words(
    "championships championship games olympics cup festival marathon tournament cyclone hurricane typhoon",
  ),
  placeNouns: words("street avenue suburb neighbourhood neighborhood"),
  placePrepositions: new Set(),
  saintWords: words("saint st st."),
  partyMemberNouns: new Set(),
  // Kinds of voice (src/engine/voiceKinds.ts): a role word begins with an entry; "=" the word
  // only, "~" a title that decides only when nothing else in the role does.
  voiceKinds: {
    official: list(`
      official =office minist govern senat =sen =rep congress parliament =mp =mps lawmaker legislat politician
      mayor council municipal police sheriff prosecut =judge =judges justice court diplomat ambassador embass
      consul department ministry ~agency administration authorit cabinet kremlin pentagon =fed federal
      party republican democrat =gop opposition candidate military army navy =soldier =soldiers =central
      commander =general colonel =col inspector commission chancellor premier trooper =state envoy ranger
      detective sergeant lieutenant coroner regulator watchdog assembly =gov firefight =marine =marines
      =bureau
      =un =nations =imf =nato =oecd =wto =who =unicef =unesco =unhcr =eu =ecb =opec interpol
      ~president ~chairman ~chairwoman ~chair ~leader ~secretary ~adviser ~advisor ~speaker ~officer
      ~officers ~aide ~aides ~staffer ~=head ~=heads
    `),
    institution: list(`
      compan firm corporat =inc =corp =ltd group business bank union association federation foundation
      charity =ngo =ngos organi hospital school club team church trust society industr chamber
      lobby =ceo ~executive founder manager entrepreneur businessman businesswoman employer insurer
      retailer airline manufacturer maker giant startup =motors brand realtor broker pastor priest
      rabbi imam =dynamics =technologies =resources =holdings consortium =fc =afc =buses =dairies
      =breweries =foods
      bishop clergy =engineering =marketing =sales ~director utilit lender automaker
    `),
    expert: list(`
      expert analyst economist research scientist scholar professor =prof academic lecturer
      historian *ologist psycholog psychiatr doctor physician surgeon strategist lawyer consultant
      specialist fellow institute universit pediatric paediatric pollster =engineer =engineers dentist
      pharmacist =dr ~attorney =institution =think =studies
    `),
    affected: list(`
      resident witness victim survivor =father =mother =son =sons daughter wife husband brother
      sister relative famil parent neighbo patient student pupil worker employee passenger commuter
      customer shopper voter =fan =fans villager farmer refugee migrant protester demonstrator
      teacher veteran tenant homeowner fisherm skipper nurse activist campaigner eyewitness bystander
      onlooker renter retiree pensioner widow grandmother grandfather grandparent defendant plaintiff
      volunteer =driver =drivers =miner =miners rancher elder
    `),
    media: list(`
      journalist reporter correspondent editor columnist writer newspaper magazine =journal
      broadcaster =news television =tv radio anchor commentator blogger =media outlet presenter
      podcast photograph =host =times =nyt =network =networks =station =channel
    `),
    document: list(`
      report statement communiqu study survey letter document record filing tweet =bill =law
      =text memo release complaint indictment =ruling transcript email message =poll website =data
      figures
    `),
  },
};
