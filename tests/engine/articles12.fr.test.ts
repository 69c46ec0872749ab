// A twelfth round of composed French articles, in the styles of outlets and beats the first eleven rounds
// (articles.fr to articles11.fr) did not use: a pedestrian street voted by the Granby council in La Voix
// de l’Est, a shooting in Anderlecht for 7sur7, an ice-hockey comeback in Le Quotidien jurassien,
// radiotherapy waiting lists in Blida for El Watan, a department store closing in Luxembourg for
// Paperjam, street lights and great tits in Pour la Science, a storm on the Loire-Atlantique coast in
// Presse Océan, the Carthage film festival in La Presse de Tunisie, a school bus driver shortage in
// L’Acadie Nouvelle and a fake roofer's trial in Le Populaire du Centre. Every article was written for
// these tests, before the engine was run on them; speakers follow the corpus guidelines (the fullest name
// the article gives, without title; a body or document as named; the shortest description that
// identifies an unnamed source).
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
      "La Voix de l’Est, conseil municipal : citation au chapô reprise au corps, suite sans verbe, " +
      "conseillère en fragment puis « s’est-elle indignée », sommaire décisionnel « Il prévoit », " +
      "citoyen et deux-points, pancarte et terme entre guillemets, directrice « se dit »",
    todo:
      "a document that is a sentence’s subject (« Le sommaire décisionnel … évalue ») and is taken up by " +
      "« Il prévoit « … » » is not the speaker; its fragment goes to the last person named",
    headline: "Granby tentera l’expérience d’une rue Principale piétonne cet été",
    standfirst:
      "Le projet pilote a été adopté par six voix contre quatre. « On ne saura jamais si ça marche " +
      "si on n’essaie pas », plaide le maire Julien Després.",
    paragraphs: [
      "Le conseil municipal de Granby a adopté lundi soir un projet pilote qui fermera à la " +
        "circulation automobile le tronçon de la rue Principale compris entre les rues Court et " +
        "Dufferin, du 21 juin au 2 septembre. Une quarantaine de citoyens s’étaient déplacés à " +
        "l’hôtel de ville, certains brandissant des pancartes « Sauvons nos stationnements ».",
      "« On ne saura jamais si ça marche si on n’essaie pas », a fait valoir le maire Julien Després " +
        "devant une salle comble. Selon lui, l’achalandage du centre-ville a reculé de 18 % depuis " +
        "2019. « Les gens veulent des terrasses, de l’ombre, un endroit où s’asseoir. Ils ne " +
        "viennent plus juste pour magasiner. »",
      "La conseillère du district 7, Nathalie Bérubé, a voté contre. Elle reproche à " +
        "l’administration d’avoir « mis la charrue devant les bœufs » en adoptant le projet avant " +
        "la fin des consultations. « On a rencontré trois commerçants sur soixante. Trois ! », " +
        "s’est-elle indignée.",
      "Le sommaire décisionnel déposé au conseil évalue le coût du projet à 240 000 $, mobilier " +
        "urbain compris. Il prévoit aussi « une navette gratuite entre le stationnement du Palace et " +
        "la rue Principale les fins de semaine ».",
      "À la période de questions, Gilles Paquette, propriétaire d’une quincaillerie de la rue " +
        "Principale depuis 31 ans, s’est avancé au micro : « Mes clients achètent des sacs de sel de " +
        "20 kilos. Vous voulez qu’ils les transportent comment, en vélo ? »",
      "Le terme de « piétonnisation », que le maire évite soigneusement, n’apparaît nulle part dans " +
        "la résolution. « On parle d’un projet pilote, pas d’une fermeture permanente », a précisé " +
        "le directeur de la planification, Marc-André Lussier.",
      "Du côté de Commerce Granby centre-ville, la directrice générale Isabelle Fortier se dit " +
        "« prudemment optimiste ». L’organisme réalisera un sondage auprès de ses membres à la " +
        "mi-juillet.",
    ],
    quotes: [
      ["On ne saura jamais si ça marche si on n’essaie pas", "Julien Després"],
      [
        "Les gens veulent des terrasses, de l’ombre, un endroit où s’asseoir. Ils ne viennent plus " +
          "juste pour magasiner.",
        "Julien Després",
      ],
      ["mis la charrue devant les bœufs", "Nathalie Bérubé"],
      ["On a rencontré trois commerçants sur soixante. Trois !", "Nathalie Bérubé"],
      [
        "une navette gratuite entre le stationnement du Palace et la rue Principale les fins de " + "semaine",
        "Le sommaire décisionnel",
      ],
      [
        "Mes clients achètent des sacs de sel de 20 kilos. Vous voulez qu’ils les transportent " +
          "comment, en vélo ?",
        "Gilles Paquette",
      ],
      ["On parle d’un projet pilote, pas d’une fermeture permanente", "Marc-André Lussier"],
      ["prudemment optimiste", "Isabelle Fortier"],
    ],
  }),
  {
    name:
      "7sur7, fusillade : guillemets droits, fragment du parquet au chapô repris au corps, « sa " +
      "porte-parole », commerçant anonyme sur deux paragraphes, prénom d’emprunt et guillemets " +
      "simples imbriqués, bourgmestre « a-t-il écrit » puis fragment, zone de police « précise-t-elle »",
    headline: "Fusillade à Anderlecht : un jeune homme grièvement blessé près de la station Clemenceau",
    standfirst:
      'Les tirs ont éclaté mardi vers 21 h. Le parquet évoque "un probable règlement de comptes lié ' +
      'au trafic de stupéfiants".',
    paragraphs: [
      "Un homme de 23 ans a été grièvement blessé par balle mardi soir à Anderlecht, à quelques " +
        "mètres de la station de métro Clemenceau. Ses jours ne seraient plus en danger. Deux " +
        "suspects ont pris la fuite à scooter en direction de la gare du Midi.",
      'Le parquet de Bruxelles évoque "un probable règlement de comptes lié au trafic de ' +
        'stupéfiants". "Plusieurs douilles ont été retrouvées sur place. Le laboratoire de la ' +
        'police technique et scientifique a été requis et un juge d’instruction a été saisi", ' +
        "indique à 7sur7 sa porte-parole, Willemien Baert.",
      "Un commerçant de la rue Clemenceau, qui a baissé son rideau en entendant les détonations, " +
        'raconte: "J’ai entendu quatre coups, très rapprochés. Au début, j’ai cru à des pétards. Et ' +
        "puis j’ai vu le garçon par terre, devant l’arrêt de bus.",
      '"Les gens criaient, une dame a essayé de lui faire un garrot avec son écharpe. L’ambulance ' +
        'est arrivée en dix minutes, peut-être moins."',
      "Karim (prénom d’emprunt), qui habite l’immeuble d’en face depuis quinze ans, ne cache pas sa " +
        "lassitude. \"Ici, on ne dit plus 'fusillade', on dit 'encore une'. Mes enfants ne prennent " +
        'plus le métro seuls", lâche ce père de famille.',
      "Le bourgmestre d’Anderlecht, Hamza Ouardi (PS), a réagi sur les réseaux sociaux dans la " +
        'soirée. "Nos pensées vont à la victime et à sa famille. Je demande au fédéral des moyens ' +
        'humains à la hauteur de la situation", a-t-il écrit, réclamant une nouvelle fois "des ' +
        'renforts permanents" pour la zone de police.',
      "La zone de police Bruxelles-Midi a annoncé le renforcement de ses patrouilles autour de la " +
        'station. "Un dispositif visible sera maintenu au moins jusqu’à la fin de la semaine", ' +
        'précise-t-elle dans un communiqué. Une opération baptisée "Clemenceau propre" avait déjà ' +
        "été menée au printemps.",
    ],
    quotes: [
      ["un probable règlement de comptes lié au trafic de stupéfiants", "Le parquet de Bruxelles"],
      [
        "Plusieurs douilles ont été retrouvées sur place. Le laboratoire de la police technique et " +
          "scientifique a été requis et un juge d’instruction a été saisi",
        "Willemien Baert",
      ],
      [
        "J’ai entendu quatre coups, très rapprochés. Au début, j’ai cru à des pétards. Et puis j’ai " +
          "vu le garçon par terre, devant l’arrêt de bus.",
        "Un commerçant de la rue Clemenceau",
      ],
      [
        "Les gens criaient, une dame a essayé de lui faire un garrot avec son écharpe. L’ambulance " +
          "est arrivée en dix minutes, peut-être moins.",
        "Un commerçant de la rue Clemenceau",
      ],
      [
        "Ici, on ne dit plus 'fusillade', on dit 'encore une'. Mes enfants ne prennent plus le métro " +
          "seuls",
        "Karim",
      ],
      [
        "Nos pensées vont à la victime et à sa famille. Je demande au fédéral des moyens humains à la " +
          "hauteur de la situation",
        "Hamza Ouardi",
      ],
      ["des renforts permanents", "Hamza Ouardi"],
      [
        "Un dispositif visible sera maintenu au moins jusqu’à la fin de la semaine",
        "La zone de police Bruxelles-Midi",
      ],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Quotidien jurassien, hockey : « le Canadien » renvoie au buteur nommé, entraîneur et " +
      "deux-points après une phrase sans verbe de parole, « a-t-il raconté », gardien par son origine, " +
      "adversaire en fragments, « Pour le président, X, » et deux-points, banderole",
    todo:
      "a colon quote after a sentence whose subject is a description pointing back to a name " +
      "(« L’entraîneur ajoulot avait … vu son équipe sombrer: ») goes to a person named later; a " +
      "demonym description " +
      "(« confiait le Bruntrutain de 24 ans ») is returned instead of the name given before",
    headline: "Le HC Ajoie renverse Langnau et respire enfin",
    standfirst:
      "Menés 0-2 après vingt minutes, les Jurassiens se sont imposés 4-3 en prolongation samedi à " +
      "la Raiffeisen Arena de Porrentruy.",
    paragraphs: [
      "Il aura fallu attendre la 63e minute et un tir du poignet de Kyle Brodeur pour que la " +
        "patinoire explose enfin. Menés 0-2 après le premier tiers, les Ajoulots ont renversé les " +
        "SCL Tigers (4-3 ap) samedi soir et mis fin à une série de six défaites consécutives.",
      "«Ce soir, on a joué comme une équipe. Pendant six matches, chacun essayait de sauver la " +
        "saison tout seul», résumait le Canadien à sa sortie de la glace, le visage encore rouge. " +
        "Auteur d’un doublé, le numéro 91 a aussi délivré l’assist sur le 3-3 de Thibault Frossard.",
      "Derrière le banc, Stéphane Morandi n’a pas caché son soulagement. L’entraîneur ajoulot avait " +
        "pourtant vu son équipe sombrer dans le premier tiers: «On était tétanisés. On perdait " +
        "chaque duel le long de la bande, on n’osait plus tirer.» À la pause, il a haussé le ton. " +
        "«Je leur ai dit que je préférais perdre 0-6 en attaquant que 0-2 en reculant», a-t-il " +
        "raconté en souriant.",
      "Le gardien Lucas Boéchat, auteur de 34 arrêts, a lui aussi été décisif, notamment en " +
        "prolongation. «Dans le vestiaire, personne n’a baissé la tête. C’est ça qui me rend fier», " +
        "confiait le Bruntrutain de 24 ans.",
      "Côté emmentalois, l’entraîneur Martin Schwarz ne cachait pas sa frustration. Il a parlé " +
        "d’un «cadeau» offert aux Jurassiens sur le deuxième but et d’une «fin de match indigne de " +
        "notre niveau».",
      "Ajoie reste lanterne rouge de National League, à sept points de Kloten. Pour le président du " +
        "club, Patrick Hauser, rien n’est perdu: «Il reste dix-huit matches. Si on joue comme ce " +
        "soir, les play-out ne sont pas une fatalité.»",
      "Dans les tribunes, une banderole «Ajoie ne lâche jamais» avait été déployée avant la " +
        "rencontre. Prochain match mardi à Fribourg.",
    ],
    quotes: [
      [
        "Ce soir, on a joué comme une équipe. Pendant six matches, chacun essayait de sauver la " +
          "saison tout seul",
        "Kyle Brodeur",
      ],
      [
        "On était tétanisés. On perdait chaque duel le long de la bande, on n’osait plus tirer.",
        "Stéphane Morandi",
      ],
      ["Je leur ai dit que je préférais perdre 0-6 en attaquant que 0-2 en reculant", "Stéphane Morandi"],
      ["Dans le vestiaire, personne n’a baissé la tête. C’est ça qui me rend fier", "Lucas Boéchat"],
      ["cadeau", "Martin Schwarz"],
      ["fin de match indigne de notre niveau", "Martin Schwarz"],
      [
        "Il reste dix-huit matches. Si on joue comme ce soir, les play-out ne sont pas une fatalité.",
        "Patrick Hauser",
      ],
    ],
  }),
  {
    name:
      "El Watan, santé : citation d’un oncologue anonyme au chapô reprise au corps, « s’emporte-t-elle », " +
      "« Selon lui » en fragment, rapport interne qui réclame, « refuse de parler de » un mot, " +
      "ministère contacté, présidente d’association sur deux paragraphes",
    headline: "Radiothérapie : à Blida, des malades attendent jusqu’à huit mois",
    standfirst:
      "Pannes d’accélérateurs, manque de physiciens médicaux : au Centre anti-cancer de Blida, les " +
      "rendez-vous sont fixés à l’automne. « On soigne des cancers qui ont déjà eu le temps de " +
      "progresser », alerte un oncologue.",
    paragraphs: [
      "Au Centre anti-cancer (CAC) de Blida, les rendez-vous de radiothérapie sont désormais fixés " +
        "à octobre ou novembre. Sur les trois accélérateurs linéaires de l’établissement, un seul " +
        "fonctionne depuis la mi-février, selon plusieurs sources hospitalières concordantes.",
      "Devant le service, Fatiha Merabet, 52 ans, accompagne sa sœur, opérée d’un cancer du sein en " +
        "janvier. « Le chirurgien nous a dit que la radiothérapie devait commencer dans les six " +
        "semaines. On nous donne un rendez-vous pour le 14 octobre. Six semaines, huit mois… C’est " +
        "la même chose pour eux ? », s’emporte-t-elle.",
      "« On soigne des cancers qui ont déjà eu le temps de progresser », souffle un oncologue, qui " +
        "a requis l’anonymat. Selon lui, une séance dans une clinique privée d’Alger « peut coûter " +
        "jusqu’à 40 000 dinars ».",
      "Un rapport interne, dont El Watan a obtenu une copie, réclame le recrutement urgent de " +
        "« quatre physiciens médicaux au minimum ». Le centre n’en compte plus qu’un seul depuis le " +
        "départ de deux d’entre eux à l’étranger.",
      "Le Pr Rachid Benali-Khodja, chef du service de radiothérapie, confirme les pannes mais refuse " +
        "de parler de « crise ». « Les pièces de rechange sont commandées depuis décembre. Elles " +
        "sont bloquées par les procédures d’importation, ce n’est pas une question de compétence », " +
        "assure-t-il.",
      "Contacté, le ministère de la Santé assure que deux nouveaux accélérateurs « seront livrés " +
        "avant la fin du premier semestre ».",
      "Pour Nadia Cherifi, présidente de l’association Nour d’aide aux malades du cancer, ces " +
        "annonces ne suffisent pas : « Oran et Batna sont déjà saturés. Vous demandez à une femme " +
        "épuisée par la chimiothérapie de faire 400 kilomètres pour une séance de quinze minutes.",
      "« Nous demandons un plan d’urgence, avec des accélérateurs de réserve et une prise en charge " +
        "des frais de transport. Les malades ne peuvent plus attendre. »",
    ],
    quotes: [
      ["On soigne des cancers qui ont déjà eu le temps de progresser", "un oncologue"],
      [
        "Le chirurgien nous a dit que la radiothérapie devait commencer dans les six semaines. On " +
          "nous donne un rendez-vous pour le 14 octobre. Six semaines, huit mois… C’est la même " +
          "chose pour eux ?",
        "Fatiha Merabet",
      ],
      ["peut coûter jusqu’à 40 000 dinars", "un oncologue"],
      ["quatre physiciens médicaux au minimum", "Un rapport interne"],
      [
        "Les pièces de rechange sont commandées depuis décembre. Elles sont bloquées par les " +
          "procédures d’importation, ce n’est pas une question de compétence",
        "Rachid Benali-Khodja",
      ],
      ["seront livrés avant la fin du premier semestre", "le ministère de la Santé"],
      [
        "Oran et Batna sont déjà saturés. Vous demandez à une femme épuisée par la chimiothérapie " +
          "de faire 400 kilomètres pour une séance de quinze minutes.",
        "Nadia Cherifi",
      ],
      [
        "Nous demandons un plan d’urgence, avec des accélérateurs de réserve et une prise en charge " +
          "des frais de transport. Les malades ne peuvent plus attendre.",
        "Nadia Cherifi",
      ],
    ],
  },
  {
    name:
      "Paperjam, commerce : guillemets anglais, citation au chapô par « son directeur général » " +
      "reprise au corps, l’entreprise « y évoque », citation coupée par « détaille le " +
      "quadragénaire », syndicat en sigle, déléguée, « indique son directeur », connaisseur anonyme",
    headline: "Maison Kremer ferme son magasin de la Grand-Rue, 85 emplois menacés",
    standfirst:
      "Après 96 ans au centre de Luxembourg-Ville, le grand magasin familial ne gardera que son " +
      "site de la Cloche d’Or. “Fermer la Grand-Rue, c’est un crève-cœur”, reconnaît son directeur " +
      "général.",
    paragraphs: [
      "Maison Kremer fermera le 31 mars son grand magasin de la Grand-Rue, ouvert en 1929. " +
        "L’entreprise familiale l’a annoncé mardi à ses 85 salariés du site, avant de confirmer la " +
        "décision dans un communiqué. Elle y évoque “une baisse continue de la fréquentation du " +
        "centre-ville”.",
      "“Fermer la Grand-Rue, c’est un crève-cœur”, confie Marc Kremer, 47 ans, qui dirige " +
        "l’entreprise depuis 2015. “Le loyer a presque triplé en dix ans”, détaille le " +
        "quadragénaire, “et nous avons perdu un quart de nos visiteurs depuis la fin des travaux " +
        "du tram.”",
      "Selon la direction, une quarantaine de salariés pourront être reclassés à la Cloche d’Or. " +
        "Pour les autres, un plan social doit être négocié. L’OGBL, majoritaire au sein de la " +
        "délégation du personnel, dénonce une annonce “faite dans la précipitation, sans aucune " +
        "concertation”.",
      "“Certaines vendeuses ont trente ans de maison. On leur a appris la nouvelle un mardi matin, " +
        "debout entre deux rayons”, regrette Sandra Pereira, déléguée du personnel.",
      "La Confédération luxembourgeoise du commerce (CLC) observe un phénomène plus large. “Le taux " +
        "de vacance des surfaces commerciales dans la Ville-Haute a atteint 9 % fin 2024, contre " +
        "4 % il y a cinq ans”, indique son directeur, Thomas Reiffers.",
      "Un connaisseur du marché immobilier tempère toutefois: “Les propriétaires de la Grand-Rue " +
        "n’ont jamais baissé leurs prix. Tant qu’ils préféreront un local vide à un loyer plus bas, " +
        "rien ne changera.”",
    ],
    quotes: [
      ["Fermer la Grand-Rue, c’est un crève-cœur", "Marc Kremer"],
      ["une baisse continue de la fréquentation du centre-ville", "Maison Kremer"],
      ["Le loyer a presque triplé en dix ans", "Marc Kremer"],
      ["et nous avons perdu un quart de nos visiteurs depuis la fin des travaux du tram.", "Marc Kremer"],
      ["faite dans la précipitation, sans aucune concertation", "L’OGBL"],
      [
        "Certaines vendeuses ont trente ans de maison. On leur a appris la nouvelle un mardi matin, " +
          "debout entre deux rayons",
        "Sandra Pereira",
      ],
      [
        "Le taux de vacance des surfaces commerciales dans la Ville-Haute a atteint 9 % fin 2024, " +
          "contre 4 % il y a cinq ans",
        "Thomas Reiffers",
      ],
      [
        "Les propriétaires de la Grand-Rue n’ont jamais baissé leurs prix. Tant qu’ils préféreront un " +
          "local vide à un loyer plus bas, rien ne changera.",
        "Un connaisseur du marché immobilier",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Pour la Science, écologie : fragment au titre repris au corps par « précise la chercheuse », " +
      "terme entre guillemets, « explique la première autrice », l’étude qui évoque, « Pour X, » et " +
      "deux-points, incise à l’intérieur des guillemets, « Elle rappelle » en fragment",
    headline: "Éclairage urbain : les mésanges des villes « ne dorment presque plus »",
    standfirst:
      "En équipant 120 mésanges charbonnières de minuscules enregistreurs, une équipe européenne " +
      "montre que la lumière artificielle avance de près d’une heure le début du chant.",
    paragraphs: [
      "Chaque matin, au printemps, les oiseaux entament ce que les ornithologues appellent le " +
        "« chœur de l’aube » : une succession de chants qui commence bien avant le lever du soleil. " +
        "Sous les lampadaires, ce concert démarre de plus en plus tôt. C’est ce que confirme une " +
        "étude publiée le 12 mars dans la revue Nature Ecology & Evolution.",
      "Élodie Marchetti, doctorante au Centre d’écologie fonctionnelle et évolutive (CEFE) de " +
        "Montpellier, et ses collègues ont suivi 120 mésanges charbonnières (Parus major) dans six " +
        "villes et six forêts d’Europe de l’Ouest. Chaque oiseau portait un enregistreur de " +
        "0,4 gramme fixé sur le dos. « On s’attendait à un décalage de quelques minutes. On a trouvé " +
        "près d’une heure dans les quartiers les plus éclairés », explique la première autrice de " +
        "l’étude.",
      "Les mésanges urbaines ne compensent pas ce réveil précoce par une sieste plus longue : leur " +
        "repos nocturne est raccourci de 50 minutes en moyenne. Pendant les semaines de nourrissage " +
        "des poussins, certains mâles « ne dorment presque plus », précise la chercheuse.",
      "Les auteurs restent prudents sur les conséquences. L’étude évoque « un coût énergétique " +
        "probable, mais encore non mesuré » et ne relève aucune baisse du nombre de poussins à " +
        "l’envol.",
      "Pour Pieter Van Damme, écologue à l’université d’Anvers et coauteur de l’étude, la solution " +
        "est à portée de main : « Il suffirait de baisser l’intensité des lampadaires ou d’utiliser " +
        "une lumière plus ambrée entre minuit et 5 heures. Les oiseaux y sont beaucoup moins " +
        "sensibles. »",
      "« C’est un travail remarquable par son ampleur, commente Anne-Sophie Le Goff, " +
        "éco-acousticienne au Muséum national d’histoire naturelle, qui n’a pas participé à " +
        "l’étude. Mais on ne sait pas encore si ce décalage est un problème ou une adaptation " +
        "réussie à la ville. »",
      "Elle rappelle que certaines populations urbaines de merles noirs ont, en quelques décennies, " +
        "« avancé leur saison de reproduction de plusieurs semaines » sans déclin apparent. L’équipe " +
        "de Montpellier prévoit désormais de mesurer la dépense énergétique des oiseaux grâce à des " +
        "capteurs de rythme cardiaque.",
    ],
    quotes: [
      ["ne dorment presque plus", "Élodie Marchetti"],
      [
        "On s’attendait à un décalage de quelques minutes. On a trouvé près d’une heure dans les " +
          "quartiers les plus éclairés",
        "Élodie Marchetti",
      ],
      ["un coût énergétique probable, mais encore non mesuré", "L’étude"],
      [
        "Il suffirait de baisser l’intensité des lampadaires ou d’utiliser une lumière plus ambrée " +
          "entre minuit et 5 heures. Les oiseaux y sont beaucoup moins sensibles.",
        "Pieter Van Damme",
      ],
      [
        "C’est un travail remarquable par son ampleur, commente Anne-Sophie Le Goff, " +
          "éco-acousticienne au Muséum national d’histoire naturelle, qui n’a pas participé à " +
          "l’étude. Mais on ne sait pas encore si ce décalage est un problème ou une adaptation " +
          "réussie à la ville.",
        "Anne-Sophie Le Goff",
      ],
      ["avancé leur saison de reproduction de plusieurs semaines", "Anne-Sophie Le Goff"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Presse Océan, tempête : citation en tête de paragraphe suivie d’une phrase sans verbe de " +
      "parole, « souffle-t-elle », pompier gradé, « Chez Enedis, on prévoyait », responsable " +
      "technique, nom de bateau entre guillemets, préfecture et prévisionnistes en fragments",
    headline: "Tempête : des rafales à 141 km/h sur la côte, le pont de Saint-Nazaire fermé la nuit",
    standfirst:
      "Plus de 60 000 foyers étaient privés d’électricité mercredi matin en Loire-Atlantique. À " +
      "Pornic, un arbre est tombé sur une voiture, blessant légèrement sa conductrice.",
    paragraphs: [
      "La vigilance orange vents violents, déclenchée mardi à 16 h par Météo-France, a été levée " +
        "mercredi à 10 h. Entre-temps, les rafales ont atteint 141 km/h à la pointe de Chémoulin et " +
        "118 km/h à Nantes-Atlantique. Le pont de Saint-Nazaire, fermé à la circulation à partir de " +
        "21 h, n’a rouvert qu’à 7 h 30.",
      "« Je venais de m’arrêter au feu quand j’ai entendu un craquement énorme. Le pare-brise a " +
        "explosé d’un coup. » Sylvie Gautier n’en revient toujours pas. Mardi vers 19 h, un chêne " +
        "s’est abattu sur sa voiture, avenue du Général-de-Gaulle à Pornic. La retraitée de 71 ans " +
        "s’en tire avec quelques coupures au visage. « Deux secondes plus tôt, il tombait sur le " +
        "toit », souffle-t-elle.",
      "Les pompiers de Loire-Atlantique ont effectué 430 interventions en quinze heures, " +
        "essentiellement pour des chutes d’arbres et des toitures arrachées. « C’est un épisode " +
        "dense mais sans drame, grâce à des gens qui sont globalement restés chez eux », résume le " +
        "lieutenant-colonel Hervé Le Bihan, du Sdis 44.",
      "Chez Enedis, on prévoyait mercredi midi un retour à la normale « pour 90 % des clients d’ici " +
        "jeudi soir ». Quelque 250 techniciens, dont une cinquantaine venus de Bretagne et de " +
        "Normandie, ont été mobilisés.",
      "Sur l’île de Nantes, le grand éléphant des Machines de l’île est resté au hangar. « Il est " +
        "conçu pour résister, mais on ne prend aucun risque avec des visiteurs », explique Thomas " +
        "Bréhier, responsable technique du site.",
      "Au Croisic, les pêcheurs sont restés à quai pour la deuxième journée consécutive. « Trois " +
        "jours sans sortir en février, c’est une semaine de salaire qui s’envole », calcule Yannick " +
        "Guérin, patron du chalutier « Marie-Morgane ».",
      "La préfecture de Loire-Atlantique appelle les habitants à « ne pas monter sur les toits » " +
        "pour réparer eux-mêmes les dégâts. Une nouvelle dépression est attendue samedi, « moins " +
        "creuse », selon les prévisionnistes.",
    ],
    quotes: [
      [
        "Je venais de m’arrêter au feu quand j’ai entendu un craquement énorme. Le pare-brise a " +
          "explosé d’un coup.",
        "Sylvie Gautier",
      ],
      ["Deux secondes plus tôt, il tombait sur le toit", "Sylvie Gautier"],
      [
        "C’est un épisode dense mais sans drame, grâce à des gens qui sont globalement restés chez " + "eux",
        "Hervé Le Bihan",
      ],
      ["pour 90 % des clients d’ici jeudi soir", "Enedis"],
      ["Il est conçu pour résister, mais on ne prend aucun risque avec des visiteurs", "Thomas Bréhier"],
      ["Trois jours sans sortir en février, c’est une semaine de salaire qui s’envole", "Yannick Guérin"],
      ["ne pas monter sur les toits", "La préfecture de Loire-Atlantique"],
      ["moins creuse", "les prévisionnistes"],
    ],
  }),
  {
    name:
      "La Presse de Tunisie, cinéma : titres de films entre guillemets au titre et au corps, " +
      "fragment au chapô par « La réalisatrice » repris au corps, « a-t-elle lancé », le jury qui " +
      "salue, président du jury, directeur « a-t-il souligné », critique puis « selon lui », ministre",
    headline: "JCC : le Tanit d’or pour « Les Jardins de Sidi Bou », de Leïla Ben Ammar",
    standfirst:
      "La réalisatrice tunisienne a dédié son prix « à toutes les femmes qui filment sans " +
      "autorisation ».",
    paragraphs: [
      "La 36e édition des Journées cinématographiques de Carthage s’est achevée samedi soir au " +
        "Théâtre de l’Opéra de la Cité de la culture avec le sacre de « Les Jardins de Sidi Bou », " +
        "premier long métrage de fiction de Leïla Ben Ammar. Le film, qui suit trois générations de " +
        "femmes d’une même famille entre 1956 et 2011, était l’un des trois films tunisiens en " +
        "compétition officielle.",
      "Montée sur scène sous une longue ovation, la cinéaste de 38 ans a dédié son prix « à toutes " +
        "les femmes qui filment sans autorisation ». « Ce film a mis sept ans à exister. On nous a " +
        "dit non partout, puis on nous a dit oui à moitié. Ce soir, c’est un oui entier », a-t-elle " +
        "lancé, la voix nouée.",
      "Le jury, présidé par le cinéaste sénégalais Moussa Diagne, a salué « une mise en scène d’une " +
        "rare justesse ». « Nous avons été unanimes dès la première délibération », a confié Moussa " +
        "Diagne à la sortie de la cérémonie.",
      "Le Tanit d’argent est revenu au film égyptien « La Nuit du fleuve », de Karim Mostafa, et le " +
        "Tanit de bronze au documentaire marocain « Ceux qui restent ».",
      "Le directeur des JCC, Mohamed Ali Ferjani, s’est félicité d’une affluence record : plus de " +
        "210 000 entrées en huit jours. « Les salles de Sfax, de Gafsa et de Médenine ont été " +
        "pleines tous les soirs. Les JCC ne sont plus seulement un festival de la capitale », a-t-il " +
        "souligné.",
      "Tous les professionnels ne partagent pas cet enthousiasme. Le critique Hédi Zribi regrette " +
        "« une sélection trop sage », qui a selon lui laissé de côté « les films qui dérangent ». Il " +
        "cite notamment l’absence de « Sable noir », un documentaire sur le bassin minier de Gafsa.",
      "La ministre des Affaires culturelles, présente à la cérémonie, a annoncé la création d’un " +
        "fonds d’aide à la distribution. « Un film primé à Carthage doit pouvoir être vu à " +
        "Kasserine et à Tataouine, pas seulement dans les festivals étrangers », a-t-elle déclaré.",
    ],
    quotes: [
      ["à toutes les femmes qui filment sans autorisation", "Leïla Ben Ammar"],
      [
        "Ce film a mis sept ans à exister. On nous a dit non partout, puis on nous a dit oui à " +
          "moitié. Ce soir, c’est un oui entier",
        "Leïla Ben Ammar",
      ],
      ["une mise en scène d’une rare justesse", "Le jury"],
      ["Nous avons été unanimes dès la première délibération", "Moussa Diagne"],
      [
        "Les salles de Sfax, de Gafsa et de Médenine ont été pleines tous les soirs. Les JCC ne " +
          "sont plus seulement un festival de la capitale",
        "Mohamed Ali Ferjani",
      ],
      ["une sélection trop sage", "Hédi Zribi"],
      ["les films qui dérangent", "Hédi Zribi"],
      [
        "Un film primé à Carthage doit pouvoir être vu à Kasserine et à Tataouine, pas seulement " +
          "dans les festivals étrangers",
        "La ministre des Affaires culturelles",
      ],
    ],
  },
  {
    name:
      "L’Acadie Nouvelle, éducation : « ce que le district qualifie de », directrice « en entrevue », " +
      "père « demande le père de famille », chauffeuse « Pour X, » sans verbe puis citation, " +
      "syndicat « parle d’une crise », ministère par courriel, député « a lancé »",
    todo:
      "a body taken up by a description (« ce que le district qualifie de « … » ») is returned as the " +
      "description instead of the body’s full name",
    headline: "Pénurie de chauffeurs d’autobus : 600 élèves privés de transport scolaire dans le Nord-Est",
    standfirst:
      "Depuis lundi, onze circuits ne sont plus desservis dans la Péninsule acadienne et la région " +
      "de Bathurst.",
    paragraphs: [
      "Le District scolaire francophone Nord-Est (DSFNE) a suspendu lundi onze de ses 142 circuits " +
        "d’autobus, faute de chauffeurs, pour ce que le district qualifie de « bris de service " +
        "temporaire ». Environ 600 élèves de Caraquet, de Shippagan, de Tracadie et de Bathurst " +
        "doivent désormais se rendre à l’école par leurs propres moyens.",
      "« Nous avons épuisé toutes nos options. Même nos chauffeurs remplaçants sont déjà sur la " +
        "route tous les matins », a expliqué en entrevue la directrice générale du DSFNE, Josée " +
        "Landry-Thériault. Le district a besoin d’au moins quatorze chauffeurs supplémentaires pour " +
        "revenir à la normale, a-t-elle précisé.",
      "À Lamèque, Marc-Antoine Chiasson a dû réorganiser toute sa semaine. Son fils de huit ans " +
        "prenait l’autobus à 7 h 15 devant la maison. « Ma femme et moi, on travaille tous les deux " +
        "à l’usine de poisson. On commence à 6 h. Je fais quoi, moi, je le laisse sur le bord du " +
        "chemin ? », demande le père de famille.",
      "Pour Rose-Marie Doiron, chauffeuse depuis 19 ans à Tracadie, la pénurie n’a rien d’une " +
        "surprise. « On nous paye pour quatre heures par jour, mais on est pris de 6 h 30 le matin " +
        "jusqu’à 16 h. Qui veut faire ça pour 21 $ de l’heure ? Les jeunes s’en vont aux mines ou " +
        "dans l’Ouest. »",
      "Le Syndicat canadien de la fonction publique (SCFP), qui représente les chauffeurs, réclame " +
        "depuis deux ans une révision de leur horaire. Son président pour le Nouveau-Brunswick, " +
        "Réjean Mallet, parle d’une crise « annoncée depuis longtemps et ignorée par tout le " +
        "monde ».",
      "Par courriel, le ministère de l’Éducation et du Développement de la petite enfance indique " +
        "qu’une campagne de recrutement provinciale « sera lancée dans les prochaines semaines ».",
      "À l’Assemblée législative, l’opposition a interpellé le gouvernement mardi. « Si ça se " +
        "passait à Fredericton, ça ferait la une depuis une semaine », a lancé le député de " +
        "Lamèque-Miscou, Gilles Savoie.",
    ],
    quotes: [
      ["bris de service temporaire", "Le District scolaire francophone Nord-Est"],
      [
        "Nous avons épuisé toutes nos options. Même nos chauffeurs remplaçants sont déjà sur la " +
          "route tous les matins",
        "Josée Landry-Thériault",
      ],
      [
        "Ma femme et moi, on travaille tous les deux à l’usine de poisson. On commence à 6 h. Je " +
          "fais quoi, moi, je le laisse sur le bord du chemin ?",
        "Marc-Antoine Chiasson",
      ],
      [
        "On nous paye pour quatre heures par jour, mais on est pris de 6 h 30 le matin jusqu’à " +
          "16 h. Qui veut faire ça pour 21 $ de l’heure ? Les jeunes s’en vont aux mines ou dans " +
          "l’Ouest.",
        "Rose-Marie Doiron",
      ],
      ["annoncée depuis longtemps et ignorée par tout le monde", "Réjean Mallet"],
      [
        "sera lancée dans les prochaines semaines",
        "le ministère de l’Éducation et du Développement de la petite enfance",
      ],
      ["Si ça se passait à Fredericton, ça ferait la une depuis une semaine", "Gilles Savoie"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Populaire du Centre, tribunal : citation au chapô par « une victime » reprise au corps, " +
      "« le prévenu » « assure-t-il », question de la présidente, « le trentenaire », suite sans " +
      "verbe, « Pour la procureure, X, » en fragment, Me X en fragment puis pronom, campagne",
    headline: "Limoges : le faux couvreur avait facturé 18 000 € un démoussage à une nonagénaire",
    standfirst:
      "Jugé mercredi par le tribunal correctionnel, Jimmy Lagrange, 34 ans, a été condamné à deux " +
      "ans de prison dont un avec sursis. « Il a pris mes économies et mon sommeil », a témoigné " +
      "une victime.",
    paragraphs: [
      "Entre mars et octobre 2024, Jimmy Lagrange a sonné chez au moins sept retraités de Limoges, " +
        "de Couzeix et de Panazol. Toujours le même scénario : une tuile soi-disant cassée, un devis " +
        "rédigé sur un coin de table, puis des travaux bâclés, facturés entre 4 000 et 18 000 euros. " +
        "Le préjudice total dépasse 61 000 euros.",
      "À la barre, le prévenu, casquette à la main, conteste toute escroquerie. « Le toit était en " +
        "mauvais état, je leur ai rendu service. Les gens étaient contents, personne ne s’est plaint " +
        "sur le moment », assure-t-il.",
      "« Vous trouvez normal de facturer 18 000 euros pour passer un produit antimousse sur un toit " +
        "de 80 mètres carrés ? », l’interroge la présidente, Anne-Laure Pichon. Silence. « C’était " +
        "un produit professionnel », finit par lâcher le trentenaire.",
      "Marcelle Dubreuil, 91 ans, a tenu à venir témoigner, appuyée sur le bras de sa fille. « Il a " +
        "pris mes économies et mon sommeil », a-t-elle confié d’une voix fluette. « Je n’ouvre plus " +
        "la porte à personne, même pas au facteur. »",
      "Pour la procureure, Camille Vergnaud, le prévenu « a choisi ses victimes avec soin : des " +
        "personnes seules, âgées, qui ne vérifieraient pas ». Elle a requis trois ans de prison, " +
        "dont dix-huit mois avec sursis, et une interdiction définitive d’exercer.",
      "Son avocat, Me Thomas Bournazel, a plaidé la « naïveté commerciale » d’un homme dépassé par " +
        "sa propre entreprise. « Mon client n’est pas un escroc de haut vol, c’est un mauvais " +
        "artisan », a-t-il insisté.",
      "Le tribunal a finalement condamné Jimmy Lagrange à deux ans de prison, dont un avec sursis " +
        "probatoire, et au remboursement des victimes. La gendarmerie rappelle que sa campagne " +
        "« Seniors, n’ouvrez pas à n’importe qui » se poursuit en Haute-Vienne.",
    ],
    quotes: [
      ["Il a pris mes économies et mon sommeil", "Marcelle Dubreuil"],
      [
        "Le toit était en mauvais état, je leur ai rendu service. Les gens étaient contents, " +
          "personne ne s’est plaint sur le moment",
        "Jimmy Lagrange",
      ],
      [
        "Vous trouvez normal de facturer 18 000 euros pour passer un produit antimousse sur un toit " +
          "de 80 mètres carrés ?",
        "Anne-Laure Pichon",
      ],
      ["C’était un produit professionnel", "Jimmy Lagrange"],
      ["Je n’ouvre plus la porte à personne, même pas au facteur.", "Marcelle Dubreuil"],
      [
        "a choisi ses victimes avec soin : des personnes seules, âgées, qui ne vérifieraient pas",
        "Camille Vergnaud",
      ],
      ["naïveté commerciale", "Thomas Bournazel"],
      ["Mon client n’est pas un escroc de haut vol, c’est un mauvais artisan", "Thomas Bournazel"],
    ],
  }),
];

runArticles("fr", ARTICLES);
