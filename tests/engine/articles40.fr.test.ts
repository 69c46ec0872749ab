// A fortieth round of composed French articles, in the styles of outlets and beats the first
// thirty-nine rounds (articles.fr to articles39.fr) did not use: the Vendômois parishes regrouped by the
// diocese of Blois in La Renaissance du Loir-et-Cher (religion), a Francs Borains comeback against Seraing
// on Walfoot (Belgique, sport), five weeks without trains between Neuchâtel and La Chaux-de-Fonds on BNJ
// (Arc jurassien, transport), a spring tide flooding route 132 in Kamouraska for Info Dimanche (Québec,
// weather), modular classrooms at the École des Grands-Vents in Le Gaboteur (Terre-Neuve-et-Labrador,
// education), an embezzlement trial at the CRIEF in Le Djely (Guinée, courts), the price of cooking gas
// in Lomé on iciLome (Togo, consumer), the Hammamet festival programme in Webdo (Tunisie, culture), a
// poor olive harvest around Taounate in Al Bayane (Maroc, agriculture) and a cannabis plantation found
// in Païta on Radio Rythme Bleu (Nouvelle-Calédonie, police).
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
      "La Renaissance du Loir-et-Cher, religion : fragment du chapô attribué à l’évêque nommé plus loin " +
      "avec titre Mgr, fragment du chapô repris mot pour mot dans le corps, terme entre guillemets, " +
      "vicaire général « le père » en fragment puis « a-t-il insisté », septuagénaire puis adjoint " +
      "homonyme avec deux-points, document en fragment avec titre entre guillemets, prêtre anonyme " +
      "« glisse-t-il »",
    todo:
      "«une part croissante» goes to Ensemble, not Le document de présentation; «trop tardive» goes " +
      "to Un prêtre du diocèse, not un prêtre du diocèse; «On gère la pénurie depuis dix ans. Il " +
      "aurait …» goes to Un prêtre du diocèse, not un prêtre du diocèse",
    headline: "Diocèse de Blois : le Vendômois passera de sept à trois paroisses",
    standfirst:
      "L’évêque parle d’une réforme « nécessaire ». À Montoire-sur-le-Loir, des fidèles craignent de " +
      "voir leur église « mourir à petit feu ».",
    paragraphs: [
      "Le diocèse de Blois a présenté dimanche, à l’issue de la messe en l’abbatiale de la Trinité de " +
        "Vendôme, le nouveau découpage paroissial du nord du département. À partir du 1er septembre, " +
        "les sept paroisses du Vendômois seront regroupées en trois « pôles missionnaires », qui " +
        "couvriront chacun entre 25 et 40 clochers.",
      "« Nous avions sept curés il y a quinze ans, nous en avons trois aujourd’hui, dont deux ont plus " +
        "de 70 ans. Il ne s’agit pas d’un abandon des campagnes », a expliqué Mgr Bernard Delorme, " +
        "évêque de Blois, devant près de 400 fidèles. Selon l’évêque, aucune église ne sera fermée au " +
        "culte, mais les messes dominicales seront « concentrées dans quatre lieux » chaque week-end.",
      "Le vicaire général, le père Éric Gaudin, qui a piloté la concertation, assure que « plus de 600 " +
        "paroissiens » ont été consultés en un an. « On nous reproche de décider à Blois. C’est faux : " +
        "chaque équipe d’animation pastorale a été reçue, parfois deux fois », a-t-il insisté.",
      "À Montoire-sur-le-Loir, la nouvelle est mal passée. Monique Huet, 78 ans, qui fleurit l’église " +
        "Saint-Oustrille depuis 1981, redoute que celle-ci ne finisse par « mourir à petit feu ». « Une " +
        "messe par mois, c’est tout ce qu’on aura. Les jeunes n’iront pas à Vendôme pour ça, et les " +
        "anciens n’ont plus de voiture », soupire la septuagénaire.",
      "L’adjoint chargé du patrimoine, Philippe Huet, sans lien de parenté avec la paroissienne, rappelle " +
        "que l’entretien du bâtiment reste à la charge de la commune : « L’église nous appartient depuis " +
        "1905. Qu’il y ait une messe ou dix, on devra refaire la toiture. »",
      "Le document de présentation remis aux fidèles, intitulé « Ensemble, semer l’Évangile en " +
        "Vendômois », prévoit que les laïcs prendront « une part croissante » dans l’organisation des " +
        "obsèques et de la catéchèse.",
      "Un prêtre du diocèse, qui a souhaité rester anonyme, juge la réforme « trop tardive ». « On gère " +
        "la pénurie depuis dix ans. Il aurait fallu faire ce travail quand on était encore cinq », " +
        "glisse-t-il.",
      "Une réunion publique est prévue le 14 mars à la salle des fêtes de Montoire-sur-le-Loir.",
    ],
    quotes: [
      ["nécessaire", "Bernard Delorme"],
      ["mourir à petit feu", "Monique Huet"],
      [
        "Nous avions sept curés il y a quinze ans, nous en avons trois aujourd’hui, dont deux ont plus " +
          "de 70 ans. Il ne s’agit pas d’un abandon des campagnes",
        "Bernard Delorme",
      ],
      ["concentrées dans quatre lieux", "Bernard Delorme"],
      ["plus de 600 paroissiens", "Éric Gaudin"],
      [
        "On nous reproche de décider à Blois. C’est faux : chaque équipe d’animation pastorale a été " +
          "reçue, parfois deux fois",
        "Éric Gaudin",
      ],
      [
        "Une messe par mois, c’est tout ce qu’on aura. Les jeunes n’iront pas à Vendôme pour ça, et les " +
          "anciens n’ont plus de voiture",
        "Monique Huet",
      ],
      [
        "L’église nous appartient depuis 1905. Qu’il y ait une messe ou dix, on devra refaire la toiture.",
        "Philippe Huet",
      ],
      ["une part croissante", "Le document de présentation"],
      ["trop tardive", "un prêtre du diocèse"],
      [
        "On gère la pénurie depuis dix ans. Il aurait fallu faire ce travail quand on était encore cinq",
        "un prêtre du diocèse",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Walfoot (Belgique), sport : fragment du titre repris mot pour mot dans le corps, entraîneur nommé " +
      "après la citation puis « Le T1 » en fragment, expression entre guillemets sans locuteur, joueur " +
      "homonyme de l’entraîneur « a rigolé le défenseur », entraîneur adverse puis citation seule dans un " +
      "paragraphe et « Le coach des Métallos » en fragment, club dans un communiqué, supporter anonyme " +
      "avec deux-points, guillemets sans espace",
    todo:
      "«une victoire de caractère» goes to cette saison, not Grégory Lambert; «une faute évidente " +
      "sur notre gardien» goes to Le coach des Métallos, not Marc Dujardin",
    headline: "Challenger Pro League : les Francs Borains renversent Seraing, « une victoire de caractère »",
    paragraphs: [
      "Menés à la pause, les Francs Borains se sont imposés 2-1 samedi soir au stade Robert Urbain face " +
        "au RFC Seraing, lors de la 14e journée de Challenger Pro League. Un succès qui leur permet de " +
        "remonter à la cinquième place, au terme de ce que beaucoup présentaient comme un « match à six " +
        "points ».",
      "« À la mi-temps, j’ai demandé aux gars de jouer plus haut et d’arrêter de subir. Ils l’ont fait », " +
        "s’est félicité l’entraîneur borain, Grégory Lambert. Le T1 parlait d’« une victoire de " +
        "caractère », la troisième à domicile cette saison.",
      "Seraing avait ouvert le score à la 31e minute par Moussa Diallo, bien servi en profondeur. Les " +
        "Borains ont égalisé à l’heure de jeu par le défenseur central Kevin Lambert, d’une tête sur " +
        "corner, avant que Yanis Benali ne donne l’avantage aux siens à la 78e minute.",
      "« Je ne marque pas souvent de la tête, alors je vais savourer. Et non, le coach ne me fait pas de " +
        "cadeau parce qu’on porte le même nom », a rigolé le défenseur, qui n’a aucun lien de parenté " +
        "avec son entraîneur.",
      "Côté sérésien, l’entraîneur Marc Dujardin ne cachait pas sa frustration en zone mixte.",
      "« On a fait quarante-cinq bonnes minutes, puis on a arrêté de jouer. À ce niveau-là, ça ne " +
        "pardonne pas. »",
      "Le coach des Métallos a aussi pointé l’arbitrage sur le deuxième but, estimant qu’il y avait eu " +
        "« une faute évidente sur notre gardien ». Dans un communiqué publié dimanche, le RFC Seraing a " +
        "annoncé avoir demandé des explications au Département arbitral, évoquant « une décision qui a " +
        "pesé lourd dans le résultat ».",
      "Un supporter borain, rencontré à la sortie du stade, résumait l’ambiance : « Ça fait des années " +
        "qu’on n’a plus vu une équipe comme ça à Boussu. Cette fois, on y croit pour la montée. »",
    ],
    quotes: [
      ["une victoire de caractère", "Grégory Lambert"],
      [
        "À la mi-temps, j’ai demandé aux gars de jouer plus haut et d’arrêter de subir. Ils l’ont fait",
        "Grégory Lambert",
      ],
      [
        "Je ne marque pas souvent de la tête, alors je vais savourer. Et non, le coach ne me fait pas de " +
          "cadeau parce qu’on porte le même nom",
        "Kevin Lambert",
      ],
      [
        "On a fait quarante-cinq bonnes minutes, puis on a arrêté de jouer. À ce niveau-là, ça ne " +
          "pardonne pas.",
        "Marc Dujardin",
      ],
      ["une faute évidente sur notre gardien", "Marc Dujardin"],
      ["une décision qui a pesé lourd dans le résultat", "le RFC Seraing"],
      [
        "Ça fait des années qu’on n’a plus vu une équipe comme ça à Boussu. Cette fois, on y croit pour " +
          "la montée.",
        "Un supporter borain",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "BNJ (Arc jurassien), transports : porte-parole nommée après la citation, conseillère d’État en " +
      "fragment puis « Selon elle » et « a-t-elle souligné », section d’association dans un communiqué " +
      "en fragment, frontalière présentée avant le nom avec deux-points, employé anonyme en fragment, " +
      "incise à l’intérieur des guillemets, guillemets sans espace",
    todo:
      "«ne tiennent pas compte des correspondances» goes to Anne-Claude Vuilleumier, not la section " +
      "neuchâteloise de l’Association transports et environnement",
    headline: "Ligne Neuchâtel–La Chaux-de-Fonds : cinq semaines sans trains cet été",
    paragraphs: [
      "Les trains ne circuleront plus entre Neuchâtel et La Chaux-de-Fonds du 6 juillet au 9 août. Les " +
        "CFF profiteront de cette interruption pour assainir le tunnel des Loges et renouveler la voie " +
        "entre Les Hauts-Geneveys et Chambrelien. Des bus de remplacement assureront la liaison, avec un " +
        "temps de parcours rallongé d’environ 25 minutes.",
      "« Nous sommes conscients de l’impact pour les pendulaires. Mais fermer complètement la ligne nous " +
        "permet de faire en cinq semaines ce qui prendrait deux ans de travaux de nuit », a expliqué " +
        "mardi sur nos ondes la porte-parole des CFF pour la Suisse romande, Marianne Bühler.",
      "La conseillère d’État neuchâteloise chargée de la mobilité, Anne-Claude Vuilleumier, dit avoir " +
        "obtenu des CFF « des cadences renforcées aux heures de pointe ». Selon elle, des bus express " +
        "sans arrêt relieront les deux villes toutes les quinze minutes le matin.",
      "« Ce n’est pas idéal, mais c’est le prix à payer pour une ligne fiable. Et cela ne remet pas en " +
        "cause le projet de ligne directe », a-t-elle souligné.",
      "Dans un communiqué, la section neuchâteloise de l’Association transports et environnement (ATE) " +
        "déplore que les horaires des bus « ne tiennent pas compte des correspondances » vers Le Locle " +
        "et Saint-Imier.",
      "Frontalière domiciliée à Morteau, Céline Droz prend le train chaque jour à La Chaux-de-Fonds pour " +
        "rejoindre la fiduciaire neuchâteloise où elle travaille : « Avec le bus, je devrai partir de " +
        "chez moi à 5 h 40. Cinq semaines, ça passe, mais il ne faudrait pas que ça devienne une " +
        "habitude. »",
      "Un chauffeur de transN, l’entreprise qui assurera une partie des courses de remplacement, confie " +
        "que la direction a dû « rappeler des retraités » pour tenir le planning.",
      "Pour les voyageurs, rien ne change côté titres de transport. « Les abonnements restent valables " +
        "dans les bus, précise Marianne Bühler. Il n’y a aucune démarche à faire. »",
    ],
    quotes: [
      [
        "Nous sommes conscients de l’impact pour les pendulaires. Mais fermer complètement la ligne nous " +
          "permet de faire en cinq semaines ce qui prendrait deux ans de travaux de nuit",
        "Marianne Bühler",
      ],
      ["des cadences renforcées aux heures de pointe", "Anne-Claude Vuilleumier"],
      [
        "Ce n’est pas idéal, mais c’est le prix à payer pour une ligne fiable. Et cela ne remet pas en " +
          "cause le projet de ligne directe",
        "Anne-Claude Vuilleumier",
      ],
      [
        "ne tiennent pas compte des correspondances",
        "la section neuchâteloise de l’Association transports et environnement",
      ],
      [
        "Avec le bus, je devrai partir de chez moi à 5 h 40. Cinq semaines, ça passe, mais il ne " +
          "faudrait pas que ça devienne une habitude.",
        "Céline Droz",
      ],
      ["rappeler des retraités", "Un chauffeur de transN"],
      [
        "Les abonnements restent valables dans les bus, précise Marianne Bühler. Il n’y a aucune " +
          "démarche à faire.",
        "Marianne Bühler",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Info Dimanche (Québec), météo : citation du chapô attribuée à « un résident » et reprise mot pour " +
      "mot dans le corps où il est nommé, citation enchaînée sans verbe, agence fédérale en fragment, " +
      "maire « a-t-il constaté » puis « L’élu » en fragment, porte-parole régionale puis citation sans " +
      "verbe, fille homonyme « confie-t-elle », employé municipal anonyme en fragment",
    todo:
      "«jusqu’à 60 centimètres au-dessus des prévisions» goes to Changement, not Environnement et " +
      "Changement climatique Canada",
    headline: "Grande marée : la route 132 inondée au Kamouraska, des résidents évacués",
    standfirst:
      "« On n’avait jamais vu l’eau monter jusque-là », raconte un résident de Saint-Germain. Une " +
      "dizaine de maisons ont été évacuées.",
    paragraphs: [
      "La combinaison d’une grande marée et de forts vents du nord-est a provoqué d’importantes " +
        "inondations, lundi matin, dans plusieurs municipalités du Kamouraska. La route 132 a été fermée " +
        "pendant près de quatre heures entre Kamouraska et Saint-André, et une dizaine de résidences ont " +
        "été évacuées de façon préventive.",
      "« On n’avait jamais vu l’eau monter jusque-là », raconte Réjean Ouellet, qui habite le rang de " +
        "l’Anse, à Saint-Germain-de-Kamouraska, depuis 1974. « Elle est entrée dans le garage, puis dans " +
        "le sous-sol, en vingt minutes. »",
      "Environnement et Changement climatique Canada avait émis dimanche un avertissement de fortes " +
        "marées, prévoyant des niveaux d’eau « jusqu’à 60 centimètres au-dessus des prévisions » en " +
        "raison de l’onde de tempête.",
      "Le maire de Kamouraska, Gilles Lévesque, a fait le tour des secteurs touchés en matinée. « Les " +
        "enrochements qu’on a faits en 2019 ont tenu. Là où il n’y en avait pas, la mer a arraché " +
        "jusqu’à deux mètres de terrain », a-t-il constaté. L’élu demande à Québec d’accélérer « le " +
        "programme d’aide pour la protection des berges ».",
      "Au ministère de la Sécurité publique, la porte-parole régionale Julie Bérubé a indiqué que des " +
        "conseillers en sécurité civile étaient sur place. « Les citoyens sinistrés doivent prendre " +
        "leurs dommages en photo avant de nettoyer. C’est essentiel pour l’aide financière. »",
      "Dans le rang de l’Anse, la fille de Réjean Ouellet, Karine Ouellet, est venue de Rivière-du-Loup " +
        "pour aider ses parents à vider le sous-sol. « Mon père ne veut pas partir. Il dit que la maison " +
        "a vu pire. Moi, je pense qu’il faut commencer à se poser des questions », confie-t-elle.",
      "Un employé de la municipalité de Saint-André, qui n’était pas autorisé à parler aux médias, a " +
        "indiqué à Info Dimanche que le quai municipal avait subi « des dommages importants ».",
      "Une autre grande marée est attendue mardi matin, mais les vents devraient faiblir, selon les " +
        "prévisions.",
    ],
    quotes: [
      ["On n’avait jamais vu l’eau monter jusque-là", "Réjean Ouellet"],
      ["Elle est entrée dans le garage, puis dans le sous-sol, en vingt minutes.", "Réjean Ouellet"],
      ["jusqu’à 60 centimètres au-dessus des prévisions", "Environnement et Changement climatique Canada"],
      [
        "Les enrochements qu’on a faits en 2019 ont tenu. Là où il n’y en avait pas, la mer a arraché " +
          "jusqu’à deux mètres de terrain",
        "Gilles Lévesque",
      ],
      ["le programme d’aide pour la protection des berges", "Gilles Lévesque"],
      [
        "Les citoyens sinistrés doivent prendre leurs dommages en photo avant de nettoyer. C’est " +
          "essentiel pour l’aide financière.",
        "Julie Bérubé",
      ],
      [
        "Mon père ne veut pas partir. Il dit que la maison a vu pire. Moi, je pense qu’il faut commencer " +
          "à se poser des questions",
        "Karine Ouellet",
      ],
      ["des dommages importants", "Un employé de la municipalité de Saint-André"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Gaboteur (Terre-Neuve-et-Labrador), éducation : directrice générale nommée après la citation " +
      "puis « La directrice générale » en fragment et « a-t-elle ajouté », ministère par courriel en " +
      "deux fragments, présidente du comité de parents avec deux-points et question, élève en fragment, " +
      "enseignant anonyme en fragment, plan stratégique en fragment",
    todo:
      "«doubler d’ici 2035» goes to Un enseignant de l’école, not le dernier plan stratégique du " + "CSFP",
    headline: "École des Grands-Vents : des classes modulaires en attendant l’agrandissement",
    paragraphs: [
      "Trois classes modulaires seront installées cet été sur le terrain de l’École des Grands-Vents, à " +
        "St. John’s, pour faire face à la hausse des inscriptions. L’établissement, seule école " +
        "francophone de la capitale provinciale, accueillera 312 élèves à la rentrée, contre 190 il y a " +
        "cinq ans.",
      "« C’est une bonne nouvelle, au fond : les familles choisissent le français. Mais l’école a été " +
        "construite pour 220 élèves », a rappelé la directrice générale du Conseil scolaire francophone " +
        "provincial (CSFP), Isabelle Thériault.",
      "La directrice générale affirme que le CSFP a déposé une demande d’agrandissement auprès du " +
        "ministère de l’Éducation « il y a déjà trois ans ». « On attend toujours une réponse. Les " +
        "modulaires, c’est une solution temporaire, pas un plan », a-t-elle ajouté.",
      "Par courriel, le ministère de l’Éducation de Terre-Neuve-et-Labrador indique que le projet « fait " +
        "l’objet d’une évaluation » et qu’il sera « examiné dans le cadre du prochain budget " +
        "d’immobilisations ».",
      "Présidente du comité de parents, Amy Power, dont les deux enfants fréquentent l’école, s’inquiète " +
        "surtout pour le gymnase et la cafétéria : « Déjà cette année, les petits mangeaient en trois " +
        "services. Avec cent élèves de plus, on fait comment ? »",
      "En 11e année, Émilie Gallant est arrivée de l’Île-du-Prince-Édouard en septembre avec sa famille. " +
        "Elle dit avoir choisi l’école pour « rester en français jusqu’au bout ».",
      "Un enseignant de l’école, qui a préféré ne pas être nommé, rapporte que certaines classes de " +
        "maternelle comptent « 22 enfants pour une seule enseignante ». Selon le dernier plan " +
        "stratégique du CSFP, la population scolaire francophone de la province pourrait « doubler " +
        "d’ici 2035 ».",
    ],
    quotes: [
      [
        "C’est une bonne nouvelle, au fond : les familles choisissent le français. Mais l’école a été " +
          "construite pour 220 élèves",
        "Isabelle Thériault",
      ],
      ["il y a déjà trois ans", "Isabelle Thériault"],
      [
        "On attend toujours une réponse. Les modulaires, c’est une solution temporaire, pas un plan",
        "Isabelle Thériault",
      ],
      ["fait l’objet d’une évaluation", "le ministère de l’Éducation de Terre-Neuve-et-Labrador"],
      [
        "examiné dans le cadre du prochain budget d’immobilisations",
        "le ministère de l’Éducation de Terre-Neuve-et-Labrador",
      ],
      [
        "Déjà cette année, les petits mangeaient en trois services. Avec cent élèves de plus, on fait " +
          "comment ?",
        "Amy Power",
      ],
      ["rester en français jusqu’au bout", "Émilie Gallant"],
      ["22 enfants pour une seule enseignante", "Un enseignant de l’école"],
      ["doubler d’ici 2035", "le dernier plan stratégique du CSFP"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Djely (Guinée), justice : prévenu « l’ancien DG » puis « a-t-il déclaré », procureur spécial " +
      "en fragment après « Pour » puis « a soutenu le magistrat », rapport d’audit en fragment, avocate " +
      "avec titre Me en fragment puis question « a-t-elle lancé », coprévenu homonyme en deux fragments, " +
      "proche anonyme avec deux-points",
    headline: "CRIEF : l’ex-directeur de l’Office guinéen de publicité rejette les accusations",
    paragraphs: [
      "Le procès de Mamadou Saliou Diallo, ancien directeur général de l’Office guinéen de publicité " +
        "(OGP), s’est ouvert ce mardi devant la chambre de jugement de la Cour de répression des " +
        "infractions économiques et financières (CRIEF), à Conakry. Il est poursuivi pour détournement " +
        "de deniers publics et blanchiment de capitaux portant sur plus de 14 milliards de francs " +
        "guinéens.",
      "Appelé à la barre, l’ancien DG a rejeté en bloc les accusations. « Je n’ai jamais signé un seul " +
        "décaissement sans l’aval du conseil d’administration. Tout est dans les procès-verbaux », " +
        "a-t-il déclaré, visiblement serein.",
      "Pour le procureur spécial près la CRIEF, Aly Touré, les pièces du dossier démontrent au " +
        "contraire « un système organisé de surfacturation ». « Des contrats de panneaux publicitaires " +
        "ont été payés deux fois, parfois trois fois, à des sociétés qui n’existaient que sur le " +
        "papier », a soutenu le magistrat.",
      "Le rapport d’audit de l’Inspection générale d’État, versé au dossier, relève que « 38 % des " +
        "dépenses de 2021 à 2023 ne sont justifiées par aucune pièce comptable ».",
      "L’une des avocates de la défense, Me Fatoumata Camara, a dénoncé « un procès politique ». « Mon " +
        "client a passé vingt-deux mois en détention sans être jugé. Où est la présomption " +
        "d’innocence ? », a-t-elle lancé à la Cour.",
      "Coprévenu dans ce dossier, Ibrahima Diallo, ancien directeur financier de l’OGP et sans lien de " +
        "parenté avec l’ex-DG, a reconnu des « irrégularités » dans la tenue des comptes, tout en " +
        "affirmant n’avoir fait qu’« exécuter des ordres ».",
      "À la sortie de l’audience, un proche de l’ancien directeur, qui a requis l’anonymat, a confié au " +
        "Djely : « Toute la famille est là depuis 7 heures. On veut seulement qu’il soit jugé " +
        "équitablement. »",
      "L’audience a été renvoyée au 18 mars pour la suite des débats.",
    ],
    quotes: [
      [
        "Je n’ai jamais signé un seul décaissement sans l’aval du conseil d’administration. Tout est dans " +
          "les procès-verbaux",
        "Mamadou Saliou Diallo",
      ],
      ["un système organisé de surfacturation", "Aly Touré"],
      [
        "Des contrats de panneaux publicitaires ont été payés deux fois, parfois trois fois, à des " +
          "sociétés qui n’existaient que sur le papier",
        "Aly Touré",
      ],
      [
        "38 % des dépenses de 2021 à 2023 ne sont justifiées par aucune pièce comptable",
        "Le rapport d’audit de l’Inspection générale d’État",
      ],
      ["un procès politique", "Fatoumata Camara"],
      [
        "Mon client a passé vingt-deux mois en détention sans être jugé. Où est la présomption " +
          "d’innocence ?",
        "Fatoumata Camara",
      ],
      ["irrégularités", "Ibrahima Diallo"],
      ["exécuter des ordres", "Ibrahima Diallo"],
      [
        "Toute la famille est là depuis 7 heures. On veut seulement qu’il soit jugé équitablement.",
        "un proche de l’ancien directeur",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "iciLome (Togo), consommation : fragment du titre repris mot pour mot dans le corps après « Pour » " +
      "puis « s’indigne-t-il », ministère dans un communiqué en deux fragments dont « Le ministère », " +
      "revendeuse avec deux-points, voisin homonyme en fragment, responsable anonyme en deux fragments, " +
      "nom de programme entre guillemets, directeur « a prévenu le responsable »",
    todo:
      "«à hauteur de 1 200 FCFA par bouteille» goes to le ministère du Commerce, not le ministère " +
      "du Commerce, de l’Artisanat et de la Consommation locale; «ne gagnent presque rien sur la " +
      "bouteille» goes to Un responsable d’une société de distribution de gaz installée au port " +
      "autonome de Lomé, not Un responsable d’une société de distribution de gaz; «inévitable» goes " +
      "to Un responsable d’une société de distribution de gaz installée au port autonome de Lomé, " +
      "not Un responsable d’une société de distribution de gaz; «Tout commerçant qui vend au-dessus " +
      "de 6 900 F…» goes to Un responsable d’une société de distribution de gaz installée au port " +
      "autonome de Lomé, not Yao Kpodar",
    headline: "Gaz domestique : la bouteille de 12,5 kg passe à 6 900 FCFA, des ménages « asphyxiés »",
    paragraphs: [
      "Depuis lundi, la bouteille de gaz butane de 12,5 kg est vendue à 6 900 FCFA dans les points de " +
        "vente agréés de Lomé, contre 6 000 FCFA auparavant. Le prix de la bouteille de 6 kg passe, lui, " +
        "de 2 900 à 3 300 FCFA.",
      "Dans un communiqué signé vendredi, le ministère du Commerce, de l’Artisanat et de la Consommation " +
        "locale justifie cette hausse par « la flambée des cours internationaux du GPL et du fret " +
        "maritime ». Le ministère assure que l’État continue de subventionner le gaz « à hauteur de " +
        "1 200 FCFA par bouteille ».",
      "Pour Kodjo Amenyo, président de l’Association togolaise des consommateurs (ATC), les ménages sont " +
        "« asphyxiés ». « Le gaz, le riz, le transport : tout augmente, sauf les salaires. On ne peut pas " +
        "pousser les familles vers le charbon de bois et parler en même temps de protection des " +
        "forêts », s’indigne-t-il.",
      "Au marché de Bè, Afi Mensah, revendeuse de gaz depuis douze ans, voit ses clients changer " +
        "d’habitudes : « Avant, les gens venaient remplir la grande bouteille. Maintenant, ils prennent " +
        "la petite, ou bien ils achètent le charbon. »",
      "Son voisin d’étal, Komlan Mensah, qui vend justement du charbon de bois et n’a aucun lien de " +
        "parenté avec elle, reconnaît que ses affaires « marchent mieux depuis une semaine ».",
      "Un responsable d’une société de distribution de gaz installée au port autonome de Lomé affirme, " +
        "sous couvert d’anonymat, que les distributeurs « ne gagnent presque rien sur la bouteille » et " +
        "que la hausse était « inévitable ». Le gouvernement avait pourtant lancé en 2022 le programme " +
        "« Gaz pour tous », qui visait à équiper 500 000 foyers.",
      "Joint par iciLome, le directeur du commerce intérieur, Yao Kpodar, a rappelé que les prix " +
        "officiels sont affichés dans chaque point de vente. « Tout commerçant qui vend au-dessus de " +
        "6 900 FCFA s’expose à des sanctions », a prévenu le responsable.",
    ],
    quotes: [
      ["asphyxiés", "Kodjo Amenyo"],
      [
        "la flambée des cours internationaux du GPL et du fret maritime",
        "le ministère du Commerce, de l’Artisanat et de la Consommation locale",
      ],
      [
        "à hauteur de 1 200 FCFA par bouteille",
        "le ministère du Commerce, de l’Artisanat et de la Consommation locale",
      ],
      [
        "Le gaz, le riz, le transport : tout augmente, sauf les salaires. On ne peut pas pousser les " +
          "familles vers le charbon de bois et parler en même temps de protection des forêts",
        "Kodjo Amenyo",
      ],
      [
        "Avant, les gens venaient remplir la grande bouteille. Maintenant, ils prennent la petite, ou " +
          "bien ils achètent le charbon.",
        "Afi Mensah",
      ],
      ["marchent mieux depuis une semaine", "Komlan Mensah"],
      ["ne gagnent presque rien sur la bouteille", "Un responsable d’une société de distribution de gaz"],
      ["inévitable", "Un responsable d’une société de distribution de gaz"],
      ["Tout commerçant qui vend au-dessus de 6 900 FCFA s’expose à des sanctions", "Yao Kpodar"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Webdo (Tunisie), culture : fragment du titre repris mot pour mot dans le corps puis « a-t-elle " +
      "expliqué », titre de pièce entre guillemets et « résume le metteur en scène », surnom entre " +
      "guillemets, directrice en fragment plus loin, rappeur avec deux-points, ministère en fragment, " +
      "critique homonyme de la directrice en deux fragments, habituée anonyme avec deux-points, " +
      "guillemets sans espace",
    todo:
      "«Les prix ont augmenté de cinq dinars. Pour un…» goes to une habituée, not une habituée " +
      "venue de Nabeul; «Nouri» taken for a quote",
    headline: "Festival de Hammamet : une 60e édition « tournée vers la jeunesse »",
    paragraphs: [
      "Le Festival international de Hammamet a dévoilé jeudi, lors d’une conférence de presse au Centre " +
        "culturel international, le programme de sa 60e édition, prévue du 8 juillet au 16 août. " +
        "Vingt-six spectacles sont annoncés, dont onze créations tunisiennes.",
      "La directrice du festival, Amel Ben Salah, a promis une édition « tournée vers la jeunesse ». " +
        "« Pour un anniversaire, on aurait pu regarder en arrière. Nous avons préféré donner la scène à " +
        "des artistes de moins de 35 ans pour la moitié des soirées », a-t-elle expliqué.",
      "Parmi les temps forts, la pièce « Les Murs de Bab Souika », mise en scène par Walid Trabelsi, " +
        "ouvrira le festival. « C’est une pièce sur la mémoire des quartiers, sur ce qu’on démolit et ce " +
        "qu’on garde », résume le metteur en scène.",
      "Le concert du rappeur Nour El Mejri, dit « Nouri », annoncé au printemps, ne figure finalement " +
        "pas au programme. Interrogée à ce sujet, Amel Ben Salah a évoqué « des raisons " +
        "contractuelles », sans plus de précisions.",
      "Sur Instagram, le rappeur a livré une autre version : « On m’a demandé de changer deux morceaux. " +
        "J’ai refusé. C’est aussi simple que ça. »",
      "Le ministère des Affaires culturelles, qui finance le festival à hauteur de 2,4 millions de " +
        "dinars, a assuré dans une déclaration à Webdo qu’il « n’intervient jamais dans les choix " +
        "artistiques » des festivals.",
      "Le critique Hatem Ben Salah, sans lien avec la directrice, salue pour sa part « une programmation " +
        "courageuse », mais regrette « la faible place du cinéma » dans cette édition anniversaire.",
      "À la billetterie, ouverte dès vendredi, une habituée venue de Nabeul résumait : « Les prix ont " +
        "augmenté de cinq dinars. Pour une famille, ça commence à compter. »",
    ],
    quotes: [
      ["tournée vers la jeunesse", "Amel Ben Salah"],
      [
        "Pour un anniversaire, on aurait pu regarder en arrière. Nous avons préféré donner la scène à des " +
          "artistes de moins de 35 ans pour la moitié des soirées",
        "Amel Ben Salah",
      ],
      [
        "C’est une pièce sur la mémoire des quartiers, sur ce qu’on démolit et ce qu’on garde",
        "Walid Trabelsi",
      ],
      ["des raisons contractuelles", "Amel Ben Salah"],
      ["On m’a demandé de changer deux morceaux. J’ai refusé. C’est aussi simple que ça.", "Nour El Mejri"],
      ["n’intervient jamais dans les choix artistiques", "Le ministère des Affaires culturelles"],
      ["une programmation courageuse", "Hatem Ben Salah"],
      ["la faible place du cinéma", "Hatem Ben Salah"],
      [
        "Les prix ont augmenté de cinq dinars. Pour une famille, ça commence à compter.",
        "une habituée venue de Nabeul",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Al Bayane (Maroc), agriculture : fragment du chapô attribué au ministère et repris dans le " +
      "corps, " +
      "ministère dans une note en deux fragments, vice-président d’interprofession nommé après la " +
      "citation « estime », agriculteur avec deux-points, cousin homonyme en fragment puis " +
      "« prévient-il », grossiste anonyme en fragment, député avec nom de stratégie entre guillemets " +
      "puis « Selon lui »",
    todo: "«une saison courte» not found",
    headline: "Huile d’olive : une récolte en baisse de 30 % dans la région de Fès-Meknès",
    standfirst:
      "Les producteurs redoutent une nouvelle flambée des prix. Le ministère parle d’une campagne " +
      "« moyenne ».",
    paragraphs: [
      "La campagne oléicole 2026-2027 s’annonce difficile dans la région de Fès-Meknès, premier bassin " +
        "de production du Royaume. Selon les premières estimations de la profession, la récolte " +
        "d’olives devrait reculer d’environ 30 % par rapport à la saison précédente, en raison du " +
        "déficit pluviométrique et des fortes chaleurs du mois de mai.",
      "Dans une note de conjoncture publiée lundi, le ministère de l’Agriculture qualifie toutefois la " +
        "campagne de « moyenne » et table sur une production nationale « supérieure à 900 000 tonnes " +
        "d’olives ».",
      "« Les chiffres du ministère sont optimistes. Dans les vergers non irrigués de Taounate et de " +
        "Sefrou, certains producteurs n’auront presque rien cette année », estime Driss Alaoui, " +
        "vice-président de l’Interprofession marocaine de l’olive (Interprolive).",
      "À Ghafsai, dans la province de Taounate, Mohamed Amrani cultive quatre hectares d’oliviers " +
        "hérités de son père : « L’an dernier, j’ai rempli quarante sacs. Cette année, j’en aurai " +
        "peut-être quinze. Les arbres ont soif, on le voit à leurs feuilles. »",
      "Son cousin, Rachid Amrani, qui exploite une petite unité de trituration à Taounate, s’attend à " +
        "« une saison courte ». « Les maâsras vont tourner six semaines au lieu de trois mois. Certains " +
        "ouvriers ne seront pas rappelés », prévient-il.",
      "Sur les marchés de Fès, le litre d’huile d’olive se négocie déjà entre 90 et 100 dirhams. Un " +
        "grossiste de Bab Ftouh, joint par Al Bayane, prévoit que le prix dépassera « les 110 dirhams " +
        "avant la fin de l’année ».",
      "Le député du Parti du progrès et du socialisme (PPS) Youssef Bennani a interpellé le " +
        "gouvernement en séance, réclamant « un plan d’urgence pour les petits oléiculteurs ». Selon " +
        "lui, la stratégie « Génération Green » a « trop misé sur les grandes exploitations " +
        "irriguées ».",
    ],
    quotes: [
      ["moyenne", "le ministère de l’Agriculture"],
      ["supérieure à 900 000 tonnes d’olives", "le ministère de l’Agriculture"],
      [
        "Les chiffres du ministère sont optimistes. Dans les vergers non irrigués de Taounate et de " +
          "Sefrou, certains producteurs n’auront presque rien cette année",
        "Driss Alaoui",
      ],
      [
        "L’an dernier, j’ai rempli quarante sacs. Cette année, j’en aurai peut-être quinze. Les arbres " +
          "ont soif, on le voit à leurs feuilles.",
        "Mohamed Amrani",
      ],
      ["une saison courte", "Rachid Amrani"],
      [
        "Les maâsras vont tourner six semaines au lieu de trois mois. Certains ouvriers ne seront pas " +
          "rappelés",
        "Rachid Amrani",
      ],
      ["les 110 dirhams avant la fin de l’année", "Un grossiste de Bab Ftouh"],
      ["un plan d’urgence pour les petits oléiculteurs", "Youssef Bennani"],
      ["trop misé sur les grandes exploitations irriguées", "Youssef Bennani"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Radio Rythme Bleu (Nouvelle-Calédonie), police : officier avec grade nommé au milieu d’une " +
      "citation coupée en deux, « L’officier » en fragment puis « Selon lui », parquet dans un " +
      "communiqué en fragment, adjointe au maire en fragment puis « a-t-elle plaidé », habitant anonyme " +
      "en fragment puis citation enchaînée sans attribution, éducatrice présentée avant le nom avec " +
      "deux-points",
    todo: "«plus de 60 millions de francs» goes to L’officier, not Franck Morel",
    headline: "Païta : 1 200 pieds de cannabis découverts, trois hommes en garde à vue",
    paragraphs: [
      "Les gendarmes ont découvert mercredi une plantation de 1 200 pieds de cannabis sur les hauteurs " +
        "de Païta, dans un secteur difficile d’accès de la vallée de la Katiramona. Trois hommes âgés " +
        "de 24 à 41 ans ont été placés en garde à vue. Un hélicoptère de la section aérienne de la " +
        "gendarmerie a participé à l’opération.",
      "« C’est l’une des plus grosses saisies de l’année sur la Grande Terre », a indiqué à RRB le chef " +
        "d’escadron Franck Morel, porte-parole de la gendarmerie en Nouvelle-Calédonie. « La plantation " +
        "était irriguée par un réseau de tuyaux sur près de deux kilomètres. »",
      "L’officier estime la valeur de la récolte à « plus de 60 millions de francs » sur le marché " +
        "local. Selon lui, une partie de la production était destinée aux îles Loyauté.",
      "Dans un communiqué, le parquet de Nouméa précise que les trois suspects sont « déjà connus des " +
        "services de police et de gendarmerie » et qu’une information judiciaire pourrait être ouverte " +
        "dans les prochains jours.",
      "La première adjointe au maire de Païta, Josiane Néchéro, salue le travail des gendarmes, mais " +
        "s’inquiète de « la banalisation du cannabis chez les jeunes ». « Dans certaines familles, on ne " +
        "voit plus le problème. Il faut que les coutumiers, les parents et l’école en parlent " +
        "ensemble », a-t-elle plaidé.",
      "Un habitant du lotissement voisin, qui a souhaité rester anonyme, affirme que les allées et " +
        "venues de pick-up « duraient depuis des mois ». « Tout le monde savait, personne ne disait " +
        "rien. »",
      "Éducatrice au centre de soins en addictologie de Nouméa, Sylvie Tein voit arriver des patients " +
        "de plus en plus jeunes : « Le cannabis qui circule aujourd’hui est beaucoup plus fort qu’il y a " +
        "dix ans. Les ados qu’on reçoit ne s’en rendent pas compte. »",
    ],
    quotes: [
      ["C’est l’une des plus grosses saisies de l’année sur la Grande Terre", "Franck Morel"],
      ["La plantation était irriguée par un réseau de tuyaux sur près de deux kilomètres.", "Franck Morel"],
      ["plus de 60 millions de francs", "Franck Morel"],
      ["déjà connus des services de police et de gendarmerie", "le parquet de Nouméa"],
      ["la banalisation du cannabis chez les jeunes", "Josiane Néchéro"],
      [
        "Dans certaines familles, on ne voit plus le problème. Il faut que les coutumiers, les parents " +
          "et l’école en parlent ensemble",
        "Josiane Néchéro",
      ],
      ["duraient depuis des mois", "Un habitant du lotissement voisin"],
      ["Tout le monde savait, personne ne disait rien.", "Un habitant du lotissement voisin"],
      [
        "Le cannabis qui circule aujourd’hui est beaucoup plus fort qu’il y a dix ans. Les ados qu’on " +
          "reçoit ne s’en rendent pas compte.",
        "Sylvie Tein",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
