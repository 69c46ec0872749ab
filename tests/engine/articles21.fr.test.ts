// A twenty-first round of composed French articles, in the styles of outlets and beats the first twenty
// rounds (articles.fr to articles20.fr) did not use: a decentralisation bill splitting the majority in
// L’Opinion, a heat-pump maker's job cuts in Les Echos, fake city workers robbing a pensioner in Marcinelle
// for La Nouvelle Gazette, waiting lists in child psychiatry in the canton of Vaud for Le Matin Dimanche,
// school fees banned at the start of the school year in L’Intelligent d’Abidjan, bus lanes postponed in
// Lévis for Le Journal de Lévis, the Tarn at its lowest and canoe renters in Le Journal de Millau, a
// last-second basketball win in Le Pays Roannais, a square stripped of tarmac in the Guillotière for Lyon
// Capitale and a painter of Saint-Louis fishermen at the Dak’Art Off in Sud Quotidien. Every article was
// written for these tests, before the engine was run on them; speakers follow the corpus guidelines (the
// fullest name the article gives, without title; a body or document as named; the shortest description
// that identifies an unnamed source).
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
      "L’Opinion, politique : fragment au titre d’un président de groupe nommé dans le texte, titre de " +
      "projet de loi entre guillemets, « a averti mardi » puis fragment après « le député de la Manche », " +
      "entourage de la ministre, deux femmes puis « selon la première » et « la seconde » avec " +
      "deux-points, " +
      "cadre anonyme « glisse », avis du Conseil d’État en fragment",
    todo:
      "«Le texte prévoit une compensation intégrale, …» goes to Hélène Marchadier, not l’entourage " +
      "de la ministre",
    headline: "Décentralisation : « Nous ne signerons pas un chèque en blanc »",
    standfirst:
      "À une semaine de l’examen du projet de loi en commission, la droite menace de faire défaut au " +
      "gouvernement. Les régions réclament des garanties financières.",
    paragraphs: [
      "Le gouvernement pensait avoir trouvé la bonne formule. Présenté mercredi dernier en Conseil des " +
        "ministres, le projet de loi « Pour des territoires responsables » transfère aux régions la " +
        "gestion des lycées professionnels et d’une partie de la formation continue. Mais le socle " +
        "commun qui soutient le Premier ministre se fissure avant même le début des débats.",
      "« Nous ne signerons pas un chèque en blanc. Transférer des compétences sans transférer les " +
        "recettes, c’est demander aux régions de faire les poches des contribuables », a averti mardi " +
        "Laurent Vasseur, président du groupe Droite républicaine, lors de la réunion hebdomadaire de " +
        "ses troupes. Le député de la Manche n’exclut pas de déposer « une motion de rejet préalable ».",
      "Au ministère de l’Aménagement du territoire, on relativise. « Le texte prévoit une compensation " +
        "intégrale, à l’euro près, calculée sur la moyenne des trois dernières années », assure " +
        "l’entourage de la ministre, Hélène Marchadier.",
      "Hélène Marchadier a reçu lundi soir Nathalie Brémond-Ferrat, présidente de la région " +
        "Centre-Val de Loire et de l’association Régions de France. L’échange a été « franc », selon la " +
        "première. La seconde en est ressortie beaucoup moins convaincue : « On nous promet la " +
        "compensation intégrale depuis 1982. Je demande à voir les chiffres, région par région. »",
      "Dans les rangs macronistes, l’inquiétude grandit. « Si la droite ne vote pas, on n’a pas les " +
        "voix. Et le 49.3, on ne va pas le sortir pour les lycées pro », glisse un cadre du groupe " +
        "Ensemble pour la République.",
      "Le Conseil d’État avait pourtant prévenu. Dans son avis, rendu public la semaine dernière, il " +
        "jugeait l’étude d’impact « lacunaire sur les conséquences financières pour les collectivités ».",
      "L’examen en séance publique doit débuter le 12 janvier.",
    ],
    quotes: [
      ["Nous ne signerons pas un chèque en blanc", "Laurent Vasseur"],
      [
        "Nous ne signerons pas un chèque en blanc. Transférer des compétences sans transférer les " +
          "recettes, c’est demander aux régions de faire les poches des contribuables",
        "Laurent Vasseur",
      ],
      [
        "Le texte prévoit une compensation intégrale, à l’euro près, calculée sur la moyenne des trois " +
          "dernières années",
        "l’entourage de la ministre",
      ],
      ["franc", "Hélène Marchadier"],
      [
        "On nous promet la compensation intégrale depuis 1982. Je demande à voir les chiffres, région par " +
          "région.",
        "Nathalie Brémond-Ferrat",
      ],
      [
        "Si la droite ne vote pas, on n’a pas les voix. Et le 49.3, on ne va pas le sortir pour les lycées " +
          "pro",
        "un cadre du groupe Ensemble pour la République",
      ],
      ["lacunaire sur les conséquences financières pour les collectivités", "Le Conseil d’État"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Les Echos, entreprises : fragment au chapeau d’un PDG nommé dans le texte, nom de gamme et nom du " +
      "journal entre guillemets, « a expliqué aux « Echos » » avec sujet inversé, « affirme-t-il », " +
      "communiqué du groupe en fragment, analyste « analyse », syndicat en fragment, proche du dossier",
    headline: "Pompes à chaleur : Thermalis supprime 340 postes et ferme son usine de Saint-Quentin",
    standfirst:
      "Le groupe lyonnais, frappé de plein fouet par l’effondrement du marché français, présente un plan " +
      "social. Son PDG parle d’une décision « douloureuse mais inévitable ».",
    paragraphs: [
      "Thermalis a annoncé jeudi un plan de sauvegarde de l’emploi portant sur 340 postes, soit près " +
        "d’un quart de ses effectifs en France. Le site de Saint-Quentin (Aisne), qui assemble les " +
        "unités extérieures de sa gamme « Eco+ », fermera d’ici à la fin de 2027.",
      "« Le marché français des pompes à chaleur a reculé de 38 % en deux ans. Nous ne pouvons pas " +
        "maintenir deux usines d’assemblage pour des volumes divisés par deux. C’est une décision " +
        "douloureuse mais inévitable », a expliqué aux « Echos » Marc-Antoine Rivière, PDG du groupe " +
        "depuis 2021.",
      "Le dirigeant met en cause l’instabilité des aides publiques. « Chaque fois que les règles de " +
        "MaPrimeRénov’ changent, les commandes s’arrêtent net pendant six mois », affirme-t-il.",
      "Dans un communiqué, Thermalis précise que les salariés concernés se verront proposer « en " +
        "priorité » un reclassement à Vénissieux (Rhône), où le groupe doit au contraire augmenter les " +
        "cadences sur les chauffe-eau thermodynamiques.",
      "« Thermalis paie surtout son exposition quasi exclusive au marché français, quand ses concurrents " +
        "allemands ou japonais se sont diversifiés en Europe du Nord », analyse Pierre-Yves Guermeur, " +
        "associé au cabinet Sorèle Conseil.",
      "Côté syndical, la CFE-CGC dénonce un plan « préparé depuis des mois ». La direction aurait en " +
        "effet sondé dès le printemps plusieurs repreneurs pour le site picard. « Personne n’a voulu " +
        "d’une usine de pompes à chaleur en pleine crise du secteur », confie un proche du dossier.",
      "À la Bourse de Paris, le titre a gagné 4,2 % jeudi.",
    ],
    quotes: [
      ["douloureuse mais inévitable", "Marc-Antoine Rivière"],
      [
        "Le marché français des pompes à chaleur a reculé de 38 % en deux ans. Nous ne pouvons pas " +
          "maintenir deux usines d’assemblage pour des volumes divisés par deux. C’est une décision " +
          "douloureuse mais inévitable",
        "Marc-Antoine Rivière",
      ],
      [
        "Chaque fois que les règles de MaPrimeRénov’ changent, les commandes s’arrêtent net pendant six " +
          "mois",
        "Marc-Antoine Rivière",
      ],
      ["en priorité", "Thermalis"],
      [
        "Thermalis paie surtout son exposition quasi exclusive au marché français, quand ses concurrents " +
          "allemands ou japonais se sont diversifiés en Europe du Nord",
        "Pierre-Yves Guermeur",
      ],
      ["préparé depuis des mois", "la CFE-CGC"],
      [
        "Personne n’a voulu d’une usine de pompes à chaleur en pleine crise du secteur",
        "un proche du dossier",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Nouvelle Gazette, faits divers : victime à l’initiale puis « le retraité », nom de service entre " +
      "guillemets, citation sur deux paragraphes avec guillemets intérieurs, porte-parole de la police " +
      "puis fragment, voisine sans verbe de parole, Ville dans un communiqué en fragment",
    headline: "Marcinelle : un septuagénaire dépouillé chez lui par deux faux agents de la Ville",
    paragraphs: [
      "Les faits se sont produits mardi vers 15 h, rue de la Villette à Marcinelle. Deux hommes se " +
        "présentant comme des agents du service « Propreté publique » de la Ville de Charleroi ont " +
        "sonné chez Fernand D., 78 ans, sous prétexte de contrôler ses conteneurs à puce.",
      "« Ils avaient des gilets fluo et un badge autour du cou. Je n’ai pas eu de raison de me méfier », " +
        "raconte le retraité, encore très choqué, que nous avons rencontré mercredi. Une fois à " +
        "l’intérieur, l’un des deux hommes l’a poussé dans le fauteuil pendant que l’autre fouillait les " +
        "chambres.",
      "« Il m’a tenu par le col en criant “Où est l’argent ?”. J’ai cru qu’il allait me frapper. Je lui " +
        "ai dit que tout était dans la boîte à biscuits, dans la cuisine.",
      "« Ils sont partis avec 2.400 euros, ma montre et l’alliance de ma femme, qui est décédée l’an " +
        "dernier. C’est ça qui me fait le plus mal. »",
      "La zone de police Charleroi confirme les faits. « Ce mode opératoire, nous le voyons réapparaître " +
        "depuis quelques semaines sur le territoire de l’entité », indique son porte-parole, le " +
        "commissaire Didier Lambotte, qui invite les habitants à « exiger systématiquement une carte de " +
        "service » avant d’ouvrir leur porte.",
      "Une voisine dit avoir vu les deux hommes repartir à bord d’une camionnette blanche, sans se " +
        "presser. « Ils ne couraient pas, ils marchaient tranquillement. Comme des ouvriers qui " +
        "finissent leur journée ».",
      "Dans un communiqué, la Ville de Charleroi rappelle que ses agents « ne demandent jamais à entrer " +
        "dans les habitations ». Le parquet a ouvert une information judiciaire et un juge " +
        "d’instruction a été saisi.",
    ],
    quotes: [
      [
        "Ils avaient des gilets fluo et un badge autour du cou. Je n’ai pas eu de raison de me méfier",
        "Fernand D.",
      ],
      [
        "Il m’a tenu par le col en criant “Où est l’argent ?”. J’ai cru qu’il allait me frapper. Je lui ai " +
          "dit que tout était dans la boîte à biscuits, dans la cuisine.",
        "Fernand D.",
      ],
      [
        "Ils sont partis avec 2.400 euros, ma montre et l’alliance de ma femme, qui est décédée l’an " +
          "dernier. C’est ça qui me fait le plus mal.",
        "Fernand D.",
      ],
      [
        "Ce mode opératoire, nous le voyons réapparaître depuis quelques semaines sur le territoire de " +
          "l’entité",
        "Didier Lambotte",
      ],
      ["exiger systématiquement une carte de service", "Didier Lambotte"],
      [
        "Ils ne couraient pas, ils marchaient tranquillement. Comme des ouvriers qui finissent leur " +
          "journée",
        "Une voisine",
      ],
      ["ne demandent jamais à entrer dans les habitations", "la Ville de Charleroi"],
    ],
  }),
  {
    name:
      "Le Matin Dimanche, santé : guillemets suisses sans espace, citation au chapeau d’un « " +
      "médecin-chef » " +
      "nommé dans le texte, mère au prénom d’emprunt, rapport en fragment, deux hommes puis « le premier » " +
      "et « le second » avec fragment puis deux-points, nom de programme entre guillemets, reprise sans " +
      "verbe en fin d’article",
    headline: "Pédopsychiatrie: huit mois d’attente pour un premier rendez-vous",
    standfirst:
      "Dans le canton de Vaud, les familles se heurtent à des listes d’attente sans fin. «On bricole», " +
      "admet un médecin-chef.",
    paragraphs: [
      "Quand Léa, 12 ans, a cessé de s’alimenter l’automne dernier, sa mère a appelé tous les " +
        "pédopsychiatres installés entre Lausanne et Yverdon. «Le premier rendez-vous disponible, " +
        "c’était en juin. On m’a dit d’aller aux urgences si ça empirait», raconte Valérie (prénom " +
        "d’emprunt).",
      "Son cas n’a rien d’exceptionnel. Selon un rapport de l’Observatoire suisse de la santé (Obsan) " +
        "publié jeudi, le délai moyen pour une première consultation en pédopsychiatrie atteint 7,8 mois " +
        "dans le canton, contre 4,1 mois en 2019. Le rapport évoque une situation «préoccupante et " +
        "durable».",
      "«On bricole. Nous avons dû fermer six lits l’été dernier faute de personnel, et chaque semaine je " +
        "dois choisir quel enfant passe avant l’autre», admet le Dr Olivier Cuendet, médecin-chef du " +
        "service de pédopsychiatrie d’un hôpital régional.",
      "Le conseiller d’État chargé de la Santé, Pierre-Alain Jotterand, et le président de la Société " +
        "vaudoise de médecine, Jean-Marc Python, se sont rencontrés mardi. Le premier promet «une " +
        "vingtaine de postes supplémentaires d’ici à 2028». Le second juge ce calendrier «beaucoup trop " +
        "lent»: «Un enfant de 12 ans n’a pas trois ans devant lui.»",
      "Des solutions d’appoint existent. À Lausanne, le programme «Parenthèse», qui propose des groupes " +
        "de parole animés par des infirmières, a accueilli 340 familles l’an dernier.",
      "Valérie, elle, a fini par trouver une place… à Fribourg. «Une heure de train aller, une heure " +
        "retour, chaque mercredi. Mais Léa va mieux.»",
    ],
    quotes: [
      ["On bricole", "Olivier Cuendet"],
      [
        "Le premier rendez-vous disponible, c’était en juin. On m’a dit d’aller aux urgences si ça " +
          "empirait",
        "Valérie",
      ],
      ["préoccupante et durable", "Le rapport"],
      [
        "On bricole. Nous avons dû fermer six lits l’été dernier faute de personnel, et chaque semaine je " +
          "dois choisir quel enfant passe avant l’autre",
        "Olivier Cuendet",
      ],
      ["une vingtaine de postes supplémentaires d’ici à 2028", "Pierre-Alain Jotterand"],
      ["beaucoup trop lent", "Jean-Marc Python"],
      ["Un enfant de 12 ans n’a pas trois ans devant lui.", "Jean-Marc Python"],
      ["Une heure de train aller, une heure retour, chaque mercredi. Mais Léa va mieux.", "Valérie"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Intelligent d’Abidjan, éducation : terme entre guillemets au titre, thème de cérémonie entre " +
      "guillemets, ministre avec deux-points puis « a-t-elle déploré » et guillemets anglais intérieurs, " +
      "parent d’élèves « estime » puis fragment après « qui cite », syndicaliste « a réagi », arrêté " +
      "ministériel en fragment",
    headline: "Rentrée 2026-2027 : les « cotisations parallèles » interdites dans les établissements publics",
    paragraphs: [
      "La ministre de l’Éducation nationale et de l’Alphabétisation, Aminata Touré-Bamba, a procédé " +
        "hier, au lycée moderne de Cocody, au lancement officiel de la rentrée scolaire 2026-2027. " +
        "Placée sous le thème « École ivoirienne, école de l’excellence et de l’équité », la cérémonie " +
        "a réuni enseignants, parents d’élèves et autorités administratives.",
      "Dans son discours, la ministre s’est voulue ferme : « Aucun chef d’établissement ne doit " +
        "conditionner l’inscription d’un élève au paiement de frais non prévus par les textes. Tout " +
        "contrevenant s’expose à des sanctions. »",
      "Près de 4 000 plaintes de parents ont été enregistrées l’an dernier par la ligne verte du " +
        "ministère. « Des parents nous appellent en pleurs parce qu’on leur réclame 25 000 francs pour " +
        "des tenues, des rames de papier ou une “contribution au gardiennage” », a-t-elle déploré.",
      "Du côté des parents, on salue la mesure, mais avec prudence. « Chaque année, on nous fait la même " +
        "annonce. Sur le terrain, rien ne change », estime Koffi Yao Sylvestre, président d’une " +
        "association de parents d’élèves de Yopougon, qui cite un collège où les familles ont dû payer " +
        "« la peinture des salles de classe ».",
      "Pour les enseignants, le problème est ailleurs. « Si l’État interdit les cotisations, qu’il verse " +
        "enfin les subventions de fonctionnement à temps. Certains lycées n’ont rien reçu depuis deux " +
        "ans », a réagi Brou Kouassi Hermann, secrétaire général de la Fédération des syndicats libres " +
        "de l’éducation (Fesle).",
      "Un arrêté ministériel signé le 2 septembre précise que seuls les frais d’inscription, fixés à " +
        "6 000 francs CFA dans le secondaire, « peuvent être exigés des familles ». Les directions " +
        "régionales devront transmettre un rapport mensuel sur leur application.",
    ],
    quotes: [
      [
        "Aucun chef d’établissement ne doit conditionner l’inscription d’un élève au paiement de frais non " +
          "prévus par les textes. Tout contrevenant s’expose à des sanctions.",
        "Aminata Touré-Bamba",
      ],
      [
        "Des parents nous appellent en pleurs parce qu’on leur réclame 25 000 francs pour des tenues, des " +
          "rames de papier ou une “contribution au gardiennage”",
        "Aminata Touré-Bamba",
      ],
      ["Chaque année, on nous fait la même annonce. Sur le terrain, rien ne change", "Koffi Yao Sylvestre"],
      ["la peinture des salles de classe", "Koffi Yao Sylvestre"],
      [
        "Si l’État interdit les cotisations, qu’il verse enfin les subventions de fonctionnement à temps. " +
          "Certains lycées n’ont rien reçu depuis deux ans",
        "Brou Kouassi Hermann",
      ],
      ["peuvent être exigés des familles", "Un arrêté ministériel"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal de Lévis, transport : nom de ligne entre guillemets, société de transport en fragment, " +
      "citation coupée par « a expliqué le directeur général », maire en fragment puis incise à " +
      "l’intérieur des guillemets, deux femmes (conseillère et usagère) puis « lance l’usagère », " +
      "ministère par courriel en fragment",
    headline: "Voies réservées sur Guillaume-Couture : le chantier repoussé d’un an",
    paragraphs: [
      "Les travaux d’aménagement des voies réservées aux autobus sur le boulevard Guillaume-Couture, " +
        "qui devaient débuter au printemps, ne commenceront finalement qu’en 2028. La Société de " +
        "transport de Lévis (STLévis) en a fait l’annonce mardi, invoquant des soumissions « nettement " +
        "supérieures aux estimations ». La future ligne rapide, baptisée « Express Rive-Sud », ne " +
        "roulera donc pas avant 2030.",
      "« On a reçu trois soumissions, et la plus basse dépassait notre budget de 41 % », a expliqué le " +
        "directeur général de la STLévis, Jean-François Bédard. « Dans ces conditions, on n’avait pas " +
        "le choix de retourner en appel d’offres. »",
      "Le maire de Lévis, Sylvain Paradis, a lui aussi exprimé sa déception en point de presse, tout en " +
        "assurant que le projet « n’est pas mort ». « Les citoyens de Saint-Romuald et de Saint-Nicolas " +
        "attendent ce lien depuis des années. On va le livrer, a-t-il insisté. Mais pas à n’importe " +
        "quel prix. »",
      "La conseillère de l’opposition Karine Bouchard reproche à l’administration d’avoir « manqué de " +
        "rigueur » dans ses estimations. Chantal Poulin, qui prend l’autobus chaque matin pour se " +
        "rendre à son travail à Québec, voit les choses autrement. « Moi, je veux juste que mon bus " +
        "arrête d’être pris dans le trafic avant le pont. Qu’ils fassent les travaux en 2027 ou en 2028, " +
        "je vais attendre pareil », lance l’usagère.",
      "Le ministère des Transports et de la Mobilité durable, qui finance 75 % du projet, a confirmé par " +
        "courriel que sa contribution « demeure réservée ».",
    ],
    quotes: [
      ["nettement supérieures aux estimations", "La Société de transport de Lévis"],
      [
        "On a reçu trois soumissions, et la plus basse dépassait notre budget de 41 %",
        "Jean-François Bédard",
      ],
      [
        "Dans ces conditions, on n’avait pas le choix de retourner en appel d’offres.",
        "Jean-François Bédard",
      ],
      ["n’est pas mort", "Sylvain Paradis"],
      [
        "Les citoyens de Saint-Romuald et de Saint-Nicolas attendent ce lien depuis des années. On va le " +
          "livrer, a-t-il insisté. Mais pas à n’importe quel prix.",
        "Sylvain Paradis",
      ],
      ["manqué de rigueur", "Karine Bouchard"],
      [
        "Moi, je veux juste que mon bus arrête d’être pris dans le trafic avant le pont. Qu’ils fassent " +
          "les travaux en 2027 ou en 2028, je vais attendre pareil",
        "Chantal Poulin",
      ],
      ["demeure réservée", "Le ministère des Transports et de la Mobilité durable"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Journal de Millau, environnement : niveau d’alerte entre guillemets, arrêté préfectoral en " +
      "fragment, loueur puis « soupire le quinquagénaire », sa fille au prénom sans verbe, technicien " +
      "« alerte » puis fragment après « selon lui », adjoint avec deux-points, nom de festival entre " +
      "guillemets",
    todo: "«sous réserve de ne pas dégrader le lit de la …» goes to null, not L’arrêté",
    headline: "Sécheresse : le Tarn au plus bas, les loueurs de canoës boivent la tasse",
    paragraphs: [
      "Le débit du Tarn mesuré à Millau est tombé lundi à 2,1 m³/s, moins d’un tiers de la normale pour " +
        "un mois d’août. Un arrêté préfectoral publié vendredi place désormais le bassin en « crise », " +
        "le niveau de restriction le plus élevé.",
      "L’arrêté interdit l’arrosage des jardins et le lavage des véhicules, et précise que la navigation " +
        "de loisir reste autorisée « sous réserve de ne pas dégrader le lit de la rivière ».",
      "À La Cresse, Thierry Vernhet loue des canoës depuis 1998. Ce matin-là, une dizaine " +
        "d’embarcations seulement sont parties. « Sur certains passages, les clients doivent descendre " +
        "et porter le bateau. Les gens ne reviennent pas l’année suivante quand ils ont marché dans " +
        "l’eau plutôt que pagayé », soupire le quinquagénaire.",
      "Sa fille, Manon, qui gère les réservations en ligne, a déjà enregistré une quarantaine " +
        "d’annulations. « Les gens voient les photos du Tarn à sec sur les réseaux, et ils annulent. »",
      "Pour la fédération de pêche de l’Aveyron, l’urgence est ailleurs. « Avec une eau à 27 degrés, la " +
        "truite fario est en train de disparaître de plusieurs affluents », alerte son technicien, " +
        "Julien Bou. Selon lui, le passage répété des canoës « remue les sédiments et stresse des " +
        "poissons déjà à bout ».",
      "À la mairie, l’adjoint à l’environnement, Benoît Carrière, a annoncé la coupure des fontaines du " +
        "centre-ville dès mercredi : « C’est symbolique, mais on ne peut pas demander des efforts aux " +
        "agriculteurs et laisser couler l’eau place du Mandarous. »",
      "Les organisateurs des « Natural Games » réfléchissent déjà à déplacer les épreuves d’eau vive de " +
        "la prochaine édition si la situation devait se reproduire.",
    ],
    quotes: [
      ["sous réserve de ne pas dégrader le lit de la rivière", "L’arrêté"],
      [
        "Sur certains passages, les clients doivent descendre et porter le bateau. Les gens ne reviennent " +
          "pas l’année suivante quand ils ont marché dans l’eau plutôt que pagayé",
        "Thierry Vernhet",
      ],
      ["Les gens voient les photos du Tarn à sec sur les réseaux, et ils annulent.", "Manon"],
      [
        "Avec une eau à 27 degrés, la truite fario est en train de disparaître de plusieurs affluents",
        "Julien Bou",
      ],
      ["remue les sédiments et stresse des poissons déjà à bout", "Julien Bou"],
      [
        "C’est symbolique, mais on ne peut pas demander des efforts aux agriculteurs et laisser couler " +
          "l’eau place du Mandarous.",
        "Benoît Carrière",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Pays Roannais, sport : fragment au chapeau du « meneur » nommé dans le texte, surnom de salle " +
      "entre guillemets, « savourait le meneur de 24 ans », entraîneur « reconnaît » puis citation sans " +
      "verbe, deux hommes puis « le second » avec deux-points, entraîneur adverse en fragment, abonné " +
      "anonyme",
    headline: "Basket : la Chorale renverse Dijon au buzzer (84-82)",
    standfirst:
      "Menés de quatorze points à la pause, les Roannais ont fait tomber la JDA dans une salle en fusion. " +
      "« On n’a rien lâché », résume le meneur.",
    paragraphs: [
      "Il restait 1,8 seconde au chronomètre quand Malik Fofana a pris sa chance à mi-distance. Le " +
        "ballon a tourné sur le cercle avant de tomber, déclenchant une clameur comme la « Vacheresse » " +
        "n’en avait plus entendu depuis longtemps.",
      "« On n’a rien lâché, même à moins quatorze. Le coach nous a dit à la mi-temps de jouer pour les " +
        "gens qui étaient là, et c’est ce qu’on a fait », savourait le meneur de 24 ans à la sortie du " +
        "vestiaire.",
      "Son entraîneur, Christophe Derrien, ne s’est pas attardé sur le premier acte. « Première " +
        "mi-temps indigne. Je l’ai dit aux joueurs sans prendre de gants », reconnaît le technicien. « La " +
        "défense de zone en troisième quart-temps a tout changé. »",
      "Sous les panneaux, l’Américain Jordan Mitchell et le pivot Théo Lagrange se sont partagé le " +
        "travail, avec 31 rebonds à eux deux. Le second, formé au club, avait les yeux humides : « Je " +
        "suis né à dix minutes de cette salle. Gagner comme ça, ici, ça n’a pas de prix. »",
      "Côté dijonnais, l’entraîneur Sébastien Capelle regrettait « trente secondes de folie » en fin de " +
        "rencontre, avec deux balles perdues consécutives.",
      "Dans les travées, on n’avait pas vu pareille ambiance depuis des années. « La dernière fois que " +
        "la salle a tremblé comme ça, c’était contre Pau en 2007 », se souvient un abonné de la tribune " +
        "Nord. Prochain rendez-vous samedi, à Gravelines.",
    ],
    quotes: [
      ["On n’a rien lâché", "Malik Fofana"],
      [
        "On n’a rien lâché, même à moins quatorze. Le coach nous a dit à la mi-temps de jouer pour les " +
          "gens qui étaient là, et c’est ce qu’on a fait",
        "Malik Fofana",
      ],
      ["Première mi-temps indigne. Je l’ai dit aux joueurs sans prendre de gants", "Christophe Derrien"],
      ["La défense de zone en troisième quart-temps a tout changé.", "Christophe Derrien"],
      ["Je suis né à dix minutes de cette salle. Gagner comme ça, ici, ça n’a pas de prix.", "Théo Lagrange"],
      ["trente secondes de folie", "Sébastien Capelle"],
      [
        "La dernière fois que la salle a tremblé comme ça, c’était contre Pau en 2007",
        "un abonné de la tribune Nord",
      ],
    ],
  }),
  {
    name:
      "Lyon Capitale, vie locale : guillemets droits, terme entre guillemets, deux femmes (maire et " +
      "adjointe) puis « a lancé la première » et « sa collègue » en fragment, habitant au prénom sans " +
      "verbe, commerçant « peste », collectif en fragment puis message Instagram, « selon la Métropole »",
    todo:
      "«un arrosage assuré par la Ville pendant les t…» goes to Clémence Tardy, not Sonia Belkacem; " +
      "«gentrification verte» goes to Guillotière Vivante, not Le collectif Guillotière Vivante; «les " +
      "loyers autour des places rénovées augment…» goes to Guillotière Vivante, not Le collectif " +
      "Guillotière Vivante",
    headline: "Lyon 7e : la place Mazagran débitumée, les riverains entre soulagement et méfiance",
    paragraphs: [
      "Fin du chantier place Mazagran. Après huit mois de travaux, la petite place de la Guillotière a " +
        "rouvert samedi, débarrassée de 1 200 m² de bitume au profit d'un \"jardin de pluie\" et d'une " +
        "quarantaine d'arbres.",
      "La maire du 7e arrondissement, Clémence Tardy, et l'adjointe à la végétalisation, Sonia " +
        "Belkacem, ont coupé le ruban sous un soleil de plomb. \"C'est un lieu qu'on rend aux " +
        'habitants, pas aux voitures", a lancé la première. Sa collègue a promis "un arrosage assuré ' +
        'par la Ville pendant les trois premiers étés".',
      "Sur un banc, Gérard, 81 ans, habitant de la rue Béchevelin depuis 1970, regarde les enfants " +
        "courir. \"Avant, ici, c'était un parking sauvage et des voitures ventouses. Je ne pensais pas " +
        'voir ça de mon vivant."',
      '"On a perdu quatorze places de stationnement devant la boutique. Mes clients de Vénissieux ne ' +
        "viennent plus\", peste Ahmed Chérif, qui tient une épicerie orientale à l'angle de la place " +
        "depuis vingt ans.",
      'Le collectif Guillotière Vivante dénonce de son côté une "gentrification verte". Dans un message ' +
        'publié sur Instagram, il affirme que "les loyers autour des places rénovées augmentent plus ' +
        "vite qu'ailleurs\".",
      "Selon la Métropole de Lyon, le jardin de pluie doit pouvoir absorber \"l'équivalent d'un orage " +
        "décennal\". Douze autres places doivent être débitumées d'ici 2030.",
    ],
    quotes: [
      ["C'est un lieu qu'on rend aux habitants, pas aux voitures", "Clémence Tardy"],
      ["un arrosage assuré par la Ville pendant les trois premiers étés", "Sonia Belkacem"],
      [
        "Avant, ici, c'était un parking sauvage et des voitures ventouses. Je ne pensais pas voir ça de " +
          "mon vivant.",
        "Gérard",
      ],
      [
        "On a perdu quatorze places de stationnement devant la boutique. Mes clients de Vénissieux ne " +
          "viennent plus",
        "Ahmed Chérif",
      ],
      ["gentrification verte", "Le collectif Guillotière Vivante"],
      [
        "les loyers autour des places rénovées augmentent plus vite qu'ailleurs",
        "Le collectif Guillotière Vivante",
      ],
      ["l'équivalent d'un orage décennal", "la Métropole de Lyon"],
    ],
  },
  {
    name:
      "Sud Quotidien, culture : guillemets sans espace, titre d’exposition et titre de toile entre " +
      "guillemets, « explique l’artiste de 46 ans », fragment après « y voit », commissaire en fragment " +
      "puis « poursuit-elle », étudiant anonyme sans verbe, directeur au ministère en fragment",
    todo:
      "«Mon oncle est parti en 2021, on ne l’a jamais…» goes to Aïssatou Sow Diallo, not un étudiant " +
      "des Beaux-Arts",
    headline: "Dak’Art Off : Cheikh Tidiane Faye peint les pêcheurs de Guet Ndar",
    paragraphs: [
      "Le peintre saint-louisien Cheikh Tidiane Faye présente depuis samedi, à la galerie Le Manège de " +
        "l’Institut français de Dakar, une trentaine de toiles réunies sous le titre «Les marées de Guet " +
        "Ndar». L’exposition est inscrite au programme du Off de la Biennale de l’art africain " +
        "contemporain.",
      "«J’ai grandi au milieu des pirogues. Ces hommes partent le matin sans savoir s’ils reviendront le " +
        "soir, et je voulais que leurs visages restent quelque part», explique l’artiste de 46 ans, qui " +
        "a longtemps travaillé comme peintre en bâtiment avant de se consacrer à la toile.",
      "Parmi les œuvres les plus commentées, «Pirogue n°7», un grand format de trois mètres sur deux, " +
        "montre une embarcation vide échouée sur la Langue de Barbarie. Le peintre y voit «un hommage " +
        "aux disparus de la mer», ces jeunes partis tenter leur chance vers les Canaries.",
      "Pour la commissaire de l’exposition, Aïssatou Sow Diallo, le travail de Faye «dépasse le " +
        "documentaire». «Il y a chez lui une manière de peindre l’eau qui rappelle les maîtres de l’École " +
        "de Dakar, mais avec une colère qui est celle de sa génération», poursuit-elle.",
      "Venu en voisin, un étudiant des Beaux-Arts reste de longues minutes devant la toile. «Mon oncle " +
        "est parti en 2021, on ne l’a jamais revu. Quand je regarde ce tableau, c’est lui que je vois.»",
      "Présent au vernissage, le directeur des Arts au ministère de la Culture, Ibrahima Seck Ndour, a " +
        "salué «une œuvre nécessaire» et indiqué que l’État envisageait l’acquisition de deux toiles pour " +
        "la collection nationale. L’exposition est visible jusqu’au 30 juin.",
    ],
    quotes: [
      [
        "J’ai grandi au milieu des pirogues. Ces hommes partent le matin sans savoir s’ils reviendront le " +
          "soir, et je voulais que leurs visages restent quelque part",
        "Cheikh Tidiane Faye",
      ],
      ["un hommage aux disparus de la mer", "Cheikh Tidiane Faye"],
      ["dépasse le documentaire", "Aïssatou Sow Diallo"],
      [
        "Il y a chez lui une manière de peindre l’eau qui rappelle les maîtres de l’École de Dakar, mais " +
          "avec une colère qui est celle de sa génération",
        "Aïssatou Sow Diallo",
      ],
      [
        "Mon oncle est parti en 2021, on ne l’a jamais revu. Quand je regarde ce tableau, c’est lui que je " +
          "vois.",
        "un étudiant des Beaux-Arts",
      ],
      ["une œuvre nécessaire", "Ibrahima Seck Ndour"],
    ],
  },
];

runArticles("fr", ARTICLES);
