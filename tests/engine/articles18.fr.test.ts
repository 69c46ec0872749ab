// An eighteenth round of composed French articles, in the styles of outlets and beats the first seventeen
// rounds (articles.fr to articles17.fr) did not use: the state exam results in Kinshasa for Le Potentiel,
// a health workers' strike in Kaolack for Walf Quotidien, a tax freeze voted by the Longueuil council in Le
// Courrier du Sud, a Servette comeback on Watson, a tobacconist's hold-up in Rodez for Centre Presse
// Aveyron, flooding around Calais in Nord Littoral, bats and wind turbines in Epsiloon, a Molière
// staging reviewed by Sceneweb, a textile group's new plant in L’Économiste (Maroc) and a tax fraud trial
// in Luxembourg for the Luxemburger Wort. Every article was written for these tests, before the engine
// was run on them; speakers follow the corpus guidelines (the fullest name the article gives, without
// title; a body or document as named; the shortest description that identifies an unnamed source).
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
      "Le Potentiel, éducation : ministre « a annoncé » avec deux-points, « la ministre » qui revient, " +
      "syndicaliste en fragment, élève au prénom, nom d’examen entre guillemets, « selon un inspecteur »",
    headline: "Exetat 2026 : un taux de réussite de 64 %, en hausse de quatre points",
    paragraphs: [
      "La ministre de l’Enseignement primaire, secondaire et technique, Raïssa Malu Kabeya, a publié " +
        "lundi à Kinshasa les résultats de l’examen d’État, baptisé « Exetat » par des générations " +
        "d’élèves. Sur 912 000 candidats, 583 000 ont obtenu leur diplôme.",
      "La ministre a annoncé : « Ces chiffres sont le fruit d’un travail de fond contre la fraude. " +
        "Cette année, aucun sujet n’a fuité sur les réseaux sociaux. »",
      "« Nous avons sécurisé chaque enveloppe, de l’imprimerie jusqu’à la salle d’examen », a " +
        "poursuivi la ministre, qui salue la mobilisation de 40 000 surveillants.",
      "Le Syndicat des enseignants du Congo (Syeco) tempère. Son secrétaire général, Jean-Pierre " +
        "Mbuyi Kalonji, évoque des résultats « en trompe-l’œil » dans les provinces de l’Est, où " +
        "plusieurs centres ont fermé à cause de l’insécurité.",
      "Au Kasaï-Central, selon un inspecteur provincial, « près d’un tiers des candidats ont passé " +
        "l’épreuve dans des écoles de fortune ».",
      "Devant le lycée Bosangani, Grâce Ilunga, 18 ans, brandit son relevé. « Mes parents ont vendu " +
        "deux chèvres pour payer les frais. Aujourd’hui, ils peuvent être fiers », confie-t-elle.",
    ],
    quotes: [
      [
        "Ces chiffres sont le fruit d’un travail de fond contre la fraude. Cette année, aucun sujet " +
          "n’a fuité sur les réseaux sociaux.",
        "Raïssa Malu Kabeya",
      ],
      [
        "Nous avons sécurisé chaque enveloppe, de l’imprimerie jusqu’à la salle d’examen",
        "Raïssa Malu Kabeya",
      ],
      ["en trompe-l’œil", "Jean-Pierre Mbuyi Kalonji"],
      [
        "près d’un tiers des candidats ont passé l’épreuve dans des écoles de fortune",
        "un inspecteur provincial",
      ],
      [
        "Mes parents ont vendu deux chèvres pour payer les frais. Aujourd’hui, ils peuvent être fiers",
        "Grâce Ilunga",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Walf Quotidien, santé : citation au titre reprise, syndicaliste « déplore », directeur qui " +
      "réplique par communiqué, patiente anonyme, citation sur deux paragraphes, slogan de banderole",
    headline: "Grève à l’hôpital de Kaolack : « Nous ne sommes pas des machines »",
    standfirst:
      "Les agents de santé du centre hospitalier régional ont entamé hier une grève de 72 heures pour " +
      "réclamer le paiement de leurs primes.",
    paragraphs: [
      "Brassards rouges au bras, une centaine d’agents se sont rassemblés devant l’hôpital " +
        "El Hadji Ibrahima Niass. Sur une banderole, on pouvait lire « Primes payées, patients " +
        "soignés ».",
      "« Nous ne sommes pas des machines. Depuis huit mois, nous faisons des gardes de 24 heures " +
        "sans être payés », déplore Mamadou Lamine Diouf, secrétaire général de la section locale " +
        "du syndicat And Gueusseum.",
      "Le syndicaliste accuse la direction d’avoir « oublié ses promesses » de janvier. « On nous a " +
        "juré que tout serait réglé avant la Tabaski.",
      "« Nous sommes en septembre et personne n’a vu un franc », a-t-il ajouté.",
      "Dans un communiqué, la direction de l’hôpital affirme que « le service minimum est assuré " +
        "dans tous les services d’urgence » et que les arriérés seront versés « dès réception des " +
        "fonds du ministère ».",
      "Dans la cour, une femme venue de Nioro du Rip pour faire soigner son fils attend depuis " +
        "l’aube. « On nous dit de revenir demain. Mais demain, qui va payer le transport ? »",
    ],
    quotes: [
      ["Nous ne sommes pas des machines", "Mamadou Lamine Diouf"],
      [
        "Nous ne sommes pas des machines. Depuis huit mois, nous faisons des gardes de 24 heures sans " +
          "être payés",
        "Mamadou Lamine Diouf",
      ],
      ["oublié ses promesses", "Mamadou Lamine Diouf"],
      ["On nous a juré que tout serait réglé avant la Tabaski.", "Mamadou Lamine Diouf"],
      ["Nous sommes en septembre et personne n’a vu un franc", "Mamadou Lamine Diouf"],
      ["le service minimum est assuré dans tous les services d’urgence", "la direction de l’hôpital"],
      ["dès réception des fonds du ministère", "la direction de l’hôpital"],
      ["On nous dit de revenir demain. Mais demain, qui va payer le transport ?", "une femme"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Courrier du Sud, conseil municipal : mairesse « a soutenu », inversion « estime le chef de " +
      "l’opposition », « la mairesse » qui revient, citoyen au micro, nom de programme entre guillemets",
    headline: "Longueuil gèle le compte de taxes pour une deuxième année",
    paragraphs: [
      "Le conseil municipal de Longueuil a adopté mardi soir un budget de 1,1 milliard de dollars qui " +
        "maintient le compte de taxes résidentiel au niveau de 2025.",
      "« Les familles de Longueuil vivent une crise du coût de la vie. La Ville n’a pas à en rajouter », " +
        "a soutenu la mairesse, Catherine Fournier, en conférence de presse.",
      "« C’est un gel électoraliste qu’on va payer au centuple », estime pour sa part le chef de " +
        "l’opposition, Jonathan Desmarais. Selon lui, le report de l’entretien des conduites d’eau " +
        "« va exploser dans la face de la prochaine administration ».",
      "La mairesse rejette l’argument. « On n’a coupé aucun projet d’infrastructure. On a trouvé " +
        "12 millions en révisant nos contrats », a-t-elle répliqué.",
      "Le budget prévoit aussi 3 millions pour le programme « Mon quartier vert », qui financera la " +
        "plantation de 5 000 arbres dans le Vieux-Longueuil et à Saint-Hubert.",
      "Au micro de la période de questions, un résident du secteur Greenfield Park, Paul Tremblay, " +
        "a demandé quand son aréna rouvrira. « Ça fait trois hivers que nos enfants jouent à " +
        "Brossard », a-t-il lancé.",
    ],
    quotes: [
      [
        "Les familles de Longueuil vivent une crise du coût de la vie. La Ville n’a pas à en rajouter",
        "Catherine Fournier",
      ],
      ["C’est un gel électoraliste qu’on va payer au centuple", "Jonathan Desmarais"],
      ["va exploser dans la face de la prochaine administration", "Jonathan Desmarais"],
      [
        "On n’a coupé aucun projet d’infrastructure. On a trouvé 12 millions en révisant nos contrats",
        "Catherine Fournier",
      ],
      ["Ça fait trois hivers que nos enfants jouent à Brossard", "Paul Tremblay"],
    ],
  }),
  {
    name:
      "Watson, football : guillemets anglais, entraîneur « a lâché » puis « le Bernois », buteur " +
      "introduit puis « a-t-il souri », capitaine adverse, surnom entre guillemets",
    headline: "Menés 0-2, les Grenat renversent Lugano en dix minutes",
    paragraphs: [
      "Le Servette FC a signé dimanche au Stade de Genève l’une de ses plus belles remontées de la " +
        "saison, en battant Lugano 3-2 après avoir été mené de deux buts à la 70e minute.",
      "“À la pause, je n’ai pas crié. J’ai juste dit aux joueurs qu’on avait encore 45 minutes pour " +
        "être fiers de nous”, a lâché l’entraîneur Thomas Häberli en conférence de presse.",
      "Le technicien a reconnu que son équipe avait “très mal défendu” en première période. “On a " +
        "offert deux buts sur des erreurs de placement. Ça ne peut pas arriver à ce niveau”, a " +
        "poursuivi le Bernois.",
      "L’homme du match s’appelle Dereck Kutesa. Surnommé “la Flèche” par les supporters, l’ailier a " +
        "inscrit deux buts en quatre minutes. “Je ne réalise pas encore. Le stade tremblait”, a-t-il " +
        "souri au micro de Blue Sport.",
      "Côté tessinois, la déception était immense. “On a arrêté de jouer. C’est inexplicable”, " +
        "regrettait le capitaine Mattia Bottani.",
      "Avec ce succès, Servette remonte à la troisième place de Super League, à quatre points du " +
        "leader bâlois.",
    ],
    quotes: [
      [
        "À la pause, je n’ai pas crié. J’ai juste dit aux joueurs qu’on avait encore 45 minutes pour " +
          "être fiers de nous",
        "Thomas Häberli",
      ],
      ["très mal défendu", "Thomas Häberli"],
      [
        "On a offert deux buts sur des erreurs de placement. Ça ne peut pas arriver à ce niveau",
        "Thomas Häberli",
      ],
      ["Je ne réalise pas encore. Le stade tremblait", "Dereck Kutesa"],
      ["On a arrêté de jouer. C’est inexplicable", "Mattia Bottani"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Centre Presse Aveyron, fait divers : buraliste « raconte » puis pronom, « selon le parquet », " +
      "procureur avec deux-points, voisin anonyme, enseigne entre guillemets",
    headline: "Rodez : le buraliste braqué sous la menace d’un couteau",
    paragraphs: [
      "Il était un peu plus de 19 heures, jeudi, quand un homme cagoulé est entré dans le bureau de " +
        "tabac « Le Narval », avenue de Paris, à Rodez.",
      "Derrière son comptoir, Didier Cayla a vu la lame avant le visage. « Il m’a dit : “La caisse, " +
        "vite.” J’ai tout donné, je n’ai pas réfléchi », raconte le buraliste, encore secoué " +
        "vendredi matin.",
      "Le malfaiteur est reparti à pied avec environ 1 800 euros et plusieurs cartouches de " +
        "cigarettes. « Je pense à ma femme, qui ferme d’habitude. Ça aurait pu être elle », " +
        "souffle-t-il.",
      "Selon le parquet de Rodez, l’auteur présumé « a été identifié grâce aux caméras de " +
        "vidéoprotection de la ville ». Un homme de 23 ans a été interpellé samedi à Onet-le-Château.",
      "Le procureur de la République, Nicolas Rigot-Muller, a précisé : « Le suspect est déjà connu " +
        "pour des faits de vol. Il sera jugé en comparution immédiate lundi. »",
      "Dans le quartier, les commerçants se disent inquiets. « C’est le deuxième braquage depuis " +
        "l’été. On ferme plus tôt maintenant », témoigne une fleuriste voisine.",
    ],
    quotes: [
      ["Il m’a dit : “La caisse, vite.” J’ai tout donné, je n’ai pas réfléchi", "Didier Cayla"],
      ["Je pense à ma femme, qui ferme d’habitude. Ça aurait pu être elle", "Didier Cayla"],
      ["a été identifié grâce aux caméras de vidéoprotection de la ville", "le parquet de Rodez"],
      [
        "Le suspect est déjà connu pour des faits de vol. Il sera jugé en comparution immédiate lundi.",
        "Nicolas Rigot-Muller",
      ],
      ["C’est le deuxième braquage depuis l’été. On ferme plus tôt maintenant", "une fleuriste voisine"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Nord Littoral, intempéries : préfecture dans un communiqué, maire « explique », « l’élu » qui " +
      "revient, habitante nommée puis « ajoute-t-elle », Météo-France en fragment, citation au chapeau",
    headline: "Inondations dans le Calaisis : des dizaines de maisons évacuées",
    standfirst:
      "« On n’a jamais vu l’eau monter aussi vite », résume un pompier après une nuit de pluies " +
      "diluviennes sur le littoral.",
    paragraphs: [
      "Plus de 60 millimètres de pluie sont tombés en douze heures, dans la nuit de mardi à mercredi, " +
        "sur le Calaisis. Les wateringues, saturées, n’ont pas suffi à évacuer l’eau.",
      "Dans un communiqué, la préfecture du Pas-de-Calais indique que « 87 personnes ont été mises " +
        "à l’abri » et appelle les habitants à « ne pas circuler sur les routes inondées ».",
      "À Marck, le maire Bertrand Ringot a passé la nuit sur le terrain. « Certaines rues avaient " +
        "50 centimètres d’eau à 3 heures du matin. On a ouvert la salle des fêtes pour accueillir " +
        "les familles », explique-t-il.",
      "L’élu réclame déjà la reconnaissance de l’état de catastrophe naturelle. « Les gens ne " +
        "peuvent pas attendre six mois pour être indemnisés », insiste le maire.",
      "Rue des Fontinettes, Sylvie Delattre vide son salon à la pelle. « Le canapé, le frigo, tout " +
        "est fichu. » Elle vit là depuis trente ans. « La dernière fois, c’était en 2023, et on nous " +
        "avait promis des travaux », ajoute-t-elle.",
      "Météo-France a maintenu la vigilance orange jusqu’à jeudi midi, évoquant des cumuls " +
        "« localement supérieurs à 30 mm » dans la journée.",
    ],
    quotes: [
      ["On n’a jamais vu l’eau monter aussi vite", "un pompier"],
      ["87 personnes ont été mises à l’abri", "la préfecture du Pas-de-Calais"],
      ["ne pas circuler sur les routes inondées", "la préfecture du Pas-de-Calais"],
      [
        "Certaines rues avaient 50 centimètres d’eau à 3 heures du matin. On a ouvert la salle des fêtes " +
          "pour accueillir les familles",
        "Bertrand Ringot",
      ],
      ["Les gens ne peuvent pas attendre six mois pour être indemnisés", "Bertrand Ringot"],
      ["Le canapé, le frigo, tout est fichu.", "Sylvie Delattre"],
      ["La dernière fois, c’était en 2023, et on nous avait promis des travaux", "Sylvie Delattre"],
      ["localement supérieurs à 30 mm", "Météo-France"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Epsiloon, science : chercheuse « explique » puis « la biologiste », étude qui « conclut », " +
      "titre de revue et mot défini entre guillemets, chercheur non impliqué, représentant de filière",
    headline: "Éoliennes : les chauves-souris attirées par la lumière des nacelles",
    paragraphs: [
      "Pourquoi tant de chauves-souris meurent-elles au pied des éoliennes ? Une équipe du Muséum " +
        "national d’histoire naturelle apporte une réponse inattendue dans la revue « Current " +
        "Biology » : les balises lumineuses des nacelles attireraient les insectes, et avec eux " +
        "leurs prédateurs.",
      "« On pensait que les chauves-souris percutaient les pales par hasard. En fait, elles viennent " +
        "chasser », explique Camille Le Viol, qui a dirigé les travaux. Pendant trois étés, son équipe " +
        "a enregistré les ultrasons autour de 46 éoliennes de Bretagne et des Hauts-de-France.",
      "Les pipistrelles y émettent beaucoup plus de « buzz », ces cris très rapides qui précèdent la " +
        "capture d’une proie. « C’est le signe qu’elles mangent, pas qu’elles passent », précise la " +
        "biologiste.",
      "L’étude conclut que « réduire l’éclairage des mâts pourrait diviser la mortalité par deux » " +
        "sans coût majeur pour les exploitants.",
      "« Le résultat est solide, mais il faudra vérifier qu’il vaut pour d’autres espèces, comme les " +
        "noctules, qui volent plus haut », nuance Yves Bas, écologue au CNRS, qui n’a pas participé à " +
        "l’étude.",
      "Du côté des exploitants, France Renouvelables se dit « prête à tester » des balises à " +
        "éclairage réduit dès l’an prochain.",
    ],
    quotes: [
      [
        "On pensait que les chauves-souris percutaient les pales par hasard. En fait, elles viennent " +
          "chasser",
        "Camille Le Viol",
      ],
      ["C’est le signe qu’elles mangent, pas qu’elles passent", "Camille Le Viol"],
      ["réduire l’éclairage des mâts pourrait diviser la mortalité par deux", "L’étude"],
      [
        "Le résultat est solide, mais il faudra vérifier qu’il vaut pour d’autres espèces, comme les " +
          "noctules, qui volent plus haut",
        "Yves Bas",
      ],
      ["prête à tester", "France Renouvelables"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Sceneweb, théâtre : titre de pièce entre guillemets, metteuse en scène « confie » puis « elle », " +
      "comédien avec deux-points, citation de Molière non prononcée, fragment du critique",
    todo:
      "a line of the play shown on the set, set off by commas after « une phrase de la pièce », is taken " +
      "for a quote",
    headline: "Avec « Le Misanthrope », Lucie Berelowitsch met Alceste sur les réseaux sociaux",
    paragraphs: [
      "Au Théâtre de la Croix-Rousse, à Lyon, « Le Misanthrope » se joue dans un open space. Célimène " +
        "y publie ses portraits assassins en stories, et Alceste regarde son téléphone vibrer.",
      "« Molière a écrit une pièce sur la médisance en société. Aujourd’hui, la société, c’est " +
        "Instagram », confie la metteuse en scène, Lucie Berelowitsch, rencontrée avant la première.",
      "Elle a gardé l’alexandrin intact. « Je n’ai pas changé un vers. C’est ce qui rend le décalage " +
        "drôle, et parfois cruel », poursuit-elle.",
      "Dans le rôle-titre, Vladislav Galard livre un Alceste épuisé plus que colérique. Le comédien " +
        "l’assume : « Il n’est pas en colère contre le monde. Il est fatigué de lui. »",
      "Sur le rideau de fond, une phrase de la pièce défile en boucle, « L’ami du genre humain n’est " +
        "point du tout mon fait », comme un fil d’actualité.",
      "Le spectacle, « drôle et glaçant » selon notre critique, part en tournée en janvier, de " +
        "Valence à Brest.",
    ],
    quotes: [
      [
        "Molière a écrit une pièce sur la médisance en société. Aujourd’hui, la société, c’est Instagram",
        "Lucie Berelowitsch",
      ],
      [
        "Je n’ai pas changé un vers. C’est ce qui rend le décalage drôle, et parfois cruel",
        "Lucie Berelowitsch",
      ],
      ["Il n’est pas en colère contre le monde. Il est fatigué de lui.", "Vladislav Galard"],
      ["drôle et glaçant", "notre critique"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Économiste, entreprises : PDG « affirme » puis « le patron », groupe dans un communiqué, " +
      "analyste anonyme, ministère en fragment, marque entre guillemets, citation au titre différente",
    headline: "Textile : Ennasr Confection mise 400 millions de DH sur Fès",
    paragraphs: [
      "Le groupe Ennasr Confection va construire une nouvelle unité de production dans la zone " +
        "industrielle de Ras El Ma, à Fès. L’investissement atteint 400 millions de DH et doit créer " +
        "1 200 emplois d’ici 2028.",
      "« Nos clients européens veulent raccourcir leurs chaînes d’approvisionnement. Le Maroc est à " +
        "trois jours de camion de Madrid, la Chine à six semaines de bateau », affirme Karim " +
        "Bennani Smires, PDG du groupe.",
      "Le patron vise 70 % de la production à l’export, notamment pour sa marque « Atlas Denim ». " +
        "« Nous voulons aussi former nos propres techniciens, au lieu de les débaucher chez les " +
        "voisins », ajoute-t-il.",
      "Dans un communiqué, le groupe précise que l’usine « fonctionnera à 40 % à l’énergie solaire " +
        "dès son ouverture ».",
      "Le ministère de l’Industrie salue un projet « structurant pour la région Fès-Meknès ».",
      "Un analyste d’une banque d’affaires casablancaise se montre plus prudent : « La marge du " +
        "textile marocain reste très faible. Si l’euro baisse, ce type de projet devient fragile. »",
    ],
    quotes: [
      [
        "Nos clients européens veulent raccourcir leurs chaînes d’approvisionnement. Le Maroc est à trois " +
          "jours de camion de Madrid, la Chine à six semaines de bateau",
        "Karim Bennani Smires",
      ],
      [
        "Nous voulons aussi former nos propres techniciens, au lieu de les débaucher chez les voisins",
        "Karim Bennani Smires",
      ],
      ["fonctionnera à 40 % à l’énergie solaire dès son ouverture", "Ennasr Confection"],
      ["structurant pour la région Fès-Meknès", "Le ministère de l’Industrie"],
      [
        "La marge du textile marocain reste très faible. Si l’euro baisse, ce type de projet devient " +
          "fragile.",
        "Un analyste d’une banque d’affaires casablancaise",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Luxemburger Wort, tribunal : « le prévenu » puis « a-t-il déclaré », parquet en fragment, " +
      "avocate « Me » qui « plaide », présidente qui lui demande, « selon l’enquête », société entre " +
      "guillemets ironiques",
    headline: "Fraude à la TVA : cinq ans de prison requis contre un négociant en métaux",
    paragraphs: [
      "Devant la chambre correctionnelle du tribunal d’arrondissement de Luxembourg, Marc Hoffmann, " +
        "52 ans, est accusé d’avoir éludé 14 millions d’euros de TVA grâce à un carrousel de " +
        "sociétés écrans entre le Luxembourg, la Belgique et la Slovaquie.",
      "Selon l’enquête, les métaux ne quittaient jamais l’entrepôt de Bettembourg : seules les " +
        "factures circulaient, entre des « fournisseurs » qui n’avaient ni salariés ni bureaux.",
      "Le prévenu conteste. « J’ai signé ce que mon comptable me donnait. Je ne suis pas un " +
        "spécialiste de la TVA », a-t-il déclaré à la barre.",
      "La présidente lui a demandé pourquoi il avait transféré 3 millions à Dubaï en 2022. « Pour " +
        "acheter un appartement. C’est légal », a répondu le quinquagénaire.",
      "Le parquet a dénoncé un système « conçu dès le départ pour voler l’État » et requis cinq ans " +
        "de prison, dont deux avec sursis.",
      "Son avocate, Me Claire Schmit, plaide l’acquittement : « Mon client a été utilisé par des " +
        "gens bien plus malins que lui. Les vrais organisateurs sont en fuite. »",
      "Le jugement sera rendu le 14 janvier.",
    ],
    quotes: [
      [
        "J’ai signé ce que mon comptable me donnait. Je ne suis pas un spécialiste de la TVA",
        "Marc Hoffmann",
      ],
      ["Pour acheter un appartement. C’est légal", "Marc Hoffmann"],
      ["conçu dès le départ pour voler l’État", "Le parquet"],
      [
        "Mon client a été utilisé par des gens bien plus malins que lui. Les vrais organisateurs sont en " +
          "fuite.",
        "Claire Schmit",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
