// A twenty-ninth round of composed French articles, in the styles of outlets and beats the first
// twenty-eight rounds (articles.fr to articles28.fr) did not use: a bus contract vote splitting the
// Lille metropolitan council in Mediacités, a roofer's fraud trial in Coutances for La Manche libre, a
// pharmacy burglary in Montargis for L’Éclaireur du Gâtinais, a kitchen maker's takeover in Capital, a
// BBC Monthey-Chablais comeback on Radio Chablais, a museum buying back a tapestry in Le Quotidien de
// l’Art, bees and pesticide cocktails in Daily Science, a dengue surge in Abidjan for Koaci, a
// footbridge reopened over the Meuse in Dinant on Matélé and a school bus cut in Chambly for Le Journal
// de Chambly. Every article was written for these tests, before the engine was run on them; speakers
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
      "Mediacités, politique : citation au chapeau d’un élu nommé dans le texte, " +
      "vice-présidente avec deux-points, nom d’opération entre guillemets, « " +
      "a-t-il riposté » puis fragment, deux élus hommes dans un paragraphe (« a " +
      "répliqué le second »), délibération en fragment, source anonyme « selon »",
    headline: "Bus de la MEL : le contrat à 1,4 milliard qui fracture la majorité",
    standfirst:
      "Le renouvellement de la délégation de service public a été voté de justesse. " +
      "« On signe un chèque en blanc pour dix ans », dénonce un élu écologiste.",
    paragraphs: [
      "Vendredi, au siège de la Métropole européenne de Lille, le conseil a " +
        "approuvé par 97 voix contre 81 le nouveau contrat d’exploitation du réseau " +
        "Ilévia, confié pour dix ans au même opérateur. Un vote serré, obtenu après " +
        "trois heures de débats parfois houleux.",
      "La vice-présidente chargée des transports, Sabine Delcourt-Vasseur, a défendu " +
        "le texte : « Ce contrat fixe pour la première fois des pénalités réelles en " +
        "cas de bus supprimés. Les usagers y gagneront dès septembre. »",
      "Dans l’opposition, l’écologiste Thibault Mancini a dénoncé un dossier ficelé " +
        "trop vite. « On signe un chèque en blanc pour dix ans, sans avoir lu les " +
        "annexes financières », a-t-il riposté, avant de réclamer « un audit " +
        "indépendant » de l’offre concurrente écartée.",
      "Au sein même de la majorité, le maire de Wambrechies, Gérard Leblond, et " +
        "le conseiller roubaisien Karim Haddadi se sont opposés à voix haute. « Nos " +
        "communes périphériques paieront pour le métro des autres », a lancé le " +
        "premier. « C’est exactement l’inverse, les lignes rurales sont " +
        "sanctuarisées », a répliqué le second.",
      "La délibération, que Mediacités a pu consulter, prévoit pourtant une clause " +
        "de revoyure en 2029 et évoque des objectifs de fréquentation « revus à la " +
        "baisse au regard de la conjoncture ». L’opération « Bus plus » lancée en " +
        "2023 n’avait déjà pas tenu ses promesses.",
      "Selon un cadre de la direction des mobilités, la négociation s’est jouée " +
        "« à quelques centaines de milliers d’euros près ». Le contrat entrera en " +
        "vigueur le 1er janvier.",
    ],
    quotes: [
      ["On signe un chèque en blanc pour dix ans", "Thibault Mancini"],
      [
        "On signe un chèque en blanc pour dix ans, sans avoir lu les annexes " + "financières",
        "Thibault Mancini",
      ],
      [
        "Ce contrat fixe pour la première fois des pénalités réelles en cas de bus " +
          "supprimés. Les usagers y gagneront dès septembre.",
        "Sabine Delcourt-Vasseur",
      ],
      ["un audit indépendant", "Thibault Mancini"],
      ["Nos communes périphériques paieront pour le métro des autres", "Gérard Leblond"],
      ["C’est exactement l’inverse, les lignes rurales sont sanctuarisées", "Karim Haddadi"],
      ["revus à la baisse au regard de la conjoncture", "La délibération"],
      ["à quelques centaines de milliers d’euros près", "un cadre de la direction des mobilités"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Manche libre, justice : présidente « a interrogé » puis réponse sans " +
      "verbe du prévenu, « le quinquagénaire », victime citée par son âge, " +
      "procureure avec nom après « a requis », avocat en deux paires avec incise " +
      "« poursuit-il », surnom entre guillemets",
    headline: "Coutances : le couvreur encaissait les acomptes et ne revenait jamais",
    paragraphs: [
      "Le tribunal correctionnel de Coutances a jugé mardi Franck Lemarchand, " +
        "52 ans, artisan couvreur installé près de Gavray, pour des escroqueries " +
        "commises entre 2022 et 2024 au préjudice de onze particuliers du Centre-Manche.",
      "« Pourquoi ne pas avoir rendu l’argent quand vous saviez que vous ne " +
        "viendriez pas ? », a interrogé la présidente, Claire Hamelin. Le " +
        "quinquagénaire a baissé la tête. « J’espérais toujours me refaire sur le " +
        "chantier suivant. Je n’ai jamais voulu voler personne. »",
      "Dans le bourg, on le surnommait « le couvreur fantôme ». Parmi les victimes, " +
        "Odette Lecoq, 81 ans, a versé 6 800 euros pour une toiture qui fuit " +
        "toujours. « J’ai mis des bassines dans le grenier tout l’hiver », a raconté " +
        "l’octogénaire à la barre.",
      "« Ce n’est pas de la malchance, c’est un système », a requis la procureure " +
        "Anne-Laure Guérin, qui a demandé dix-huit mois de prison avec sursis et une " +
        "interdiction définitive de gérer.",
      "Son avocat, Me Benoît Feuardent, a plaidé la déroute économique. « Mon client " +
        "a été dépassé, poursuit-il. Il a perdu sa femme, puis son entreprise. » Et " +
        "d’ajouter : « Une interdiction de gérer le privera de tout moyen de " +
        "rembourser. »",
      "Décision le 17 décembre.",
    ],
    quotes: [
      [
        "Pourquoi ne pas avoir rendu l’argent quand vous saviez que vous ne viendriez " + "pas ?",
        "Claire Hamelin",
      ],
      [
        "J’espérais toujours me refaire sur le chantier suivant. Je n’ai jamais voulu " + "voler personne.",
        "Franck Lemarchand",
      ],
      ["J’ai mis des bassines dans le grenier tout l’hiver", "Odette Lecoq"],
      ["Ce n’est pas de la malchance, c’est un système", "Anne-Laure Guérin"],
      [
        "Mon client a été dépassé, poursuit-il. Il a perdu sa femme, puis son " + "entreprise.",
        "Benoît Feuardent",
      ],
      ["Une interdiction de gérer le privera de tout moyen de rembourser.", "Benoît Feuardent"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Éclaireur du Gâtinais, faits divers : citation au titre d’une pharmacienne " +
      "nommée dans le texte, « selon le parquet » avec fragment, pharmacienne " +
      "puis « la quadragénaire » sans verbe, voisin anonyme « confie », policier " +
      "anonyme avec deux-points, communiqué de la police en fragment",
    todo:
      "«Le mode opératoire ressemble à celui d’autres…» goes to Un policier du commissariat, not un " +
      "policier du commissariat",
    headline: "« Ils savaient exactement où chercher » : la pharmacie du Chinchon cambriolée",
    paragraphs: [
      "Dans la nuit de dimanche à lundi, la pharmacie du quartier du Chinchon, à " +
        "Montargis, a été cambriolée pour la deuxième fois depuis l’été. Les " +
        "malfaiteurs ont forcé le rideau métallique vers 3 h 30 et sont repartis " +
        "avec le contenu du coffre et plusieurs boîtes de médicaments.",
      "Selon le parquet de Montargis, l’effraction a duré « moins de quatre " +
        "minutes ». Une enquête a été confiée au commissariat.",
      "Au comptoir lundi matin, Nathalie Brossard, titulaire de l’officine depuis " +
        "2011, tentait de faire bonne figure. « Ils savaient exactement où chercher. " +
        "Ils n’ont pas touché aux parfums, ils sont allés droit au coffre et à " +
        "l’armoire des stupéfiants », a-t-elle expliqué.",
      "La quadragénaire emploie quatre personnes. « On a déjà investi dans " +
        "l’alarme après le premier cambriolage. Je ne sais plus quoi faire, à part " +
        "mettre un vigile devant la porte. »",
      "« J’ai entendu un bruit de disqueuse, puis une voiture démarrer en trombe », " +
        "confie un voisin, réveillé par le vacarme. Un policier du commissariat se " +
        "montre prudent : « Le mode opératoire ressemble à celui d’autres faits dans " +
        "le Loiret, mais il est trop tôt pour faire le lien. »",
      "Dans un communiqué, la police nationale appelle les témoins à se manifester et " +
        "rappelle que tout renseignement, « même anodin », peut être transmis au 17.",
    ],
    quotes: [
      ["Ils savaient exactement où chercher", "Nathalie Brossard"],
      [
        "Ils savaient exactement où chercher. Ils n’ont pas touché aux parfums, ils " +
          "sont allés droit au coffre et à l’armoire des stupéfiants",
        "Nathalie Brossard",
      ],
      ["moins de quatre minutes", "le parquet de Montargis"],
      [
        "On a déjà investi dans l’alarme après le premier cambriolage. Je ne sais " +
          "plus quoi faire, à part mettre un vigile devant la porte.",
        "Nathalie Brossard",
      ],
      ["J’ai entendu un bruit de disqueuse, puis une voiture démarrer en trombe", "un voisin"],
      [
        "Le mode opératoire ressemble à celui d’autres faits dans le Loiret, mais il " +
          "est trop tôt pour faire le lien.",
        "un policier du commissariat",
      ],
      ["même anodin", "la police nationale"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Capital, économie : PDG avec nom après « assure », citation sur deux " +
      "paragraphes, nom de marque et de plan entre guillemets, syndicaliste « " +
      "s’inquiète » inversé, analyste avec deux-points, communiqué de l’acheteur en " +
      "fragment, « d’après » une source proche",
    headline: "Cuisines Morel passe sous pavillon italien : ce que prévoit le repreneur",
    standfirst:
      "Le fabricant vosgien, 640 salariés, est racheté par le groupe Ardesia. Les " +
      "syndicats attendent des garanties.",
    paragraphs: [
      "C’est la fin d’une histoire familiale de quatre-vingts ans. Le fabricant de " +
        "cuisines Morel, basé à Rambervillers, a annoncé jeudi son rachat par le " +
        "groupe italien Ardesia, pour un montant estimé à 210 millions d’euros, " +
        "d’après une source proche du dossier.",
      "« Nous avions besoin d’un partenaire pour l’export. Seuls, nous n’aurions " +
        "jamais ouvert l’Allemagne ni le Benelux », assure Philippe Morel, PDG et " +
        "petit-fils du fondateur, qui restera à la tête de l’entreprise au moins " +
        "deux ans.",
      "« Personne ne sera licencié du fait de l’opération. Les deux usines " +
        "vosgiennes restent le cœur de la production.",
      "« Ce que nous apporte Ardesia, c’est un réseau de 900 distributeurs. »",
      "Dans son communiqué, Ardesia évoque « une complémentarité parfaite » entre " +
        "les gammes, et promet de maintenir la marque « Morel Cuisines » en France. " +
        "Le plan « Horizon 2030 » prévoit 40 millions d’investissements.",
      "« On a entendu ces promesses ailleurs », s’inquiète Sylvie Perrin, déléguée " +
        "CFDT du site de Rambervillers. Pour Hugo Tessier, analyste chez Kepler " +
        "Cheuvreux, le pari est cohérent : « Le marché français de la cuisine recule " +
        "depuis deux ans. Sans relais à l’étranger, Morel aurait fini par " +
        "décrocher. »",
    ],
    quotes: [
      [
        "Nous avions besoin d’un partenaire pour l’export. Seuls, nous n’aurions " +
          "jamais ouvert l’Allemagne ni le Benelux",
        "Philippe Morel",
      ],
      [
        "Personne ne sera licencié du fait de l’opération. Les deux usines vosgiennes " +
          "restent le cœur de la production.",
        "Philippe Morel",
      ],
      ["Ce que nous apporte Ardesia, c’est un réseau de 900 distributeurs.", "Philippe Morel"],
      ["une complémentarité parfaite", "Ardesia"],
      ["On a entendu ces promesses ailleurs", "Sylvie Perrin"],
      [
        "Le marché français de la cuisine recule depuis deux ans. Sans relais à " +
          "l’étranger, Morel aurait fini par décrocher.",
        "Hugo Tessier",
      ],
    ],
  }),
  {
    name:
      "Radio Chablais, sport : guillemets sans espace, « lâchait le meneur de 24 " +
      "ans », citation sans verbe du même, coach et assistant dans un paragraphe " +
      "(« glissait son adjoint »), capitaine adverse inversé avec nom après, surnom " +
      "de salle entre guillemets, club en fragment",
    todo: "«une des plus belles remontées de son histoire» goes to Le club, not le BBC Monthey-Chablais",
    headline: "Basket: le BBC Monthey-Chablais renverse Fribourg Olympic au Reposieux",
    paragraphs: [
      "Menés de dix-neuf points à la pause, les Montheysans se sont imposés 84-81 " +
        "samedi soir devant 2100 spectateurs. Le panier de la victoire, un tir à " +
        "trois points à deux secondes de la fin, est signé Yannick Rouiller.",
      "«À la mi-temps, le coach n’a presque rien dit. Il a juste écrit 19 au tableau " +
        "et il est sorti», lâchait le meneur de 24 ans au micro de Radio Chablais.",
      "Formé au club, il n’avait jamais pris un tir décisif en SB League. «J’ai " +
        "raté les deux précédents. Celui-là, je ne l’ai même pas regardé rentrer, " +
        "j’ai entendu la salle.»",
      "L’entraîneur Thibaut Petit et son assistant Mathieu Crettenand n’en " +
        "revenaient pas. «On a défendu comme des chiens pendant vingt minutes», " +
        "savourait le coach. «Dans le vestiaire, on était morts. Le public nous a " +
        "portés», glissait son adjoint.",
      "«On a joué vingt minutes, pas quarante. Ça ne pardonne pas ici», regrettait " +
        "le capitaine fribourgeois Jérémy Jaunin.",
      "Le club a salué sur ses réseaux «une des plus belles remontées de son " +
        "histoire». Prochain match mercredi dans «l’enfer du Reposieux» face aux " +
        "Lions de Genève.",
    ],
    quotes: [
      [
        "À la mi-temps, le coach n’a presque rien dit. Il a juste écrit 19 au tableau " + "et il est sorti",
        "Yannick Rouiller",
      ],
      [
        "J’ai raté les deux précédents. Celui-là, je ne l’ai même pas regardé rentrer, " +
          "j’ai entendu la salle.",
        "Yannick Rouiller",
      ],
      ["On a défendu comme des chiens pendant vingt minutes", "Thibaut Petit"],
      ["Dans le vestiaire, on était morts. Le public nous a portés", "Mathieu Crettenand"],
      ["On a joué vingt minutes, pas quarante. Ça ne pardonne pas ici", "Jérémy Jaunin"],
      ["une des plus belles remontées de son histoire", "le BBC Monthey-Chablais"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Quotidien de l’Art, culture : titre d’œuvre et d’exposition entre " +
      "guillemets, directrice « souligne » avec nom après, citation scindée par « " +
      "précise-t-elle », conservateur au pronom, courrier du ministère en fragment, " +
      "marchand anonyme avec deux-points",
    todo:
      "«Le prix est juste, mais un collectionneur amé…» goes to Un marchand parisien, not un " +
      "marchand parisien",
    headline: "Le musée de Tessé rachète la tapisserie « Les Vendanges » pour 1,2 M€",
    paragraphs: [
      "Le musée de Tessé, au Mans, a obtenu lundi l’accord de l’État pour " +
        "l’acquisition de « Les Vendanges », une tapisserie d’Aubusson du XVIIe siècle " +
        "passée en vente à Drouot au printemps et frappée d’un refus de certificat " +
        "d’exportation.",
      "« C’est une pièce que nous cherchions depuis plus de trente ans. Elle a été " +
        "tissée pour un château de la Sarthe et n’aurait jamais dû quitter le " +
        "département », souligne Hélène Marchadier, directrice des musées du Mans.",
      "Le financement a réuni le Fonds du patrimoine, la Région et une souscription " +
        "publique. « Plus de 1 400 donateurs ont participé, précise-t-elle. Certains " +
        "ont donné dix euros. » La directrice y voit « un attachement populaire » à " +
        "l’œuvre.",
      "Le conservateur Julien Aubrée a suivi la restauration préalable, menée dans " +
        "les ateliers de la Cité internationale de la tapisserie. Il évoque « des " +
        "couleurs d’une fraîcheur inespérée » sous la crasse accumulée.",
      "Dans un courrier adressé à la ville, le ministère de la Culture qualifie " +
        "l’œuvre de « trésor national d’intérêt majeur ». Un marchand parisien, qui " +
        "suivait le dossier, reste sceptique : « Le prix est juste, mais un " +
        "collectionneur américain aurait payé le double. »",
      "La tapisserie sera présentée au public dès mars, au cœur de l’exposition " +
        "« Fils d’or, fils de laine ».",
    ],
    quotes: [
      [
        "C’est une pièce que nous cherchions depuis plus de trente ans. Elle a été " +
          "tissée pour un château de la Sarthe et n’aurait jamais dû quitter le " +
          "département",
        "Hélène Marchadier",
      ],
      [
        "Plus de 1 400 donateurs ont participé, précise-t-elle. Certains ont donné " + "dix euros.",
        "Hélène Marchadier",
      ],
      ["un attachement populaire", "Hélène Marchadier"],
      ["des couleurs d’une fraîcheur inespérée", "Julien Aubrée"],
      ["trésor national d’intérêt majeur", "le ministère de la Culture"],
      ["Le prix est juste, mais un collectionneur américain aurait payé le double.", "un marchand parisien"],
    ],
  }),
  {
    name:
      "Daily Science, science : guillemets anglais “…”, terme défini entre " +
      "guillemets, chercheuse « détaille » avec nom après, citation sur deux " +
      "paragraphes, deux chercheuses dans un paragraphe (« ajoute la doctorante »), " +
      "étude en fragment, apiculteur avec deux-points",
    todo: "«effet cocktail» taken for a quote",
    headline: "Les abeilles sauvages souffrent davantage des “cocktails” de pesticides",
    standfirst:
      "Une équipe de l’UCLouvain a mesuré l’effet combiné de résidus présents à " +
      "faible dose dans les champs wallons.",
    paragraphs: [
      "Pris isolément, chaque résidu reste sous les seuils jugés sans danger. " +
        "Ensemble, c’est une autre histoire. Des chercheurs de l’UCLouvain ont exposé " +
        "des colonies de bourdons à l’“effet cocktail”, c’est-à-dire au mélange de " +
        "trois fongicides et d’un insecticide couramment retrouvés dans le pollen.",
      "“Les colonies exposées au mélange produisent 40 % de reines en moins. " +
        "Avec un seul produit, on ne voit presque rien”, détaille Marie Delvaux, " +
        "écologue et première autrice de l’étude.",
      "“Ce qui nous inquiète, c’est que les tests d’homologation ne regardent " +
        "qu’une molécule à la fois.",
      "“Or, dans un champ, une abeille n’en rencontre jamais une seule.”",
      "Sa codirectrice, Anne-Catherine Gilson, et la doctorante Lisa Vanhove ont " +
        "ensuite reproduit l’expérience en plein champ. “Les résultats tiennent hors " +
        "du laboratoire”, ajoute la doctorante. L’étude, publiée dans Journal of " +
        "Applied Ecology, plaide pour “une évaluation des risques fondée sur les " +
        "mélanges réels”.",
      "Sur le terrain, les apiculteurs ne sont pas surpris. Benoît Lambotte, qui " +
        "entretient une cinquantaine de ruches près de Gembloux, en témoigne : “Au " +
        "printemps, je perds des colonies sans comprendre pourquoi. Ce genre d’étude " +
        "met enfin des chiffres sur ce qu’on observe.”",
    ],
    quotes: [
      [
        "Les colonies exposées au mélange produisent 40 % de reines en moins. Avec " +
          "un seul produit, on ne voit presque rien",
        "Marie Delvaux",
      ],
      [
        "Ce qui nous inquiète, c’est que les tests d’homologation ne regardent " +
          "qu’une molécule à la fois.",
        "Marie Delvaux",
      ],
      ["Or, dans un champ, une abeille n’en rencontre jamais une seule.", "Marie Delvaux"],
      ["Les résultats tiennent hors du laboratoire", "Lisa Vanhove"],
      ["une évaluation des risques fondée sur les mélanges réels", "L’étude"],
      [
        "Au printemps, je perds des colonies sans comprendre pourquoi. Ce genre " +
          "d’étude met enfin des chiffres sur ce qu’on observe.",
        "Benoît Lambotte",
      ],
    ],
  },
  {
    name:
      "Koaci, santé : guillemets droits, citation au chapeau d’un directeur nommé " +
      "dans le texte, « a indiqué le Pr » avec nom après, ministère dans un " +
      "communiqué en fragment, mère de famille décrite « raconte », infirmière " +
      "anonyme avec deux-points, nom de campagne entre guillemets, « selon » l’OMS",
    todo:
      "«On manque de lits et de tests rapides. Certai…» goes to Une " +
      "infirmière du service de pédiatrie, not une infirmière du service de pédiatrie",
    headline: "Abidjan: la dengue progresse à Yopougon et Abobo, les autorités en alerte",
    standfirst:
      'Plus de 2 300 cas suspects ont été notifiés depuis août. "Nous sommes au ' +
      'pic de la saison", prévient le directeur de l’INHP.',
    paragraphs: [
      "La dengue gagne du terrain dans le district d’Abidjan. Selon les chiffres " +
        "communiqués lundi par l’Institut national d’hygiène publique (INHP), 2 347 " +
        "cas suspects et 11 décès ont été enregistrés depuis le début du mois d’août, " +
        "principalement dans les communes de Yopougon, Abobo et Cocody.",
      '"Nous sommes au pic de la saison. Les pluies ont laissé partout de l’eau ' +
        'stagnante, et le moustique se reproduit dans le moindre récipient", a ' +
        "indiqué le Pr Kouadio Joseph N’Guessan, directeur de l’INHP, au cours d’un " +
        "point de presse.",
      "Dans un communiqué, le ministère de la Santé, de l’Hygiène publique et de la " +
        "Couverture maladie universelle annonce le lancement de l’opération " +
        '"Quartiers sans moustiques" et appelle les populations à "détruire ' +
        'systématiquement les gîtes larvaires" autour des habitations.',
      "À l’hôpital général d’Abobo, les salles d’attente ne désemplissent pas. " +
        "Aminata Coulibaly, mère de trois enfants, veille son fils de 9 ans depuis " +
        'deux jours. "Il avait une forte fièvre et mal aux articulations. Au début, ' +
        'on a cru au palu", raconte-t-elle.',
      'Une infirmière du service de pédiatrie décrit une situation tendue: "On ' +
        'manque de lits et de tests rapides. Certains parents arrivent trop tard."',
      'Selon l’OMS, la Côte d’Ivoire fait face à "une circulation accrue du ' +
        'sérotype 3", contre lequel une grande partie de la population n’est pas ' +
        "immunisée.",
    ],
    quotes: [
      ["Nous sommes au pic de la saison", "Kouadio Joseph N’Guessan"],
      [
        "Nous sommes au pic de la saison. Les pluies ont laissé partout de l’eau " +
          "stagnante, et le moustique se reproduit dans le moindre récipient",
        "Kouadio Joseph N’Guessan",
      ],
      [
        "détruire systématiquement les gîtes larvaires",
        "le ministère de la Santé, de l’Hygiène publique et de la Couverture maladie " + "universelle",
      ],
      [
        "Il avait une forte fièvre et mal aux articulations. Au début, on a cru au " + "palu",
        "Aminata Coulibaly",
      ],
      [
        "On manque de lits et de tests rapides. Certains parents arrivent trop tard.",
        "une infirmière du service de pédiatrie",
      ],
      ["une circulation accrue du sérotype 3", "l’OMS"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Matélé, vie locale : bourgmestre « se réjouit » avec nom après, échevin au " +
      "pronom avec deux-points, deux riveraines dans un paragraphe (« sourit la " +
      "première »), nom de passerelle et surnom entre guillemets, SPW en fragment, " +
      "commerçant anonyme sans verbe",
    headline: "Dinant : la passerelle de Leffe rouverte après dix-huit mois de travaux",
    paragraphs: [
      "Les piétons et les cyclistes peuvent à nouveau traverser la Meuse à hauteur " +
        "de Leffe. La passerelle, que les Dinantais appellent « la Dame de fer », a " +
        "été officiellement rouverte samedi matin, en présence d’une centaine de " +
        "riverains.",
      "« Pendant un an et demi, les habitants de la rive droite ont fait un détour " +
        "de deux kilomètres pour aller à l’école ou au marché. C’est fini », se " +
        "réjouit le bourgmestre Thierry Bodart.",
      "L’échevin des travaux, Olivier Piérard, a suivi le chantier de près. Il " +
        "reconnaît les retards : « La corrosion était plus avancée que prévu. On a dû " +
        "remplacer la moitié des pièces métalliques au lieu d’un quart. »",
      "Sur le tablier, Monique Dethier et sa voisine Josiane Collard sont venues " +
        "parmi les premières. « J’ai traversé ici tous les jours pendant cinquante " +
        "ans », sourit la première. « Pour nous, c’était comme si on avait coupé le " +
        "quartier en deux », ajoute la seconde.",
      "Le chantier, financé à 80 % par le Service public de Wallonie, a coûté 1,9 " +
        "million d’euros. Le SPW évoque dans son bilan un ouvrage « remis à neuf " +
        "pour cinquante ans au moins ».",
      "Au coin du quai, un commerçant respire. « On a perdu un tiers de nos clients " +
        "du matin. J’espère qu’ils vont revenir. »",
    ],
    quotes: [
      [
        "Pendant un an et demi, les habitants de la rive droite ont fait un détour de " +
          "deux kilomètres pour aller à l’école ou au marché. C’est fini",
        "Thierry Bodart",
      ],
      [
        "La corrosion était plus avancée que prévu. On a dû remplacer la moitié des " +
          "pièces métalliques au lieu d’un quart.",
        "Olivier Piérard",
      ],
      ["J’ai traversé ici tous les jours pendant cinquante ans", "Monique Dethier"],
      ["Pour nous, c’était comme si on avait coupé le quartier en deux", "Josiane Collard"],
      ["remis à neuf pour cinquante ans au moins", "le Service public de Wallonie"],
      ["On a perdu un tiers de nos clients du matin. J’espère qu’ils vont revenir.", "un commerçant"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal de Chambly, éducation : citation au titre d’une mère nommée dans " +
      "le texte, centre de services scolaire dans une lettre en fragment, porte-parole " +
      "« a fait valoir » avec nom après, mère « la résidente du secteur » sans verbe, " +
      "deux mères dans un paragraphe (« a résumé cette dernière »), nom de comité " +
      "entre guillemets, « selon » la mairesse",
    headline: "« Mon fils de six ans va marcher le long de la 112 » : colère à Chambly",
    standfirst:
      "Le Centre de services scolaire des Patriotes supprime un circuit d’autobus " +
      "à la rentrée de janvier.",
    paragraphs: [
      "Une soixantaine d’élèves de l’école primaire De Salaberry, à Chambly, " +
        "perdront leur transport scolaire en janvier. Dans une lettre envoyée aux " +
        "parents la semaine dernière, le Centre de services scolaire des Patriotes " +
        "explique que leur domicile se trouve désormais « à l’intérieur du périmètre " +
        "de marche de 1,6 kilomètre ».",
      "« C’est une question d’équité entre les familles. La politique de transport " +
        "s’applique partout de la même façon », a fait valoir le porte-parole du " +
        "centre de services, Mathieu Charbonneau.",
      "L’argument passe mal chez Karine Lapointe, qui habite près du boulevard " +
        "Fréchette. « Mon fils de six ans va marcher le long de la 112, sans trottoir " +
        "sur une partie du trajet. Personne au centre de services n’est venu voir. »",
      "La résidente du secteur a fondé avec d’autres parents le comité « Un autobus " +
        "pour nos enfants ». « Ce n’est pas un caprice. On a des hivers ici, il fait " +
        "noir à 7 h 30. »",
      "Avec sa voisine Émilie Gauthier-Roy, elle a déposé lundi soir une pétition " +
        "de 412 signatures au conseil municipal. « On ne demande pas la lune, juste " +
        "un trottoir ou un autobus », a résumé cette dernière.",
      "Selon la mairesse Alexandra Labbé, la Ville est prête à accélérer " +
        "l’aménagement d’un trottoir, mais « pas avant l’été 2026 ».",
    ],
    quotes: [
      ["Mon fils de six ans va marcher le long de la 112", "Karine Lapointe"],
      [
        "Mon fils de six ans va marcher le long de la 112, sans trottoir sur une " +
          "partie du trajet. Personne au centre de services n’est venu voir.",
        "Karine Lapointe",
      ],
      [
        "à l’intérieur du périmètre de marche de 1,6 kilomètre",
        "le Centre de services scolaire des Patriotes",
      ],
      [
        "C’est une question d’équité entre les familles. La politique de transport " +
          "s’applique partout de la même façon",
        "Mathieu Charbonneau",
      ],
      ["Ce n’est pas un caprice. On a des hivers ici, il fait noir à 7 h 30.", "Karine Lapointe"],
      ["On ne demande pas la lune, juste un trottoir ou un autobus", "Émilie Gauthier-Roy"],
      ["pas avant l’été 2026", "Alexandra Labbé"],
    ],
  }),
];

runArticles("fr", ARTICLES);
