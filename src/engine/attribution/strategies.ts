// The constructions that tell who speaks a quote, each a named strategy. A strategy proposes a
// speaker candidate; it does not decide. The resolver (resolver.ts) weighs every candidate of a
// quote with one table and chooses, so no construction wins merely by being looked at first.
//
// Sentence strategies read the quote's own sentence (speechCues.ts does the reading). Context
// strategies read around it once every sentence is read: the paragraph, the quotes it repeats or
// continues, the headline. Each strategy's examples are sentences composed for it: the tests
// (tests/engine/strategies.test.ts) check that it fires on them and names that speaker.
import {
  cueAfter,
  cueBefore,
  cueCited,
  cueInside,
  cueIntroducing,
  cueLater,
  cueReportedClause,
  impersonalCue,
} from "./speechCues.ts";
import type { Mention, Sentence } from "./speakerPhrases.ts";
import type { BlockKind } from "../types.ts";

export type SentenceStrategyId =
  | "cited-source"
  | "introducing-verb"
  | "reported-clause"
  | "after-quote"
  | "inside-quote"
  | "before-quote"
  | "later-in-sentence"
  | "impersonal-subject";

export type ContextStrategyId =
  | "quote-chain"
  | "same-words"
  | "heading-repeat"
  | "headline-subject"
  | "clause-subject"
  | "section-below"
  | "standfirst-speaker"
  | "named-next"
  | "sentence-before"
  | "paragraph-neighbour"
  | "paragraph-continues"
  | "recent-speaker"
  | "pull-quote-repeat";

export type StrategyId = SentenceStrategyId | ContextStrategyId;

/** A few blocks, the words of one of their quotes, and who speaks it. */
export interface StrategyExample {
  lang: string;
  blocks: readonly (string | readonly [BlockKind, string])[];
  /** The start of the quote's words. */
  quote: string;
  /** The speaker's canonical name, or null when the construction says nobody identifiable speaks. */
  speaker: string | null;
}

export interface Strategy {
  id: StrategyId;
  /** "all": the construction is read through each language's lexicon. */
  languages: readonly string[] | "all";
  /** What the strategy reads, for `explain` and the README. */
  reads: string;
  examples: readonly StrategyExample[];
}

/** What a sentence strategy found: who (null: nobody identifiable) and the words that say so. */
export interface SentenceProposal {
  mention: Mention | null;
  words: string;
}

export interface SentenceStrategy extends Strategy {
  id: SentenceStrategyId;
  /**
   * The proposal for the quote token q of the sentence [start, end), or null when the construction is absent.
   */
  propose(s: Sentence, q: number, start: number, end: number): SentenceProposal | null;
}

export const SENTENCE_STRATEGIES: readonly SentenceStrategy[] = [
  {
    id: "cited-source",
    languages: "all",
    reads: "a gerund of citing in the quote's sentence (citando): the words are whoever it cites",
    propose: (s, _q, start, end) => cueCited(s, start, end),
    examples: [
      {
        lang: "es",
        blocks: [
          "La cadena, citando a fuentes del Ministerio de Defensa, aseguró que la tregua «es inminente».",
        ],
        quote: "es inminente",
        speaker: "fuentes del Ministerio de Defensa",
      },
      {
        lang: "pt",
        blocks: ['"Não vamos recuar", disse o jornal, citando o ministro Davi Prates.'],
        quote: "Não vamos",
        speaker: "Davi Prates",
      },
    ],
  },
  {
    id: "introducing-verb",
    languages: "all",
    reads: "a speech verb and a comma or colon right before the opening mark, whatever follows the quote",
    propose: (s, q, start) => cueIntroducing(s, q, start),
    examples: [
      {
        lang: "en",
        blocks: [
          "Dan Cole was charged in June.",
          "A witness recalled that he said, “I will burn it down,” the court heard.",
        ],
        quote: "I will",
        speaker: "Dan Cole",
      },
      {
        lang: "fr",
        blocks: ["Le maire a déclaré : « Rien ne changera »."],
        quote: "Rien",
        speaker: "Le maire",
      },
    ],
  },
  {
    id: "reported-clause",
    languages: "all",
    reads:
      "a speech verb and its that-clause (que, dass) holding the quote, whoever is said to report it after",
    propose: (s, q, start) => cueReportedClause(s, q, start),
    examples: [
      {
        lang: "en",
        blocks: [
          "Mayor Ada Lunn said in a letter that the bridge was “beyond repair”, the Gazette reported.",
        ],
        quote: "beyond repair",
        speaker: "Ada Lunn",
      },
      {
        lang: "fr",
        blocks: ["Le maire Paul Girard a affirmé que le pont était « perdu », rapporte Ouest-France."],
        quote: "perdu",
        speaker: "Paul Girard",
      },
    ],
  },
  {
    id: "after-quote",
    languages: "all",
    reads:
      "a speech verb, source phrase or signature right after the closing mark, " +
      "or a colon and the person named",
    propose: (s, q, _start, end) => cueAfter(s, q, end),
    examples: [
      {
        lang: "en",
        blocks: ["“The dam will hold,” said Rosa Delgado."],
        quote: "The dam",
        speaker: "Rosa Delgado",
      },
      {
        lang: "fr",
        blocks: ["« Le pont tiendra », a affirmé Paul Girard."],
        quote: "Le pont",
        speaker: "Paul Girard",
      },
      // The incise needs no listed verb: whatever word stands there, with its inverted subject.
      {
        lang: "fr",
        blocks: ["« Le pont tiendra encore dix ans », grince l'ingénieur Paul Girard."],
        quote: "Le pont",
        speaker: "Paul Girard",
      },
      {
        lang: "fr",
        blocks: ["Nina Weber dirige le chantier.", "« Le pont tiendra encore dix ans », s'amuse-t-elle."],
        quote: "Le pont",
        speaker: "Nina Weber",
      },
      // A quote opening the sentence, a colon, and the person it presents: the way headlines open.
      {
        lang: "fr",
        blocks: [["headline", "« Le pont tiendra » : Paul Girard défend son ouvrage"]],
        quote: "Le pont",
        speaker: "Paul Girard",
      },
      // …or the interview it presents (`interviewPhrases`).
      {
        lang: "en",
        blocks: [["headline", "“The ice is moving”: A conversation with the glaciologist Ada Lind"]],
        quote: "The ice",
        speaker: "Ada Lind",
      },
      {
        lang: "es",
        blocks: ['"El puente aguantará diez años más", razonó el ingeniero Pablo Girón.'],
        quote: "El puente",
        speaker: "Pablo Girón",
      },
      {
        lang: "pt",
        blocks: ['"A ponte aguenta mais dez anos", emendou a engenheira Rita Alves.'],
        quote: "A ponte",
        speaker: "Rita Alves",
      },
    ],
  },
  {
    id: "inside-quote",
    languages: "all",
    reads: "an incise between two parts of the quote: “…, she said. …”, «… —dijo—, …»",
    propose: (s, q) => cueInside(s.tokens[q]!, s),
    examples: [
      {
        lang: "fr",
        blocks: ["« Nous rouvrirons l'école, assure Claire Morin. Les travaux sont finis. »"],
        quote: "Nous rouvrirons",
        speaker: "Claire Morin",
      },
      {
        lang: "es",
        blocks: ["«Reabriremos la escuela —aseguró Clara Morán—. Las obras han terminado»."],
        quote: "Reabriremos",
        speaker: "Clara Morán",
      },
    ],
  },
  {
    id: "before-quote",
    languages: "all",
    reads:
      "the speaker and verb, source phrase or colon (after a copula saying how they spoke) before the " +
      "opening mark, " +
      "or the subject of a verb quoted with its object after it",
    propose: (s, q, start) => cueBefore(s, q, start),
    examples: [
      {
        lang: "en",
        blocks: ["Tom Baker said the ferry would run “as soon as the wind drops”."],
        quote: "as soon",
        speaker: "Tom Baker",
      },
      {
        lang: "es",
        blocks: ["Según Lucía Gómez, «la cosecha será buena»."],
        quote: "la cosecha",
        speaker: "Lucía Gómez",
      },
      {
        lang: "pt",
        blocks: [
          "A juíza Rita Alves ouviu as partes.",
          "Na avaliação dela, o recurso chegou “fora do prazo”.",
        ],
        quote: "fora do",
        speaker: "Rita Alves",
      },
      {
        lang: "en",
        blocks: ["Judge Carla Weiss ruled on Monday.", "For her, the appeal was “out of time”."],
        quote: "out of",
        speaker: "Carla Weiss",
      },
      {
        lang: "fr",
        blocks: ["Pour la juge Anne Roy, c'est « une erreur de procédure »."],
        quote: "une erreur",
        speaker: "Anne Roy",
      },
      {
        lang: "es",
        blocks: ["El ministerio, en un comunicado: «El agua llegará en mayo»."],
        quote: "El agua",
        speaker: "El ministerio",
      },
      {
        lang: "de",
        blocks: ['Der Försterin Katrin Ebel zufolge ist der Wald "in keinem guten Zustand".'],
        quote: "in keinem",
        speaker: "Katrin Ebel",
      },
      {
        lang: "pt",
        blocks: ["Conforme o engenheiro Davi Prates, “a ponte aguenta mais dez anos”."],
        quote: "a ponte",
        speaker: "Davi Prates",
      },
      // The subject, a copula and how it spoke, then the colon.
      {
        lang: "en",
        blocks: ["A union official was more direct: “Nobody trusts the board.”"],
        quote: "Nobody trusts",
        speaker: "A union official",
      },
      // The quote is the sentence's verb, between its subject and its object.
      {
        lang: "fr",
        blocks: ["Le maire Paul Roy « regrette » et « condamne » les violences du week-end."],
        quote: "condamne",
        speaker: "Paul Roy",
      },
      {
        lang: "en",
        blocks: ["Senator Ann Ruiz “regrets” the vote."],
        quote: "regrets",
        speaker: "Ann Ruiz",
      },
    ],
  },
  {
    id: "later-in-sentence",
    languages: "all",
    reads: "a speech verb further on in the sentence, past other words",
    propose: (s, q, _start, end) => cueLater(s, q, end),
    examples: [
      {
        lang: "en",
        blocks: [
          "Prices were “roughly stable” over the winter but would rise in spring, the central bank said.",
        ],
        quote: "roughly stable",
        speaker: "the central bank",
      },
      {
        lang: "fr",
        blocks: ["Léa Fontaine a voté contre.", "Le budget reste « trop flou », à ses yeux."],
        quote: "trop flou",
        speaker: "Léa Fontaine",
      },
    ],
  },
  {
    id: "impersonal-subject",
    languages: ["fr"],
    reads: "an impersonal subject (`on`), speaking for the body its place names or for nobody",
    propose: (s, q, start, end) => impersonalCue(s, q, start, end),
    examples: [
      {
        lang: "fr",
        blocks: ["Au rectorat de Lyon, on défend une décision « mûrement réfléchie »."],
        quote: "mûrement",
        speaker: "le rectorat de Lyon",
      },
      // `de même source`: the source the sentence before names speaks again, quoted there or not.
      {
        lang: "fr",
        blocks: [
          "Le « pacte agricole », c’est la réponse aux éleveurs, plaide l’entourage de la ministre. " +
            "Après l’hiver, « on verra les effets », ajoute-t-on de même source.",
        ],
        quote: "on verra",
        speaker: "l’entourage de la ministre",
      },
    ],
  },
];

export const CONTEXT_STRATEGIES: readonly Strategy[] = [
  {
    id: "quote-chain",
    languages: "all",
    reads: "the speaker named anywhere along a quote running over several paragraphs",
    examples: [
      {
        lang: "en",
        blocks: [
          "“The harvest came early this year. We sold everything by June.",
          "“Prices held all summer,” said Ana Ruiz.",
        ],
        quote: "The harvest",
        speaker: "Ana Ruiz",
      },
    ],
  },
  {
    id: "same-words",
    languages: "all",
    reads: "the same words quoted elsewhere in the article with a speaker of their own",
    examples: [
      {
        lang: "en",
        blocks: [
          "“A wall of water,” said Omar Haddad, who saw the flood.",
          "For days afterwards, the town remembered “a wall of water”.",
        ],
        quote: "a wall",
        speaker: "Omar Haddad",
      },
    ],
  },
  {
    id: "heading-repeat",
    languages: "all",
    reads: "a headline or intertitle repeating words the body's own sentence gives to someone",
    examples: [
      {
        lang: "en",
        blocks: [
          ["headline", "Council backs tram line: “The city cannot wait”"],
          "“The city cannot wait any longer,” said Lena Ortiz, the transport councillor.",
        ],
        quote: "The city cannot",
        speaker: "Lena Ortiz",
      },
    ],
  },
  {
    id: "standfirst-speaker",
    languages: "all",
    reads: "a headline made of a quote alone, spoken by whom the standfirst presents speaking",
    examples: [
      {
        lang: "en",
        blocks: [
          ["headline", "“We can no longer care for our patients”"],
          [
            "standfirst",
            "In an open letter, a group of 250 family doctors warns that general practice is failing.",
          ],
          "The letter was published on Monday.",
        ],
        quote: "We can no longer",
        speaker: "a group of 250 family doctors",
      },
    ],
  },
  {
    id: "headline-subject",
    languages: "all",
    reads: "the person a headline or intertitle names before its quote",
    examples: [
      {
        lang: "en",
        blocks: [["headline", "Ines Vidal and the “war on potholes”"], "The council met on Monday."],
        quote: "war on potholes",
        speaker: "Ines Vidal",
      },
    ],
  },
  {
    id: "clause-subject",
    languages: "all",
    reads:
      "the subject named or described at the opening of the quote's clause, whose verb in the perfect is " +
      "no speech verb, or which a colon closes before the quote, or whose predicate the quote is",
    examples: [
      {
        lang: "fr",
        blocks: [
          "Dans le Gers, la chambre d’agriculture a compté « près de 300 exploitations en difficulté ».",
        ],
        quote: "près de",
        speaker: "la chambre d’agriculture",
      },
      {
        lang: "en",
        blocks: [
          "Mayor Ruth Ames spoke on Monday.",
          "The farmers' union has counted “nearly 300 farms in trouble”.",
        ],
        quote: "nearly 300",
        speaker: "The farmers' union",
      },
      {
        lang: "es",
        blocks: [
          "«Es una buena noticia», dijo la consejera Marta Ruiz.",
          "El alcalde no ocultó su malestar: «Nos han dejado solos».",
        ],
        quote: "Nos han",
        speaker: "El alcalde",
      },
    ],
  },
  {
    id: "section-below",
    languages: "all",
    reads:
      "an intertitle's quote, spoken by the next speaker of its section; a headline opening on a quote " +
      "no one in it speaks, by the body's first speaker",
    examples: [
      {
        lang: "en",
        blocks: [
          ["intertitle", "“Not one day late”"],
          "“The hall will open in May,” said Hugo Lenz, the architect.",
        ],
        quote: "Not one",
        speaker: "Hugo Lenz",
      },
      {
        lang: "en",
        blocks: [
          ["headline", "“We threw away a lead we should have kept” – Rovers slump to third defeat"],
          "Rovers lost 3-2 at home on Saturday.",
          "“We were two up and we stopped running,” said manager Paul Drury.",
        ],
        quote: "We threw",
        speaker: "Paul Drury",
      },
    ],
  },
  {
    id: "named-next",
    languages: "all",
    reads:
      "a quote standing alone as a sentence (or as a paragraph), then a sentence naming who spoke or " +
      "whose words they were",
    examples: [
      {
        lang: "es",
        blocks: ["«No vamos a ceder». Con esa frase, Marta Solís respondió a los periodistas."],
        quote: "No vamos",
        speaker: "Marta Solís",
      },
      {
        lang: "fr",
        blocks: [
          "« Nous ne reculerons pas. » Cette courte phrase de Claire Morin, lundi, a surpris la salle.",
        ],
        quote: "Nous ne reculerons",
        speaker: "Claire Morin",
      },
      // A verb "to be" between the noun and its author; an office before the name.
      {
        lang: "fr",
        blocks: ["Le conseil a voté mardi.", "« Nous ne reculerons pas. » La phrase est de Claire Morin."],
        quote: "Nous ne reculerons",
        speaker: "Claire Morin",
      },
      {
        lang: "es",
        blocks: ["El pleno votó el martes.", "«No vamos a ceder». La frase es del alcalde Pablo Matos."],
        quote: "No vamos",
        speaker: "Pablo Matos",
      },
      {
        lang: "pt",
        blocks: ["A Câmara votou na terça.", "“Não vamos ceder.” A frase é do governador Paulo Matos."],
        quote: "Não vamos",
        speaker: "Paulo Matos",
      },
      // A paragraph of a labelled quote alone, then one whose subject says it again (`quoteBackReferences`).
      {
        lang: "en",
        blocks: ["Tariffs — “a tax on every family.”", "Senator Ruth Pell has said that more than once."],
        quote: "a tax",
        speaker: "Ruth Pell",
      },
    ],
  },
  {
    id: "sentence-before",
    languages: "all",
    reads:
      "a quote standing alone as a sentence right after one that quotes no one: whom that sentence " +
      "reports speaking, or else the person it is about",
    examples: [
      {
        lang: "de",
        blocks: [
          "«Wir haben kein Wasser», klagt Vera Gruber. Ohne Bewässerung verliere sie die halbe Ernte, " +
            "sagt Petra Thöni. «Und wir zahlen für jeden Tropfen.»",
        ],
        quote: "Und wir",
        speaker: "Petra Thöni",
      },
      {
        lang: "en",
        blocks: [
          "“We have no water,” said Vera Gunn. Without irrigation she would lose half the harvest, " +
            "Paula Thorn said. “And we pay for every drop.”",
        ],
        quote: "And we",
        speaker: "Paula Thorn",
      },
      {
        lang: "fr",
        blocks: [
          "Le tribunal a jugé Franck Leroy, 52 ans, couvreur.",
          "« Pourquoi ? », a demandé la présidente, Claire Hamelin. Le prévenu a baissé la tête. " +
            "« J’espérais me refaire. »",
        ],
        quote: "J’espérais",
        speaker: "Franck Leroy",
      },
      {
        lang: "en",
        blocks: [
          "“Why not pay it back?” asked Judge Ann Cole. Mark Doyle looked at the floor. “I kept hoping to " +
            "win it back.”",
        ],
        quote: "I kept",
        speaker: "Mark Doyle",
      },
    ],
  },
  {
    id: "paragraph-neighbour",
    languages: "all",
    reads: "another quote of the same paragraph whose speaker is named",
    examples: [
      {
        lang: "en",
        blocks: ["“It was cold,” said Lena Park. “Nobody had a coat.”"],
        quote: "Nobody had",
        speaker: "Lena Park",
      },
    ],
  },
  {
    id: "paragraph-continues",
    languages: "all",
    reads: "a paragraph opening on a bare quote continues the speaker of the paragraphs before",
    examples: [
      {
        lang: "en",
        blocks: ["“We are ready,” said coach Ben Ortiz.", "“The team trained all summer.”"],
        quote: "The team",
        speaker: "Ben Ortiz",
      },
    ],
  },
  {
    id: "recent-speaker",
    languages: "all",
    reads: "the person mentioned last, within two paragraphs, for a quote with nothing else around it",
    examples: [
      {
        lang: "en",
        blocks: [
          "Judge Carla Weiss spoke for an hour.",
          "The ruling was “final and binding” and the hearing closed.",
        ],
        quote: "final and",
        speaker: "Carla Weiss",
      },
    ],
  },
  {
    id: "pull-quote-repeat",
    languages: "all",
    reads:
      "a pull-quote (heading, caption, blockquote or standfirst) repeating words the body gives to someone",
    examples: [
      {
        lang: "en",
        blocks: [
          ["caption", "“We lost none of them”"],
          "The storm passed at dawn, and Ivo Brandt, the harbour master, counted the boats.",
          "“We lost none of them. Every crew came home.”",
        ],
        quote: "We lost",
        speaker: "Ivo Brandt",
      },
      {
        lang: "en",
        blocks: [
          ["blockquote", "“The whole roof is gone.”"],
          "“We were lucky,” said Rita Vale, who runs the shelter. “But the whole roof is gone.”",
        ],
        quote: "The whole",
        speaker: "Rita Vale",
      },
      // The standfirst names someone else last: the body, not the summary, says who spoke.
      {
        lang: "pt",
        blocks: [
          ["standfirst", "A ministra Rita Alves visitou a fábrica. “Ninguém será demitido”"],
          "Na saída, o sindicalista Davi Prates falou com a imprensa.",
          "“Ninguém será demitido. Temos a palavra da empresa.”",
        ],
        quote: "Ninguém será",
        speaker: "Davi Prates",
      },
    ],
  },
];

export const STRATEGIES: readonly Strategy[] = [...SENTENCE_STRATEGIES, ...CONTEXT_STRATEGIES];
