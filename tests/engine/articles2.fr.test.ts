// A second round of composed French articles, in the styles of outlets and beats the first round
// (articles.fr.test.ts) did not use: local papers (conseil municipal, éleveurs, une association),
// faits divers and readers' testimonies, a live blog in short timed paragraphs, business news with
// analysts, a political portrait built on unnamed sources, religion, an investigation quoting
// e-mails and documents, Belgian and Swiss politics, football, and an open letter signed by a
// collective. Every article is invented for these tests; speakers follow the corpus guidelines (the
// fullest name the article gives, without title; a body or document as named; the shortest
// description that identifies an unnamed source).
import { type ArticleCase, runArticles } from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name: "Ouest-France, conseil municipal : maire, opposition, adjoint, habitante nommée par son prénom",
    headline: "Saint-Méen-sur-Rance : la salle de sport divise le conseil municipal",
    paragraphs: [
      "La séance du conseil municipal, jeudi soir, a duré près de quatre heures. Au cœur des débats : " +
        "le projet de salle de sport intercommunale, estimé à 3,2 millions d’euros. « C’est un " +
        "équipement que les familles attendent depuis quinze ans », a lancé d’entrée le maire, Yannick " +
        "Le Bihan (divers droite).",
      "L’opposition n’a pas caché ses réserves. « Personne ne conteste le besoin. Ce que nous " +
        "contestons, c’est le montage financier », a répliqué Nadine Guillou, conseillère municipale de " +
        "la liste Saint-Méen autrement.",
      "Pour l’adjoint aux finances, Erwan Pichon, la commune « a les reins assez solides ». Il a " +
        "détaillé un emprunt sur vingt-cinq ans et une subvention de la Région. « Nous ne toucherons " +
        "pas aux taux d’imposition », a-t-il promis.",
      "Dans le public, une vingtaine d’habitants avaient fait le déplacement. Parmi eux, " +
        "Marie-Annick, 67 ans, bénévole au club de gym depuis 1989. « On s’entraîne dans une salle où " +
        "il pleut dedans. Alors oui, on attend », sourit-elle.",
      "Le projet a finalement été adopté par 19 voix contre 6. « On prend date », a prévenu Nadine " +
        "Guillou à l’issue du vote.",
    ],
    quotes: [
      ["C’est un équipement que les familles attendent depuis quinze ans", "Yannick Le Bihan"],
      [
        "Personne ne conteste le besoin. Ce que nous contestons, c’est le montage financier",
        "Nadine Guillou",
      ],
      ["a les reins assez solides", "Erwan Pichon"],
      ["Nous ne toucherons pas aux taux d’imposition", "Erwan Pichon"],
      ["On s’entraîne dans une salle où il pleut dedans. Alors oui, on attend", "Marie-Annick"],
      ["On prend date", "Nadine Guillou"],
    ],
  },
  {
    name: "La Voix du Nord, agriculteurs : père et fils du même nom, une association, « on » à la chambre",
    headline: "Dans l’Avesnois, les éleveurs laitiers à bout de souffle",
    standfirst:
      "Prix du lait en baisse, charges en hausse : à Maroilles, une association aide les agriculteurs " +
      "en difficulté à tenir.",
    paragraphs: [
      "Il est 6 heures quand Jean-Pierre Delattre entame la traite de ses 70 vaches. À 58 ans, " +
        "l’éleveur ne compte plus ses heures. « Je travaille pour rembourser la banque, pas pour " +
        "vivre », lâche-t-il en rinçant la machine.",
      "Son fils, Thomas Delattre, a repris une partie de l’exploitation en 2021. « Mon père m’a dit " +
        "de ne pas le faire. Je l’ai fait quand même », raconte le jeune homme, qui pense déjà à se " +
        "diversifier dans la vente directe.",
      "Depuis deux ans, l’association Solidarité Paysans Nord accompagne une quarantaine de fermes du " +
        "secteur. « Les gens nous appellent quand ils sont déjà au fond du trou », explique sa " +
        "coordinatrice, Sandrine Lemaire. Selon elle, « la honte empêche encore beaucoup " +
        "d’agriculteurs de demander de l’aide ».",
      "À la chambre d’agriculture, on reconnaît « une situation tendue » mais on refuse de parler de " +
        "crise. « Les cours devraient remonter au printemps », assure Bruno Carlier, élu de la chambre " +
        "et lui-même céréalier.",
      "Jean-Pierre Delattre, lui, n’y croit plus. « J’ai connu trois crises. Celle-là, c’est la " +
        "dernière pour moi », dit-il.",
    ],
    quotes: [
      ["Je travaille pour rembourser la banque, pas pour vivre", "Jean-Pierre Delattre"],
      ["Mon père m’a dit de ne pas le faire. Je l’ai fait quand même", "Thomas Delattre"],
      ["Les gens nous appellent quand ils sont déjà au fond du trou", "Sandrine Lemaire"],
      ["la honte empêche encore beaucoup d’agriculteurs de demander de l’aide", "Sandrine Lemaire"],
      ["une situation tendue", "la chambre d’agriculture"],
      ["Les cours devraient remonter au printemps", "Bruno Carlier"],
      ["J’ai connu trois crises. Celle-là, c’est la dernière pour moi", "Jean-Pierre Delattre"],
    ],
  },
  {
    name: "20 Minutes, faits divers : un témoin en deux citations, le parquet, la mère de la victime",
    headline: "Lyon : un adolescent grièvement blessé par une trottinette, le conducteur en fuite",
    paragraphs: [
      "Un adolescent de 14 ans a été grièvement blessé, dimanche soir, dans le 7e arrondissement de " +
        "Lyon, après avoir été percuté par une trottinette électrique. Le conducteur a pris la fuite, a " +
        "appris 20 Minutes de source policière.",
      "Les faits se sont produits vers 21 h 30, rue de Marseille. « Il roulait très vite, sur le " +
        "trottoir, sans lumière », raconte un témoin, serveur dans un bar voisin. « Le gamin n’a rien " +
        "pu faire. »",
      "Transporté à l’hôpital Édouard-Herriot, l’adolescent souffre d’un traumatisme crânien. Son " +
        "pronostic vital n’est « plus engagé », a indiqué lundi le parquet de Lyon, qui a ouvert une " +
        "enquête pour blessures involontaires et délit de fuite.",
      "Sur les réseaux sociaux, la mère de la victime a lancé un appel à témoins. « Quelqu’un a " +
        "forcément vu quelque chose. Aidez-nous », écrit-elle.",
      "L’accident relance le débat sur les trottinettes dans la ville. « On demande depuis des mois " +
        "des contrôles réguliers », rappelle Karim Benaïssa, président de l’association Piétons du 7e, " +
        "contacté par 20 Minutes.",
    ],
    quotes: [
      ["Il roulait très vite, sur le trottoir, sans lumière", "un témoin"],
      ["Le gamin n’a rien pu faire.", "un témoin"],
      ["plus engagé", "le parquet de Lyon"],
      ["Quelqu’un a forcément vu quelque chose. Aidez-nous", "la mère de la victime"],
      ["On demande depuis des mois des contrôles réguliers", "Karim Benaïssa"],
    ],
  },
  {
    name: "Le Parisien, transports : témoignages de lecteurs, titre qui reprend une citation, la régie",
    headline: "« On est serrés comme des sardines » : sur la ligne 13, les usagers à bout",
    paragraphs: [
      "Pannes à répétition, rames bondées, quais saturés : la ligne 13 du métro reste la bête noire " +
        "des Franciliens. Nous avons demandé à nos lecteurs de raconter leur quotidien. Vous avez été " +
        "plus de 300 à nous répondre.",
      "« On est serrés comme des sardines », résume Soufiane, 34 ans, qui monte à " +
        "Saint-Denis-Université pour rejoindre son bureau de Montparnasse. « Tous les matins, sans " +
        "exception. »",
      "Céline, infirmière à l’hôpital Bichat, a choisi de partir plus tôt. « Je prends le métro à " +
        "6 h 10 au lieu de 7 heures. Une heure de sommeil en moins, juste pour pouvoir respirer », nous " +
        "écrit-elle.",
      "Du côté de la RATP, on assure que la situation s’améliore. « La régularité a progressé de " +
        "quatre points depuis janvier », indique la régie, qui promet de nouvelles rames « d’ici à " +
        "2027 ».",
      "Une explication qui ne convainc pas Marc Pélissier, président d’une association d’usagers. « On " +
        "nous promet des rames neuves depuis dix ans. Les usagers, eux, attendent toujours sur le " +
        "quai », tacle-t-il.",
    ],
    quotes: [
      ["On est serrés comme des sardines", "Soufiane"],
      ["Tous les matins, sans exception.", "Soufiane"],
      [
        "Je prends le métro à 6 h 10 au lieu de 7 heures. Une heure de sommeil en moins, juste pour " +
          "pouvoir respirer",
        "Céline",
      ],
      ["La régularité a progressé de quatre points depuis janvier", "la RATP"],
      ["d’ici à 2027", "la RATP"],
      [
        "On nous promet des rames neuves depuis dix ans. Les usagers, eux, attendent toujours sur le quai",
        "Marc Pélissier",
      ],
    ],
  },
  {
    name: "franceinfo, direct : paragraphes horodatés, « a réagi sur franceinfo », « interrogée par »",
    headline: "DIRECT. Tempête Adèle : 1,2 million de foyers privés d’électricité",
    paragraphs: [
      "8h12. Le bilan s’alourdit. Trois personnes sont mortes dans le Finistère et le Morbihan, a " +
        "annoncé le ministère de l’Intérieur.",
      "8h25. « Nous avons mobilisé 3 000 techniciens, mais il faudra plusieurs jours », a réagi sur " +
        "franceinfo le directeur d’Enedis en Bretagne, Marc Rivoal.",
      "8h40. Interrogée par franceinfo, la maire de Brest, Sophie Kerlann, décrit « des scènes de " +
        "désolation » dans le port. « Des bateaux ont été arrachés de leurs amarres », précise l’élue.",
      "9h02. Météo-France maintient la vigilance rouge sur trois départements. « Les rafales peuvent " +
        "encore dépasser 150 km/h sur les côtes », prévient le prévisionniste François Gourand, " +
        "interrogé par franceinfo.",
      "9h15. Les trains ne circulent plus entre Rennes et Brest. « Aucune reprise n’est envisagée " +
        "avant midi », a indiqué la SNCF sur X.",
    ],
    quotes: [
      ["Nous avons mobilisé 3 000 techniciens, mais il faudra plusieurs jours", "Marc Rivoal"],
      ["des scènes de désolation", "Sophie Kerlann"],
      ["Des bateaux ont été arrachés de leurs amarres", "Sophie Kerlann"],
      ["Les rafales peuvent encore dépasser 150 km/h sur les côtes", "François Gourand"],
      ["Aucune reprise n’est envisagée avant midi", "la SNCF"],
    ],
  },
  {
    name: "Les Échos, entreprises : l’entreprise, le directeur financier, analystes nommé et anonyme",
    headline: "Automobile : Valmont sabre ses prévisions, la Bourse sanctionne",
    paragraphs: [
      "Le constructeur Valmont a abaissé mardi ses objectifs annuels, invoquant un marché européen " +
        "« plus dégradé que prévu ». Le titre a chuté de 9 % à la Bourse de Paris.",
      "« Nous ne sacrifierons pas nos marges pour gagner des volumes », a martelé le directeur " +
        "financier, Hervé Castaing, lors d’une conférence téléphonique avec les analystes.",
      "Les investisseurs, eux, doutent. « Le problème n’est pas conjoncturel, il est structurel : " +
        "Valmont n’a pas de modèle électrique abordable avant 2027 », estime un analyste de Bernstein.",
      "Chez Oddo BHF, Anne-Laure Ferrand se montre moins sévère. « La valorisation intègre déjà " +
        "beaucoup de mauvaises nouvelles », juge l’analyste, qui maintient sa recommandation à l’achat.",
      "En interne, la pression monte sur la directrice générale, Claire Aubertin. « Elle a six mois " +
        "pour convaincre », glisse un administrateur.",
      "Les syndicats s’inquiètent d’un nouveau plan d’économies. « Chaque fois qu’on parle de marges, " +
        "ce sont les usines qui trinquent », dénonce Patrick Morel, délégué CGT du site de Sochaux.",
    ],
    quotes: [
      ["plus dégradé que prévu", "Valmont"],
      ["Nous ne sacrifierons pas nos marges pour gagner des volumes", "Hervé Castaing"],
      [
        "Le problème n’est pas conjoncturel, il est structurel : Valmont n’a pas de modèle électrique " +
          "abordable avant 2027",
        "un analyste de Bernstein",
      ],
      ["La valorisation intègre déjà beaucoup de mauvaises nouvelles", "Anne-Laure Ferrand"],
      ["Elle a six mois pour convaincre", "un administrateur"],
      ["Chaque fois qu’on parle de marges, ce sont les usines qui trinquent", "Patrick Morel"],
    ],
  },
  {
    name: "Le Point, portrait : « confie un proche », « glisse un conseiller », le sujet au pronom",
    todo: "«Je ne fais pas de plan de carrière. Je fais m…» goes to un proche, not Gabriel Vasseur",
    headline: "Gabriel Vasseur, l’ambitieux discret de Bercy",
    paragraphs: [
      "Il arrive toujours le premier et repart le dernier. À 41 ans, Gabriel Vasseur, ministre délégué " +
        "aux Comptes publics, cultive une image de technicien austère. « Gabriel ne laisse rien au " +
        "hasard, il lit tout, jusqu’aux notes de bas de page », confie un proche.",
      "Fils d’un artisan boulanger de Vierzon, il a rejoint l’inspection des Finances à 26 ans. « Il " +
        "n’a jamais oublié d’où il venait. C’est son moteur », assure son ancienne professeure de " +
        "lycée, Martine Roche.",
      "Ses adversaires lui prêtent une ambition démesurée. « Il se voit déjà à Matignon », raille un " +
        "député de la majorité, sous couvert d’anonymat.",
      "Lui s’en défend. « Je ne fais pas de plan de carrière. Je fais mon travail », nous a-t-il " +
        "déclaré dans son bureau, entre deux réunions.",
      "À l’Élysée, on le dit apprécié du président. « Il a la confiance du chef, c’est tout ce qui " +
        "compte ici », glisse un conseiller.",
    ],
    quotes: [
      ["Gabriel ne laisse rien au hasard, il lit tout, jusqu’aux notes de bas de page", "un proche"],
      ["Il n’a jamais oublié d’où il venait. C’est son moteur", "Martine Roche"],
      ["Il se voit déjà à Matignon", "un député de la majorité"],
      ["Je ne fais pas de plan de carrière. Je fais mon travail", "Gabriel Vasseur"],
      ["Il a la confiance du chef, c’est tout ce qui compte ici", "un conseiller"],
    ],
  },
  {
    name: "La Croix, religion : Mgr et le père avant le nom, « selon l’évêque de », suite sans verbe",
    headline: "Abus dans l’Église : les évêques adoptent un protocole commun",
    paragraphs: [
      "Réunis en assemblée plénière à Lourdes, les évêques de France ont adopté jeudi un protocole " +
        "commun de signalement des abus. « C’est un pas important, mais ce n’est qu’un pas », a " +
        "reconnu Mgr Henri Dufresne, président de la Conférence des évêques de France.",
      "Le texte prévoit le signalement systématique au procureur. Selon l’évêque de Nevers, Mgr Paul " +
        "Lachaume, « aucun diocèse ne pourra plus traiter seul une affaire ».",
      "Les associations de victimes restent prudentes. « Nous jugerons sur les actes », a déclaré à " +
        "La Croix Odile Marchetti, porte-parole du collectif Parler et revivre.",
      "Dans les paroisses, l’accueil est contrasté. « Certains fidèles ont l’impression qu’on ne parle " +
        "plus que de ça », observe le père Jean-Baptiste Arnoux, curé dans la banlieue lyonnaise. « Mais " +
        "on ne peut pas faire comme si rien ne s’était passé. »",
      "Pour la sociologue des religions Agnès Tourneux, ce protocole marque « la fin d’une culture du " +
        "secret ».",
    ],
    quotes: [
      ["C’est un pas important, mais ce n’est qu’un pas", "Henri Dufresne"],
      ["aucun diocèse ne pourra plus traiter seul une affaire", "Paul Lachaume"],
      ["Nous jugerons sur les actes", "Odile Marchetti"],
      ["Certains fidèles ont l’impression qu’on ne parle plus que de ça", "Jean-Baptiste Arnoux"],
      ["Mais on ne peut pas faire comme si rien ne s’était passé.", "Jean-Baptiste Arnoux"],
      ["la fin d’une culture du secret", "Agnès Tourneux"],
    ],
  },
  {
    name: "Mediapart, enquête : courriels cités après deux-points et en incise, un rapport qui qualifie",
    headline: "Marchés publics : comment la métropole a favorisé une entreprise amie",
    paragraphs: [
      "Selon des documents consultés par Mediapart, la métropole de Valbonne a attribué en 2022 un " +
        "marché de 14 millions d’euros à la société Bâtisud, dont le gérant est un ami d’enfance du " +
        "vice-président chargé des travaux, Didier Pastor.",
      "Dans un courriel daté du 3 mars 2022, un cadre du service des marchés alerte sa hiérarchie : " +
        "« L’offre de Bâtisud est la plus chère de 18 %. Je ne vois pas comment la justifier. »",
      "La réponse arrive deux jours plus tard. « Le choix est fait, merci de finaliser le rapport », " +
        "écrit la directrice générale des services, Véronique Santoni, dans un courriel que Mediapart a " +
        "pu consulter.",
      "Contacté, Didier Pastor dément toute intervention. « Je n’ai jamais siégé à la commission " +
        "d’appel d’offres. Ces accusations sont grotesques », nous a-t-il répondu par écrit.",
      "Le rapport d’analyse des offres qualifie pourtant l’offre de Bâtisud de « techniquement " +
        "supérieure », sans le moindre chiffre à l’appui.",
    ],
    quotes: [
      [
        "L’offre de Bâtisud est la plus chère de 18 %. Je ne vois pas comment la justifier.",
        "un cadre du service des marchés",
      ],
      ["Le choix est fait, merci de finaliser le rapport", "Véronique Santoni"],
      [
        "Je n’ai jamais siégé à la commission d’appel d’offres. Ces accusations sont grotesques",
        "Didier Pastor",
      ],
      ["techniquement supérieure", "Le rapport d’analyse des offres"],
    ],
  },
  {
    name: "Le Soir, Belgique : « a réagi le bourgmestre », parti en sigle, gouverneur au pronom",
    headline: "Inondations à Verviers : « Nous n’avons pas été prévenus », accuse le bourgmestre",
    paragraphs: [
      "La Vesdre est sortie de son lit dans la nuit de mardi à mercredi, inondant une centaine de " +
        "maisons du centre de Verviers. « Nous n’avons pas été prévenus », a réagi le bourgmestre, " +
        "Alain Mertens (PS), qui met en cause le service régional d’alerte.",
      "À Namur, le ministre wallon de l’Environnement, Luc Deprez (MR), a contesté cette version. « Les " +
        "alertes ont été envoyées à 23 heures, comme le prévoit la procédure », a-t-il affirmé devant " +
        "le Parlement de Wallonie.",
      "Sur place, les sinistrés déblaient la boue. « C’est la deuxième fois en quatre ans. On ne va pas " +
        "recommencer une troisième fois », soupire Nadia El Khattabi, commerçante de la rue Spintay.",
      "Le gouverneur de la province de Liège a déclenché la phase provinciale du plan d’urgence. « La " +
        "priorité, c’est le relogement », a-t-il indiqué en fin de matinée.",
      "L’opposition Ecolo réclame une commission d’enquête. « Trois ans après, les leçons n’ont pas " +
        "été tirées », estime la députée Sarah Van Damme.",
    ],
    quotes: [
      ["Nous n’avons pas été prévenus", "Alain Mertens"],
      ["Les alertes ont été envoyées à 23 heures, comme le prévoit la procédure", "Luc Deprez"],
      [
        "C’est la deuxième fois en quatre ans. On ne va pas recommencer une troisième fois",
        "Nadia El Khattabi",
      ],
      ["La priorité, c’est le relogement", "Le gouverneur de la province de Liège"],
      ["Trois ans après, les leçons n’ont pas été tirées", "Sarah Van Damme"],
    ],
  },
  {
    name: "Le Temps, Suisse : conseiller fédéral, conseiller d’État, « le magistrat », son président",
    todo:
      "«C’est une ligne rouge pour le Conseil fédéral» goes to Le chef de la diplomatie, not Marco " +
      "Bernasconi",
    headline: "Le Conseil fédéral durcit le ton face à Bruxelles",
    paragraphs: [
      "Le gouvernement suisse a adopté vendredi son mandat de négociation avec l’Union européenne. " +
        "« Nous voulons un accord, mais pas à n’importe quel prix », a déclaré le conseiller fédéral " +
        "Marco Bernasconi devant la presse à Berne.",
      "Le chef de la diplomatie a insisté sur la protection des salaires. « C’est une ligne rouge pour " +
        "le Conseil fédéral », a-t-il répété.",
      "Les syndicats restent sceptiques. « Le mandat est flou sur l’essentiel », regrette Lukas Imhof, " +
        "président de l’Union syndicale suisse.",
      "À Genève, le conseiller d’État Thierry Favre salue au contraire « un mandat équilibré ». « Notre " +
        "économie a besoin de sécurité juridique », souligne le magistrat.",
      "L’UDC, premier parti du pays, promet de combattre tout accord. « Ce sera le peuple qui aura le " +
        "dernier mot », a prévenu son président, Martin Zwahlen.",
    ],
    quotes: [
      ["Nous voulons un accord, mais pas à n’importe quel prix", "Marco Bernasconi"],
      ["C’est une ligne rouge pour le Conseil fédéral", "Marco Bernasconi"],
      ["Le mandat est flou sur l’essentiel", "Lukas Imhof"],
      ["un mandat équilibré", "Thierry Favre"],
      ["Notre économie a besoin de sécurité juridique", "Thierry Favre"],
      ["Ce sera le peuple qui aura le dernier mot", "Martin Zwahlen"],
    ],
  },
  {
    name: "Ligue 1 : entraîneurs et joueurs, « au micro de », deux-points, nom de famille seul",
    headline: "Ligue 1 : Lens renverse Rennes, Morvan savoure",
    paragraphs: [
      "Menés 1-0 à la pause, les Lensois ont renversé Rennes (2-1) dimanche soir à Bollaert. « On a " +
        "montré du caractère. À la mi-temps, je n’ai presque rien dit, les joueurs savaient », a savouré " +
        "l’entraîneur lensois, Éric Morvan, en conférence de presse.",
      "Buteur à la 78e minute, l’attaquant Yanis Diallo est revenu sur son but. « Le ballon arrive sur " +
        "mon mauvais pied, je ne réfléchis pas, je frappe », a-t-il raconté au micro de Canal+.",
      "Côté rennais, la frustration dominait. « On a arrêté de jouer après l’ouverture du score. C’est " +
        "impardonnable à ce niveau », a pesté le capitaine, Baptiste Le Goff.",
      "Son entraîneur, Olivier Caradec, a refusé d’accabler l’arbitre : « Il y a peut-être penalty, " +
        "mais on ne perd pas à cause de ça. »",
      "Avec ce succès, Lens remonte à la 4e place. « On ne s’enflamme pas », a tempéré Morvan.",
    ],
    quotes: [
      [
        "On a montré du caractère. À la mi-temps, je n’ai presque rien dit, les joueurs savaient",
        "Éric Morvan",
      ],
      ["Le ballon arrive sur mon mauvais pied, je ne réfléchis pas, je frappe", "Yanis Diallo"],
      [
        "On a arrêté de jouer après l’ouverture du score. C’est impardonnable à ce niveau",
        "Baptiste Le Goff",
      ],
      ["Il y a peut-être penalty, mais on ne perd pas à cause de ça.", "Olivier Caradec"],
      ["On ne s’enflamme pas", "Éric Morvan"],
    ],
  },
  {
    name: "Tour de France : vainqueur d’étape, directeur sportif, maillot jaune au pronom, titre cité",
    headline: "Tour de France : Lucas Ferrier s’impose au sommet du Ventoux",
    paragraphs: [
      "Lucas Ferrier a remporté jeudi la 14e étape du Tour de France, au sommet du mont Ventoux, après " +
        "une attaque à six kilomètres de l’arrivée. « J’ai rêvé de cette victoire depuis que j’ai " +
        "dix ans », a lâché le Savoyard, le souffle court, sur la ligne.",
      "Son directeur sportif, Stéphane Gallet, n’a pas caché son émotion. « Lucas a couru avec la " +
        "tête. Il a attendu le bon moment », a-t-il expliqué devant le bus de l’équipe.",
      "Le maillot jaune, le Danois Mikkel Sørensen, a limité la casse. Il a concédé 40 secondes mais " +
        "reste en tête du classement général. « Je n’avais pas les jambes pour suivre. Demain est un " +
        "autre jour », a-t-il reconnu.",
      "Derrière, les Français ont souffert. Huitième de l’étape, Romain Castel a perdu près de deux " +
        "minutes. « Je paie les efforts d’hier », a-t-il expliqué au micro de France Télévisions.",
      "Le directeur du Tour, Christian Marceau, a salué « une étape d’anthologie ».",
    ],
    quotes: [
      ["J’ai rêvé de cette victoire depuis que j’ai dix ans", "Lucas Ferrier"],
      ["Lucas a couru avec la tête. Il a attendu le bon moment", "Stéphane Gallet"],
      ["Je n’avais pas les jambes pour suivre. Demain est un autre jour", "Mikkel Sørensen"],
      ["Je paie les efforts d’hier", "Romain Castel"],
      ["une étape d’anthologie", "Christian Marceau"],
    ],
  },
  {
    name: "Tribune d’un collectif : titre cité, journal entre guillemets, signataires, ministère",
    headline: "« Nous, médecins généralistes, ne pouvons plus soigner correctement »",
    standfirst:
      "Dans une tribune au « Monde », un collectif de 250 médecins généralistes alerte sur " +
      "l’effondrement de la médecine de ville et appelle le gouvernement à agir.",
    paragraphs: [
      "« Chaque semaine, nous refusons de nouveaux patients. Ce n’est pas un choix, c’est une " +
        "impuissance », écrivent les signataires, installés dans des zones rurales comme dans de " +
        "grandes villes.",
      "Le texte est à l’initiative de Claire Dubreuil, généraliste à Guéret. « Nous ne demandons pas " +
        "l’aumône, nous demandons les moyens de faire notre métier », résume-t-elle.",
      "Les signataires dénoncent « une bureaucratie qui dévore un tiers de notre temps » et réclament " +
        "la suppression de plusieurs certificats.",
      "Parmi les signataires figurent aussi des internes et des remplaçants. « Nous avons choisi ce " +
        "métier pour soigner, pas pour trier », témoigne l’un d’eux, Yanis Belkacem, installé depuis " +
        "deux ans en Seine-Saint-Denis.",
      "Interrogé mardi, le ministère de la Santé assure « partager le constat » et renvoie à la future " +
        "loi sur l’accès aux soins.",
    ],
    quotes: [
      [
        "Nous, médecins généralistes, ne pouvons plus soigner correctement",
        "un collectif de 250 médecins généralistes",
      ],
      [
        "Chaque semaine, nous refusons de nouveaux patients. Ce n’est pas un choix, c’est une impuissance",
        "les signataires",
      ],
      ["Nous ne demandons pas l’aumône, nous demandons les moyens de faire notre métier", "Claire Dubreuil"],
      ["une bureaucratie qui dévore un tiers de notre temps", "les signataires"],
      ["Nous avons choisi ce métier pour soigner, pas pour trier", "Yanis Belkacem"],
      ["partager le constat", "le ministère de la Santé"],
    ],
  },
];

runArticles("fr", ARTICLES);
