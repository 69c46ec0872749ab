// A thirteenth round of composed French articles, in the styles of outlets and beats the first twelve rounds
// (articles.fr to articles12.fr) did not use: a family bakery sold to an Ontario fund in Les Affaires, a
// deficit budget voted by the Schaerbeek council for BX1, a drunk driver's trial at the Nyon police court in
// La Côte, a tropical storm flooding Toamasina in L’Express de Madagascar, cholera in Kalemie for
// Actualite.cd, the Gnaoua festival in Essaouira for TelQuel, a vocational school's cookery section closing
// in Le Journal du Centre, the Hawaiki Nui Va’a canoe race in Tahiti Infos, microplastics in clouds over the
// Pyrenees in La Recherche and a gang of farm-machinery thieves in Béarn for La République des Pyrénées.
// Every article was written for these tests, before the engine was run on them; speakers follow the corpus
// guidelines (the fullest name the article gives, without title; a body or document as named; the shortest
// description that identifies an unnamed source).
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
      "Les Affaires, vente d’entreprise : citation au chapô reprise au corps puis suite " +
      "sans verbe, « explique-t-il », fonds « dit vouloir », syndicaliste « prévient son " +
      "président », analyste en fragment puis sans verbe, cabinet ministériel, marque entre " +
      "guillemets",
    headline: "Boulangeries Marquis passe aux mains d’un fonds ontarien",
    standfirst:
      "L’entreprise beauceronne de 420 employés est vendue pour 185 M$. « Nos installations " +
      "restent ici », assure son président.",
    paragraphs: [
      "La famille Marquis a conclu mardi la vente de Boulangeries Marquis, fondée en 1957 à " +
        "Saint-Georges, au fonds torontois Northbridge Capital. La transaction, évaluée à 185 " +
        "millions de dollars (M$), doit être finalisée d’ici la fin du trimestre.",
      "« Nos installations restent ici », assure le président et chef de la direction, " +
        "Étienne Marquis, petit-fils du fondateur, joint par Les Affaires. « Pas une ligne de " +
        "production ne va déménager. » Le dirigeant conservera une participation minoritaire " +
        "de 20 % et son poste pendant au moins trois ans.",
      "Pourquoi vendre maintenant ? « La croissance passe par l’Ontario et le Nord-Est " +
        "américain, et on n’avait pas les reins assez solides pour y aller seuls », " +
        "explique-t-il. L’entreprise, qui fabrique notamment les pains tranchés « Bon Matin " +
        "», a vu son chiffre d’affaires franchir les 160 M$ l’an dernier.",
      "Dans un communiqué, Northbridge Capital dit vouloir faire de Marquis « une " +
        "plateforme d’acquisitions dans la boulangerie industrielle au Canada ». Le fonds, " +
        "qui gère 3,2 milliards de dollars d’actifs, a déjà acquis deux transformateurs " +
        "alimentaires en Ontario depuis 2022.",
      "Au syndicat des travailleurs de l’usine, affilié à la CSN, on accueille la nouvelle " +
        "avec méfiance. « Les fonds, on les connaît : ils achètent, ils coupent, ils " +
        "revendent. On va exiger des garanties écrites sur les emplois », prévient son " +
        "président, Dany Poulin.",
      "Pour l’analyste Sophie Grondin, de Valeurs mobilières Desjardins, le prix payé " +
        "représente environ neuf fois le bénéfice d’exploitation, « un multiple raisonnable " +
        "pour un actif de cette qualité ». Elle rappelle que plusieurs boulangeries " +
        "familiales québécoises ont changé de mains depuis cinq ans. « Les successions sont " +
        "difficiles dans ce secteur. Les marges sont minces et les investissements en " +
        "automatisation, énormes. »",
      "Le cabinet du ministre de l’Économie a indiqué mardi « suivre le dossier de près ». " +
        "Investissement Québec, qui avait prêté 12 M$ à l’entreprise en 2021 pour moderniser " +
        "son usine, n’a pas souhaité commenter.",
    ],
    quotes: [
      ["Nos installations restent ici", "Étienne Marquis"],
      ["Pas une ligne de production ne va déménager.", "Étienne Marquis"],
      [
        "La croissance passe par l’Ontario et le Nord-Est américain, et on n’avait pas les " +
          "reins assez solides pour y aller seuls",
        "Étienne Marquis",
      ],
      ["une plateforme d’acquisitions dans la boulangerie industrielle au Canada", "Northbridge Capital"],
      [
        "Les fonds, on les connaît : ils achètent, ils coupent, ils revendent. On va exiger " +
          "des garanties écrites sur les emplois",
        "Dany Poulin",
      ],
      ["un multiple raisonnable pour un actif de cette qualité", "Sophie Grondin"],
      [
        "Les successions sont difficiles dans ce secteur. Les marges sont minces et les " +
          "investissements en automatisation, énormes.",
        "Sophie Grondin",
      ],
      ["suivre le dossier de près", "Le cabinet du ministre de l’Économie"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "BX1, conseil communal : citation au titre reprise au corps puis suite sans verbe, " +
      "parti en fragment, chef de groupe en fragment, bourgmestre « a-t-il rétorqué », " +
      "président du CPAS sans verbe, cabinet « indique », banderole",
    headline: "« On ne pouvait pas faire autrement » : Schaerbeek vote un budget en déficit",
    paragraphs: [
      "Le conseil communal de Schaerbeek a adopté mercredi soir, par 28 voix contre 19, un " +
        "budget 2025 en déficit de 11,4 millions d’euros. Une première depuis 2016 pour la " +
        "commune, qui invoque la hausse des pensions de ses agents statutaires et de la " +
        "dotation au CPAS.",
      "« On ne pouvait pas faire autrement », a reconnu l’échevine des Finances, Lotfia " +
        "Meziane (Ecolo), en présentant le document aux conseillers. « Nous avons gelé les " +
        "recrutements, reporté deux chantiers de voirie et renégocié nos emprunts. Sans la " +
        "réforme des pensions locales, le budget serait à l’équilibre. »",
      "Dans l’opposition, le MR a parlé d’un « budget de façade ». Son chef de groupe, " +
        "Cédric Van Hove, a pour sa part dénoncé une commune « qui vit au-dessus de ses " +
        "moyens depuis dix ans » et réclamé un audit externe des finances communales.",
      "Le bourgmestre, Fabrice Lenoir (DéFI), a balayé la critique. « Un audit ? La Région " +
        "nous contrôle déjà tous les trimestres. Je préfère qu’on dépense cet argent dans les " +
        "écoles », a-t-il rétorqué, sous les applaudissements d’une partie de la salle.",
      "Le président du CPAS, Mohamed Azzouzi, a rappelé que le nombre de bénéficiaires du " +
        "revenu d’intégration avait augmenté de 14 % en deux ans. « Derrière ces chiffres, il " +
        "y a des familles. On ne va pas leur dire d’attendre la prochaine législature. »",
      "Le budget doit encore être approuvé par la tutelle régionale. Interrogé par BX1, le " +
        "cabinet du ministre bruxellois des Pouvoirs locaux indique qu’il l’examinera « avec " +
        "attention, comme celui des dix-huit autres communes ».",
      "Devant la maison communale, une vingtaine d’agents avaient déployé une banderole « " +
        "Pas touche à nos pensions ». Une délégation a été reçue par le secrétaire communal " +
        "avant la séance.",
    ],
    quotes: [
      ["On ne pouvait pas faire autrement", "Lotfia Meziane"],
      [
        "Nous avons gelé les recrutements, reporté deux chantiers de voirie et renégocié " +
          "nos emprunts. Sans la réforme des pensions locales, le budget serait à " +
          "l’équilibre.",
        "Lotfia Meziane",
      ],
      ["budget de façade", "le MR"],
      ["qui vit au-dessus de ses moyens depuis dix ans", "Cédric Van Hove"],
      [
        "Un audit ? La Région nous contrôle déjà tous les trimestres. Je préfère qu’on " +
          "dépense cet argent dans les écoles",
        "Fabrice Lenoir",
      ],
      [
        "Derrière ces chiffres, il y a des familles. On ne va pas leur dire d’attendre la " +
          "prochaine législature.",
        "Mohamed Azzouzi",
      ],
      [
        "avec attention, comme celui des dix-huit autres communes",
        "le cabinet du ministre bruxellois des Pouvoirs locaux",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "La Côte, tribunal de police : prévenu anonyme en fragment puis « a répété le prévenu " +
      "», procureure en deux fragments, lettre du fils lue par l’avocat après deux-points, " +
      "défense « a-t-elle souligné », tribunal « dans son jugement, il relève », " +
      "association",
    todo:
      "a fragment « selon ses propres termes », whose speaker is described only later, goes to the " +
      "court named before; an unnamed defendant goes to his first description",
    headline: "Le chauffard de Gland condamné à trente mois, dont six ferme",
    standfirst:
      "Le Tribunal de police de La Côte a reconnu coupable d’homicide par négligence un " +
      "automobiliste de 34 ans qui avait fauché une cycliste en 2023.",
    paragraphs: [
      "Il avait bu «deux ou trois bières» avant de prendre le volant, selon ses propres " +
        "termes. Le 14 septembre 2023, vers 23 h, un automobiliste de 34 ans domicilié à " +
        "Gland avait percuté une cycliste de 52 ans sur la route de Suisse, à la sortie de " +
        "Prangins. La victime, mère de deux enfants, était décédée sur place.",
      "«Je n’ai pas vu de lumière. Je ne l’ai vue qu’au dernier moment», a répété mardi le " +
        "prévenu devant le tribunal, la voix à peine audible. Une expertise a pourtant établi " +
        "que le vélo était équipé d’un éclairage conforme. Son taux d’alcoolémie avait été " +
        "mesuré à 1,1 pour mille.",
      "Pour la procureure Anne-Laure Zbinden, «l’alcool, la vitesse et l’inattention» ont " +
        "fait de ce trajet de retour «une roulette russe». Elle avait requis trente-six mois " +
        "de peine privative de liberté, dont douze ferme.",
      "L’avocat de la famille, Me Pascal Rochat, a lu une lettre du fils de la victime, âgé " +
        "de 17 ans: «Maman rentrait du travail. Elle faisait ce trajet depuis quinze ans. " +
        "Elle avait toujours son gilet jaune.»",
      "La défense, assurée par Me Nadia Ferrari, a plaidé pour une peine entièrement " +
        "assortie du sursis. «Mon client ne s’est jamais dérobé. Il a appelé les secours " +
        "lui-même, il est resté auprès d’elle jusqu’à l’arrivée de l’ambulance», a-t-elle " +
        "souligné.",
      "Le tribunal a finalement prononcé trente mois, dont six ferme, et un retrait de " +
        "permis de quatre ans. Dans son jugement, il relève que le prévenu «a exprimé des " +
        "regrets sincères» mais que «sa responsabilité est entière». Le condamné a dix jours " +
        "pour faire appel.",
      "L’association Pro Vélo La Côte, qui avait organisé un rassemblement devant le " +
        "tribunal, salue «un signal», tout en regrettant que la route de Suisse ne soit " +
        "toujours pas équipée d’une piste cyclable.",
    ],
    quotes: [
      ["deux ou trois bières", "le prévenu"],
      ["Je n’ai pas vu de lumière. Je ne l’ai vue qu’au dernier moment", "le prévenu"],
      ["l’alcool, la vitesse et l’inattention", "Anne-Laure Zbinden"],
      ["une roulette russe", "Anne-Laure Zbinden"],
      [
        "Maman rentrait du travail. Elle faisait ce trajet depuis quinze ans. Elle avait " +
          "toujours son gilet jaune.",
        "le fils de la victime",
      ],
      [
        "Mon client ne s’est jamais dérobé. Il a appelé les secours lui-même, il est resté " +
          "auprès d’elle jusqu’à l’arrivée de l’ambulance",
        "Nadia Ferrari",
      ],
      ["a exprimé des regrets sincères", "le Tribunal de police de La Côte"],
      ["sa responsabilité est entière", "le Tribunal de police de La Côte"],
      ["un signal", "Pro Vélo La Côte"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Express de Madagascar, tempête : citation au chapô « prévient son directeur " +
      "général » reprise au corps, suite sans verbe, sinistrée au prénom, direction de la " +
      "météo « indique-t-elle », maire en fragment puis « l’édile », communiqué qui « " +
      "précise », nom d’opération",
    todo:
      "«Les établissements qui servent de sites d’héb…» goes to Le ministère de l’Éducation " +
      "nationale, not le communiqué",
    headline: "Tempête Ravaka : Toamasina sous les eaux, 4 200 sinistrés",
    standfirst:
      "Le BNGRC appelle les habitants des quartiers bas à rejoindre les sites " +
      "d’hébergement. « Le pire est peut-être derrière nous, mais l’eau continue de monter " +
      "», prévient son directeur général.",
    paragraphs: [
      "La tempête tropicale modérée Ravaka a touché terre dans la nuit de dimanche à lundi " +
        "au nord de Toamasina, avec des rafales atteignant 110 km/h. Selon un bilan " +
        "provisoire du Bureau national de gestion des risques et des catastrophes (BNGRC), 4 " +
        "200 personnes ont été déplacées et deux personnes sont mortes, emportées par une " +
        "crue dans le district de Brickaville.",
      "« Le pire est peut-être derrière nous, mais l’eau continue de monter », prévient le " +
        "général Tiana Rakotondrabe, directeur général du BNGRC. Les rivières Ivoloina et " +
        "Ivondro ont débordé en plusieurs points. « Nous avons pré-positionné des vivres pour " +
        "dix jours, mais certaines zones ne sont accessibles qu’en pirogue. »",
      "Dans le quartier d’Ankirihiry, l’eau atteignait lundi matin la hauteur des genoux. « " +
        "On a tout mis sur la table, le riz, les papiers, les cahiers des enfants. Mais la " +
        "table aussi est dans l’eau », soupire Hanitra, mère de quatre enfants, réfugiée avec " +
        "sa famille dans une école primaire publique.",
      "La Direction générale de la météorologie maintient l’avis de danger imminent pour " +
        "les régions Atsinanana et Analanjirofo. Ravaka devrait « s’affaiblir progressivement " +
        "en traversant les Hautes Terres », indique-t-elle dans son dernier bulletin, mais " +
        "des cumuls de 150 à 200 mm de pluie restent attendus d’ici mercredi.",
      "Le maire de Toamasina, Hery Rakotomalala, a fait le tour des sites d’hébergement " +
        "lundi après-midi. Il évoque des canaux d’évacuation « bouchés par des tonnes de " +
        "déchets ». « Chaque année, c’est la même chose. Tant que les gens jetteront leurs " +
        "ordures dans les canaux, la ville sera inondée à la première grosse pluie », a " +
        "déclaré l’édile. L’opération « Toamasina madio », lancée en octobre pour curer les " +
        "canaux, n’en avait couvert que le tiers.",
      "Le ministère de l’Éducation nationale a annoncé la fermeture des écoles des deux " +
        "régions jusqu’à jeudi. « Les établissements qui servent de sites d’hébergement ne " +
        "rouvriront qu’après le départ des sinistrés », précise le communiqué.",
    ],
    quotes: [
      ["Le pire est peut-être derrière nous, mais l’eau continue de monter", "Tiana Rakotondrabe"],
      [
        "Nous avons pré-positionné des vivres pour dix jours, mais certaines zones ne sont " +
          "accessibles qu’en pirogue.",
        "Tiana Rakotondrabe",
      ],
      [
        "On a tout mis sur la table, le riz, les papiers, les cahiers des enfants. Mais la " +
          "table aussi est dans l’eau",
        "Hanitra",
      ],
      [
        "s’affaiblir progressivement en traversant les Hautes Terres",
        "La Direction générale de la météorologie",
      ],
      ["bouchés par des tonnes de déchets", "Hery Rakotomalala"],
      [
        "Chaque année, c’est la même chose. Tant que les gens jetteront leurs ordures dans " +
          "les canaux, la ville sera inondée à la première grosse pluie",
        "Hery Rakotomalala",
      ],
      [
        "Les établissements qui servent de sites d’hébergement ne rouvriront qu’après le " +
          "départ des sinistrés",
        "le communiqué",
      ],
    ],
  }),
  {
    name:
      "Actualite.cd, choléra : guillemets anglais, fragment « selon le chef de division, le " +
      "docteur », « a-t-il déclaré à », infirmière anonyme après deux-points, ONG et " +
      "coordonnatrice nommée après, société publique puis « son directeur provincial », " +
      "vendeuse « explique-t-elle », slogan",
    headline: "Tanganyika : 37 décès dus au choléra à Kalemie depuis janvier, la DPS alerte",
    paragraphs: [
      "La Division provinciale de la santé (DPS) du Tanganyika a enregistré 1 284 cas " +
        "suspects de choléra, dont 37 décès, dans la zone de santé de Kalemie depuis le début " +
        "de l’année. Un chiffre “en nette hausse” par rapport à la même période de 2024, " +
        "selon le chef de division, le docteur Jean-Pierre Kasongo Mwamba.",
      "“Nous sommes passés de 30 à 90 cas par semaine en un mois. Les quartiers Kataki et " +
        "Kichanga sont les plus touchés parce que la population y consomme l’eau du lac sans " +
        "la traiter”, a-t-il déclaré mercredi à ACTUALITE.CD.",
      "Au centre de traitement du choléra de l’hôpital général de référence de Kalemie, les " +
        "60 lits sont occupés. Une infirmière, qui a requis l’anonymat, décrit des conditions " +
        "difficiles : “Certains malades dorment à même le sol. Nous manquons de solutés et de " +
        "gants depuis deux semaines.”",
      "Médecins sans frontières (MSF), qui appuie la riposte, a annoncé l’ouverture d’une " +
        "deuxième unité de traitement. “La saison des pluies arrive dans un mois. Si l’accès " +
        "à l’eau potable ne s’améliore pas d’ici là, nous craignons une flambée dans toute la " +
        "province”, avertit Aline Mbuyi, coordonnatrice du projet.",
      "La REGIDESO, la société publique de distribution d’eau, reconnaît que seuls 30 % des " +
        "ménages de la ville sont raccordés au réseau. Son directeur provincial, Patrick " +
        "Ilunga, promet “des bornes-fontaines supplémentaires dans les quartiers riverains du " +
        "lac avant fin mars”.",
      "À Kataki, Fatuma Aziza vend de l’eau puisée au lac dans des bidons de 20 litres. “On " +
        "dit qu’il faut mettre du chlore. Mais le chlore coûte 1 500 francs, et on n’a même " +
        "pas de quoi manger”, explique-t-elle.",
      "La DPS a lancé une campagne de sensibilisation sous le slogan “Maji safi, maisha " +
        "bora” (eau propre, vie meilleure), diffusée sur les radios communautaires de Kalemie " +
        "et de Moba.",
    ],
    quotes: [
      ["en nette hausse", "Jean-Pierre Kasongo Mwamba"],
      [
        "Nous sommes passés de 30 à 90 cas par semaine en un mois. Les quartiers Kataki et " +
          "Kichanga sont les plus touchés parce que la population y consomme l’eau du lac " +
          "sans la traiter",
        "Jean-Pierre Kasongo Mwamba",
      ],
      [
        "Certains malades dorment à même le sol. Nous manquons de solutés et de gants " +
          "depuis deux semaines.",
        "Une infirmière",
      ],
      [
        "La saison des pluies arrive dans un mois. Si l’accès à l’eau potable ne s’améliore " +
          "pas d’ici là, nous craignons une flambée dans toute la province",
        "Aline Mbuyi",
      ],
      [
        "des bornes-fontaines supplémentaires dans les quartiers riverains du lac avant fin " + "mars",
        "Patrick Ilunga",
      ],
      [
        "On dit qu’il faut mettre du chlore. Mais le chlore coûte 1 500 francs, et on n’a " +
          "même pas de quoi manger",
        "Fatuma Aziza",
      ],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "TelQuel, festival : fragment au titre repris au corps, « poursuit-elle », maâlem « " +
      "confiait-il », « la saxophoniste américaine » qui renvoie au nom puis nom après la " +
      "citation, titre d’album, ethnomusicologue sans verbe puis « selon lui », ministère " +
      "par communiqué",
    headline: "À Essaouira, le Festival Gnaoua fête ses 27 ans « sans renier ses racines »",
    paragraphs: [
      "La 27e édition du Festival Gnaoua et Musiques du monde s’est ouverte jeudi soir sur " +
        "la place Moulay Hassan, devant une foule que les organisateurs estiment à 40 000 " +
        "personnes. Au programme de la soirée d’ouverture, une fusion entre le maâlem Saïd " +
        "Oughassal et la saxophoniste américaine Lena Whitfield.",
      "Le festival veut continuer à grandir « sans renier ses racines », résume sa " +
        "directrice, Leïla Bennani. « On nous reprochait d’être devenus un festival de jazz " +
        "avec quelques gnaouas en décor. Cette année, les maâlems ouvrent et ferment chaque " +
        "soirée », poursuit-elle.",
      "Sur scène, le maâlem Saïd Oughassal, 61 ans, a tenu son guembri plus de deux heures. " +
        "« Mon père jouait pour les lila, dans les maisons, pour soigner. Aujourd’hui je joue " +
        "devant des milliers de gens qui ne connaissent pas les paroles. Ce n’est pas une " +
        "trahison, c’est une autre manière de transmettre », confiait-il après le concert. Il " +
        "présentera samedi son nouvel album, « Hal Sidi Moussa », enregistré avec de jeunes " +
        "musiciens de Marrakech.",
      "La saxophoniste américaine, qui découvrait Essaouira, parle d’une « leçon d’humilité " +
        "». « Leur sens du rythme est ailleurs. J’ai passé trois jours de répétition à " +
        "essayer de suivre les crotales », raconte Lena Whitfield.",
      "L’ethnomusicologue Karim Lahlou, qui a consacré sa thèse à la tagnawite, se montre " +
        "plus nuancé. « L’inscription au patrimoine de l’Unesco en 2019 a tout changé. Les " +
        "jeunes veulent devenir maâlems, c’est une bonne chose, mais certains apprennent sur " +
        "YouTube et jouent pour les touristes. » Selon lui, le festival « a une " +
        "responsabilité dans la transmission ».",
      "Le ministère de la Jeunesse, de la Culture et de la Communication, partenaire de " +
        "l’événement, a salué dans un communiqué « un rendez-vous qui fait rayonner le Maroc " +
        "dans le monde ». Le festival se poursuit jusqu’à dimanche.",
    ],
    quotes: [
      ["sans renier ses racines", "Leïla Bennani"],
      [
        "On nous reprochait d’être devenus un festival de jazz avec quelques gnaouas en " +
          "décor. Cette année, les maâlems ouvrent et ferment chaque soirée",
        "Leïla Bennani",
      ],
      [
        "Mon père jouait pour les lila, dans les maisons, pour soigner. Aujourd’hui je joue " +
          "devant des milliers de gens qui ne connaissent pas les paroles. Ce n’est pas une " +
          "trahison, c’est une autre manière de transmettre",
        "Saïd Oughassal",
      ],
      ["leçon d’humilité", "Lena Whitfield"],
      [
        "Leur sens du rythme est ailleurs. J’ai passé trois jours de répétition à essayer " +
          "de suivre les crotales",
        "Lena Whitfield",
      ],
      [
        "L’inscription au patrimoine de l’Unesco en 2019 a tout changé. Les jeunes veulent " +
          "devenir maâlems, c’est une bonne chose, mais certains apprennent sur YouTube et " +
          "jouent pour les touristes.",
        "Karim Lahlou",
      ],
      ["a une responsabilité dans la transmission", "Karim Lahlou"],
      [
        "un rendez-vous qui fait rayonner le Maroc dans le monde",
        "Le ministère de la Jeunesse, de la Culture et de la Communication",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal du Centre, lycée : fragment de « la communauté éducative », professeure " +
      "puis suite sans verbe, rectorat « fait valoir », lycéen au prénom sans verbe, " +
      "courrier du maire en deux fragments, banderole, syndicaliste « regrette »",
    headline: "Cosne-Cours-sur-Loire : la section cuisine du lycée professionnel ne recrutera plus",
    paragraphs: [
      "Les parents d’élèves et les enseignants du lycée professionnel du Val-de-Loire, à " +
        "Cosne-Cours-sur-Loire, ont appris début février que la section CAP cuisine ne " +
        "recruterait plus à la rentrée prochaine. Une décision du rectorat que la communauté " +
        "éducative juge « incompréhensible ».",
      "« On forme des cuisiniers depuis 1978 ici. Les restaurateurs du Cosnois nous " +
        "appellent chaque printemps pour avoir des apprentis », explique Frédérique " +
        "Lamoureux, professeure de cuisine depuis vingt-deux ans. Elle montre le restaurant " +
        "d’application, rénové il y a quatre ans pour 380 000 euros. « La Région a payé les " +
        "fours, et on nous ferme la porte. »",
      "Contacté, le rectorat de l’académie de Dijon justifie la mesure par des effectifs " +
        "trop faibles : neuf élèves en première année cette année, pour douze places. « " +
        "L’offre de formation en restauration reste assurée dans le département, au lycée de " +
        "Nevers, à cinquante kilomètres », fait valoir le rectorat.",
      "Cinquante kilomètres, c’est précisément le problème pour Lucas, 16 ans, en première " +
        "année. « Je n’ai pas le permis, et il n’y a pas de car assez tôt le matin. Si la " +
        "section ferme, j’arrête. »",
      "Le maire, Alain Berthier (divers droite), a écrit au recteur le 12 février. Dans ce " +
        "courrier, que nous avons pu consulter, il demande « un moratoire d’un an » afin de « " +
        "laisser le temps de mener une vraie campagne de recrutement ».",
      "Une pétition lancée par la FCPE a recueilli plus de 1 200 signatures. Samedi, une " +
        "cinquantaine de personnes se sont rassemblées devant l’établissement derrière une " +
        "banderole « Touche pas à ma cuisine ».",
      "« Ce sont toujours les petites sections rurales qu’on sacrifie en premier », " +
        "regrette Julien Perrot, du Snuep-FSU, qui appelle à la grève le 4 mars.",
    ],
    quotes: [
      ["incompréhensible", "la communauté éducative"],
      [
        "On forme des cuisiniers depuis 1978 ici. Les restaurateurs du Cosnois nous " +
          "appellent chaque printemps pour avoir des apprentis",
        "Frédérique Lamoureux",
      ],
      ["La Région a payé les fours, et on nous ferme la porte.", "Frédérique Lamoureux"],
      [
        "L’offre de formation en restauration reste assurée dans le département, au lycée " +
          "de Nevers, à cinquante kilomètres",
        "le rectorat de l’académie de Dijon",
      ],
      [
        "Je n’ai pas le permis, et il n’y a pas de car assez tôt le matin. Si la section " +
          "ferme, j’arrête.",
        "Lucas",
      ],
      ["un moratoire d’un an", "Alain Berthier"],
      ["laisser le temps de mener une vraie campagne de recrutement", "Alain Berthier"],
      ["Ce sont toujours les petites sections rurales qu’on sacrifie en premier", "Julien Perrot"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Tahiti Infos, va’a : citation au chapô « lâche leur capitaine » reprise au corps, " +
      "suite sans verbe, entraîneur « analyse », barreur en fragment avec crochets, " +
      "président de fédération en fragment, supportrice au prénom « riait », nom de pirogue",
    headline: "Hawaiki Nui Va’a : Matairea Va’a s’impose au bout du suspense",
    standfirst:
      "Les rameurs de Huahine ont devancé Teva Nui de 48 secondes au cumul des trois " +
      "étapes. « On a ramé avec le cœur », lâche leur capitaine.",
    paragraphs: [
      "Il aura fallu attendre les derniers hectomètres de la troisième étape, entre Taha’a " +
        "et Bora Bora, pour connaître le vainqueur de la 33e Hawaiki Nui Va’a. Partis avec 1 " +
        "min 12 d’avance, les rameurs de Matairea Va’a ont résisté au retour de Teva Nui pour " +
        "l’emporter avec 48 secondes d’avance au cumul des trois étapes.",
      "« On a ramé avec le cœur », lâche le capitaine Heimana Tehaamoana, encore essoufflé " +
        "sur la plage de Matira. « Dans le lagon de Bora, j’ai cru qu’ils allaient nous " +
        "reprendre. Les gars n’ont rien lâché. » C’est le deuxième titre du club de Huahine " +
        "en trois ans.",
      "Côté Teva Nui, la déception était palpable. « On a perdu la course hier, dans la " +
        "deuxième étape, sur un mauvais choix de trajectoire au passage de la passe. " +
        "Aujourd’hui, on a tout donné », analyse l’entraîneur Ariitea Faatau.",
      "La troisième étape, la plus longue avec 58 km, a pourtant été remportée par Teva Nui " +
        "en 3 h 41 min. Son barreur, Manuarii Lenoir, 24 ans, se console avec « la plus belle " +
        "étape de [sa] vie ». Le jeune homme disputait sa première Hawaiki Nui dans l’équipe " +
        "fanion.",
      "Le président de la Fédération tahitienne de va’a, Tauhiti Raapoto, a salué « une " +
        "édition exceptionnelle, sans aucun chavirage grave ». Il a confirmé que le parcours " +
        "serait inchangé l’an prochain.",
      "Sur la plage de Matira, des centaines de supporters s’étaient massés depuis l’aube, " +
        "dont beaucoup venus de Huahine en bateau. « On est partis à 3 heures du matin. Pour " +
        "Matairea, on traverserait l’océan », riait Vaiana, drapeau vert et blanc sur les " +
        "épaules. Les vainqueurs ramaient sur « Te Ara Nui », la pirogue construite l’an " +
        "dernier par un chantier de Fare.",
    ],
    quotes: [
      ["On a ramé avec le cœur", "Heimana Tehaamoana"],
      [
        "Dans le lagon de Bora, j’ai cru qu’ils allaient nous reprendre. Les gars n’ont " + "rien lâché.",
        "Heimana Tehaamoana",
      ],
      [
        "On a perdu la course hier, dans la deuxième étape, sur un mauvais choix de " +
          "trajectoire au passage de la passe. Aujourd’hui, on a tout donné",
        "Ariitea Faatau",
      ],
      ["la plus belle étape de [sa] vie", "Manuarii Lenoir"],
      ["une édition exceptionnelle, sans aucun chavirage grave", "Tauhiti Raapoto"],
      ["On est partis à 3 heures du matin. Pour Matairea, on traverserait l’océan", "Vaiana"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Recherche, atmosphère : fragment des auteurs au chapô repris au corps avec « " +
      "écrivent les auteurs », « détaille » la première autrice, coauteur puis « Il reste " +
      "prudent : », experte extérieure en fragment puis « Elle nuance toutefois : », nom de " +
      "méthode",
    headline: "Des microplastiques jusque dans les nuages du Pic du Midi",
    standfirst:
      "Une équipe franco-espagnole a mesuré jusqu’à 400 particules par litre d’eau de " +
      "nuage. Les auteurs y voient « une autoroute atmosphérique » pour ces polluants.",
    paragraphs: [
      "Les nuages qui coiffent les Pyrénées charrient des microplastiques. C’est la " +
        "conclusion d’une étude publiée le 3 mars dans Environmental Science & Technology par " +
        "des chercheurs du Laboratoire d’aérologie de Toulouse et de l’université de " +
        "Saragosse. Entre 2021 et 2023, ils ont prélevé de l’eau de nuage à l’observatoire du " +
        "Pic du Midi, à 2 877 mètres d’altitude.",
      "« Nous trouvons en moyenne 90 particules par litre, avec des pics à 400 lorsque les " +
        "masses d’air viennent de l’Atlantique », détaille Mathilde Costes, première autrice " +
        "de l’étude. Les particules, pour la plupart des fragments de polyéthylène et de " +
        "polyamide, mesurent entre 10 et 100 micromètres.",
      "Ces résultats font des nuages « une autoroute atmosphérique » capable de transporter " +
        "les plastiques sur des centaines de kilomètres, écrivent les auteurs. Plus " +
        "inattendu, les particules pourraient jouer le rôle de noyaux de condensation et " +
        "favoriser la formation de gouttelettes.",
      "« C’est l’hypothèse la plus intrigante. Si elle se confirme, il faudra intégrer les " +
        "microplastiques dans les modèles de prévision des précipitations », estime le " +
        "coauteur Jorge Lasheras, physicien de l’atmosphère à Saragosse. Il reste prudent : « " +
        "Nos mesures de laboratoire sont encore trop peu nombreuses pour conclure. »",
      "Pour Hélène Arnoult, spécialiste des pollutions atmosphériques au CNRS, qui n’a pas " +
        "participé aux travaux, l’étude est « solide sur le plan des mesures ». Elle nuance " +
        "toutefois : « Un seul site, en montagne, ne dit pas grand-chose de ce qui se passe " +
        "au-dessus des plaines. »",
      "Les chercheurs ont baptisé leur dispositif de filtration « CloudTrap ». Ils " +
        "prévoient d’en installer de semblables au puy de Dôme et au Jungfraujoch, en Suisse, " +
        "dès cet été.",
    ],
    quotes: [
      ["une autoroute atmosphérique", "Les auteurs"],
      [
        "Nous trouvons en moyenne 90 particules par litre, avec des pics à 400 lorsque les " +
          "masses d’air viennent de l’Atlantique",
        "Mathilde Costes",
      ],
      [
        "C’est l’hypothèse la plus intrigante. Si elle se confirme, il faudra intégrer les " +
          "microplastiques dans les modèles de prévision des précipitations",
        "Jorge Lasheras",
      ],
      ["Nos mesures de laboratoire sont encore trop peu nombreuses pour conclure.", "Jorge Lasheras"],
      ["solide sur le plan des mesures", "Hélène Arnoult"],
      [
        "Un seul site, en montagne, ne dit pas grand-chose de ce qui se passe au-dessus des " + "plaines.",
        "Hélène Arnoult",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "La République des Pyrénées, cambriolages : procureure « a détaillé » puis « la " +
      "magistrate » et « a-t-elle précisé », nom d’enquête, commandant de compagnie avec " +
      "grade, éleveur en deux citations sans verbe, syndicat agricole en fragment puis « " +
      "Son président », « selon le parquet »",
    headline: "Vols de quads et de tronçonneuses en Béarn : quatre hommes interpellés",
    paragraphs: [
      "Ils visaient les granges isolées, les hangars agricoles et les cabanes de chantier. " +
        "Quatre hommes âgés de 22 à 41 ans ont été interpellés mardi à l’aube à Orthez et à " +
        "Mourenx par les gendarmes de la compagnie d’Orthez, appuyés par le PSIG et une " +
        "équipe cynophile. Ils sont soupçonnés d’une quarantaine de cambriolages commis " +
        "depuis l’automne dans le nord du Béarn.",
      "« Le préjudice dépasse les 250 000 euros. On parle de quads, de tronçonneuses, de " +
        "débroussailleuses, de groupes électrogènes, et même d’un tracteur tondeuse », a " +
        "détaillé mercredi la procureure de la République de Pau, Anne-Sophie Lacoste, lors " +
        "d’une conférence de presse.",
      "Selon la magistrate, le matériel était revendu sur des sites de petites annonces ou " +
        "écoulé en Espagne. « Une partie a été retrouvée dans un box loué à Mourenx sous une " +
        "fausse identité », a-t-elle précisé. Trois des suspects sont déjà connus de la " +
        "justice pour des vols.",
      "L’enquête, baptisée « Mécanique », avait démarré en novembre après le vol de deux " +
        "quads chez un éleveur de Sauvelade. « C’est une caméra de chasse, installée par un " +
        "voisin pour surveiller les sangliers, qui nous a donné la première plaque " +
        "d’immatriculation », raconte le commandant de la compagnie d’Orthez, le chef " +
        "d’escadron Thomas Darrigrand.",
      "Bernard Laborde, l’éleveur de Sauvelade, a appris l’interpellation par un coup de " +
        "téléphone des gendarmes. « Soulagé, oui. Mais je ne me fais pas d’illusion sur le " +
        "matériel. » Depuis, il a fait poser une alarme et des barrières. « On vit avec la " +
        "peur, maintenant. Le moindre bruit de moteur la nuit, je me lève. »",
      "La FDSEA des Pyrénées-Atlantiques réclame depuis des mois « un plan de lutte contre " +
        "les vols en milieu rural ». Son président, Pierre Hourcade, évoque « un sentiment " +
        "d’abandon » dans les campagnes.",
      "Les quatre suspects ont été déférés jeudi au parquet. Deux ont été placés en " +
        "détention provisoire ; les deux autres, sous contrôle judiciaire, seront jugés en " +
        "comparution immédiate « dans les prochaines semaines », selon le parquet.",
    ],
    quotes: [
      [
        "Le préjudice dépasse les 250 000 euros. On parle de quads, de tronçonneuses, de " +
          "débroussailleuses, de groupes électrogènes, et même d’un tracteur tondeuse",
        "Anne-Sophie Lacoste",
      ],
      [
        "Une partie a été retrouvée dans un box loué à Mourenx sous une fausse identité",
        "Anne-Sophie Lacoste",
      ],
      [
        "C’est une caméra de chasse, installée par un voisin pour surveiller les sangliers, " +
          "qui nous a donné la première plaque d’immatriculation",
        "Thomas Darrigrand",
      ],
      ["Soulagé, oui. Mais je ne me fais pas d’illusion sur le matériel.", "Bernard Laborde"],
      ["On vit avec la peur, maintenant. Le moindre bruit de moteur la nuit, je me lève.", "Bernard Laborde"],
      ["un plan de lutte contre les vols en milieu rural", "La FDSEA des Pyrénées-Atlantiques"],
      ["un sentiment d’abandon", "Pierre Hourcade"],
      ["dans les prochaines semaines", "le parquet"],
    ],
  }),
];

runArticles("fr", ARTICLES);
