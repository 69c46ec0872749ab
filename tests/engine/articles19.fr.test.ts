// A nineteenth round of composed French articles, in the styles of outlets and beats the first eighteen
// rounds (articles.fr to articles18.fr) did not use: a ferry kept in dry dock on the North Shore for Le
// Nord-Côtier, a village grocery reopened as a cooperative in the Ardennes on TV Lux, a chocolate maker
// moving production abroad in Bilan, an embezzlement verdict at the Special Criminal Court in Le Messager
// (Cameroun), degraded land restored with half-moons around Tillabéri in Le Sahel (Niger), Roman lead
// pollution in Mont Blanc ice in Sciences et Avenir, old calvados stolen from a distillery in Le Pays
// d’Auge, the Diagonale des Fous in Le Quotidien de la Réunion, a mobile dental surgery in the Pyrenean
// valleys for La Nouvelle République des Pyrénées and new teachers sent to northern Benin in La Nation.
// Every article was written for these tests, before the engine was run on them; speakers follow the
// corpus guidelines (the fullest name the article gives, without title; a body or document as named; the
// shortest description that identifies an unnamed source).
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
      "Le Nord-Côtier, transport : citation au chapeau d’un transporteur nommé dans le texte, société " +
      "d’État dans un communiqué, « calcule » puis « le camionneur de 54 ans », « selon lui » en " +
      "fragment, ministre sans nom, maire avec deux-points, nom de navire entre guillemets",
    todo:
      "«la sécurité des usagers et des équipages deme…» goes to la société d’État, not la Société " +
      "des traversiers du Québec; «Des promesses, on en a eu en 2022, en 2023, e…» goes to le ministre " +
      "des Transports, not Guy Simard",
    headline: "Le traversier de Matane restera à quai jusqu’en décembre",
    standfirst:
      "« On paye pour les erreurs des autres », peste un transporteur de la Côte-Nord, privé du lien " +
      "maritime depuis la fin de septembre.",
    paragraphs: [
      "La Société des traversiers du Québec (STQ) a confirmé lundi que le « F.-A.-Gauthier », qui " +
        "relie Matane à Baie-Comeau et à Godbout, restera en cale sèche jusqu’au 12 décembre au moins. " +
        "Une pièce du système de propulsion, commandée en Italie, n’est toujours pas arrivée.",
      "Dans un communiqué, la société d’État indique que « la sécurité des usagers et des équipages " +
        "demeure la priorité » et promet de bonifier le service aérien de remplacement.",
      "« Pour livrer à Matane, je dois passer par Québec. C’est 700 kilomètres de plus, aller-retour, " +
        "et deux jours de chauffeur payés pour rien », calcule Steve Boudreau, propriétaire de " +
        "Transport Boudreau et fils, à Baie-Comeau.",
      "Le camionneur de 54 ans dit avoir perdu deux contrats depuis l’automne. « On paye pour les " +
        "erreurs des autres. Moi, j’ai onze employés à faire vivre », lance-t-il.",
      "Le maire de Baie-Comeau, Guy Simard, ne décolère pas. Selon lui, la STQ « a eu trois ans pour " +
        "prévoir un navire de relève » et ne l’a pas fait.",
      "En point de presse à Québec, le ministre des Transports a promis « une solution durable d’ici " +
        "2028 ». Une réponse qui ne rassure pas le maire : « Des promesses, on en a eu en 2022, en 2023, " +
        "en 2024. Les gens de la Côte-Nord ne sont pas des citoyens de seconde zone. »",
      "Au quai de Godbout, une infirmière qui fait la navette chaque semaine entre les deux rives " +
        "résume la situation : « L’avion, c’est 400 $ quand il reste de la place. Le bateau, c’était " +
        "60 $. »",
    ],
    quotes: [
      ["On paye pour les erreurs des autres", "Steve Boudreau"],
      [
        "la sécurité des usagers et des équipages demeure la priorité",
        "la Société des traversiers du Québec",
      ],
      [
        "Pour livrer à Matane, je dois passer par Québec. C’est 700 kilomètres de plus, aller-retour, et " +
          "deux jours de chauffeur payés pour rien",
        "Steve Boudreau",
      ],
      ["On paye pour les erreurs des autres. Moi, j’ai onze employés à faire vivre", "Steve Boudreau"],
      ["a eu trois ans pour prévoir un navire de relève", "Guy Simard"],
      ["une solution durable d’ici 2028", "le ministre des Transports"],
      [
        "Des promesses, on en a eu en 2022, en 2023, en 2024. Les gens de la Côte-Nord ne sont pas des " +
          "citoyens de seconde zone.",
        "Guy Simard",
      ],
      ["L’avion, c’est 400 $ quand il reste de la place. Le bateau, c’était 60 $.", "une infirmière"],
    ],
  }),
  {
    name:
      "TV Lux, vie locale : guillemets droits, présidente de coopérative « explique », deux femmes dans " +
      "un paragraphe puis « l’ancienne gérante », bourgmestre en fragment puis « le mayeur », « selon la " +
      "coopérative », retraité au prénom sans verbe, nom de magasin entre guillemets",
    headline: "Vaux-sur-Sûre : l'épicerie de Morhet rouvre grâce à 240 coopérateurs",
    paragraphs: [
      "Fermée depuis le départ à la retraite de ses gérants au printemps 2024, l'épicerie de Morhet a " +
        'rouvert ses portes samedi matin. Elle s\'appelle désormais "Le Panier de Morhet" et appartient ' +
        "à 240 coopérateurs, pour la plupart des habitants du village.",
      '"On avait perdu le dernier endroit où les gens se croisaient. Il fallait faire quelque chose", ' +
        "explique Anne-Catherine Gérard, présidente de la coopérative. Avec deux autres mamans de l'école " +
        "communale, elle a lancé l'appel aux parts en janvier.",
      "Derrière la caisse, Martine Lambert a repris du service à 61 ans. Pendant 32 ans, c'est elle qui " +
        "tenait le magasin avec son mari. \"Anne-Catherine m'a téléphoné un dimanche soir. Je lui ai dit " +
        "oui avant qu'elle ait fini sa phrase\", sourit l'ancienne gérante.",
      'Le bourgmestre, Jean-Marc Hubert, salue un projet "exemplaire pour toute la province". La ' +
        'commune met le bâtiment à disposition pour un loyer symbolique. "Un euro par mois. On ne ' +
        'pouvait pas faire moins", précise le mayeur.',
      "Les rayons font la part belle aux producteurs du coin : fromages de chèvre de Sibret, bières de " +
        'Rulles, pain cuit à Vaux-lez-Rosières. Selon la coopérative, "plus de 300 clients" sont passés ' +
        "le premier jour.",
      "Louis, 87 ans, repart avec un cabas bien rempli. Il n'a plus de voiture depuis deux ans. \"Avant, " +
        "c'était ma fille qui faisait mes courses à Bastogne. Maintenant, je viens à pied.\"",
    ],
    quotes: [
      [
        "On avait perdu le dernier endroit où les gens se croisaient. Il fallait faire quelque chose",
        "Anne-Catherine Gérard",
      ],
      [
        "Anne-Catherine m'a téléphoné un dimanche soir. Je lui ai dit oui avant qu'elle ait fini sa phrase",
        "Martine Lambert",
      ],
      ["exemplaire pour toute la province", "Jean-Marc Hubert"],
      ["Un euro par mois. On ne pouvait pas faire moins", "Jean-Marc Hubert"],
      ["plus de 300 clients", "la coopérative"],
      ["Avant, c'était ma fille qui faisait mes courses à Bastogne. Maintenant, je viens à pied.", "Louis"],
    ],
  },
  {
    name:
      "Bilan, entreprises : guillemets suisses sans espace, citation au titre différente de celle du " +
      "texte, directeur « explique » puis citation coupée par « affirme le quinquagénaire », syndicaliste " +
      "puis « le syndicat » en fragment, rapport annuel qui « évoquait », économiste anonyme, gamme " +
      "entre guillemets",
    todo:
      "«digne de ce nom» goes to Le syndicat, not Unia Vaud; «des mesures structurelles inévitables» " +
      "goes to le rapport, not le rapport annuel",
    headline: "«Le cacao a tué notre marge»: Chocolats Vuilleumier supprime 45 postes à Payerne",
    standfirst:
      "Le fabricant broyard, fondé en 1911, va transférer une partie de sa production en Slovaquie dès " +
      "l’été prochain.",
    paragraphs: [
      "C’est une page de l’histoire industrielle de la Broye qui se tourne. Chocolats Vuilleumier, connu " +
        "pour ses tablettes «Broye Noire» vendues dans tous les kiosques de Suisse romande, a annoncé " +
        "mardi la suppression de 45 de ses 210 emplois à Payerne.",
      "«En deux ans, le prix de la fève a triplé. Le cacao a tué notre marge, et nos clients refusent " +
        "de payer une tablette 8 francs», explique Pierre-Alain Vuilleumier, 56 ans, directeur général " +
        "et arrière-petit-fils du fondateur.",
      "«Les pralinés, les truffes, la recherche, tout reste à Payerne», affirme le quinquagénaire. " +
        "«Seules les tablettes d’entrée de gamme partiront à Bratislava.»",
      "«C’est un coup de massue pour la Broye. La direction a annoncé la nouvelle aux employés un " +
        "vendredi à 16 heures», dénonce Nadia Rossier, secrétaire régionale d’Unia Vaud. Le syndicat " +
        "exige un plan social «digne de ce nom» et la réintégration prioritaire des licenciés.",
      "La décision n’est pas une surprise totale. Selon le rapport annuel publié en avril, l’entreprise " +
        "a réalisé un chiffre d’affaires de 84 millions de francs en 2025, pour une marge opérationnelle " +
        "tombée à 1,2%. Le document évoquait déjà «des mesures structurelles inévitables».",
      "«Les chocolatiers de taille moyenne sont pris en étau entre les géants et les artisans. Ils " +
        "n’ont ni les volumes des uns ni les prix des autres», analyse un économiste de la Banque " +
        "cantonale vaudoise, qui souhaite rester anonyme.",
    ],
    quotes: [
      ["Le cacao a tué notre marge", "Pierre-Alain Vuilleumier"],
      [
        "En deux ans, le prix de la fève a triplé. Le cacao a tué notre marge, et nos clients refusent de " +
          "payer une tablette 8 francs",
        "Pierre-Alain Vuilleumier",
      ],
      ["Les pralinés, les truffes, la recherche, tout reste à Payerne", "Pierre-Alain Vuilleumier"],
      ["Seules les tablettes d’entrée de gamme partiront à Bratislava.", "Pierre-Alain Vuilleumier"],
      [
        "C’est un coup de massue pour la Broye. La direction a annoncé la nouvelle aux employés un " +
          "vendredi à 16 heures",
        "Nadia Rossier",
      ],
      ["digne de ce nom", "Unia Vaud"],
      ["des mesures structurelles inévitables", "le rapport annuel"],
      [
        "Les chocolatiers de taille moyenne sont pris en étau entre les géants et les artisans. Ils n’ont " +
          "ni les volumes des uns ni les prix des autres",
        "un économiste de la Banque cantonale vaudoise",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Messager, justice : nom d’opération entre guillemets, « selon l’arrêt » en fragment, accusé " +
      "décrit par son âge puis « a-t-il lancé », procureur et avocat dans un paragraphe puis « l’avocat », " +
      "avocate « Me » avec deux-points, lettre du maire sans nom, commerçante anonyme",
    headline: "Douala 3e : l’ex-receveur municipal condamné à dix ans de prison",
    paragraphs: [
      "Le Tribunal criminel spécial (TCS) a condamné jeudi à Yaoundé Emmanuel Ngando Ekwalla, ancien " +
        "receveur municipal de la commune d’arrondissement de Douala 3e, à dix ans d’emprisonnement ferme " +
        "pour le détournement de 287 millions de FCFA. Le dossier avait été ouvert en 2023 dans le sillage " +
        "de l’opération « Épervier ».",
      "Selon l’arrêt lu par la présidente de la collégialité, l’accusé « a sciemment encaissé les " +
        "droits de place des marchés sans les reverser au Trésor public » entre 2019 et 2022.",
      "Debout à la barre, l’ancien comptable de 58 ans a maintenu sa ligne de défense jusqu’au bout. " +
        "« Je n’ai jamais touché un franc de cet argent. Les ordres venaient d’en haut », a-t-il lancé, " +
        "la voix cassée.",
      "Le ministère public, représenté par Jean-Claude Owona Mbarga, avait requis quinze ans. Face à " +
        "lui, Me Serge Nkotto, conseil de la commune constituée partie civile, a réclamé le remboursement " +
        "intégral des sommes. « L’argent des marchés, c’est l’argent des vendeuses de beignets et des " +
        "moto-taximen », a martelé l’avocat.",
      "La défense entend faire appel. Me Alice Ngo Bilong, qui assiste l’accusé, ne mâche pas ses " +
        "mots : « Le tribunal a condamné un exécutant. Ceux qui ont donné les ordres dorment " +
        "tranquilles. »",
      "Dans une lettre adressée à notre rédaction, le maire de Douala 3e se félicite d’une décision qui " +
        "« rend justice aux contribuables de Ndokoti et de Logbaba ».",
      "Au marché de Ndokoti, la nouvelle a vite circulé entre les étals. « Dix ans, c’est bien. Mais " +
        "notre argent, qui va nous le rendre ? », s’interroge une commerçante.",
    ],
    quotes: [
      ["a sciemment encaissé les droits de place des marchés sans les reverser au Trésor public", "l’arrêt"],
      [
        "Je n’ai jamais touché un franc de cet argent. Les ordres venaient d’en haut",
        "Emmanuel Ngando Ekwalla",
      ],
      ["L’argent des marchés, c’est l’argent des vendeuses de beignets et des moto-taximen", "Serge Nkotto"],
      [
        "Le tribunal a condamné un exécutant. Ceux qui ont donné les ordres dorment tranquilles.",
        "Alice Ngo Bilong",
      ],
      ["rend justice aux contribuables de Ndokoti et de Logbaba", "le maire de Douala 3e"],
      ["Dix ans, c’est bien. Mais notre argent, qui va nous le rendre ?", "une commerçante"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Sahel, environnement : nom de programme et de groupement entre guillemets, officier nommé " +
      "avec grade « a indiqué », chef de village « selon lui », deux femmes dans un paragraphe " +
      "(deux-points puis « ajoute »), rapport de ministère, « pour le directeur régional » en fragment",
    todo:
      "«près de la moitié des terres agricoles du pay…» goes to Un rapport du ministère de " +
      "l’Environnement, not un rapport du ministère de l’Environnement; «reste atteignable, à " +
      "condition que chaque com…» goes to Un rapport du ministère de l’Environnement, not Abdoulaye " +
      "Hamani Garba",
    headline: "Tillabéri : 3 000 hectares de terres dégradées récupérés grâce aux demi-lunes",
    paragraphs: [
      "Lancé en 2021 dans la région de Tillabéri, le programme « Terres vivantes » a permis de " +
        "récupérer plus de 3 000 hectares de terres encroûtées, selon le bilan présenté mercredi à Kollo " +
        "en présence des autorités administratives et coutumières.",
      "« Il y a cinq ans, rien ne poussait ici. Aujourd’hui, nous récoltons du mil et du fourrage », a " +
        "indiqué le directeur régional de l’Environnement, le colonel Abdoulaye Hamani Garba, devant " +
        "un champ de demi-lunes verdoyant.",
      "Ces cuvettes en arc de cercle, creusées à la main, piègent l’eau de ruissellement et la matière " +
        "organique. Moussa Djibo, chef du village de Bani Kossey, en a fait creuser près de 2 000. Selon " +
        "lui, elles « retiennent l’humidité pendant trois semaines après chaque pluie ».",
      "Les femmes du groupement « Fandou Béri » se sont chargées de la vente du fourrage. Leur " +
        "présidente, Mariama Oumarou, explique : « Avec l’argent du foin, nous avons payé la scolarité " +
        "de quarante enfants. » « Avant, nos maris partaient en exode vers Niamey ou Cotonou dès octobre. " +
        "Cette année, beaucoup sont restés », ajoute Hadjara Moussa, trésorière du groupement.",
      "L’enjeu dépasse Tillabéri. Un rapport du ministère de l’Environnement publié en juin estime que " +
        "« près de la moitié des terres agricoles du pays sont touchées par la dégradation ».",
      "Pour le directeur régional, l’objectif de 10 000 hectares d’ici 2030 « reste atteignable, à " +
        "condition que chaque commune s’approprie la technique ».",
    ],
    quotes: [
      [
        "Il y a cinq ans, rien ne poussait ici. Aujourd’hui, nous récoltons du mil et du fourrage",
        "Abdoulaye Hamani Garba",
      ],
      ["retiennent l’humidité pendant trois semaines après chaque pluie", "Moussa Djibo"],
      ["Avec l’argent du foin, nous avons payé la scolarité de quarante enfants.", "Mariama Oumarou"],
      [
        "Avant, nos maris partaient en exode vers Niamey ou Cotonou dès octobre. Cette année, beaucoup " +
          "sont restés",
        "Hadjara Moussa",
      ],
      [
        "près de la moitié des terres agricoles du pays sont touchées par la dégradation",
        "un rapport du ministère de l’Environnement",
      ],
      [
        "reste atteignable, à condition que chaque commune s’approprie la technique",
        "Abdoulaye Hamani Garba",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Sciences et Avenir, science : guillemets ironiques et titre de revue, glaciologue « détaille », " +
      "incise à l’intérieur des guillemets, « les auteurs » en fragment, chercheur extérieur avec " +
      "deux-points, nom de programme entre guillemets, « prévient la glaciologue »",
    todo: "«thermomètre» taken for a quote",
    headline: "Dans les glaces du mont Blanc, la trace de la pollution romaine au plomb",
    paragraphs: [
      "Une carotte de glace de 126 mètres, extraite au col du Dôme, à 4 250 mètres d’altitude, a livré " +
        "deux mille ans d’histoire de l’air européen. Ce « thermomètre » naturel est aussi un registre " +
        "de la pollution, révèle une étude parue dans la revue « Proceedings of the National Academy of " +
        "Sciences ».",
      "« On voit très nettement le plomb augmenter au Ier siècle avant notre ère, au moment où les " +
        "mines d’argent de la péninsule Ibérique tournent à plein régime », détaille Hélène Marchetti, " +
        "glaciologue à l’Institut des géosciences de l’environnement de Grenoble et première autrice de " +
        "l’étude.",
      "Pour dater chaque couche, l’équipe s’est appuyée sur les cendres d’éruptions volcaniques connues. " +
        "« C’est un peu comme des marque-pages naturels, sourit la chercheuse. On sait exactement à quelle " +
        "année ils correspondent. »",
      "Le signal chute brutalement avec la peste antonine, à la fin du IIe siècle. Les auteurs écrivent " +
        "que la pollution au plomb « n’a retrouvé des niveaux comparables qu’au XIIe siècle », avec " +
        "l’essor des mines d’Allemagne centrale.",
      "Plus prudent, le géochimiste Andreas Kessler, de l’université de Berne, qui n’a pas participé aux " +
        "travaux, rappelle : « Les Alpes enregistrent d’abord la pollution régionale. Il faudra comparer " +
        "avec le Groenland avant de parler d’un signal européen. »",
      "Une partie de la carotte rejoindra l’Antarctique dans le cadre du programme « Ice Memory », qui " +
        "conserve des archives glaciaires pour les générations futures. « La glace des Alpes fond si " +
        "vite que certaines archives auront disparu avant qu’on ait appris à les lire », prévient la " +
        "glaciologue.",
    ],
    quotes: [
      [
        "On voit très nettement le plomb augmenter au Ier siècle avant notre ère, au moment où les mines " +
          "d’argent de la péninsule Ibérique tournent à plein régime",
        "Hélène Marchetti",
      ],
      [
        "C’est un peu comme des marque-pages naturels, sourit la chercheuse. On sait exactement à quelle " +
          "année ils correspondent.",
        "Hélène Marchetti",
      ],
      ["n’a retrouvé des niveaux comparables qu’au XIIe siècle", "Les auteurs"],
      [
        "Les Alpes enregistrent d’abord la pollution régionale. Il faudra comparer avec le Groenland " +
          "avant de parler d’un signal européen.",
        "Andreas Kessler",
      ],
      [
        "La glace des Alpes fond si vite que certaines archives auront disparu avant qu’on ait appris à " +
          "les lire",
        "Hélène Marchetti",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Pays d’Auge, faits divers : nom de domaine entre guillemets, producteur « raconte le " +
      "producteur », citation sur deux paragraphes puis « souffle-t-il », « selon la gendarmerie » en " +
      "fragment, enquêteur anonyme, président d’interprofession « alerte » puis fragment",
    headline: "Cambremer : 400 bouteilles de vieux calvados volées dans un chai",
    paragraphs: [
      "Les faits se sont produits dans la nuit de samedi à dimanche, au domaine « Le Clos des " +
        "Aubépines », sur la route de Saint-Ouen-le-Pin. Les cambrioleurs ont emporté quelque 400 " +
        "bouteilles, pour une valeur estimée à plus de 60 000 euros.",
      "Arnaud Lecoq, 46 ans, a découvert la porte du chai fracturée dimanche à 7 heures. « Ils savaient " +
        "exactement ce qu’ils cherchaient. Ils ont laissé les bouteilles récentes et pris uniquement les " +
        "vieux millésimes », raconte le producteur.",
      "Parmi les bouteilles volées figurent des hors d’âge de 1973 et de 1985, vendus jusqu’à 350 euros " +
        "pièce. « Certaines venaient de mon grand-père. Celles-là, je ne les reverrai jamais.",
      "« L’argent, l’assurance le remboursera peut-être. Mais l’histoire de la maison, non », " +
        "souffle-t-il.",
      "Selon la gendarmerie, les malfaiteurs « ont vraisemblablement utilisé un fourgon » garé dans " +
        "le chemin qui longe les vergers. Un enquêteur de la compagnie de Lisieux évoque « une équipe " +
        "organisée, qui avait fait des repérages ».",
      "Ce n’est pas le premier vol dans le secteur : en mars, un producteur de Beuvron-en-Auge s’était " +
        "fait dérober une cinquantaine de bouteilles. « Les vieux calvados se revendent très bien à " +
        "l’étranger, notamment en Asie », alerte Didier Hérout, président de l’interprofession, qui " +
        "appelle les distillateurs à « ne plus laisser leurs stocks dans des chais sans alarme ».",
    ],
    quotes: [
      [
        "Ils savaient exactement ce qu’ils cherchaient. Ils ont laissé les bouteilles récentes et pris " +
          "uniquement les vieux millésimes",
        "Arnaud Lecoq",
      ],
      ["Certaines venaient de mon grand-père. Celles-là, je ne les reverrai jamais.", "Arnaud Lecoq"],
      ["L’argent, l’assurance le remboursera peut-être. Mais l’histoire de la maison, non", "Arnaud Lecoq"],
      ["ont vraisemblablement utilisé un fourgon", "la gendarmerie"],
      ["une équipe organisée, qui avait fait des repérages", "Un enquêteur de la compagnie de Lisieux"],
      ["Les vieux calvados se revendent très bien à l’étranger, notamment en Asie", "Didier Hérout"],
      ["ne plus laisser leurs stocks dans des chais sans alarme", "Didier Hérout"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Quotidien de la Réunion, sport : citation au titre d’un coureur nommé dans le texte, surnom de " +
      "course entre guillemets, « le vainqueur » puis « l’Espagnol », point d’exclamation avant " +
      "« a-t-elle raconté », président en fragment, médecin-chef sans nom, supportrice anonyme",
    todo: "«J’ai fait une erreur de débutant. J’ai voulu …» goes to l’Espagnol, not Pau Ribas",
    headline: "Diagonale des Fous : « Le Maïdo m’a fait pleurer »",
    paragraphs: [
      "Ludovic Grondin a remporté dimanche le Grand Raid de La Réunion, surnommé « la Diagonale des " +
        "Fous », en 22 h 41 min, au terme de 175 km et de 10 000 m de dénivelé positif entre " +
        "Saint-Pierre et Saint-Denis. Le Saint-Paulois de 31 ans est le premier Réunionnais à " +
        "s’imposer depuis 2019.",
      "« Dans la montée du Maïdo, j’ai pensé à mon père, qui m’emmenait marcher là-haut quand j’étais " +
        "petit. Le Maïdo m’a fait pleurer, mais il m’a aussi porté », a confié le vainqueur sur la " +
        "ligne d’arrivée du stade de La Redoute.",
      "Longtemps en tête, le Catalan Pau Ribas a craqué dans Mafate. « J’ai fait une erreur de " +
        "débutant. J’ai voulu gagner à Cilaos, alors que la course commence à Cilaos », a reconnu " +
        "l’Espagnol, finalement deuxième à 38 minutes.",
      "Chez les femmes, Émilie Dijoux, infirmière au CHU de Saint-Pierre, s’est imposée en 27 h 12 min. " +
        "« Je ne savais même pas que j’étais en tête avant Deux-Bras. C’est un bénévole qui me l’a " +
        "dit ! » a-t-elle raconté en riant.",
      "Le président de l’association Grand Raid, Bernard Fontaine, a qualifié cette 33e édition de " +
        "« la plus chaude de l’histoire de la course ». Le médecin-chef de l’épreuve a fait état d’« une " +
        "quarantaine d’évacuations, sans gravité pour la plupart ».",
      "À La Redoute, des centaines de supporters attendaient le vainqueur depuis l’aube. « Ludo, c’est " +
        "l’enfant du pays. On l’a vu grandir au club de Saint-Paul », lance une supportrice, drapeau " +
        "réunionnais sur les épaules.",
    ],
    quotes: [
      ["Le Maïdo m’a fait pleurer", "Ludovic Grondin"],
      [
        "Dans la montée du Maïdo, j’ai pensé à mon père, qui m’emmenait marcher là-haut quand j’étais " +
          "petit. Le Maïdo m’a fait pleurer, mais il m’a aussi porté",
        "Ludovic Grondin",
      ],
      [
        "J’ai fait une erreur de débutant. J’ai voulu gagner à Cilaos, alors que la course commence à " +
          "Cilaos",
        "Pau Ribas",
      ],
      [
        "Je ne savais même pas que j’étais en tête avant Deux-Bras. C’est un bénévole qui me l’a dit !",
        "Émilie Dijoux",
      ],
      ["la plus chaude de l’histoire de la course", "Bernard Fontaine"],
      ["une quarantaine d’évacuations, sans gravité pour la plupart", "Le médecin-chef de l’épreuve"],
      ["Ludo, c’est l’enfant du pays. On l’a vu grandir au club de Saint-Paul", "une supportrice"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Nouvelle République des Pyrénées, santé : nom de véhicule entre guillemets, « selon l’agence " +
      "régionale de santé » en fragment, « le Dr » puis « la praticienne », retraité « explique le " +
      "retraité », Département en fragment, syndicaliste « tranche » puis « selon lui »",
    headline: "Hautes-Pyrénées : un bus dentaire pour les vallées sans dentiste",
    paragraphs: [
      "Le « Dentibus » a effectué lundi sa première tournée, sur la place du marché d’Arrens-Marsous, " +
        "dans le val d’Azun. Ce cabinet dentaire ambulant sillonnera chaque semaine cinq vallées du " +
        "département.",
      "Selon l’agence régionale de santé Occitanie, les Hautes-Pyrénées comptent « 41 chirurgiens-" +
        "dentistes pour 100 000 habitants, contre 65 en moyenne nationale ».",
      "À bord, le Dr Claire Abadie, 34 ans, a reçu quatorze patients dans la journée. « Certains " +
        "n’avaient pas vu de dentiste depuis dix ans. Ce matin, j’ai fait trois extractions qu’on aurait " +
        "pu éviter », constate la praticienne.",
      "Jean-Louis Fourcade, 72 ans, est descendu de Bun pour une couronne fêlée. « Le dernier dentiste " +
        "d’Argelès a pris sa retraite en 2021. À Tarbes, c’est six mois d’attente et une heure de " +
        "route », explique le retraité.",
      "Le Département, qui finance le véhicule à hauteur de 450 000 euros, dit vouloir « pérenniser le " +
        "dispositif au-delà de 2027 ».",
      "« C’est une rustine, pas une solution », tranche toutefois Patrick Duffau, président " +
        "départemental des Chirurgiens-dentistes de France. Selon lui, il faudrait « former des dentistes " +
        "à Pau et leur proposer de s’installer dans les vallées dès la fin de leurs études ».",
    ],
    quotes: [
      [
        "41 chirurgiens-dentistes pour 100 000 habitants, contre 65 en moyenne nationale",
        "l’agence régionale de santé Occitanie",
      ],
      [
        "Certains n’avaient pas vu de dentiste depuis dix ans. Ce matin, j’ai fait trois extractions " +
          "qu’on aurait pu éviter",
        "Claire Abadie",
      ],
      [
        "Le dernier dentiste d’Argelès a pris sa retraite en 2021. À Tarbes, c’est six mois d’attente et " +
          "une heure de route",
        "Jean-Louis Fourcade",
      ],
      ["pérenniser le dispositif au-delà de 2027", "Le Département"],
      ["C’est une rustine, pas une solution", "Patrick Duffau"],
      [
        "former des dentistes à Pau et leur proposer de s’installer dans les vallées dès la fin de leurs " +
          "études",
        "Patrick Duffau",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Nation, éducation : ministre « a déclaré » avec deux-points puis citation coupée par « a " +
      "expliqué le ministre », terme défini entre guillemets, compte rendu du Conseil des ministres, " +
      "jeune enseignante « se réjouit la jeune femme », syndicaliste « a-t-il prévenu », parent anonyme " +
      "avec « selon »",
    todo:
      "«bénéficieront d’une formation continue de six…» goes to Le compte rendu du Conseil des " +
      "ministres du 3, not Le compte rendu du Conseil des ministres du 3 septembre; «aspirants» taken " +
      "for a quote",
    headline: "Rentrée scolaire : 4 500 nouveaux enseignants déployés dans les collèges du Nord",
    paragraphs: [
      "Le gouvernement a procédé mardi à Parakou à l’installation officielle de 4 500 enseignants " +
        "nouvellement recrutés, affectés pour la plupart dans les départements du Borgou, de l’Alibori, " +
        "de l’Atacora et de la Donga.",
      "Le ministre des Enseignements secondaire, technique et de la Formation professionnelle, Comlan " +
        "Hyppolite Dossa, a déclaré : « Aucune classe du Nord ne doit rester sans professeur de " +
        "mathématiques cette année. »",
      "« Nous avons recruté en priorité des jeunes originaires des départements concernés », a " +
        "expliqué le ministre, « parce qu’ils connaissent les langues locales et ne demandent pas leur " +
        "mutation au bout d’un an ».",
      "Ces recrues, que l’administration appelle les « aspirants », signeront un contrat de trois ans. " +
        "Le compte rendu du Conseil des ministres du 3 septembre précise qu’elles « bénéficieront d’une " +
        "formation continue de six mois à l’École normale supérieure de Natitingou ».",
      "Adjaratou Sanni, 26 ans, licenciée en physique, a été affectée au CEG de Kalalé. « Je suis née " +
        "à Nikki, à soixante kilomètres d’ici. Enseigner chez moi, c’est une fierté », se réjouit la " +
        "jeune femme.",
      "Dieudonné Akplogan, secrétaire général de la Fédération des syndicats de l’éducation nationale, " +
        "salue l’effort tout en pointant la précarité des contrats. « Un enseignant sans statut, payé " +
        "90 000 francs CFA, ne restera pas longtemps à Kalalé », a-t-il prévenu.",
      "Devant le CEG 1 de Parakou, les parents se montrent surtout soulagés. Selon un père de famille, " +
        "« l’essentiel, c’est que nos enfants aient enfin un professeur de SVT dès la rentrée ».",
    ],
    quotes: [
      [
        "Aucune classe du Nord ne doit rester sans professeur de mathématiques cette année.",
        "Comlan Hyppolite Dossa",
      ],
      [
        "Nous avons recruté en priorité des jeunes originaires des départements concernés",
        "Comlan Hyppolite Dossa",
      ],
      [
        "parce qu’ils connaissent les langues locales et ne demandent pas leur mutation au bout d’un an",
        "Comlan Hyppolite Dossa",
      ],
      [
        "bénéficieront d’une formation continue de six mois à l’École normale supérieure de Natitingou",
        "Le compte rendu du Conseil des ministres du 3 septembre",
      ],
      [
        "Je suis née à Nikki, à soixante kilomètres d’ici. Enseigner chez moi, c’est une fierté",
        "Adjaratou Sanni",
      ],
      [
        "Un enseignant sans statut, payé 90 000 francs CFA, ne restera pas longtemps à Kalalé",
        "Dieudonné Akplogan",
      ],
      [
        "l’essentiel, c’est que nos enfants aient enfin un professeur de SVT dès la rentrée",
        "un père de famille",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
