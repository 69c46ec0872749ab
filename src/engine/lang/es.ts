// Spanish lexicon. Regular speech verbs are conjugated by rule from their infinitive (-ar, -er,
// -ir) in the tenses of reported speech: present, preterite, imperfect, future, conditional,
// participles and gerund; compound tenses are auxiliary + participle ("ha dicho", "había
// señalado"). Irregular and stem-changing verbs list their own forms.
import type { Gender, LanguageRules, PronounInfo } from "./types.ts";
import { conjugate, gendered, kinship, list, noWord, words } from "./lexicon.ts";

const REGULAR_VERBS = `
  afirmar declarar señalar explicar agregar añadir asegurar indicar sostener apuntar remarcar
  destacar subrayar enfatizar insistir precisar aclarar comentar mencionar anunciar
  denunciar criticar lamentar relatar narrar reiterar opinar considerar estimar responder
  replicar sentenciar tuitear publicar admitir expresar argumentar alertar confirmar
  completar resumir preguntar cuestionar acusar plantear exclamar gritar advertir
  reclamar exigir asumir deslizar ironizar bromear concluir escribir describir prometer
  manifestar contar recordar reconocer negar desmentir pedir puntualizar
  valorar celebrar agradecer calificar ratificar anticipar adelantar avanzar revelar informar
  detallar graficar proclamar aseverar enumerar justificar defender contestar reprochar
  objetar avisar comunicar confesar sugerir hablar reflexionar sintetizar retrucar vaticinar
  insinuar observar llamar tildar definir instar exhortar recomendar descartar calcular pronosticar
  reivindicar
`;

/** Forms that the rules below do not make: irregular preterites, stem changes, participles. */
const IRREGULAR = `
  dice dicen dijo dijeron decía decían dirá dirán diría dirían dicho dicha diciendo
  sostiene sostienen sostuvo sostuvieron sostendrá sostendría
  advierte advierten advirtió advirtieron advirtiendo
  manifiesta manifiestan cuenta cuentan recuerda recuerdan reconoce reconocen
  niega niegan desmiente desmienten desmintió desmintieron pide piden pidió pidieron pidiendo
  concluye concluyen concluyó concluyeron escrito escrita descrito descrita
  defiende defienden confiesa confiesan sugiere sugieren sugirió sugirieron
  cree creen creyó creyeron creía creían recomienda recomiendan
  lee leen leyó leyeron leía leían leído leída leyendo
  expone exponen expuso expusieron exponía exponían
`;

/** Verbs of several words. */
const IDIOMS = ["hizo saber", "dio a conocer", "puso de relieve", "se preguntó", "hace saber"];

/** Endings of the regular forms, by infinitive ending. */
const ENDINGS: Record<string, string[]> = {
  ar: [
    "a",
    "an",
    "ó",
    "aron",
    "aba",
    "aban",
    "ará",
    "arán",
    "aría",
    "arían",
    "ado",
    "ada",
    "ados",
    "adas",
    "ando",
  ],
  er: [
    "e",
    "en",
    "ió",
    "ieron",
    "ía",
    "ían",
    "erá",
    "erán",
    "ería",
    "erían",
    "ido",
    "ida",
    "idos",
    "idas",
    "iendo",
  ],
  ir: [
    "e",
    "en",
    "ió",
    "ieron",
    "ía",
    "ían",
    "irá",
    "irán",
    "iría",
    "irían",
    "ido",
    "ida",
    "idos",
    "idas",
    "iendo",
  ],
};

/**
 * Present subjunctive, for speech reported in a subordinate clause: `aunque el dirigente declare
 * que…`, `cuando el ministro diga…`.
 */
const SUBJUNCTIVE_ENDINGS: Record<string, string[]> = { ar: ["e", "en"], er: ["a", "an"], ir: ["a", "an"] };
const IRREGULAR_SUBJUNCTIVE = "diga digan sostenga sostengan advierta adviertan pida pidan cuente cuenten";
/**
 * Subjunctive forms that are far more often an adverb: `se bajaron dos cuadras más adelante` is no
 * one announcing anything.
 */
const ADVERB_SUBJUNCTIVES = new Set(["adelante"]);

/**
 * Infinitives after a preposition share the sentence's subject as gerunds do: `fue tajante al
 * asegurar que «…»`, `tras señalar que…`.
 */
const infinitives = [...list(REGULAR_VERBS), "decir"];

const verbs = [
  ...infinitives,
  ...conjugate(REGULAR_VERBS, ENDINGS),
  ...list(IRREGULAR),
  ...conjugate(REGULAR_VERBS, SUBJUNCTIVE_ENDINGS).filter((form) => !ADVERB_SUBJUNCTIVES.has(form)),
  ...list(IRREGULAR_SUBJUNCTIVE),
];

/**
 * Participles, which no finite form shares in Spanish: after an auxiliary a verb (`ha anunciado`),
 * without one an adjective (`las medidas anunciadas`), no clause's verb.
 */
const PARTICIPLE_ENDINGS: Record<string, string[]> = {
  ar: ["ado", "ada", "ados", "adas"],
  er: ["ido", "ida", "idos", "idas"],
  ir: ["ido", "ida", "idos", "idas"],
};
const participles = new Set([
  ...conjugate(REGULAR_VERBS, PARTICIPLE_ENDINGS),
  ...list("dicho dicha dichos dichas escrito escrita descrito descrita"),
]);

/**
 * Each office, its former holder's title written as one word with the prefix "ex" (RAE: `exministro`,
 * `expresidenta`, `exsecretario de Finanzas`), and its deputy's with "sub" or "vice" (`subcomisionado`,
 * `subdirectora`, `viceministro`): a rank below is an office all the same.
 */
function withFormerAndDeputyHolders(offices: ReadonlySet<string>): Set<string> {
  return new Set([...offices].flatMap((office) => [office, `ex${office}`, `sub${office}`, `vice${office}`]));
}

const PRONOUNS: [string, PronounInfo][] = [
  ["él", { gender: "m", plural: false }],
  ["ella", { gender: "f", plural: false }],
  ["ellos", { gender: "m", plural: true }],
  ["ellas", { gender: "f", plural: true }],
  ["este último", { gender: "m", plural: false, order: "last" }],
  ["esta última", { gender: "f", plural: false, order: "last" }],
  ["el primero", { gender: "m", plural: false, order: "first" }],
  ["la primera", { gender: "f", plural: false, order: "first" }],
  ["el segundo", { gender: "m", plural: false, order: "second" }],
  ["la segunda", { gender: "f", plural: false, order: "second" }],
];

const DEFINITE = new Map<string, Gender | undefined>([
  ...gendered("el este ese aquel", "m"),
  ...gendered("la esta esa aquella", "f"),
  ...gendered("los las lo su sus estos estas", undefined),
]);
/** The indefinite determiners of several (see pluralIndefinites). */
const PLURAL_INDEFINITE = words("unos unas varios varias algunos algunas dos tres muchos");
const INDEFINITE = new Map<string, Gender | undefined>([
  ...gendered("un uno", "m"),
  ...gendered("una", "f"),
  ...[...PLURAL_INDEFINITE].map((w) => [w, undefined] as const),
]);

/**
 * How a law, report or ruling gives its words (`La Constitución manda «…»`, `el informe establece
 * que…`, `el estudio muestra que «…»`): these verbs are speech only with a document subject.
 */
const DOCUMENT_SPEECH = {
  verbs: new Set([
    ...conjugate("mandar estipular determinar ubicar", { ar: ["a", "an", "ó", "aba", "aban"] }),
    ...list(`
      establece establecen estableció establecía establecían dispone disponen dispuso disponía
      prevé prevén previó preveía preveían muestra muestran mostró mostraba mostraban
      recoge recogen recogió recogía recogían contempla contemplan contempló contemplaba contemplaban
      atribuye atribuyen atribuyó atribuía atribuían
    `),
  ]),
  documents: words(`
    informe informes ley leyes constitución decreto sentencia fallo documento estudio comunicado
    resolución reglamento artículo acuerdo tratado texto dictamen protocolo borrador carta ordenanza
    norma normativa certificación certificaciones convenio convenios contrato contratos escrito querella
  `),
  releases: words("comunicado texto"),
  courts: words("tribunal corte juez jueza jueces magistrado magistrada"),
};

export const spanish: LanguageRules = {
  code: "es",
  stopWords: list("el los las del y es por una con para su lo como más pero fue sus al este muy"),
  asWords: words("como así"),
  speechNouns: words(
    "frase palabras mensaje respuesta réplica veredicto elogio advertencia comentario comunicado",
  ),
  complementOf: words("de del"),
  complementArticles: new Map([["del", "el "]]),
  senderPrepositions: new Set(),
  capacityWords: new Set(),
  notQuoteWords: {
    naming:
      // A slogan, a legend or a theme given is named, not said: `con la consigna “…”`, `bajo el tema “…”`.
      // So is a work's title (`con el título «…»`) and what a thing was christened (`el operativo bautizado
      // “…”`).
      "(?:el|la|lo) (?:término|palabra|expresión|lema|apodo|sobrenombre|seudónimo|consigna|leyenda|eslogan|" +
      "tema|título)|" +
      // A protected witness or an operation goes by a code name: `identificado con la clave “…”`, `bajo el
      // nombre en clave «…»`. `la clave` alone may be the key the quote gives (`la clave “está en …”`).
      "(?:con|bajo) (?:la|el) (?:clave|nombre clave|nombre en clave)|" +
      // A name a group gives itself is no one's words: `la banda, autodenominada “…”`.
      "autodenominad[oa]s?|autoproclamad[oa]s?|" +
      // A work set right after its author's noun is its title: `Tejero, autor de «Feria arriba, …»`.
      "autor(?:a|es|as)? de|" +
      "llamad[oa]s?|denominad[oa]s?|apodad[oa]s?|bautizad[oa]s?(?: como)?|alias|titulad[oa]s?|" +
      "conocid[oa]s? como|" +
      // A naming participle keeps its `como` across a short adverbial or agent between them: `conocido en
      // el vestuario como «el Tanque»`, `bautizado informalmente por el equipo como “Ballena”`.
      "(?:conocid|bautizad|apodad|llamad|denominad)[oa]s?(?: [^\\s,;:]+){1,4} como|" +
      // `lo que los ornitólogos llaman el «…»`: a plural subject's naming verb (namingFinitePlural).
      "(?:llaman|denominan)(?: (?:el|la|los|las|un|una))?|" +
      // The impersonal `se`: no one says the term, it is mentioned (`lo que se conoce como “…”`).
      "se (?:conoce|conocen|conocía|conocían) como|se (?:denomina|denominan)|" +
      // A campaign runs under its message, which names it: `bajo el mensaje «…»`.
      "bajo (?:el|un) mensaje",
    // A story is a kind of work: set after a title, it names it (`con «La casa de …», una historia …`), and
    // so are a feature film, a show and an exhibition (`“…”, el primer largometraje de …`). Not "obra",
    // which is as often the building works a clause goes on about (`las obras «pusieron en riesgo…»`).
    // A police operation is an `operativo` in Latin America: `el operativo “Espejo”, desarrollado …`.
    // A song is named by its genre as often as by `canción` (`el bolero «…»`, `la cumbia «…»`); `son`
    // only after its article, since it is also a verb (`los precios son «abusivos»`).
    works:
      "libro|novela|película|largometraje|cortometraje|espectáculo|exposición|" +
      "canción|álbum|disco|sencillo|bolero|tango|paseo|merengue|cumbia|vallenato|corrido|ranchera|" +
      "balada|himno|villancico|(?:el|un) son|" +
      "programa|serie|documental|juego|diario|periódico|revista|columna|operación|operativo|" +
      "campaña|proyecto|partido|premio|asociación|escuela|colegio|colectivo|movimiento|" +
      "gama|historia|relato|cuadro|lienzo|óleo|mural|tapiz|" +
      "retrato|escultura|helicóptero|buque|barco|velero|cohete|satélite|sonda|" +
      "telescopio|espectrógrafo|detector|tormenta|huracán|token|criptomoneda",
    documents: "informe|comunicado|estudio|ley|estrategia",
    // A day of action is named so too: `la jornada “Barrio limpio”`.
    namedBodies: "comité|dispositivo|plataforma|jornada",
    namingParticiples: "",
    namingFinite: "llaman|denominan",
    namingFinitePlural: "llaman|denominan",
    namingAnyForm: "llama|llaman|llamó|llamaron|llamaba|calificó|califica|tildó|tilda|apodó|apoda|bautizó",
    // A name opening its sentence, then the reflexive verb giving it: `“…” se llama el primer disco de …`.
    namingParticiplesAfter:
      "se llama|se llaman|se llamaba|se llamaban|se llamará|se llamarán|se titula|se titulan|se titulaba|" +
      "se titulará|se denomina|se denominan",
    passiveAuxiliaries: "",
    titleSmallWords: "el|los|las|y|del|al",
    declaresItself: "se\\s+(?:define|definía|definió|considera|consideraba|ve|veía)\\s+como(?:\\s+una?)?",
    articles: "el|los|las",
    elidedArticles: "",
    authorPrepositions: "por",
    publishingVerbs:
      "presentó|presenta|presentará|publicó|publica|publicará|estrenó|estrena|estrenará|estreno de",
    signs:
      "pancartas?|cartel(?:es)?|letreros?|mantas?|lonas?|pintadas?|grafitis?|camisetas?|banderolas?|" +
      "pegatinas?",
    inscribingVerbs: "grafiteó|grafitearon|grafiteado|pintarrajeó|pintarrajearon|pintarrajeado",
    // `que` opens the relative clause here (`carteles que decían “…”`); the lexicon counts it a
    // complementiser, not a relative pronoun.
    // Reading gives a sign's words as well as saying does: `una pancarta en la que se leía «…»`.
    signVerbs:
      "(?:que )?(?:decía|decían|dice|dicen|rezaba|rezaban|reza|rezan|pedía|pedían|pide|piden|leía|leían|" +
      "proclama|proclaman|proclamaba|proclamaban|" +
      "lee|leen|" +
      // A sign warns as it reads: `un letrero advierte del “…”`.
      "advierte|advierten|advertía|advertían|advierte de|advierte del|alerta de|alerta del|alerta sobre)",
    signSurfaceAdverbs: "",
    signSlogans: "consignas?|lemas?|mensajes?|leyendas?",
    namingNouns: "apodos?|motes?|sobrenombres?",
    // `marino`, `molecular`, `popular`, `titular`: the office a field or a party qualifies
    // (`El biólogo marino de la Universidad de Los Lagos Pablo Gallardo`); `agrario`, `sanitario`,
    // `portuario`: the field of a specialist (`el economista agrario de la Universidad X Felipe Soto`).
    adjectiveEndings: "al|ar|ario|aria|oso|osa|ino|ina|able|ible|ico|ica|ivo|iva",
    listConjunctions: "y|o|e",
    namingAfterThing: "",
    levels: "nivel|categoría|fase|grado|alerta",
    levelGrades: "roja|rojo|naranja|amarilla|amarillo|verde",
    measures:
      "pactos?|contratos?|reformas?|plan|planes|ley|leyes|programas?|modelos?|impuestos?|bonos?|" +
      "subsidios?|créditos?|cheques?|empleos?|tasas?|escudos?",
    articlePrepositions: "al|del",
    mediumPrepositions: "en",
    addresseePrepositions: "a",
    addresseeArticles: "",
    ratings: "compra|venta|sobreponderar|infraponderar",
  },
  speechVerbs: new Set(verbs),
  speechIdioms: IDIOMS,
  documentSpeech: DOCUMENT_SPEECH,
  topicNouns: words("caso"),
  speechGerunds: new Set([...verbs.filter((f) => f.endsWith("ndo")), ...infinitives]),
  perfectAuxiliaries: words("ha han había habían habrá habría habrían"),
  auxiliaries: words(
    "ha han había habían habrá habría habrían hubo fue fueron es son se le les también ya además no",
  ),
  // "del" is "de" + "el": `en palabras del alcalde`.
  sourcePhrases: [
    "según",
    "de acuerdo con",
    "a juicio de",
    "a juicio del",
    "en palabras de",
    "en palabras del",
    "a decir de",
    "a decir del",
  ],
  interviewPhrases: ["entrevista con", "conversación con", "una conversación con"],
  quoteBackReferences: new Set(),
  viewpointPrepositions: new Set(["para"]),
  inciseInversion: true,
  possessiveSources: new Map([
    ["a su juicio", null],
    ["en su opinión", null],
    ["a su entender", null],
    ["en sus palabras", null],
  ]),
  sourcePrepositions: words("desde"),
  // Every third person plural ends so (`dicen`, `dijeron`, `decían`), no singular does.
  pluralVerbEnding: /\p{L}n$/u,
  citingWords: words("citando"),
  nullSubject: true,
  teamPlaces: words(`
    capitán capitana volante delantero delantera lateral zaguero arquero portero guardameta
    mediocampista centrocampista extremo
  `),
  officeEpithets: new Map([
    ["jefe estado", "presidente"],
    ["jefe ejecutivo", "presidente"],
    // In Latin America a cabinet minister is a secretary of State.
    ["secretario estado", "ministro"],
    ["secretaria estado", "ministra"],
    // In Chile the mayor heads the «comuna»: «el jefe comunal», «la jefa comunal».
    ["jefe comunal", "alcalde"],
    ["jefa comunal", "alcaldesa"],
    // In Spain the mayor is the town's `regidor` (who governs it), a council member elsewhere: the
    // role's own noun still names a council member (see epithetOrOwnWords).
    ["regidor", "alcalde"],
    ["regidora", "alcaldesa"],
    // In Mexico the mayor is the town's `presidente municipal`, and a Spanish mayor's deputy, a councillor
    // the mayor names, its `teniente de alcalde` (not the army's `teniente`).
    ["presidente municipal", "alcalde"],
    ["presidenta municipal", "alcaldesa"],
    ["teniente alcalde", "concejal"],
    ["teniente alcaldesa", "concejal"],
  ]),
  // "el jerarca": the head of a ministry or agency, whichever (Uruguay, Chile); «el munícipe», «el edil»:
  // a member of a town council, mayor or councillor (México, Spain); «la líder»: whoever heads a body,
  // its president or its secretary general («la líder sindical»); «la ejecutiva»: whoever runs a
  // company, its president, its chief executive or its manager; «la autoridad» (a body's noun too):
  // whoever holds a public office, a mayor, a delegate, a director («afirmó la autoridad municipal»).
  anyOfficeNouns: words(
    "legislador legisladora parlamentario parlamentaria jerarca mandatario mandataria munícipe edil líder " +
      "ejecutivo ejecutiva autoridad",
  ),
  kinshipNouns: kinship(`
    padre papá | madre mamá | hijo | hija | hermano | hermana | marido esposo | esposa | abuelo |
    abuela | nieto | nieta | tío | tía | sobrino | sobrina | primo | prima | yerno | nuera | suegro
    | suegra | viuda | viudo
  `),
  possessiveKinNouns: new Map([["mujer", "esposa"]]),
  birthOrderWords: kinship("mayor primogénito primogénita | menor pequeño pequeña benjamín benjamina"),
  circumstanceNouns: words(
    "víctima acusado acusada imputado imputada procesado procesada sospechoso sospechosa " +
      "testigo superviviente sobreviviente viudo viuda denunciante",
  ),
  officeKinds: new Map([
    // An officer of the army or the police, whatever the rank: «el oficial» after «el coronel X», or
    // after «el comandante de la Policía, general X», the rank a police chief's name goes with; or
    // after «el comisionado X», a police rank in Central America («el comisario» elsewhere).
    [
      "oficial",
      words(
        "coronel teniente subteniente capitán comandante general sargento almirante brigadier " +
          "comisionado comisario",
      ),
    ],
    // A parliamentary group's head or spokesperson sits in the chamber: «la diputada» after «la jefa de
    // la fracción oficialista, X» (Costa Rica) or «el jefe de la bancada», «del bloque» (Argentina).
    ["diputado", words("fracción bancada bloque")],
    ["diputada", words("fracción bancada bloque")],
    ["senador", words("fracción bancada bloque")],
    ["senadora", words("fracción bancada bloque")],
    // The mayor is the `intendente` in Argentina and Uruguay (see officeEpithets for «el jefe comunal»).
    ["alcalde", words("intendente")],
    ["alcaldesa", words("intendenta")],
    // A magistrate of the bench or of the prosecution: «la magistrada» after «la jueza X».
    ["magistrado", words("juez fiscal")],
    ["magistrada", words("jueza fiscal")],
    // A spokesperson is the `vocero` in Latin America, the `portavoz` in Spain: one office, both words.
    ["portavoz", words("vocero vocera")],
    ["vocero", words("portavoz")],
    ["vocera", words("portavoz")],
    // A member of a religious order, whatever their office in it: «la religiosa» after «la priora del
    // monasterio, sor X» or «la madre superiora X», «el religioso» after «el prior X» or «fray X, el abad».
    ["religiosa", words("priora abadesa superiora monja")],
    ["religioso", words("prior abad superior monje fraile")],
  ]),
  possessiveWords: words("mi mis tu tus su sus nuestro nuestra nuestros nuestras vuestro vuestra"),
  documentEpithets: words("documento texto"),
  // «la corporación»: the Mexican press's word for a police force, the Spanish press's for a town council.
  bodyEpithets: words(
    "cartera consistorio supervisor regulador organismo institución entidad emisor dependencia ente " +
      "corporación gremio",
  ),
  neuterArticles: words("lo"),
  pronouns: new Map(PRONOUNS),
  firstPersonWords: words("yo nosotros nosotras nuestro nuestra nuestros nuestras mi mis conmigo"),
  speakerlessPronouns: words("yo nosotros nosotras tú usted ustedes vosotros eso esto"),
  impersonalVerbs: new Set(),
  clitics: words("se le les lo la los las me te nos"),
  reflexiveClitics: words("se"),
  adverbEnding: "mente",
  passiveMarkers: words("sido"),
  complementisers: words("que"),
  passiveAgents: words("por"),
  relativePronouns: words("quien quienes"),
  thingRelativePronouns: new Set(),
  relativeAdverbs: words("donde"),
  inChargePhrases: ["a cargo de", "a cargo del", "que ejerce", "que preside", "que encabeza", "que lidera"],
  nameNouns: words("nombre nombres"),
  relativePossessives: words("cuyo cuya cuyos cuyas"),
  officeVerbs: words(
    "dirige dirigía preside presidía representa representaba enseña enseñaba fundó coordina gestiona " +
      "asesora trabaja trabajaba estudia investiga",
  ),
  affiliationPrepositions: words("de del"),
  whereaboutsPrepositions: new Set(),
  copulas: words("es era fue"),
  honorifics: new Map<string, Gender | undefined>([
    ...gendered("sr sr. señor don", "m"),
    ...gendered("sra sra. srta srta. señora señorita doña", "f"),
    ...gendered("dr dr. dra dra. lic lic.", undefined),
  ]),
  titles: withFormerAndDeputyHolders(
    words(`
    presidente presidenta ministro ministra secretario secretaria
    canciller gobernador gobernadora alcalde alcaldesa intendente senador senadora diputado
    diputada juez jueza fiscal general director directora jefe jefa portavoz vocero vocera
    embajador embajadora rey reina príncipe princesa papa consejero consejera comisario
    comisaria líder titular concejal concejala regidor regidora coronel teniente comandante
    doctor doctora ceo comisionado comisionada gerente inspector inspectora sargento
  `),
  ),
  everyoneNouns: words("hombre mujer"),
  collectiveNouns: new Set<string>(),
  personNouns: new Map<string, Gender | undefined>([
    ...gendered(
      `
      portavoz portavoces fuente fuentes analista analistas especialista especialistas
      periodista periodistas testigo testigos fiscal juez dirigente dirigentes dirigenta dirigentas
      líder economista
      titular gente personas persona colega colegas congresista congresistas
      peronista kirchnerista macrista socialista gobernante gobernantes
      responsable responsables comerciante comerciantes usuario usuaria usuarios usuarias
      jerarca jerarcas miembro miembros integrante integrantes
      futbolista futbolistas tenista guardameta centrocampista mediocampista atacante estratega
      jurista juristas artista artistas joven jóvenes paciente pacientes cineasta cineastas
      taxista taxistas mototaxista mototaxistas transportista transportistas dt munícipe edil
      oficial coronel teniente comandante guarda guardas guardaparques guardabosques vigilante vigilantes
      pediatra pediatras intensivista intensivistas gerente gerentes
      sacerdote sacerdotes párroco presbítero capellán pastor pastora rabino
      hincha hinchas habitante habitantes cliente clientes turista turistas
      votante votantes simpatizante simpatizantes pariente parientes motociclista docente docentes
    `,
      undefined,
    ),
    ...gendered(
      `
      presidente ministro secretario funcionario funcionarios vocero experto expertos asesor
      asesores diputado senador abogado abogados investigador investigadores médico médicos
      profesor vecino vecinos hombre padre hijo hermano marido amigo empresario diplomático
      diplomáticos militar militares policía policías agente agentes director jefe
      trabajador trabajadores manifestante manifestantes dirigente portavoz
      mandatario legislador parlamentario técnico entrenador seleccionador capitán autor premier
      biólogo politólogo sociólogo psicólogo epidemiólogo climatólogo geólogo científico catedrático
      académico geofísico astrónomo agrónomo
      ingeniero arquitecto enfermero historiador escritor agricultor ganadero pescador hostelero tendero
      marinero jugador delantero extremo portero arquero goleador zaguero serpentinero lanzador jardinero
      acusado imputado procesado pintor timonel delegado magistrado cajero jubilado
      directivo directivos ejecutivo ejecutivos
      vendedor vendedores esposo aficionado aficionados seguidor seguidores conductor chofer chófer
      comprador camarero mesero pasajero pasajeros viajero dueño propietario inquilino abuelo tío novio
      viudo cocinero panadero carnicero bombero bomberos repartidor espectador alumno peatón campesino
      campesinos maestro voluntario voluntarios viticultor religioso compañero operario montador recolector
    `,
      "m",
    ),
    ...gendered(
      `
      presidenta ministra secretaria funcionaria vocera experta asesora diputada senadora
      abogada investigadora médica profesora vecina mujer madre hija hermana esposa amiga
      empresaria directora jefa trabajadora vicepresidenta
      mandataria legisladora parlamentaria entrenadora seleccionadora capitana autora
      bióloga politóloga socióloga psicóloga epidemióloga climatóloga geóloga científica catedrática
      académica geofísica astrónoma agrónoma
      ingeniera arquitecta enfermera historiadora escritora agricultora ganadera pescadora hostelera
      tendera jugadora delantera portera arquera goleadora acusada imputada procesada pintora delegada
      jardinera cajera jubilada marinera
      magistrada ejecutiva
      vendedora aficionada seguidora conductora compradora camarera mesera pasajera viajera dueña
      inquilina abuela tía novia viuda cocinera panadera repartidora espectadora alumna campesina maestra
      voluntaria viticultora religiosa recolectora
    `,
      "f",
    ),
  ]),
  // A company's trade noun before its name («la distribuidora Energía San Juan») names a body too, and
  // says it is a company (voiceKinds), so that «la empresa» is the company just named. A local
  // government goes by its office's noun across the Spanish-speaking world («la Intendencia de
  // Montevideo», «la Municipalidad de Lima», «la Alcaldía de Bogotá», «la Gobernación del Biobío»).
  // A citizens' group goes by «el colectivo X», then by «la agrupación» (voiceKinds: both institutions).
  // A research or forecasting body goes by «el Centro de …» (el Centro de Estudios Atmosféricos, …), as
  // English and French bodies go by their «centre». A government's department is the `Departamento de
  // Salud` (Puerto Rico, the United States' `Departamento de Estado`); a union's or a party's local
  // branch in Argentina and Uruguay is its `seccional` («la seccional Islas de AGMER»). An oversight
  // office goes by its «procuraduría» (México, Colombia), «defensoría» or «superintendencia». A company
  // is often named after its trade in the plural («Aguas de Valencia», «Bodegas Riojanas», «Talleres
  // Ochoa»), and is a company for «la empresa» after it (voiceKinds). A directorate goes by its
  // «dirección» («la Dirección General de Tráfico», «la Dirección de Protección Civil»).
  organisationNouns: words(`
    ministerio gobierno agencia consejo comisión comité sindicato partido banco grupo universidad
    administración oficina tribunal corte policía ejército empresa compañía sociedad asociación federación
    instituto organización fundación servicio autoridad equipo diario periódico revista informe
    comunicado estudio encuesta carta documento proyecto ley cámara senado congreso fiscalía audiencia
    casa rosada unidad embajada cartera ayuntamiento consistorio comunidad colegio escuela liceo hospital
    contraloría distribuidora aseguradora constructora petrolera aerolínea confederación distrito gremio
    intendencia municipalidad alcaldía gobernación secretaría consultora observatorio agrupación colectivo
    cooperativa consejería conselleria centro club gerencia seccional departamento procuraduría defensoría
    superintendencia consorcio importadora exportadora aguas bodegas talleres almacenes operadora organismo
    ente dirección
  `),
  definiteDeterminers: DEFINITE,
  indefiniteDeterminers: INDEFINITE,
  pluralIndefinites: PLURAL_INDEFINITE,
  pluralDeterminers: new Set(),
  obliqueIndefinites: new Set(),
  determiners: new Set([...DEFINITE.keys(), ...INDEFINITE.keys()]),
  prepositions: words(
    "de del a al en con por para sin sobre entre desde hasta hacia tras ante bajo contra durante según " +
      "mediante salvo excepto",
  ),
  nameParticles: words("de del la las los van von"),
  // `la Unidad Nacional para la Gestión del Riesgo`, `la Fiscalía contra la Corrupción`: one body.
  bodyNamePrepositions: words("para contra"),
  bodyFieldPrepositions: new Set(),
  // `la Procuraduría Federal de Protección al Ambiente`, `la Oficina de Atención a la Víctima`.
  bodyNameGoverningNouns: new Map(
    ["protección", "defensa", "atención", "ayuda", "apoyo", "asistencia", "acceso", "servicio"].map(
      (noun) => [noun, words("a al")],
    ),
  ),
  affiliationParticles: new Set(),
  // Spanish copy writes Galician towns in their own language: `el Colegio de Abogados de A Coruña`.
  placeNameArticles: words("a o as os"),
  adverbs: words(`
    lunes martes miércoles jueves viernes sábado domingo ayer hoy mañana tarde noche mediodía
    luego después antes entonces también además ya todavía aún primero finalmente recientemente
    nuevamente públicamente no nunca más siempre ahora hasta pronto temprano anoche recién incluso solo sólo
    apenas casi así aquí allí semana año mes pasado pasada próximo próxima
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    entrada entrado avanzada avanzado
  `),
  phraseStops: words(
    "que quien quienes cuyo cuya donde cuando mientras aunque porque pero y o ni sino en desde " +
      "durante tras ante con a al para sobre hacia como luego",
  ),
  clauseJoins: words("y pero o ni sino que porque aunque si cuando mientras pues"),
  dialogueDashes: true,
  elisions: new Set(),
  capitalNotElided: new Set(),
  elisionsBeforeVerbs: new Set(),
  nameSuffixes: new Set(),
  companyForms: words("s.a s.l s.a.u sa sl cf fc"),
  firmNameWords: words(`
    energía energías logística aceros transportes industrias alimentos lácteos seguros tecnologías
    holding laboratorios astilleros minera farmacéutica petróleos
  `),
  numberedBodyUnits: words("sección distrito"),
  letterLabelledNouns: words(
    "grupo plan categoría clase serie división zona bloque anexo opción fase etapa vitamina",
  ),
  possessiveSuffix: "",
  invertedPronouns: new Set(),
  abbreviations: words("sr. sra. srta. dr. dra. prof."),
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
  firstOfTwoSurnames: true,
  partisanNoun: /^\p{Ll}{4,}istas?$/u,
  specialistNoun: /^\p{Ll}{3,}(?:ólog|ógraf)(?:o|a|os|as)$/u,
  ageNoun: noWord,
  ageNounDecades: new Map(),
  retireeNouns: words("jubilado jubilada pensionista"),
  feminineByCase: noWord,
  commonNoun: noWord,
  feminineNoun: noWord,
  finiteVerbEnding: /\p{L}{2}(?:aron|ieron|aban)$/u,
  ordinalNumeral: /^\p{N}+\.?[ºª]$/u,
  pastParticipleEnding: /\p{L}{2}(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u,
  presentParticipleEnding: noWord,
  objectPronouns: new Map(),
  possessiveDeterminers: new Map(),
  impersonalSubject: null,
  colonSpeakerPrepositions: new Set(),
  ownAccountPhrases: [],
  voicePhrases: [],
  impersonalSourcePrepositions: new Set(),
  insideDocumentAdverbs: new Set(),
  obliqueArticles: new Set(),
  genitiveArticles: new Set(),
  trailingSourcePhrases: [],
  postposedSources: new Set(),
  participles,
  quotingVerbs: new Set(),
  addressingVerbs: new Set(),
  subjectlessVerbs: new Set(),
  detachedVerbParticles: new Map(),
  otherVerbParticles: new Set(),
  reportedSpeechMarkers: new Set(),
  reportedSpeechForm: null,
  intentVerbs: new Set(),
  intentLinks: new Set(),
  negations: words("no nunca"),
  refusalVerbs: words(`
    niega niegan negó negaba negaban rehúsa rehúsan rehusó evita evitan evitó evitaba evitaban evitando
  `),
  intentAdverbs: new Set(),
  infinitiveMarkers: new Set(),
  euphonicLetters: new Set(),
  speechInfinitives: new Set(),
  bodyNamesCapitaliseFirstWord: false,
  crownTitles: new Set(),
  adjectivesFollowNouns: true,
  placeBodyNouns: new Set(),
  // A broadcaster's microphones are where words were said too: `dijo el ganador ante los micrófonos de X`.
  adverbialNouns: words("entrevista entrevistas declaraciones rueda comparecencia micrófono micrófonos"),
  // Nationalities and regional origins, lower case as Spanish writes them: «el escritor peruano Julio
  // Ramos», then «la almeriense», «el argentino» for someone just named (see demonyms in types.ts).
  demonyms: new Map<string, Gender | undefined>([
    ...gendered(
      `
      argentino chileno uruguayo paraguayo boliviano peruano ecuatoriano colombiano venezolano mexicano
      cubano dominicano puertorriqueño guatemalteco hondureño salvadoreño panameño costarricense
      español italiano ruso ucraniano chino brasileño alemán francés inglés portugués japonés holandés
      irlandés escocés noruego sueco finlandés danés polaco griego turco egipcio sirio
      andaluz gallego vasco catalán valenciano asturiano madrileño sevillano malagueño gaditano
      granadino cordobés murciano aragonés zaragozano navarro riojano cántabro extremeño canario
      mallorquín manchego toledano vallisoletano salmantino leonés burgalés alicantino barcelonés
      bilbaíno coruñés vigués porteño rosarino mendocino tucumano santiaguino limeño bogotano caleño
      quiteño guayaquileño caraqueño paceño montevideano
    `,
      "m",
    ),
    ...gendered(
      `
      argentina chilena uruguaya paraguaya boliviana peruana ecuatoriana colombiana venezolana mexicana
      cubana dominicana puertorriqueña guatemalteca hondureña salvadoreña panameña
      española italiana rusa ucraniana china brasileña alemana francesa inglesa portuguesa japonesa
      holandesa irlandesa escocesa noruega sueca finlandesa danesa polaca griega turca egipcia siria
      andaluza gallega vasca catalana valenciana asturiana madrileña sevillana malagueña gaditana
      granadina cordobesa murciana aragonesa zaragozana navarra riojana cántabra extremeña canaria
      mallorquina manchega toledana vallisoletana salmantina leonesa burgalesa alicantina barcelonesa
      bilbaína coruñesa viguesa porteña rosarina mendocina tucumana santiaguina limeña bogotana caleña
      quiteña guayaquileña caraqueña paceña montevideana
    `,
      "f",
    ),
    ...gendered(
      `
      estadounidense canadiense nicaragüense israelí iraní marroquí
      almeriense onubense jienense castellonense ovetense conquense abulense oscense bonaerense
      rioplatense platense donostiarra
    `,
      undefined,
    ),
  ]),
  originNouns: new Set(),
  jurisdictionAdjectives: words(`
    nacional nacionales provincial provinciales municipal municipales estatal estatales federal federales
    regional regionales autonómico autonómica autonómicos autonómicas departamental departamentales
    comunal comunales distrital distritales
  `),
  // A festival or a contest is named after someone (`el Encuentro de Guitarra Paco de Lucía`, `el Memorial
  // Luis Aragonés`), who is not the speaker. Not `premio`: `el premio Nobel Mario Vargas Llosa` is a person.
  eventNouns: words(`
    campeonato campeonatos juegos copa festival maratón torneo ciclón huracán tifón encuentro certamen
    concurso trofeo memorial bienal jornadas
  `),
  // A neighbourhood is a `reparto` in Cuba, a `fraccionamiento` in Mexico, an `urbanización` in Spain
  // and Venezuela, a `población`, a `villa` or a `campamento` in Chile (often named after a person:
  // `la población Arturo Prat`); a hamlet a `caserío`, an `aldea`, a `vereda` in Colombia. Waters and
  // land forms precede their names too (`la ciénaga Grande de Lorica`, `el río San Juan`). Not `cabo`,
  // a rank.
  // Divisions of a country may take their name bare, without `de` (`del estado Lara`, `el municipio
  // Iribarren`, `la provincia Duarte`): the name completes the body's (`la Gobernación del estado
  // Zulia`) or the division's phrase, and is no person an office noun introduces.
  placeNouns: words(`
    avenida calle barrio colonia sierra plaza paseo cerro jirón estadio espacio parque reparto mercado
    parada estación
    fraccionamiento urbanización caserío aldea vereda población villa campamento
    río ciénaga laguna lago quebrada arroyo caño embalse represa bahía golfo isla volcán playa
    estado municipio condado parroquia cantón provincia región
  `),
  placePrepositions: words("en"),
  saintWords: words("san santa santo"),
  partyMemberNouns: new Set(),
  // Kinds of voice (src/engine/voiceKinds.ts): a role word begins with an entry; "=" the word
  // only, "~" a title that decides only when nothing else in the role does.
  voiceKinds: {
    official: list(`
      minist gobiern diputad senad alcald concejal polic fiscal =juez =jueza tribunal =corte audiencia
      embajad diplomát partido congres parlament ejército militar autoridad canciller funcionari
      comandante moncloa =rosada =central ~presiden ~vicepresiden ~secretari ~responsable =organismo =ente
    `),
    institution: list(`
      empresa compañía =firma grupo banco sindicat asociación federación fundación =ong organización
      hospital club fundador gerente =ceo ejecutiv empresari industria fabricante ~director
      =distribuidora =aseguradora =constructora =petrolera aerolínea agrupación =colectivo =cooperativa
      consorci =fc =cd =cf =ud =importadora =exportadora =aguas =bodegas =talleres =almacenes
      =operadora
    `),
    expert: list(`
      expert investigador científic profesor catedrátic universi economista analista *ólogo *óloga
      médic doctor abogad especialista consultor instituto jurista
    `),
    affected: list(`
      vecin testig víctima sobrevivient =padre =madre =hijo =hija herman espos familia pacient
      estudiant alumn trabajador emplead pasajer votante manifestant agricultor refugiad migrant
      residente afectad maestr
    `),
    media: list(`
      periodist reporter corresponsal redact editor columnista diario periódico revista televis
      radio =medio cadena
    `),
    document: list(`
      informe comunicado declaración estudio encuesta =carta =cartas documento =ley decreto sentencia texto
      mensaje tuit =nota
    `),
  },
};
