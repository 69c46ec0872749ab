// A thirty-fifth round of composed French articles, in the styles of outlets and beats the first
// thirty-four rounds (articles.fr to articles34.fr) did not use: cancelled trains on the Paris-Rouen line
// in Paris Normandie, parishes merged in the diocese of Langres for La Croix, a gold mine extension near
// Val-d’Or in L’Écho abitibien (Québec), the cotton season launched in Kandi for Le Matinal (Bénin), a
// winter storm over Saint-Pierre-et-Miquelon on SPM la 1ère, sheep prices before Aïd al-Adha in Maroc
// Hebdo, a meningitis vaccination drive in N’Djaména for Tchadinfos, burglaries in Lancy for GHI
// (Genève), a stoppage-time football win for Tubize-Braine on TV Com (Brabant wallon) and unheated
// primary schools near Tizi Ouzou in Le Jeune Indépendant (Algérie).
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
      "Paris Normandie, transports : citation au titre reprise mot pour mot dans le corps, présidente " +
      "d’association nommée après la citation puis citation enchaînée, infirmier anonyme en " +
      "fragment, " +
      "entreprise par communiqué, élu repris par « l’élu » et « a-t-il ajouté », nom de " +
      "motion entre " +
      "guillemets, reprise par le seul nom avec deux-points",
    headline: "Ligne Paris-Rouen : « On nous prend pour des voyageurs de seconde zone »",
    paragraphs: [
      "Nouvelle semaine noire pour les usagers de la ligne Paris-Rouen-Le Havre. Entre lundi et jeudi, " +
        "23 trains ont été supprimés ou ont accusé plus de trente minutes de retard, selon le " +
        "décompte " +
        "tenu par l’association Normandie Rail Usagers, qui réunissait ses adhérents vendredi soir " +
        "à Rouen.",
      "« On nous prend pour des voyageurs de seconde zone », a lancé sa présidente, Martine Lecoeur, " +
        "devant une centaine de personnes rassemblées salle Sainte-Croix-des-Pelletiers. « Le matin, on " +
        "ne sait jamais si on sera au bureau à 9 heures ou à 10 h 30. »",
      "Dans la salle, un infirmier de Oissel qui travaille à l’hôpital Lariboisière raconte avoir " +
        "« posé trois jours de congé » le mois dernier pour ne pas rater ses gardes de nuit.",
      "Du côté de la SNCF, on invoque une série de pannes de caténaire entre Vernon et " +
        "Mantes-la-Jolie. " +
        "« Les équipes sont intervenues de nuit comme de jour, et la situation est en voie " +
        "d’amélioration », assure SNCF Voyageurs dans un communiqué.",
      "Le vice-président de la Région chargé des transports, Didier Fauvel, a pour sa part annoncé " +
        "avoir " +
        "écrit au PDG de la SNCF. « La Région paie, la Région a le droit d’exiger », a martelé " +
        "l’élu, " +
        "qui réclame des pénalités plus lourdes en cas de retard.",
      "« Nous ne laisserons pas la ligne se dégrader jusqu’à la ligne nouvelle », a-t-il " +
        "ajouté, en référence à la future Ligne nouvelle Paris-Normandie, attendue au mieux en 2035.",
      "Les adhérents ont adopté une motion baptisée « Rouen à l’heure », qui sera remise au " +
        "préfet la " +
        "semaine prochaine. Martine Lecoeur, elle, prévient : « Si rien ne change d’ici à " +
        "décembre, on " +
        "organisera une opération gare morte, avec pancartes et gilets. »",
    ],
    quotes: [
      ["On nous prend pour des voyageurs de seconde zone", "Martine Lecoeur"],
      ["Le matin, on ne sait jamais si on sera au bureau à 9 heures ou à 10 h 30.", "Martine Lecoeur"],
      ["posé trois jours de congé", "un infirmier de Oissel"],
      [
        "Les équipes sont intervenues de nuit comme de jour, et la situation est en voie d’amélioration",
        "SNCF Voyageurs",
      ],
      ["La Région paie, la Région a le droit d’exiger", "Didier Fauvel"],
      ["Nous ne laisserons pas la ligne se dégrader jusqu’à la ligne nouvelle", "Didier Fauvel"],
      [
        "Si rien ne change d’ici à décembre, on organisera une opération gare morte, avec " +
          "pancartes et " +
          "gilets.",
        "Martine Lecoeur",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "La Croix, religion : chapô en fragment repris à l’identique dans le corps, évêque « Mgr " +
      "» qui " +
      "« écrit » dans une lettre pastorale, « L’évêque » puis deux-points, vicaire général " +
      "« le P. » " +
      "avec incise « reconnaît-il » dans les guillemets, sacristine présentée avec deux-points, " +
      "sociologue en fragment puis « nuance le chercheur », nom de paroisse entre guillemets",
    headline: "Dans le diocèse de Langres, les paroisses se regroupent faute de prêtres",
    standfirst:
      "Mgr Étienne Varenne a annoncé une nouvelle carte de douze paroisses. L’évêque veut « une " +
      "Église " +
      "de proximité sans clocher vide ».",
    paragraphs: [
      "Il y aura désormais douze paroisses, contre vingt-huit aujourd’hui, dans le diocèse de Langres. " +
        "La nouvelle carte, annoncée dimanche 12 octobre dans une lettre pastorale lue dans toutes les " +
        "églises de Haute-Marne, entrera en vigueur au premier dimanche de l’Avent.",
      "« Nous ne fermons aucune église. Nous changeons la manière de nous organiser pour que chaque " +
        "village garde une messe au moins une fois par mois », écrit Mgr Étienne Varenne dans ce texte " +
        "de quatre pages.",
      "L’évêque, qui dispose de 31 prêtres en activité dont neuf ont plus de 75 ans, dit vouloir " +
        "« une " +
        "Église de proximité sans clocher vide ». Il compte sur les laïcs : « Ce sont eux qui " +
        "ouvriront " +
        "les portes, qui animeront les célébrations de la Parole, qui accueilleront les familles en " +
        "deuil. »",
      "Vicaire général, le P. Laurent Gsell a piloté la consultation menée depuis dix-huit mois " +
        "auprès " +
        "des conseils paroissiaux. « Il y a eu des larmes, parfois de la colère, reconnaît-il. Mais " +
        "beaucoup ont compris que le statu quo, c’était la mort lente. »",
      "À Chaumont, la paroisse Saint-Jean-Baptiste absorbera cinq communautés rurales. Brigitte Mathey, " +
        "68 ans, sacristine à Vignory, ne cache pas son inquiétude : « Le curé viendra une fois par " +
        "mois. Et les autres dimanches, qui fera le catéchisme ? »",
      "Le cas langrois n’est pas isolé. Une vingtaine de diocèses ont engagé des regroupements " +
        "comparables depuis 2020, un mouvement que le sociologue Paul Ferrandis, de l’EHESS, décrit " +
        "comme « la fin de la civilisation paroissiale ».",
      "« On ne reviendra pas à la France des 36 000 clochers, mais on peut inventer autre chose », " +
        "nuance le chercheur.",
      "Les nouvelles paroisses porteront des noms choisis par les fidèles. À Bourbonne-les-Bains, " +
        "« Notre-Dame-des-Sources » tient la corde.",
    ],
    quotes: [
      ["une Église de proximité sans clocher vide", "Étienne Varenne"],
      [
        "Nous ne fermons aucune église. Nous changeons la manière de nous organiser pour que chaque " +
          "village garde une messe au moins une fois par mois",
        "Étienne Varenne",
      ],
      [
        "Ce sont eux qui ouvriront les portes, qui animeront les célébrations de la Parole, qui " +
          "accueilleront les familles en deuil.",
        "Étienne Varenne",
      ],
      [
        "Il y a eu des larmes, parfois de la colère, reconnaît-il. Mais beaucoup ont compris que le " +
          "statu quo, c’était la mort lente.",
        "Laurent Gsell",
      ],
      [
        "Le curé viendra une fois par mois. Et les autres dimanches, qui fera le catéchisme ?",
        "Brigitte Mathey",
      ],
      ["la fin de la civilisation paroissiale", "Paul Ferrandis"],
      [
        "On ne reviendra pas à la France des 36 000 clochers, mais on peut inventer autre chose",
        "Paul Ferrandis",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "L’Écho abitibien (Québec), mines : PDG nommé après la citation puis citation enchaînée, " +
      "« M. » " +
      "puis « L’homme d’affaires » en fragment, chef autochtone « a-t-il indiqué », frère et " +
      "sœur du " +
      "même nom dans un paragraphe, « Mme » pour départager, nom de projet entre guillemets",
    headline: "Mine Lac-Vassal : 180 emplois de plus d’ici 2028",
    paragraphs: [
      "Ressources Harricana a confirmé mardi un investissement de 410 millions $ pour prolonger de onze " +
        "ans la vie de sa mine d’or Lac-Vassal, au nord de Val-d’Or. Le projet doit créer 180 emplois " +
        "permanents, qui s’ajouteront aux 520 travailleurs actuels.",
      "« C’est la plus grosse décision de l’histoire de l’entreprise », a déclaré le " +
        "président-directeur " +
        "général, Jean-François Bédard, en conférence de presse à l’hôtel Forestel. « On " +
        "croit à " +
        "l’Abitibi, et on le prouve avec de l’argent sur la table. »",
      "M. Bédard a précisé que la rampe souterraine sera creusée jusqu’à 1200 mètres de " +
        "profondeur. " +
        "L’homme d’affaires dit aussi vouloir recruter « en priorité dans la région », y " +
        "compris au " +
        "sein des communautés anishnabeg.",
      "Le chef de Lac-Simon, Georges Wabanonik, accueille l’annonce avec prudence. « Des emplois, on en " +
        "veut. Mais on veut aussi être assis à la table quand on parle de l’eau et du territoire », " +
        "a-t-il indiqué à L’Écho.",
      "Au Syndicat des Métallos, le représentant Marc Gélinas salue un « bon signal ». Sa sœur, " +
        "Nathalie " +
        "Gélinas, conseillère municipale à Val-d’Or, s’inquiète plutôt du logement : « On " +
        "n’a déjà plus " +
        "d’appartements à louer. Où vont-ils habiter, ces 180 travailleurs-là ? »",
      "Selon l’Institut de la statistique du Québec, le taux d’inoccupation des logements locatifs à " +
        "Val-d’Or était de 0,4 % l’an dernier.",
      "« Le logement, c’est le nerf de la guerre », convient Mme Gélinas, qui réclame une rencontre " +
        "rapide entre l’entreprise, la Ville et le ministère de l’Habitation.",
      "La phase 2 du projet, baptisée « Horizon Vassal », doit démarrer au printemps 2027.",
    ],
    quotes: [
      ["C’est la plus grosse décision de l’histoire de l’entreprise", "Jean-François Bédard"],
      ["On croit à l’Abitibi, et on le prouve avec de l’argent sur la table.", "Jean-François Bédard"],
      ["en priorité dans la région", "Jean-François Bédard"],
      [
        "Des emplois, on en veut. Mais on veut aussi être assis à la table quand on parle de l’eau " +
          "et du " +
          "territoire",
        "Georges Wabanonik",
      ],
      ["bon signal", "Marc Gélinas"],
      [
        "On n’a déjà plus d’appartements à louer. Où vont-ils habiter, ces 180 travailleurs-là ?",
        "Nathalie Gélinas",
      ],
      ["Le logement, c’est le nerf de la guerre", "Nathalie Gélinas"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Matinal (Bénin), agriculture : préfet nommé avec fragment puis citation et « a-t-il " +
      "souligné », interprofession par communiqué en fragment (nom complet et sigle), producteur " +
      "présenté avant la citation avec « confie-t-il », présidente de groupement avec deux-points, " +
      "directeur « Dr » repris par « le responsable », slogan de banderole entre guillemets",
    headline: "Campagne cotonnière 2026-2027 : l’Alibori vise 400 000 tonnes",
    paragraphs: [
      "La campagne cotonnière 2026-2027 a été officiellement lancée samedi à Kandi, en présence des " +
        "autorités locales, des responsables de l’interprofession et de plusieurs centaines de " +
        "producteurs venus des six communes de l’Alibori.",
      "Le préfet du département, Alassane Gounou Bio, a invité les producteurs à « respecter " +
        "scrupuleusement l’itinéraire technique ». « L’État a consenti des efforts importants " +
        "sur le " +
        "prix des intrants. Il revient maintenant à chacun de jouer sa partition », a-t-il souligné.",
      "Pour la présente campagne, le prix du kilogramme de coton graine premier choix est maintenu à 300 " +
        "francs CFA. Dans un communiqué publié pour l’occasion, l’Association " +
        "interprofessionnelle du " +
        "coton (AIC) indique que les engrais « seront disponibles dans tous les magasins villageois " +
        "avant le 15 mai ».",
      "Producteur à Banikoara depuis vingt ans, Orou Sabi Yérima reste sceptique. « L’an passé, " +
        "l’engrais est arrivé en juillet, quand les plants avaient déjà souffert. On nous promet " +
        "toujours, mais sur le terrain c’est autre chose », confie-t-il.",
      "Même son de cloche chez Mariam Zakari, présidente d’un groupement de femmes productrices à " +
        "Gogounou : « Nous voulons des tracteurs, pas seulement des discours. »",
      "Le directeur départemental de l’Agriculture, de l’Élevage et de la Pêche, Dr Félicien " +
        "Akpovi, a " +
        "pour sa part mis en garde contre l’usage de pesticides non homologués venus des pays voisins. " +
        "« Ces produits tuent les abeilles et empoisonnent nos cours d’eau », a averti le responsable.",
      "La cérémonie s’est tenue sous une banderole proclamant « Coton de qualité, producteur " +
        "prospère ». Les premières semences seront distribuées dès cette semaine.",
    ],
    quotes: [
      ["respecter scrupuleusement l’itinéraire technique", "Alassane Gounou Bio"],
      [
        "L’État a consenti des efforts importants sur le prix des intrants. Il revient maintenant à " +
          "chacun de jouer sa partition",
        "Alassane Gounou Bio",
      ],
      [
        "seront disponibles dans tous les magasins villageois avant le 15 mai",
        "l’Association interprofessionnelle du coton",
      ],
      [
        "L’an passé, l’engrais est arrivé en juillet, quand les plants avaient déjà souffert. " +
          "On nous " +
          "promet toujours, mais sur le terrain c’est autre chose",
        "Orou Sabi Yérima",
      ],
      ["Nous voulons des tracteurs, pas seulement des discours.", "Mariam Zakari"],
      ["Ces produits tuent les abeilles et empoisonnent nos cours d’eau", "Félicien Akpovi"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "SPM la 1ère, météo : prévisionniste nommé après la citation puis citation enchaînée, " +
      "préfecture " +
      "en fragment, maire repris par « l’élu », habitante anonyme « souffle-t-elle », entreprise " +
      "« indique », surnom de dépression entre guillemets, reprise par le nom complet",
    headline: "Tempête sur l’archipel : des rafales à plus de 140 km/h à Saint-Pierre",
    paragraphs: [
      "L’archipel a passé une nuit agitée. La dépression qui a traversé Saint-Pierre-et-Miquelon " +
        "entre " +
        "dimanche soir et lundi matin a provoqué des rafales jusqu’à 143 km/h à la station de " +
        "l’aéroport, selon Météo-France.",
      "« C’est l’un des pires épisodes de novembre de ces dix dernières années », " +
        "explique Yannick Detcheverry, prévisionniste au centre météorologique de " +
        "Saint-Pierre. « La houle a atteint sept mètres au large de Miquelon. »",
      "La préfecture avait déclenché la vigilance rouge dès dimanche 18 heures. Dans un message " +
        "diffusé " +
        "sur les réseaux sociaux, elle demandait à la population de « ne pas se déplacer sauf urgence " +
        "absolue ».",
      "À Miquelon, le maire, Franck Vigneau, a passé la nuit en mairie avec les pompiers volontaires. " +
        "« On a eu peur pour la digue. L’eau est passée par-dessus à deux reprises, vers 3 heures du " +
        "matin », raconte l’élu, joint par téléphone.",
      "Rue Boursaint, une habitante constate les dégâts devant sa maison, dont une partie du bardage a " +
        "été arrachée. « J’habite ici depuis 1974, je n’avais jamais vu le vent faire ça », " +
        "souffle-t-elle.",
      "Près de 1 200 foyers ont été privés d’électricité. « Les équipes sont mobilisées, la " +
        "totalité des " +
        "clients devrait être rétablie d’ici mardi soir », indique EDF Saint-Pierre-et-Miquelon.",
      "Les prévisionnistes surveillent déjà une nouvelle dépression, surnommée « la bombe de " +
        "l’Atlantique » par certains médias canadiens. « Elle devrait passer plus au sud, mais " +
        "restons " +
        "prudents », tempère Yannick Detcheverry.",
    ],
    quotes: [
      ["C’est l’un des pires épisodes de novembre de ces dix dernières années", "Yannick Detcheverry"],
      ["La houle a atteint sept mètres au large de Miquelon.", "Yannick Detcheverry"],
      ["ne pas se déplacer sauf urgence absolue", "La préfecture"],
      [
        "On a eu peur pour la digue. L’eau est passée par-dessus à deux reprises, vers 3 heures du matin",
        "Franck Vigneau",
      ],
      ["J’habite ici depuis 1974, je n’avais jamais vu le vent faire ça", "une habitante"],
      [
        "Les équipes sont mobilisées, la totalité des clients devrait être rétablie d’ici mardi soir",
        "EDF Saint-Pierre-et-Miquelon",
      ],
      ["Elle devrait passer plus au sud, mais restons prudents", "Yannick Detcheverry"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Maroc Hebdo, consommation : maquignon nommé après la citation avec « se défend », mère de " +
      "famille présentée puis citation sans verbe, ministère par communiqué en fragment (« il »), " +
      "président d’association « dénonce-t-il », économiste avec fragment puis deux-points, " +
      "« conclut-il » en paragraphe seul, formule publicitaire entre guillemets",
    headline: "Aïd Al-Adha : le mouton hors de prix, les ménages font leurs comptes",
    standfirst:
      "À trois semaines de la fête, un sardi moyen dépasse les 5 000 dirhams dans les souks de la " +
      "région de Casablanca. Les familles hésitent entre le crédit et le renoncement.",
    paragraphs: [
      "Au souk de Had Soualem, à une quarantaine de kilomètres de Casablanca, les acheteurs tournent " +
        "autour des enclos, tâtent les bêtes, puis repartent souvent les mains vides. Un sardi de taille " +
        "moyenne s’y négocie entre 4 800 et 6 500 dirhams, soit 20 % de plus que l’an dernier.",
      "« Je suis maquignon depuis trente ans, je n’ai jamais vendu aussi cher. Mais moi aussi, " +
        "j’achète " +
        "le fourrage plus cher », se défend Abdellah Bennani, qui a fait venir soixante têtes depuis " +
        "Béni Mellal.",
      "Face à lui, Khadija Amrani, mère de trois enfants à Hay Mohammadi, secoue la tête. « Mon mari " +
        "gagne 3 500 dirhams par mois. Comment voulez-vous qu’on suive ? » Elle envisage de partager " +
        "une bête avec sa sœur, une pratique de plus en plus répandue.",
      "Le ministère de l’Agriculture assure pourtant que l’offre est suffisante. Dans un communiqué " +
        "publié lundi, il fait état de « 7,8 millions de têtes identifiées et destinées à " +
        "l’abattage de " +
        "l’Aïd », pour une demande estimée à 6,5 millions.",
      "Pour Mohamed Slaoui, président de l’Association Tadamoun de défense du consommateur, le " +
        "problème " +
        "tient aux intermédiaires. « Entre l’éleveur et le client final, le mouton passe parfois par " +
        "trois ou quatre mains. Chacun prend sa marge », dénonce-t-il.",
      "Les sociétés de crédit à la consommation, elles, multiplient les offres « spécial Aïd » " +
        "sur les " +
        "panneaux publicitaires. Un phénomène que l’économiste Hicham Berrada juge « inquiétant " +
        "» : " +
        "« On s’endette pour un rite qui, rappelons-le, n’est pas une obligation pour ceux qui " +
        "n’en ont " +
        "pas les moyens. »",
      "« Les gens ont honte de ne pas sacrifier. C’est là tout le problème », conclut-il.",
    ],
    quotes: [
      [
        "Je suis maquignon depuis trente ans, je n’ai jamais vendu aussi cher. Mais moi aussi, " +
          "j’achète " +
          "le fourrage plus cher",
        "Abdellah Bennani",
      ],
      ["Mon mari gagne 3 500 dirhams par mois. Comment voulez-vous qu’on suive ?", "Khadija Amrani"],
      [
        "7,8 millions de têtes identifiées et destinées à l’abattage de l’Aïd",
        "Le ministère de l’Agriculture",
      ],
      [
        "Entre l’éleveur et le client final, le mouton passe parfois par trois ou quatre mains. Chacun " +
          "prend sa marge",
        "Mohamed Slaoui",
      ],
      ["inquiétant", "Hicham Berrada"],
      [
        "On s’endette pour un rite qui, rappelons-le, n’est pas une obligation pour ceux qui " +
          "n’en ont " +
          "pas les moyens.",
        "Hicham Berrada",
      ],
      ["Les gens ont honte de ne pas sacrifier. C’est là tout le problème", "Hicham Berrada"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Tchadinfos, santé : secrétaire général « Dr » présenté avant la citation « a-t-il " +
      "déclaré », " +
      "représentante de l’OMS nommée après la citation, mère présentée avec deux-points, infirmier " +
      "anonyme avec deux-points, ministère en fragment, reprise par « le secrétaire général »",
    todo:
      "«Si la chaîne du froid casse, les vaccins ne v…» goes to Un infirmier du district de Walia, " +
      "not un infirmier du district de Walia; «ne pas croire les rumeurs» goes to Le ministère de " +
      "la Santé, not Le ministère de la Santé publique et de la Prévention",
    headline: "Méningite : une campagne de vaccination lancée dans cinq districts de N’Djaména",
    paragraphs: [
      "Le ministère de la Santé publique et de la Prévention a lancé ce lundi 2 février une " +
        "campagne de " +
        "riposte vaccinale contre la méningite dans cinq districts sanitaires de N’Djaména, après la " +
        "confirmation de 47 cas, dont 6 décès, depuis le début de l’année.",
      "Le coup d’envoi a été donné au centre de santé de Walia par le secrétaire général du " +
        "ministère, " +
        "Dr Abakar Mahamat Hissein. « Nous visons 620 000 personnes âgées de 1 à 29 ans en dix jours. " +
        "C’est un défi, mais nos équipes sont prêtes », a-t-il déclaré.",
      "L’Organisation mondiale de la santé, qui appuie l’opération avec l’Unicef, a fourni les " +
        "doses de " +
        "vaccin conjugué. « Le Tchad fait partie de la ceinture africaine de la méningite. Agir vite, " +
        "c’est éviter une épidémie », a souligné la représentante de l’OMS, Marie-Claire Ngoyi.",
      "Sur place, les files d’attente se sont formées dès 7 heures. Venue avec ses quatre enfants, " +
        "Achta " +
        "Moussa se dit soulagée : « Dans mon quartier, un voisin a perdu son fils le mois dernier. Je ne " +
        "veux pas attendre que ça arrive chez moi. »",
      "Un infirmier du district de Walia, qui a requis l’anonymat, s’inquiète toutefois du manque de " +
        "glacières : « Si la chaîne du froid casse, les vaccins ne valent plus rien. »",
      "Le ministère appelle les parents à « ne pas croire les rumeurs » qui circulent sur les réseaux " +
        "sociaux au sujet des effets secondaires. Les équipes mobiles passeront aussi dans les écoles " +
        "coraniques, a précisé Abakar Mahamat Hissein.",
      "« Tout le monde doit venir, même ceux qui se sentent en bonne santé », a insisté le " +
        "secrétaire " +
        "général.",
    ],
    quotes: [
      [
        "Nous visons 620 000 personnes âgées de 1 à 29 ans en dix jours. C’est un défi, mais nos " +
          "équipes sont prêtes",
        "Abakar Mahamat Hissein",
      ],
      [
        "Le Tchad fait partie de la ceinture africaine de la méningite. Agir vite, c’est éviter une " +
          "épidémie",
        "Marie-Claire Ngoyi",
      ],
      [
        "Dans mon quartier, un voisin a perdu son fils le mois dernier. Je ne veux pas attendre que ça " +
          "arrive chez moi.",
        "Achta Moussa",
      ],
      ["Si la chaîne du froid casse, les vaccins ne valent plus rien.", "un infirmier du district de Walia"],
      ["ne pas croire les rumeurs", "Le ministère de la Santé publique et de la Prévention"],
      ["Tout le monde doit venir, même ceux qui se sentent en bonne santé", "Abakar Mahamat Hissein"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "GHI (Genève), police : fragment au titre différent du corps, victime nommée après la citation, " +
      "porte-parole avec deux fragments puis « précise-t-il », conseiller administratif repris par " +
      "« le magistrat », deux personnes du même nom, « le retraité », slogan de campagne entre " +
      "guillemets, reprise par le nom complet",
    headline: "Cambriolages en série à Lancy : « Ils entrent pendant qu’on dîne »",
    paragraphs: [
      "Depuis la fin de l’été, le quartier des Palettes, à Lancy, vit au rythme des cambriolages. La " +
        "police cantonale en a recensé vingt-six entre septembre et novembre, contre neuf à la même " +
        "période l’an dernier.",
      "« Ils entrent pendant qu’on dîne, par la fenêtre de la chambre. Le temps qu’on s’en " +
        "rende compte, " +
        "ils sont déjà repartis », raconte Sylvie Rochat, 58 ans, visitée début octobre. Bijoux de " +
        "famille, un ordinateur et 400 francs en liquide ont disparu.",
      "Interrogé par GHI, le porte-parole de la police cantonale, Alexandre Dufaux, confirme « une " +
        "hausse marquée » et évoque des « équipes itinérantes ». « Ils repèrent les " +
        "appartements du " +
        "rez-de-chaussée et du premier étage, souvent en fin de journée, quand il fait déjà nuit », " +
        "précise-t-il.",
      "Le conseiller administratif lancéen chargé de la sécurité, Thierry Pasche, a annoncé le " +
        "renforcement des patrouilles de la police municipale en soirée. « On ne va pas mettre un agent " +
        "devant chaque immeuble, mais on sera beaucoup plus visibles », promet le magistrat.",
      "Au pied de la tour 12, Marc Rochat, sans lien de parenté avec Sylvie, a créé un groupe de " +
        "messagerie pour les voisins. « On se signale les voitures qu’on ne connaît pas, rien de plus. " +
        "On n’est pas une milice », insiste le retraité.",
      "La police rappelle ses conseils de prudence, résumés dans sa campagne « Fermez, verrouillez, " +
        "signalez ». « Le 117 n’est pas réservé aux urgences extrêmes. Un comportement suspect, " +
        "ça vaut " +
        "un appel », insiste Alexandre Dufaux.",
    ],
    quotes: [
      ["Ils entrent pendant qu’on dîne", "Sylvie Rochat"],
      [
        "Ils entrent pendant qu’on dîne, par la fenêtre de la chambre. Le temps qu’on s’en " +
          "rende compte, " +
          "ils sont déjà repartis",
        "Sylvie Rochat",
      ],
      ["une hausse marquée", "Alexandre Dufaux"],
      ["équipes itinérantes", "Alexandre Dufaux"],
      [
        "Ils repèrent les appartements du rez-de-chaussée et du premier étage, souvent en fin de " +
          "journée, quand il fait déjà nuit",
        "Alexandre Dufaux",
      ],
      [
        "On ne va pas mettre un agent devant chaque immeuble, mais on sera beaucoup plus visibles",
        "Thierry Pasche",
      ],
      [
        "On se signale les voitures qu’on ne connaît pas, rien de plus. On n’est pas une milice",
        "Marc Rochat",
      ],
      [
        "Le 117 n’est pas réservé aux urgences extrêmes. Un comportement suspect, ça vaut un appel",
        "Alexandre Dufaux",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "TV Com (Brabant wallon), sport : entraîneur nommé après la citation, citation seule en " +
      "paragraphe qui prolonge, buteur « confiait » après présentation, entraîneur adverse avec " +
      "deux-points, président en fragment puis deux-points, surnom entre guillemets, guillemets sans " +
      "espace",
    headline: "Nationale 1 : Tubize-Braine renverse Dessel dans les arrêts de jeu",
    paragraphs: [
      "Mené 0-2 à la pause, l’AFC Tubize-Braine s’est imposé 3-2 samedi soir face à Dessel " +
        "Sport, au " +
        "stade Leburton. Le but de la victoire est signé Kevin Mertens, surnommé « le Sniper » par les " +
        "supporters, à la 93e minute, d’une reprise de volée qui a fait lever les 1400 spectateurs.",
      "« À la mi-temps, je ne leur ai pas crié dessus. Je leur ai juste dit de regarder le tableau " +
        "et de " +
        "se demander s’ils méritaient ça », a expliqué l’entraîneur tubizien, Christophe " +
        "Dewandre, au " +
        "micro de TV Com.",
      "« Ce groupe a du caractère. On l’avait un peu perdu depuis septembre. »",
      "Le héros du soir, lui, avait du mal à réaliser. « Je la prends pleine lucarne, je ne sais même " +
        "pas comment. Je dédie ce but à mon père, qui était en tribune pour la première fois de la " +
        "saison », confiait Kevin Mertens.",
      "Côté campinois, l’entraîneur Jan Peeters ne cachait pas sa frustration, en français dans le " +
        "texte : « On a arrêté de jouer après le deuxième but. C’est impardonnable à ce niveau. »",
      "Le président tubizien, Philippe Lemaire, a quant à lui salué « une soirée comme on les " +
        "aime ». Il " +
        "en a surtout profité pour relancer le dossier de la nouvelle tribune : « La Ville nous a promis " +
        "une décision avant l’été. On attend. »",
      "Grâce à ce succès, les hommes de Christophe Dewandre remontent à la cinquième place, à quatre " +
        "points du tour final. Ils se déplacent samedi prochain à Knokke.",
    ],
    quotes: [
      [
        "À la mi-temps, je ne leur ai pas crié dessus. Je leur ai juste dit de regarder le tableau et de " +
          "se demander s’ils méritaient ça",
        "Christophe Dewandre",
      ],
      ["Ce groupe a du caractère. On l’avait un peu perdu depuis septembre.", "Christophe Dewandre"],
      [
        "Je la prends pleine lucarne, je ne sais même pas comment. Je dédie ce but à mon père, qui " +
          "était en tribune pour la première fois de la saison",
        "Kevin Mertens",
      ],
      ["On a arrêté de jouer après le deuxième but. C’est impardonnable à ce niveau.", "Jan Peeters"],
      ["une soirée comme on les aime", "Philippe Lemaire"],
      ["La Ville nous a promis une décision avant l’été. On attend.", "Philippe Lemaire"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Jeune Indépendant (Algérie), éducation : président d’association nommé après la " +
      "citation, " +
      "enseignant anonyme en fragment, président d’APC avec fragment puis « a-t-il assuré », " +
      "direction de l’éducation par mise au point en fragment, mère présentée avec deux-points, nom " +
      "de programme entre guillemets",
    todo:
      "«ne dépasse pas 8 degrés le matin» goes to Un enseignant de l’école, not un enseignant de " +
      "l’école",
    headline: "Tizi Ouzou : des écoles primaires sans chauffage ni cantine en plein hiver",
    paragraphs: [
      "Les parents d’élèves de plusieurs écoles primaires de la commune d’Aïn El Hammam, dans " +
        "la wilaya " +
        "de Tizi Ouzou, ont observé hier un sit-in devant le siège de l’APC pour dénoncer " +
        "l’absence de " +
        "chauffage et la fermeture de trois cantines scolaires depuis le début du mois de janvier.",
      "« Nos enfants étudient avec leurs manteaux et leurs bonnets. Certains ont les doigts tellement " +
        "gelés qu’ils n’arrivent plus à tenir un stylo », a déclaré Saïd Ait Mansour, " +
        "président de " +
        "l’association des parents d’élèves de l’école Frères-Belkacemi.",
      "Selon lui, les chaudières de deux établissements sont en panne depuis l’an dernier, faute de " +
        "pièces de rechange. Un enseignant de l’école, qui a souhaité garder l’anonymat, " +
        "évoque des " +
        "classes où la température « ne dépasse pas 8 degrés le matin ».",
      "Contacté par nos soins, le président de l’APC, Mourad Hamouche, reconnaît des « retards " +
        "» dans le " +
        "paiement des fournisseurs des cantines. « Le budget a été adopté tardivement. Les cantines " +
        "rouvriront dès dimanche prochain, je m’y engage », a-t-il assuré.",
      "De son côté, la direction de l’éducation de la wilaya affirme dans une mise au point que " +
        "« l’ensemble des chaudières défectueuses seront remplacées avant la fin du mois de " +
        "février ».",
      "Une promesse qui laisse sceptique Ouardia Lounès, mère de deux élèves : « On nous dit la même " +
        "chose chaque hiver. En attendant, ce sont nos enfants qui tombent malades. »",
      "Le programme « École chaude », lancé en 2023 par le ministère de l’Éducation nationale, " +
        "prévoyait " +
        "pourtant la rénovation de toutes les installations de chauffage des écoles de montagne.",
    ],
    quotes: [
      [
        "Nos enfants étudient avec leurs manteaux et leurs bonnets. Certains ont les doigts tellement " +
          "gelés qu’ils n’arrivent plus à tenir un stylo",
        "Saïd Ait Mansour",
      ],
      ["ne dépasse pas 8 degrés le matin", "un enseignant de l’école"],
      ["retards", "Mourad Hamouche"],
      [
        "Le budget a été adopté tardivement. Les cantines rouvriront dès dimanche prochain, je " +
          "m’y engage",
        "Mourad Hamouche",
      ],
      [
        "l’ensemble des chaudières défectueuses seront remplacées avant la fin du mois de février",
        "la direction de l’éducation de la wilaya",
      ],
      [
        "On nous dit la même chose chaque hiver. En attendant, ce sont nos enfants qui tombent malades.",
        "Ouardia Lounès",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
