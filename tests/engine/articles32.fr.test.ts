// A thirty-second round of composed French articles, in the styles of outlets and beats the first
// thirty-one rounds (articles.fr to articles31.fr) did not use: a parliamentary inquiry into drought
// management on LCP, a municipal accountant's fraud sentenced in Saint-Jean-sur-Richelieu for Le Canada
// Français, a Chouf dairy's solar plant in Le Commerce du Levant, a Paris-Nice breakaway win on RMC
// Sport, the twentieth Festival sur le Niger in Ségou for the Journal du Mali, fossil tracks uncovered by
// a low lake in the Hérault for 20 Minutes, plague deaths near Ankazobe in Newsmada, a car park turned
// into a vegetable garden in Vevey for Le Régional, a night shop hold-up in Marchienne-au-Pont on
// Télésambre and an overcrowded French-language school in Halifax for Le Courrier de la
// Nouvelle-Écosse. Every article was written for these tests, before the engine was run on them;
// speakers follow the corpus guidelines (the fullest name the article gives, without title; a body or
// document as named; the shortest description that identifies an unnamed source).
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
      "LCP, politique : citation au titre d’un rapporteur nommé dans le texte, note interne en " +
      "fragment, ministre avec deux-points, incise « a-t-elle poursuivi » dans les guillemets, " +
      "deux députées dans un paragraphe (« a regretté la seconde »), haut fonctionnaire anonyme, " +
      "guillemets de distance",
    headline:
      "Sécheresse : « L’État savait dès l’été 2022 », accuse le rapporteur de la commission d’enquête",
    paragraphs: [
      "La commission d’enquête de l’Assemblée nationale sur la gestion de la ressource en eau a " +
        "auditionné mercredi la ministre de la Transition écologique, Claire Vasseur-Lombard, " +
        "pendant près de trois heures.",
      "Le rapporteur, le député du Gard Antoine Mazel, a d’emblée brandi une note interne du " +
        "ministère datée d’août 2022, qui évoquait « un risque élevé de rupture " +
        "d’approvisionnement dans 200 communes ». « L’État savait dès l’été 2022. Qu’a-t-on " +
        "fait pendant dix-huit mois ? », a-t-il lancé.",
      "La ministre a contesté cette lecture : « Une note de travail n’est pas une décision. Dès " +
        "l’automne, nous avons débloqué 180 millions d’euros pour les interconnexions. »",
      "« On ne peut pas reprocher à l’État d’avoir eu raison trop tôt, a-t-elle poursuivi, " +
        "sourire en coin. Ce qui a manqué, c’est la vitesse des chantiers. »",
      "La présidente de la commission, Mathilde Orsini (LR), et la députée écologiste Jeanne " +
        "Kervella ont toutes deux pointé le rôle des préfets. « On a laissé les préfets gérer les " +
        "arrêtés sécheresse au cas par cas, sans doctrine nationale », a regretté la seconde.",
      "Les questions sur les « mégabassines » ont été renvoyées à une audition ultérieure. À la " +
        "sortie, un haut fonctionnaire du ministère jugeait l’échange « plus dur que prévu, mais " +
        "utile ». Le rapport de la commission est attendu à l’automne.",
    ],
    quotes: [
      ["L’État savait dès l’été 2022", "Antoine Mazel"],
      ["un risque élevé de rupture d’approvisionnement dans 200 communes", "une note interne du ministère"],
      ["L’État savait dès l’été 2022. Qu’a-t-on fait pendant dix-huit mois ?", "Antoine Mazel"],
      [
        "Une note de travail n’est pas une décision. Dès l’automne, nous avons débloqué 180 " +
          "millions d’euros pour les interconnexions.",
        "Claire Vasseur-Lombard",
      ],
      [
        "On ne peut pas reprocher à l’État d’avoir eu raison trop tôt, a-t-elle poursuivi, " +
          "sourire en coin. Ce qui a manqué, c’est la vitesse des chantiers.",
        "Claire Vasseur-Lombard",
      ],
      [
        "On a laissé les préfets gérer les arrêtés sécheresse au cas par cas, sans doctrine " + "nationale",
        "Jeanne Kervella",
      ],
      ["plus dur que prévu, mais utile", "un haut fonctionnaire du ministère"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Canada Français, justice : citation au chapô d’une juge nommée dans le texte, " +
      "« a tranché la juge » puis fragment, deux avocates dans un paragraphe (« cette dernière »), " +
      "accusée désignée par « la quinquagénaire » avec deux-points et citation sur deux " +
      "paragraphes, rapport présentenciel en fragment, maire « a-t-il confié », surnom entre " +
      "guillemets",
    todo:
      "«Je demande pardon aux gens de Saint-Blaise. J…» goes to Isabelle Fortier, not Lyne Beaudoin; " +
      "«J’ai remboursé ce que je pouvais et je contin…» goes to Isabelle Fortier, not Lyne Beaudoin",
    headline: "Fraude de 412 000 $ : l’ex-comptable de Saint-Blaise condamnée à 30 mois",
    standfirst: "« Elle a trahi la confiance de toute une communauté », a tranché la juge.",
    paragraphs: [
      "Lyne Beaudoin, ancienne comptable de la municipalité de Saint-Blaise-sur-Richelieu, a été " +
        "condamnée jeudi à 30 mois d’emprisonnement au palais de justice de Saint-Jean-sur-Richelieu. " +
        "La femme de 56 ans avait plaidé coupable en janvier à des accusations de fraude et d’abus " +
        "de confiance.",
      "Celle qu’on surnommait « la dame des chiffres » à l’hôtel de ville a détourné 412 000 $ " +
        "entre 2017 et 2022 au moyen de faux fournisseurs, selon le résumé des faits déposé par la " +
        "poursuite. Une partie de l’argent a servi à rembourser des dettes de jeu en ligne.",
      "« Elle a trahi la confiance de toute une communauté. Les citoyens ont payé ces sommes avec " +
        "leurs taxes », a tranché la juge Sylvie Ménard, de la Cour du Québec, qui a tout de même " +
        "relevé « des remords sincères » chez l’accusée.",
      "La procureure aux poursuites criminelles et pénales, Me Karine Gosselin, réclamait trois " +
        "ans. L’avocate de la défense, Me Isabelle Fortier, plaidait plutôt pour une peine à purger " +
        "dans la collectivité. « Ma cliente a tout perdu, sa maison, son emploi, sa réputation. La " +
        "prison n’ajoutera rien », a fait valoir cette dernière.",
      "Invitée à s’adresser au tribunal, la quinquagénaire a lu une courte lettre, la voix " + "brisée :",
      "« Je demande pardon aux gens de Saint-Blaise. Je n’ai pas d’excuse. J’ai menti à des " +
        "collègues qui me faisaient confiance.",
      "« J’ai remboursé ce que je pouvais et je continuerai, chaque mois, aussi longtemps qu’il le " +
        "faudra. »",
      "Le rapport présentenciel la décrit comme « une personne isolée, aux prises avec une " +
        "dépendance sévère ». Le maire, Réjean Lamoureux, s’est dit soulagé. « On va enfin pouvoir " +
        "tourner la page. On a resserré tous nos contrôles depuis », a-t-il confié à la sortie de " +
        "la salle d’audience.",
    ],
    quotes: [
      ["Elle a trahi la confiance de toute une communauté", "Sylvie Ménard"],
      [
        "Elle a trahi la confiance de toute une communauté. Les citoyens ont payé ces sommes avec " +
          "leurs taxes",
        "Sylvie Ménard",
      ],
      ["des remords sincères", "Sylvie Ménard"],
      [
        "Ma cliente a tout perdu, sa maison, son emploi, sa réputation. La prison n’ajoutera rien",
        "Isabelle Fortier",
      ],
      [
        "Je demande pardon aux gens de Saint-Blaise. Je n’ai pas d’excuse. J’ai menti à des " +
          "collègues qui me faisaient confiance.",
        "Lyne Beaudoin",
      ],
      [
        "J’ai remboursé ce que je pouvais et je continuerai, chaque mois, aussi longtemps qu’il " +
          "le faudra.",
        "Lyne Beaudoin",
      ],
      ["une personne isolée, aux prises avec une dépendance sévère", "Le rapport présentenciel"],
      ["On va enfin pouvoir tourner la page. On a resserré tous nos contrôles depuis", "Réjean Lamoureux"],
    ],
  }),
  {
    name:
      "Le Commerce du Levant, économie : guillemets anglais “ ”, directeur nommé après « explique » " +
      "puis suite sans verbe, directeur financier « table sur » en fragment, institution par " +
      "communiqué, consultant anonyme « selon », industriel anonyme avec deux-points, marque " +
      "entre guillemets",
    headline: "Laiterie du Chouf : un parc solaire pour ne plus dépendre des générateurs",
    paragraphs: [
      "La Laiterie Hajj Frères, basée à Baakline dans le Chouf, a mis en service fin mars une " +
        "centrale photovoltaïque de 1,8 mégawatt-crête, financée à hauteur de 2,4 millions de " +
        "dollars par un prêt de la Société financière internationale (SFI). Elle couvrira, selon " +
        "l’entreprise, 70 % de ses besoins en journée.",
      "“Avant la crise, l’électricité représentait 8 % de nos coûts. En 2022, avec les " +
        "générateurs, nous sommes montés à 31 %”, explique Walid Hajj, directeur général et " +
        "petit-fils du fondateur. “Soit on investissait, soit on fermait.”",
      "La société, qui commercialise ses labnés sous la marque “Jabal”, emploie 140 personnes et " +
        "exporte vers les pays du Golfe et l’Afrique de l’Ouest. Son directeur financier, Karim " +
        "Abi Nader, table sur un retour sur investissement “en moins de quatre ans, au prix actuel " +
        "du mazout”.",
      "La SFI, dans un communiqué, salue “un modèle pour les PME agroalimentaires libanaises, qui " +
        "peuvent gagner en compétitivité tout en réduisant leurs émissions”.",
      "Le mouvement dépasse la laiterie. Selon un consultant en énergie basé à Beyrouth, plus de " +
        "1 500 mégawatts de panneaux ont été installés dans le pays depuis 2021, “en grande partie " +
        "sans aucune planification”. Un industriel de la Békaa, qui a suivi le même chemin, reste " +
        "prudent : “Le solaire règle la journée. La nuit, on reste prisonniers des générateurs.”",
    ],
    quotes: [
      [
        "Avant la crise, l’électricité représentait 8 % de nos coûts. En 2022, avec les " +
          "générateurs, nous sommes montés à 31 %",
        "Walid Hajj",
      ],
      ["Soit on investissait, soit on fermait.", "Walid Hajj"],
      ["en moins de quatre ans, au prix actuel du mazout", "Karim Abi Nader"],
      [
        "un modèle pour les PME agroalimentaires libanaises, qui peuvent gagner en compétitivité " +
          "tout en réduisant leurs émissions",
        "la Société financière internationale",
      ],
      ["en grande partie sans aucune planification", "un consultant en énergie basé à Beyrouth"],
      [
        "Le solaire règle la journée. La nuit, on reste prisonniers des générateurs.",
        "Un industriel de la Békaa",
      ],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "RMC Sport, sport : coureur nommé puis « le Breton de 24 ans », directeur sportif avec " +
      "deux-points puis incise « a ajouté le technicien » dans les guillemets, deux coureurs dans " +
      "un paragraphe (« a reconnu le Danois »), fragment, jury des commissaires par communiqué, " +
      "surnom d’étape entre guillemets",
    headline: "Paris-Nice : Hugo Delorme s’offre l’étape reine au bout d’une échappée de 150 km",
    paragraphs: [
      "Il l’a arrachée dans les derniers lacets. Hugo Delorme (Arkéa-B&B Hotels) a remporté jeudi " +
        "la 5e étape de Paris-Nice, entre Saint-Just-Saint-Rambert et la Loge des Gardes, en " +
        "résistant de quatre secondes au retour du maillot jaune, le Danois Mads Kristensen.",
      "« J’ai cru que je n’y arriverais jamais. Les deux derniers kilomètres, je ne voyais plus " +
        "rien, je comptais les virages », a soufflé le Breton de 24 ans sur la ligne, avant de " +
        "s’effondrer dans les bras de son soigneur.",
      "Son directeur sportif, Yannick Le Goff, l’avait pourtant prévenu à la radio : « Je lui ai " +
        "dit : tu ne te retournes pas, tu roules jusqu’à la ligne. » « C’est un garçon qui ne " +
        "lâche jamais, a ajouté le technicien. Il fallait juste qu’il y croie. »",
      "Kristensen, qui conserve sa tunique jaune avec 38 secondes d’avance, a salué « un vrai " +
        "coureur d’attaque ». Son coéquipier, l’Italien Matteo Rinaldi, deuxième du général, et " +
        "lui ont longtemps hésité à rouler. « On a fait une erreur. On l’a laissé trop longtemps à " +
        "deux minutes », a reconnu le Danois.",
      "Les commissaires ont par ailleurs infligé une pénalité de 20 secondes à l’Espagnol Iñigo " +
        "Etxeberria, qui s’était abrité derrière une voiture. Dans son communiqué, le jury des " +
        "commissaires évoque un « abri prolongé et manifeste » dans la descente.",
      "Vendredi, le peloton s’élancera pour l’étape surnommée « la casse-pattes » par les " +
        "coureurs, vers La Colle-sur-Loup.",
    ],
    quotes: [
      [
        "J’ai cru que je n’y arriverais jamais. Les deux derniers kilomètres, je ne voyais plus " +
          "rien, je comptais les virages",
        "Hugo Delorme",
      ],
      ["Je lui ai dit : tu ne te retournes pas, tu roules jusqu’à la ligne.", "Yannick Le Goff"],
      [
        "C’est un garçon qui ne lâche jamais, a ajouté le technicien. Il fallait juste qu’il y " + "croie.",
        "Yannick Le Goff",
      ],
      ["un vrai coureur d’attaque", "Mads Kristensen"],
      ["On a fait une erreur. On l’a laissé trop longtemps à deux minutes", "Mads Kristensen"],
      ["abri prolongé et manifeste", "le jury des commissaires"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Journal du Mali, culture : citation au chapô d’un directeur nommé dans le texte, thème et " +
      "titre d’album entre guillemets, chanteuse « a-t-elle confié », deux chanteuses dans un " +
      "paragraphe (« a lancé l’aînée »), ministre en fragment, vendeur anonyme avec deux-points",
    todo:
      "«Les visiteurs sont venus, mais ils achètent m…» goes to Un vendeur de bogolan installé près " +
      "du quai, not Un vendeur de bogolan",
    headline: "Ségou : le Festival sur le Niger fête ses 20 ans sous le signe de la jeunesse",
    standfirst: "« Ségou a prouvé qu’on pouvait faire la fête malgré tout », se félicite son directeur.",
    paragraphs: [
      "Pour sa 20e édition, le Festival sur le Niger a réuni, du 5 au 9 février, plus de 30 000 " +
        "festivaliers sur les berges du fleuve à Ségou. Le thème retenu cette année, « Jeunesse " +
        "et patrimoine », a donné lieu à trois jours de forums et à quatre nuits de concerts.",
      "« Quand nous avons commencé, on nous prenait pour des fous. Vingt ans après, Ségou a " +
        "prouvé qu’on pouvait faire la fête malgré tout », se félicite le directeur du festival, " +
        "Boubacar Diarra.",
      "La chanteuse Fatoumata Kouyaté, révélation de l’édition, a présenté en avant-première les " +
        "titres de son premier album, « Djoliba ». « Chanter ici, devant ce fleuve, c’est comme " +
        "chanter devant ma grand-mère », a-t-elle confié, émue, au sortir de la scène.",
      "La griotte Nana Coulibaly, qui l’accompagnait au chant, a tenu à partager le micro avec la " +
        "jeune femme. « Les anciens doivent passer le relais, sinon notre musique mourra avec " +
        "nous », a lancé l’aînée sous les applaudissements.",
      "Présent à la cérémonie de clôture, le ministre de la Culture, Abdoulaye Keïta, a promis " +
        "« un soutien renforcé de l’État aux festivals de l’intérieur ».",
      "Les artisans, eux, dressent un bilan contrasté. Un vendeur de bogolan installé près du " +
        "quai soupire : « Les visiteurs sont venus, mais ils achètent moins qu’avant. Tout le monde " +
        "compte ses francs. »",
    ],
    quotes: [
      ["Ségou a prouvé qu’on pouvait faire la fête malgré tout", "Boubacar Diarra"],
      [
        "Quand nous avons commencé, on nous prenait pour des fous. Vingt ans après, Ségou a " +
          "prouvé qu’on pouvait faire la fête malgré tout",
        "Boubacar Diarra",
      ],
      ["Chanter ici, devant ce fleuve, c’est comme chanter devant ma grand-mère", "Fatoumata Kouyaté"],
      ["Les anciens doivent passer le relais, sinon notre musique mourra avec nous", "Nana Coulibaly"],
      ["un soutien renforcé de l’État aux festivals de l’intérieur", "Abdoulaye Keïta"],
      [
        "Les visiteurs sont venus, mais ils achètent moins qu’avant. Tout le monde compte ses " + "francs.",
        "Un vendeur de bogolan",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "20 Minutes, sciences : promeneuse nommée après « raconte », chercheur « pour X » en " +
      "fragment puis « détaille-t-il », deux chercheurs dans un paragraphe avec deux-points, " +
      "préfecture par arrêté en fragment, surnom de site entre guillemets",
    headline: "Hérault : la sécheresse révèle des traces de reptiles vieilles de 250 millions d’années",
    paragraphs: [
      "C’est une promeneuse qui a donné l’alerte. Fin août, la baisse exceptionnelle du lac du " +
        "Salagou (Hérault) a mis au jour une dalle de grès portant une trentaine d’empreintes " +
        "fossiles, laissées par des reptiles il y a environ 250 millions d’années.",
      "« Au début, j’ai cru à des traces de chien dans la boue. Puis j’ai vu qu’elles étaient " +
        "dans la pierre », raconte Élodie Castan, 34 ans, qui a photographié la dalle et envoyé " +
        "les clichés à l’université de Montpellier.",
      "Les paléontologues sont venus dès le lendemain. Pour Lucas Ferrand, chercheur au CNRS et " +
        "spécialiste des traces fossiles, la découverte est « exceptionnelle par sa qualité de " +
        "conservation ». « On voit les coussinets, parfois même la trace de la peau. Ces animaux " +
        "marchaient sur une plaine boueuse, au bord d’un cours d’eau », détaille-t-il.",
      "Son collègue Thomas Rieu, qui coordonne les relevés avec lui, prévient : « Le lac va " +
        "remonter avec les pluies d’automne. Nous avons quelques semaines, pas plus. »",
      "Le site, que les chercheurs ont déjà surnommé « la piste des ruffes », du nom de la roche " +
        "rouge typique du Salagou, a été placé sous surveillance. Dans un arrêté, la préfecture " +
        "rappelle que tout prélèvement est « strictement interdit et passible de poursuites ».",
    ],
    quotes: [
      [
        "Au début, j’ai cru à des traces de chien dans la boue. Puis j’ai vu qu’elles étaient " +
          "dans la pierre",
        "Élodie Castan",
      ],
      ["exceptionnelle par sa qualité de conservation", "Lucas Ferrand"],
      [
        "On voit les coussinets, parfois même la trace de la peau. Ces animaux marchaient sur une " +
          "plaine boueuse, au bord d’un cours d’eau",
        "Lucas Ferrand",
      ],
      [
        "Le lac va remonter avec les pluies d’automne. Nous avons quelques semaines, pas plus.",
        "Thomas Rieu",
      ],
      ["strictement interdit et passible de poursuites", "la préfecture"],
    ],
  }),
  {
    name:
      "Newsmada, santé : guillemets droits, médecin nommé après « a-t-il affirmé », deux fragments " +
      "pour le même médecin, chef de fokontany en fragment puis « déplore-t-il », infirmière " +
      "anonyme avec deux-points",
    headline: "Peste : trois décès enregistrés dans le district d'Ankazobe",
    paragraphs: [
      "Trois personnes sont décédées de la peste bubonique dans la commune rurale de Fihaonana, " +
        "district d'Ankazobe, depuis le début du mois. Onze cas suspects ont été recensés, dont " +
        "quatre confirmés par l'Institut Pasteur de Madagascar, selon le ministère de la Santé " +
        "publique.",
      "Le directeur de la lutte contre les maladies transmissibles, le Dr Hery Rakotomalala, se " +
        'veut rassurant. "La situation est maîtrisée. Tous les contacts ont reçu un traitement ' +
        'préventif et la désinsectisation des maisons a commencé", a-t-il affirmé hier lors ' +
        "d'un point de presse.",
      'Il appelle toutefois la population à "ne pas manipuler les rats morts" et à se rendre au ' +
        'centre de santé de base "dès les premiers signes de fièvre".',
      "Sur place, l'inquiétude reste vive. Le chef du fokontany d'Ambohimanjaka, Jean-Claude " +
        "Randrianarisoa, évoque des familles \"qui ont peur d'aller au CSB parce qu'elles pensent " +
        'qu\'on va les isoler". "Les gens préfèrent voir le tradipraticien. Quand ils arrivent à ' +
        "l'hôpital, c'est souvent trop tard\", déplore-t-il.",
      "Une infirmière du CSB de Fihaonana, qui a requis l'anonymat, confirme un manque de " +
        "moyens : \"Nous avons reçu les antibiotiques, mais nous n'avons qu'une seule moto pour " +
        'faire le tour des hameaux."',
      "Madagascar enregistre chaque année entre 200 et 400 cas de peste, principalement entre " +
        "septembre et avril.",
    ],
    quotes: [
      [
        "La situation est maîtrisée. Tous les contacts ont reçu un traitement préventif et la " +
          "désinsectisation des maisons a commencé",
        "Hery Rakotomalala",
      ],
      ["ne pas manipuler les rats morts", "Hery Rakotomalala"],
      ["dès les premiers signes de fièvre", "Hery Rakotomalala"],
      [
        "qui ont peur d'aller au CSB parce qu'elles pensent qu'on va les isoler",
        "Jean-Claude Randrianarisoa",
      ],
      [
        "Les gens préfèrent voir le tradipraticien. Quand ils arrivent à l'hôpital, c'est " +
          "souvent trop tard",
        "Jean-Claude Randrianarisoa",
      ],
      [
        "Nous avons reçu les antibiotiques, mais nous n'avons qu'une seule moto pour faire le " +
          "tour des hameaux.",
        "Une infirmière du CSB de Fihaonana",
      ],
    ],
  },
  {
    name:
      "Le Régional, vie locale : guillemets sans espace, présidente d’association « résume », " +
      "boucher « selon lui » en fragment puis « peste le commerçant », municipale avec " +
      "deux-points, retraitée anonyme « sourit-elle », parti en fragment, nom de potager entre " +
      "guillemets",
    headline: "Vevey: le parking de la Valsainte devient potager pour l’été",
    paragraphs: [
      "Depuis samedi, une quarantaine de bacs de culture occupent la moitié du parking de la " +
        "Valsainte, à Vevey. L’association Quartier Libre y a installé, avec l’accord de la " +
        "Municipalité, un potager participatif baptisé «Les Racines du Bourg», qui restera en " +
        "place jusqu’à fin septembre.",
      "«On avait un bout de bitume qui servait surtout de dépose-minute. Maintenant, les voisins " +
        "se parlent», résume Léa Chevalley, présidente de l’association. Les bacs sont attribués à " +
        "des familles du quartier, à une classe de l’établissement primaire et à l’EMS voisin.",
      "Tout le monde ne partage pas cet enthousiasme. Patron de la boucherie d’en face, " +
        "Marc-Henri Dutoit a perdu, selon lui, «une bonne partie de la clientèle de passage». " +
        "«Les gens ne vont pas faire trois fois le tour du pâté de maisons pour acheter une " +
        "saucisse aux choux», peste le commerçant.",
      "La municipale chargée de l’urbanisme, Sophie Gaillard, assume: «C’est un test. Si ça ne " +
        "fonctionne pas, on rendra les places en octobre, sans drame.»",
      "Au pied d’un bac de tomates, une retraitée du quartier arrose ses plants. «Je n’avais plus " +
        "de jardin depuis que j’ai quitté la campagne, il y a trente ans. Ici, j’ai retrouvé la " +
        "terre sous les ongles», sourit-elle.",
      "Le Conseil communal devra se prononcer en décembre sur une pérennisation du projet. Dans " +
        "un postulat, les Vert·e·s demandent déjà d’étudier «d’autres parkings sous-utilisés» en " +
        "ville.",
    ],
    quotes: [
      [
        "On avait un bout de bitume qui servait surtout de dépose-minute. Maintenant, les voisins " +
          "se parlent",
        "Léa Chevalley",
      ],
      ["une bonne partie de la clientèle de passage", "Marc-Henri Dutoit"],
      [
        "Les gens ne vont pas faire trois fois le tour du pâté de maisons pour acheter une " +
          "saucisse aux choux",
        "Marc-Henri Dutoit",
      ],
      [
        "C’est un test. Si ça ne fonctionne pas, on rendra les places en octobre, sans drame.",
        "Sophie Gaillard",
      ],
      [
        "Je n’avais plus de jardin depuis que j’ai quitté la campagne, il y a trente ans. Ici, " +
          "j’ai retrouvé la terre sous les ongles",
        "une retraitée du quartier",
      ],
      ["d’autres parkings sous-utilisés", "les Vert·e·s"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Télésambre, faits divers : parquet par communiqué, gérant nommé puis suite sans verbe, " +
      "citation avec incise « a-t-il ajouté » au paragraphe suivant, voisine anonyme en fragment, " +
      "père et fils dans un paragraphe (« regrette le père »), source policière « selon », nom de " +
      "commerce entre guillemets",
    todo: "«Le soir, ici, il n’y a plus personne» goes to Samir El Idrissi, not Giuseppe Lo Russo",
    headline: "Marchienne-au-Pont : le gérant d’un night shop blessé au couteau lors d’un braquage",
    paragraphs: [
      "Le gérant du night shop « Chez Sam », rue de l’Hôpital à Marchienne-au-Pont, a été blessé " +
        "à l’avant-bras dans la nuit de samedi à dimanche lors d’un vol avec violence. Deux hommes " +
        "cagoulés ont emporté la caisse, environ 800 euros, et plusieurs cartouches de cigarettes.",
      "« Les auteurs sont entrés vers 1 h 30, l’un d’eux armé d’un couteau. La victime a tenté de " +
        "résister et a été touchée au bras », indique le parquet de Charleroi dans un communiqué. " +
        "Ses jours ne sont pas en danger.",
      "Joint par téléphone dimanche après-midi, le gérant, Samir El Idrissi, 41 ans, avait encore " +
        "la voix tremblante. « J’ai réagi par réflexe, je n’aurais jamais dû. Ils criaient, ils " +
        "étaient très nerveux. » Le commerçant a reçu sept points de suture.",
      "« C’est la troisième fois en deux ans, a-t-il ajouté. Je vais installer une porte à " +
        "ouverture commandée, comme dans les bijouteries. »",
      "Dans la rue, l’inquiétude gagne. Une voisine dit avoir entendu « des cris, puis une moto " +
        "qui démarrait en trombe ». Le patron de la friterie voisine, Giuseppe Lo Russo, et son " +
        "fils Enzo n’ont rien vu, mais ils réclament plus de patrouilles. « Le soir, ici, il n’y a " +
        "plus personne », regrette le père.",
      "La zone de police Charleroi a lancé un appel à témoins. Selon une source policière, les " +
        "auteurs seraient « jeunes, probablement du coin ».",
    ],
    quotes: [
      [
        "Les auteurs sont entrés vers 1 h 30, l’un d’eux armé d’un couteau. La victime a tenté de " +
          "résister et a été touchée au bras",
        "le parquet de Charleroi",
      ],
      [
        "J’ai réagi par réflexe, je n’aurais jamais dû. Ils criaient, ils étaient très nerveux.",
        "Samir El Idrissi",
      ],
      [
        "C’est la troisième fois en deux ans, a-t-il ajouté. Je vais installer une porte à " +
          "ouverture commandée, comme dans les bijouteries.",
        "Samir El Idrissi",
      ],
      ["des cris, puis une moto qui démarrait en trombe", "Une voisine"],
      ["Le soir, ici, il n’y a plus personne", "Giuseppe Lo Russo"],
      ["jeunes, probablement du coin", "une source policière"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Courrier de la Nouvelle-Écosse, éducation : conseil d’administration par lettre en " +
      "fragment, directrice générale « a-t-elle déclaré en entrevue », mère nommée puis « la " +
      "résidente du quartier », porte-parole anonyme du ministère, président avec deux-points, " +
      "slogan entre guillemets",
    todo:
      "«La cafétéria est trop petite, alors les élève…» goes to la résidente du quartier Fairview, " +
      "not Amélie Thériault",
    headline: "Surpopulation : le CSAP réclame une nouvelle école à Halifax",
    paragraphs: [
      "Le Conseil scolaire acadien provincial (CSAP) presse la province de financer une nouvelle " +
        "école de langue française dans la péninsule de Halifax. L’École de la Citadelle, conçue " +
        "pour 600 élèves, en accueille aujourd’hui 870, dont une centaine dans sept classes " +
        "modulaires installées sur l’ancien terrain de soccer.",
      "Dans une lettre adressée au ministre de l’Éducation, le conseil d’administration du CSAP " +
        "évoque « une situation qui n’est plus tenable, ni pour les élèves ni pour le personnel ».",
      "La directrice générale du CSAP, Monique LeBlanc-Doucet, rappelle que les inscriptions ont " +
        "bondi de 40 % en cinq ans. « Les familles choisissent le français, et c’est une excellente " +
        "nouvelle. Mais on ne peut pas leur offrir des roulottes comme seule réponse », a-t-elle " +
        "déclaré en entrevue.",
      "Mère de trois enfants inscrits à la Citadelle, Amélie Thériault se désole de voir sa fille " +
        "manger à son pupitre. « La cafétéria est trop petite, alors les élèves dînent en trois " +
        "services. La plus jeune a vingt minutes pour manger », raconte la résidente du quartier " +
        "Fairview.",
      "Le ministère, lui, se montre prudent. « Le projet figure parmi les priorités examinées dans " +
        "le cadre du plan d’immobilisations scolaires », indique une porte-parole du ministère de " +
        "l’Éducation, sans avancer d’échéancier.",
      "La Fédération des parents acadiens de la Nouvelle-Écosse organise le 12 mai un " +
        "rassemblement sous le slogan « Nos enfants méritent des murs », devant l’Assemblée " +
        "législative. Son président, Denis Comeau, promet : « On sera là, avec les enfants et les " +
        "pancartes. »",
    ],
    quotes: [
      [
        "une situation qui n’est plus tenable, ni pour les élèves ni pour le personnel",
        "le conseil d’administration du CSAP",
      ],
      [
        "Les familles choisissent le français, et c’est une excellente nouvelle. Mais on ne peut " +
          "pas leur offrir des roulottes comme seule réponse",
        "Monique LeBlanc-Doucet",
      ],
      [
        "La cafétéria est trop petite, alors les élèves dînent en trois services. La plus jeune a " +
          "vingt minutes pour manger",
        "Amélie Thériault",
      ],
      [
        "Le projet figure parmi les priorités examinées dans le cadre du plan d’immobilisations " +
          "scolaires",
        "une porte-parole du ministère de l’Éducation",
      ],
      ["On sera là, avec les enfants et les pancartes.", "Denis Comeau"],
    ],
  }),
];

runArticles("fr", ARTICLES);
