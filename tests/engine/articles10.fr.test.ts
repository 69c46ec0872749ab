// A tenth round of composed French articles, in the styles of outlets and beats the first nine rounds
// (articles.fr to articles9.fr) did not use: parking fees voted by the Saumur council in Le Courrier de
// l’Ouest, a fiduciary's embezzlement trial in Fribourg for La Liberté, a night-time emergency room
// closure in the Eastern Townships for La Tribune (Sherbrooke), a biotech's failed trial and job cuts in
// L’Echo, floods in Guadeloupe for France-Antilles, a Luxembourg cup semi-final in Le Quotidien, water
// vapour on an exoplanet in Futura, Benin's baccalaureate results in La Nouvelle Tribune, a cannabis
// seizure at the Spanish border in L’Indépendant and a museum's appeal to keep a painting in Le Journal
// des Arts. Every article was written for these tests, before the engine was run on them; speakers
// follow the corpus guidelines (the fullest name the article gives, without title; a body or document
// as named; the shortest description that identifies an unnamed source).
import {
  type ArticleCase,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  runArticles,
  withGuillemetSpacing,
} from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name:
      "Le Courrier de l’Ouest, conseil municipal : fragment au titre " +
      "repris, maire après la citation, « a-t-elle lancé », affichettes, " +
      "riverain avec âge et deux-points, « l’élu », président en fragments",
    headline:
      "Saumur : le stationnement devient payant sur " + "les quais, l’opposition dénonce « un racket »",
    paragraphs: [
      "Le conseil municipal de Saumur a adopté lundi soir, par 29 voix contre 10, " +
        "l’extension du stationnement payant aux quais Mayaud et Carnot à partir du 1er " +
        "mars. Les deux premières heures resteront gratuites pour les résidents munis " +
        "d’une vignette.",
      "« Les quais sont saturés par des voitures ventouses qui restent là toute la " +
        "semaine. Les commerçants du centre nous le disent depuis des années », a " +
        "justifié le maire, Hervé Landreau (divers droite), en ouverture de séance.",
      "Pour Nadia Berthelot, conseillère d’opposition (Saumur en commun), la " +
        "mesure relève d’« un racket » organisé sur le dos des habitants. « On " +
        "fait payer ceux qui n’ont pas de garage, c’est-à-dire les plus modestes " +
        "», a-t-elle lancé, sous les applaudissements d’une partie du public.",
      "Dans la salle, quelques riverains de la Doutre avaient apporté des affichettes " +
        "« Quais libres, ville vivante ». Jean-Claude Piau, 72 ans, habite quai Mayaud " +
        "depuis quarante ans : « Ma fille vient me voir le dimanche. Elle devra mettre " +
        "des pièces dans l’horodateur pour prendre un café avec son père ? »",
      "L’adjoint aux mobilités, Bruno Tessier, a rappelé que les recettes, " +
        "estimées à 180 000 euros par an, financeront la navette électrique gratuite " +
        "entre la gare et le château. « Ce n’est pas une taxe déguisée. Chaque euro " +
        "encaissé sur les quais sera réinvesti dans les transports », a assuré l’élu.",
      "Le maire a toutefois concédé un geste : les soignants à domicile " +
        "bénéficieront d’une carte gratuite. « Nous avons entendu les infirmières " +
        "libérales, qui nous ont alertés dès l’automne », a-t-il indiqué.",
      "Président de l’association des commerçants Saumur Cœur de ville, Olivier Roux " +
        "se dit « plutôt satisfait », mais réclame « un vrai bilan dans six mois ».",
    ],
    quotes: [
      [
        "Les quais sont saturés par des voitures ventouses qui restent là toute " +
          "la semaine. Les commerçants du centre nous le disent depuis des années",
        "Hervé Landreau",
      ],
      ["un racket", "Nadia Berthelot"],
      ["On fait payer ceux qui n’ont pas de garage, c’est-à-dire les plus modestes", "Nadia Berthelot"],
      [
        "Ma fille vient me voir le dimanche. Elle devra mettre des " +
          "pièces dans l’horodateur pour prendre un café avec son père ?",
        "Jean-Claude Piau",
      ],
      [
        "Ce n’est pas une taxe déguisée. Chaque euro encaissé " +
          "sur les quais sera réinvesti dans les transports",
        "Bruno Tessier",
      ],
      ["Nous avons entendu les infirmières libérales, qui nous ont alertés dès l’automne", "Hervé Landreau"],
      ["plutôt satisfait", "Olivier Roux"],
      ["un vrai bilan dans six mois", "Olivier Roux"],
    ],
  },
  withGuillemetSpacing("", {
    name:
      "La Liberté, tribunal pénal : guillemets sans espace, citation en " +
      "tête puis le nom, procureure en fragment, fils sur deux paragraphes, " +
      "Me X et deux-points, le tribunal dans son jugement, président",
    todo:
      "a court taken up by « il » (« Dans son jugement, il relève ») is cut to « Le Tribunal », not " +
      "Le Tribunal pénal de l’arrondissement de la Sarine",
    headline:
      "Fribourg: l’ancien fiduciaire qui puisait dans " + "les comptes de ses clients condamné à trois ans",
    standfirst:
      "Le Tribunal pénal de l’arrondissement de la Sarine a reconnu " +
      "coupable d’abus de confiance un sexagénaire de Marly. Il " +
      "avait détourné plus de 1,2 million de francs en dix ans.",
    paragraphs: [
      "« J’ai trahi des gens qui me faisaient confiance. Je n’ai aucune " +
        "excuse. » Debout face au tribunal, la voix cassée, Pierre-Alain Dévaud " +
        "a reconnu jeudi l’essentiel des faits qui lui étaient reprochés.",
      "Entre 2013 et 2023, le fiduciaire de Marly, aujourd’hui âgé de 63 ans, a " +
        "prélevé de l’argent sur les comptes de onze clients, pour la plupart des " +
        "retraités qui lui avaient confié la gestion de leurs affaires. L’argent " +
        "a servi à rembourser des dettes de jeu et à financer un chalet à Charmey.",
      "Pour la procureure Alessia Chassot, le prévenu a agi avec « un " +
        "cynisme rare ». « Il rendait visite à ses victimes, buvait le café " +
        "avec elles, et le lendemain il vidait leur compte », a-t-elle " +
        "décrit dans son réquisitoire, réclamant quatre ans de prison ferme.",
      "Une des victimes, une veuve de 88 ans domiciliée à Villars-sur-Glâne, " +
        "n’a pas pu se déplacer. Son fils, Marc Clerc, était présent. « Ma mère " +
        "a dû vendre son appartement. Elle ne comprend toujours pas comment " +
        "l’homme à qui elle envoyait des cartes à Noël a pu lui faire ça.",
      "« Ce procès, je le fais pour elle, pour qu’elle " + "entende qu’on lui a volé quelque chose. »",
      "Défenseur du prévenu, Me Sébastien Yerly a plaidé l’addiction: « Mon " +
        "client est malade. Le jeu l’a dévoré, et il a tout perdu, y compris sa " +
        "famille. » Il demandait une peine compatible avec un sursis partiel.",
      "Le tribunal a finalement prononcé une peine de trois ans, dont " +
        "dix-huit mois ferme. Dans son jugement, il relève que le prévenu « a " +
        "exploité sans scrupule la vulnérabilité de personnes âgées et isolées " +
        "». Le président, Jean-Marc Sallin, a ajouté à l’adresse du condamné: " +
        "« Vous aurez le temps de réfléchir à ce que vous avez fait. »",
    ],
    quotes: [
      ["J’ai trahi des gens qui me faisaient confiance. Je n’ai aucune excuse.", "Pierre-Alain Dévaud"],
      ["un cynisme rare", "Alessia Chassot"],
      [
        "Il rendait visite à ses victimes, buvait le café " +
          "avec elles, et le lendemain il vidait leur compte",
        "Alessia Chassot",
      ],
      [
        "Ma mère a dû vendre son appartement. Elle ne comprend toujours pas " +
          "comment l’homme à qui elle envoyait des cartes à Noël a pu lui faire ça.",
        "Marc Clerc",
      ],
      [
        "Ce procès, je le fais pour elle, pour qu’elle " + "entende qu’on lui a volé quelque chose.",
        "Marc Clerc",
      ],
      [
        "Mon client est malade. Le jeu l’a dévoré, " + "et il a tout perdu, y compris sa famille.",
        "Sébastien Yerly",
      ],
      [
        "a exploité sans scrupule la vulnérabilité de personnes âgées et isolées",
        "Le Tribunal pénal de l’arrondissement de la Sarine",
      ],
      ["Vous aurez le temps de réfléchir à ce que vous avez fait.", "Jean-Marc Sallin"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Tribune (Sherbrooke), santé : citation au titre reprise, note " +
      "interne, « la mairesse » en entrevue, selon elle, « on assure », " +
      "présidente de syndicat, infirmière anonyme, cabinet par courriel",
    todo: "a document introduced as « une note interne » is named by its later mention (« la note »)",
    headline:
      "Urgence de Coaticook fermée la nuit : « On joue " + "avec la vie des gens », dénonce la mairesse",
    paragraphs: [
      "L’urgence de l’hôpital de Coaticook sera fermée entre 20 h et 8 h à compter " +
        "du 15 janvier, faute d’infirmières. Le CIUSSS de l’Estrie-CHUS en a informé " +
        "le personnel mardi, dans une note interne dont La Tribune a obtenu copie.",
      "« Cette mesure temporaire vise à assurer la sécurité des soins " +
        "dans un contexte de pénurie de main-d’œuvre critique », peut-on " +
        "lire dans la note. Durant la nuit, les patients devront se rendre " +
        "à l’Hôpital de Fleurimont, à une quarantaine de kilomètres.",
      "La mairesse de Coaticook, Simone Gagnon, n’a pas caché sa colère. « On " +
        "joue avec la vie des gens », a-t-elle déclaré en entrevue. « Quarante " +
        "minutes de route l’hiver, pour un infarctus, c’est une éternité. »",
      "Selon elle, la Ville n’a jamais été consultée. « On l’a appris " +
        "par un employé de l’hôpital qui m’a texté », a-t-elle ajouté.",
      "Au CIUSSS, on assure que la fermeture ne durera pas. « Nous " +
        "avons bon espoir de rouvrir la nuit d’ici le printemps, dès que " +
        "les recrues de la cohorte de février seront en poste », a " +
        "indiqué la porte-parole de l’établissement, Annie-Claude Fortier.",
      "Le syndicat des professionnelles en soins, affilié à la FIQ, ne " +
        "partage pas cet optimisme. « Ça fait trois ans qu’on nous promet " +
        "des recrues. Les filles sont épuisées, elles partent au privé ou " +
        "aux États-Unis », affirme sa présidente, Julie Bouchard.",
      "Une infirmière de l’urgence, qui a requis l’anonymat par crainte de représailles, " +
        "décrit des quarts de travail de 16 heures « presque chaque semaine ».",
      "Le cabinet du ministre de la Santé a indiqué " + "par courriel « suivre la situation de près ».",
    ],
    quotes: [
      [
        "Cette mesure temporaire vise à assurer la sécurité des " +
          "soins dans un contexte de pénurie de main-d’œuvre critique",
        "une note interne",
      ],
      ["On joue avec la vie des gens", "Simone Gagnon"],
      ["Quarante minutes de route l’hiver, pour un infarctus, c’est une éternité.", "Simone Gagnon"],
      ["On l’a appris par un employé de l’hôpital qui m’a texté", "Simone Gagnon"],
      [
        "Nous avons bon espoir de rouvrir la nuit d’ici le printemps, " +
          "dès que les recrues de la cohorte de février seront en poste",
        "Annie-Claude Fortier",
      ],
      [
        "Ça fait trois ans qu’on nous promet des recrues. Les filles " +
          "sont épuisées, elles partent au privé ou aux États-Unis",
        "Julie Bouchard",
      ],
      ["presque chaque semaine", "Une infirmière de l’urgence"],
      ["suivre la situation de près", "Le cabinet du ministre de la Santé"],
    ],
  }),
  {
    name:
      "L’Echo, entreprises : fragment au chapô par « son CEO », la société " +
      "dans un communiqué, « joint par », « le patron de la biotech » sans " +
      "verbe, nom de plan, permanente syndicale, analyste, actionnaire",
    todo:
      "«Les résultats ne montrent pas de différence s…» goes to la société, not Nexabio; «Nous " +
      "devons être plus petits et plus rapides.…» goes to Le patron de la biotech, not Thierry " +
      "Dewandre",
    headline: "Échec en phase 3 : Nexabio supprime 120 emplois à Gosselies",
    standfirst:
      "Le titre de la biotech carolorégienne a perdu 58 % mardi sur Euronext " +
      "Brussels. Son CEO parle d’un « coup dur, mais pas d’un arrêt de mort ».",
    paragraphs: [
      "La sanction a été immédiate. Quelques minutes après l’ouverture, l’action " +
        "Nexabio s’échangeait à 3,12 euros, contre 7,45 euros la veille. En cause " +
        ": l’échec de l’essai de phase 3 de son candidat-médicament NXB-204 contre " +
        "la fibrose pulmonaire, annoncé lundi soir après la clôture.",
      "« Les résultats ne montrent pas de différence statistiquement " +
        "significative entre les patients traités et le groupe placebo », " +
        "reconnaît la société dans un communiqué. Elle annonce dans la foulée " +
        "la suppression de 120 des 310 postes de son site de Gosselies.",
      "Joint par L’Echo, le CEO Thierry Dewandre ne cache pas sa déception. " +
        "« C’est un coup dur, mais pas un arrêt de mort. Nous avons encore deux " +
        "programmes cliniques et 140 millions d’euros en caisse », affirme-t-il.",
      "Baptisé « Focus 2028 », le plan prévoit de concentrer les moyens sur " +
        "NXB-310, une molécule en oncologie qui entre en phase 2. Le patron de " +
        "la biotech l’assume : « Nous devons être plus petits et plus rapides. " +
        "C’est douloureux, mais c’est la seule façon de tenir jusqu’en 2028. »",
      "Du côté syndical, la pilule ne passe pas. « La direction savait depuis " +
        "des semaines que l’essai tournait mal. Elle a continué à recruter " +
        "jusqu’en septembre », dénonce Marie-Laure Delhaye, permanente du SETCa.",
      "Les analystes, eux, s’interrogent sur la capacité de Nexabio à se financer. " +
        "« Avec une capitalisation tombée sous les 100 millions, une augmentation de " +
        "capital se ferait à un prix très dilutif pour les actionnaires », estime Bart " +
        "Claeys, analyste chez Degroof Petercam, qui a abaissé son objectif de cours à " +
        "4 euros.",
      "Wallonie Entreprendre, actionnaire à hauteur de 12 %, a fait savoir qu’elle " +
        "« analyserait la situation avec la direction dans les prochains jours ».",
    ],
    quotes: [
      ["coup dur, mais pas d’un arrêt de mort", "Thierry Dewandre"],
      [
        "Les résultats ne montrent pas de différence statistiquement " +
          "significative entre les patients traités et le groupe placebo",
        "Nexabio",
      ],
      [
        "C’est un coup dur, mais pas un arrêt de mort. Nous avons encore " +
          "deux programmes cliniques et 140 millions d’euros en caisse",
        "Thierry Dewandre",
      ],
      [
        "Nous devons être plus petits et plus rapides. C’est " +
          "douloureux, mais c’est la seule façon de tenir jusqu’en 2028.",
        "Thierry Dewandre",
      ],
      [
        "La direction savait depuis des semaines que l’essai " +
          "tournait mal. Elle a continué à recruter jusqu’en septembre",
        "Marie-Laure Delhaye",
      ],
      [
        "Avec une capitalisation tombée sous les 100 millions, une augmentation " +
          "de capital se ferait à un prix très dilutif pour les actionnaires",
        "Bart Claeys",
      ],
      ["analyserait la situation avec la direction dans les prochains jours", "Wallonie Entreprendre"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "France-Antilles, intempéries : maire après la citation, commandant " +
      "du Sdis, « la septuagénaire », vigilance nommée entre guillemets, " +
      "prévisionniste, préfet en deux fragments, commerçant anonyme",
    headline: "Pluies diluviennes : Capesterre-Belle-Eau sous les eaux, un homme porté disparu",
    paragraphs: [
      "Plus de 250 millimètres de pluie sont tombés en moins de six heures dans la " +
        "nuit de dimanche à lundi sur le sud de la Basse-Terre. La rivière du Grand " +
        "Carbet est sortie de son lit vers 3 heures, inondant le bourg de " +
        "Capesterre-Belle-Eau et coupant la route nationale 1 à hauteur de Sainte-Marie.",
      "« Nous n’avions pas vu ça depuis le passage de Fiona en 2022 », a " +
        "confié le maire, Daniel Nagau, les pieds dans la boue devant la mairie. " +
        "Une cinquantaine de familles ont passé la nuit au gymnase municipal.",
      "Un homme de 47 ans, dont le véhicule a été emporté au gué de la rivière Bananier, " +
        "est toujours recherché. « Les conditions sont très difficiles, le courant reste " +
        "extrêmement fort. Nous avons engagé un hélicoptère de la Sécurité civile et une " +
        "équipe cynophile », a précisé le commandant Fabrice Zénon, du Sdis de la " +
        "Guadeloupe.",
      "Dans le quartier de Bananier, Ginette Bévis, 71 ans, a vu l’eau monter " +
        "dans sa cuisine en quelques minutes. « J’ai juste eu le temps de prendre " +
        "mes médicaments et les papiers. Mon petit-fils m’a portée sur son dos " +
        "jusque chez le voisin », raconte la septuagénaire, qui a tout perdu.",
      "Météo-France a maintenu la vigilance rouge « fortes pluies et orages " +
        "» jusqu’à lundi 14 heures. « Les sols sont saturés et de nouvelles " +
        "averses, même modérées, peuvent provoquer des glissements de terrain " +
        "», avertit Loïc Jeanne-Rose, prévisionniste à Météo-France.",
      "Le préfet de la Guadeloupe, Thierry Berthomieu, a annoncé qu’il demanderait la " +
        "reconnaissance de l’état de catastrophe naturelle « dans les meilleurs délais ». " +
        "Il a appelé la population à « ne prendre la route qu’en cas d’absolue nécessité ».",
      "Sur place, des habitants dénoncent le manque d’entretien des " +
        "ravines. « Ça fait des années qu’on demande qu’on cure la " +
        "rivière. Personne ne bouge », peste un commerçant du bourg.",
    ],
    quotes: [
      ["Nous n’avions pas vu ça depuis le passage de Fiona en 2022", "Daniel Nagau"],
      [
        "Les conditions sont très difficiles, le courant reste extrêmement fort. Nous " +
          "avons engagé un hélicoptère de la Sécurité civile et une équipe cynophile",
        "Fabrice Zénon",
      ],
      [
        "J’ai juste eu le temps de prendre mes médicaments et les papiers. " +
          "Mon petit-fils m’a portée sur son dos jusque chez le voisin",
        "Ginette Bévis",
      ],
      [
        "Les sols sont saturés et de nouvelles averses, même " +
          "modérées, peuvent provoquer des glissements de terrain",
        "Loïc Jeanne-Rose",
      ],
      ["dans les meilleurs délais", "Thierry Berthomieu"],
      ["ne prendre la route qu’en cas d’absolue nécessité", "Thierry Berthomieu"],
      ["Ça fait des années qu’on demande qu’on cure la rivière. Personne ne bouge", "un commerçant du bourg"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Quotidien (Luxembourg), Coupe : citation au chapô par « leur " +
      "entraîneur » reprise mot pour mot, « le jeune attaquant », suite " +
      "au pronom, capitaine adverse, deux-points, banderole, abonné",
    headline: "Coupe de Luxembourg : Niederkorn renverse le Swift et file en finale",
    standfirst:
      "Menés 0-2 à la pause, les Progressistes l’ont emporté 3-2 mercredi soir au stade " +
      "Jos-Haupert. « On a montré qu’on avait du caractère », savoure leur entraîneur.",
    paragraphs: [
      "Il y avait de quoi douter. Après quarante-cinq minutes, Hesperange menait " +
        "2-0 grâce à un doublé de Dejvid Sinani, et le Progrès n’avait pas cadré " +
        "la moindre frappe. Le match a basculé en dix minutes après la pause.",
      "Entré à la 46e minute, Mathis Kremer, 19 ans, a d’abord réduit l’écart d’une " +
        "tête (53e), avant que Ryan Schaus n’égalise sur penalty (58e). Le même " +
        "Kremer a donné la victoire aux siens à la 81e minute d’une frappe enroulée. " +
        "« Je ne réalise pas encore. C’est mon premier but en seniors et il nous " +
        "envoie en finale », souriait le jeune attaquant au coup de sifflet final.",
      "« On a montré qu’on avait du caractère », répétait Paulo Amaral en conférence de " +
        "presse. « À la mi-temps, je n’ai pas crié. J’ai juste demandé aux garçons s’ils " +
        "voulaient rentrer chez eux avec ce score-là. » Il a aussi salué son gardien : " +
        "« Sans ses deux arrêts en début de seconde période, on ne revient jamais. »",
      "En face, la déception était immense. « On a arrêté de jouer. " +
        "On pensait que c’était fini, et en Coupe ça ne pardonne " +
        "jamais », a regretté le capitaine du Swift, Lars Reuter.",
      "L’entraîneur hespérangeois, Marc Thomé, a refusé de chercher des excuses : " +
        "« Nous avons été mauvais en deuxième période, il n’y a rien d’autre à dire. »",
      "La finale se disputera le 24 mai au Stade de Luxembourg. Dans la " +
        "tribune, les supporters du Progrès avaient déployé une banderole " +
        "« Niederkorn bis an d’Enn ». « Ça fait quarante ans que j’attends une " +
        "finale comme celle-là », lâchait Jeannot Weber, abonné depuis 1982.",
    ],
    quotes: [
      [
        "Je ne réalise pas encore. C’est mon premier " + "but en seniors et il nous envoie en finale",
        "Mathis Kremer",
      ],
      ["On a montré qu’on avait du caractère", "Paulo Amaral"],
      [
        "À la mi-temps, je n’ai pas crié. J’ai juste demandé aux " +
          "garçons s’ils voulaient rentrer chez eux avec ce score-là.",
        "Paulo Amaral",
      ],
      ["Sans ses deux arrêts en début de seconde période, on ne revient jamais.", "Paulo Amaral"],
      [
        "On a arrêté de jouer. On pensait que c’était " + "fini, et en Coupe ça ne pardonne jamais",
        "Lars Reuter",
      ],
      ["Nous avons été mauvais en deuxième période, il n’y a rien d’autre à dire.", "Marc Thomé"],
      ["Ça fait quarante ans que j’attends une finale comme celle-là", "Jeannot Weber"],
    ],
  }),
  {
    name:
      "Futura, astronomie : guillemets anglais, terme entre guillemets " +
      "au titre, titre d’article scientifique, « résume la chercheuse " +
      "», selon les auteurs, « mondes océans », « prévient-il », agence",
    headline: "Le télescope James-Webb détecte de la vapeur " + "d’eau sur une « mini-Neptune » tempérée",
    paragraphs: [
      "C’est une première pour une planète de cette taille située dans la zone habitable " +
        "de son étoile. Une équipe internationale menée par des chercheurs de " +
        "l’Observatoire de la Côte d’Azur a détecté la signature de la vapeur d’eau dans " +
        "l’atmosphère de TOI-4812 b, une exoplanète 2,2 fois plus grande que la Terre, en " +
        "orbite autour d’une naine rouge à 188 années-lumière. Les résultats sont publiés " +
        "dans Nature Astronomy sous le titre “A water-rich envelope on a temperate " +
        "sub-Neptune”.",
      "“Le signal est là, sans ambiguïté. Nous l’avons vu lors de trois " +
        "transits différents, avec deux instruments”, explique Clara Benyahia, " +
        "astrophysicienne au laboratoire Lagrange et première autrice de l’étude.",
      "Pour obtenir ce résultat, l’équipe a observé la lumière de l’étoile " +
        "filtrée par l’atmosphère de la planète au moment où celle-ci passe " +
        "devant son disque. Les molécules d’eau absorbent certaines longueurs " +
        "d’onde de l’infrarouge, laissant une empreinte caractéristique dans le " +
        "spectre. “C’est un peu comme lire un code-barres”, résume la chercheuse.",
      "L’étude reste prudente sur la nature de la planète. Selon les auteurs, la " +
        "quantité d’eau mesurée est “compatible avec un océan global sous une " +
        "atmosphère d’hydrogène, mais aussi avec une planète gazeuse sans surface”.",
      "Ces « mondes océans » fascinent les astronomes depuis une dizaine d’années. " +
        "Mais pour Nicolas Ferrand, planétologue à l’université de Bordeaux qui n’a " +
        "pas participé aux travaux, il faut se garder de toute conclusion hâtive. " +
        "“Détecter de l’eau ne veut pas dire détecter de la vie, ni même de l’eau " +
        "liquide. La température en surface pourrait dépasser 200 °C”, prévient-il.",
      "Clara Benyahia le reconnaît volontiers : “Nous ne savons " +
        "pas encore si cette planète a une surface. Les prochaines " +
        "observations, prévues à l’automne, devraient nous le dire.”",
      "Le James-Webb doit consacrer 40 heures supplémentaires à TOI-4812 b en 2027. " +
        "L’Agence spatiale européenne, partenaire de la mission, juge dans un " +
        "communiqué la découverte “prometteuse pour la recherche de mondes habitables”.",
    ],
    quotes: [
      [
        "Le signal est là, sans ambiguïté. Nous l’avons vu lors " +
          "de trois transits différents, avec deux instruments",
        "Clara Benyahia",
      ],
      ["C’est un peu comme lire un code-barres", "Clara Benyahia"],
      [
        "compatible avec un océan global sous une atmosphère " +
          "d’hydrogène, mais aussi avec une planète gazeuse sans surface",
        "les auteurs",
      ],
      [
        "Détecter de l’eau ne veut pas dire détecter de la vie, ni même de " +
          "l’eau liquide. La température en surface pourrait dépasser 200 °C",
        "Nicolas Ferrand",
      ],
      [
        "Nous ne savons pas encore si cette planète a une surface. Les " +
          "prochaines observations, prévues à l’automne, devraient nous le dire.",
        "Clara Benyahia",
      ],
      ["prometteuse pour la recherche de mondes habitables", "L’Agence spatiale européenne"],
    ],
  },
  {
    name:
      "La Nouvelle Tribune (Bénin), bac : « s’est félicité le directeur », " +
      "syndicaliste puis « pour lui », lauréate avec âge et deux-points, " +
      "« sourit-elle », ministre sur Facebook, opération nommée",
    headline: "Bac 2026 : un taux de réussite de 61,4 %, en hausse de cinq points",
    paragraphs: [
      "Les résultats du baccalauréat, session de juin 2026, ont été proclamés jeudi à " +
        "Porto-Novo. Sur les 98 412 candidats qui ont composé, 60 425 ont été déclarés " +
        "admis, soit un taux de réussite de 61,4 %, contre 56,2 % l’an dernier.",
      "« Ces résultats traduisent les efforts consentis par le gouvernement pour la " +
        "formation des enseignants et l’équipement des laboratoires », s’est félicité le " +
        "directeur de l’Office du baccalauréat, Cyrille Houngbédji, lors de la " +
        "proclamation.",
      "Les disparités restent fortes entre les départements. Le Littoral " +
        "affiche 74 % d’admis, l’Alibori à peine 43 %. « Dans le Nord, beaucoup " +
        "d’élèves ont encore cours dans des paillotes et certains professeurs " +
        "enseignent trois matières », explique Rémi Gbaguidi, secrétaire général " +
        "d’un syndicat d’enseignants du secondaire. Pour lui, la hausse du taux " +
        "de réussite ne doit pas « masquer la réalité des classes à 90 élèves ».",
      "Au lycée Béhanzin, l’ambiance était à la fête. Meilleure candidate de la " +
        "série C avec 17,85 de moyenne, Aïcha Tokpo, 17 ans, ne cachait pas son " +
        "émotion : « Je me levais à 4 heures pour réviser avant l’école. Ma mère " +
        "vend du poisson au marché Dantokpa, ce diplôme, c’est aussi le sien. »",
      "La lauréate rêve désormais d’intégrer une école d’ingénieurs. " +
        "« Je veux construire des routes dans mon village », sourit-elle.",
      "La ministre des Enseignements secondaire, technique et de la Formation " +
        "professionnelle, Gisèle Akpovi, a salué sur sa page Facebook « une " +
        "cuvée exceptionnelle ». « Le nouveau programme de mathématiques entrera " +
        "en vigueur dès la rentrée d’octobre », a-t-elle par ailleurs précisé.",
      "Selon l’Office du baccalauréat, l’opération « Zéro fraude " +
        "», lancée cette année, a permis d’exclure 214 candidats " +
        "surpris avec un téléphone portable dans la salle d’examen.",
    ],
    quotes: [
      [
        "Ces résultats traduisent les efforts consentis par le gouvernement " +
          "pour la formation des enseignants et l’équipement des laboratoires",
        "Cyrille Houngbédji",
      ],
      [
        "Dans le Nord, beaucoup d’élèves ont encore cours dans des " +
          "paillotes et certains professeurs enseignent trois matières",
        "Rémi Gbaguidi",
      ],
      ["masquer la réalité des classes à 90 élèves", "Rémi Gbaguidi"],
      [
        "Je me levais à 4 heures pour réviser avant l’école. Ma mère vend " +
          "du poisson au marché Dantokpa, ce diplôme, c’est aussi le sien.",
        "Aïcha Tokpo",
      ],
      ["Je veux construire des routes dans mon village", "Aïcha Tokpo"],
      ["une cuvée exceptionnelle", "Gisèle Akpovi"],
      ["Le nouveau programme de mathématiques entrera en vigueur dès la rentrée d’octobre", "Gisèle Akpovi"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Indépendant, saisie de drogue : raison sociale entre guillemets, " +
      "« confie un douanier », procureur nommé après le verbe, le " +
      "chauffeur en fragment, source proche de l’enquête, syndicat",
    todo:
      "an unnamed source’s description is cut in the middle (« un " +
      "douanier présent lors du contrôle » gives « un douanier présent »)",
    headline: "Le Boulou : 1,4 tonne de résine de cannabis saisie dans un camion de pastèques",
    paragraphs: [
      "C’est l’une des plus importantes saisies de l’année dans les Pyrénées-Orientales. " +
        "Mardi vers 6 heures, les douaniers de la brigade de surveillance du Perthus ont " +
        "contrôlé au péage du Boulou un semi-remorque aux couleurs d’une société « Frutas " +
        "Levante », immatriculé en Espagne. Sous les palettes de pastèques, ils ont " +
        "découvert 46 ballots de résine de cannabis, soit près de 1,4 tonne.",
      "« Le chauffeur était très calme, trop calme. C’est souvent ce qui met " +
        "la puce à l’oreille », confie un douanier présent lors du contrôle.",
      "Le conducteur, un ressortissant marocain de 38 ans résidant à Algésiras, a été " +
        "placé en garde à vue. « Cette marchandise était destinée au marché local et à la " +
        "région toulousaine. Sa valeur à la revente dépasse 8 millions d’euros », a " +
        "indiqué jeudi lors d’une conférence de presse le procureur de la République de " +
        "Perpignan, Dominique Laffargue. Le chauffeur affirme « tout ignorer du chargement " +
        "».",
      "Une information judiciaire a été ouverte pour trafic de stupéfiants en bande " +
        "organisée. Selon une source proche de l’enquête, le camion aurait déjà " +
        "emprunté « au moins quatre fois » le même itinéraire depuis le printemps.",
      "La directrice interrégionale des douanes, Hélène Castan, a salué « le flair et " +
        "le professionnalisme » des agents. « Nous voyons passer plus de 10 000 poids " +
        "lourds par jour au Perthus. Il faut savoir lesquels ouvrir », a-t-elle souligné.",
      "UNSA Douanes rappelle pour sa part que la brigade « fonctionne avec huit " +
        "agents de moins qu’il y a cinq ans ». « On fait des résultats malgré les " +
        "moyens, pas grâce à eux », tacle son délégué régional, Patrick Roig.",
    ],
    quotes: [
      [
        "Le chauffeur était très calme, trop calme. " + "C’est souvent ce qui met la puce à l’oreille",
        "un douanier",
      ],
      [
        "Cette marchandise était destinée au marché local et à la région " +
          "toulousaine. Sa valeur à la revente dépasse 8 millions d’euros",
        "Dominique Laffargue",
      ],
      ["tout ignorer du chargement", "Le chauffeur"],
      ["au moins quatre fois", "une source proche de l’enquête"],
      ["le flair et le professionnalisme", "Hélène Castan"],
      [
        "Nous voyons passer plus de 10 000 poids lourds par " +
          "jour au Perthus. Il faut savoir lesquels ouvrir",
        "Hélène Castan",
      ],
      ["fonctionne avec huit agents de moins qu’il y a cinq ans", "UNSA Douanes"],
      ["On fait des résultats malgré les moyens, pas grâce à eux", "Patrick Roig"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal des Arts, musées : titre d’œuvre au titre et dans le " +
      "texte, directrice au nom composé, « insiste la directrice », campagne " +
      "nommée, conservatrice, expert anonyme, « au ministère, on rappelle »",
    headline: "Grenoble lance une souscription pour retenir " + "le « Portrait de Marie Dubourg à la lampe »",
    paragraphs: [
      "Le musée de Grenoble a jusqu’au 31 mars pour réunir 2,4 millions d’euros. Classé " +
        "trésor national en septembre, le « Portrait de Marie Dubourg à la lampe », peint " +
        "par Henri Fantin-Latour vers 1873, ne peut quitter le territoire pendant trente " +
        "mois. Son propriétaire, un collectionneur privé, souhaitait le vendre à " +
        "l’étranger.",
      "« C’est un tableau qui a toute sa place ici. Fantin-Latour est né " +
        "à Grenoble, et nous ne possédons aucun portrait de sa maturité », " +
        "plaide Agnès Charrier-Vidal, directrice du musée depuis 2023.",
      "L’État apporte 800 000 euros, la Ville de Grenoble 300 000 euros. " +
        "Il manque encore plus d’un million. « Nous comptons sur les " +
        "mécènes, mais aussi sur les Grenoblois : chaque don compte, même de " +
        "dix euros », insiste la directrice, qui a lancé mardi une campagne " +
        "de financement participatif baptisée « Ramenons Marie à la maison ».",
      "Pour Lucie Ferraud, conservatrice des peintures du XIXe siècle, " +
        "l’œuvre est « l’un des plus beaux portraits intimistes de l’artiste " +
        "». « La lumière de la lampe, les mains posées sur le livre… On sent " +
        "toute la tendresse qu’il portait à sa belle-sœur », détaille-t-elle.",
      "Le prix fait pourtant débat. Un expert du marché de l’art, qui " +
        "souhaite rester anonyme, juge l’estimation « généreuse, pour ne " +
        "pas dire gonflée ». « Un Fantin-Latour de cette qualité se serait " +
        "vendu entre 1,5 et 1,8 million il y a cinq ans », assure-t-il.",
      "Au ministère de la Culture, on rappelle que le prix a été fixé « à partir " +
        "d’une expertise indépendante, conformément au code du patrimoine ».",
      "Premier donateur, l’industriel grenoblois Bernard Achard a versé " +
        "150 000 euros. « Quand j’étais enfant, mon grand-père m’emmenait voir les " +
        "Fantin-Latour le dimanche. Je lui devais bien ça », confie le septuagénaire.",
    ],
    quotes: [
      [
        "C’est un tableau qui a toute sa place ici. Fantin-Latour est né " +
          "à Grenoble, et nous ne possédons aucun portrait de sa maturité",
        "Agnès Charrier-Vidal",
      ],
      [
        "Nous comptons sur les mécènes, mais aussi sur les " +
          "Grenoblois : chaque don compte, même de dix euros",
        "Agnès Charrier-Vidal",
      ],
      ["l’un des plus beaux portraits intimistes de l’artiste", "Lucie Ferraud"],
      [
        "La lumière de la lampe, les mains posées sur le livre… " +
          "On sent toute la tendresse qu’il portait à sa belle-sœur",
        "Lucie Ferraud",
      ],
      ["généreuse, pour ne pas dire gonflée", "Un expert du marché de l’art"],
      [
        "Un Fantin-Latour de cette qualité se serait " + "vendu entre 1,5 et 1,8 million il y a cinq ans",
        "Un expert du marché de l’art",
      ],
      [
        "à partir d’une expertise indépendante, conformément au code du patrimoine",
        "le ministère de la Culture",
      ],
      [
        "Quand j’étais enfant, mon grand-père m’emmenait voir " +
          "les Fantin-Latour le dimanche. Je lui devais bien ça",
        "Bernard Achard",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
