// A twenty-fifth round of composed French articles, in the styles of outlets and beats the first
// twenty-four rounds (articles.fr to articles24.fr) did not use: school canteens taken back from a
// contractor by the Marseille city council in Marsactu, a fake police recruiter convicted at the
// Abidjan-Plateau court for Linfodrome, an air-conditioner plant opened near Sétif in TSA (Tout sur
// l’Algérie), a Casablanca derby won by the Raja on Hespress FR, a novel about a Port-au-Prince
// neighbourhood emptied by gangs in AyiboPost, hepatitis E in the refugee camps of the Ouaddaï for
// Alwihda Info, Saint Nicholas back in a flooded Verviers neighbourhood on Vedia, cattle thefts in the
// Réunion highlands for Zinfos974, right whales and crab fishing closures in Gaspésie Nouvelles and
// Geneva bus cuts for want of drivers on Léman Bleu. Every article was written for these tests, before
// the engine was run on them; speakers follow the corpus guidelines (the fullest name the article
// gives, without title; a body or document as named; the shortest description that identifies an
// unnamed source).
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
      "Marsactu, politique : fragment au titre de « l’adjointe à l’éducation » nommée dans le " +
      "texte, fragment au chapeau attribué à « l’opposition » repris à l’identique dans le " +
      "texte, « a lancé en ouvrant le débat » avec nom après, deux femmes puis « a-t-elle " +
      "ajouté », délibération en fragment, élu anonyme « glisse », entreprise en fragment dans " +
      "un communiqué, nom de collectif et slogan de pancarte entre guillemets, porte-parole en " +
      "fragment",
    headline:
      "Cantines scolaires : la Ville reprend la main, « un choix de société » pour l’adjointe " +
      "à l’éducation",
    standfirst:
      "Le conseil municipal a voté vendredi la sortie progressive de la délégation de service " +
      "public confiée à Sodexo depuis 2006. L’opposition dénonce « un saut dans l’inconnu ».",
    paragraphs: [
      "Il aura fallu près de trois heures de débats, vendredi, dans l’hémicycle du Pharo, pour " +
        "que le conseil municipal acte la fin d’un contrat vieux de vingt ans. À partir de la " +
        "rentrée 2027, les 50 000 repas servis chaque jour dans les écoles marseillaises seront " +
        "progressivement préparés par une régie publique, dans trois cuisines centrales que la " +
        "Ville doit encore construire ou racheter.",
      "« Manger à la cantine, ce n’est pas un service comme un autre. C’est un choix de " +
        "société, et nous voulons savoir ce que mangent nos enfants », a lancé en ouvrant le " +
        "débat l’adjointe chargée de l’éducation, Aurélie Benhamou.",
      "Face à elle, la présidente du groupe Une volonté pour Marseille (LR), Catherine Orsini, " +
        "a dénoncé « un saut dans l’inconnu » et chiffré à plus de 40 millions d’euros le coût " +
        "des cuisines à bâtir. « Vous promettez du bio et du local, mais vous n’avez ni les " +
        "murs, ni les cuisiniers, ni le budget », a-t-elle ajouté.",
      "La délibération, adoptée par 58 voix contre 31, prévoit une « reprise en régie par " +
        "étapes, école par école, afin de garantir la continuité du service ». Les quelque 600 " +
        "salariés de Sodexo affectés aux cantines marseillaises se verront proposer un contrat " +
        "de la Ville.",
      "Dans les rangs de la majorité, tout le monde n’affiche pas le même enthousiasme. « On a " +
        "voté pour, mais le calendrier est intenable. Deux ans pour sortir de terre trois " +
        "cuisines, à Marseille, c’est de la science-fiction », glisse un élu de la majorité, " +
        "sous couvert d’anonymat.",
      "Sodexo, de son côté, assure dans un communiqué qu’elle « continuera d’assurer le " +
        "service avec le même niveau d’exigence jusqu’au terme du contrat ». L’entreprise " +
        "n’exclut pas de candidater pour l’exploitation d’une partie des cuisines.",
      "Sur le parvis du Pharo, une vingtaine de parents du collectif « Pas de cantine sans " +
        "cuisine » brandissaient des pancartes « Du frais, pas du réchauffé ». Leur " +
        "porte-parole, Nadia Kherbouche, mère de deux enfants scolarisés à Belsunce, salue « une " +
        "victoire des parents, pas des élus ».",
    ],
    quotes: [
      ["un choix de société", "Aurélie Benhamou"],
      ["un saut dans l’inconnu", "Catherine Orsini"],
      [
        "Manger à la cantine, ce n’est pas un service comme un autre. C’est un choix de société, " +
          "et nous voulons savoir ce que mangent nos enfants",
        "Aurélie Benhamou",
      ],
      [
        "Vous promettez du bio et du local, mais vous n’avez ni les murs, ni les cuisiniers, ni " +
          "le budget",
        "Catherine Orsini",
      ],
      [
        "reprise en régie par étapes, école par école, afin de garantir la continuité du service",
        "La délibération",
      ],
      [
        "On a voté pour, mais le calendrier est intenable. Deux ans pour sortir de terre trois " +
          "cuisines, à Marseille, c’est de la science-fiction",
        "un élu de la majorité",
      ],
      [
        "continuera d’assurer le service avec le même niveau d’exigence jusqu’au terme du " + "contrat",
        "Sodexo",
      ],
      ["une victoire des parents, pas des élus", "Nadia Kherbouche"],
    ],
  }),
  {
    name:
      "Linfodrome, justice : guillemets français avec espaces simples, noms ivoiriens " +
      "patronyme d’abord, surnom entre guillemets, citation coupée en deux paires par « a " +
      "soutenu le prévenu », substitut du procureur en fragment puis « a martelé la magistrate " +
      "», partie civile citée sur deux paragraphes, avocat en fragment, direction de la police " +
      "dans un communiqué",
    headline: "Plateau : 5 ans ferme pour le faux recruteur de l’École nationale de police",
    standfirst:
      "Le tribunal de première instance d’Abidjan-Plateau a condamné mardi Koffi Yao Serge, 38 " +
      "ans, pour escroquerie. Il aurait soutiré plus de 27 millions de FCFA à une quarantaine " +
      "de candidats.",
    paragraphs: [
      "Celui que ses victimes surnommaient « le colonel » ne portait en réalité aucun galon. " +
        "Koffi Yao Serge, ex-agent dans une société de gardiennage, se présentait comme un " +
        "officier chargé du recrutement à l’École nationale de police. Moyennant 600 000 à 800 " +
        "000 FCFA, il promettait une place sur la liste définitive des admis.",
      "À la barre, Koffi Yao Serge a reconnu avoir perçu de l’argent, mais contesté toute " +
        "manœuvre frauduleuse. « Je n’ai forcé personne », a soutenu le prévenu. « Ce sont eux " +
        "qui venaient chez moi me supplier de les aider. Moi, je transmettais seulement les " +
        "dossiers. »",
      "Pour le ministère public, représenté par le substitut du procureur Konan Aya " +
        "Bernadette, ces faits « jettent le discrédit sur une institution de la République ». « " +
        "Cet homme a vendu du rêve à des jeunes qui n’avaient déjà presque rien », a martelé la " +
        "magistrate, qui avait requis sept ans d’emprisonnement.",
      "Parmi les parties civiles, Traoré Mariam, 26 ans, titulaire d’un BTS en comptabilité, " +
        "avait versé 750 000 FCFA, les économies de sa mère, commerçante à Adjamé. « Il nous " +
        "recevait dans un maquis à Cocody, en tenue, avec un talkie-walkie à la ceinture. Tout " +
        "avait l’air vrai.",
      "« Quand la liste est sortie et que mon nom n’y était pas, il m’a dit d’attendre la " +
        "deuxième vague. Il n’y a jamais eu de deuxième vague. »",
      "Son conseil, Me Dago Gnagne Hervé, a plaidé la clémence pour un client « pris dans un " +
        "engrenage » et qui, selon lui, a commencé à rembourser certaines victimes.",
      "Le tribunal l’a reconnu coupable d’escroquerie et de faux en écriture. Il devra en " +
        "outre rembourser les victimes. La Direction générale de la police nationale rappelle " +
        "dans un communiqué que « le concours d’entrée à l’École nationale de police est gratuit " +
        "et ne fait l’objet d’aucune intervention extérieure ».",
    ],
    quotes: [
      ["Je n’ai forcé personne", "Koffi Yao Serge"],
      [
        "Ce sont eux qui venaient chez moi me supplier de les aider. Moi, je transmettais " +
          "seulement les dossiers.",
        "Koffi Yao Serge",
      ],
      ["jettent le discrédit sur une institution de la République", "Konan Aya Bernadette"],
      ["Cet homme a vendu du rêve à des jeunes qui n’avaient déjà presque rien", "Konan Aya Bernadette"],
      [
        "Il nous recevait dans un maquis à Cocody, en tenue, avec un talkie-walkie à la " +
          "ceinture. Tout avait l’air vrai.",
        "Traoré Mariam",
      ],
      [
        "Quand la liste est sortie et que mon nom n’y était pas, il m’a dit d’attendre la " +
          "deuxième vague. Il n’y a jamais eu de deuxième vague.",
        "Traoré Mariam",
      ],
      ["pris dans un engrenage", "Dago Gnagne Hervé"],
      [
        "le concours d’entrée à l’École nationale de police est gratuit et ne fait l’objet " +
          "d’aucune intervention extérieure",
        "La Direction générale de la police nationale",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "TSA, économie : nom de marque entre guillemets, « affirme » avec nom et fonction après " +
      "une longue citation, guillemets de distance sur « industrie tournevis », cahier des " +
      "charges en fragment, économiste avec deux-points, ingénieure introduite puis citation " +
      "sans verbe, « Selon le ministère » avec fragment, « résume sans détour le PDG »",
    headline: "Sétif : Ivora lance la production de climatiseurs avec un taux d’intégration de 40 %",
    standfirst:
      "Le groupe privé algérien a investi 6 milliards de dinars dans une unité de 800 emplois. " +
      "Il promet d’exporter vers l’Afrique de l’Ouest dès 2027.",
    paragraphs: [
      "L’usine, implantée dans la zone industrielle d’El Eulma, a été inaugurée dimanche en " +
        "présence du wali de Sétif. Elle doit produire 300 000 climatiseurs par an, " +
        "commercialisés sous la marque « Ivora Cool ».",
      "« Nous ne voulons pas refaire l’erreur de l’automobile. Ici, les compresseurs et les " +
        "échangeurs sont fabriqués sur place, pas importés en kit », affirme Rachid Hamadouche, " +
        "PDG du groupe fondé par son père en 1994 à Bordj Bou Arréridj.",
      "Une allusion transparente aux usines de montage automobile des années 2017-2019, dont " +
        "l’« industrie tournevis » avait coûté des milliards de dollars au Trésor sans créer de " +
        "tissu de sous-traitance. Le cahier des charges publié en mars par le ministère de " +
        "l’Industrie impose désormais un taux d’intégration « d’au moins 30 % dès la première " +
        "année d’activité ».",
      "L’économiste Lyes Aït Mokhtar, enseignant à l’université de Béjaïa, reste prudent : « " +
        "Quarante pour cent, c’est un bon début. Mais tant que l’acier et les cartes " +
        "électroniques viendront de Chine, on parlera d’assemblage amélioré, pas d’industrie. »",
      "Sur la chaîne de montage, Amina Bouzid, 29 ans, ingénieure en froid industriel, fait " +
        "partie des premières recrues. Diplômée de l’université Ferhat-Abbas, elle avait failli " +
        "partir au Canada. « Ici, je travaille à vingt minutes de chez mes parents, sur des " +
        "machines que je n’avais vues qu’en photo. »",
      "Selon le ministère de l’Industrie, la filière électroménager compte désormais « une " +
        "cinquantaine d’opérateurs agréés » et couvre 85 % des besoins du marché national.",
      "Reste l’export. « Le marché algérien sera saturé d’ici trois ans. Si on ne sort pas, on " +
        "meurt », résume sans détour le PDG, qui vise la Mauritanie, le Mali et le Sénégal via " +
        "le poste frontalier de Tindouf.",
    ],
    quotes: [
      [
        "Nous ne voulons pas refaire l’erreur de l’automobile. Ici, les compresseurs et les " +
          "échangeurs sont fabriqués sur place, pas importés en kit",
        "Rachid Hamadouche",
      ],
      ["d’au moins 30 % dès la première année d’activité", "Le cahier des charges"],
      [
        "Quarante pour cent, c’est un bon début. Mais tant que l’acier et les cartes " +
          "électroniques viendront de Chine, on parlera d’assemblage amélioré, pas d’industrie.",
        "Lyes Aït Mokhtar",
      ],
      [
        "Ici, je travaille à vingt minutes de chez mes parents, sur des machines que je n’avais " +
          "vues qu’en photo.",
        "Amina Bouzid",
      ],
      ["une cinquantaine d’opérateurs agréés", "le ministère de l’Industrie"],
      ["Le marché algérien sera saturé d’ici trois ans. Si on ne sort pas, on meurt", "Rachid Hamadouche"],
    ],
  }),
  {
    name:
      "Hespress FR, football : guillemets droits, fragment au titre d’un joueur nommé dans le " +
      "texte, slogan de tifo entre guillemets, deux hommes puis « a confié le premier » et « " +
      "Le second, lui » en fragment, entraîneur avec deux-points, « regrettait après la " +
      "rencontre » avec nom après, commission de discipline en fragment, abonné anonyme « " +
      "lançait »",
    headline: 'Derby : "On a joué avec le cœur", le Raja renverse le Wydad',
    standfirst:
      "Menés à la pause, les Verts se sont imposés 2-1 samedi soir au Complexe Mohammed V, " +
      "lors de la 12e journée de la Botola Pro.",
    paragraphs: [
      "Devant près de 45 000 spectateurs, le Wydad avait pourtant ouvert le score dès la 17e " +
        "minute par son avant-centre Ayoub Lahlou, d’une tête croisée. Dans le virage nord, les " +
        "supporters rajaouis avaient déployé avant le coup d’envoi un tifo géant barré du slogan " +
        '"Dima Raja".',
      "Le match a basculé après l’heure de jeu. Entré à la 58e minute, Zakaria Bennani a " +
        "égalisé de près avant de servir Hamza El Idrissi pour le but de la victoire à la 84e. " +
        '"On a joué avec le cœur. À la mi-temps, on s’est dit que le derby se gagne en deuxième ' +
        'période", a confié le premier au micro de Hespress. Le second, lui, a dédié son but à ' +
        '"tous ceux qui ont cru en nous quand on était derniers".',
      "En conférence de presse, l’entraîneur du Raja, Hicham Ouazzani, a salué la réaction de " +
        'son groupe : "Je n’ai rien changé tactiquement à la pause. J’ai juste demandé aux ' +
        'joueurs de se regarder dans les yeux. Ils ont fait le reste."',
      '"Nous avons perdu ce match sur deux erreurs individuelles. Dans un derby, on ne peut ' +
        'pas se permettre ça", regrettait après la rencontre Nabil Gharbi, dont l’équipe glisse ' +
        "à la quatrième place.",
      "La soirée a toutefois été ternie par des jets de fumigènes en début de seconde période, " +
        "qui ont interrompu la rencontre pendant huit minutes. Dans un communiqué publié " +
        'dimanche, la commission de discipline de la LNFP indique qu’elle va "examiner les ' +
        'rapports de l’arbitre et du délégué" avant de statuer sur d’éventuelles sanctions.',
      '"Trois ans qu’on n’avait pas gagné un derby. Ce soir, Casablanca est verte", lançait à ' +
        "la sortie un abonné de la Curva Sud, le maillot sur les épaules.",
    ],
    quotes: [
      ["On a joué avec le cœur", "Zakaria Bennani"],
      [
        "On a joué avec le cœur. À la mi-temps, on s’est dit que le derby se gagne en deuxième " + "période",
        "Zakaria Bennani",
      ],
      ["tous ceux qui ont cru en nous quand on était derniers", "Hamza El Idrissi"],
      [
        "Je n’ai rien changé tactiquement à la pause. J’ai juste demandé aux joueurs de se " +
          "regarder dans les yeux. Ils ont fait le reste.",
        "Hicham Ouazzani",
      ],
      [
        "Nous avons perdu ce match sur deux erreurs individuelles. Dans un derby, on ne peut pas " +
          "se permettre ça",
        "Nabil Gharbi",
      ],
      ["examiner les rapports de l’arbitre et du délégué", "la commission de discipline de la LNFP"],
      [
        "Trois ans qu’on n’avait pas gagné un derby. Ce soir, Casablanca est verte",
        "un abonné de la Curva Sud",
      ],
    ],
  },
  {
    name:
      "AyiboPost, culture : guillemets anglais courbes, titre de roman entre guillemets dans " +
      "le titre et le texte, fragment au chapeau de « son éditeur » nommé dans le texte, « " +
      "explique la jeune femme », surnom entre guillemets, « Pour X » suivi d’une citation en " +
      "minuscule, deux femmes dans un paragraphe dont la seconde avec deux fragments, lectrice " +
      "au prénom seul avec créole et « souffle-t-elle »",
    todo: "«Se istwa pa m li ekri a. C’est mon histoire q…» goes to Rose-Berthe Dorval, not Jocelyne",
    headline:
      "“Les nuits de Carrefour-Feuilles” : Widlène Pierre-Louis raconte le quartier qu’elle a " + "dû fuir",
    standfirst:
      "Publié aux Éditions Lakou, le premier roman de la jeune autrice s’est arraché en deux " +
      "jours à Livres en folie. “Un livre nécessaire”, juge son éditeur.",
    paragraphs: [
      "Pendant vingt-six ans, Widlène Pierre-Louis a vécu à la rue Saint-Gérard, à " +
        "Carrefour-Feuilles. En août 2023, quand les gangs ont pris le quartier, elle a fui avec " +
        "sa mère et sa petite sœur, un sac à dos pour trois. De cette nuit-là est né “Les nuits " +
        "de Carrefour-Feuilles”, son premier roman, lancé samedi à la 30e édition de Livres en " +
        "folie.",
      "“Au début, je ne voulais pas écrire un roman. J’écrivais des notes dans mon téléphone, " +
        "dans le camp de déplacés du lycée Marie-Jeanne, pour ne pas oublier les voix”, explique " +
        "la jeune femme, aujourd’hui professeure de lettres à Pétion-Ville.",
      "Le livre suit Rosemène, que tout le quartier appelle “Ti Rose”, une adolescente qui " +
        "continue d’aller à l’école pendant que les rafales se rapprochent. Chaque chapitre " +
        "s’ouvre sur un proverbe de sa grand-mère, en créole.",
      "Pour Frantz Duvivier, directeur des Éditions Lakou, “c’est un livre nécessaire, qui " +
        "donne un visage aux 200 000 déplacés de Port-au-Prince”. Le premier tirage, 1 000 " +
        "exemplaires, a été épuisé en deux jours.",
      "Au lancement, la romancière Ketly Saint-Fleur a salué “une écriture sans pathos, d’une " +
        "précision presque documentaire”. La critique Rose-Berthe Dorval, plus réservée, " +
        "regrette “une fin trop rapide”, mais reconnaît que le roman “fera date”.",
      "Dans la file d’attente pour la dédicace, Jocelyne, 54 ans, déplacée elle aussi de " +
        "Carrefour-Feuilles, serrait deux exemplaires contre elle. “Se istwa pa m li ekri a. " +
        "C’est mon histoire qu’elle a écrite”, souffle-t-elle.",
      "Le roman est disponible à la librairie La Pléiade, à Pétion-Ville. Une traduction en " +
        "créole est prévue pour l’an prochain, selon l’éditeur.",
    ],
    quotes: [
      ["Un livre nécessaire", "Frantz Duvivier"],
      [
        "Au début, je ne voulais pas écrire un roman. J’écrivais des notes dans mon téléphone, " +
          "dans le camp de déplacés du lycée Marie-Jeanne, pour ne pas oublier les voix",
        "Widlène Pierre-Louis",
      ],
      [
        "c’est un livre nécessaire, qui donne un visage aux 200 000 déplacés de Port-au-Prince",
        "Frantz Duvivier",
      ],
      ["une écriture sans pathos, d’une précision presque documentaire", "Ketly Saint-Fleur"],
      ["une fin trop rapide", "Rose-Berthe Dorval"],
      ["fera date", "Rose-Berthe Dorval"],
      ["Se istwa pa m li ekri a. C’est mon histoire qu’elle a écrite", "Jocelyne"],
    ],
  },
  {
    name:
      "Alwihda Info, santé : guillemets français avec espaces simples, fragment au chapeau du " +
      "« délégué provincial de la santé » nommé dans le texte, « a déclaré lundi à Alwihda " +
      "Info » avec titre et nom après, ONG dans un communiqué en fragment, sage-femme « " +
      "précise », deux femmes puis « raconte la mère de famille » et « Sa voisine » avec " +
      "deux-points, « Selon le ministère » en fragment, nom de vaccin entre guillemets",
    todo: "«un accès à l’eau potable très en dessous des …» goes to l’ONG, not Médecins sans frontières",
    headline: "Ouaddaï : une épidémie d’hépatite E frappe les camps de réfugiés",
    standfirst:
      "Au moins 1 200 cas et 14 décès ont été recensés depuis octobre autour d’Adré. « La " +
      "situation est sous contrôle », assure le délégué provincial de la santé.",
    paragraphs: [
      "Les autorités sanitaires ont confirmé la semaine dernière une épidémie d’hépatite E " +
        "dans les camps de réfugiés soudanais de la province du Ouaddaï, où vivent plus de 600 " +
        "000 personnes ayant fui les combats au Darfour.",
      "« La situation est sous contrôle. Nous avons renforcé la surveillance dans tous les " +
        "centres de santé et les cas graves sont référés à l’hôpital d’Adré », a déclaré lundi à " +
        "Alwihda Info le délégué provincial de la santé du Ouaddaï, Dr Mahamat Saleh Abakar.",
      "Un optimisme que ne partage pas Médecins sans frontières (MSF), qui gère deux " +
        "structures dans la zone. Dans un communiqué publié jeudi, l’ONG alerte sur « un accès à " +
        "l’eau potable très en dessous des standards humanitaires, avec moins de dix litres par " +
        "personne et par jour dans certains secteurs ».",
      "La maladie est particulièrement redoutée chez les femmes enceintes. « Sur les quatorze " +
        "décès, neuf sont des femmes enceintes. Chez elles, l’hépatite peut devenir fulminante " +
        "en quelques jours », précise Achta Moussa Djibrine, sage-femme au centre de santé du " +
        "camp d’Ourang.",
      "Hawa Adam Issa, 31 ans, mère de cinq enfants, est arrivée d’El Geneina il y a dix-huit " +
        "mois. Chaque matin, elle fait la queue au point d’eau avec sa voisine, Fatimé Haroun. « " +
        "On attend parfois trois heures pour deux bidons. Alors on boit l’eau du ouadi quand il " +
        "n’y a plus rien », raconte la mère de famille. Sa voisine montre ses mains : « Le " +
        "savon, on n’en a plus vu depuis la dernière distribution, en septembre. »",
      "Selon le ministère de la Santé publique, une campagne de vaccination doit débuter « " +
        "dans les prochaines semaines » avec l’appui de l’OMS. Le vaccin, commercialisé sous le " +
        "nom « Hecolin », n’a été utilisé à grande échelle qu’au Soudan du Sud.",
    ],
    quotes: [
      ["La situation est sous contrôle", "Mahamat Saleh Abakar"],
      [
        "La situation est sous contrôle. Nous avons renforcé la surveillance dans tous les " +
          "centres de santé et les cas graves sont référés à l’hôpital d’Adré",
        "Mahamat Saleh Abakar",
      ],
      [
        "un accès à l’eau potable très en dessous des standards humanitaires, avec moins de dix " +
          "litres par personne et par jour dans certains secteurs",
        "Médecins sans frontières",
      ],
      [
        "Sur les quatorze décès, neuf sont des femmes enceintes. Chez elles, l’hépatite peut " +
          "devenir fulminante en quelques jours",
        "Achta Moussa Djibrine",
      ],
      [
        "On attend parfois trois heures pour deux bidons. Alors on boit l’eau du ouadi quand il " +
          "n’y a plus rien",
        "Hawa Adam Issa",
      ],
      ["Le savon, on n’en a plus vu depuis la dernière distribution, en septembre.", "Fatimé Haroun"],
      ["dans les prochaines semaines", "le ministère de la Santé publique"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Vedia, vie locale : fragment au titre du président du comité nommé dans le texte, nom " +
      "de comité entre guillemets, « se réjouit son président » avec nom et âge après, nom " +
      "d’âne entre guillemets, saint Nicolas introduit puis citation sans verbe, deux femmes " +
      "échevines en fragments dans un paragraphe, zone de police dans un avis, mère anonyme « " +
      "raconte », slogan d’affiche entre guillemets",
    todo: "«Ensival, on y reste !» taken for a quote",
    headline: "Ensival : après six ans d’absence, saint Nicolas revient « à la maison »",
    paragraphs: [
      "Le cortège s’élancera ce samedi à 15 heures de la place du Pont, à Ensival. Pour la " +
        "première fois depuis 2020, saint Nicolas parcourra les rues du quartier verviétois, " +
        "avant une distribution de spéculoos et de mandarines à l’ancienne maison communale.",
      "C’est le comité de quartier « Ensival Bouge », créé il y a un an, qui a relancé la " +
        "tradition. « Avant le Covid, puis les inondations, c’était le rendez-vous de toutes les " +
        "familles du quartier. Saint Nicolas revient à la maison, et ça fait du bien », se " +
        "réjouit son président, Michel Lejeune, 63 ans, qui a vu l’eau monter jusqu’au premier " +
        "étage de sa maison en juillet 2021.",
      "Il a fallu trouver un âne, « Caramel », prêté par une ferme de Polleur, un costume, et " +
        "surtout un grand saint. Le rôle est revenu à Albert Crahay, 71 ans, facteur du quartier " +
        "pendant trente-cinq ans. « Je connais chaque rue et presque chaque boîte aux lettres. " +
        "Les enfants ne savent pas que c’est moi, et il ne faut surtout pas leur dire ! »",
      "La Ville a accordé un subside de 2 500 euros. Pour l’échevine des Fêtes, Sophie " +
        "Lambotte, « ce genre d’initiative recrée du lien là où l’eau a tout cassé ». Sa " +
        "collègue des Affaires sociales, Nathalie Gérard, y voit aussi « une façon de faire " +
        "revenir les familles qui ont quitté le quartier ».",
      "Dans un avis publié vendredi, la zone de police Vesdre précise que « la rue de Limbourg " +
        "et la place du Pont seront fermées à la circulation de 14 h 30 à 17 h 30 » et invite " +
        "les automobilistes à emprunter la N61.",
      "Devant la boulangerie, où une boîte aux lettres rouge attend les courriers des enfants, " +
        "la file s’allonge. « Mon fils de cinq ans a réécrit sa lettre trois fois. Il veut une " +
        "caserne de pompiers, comme ceux qui nous ont évacués en bateau », raconte une mère de " +
        "famille de la rue Peltzer.",
      "Le comité promet déjà un marché de Noël pour l’an prochain. Son slogan est placardé " +
        "dans toutes les vitrines : « Ensival, on y reste ! »",
    ],
    quotes: [
      ["à la maison", "Michel Lejeune"],
      [
        "Avant le Covid, puis les inondations, c’était le rendez-vous de toutes les familles du " +
          "quartier. Saint Nicolas revient à la maison, et ça fait du bien",
        "Michel Lejeune",
      ],
      [
        "Je connais chaque rue et presque chaque boîte aux lettres. Les enfants ne savent pas " +
          "que c’est moi, et il ne faut surtout pas leur dire !",
        "Albert Crahay",
      ],
      ["ce genre d’initiative recrée du lien là où l’eau a tout cassé", "Sophie Lambotte"],
      ["une façon de faire revenir les familles qui ont quitté le quartier", "Nathalie Gérard"],
      [
        "la rue de Limbourg et la place du Pont seront fermées à la circulation de 14 h 30 à 17 " + "h 30",
        "la zone de police Vesdre",
      ],
      [
        "Mon fils de cinq ans a réécrit sa lettre trois fois. Il veut une caserne de pompiers, " +
          "comme ceux qui nous ont évacués en bateau",
        "une mère de famille de la rue Peltzer",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Zinfos974, faits divers : fragment au chapeau d’« un éleveur » nommé dans le texte, " +
      "procureure « a précisé » avec nom après puis « a-t-elle insisté », gendarmerie dans un " +
      "communiqué en fragment, deux hommes puis « raconte le premier » et « Le second » en " +
      "fragment, incise dans les guillemets « confie le quinquagénaire », surnom entre " +
      "guillemets, chambre consulaire en fragment",
    headline: "Plaine-des-Cafres : trois hommes interpellés après une série de vols de bovins",
    standfirst:
      "Une quinzaine de bêtes avaient été abattues dans les pâturages depuis l’été. « On " +
      "retrouvait les carcasses au petit matin », témoigne un éleveur.",
    paragraphs: [
      "Les gendarmes de la compagnie de Saint-Pierre ont interpellé mardi matin trois hommes " +
        "âgés de 24 à 41 ans, soupçonnés d’être à l’origine d’une quinzaine de vols de bovins à " +
        "la Plaine-des-Cafres et à Bois-Court depuis juillet. Sur les réseaux sociaux, les " +
        "éleveurs avaient surnommé la bande « les bouchers de la nuit ».",
      "« Les animaux étaient abattus sur place, de nuit, puis découpés et revendus à des " +
        "particuliers et à au moins un snack du Sud », a précisé mercredi la procureure de la " +
        "République de Saint-Pierre, Véronique Grondin. « La viande n’avait subi aucun contrôle " +
        "sanitaire. C’est aussi une question de santé publique », a-t-elle insisté.",
      "Dans un communiqué, la gendarmerie de La Réunion salue « la vigilance des éleveurs », " +
        "dont les signalements ont permis de repérer un pick-up blanc circulant tous feux " +
        "éteints sur la route du Volcan.",
      "Jean-Hugues Payet, 58 ans, éleveur de limousines à Bois-Court, a perdu quatre génisses. " +
        "Son voisin Didier Fontaine s’est fait voler un taureau reproducteur. « On retrouvait " +
        "les carcasses au petit matin. Une fois, ils avaient laissé la tête accrochée à la " +
        "clôture », raconte le premier. Le second évalue son préjudice à « plus de 6 000 euros, " +
        "sans compter les années de sélection ».",
      "« On ne dormait plus, confie le quinquagénaire. Toutes les nuits, on faisait des rondes " +
        "à la lampe torche avec les voisins. »",
      "Les trois suspects seront jugés en comparution immédiate vendredi. La Chambre " +
        "d’agriculture, qui réclamait depuis l’été des patrouilles renforcées, demande désormais " +
        "« un plan de prévention pérenne » pour les zones d’élevage des Hauts.",
    ],
    quotes: [
      ["On retrouvait les carcasses au petit matin", "Jean-Hugues Payet"],
      [
        "Les animaux étaient abattus sur place, de nuit, puis découpés et revendus à des " +
          "particuliers et à au moins un snack du Sud",
        "Véronique Grondin",
      ],
      [
        "La viande n’avait subi aucun contrôle sanitaire. C’est aussi une question de santé " + "publique",
        "Véronique Grondin",
      ],
      ["la vigilance des éleveurs", "la gendarmerie de La Réunion"],
      [
        "On retrouvait les carcasses au petit matin. Une fois, ils avaient laissé la tête " +
          "accrochée à la clôture",
        "Jean-Hugues Payet",
      ],
      ["plus de 6 000 euros, sans compter les années de sélection", "Didier Fontaine"],
      [
        "On ne dormait plus, confie le quinquagénaire. Toutes les nuits, on faisait des rondes à " +
          "la lampe torche avec les voisins.",
        "Jean-Hugues Payet",
      ],
      ["un plan de prévention pérenne", "La Chambre d’agriculture"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Gaspésie Nouvelles, environnement : citation au chapeau d’« un capitaine » nommé dans " +
      "le texte, reprise à l’identique, ministère dans un communiqué en deux fragments, nom de " +
      "bateau entre guillemets, « plaide-t-il » puis suite sans verbe, association en " +
      "fragment, biologiste « met en garde » avec deux-points, directrice « en entrevue » puis " +
      "« a-t-elle précisé », guillemets ironiques",
    headline: "Baleines noires : Ottawa reconduit les fermetures de zones, les crabiers déçus",
    standfirst:
      "Les zones de pêche resteront fermées dès la détection d’une seule baleine en 2027. « On " +
      "ne peut pas continuer à pêcher à l’aveugle », plaide un capitaine de Grande-Rivière.",
    paragraphs: [
      "Pêches et Océans Canada (MPO) a présenté mardi, à Gaspé, les mesures de protection de " +
        "la baleine noire de l’Atlantique Nord qui s’appliqueront à la saison de pêche 2027. " +
        "Pour l’essentiel, le régime des fermetures temporaires est reconduit : tout secteur où " +
        "un individu est détecté sera fermé pour quinze jours.",
      "Dans un communiqué, le ministère rappelle qu’il ne reste qu’« environ 370 individus » " +
        "de l’espèce et que « chaque mortalité compromet son rétablissement ».",
      "Sur les quais de Grande-Rivière, l’annonce passe mal. Steve Cyr, capitaine du « Cap " +
        "d’Espoir II », a vu son secteur fermé à trois reprises l’été dernier. « On ne peut pas " +
        "continuer à pêcher à l’aveugle », plaide-t-il. « On apprend la fermeture la veille au " +
        "soir, quand les casiers sont déjà à l’eau. »",
      "L’Association des crabiers gaspésiens réclame que les fermetures soient limitées « aux " +
        "secteurs où la baleine est réellement observée », plutôt qu’à de grands carrés de " +
        "plusieurs dizaines de kilomètres.",
      "La biologiste Geneviève Leblanc, de l’Université du Québec à Rimouski, comprend la " +
        "frustration des pêcheurs, mais met en garde : « Une baleine noire peut parcourir 80 " +
        "kilomètres dans une journée. Fermer seulement le point où on l’a vue, c’est comme " +
        "fermer une voie sur une autoroute. »",
      "En entrevue, la directrice régionale du MPO, Manon Bérubé, a indiqué que le ministère " +
        "mène des essais de casiers sans cordage avec une dizaine d’entreprises de pêche. « Si " +
        "les essais sont concluants, les pêcheurs équipés pourront continuer de travailler dans " +
        "les zones fermées », a-t-elle précisé.",
      "Des casiers qui coûtent près de 5 000 $ pièce, rappellent les crabiers. Pour beaucoup " +
        "d’entre eux, la pêche « intelligente » reste pour l’instant une idée de bureau.",
    ],
    quotes: [
      ["On ne peut pas continuer à pêcher à l’aveugle", "Steve Cyr"],
      ["environ 370 individus", "Pêches et Océans Canada"],
      ["chaque mortalité compromet son rétablissement", "Pêches et Océans Canada"],
      ["On apprend la fermeture la veille au soir, quand les casiers sont déjà à l’eau.", "Steve Cyr"],
      ["aux secteurs où la baleine est réellement observée", "L’Association des crabiers gaspésiens"],
      [
        "Une baleine noire peut parcourir 80 kilomètres dans une journée. Fermer seulement le " +
          "point où on l’a vue, c’est comme fermer une voie sur une autoroute.",
        "Geneviève Leblanc",
      ],
      [
        "Si les essais sont concluants, les pêcheurs équipés pourront continuer de travailler " +
          "dans les zones fermées",
        "Manon Bérubé",
      ],
    ],
  }),
  {
    name:
      "Léman Bleu, transports : guillemets suisses sans espace, fragment au chapeau attribué " +
      "au « syndicat » et repris à l’identique par son secrétaire nommé dans le texte, « " +
      "justifie » avec nom et fonction, conseiller d’État en fragment puis « a-t-il assuré », " +
      "citation sans verbe après le secrétaire syndical, Cour des comptes dans un rapport en " +
      "fragment, infirmière anonyme « soupire » avec points de suspension, slogan de campagne " +
      "entre guillemets",
    todo:
      "«deux fois supérieur à celui des autres entrep…» goes to Isabelle Vuilleumier, not la Cour " +
      "des comptes",
    headline: "Changement d’horaire: les TPG allègent six lignes faute de conducteurs",
    standfirst:
      "Dès le 13 décembre, les bus passeront moins souvent sur plusieurs lignes urbaines. Le " +
      "syndicat dénonce «une dégradation programmée».",
    paragraphs: [
      "C’est une première depuis la mise en service du Léman Express. Avec le changement " +
        "d’horaire du 13 décembre, les Transports publics genevois (TPG) réduiront la cadence " +
        "sur six lignes de bus, dont la 2, la 19 et la 23, en soirée et le dimanche. En cause: " +
        "il manque une soixantaine de conducteurs.",
      "«Nous préférons annoncer un horaire réduit et le tenir, plutôt que de promettre une " +
        "cadence que nous ne pouvons pas assurer», justifie Isabelle Vuilleumier, porte-parole " +
        "des TPG. L’an dernier, plus de 4'000 courses avaient été supprimées à la dernière " +
        "minute, faute de personnel.",
      "Le conseiller d’État chargé de la mobilité, Laurent Mottier, a défendu mercredi devant " +
        "la presse une mesure «transitoire». «D’ici à l’été, deux volées de formation " +
        "supplémentaires seront lancées. Ce n’est pas une politique de démantèlement», a-t-il " +
        "assuré.",
      "Au Syndicat du personnel des transports (SEV), on ne l’entend pas ainsi. Son secrétaire " +
        "syndical, Marco Rinaldi, dénonce «une dégradation programmée». «Les services coupés, " +
        "les pauses de dix minutes au terminus: voilà pourquoi les jeunes ne restent pas. Le " +
        "problème n’est pas le recrutement, c’est la rétention.»",
      "Un constat que partage en partie la Cour des comptes. Dans un rapport publié en " +
        "septembre, elle relevait chez les conducteurs des TPG un taux de rotation «deux fois " +
        "supérieur à celui des autres entreprises de transport urbain de Suisse romande».",
      "À l’arrêt Bel-Air, les usagers découvraient la nouvelle sur les écrans. «Le 19, déjà " +
        "qu’il faut l’attendre un quart d’heure le soir… Je vais reprendre la voiture», soupire " +
        "une infirmière des HUG qui rentre à Vernier après son service.",
      "Les TPG lancent en parallèle une campagne de recrutement, affichée sur leurs propres " +
        "bus sous le slogan «Prenez le volant de Genève».",
    ],
    quotes: [
      ["une dégradation programmée", "Marco Rinaldi"],
      [
        "Nous préférons annoncer un horaire réduit et le tenir, plutôt que de promettre une " +
          "cadence que nous ne pouvons pas assurer",
        "Isabelle Vuilleumier",
      ],
      ["transitoire", "Laurent Mottier"],
      [
        "D’ici à l’été, deux volées de formation supplémentaires seront lancées. Ce n’est pas " +
          "une politique de démantèlement",
        "Laurent Mottier",
      ],
      [
        "Les services coupés, les pauses de dix minutes au terminus: voilà pourquoi les jeunes " +
          "ne restent pas. Le problème n’est pas le recrutement, c’est la rétention.",
        "Marco Rinaldi",
      ],
      [
        "deux fois supérieur à celui des autres entreprises de transport urbain de Suisse " + "romande",
        "la Cour des comptes",
      ],
      [
        "Le 19, déjà qu’il faut l’attendre un quart d’heure le soir… Je vais reprendre la " + "voiture",
        "une infirmière des HUG",
      ],
    ],
  },
];

runArticles("fr", ARTICLES);
