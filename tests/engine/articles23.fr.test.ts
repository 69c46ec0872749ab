// A twenty-third round of composed French articles, in the styles of outlets and beats the first
// twenty-two rounds (articles.fr to articles22.fr) did not use: building zones cut back by the Valais
// Grand Council in Le Confédéré, a fake firewood dealer tried in Épinal for Vosges Matin, a cashew
// processing plant opened in Bouaké in Financial Afrik, a cup tie won on penalties in Chlef for Le Buteur,
// the close of the Récréâtrales theatre festival in Ouagadougou for Burkina24, a meteorite found in the
// Cantal in Ciel & Espace, night calls for GPs triaged by the 1733 in the province of Luxembourg for Le
// Journal du Médecin, a village cinema reopened by volunteers in La Ferté-Gaucher for Le Pays Briard,
// cash machines blown up in Vaud on Blick and a French-language secondary school funded in Beaumont
// (Alberta) for Le Franco. Every article was written for these tests, before the engine was run on
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
  {
    name:
      "Le Confédéré, politique : guillemets suisses sans espace, fragment au titre d’un chef de " +
      "groupe nommé dans le texte, deux femmes (députée et conseillère d’État) avec deux-points " +
      "puis « Cette dernière » et « a-t-elle rétorqué », rapport de commission en fragment, " +
      "citation coupée par « a lancé le député », nom d’association entre guillemets, président " +
      "« promet »",
    headline:
      "Zones à bâtir: le Grand Conseil adopte la révision de la LcAT, «la moins mauvaise des solutions»",
    standfirst:
      "Par 71 voix contre 52, le Parlement valaisan a accepté jeudi en deuxième lecture la " +
      "révision de la loi cantonale d’application sur l’aménagement du territoire. Une quarantaine " +
      "de communes devront dézoner près de 900 hectares.",
    paragraphs: [
      "Le débat, entamé mardi, s’est achevé jeudi en fin de matinée dans la salle du Grand " +
        "Conseil, à Sion. Au terme de trois jours d’échanges parfois vifs, la révision a été " +
        "soutenue par le PLR, Le Centre et une partie de l’UDC, la gauche et les Verts votant contre.",
      "«Personne ne sort de cette salle avec le sourire. Mais entre laisser Berne trancher à " +
        "notre place et assumer nos choix, c’est la moins mauvaise des solutions», a résumé le chef " +
        "du groupe PLR, Philippe Nanchen, au moment des explications de vote.",
      "Dans les rangs socialistes, la députée sierroise Sandrine Rudaz a interpellé jusqu’au " +
        "bout la conseillère d’État Véronique Fellay, cheffe du Département de la mobilité, du " +
        "territoire et de l’environnement: «Vous demandez aux communes de montagne de payer pour les " +
        "erreurs des communes de plaine.» Cette dernière n’a pas cédé. «La loi fédérale ne nous " +
        "laisse pas le choix. Nous avons négocié chaque hectare avec la Confédération», a-t-elle " +
        "rétorqué.",
      "Le rapport de la commission thématique, rendu en septembre, évoquait déjà «un exercice " +
        "douloureux mais incontournable» pour les communes concernées, dont plusieurs dans la vallée " +
        "de Conches et le val d’Hérens.",
      "«On nous parle de compromis», a lancé le député UDC Grégoire Luyet, élu de Savièse. «Mais " +
        "pour les propriétaires qui voient leur terrain perdre les trois quarts de sa valeur, c’est " +
        "une expropriation qui ne dit pas son nom.»",
      "Le référendum n’est pas exclu. L’association «Valais debout», qui avait fait échouer une " +
        "première version du texte en 2021, dispose de 60 jours pour réunir 3000 signatures. «Nous " +
        "commencerons la récolte dès lundi», promet son président, Jean-Daniel Bonvin.",
    ],
    quotes: [
      ["la moins mauvaise des solutions", "Philippe Nanchen"],
      [
        "Personne ne sort de cette salle avec le sourire. Mais entre laisser Berne " +
          "trancher à notre place et assumer nos choix, c’est la moins mauvaise des solutions",
        "Philippe Nanchen",
      ],
      [
        "Vous demandez aux communes de montagne de payer pour les erreurs des communes de plaine.",
        "Sandrine Rudaz",
      ],
      [
        "La loi fédérale ne nous laisse pas le choix. Nous avons négocié chaque hectare " +
          "avec la Confédération",
        "Véronique Fellay",
      ],
      ["un exercice douloureux mais incontournable", "Le rapport de la commission thématique"],
      ["On nous parle de compromis", "Grégoire Luyet"],
      [
        "Mais pour les propriétaires qui voient leur terrain perdre les trois quarts de " +
          "sa valeur, c’est une expropriation qui ne dit pas son nom.",
        "Grégoire Luyet",
      ],
      ["Nous commencerons la récolte dès lundi", "Jean-Daniel Bonvin"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Vosges Matin, justice : fragment au chapeau du prévenu nommé dans le texte, citation sans " +
      "verbe après « le trentenaire », président qui interroge « l’a interrogé le magistrat », " +
      "retraitée anonyme en fragment puis « glisse-t-elle », procureure en fragment, « En défense, " +
      "Me » et « a plaidé », gendarmerie « prévient », nom de page entre guillemets",
    todo: "«Vous saviez dès novembre que vous ne pourriez…» goes to Kévin Marchal, not Hervé Demangeon",
    headline: "Épinal : le faux marchand de bois de chauffage condamné à un an ferme",
    standfirst:
      "Une centaine de clients avaient payé des stères jamais livrés. « J’ai été dépassé », a " +
      "assuré le prévenu jeudi devant le tribunal correctionnel.",
    paragraphs: [
      "Il proposait du chêne et du hêtre secs et fendus à des prix défiant toute concurrence sur " +
        "sa page Facebook, baptisée « Bois des Hautes-Vosges ». Entre septembre 2024 et février " +
        "2025, Kévin Marchal, 38 ans, domicilié à Saint-Dié-des-Vosges, a encaissé plus de 41 000 " +
        "euros d’acomptes sans livrer la plupart de ses clients.",
      "À la barre, le trentenaire a reconnu les faits, tête basse. « J’ai été dépassé par les " +
        "commandes. Je pensais pouvoir livrer tout le monde avant l’hiver, et puis mon fournisseur " +
        "m’a lâché. »",
      "Le président du tribunal, Hervé Demangeon, a rappelé que le prévenu avait continué à " +
        "encaisser des acomptes après les premières plaintes. « Vous saviez dès novembre que vous ne " +
        "pourriez pas livrer. Pourquoi continuer ? », l’a interrogé le magistrat. Long silence dans " +
        "la salle.",
      "Parmi les victimes présentes, une retraitée de Gérardmer, qui avait versé 480 euros pour " +
        "six stères, raconte avoir passé « tout le mois de décembre avec un poêle éteint ». « À 79 " +
        "ans, on ne va pas couper du bois soi-même », glisse-t-elle.",
      "Pour le ministère public, la vice-procureure Marion Thiébaut a dénoncé une escroquerie " +
        "méthodique, visant « des personnes âgées et isolées », et requis deux ans dont un avec " +
        "sursis. En défense, Me Julien Colin a plaidé la « naïveté d’un petit entrepreneur qui a " +
        "voulu grandir trop vite ».",
      "Le tribunal a suivi les réquisitions et ordonné l’indemnisation des parties civiles. « Ce " +
        "type d’arnaque explose chaque automne », prévient la gendarmerie des Vosges, qui conseille " +
        "de ne jamais verser d’acompte sans avoir vu le bois.",
    ],
    quotes: [
      ["J’ai été dépassé", "Kévin Marchal"],
      [
        "J’ai été dépassé par les commandes. Je pensais pouvoir livrer tout le monde " +
          "avant l’hiver, et puis mon fournisseur m’a lâché.",
        "Kévin Marchal",
      ],
      ["Vous saviez dès novembre que vous ne pourriez pas livrer. Pourquoi continuer ?", "Hervé Demangeon"],
      ["tout le mois de décembre avec un poêle éteint", "une retraitée de Gérardmer"],
      ["À 79 ans, on ne va pas couper du bois soi-même", "une retraitée de Gérardmer"],
      ["des personnes âgées et isolées", "Marion Thiébaut"],
      ["naïveté d’un petit entrepreneur qui a voulu grandir trop vite", "Julien Colin"],
      ["Ce type d’arnaque explose chaque automne", "la gendarmerie des Vosges"],
    ],
  }),
  {
    name:
      "Financial Afrik, entreprises : guillemets anglais courbes, citation au chapeau d’un " +
      "fondateur nommé dans le texte, « a déclaré » avec nom et fonction, ministre en fragment, " +
      "« selon » sans citation puis « L’organe de régulation » dans son rapport en fragment, " +
      "banquier « reconnaît », analyste anonyme avec deux-points, cheffe d’équipe « y voit », " +
      "label entre guillemets",
    todo:
      "«Le temps de l’exportation brute est terminé» goes to Ivoire Cajou Transformation, not " +
      "Souleymane Koné; «freinée par le coût de l’énergie et l’accès a…» goes to L’organe de régulation, " +
      "not le Conseil du coton et de l’anacarde",
    headline: "Anacarde : Ivoire Cajou Transformation inaugure à Bouaké une usine de 50 000 tonnes",
    standfirst:
      "Le groupe ivoirien mise sur la transformation locale pour capter davantage de valeur. “Le " +
      "temps de l’exportation brute est terminé”, affirme son fondateur.",
    paragraphs: [
      "Ivoire Cajou Transformation (ICT) a inauguré jeudi à Bouaké, dans le centre de la Côte " +
        "d’Ivoire, une unité de décorticage d’une capacité de 50 000 tonnes de noix brutes par an. " +
        "L’investissement, de 28 milliards de FCFA, a été financé à hauteur de 60 % par un pool " +
        "bancaire conduit par la Société Ivoirienne de Banque (SIB).",
      "“Le temps de l’exportation brute est terminé. Chaque tonne que nous transformons ici, ce " +
        "sont des emplois qui restent en Côte d’Ivoire au lieu de partir au Vietnam”, a déclaré " +
        "Souleymane Koné, fondateur et PDG d’ICT, devant un parterre d’officiels et d’investisseurs.",
      "Présent à la cérémonie, le ministre du Commerce et de l’Industrie, Karim Bamba, a salué " +
        "“un investissement structurant” et rappelé l’objectif gouvernemental de transformer la " +
        "moitié de la production nationale d’ici à 2030.",
      "Selon le Conseil du coton et de l’anacarde, la Côte d’Ivoire, premier producteur mondial, " +
        "a récolté 1,2 million de tonnes de noix brutes lors de la dernière campagne, dont à peine " +
        "un quart a été transformé sur place. L’organe de régulation estime dans son dernier rapport " +
        "annuel que la transformation locale reste “freinée par le coût de l’énergie et l’accès au " +
        "financement”.",
      "Pour la SIB, l’opération illustre un changement de regard des banques sur " +
        "l’agro-industrie. “Il y a cinq ans, aucun comité de crédit n’aurait validé un tel dossier”, " +
        "reconnaît son directeur général, Thierry Amon. Un analyste d’une banque d’affaires " +
        "d’Abidjan se montre plus prudent : “Le modèle tient si le prix de la noix reste autour de " +
        "400 FCFA le kilo. Au-delà, les marges fondent.”",
      "L’usine emploie 1 100 personnes, dont 70 % de femmes, affectées au décorticage et au tri. " +
        "Cheffe d’équipe, Awa Ouattara, 29 ans, y voit “une chance de ne plus dépendre des saisons”. " +
        "ICT vise d’ici à 2027 la certification “Fair for Life” pour ses amandes destinées au marché " +
        "européen.",
    ],
    quotes: [
      ["Le temps de l’exportation brute est terminé", "Souleymane Koné"],
      [
        "Le temps de l’exportation brute est terminé. Chaque tonne que nous transformons " +
          "ici, ce sont des emplois qui restent en Côte d’Ivoire au lieu de partir au Vietnam",
        "Souleymane Koné",
      ],
      ["un investissement structurant", "Karim Bamba"],
      ["freinée par le coût de l’énergie et l’accès au financement", "le Conseil du coton et de l’anacarde"],
      ["Il y a cinq ans, aucun comité de crédit n’aurait validé un tel dossier", "Thierry Amon"],
      [
        "Le modèle tient si le prix de la noix reste autour de 400 FCFA le kilo. " +
          "Au-delà, les marges fondent.",
        "Un analyste d’une banque d’affaires d’Abidjan",
      ],
      ["une chance de ne plus dépendre des saisons", "Awa Ouattara"],
    ],
  },
  {
    name:
      "Le Buteur, football : guillemets droits et apostrophes droites, fragment au chapeau de " +
      "l’entraîneur nommé dans le texte, surnom d’équipe entre guillemets, deux adversaires nommés " +
      "avant une citation sur deux paragraphes du gardien, « a confié le natif de Ténès », " +
      "« a-t-il souligné », entraîneur adverse en fragment puis « le technicien lusitanien », " +
      "direction du club dans un communiqué en deux fragments",
    todo:
      "«Avant la séance, j'ai regardé les vidéos avec…» goes to Karim Hadjar, not Zakaria Bouhalfaya; " +
      "«Pour le deuxième, j'ai attendu jusqu'au derni…» goes to Karim Hadjar, not Zakaria Bouhalfaya",
    headline: "Coupe d'Algérie : l'ASO Chlef sort le MC Alger aux tirs au but",
    standfirst:
      'Héroïque, le gardien chélifien a arrêté deux tentatives. "On a joué avec le cœur", lâche ' +
      "son entraîneur.",
    paragraphs: [
      "Le stade Mohamed-Boumezrag a vibré comme aux grandes soirées. Menés dès la 12e minute sur " +
        'une tête de Nassim Aït Ouarab, les "Lions du Chélif" ont égalisé en seconde période par ' +
        "Abdelkader Mebarki (67e) avant de s'imposer aux tirs au but (4-2).",
      "Le héros de la soirée s'appelle Zakaria Bouhalfaya. Le portier de 24 ans a repoussé les " +
        "tentatives de Sid-Ali Rahmani et de Karim Hadjar. \"Avant la séance, j'ai regardé les vidéos " +
        "avec l'entraîneur des gardiens. Je savais que Rahmani tirait à ma gauche.",
      "\"Pour le deuxième, j'ai attendu jusqu'au dernier moment. C'est le plus beau jour de ma " +
        'carrière", a confié le natif de Ténès au micro de la télévision nationale.',
      "En conférence de presse, l'entraîneur chélifien Fayçal Hamdani ne cachait pas sa fierté. " +
        "\"On a joué avec le cœur, face à une équipe qui a trois fois notre budget. Mes joueurs n'ont " +
        'pas été payés depuis deux mois et ils ont tout donné", a-t-il souligné.',
      "Côté algérois, la déception était immense. L'entraîneur du Mouloudia, le Portugais Nuno " +
        'Carvalhais, a pointé "un manque d\'efficacité criant" de ses attaquants. "Nous avons eu six ' +
        'occasions nettes en première période. Quand on ne tue pas le match, on le paie", a regretté ' +
        "le technicien lusitanien.",
      "Dans un communiqué publié dans la soirée sur sa page officielle, la direction du MCA a " +
        'assuré que "toutes les options" seraient étudiées "dans le calme", sans confirmer l\'avenir ' +
        "de son entraîneur. L'ASO affrontera en huitièmes de finale le vainqueur de JS Saoura - USM " +
        "Khenchela.",
    ],
    quotes: [
      ["On a joué avec le cœur", "Fayçal Hamdani"],
      [
        "Avant la séance, j'ai regardé les vidéos avec l'entraîneur des gardiens. Je " +
          "savais que Rahmani tirait à ma gauche.",
        "Zakaria Bouhalfaya",
      ],
      [
        "Pour le deuxième, j'ai attendu jusqu'au dernier moment. C'est le plus beau jour de ma carrière",
        "Zakaria Bouhalfaya",
      ],
      [
        "On a joué avec le cœur, face à une équipe qui a trois fois notre budget. Mes " +
          "joueurs n'ont pas été payés depuis deux mois et ils ont tout donné",
        "Fayçal Hamdani",
      ],
      ["un manque d'efficacité criant", "Nuno Carvalhais"],
      [
        "Nous avons eu six occasions nettes en première période. Quand on ne tue pas le match, on le paie",
        "Nuno Carvalhais",
      ],
      ["toutes les options", "la direction du MCA"],
      ["dans le calme", "la direction du MCA"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Burkina24, culture : citation au titre d’un directeur artistique nommé dans le texte, nom " +
      "de rue et thème entre guillemets, « s’est réjoui », titre de pièce entre guillemets, " +
      "« confie l’autrice et metteuse en scène », deux femmes (comédienne en fragment et " +
      "spectatrice avec deux-points), ministère dans un communiqué en fragment, « selon un membre " +
      "de l’organisation » sans citation puis « prévient-il »",
    todo:
      "«J’ai écrit ce texte après avoir perdu la trac…» goes to Ousmane Sawadogo, not Fatoumata " +
      "Coulibaly",
    headline: "Récréâtrales 2026 : « Le théâtre est revenu dans la rue », se réjouit le directeur artistique",
    standfirst:
      "La 14e édition du festival panafricain de théâtre s’est achevée samedi soir à Gounghin, " +
      "après dix jours de représentations dans les cours familiales du quartier.",
    paragraphs: [
      "Il y avait foule, samedi, dans l’artère principale de Gounghin, transformée pour " +
        "l’occasion en « rue des Récréâtrales ». Plus de 3 000 spectateurs ont assisté à la clôture " +
        "de cette 14e édition, placée sous le thème « Corps et mémoires ».",
      "« Le théâtre est revenu dans la rue, là où il est né chez nous. Pendant dix jours, les " +
        "familles de Gounghin ont ouvert leurs cours à des artistes venus de quinze pays », s’est " +
        "réjoui Ousmane Sawadogo, directeur artistique du festival.",
      "Parmi les temps forts, « Les Oiseaux de Kamsaoghin », de la Malienne Fatoumata Coulibaly, " +
        "a fait salle comble trois soirs de suite. La pièce suit trois sœurs séparées par l’exil. " +
        "« J’ai écrit ce texte après avoir perdu la trace d’une cousine partie vers la Libye. Je " +
        "voulais que le public sente ce vide », confie l’autrice et metteuse en scène, rencontrée " +
        "après la dernière représentation.",
      "Sur scène, la comédienne ivoirienne Aïcha Bamba incarne l’aînée. Elle dit avoir répété " +
        "« plus de quatre mois, parfois jusqu’à deux heures du matin ». Dans le public, Mariam " +
        "Ouédraogo, étudiante en lettres modernes, n’en revenait pas : « Je n’étais jamais allée au " +
        "théâtre. Là, j’ai pleuré du début à la fin. »",
      "Le ministère de la Communication, de la Culture, des Arts et du Tourisme, partenaire de " +
        "l’événement, a salué dans un communiqué « une vitrine de la résilience de la culture " +
        "burkinabè ».",
      "Le festival reste pourtant fragile. Selon un membre de l’organisation, le budget a été " +
        "amputé de près de 40 % après le retrait de deux bailleurs européens. « On a tenu grâce aux " +
        "bénévoles et aux familles. Mais on ne pourra pas refaire ça tous les deux ans sans " +
        "soutien », prévient-il.",
    ],
    quotes: [
      ["Le théâtre est revenu dans la rue", "Ousmane Sawadogo"],
      [
        "Le théâtre est revenu dans la rue, là où il est né chez nous. Pendant dix " +
          "jours, les familles de Gounghin ont ouvert leurs cours à des artistes venus de quinze pays",
        "Ousmane Sawadogo",
      ],
      [
        "J’ai écrit ce texte après avoir perdu la trace d’une cousine partie vers la " +
          "Libye. Je voulais que le public sente ce vide",
        "Fatoumata Coulibaly",
      ],
      ["plus de quatre mois, parfois jusqu’à deux heures du matin", "Aïcha Bamba"],
      ["Je n’étais jamais allée au théâtre. Là, j’ai pleuré du début à la fin.", "Mariam Ouédraogo"],
      [
        "une vitrine de la résilience de la culture burkinabè",
        "Le ministère de la Communication, de la Culture, des Arts et du Tourisme",
      ],
      [
        "On a tenu grâce aux bénévoles et aux familles. Mais on ne pourra pas refaire ça " +
          "tous les deux ans sans soutien",
        "un membre de l’organisation",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Ciel & Espace, science : fragment au chapeau « selon le Muséum » repris ensuite par « le " +
      "Muséum », agriculteur « raconte le sexagénaire », deux femmes (planétologue et " +
      "cosmochimiste) puis « souligne la cosmochimiste », incise à l’intérieur des guillemets " +
      "« explique-t-elle », nom de météorite entre guillemets, communiqué en fragment, ancien " +
      "responsable « se félicite »",
    todo:
      "«toute pierre suspecte doit être signalée sans…» goes to Le Muséum, not le Muséum national " +
      "d’histoire naturelle",
    headline: "Une météorite retrouvée dans le Cantal, trois jours après sa chute",
    standfirst:
      "Filmé le 18 octobre par les caméras du réseau Fripon, le bolide a livré un fragment de " +
      "312 grammes. Une « chondrite ordinaire », selon le Muséum national d’histoire naturelle.",
    paragraphs: [
      "Le 18 octobre à 21 h 47, une boule de feu a traversé le ciel du Massif central pendant " +
        "près de cinq secondes. Neuf caméras du réseau Fripon l’ont enregistrée, ce qui a permis de " +
        "calculer sa trajectoire et de délimiter une zone de chute de quelques kilomètres carrés " +
        "près de Riom-ès-Montagnes.",
      "C’est un agriculteur du secteur, Bernard Vidal, 63 ans, qui a mis la main sur la pierre " +
        "le 21 octobre, dans une prairie, après avoir lu l’appel lancé par le programme de sciences " +
        "participatives Vigie-Ciel. « Elle était posée dans l’herbe, avec une croûte noire toute " +
        "luisante. J’ai tout de suite compris que ce n’était pas un caillou d’ici », raconte le " +
        "sexagénaire.",
      "La planétologue Hélène Roussel, de l’Observatoire de Paris, et la cosmochimiste Claire " +
        "Mesnil, du Muséum, ont examiné le fragment dès le lendemain. « Trois jours dans une " +
        "prairie, c’est court : la pierre n’a presque pas été altérée par l’eau », souligne la " +
        "cosmochimiste.",
      "D’après Hélène Roussel, l’orbite reconstituée indique que l’objet provenait de la " +
        "ceinture principale d’astéroïdes. « On peut remonter sa trajectoire jusqu’à la région de la " +
        "famille Flora, explique-t-elle. C’est une source classique pour ce type de chondrite. »",
      "Le Muséum, qui en a acquis une partie, proposera que la météorite soit enregistrée auprès " +
        "de la Meteoritical Society sous le nom de « Riom-ès-Montagnes ». Dans un communiqué, il " +
        "rappelle que « toute pierre suspecte doit être signalée sans être lavée ni approchée d’un " +
        "aimant ».",
      "C’est seulement la troisième chute observée puis récupérée en France depuis la mise en " +
        "service du réseau, en 2016. « Chaque nouvelle pierre nous aide à affiner nos modèles. Et " +
        "chaque fois, ce sont des habitants qui les trouvent », se félicite Jean-Marc Lorrain, " +
        "ancien coordinateur de Fripon.",
    ],
    quotes: [
      ["chondrite ordinaire", "le Muséum national d’histoire naturelle"],
      [
        "Elle était posée dans l’herbe, avec une croûte noire toute luisante. J’ai tout " +
          "de suite compris que ce n’était pas un caillou d’ici",
        "Bernard Vidal",
      ],
      [
        "Trois jours dans une prairie, c’est court : la pierre n’a presque pas été altérée par l’eau",
        "Claire Mesnil",
      ],
      [
        "On peut remonter sa trajectoire jusqu’à la région de la famille Flora, " +
          "explique-t-elle. C’est une source classique pour ce type de chondrite.",
        "Hélène Roussel",
      ],
      [
        "toute pierre suspecte doit être signalée sans être lavée ni approchée d’un aimant",
        "le Muséum national d’histoire naturelle",
      ],
      [
        "Chaque nouvelle pierre nous aide à affiner nos modèles. Et chaque fois, ce sont " +
          "des habitants qui les trouvent",
        "Jean-Marc Lorrain",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal du Médecin, santé : même mot au chapeau et au corps (« selon le président de " +
      "leur cercle »), porte-parole « a justifié », citation sans verbe après le président, " +
      "généraliste en fragment puis « fait-elle valoir », rapport d’évaluation en fragment, " +
      "urgentiste anonyme « avertit », syndicat en sigle en fragment",
    headline: "Gardes de médecine générale : le 1733 étendu à toute la province de Luxembourg",
    standfirst:
      "Depuis le 1er novembre, les appels de nuit et de week-end y sont triés par des opérateurs " +
      "formés. Un « soulagement » pour les généralistes, selon le président de leur cercle.",
    paragraphs: [
      "Les habitants de la province de Luxembourg qui ont besoin d’un médecin la nuit, le " +
        "week-end ou un jour férié doivent désormais composer le 1733. L’appel aboutit à une " +
        "centrale où un opérateur évalue l’urgence, avant d’orienter le patient vers le médecin de " +
        "garde, le poste médical de garde (PMG) le plus proche ou, si nécessaire, le 112.",
      "« Un généraliste de garde ne doit plus être réveillé à trois heures du matin pour une " +
        "fièvre qui peut attendre le lendemain », a justifié Anne Lejeune, porte-parole du SPF Santé " +
        "publique, lors d’une présentation à Libramont.",
      "Le Dr Olivier Gérard, président du Cercle de médecine générale du Centre-Ardenne, parle " +
        "d’un « soulagement » pour ses confrères. Sur la quarantaine de généralistes que compte le " +
        "cercle, un tiers ont plus de 60 ans. « Certains faisaient encore dix gardes par mois. On ne " +
        "pouvait pas continuer comme ça. »",
      "Tout le monde n’est pas convaincu. À Bastogne, la Dre Sophie Lambert, généraliste depuis " +
        "vingt-deux ans, craint que le tri téléphonique ne « déshumanise » la garde. « Au téléphone, " +
        "une vieille dame qui dit que ça va, ce n’est pas forcément quelqu’un qui va bien. Nous, on " +
        "connaît nos patients », fait-elle valoir.",
      "Le rapport d’évaluation du projet pilote mené dans le Hainaut, publié en juin par le KCE, " +
        "concluait pourtant que le dispositif avait réduit « d’environ 30 % » les déplacements de " +
        "nuit des médecins, sans hausse des admissions aux urgences.",
      "Aux urgences de l’hôpital Vivalia de Marche-en-Famenne, on reste prudent. « Si le 1733 " +
        "renvoie vers nous tout ce qu’il ne sait pas classer, on sera vite saturés », avertit un " +
        "urgentiste. L’ABSyM, de son côté, réclame une revalorisation des honoraires de garde, " +
        "qu’elle juge « indignes » d’un service de première ligne.",
    ],
    quotes: [
      ["soulagement", "Olivier Gérard"],
      [
        "Un généraliste de garde ne doit plus être réveillé à trois heures du matin pour " +
          "une fièvre qui peut attendre le lendemain",
        "Anne Lejeune",
      ],
      [
        "Certains faisaient encore dix gardes par mois. On ne pouvait pas continuer comme ça.",
        "Olivier Gérard",
      ],
      ["déshumanise", "Sophie Lambert"],
      [
        "Au téléphone, une vieille dame qui dit que ça va, ce n’est pas forcément " +
          "quelqu’un qui va bien. Nous, on connaît nos patients",
        "Sophie Lambert",
      ],
      ["d’environ 30 %", "Le rapport d’évaluation du projet pilote"],
      [
        "Si le 1733 renvoie vers nous tout ce qu’il ne sait pas classer, on sera vite saturés",
        "un urgentiste",
      ],
      ["indignes", "L’ABSyM"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Pays Briard, vie locale : nom de cinéma au titre et dans le texte, nom d’association, " +
      "titre de film et nom de ciné-club entre guillemets, présidente « explique », « énumère la " +
      "quinquagénaire », deux hommes (maire et ancien projectionniste) puis « L’élu » et " +
      "« l’octogénaire » en fragments, « a-t-il ajouté », mère de famille anonyme en fragment, " +
      "« sourit »",
    headline: "La Ferté-Gaucher : le cinéma « Le Sélect » rallume son projecteur",
    standfirst:
      "Fermée depuis 2023, la salle de la rue de Paris a rouvert samedi grâce à une association " +
      "de bénévoles. Près de 200 spectateurs étaient au rendez-vous.",
    paragraphs: [
      "Samedi soir, la file d’attente s’étirait jusqu’à la boulangerie. Pour sa première séance, " +
        "l’association « Les Amis du Sélect » avait choisi « Les Enfants du paradis », projeté en " +
        "version restaurée. « On voulait un classique, quelque chose qui parle à toutes les " +
        "générations », explique sa présidente, Nathalie Bréant.",
      "Cette ancienne bibliothécaire de 54 ans a porté le projet pendant deux ans. Il a fallu " +
        "convaincre la communauté de communes, racheter un projecteur numérique d’occasion et " +
        "refaire l’installation électrique. « Le plus dur, ça a été de trouver les 38 000 euros. On " +
        "a fait des lotos, des vide-greniers, une cagnotte en ligne… », énumère la quinquagénaire.",
      "Le maire, Michel Jacquot, et l’ancien projectionniste de la salle, Roger Pannier, 81 ans, " +
        "ont coupé le ruban ensemble. L’élu a salué « une belle leçon d’engagement », tandis que " +
        "l’octogénaire, les yeux humides, confiait avoir « passé quarante ans derrière cette petite " +
        "fenêtre ».",
      "« Quand ils ont fermé, je passais devant tous les jours sans oser regarder. Ce soir, j’ai " +
        "l’impression d’avoir vingt ans », a-t-il ajouté.",
      "Dans la salle, beaucoup de familles. Venue de Jouy-sur-Morin avec ses deux enfants, une " +
        "mère de famille se réjouissait de « ne plus faire quarante minutes de route jusqu’à " +
        "Coulommiers pour un dessin animé ».",
      "La salle de 142 places proposera trois séances par semaine, dont une le mercredi " +
        "après-midi pour les enfants. Un ciné-club mensuel, baptisé « Les Jeudis du Sélect », " +
        "démarrera en janvier. « Si on tient un an, on aura gagné notre pari », sourit Nathalie " +
        "Bréant.",
    ],
    quotes: [
      ["On voulait un classique, quelque chose qui parle à toutes les générations", "Nathalie Bréant"],
      [
        "Le plus dur, ça a été de trouver les 38 000 euros. On a fait des lotos, des " +
          "vide-greniers, une cagnotte en ligne…",
        "Nathalie Bréant",
      ],
      ["une belle leçon d’engagement", "Michel Jacquot"],
      ["passé quarante ans derrière cette petite fenêtre", "Roger Pannier"],
      [
        "Quand ils ont fermé, je passais devant tous les jours sans oser regarder. Ce " +
          "soir, j’ai l’impression d’avoir vingt ans",
        "Roger Pannier",
      ],
      [
        "ne plus faire quarante minutes de route jusqu’à Coulommiers pour un dessin animé",
        "une mère de famille",
      ],
      ["Si on tient un an, on aura gagné notre pari", "Nathalie Bréant"],
    ],
  }),
  {
    name:
      "Blick, faits divers : guillemets suisses sans espace, fragment au chapeau de « La " +
      "police » nommée ensuite « la Police cantonale vaudoise », communiqué en fragment puis " +
      "« Elle évoque », retraitée « raconte la retraitée à Blick », deux hommes (procureur et " +
      "porte-parole) puis « a expliqué le magistrat », « Selon lui » sans citation, « Le " +
      "porte-parole » en fragment et « a-t-il précisé », nom d’opération entre guillemets, source " +
      "anonyme « glisse »",
    headline: "Explosions de bancomats: trois Néerlandais arrêtés après une course-poursuite à Vallorbe",
    standfirst:
      "Les suspects sont soupçonnés d’avoir fait sauter sept distributeurs en Suisse romande " +
      "depuis l’été. La police salue «un travail de fourmi».",
    paragraphs: [
      "Il était 3h20, dans la nuit de mardi à mercredi, quand une puissante détonation a " +
        "réveillé les habitants du centre d’Orbe (VD). Quelques minutes plus tard, une Audi RS6 " +
        "noire filait en direction de la frontière française. Elle a finalement été stoppée à " +
        "l’entrée de Vallorbe, où une herse avait été déployée.",
      "Dans un communiqué publié mercredi matin, la Police cantonale vaudoise indique que les " +
        "trois occupants, âgés de 22 à 27 ans, «ont tenté de forcer le barrage avant de percuter la " +
        "herse». Elle évoque «des mois de recoupements» menés depuis août avec les polices " +
        "neuchâteloise et fribourgeoise.",
      "Au-dessus de l’agence bancaire, Sylvie Gander, 67 ans, a cru à un tremblement de terre. " +
        "«Les vitres ont tremblé, le chien s’est mis à hurler. Quand j’ai regardé par la fenêtre, il " +
        "y avait de la fumée partout et des billets par terre», raconte la retraitée à Blick.",
      "Le procureur Raphaël Combremont, chargé de l’enquête, et le porte-parole de la police, " +
        "Alexandre Bisenz, ont tenu mercredi après-midi une conférence de presse à Lausanne. «Ce " +
        "sont des équipes très organisées, qui viennent souvent d’Utrecht et repartent dans la " +
        "nuit», a expliqué le magistrat. Selon lui, le butin de la série dépasserait 400'000 francs.",
      "Le porte-parole a, lui, appelé les banques à «accélérer» l’installation de cassettes qui " +
        "encrent les billets en cas d’explosion. «Un billet taché ne vaut plus rien. C’est ce qui a " +
        "fait chuter ce type d’attaques aux Pays-Bas», a-t-il précisé.",
      "L’enquête, baptisée «Opération Tulipe», se poursuit. Un quatrième homme est activement " +
        "recherché. «Il a probablement réussi à repasser la frontière à pied», glisse une source " +
        "proche de l’enquête.",
    ],
    quotes: [
      ["un travail de fourmi", "la Police cantonale vaudoise"],
      ["ont tenté de forcer le barrage avant de percuter la herse", "la Police cantonale vaudoise"],
      ["des mois de recoupements", "la Police cantonale vaudoise"],
      [
        "Les vitres ont tremblé, le chien s’est mis à hurler. Quand j’ai regardé par la " +
          "fenêtre, il y avait de la fumée partout et des billets par terre",
        "Sylvie Gander",
      ],
      [
        "Ce sont des équipes très organisées, qui viennent souvent d’Utrecht et repartent dans la nuit",
        "Raphaël Combremont",
      ],
      ["accélérer", "Alexandre Bisenz"],
      [
        "Un billet taché ne vaut plus rien. C’est ce qui a fait chuter ce type d’attaques aux Pays-Bas",
        "Alexandre Bisenz",
      ],
      ["Il a probablement réussi à repasser la frontière à pied", "une source proche de l’enquête"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Franco, éducation : fragment au chapeau d’« une mère de trois enfants » nommée dans le " +
      "texte, présidente de conseil scolaire « en entrevue avec Le Franco », citation sans verbe " +
      "de la mère, fille au prénom en fragment, ministre dans un communiqué en fragment, terme " +
      "juridique entre guillemets, rapport d’une fédération en fragment, porte-parole anonyme de " +
      "la municipalité, deux-points après « elle, ne s’inquiète pas »",
    todo: "«On l’attendait depuis dix ans» goes to une mère de trois enfants, not Julie Lavoie-Brandt",
    headline: "Beaumont aura son école secondaire francophone",
    standfirst:
      "Le gouvernement albertain a confirmé le financement d’une école de la 7e à la 12e année. " +
      "« On l’attendait depuis dix ans », réagit une mère de trois enfants.",
    paragraphs: [
      "Le ministère de l’Éducation de l’Alberta a annoncé mardi une enveloppe de 48 millions de " +
        "dollars pour la construction d’une école secondaire francophone à Beaumont, au sud " +
        "d’Edmonton. L’établissement, qui doit ouvrir ses portes à la rentrée 2029, accueillera " +
        "jusqu’à 600 élèves de la 7e à la 12e année.",
      "« C’est une victoire pour toute la communauté. Depuis des années, nos élèves du " +
        "secondaire passent jusqu’à une heure et demie par jour dans l’autobus pour aller à " +
        "Edmonton », a réagi la présidente du Conseil scolaire Centre-Nord, Monique Arsenault, en " +
        "entrevue avec Le Franco.",
      "Julie Lavoie-Brandt, dont les trois enfants fréquentent l’école élémentaire de Beaumont, " +
        "fait partie des parents qui ont multiplié les lettres au ministère. « On l’attendait depuis " +
        "dix ans. Ma plus vieille aura fini son secondaire avant que l’école ouvre, mais pour les " +
        "deux autres, ça change tout. » Sa fille Léa, 15 ans, se dit « un peu jalouse » de ses " +
        "frères.",
      "Dans un communiqué, le ministre de l’Éducation, Darren Kowalchuk, affirme que le projet " +
        "répond « aux obligations constitutionnelles de la province » envers les parents dits " +
        "« ayants droit » au sens de l’article 23 de la Charte canadienne des droits et libertés.",
      "Un rapport de la Fédération des parents francophones de l’Alberta (FPFA), publié au " +
        "printemps, estimait qu’environ 40 % des élèves admissibles de la région « échappent au " +
        "système francophone faute d’école secondaire à proximité ».",
      "Reste la question du terrain. La Ville de Beaumont doit encore céder une parcelle près du " +
        "parc Four Seasons. « Les discussions avancent bien, mais rien n’est signé », a indiqué un " +
        "porte-parole de la municipalité. Monique Arsenault, elle, ne s’inquiète pas : « Après dix " +
        "ans, on n’en est pas à quelques mois près. »",
    ],
    quotes: [
      ["On l’attendait depuis dix ans", "Julie Lavoie-Brandt"],
      [
        "C’est une victoire pour toute la communauté. Depuis des années, nos élèves du " +
          "secondaire passent jusqu’à une heure et demie par jour dans l’autobus pour aller à Edmonton",
        "Monique Arsenault",
      ],
      [
        "On l’attendait depuis dix ans. Ma plus vieille aura fini son secondaire avant " +
          "que l’école ouvre, mais pour les deux autres, ça change tout.",
        "Julie Lavoie-Brandt",
      ],
      ["un peu jalouse", "Léa"],
      ["aux obligations constitutionnelles de la province", "Darren Kowalchuk"],
      [
        "échappent au système francophone faute d’école secondaire à proximité",
        "Un rapport de la Fédération des parents francophones de l’Alberta",
      ],
      ["Les discussions avancent bien, mais rien n’est signé", "un porte-parole de la municipalité"],
      ["Après dix ans, on n’en est pas à quelques mois près.", "Monique Arsenault"],
    ],
  }),
];

runArticles("fr", ARTICLES);
