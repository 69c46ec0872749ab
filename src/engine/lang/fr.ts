// French lexicon. Speech verbs are conjugated from lemmas (first and second groups by rule,
// the rest from a table) in the tenses of reported speech: présent, imparfait, passé simple,
// futur, conditionnel, participles. Compound tenses are auxiliary + participle; inverted forms
// ("estime-t-il", "a-t-elle déclaré") are split into verb + pronoun by the tokenizer.
import type { Gender, LanguageRules, PronounInfo } from "./types.ts";
import { gendered, kinship, list, noWord, words } from "./lexicon.ts";

/** First-group verbs (-er). */
const FIRST_GROUP = `
  déclarer affirmer ajouter expliquer estimer souligner préciser indiquer assurer annoncer confier
  glisser soupirer rappeler détailler développer mentionner raconter insister juger considérer
  penser regretter dénoncer déplorer noter observer relever commenter confirmer nier accuser
  appeler exhorter demander réclamer exiger ordonner proclamer clamer exclamer crier murmurer
  souffler lâcher tonner fustiger critiquer ironiser plaisanter résumer témoigner relater
  rapporter signaler alerter avancer argumenter plaider marteler lancer répliquer rétorquer
  avouer tweeter publier révéler dévoiler concéder certifier jurer anticiper énoncer stipuler
  qualifier classer évoquer citer saluer condamner exprimer inquiéter féliciter interroger questionner
  enchaîner continuer confesser constater objecter protester emporter indigner alarmer pointer
  analyser trancher tempérer nuancer relativiser minimiser répéter réitérer justifier prôner recommander
  conseiller suggérer proposer espérer souhaiter exposer informer notifier communiquer
  lister chuchoter hurler railler tancer brocarder marmonner grommeler
  invoquer implorer supplier presser remarquer contester réfuter riposter énumérer décrypter
  pronostiquer agacer étonner écrier esclaffer tacler asséner poster évaluer reprocher revendiquer
  calculer chiffrer redouter pester
`;

/** Second-group verbs (-ir, -issons). */
const SECOND_GROUP = "avertir réagir renchérir garantir réjouir applaudir rugir";

/** Irregular verbs: every form used in reported speech, third person. */
const IRREGULAR = `
  dit disent disait disaient dira diront dirait diraient dirent disant dite dites dits
  écrit écrivent écrivait écrivaient écrivit écrira écrirait écrite écrits écrivant
  décrit décrivent décrivait décrivit décrira décrirait décrivant
  prévient préviennent prévenait prévenaient prévint préviendra préviendrait prévenu prévenue prévenant
  prévoit prévoient prévoyait prévoyaient prévoira prévoirait prévu prévue prévoyant
  reconnaît reconnait reconnaissent reconnaissait reconnut reconnaîtra reconnaîtrait reconnu reconnue
  reconnaissant
  admet admettent admettait admit admettra admettrait admis admise admettant
  promet promettent promettait promit promettra promettrait promis promise promettant
  soutient soutiennent soutenait soutint soutiendra soutiendrait soutenu soutenue soutenant
  maintient maintiennent maintenait maintint maintiendra maintiendrait maintenu maintenue
  répond répondent répondait répondit répondra répondrait répondu répondue répondant
  conclut concluent concluait conclura conclurait conclu conclue concluant
  poursuit poursuivent poursuivait poursuivit poursuivra poursuivrait poursuivi poursuivant
  reprend reprennent reprenait reprit reprendra reprendrait repris reprenant
  convient conviennent convenait convint conviendra conviendrait convenu
  croit croient croyait crut croira croirait cru
  dément démentent démentait démentit démentira démentirait démenti démentant
  redit redisent redisait redira redirait
  prédit prédisent prédisait prédira prédirait
  contredit contredisent contredisait
  lit lisent lisait lut lira lirait lu
  défend défendent défendait défendit défendra défendrait défendu défendant
  souvient souviennent souvenait souvint souviendra souviendrait souvenu
  rit rient riait rira rirait ri riant
  sourit souriait sourirent souri
  craint craignent craignait craignaient craignit craindra craindrait craignant
`;

/** Speech verbs of several words. */
const IDIOMS = [
  "fait valoir",
  "fait savoir",
  "fait remarquer",
  "fait observer",
  "fait part",
  "mis en garde",
  "met en garde",
  "mettent en garde",
  "faisait valoir",
  "fait état",
  "font valoir",
  "font savoir",
  "tient à préciser",
  // `», lui a fait écho le syndicat`: one speaker answering another in kind.
  "fait écho",
  "font écho",
  "faisait écho",
  // How a speaker presents itself or reads an event, in its own words: `la mairie se veut
  // « rassurante »`, `il se montre « optimiste »`, `elle voit dans ce vote « une victoire »`.
  "se veut",
  "se veulent",
  "se voulait",
  "se montre",
  "se montrent",
  "s est montré",
  "s est montrée",
  // `parle d’une « erreur »`; not `parle avec`, a conversation, not words quoted.
  "parle de",
  "parle d",
  "parlent de",
  "parlent d",
  "parlé de",
  "parlé d",
  "parlait de",
  "parlait d",
  "parlaient de",
  "parlaient d",
  // …and after a verb it depends on: `veut parler de « … »`, `refuse de parler de « crise »`.
  "parler de",
  "parler d",
  "voit dans",
  "voient dans",
  "vu dans",
  // `elle y voit « une victoire »`: the same reading, of something named before.
  "y voit",
  "y voient",
  "y voyait",
  "y voyaient",
  // `« Rien n’est perdu », veut croire le maire`: a hope voiced, in the incise's verb place.
  "veut croire",
  "veulent croire",
  "voulait croire",
  "veut y croire",
  "veulent y croire",
];

/** The document verbs' forms that are only participles, after an auxiliary: `l’étude avait établi que`. */
const DOCUMENT_PARTICIPLES = "montré établi";

/** Irregular forms that are only participles ("dit" and "écrit" are présent too). */
const IRREGULAR_PARTICIPLES = `
  dite dites dits écrite prévenu prévenue reconnu reconnue admis admise promis promise soutenu soutenue
  maintenu
  maintenue répondu conclu conclue poursuivi repris convenu cru démenti lu défendu souvenu
`;

const participlesOf = (lemma: string): string[] => {
  const stem = lemma.slice(0, -2);
  return lemma.endsWith("er")
    ? [`${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`]
    : [`${stem}i`, `${stem}ie`, `${stem}ies`];
};

function firstGroupForms(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  // Before a and o, c becomes ç and g becomes ge (lança, interrogeait).
  const soft = stem.endsWith("c") ? `${stem.slice(0, -1)}ç` : stem.endsWith("g") ? `${stem}e` : stem;
  // Before a mute e: rappeler → rappelle, répéter → répète, marteler → martèle, célébrer → célèbre;
  // not before a double consonant or a cluster (regretter → regrette, alerter → alerte).
  const mute = /(app|renouv)el$/.test(stem) ? `${stem}l` : stem.replace(/[eé]([^aeiouyéè][rl]?)$/, "è$1");
  return [
    `${mute}e`,
    `${mute}ent`,
    `${soft}ait`,
    `${soft}aient`,
    `${soft}a`,
    `${stem}èrent`,
    `${mute}era`,
    `${mute}eront`,
    `${mute}erait`,
    `${mute}eraient`,
    `${stem}é`,
    `${stem}ée`,
    `${stem}és`,
    `${stem}ées`,
    `${soft}ant`,
  ];
}

function secondGroupForms(lemma: string): string[] {
  const stem = lemma.slice(0, -2);
  return [
    `${stem}it`,
    `${stem}issent`,
    `${stem}issait`,
    `${stem}issaient`,
    `${stem}irent`,
    `${lemma}a`,
    `${lemma}ont`,
    `${lemma}ait`,
    `${lemma}aient`,
    `${stem}i`,
    `${stem}ie`,
    `${stem}is`,
    `${stem}issant`,
  ];
}

const firstGroup = list(FIRST_GROUP).filter((l) => l.endsWith("er"));
const secondGroup = list(SECOND_GROUP);

const verbForms = [
  ...firstGroup.flatMap(firstGroupForms),
  ...secondGroup.flatMap(secondGroupForms),
  ...list(IRREGULAR),
];
const participles = new Set([
  ...firstGroup.flatMap(participlesOf),
  ...secondGroup.flatMap(participlesOf),
  ...list(IRREGULAR_PARTICIPLES),
  ...list(DOCUMENT_PARTICIPLES),
]);

/** The stems of the nouns of age (« la sexagénaire »), each with the first year of the decade it names. */
const AGE_NOUN_DECADES = new Map([
  ["trenten", 30],
  ["quadragén", 40],
  ["quinquagén", 50],
  ["sexagén", 60],
  ["septuagén", 70],
  ["octogén", 80],
  ["nonagén", 90],
  ["centen", 100],
]);

const PRONOUNS: [string, PronounInfo][] = [
  ["il", { gender: "m", plural: false }],
  ["elle", { gender: "f", plural: false }],
  ["ils", { gender: "m", plural: true }],
  ["elles", { gender: "f", plural: true }],
  ["lui", { gender: "m", plural: false, contrastive: true }],
  ["eux", { gender: "m", plural: true, contrastive: true }],
  ["ce dernier", { gender: "m", plural: false, order: "last" }],
  ["cette dernière", { gender: "f", plural: false, order: "last" }],
  ["le premier", { gender: "m", plural: false, order: "first" }],
  ["la première", { gender: "f", plural: false, order: "first" }],
  ["le second", { gender: "m", plural: false, order: "second" }],
  ["la seconde", { gender: "f", plural: false, order: "second" }],
  ["le deuxième", { gender: "m", plural: false, order: "second" }],
  ["la deuxième", { gender: "f", plural: false, order: "second" }],
];

const DEFINITE = new Map<string, Gender | undefined>([
  ...gendered("le ce cet son", "m"),
  ...gendered("la cette sa", "f"),
  ...gendered("les l ces ses leur leurs", undefined),
  // An interviewee's own people speak too (`Mon éditeur m’avait prévenue : « … »`); `mon` also
  // comes before a feminine noun opening on a vowel (`mon amie`). Not `notre`, `nos`: in the
  // reporter's words they are the paper's own (`selon nos informations`), no one speaking.
  ...gendered("ma", "f"),
  ...gendered("mon mes", undefined),
]);
/** The indefinite determiners of several (see pluralIndefinites). */
const PLURAL_INDEFINITE = words("des plusieurs certains certaines deux trois quelques");
const INDEFINITE = new Map<string, Gender | undefined>([
  ...gendered("un", "m"),
  ...gendered("une", "f"),
  ...[...PLURAL_INDEFINITE].map((w) => [w, undefined] as const),
]);

/**
 * How a law, report or ruling gives its words (`la loi prévoit que…`, `le texte dispose`), or the
 * duties it sets in them (`le traité oblige les États à … « sans délai »`), or what a study finds
 * (`l’étude montre que « … »`): these verbs are speech only with a document subject.
 */
const DOCUMENT_SPEECH = {
  verbs: words(`
    prévoit prévoient prévoyait prévoyaient dispose disposent disposait énonce énoncent
    oblige obligent obligeait impose imposent imposait
    montre montrent montrait montraient établit établissent établissait établissaient
    ${DOCUMENT_PARTICIPLES}
  `),
  documents: words(`
    rapport loi constitution décret arrêt jugement document étude communiqué résolution règlement
    article accord traité texte lettre décision ordonnance arrêté cahier note bulletin circulaire
    délibération directive convention motion protocole amendement
  `),
  releases: words("communiqué texte"),
  courts: words("tribunal cour juge juges magistrat magistrate"),
};

export const french: LanguageRules = {
  code: "fr",
  stopWords: list("le les des est et une du dans qui pour pas sur au avec ce il elle sont aux mais"),
  asWords: words("comme"),
  speechNouns: words(
    "phrase propos mots message réponse réplique verdict éloge avertissement commentaire témoignage " +
      "aveu appel plaidoyer confidence confidences récit version constat credo leitmotiv promesse " +
      "diagnostic crainte souhait regret communiqué déclaration explication explications argument " +
      "arguments justification justifications",
  ),
  complementOf: words("de d du"),
  complementArticles: new Map([
    ["du", "le "],
    ["au", "le "],
    ["aux", "les "],
  ]),
  senderPrepositions: new Set(),
  capacityWords: new Set(),
  notQuoteWords: {
    naming:
      // `reste considérée comme le « … »`: a passive with no one to say it only labels.
      "(?:est|sont|était|étaient|été|reste|restent|demeure|demeurent) " +
      "considérée?s? comme(?: (?:le|la|les|l’|l'|un|une))?|" +
      // `la bande dite des « … »`: the participle keeps the complement's preposition the name takes.
      "soi-disant|prétendue?s?|autoproclamée?s?|(?:dite|dites|dits)(?: (?:de|des|du|de la))?|" +
      // A label's noun keeps the `de` its label takes: `sous l’étiquette de « littérature régionale »`.
      "(?:le|du|au|les|des|ce) (?:mot|terme|vocable|" +
      "slogan|hashtag|label|sobriquet|surnom|titre|nom|thème)s?|(?:l’|l')(?:expression|appellation|" +
      "étiquette|acronyme|intitulé)(?: de| d’| d')?|(?:la|une|cette) (?:formule|mention|devise|expression|" +
      "appellation)|(?:intitulée?s?|baptisée?s?|surnommée?s?|nommée?s?|appelée?s?|dénommée?s?|" +
      "qualifiée?s? de|classée?s?|alias|appellent|appelle|surnomment|surnomme|baptisent|baptise)(?: " +
      "(?:de|d’|d'|du|des|la|le|les|l’|l'|un|une))?|" +
      // An operation or a witness goes by a code name: `l’enquête, nom de code « Coquelicot »`.
      "noms? de code|" +
      // A naming participle keeps its `comme` across a short adverbial or agent between them: `connu dans
      // le vestiaire comme « le Tank »`, `baptisée par l’équipe sous le nom de « Baleine »`.
      "(?:connue?s?|surnommée?s?|baptisée?s?|appelée?s?)(?: [^\\s,;:]+){1,4} (?:comme|sous le nom de)|" +
      // A programme or paper a guest speaks on is named: `invitée de « C à vous »`, `sur le plateau
      // de « Quotidien »`, `dans les colonnes du « Parisien »`.
      "(?:invitée?s? (?:sur le plateau |à l’antenne |à l'antenne )?|sur le plateau |à l’antenne |" +
      "à l'antenne |au micro |dans les colonnes )(?:de|du|d’|d')|" +
      // A principle or rule invoked or applied is named, not quoted: `a invoqué le « principe de
      // précaution »`, `réclament l’application du « … »`, `au nom de la « … »`. Invoked with an
      // indefinite article it is the speaker's own claim: `qui invoquait des « frais de représentation »`.
      "(?:invoqu(?:e|es|ent|ait|aient|é|ée|és|ées|ant|er) (?:du|de la|de l’|de l'|le|la|les|l’|l')|" +
      "(?:(?:l’|l')application|(?:le|au) respect|au nom) (?:du|des|de la|de l’|de l'|le|la|les|l’|l'))|" +
      // A campaign runs under its message or banner, which names it: `sous le message « … »`.
      "sous (?:le|un) message|sous (?:la|une) bannière",
    // A story is a kind of work: set after a title, it names it (`avec « La maison … », un récit …`); so
    // is a painting told by its size (`« Marée n°3 », un grand format de deux mètres`).
    works:
      "livre|roman|film|long-métrage|court-métrage|format|" +
      "chanson|titre|morceau|album|série|émission|programme|podcast|documentaire|pièce|" +
      "spectacle|jeu|application|journal|quotidien|hebdomadaire|magazine|newsletter|lettre|" +
      "chronique|rubrique|blog|site|page|onglet|compte|chaîne|opération|campagne|plan|projet|parti|" +
      "exposition|festival|" +
      "marque|gamme|mouvement|collectif|association|école|lycée|récit|prix|tableau|toile|portrait|" +
      "sculpture|" +
      "hélicoptère|navire|bateau|voilier|fusée|satellite|sonde|télescope|spectrographe|détecteur|tempête|" +
      "jeton|cryptomonnaie",
    documents:
      "rapport|communiqué|étude|enquête|livre blanc|loi|projet de loi|proposition de loi|décret|traité|" +
      "stratégie|charte|manifeste",
    // A day of action is named so too: `la journée « Ville propre »`.
    namedBodies: "comité|dispositif|journée",
    namingParticiples: "qualifiée?s?|classée?s?",
    namingFinite:
      "qualifie|qualifient|qualifiait|qualifiaient|appelle|appellent|surnomme|surnomment|baptise|" +
      "baptisent|classe|classent",
    namingFinitePlural: "appellent|surnomment|baptisent|qualifient",
    namingAnyForm:
      "appelle|appellent|appelaient|appelait|appeler|appelé|appelée|appelés|appelées|surnomme|" +
      "surnomment|surnommait|surnommaient|surnommer|surnommé|surnommée|surnommés|surnommées|" +
      "baptise|baptisent|baptisé|baptisée",
    namingParticiplesAfter: "",
    passiveAuxiliaries: "est|sont|était|étaient|été|être|sera|serait|fut",
    titleSmallWords: "de|du|des|la|le|les|et|en|au|aux|un|une|à|d’|l’",
    declaresItself:
      "(?:s[’'](?:est|était)\\s+|se\\s+(?:sont\\s+|étaient\\s+)?)(?:dite?s?|disent|disait|disaient)|" +
      "se\\s+(?:voit|voyait|définit|définissait|considère|considérait)\\s+comme(?:\\s+une?)?",
    articles: "le|la|les",
    elidedArticles: "l",
    authorPrepositions: "de|d’|d'",
    publishingVerbs: "publie|publié|présente|présenté|première de|avant-première de",
    signs:
      "banderoles?|pancartes?|affiches?|affichettes?|autocollants?|panneaux|panneau|écriteaux?|calicots?|" +
      "bâches?|tifos?|graffitis?|tags?",
    inscribingVerbs:
      "tagué|taguée|tagués|taguées|bombé|bombée|bombés|bombées|griffonné|griffonnée|griffonnés",
    // Reading gives a sign's words as well as saying does: `une banderole sur laquelle on pouvait lire
    // « … »`.
    // A sign warns as it reads: `un panneau met en garde contre « … »`.
    signVerbs:
      "proclamant|proclamait|disant|affichant|clamant|indiquant|réclamant|réclamait|lire|lisait|lit|" +
      "proclame|proclament|proclamaient|clame|clament|clamait|clamaient|affiche|affichent|affichait|" +
      "affichaient|réclame|réclament|réclamaient|" +
      "avertit|avertissant|prévient|prévenant|met en garde contre|mettant en garde contre",
    signSurfaceAdverbs: "",
    signSlogans: "mots? d’ordre|mots? d'ordre|slogans?|messages?",
    namingNouns: "surnoms?|sobriquets?",
    // Feminine and plural forms of the adjectives that qualify a body's noun (`nationale`, `tunisienne`,
    // `européenne`, `française`, `régionaux`).
    adjectiveEndings: "al|ale|ales|aux|el|elle|ique|aire|eux|euse|able|ible|if|ive|bre|ienne|éenne|aise",
    listConjunctions: "et|ou",
    namingAfterThing: "dit",
    levels: "niveau|catégorie|phase|stade|échelon|degré|vigilance|alerte",
    levelGrades: "rouge|orange|jaune|verte?|violette?",
    measures:
      "pactes?|contrats?|réformes?|plans?|lois?|programmes?|dispositifs?|modèles?|primes?|chèques?|" +
      "boucliers?|taxes?|impôts?|crédits?|allocations?|revenus?|emplois?|forfaits?",
    articlePrepositions: "au|aux|du|des",
    mediumPrepositions: "sur",
    addresseePrepositions: "à",
    addresseeArticles: "",
    ratings: "achat|achat fort|vente|surperformance|sous-performance|surpondérer|sous-pondérer",
  },
  speechVerbs: new Set(verbForms),
  // Not the infinitives of verbs that mostly do something else (lancer, publier, proposer, appeler).
  speechInfinitives: words(`
    dire écrire déclarer affirmer ajouter expliquer estimer souligner préciser assurer annoncer confier
    rappeler raconter insister juger regretter dénoncer déplorer confirmer nier démentir accuser
    exiger réclamer fustiger critiquer condamner saluer évoquer témoigner plaider marteler répéter
    réitérer répliquer rétorquer avouer admettre reconnaître promettre avertir alerter ironiser
    répondre conclure justifier prôner
  `),
  speechIdioms: IDIOMS,
  documentSpeech: DOCUMENT_SPEECH,
  topicNouns: words("affaire"),
  participles,
  speechGerunds: new Set(verbForms.filter((f) => f.endsWith("ant"))),
  perfectAuxiliaries: words("a ont avait avaient aura auront aurait auraient"),
  auxiliaries: words(
    "a ont avait avaient aura auront aurait auraient eut ait aient est sont était étaient sera serait s se " +
      "n ne pas aussi également encore déjà",
  ),
  sourcePhrases: [
    "selon",
    "d'après",
    "d’après",
    "aux yeux de",
    "de l'avis de",
    "de l’avis de",
    "cité par",
    "citée par",
    "aux dires de",
    // `», de l’aveu même du préfet`.
    ...["de l'aveu", "de l’aveu"].flatMap((aveu) =>
      ["de", "du", "des", "même de", "même du", "même des"].map((of) => `${aveu} ${of}`),
    ),
  ],
  interviewPhrases: ["entretien avec", "conversation avec", "rencontre avec"],
  quoteBackReferences: new Set(),
  viewpointPrepositions: new Set(["pour"]),
  colonSpeakerPrepositions: words("chez pour"),
  inciseInversion: true,
  bodyNamesCapitaliseFirstWord: true,
  crownTitles: words("roi reine"),
  adjectivesFollowNouns: true,
  placeBodyNouns: new Set(),
  // A broadcaster's microphone, air or set is where words were said too: `a lancé le vainqueur au micro
  // de X`, `a dit la ministre sur le plateau de Y`. Anonymity is how they were said: `a confié un
  // infirmier sous le couvert de l’anonymat`, `sous couvert d’anonymat`, `sous le sceau de l’anonymat`.
  adverbialNouns: words(
    "fois instant moment heure suite reste part essentiel conférence point mêlée sortie sortir issue " +
      "terme veille lendemain occasion micro antenne plateau couvert sceau anonymat",
  ),
  demonyms: new Map<string, Gender | undefined>([
    ...gendered(
      `
      français américain anglais allemand italien espagnol portugais néerlandais danois norvégien
      suédois finlandais polonais ukrainien autrichien irlandais écossais gallois australien
      canadien québécois brésilien argentin colombien mexicain chinois japonais coréen indien
      marocain algérien tunisien sénégalais ivoirien camerounais kényan éthiopien sud-africain
      néo-zélandais grec turc israélien iranien égyptien hongrois roumain luxembourgeois
      savoyard breton alsacien normand lyonnais marseillais toulousain bordelais niçois lillois nantais
      bruxellois liégeois genevois lausannois montréalais strasbourgeois
      parisien berlinois londonien viennois new-yorkais munichois milanais barcelonais zurichois bâlois
      bernois vaudois valaisan fribourgeois neuchâtelois jurassien tessinois lucernois
      sierrois sédunois montheysan martignerain viégeois
      namurois montois carolorégien lavallois
      rennais grenoblois stéphanois montpelliérain toulonnais dijonnais clermontois brestois havrais
      rouennais caennais lensois lorientais auxerrois ajaccien bastiais messin rémois nancéien
      provençal bourguignon auvergnat ardennais vendéen champenois
      flamand wallon limbourgeois anversois gantois brugeois hennuyer catalan andalou valencien
    `,
      "m",
    ),
    ...gendered(
      `
      française américaine anglaise allemande italienne espagnole portugaise néerlandaise danoise
      norvégienne suédoise finlandaise polonaise ukrainienne autrichienne irlandaise écossaise
      galloise australienne canadienne québécoise brésilienne argentine colombienne mexicaine
      chinoise japonaise coréenne indienne marocaine algérienne tunisienne sénégalaise ivoirienne
      camerounaise kényane éthiopienne sud-africaine néo-zélandaise grecque israélienne iranienne
      égyptienne hongroise roumaine luxembourgeoise turque
      savoyarde bretonne alsacienne normande lyonnaise marseillaise toulousaine bordelaise niçoise
      lilloise nantaise bruxelloise liégeoise genevoise lausannoise montréalaise strasbourgeoise
      parisienne berlinoise londonienne viennoise new-yorkaise munichoise milanaise barcelonaise
      zurichoise bâloise
      bernoise vaudoise valaisanne fribourgeoise neuchâteloise jurassienne tessinoise lucernoise
      sierroise sédunoise montheysanne martigneraine viégeoise
      namuroise montoise carolorégienne lavalloise
      rennaise grenobloise stéphanoise montpelliéraine toulonnaise dijonnaise clermontoise brestoise
      havraise rouennaise caennaise lensoise lorientaise auxerroise ajaccienne bastiaise messine rémoise
      nancéienne provençale bourguignonne auvergnate ardennaise vendéenne champenoise
      flamande wallonne limbourgeoise anversoise gantoise brugeoise hennuyère catalane andalouse valencienne
    `,
      "f",
    ),
    ...gendered(
      `
      britannique belge suisse russe slovène slovaque tchèque croate serbe bulgare basque
    `,
      undefined,
    ),
  ]),
  originNouns: new Set(),
  // `l’agence régionale de santé Occitanie`, `le conseil départemental du Gard`: the level of government
  // a body serves, written after its noun in lower case.
  jurisdictionAdjectives: words(`
    régional régionale régionaux régionales départemental départementale départementaux départementales
    territorial territoriale territoriaux territoriales municipal municipale municipaux municipales
    communal communale communaux communales intercommunal intercommunale cantonal cantonale
    provincial provinciale fédéral fédérale
  `),
  eventNouns: words("championnats championnat jeux coupe festival marathon tournoi cyclone ouragan typhon"),
  // A stop, a station or a market is named as a street is (« à l’arrêt Gare », « au marché Wazemmes »).
  placeNouns: words(`
    rue avenue boulevard quartier impasse massif stade secteur tribune gare arrêt station marché parc square
  `),
  placePrepositions: new Set(),
  saintWords: words("saint sainte st ste"),
  partyMemberNouns: words(`
    député députée eurodéputé eurodéputée sénateur sénatrice élu élue conseiller conseillère
    candidat candidate militant militante collègue parlementaire
  `),
  possessiveSources: new Map([
    ["à ses yeux", null],
    ["à son avis", null],
    ["selon ses mots", null],
    // "propres" only stresses whose words they are: `selon ses propres termes`.
    ["selon ses propres mots", null],
    ["selon ses termes", null],
    ["selon ses propres termes", null],
  ]),
  voicePhrases: ["par la voix de", "par la voix du", "par la voix des", "par la voix d'", "par la voix d’"],
  pronouns: new Map(PRONOUNS),
  speakerlessPronouns: words("je j nous vous tu on ça cela notre nos mon ma mes"),
  // « il reste », « il semble », « il vaut » are as often someone (« il semble las ») and are left out.
  impersonalVerbs: words(
    "faut fallait faudra faudrait fallu agit agissait agira suffit suffisait importe convient",
  ),
  intentVerbs: words(`
    veut veulent voulait voulaient voudrait voudraient voulu refuse refusent refusait refusaient refusé
    compte comptent comptait comptaient entend entendent entendait entendaient exclut excluent excluait
    exclu tient tiennent tenait tenaient tenu souhaite souhaitent souhaitait souhaitaient souhaité
    engage engagent engageait engagé engagée appelle appellent appelait appelaient appelé appelée
    invite invitent invitait invité invitée exhorte exhortent exhorté plaide plaident plaidé
  `),
  impersonalSubject: {
    pronoun: "on",
    sameSource: ["de même source", "de la même source", "selon la même source"],
    // `», y indique-t-on`: `y` is the place (the office, the ministry) the sentence before named.
    placeBack: new Set(["y"]),
    places: new Map([
      ["au", "le "],
      ["aux", "les "],
      ["à", ""],
      ["chez", ""],
      // `», lit-on dans le communiqué`, `Dans l’entourage du ministre, on assure que « … »`.
      ["dans", ""],
      // `», assure-t-on du côté de la direction`, `», confie-t-on auprès du ministère`.
      ["du côté de", ""],
      ["du côté du", "le "],
      ["du côté des", "les "],
      ["auprès de", ""],
      ["auprès du", "le "],
      ["auprès des", "les "],
      // `», a-t-on appris de source policière`: the dispatch's source, named as written.
      ["de source", "source "],
    ]),
  },
  clitics: words("le la les l lui leur nous vous me m te t se s y en"),
  reflexiveClitics: words("se s"),
  adverbEnding: "ment",
  passiveAgents: words("par"),
  passiveMarkers: words("est sont était étaient sera seront serait seraient été être"),
  complementisers: words("que qu"),
  relativePronouns: words("qui"),
  thingRelativePronouns: new Set(),
  relativeAdverbs: words("où"),
  inChargePhrases: ["assurée par", "assuré par", "représentée par", "représenté par"],
  nameNouns: words("nom prénom"),
  relativePossessives: words("dont"),
  officeVerbs: words(
    "dirige dirigeait dirigé préside présidait présidé représente représentait représenté enseigne " +
      "enseignait enseigné gère gérait géré coordonne coordonnait fondé cofondé anime animait pilote " +
      "pilotait conseille conseillait travaille travaillait travaillé étudie étudiait élu élue nommé " +
      "nommée",
  ),
  affiliationPrepositions: words("de du des d au aux"),
  whereaboutsPrepositions: new Set(),
  copulas: words("est était"),
  honorifics: new Map<string, Gender | undefined>([
    ...gendered("m. m mm. monsieur", "m"),
    // A priest's title before his name, « le P. Jean Martin » (le père): no initial, as none follows « le ».
    ...gendered("p.", "m"),
    ...gendered("mme mme. mmes mlle mlle. madame mademoiselle dre dre.", "f"),
    ...gendered("me me. mgr dr dr. pr pr.", undefined),
  ]),
  titles: words(`
    président présidente ministre porte-parole secrétaire chancelier chancelière
    maire juge général générale colonel commissaire ambassadeur ambassadrice directeur directrice
    conseiller conseillère sénateur sénatrice député députée chef patron patronne procureur
    procureure gouverneur roi reine prince princesse pape cardinal abbé monseigneur docteur
    professeur maître capitaine lieutenant sergent commandant préfet préfète recteur doyen
    vice-président vice-présidente dirigeant dirigeante leader élu élue pdg ceo
    bourgmestre échevin échevine syndic syndique
  `),
  // Each person noun with the gender it tells: none for a form said of both (`la maire`, `le
  // témoin` of a woman, `médecin`), `m` or `f` where the other gender has a form of its own.
  everyoneNouns: words("homme femme"),
  collectiveNouns: new Set<string>(),
  personNouns: new Map<string, Gender | undefined>([
    ...gendered(
      `
      responsable responsables porte-parole source sources ministre juge diplomate diplomates t1 t2
      analyste analystes secrétaire proche proches collègue collègues spécialiste spécialistes
      syndicaliste militaire militaires scientifique économiste auteurs politique gens personne
      internaute internautes témoins élus commissaire cadre cadres fonctionnaire fonctionnaires membre
      membres toxicologue sociologue politologue psychologue famille entourage
      journaliste journalistes mannequin architecte psychiatre pédiatre vétérinaire urgentiste athlète
      humoriste ténor ténors pdg scénographe astronome agronome
      cinéaste cinéastes scénariste photographe peintre artiste artistes chorégraphe dramaturge styliste
      critique
      pianiste violoniste alpiniste cycliste gestionnaire gestionnaires saxophoniste guitariste bassiste
      maire édile coach élève élèves parent parents témoin gendarme gendarmes médecin médecins
      victime victimes bénévole bénévoles
      vainqueur vainqueurs
    `,
      undefined,
    ),
    ...gendered(
      `
      officiel officiels conseiller expert experts président dirigeant dirigeants député élu habitant
      habitants enquêteur enquêteurs procureur avocat avocats chercheur chercheurs
      professeur enseignant enseignants étudiant étudiants salarié salariés employé
      employés militant militants manifestant manifestants ami voisin auteur chancelier
      homme utilisateur père fils frère mari patron agent agents policier policiers
      soldat soldats officier officiers observateur observateurs directeur chef
      magistrat prévenu accusé plaignant comédien acteur musicien chanteur danseur réalisateur
      écrivain romancier historien ingénieur agriculteur éleveur entrepreneur éditeur
      fondateur cofondateur concurrent entraîneur joueur joueurs attaquant défenseur gardien ailier talonneur
      sélectionneur supporter supporters riverain riverains spectateur spectateurs retraité
      infirmier pompier pompiers adjoint assistant associé aide-soignant gérant
      enseignant-chercheur chargé
      animateur présentateur boulanger vigneron viticulteur pêcheur pêcheurs artisan maraîcher
      champion footballeur rugbyman sportif influenceur rappeur candidat
      sénateur préfet ambassadeur gouverneur recteur doyen roi prince inspecteur délégué représentant
      coordinateur collaborateur trésorier rapporteur éducateur
      sculpteur compositeur dessinateur producteur navigateur skieur nageur coureur plasticien poète
      saisonnier serveur moniteur vendeur cuisinier caissier commerçant berger bergers mayeur lutteur
      jardinier ouvrier ouvriers technicien videur portier contrôleur contrôleurs
      aîné cadet
      évêque archevêque curé prêtre vicaire abbé
      usager usagers passager passagers client clients abonné abonnés meneur natif patient patients
      voyageur voyageurs loueur
    `,
      "m",
    ),
    // Not « ouvrière »: as often the adjective inside a body's name (« le syndicat Force ouvrière »,
    // « Lutte ouvrière ») as a woman, whom « une ouvrière » names through its article without the list.
    ...gendered(
      `
      conseillère experte présidente dirigeante députée élue habitante enquêtrice procureure avocate
      chercheuse professeure enseignante étudiante salariée employée militante amie voisine
      auteure autrice chancelière femme utilisatrice mère fille sœur épouse patronne policière
      observatrice directrice jeune-fille
      magistrate prévenue accusée plaignante comédienne actrice musicienne chanteuse danseuse
      réalisatrice écrivaine romancière historienne ingénieure agricultrice commerçante éditrice
      entrepreneuse fondatrice cofondatrice concurrente entraîneuse joueuse riveraine spectatrice lutteuse
      loueuse
      retraitée infirmière adjointe assistante associée aide-soignante enseignante-chercheuse gérante
      chargée
      animatrice présentatrice boulangère vigneronne viticultrice artisane championne sportive
      influenceuse rappeuse candidate cheffe éducatrice
      sénatrice préfète ambassadrice gouverneure rectrice doyenne reine princesse inspectrice déléguée
      représentante coordinatrice collaboratrice trésorière rapporteure gardienne défenseure jardinière
      sélectionneuse attaquante technicienne
      sculptrice compositrice dessinatrice productrice navigatrice skieuse nageuse coureuse plasticienne
      poétesse dame saisonnière serveuse monitrice vendeuse cuisinière caissière bergère
      ménagère aînée cadette videuse contrôleuse
      usagère usagères passagère passagères cliente clientes abonnée abonnées meneuse native patiente
      voyageuse voyageuses supportrice supportrices
    `,
      "f",
    ),
  ]),
  partisanNoun: /^\p{Ll}{4,}(?:iste|ien|ienne)s?$/u,
  specialistNoun: /^\p{Ll}{2,}(?:ologue|ographe)s?$/u,
  ageNoun: new RegExp(`^(?:${[...AGE_NOUN_DECADES.keys()].join("|")})aires?$`, "u"),
  ageNounDecades: AGE_NOUN_DECADES,
  retireeNouns: words("retraité retraitée"),
  feminineByCase: noWord,
  organisationNouns: words(`
    ministère gouvernement agence conseil commission comité syndicat parti banque groupe université
    administration bureau tribunal cour police armée entreprise société association fédération
    institut organisation fondation service services autorité autorités équipe campagne journal
    quotidien magazine rapport communiqué étude enquête lettre document projet loi texte décret
    traité site parquet mairie préfecture kremlin élysée matignon documents chiffres données
    archives gazette gazeta radio télévision presse hebdomadaire chaîne collectif club ong mouvement
    confédération coalition direction chambre office observatoire caisse rectorat académie coopérative
    ligue jury consortium établissement régie compagnie transporteur assureur opérateur
  `),
  definiteDeterminers: DEFINITE,
  indefiniteDeterminers: INDEFINITE,
  pluralIndefinites: PLURAL_INDEFINITE,
  pluralDeterminers: new Set(),
  obliqueIndefinites: new Set(),
  determiners: new Set([...DEFINITE.keys(), ...INDEFINITE.keys()]),
  prepositions: words(
    "de du des d à au aux en dans sur pour par avec sans sous chez vers entre contre depuis lors " +
      "pendant après avant selon auprès derrière devant malgré parmi envers sauf outre hormis dès via " +
      "compris face",
  ),
  // The Breton article « ar » joins names of places and bodies in Brittany (« Penn ar Bed », « Beg ar Vir »).
  // « Aït » / « Ait » (sons of) opens Berber surnames as « ben » does Arabic ones: « Saïd Ait Mansour ».
  nameParticles: words("de du des d la le l van von der den bin ben ibn al el da di dos ar ait aït"),
  // « Ensemble pour la République », « Agir pour l’environnement ».
  bodyNamePrepositions: words("pour"),
  bodyFieldPrepositions: new Set(),
  bodyNameGoverningNouns: new Map(),
  affiliationParticles: new Set(),
  placeNameArticles: new Set(),
  adverbs: words(`
    lundi mardi mercredi jeudi vendredi samedi dimanche soir matin après-midi midi nuit hier
    aujourd'hui aujourd’hui encore aussi également ensuite alors déjà toutefois pourtant notamment
    enfin récemment dernier dernière dernièrement prochain ainsi d'ailleurs d’ailleurs
    désormais même parfois souvent
    publiquement simplement fermement pas jamais plus début fin mi
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  `),
  phraseStops: words(
    "qui que qu dont où lors pendant après avant lorsque lorsqu quand tandis selon car mais et ou " +
      "puis dans devant sur depuis comme afin pour parce",
  ),
  clauseJoins: words("et mais ou donc car que qu si quand lorsque lorsqu tandis puisque voire soit"),
  elisions: words("l d qu j n s c m t jusqu lorsqu puisqu quoiqu"),
  capitalNotElided: words("m t"),
  elisionsBeforeVerbs: words("n j s"),
  nameSuffixes: new Set(),
  companyForms: words("sa sas sarl sàrl fc"),
  firmNameWords: words(`
    énergie énergies logistique laiterie fromagerie brasserie chocolaterie distillerie imprimerie
    boulangerie pâtisserie charcuterie menuiserie transports assurances industries technologies holding
    immobilier pharma constructions ateliers établissements aciéries air
  `),
  numberedBodyUnits: words("section"),
  letterLabelledNouns: words(
    "groupe poule plan catégorie classe série division zone bâtiment annexe option phase étape vitamine",
  ),
  possessiveSuffix: "",
  invertedPronouns: words("il elle ils elles on"),
  abbreviations: words("mme. mlle. dr. dre. prof. st."),
  titleAbbreviations: new Map(),
  nullSubject: false,
  capitalisesNouns: false,
  placeAdjective: noWord,
  hyphenedNameAdjective: noWord,
  inhabitantNoun: noWord,
  countingWords: new Set(),
  capitalisesTimeWords: false,
  dialogueDashes: false,
  capitalisedParticles: false,
  verbSecond: false,
  dropsComplementiser: false,
  objectDeterminers: new Set(),
  subjectPronouns: new Set(),
  firstOfTwoSurnames: false,
  commonNoun: noWord,
  feminineNoun: noWord,
  finiteVerbEnding: /\p{L}{2}(?:èrent|aient)$/u,
  ordinalNumeral: /^\p{N}+(?:e|er|re|ère|ème|es|ers|res)$/u,
  // No participle ends in « -que » or « -gue »: « britannique », « publique » are adjectives.
  pastParticipleEnding: /\p{L}{2}(?:é|ée|és|ées|(?<![qg])(?:u|ue|us|ues))$/u,
  presentParticipleEnding: noWord,
  objectPronouns: new Map(),
  possessiveDeterminers: new Map(),
  // Elided forms without their apostrophe: `j’assume` holds `j`.
  firstPersonWords: words("je j moi nous notre nos"),
  ownAccountPhrases: [],
  sourcePrepositions: new Set(),
  pluralVerbEnding: noWord,
  impersonalSourcePrepositions: new Set(),
  insideDocumentAdverbs: new Set(),
  obliqueArticles: new Set(),
  genitiveArticles: new Set(),
  trailingSourcePhrases: [],
  postposedSources: new Set(),
  citingWords: new Set(),
  quotingVerbs: new Set(),
  addressingVerbs: new Set(),
  subjectlessVerbs: new Set(),
  detachedVerbParticles: new Map(),
  otherVerbParticles: new Set(),
  reportedSpeechMarkers: new Set(),
  reportedSpeechForm: null,
  neuterArticles: new Set(),
  // « l’édile » is the mayor, in the reporter's other word; « le mayeur », the Belgian bourgmestre.
  teamPlaces: words("capitaine ailier attaquant attaquante défenseur gardien talonneur pilier demi-de-mêlée"),
  // A team's coach is its `entraîneur` by the English word too (« savourait le coach »), and the coach's
  // `assistant` is the `adjoint` (« son assistant X », then « glissait son adjoint »).
  officeEpithets: new Map([
    ["édile", "maire"],
    ["mayeur", "bourgmestre"],
    ["coach", "entraîneur"],
    ["adjoint", "assistant"],
    ["adjointe", "assistante"],
  ]),
  // `le dirigeant`, `la gestionnaire` are nouns for whoever heads or runs something, whatever the post
  // (PDG, président, directrice générale).
  anyOfficeNouns: words("parlementaire élu élue dirigeant dirigeante gestionnaire"),
  kinshipNouns: kinship(`
    père papa | mère maman | fils | fille | frère | sœur soeur | mari époux | épouse | grand-père |
    grand-mère | petit-fils | petite-fille | oncle | tante | neveu | nièce | cousin | cousine |
    gendre beau-fils | belle-fille bru | beau-père | belle-mère | veuve | veuf
  `),
  possessiveKinNouns: new Map([["femme", "épouse"]]),
  birthOrderWords: kinship("aîné aînée ainé ainée | cadet cadette benjamin benjamine"),
  circumstanceNouns: words(
    "victime prévenu prévenue accusé accusée suspect suspecte témoin rescapé rescapée survivant " +
      "survivante veuve veuf plaignant plaignante",
  ),
  officeKinds: new Map([
    // A magistrate of the bench or of the prosecution: « le magistrat » after « le procureur X »; and an
    // elected executive's, a mayor or a member of a Swiss executive (« la magistrate » after « la
    // conseillère d’État X », « le premier magistrat de la commune » for its mayor).
    ["magistrat", words("procureur juge substitut conseiller maire")],
    ["magistrate", words("procureure juge substitute conseillère maire mairesse")],
    // An officer of the army, the gendarmerie or the police, whatever the rank: « l’officier » after « le
    // colonel X » or « le commissaire X ».
    ["officier", words("colonel commandant capitaine lieutenant commissaire")],
    // The goalkeeper in other words (« la portière » after « la gardienne X »), as the sports pages write.
    ["portier", words("gardien")],
    ["portière", words("gardienne")],
    // The coach in other words, as the sports pages write: « estimait le technicien » after
    // « l’entraîneur X », or after « son directeur sportif, X », a cycling team's coach, whose role the
    // qualifier tells from any other director's.
    ["technicien", words("entraîneur sélectionneur sportif")],
    ["technicienne", words("entraîneuse sélectionneuse sportive")],
    // Whoever heads a firm or a club is its `patron`, whatever the post's name (« Mehdi Ben Salah,
    // directeur général de l’entreprise », then « le patron »).
    ["patron", words("directeur pdg président dirigeant gérant")],
    ["patronne", words("directrice pdg présidente dirigeante gérante")],
  ]),
  // `a prévenu l’opérateur`, `selon le constructeur`: what a company does, for the one named just before.
  possessiveWords: words("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs"),
  documentEpithets: words("texte document"),
  bodyEpithets: words(
    "organisation institution juridiction régie opérateur exploitant transporteur constructeur fabricant " +
      "énergéticien distributeur assureur groupe collectivité instance organisme cimentier équipementier " +
      "sidérurgiste brasseur voyagiste fournisseur",
  ),
  intentLinks: words("de d à"),
  negations: words("ne n"),
  refusalVerbs: words(`
    refuse refusent refusait refusaient refusé refusant évite évitent évitait évitaient évité évitant
    rechigne rechignent rechignait
  `),
  intentAdverbs: words("bien"),
  infinitiveMarkers: new Set(),
  euphonicLetters: words("t"),
  // Kinds of voice (src/engine/voiceKinds.ts): a role word begins with an entry; "=" the word
  // only, "~" a title that decides only when nothing else in the role does.
  voiceKinds: {
    official: list(`
      minist gouvern déput eurodéput sénat maire mairie élu préfe préfè parlement diplomat ambassad
      commissaire chancel
      commission conseil kremlin élysée matignon police policier gendarm procureu parquet juge
      tribunal =cour armée militaire =parti opposition autorité administration ~agence inspect
      =onu =nations =fmi =otan =oms =ocde =omc =unicef =unesco =ue =bce =opep interpol =mondiale
      =état écologiste policière pompier magistrat fonctionnaire colonel commandant soldat municipal
      =région =régions =département =lr =ps =rn =lfi =pcf =eelv =modem
      ~présiden ~secrétaire ~responsable
    `),
    institution: list(`
      entreprise société groupe compagnie firme banque syndica association fédération fondation
      =ong organisation hôpital hôpitaux club =pdg ~patron fondat fonds industri constructeur
      opérateur laboratoire gérant curé évêque imam rabbin prêtre pasteur =cgt =cfdt =fsu =unsa =medef
      ~directeu ~directrice ~dirigeant consortium =fc =rc =sc établissement régie
      transporteur assureur
    `),
    expert: list(`
      expert chercheu recherche professeu universit économiste analyste *ologue *iologiste *nologiste
      *tologiste historien maître
      médecin docteur avocat spécialiste scientifique juriste démographe géographe urbaniste
      consultant =institut =instituts chirurgien pédiatre psychiatre politiste philosophe =dr =think
      observatoire =études
    `),
    affected: list(`
      habitant riverain témoin victime survivant =père =mère =fils =fille frère sœur soeur épou
      =mari famille parent voisin patient étudiant élève lycéen salarié employé ouvrier travailleu
      passager usager client électeu manifestant agricult enseignant réfugié migrant supporte =ami
      =amie retraité militant commerçant infirmi soignant instituteur institutrice boulang restaurat
      artisan éleveu viticult pêcheu cheminot chauffeur conducteu caissi locataire veuve rescapé
      passant bénévole
    `),
    media: list(`
      journalist reporter correspondant rédact éditorialiste chroniqueu =journal quotidien
      hebdomadaire magazine télé radio chaîne média presse présentat photographe
    `),
    document: list(`
      rapport communiqu déclaration étude enquête sondage lettre courrier =texte =textes document
      =loi décret arrêt =note tweet message récit =avis jugement ordonnance bilan tribune pétition
      manifeste plainte résolution courriel
    `),
  },
};
