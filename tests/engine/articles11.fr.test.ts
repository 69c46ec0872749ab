// An eleventh round of composed French articles, in the styles of outlets and beats the first ten rounds
// (articles.fr to articles10.fr) did not use: freezing rain and power cuts around Québec City in Le
// Journal de Québec, an elderly couple tied up and robbed in Seraing for Sudinfo, short-time work at a
// watch-case maker in Arcinfo (Neuchâtel), a school year with thousands of schools closed in L’Observateur
// Paalga (Burkina Faso), a medicine shortage raised in parliament in Le Mauricien, sauropod footprints on
// a causse in Science & Vie, the Goncourt des lycéens in ActuaLitté, a former mayor convicted of
// favouritism in La Charente libre, a qualifier won in Garoua for Cameroon Tribune and water cuts before
// a Réunion town council in Le Journal de l’île de La Réunion. Every article was written for these tests,
// before the engine was run on them; speakers follow the corpus guidelines (the fullest name the article
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
      "Le Journal de Québec, verglas : citation au chapô reprise au corps par « le porte-parole " +
      "d’Hydro-Québec », suite sans verbe, maire « a-t-il lancé », retraité, Environnement Canada, " +
      "mot-clic, CIUSSS en fragment, gérant anonyme",
    headline: "Verglas : plus de 300 000 clients privés d’électricité dans la région de Québec",
    standfirst:
      "Des centaines d’arbres ont cédé sous le poids de la glace. « Certains clients pourraient " +
      "rester dans le noir jusqu’à jeudi », prévient le porte-parole d’Hydro-Québec.",
    paragraphs: [
      "La pluie verglaçante qui s’est abattue sur la Capitale-Nationale dans la nuit de dimanche " +
        "à lundi a fait tomber des centaines d’arbres sur le réseau. À 18 h lundi, 312 000 clients " +
        "d’Hydro-Québec étaient toujours privés de courant, dont 140 000 sur le territoire de la " +
        "ville de Québec.",
      "« Certains clients pourraient rester dans le noir jusqu’à jeudi », a reconnu en point de " +
        "presse le porte-parole d’Hydro-Québec, Maxime Lévesque-Dion. « Les arbres cèdent encore " +
        "sous le poids de la glace. Chaque fois qu’on rebranche un secteur, une autre ligne tombe. »",
      "Le maire de Québec, Étienne Fortin-Roy, a annoncé l’ouverture de quatre centres " +
        "d’hébergement, dont un à l’aréna de Charlesbourg. « Si vous avez froid, si vous êtes " +
        "seuls, ne restez pas chez vous. Appelez le 311, on va aller vous chercher », a-t-il lancé.",
      "Dans Limoilou, Réjean Caron, 68 ans, a passé la nuit emmitouflé dans trois couvertures. " +
        "« La maison est tombée à 11 degrés. Ma femme est sous oxygène, alors on n’a pas le choix, " +
        "on s’en va chez ma fille à Lévis », raconte le retraité.",
      "Environnement Canada a levé son avertissement de pluie verglaçante en fin d’après-midi, " +
        "mais prévoit « un refroidissement marqué » pour la nuit. « Le verglas ne fondra pas avant " +
        "mercredi. Les branches vont rester chargées, et le risque de bris demeure élevé », " +
        "explique le météorologue Simon Legault.",
      "Sur les réseaux sociaux, plusieurs internautes ont ressorti le mot-clic « Crise du verglas " +
        "2.0 », en référence à l’épisode de 1998. Deux personnes ont été hospitalisées pour une " +
        "intoxication au monoxyde de carbone à Sainte-Foy. Le CIUSSS de la Capitale-Nationale " +
        "rappelle de ne jamais utiliser « une génératrice ou un barbecue à l’intérieur ».",
      "Le gérant d’une épicerie de Beauport, qui a préféré taire son nom, a dû jeter toute sa " +
        "marchandise réfrigérée. « On a perdu au moins 20 000 $ de viande pis de produits " +
        "laitiers », soupire-t-il.",
    ],
    quotes: [
      ["Certains clients pourraient rester dans le noir jusqu’à jeudi", "Maxime Lévesque-Dion"],
      [
        "Les arbres cèdent encore sous le poids de la glace. Chaque fois qu’on rebranche un " +
          "secteur, une autre ligne tombe.",
        "Maxime Lévesque-Dion",
      ],
      [
        "Si vous avez froid, si vous êtes seuls, ne restez pas chez vous. Appelez le 311, on va " +
          "aller vous chercher",
        "Étienne Fortin-Roy",
      ],
      [
        "La maison est tombée à 11 degrés. Ma femme est sous oxygène, alors on n’a pas le choix, " +
          "on s’en va chez ma fille à Lévis",
        "Réjean Caron",
      ],
      ["un refroidissement marqué", "Environnement Canada"],
      [
        "Le verglas ne fondra pas avant mercredi. Les branches vont rester chargées, et le risque " +
          "de bris demeure élevé",
        "Simon Legault",
      ],
      ["une génératrice ou un barbecue à l’intérieur", "Le CIUSSS de la Capitale-Nationale"],
      [
        "On a perdu au moins 20 000 $ de viande pis de produits laitiers",
        "Le gérant d’une épicerie de Beauport",
      ],
    ],
  }),
  {
    name:
      "Sudinfo, faits divers : fragment au titre repris au corps par « Pour lui », fils qui " +
      "« nous a confié », parquet par son porte-parole puis « le magistrat », voisine et " +
      "deux-points, bourgmestre « parle d’ », plan entre guillemets, zone de police",
    todo:
      "a description pointing back to a named spokesman (« ajoute le magistrat ») is returned as " +
      "the description instead of the name",
    headline:
      "Seraing : un couple d’octogénaires ligoté et dépouillé chez lui, « des monstres » pour leur fils",
    paragraphs: [
      "Les faits se sont produits dans la nuit de mardi à mercredi, rue de la Boverie à Seraing. " +
        "Vers 2 h 30, trois individus cagoulés ont forcé la porte arrière d’une maison occupée par " +
        "Joseph et Maria Lentini, 84 et 81 ans. Le couple a été ligoté aux chaises de la cuisine " +
        "pendant près d’une heure.",
      "Leur fils, Salvatore Lentini, a découvert ses parents au petit matin. « Mon père avait le " +
        "visage en sang. Ma mère ne parlait plus, elle tremblait », nous a-t-il confié mercredi " +
        "midi devant la maison familiale. Pour lui, les auteurs sont « des monstres ».",
      "Le parquet de Liège confirme l’ouverture d’une instruction pour vol avec violences et " +
        "séquestration. « Les auteurs ont emporté des bijoux, de l’argent liquide et la carte " +
        "bancaire des victimes, dont ils ont obtenu le code sous la menace », précise son " +
        "porte-parole, Thierry Massart.",
      "Un juge d’instruction a été saisi. « À ce stade, aucune piste n’est privilégiée », ajoute " +
        "le magistrat.",
      "Dans le quartier, l’émotion est vive. Une voisine, qui connaît le couple depuis cinquante " +
        "ans, n’a rien entendu : « Maria, c’est elle qui me faisait mes courses quand je me suis " +
        "cassé la hanche. Qui peut faire ça à des gens comme eux ? »",
      "Le bourgmestre de Seraing, Francis Bekaert (PS), s’est rendu sur place dans la matinée. " +
        "Il annonce des patrouilles renforcées dans le cadre du plan « Seraing sûre » et parle " +
        "d’« un acte d’une lâcheté absolue ».",
      "La zone de police Seraing-Neupré lance un appel à témoins. Toute personne ayant remarqué " +
        "« un véhicule suspect dans le quartier entre 1 h et 4 h » est priée de contacter le " +
        "numéro gratuit 0800 30 300.",
    ],
    quotes: [
      ["des monstres", "Salvatore Lentini"],
      ["Mon père avait le visage en sang. Ma mère ne parlait plus, elle tremblait", "Salvatore Lentini"],
      [
        "Les auteurs ont emporté des bijoux, de l’argent liquide et la carte bancaire des " +
          "victimes, dont ils ont obtenu le code sous la menace",
        "Thierry Massart",
      ],
      ["À ce stade, aucune piste n’est privilégiée", "Thierry Massart"],
      [
        "Maria, c’est elle qui me faisait mes courses quand je me suis cassé la hanche. Qui peut " +
          "faire ça à des gens comme eux ?",
        "Une voisine",
      ],
      ["un acte d’une lâcheté absolue", "Francis Bekaert"],
      ["un véhicule suspect dans le quartier entre 1 h et 4 h", "La zone de police Seraing-Neupré"],
    ],
  },
  withGuillemetSpacing("", {
    name:
      "Arcinfo, horlogerie : guillemets sans espace, citation au chapô par « son directeur » " +
      "reprise, suite sans verbe, « Le patron » et deux-points, label entre guillemets, syndicaliste, " +
      "« Pour X, » en fragment puis pronom, conseiller d’État, ouvrière anonyme",
    todo:
      "in « Pour X, président de …, la baisse s’explique par « … » » the fragment goes to the " +
      "sentence’s subject noun instead of X; a colon quote after an unnamed description (« Une " +
      "polisseuse, rencontrée …, relativise: ») goes to the last person named",
    headline: "Horlogerie: le chômage partiel s’étend dans les Montagnes neuchâteloises",
    standfirst:
      "Le fabricant de boîtes de montres Boillat & Fils, au Locle, place 140 collaborateurs en " +
      "RHT dès février. «Nous n’avons jamais connu une telle chute des commandes», affirme son " +
      "directeur.",
    paragraphs: [
      "Les exportations horlogères suisses ont reculé de 11,4% en décembre, selon les chiffres " +
        "publiés mardi par la Fédération de l’industrie horlogère suisse. Dans l’Arc jurassien, " +
        "les sous-traitants sont les premiers touchés.",
      "«Nous n’avons jamais connu une telle chute des commandes», affirme Laurent Boillat, qui " +
        "dirige l’entreprise familiale fondée par son grand-père en 1952. «Nos clients, des grandes " +
        "marques et des indépendants, ont des stocks pleins jusqu’à l’été. Ils nous demandent de " +
        "tout décaler.»",
      "L’entreprise a obtenu l’autorisation du Service de l’emploi pour réduire l’horaire de " +
        "travail de 40% pendant six mois. Chez Boillat & Fils, tout est fabriqué sur place, et le " +
        "label «Swiss made» n’est pas négociable. Le patron se veut pourtant rassurant: «Il n’y " +
        "aura pas de licenciements. Nos polisseurs ont vingt ans de métier, on ne les retrouvera " +
        "pas quand la reprise viendra.»",
      "Chez Unia, on reste prudent. «La RHT, c’est un amortisseur, pas une solution. On a vu en " +
        "2009 et en 2015 des entreprises qui finissaient par licencier après un an de chômage " +
        "partiel», rappelle Raphaël Jeanneret, secrétaire syndical à La Chaux-de-Fonds.",
      "Pour Yves Bugnon, président de la faîtière, la baisse s’explique avant tout par " +
        "l’effondrement de la demande chinoise et par «la vigueur persistante du franc». «Le " +
        "marché américain tient, mais il ne compensera pas à lui seul le recul de l’Asie», a-t-il " +
        "déclaré lors de la présentation des chiffres à Bienne.",
      "Le conseiller d’État Frédéric Matthey-Doret, chargé de l’Économie, rappelle que le canton " +
        "a déjà traversé des crises. «Les Montagnes ont toujours su rebondir. Mais il faut que la " +
        "Confédération prolonge la durée maximale de la RHT», plaide-t-il.",
      "Une polisseuse, rencontrée à la sortie de l’usine, relativise: «On finit à 14 heures le " +
        "vendredi. Pour l’instant, ça va, mais si ça dure jusqu’à l’automne, ce sera dur avec 80% " +
        "du salaire.»",
    ],
    quotes: [
      ["Nous n’avons jamais connu une telle chute des commandes", "Laurent Boillat"],
      [
        "Nos clients, des grandes marques et des indépendants, ont des stocks pleins jusqu’à " +
          "l’été. Ils nous demandent de tout décaler.",
        "Laurent Boillat",
      ],
      [
        "Il n’y aura pas de licenciements. Nos polisseurs ont vingt ans de métier, on ne les " +
          "retrouvera pas quand la reprise viendra.",
        "Laurent Boillat",
      ],
      [
        "La RHT, c’est un amortisseur, pas une solution. On a vu en 2009 et en 2015 des " +
          "entreprises qui finissaient par licencier après un an de chômage partiel",
        "Raphaël Jeanneret",
      ],
      ["la vigueur persistante du franc", "Yves Bugnon"],
      ["Le marché américain tient, mais il ne compensera pas à lui seul le recul de l’Asie", "Yves Bugnon"],
      [
        "Les Montagnes ont toujours su rebondir. Mais il faut que la Confédération prolonge la " +
          "durée maximale de la RHT",
        "Frédéric Matthey-Doret",
      ],
      [
        "On finit à 14 heures le vendredi. Pour l’instant, ça va, mais si ça dure jusqu’à " +
          "l’automne, ce sera dur avec 80% du salaire.",
        "Une polisseuse",
      ],
    ],
  }),
  {
    name:
      "L’Observateur Paalga, éducation : citation au titre « selon le ministre » reprise, " +
      "banderoles, « a-t-il précisé », proviseur et deux-points, syndicat en sigle puis son " +
      "secrétaire général, déplacée « confie-t-elle », l’UNICEF en deux fragments",
    headline: "Rentrée scolaire : « Aucun enfant déplacé ne doit rester hors de l’école », selon le ministre",
    paragraphs: [
      "La rentrée des classes a eu lieu ce lundi 2 octobre sur l’ensemble du territoire national. " +
        "Mais selon les chiffres du ministère de l’Éducation nationale, 4 212 établissements restent " +
        "fermés pour cause d’insécurité, privant près de 700 000 élèves d’école.",
      "En visite au lycée Philippe-Zinda-Kaboré de Ouagadougou, où des banderoles « Tous à " +
        "l’école » ornaient l’entrée, le ministre de l’Éducation nationale, Aristide Kiemtoré, a " +
        "tenu à rassurer les parents. « Aucun enfant déplacé ne doit rester hors de l’école », a " +
        "martelé le ministre.",
      "Il a annoncé le recrutement de 3 500 enseignants contractuels. « Ils seront affectés en " +
        "priorité à Kaya, Ouahigouya et Fada N’Gourma, où l’afflux d’élèves déplacés est le plus " +
        "fort », a-t-il précisé.",
      "À Kaya, dans le Centre-Nord, la situation est tendue. Le proviseur du lycée provincial, " +
        "Issa Zongo, compte jusqu’à 142 élèves dans certaines classes de sixième : « On met trois " +
        "élèves par table-banc, et il en reste debout au fond. Les enseignants font ce qu’ils " +
        "peuvent. »",
      "Le SNESS n’est pas convaincu par la solution des contractuels. « Recruter des enseignants " +
        "sans les former, c’est sacrifier la qualité de l’enseignement », dénonce son secrétaire " +
        "général, Mahamadi Ouédraogo.",
      "Assise devant une salle de classe de l’école Kaya-Centre B, Aminata Sawadogo, déplacée de " +
        "Barsalogho avec ses cinq enfants, attend l’inscription de ses deux fils. « Là-bas, l’école " +
        "est fermée depuis trois ans. Mon aîné a 12 ans et il ne sait pas encore lire », " +
        "confie-t-elle.",
      "L’UNICEF, qui finance la construction de 300 salles de classe temporaires, salue « des " +
        "efforts réels », mais juge que « les besoins dépassent de loin les moyens disponibles ».",
    ],
    quotes: [
      ["Aucun enfant déplacé ne doit rester hors de l’école", "Aristide Kiemtoré"],
      [
        "Ils seront affectés en priorité à Kaya, Ouahigouya et Fada N’Gourma, où l’afflux " +
          "d’élèves déplacés est le plus fort",
        "Aristide Kiemtoré",
      ],
      [
        "On met trois élèves par table-banc, et il en reste debout au fond. Les enseignants font " +
          "ce qu’ils peuvent.",
        "Issa Zongo",
      ],
      [
        "Recruter des enseignants sans les former, c’est sacrifier la qualité de l’enseignement",
        "Mahamadi Ouédraogo",
      ],
      [
        "Là-bas, l’école est fermée depuis trois ans. Mon aîné a 12 ans et il ne sait pas encore lire",
        "Aminata Sawadogo",
      ],
      ["des efforts réels", "L’UNICEF"],
      ["les besoins dépassent de loin les moyens disponibles", "L’UNICEF"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Mauricien, santé et Parlement : citation au titre « promet X » reprise, question " +
      "rhétorique « ? » a lancé », « le leader de l’opposition », fragment puis suite sans verbe, " +
      "infirmière anonyme, « la sexagénaire », surnom, rapport en deux fragments",
    headline:
      "Pénurie de médicaments : « La situation sera normalisée d’ici trois semaines », promet " +
      "Kugan Ramsamy",
    paragraphs: [
      "La pénurie de médicaments dans les hôpitaux publics s’est invitée mardi à l’Assemblée " +
        "nationale. Lors de la Private Notice Question, le leader de l’opposition, Arvind Bhujun, " +
        "a interrogé le ministre de la Santé, Kugan Ramsamy, sur les ruptures de stock " +
        "d’antihypertenseurs et d’insuline constatées depuis la mi-janvier.",
      "« Des patients diabétiques repartent de l’hôpital Jeetoo avec une ordonnance et rien " +
        "d’autre. Ils doivent acheter leur insuline en pharmacie privée, à Rs 1 800 la boîte. " +
        "Est-ce cela, le service de santé gratuit ? » a lancé le leader de l’opposition.",
      "Le ministre a reconnu des « retards de livraison » imputables à un fournisseur indien, " +
        "tout en rejetant la responsabilité de ses services. « La situation sera normalisée d’ici " +
        "trois semaines », a-t-il affirmé. « Un premier lot de 40 000 flacons d’insuline arrivera " +
        "par avion la semaine prochaine. »",
      "Une infirmière de Rose-Belle, sous couvert d’anonymat, décrit des rationnements devenus " +
        "quotidiens : « On donne aux patients des comprimés pour une semaine au lieu d’un mois. " +
        "Ils doivent revenir, refaire la queue. Les personnes âgées n’en peuvent plus. »",
      "Rencontrée devant l’hôpital de Candos, Marie-Claire Ah-Kee, 63 ans, hypertendue, dit avoir " +
        "dépensé Rs 4 000 en deux semaines. « Avec ma pension, je ne peux pas tenir comme ça. Je " +
        "saute des jours », avoue la sexagénaire.",
      "Les achats passent par la Central Supply Division, surnommée « la boîte noire » du " +
        "ministère. Le rapport du Directeur de l’Audit avait pourtant pointé ses faiblesses dès " +
        "l’an dernier. Il relevait « une planification défaillante des achats » et « l’absence de " +
        "stock de sécurité pour plusieurs médicaments essentiels ».",
      "Arvind Bhujun réclame désormais un audit indépendant de la Central Supply Division. Le " +
        "ministre doit répondre à une nouvelle question parlementaire mardi prochain.",
    ],
    quotes: [
      ["La situation sera normalisée d’ici trois semaines", "Kugan Ramsamy"],
      [
        "Des patients diabétiques repartent de l’hôpital Jeetoo avec une ordonnance et rien " +
          "d’autre. Ils doivent acheter leur insuline en pharmacie privée, à Rs 1 800 la boîte. " +
          "Est-ce cela, le service de santé gratuit ?",
        "Arvind Bhujun",
      ],
      ["retards de livraison", "Kugan Ramsamy"],
      [
        "Un premier lot de 40 000 flacons d’insuline arrivera par avion la semaine prochaine.",
        "Kugan Ramsamy",
      ],
      [
        "On donne aux patients des comprimés pour une semaine au lieu d’un mois. Ils doivent " +
          "revenir, refaire la queue. Les personnes âgées n’en peuvent plus.",
        "Une infirmière de Rose-Belle",
      ],
      ["Avec ma pension, je ne peux pas tenir comme ça. Je saute des jours", "Marie-Claire Ah-Kee"],
      ["une planification défaillante des achats", "Le rapport du Directeur de l’Audit"],
      [
        "l’absence de stock de sécurité pour plusieurs médicaments essentiels",
        "Le rapport du Directeur de l’Audit",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Science & Vie, paléontologie : fragment au chapô « selon les paléontologues » repris par " +
      "« insiste la chercheuse », incise dans les guillemets, suite sans verbe, « selon l’étude », " +
      "chercheur extérieur, découvreur, surnom, maire « promet-il »",
    headline: "Des empreintes de sauropodes géants découvertes sur un causse de l’Aveyron",
    standfirst:
      "Plus de 200 traces, vieilles de 168 millions d’années, ont été mises au jour près de " +
      "Séverac. Un site « exceptionnel par sa densité », selon les paléontologues.",
    paragraphs: [
      "L’histoire commence par une promenade. En septembre 2023, deux naturalistes amateurs, " +
        "Gilles et Nadine Fabre, remarquent des creux réguliers sur une dalle calcaire mise à nu " +
        "par un orage, sur le causse de Sévérac. Ils envoient des photos au Muséum de Toulouse.",
      "« Quand j’ai ouvert le courriel, j’ai tout de suite compris, se souvient Élodie Carrasco, " +
        "paléontologue au Muséum. Des empreintes à trois doigts, on en trouve régulièrement dans " +
        "la région. Mais là, c’étaient de grands ronds de plus d’un mètre : des sauropodes. »",
      "Au total, l’équipe a relevé 212 empreintes réparties en sept pistes, décrites ce mois-ci " +
        "dans la revue Geobios. Certaines mesurent jusqu’à 1,20 m de diamètre. C’est un site " +
        "« exceptionnel par sa densité », insiste la chercheuse. « Sur une surface grande comme " +
        "un terrain de tennis, on voit des animaux qui marchaient côte à côte, probablement en " +
        "troupeau. »",
      "Les pistes parallèles suggèrent un comportement grégaire. Selon l’étude, les animaux se " +
        "déplaçaient « à une vitesse de 4 à 5 km/h, soit celle d’un humain qui marche ».",
      "Ce grégarisme reste toutefois discuté. « Des pistes parallèles peuvent aussi indiquer une " +
        "contrainte du terrain, comme le bord d’un lagon que tous les animaux longeaient. Il faut " +
        "rester prudent », tempère Hugues Vernet, paléoichnologue à l’université de Montpellier, " +
        "qui n’a pas participé aux travaux.",
      "Les traces sont menacées par l’érosion. « Chaque hiver, le gel fait éclater la surface. " +
        "Dans dix ans, une partie aura disparu », alerte Gilles Fabre. L’équipe a donc numérisé " +
        "l’ensemble du site par photogrammétrie.",
      "La commune, propriétaire de la parcelle, envisage un sentier d’interprétation sur ce que " +
        "les habitants surnomment déjà « la piste des géants ». Son maire, Christian Bousquet, se " +
        "veut prudent. « Ce sera un atout pour le tourisme, mais on ne fera rien qui abîme les " +
        "traces », promet-il.",
    ],
    quotes: [
      ["exceptionnel par sa densité", "Élodie Carrasco"],
      [
        "Quand j’ai ouvert le courriel, j’ai tout de suite compris, se souvient Élodie Carrasco, " +
          "paléontologue au Muséum. Des empreintes à trois doigts, on en trouve régulièrement dans " +
          "la région. Mais là, c’étaient de grands ronds de plus d’un mètre : des sauropodes.",
        "Élodie Carrasco",
      ],
      [
        "Sur une surface grande comme un terrain de tennis, on voit des animaux qui marchaient " +
          "côte à côte, probablement en troupeau.",
        "Élodie Carrasco",
      ],
      ["à une vitesse de 4 à 5 km/h, soit celle d’un humain qui marche", "l’étude"],
      [
        "Des pistes parallèles peuvent aussi indiquer une contrainte du terrain, comme le bord " +
          "d’un lagon que tous les animaux longeaient. Il faut rester prudent",
        "Hugues Vernet",
      ],
      ["Chaque hiver, le gel fait éclater la surface. Dans dix ans, une partie aura disparu", "Gilles Fabre"],
      ["Ce sera un atout pour le tourisme, mais on ne fera rien qui abîme les traces", "Christian Bousquet"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "ActuaLitté, prix littéraire : titres de romans entre guillemets au titre et au corps, " +
      "« la romancière » « nous a-t-elle confié », délégué en fragment puis pronom, éditrice, " +
      "« effet lycéen », libraire après le verbe, Académie par communiqué, deux-points",
    headline: "Goncourt des lycéens : Inès Belkacem sacrée pour « Les Heures blanches »",
    standfirst:
      "Réunis à Rennes, les délégués ont couronné jeudi un premier roman, au quatrième tour de " +
      "scrutin et d’une seule voix.",
    paragraphs: [
      "C’est par sept voix contre six que les délégués des classes participantes ont désigné " +
        "jeudi le lauréat du Goncourt des lycéens. Inès Belkacem, 34 ans, l’emporte avec « Les " +
        "Heures blanches » (éditions de l’Olivier), un premier roman qui suit une aide-soignante " +
        "de nuit dans un Ehpad de la banlieue lilloise.",
      "Jointe par téléphone quelques minutes après l’annonce, la romancière avait la voix qui " +
        "tremblait. « Je ne m’y attendais pas du tout. Ce sont des jeunes de 16 ou 17 ans qui ont " +
        "choisi un livre sur la vieillesse et la mort, et je trouve ça bouleversant », nous " +
        "a-t-elle confié.",
      "Porte-parole des délégués, Lucas Hervouët, élève de première au lycée Chateaubriand de " +
        "Rennes, a défendu un choix « serré, mais assumé ». « Ce livre nous a parlé parce que " +
        "beaucoup d’entre nous ont un grand-parent en maison de retraite. On s’est reconnus dans " +
        "la culpabilité de la famille », a-t-il expliqué devant la presse.",
      "Le favori des pronostics, « Nord-Est » de Thomas Rigaud, a échoué d’une voix. Chez " +
        "l’Olivier, on se frotte les mains. « Nous avions tiré le livre à 6 000 exemplaires. Nous " +
        "venons de lancer une réimpression de 80 000 », indique Anne-Sophie Lemarchand, directrice " +
        "commerciale de la maison.",
      "Le prix est réputé pour son « effet lycéen » sur les ventes : selon l’institut GfK, les " +
        "lauréats des dix dernières années se sont écoulés en moyenne à 350 000 exemplaires.",
      "À Rennes, le livre était en rupture vendredi matin. « On a eu une vingtaine de demandes " +
        "avant même l’ouverture. Des parents, des profs, et beaucoup de lycéens, ce qui n’arrive " +
        "jamais », s’amuse le libraire Yann Le Goff.",
      "L’Académie Goncourt, qui parraine le prix, a salué dans un communiqué « un choix audacieux, " +
        "qui honore la jeune littérature ». Inès Belkacem, elle, a déjà prévenu qu’elle irait à la " +
        "rencontre des classes : « Je leur dois bien ça. »",
    ],
    quotes: [
      [
        "Je ne m’y attendais pas du tout. Ce sont des jeunes de 16 ou 17 ans qui ont choisi un " +
          "livre sur la vieillesse et la mort, et je trouve ça bouleversant",
        "Inès Belkacem",
      ],
      ["serré, mais assumé", "Lucas Hervouët"],
      [
        "Ce livre nous a parlé parce que beaucoup d’entre nous ont un grand-parent en maison de " +
          "retraite. On s’est reconnus dans la culpabilité de la famille",
        "Lucas Hervouët",
      ],
      [
        "Nous avions tiré le livre à 6 000 exemplaires. Nous venons de lancer une réimpression " +
          "de 80 000",
        "Anne-Sophie Lemarchand",
      ],
      [
        "On a eu une vingtaine de demandes avant même l’ouverture. Des parents, des profs, et " +
          "beaucoup de lycéens, ce qui n’arrive jamais",
        "Yann Le Goff",
      ],
      ["un choix audacieux, qui honore la jeune littérature", "L’Académie Goncourt"],
      ["Je leur dois bien ça.", "Inès Belkacem"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Charente libre, tribunal correctionnel : « le septuagénaire », présidente et « Réponse " +
      "du prévenu : », substitut en fragment puis « a-t-il lancé », chambre régionale des comptes " +
      "dans son rapport, avocat sur deux paragraphes",
    todo:
      "«les règles de la commande publique n’ont été …» goes to Antoine Vidal-Nègre, not la chambre " +
      "régionale des comptes de Nouvelle-Aquitaine",
    headline: "Ruffécois : l’ancien maire condamné pour avoir confié des marchés à son gendre",
    paragraphs: [
      "Le tribunal correctionnel d’Angoulême a condamné mardi Gérard Mondeguer, 71 ans, ancien " +
        "maire de Villefagnan, à huit mois d’emprisonnement avec sursis, 15 000 euros d’amende et " +
        "trois ans d’inéligibilité pour prise illégale d’intérêts. Entre 2017 et 2020, la commune " +
        "avait confié pour près de 190 000 euros de travaux de voirie à l’entreprise de son gendre.",
      "À la barre, le septuagénaire a maintenu sa ligne de défense. « Il n’y avait personne " +
        "d’autre pour faire ces travaux dans des délais raisonnables. Je n’ai jamais touché un " +
        "centime », a-t-il répété, les mains posées sur le pupitre.",
      "La présidente, Catherine Lafarge, lui a rappelé que la loi impose une mise en concurrence. " +
        "« Vous étiez maire depuis vingt-cinq ans. Vous ne pouviez pas ignorer la règle », a-t-elle " +
        "relevé. Réponse du prévenu : « À la campagne, tout le monde est le gendre ou le cousin de " +
        "quelqu’un. »",
      "Pour le substitut du procureur, Antoine Vidal-Nègre, l’ancien élu a fait preuve d’« une " +
        "désinvolture totale » à l’égard de l’argent public. « Ce n’est pas le montant qui compte, " +
        "c’est la confiance des habitants qui a été trahie », a-t-il lancé, requérant un an avec " +
        "sursis.",
      "L’affaire avait été révélée par un conseiller municipal d’opposition, qui avait saisi la " +
        "chambre régionale des comptes de Nouvelle-Aquitaine. Dans son rapport de 2021, celle-ci " +
        "relevait déjà que « les règles de la commande publique n’ont été respectées pour aucun " +
        "des huit marchés examinés ».",
      "Son avocat, Me Julien Dubreuil, a annoncé son intention de faire appel. « Mon client est " +
        "condamné pour avoir rendu service à sa commune. Personne n’a jamais contesté la qualité " +
        "des travaux, ni leur prix.",
      "« C’est une décision très sévère, qui fera peur à tous les maires ruraux. »",
    ],
    quotes: [
      [
        "Il n’y avait personne d’autre pour faire ces travaux dans des délais raisonnables. Je " +
          "n’ai jamais touché un centime",
        "Gérard Mondeguer",
      ],
      ["Vous étiez maire depuis vingt-cinq ans. Vous ne pouviez pas ignorer la règle", "Catherine Lafarge"],
      ["À la campagne, tout le monde est le gendre ou le cousin de quelqu’un.", "Gérard Mondeguer"],
      ["une désinvolture totale", "Antoine Vidal-Nègre"],
      [
        "Ce n’est pas le montant qui compte, c’est la confiance des habitants qui a été trahie",
        "Antoine Vidal-Nègre",
      ],
      [
        "les règles de la commande publique n’ont été respectées pour aucun des huit marchés " + "examinés",
        "la chambre régionale des comptes de Nouvelle-Aquitaine",
      ],
      [
        "Mon client est condamné pour avoir rendu service à sa commune. Personne n’a jamais " +
          "contesté la qualité des travaux, ni leur prix.",
        "Julien Dubreuil",
      ],
      ["C’est une décision très sévère, qui fera peur à tous les maires ruraux.", "Julien Dubreuil"],
    ],
  }),
  {
    name:
      "Cameroon Tribune, football : guillemets droits, citation au chapô par « le sélectionneur » " +
      "reprise, suite sans verbe, buteur « a glissé l’attaquant », capitaine et deux-points, " +
      "entraîneur adverse en fragment, fédération par communiqué, banderole, supporter avec âge",
    headline: "Qualifications CAN 2027 : les Lions indomptables dominent le Kenya à Garoua (2-0)",
    standfirst:
      'Troisième victoire en quatre matches pour le Cameroun. "Ce groupe a retrouvé de ' +
      'l’envie", s’est félicité le sélectionneur.',
    paragraphs: [
      "Au stade Roumdé-Adjia de Garoua, devant 25 000 spectateurs, les Lions indomptables ont " +
        "signé mardi soir leur troisième succès dans le groupe F. Brice Ngoumou a ouvert le score " +
        "à la 34e minute, avant que Stéphane Etoga ne double la mise de la tête en fin de match.",
      '"Ce groupe a retrouvé de l’envie", s’est félicité Jean-Baptiste Eyenga en conférence de ' +
        'presse. "En première période, on a eu peur de perdre le ballon. À la pause, je leur ai ' +
        'dit de jouer comme à l’entraînement, simplement."',
      'Auteur de son premier but en sélection, Brice Ngoumou savourait. "J’ai pensé à ma mère, ' +
        'qui regardait le match à Bafoussam. C’est pour elle", a glissé l’attaquant de 22 ans, ' +
        "qui évolue à Lens.",
      'Le capitaine Serge Ekambi a tempéré l’euphorie : "Rien n’est fait. Il reste deux matches ' +
        'et le Kenya nous a posé des problèmes pendant une heure."',
      'Côté kényan, le sélectionneur Benni Odhiambo regrettait "un manque de réalisme criant" ' +
        "dans le dernier geste.",
      "La Fédération camerounaise de football a annoncé dans un communiqué que le match retour " +
        'se disputerait "à guichets fermés" au stade Japoma de Douala.',
      'Dans les tribunes, une immense banderole "Garoua, terre des Lions" avait été déployée. ' +
        "Venu de Maroua, Oumarou Bello, 41 ans, ne regrettait pas ses six heures de route : " +
        '"On a vu une vraie équipe ce soir. Ça faisait longtemps."',
    ],
    quotes: [
      ["Ce groupe a retrouvé de l’envie", "Jean-Baptiste Eyenga"],
      [
        "En première période, on a eu peur de perdre le ballon. À la pause, je leur ai dit de " +
          "jouer comme à l’entraînement, simplement.",
        "Jean-Baptiste Eyenga",
      ],
      ["J’ai pensé à ma mère, qui regardait le match à Bafoussam. C’est pour elle", "Brice Ngoumou"],
      [
        "Rien n’est fait. Il reste deux matches et le Kenya nous a posé des problèmes pendant " +
          "une heure.",
        "Serge Ekambi",
      ],
      ["un manque de réalisme criant", "Benni Odhiambo"],
      ["à guichets fermés", "La Fédération camerounaise de football"],
      ["On a vu une vraie équipe ce soir. Ça faisait longtemps.", "Oumarou Bello"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal de l’île de La Réunion, conseil municipal : maire après la citation, « l’édile » " +
      "et « selon lui », opposante « a répliqué », société des eaux en deux fragments, pancartes, " +
      "habitante et deux-points, niveau de crise entre guillemets, maire en fragment",
    headline: "Saint-Louis : les coupures d’eau enflamment le conseil municipal",
    paragraphs: [
      "Deux heures de débats tendus, des éclats de voix et une suspension de séance : le conseil " +
        "municipal de Saint-Louis, réuni samedi matin, a été largement consacré aux coupures d’eau " +
        "qui touchent depuis trois semaines les quartiers des Makes et du Gol.",
      "« Je comprends la colère des familles. Moi-même, dans mon quartier, j’ai des voisins qui " +
        "remplissent des seaux à 4 heures du matin », a reconnu d’entrée le maire, Patrice Técher.",
      "L’édile a imputé la situation à la sécheresse et au vieillissement du réseau, dont « près " +
        "d’un litre sur deux se perd dans les fuites », selon lui. Il a annoncé un plan de 12 " +
        "millions d’euros sur cinq ans pour remplacer les canalisations les plus anciennes.",
      "Une annonce qui n’a pas convaincu l’opposition. « Douze millions sur cinq ans, c’est une " +
        "goutte d’eau. Cela fait dix ans que vous promettez de refaire le réseau », a répliqué " +
        "Valérie Grondin, conseillère municipale d’opposition, sous les applaudissements du public.",
      "Eaux du Sud, qui gère la distribution, assure dans un communiqué que « des " +
        "camions-citernes sont positionnés chaque jour dans les quartiers concernés » et que les " +
        "tours d’eau seront levés « dès le retour de pluies significatives ».",
      "Dans la salle, une quarantaine d’habitants des Makes avaient fait le déplacement avec des " +
        "bidons vides et des pancartes « De l’eau, pas des promesses ». Parmi eux, Marie-Josée " +
        "Fontaine, 58 ans : « On paye notre facture tous les mois. Pour quoi ? Pour avoir de l’eau " +
        "marron deux heures par jour ! »",
      "La préfecture a placé la commune au niveau « crise » au titre de la sécheresse. En fin de " +
        "séance, le maire a promis une réunion publique aux Makes « avant la fin du mois ».",
    ],
    quotes: [
      [
        "Je comprends la colère des familles. Moi-même, dans mon quartier, j’ai des voisins qui " +
          "remplissent des seaux à 4 heures du matin",
        "Patrice Técher",
      ],
      ["près d’un litre sur deux se perd dans les fuites", "Patrice Técher"],
      [
        "Douze millions sur cinq ans, c’est une goutte d’eau. Cela fait dix ans que vous " +
          "promettez de refaire le réseau",
        "Valérie Grondin",
      ],
      ["des camions-citernes sont positionnés chaque jour dans les quartiers concernés", "Eaux du Sud"],
      ["dès le retour de pluies significatives", "Eaux du Sud"],
      [
        "On paye notre facture tous les mois. Pour quoi ? Pour avoir de l’eau marron deux heures " +
          "par jour !",
        "Marie-Josée Fontaine",
      ],
      ["avant la fin du mois", "Patrice Técher"],
    ],
  }),
];

runArticles("fr", ARTICLES);
