// What the engine needs to know about one language. Adding a language means writing one of
// these (a lexicon, mostly word lists and a verb table), not touching the pipeline: the
// attribution rules (src/engine/attribution/) are the same for every language and only ask
// these questions.

import type { DecidedVoiceKind } from "../types.ts";

export type Gender = "m" | "f";

export interface PronounInfo {
  /** Grammatical gender the pronoun demands of its antecedent, or undefined for either. */
  gender?: Gender;
  plural: boolean;
  /**
   * The plural's pronoun too, written alike (German „sie“, she and they): besides one person of its
   * gender it may stand for a group (`Die Autoren empfehlen … „…“, schreiben sie.`).
   */
  pluralToo?: boolean;
  /** Stands for an institution or a document only ("it"). */
  organisation?: boolean;
  /**
   * A stressed form that, opening a sentence as its subject, sets its person against the one just
   * quoted (« Lui s’en défend » after a critic's words): it never means the last speaker.
   */
  contrastive?: boolean;
  /**
   * Counts the people named together before it and stands for one by their order: the first (« le
   * premier », "the former", „Ersterer“), the second (« la seconde », «el segundo»), or the one named
   * last (« ce dernier », "the latter", „Letzterer“, «este último»).
   */
  order?: "first" | "second" | "last";
}

/**
 * The words quote judgement (quotes/notQuotes.ts) reads around quotation marks, each a
 * regular-expression alternation in lower case ("" when the language has none yet). Judgement
 * checks every language's words on every page, so a quote in another language is judged too.
 */
export interface NotQuoteWords {
  /**
   * Words right before the marks that present a name, title or word being mentioned: "so-called", "le terme".
   */
  naming: string;
  /**
   * Kinds of works and named things: the noun right before the marks makes them a title ("book",
   * "documentaire"). A product line is a named thing too: `die Baureihe «Alpin Compact»`, `la gamme « … »`;
   * so are craft, sites and weather systems: `the vessel “Polar Tern”`, `dem Hubschrauber „Libelle“`.
   */
  works: string;
  /** Documents, named by a title in capitals ("report", "rapport"). */
  documents: string;
  /**
   * Committees and schemes, named by a title in capitals as documents are (`the committee “Save Elm
   * Park”`, `le dispositif « Voisins vigilants »`): in lower case, the span after them is more often the
   * body's quoted verb (`le comité « regrette » la décision`).
   */
  namedBodies: string;
  /**
   * Naming verbs as participles ("called", "qualifié"): alone they only name; with a subject the span is its
   * words.
   */
  namingParticiples: string;
  /** Finite naming verbs, which have a subject and so a speaker ("calls", "qualifie"). */
  namingFinite: string;
  /**
   * Finite naming verbs in the third person plural, before the name they give ("call", "appellent"): with
   * a common noun as subject, a group in general names a term (`what ornithologists call the “dawn
   * chorus”`). "" where the verb closes its clause, after the name.
   */
  namingFinitePlural: string;
  /**
   * Naming verbs in any form, which may stand some words before the name ("calling", "surnommaient"),
   * or, where the verb closes its clause, right after it (`den die Fans nur „Kess“ nennen`).
   */
  namingAnyForm: string;
  /**
   * Naming participles that follow the name they give, where the verb closes its clause (`im Verein nur
   * „Lagen-Lea“ genannt`, `door iedereen „de Kop“ genoemd`), and the finite forms of "be called" that
   * close it so (`die in der Branche „Apotheken light“ heißen`); where the verb comes before, the
   * reflexive "be called" that follows a name opening the sentence (`“…” se llama el primer disco`), or "".
   */
  namingParticiplesAfter: string;
  /** Forms of "to be" that make a naming participle passive ("was called"): no speaker. */
  passiveAuxiliaries: string;
  /** Short words that stay lower case inside a title ("of", "des"). */
  titleSmallWords: string;
  /**
   * A reflexive "say" or "see as" before the marks by which the subject declares or describes itself, not
   * names a thing (`la mairie s’est dite « favorable »`, `Er sieht sich selbst als „…“`): the subject's own
   * words. The forms, spaces written `\\s+`.
   */
  declaresItself: string;
  /**
   * Definite articles that open a name a naming verb gives (`the plume`, `le baron`). Left out where an
   * article is a common word of another language ("a", "o", "de"), since every language's words are checked.
   */
  articles: string;
  /** Articles written elided before a vowel (`l’Ogre`), without their apostrophe. */
  elidedArticles: string;
  /**
   * Words that introduce a work's author right after its title (`“Blue Nights” by Joan Didion`); an elided
   * form ends with its apostrophe ("d’").
   */
  authorPrepositions: string;
  /**
   * Verbs of bringing out a work, right before the marks: what they bring out is its title
   * (`presentó “Los años del agua”`, `released “Salt Year”`). So do the nouns of its first showing with
   * their preposition (`die Premiere von „…“`, `la première de « … »`, `the premiere of “…”`).
   */
  publishingVerbs: string;
  /** Things that carry a slogan, singular and plural ("banners?", "pancartes?"). */
  signs: string;
  /**
   * Verbs of writing on a wall or a surface that take the inscription as their object, right before
   * or right after the marks (`hat jemand «…» gesprayt`, `someone scrawled “…”`, `a tagué « … »`): a
   * graffito, words no one in the article is said to utter.
   */
  inscribingVerbs: string;
  /** Verbs that give a sign's words ("read", "proclamant"). */
  signVerbs: string;
  /**
   * Adverbs standing for a sign right after its verb, which give the words before the verb as the
   * sign's (`„…“ stand darauf`).
   */
  signSurfaceAdverbs: string;
  /**
   * Nouns for what a sign says, set after the sign and a comma with a word or two before them
   * (`Sur les banderoles, un seul mot d’ordre : « … »`, "On the placards, one message: “…”").
   */
  signSlogans: string;
  /**
   * Nouns for a nickname, singular and plural ("nicknames?", "surnoms?"):
   * one in the clause before a colon presents the short span after it as that name (`On lui a donné un
   * surnom : « … »`).
   */
  namingNouns: string;
  /** Endings that make a lower-case word an adjective ("ous", "ique"). */
  adjectiveEndings: string;
  /** Conjunctions between items of a list ("and", "or", "et"). */
  listConjunctions: string;
  /**
   * A form that names right after a noun for a thing and says after a speaker: `le dispositif dit
   * « … »` against `le ministre dit « … »` ("dit"). Empty where no form of a speech verb also names.
   */
  namingAfterThing: string;
  /**
   * Nouns for a step on a scale, written with its number ("Gefahrenstufe", "level", "niveau"): the
   * words in marks set beside them name the step (`die Gefahrenstufe 5, «sehr gross»`).
   */
  levels: string;
  /**
   * Words for a step's grade when it is a colour, not a number ("rouge", "amber", "Rot"): the words in
   * marks right after the step and its grade name the step too (`la vigilance rouge « fortes pluies et
   * orages »`, `die Warnstufe Rot „Unwetter“`, `an amber warning “heavy rain”`).
   */
  levelGrades: string;
  /**
   * Nouns that head the name of a public measure or scheme, singular and plural ("pactes?",
   * "plans?"): `son « pacte de responsabilité »`, `the “clean air plan”`.
   */
  measures: string;
  /** Prepositions written with a definite article ("aux", "del"): `aux « contrats de … »`. */
  articlePrepositions: string;
  /**
   * Prepositions saying on which programme or in which paper a speaker spoke, right after the speech
   * verb ("en", "on"): `ha alertado en 'Más de uno' de que`, `said on “Today” that`; "" where the
   * language writes an article there (`im „Morgenmagazin“`, which namedByArticle reads).
   */
  mediumPrepositions: string;
  /**
   * Prepositions saying to whom a speaker spoke, after the speech verb and an inverted subject ("zu",
   * "à", "to"): `sagt sie zu „Heute“`, `a-t-il confié à « Libération »`; a paper's or a programme's name
   * follows them, not the speaker's words.
   */
  addresseePrepositions: string;
  /**
   * The articles that alone, by their case, say to whom a speaker spoke, after the speech verb and an
   * inverted subject (German dative "dem", "der"): `sagte dem »nd«`, `sagte sie der „taz“`. No one's words
   * follow them, so the paper's name there may be in lower case, as those two are.
   */
  addresseeArticles: string;
  /**
   * The ratings an analyst gives a stock ("buy", "outperform", "achat", "kaufen"): alone in marks, such a
   * word is the rating's label (`maintained its “buy” call`), no one's words.
   */
  ratings: string;
}

export interface LanguageRules {
  /** ISO 639-1 code: "en", "fr". */
  code: string;
  /**
   * Words frequent in this language and rare in the others, lower case ("the", "und"; not "de",
   * "que", "la", common to several): language detection counts them.
   */
  stopWords: readonly string[];
  notQuoteWords: NotQuoteWords;
  /**
   * "as", "comme": in `as the agency reported, “…”` the subject follows the verb, and in
   * `described as “…” by X` the quote is the verb's complement.
   */
  asWords: ReadonlySet<string>;
  /**
   * Nouns for what someone said, lower case ("remarks", "phrase", "elogio"): `L'elogio di Trump:
   * « … »`, `Cette petite phrase d'Arnaud Montebourg` name the speaker in their complement.
   */
  speechNouns: ReadonlySet<string>;
  /**
   * The preposition a naming verb takes before its complement: "of" (`accused of “…”`), "de" (`qualifié de «
   * … »`).
   */
  complementOf: ReadonlySet<string>;
  /**
   * The prepositions that carry the definite article, with that article as a description is written
   * with it (`du` → `le `: `une lettre du fils de la victime` is the letter of « le fils de la
   * victime »; `au` → `le `: `renvoie au cahier des charges, qui prévoit`). Empty where none does.
   */
  complementArticles: ReadonlyMap<string, string>;
  /**
   * The prepositions naming who sent a document, where `complementOf` does not (`a text from Ms Kiely`,
   * `a letter from his landlord`): the person it comes from speaks its words. Empty where none does.
   */
  senderPrepositions: ReadonlySet<string>;
  /**
   * The word that sets a bare role after the subject, saying in what capacity it acts (`Der Kreis als
   * Schulträger spricht von …`, `De gemeente als eigenaar zegt`): the subject speaks, not the role.
   * Empty where the language writes that role between commas instead.
   */
  capacityWords: ReadonlySet<string>;
  /**
   * Every single-word form of every speech verb, lower case: finite forms in all tenses and
   * participles ("said", "says", "déclare", "déclaré", "déclarait", "déclara", "déclarera").
   * French inverted forms ("estime-t-il", "a-t-elle") are split by the tokenizer into verb + pronoun.
   */
  speechVerbs: ReadonlySet<string>;
  /**
   * Forms that are only past participles ("déclaré", "reconnue"): a verb after an auxiliary,
   * an adjective without one ("les dispositions les plus contestées"). Where a language's
   * participles share their form with a tense (English "said"), an empty set.
   */
  participles: ReadonlySet<string>;
  /**
   * How documents speak: verb forms that give a document's words (`La Constitución manda «…»`, `the
   * law provides that…`), lower case, and the nouns of the documents that take them. The verbs
   * count as speech verbs only with such a subject, never with a person (`el ministro manda tropas`).
   */
  documentSpeech: {
    verbs: ReadonlySet<string>;
    documents: ReadonlySet<string>;
    /**
     * Of the documents, those a body issues to speak for itself (`statement`, `communiqué`), lower case:
     * "the statement" after a body announced something is that body's release, where "the report" or
     * "the study" after it is a document speaking for itself.
     */
    releases: ReadonlySet<string>;
    /**
     * Courts and judges, lower case: their findings are rulings, given in the document verbs as a
     * judgment's are (`the court found that`, `Judge X found the delay “unreasonable”`).
     */
    courts: ReadonlySet<string>;
  };
  /** Speech verbs of several words ("pointed out", "fait valoir", "mis en garde"), lower case. */
  speechIdioms: readonly string[];
  /**
   * Participles, gerunds and infinitives that attribute to the sentence's subject, never to a noun after
   * them ("saying", "affirmant", "al asegurar").
   */
  speechGerunds: ReadonlySet<string>;
  /** Auxiliaries of compound tenses ("has", "a", "avait"), skipped between subject and verb. */
  auxiliaries: ReadonlySet<string>;
  /**
   * The auxiliaries of the perfect ("has", "a", "hat"), before a participle: a quoted span right after
   * one is a verb phrase someone said (`il a « dû être opéré »`), where after a copula it may be a label.
   */
  perfectAuxiliaries: ReadonlySet<string>;
  /** Phrases that attribute without a verb ("according to", "selon", "d'après"), lower case. */
  sourcePhrases: readonly string[];
  /**
   * Phrases that present an interview with someone, lower case (`a conversation with`, `entretien
   * avec`): after a headline's quote and its colon, the person they name is who said the words.
   */
  interviewPhrases: readonly string[];
  /**
   * Words a speech verb takes as its object to point back at the quote before it, lower case:
   * `Global warming — “it’s a hoax.”` then `Donald Trump has said that more than once.`
   */
  quoteBackReferences: ReadonlySet<string>;
  /** Prepositions that attribute when they open the sentence: `pour X, « … »`. */
  viewpointPrepositions: ReadonlySet<string>;
  /**
   * Nouns that name an affair by whom it is about, lower case ("caso", "affaire", "case"): before a
   * colon, `El caso Ortega: «…»` heads words about Ortega, not Ortega's words.
   */
  topicNouns: ReadonlySet<string>;
  /**
   * Prepositions that, in a phrase with no verb before a colon, name the person whose words follow:
   * `Même son de cloche chez Chantal Roux : « … »`.
   */
  colonSpeakerPrepositions: ReadonlySet<string>;
  /**
   * Object forms of the personal pronouns, each with its subject form among `pronouns`, where the two
   * differ: `For him, “…”` is `he`, `Für ihn` is `er`.
   */
  objectPronouns: ReadonlyMap<string, string>;
  /**
   * Phrases that attribute to whoever their possessive stands for (`à ses yeux`, `in her view`,
   * `na opinião dele`), lower case, each with the subject pronoun it means, or null where the
   * possessive does not tell the gender (`ses`, `su`).
   */
  possessiveSources: ReadonlyMap<string, string | null>;
  /**
   * Possessive determiners, lower case, each with the subject pronoun its owner is: German `seine` → `er`.
   * After a trailing source phrase, one before a speech noun gives the words to its owner (`„…“, so
   * ihre Einschätzung`).
   */
  possessiveDeterminers: ReadonlyMap<string, string>;
  /**
   * Verbs of quoting, lower case: their object is who speaks (`Die „Bild“ zitiert X mit den Worten`), or
   * in the passive their subject (`X wird mit den Worten zitiert`), never the one who quotes.
   */
  quotingVerbs: ReadonlySet<string>;
  /**
   * Speech verbs whose object is the one spoken to, lower case ("told", "informed"): a name right after
   * them (`told Times of Malta that …`) is the addressee, not the sentence's subject. Empty where the
   * addressee takes a preposition (`a dit à`, `dijo a`) or a name after the verb may be its inverted
   * subject (`warnte Merkel`).
   */
  addressingVerbs: ReadonlySet<string>;
  /**
   * Phrases giving words to the clause's own subject, lower case: German `nach eigenen Angaben`, Dutch
   * `naar eigen zeggen` (`De beslissing nam ze naar eigen zeggen „in vijf minuten“`).
   */
  ownAccountPhrases: readonly string[];
  /**
   * Personal pronouns that can stand for a speaker, subject and stressed forms, and anaphoric phrases ("ce
   * dernier").
   */
  pronouns: ReadonlyMap<string, PronounInfo>;
  /**
   * First-person pronouns and possessives ("we", "our", "nosotros", "nuestras"): a short quoted span using
   * one is someone's words.
   */
  firstPersonWords: ReadonlySet<string>;
  /** Pronouns that never stand for a quoted third party ("i", "we", "you", "je", "nous", "on"). */
  speakerlessPronouns: ReadonlySet<string>;
  /**
   * Verbs whose subject pronoun stands for no one (« il faut », « il s’agit », « il suffit »), clitics and
   * negation between them allowed: the pronoun is the impersonal subject, no speaker. Empty where a subject
   * left unwritten (Spanish, Italian, Portuguese) or speakerless (German `es`, Dutch `het`) needs none;
   * English `it`, which stands for a body, is not listed yet.
   */
  impersonalVerbs: ReadonlySet<string>;
  /**
   * Object pronouns written between a subject and its verb ("nous le raconte"), skipped when looking for the
   * subject.
   */
  clitics: ReadonlySet<string>;
  /**
   * The reflexive clitics among them ("se", "s", "si", "sich"): before a speech verb and its passive
   * agent (`se explica por`, `s’explique par`) they make it a middle voice, "is explained by", no speech.
   */
  reflexiveClitics: ReadonlySet<string>;
  /** The ending that makes a word an adverb ("ly", "ment"). */
  adverbEnding: string;
  /**
   * Auxiliaries that make a participle passive ("was", "been", "est", "été"): its subject is not the speaker.
   */
  passiveMarkers: ReadonlySet<string>;
  /**
   * Words that open a reported clause ("that", "que"): a speech verb after one is inside someone else's
   * report.
   */
  complementisers: ReadonlySet<string>;
  /**
   * The word that joins a verb to the infinitive after it ("to": `continued to say`), skipped with that
   * verb when looking back for the subject.
   */
  infinitiveMarkers: ReadonlySet<string>;
  /** Words that introduce the agent of a passive ("described as “…” by X"): "by", "par". */
  passiveAgents: ReadonlySet<string>;
  /** Relative pronouns that stand for the noun just before them ("who", "qui"). */
  relativePronouns: ReadonlySet<string>;
  /** Those of them that stand for a thing, never a person ("which"): `a report by Ann Lee, which said`. */
  thingRelativePronouns: ReadonlySet<string>;
  /**
   * Relative adverbs of place ("where", "donde"): after a speech verb and its setting they open a clause
   * about that place (`dijo en Vitoria, donde anunció …`), never the speaker.
   */
  relativeAdverbs: ReadonlySet<string>;
  /**
   * Phrases, lower case and ending on their preposition, that name in apposition the person acting for
   * the subject: `La defensa de X, a cargo del abogado Y, calificó …` (Y speaks), `represented by`.
   */
  inChargePhrases: readonly string[];
  /**
   * Nouns for the name a person goes by ("name", "prénom", "nombre", "Vorname"), lower case: a relative
   * clause after an unnamed speaker that holds one and ends on a name gives the speaker's name (`A
   * trader, who gave her name only as Esi, said`).
   */
  nameNouns: ReadonlySet<string>;
  /**
   * Relative pronouns of possession ("whose", "dont", "deren"): they open a relative clause whose own
   * subject follows them (`a mother, whose daughter …`), so they do not stand for the clause's subject.
   */
  relativePossessives: ReadonlySet<string>;
  /**
   * Verbs of holding an office or an occupation, lower case, in the forms a relative clause
   * writes them: "X, who heads the growers' association", "qui dirige la fédération", "der den
   * Verband leitet". The clause is then X's role.
   */
  officeVerbs: ReadonlySet<string>;
  /**
   * Prepositions that join a person to the body they belong to, right after the name: "Ann Lee of
   * the Green Party", "Paul Brun, du syndicat", "Jan Vogt vom Mieterverein".
   */
  affiliationPrepositions: ReadonlySet<string>;
  /**
   * Prepositions that, right after an unnamed person's noun, say where they come from, live or sit
   * (`Eine Wanderin aus Salzburg`, `ein Anrainer in der Schwarzenbergstraße`, `eine Seniorin am
   * Nebentisch`): the reporter's description goes on through the place, though the preposition ends
   * phrases elsewhere (`phraseStops`: `sagte ein Sprecher am Montag`). Empty where phraseStops hold no
   * such preposition, and a description already reads on through it (`a hiker from Salzburg`).
   */
  whereaboutsPrepositions: ReadonlySet<string>;
  /** "is", "est", "ist": after a name, what follows may be the person's role ("Ann Lee is a nurse"). */
  copulas: ReadonlySet<string>;
  /**
   * Titles before a name that are not part of it ("mr", "m.", "mme", "dr"), lower case, with the gender they
   * show.
   */
  honorifics: ReadonlyMap<string, Gender | undefined>;
  /**
   * Titles and offices written before a name ("president", "sen.", "ministre"), lower case: the role, not the
   * name.
   */
  titles: ReadonlySet<string>;
  /**
   * Nouns that name a person by what they do ("official", "spokesman", "porte-parole"), lower case, with
   * gender when the noun shows it.
   */
  personNouns: ReadonlyMap<string, Gender | undefined>;
  /**
   * Nouns for anyone, naming no office or trade ("woman", "la mujer", "die Frau"), lower case: a
   * reporter's other word for the unnamed person just described (`dijo la mujer`).
   */
  everyoneNouns: ReadonlySet<string>;
  /**
   * Person nouns of a group that takes a plural verb and "they" (`police`, `staff`), lower case: a
   * description they head is several people, which no "he" or "she" stands for. Empty where such a
   * noun takes the singular and its gender's pronoun (« la police … elle », „die Polizei … sie“).
   */
  collectiveNouns: ReadonlySet<string>;
  /**
   * Nouns that name a person by age ("38-year-old", "quinquagénaire"), lower case: a reporter's second
   * mention of someone named.
   */
  ageNoun: RegExp;
  /**
   * The decade an age noun without a number names, by its stem ("sexagén" of "sexagénaire": 60), lower
   * case: `la sexagénaire` is the one given 63 years, not 41 (see yearsOfAgeNoun). Nouns with the age in
   * digits ("63-year-old", "63-Jährige") need none.
   */
  ageNounDecades: ReadonlyMap<string, number>;
  /**
   * Nouns that name a person as retired, lower case ("retraitée", "Rentner", "jubilado", "pensioner"):
   * someone past working age (see yearsOfAgeNoun), so `soupire la retraitée` after two women given 78
   * and 45 years is the first, as an age noun would be.
   */
  retireeNouns: ReadonlySet<string>;
  /**
   * An article and a noun of age, lower case, whose case makes them a woman where the article alone reads
   * as a man's (German `der 47-Jährigen`, dative or genitive: `Der 47-Jährigen fehlt ein Konzept: „…“`;
   * `der 47-Jährige` is a man).
   */
  feminineByCase: RegExp;
  /**
   * A follower named after a leader or a creed (`un chiraquien`, `a Trumpist`, `un chavista`), lower
   * case: a person noun no list can hold, as such words are coined from names.
   */
  partisanNoun: RegExp;
  /**
   * A specialist named by their science (`la oceanógrafa`, `le sismologue`, `the oceanographer`), lower
   * case: a person noun no list can hold whole, as every science makes one; or by a trade's ending that
   * makes person nouns only (German `-eur`: `Polisseurin`).
   */
  specialistNoun: RegExp;
  /** Nouns that make a capitalised name an organisation ("department", "ministère"), lower case. */
  organisationNouns: ReadonlySet<string>;
  /**
   * Definite articles, possessives and demonstratives ("the", "le", "la", "les", "l'", "ce"), lower case,
   * with the gender they show.
   */
  definiteDeterminers: ReadonlyMap<string, Gender | undefined>;
  /** Every determiner, definite or not (for callers that only ask "does a noun phrase open here?"). */
  determiners: ReadonlySet<string>;
  /**
   * Indefinite determiners and quantifiers that introduce an unnamed source ("a", "one", "un", "une", "des").
   */
  indefiniteDeterminers: ReadonlyMap<string, Gender | undefined>;
  /**
   * The indefinite determiners of several, lower case (`plusieurs`, `varios`, `einige`, `several`): a
   * description they open is a group (`plusieurs motocyclistes`), whatever its noun, which no
   * description of one person (`le prévenu`) stands for.
   */
  pluralIndefinites: ReadonlySet<string>;
  /**
   * Determiners the feminine and the plural share, lower case (German `die`, `diese`): before a person
   * noun listed masculine, or one written with an ending past its listed feminine, they open a group
   * (`die Anwohner`, `die Autoren`, `die Autorinnen`), never one woman. A masculine noun in `-e` is an
   * adjective's, whose article tells the gender (`die Verdächtige`). Empty where each has its own.
   */
  pluralDeterminers: ReadonlySet<string>;
  /**
   * Indefinite determiners in a case no subject takes (German `einen`, `einem`, `eines`): the person
   * they describe is whom the sentence acts on (`verurteilte einen 61-jährigen Mann wegen …`), and
   * the words, in that case, name no speaker; a later definite description („der Beschuldigte“)
   * speaks as written. Empty where determiners show no case.
   */
  obliqueIndefinites: ReadonlySet<string>;
  /** Prepositions: a capitalised word after one belongs to a role or a place, not to the speaker's name. */
  prepositions: ReadonlySet<string>;
  /** Lower-case particles inside names ("de", "van", "von", "bin", "al"). */
  nameParticles: ReadonlySet<string>;
  /**
   * Prepositions that carry a body's name on from its capitalised noun to the capitalised words of its
   * complement, where the name particles do not ("the Institute for Fiscal Studies", "the Bureau of
   * Labor Statistics": one body, not a person named "Fiscal Studies"), lower case. Empty where the
   * particles are those prepositions ("Ministerio de …") or every noun is capitalised.
   */
  bodyNamePrepositions: ReadonlySet<string>;
  /**
   * Where every noun is capitalised (so bodyNamePrepositions is empty: a capital after them tells
   * nothing), the prepositions by which a body's noun takes its field into its name, lower case: "das
   * Institut für Ostseeforschung", "der Landesbetrieb für Küstenschutz, Nationalpark und Meeresschutz";
   * a seat or the initials after the field close it ("für Ozeanforschung Kiel"; see bodyFieldEnd).
   */
  bodyFieldPrepositions: ReadonlySet<string>;
  /**
   * Nouns inside a body's name that carry it on by a preposition of their own, lower case, with those
   * prepositions: "Procuraduría Federal de Protección al Ambiente", "Comisión de Ayuda al Refugiado"
   * are one body each, where the same preposition after any other word ends the name ("presentó la
   * Fiscalía al Juzgado Segundo").
   */
  bodyNameGoverningNouns: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Name particles that, after a full name (a first name and a surname), introduce the person's body
   * rather than go on with the name ("Jonas Feldmann von Greenpeace"): a noble particle follows the first
   * name ("Ursula von der Leyen"). Empty where compound surnames join by their particle after two names
   * ("Luiz Inácio Lula da Silva", "Ramón Pérez de Ayala").
   */
  affiliationParticles: ReadonlySet<string>;
  /**
   * Capitalised articles of place names in another of the country's languages, which the copy keeps
   * (Galician `A Coruña`, `O Grove`, `As Pontes`): after a lower-case preposition and before a name
   * word, one is the place name's first word, not the text's own preposition or conjunction.
   */
  placeNameArticles: ReadonlySet<string>;
  /**
   * Time words and adverbs that may stand between a speech verb and its speaker ("tuesday", "mardi", "soir",
   * "also").
   */
  adverbs: ReadonlySet<string>;
  /** Words that end a speaker's noun phrase ("who", "during", "lors", "qui", "dans"). */
  phraseStops: ReadonlySet<string>;
  /**
   * Words that join clauses; a subject is never searched across them ("and", "but", "that", "et", "mais",
   * "que").
   */
  clauseJoins: ReadonlySet<string>;
  /** Elided words written with an apostrophe ("l'", "d'", "qu'"), lower case without the apostrophe. */
  elisions: ReadonlySet<string>;
  /**
   * Elisions a capital never makes: a capital M’ or T’ opens a name ("M’hamed", "T’Challa"), not "m’a".
   */
  capitalNotElided: ReadonlySet<string>;
  /**
   * Elisions that stand only before a verb or a clitic pronoun ("n'" of ne, "j'", "s'"), never before a
   * capitalised word: a capital one followed by a capital opens a name ("N’Guessan", "N’Diaye"), where
   * a lower-case word after it is still elided ("N’oubliez pas").
   */
  elisionsBeforeVerbs: ReadonlySet<string>;
  /**
   * The possessive written onto a noun with an apostrophe ("'s": "NPR's"), split off as a word of its own;
   * "" where the language has none.
   */
  possessiveSuffix: string;
  /** Suffixes written after a name that are not part of it ("jr", "iii"), lower case. */
  nameSuffixes: ReadonlySet<string>;
  /**
   * The legal forms a company's name ends on (`GmbH`, `AG`, `S.A.`, `LLC`), and a club's initials for
   * its kind (`Hull City AFC`, `Valencia CF`), lower case without a final period: a name ending on one is
   * a company's or a club's, whole, whatever common nouns it holds (`Regiobus
   * Potsdam Mittelmark GmbH`), and a body, not a person.
   */
  companyForms: ReadonlySet<string>;
  /**
   * Words of a trade that make a capitalised name a company's wherever they stand in it (`Nordwind
   * Energie`, `Laiterie Atlas`, `Aceros del Nervión`), lower case: a firm is named after what it does,
   * a person never is, so the name is a body of a company's kind, which "the company" may stand for.
   * Not body nouns (organisationNouns): no description is headed by one ("die Energie" is no body).
   */
  firmNameWords: ReadonlySet<string>;
  /**
   * Units a body numbers, whose number ends its name (`Amalgamated Transit Union Local 241`, `the 19th
   * Police District`: "local", "district"), lower case.
   */
  numberedBodyUnits: ReadonlySet<string>;
  /**
   * Nouns for things told apart by a letter (`group`, `groupe`, `Gruppe`, `plan`), lower case: a single
   * capital right after one is its label, whose full stop may end the sentence (`dans le groupe F. Brice
   * Ngoumou a ouvert le score`), not an initial opening a name.
   */
  letterLabelledNouns: ReadonlySet<string>;
  /**
   * Subject pronouns written after their verb with a hyphen ("estime-t-il", "dit-elle"): the tokenizer
   * splits them off as the verb's subject.
   */
  invertedPronouns: ReadonlySet<string>;
  /** Letters written for the sound between a verb and its inverted pronoun: French `a-t-il`. */
  euphonicLetters: ReadonlySet<string>;
  /**
   * Abbreviations that keep their full stop and end no sentence ("mr.", "gen.", "inc."), lower case with
   * the stop, besides honorifics, titles and initials.
   */
  abbreviations: ReadonlySet<string>;
  /**
   * Abbreviated titles and the office each stands for (`gov.` → `governor`, `md` → `managing director`):
   * "the governor" later in the article is who it called "Gov. Elena Marsh".
   */
  titleAbbreviations: ReadonlyMap<string, string>;
  /**
   * Phrases after a speech verb that hand the words to someone speaking for the subject ("par la voix de"):
   * that someone is the speaker.
   */
  voicePhrases: readonly string[];
  /**
   * Prepositions that name where words come from when a speech verb has no subject of its own (`explicaron
   * desde el entorno presidencial`).
   */
  sourcePrepositions: ReadonlySet<string>;
  /**
   * The ending of a speech verb in the third person plural (`explicaron`, `señalan`): only such a verb,
   * impersonal, has a source preposition name where its words come from. After a singular one
   * (`defendió desde la tribuna`) the subject is someone named before and the phrase where they stood.
   * `noWord` where no source preposition is listed.
   */
  pluralVerbEnding: RegExp;
  /**
   * Prepositions naming the body words come from when the verb has no subject of its own: German `aus`
   * (`hieß es aus dem Ministerium`). Any other preposition names a source only by people (`in
   * Regierungskreisen`), not a document or a time (`In einer Mitteilung hieß es`, `Am Montag hieß es`).
   */
  impersonalSourcePrepositions: ReadonlySet<string>;
  /**
   * Pronominal adverbs that open an impersonal verb's clause on the document the sentence before
   * named: German `darin` (`Der Verband hat einen Brief geschrieben. Darin heißt es: „…“`). That
   * sentence's subject wrote it.
   */
  insideDocumentAdverbs: ReadonlySet<string>;
  /**
   * Articles in the case a preposition governs, left out of the name of the body it opens: German
   * `hieß es aus dem Ministerium` names "Ministerium", not "dem Ministerium".
   */
  obliqueArticles: ReadonlySet<string>;
  /**
   * The articles opening a genitive complement after a noun (German `der`, `des`), which names the
   * body a compound's name is written with: `die Landesselbstverwaltung der Ungarndeutschen`.
   */
  genitiveArticles: ReadonlySet<string>;
  /**
   * Gerunds of citing (`citando`): `El diario, citando a fuentes oficiales, dijo que «…»` relays the
   * words of whoever it cites (attribution/strategies.ts, `cited-source`).
   */
  citingWords: ReadonlySet<string>;
  /**
   * Articles that never take a noun (Spanish neuter `lo`, before an adjective: `lo importante`):
   * before a verb form they are its object pronoun (`así lo afirmó`), not an article.
   */
  neuterArticles: ReadonlySet<string>;
  /**
   * The subject pronoun may be left out: a sentence may open on its speech verb (`Afirmó que…`,
   * `Disse:`), whose subject is whoever the reader follows.
   */
  nullSubject: boolean;
  /**
   * Descriptions that name an office in other words, by their content words, with the office's title:
   * `el jefe de Estado` is the president's office ("jefe estado" → "presidente"). A role given in the
   * description's own words holds that office too (`Schulleiterin X`, then `die Schulleiterin`).
   */
  officeEpithets: ReadonlyMap<string, string>;
  /**
   * A player's place in a team, lower case: the positions ("flanker", "el volante", "l’ailier") and the
   * captaincy ("captain", "capitán"). The captain plays too, so a position describes the captain named
   * before (`the flanker said` after `Captain Rhodri Pugh`): the captaincy is no other office.
   */
  teamPlaces: ReadonlySet<string>;
  /**
   * Nouns for whoever holds an elected office or heads a body, whichever it is (`the lawmaker`, `o
   * parlamentar`, `le dirigeant`): such a bare description fits a person just named who holds any office.
   */
  anyOfficeNouns: ReadonlySet<string>;
  /**
   * Nouns that name a person by their part in what the article reports, not by an office or a trade
   * (`the defendant`, « la victime », `el acusado`, `die Witwe`), lower case, each written form: a
   * reporter calls so whomever it befell, whatever office the article gave them (`el acusado` for
   * the former finance director it named), so such a description names no office of its own.
   */
  circumstanceNouns: ReadonlySet<string>;
  /**
   * Nouns that name a person by a relation of kin (`father`, « la fille », `su hermano`, „die Tochter“),
   * lower case, each to the relation it names (synonyms share one: `mère` and `maman`): a family shares
   * a surname, and a reporter tells its members apart by these, so `said the father` is never the one
   * the article introduced as someone's son.
   */
  kinshipNouns: ReadonlyMap<string, string>;
  /**
   * Nouns that name a spouse only after a possessive (`ihr Mann`, `sa femme`, `su mujer`), lower case,
   * each to the kinshipNouns word of the relation: alone they name anyone (`der Mann`, `une femme`).
   */
  possessiveKinNouns: ReadonlyMap<string, string>;
  /**
   * Words that tell members of one family apart by age (`the younger sister`, « l’aîné », `el menor de los
   * hermanos`, `der Jüngere`), lower case, each to the order it names (the group's first word): `the
   * younger` is never the one the article called the elder. They oppose each other only, not a noun of
   * kin: `el menor` (a minor) may be someone's son.
   */
  birthOrderWords: ReadonlyMap<string, string>;
  /**
   * An office's word with the titles of the offices it also covers, lower case: a general noun
   * covers its kinds (`el oficial` is the coronel or the teniente named before, `le magistrat` the
   * procureur or the juge), and one country's title covers another country's for the same office
   * (the Chilean `alcalde`, whose epithet is `el jefe comunal`, is the Argentine `intendente`). A
   * description naming such an office fits whoever holds one of the offices it covers.
   */
  officeKinds: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Nouns a reporter uses for the government body just named, whichever it is (`a pasta`, `la
   * cartera`: the ministry or department): such a bare description is the body last named.
   */
  bodyEpithets: ReadonlySet<string>;
  /**
   * Nouns a reporter uses for the document just named, whichever it is (« Le décret … Le texte
   * prévoit », `El informe … El documento señala`), lower case: such a definite description is the
   * document mentioned last.
   */
  documentEpithets: ReadonlySet<string>;
  /**
   * Possessive determiners (`his`, `son`, `sein`, `su`), lower case: a description they open is
   * someone's (`son avocat`), never the person it stands for.
   */
  possessiveWords: ReadonlySet<string>;
  /**
   * Phrases that attribute only right after a quote and its comma: German `„…“, so Caspar`, Dutch `'…', aldus
   * De Vries`.
   */
  trailingSourcePhrases: readonly string[];
  /**
   * An incise after a quote puts any verb of saying before its subject (`», grince X`, `", ironizó
   * X`), so the place itself marks the verb, listed or not (French, Spanish, Portuguese, Italian, and the
   * verb-second German and Dutch: `„…“, polterte X`).
   */
  inciseInversion: boolean;
  /**
   * Speech verbs that never take a person as subject (German `verlautete`): like `hieß es`, they name their
   * source only by a document or a place (`aus dem Kanzleramt verlautete`). Also among the speech verbs.
   */
  subjectlessVerbs: ReadonlySet<string>;
  /**
   * Separable speech verbs' detached forms and their own particles (German `wies` → `hin`, `hält` →
   * `fest`). Where the verb stands second and its clause closes on its own particle, it is the speech
   * verb whatever stands between (`hält in einer Stellungnahme fest, …`); where the clause closes on one
   * of `otherVerbParticles` instead, it is another verb (`die Projekte wiesen „Mängel“ auf`, to show).
   */
  detachedVerbParticles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Particles that make another verb of a detached speech verb (German `auf`, `ab`, `aus`). */
  otherVerbParticles: ReadonlySet<string>;
  /** Words that attribute after their source, as postpositions: German `Berger zufolge`, lower case. */
  postposedSources: ReadonlySet<string>;
  /**
   * The language capitalises every noun (German): a capitalised title, person or organisation noun is no
   * name.
   */
  capitalisesNouns: boolean;
  /**
   * An adjective made of a place's name, which keeps the name's capital and never inflects (German
   * `der Hofer Kapitän`, `die Dresdner Verkehrsbetriebe`). Before a person's noun it says where they
   * are from, naming no one, so the description is a person's that may mean someone named before;
   * before a body's noun it opens the body's name, as it is no noun of its own. No word where such
   * adjectives are written in lower case or as nouns (`le joueur lavallois`).
   */
  placeAdjective: RegExp;
  /**
   * A name joined by a hyphen to a participle, which makes an adjective of it (`Kumasi-based`,
   * `Kremlin-backed`, `Texas-born`): it describes the name after it and is no part of that name. No word
   * where no such compound keeps the name's capital.
   */
  hyphenedNameAdjective: RegExp;
  /**
   * A town's inhabitant, named by the same word as its adjective (German `der gebürtige Nürnberger`,
   * `die Zürcherin`): ending a description, it is a person's noun, as a listed demonym is, though its
   * capital is a name's. No word where such nouns are the demonyms listed or are written in lower case.
   */
  inhabitantNoun: RegExp;
  /**
   * Words that count the noun after them, past its adjectives (German `viele betroffene Kinder`,
   * `einige Anwohner`): where nouns are capitalised, the word they count is no one's name. Empty where
   * only names are capitalised.
   */
  countingWords: ReadonlySet<string>;
  /**
   * The language capitalises its months and weekdays (English, German): where it does not, such a word
   * capitalised inside a sentence is a first name (Spanish `el viceministro Julio Ochoa`).
   */
  capitalisesTimeWords: boolean;
  /**
   * Where nouns are capitalised, the endings that make a word a common noun and never a name (German "-ung",
   * "-heit").
   */
  commonNoun: RegExp;
  /**
   * Where adjectives decline, a singular noun whose ending makes it feminine (German "-ung", "-ion"):
   * a body's name with it, written after an article of another case, has its adjectives in that case
   * (`der Kassenärztlichen Vereinigung`); the name a speaker goes by takes the nominative's
   * (`Kassenärztliche Vereinigung`).
   */
  feminineNoun: RegExp;
  /**
   * Endings only a conjugated verb has, never a noun or adjective (Spanish plural preterite `evitaron`,
   * `prefirieron`): a subject phrase ends before such a word, though the verb is none the lexicon lists.
   */
  finiteVerbEnding: RegExp;
  /**
   * A number written as an ordinal, lower case (« 3e », « 1er », "21st", «5.º»): it ranks the noun after
   * it (`une enseignante de 3e année`, `a resident of the 5th floor`), a description's words, where a
   * quantity ends the phrase (`said Smith 12 times`). `noWord` where ordinals are written otherwise.
   */
  ordinalNumeral: RegExp;
  /**
   * Endings of a past participle (`venu`, `rencontré`, `based`, `llegado`): right after an unnamed
   * person's noun phrase and before a preposition and a place (`un étudiant venu de Pétion-Ville`, `a
   * nurse based in Leeds`), it opens a clause saying where the person comes from or was met, which the
   * shortest identifying description leaves out; where adjectives follow their noun, after a
   * document's noun it opens the clause saying how the document came out (`l’étude publiée dans
   * Nature`). No word where such a clause stands before the noun (German `ein aus Bern angereister
   * Fan`).
   */
  pastParticipleEnding: RegExp;
  /**
   * Endings of a present participle (`leaving`, `waiting`): right after an unnamed person's noun and
   * before its object or a preposition (`a fan leaving the ground`, `a man waiting for the bus`), it
   * opens a clause saying what they were doing when they spoke, which the shortest identifying
   * description leaves out as it leaves out a relative clause. No word where that participle is not
   * written after the noun.
   */
  presentParticipleEnding: RegExp;
  /**
   * Infinitives of the verbs that report words by themselves, after a verb of will or manner (`a tenu à
   * saluer le « courage » des policiers`, `a préféré dénoncer « une provocation »`): quote judgement
   * reads them as it reads the finite forms, and attribution as speech verbs whose subject is the
   * governing verb's.
   */
  speechInfinitives: ReadonlySet<string>;
  /**
   * A body's name capitalises its first word only (French `Force ouvrière`, `Médecins sans
   * frontières`): after a body noun, the lower-case words that end the phrase belong to the name.
   */
  bodyNamesCapitaliseFirstWord: boolean;
  /**
   * The sovereign in whose name offices are held (Belgian `procureur du Roi`, `commissaire du Roi`),
   * capitalised as an institution: after an office's preposition it completes that office, and a name
   * after it is the office holder's (`le substitut du procureur du Roi Grégory Lambotte`), not the
   * sovereign's as a title's would be (`an aide to Sen. Ortiz`). Empty where no office is so named.
   */
  crownTitles: ReadonlySet<string>;
  /**
   * An adjective follows the noun it qualifies (Spanish `el Colegio Médico`, `la Fiscalía General`):
   * a capitalised body noun then a capitalised person noun is a body's name, not a person's title
   * (as English `the Police Commissioner` is).
   */
  adjectivesFollowNouns: boolean;
  /**
   * Body nouns that open a body's name when a place's name or its own short name follows them (German
   * `das Landratsamt Ravensburg`, `das Amtsgericht München`, `der Fahrgastverband IGEB`), with their
   * compounds: the noun is the name's first word, where a kind's noun (`die Firma Kessler`) is not.
   * Empty where the noun always opens the name (`adjectivesFollowNouns`) or where a name comes before
   * its noun (`the Ravensburg district office`).
   */
  placeBodyNouns: ReadonlySet<string>;
  /**
   * Nouns that, after a preposition and perhaps a determiner (and an ordinal), make an adverbial phrase
   * of time, manner or setting (`pour la première fois`, `pour l’instant`, `en conférence de presse`),
   * never the domain or cause completing a body's name (`le Haut Conseil pour le climat`).
   */
  adverbialNouns: ReadonlySet<string>;
  /**
   * Nationalities and regional origins as nouns, capitalised where the language writes them so (`le
   * Danois Mikkel Sørensen`, `l’Américaine Jo Reed`, `le Savoyard`): before a full name, the person's
   * description, not the first word of a body; alone after a speech verb, a person named before.
   */
  demonyms: ReadonlyMap<string, Gender | undefined>;
  /**
   * Nouns that say where someone is from or lives after the place's name (`the Timmins native`, `the
   * Leeds resident`): such a description says only where, as a demonym does, and means a person just
   * named. None where the place follows the noun (`le natif de Lyon`) or is an adjective.
   */
  originNouns: ReadonlySet<string>;
  /**
   * Adjectives saying which level of government a body belongs to, written after its name in lower case
   * (Spanish `el Ministerio de Minería provincial`, `la Fiscalía de Distrito federal`): like a place's
   * adjective there (a demonym: `el Ministerio de Salud bonaerense`), they are the body's name as
   * written, telling it from the nation's or the town's body of that name. Empty where adjectives
   * come before their noun.
   */
  jurisdictionAdjectives: ReadonlySet<string>;
  /**
   * Nouns that end an event's name or open a storm's, lower case (`National Senior Championships`,
   * `Copa América`, `Cyclone Debbie`, `Hurricane Katrina`): a capitalised run they end or open names
   * an event or a storm, not a person, though a given name may follow them.
   */
  eventNouns: ReadonlySet<string>;
  /**
   * Nouns for a kind of place that cannot speak, lower case, written before its name (`la avenida
   * Sánchez Carrión`, `del barrio San Cayetano`, `rue Victor Hugo`): a capitalised run right after one
   * is a street's or a district's name, though a person's may be borrowed. Not a town's or a city's
   * noun, whose name may stand for its council (`la ville de Lyon a indiqué`). Empty where such a noun
   * is written capitalised or fused with the name (`Hauptstraße`).
   */
  placeNouns: ReadonlySet<string>;
  /**
   * Prepositions that set a bare name as where something is (`en Boca del Río`): a body's name right
   * after one, with no article of its own, is its town's (a town hall's, a district's), and is not the
   * body a later `la dependencia` or `un portavoz` stands for. A body is written with its article there
   * (`en la Procuraduría`). Empty where a town's name and a body's are not told apart so.
   */
  placePrepositions: ReadonlySet<string>;
  /**
   * The words for a saint, lower case, that open a place's or a saint's name before a given name (`San
   * Rafael Abajo de Desamparados`, `Saint-Denis`, `St Helens`): the given name there is the saint's, and
   * opens no person's name after a place.
   */
  saintWords: ReadonlySet<string>;
  /**
   * Nouns for a member of an assembly or a party (`député`, `eurodéputée`, `sénateur`), after which
   * French writes the party's or group's label before the person's first name and surname (`l’eurodéputée
   * Renew Pascale Hoffmann-Duret`, `la sénatrice Horizons Claire Bastide`): that label is no part of the
   * name. Empty where a label goes elsewhere (`Labour MP Jess Phillips`, `el diputado del PP`) and two
   * unhyphenated given names are common (`senator Mary Ann Ruiz`, `la senadora María José Vidal`).
   */
  partyMemberNouns: ReadonlySet<string>;
  /**
   * Pages may set speech as paragraphs opening with a dash (`—No lo sé —dijo Juan—.`): Spanish, Italian,
   * Portuguese.
   */
  dialogueDashes: boolean;
  /**
   * A surname's particle is capitalised when no first name precedes it (Dutch "De Vries", "Van Dijk"), though
   * it is also an article or preposition.
   */
  capitalisedParticles: boolean;
  /**
   * Main clauses put the finite verb second, so a sentence opening on an adverbial has its subject after the
   * verb (German, Dutch).
   */
  verbSecond: boolean;
  /**
   * A reported clause may open right after its speech verb, with no complementiser (English `said the film
   * “captures …”`); elsewhere a noun phrase there is the verb's object (`lance sa marque « … »`).
   */
  dropsComplementiser: boolean;
  /**
   * Determiners only an accusative object takes, never a subject (German `den`, `einen`): in verb-second
   * order a phrase opening on one before the verb is fronted (`Den Schaden schätzt der Juwelier auf …`),
   * and the subject follows the verb. Not the dative's, which opens a source's phrase (`Dem Bürgermeister
   * zufolge`). Empty where determiners show no case.
   */
  objectDeterminers: ReadonlySet<string>;
  /**
   * Pronouns only a subject takes (German `er`, `ich`, `wir`): in verb-second order one right after the
   * verb is its subject, so the phrase before the verb is a fronted object, though its determiner may be a
   * subject's too (`Die Täter nennt er „Profis“`, `Die Polizei lobt er`). Empty where verbs do not come
   * second, or where no such pronoun is listed.
   */
  subjectPronouns: ReadonlySet<string>;
  /**
   * People carry two surnames, father's then mother's, and the press names them later by the first
   * (Spanish: "Elena Márquez Ortiz" … "Márquez"). Portuguese also has two, but its short form is the
   * last, which every language already matches.
   */
  firstOfTwoSurnames: boolean;
  /**
   * Verb forms that by themselves report someone's words (German Konjunktiv I: "sei", "habe"): a short quote
   * in their sentence is a quote.
   */
  reportedSpeechMarkers: ReadonlySet<string>;
  /**
   * The shape of a verb form in the mood of reported speech that no list can hold, and the subject
   * pronouns that, right after it, tell it from the indicative (German Konjunktiv I: `schließe er`, where
   * the indicative is `schließt er`). Null where the language has no such mood.
   */
  reportedSpeechForm: { ending: RegExp; pronouns: ReadonlySet<string> } | null;
  /**
   * Verb forms of will, refusal and appeal whose complement in marks, right after them or after `de`/`à`,
   * is the subject's own words: `veut « rassurer les salariés »`, `refuse de « céder au chantage »`.
   */
  intentVerbs: ReadonlySet<string>;
  /** The words that join a verb of intent to its complement (`refuse de`, `appelle à`), lower case. */
  intentLinks: ReadonlySet<string>;
  /**
   * Verb forms of refusing or avoiding, lower case: before a verb of saying or naming, they make the word
   * in marks one the subject declines to use (`refuse de parler de « crise »`, `declined to call it a
   * “crisis”`), not the subject's words.
   */
  refusalVerbs: ReadonlySet<string>;
  /**
   * The words that negate a verb, lower case (« ne », "n'" without its apostrophe, "not"): a subject and
   * its negated verb after a quote (`», la seconde n’a pas souhaité s’exprimer`) say what someone did
   * not say, a clause of its own and no incise.
   */
  negations: ReadonlySet<string>;
  /** Adverbs, besides `adverbs`, that may stand between a verb of intent and the marks: `veut bien « … »`. */
  intentAdverbs: ReadonlySet<string>;
  /**
   * The impersonal subject ("on") and the prepositions that name where it speaks, each with the
   * determiner it contracts ("au rectorat" is "le rectorat"), or the noun it holds ("de source
   * policière" is "source policière"): `Au rectorat, on défend …` is the
   * rectorat speaking, a bare `on dit que` is nobody. Null where the language has no such subject.
   * `sameSource`: the phrases after it that make it the source named before (`ajoute-t-on de même
   * source`), lower case. `placeBack`: the pronouns next to its verb that stand for a place named
   * before (`y indique-t-on`, `on y assure`), which make it the source named before too.
   */
  impersonalSubject: {
    pronoun: string;
    places: ReadonlyMap<string, string>;
    sameSource: readonly string[];
    placeBack: ReadonlySet<string>;
  } | null;
  /**
   * The words of a role or description that decide a speaker's kind of voice, lower case: a
   * word of the role matches an entry it begins with ("minist" for minister, ministry); an
   * entry written "*minister" also matches inside a compound ("außenminister").
   */
  voiceKinds: Readonly<Record<DecidedVoiceKind, readonly string[]>>;
}
