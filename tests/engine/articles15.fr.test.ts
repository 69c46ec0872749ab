// A fifteenth round of composed French articles, in the styles of outlets and beats the first fourteen
// rounds (articles.fr to articles14.fr) did not use: a shopping street turned into a meeting zone by the
// Saint-Imier town council in the Journal du Jura, a care assistant stealing residents' jewellery tried in
// Agen for Le Petit Bleu, a CF Montréal comeback on RDS, a Tournai brewer buying a Dutch brewery in
// Trends-Tendances, a measles outbreak in Uvira for Radio Okapi, a painter's retrospective at the Mudam in
// Virgule, road salt and lake zooplankton for the Agence Science-Presse, torrential rain in Port-Louis on
// Defimedia, unqualified teachers in a Franco-Ontarian school board for ONFR and a burglary gang around
// Chartres in L’Écho républicain. Every article was written for these tests, before the engine was run on
// them; speakers follow the corpus guidelines (the fullest name the article gives, without title; a body
// or document as named; the shortest description that identifies an unnamed source).
import {
  type ArticleCase,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  runArticles,
  withGuillemetSpacing,
} from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  withGuillemetSpacing("", {
    name:
      "Journal du Jura, Conseil de ville : guillemets sans espace, citation au " +
      "titre reprise au corps, maire « a lancé » puis suite sans verbe, slogan " +
      "sur pancartes, porte-parole en fragment, « le libéral-radical », " +
      "deux-points, conseillère « a-t-elle promis », nom de comité",
    headline: "«Le centre doit revivre»: Saint-Imier transforme " + "la rue Francillon en zone de rencontre",
    paragraphs: [
      "Le Conseil de ville de Saint-Imier a approuvé lundi soir, par 21 voix contre 14, " +
        "le réaménagement de la rue Francillon en zone de rencontre limitée à 20 km/h. Le " +
        "crédit de 2,4 millions de francs sera soumis au peuple le 14 juin.",
      "«Le centre doit revivre», a lancé le maire, Patrick Zürcher, en ouverture des " +
        "débats. «Aujourd’hui, on traverse la rue Francillon, on ne s’y arrête plus. " +
        "Douze vitrines sont vides entre la place du Marché et la gare.»",
      "Une trentaine de commerçants avaient pris place à la tribune, certains " +
        "brandissant des pancartes «Pas de clients sans places de parc». Leur " +
        "porte-parole, Nathalie Gerber, qui tient une boulangerie dans la rue, se dit «pas " +
        "opposée au principe», mais craint la suppression de 38 places de stationnement.",
      "Pour le PLR, Michel Bühler a dénoncé «une décision prise contre " +
        "ceux qui font vivre le centre». Le libéral-radical a demandé en " +
        "vain le renvoi du projet au Conseil municipal.",
      "Le socialiste Josué Rochat lui a répondu sans détour: «Les commerces ne meurent pas " +
        "à cause des piétons. Ils meurent parce qu’on passe devant sans les voir.»",
      "La conseillère municipale chargée de l’urbanisme, Anne-Lise Vaucher, a assuré " +
        "qu’un parking de 60 places serait aménagé derrière l’ancienne poste. " +
        "«Personne ne devra marcher plus de trois minutes», a-t-elle promis.",
      "Le comité «Saint-Imier vivant», qui soutient le " +
        "projet, entrera en campagne dès le mois prochain.",
    ],
    quotes: [
      ["Le centre doit revivre", "Patrick Zürcher"],
      [
        "Aujourd’hui, on traverse la rue Francillon, on ne s’y arrête plus. " +
          "Douze vitrines sont vides entre la place du Marché et la gare.",
        "Patrick Zürcher",
      ],
      ["pas opposée au principe", "Nathalie Gerber"],
      ["une décision prise contre ceux qui font vivre le centre", "Michel Bühler"],
      [
        "Les commerces ne meurent pas à cause des piétons. Ils " +
          "meurent parce qu’on passe devant sans les voir.",
        "Josué Rochat",
      ],
      ["Personne ne devra marcher plus de trois minutes", "Anne-Lise Vaucher"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Petit Bleu, tribunal correctionnel : « la prévenue » puis « a-t-elle " +
      "lâché », présidente qui interrompt avec une question, fille d’une " +
      "victime « a témoigné », procureure en fragment puis « la procureure », " +
      "avocat « Me » et deux-points, nom d’Ehpad entre guillemets",
    headline: "Agen : l’aide-soignante volait les bijoux des résidents de l’Ehpad",
    paragraphs: [
      "Le tribunal correctionnel d’Agen a condamné mardi Sandrine Lafitte, 44 " +
        "ans, à dix-huit mois d’emprisonnement avec sursis probatoire pour avoir " +
        "dérobé des bagues, des alliances et une montre à huit résidents de " +
        "l’Ehpad où elle travaillait, à Boé, entre 2023 et 2024.",
      "À la barre, la prévenue, cheveux tirés et voix basse, n’a pas cherché à nier. « J’avais " +
        "des dettes partout. Je me disais qu’ils ne s’en rendraient pas compte », a-t-elle lâché. " +
        "Une phrase qui a fait se lever plusieurs familles sur les bancs du public.",
      "« Et vous pensiez que ça ne se verrait pas ? », l’a " + "interrompue la présidente, Catherine Dufau.",
      "Les bijoux avaient été revendus à un comptoir d’achat d’or d’Agen pour un peu moins de " +
        "3 000 euros. Le plus souvent, l’aide-soignante les prenait pendant la toilette. « Ma " +
        "mère me disait qu’on lui avait volé son alliance. On a cru qu’elle perdait la tête », a " +
        "témoigné Hélène Sabathier, la fille d’une résidente décédée depuis.",
      "Pour le ministère public, Julie Marsan a dénoncé « une trahison de la confiance » des " +
        "familles et des patients. La procureure a requis deux ans dont un ferme, aménageable.",
      "Son avocat, Me Olivier Castagné, a plaidé la détresse financière de sa " +
        "cliente, mère de trois enfants : « Elle n’est pas une délinquante d’habitude. " +
        "Elle a perdu son emploi, elle a tout avoué dès la première audition. »",
      "Outre une interdiction d’exercer au contact de personnes " +
        "vulnérables, elle devra indemniser les familles. L’Ehpad « Les " +
        "Jardins de Garonne » s’était constitué partie civile.",
    ],
    quotes: [
      ["J’avais des dettes partout. Je me disais qu’ils ne s’en rendraient pas compte", "Sandrine Lafitte"],
      ["Et vous pensiez que ça ne se verrait pas ?", "Catherine Dufau"],
      [
        "Ma mère me disait qu’on lui avait volé son alliance. On a cru qu’elle perdait la tête",
        "Hélène Sabathier",
      ],
      ["une trahison de la confiance", "Julie Marsan"],
      [
        "Elle n’est pas une délinquante d’habitude. Elle a perdu son " +
          "emploi, elle a tout avoué dès la première audition.",
        "Olivier Castagné",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "RDS, soccer : buteur désigné par « le Lavallois de 22 ans », entraîneur-chef " +
      "puis suite sans verbe, citation sur deux paragraphes, banderole de partisans, " +
      "entraîneur adverse en fragment puis « a-t-il déploré en anglais »",
    headline: "CF Montréal renverse Toronto FC et respire enfin",
    standfirst:
      "Menés 1-0 à la pause, les Montréalais l’ont emporté 2-1 au " +
      "Stade Saputo grâce à un doublé de Loïc Bergevin.",
    paragraphs: [
      "Le CF Montréal a mis fin à une série de cinq matchs sans victoire, samedi soir, en " +
        "battant Toronto FC 2-1 devant 19 619 spectateurs au Stade Saputo. Le milieu de " +
        "terrain Loïc Bergevin a inscrit les deux buts de son équipe en deuxième demie.",
      "« À la mi-temps, personne n’a crié. On s’est regardés et on " +
        "s’est dit qu’on avait encore 45 minutes pour changer l’histoire " +
        "», a raconté le Lavallois de 22 ans au micro de RDS.",
      "L’entraîneur-chef Stéphane Morin n’a pas caché son soulagement. « On avait " +
        "besoin de ça. Pas seulement pour le classement, mais pour la tête. »",
      "Morin a ensuite salué le travail de son jeune milieu. « Loïc fait " +
        "partie de ces joueurs qui ne lâchent jamais rien. Il a été notre " +
        "meilleur joueur à l’entraînement toute la semaine.",
      "« Ce soir, il a simplement été récompensé. »",
      "Dans les gradins, les partisans de la section 132 avaient déployé une " +
        "immense banderole « Debout jusqu’au bout » dès l’échauffement.",
      "Dans l’autre vestiaire, l’entraîneur des Torontois, Dean Whitaker, a parlé d’une « " +
        "deuxième demie inacceptable ». « Nous avons arrêté de jouer après notre but. Contre " +
        "une équipe comme Montréal, ça ne pardonne pas », a-t-il déploré en anglais.",
      "Le CF Montréal remonte au 11e rang de l’Association Est. " +
        "Il visitera le Crew de Columbus samedi prochain.",
    ],
    quotes: [
      [
        "À la mi-temps, personne n’a crié. On s’est regardés et on s’est " +
          "dit qu’on avait encore 45 minutes pour changer l’histoire",
        "Loïc Bergevin",
      ],
      ["On avait besoin de ça. Pas seulement pour le classement, mais pour la tête.", "Stéphane Morin"],
      [
        "Loïc fait partie de ces joueurs qui ne lâchent jamais rien. Il a été " +
          "notre meilleur joueur à l’entraînement toute la semaine.",
        "Stéphane Morin",
      ],
      ["Ce soir, il a simplement été récompensé.", "Stéphane Morin"],
      ["deuxième demie inacceptable", "Dean Whitaker"],
      [
        "Nous avons arrêté de jouer après notre but. Contre " +
          "une équipe comme Montréal, ça ne pardonne pas",
        "Dean Whitaker",
      ],
    ],
  }),
  {
    name:
      "Trends-Tendances, entreprises : guillemets anglais, CEO « nous explique », " +
      "marque de bière entre guillemets, le groupe « précise » dans un communiqué, " +
      "« le quadragénaire » puis « analyse-t-il », analyste nommée en fragment " +
      "puis « estime-t-elle », délégué syndical après un « on »",
    todo:
      "a company’s statement (« le groupe précise ») goes to a word " +
      "of a beer’s name (« Escaut ») instead of the company",
    headline: "Delvaux & Fils rachète une brasserie néerlandaise pour grandir à l’export",
    paragraphs: [
      "Le brasseur tournaisien Delvaux & Fils a annoncé jeudi le rachat de la brasserie De Kroon, " +
        "à Breda, pour un montant non divulgué. L’opération fera passer le groupe familial de 140 à " +
        "210 salariés et lui ouvre les rayons de la grande distribution néerlandaise.",
      "“Nous vendons déjà 30% de nos volumes hors de Belgique. Avec De Kroon, nous " +
        "avons enfin une base logistique aux Pays-Bas”, nous explique Pierre-Yves " +
        "Delvaux, CEO et petit-fils du fondateur. Il promet que la “Blanche de " +
        "l’Escaut”, la bière phare de la maison, restera brassée à Tournai.",
      "Dans un communiqué, le groupe précise que l’acquisition sera financée “pour " +
        "moitié par fonds propres et pour moitié par un crédit bancaire”. Le chiffre " +
        "d’affaires consolidé devrait dépasser 60 millions d’euros en 2026.",
      "Le quadragénaire ne cache pas que le marché belge stagne. “Les Belges boivent moins, " +
        "mais mieux. Il faut aller chercher la croissance ailleurs”, analyse-t-il.",
      "Chez Degroof Petercam, l’analyste Sophie Lemaire juge le prix “probablement raisonnable”, " +
        "sans disposer des chiffres détaillés. “Le secteur se consolide vite. Les brasseries " +
        "indépendantes de taille moyenne n’ont plus vraiment le choix”, estime-t-elle.",
      "Côté syndical, on reste prudent. “On nous promet qu’aucun emploi ne " +
        "sera délocalisé. On demande que ce soit écrit noir sur blanc”, réagit " +
        "Marc Dujardin, délégué FGTB sur le site tournaisien.",
    ],
    quotes: [
      [
        "Nous vendons déjà 30% de nos volumes hors de Belgique. Avec De " +
          "Kroon, nous avons enfin une base logistique aux Pays-Bas",
        "Pierre-Yves Delvaux",
      ],
      ["pour moitié par fonds propres et pour moitié par un crédit bancaire", "Delvaux & Fils"],
      [
        "Les Belges boivent moins, mais mieux. Il faut aller chercher la croissance ailleurs",
        "Pierre-Yves Delvaux",
      ],
      ["probablement raisonnable", "Sophie Lemaire"],
      [
        "Le secteur se consolide vite. Les brasseries indépendantes " +
          "de taille moyenne n’ont plus vraiment le choix",
        "Sophie Lemaire",
      ],
      [
        "On nous promet qu’aucun emploi ne sera délocalisé. " + "On demande que ce soit écrit noir sur blanc",
        "Marc Dujardin",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Radio Okapi, santé : citation au titre reprise au corps, « a indiqué à " +
      "Radio Okapi le médecin chef de zone », « Il précise » en fragment, ONG « " +
      "selon MSF », mère « confie-t-elle », infirmier anonyme et deux-points, " +
      "ministre provincial en fragment puis « a-t-il assuré »",
    headline: "Uvira : « Nous manquons de vaccins », alerte le médecin chef de zone",
    paragraphs: [
      "La zone de santé d’Uvira, au Sud-Kivu, a enregistré 412 cas suspects de " +
        "rougeole et 9 décès depuis le début de l’année. La campagne de riposte, lancée " +
        "lundi, ne couvre pour l’instant que quatre aires de santé sur dix-neuf.",
      "« Nous manquons de vaccins », a indiqué à Radio Okapi le médecin chef de " +
        "zone, le docteur Espoir Bulambo. « Les doses reçues ne suffisent que pour " +
        "les enfants de moins de cinq ans des aires les plus touchées. »",
      "Il précise que les villages de la plaine de la Ruzizi sont les plus " +
        "affectés, notamment Kiliba et Luvungi, où beaucoup d’enfants « n’ont " +
        "presque jamais été vaccinés » à cause de l’insécurité.",
      "L’ONG Médecins sans frontières (MSF), qui appuie la riposte, dit " +
        "avoir acheminé 30 000 doses depuis Bukavu. Selon MSF, « la couverture " +
        "vaccinale de routine ne dépasse pas 45 % dans la zone ».",
      "À Kiliba, Furaha Mapendo, mère de quatre enfants, a marché trois " +
        "heures pour faire vacciner sa cadette. « Mon aîné a eu la rougeole le " +
        "mois passé. Je ne veux pas revivre ça », confie-t-elle.",
      "À Luvungi, un infirmier qui a requis l’anonymat dénonce les ruptures " +
        "de la chaîne du froid : « Le réfrigérateur solaire est en panne " +
        "depuis février. On garde les vaccins dans des glacières. »",
      "Le ministre provincial de la Santé, Théophile Mulume, a annoncé " +
        "l’arrivée de 50 000 doses supplémentaires « d’ici la fin de la semaine " +
        "». « Aucun enfant ne sera oublié », a-t-il assuré depuis Bukavu.",
    ],
    quotes: [
      ["Nous manquons de vaccins", "Espoir Bulambo"],
      [
        "Les doses reçues ne suffisent que pour les enfants de " +
          "moins de cinq ans des aires les plus touchées.",
        "Espoir Bulambo",
      ],
      ["n’ont presque jamais été vaccinés", "Espoir Bulambo"],
      ["la couverture vaccinale de routine ne dépasse pas 45 % dans la zone", "Médecins sans frontières"],
      ["Mon aîné a eu la rougeole le mois passé. Je ne veux pas revivre ça", "Furaha Mapendo"],
      [
        "Le réfrigérateur solaire est en panne depuis " + "février. On garde les vaccins dans des glacières.",
        "un infirmier",
      ],
      ["d’ici la fin de la semaine", "Théophile Mulume"],
      ["Aucun enfant ne sera oublié", "Théophile Mulume"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Virgule, exposition : titre d’exposition au chapô et au corps, " +
      "commissaire « explique » puis incise « sourit la commissaire » dans les " +
      "guillemets, artiste morte citée « confiait-elle en 1987 », ministre en " +
      "fragment, visiteuse anonyme « glissait », titre de tableau",
    todo: "«Je ne peins pas des idées, je peins des tempé…» goes to Lena Thill, not Berthe Kayser",
    headline: "Au Mudam, Berthe Kayser sort enfin de l’ombre",
    standfirst:
      "Première rétrospective consacrée à la peintre luxembourgeoise, « Le " +
      "bruit des couleurs » réunit 90 œuvres jusqu’en septembre.",
    paragraphs: [
      "Il aura fallu attendre trente ans après sa mort. Le Mudam consacre depuis samedi " +
        "une rétrospective à Berthe Kayser (1921-1995), figure discrète de l’abstraction " +
        "luxembourgeoise, longtemps éclipsée par ses contemporains masculins.",
      "« On la connaissait surtout par ses petits formats. Ici, on " +
        "découvre une peintre de l’espace, capable de toiles de quatre " +
        "mètres », explique la commissaire de l’exposition, Lena Thill.",
      "Une partie des œuvres dormait dans une grange d’Ettelbruck, chez un neveu de " +
        "l’artiste. « Certaines toiles étaient roulées depuis 1970, sourit la commissaire. " +
        "Il a fallu six mois de restauration avant de pouvoir les accrocher. »",
      "L’artiste elle-même se montrait peu diserte sur son travail. « Je ne " +
        "peins pas des idées, je peins des températures », confiait-elle en 1987 " +
        "au Luxemburger Wort, dans l’un de ses rares entretiens.",
      "Présente au vernissage, la ministre de la Culture, Carole Wagener, a " +
        "salué « un acte de réparation » envers les femmes artistes du pays " +
        "et annoncé l’acquisition par l’État de trois toiles.",
      "Dans les salles, le public semblait conquis. « Je suis passée cent fois " +
        "devant sa maison à Diekirch sans savoir qui elle était », glissait une " +
        "visiteuse devant la grande toile bleue intitulée « Hiver à Vianden ».",
      "L’exposition « Le bruit des couleurs » est à voir jusqu’au " +
        "20 septembre. Entrée gratuite le mercredi soir.",
    ],
    quotes: [
      [
        "On la connaissait surtout par ses petits formats. Ici, on découvre " +
          "une peintre de l’espace, capable de toiles de quatre mètres",
        "Lena Thill",
      ],
      [
        "Certaines toiles étaient roulées depuis 1970, sourit la commissaire. Il a " +
          "fallu six mois de restauration avant de pouvoir les accrocher.",
        "Lena Thill",
      ],
      ["Je ne peins pas des idées, je peins des températures", "Berthe Kayser"],
      ["un acte de réparation", "Carole Wagener"],
      ["Je suis passée cent fois devant sa maison à Diekirch sans savoir qui elle était", "une visiteuse"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Agence Science-Presse, environnement : étude dans une revue, chercheurs « " +
      "écrivent-ils », première autrice « résume », « La chercheuse cite » puis suite " +
      "sans verbe, adjectif entre guillemets d’ironie, limnologue « Selon lui, » en " +
      "fragment, nom de programme, ministère « a-t-il indiqué par courriel »",
    todo:
      "a fragment closed by « écrivent-ils » gets no speaker instead of the researchers who open the " +
      "sentence before, and « a-t-il indiqué » goes to the limnologist quoted before, not the ministry " +
      "that opens its sentence",
    headline: "Le sel de déglaçage menace le zooplancton des lacs québécois",
    paragraphs: [
      "Chaque hiver, le Québec épand environ 1,5 million de tonnes de sel sur " +
        "ses routes. Une partie finit dans les lacs, où elle pourrait décimer de " +
        "minuscules crustacés essentiels à la chaîne alimentaire, selon une " +
        "étude parue dans la revue Limnology and Oceanography.",
      "Les chercheurs de l’Université du Québec à Trois-Rivières ont mesuré la " +
        "concentration de chlorure dans 82 lacs des Laurentides et de la Mauricie. " +
        "Dans un lac sur cinq, elle dépasse le seuil à partir duquel les daphnies « " +
        "voient leur reproduction chuter de moitié », écrivent-ils.",
      "« Les daphnies, c’est le garde-manger des poissons. Si elles " +
        "disparaissent, c’est tout l’édifice qui vacille », résume la " +
        "biologiste Catherine Rivard-Lacasse, première autrice de l’étude.",
      "Les lacs les plus touchés sont situés à moins de 200 mètres d’une autoroute. La " +
        "chercheuse cite le lac Bernard, près de Saint-Sauveur, où la concentration a triplé " +
        "depuis 2005. « Ce n’est pas un problème du futur. C’est mesurable aujourd’hui. »",
      "Les sels dits « écologiques », à base de magnésium ou de jus de betterave, ne " +
        "sont pas une panacée, prévient Derek Tremblay, limnologue à l’Université " +
        "McGill, qui n’a pas participé aux travaux. Selon lui, ils coûtent « cinq à " +
        "dix fois plus cher » et ont leurs propres effets sur l’eau.",
      "Interrogé par l’Agence Science-Presse, le ministère des Transports et de la " +
        "Mobilité durable affirme avoir réduit de 12 % ses quantités de sel depuis " +
        "2018, grâce à sa « Stratégie de gestion environnementale des sels de voirie ». " +
        "« Les municipalités, qui entretiennent la majorité des routes locales, doivent " +
        "aussi faire leur part », a-t-il indiqué par courriel.",
    ],
    quotes: [
      [
        "voient leur reproduction chuter de moitié",
        "Les chercheurs de l’Université du Québec à Trois-Rivières",
      ],
      [
        "Les daphnies, c’est le garde-manger des poissons. Si elles " +
          "disparaissent, c’est tout l’édifice qui vacille",
        "Catherine Rivard-Lacasse",
      ],
      ["Ce n’est pas un problème du futur. C’est mesurable aujourd’hui.", "Catherine Rivard-Lacasse"],
      ["cinq à dix fois plus cher", "Derek Tremblay"],
      [
        "Les municipalités, qui entretiennent la majorité des " +
          "routes locales, doivent aussi faire leur part",
        "le ministère des Transports et de la Mobilité durable",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Defimedia, intempéries : prévisionniste anonyme « a expliqué à " +
      "Defimedia », services météo en fragment, habitant avec âge « peste-t-il " +
      "», ministre « a-t-il déclaré », officier des pompiers « évoque », " +
      "guillemets d’ironie, municipalité « contactée, indique que »",
    headline: "Avis de pluies torrentielles : Port-Louis sous les eaux, les écoles fermées",
    paragraphs: [
      "Un avis de pluies torrentielles est en vigueur depuis 6 heures ce mercredi " +
        "sur l’ensemble de Maurice. En moins de quatre heures, il est tombé 187 " +
        "millimètres à Port-Louis, provoquant des inondations à Cité La Cure, à " +
        "Vallée-des-Prêtres et sur l’autoroute M1 à hauteur du Caudan.",
      "« Une zone de convergence s’est installée au-dessus de l’île et elle devrait y " +
        "rester jusqu’à jeudi matin », a expliqué à Defimedia un prévisionniste de la " +
        "station météorologique de Vacoas. Les services météorologiques recommandent à la " +
        "population « de ne pas s’aventurer près des rivières et des drains ».",
      "À Cité La Cure, l’eau est montée jusqu’à la taille en quelques minutes. Rajesh " +
        "Doorgakant, 52 ans, a dû hisser sa mère sur la table de la cuisine. « Je n’ai " +
        "jamais vu ça en trente ans. Le drain devant la maison est bouché depuis des " +
        "mois, on l’a signalé trois fois à la mairie », peste-t-il.",
      "Le ministre de l’Éducation, Vikash Ramlugun, a annoncé la fermeture de toutes les écoles " +
        "publiques et privées jusqu’à nouvel ordre. « La sécurité des enfants passe avant tout. " +
        "Les parents qui ne peuvent pas venir chercher leurs enfants ne doivent pas prendre de " +
        "risques : les écoles les garderont », a-t-il déclaré peu après 9 heures.",
      "Le Government Fire and Rescue Service dit avoir effectué une quarantaine " +
        "d’interventions dans la matinée. L’officier Jean-Noël Lamarque, de la caserne de " +
        "Port-Louis, évoque « des automobilistes coincés dans leur voiture » sur la route " +
        "Royale. Aucune victime n’était à déplorer en début d’après-midi.",
      "Des travaux de drainage « prioritaires », promis après les inondations meurtrières de " +
        "mars 2013, n’ont toujours pas été achevés dans plusieurs quartiers de la capitale.",
      "La municipalité de Port-Louis, contactée, indique que « les " +
        "équipes de curage sont mobilisées depuis l’aube ».",
    ],
    quotes: [
      [
        "Une zone de convergence s’est installée au-dessus de " +
          "l’île et elle devrait y rester jusqu’à jeudi matin",
        "un prévisionniste de la station météorologique de Vacoas",
      ],
      ["de ne pas s’aventurer près des rivières et des drains", "Les services météorologiques"],
      [
        "Je n’ai jamais vu ça en trente ans. Le drain devant la maison est " +
          "bouché depuis des mois, on l’a signalé trois fois à la mairie",
        "Rajesh Doorgakant",
      ],
      [
        "La sécurité des enfants passe avant tout. Les parents qui ne peuvent pas venir " +
          "chercher leurs enfants ne doivent pas prendre de risques : les écoles les garderont",
        "Vikash Ramlugun",
      ],
      ["des automobilistes coincés dans leur voiture", "Jean-Noël Lamarque"],
      ["les équipes de curage sont mobilisées depuis l’aube", "La municipalité de Port-Louis"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "ONFR, éducation : présidente de conseil scolaire « en entrevue », " +
      "syndicat en sigle puis « Sa présidente » en fragment et suite sans " +
      "verbe, rapport d’un groupe de travail qui « prévoyait », père de " +
      "famille qui « demande », porte-parole du ministre par courriel",
    headline:
      "Pénurie d’enseignants : un conseil scolaire " + "franco-ontarien embauche 140 suppléants sans brevet",
    paragraphs: [
      "Le Conseil scolaire des Grands-Lacs a commencé l’année avec 140 postes " +
        "d’enseignants occupés par des personnes sans autorisation d’enseigner, " +
        "selon des chiffres obtenus par ONFR. C’est presque un poste sur six " +
        "dans ses 38 écoles du Centre-Sud-Ouest de l’Ontario.",
      "« On n’a pas le choix. Entre une classe fermée et une classe confiée à " +
        "un suppléant motivé, je choisis la classe ouverte », a déclaré la " +
        "présidente du conseil, Monique Bélanger-Sauvé, en entrevue.",
      "L’Association des enseignantes et des enseignants franco-ontariens (AEFO) s’inquiète pour " +
        "la qualité de l’enseignement. Sa présidente, Gabrielle Lemieux, parle d’une « " +
        "précarisation silencieuse » de la profession. « Ces personnes sont jetées dans une classe " +
        "de 27 élèves sans formation ni accompagnement. Beaucoup abandonnent avant Noël. »",
      "Le rapport du Groupe de travail sur la pénurie de personnel " +
        "enseignant, publié en 2021, prévoyait déjà qu’il manquerait « au moins " +
        "1 000 enseignants de langue française chaque année » en Ontario.",
      "À Welland, Karim Haddad a appris à la rentrée que la classe de 4e année de " +
        "sa fille serait confiée à une étudiante en deuxième année de baccalauréat. " +
        "« Elle est gentille, ma fille l’adore. Mais est-ce qu’on accepterait ça " +
        "dans une école anglophone ? », demande le père de famille.",
      "Dans un courriel, un porte-parole du ministre de l’Éducation assure que la province « a " +
        "augmenté de 50 % le nombre de places dans les programmes de formation en français ». Il " +
        "n’a pas précisé quand les premiers diplômés arriveraient dans les classes.",
    ],
    quotes: [
      [
        "On n’a pas le choix. Entre une classe fermée et une classe " +
          "confiée à un suppléant motivé, je choisis la classe ouverte",
        "Monique Bélanger-Sauvé",
      ],
      ["précarisation silencieuse", "Gabrielle Lemieux"],
      [
        "Ces personnes sont jetées dans une classe de 27 élèves sans " +
          "formation ni accompagnement. Beaucoup abandonnent avant Noël.",
        "Gabrielle Lemieux",
      ],
      [
        "au moins 1 000 enseignants de langue française chaque année",
        "Le rapport du Groupe de travail sur la pénurie de personnel enseignant",
      ],
      [
        "Elle est gentille, ma fille l’adore. Mais est-ce qu’on " +
          "accepterait ça dans une école anglophone ?",
        "Karim Haddad",
      ],
      [
        "a augmenté de 50 % le nombre de places dans les programmes de formation en français",
        "un porte-parole du ministre de l’Éducation",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Écho républicain, faits divers : surnom de bande et citation au chapô, " +
      "procureur « résume » puis suite sans verbe, source proche de l’enquête " +
      "en fragment, retraitée « témoigne », maire « Il salue » en fragment, nom " +
      "de dispositif, le parquet « dans un communiqué »",
    headline: "Cambriolages en série autour de Chartres : quatre hommes interpellés",
    standfirst:
      "Les gendarmes ont mis fin aux agissements de la bande dite des « " +
      "perceurs de serrures ». « Un travail de fourmi », salue le procureur.",
    paragraphs: [
      "Quatre hommes âgés de 19 à 34 ans ont été interpellés mardi à l’aube à Lucé, " +
        "Mainvilliers et Dreux. Ils sont soupçonnés d’avoir commis au moins 37 cambriolages de " +
        "maisons depuis l’été dans l’agglomération chartraine et le sud du département.",
      "« Un travail de fourmi », résume le procureur de la République de Chartres, Rémi " +
        "Coutant. « Les enquêteurs ont recoupé des centaines d’heures de vidéosurveillance " +
        "et de bornages téléphoniques pour identifier le véhicule utilisé. »",
      "Le mode opératoire était toujours le même : les cambrioleurs perçaient le " +
        "barillet de la porte d’entrée en plein après-midi, quand les habitants étaient " +
        "au travail. Selon une source proche de l’enquête, la bande revendait les bijoux " +
        "« à des receleurs de la région parisienne, en quelques heures ».",
      "À Fontenay-sur-Eure, Martine Gallou a été cambriolée deux fois en trois mois. « La " +
        "deuxième fois, ils ont pris la bague de fiançailles de ma mère. C’était tout ce qui me " +
        "restait d’elle », témoigne la retraitée, qui a fait changer toutes ses serrures.",
      "Le maire de la commune, Jean-Pierre Rousseau, avait lancé en octobre le " +
        "dispositif « Participation citoyenne ». Il salue « le sang-froid » d’une " +
        "voisine qui avait relevé une partie de la plaque d’immatriculation.",
      "Les quatre suspects ont été déférés jeudi et mis en examen pour vols en bande " +
        "organisée. Trois ont été placés en détention provisoire. « D’autres faits " +
        "pourraient leur être imputés », a précisé le parquet dans un communiqué, invitant " +
        "les victimes à se manifester auprès de la brigade de recherches de Chartres.",
    ],
    quotes: [
      ["Un travail de fourmi", "Rémi Coutant"],
      [
        "Les enquêteurs ont recoupé des centaines d’heures de vidéosurveillance et " +
          "de bornages téléphoniques pour identifier le véhicule utilisé.",
        "Rémi Coutant",
      ],
      ["à des receleurs de la région parisienne, en quelques heures", "une source proche de l’enquête"],
      [
        "La deuxième fois, ils ont pris la bague de fiançailles de " +
          "ma mère. C’était tout ce qui me restait d’elle",
        "Martine Gallou",
      ],
      ["le sang-froid", "Jean-Pierre Rousseau"],
      ["D’autres faits pourraient leur être imputés", "le parquet"],
    ],
  }),
];

runArticles("fr", ARTICLES);
