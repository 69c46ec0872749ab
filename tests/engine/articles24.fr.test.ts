// A twenty-fourth round of composed French articles, in the styles of outlets and beats the first
// twenty-three rounds (articles.fr to articles23.fr) did not use: a motion of no confidence changing the
// mayor of Sombreffe on Canal Zoom, a coffee cooperative manager convicted in Gitega for Iwacu, an IT
// services centre opened in Sfax in L’Économiste Maghrébin, a women's handball comeback in Brazzaville
// for Les Dépêches de Brazzaville, a play about Lausanne's last tram in Lausanne Cités, a midwife-led
// birth centre in Dembéni for Le Journal de Mayotte, an agricultural show revived in Villaines-la-Juhel
// for Le Courrier de la Mayenne, a drug-dealing point dismantled in the Neuhof for Rue89 Strasbourg, a
// bus rapid transit fare rise in Dakar on Dakaractu and a schoolyard closed for arsenic in Rouyn-Noranda
// for La Frontière. Every article was written for these tests, before the engine was run on them;
// speakers follow the corpus guidelines (the fullest name the article gives, without title; a body or
// document as named; the shortest description that identifies an unnamed source).
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
      "Canal Zoom, politique : fragment au titre du bourgmestre sortant nommé dans le texte, nom de " +
      "liste entre guillemets, « a justifié » avec nom et âge, fragment puis deux-points et « il a " +
      "lâché », deux femmes puis « La première » en fragment d’un mot, courrier du SPW en " +
      "fragment, " +
      "habitant anonyme avec deux-points, incise à l’intérieur des guillemets « a promis la nouvelle " +
      "bourgmestre »",
    headline:
      "Sombreffe : la motion de méfiance adoptée, « un coup de force » selon le bourgmestre " + "sortant",
    standfirst:
      "Par 12 voix contre 9, le conseil communal a changé de majorité lundi soir. Le PS passe dans " +
      "l’opposition après plus de vingt ans à la tête de la commune.",
    paragraphs: [
      "La salle du conseil de Sombreffe n’avait plus connu pareille affluence depuis longtemps. " +
        "Lundi soir, devant une centaine d’habitants, les conseillers ont adopté la motion de " +
        "méfiance constructive déposée par Les Engagés et la liste « Sombreffe Demain », qui " +
        "désigne Caroline Hubaux comme nouvelle bourgmestre.",
      "« Ce soir, nous ne faisons rien d’autre qu’appliquer le Code de la démocratie locale. La " +
        "majorité n’existait plus depuis le départ de deux échevins en septembre », a justifié " +
        "Caroline Hubaux, 47 ans, conseillère communale depuis 2012.",
      "Le bourgmestre sortant, Jean-Luc Dethier (PS), a dénoncé « un coup de force préparé dans " +
        "les arrière-salles ». Assis face à celle qui lui succède, il a lâché : « Vous aurez " +
        "l’écharpe, madame, mais pas la confiance des Sombreffois. »",
      "Dans les rangs de l’ancienne majorité, l’échevine des Finances Martine Collard et la " +
        "conseillère Isabelle Renard ont quitté leur siège avant le vote. La première a jugé le " +
        "procédé « indigne », la seconde n’a pas souhaité s’exprimer.",
      "La régularité de la démarche ne fait guère de doute. Dans un courrier adressé vendredi aux " +
        "conseillers, le SPW Intérieur rappelait que la motion était « recevable dès lors qu’elle " +
        "présente un pacte de majorité alternatif signé par la majorité des élus de chaque groupe " +
        "concerné ».",
      "Dans le public, un habitant de Ligny ne cachait pas sa lassitude : « On a l’impression " +
        "qu’ils se battent pour des chaises pendant que les routes s’effondrent. »",
      "« Notre priorité, ce sera le budget 2027, a promis la nouvelle bourgmestre. Il n’a toujours " +
        "pas été voté, et la tutelle attend. » L’installation du nouveau collège est prévue le 14 " +
        "décembre.",
    ],
    quotes: [
      ["un coup de force", "Jean-Luc Dethier"],
      [
        "Ce soir, nous ne faisons rien d’autre qu’appliquer le Code de la démocratie locale. La " +
          "majorité n’existait plus depuis le départ de deux échevins en septembre",
        "Caroline Hubaux",
      ],
      ["un coup de force préparé dans les arrière-salles", "Jean-Luc Dethier"],
      ["Vous aurez l’écharpe, madame, mais pas la confiance des Sombreffois.", "Jean-Luc Dethier"],
      ["indigne", "Martine Collard"],
      [
        "recevable dès lors qu’elle présente un pacte de majorité alternatif signé par la majorité " +
          "des élus de chaque groupe concerné",
        "le SPW Intérieur",
      ],
      [
        "On a l’impression qu’ils se battent pour des chaises pendant que les routes s’effondrent.",
        "un habitant de Ligny",
      ],
      [
        "Notre priorité, ce sera le budget 2027, a promis la nouvelle bourgmestre. Il n’a toujours " +
          "pas été voté, et la tutelle attend.",
        "Caroline Hubaux",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Iwacu, justice : citation au chapeau d’« une caféicultrice » nommée dans le texte, nom de " +
      "coopérative entre guillemets, jugement en fragment, « avait-il déclaré à la barre », deux " +
      "hommes (officier du ministère public et avocat) puis « ce dernier », citation sur deux " +
      "paragraphes d’une mère de six enfants, autorité de régulation en fragment « indique »",
    headline:
      "Gitega : l’ancien gérant de la coopérative caféicole de Mutaho condamné à cinq ans " + "de prison",
    standfirst:
      "Reconnu coupable du détournement de 212 millions de BIF, Déogratias Niyonzima a annoncé " +
      "qu’il ferait appel. « Justice est faite », estime une caféicultrice.",
    paragraphs: [
      "Le Tribunal de grande instance de Gitega a rendu son jugement ce mardi 1er décembre. " +
        "Déogratias Niyonzima, 44 ans, ancien gérant de la coopérative « Dukorere Hamwe » de " +
        "Mutaho, écope de cinq ans de servitude pénale principale. Il devra en outre rembourser " +
        "l’intégralité des sommes détournées aux quelque 1 300 membres de la coopérative.",
      "Selon le jugement, le prévenu a « sciemment falsifié les bordereaux de livraison » entre " +
        "2022 et 2024, déclarant des quantités de cerises inférieures à celles réellement livrées " +
        "par les producteurs, avant de revendre la différence à un usineur privé.",
      "Lors de l’audience du 17 novembre, l’ex-gérant avait nié en bloc. « Je n’ai jamais touché " +
        "un franc de la coopérative. Ce sont les comptables qui tenaient les registres », avait-il " +
        "déclaré à la barre.",
      "L’officier du ministère public, Léonce Bizimana, avait requis sept ans. Me Fabrice " +
        "Nduwayo, l’avocat de la défense, a dénoncé « un procès expédié ». « Mon client a été " +
        "condamné sur la base de documents que nous n’avons jamais pu consulter », a regretté ce " +
        "dernier, qui annonce un recours devant la Cour d’appel de Gitega.",
      "Dans la salle, une cinquantaine de membres de la coopérative avaient fait le déplacement " +
        "depuis Mutaho. Parmi eux, Joséphine Ndayishimiye, caféicultrice et mère de six enfants. " +
        "« Justice est faite, mais qui va nous rendre notre argent ? Pendant deux saisons, on nous " +
        "a payé le kilo de cerises à moitié prix.",
      "« Mes enfants ont quitté l’école parce que je ne pouvais plus acheter les cahiers. " +
        "Aujourd’hui, je veux seulement que la coopérative soit rendue à ses membres. »",
      "Contactée par Iwacu, l’Autorité de régulation de la filière café (ARFIC) indique avoir " +
        "« renforcé les contrôles » dans les coopératives de la province depuis l’éclatement de " +
        "l’affaire.",
    ],
    quotes: [
      ["Justice est faite", "Joséphine Ndayishimiye"],
      ["sciemment falsifié les bordereaux de livraison", "le jugement"],
      [
        "Je n’ai jamais touché un franc de la coopérative. Ce sont les comptables qui tenaient les " +
          "registres",
        "Déogratias Niyonzima",
      ],
      ["un procès expédié", "Fabrice Nduwayo"],
      [
        "Mon client a été condamné sur la base de documents que nous n’avons jamais pu consulter",
        "Fabrice Nduwayo",
      ],
      [
        "Justice est faite, mais qui va nous rendre notre argent ? Pendant deux saisons, on nous a " +
          "payé le kilo de cerises à moitié prix.",
        "Joséphine Ndayishimiye",
      ],
      [
        "Mes enfants ont quitté l’école parce que je ne pouvais plus acheter les cahiers. " +
          "Aujourd’hui, je veux seulement que la coopérative soit rendue à ses membres.",
        "Joséphine Ndayishimiye",
      ],
      ["renforcé les contrôles", "l’Autorité de régulation de la filière café"],
    ],
  }),
  {
    name:
      "L’Économiste Maghrébin, entreprises : guillemets droits, fragment au chapeau de « sa " +
      "directrice générale » nommée dans le texte, « a déclaré » avec nom et fonction, gouverneur " +
      "« a vu » un fragment, instance publique en fragment dans son rapport, deux hommes puis " +
      "« prévient le premier » et « Le second » avec deux-points, cadre anonyme en fragment, nom de " +
      "programme et terme entre guillemets",
    todo: "«un signal fort adressé aux investisseurs» not found; «nearshoring» taken for a quote",
    headline: "Sfax : Dataxis inaugure un centre de développement de 400 ingénieurs",
    standfirst:
      "L’entreprise de services numériques franco-tunisienne investit 35 millions de dinars dans " +
      'la capitale du Sud. "Sfax a des talents que tout le monde oublie", assure sa directrice générale.',
    paragraphs: [
      "Dataxis a inauguré jeudi, au sein du technopôle de Sfax, un centre de développement " +
        "logiciel qui devrait employer 400 ingénieurs d’ici fin 2027. L’entreprise, qui se présente " +
        'comme un spécialiste du "nearshoring", y développera des applications bancaires pour ses ' +
        "clients français et belges.",
      '"Sfax a des talents que tout le monde oublie. Chaque année, ses écoles d’ingénieurs ' +
        'forment plus de 2 000 diplômés, et la moitié partent à Tunis ou à l’étranger", ' +
        "a déclaré " +
        "Leïla Ben Salah, directrice générale de Dataxis Tunisie, lors de la cérémonie.",
      'Le gouverneur de Sfax, Hichem Jlassi, a vu dans ce projet "un signal fort adressé aux ' +
        'investisseurs", dans une région longtemps pénalisée par le déficit d’infrastructures. ' +
        'Le projet bénéficie des incitations du programme "Smart Tunisia".',
      "Le timing n’est pas anodin. Dans son rapport annuel, l’Instance tunisienne de " +
        "l’investissement (TIA) relève une progression de 18 % des intentions d’investissement " +
        'dans le numérique, mais pointe "une concentration excessive sur le Grand Tunis".',
      "Reste la question de la fuite des compétences. Karim Trabelsi, président de la Chambre " +
        "syndicale des sociétés de services informatiques, et Walid Mezghani, enseignant à l’École " +
        'nationale d’ingénieurs de Sfax (ENIS), n’en font pas la même lecture. "Un ingénieur qui ' +
        'part en Allemagne gagne cinq fois plus. On ne retient pas les gens avec un open space", ' +
        'prévient le premier. Le second se veut plus optimiste : "Mes étudiants veulent rester près ' +
        'de leur famille, si on leur offre une vraie carrière."',
      "Côté salaires, un cadre de l’entreprise reconnaît, sous couvert d’anonymat, que les " +
        'grilles proposées restent "en dessous du marché tunisois". La direction promet une ' +
        "révision annuelle indexée sur les performances.",
    ],
    quotes: [
      ["Sfax a des talents que tout le monde oublie", "Leïla Ben Salah"],
      [
        "Sfax a des talents que tout le monde oublie. Chaque année, ses écoles d’ingénieurs " +
          "forment plus de 2 000 diplômés, et la moitié partent à Tunis ou à l’étranger",
        "Leïla Ben Salah",
      ],
      ["un signal fort adressé aux investisseurs", "Hichem Jlassi"],
      ["une concentration excessive sur le Grand Tunis", "l’Instance tunisienne de l’investissement"],
      [
        "Un ingénieur qui part en Allemagne gagne cinq fois plus. On ne retient pas les gens avec " +
          "un open space",
        "Karim Trabelsi",
      ],
      [
        "Mes étudiants veulent rester près de leur famille, si on leur offre une vraie carrière.",
        "Walid Mezghani",
      ],
      ["en dessous du marché tunisois", "un cadre de l’entreprise"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Les Dépêches de Brazzaville, handball : surnom d’équipe entre guillemets, deux joueuses " +
      "(gardienne et capitaine) puis « a raconté la capitaine » et « La portière, elle » en " +
      "fragment, citation de l’entraîneur sur deux paragraphes, « a reconnu, beau joueur, le " +
      "technicien portugais », fédération dans un communiqué en fragment, supporter anonyme " +
      "« souriait »",
    todo: "«les deux jets de 7 mètres arrêtés dans les ci…» goes to Grâce Nkounkou, not Prisca Mbemba",
    headline: "Handball : l’Étoile du Congo renverse Petro de Luanda et file en finale",
    paragraphs: [
      "Menées de cinq buts à la pause (11-16), les « Stelliennes » ont renversé la vapeur en " +
        "seconde période pour s’imposer 27-25, samedi, au gymnase Henri-Elendé, en demi-finale de " +
        "la Coupe d’Afrique des clubs champions dames, devant près de 3 000 supporters.",
      "Au cœur de cette remontée, la gardienne Prisca Mbemba, auteure de quatorze arrêts, et " +
        "l’arrière gauche et capitaine Grâce Nkounkou, meilleure marqueuse du match avec neuf " +
        "buts. « À la mi-temps, personne n’a crié dans le vestiaire. On s’est juste regardées et " +
        "on s’est dit qu’on ne pouvait pas perdre devant notre public », a raconté la capitaine. " +
        "La portière, elle, retient surtout « les deux jets de 7 mètres arrêtés dans les cinq " +
        "dernières minutes ».",
      "L’entraîneur stellien, Armel Ngoma, ne cachait pas son soulagement. « On a changé de " +
        "défense, on est passés en 5-1 et les Angolaises ont perdu leurs repères. Mais " +
        "honnêtement, je ne pensais pas qu’on reviendrait aussi vite.",
      "« Ces filles ont un mental hors norme. La finale, on va la jouer sans complexe. »",
      "« Nous avons perdu le match sur des détails, sur nos pertes de balle en attaque placée », " +
        "a reconnu, beau joueur, le technicien portugais de Petro, Filipe Cardoso.",
      "La Fédération congolaise de handball (Fécohand) a salué dans un communiqué « une victoire " +
        "de tout un peuple » et annoncé la gratuité de l’entrée pour la finale, prévue mardi face " +
        "au vainqueur de Primeiro de Agosto – Africa Sports.",
      "« Ça faisait longtemps qu’on n’avait pas vibré comme ça à Elendé », souriait un " +
        "supporter " +
        "à la sortie, drapeau vert-jaune-rouge sur les épaules.",
    ],
    quotes: [
      [
        "À la mi-temps, personne n’a crié dans le vestiaire. On s’est juste regardées et on s’est " +
          "dit qu’on ne pouvait pas perdre devant notre public",
        "Grâce Nkounkou",
      ],
      ["les deux jets de 7 mètres arrêtés dans les cinq dernières minutes", "Prisca Mbemba"],
      [
        "On a changé de défense, on est passés en 5-1 et les Angolaises ont perdu leurs repères. " +
          "Mais honnêtement, je ne pensais pas qu’on reviendrait aussi vite.",
        "Armel Ngoma",
      ],
      ["Ces filles ont un mental hors norme. La finale, on va la jouer sans complexe.", "Armel Ngoma"],
      [
        "Nous avons perdu le match sur des détails, sur nos pertes de balle en attaque placée",
        "Filipe Cardoso",
      ],
      ["une victoire de tout un peuple", "La Fédération congolaise de handball"],
      ["Ça faisait longtemps qu’on n’avait pas vibré comme ça à Elendé", "un supporter"],
    ],
  }),
  {
    name:
      "Lausanne Cités, culture : guillemets suisses sans espace, citation au titre de la metteuse " +
      "en scène nommée dans le texte, titre de pièce et titre de livre entre guillemets, " +
      "« explique » avec nom et âge, citation coupée par « plaisante » avec reprise, « Selon lui » " +
      "avec fragment de l’historien, service communal en fragment dans sa décision, surnom entre " +
      "guillemets, spectatrice anonyme avec deux-points",
    headline: "«On a voulu faire rouler le tram une dernière fois»: Les Pieds nus ressuscitent la ligne 7",
    paragraphs: [
      "Le 6 janvier 1964, le dernier tram de Lausanne rentrait au dépôt de Prélaz. Soixante-deux " +
        "ans plus tard, la compagnie lausannoise Les Pieds nus fait revivre ce dernier voyage dans " +
        "«La Dernière Ligne», créée jeudi au Pulloff.",
      "«On a voulu faire rouler le tram une dernière fois. Pas par nostalgie, mais parce que " +
        "cette ville a oublié qu’elle avait été traversée par des rails pendant près de septante " +
        "ans», explique Noémie Chappuis, 38 ans, qui signe le texte et la mise en scène.",
      "«Je n’avais jamais conduit quoi que ce soit de plus gros qu’un scooter», plaisante Bastien " +
        "Rochat, qui incarne le wattman. «Alors apprendre les gestes d’un conducteur de 1964, avec " +
        "la manivelle et la cloche, c’était un vrai stage.»",
      "Pour reconstituer l’ambiance, la troupe s’est appuyée sur les travaux de l’historien " +
        "Pierre-Alain Jaquier, auteur de «Lausanne en tram, 1896-1964». Selon lui, la fermeture du " +
        "réseau fut «une décision très politique, prise au nom de la voiture reine».",
      "Le spectacle a reçu 25'000 francs de la Ville. Dans sa décision, le Service de la culture " +
        "évoque «un projet ancré dans la mémoire des quartiers» et salue le travail mené avec les " +
        "Transports publics lausannois.",
      "À la sortie de la première, une spectatrice de 81 ans, qui prenait enfant le «petit " +
        "train» pour descendre à l’école, était émue: «J’avais oublié le bruit des roues " +
        "dans la " +
        "montée du Petit-Chêne. Ils l’ont refait exactement.»",
      "«La Dernière Ligne», au Pulloff, jusqu’au 20 décembre. Réservations sur le site du théâtre.",
    ],
    quotes: [
      ["On a voulu faire rouler le tram une dernière fois", "Noémie Chappuis"],
      [
        "On a voulu faire rouler le tram une dernière fois. Pas par nostalgie, mais parce que " +
          "cette ville a oublié qu’elle avait été traversée par des rails pendant près de " +
          "septante ans",
        "Noémie Chappuis",
      ],
      ["Je n’avais jamais conduit quoi que ce soit de plus gros qu’un scooter", "Bastien Rochat"],
      [
        "Alors apprendre les gestes d’un conducteur de 1964, avec la manivelle et la cloche, " +
          "c’était un vrai stage.",
        "Bastien Rochat",
      ],
      ["une décision très politique, prise au nom de la voiture reine", "Pierre-Alain Jaquier"],
      ["un projet ancré dans la mémoire des quartiers", "le Service de la culture"],
      [
        "J’avais oublié le bruit des roues dans la montée du Petit-Chêne. Ils l’ont refait " + "exactement.",
        "une spectatrice de 81 ans",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal de Mayotte, santé : fragment au chapeau de « la directrice de l’Agence " +
      "régionale de santé » nommée dans le texte, « a déclaré » avec nom et fonction, " +
      "coordinatrice avec deux-points après « insiste », deux hommes (médecin et directeur) puis " +
      "« Le premier » et « Le second » en fragments, intersyndicale dans un communiqué en fragment, " +
      "« confie la jeune femme », nom de campagne entre guillemets",
    headline: "Santé : une maison de naissance ouvre à Dembéni pour soulager la maternité de Mamoudzou",
    standfirst:
      "La structure, tenue par des sages-femmes, accueillera les accouchements sans complication. " +
      "« Une bouffée d’oxygène », selon la directrice de l’Agence régionale de santé.",
    paragraphs: [
      "Avec près de 10 000 naissances par an, la maternité du Centre hospitalier de Mayotte " +
        "(CHM), à Mamoudzou, reste la plus active de France. Pour la désengorger, une maison de " +
        "naissance de six lits a été inaugurée mercredi à Dembéni.",
      "« C’est une bouffée d’oxygène pour nos équipes, qui assurent parfois quarante accouchements " +
        "en vingt-quatre heures », a déclaré Nadine Verdier, directrice générale de l’ARS Mayotte, " +
        "lors de la visite des lieux.",
      "La structure sera gérée par six sages-femmes libérales. Leur coordinatrice, Zaïnaba " +
        "Attoumani, insiste : « Nous ne prendrons que des grossesses à bas risque. Au moindre " +
        "doute, la patiente est transférée au CHM, qui est à vingt minutes. »",
      "Le chef du pôle femme-mère-enfant du CHM, le docteur Ahmed Soilihi, et le directeur de " +
        "l’hôpital, Jean-Marc Lebreton, avaient fait le déplacement. Le premier a salué « un " +
        "complément, pas une concurrence ». Le second a rappelé que la maternité de Mamoudzou " +
        "fonctionne « à 140 % de sa capacité » depuis l’été.",
      "Tout le monde ne partage pas cet enthousiasme. Dans un communiqué diffusé mardi, " +
        "l’intersyndicale du CHM estime que cette ouverture « ne règle en rien le manque criant de " +
        "gynécologues-obstétriciens » sur l’île.",
      "À Dembéni, la nouvelle est pourtant accueillie avec soulagement. Anrifa Madi, 24 ans, " +
        "enceinte de son deuxième enfant, avait accouché de son aîné sur un brancard, dans un " +
        "couloir. « Je ne veux plus jamais vivre ça. Ici, au moins, on sera dans une chambre, avec " +
        "quelqu’un qui nous connaît », confie la jeune femme.",
      "L’ARS a lancé en parallèle la campagne « Suivie dès le premier mois », destinée à inciter " +
        "les femmes enceintes à consulter plus tôt dans leur grossesse.",
    ],
    quotes: [
      ["Une bouffée d’oxygène", "Nadine Verdier"],
      [
        "C’est une bouffée d’oxygène pour nos équipes, qui assurent parfois quarante accouchements " +
          "en vingt-quatre heures",
        "Nadine Verdier",
      ],
      [
        "Nous ne prendrons que des grossesses à bas risque. Au moindre doute, la patiente est " +
          "transférée au CHM, qui est à vingt minutes.",
        "Zaïnaba Attoumani",
      ],
      ["un complément, pas une concurrence", "Ahmed Soilihi"],
      ["à 140 % de sa capacité", "Jean-Marc Lebreton"],
      ["ne règle en rien le manque criant de gynécologues-obstétriciens", "l’intersyndicale du CHM"],
      [
        "Je ne veux plus jamais vivre ça. Ici, au moins, on sera dans une chambre, avec quelqu’un " +
          "qui nous connaît",
        "Anrifa Madi",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Courrier de la Mayenne, vie locale : « rappelle » avec nom et fonction puis citation " +
      "sans verbe du même, nom de vache entre guillemets, « sourit le quinquagénaire », fils au " +
      "prénom seul en fragment, maire en fragment puis deux-points, habitante anonyme " +
      "« s’amusait », slogan entre guillemets",
    headline: "Villaines-la-Juhel : après dix ans d’absence, le comice agricole a fait le plein",
    paragraphs: [
      "Ils étaient plus de 4 000, dimanche, à arpenter le champ de foire sous un soleil " +
        "d’automne. Le comice cantonal n’avait plus été organisé depuis 2015, faute de bénévoles " +
        "pour le porter.",
      "« Il a fallu repartir de zéro. Plus de matériel, plus de trésorerie, plus de fichier " +
        "d’exposants », rappelle Gérard Bouvet, président du comité des fêtes, qui a relancé " +
        "l’événement avec une trentaine de bénévoles. « On a frappé à toutes les portes, et les " +
        "agriculteurs ont répondu présent. »",
      "Sur le ring, « Praline », une prim’holstein de quatre ans, a remporté le prix de la " +
        "meilleure laitière. Son propriétaire, Thierry Gesbert, 54 ans, éleveur à Loupfougères, " +
        "n’en revenait pas. « Je l’ai amenée pour faire plaisir à mon fils. Je ne pensais pas " +
        "repartir avec la coupe », sourit le quinquagénaire.",
      "Son fils Maxime, 19 ans, en BTS au lycée agricole de Laval, a passé « trois semaines à lui " +
        "apprendre à marcher au licol » avant le concours.",
      "Pour la maire, Sylvie Lemercier, le comice est « bien plus qu’une fête » : « C’est le seul " +
        "jour de l’année où les gens du bourg et ceux des fermes se retrouvent au même endroit. »",
      "Sous le chapiteau, le repas campagnard affichait complet dès midi. « Les jeunes ne savent " +
        "plus ce que c’est, un comice. Ma petite-fille a vu traire une vache pour la première " +
        "fois », s’amusait une habitante de Villaines, venue en famille.",
      "Le comité a déjà fixé le rendez-vous de la prochaine édition, à Javron-les-Chapelles en " +
        "2027, sous le slogan « Nos campagnes ont du talent ».",
    ],
    quotes: [
      [
        "Il a fallu repartir de zéro. Plus de matériel, plus de trésorerie, " + "plus de fichier d’exposants",
        "Gérard Bouvet",
      ],
      ["On a frappé à toutes les portes, et les agriculteurs ont répondu présent.", "Gérard Bouvet"],
      [
        "Je l’ai amenée pour faire plaisir à mon fils. Je ne pensais pas repartir avec la coupe",
        "Thierry Gesbert",
      ],
      ["trois semaines à lui apprendre à marcher au licol", "Maxime"],
      ["bien plus qu’une fête", "Sylvie Lemercier"],
      [
        "C’est le seul jour de l’année où les gens du bourg et ceux des fermes se retrouvent au " +
          "même endroit.",
        "Sylvie Lemercier",
      ],
      [
        "Les jeunes ne savent plus ce que c’est, un comice. Ma petite-fille a vu traire une vache " +
          "pour la première fois",
        "une habitante de Villaines",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Rue89 Strasbourg, faits divers : citation au chapeau « selon le parquet » nommé ensuite " +
      "« le parquet de Strasbourg » dans un communiqué en fragment, mère anonyme avec guillemets " +
      "anglais imbriqués et « témoigne-t-elle », deux hommes (éducateur et policier) puis « juge " +
      "le premier » et « Le policier, lui » en fragment, « a insisté mardi l’adjoint » avec nom " +
      "après, nom d’opération entre guillemets, avocat en fragment",
    headline: "Neuhof : un point de deal démantelé, six personnes en garde à vue",
    standfirst:
      "Les enquêteurs ont saisi 3,2 kilos de résine de cannabis et 18 000 euros en liquide. « Le " +
      "point rapportait jusqu’à 15 000 euros par jour », selon le parquet.",
    paragraphs: [
      "Mardi 1er décembre, peu après 6 heures, une centaine de policiers ont investi plusieurs " +
        "immeubles de la cité Reuss, au Neuhof. Six hommes ont été interpellés, dont un mineur.",
      "Dans un communiqué, le parquet de Strasbourg indique que les suspects, âgés de 17 à 34 " +
        "ans, « sont soupçonnés d’avoir organisé la vente de stupéfiants en continu, de 10 heures " +
        "à 2 heures du matin, depuis au moins le printemps ».",
      "Au pied d’un immeuble, une mère de trois enfants, qui préfère taire son nom, raconte des " +
        "mois de tension. « Les guetteurs criaient “Arah !” dès qu’une voiture inconnue entrait " +
        "dans la cité. Mes enfants rentraient de l’école en baissant la tête », témoigne-t-elle.",
      "Karim Benali, éducateur de rue depuis quinze ans dans le quartier, et Thierry Roos, " +
        "délégué syndical policier, ne tirent pas les mêmes leçons du coup de filet. « On " +
        "démantèle, et trois semaines après, un autre réseau s’installe. Tant qu’on n’investit " +
        "pas " +
        "dans les jeunes, ça recommencera », juge le premier. Le policier, lui, salue « huit mois " +
        "d’un travail d’enquête minutieux » et réclame des effectifs pérennes.",
      "« La Ville ne se contentera pas d’une opération coup de poing. Nous allons refaire " +
        "l’éclairage et rouvrir le local associatif fermé depuis le Covid », a insisté mardi " +
        "l’adjoint à la maire chargé de la tranquillité publique, Joël Steffan.",
      "L’opération s’inscrit dans la série des opérations « Place nette » lancées au niveau " +
        "national. Selon nos informations, deux des suspects étaient déjà connus pour des faits " +
        "similaires.",
      "Les six hommes devaient être présentés jeudi à un juge d’instruction. L’avocat de l’un " +
        "d’eux, Me Paul Kieffer, dénonce « une opération de communication » et un dossier " +
        "« très mince » pour son client.",
    ],
    quotes: [
      ["Le point rapportait jusqu’à 15 000 euros par jour", "le parquet de Strasbourg"],
      [
        "sont soupçonnés d’avoir organisé la vente de stupéfiants en continu, de 10 heures à 2 " +
          "heures du matin, depuis au moins le printemps",
        "le parquet de Strasbourg",
      ],
      [
        "Les guetteurs criaient “Arah !” dès qu’une voiture inconnue entrait dans la cité. Mes " +
          "enfants rentraient de l’école en baissant la tête",
        "une mère de trois enfants",
      ],
      [
        "On démantèle, et trois semaines après, un autre réseau s’installe. Tant qu’on " +
          "n’investit pas dans les jeunes, ça recommencera",
        "Karim Benali",
      ],
      ["huit mois d’un travail d’enquête minutieux", "Thierry Roos"],
      [
        "La Ville ne se contentera pas d’une opération coup de poing. Nous allons refaire " +
          "l’éclairage et rouvrir le local associatif fermé depuis le Covid",
        "Joël Steffan",
      ],
      ["une opération de communication", "Paul Kieffer"],
      ["très mince", "Paul Kieffer"],
    ],
  }),
  {
    name:
      "Dakaractu, transports : guillemets français avec espaces simples, fragment au chapeau de " +
      "Dakar Mobilité reprise dans un communiqué en fragment plus long, surnom entre guillemets, " +
      "directeur général « assure que » en fragment puis « ajoute-t-il », deux femmes puis " +
      "« calcule la première » et « La seconde » avec deux-points, association en fragment d’un " +
      "mot, agent anonyme en fragment",
    headline: "BRT : le ticket passe à 500 FCFA, les usagers grincent des dents",
    standfirst:
      "À partir du 1er janvier, le trajet simple coûtera 100 francs de plus. Dakar Mobilité " +
      "invoque « la hausse des coûts d’exploitation ».",
    paragraphs: [
      "Depuis sa mise en service, le « Bus bleu », comme l’appellent déjà les Dakarois, " +
        "transporte plus de 300 000 passagers par jour entre Petersen et Guédiawaye. Le tarif " +
        "unique de 400 FCFA, inchangé depuis le lancement, va pourtant augmenter.",
      "Dans un communiqué publié lundi, Dakar Mobilité justifie cette révision tarifaire par " +
        "« la hausse des coûts d’exploitation, notamment de l’électricité et de la maintenance des " +
        "véhicules ».",
      "Interrogé par Dakaractu, son directeur général, Mamadou Lamine Sarr, assure que « même à " +
        "500 francs, le BRT reste moins cher qu’un taxi et deux fois plus rapide qu’un car ». " +
        "« Nous n’avons pas touché au prix depuis le lancement, alors que notre facture " +
        "d’électricité a augmenté de 30 % », ajoute-t-il.",
      "À la station de Guédiawaye, la nouvelle passe mal. Fatou Bintou Ndiaye, étudiante en " +
        "master à l’UCAD, fait le trajet deux fois par jour, comme sa voisine Aminata Sow, " +
        "vendeuse au marché Sandaga. « Cent francs de plus par trajet, ça fait 4 000 francs par " +
        "mois. Pour une étudiante, c’est énorme », calcule la première. La seconde hausse les " +
        "épaules : « On reprendra les cars rapides, tant pis pour le temps perdu. »",
      "L’Association des consommateurs du Sénégal (ASCOSEN) a, pour sa part, dénoncé une hausse " +
        "« unilatérale » et demandé au ministère de tutelle d’ouvrir une concertation avec les " +
        "usagers.",
      "Même en interne, la décision fait grincer des dents. Un agent de la station Petersen, sous " +
        "couvert d’anonymat, reconnaît qu’elle « a été prise très vite, sans même que le " +
        "personnel " +
        "soit prévenu ».",
    ],
    quotes: [
      ["la hausse des coûts d’exploitation", "Dakar Mobilité"],
      [
        "la hausse des coûts d’exploitation, notamment de l’électricité et de la maintenance des " +
          "véhicules",
        "Dakar Mobilité",
      ],
      [
        "même à 500 francs, le BRT reste moins cher qu’un taxi et deux fois plus rapide qu’un car",
        "Mamadou Lamine Sarr",
      ],
      [
        "Nous n’avons pas touché au prix depuis le lancement, alors que notre facture " +
          "d’électricité a augmenté de 30 %",
        "Mamadou Lamine Sarr",
      ],
      [
        "Cent francs de plus par trajet, ça fait 4 000 francs par mois. Pour une étudiante, c’est " +
          "énorme",
        "Fatou Bintou Ndiaye",
      ],
      ["On reprendra les cars rapides, tant pis pour le temps perdu.", "Aminata Sow"],
      ["unilatérale", "L’Association des consommateurs du Sénégal"],
      ["a été prise très vite, sans même que le personnel soit prévenu", "Un agent de la station Petersen"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Frontière, éducation : citation au chapeau de « la présidente du comité de parents » " +
      "nommée dans le texte, directrice générale « en point de presse » avec nom après, « Selon " +
      "elle » sans citation puis citation sans verbe, deux femmes dans un paragraphe avec fragment " +
      "de la directrice, santé publique dans un avis en fragment, père et nom de regroupement " +
      "entre guillemets avec guillemets anglais imbriqués, enseignante anonyme « raconte », nom de " +
      "programme entre guillemets",
    headline: "Sols contaminés : la cour de l’école Notre-Dame fermée jusqu’au printemps",
    standfirst:
      "Des concentrations d’arsenic supérieures à la norme ont été mesurées dans le sable du " +
      "module de jeux. « On nous a caché des résultats pendant deux mois », dénonce la " +
      "présidente du comité de parents.",
    paragraphs: [
      "Le Centre de services scolaire de Rouyn-Noranda a annoncé lundi la fermeture de la cour " +
        "de l’école Notre-Dame, située à quelques centaines de mètres de la Fonderie Horne. Les " +
        "analyses du sable ont révélé une concentration d’arsenic de 45 mg/kg, alors que le " +
        "critère provincial est fixé à 30 mg/kg.",
      "« Dès que nous avons eu les résultats finaux, nous avons agi. Aucun enfant ne remettra " +
        "les pieds dans ce sable tant qu’il n’aura pas été remplacé », a assuré la directrice " +
        "générale du Centre de services scolaire, Johanne Bélanger, en point de presse lundi.",
      "La présidente du comité de parents, Stéphanie Gagnon, ne l’entend pas ainsi. Selon elle, " +
        "le centre de services disposait de premiers résultats dès la fin de septembre. « On nous " +
        "a caché des résultats pendant deux mois. Nos enfants ont joué là tout l’automne. »",
      "Johanne Bélanger soutient au contraire que les analyses de septembre étaient " +
        "« préliminaires et non validées ». Une version que conteste Stéphanie Gagnon, courriels " +
        "à l’appui.",
      "La Direction de santé publique de l’Abitibi-Témiscamingue se veut rassurante. Dans un " +
        "avis transmis aux parents mercredi, elle juge le risque pour la santé des enfants " +
        "« faible, compte tenu de la durée d’exposition ».",
      "Mathieu Lavallée, père de deux élèves de l’école et membre du regroupement « Mères au " +
        "front », ne décolère pas. « Un avis qui dit “faible”, on en a lu dix depuis 2022. Ce " +
        "qu’on veut, c’est que la fonderie réduise ses émissions, pas qu’on change le sable tous " +
        "les cinq ans. »",
      "En attendant, les élèves passent leurs récréations au gymnase ou sur le terrain de soccer " +
        "municipal. « Les enfants comprennent mal pourquoi on leur interdit leur cour. On leur " +
        "explique avec des mots simples », raconte une enseignante de 3e année. Le centre de " +
        "services promet une cour réaménagée d’ici septembre, dans le cadre du programme « Cour " +
        "d’école vivante ».",
    ],
    quotes: [
      ["On nous a caché des résultats pendant deux mois", "Stéphanie Gagnon"],
      [
        "Dès que nous avons eu les résultats finaux, nous avons agi. Aucun enfant ne remettra les " +
          "pieds dans ce sable tant qu’il n’aura pas été remplacé",
        "Johanne Bélanger",
      ],
      [
        "On nous a caché des résultats pendant deux mois. Nos enfants ont joué là tout l’automne.",
        "Stéphanie Gagnon",
      ],
      ["préliminaires et non validées", "Johanne Bélanger"],
      [
        "faible, compte tenu de la durée d’exposition",
        "La Direction de santé publique de l’Abitibi-Témiscamingue",
      ],
      [
        "Un avis qui dit “faible”, on en a lu dix depuis 2022. Ce qu’on veut, c’est que la " +
          "fonderie réduise ses émissions, pas qu’on change le sable tous les cinq ans.",
        "Mathieu Lavallée",
      ],
      [
        "Les enfants comprennent mal pourquoi on leur interdit leur cour. On leur explique avec " +
          "des mots simples",
        "une enseignante de 3e année",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
