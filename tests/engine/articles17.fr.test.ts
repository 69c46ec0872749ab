// A seventeenth round of composed French articles, in the styles of outlets and beats the first sixteen
// rounds (articles.fr to articles16.fr) did not use: a heritage house saved by the Laval city council on
// Noovo Info, a fake nurse tried at the Vevey criminal court for RTS Info, a Mouscron football comeback on
// Notélé, a car-parts plant expanding in Kenitra for Le360, the DEF exam results in Bamako for L’Essor,
// nurse practitioners in the Quotidien du Médecin, a drought cutting the Maroni river on Guyane la 1ère,
// Neanderthal footprints on a Norman beach in Geo, a Port-au-Prince painting exhibition in Le National
// (Haïti) and cars set on fire in Saint-Dizier for Le Journal de la Haute-Marne. Every article was written
// for these tests, before the engine was run on them; speakers follow the corpus guidelines (the fullest
// name the article gives, without title; a body or document as named; the shortest description that
// identifies an unnamed source).
import {
  type ArticleCase,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  runArticles,
  withGuillemetSpacing,
} from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Noovo Info, conseil municipal : citation au titre reprise au corps, maire « a fait valoir », " +
      "conseillère de l’opposition en fragment puis « a-t-elle ajouté », nom de maison entre guillemets, " +
      "propriétaire « a indiqué à Noovo Info », la Ville par voie de communiqué",
    headline: "Maison Dubuc : « On ne laissera pas tomber ce bâtiment », promet le maire de Laval",
    paragraphs: [
      "Le conseil municipal de Laval a voté mardi soir une enveloppe de 2,4 millions de dollars pour " +
        "acquérir et restaurer la maison Dubuc, une demeure de pierre de 1789 menacée de démolition " +
        "dans le quartier Sainte-Rose.",
      "« On ne laissera pas tomber ce bâtiment. C’est un morceau de l’histoire de Laval qui était en " +
        "train de s’effondrer sous nos yeux », a fait valoir le maire, Christian Lapointe, en séance.",
      "La résolution a été adoptée à 16 voix contre 4. La conseillère de l’opposition Nadia " +
        "Ghazal a dénoncé un achat « au prix fort » et une décision « prise dans l’urgence, sans " +
        "plan d’affaires ». « Qui va payer l’entretien dans dix ans? Les contribuables », a-t-elle " +
        "ajouté.",
      "Surnommée « la doyenne de Sainte-Rose » par les gens du quartier, la maison est inoccupée " +
        "depuis 2019. Son toit s’est en partie affaissé l’hiver dernier.",
      "Le propriétaire actuel, Yves Charbonneau, se dit soulagé. « Je n’avais pas les moyens de la " +
        "sauver, et je ne voulais pas être celui qui la démolit », a-t-il indiqué à Noovo Info.",
      "Par voie de communiqué, la Ville de Laval précise que les travaux d’urgence « commenceront " +
        "avant les premières neiges » et que le bâtiment pourrait accueillir un centre " +
        "d’interprétation.",
      "Pour Marie-Josée Lanthier, de la Société d’histoire de l’île Jésus, c’est « une victoire " +
        "pour tout le patrimoine lavallois ».",
    ],
    quotes: [
      ["On ne laissera pas tomber ce bâtiment", "Christian Lapointe"],
      [
        "On ne laissera pas tomber ce bâtiment. C’est un morceau de l’histoire de Laval qui était en " +
          "train de s’effondrer sous nos yeux",
        "Christian Lapointe",
      ],
      ["au prix fort", "Nadia Ghazal"],
      ["prise dans l’urgence, sans plan d’affaires", "Nadia Ghazal"],
      ["Qui va payer l’entretien dans dix ans? Les contribuables", "Nadia Ghazal"],
      [
        "Je n’avais pas les moyens de la sauver, et je ne voulais pas être celui qui la démolit",
        "Yves Charbonneau",
      ],
      ["commenceront avant les premières neiges", "la Ville de Laval"],
      ["une victoire pour tout le patrimoine lavallois", "Marie-Josée Lanthier"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "RTS Info, tribunal : « la prévenue » puis « a-t-elle admis », présidente qui lui demande, " +
      "procureur en fragment et deux-points, patiente au prénom, « selon l’acte d’accusation », " +
      "avocat « Me » « plaide »",
    headline: "Une fausse infirmière jugée à Vevey après deux ans de soins à domicile",
    standfirst:
      "Une Vaudoise de 44 ans comparaît devant le Tribunal correctionnel de l’Est vaudois pour avoir " +
      "exercé sans diplôme auprès de patients âgés.",
    paragraphs: [
      "Pendant deux ans, Sandrine Mottier a posé des perfusions, changé des pansements et préparé des " +
        "piluliers chez une trentaine de patients de la Riviera. Elle n’avait pourtant suivi qu’une " +
        "formation d’aide-soignante, jamais achevée.",
      "Selon l’acte d’accusation, elle a présenté à son employeur, une société privée de soins à " +
        "domicile, un diplôme « grossièrement falsifié » d’une haute école de Lausanne.",
      "À la barre, la prévenue n’a pas cherché à nier. « J’ai menti, c’est vrai. Mais je n’ai jamais " +
        "fait de mal à personne, je me suis occupée de ces gens mieux que beaucoup », a-t-elle admis " +
        "d’une voix à peine audible.",
      "« Vous rendez-vous compte qu’une erreur de dosage aurait pu tuer quelqu’un? » lui a demandé la " +
        "présidente, Isabelle Cuendet.",
      "Le procureur Laurent Maillard a dénoncé « un mensonge entretenu jour après jour » et requis " +
        "dix-huit mois avec sursis. Il a rappelé qu’une patiente avait été hospitalisée : « Ce " +
        "n’est que par chance que cette affaire ne s’est pas terminée devant un tribunal criminel. »",
      "Venue témoigner, Gisèle, 87 ans, garde un bon souvenir de « Sandrine ». « Elle était toujours " +
        "à l’heure et elle prenait le temps de parler », a-t-elle raconté.",
      "Son avocat, Me Nicolas Perret, plaide une peine clémente. « Ma cliente a tout perdu : son " +
        "emploi, sa réputation, son logement. Elle a déjà été punie. » Le jugement sera rendu " +
        "vendredi.",
    ],
    quotes: [
      ["grossièrement falsifié", "l’acte d’accusation"],
      [
        "J’ai menti, c’est vrai. Mais je n’ai jamais fait de mal à personne, je me suis occupée de " +
          "ces gens mieux que beaucoup",
        "Sandrine Mottier",
      ],
      ["Vous rendez-vous compte qu’une erreur de dosage aurait pu tuer quelqu’un?", "Isabelle Cuendet"],
      ["un mensonge entretenu jour après jour", "Laurent Maillard"],
      [
        "Ce n’est que par chance que cette affaire ne s’est pas terminée devant un tribunal criminel.",
        "Laurent Maillard",
      ],
      ["Elle était toujours à l’heure et elle prenait le temps de parler", "Gisèle"],
      [
        "Ma cliente a tout perdu : son emploi, sa réputation, son logement. Elle a déjà été punie.",
        "Nicolas Perret",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Notélé, football : guillemets anglais, entraîneur « T1 » après deux-points, buteur « le " +
      "Mouscronnois de 19 ans » puis « sourit-il », capitaine adverse, surnom de tribune, supporter " +
      "au prénom, « au micro de Notélé »",
    headline: "Mouscron renverse Dender et recolle au peloton de tête",
    paragraphs: [
      "Menés 0-2 à la pause, les Hurlus se sont imposés 3-2 samedi soir au Canonnier, grâce à un " +
        "doublé de Nathan Vanhoutte en fin de rencontre.",
      "À la sortie du vestiaire, le T1 Fabien Verhaeghe n’a pas caché sa colère sur la première " +
        "période : “On a été spectateurs pendant quarante-cinq minutes. À la mi-temps, j’ai dit aux " +
        "gars que je préférais perdre en ayant essayé.”",
      "Le message est passé. Entré à l’heure de jeu, Nathan Vanhoutte a d’abord réduit l’écart d’une " +
        "tête, avant de transformer un penalty à la 88e minute. Le Mouscronnois de 19 ans n’en " +
        "revenait pas. “Je n’avais jamais marqué deux fois en équipe première. Je vais mettre du " +
        "temps à redescendre”, sourit-il.",
      "Entre-temps, Kevin Delcourt avait égalisé d’une frappe des 25 mètres, saluée par le kop du " +
        "“Mur jaune”. “Je l’ai prise sans réfléchir, elle est partie toute seule”, a glissé le " +
        "milieu de terrain.",
      "En face, le capitaine de Dender, Jonas Verstraete, ne cherchait pas d’excuses. “On a arrêté " +
        "de jouer après le 2-0. C’est une faute professionnelle”, a-t-il lâché au micro de Notélé.",
      "Dans les tribunes, Christophe, abonné depuis trente ans, savourait : “Des soirées comme ça, " +
        "c’est pour ça qu’on revient chaque semaine, même quand il pleut.”",
      "Mouscron remonte à la quatrième place, à deux points du podium. Déplacement à Lokeren samedi " +
        "prochain.",
    ],
    quotes: [
      [
        "On a été spectateurs pendant quarante-cinq minutes. À la mi-temps, j’ai dit aux gars que je " +
          "préférais perdre en ayant essayé.",
        "Fabien Verhaeghe",
      ],
      [
        "Je n’avais jamais marqué deux fois en équipe première. Je vais mettre du temps à redescendre",
        "Nathan Vanhoutte",
      ],
      ["Je l’ai prise sans réfléchir, elle est partie toute seule", "Kevin Delcourt"],
      ["On a arrêté de jouer après le 2-0. C’est une faute professionnelle", "Jonas Verstraete"],
      [
        "Des soirées comme ça, c’est pour ça qu’on revient chaque semaine, même quand il pleut.",
        "Christophe",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Le360, économie : guillemets sans espace, directeur général « a déclaré à Le360 », " +
      "ministère « selon un communiqué », verbe inversé avant nom, « l’industriel » en fragment, " +
      "fédération par sa voix, économiste « qui a requis l’anonymat » et deux-points",
    todo: "an association named in full before its acronym in brackets is cut to the end of its name",
    headline: "Kénitra: l’équipementier Atlas Câblage double sa capacité et recrute 1.800 personnes",
    paragraphs: [
      "L’équipementier automobile Atlas Câblage a inauguré jeudi une deuxième usine dans la zone " +
        "Atlantic Free Zone de Kénitra. Le site, qui a nécessité un investissement de 620 millions " +
        "de dirhams, produira des faisceaux électriques pour des véhicules hybrides.",
      "«Nous avons choisi Kénitra pour la proximité du port de Tanger Med et pour la qualité de la " +
        "main-d’œuvre formée ici», a déclaré à Le360 son directeur général, Karim Bennani, en marge " +
        "de la cérémonie.",
      "Selon un communiqué du ministère de l’Industrie et du Commerce, le projet doit générer «1.800 " +
        "emplois directs d’ici fin 2027», dont une majorité de postes féminins.",
      "«Le secteur automobile reste la locomotive de nos exportations industrielles», a souligné " +
        "la secrétaire générale du ministère, Nadia Chraïbi, qui représentait le ministre.",
      "L’industriel mise aussi sur l’intégration locale. Il compte porter à «au moins 65%» la part " +
        "des composants achetés au Maroc, contre 48% aujourd’hui, a précisé Karim Bennani.",
      "L’Association marocaine pour l’industrie et la construction automobile (Amica) salue un " +
        "investissement qui «confirme l’attractivité de la plateforme marocaine face à la " +
        "concurrence de l’Europe de l’Est».",
      "Un économiste joint par Le360, qui a requis l’anonymat, nuance: «Ces emplois restent " +
        "faiblement qualifiés. Le vrai défi, c’est de faire monter les salaires en même temps que " +
        "les volumes.»",
    ],
    quotes: [
      [
        "Nous avons choisi Kénitra pour la proximité du port de Tanger Med et pour la qualité de la " +
          "main-d’œuvre formée ici",
        "Karim Bennani",
      ],
      ["1.800 emplois directs d’ici fin 2027", "le ministère de l’Industrie et du Commerce"],
      ["Le secteur automobile reste la locomotive de nos exportations industrielles", "Nadia Chraïbi"],
      ["au moins 65%", "Karim Bennani"],
      [
        "confirme l’attractivité de la plateforme marocaine face à la concurrence de l’Europe de l’Est",
        "L’Association marocaine pour l’industrie et la construction automobile",
      ],
      [
        "Ces emplois restent faiblement qualifiés. Le vrai défi, c’est de faire monter les salaires en " +
          "même temps que les volumes.",
        "Un économiste",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Essor, éducation : ministre « a annoncé » puis « selon elle », directeur d’académie « a " +
      "expliqué », directeur d’école, élève lauréate « se réjouit la jeune fille », syndicat en " +
      "fragment, nom de cérémonie entre guillemets",
    headline: "DEF 2025 : un taux de réussite de 61,3 % au plan national",
    paragraphs: [
      "La ministre de l’Éducation nationale, Dr Aminata Sangaré, a proclamé hier les résultats " +
        "du Diplôme d’études fondamentales (DEF), session de juin 2025. Sur 228 412 candidats, " +
        "140 016 ont été déclarés admis, soit un taux de 61,3 %, contre 57,8 % l’an dernier.",
      "« Ces résultats sont le fruit des efforts conjugués des enseignants, des parents et des " +
        "élèves, malgré un contexte difficile », a annoncé la ministre au cours d’une conférence de " +
        "presse. Selon elle, l’organisation de l’examen « s’est déroulée sans incident majeur » sur " +
        "l’ensemble du territoire.",
      "Le directeur de l’Académie d’enseignement de Bamako rive droite, Moussa Diarra, attribue la " +
        "hausse au suivi des classes d’examen. « Nous avons organisé des cours de renforcement " +
        "le samedi dans toutes les écoles publiques », a-t-il expliqué.",
      "Au second cycle de Faladié, où 89 % des candidats ont réussi, le directeur Boubacar Traoré " +
        "ne boudait pas son plaisir : « Mes enseignants n’ont pas compté leurs heures. Ce résultat " +
        "leur appartient. »",
      "Première de l’académie avec 17,25 de moyenne, Fatoumata Keïta veut devenir médecin. « J’ai " +
        "beaucoup travaillé la nuit, à la lumière de la lampe torche quand il y avait des coupures », " +
        "se réjouit la jeune fille.",
      "Le Syndicat national de l’éducation et de la culture (Snec) a salué des résultats " +
        "« encourageants », tout en rappelant que les effectifs dépassent souvent « cent élèves par " +
        "classe » dans les quartiers périphériques.",
      "Les meilleurs lauréats seront reçus le 15 août lors de la cérémonie « Les étoiles du DEF ». " +
        "Les inscriptions en 10e année débuteront le 1er septembre.",
    ],
    quotes: [
      [
        "Ces résultats sont le fruit des efforts conjugués des enseignants, des parents et des " +
          "élèves, malgré un contexte difficile",
        "Aminata Sangaré",
      ],
      ["s’est déroulée sans incident majeur", "Aminata Sangaré"],
      [
        "Nous avons organisé des cours de renforcement le samedi dans toutes les écoles publiques",
        "Moussa Diarra",
      ],
      ["Mes enseignants n’ont pas compté leurs heures. Ce résultat leur appartient.", "Boubacar Traoré"],
      [
        "J’ai beaucoup travaillé la nuit, à la lumière de la lampe torche quand il y avait des coupures",
        "Fatoumata Keïta",
      ],
      ["encourageants", "Le Syndicat national de l’éducation et de la culture"],
      ["cent élèves par classe", "Le Syndicat national de l’éducation et de la culture"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Quotidien du Médecin, santé : décret qui prévoit, présidente d’ordre « estime », syndicat " +
      "de médecins en fragments puis son président et deux-points, IPA « raconte-t-elle », " +
      "ministère « fait-on savoir », guillemets d’ironie",
    todo: "scare-quoted « docteurs infirmiers » after « ironisent sur » is taken for a quote",
    headline: "Accès direct aux IPA : le décret publié, les médecins libéraux vent debout",
    standfirst:
      "Les infirmiers en pratique avancée pourront recevoir des patients sans prescription médicale " +
      "dans trois départements pilotes. Pour la CSMF, c’est « une médecine au rabais ».",
    paragraphs: [
      "Le décret paru dimanche au Journal officiel autorise, à titre expérimental, l’accès direct aux " +
        "infirmiers en pratique avancée (IPA) exerçant en maison de santé dans l’Aisne, le Cher et la " +
        "Nièvre. Le texte prévoit que l’IPA « adresse le patient au médecin traitant dans un délai de " +
        "quinze jours » lorsqu’un diagnostic est posé.",
      "La présidente de l’Ordre national des infirmiers, Christelle Bonnafoux, estime que cette " +
        "mesure « répond enfin à la réalité des déserts médicaux ».",
      "La Confédération des syndicats médicaux français (CSMF) dénonce au contraire « une médecine " +
        "au rabais » et « une rupture du parcours de soins ». Son président, Philippe Marcadier, " +
        "prévient : « Nous ne nous opposons pas aux IPA. Nous nous opposons à ce qu’on fasse croire " +
        "aux patients qu’ils verront un médecin. »",
      "À Vierzon, Émilie Carré exerce comme IPA depuis 2022. « Je suis des patients diabétiques " +
        "depuis trois ans. Devoir attendre une ordonnance pour les voir n’avait plus de sens », " +
        "raconte-t-elle.",
      "Au ministère de la Santé, on fait savoir que l’expérimentation sera évaluée « au bout de dix-" +
        "huit mois » avant toute généralisation.",
      "Sur les réseaux sociaux, certains généralistes ironisent déjà sur ces « docteurs infirmiers ». " +
        "Un syndicat d’internes, l’Isni, a demandé à être associé au comité de suivi.",
    ],
    quotes: [
      ["une médecine au rabais", "La Confédération des syndicats médicaux français"],
      ["adresse le patient au médecin traitant dans un délai de quinze jours", "Le décret"],
      ["répond enfin à la réalité des déserts médicaux", "Christelle Bonnafoux"],
      ["une rupture du parcours de soins", "La Confédération des syndicats médicaux français"],
      [
        "Nous ne nous opposons pas aux IPA. Nous nous opposons à ce qu’on fasse croire aux patients " +
          "qu’ils verront un médecin.",
        "Philippe Marcadier",
      ],
      [
        "Je suis des patients diabétiques depuis trois ans. Devoir attendre une ordonnance pour les " +
          "voir n’avait plus de sens",
        "Émilie Carré",
      ],
      ["au bout de dix-huit mois", "le ministère de la Santé"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Guyane la 1ère, sécheresse : préfet « a déclaré », piroguier nommé puis « explique le " +
      "piroguier », maire en fragment, « selon Météo-France », habitante « confie cette mère », " +
      "citation sur deux paragraphes, nom d’opération entre guillemets",
    headline: "Sécheresse : le Maroni au plus bas, les communes de l’Ouest isolées",
    paragraphs: [
      "Le niveau du Maroni continue de baisser. À Maripasoula, la cote est passée sous la barre des " +
        "50 centimètres, du jamais-vu depuis 2009 selon la Direction générale des territoires et de " +
        "la mer (DGTM).",
      "« Nous mettons en place un pont aérien pour l’acheminement des denrées de première " +
        "nécessité », a déclaré le préfet Thierry Maréchal, qui s’est rendu sur place mardi. " +
        "L’opération, baptisée « Fleuve solidaire », mobilise deux hélicoptères de l’armée.",
      "Sur le fleuve, les piroguiers doivent décharger leurs embarcations à chaque saut. Jean-Claude " +
        "Apaïkaï transporte des marchandises entre Saint-Laurent et Papaïchton depuis vingt ans. " +
        "« Avant, on mettait deux jours. Aujourd’hui, c’est quatre, et on pousse la pirogue à la " +
        "main sur les roches », explique le piroguier.",
      "Le maire de Maripasoula, Serge Adipo, réclame « des solutions durables » et non « des " +
        "rustines à chaque saison sèche ».",
      "Selon Météo-France, le déficit de pluie atteint « près de 70 % depuis le mois d’août » sur " +
        "l’ouest du territoire.",
      "Dans le bourg, le prix du gaz a doublé. « La bouteille est à 80 euros. Je fais cuire le riz " +
        "au feu de bois derrière la maison », confie Mireille Tolinga, mère de quatre enfants.",
      "« On nous dit que ça va durer jusqu’à décembre. Si c’est vrai, beaucoup de familles vont " +
        "partir à Saint-Laurent.",
      "« Les enfants, eux, ne vont plus à l’école de Taluen : la pirogue scolaire ne passe plus », " +
        "ajoute-t-elle.",
    ],
    quotes: [
      [
        "Nous mettons en place un pont aérien pour l’acheminement des denrées de première nécessité",
        "Thierry Maréchal",
      ],
      [
        "Avant, on mettait deux jours. Aujourd’hui, c’est quatre, et on pousse la pirogue à la main " +
          "sur les roches",
        "Jean-Claude Apaïkaï",
      ],
      ["des solutions durables", "Serge Adipo"],
      ["des rustines à chaque saison sèche", "Serge Adipo"],
      ["près de 70 % depuis le mois d’août", "Météo-France"],
      [
        "La bouteille est à 80 euros. Je fais cuire le riz au feu de bois derrière la maison",
        "Mireille Tolinga",
      ],
      [
        "On nous dit que ça va durer jusqu’à décembre. Si c’est vrai, beaucoup de familles vont " +
          "partir à Saint-Laurent.",
        "Mireille Tolinga",
      ],
      [
        "Les enfants, eux, ne vont plus à l’école de Taluen : la pirogue scolaire ne passe plus",
        "Mireille Tolinga",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Geo, science : préhistorien « raconte », étude en fragment après « D’après », " +
      "« la paléoanthropologue » puis « ajoute-t-elle », titre de revue entre guillemets, " +
      "chercheur extérieur « tempère », nom familier entre guillemets",
    headline: "Sur une plage normande, les empreintes d’une famille de Néandertaliens",
    standfirst:
      "Mises au jour par une tempête, 257 traces de pas vieilles de 80 000 ans racontent le passage " +
      "d’un petit groupe d’enfants et d’adultes au Rozel, dans la Manche.",
    paragraphs: [
      "C’est un promeneur qui les a signalées, au lendemain d’une tempête de février. Sous le sable " +
        "emporté par les vagues, une couche de limon durci conservait des dizaines d’empreintes. " +
        "« On a tout de suite compris qu’on avait quelque chose d’exceptionnel. Il fallait aller " +
        "plus vite que la marée », raconte Hervé Lemonnier, préhistorien au service régional " +
        "de l’archéologie de Normandie.",
      "D’après l’étude publiée dans la revue « Journal of Human Evolution », la majorité des traces " +
        "appartient à des individus de moins de 1,40 mètre, « probablement des enfants et des " +
        "adolescents ».",
      "Pour Julien Mauger, paléoanthropologue au Muséum national d’histoire naturelle et premier " +
        "auteur, ces empreintes sont « un instantané de vie ». « Les ossements nous disent comment " +
        "ils mouraient. Les empreintes, elles, nous disent comment ils vivaient, en groupe, au " +
        "quotidien. »",
      "La paléoanthropologue Laura Fioretti, coautrice, a mesuré chaque trace à partir de " +
        "photographies. « On voit un adulte qui s’arrête, puis repart avec deux petits à ses côtés. " +
        "C’est très émouvant », ajoute-t-elle.",
      "Les chercheurs ont même donné un surnom à la piste la plus complète : « le sentier des " + "gamins ».",
      "Préhistorien à l’université de Bordeaux, extérieur à l’étude, Matteo d’Amico tempère : " +
        "« Il est difficile d’estimer un âge à partir d’une empreinte. La taille du pied ne dit pas " +
        "tout. »",
    ],
    quotes: [
      [
        "On a tout de suite compris qu’on avait quelque chose d’exceptionnel. Il fallait aller plus " +
          "vite que la marée",
        "Hervé Lemonnier",
      ],
      ["probablement des enfants et des adolescents", "l’étude"],
      ["un instantané de vie", "Julien Mauger"],
      [
        "Les ossements nous disent comment ils mouraient. Les empreintes, elles, nous disent comment " +
          "ils vivaient, en groupe, au quotidien.",
        "Julien Mauger",
      ],
      [
        "On voit un adulte qui s’arrête, puis repart avec deux petits à ses côtés. C’est très émouvant",
        "Laura Fioretti",
      ],
      [
        "Il est difficile d’estimer un âge à partir d’une empreinte. La taille du pied ne dit pas tout.",
        "Matteo d’Amico",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le National (Haïti), culture : titre d’exposition entre guillemets, commissaire « souligne " +
      "Mme », peintre « confie l’artiste », visiteur étudiant anonyme, directrice en fragment, " +
      "citation en guillemets anglais, nom de mouvement entre guillemets",
    headline: "Au Centre d’art, « Lumières de Jacmel » célèbre trois générations de peintres",
    paragraphs: [
      "Le Centre d’art de Port-au-Prince a ouvert samedi l’exposition « Lumières de Jacmel », qui " +
        "rassemble une soixantaine d’œuvres de peintres originaires de la cité balnéaire, des années " +
        "1950 à aujourd’hui.",
      "« Jacmel a toujours été un laboratoire. Ses peintres ont inventé une manière de regarder la " +
        "mer et la ville qu’on ne trouve nulle part ailleurs », souligne la commissaire de " +
        "l’exposition, Mme Régine Étienne-Jean.",
      "Parmi les toiles exposées figurent plusieurs tableaux de l’école dite « Saint-Soleil », prêtés " +
        "par des collectionneurs privés.",
      "Le plus jeune des exposants, Wilson Dorcé, 29 ans, présente trois grands formats sur le " +
        "carnaval. « Je peins les masques parce que c’est ce que j’ai vu toute mon enfance. Mon " +
        "grand-père les fabriquait », confie l’artiste.",
      "La directrice du Centre d’art, Carline Désir, parle d’un « acte de résistance » dans " +
        "un contexte où beaucoup d’institutions culturelles ont fermé leurs portes. “Tant que les " +
        "gens viendront voir des tableaux, la ville vivra”, a-t-elle déclaré lors du vernissage.",
      "Un étudiant en arts plastiques venu de Pétion-Ville se dit ému : « C’est la première fois que " +
        "je vois ces œuvres en vrai, pas sur un écran. »",
      "L’exposition est visible jusqu’au 30 novembre, du mardi au samedi.",
    ],
    quotes: [
      [
        "Jacmel a toujours été un laboratoire. Ses peintres ont inventé une manière de regarder la " +
          "mer et la ville qu’on ne trouve nulle part ailleurs",
        "Régine Étienne-Jean",
      ],
      [
        "Je peins les masques parce que c’est ce que j’ai vu toute mon enfance. Mon grand-père les " +
          "fabriquait",
        "Wilson Dorcé",
      ],
      ["acte de résistance", "Carline Désir"],
      ["Tant que les gens viendront voir des tableaux, la ville vivra", "Carline Désir"],
      [
        "C’est la première fois que je vois ces œuvres en vrai, pas sur un écran.",
        "Un étudiant en arts plastiques",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal de la Haute-Marne, faits divers : « indique-t-on au commissariat », procureur " +
      "« a confirmé au JHM », riveraine au prénom, maire puis « l’édile », source policière, " +
      "fragment au titre repris au corps, graffiti entre guillemets",
    headline: "Saint-Dizier : nuit de violences au Vert-Bois, le maire dénonce des actes « inacceptables »",
    paragraphs: [
      "Onze voitures et deux poubelles ont été incendiées dans la nuit de samedi à dimanche dans le " +
        "quartier du Vert-Bois, à Saint-Dizier. Les pompiers ont été la cible de jets de projectiles " +
        "vers 1 h du matin.",
      "« Les équipages ont dû se replier et attendre les renforts de police pour pouvoir " +
        "intervenir », indique-t-on au commissariat. Aucun blessé n’est à déplorer.",
      "Le procureur de la République de Chaumont, Denis Devallois, a confirmé au JHM l’ouverture " +
        "d’une enquête pour « destructions volontaires par incendie » et « violences sur personnes " +
        "dépositaires de l’autorité publique ».",
      "Sur un mur de la rue Jean-Jaurès, un tag « Justice pour Yanis » laisse penser que les " +
        "violences sont liées à l’interpellation d’un jeune du quartier vendredi. « Ce n’est pas " +
        "exclu, mais rien n’est établi à ce stade », confie une source policière.",
      "Nadège, 52 ans, a découvert sa Clio calcinée au petit matin. « C’était ma seule voiture pour " +
        "aller travailler à l’hôpital. Je ne sais pas comment je vais faire lundi. »",
      "Le maire, Bertrand Ollivier, s’est rendu sur place dimanche matin. Pour l’édile, ces actes sont " +
        "« inacceptables ». « Ce sont les habitants du Vert-Bois eux-mêmes qui en sont les premières " +
        "victimes », a-t-il insisté.",
    ],
    quotes: [
      ["inacceptables", "Bertrand Ollivier"],
      [
        "Les équipages ont dû se replier et attendre les renforts de police pour pouvoir intervenir",
        "le commissariat",
      ],
      ["destructions volontaires par incendie", "Denis Devallois"],
      ["violences sur personnes dépositaires de l’autorité publique", "Denis Devallois"],
      ["Ce n’est pas exclu, mais rien n’est établi à ce stade", "une source policière"],
      [
        "C’était ma seule voiture pour aller travailler à l’hôpital. Je ne sais pas comment je vais " +
          "faire lundi.",
        "Nadège",
      ],
      [
        "Ce sont les habitants du Vert-Bois eux-mêmes qui en sont les premières victimes",
        "Bertrand Ollivier",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
