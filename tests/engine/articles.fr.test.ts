// Composed French articles, each a headline and several paragraphs in the style of one outlet and
// beat, run through the whole engine. The single-sentence batteries test one construction at a
// time; these test how constructions combine across an article: a speaker carried into the next
// paragraph or not, pronouns after several people are named, descriptions pointing back to a name,
// two people sharing a surname, sources, bodies and documents as speakers, dialogue dashes, an
// interview in question/answer form, and marks that are not quotes. Every article is invented for
// these tests; speakers follow the corpus guidelines (the fullest name the article gives, a body or
// document as named, a description for an unnamed source).
import {
  type ArticleCase,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  runArticles,
  withGuillemetSpacing,
} from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name: "Le Monde, Assemblée : 49.3, motions de censure LFI et RN, incises inversées, on à Matignon",
    todo:
      "a description opening the next sentence (« La députée LFI du Val-de-Marne ») is not linked back " +
      "to the named speaker whose role lacks its noun",
    headline: "Budget : le gouvernement engage sa responsabilité, LFI et le RN déposent chacun une motion",
    paragraphs: [
      "Il était un peu plus de 16 heures, mardi 14 octobre, quand la première ministre, Élisabeth " +
        "Garnier, est montée à la tribune de l’Assemblée nationale pour annoncer le recours à l’article " +
        "49.3 de la Constitution. « Le pays a besoin d’un budget, pas d’un feuilleton », a-t-elle lancé " +
        "sous les huées de la gauche.",
      "Dans la foulée, le groupe La France insoumise (LFI) a annoncé le dépôt d’une motion de censure. " +
        "« C’est le dix-septième 49.3 de la législature, c’est un aveu de faiblesse », a dénoncé Mathilde " +
        "Roussel, la présidente du groupe, dans les couloirs du Palais-Bourbon. La députée LFI du " +
        "Val-de-Marne a appelé les autres groupes à « prendre leurs responsabilités ».",
      "Le Rassemblement national (RN) déposera sa propre motion. « Nous ne mêlerons pas nos voix à " +
        "celles de l’extrême gauche », a déclaré mardi le vice-président du RN Julien Marchal, sans " +
        "exclure de voter le texte insoumis « si l’intérêt des Français l’exige ».",
      "Au banc du gouvernement, le ministre de l’Économie, Antoine Lefort, a défendu son texte. « On " +
        "peut contester nos choix, on ne peut pas dire que nous n’avons pas cherché le compromis », " +
        "s’est agacé le ministre, visé par les critiques de sa propre majorité.",
      "Chez Les Républicains (LR), on hésite. « Censurer, c’est ouvrir une crise dont personne ne sait " +
        "comment elle finira », estime le président du groupe, Olivier Dumesnil. Mais plusieurs de ses " +
        "députés menacent de franchir le pas. « Nous ne sommes pas la roue de secours de ce " +
        "gouvernement », tacle Claire Vautrin, députée LR de la Drôme.",
      "À Matignon, on affiche la sérénité. « Les motions ne passeront pas, l’arithmétique est têtue », " +
        "ironise-t-on à Matignon.",
      "Les socialistes, eux, voteront la censure. Pour le premier secrétaire du Parti socialiste, Romain " +
        "Fabre, « ce budget fait payer aux classes moyennes l’irresponsabilité d’un pouvoir à bout de " +
        "souffle ».",
      "Le vote est prévu jeudi. « Je ne crois pas au grand soir parlementaire », confiait mardi soir un " +
        "ténor de Renaissance, avant d’ajouter : « Mais personne ne peut jurer de rien. »",
    ],
    quotes: [
      ["Le pays a besoin d’un budget, pas d’un feuilleton", "Élisabeth Garnier"],
      ["C’est le dix-septième 49.3 de la législature, c’est un aveu de faiblesse", "Mathilde Roussel"],
      ["prendre leurs responsabilités", "Mathilde Roussel"],
      ["Nous ne mêlerons pas nos voix à celles de l’extrême gauche", "Julien Marchal"],
      ["si l’intérêt des Français l’exige", "Julien Marchal"],
      [
        "On peut contester nos choix, on ne peut pas dire que nous n’avons pas cherché le compromis",
        "Antoine Lefort",
      ],
      ["Censurer, c’est ouvrir une crise dont personne ne sait comment elle finira", "Olivier Dumesnil"],
      ["Nous ne sommes pas la roue de secours de ce gouvernement", "Claire Vautrin"],
      ["Les motions ne passeront pas, l’arithmétique est têtue", "Matignon"],
      [
        "ce budget fait payer aux classes moyennes l’irresponsabilité d’un pouvoir à bout de souffle",
        "Romain Fabre",
      ],
      ["Je ne crois pas au grand soir parlementaire", "un ténor de Renaissance"],
      ["Mais personne ne peut jurer de rien.", "un ténor de Renaissance"],
    ],
  },
  {
    name: "Le Figaro, LR : deux candidats du même nom, M. et Mme, pour lui, deux-points, un proche",
    headline: "Chez LR, la bataille pour la présidence tourne au règlement de comptes",
    paragraphs: [
      "Ils ne se parlent plus. À trois semaines du vote des adhérents, la campagne pour la présidence " +
        "des Républicains oppose deux élus que tout sépare, sauf le nom : le sénateur de Vendée François " +
        "Martin et la députée des Alpes-Maritimes Hélène Martin, sans lien de parenté.",
      "Samedi, à La Baule, le sénateur a ouvert les hostilités. « Notre famille politique n’a pas besoin " +
        "d’une énième star des plateaux, elle a besoin d’un capitaine », a-t-il lancé devant quelque " +
        "800 militants.",
      "La réplique n’a pas tardé. « Je préfère les plateaux aux arrière-salles », a rétorqué dimanche " +
        "Mme Martin sur BFMTV, dénonçant un adversaire « prisonnier des appareils ».",
      "Dans l’entourage de la députée, on assure que la dynamique est de son côté. « Nous avons reçu " +
        "plus de 2 000 adhésions depuis septembre », affirme son directeur de campagne, Paul-Henri Sarda.",
      "Le patron des sénateurs LR, Gérard Vasseur, se refuse à choisir. Pour lui, « le vainqueur devra " +
        "rassembler dès le lendemain, sinon nous irons à la présidentielle en ordre dispersé ». Un " +
        "constat partagé par l’ancien ministre Jean-Pierre Collin : « Cette campagne est un poison lent. »",
      "François Martin, lui, ne veut pas entendre parler de division. « Le débat, c’est la vie », " +
        "balaie-t-il. Il promet, s’il est élu, une « refondation totale » du parti.",
      "Une promesse qui fait sourire chez sa rivale. “Il découvre la démocratie interne à 62 ans”, " +
        "persifle un proche d’Hélène Martin.",
    ],
    quotes: [
      [
        "Notre famille politique n’a pas besoin d’une énième star des plateaux, elle a besoin d’un capitaine",
        "François Martin",
      ],
      ["Je préfère les plateaux aux arrière-salles", "Hélène Martin"],
      ["prisonnier des appareils", "Hélène Martin"],
      ["Nous avons reçu plus de 2 000 adhésions depuis septembre", "Paul-Henri Sarda"],
      [
        "le vainqueur devra rassembler dès le lendemain, sinon nous irons à la présidentielle en ordre " +
          "dispersé",
        "Gérard Vasseur",
      ],
      ["Cette campagne est un poison lent.", "Jean-Pierre Collin"],
      ["Le débat, c’est la vie", "François Martin"],
      ["refondation totale", "François Martin"],
      ["Il découvre la démocratie interne à 62 ans", "un proche d’Hélène Martin"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name: "Libération, société : citation en tête de paragraphe, prénom seul, citation sur deux paragraphes",
    headline: "À Paris, des familles à la rue malgré le « plan grand froid »",
    paragraphs: [
      "« On dort dans la voiture depuis trois semaines. » Aminata, 29 ans, serre contre elle sa fille " +
        "de 4 ans, emmitouflée dans un blouson trop grand. Elle a appelé le 115 « plus de quarante " +
        "fois », dit-elle, sans jamais obtenir de place.",
      "Comme elle, des centaines de familles restent sans solution. Selon le collectif Droit au toit, " +
        "2 300 enfants ont dormi dehors à Paris la nuit du 12 janvier.",
      "« Le système est à bout », résume Léa Fontanel, coordinatrice du collectif. « Les places " +
        "promises cet hiver n’ont jamais ouvert. Les familles sont renvoyées d’un guichet à l’autre. »",
      "Sur le terrain, les travailleurs sociaux décrivent une réalité plus dure encore. Thomas, " +
        "éducateur dans le XVIIIe arrondissement, qui a souhaité garder l’anonymat, raconte :",
      "« Le soir, on trie. Qui est le plus fragile ? Le bébé de six mois ou la femme enceinte ? On " +
        "fait des choix qu’aucun professionnel ne devrait avoir à faire.",
      "« Et le lendemain, on recommence. »",
      "Interrogée, la mairie de Paris renvoie la balle à l’État. « Nous ouvrons des gymnases, mais " +
        "l’hébergement d’urgence reste une compétence de l’État », rappelle l’adjoint chargé des " +
        "solidarités, Yanis Bekri.",
    ],
    quotes: [
      ["On dort dans la voiture depuis trois semaines.", "Aminata"],
      ["plus de quarante fois", "Aminata"],
      ["Le système est à bout", "Léa Fontanel"],
      [
        "Les places promises cet hiver n’ont jamais ouvert. Les familles sont renvoyées d’un guichet à " +
          "l’autre.",
        "Léa Fontanel",
      ],
      [
        "Le soir, on trie. Qui est le plus fragile ? Le bébé de six mois ou la femme enceinte ? On fait " +
          "des choix qu’aucun professionnel ne devrait avoir à faire.",
        "Thomas",
      ],
      ["Et le lendemain, on recommence.", "Thomas"],
      [
        "Nous ouvrons des gymnases, mais l’hébergement d’urgence reste une compétence de l’État",
        "Yanis Bekri",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name: "dépêche AFP : a-t-on appris de source policière, une source proche du dossier, à l’AFP",
    headline: "Marseille : un homme mis en examen après la mort d’un adolescent lors d’un rodéo urbain",
    paragraphs: [
      "MARSEILLE, 3 mars 2026 (AFP) - Un homme de 23 ans a été mis en examen samedi pour homicide " +
        "involontaire après la mort d’un adolescent de 15 ans, percuté jeudi soir par une moto lors " +
        "d’un rodéo urbain dans les quartiers nord de Marseille, a-t-on appris de source judiciaire.",
      "Le conducteur, qui avait pris la fuite, s’est présenté vendredi au commissariat accompagné de " +
        "son avocat. « Il était en état de choc et a reconnu les faits », a-t-on appris de source policière.",
      "« Il roulait à plus de 100 km/h dans une rue limitée à 30 », selon une source proche du " +
        "dossier, qui évoque des images de vidéosurveillance « accablantes ».",
      "Le parquet a requis son placement en détention provisoire. « Les investigations se poursuivent " +
        "pour identifier les autres participants », a indiqué à l’AFP le procureur de la République, " +
        "Nicolas Bessière.",
      "Dans le quartier, l’émotion reste vive. « C’était un gamin qui ne faisait de mal à personne », " +
        "a confié à l’AFP un voisin de la famille, qui n’a pas souhaité donner son nom.",
      "Le maire, Bertrand Arnaud (divers gauche), a de nouveau réclamé « des moyens supplémentaires » " +
        "à l’État. « Les rodéos tuent, et ce n’est pas une fatalité », a-t-il écrit sur X.",
      "Le ministère de l’Intérieur a indiqué recenser « plus de 10 000 interventions » contre les " +
        "rodéos urbains en 2025.",
    ],
    quotes: [
      ["Il était en état de choc et a reconnu les faits", "source policière"],
      ["Il roulait à plus de 100 km/h dans une rue limitée à 30", "une source proche du dossier"],
      ["accablantes", "une source proche du dossier"],
      ["Les investigations se poursuivent pour identifier les autres participants", "Nicolas Bessière"],
      ["C’était un gamin qui ne faisait de mal à personne", "un voisin de la famille"],
      ["des moyens supplémentaires", "Bertrand Arnaud"],
      ["Les rodéos tuent, et ce n’est pas une fatalité", "Bertrand Arnaud"],
      ["plus de 10 000 interventions", "Le ministère de l’Intérieur"],
    ],
  }),
  {
    name: "quotidien régional, faits divers : pompiers, témoin, procureur, la mère de la victime, l’élu",
    headline: "Incendie mortel à Lorient : « Elle a tout tenté pour sauver ses enfants »",
    paragraphs: [
      "Un incendie a ravagé un appartement au troisième étage d’un immeuble du quartier de " +
        "Kervénanec, à Lorient (Morbihan), dans la nuit de samedi à dimanche. Un enfant de 7 ans a " +
        "perdu la vie ; sa mère et sa sœur ont été grièvement brûlées.",
      "Alertés vers 2 h 30, les pompiers ont déployé une quarantaine d’hommes. « À notre arrivée, " +
        "l’appartement était entièrement embrasé », indique le lieutenant-colonel Gwenaël Le Goff, du " +
        "service départemental d’incendie et de secours.",
      "Un voisin, Mickaël, a été réveillé par les cris. « J’ai vu la maman sur le balcon avec la petite " +
        "dans les bras. Elle a tout tenté pour sauver ses enfants », raconte-t-il, la voix tremblante.",
      "Le procureur de la République de Lorient, Hervé Quiniou, s’est rendu sur place. Selon lui, " +
        "« l’hypothèse d’un acte volontaire est écartée à ce stade ». L’incendie pourrait avoir été " +
        "provoqué par « un appareil de chauffage d’appoint », a-t-il précisé.",
      "Lundi, la mère de la victime, encore hospitalisée à Rennes, a fait passer un message : « Merci " +
        "à tous ceux qui nous ont aidés. Mon fils était un petit garçon joyeux. »",
      "Le maire, Yannick Le Bras, a annoncé l’ouverture d’une cellule d’écoute. « Toute la ville est " +
        "en deuil », a déclaré l’élu.",
    ],
    quotes: [
      ["Elle a tout tenté pour sauver ses enfants", "Mickaël"],
      ["À notre arrivée, l’appartement était entièrement embrasé", "Gwenaël Le Goff"],
      [
        "J’ai vu la maman sur le balcon avec la petite dans les bras. Elle a tout tenté pour sauver ses " +
          "enfants",
        "Mickaël",
      ],
      ["l’hypothèse d’un acte volontaire est écartée à ce stade", "Hervé Quiniou"],
      ["un appareil de chauffage d’appoint", "Hervé Quiniou"],
      [
        "Merci à tous ceux qui nous ont aidés. Mon fils était un petit garçon joyeux.",
        "la mère de la victime",
      ],
      ["Toute la ville est en deuil", "Yannick Le Bras"],
    ],
  },
  {
    name: 'L’Équipe, après-match : “ ” et " ", le technicien, l’attaquant, le nom de famille seul',
    headline: "Ligue 1 : Lens renverse Rennes, Touré en héros",
    paragraphs: [
      "Menés 2-0 à la pause, les Lensois se sont imposés 3-2 dimanche soir à Bollaert grâce à un doublé " +
        "de leur attaquant Malik Touré. Au coup de sifflet final, l’entraîneur lensois, Didier Caradec, " +
        "ne cachait pas sa fierté.",
      "“À la mi-temps, je leur ai dit qu’on n’avait rien à perdre. Ils ont répondu avec le cœur”, a " +
        "expliqué le technicien en conférence de presse.",
      "Le coach nordiste a aussi salué son buteur, auteur de son huitième but de la saison : “C’est un " +
        "bosseur. Il ne lâche jamais rien.”",
      'Au micro de Canal+, le héros du soir restait modeste. "Le plus important, c’est les trois ' +
        'points. Mes buts, je les dédie à ma mère", a confié l’attaquant de 24 ans.',
      "Côté rennais, la soupe était amère. « On a arrêté de jouer, c’est inexplicable à ce niveau », " +
        "pestait le capitaine breton Yohan Perrault.",
      "Son entraîneur, Bruno Génin, a pointé un « manque de caractère » et refusé d’accabler son " +
        "gardien, fautif sur le deuxième but : « On gagne ensemble, on perd ensemble. »",
      "Lens remonte à la troisième place. « On ne va pas s’enflammer », a prévenu Caradec.",
    ],
    quotes: [
      [
        "À la mi-temps, je leur ai dit qu’on n’avait rien à perdre. Ils ont répondu avec le cœur",
        "Didier Caradec",
      ],
      ["C’est un bosseur. Il ne lâche jamais rien.", "Didier Caradec"],
      ["Le plus important, c’est les trois points. Mes buts, je les dédie à ma mère", "Malik Touré"],
      ["On a arrêté de jouer, c’est inexplicable à ce niveau", "Yohan Perrault"],
      ["manque de caractère", "Bruno Génin"],
      ["On gagne ensemble, on perd ensemble.", "Bruno Génin"],
      ["On ne va pas s’enflammer", "Didier Caradec"],
    ],
  },
  {
    name: "économie : PDG, la direction dans un communiqué, CGT et CFDT, le ministère, un analyste",
    headline: "Valmont Industries supprime 1 200 postes, les syndicats appellent à la grève",
    paragraphs: [
      "Le fabricant d’équipements automobiles Valmont Industries a annoncé mardi la suppression de " +
        "1 200 postes en France d’ici à 2027, dont la fermeture de son usine de Montbéliard (Doubs).",
      "« Cette décision, douloureuse, est indispensable pour assurer la pérennité du groupe face à la " +
        "concurrence asiatique », a justifié son PDG, Laurent Ferrand, lors d’une conférence " +
        "téléphonique avec des analystes.",
      "Dans un communiqué, la direction précise que « toutes les solutions de reclassement seront " +
        "étudiées ».",
      "« On nous parle de pérennité alors que le groupe a versé 300 millions d’euros de dividendes " +
        "l’an dernier », s’indigne Sylvie Marchetti, déléguée CGT du site de Montbéliard. La CGT appelle " +
        "à une grève illimitée à partir de jeudi.",
      "Plus mesurée, la CFDT réclame l’ouverture de négociations. Pour son secrétaire fédéral, Hervé " +
        "Combes, « la priorité, c’est qu’aucun salarié ne reste sur le carreau ».",
      "Le ministère de l’Économie a fait savoir qu’il « suivrait avec la plus grande attention » le " +
        "dossier. « L’État ne restera pas les bras croisés », a assuré mercredi sur France Inter le " +
        "ministre délégué à l’Industrie, Mathieu Roche, qui doit recevoir les syndicats la semaine " +
        "prochaine.",
      "À la Bourse de Paris, l’action Valmont a bondi de 6 %. « Les marchés saluent un plan de " +
        "restructuration attendu », analyse Claire Dubreuil, analyste chez Oddo BHF.",
    ],
    quotes: [
      [
        "Cette décision, douloureuse, est indispensable pour assurer la pérennité du groupe face à la " +
          "concurrence asiatique",
        "Laurent Ferrand",
      ],
      ["toutes les solutions de reclassement seront étudiées", "la direction"],
      [
        "On nous parle de pérennité alors que le groupe a versé 300 millions d’euros de dividendes l’an " +
          "dernier",
        "Sylvie Marchetti",
      ],
      ["la priorité, c’est qu’aucun salarié ne reste sur le carreau", "Hervé Combes"],
      ["suivrait avec la plus grande attention", "Le ministère de l’Économie"],
      ["L’État ne restera pas les bras croisés", "Mathieu Roche"],
      ["Les marchés saluent un plan de restructuration attendu", "Claire Dubreuil"],
    ],
  },
  {
    name: "entretien culture en questions-réponses : titre à deux-points, titre d’œuvre, proches cités",
    headline: "Jeanne Lacombe : « J’écris pour les gens qui ne lisent pas »",
    standfirst:
      "La romancière, dont le troisième livre, « Les Heures creuses », paraît jeudi, revient sur son " +
      "enfance à Roubaix et sur le succès inattendu de son premier roman.",
    paragraphs: [
      "Votre premier roman s’est vendu à 200 000 exemplaires. Vous y attendiez-vous ?",
      "Pas du tout. Mon éditeur m’avait prévenue : « Un premier roman, c’est 3 000 exemplaires si tout " +
        "va bien. » Alors j’ai cru à une erreur quand les chiffres sont arrivés.",
      "Pourquoi Roubaix revient-il dans tous vos livres ?",
      "Parce que c’est là que j’ai appris à écouter. Mon grand-père, qui tenait un étal au marché, " +
        "répétait : « Le client a toujours tort, mais il paie. » Tout mon style est dans cette phrase.",
      "Le cinéma s’intéresse à votre premier roman…",
      "Oui, la réalisatrice Agnès Morin veut l’adapter. Elle m’a prévenue que le film serait « très " +
        "libre », et cela me va très bien.",
    ],
    quotes: [
      ["J’écris pour les gens qui ne lisent pas", "Jeanne Lacombe"],
      ["Un premier roman, c’est 3 000 exemplaires si tout va bien.", "Mon éditeur"],
      ["Le client a toujours tort, mais il paie.", "Mon grand-père"],
      ["très libre", "Agnès Morin"],
    ],
  },
  {
    name: "Le Devoir / Radio-Canada : a soutenu le premier ministre, opposition, selon un document",
    headline: "Tramway de Québec : le premier ministre persiste et signe",
    paragraphs: [
      "Le premier ministre Marc-André Gagnon a réitéré mercredi son appui au projet de tramway de la " +
        "capitale, malgré la flambée des coûts, désormais estimés à 8,4 milliards de dollars.",
      "« On ne reculera pas. Les gens de Québec méritent un transport collectif digne de ce nom », a " +
        "soutenu le premier ministre en mêlée de presse à l’Assemblée nationale.",
      "Le chef de l’opposition officielle, le libéral Pierre-Luc Dansereau, accuse le gouvernement " +
        "d’avoir « perdu le contrôle » du dossier. « Chaque mois, la facture grimpe, et chaque mois, le " +
        "gouvernement nous dit que tout va bien », a-t-il déploré.",
      "Du côté de Québec solidaire, la porte-parole Émilie Gauthier-Roy juge que le gouvernement " +
        "« tergiverse depuis six ans ».",
      "Selon un document interne obtenu par Radio-Canada, le ministère des Transports anticipait dès " +
        "2024 des dépassements de coûts « importants ».",
      "Le maire de Québec, Sylvain Bouchard, s’est réjoui de la sortie du premier ministre. « C’est une " +
        "excellente nouvelle pour la capitale nationale », a-t-il indiqué par voie de communiqué.",
      "« Le projet sera livré en 2033 », a martelé la ministre des Transports, Geneviève Lapointe, qui " +
        "s’est toutefois gardée de s’avancer sur un nouveau budget.",
    ],
    quotes: [
      [
        "On ne reculera pas. Les gens de Québec méritent un transport collectif digne de ce nom",
        "Marc-André Gagnon",
      ],
      ["perdu le contrôle", "Pierre-Luc Dansereau"],
      [
        "Chaque mois, la facture grimpe, et chaque mois, le gouvernement nous dit que tout va bien",
        "Pierre-Luc Dansereau",
      ],
      ["tergiverse depuis six ans", "Émilie Gauthier-Roy"],
      // The ministry is the subject of the reported clause: its word, which the document relays.
      ["importants", "le ministère des Transports"],
      ["C’est une excellente nouvelle pour la capitale nationale", "Sylvain Bouchard"],
      ["Le projet sera livré en 2033", "Geneviève Lapointe"],
    ],
  },
  {
    name: "Le Monde, exécutif : l’Élysée, un conseiller, elle après deux noms, M. X, l’entourage",
    headline: "Remaniement : à l’Élysée, on temporise",
    paragraphs: [
      "Le remaniement attendra. Alors que les rumeurs bruissaient depuis une semaine, l’Élysée a fait " +
        "savoir lundi qu’aucun changement n’interviendrait « avant la fin de la session parlementaire ».",
      "« Le président ne travaille pas sous la pression des médias », glisse un conseiller du chef de " +
        "l’État.",
      "Une décision qui agace au sein de Renaissance. Le secrétaire général du parti, Stéphane Rivière, " +
        "avait pourtant plaidé pour un « nouveau souffle » dès la rentrée. La présidente du groupe à " +
        "l’Assemblée, Nadia Chevalier, partage son impatience. « On ne peut pas rester six mois dans cet " +
        "entre-deux », regrette-t-elle.",
      "M. Rivière, lui, se veut plus prudent en public. « Le président décide, c’est la Constitution », " +
        "a-t-il balayé sur France 2.",
      "« Matignon a du travail, pas le temps pour les chaises musicales », fait-on valoir dans " +
        "l’entourage du premier ministre.",
      "Dans l’opposition, on raille cet attentisme. « Le gouvernement est en état de mort cérébrale », " +
        "a cinglé sur X le député RN Thomas Ménard. La patronne des écologistes, Lucie Garrigues, a " +
        "dénoncé « un pouvoir qui gère sa propre survie ».",
      "« Tout le monde fait ses cartons sans savoir s’il déménage », sourit une ministre.",
    ],
    quotes: [
      ["avant la fin de la session parlementaire", "l’Élysée"],
      ["Le président ne travaille pas sous la pression des médias", "un conseiller du chef de l’État"],
      ["nouveau souffle", "Stéphane Rivière"],
      ["On ne peut pas rester six mois dans cet entre-deux", "Nadia Chevalier"],
      ["Le président décide, c’est la Constitution", "Stéphane Rivière"],
      ["Matignon a du travail, pas le temps pour les chaises musicales", "l’entourage du premier ministre"],
      ["Le gouvernement est en état de mort cérébrale", "Thomas Ménard"],
      ["un pouvoir qui gère sa propre survie", "Lucie Garrigues"],
      ["Tout le monde fait ses cartons sans savoir s’il déménage", "une ministre"],
    ],
  },
  {
    name: "compte rendu d’audience : tirets de dialogue, incise à l’intérieur des guillemets, la mère",
    todo: "dialogue dashes in a French court report are not read as speech, nor who asks and who answers",
    headline: "Incendie de la rue Saint-Maur : à son procès, l’accusé demande pardon aux familles",
    paragraphs: [
      "Il a longtemps gardé les yeux baissés. Jeudi, au quatrième jour de son procès devant la cour " +
        "d’assises de Paris, Karim Mansouri, 34 ans, a fini par se tourner vers les familles des " +
        "victimes. « Je demande pardon. Je sais que ça ne sert à rien, mais je le dis quand même », " +
        "a-t-il lâché d’une voix blanche.",
      "La présidente de la cour, Catherine Vidal, l’a longuement interrogé sur la nuit du drame.",
      "— Pourquoi êtes-vous retourné dans l’immeuble ?",
      "— Je voulais récupérer mes affaires. Je n’ai pas pensé aux autres.",
      "— Vous saviez que des enfants dormaient au deuxième étage ?",
      "— Non. Enfin, je ne sais plus.",
      "« Il a menti dès la première audition, il ment encore », a tonné l’avocate des parties civiles, " +
        "Me Hélène Garnier. « Ses excuses arrivent trois ans trop tard, poursuit-elle. Les familles, " +
        "elles, n’ont jamais eu le choix. »",
      "La mère d’une des victimes, Sandrine Lopes, a quitté la salle en larmes. « Qu’il demande pardon, " +
        "c’est bien. Mais moi, je n’ai plus de fils », a-t-elle dit à la sortie de l’audience.",
    ],
    quotes: [
      ["Je demande pardon. Je sais que ça ne sert à rien, mais je le dis quand même", "Karim Mansouri"],
      ["Pourquoi êtes-vous retourné dans l’immeuble ?", "Catherine Vidal"],
      ["Je voulais récupérer mes affaires. Je n’ai pas pensé aux autres.", "Karim Mansouri"],
      ["Vous saviez que des enfants dormaient au deuxième étage ?", "Catherine Vidal"],
      ["Non. Enfin, je ne sais plus.", "Karim Mansouri"],
      ["Il a menti dès la première audition, il ment encore", "Hélène Garnier"],
      [
        "Ses excuses arrivent trois ans trop tard, poursuit-elle. Les familles, elles, n’ont jamais eu le " +
          "choix.",
        "Hélène Garnier",
      ],
      ["Qu’il demande pardon, c’est bien. Mais moi, je n’ai plus de fils", "Sandrine Lopes"],
    ],
  },
  withGuillemetSpacing("", {
    name: "climat : un organisme et son rapport, les auteurs, la préfecture, le ministère, deux-points",
    headline: "Sécheresse : le Haut Conseil pour le climat sonne l’alarme",
    paragraphs: [
      "La France n’est « pas prête » à affronter des étés à 4 °C de plus, avertit le Haut Conseil pour " +
        "le climat dans son rapport annuel publié jeudi.",
      "« Les politiques d’adaptation restent fragmentées, sous-financées et trop tardives », écrivent " +
        "les auteurs du rapport.",
      "D’après Météo-France, l’été 2025 a été le deuxième plus chaud jamais enregistré. « Ce qui était " +
        "exceptionnel il y a trente ans devient la norme », observe la climatologue Agathe Ribeiro.",
      "Dans les Pyrénées-Orientales, les restrictions d’eau sont devenues « permanentes », selon la " +
        "préfecture.",
      "« On nous demande de produire plus avec moins d’eau, c’est intenable », tempête Jean-Marc Pujol, " +
        "président de la FNSEA du département.",
      "Le ministère de la Transition écologique assure dans un communiqué que « 80 % des mesures » du " +
        "plan d’adaptation sont engagées.",
      "La présidente du Haut Conseil, Martine Lebrun, insiste : « Chaque dixième de degré compte. »",
    ],
    quotes: [
      ["pas prête", "le Haut Conseil pour le climat"],
      [
        "Les politiques d’adaptation restent fragmentées, sous-financées et trop tardives",
        "les auteurs du rapport",
      ],
      ["Ce qui était exceptionnel il y a trente ans devient la norme", "Agathe Ribeiro"],
      ["permanentes", "la préfecture"],
      ["On nous demande de produire plus avec moins d’eau, c’est intenable", "Jean-Marc Pujol"],
      ["80 % des mesures", "Le ministère de la Transition écologique"],
      ["Chaque dixième de degré compte.", "Martine Lebrun"],
    ],
  }),
  {
    name: "Le Figaro, municipales : mot du titre que nul ne dit, chapô, Son … puis estime-t-elle, d’après",
    headline: "Municipales : à Perpignan, le RN veut faire de la ville une « vitrine »",
    standfirst:
      "Le maire sortant, Louis Aubert, brigue un second mandat. « Nous avons tenu nos promesses », " +
      "assure-t-il.",
    paragraphs: [
      "Dans son bureau de l’hôtel de ville, Louis Aubert aligne les chiffres : baisse de la " +
        "délinquance, rénovation du centre historique. « Les Perpignanais jugeront sur pièces », " +
        "a-t-il ajouté jeudi devant la presse.",
      "Son adversaire de gauche, la conseillère régionale Inès Barthe, dénonce une « communication " +
        "permanente ». « Derrière les affiches, la pauvreté n’a pas reculé d’un pouce », estime-t-elle.",
      "D’après l’ancien adjoint aux finances Gilles Navarro, passé dans l’opposition, « la dette de la " +
        "ville a doublé en six ans ». Une affirmation que conteste la mairie.",
      "Le candidat Les Républicains, Bruno Castel, se veut l’homme du rassemblement. À ses yeux, la " +
        "ville a besoin « d’un maire, pas d’un porte-drapeau ».",
      "La campagne, que le quotidien « L’Indépendant » qualifie de « plus tendue depuis vingt ans », " +
        "se jouera sur la sécurité. « Personne ne peut promettre le risque zéro », a reconnu M. Aubert, " +
        "qui a promis 40 policiers municipaux supplémentaires.",
    ],
    quotes: [
      ["Nous avons tenu nos promesses", "Louis Aubert"],
      ["Les Perpignanais jugeront sur pièces", "Louis Aubert"],
      ["communication permanente", "Inès Barthe"],
      ["Derrière les affiches, la pauvreté n’a pas reculé d’un pouce", "Inès Barthe"],
      ["la dette de la ville a doublé en six ans", "Gilles Navarro"],
      ["d’un maire, pas d’un porte-drapeau", "Bruno Castel"],
      ["plus tendue depuis vingt ans", "L’Indépendant"],
      ["Personne ne peut promettre le risque zéro", "Louis Aubert"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name: "Libération, santé : citation coupée par l’incise, trois paragraphes, selon elle, une soignante",
    headline: "À l’hôpital de Creil, les urgences ferment la nuit faute de médecins",
    paragraphs: [
      "Depuis le 1er juillet, les urgences de l’hôpital de Creil (Oise) sont fermées de 20 heures à " +
        "8 heures. Une décision « temporaire », promet l’agence régionale de santé (ARS).",
      "« On nous demande de trier au téléphone, raconte une infirmière du service, qui préfère rester " +
        "anonyme. Certains patients attendent trois heures une ambulance. »",
      "Le docteur Samir Khelifi, chef des urgences, a démissionné de ses fonctions en juin. Selon lui, " +
        "« le service tenait grâce à des intérimaires payés trois fois plus que les titulaires ».",
      "« Je ne pouvais plus cautionner ça », a-t-il expliqué. « J’ai vu des collègues pleurer dans " +
        "les vestiaires. »",
      "Pour la directrice de l’hôpital, Corinne Vasseur, la fermeture nocturne est « la seule solution " +
        "pour garder le service ouvert le jour ». Elle espère recruter quatre médecins d’ici à " +
        "l’automne. « Nous avons des pistes sérieuses », assure-t-elle.",
    ],
    quotes: [
      ["temporaire", "l’agence régionale de santé"],
      [
        "On nous demande de trier au téléphone, raconte une infirmière du service, qui préfère rester " +
          "anonyme. Certains patients attendent trois heures une ambulance.",
        "une infirmière du service",
      ],
      [
        "le service tenait grâce à des intérimaires payés trois fois plus que les titulaires",
        "Samir Khelifi",
      ],
      ["Je ne pouvais plus cautionner ça", "Samir Khelifi"],
      ["J’ai vu des collègues pleurer dans les vestiaires.", "Samir Khelifi"],
      ["la seule solution pour garder le service ouvert le jour", "Corinne Vasseur"],
      ["Nous avons des pistes sérieuses", "Corinne Vasseur"],
    ],
  }),
];

runArticles("fr", ARTICLES);
