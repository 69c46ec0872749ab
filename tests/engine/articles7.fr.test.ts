// A seventh round of composed French articles, written before the engine was run on them, in the
// styles of outlets and beats the first six rounds (articles.fr to articles6.fr) did not use: a budget
// interview in Le Journal du Dimanche, an arson trial at the Rouen assizes for Paris-Normandie, a
// village class closure in Le Berry républicain, floods in Kinshasa on TV5Monde, a glassworks closure
// in La Libre Belgique, a singer's new album in Les Inrocks, low-emission zones in Auto Plus, coastal
// erosion at Saint-Louis in Le Soleil, a rural health centre in L’Yonne républicaine, a Ligue 2 defeat
// in Le Courrier picard and the housing slump in Le Moniteur. Every article is invented for these
// tests; speakers follow the corpus guidelines (the fullest name the article gives, without title; a
// body or document as named; the shortest description that identifies an unnamed source).
import { type ArticleCase, runArticles } from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name: "Le Journal du Dimanche, budget : « confie-t-il au JDD », formule au titre, entourage, sénatrice",
    headline: "Budget : Arnaud Delcourt promet « zéro hausse d’impôt » pour les ménages",
    standfirst:
      "À quelques jours de la présentation du projet de loi de finances, le ministre des " +
      "Comptes publics détaille au JDD ses pistes d’économies. Les oppositions fourbissent " +
      "déjà leurs armes.",
    paragraphs: [
      "Il reçoit dans son bureau de Bercy, un épais dossier posé sur la table basse. Arnaud " +
        "Delcourt le sait : le budget qu’il présentera le 1er octobre en Conseil des ministres " +
        "sera le plus serré depuis quinze ans. « Il manque 40 milliards d’euros. Je ne vais " +
        "pas faire semblant de les trouver sous le tapis », confie-t-il au JDD.",
      "Sa promesse tient en une formule, qu’il répète à chaque rendez-vous : « zéro hausse " +
        "d’impôt » pour les ménages. Les économies viendront, assure-t-il, « d’abord de l’État " +
        "lui-même », avec le non-remplacement d’un fonctionnaire sur trois partant à la " +
        "retraite dans les administrations centrales.",
      "Dans l’entourage du ministre, on reconnaît que l’exercice sera « douloureux ». « " +
        "Chaque ministre va devoir rendre quelque chose. Personne ne sera épargné, pas même " +
        "les ministères régaliens », glisse un conseiller.",
      "La présidente de la commission des finances du Sénat, Claire Marchetti (LR), ne cache " +
        "pas son scepticisme. « On nous a déjà promis des économies sur le train de vie de " +
        "l’État. On attend toujours de les voir dans les comptes », a-t-elle réagi samedi " +
        "auprès du JDD. Elle réclame un « audit indépendant » des dépenses de chaque ministère " +
        "avant l’examen du texte.",
      "À gauche, le ton est plus dur. Le premier secrétaire du Parti socialiste, Mehdi " +
        "Benslimane, dénonce « un budget d’austérité qui ne dit pas son nom ». « Quand on " +
        "supprime des postes dans les services publics, ce sont tous les Français qui paient, " +
        "et pas seulement ceux qui paient l’impôt sur le revenu », a-t-il lancé vendredi lors " +
        "d’un meeting à Lille.",
      "Le texte sera examiné à l’Assemblée nationale à partir du 14 octobre. Faute de " +
        "majorité, le gouvernement n’exclut pas de recourir une nouvelle fois au 49.3.",
    ],
    quotes: [
      [
        "Il manque 40 milliards d’euros. Je ne vais pas faire semblant de les trouver sous le tapis",
        "Arnaud Delcourt",
      ],
      ["zéro hausse d’impôt", "Arnaud Delcourt"],
      ["d’abord de l’État lui-même", "Arnaud Delcourt"],
      ["douloureux", "l’entourage du ministre"],
      [
        "Chaque ministre va devoir rendre quelque chose. Personne ne sera épargné, pas même " +
          "les ministères régaliens",
        "un conseiller",
      ],
      [
        "On nous a déjà promis des économies sur le train de vie de l’État. On attend " +
          "toujours de les voir dans les comptes",
        "Claire Marchetti",
      ],
      ["audit indépendant", "Claire Marchetti"],
      ["un budget d’austérité qui ne dit pas son nom", "Mehdi Benslimane"],
      [
        "Quand on supprime des postes dans les services publics, ce sont tous les Français " +
          "qui paient, et pas seulement ceux qui paient l’impôt sur le revenu",
        "Mehdi Benslimane",
      ],
    ],
  },
  {
    name: "Paris-Normandie, assises : avocate générale et deux-points, mère de la victime, Me X, l’accusé",
    todo: "«Je n’ai pas mis le feu. Je regrette ce qui es…» goes to l’accusé, not Karim Bensaïd",
    headline: "Assises de Rouen : vingt ans de réclusion requis contre l’incendiaire présumé de Saint-Sever",
    paragraphs: [
      "Pendant trois jours, l’accusé n’a presque rien dit. Jeudi, au moment de son " +
        "réquisitoire, l’avocate générale Hélène Marchal s’est tournée vers le box : « Vous " +
        "saviez qu’une famille dormait au deuxième étage. Vous avez allumé ce feu quand même. " +
        "»",
      "Karim Bensaïd, 34 ans, est jugé depuis lundi devant la cour d’assises de la " +
        "Seine-Maritime pour l’incendie volontaire d’un immeuble de la rive gauche, en mars " +
        "2024, qui avait coûté la vie à une fillette de 6 ans. Contre lui, l’accusation a " +
        "requis vingt ans de réclusion criminelle.",
      "Le témoignage le plus attendu était celui de la mère de l’enfant, Samia Tordjman. " +
        "D’une voix à peine audible, elle a raconté la fumée dans la cage d’escalier, les " +
        "pompiers qui n’arrivaient pas. « Je l’ai tenue dans mes bras jusqu’à l’ambulance. Je " +
        "n’ai jamais su si elle m’entendait », a-t-elle dit, avant de quitter la barre en " +
        "larmes.",
      "En défense, Me Thomas Lemonnier a plaidé l’acquittement, pointant « des zones d’ombre " +
        "» dans l’enquête. « Aucune trace ADN, aucun témoin direct, une vidéo de mauvaise " +
        "qualité : on ne condamne pas un homme à vingt ans sur des impressions », a lancé " +
        "l’avocat rouennais.",
      "Invité à prendre la parole en dernier, l’accusé s’est levé. « Je n’ai pas mis le feu. " +
        "Je regrette ce qui est arrivé à cette petite, mais je n’y suis pour rien », a-t-il " +
        "déclaré d’une voix blanche.",
      "Le verdict est attendu vendredi soir. Le président de la cour, Jean-Marc Darrieux, a " +
        "prévenu que les débats pourraient se prolonger « tard dans la soirée ».",
    ],
    quotes: [
      [
        "Vous saviez qu’une famille dormait au deuxième étage. Vous avez allumé ce feu quand même.",
        "Hélène Marchal",
      ],
      [
        "Je l’ai tenue dans mes bras jusqu’à l’ambulance. Je n’ai jamais su si elle m’entendait",
        "Samia Tordjman",
      ],
      ["des zones d’ombre", "Thomas Lemonnier"],
      [
        "Aucune trace ADN, aucun témoin direct, une vidéo de mauvaise qualité : on ne " +
          "condamne pas un homme à vingt ans sur des impressions",
        "Thomas Lemonnier",
      ],
      [
        "Je n’ai pas mis le feu. Je regrette ce qui est arrivé à cette petite, mais je n’y " +
          "suis pour rien",
        "Karim Bensaïd",
      ],
      ["tard dans la soirée", "Jean-Marc Darrieux"],
    ],
  },
  {
    name: "Le Berry républicain, école : banderole, présidente des parents, maire et courrier, inspection",
    headline: "Carte scolaire : à Méreau, parents et élus se mobilisent contre une fermeture de classe",
    standfirst:
      "L’inspection académique envisage de supprimer une des quatre classes de l’école " +
      "élémentaire à la rentrée prochaine. Une pétition a déjà recueilli plus de 600 " +
      "signatures.",
    paragraphs: [
      "Ils étaient une soixantaine, parents, enfants et élus, rassemblés lundi matin devant " +
        "les grilles de l’école Jules-Ferry. Sur les banderoles, un seul mot d’ordre : « Pas " +
        "touche à nos classes ». L’annonce est tombée fin janvier, lors du comité technique " +
        "départemental.",
      "« Avec 97 élèves pour trois classes, on passerait à plus de 32 enfants par classe. Ce " +
        "n’est plus de l’école, c’est de la garderie », s’indigne Aurélie Pasquier, présidente " +
        "de l’association des parents d’élèves.",
      "Le maire, Gérard Tissier, a écrit à la directrice académique. Dans ce courrier, il " +
        "rappelle que la commune a investi 180 000 euros dans la rénovation du bâtiment en " +
        "2022 et juge la décision « incompréhensible ». « On nous demande d’attirer des jeunes " +
        "familles, et dans le même temps on ferme les classes. Il faudrait savoir », " +
        "résume-t-il.",
      "Contactée, l’inspection académique du Cher explique que les effectifs attendus à la " +
        "rentrée « ne justifient plus le maintien de quatre postes ». Elle précise que la " +
        "décision ne sera définitive qu’après le conseil départemental de l’Éducation " +
        "nationale, prévu le 18 février.",
      "Sophie Mercier enseigne en CE2 à Méreau depuis douze ans. Elle ne veut pas croire à " +
        "la fermeture. « Les enfants ont déjà perdu beaucoup avec le Covid. Les entasser " +
        "maintenant, c’est leur faire payer deux fois », dit l’enseignante, qui a signé la " +
        "pétition comme la plupart de ses collègues.",
      "Les parents prévoient d’occuper l’école le soir du conseil. « On ne lâchera rien », " +
        "promet Aurélie Pasquier.",
    ],
    quotes: [
      [
        "Avec 97 élèves pour trois classes, on passerait à plus de 32 enfants par classe. Ce " +
          "n’est plus de l’école, c’est de la garderie",
        "Aurélie Pasquier",
      ],
      ["incompréhensible", "Gérard Tissier"],
      [
        "On nous demande d’attirer des jeunes familles, et dans le même temps on ferme les " +
          "classes. Il faudrait savoir",
        "Gérard Tissier",
      ],
      ["ne justifient plus le maintien de quatre postes", "l’inspection académique du Cher"],
      [
        "Les enfants ont déjà perdu beaucoup avec le Covid. Les entasser maintenant, c’est " +
          "leur faire payer deux fois",
        "Sophie Mercier",
      ],
      ["On ne lâchera rien", "Aurélie Pasquier"],
    ],
  },
  {
    name: "TV5Monde, RDC : gouverneur après la citation, habitante, cheffe de bureau de l’OCHA, urbaniste",
    headline: "RDC : à Kinshasa, les pluies diluviennes font au moins 43 morts",
    paragraphs: [
      "Des pluies torrentielles se sont abattues sur la capitale congolaise dans la nuit de " +
        "samedi à dimanche, provoquant des inondations et des glissements de terrain dans " +
        "plusieurs communes. Le bilan provisoire s’élève à 43 morts, selon les autorités " +
        "provinciales.",
      "« Nous avons dénombré 43 corps à ce stade, mais des personnes sont encore portées " +
        "disparues dans les communes de Ngaliema et de Kisenso », a déclaré dimanche soir le " +
        "gouverneur de Kinshasa, Patrick Mbuyi Kalala, lors d’un point de presse. Il a décrété " +
        "trois jours de deuil provincial et appelé les habitants des zones à risque à « " +
        "quitter leurs maisons sans attendre ».",
      "Dans le quartier de Mbinza-Pigeon, les habitants fouillaient encore la boue lundi " +
        "matin. Joséphine Nsimba a perdu sa maison et deux de ses voisins. « L’eau est arrivée " +
        "d’un coup, comme une rivière. On a porté les enfants sur le toit et on a attendu le " +
        "jour », raconte cette mère de cinq enfants.",
      "Le Bureau de la coordination des affaires humanitaires des Nations unies (OCHA) " +
        "s’inquiète des risques sanitaires. « Les points d’eau sont contaminés. Sans accès " +
        "rapide à l’eau potable, nous craignons une flambée de choléra dans les prochains " +
        "jours », prévient sa cheffe de bureau à Kinshasa, Aminata Diallo.",
      "Pour l’urbaniste congolais Serge Kabongo, enseignant à l’université de Kinshasa, ces " +
        "drames à répétition ont une cause connue. « On construit sur des pentes argileuses, " +
        "sans drainage, parce qu’il n’y a nulle part ailleurs où aller. Tant que l’État ne " +
        "proposera pas de terrains viabilisés, chaque saison des pluies fera des morts », " +
        "explique-t-il à TV5Monde.",
      "En décembre 2022, des inondations similaires avaient fait plus de 120 morts dans la " +
        "capitale, qui compte près de 17 millions d’habitants.",
    ],
    quotes: [
      [
        "Nous avons dénombré 43 corps à ce stade, mais des personnes sont encore portées " +
          "disparues dans les communes de Ngaliema et de Kisenso",
        "Patrick Mbuyi Kalala",
      ],
      ["quitter leurs maisons sans attendre", "Patrick Mbuyi Kalala"],
      [
        "L’eau est arrivée d’un coup, comme une rivière. On a porté les enfants sur le toit " +
          "et on a attendu le jour",
        "Joséphine Nsimba",
      ],
      [
        "Les points d’eau sont contaminés. Sans accès rapide à l’eau potable, nous craignons " +
          "une flambée de choléra dans les prochains jours",
        "Aminata Diallo",
      ],
      [
        "On construit sur des pentes argileuses, sans drainage, parce qu’il n’y a nulle part " +
          "ailleurs où aller. Tant que l’État ne proposera pas de terrains viabilisés, chaque " +
          "saison des pluies fera des morts",
        "Serge Kabongo",
      ],
    ],
  },
  {
    name: "La Libre Belgique, usine : CEO, délégué FGTB, la CSC, bourgmestre « parle d’ », économiste",
    headline: "Fermeture de Verlaine Glass à Seneffe : « un choc » pour 430 travailleurs",
    standfirst:
      "La direction du verrier a annoncé mardi son intention de cesser la production en " +
      "Belgique d’ici à l’automne. La procédure Renault est lancée.",
    paragraphs: [
      "Les travailleurs l’ont appris lors d’un conseil d’entreprise extraordinaire convoqué " +
        "mardi à 9 heures. Le groupe Verlaine Glass, propriété d’un fonds d’investissement " +
        "luxembourgeois, invoque la flambée des coûts de l’énergie et la concurrence asiatique " +
        "pour justifier l’arrêt du four de Seneffe, le dernier du groupe en Belgique.",
      "« Le site n’est plus rentable depuis trois exercices. Nous avons étudié toutes les " +
        "alternatives, y compris une reconversion vers le verre recyclé, sans trouver de " +
        "modèle viable », a expliqué le CEO du groupe, Marc Van den Broeck, dans une " +
        "déclaration transmise à la presse.",
      "Du côté syndical, la colère domine. « On nous a dit pendant deux ans que les " +
        "investissements allaient arriver. Aujourd’hui, on nous annonce la fermeture par " +
        "PowerPoint », fulmine Christophe Lambert, délégué principal FGTB. La CSC dénonce pour " +
        "sa part « une décision prise à Luxembourg, sans le moindre égard pour la Wallonie ».",
      "Le bourgmestre de Seneffe, Benoît Dufrasne, parle d’« un choc pour toute la région ». " +
        "« Derrière les 430 emplois directs, il y a les sous-traitants, les transporteurs, les " +
        "commerces. C’est tout un bassin qui vacille », a-t-il réagi.",
      "Le ministre wallon de l’Économie, Olivier Mathieu, a convoqué la direction pour " +
        "jeudi. Il entend « tout mettre en œuvre » pour trouver un repreneur. Une mission " +
        "difficile, selon l’économiste Anne Delvaux, professeure à l’UCLouvain : « Le verre " +
        "plat est un marché de volumes. Sans énergie bon marché, aucun industriel ne rachètera " +
        "un four en Belgique. »",
      "La procédure Renault prévoit une phase d’information et de consultation de plusieurs " +
        "semaines avant toute décision définitive.",
    ],
    quotes: [
      ["un choc", "Benoît Dufrasne"],
      [
        "Le site n’est plus rentable depuis trois exercices. Nous avons étudié toutes les " +
          "alternatives, y compris une reconversion vers le verre recyclé, sans trouver de " +
          "modèle viable",
        "Marc Van den Broeck",
      ],
      [
        "On nous a dit pendant deux ans que les investissements allaient arriver. " +
          "Aujourd’hui, on nous annonce la fermeture par PowerPoint",
        "Christophe Lambert",
      ],
      ["une décision prise à Luxembourg, sans le moindre égard pour la Wallonie", "La CSC"],
      ["un choc pour toute la région", "Benoît Dufrasne"],
      [
        "Derrière les 430 emplois directs, il y a les sous-traitants, les transporteurs, les " +
          "commerces. C’est tout un bassin qui vacille",
        "Benoît Dufrasne",
      ],
      ["tout mettre en œuvre", "Olivier Mathieu"],
      [
        "Le verre plat est un marché de volumes. Sans énergie bon marché, aucun industriel " +
          "ne rachètera un four en Belgique.",
        "Anne Delvaux",
      ],
    ],
  },
  {
    name: "Les Inrocks, rencontre : citation au titre, album et chanson entre guillemets, producteur, label",
    headline: "Léonie Vasseur : « J’ai écrit ce disque pour ne pas devenir folle »",
    standfirst:
      "Trois ans après un premier album remarqué, la chanteuse lyonnaise revient avec « Les " +
      "Heures creuses », un disque plus sombre, enregistré entre Lyon et Bruxelles. " +
      "Rencontre.",
    paragraphs: [
      "Elle arrive en avance, commande un thé et s’excuse presque d’avoir accepté " +
        "l’interview. Léonie Vasseur n’aime pas parler d’elle. Pourtant, « Les Heures creuses " +
        "», qui sort vendredi, est son disque le plus personnel. « J’ai écrit ce disque pour " +
        "ne pas devenir folle. C’était ça ou arrêter la musique », nous confie-t-elle.",
      "Le titre d’ouverture, « Novembre à Perrache », raconte la rupture qui a suivi la " +
        "tournée de son premier album. « Je dormais le jour, j’écrivais la nuit. Les chansons " +
        "sont sorties dans le désordre, et je les ai laissées comme ça », raconte la chanteuse " +
        "de 31 ans.",
      "Pour la production, elle s’est tournée vers le Bruxellois Hugo Deprez, connu pour son " +
        "travail avec la scène électronique belge. « Léonie arrivait avec des maquettes " +
        "guitare-voix très nues. Mon boulot, c’était surtout de ne rien abîmer », sourit le " +
        "producteur, joint par téléphone.",
      "Le résultat a convaincu son label, qui a repoussé la sortie de six mois pour laisser " +
        "le temps au mixage. « On savait qu’on tenait quelque chose de rare. Il fallait juste " +
        "ne pas se presser », explique Nadia Fekir, directrice artistique chez Microclimat, la " +
        "maison de disques indépendante qui l’accompagne depuis ses débuts.",
      "Sur scène, Léonie Vasseur promet un spectacle dépouillé, sans écrans ni danseurs. La " +
        "tournée passera par La Cigale le 12 mars. « Je veux que les gens entendent les " +
        "silences », dit-elle.",
    ],
    quotes: [
      ["J’ai écrit ce disque pour ne pas devenir folle", "Léonie Vasseur"],
      ["J’ai écrit ce disque pour ne pas devenir folle. C’était ça ou arrêter la musique", "Léonie Vasseur"],
      [
        "Je dormais le jour, j’écrivais la nuit. Les chansons sont sorties dans le désordre, " +
          "et je les ai laissées comme ça",
        "Léonie Vasseur",
      ],
      [
        "Léonie arrivait avec des maquettes guitare-voix très nues. Mon boulot, c’était " +
          "surtout de ne rien abîmer",
        "Hugo Deprez",
      ],
      ["On savait qu’on tenait quelque chose de rare. Il fallait juste ne pas se presser", "Nadia Fekir"],
      ["Je veux que les gens entendent les silences", "Léonie Vasseur"],
    ],
  },
  {
    name: "Auto Plus, ZFE : artisan au prénom et question, collectif, vice-présidente, garagiste",
    headline: "ZFE : à Montpellier, les automobilistes Crit’Air 3 pris de court par les premières amendes",
    paragraphs: [
      "Depuis le 1er janvier, les véhicules classés Crit’Air 3 n’ont plus le droit de " +
        "circuler dans la zone à faibles émissions de la métropole de Montpellier. Après six " +
        "mois de tolérance, les premiers procès-verbaux tombent : 68 euros par infraction.",
      "Stéphane, artisan plombier à Castelnau-le-Lez, roule dans un utilitaire diesel de " +
        "2010. « Je n’ai pas 30 000 euros pour changer de camionnette. Alors je fais comment ? " +
        "Je refuse des chantiers en centre-ville ? », s’agace-t-il.",
      "Pour Laurent Hébrard, qui préside le collectif Automobilistes de l’Hérault, les ZFE " +
        "sont « une mesure antisociale ». « Ce sont les ménages modestes, ceux qui habitent " +
        "loin et n’ont pas de tramway, qui trinquent », estime-t-il.",
      "À la métropole, on défend une mesure de santé publique. « La pollution de l’air cause " +
        "chaque année plus de 200 décès prématurés sur notre territoire. Nous ne pouvons pas " +
        "rester les bras croisés », fait valoir Isabelle Cazals, vice-présidente chargée des " +
        "mobilités. Elle rappelle que la collectivité verse une prime à la conversion « " +
        "pouvant aller jusqu’à 6 000 euros ».",
      "Sur le terrain, les garagistes constatent un afflux de demandes. « Les gens viennent " +
        "nous voir paniqués, avec leur carte grise à la main. Beaucoup pensent qu’il suffit de " +
        "changer le filtre à particules pour changer de vignette », témoigne Rachid Ouali, qui " +
        "tient un garage à Lattes.",
      "Le gouvernement a promis un bilan national des ZFE avant l’été. Plusieurs députés " +
        "réclament un moratoire.",
    ],
    quotes: [
      [
        "Je n’ai pas 30 000 euros pour changer de camionnette. Alors je fais comment ? Je " +
          "refuse des chantiers en centre-ville ?",
        "Stéphane",
      ],
      ["une mesure antisociale", "Laurent Hébrard"],
      [
        "Ce sont les ménages modestes, ceux qui habitent loin et n’ont pas de tramway, qui trinquent",
        "Laurent Hébrard",
      ],
      [
        "La pollution de l’air cause chaque année plus de 200 décès prématurés sur notre " +
          "territoire. Nous ne pouvons pas rester les bras croisés",
        "Isabelle Cazals",
      ],
      ["pouvant aller jusqu’à 6 000 euros", "Isabelle Cazals"],
      [
        "Les gens viennent nous voir paniqués, avec leur carte grise à la main. Beaucoup " +
          "pensent qu’il suffit de changer le filtre à particules pour changer de vignette",
        "Rachid Ouali",
      ],
    ],
  },
  {
    name: "Le Soleil (Dakar), érosion : pêcheur avec âge, ministre nommé après le verbe, géographe",
    headline: "Érosion côtière à Saint-Louis : à Guet Ndar, la mer gagne du terrain",
    paragraphs: [
      "La houle de la semaine dernière a emporté une dizaine de maisons supplémentaires sur " +
        "la Langue de Barbarie. À Guet Ndar, le quartier des pêcheurs, les familles sinistrées " +
        "ont été relogées provisoirement dans des salles de classe.",
      "« La mer a pris la maison de mon père, puis celle de mon frère. Maintenant, elle " +
        "frappe à ma porte », lance Moussa Guèye, pêcheur de 52 ans, en montrant le mur " +
        "fissuré de sa concession.",
      "Le ministre de l’Environnement et de la Transition écologique, en visite sur place " +
        "samedi, a annoncé le lancement d’une deuxième phase du programme de relocalisation. « " +
        "Aucune famille ne sera laissée sans toit. L’État a mobilisé 15 milliards de francs " +
        "CFA pour construire de nouveaux logements sur le site de Djougop », a déclaré Cheikh " +
        "Tidiane Faye.",
      "Mais à Djougop, à une dizaine de kilomètres de la mer, les premiers relogés " +
        "déchantent. « Ici, nous n’avons ni eau courante ni transport pour rejoindre le " +
        "fleuve. Un pêcheur loin de la mer, ce n’est plus un pêcheur », regrette Aïssatou " +
        "Diop, présidente d’un groupement de femmes transformatrices de poisson.",
      "Selon une étude de la Banque mondiale publiée en 2023, le littoral sénégalais recule " +
        "en moyenne d’un à deux mètres par an. Pour le géographe Boubacar Sow, de l’université " +
        "Gaston-Berger, la digue de protection construite en 2020 n’a fait que déplacer le " +
        "problème. « L’enrochement protège une partie du quartier, mais l’énergie des vagues " +
        "se reporte plus au nord. Il faut penser le littoral comme un tout », explique le " +
        "chercheur.",
      "Le maire de Saint-Louis, Ousmane Seck, a demandé au gouvernement de déclarer le " +
        "quartier en situation de catastrophe naturelle, estimant que la situation est « " +
        "devenue intenable ».",
    ],
    quotes: [
      [
        "La mer a pris la maison de mon père, puis celle de mon frère. Maintenant, elle " +
          "frappe à ma porte",
        "Moussa Guèye",
      ],
      [
        "Aucune famille ne sera laissée sans toit. L’État a mobilisé 15 milliards de francs " +
          "CFA pour construire de nouveaux logements sur le site de Djougop",
        "Cheikh Tidiane Faye",
      ],
      [
        "Ici, nous n’avons ni eau courante ni transport pour rejoindre le fleuve. Un pêcheur " +
          "loin de la mer, ce n’est plus un pêcheur",
        "Aïssatou Diop",
      ],
      [
        "L’enrochement protège une partie du quartier, mais l’énergie des vagues se reporte " +
          "plus au nord. Il faut penser le littoral comme un tout",
        "Boubacar Sow",
      ],
      ["devenue intenable", "Ousmane Seck"],
    ],
  },
  {
    name: "L’Yonne républicaine, santé : directrice, « le docteur », patiente au prénom, ARS, syndicat",
    headline: "Déserts médicaux : à Tonnerre, le centre de santé départemental recrute enfin trois médecins",
    paragraphs: [
      "Après dix-huit mois de recherches, le centre de santé de Tonnerre va accueillir trois " +
        "nouveaux médecins généralistes salariés d’ici à septembre. Une bouffée d’oxygène pour " +
        "un bassin de 15 000 habitants où près d’un patient sur quatre n’a plus de médecin " +
        "traitant.",
      "« On a dû aller les chercher un par un, dans les facs, sur les salons, jusqu’en " +
        "Belgique. Le salariat, c’est ce qui a fait la différence », explique Corinne Baudoin, " +
        "directrice du centre de santé départemental.",
      "Parmi les nouveaux venus, le docteur Julien Marcelin, 29 ans, tout juste diplômé de " +
        "la faculté de Dijon. Il a choisi l’Yonne pour la qualité de vie, mais aussi pour les " +
        "conditions de travail. « Je voulais exercer en équipe, sans passer mes soirées sur la " +
        "comptabilité. Ici, je fais de la médecine, point », dit le jeune médecin.",
      "Dans la salle d’attente, Monique, 78 ans, n’a plus de médecin traitant depuis le " +
        "départ en retraite du sien, il y a deux ans. « Pour un renouvellement d’ordonnance, " +
        "je devais aller aux urgences d’Auxerre. Une heure de route, à mon âge », " +
        "soupire-t-elle.",
      "L’agence régionale de santé de Bourgogne-Franche-Comté salue « une initiative " +
        "exemplaire » mais rappelle que le département reste classé en zone d’intervention " +
        "prioritaire. Selon ses chiffres, l’Yonne compte 58 généralistes pour 100 000 " +
        "habitants, contre 85 en moyenne nationale.",
      "Le syndicat de médecins libéraux MG France se montre plus réservé. « Salarier des " +
        "médecins avec l’argent du Département, c’est bien. Mais ça ne règle rien si on " +
        "continue à décourager l’installation en libéral », estime son représentant dans " +
        "l’Yonne, le docteur Philippe Garnier.",
    ],
    quotes: [
      [
        "On a dû aller les chercher un par un, dans les facs, sur les salons, jusqu’en " +
          "Belgique. Le salariat, c’est ce qui a fait la différence",
        "Corinne Baudoin",
      ],
      [
        "Je voulais exercer en équipe, sans passer mes soirées sur la comptabilité. Ici, je " +
          "fais de la médecine, point",
        "Julien Marcelin",
      ],
      [
        "Pour un renouvellement d’ordonnance, je devais aller aux urgences d’Auxerre. Une " +
          "heure de route, à mon âge",
        "Monique",
      ],
      ["une initiative exemplaire", "L’agence régionale de santé de Bourgogne-Franche-Comté"],
      [
        "Salarier des médecins avec l’argent du Département, c’est bien. Mais ça ne règle " +
          "rien si on continue à décourager l’installation en libéral",
        "Philippe Garnier",
      ],
    ],
  },
  {
    name: "Le Courrier picard, Ligue 2 : fragment au titre, entraîneur, milieu en zone mixte, abonné",
    todo: "«Je fais une erreur de débutant. Je m’excuse a…» goes to Le premier but, not Mamadou Koné",
    headline: "Amiens SC - Grenoble (0-2) : « On n’a pas existé », reconnaît Nicolas Delattre",
    paragraphs: [
      "La série s’arrête à la Licorne. Invaincus depuis six journées, les Amiénois se sont " +
        "inclinés samedi soir face à Grenoble (0-2), devant 9 200 spectateurs, et reculent à " +
        "la septième place de Ligue 2.",
      "« On n’a pas existé en première période. On a laissé Grenoble jouer, on a couru après " +
        "le ballon, et à ce niveau-là, ça se paie cash », a reconnu l’entraîneur amiénois, " +
        "Nicolas Delattre, en conférence de presse.",
      "Le premier but, sur une perte de balle de Mamadou Koné dans l’axe, a lancé les " +
        "Isérois (23e). Le milieu de terrain ne s’est pas caché en zone mixte : « Je fais une " +
        "erreur de débutant. Je m’excuse auprès des copains et des supporters, c’est ma faute. " +
        "»",
      "Côté grenoblois, Stéphane Pradier savourait. « Mes joueurs ont été d’une grande " +
        "maturité. Gagner ici, avec ce public, ce n’est pas donné à tout le monde », a salué " +
        "le technicien isérois.",
      "Dans les tribunes, la patience des supporters commence à s’user. « On paie nos " +
        "abonnements pour voir de l’envie. Ce soir, il n’y en avait pas », pestait Kévin, " +
        "abonné en tribune Nord depuis quinze ans, à la sortie du stade.",
      "Les Amiénois se déplacent à Bastia samedi prochain. « Il faudra réagir tout de suite " +
        "», a prévenu le capitaine Julien Moreau.",
    ],
    quotes: [
      ["On n’a pas existé", "Nicolas Delattre"],
      [
        "On n’a pas existé en première période. On a laissé Grenoble jouer, on a couru après " +
          "le ballon, et à ce niveau-là, ça se paie cash",
        "Nicolas Delattre",
      ],
      [
        "Je fais une erreur de débutant. Je m’excuse auprès des copains et des supporters, " +
          "c’est ma faute.",
        "Mamadou Koné",
      ],
      [
        "Mes joueurs ont été d’une grande maturité. Gagner ici, avec ce public, ce n’est pas " +
          "donné à tout le monde",
        "Stéphane Pradier",
      ],
      ["On paie nos abonnements pour voir de l’envie. Ce soir, il n’y en avait pas", "Kévin"],
      ["Il faudra réagir tout de suite", "Julien Moreau"],
    ],
  },
  {
    name: "Le Moniteur, logement : président de fédération, « Pour X, » en fragment, cabinet, artisan",
    headline: "Logement neuf : les mises en chantier au plus bas depuis trente ans",
    paragraphs: [
      "Le décrochage se poursuit. Selon les chiffres publiés jeudi par le ministère du " +
        "Logement, 259 000 logements ont été mis en chantier sur les douze derniers mois, soit " +
        "une baisse de 11 % sur un an. Les permis de construire reculent dans les mêmes " +
        "proportions.",
      "« Nous sommes au bord du précipice. Chaque mois qui passe, ce sont des entreprises " +
        "qui déposent le bilan et des compagnons qui quittent le métier », alerte Dominique " +
        "Lebrun, président de la Fédération française du bâtiment (FFB).",
      "Les promoteurs pointent la hausse des taux et le coût du foncier. Pour Valérie " +
        "Ancelin, présidente d’un groupe de promotion immobilière implanté dans la région " +
        "nantaise, « les acquéreurs ne sont pas partis, ils ne peuvent simplement plus " +
        "emprunter ». Elle a suspendu trois programmes depuis janvier, faute d’un taux de " +
        "précommercialisation suffisant.",
      "Au ministère, on met en avant l’élargissement du prêt à taux zéro, entré en vigueur " +
        "au 1er avril. « Les premiers effets devraient se faire sentir dans les ventes dès " +
        "l’automne, puis dans les mises en chantier l’an prochain », indique le cabinet du " +
        "ministre, qui se refuse à parler de crise.",
      "Sur le terrain, les artisans voient leurs carnets de commandes fondre. « Il y a un " +
        "an, j’avais huit mois de visibilité. Aujourd’hui, j’en ai deux. J’ai dû me séparer de " +
        "deux maçons », témoigne Franck Meunier, à la tête d’une entreprise de gros œuvre de " +
        "quinze salariés en Maine-et-Loire.",
      "La Capeb, qui représente les artisans, réclame un plan d’urgence. Son président, " +
        "Thierry Gaborit, demande notamment le retour d’une aide à l’investissement locatif « " +
        "sous une forme ciblée ».",
    ],
    quotes: [
      [
        "Nous sommes au bord du précipice. Chaque mois qui passe, ce sont des entreprises " +
          "qui déposent le bilan et des compagnons qui quittent le métier",
        "Dominique Lebrun",
      ],
      ["les acquéreurs ne sont pas partis, ils ne peuvent simplement plus emprunter", "Valérie Ancelin"],
      [
        "Les premiers effets devraient se faire sentir dans les ventes dès l’automne, puis " +
          "dans les mises en chantier l’an prochain",
        "le cabinet du ministre",
      ],
      [
        "Il y a un an, j’avais huit mois de visibilité. Aujourd’hui, j’en ai deux. J’ai dû " +
          "me séparer de deux maçons",
        "Franck Meunier",
      ],
      ["sous une forme ciblée", "Thierry Gaborit"],
    ],
  },
];

runArticles("fr", ARTICLES);
