// A fifth round of composed French articles, written before the engine was run on them, in the
// styles of outlets and beats the first four rounds (articles.fr to articles4.fr) did not use: a tram
// line voted by the Métropole de Lyon in Le Progrès, a wine fraud judged in Béziers for Midi Libre, a
// maternity ward suspended in the Vosges for L’Est Républicain, yachts and seagrass in Corse-Matin,
// parents occupying a rural school on ici (ex-France Bleu), a mutual insurer's data leak in Numerama,
// an amateur club's cup tie in So Foot, a Top 14 comeback on Rugbyrama, solar panels against a pine
// forest in Reporterre, a family cheese firm sold to a fund in Challenges, Lebanon's electricity in
// L’Orient-Le Jour and Lausanne's café terraces in 24 heures. Every article is invented for these
// tests; speakers follow the corpus guidelines (the fullest name the article gives, without title; a
// body or document as named; the shortest description that identifies an unnamed source).
import { type ArticleCase, runArticles } from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name: "Le Progrès, Métropole : fragment au titre, vice-président en apposition, « parle d’ », collectif",
    headline: "Tramway T12 : la Métropole adopte le tracé, l’opposition dénonce « un passage en force »",
    standfirst:
      "Le conseil de la Métropole de Lyon a voté lundi soir le tracé définitif de la future ligne entre " +
      "Vaulx-en-Velin et Bron. Les commerçants de l’avenue Roger-Salengro restent inquiets.",
    paragraphs: [
      "Après plus de quatre heures de débat, le tracé de la ligne T12 a été adopté par 96 voix contre " +
        "52. Les travaux doivent démarrer au printemps 2028 pour une mise en service annoncée fin 2031.",
      "« Cette ligne, les habitants de l’est lyonnais l’attendent depuis vingt ans. Nous ne pouvions plus " +
        "leur demander de patienter », a défendu le vice-président chargé des mobilités, Fabien " +
        "Achard-Morel, en ouverture de la séance.",
      "Sur les bancs de la droite et du centre, le ton est tout autre. Marie-Claude Tessier, présidente " +
        "du groupe d’opposition, parle d’un « passage en force méthodique » : « La concertation a duré " +
        "six semaines, en plein été. Personne ne peut croire que les riverains ont été entendus. »",
      "Avenue Roger-Salengro, à Bron, les commerçants redoutent trois ans de chantier. « Déjà pendant " +
        "les travaux du réseau de chaleur, j’ai perdu un tiers de mon chiffre d’affaires. Là, on parle de " +
        "trois ans », soupire Karim Benaïssa, qui tient une boulangerie depuis 2009.",
      "La Métropole promet une commission d’indemnisation à l’amiable dès le début du chantier. « Aucun " +
        "commerçant ne sera laissé seul face aux travaux », a assuré le président de la Métropole, " +
        "Thierry Maupas, en fin de séance.",
      "Le collectif Salengro Vivante, qui avait obtenu l’annulation d’une première version du projet, " +
        "n’exclut pas de retourner devant le tribunal administratif. « On étudie le texte voté ligne par " +
        "ligne », indique sa porte-parole, Inès Romagnoli.",
    ],
    quotes: [
      ["un passage en force", "l’opposition"],
      [
        "Cette ligne, les habitants de l’est lyonnais l’attendent depuis vingt ans. Nous ne pouvions plus " +
          "leur demander de patienter",
        "Fabien Achard-Morel",
      ],
      ["passage en force méthodique", "Marie-Claude Tessier"],
      [
        "La concertation a duré six semaines, en plein été. Personne ne peut croire que les riverains ont " +
          "été entendus.",
        "Marie-Claude Tessier",
      ],
      [
        "Déjà pendant les travaux du réseau de chaleur, j’ai perdu un tiers de mon chiffre d’affaires. Là, " +
          "on parle de trois ans",
        "Karim Benaïssa",
      ],
      ["Aucun commerçant ne sera laissé seul face aux travaux", "Thierry Maupas"],
      ["On étudie le texte voté ligne par ligne", "Inès Romagnoli"],
    ],
  },
  {
    name: "Midi Libre, tribunal : prévenu, procureur, Me X, syndicat partie civile, la présidente",
    headline: "Béziers : le négociant qui francisait du vin espagnol condamné à deux ans avec sursis",
    paragraphs: [
      "Le tribunal correctionnel de Béziers a rendu son jugement mardi après-midi. Gérard Poujol, 61 " +
        "ans, ancien gérant d’une société de négoce de Puisserguier, a été reconnu coupable de tromperie " +
        "sur l’origine de près de 40 000 hectolitres de vin.",
      "À l’audience, le 12 mars, le prévenu avait reconnu « des erreurs d’étiquetage » mais contesté " +
        "toute intention frauduleuse. « Je n’ai jamais cherché à tromper qui que ce soit. Le marché était " +
        "saturé, il fallait tenir les contrats », avait-il expliqué à la barre, la voix tremblante.",
      "Une version qui n’a pas convaincu le ministère public. « Quarante mille hectolitres, ce n’est pas " +
        "une erreur, c’est une organisation », avait lancé le procureur de la République, Raphaël " +
        "Balland-Mercier, dans ses réquisitions.",
      "Pour la défense, Me Sophie Azaïs avait plaidé la relaxe partielle, décrivant un client « dépassé " +
        "par la crise » et « lâché par ses banques ». Elle n’a pas souhaité indiquer si son client " +
        "ferait appel.",
      "Partie civile, le syndicat des vignerons de l’Hérault s’est dit « soulagé ». « Ce jugement " +
        "rappelle que l’origine d’un vin n’est pas une mention qu’on colle au hasard. Derrière, il y a " +
        "des familles qui vivent de leur travail », a réagi son président, Denis Carbonnel, à la sortie " +
        "de la salle.",
      "« Vous avez profité de la confiance de tout un secteur », lui a dit la présidente du tribunal, " +
        "Hélène Vidal, en rendant la décision. Outre la peine de prison avec sursis, Gérard Poujol devra " +
        "verser 150 000 euros d’amende et se voit interdire toute activité commerciale pendant cinq ans.",
    ],
    quotes: [
      ["des erreurs d’étiquetage", "Gérard Poujol"],
      [
        "Je n’ai jamais cherché à tromper qui que ce soit. Le marché était saturé, il fallait tenir les " +
          "contrats",
        "Gérard Poujol",
      ],
      [
        "Quarante mille hectolitres, ce n’est pas une erreur, c’est une organisation",
        "Raphaël Balland-Mercier",
      ],
      ["dépassé par la crise", "Sophie Azaïs"],
      ["lâché par ses banques", "Sophie Azaïs"],
      ["soulagé", "le syndicat des vignerons de l’Hérault"],
      [
        "Ce jugement rappelle que l’origine d’un vin n’est pas une mention qu’on colle au hasard. " +
          "Derrière, il y a des familles qui vivent de leur travail",
        "Denis Carbonnel",
      ],
      ["Vous avez profité de la confiance de tout un secteur", "Hélène Vidal"],
    ],
  },
  {
    name: "L’Est Républicain, santé : ARS en apposition, « estime X », sage-femme au prénom, pétition",
    headline: "Remiremont : la maternité fermera ses portes tout l’été, faute d’anesthésistes",
    standfirst:
      "L’agence régionale de santé a confirmé jeudi la suspension des accouchements du 1er juillet au " +
      "31 août. Les futures mères devront se rendre à Épinal, à une demi-heure de route.",
    paragraphs: [
      "La décision était redoutée depuis des semaines. Jeudi, l’ARS Grand Est l’a rendue officielle : " +
        "faute de médecins anesthésistes en nombre suffisant, la maternité du centre hospitalier de " +
        "Remiremont ne pratiquera plus d’accouchements pendant deux mois.",
      "« Nous ne pouvons pas garantir la sécurité des naissances avec deux anesthésistes pour assurer une " +
        "permanence de vingt-quatre heures sur vingt-quatre. Ce n’est pas une fermeture, c’est une " +
        "suspension », a insisté le directeur de la délégation départementale de l’ARS, Marc Vuillemin, " +
        "lors d’une réunion avec les élus.",
      "Le maire de Remiremont n’y croit guère. « On nous a déjà fait le coup ailleurs dans le massif. " +
        "Une suspension de deux mois, ça devient une fermeture définitive au bout d’un an », estime " +
        "Jean-Benoît Thiriet, qui a demandé à être reçu au ministère.",
      "Dans le service, les sages-femmes disent leur amertume. Anne-Sophie, qui y travaille depuis quinze " +
        "ans, a appris la nouvelle « par un mail, un jeudi à 17 heures ». « On a une équipe soudée, des " +
        "locaux refaits à neuf il y a trois ans. On nous explique que tout ça s’arrête pour une question " +
        "de planning », résume-t-elle.",
      "Enceinte de sept mois, Laura Michel, qui habite au Thillot, devait accoucher à Remiremont fin " +
        "juillet. « Épinal, c’est quarante-cinq minutes pour moi, en pleine nuit et avec les travaux sur " +
        "la nationale. J’ai peur de ne pas arriver à temps. »",
      "Le collectif de défense de l’hôpital appelle à un rassemblement samedi à 10 heures devant " +
        "l’établissement. Il a déjà recueilli plus de 8 000 signatures sous une pétition intitulée " +
        "« Touche pas à ma mater ».",
    ],
    quotes: [
      [
        "Nous ne pouvons pas garantir la sécurité des naissances avec deux anesthésistes pour assurer une " +
          "permanence de vingt-quatre heures sur vingt-quatre. Ce n’est pas une fermeture, c’est une " +
          "suspension",
        "Marc Vuillemin",
      ],
      [
        "On nous a déjà fait le coup ailleurs dans le massif. Une suspension de deux mois, ça devient une " +
          "fermeture définitive au bout d’un an",
        "Jean-Benoît Thiriet",
      ],
      ["par un mail, un jeudi à 17 heures", "Anne-Sophie"],
      [
        "On a une équipe soudée, des locaux refaits à neuf il y a trois ans. On nous explique que tout ça " +
          "s’arrête pour une question de planning",
        "Anne-Sophie",
      ],
      [
        "Épinal, c’est quarante-cinq minutes pour moi, en pleine nuit et avec les travaux sur la " +
          "nationale. J’ai peur de ne pas arriver à temps.",
        "Laura Michel",
      ],
    ],
  },
  {
    name: "Corse-Matin, posidonie : préfecture par communiqué, biologiste, maire et deux-points",
    todo:
      "«Une ancre de grand yacht arrache en une nuit …» goes to Calvi, not la préfecture maritime " +
      "de la Méditerranée; «une pression sans précédent» goes to Calvi, not la préfecture maritime " +
      "de la Méditerranée",
    headline: "Mouillage des yachts : la préfecture maritime étend l’interdiction à la baie de Calvi",
    paragraphs: [
      "L’arrêté a été publié vendredi par la préfecture maritime de la Méditerranée. À compter du 15 " +
        "juin, les navires de plus de 24 mètres ne pourront plus jeter l’ancre dans les herbiers de " +
        "posidonie de la baie de Calvi, sous peine d’une amende pouvant atteindre 150 000 euros.",
      "« Une ancre de grand yacht arrache en une nuit ce que la posidonie met un siècle à reconstruire », " +
        "justifie la préfecture dans un communiqué, qui évoque « une pression sans précédent » sur les " +
        "fonds de Balagne l’été dernier.",
      "À la station de recherche sous-marine de la pointe de la Revellata, on salue une décision " +
        "attendue. « Nos relevés montrent des sillons de plusieurs dizaines de mètres dans l’herbier, " +
        "juste devant la citadelle. Il était temps », explique Pierre Lejeune-Santoni, biologiste marin.",
      "Le maire de Calvi, Ange-Mathieu Costa, se montre plus réservé. S’il dit partager « l’objectif de " +
        "protection », il s’inquiète des retombées économiques : « Ces bateaux font vivre nos commerces, " +
        "nos chantiers, nos avitailleurs. Il faut des bouées d’amarrage avant d’interdire, pas après. »",
      "Sur le port, un capitaine de yacht battant pavillon maltais, qui requiert l’anonymat, hausse les " +
        "épaules. « On ira mouiller à Saint-Florent ou en Sardaigne. Les propriétaires ne discutent pas, " +
        "ils changent de destination. »",
      "Une trentaine de bouées doivent être installées d’ici à 2027, a indiqué l’Office de " +
        "l’environnement de la Corse, qui chiffre le projet à « environ 4 millions d’euros ».",
    ],
    quotes: [
      [
        "Une ancre de grand yacht arrache en une nuit ce que la posidonie met un siècle à reconstruire",
        "la préfecture maritime de la Méditerranée",
      ],
      ["une pression sans précédent", "la préfecture maritime de la Méditerranée"],
      [
        "Nos relevés montrent des sillons de plusieurs dizaines de mètres dans l’herbier, juste devant la " +
          "citadelle. Il était temps",
        "Pierre Lejeune-Santoni",
      ],
      ["l’objectif de protection", "Ange-Mathieu Costa"],
      [
        "Ces bateaux font vivre nos commerces, nos chantiers, nos avitailleurs. Il faut des bouées " +
          "d’amarrage avant d’interdire, pas après.",
        "Ange-Mathieu Costa",
      ],
      [
        "On ira mouiller à Saint-Florent ou en Sardaigne. Les propriétaires ne discutent pas, ils " +
          "changent de destination.",
        "un capitaine de yacht",
      ],
      ["environ 4 millions d’euros", "l’Office de l’environnement de la Corse"],
    ],
  },
  {
    name: "ici Orléans, école : « au micro d’ici », « dit-il », « on rappelle », père au prénom, courrier",
    headline:
      "Carte scolaire : les parents d’élèves de Sully-la-Chapelle occupent l’école pour sauver leur classe",
    paragraphs: [
      "Ils ont passé la nuit dans la salle de motricité. Une quinzaine de parents d’élèves occupent " +
        "depuis lundi soir l’école de Sully-la-Chapelle, dans le Loiret, pour protester contre la " +
        "fermeture d’une des trois classes à la rentrée.",
      "« Avec 58 élèves sur trois classes, on est dans la moyenne. Avec deux classes, on passe à 29 par " +
        "classe, en multiniveau, de la petite section au CE1 », calcule Aurélie Gasnier, présidente de " +
        "l’association des parents d’élèves, au micro d’ici Orléans.",
      "La directrice de l’école, tenue au devoir de réserve, a fait savoir qu’elle comprenait la " +
        "démarche. Dans la cour, le maire, Gilles Thénot, est venu apporter des croissants mardi matin. " +
        "« La commune a refait la toiture et le chauffage l’an dernier. On ne l’a pas fait pour fermer " +
        "des classes », dit-il.",
      "Du côté de la direction des services départementaux de l’Éducation nationale, on rappelle que la " +
        "décision a été prise « au vu des effectifs prévisionnels » et qu’elle pourra être revue en juin. " +
        "« Si les inscriptions dépassent le seuil, la classe sera maintenue. Nous ne fermons pas pour le " +
        "plaisir », assure l’inspecteur d’académie, Laurent Mabire.",
      "Les parents, eux, ne comptent pas attendre juin. « On restera tant qu’on n’aura pas un engagement " +
        "écrit », prévient Mathieu, père de deux enfants scolarisés en maternelle et en CP.",
      "Le député de la circonscription a écrit au recteur pour demander un moratoire sur les fermetures " +
        "en zone rurale. Dans ce courrier, que nous avons pu consulter, il dénonce « une logique " +
        "comptable appliquée à des territoires qui n’ont déjà plus de services publics ».",
    ],
    quotes: [
      [
        "Avec 58 élèves sur trois classes, on est dans la moyenne. Avec deux classes, on passe à 29 par " +
          "classe, en multiniveau, de la petite section au CE1",
        "Aurélie Gasnier",
      ],
      [
        "La commune a refait la toiture et le chauffage l’an dernier. On ne l’a pas fait pour fermer des " +
          "classes",
        "Gilles Thénot",
      ],
      [
        "au vu des effectifs prévisionnels",
        "la direction des services départementaux de l’Éducation nationale",
      ],
      [
        "Si les inscriptions dépassent le seuil, la classe sera maintenue. Nous ne fermons pas pour le " +
          "plaisir",
        "Laurent Mabire",
      ],
      ["On restera tant qu’on n’aura pas un engagement écrit", "Mathieu"],
      [
        "une logique comptable appliquée à des territoires qui n’ont déjà plus de services publics",
        "Le député de la circonscription",
      ],
    ],
  },
  {
    name: "Numerama, fuite de données : courriel cité, « nous explique », selon lui, la CNIL, une plateforme",
    headline: "Fuite de données chez Solvéa : 1,2 million d’adhérents concernés, la CNIL saisie",
    paragraphs: [
      "La mutuelle Solvéa a confirmé mercredi avoir été victime d’une intrusion dans l’un de ses " +
        "systèmes informatiques. Noms, adresses, numéros de sécurité sociale et, pour une partie des " +
        "adhérents, coordonnées bancaires : la liste des données exposées est longue.",
      "Dans un courriel envoyé à ses adhérents, que Numerama a pu consulter, la mutuelle affirme avoir " +
        "« immédiatement coupé l’accès » de l’attaquant et assure que « les données de santé ne sont pas " +
        "concernées ». Son directeur général, Olivier Kerdraon, a présenté « ses excuses les plus " +
        "sincères » dans une vidéo publiée sur LinkedIn.",
      "L’attaque avait été repérée bien avant l’annonce officielle. Dès le 3 mars, un échantillon de " +
        "10 000 lignes circulait sur un forum cybercriminel. « L’échantillon est cohérent, les numéros de " +
        "sécurité sociale sont valides et les dates correspondent. Ce n’est pas un faux », nous explique " +
        "Clément Roussel-Diaz, chercheur en sécurité qui surveille ce type de forums.",
      "Selon lui, l’accès aurait été obtenu grâce aux identifiants d’un prestataire chargé de la " +
        "maintenance, une porte d’entrée « classique et évitable ».",
      "Contactée, la CNIL confirme avoir reçu une notification de violation de données et indique qu’« un " +
        "contrôle pourra être envisagé ». L’autorité rappelle que les personnes concernées doivent être " +
        "informées « dans les meilleurs délais » lorsque le risque est élevé.",
      "Pour les adhérents, le risque immédiat est celui de l’hameçonnage. « Attendez-vous à recevoir des " +
        "SMS ou des appels se faisant passer pour votre mutuelle ou pour l’Assurance maladie. Ne " +
        "communiquez jamais vos codes », prévient Cybermalveillance.gouv.fr, la plateforme publique " +
        "d’assistance aux victimes.",
    ],
    quotes: [
      ["immédiatement coupé l’accès", "Solvéa"],
      ["les données de santé ne sont pas concernées", "Solvéa"],
      ["ses excuses les plus sincères", "Olivier Kerdraon"],
      [
        "L’échantillon est cohérent, les numéros de sécurité sociale sont valides et les dates " +
          "correspondent. Ce n’est pas un faux",
        "Clément Roussel-Diaz",
      ],
      ["classique et évitable", "Clément Roussel-Diaz"],
      ["un contrôle pourra être envisagé", "la CNIL"],
      ["dans les meilleurs délais", "la CNIL"],
      [
        "Attendez-vous à recevoir des SMS ou des appels se faisant passer pour votre mutuelle ou pour " +
          "l’Assurance maladie. Ne communiquez jamais vos codes",
        "Cybermalveillance.gouv.fr",
      ],
    ],
  },
  {
    name: "So Foot, Coupe de France : « rigole-t-il », entraîneur sans verbe, « souffle le dirigeant »",
    headline: "Saint-Fulbert - Rennes : « le dernier match de nos vies »",
    paragraphs: [
      "Dimanche, le stade municipal de Saint-Fulbert (Mayenne), 1 800 places dont 300 assises, accueille " +
        "le Stade rennais en 32es de finale de la Coupe de France. Pour l’ASSF, pensionnaire de Régional " +
        "1, c’est le match d’une génération.",
      "Kevin Legrand, 31 ans, capitaine et plombier-chauffagiste la semaine, n’a pas dormi depuis le " +
        "tirage. « On va le jouer comme si c’était le dernier match de nos vies. Parce que, soyons " +
        "honnêtes, c’est peut-être le cas », rigole-t-il.",
      "Sur le banc, Yannick Morvan, entraîneur depuis 2016, prépare ses joueurs à souffrir. « Ils vont " +
        "avoir le ballon 70 % du temps. Nous, il faudra être parfaits sur les coups de pied arrêtés. On a " +
        "travaillé ça toute la semaine, même sous la neige. »",
      "Le président du club, Jean-Claude Herbelin, a dû gérer une tout autre affaire : la billetterie. " +
        "« On a reçu 9 000 demandes pour 1 800 places. J’ai des cousins que je n’avais pas vus depuis " +
        "vingt ans qui m’appellent », souffle le dirigeant.",
      "Côté rennais, on se méfie. En conférence de presse vendredi, l’entraîneur Loïc Ferrandini a promis " +
        "de ne « pas faire tourner à outrance ». « La Coupe, c’est un piège. On l’a vu l’an dernier, on ne " +
        "veut pas revivre ça », a-t-il prévenu.",
      "Dans la tribune, Odette, 78 ans, ne manquera pas ça. Elle suit l’ASSF depuis 1962. « J’ai vu le " +
        "club en District, j’ai vu la montée en Régional. Voir Rennes ici, je pensais partir avant », " +
        "dit-elle en riant.",
    ],
    quotes: [
      ["le dernier match de nos vies", "Kevin Legrand"],
      [
        "On va le jouer comme si c’était le dernier match de nos vies. Parce que, soyons honnêtes, c’est " +
          "peut-être le cas",
        "Kevin Legrand",
      ],
      [
        "Ils vont avoir le ballon 70 % du temps. Nous, il faudra être parfaits sur les coups de pied " +
          "arrêtés. On a travaillé ça toute la semaine, même sous la neige.",
        "Yannick Morvan",
      ],
      [
        "On a reçu 9 000 demandes pour 1 800 places. J’ai des cousins que je n’avais pas vus depuis vingt " +
          "ans qui m’appellent",
        "Jean-Claude Herbelin",
      ],
      ["pas faire tourner à outrance", "Loïc Ferrandini"],
      ["La Coupe, c’est un piège. On l’a vu l’an dernier, on ne veut pas revivre ça", "Loïc Ferrandini"],
      [
        "J’ai vu le club en District, j’ai vu la montée en Régional. Voir Rennes ici, je pensais partir " +
          "avant",
        "Odette",
      ],
    ],
  },
  {
    name: "Rugbyrama, Top 14 : « au micro de », citation dans la citation, manager, deux-points",
    todo:
      "«On a arrêté de jouer à la 60e. On s’est vus t…» goes to Frédéric Lagardère, not Grégory " + "Sarrat",
    headline: "Top 14 – Pau renverse Toulouse (24-22) : « On n’a jamais lâché »",
    paragraphs: [
      "Menée 22-9 à l’heure de jeu, la Section paloise a renversé le Stade toulousain samedi au Hameau " +
        "(24-22) grâce à un essai de son talonneur à la 78e minute et une transformation en coin de Théo " +
        "Darrigrand.",
      "« On n’a jamais lâché. À 22-9, beaucoup d’équipes auraient laissé filer, nous on a continué à " +
        "avancer », savourait le capitaine béarnais, Mathieu Hourcade, au micro de Canal+.",
      "Le buteur, lui, a failli ne pas tirer. « Le vent tournait, je ne le sentais pas. Mathieu m’a dit : " +
        "“Tu le mets, c’est tout.” Alors je l’ai mis », a raconté Théo Darrigrand, 21 ans, qui disputait " +
        "seulement son quatrième match en Top 14.",
      "En conférence de presse, le manager palois Frédéric Lagardère a salué « une victoire de " +
        "caractère » avant de tempérer : « On a été inexistants en première mi-temps. Si on joue comme ça " +
        "à Bordeaux, on en prendra quarante. »",
      "Côté toulousain, l’entraîneur des avants Grégory Sarrat ne cherchait pas d’excuses. « On a arrêté " +
        "de jouer à la 60e. On s’est vus trop beaux, et dans ce championnat, ça se paie cash », a-t-il " +
        "reconnu.",
      "Avec ce succès, Pau remonte à la cinquième place. Toulouse, qui reste leader, recevra le Racing 92 " +
        "la semaine prochaine.",
    ],
    quotes: [
      ["On n’a jamais lâché", "Mathieu Hourcade"],
      [
        "On n’a jamais lâché. À 22-9, beaucoup d’équipes auraient laissé filer, nous on a continué à " +
          "avancer",
        "Mathieu Hourcade",
      ],
      [
        "Le vent tournait, je ne le sentais pas. Mathieu m’a dit : “Tu le mets, c’est tout.” Alors je " +
          "l’ai mis",
        "Théo Darrigrand",
      ],
      ["une victoire de caractère", "Frédéric Lagardère"],
      [
        "On a été inexistants en première mi-temps. Si on joue comme ça à Bordeaux, on en prendra " +
          "quarante.",
        "Frédéric Lagardère",
      ],
      [
        "On a arrêté de jouer à la 60e. On s’est vus trop beaux, et dans ce championnat, ça se paie cash",
        "Grégory Sarrat",
      ],
    ],
  },
  {
    name: "Reporterre, forêt : « dit X », l’entreprise par écrit, une chambre qui recense, « glisse X »",
    headline: "Dans les Landes, une forêt rasée pour des panneaux solaires ? Les habitants disent non",
    paragraphs: [
      "À Lucbardez-et-Bargues, la forêt de pins maritimes pourrait laisser place à 80 hectares de " +
        "panneaux photovoltaïques. Le projet, porté par la société Helionde, a reçu en février un avis " +
        "favorable du commissaire enquêteur.",
      "« On nous parle de transition écologique, mais on coupe des arbres pour la faire. C’est absurde », " +
        "dit Martine Dubroca, 67 ans, en nous montrant la parcelle depuis le chemin qui borde sa maison. " +
        "Avec une trentaine de voisins, elle a fondé le collectif Pins Debout.",
      "Pour Helionde, le projet coche toutes les cases. « Ce sont des parcelles déjà exploitées pour le " +
        "bois, coupées tous les quarante ans. Nous nous engageons à reboiser l’équivalent ailleurs dans le " +
        "département », a répondu par écrit l’entreprise, qui n’a pas souhaité nous accorder d’entretien.",
      "L’argument ne convainc pas Julien Lafitte, ingénieur forestier à la retraite. « Une forêt de " +
        "production reste une forêt : elle stocke du carbone, elle abrite des espèces, elle filtre l’eau. " +
        "Compenser à cinquante kilomètres, c’est déplacer le problème », explique-t-il.",
      "La loi d’accélération des énergies renouvelables de 2023 invite pourtant à privilégier les sols " +
        "déjà artificialisés : parkings, toitures, friches. Dans les Landes, la chambre d’agriculture a " +
        "recensé « plus de 600 hectares de friches industrielles et d’anciens délaissés routiers » qui " +
        "pourraient accueillir des panneaux.",
      "Le maire, Bernard Labarthe, dit avoir « les mains liées » : « La commune touchera des loyers qui " +
        "représentent un tiers de notre budget. Je ne peux pas cracher dessus, même si ça me fait mal au " +
        "cœur de voir partir ces pins. »",
      "Le préfet doit se prononcer d’ici l’été. Le collectif a prévu une marche le 14 avril, « pour que " +
        "les arbres aient aussi leur mot à dire », glisse Martine Dubroca.",
    ],
    quotes: [
      [
        "On nous parle de transition écologique, mais on coupe des arbres pour la faire. C’est absurde",
        "Martine Dubroca",
      ],
      [
        "Ce sont des parcelles déjà exploitées pour le bois, coupées tous les quarante ans. Nous nous " +
          "engageons à reboiser l’équivalent ailleurs dans le département",
        "Helionde",
      ],
      [
        "Une forêt de production reste une forêt : elle stocke du carbone, elle abrite des espèces, elle " +
          "filtre l’eau. Compenser à cinquante kilomètres, c’est déplacer le problème",
        "Julien Lafitte",
      ],
      [
        "plus de 600 hectares de friches industrielles et d’anciens délaissés routiers",
        "la chambre d’agriculture",
      ],
      ["les mains liées", "Bernard Labarthe"],
      [
        "La commune touchera des loyers qui représentent un tiers de notre budget. Je ne peux pas cracher " +
          "dessus, même si ça me fait mal au cœur de voir partir ces pins.",
        "Bernard Labarthe",
      ],
      ["pour que les arbres aient aussi leur mot à dire", "Martine Dubroca"],
    ],
  },
  {
    name: "Challenges, rachat : « confie à Challenges », « chez X, on parle d’ », interprofession, analyste",
    todo: "«un actif rare» goes to Arcadia, not Arcadia Capital",
    headline: "Fromagerie Vernier : le fonds Arcadia Capital met la main sur le roi du comté",
    paragraphs: [
      "C’est la fin d’une histoire familiale de quatre générations. La Fromagerie Vernier, basée à " +
        "Poligny (Jura), premier affineur indépendant de comté avec 310 millions d’euros de chiffre " +
        "d’affaires, passe sous le contrôle du fonds d’investissement Arcadia Capital, qui en acquiert " +
        "70 %.",
      "« Aucun de mes enfants ne souhaitait reprendre. Plutôt que de vendre à un grand groupe laitier, " +
        "j’ai préféré un actionnaire qui nous laisse notre autonomie », confie à Challenges Philippe " +
        "Vernier, 64 ans, qui conservera 30 % du capital et la présidence du conseil de surveillance.",
      "Chez Arcadia, on parle d’« un actif rare ». « Le comté est l’une des rares AOP dont les volumes " +
        "progressent chaque année. Nous voulons accélérer à l’export, notamment aux États-Unis et en " +
        "Asie », détaille Nathalie Brunet-Sallès, associée du fonds chargée de l’opération.",
      "Le montant de la transaction n’a pas été rendu public, mais il valoriserait l’entreprise autour " +
        "de 450 millions d’euros, selon nos informations.",
      "Dans la filière, l’arrivée d’un financier suscite des interrogations. « Le comté, ce n’est pas un " +
        "produit comme un autre. Il y a un cahier des charges, des fruitières, des producteurs de lait. " +
        "Un fonds, ça cherche une sortie à cinq ou sept ans », met en garde Alain Mourey, président du " +
        "comité interprofessionnel du comté.",
      "Les salariés, 640 au total, ont été informés lundi. « La direction nous a assuré qu’il n’y aurait " +
        "ni plan social ni fermeture de site. On attend de voir ce que ça donne en pratique », tempère " +
        "Sandrine Guyon, déléguée CFDT.",
      "Pour Hugo Lemaire, analyste chez Oddo BHF, l’opération illustre « une tendance de fond » : « Les " +
        "ETI agroalimentaires familiales ont un problème de succession. Les fonds sont souvent les seuls " +
        "à pouvoir payer le prix. »",
    ],
    quotes: [
      [
        "Aucun de mes enfants ne souhaitait reprendre. Plutôt que de vendre à un grand groupe laitier, " +
          "j’ai préféré un actionnaire qui nous laisse notre autonomie",
        "Philippe Vernier",
      ],
      ["un actif rare", "Arcadia Capital"],
      [
        "Le comté est l’une des rares AOP dont les volumes progressent chaque année. Nous voulons " +
          "accélérer à l’export, notamment aux États-Unis et en Asie",
        "Nathalie Brunet-Sallès",
      ],
      [
        "Le comté, ce n’est pas un produit comme un autre. Il y a un cahier des charges, des fruitières, " +
          "des producteurs de lait. Un fonds, ça cherche une sortie à cinq ou sept ans",
        "Alain Mourey",
      ],
      [
        "La direction nous a assuré qu’il n’y aurait ni plan social ni fermeture de site. On attend de " +
          "voir ce que ça donne en pratique",
        "Sandrine Guyon",
      ],
      ["une tendance de fond", "Hugo Lemaire"],
      [
        "Les ETI agroalimentaires familiales ont un problème de succession. Les fonds sont souvent les " +
          "seuls à pouvoir payer le prix.",
        "Hugo Lemaire",
      ],
    ],
  },
  {
    name: "L’Orient-Le Jour, Liban : « a expliqué le ministre », selon elle, « lâche ce pharmacien »",
    todo:
      "a short partial quote of a date (« d’ici à juillet ») after a minister's plan is not taken " +
      "for a quote: with no speech cue near, a short span is judged a scare quote; telling a " +
      "deadline's words needs a lexicon of time prepositions in every language",
    headline:
      "Électricité : EDL promet dix heures de courant par jour d’ici l’été, les Libanais n’y croient plus",
    paragraphs: [
      "Le ministre de l’Énergie, Walid Haddad, a présenté mardi au Grand Sérail un plan visant à porter " +
        "l’alimentation publique à dix heures quotidiennes « d’ici à juillet ». Électricité du Liban " +
        "(EDL) fournit aujourd’hui entre trois et quatre heures de courant par jour dans la majeure partie " +
        "du pays.",
      "« Ce plan repose sur l’arrivée de deux cargaisons de fuel irakien par mois et sur la hausse des " +
        "tarifs adoptée l’an dernier, qui nous permet enfin de payer nos fournisseurs », a expliqué le " +
        "ministre à la presse.",
      "Le député Karim Sfeir, membre de la commission parlementaire de l’Énergie, se montre sceptique. " +
        "« Nous avons entendu la même promesse il y a deux ans, puis l’an dernier. Sans réforme de la " +
        "gouvernance d’EDL ni autorité de régulation, on répare une voiture sans moteur », a-t-il déclaré " +
        "à L’Orient-Le Jour.",
      "Pour l’économiste Rana Khoury, qui enseigne à l’Université Saint-Joseph, la question est d’abord " +
        "financière. Selon elle, EDL perd encore « près de 40 % de sa production » à cause des " +
        "branchements illégaux et des pertes techniques, « un trou que les tarifs ne combleront jamais ».",
      "À Achrafieh, Georges, 58 ans, paie chaque mois 120 dollars au propriétaire du générateur du " +
        "quartier. « Même avec dix heures d’EDL, je garderai l’abonnement. Personne ici n’est prêt à " +
        "dépendre de l’État pour le frigo et l’ascenseur », lâche ce pharmacien.",
      "La Banque mondiale, qui conditionne une partie de son aide à la réforme du secteur, a salué dans " +
        "un communiqué « un pas dans la bonne direction », tout en appelant à la nomination « sans " +
        "délai » des membres de l’autorité de régulation.",
    ],
    quotes: [
      ["d’ici à juillet", "Walid Haddad"],
      [
        "Ce plan repose sur l’arrivée de deux cargaisons de fuel irakien par mois et sur la hausse des " +
          "tarifs adoptée l’an dernier, qui nous permet enfin de payer nos fournisseurs",
        "Walid Haddad",
      ],
      [
        "Nous avons entendu la même promesse il y a deux ans, puis l’an dernier. Sans réforme de la " +
          "gouvernance d’EDL ni autorité de régulation, on répare une voiture sans moteur",
        "Karim Sfeir",
      ],
      ["près de 40 % de sa production", "Rana Khoury"],
      ["un trou que les tarifs ne combleront jamais", "Rana Khoury"],
      [
        "Même avec dix heures d’EDL, je garderai l’abonnement. Personne ici n’est prêt à dépendre de " +
          "l’État pour le frigo et l’ascenseur",
        "Georges",
      ],
      ["un pas dans la bonne direction", "La Banque mondiale"],
      ["sans délai", "La Banque mondiale"],
    ],
  },
  {
    name: "24 heures, Lausanne : municipale en apposition, élu UDC en fragments, association puis présidente",
    headline:
      "Lausanne : les terrasses pourront rester ouvertes jusqu’à minuit, les riverains grincent des dents",
    paragraphs: [
      "Le Conseil communal de Lausanne a accepté mardi soir, par 52 voix contre 31, le prolongement des " +
        "horaires des terrasses jusqu’à minuit du jeudi au samedi, de mai à septembre. L’essai durera " +
        "deux saisons.",
      "« Lausanne est une ville universitaire, une ville qui vit. On ne peut pas demander aux jeunes de " +
        "rentrer chez eux à 23 heures en plein mois de juillet », a plaidé la municipale chargée de " +
        "l’économie, Corinne Dutoit-Rey, devant le législatif.",
      "L’UDC et une partie du PLR ont voté contre. Le conseiller communal UDC Yves Perrottet a dénoncé une " +
        "décision prise « sur le dos des habitants du centre-ville », qui « paieront la facture en nuits " +
        "blanches ».",
      "Du côté des cafetiers, on se réjouit. « Pour nous, une heure de plus, c’est souvent la différence " +
        "entre une saison à l’équilibre et une saison dans le rouge », estime Marco Bianchi, patron d’un " +
        "bar de la place de la Riponne.",
      "L’Association des habitants du quartier de la Cité, elle, annonce déjà qu’elle tiendra « un " +
        "cahier des nuisances » durant tout l’été. « On ne demande pas la mort des terrasses. On demande " +
        "que la police passe, et qu’elle verbalise quand il le faut », résume sa présidente, Anne-Lise " +
        "Chappuis.",
      "Le commandant de la police municipale a indiqué que des patrouilles supplémentaires seraient " +
        "engagées les week-ends. Un premier bilan sera présenté au Conseil communal en novembre.",
    ],
    quotes: [
      [
        "Lausanne est une ville universitaire, une ville qui vit. On ne peut pas demander aux jeunes de " +
          "rentrer chez eux à 23 heures en plein mois de juillet",
        "Corinne Dutoit-Rey",
      ],
      ["sur le dos des habitants du centre-ville", "Yves Perrottet"],
      ["paieront la facture en nuits blanches", "Yves Perrottet"],
      [
        "Pour nous, une heure de plus, c’est souvent la différence entre une saison à l’équilibre et une " +
          "saison dans le rouge",
        "Marco Bianchi",
      ],
      ["un cahier des nuisances", "L’Association des habitants du quartier de la Cité"],
      [
        "On ne demande pas la mort des terrasses. On demande que la police passe, et qu’elle verbalise " +
          "quand il le faut",
        "Anne-Lise Chappuis",
      ],
    ],
  },
];

runArticles("fr", ARTICLES);
