// A twenty-eighth round of composed French articles, in the styles of outlets and beats the first
// twenty-seven rounds (articles.fr to articles27.fr) did not use: the assisted-dying bill rewritten by
// the Senate in Politis, a tiler's fraud trial in Mons for Télé MB, argan oil cooperatives squeezed by
// industrial mills in Aujourd’hui le Maroc, a HC Sierre derby comeback on Rhône FM, a play about a
// family dairy farm in Le Courrier de Saint-Hyacinthe, earthworms in city soils in The Conversation
// France, a meningitis vaccination campaign in Zinder for ActuNiger, a village wash-house restored by
// volunteers in Le Réveil normand, a municipal police officer hit during a motorbike rodeo in Grigny
// for Le Républicain de l’Essonne and lighter school bags in Algerian primary schools for El
// Moudjahid. Every article was written for these tests, before the engine was run on them; speakers
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
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Politis, politique : citation au chapeau d’« une sénatrice écologiste » nommée " +
      "dans le texte, termes entre guillemets qui ne sont pas des citations, " +
      "sénatrice avec deux-points, rapporteur « a-t-il défendu » puis fragment « " +
      "rappelant que », deux sénatrices puis « a tranché la seconde », incise dans " +
      "les guillemets, conseiller anonyme avec deux-points, nom de collectif entre " +
      "guillemets",
    todo:
      "«La CMP sera difficile. Mais personne n’a inté…» goes to Un conseiller ministériel, not un " +
      "conseiller ministériel",
    headline: "Aide à mourir : le Sénat adopte un texte réécrit de fond en comble par la " + "droite",
    standfirst:
      "Le texte sort méconnaissable de la Haute Assemblée. « On a gardé le titre, pas " +
      "la loi », raille une sénatrice écologiste.",
    paragraphs: [
      "Le Sénat a adopté mardi soir, par 188 voix contre 141, la proposition de loi " +
        "relative à l’aide à mourir, mais dans une version profondément remaniée par la " +
        "majorité de droite et du centre. Exit le « droit » à l’aide à mourir, remplacé " +
        "par une « assistance médicale » soumise à l’accord de trois médecins.",
      "Pour la sénatrice socialiste Hélène Costa-Vidal, cheffe de file de son groupe " +
        "sur le texte, le compte n’y est pas : « Nous avions un texte équilibré, voté à " +
        "l’Assemblée après des mois de travail. Nous récupérons un texte " +
        "méconnaissable, vidé de ce qui faisait son humanité. »",
      "Le rapporteur LR, Christian Delmotte, assume. « Nous avons voulu protéger les " +
        "plus fragiles. Une société qui propose la mort avant les soins palliatifs se " +
        "trompe de combat », a-t-il défendu dans l’hémicycle, rappelant que « vingt " +
        "départements n’ont toujours pas d’unité de soins palliatifs ».",
      "L’écologiste Anne-Sophie Kerbrat et la centriste Valérie Morin-Lacaze, qui " +
        "avait pourtant voté plusieurs amendements de la droite, se sont retrouvées sur " +
        "un point : le délai de réflexion porté à quinze jours en commission. « Laisser " +
        "un malade attendre deux semaines, c’est de la cruauté », a tranché la seconde.",
      "« On a gardé le titre, pas la loi, a résumé Anne-Sophie Kerbrat en séance. Le " +
        "reste est passé à la moulinette. »",
      "La suite se jouera en commission mixte paritaire, au début de l’année. Un " +
        "conseiller ministériel ne se fait guère d’illusions : « La CMP sera difficile. " +
        "Mais personne n’a intérêt à un échec. »",
      "Le collectif « Mourir dans la dignité, maintenant », qui rassemble une " +
        "trentaine d’associations, appelle à un rassemblement samedi devant le palais " +
        "du Luxembourg.",
    ],
    quotes: [
      ["On a gardé le titre, pas la loi", "Anne-Sophie Kerbrat"],
      [
        "Nous avions un texte équilibré, voté à l’Assemblée après des mois de travail. " +
          "Nous récupérons un texte méconnaissable, vidé de ce qui faisait son humanité.",
        "Hélène Costa-Vidal",
      ],
      [
        "Nous avons voulu protéger les plus fragiles. Une société qui propose la mort " +
          "avant les soins palliatifs se trompe de combat",
        "Christian Delmotte",
      ],
      ["vingt départements n’ont toujours pas d’unité de soins palliatifs", "Christian Delmotte"],
      ["Laisser un malade attendre deux semaines, c’est de la cruauté", "Valérie Morin-Lacaze"],
      [
        "On a gardé le titre, pas la loi, a résumé Anne-Sophie Kerbrat en séance. Le " +
          "reste est passé à la moulinette.",
        "Anne-Sophie Kerbrat",
      ],
      ["La CMP sera difficile. Mais personne n’a intérêt à un échec.", "un conseiller ministériel"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Télé MB, justice : surnom au titre et au texte, substitut « a résumé » avec " +
      "nom après, « le trentenaire » puis citation sans verbe, deux femmes dans un " +
      "paragraphe (avocate en fragment, puis « a confié la septuagénaire »), avocat " +
      "en deux paires « a-t-il soutenu », rapport d’expertise en fragment",
    todo:
      "«Depuis, je n’ose plus faire entrer personne c…» goes to Sarah Bouchez, not Martine Dessart; " +
      "«non conformes aux règles de l’art» goes to Un rapport d’expertise judiciaire, not un rapport " +
      "d’expertise judiciaire",
    headline:
      "Mons : quatre ans requis contre le « roi du carrelage » pour des chantiers " + "jamais terminés",
    paragraphs: [
      "Le tribunal correctionnel de Mons a examiné ce mercredi le dossier de Dimitri " +
        "Vandenbossche, 39 ans, carreleur de Jemappes, poursuivi pour escroquerie au " +
        "préjudice d’une vingtaine de clients du Borinage et de la région du Centre.",
      "Le scénario était toujours le même : un acompte de 30 à 50 %, quelques jours " +
        "de travail, puis plus rien. « Il encaissait, il disparaissait, et il " +
        "recommençait trois rues plus loin », a résumé le substitut du procureur du Roi " +
        "Grégory Lambotte, qui a requis quatre ans de prison, dont la moitié avec " +
        "sursis.",
      "Surnommé « le roi du carrelage » par ses anciens clients, qui avaient fini par " +
        "se regrouper sur Facebook, le prévenu a fait profil bas à la barre. Le " +
        "trentenaire reconnaît les faits. « Je voulais trop bien faire. J’ai pris trop " +
        "de chantiers en même temps, et quand l’argent manquait, je bouchais les trous " +
        "avec les acomptes suivants. »",
      "Parmi les parties civiles, Martine Dessart, une retraitée de Quaregnon, a " +
        "versé 14 000 euros pour une salle de bains qui n’a jamais vu le jour. Son " +
        "avocate, Me Sarah Bouchez, a évoqué « une femme qui a perdu ses économies et " +
        "sa confiance ». « Depuis, je n’ose plus faire entrer personne chez moi », a " +
        "confié la septuagénaire à la sortie de l’audience.",
      "Pour la défense, Me Julien Cordier a plaidé une peine de travail. « Mon client " +
        "n’est pas un escroc organisé, c’est un mauvais gestionnaire », a-t-il soutenu, " +
        "« et une peine de prison ne remboursera personne. »",
      "Le préjudice total dépasse les 260 000 euros. Un rapport d’expertise " +
        "judiciaire, versé au dossier, qualifie les rares travaux réalisés de « non " +
        "conformes aux règles de l’art ». Jugement le 14 janvier.",
    ],
    quotes: [
      ["Il encaissait, il disparaissait, et il recommençait trois rues plus loin", "Grégory Lambotte"],
      [
        "Je voulais trop bien faire. J’ai pris trop de chantiers en même temps, et " +
          "quand l’argent manquait, je bouchais les trous avec les acomptes suivants.",
        "Dimitri Vandenbossche",
      ],
      ["une femme qui a perdu ses économies et sa confiance", "Sarah Bouchez"],
      ["Depuis, je n’ose plus faire entrer personne chez moi", "Martine Dessart"],
      ["Mon client n’est pas un escroc organisé, c’est un mauvais gestionnaire", "Julien Cordier"],
      ["et une peine de prison ne remboursera personne.", "Julien Cordier"],
      ["non conformes aux règles de l’art", "un rapport d’expertise judiciaire"],
    ],
  }),
  {
    name:
      "Aujourd’hui le Maroc, économie : guillemets sans espace, citation au chapeau " +
      "d’une présidente de coopérative nommée dans le texte, « affirme » avec nom " +
      "après, nom de coopérative entre guillemets, agence qui « relève » deux " +
      "fragments d’un rapport, directeur « soutient », économiste avec deux-points, « " +
      "selon une source » avec fragment",
    headline: "Huile d’argan: les coopératives féminines prises en étau par les industriels",
    standfirst:
      "Les prix à l’export ont reculé de 18% en un an. «Nous vendons à perte», alerte " +
      "une présidente de coopérative de la région d’Essaouira.",
    paragraphs: [
      "La filière de l’argan traverse une zone de turbulences. Selon l’Office des " +
        "changes, les exportations d’huile d’argan ont atteint 1.420 tonnes à fin " +
        "septembre, mais leur valeur a reculé de 18% sur un an, sous l’effet de la " +
        "concurrence des unités industrielles installées dans la région d’Agadir.",
      "«Le litre nous coûte près de 350 dirhams à produire. Les intermédiaires nous " +
        "en proposent 300. Nous travaillons pour rien», affirme Fatima Aït Baha, " +
        "présidente de la coopérative «Tifaout» de Tamanar, qui fait vivre 62 femmes de " +
        "la commune.",
      "Le constat est partagé par l’Agence nationale pour le développement des zones " +
        "oasiennes et de l’arganier (ANDZOA). Dans son dernier rapport annuel, l’agence " +
        "relève «une forte pression sur les prix à la production» et recommande «une " +
        "meilleure structuration de la commercialisation collective».",
      "Du côté des industriels, on rejette toute accusation de dumping. «Nous " +
        "achetons l’amandon au même prix que tout le monde. Notre avantage, c’est la " +
        "mécanisation, pas la triche», soutient Karim Benjelloun, directeur général " +
        "d’Argana Industries, qui a inauguré en mars une unité d’extraction de 600 " +
        "tonnes par an.",
      "Pour l’économiste Rachid Ouzzine, enseignant-chercheur à l’Université Ibn " +
        "Zohr, le problème est ailleurs: «L’indication géographique protège l’origine, " +
        "pas le modèle social. Tant que les coopératives vendront en vrac, elles " +
        "resteront à la merci des intermédiaires.»",
      "Le ministère de l’Agriculture prépare un programme de soutien de 120 millions " +
        "de dirhams. Selon une source au ministère, il doit permettre de «financer des " +
        "unités de conditionnement mutualisées» dès le premier semestre 2026.",
    ],
    quotes: [
      ["Nous vendons à perte", "Fatima Aït Baha"],
      [
        "Le litre nous coûte près de 350 dirhams à produire. Les intermédiaires nous en " +
          "proposent 300. Nous travaillons pour rien",
        "Fatima Aït Baha",
      ],
      [
        "une forte pression sur les prix à la production",
        "l’Agence nationale pour le développement des zones oasiennes et de l’arganier",
      ],
      [
        "une meilleure structuration de la commercialisation collective",
        "l’Agence nationale pour le développement des zones oasiennes et de l’arganier",
      ],
      [
        "Nous achetons l’amandon au même prix que tout le monde. Notre avantage, c’est " +
          "la mécanisation, pas la triche",
        "Karim Benjelloun",
      ],
      [
        "L’indication géographique protège l’origine, pas le modèle social. Tant que " +
          "les coopératives vendront en vrac, elles resteront à la merci des " +
          "intermédiaires.",
        "Rachid Ouzzine",
      ],
      ["financer des unités de conditionnement mutualisées", "une source au ministère"],
    ],
  },
  {
    name:
      "Rhône FM, sport : guillemets sans espace, « racontait l’attaquant de 22 ans », " +
      "citation sans verbe du même, entraîneur et gardien dans un paragraphe (« " +
      "estimait le technicien », « a rigolé le portier »), sujet inversé avec nom " +
      "après, club en fragment, surnom d’équipe entre guillemets",
    headline: "Hockey: le HC Sierre renverse Viège dans un derby fou",
    paragraphs: [
      "Menés 3-0 après vingt minutes, les Sierrois se sont imposés 5-4 en " +
        "prolongation mardi soir à Graben, devant 4200 spectateurs. Le but de la " +
        "victoire est signé Loïc Zermatten, à la 63e minute.",
      "«Au premier tiers, on était à côté de nos patins. Dans le vestiaire, personne " +
        "n’a crié. On s’est juste regardés», racontait l’attaquant de 22 ans au micro " +
        "de Rhône FM, quelques minutes après la sirène.",
      "Formé au club, il disputait son premier derby dans le premier bloc. «Mon père " +
        "m’amenait ici quand j’avais six ans. Marquer ce but-là, devant ces gens-là, je " +
        "ne peux pas l’expliquer.»",
      "L’entraîneur sierrois Stéphane Morard a surtout tenu à saluer son gardien, " +
        "Nicolas Berthod, auteur de 41 arrêts. «Il nous a gardés en vie quand on ne " +
        "méritait rien», estimait le technicien. «Le coach exagère, j’ai aussi eu de la " +
        "chance sur deux ou trois tirs», a rigolé le portier.",
      "En face, la soupe était à la grimace. «On a arrêté de jouer après le 3-0. " +
        "C’est inacceptable à ce niveau», pestait le capitaine viégeois Marco Truffer.",
      "Sur ses réseaux sociaux, le HC Sierre a parlé d’une «soirée pour l’histoire». " +
        "Les «Rouge et Jaune» remontent à la quatrième place de Swiss League. Prochain " +
        "match samedi à Olten.",
    ],
    quotes: [
      [
        "Au premier tiers, on était à côté de nos patins. Dans le vestiaire, personne " +
          "n’a crié. On s’est juste regardés",
        "Loïc Zermatten",
      ],
      [
        "Mon père m’amenait ici quand j’avais six ans. Marquer ce but-là, devant ces " +
          "gens-là, je ne peux pas l’expliquer.",
        "Loïc Zermatten",
      ],
      ["Il nous a gardés en vie quand on ne méritait rien", "Stéphane Morard"],
      ["Le coach exagère, j’ai aussi eu de la chance sur deux ou trois tirs", "Nicolas Berthod"],
      ["On a arrêté de jouer après le 3-0. C’est inacceptable à ce niveau", "Marco Truffer"],
      ["soirée pour l’histoire", "le HC Sierre"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Courrier de Saint-Hyacinthe, culture : titre de pièce au titre et au texte, " +
      "« explique l’autrice de 34 ans », citation sur deux paragraphes, comédien « " +
      "a-t-il confié », metteure en scène et autrice dans un paragraphe puis « Selon " +
      "elle » avec fragment, spectatrice anonyme sans verbe",
    todo:
      "«C’était notre cuisine, notre silence. J’ai pe…» goes to Saint-Pie, not une spectatrice de " +
      "Saint-Pie",
    headline: "« Le Silo » : une famille agricole maskoutaine sur les planches",
    standfirst: "La pièce de Julie Beauregard affiche déjà complet pour ses quatre " + "représentations.",
    paragraphs: [
      "Il y a trois ans, Julie Beauregard a vu la ferme laitière de ses " +
        "grands-parents, à Saint-Damase, vendue à un producteur voisin. De ce deuil est " +
        "né « Le Silo », sa première pièce, présentée en primeur jeudi soir au Centre " +
        "des arts Juliette-Lassonde devant près de 800 spectateurs.",
      "« Je n’ai pas écrit une pièce sur l’agriculture. J’ai écrit une pièce sur une " +
        "famille qui ne se parle plus, et qui est obligée de le faire autour d’une " +
        "table de cuisine », explique l’autrice de 34 ans, rencontrée quelques heures " +
        "avant la première.",
      "Le sujet la touche de près. « Mon grand-père disait toujours que la terre, ça " +
        "ne se vend pas. Puis un jour, il l’a vendue. Je voulais comprendre ce qui se " +
        "passe dans la tête de quelqu’un à ce moment-là.",
      "« Les comédiens m’ont beaucoup aidée. Plusieurs viennent eux-mêmes de familles " +
        "agricoles, ils savaient de quoi je parlais. »",
      "Dans le rôle du patriarche, Réjean Ménard, un habitué des scènes de la région, " +
        "campe un homme taciturne, presque muet. « C’est un rôle de silences. Je dois " +
        "avoir trente répliques en une heure et demie », a-t-il confié en riant.",
      "La metteure en scène Isabelle Gaudreau a travaillé avec l’autrice pendant près " +
        "d’un an. Selon elle, le texte a « la force des histoires qu’on ne raconte " +
        "qu’une fois ».",
      "À la sortie, une spectatrice de Saint-Pie, fille de producteurs laitiers, " +
        "avait les yeux rougis. « C’était notre cuisine, notre silence. J’ai pensé à " +
        "mon père tout le long. »",
    ],
    quotes: [
      [
        "Je n’ai pas écrit une pièce sur l’agriculture. J’ai écrit une pièce sur une " +
          "famille qui ne se parle plus, et qui est obligée de le faire autour d’une " +
          "table de cuisine",
        "Julie Beauregard",
      ],
      [
        "Mon grand-père disait toujours que la terre, ça ne se vend pas. Puis un jour, " +
          "il l’a vendue. Je voulais comprendre ce qui se passe dans la tête de quelqu’un " +
          "à ce moment-là.",
        "Julie Beauregard",
      ],
      [
        "Les comédiens m’ont beaucoup aidée. Plusieurs viennent eux-mêmes de familles " +
          "agricoles, ils savaient de quoi je parlais.",
        "Julie Beauregard",
      ],
      [
        "C’est un rôle de silences. Je dois avoir trente répliques en une heure et " + "demie",
        "Réjean Ménard",
      ],
      ["la force des histoires qu’on ne raconte qu’une fois", "Isabelle Gaudreau"],
      [
        "C’était notre cuisine, notre silence. J’ai pensé à mon père tout le long.",
        "une spectatrice de Saint-Pie",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "The Conversation France, science : article signé par des chercheurs (« notre " +
      "équipe »), terme défini et nom de programme entre guillemets, doctorante « " +
      "résume » avec nom après, rapport en fragment, jardinier avec deux-points, " +
      "urbaniste anonyme en fragment, habitante nommée par son seul prénom, « Pour X " +
      "» avec fragment",
    todo:
      "«la qualité biologique d’un sol reconstitué dé…» goes to Le rapport de l’Ademe sur les sols " +
      "urbains, not le rapport de l’Ademe sur les sols urbains",
    headline: "Sous le bitume, des vers de terre : ce que révèlent les sols de nos villes",
    standfirst:
      "Longtemps tenus pour morts, les sols urbains abritent une faune insoupçonnée. " +
      "Une étude menée dans six villes françaises le montre.",
    paragraphs: [
      "On les appelle parfois les « ingénieurs de l’écosystème » : les vers de terre " +
        "creusent, aèrent et brassent le sol, et conditionnent sa capacité à absorber " +
        "l’eau de pluie. Mais que reste-t-il d’eux sous nos villes ?",
      "Entre 2022 et 2025, notre équipe a prélevé plus de 900 échantillons dans des " +
        "parcs, des pieds d’arbres d’alignement et des friches de Lyon, Nantes, Lille, " +
        "Rennes, Montpellier et Strasbourg, dans le cadre du programme de sciences " +
        "participatives « Sous nos pieds ».",
      "Le résultat nous a surpris. Dans certaines friches, nous avons compté jusqu’à " +
        "350 vers par mètre carré, davantage que dans une prairie pâturée. « On " +
        "s’attendait à un désert biologique. On a trouvé une jungle », résume Camille " +
        "Ferrand, doctorante à INRAE et première autrice de l’étude, publiée dans la " +
        "revue Soil Biology and Biochemistry.",
      "Tout dépend pourtant de l’histoire du sol. Les terres rapportées lors des " +
        "chantiers, souvent compactées, restent pauvres pendant des années. Le rapport " +
        "de l’Ademe sur les sols urbains, paru en 2023, soulignait déjà que « la " +
        "qualité biologique d’un sol reconstitué dépend d’abord de sa structure, bien " +
        "plus que de sa fertilité chimique ».",
      "Les jardiniers municipaux ont été nos premiers alliés. À Nantes, Yannick Le " +
        "Goff, responsable d’un secteur d’espaces verts, a vu les effets de l’arrêt des " +
        "pesticides : « Au début, on n’y croyait pas. Aujourd’hui, quand on retourne un " +
        "massif, c’est plein de vers. Les anciens n’en revenaient pas. »",
      "Les habitants aussi se sont pris au jeu. « Mes enfants comptent les vers comme " +
        "d’autres comptent les oiseaux », s’amuse Nadia, une mère de famille de " +
        "Villeurbanne qui a participé aux prélèvements.",
      "Ces résultats plaident pour une autre manière de construire. Lors d’une " +
        "réunion de restitution, une urbaniste de la métropole lilloise nous l’a dit " +
        "sans détour : les chantiers devraient « traiter la terre comme un matériau " +
        "précieux, pas comme un déchet ». Pour Camille Ferrand, « chaque pied d’arbre " +
        "peut devenir un refuge, à condition qu’on arrête de le bétonner ».",
    ],
    quotes: [
      ["On s’attendait à un désert biologique. On a trouvé une jungle", "Camille Ferrand"],
      [
        "la qualité biologique d’un sol reconstitué dépend d’abord de sa structure, " +
          "bien plus que de sa fertilité chimique",
        "le rapport de l’Ademe sur les sols urbains",
      ],
      [
        "Au début, on n’y croyait pas. Aujourd’hui, quand on retourne un massif, c’est " +
          "plein de vers. Les anciens n’en revenaient pas.",
        "Yannick Le Goff",
      ],
      ["Mes enfants comptent les vers comme d’autres comptent les oiseaux", "Nadia"],
      [
        "traiter la terre comme un matériau précieux, pas comme un déchet",
        "une urbaniste de la métropole lilloise",
      ],
      [
        "chaque pied d’arbre peut devenir un refuge, à condition qu’on arrête de le " + "bétonner",
        "Camille Ferrand",
      ],
    ],
  }),
  {
    name:
      "ActuNiger, santé : guillemets droits et apostrophes droites, citation au " +
      "chapeau du directeur régional nommé dans le texte, « a expliqué le Dr » avec " +
      "nom après, ministère dans un communiqué avec « précise que », représentant de " +
      "l’OMS en fragment, mère de trois enfants « confie la jeune femme », « Selon un " +
      "infirmier », nom de campagne entre guillemets",
    headline: "Méningite : la région de Zinder lance une campagne de vaccination d'urgence",
    standfirst:
      "Plus d'un million de personnes âgées de 1 à 29 ans sont ciblées. \"Chaque jour " +
      'compte", prévient le directeur régional de la Santé publique.',
    paragraphs: [
      "Le gouverneur de la région de Zinder, le général Abdou Garba, a lancé samedi " +
        "la campagne de vaccination réactive contre la méningite, en présence des " +
        "autorités sanitaires et des partenaires techniques. Depuis le début de " +
        "l'année, 412 cas suspects et 37 décès ont été notifiés dans la région.",
      "Les districts de Mirriah, Magaria et Zinder ville ont franchi le seuil " +
        "épidémique. \"Un enfant non vacciné aujourd'hui peut être un cas grave la " +
        'semaine prochaine. Nous ne pouvons pas attendre", a expliqué le Dr Issoufou ' +
        "Maman Sani, directeur régional de la Santé publique.",
      "La campagne utilise le vaccin conjugué pentavalent Men5CV, dont le Niger a été " +
        "l'un des premiers pays à bénéficier. Dans un communiqué, le ministère de la " +
        'Santé publique précise que "les doses nécessaires sont déjà prépositionnées ' +
        'dans les quatre districts concernés".',
      "Le représentant de l'OMS au Niger, Dr Blaise Konaté, a salué \"une riposte " +
        'rapide et bien coordonnée", tout en appelant à renforcer la surveillance le ' +
        "long de la frontière avec le Nigeria.",
      "Au centre de santé intégré de Kara-Kara, la file d'attente s'allongeait dès 7 " +
        "heures. Hadiza Abdou, mère de trois enfants, est venue à pied. \"J'ai marché " +
        "une heure. Mon neveu est mort de la méningite l'année dernière, je ne veux pas " +
        'revivre ça", confie la jeune femme.',
      'Selon un infirmier du centre, "les gens viennent plus nombreux que prévu, on ' +
        'manque surtout de bras pour enregistrer". La campagne, baptisée "Zinder sans ' +
        'méningite", doit durer dix jours.',
    ],
    quotes: [
      ["Chaque jour compte", "Issoufou Maman Sani"],
      [
        "Un enfant non vacciné aujourd'hui peut être un cas grave la semaine prochaine. " +
          "Nous ne pouvons pas attendre",
        "Issoufou Maman Sani",
      ],
      [
        "les doses nécessaires sont déjà prépositionnées dans les quatre districts " + "concernés",
        "le ministère de la Santé publique",
      ],
      ["une riposte rapide et bien coordonnée", "Blaise Konaté"],
      [
        "J'ai marché une heure. Mon neveu est mort de la méningite l'année dernière, je " +
          "ne veux pas revivre ça",
        "Hadiza Abdou",
      ],
      [
        "les gens viennent plus nombreux que prévu, on manque surtout de bras pour " + "enregistrer",
        "un infirmier du centre",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Réveil normand, vie locale : président d’association « se souvient » avec " +
      "nom après, « le septuagénaire » puis « glisse-t-il », maire en fragment puis " +
      "citation sans verbe, « raconte la doyenne du village », surnom de lieu entre " +
      "guillemets, « prévient son président »",
    headline: "Saint-Sulpice-sur-Risle : le vieux lavoir revit grâce à une poignée de " + "bénévoles",
    paragraphs: [
      "Il avait disparu sous les ronces depuis près de quarante ans. Samedi 29 " +
        "novembre, le lavoir du Moulin, au bord de la Risle, a été inauguré après deux " +
        "ans de travaux menés par l’association Patrimoine et Risle.",
      "« Quand on a commencé, on ne voyait même plus le toit. Il a fallu trois " +
        "week-ends rien que pour dégager les abords », se souvient Gérard Lemonnier, 71 " +
        "ans, président de l’association et ancien charpentier.",
      "Le septuagénaire a refait lui-même la charpente en chêne, avec des bois " +
        "offerts par une scierie de Rai. « J’ai appris ce métier à quatorze ans. " +
        "C’était l’occasion de le transmettre », glisse-t-il, en désignant les deux " +
        "jeunes du village venus lui prêter main-forte.",
      "Le maire, Pascal Hébert, a salué « un travail de fourmi » et rappelé que la " +
        "commune avait financé les matériaux à hauteur de 8 000 €. « Sans eux, on " +
        "aurait sans doute fini par le démolir. Aujourd’hui, c’est un lieu de " +
        "promenade, et les écoles vont venir le visiter. »",
      "Parmi les habitants venus nombreux, Simone Duval, 89 ans, a lavé son linge ici " +
        "jusqu’en 1962. « On venait le lundi, avec la brouette. On parlait de tout, " +
        "c’était notre café à nous », raconte la doyenne du village, émue.",
      "Une plaque rappelle désormais le surnom que les anciens donnaient à l’endroit " +
        ": « le parlement des femmes ».",
      "L’association a déjà un autre projet : le four à pain du hameau de la " +
        "Cornière. « Mais celui-là, on attendra le printemps ! », prévient son " +
        "président.",
    ],
    quotes: [
      [
        "Quand on a commencé, on ne voyait même plus le toit. Il a fallu trois " +
          "week-ends rien que pour dégager les abords",
        "Gérard Lemonnier",
      ],
      ["J’ai appris ce métier à quatorze ans. C’était l’occasion de le transmettre", "Gérard Lemonnier"],
      ["un travail de fourmi", "Pascal Hébert"],
      [
        "Sans eux, on aurait sans doute fini par le démolir. Aujourd’hui, c’est un lieu " +
          "de promenade, et les écoles vont venir le visiter.",
        "Pascal Hébert",
      ],
      [
        "On venait le lundi, avec la brouette. On parlait de tout, c’était notre café à " + "nous",
        "Simone Duval",
      ],
      ["Mais celui-là, on attendra le printemps !", "Gérard Lemonnier"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Républicain de l’Essonne, faits divers : fragment au chapeau du maire nommé " +
      "dans le texte et repris à l’identique, source policière « affirme », « Selon " +
      "le parquet », maire avec deux fragments puis « a martelé l’élu », habitante " +
      "anonyme avec un mot puis deux-points, syndicat dans un communiqué, nom " +
      "d’opération entre guillemets",
    todo:
      "«plusieurs vidéos tournées par des riverains s…» goes to Le parquet d’Évry, not le parquet " +
      "d’Évry; «invivable» goes to Une habitante de la rue voisine, not une habitante de la rue voisine; " +
      "«Le week-end, on ne peut plus ouvrir les fenêt…» goes to Une habitante de la rue voisine, not une " +
      "habitante de la rue voisine",
    headline: "Grigny : un policier municipal percuté lors d’un rodéo urbain, le pilote en " + "fuite",
    standfirst:
      "Le fonctionnaire, âgé de 31 ans, souffre d’une fracture de la jambe. Le maire " +
      "réclame « des moyens, pas des discours ».",
    paragraphs: [
      "Les faits se sont produits dimanche, vers 18 h 30, avenue des Tuileries, à la " +
        "Grande Borne. Une patrouille de la police municipale intervenait pour mettre " +
        "fin à un rodéo de motos cross qui durait depuis le milieu de l’après-midi " +
        "lorsqu’un des pilotes a foncé sur un agent.",
      "« Il a accéléré en le voyant. Ce n’est pas un accident, c’est une tentative de " +
        "le renverser », affirme une source policière. Le policier a été transporté au " +
        "centre hospitalier Sud-Francilien, à Corbeil-Essonnes.",
      "Le parquet d’Évry a ouvert une enquête pour violences volontaires sur personne " +
        "dépositaire de l’autorité publique. Selon le parquet, « plusieurs vidéos " +
        "tournées par des riverains sont en cours d’exploitation ».",
      "Sur place lundi matin, le maire de Grigny, Karim Benhamou, a dénoncé des " +
        "rodéos « devenus quotidiens depuis le retour des beaux jours » et réclamé à " +
        "l’État « des moyens, pas des discours ».",
      "« On a installé des blocs de béton, des caméras. Ils passent à côté. Il faut " +
        "saisir et détruire les motos, systématiquement », a martelé l’élu.",
      "Une habitante de la rue voisine, qui préfère taire son nom, décrit un " +
        "quotidien « invivable » : « Le week-end, on ne peut plus ouvrir les fenêtres. " +
        "Mes enfants ne jouent plus dehors. »",
      "Dans un communiqué, le Syndicat de défense des policiers municipaux réclame « " +
        "une réponse pénale exemplaire ». Le pilote est activement recherché. " +
        "L’opération « Tranquillité rodéos », lancée l’été dernier dans l’Essonne, a " +
        "déjà permis de saisir 62 motos depuis juin.",
    ],
    quotes: [
      ["des moyens, pas des discours", "Karim Benhamou"],
      [
        "Il a accéléré en le voyant. Ce n’est pas un accident, c’est une tentative de " + "le renverser",
        "une source policière",
      ],
      ["plusieurs vidéos tournées par des riverains sont en cours d’exploitation", "le parquet d’Évry"],
      ["devenus quotidiens depuis le retour des beaux jours", "Karim Benhamou"],
      [
        "On a installé des blocs de béton, des caméras. Ils passent à côté. Il faut " +
          "saisir et détruire les motos, systématiquement",
        "Karim Benhamou",
      ],
      ["invivable", "une habitante de la rue voisine"],
      [
        "Le week-end, on ne peut plus ouvrir les fenêtres. Mes enfants ne jouent plus " + "dehors.",
        "une habitante de la rue voisine",
      ],
      ["une réponse pénale exemplaire", "le Syndicat de défense des policiers municipaux"],
    ],
  }),
  {
    name:
      "El Moudjahid, éducation : guillemets anglais “…”, citation au chapeau du " +
      "ministre nommé dans le texte, « a expliqué le ministre » puis fragment du " +
      "même, étude d’un ministère en fragment, porte-parole syndical « nuance » avec " +
      "nom après, président d’organisation « estime que », mère d’élève avec " +
      "deux-points, slogan de campagne entre guillemets",
    todo:
      "«plus de 40% des élèves du primaire portaient …» goes to Une étude du ministère de la Santé, " +
      "not une étude du ministère de la Santé",
    headline: "Poids du cartable : le double manuel généralisé à toutes les écoles primaires",
    standfirst:
      "“Le cartable ne doit plus être une punition”, a déclaré le ministre de " + "l’Education nationale.",
    paragraphs: [
      "Le ministre de l’Education nationale, Abdelhakim Belaïd, a annoncé hier, " +
        "depuis une école primaire de Bab Ezzouar, à Alger, la généralisation du " +
        "dispositif du double manuel scolaire à l’ensemble des établissements du cycle " +
        "primaire dès le deuxième trimestre.",
      "“Un exemplaire reste en classe, l’autre à la maison. L’élève n’a plus à " +
        "transporter ses livres chaque jour”, a expliqué le ministre, qui a rappelé que " +
        "cette mesure, expérimentée depuis deux ans dans plusieurs wilayas, avait " +
        "permis de “réduire de moitié” le poids moyen du cartable.",
      "Une étude du ministère de la Santé, réalisée en 2023, avait établi que “plus " +
        "de 40% des élèves du primaire portaient un cartable excédant 15% de leur poids " +
        "corporel”.",
      "“C’est une bonne mesure, mais elle suppose que chaque école dispose d’armoires " +
        "et de salles sécurisées, ce qui est loin d’être le cas dans les zones " +
        "rurales”, nuance Nabil Ferhat, porte-parole du Conseil national autonome des " +
        "personnels enseignants.",
      "Même satisfaction mitigée du côté des parents. Le président de l’Organisation " +
        "nationale des associations de parents d’élèves, Rachid Hamdane, estime que " +
        "“les familles attendent aussi une réduction du nombre de cahiers exigés”.",
      "A la sortie de l’école Ibn Khaldoun, une mère d’élève se réjouit : “Ma fille a " +
        "7 ans et portait presque 6 kilos. Maintenant, elle court en sortant de " +
        "l’école.”",
      "Le ministre a également annoncé le lancement, en janvier, de la campagne " +
        "nationale “Cartable léger, élève en bonne santé” dans les établissements " +
        "scolaires.",
    ],
    quotes: [
      ["Le cartable ne doit plus être une punition", "Abdelhakim Belaïd"],
      [
        "Un exemplaire reste en classe, l’autre à la maison. L’élève n’a plus à " +
          "transporter ses livres chaque jour",
        "Abdelhakim Belaïd",
      ],
      ["réduire de moitié", "Abdelhakim Belaïd"],
      [
        "plus de 40% des élèves du primaire portaient un cartable excédant 15% de leur " + "poids corporel",
        "une étude du ministère de la Santé",
      ],
      [
        "C’est une bonne mesure, mais elle suppose que chaque école dispose d’armoires " +
          "et de salles sécurisées, ce qui est loin d’être le cas dans les zones rurales",
        "Nabil Ferhat",
      ],
      ["les familles attendent aussi une réduction du nombre de cahiers exigés", "Rachid Hamdane"],
      [
        "Ma fille a 7 ans et portait presque 6 kilos. Maintenant, elle court en sortant " + "de l’école.",
        "une mère d’élève",
      ],
    ],
  },
];

runArticles("fr", ARTICLES);
