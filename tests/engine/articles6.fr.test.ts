// A sixth round of composed French articles, written before the engine was run on them, in the
// styles of outlets and beats the first five rounds (articles.fr to articles5.fr) did not use: a
// steelworks job plan in Le Républicain lorrain, forest fires in the Var for Var-Matin, a ski resort
// without snow in La Montagne, a Brussels school strike on RTBF, a hospital emergency room in Le
// Journal de Montréal, Morocco's water plan in Le Matin, a pension reform vote covered by L’Express
// and a Sahel election on France 24. Every article is invented for these tests; speakers follow the
// corpus guidelines (the fullest name the article gives, without title; a body or document as named;
// the shortest description that identifies an unnamed source).
import { type ArticleCase, runArticles } from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name: "Le Républicain lorrain, sidérurgie : plan social, délégué syndical, direction, sous-préfet",
    headline: "Florange : 212 postes supprimés à l’aciérie, les syndicats appellent à la grève",
    standfirst:
      "La direction du site a présenté mardi son plan de réorganisation au comité social et " +
      "économique. Les salariés ont débrayé dans l’après-midi.",
    paragraphs: [
      "Le couperet est tombé en fin de matinée. Devant les élus du CSE, la direction de l’aciérie a " +
        "annoncé la suppression de 212 postes d’ici à la fin de l’année prochaine, sur les 870 que compte " +
        "le site mosellan.",
      "« On nous parle de compétitivité depuis dix ans. À chaque fois, ce sont les mêmes qui paient », " +
        "lâche Patrick Schaeffer, délégué CGT, à la sortie de la réunion. Autour de lui, une centaine de " +
        "salariés s’étaient rassemblés devant les grilles.",
      "Dans un communiqué, la direction évoque « un marché européen de l’acier durablement déprimé » et " +
        "promet « un accompagnement individualisé » pour chaque salarié concerné. Elle assure que " +
        "« la majorité des départs » se feront sur la base du volontariat.",
      "Pour Sandrine Klein, secrétaire du CSE, le compte n’y est pas. « Le volontariat, tout le monde " +
        "sait ce que ça veut dire ici. On va pousser les anciens dehors et ne plus embaucher de jeunes. " +
        "Dans cinq ans, il n’y aura plus personne pour faire tourner les fours. »",
      "Le sous-préfet de Thionville, Olivier Perrin, a reçu une délégation intersyndicale en fin de " +
        "journée. « L’État sera attentif au respect de chaque engagement pris par l’entreprise », a-t-il " +
        "indiqué à l’issue de l’entretien, sans davantage de précisions.",
      "Une assemblée générale est prévue jeudi matin. Les syndicats n’excluent pas un blocage des " +
        "expéditions.",
    ],
    quotes: [
      [
        "On nous parle de compétitivité depuis dix ans. À chaque fois, ce sont les mêmes qui paient",
        "Patrick Schaeffer",
      ],
      ["un marché européen de l’acier durablement déprimé", "La direction du site"],
      ["un accompagnement individualisé", "La direction du site"],
      ["la majorité des départs", "La direction du site"],
      [
        "Le volontariat, tout le monde sait ce que ça veut dire ici. On va pousser les anciens dehors et " +
          "ne plus embaucher de jeunes. Dans cinq ans, il n’y aura plus personne pour faire tourner les " +
          "fours.",
        "Sandrine Klein",
      ],
      ["L’État sera attentif au respect de chaque engagement pris par l’entreprise", "Olivier Perrin"],
    ],
  },
  {
    name: "Var-Matin, incendie : pompiers, maire, habitant évacué, préfet, « selon le Sdis »",
    headline: "Incendie dans le massif des Maures : « Le feu est fixé mais pas éteint »",
    paragraphs: [
      "Parti dimanche vers 14 heures d’un talus au bord de la départementale 558, l’incendie a parcouru " +
        "près de 640 hectares entre Collobrières et Grimaud avant d’être fixé lundi à l’aube, selon le " +
        "service départemental d’incendie et de secours.",
      "« Le feu est fixé mais pas éteint. Nos hommes vont rester sur place plusieurs jours pour traiter " +
        "les lisières », a prévenu le colonel Jérôme Castellan, qui dirigeait les opérations. Plus de 700 " +
        "pompiers et huit Canadair ont été mobilisés.",
      "À Grimaud, une quarantaine de familles ont passé la nuit au gymnase municipal. Bernard Olivieri, " +
        "74 ans, a dû quitter sa maison en pleine nuit : « J’ai pris mes médicaments et le chien. Quand " +
        "je me suis retourné, la colline était rouge. »",
      "Le maire de Collobrières, Christian Berthou, salue « un travail remarquable » des secours mais " +
        "réclame davantage de moyens pour le débroussaillement. « Les propriétaires ne peuvent pas tout " +
        "faire seuls. Sans aide, les mêmes parcelles brûleront encore dans dix ans », estime-t-il.",
      "Le préfet du Var s’est rendu sur place lundi midi. Il a annoncé l’ouverture d’une enquête pour " +
        "déterminer l’origine du sinistre, sans écarter la piste criminelle. « Aucune hypothèse n’est " +
        "exclue à ce stade », a-t-il déclaré.",
    ],
    quotes: [
      ["Le feu est fixé mais pas éteint", "Jérôme Castellan"],
      [
        "Le feu est fixé mais pas éteint. Nos hommes vont rester sur place plusieurs jours pour traiter " +
          "les lisières",
        "Jérôme Castellan",
      ],
      [
        "J’ai pris mes médicaments et le chien. Quand je me suis retourné, la colline était rouge.",
        "Bernard Olivieri",
      ],
      ["un travail remarquable", "Christian Berthou"],
      [
        "Les propriétaires ne peuvent pas tout faire seuls. Sans aide, les mêmes parcelles brûleront " +
          "encore dans dix ans",
        "Christian Berthou",
      ],
      ["Aucune hypothèse n’est exclue à ce stade", "Le préfet du Var"],
    ],
  },
  {
    name: "La Montagne, station de ski : exploitant, moniteur, conseillère départementale, saisonnière",
    headline: "Au Lioran, une saison sans neige qui inquiète toute la vallée",
    paragraphs: [
      "Les canons à neige tournent depuis le 12 décembre, mais seules quatre pistes sur les quarante-deux " +
        "du domaine sont ouvertes. Au Lioran, la station cantalienne, les réservations de février " +
        "accusent un recul de 30 % par rapport à l’an dernier.",
      "« On fait avec ce que le ciel nous donne. Mais produire de la neige à 3 degrés, ça coûte une " +
        "fortune et ça ne tient pas », reconnaît Alain Vaissière, directeur de la régie qui exploite les " +
        "remontées mécaniques.",
      "Moniteur à l’École du ski français depuis vingt-deux ans, Thierry Lafon n’a jamais connu un mois " +
        "de janvier aussi creux. Il donne deux cours par jour au lieu de six. « Les familles annulent au " +
        "dernier moment. On ne peut pas leur en vouloir », dit-il.",
      "Le Département, propriétaire de la station, prépare un plan de diversification. « Le Lioran ne " +
        "doit plus vivre trois mois par an. La randonnée, le VTT, le thermalisme : tout doit être mis sur " +
        "la table », affirme Céline Roux-Delmas, vice-présidente du conseil départemental chargée du " +
        "tourisme.",
      "Derrière le comptoir d’une crêperie au pied des pistes, Manon, saisonnière de 23 ans, a vu ses " +
        "heures divisées par deux. « Je suis venue pour travailler, pas pour regarder la pluie tomber », " +
        "sourit-elle.",
      "Une réunion publique est prévue le 3 février à la salle des fêtes de Laveissière.",
    ],
    quotes: [
      [
        "On fait avec ce que le ciel nous donne. Mais produire de la neige à 3 degrés, ça coûte une " +
          "fortune et ça ne tient pas",
        "Alain Vaissière",
      ],
      ["Les familles annulent au dernier moment. On ne peut pas leur en vouloir", "Thierry Lafon"],
      [
        "Le Lioran ne doit plus vivre trois mois par an. La randonnée, le VTT, le thermalisme : tout doit " +
          "être mis sur la table",
        "Céline Roux-Delmas",
      ],
      ["Je suis venue pour travailler, pas pour regarder la pluie tomber", "Manon"],
    ],
  },
  {
    name: "RTBF, enseignement : ministre, syndicat en sigle, directrice d’école, parent, « a réagi »",
    headline: "Grève dans l’enseignement : « Nous ne sommes pas des variables d’ajustement »",
    standfirst:
      "Plusieurs milliers d’enseignants ont manifesté mercredi à Bruxelles contre la réforme des " +
      "statuts. La ministre de l’Éducation se dit ouverte au dialogue.",
    paragraphs: [
      "Ils étaient près de 15 000 selon la police, 25 000 selon les organisateurs, à défiler de la gare " +
        "du Nord jusqu’au siège du gouvernement de la Fédération Wallonie-Bruxelles. Dans de nombreuses " +
        "écoles, les cours n’ont pas été assurés.",
      "« Nous ne sommes pas des variables d’ajustement. On nous demande de travailler plus longtemps " +
        "avec des classes plus chargées », a lancé au micro Roland Lahaye, président de la " +
        "CSC-Enseignement, en tête du cortège.",
      "Directrice d’une école fondamentale à Schaerbeek, Nathalie Vercruysse a fermé son établissement " +
        "pour la journée. « La moitié de mon équipe est en grève. Je ne pouvais pas garantir un accueil " +
        "correct aux enfants », explique-t-elle.",
      "La ministre de l’Éducation, Valérie Glatigny, a réagi en fin d’après-midi. « J’entends la colère, " +
        "mais la réforme est nécessaire pour maintenir la qualité de notre enseignement. Ma porte reste " +
        "ouverte », a-t-elle déclaré à la RTBF.",
      "Du côté des parents, l’inquiétude grandit. « Trois jours de grève en un mois, ça commence à " +
        "faire beaucoup pour les enfants », regrette Julien, père de deux élèves à Ixelles.",
      "Les syndicats ont déjà annoncé une nouvelle journée d’action le 14 mars.",
    ],
    quotes: [
      ["Nous ne sommes pas des variables d’ajustement", "Roland Lahaye"],
      [
        "Nous ne sommes pas des variables d’ajustement. On nous demande de travailler plus longtemps " +
          "avec des classes plus chargées",
        "Roland Lahaye",
      ],
      [
        "La moitié de mon équipe est en grève. Je ne pouvais pas garantir un accueil correct aux enfants",
        "Nathalie Vercruysse",
      ],
      [
        "J’entends la colère, mais la réforme est nécessaire pour maintenir la qualité de notre " +
          "enseignement. Ma porte reste ouverte",
        "Valérie Glatigny",
      ],
      ["Trois jours de grève en un mois, ça commence à faire beaucoup pour les enfants", "Julien"],
    ],
  },
  {
    name: "Journal de Montréal, urgences : patiente, CISSS par courriel, infirmière anonyme, ministre",
    headline: "Urgences de Saint-Jérôme : 22 heures d’attente sur une civière",
    paragraphs: [
      "Arrivée lundi soir avec de fortes douleurs abdominales, Lise Gagnon a attendu près de 22 heures " +
        "sur une civière dans un corridor de l’hôpital régional de Saint-Jérôme avant de voir un médecin.",
      "« Je pensais que j’allais mourir là, dans le corridor, entre deux portes. Personne ne venait me " +
        "voir », raconte la dame de 67 ans, qui a finalement été opérée de la vésicule biliaire mardi.",
      "Mardi midi, le taux d’occupation des civières y atteignait 187 %. Par courriel, le CISSS des " +
        "Laurentides a reconnu une « situation exceptionnelle » liée à une hausse des cas de grippe, et " +
        "affirme que « chaque patient est évalué selon la gravité de son état ».",
      "Une infirmière qui a requis l’anonymat par crainte de représailles décrit un quotidien épuisant. " +
        "« On est deux pour trente patients la nuit. On fait ce qu’on peut, mais on sait qu’on en " +
        "échappe », confie-t-elle au Journal.",
      "En point de presse à Québec, le ministre de la Santé, Christian Dubé, a assuré que des renforts " +
        "seraient envoyés dès la semaine prochaine. « Ce qu’a vécu cette dame n’est pas acceptable. On va " +
        "corriger la situation », a-t-il dit.",
      "L’opposition officielle réclame pour sa part une enquête indépendante sur les urgences de la " +
        "région.",
    ],
    quotes: [
      [
        "Je pensais que j’allais mourir là, dans le corridor, entre deux portes. Personne ne venait me " +
          "voir",
        "Lise Gagnon",
      ],
      ["situation exceptionnelle", "le CISSS des Laurentides"],
      ["chaque patient est évalué selon la gravité de son état", "le CISSS des Laurentides"],
      [
        "On est deux pour trente patients la nuit. On fait ce qu’on peut, mais on sait qu’on en échappe",
        "Une infirmière",
      ],
      ["Ce qu’a vécu cette dame n’est pas acceptable. On va corriger la situation", "Christian Dubé"],
    ],
  },
  {
    name: "Le Matin (Maroc), eau : ministre au Parlement, ONEE, agriculteur, expert, « a souligné »",
    headline: "Stress hydrique : le gouvernement accélère le programme de dessalement",
    paragraphs: [
      "Face à une sixième année consécutive de sécheresse, le gouvernement a présenté mardi devant la " +
        "Chambre des représentants un calendrier resserré pour la construction de sept nouvelles stations " +
        "de dessalement d’eau de mer d’ici 2030.",
      "« Le dessalement n’est plus une option, c’est une nécessité. Nos barrages sont remplis à moins de " +
        "25 % », a souligné le ministre de l’Équipement et de l’Eau, Nizar Baraka, lors de la séance des " +
        "questions orales.",
      "Selon l’Office national de l’électricité et de l’eau potable (ONEE), la station de Casablanca, " +
        "la plus grande du programme, devrait produire ses premiers mètres cubes à l’été 2027. L’Office " +
        "évoque « un chantier sans précédent à l’échelle du continent ».",
      "Dans la région du Souss, les agriculteurs attendent des mesures concrètes. « Cette année, j’ai " +
        "arraché la moitié de mes agrumes. Sans eau, on ne peut pas continuer », témoigne Brahim " +
        "Oubaha, exploitant à Taroudant.",
      "Pour l’hydrologue Abdelkader Benali, enseignant-chercheur à l’université Mohammed V de Rabat, " +
        "le dessalement ne suffira pas. « Il faut revoir en profondeur les choix agricoles. On continue " +
        "d’exporter de l’eau sous forme de pastèques et d’avocats », prévient-il.",
    ],
    quotes: [
      [
        "Le dessalement n’est plus une option, c’est une nécessité. Nos barrages sont remplis à moins de " +
          "25 %",
        "Nizar Baraka",
      ],
      [
        "un chantier sans précédent à l’échelle du continent",
        "L’Office national de l’électricité et de " + "l’eau potable",
      ],
      [
        "Cette année, j’ai arraché la moitié de mes agrumes. Sans eau, on ne peut pas continuer",
        "Brahim Oubaha",
      ],
      [
        "Il faut revoir en profondeur les choix agricoles. On continue d’exporter de l’eau sous forme de " +
          "pastèques et d’avocats",
        "Abdelkader Benali",
      ],
    ],
  },
  {
    name: "L’Express, retraites : rapporteur, cheffe de groupe, « confie un député », Premier ministre",
    headline: "Retraites : à l’Assemblée, la majorité suspendue à une poignée de voix",
    standfirst:
      "Le texte arrive dans l’hémicycle lundi. Dans les couloirs du Palais-Bourbon, chacun compte et " +
      "recompte.",
    paragraphs: [
      "Il manque une dizaine de voix, peut-être moins. À la veille de l’examen du projet de loi, le " +
        "rapporteur, Guillaume Kasbarian, se veut pourtant confiant : « Le texte a été amendé, enrichi. " +
        "Je ne vois pas ce qui empêcherait un député responsable de le voter. »",
      "Chez les socialistes, la ligne n’a pas bougé. « Reculer l’âge de départ, c’est faire payer ceux " +
        "qui ont commencé à travailler tôt. Nous voterons contre, sans hésitation », tranche Mathilde " +
        "Forgeot, présidente du groupe.",
      "C’est au centre que tout se jouera. « Je n’ai pas encore décidé. J’attends de voir ce que le " +
        "gouvernement met sur la table pour les carrières longues », confie un député du groupe Liot, " +
        "courtisé depuis des jours par Matignon.",
      "Le Premier ministre, lui, a multiplié les rendez-vous cette semaine. Devant des parlementaires " +
        "de la majorité, jeudi, il aurait prévenu qu’il n’hésiterait pas à « prendre ses " +
        "responsabilités », selon un participant, une allusion à peine voilée au 49.3.",
      "« Si le gouvernement passe en force, il portera seul la responsabilité de ce qui suivra », " +
        "avertit de son côté le secrétaire général de Force ouvrière, Frédéric Souillot. Les syndicats " +
        "ont appelé à manifester mardi.",
    ],
    quotes: [
      [
        "Le texte a été amendé, enrichi. Je ne vois pas ce qui empêcherait un député responsable de le " +
          "voter.",
        "Guillaume Kasbarian",
      ],
      [
        "Reculer l’âge de départ, c’est faire payer ceux qui ont commencé à travailler tôt. Nous voterons " +
          "contre, sans hésitation",
        "Mathilde Forgeot",
      ],
      [
        "Je n’ai pas encore décidé. J’attends de voir ce que le gouvernement met sur la table pour les " +
          "carrières longues",
        "un député du groupe Liot",
      ],
      ["prendre ses responsabilités", "Le Premier ministre"],
      [
        "Si le gouvernement passe en force, il portera seul la responsabilité de ce qui suivra",
        "Frédéric Souillot",
      ],
    ],
  },
  {
    name: "France 24, Sahel : Ceni, opposant en exil, observateurs, « a affirmé à France 24 »",
    todo: "a partial quote qualifying a noun (« a rejeté des chiffres « … » ») is dropped",
    headline: "Présidentielle au Niger : l’opposition conteste des résultats « fabriqués »",
    paragraphs: [
      "La Commission électorale nationale indépendante (Ceni) a proclamé dans la nuit de dimanche à " +
        "lundi la victoire dès le premier tour du candidat sortant, crédité de 61,4 % des suffrages. La " +
        "participation s’établit à 48 %, selon les chiffres officiels.",
      "Depuis Paris, où il vit en exil depuis trois ans, le principal candidat de l’opposition, Hama " +
        "Souleymane, a rejeté des chiffres « fabriqués de toutes pièces ». « Dans la moitié des bureaux " +
        "de Niamey, nos délégués ont été chassés avant le dépouillement », a-t-il affirmé à France 24.",
      "Le président de la Ceni, Issoufou Boubacar, défend au contraire un scrutin « libre et " +
        "transparent ». « Les résultats ont été compilés bureau par bureau, en présence des représentants " +
        "de tous les candidats », a-t-il assuré lors de la proclamation.",
      "La mission d’observation de l’Union africaine s’est montrée plus nuancée. Dans sa déclaration " +
        "préliminaire, elle relève « des irrégularités dans plusieurs régions » sans pour autant remettre " +
        "en cause l’issue du vote.",
      "À Niamey, la journée de lundi a été calme. « Les gens ont peur. Personne ne veut descendre dans " +
        "la rue pour se faire arrêter », explique un commerçant du grand marché, qui préfère garder " +
        "l’anonymat.",
    ],
    quotes: [
      ["fabriqués", "l’opposition"],
      ["fabriqués de toutes pièces", "Hama Souleymane"],
      [
        "Dans la moitié des bureaux de Niamey, nos délégués ont été chassés avant le dépouillement",
        "Hama Souleymane",
      ],
      ["libre et transparent", "Issoufou Boubacar"],
      [
        "Les résultats ont été compilés bureau par bureau, en présence des représentants de tous les " +
          "candidats",
        "Issoufou Boubacar",
      ],
      ["des irrégularités dans plusieurs régions", "La mission d’observation de l’Union africaine"],
      [
        "Les gens ont peur. Personne ne veut descendre dans la rue pour se faire arrêter",
        "un commerçant du grand marché",
      ],
    ],
  },
];

runArticles("fr", ARTICLES);
