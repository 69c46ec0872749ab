// A twenty-seventh round of composed French articles, in the styles of outlets and beats the first
// twenty-six rounds (articles.fr to articles26.fr) did not use: farm pensions reform postponed in the
// HuffPost, a delivery rider beaten and robbed in Orléans-La Source for La République du Centre, a
// Figari-Orly winter route suspended by Air Corsica on Corse Net Infos, an undeclared-work trial of a
// café manager in Liège for La Meuse, a Fribourg Olympic basketball comeback on Radio Fribourg, thawing
// permafrost under Salluit in L’actualité, an insulin shortage in Moroni for Al-Watwan, the BEPC results
// in Congo-Brazzaville for La Semaine africaine, fishmeal plants idle in Nouadhibou for Le Calame and
// the Prix Femina on France Culture. Every article was written for these tests, before the engine was
// run on them; speakers follow the corpus guidelines (the fullest name the article gives, without
// title; a body or document as named; the shortest description that identifies an unnamed source).
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
      "HuffPost, politique : fragment au titre d’un président de syndicat nommé dans " +
      "le texte et repris à l’identique, ministre « a déclaré le ministre », second " +
      "fragment au conditionnel du même, porte-parole avec deux-points, deux femmes " +
      "députées puis « a-t-elle répliqué » pour la seconde, conseiller anonyme « " +
      "glisse », nom de plan entre guillemets",
    headline:
      "Retraites agricoles : le gouvernement recule, la FNSEA salue « un pas dans la " + "bonne direction »",
    standfirst:
      "Face à la colère des agriculteurs, le ministre de l’Agriculture a annoncé le " +
      "report de la réforme du calcul des pensions agricoles.",
    paragraphs: [
      "Il aura fallu trois semaines de tracteurs sur les routes et de barrages devant " +
        "les préfectures. Le ministre de l’Agriculture, Julien Roussel, a annoncé ce " +
        "mercredi 3 décembre le report d’un an de la réforme du calcul des retraites " +
        "agricoles, qui devait entrer en vigueur le 1er janvier.",
      "« Nous avons entendu les inquiétudes. Personne ne doit perdre un euro de " +
        "retraite à cause d’une réforme mal préparée », a déclaré le ministre à la " +
        "sortie du Conseil des ministres.",
      "Le président de la FNSEA, Arnaud Delcourt, a salué « un pas dans la bonne " +
        "direction », tout en prévenant que les agriculteurs « ne rentreraient pas à la " +
        "ferme avec des promesses ». Une position que ne partage pas la porte-parole de " +
        "la Confédération paysanne, Manon Ferrière : « C’est un report, pas un abandon. " +
        "Dans six mois, on nous ressortira le même texte. »",
      "À l’Assemblée, la députée LFI Sophie Marchal a ironisé sur une « méthode du " +
        "pompier pyromane ». Sa collègue Renaissance Claire Dumoulin, rapporteure du " +
        "texte, défend au contraire le choix du gouvernement. « On ne peut pas nous " +
        "reprocher à la fois de ne pas écouter et d’écouter », a-t-elle répliqué sur X.",
      "À Matignon, on relativise le revers. « Le Premier ministre a toujours dit qu’il " +
        "préférait une bonne réforme à une réforme rapide », glisse un conseiller.",
      "Le report ne concerne pas le plan « Terres d’avenir », présenté en septembre, " +
        "qui prévoit 400 millions d’euros d’aides à l’installation des jeunes " +
        "agriculteurs.",
    ],
    quotes: [
      ["un pas dans la bonne direction", "Arnaud Delcourt"],
      [
        "Nous avons entendu les inquiétudes. Personne ne doit perdre un euro de retraite " +
          "à cause d’une réforme mal préparée",
        "Julien Roussel",
      ],
      ["ne rentreraient pas à la ferme avec des promesses", "Arnaud Delcourt"],
      [
        "C’est un report, pas un abandon. Dans six mois, on nous ressortira le même " + "texte.",
        "Manon Ferrière",
      ],
      ["méthode du pompier pyromane", "Sophie Marchal"],
      ["On ne peut pas nous reprocher à la fois de ne pas écouter et d’écouter", "Claire Dumoulin"],
      [
        "Le Premier ministre a toujours dit qu’il préférait une bonne réforme à une " + "réforme rapide",
        "un conseiller",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La République du Centre, faits divers : citation au chapeau de « la victime » " +
      "nommée dans le texte et absente du corps, « raconte le jeune homme », source " +
      "policière avec citation puis fragment « qui évoque », procureur avec « précise " +
      "que » et fragment, surnom de dalle entre guillemets, gérante anonyme avec " +
      "deux-points",
    todo:
      "«Après 21 heures, plus aucun livreur ne veut v…» goes to Une gérante de pizzeria, not une " +
      "gérante de pizzeria",
    headline: "Orléans : un livreur agressé et dépouillé de son scooter à La Source",
    standfirst:
      "Le jeune homme, frappé à coups de casque, a été hospitalisé. « J’ai cru que " +
      "j’allais y rester », témoigne la victime.",
    paragraphs: [
      "Mardi soir, vers 22 h 15, Yanis Bellamy, 23 ans, livreur pour une plateforme de " +
        "repas à domicile, venait de déposer une commande rue Henri-Poincaré, dans le " +
        "quartier de La Source, lorsqu’il a été pris à partie par quatre individus.",
      "« Ils étaient quatre, je n’avais aucune chance. L’un d’eux m’a arraché mon " +
        "casque et m’a frappé avec, au visage », raconte le jeune homme, joint mercredi " +
        "par téléphone. Il a été soigné au CHR d’Orléans pour une fracture du nez.",
      "Les agresseurs sont repartis avec son scooter, son téléphone et la recette de " +
        "la soirée. « C’est le troisième livreur visé dans le secteur depuis la rentrée " +
        "», indique une source policière, qui évoque « une petite bande bien identifiée " +
        "».",
      "Le parquet d’Orléans a ouvert une enquête pour vol avec violences en réunion. " +
        "Dans un communiqué, le procureur de la République, Thierry Garnier-Blais, " +
        "précise que « les investigations se poursuivent, notamment grâce à " +
        "l’exploitation de la vidéoprotection ».",
      "Dans le quartier, l’agression a ravivé la colère des commerçants de la dalle, " +
        "surnommée « le Bunker » par les habitants. Une gérante de pizzeria l’assure : « " +
        "Après 21 heures, plus aucun livreur ne veut venir. On perd des commandes tous " +
        "les soirs. »",
      "Yanis Bellamy, lui, a déjà pris sa décision : il ne livrera plus le soir.",
    ],
    quotes: [
      ["J’ai cru que j’allais y rester", "Yanis Bellamy"],
      [
        "Ils étaient quatre, je n’avais aucune chance. L’un d’eux m’a arraché mon casque " +
          "et m’a frappé avec, au visage",
        "Yanis Bellamy",
      ],
      ["C’est le troisième livreur visé dans le secteur depuis la rentrée", "une source policière"],
      ["une petite bande bien identifiée", "une source policière"],
      [
        "les investigations se poursuivent, notamment grâce à l’exploitation de la " + "vidéoprotection",
        "Thierry Garnier-Blais",
      ],
      [
        "Après 21 heures, plus aucun livreur ne veut venir. On perd des commandes tous " + "les soirs.",
        "une gérante de pizzeria",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Corse Net Infos, transports : compagnie qui « invoque » trois fragments dans un " +
      "communiqué, maire « a fustigé » avec nom après, incise dans les guillemets « a " +
      "poursuivi l’élu », cahier des charges en fragment, titre de pétition entre " +
      "guillemets, retraité anonyme « s’amuse, amer »",
    headline:
      "Air Corsica : la liaison Figari-Orly suspendue tout l’hiver, les élus du Sud " + "montent au créneau",
    paragraphs: [
      "C’est une décision qui passe mal dans l’Extrême-Sud. La compagnie régionale Air " +
        "Corsica a confirmé, lundi, la suspension de sa liaison directe entre Figari et " +
        "Paris-Orly du 5 janvier au 28 mars, faute de remplissage suffisant.",
      "Dans un communiqué, la compagnie invoque « un taux d’occupation inférieur à 45 " +
        "% sur la période hivernale » et « la hausse continue du coût du carburant ». " +
        "Elle assure que les passagers pourront être « réacheminés sans frais via " +
        "Ajaccio ».",
      "La réponse n’a pas tardé. « On nous parle de continuité territoriale, mais " +
        "c’est une continuité à deux vitesses. Pour un habitant de Porto-Vecchio, " +
        "Ajaccio, c’est deux heures et demie de route l’hiver », a fustigé le maire de " +
        "Porto-Vecchio, Jean-Christophe Ortoli, lors d’une conférence de presse.",
      "« Nous ne demandons pas un privilège, a poursuivi l’élu. Nous demandons le même " +
        "service que les Bastiais et les Ajacciens. »",
      "Contacté, l’Office des transports de la Corse renvoie au cahier des charges de " +
        "la délégation de service public, qui prévoit « une desserte adaptée à la " +
        "demande » sans fixer de fréquence minimale pour Figari en hiver.",
      "Les usagers, eux, se mobilisent : une pétition intitulée « Figari n’est pas une " +
        "option » a recueilli plus de 3 000 signatures en quarante-huit heures. « On va " +
        "finir par prendre le bateau pour aller à Paris », s’amuse, amer, un retraité " +
        "croisé dans le hall de l’aéroport.",
    ],
    quotes: [
      ["un taux d’occupation inférieur à 45 % sur la période hivernale", "Air Corsica"],
      ["la hausse continue du coût du carburant", "Air Corsica"],
      ["réacheminés sans frais via Ajaccio", "Air Corsica"],
      [
        "On nous parle de continuité territoriale, mais c’est une continuité à deux " +
          "vitesses. Pour un habitant de Porto-Vecchio, Ajaccio, c’est deux heures et " +
          "demie de route l’hiver",
        "Jean-Christophe Ortoli",
      ],
      [
        "Nous ne demandons pas un privilège, a poursuivi l’élu. Nous demandons le même " +
          "service que les Bastiais et les Ajacciens.",
        "Jean-Christophe Ortoli",
      ],
      ["une desserte adaptée à la demande", "le cahier des charges de la délégation de service public"],
      ["On va finir par prendre le bateau pour aller à Paris", "un retraité"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "La Meuse, justice : nom de café entre guillemets, substitute « a insisté » avec " +
      "nom après, « le quadragénaire » puis incise « a-t-il expliqué » dans les " +
      "guillemets, deux avocats dans un paragraphe, fragment du second puis citation " +
      "coupée en deux paires « a répliqué le premier », ancienne serveuse anonyme avec " +
      "deux-points",
    todo:
      "«Quand je me suis brûlée en cuisine, je n’avai…» goes to L’une des anciennes serveuses, not " +
      "l’une des anciennes serveuses",
    headline: "Liège : un an de prison requis contre l’ancien gérant d’un café de la rue " + "Saint-Gilles",
    standfirst: "Il est accusé d’avoir employé six travailleurs au noir pendant deux ans.",
    paragraphs: [
      "Le tribunal correctionnel de Liège s’est penché, jeudi, sur le dossier de " +
        "Fabrice Lemaire, 47 ans, ancien gérant du café « Le Tilleul », rue " +
        "Saint-Gilles, fermé depuis le printemps.",
      "Selon l’auditorat du travail, le prévenu a employé six personnes sans les " +
        "déclarer entre 2022 et 2024. « Il y a eu un système organisé, pensé pour " +
        "frauder, pas une simple négligence », a insisté la substitute Nathalie Dewez, " +
        "qui a requis un an de prison et une amende de 24 000 euros.",
      "Le quadragénaire a reconnu une partie des faits. « J’étais dépassé, a-t-il " +
        "expliqué à la barre. Le café perdait de l’argent depuis le Covid et je ne " +
        "voulais pas licencier. »",
      "Son avocat, Me Olivier Jacquemin, a plaidé la suspension du prononcé. Face à " +
        "lui, Me Didier Hansen, conseil de deux anciens serveurs constitués partie " +
        "civile, a dénoncé « un mépris total pour les gens qui faisaient tourner la " +
        "maison ». « Mon client n’a jamais caché ses difficultés », a répliqué le " +
        "premier, « et il a déjà commencé à rembourser. »",
      "L’une des anciennes serveuses, présente à l’audience, n’a pas caché son émotion " +
        ": « Quand je me suis brûlée en cuisine, je n’avais droit à rien. Pas " +
        "d’assurance, pas de chômage. »",
      "Jugement le 18 décembre.",
    ],
    quotes: [
      ["Il y a eu un système organisé, pensé pour frauder, pas une simple négligence", "Nathalie Dewez"],
      [
        "J’étais dépassé, a-t-il expliqué à la barre. Le café perdait de l’argent depuis " +
          "le Covid et je ne voulais pas licencier.",
        "Fabrice Lemaire",
      ],
      ["un mépris total pour les gens qui faisaient tourner la maison", "Didier Hansen"],
      ["Mon client n’a jamais caché ses difficultés", "Olivier Jacquemin"],
      ["et il a déjà commencé à rembourser.", "Olivier Jacquemin"],
      [
        "Quand je me suis brûlée en cuisine, je n’avais droit à rien. Pas d’assurance, " + "pas de chômage.",
        "l’une des anciennes serveuses",
      ],
    ],
  }),
  {
    name:
      "Radio Fribourg, sport : guillemets sans espace, « raconte le meneur de 24 ans " +
      "», citation sans verbe du même, entraîneur avec incise « sourit-il » dans les " +
      "guillemets, sujet inversé « lâchait Thomas Favre », président en fragment, " +
      "surnom d’équipe entre guillemets",
    headline: "Basket: Fribourg Olympic renverse les Lions de Genève au bout du suspense",
    paragraphs: [
      "Menés de 14 points à la mi-temps, les Fribourgeois se sont imposés 84-81 samedi " +
        "soir à Saint-Léonard, grâce à un tir à trois points de Boris Mbaye à deux " +
        "secondes de la fin.",
      "«On n’a pas joué pendant vingt minutes. À la pause, le coach nous a dit qu’on " +
        "avait le choix entre la honte et la fierté», raconte le meneur de 24 ans au " +
        "micro de Radio Fribourg.",
      "Formé à Genève, il savoure d’autant plus qu’il affrontait son ancien club. " +
        "«J’ai encore beaucoup d’amis là-bas. Mais ce soir, je voulais les battre plus " +
        "que tout.»",
      "L’entraîneur fribourgeois Petar Aleksić, lui, refuse de s’attribuer le mérite " +
        "du retournement. «Je n’ai rien dit de si spécial, sourit-il. J’ai juste rappelé " +
        "aux joueurs qu’on était chez nous.»",
      "En face, la déception était immense. «On a fait trente-cinq minutes parfaites " +
        "et on perd. C’est le basket», lâchait Thomas Favre, l’ailier genevois, le " +
        "regard dans le vide.",
      "Le président du club, Marc-Antoine Rey, parlait d’une «soirée qui restera» dans " +
        "l’histoire de la salle. Avec ce succès, Olympic recolle au trio de tête de la " +
        "SB League. Prochain rendez-vous samedi à Lugano, face aux «Tigers».",
    ],
    quotes: [
      [
        "On n’a pas joué pendant vingt minutes. À la pause, le coach nous a dit qu’on " +
          "avait le choix entre la honte et la fierté",
        "Boris Mbaye",
      ],
      [
        "J’ai encore beaucoup d’amis là-bas. Mais ce soir, je voulais les battre plus " + "que tout.",
        "Boris Mbaye",
      ],
      [
        "Je n’ai rien dit de si spécial, sourit-il. J’ai juste rappelé aux joueurs qu’on " +
          "était chez nous.",
        "Petar Aleksić",
      ],
      ["On a fait trente-cinq minutes parfaites et on perd. C’est le basket", "Thomas Favre"],
      ["soirée qui restera", "Marc-Antoine Rey"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’actualité, sciences : « explique » avec nom et longue fonction après, deux " +
      "femmes puis « C’est elle qui » avec deux-points, étude en fragment, citation " +
      "sur deux paragraphes après « la chercheuse » et deux-points, porte-parole d’un " +
      "organisme en fragment, nom de projet entre guillemets",
    todo:
      "«point de bascule probable» goes to L’étude, not l’étude; «On ne peut plus construire comme " +
      "dans les ann…» goes to L’étude, not Geneviève Tremblay-Roy; «Il faudra des fondations sur " +
      "pieux, des systè…» goes to L’étude, not Geneviève Tremblay-Roy; «des travaux d’adaptation " +
      "sont prévus» goes to Un porte-parole de la Société d’habitation du Québec, not un " +
      "porte-parole de la Société d’habitation du Québec",
    headline: "Le pergélisol du Nunavik dégèle plus vite que prévu",
    standfirst:
      "Une étude de l’Université Laval montre que le sol gelé sous les villages inuits " +
      "se réchauffe d’année en année, menaçant maisons, routes et pistes " +
      "d’atterrissage.",
    paragraphs: [
      "À Salluit, au Nunavik, des maisons penchent, des ponceaux s’effondrent et la " +
        "route de l’aéroport doit être recouverte de gravier chaque été. Une étude " +
        "publiée le 2 décembre dans la revue Nature Climate Change met des chiffres sur " +
        "ce que les habitants constatent depuis longtemps.",
      "« La chaleur s’accumule dans le sol d’une année à l’autre. Ce n’est plus un " +
        "phénomène saisonnier, c’est une tendance de fond », explique Geneviève " +
        "Tremblay-Roy, professeure de géographie à l’Université Laval et autrice " +
        "principale de l’étude. En vingt ans, la température du sol à dix mètres de " +
        "profondeur y a augmenté de 1,8 degré.",
      "La chercheuse a travaillé avec Annie Kasudluak, technicienne en environnement à " +
        "Salluit, qui relève les capteurs depuis 2009. C’est elle qui a donné l’alerte : " +
        "« Les aînés me disaient que la terre bougeait. J’ai fini par regarder les " +
        "chiffres, et ils avaient raison. »",
      "L’étude, menée dans le cadre du projet « Nunavik en mouvement », évoque un « " +
        "point de bascule probable » d’ici 2040 pour les sols riches en glace de la " +
        "région.",
      "Pour la chercheuse, il faut désormais repenser l’aménagement : « On ne peut " +
        "plus construire comme dans les années 1980, sur des remblais de gravier posés " +
        "directement sur le sol gelé.",
      "« Il faudra des fondations sur pieux, des systèmes de ventilation sous les " +
        "bâtiments. Ça coûte cher, mais beaucoup moins cher que de déménager un village. " +
        "»",
      "Un porte-parole de la Société d’habitation du Québec assure que « des travaux " +
        "d’adaptation sont prévus » pour une quarantaine de logements sociaux de Salluit " +
        "d’ici 2028.",
    ],
    quotes: [
      [
        "La chaleur s’accumule dans le sol d’une année à l’autre. Ce n’est plus un " +
          "phénomène saisonnier, c’est une tendance de fond",
        "Geneviève Tremblay-Roy",
      ],
      [
        "Les aînés me disaient que la terre bougeait. J’ai fini par regarder les " +
          "chiffres, et ils avaient raison.",
        "Annie Kasudluak",
      ],
      ["point de bascule probable", "l’étude"],
      [
        "On ne peut plus construire comme dans les années 1980, sur des remblais de " +
          "gravier posés directement sur le sol gelé.",
        "Geneviève Tremblay-Roy",
      ],
      [
        "Il faudra des fondations sur pieux, des systèmes de ventilation sous les " +
          "bâtiments. Ça coûte cher, mais beaucoup moins cher que de déménager un village.",
        "Geneviève Tremblay-Roy",
      ],
      ["des travaux d’adaptation sont prévus", "un porte-parole de la Société d’habitation du Québec"],
    ],
  }),
  {
    name:
      "Al-Watwan, santé : guillemets anglais “…”, fragment au titre d’une médecin " +
      "nommée dans le texte, « s’alarme le Dr » avec nom après, directeur qui « a " +
      "indiqué », présidente d’association puis « déplore-t-elle », ministère en deux " +
      "fragments d’un communiqué, patient anonyme puis « ce père de cinq enfants »",
    todo:
      "«Je paie 18 000 francs pour un flacon et je ga…» goes to Un patient de Mitsamiouli, not un " +
      "patient de Mitsamiouli",
    headline: "Pénurie d’insuline à El-Maarouf : “certains patients rationnent leurs doses”",
    paragraphs: [
      "Depuis bientôt trois semaines, la pharmacie du Centre hospitalier national " +
        "El-Maarouf ne délivre plus d’insuline. Les patients se tournent vers les " +
        "officines privées de Moroni, où le flacon se vend jusqu’à 18 000 francs " +
        "comoriens.",
      "“Certains patients rationnent leurs doses. D’autres arrêtent complètement, et " +
        "on les retrouve aux urgences quelques jours plus tard”, s’alarme le Dr Fatima " +
        "Said Ali, diabétologue à El-Maarouf.",
      "La commande passée en septembre par la Pharmacie nationale autonome des Comores " +
        "est en souffrance. “La cargaison est bloquée au port de Dar es Salaam depuis le " +
        "12 novembre pour des raisons administratives”, a indiqué à Al-Watwan le " +
        "directeur de la Pnac, Ahmed Mohamed Djaffar.",
      "Pour Mariama Abdou, présidente de l’Association comorienne des diabétiques, le " +
        "problème est structurel. “Chaque année, c’est la même chose. On attend la " +
        "rupture pour commander”, déplore-t-elle.",
      "Dans un communiqué publié lundi, le ministère de la Santé affirme que “des " +
        "dispositions ont été prises pour un approvisionnement d’urgence par voie " +
        "aérienne” et appelle les patients “à ne pas céder à la panique”.",
      "Un patient de Mitsamiouli, rencontré dans la file d’attente de la pharmacie, " +
        "n’a pas ce luxe. “Je paie 18 000 francs pour un flacon et je gagne 60 000 par " +
        "mois. Faites le calcul”, lance ce père de cinq enfants.",
    ],
    quotes: [
      ["certains patients rationnent leurs doses", "Fatima Said Ali"],
      [
        "Certains patients rationnent leurs doses. D’autres arrêtent complètement, et on " +
          "les retrouve aux urgences quelques jours plus tard",
        "Fatima Said Ali",
      ],
      [
        "La cargaison est bloquée au port de Dar es Salaam depuis le 12 novembre pour " +
          "des raisons administratives",
        "Ahmed Mohamed Djaffar",
      ],
      ["Chaque année, c’est la même chose. On attend la rupture pour commander", "Mariama Abdou"],
      [
        "des dispositions ont été prises pour un approvisionnement d’urgence par voie " + "aérienne",
        "le ministère de la Santé",
      ],
      ["à ne pas céder à la panique", "le ministère de la Santé"],
      [
        "Je paie 18 000 francs pour un flacon et je gagne 60 000 par mois. Faites le " + "calcul",
        "un patient de Mitsamiouli",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Semaine africaine, éducation : « a reconnu le ministre » avec nom plus haut, " +
      "rapport en fragment, syndicaliste « interroge-t-il » sur une question, « selon " +
      "un inspecteur pédagogique », élève puis sa mère dans le même paragraphe « " +
      "raconte la mère », nom d’opération entre guillemets",
    todo:
      "«des écarts préoccupants entre zones urbaines …» goes to Le rapport de la direction des " +
      "examens et concours, not le rapport de la direction des examens et concours (capital only)",
    headline: "BEPC 2026 : 57,3 % d’admis, le Sud du pays à la traîne",
    paragraphs: [
      "Le ministre de l’Enseignement préscolaire, primaire et secondaire, Sylvain " +
        "Mabiala-Nkounkou, a proclamé samedi à Brazzaville les résultats du Brevet " +
        "d’études du premier cycle. Sur 98 412 candidats, 56 390 ont été déclarés admis, " +
        "contre 51,8 % l’an dernier.",
      "« Ces résultats traduisent les efforts consentis par les enseignants et les " +
        "familles, mais ils restent insuffisants », a reconnu le ministre, qui a rappelé " +
        "que l’opération « Zéro fraude », lancée cette année, avait permis d’exclure 212 " +
        "candidats.",
      "Le département de la Cuvette arrive en tête, devant Brazzaville et " +
        "Pointe-Noire. Le rapport de la direction des examens et concours pointe " +
        "toutefois « des écarts préoccupants entre zones urbaines et rurales », le Niari " +
        "et la Bouenza restant sous la barre des 45 %.",
      "Pour Christian Loubaki, secrétaire général du Syndicat national des enseignants " +
        "du Congo, ces chiffres n’étonnent personne. « Comment voulez-vous qu’un élève " +
        "réussisse quand il est assis à cent dix dans une salle prévue pour cinquante ? " +
        "», interroge-t-il.",
      "Selon un inspecteur pédagogique, « la moitié des enseignants des collèges " +
        "ruraux sont des bénévoles payés par les parents ».",
      "Au CEG de Moungali, Grâce Mabika, 15 ans, serre son relevé de notes : « J’ai eu " +
        "11,5 de moyenne. Je veux aller au lycée Savorgnan de Brazza. » Sa mère, Odile " +
        "Mabika, vendeuse au marché Total, n’a pas dormi de la nuit. « Elle révisait à " +
        "la lampe torche pendant les délestages », raconte la mère.",
    ],
    quotes: [
      [
        "Ces résultats traduisent les efforts consentis par les enseignants et les " +
          "familles, mais ils restent insuffisants",
        "Sylvain Mabiala-Nkounkou",
      ],
      [
        "des écarts préoccupants entre zones urbaines et rurales",
        "le rapport de la direction des examens et concours",
      ],
      [
        "Comment voulez-vous qu’un élève réussisse quand il est assis à cent dix dans " +
          "une salle prévue pour cinquante ?",
        "Christian Loubaki",
      ],
      [
        "la moitié des enseignants des collèges ruraux sont des bénévoles payés par les " + "parents",
        "un inspecteur pédagogique",
      ],
      ["J’ai eu 11,5 de moyenne. Je veux aller au lycée Savorgnan de Brazza.", "Grâce Mabika"],
      ["Elle révisait à la lampe torche pendant les délestages", "Odile Mabika"],
    ],
  }),
  {
    name:
      "Le Calame, économie : guillemets droits, directeur général avec deux-points, « " +
      "l’homme d’affaires » en fragment, secrétaire général « a déclaré au Calame » " +
      "avec nom après, rapport d’un institut en fragment, ouvrier anonyme avec " +
      "deux-points, président de fédération « parle de », nom de navire entre " +
      "guillemets",
    todo:
      "«en état de surexploitation avancée» goes to Un rapport de l’Institut mauritanien de recherches " +
      "océanographiques et des pêches, not un rapport de l’Institut mauritanien de recherches " +
      "océanographiques et des pêches (capital only)",
    headline: "Nouadhibou : trois usines de farine de poisson à l’arrêt, 400 emplois menacés",
    paragraphs: [
      "La crise de la farine de poisson s’aggrave à Nouadhibou. Trois usines, dont " +
        "celle du groupe Atlas Fishmeal, ont cessé leurs activités depuis le début du " +
        "mois de novembre, faute de matière première.",
      "Le directeur général d’Atlas Fishmeal, Mohamed Lemine Ould Sidi, ne cache pas " +
        'son inquiétude : "Nous tournions à 30 % de nos capacités depuis l’été. Les ' +
        "sardinelles ont quasiment disparu et les quotas ont été réduits. Nous ne " +
        'pouvons plus payer les salaires."',
      'L’homme d’affaires, qui emploie 140 personnes, dit attendre "un geste de ' +
        'l’Etat" sur la fiscalité et l’énergie.',
      "Au ministère des Pêches et de l’Economie maritime, on défend la réduction des " +
        'quotas. "La ressource est surexploitée. Si nous ne faisons rien, il n’y aura ' +
        'plus de poisson dans dix ans, ni pour les usines ni pour les pêcheurs", a ' +
        "déclaré au Calame le secrétaire général du département, Cheikh Ould Baba.",
      "Un rapport de l’Institut mauritanien de recherches océanographiques et des " +
        'pêches, publié en octobre, estime que le stock de sardinelles est "en état de ' +
        'surexploitation avancée".',
      'Au port, le senneur "Nour El Bahr" est à quai depuis trois semaines. Devant ' +
        'l’usine fermée, un ouvrier ne décolère pas : "On nous a dit de rentrer chez ' +
        'nous et d’attendre. Attendre quoi ?" Du côté des pêcheurs artisanaux, on se ' +
        "montre moins alarmiste. Ahmed Salem Ould Bah, président de la section " +
        'artisanale de la Fédération nationale des pêches, parle même d’une "bonne ' +
        'nouvelle pour la mer".',
    ],
    quotes: [
      [
        "Nous tournions à 30 % de nos capacités depuis l’été. Les sardinelles ont " +
          "quasiment disparu et les quotas ont été réduits. Nous ne pouvons plus payer les " +
          "salaires.",
        "Mohamed Lemine Ould Sidi",
      ],
      ["un geste de l’Etat", "Mohamed Lemine Ould Sidi"],
      [
        "La ressource est surexploitée. Si nous ne faisons rien, il n’y aura plus de " +
          "poisson dans dix ans, ni pour les usines ni pour les pêcheurs",
        "Cheikh Ould Baba",
      ],
      [
        "en état de surexploitation avancée",
        "un rapport de l’Institut mauritanien de recherches océanographiques et des pêches",
      ],
      ["On nous a dit de rentrer chez nous et d’attendre. Attendre quoi ?", "un ouvrier"],
      ["bonne nouvelle pour la mer", "Ahmed Salem Ould Bah"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "France Culture, culture : titre de roman au titre et au texte, jury en fragment " +
      "au chapeau, romancière « expliquait l’autrice » avec nom d’émission entre " +
      "guillemets, citation coupée en deux paires par « se souvient-elle », présidente " +
      "du jury avec deux-points, autre jurée anonyme en fragment avec titre d’un roman " +
      "concurrent, éditeur « se réjouit » avec nom après",
    todo: "«un palmarès sans surprise» goes to Une autre jurée, not une autre jurée",
    headline: "Prix Femina : Louise Arnaud-Keller couronnée pour « Les Tanneries »",
    standfirst:
      "La romancière lyonnaise l’a emporté au deuxième tour. Le jury a salué « un " +
      "roman d’une ampleur rare ».",
    paragraphs: [
      "Louise Arnaud-Keller, 41 ans, a reçu mardi le prix Femina pour « Les Tanneries " +
        "» (Verdier), élu au deuxième tour de scrutin par six voix contre quatre. Le " +
        "roman suit trois générations d’une famille de tanneurs à Annonay, en Ardèche, " +
        "des années 1930 à la fermeture de la dernière usine.",
      "« J’ai voulu écrire sur le travail, sur ce qu’il fait aux corps et aux familles " +
        "», expliquait l’autrice la semaine dernière au micro de « La Grande Table ».",
      "Le livre puise dans son histoire familiale. « Mon grand-père sentait le cuir », " +
        "se souvient-elle, « et toute mon enfance a gardé cette odeur. »",
      "La présidente du jury, Hélène Marçais, a défendu un choix assumé : « C’est un " +
        "livre qui prend son temps, et qui a raison de le faire. Nous avons été " +
        "nombreuses à le lire deux fois. » Une autre jurée, qui soutenait « Fleuve », de " +
        "Mathieu Sorel, regrette à demi-mot « un palmarès sans surprise ».",
      "Chez Verdier, maison installée à Lagrasse, dans l’Aude, on savoure. « Nous " +
        "avions tiré à 4 000 exemplaires. Nous en réimprimons 30 000 dès ce soir », se " +
        "réjouit son éditeur, Pascal Ribes.",
    ],
    quotes: [
      ["un roman d’une ampleur rare", "Le jury"],
      [
        "J’ai voulu écrire sur le travail, sur ce qu’il fait aux corps et aux familles",
        "Louise Arnaud-Keller",
      ],
      ["Mon grand-père sentait le cuir", "Louise Arnaud-Keller"],
      ["et toute mon enfance a gardé cette odeur.", "Louise Arnaud-Keller"],
      [
        "C’est un livre qui prend son temps, et qui a raison de le faire. Nous avons été " +
          "nombreuses à le lire deux fois.",
        "Hélène Marçais",
      ],
      ["un palmarès sans surprise", "une autre jurée"],
      ["Nous avions tiré à 4 000 exemplaires. Nous en réimprimons 30 000 dès ce soir", "Pascal Ribes"],
    ],
  }),
];

runArticles("fr", ARTICLES);
