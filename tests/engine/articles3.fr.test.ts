// A third round of composed French articles, written before the engine was run on them, in the
// styles of outlets and beats the first two rounds (articles.fr, articles2.fr) did not use: regional
// papers of the south-west (a flood, the grape harvest, rugby), Nice faits divers « selon nos
// informations », francophone Africa for RFI and Jeune Afrique (a government spokesman, opponents, an
// NGO, the IMF), Québec city politics (« la mairesse », « en point de presse »), a strike in
// L’Humanité, rolling radio and TV interviews with the journalist’s question quoted, a Paris Match
// portrait, Courrier international’s quotes translated from foreign papers, a medical study, court
// decisions that « estiment », Roland-Garros, schools, and a story told in the conditional. Every
// article is invented for these tests; speakers follow the corpus guidelines (the fullest name the
// article gives, without title; a body or document as named; the shortest description that
// identifies an unnamed source).
import { type ArticleCase, runArticles } from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name: "Sud Ouest, inondations : « témoigne une sinistrée » au prénom, le maire et l’élu, la préfète",
    headline: "Crue de la Garonne : « L’eau est montée en une heure »",
    paragraphs: [
      "La Garonne a atteint 9,20 mètres à Marmande dans la nuit de dimanche à lundi, un niveau inédit " +
        "depuis 1981. À Couthures-sur-Garonne, une quarantaine d’habitations ont été évacuées par les " +
        "pompiers.",
      "« L’eau est montée en une heure. On a juste eu le temps de monter les papiers à l’étage », témoigne " +
        "une sinistrée, Josiane, 72 ans, réfugiée chez sa fille à Tonneins.",
      "Le maire de la commune, Philippe Garrigues, a passé la nuit sur la digue. « Les bénévoles ont été " +
        "formidables. Sans eux, on aurait eu des drames », souligne l’élu, qui réclame le classement en " +
        "catastrophe naturelle.",
      "La préfète de Lot-et-Garonne, venue constater les dégâts lundi matin, a promis une procédure « " +
        "accélérée ». « L’État sera aux côtés des sinistrés », a-t-elle assuré, sans avancer de calendrier.",
      "Chez les agriculteurs, l’inquiétude porte sur les parcelles de maïs et de tabac restées sous l’eau. " +
        "« Tout ce qui était semé est perdu », résume Didier Lafon, président de la FDSEA du département.",
      "Selon Vigicrues, la décrue devrait s’amorcer mardi. Mais à Couthures, personne n’ose encore parler " +
        "de fin d’alerte. « On a vu trop de crues repartir », glisse un pompier volontaire.",
    ],
    quotes: [
      ["L’eau est montée en une heure", "Josiane"],
      ["L’eau est montée en une heure. On a juste eu le temps de monter les papiers à l’étage", "Josiane"],
      ["Les bénévoles ont été formidables. Sans eux, on aurait eu des drames", "Philippe Garrigues"],
      ["accélérée", "La préfète de Lot-et-Garonne"],
      ["L’État sera aux côtés des sinistrés", "La préfète de Lot-et-Garonne"],
      ["Tout ce qui était semé est perdu", "Didier Lafon"],
      ["On a vu trop de crues repartir", "un pompier volontaire"],
    ],
  },
  {
    name: "La Dépêche, rugby : manager, ailier par son âge, capitaine sans virgule, deux-points, supporter",
    todo: "«Je n’ai fait que finir le travail des avants» goes to Jérôme Lassalle, not Mathis Carrère",
    headline: "Top 14 : le Stade toulousain arrache la victoire à Castres",
    paragraphs: [
      "Il a fallu attendre la 77e minute et un essai de Mathis Carrère pour voir Toulouse passer devant " +
        "(24-21), samedi soir au stade Pierre-Fabre. « On savait que ce serait un combat. Castres ne lâche " +
        "jamais chez lui », a reconnu le manager toulousain, Jérôme Lassalle, en conférence de presse.",
      "Le héros du soir, lui, gardait la tête froide. « Je n’ai fait que finir le travail des avants », a " +
        "assuré l’ailier de 22 ans au micro de Canal+.",
      "Côté castrais, la déception était immense. « On mène pendant 70 minutes et on se fait punir sur une " +
        "erreur de placement. Ça fait mal », a pesté le capitaine Thibault Marty.",
      "Son entraîneur, Pierre-Henri Sabadie, s’en est pris à l’arbitrage de la dernière mêlée : « Je n’ai " +
        "jamais vu une pénalité sifflée comme ça. Je demanderai des explications. »",
      "Dans les tribunes, les supporters castrais ont longuement sifflé le trio arbitral. « C’est toujours " +
        "pareil avec les gros », enrageait Bernard, abonné depuis trente ans.",
    ],
    quotes: [
      ["On savait que ce serait un combat. Castres ne lâche jamais chez lui", "Jérôme Lassalle"],
      ["Je n’ai fait que finir le travail des avants", "Mathis Carrère"],
      [
        "On mène pendant 70 minutes et on se fait punir sur une erreur de placement. Ça fait mal",
        "Thibault Marty",
      ],
      [
        "Je n’ai jamais vu une pénalité sifflée comme ça. Je demanderai des explications.",
        "Pierre-Henri Sabadie",
      ],
      ["C’est toujours pareil avec les gros", "Bernard"],
    ],
  },
  {
    name: "Sud Ouest, vendanges : fragment au titre, suite sans verbe, « parle d’ », viticulteur anonyme",
    headline: "Vendanges dans le Bordelais : une récolte en baisse mais « un très beau millésime »",
    paragraphs: [
      "Les sécateurs se sont mis au travail dès la fin août dans l’Entre-deux-Mers, avec deux semaines " +
        "d’avance sur le calendrier habituel. Les volumes seront en baisse d’environ 20 %, selon les " +
        "premières estimations de la chambre d’agriculture de la Gironde.",
      "« La grêle de juin nous a pris un tiers de la récolte sur certaines parcelles », explique Hélène " +
        "Dubourdieu, qui exploite 35 hectares à Créon avec son frère. « Mais ce qui reste est magnifique. »",
      "Au château Larrivet, le maître de chai, Olivier Bastide, parle d’« un très beau millésime », " +
        "comparable selon lui à 2016. « Les raisins sont sains, les peaux épaisses, l’acidité est là », " +
        "détaille-t-il en goûtant un moût de merlot.",
      "Le recrutement de saisonniers reste un casse-tête. « Cette année encore, il m’a manqué une dizaine " +
        "de coupeurs », regrette un viticulteur de Saint-Émilion, qui préfère taire son nom.",
      "Pour le Conseil interprofessionnel du vin de Bordeaux, la baisse des volumes n’est pas une mauvaise " +
        "nouvelle dans un marché saturé. « Moins de vin, c’est aussi moins de stocks à écouler », " +
        "reconnaît son président, Bernard Fargues.",
    ],
    quotes: [
      ["La grêle de juin nous a pris un tiers de la récolte sur certaines parcelles", "Hélène Dubourdieu"],
      ["Mais ce qui reste est magnifique.", "Hélène Dubourdieu"],
      ["un très beau millésime", "Olivier Bastide"],
      ["Les raisins sont sains, les peaux épaisses, l’acidité est là", "Olivier Bastide"],
      ["Cette année encore, il m’a manqué une dizaine de coupeurs", "un viticulteur de Saint-Émilion"],
      ["Moins de vin, c’est aussi moins de stocks à écouler", "Bernard Fargues"],
    ],
  },
  {
    name: "Nice-Matin, faits divers : « selon nos informations », sa fille, une voisine, une source",
    headline: "Nice : un septuagénaire agressé chez lui, deux suspects interpellés",
    paragraphs: [
      "Deux hommes de 19 et 23 ans ont été interpellés mercredi soir dans le quartier de l’Ariane, " +
        "soupçonnés d’avoir violemment agressé un retraité de 74 ans à son domicile du boulevard de " +
        "Cimiez, samedi dernier. Selon nos informations, ils se seraient fait passer pour des agents d’une " +
        "société de gaz.",
      "La victime, frappée au visage, a été hospitalisée à Pasteur 2. « Il a ouvert parce qu’ils avaient " +
        "des badges et un gilet orange. Qui se méfie de ça ? », s’indigne sa fille, jointe par téléphone.",
      "Une voisine dit avoir entendu des cris vers 15 heures. « J’ai cru à une dispute, je n’ai pas " +
        "appelé. Je m’en veux terriblement », confie-t-elle.",
      "Le parquet de Nice a ouvert une information judiciaire pour vol avec violence sur personne " +
        "vulnérable. « Les deux mis en cause contestent les faits », a précisé le procureur de la " +
        "République, Damien Martinelli, lors d’un point presse jeudi.",
      "Selon une source policière, le duo pourrait être lié à une série de faits similaires commis depuis " +
        "l’été à Nice et à Cagnes-sur-Mer. « On a au moins cinq plaintes avec le même mode opératoire », " +
        "indique cette source.",
      "La police rappelle qu’aucun fournisseur d’énergie n’intervient à domicile sans rendez-vous.",
    ],
    quotes: [
      ["Il a ouvert parce qu’ils avaient des badges et un gilet orange. Qui se méfie de ça ?", "sa fille"],
      ["J’ai cru à une dispute, je n’ai pas appelé. Je m’en veux terriblement", "Une voisine"],
      ["Les deux mis en cause contestent les faits", "Damien Martinelli"],
      ["On a au moins cinq plaintes avec le même mode opératoire", "une source policière"],
    ],
  },
  {
    name: "RFI, Afrique : « a indiqué à RFI le porte-parole », opposant, diplomate, une ONG, commerçante",
    headline: "Tchad : les élections locales reportées, l’opposition dénonce « un passage en force »",
    paragraphs: [
      "Le gouvernement tchadien a annoncé lundi le report sine die des élections locales prévues en mars. " +
        "« Les conditions sécuritaires ne permettent pas d’organiser un scrutin crédible dans l’ensemble " +
        "du pays », a indiqué à RFI le porte-parole du gouvernement, Abakar Mahamat Issa.",
      "Le porte-parole a assuré que ce report serait « de courte durée », sans avancer de nouvelle date.",
      "L’opposition, elle, crie au passage en force. « C’est un coup de plus porté à la démocratie. Le " +
        "pouvoir a peur des urnes », fustige Ahmat Hassan Kodbé, président du Rassemblement pour le " +
        "changement.",
      "Joint par RFI à N’Djamena, un diplomate occidental juge la décision « prévisible » mais « " +
        "regrettable ».",
      "L’ONG Amnesty International s’inquiète pour sa part des arrestations qui ont précédé l’annonce. « " +
        "Au moins douze membres de partis d’opposition ont été interpellés depuis début janvier, sans " +
        "qu’aucune charge ne leur soit notifiée », affirme l’organisation dans un communiqué publié mardi.",
      "Au grand marché de la capitale, l’annonce a été accueillie avec indifférence. « Les élections, ça " +
        "ne change rien à nos prix », lâche Fatimé, vendeuse de tissus.",
    ],
    quotes: [
      ["un passage en force", "l’opposition"],
      [
        "Les conditions sécuritaires ne permettent pas d’organiser un scrutin crédible dans l’ensemble du " +
          "pays",
        "Abakar Mahamat Issa",
      ],
      ["de courte durée", "Abakar Mahamat Issa"],
      ["C’est un coup de plus porté à la démocratie. Le pouvoir a peur des urnes", "Ahmat Hassan Kodbé"],
      ["prévisible", "un diplomate occidental"],
      ["regrettable", "un diplomate occidental"],
      [
        "Au moins douze membres de partis d’opposition ont été interpellés depuis début janvier, sans " +
          "qu’aucune charge ne leur soit notifiée",
        "Amnesty International",
      ],
      ["Les élections, ça ne change rien à nos prix", "Fatimé"],
    ],
  },
  {
    name: "Jeune Afrique, économie : ministre au pronom, « l’élu de », haut fonctionnaire, FMI, patronat",
    headline: "Cameroun : le ministre des Finances défend un budget sous surveillance",
    paragraphs: [
      "Devant les députés, mardi à Yaoundé, le ministre des Finances, Louis-Paul Ngoua, a défendu un " +
        "budget 2027 en hausse de 8 %. « Nous tenons nos engagements vis-à-vis du FMI sans sacrifier " +
        "l’investissement public », a-t-il affirmé.",
      "« Ce budget est un budget de campagne électorale. Il n’y a rien pour les régions anglophones », a " +
        "tancé l’élu de Bamenda, Célestin Mbarga Owona, du Social Democratic Front (SDF).",
      "Selon un haut fonctionnaire du ministère, joint par Jeune Afrique, les marges de manœuvre restent « " +
        "extrêmement étroites ». « Le service de la dette absorbe près d’un quart des recettes. Chaque " +
        "franc est compté », confie-t-il sous couvert d’anonymat.",
      "Du côté des bailleurs, on se montre prudent. La représentante résidente du FMI, Ingrid Van der " +
        "Berg, a salué « des progrès réels dans la mobilisation des recettes », tout en appelant à « " +
        "poursuivre l’assainissement des entreprises publiques ».",
      "Le patronat, lui, attend des gestes. « Les arriérés intérieurs de l’État étranglent nos PME », " +
        "rappelle le Groupement inter-patronal du Cameroun (Gicam) dans une note transmise à la rédaction.",
    ],
    quotes: [
      [
        "Nous tenons nos engagements vis-à-vis du FMI sans sacrifier l’investissement public",
        "Louis-Paul Ngoua",
      ],
      [
        "Ce budget est un budget de campagne électorale. Il n’y a rien pour les régions anglophones",
        "Célestin Mbarga Owona",
      ],
      ["extrêmement étroites", "un haut fonctionnaire du ministère"],
      [
        "Le service de la dette absorbe près d’un quart des recettes. Chaque franc est compté",
        "un haut fonctionnaire du ministère",
      ],
      ["des progrès réels dans la mobilisation des recettes", "Ingrid Van der Berg"],
      ["poursuivre l’assainissement des entreprises publiques", "Ingrid Van der Berg"],
      ["Les arriérés intérieurs de l’État étranglent nos PME", "le Groupement inter-patronal du Cameroun"],
    ],
  },
  {
    name: "La Presse, Québec : la mairesse, « a lancé en point de presse », « a-t-elle martelé », Mme X",
    headline: "Déneigement : la mairesse de Montréal promet des correctifs",
    paragraphs: [
      "Au lendemain d’une tempête qui a laissé 40 centimètres de neige sur la métropole, la mairesse de " +
        "Montréal, Isabelle Gagnon-Lacroix, a reconnu que les opérations de déneigement avaient « connu " +
        "des ratés ». « Je comprends la colère des citoyens. On va faire mieux », a-t-elle lancé en point " +
        "de presse, jeudi matin.",
      "Plusieurs arrondissements n’avaient toujours pas vu passer une souffleuse 48 heures après la fin " +
        "des précipitations. « Je suis restée prise dans mon entrée pendant deux jours, avec mes deux " +
        "enfants », raconte Marie-Ève Tremblay, résidante de Rosemont–La Petite-Patrie.",
      "L’opposition officielle à l’hôtel de ville n’a pas tardé à réagir. « La mairesse savait depuis " +
        "l’automne que les contrats n’étaient pas tous signés. Elle a préféré fermer les yeux », a accusé " +
        "le chef d’Ensemble Montréal, Patrick Ouimet.",
      "Questionnée à ce sujet, Mme Gagnon-Lacroix a rejeté ces accusations. « C’est faux. Les contrats " +
        "étaient signés, mais deux entrepreneurs n’ont pas livré », a-t-elle martelé.",
      "Le syndicat des cols bleus, lui, pointe le manque d’effectifs. « On nous demande de faire le même " +
        "travail avec 15 % moins de monde qu’il y a cinq ans », dénonce son président, Luc Bergeron.",
      "La Ville présentera un bilan des opérations au conseil municipal du 17 février.",
    ],
    quotes: [
      ["connu des ratés", "Isabelle Gagnon-Lacroix"],
      ["Je comprends la colère des citoyens. On va faire mieux", "Isabelle Gagnon-Lacroix"],
      [
        "Je suis restée prise dans mon entrée pendant deux jours, avec mes deux enfants",
        "Marie-Ève Tremblay",
      ],
      [
        "La mairesse savait depuis l’automne que les contrats n’étaient pas tous signés. Elle a préféré " +
          "fermer les yeux",
        "Patrick Ouimet",
      ],
      [
        "C’est faux. Les contrats étaient signés, mais deux entrepreneurs n’ont pas livré",
        "Isabelle Gagnon-Lacroix",
      ],
      [
        "On nous demande de faire le même travail avec 15 % moins de monde qu’il y a cinq ans",
        "Luc Bergeron",
      ],
    ],
  },
  {
    name: "L’Humanité, grève : assemblée générale, « selon la CGT », la direction en fragments, gréviste",
    headline: "Raffinerie de Donges : la grève reconduite en assemblée générale",
    paragraphs: [
      "Réunis en assemblée générale jeudi matin devant les grilles de la raffinerie, près de 300 salariés " +
        "ont voté à main levée la reconduction de la grève pour 48 heures. « On ne lâchera rien tant que " +
        "la direction n’aura pas ouvert de vraies négociations sur les salaires », lance Fabien Guérin, " +
        "délégué CGT du site, sous les applaudissements.",
      "Selon la CGT, le mouvement est suivi par 80 % des opérateurs postés. Un chiffre contesté par la " +
        "direction du groupe, qui évoque « moins de 40 % de grévistes ».",
      "Sur le piquet de grève, l’ambiance reste combative. « Avec l’inflation, j’ai perdu l’équivalent " +
        "d’un mois de salaire en deux ans. Et pendant ce temps, le groupe verse 14 milliards à ses " +
        "actionnaires », s’emporte Samia, opératrice depuis douze ans.",
      "La direction, contactée par l’Humanité, « regrette » un mouvement qu’elle juge « disproportionné » " +
        "et rappelle avoir proposé une hausse générale de 3,5 %. « C’est une aumône », réplique Fabien " +
        "Guérin.",
      "La fédération appelle désormais à étendre le mouvement aux autres sites du groupe. « Si Feyzin et " +
        "Gonfreville suivent, le gouvernement ne pourra plus faire semblant de ne pas voir », prévient " +
        "Nathalie Robin, secrétaire fédérale de la FNIC-CGT.",
    ],
    quotes: [
      [
        "On ne lâchera rien tant que la direction n’aura pas ouvert de vraies négociations sur les salaires",
        "Fabien Guérin",
      ],
      ["moins de 40 % de grévistes", "la direction du groupe"],
      [
        "Avec l’inflation, j’ai perdu l’équivalent d’un mois de salaire en deux ans. Et pendant ce temps, " +
          "le groupe verse 14 milliards à ses actionnaires",
        "Samia",
      ],
      ["regrette", "la direction du groupe"],
      ["disproportionné", "la direction du groupe"],
      ["C’est une aumône", "Fabien Guérin"],
      [
        "Si Feyzin et Gonfreville suivent, le gouvernement ne pourra plus faire semblant de ne pas voir",
        "Nathalie Robin",
      ],
    ],
  },
  {
    name: "BFMTV, RTL, Europe 1 : « invitée de BFMTV », question du journaliste, « a estimé sur RTL »",
    headline: "Retraites : « Il n’y aura pas de nouveau report de l’âge », assure la ministre du Travail",
    paragraphs: [
      "Invitée de BFMTV ce dimanche, la ministre du Travail, Agnès Morel-Duval, a exclu tout nouveau recul " +
        "de l’âge légal de départ. « Il n’y aura pas de nouveau report de l’âge, je le dis clairement », " +
        "a-t-elle assuré.",
      "« Vous vous y engagez pour toute la durée du quinquennat ? », lui a demandé le journaliste. « Oui, " +
        "pour toute la durée du quinquennat », a répondu la ministre.",
      "Un engagement accueilli avec scepticisme par les syndicats. « On a déjà entendu ça en 2019 », a " +
        "estimé sur RTL le secrétaire général de Force ouvrière, Thierry Lebrun.",
      "Sur Europe 1, le sénateur LR Bruno Castagnet a jugé au contraire qu’il faudrait « avoir le courage " +
        "d’aller jusqu’à 65 ans ». « Tous nos voisins l’ont fait. Nous ne pourrons pas y échapper », " +
        "a-t-il insisté.",
      "Le Rassemblement national, par la voix de son vice-président Matthieu Lacroix, a dénoncé « un " +
        "enfumage ». « Le gouvernement ne tient jamais ses promesses sur les retraites », a-t-il déclaré " +
        "sur franceinfo.",
    ],
    quotes: [
      ["Il n’y aura pas de nouveau report de l’âge", "Agnès Morel-Duval"],
      ["Il n’y aura pas de nouveau report de l’âge, je le dis clairement", "Agnès Morel-Duval"],
      ["Vous vous y engagez pour toute la durée du quinquennat ?", "le journaliste"],
      ["Oui, pour toute la durée du quinquennat", "Agnès Morel-Duval"],
      ["On a déjà entendu ça en 2019", "Thierry Lebrun"],
      ["avoir le courage d’aller jusqu’à 65 ans", "Bruno Castagnet"],
      ["Tous nos voisins l’ont fait. Nous ne pourrons pas y échapper", "Bruno Castagnet"],
      ["un enfumage", "Matthieu Lacroix"],
      ["Le gouvernement ne tient jamais ses promesses sur les retraites", "Matthieu Lacroix"],
    ],
  },
  {
    name: "Paris Match, people : titre cité, « confie-t-elle », « nous raconte-t-elle », amie, titre de film",
    headline: "Léa Fontanel : « Devenir mère m’a réconciliée avec mon enfance »",
    paragraphs: [
      "Elle nous reçoit dans sa maison du Luberon, entre deux tournages. À 38 ans, Léa Fontanel vient de " +
        "donner naissance à son premier enfant, une petite Rose. « Devenir mère m’a réconciliée avec mon " +
        "enfance », confie-t-elle en servant le thé.",
      "L’actrice a longtemps gardé le silence sur son père, parti quand elle avait six ans. « Je lui ai " +
        "écrit une lettre l’an dernier. Il ne m’a jamais répondu, et j’ai fini par l’accepter », nous " +
        "raconte-t-elle, la voix posée.",
      "Son compagnon, le chef Antoine Delmas, veille sur la petite dans la pièce voisine. « Léa est une " +
        "lionne. Elle ne lâche jamais rien », sourit-il.",
      "Ses proches décrivent une femme plus apaisée. « Elle a enfin appris à dire non », glisse une amie " +
        "d’enfance, présente ce jour-là.",
      "Son prochain film, « Les Heures claires », sortira en mars. Le réalisateur, Julien Sarrazin, ne " +
        "tarit pas d’éloges : « Léa a une justesse rare. On ne la dirige pas, on la suit. »",
    ],
    quotes: [
      ["Devenir mère m’a réconciliée avec mon enfance", "Léa Fontanel"],
      [
        "Je lui ai écrit une lettre l’an dernier. Il ne m’a jamais répondu, et j’ai fini par l’accepter",
        "Léa Fontanel",
      ],
      ["Léa est une lionne. Elle ne lâche jamais rien", "Antoine Delmas"],
      ["Elle a enfin appris à dire non", "une amie d’enfance"],
      ["Léa a une justesse rare. On ne la dirige pas, on la suit.", "Julien Sarrazin"],
    ],
  },
  {
    name: "Courrier international : « a déclaré au New York Times », « cité par le Guardian », un éditorial",
    headline: "États-Unis : la guerre de l’eau du Colorado divise l’Ouest",
    paragraphs: [
      "La gouverneure démocrate de l’Arizona, Maria Delgado, ne décolère pas contre le plan fédéral de " +
        "partage des eaux du Colorado. « C’est une déclaration de guerre contre les agriculteurs de " +
        "l’Arizona », a-t-elle déclaré au New York Times, qui consacre sa une à la crise.",
      "Le quotidien new-yorkais rappelle que le fleuve a perdu près d’un cinquième de son débit en vingt " +
        "ans. « Il n’y a tout simplement plus assez d’eau pour tout le monde », résume un hydrologue de " +
        "l’université d’Utah, cité par le journal.",
      "À Washington, le secrétaire à l’Intérieur, Daniel Whitaker, défend sa copie. « Nous avons demandé " +
        "des sacrifices à chaque État, pas seulement à l’Arizona », a-t-il affirmé, cité par le Guardian.",
      "Le Los Angeles Times, de son côté, salue dans un éditorial « un compromis imparfait mais nécessaire " +
        "».",
      "Dans les fermes de la vallée de Yuma, l’inquiétude domine. « Si on nous coupe l’eau, on vend la " +
        "ferme. Il n’y a pas de plan B », confie au Washington Post Roberto Salinas, producteur de laitues.",
    ],
    quotes: [
      ["C’est une déclaration de guerre contre les agriculteurs de l’Arizona", "Maria Delgado"],
      [
        "Il n’y a tout simplement plus assez d’eau pour tout le monde",
        "un hydrologue de l’université d’Utah",
      ],
      ["Nous avons demandé des sacrifices à chaque État, pas seulement à l’Arizona", "Daniel Whitaker"],
      ["un compromis imparfait mais nécessaire", "Le Los Angeles Times"],
      ["Si on nous coupe l’eau, on vend la ferme. Il n’y a pas de plan B", "Roberto Salinas"],
    ],
  },
  {
    name: "Sciences et Avenir : « selon une étude publiée dans », « explique le premier auteur »",
    headline: "Le café réduirait le risque de maladie de Parkinson",
    paragraphs: [
      "Boire trois tasses de café par jour serait associé à un risque de maladie de Parkinson réduit de 30 " +
        "%, selon une étude publiée dans The Lancet Neurology et portant sur plus de 180 000 adultes " +
        "suivis pendant vingt ans.",
      "« L’effet protecteur est net, et il augmente avec la consommation jusqu’à quatre tasses », explique " +
        "le premier auteur, Markus Lindqvist, épidémiologiste à l’Institut Karolinska de Stockholm.",
      "Les chercheurs soupçonnent la caféine de protéger les neurones producteurs de dopamine. Mais " +
        "l’étude, observationnelle, « ne permet pas d’établir de lien de cause à effet », préviennent les " +
        "auteurs dans leur article.",
      "Pour la neurologue Claire Bonnefoy, du CHU de Lille, qui n’a pas participé aux travaux, ces " +
        "résultats sont « solides mais pas surprenants ». « Ce n’est pas une raison pour se mettre au café " +
        "si on ne le supporte pas », tempère-t-elle.",
      "L’association France Parkinson salue des travaux « encourageants », tout en rappelant que la " +
        "maladie touche près de 270 000 personnes en France.",
    ],
    quotes: [
      [
        "L’effet protecteur est net, et il augmente avec la consommation jusqu’à quatre tasses",
        "Markus Lindqvist",
      ],
      ["ne permet pas d’établir de lien de cause à effet", "les auteurs"],
      ["solides mais pas surprenants", "Claire Bonnefoy"],
      ["Ce n’est pas une raison pour se mettre au café si on ne le supporte pas", "Claire Bonnefoy"],
      ["encourageants", "France Parkinson"],
    ],
  },
  {
    name: "Décisions de justice : « estime le Conseil dans sa décision », les Sages, « on » au ministère",
    todo:
      "«entouré cette mesure de garanties suffisantes» goes to Les Sages, not le Conseil " +
      "constitutionnel; «prend acte» not found",
    headline: "Le Conseil constitutionnel censure en partie la loi sur la sûreté dans les transports",
    paragraphs: [
      "Saisi par plus de soixante députés de gauche, le Conseil constitutionnel a censuré jeudi six " +
        "articles de la loi relative à la sûreté dans les transports. Le recours aux caméras-piétons par " +
        "les agents de contrôle « porte une atteinte disproportionnée au droit au respect de la vie privée " +
        "», estime le Conseil dans sa décision.",
      "Les Sages ont en revanche validé l’extension des palpations de sécurité, jugeant que le législateur " +
        "avait « entouré cette mesure de garanties suffisantes ».",
      "« C’est une victoire pour les libertés publiques », s’est félicitée la députée écologiste Léa " +
        "Marchand, l’une des signataires du recours.",
      "Au ministère des Transports, on « prend acte » de la décision. « L’essentiel du texte est validé. " +
        "Les agents disposeront de nouveaux outils dès cet été », a réagi le ministre, Philippe Arnaud, " +
        "dans un communiqué.",
      "Dans une décision distincte rendue le même jour, le Conseil d’État a suspendu un arrêté préfectoral " +
        "interdisant les rassemblements autour de la gare du Nord. La mesure, « générale et absolue », " +
        "n’était « ni nécessaire ni proportionnée », juge la haute juridiction administrative.",
    ],
    quotes: [
      [
        "porte une atteinte disproportionnée au droit au respect de la vie privée",
        "le Conseil constitutionnel",
      ],
      ["entouré cette mesure de garanties suffisantes", "le Conseil constitutionnel"],
      ["C’est une victoire pour les libertés publiques", "Léa Marchand"],
      ["prend acte", "le ministère des Transports"],
      [
        "L’essentiel du texte est validé. Les agents disposeront de nouveaux outils dès cet été",
        "Philippe Arnaud",
      ],
      ["générale et absolue", "le Conseil d’État"],
      ["ni nécessaire ni proportionnée", "le Conseil d’État"],
    ],
  },
  {
    name: "Roland-Garros : « a raconté la Française », joueuse au prénom, entraîneur, l’Américaine battue",
    headline: "Roland-Garros : Chloé Martinet fait tomber la tête de série numéro 3",
    paragraphs: [
      "Chloé Martinet a signé la plus belle victoire de sa carrière, mercredi sur le court " +
        "Suzanne-Lenglen, en battant l’Américaine Jessica Holloway (6-4, 3-6, 7-5). « Je crois que je n’ai " +
        "pas encore réalisé. Quand la balle est sortie, j’ai juste entendu le bruit du public », a raconté " +
        "la Française en conférence de presse.",
      "À 21 ans, la Lyonnaise, 68e mondiale, disputera le troisième tour pour la première fois. « Chloé a " +
        "osé jouer son jeu jusqu’au bout, c’est ce qui me rend le plus fier », a salué son entraîneur, " +
        "Franck Aubry.",
      "Interrogée sur la pression du public français, Chloé a souri : « Franchement, ça me porte plus que " +
        "ça ne me pèse. »",
      "Battue, Jessica Holloway n’a pas cherché d’excuses. « Elle a mieux joué les points importants. " +
        "C’est aussi simple que ça », a reconnu l’Américaine, qui visait au moins les quarts de finale.",
      "Au prochain tour, Martinet affrontera la Tchèque Petra Novotná. « Je l’ai jouée deux fois chez les " +
        "juniors. Je sais ce qui m’attend », a prévenu la Française.",
    ],
    quotes: [
      [
        "Je crois que je n’ai pas encore réalisé. Quand la balle est sortie, j’ai juste entendu le bruit " +
          "du public",
        "Chloé Martinet",
      ],
      ["Chloé a osé jouer son jeu jusqu’au bout, c’est ce qui me rend le plus fier", "Franck Aubry"],
      ["Franchement, ça me porte plus que ça ne me pèse.", "Chloé Martinet"],
      ["Elle a mieux joué les points importants. C’est aussi simple que ça", "Jessica Holloway"],
      ["Je l’ai jouée deux fois chez les juniors. Je sais ce qui m’attend", "Chloé Martinet"],
    ],
  },
  {
    name: "Éducation : FCPE, une enseignante anonyme, le recteur puis « a-t-il justifié », un père, le maire",
    headline: "Fermetures de classes : à Montauban, les parents occupent l’école Jean-Jaurès",
    paragraphs: [
      "Depuis lundi, une trentaine de parents d’élèves se relaient jour et nuit dans les locaux de l’école " +
        "élémentaire Jean-Jaurès, menacée de perdre deux classes à la rentrée. « On ne partira pas tant " +
        "que le rectorat ne sera pas revenu sur sa décision », prévient Karima Benali, présidente de la " +
        "FCPE locale.",
      "Dans les classes restantes, les effectifs passeraient à 29 élèves. « Avec des enfants qui ne " +
        "parlent pas encore bien français et trois élèves en situation de handicap, c’est intenable », " +
        "explique une enseignante de CE1, qui souhaite rester anonyme.",
      "Le recteur de l’académie de Toulouse, Éric Lamarque, a défendu mardi une décision « purement " +
        "arithmétique ». « Le département a perdu 1 200 élèves en trois ans. Nous devons ajuster les " +
        "moyens », a-t-il justifié devant la presse.",
      "Une explication qui ne passe pas auprès des familles. « Nos enfants ne sont pas des chiffres dans " +
        "un tableur », lance un père, venu avec ses deux fils.",
      "Le maire, Bernard Castelnau, a apporté son soutien aux parents : la ville « est prête à mettre des " +
        "locaux à disposition » si les classes sont maintenues.",
    ],
    quotes: [
      ["On ne partira pas tant que le rectorat ne sera pas revenu sur sa décision", "Karima Benali"],
      [
        "Avec des enfants qui ne parlent pas encore bien français et trois élèves en situation de " +
          "handicap, c’est intenable",
        "une enseignante de CE1",
      ],
      ["purement arithmétique", "Éric Lamarque"],
      ["Le département a perdu 1 200 élèves en trois ans. Nous devons ajuster les moyens", "Éric Lamarque"],
      ["Nos enfants ne sont pas des chiffres dans un tableur", "un père"],
      ["est prête à mettre des locaux à disposition", "Bernard Castelnau"],
    ],
  },
  {
    name: "Récit au conditionnel : « aurait lâché le président, selon un participant », un proche, démenti",
    headline: "Conseil des ministres : la colère froide du président contre Bercy",
    paragraphs: [
      "La scène s’est déroulée mercredi, à huis clos, au terme d’un Conseil des ministres tendu. « Je ne " +
        "veux plus lire dans la presse ce que je découvre en conseil », aurait lâché le président de la " +
        "République, selon un participant.",
      "Visé, le ministre de l’Économie, Arnaud Delcourt, n’aurait pas répondu. Un de ses proches assure " +
        "qu’il « n’a rien à se reprocher » et que les fuites « viennent d’ailleurs ».",
      "Selon plusieurs témoins, la Première ministre, Hélène Carrère, serait intervenue pour calmer le " +
        "jeu. « Nous sommes une équipe, et une équipe ne règle pas ses comptes dans les journaux », " +
        "aurait-elle déclaré.",
      "Interrogé à la sortie, le porte-parole du gouvernement, Mathieu Lefort, a démenti toute tension. « " +
        "Le Conseil s’est déroulé dans un excellent climat, comme toujours », a-t-il assuré, sourire aux " +
        "lèvres.",
      "Un ministre, lui, résume l’ambiance autrement : « On aurait entendu une mouche voler. »",
    ],
    quotes: [
      ["Je ne veux plus lire dans la presse ce que je découvre en conseil", "le président de la République"],
      ["n’a rien à se reprocher", "Un de ses proches"],
      ["viennent d’ailleurs", "Un de ses proches"],
      ["Nous sommes une équipe, et une équipe ne règle pas ses comptes dans les journaux", "Hélène Carrère"],
      ["Le Conseil s’est déroulé dans un excellent climat, comme toujours", "Mathieu Lefort"],
      ["On aurait entendu une mouche voler.", "Un ministre"],
    ],
  },
];

runArticles("fr", ARTICLES);
