// A battery of the common ways French news writing attributes direct quotes, run through the
// whole engine (quote finding and attribution): inverted incises, « selon », colons, que-clauses,
// quotes running on into the next paragraph, every kind of mark, and spans in marks that are not
// quotes. Sentences are written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractQuotes, type TextBlock } from "../../src/engine/index.ts";

/** One case: the paragraphs, and each quote the engine must find as [quoted words, speaker]. */
interface Case {
  name: string;
  /** The article's headline, read before its paragraphs. */
  headline?: string;
  /** The article's standfirst, read after the headline and before the paragraphs. */
  standfirst?: string;
  /** The paragraphs, and any other block between them given with its kind (a caption). */
  paragraphs: (string | TextBlock)[];
  quotes: [string, string | null][];
  /** Why the engine still fails the case: it runs, reported as to do, and does not fail the suite. */
  todo?: string;
}

const CASES: Case[] = [
  {
    name:
      "Dans un communiqué, le FC Sion « condamne fermement ces comportements ». : les mots entre " +
      "guillemets qui ouvrent sur un verbe et ferment la phrase sont le prédicat de son sujet, qui parle",
    paragraphs: [
      "« C’est injuste », a dit l’entraîneur Paul Roy.",
      "Dans un communiqué publié dimanche soir, le FC Sion « condamne fermement ces comportements ».",
      "Dans sa décision, la commission de discipline « inflige trois matchs de suspension au défenseur ».",
    ],
    quotes: [
      ["C’est injuste", "Paul Roy"],
      ["condamne fermement ces comportements", "le FC Sion"],
      ["inflige trois matchs de suspension au défenseur", "la commission de discipline"],
    ],
  },
  {
    name:
      "À la sortie, la syndique ne cachait pas sa satisfaction : « … » : le sujet de la proposition que " +
      "les deux-points ferment parle, sans verbe de parole, plutôt que le dernier à avoir parlé",
    paragraphs: [
      "« Le projet est mort », a lancé le conseiller Marc Aubry.",
      "À la sortie, la syndique ne cachait pas sa satisfaction : « Le travail a payé. »",
      "Le prévenu, Karim Benali, 34 ans, comparaissait libre. « Il n’a rien volé », a plaidé Me Paul Roche.",
      "Invité à parler en dernier, le prévenu s’est tourné vers la victime : « Je regrette tout. »",
    ],
    quotes: [
      ["Le projet est mort", "Marc Aubry"],
      ["Le travail a payé.", "la syndique"],
      ["Il n’a rien volé", "Paul Roche"],
      ["Je regrette tout.", "Karim Benali"],
    ],
  },
  {
    name:
      "« À la station Châtelet, Léa, 22 ans, attendait son métro : « … » » : le nom après un nom de lieu " +
      "(arrêt, station, marché) est celui du lieu, pas celui de qui parle",
    paragraphs: [
      "À la station Châtelet, Léa, 22 ans, attendait son métro : « Je rentre à pied le dimanche. »",
      "Au marché Wazemmes, samedi matin, Karim, 34 ans, maraîcher, remballait ses cagettes : « Les " +
        "clients comptent chaque centime. »",
      "À l’arrêt Mairie, Odile patientait depuis vingt minutes : « Le bus ne passe plus. »",
    ],
    quotes: [
      ["Je rentre à pied le dimanche.", "Léa"],
      ["Les clients comptent chaque centime.", "Karim"],
      ["Le bus ne passe plus.", "Odile"],
    ],
  },
  {
    name:
      "« Le directeur de l’hôpital, le docteur Paul Morel, a salué « … ». « … », a-t-il souligné » : " +
      "le nom mis en apposition avec son article et sa fonction nomme le sujet, que le pronom " +
      "reprend ; pas le nom apposé au complément (« a remercié le chef de service, le docteur X, pour »)",
    paragraphs: [
      "La présidente du tribunal, la juge Hélène Caron, a rappelé « la gravité des faits ». « Personne " +
        "n’est au-dessus de la loi », a-t-elle ajouté.",
      "Le patron de la brigade, le capitaine Luc Borel, a décrit « un travail de longue haleine ». « Il " +
        "a fallu dix mois », a-t-il poursuivi.",
      "Le directeur de l’hôpital a remercié le chef de service, le docteur Paul Morel, pour sa " +
        "disponibilité. « Sans lui, rien n’aurait tenu », a-t-il souligné.",
    ],
    quotes: [
      ["la gravité des faits", "Hélène Caron"],
      ["Personne n’est au-dessus de la loi", "Hélène Caron"],
      ["un travail de longue haleine", "Luc Borel"],
      ["Il a fallu dix mois", "Luc Borel"],
      ["Sans lui, rien n’aurait tenu", "Le directeur de l’hôpital"],
    ],
  },
  {
    name:
      "Sur la plage, un loueur de kayaks se montre serein. « … » (a noun for a person brings in an " +
      "unnamed source, whose words follow, not those of the person named before)",
    paragraphs: [
      "Le maire, Christophe Garnier, a défendu le nouveau parking payant.",
      "Sur la plage, un loueur de kayaks se montre plus serein. « Les touristes viendront quand même. »",
      "La conseillère municipale Élise Morin a voté contre.",
      "Près du port, une loueuse de vélos s’inquiète : « On va perdre des clients. »",
    ],
    quotes: [
      ["Les touristes viendront quand même.", "un loueur de kayaks"],
      ["On va perdre des clients.", "une loueuse de vélos"],
    ],
  },
  {
    name:
      "un riverain décrit avant un deux-points, puis la citation et « peste-t-il » : le pronom est le " +
      "nouveau venu, pas le maire cité avant",
    paragraphs: [
      "Le maire Paul Roy salue « une publicité gratuite ». Un riverain voit les choses autrement : « Ça " +
        "nous réveille chaque jeudi », peste-t-il.",
    ],
    quotes: [
      ["une publicité gratuite", "Paul Roy"],
      ["Ça nous réveille chaque jeudi", "Un riverain"],
    ],
  },
  {
    name:
      "chapô : « peste un transporteur » (un métier qui nomme aussi une entreprise), les mêmes mots dans " +
      "le corps dits par une personne nommée : ce sont les siens",
    standfirst:
      "« On paye pour les erreurs des autres », peste un transporteur de la Côte-Nord, privé du lien " +
      "maritime depuis septembre.",
    paragraphs: [
      "« Je dois passer par Québec », calcule Steve Boudreau, propriétaire d’une entreprise de camionnage.",
      "Le camionneur dit avoir perdu deux contrats. « On paye pour les erreurs des autres. Moi, j’ai onze " +
        "employés », lance-t-il.",
    ],
    quotes: [
      ["On paye pour les erreurs des autres", "Steve Boudreau"],
      ["Je dois passer par Québec", "Steve Boudreau"],
      ["On paye pour les erreurs des autres. Moi, j’ai onze employés", "Steve Boudreau"],
    ],
  },
  {
    name: "« pestait contre » une citation partielle, puis un coéquipier qui parle après un deux-points",
    paragraphs: [
      "Le gardien Lucas Vanhoutte pestait contre « un manque de concentration ». Son coéquipier Benjamin " +
        "Aït-Ali préférait regarder devant : « On joue mercredi. »",
    ],
    quotes: [
      ["un manque de concentration", "Lucas Vanhoutte"],
      ["On joue mercredi.", "Benjamin Aït-Ali"],
    ],
  },
  {
    name:
      "un nouveau venu décrit, un pronom complément avant le verbe (« Un collègue à côté d’elle " +
      "dénonce ») : la citation partielle est la sienne, pas celle de la personne citée avant",
    paragraphs: [
      "Petra Kemper y travaille depuis 22 ans. « On l’a vu venir », dit-elle. Un collègue à côté d’elle " +
        "dénonce « un long flottement jusqu’à l’été ».",
      "Paul Roy tient le stand depuis 1994. « On l’a vu venir », dit-il. Une cliente avec lui critique " +
        "« des prix en hausse ».",
    ],
    quotes: [
      ["On l’a vu venir", "Petra Kemper"],
      ["un long flottement jusqu’à l’été", "Un collègue"],
      ["On l’a vu venir", "Paul Roy"],
      ["des prix en hausse", "Une cliente"],
    ],
  },
  {
    name:
      "une citation seule après une phrase sur une personne nommée, puis une autre personne qui amène ses " +
      "propres mots après un deux-points : la première citation reste à la première",
    paragraphs: [
      "Du côté des marchands, l’accueil est mitigé. Jean-Daniel Roduit vend ses abricots sur l’avenue " +
        "depuis 1994. « Ici, les gens passent devant nous. » Son voisin de stand, le fromager Pierre-Alain " +
        "Bender, se montre plus optimiste : « Il y aura de l’ombre. »",
      "« On a tout perdu. » Marie Durand, 45 ans, raconte : « Tout a brûlé. »",
    ],
    quotes: [
      ["Ici, les gens passent devant nous.", "Jean-Daniel Roduit"],
      ["Il y aura de l’ombre.", "Pierre-Alain Bender"],
      ["On a tout perdu.", "Marie Durand"],
      ["Tout a brûlé.", "Marie Durand"],
    ],
  },
  {
    name: "dit le père après `Sa fille, Léa Girard` (une famille distinguée par ses noms de parenté)",
    paragraphs: [
      "« Nous avons tout perdu », raconte l’agriculteur Marc Girard. Sa fille, Léa Girard, 31 ans, a " +
        "repris l’exploitation. « Il faudra dix ans », dit le père.",
      "« On ne partira pas », assure Nadia Benali. Son frère, Karim Benali, est resté à Lyon. « Elle a " +
        "raison », dit le frère.",
      "Son père, mort en 1990, avait bâti la ferme. « Il serait fier », confie Léa Girard.",
    ],
    quotes: [
      ["Nous avons tout perdu", "Marc Girard"],
      ["Il faudra dix ans", "Marc Girard"],
      ["On ne partira pas", "Nadia Benali"],
      ["Elle a raison", "Karim Benali"],
      ["Il serait fier", "Léa Girard"],
    ],
  },
  {
    name:
      "insiste le retraité après deux personnes du même nom sans lien de parenté : le genre du nom " +
      "accordé écarte celle dont l’âge irait (son prénom dit qu’elle est une femme)",
    paragraphs: [
      "« Ils ont forcé la porte », raconte Odile Vuilleumier, 63 ans.",
      "Plus loin, Gérard Vuilleumier, sans lien de parenté, a installé des caméras. « Je ne veux plus " +
        "avoir peur », explique le retraité.",
    ],
    quotes: [
      ["Ils ont forcé la porte", "Odile Vuilleumier"],
      ["Je ne veux plus avoir peur", "Gérard Vuilleumier"],
    ],
  },
  {
    name: "soupire la sexagénaire : l’homme du même nom, dont l’âge irait, n’est pas elle",
    paragraphs: [
      "« On a tout replanté », dit Bernard Clément, 66 ans.",
      "Sa voisine Annie Clément, sans lien avec lui, a perdu ses ruches. « Trois ans de travail " +
        "envolés », soupire la sexagénaire.",
    ],
    quotes: [
      ["On a tout replanté", "Bernard Clément"],
      ["Trois ans de travail envolés", "Annie Clément"],
    ],
  },
  {
    name:
      "lâche la septuagénaire (quasi-échec) : deux femmes du même nom, l’âge écrit dit laquelle, " +
      "même après la belle-fille nommée plus près",
    paragraphs: [
      "« Je suis née dans cette maison », raconte Paulette Girod, 74 ans.",
      "Sa belle-fille, Nathalie Girod, s’occupe des papiers. « Elle ne partira pas », assure-t-elle. " +
        "« Qu’on me laisse tranquille », lâche la septuagénaire.",
    ],
    quotes: [
      ["Je suis née dans cette maison", "Paulette Girod"],
      ["Elle ne partira pas", "Nathalie Girod"],
      ["Qu’on me laisse tranquille", "Paulette Girod"],
    ],
  },
  {
    name:
      "a écrit la juge après « Le juge a précisé » : la même description à l’autre genre est l’autre " +
      "personne du même nom, non celle qu’elle reprenait ; au même genre, la même (quasi-échec)",
    paragraphs: [
      "« Le délai est raisonnable », a estimé le juge Olivier Perret.",
      "Le juge a précisé qu’il examinerait les pièces. « Rien ne presse. »",
      "La juge assesseure Claire Perret, sans lien avec lui, a exprimé son désaccord. « La procédure " +
        "n’a pas été respectée », a écrit la juge.",
    ],
    quotes: [
      ["Le délai est raisonnable", "Olivier Perret"],
      ["Rien ne presse.", "Olivier Perret"],
      ["La procédure n’a pas été respectée", "Claire Perret"],
    ],
  },
  {
    name: "a regretté l’élue après « Le maire a ajouté » : une conseillère du même nom que le maire",
    paragraphs: [
      "« Nous tiendrons le calendrier », a assuré le maire, Didier Lambert.",
      "Le maire a ajouté que le chantier durera un an. « Il y aura plus d’arbres. »",
      "La conseillère municipale Agnès Lambert, sans lien de parenté avec lui, a voté contre. « Personne " +
        "n’a consulté les riverains », a regretté l’élue.",
    ],
    quotes: [
      ["Nous tiendrons le calendrier", "Didier Lambert"],
      ["Il y aura plus d’arbres.", "Didier Lambert"],
      ["Personne n’a consulté les riverains", "Agnès Lambert"],
    ],
  },
  {
    name: "inversion : verbe, jour et rôle avant le nom",
    paragraphs: [
      "« La sécurité des Français n’est pas négociable », a déclaré mardi le ministre de " +
        "l’Intérieur Gérald Fontaine.",
    ],
    quotes: [["La sécurité des Français n’est pas négociable", "Gérald Fontaine"]],
  },
  {
    name: "inversion pronominale après une phrase qui nomme",
    paragraphs: [
      "Le maire de Nantes, Pierre Lagarde, a visité le chantier lundi.",
      "« Nous serons prêts pour la rentrée », a-t-il ajouté.",
    ],
    quotes: [["Nous serons prêts pour la rentrée", "Pierre Lagarde"]],
  },
  {
    name: "incise au présent : estime-t-elle",
    paragraphs: [
      "L’économiste Sophie Marchand suit le dossier depuis des années.",
      "« Le marché du travail reste solide », estime-t-elle.",
    ],
    quotes: [["Le marché du travail reste solide", "Sophie Marchand"]],
  },
  {
    name: "incise au présent avec une description définie : poursuit le porte-parole",
    paragraphs: [
      "Le porte-parole du gouvernement, Thomas Berger, a tenu un point presse.",
      "« Aucune hausse d’impôt n’est prévue », poursuit le porte-parole.",
    ],
    quotes: [["Aucune hausse d’impôt n’est prévue", "Thomas Berger"]],
  },
  {
    name: "incise simple au passé composé avec le nom",
    paragraphs: ["« Je ne me représenterai pas », a annoncé Valérie Dumont devant ses militants."],
    quotes: [["Je ne me représenterai pas", "Valérie Dumont"]],
  },
  {
    name: "incise au présent : souligne X",
    paragraphs: ["« Les urgences sont saturées », souligne Karim Benali, médecin à l’hôpital de Rennes."],
    quotes: [["Les urgences sont saturées", "Karim Benali"]],
  },
  {
    name: "selon X, en fin de phrase",
    paragraphs: ["« La croissance ralentira au second semestre », selon Hélène Roussel, économiste."],
    quotes: [["La croissance ralentira au second semestre", "Hélène Roussel"]],
  },
  {
    name: "selon X, en tête de phrase",
    paragraphs: ["Selon Marc Aubry, « la décision sera prise avant l’été »."],
    quotes: [["la décision sera prise avant l’été", "Marc Aubry"]],
  },
  {
    name: "d’après X",
    paragraphs: ["D’après Julie Perrin, « les négociations sont au point mort »."],
    quotes: [["les négociations sont au point mort", "Julie Perrin"]],
  },
  {
    name: "pour X",
    paragraphs: ["Pour le sénateur François Lemaire, « ce budget est insincère »."],
    quotes: [["ce budget est insincère", "François Lemaire"]],
  },
  {
    name: "deux-points après le nom seul",
    paragraphs: ["Nathalie Girard : « Nous n’avons reçu aucune réponse du ministère. »"],
    quotes: [["Nous n’avons reçu aucune réponse du ministère.", "Nathalie Girard"]],
  },
  {
    name: "deux-points après un verbe de parole",
    paragraphs: ["Le président du club, Antoine Vidal, a déclaré : « Nous allons faire appel. »"],
    quotes: [["Nous allons faire appel.", "Antoine Vidal"]],
  },
  {
    name: "deux-points après un pronom objet : l’a répété",
    paragraphs: [
      "La ministre de la Santé, Claire Faure, a été interrogée au Sénat.",
      "La ministre l’a répété : « Les hôpitaux recevront les moyens promis. »",
    ],
    quotes: [["Les hôpitaux recevront les moyens promis.", "Claire Faure"]],
  },
  {
    name: "que-clause : X affirme que « … »",
    paragraphs: ["Le syndicaliste Paul Renard affirme que « la grève continuera tant qu’il le faudra »."],
    quotes: [["la grève continuera tant qu’il le faudra", "Paul Renard"]],
  },
  {
    name: "que-clause au passé : a assuré que",
    paragraphs: ["Isabelle Moreau a assuré que le projet « ne coûtera rien aux contribuables »."],
    quotes: [["ne coûtera rien aux contribuables", "Isabelle Moreau"]],
  },
  {
    name: "lit-on dans le communiqué",
    paragraphs: ["« L’usine fermera ses portes en juin », lit-on dans le communiqué de la direction."],
    quotes: [["L’usine fermera ses portes en juin", "le communiqué de la direction"]],
  },
  {
    name: "on impersonnel et le lieu d’où l’on parle : dans l’entourage de X",
    paragraphs: ["Dans l’entourage du ministre, on assure que la réforme sera « votée avant l’été »."],
    quotes: [["votée avant l’été", "l’entourage du ministre"]],
  },
  {
    name: "citation qui se poursuit au paragraphe suivant",
    paragraphs: [
      "« Nous avons tout essayé pour sauver l’entreprise, a expliqué Laurent Petit, gérant de la scierie.",
      "« Mais les banques nous ont lâchés. »",
    ],
    quotes: [
      [
        "Nous avons tout essayé pour sauver l’entreprise, a expliqué Laurent Petit, gérant de la scierie.",
        "Laurent Petit",
      ],
      ["Mais les banques nous ont lâchés.", "Laurent Petit"],
    ],
  },
  {
    name: "paragraphe de citation après le paragraphe qui présente le locuteur",
    paragraphs: [
      "Élodie Chevalier, présidente de l’association des riverains, ne décolère pas.",
      "« Personne ne nous a consultés. On a appris la nouvelle par la presse. »",
    ],
    quotes: [["Personne ne nous a consultés. On a appris la nouvelle par la presse.", "Élodie Chevalier"]],
  },
  {
    name: "guillemets sans espaces intérieurs",
    paragraphs: ["«Nous ne céderons pas», a lancé Romain Leroy à la tribune."],
    quotes: [["Nous ne céderons pas", "Romain Leroy"]],
  },
  {
    name: "guillemets avec espaces insécables",
    paragraphs: ["«\u00a0Le calendrier sera tenu\u00a0», a promis Agnès Fabre."],
    quotes: [["Le calendrier sera tenu", "Agnès Fabre"]],
  },
  {
    name: "guillemets droits dans un texte français",
    paragraphs: ['"Il faut agir vite", a insisté Mathieu Caron, adjoint au maire.'],
    quotes: [["Il faut agir vite", "Mathieu Caron"]],
  },
  {
    name: "guillemets anglais dans un texte français",
    paragraphs: ["“Les chiffres sont mauvais”, a reconnu Sandrine Lefèvre, directrice financière."],
    quotes: [["Les chiffres sont mauvais", "Sandrine Lefèvre"]],
  },
  {
    name: "guillemets imbriqués « “ ” »",
    paragraphs: ["« Il m’a dit : “Tu n’as rien à faire ici”, et il est parti », a raconté Yasmine Haddad."],
    quotes: [["Il m’a dit : “Tu n’as rien à faire ici”, et il est parti", "Yasmine Haddad"]],
  },
  {
    name: "incise interne suivie de la suite de la citation",
    paragraphs: ["« Le club va bien, assure son président, Olivier Marin. Les comptes sont à l’équilibre. »"],
    quotes: [
      [
        "Le club va bien, assure son président, Olivier Marin. Les comptes sont à l’équilibre.",
        "Olivier Marin",
      ],
    ],
  },
  {
    name: "organisation comme locuteur",
    paragraphs: ["« Le service sera rétabli dans la soirée », a indiqué la SNCF dans un message."],
    quotes: [["Le service sera rétabli dans la soirée", "la SNCF"]],
  },
  {
    name: "inversion avec sujet nom et titre M.",
    paragraphs: [
      "Le préfet Jacques Bernard a réuni les élus.",
      "« La situation est sous contrôle », a précisé M. Bernard.",
    ],
    quotes: [["La situation est sous contrôle", "Jacques Bernard"]],
  },
  {
    name: "point d’interrogation avant l’incise : s’interroge X",
    paragraphs: ["« Qui paiera la facture ? » s’interroge Bernard Collin, retraité."],
    quotes: [["Qui paiera la facture ?", "Bernard Collin"]],
  },
  {
    name: "point d’exclamation avant l’incise : s’exclame-t-elle",
    paragraphs: [
      "Louise Perret, 72 ans, attend le bus depuis une heure.",
      "« C’est une honte ! » s’exclame-t-elle.",
    ],
    quotes: [["C’est une honte !", "Louise Perret"]],
  },
  {
    name: "participe d’introduction : interrogé par l’AFP, X a estimé que",
    paragraphs: ["Interrogé par l’AFP, le chercheur Denis Marchal a estimé que la baisse était « inédite »."],
    quotes: [["inédite", "Denis Marchal"]],
  },
  {
    name: "destinataire avant le sujet inversé : confie à l’AFP X, âge",
    paragraphs: ["« On ne dort plus la nuit », confie à l’AFP Marie Durand, 45 ans."],
    quotes: [["On ne dort plus la nuit", "Marie Durand"]],
  },
  {
    name: "infinitif de narration : et d’ajouter",
    paragraphs: [
      "« Nous voulons des actes », a martelé la syndicaliste Anne Morin. " +
        "Et d’ajouter : « Pas des promesses. »",
    ],
    quotes: [
      ["Nous voulons des actes", "Anne Morin"],
      ["Pas des promesses.", "Anne Morin"],
    ],
  },
  {
    name: "comme le résume X",
    paragraphs: ["Comme le résume Jérôme Lambert, « personne n’a rien vu venir »."],
    quotes: [["personne n’a rien vu venir", "Jérôme Lambert"]],
  },
  {
    name: "objet pronominal avant le deux-points : X le reconnaît",
    paragraphs: ["Le directeur de l’école, Paul Gauthier, le reconnaît : « Nous manquons de professeurs. »"],
    quotes: [["Nous manquons de professeurs.", "Paul Gauthier"]],
  },
  {
    name: "citation partielle après un verbe de jugement et un pronom",
    paragraphs: ["Le député Hugo Rivière a quitté l’hémicycle.", "Il dénonce une « chasse aux sorcières »."],
    quotes: [["chasse aux sorcières", "Hugo Rivière"]],
  },
  {
    name: "même son de cloche chez X :",
    paragraphs: ["Même son de cloche chez Chantal Roux, boulangère : « Les clients ne viennent plus. »"],
    quotes: [["Les clients ne viennent plus.", "Chantal Roux"]],
  },
  {
    name: "incise puis seconde citation après avant d’ajouter",
    paragraphs: [
      "« Le dossier est clos », a tranché le procureur Alain Vasseur, " +
        "avant d’ajouter : « Il n’y aura pas d’appel. »",
    ],
    quotes: [
      ["Le dossier est clos", "Alain Vasseur"],
      ["Il n’y aura pas d’appel.", "Alain Vasseur"],
    ],
  },
  {
    name: "adverbe entre le verbe et le sujet inversé : juge de son côté X",
    paragraphs: ["« Rien ne justifie cette hausse », juge de son côté Cécile Brunet, élue d’opposition."],
    quotes: [["Rien ne justifie cette hausse", "Cécile Brunet"]],
  },
  {
    name: "locution verbale en incise : fait valoir X",
    paragraphs: ["« Les délais ont été respectés », fait valoir Stéphane Muller, avocat de la société."],
    quotes: [["Les délais ont été respectés", "Stéphane Muller"]],
  },
  {
    name: "locution verbale en incise : met en garde le préfet",
    paragraphs: [
      "Le préfet du Var, Bruno Leclerc, a réuni les maires.",
      "« Le risque d’incendie reste très élevé », met en garde le préfet.",
    ],
    quotes: [["Le risque d’incendie reste très élevé", "Bruno Leclerc"]],
  },
  {
    name: "journal entre guillemets dans l’incise : explique au « Monde » X",
    paragraphs: ["« Nous avons perdu la moitié de nos adhérents », explique au « Monde » Lucie Garnier."],
    quotes: [["Nous avons perdu la moitié de nos adhérents", "Lucie Garnier"]],
  },
  {
    name: "selon elle, « … »",
    paragraphs: [
      "Sarah Lemoine dirige le refuge depuis dix ans.",
      "Selon elle, « les abandons ont doublé cet été ».",
    ],
    quotes: [["les abandons ont doublé cet été", "Sarah Lemoine"]],
  },
  {
    name: "X a tweeté : « … »",
    paragraphs: ["Le député Yann Robert a tweeté : « Une victoire pour les salariés ! »"],
    quotes: [["Une victoire pour les salariés !", "Yann Robert"]],
  },
  {
    name: "paragraphe qui s’achève par un deux-points, citation au paragraphe suivant",
    paragraphs: [
      "Le maire de Brest, Gilles Tanguy, a répondu aux critiques :",
      "« Le port restera ouvert aux pêcheurs, quoi qu’il arrive. »",
    ],
    quotes: [["Le port restera ouvert aux pêcheurs, quoi qu’il arrive.", "Gilles Tanguy"]],
  },
  {
    name: "âge en apposition puis deux-points : X, 45 ans, raconte :",
    paragraphs: ["Nadia Belkacem, 38 ans, raconte : « J’ai tout perdu dans l’incendie. »"],
    quotes: [["J’ai tout perdu dans l’incendie.", "Nadia Belkacem"]],
  },
  {
    name: "selon un communiqué de l’institution",
    paragraphs: ["« Aucune victime n’est à déplorer », selon un communiqué de la préfecture."],
    quotes: [["Aucune victime n’est à déplorer", "la préfecture"]],
  },
  {
    name: "citation partielle : parle d’une « … »",
    paragraphs: ["Le sénateur Michel Aubert parle d’une « erreur historique »."],
    quotes: [["erreur historique", "Michel Aubert"]],
  },
  {
    name: "citation partielle : parlait d’une « … », parle même d’une « … », un adverbe dans l’idiome",
    paragraphs: [
      "Le président du club, Marc-Antoine Rey, parlait d’une « soirée qui restera » dans les mémoires.",
      "Ahmed Salem Ould Bah, président de la fédération, parle même d’une « bonne nouvelle pour la mer ».",
      "La ministre Anne Vial fait également valoir « une baisse des coûts ».",
    ],
    quotes: [
      ["soirée qui restera", "Marc-Antoine Rey"],
      ["bonne nouvelle pour la mer", "Ahmed Salem Ould Bah"],
      ["une baisse des coûts", "Anne Vial"],
    ],
  },
  {
    name: "citation partielle : se veut, se montre, s’est montrée",
    paragraphs: [
      "La mairie se veut « rassurante ».",
      "Le directeur, Luc Hamon, se montre « optimiste » pour la suite.",
      "La ministre Anne Vial s’est montrée « confiante ».",
    ],
    quotes: [
      ["rassurante", "La mairie"],
      ["optimiste", "Luc Hamon"],
      ["confiante", "Anne Vial"],
    ],
  },
  {
    name: "citation partielle : voit dans X « … »",
    paragraphs: ["Le maire Henri Jacob voit dans ce vote « une victoire de la démocratie »."],
    quotes: [["une victoire de la démocratie", "Henri Jacob"]],
  },
  {
    name: "adjectif après un nom d’œuvre indéfini : un projet « brutal »",
    paragraphs: ["Les syndicats dénoncent un projet « brutal »."],
    quotes: [["brutal", "Les syndicats"]],
  },
  {
    name: "pas une citation : parler avec quelqu’un n’attribue pas les mots en marques",
    paragraphs: [
      "Le technicien a changé un des « raccords » du chauffage pendant que le client parle avec lui.",
    ],
    quotes: [],
  },
  {
    name: "point de vue en tête de phrase, une proposition avant la citation : pour le Premier ministre",
    paragraphs: ["Pour le Premier ministre, il s’agit d’un « signal fort » envoyé aux marchés."],
    quotes: [["signal fort", "le Premier ministre"]],
  },
  {
    name: "titre qui s’ouvre sur la citation puis un deux-points, repris dans le corps",
    headline: "« Nous irons jusqu’au bout » : la colère des éleveurs bretons",
    paragraphs: [
      "Les éleveurs ont bloqué la rocade de Rennes lundi.",
      "« Nous irons jusqu’au bout », a prévenu Yves Le Gall, président du syndicat départemental.",
    ],
    quotes: [["Nous irons jusqu’au bout", "Yves Le Gall"]],
  },
  {
    name: "titre d’œuvre ou terme seul avant un deux-points : pas une citation",
    headline: "« Les Fourberies de Scapin » : la troupe du lycée joue Molière",
    paragraphs: ["« Sobriété » : le mot revient dans tous les discours du gouvernement."],
    quotes: [],
  },
  {
    name: "guillemets droits dans une que-clause",
    paragraphs: ['Le ministre Luc Fabre a estimé que la France "ne peut pas rester les bras croisés".'],
    quotes: [["ne peut pas rester les bras croisés", "Luc Fabre"]],
  },
  {
    name: "suite de citation ouverte par un guillemet fermant, à l’ancienne",
    paragraphs: [
      "« Nous avons besoin de temps, explique Inès Carré. Les familles sont épuisées.",
      "» Il faut les écouter. »",
    ],
    quotes: [
      ["Nous avons besoin de temps, explique Inès Carré. Les familles sont épuisées.", "Inès Carré"],
      ["Il faut les écouter.", "Inès Carré"],
    ],
  },
  {
    name: "citation coupée par l’incise : dit X, « … »",
    paragraphs: ["« Je n’ai rien vu », dit Marcel Dufour, « rien du tout »."],
    quotes: [
      ["Je n’ai rien vu", "Marcel Dufour"],
      ["rien du tout", "Marcel Dufour"],
    ],
  },
  {
    name: "citation seule, puis la phrase qui dit de qui sont ces mots",
    paragraphs: [
      "« C’est un immense soulagement. » Ce sont les premiers mots de Julien Marot à sa sortie du tribunal.",
      "« On ne lâchera rien. » Le message de la syndicaliste Agathe Roussel est clair.",
    ],
    quotes: [
      ["C’est un immense soulagement.", "Julien Marot"],
      ["On ne lâchera rien.", "Agathe Roussel"],
    ],
  },
  {
    name: "pronom tonique entre virgules après le sujet : X, elle, se dit « … »",
    paragraphs: [
      "Le maire Denis Caron défend le projet.",
      "Son adjointe, Laure Vasseur, elle, se dit « très réservée ».",
      "Paul Ferrand, lui, se veut « rassurant ».",
    ],
    quotes: [
      ["très réservée", "Laure Vasseur"],
      ["rassurant", "Paul Ferrand"],
    ],
  },
  {
    name: "verbe pronominal puis « par » : la cause, pas l’auteur",
    paragraphs: ["La députée Inès Roche s’est dite « choquée » par les propos du ministre."],
    quotes: [["choquée", "Inès Roche"]],
  },
  {
    name: "on impersonnel inversé et un lieu en plusieurs mots : du côté de, auprès de",
    paragraphs: [
      "« Le calendrier sera tenu », assure-t-on du côté de la direction.",
      "« Rien n’est décidé », confie-t-on auprès du ministère.",
    ],
    quotes: [
      ["Le calendrier sera tenu", "la direction"],
      ["Rien n’est décidé", "le ministère"],
    ],
  },
  {
    name: "locution verbale avec on inversé : fait-on savoir dans l’entourage de X",
    paragraphs: ["« La porte reste ouverte », fait-on savoir dans l’entourage de la ministre."],
    quotes: [["La porte reste ouverte", "l’entourage de la ministre"]],
  },
  {
    name: "citation seule, puis une phrase dont le sujet est la personne nommée",
    paragraphs: ["« On a tout perdu en une nuit. » Martine Lebrun, 61 ans, contemple sa maison inondée."],
    quotes: [["On a tout perdu en une nuit.", "Martine Lebrun"]],
  },
  {
    name: "pour X avec un rôle avant le deux-points : autre ambiance pour X",
    paragraphs: ["Autre ambiance pour Gilles Noël, viticulteur : « La récolte est excellente. »"],
    quotes: [["La récolte est excellente.", "Gilles Noël"]],
  },
  {
    name: "titre qui s’ouvre sur la citation, deux-points puis le nom de la personne",
    headline: "« J’ai cru mourir » : Sylvie Arnaud raconte sa nuit dans la tempête",
    paragraphs: ["La navigatrice a été secourue au large de Brest."],
    quotes: [["J’ai cru mourir", "Sylvie Arnaud"]],
  },
  {
    name: "citation, deux-points, puis un nom de parole et son auteur : le message de X",
    paragraphs: ["« Personne ne sera oublié » : le message de Hervé Lucas aux sinistrés est clair."],
    quotes: [["Personne ne sera oublié", "Hervé Lucas"]],
  },
  {
    name: "citation seule, puis « c’est ce qu’a déclaré X » : sujet inversé après que",
    paragraphs: ["« Le site ne fermera pas. » C’est ce qu’a déclaré Olivia Besson aux salariés mardi."],
    quotes: [["Le site ne fermera pas.", "Olivia Besson"]],
  },
  {
    name: "selon, d’après un récit : celui qui le fait parle",
    paragraphs: [
      "La maire Odile Ferrand a reçu les pêcheurs.",
      "Elle est « sortie confiante » de l’entretien, d’après le récit qu’elle en fait à la presse.",
      "La réunion fut « houleuse », selon le récit de Marc Olivier, délégué des pêcheurs.",
    ],
    quotes: [
      ["sortie confiante", "Odile Ferrand"],
      ["houleuse", "Marc Olivier"],
    ],
  },
  {
    name: "incise au verbe non listé et sujet indéfini : souffle une habitante, rassure un de ses proches",
    paragraphs: [
      "« On a eu si peur », souffle une habitante du quartier.",
      "« Il va mieux », rassure un de ses proches.",
    ],
    quotes: [
      ["On a eu si peur", "une habitante du quartier"],
      ["Il va mieux", "un de ses proches"],
    ],
  },
  {
    name: "citation partielle après un verbe de volonté ou de refus : veut « … », refuse de « … »",
    paragraphs: [
      "La ministre du Travail, Claire Faure, a reçu les syndicats.",
      "Elle veut « rassurer les salariés » et refuse de « céder au chantage ».",
      "Elle n’exclut pas « d’autres mesures » et appelle à « rester calme ».",
    ],
    quotes: [
      ["rassurer les salariés", "Claire Faure"],
      ["céder au chantage", "Claire Faure"],
      ["d’autres mesures", "Claire Faure"],
      ["rester calme", "Claire Faure"],
    ],
  },
  {
    name: "verbe d’appel suivi d’un nom et de marques : une appellation, pas une citation",
    paragraphs: ["Les habitants appellent ce quartier « la petite Venise »."],
    quotes: [],
  },
  {
    name: "métier des médias ou du commerce repris par une description : a réagi l’animatrice",
    paragraphs: [
      "Sandrine Morel présente l’émission depuis dix ans.",
      "« Je n’en reviens pas », a réagi l’animatrice.",
    ],
    quotes: [["Je n’en reviens pas", "Sandrine Morel"]],
  },
  {
    name: "titre : le mot de la personne juste après son nom, sans verbe",
    headline: "Nadia Ferrand « très fière » de ses élèves",
    paragraphs: ["La professeure de Lorient a vu sa classe remporter le concours national."],
    quotes: [["très fière", "Nadia Ferrand"]],
  },
  {
    name: "titre : un titre d’œuvre en capitales après un nom reste un titre",
    headline: "Jean Vidal présente « Les Ombres du port » à Cannes",
    paragraphs: ["Le réalisateur a tourné le film à Marseille."],
    quotes: [],
  },
  {
    name: "peut-on lire dans un long nom de document ; de l’aveu même de X",
    paragraphs: [
      "« Les délais ne sont pas tenus », peut-on lire dans le rapport de la Cour des comptes.",
      "Le chantier du viaduc a pris un an de retard.",
      "« Nous avons sous-estimé la tâche », de l’aveu même de l’ingénieur Rémi Tessier.",
    ],
    quotes: [
      ["Les délais ne sont pas tenus", "le rapport de la Cour des comptes"],
      ["Nous avons sous-estimé la tâche", "Rémi Tessier"],
    ],
  },
  {
    name: "titre d’œuvre entre guillemets : pas une citation",
    paragraphs: ["Le réalisateur Jean Duval présentera « Les Ombres du port » à Cannes."],
    quotes: [],
  },
  {
    name: "terme entre guillemets : pas une citation",
    paragraphs: ["Le mot « sobriété » est devenu le maître-mot du gouvernement cet hiver."],
    quotes: [],
  },
  {
    name: "étiquette : le « principe de précaution »",
    paragraphs: [
      "Le maire a invoqué le « principe de précaution » pour fermer la plage.",
      "Les riverains réclament l’application de la « règle des trois kilomètres ».",
    ],
    quotes: [],
  },
  {
    name: "nom d’opération : pas une citation",
    paragraphs: ["Le plan « Grand Froid » a été déclenché dans le département."],
    quotes: [],
  },
  {
    name: "verbe de document : la loi prévoit que « … »",
    paragraphs: [
      "La loi prévoit que les bailleurs doivent « réparer toute panne de chauffage sous 48 heures ».",
    ],
    quotes: [["réparer toute panne de chauffage sous 48 heures", "La loi"]],
  },
  {
    name: "verbe de document après une incise : le texte, que X a pu consulter, prévoit que « … »",
    paragraphs: [
      "Le texte, que notre rédaction a pu consulter, prévoit que les loyers « seront gelés jusqu’en 2027 ».",
    ],
    quotes: [["seront gelés jusqu’en 2027", "Le texte"]],
  },
  {
    name:
      "verbe de document : le règlement de l’Office X et Y prévoit que « … » après un ministre cité : le " +
      "« et » entre deux majuscules est dans le nom",
    paragraphs: [
      "« Nous serons prêts », a déclaré la ministre Claire Dumas.",
      "Le règlement de l’Office Santé et Environnement prévoit que les communes disposent d’« un délai " +
        "de trente jours » pour répondre.",
    ],
    quotes: [
      ["Nous serons prêts", "Claire Dumas"],
      ["un délai de trente jours", "Le règlement de l’Office Santé et Environnement"],
    ],
  },
  {
    name:
      "verbe de document (négatif) : le rapport … et X prévoit que « … » : le « et » après une minuscule " +
      "joint deux propositions, la personne parle",
    paragraphs: [
      "« Nous serons prêts », a déclaré la ministre Claire Dumas.",
      "Le rapport ne change rien et Paul Leroy prévoit que les travaux dureront « au moins deux ans ».",
    ],
    quotes: [
      ["Nous serons prêts", "Claire Dumas"],
      ["au moins deux ans", "Paul Leroy"],
    ],
  },
  {
    name: "verbe de document : le rapport de X montre que « … »",
    paragraphs: ["Le rapport de la Cour des comptes montre que « la dépense a doublé en dix ans »."],
    quotes: [["la dépense a doublé en dix ans", "Le rapport de la Cour des comptes"]],
  },
  {
    name: "verbe de document : l’étude présentée avant montre que X « … »",
    paragraphs: [
      "Une étude de l’université de Lausanne paraît ce jeudi. L’étude montre que les abeilles " +
        "« reconnaissent les visages humains ».",
    ],
    quotes: [["reconnaissent les visages humains", "L’étude"]],
  },
  {
    name: "négatif : des images qui « montrent » ne sont pas un document qui parle",
    paragraphs: ["Les images de vidéosurveillance montrent « un homme cagoulé » devant la vitrine."],
    quotes: [],
  },
  {
    name: "négatif : un rapport cité comme contexte ne parle pas, la ministre après lui si",
    paragraphs: [
      "Le rapport, publié en mai, montre l’ampleur du problème. « Nous allons agir vite », a promis " +
        "la ministre Claire Aubry.",
    ],
    quotes: [["Nous allons agir vite", "Claire Aubry"]],
  },
  {
    name: "selon un proche de X, puis un autre nom qui ouvre la phrase du journaliste",
    paragraphs: [
      "« Un négociateur redoutable », selon un proche de la maire, Paul Vernet sait se faire entendre.",
    ],
    quotes: [["Un négociateur redoutable", "un proche de la maire"]],
  },
  {
    name: "fragments verbaux : « s’est dégradé », il a « dû être opéré », puis la famille parle",
    paragraphs: [
      "L’état du marin « s’est brusquement dégradé » et il a « dû être hélitreuillé ». « Il se repose " +
        "désormais », a précisé sa famille.",
    ],
    quotes: [
      ["s’est brusquement dégradé", "sa famille"],
      ["dû être hélitreuillé", "sa famille"],
      ["Il se repose désormais", "sa famille"],
    ],
  },
  {
    name: "« ajoute-t-on de même source » : la source nommée avant parle encore",
    paragraphs: [
      "« Le calendrier sera tenu », assure l’entourage de la ministre. « Rien ne sera bradé », " +
        "ajoute-t-on de même source.",
    ],
    quotes: [
      ["Le calendrier sera tenu", "l’entourage de la ministre"],
      ["Rien ne sera bradé", "l’entourage de la ministre"],
    ],
  },
  {
    name: "participe sans auxiliaire et son agent : qualifié de « … » par un élu",
    paragraphs: [
      "Qualifié de « pilier du groupe » par un élu de la majorité, le sénateur Paul Ravel reste discret.",
    ],
    quotes: [["pilier du groupe", "un élu de la majorité"]],
  },
  {
    name: "un partisan nommé d’après son chef (-ien, -iste), repris par « a-t-il »",
    paragraphs: [
      "Un balladurien s’est souvenu d’une phrase de Jacques Morel sur le projet.",
      "« Il n’y croyait pas une seconde », a-t-il confié.",
    ],
    quotes: [["Il n’y croyait pas une seconde", "Un balladurien"]],
  },
  {
    name: "un ténor de la majorité, puis son incise « poursuit-il »",
    paragraphs: [
      "Marc Dufour a présenté son bilan lundi. « Le dossier est mal engagé », a ajouté un ténor de la " +
        "majorité. « Cela change tout », poursuit-il.",
    ],
    quotes: [
      ["Le dossier est mal engagé", "un ténor de la majorité"],
      ["Cela change tout", "un ténor de la majorité"],
    ],
  },
  {
    name: "incise au verbe non listé, le média ou le jour avant le sujet : a cinglé sur X le député",
    paragraphs: [
      "La maire de Lille, Anne Morel, a présenté son plan vendredi. « Ce plan est une imposture », a " +
        "cinglé sur Facebook le député Marc Olivier. « Rien de neuf », tacle mardi l’élue Nina Roux.",
    ],
    quotes: [
      ["Ce plan est une imposture", "Marc Olivier"],
      ["Rien de neuf", "Nina Roux"],
    ],
  },
  {
    name: "incise inversée puis « avant d’ajouter : » : le sujet de l’incise dit la suite",
    paragraphs: [
      "« Le texte passera », pronostiquait lundi un cadre de la majorité, avant d’ajouter : « Mais de " +
        "justesse. »",
    ],
    quotes: [
      ["Le texte passera", "un cadre de la majorité"],
      ["Mais de justesse.", "un cadre de la majorité"],
    ],
  },
  {
    name: "prénom seul en apposition après une description indéfinie, repris par « raconte-t-il »",
    paragraphs: [
      "« Le feu a pris très vite », a indiqué le commandant Luc Garnier. Un voisin, Karim, a donné " +
        "l’alerte. « J’ai entendu une explosion », raconte-t-il.",
    ],
    quotes: [
      ["Le feu a pris très vite", "Luc Garnier"],
      ["J’ai entendu une explosion", "Karim"],
    ],
  },
  {
    name: "deux-points après un nom de parole objet : X, en apposition, a adressé un message :",
    paragraphs: [
      "Le maire, Paul Vidal, a visité l’école. Lundi, la directrice de l’école, très émue, a adressé un " +
        "message aux parents : « Vos enfants sont en sécurité. »",
    ],
    quotes: [["Vos enfants sont en sécurité.", "la directrice de l’école"]],
  },
  {
    name: "prénom, apposition, puis relative avant le verbe : X, éducatrice, qui …, raconte :",
    paragraphs: [
      "Nadia, éducatrice dans un foyer de Lille, qui préfère taire son nom, raconte : « On manque " +
        "de tout. »",
    ],
    quotes: [["On manque de tout.", "Nadia"]],
  },
  {
    name: "on impersonnel et source de dépêche : a-t-on appris de source judiciaire",
    paragraphs: ["« Le suspect a été remis en liberté », a-t-on appris de source judiciaire."],
    quotes: [["Le suspect a été remis en liberté", "source judiciaire"]],
  },
  {
    name: "« son » devant une voyelle dit aussi le féminin : Son adversaire, la conseillère X, -t-elle",
    paragraphs: [
      "Son adversaire, la conseillère municipale Anne Roy, dénonce un « bilan en trompe-l’œil ». « Rien " +
        "n’a changé », juge-t-elle.",
    ],
    quotes: [
      ["bilan en trompe-l’œil", "Anne Roy"],
      ["Rien n’a changé", "Anne Roy"],
    ],
  },
  {
    name:
      "un sigle jamais défini après le nom d’un organisme écrit en minuscules (« le Service public de " +
      "Wallonie », puis « Le SPW ») : ce nom",
    paragraphs: [
      "Le chantier, financé par le Service public de Wallonie, a coûté deux millions d’euros. Le SPW " +
        "évoque un ouvrage « remis à neuf ».",
    ],
    quotes: [["remis à neuf", "le Service public de Wallonie"]],
  },
  {
    name: "« Selon la RATP » après « la Régie autonome des transports parisiens » : ce nom",
    paragraphs: [
      "La Régie autonome des transports parisiens a été saisie. Selon la RATP, la ligne sera « rouverte " +
        "lundi ».",
    ],
    quotes: [["rouverte lundi", "La Régie autonome des transports parisiens"]],
  },
  {
    name: "négatif : un sigle dont les lettres ne suivent pas le nom écrit avant reste le sigle",
    paragraphs: [
      "Le Service public de Wallonie a financé le chantier. Le SPF Mobilité juge l’ouvrage « conforme aux " +
        "normes ».",
    ],
    quotes: [["conforme aux normes", "Le SPF Mobilité"]],
  },
  {
    name: "sigle entre parenthèses après le nom d’un organisme : pas dans son nom",
    paragraphs: [
      "« Les stocks sont suffisants », assure l’agence nationale de sécurité du médicament (ANSM).",
    ],
    quotes: [["Les stocks sont suffisants", "l’agence nationale de sécurité du médicament"]],
  },
  {
    name: "« l’office » après un long nom en minuscules que ferme son sigle entre parenthèses : ce nom",
    paragraphs: [
      "L’enquête a été confiée à l’Office national pour la protection des forêts et de la faune sauvage " +
        "(ONPFFS). Dans sa note, l’office évoque « une pression sans précédent sur les massifs ».",
    ],
    quotes: [
      [
        "une pression sans précédent sur les massifs",
        "l’Office national pour la protection des forêts et de la faune sauvage",
      ],
    ],
  },
  {
    name: "« l’agence » après « l’Agence pour le développement … » : un nom en -ment après l’article",
    paragraphs: [
      "L’Agence pour le développement des territoires ruraux a présenté son bilan mardi.",
      "« Le chantier avance bien », souligne l’agence.",
    ],
    quotes: [["Le chantier avance bien", "L’Agence pour le développement des territoires ruraux"]],
  },
  {
    name: "un adverbe en -ment après le nom d’un organisme (négatif) : il n’en fait pas partie",
    paragraphs: ["L’Agence régionale de santé rappelle également « la nécessité de se faire vacciner »."],
    quotes: [["la nécessité de se faire vacciner", "L’Agence régionale de santé"]],
  },
  {
    name: "nom d’organisme qui se poursuit en minuscules après « pour »",
    paragraphs: ["« Le dépistage sauve des vies », rappelle la Fondation pour la recherche médicale."],
    quotes: [["Le dépistage sauve des vies", "la Fondation pour la recherche médicale"]],
  },
  {
    name: "nom d’organisme après « pour » : une cause, même suivie d’un complément",
    paragraphs: ["« Chaque don compte », insiste l’Association pour le don de moelle osseuse."],
    quotes: [["Chaque don compte", "l’Association pour le don de moelle osseuse"]],
  },
  {
    name: "nationalité avant le nom (« le Norvégien Erik Lunde ») : une personne, reprise par le pronom",
    paragraphs: [
      "« Nous avons manqué de lucidité », a reconnu l’entraîneur, Paul Giraud.",
      "Au sprint, le Norvégien Erik Lunde a devancé tout le monde. Il a levé les bras bien avant la " +
        "ligne. « Je savais que j’étais le plus rapide », a-t-il lancé.",
    ],
    quotes: [
      ["Nous avons manqué de lucidité", "Paul Giraud"],
      ["Je savais que j’étais le plus rapide", "Erik Lunde"],
    ],
  },
  {
    name: "offices belges et suisses (bourgmestre, échevin, syndic) : le titre reprend la personne du texte",
    headline: "« La digue a tenu », se félicite le bourgmestre",
    paragraphs: [
      "« La digue a tenu », a déclaré jeudi le bourgmestre de Dinant, Marc Lenoir.",
      "« Les caves seront pompées demain », a ajouté l’échevine des Travaux, Anne Dubois.",
    ],
    quotes: [
      ["La digue a tenu", "Marc Lenoir"],
      ["Les caves seront pompées demain", "Anne Dubois"],
    ],
  },
  {
    name: "entretien : les proches de l’interviewé (« Ma mère », « Mon entraîneur ») parlent aussi",
    paragraphs: [
      "Vous avez grandi à Lens. Qu’en reste-t-il ?",
      "Tout. Ma mère me répétait : « Travaille, et personne ne te dira quoi faire. » Mon entraîneur, " +
        "lui, disait : « Le talent ne suffit jamais. »",
    ],
    quotes: [
      ["Travaille, et personne ne te dira quoi faire.", "Ma mère"],
      ["Le talent ne suffit jamais.", "Mon entraîneur"],
    ],
  },
  {
    name: "sujet décrit avec un complément, avant un passé composé : le pronom suivant le désigne",
    paragraphs: [
      "« Les pompiers sont sur place », a indiqué le maire, Jean Roux.",
      "Le directeur de l’agence régionale de santé a ouvert une cellule de crise. « Nous suivons la " +
        "situation heure par heure », a-t-il ajouté.",
    ],
    quotes: [
      ["Les pompiers sont sur place", "Jean Roux"],
      ["Nous suivons la situation heure par heure", "Le directeur de l’agence régionale de santé"],
    ],
  },
  {
    name:
      "« précise l’agence régionale de santé Grand Est » : le territoire après le niveau de l’organisme " +
      "(régionale, départementale) n’est pas l’orateur, l’organisme l’est ; un prénom après, si",
    paragraphs: [
      "« Trois foyers ont été identifiés », précise l’agence régionale de santé Grand Est.",
      "Selon la direction départementale Hauts-de-Seine, les contrôles « se poursuivront tout l’été ».",
      "« Les vaccins arrivent lundi », assure le directeur de l’agence régionale de santé Julien Morel.",
    ],
    quotes: [
      ["Trois foyers ont été identifiés", "l’agence régionale de santé Grand Est"],
      ["se poursuivront tout l’été", "la direction départementale Hauts-de-Seine"],
      ["Les vaccins arrivent lundi", "Julien Morel"],
    ],
  },
  {
    name:
      "« la compagnie régionale Air Austral » : après le niveau de l’organisme, un nom que son mot " +
      "de métier (Air) dit d’une entreprise est le nom de la compagnie, pas un territoire ; " +
      "« la compagnie » le reprend",
    paragraphs: [
      "La compagnie régionale Air Austral a annoncé mardi la fermeture de sa ligne vers Mayotte.",
      "Dans un communiqué, la compagnie évoque « une demande en baisse depuis deux ans ».",
      "« Trois médecins nous rejoignent », indique l’agence régionale de santé Bretagne.",
    ],
    quotes: [
      ["une demande en baisse depuis deux ans", "Air Austral"],
      ["Trois médecins nous rejoignent", "l’agence régionale de santé Bretagne"],
    ],
  },
  {
    name: "nom d’œuvre employé comme verbe (« marque ») : la citation qui suit est un propos",
    paragraphs: [
      "Pour l’historien Marc Tellier, cette réforme marque « la fin d’une époque ».",
      "L’enseigne lance sa marque « la belle saison » en mai.",
    ],
    quotes: [["la fin d’une époque", "Marc Tellier"]],
  },
  {
    name: "prénom seul en tête de phrase, suivi de son métier en apposition : le pronom suivant le désigne",
    paragraphs: [
      "« Le car ne passe plus », regrette Paul, 70 ans.",
      "Maëlle, infirmière à la clinique du Parc, a démissionné en mai. « Je n’en pouvais plus », " +
        "confie-t-elle.",
    ],
    quotes: [
      ["Le car ne passe plus", "Paul"],
      ["Je n’en pouvais plus", "Maëlle"],
    ],
  },
  {
    name: "après un organisme, « pour » et une locution adverbiale ne prolongent pas le nom",
    paragraphs: [
      "« Les moyens ne suivent pas », a dénoncé le Conseil pour la première fois.",
      "« Aucune décision n’est prise », indique le Comité pour l’instant.",
      "« La date est maintenue », assure l’Observatoire pour le moment.",
      "« Le calendrier ne change pas », a précisé le Syndicat pour autant.",
    ],
    quotes: [
      ["Les moyens ne suivent pas", "le Conseil"],
      ["Aucune décision n’est prise", "le Comité"],
      ["La date est maintenue", "l’Observatoire"],
      ["Le calendrier ne change pas", "le Syndicat"],
    ],
  },
  {
    name: "un document et son auteur, puis « ce texte » qui le reprend : l’auteur parle",
    paragraphs: [
      "La chanteuse Inès Morel est « épuisée », a annoncé son agent dans un communiqué.",
      "Elle doit « se reposer plusieurs mois », selon ce texte diffusé par sa maison de disques.",
    ],
    quotes: [
      ["épuisée", "son agent"],
      ["se reposer plusieurs mois", "son agent"],
    ],
  },
  {
    name: "le document repris par un article défini : « d’après la lettre »",
    paragraphs: [
      "Le préfet Alain Brunet a écrit aux maires dans une lettre que la crue serait « lente ».",
      "Les digues sont « sous haute surveillance », d’après la lettre, que la presse locale a publiée.",
    ],
    quotes: [
      ["lente", "Alain Brunet"],
      ["sous haute surveillance", "Alain Brunet"],
    ],
  },
  {
    name: "« le communiqué du syndicat » : son auteur parle, pas le maire cité avant",
    paragraphs: [
      "Le maire Paul Girard a annoncé la fermeture du port dans un communiqué.",
      "La décision est « inacceptable », selon le communiqué du syndicat des dockers.",
    ],
    quotes: [["inacceptable", "le syndicat des dockers"]],
  },
  {
    name: "incise à clitique datif et verbe de plusieurs mots : « … », lui a fait écho X",
    paragraphs: [
      "Le maire Paul Roy a salué l’accord. « C’est une bonne nouvelle pour la ville », " +
        "leur a fait écho la présidente de la région, Anne Morel.",
      "« Nous avons été entendus », lui a répondu la Confédération paysanne.",
    ],
    quotes: [
      ["C’est une bonne nouvelle pour la ville", "Anne Morel"],
      ["Nous avons été entendus", "la Confédération paysanne"],
    ],
  },
  {
    name: "titre : des verbes cités entre le sujet et son complément (« assume » et « revendique »)",
    headline: "Morel « regrette » et « condamne » les violences du week-end",
    paragraphs: ["La maire de Brest, Anne Morel, s’est exprimée lundi devant le conseil municipal."],
    quotes: [
      ["regrette", "Anne Morel"],
      ["condamne", "Anne Morel"],
    ],
  },
  {
    name: "une formule à la première personne que répète le sujet : ses mots",
    paragraphs: [
      "Le ministre Paul Roy a défendu sa réforme lundi. Il a répété trois fois la formule " +
        "« je ne reculerai pas » devant les députés.",
    ],
    quotes: [["je ne reculerai pas", "Paul Roy"]],
  },
  {
    name: "un chiffre cité dans la phrase du journaliste, puis son auteur à la phrase suivante",
    paragraphs: [
      "Les secours recherchent toujours « au moins 40 » randonneurs. « Nous ne perdons pas espoir », " +
        "a ajouté le préfet Alain Brunet.",
    ],
    quotes: [
      ["au moins 40", "Alain Brunet"],
      ["Nous ne perdons pas espoir", "Alain Brunet"],
    ],
  },
  {
    name: "un document d’un autre auteur, lu par le sujet : « le communiqué » reste le sien",
    paragraphs: [
      "Le maire Paul Roy juge la crue « lente » dans un communiqué de la préfecture.",
      "Le port rouvrira « en mai », selon le communiqué.",
    ],
    quotes: [
      ["lente", "Paul Roy"],
      ["en mai", "le communiqué"],
    ],
  },
  {
    name: "le lieu de la parole après l’incise : « en point de presse » n’est pas du locuteur",
    paragraphs: ["« Le budget sera tenu », a assuré le maire de Lille en point de presse, lundi."],
    quotes: [["Le budget sera tenu", "le maire de Lille"]],
  },
  {
    name: "un corps qui parle dans son document : « relève la Cour dans son arrêt »",
    paragraphs: ["La procédure était « entachée d’irrégularités », relève la Cour dans son arrêt."],
    quotes: [["entachée d’irrégularités", "la Cour"]],
  },
  {
    name: "l’origine pour la personne nommée : « a lâché le Breton », « a reconnu l’Italien »",
    paragraphs: [
      "Yann Kerhervé a remporté le sprint devant l’Italien Marco Ferri. « J’ai attendu le dernier " +
        "virage », a lâché le Breton.",
      "Deuxième, Marco Ferri ne cachait pas sa déception. « Il était plus frais », a reconnu l’Italien.",
    ],
    quotes: [
      ["J’ai attendu le dernier virage", "Yann Kerhervé"],
      ["Il était plus frais", "Marco Ferri"],
    ],
  },
  {
    name: "une épithète pour le corps nommé avant : « juge la haute juridiction »",
    paragraphs: [
      "Le Conseil d’État a rejeté mardi le recours des associations. Le décret « ne porte pas une " +
        "atteinte excessive à la liberté d’association », juge la haute juridiction.",
    ],
    quotes: [["ne porte pas une atteinte excessive à la liberté d’association", "Le Conseil d’État"]],
  },
  {
    name: "un gérondif après la citation n’est pas une incise : « , tout en rappelant que … »",
    paragraphs: [
      "La fédération des parents salue une réforme « attendue », tout en rappelant que les " +
        "familles attendent des moyens.",
    ],
    quotes: [["attendue", "La fédération des parents"]],
  },
  {
    name: "un verbe cité après une apposition : « La direction, sollicitée mardi, « regrette » … »",
    paragraphs: ["La direction de l’usine, sollicitée mardi, « regrette » un mouvement jugé prématuré."],
    quotes: [["regrette", "La direction de l’usine"]],
  },
  {
    name: "une source reprise par son nom seul : « un cadre dirigeant » puis « assure ce cadre »",
    paragraphs: [
      "Selon un cadre dirigeant de l’entreprise, le plan sera présenté lundi aux syndicats. « Personne " +
        "ne sera licencié », assure ce cadre.",
    ],
    quotes: [["Personne ne sera licencié", "un cadre dirigeant de l’entreprise"]],
  },
  {
    name: "une fonction, son parti en sigle, puis le nom : « le porte-parole du PS Marc Lenoir »",
    paragraphs: ["« Ce budget est injuste », a réagi le porte-parole du PS Marc Lenoir."],
    quotes: [["Ce budget est injuste", "Marc Lenoir"]],
  },
  {
    name: "un titre qui nomme l’événement avant le deux-points : « Incendie de la Loire : « … » »",
    headline: "Incendie de la Loire : « Le feu a tout pris en dix minutes »",
    paragraphs: ["« Le feu a tout pris en dix minutes », raconte Marcel Dubreuil, éleveur à Feurs."],
    quotes: [["Le feu a tout pris en dix minutes", "Marcel Dubreuil"]],
  },
  {
    name: "un corps nommé après son nom commun puis repris : « L’association X », « l’organisation »",
    paragraphs: [
      "L’association Terre Solidaire dénonce les expulsions de l’hiver. « Trois cents familles ont " +
        "perdu leur logement », déplore l’organisation dans un rapport.",
    ],
    quotes: [["Trois cents familles ont perdu leur logement", "Terre Solidaire"]],
  },
  {
    name: "« elle », un corps féminin qui parle dans la phrase : « La mairie « conteste » … qu’elle juge »",
    paragraphs: [
      "« Nous n’avons plus d’eau chaude depuis lundi », raconte Nadia Benali, locataire de la tour.",
      "La mairie « conteste » un bilan qu’elle juge « exagéré » et promet des travaux.",
    ],
    quotes: [
      ["Nous n’avons plus d’eau chaude depuis lundi", "Nadia Benali"],
      ["conteste", "La mairie"],
      ["exagéré", "La mairie"],
    ],
  },
  {
    name: "une relative après l’agent d’un passif : « Un bilan jugé faux par le syndicat, qui évoque « … » »",
    paragraphs: [
      "La préfecture annonce douze blessés. Un bilan jugé très sous-estimé par le syndicat des " +
        "infirmiers, qui évoque « une quarantaine de victimes ».",
    ],
    quotes: [["une quarantaine de victimes", "le syndicat des infirmiers"]],
  },
  {
    name: "un corps repris par son seul nom commun : « la direction du site » puis « la direction »",
    paragraphs: [
      "Les ouvriers ont cessé le travail lundi, selon la direction du site.",
      "« Le dialogue reste ouvert », assure la direction, qui attend les syndicats mardi.",
    ],
    quotes: [["Le dialogue reste ouvert", "la direction du site"]],
  },
  {
    name: "« Son PDG » avant que le PDG soit nommé : le titre du patron d’une entreprise",
    paragraphs: [
      "Le transporteur ferme deux dépôts. Son PDG évoque « une décision douloureuse mais nécessaire ».",
      "« Nous reclasserons chaque salarié qui le souhaite », a assuré le PDG, Étienne Varlet, devant " +
        "les syndicats.",
    ],
    quotes: [
      ["une décision douloureuse mais nécessaire", "Étienne Varlet"],
      ["Nous reclasserons chaque salarié qui le souhaite", "Étienne Varlet"],
    ],
  },
  {
    name: "« la dirigeante » pour qui vient d’être nommé avec un poste de direction",
    paragraphs: [
      "« Nous avons tenu », résume la patronne de la coopérative, Hélène Brossard.",
      "La dirigeante admet que la sécheresse a pesé. « Le lait ne couvre plus nos coûts », ajoute-t-elle.",
    ],
    quotes: [
      ["Nous avons tenu", "Hélène Brossard"],
      ["Le lait ne couvre plus nos coûts", "Hélène Brossard"],
    ],
  },
  {
    name: "un métier repris seul, « confie le sculpteur », pour l’artiste nommé juste avant",
    paragraphs: [
      "Les œuvres monumentales du Breton Erwan Le Goff seront exposées tout l’été à Vannes.",
      "« Le granit m’a appris la patience », confie le sculpteur, installé près de Carnac.",
    ],
    quotes: [["Le granit m’a appris la patience", "Erwan Le Goff"]],
  },
  {
    name: "le sujet décrit après un complément de lieu, sans verbe de parole, puis sa citation seule",
    paragraphs: [
      "« Le quartier est calme », assure le maire, Paul Ferrand.",
      "Devant la mairie, une habitante serre les poings. « On nous a oubliés depuis dix ans. »",
    ],
    quotes: [
      ["Le quartier est calme", "Paul Ferrand"],
      ["On nous a oubliés depuis dix ans.", "une habitante"],
    ],
  },
  {
    name: "un nom composé de noms nus pour le sujet décrit : « Un chef de chantier secoue la tête. « … » »",
    paragraphs: [
      "« Les délais seront tenus », promet la présidente de la région, Claire Vasseur.",
      "Un chef de chantier secoue la tête. « Il manque trente ouvriers depuis le printemps. »",
    ],
    quotes: [
      ["Les délais seront tenus", "Claire Vasseur"],
      ["Il manque trente ouvriers depuis le printemps.", "Un chef de chantier"],
    ],
  },
  {
    name: "« une trentaine de parents » : la personne après une préposition n’est pas le sujet",
    paragraphs: [
      "« Le chantier finira en mai », assure l’adjoint au maire, Hugo Lemercier.",
      "Dans la salle, une trentaine de parents avaient fait le déplacement. Parmi eux, Marie-Laure, " +
        "44 ans, bénévole à la cantine depuis 2012. « On nous le promet depuis deux ans », soupire-t-elle.",
    ],
    quotes: [
      ["Le chantier finira en mai", "Hugo Lemercier"],
      ["On nous le promet depuis deux ans", "Marie-Laure"],
    ],
  },
  {
    name: "un espoir dans l’incise : « Tout reste possible », veut croire l’entraîneur",
    paragraphs: [
      "Le club est dernier à six journées de la fin. « Tout reste possible », veut croire l’entraîneur, " +
        "Marc Olivier.",
    ],
    quotes: [["Tout reste possible", "Marc Olivier"]],
  },
  {
    name: "« selon elle » juste avant les guillemets : le pronom est la source, les mots cités sont des mots",
    paragraphs: [
      "La préfecture évoque « des risques sérieux », qui restent selon elle « très élevés » cette nuit.",
    ],
    quotes: [
      ["des risques sérieux", "La préfecture"],
      ["très élevés", "La préfecture"],
    ],
  },
  {
    name: "« elle » pour le corps féminin sujet de la phrase plutôt que pour la personne nommée avant",
    paragraphs: [
      "« Nous ne céderons pas », prévient Dominique Arnaud, porte-parole des riverains.",
      "La Métropole, dans un communiqué, défend le tracé par « l’intérêt général », qui commande selon " +
        "elle « un passage au nord ».",
    ],
    quotes: [
      ["Nous ne céderons pas", "Dominique Arnaud"],
      ["l’intérêt général", "La Métropole"],
      ["un passage au nord", "La Métropole"],
    ],
  },
  {
    name: "« demande aux partis « de … » » : un infinitif après un nom de parti n’est pas un nom",
    paragraphs: ["Le gouvernement demande aux partis « de respecter le calendrier électoral »."],
    quotes: [["de respecter le calendrier électoral", "Le gouvernement"]],
  },
  {
    name: "« a prévenu l’opérateur » : le nom commun d’une entreprise pour celle nommée juste avant",
    paragraphs: [
      "La SNCF annonce des retards sur la ligne. Les trains circuleront « au ralenti jusqu’à jeudi », a " +
        "prévenu l’opérateur.",
    ],
    quotes: [["au ralenti jusqu’à jeudi", "La SNCF"]],
  },
  {
    name: "« le groupe invoque « … » » : le groupe nommé dans la phrase d’avant",
    paragraphs: [
      "Le groupe Verlaine Textiles va fermer son atelier de Roubaix. Dans un communiqué, le groupe " +
        "invoque « une baisse durable des commandes ».",
    ],
    quotes: [["une baisse durable des commandes", "Verlaine Textiles"]],
  },
  {
    name:
      "« a indiqué le sismologue de l’observatoire X » : un spécialiste nommé par sa science avant " +
      "le nom",
    paragraphs: [
      "« Le volcan reste sous surveillance renforcée », a indiqué le sismologue de l’observatoire " +
        "Hugo Marec.",
    ],
    quotes: [["Le volcan reste sous surveillance renforcée", "Hugo Marec"]],
  },
  {
    name: "« L’édile a promis des « … » » : le maire nommé dans la phrase d’avant",
    paragraphs: [
      "« Les travaux commenceront en mars », a expliqué le maire, Julien Perrot, devant les élus. L’édile " +
        "a promis des « bancs ombragés » pour les familles.",
    ],
    quotes: [
      ["Les travaux commenceront en mars", "Julien Perrot"],
      ["bancs ombragés", "Julien Perrot"],
    ],
  },
  {
    name: "titre : une affiche « A - B » avant les deux-points est le sujet, le texte dit qui parle",
    headline: "Plouzané - Guingamp : « Un derby se gagne dans la tête »",
    paragraphs: [
      "Dimanche, le stade de Plouzané accueille Guingamp en Coupe de France.",
      "« Un derby se gagne dans la tête. Nous serons prêts samedi », a prévenu le gardien Hugo Le Bihan.",
    ],
    quotes: [
      ["Un derby se gagne dans la tête", "Hugo Le Bihan"],
      ["Un derby se gagne dans la tête. Nous serons prêts samedi", "Hugo Le Bihan"],
    ],
  },
  {
    name: "titre : une rubrique et un tiret avant les deux-points, puis une phrase qui a son verbe",
    headline: "Ligue 2 – Caen bat Annecy (2-1) : « On a souffert »",
    paragraphs: ["« On a souffert jusqu’au bout », a reconnu l’attaquant caennais Romain Guilbert."],
    quotes: [
      ["On a souffert", "Romain Guilbert"],
      ["On a souffert jusqu’au bout", "Romain Guilbert"],
    ],
  },
  {
    name: "titre : une rubrique, un tiret puis le nom complet de qui parle",
    headline: "Inondations – Claire Vasseur : « Nous reconstruirons la digue »",
    paragraphs: ["La ministre s’est rendue mardi dans la vallée sinistrée."],
    quotes: [["Nous reconstruirons la digue", "Claire Vasseur"]],
  },
  {
    name: "un prénom seul, sujet suivi d’une relative, puis « raconte-t-elle »",
    paragraphs: [
      "Le directeur du port, Alain Kerjean, a confirmé la fermeture du quai.",
      "Martine, qui y vend du poisson depuis vingt ans, a appris la décision « par un simple courrier, " +
        "un vendredi soir ». « Personne ne nous a prévenus », raconte-t-elle.",
    ],
    quotes: [
      ["par un simple courrier, un vendredi soir", "Martine"],
      ["Personne ne nous a prévenus", "Martine"],
    ],
  },
  {
    name: "un corps sujet d’un verbe au passé composé sans parole : « l’association a mesuré « … » »",
    paragraphs: [
      "« Le centre-ville se vide », a regretté le maire, Paul Le Goff, lundi.",
      "À Brest, l’association des commerçants a mesuré « une baisse de 20 % de la fréquentation » depuis " +
        "janvier.",
    ],
    quotes: [
      ["Le centre-ville se vide", "Paul Le Goff"],
      ["une baisse de 20 % de la fréquentation", "l’association des commerçants"],
    ],
  },
  {
    name: "deux verbes coordonnés : « X affirme … et assure que « … » », le second sans sujet",
    paragraphs: [
      "Dans une lettre envoyée à ses affiliés, que Mediapart a pu consulter, la caisse affirme avoir " +
        "« rétabli le service » dans la nuit et assure que « aucun versement ne sera retardé ».",
    ],
    quotes: [
      ["rétabli le service", "la caisse"],
      ["aucun versement ne sera retardé", "la caisse"],
    ],
  },
  {
    name: "une relative après le communiqué où parle un corps : « X dans un communiqué, qui évoque « … » »",
    paragraphs: [
      "« Le réseau sera rétabli dimanche », assure la SNCF dans un communiqué, qui évoque « des dégâts " +
        "considérables » sur la voie.",
    ],
    quotes: [
      ["Le réseau sera rétabli dimanche", "la SNCF"],
      ["des dégâts considérables", "la SNCF"],
    ],
  },
  {
    name: "une déclaration d’abord, puis « a indiqué X, qui estime … à « … » »",
    paragraphs: [
      "Le chantier de la digue commencera en septembre, a indiqué le syndicat mixte du littoral, qui " +
        "estime son coût à « près de 12 millions d’euros ».",
    ],
    quotes: [["près de 12 millions d’euros", "le syndicat mixte du littoral"]],
  },
  {
    name: "« Du côté de [un corps au long nom], on rappelle que … « … » »",
    paragraphs: [
      "Du côté de la direction régionale de l’environnement et de l’aménagement du territoire, on rappelle " +
        "que le permis a été délivré « après une étude d’impact complète ».",
    ],
    quotes: [
      [
        "après une étude d’impact complète",
        "la direction régionale de l’environnement et de l’aménagement du territoire",
      ],
    ],
  },
  {
    name: "« témoigne la dame de 71 ans » : une description définie reprend la personne nommée juste avant",
    paragraphs: [
      "Partie de chez elle à l’aube, Odile Marchand a patienté onze heures dans une salle d’attente " +
        "bondée de l’hôpital de Vienne.",
      "« On m’a oubliée sur une chaise en plastique toute la nuit », témoigne la dame de 71 ans, rentrée " +
        "chez elle sans avoir vu un médecin.",
    ],
    quotes: [["On m’a oubliée sur une chaise en plastique toute la nuit", "Odile Marchand"]],
  },
  {
    name:
      "« a raconté l’attaquant de 18 ans » : l’article élidé ne dit pas le genre, l’âge écrit après le " +
      "nom reprend la personne nommée juste avant, ou celle de cet âge",
    paragraphs: [
      "Les Remparts ont marqué quatre buts, dont le dernier par Félix-Antoine Gagnon en prolongation.",
      "« On n’a jamais arrêté d’y croire », a raconté l’attaquant de 18 ans, repêché l’été dernier.",
      "Le but décisif est signé Julien Morin. « J’ai juste tiré au filet », a souri l’ailier de 22 ans " +
        "au micro de TVA.",
      "Marc Petit, 30 ans, et Léon Gaudin, 52 ans, étaient de garde. « On a tenu », a résumé " +
        "l’agent de 30 ans.",
    ],
    quotes: [
      ["On n’a jamais arrêté d’y croire", "Félix-Antoine Gagnon"],
      ["J’ai juste tiré au filet", "Julien Morin"],
      ["On a tenu", "Marc Petit"],
    ],
  },
  {
    name: "« a raconté l’attaquant de 18 ans » sans personne nommée avant : la description parle",
    paragraphs: [
      "Les Remparts ont marqué quatre buts en troisième période.",
      "« On n’a jamais arrêté d’y croire », a raconté l’attaquant de 18 ans, repêché l’été dernier.",
    ],
    quotes: [["On n’a jamais arrêté d’y croire", "l’attaquant"]],
  },
  {
    name:
      "« a lancé le héros du match » au chapô, les mêmes mots dans le texte : un nom en -s après « le » " +
      "est une personne, celle que le texte nomme",
    standfirst:
      "Les Remparts l’ont emporté 4-3. « On n’a jamais arrêté d’y croire », a lancé le héros du match.",
    paragraphs: [
      "Le dernier but est venu de Félix-Antoine Gagnon après deux minutes de prolongation.",
      "« On n’a jamais arrêté d’y croire. Personne ne baissait la tête », a raconté l’attaquant de 18 ans.",
    ],
    quotes: [
      ["On n’a jamais arrêté d’y croire", "Félix-Antoine Gagnon"],
      ["On n’a jamais arrêté d’y croire. Personne ne baissait la tête", "Félix-Antoine Gagnon"],
    ],
  },
  {
    name:
      "« raconte-t-elle » après « une étudiante qui prend « … » chaque jour » ou « C’est une voisine " +
      "qui … » : le pronom reprend la personne décrite sans nom",
    paragraphs: [
      "Sur le quai de la gare de Tunis Marine, une étudiante qui prend « le RER » chaque jour se dit " +
        "inquiète. « On va voyager comme des sardines », raconte-t-elle.",
    ],
    quotes: [
      ["le RER", "une étudiante"],
      ["On va voyager comme des sardines", "une étudiante"],
    ],
  },
  {
    name: "« C’est une voisine qui a donné l’alerte. « … », raconte-t-elle » : la voisine parle",
    paragraphs: [
      "Le feu a pris vers 3 heures. C’est une voisine qui a donné l’alerte. « J’ai vu la fumée par la " +
        "fenêtre », raconte-t-elle.",
    ],
    quotes: [["J’ai vu la fumée par la fenêtre", "une voisine"]],
  },
  {
    name: "« raconte-t-il » après « une voisine » : le genre ne va pas, personne ne parle",
    paragraphs: [
      "Le feu a pris vers 3 heures. C’est une voisine qui a donné l’alerte. « J’ai vu la fumée », " +
        "raconte-t-il.",
    ],
    quotes: [["J’ai vu la fumée", null]],
  },
  {
    name:
      "« défend un texte « d’équilibre » » puis « Le texte prévoit … « … » » : le texte dont on parle " +
      "n’est pas celui par lequel on parle, le texte parle",
    paragraphs: [
      "La rapporteure, Sophie Lemarchand-Aubry, défend un texte « d’équilibre ».",
      "Le texte prévoit que les communes pourront fixer un quota « dans les zones tendues ».",
    ],
    quotes: [
      ["d’équilibre", "Sophie Lemarchand-Aubry"],
      ["dans les zones tendues", "Le texte"],
    ],
  },
  {
    name: "« a publié un communiqué » puis « Le texte ajoute … « … » » : le texte est celui de l’auteur",
    paragraphs: [
      "La ministre Anne Roy a publié un communiqué. « Nous irons jusqu’au bout », a-t-elle écrit.",
      "Le texte ajoute que l’État « ne cédera pas ».",
    ],
    quotes: [
      ["Nous irons jusqu’au bout", "Anne Roy"],
      ["ne cédera pas", "Anne Roy"],
    ],
  },
  {
    name: "« témoigne la dame » après un homme seul nommé : le genre l’écarte, la description parle",
    paragraphs: [
      "Parti de chez lui à l’aube, M. Paul Roux a patienté onze heures dans une salle d’attente de " +
        "l’hôpital de Vienne.",
      "« On m’a oubliée sur une chaise en plastique toute la nuit », témoigne la dame de 71 ans, rentrée " +
        "chez elle sans avoir vu un médecin.",
    ],
    quotes: [["On m’a oubliée sur une chaise en plastique toute la nuit", "la dame"]],
  },
  {
    name:
      "« raconte la femme » après « une infirmière » : la description définie reprend la personne " +
      "décrite",
    paragraphs: [
      "Le ministre Paul Roux a promis des renforts. Une infirmière retraitée a attendu neuf heures aux " +
        "urgences.",
      "« Personne ne m’a dit combien de temps cela prendrait », raconte la femme.",
    ],
    quotes: [["Personne ne m’a dit combien de temps cela prendrait", "Une infirmière"]],
  },
  {
    name:
      "« a assuré le maire » après « une infirmière » : une fonction qu’on ne lui a pas donnée est " +
      "un autre",
    paragraphs: [
      "Une infirmière retraitée a attendu neuf heures aux urgences. Le personnel a fait passer trois " +
        "autres patients avant elle.",
      "« On fait ce qu’on peut avec le personnel qu’on a », a assuré le maire, en visite à l’hôpital " +
        "vendredi.",
    ],
    quotes: [["On fait ce qu’on peut avec le personnel qu’on a", "le maire"]],
  },
  {
    name: "« L’autorité évoque » après « la DGAC » : un organisme nommé par son sigle, puis par ce qu’il est",
    paragraphs: [
      "Après l’incident de mardi, la DGAC a suspendu les vols de la compagnie.",
      "L’autorité évoque un risque « sérieux et documenté » et demande de nouveaux contrôles.",
    ],
    quotes: [["sérieux et documenté", "la DGAC"]],
  },
  {
    name:
      "« L’agence évoque » après « selon l’AFP » : l’agence de presse citée en passant n’est pas " +
      "l’organisme",
    paragraphs: [
      "Selon l’AFP, le ministre a quitté la réunion avant la fin.",
      "L’agence évoque des échanges « tendus » entre les participants.",
    ],
    quotes: [["tendus", "L’agence"]],
  },
  {
    name: "« Le recteur de l’académie s’est rendu … Il … », puis « a-t-il assuré » : le nouveau sujet",
    paragraphs: [
      "« Nous ne fermerons aucune classe », a promis Denis Aubert, adjoint au maire chargé des écoles.",
      "Le recteur de l’académie s’est rendu mardi dans l’école. Il a rencontré les parents d’élèves. " +
        "« Le dossier sera réexaminé avant l’été », a-t-il assuré.",
    ],
    quotes: [
      ["Nous ne fermerons aucune classe", "Denis Aubert"],
      ["Le dossier sera réexaminé avant l’été", "Le recteur de l’académie"],
    ],
  },
  {
    name: "un corps qui vient de parler, puis « Elle assure que « … » » : le pronom le reprend",
    paragraphs: [
      "« On ferme une classe sans nous consulter », regrette Julie Martin, mère d’élève.",
      "Dans un courrier aux familles, la mairie évoque « des contraintes budgétaires ». Elle assure que " +
        "« aucun enseignant » ne perdra son poste.",
    ],
    quotes: [
      ["On ferme une classe sans nous consulter", "Julie Martin"],
      ["des contraintes budgétaires", "la mairie"],
      ["aucun enseignant", "la mairie"],
    ],
  },
  {
    name: "« Au marché, Lucie, vendeuse de fruits, … « … », sourit-elle » : un métier féminin donne le genre",
    paragraphs: [
      "« Le quartier doit rester vivant », affirme Claire Dumont, adjointe au commerce.",
      "Au marché couvert, Lucie, vendeuse de fruits, a vu ses ventes baisser. « Les clients comptent " +
        "chaque euro », sourit-elle.",
    ],
    quotes: [
      ["Le quartier doit rester vivant", "Claire Dumont"],
      ["Les clients comptent chaque euro", "Lucie"],
    ],
  },
  {
    name: "« Karim, intérimaire de 31 ans, a perdu … « … », soupire-t-il » : l’âge de l’apposition",
    paragraphs: [
      "« La station doit se diversifier », affirme Céline Roux-Delmas, vice-présidente du département.",
      "Au pied des pistes, Karim, intérimaire de 31 ans, a perdu la moitié de ses missions. « On vit au " +
        "jour le jour », soupire-t-il.",
    ],
    quotes: [
      ["La station doit se diversifier", "Céline Roux-Delmas"],
      ["On vit au jour le jour", "Karim"],
    ],
  },
  {
    name: "« a déclaré la ministre de la Culture et de la Communication, X, » : deux portefeuilles",
    paragraphs: [
      "« Aucun musée ne fermera cet été », a déclaré la ministre de la Culture et de la Communication, " +
        "Hélène Marchetti, devant les sénateurs.",
    ],
    quotes: [["Aucun musée ne fermera cet été", "Hélène Marchetti"]],
  },
  {
    name: "« confie un cadre du groupe Bolloré » : le nom après « du groupe » est celui du groupe",
    paragraphs: [
      "« Personne ne sait qui dirigera la chaîne en janvier », confie un cadre du groupe Bolloré.",
    ],
    quotes: [["Personne ne sait qui dirigera la chaîne en janvier", "un cadre du groupe Bolloré"]],
  },
  {
    name: "« X, enseignant-chercheur à l’université Jean Moulin de Lyon, » : l’université n’est personne",
    paragraphs: [
      "« Nous tiendrons les délais », a assuré le ministre Paul Girard.",
      "« Nos vergers ont séché sur pied », témoigne Aïcha Naciri, agricultrice à Berkane.",
      "Pour le géographe Karim Haddad, enseignant-chercheur à l’université Jean Moulin de Lyon, le plan " +
        "arrive tard. « Les nappes ne se rechargent plus », prévient-il.",
    ],
    quotes: [
      ["Nous tiendrons les délais", "Paul Girard"],
      ["Nos vergers ont séché sur pied", "Aïcha Naciri"],
      ["Les nappes ne se rechargent plus", "Karim Haddad"],
    ],
  },
  {
    name: "« Le sénateur, lui, a quitté … il aurait assuré « … », selon un collaborateur » : sujet opposé",
    paragraphs: [
      "« Le texte passera sans difficulté », assure le député Marc Leroy.",
      "Le sénateur, lui, a quitté la salle avant le vote. Dans les couloirs, il aurait assuré qu’il " +
        "mènerait « un combat de tous les instants », selon un collaborateur.",
    ],
    quotes: [
      ["Le texte passera sans difficulté", "Marc Leroy"],
      ["un combat de tous les instants", "Le sénateur"],
    ],
  },
  {
    name: "« Lui assume. « … », répond-il » : le pronom tonique se détourne du critique cité",
    paragraphs: [
      "Depuis son élection, Paul Ferrand, maire de Vienne, multiplie les chantiers.",
      "Ses opposants dénoncent une gestion solitaire. « Il décide de tout, seul », accuse un élu de " +
        "l’opposition.",
      "Lui assume. « Les habitants m’ont élu pour agir », répond-il.",
    ],
    quotes: [
      ["Il décide de tout, seul", "un élu de l’opposition"],
      ["Les habitants m’ont élu pour agir", "Paul Ferrand"],
    ],
  },
  {
    name:
      "« L’entreprise assure » après « directrice commerciale de Vélonne » : un nom où quelqu’un dirige " +
      "est une entreprise",
    paragraphs: [
      "Vélonne a présenté mardi son nouveau vélo électrique.",
      "« Nous voulons séduire les familles », explique Claire Dumas, directrice commerciale de Vélonne.",
      "L’entreprise assure que la batterie tient « plus de cent kilomètres ».",
    ],
    quotes: [
      ["Nous voulons séduire les familles", "Claire Dumas"],
      ["plus de cent kilomètres", "Vélonne"],
    ],
  },
  {
    name:
      "« a répondu l’entreprise » après « la société Ventelle » : un organisme nommé après sa sorte " +
      "en est",
    paragraphs: [
      "Le parc éolien, porté par la société Ventelle, doit ouvrir en mai.",
      "Pour Ventelle, le calendrier tient. « Les travaux avancent bien », a répondu l’entreprise.",
    ],
    quotes: [["Les travaux avancent bien", "Ventelle"]],
  },
  {
    name: "« la sénatrice Horizons Claire Bastide » : le groupe entre l’élue et son nom",
    paragraphs: [
      "« Nous voterons contre ce budget sans la moindre hésitation », a déclaré la sénatrice Horizons " +
        "Claire Bastide.",
      "Le député Marc Le Fur, lui, défend un texte « équilibré et juste pour nos communes rurales ».",
    ],
    quotes: [
      ["Nous voterons contre ce budget sans la moindre hésitation", "Claire Bastide"],
      ["équilibré et juste pour nos communes rurales", "Marc Le Fur"],
    ],
  },
  {
    name: "« prévient un économiste », puis « Chez Natixis, X … observe l’économiste » : le nommé entre",
    paragraphs: [
      "« Les marges vont encore fondre cette année », prévient un économiste de la Banque de France.",
      "Chez Natixis, Julien Mercier se veut plus optimiste. « La demande repart déjà en Asie », observe " +
        "l’économiste.",
      "« Le second semestre sera meilleur », ajoute l’économiste.",
    ],
    quotes: [
      ["Les marges vont encore fondre cette année", "un économiste de la Banque de France"],
      ["La demande repart déjà en Asie", "Julien Mercier"],
      ["Le second semestre sera meilleur", "Julien Mercier"],
    ],
  },
  {
    name: "« prévient un économiste » puis « …, ajoute l’économiste » au paragraphe suivant : la même source",
    paragraphs: [
      "« Les marges vont encore fondre cette année », prévient un économiste de la Banque de France.",
      "Les exportations reculent aussi. « Le second semestre sera pire », ajoute l’économiste.",
    ],
    quotes: [
      ["Les marges vont encore fondre cette année", "un économiste de la Banque de France"],
      ["Le second semestre sera pire", "un économiste de la Banque de France"],
    ],
  },
  {
    name: "« l’Office national de l’eau potable (ONEP) », puis « L’Office » : le nom entier en minuscules",
    paragraphs: [
      "Selon l’Office national de l’eau potable (ONEP), les barrages sont remplis au quart. L’Office " +
        "annonce « des coupures nocturnes dès le mois prochain ».",
    ],
    quotes: [["des coupures nocturnes dès le mois prochain", "L’Office national de l’eau potable"]],
  },
  {
    name: "« Le Conseil constitutionnel a censuré … », puis « estime le Conseil dans sa décision »",
    paragraphs: [
      "Le Conseil constitutionnel a censuré vendredi l’article 12 de la loi. Cette surveillance « porte " +
        "une atteinte excessive à la vie privée », estime le Conseil dans sa décision.",
    ],
    quotes: [["porte une atteinte excessive à la vie privée", "le Conseil constitutionnel"]],
  },
  {
    name: "« confirmé par le Kremlin d’un missile … » : le complément indéfini n’est pas du nom",
    paragraphs: [
      "Le tir a été confirmé par le Kremlin d’un missile balistique hypersonique. « Ce n’était qu’un " +
        "avertissement », a réagi le Kremlin.",
    ],
    quotes: [["Ce n’était qu’un avertissement", "le Kremlin"]],
  },
  {
    name: "« sourit le producteur » après « au Genevois Marc Tissier » : l’origine dit qui il est",
    paragraphs: [
      "Pour le mixage, la chanteuse a fait appel au Genevois Marc Tissier, connu pour son travail " +
        "avec la scène électronique.",
      "« Il fallait surtout ne rien abîmer », sourit le producteur, joint par téléphone.",
    ],
    quotes: [["Il fallait surtout ne rien abîmer", "Marc Tissier"]],
  },
  {
    name: "« Le morceau d’ouverture, « … », raconte » : un titre en apposition à une œuvre et son complément",
    paragraphs: [
      "Le morceau d’ouverture, « Pluie sur Lyon », raconte une séparation. « J’ai tout écrit en " +
        "une nuit », confie Claire Morin.",
    ],
    quotes: [["J’ai tout écrit en une nuit", "Claire Morin"]],
  },
  {
    name: "« estime son délégué dans l’Aisne, le docteur X » : le territoire de la fonction, puis le nom",
    paragraphs: [
      "La fédération des chasseurs reste prudente. « Les battues ne suffiront pas cet hiver », " +
        "estime son délégué dans l’Aisne, le docteur Fabien Roussel-Aubry.",
      "L’association Eau vive s’inquiète aussi. « Les nappes n’ont pas retrouvé leur niveau », " +
        "prévient sa représentante pour la Bretagne, Gwenola Le Bihan.",
    ],
    quotes: [
      ["Les battues ne suffiront pas cet hiver", "Fabien Roussel-Aubry"],
      ["Les nappes n’ont pas retrouvé leur niveau", "Gwenola Le Bihan"],
    ],
  },
  {
    name: "« Il entend « … » », « Elle refuse de « … » » : le sujet d’un verbe de volonté dit les mots",
    paragraphs: [
      "La présidente de la région, Sandrine Olmeta, a reçu les transporteurs mardi. Elle refuse " +
        "de « céder au chantage » des grévistes. Un bras de fer périlleux, selon le politologue " +
        "Yannick Morvan : « Les routiers savent bloquer un pays en deux jours. »",
    ],
    quotes: [
      ["céder au chantage", "Sandrine Olmeta"],
      ["Les routiers savent bloquer un pays en deux jours.", "Yannick Morvan"],
    ],
  },
  {
    name: "« glisse un juré à la sortie de la salle », « à l’issue de » : le moment n’est pas la source",
    paragraphs: [
      "« Le débat a été vif, mais personne n’a claqué la porte », glisse un juré à la sortie " +
        "de la salle de délibération.",
      "« On ne signera rien sans garanties », a prévenu un négociateur salarial à l’issue de " +
        "la troisième séance.",
      "« La question des retraites reviendra », assure un cadre du parti à la veille du congrès.",
    ],
    quotes: [
      ["Le débat a été vif, mais personne n’a claqué la porte", "un juré"],
      ["On ne signera rien sans garanties", "un négociateur salarial"],
      ["La question des retraites reviendra", "un cadre du parti"],
    ],
  },
  {
    name: "« Sur les pancartes, un seul mot d’ordre : « … » » : le slogan n’est pas une citation",
    paragraphs: [
      "Une centaine de riverains ont défilé samedi devant la mairie de Vernon. Sur les pancartes, " +
        "un seul mot d’ordre : « Gardons notre maternité ». « Accoucher à quarante minutes de " +
        "route, c’est un risque », explique Margaux Delisle, sage-femme retraitée.",
    ],
    quotes: [["Accoucher à quarante minutes de route, c’est un risque", "Margaux Delisle"]],
  },
  {
    name: "« se souvient-elle », puis « sourit la sculptrice de 58 ans » : le pronom a dit son genre",
    paragraphs: [
      "Ysoline Karadec a ouvert son atelier à Dinan il y a vingt ans. « Au début, je vendais " +
        "trois bols par mois », se souvient-elle.",
      "Sa première pièce raconte cette époque. « Je n’ai jamais fait de publicité », sourit la " +
        "sculptrice de 58 ans.",
    ],
    quotes: [
      ["Au début, je vendais trois bols par mois", "Ysoline Karadec"],
      ["Je n’ai jamais fait de publicité", "Ysoline Karadec"],
    ],
  },
  {
    name: "« Sa bergère, Maïwenn, … raconte la jeune femme » : un prénom seul après son métier",
    paragraphs: [
      "Régis Fabre, éleveur de brebis dans le Vercors, a perdu sept bêtes en une nuit. « On ne dort " +
        "plus », souffle-t-il.",
      "Sa bergère, Maïwenn, était montée au col la veille. « Le brouillard est tombé d’un coup, " +
        "on ne voyait rien », raconte la jeune femme de 23 ans.",
    ],
    quotes: [
      ["On ne dort plus", "Régis Fabre"],
      ["Le brouillard est tombé d’un coup, on ne voyait rien", "Maïwenn"],
    ],
  },
  {
    name: "Festival : « Titre » remporte… : le titre que le texte met en apposition n’est pas une citation",
    headline: "Rencontres du court métrage : « Les Salines » remporte le grand prix",
    paragraphs: [
      "Le documentaire de clôture, « Les Salines », suit une famille de sauniers de Guérande. « Nous avons " +
        "tourné pendant trois hivers », a raconté la réalisatrice Anne Le Goff.",
    ],
    quotes: [["Nous avons tourné pendant trois hivers", "Anne Le Goff"]],
  },
  {
    name: "négatif : un mot en capitale après le deux-points, qu’aucun titre du texte ne reprend, reste cité",
    headline: "Port de Lorient : « Intenable », disent les marins",
    paragraphs: ["Les marins bloquent le quai depuis lundi, à l’appel du comité « Pêche Vivante »."],
    quotes: [["Intenable", "les marins"]],
  },
  {
    name: "« l’Équipe » : un journal avec son article élidé dans les guillemets n’est pas une citation",
    paragraphs: [
      "« Je ne reviendrai pas sur ma décision », a déclaré l’entraîneur Marc Lebon dans un entretien que " +
        "« l’Équipe » publie ce samedi.",
    ],
    quotes: [["Je ne reviendrai pas sur ma décision", "Marc Lebon"]],
  },
  {
    name: "négatif : « l’abandon » en minuscule après l’article élidé reste une citation partielle",
    paragraphs: ["Le maire Paul Henry a dénoncé « l’abandon » de la ligne par la région."],
    quotes: [["l’abandon", "Paul Henry"]],
  },
  {
    name: "« …, y explique-t-on » : le « y » renvoie à la source que la phrase d’avant fait parler",
    paragraphs: [
      "La direction de la laiterie fait valoir que les commandes ont chuté de moitié. « Nous n’avons pas " +
        "d’autre choix que de fermer la ligne », y explique-t-on.",
    ],
    quotes: [["Nous n’avons pas d’autre choix que de fermer la ligne", "La direction de la laiterie"]],
  },
  {
    name: "« On y affirme que « … » » : le « y » après le sujet renvoie à la source de la phrase d’avant",
    paragraphs: [
      "Le rectorat de Lyon défend la fermeture des deux classes. On y affirme que « les effectifs ne " +
        "suffisent plus ».",
    ],
    quotes: [["les effectifs ne suffisent plus", "Le rectorat de Lyon"]],
  },
  {
    name: "négatif : « dit-on en ville » sans « y » ne fait pas parler la source de la phrase d’avant",
    paragraphs: [
      "La direction de la laiterie fait valoir que les commandes ont chuté de moitié. « Nous n’avons pas " +
        "d’autre choix que de fermer la ligne », dit-on en ville.",
    ],
    quotes: [["Nous n’avons pas d’autre choix que de fermer la ligne", null]],
  },
  {
    name: "titre qui reprend mot pour mot la citation du corps : une seule entrée, celle du corps",
    headline: "Le maire de Vannes : « Nous ne fermerons pas l’école »",
    paragraphs: ["« Nous ne fermerons pas l’école », a assuré le maire, Yann Le Bihan, devant les parents."],
    quotes: [["Nous ne fermerons pas l’école", "Yann Le Bihan"]],
  },
  {
    name: "titre qui cite un fragment plus court de la citation du corps : une entrée à part",
    headline: "« On ne lâchera rien » : les parents d’élèves mobilisés",
    paragraphs: [
      "« Nous sommes là depuis six heures et on ne lâchera rien ce soir », a lancé une mère de famille, " +
        "Sophie Garnier.",
    ],
    quotes: [
      ["On ne lâchera rien", "Sophie Garnier"],
      ["Nous sommes là depuis six heures et on ne lâchera rien ce soir", "Sophie Garnier"],
    ],
  },
  {
    name:
      "« … », confie à RTL X, avec sa fonction : le média auquel on parle ne régit pas le nom qui le " +
      "suit ; la personne parle, pas sa fonction",
    paragraphs: [
      "La sécheresse touche déjà quarante communes du département.",
      "« L’eau n’arrive plus aux puits », confie à RTL Marie Dubois, hydrologue à l’université de Rennes.",
    ],
    quotes: [["L’eau n’arrive plus aux puits", "Marie Dubois"]],
  },
  {
    name:
      "« Le juge a interrogé le témoin, X, … : « … » » : le sujet décrit parle, pas la personne nommée " +
      "dans le complément",
    paragraphs: [
      "Le juge a longuement interrogé le témoin, Marc Roy, arrivé en retard : « Vous étiez où ce soir-là ? »",
    ],
    quotes: [["Vous étiez où ce soir-là ?", "Le juge"]],
  },
  {
    name: "« La présidente, X, a interrogé le prévenu : « … » » (négatif) : le nom en apposition au sujet",
    paragraphs: ["La présidente, Anne Morel, a interrogé le prévenu : « Pourquoi avoir menti ? »"],
    quotes: [["Pourquoi avoir menti ?", "Anne Morel"]],
  },
  {
    name:
      "« Un supporter venu de Lens, X, 34 ans : « … » » (négatif) : une description indéfinie présente " +
      "la personne que le nom qui suit nomme",
    paragraphs: ["Un supporter venu de Lens, Karim, 34 ans : « On y croit encore jusqu’au bout. »"],
    quotes: [["On y croit encore jusqu’au bout.", "Karim"]],
  },
  {
    name:
      "« Une personne proche du dossier a confié … », puis « a ajouté la personne » : la source anonyme " +
      "garde son adjectif et son complément, sans l’auxiliaire",
    paragraphs: [
      "Une personne proche du dossier a confié que l’accord était prêt. « Il sera signé lundi », a " +
        "ajouté la personne.",
    ],
    quotes: [["Il sera signé lundi", "Une personne proche du dossier"]],
  },
  {
    name:
      "« Une source proche de l’enquête, qui a requis l’anonymat, a affirmé … », puis « a ajouté la " +
      "source » : la relative entre la source anonyme et son verbe la laisse entière",
    paragraphs: [
      "Une source proche de l’enquête, qui a requis l’anonymat, a affirmé que le suspect avait fui. « Il " +
        "a quitté la ville dimanche », a ajouté la source.",
    ],
    quotes: [["Il a quitté la ville dimanche", "Une source proche de l’enquête"]],
  },
  {
    name:
      "« Selon Météo-France, le phénomène s’explique par « … » » : un verbe de parole pronominal suivi " +
      "de son agent est un passif ; la source de « selon » parle, pas le sujet",
    paragraphs: [
      "Selon Météo-France, le phénomène s’explique par « une masse d’air très chaude venue du Sahara ».",
    ],
    quotes: [["une masse d’air très chaude venue du Sahara", "Météo-France"]],
  },
  {
    name: "« X l’explique par écrit : « … » » (négatif) : un pronom objet, pas réfléchi, le sujet parle",
    paragraphs: ["Claire Dumas l’explique par écrit : « Il n’y aura pas de coupes »."],
    quotes: [["Il n’y aura pas de coupes", "Claire Dumas"]],
  },
  {
    name:
      "« Parmi eux, X, abonné depuis dix ans : « … » » : le pronom après la préposition est le groupe ; " +
      "la personne nommée parle, pas celle citée avant",
    paragraphs: [
      "« On a fait un grand match », a dit Moussa Diallo.",
      "Les supporters chantaient encore. Parmi eux, Jérôme, abonné depuis dix ans : « On y a cru " +
        "jusqu’au bout. »",
    ],
    quotes: [
      ["On a fait un grand match", "Moussa Diallo"],
      ["On y a cru jusqu’au bout.", "Jérôme"],
    ],
  },
  {
    name:
      "« …, a glissé le remplaçant » après un nom : une description définie que le lexique ne connaît pas, " +
      "sujet du verbe de parole, désigne la personne nommée avant",
    paragraphs: [
      "Le gardien Théo Lemaire a sauvé deux penalties. « On a tenu jusqu’au bout », a glissé le remplaçant.",
    ],
    quotes: [["On a tenu jusqu’au bout", "Théo Lemaire"]],
  },
  {
    name: "« …, a insisté l’élue » : un nom pour tout élu convient à la députée nommée avant",
    paragraphs: [
      "La députée Claire Vasseur a visité l’usine. « Ces emplois doivent rester ici », a insisté l’élue.",
    ],
    quotes: [["Ces emplois doivent rester ici", "Claire Vasseur"]],
  },
  {
    name: "« …, a tranché la municipalité » (négatif) : un nom d’institution reste l’institution",
    paragraphs: [
      "Le maire, Paul Girard, a reçu les commerçants. « Nous ne changerons rien avant l’été », a tranché " +
        "la municipalité.",
    ],
    quotes: [["Nous ne changerons rien avant l’été", "la municipalité"]],
  },
  {
    name:
      "« D’après la préfecture, « … » » (négatif) : après une préposition, la source n’est personne " +
      "de nommé",
    paragraphs: [
      "Le maire, Paul Girard, a reçu les commerçants. D’après la préfecture, « aucune fermeture n’est " +
        "prévue ».",
    ],
    quotes: [["aucune fermeture n’est prévue", "la préfecture"]],
  },
  {
    name:
      "titre « « … », dénonce la mairesse » repris mot pour mot par le corps qui la nomme : l’entrée prend " +
      "le nom du corps",
    headline: "Fermeture de la piscine : « On abandonne les familles », dénonce la mairesse",
    paragraphs: [
      "La piscine municipale fermera en juin. « On abandonne les familles », a déclaré la mairesse de " +
        "Vimont, Hélène Brassard, lundi soir.",
    ],
    quotes: [["On abandonne les familles", "Hélène Brassard"]],
  },
  {
    name:
      "« Présidente du collectif X, Sophie Lemaire se dit « … », mais réclame « … » » : le nom après la " +
      "virgule du rôle est le sujet des deux verbes, pas le nom du collectif",
    paragraphs: [
      "Présidente du collectif des riverains Quai Ouest Solidaire, Sophie Lemaire se dit « rassurée », " +
        "mais réclame « des actes concrets ».",
    ],
    quotes: [
      ["rassurée", "Sophie Lemaire"],
      ["des actes concrets", "Sophie Lemaire"],
    ],
  },
  {
    name: "« La porte-parole de l’ONU a déclaré que « … » » (négatif) : sans nom, le rôle est le locuteur",
    paragraphs: ["La porte-parole de l’ONU a déclaré que « l’aide arrivera jeudi »."],
    quotes: [["l’aide arrivera jeudi", "La porte-parole de l’ONU"]],
  },
  {
    name:
      "« Le mayeur » paragraphes après « Le bourgmestre de Namur, X » : l’autre mot de la même " +
      "fonction, que l’article n’a donnée qu’à lui",
    paragraphs: [
      "Le bourgmestre de Namur, Marc Delvaux, a signé l’accord lundi.",
      "Les travaux doivent commencer au printemps. Le chantier coûtera douze millions d’euros.",
      "Les riverains restent sceptiques. Ils craignent des mois de bruit et de poussière.",
      "Le mayeur se veut rassurant : « Le dossier sera tranché en septembre. »",
    ],
    quotes: [["Le dossier sera tranché en septembre.", "Marc Delvaux"]],
  },
  {
    name:
      "« Le mayeur » (négatif) : deux bourgmestres nommés paragraphes avant, la description reste " +
      "telle qu’écrite",
    paragraphs: [
      "Le bourgmestre de Namur, Marc Delvaux, et le bourgmestre de Dinant, Paul Gérard, ont signé " +
        "l’accord lundi.",
      "Les travaux doivent commencer au printemps. Le chantier coûtera douze millions d’euros.",
      "Les riverains restent sceptiques. Ils craignent des mois de bruit et de poussière.",
      "Le mayeur se veut rassurant : « Le dossier sera tranché en septembre. »",
    ],
    quotes: [["Le dossier sera tranché en septembre.", "Le mayeur"]],
  },
  {
    name:
      "« La gestionnaire promet des « … » » : un nom pour qui dirige, quel que soit son poste, après " +
      "« la directrice de la caisse, X »",
    paragraphs: [
      "« Chaque dossier sera traité », a assuré la directrice de la caisse, Sylvie Garnier. La " +
        "gestionnaire promet des « délais raisonnables ».",
    ],
    quotes: [
      ["Chaque dossier sera traité", "Sylvie Garnier"],
      ["délais raisonnables", "Sylvie Garnier"],
    ],
  },
  {
    name:
      "« explique la Viennoise de 38 ans » : l’origine d’une ville, avec l’âge, pour la réalisatrice " +
      "nommée au paragraphe d’avant",
    paragraphs: [
      "Pour son premier film, Anna Gruber a choisi de tourner dans les cafés de sa ville natale.",
      "« Je voulais filmer les gens qui attendent », explique la Viennoise de 38 ans, rencontrée à Cannes.",
    ],
    quotes: [["Je voulais filmer les gens qui attendent", "Anna Gruber"]],
  },
  {
    name: "« explique le Viennois » (négatif) : la personne nommée avant a une autre origine",
    paragraphs: [
      "Le chef allemand Jonas Weber dirigera l’orchestre vendredi. « Je voulais filmer les gens qui " +
        "attendent », explique le Viennois.",
    ],
    quotes: [["Je voulais filmer les gens qui attendent", "le Viennois"]],
  },
  {
    name:
      "« a confié la Lyonnaise de 21 ans » après « aux Championnats de France Élite » : le nom d’une " +
      "compétition n’est celui de personne",
    paragraphs: [
      "Léa Martin a remporté le 200 mètres aux Championnats de France Élite à Angers.",
      "« J’ai fait ma course », a confié la Lyonnaise de 21 ans.",
    ],
    quotes: [["J’ai fait ma course", "Léa Martin"]],
  },
  {
    name: "X, du syndicat Y, qui …, estime que « … » : la personne parle, pas le corps de l’apposition",
    paragraphs: [
      "Paul Brun, du syndicat Sud Rail, qui n’a pas participé aux négociations, estime que l’accord est " +
        "« une reculade ».",
    ],
    quotes: [["une reculade", "Paul Brun"]],
  },
  {
    name:
      "« … », a déclaré le maire, Serge N’Dri : un N’ capital devant une capitale ouvre un nom ; " +
      "« N’oubliez pas » reste une élision",
    paragraphs: [
      "« Nous rouvrirons l’école en septembre », a déclaré le maire, Serge N’Dri. Il a ajouté : " +
        "« N’oubliez pas de voter dimanche. »",
    ],
    quotes: [
      ["Nous rouvrirons l’école en septembre", "Serge N’Dri"],
      ["N’oubliez pas de voter dimanche.", "Serge N’Dri"],
    ],
  },
  {
    name: '« une immense bâche "…" » : le slogan d’une bâche en guillemets droits n’est pas une citation',
    paragraphs: [
      'Avant le match, les supporters ont déployé une immense bâche "Ici, c\'est chez nous" derrière ' +
        'le but. "On n\'a jamais vu une ambiance pareille", a souri le gardien Yanis Moreau.',
    ],
    quotes: [["On n'a jamais vu une ambiance pareille", "Yanis Moreau"]],
  },
  {
    name: "« Marc Lenoir montre la bâche … « … », a-t-il dit » : une vraie citation près d’une bâche reste",
    paragraphs: [
      "Le président du club de supporters, Marc Lenoir, montre la bâche déployée dans la tribune. « " +
        "Cette saison, on ne lâchera rien », a-t-il dit.",
    ],
    quotes: [["Cette saison, on ne lâchera rien", "Marc Lenoir"]],
  },
  {
    name: "« placée sous le thème « … » » : le thème d’une campagne n’est pas une citation",
    paragraphs: [
      "La mairie de Lorient a lancé lundi une opération de nettoyage des plages placée sous le thème " +
        "« Une plage propre, une mer vivante ». « Chaque mégot ramassé compte », a expliqué " +
        "l’adjointe Anne Le Goff.",
    ],
    quotes: [["Chaque mégot ramassé compte", "Anne Le Goff"]],
  },
  {
    name: "« l’association de parents « … » réclame » : le nom d’une association n’est pas une citation",
    paragraphs: [
      "Devant la mairie, l’association de parents « Cartables Légers » réclame des casiers. « Nos " +
        "enfants portent parfois huit kilos », déplore sa présidente, Sonia Béraud.",
    ],
    quotes: [["Nos enfants portent parfois huit kilos", "Sonia Béraud"]],
  },
  {
    name: "« le mécanisme dit de « … » » : un terme nommé par « dit de » n’est pas une citation",
    paragraphs: [
      "Les chercheurs décrivent le mécanisme dit de « remontée » : en été, les vents chassent l’eau " +
        "chaude vers le large. « C’est un phénomène très localisé », précise l’océanographe Luc Amiel.",
    ],
    quotes: [["C’est un phénomène très localisé", "Luc Amiel"]],
  },
  {
    name: "« a fait des « Noces d’Ariane » un bal » : un titre avec « d’ » n’est pas une citation",
    paragraphs: [
      "Pour ses adieux, la chorégraphe Inès Barral a fait des « Noces d’Ariane » un bal populaire où " +
        "chaque danseur raconte sa ville. « Je voulais que le public danse avec nous », confie-t-elle.",
    ],
    quotes: [["Je voulais que le public danse avec nous", "Inès Barral"]],
  },
  {
    name: "« a assuré que le programme « … » de … » : après « que » et le sujet, la citation est le prédicat",
    paragraphs: ["La ministre a assuré que le programme « change la vie » de milliers de familles."],
    quotes: [["change la vie", "La ministre"]],
  },
  {
    name:
      "le député Prénom Nom (SIGLE), puis « … », a indiqué le SIGLE (négatif) : des initiales d’une " +
      "personne devant un parti entre parenthèses n’écrivent pas le sigle en toutes lettres",
    paragraphs: [
      "Le député Paul Sorel (PS) a voté contre le texte mardi.",
      "« Ce budget abandonne les communes », a indiqué le PS dans un communiqué.",
    ],
    quotes: [["Ce budget abandonne les communes", "le PS"]],
  },
  {
    name:
      "…, a annoncé la SNCF. « … », prévient le transporteur : l’épithète est le corps nommé avant, avec " +
      "l’article écrit devant son nom",
    paragraphs: [
      "Les trains reprendront lundi, a annoncé vendredi la SNCF. Le trafic restera « très perturbé » " +
        "jusqu’à mercredi, prévient le transporteur.",
    ],
    quotes: [["très perturbé", "la SNCF"]],
  },
  {
    name:
      "La Fédération X, qui revendique 1,5 million d’adhérents, a dénoncé … « … » : la virgule d’un " +
      "nombre décimal ne clôt pas la relative",
    paragraphs: [
      "La Fédération des pêcheurs, qui revendique 1,5 million d’adhérents, a dénoncé dans un communiqué " +
        "des quotas « injustes et arbitraires ».",
    ],
    quotes: [["injustes et arbitraires", "La Fédération des pêcheurs"]],
  },
  {
    name:
      "« Pour X, la réforme relève d’« … » » : un verbe de la parole dont le sujet est une chose et " +
      "qui prend une préposition fait partie du point de vue ouvert par « Pour X »",
    paragraphs: ["Pour le député Julien Masson, la réforme relève d’« un bricolage » de dernière minute."],
    quotes: [["un bricolage", "Julien Masson"]],
  },
  {
    name:
      "« Selon X, le tribunal a relevé « … » » (négatif) : le verbe qui introduit les mots eux-mêmes " +
      "les donne à son sujet",
    paragraphs: ["Selon l’avocate Claire Dumas, le tribunal a relevé « une faute lourde » dans le dossier."],
    quotes: [["une faute lourde", "le tribunal"]],
  },
  {
    name:
      "« Le directeur de l’usine le reconnaît : « … » » : le pronom complément après le nom ouvre le " +
      "verbe ; la description s’arrête avant lui",
    paragraphs: [
      "Le site ferme en juin. Le directeur de l’usine le reconnaît : « Nous n’avions plus de commandes. »",
    ],
    quotes: [["Nous n’avions plus de commandes.", "Le directeur de l’usine"]],
  },
  {
    name:
      "« Le maire de la ville : « … » » (négatif) : l’article après la préposition reste dans " +
      "la description",
    paragraphs: ["Le maire de la ville : « Rien ne changera. »"],
    quotes: [["Rien ne changera.", "Le maire de la ville"]],
  },
  {
    name: "la gamme « … » : le nom d’une gamme de produits n’est pas une citation",
    paragraphs: [
      "Le fabricant arrêtera la gamme « Cime légère » en juin, a indiqué son directeur, Paul Morel. « Les " +
        "clients sont partis », a-t-il ajouté.",
    ],
    quotes: [["Les clients sont partis", "Paul Morel"]],
  },
  {
    name: "« … », a-t-elle confié à « Journal » : le nom du journal après le verbe n’est pas une citation",
    paragraphs: ["« Je n’ai rien vu venir », a confié Lise Barbier à « Ouest-Matin » dimanche."],
    quotes: [["Je n’ai rien vu venir", "Lise Barbier"]],
  },
  {
    name:
      "le « Portrait de … », peint par X : un titre ouvert par le nom de l’œuvre, et son auteur après " +
      "« par », ne sont pas une citation",
    paragraphs: [
      "Le musée a acquis le « Portrait de Jeanne au jardin », peint par Louis Garnier vers 1890. « C’est " +
        "une pièce majeure », se réjouit la conservatrice Claire Vidal.",
    ],
    quotes: [["C’est une pièce majeure", "Claire Vidal"]],
  },
  {
    name: "« Tableau d’… », a résumé X (négatif) : le verbe de parole garde la citation",
    paragraphs: ["« Tableau d’un pays qui doute », a résumé la sociologue Anne Perrin."],
    quotes: [["Tableau d’un pays qui doute", "Anne Perrin"]],
  },
  {
    name: "la vigilance orange « vents violents » : le nom d’un niveau d’alerte n’est pas une citation",
    paragraphs: [
      "La préfecture a déclenché la vigilance orange « vents violents » pour la nuit. « Restez chez " +
        "vous », a demandé le préfet Marc Aubert.",
    ],
    quotes: [["Restez chez vous", "Marc Aubert"]],
  },
  {
    name: "l’alerte rouge « est arrivée trop tard », a dit X (négatif) : le prédicat reste une citation",
    paragraphs: ["L’alerte rouge « est arrivée trop tard », a dit le maire Paul Roussel."],
    quotes: [["est arrivée trop tard", "Paul Roussel"]],
  },
  {
    name: "une « super-Terre » rocheuse (titre) : un composé suivi de son épithète est un terme",
    headline: "Des astronomes observent une « super-Terre » rocheuse autour d’une naine rouge",
    paragraphs: ["« C’est une cible idéale », estime l’astrophysicienne Nora Lemaire."],
    quotes: [["C’est une cible idéale", "Nora Lemaire"]],
  },
  {
    name: "un terme entre guillemets puis deux-points : le « selon » qui suit ne l’attribue pas",
    paragraphs: [
      "Le festival est réputé pour son « esprit guinguette » auprès des familles : selon la mairie, 40 000 " +
        "visiteurs sont attendus.",
    ],
    quotes: [],
  },
  {
    name: "un verbe de parole juste avant les guillemets puis deux-points (négatif) : la citation reste",
    paragraphs: ["Le maire Paul Girard a dénoncé un « gâchis » : selon lui, le chantier a coûté le double."],
    quotes: [["gâchis", "Paul Girard"]],
  },
  {
    name: "une recommandation d’analyste entre guillemets n’est pas une citation",
    paragraphs: ["La banque a relevé sa recommandation à « achat » sur le titre du groupe."],
    quotes: [],
  },
  {
    name: "un nom après « alias » n’est pas une citation",
    paragraphs: ["Le chef du réseau, Karim Benali, alias « le Chimiste », a été interpellé à Lyon."],
    quotes: [],
  },
  {
    name: "le nom d’un navire entre guillemets après son nom commun n’est pas une citation",
    paragraphs: [
      "Le navire « Belle-Île » a quitté le port de Lorient. « La mer était formée », a raconté le " +
        "capitaine Yves Le Bihan.",
    ],
    quotes: [["La mer était formée", "Yves Le Bihan"]],
  },
  {
    name: "une courte citation après un nom de parole (négatif) : elle reste une citation",
    paragraphs: ["Le capitaine Yves Le Bihan a répété son conseil « restez au port » aux plaisanciers."],
    quotes: [["restez au port", "Yves Le Bihan"]],
  },
  {
    name: "la rue Victor Hugo : le nom après un nom de lieu n’est personne, la commerçante est nommée après",
    paragraphs: [
      "Au bout de la rue Victor Hugo, Nadia Ferrand tient une boulangerie. « Les clients ne viennent plus " +
        "depuis les travaux », a regretté la commerçante.",
    ],
    quotes: [["Les clients ne viennent plus depuis les travaux", "Nadia Ferrand"]],
  },
  {
    name: "un organisme dont le nom joint deux compléments, la préposition répétée après « et »",
    paragraphs: ["La Chambre de l’Artisanat et du Commerce a jugé la réforme « trop tardive »."],
    quotes: [["trop tardive", "La Chambre de l’Artisanat et du Commerce"]],
  },
  {
    name: "le nom d’une société qui finit sur sa forme juridique (SA) : entier, un organisme",
    paragraphs: ["Dumas Transports SA a jugé la sanction « disproportionnée »."],
    quotes: [["disproportionnée", "Dumas Transports SA"]],
  },
  {
    name: "un nom de syndicat ouvert par un sigle en tête de phrase : le sigle en fait partie",
    paragraphs: ["CGT Cheminots a dénoncé « une provocation » de la direction."],
    quotes: [["une provocation", "CGT Cheminots"]],
  },
  {
    name: "un organisme dont le nom énumère ses domaines avec des virgules et « et » : lu en entier",
    paragraphs: ["La Chambre de Commerce, Industrie et Services de Lyon a jugé la mesure « trop tardive »."],
    quotes: [["trop tardive", "La Chambre de Commerce, Industrie et Services de Lyon"]],
  },
  {
    name: "« La Fédération » au titre : la forme courte est l’organisme que le texte nomme en entier",
    headline: "La Fédération appelle à la « vigilance »",
    paragraphs: [
      "La Fédération française de cardiologie a publié mardi son rapport annuel sur les maladies du cœur.",
    ],
    quotes: [["vigilance", "La Fédération française de cardiologie"]],
  },
  {
    name: "« La Fédération » au titre (négatif) : sans organisme nommé dans le texte, la forme reste",
    headline: "La Fédération appelle à la « vigilance »",
    paragraphs: ["Les médecins généralistes constatent une hausse des consultations cet hiver."],
    quotes: [["vigilance", "La Fédération"]],
  },
  {
    name: "une source anonyme garde le complément qui nomme son organisme, avant une relative",
    paragraphs: ["Un cadre dans une banque, qui a requis l’anonymat, juge la réforme « bâclée »."],
    quotes: [["bâclée", "Un cadre dans une banque"]],
  },
  {
    name:
      "« Joint par X, un responsable, qui … » : le nom d’un participe et de son agent en tête de phrase " +
      "n’a pas d’apposition, la description après la virgule est le sujet",
    paragraphs: [
      "Joint par Loop Haïti, un responsable du ministère, qui a requis l’anonymat, assure que des " +
        "intrants « sont en route ».",
      "Contactée par Le Nouvelliste, une porte-parole de la mairie, qui n’a pas souhaité être nommée, " +
        "affirme que les travaux sont « presque finis ».",
      "Selon Radio Métropole, un cadre du parti, qui a requis l’anonymat, assure que la liste est « prête ».",
      "Joint mardi par Loop Haïti, un médecin de l’hôpital, qui a requis l’anonymat, affirme que les lits " +
        "sont « tous occupés ».",
    ],
    quotes: [
      ["sont en route", "un responsable du ministère"],
      ["presque finis", "une porte-parole de la mairie"],
      ["prête", "un cadre du parti"],
      ["tous occupés", "un médecin de l’hôpital"],
    ],
  },
  {
    name:
      "« Pour le géologue, ces fissures révèlent « … » » : une chose sujet d’un verbe de parole laisse la " +
      "citation au point de vue ; un document ou des gens parlent (négatifs)",
    paragraphs: [
      "Le géologue Paul Roy dirige l’équipe. Pour le géologue, ces fissures révèlent « un glissement de " +
        "terrain en cours ».",
      "Pour le maire, le rapport souligne « un vrai recul des services ».",
      "Pour les élus, les agriculteurs dénoncent « une concurrence déloyale ».",
    ],
    quotes: [
      ["un glissement de terrain en cours", "Paul Roy"],
      ["un vrai recul des services", "le rapport"],
      ["une concurrence déloyale", "les agriculteurs"],
    ],
  },
  {
    name:
      "« un danseur de l’Académie Princesse Grace » : un titre après le nom d’un organisme fait partie " +
      "du nom que l’organisme porte, la personne ne parle pas",
    paragraphs: [
      "Un jeune danseur de l’Académie Princesse Grace, venu en voisin, parlait d’« une claque " +
        "monumentale ».",
      "Un chercheur de la Fondation Prince Albert II évoque « une saison record ».",
    ],
    quotes: [
      ["une claque monumentale", "Un jeune danseur de l’Académie Princesse Grace"],
      ["une saison record", "Un chercheur de la Fondation Prince Albert II"],
    ],
  },
  {
    name: "négatif : « le prince X », « la princesse X » hors d’un nom d’organisme restent des personnes",
    paragraphs: [
      "« Nous sommes fiers », a déclaré le prince Albert II.",
      "La Princesse Charlène a salué « une victoire collective ».",
    ],
    quotes: [
      ["Nous sommes fiers", "Albert II"],
      ["une victoire collective", "Charlène"],
    ],
  },
  {
    name:
      "un nom d’organisme en minuscules fermé par son sigle entre parenthèses : « et » et un déterminant " +
      "y joignent un complément",
    paragraphs: [
      "Le crédit vient de la Banque européenne pour la reconstruction et le développement (BERD). Dans " +
        "un communiqué, la banque dit vouloir soutenir « la montée en gamme des filières agricoles ».",
      "Le projet est financé par l’Agence française pour la recherche et la technologie (AFRT). Dans un " +
        "communiqué, l’agence salue « un partenariat exemplaire ».",
    ],
    quotes: [
      [
        "la montée en gamme des filières agricoles",
        "la Banque européenne pour la reconstruction et le développement",
      ],
      ["un partenariat exemplaire", "l’Agence française pour la recherche et la technologie"],
    ],
  },
  {
    name: "un nom et son apposition avant une relative (négatif) : le nom en tête reste le sujet",
    paragraphs: ["Paul Roux, un cadre du parti, qui a requis l’anonymat, assure que la liste est « prête »."],
    quotes: [["prête", "Paul Roux"]],
  },
  {
    name: "une source anonyme et sa ville (négatif) : le lieu tombe avant la relative",
    paragraphs: ["Un habitant à Quimper, qui attend le bus depuis une heure, juge le service « indigne »."],
    quotes: [["indigne", "Un habitant"]],
  },
  {
    name:
      "l’entraîneur X et son assistant Y, puis « le coach » et « son adjoint » : le coach est " +
      "l’entraîneur, l’adjoint l’assistant",
    paragraphs: [
      "L’entraîneur Luc Barras et son assistant Yves Perrin n’en revenaient pas. « On a tenu jusqu’au " +
        "bout », savourait le coach. « Le public nous a portés », glissait son adjoint.",
    ],
    quotes: [
      ["On a tenu jusqu’au bout", "Luc Barras"],
      ["Le public nous a portés", "Yves Perrin"],
    ],
  },
  {
    name: "« a lancé le coach » après « X, l’entraîneur de Y » et un joueur cité entre-temps",
    paragraphs: [
      "« Le groupe a répondu présent », a dit Hervé Gillet, l’entraîneur de Sion.",
      "« J’ai juste fait mon travail », a souri le gardien Noah Clerc.",
      "« Il faudra confirmer samedi », a lancé le coach.",
    ],
    quotes: [
      ["Le groupe a répondu présent", "Hervé Gillet"],
      ["J’ai juste fait mon travail", "Noah Clerc"],
      ["Il faudra confirmer samedi", "Hervé Gillet"],
    ],
  },
  {
    name: "négatif : « son adjoint » après le maire et son adjoint nommés : l’adjoint au maire parle",
    paragraphs: [
      "Le maire Paul Roy et son adjoint Marc Vidal ont visité le chantier. « Les travaux avancent », " +
        "a dit le maire. « On tiendra les délais », a ajouté son adjoint.",
    ],
    quotes: [
      ["Les travaux avancent", "Paul Roy"],
      ["On tiendra les délais", "Marc Vidal"],
    ],
  },
  {
    name: "« … », a ajouté l’entraîneur : un prénom qui ne dit pas le genre ne l’écarte pas",
    paragraphs: [
      "« Nous avons manqué de réalisme », a reconnu Noa Kerleau, entraîneur du Stade briochin.",
      "« Il faudra vite se reprendre », a ajouté l’entraîneur.",
    ],
    quotes: [
      ["Nous avons manqué de réalisme", "Noa Kerleau"],
      ["Il faudra vite se reprendre", "Noa Kerleau"],
    ],
  },
  {
    name: "« le septuagénaire » après « Jean Vergne, 74 ans, ancien maire » : un âge, pas une fonction",
    paragraphs: [
      "Le tribunal de Périgueux a jugé lundi Jean Vergne, 74 ans, ancien maire de Thiviers, pour " +
        "favoritisme. Entre 2015 et 2019, la commune avait confié ses travaux à l’entreprise de son gendre.",
      "Devant les juges, le septuagénaire a contesté les faits. « Je n’ai rien pris pour moi », a-t-il " +
        "assuré.",
    ],
    quotes: [["Je n’ai rien pris pour moi", "Jean Vergne"]],
  },
  {
    name: "« le septuagénaire » après une ancienne maire nommée (négatif) : il parle tel qu’écrit",
    paragraphs: [
      "Le tribunal de Périgueux a jugé lundi Jeanne Vergne, ancienne maire de Thiviers, pour " +
        "favoritisme. Entre 2015 et 2019, la commune avait confié ses travaux à l’entreprise de son gendre.",
      "Dans la salle, le septuagénaire a pris la parole. « Je n’ai rien vu », a-t-il assuré.",
    ],
    quotes: [["Je n’ai rien vu", "le septuagénaire"]],
  },
  {
    name:
      "« le quinquagénaire » deux paragraphes après le nom, un paragraphe sans personne entre : " +
      "un âge, pour qui était nommé",
    paragraphs: [
      "La fromagerie Vautrin, à Poligny, change de mains. Son fondateur, Gilles Vautrin, cède l’affaire " +
        "à une coopérative du Jura.",
      "Dans un communiqué, la coopérative Juraflore précise que les douze salariés seront repris. Le " +
        "site produira toujours du comté.",
      "« J’ai trente ans de caves derrière moi, il était temps », sourit le quinquagénaire.",
    ],
    quotes: [["J’ai trente ans de caves derrière moi, il était temps", "Gilles Vautrin"]],
  },
  {
    name:
      "« la quinquagénaire » deux paragraphes après un homme nommé (négatif) : une autre personne, " +
      "telle qu’écrite",
    paragraphs: [
      "La fromagerie Vautrin, à Poligny, change de mains. Son fondateur, Gilles Vautrin, cède l’affaire " +
        "à une coopérative du Jura.",
      "Dans un communiqué, la coopérative Juraflore précise que les douze salariés seront repris. Le " +
        "site produira toujours du comté.",
      "« Pourvu que le goût ne change pas », soupire la quinquagénaire.",
    ],
    quotes: [["Pourvu que le goût ne change pas", "la quinquagénaire"]],
  },
  {
    name:
      "« ajoute la sexagénaire » après deux femmes, la seconde avec son âge, la première citée : celle " +
      "dont l’âge est écrit",
    paragraphs: [
      "Au marché, Louise Garnier et son amie Odile Brun, 64 ans, tiennent un stand de confitures. « On " +
        "vend tout avant midi », assure Louise Garnier.",
      "« Les gens reviennent pour les prunes », ajoute la sexagénaire.",
    ],
    quotes: [
      ["On vend tout avant midi", "Louise Garnier"],
      ["Les gens reviennent pour les prunes", "Odile Brun"],
    ],
  },
  {
    name: "« sourit l’octogénaire » après le maire cité et le doyen « 86 ans » : le doyen, pas le maire",
    paragraphs: [
      "Le maire, Paul Renaud, et le doyen du village, Lucien Marty, 86 ans, ont planté le tilleul. « C’est " +
        "un beau symbole », a dit le maire. « J’ai vu planter l’ancien en 1950 », sourit l’octogénaire.",
    ],
    quotes: [
      ["C’est un beau symbole", "Paul Renaud"],
      ["J’ai vu planter l’ancien en 1950", "Lucien Marty"],
    ],
  },
  {
    name:
      "« ajoute la quadragénaire » après « 41 ans » et « 64 ans », la seconde citée (négatif) : l’âge " +
      "écrit décide, pas la dernière à parler",
    paragraphs: [
      "Louise Garnier, 41 ans, et son amie Odile Brun, 64 ans, tiennent un stand de confitures. « On vend " +
        "tout avant midi », assure Odile Brun.",
      "« Les gens reviennent pour les prunes », ajoute la quadragénaire.",
    ],
    quotes: [
      ["On vend tout avant midi", "Odile Brun"],
      ["Les gens reviennent pour les prunes", "Louise Garnier"],
    ],
  },
  {
    name:
      "« ajoute la sexagénaire » quand seule l’autre a un âge, qui ne va pas (négatif) : pas la " +
      "quadragénaire",
    paragraphs: [
      "Louise Garnier, 41 ans, et son amie Odile Brun tiennent un stand de confitures. « On vend tout " +
        "avant midi », assure Odile Brun.",
      "« Les gens reviennent pour les prunes », ajoute la sexagénaire.",
    ],
    quotes: [
      ["On vend tout avant midi", "Odile Brun"],
      ["Les gens reviennent pour les prunes", "Odile Brun"],
    ],
  },
  {
    name:
      "incise dans les guillemets « confie le quinquagénaire » après deux hommes, le premier avec « 58 " +
      "ans » : celui dont l’âge est écrit, pas le dernier nommé",
    paragraphs: [
      "Jean Morel, 58 ans, éleveur à Bois-Court, a perdu quatre génisses. Son voisin Marc Hoarau s’est " +
        "fait voler un taureau.",
      "« On ne dormait plus, confie le quinquagénaire. Toutes les nuits, on faisait des rondes. »",
    ],
    quotes: [
      [
        "On ne dormait plus, confie le quinquagénaire. Toutes les nuits, on faisait des rondes.",
        "Jean Morel",
      ],
    ],
  },
  {
    name:
      "incise dans les guillemets « glisse la sexagénaire, » suivie d’une virgule, la seconde femme avec " +
      "son âge : elle, pas la première",
    paragraphs: [
      "Claire Dupuis, 41 ans, et sa voisine Odile Brun, 63 ans, tiennent la buvette du club.",
      "« Les bénévoles s’épuisent, glisse la sexagénaire, et personne ne prend le relais. »",
    ],
    quotes: [
      ["Les bénévoles s’épuisent, glisse la sexagénaire, et personne ne prend le relais.", "Odile Brun"],
    ],
  },
  {
    name:
      "incise dans les guillemets « confie le trentenaire » quand l’âge écrit est 58 ans (négatif) : pas " +
      "celui dont l’âge ne va pas",
    paragraphs: [
      "Jean Morel, 58 ans, éleveur à Bois-Court, a perdu quatre génisses. Son fils Marc Morel, 34 ans, " +
        "a repris la ferme voisine.",
      "« On ne dormait plus, confie le trentenaire. Toutes les nuits, on faisait des rondes. »",
    ],
    quotes: [
      ["On ne dormait plus, confie le trentenaire. Toutes les nuits, on faisait des rondes.", "Marc Morel"],
    ],
  },
  {
    name:
      "« Ce dernier ne s’est pas laissé démonter. « … », a-t-il répondu » : le pronom sujet de la phrase " +
      "sans citation est celui que « il » reprend, pas le dernier cité",
    paragraphs: [
      "Le député Marc Lenoir a interpellé le ministre de l’Agriculture, Paul Renaud, sur les quotas. " +
        "« Vous sacrifiez les petites exploitations », a-t-il lancé. Ce dernier ne s’est pas laissé " +
        "démonter. « Les chiffres disent le contraire », a-t-il répondu.",
    ],
    quotes: [
      ["Vous sacrifiez les petites exploitations", "Marc Lenoir"],
      ["Les chiffres disent le contraire", "Paul Renaud"],
    ],
  },
  {
    name:
      "« Cette dernière était absente » puis « a ajouté Jeanne Roy » (négatif) : un nom écrit après " +
      "la citation l’emporte sur le sujet de la phrase d’avant",
    paragraphs: [
      "Jeanne Roy a salué le travail de Marie Blanc. Cette dernière était absente. « Sans elle, rien " +
        "n’aurait été possible », a ajouté Jeanne Roy.",
    ],
    quotes: [["Sans elle, rien n’aurait été possible", "Jeanne Roy"]],
  },
  {
    name:
      "« La première ministre, X, a tranché » après deux femmes (négatif) : un nom que l’ordinal ouvre " +
      "n’est pas un pronom",
    paragraphs: [
      "Jeanne Roy et Marie Blanc siègent toutes deux au conseil. La première ministre, Élisabeth Morin, " +
        "a tranché la veille. « Le texte passera », a-t-elle assuré.",
    ],
    quotes: [["Le texte passera", "Élisabeth Morin"]],
  },
  {
    name: "« Selon un collaborateur, … » puis « glisse-t-il » : la source de la phrase est l’antécédent",
    paragraphs: [
      "La mairesse Julie Caron a quitté la réunion avant la fin. Selon un collaborateur, elle n’avait pas " +
        "été prévenue du vote. « Elle l’a appris par la presse », glisse-t-il.",
    ],
    quotes: [["Elle l’a appris par la presse", "un collaborateur"]],
  },
  {
    name: "« Selon la mairesse X, … » puis « a-t-elle ajouté » (négatif) : la personne nommée reste",
    paragraphs: [
      "Selon la mairesse Julie Caron, le budget sera tenu. « Nous ne lèverons pas d’impôt », a-t-elle " +
        "ajouté.",
    ],
    quotes: [["Nous ne lèverons pas d’impôt", "Julie Caron"]],
  },
  {
    name:
      "la lettre d’une poule finit la phrase (« la poule B. ») : le nom suivant ne la prend pas " +
      "pour initiale",
    paragraphs: [
      "Les Bleues ont gagné leur deuxième match dans la poule B. Léa Martin a marqué deux fois.",
      "« C’était dur jusqu’au bout », a-t-elle reconnu.",
    ],
    quotes: [["C’était dur jusqu’au bout", "Léa Martin"]],
  },
  {
    name: "une initiale après un titre ouvre le nom (négatif) : « le docteur F. Morel »",
    paragraphs: ["« Nous étions prêts », explique le docteur F. Morel."],
    quotes: [["Nous étions prêts", "F. Morel"]],
  },
  {
    name:
      "« Réponse du prévenu : » avant la citation : parle le prévenu (avec l’article que porte « du »), " +
      "la phrase n’est pas un nom",
    paragraphs: ["L’audience a repris à 14 heures. Réponse du prévenu : « Je ne savais pas. »"],
    quotes: [["Je ne savais pas.", "le prévenu"]],
  },
  {
    name: "« La société » trois paragraphes après « la société X » : la société ainsi nommée",
    paragraphs: [
      "La mairie a confié la collecte des déchets à la société Valorest pour six ans.",
      "L’adjoint à l’environnement, Pierre Duval, a défendu ce choix en conseil.",
      "Les habitants du quartier Saint-Michel se plaignent des retards depuis l’été.",
      "La société assure que les tournées seront « rétablies » dès lundi.",
    ],
    quotes: [["rétablies", "Valorest"]],
  },
  {
    name: "« La société » deux paragraphes après un nom qui finit sur SA : la société, avec son article",
    paragraphs: [
      "La Maréchal Transports SA supprime 60 postes à Besançon.",
      "Les syndicats dénoncent un plan « brutal ».",
      "La société évoque « une baisse durable des commandes ».",
    ],
    quotes: [
      ["brutal", "Les syndicats"],
      ["une baisse durable des commandes", "La Maréchal Transports SA"],
    ],
  },
  {
    name: "« Le PDG de la banque » après une citation de X : le sigle d’une fonction est X",
    paragraphs: [
      "« Nous n’allons fermer aucune agence », a assuré Claire Bonnefoy devant les actionnaires.",
      "Le PDG de la banque mutualiste a ensuite détaillé son plan : « Trois cents postes seront créés " +
        "en région. »",
    ],
    quotes: [
      ["Nous n’allons fermer aucune agence", "Claire Bonnefoy"],
      ["Trois cents postes seront créés en région.", "Claire Bonnefoy"],
    ],
  },
  {
    name: "« La CGT de la banque » après une citation de X (négatif) : le sigle d’un syndicat n’est pas X",
    paragraphs: [
      "« Nous n’allons fermer aucune agence », a assuré Claire Bonnefoy devant les actionnaires.",
      "La CGT de la banque a aussitôt réagi : « Ce sont des promesses sans calendrier. »",
    ],
    quotes: [
      ["Nous n’allons fermer aucune agence", "Claire Bonnefoy"],
      ["Ce sont des promesses sans calendrier.", "La CGT"],
    ],
  },
  {
    name: "« a regretté l’ailier » après « Le capitaine X » : le poste dans l’équipe décrit le capitaine",
    paragraphs: [
      "Le capitaine Mathieu Roux est sorti sur blessure en seconde période. « On n’a pas su tenir le " +
        "ballon », a regretté l’ailier.",
    ],
    quotes: [["On n’a pas su tenir le ballon", "Mathieu Roux"]],
  },
  {
    name: "« le ministère de X et du Y » : la conjonction joint les portefeuilles d’un seul ministère",
    paragraphs: [
      "Dans un communiqué, le ministère de la Culture et de la Communication affirme que le projet " +
        "« reste prioritaire ».",
    ],
    quotes: [["reste prioritaire", "le ministère de la Culture et de la Communication"]],
  },
  {
    name: "négatif : un ministère et une personne joints par « et » restent deux sujets",
    paragraphs: ["Le ministère de l’Éducation et Jean Roy indiquent que la rentrée sera « difficile »."],
    quotes: [["difficile", "Jean Roy"]],
  },
  {
    name: "un lieu en apposition après la description d’une personne n’est pas le locuteur",
    paragraphs: [
      "Marc Le Bihan, un ostréiculteur de Paimpol, Côtes-d’Armor, juge la mesure « trop tardive ».",
    ],
    quotes: [["trop tardive", "Marc Le Bihan"]],
  },
  {
    name: "les mots d’une affiche après ce qui dit où elle est collée : ceux de l’affiche",
    paragraphs: ["Une affiche collée sur la vitrine proclamait « Fermé pour inventaire »."],
    quotes: [],
  },
  {
    name: "un mot que quelqu’un refuse d’employer (`refuse de parler de « … »`) n’est pas cité",
    paragraphs: ["La directrice de l’usine refuse de parler de « faillite » devant les salariés."],
    quotes: [],
  },
  {
    name: "le sosie : ce qu’une personne appelle « … » est sa citation",
    paragraphs: ["Le maire Paul Garnier dénonce ce qu’il appelle « une trahison des élus »."],
    quotes: [["une trahison des élus", "Paul Garnier"]],
  },
  {
    name: "un titre sans majuscules, suivi du nom de son genre en apposition (`« … », un film`)",
    paragraphs: [
      "Le festival a aussi retenu « Les jours sans pluie », un film sur la sécheresse en Provence.",
    ],
    quotes: [],
  },
  {
    name: "le nom d’un instrument après son nom commun (`le télescope « … »`) n’est pas cité",
    paragraphs: ["Les chercheurs ont exploité les données du télescope « Vigie » pour dater l’explosion."],
    quotes: [],
  },
  {
    name:
      "« X (prénom d’emprunt), qui … » puis « lâche ce père de famille » : le prénom seul en tête de " +
      "phrase nomme la personne que le démonstratif reprend",
    paragraphs: [
      "Samir (prénom d’emprunt), qui tient une boulangerie dans le quartier, a baissé son rideau plus " +
        "tôt. « On a peur pour nos enfants, voilà tout », lâche ce père de famille.",
    ],
    quotes: [["On a peur pour nos enfants, voilà tout", "Samir"]],
  },
  {
    name:
      "« le trentenaire » un paragraphe après « le prévenu … assure-t-il » : la description reprend " +
      "la personne nommée avant, qui a parlé entre-temps sans son nom",
    paragraphs: [
      "Kevin Marchal, 33 ans, comparaissait pour vol aggravé.",
      "À la barre, le prévenu nie tout. « Je n’ai rien pris dans ce magasin », affirme-t-il.",
      "« Vous avez pourtant été filmé », lui rappelle la présidente, Sophie Garnier. « C’était mon " +
        "frère », finit par répondre le trentenaire.",
    ],
    quotes: [
      ["Je n’ai rien pris dans ce magasin", "Kevin Marchal"],
      ["Vous avez pourtant été filmé", "Sophie Garnier"],
      ["C’était mon frère", "Kevin Marchal"],
    ],
  },
  {
    name: "« La romancière » au chapô, nommée au titre et au corps : le prénom dit le genre qui s’accorde",
    headline: "Prix du premier roman pour Yasmina Haddad",
    standfirst: "La romancière algérienne a dédié son prix « à sa grand-mère, qui ne savait pas lire ».",
    paragraphs: ["Le jury a couronné mardi « La Maison d’Oran », premier roman de Yasmina Haddad."],
    quotes: [["à sa grand-mère, qui ne savait pas lire", "Yasmina Haddad"]],
  },
  {
    name: "« estime un habitant » après un maire nommé (négatif) : une première mention reste telle quelle",
    paragraphs: [
      "Le maire, Paul Girard, a inauguré la passerelle. « Elle a coûté bien trop cher », estime un " +
        "habitant.",
    ],
    quotes: [["Elle a coûté bien trop cher", "un habitant"]],
  },
  {
    name: "ce qu’un groupe en général (`les ornithologues`) appelle le « … » : un terme, pas une citation",
    paragraphs: [
      "Au lever du jour, les merles entonnent ce que les ornithologues appellent le « chœur de l’aube », " +
        "un concert qui précède le soleil.",
    ],
    quotes: [],
  },
  {
    name: "négatif : ce qu’un groupe appelle « une … », un jugement, reste sa citation",
    paragraphs: [
      "Les grévistes de l’usine Morel rejettent ce que leurs délégués appellent « une provocation de la " +
        "direction ».",
    ],
    quotes: [["une provocation de la direction", "leurs délégués"]],
  },
  {
    name: "négatif : ce qu’une personne appelle « le … » reste sa citation",
    paragraphs: ["Le maire, Paul Roy, défend ce qu’il appelle « le pacte de la dernière chance »."],
    quotes: [["le pacte de la dernière chance", "Paul Roy"]],
  },
  {
    name:
      "« Une habitante de Port Leucate … raconte la retraitée » : le lieu après « de » n’est personne, " +
      "et la description entière est celle de la locutrice",
    paragraphs: [
      "Une habitante de Port Leucate a assisté à la scène depuis son balcon. « Le bateau s’est couché " +
        "d’un coup », raconte la retraitée.",
    ],
    quotes: [["Le bateau s’est couché d’un coup", "Une habitante de Port Leucate"]],
  },
  {
    name: "« Une mère raconte » au chapô, la mère nommée au corps, puis « explique la mère »",
    headline: "Harcèlement : le combat d’une famille",
    standfirst: "Une mère raconte comment sa fille a quitté le collège.",
    paragraphs: [
      "Claire Dubois habite à Lens depuis dix ans. Sa fille de 12 ans ne dort plus. « On nous a dit " +
        "d’attendre la fin de l’année », explique la mère.",
    ],
    quotes: [["On nous a dit d’attendre la fin de l’année", "Claire Dubois"]],
  },
  {
    name: "« Une infirmière témoigne » au chapô, « confie l’infirmière » sans nom au corps (négatif)",
    headline: "Urgences : une nuit de garde",
    standfirst: "Une infirmière témoigne de ses nuits aux urgences de Rouen.",
    paragraphs: ["Il est deux heures du matin. « On ne s’assoit jamais », confie l’infirmière."],
    quotes: [["On ne s’assoit jamais", "Une infirmière"]],
  },
  {
    name: "« …, estime une caféicultrice » au chapô, « Joséphine Ndayishimiye, caféicultrice et … » au corps",
    headline: "Gitega : l’ancien gérant de la coopérative condamné",
    standfirst: "Déogratias Niyonzima fera appel. « Justice est faite », estime une caféicultrice.",
    paragraphs: [
      "Le tribunal a rendu son jugement mardi. Déogratias Niyonzima, 44 ans, écope de cinq ans.",
      "Parmi les membres présents, Joséphine Ndayishimiye, caféicultrice et mère de six enfants.",
    ],
    quotes: [["Justice est faite", "Joséphine Ndayishimiye"]],
  },
  {
    name: "« …, estime une caféicultrice » au chapô, « la caféicultrice Joséphine Ndayishimiye » au corps",
    standfirst: "Déogratias Niyonzima fera appel. « Justice est faite », estime une caféicultrice.",
    paragraphs: [
      "Le tribunal a rendu son jugement mardi. Déogratias Niyonzima, 44 ans, écope de cinq ans.",
      "Dans la salle, la caféicultrice Joséphine Ndayishimiye attendait depuis l’aube.",
    ],
    quotes: [["Justice est faite", "Joséphine Ndayishimiye"]],
  },
  {
    name: "« …, estime une caféicultrice » au chapô, deux caféicultrices nommées au corps (négatif)",
    standfirst: "Déogratias Niyonzima fera appel. « Justice est faite », estime une caféicultrice.",
    paragraphs: [
      "Le tribunal a rendu son jugement mardi. Déogratias Niyonzima, 44 ans, écope de cinq ans.",
      "Joséphine Ndayishimiye, caféicultrice de Mutaho, attendait avec Marie Hakizimana, caféicultrice " +
        "de Gitega.",
    ],
    quotes: [["Justice est faite", "une caféicultrice"]],
  },
  {
    name: "fragment, puis « , selon » et la source plus loin dans la phrase",
    paragraphs: [
      "Le nombre de dossiers est « en forte baisse » depuis janvier, selon la directrice de l’agence, " +
        "Claire Moreau.",
    ],
    quotes: [["en forte baisse", "Claire Moreau"]],
  },
  {
    name: "fragment, puis « selon ses propres termes » : ses mots, pas ceux de « termes »",
    paragraphs: [
      "Le chauffeur, Marc Leroy, a été entendu mardi.",
      "Il avait dormi « à peine trois heures » la veille, selon ses propres termes.",
    ],
    quotes: [["à peine trois heures", "Marc Leroy"]],
  },
  {
    name: "négatif : « de l’avis de » dans une proposition sans virgule devant n’attribue pas le terme",
    paragraphs: [
      "Le texte crée une « procédure accélérée » qui permet au préfet de se passer de l’avis du maire.",
    ],
    quotes: [],
  },
  {
    name: "titre en casse de phrase (« Les Jours tranquilles ») après « l’emporte avec » : pas une citation",
    paragraphs: ["La romancière l’emporte avec « Les Jours tranquilles » devant trois autres finalistes."],
    quotes: [],
  },
  {
    name: "négatif : « Selon X, « Les Français sont … » » : une proposition entière reste une citation",
    paragraphs: ["Selon le sondeur Paul Girard, « Les Français sont fatigués »."],
    quotes: [["Les Français sont fatigués", "Paul Girard"]],
  },
  {
    name:
      "nommée dans l’incise entre les guillemets, puis « insiste la chercheuse » au paragraphe suivant, " +
      "après une préfecture citée : la description est elle",
    paragraphs: [
      "« En creusant, j’ai vu la couche de cendres, raconte Martine Lefort, géologue à l’université. " +
        "Elle couvre toute la vallée. »",
      "Selon la préfecture, le site sera « fermé au public dès cet été ». Le dépôt reste « unique en " +
        "Europe », insiste la chercheuse.",
    ],
    quotes: [
      [
        "En creusant, j’ai vu la couche de cendres, raconte Martine Lefort, géologue à l’université. " +
          "Elle couvre toute la vallée.",
        "Martine Lefort",
      ],
      ["fermé au public dès cet été", "la préfecture"],
      ["unique en Europe", "Martine Lefort"],
    ],
  },
  {
    name:
      "négatif : nommé dans l’incise entre les guillemets (Bernard), puis « insiste la chercheuse » : " +
      "le genre ne convient pas, la description reste la sienne",
    paragraphs: [
      "« En creusant, j’ai vu la couche de cendres, raconte Bernard Lefort, géologue à l’université. " +
        "Elle couvre toute la vallée. »",
      "Selon la préfecture, le site sera « fermé au public dès cet été ». Le dépôt reste « unique en " +
        "Europe », insiste la chercheuse.",
    ],
    quotes: [
      [
        "En creusant, j’ai vu la couche de cendres, raconte Bernard Lefort, géologue à l’université. " +
          "Elle couvre toute la vallée.",
        "Bernard Lefort",
      ],
      ["fermé au public dès cet été", "la préfecture"],
      ["unique en Europe", "la chercheuse"],
    ],
  },
  {
    name:
      "« Une infirmière qui travaillait de nuit, et qui a requis l’anonymat, dénonce … : « … » » : la " +
      "relative sans virgule après le nom en dit plus sur la personne ; la description s’arrête avant",
    paragraphs: [
      "Une infirmière qui travaillait de nuit, et qui a requis l’anonymat, dénonce le manque de " +
        "personnel : « Nous sommes épuisées et personne ne nous écoute ».",
    ],
    quotes: [["Nous sommes épuisées et personne ne nous écoute", "Une infirmière"]],
  },
  {
    name:
      "« Une infirmière de l’hôpital, qui a requis l’anonymat, … » (négatif) : le complément en « de » " +
      "reste dans la description",
    paragraphs: [
      "Une infirmière de l’hôpital, qui a requis l’anonymat, dénonce le manque de personnel : « Nous " +
        "sommes épuisées et personne ne nous écoute ».",
    ],
    quotes: [["Nous sommes épuisées et personne ne nous écoute", "Une infirmière de l’hôpital"]],
  },
  {
    name:
      "« Une commerçante du marché, qui se présente sous le prénom de Awa, raconte : » : la relative qui " +
      "donne un prénom nomme la locutrice décrite avant elle",
    paragraphs: [
      "Une commerçante du marché, qui se présente sous le prénom de Awa, raconte : « Les prix ont " +
        "doublé depuis la fermeture du pont ».",
    ],
    quotes: [["Les prix ont doublé depuis la fermeture du pont", "Awa"]],
  },
  {
    name:
      "« Une commerçante du marché, qui vend des tissus de Bamako, raconte : » (négatif) : un nom dans " +
      "une relative qui ne donne aucun prénom n’est pas celui de la locutrice",
    paragraphs: [
      "Une commerçante du marché, qui vend des tissus de Bamako, raconte : « Les prix ont doublé " +
        "depuis la fermeture du pont ».",
    ],
    quotes: [["Les prix ont doublé depuis la fermeture du pont", "Une commerçante du marché"]],
  },
  {
    name:
      "« La banque centrale » après « La Banque de France » : une description qui qualifie le nom " +
      "commun par des mots que le nom n’a pas dit ce qu’est l’organisme, qui parle sous son nom",
    paragraphs: [
      "La Banque de France a publié mardi ses prévisions trimestrielles.",
      "La banque centrale estime que la croissance restera « modeste mais positive ».",
    ],
    quotes: [["modeste mais positive", "La Banque de France"]],
  },
  {
    name: "négatif : « La banque centrale » sans banque nommée (seulement une mairie) reste telle qu’écrite",
    paragraphs: [
      "La mairie de Vannes a voté son budget lundi.",
      "La banque centrale prévient de son côté que les taux « resteront élevés ».",
    ],
    quotes: [["resteront élevés", "La banque centrale"]],
  },
  {
    name: "négatif : « Les Bleus sont prêts » seul dans son paragraphe reste une citation, pas un titre",
    paragraphs: [
      "Le sélectionneur Paul Moreau a répondu lundi aux critiques après la défaite.",
      "« Les Bleus sont prêts »",
    ],
    quotes: [["Les Bleus sont prêts", "Paul Moreau"]],
  },
  {
    name:
      "« a estimé le magistrat » après « le procureur, X » : un magistrat est procureur ou juge " +
      "(officeKinds)",
    paragraphs: [
      "Le procureur de Brest, Yann Le Goff, a requis deux ans de prison. « Le dossier est solide », " +
        "a estimé le magistrat.",
    ],
    quotes: [["Le dossier est solide", "Yann Le Goff"]],
  },
  {
    name: "« indique l’officier » après « le colonel X » : un officier est de tout grade (officeKinds)",
    paragraphs: [
      "Le colonel Éric Martin commande le groupement. « Nous renforçons les patrouilles », indique " +
        "l’officier.",
    ],
    quotes: [["Nous renforçons les patrouilles", "Éric Martin"]],
  },
  {
    name: "« a précisé l’officier » après « le commissaire X » : un commissaire de police est un officier",
    paragraphs: [
      "« Les vols avaient lieu la nuit », a indiqué le commissaire principal Karim Benaissa, chef de la " +
        "brigade.",
      "« Les véhicules étaient revendus en deux jours », a précisé l’officier.",
    ],
    quotes: [
      ["Les vols avaient lieu la nuit", "Karim Benaissa"],
      ["Les véhicules étaient revendus en deux jours", "Karim Benaissa"],
    ],
  },
  {
    name: "négatif : « l’officier » après un maire nommé est un autre, il reste tel qu’écrit",
    paragraphs: ["Le maire, Paul Girard, a visité la caserne. « Il manque des moyens », a dit l’officier."],
    quotes: [["Il manque des moyens", "l’officier"]],
  },
  {
    name:
      "« au stade X » est un lieu, personne qui parle : « le joueur de 24 ans » est le gardien " +
      "nommé avant",
    paragraphs: [
      "Le gardien Hugo Ferrand a brillé au stade Raymond Kopa d’Angers. « J’ai eu de la chance », a " +
        "reconnu le joueur de 24 ans.",
    ],
    quotes: [["J’ai eu de la chance", "Hugo Ferrand"]],
  },
  {
    name:
      "« Le guitariste sénégalais » après « le guitariste sénégalais X » et un autre qui a parlé depuis : " +
      "la description qui reprend la fonction avec la nationalité revient à son titulaire",
    paragraphs: [
      "Le concert réunit le guitariste sénégalais Issa Ndiaye et le pianiste Marc Roy.",
      "« Nous jouons ensemble depuis dix ans », dit Marc Roy.",
      "Le guitariste sénégalais parle d’un « rêve d’enfant ».",
    ],
    quotes: [
      ["Nous jouons ensemble depuis dix ans", "Marc Roy"],
      ["rêve d’enfant", "Issa Ndiaye"],
    ],
  },
  {
    name:
      "« La Direction générale de l’aviation civile rappelle … précise-t-elle » : des mots en minuscules " +
      "(dont « générale », aussi un nom de personne) après le nom d’un organisme capitalisé sont de son nom",
    paragraphs: [
      "La Direction générale de l’aviation civile rappelle les règles aux compagnies. Les vols " +
        "restent « soumis à autorisation préalable », précise-t-elle.",
    ],
    quotes: [["soumis à autorisation préalable", "La Direction générale de l’aviation civile"]],
  },
  {
    name:
      "« Le ministère de l’Agriculture, de la Pêche et de l’Alimentation » : des compléments listés par " +
      "des virgules et « et » forment un seul nom d’organisme",
    paragraphs: [
      "Le ministère de l’Agriculture, de la Pêche et de l’Alimentation juge la récolte « très " +
        "satisfaisante » cette année.",
    ],
    quotes: [["très satisfaisante", "Le ministère de l’Agriculture, de la Pêche et de l’Alimentation"]],
  },
  {
    name:
      "un ministère aux portefeuilles listés qui passent quatorze mots : le nom entier est le sujet, " +
      "pas sa fin après la première virgule",
    paragraphs: [
      "Dans un communiqué, le ministère de la Santé, de l’Hygiène publique et de la Couverture " +
        "maladie universelle annonce une campagne et appelle les familles à « dormir sous moustiquaire ».",
    ],
    quotes: [
      [
        "dormir sous moustiquaire",
        "le ministère de la Santé, de l’Hygiène publique et de la Couverture maladie universelle",
      ],
    ],
  },
  {
    name: "un ministère aux portefeuilles listés, chacun qualifié, sujet d’un verbe de parole au passé",
    paragraphs: [
      "Le ministère de l’Enseignement supérieur, de la Recherche scientifique et de l’Innovation " +
        "technologique a précisé que les inscriptions restaient « ouvertes jusqu’en mars ».",
    ],
    quotes: [
      [
        "ouvertes jusqu’en mars",
        "Le ministère de l’Enseignement supérieur, de la Recherche scientifique et de l’Innovation " +
          "technologique",
      ],
    ],
  },
  {
    name: "négatif : un long nom de ministère puis une virgule et un autre sujet : ce sujet parle",
    paragraphs: [
      "Le ministère de la Santé, de l’Hygiène publique et de la Couverture maladie universelle a " +
        "lancé une campagne, et la directrice Awa Koné a promis « des moustiquaires pour tous ».",
    ],
    quotes: [["des moustiquaires pour tous", "Awa Koné"]],
  },
  {
    name:
      "négatif : « Le ministre de l’Intérieur, de passage à Lille » : une apposition après la virgule " +
      "n’est pas un portefeuille",
    paragraphs: ["Le ministre de l’Intérieur, de passage à Lille, a promis « des renforts dès lundi »."],
    quotes: [["des renforts dès lundi", "Le ministre de l’Intérieur"]],
  },
  {
    name:
      "Selon le document, X a verbe … « … » : la source en tête de phrase donne la citation, pas le sujet " +
      "de la proposition après sa virgule",
    paragraphs: [
      "Selon l’ordonnance, Dupuis a dissimulé les fonds grâce à « un montage de sociétés écrans ».",
    ],
    quotes: [["un montage de sociétés écrans", "l’ordonnance"]],
  },
  {
    name:
      "négatif : « … », selon le chef de service, le docteur X. : l’apposition qui finit la phrase " +
      "nomme la source, titre compris",
    paragraphs: [
      "Les admissions sont « en forte baisse », selon le chef de service, le docteur Paul Moreau.",
    ],
    quotes: [["en forte baisse", "Paul Moreau"]],
  },
  {
    name: "négatif : Selon X, le rapport décrit « … » : le document ne parle pas, la source si",
    paragraphs: ["Selon le maire, le rapport décrit « un quartier à l’abandon »."],
    quotes: [["un quartier à l’abandon", "le maire"]],
  },
  {
    name:
      "« … », indique le rectorat, après « le rectorat de l’académie de X » : le complément en minuscules " +
      "d’un organisme nommé à son tour nomme le rectorat",
    paragraphs: [
      "Sollicité, le rectorat de l’académie de Besançon défend la fermeture de la classe. « Les élèves " +
        "seront accueillis à Dole », indique le rectorat.",
    ],
    quotes: [["Les élèves seront accueillis à Dole", "le rectorat de l’académie de Besançon"]],
  },
  {
    name:
      "« Une équipe de la Fondation X » puis « selon la Fondation » : la forme courte reprend la " +
      "fondation",
    paragraphs: [
      "Une équipe de la Fondation Tara a prélevé des échantillons au large de Brest. Selon la Fondation, " +
        "il s’agit d’« une première mondiale ».",
    ],
    quotes: [["une première mondiale", "la Fondation Tara"]],
  },
  {
    name:
      "« La Direction générale de X » puis « indique-t-elle » : le nom en minuscules après le nom " +
      "d’organisme capitalisé reste entier, « générale » n’en fait pas une personne",
    paragraphs: [
      "La Direction générale de l’aviation civile a fermé l’aéroport de Nice jusqu’à lundi. « La piste " +
        "reste inondée », indique-t-elle dans un communiqué.",
    ],
    quotes: [["La piste reste inondée", "La Direction générale de l’aviation civile"]],
  },
  {
    name: "« … », précise la direction, après « La Direction générale de la santé » nommée en entier",
    paragraphs: [
      "La Direction générale de la santé recommande le port du masque. « Le virus circule encore », " +
        "précise la direction.",
    ],
    quotes: [["Le virus circule encore", "La Direction générale de la santé"]],
  },
  {
    name:
      "« assure le président et directeur général, X » : deux fonctions jointes par « et » sont celles " +
      "du nommé après, et la suite sans verbe est la sienne",
    paragraphs: [
      "« Nous suivrons le dossier », a indiqué le président du syndicat, Marc Léger.",
      "« Les usines resteront ouvertes », assure le président et directeur général, Paul Tremblay, " +
        "joint par téléphone. « Aucun poste ne sera supprimé. »",
    ],
    quotes: [
      ["Nous suivrons le dossier", "Marc Léger"],
      ["Les usines resteront ouvertes", "Paul Tremblay"],
      ["Aucun poste ne sera supprimé.", "Paul Tremblay"],
    ],
  },
  {
    name:
      "négatif : « répond le maire et le débat… » : « et » devant un déterminant sépare deux " +
      "propositions",
    paragraphs: ["« On verra », répond le maire et le débat s’arrête là."],
    quotes: [["On verra", "le maire"]],
  },
  {
    name:
      "« c’est trop pour Inès, 17 ans, … » puis une citation sans verbe : un âge fait une personne du " +
      "nom après « pour »",
    paragraphs: [
      "« Tout ira bien », a promis le maire, Paul Roy.",
      "Trente kilomètres, c’est trop pour Inès, 17 ans, apprentie boulangère. « Je n’ai pas de voiture. " +
        "Je vais devoir arrêter. »",
    ],
    quotes: [
      ["Tout ira bien", "Paul Roy"],
      ["Je n’ai pas de voiture. Je vais devoir arrêter.", "Inès"],
    ],
  },
  {
    name: "négatif : « partiront pour Nevers » : un lieu sans âge après « pour » n’est personne",
    paragraphs: [
      "« Tout ira bien », a promis le maire, Paul Roy.",
      "Les élèves partiront pour Nevers, en car. « Le trajet sera long. »",
    ],
    quotes: [
      ["Tout ira bien", "Paul Roy"],
      ["Le trajet sera long.", "Paul Roy"],
    ],
  },
  {
    name:
      "« Son capitaine, X, 24 ans, se console avec « … » » : la personne nommée avant la citation dans " +
      "sa phrase parle après celle d’avant",
    paragraphs: [
      "« Nous avons tout donné », a dit l’entraîneur Paul Roy.",
      "Son capitaine, Marc Lenoir, 24 ans, se console avec « la plus belle course de sa vie ».",
    ],
    quotes: [
      ["Nous avons tout donné", "Paul Roy"],
      ["la plus belle course de sa vie", "Marc Lenoir"],
    ],
  },
  {
    name:
      "« Assise devant une salle de l’école X B, Y, … » : le nom dans la phrase d’ouverture " +
      "prépositionnelle n’est pas le sujet nommé après sa virgule",
    paragraphs: [
      "« Nous manquons de classes », a dit le ministre, Paul Kaboré.",
      "Assise devant une salle de l’école Jeanne-Sawadogo B, Awa Ouédraogo, arrivée de Djibo, attend " +
        "l’inscription de sa fille. « Là-bas, tout est fermé », confie-t-elle.",
    ],
    quotes: [
      ["Nous manquons de classes", "Paul Kaboré"],
      ["Là-bas, tout est fermé", "Awa Ouédraogo"],
    ],
  },
  {
    name:
      "négatif : « Parmi les habitants venus témoigner figurait Lucie Fernandes, infirmière » : le " +
      "sujet inversé avant la virgule reste le sujet",
    paragraphs: [
      "La maire, Hélène Marchal, a ouvert la séance.",
      "Parmi les habitants venus témoigner figurait Lucie Fernandes, infirmière à la retraite. « Chaque " +
        "hausse se paie sur mes courses », a-t-elle lancé.",
    ],
    quotes: [["Chaque hausse se paie sur mes courses", "Lucie Fernandes"]],
  },
  {
    name:
      "« Une vendeuse, rencontrée au marché, relativise : » : « relativiser » introduit les paroles " +
      "comme « nuancer »",
    paragraphs: [
      "Le maire Paul Roy défend le projet.",
      "Une vendeuse, rencontrée au marché, relativise : « On a connu pire. »",
    ],
    quotes: [["On a connu pire.", "Une vendeuse"]],
  },
  {
    name:
      "« a lu une lettre du frère de la victime : » : les mots sont de l’auteur de la lettre, pas de " +
      "l’avocate qui la lit",
    paragraphs: [
      "L’avocate de la famille, Me Claire Roy, a lu mardi une lettre du frère de la victime, âgé de 20 " +
        "ans : « Il rentrait du travail. Il portait son casque. »",
    ],
    quotes: [["Il rentrait du travail. Il portait son casque.", "le frère de la victime"]],
  },
  {
    name:
      "« a lu une lettre de la fille de la victime : » quand la fille a été nommée avant : elle parle " +
      "sous son nom",
    paragraphs: [
      "Julie Martin, la fille de la victime, n’a pas pu venir.",
      "L’avocat de la famille, Me Paul Roy, a lu une lettre de la fille de la victime : « Papa aimait " +
        "la mer. »",
    ],
    quotes: [["Papa aimait la mer.", "Julie Martin"]],
  },
  {
    name: "négatif : « a lu une déclaration : » sans auteur nommé : celle qui lit parle",
    paragraphs: [
      "L’avocate de la famille, Me Claire Roy, a lu une déclaration : « La famille attend des excuses. »",
    ],
    quotes: [["La famille attend des excuses.", "Claire Roy"]],
  },
  {
    name:
      "« présentés au parquet … selon le parquet » après un sigle : le nom déjà écrit pour un organisme " +
      "à lui n’est pas le sigle",
    paragraphs: [
      "La CGPME du Gers réclame « un plan d’urgence ».",
      "Les deux suspects ont été présentés au parquet vendredi. Ils seront jugés « avant l’été », selon " +
        "le parquet.",
    ],
    quotes: [
      ["un plan d’urgence", "La CGPME du Gers"],
      ["avant l’été", "le parquet"],
    ],
  },
  {
    name:
      "négatif : « La CNIL … L’autorité rappelle » : sans le nom écrit entre-temps, la description " +
      "reprend le sigle",
    paragraphs: ["La CNIL a publié un avis mardi.", "L’autorité rappelle que « la loi s’applique à tous »."],
    quotes: [["la loi s’applique à tous", "La CNIL"]],
  },
  {
    name:
      "« a répondu le gérant » deux paragraphes après « Nom, gérant de X » : le seul gérant nommé, pas " +
      "« plusieurs clients » décrits entre-temps (un groupe n’est pas une personne)",
    paragraphs: [
      "Le tribunal a condamné mardi Karim Belhadj, gérant d’une supérette du centre-ville, à une amende.",
      "En janvier, plusieurs clients avaient signalé des produits périmés. « Je n’ai jamais trompé " +
        "personne », a affirmé le prévenu.",
      "Interrogé sur les étiquettes, il a haussé les épaules. « Ce sont les fournisseurs qui les " +
        "collent », a répondu le gérant.",
    ],
    quotes: [
      ["Je n’ai jamais trompé personne", "Karim Belhadj"],
      ["Ce sont les fournisseurs qui les collent", "Karim Belhadj"],
    ],
  },
  {
    name:
      "négatif : « a répondu le gérant » sans gérant nommé : un groupe décrit (« plusieurs clients ») " +
      "reste un groupe, le gérant parle tel qu’écrit",
    paragraphs: [
      "En janvier, plusieurs clients avaient signalé des produits périmés dans une supérette. « Ce " +
        "sont les fournisseurs qui collent les étiquettes », a répondu le gérant.",
    ],
    quotes: [["Ce sont les fournisseurs qui collent les étiquettes", "le gérant"]],
  },
  {
    name:
      "« explique le Liégeois » juste après le nom : un gentilé en -s d’une personne est une personne, " +
      "pas un groupe",
    paragraphs: [
      "Dans la reprise, Bastien Coppens joue le rôle du capitaine. « J’ai appris le texte en " +
        "trois semaines », explique le Liégeois.",
    ],
    quotes: [["J’ai appris le texte en trois semaines", "Bastien Coppens"]],
  },
  {
    name:
      "« connu dans tout le vestiaire comme « le Buffet » » : un participe qui nomme, séparé de son " +
      "« comme », donne un surnom, pas une citation",
    paragraphs: [
      "Le pilier, connu dans tout le vestiaire comme « le Buffet », a expliqué aux journalistes qu’il " +
        "restait. « Je suis chez moi ici », a déclaré Mathieu Roux.",
    ],
    quotes: [["Je suis chez moi ici", "Mathieu Roux"]],
  },
  {
    name:
      "négatif : « a qualifié la décision d’« erreur grave » » : ce qu’un locuteur qualifie reste une " +
      "citation",
    paragraphs: ["La députée Claire Vasseur a qualifié la décision d’« erreur grave » devant la presse."],
    quotes: [["erreur grave", "Claire Vasseur"]],
  },
  {
    name: "« une banderole sur laquelle on pouvait lire « … » » : lire donne les mots d’une banderole",
    paragraphs: [
      "Les grévistes ont déployé une banderole sur laquelle on pouvait lire « Pas touche à nos " +
        "retraites ». « Nous tiendrons tout le mois », a assuré la déléguée syndicale Anne Morel.",
    ],
    quotes: [["Nous tiendrons tout le mois", "Anne Morel"]],
  },
  {
    name:
      "« la Nom (Sigle) … La Sigle a précisé que « … » » : un sigle écrit comme un mot prend les " +
      "premières lettres des mots du nom, sans leurs accents",
    paragraphs: [
      "Le chantier est soutenu par la Caisse Régionale de Solidarité Agricole (Cresa).",
      "La Cresa a précisé que l’aide serait « versée en deux fois ».",
    ],
    quotes: [["versée en deux fois", "la Caisse Régionale de Solidarité Agricole"]],
  },
  {
    name: "Un X, que nous avons croisé …, se dit inquiet : « … » : la relative sur « que » décrit l’orateur",
    paragraphs: [
      "« Le chantier sera fini en mars », a assuré le maire, Paul Girard.",
      "Un riverain, que nous avons croisé devant la mairie, se dit inquiet : « Personne ne nous a " +
        "prévenus ».",
    ],
    quotes: [
      ["Le chantier sera fini en mars", "Paul Girard"],
      ["Personne ne nous a prévenus", "Un riverain"],
    ],
  },
  {
    name:
      "« … », a dit la directrice : une fonction seule, que personne n’a, est celle du sujet de l’article, " +
      "à qui l’article n’en a donné aucune",
    paragraphs: [
      "Le premier festival de la Nantaise Claire Vasseur s’est ouvert hier soir sur l’île.",
      "« Nous avons vendu tous les billets », a dit la directrice avant le concert.",
    ],
    quotes: [["Nous avons vendu tous les billets", "Claire Vasseur"]],
  },
  {
    name: "Selon un X d’une Y, … « … » : le complément du nom, même indéfini, est de la source",
    paragraphs: ["Selon un économiste d’une banque lyonnaise, les taux devraient baisser « avant l’été »."],
    quotes: [["avant l’été", "un économiste d’une banque lyonnaise"]],
  },
  {
    name: "négatif : « … », a confié un X à une radio : à qui il parle n’est pas du locuteur",
    paragraphs: ["« Les taux vont baisser », a confié un économiste à une radio locale."],
    quotes: [["Les taux vont baisser", "un économiste"]],
  },
  {
    name:
      "« … », a lancé le vainqueur au micro de X : le micro d’un média dit où les mots furent dits, pas " +
      "qui les dit ; le vainqueur est le lutteur nommé avant",
    paragraphs: [
      "Ibrahima Sène a battu Modou Fall dimanche soir à Thiès.",
      "« J’ai attendu ce combat toute l’année », a lancé le vainqueur au micro de la RTS.",
    ],
    quotes: [["J’ai attendu ce combat toute l’année", "Ibrahima Sène"]],
  },
  {
    name: "négatif : « le présentateur de l’antenne locale » : après « de », l’antenne reste du complément",
    paragraphs: ["« Rien n’est décidé », a dit le présentateur de l’antenne locale."],
    quotes: [["Rien n’est décidé", "le présentateur de l’antenne locale"]],
  },
  {
    name:
      "Le Conseil reporte … : « … » sur « … », a expliqué Y. « <mêmes mots> » : le paragraphe donne les " +
      "mots du titre à qui il cite, non au sujet du titre",
    headline: "Le Conseil départemental reporte la hausse des tarifs : « Personne ne doit payer deux fois »",
    paragraphs: [
      "Le Conseil départemental a reporté lundi la hausse des tarifs de l’eau.",
      "L’élue Claire Dumas a demandé un nouvel audit. « Nous n’avons pas les chiffres », a expliqué " +
        "Claire Dumas. « Personne ne doit payer deux fois. »",
    ],
    quotes: [
      ["Nous n’avons pas les chiffres", "Claire Dumas"],
      ["Personne ne doit payer deux fois.", "Claire Dumas"],
    ],
  },
  {
    name:
      "Un jardinier, qui …, …. « … », a-t-il dit : un jardinier est une personne décrite, " +
      "pas l’élu nommé avant",
    paragraphs: [
      "Le conseiller municipal Paul Roux juge l’interdiction « attendue depuis longtemps ».",
      "Un jardinier, qui préfère rester anonyme, est plus réservé. « Il nous faudra du " +
        "personnel en plus », a-t-il dit.",
    ],
    quotes: [
      ["attendue depuis longtemps", "Paul Roux"],
      ["Il nous faudra du personnel en plus", "Un jardinier"],
    ],
  },
  {
    name:
      "« … », raconte X. … l’œuvre de la styliste Y. puis « … » seul : qui n’est nommé qu’après une " +
      "préposition ne prend pas la parole au dernier cité",
    paragraphs: [
      "« Nous avons répété tout l’été », raconte le metteur en scène Hugo Royer. Les costumes sont " +
        "l’œuvre de la styliste Léa Morin.",
      "« Le public découvrira une troupe très jeune. »",
    ],
    quotes: [
      ["Nous avons répété tout l’été", "Hugo Royer"],
      ["Le public découvrira une troupe très jeune.", "Hugo Royer"],
    ],
  },
  {
    name:
      "négatif : « … », raconte X. La styliste Y a dessiné … puis « … » seul : le sujet nommé en dernier " +
      "parle",
    paragraphs: [
      "« Nous avons répété tout l’été », raconte le metteur en scène Hugo Royer. La styliste Léa Morin a " +
        "dessiné les costumes.",
      "« Le public découvrira une troupe très jeune. »",
    ],
    quotes: [
      ["Nous avons répété tout l’été", "Hugo Royer"],
      ["Le public découvrira une troupe très jeune.", "Léa Morin"],
    ],
  },
  {
    name: "Le syndicat X dénonce « … » : le nom du corps, non le nom de son espèce devant lui",
    paragraphs: ["Le syndicat FO dénonce « un passage en force » de la direction."],
    quotes: [["un passage en force", "FO"]],
  },
  {
    name: "négatif : Le syndicat dénonce « … » sans nom : le corps reste tel qu’écrit",
    paragraphs: ["Le syndicat dénonce « un passage en force » de la direction."],
    quotes: [["un passage en force", "Le syndicat"]],
  },
  {
    name: "des autocollants « … » : un slogan sur des autocollants n’est la parole de personne",
    paragraphs: ["Les cyclistes collent des autocollants « Je roule, respectez-moi » sur leurs sacoches."],
    quotes: [],
  },
  {
    name: "le comité « … », le dispositif « … » en majuscule : des noms, même près d’un verbe de parole",
    paragraphs: [
      "Le comité « Lanester autrement » sera reçu jeudi en mairie, a indiqué son président, Paul Guérin.",
      "La mairie étend le dispositif « Sortir en toute sécurité » à trois quartiers, a annoncé la maire, " +
        "Claire Dubois.",
    ],
    quotes: [],
  },
  {
    name: "négatif : le comité « … » en minuscule est ce qu’on dit de lui",
    paragraphs: ["Le comité « ne renoncera pas », a assuré sa présidente, Julie Marchal."],
    quotes: [["ne renoncera pas", "Julie Marchal"]],
  },
  {
    name: "la filière dite des « … », sous le message « … » : un surnom et un message de campagne",
    paragraphs: [
      "Les enquêteurs ont démantelé la filière dite des « faux plombiers ».",
      "La préfecture diffuse des spots radio sous le message « Ralentissez, nos enfants jouent ici ».",
    ],
    quotes: [],
  },
  {
    name: "sa « Charte de … » : un document nommé par son titre en majuscule",
    paragraphs: [
      "La commune s’appuie sur sa « Charte de protection des arbres et des haies du territoire » depuis " +
        "2021.",
    ],
    quotes: [],
  },
  {
    name: "remporte le prix avec « … », un récit … : le titre de l’œuvre",
    paragraphs: [
      "L’autrice Léa Morvan remporte le prix avec « La maison au bout de la digue », un récit sur trois " +
        "générations de pêcheurs.",
    ],
    quotes: [],
  },
  {
    name: "« … », participe passé seul après la virgule : une apposition, pas une incise",
    paragraphs: [
      "Des trottoirs « sécurisés », annoncés depuis deux ans, se font toujours attendre à Vannes.",
      "Ces travaux sont « prioritaires », a promis la maire, Claire Dubois.",
    ],
    quotes: [["prioritaires", "Claire Dubois"]],
  },
  {
    name:
      "Un X qui … était moins serein : « … » : une relative sans virgules entre le sujet et la copule " +
      "avant le deux-points, pas l’analyste citée avant",
    paragraphs: [
      "L’analyste Claire Morel juge les chiffres « un peu faibles ».",
      "Un salarié qui a voté contre le plan était moins indulgent : « Le conseil n’a plus d’excuses. »",
    ],
    quotes: [
      ["un peu faibles", "Claire Morel"],
      ["Le conseil n’a plus d’excuses.", "Un salarié"],
    ],
  },
  {
    name: "X, qui …, qui …, a déclaré : « … » : une relative après l’autre, qui parle est avant la première",
    paragraphs: [
      "Paul Girard, qui tient la boulangerie, qui a ouvert en 1990, a déclaré : « Nous resterons. »",
    ],
    quotes: [["Nous resterons.", "Paul Girard"]],
  },
  {
    name: "CEO X a déclaré : une fonction écrite en capitales devant le nom est un titre",
    paragraphs: ["CEO Lucie Vandenberghe a déclaré : « Nous resterons à Namur. »"],
    quotes: [["Nous resterons à Namur.", "Lucie Vandenberghe"]],
  },
  {
    name: "Une X qui … depuis vingt ans résume : une longue relative avant le verbe",
    paragraphs: [
      "Une sage-femme qui exerce à la maternité de Vire depuis vingt ans résume : « On ferme sans nous " +
        "demander notre avis. »",
    ],
    quotes: [["On ferme sans nous demander notre avis.", "Une sage-femme"]],
  },
  {
    name: "Selon RSF : sigle défini par un nom aux mots en minuscules, « Reporters sans frontières (RSF) »",
    paragraphs: [
      "L’association Reporters sans frontières (RSF) publie son classement annuel. Selon RSF, la " +
        "situation est « la pire depuis dix ans ».",
    ],
    quotes: [["la pire depuis dix ans", "Reporters sans frontières"]],
  },
  {
    name: "négatif : un sigle que les mots avant la parenthèse n’épellent pas reste le sigle",
    paragraphs: [
      "Le syndicat des enseignants (SNES) conteste la réforme. Selon le SNES, elle est « mal préparée ».",
    ],
    quotes: [["mal préparée", "le SNES"]],
  },
  {
    name: "Une X qui … est catégorique : relative sans virgules puis copule avant les deux-points",
    paragraphs: [
      "Le maire Paul Février défend le chantier. Une commerçante qui a vu tomber l’échafaudage est " +
        "catégorique : « Personne ne nous a prévenus. »",
    ],
    quotes: [["Personne ne nous a prévenus.", "Une commerçante"]],
  },
  {
    name:
      "« … », a souri le vétéran : un prénom écrit sans son accent (`Frederic`) dit le genre comme avec, " +
      "et le vétéran est l’homme nommé avant",
    paragraphs: [
      "La course de côte a été remportée par Frederic Lanoue, au volant d’une vieille Alpine.",
      "« J’ai attendu le dernier virage pour attaquer », a souri le vétéran.",
    ],
    quotes: [["J’ai attendu le dernier virage pour attaquer", "Frederic Lanoue"]],
  },
  {
    name:
      "« … », raconte la victime, X. « … », ajoute le jeune homme : « la victime » est féminin quel " +
      "que soit son sexe, le prénom dit celui de l’homme et la description le désigne",
    paragraphs: [
      "Un livreur a été agressé samedi soir à Roubaix.",
      "« Ils m’ont pris mon scooter », raconte la victime, Julien Morel, encore sous le choc. « Je " +
        "n’ai rien pu faire », ajoute le jeune homme.",
    ],
    quotes: [
      ["Ils m’ont pris mon scooter", "Julien Morel"],
      ["Je n’ai rien pu faire", "Julien Morel"],
    ],
  },
  {
    name:
      "verbe de document : le rapport de la commission d’enquête sur X, publié en …, prévoyait « … » (le " +
      "complément entier, « sur » compris)",
    paragraphs: [
      "Le rapport de la commission d’enquête sur la sécurité des barrages, publié en mars, prévoyait des " +
        "travaux « dans les cinq ans ».",
    ],
    quotes: [["dans les cinq ans", "Le rapport de la commission d’enquête sur la sécurité des barrages"]],
  },
  {
    name: "le mécène du prix, la Fondation X, a salué « … » : l’organisme nommé en apposition parle",
    paragraphs: ["Le mécène du prix, la Fondation Kessler, a salué une sélection « d’une grande maturité »."],
    quotes: [["d’une grande maturité", "la Fondation Kessler"]],
  },
  {
    name: "« … », raconte la ménagère : le nom de métier d’une personne nommée juste avant la désigne",
    paragraphs: [
      "Au marché de Bobo-Dioulasso, Mariam Sanou compte chaque pièce. « Le sac de riz a doublé en un an », " +
        "raconte la ménagère.",
    ],
    quotes: [["Le sac de riz a doublé en un an", "Mariam Sanou"]],
  },
  {
    name: "« … », a reconnu l’aîné : le frère nommé avant parmi les prévenus",
    paragraphs: [
      "Les frères Julien et Kevin Marchal comparaissaient pour vol de câbles. Julien Marchal, 31 ans, a " +
        "tout reconnu. « J’avais besoin d’argent », a reconnu l’aîné.",
    ],
    quotes: [["J’avais besoin d’argent", "Julien Marchal"]],
  },
  {
    name: "négatif : « … », raconte une ménagère du quartier : une inconnue introduite reste telle qu’écrite",
    paragraphs: [
      "Le prix du gaz a encore augmenté. « On cuisine au charbon maintenant », raconte une ménagère du " +
        "quartier.",
    ],
    quotes: [["On cuisine au charbon maintenant", "une ménagère du quartier"]],
  },
  {
    name: "« … », a ajouté le magistrat : le conseiller d’État nommé juste avant (un magistrat élu)",
    paragraphs: [
      "Le conseiller d’État chargé des finances, Marc Perrin, a présenté le budget. « Nous tiendrons " +
        "l’équilibre dès l’an prochain », a ajouté le magistrat.",
    ],
    quotes: [["Nous tiendrons l’équilibre dès l’an prochain", "Marc Perrin"]],
  },
  {
    name:
      "la société X, puis « l’entreprise » dans une complétive, puis « a précisé l’entreprise » quatre " +
      "paragraphes après le nom : la description qui désignait la société la garde à portée",
    paragraphs: [
      "La société Vireo a annoncé une perte de 90 millions d’euros.",
      "Son président a indiqué que l’entreprise allait réduire ses coûts.",
      "Les cours du nickel ont chuté d’un tiers.",
      "Les analystes attendaient une perte moindre.",
      "« Nous avons trois ans de trésorerie », a précisé l’entreprise dans un communiqué.",
    ],
    quotes: [["Nous avons trois ans de trésorerie", "Vireo"]],
  },
  {
    name:
      "la société X, puis « a précisé l’entreprise » quatre paragraphes après, rien entre (négatif) : " +
      "hors de portée, la description reste telle qu’écrite",
    paragraphs: [
      "La société Vireo a annoncé une perte de 90 millions d’euros.",
      "Son président a indiqué que les coûts allaient baisser.",
      "Les cours du nickel ont chuté d’un tiers.",
      "Les analystes attendaient une perte moindre.",
      "« Nous avons trois ans de trésorerie », a précisé l’entreprise dans un communiqué.",
    ],
    quotes: [["Nous avons trois ans de trésorerie", "l’entreprise"]],
  },
  {
    name:
      "l’association Dar el-Nour …, puis « l’association affirme » : la particule liée par un trait " +
      "d’union suit le nom",
    paragraphs: [
      "Le festival est organisé par l’association Dar el-Nour. Dans un communiqué, l’association " +
        "affirme que la musique « ne connaît pas de frontières ».",
    ],
    quotes: [["ne connaît pas de frontières", "Dar el-Nour"]],
  },
  {
    name:
      "X Y, volcanologue à l’observatoire de …, qui n’a pas …, juge « … » : un nom inconnu du lexique " +
      "suivi d’une préposition ouvre une apposition décrivant la personne nommée, qui parle",
    paragraphs: [
      "Nadia Benali, volcanologue à l’observatoire de Clermont-Ferrand, qui n’a pas pris part à la " +
        "mission, juge les mesures « très solides ».",
    ],
    quotes: [["très solides", "Nadia Benali"]],
  },
  {
    name:
      "négatif : le maire de Lyon, candidat à sa réélection, qui …, promet « … » : la fonction ouvrant " +
      "la phrase parle, pas la ville",
    paragraphs: [
      "Le maire de Lyon, candidat à sa réélection, qui a visité le chantier mardi, promet « des délais " +
        "tenus ».",
    ],
    quotes: [["des délais tenus", "Le maire de Lyon"]],
  },
  {
    name:
      "les loyers, estime X Y, vont « … » : un verbe et un nom entre virgules au milieu de la phrase " +
      "forment une incise, dont le nom parle, pas le sujet de la phrase",
    paragraphs: ["Les loyers, estime Claire Fontaine, vont « continuer de grimper »."],
    quotes: [["continuer de grimper", "Claire Fontaine"]],
  },
  {
    name: "négatif : les loyers, selon les agences, vont « … » : la source entre virgules parle",
    paragraphs: ["Les loyers, selon les agences, vont « continuer de grimper »."],
    quotes: [["continuer de grimper", "les agences"]],
  },
  {
    name: "un groupe appelle une chose le « … » (verbe, objet, article) : un terme, pas une citation",
    paragraphs: [
      "Sur la côte, les pêcheurs appellent ce vent d’automne le « faiseur de veuves », un nom que le " +
        "capitaine du port dit mérité.",
    ],
    quotes: [],
  },
  {
    name: "des « … », comme on appelle dans le métier les … : un terme expliqué, pas une citation",
    paragraphs: [
      "Trois des prévenus étaient des « mules », comme on appelle dans le métier les passeurs qui " +
        "transportent la drogue.",
    ],
    quotes: [],
  },
  {
    name: "négatif : une « … », comme il l’a appelée : le mot de quelqu’un reste sa citation",
    paragraphs: ["Le maire, Paul Vidal, a parlé d’une « trahison », comme il l’a appelée devant le conseil."],
    quotes: [["trahison", "Paul Vidal"]],
  },
  {
    name: "il a invité les parents à « … » : l’objet d’un appel entre le verbe et « à », ses mots",
    paragraphs: [
      "Le directeur de l’école, Marc Lenoir, a présenté le projet mardi.",
      "Il a invité les parents à « passer une matinée en classe » avant la rentrée.",
    ],
    quotes: [["passer une matinée en classe", "Marc Lenoir"]],
  },
  {
    name: "négatif : il appelle ce parc « … », sans « à » devant les guillemets : une appellation",
    paragraphs: [
      "Le maire, Paul Vidal, a inauguré le parc samedi.",
      "Il appelle ce nouveau parc « le poumon vert » de la commune.",
    ],
    quotes: [],
  },
  {
    name: "Le slogan de cette année, « … », sera diffusé : apposé au nom d’un slogan, pas une citation",
    paragraphs: [
      "La campagne de vaccination a été lancée lundi, a indiqué la directrice, Anne Morel.",
      "Le slogan de cette année, « Un geste pour tous, une vie sauvée », sera aussi diffusé à la radio.",
    ],
    quotes: [],
  },
  {
    name:
      "nom sans rôle, puis « … », a souri le milieu offensif : un nom que le lexique ignore, " +
      "dont l’article dit un genre, décrit la personne nommée avant, dont aucune liste ne connaît le prénom",
    paragraphs: [
      "Entré en jeu à la pause, Yanis Morel a égalisé d’une reprise de volée. « Je ne l’ai même pas " +
        "regardée partir », a souri le milieu offensif.",
    ],
    quotes: [["Je ne l’ai même pas regardée partir", "Yanis Morel"]],
  },
  {
    name:
      "négatif : un stade après une préposition, puis « … », a souri le milieu offensif : la " +
      "description reste",
    paragraphs: [
      "Au stade Jean Bouin, Mouscron a égalisé d’une reprise de volée. « Je ne l’ai même pas regardée " +
        "partir », a souri le milieu offensif.",
    ],
    quotes: [["Je ne l’ai même pas regardée partir", "le milieu offensif"]],
  },
  {
    name: "négatif : « … », souligne le jugement après un nom sans rôle : un document n’est pas une personne",
    paragraphs: [
      "Osei Pryce a perdu son appel mardi. « Le locataire a eu toutes les chances de payer », souligne le " +
        "jugement.",
    ],
    quotes: [["Le locataire a eu toutes les chances de payer", "le jugement"]],
  },
  {
    name:
      "sujet de l’article nommé, un paragraphe sans nom, puis « le prévenu » et « a-t-il expliqué » : la " +
      "description est la personne nommée",
    headline: "Un faux notaire jugé à Sion",
    paragraphs: [
      "Pendant trois ans, Thierry Vouilloz a signé des actes de vente sans aucun brevet.",
      "Selon l’accusation, il a encaissé plus de 400 000 francs de frais.",
      "À la barre, le prévenu a reconnu les faits. « J’avais honte de dire que j’avais échoué », " +
        "a-t-il expliqué.",
    ],
    quotes: [["J’avais honte de dire que j’avais échoué", "Thierry Vouilloz"]],
  },
  {
    name:
      "deux buteurs, le dernier au prénom qu’aucune liste ne connaît, puis « a glissé le milieu de " +
      "terrain » : le dernier nommé, pas l’autre dont le prénom dit le genre",
    paragraphs: [
      "Entré à l’heure de jeu, Nathan Dupuis a réduit l’écart d’une tête.",
      "Dans la foulée, Yanis Bakary a égalisé d’une frappe lointaine. « Je l’ai prise sans réfléchir », " +
        "a glissé le milieu de terrain.",
    ],
    quotes: [["Je l’ai prise sans réfléchir", "Yanis Bakary"]],
  },
  {
    name:
      "négatif : le dernier nommé au prénom connu, l’autre avant lui au prénom inconnu, puis « a glissé " +
      "le milieu de terrain » : le dernier nommé",
    paragraphs: [
      "Entré à l’heure de jeu, Yanis Bakary a réduit l’écart d’une tête.",
      "Dans la foulée, Nathan Dupuis a égalisé d’une frappe lointaine. « Je l’ai prise sans réfléchir », " +
        "a glissé le milieu de terrain.",
    ],
    quotes: [["Je l’ai prise sans réfléchir", "Nathan Dupuis"]],
  },
  {
    name: "« selon un communiqué du ministère de … » : le ministère parle, pas le communiqué",
    paragraphs: [
      "Selon un communiqué du ministère de la Santé et des Solidarités, la campagne de vaccination " +
        "touchera « trois millions d’enfants » d’ici juin.",
    ],
    quotes: [["trois millions d’enfants", "le ministère de la Santé et des Solidarités"]],
  },
  {
    name: "« selon un communiqué de » une personne (négatif) : la personne nommée reste l’auteur",
    paragraphs: ["Selon un communiqué de Paul Lacombe, le chantier du viaduc « avance bien »."],
    quotes: [["avance bien", "Paul Lacombe"]],
  },
  {
    name: "« d’après l’étude publiée jeudi dans … » : le participe et sa suite en sont exclus",
    paragraphs: [
      "D’après l’étude publiée jeudi dans la revue « The Lancet », les adolescents dorment « une heure " +
        "de moins qu’en 2010 ».",
    ],
    quotes: [["une heure de moins qu’en 2010", "l’étude"]],
  },
  {
    name:
      "« Un pêcheur, 67 ans, a dû … « … », raconte-t-il » : le sujet sans nom, son âge entre virgules, est " +
      "amené pour parler ensuite, pas la personne nommée avant ; une citation seule après lui aussi",
    paragraphs: [
      "Le maire Paul Roche défend le nouveau guichet. Un pêcheur, 67 ans, a dû attendre deux heures au " +
        "comptoir. « On nous prend pour des idiots », raconte-t-il.",
      "La directrice Anne Vidal a présenté le chantier. Une commerçante du quartier, 52 ans, a fermé sa " +
        "boutique tout l’été. « Je n’ai rien touché, pas un euro d’aide. »",
    ],
    quotes: [
      ["On nous prend pour des idiots", "Un pêcheur"],
      ["Je n’ai rien touché, pas un euro d’aide.", "Une commerçante du quartier"],
    ],
  },
  {
    name:
      "« Une note de X diffusée lundi nuance : « … » », « un document … adressé aux syndicats » : un " +
      "document introduit par « un, une » laisse aussi hors de lui le participe et sa suite",
    paragraphs: [
      "Une note de la Banque de France diffusée lundi soir nuance : la baisse « ne durera pas au-delà de " +
        "l’été ».",
      "Un document de travail adressé aux syndicats prévoit « une refonte complète » des horaires.",
    ],
    quotes: [
      ["ne durera pas au-delà de l’été", "Une note de la Banque de France"],
      ["une refonte complète", "Un document de travail"],
    ],
  },
  {
    name:
      "« Un arrêté municipal signé le 4 juillet prévoit … » : le participe après l’adjectif du document " +
      "en est exclu, sa date aussi ; négatif : sans complément, le participe dit quel texte c’est",
    paragraphs: [
      "Un arrêté municipal signé le 4 juillet prévoit que la baignade restera interdite « tant que les " +
        "analyses ne seront pas revenues ».",
      "Une circulaire rectorale envoyée vendredi rappelle que les sorties scolaires « restent autorisées ».",
      "Un texte amendé prévoit « une aide ciblée » pour les familles.",
    ],
    quotes: [
      ["tant que les analyses ne seront pas revenues", "Un arrêté municipal"],
      ["restent autorisées", "Une circulaire rectorale"],
      ["une aide ciblée", "Un texte amendé"],
    ],
  },
  {
    name:
      "« c’est ce que révèle une étude publiée jeudi dans … », puis « L’étude juge … « … » » : le document " +
      "repris par l’article défini parle sous ce nom",
    paragraphs: [
      "C’est ce que révèle une étude publiée jeudi dans la revue Science. L’étude juge la tendance « très " +
        "préoccupante ».",
      "Le maire cite une étude. L’étude relève que le trafic a « doublé en dix ans ».",
    ],
    quotes: [
      ["très préoccupante", "L’étude"],
      ["doublé en dix ans", "L’étude"],
    ],
  },
  {
    name: "« selon le rapport annuel de la Cour des comptes » (négatif) : l’adjectif reste",
    paragraphs: ["Selon le rapport annuel de la Cour des comptes, la dette reste « préoccupante »."],
    quotes: [["préoccupante", "le rapport annuel de la Cour des comptes"]],
  },
  {
    name: "« Le texte » pour la loi nommée juste avant : le document reprend sa description",
    paragraphs: [
      "La loi votée en juin interdit l’arrosage des jardins l’été. Le texte précise que les golfs " +
        "devront réduire leur consommation « de moitié ».",
    ],
    quotes: [["de moitié", "La loi"]],
  },
  {
    name: "X a reproché à Y un budget « … » : un mot seul après un verbe de reproche, ses mots",
    paragraphs: ["La députée Claire Fontaine a reproché au gouvernement un budget « insincère »."],
    quotes: [["insincère", "Claire Fontaine"]],
  },
  {
    name: "X revendique une gestion « … » : deux mots après un verbe de revendication, ses mots",
    paragraphs: ["Le maire Paul Vidal revendique une gestion « prudente et lisible » des finances."],
    quotes: [["prudente et lisible", "Paul Vidal"]],
  },
  {
    name: "négatif : la compagnie revendique le titre de « Pass Liberté » : un nom en capitales",
    paragraphs: ["La compagnie revendique le titre de « Pass Liberté » pour sa nouvelle offre."],
    quotes: [],
  },
  {
    name:
      "La préfecture parle d’une situation « … » après « la Guadeloupe » : un territoire nommé n’est pas " +
      "l’administration qu’un nom de corps désigne",
    paragraphs: [
      "De violents orages ont frappé la Guadeloupe dans la nuit. La préfecture parle d’une situation " +
        "« très préoccupante ».",
    ],
    quotes: [["très préoccupante", "La préfecture"]],
  },
  {
    name: "la tribune du « … » : un nom en minuscules après l’article contracté, pas une citation",
    paragraphs: [
      "Le but a été salué par la tribune du « Virage rouge ». « Je n’y croyais plus », a reconnu " +
        "l’attaquant Hugo Lenoir.",
    ],
    quotes: [["Je n’y croyais plus", "Hugo Lenoir"]],
  },
  {
    name: "un surnom à … : « … » : un surnom après les deux-points, pas une citation",
    paragraphs: ["Les habitants ont vite donné un surnom au nouveau pont : « la harpe »."],
    quotes: [],
  },
  {
    name: "négatif : interrogé sur son surnom, X a répondu : « … » : le verbe donne les mots",
    paragraphs: ["Interrogé sur son surnom, le boxeur Karim Nasser a répondu : « ça me fait rire »."],
    quotes: [["ça me fait rire", "Karim Nasser"]],
  },
  {
    name: "un panneau met en garde contre « … » : les mots d’un panneau, pas une citation",
    paragraphs: [
      "La plage reste fermée. Un panneau près de l’escalier met en garde contre « courants et débris ».",
    ],
    quotes: [],
  },
  {
    name: "la journée « … » : le nom d’une journée, pas une citation",
    paragraphs: [
      "La mairie relancera en mai la journée « Quartier propre », a annoncé l’adjointe Claire Dumas.",
    ],
    quotes: [],
  },
  {
    name: "le groupe, autoproclamé « … » : un nom que se donne un groupe, pas une citation",
    paragraphs: ["Le groupe, autoproclamé « Brigade verte », a revendiqué l’action dans la nuit."],
    quotes: [],
  },
  {
    name: "Pour X, le film « … » : le point de vue donne le prédicat en minuscules après le nom d’une œuvre",
    paragraphs: ["Pour la réalisatrice Anne Vidal, le film « parle de tous les exilés »."],
    quotes: [["parle de tous les exilés", "Anne Vidal"]],
  },
  {
    name:
      "Un retraité de 71 ans, qui …, regardait …, puis « … », a-t-il soufflé : la personne décrite avec " +
      "son âge, sujet juste introduit, est celle que le pronom reprend",
    paragraphs: [
      "Le maire Paul Girard a défendu le projet. « Le chantier avance », a-t-il dit.",
      "Un retraité de 71 ans, qui habite le quartier depuis toujours, regardait les grues. « Je ne " +
        "reconnais plus ma rue », a-t-il soufflé.",
    ],
    quotes: [
      ["Le chantier avance", "Paul Girard"],
      ["Je ne reconnais plus ma rue", "Un retraité de 71 ans"],
    ],
  },
  {
    name: "Une mère de X dont le fils … : la relative en « dont » n’est pas de la description",
    paragraphs: [
      "Une mère de Saint-Denis dont le fils a été hospitalisé dit avoir eu peur. « On a eu très peur », " +
        "raconte-t-elle.",
    ],
    quotes: [["On a eu très peur", "Une mère de Saint-Denis"]],
  },
  {
    name: "Un retraité venu de X raconte : la participiale qui dit d’où il vient est laissée de côté",
    paragraphs: ["Un retraité venu de Saint-Malo raconte : « Je viens ici depuis quarante ans. »"],
    quotes: [["Je viens ici depuis quarante ans.", "Un retraité"]],
  },
  {
    name: "négatif : un nom en -é après « de » (« agent de santé ») n’est pas un participe",
    paragraphs: ["Un agent de santé à Kaya souligne : « Les pistes sont coupées. »"],
    quotes: [["Les pistes sont coupées.", "Un agent de santé à Kaya"]],
  },
  {
    name: "« le T1 X Y » : l’entraîneur principal, comme on l’écrit en Belgique, est un métier, pas le nom",
    paragraphs: [
      "Après le match, le T1 Olivier Lambrecht a salué l’envie de son groupe : « On n’a rien lâché. »",
      "« Il faut encore travailler les sorties de balle », a ajouté le T2 Marc Dubois.",
    ],
    quotes: [
      ["On n’a rien lâché.", "Olivier Lambrecht"],
      ["Il faut encore travailler les sorties de balle", "Marc Dubois"],
    ],
  },
  {
    name:
      "le porte-parole du club, X, …, puis « … », a-t-il reconnu : un nom des deux genres prend celui de " +
      "son déterminant, et la personne nommée après lui est celle que le pronom reprend",
    paragraphs: [
      "Marc Dupuis a ouvert le score. « On y a cru jusqu’au bout », a-t-il souri.",
      "Côté adverse, le porte-parole du club, Dominique Caron, ne cachait pas sa déception. « Nous " +
        "avons manqué de rythme », a-t-il reconnu.",
    ],
    quotes: [
      ["On y a cru jusqu’au bout", "Marc Dupuis"],
      ["Nous avons manqué de rythme", "Dominique Caron"],
    ],
  },
  {
    name:
      "négatif : X a visité le chantier avec un ouvrier, « … », a-t-il dit : une personne décrite en " +
      "passant n’est pas celle que le pronom reprend",
    paragraphs: [
      "Le maire Paul Girard a visité le chantier avec un ouvrier. « Nous sommes dans les temps », " +
        "a-t-il dit.",
    ],
    quotes: [["Nous sommes dans les temps", "Paul Girard"]],
  },
  {
    name:
      "« Le T1 liégeois … a-t-il » : la description par le métier en capitales reprend l’entraîneur " +
      "nommé avant",
    paragraphs: [
      "« On a retrouvé de l’envie », savourait Paul Gendebien en conférence de presse.",
      "Le T1 liégeois avait pourtant vu rouge à la pause. « L’arbitrage m’a agacé », a-t-il reconnu.",
    ],
    quotes: [
      ["On a retrouvé de l’envie", "Paul Gendebien"],
      ["L’arbitrage m’a agacé", "Paul Gendebien"],
    ],
  },
  {
    name: "l’artisane après une femme nommée sans rôle, d’un prénom que seule la liste étendue connaît",
    paragraphs: [
      "La boulangerie de Maëlle Guérin a rouvert ses portes lundi.",
      "« Nous avons tout repeint nous-mêmes », raconte l’artisane.",
    ],
    quotes: [["Nous avons tout repeint nous-mêmes", "Maëlle Guérin"]],
  },
  {
    name: "négatif : le boulanger n’est pas la femme nommée avant (Maëlle Guérin)",
    paragraphs: [
      "La boulangerie de Maëlle Guérin a rouvert ses portes lundi.",
      "« Nous avons tout repeint nous-mêmes », raconte le boulanger.",
    ],
    quotes: [["Nous avons tout repeint nous-mêmes", "le boulanger"]],
  },
  {
    name: "« … », le porte-parole après la légende d’un navire : la légende n’est pas le texte",
    paragraphs: [
      "La Marine a diffusé lundi des images de l’exercice.",
      { kind: "caption", text: "Le porte-avions Charles de Gaulle pendant l’exercice (AFP)" },
      "« Il n’y a aucun risque pour la population », a assuré le porte-parole.",
    ],
    quotes: [["Il n’y a aucun risque pour la population", "le porte-parole"]],
  },
  {
    name:
      "La ministre de l’X primaire, secondaire et technique, Prénom Nom, … puis « La ministre a " +
      "annoncé : » : les qualificatifs coordonnés de l’office ne coupent pas la description",
    paragraphs: [
      "La ministre de l’Enseignement primaire, secondaire et professionnel, Aminata Keïta Traoré, a " +
        "publié mardi le calendrier des examens.",
      "La ministre a annoncé : « Les épreuves commenceront le 2 juin. »",
    ],
    quotes: [["Les épreuves commenceront le 2 juin.", "Aminata Keïta Traoré"]],
  },
  {
    name:
      "« a poursuivi le Bernois », « a ajouté la Vaudoise » : un démonyme désigne la " +
      "personne nommée avant",
    paragraphs: [
      "« On a manqué de rigueur », a lâché l’entraîneur Marc Dufour après le match. « On a offert " +
        "deux buts », a poursuivi le Bernois.",
      "« Je suis fière de l’équipe », a déclaré la capitaine Julie Morand. « On ne lâche rien », " +
        "a ajouté la Vaudoise.",
    ],
    quotes: [
      ["On a manqué de rigueur", "Marc Dufour"],
      ["On a offert deux buts", "Marc Dufour"],
      ["Je suis fière de l’équipe", "Julie Morand"],
      ["On ne lâche rien", "Julie Morand"],
    ],
  },
  {
    name:
      "« un résident du secteur X Y, Prénom Nom, » et « Rue des X, Prénom Nom vide… » : le nom d’un " +
      "lieu, après son nom commun ou ouvert par lui, n’est pas celui qui parle",
    paragraphs: [
      "Un résident du secteur Saint-Hubert Ouest, Marc Gagnon, a pris la parole. « On attend depuis " +
        "trois ans », a-t-il lancé.",
      "Avenue de la Gare, Nadia Benali balaie son trottoir. « Tout est à refaire », soupire-t-elle.",
    ],
    quotes: [
      ["On attend depuis trois ans", "Marc Gagnon"],
      ["Tout est à refaire", "Nadia Benali"],
    ],
  },
  {
    name: "« selon notre critique » : une personne du journal parle telle qu’écrite",
    paragraphs: ["Le spectacle, « cruel et drôle » selon notre critique, part en tournée."],
    quotes: [["cruel et drôle", "notre critique"]],
  },
  {
    name: "négatif : « selon nos informations » reste sans locuteur",
    paragraphs: ["Le projet serait « à l’arrêt », selon nos informations."],
    quotes: [["à l’arrêt", null]],
  },
  {
    name:
      "« Assise sur un banc, une mère attend. « … » » : un participe en -is/-ise ou un nom sans article " +
      "suivi d’une préposition ouvre un décor, et l’inconnue présentée après la virgule parle ensuite",
    paragraphs: [
      "« Nous n’avons plus un lit libre », a expliqué le docteur Hervé Lacombe, chef du service.",
      "Assise sur une chaise près de l’accueil, une infirmière remplit un formulaire. « On tient, mais " +
        "pour combien de temps ? »",
      "Casque sur la tête, un ouvrier du chantier voisin patiente lui aussi. « On m’a dit deux heures. »",
    ],
    quotes: [
      ["Nous n’avons plus un lit libre", "Hervé Lacombe"],
      ["On tient, mais pour combien de temps ?", "une infirmière"],
      ["On m’a dit deux heures.", "un ouvrier du chantier"],
    ],
  },
  {
    name:
      "« Assise sur un banc, une mère confie : « … » » : un décor ouvert par un participe, puis la " +
      "nouvelle venue avant les deux-points",
    paragraphs: [
      "« Les délais se sont allongés », a reconnu le directeur de l’hôpital, Marc Jolivet.",
      "Assise sur un banc du hall, une mère de famille soupire : « Trois heures pour une radio. »",
      "Penché sur son téléphone, un étudiant a fini par lâcher : « Je rate encore les cours. »",
    ],
    quotes: [
      ["Les délais se sont allongés", "Marc Jolivet"],
      ["Trois heures pour une radio.", "une mère de famille"],
      ["Je rate encore les cours.", "un étudiant"],
    ],
  },
  {
    name:
      "négatif : « Assis à son bureau, il reçoit une infirmière. « … » » : la nouvelle venue n’est que " +
      "l’objet, la citation reste à celui qui parlait",
    paragraphs: [
      "« Le budget ne suffit plus », a regretté le directeur Alain Verdier.",
      "Assis à son bureau, il reçoit une infirmière du service de nuit. « Je n’ai rien à lui promettre. »",
    ],
    quotes: [
      ["Le budget ne suffit plus", "Alain Verdier"],
      ["Je n’ai rien à lui promettre.", "Alain Verdier"],
    ],
  },
  {
    name:
      "« Une bénévole, fidèle depuis 2001, a préparé … : « … » », « Un contrôleur a fait une annonce. « … " +
      "» » : bénévole et contrôleur sont des noms de personne, la nouvelle venue parle",
    paragraphs: [
      "« Nous sommes fiers de ce retour », a déclaré la directrice régionale, Sophie Marchal.",
      "Une bénévole, fidèle à l’association depuis 2001, a déjà préparé les paniers : « Sans nous, " +
        "personne ne viendrait jusqu’ici. »",
      "Un contrôleur a fait une annonce en basque. « Bienvenue à bord, et bonne nuit à tous. »",
    ],
    quotes: [
      ["Nous sommes fiers de ce retour", "Sophie Marchal"],
      ["Sans nous, personne ne viendrait jusqu’ici.", "Une bénévole"],
      ["Bienvenue à bord, et bonne nuit à tous.", "Un contrôleur"],
    ],
  },
  {
    name:
      "négatif : « La directrice a salué un contrôleur sur le quai. « … » » : le contrôleur n’est que " +
      "l’objet, la citation reste à la directrice",
    paragraphs: [
      "« Nous sommes fiers de ce retour », a déclaré la directrice régionale, Sophie Marchal.",
      "La directrice a salué un contrôleur sur le quai. « Ce train, c’est d’abord eux. »",
    ],
    quotes: [
      ["Nous sommes fiers de ce retour", "Sophie Marchal"],
      ["Ce train, c’est d’abord eux.", "Sophie Marchal"],
    ],
  },
  {
    name:
      "« Surnommé “X” par les supporters, l’ailier a inscrit… » puis « a-t-il souri » : le sujet après " +
      "une participiale est celui que le pronom reprend, pas l’entraîneur cité avant",
    paragraphs: [
      "« On a su réagir », a lâché l’entraîneur Paul Meyer. « On a offert un but », a poursuivi le " +
        "Bernois.",
      "L’homme du match s’appelle Yanis Diallo. Surnommé “la Fusée” par les supporters, l’ailier a " +
        "marqué deux fois. « Je ne réalise pas », a-t-il souri.",
    ],
    quotes: [
      ["On a su réagir", "Paul Meyer"],
      ["On a offert un but", "Paul Meyer"],
      ["Je ne réalise pas", "Yanis Diallo"],
    ],
  },
  {
    name:
      "titre « Les éleveurs préviennent : « … » » et les mêmes mots dits dans le texte par une personne : " +
      "elle parle pour eux, l’entrée est la sienne",
    headline: "Sécheresse : les éleveurs préviennent : « Nous ne tiendrons pas une année de plus »",
    paragraphs: [
      "« Nous ne tiendrons pas une année de plus », a prévenu le président du syndicat, Paul Roy.",
    ],
    quotes: [["Nous ne tiendrons pas une année de plus", "Paul Roy"]],
  },
  {
    name:
      "« à Ville, la ministre de … a promis » : le lieu régi par une préposition ne prend pas la " +
      "description qui court jusqu’à son verbe comme apposition",
    paragraphs: [
      "Le maire de Rimouski, Paul Gendron, réclame des fonds.",
      "En conférence de presse à Sherbrooke, la ministre de l’Environnement a promis « un plan d’ici " +
        "l’été ».",
    ],
    quotes: [["un plan d’ici l’été", "la ministre de l’Environnement"]],
  },
  {
    name: "négatif : « Selon Prénom Nom, le directeur du port, » reste une apposition fermée par sa virgule",
    paragraphs: [
      "Selon Marc Tremblay, le directeur du port, « les quais sont trop vieux ».",
      "« Il faut tout refaire », a ajouté le directeur.",
    ],
    quotes: [
      ["les quais sont trop vieux", "Marc Tremblay"],
      ["Il faut tout refaire", "Marc Tremblay"],
    ],
  },
  {
    name:
      "Prénom Nom, sismologue à … (un spécialiste qu’aucune liste ne nomme), puis « prévient la " +
      "sismologue » trois paragraphes plus loin, un autre nommé entre-temps",
    paragraphs: [
      "« Les séismes sont fréquents ici », explique Claire Dumont, sismologue à l’Institut de physique " +
        "du globe de Paris et coautrice de l’étude.",
      "Le réseau compte 40 stations.",
      "Le géologue Pierre Lambert, de l’université de Lyon, nuance : « Rien n’est prouvé. »",
      "Pour la suite, « il faudra d’autres capteurs », prévient la sismologue.",
    ],
    quotes: [
      ["Les séismes sont fréquents ici", "Claire Dumont"],
      ["Rien n’est prouvé.", "Pierre Lambert"],
      ["il faudra d’autres capteurs", "Claire Dumont"],
    ],
  },
  {
    name:
      "La ministre de l’X supérieur et de la Y, Prénom Nom, … : « et de la » ouvre un second " +
      "complément de l’office, puis « a expliqué la ministre »",
    paragraphs: [
      "La ministre de l’Enseignement supérieur et de la Recherche scientifique, Awa Diallo Sow, a " +
        "inauguré mardi le campus.",
      "« Nous voulons former des ingénieurs ici », a expliqué la ministre.",
    ],
    quotes: [["Nous voulons former des ingénieurs ici", "Awa Diallo Sow"]],
  },
  {
    name:
      "« a condamné mardi à Ville Prénom Nom » : la ville devant le nom n’en fait pas partie, et " +
      "« l’ancien trésorier de 61 ans » est l’accusé",
    paragraphs: [
      "La cour d’appel a condamné mardi à Abidjan Joseph Yao Kouassi, ancien trésorier de la mairie de " +
        "Cocody, à cinq ans de prison.",
      "Debout à la barre, l’ancien trésorier de 61 ans a nié. « Je n’ai rien volé », a-t-il lancé.",
    ],
    quotes: [["Je n’ai rien volé", "Joseph Yao Kouassi"]],
  },
  {
    name: "négatif : « au stade Prénom Nom » reste le nom du stade, pas une personne",
    paragraphs: ["Le match s’est joué au stade Pierre Mauroy. « On a souffert », a reconnu Lucas Girard."],
    quotes: [["On a souffert", "Lucas Girard"]],
  },
  {
    name:
      "« sous le couvert de l’anonymat » après la description du locuteur : la manière dont il parle, pas " +
      "un complément de la description (un porte-parole du couvent en garde un)",
    paragraphs: [
      "« Hier, nous avions quatre enfants en attente », a confié un infirmier sous le couvert de l’anonymat.",
      "« C’est intenable », glisse une enseignante sous couvert d’anonymat.",
      "« Nous avons peur », a déclaré le porte-parole du couvent.",
    ],
    quotes: [
      ["Hier, nous avions quatre enfants en attente", "un infirmier"],
      ["C’est intenable", "une enseignante"],
      ["Nous avons peur", "le porte-parole du couvent"],
    ],
  },
  {
    name:
      "« selon l’instance », « la collectivité », « l’organisme » : un nom commun d’institution reprend le " +
      "corps nommé juste avant, ici une ligue (« ligue » ouvre un nom d’institution) ; « Ligue 1 » n’en " +
      "est pas une",
    paragraphs: [
      "La Ligue de football professionnel (LFP) a ouvert une procédure disciplinaire. Selon l’instance, " +
        "les " +
        "deux clubs « seront entendus mardi ».",
      "L’attaquant joue en Ligue 1 depuis 2019. « Je suis heureux ici », a dit Karim Benali.",
    ],
    quotes: [
      ["seront entendus mardi", "La Ligue de football professionnel"],
      ["Je suis heureux ici", "Karim Benali"],
    ],
  },
  {
    name:
      "« Ligue 1 : « … » » en titre : une rubrique finie par un nombre (une compétition) ne parle pas ; la " +
      "citation reprise dans le texte dit qui parle",
    headline: "Ligue 1 : « Nous avons tenu », Lens s’impose",
    paragraphs: [
      "Lens a battu Nantes dimanche. « Il fallait souffrir », a raconté l’entraîneur lensois, Will Still. " +
        "« Nous avons tenu. C’est ce qui me plaît. »",
    ],
    quotes: [
      ["Nous avons tenu", "Will Still"],
      ["Il fallait souffrir", "Will Still"],
      ["Nous avons tenu. C’est ce qui me plaît.", "Will Still"],
    ],
  },
  {
    name:
      "« Anne Roux la décrit comme « … » » : après un nom ou un nom de personne, « la », « les » sont " +
      "le pronom complément du verbe de ce sujet, non un article",
    paragraphs: [
      "Le maire Paul Dubois a visité le quartier. « C’est triste », a dit Dubois. Son adjointe Anne " +
        "Roux la décrit comme « une ville morte ».",
      "Le juge Marc Petit a lu le rapport. « Les faits sont établis », a dit Petit. L’avocate " +
        "Julie Blanc les qualifie d’« hypothèses sans preuve ».",
    ],
    quotes: [
      ["C’est triste", "Paul Dubois"],
      ["une ville morte", "Anne Roux"],
      ["Les faits sont établis", "Marc Petit"],
      ["hypothèses sans preuve", "Julie Blanc"],
    ],
  },
  {
    name:
      "« Son adjointe, Anne Roux, le décrit comme « … » » : après la virgule fermant un nom en apposition, " +
      "« le » est le pronom complément ; une description en apposition (« le juge ») reste un article",
    paragraphs: [
      "Le maire Paul Dubois a visité le quartier. « C’est triste », a dit Dubois. Son adjointe, Anne " +
        "Roux, le décrit comme « un homme de parole ».",
      "Le procureur Marc Petit a requis deux ans. Son confrère, le juge Luc Martin, a tranché : « Un an " +
        "suffira ».",
    ],
    quotes: [
      ["C’est triste", "Paul Dubois"],
      ["un homme de parole", "Anne Roux"],
      ["Un an suffira", "Luc Martin"],
    ],
  },
  {
    name:
      "« … », glisse un cadre du groupe X pour la Y : le nom d’un corps introduit par son espèce garde " +
      "son « pour » ; négatifs : « pour la deuxième fois », un nom de personne après l’office du groupe",
    paragraphs: [
      "« On n’a pas les voix », glisse un cadre du groupe Ensemble pour la République.",
      "« Nous voterons contre », a déclaré le groupe Horizons pour la deuxième fois.",
      "« Le texte est prêt », a assuré le président du groupe Jean Dupont.",
    ],
    quotes: [
      ["On n’a pas les voix", "un cadre du groupe Ensemble pour la République"],
      ["Nous voterons contre", "Horizons"],
      ["Le texte est prêt", "Jean Dupont"],
    ],
  },
  {
    name:
      "« Le premier promet … Le second juge … » : l’ordinal compte les personnes nommées ensemble dans la " +
      "phrase d’avant, dans leur ordre, avec un fragment puis deux-points",
    paragraphs: [
      "Le conseiller d’État Pierre Roux et le syndic Marc Aubry se sont vus mardi. Le premier promet « des " +
        "mesures rapides ». Le second juge ce calendrier « trop lent » : « Les familles attendent. »",
    ],
    quotes: [
      ["des mesures rapides", "Pierre Roux"],
      ["trop lent", "Marc Aubry"],
      ["Les familles attendent.", "Marc Aubry"],
    ],
  },
  {
    name: "« selon la première », « La seconde en est sortie … : » : deux femmes nommées dans une phrase",
    paragraphs: [
      "La sénatrice Anne Moreau a reçu la maire Claire Petit. L’échange a été « cordial », selon la " +
        "première. La seconde en est sortie moins confiante : « Rien n’est réglé. »",
    ],
    quotes: [
      ["cordial", "Anne Moreau"],
      ["Rien n’est réglé.", "Claire Petit"],
    ],
  },
  {
    name: "« a lancé la première », « Le second, formé au club, avait … : » : l’ordinal après le verbe",
    paragraphs: [
      "La maire, Julie Roy, et son adjointe, Léa Fabre, ont inauguré la place. « Nous irons jusqu’au " +
        "bout », a lancé la première.",
      "L’ailier Jordan Mills et le pivot Théo Lagrange ont dominé la raquette. Le second, formé au club, " +
        "avait les yeux humides : « Je suis né ici. »",
    ],
    quotes: [
      ["Nous irons jusqu’au bout", "Julie Roy"],
      ["Je suis né ici.", "Théo Lagrange"],
    ],
  },
  {
    name:
      "« a prévenu la seconde » : l’ordinal féminin compte les femmes nommées, « ce dernier » le dernier " +
      "homme nommé",
    paragraphs: [
      "La maire Julie Roy a reçu le préfet Marc Dumas et la députée Léa Fabre. « Rien n’est joué », a " +
        "prévenu la seconde.",
      "Le maire, Paul Roux, a critiqué le préfet Marc Dumas. Ce dernier a répondu : « Je n’ai rien à me " +
        "reprocher. »",
    ],
    quotes: [
      ["Rien n’est joué", "Léa Fabre"],
      ["Je n’ai rien à me reprocher.", "Marc Dumas"],
    ],
  },
  {
    name:
      "négatif : une personne nommée seule après la paire n’est pas comptée ; « le premier ministre » et " +
      "« la première fois » ne sont pas des ordinaux",
    paragraphs: [
      "Le maire Paul Roux et le préfet Marc Dumas ont signé l’accord. Le premier a salué le rôle du député " +
        "Luc Vidal. Le second a réagi : « C’est un bon accord. »",
      "Le maire Paul Roux et le préfet Marc Dumas ont signé l’accord. Le premier ministre a réagi : « Il " +
        "était temps. » « C’est la première fois », a ajouté le préfet.",
    ],
    quotes: [
      ["C’est un bon accord.", "Marc Dumas"],
      ["Il était temps.", "Le premier ministre"],
      ["C’est la première fois", "Marc Dumas"],
    ],
  },
  {
    name:
      "« raconte le premier », « regrette la seconde » : la paire nommée une phrase chacun, comptée dans " +
      "l’ordre de lecture ; « Le second, lui, a dédié son but à « … » » : l’ordinal sujet avant un tonique",
    paragraphs: [
      "Jean Morel, 58 ans, éleveur à Bois-Court, a perdu quatre génisses. Son voisin Marc Hoarau s’est " +
        "fait voler un taureau. « On retrouvait les carcasses au matin », raconte le premier. Le second " +
        "évalue son préjudice à « plus de 6 000 euros ».",
      "La boulangère Sylvie Marchal a fermé sa boutique en juin. Sa sœur Nadia Benali tient encore le café " +
        "d’en face. « Le quartier se vide », regrette la seconde.",
      "Entré à la 58e minute, Karim Salhi a égalisé avant de servir Yanis Brahimi pour le but de la " +
        "victoire. « On a joué avec le cœur », a confié le premier. Le second, lui, a dédié son but à " +
        "« tous ceux qui ont cru en nous ».",
    ],
    quotes: [
      ["On retrouvait les carcasses au matin", "Jean Morel"],
      ["plus de 6 000 euros", "Marc Hoarau"],
      ["Le quartier se vide", "Nadia Benali"],
      ["On a joué avec le cœur", "Karim Salhi"],
      ["tous ceux qui ont cru en nous", "Yanis Brahimi"],
    ],
  },
  {
    name:
      "« a regretté ce dernier, qui annonce … » : « ce dernier » après le verbe est le pronom, pas une " +
      "date comme « ce matin » ; « a dit ce dernier jour le maire X » reste une date",
    paragraphs: [
      "Le procureur, Léon Bizet, avait requis sept ans. Me Fabrice Nadeau, l’avocat de la défense, a " +
        "plaidé l’acquittement. « Mon client a été condamné sans preuve », a regretté ce dernier, qui " +
        "annonce un recours devant la cour d’appel.",
      "« Rien n’a changé », a dit ce dernier jour le maire Paul Roux.",
    ],
    quotes: [
      ["Mon client a été condamné sans preuve", "Fabrice Nadeau"],
      ["Rien n’a changé", "Paul Roux"],
    ],
  },
  {
    name:
      "négatif : une paire nommée ensemble reste la paire quand l’un d’eux est renommé seul ensuite ; « Le " +
      "premier ministre, lui, a dédié … à « … » » est une description, pas un ordinal",
    paragraphs: [
      "Le maire Paul Roux et le préfet Marc Dumas ont signé l’accord. Paul Roux a salué le travail des " +
        "services. « C’est un bon accord », a ajouté le second.",
      "Le maire Paul Roux et le préfet Marc Dumas ont signé l’accord. Le premier ministre, lui, a dédié " +
        "l’accord à « tous les élus de la vallée ».",
    ],
    quotes: [
      ["C’est un bon accord", "Marc Dumas"],
      ["tous les élus de la vallée", "Le premier ministre"],
    ],
  },
  {
    name:
      "« soupire la première », « La seconde lève les yeux au ciel : » : l’ordinal après un verbe hors " +
      "lexique, puis sujet d’un verbe et de son objet ; « Le premier ministre les a félicités » n’en est pas",
    paragraphs: [
      "La boulangère Sylvie Marchal et sa cliente Nadia Benali attendent le bus. « Trois euros de plus, " +
        "c’est trop », soupire la première. La seconde lève les yeux au ciel : « On marchera. »",
      "Le maire Paul Roux et le préfet Marc Dumas ont signé l’accord. Le premier ministre les a " +
        "félicités : « Il était temps. »",
    ],
    quotes: [
      ["Trois euros de plus, c’est trop", "Sylvie Marchal"],
      ["On marchera.", "Nadia Benali"],
      ["Il était temps.", "Le premier ministre"],
    ],
  },
  {
    name:
      "« …, la seconde n’a pas voulu commenter » : un sujet et son verbe nié après la citation disent ce " +
      "qu’on n’a pas dit ; « », ne cache pas la ministre » reste une incise",
    paragraphs: [
      "La députée Anne Moreau et la sénatrice Claire Petit ont voté contre. La première a qualifié le " +
        "texte de « bâclé », la seconde n’a pas voulu commenter.",
      "Le maire Paul Roux a jugé le projet « irréaliste », son adjoint Marc Dumas ne dit pas autre chose.",
      "« C’est fini », ne cache pas la ministre Anne Roy.",
    ],
    quotes: [
      ["bâclé", "Anne Moreau"],
      ["irréaliste", "Paul Roux"],
      ["C’est fini", "Anne Roy"],
    ],
  },
  {
    name:
      "« désigne X comme nouvelle présidente » donne la fonction ; « la présidente » n’est pas l’homme qui " +
      "fut « l’ancien président »",
    paragraphs: [
      "Le conseil a désigné Sophie Lenoir comme nouvelle présidente du club. L’ancien président, Marc " +
        "Aubry, a quitté la salle.",
      "« Nous allons tout reconstruire, a assuré la présidente. Le club doit revivre. »",
      "Les élus ont choisi Nathalie Verdier comme directrice générale. Son prédécesseur, le directeur " +
        "général Hugo Massart, part à Lyon.",
      "Au siège, l’ambiance est tendue.",
      "« Nous tiendrons les délais », a promis la directrice générale.",
    ],
    quotes: [
      ["Nous allons tout reconstruire, a assuré la présidente. Le club doit revivre.", "Sophie Lenoir"],
      ["Nous tiendrons les délais", "Nathalie Verdier"],
    ],
  },
  {
    name:
      "« a admis, beau joueur, l’entraîneur » : un adjectif détaché entre virgules avant le sujet " +
      "inversé ; « a-t-il lâché, amer, devant la presse »",
    paragraphs: [
      "« On a manqué de lucidité », a admis, beau joueur, l’entraîneur adverse, Luc Morel.",
      "Le capitaine Paul Roy était déçu. « Nous avons perdu », a-t-il lâché, amer, devant la presse.",
    ],
    quotes: [
      ["On a manqué de lucidité", "Luc Morel"],
      ["Nous avons perdu", "Paul Roy"],
    ],
  },
  {
    name:
      "« une enseignante de 3e année », « une habitante du 5e étage » : un ordinal en chiffres classe le " +
      "nom qui suit ; « a répété Paul Roy 12 fois » : une quantité clôt le nom",
    paragraphs: [
      "« On leur explique avec des mots simples », raconte une enseignante de 3e année.",
      "« On a eu peur », raconte une habitante du 5e étage.",
      "« On tiendra », a répété Paul Roy 12 fois.",
    ],
    quotes: [
      ["On leur explique avec des mots simples", "une enseignante de 3e année"],
      ["On a eu peur", "une habitante du 5e étage"],
      ["On tiendra", "Paul Roy"],
    ],
  },
  {
    name:
      "« La direction de l’usine se veut rassurante. Dans un avis, elle juge … » : le corps sujet de la " +
      "phrase d’avant, ses compléments compris ; pas une personne nommée entre-temps, ni « la réunion »",
    paragraphs: [
      "La députée Claire Petit conteste. La direction de l’usine se veut rassurante. Dans un avis, elle " +
        "juge le risque « faible ».",
      "Le maire Paul Roux conteste. Le syndicat des cheminots se veut rassurant. Il juge le risque « très " +
        "limité ».",
      "La députée Claire Petit conteste. La direction de l’usine se veut rassurante. Claire Petit n’y " +
        "croit pas. Elle juge le risque « énorme ».",
      "La maire Claire Petit conteste. La réunion s’est tenue hier. Elle tranche : « Ce projet est " +
        "bâclé. »",
    ],
    quotes: [
      ["faible", "La direction de l’usine"],
      ["très limité", "Le syndicat des cheminots"],
      ["énorme", "Claire Petit"],
      ["Ce projet est bâclé.", "Claire Petit"],
    ],
  },
  {
    name: "« lâche le passeur » au chapô, nommé au corps, puis « savourait le passeur de 27 ans »",
    headline: "Volley : Tours s’impose au tie-break",
    standfirst: "Menés de six points, les Tourangeaux ont renversé Nantes. « On y a cru », lâche le passeur.",
    paragraphs: [
      "Le dernier point a été marqué par Julien Mercier d’une feinte de passe.",
      "« On y a cru jusqu’au bout, même menés de six points », savourait le passeur de 27 ans.",
    ],
    quotes: [
      ["On y a cru", "Julien Mercier"],
      ["On y a cru jusqu’au bout, même menés de six points", "Julien Mercier"],
    ],
  },
  {
    name: "« admet un chef de service » au chapô, les mêmes mots au corps dits par celui qu’il nomme",
    headline: "Psychiatrie : des mois d’attente",
    standfirst: "Les familles attendent jusqu’à huit mois. « On bricole », admet un chef de service.",
    paragraphs: [
      "« On bricole. Nous fermons des lits chaque été », admet le Dr Paul Girard, chef de service à " +
        "l’hôpital de Sion.",
    ],
    quotes: [
      ["On bricole", "Paul Girard"],
      ["On bricole. Nous fermons des lits chaque été", "Paul Girard"],
    ],
  },
  {
    name: "« admet un chef de service » au chapô, d’autres mots au corps d’un nommé (négatif)",
    headline: "Psychiatrie : des mois d’attente",
    standfirst: "Les familles attendent jusqu’à huit mois. « On bricole », admet un chef de service.",
    paragraphs: ["« Nous fermons des lits chaque été », regrette le Dr Paul Girard, psychiatre à Sion."],
    quotes: [
      ["On bricole", "un chef de service"],
      ["Nous fermons des lits chaque été", "Paul Girard"],
    ],
  },
  {
    name: "« lance l’usagère » après une conseillère et une usagère nommées : le nom de qui prend le bus",
    paragraphs: [
      "La conseillère de l’opposition Karine Bouchard reproche au maire d’avoir « manqué de rigueur ». " +
        "Chantal Poulin, qui prend l’autobus chaque matin, voit les choses autrement. « Je vais attendre " +
        "pareil », lance l’usagère.",
    ],
    quotes: [
      ["manqué de rigueur", "Karine Bouchard"],
      ["Je vais attendre pareil", "Chantal Poulin"],
    ],
  },
  {
    name: "« soupire une passagère » après un contrôleur nommé : une inconnue (négatif)",
    paragraphs: [
      "Le contrôleur Marc Petit a vérifié les billets. « Le train a encore deux heures de retard », " +
        "soupire une passagère.",
    ],
    quotes: [["Le train a encore deux heures de retard", "une passagère"]],
  },
  {
    name:
      "« Le rapport de la Banque cantonale vaudoise publié jeudi relativise : « … » » : les adjectifs du " +
      "nom de l’auteur passés, le participe ouvre une proposition ; sans nom d’auteur, l’épithète reste",
    paragraphs: [
      "Le rapport de la Banque cantonale vaudoise publié jeudi matin relativise : le report « n’est pas un " +
        "signal de faiblesse ».",
      "Le rapport annuel de la Cour juge la dépense « excessive ».",
    ],
    quotes: [
      ["n’est pas un signal de faiblesse", "Le rapport de la Banque cantonale vaudoise"],
      ["excessive", "Le rapport annuel de la Cour"],
    ],
  },
  {
    name: "« le jury » au chapeau puis dans le texte après un romancier nommé : le jury, pas le romancier",
    standfirst: "Le jury salue un roman « d’une grande finesse » sur la fin d’une usine.",
    paragraphs: [
      "Le romancier gaspésien Gaëtan Tremblay a remporté mardi le Prix des libraires.",
      "Dans son communiqué, le jury évoque une écriture « d’une grande finesse, qui touche juste ».",
    ],
    quotes: [
      ["d’une grande finesse", "Le jury"],
      ["d’une grande finesse, qui touche juste", "Le jury"],
    ],
  },
  {
    name: "« a confié l’Anversois » après une citation sur deux paragraphes : le coureur nommé avant elle",
    headline: "Cyclo-cross : Pieter Claes s’impose à Gavere",
    standfirst: "L’Anversois de 25 ans a remporté dimanche sa troisième manche de la saison.",
    paragraphs: [
      "Sous la pluie, Pieter Claes a lâché le Néerlandais Bram de Wit dans le dernier tour.",
      "« J’ai attendu la dernière montée. Après, tout s’est joué dans la boue.",
      "« Je n’ai plus regardé derrière moi », a confié l’Anversois.",
    ],
    quotes: [
      ["J’ai attendu la dernière montée. Après, tout s’est joué dans la boue.", "Pieter Claes"],
      ["Je n’ai plus regardé derrière moi", "Pieter Claes"],
    ],
  },
  {
    name:
      "« La vice-présidente et conseillère départementale d’Abbeville, X, » puis « la conseillère de " +
      "Rue »",
    paragraphs: [
      "La vice-présidente et conseillère départementale d’Abbeville, Anne Roy, a défendu le plan. « Nous " +
        "ne lâcherons rien », a promis la conseillère de Rue.",
    ],
    quotes: [["Nous ne lâcherons rien", "Anne Roy"]],
  },
  {
    name:
      "« insiste la chercheuse » après une citation fermée qui la nomme : elle, pas l’homme d’avant " +
      "(négatif)",
    paragraphs: [
      "Le géologue Paul Marchand a reçu les photos lundi.",
      "« Quand j’ai vu les traces, j’ai compris, se souvient Claire Dumas, géologue au Muséum. Ce sont " +
        "des sauropodes. »",
      "C’est un site « exceptionnel », insiste la chercheuse.",
    ],
    quotes: [
      [
        "Quand j’ai vu les traces, j’ai compris, se souvient Claire Dumas, géologue au Muséum. Ce sont " +
          "des sauropodes.",
        "Claire Dumas",
      ],
      ["exceptionnel", "Claire Dumas"],
    ],
  },
  {
    name:
      "« a confié le natif de Ténès » : une origine décrit la personne nommée juste avant, non un " +
      "organisme nommé d’après la ville",
    paragraphs: [
      "Le héros de la soirée s’appelle Zakaria Bouhalfaya. « C’est le plus beau jour de ma carrière », a " +
        "confié le natif de Ténès.",
    ],
    quotes: [["C’est le plus beau jour de ma carrière", "Zakaria Bouhalfaya"]],
  },
  {
    name:
      "« au micro de la télévision nationale » après « le natif de Ténès » : le lieu où l’on parle " +
      "n’est pas le rôle de la ville lue comme un nom",
    paragraphs: [
      "Le héros de la soirée s’appelle Zakaria Bouhalfaya. « C’est le plus beau jour de ma carrière », a " +
        "confié le natif de Ténès au micro de la télévision nationale.",
    ],
    quotes: [["C’est le plus beau jour de ma carrière", "Zakaria Bouhalfaya"]],
  },
  {
    name:
      "« l’ancienne joueuse du Racing » : le nom qualifié d’un adjectif avant son complément est celui " +
      "d’une personne",
    paragraphs: [
      "Camille Leroux a remporté le tournoi. « Je n’y croyais plus », a souri l’ancienne joueuse du Racing.",
    ],
    quotes: [["Je n’y croyais plus", "Camille Leroux"]],
  },
  {
    name: "« la native de Lyon » après un homme nommé : le genre l’écarte, elle parle en son nom",
    paragraphs: [
      "Le maire Paul Morel a ouvert la séance. « C’est le plus beau jour », a confié la native de Lyon.",
    ],
    quotes: [["C’est le plus beau jour", "la native de Lyon"]],
  },
  {
    name:
      "« le nouveau conseil de Lyon », « la mairie de Lyon » : un organisme nommé d’après la ville reste " +
      "un organisme",
    paragraphs: [
      "Paul Morel a présenté le budget. « Nous refusons », a indiqué le nouveau conseil de Lyon.",
      "« Rien n’est décidé », a répondu la mairie de Lyon.",
    ],
    quotes: [
      ["Nous refusons", "le nouveau conseil de Lyon"],
      ["Rien n’est décidé", "la mairie de Lyon"],
    ],
  },
  {
    name:
      "« du Conseil scolaire Centre-Nord » : un nom d’organisme qui ne capitalise que son premier mot " +
      "se poursuit au-delà d’un qualificatif, et le nom en apposition parle",
    paragraphs: [
      "« C’est une victoire », a réagi la présidente du Conseil scolaire Centre-Nord, Monique Arsenault, " +
        "en entrevue.",
      "« Nous attendrons », a ajouté le président de la Commission scolaire Marie-Victorin.",
      "« Rien ne va », a déclaré le président du Conseil constitutionnel Laurent Fabius.",
    ],
    quotes: [
      ["C’est une victoire", "Monique Arsenault"],
      ["Nous attendrons", "le président de la Commission scolaire Marie-Victorin"],
      ["Rien ne va", "Laurent Fabius"],
    ],
  },
  {
    name: "« la tribune Nord » : le nom d’une tribune de stade n’est personne",
    paragraphs: ["« C’était mieux avant », se souvient un abonné de la tribune Nord."],
    quotes: [["C’était mieux avant", "un abonné de la tribune Nord"]],
  },
  {
    name:
      "« surnommé “le Petit Prince du Djurdjura” » : un surnom entre guillemets, article compris, " +
      "n’est personne",
    paragraphs: [
      "Le buteur, surnommé « le Petit Prince du Djurdjura » par les supporters, a marqué deux fois. « J’en " +
        "rêvais », a confié l’attaquant.",
    ],
    quotes: [["J’en rêvais", "l’attaquant"]],
  },
  {
    name:
      "« …, lâche une infirmière » au titre, les mêmes mots au corps dits par une personne nommée : " +
      "l’entrée prend le nom ; pas celui d’une personne de l’autre genre",
    headline: "Grève : « Nous n’en pouvons plus », lâche une infirmière",
    paragraphs: [
      "Les urgences de Tulle sont fermées depuis lundi. « Nous n’en pouvons plus. Trois nuits de suite " +
        "sans relève », raconte Claire Dumas, infirmière depuis vingt ans.",
    ],
    quotes: [
      ["Nous n’en pouvons plus", "Claire Dumas"],
      ["Nous n’en pouvons plus. Trois nuits de suite sans relève", "Claire Dumas"],
    ],
  },
  {
    name: "négatif : « lâche une infirmière » au titre, les mêmes mots au corps dits par un homme",
    headline: "Grève : « Nous n’en pouvons plus », lâche une infirmière",
    paragraphs: [
      "Les urgences de Tulle sont fermées depuis lundi. « Nous n’en pouvons plus. Trois nuits de suite " +
        "sans relève », raconte Paul Dumas, le directeur.",
    ],
    quotes: [
      ["Nous n’en pouvons plus", "une infirmière"],
      ["Nous n’en pouvons plus. Trois nuits de suite sans relève", "Paul Dumas"],
    ],
  },
  {
    name:
      "« la gauche dénonce « … » » au titre, les mêmes mots au corps après le verbe d’une personne " +
      "nommée : l’entrée prend le nom, d’un genre ou de l’autre (un groupe n’a que le genre de son nom)",
    headline: "Budget : la gauche dénonce « un passage en force »",
    paragraphs: [
      "La présidente du groupe socialiste, Hélène Castagnet, a aussitôt dénoncé « un passage en force ».",
    ],
    quotes: [["un passage en force", "Hélène Castagnet"]],
  },
  {
    name: "« l’opposition fustige « … » » au titre, un homme nommé le dit au corps : l’entrée est la sienne",
    headline: "Réforme des retraites : l’opposition fustige « un déni de démocratie »",
    paragraphs: ["Le député Marc Roussel a fustigé mardi « un déni de démocratie » dans l’hémicycle."],
    quotes: [["un déni de démocratie", "Marc Roussel"]],
  },
  {
    name: "négatif : « la gauche dénonce « … » » au titre, un député qu’on ne nomme pas le dit au corps",
    headline: "Budget : la gauche dénonce « un passage en force »",
    paragraphs: [
      "La présidente du groupe socialiste, Hélène Castagnet, a pris la parole. Un député écologiste a " +
        "aussitôt dénoncé « un passage en force ».",
    ],
    quotes: [["un passage en force", "la gauche"]],
  },
  {
    name: "négatif : le titre nomme lui-même qui dit les mots, le corps ne donne qu’une fonction",
    headline: "Budget : Hélène Castagnet dénonce « un passage en force »",
    paragraphs: ["La présidente du groupe a aussitôt dénoncé « un passage en force »."],
    quotes: [["un passage en force", "Hélène Castagnet"]],
  },
  {
    name:
      "« la pharmacienne prévient « … » » au titre, les mêmes mots ouvrent au corps une citation sans " +
      "verbe de la titulaire nommée : l’entrée du titre prend le nom",
    headline: "Braquée pour la troisième fois, la pharmacienne prévient « cette fois, je ferme »",
    paragraphs: [
      "« Ils savaient exactement où chercher », raconte la titulaire, Nadia Belkacem, 52 ans.",
      "« Cette fois, je ferme. Je ne vais pas attendre qu’il y ait un mort.",
    ],
    quotes: [
      ["cette fois, je ferme", "Nadia Belkacem"],
      ["Ils savaient exactement où chercher", "Nadia Belkacem"],
      ["Cette fois, je ferme. Je ne vais pas attendre qu’il y ait un mort.", "Nadia Belkacem"],
    ],
  },
  {
    name: "négatif : « la pharmacienne » au titre, les mêmes mots au corps dans la bouche de son mari nommé",
    headline: "Braquée pour la troisième fois, la pharmacienne prévient « cette fois, je ferme »",
    paragraphs: [
      "« Ils savaient exactement où chercher », raconte Paul Belkacem, le mari de la titulaire.",
      "« Cette fois, je ferme. Je ne vais pas attendre qu’il y ait un mort.",
    ],
    quotes: [
      ["cette fois, je ferme", "la pharmacienne"],
      ["Ils savaient exactement où chercher", "Paul Belkacem"],
      ["Cette fois, je ferme. Je ne vais pas attendre qu’il y ait un mort.", "Paul Belkacem"],
    ],
  },
  {
    name:
      "« Club : X offre …, « … » » au titre : l’avant-titre avant le deux-points est le sujet de " +
      "l’article, le sujet de la proposition qui suit dit les mots",
    headline: "RC Lens : Diarra offre le derby aux Sang et Or, « une soirée pour les gens du bassin minier »",
    paragraphs: [
      "Malik Diarra a surgi au premier poteau pour offrir au RC Lens une victoire face au LOSC.",
      "« Je l’ai senti dès que Jo a levé la tête », souriait l’attaquant en zone mixte. « C’est une soirée " +
        "pour les gens du bassin minier. Ils le méritent. »",
    ],
    quotes: [
      ["une soirée pour les gens du bassin minier", "Malik Diarra"],
      ["Je l’ai senti dès que Jo a levé la tête", "Malik Diarra"],
      ["C’est une soirée pour les gens du bassin minier. Ils le méritent.", "Malik Diarra"],
    ],
  },
  {
    name:
      "« La police » au chapeau, « la Police cantonale vaudoise » dans le texte : le nom court du chapeau " +
      "est l’organisme que le texte nomme",
    standfirst: "Trois suspects ont été arrêtés. La police salue « un travail de fourmi ».",
    paragraphs: [
      "Dans un communiqué, la Police cantonale vaudoise indique que les suspects « ont tenté de forcer " +
        "le barrage ».",
    ],
    quotes: [
      ["un travail de fourmi", "la Police cantonale vaudoise"],
      ["ont tenté de forcer le barrage", "la Police cantonale vaudoise"],
    ],
  },
  {
    name: "« La police » au chapeau, le texte ne nommant aucune police (négatif) : elle parle telle quelle",
    standfirst: "Trois suspects ont été arrêtés. La police salue « un travail de fourmi ».",
    paragraphs: [
      "Dans un communiqué, le parquet indique que les suspects « ont tenté de forcer le barrage ».",
    ],
    quotes: [
      ["un travail de fourmi", "La police"],
      ["ont tenté de forcer le barrage", "le parquet"],
    ],
  },
  {
    name:
      "« calcule la première », « La seconde hausse les épaules : » : l’ordinal sujet d’un verbe et de " +
      "son complément",
    paragraphs: [
      "Fatou Diallo, étudiante, fait le trajet avec sa voisine Awa Sarr, vendeuse au marché. « Ça fait " +
        "4 000 francs par mois », calcule la première. La seconde hausse les épaules : « On reprendra " +
        "le car. »",
      "L’avocate Inès Morel et la juge Claire Petit se sont croisées au palais. « Le dossier est vide », " +
        "estime la première. La seconde refuse la critique : « Le droit a été appliqué. »",
      "Le maire Paul Roux a reçu le préfet Marc Dumas. « Les travaux commencent lundi », a dit le " +
        "premier. Le second chiffre la facture : « Huit millions d’euros. »",
    ],
    quotes: [
      ["Ça fait 4 000 francs par mois", "Fatou Diallo"],
      ["On reprendra le car.", "Awa Sarr"],
      ["Le dossier est vide", "Inès Morel"],
      ["Le droit a été appliqué.", "Claire Petit"],
      ["Les travaux commencent lundi", "Paul Roux"],
      ["Huit millions d’euros.", "Marc Dumas"],
    ],
  },
  {
    name:
      "négatif : « la seconde hausse des prix », « la première fois cette saison » : l’ordinal ouvre un " +
      "nom, la citation va à l’autre femme nommée",
    paragraphs: [
      "La maire Julie Roy et la députée Léa Fabre ont voté le budget. La seconde hausse des tarifs a " +
        "pourtant été rejetée. « C’est un mauvais signal », a regretté la députée.",
      "La maire Julie Roy et la députée Léa Fabre ont reçu les parents. Pour la première fois cette " +
        "année, la cantine ouvre en août. « Nous tenons parole », a assuré la maire.",
    ],
    quotes: [
      ["C’est un mauvais signal", "Léa Fabre"],
      ["Nous tenons parole", "Julie Roy"],
    ],
  },
  {
    name: "L’étude … Elle note que « … » : le pronom reprend le document sujet, de genre tu par l’élision",
    paragraphs: [
      "Marie Roy, hydrologue, a présenté les relevés lundi. L’étude attribue la reprise à la qualité de " +
        "l’eau. Elle note toutefois que la progression reste « fragile et très inégale ».",
      "Le ministre Paul Roy était à Rennes mardi. L’enquête a été publiée jeudi. Elle révèle que les " +
        "loyers ont « fortement augmenté ».",
    ],
    quotes: [
      ["fragile et très inégale", "L’étude"],
      ["fortement augmenté", "L’enquête"],
    ],
  },
  {
    name: "Le rapport a été remis au ministre X. « … », a-t-il déclaré (négatif : la personne de la phrase)",
    paragraphs: [
      "Le rapport a été remis mardi au ministre Paul Roy. « Nous allons agir vite », a-t-il déclaré.",
      "L’étude a été présentée à la ministre Anne Roy. Elle estime que ses conclusions sont « solides ».",
    ],
    quotes: [
      ["Nous allons agir vite", "Paul Roy"],
      ["solides", "Anne Roy"],
    ],
  },
  {
    name: "le SPW Mobilité rappelait que « … » : un sigle ouvre le nom de l’organisme après son article",
    paragraphs: [
      "Dans un courrier, le SPW Mobilité rappelait que le permis était « caduc depuis mars ».",
      "Vendredi, la CGT Cheminots a dénoncé « une provocation ».",
    ],
    quotes: [
      ["caduc depuis mars", "le SPW Mobilité"],
      ["une provocation", "la CGT Cheminots"],
    ],
  },
  {
    name: "le député PS X, le PDG Y (négatifs) : un sigle de parti ou de fonction n’ouvre pas le nom",
    paragraphs: [
      "Le député PS Jean Dupont a dit que c’était « une erreur ».",
      "Vendredi, le PDG Moreau a assuré que l’usine était « rentable ».",
    ],
    quotes: [
      ["une erreur", "Jean Dupont"],
      ["rentable", "Moreau"],
    ],
  },
  {
    name:
      "La Direction de santé publique de X se veut … Elle juge « … » : l’adjectif avant le complément " +
      "du nom",
    paragraphs: [
      "La Direction de santé publique de Montréal se veut rassurante. Dans un avis, elle juge le risque " +
        "« faible ».",
      "La Police municipale de Nice a publié un bilan. Elle évoque « une nuit calme ».",
    ],
    quotes: [
      ["faible", "La Direction de santé publique de Montréal"],
      ["une nuit calme", "La Police municipale de Nice"],
    ],
  },
  {
    name:
      "L’Instance tunisienne de l’investissement (TIA) relève …, mais pointe « … » : l’adjectif d’un " +
      "organisme avant un complément en minuscules",
    paragraphs: [
      "Dans son rapport annuel, l’Instance tunisienne de l’investissement (TIA) relève une hausse des " +
        "projets, mais pointe « une concentration excessive sur la capitale ».",
      "L’Agence nationale de développement publie son bilan et juge la reprise « encore fragile ».",
      "La Caisse nationale d’assurance maladie constate une hausse des dépenses, mais estime la " +
        "trajectoire « tenable ».",
    ],
    quotes: [
      ["une concentration excessive sur la capitale", "l’Instance tunisienne de l’investissement"],
      ["encore fragile", "L’Agence nationale de développement"],
      ["tenable", "La Caisse nationale d’assurance maladie"],
    ],
  },
  {
    name:
      "Le Syndicat national de l’éducation et de la culture a salué … : « et » avant un second " +
      "complément du nom",
    paragraphs: [
      "L’Office national de la chasse et de la faune sauvage constate une baisse des effectifs et " +
        "juge la situation « préoccupante ».",
    ],
    quotes: [["préoccupante", "L’Office national de la chasse et de la faune sauvage"]],
  },
  {
    name:
      "La Commission européenne propose de … (négatif) : « de » et un infinitif suivent un verbe, pas " +
      "un adjectif",
    paragraphs: [
      "La Commission européenne propose de renforcer les contrôles et juge la réforme « indispensable ».",
    ],
    quotes: [["indispensable", "La Commission européenne"]],
  },
  {
    name: "La Région applique de nouvelles règles … (négatif) : un pluriel après « de » est un objet",
    paragraphs: ["La Région applique de nouvelles règles et juge la réforme « indispensable »."],
    quotes: [["indispensable", "La Région"]],
  },
  {
    name: "La mairie réagit dans … ; La préfecture parle de X … (négatifs) : le verbe avant son complément",
    paragraphs: [
      "La mairie réagit dans un communiqué. Elle juge la décision « très prématurée ».",
      "La préfecture parle de Bordeaux comme d’un exemple. Elle juge le risque « maîtrisé ».",
    ],
    quotes: [
      ["très prématurée", "La mairie"],
      ["maîtrisé", "La préfecture"],
    ],
  },
  {
    name: "Un pêcheur du port qui … a résumé la situation : « … » (un inconnu sujet, sans verbe de parole)",
    paragraphs: [
      "Le maire Paul Roux a défendu le projet devant le conseil.",
      "Un pêcheur du port qui travaille ici depuis trente ans a résumé la situation sur le quai : " +
        "« Personne ne traverse avec ce vent. »",
    ],
    quotes: [["Personne ne traverse avec ce vent.", "Un pêcheur du port"]],
  },
  {
    name: "X a parlé avec un pêcheur : « … » (négatif : le complément indéfini ne parle pas, le sujet)",
    paragraphs: ["Le maire Paul Roux a parlé avec un pêcheur sur le quai : « Le ferry repartira lundi. »"],
    quotes: [["Le ferry repartira lundi.", "Paul Roux"]],
  },
  {
    name: "X, 78 ans, et sa voisine Y, 45 ans … soupire la retraitée (la seule d’âge à l’être)",
    paragraphs: [
      "Sur le quai, Marie-Thérèse Malgorn, 78 ans, et sa voisine Anne Kerbrat, 45 ans, attendaient " +
        "le bateau. « Je devais voir mon cardiologue hier », soupire la retraitée.",
    ],
    quotes: [["Je devais voir mon cardiologue hier", "Marie-Thérèse Malgorn"]],
  },
  {
    name: "X, 45 ans, et sa voisine Y, 78 ans … soupire la retraitée (la plus proche, qui l’est)",
    paragraphs: [
      "Sur le quai, Anne Kerbrat, 45 ans, et sa voisine Marie-Thérèse Malgorn, 78 ans, attendaient " +
        "le bateau. « Je devais voir mon cardiologue hier », soupire la retraitée.",
    ],
    quotes: [["Je devais voir mon cardiologue hier", "Marie-Thérèse Malgorn"]],
  },
  {
    name: "X et sa voisine Y, sans âge … soupire la retraitée (aucun âge : la plus proche)",
    paragraphs: [
      "Sur le quai, Marie-Thérèse Malgorn et sa voisine Anne Kerbrat attendaient le bateau. « Je " +
        "devais voir mon cardiologue hier », soupire la retraitée.",
    ],
    quotes: [["Je devais voir mon cardiologue hier", "Anne Kerbrat"]],
  },
  {
    name: "la gardienne X et la capitaine Y … a souri la portière (la gardienne, en d’autres mots)",
    paragraphs: [
      "Au cœur de cette remontée, la gardienne Prisca Mbemba et la capitaine Grâce Nkounkou. « On ne " +
        "pouvait pas perdre », a raconté la capitaine. « Les deux jets de 7 mètres, c’est ce que je " +
        "retiendrai », a souri la portière.",
    ],
    quotes: [
      ["On ne pouvait pas perdre", "Grâce Nkounkou"],
      ["Les deux jets de 7 mètres, c’est ce que je retiendrai", "Prisca Mbemba"],
    ],
  },
  {
    name: "le gardien X et son coéquipier Y … a regretté le portier lillois (pas le plus proche)",
    paragraphs: [
      "Le gardien Lucas Vanhoutte et son coéquipier Benjamin Aït-Ali sont sortis les derniers. « On " +
        "a manqué de concentration », a regretté le portier lillois.",
    ],
    quotes: [["On a manqué de concentration", "Lucas Vanhoutte"]],
  },
  {
    name: "nom d’organisme en minuscules, « et des » : un second complément du même nom",
    paragraphs: [
      "Un rapport de l’Institut national de la statistique et des études économiques, publié jeudi, " +
        "estime que la hausse des prix est « passagère ».",
      "Un rapport de l’Institut mauritanien de recherches océanographiques et des pêches estime que le " +
        "stock est « en état de surexploitation avancée ».",
    ],
    quotes: [
      ["passagère", "Un rapport de l’Institut national de la statistique et des études économiques"],
      [
        "en état de surexploitation avancée",
        "Un rapport de l’Institut mauritanien de recherches océanographiques et des pêches",
      ],
    ],
  },
  {
    name: "« et des » puis des personnes ou un organisme : un second sujet, pas le nom de l’organisme",
    paragraphs: [
      "Le ministère de la Santé et de nombreux médecins jugent la hausse « inquiétante ».",
      "Le ministère de la Santé et des syndicats jugent la hausse « préoccupante ».",
    ],
    quotes: [
      ["inquiétante", "de nombreux médecins"],
      ["préoccupante", "des syndicats"],
    ],
  },
  {
    name: "relative après un document qu’une préposition introduit (au cahier des charges …, qui prévoit)",
    paragraphs: [
      "Contacté, le syndicat mixte renvoie au cahier des charges de la concession, qui prévoit « un " +
        "service minimum garanti » en cas de grève.",
      "La mairie renvoie au rapport d’expertise, qui évoque « des fissures superficielles ».",
    ],
    quotes: [
      ["un service minimum garanti", "le cahier des charges de la concession"],
      ["des fissures superficielles", "le rapport d’expertise"],
    ],
  },
  {
    name: "relative après un organisme qu’une préposition introduit : le sujet parle",
    paragraphs: [
      "Le maire renvoie au conseil municipal, qui tranchera, et juge la polémique « totalement stérile ».",
    ],
    quotes: [["totalement stérile", "Le maire"]],
  },
  {
    name: "document et son complément (cahier des charges) avant un participe daté",
    paragraphs: [
      "Le cahier des charges publié en mars par la région impose « au moins deux rotations par jour ».",
    ],
    quotes: [["au moins deux rotations par jour", "Le cahier des charges"]],
  },
  {
    name: "sa collègue, le parti, puis le nom : le parti n’est pas du nom",
    paragraphs: [
      "Sa collègue Horizons Julie Marchand, rapporteure du texte, défend la réforme. « Nous avons écouté " +
        "tout le monde », a-t-elle répliqué.",
      "« Le texte est bancal », juge son collègue Jean Le Fur.",
    ],
    quotes: [
      ["Nous avons écouté tout le monde", "Julie Marchand"],
      ["Le texte est bancal", "Jean Le Fur"],
    ],
  },
  {
    name: "un lieu, une personne décrite, un verbe nié et deux-points (sans deux-points, pas de citation)",
    paragraphs: [
      "Devant la mairie, une commerçante ne décolère pas : « Personne ne nous a prévenus. »",
      "Paul Girard, membre du collectif « Boulangers en colère », ne décolère pas. « On a perdu la " +
        "saison », dit-il.",
    ],
    quotes: [
      ["Personne ne nous a prévenus.", "une commerçante"],
      ["On a perdu la saison", "Paul Girard"],
    ],
  },
  {
    name: "« l’une des » et un nom de personne au pluriel, sujet avant deux-points (une chose ne parle pas)",
    paragraphs: [
      "« Nous respectons la décision », a déclaré Me Olivier Jacquemin.",
      "L’une des anciennes serveuses, présente à l’audience, n’a pas caché son émotion : « Je n’avais " +
        "droit à rien. »",
      "Une des infirmières, épuisée, n’a pas caché sa colère : « On tient avec des bouts de ficelle. »",
      "L’une des pistes, étudiée depuis mars, a été abandonnée : « trop chère », selon le maire, Paul Roy.",
    ],
    quotes: [
      ["Nous respectons la décision", "Olivier Jacquemin"],
      ["Je n’avais droit à rien.", "L’une des anciennes serveuses"],
      ["On tient avec des bouts de ficelle.", "Une des infirmières"],
      ["trop chère", "Paul Roy"],
    ],
  },
  {
    name: "une œuvre entre guillemets puis « , de » et son auteur : titre, et le sujet avant lui parle",
    paragraphs: [
      "La présidente du jury, Hélène Marçais, a défendu son choix.",
      "Une autre jurée, qui soutenait « Fleuve », de Mathieu Sorel, regrette à demi-mot « un palmarès " +
        "sans surprise ».",
      "Un libraire, qui défendait « Les Heures blanches », de Claire Morin, dit « une année sans audace ».",
      "« Je reste dans la course », a dit Paul Brun, de Lyon. Paul Brun, de Lyon, assure « ne rien " +
        "regretter ».",
    ],
    quotes: [
      ["un palmarès sans surprise", "Une autre jurée"],
      ["une année sans audace", "Un libraire"],
      ["Je reste dans la course", "Paul Brun"],
      ["ne rien regretter", "Paul Brun"],
    ],
  },
  {
    name: "un nom breton et sa particule « ar » (« Penn ar Bed ») reste entier",
    paragraphs: [
      "Une avarie a contraint la compagnie Penn ar Bed à retirer le navire.",
      "Dans un communiqué, Penn ar Bed indique que « les pièces ont été commandées ».",
    ],
    quotes: [["les pièces ont été commandées", "Penn ar Bed"]],
  },
  {
    name: "« la Région » après « la Région Bretagne » : le premier mot capitalisé de son nom",
    paragraphs: [
      "La Région Bretagne a voté son budget lundi.",
      "La Région promet une solution « d’ici la fin de la semaine ».",
    ],
    quotes: [["d’ici la fin de la semaine", "La Région Bretagne"]],
  },
  {
    name: "« la Région » sans corps nommé qui s’ouvre sur ce mot reste telle quelle",
    paragraphs: [
      "Le conseil régional a voté son budget lundi.",
      "La Région promet une solution « d’ici la fin de la semaine ».",
    ],
    quotes: [["d’ici la fin de la semaine", "La Région"]],
  },
  {
    name: "« Pour X, il faut … : » : le « il » d’un verbe impersonnel n’est personne (« il semble » l’est)",
    paragraphs: [
      "« La chaleur s’accumule », explique Geneviève Tremblay-Roy, géographe.",
      "Pour Mme Tremblay-Roy, il faut désormais repenser l’aménagement : « On ne peut plus construire " +
        "comme avant. »",
      "Paul Roy, le maire, est arrivé tard au conseil. Il semble las : « Je n’ai pas dormi de la nuit. »",
    ],
    quotes: [
      ["La chaleur s’accumule", "Geneviève Tremblay-Roy"],
      ["On ne peut plus construire comme avant.", "Geneviève Tremblay-Roy"],
      ["Je n’ai pas dormi de la nuit.", "Paul Roy"],
    ],
  },
  {
    name:
      "« Le quadragénaire » deux paragraphes après « Fabrice Lemaire, 47 ans », une femme citée entre " +
      "les deux, et « a-t-il expliqué » dans les guillemets : celui dont l’âge est écrit",
    paragraphs: [
      "Le tribunal s’est penché jeudi sur le dossier de Fabrice Lemaire, 47 ans, ancien gérant d’un café.",
      "Selon l’auditorat, le prévenu a employé six personnes. « Il y a eu un système organisé », a " +
        "insisté la substitute Nathalie Dewez.",
      "Le quadragénaire a reconnu une partie des faits. « J’étais dépassé, a-t-il expliqué à la barre. " +
        "Le café perdait de l’argent. »",
    ],
    quotes: [
      ["Il y a eu un système organisé", "Nathalie Dewez"],
      ["J’étais dépassé, a-t-il expliqué à la barre. Le café perdait de l’argent.", "Fabrice Lemaire"],
    ],
  },
  {
    name: "« a reconnu le quadragénaire » trois paragraphes après l’âge écrit : celui dont l’âge est écrit",
    paragraphs: [
      "Le tribunal s’est penché jeudi sur le dossier de Fabrice Lemaire, 47 ans, ancien gérant d’un café.",
      "Selon l’auditorat, le prévenu a employé six personnes. « Il y a eu un système organisé », a " +
        "insisté la substitute Nathalie Dewez.",
      "Le parquet a requis un an de prison.",
      "« J’étais dépassé », a reconnu le quadragénaire.",
    ],
    quotes: [
      ["Il y a eu un système organisé", "Nathalie Dewez"],
      ["J’étais dépassé", "Fabrice Lemaire"],
    ],
  },
  {
    name:
      "« a reconnu le quadragénaire » loin de deux hommes de 47 et 44 ans (négatif) : deux personnes " +
      "vont, la description reste telle qu’écrite",
    paragraphs: [
      "Le tribunal a jugé Fabrice Lemaire, 47 ans, et son associé Paul Roy, 44 ans.",
      "Selon l’auditorat, le café a employé six personnes. « Il y a eu un système organisé », a insisté " +
        "la substitute Nathalie Dewez.",
      "« J’étais dépassé », a reconnu le quadragénaire.",
    ],
    quotes: [
      ["Il y a eu un système organisé", "Nathalie Dewez"],
      ["J’étais dépassé", "le quadragénaire"],
    ],
  },
  {
    name:
      "« témoigne la victime » au chapeau, le seul nommé du premier paragraphe sans fonction : " +
      "celui à qui c’est arrivé, quoique le texte ne dise jamais « victime »",
    headline: "Orléans : un livreur agressé à La Source",
    standfirst: "Le jeune homme a été hospitalisé. « J’ai cru que j’allais y rester », témoigne la victime.",
    paragraphs: ["Mardi soir, Yanis Bellamy, 23 ans, livreur, a été pris à partie par quatre individus."],
    quotes: [["J’ai cru que j’allais y rester", "Yanis Bellamy"]],
  },
  {
    name: "« témoigne la victime » au chapeau, le premier paragraphe ne nommant que le maire (négatif)",
    headline: "Orléans : un livreur agressé à La Source",
    standfirst: "Le jeune homme a été hospitalisé. « J’ai cru que j’allais y rester », témoigne la victime.",
    paragraphs: ["Mardi soir, le maire, Paul Renaud, a dénoncé l’agression d’un livreur."],
    quotes: [["J’ai cru que j’allais y rester", "la victime"]],
  },
  {
    name: "« témoigne la victime » au chapeau, deux livreurs nommés ensuite (négatif) : deux vont",
    headline: "Orléans : deux livreurs agressés à La Source",
    standfirst:
      "Les deux jeunes gens ont été hospitalisés. « J’ai cru que j’allais y rester », témoigne la victime.",
    paragraphs: [
      "Mardi soir, Yanis Bellamy et Karim Dahou, deux livreurs, ont été pris à partie par quatre individus.",
    ],
    quotes: [["J’ai cru que j’allais y rester", "la victime"]],
  },
  {
    name:
      "« a confié la victime » après le maire agressé puis le procureur cité (négatif) : deux hommes " +
      "vont, la description reste",
    paragraphs: [
      "Le maire de Vierzon, Paul Renaud, a été agressé samedi à la sortie d’une réunion publique.",
      "« Ils étaient trois », a déclaré le procureur Marc Olivier. « J’ai eu très peur », a confié la " +
        "victime.",
    ],
    quotes: [
      ["Ils étaient trois", "Marc Olivier"],
      ["J’ai eu très peur", "la victime"],
    ],
  },
  {
    name:
      "« Une habitante parle d’un « … » » au chapeau, le mot dans la citation d’une femme nommée au " +
      "texte : celle-ci",
    standfirst: "Les nuits sont devenues impossibles rue Verte. Une habitante parle d’un « cauchemar ».",
    paragraphs: ["Marie Lenoir vit au troisième étage. « C’est un cauchemar, on ne dort plus », dit-elle."],
    quotes: [
      ["cauchemar", "Marie Lenoir"],
      ["C’est un cauchemar, on ne dort plus", "Marie Lenoir"],
    ],
  },
  {
    name:
      "verbe de parole, sujet document : le rapport de X sur Y, publié …, souligne que « … » (le document " +
      "entier parle, « sur » compris)",
    paragraphs: [
      "Le rapport de la Fondation pour le logement sur le mal-logement, publié en février, souligne que « " +
        "quatre millions de personnes sont mal logées ».",
      "L’étude de l’Inserm sur le sommeil des adolescents, publiée mardi, alerte sur « une dette de " +
        "sommeil chronique ».",
    ],
    quotes: [
      [
        "quatre millions de personnes sont mal logées",
        "Le rapport de la Fondation pour le logement sur le mal-logement",
      ],
      ["une dette de sommeil chronique", "L’étude de l’Inserm sur le sommeil des adolescents"],
    ],
  },
  {
    name:
      "négatif : l’auteur du rapport sur Y, X qui a contribué au rapport : la personne parle, pas le " +
      "document ni son sujet",
    paragraphs: [
      "L’auteur du rapport sur la pauvreté, publié jeudi, estime que « la précarité s’installe ».",
      "Un chercheur qui a contribué à l’étude sur les loyers juge que « la hausse va durer ».",
    ],
    quotes: [
      ["la précarité s’installe", "L’auteur du rapport sur la pauvreté"],
      ["la hausse va durer", "Un chercheur"],
    ],
  },
  {
    name:
      "verbe de document au passé composé : une étude de X, réalisée en …, avait établi / a montré que " +
      "« … »",
    paragraphs: [
      "Une étude de l’université de Genève, réalisée en 2021, avait établi que « les abeilles " +
        "reconnaissent les visages humains ».",
      "Le rapport du Sénat a montré que « la dépense a doublé en dix ans ».",
    ],
    quotes: [
      ["les abeilles reconnaissent les visages humains", "Une étude de l’université de Genève"],
      ["la dépense a doublé en dix ans", "Le rapport du Sénat"],
    ],
  },
  {
    name:
      "a salué « … », tout en appelant à … : le complément du gérondif n’est pas un sujet inversé, le " +
      "sujet d’avant parle",
    paragraphs: [
      "Le préfet Paul Roy a salué « une mobilisation exemplaire », tout en appelant à renforcer les " +
        "contrôles aux frontières.",
      "« Les communes ont fait leur part », a estimé la ministre Anne Leroy, en soulignant l’effort des " +
        "maires.",
    ],
    quotes: [
      ["une mobilisation exemplaire", "Paul Roy"],
      ["Les communes ont fait leur part", "Anne Leroy"],
    ],
  },
  {
    name:
      "office servi au nom du Roi avant le nom : le procureur est nommé ; le fils du Roi Philippe et le " +
      "conseiller du Roi Mohammed VI restent décrits",
    paragraphs: [
      "« Il encaissait, puis il disparaissait », a résumé le substitut du procureur du Roi Grégory " +
        "Lambotte, qui a requis quatre ans.",
      "Selon la commissaire du Roi Anne Dupont, « rien n’est joué ».",
      "« Le dossier est solide », a déclaré le procureur du Roi de Charleroi, Vincent Fiasse.",
      "« Mon père était inquiet », a déclaré le fils du Roi Philippe.",
      "« Le Palais suit le dossier », a glissé un conseiller du Roi Mohammed VI.",
    ],
    quotes: [
      ["Il encaissait, puis il disparaissait", "Grégory Lambotte"],
      ["rien n’est joué", "Anne Dupont"],
      ["Le dossier est solide", "Vincent Fiasse"],
      ["Mon père était inquiet", "le fils du Roi Philippe"],
      ["Le Palais suit le dossier", "un conseiller du Roi Mohammed VI"],
    ],
  },
  {
    name:
      "« le technicien » est l’entraîneur nommé avant, même avec un gentilé de ville entre l’office et le " +
      "nom et le gardien nommé après lui",
    paragraphs: [
      "L’entraîneur sierrois Stéphane Morard a salué son gardien, Nicolas Berthod, auteur de 41 arrêts. " +
        "« Il nous a gardés en vie », estimait le technicien. « Le coach exagère », a rigolé le portier.",
    ],
    quotes: [
      ["Il nous a gardés en vie", "Stéphane Morard"],
      ["Le coach exagère", "Nicolas Berthod"],
    ],
  },
  {
    name: "« la technicienne » est la sélectionneuse nommée avant sa gardienne",
    paragraphs: [
      "La sélectionneuse Corinne Diacre a salué sa gardienne, Sarah Bouhaddi. « Elle nous a sauvées », a " +
        "estimé la technicienne.",
    ],
    quotes: [["Elle nous a sauvées", "Corinne Diacre"]],
  },
  {
    name: "« le technicien » hors du sport : le technicien de la mairie nommé avant, pas l’adjoint",
    paragraphs: [
      "Un technicien de la mairie, Paul Roux, a inspecté le pont avec l’adjoint Marc Petit. « La structure " +
        "est saine », a indiqué le technicien.",
    ],
    quotes: [["La structure est saine", "Paul Roux"]],
  },
  {
    name:
      "réponse sans verbe après une phrase sur le prévenu (décrit par son âge ou nommé) : la " +
      "parole passe au prévenu, pas à la présidente qui a posé la question",
    paragraphs: [
      "Le tribunal a jugé mardi Franck Leroy, 52 ans, couvreur.",
      "« Pourquoi ? », a interrogé la présidente, Claire Hamelin. Le quinquagénaire a baissé la tête. " +
        "« J’espérais me refaire. »",
      "« Vous le regrettez ? », a demandé Claire Hamelin. Franck Leroy a hoché la tête. « Tous les jours. »",
    ],
    quotes: [
      ["Pourquoi ?", "Claire Hamelin"],
      ["J’espérais me refaire.", "Franck Leroy"],
      ["Vous le regrettez ?", "Claire Hamelin"],
      ["Tous les jours.", "Franck Leroy"],
    ],
  },
  {
    name: "suite sans verbe après une phrase sans personne pour sujet : l’oratrice d’avant garde la parole",
    paragraphs: [
      "« Nous irons jusqu’au bout », a déclaré la maire Anne Roy. La salle a applaudi longuement. « Rien " +
        "ne nous arrêtera. »",
    ],
    quotes: [
      ["Nous irons jusqu’au bout", "Anne Roy"],
      ["Rien ne nous arrêtera.", "Anne Roy"],
    ],
  },
  {
    name:
      "titre ouvert sur une citation que le corps reprend sans verbe après une première source : la " +
      "citation du titre est à qui le corps la donne, pas au premier à parler",
    headline: "« Nos enfants marcheront sur la route » : colère à Rivière-Rouge",
    paragraphs: [
      "Dans une lettre aux parents, la commission scolaire explique que le circuit « n’est plus rentable ».",
      "L’argument passe mal chez Julie Caron, qui habite au bord de la route 117. « Nos enfants " +
        "marcheront sur la route, sans trottoir. »",
    ],
    quotes: [
      ["Nos enfants marcheront sur la route", "Julie Caron"],
      ["n’est plus rentable", "la commission scolaire"],
      ["Nos enfants marcheront sur la route, sans trottoir.", "Julie Caron"],
    ],
  },
  {
    name:
      "incise « dit l’autrice » dans les guillemets après un paragraphe nommant un autre écrivain : le " +
      "sujet de l’article, déjà cité, parle",
    headline: "Claire Dumas, la mémoire des vallées noyées",
    paragraphs: [
      "« J’avais 12 ans quand j’ai vu la photo », raconte Claire Dumas, 46 ans.",
      "Le texte emprunte son épigraphe à un roman de Paul Berger.",
      "« Un lecteur m’a écrit, dit l’autrice. C’est le plus beau compliment. »",
      "Elle travaille au suivant, qu’elle décrit comme « plus sec, plus court ».",
    ],
    quotes: [
      ["J’avais 12 ans quand j’ai vu la photo", "Claire Dumas"],
      ["Un lecteur m’a écrit, dit l’autrice. C’est le plus beau compliment.", "Claire Dumas"],
      ["plus sec, plus court", "Claire Dumas"],
    ],
  },
  {
    name:
      "« dit l’autrice » sans sujet d’article cité avant : la description reste telle quelle, et un " +
      "auteur d’un autre genre n’est pas elle",
    paragraphs: [
      "Le texte emprunte son épigraphe à un roman de Paul Berger.",
      "« Un lecteur m’a écrit », dit l’autrice.",
    ],
    quotes: [["Un lecteur m’a écrit", "l’autrice"]],
  },
  {
    name: "« son éditrice, X » puis « confie-t-elle » : « son » devant une voyelle ne dit pas le masculin",
    paragraphs: [
      "« J’avais 12 ans », raconte Claire Dumas.",
      "Son éditrice, Anne-Sophie Lamarque, se souvient d’un manuscrit. « Je l’ai lu dans la nuit », " +
        "confie-t-elle.",
    ],
    quotes: [
      ["J’avais 12 ans", "Claire Dumas"],
      ["Je l’ai lu dans la nuit", "Anne-Sophie Lamarque"],
    ],
  },
  {
    name:
      "la victime nommée, puis « le videur a décrit la scène : » : le nom de métier sujet avant ses " +
      "deux-points est la personne nommée juste avant",
    paragraphs: [
      "La victime, Yannick Prigent, 45 ans, souffre de troubles de la vision. Appelé à la barre, le " +
        "videur a décrit la scène : « Il est arrivé par derrière. »",
    ],
    quotes: [["Il est arrivé par derrière.", "Yannick Prigent"]],
  },
  {
    name:
      "« glisse un député Renaissance » : après « un député », un seul mot capitalisé est le parti, pas " +
      "un nom ; après « le député », un nom",
    paragraphs: [
      "« Le chômage remonte », glisse un député Renaissance qui requiert l’anonymat.",
      "« Nous voterons contre », prévient une sénatrice Horizons.",
      "« Ce texte est injuste », a dénoncé le député Dupont.",
    ],
    quotes: [
      ["Le chômage remonte", "un député Renaissance"],
      ["Nous voterons contre", "une sénatrice Horizons"],
      ["Ce texte est injuste", "Dupont"],
    ],
  },
  {
    name:
      "« la Région » après « Vice-président de la Région Bretagne chargé des mobilités » : le nom propre " +
      "clôt le nom de la collectivité, le nom de métier minuscule après lui n’en est pas la tête",
    paragraphs: [
      "Vice-président de la Région Bretagne chargé des mobilités, Loïc Hamon assure que la collectivité " +
        "« étudie l’affrètement d’un navire ». La Région, autorité organisatrice des liaisons maritimes, " +
        "promet une solution « d’ici la fin de la semaine ».",
    ],
    quotes: [
      ["étudie l’affrètement d’un navire", "Loïc Hamon"],
      ["d’ici la fin de la semaine", "La Région Bretagne"],
    ],
  },
  {
    name:
      "« l’entreprise assure » des paragraphes après « l’entreprise Vallon Béton », seule entreprise " +
      "nommée ; deux entreprises nommées : la description telle qu’écrite",
    paragraphs: [
      "La préfecture a mis en demeure l’entreprise Vallon Béton après la pollution de la rivière.",
      "Les riverains se plaignent depuis des semaines.",
      "Les pêcheurs demandent une indemnisation.",
      "Le maire a réuni son conseil lundi.",
      "L’entreprise assure dans un communiqué qu’elle « respecte toutes les normes ».",
    ],
    quotes: [["respecte toutes les normes", "Vallon Béton"]],
  },
  {
    name: "« l’entreprise assure » loin après deux entreprises nommées : aucune des deux",
    paragraphs: [
      "La préfecture a mis en demeure l’entreprise Vallon Béton et l’entreprise Granulats Morin.",
      "Les riverains se plaignent depuis des semaines.",
      "Les pêcheurs demandent une indemnisation.",
      "Le maire a réuni son conseil lundi.",
      "L’entreprise assure dans un communiqué qu’elle « respecte toutes les normes ».",
    ],
    quotes: [["respecte toutes les normes", "L’entreprise"]],
  },
  {
    name:
      "« a indiqué le club » après « le FC Nantes », « le consortium » après « le consortium Alliance " +
      "Tramway » ; « le club adverse » en est un autre",
    paragraphs: [
      "Le FC Nantes a limogé son entraîneur lundi. « Nous le remercions », a indiqué le club.",
      "Le consortium Alliance Tramway a remporté le marché. « La ligne ouvrira en mai », a précisé le " +
        "consortium.",
      "Le FC Nantes a battu Lyon samedi. « Une victoire méritée », a estimé le club adverse.",
    ],
    quotes: [
      ["Nous le remercions", "Le FC Nantes"],
      ["La ligne ouvrira en mai", "Alliance Tramway"],
      ["Une victoire méritée", "le club adverse"],
    ],
  },
  {
    name:
      "« a indiqué le groupe » après « le groupe français Vallon » : une nationalité entre le nom du " +
      "corps et son nom laisse le nom au corps",
    paragraphs: [
      "Le groupe français Vallon a annoncé 300 suppressions de postes. « Nous n’avons pas le choix », a " +
        "indiqué le groupe.",
    ],
    quotes: [["Nous n’avons pas le choix", "Vallon"]],
  },
  {
    name:
      "« le portier a décrit la scène : » au bout de son paragraphe, la citation au suivant : le nom de " +
      "métier est la victime nommée juste avant ; une femme nommée avant ne l’est pas",
    paragraphs: [
      "La victime, Yannick Prigent, 45 ans, souffre toujours. Appelé à la barre, le portier a décrit la " +
        "scène :",
      "« Il est arrivé par derrière. »",
    ],
    quotes: [["Il est arrivé par derrière.", "Yannick Prigent"]],
  },
  {
    name: "« le portier a décrit la scène : » après une procureure nommée : le portier est un autre",
    paragraphs: [
      "La procureure, Gwenaëlle Riou, a requis un an. Appelé à la barre, le portier a décrit la scène :",
      "« Il était ivre. »",
    ],
    quotes: [["Il était ivre.", "le portier"]],
  },
  {
    name:
      "« la députée socialiste de l’Ariège X » : l’adjectif d’un parti entre la fonction et son lieu, " +
      "le nom après le lieu est la personne ; après « un militant », le lieu reste à la description",
    paragraphs: [
      "« On fait payer la facture aux plus fragiles », a dénoncé la députée socialiste de l’Ariège " +
        "Martine Soulé-Castan.",
      "« Ce budget est injuste », a jugé le maire communiste de Vierzon Paul Roy.",
      "« Rien ne change », lance un militant écologiste de Nantes.",
    ],
    quotes: [
      ["On fait payer la facture aux plus fragiles", "Martine Soulé-Castan"],
      ["Ce budget est injuste", "Paul Roy"],
      ["Rien ne change", "un militant écologiste de Nantes"],
    ],
  },
  {
    name:
      "« Un patient de X » puis « lance ce père de cinq enfants » : le patient décrit sans nom est celui " +
      "que la description suivante reprend",
    paragraphs: [
      "Un patient de Mitsamiouli, rencontré dans la file d’attente, n’a pas ce luxe. « Faites le " +
        "calcul », lance ce père de cinq enfants.",
    ],
    quotes: [["Faites le calcul", "Un patient de Mitsamiouli"]],
  },
  {
    name:
      "« son gardien, X, auteur de … », le technicien cité, puis « a rigolé le portier » : le portier est " +
      "le gardien que le paragraphe a nommé, pas l’entraîneur qui vient de parler",
    paragraphs: [
      "L’entraîneur sierrois Stéphane Morard a salué son gardien, Nicolas Berthod, auteur de 41 arrêts. " +
        "« Il nous a gardés en vie », estimait le technicien. « Le coach exagère », a rigolé le portier.",
    ],
    quotes: [
      ["Il nous a gardés en vie", "Stéphane Morard"],
      ["Le coach exagère", "Nicolas Berthod"],
    ],
  },
  {
    name:
      "« Kévin L. » puis « L. » seul puis « a déclaré le trentenaire » : l’initiale d’un prévenu le nomme " +
      "encore",
    paragraphs: [
      "Kévin L., 31 ans, comparaissait jeudi pour des violences.",
      "Selon l’enquête, L. avait bu. Le prévenu a reconnu les faits. « Je ne me reconnais pas », a " +
        "déclaré le trentenaire.",
    ],
    quotes: [["Je ne me reconnais pas", "Kévin L."]],
  },
  {
    name:
      "incise dans les guillemets ouverte par les clitiques de qui l’entend : nous confie X, " +
      "m’explique-t-elle, lui répond la maire",
    paragraphs: [
      "La maire, Anne Roux, a reçu le préfet Paul Girard. « Nous manquons de tout », dit-il.",
      "« Rien n’est fait, nous confie Anne Roux. Il faut agir vite. »",
      "« Le préfet temporise, m’explique-t-elle. Nous, nous attendons. »",
      "« Les crédits arriveront, lui répond le préfet. Mais pas avant l’été. »",
    ],
    quotes: [
      ["Nous manquons de tout", "Paul Girard"],
      ["Rien n’est fait, nous confie Anne Roux. Il faut agir vite.", "Anne Roux"],
      ["Le préfet temporise, m’explique-t-elle. Nous, nous attendons.", "Anne Roux"],
      ["Les crédits arriveront, lui répond le préfet. Mais pas avant l’été.", "Paul Girard"],
    ],
  },
  {
    name:
      "incise dans les guillemets au verbe non listé : grince-t-elle, s’est-elle désolée, tempête la " +
      "maire (négatifs : « reste la maison », une infinitive après deux virgules)",
    paragraphs: [
      "La maire, Anne Roux, a reçu le préfet Paul Girard. « Nous manquons de tout », dit-il.",
      "« Rien n’est fait, grince-t-elle. Il faut agir vite. »",
      "« On attend depuis deux ans, s’est-elle désolée. C’est trop long. »",
      "« Personne ne bouge, tempête la maire. Personne ! »",
      "Paul Girard, lui, reste serein. « On a tout perdu, reste la maison. »",
      "« On ne peut pas, en même temps, enlever les autobus aux gens », a-t-il ajouté.",
    ],
    quotes: [
      ["Nous manquons de tout", "Paul Girard"],
      ["Rien n’est fait, grince-t-elle. Il faut agir vite.", "Anne Roux"],
      ["On attend depuis deux ans, s’est-elle désolée. C’est trop long.", "Anne Roux"],
      ["Personne ne bouge, tempête la maire. Personne !", "Anne Roux"],
      ["On a tout perdu, reste la maison.", "Paul Girard"],
      ["On ne peut pas, en même temps, enlever les autobus aux gens", "Paul Girard"],
    ],
  },
  {
    name:
      "« le technicien » dans l’incise : l’entraîneur, le sélectionneur ou le directeur sportif " +
      "d’une équipe cycliste ; un technicien nommé après l’incise reste le sien",
    paragraphs: [
      "Le maillot jaune, Mads Kristensen, a perdu du temps. Son directeur sportif, Yannick Le Goff, " +
        "était furieux. « Il a manqué de lucidité, a ajouté le technicien. Il le sait. »",
      "L’élève Hugo Delorme, 15 ans, a remporté le concours. Le directeur de l’école, Paul Roux, " +
        "salue son travail. « Il n’a jamais lâché », a glissé le technicien du club, Marc Petit.",
    ],
    quotes: [
      ["Il a manqué de lucidité, a ajouté le technicien. Il le sait.", "Yannick Le Goff"],
      ["Il n’a jamais lâché", "Marc Petit"],
    ],
  },
  {
    name:
      "un document ou un organisme sujet d’un verbe à clitique : le rapport la décrit comme « … », " +
      "le ministère le qualifie de « … »",
    paragraphs: [
      "Le maire, Réjean Lamoureux, s’est dit soulagé.",
      "Le rapport présentenciel la décrit comme « une personne isolée, aux prises avec une dépendance ».",
      "Le ministère le qualifie de « projet prioritaire ».",
      "Un rapport la juge « très isolée ».",
    ],
    quotes: [
      ["une personne isolée, aux prises avec une dépendance", "Le rapport présentenciel"],
      ["projet prioritaire", "Le ministère"],
      ["très isolée", "Un rapport"],
    ],
  },
  {
    name:
      "deux noms sans déterminant joints dans le complément du document : le rapport de la direction " +
      "des examens et concours pointe « … » (négatif : une proposition jointe par « et »)",
    paragraphs: [
      "Le ministre Paul Roux a salué les résultats.",
      "Le rapport de la direction des examens et concours pointe toutefois « des écarts " +
        "préoccupants entre zones urbaines et rurales ».",
      "Le rapport est paru et Paul Roux pointe « des progrès réels ».",
    ],
    quotes: [
      [
        "des écarts préoccupants entre zones urbaines et rurales",
        "Le rapport de la direction des examens et concours",
      ],
      ["des progrès réels", "Paul Roux"],
    ],
  },
  {
    name:
      "une incise entre virgules entre l’auxiliaire et le participe : le ministère avait, dans un " +
      "communiqué, appelé à « … » ; la maire a, mardi soir, qualifié de « … »",
    paragraphs: [
      "Le médecin-chef, Abdoulaye Sagna, est inquiet. « Les pistes sont coupées », a-t-il déclaré.",
      "Le ministère de la Santé avait, dans un communiqué publié la semaine dernière, appelé les " +
        "parents à faire vacciner leurs enfants « même s’ils ont déjà reçu une dose ».",
      "La maire, Anne Roux, a, mardi soir, qualifié le projet de « vraie menace pour le quartier ».",
    ],
    quotes: [
      ["Les pistes sont coupées", "Abdoulaye Sagna"],
      ["même s’ils ont déjà reçu une dose", "Le ministère de la Santé"],
      ["vraie menace pour le quartier", "Anne Roux"],
    ],
  },
  {
    name: "écriture inclusive au point médian : les Vert·e·s demandent « … », les élu·e·s",
    paragraphs: [
      "Une retraitée du quartier arrose ses plants. « Je n’avais plus de jardin », sourit-elle.",
      "Dans un postulat, les Vert·e·s demandent d’étudier « d’autres parkings sous-utilisés ».",
      "Les élu·e·s socialistes dénoncent « un projet bâclé, fait sans concertation ».",
    ],
    quotes: [
      ["Je n’avais plus de jardin", "Une retraitée du quartier"],
      ["d’autres parkings sous-utilisés", "les Vert·e·s"],
      ["un projet bâclé, fait sans concertation", "Les élu·e·s socialistes"],
    ],
  },
  {
    name:
      "« …, explique-t-elle » après « D’après X, … » : la source de la phrase d’avant rapporte ses " +
      "paroles, le pronom est à elle, pas à la dernière à avoir parlé (la cosmochimiste, une -iste)",
    paragraphs: [
      "La planétologue Hélène Roussel et la cosmochimiste Claire Mesnil ont examiné le fragment. « La " +
        "pierre n’a pas été altérée », souligne la cosmochimiste.",
      "D’après Hélène Roussel, l’objet provenait de la ceinture d’astéroïdes. « On peut remonter sa " +
        "trajectoire, explique-t-elle. C’est une source classique. »",
    ],
    quotes: [
      ["La pierre n’a pas été altérée", "Claire Mesnil"],
      ["On peut remonter sa trajectoire, explique-t-elle. C’est une source classique.", "Hélène Roussel"],
    ],
  },
  {
    name: "« … », a confié le talonneur, après deux joueurs : le poste nomme le joueur qui l’occupe",
    paragraphs: [
      "Le talonneur Julien Marchand a marqué deux essais. Le pilier Cyril Baille a été exclu.",
      "« On a tenu jusqu’au bout », a confié le talonneur.",
    ],
    quotes: [["On a tenu jusqu’au bout", "Julien Marchand"]],
  },
  {
    name:
      "« Ciments de l’Ébrié (CDE) va … », puis « précise le cimentier » (un nom de société suivi de ses " +
      "initiales, puis le nom de son métier)",
    paragraphs: [
      "Ciments de l’Ébrié (CDE) va porter la capacité de son usine à 2 millions de tonnes. Dans un " +
        "communiqué, le cimentier précise : « Les travaux démarreront en 2025. »",
      "Brasseries du Niger (BDN) a annoncé la fermeture d’une ligne. « Nous n’avons pas le choix », a " +
        "indiqué le brasseur.",
    ],
    quotes: [
      ["Les travaux démarreront en 2025.", "Ciments de l’Ébrié"],
      ["Nous n’avons pas le choix", "Brasseries du Niger"],
    ],
  },
  {
    name:
      "négatifs : « Giscard d’Estaing » (une particule élidée), « Anne Roy (PS) », « du Directeur de " +
      "l’Audit »",
    paragraphs: [
      "« Je reviendrai », a déclaré Valéry Giscard d’Estaing. « Bien sûr », a ajouté Giscard d’Estaing.",
      "Anne Roy (PS) a voté contre. « C’est injuste », a-t-elle dit.",
      "Le rapport du Directeur de l’Audit relève « une planification défaillante des achats ».",
    ],
    quotes: [
      ["Je reviendrai", "Valéry Giscard d’Estaing"],
      ["Bien sûr", "Valéry Giscard d’Estaing"],
      ["C’est injuste", "Anne Roy"],
      ["une planification défaillante des achats", "Le rapport du Directeur de l’Audit"],
    ],
  },
  {
    name:
      "une description indéfinie lue jusqu’à un participe dont la préposition reste hors d’elle " +
      "(« croisé » devant « devant la mairie ») s’arrête avant le participe ; négatifs : un participe " +
      "avec son complément (« affecté au commissariat », « basée à Moroni »), « britannique » (un " +
      "adjectif)",
    paragraphs: [
      "« On n’a plus de bus après 20 heures », lâche un habitant croisé devant la mairie.",
      "« Le chantier a trop duré », résume une commerçante installée sur la place depuis vingt ans.",
      "« Il fait trop chaud », souffle une touriste rencontrée sur le port.",
      "« Le ton monte », raconte un policier affecté au commissariat.",
      "« On attend des réponses », confie une infirmière basée à Moroni.",
      "« Le film est trop long », tranche un critique britannique à la sortie.",
    ],
    quotes: [
      ["On n’a plus de bus après 20 heures", "un habitant"],
      ["Le chantier a trop duré", "une commerçante"],
      ["Il fait trop chaud", "une touriste"],
      ["Le ton monte", "un policier affecté au commissariat"],
      ["On attend des réponses", "une infirmière basée à Moroni"],
      ["Le film est trop long", "un critique britannique"],
    ],
  },
  {
    name:
      "un sujet sans nom, une incise sans verbe entre virgules, puis son verbe et deux-points (« Une " +
      "spectatrice de Lyon, une cloche à la main, était enrouée : ») ; négatif : un nom dans l’incise",
    paragraphs: [
      "« Nous sommes fiers », a écrit le club.",
      "Une spectatrice de Lyon, une cloche à la main, était déjà enrouée : « Ce n’était pas aussi bruyant " +
        "depuis des années. »",
      "La maire Anne Roy pense aux parkings : « Les cars stationnent ici. » Un voisin, en route vers le " +
        "travail, secoue la tête : « C’est trop. »",
      "Un spectateur de Lyon, Marc Petit, était enroué : « Quelle journée. »",
    ],
    quotes: [
      ["Nous sommes fiers", "le club"],
      ["Ce n’était pas aussi bruyant depuis des années.", "Une spectatrice de Lyon"],
      ["Les cars stationnent ici.", "Anne Roy"],
      ["C’est trop.", "Un voisin"],
      ["Quelle journée.", "Marc Petit"],
    ],
  },
  {
    name:
      "le point de vue d’un organisme en tête de phrase (« Pour le syndicat CGT, c’est « … » ») : " +
      "l’organisme le tient ; négatif : un groupe de personnes, le verbe après la citation décide",
    paragraphs: [
      "Le syndicaliste Luc Reuter critique les délais.",
      "Pour le syndicat CGT, c’est « un scandale pour un pays riche ».",
      "Pour les enfants, l’offre est « gratuite et ouverte à tous », a dit Reuter.",
    ],
    quotes: [
      ["un scandale pour un pays riche", "CGT"],
      ["gratuite et ouverte à tous", "Luc Reuter"],
    ],
  },
  {
    name:
      "« Anne et Claire Morel » : deux prénoms joints devant un seul nom font deux noms complets, et " +
      "« Sa sœur Anne » est Anne Morel",
    paragraphs: [
      "Les skieuses Anne et Claire Morel ont remporté le relais dimanche.",
      "« On a tout donné », a déclaré Claire Morel.",
      "Sa sœur Anne a expliqué que la course avait été rude. « La neige était lourde », a confié la " +
        "skieuse de 24 ans.",
    ],
    quotes: [
      ["On a tout donné", "Claire Morel"],
      ["La neige était lourde", "Anne Morel"],
    ],
  },
  {
    name:
      "« Le député Jean Roux (Les Républicains, Var), rapporteur du texte, a jugé » : la virgule entre " +
      "parenthèses ne clôt pas le groupe, le député parle, pas sa circonscription",
    paragraphs: [
      "Le député Jean Roux (Les Républicains, Var), rapporteur du texte, a jugé la mesure « très " +
        "insuffisante ».",
      "La sénatrice Claire Vasseur (PS, Gironde), membre de la commission, a dénoncé « un recul ».",
    ],
    quotes: [
      ["très insuffisante", "Jean Roux"],
      ["un recul", "Claire Vasseur"],
    ],
  },
  {
    name:
      "« l’évêque » puis « l’archevêque » pour le prélat nommé avant avec « Mgr » ; « le P. » devant le " +
      "nom d’un prêtre, qui parle ensuite avec une incise « reconnaît-il » dans les guillemets",
    paragraphs: [
      "Mgr Hervé Castagne a publié une lettre aux fidèles. L’évêque y réclame « un sursaut des laïcs ».",
      "À Lyon, Mgr Bruno Rivel a béni la cathédrale restaurée. L’archevêque a salué « un chantier " +
        "exemplaire ».",
      "Curé de la paroisse, le P. Denis Carrel a réuni les bénévoles. « Nous étions trop peu, " +
        "reconnaît-il. Ils sont venus nombreux. »",
      // Négatif : une initiale après un prénom (« Sylvia P. Moreau ») n’est pas le titre du prêtre.
      "« Nous resterons », a dit Sylvia P. Moreau, fondatrice du collectif.",
    ],
    quotes: [
      ["un sursaut des laïcs", "Hervé Castagne"],
      ["un chantier exemplaire", "Bruno Rivel"],
      ["Nous étions trop peu, reconnaît-il. Ils sont venus nombreux.", "Denis Carrel"],
      ["Nous resterons", "Sylvia P. Moreau"],
    ],
  },
  {
    name:
      "« Aït » ou « Ait » au milieu d’un nom berbère en fait partie (« Karim Aït Larbi ») ; négatif : le " +
      "subjonctif « ait » en minuscule n’ouvre aucun nom",
    paragraphs: [
      "« Le chauffage ne marche plus », a déclaré Nadia Ait Menguellet, mère d’un élève.",
      "« Il faut que l’école ait Pierre Morel comme directeur », a ajouté Karim Aït Larbi.",
    ],
    quotes: [
      ["Le chauffage ne marche plus", "Nadia Ait Menguellet"],
      ["Il faut que l’école ait Pierre Morel comme directeur", "Karim Aït Larbi"],
    ],
  },
  {
    name:
      "chapô « explique sa directrice », le corps nomme quelqu’un puis le reprend par « La directrice de " +
      "la coopérative » : c’est la personne nommée",
    standfirst:
      "La coopérative ouvre un second magasin. « On ne pouvait plus attendre », explique sa directrice.",
    paragraphs: [
      "Le nouveau point de vente ouvrira en mars à Dinan.",
      "Derrière le comptoir, Claire Le Bihan rangeait les cagettes. La directrice de la coopérative a " +
        "porté le projet pendant trois ans.",
    ],
    quotes: [["On ne pouvait plus attendre", "Claire Le Bihan"]],
  },
  {
    name:
      "chapô « résume son président », deux présidents repris ainsi dans le corps (négatif) : la " +
      "description reste telle quelle",
    standfirst:
      "Le club a réuni 400 anciens joueurs samedi. « Une famille avant tout », résume son président.",
    paragraphs: [
      "Dans la tribune, Marc Delvaux savourait. Le président du club recevait les anciens.",
      "À ses côtés, Luc Remy souriait. Le président de la ligue provinciale avait fait le déplacement.",
    ],
    quotes: [["Une famille avant tout", "son président"]],
  },
  {
    name:
      "Un acte d’une assemblée (délibération, directive, convention, motion) parle comme un document " +
      "par « précise que » / « stipule que » ; négatif : « la motion de censure » sujet d’un autre verbe",
    paragraphs: [
      "Pour le conseiller municipal Luc Ferrand, le projet « arrive bien tard ». « Les riverains " +
        "attendent depuis dix ans », a-t-il regretté.",
      "La directive précise que les États membres « devront transposer le texte avant 2027 ».",
      "La convention collective stipule que les salariés « bénéficient d’un repos compensateur ».",
      "La motion de censure a été rejetée, mais le député Paul Viguier a jugé le vote « inquiétant ».",
    ],
    quotes: [
      ["arrive bien tard", "Luc Ferrand"],
      ["Les riverains attendent depuis dix ans", "Luc Ferrand"],
      ["devront transposer le texte avant 2027", "La directive"],
      ["bénéficient d’un repos compensateur", "La convention collective"],
      ["inquiétant", "Paul Viguier"],
    ],
  },
  {
    name:
      "Une personne non nommée sujet avant deux-points après un lieu puis un moment entre virgules " +
      "(« Sur le quai, vers midi, un voyageur … : »), pas l’organisme cité juste avant",
    paragraphs: [
      "La SNCF reconnaît « des retards importants » sur ses trains du week-end.",
      "Sur le quai de la gare, vers midi, un voyageur de Nantes consultait le tableau : « Encore une " +
        "heure de retard. »",
      "Au stade Bollaert, samedi soir, une supportrice de Lens agitait son écharpe : « On y croit encore. »",
    ],
    quotes: [
      ["des retards importants", "La SNCF"],
      ["Encore une heure de retard.", "un voyageur de Nantes"],
      ["On y croit encore.", "une supportrice de Lens"],
    ],
  },
  {
    name:
      "Le nom d’une page, d’une chaîne ou d’un compte en ligne entre guillemets n’est pas une citation ; " +
      "négatif : « une page « sombre » de l’histoire » reste les mots du maire, et « sur sa page : « … » »",
    paragraphs: [
      "La préfecture détaille les restrictions d’eau sur la page « Sécheresse 2026 » de son site.",
      "Le club diffuse ses matchs sur sa chaîne « Bastia TV » et relaie les horaires sur son compte " +
        "« Info Supporters ».",
      "Le maire Luc Roy évoque une page « sombre » de l’histoire communale.",
      "Sa première adjointe, Nadia Perrin, a écrit sur sa page : « Je reste à mon poste. »",
    ],
    quotes: [
      ["sombre", "Luc Roy"],
      ["Je reste à mon poste.", "Nadia Perrin"],
    ],
  },
  {
    name: "« Son mari », « Sa mère » après une famille nommée : l’autre membre du même nom, du genre du nom",
    paragraphs: [
      "Mardi, Claire et Antoine Vernet ont rallumé le four de l’ancienne boulangerie de Saint-Aubin. « On " +
        "n’imaginait pas autant de monde », raconte Claire Vernet.",
      "Son mari pétrit la pâte dès quatre heures. « Le pain, c’est une affaire de patience », dit-il.",
      "La ferme appartient à Louise Perrin depuis 1988. Sa fille Inès Perrin la rejoint chaque été. " +
        "« Je ne me vois pas ailleurs », confie Inès Perrin. Sa mère sourit : « Elle a toujours aimé " +
        "les bêtes. »",
    ],
    quotes: [
      ["On n’imaginait pas autant de monde", "Claire Vernet"],
      ["Le pain, c’est une affaire de patience", "Antoine Vernet"],
      ["Je ne me vois pas ailleurs", "Inès Perrin"],
      ["Elle a toujours aimé les bêtes.", "Louise Perrin"],
    ],
  },
  {
    name: "négatif : « son mari » d’une femme dont l’article ne nomme pas le mari reste un inconnu",
    paragraphs: [
      "Martine Lagarde tient la mercerie depuis trente ans. « Je ne vends plus que des boutons », dit " +
        "Martine Lagarde.",
      "Son mari l’aide le samedi. « Elle connaît chaque cliente », assure son mari.",
    ],
    quotes: [
      ["Je ne vends plus que des boutons", "Martine Lagarde"],
      ["Elle connaît chaque cliente", "son mari"],
    ],
  },
  {
    name:
      "les explications du prévenu, qui invoquait « … » : un nom de ce qui est dit en tête du groupe, " +
      "ses paroles sont celles de son auteur, que la relative reprend ; pas un document (le rapport)",
    paragraphs: [
      "Nadia Ferhat, 38 ans, comparaissait pour escroquerie.",
      "Le tribunal a écarté les explications de la prévenue, qui invoquait « un simple oubli de " +
        "déclaration ».",
      "Sylvain Roche, 44 ans, était jugé pour abus de biens sociaux.",
      "La procureure a démonté les justifications du prévenu, qui parlait d’« avances sur salaire ».",
      "Le tribunal a aussi écarté le rapport de l’expert, qui évoquait « une fissure ancienne ».",
    ],
    quotes: [
      ["un simple oubli de déclaration", "Nadia Ferhat"],
      ["avances sur salaire", "Sylvain Roche"],
      ["une fissure ancienne", "le rapport de l’expert"],
    ],
  },
  {
    name:
      "Réponse du prévenu : « … » : l’auteur décrit prend l’article (et le genre) que porte « du », et " +
      "désigne la personne nommée ainsi décrite, pas la présidente nommée entre-temps",
    paragraphs: [
      "Le tribunal de police jugeait Lucien Ferrand, 63 ans, ancien trésorier du club de pétanque.",
      "La présidente, Odile Garnier, l’a interrogé sur les factures. Réponse du prévenu : « Tout le monde " +
        "faisait comme ça. »",
    ],
    quotes: [["Tout le monde faisait comme ça.", "Lucien Ferrand"]],
  },
  {
    name:
      "« le RHJu » après « le Réseau hospitalier jurassien (RHJu) » : un sigle qui finit par une " +
      "minuscule prend le nom qui le définit ; négatif : un sigle jamais développé reste tel qu’écrit",
    paragraphs: [
      "Le Réseau hospitalier jurassien (RHJu) a annoncé la fermeture de la maternité de Porrentruy.",
      "Le RHJu évoque « une décision douloureuse ».",
      "La Caisse cantonale vaudoise de compensation (CCVDe) a relevé ses tarifs. La CCVDe parle d’une " +
        "hausse « inévitable ».",
      "Le RHNe, lui, promet « une solution d’ici l’été ».",
    ],
    quotes: [
      ["une décision douloureuse", "Le Réseau hospitalier jurassien"],
      ["inévitable", "La Caisse cantonale vaudoise de compensation"],
      ["une solution d’ici l’été", "Le RHNe"],
    ],
  },
  {
    name:
      "« L’astronome de l’Observatoire de Genève Claire Dufour » : le métier de scientifique avant le " +
      "corps et le nom est une fonction, le nom qui suit le corps est celui de la personne",
    paragraphs: [
      "L’astronome de l’Observatoire de Genève Claire Dufour l’assure : « La comète reviendra. »",
      "« Les semis ont trois semaines de retard », note l’agronome de la Chambre d’agriculture Paul Mercier.",
    ],
    quotes: [
      ["La comète reviendra.", "Claire Dufour"],
      ["Les semis ont trois semaines de retard", "Paul Mercier"],
    ],
  },
  {
    name:
      "« Enedis, dans un communiqué, a indiqué que » : un nom seul en tête de phrase est le sujet du " +
      "verbe de parole par-delà un complément entre virgules ; un adverbe en tête n’est pas un nom",
    paragraphs: [
      "Veolia, dans un communiqué, a indiqué que la coupure serait « brève ».",
      "Le ministre Paul Arce a visité l’usine. Hier, lors d’un point presse, il a assuré que le chantier " +
        "était « terminé ».",
    ],
    quotes: [
      ["brève", "Veolia"],
      ["terminé", "Paul Arce"],
    ],
  },
  {
    name:
      "« a expliqué l’entreprise » après un nom qu’un mot de métier fait d’une entreprise (« Fromagerie " +
      "Vallet », « Transports Giraud ») : pas la personne nommée entre les deux",
    paragraphs: [
      "Fromagerie Vallet ferme son site de Poligny. La déléguée syndicale Julie Marchand dénonce un choc.",
      "« Le lait est trop cher », a expliqué l’entreprise.",
      "Le tribunal de commerce a placé Transports Giraud en redressement. Le délégué CGT Marc Vidal " +
        "parle d’un gâchis.",
      "« Les salaires seront versés », assure la société.",
    ],
    quotes: [
      ["Le lait est trop cher", "Fromagerie Vallet"],
      ["Les salaires seront versés", "Transports Giraud"],
    ],
  },
  {
    name:
      "« l’établissement » pour la banque nommée avant ; « la société Bois du Jura » par son nom entier, " +
      "que « l’entreprise » reprend",
    paragraphs: [
      "La banque Valmont va fermer douze agences en Lorraine.",
      "Dans un communiqué, l’établissement évoque « la baisse de la fréquentation ».",
      "La société Bois du Jura a perdu le marché.",
      "« Nous ferons appel », indique l’entreprise.",
    ],
    quotes: [
      ["la baisse de la fréquentation", "Valmont"],
      ["Nous ferons appel", "Bois du Jura"],
    ],
  },
  {
    name:
      "« l’établissement » sans banque ni entreprise nommée près de lui (un lycée) reste tel qu’écrit " +
      "(quasi-réussite)",
    paragraphs: [
      "Le lycée Jean-Moulin a été évacué mardi.",
      "« Tous les élèves sont sains et saufs », a indiqué l’établissement.",
    ],
    quotes: [["Tous les élèves sont sains et saufs", "l’établissement"]],
  },
  {
    name:
      "« explique l’assureur », « le transporteur » : le nom de sa sorte désigne l’entreprise nommée " +
      "avant (« Assurances Morel », « la compagnie Air Azur »), pas la personne nommée entre les deux",
    paragraphs: [
      "Assurances Morel relève ses tarifs de 8 %. Le courtier Paul Morin parle d’une hausse brutale.",
      "« Les sinistres ont doublé », explique l’assureur.",
      "La compagnie Air Azur supprime trois lignes. Le maire de Pau, Jean Lafitte, s’en désole.",
      "« Ces lignes perdaient de l’argent », explique le transporteur.",
    ],
    quotes: [
      ["Les sinistres ont doublé", "Assurances Morel"],
      ["Ces lignes perdaient de l’argent", "Air Azur"],
    ],
  },
  {
    name:
      "« raconte Paul Morel, l’aîné » … « confie le cadet » : un rang de naissance en apposition distingue " +
      "deux membres d’une famille, et le rang opposé désigne l’autre",
    paragraphs: [
      "Les frères Paul et Hugo Morel ont repris la ferme en 2015. « On a commencé avec six vaches », " +
        "raconte Paul Morel, l’aîné.",
      "Hugo Morel, qui a fait une école d’ingénieur, et son frère Paul ont tout changé. « On a vendu le " +
        "tracteur », confie le cadet.",
      "Claire et Anne Dubreuil tiennent la boulangerie de la place. « On ouvre à cinq heures », explique " +
        "Anne Dubreuil, la cadette.",
      "Claire Dubreuil et sa sœur Anne font aussi les marchés. « On ne dort pas beaucoup », sourit l’aînée.",
    ],
    quotes: [
      ["On a commencé avec six vaches", "Paul Morel"],
      ["On a vendu le tracteur", "Hugo Morel"],
      ["On ouvre à cinq heures", "Anne Dubreuil"],
      ["On ne dort pas beaucoup", "Claire Dubreuil"],
    ],
  },
  {
    name:
      "« l’agriculteur Paul Lefort … dit Lefort » après « la ministre Anne Lefort … a déclaré Lefort » : " +
      "le nom seul abrège celui du même nom cité en entier juste avant dans son paragraphe",
    paragraphs: [
      "La ministre Anne Lefort a annoncé la subvention lundi. « C’est de l’argent pour les régions », a " +
        "déclaré Lefort.",
      "L’opposition juge l’enveloppe trop maigre.",
      "À Vernon, l’agriculteur Paul Lefort est sceptique. « Ça ne réparera pas les routes », dit Lefort.",
      "L’entraîneuse Julie Vasseur a dévoilé sa liste. « Nous sommes prêtes », a dit Vasseur.",
      "Dans l’autre camp, le capitaine Marc Vasseur est blessé. « Je reviendrai vite », assure Vasseur.",
    ],
    quotes: [
      ["C’est de l’argent pour les régions", "Anne Lefort"],
      ["Ça ne réparera pas les routes", "Paul Lefort"],
      ["Nous sommes prêtes", "Julie Vasseur"],
      ["Je reviendrai vite", "Marc Vasseur"],
    ],
  },
  {
    name:
      "négatif : le nom seul dans un paragraphe qui ne nomme personne d’autre de ce nom reste à qui il " +
      "désignait, même si un homonyme a été nommé en entier plus haut",
    paragraphs: [
      "La ministre Anne Lefort a annoncé la subvention lundi. « C’est de l’argent pour les régions », a " +
        "déclaré Lefort.",
      "À Vernon, l’agriculteur Paul Lefort reste sceptique.",
      "En conférence de presse, Lefort a ajouté : « Chaque région aura sa part. »",
    ],
    quotes: [
      ["C’est de l’argent pour les régions", "Anne Lefort"],
      ["Chaque région aura sa part.", "Anne Lefort"],
    ],
  },
  {
    name:
      "« confie Castel père », « assure Castel fils » : le nom de famille suivi d’un nom de parenté " +
      "désigne le membre de la famille que l’article a présenté par cette parenté, ou l’autre",
    paragraphs: [
      "Marc Castel, 64 ans, a ouvert l’atelier de menuiserie en 1990. Son fils, Hugo Castel, 31 ans, l’a " +
        "rejoint en 2015.",
      "« On a tout perdu dans l’incendie », confie Castel père. « On va reconstruire », assure Castel fils.",
      "Nadia Ferhat a repris l’épicerie familiale avec sa mère, Samia Ferhat, en 2019.",
      "« Les clients sont restés », se réjouit Ferhat fille.",
    ],
    quotes: [
      ["On a tout perdu dans l’incendie", "Marc Castel"],
      ["On va reconstruire", "Hugo Castel"],
      ["Les clients sont restés", "Nadia Ferhat"],
    ],
  },
  {
    name:
      "négatif : « Castel fils » quand l’article n’a donné de parenté à aucun des deux Castel reste au nom " +
      "tel qu’écrit",
    paragraphs: [
      "Marc Castel et Hugo Castel tiennent l’atelier de menuiserie depuis 2015.",
      "« On va reconstruire », assure Castel fils.",
    ],
    quotes: [["On va reconstruire", "Castel fils"]],
  },
  {
    name:
      "« Le capitaine Hugo Ferrand – surnommé « le Mur » depuis ses débuts – a assuré que … « … » » : un " +
      "aparté entre tirets se tient entre le sujet et le verbe de parole, un surnom entre guillemets dedans",
    paragraphs: [
      "Le capitaine Hugo Ferrand – surnommé « le Mur » depuis ses débuts au club – a assuré que l’équipe " +
        "était « prête pour la finale ». Son frère, Louis Ferrand, remplaçant, a été plus bref : « On va " +
        "la gagner. »",
      "Le maire Alain Perrot – ancien instituteur du village – a qualifié le projet de « folie pure ».",
    ],
    quotes: [
      ["prête pour la finale", "Hugo Ferrand"],
      ["On va la gagner.", "Louis Ferrand"],
      ["folie pure", "Alain Perrot"],
    ],
  },
  {
    name:
      "« reconnaît le patron », « assure la patronne » : qui dirige l’entreprise, le gérant ou la " +
      "directrice nommés avant, pas l’élu nommé après eux",
    paragraphs: [
      "Le gérant Yves Morel a accueilli le sénateur Hugo Blanc dans l'atelier.",
      "« Nous manquons de bras », reconnaît le patron.",
      "La directrice Claire Vasseur a reçu la députée Inès Roux.",
      "« Nous recrutons dès mars », assure la patronne.",
    ],
    quotes: [
      ["Nous manquons de bras", "Yves Morel"],
      ["Nous recrutons dès mars", "Claire Vasseur"],
    ],
  },
  {
    name:
      "La préfecture a annoncé … puis « … », précise le communiqué : le corps qui annonce a publié " +
      "le communiqué repris dans les deux paragraphes suivants",
    paragraphs: [
      "La préfecture du Gard a annoncé mardi la fermeture de la route départementale.",
      "Une déviation sera mise en place. « La circulation reprendra lundi », précise le communiqué.",
      "La mairie de Tulle a indiqué jeudi que la piscine rouvrirait en juin.",
      "« Les travaux sont terminés », ajoute le communiqué.",
    ],
    quotes: [
      ["La circulation reprendra lundi", "La préfecture du Gard"],
      ["Les travaux sont terminés", "La mairie de Tulle"],
    ],
  },
  {
    name:
      "quasi-réussites : « le communiqué du syndicat » en est un autre ; celui d’un maire reste " +
      "le sien ; sans corps qui annonce, le communiqué parle tel qu’écrit",
    paragraphs: [
      "La préfecture du Gard a annoncé mardi la fermeture de la route.",
      "« Les agents n’ont pas été consultés », précise le communiqué du syndicat Force ouvrière.",
      "Le maire, Paul Roux, a annoncé mardi la fermeture de la route dans un communiqué.",
      "« La circulation reprendra lundi », précise le communiqué.",
      "Une déviation sera mise en place.",
      "Les bus passeront par le centre. « Les horaires restent les mêmes », précise le communiqué.",
    ],
    quotes: [
      ["Les agents n’ont pas été consultés", "le communiqué du syndicat Force ouvrière"],
      ["La circulation reprendra lundi", "Paul Roux"],
      ["Les horaires restent les mêmes", "le communiqué"],
    ],
  },
  {
    name:
      "« … », affirme le SIGLE (négatif) : le nom dont les initiales tombent juste par hasard cède au nom " +
      "que l’article développe entre parenthèses, et le sigle d’un parti après un élu ne prend pas son nom",
    paragraphs: [
      "La Régie des transports urbains a relevé ses tarifs. Le Rassemblement des travailleurs unis (RTU) " +
        "proteste.",
      "« Les salariés paieront deux fois », affirme le RTU.",
      "Le député Pierre Sauvage (PS) a voté contre le texte.",
      "« Nous ne le soutiendrons pas », a réagi le PS.",
    ],
    quotes: [
      ["Les salariés paieront deux fois", "Le Rassemblement des travailleurs unis"],
      ["Nous ne le soutiendrons pas", "le PS"],
    ],
  },
  {
    name:
      "« Directeur général X a reçu … » en tête de phrase, puis « le directeur général » : la fonction " +
      "de deux mots, avec sa majuscule de phrase, est celle de X ; « le magistrat » est le substitut du " +
      "procureur, pas l’avocat nommé avec lui (presque)",
    paragraphs: [
      "Directeur général Paul Morel a reçu la déléguée syndicale Anne Brun.",
      "« Nous allons embaucher », a déclaré le directeur général.",
      "Directrice générale Léa Girard a reçu le maire Hugo Fabre.",
      "« Les commandes reprennent », a déclaré la directrice générale.",
      "Le substitut du procureur Marc Petit a croisé l’avocat Jean Roux.",
      "« Les faits sont graves », a déclaré le magistrat.",
      "« Mon client est innocent », a répondu l’avocat.",
    ],
    quotes: [
      ["Nous allons embaucher", "Paul Morel"],
      ["Les commandes reprennent", "Léa Girard"],
      ["Les faits sont graves", "Marc Petit"],
      ["Mon client est innocent", "Jean Roux"],
    ],
  },
];
for (const c of CASES) {
  test(c.name, { todo: c.todo }, () => {
    const headline: TextBlock[] = c.headline === undefined ? [] : [{ kind: "headline", text: c.headline }];
    const standfirst: TextBlock[] =
      c.standfirst === undefined ? [] : [{ kind: "standfirst", text: c.standfirst }];
    const paragraphs = c.paragraphs.map(
      (b): TextBlock => (typeof b === "string" ? { kind: "paragraph", text: b } : b),
    );
    const result = extractQuotes({ lang: "fr", blocks: [...headline, ...standfirst, ...paragraphs] });
    const found = result.quotes.map((q) => [
      q.text,
      q.speaker === null ? null : result.speakers[q.speaker]!.name,
    ]);
    assert.deepEqual(found, c.quotes);
  });
}
