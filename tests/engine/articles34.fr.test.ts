// A thirty-fourth round of composed French articles, in the styles of outlets and beats the first
// thirty-three rounds (articles.fr to articles33.fr) did not use: a stage premiere at the Théâtre national
// de Nice in Nice-Matin, coral bleaching in the Saint-Gilles lagoon for Clicanoo (La Réunion), a rugby
// derby won by Tarbes in La Semaine des Pyrénées, a village bakery saved in L’Éveil de Pont-Audemer, a
// budget vote at the Congrès in Les Nouvelles calédoniennes, night closures of emergency rooms on
// franceinfo, a fraud trial in Geneva for the Tribune de Genève, a jewellery shop robbery in Roubaix for
// Nord Éclair, baccalauréat results in Réalités (Tunisie) and a Namur e-bike maker on Canal C (Belgique).
// Every article was written for these tests, before the engine was run on them; speakers follow the
// corpus guidelines (the fullest name the article gives, without title; a body or document as named;
// the shortest description that identifies an unnamed source).
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
      "Nice-Matin, culture : citation au titre d’une metteuse en scène nommée dans le texte, titre de " +
      "pièce entre guillemets, comédien nommé puis « le comédien » avec deux-points, citation sur deux " +
      "paragraphes, spectatrice anonyme « glisse », programme de salle en fragment",
    todo:
      "«On rit, mais on sort un peu secoué» goes to une abonnée de longue, not une abonnée de longue " +
      "date",
    headline: "« J’ai voulu un Molière qui sente la Méditerranée » : le TNN ouvre sa saison",
    paragraphs: [
      "Salle comble, jeudi soir, pour la première de « L’Avare » au Théâtre national de Nice. La " +
        "metteuse en scène Agnès Ferraud, 46 ans, a transposé la pièce dans une villa du Cap-Ferrat " +
        "des années 1960, entre piscine vide et transistors.",
      "« J’ai voulu un Molière qui sente la Méditerranée. Harpagon n’enterre plus sa cassette au " +
        "jardin, il la cache dans le local de la piscine », sourit la Niçoise, qui signe là sa " +
        "première création pour le TNN.",
      "Dans le rôle-titre, Patrick Oliveri, pilier de la troupe depuis vingt ans. Le comédien ne " +
        "cache pas son trac : « Harpagon, tout le monde croit le connaître. Le piège, c’est d’en " +
        "faire un vieux grigou de dessin animé.",
      "« Moi, je joue un homme qui a peur. Peur de mourir, peur d’être volé, peur d’être aimé pour " +
        "son argent. »",
      "Le programme de salle évoque « une comédie féroce sur la solitude des possédants ». Les " +
        "décors, signés Julien Marro, ont été construits dans les ateliers du théâtre, rue " +
        "Saint-François-de-Paule.",
      "À l’entracte, une abonnée de longue date se montrait conquise. « On rit, mais on sort un peu " +
        "secoué », glisse-t-elle. « L’Avare » se joue jusqu’au 19 octobre.",
    ],
    quotes: [
      ["J’ai voulu un Molière qui sente la Méditerranée", "Agnès Ferraud"],
      [
        "J’ai voulu un Molière qui sente la Méditerranée. Harpagon n’enterre plus sa cassette au " +
          "jardin, il la cache dans le local de la piscine",
        "Agnès Ferraud",
      ],
      [
        "Harpagon, tout le monde croit le connaître. Le piège, c’est d’en faire un vieux grigou de " +
          "dessin animé.",
        "Patrick Oliveri",
      ],
      [
        "Moi, je joue un homme qui a peur. Peur de mourir, peur d’être volé, peur d’être aimé pour " +
          "son argent.",
        "Patrick Oliveri",
      ],
      ["une comédie féroce sur la solitude des possédants", "Le programme de salle"],
      ["On rit, mais on sort un peu secoué", "une abonnée de longue date"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Clicanoo, environnement : biologiste nommée avec deux-points, citation coupée par « poursuit-" +
      "elle », réserve marine « selon » en fragment, pêcheur nommé puis « le quinquagénaire », " +
      "deux hommes dans un paragraphe, nom d’opération entre guillemets",
    headline: "Lagon de Saint-Gilles : le corail blanchit à vue d’œil",
    paragraphs: [
      "Les premières taches sont apparues fin janvier. Trois semaines plus tard, près d’un tiers des " +
        "colonies du platier de L’Ermitage présentent des signes de blanchissement, après un épisode " +
        "de chaleur marine sans précédent sur la côte ouest.",
      "Biologiste à l’université de La Réunion, Sandrine Payet plonge sur le site chaque semaine. " +
        "Son constat est sans appel : « L’eau a atteint 31 degrés au fond du lagon. À ce niveau, le " +
        "corail expulse les algues qui le nourrissent. »",
      "« S’il fait plus frais d’ici à la mi-mars, une partie des colonies peut récupérer, poursuit-" +
        "elle. Sinon, on parlera de mortalité massive. »",
      "Selon la Réserve naturelle marine de La Réunion, le phénomène reste « localisé, mais " +
        "préoccupant ». Elle lance l’opération « Lagon sous surveillance », qui mobilise une " +
        "quarantaine de plongeurs bénévoles.",
      "Sur la plage, Jean-Claude Hoarau, 54 ans, pêcheur à pied, a croisé son voisin Willy Técher, " +
        "moniteur de plongée de 32 ans. « Les poissons-perroquets sont toujours là, mais le corail est " +
        "tout blanc, comme de l’os », a raconté le quinquagénaire, qui dit n’avoir « jamais vu ça ».",
    ],
    quotes: [
      [
        "L’eau a atteint 31 degrés au fond du lagon. À ce niveau, le corail expulse les algues qui le " +
          "nourrissent.",
        "Sandrine Payet",
      ],
      [
        "S’il fait plus frais d’ici à la mi-mars, une partie des colonies peut récupérer, poursuit-" +
          "elle. Sinon, on parlera de mortalité massive.",
        "Sandrine Payet",
      ],
      ["localisé, mais préoccupant", "la Réserve naturelle marine de La Réunion"],
      [
        "Les poissons-perroquets sont toujours là, mais le corail est tout blanc, comme de l’os",
        "Jean-Claude Hoarau",
      ],
      ["jamais vu ça", "Jean-Claude Hoarau"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Semaine des Pyrénées, sport : entraîneur nommé puis « le technicien » inversé, capitaine " +
      "sans verbe après présentation, adversaire « a reconnu » avec deux hommes dans le paragraphe, " +
      "surnom et chant de tribune entre guillemets, club par communiqué en fragment",
    todo:
      "«une indiscipline qui coûte cher» goes to Vincent Laborde, not Thierry Duclos; «On leur offre " +
      "trois pénalités faciles. À ce n…» goes to Vincent Laborde, not Thierry Duclos; «un public " +
      "exceptionnel» goes to le Stado Tarbes Pyrénées, not Le Stado Tarbes Pyrénées rugby",
    headline: "Rugby : le Stado s’offre le derby face à Lourdes",
    paragraphs: [
      "Le Stado Tarbes Pyrénées rugby a remporté dimanche le derby bigourdan face au FC Lourdes " +
        "(24-17), devant 6 200 spectateurs au stade Maurice-Trélut. Une victoire arrachée dans les " +
        "dix dernières minutes grâce à un essai de Mathieu Cazaux, surnommé « le Bulldozer » par les " +
        "supporters.",
      "« On a été mangés en mêlée pendant une heure. Mais ce groupe ne lâche jamais », a savouré " +
        "l’entraîneur tarbais, Vincent Laborde. « Le derby, ça ne se joue pas, ça se gagne », a " +
        "ajouté le technicien, visiblement ému.",
      "Le capitaine Romain Abadie, lui, avait la voix cassée d’avoir trop crié. « Quand on entend " +
        "le stade chanter comme ça, on a quinze kilos de plus sur les épaules. »",
      "En face, l’entraîneur lourdais Thierry Duclos est venu saluer son homologue. Il regrette " +
        "« une indiscipline qui coûte cher ». « On leur offre trois pénalités faciles. À ce niveau, " +
        "ça ne pardonne pas », a-t-il reconnu.",
      "Dans les tribunes, le chant « Allez les Rouge et Blanc » a résonné bien après le coup de " +
        "sifflet final. Dans un communiqué, le Stado salue « un public exceptionnel » et annonce " +
        "un record d’affluence pour la saison.",
    ],
    quotes: [
      ["On a été mangés en mêlée pendant une heure. Mais ce groupe ne lâche jamais", "Vincent Laborde"],
      ["Le derby, ça ne se joue pas, ça se gagne", "Vincent Laborde"],
      [
        "Quand on entend le stade chanter comme ça, on a quinze kilos de plus sur les épaules.",
        "Romain Abadie",
      ],
      ["une indiscipline qui coûte cher", "Thierry Duclos"],
      ["On leur offre trois pénalités faciles. À ce niveau, ça ne pardonne pas", "Thierry Duclos"],
      ["un public exceptionnel", "Le Stado Tarbes Pyrénées rugby"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Éveil de Pont-Audemer, vie locale : citation au chapô du maire nommé dans le texte, " +
      "boulanger nommé puis « le trentenaire », deux femmes dans un paragraphe (« renchérit sa " +
      "voisine »), nom de commerce entre guillemets, « d’après » la chambre de métiers en fragment",
    todo:
      "«J’ai grandi à Pont-Audemer. Reprendre un comm…» goes to un dépôt de journaux, not Kévin " +
      "Marais; «Au Fournil de Siméon» taken for a quote",
    headline: "À Saint-Siméon, la boulangerie rouvre ses portes",
    standfirst: "« Sans pain, un village s’éteint », rappelle le maire, qui a racheté les murs.",
    paragraphs: [
      "Fermée depuis dix-huit mois, l’unique boulangerie de Saint-Siméon a rouvert samedi matin. La " +
        "commune de 480 habitants avait racheté le local l’an dernier pour 95 000 euros, avant de le " +
        "louer à un jeune artisan.",
      "« Sans pain, un village s’éteint. Les gens ne se croisaient plus, il n’y avait plus de " +
        "raison de sortir le matin », explique le maire, Didier Lecoq.",
      "Aux fourneaux, Kévin Marais, 31 ans, formé à Évreux. Le trentenaire a rebaptisé la boutique " +
        "« Au Fournil de Siméon » et proposera aussi un dépôt de journaux. « J’ai grandi à " +
        "Pont-Audemer. Reprendre un commerce à la campagne, c’était un rêve », confie-t-il.",
      "Dans la file d’attente, Josiane Leroux, 78 ans, tenait à être la première cliente. « Je " +
        "prenais le car pour aller chercher ma baguette », raconte-t-elle. « Et le dimanche, il n’y " +
        "avait pas de car », renchérit sa voisine, Monique Duval.",
      "D’après la chambre de métiers et de l’artisanat de l’Eure, près d’une commune sur deux du " +
        "département n’a plus de boulangerie, un phénomène « qui s’accélère depuis dix ans ».",
    ],
    quotes: [
      ["Sans pain, un village s’éteint", "Didier Lecoq"],
      [
        "Sans pain, un village s’éteint. Les gens ne se croisaient plus, il n’y avait plus de raison " +
          "de sortir le matin",
        "Didier Lecoq",
      ],
      ["J’ai grandi à Pont-Audemer. Reprendre un commerce à la campagne, c’était un rêve", "Kévin Marais"],
      ["Je prenais le car pour aller chercher ma baguette", "Josiane Leroux"],
      ["Et le dimanche, il n’y avait pas de car", "Monique Duval"],
      ["qui s’accélère depuis dix ans", "la chambre de métiers et de l’artisanat de l’Eure"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Les Nouvelles calédoniennes, politique : élu nommé avec fragment puis « a-t-il martelé », " +
      "élue d’opposition « a répliqué » après deux-points, rapport en fragment, verbe inversé " +
      "« estime le membre du gouvernement », collaborateur anonyme, nom de plan entre guillemets",
    todo:
      "«On nous promet ça depuis cinq ans.» goes to Alexandre Wamytan-Poigoune, not Un collaborateur " +
      "de groupe",
    headline: "Budget 2026 : le Congrès adopte un texte d’austérité",
    paragraphs: [
      "Après deux jours de séance, le Congrès de la Nouvelle-Calédonie a adopté mercredi soir le " +
        "budget primitif 2026 par 29 voix contre 21. Un budget en baisse de 9 %, marqué par le gel " +
        "des recrutements et une hausse de la taxe générale sur la consommation.",
      "Le membre du gouvernement chargé du budget, Alexandre Wamytan-Poigoune, a défendu « le seul " +
        "budget possible ». « Nous n’avons plus de trésorerie. Sans ces mesures, les salaires des " +
        "fonctionnaires ne seraient pas payés en mars », a-t-il martelé à la tribune.",
      "L’opposition n’a pas désarmé. Élue de la province Sud, Caroline Lemaire a répliqué : « Vous " +
        "faites payer la crise aux familles qui font leurs courses, pas à ceux qui l’ont provoquée. »",
      "Un rapport de la chambre territoriale des comptes, publié en octobre, jugeait la situation " +
        "financière du territoire « critique » et recommandait « des réformes structurelles sans " +
        "délai ».",
      "« Ce budget n’est qu’une étape. Le vrai rendez-vous, c’est la réforme de la protection " +
        "sociale », estime le membre du gouvernement, qui présentera en février son plan « Cap " +
        "2030 ». Un collaborateur de groupe, en coulisses, reste sceptique : « On nous promet ça " +
        "depuis cinq ans. »",
    ],
    quotes: [
      ["le seul budget possible", "Alexandre Wamytan-Poigoune"],
      [
        "Nous n’avons plus de trésorerie. Sans ces mesures, les salaires des fonctionnaires ne " +
          "seraient pas payés en mars",
        "Alexandre Wamytan-Poigoune",
      ],
      [
        "Vous faites payer la crise aux familles qui font leurs courses, pas à ceux qui l’ont " +
          "provoquée.",
        "Caroline Lemaire",
      ],
      ["critique", "Un rapport de la chambre territoriale des comptes"],
      ["des réformes structurelles sans délai", "Un rapport de la chambre territoriale des comptes"],
      [
        "Ce budget n’est qu’une étape. Le vrai rendez-vous, c’est la réforme de la protection " + "sociale",
        "Alexandre Wamytan-Poigoune",
      ],
      ["On nous promet ça depuis cinq ans.", "Un collaborateur de groupe"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "franceinfo, santé : urgentiste nommée puis « la médecin », ARS par communiqué en fragment, " +
      "patient anonyme « selon » puis « témoigne-t-il », syndicat avec deux-points, citation coupée " +
      "par « a-t-elle ajouté », terme entre guillemets",
    todo:
      "«On installe durablement une médecine à deux v…» goes to Samu-Urgences de France, not Le " +
      "syndicat Samu-Urgences de France",
    headline: "Urgences fermées la nuit : à Saint-Amand, « on trie les malades au téléphone »",
    paragraphs: [
      "Depuis le 1er juillet, les urgences du centre hospitalier de Saint-Amand-Montrond (Cher) " +
        "ferment de 20 heures à 8 heures, faute de médecins. Les patients doivent appeler le 15 " +
        "avant de se déplacer, un dispositif de « régulation préalable » déjà généralisé dans " +
        "plusieurs départements.",
      "« La nuit, on trie les malades au téléphone. C’est un métier, mais ce n’est pas de la " +
        "médecine d’urgence », déplore le Dr Claire Bonnin, urgentiste au Samu du Cher.",
      "« Un appel sur trois, a-t-elle ajouté, aboutit à un conseil et pas à un déplacement. » La " +
        "médecin craint des retards de prise en charge pour les patients âgés, qui « minimisent " +
        "toujours leurs symptômes ».",
      "Dans un communiqué, l’agence régionale de santé Centre-Val de Loire assure que la mesure est " +
        "« temporaire » et qu’un « renfort de trois praticiens » est attendu à l’automne.",
      "Un habitant de Lignières, 67 ans, a dû parcourir 45 kilomètres jusqu’à Bourges pour une " +
        "douleur thoracique. « J’ai attendu le Smur quarante minutes dans mon salon », témoigne-t-il.",
      "Le syndicat Samu-Urgences de France, lui, ne décolère pas : « On installe durablement une " +
        "médecine à deux vitesses entre les villes et les campagnes. »",
    ],
    quotes: [
      ["on trie les malades au téléphone", "Claire Bonnin"],
      [
        "La nuit, on trie les malades au téléphone. C’est un métier, mais ce n’est pas de la " +
          "médecine d’urgence",
        "Claire Bonnin",
      ],
      ["Un appel sur trois, a-t-elle ajouté, aboutit à un conseil et pas à un déplacement.", "Claire Bonnin"],
      ["minimisent toujours leurs symptômes", "Claire Bonnin"],
      ["temporaire", "l’agence régionale de santé Centre-Val de Loire"],
      ["renfort de trois praticiens", "l’agence régionale de santé Centre-Val de Loire"],
      ["J’ai attendu le Smur quarante minutes dans mon salon", "Un habitant de Lignières"],
      [
        "On installe durablement une médecine à deux vitesses entre les villes et les campagnes.",
        "Le syndicat Samu-Urgences de France",
      ],
    ],
  }),
  {
    name:
      "Tribune de Genève, justice : guillemets sans espace, prévenu nommé puis « le quinquagénaire », " +
      "procureure et avocate dans un paragraphe, acte d’accusation en fragment, présidente avec " +
      "deux-points, nom de société entre guillemets",
    headline: "Faux placements: l’ex-gérant de fortune condamné à quatre ans",
    paragraphs: [
      "Le Tribunal correctionnel de Genève a condamné vendredi Olivier Reymond à quatre ans de " +
        "prison pour escroquerie par métier et faux dans les titres. L’ancien gérant de fortune, 58 " +
        "ans, avait détourné quelque 12 millions de francs confiés par une trentaine de clients.",
      "Selon l’acte d’accusation, il faisait croire à ses clients à des placements «garantis à 7% " +
        "par an» dans sa société «Léman Patrimoine SA», qui servait en réalité à régler ses dettes " +
        "personnelles.",
      "«Je voulais rembourser tout le monde. J’ai cru jusqu’au bout que le prochain placement " +
        "rattraperait les pertes», a déclaré le quinquagénaire à l’audience, la voix nouée.",
      "La procureure Valérie Chappuis avait requis cinq ans. «Ce n’est pas un homme dépassé, c’est " +
        "un système pensé pour durer», a-t-elle lancé. Son avocate, Me Laure Grandjean, a plaidé la " +
        "«détresse d’un homme qui ne savait plus dire non».",
      "En rendant le jugement, la présidente Isabelle Monnier a relevé la gravité des faits: «Des " +
        "retraités ont perdu l’épargne d’une vie. Le tribunal ne peut l’ignorer.»",
      "Plusieurs parties plaignantes étaient présentes. Une ancienne cliente de Carouge, qui a " +
        "perdu 400 000 francs, se dit «soulagée, mais pas réparée».",
    ],
    quotes: [
      ["garantis à 7% par an", "l’acte d’accusation"],
      [
        "Je voulais rembourser tout le monde. J’ai cru jusqu’au bout que le prochain placement " +
          "rattraperait les pertes",
        "Olivier Reymond",
      ],
      ["Ce n’est pas un homme dépassé, c’est un système pensé pour durer", "Valérie Chappuis"],
      ["détresse d’un homme qui ne savait plus dire non", "Laure Grandjean"],
      ["Des retraités ont perdu l’épargne d’une vie. Le tribunal ne peut l’ignorer.", "Isabelle Monnier"],
      ["soulagée, mais pas réparée", "Une ancienne cliente de Carouge"],
    ],
  },
  {
    name:
      "Nord Éclair, faits divers : guillemets droits, police « selon » en fragment, bijoutier nommé " +
      "puis « le commerçant », témoin anonyme « raconte un riverain », parquet par communiqué, " +
      "citation sans verbe après présentation, enseigne entre guillemets",
    headline: "Roubaix : braquage à la bijouterie de la Grand-Rue, le gérant frappé",
    paragraphs: [
      'Deux hommes casqués ont braqué mardi vers 18 h 30 la bijouterie "Or et Lumière", dans la ' +
        "Grand-Rue à Roubaix. Selon la police, les malfaiteurs, armés d'une hache, ont brisé trois " +
        'vitrines et pris la fuite à scooter avec "une quarantaine de bijoux et de montres".',
      "Le gérant, Patrick Delannoy, 61 ans, a été frappé au visage. Joint le lendemain, le " +
        "commerçant était encore sous le choc. \"En trente ans de métier, je n'avais jamais vu une " +
        'telle violence. Ils ne disaient rien, ils cassaient."',
      '"J\'ai entendu les vitres exploser, puis le scooter démarrer en trombe vers le canal", ' +
        "raconte un riverain, qui a appelé le 17.",
      "Dans un communiqué, le parquet de Lille indique qu'une enquête a été ouverte pour \"vol avec " +
        'arme en bande organisée" et confiée à la police judiciaire.',
      "C'est le deuxième braquage de bijouterie dans la métropole depuis le début de l'année. " +
        '"Les commerçants ont peur", résume Sandrine Vermeersch, présidente de l\'union des ' +
        "commerçants du centre-ville.",
    ],
    quotes: [
      ["une quarantaine de bijoux et de montres", "la police"],
      [
        "En trente ans de métier, je n'avais jamais vu une telle violence. Ils ne disaient rien, ils " +
          "cassaient.",
        "Patrick Delannoy",
      ],
      ["J'ai entendu les vitres exploser, puis le scooter démarrer en trombe vers le canal", "un riverain"],
      ["vol avec arme en bande organisée", "le parquet de Lille"],
      ["Les commerçants ont peur", "Sandrine Vermeersch"],
    ],
  },
  {
    name:
      "Réalités, éducation : guillemets anglais “ ”, ministre nommé « a indiqué », syndicat en " +
      "fragment, lauréate nommée puis « la jeune fille » sans verbe, proviseur « confie-t-il », " +
      "parent anonyme, citation au titre d’une lauréate nommée dans le texte",
    headline: "Bac 2026 : “J’ai pleuré en voyant ma moyenne”, la lauréate nationale est de Sfax",
    paragraphs: [
      "Le taux de réussite à la session principale du baccalauréat 2026 s’élève à 41,2%, contre " +
        "39,8% l’an dernier, a annoncé lundi le ministère de l’Education. La section mathématiques " +
        "enregistre le meilleur taux, avec 74,5%.",
      "“Ces résultats confirment une amélioration progressive, mais les écarts entre régions restent " +
        "inacceptables”, a indiqué le ministre de l’Education, Nabil Trabelsi, lors d’une conférence " +
        "de presse à Tunis.",
      "La Fédération générale de l’enseignement secondaire a de son côté dénoncé “des classes " +
        "surchargées et des établissements délabrés” dans les gouvernorats de l’intérieur.",
      "La meilleure moyenne nationale, 19,61 en section mathématiques, revient à Yasmine Karray, " +
        "élève du lycée pilote de Sfax. La jeune fille n’en revenait toujours pas : “J’ai pleuré en " +
        "voyant ma moyenne. Je veux faire médecine, à Tunis ou à l’étranger.”",
      "“C’est le fruit d’un travail régulier, sans cours particuliers à outrance”, confie son " +
        "proviseur, Hédi Chaabouni. Devant le lycée, un père d’élève se montre plus amer : “Sans " +
        "cours particuliers, mon fils n’aurait rien eu.”",
    ],
    quotes: [
      ["J’ai pleuré en voyant ma moyenne", "Yasmine Karray"],
      [
        "Ces résultats confirment une amélioration progressive, mais les écarts entre régions restent " +
          "inacceptables",
        "Nabil Trabelsi",
      ],
      [
        "des classes surchargées et des établissements délabrés",
        "La Fédération générale de l’enseignement secondaire",
      ],
      [
        "J’ai pleuré en voyant ma moyenne. Je veux faire médecine, à Tunis ou à l’étranger.",
        "Yasmine Karray",
      ],
      ["C’est le fruit d’un travail régulier, sans cours particuliers à outrance", "Hédi Chaabouni"],
      ["Sans cours particuliers, mon fils n’aurait rien eu.", "un père d’élève"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Canal C, économie : citation coupée par « explique X » hors des guillemets, « le " +
      "patron » avec deux-points, analyste « selon » en fragment, région par communiqué, deux hommes " +
      "dans un paragraphe, nom de modèle et de plan entre guillemets",
    todo: "«Le marché a ralenti après le Covid, mais le v…» goes to Le patron, not Thomas Lejeune",
    headline: "Le vélo wallon Cyclorix double sa capacité à Naninne",
    paragraphs: [
      "Le fabricant de vélos électriques Cyclorix va investir 14 millions d’euros dans une " +
        "nouvelle ligne d’assemblage sur son site de Naninne. L’entreprise namuroise, fondée en 2016, " +
        "vise 60 000 vélos par an d’ici 2028 et l’embauche de 120 personnes.",
      "« Nous refusons de tout faire fabriquer en Asie », explique Thomas Lejeune, fondateur et " +
        "administrateur délégué de Cyclorix. « Les cadres restent soudés ici, à quelques kilomètres " +
        "des anciennes carrières. »",
      "Son modèle phare, le « Meuse Cargo », s’est vendu à 9 000 exemplaires l’an dernier. Le " +
        "patron se veut confiant : « Le marché a ralenti après le Covid, mais le vélo cargo, lui, " +
        "continue de grimper. »",
      "La Région wallonne soutient le projet à hauteur de 3 millions d’euros, dans le cadre du plan " +
        "« Wallonie Industrie 2030 ». Dans un communiqué, le gouvernement wallon salue « un signal " +
        "fort pour la réindustrialisation du bassin namurois ».",
      "Tout le monde ne partage pas cet enthousiasme. Selon Marc Dewandre, analyste chez Degroof " +
        "Petercam, le secteur traverse une « crise de surstock ». Il rappelle que le concurrent de " +
        "Lejeune, Pierre Hautot, a dû fermer son usine de Charleroi l’an dernier. « Les volumes de 2021 " +
        "ne reviendront pas de sitôt », prévient l’analyste.",
    ],
    quotes: [
      ["Nous refusons de tout faire fabriquer en Asie", "Thomas Lejeune"],
      ["Les cadres restent soudés ici, à quelques kilomètres des anciennes carrières.", "Thomas Lejeune"],
      ["Le marché a ralenti après le Covid, mais le vélo cargo, lui, continue de grimper.", "Thomas Lejeune"],
      ["un signal fort pour la réindustrialisation du bassin namurois", "le gouvernement wallon"],
      ["crise de surstock", "Marc Dewandre"],
      ["Les volumes de 2021 ne reviendront pas de sitôt", "Marc Dewandre"],
    ],
  }),
];

runArticles("fr", ARTICLES);
