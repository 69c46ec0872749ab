// A fourth round of composed French articles, written before the engine was run on them, in the
// styles of outlets and beats the first three rounds (articles.fr, articles2.fr, articles3.fr) did not
// use: a cyclone on La Réunion, wolves in the Alps for Le Dauphiné libéré, Breton fishermen and
// Brussels in Le Télégramme, drug trafficking in Marseille for La Provence, an industrial plan in
// L’Usine nouvelle, the Cannes festival in Télérama, a Montréal fire on TVA Nouvelles, a Senegalese
// election on Seneweb and a vote in the European Parliament for Euractiv. Every article is invented
// for these tests; speakers follow the corpus guidelines (the fullest name the article gives, without
// title; a body or document as named; the shortest description that identifies an unnamed source).
import { type ArticleCase, runArticles } from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name: "Le Quotidien de La Réunion, cyclone : le préfet martèle, Météo-France, une habitante, la Région",
    todo: "«qu’une fois la levée de l’alerte prononcée» goes to l’opérateur, not EDF",
    headline: "Cyclone Belna : l’île placée en alerte rouge, « restez chez vous », demande le préfet",
    paragraphs: [
      "L’alerte rouge cyclonique est entrée en vigueur à 19 heures ce mardi sur l’ensemble de La Réunion. " +
        "Le centre du système se trouvait alors à 180 kilomètres au nord-est de Sainte-Rose.",
      "« Restez chez vous. Aucun déplacement ne sera toléré, y compris pour les professionnels non " +
        "prioritaires », a martelé le préfet, Jérôme Filippini-Roux, lors d’un point presse à Saint-Denis.",
      "Selon Météo-France, les rafales pourraient dépasser 200 km/h sur le littoral est. « Le cumul de " +
        "pluie attendu sur les hauts est exceptionnel, on parle de plus d’un mètre en quarante-huit " +
        "heures », précise Céline Mouniama, prévisionniste au centre de Saint-Denis.",
      "À Saint-Benoît, les habitants du quartier de Bras-Canot ont rejoint l’école transformée en centre " +
        "d’hébergement. « En 2018, on avait perdu la toiture. Cette fois, je ne voulais pas prendre de " +
        "risque », raconte Marie-Josée, venue avec ses trois petits-enfants.",
      "Le président de la Région, Didier Payet, a annoncé le déblocage d’un fonds d’urgence pour les " +
        "agriculteurs. « Les planteurs de canne ne doivent pas être les oubliés de la reconstruction », " +
        "a-t-il déclaré mardi soir.",
      "EDF indiquait en fin de soirée que 42 000 foyers étaient déjà privés d’électricité. Les équipes " +
        "n’interviendront « qu’une fois la levée de l’alerte prononcée », a prévenu l’opérateur.",
    ],
    quotes: [
      ["restez chez vous", "Jérôme Filippini-Roux"],
      [
        "Restez chez vous. Aucun déplacement ne sera toléré, y compris pour les professionnels non " +
          "prioritaires",
        "Jérôme Filippini-Roux",
      ],
      [
        "Le cumul de pluie attendu sur les hauts est exceptionnel, on parle de plus d’un mètre en " +
          "quarante-huit heures",
        "Céline Mouniama",
      ],
      ["En 2018, on avait perdu la toiture. Cette fois, je ne voulais pas prendre de risque", "Marie-Josée"],
      ["Les planteurs de canne ne doivent pas être les oubliés de la reconstruction", "Didier Payet"],
      ["qu’une fois la levée de l’alerte prononcée", "EDF"],
    ],
  },
  {
    name: "Le Dauphiné libéré, loup : éleveur en apposition, « explique-t-on à la DDT », association, berger",
    headline: "Vercors : une nouvelle attaque de loup fait douze victimes dans un troupeau",
    paragraphs: [
      "Douze brebis ont été retrouvées mortes jeudi matin sur l’alpage de la Molière, au-dessus " +
        "d’Autrans. C’est la quatrième attaque depuis le début de l’estive sur le même troupeau.",
      "Jean-Marc Blanchet, éleveur à Méaudre, ne cache plus sa colère. « On a mis les chiens, les " +
        "clôtures électriques, on a embauché un aide-berger. Et ça ne suffit toujours pas », lâche-t-il " +
        "devant les carcasses.",
      "Son berger, Thomas, dormait dans la cabane à 300 mètres du parc. « Les patous ont aboyé vers 3 " +
        "heures. Le temps que j’arrive, c’était fini », raconte le jeune homme de 24 ans.",
      "À la direction départementale des territoires, on confirme qu’un tir de défense renforcée a été " +
        "autorisé. « Le dossier d’indemnisation sera instruit dans les délais habituels », explique-t-on " +
        "à la DDT de l’Isère.",
      "L’association Ferus, qui défend la présence du prédateur, appelle à « ne pas céder à la " +
        "facilité des tirs ». « Le loup est une espèce protégée. La protection des troupeaux doit " +
        "rester la priorité », estime sa porte-parole, Sandrine Vial.",
      "La députée de la circonscription, Élodie Garnier-Roche, demande au ministère de revoir le plafond " +
        "de prélèvement : « Les éleveurs de montagne sont à bout. L’État doit l’entendre. »",
    ],
    quotes: [
      [
        "On a mis les chiens, les clôtures électriques, on a embauché un aide-berger. Et ça ne suffit " +
          "toujours pas",
        "Jean-Marc Blanchet",
      ],
      ["Les patous ont aboyé vers 3 heures. Le temps que j’arrive, c’était fini", "Thomas"],
      ["Le dossier d’indemnisation sera instruit dans les délais habituels", "la DDT de l’Isère"],
      ["ne pas céder à la facilité des tirs", "Ferus"],
      [
        "Le loup est une espèce protégée. La protection des troupeaux doit rester la priorité",
        "Sandrine Vial",
      ],
      ["Les éleveurs de montagne sont à bout. L’État doit l’entendre.", "Élodie Garnier-Roche"],
    ],
  },
  {
    name: "Le Télégramme, pêche : comité des pêches, Bruxelles par communiqué, patron anonyme, mareyeuse",
    todo:
      "a quote after an anonymous speaker's sentence (« " +
      "un patron de chalutier de 52 ans, qui …, fait ses comptes. ») goes to the previous paragraph's " +
      "body: the subject's age and relative clause hide its verb",
    headline: "Quotas de sole : les pêcheurs bigoudens « ne comprennent pas » Bruxelles",
    paragraphs: [
      "La nouvelle est tombée lundi soir au Guilvinec : le quota de sole du golfe de Gascogne baissera " +
        "de 30 % l’an prochain. Une décision qui menace une vingtaine de chalutiers du pays bigouden.",
      "« Les pêcheurs ne comprennent pas. On nous a demandé de changer nos filets il y a trois ans, on " +
        "l’a fait, et on nous sanctionne quand même », déplore Olivier Le Berre, président du comité " +
        "départemental des pêches du Finistère.",
      "La Commission européenne, dans un communiqué, justifie la mesure par « l’état préoccupant du " +
        "stock », qui reste selon elle « en dessous du seuil de précaution ».",
      "Sur le quai, un patron de chalutier de 52 ans, qui préfère taire son nom, fait ses comptes. « Avec " +
        "ce quota, je pêche jusqu’en août. Après, je fais quoi ? Je reste au port avec quatre gars à payer " +
        "? »",
      "À la criée, l’inquiétude gagne aussi les acheteurs. « Si la sole ne rentre plus, ce sont nos " +
        "clients en Espagne qui iront voir ailleurs », prévient Annick, mareyeuse depuis vingt ans.",
      "Le comité espère obtenir un aménagement lors du Conseil des ministres européens de décembre. " +
        "« Rien n’est joué », veut croire Olivier Le Berre.",
    ],
    quotes: [
      ["ne comprennent pas", "Olivier Le Berre"],
      [
        "Les pêcheurs ne comprennent pas. On nous a demandé de changer nos filets il y a trois ans, on " +
          "l’a fait, et on nous sanctionne quand même",
        "Olivier Le Berre",
      ],
      ["l’état préoccupant du stock", "La Commission européenne"],
      ["en dessous du seuil de précaution", "La Commission européenne"],
      [
        "Avec ce quota, je pêche jusqu’en août. Après, je fais quoi ? Je reste au port avec quatre gars " +
          "à payer ?",
        "un patron de chalutier",
      ],
      ["Si la sole ne rentre plus, ce sont nos clients en Espagne qui iront voir ailleurs", "Annick"],
      ["Rien n’est joué", "Olivier Le Berre"],
    ],
  },
  {
    name: "La Provence, narcotrafic : procureur en conférence de presse, source policière, mère, syndicat",
    headline: "Marseille : un adolescent de 15 ans tué par balles aux Flamants",
    paragraphs: [
      "Il avait 15 ans et faisait, selon les enquêteurs, le guet pour un point de deal de la cité des " +
        "Flamants, dans le 14e arrondissement. Il a été touché de plusieurs balles dimanche vers 22 " +
        "heures et n’a pas survécu.",
      "« Nous sommes face à une violence qui frappe des enfants de plus en plus jeunes, recrutés sur " +
        "les réseaux sociaux », a déclaré le procureur de la République de Marseille, Nicolas Bessone-" +
        "Aubert, lors d’une conférence de presse lundi.",
      "Le magistrat a précisé que l’enquête était confiée à la police judiciaire. « Tout laisse penser " +
        "qu’il s’agit d’un règlement de comptes lié au contrôle du point de vente », a-t-il ajouté.",
      "Selon une source policière, le tireur aurait agi depuis un scooter. « Ils sont arrivés à deux, " +
        "ont tiré une dizaine de fois et sont repartis vers l’autoroute », détaille cette source.",
      "Au pied des tours, une mère de famille retient ses larmes. « Mon fils le connaissait depuis la " +
        "maternelle. Ici, on enterre des gamins, et après tout le monde oublie. »",
      "Pour Rudy Manna, du syndicat Alliance, « les effectifs ne suivent pas ». Le maire de secteur, " +
        "Marion Bareille, réclame quant à elle « une présence policière permanente, pas des opérations " +
        "coup de poing ».",
    ],
    quotes: [
      [
        "Nous sommes face à une violence qui frappe des enfants de plus en plus jeunes, recrutés sur " +
          "les réseaux sociaux",
        "Nicolas Bessone-Aubert",
      ],
      [
        "Tout laisse penser qu’il s’agit d’un règlement de comptes lié au contrôle du point de vente",
        "Nicolas Bessone-Aubert",
      ],
      [
        "Ils sont arrivés à deux, ont tiré une dizaine de fois et sont repartis vers l’autoroute",
        "une source policière",
      ],
      [
        "Mon fils le connaissait depuis la maternelle. Ici, on enterre des gamins, et après tout le " +
          "monde oublie.",
        "une mère de famille",
      ],
      ["les effectifs ne suivent pas", "Rudy Manna"],
      ["une présence policière permanente, pas des opérations coup de poing", "Marion Bareille"],
    ],
  },
  {
    name: "L’Usine nouvelle, industrie : PDG en entretien, « nous explique », syndicat, analyste, ministre",
    headline: "Batteries : Verkor lance la construction de sa deuxième gigafactory à Dunkerque",
    standfirst:
      "Le fabricant grenoblois investira 1,8 milliard d’euros. Son PDG promet « 1 500 emplois d’ici " +
      "2029 ».",
    paragraphs: [
      "Après une première usine entrée en production l’an dernier, Verkor passe à la vitesse " +
        "supérieure. « Nous avons des commandes fermes jusqu’en 2032. La question n’était plus de savoir " +
        "si nous construirions ce site, mais quand », nous explique son PDG, Benoît Lemaignan-Faure.",
      "Le dirigeant reconnaît toutefois que la concurrence chinoise reste redoutable. « Nos coûts " +
        "baissent, mais nous sommes encore 20 % au-dessus des meilleurs acteurs asiatiques. L’écart se " +
        "comblera avec le volume », assure-t-il.",
      "Chez les salariés du premier site, l’annonce est accueillie avec prudence. « On embauche beaucoup, " +
        "mais les conditions de travail en salle blanche restent dures », tempère Karim Haddou, délégué " +
        "CFE-CGC.",
      "Les marchés, eux, attendent de voir. Pour Julie Fournier, analyste chez Oddo BHF, « le plan est " +
        "crédible à condition que les constructeurs européens tiennent leurs objectifs de ventes " +
        "électriques ».",
      "Le ministre de l’Industrie, Marc Ferracci-Lenoir, s’est félicité sur X d’« une victoire pour la " +
        "réindustrialisation du Nord ». L’État apportera 350 millions d’euros au titre de France 2030.",
    ],
    quotes: [
      ["1 500 emplois d’ici 2029", "Benoît Lemaignan-Faure"],
      [
        "Nous avons des commandes fermes jusqu’en 2032. La question n’était plus de savoir si nous " +
          "construirions ce site, mais quand",
        "Benoît Lemaignan-Faure",
      ],
      [
        "Nos coûts baissent, mais nous sommes encore 20 % au-dessus des meilleurs acteurs asiatiques. " +
          "L’écart se comblera avec le volume",
        "Benoît Lemaignan-Faure",
      ],
      ["On embauche beaucoup, mais les conditions de travail en salle blanche restent dures", "Karim Haddou"],
      [
        "le plan est crédible à condition que les constructeurs européens tiennent leurs objectifs de " +
          "ventes électriques",
        "Julie Fournier",
      ],
      ["une victoire pour la réindustrialisation du Nord", "Marc Ferracci-Lenoir"],
    ],
  },
  {
    name: "Télérama, Cannes : titre de film, « raconte la cinéaste », jury, actrice, critique",
    headline: "Cannes 2026 : « Les Heures blanches », le choc de la compétition",
    paragraphs: [
      "Il a fallu attendre le septième jour pour que la Croisette s’enflamme. Projeté mardi soir au " +
        "Grand Théâtre Lumière, « Les Heures blanches », de la Belge Anne Verhaegen, a reçu près de dix " +
        "minutes d’applaudissements.",
      "Le film suit une infirmière de nuit dans un service de soins palliatifs à Liège. « J’ai passé " +
        "deux ans à observer ces femmes. Je voulais filmer la fatigue sans la rendre belle », raconte la " +
        "cinéaste, rencontrée le lendemain sur la plage du Majestic.",
      "Son actrice principale, Lucie Desmet, a perdu huit kilos pour le rôle. « Anne m’a demandé de ne " +
        "jamais jouer l’émotion. C’était terrifiant, et c’est la plus belle chose qu’on m’ait demandée », " +
        "confie-t-elle.",
      "En conférence de presse, la présidente du jury, Juliette Binoche-Aumont, s’est gardée de tout " +
        "pronostic : « Nous avons vu sept films, il en reste quinze. Je me méfie des enthousiasmes du " +
        "mardi. »",
      "Dans les rangs de la critique, on parle déjà de Palme. « C’est le film le plus maîtrisé de la " +
        "compétition, et de loin », tranche un critique britannique à la sortie de la projection.",
    ],
    quotes: [
      [
        "J’ai passé deux ans à observer ces femmes. Je voulais filmer la fatigue sans la rendre belle",
        "Anne Verhaegen",
      ],
      [
        "Anne m’a demandé de ne jamais jouer l’émotion. C’était terrifiant, et c’est la plus belle " +
          "chose qu’on m’ait demandée",
        "Lucie Desmet",
      ],
      [
        "Nous avons vu sept films, il en reste quinze. Je me méfie des enthousiasmes du mardi.",
        "Juliette Binoche-Aumont",
      ],
      ["C’est le film le plus maîtrisé de la compétition, et de loin", "un critique britannique"],
    ],
  },
  {
    name: "TVA Nouvelles, incendie : « a raconté à TVA Nouvelles », porte-parole du SPVM, voisin, le chef",
    headline: "Incendie dans Hochelaga : une famille de cinq se retrouve à la rue",
    paragraphs: [
      "Un violent incendie a ravagé un triplex de la rue Darling, dans le quartier Hochelaga-" +
        "Maisonneuve, tôt samedi matin. Les cinq occupants du deuxième étage ont pu sortir à temps.",
      "« J’ai senti la fumée, j’ai réveillé les enfants et on est sortis en pyjama. On n’a rien pu " +
        "prendre », a raconté à TVA Nouvelles la mère de famille, Nathalie Gendron, encore sous le choc.",
      "Le chef aux opérations du Service de sécurité incendie de Montréal, Martin Guilbault, a indiqué " +
        "que le feu avait pris naissance sur un balcon arrière. « Les flammes se sont propagées très vite " +
        "à cause des escaliers en bois », a-t-il expliqué.",
      "Un enquêteur a été dépêché sur place. « Aucune hypothèse n’est écartée pour le moment », a " +
        "précisé l’agent Raphaël Bergeron, porte-parole du SPVM.",
      "Un voisin, Réjean Tremblay, a tenté d’aider les pompiers avec un boyau d’arrosage. « Quand j’ai " +
        "vu les flammes sortir du toit, j’ai compris qu’il n’y avait plus rien à faire », a-t-il " +
        "confié. La Croix-Rouge prend la famille en charge.",
    ],
    quotes: [
      [
        "J’ai senti la fumée, j’ai réveillé les enfants et on est sortis en pyjama. On n’a rien pu prendre",
        "Nathalie Gendron",
      ],
      ["Les flammes se sont propagées très vite à cause des escaliers en bois", "Martin Guilbault"],
      ["Aucune hypothèse n’est écartée pour le moment", "Raphaël Bergeron"],
      [
        "Quand j’ai vu les flammes sortir du toit, j’ai compris qu’il n’y avait plus rien à faire",
        "Réjean Tremblay",
      ],
    ],
  },
  {
    name: "Seneweb, Sénégal : « a fait savoir » le porte-parole, la CENA, un opposant, électrice, chercheur",
    headline: "Législatives : la CENA constate « un scrutin apaisé » malgré des retards",
    paragraphs: [
      "Les bureaux de vote ont fermé à 18 heures ce dimanche sur l’ensemble du territoire, après une " +
        "journée marquée par des retards d’ouverture dans plusieurs communes de Dakar et de Ziguinchor.",
      "Dans un communiqué publié en soirée, la Commission électorale nationale autonome (CENA) a salué " +
        "« un scrutin apaisé », tout en demandant aux partis « d’attendre sereinement la proclamation " +
        "des résultats provisoires ».",
      "« Le matériel électoral est arrivé en retard dans 43 bureaux. Les votants ont pu voter jusqu’au " +
        "bout », a fait savoir le porte-parole du gouvernement, Moustapha Sarr-Diallo.",
      "L’opposition ne l’entend pas de cette oreille. « Dans certains bureaux, nos représentants ont été " +
        "empêchés d’entrer. Nous avons saisi la CENA », a dénoncé Abdoulaye Ndiaye, mandataire national de " +
        "la coalition Taxawu.",
      "Devant l’école Biscuiterie, à Grand-Dakar, Fatou Sow, commerçante, a attendu deux heures. « Je " +
        "suis venue à 7 heures. Même si ça prend la journée, je vote, c’est mon droit. »",
      "Pour le politologue Maurice Soudieck Dione, enseignant à l’université Gaston-Berger, « le " +
        "taux de participation sera le vrai juge de paix de cette élection ».",
    ],
    quotes: [
      // The headline and the body quote the same words: one entry, listed where each stands, as in
      // every set (the scorer counts it once).
      ["un scrutin apaisé", "la Commission électorale nationale autonome"],
      [
        "d’attendre sereinement la proclamation des résultats provisoires",
        "la Commission électorale nationale autonome",
      ],
      [
        "Le matériel électoral est arrivé en retard dans 43 bureaux. Les votants ont pu voter jusqu’au " +
          "bout",
        "Moustapha Sarr-Diallo",
      ],
      [
        "Dans certains bureaux, nos représentants ont été empêchés d’entrer. Nous avons saisi la CENA",
        "Abdoulaye Ndiaye",
      ],
      ["Je suis venue à 7 heures. Même si ça prend la journée, je vote, c’est mon droit.", "Fatou Sow"],
      ["le taux de participation sera le vrai juge de paix de cette élection", "Maurice Soudieck Dione"],
    ],
  },
  {
    name: "Euractiv, Parlement européen : rapporteure, « a-t-elle lancé dans l’hémicycle », diplomate, ONG",
    headline: "Emballages : le Parlement européen adopte l’interdiction des plastiques à usage unique",
    paragraphs: [
      "Par 412 voix contre 198, les eurodéputés ont adopté mercredi à Strasbourg le règlement sur les " +
        "emballages, au terme de deux ans de négociations avec les États membres.",
      "La rapporteure du texte, l’eurodéputée Renew Pascale Hoffmann-Duret, a défendu un compromis " +
        "« ambitieux mais applicable ». « Nous avons protégé les petits producteurs sans renoncer à " +
        "l’objectif. C’est ça, une Europe qui protège », a-t-elle lancé dans l’hémicycle.",
      "Le PPE s’est divisé. Pour l’Allemand Markus Pieper-Lang, « on impose aux restaurateurs des " +
        "obligations que personne n’a chiffrées ».",
      "Du côté du Conseil, on se montre soulagé. « Sans accord avant les élections, le texte serait " +
        "mort. Personne ne voulait rouvrir ce dossier », glisse un diplomate européen.",
      "Les ONG environnementales saluent une avancée, mais regrettent des dérogations « trop larges ». " +
        "« Le papier remplace le plastique, et on appelle ça de la réduction des déchets », ironise " +
        "Léa Morin, du Bureau européen de l’environnement.",
    ],
    quotes: [
      ["ambitieux mais applicable", "Pascale Hoffmann-Duret"],
      [
        "Nous avons protégé les petits producteurs sans renoncer à l’objectif. C’est ça, une Europe qui " +
          "protège",
        "Pascale Hoffmann-Duret",
      ],
      ["on impose aux restaurateurs des obligations que personne n’a chiffrées", "Markus Pieper-Lang"],
      [
        "Sans accord avant les élections, le texte serait mort. Personne ne voulait rouvrir ce dossier",
        "un diplomate européen",
      ],
      ["trop larges", "Les ONG environnementales"],
      ["Le papier remplace le plastique, et on appelle ça de la réduction des déchets", "Léa Morin"],
    ],
  },
];

runArticles("fr", ARTICLES);
