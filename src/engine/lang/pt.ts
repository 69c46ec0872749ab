// Portuguese lexicon. Regular speech verbs are conjugated by rule from their infinitive (-ar,
// -er, -ir) in the tenses of reported speech: present, pretérito perfeito, imperfeito,
// mais-que-perfeito ("afirmara"), future, conditional, participles and gerund; compound tenses
// are auxiliary + participle ("tem dito", "havia afirmado"). Irregular verbs list their forms.
import type { Gender, LanguageRules, PronounInfo } from "./types.ts";
import { conjugate, gendered, kinship, list, noWord, words } from "./lexicon.ts";

const REGULAR_VERBS = `
  afirmar declarar explicar ressaltar destacar avaliar acrescentar completar comentar observar falar
  garantir admitir defender responder alertar criticar pontuar frisar salientar sublinhar
  enfatizar assegurar argumentar questionar perguntar lamentar contar relatar revelar anunciar
  informar confirmar negar reiterar insistir opinar sustentar apontar resumir prometer publicar
  postar tuitar rebater citar elogiar reclamar cobrar exigir ponderar indicar mencionar
  desabafar disparar reforçar lembrar recordar comemorar celebrar agradecer classificar chamar definir
  considerar estimar advertir concordar discordar esclarecer reconhecer escrever
  descrever prever acusar denunciar
`;

/** Forms the rules below do not make. */
const IRREGULAR = `
  diz dizem disse disseram dizia diziam dirá dirão diria diriam dito dita ditos dizendo dissera
  pede pedem pediu pediram pedia pedindo conclui concluem concluiu concluíram concluía
  escrito escrita descrito descrita prevê previu previsto
`;

const IDIOMS = ["fez questão de dizer", "deu a entender", "chamou a atenção"];

/** Endings of the regular forms, by infinitive ending. */
const ENDINGS: Record<string, string[]> = {
  ar: [
    "a",
    "am",
    "ou",
    "aram",
    "ava",
    "avam",
    "ara",
    "ará",
    "arão",
    "aria",
    "ariam",
    "ado",
    "ada",
    "ados",
    "adas",
    "ando",
  ],
  er: [
    "e",
    "em",
    "eu",
    "eram",
    "ia",
    "iam",
    "era",
    "erá",
    "erão",
    "eria",
    "eriam",
    "ido",
    "ida",
    "idos",
    "idas",
    "endo",
  ],
  ir: [
    "e",
    "em",
    "iu",
    "iram",
    "ia",
    "iam",
    "ira",
    "irá",
    "irão",
    "iria",
    "iriam",
    "ido",
    "ida",
    "idos",
    "idas",
    "indo",
  ],
};

/**
 * Present subjunctive, for speech reported in a subordinate clause: `embora o ministro afirme
 * que…`, `quando a juíza disser…` (future subjunctive, irregular).
 */
const SUBJUNCTIVE_ENDINGS: Record<string, string[]> = { ar: ["e", "em"], er: ["a", "am"], ir: ["a", "am"] };
const IRREGULAR_SUBJUNCTIVE = "diga digam disser disserem peça peçam conclua concluam";

/**
 * Infinitives after a preposition share the sentence's subject as gerunds do: `foi enfático ao
 * afirmar que "…"`, `depois de dizer que…`.
 */
const infinitives = [...list(REGULAR_VERBS), "dizer"];

const verbs = [
  ...infinitives,
  ...conjugate(REGULAR_VERBS, ENDINGS),
  ...list(IRREGULAR),
  ...conjugate(REGULAR_VERBS, SUBJUNCTIVE_ENDINGS),
  ...list(IRREGULAR_SUBJUNCTIVE),
];

const PRONOUNS: [string, PronounInfo][] = [
  ["ele", { gender: "m", plural: false }],
  ["ela", { gender: "f", plural: false }],
  ["eles", { gender: "m", plural: true }],
  ["elas", { gender: "f", plural: true }],
  ["este último", { gender: "m", plural: false, order: "last" }],
  ["esta última", { gender: "f", plural: false, order: "last" }],
  ["o primeiro", { gender: "m", plural: false, order: "first" }],
  ["a primeira", { gender: "f", plural: false, order: "first" }],
  ["o segundo", { gender: "m", plural: false, order: "second" }],
  ["a segunda", { gender: "f", plural: false, order: "second" }],
];

const DEFINITE = new Map<string, Gender | undefined>([
  ...gendered("o este esse aquele seu", "m"),
  ...gendered("a esta essa aquela sua", "f"),
  ...gendered("os as seus suas estes estas", undefined),
]);
/** The indefinite determiners of several (see pluralIndefinites). */
const PLURAL_INDEFINITE = words("uns umas vários várias alguns algumas dois duas três muitos");
const INDEFINITE = new Map<string, Gender | undefined>([
  ...gendered("um", "m"),
  ...gendered("uma", "f"),
  ...[...PLURAL_INDEFINITE].map((w) => [w, undefined] as const),
]);

/**
 * How a law, report or ruling gives its words (`o relatório estabelece que…`, `a lei prevê`):
 * these verbs are speech only with a document subject.
 */
const DOCUMENT_SPEECH = {
  verbs: words(`
    estabelece estabelecem estabeleceu determina determinam determinou dispõe dispõem dispôs manda
    mandam mandou prevê preveem previu estipula estipulou
  `),
  documents: words(`
    relatório relatórios lei leis constituição decreto sentença documento estudo comunicado
    resolução regulamento artigo acordo tratado texto parecer nota
  `),
  releases: words("comunicado nota"),
  courts: words("tribunal juiz juíza juízes"),
};

export const portuguese: LanguageRules = {
  code: "pt",
  stopWords: list("os do da dos das não uma com para em é mais ao foi pelo pela também seu sua ele"),
  asWords: words("como assim"),
  speechNouns: words("frase palavras mensagem resposta réplica veredicto elogio aviso comentário"),
  complementOf: words("de do da"),
  complementArticles: new Map([
    ["do", "o "],
    ["da", "a "],
  ]),
  senderPrepositions: new Set(),
  capacityWords: new Set(),
  notQuoteWords: {
    naming:
      "(?:o|a) (?:termo|palavra|expressão|lema|apelido)|chamad[oa]s?|intitulad[oa]s?|apelidad[oa]s?|" +
      "vulgo|alias",
    works:
      "livro|filme|canção|música|programa|série|documentário|jogo|jornal|revista|coluna|operação|" +
      "campanha|projeto|partido|prêmio|gama|quadro|retrato|escultura|helicóptero|navio|barco|foguete|" +
      "satélite",
    documents: "relatório|comunicado|estudo|lei",
    namedBodies: "comitê|comissão",
    namingParticiples: "",
    namingFinite: "",
    namingFinitePlural: "",
    namingAnyForm: "",
    namingParticiplesAfter: "",
    passiveAuxiliaries: "",
    titleSmallWords: "e|o|da|do|dos|das|ao",
    declaresItself: "",
    articles: "",
    elidedArticles: "",
    authorPrepositions: "por",
    publishingVerbs: "publicou|publica|lançou|lança|apresentou|apresenta|estreou|estreia|estreia de",
    signs: "",
    inscribingVerbs: "",
    signVerbs: "",
    signSurfaceAdverbs: "",
    signSlogans: "",
    namingNouns: "",
    adjectiveEndings: "oso|osa|ico|ica",
    listConjunctions: "e|ou",
    namingAfterThing: "",
    levels: "nível|categoria|fase|grau|alerta",
    levelGrades: "vermelho|vermelha|laranja|amarelo|amarela|verde",
    measures: "",
    articlePrepositions: "",
    mediumPrepositions: "em",
    addresseePrepositions: "a|à",
    addresseeArticles: "",
    ratings: "compra|venda|sobreponderar|subponderar",
  },
  speechVerbs: new Set(verbs),
  speechIdioms: IDIOMS,
  documentSpeech: DOCUMENT_SPEECH,
  topicNouns: words("caso"),
  speechGerunds: new Set([...verbs.filter((f) => f.endsWith("ndo")), ...infinitives]),
  perfectAuxiliaries: words("tem têm tinha tinham havia haviam"),
  auxiliaries: words(
    "tem têm tinha tinham havia haviam foi foram é são era terá teria se lhe lhes também já ainda não",
  ),
  sourcePhrases: [
    "segundo",
    "de acordo com",
    "conforme",
    // "do", "da" are "de" + article: `nas palavras do ministro`.
    ...["na avaliação", "nas palavras", "na opinião"].flatMap((p) =>
      ["de", "do", "da"].map((d) => `${p} ${d}`),
    ),
  ],
  interviewPhrases: ["entrevista com", "conversa com", "uma conversa com"],
  quoteBackReferences: new Set(),
  viewpointPrepositions: new Set(["para"]),
  citingWords: words("citando"),
  nullSubject: true,
  teamPlaces: words("capitão atacante zagueiro goleiro guarda-redes lateral avançado"),
  officeEpithets: new Map([
    ["chefe estado", "presidente"],
    ["chefe executivo", "presidente"],
    ["chefe governo", "presidente"],
  ]),
  anyOfficeNouns: words("parlamentar autarca"),
  kinshipNouns: kinship(`
    pai | mãe | filho | filha | irmão | irmã | marido esposo | esposa | avô | avó | neto | neta |
    tio | tia | sobrinho | sobrinha | primo | prima | viúva | viúvo
  `),
  possessiveKinNouns: new Map(),
  birthOrderWords: kinship("primogênito primogênita primogénito primogénita | caçula"),
  circumstanceNouns: words(
    "vítima acusado acusada arguido arguida réu ré suspeito suspeita testemunha sobrevivente " +
      "viúva viúvo",
  ),
  officeKinds: new Map(),
  possessiveWords: words("meu minha meus minhas seu sua seus suas nosso nossa nossos nossas dele dela"),
  documentEpithets: words("documento texto"),
  bodyEpithets: words("pasta autarquia"),
  inciseInversion: true,
  possessiveSources: new Map([
    ["na opinião dele", "ele"],
    ["na opinião dela", "ela"],
    ["na avaliação dele", "ele"],
    ["na avaliação dela", "ela"],
    ["nas palavras dele", "ele"],
    ["nas palavras dela", "ela"],
    ["a seu ver", null],
  ]),
  pronouns: new Map(PRONOUNS),
  firstPersonWords: words("eu nós nosso nossa nossos nossas meu minha meus minhas comigo"),
  speakerlessPronouns: words("eu nós você vocês tu isso isto"),
  impersonalVerbs: new Set(),
  clitics: words("se lhe lhes o a os as me te nos"),
  reflexiveClitics: words("se"),
  adverbEnding: "mente",
  passiveMarkers: words("sido"),
  complementisers: words("que"),
  passiveAgents: words("por pelo pela pelos pelas"),
  relativePronouns: words("quem"),
  thingRelativePronouns: new Set(),
  relativeAdverbs: words("onde"),
  inChargePhrases: ["a cargo de", "a cargo do", "a cargo da"],
  nameNouns: words("nome"),
  relativePossessives: words("cujo cuja cujos cujas"),
  officeVerbs: words(
    "dirige dirigia lidera liderava preside presidia representa representava ensina ensinava fundou " +
      "coordena gere assessora trabalha trabalhava estuda pesquisa",
  ),
  affiliationPrepositions: words("do da dos das de"),
  whereaboutsPrepositions: new Set(),
  copulas: words("é era"),
  honorifics: new Map<string, Gender | undefined>([
    ...gendered("sr sr. senhor dom", "m"),
    ...gendered("sra sra. srta srta. senhora dona", "f"),
    ...gendered("dr dr. dra dra.", undefined),
  ]),
  titles: words(`
    presidente presidenta vice-presidente ministro ministra secretário secretária governador
    governadora prefeito prefeita senador senadora deputado deputada juiz juíza procurador
    procuradora general diretor diretora chefe porta-voz embaixador embaixadora rei rainha
    príncipe princesa papa conselheiro conselheira comandante líder relator relatora vereador
    vereadora delegado delegada
  `),
  everyoneNouns: words("homem mulher"),
  collectiveNouns: new Set<string>(),
  personNouns: new Map<string, Gender | undefined>([
    ...gendered(
      `
      porta-voz fonte fontes analista analistas especialista especialistas jornalista
      testemunha testemunhas líder economista gente pessoas pessoa colega colegas chefe
      presidente parlamentar parlamentares autarca autarcas senadores senadoras deputados deputadas
      petista petistas emedebista pedetista bolsonarista bolsonaristas lulista
      governante governantes responsável responsáveis
    `,
      undefined,
    ),
    ...gendered(
      `
      ministro secretário funcionário funcionários assessor assessores deputado senador
      advogado advogados pesquisador pesquisadores médico médicos professor vizinho vizinhos
      homem pai filho irmão marido amigo empresário diplomata militar militares policial
      policiais agente agentes diretor trabalhador trabalhadores manifestante manifestantes
      governador prefeito magistrado mandatário tucano enfermeiro técnico treinador capitão autor
    `,
      "m",
    ),
    ...gendered(
      `
      ministra secretária funcionária assessora deputada senadora advogada pesquisadora médica
      professora vizinha mulher mãe filha irmã esposa amiga empresária diretora trabalhadora
      governadora prefeita magistrada mandatária tucana enfermeira treinadora capitã autora
    `,
      "f",
    ),
  ]),
  organisationNouns: words(`
    ministério governo agência conselho comissão comitê sindicato partido banco grupo
    universidade administração tribunal corte polícia exército empresa sociedade associação
    federação instituto organização fundação serviço autoridade equipe jornal revista relatório
    nota comunicado estudo pesquisa carta documento projeto lei câmara senado congresso
    procuradoria planalto itamaraty stf pasta autarquia
  `),
  definiteDeterminers: DEFINITE,
  indefiniteDeterminers: INDEFINITE,
  pluralIndefinites: PLURAL_INDEFINITE,
  pluralDeterminers: new Set(),
  obliqueIndefinites: new Set(),
  determiners: new Set([...DEFINITE.keys(), ...INDEFINITE.keys()]),
  prepositions: words(
    "de do da dos das a ao à aos às em no na nos nas com por pelo pela pelos pelas para sem sobre " +
      "entre desde até após ante contra durante segundo conforme perante sob exceto",
  ),
  nameParticles: words("de do da dos das van von"),
  bodyNamePrepositions: new Set(),
  bodyFieldPrepositions: new Set(),
  bodyNameGoverningNouns: new Map(),
  affiliationParticles: new Set(),
  placeNameArticles: new Set(),
  adverbs: words(`
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje
    amanhã manhã tarde noite depois antes então também ainda já primeiro finalmente
    recentemente novamente publicamente não nunca mais sempre agora logo cedo inclusive
    apenas só aqui lá semana ano mês passado passada próximo próxima
    nesta neste nessa nesse
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
  `),
  phraseStops: words(
    "que quem cujo cuja onde quando enquanto embora porque mas e ou nem em no na nos nas durante " +
      "após ante com ao aos à às a para sobre como desde",
  ),
  clauseJoins: words("e mas ou nem que porque embora se quando enquanto pois"),
  dialogueDashes: true,
  elisions: new Set(),
  capitalNotElided: new Set(),
  elisionsBeforeVerbs: new Set(),
  nameSuffixes: new Set(),
  companyForms: words("ltda s.a sa"),
  firmNameWords: words("energia logística transportes indústrias seguros tecnologia holding siderúrgica"),
  numberedBodyUnits: words("secção seção distrito"),
  letterLabelledNouns: words(
    "grupo plano categoria classe série divisão zona bloco anexo opção fase etapa vitamina",
  ),
  possessiveSuffix: "",
  invertedPronouns: new Set(),
  abbreviations: words("sr. sra. dr. dra. prof."),
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
  partisanNoun: /^\p{Ll}{4,}istas?$/u,
  specialistNoun: /^\p{Ll}{3,}(?:ólog|ógraf)(?:o|a|os|as)$/u,
  ageNoun: noWord,
  ageNounDecades: new Map(),
  retireeNouns: words("aposentado aposentada reformado reformada"),
  feminineByCase: noWord,
  commonNoun: noWord,
  feminineNoun: noWord,
  finiteVerbEnding: /\p{L}{2}(?:aram|eram|iram)$/u,
  ordinalNumeral: /^\p{N}+\.?[ºª]$/u,
  pastParticipleEnding: /\p{L}{2}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u,
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
  negations: words("não nunca"),
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
    "nacional nacionais estadual estaduais municipal municipais federal federais regional regionais",
  ),
  eventNouns: words("campeonato campeonatos jogos taça copa festival maratona torneio ciclone furacão tufão"),
  placeNouns: words("rua avenida bairro praça serra"),
  placePrepositions: new Set(),
  saintWords: words("são santa santo"),
  partyMemberNouns: new Set(),
  // Kinds of voice (src/engine/voiceKinds.ts): a role word begins with an entry; "=" the word
  // only, "~" a title that decides only when nothing else in the role does.
  voiceKinds: {
    official: list(`
      minist govern deputad senad prefeit vereador polícia policia policial procurador promotor
      =juiz juíza tribunal embaixad diplomat partido congress parlament exército militar
      autoridade planalto itamaraty comandante =supremo =stf =central ~presiden ~secretári
      ~responsável
    `),
    institution: list(`
      empresa companhia grupo banco sindicat associação federação fundação =ong organização
      hospital clube fundador =ceo executiv empresári indústria fabricante ~diretor
    `),
    expert: list(`
      especialista pesquisador investigador cientista professor universi economista analista
      *ólogo *óloga médic advogad consultor instituto
    `),
    affected: list(`
      morador testemunh vítima sobreviv =pai =mãe =filho =filha irmão irmã espos marido famíli
      vizinh pacient estudant alun trabalhador passageir eleitor manifestant agricultor refugiad
      migrant torcedor afetad
    `),
    media: list(`
      jornalist repórter correspondent redat editor colunista jornal revista televis =tv rádio
      emissora
    `),
    document: list(`
      relatório comunicado =nota declaração estudo =pesquisa =carta =cartas documento =lei decreto sentença
      texto mensagem parecer
    `),
  },
};
