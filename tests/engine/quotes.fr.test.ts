// French quote forms and the constructions around them, each a short passage run through the whole
// engine: every spacing of guillemets, nested marks, quotes over several paragraphs, elisions, a
// quote left open at the paragraph's end, spans in guillemets that are no one's words, and the
// subjects French press writes before them (a body's name capitalised on its first word only, a
// lone first name with an age, a bill that "prévoit"). Sentences are written for these tests.
import { runBattery } from "./battery.helpers.ts";

const NBSP = "\u00a0";
const NARROW_NBSP = "\u202f";
const said = (open: string, close: string) =>
  `${open}Nous ne lâcherons rien${close}, a déclaré la syndicaliste Claire Vidal.`;

runBattery("fr", [
  {
    construction: "guillemets et espace insécable",
    paragraphs: [said(`«${NBSP}`, `${NBSP}»`)],
    expected: [["Nous ne lâcherons rien", "Claire Vidal"]],
  },
  {
    construction: "guillemets et espace fine insécable",
    paragraphs: [said(`«${NARROW_NBSP}`, `${NARROW_NBSP}»`)],
    expected: [["Nous ne lâcherons rien", "Claire Vidal"]],
  },
  {
    construction: "guillemets « » dans des guillemets « » : une seule citation, l’extérieure",
    paragraphs: [
      "« Il m’a dit : « Tu ne passeras pas l’hiver ». Je ne l’ai pas cru », raconte Paul Morel, 62 ans.",
    ],
    expected: [["Il m’a dit : « Tu ne passeras pas l’hiver ». Je ne l’ai pas cru", "Paul Morel"]],
  },
  {
    construction: "citation sur trois paragraphes, chacun rouvert par un guillemet, fermée au dernier",
    paragraphs: [
      "Le maire, Jean Castel, a longuement répondu.",
      "« Nous avons tout essayé. Les habitants le savent.",
      "« Mais l’Etat ne nous a pas aidés. Rien n’est venu.",
      "« Aujourd’hui, il faut agir », a-t-il conclu.",
    ],
    expected: [
      ["Nous avons tout essayé. Les habitants le savent.", "Jean Castel"],
      ["Mais l’Etat ne nous a pas aidés. Rien n’est venu.", "Jean Castel"],
      ["Aujourd’hui, il faut agir", "Jean Castel"],
    ],
  },
  {
    construction: "citation ouverte que le paragraphe laisse sans guillemet fermant",
    paragraphs: [
      "Pour Hélène Roux, la décision est tombée trop tard. " +
        "« Nous avions prévenu tout le monde depuis des mois",
    ],
    expected: [["Nous avions prévenu tout le monde depuis des mois", "Hélène Roux"]],
  },
  {
    construction: "coupes dans la citation : [...] et (…)",
    paragraphs: [
      "« Nous avons perdu [...] tout ce que nous avions », témoigne Marie Duval, sinistrée.",
      "« Les assurances (…) ne répondent plus », ajoute-t-elle.",
    ],
    expected: [
      ["Nous avons perdu [...] tout ce que nous avions", "Marie Duval"],
      ["Les assurances (…) ne répondent plus", "Marie Duval"],
    ],
  },
  {
    construction: "appelle à « la … » : un appel, les mots de qui appelle",
    paragraphs: [
      "La secrétaire générale de la CGT, Sophie Binet, était à Paris mardi.",
      "Elle appelle à « la plus grande mobilisation » dès jeudi.",
    ],
    expected: [["la plus grande mobilisation", "Sophie Binet"]],
  },
  {
    construction: "citation partielle après l’infinitif d’un verbe de parole : a tenu à saluer le « … »",
    paragraphs: [
      "Le ministre de l’Intérieur, Paul Berthier, s’est rendu à Marseille mardi.",
      "Il a tenu à saluer le « courage » des policiers.",
    ],
    expected: [["courage", "Paul Berthier"]],
  },
  {
    construction: "infinitif gouverné : a tenu à préciser X, a voulu rappeler que, se contentant de dénoncer",
    paragraphs: [
      "Le ministre de l’Intérieur, Paul Berthier, s’est rendu à Marseille mardi.",
      "« La ville ne cédera pas », a tenu à préciser la maire, Anne Roy.",
      "Le préfet de région, Marc Lenoir, a voulu rappeler que « la loi s’applique à tous ».",
      "La députée Julie Roux n’a pas voulu commenter, se contentant de dénoncer « une provocation ».",
    ],
    expected: [
      ["La ville ne cédera pas", "Anne Roy"],
      ["la loi s’applique à tous", "Marc Lenoir"],
      ["une provocation", "Julie Roux"],
    ],
  },
  {
    construction: "citation partielle : y voit « … », la lecture d’un fait nommé avant",
    paragraphs: [
      "La présidente de l’association, Claire Morel, a salué le vote.",
      "Elle y voit « une victoire pour les familles ».",
    ],
    expected: [["une victoire pour les familles", "Claire Morel"]],
  },
  {
    construction: "que-clause élidée et longue : a confirmé qu’en réponse …, … « … »",
    paragraphs: [
      "Le président Paul Berthier a confirmé qu’en réponse aux frappes de missiles sur son territoire, " +
        "l’armée avait tiré un missile d’un type nouveau, qui était dans sa « configuration défensive ».",
    ],
    expected: [["configuration défensive", "Paul Berthier"]],
  },
  {
    construction: "on l’appelle « le … » : un surnom, pas une citation",
    paragraphs: ["Dans le quartier, on l’appelle « le Baron » depuis des années."],
    expected: [],
  },
  {
    construction: "pas des citations : titre d’œuvre, pancartes, nom d’opération",
    paragraphs: [
      "Dans son livre « La Fin du monde », l’auteur revient sur son enfance.",
      "Les manifestants brandissaient des pancartes « Non à la réforme ».",
      "L’opération « Sentinelle » mobilise 7 000 soldats.",
    ],
    expected: [],
  },
  {
    construction:
      "émission où l’on est invité : invitée de « … », sur le plateau de « … » ne sont pas des citations",
    paragraphs: [
      "Invitée de « C à vous », l’actrice Isabelle Adjani a confié : « Je n’ai jamais aimé Cannes ».",
      "Le chanteur, sur le plateau de « Quotidien », est revenu sur sa tournée.",
    ],
    expected: [["Je n’ai jamais aimé Cannes", "Isabelle Adjani"]],
  },
  {
    construction: "nom d’un syndicat capitalisé sur son premier mot seulement, après son nom commun",
    paragraphs: [
      "« Cette réforme est injuste », estime le syndicat Force ouvrière.",
      "L’ONG Médecins sans frontières dénonce « une situation catastrophique ».",
    ],
    expected: [
      ["Cette réforme est injuste", "Force ouvrière"],
      ["une situation catastrophique", "Médecins sans frontières"],
    ],
  },
  {
    construction: "après son nom commun, un nom suivi d’un verbe reste le nom seul",
    paragraphs: ["Le groupe Total annonce « des résultats records »."],
    expected: [["des résultats records", "Total"]],
  },
  {
    construction: "prénom seul en tête de phrase, avec son âge en apposition",
    paragraphs: [
      "Pasiphae, 24 ans, étudiante, attend depuis deux heures.",
      "« Je n’ai plus rien dans mon frigo », dit-elle.",
    ],
    expected: [["Je n’ai plus rien dans mon frigo", "Pasiphae"]],
  },
  {
    construction: "citation seule, puis le nom de ce qu’elle est et son auteur : le constat de X",
    paragraphs: [
      "« On ne peut pas continuer comme ça. » Le constat de Julie Martin, infirmière à Bordeaux, est amer.",
      "« Nous irons jusqu’au bout. » La promesse du maire de Lyon, Grégory Doucet, a surpris.",
    ],
    expected: [
      ["On ne peut pas continuer comme ça.", "Julie Martin"],
      ["Nous irons jusqu’au bout.", "Grégory Doucet"],
    ],
  },
  {
    construction: "un texte qui prévoit de « … » : les mots du texte",
    paragraphs: [
      "Le projet de loi sur l’immigration est examiné mardi.",
      "Le texte prévoit de « durcir les conditions du regroupement familial ».",
    ],
    expected: [["durcir les conditions du regroupement familial", "Le texte"]],
  },
]);
