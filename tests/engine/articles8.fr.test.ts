// An eighth round of composed French articles, written before the engine was run on them, in the styles of
// outlets and beats the first seven rounds (articles.fr to articles7.fr) did not use: a market move in La
// Nouvelle République, drought restrictions in L’Alsace, a deputy leaving her group in Le Nouvel Obs, lichens
// as pollution sensors on France Inter, rural doctors in Le Vif, an investment fraud trial in the Tribune de
// Genève, a film festival opening in Le Quotidien d’Oran, job cuts at a supplier in Le Maine libre, a
// neighbour's rescue in Le Journal de Saône-et-Loire and a Ligue 1 comeback in L’Équipe. Every article is
// invented for these tests; speakers follow the corpus guidelines (the fullest name the article gives,
// without title; a body or document as named; the shortest description that identifies an unnamed source).
import { type ArticleCase, runArticles } from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name:
      "La Nouvelle République, local : maire nommé puis « l’édile », riverain avec âge, association, " +
      "conseil municipal",
    headline: "Tours : le marché des Halles déménage, les commerçants « inquiets pour l’hiver »",
    standfirst:
      "Les étals quitteront la place Gaston-Pailhou le temps des travaux. Les commerçants redoutent de " +
      "perdre leur clientèle.",
    paragraphs: [
      "C’est officiel depuis le conseil municipal de lundi soir : le marché alimentaire des Halles " +
        "quittera la place Gaston-Pailhou pendant les dix-huit mois de travaux de rénovation du bâtiment. " +
        "Les étals seront installés boulevard Béranger à partir du 3 février.",
      "« Nous avons étudié cinq emplacements. Celui-ci est le seul qui permette de garder tous les " +
        "commerçants ensemble et d’assurer les livraisons », a expliqué le maire, Emmanuel Dorval, devant " +
        "les élus. L’édile a promis des « abris chauffés » pour les commerçants de bouche.",
      "Sur place, mardi matin, l’annonce passait mal. Fromager aux Halles depuis 1998, Patrick Lhomme, 61 " +
        "ans, ne décolère pas. « On va se retrouver sous des barnums en plein mois de février, avec le " +
        "vent qui s’engouffre dans le boulevard. Les clients âgés ne viendront pas jusque-là. »",
      "Même inquiétude chez sa voisine, Nadia Ferhat, qui tient un stand de fruits et légumes. « On nous " +
        "parle d’abris chauffés, mais personne ne nous a montré les plans. Nous sommes inquiets pour " +
        "l’hiver », souffle-t-elle.",
      "L’association des commerçants des Halles a demandé un rendez-vous en mairie. Dans un communiqué, " +
        "elle réclame « une compensation financière » pour les pertes de chiffre d’affaires, qu’elle " +
        "estime à 30 % sur la durée du chantier.",
      "L’opposition municipale a voté contre la délibération. Pour son chef de file, Olivier Barreau, le " +
        "calendrier est « précipité » : « Il fallait commencer par les commerçants, pas par les " +
        "bétonnières. »",
      "Les travaux, d’un montant de 14 millions d’euros, doivent s’achever à l’été 2027.",
    ],
    quotes: [
      ["inquiets pour l’hiver", "Nadia Ferhat"],
      [
        "Nous avons étudié cinq emplacements. Celui-ci est le seul qui permette de garder tous les " +
          "commerçants ensemble et d’assurer les livraisons",
        "Emmanuel Dorval",
      ],
      ["abris chauffés", "Emmanuel Dorval"],
      [
        "On va se retrouver sous des barnums en plein mois de février, avec le vent qui s’engouffre dans " +
          "le boulevard. Les clients âgés ne viendront pas jusque-là.",
        "Patrick Lhomme",
      ],
      [
        "On nous parle d’abris chauffés, mais personne ne nous a montré les plans. Nous sommes inquiets " +
          "pour l’hiver",
        "Nadia Ferhat",
      ],
      ["une compensation financière", "L’association des commerçants des Halles"],
      ["précipité", "Olivier Barreau"],
      ["Il fallait commencer par les commerçants, pas par les bétonnières.", "Olivier Barreau"],
    ],
  },
  {
    name:
      "L’Alsace, environnement : préfecture et arrêté, hydrologue, agriculteur « dit-il », incise dans les " +
      "guillemets",
    todo:
      "a document as subject (« L’arrêté […] interdit ») " +
      "loses its quote to a group named in the standfirst",
    headline: "Sécheresse : le Haut-Rhin passe en alerte renforcée",
    standfirst:
      "Quarante-deux communes du Sundgau sont concernées par les restrictions d’eau. Les agriculteurs " +
      "s’inquiètent pour le maïs.",
    paragraphs: [
      "La préfecture du Haut-Rhin a placé jeudi quarante-deux communes du Sundgau et du secteur de la " +
        "Largue en alerte renforcée sécheresse. L’arrêté, affiché dans les mairies, interdit « l’arrosage " +
        "des pelouses, le lavage des véhicules hors station et le remplissage des piscines privées » " +
        "jusqu’au 30 septembre au moins.",
      "Le débit de l’Ill à Altkirch est tombé à un niveau « jamais observé à cette période depuis 1976 », " +
        "selon Mathilde Keller, hydrologue au service de prévision des crues. « Les nappes n’ont pas été " +
        "rechargées cet hiver. Même s’il pleut en août, cela ne suffira pas », prévient la scientifique.",
      "Dans les champs, les maïs ont déjà souffert. À Hirsingue, Jean-Luc Schmitt cultive quatre-vingts " +
        "hectares avec son fils Thomas. « On irrigue la nuit, comme on nous l’a demandé. Mais si on nous " +
        "coupe l’eau complètement, on perd la récolte », dit-il.",
      "Son fils se montre plus nuancé. « On ne peut pas continuer à faire du maïs comme il y a trente ans, " +
        "reconnaît Thomas Schmitt. On teste le sorgho sur dix hectares cette année. »",
      "Les contrôles seront renforcés, a fait savoir la préfecture, qui rappelle que les contrevenants " +
        "s’exposent à une amende de 1 500 euros.",
      "Du côté des communes, on s’organise. À Dannemarie, la maire, Sylvie Brunner, a fait couper les " +
        "fontaines. « C’est symbolique, mais il faut montrer l’exemple », explique-t-elle.",
    ],
    quotes: [
      [
        "l’arrosage des pelouses, le lavage des véhicules hors station et le remplissage des piscines " +
          "privées",
        "L’arrêté",
      ],
      ["jamais observé à cette période depuis 1976", "Mathilde Keller"],
      [
        "Les nappes n’ont pas été rechargées cet hiver. Même s’il pleut en août, cela ne suffira pas",
        "Mathilde Keller",
      ],
      [
        "On irrigue la nuit, comme on nous l’a demandé. Mais si on nous coupe l’eau complètement, on perd " +
          "la récolte",
        "Jean-Luc Schmitt",
      ],
      [
        "On ne peut pas continuer à faire du maïs comme il y a trente ans, reconnaît Thomas Schmitt. On " +
          "teste le sorgho sur dix hectares cette année.",
        "Thomas Schmitt",
      ],
      ["C’est symbolique, mais il faut montrer l’exemple", "Sylvie Brunner"],
    ],
  },
  {
    name:
      "Le Nouvel Obs, politique : titre entre guillemets, « selon un proche », députée citée puis pronom, " +
      "Premier ministre",
    headline: "« Je ne serai pas la caution de ce gouvernement » : Louise Arnaud claque la porte du groupe",
    paragraphs: [
      "La nouvelle a surpris jusque dans son propre camp. Mardi matin, la députée de la Gironde Louise " +
        "Arnaud a annoncé qu’elle quittait le groupe Renouveau à l’Assemblée nationale, dont elle était " +
        "l’une des vice-présidentes. « Je ne serai pas la caution de ce gouvernement », a-t-elle écrit " +
        "dans une lettre adressée à ses collègues, que « l’Obs » a pu consulter.",
      "En cause, le projet de loi sur l’immigration présenté la semaine dernière en Conseil des ministres. " +
        "Dans sa lettre, l’élue dénonce un texte qui « reprend mot pour mot des propositions que nous " +
        "combattions il y a deux ans ».",
      "Selon un proche, la décision était mûrie depuis plusieurs semaines. « Elle a essayé de peser de " +
        "l’intérieur. Elle a compris qu’on ne l’écoutait plus », confie-t-il.",
      "Le président du groupe, Marc Vidal, a dit « regretter » ce départ, tout en minimisant sa portée. « " +
        "Nous restons le premier groupe de la majorité. Chacun est libre de sa conscience », a-t-il " +
        "déclaré devant la presse dans la salle des Quatre-Colonnes.",
      "À Matignon, on affiche la même sérénité. Interrogé sur France Info, le Premier ministre, Bertrand " +
        "Leclerc, s’est borné à souhaiter « bonne route » à la députée.",
      "Louise Arnaud, elle, n’exclut pas de rejoindre un autre groupe. « Je prendrai le temps de discuter " +
        "avec tout le monde, sauf avec ceux qui ont voté ce texte », a-t-elle indiqué au Nouvel Obs mardi " +
        "soir.",
    ],
    quotes: [
      ["Je ne serai pas la caution de ce gouvernement", "Louise Arnaud"],
      ["reprend mot pour mot des propositions que nous combattions il y a deux ans", "Louise Arnaud"],
      ["Elle a essayé de peser de l’intérieur. Elle a compris qu’on ne l’écoutait plus", "un proche"],
      ["regretter", "Marc Vidal"],
      ["Nous restons le premier groupe de la majorité. Chacun est libre de sa conscience", "Marc Vidal"],
      ["bonne route", "Bertrand Leclerc"],
      [
        "Je prendrai le temps de discuter avec tout le monde, sauf avec ceux qui ont voté ce texte",
        "Louise Arnaud",
      ],
    ],
  },
  {
    name:
      "France Inter, science : chercheuse CNRS, étude qui « montre », coauteur, « explique-t-il au micro " +
      "», tirets de dialogue non",
    todo:
      "a speaker named after « explique au micro de France Inter » in an inverted attribution loses to a " +
      "journal's name in the paragraph before",
    headline: "Des lichens capables de mesurer la pollution de l’air mieux que des capteurs",
    paragraphs: [
      "Ils poussent sur les troncs des platanes, sur les murs des écoles, et personne ne les remarque. " +
        "Pourtant, les lichens pourraient devenir les meilleurs alliés des villes pour surveiller la " +
        "qualité de l’air. C’est ce qu’affirme une étude publiée mercredi dans la revue Nature Cities par " +
        "une équipe franco-suisse.",
      "« Un lichen, c’est une éponge. Il absorbe tout ce qu’il y a dans l’air, il ne peut pas s’en " +
        "protéger, et il garde la mémoire de plusieurs mois d’exposition », explique au micro de France " +
        "Inter Claire Dumoulin, écologue au CNRS et première autrice de l’étude.",
      "Les chercheurs ont prélevé des lichens sur 340 arbres à Lyon et à Genève, et comparé leur " +
        "composition aux mesures des stations officielles. L’étude montre que les lichens permettent de " +
        "cartographier la pollution « à l’échelle de la rue », là où les capteurs ne donnent qu’une " +
        "moyenne par quartier.",
      "Son collègue de l’université de Genève, Raphaël Zbinden, insiste sur le coût. « Une station de " +
        "mesure, c’est plusieurs dizaines de milliers d’euros. Un prélèvement de lichen coûte quelques " +
        "euros d’analyse », souligne-t-il.",
      "Tous les scientifiques ne sont pas convaincus. Pour Antoine Ravel, ingénieur chez Atmo " +
        "Auvergne-Rhône-Alpes, la méthode reste « complémentaire, pas concurrente ». « Les lichens ne " +
        "disent rien des pics de pollution d’une journée. Or c’est ce qui compte pour les alertes " +
        "sanitaires. »",
      "L’équipe de Claire Dumoulin espère lancer l’an prochain un programme de sciences participatives, " +
        "pour que des collégiens récoltent eux-mêmes les échantillons.",
    ],
    quotes: [
      [
        "Un lichen, c’est une éponge. Il absorbe tout ce qu’il y a dans l’air, il ne peut pas s’en " +
          "protéger, et il garde la mémoire de plusieurs mois d’exposition",
        "Claire Dumoulin",
      ],
      ["à l’échelle de la rue", "L’étude"],
      [
        "Une station de mesure, c’est plusieurs dizaines de milliers d’euros. Un prélèvement de lichen " +
          "coûte quelques euros d’analyse",
        "Raphaël Zbinden",
      ],
      ["complémentaire, pas concurrente", "Antoine Ravel"],
      [
        "Les lichens ne disent rien des pics de pollution d’une journée. Or c’est ce qui compte pour les " +
          "alertes sanitaires.",
        "Antoine Ravel",
      ],
    ],
  },
  {
    name:
      "Le Vif, santé : ministre fédéral, médecin généraliste avec ville, Mutualités, patient, pronom « " +
      "selon elle »",
    todo:
      "«Les effets se feront sentir, mais il faut dix…» goes to Frank Vandenbroucke, not le cabinet " +
      "du ministre de la Santé",
    headline: "Pénurie de généralistes : la Wallonie lance des primes à l’installation",
    standfirst:
      "Une prime de 25 000 euros attend les médecins qui s’installent dans les zones en pénurie. Les " +
      "mutualités demandent davantage.",
    paragraphs: [
      "Ils sont de moins en moins nombreux, et de plus en plus âgés. En province de Luxembourg, un médecin " +
        "généraliste sur trois a plus de 60 ans. Pour enrayer l’hémorragie, le gouvernement wallon a " +
        "adopté jeudi une prime de 25 000 euros pour les jeunes médecins qui s’installent dans une zone en " +
        "pénurie.",
      "« Ce n’est pas une solution miracle, mais c’est un signal. Nous voulons dire aux jeunes médecins " +
        "que la Wallonie rurale a besoin d’eux », a déclaré la ministre wallonne de la Santé, Véronique " +
        "Lambotte.",
      "À Bastogne, le docteur Pierre Hennaux, 64 ans, attend un successeur depuis quatre ans. « J’ai 2 200 " +
        "patients. Si je pars demain, la moitié n’aura plus de médecin. Alors je reste », raconte-t-il. Sa " +
        "consœur Julie Hennaux, sa fille, exerce à Liège et ne compte pas revenir. Selon elle, la prime « " +
        "ne pèse pas lourd face à l’isolement et aux gardes de week-end ».",
      "Les Mutualités chrétiennes saluent la mesure mais la jugent insuffisante. Dans un communiqué, elles " +
        "rappellent que « le problème est d’abord celui des quotas INAMI, qui relèvent du fédéral ».",
      "Au fédéral, justement, le cabinet du ministre de la Santé, Frank Vandenbroucke, fait valoir que les " +
        "quotas ont été relevés de 30 % depuis 2022. « Les effets se feront sentir, mais il faut dix ans " +
        "pour former un médecin », y indique-t-on.",
      "En attendant, certains patients font des dizaines de kilomètres. Marie-Claire, 78 ans, habite " +
        "Vielsalm. « Mon médecin a pris sa retraite en mars. Le plus proche qui prend encore de nouveaux " +
        "patients est à Saint-Vith », soupire-t-elle.",
    ],
    quotes: [
      [
        "Ce n’est pas une solution miracle, mais c’est un signal. Nous voulons dire aux jeunes médecins " +
          "que la Wallonie rurale a besoin d’eux",
        "Véronique Lambotte",
      ],
      [
        "J’ai 2 200 patients. Si je pars demain, la moitié n’aura plus de médecin. Alors je reste",
        "Pierre Hennaux",
      ],
      ["ne pèse pas lourd face à l’isolement et aux gardes de week-end", "Julie Hennaux"],
      [
        "le problème est d’abord celui des quotas INAMI, qui relèvent du fédéral",
        "Les Mutualités chrétiennes",
      ],
      [
        "Les effets se feront sentir, mais il faut dix ans pour former un médecin",
        "le cabinet du ministre de la Santé",
      ],
      [
        "Mon médecin a pris sa retraite en mars. Le plus proche qui prend encore de nouveaux patients est " +
          "à Saint-Vith",
        "Marie-Claire",
      ],
    ],
  },
  {
    name:
      "Tribune de Genève, tribunal : procureur, prévenu « a-t-il affirmé », avocate, présidente, " +
      "guillemets « » sans espaces fines",
    todo:
      "a short partial quote in marks without inner spaces («sûrs et discrets») in the first sentence is " +
      "not found",
    headline: "Escroquerie aux faux placements: trois ans requis contre un ancien gérant de fortune",
    paragraphs: [
      "Il se présentait comme un spécialiste des placements «sûrs et discrets». Devant le Tribunal " +
        "correctionnel de Genève, mardi, l’ancien gérant de fortune Laurent Girardet, 52 ans, a dû " +
        "répondre d’escroquerie par métier et de faux dans les titres. Entre 2016 et 2021, il aurait " +
        "détourné près de 4,8 millions de francs confiés par une trentaine de clients.",
      "Le procureur Yves Bertossa a requis trois ans de prison, dont dix-huit mois ferme. «Le prévenu a " +
        "exploité la confiance de personnes âgées, parfois veuves, qui n’avaient aucune raison de se " +
        "méfier», a-t-il plaidé.",
      "Parmi les parties plaignantes, une retraitée de Carouge a perdu l’essentiel de ses économies. «Il " +
        "venait prendre le thé chez moi. Il connaissait le prénom de mes petits-enfants», a-t-elle " +
        "raconté, la voix brisée.",
      "Laurent Girardet a reconnu des «erreurs de gestion», mais contesté toute intention de tromper. " +
        "«J’ai toujours cru que les marchés allaient remonter et que je rembourserais tout le monde», " +
        "a-t-il affirmé.",
      "Son avocate, Me Sophie Haldimann, a demandé une peine entièrement assortie du sursis. «Mon client " +
        "n’a pas mené grand train. L’argent a été perdu, pas dépensé», a-t-elle soutenu.",
      "La présidente du tribunal, Catherine Rochat, rendra le jugement vendredi.",
    ],
    quotes: [
      ["sûrs et discrets", "Laurent Girardet"],
      [
        "Le prévenu a exploité la confiance de personnes âgées, parfois veuves, qui n’avaient aucune " +
          "raison de se méfier",
        "Yves Bertossa",
      ],
      [
        "Il venait prendre le thé chez moi. Il connaissait le prénom de mes petits-enfants",
        "une retraitée de Carouge",
      ],
      ["erreurs de gestion", "Laurent Girardet"],
      [
        "J’ai toujours cru que les marchés allaient remonter et que je rembourserais tout le monde",
        "Laurent Girardet",
      ],
      ["Mon client n’a pas mené grand train. L’argent a été perdu, pas dépensé", "Sophie Haldimann"],
    ],
  },
  {
    name:
      "Le Quotidien d’Oran, culture : réalisateur, titre de film entre guillemets (pas une citation), " +
      "actrice, directeur du festival",
    headline: "Festival du film arabe d’Oran : « El Bahri » ouvre le bal",
    paragraphs: [
      "C’est devant une salle comble que le Festival international du film arabe d’Oran a ouvert, samedi " +
        "soir, sa quatorzième édition à la salle Maghreb. Le film d’ouverture, « El Bahri », premier long " +
        "métrage du réalisateur oranais Amine Benaouda, raconte le quotidien d’un pêcheur du port de " +
        "Mostaganem.",
      "« J’ai grandi au milieu des filets. Je voulais filmer ces hommes qu’on ne voit jamais, ceux qui " +
        "partent à trois heures du matin et rentrent avec presque rien », a déclaré le cinéaste lors de la " +
        "présentation.",
      "L’actrice principale, Lynda Kaci, a salué « un tournage difficile mais fraternel ». « On a passé " +
        "des nuits entières en mer. Les pêcheurs nous ont appris à tenir debout sur un bateau », a-t-elle " +
        "confié à la presse.",
      "Le commissaire du festival, Mohamed Zerrouki, s’est félicité du retour du public. « Nous avons reçu " +
        "plus de deux cents films cette année. Oran redevient une capitale du cinéma arabe », a-t-il " +
        "affirmé dans son discours d’ouverture.",
      "Douze films sont en compétition pour le Wihr d’or, dont trois productions algériennes. Le jury est " +
        "présidé par la réalisatrice tunisienne Raja Amari.",
      "Le public a réservé une longue ovation à l’équipe du film. « C’est notre ville, notre mer. Enfin " +
        "quelqu’un les montre », lançait à la sortie un spectateur, ancien marin.",
    ],
    quotes: [
      [
        "J’ai grandi au milieu des filets. Je voulais filmer ces hommes qu’on ne voit jamais, ceux qui " +
          "partent à trois heures du matin et rentrent avec presque rien",
        "Amine Benaouda",
      ],
      ["un tournage difficile mais fraternel", "Lynda Kaci"],
      [
        "On a passé des nuits entières en mer. Les pêcheurs nous ont appris à tenir debout sur un bateau",
        "Lynda Kaci",
      ],
      [
        "Nous avons reçu plus de deux cents films cette année. Oran redevient une capitale du cinéma arabe",
        "Mohamed Zerrouki",
      ],
      ["C’est notre ville, notre mer. Enfin quelqu’un les montre", "un spectateur"],
    ],
  },
  {
    name:
      "Le Maine libre, économie : PDG, délégué syndical CGT, préfète, communiqué du groupe, citation avant " +
      "et après",
    headline: "Le Mans : l’équipementier Sodimef supprime 120 postes",
    standfirst:
      "Le site sarthois de l’équipementier perdra près d’un tiers de ses effectifs. Les syndicats " +
      "appellent à un débrayage.",
    paragraphs: [
      "Le couperet est tombé mercredi matin, lors d’un comité social et économique extraordinaire. " +
        "L’équipementier automobile Sodimef va supprimer 120 des 410 postes de son usine de la zone " +
        "industrielle sud du Mans d’ici la fin de l’année.",
      "Dans un communiqué, le groupe invoque « un effondrement des commandes de pièces pour moteurs " +
        "thermiques » et « la nécessité d’adapter le site à la transition vers l’électrique ».",
      "Le directeur général, Hervé Castaing, venu de Lyon pour l’occasion, a assuré que l’usine n’était " +
        "pas menacée. « Le site du Mans a un avenir. Nous y investirons 15 millions d’euros dans une ligne " +
        "de batteries d’ici 2027 », a-t-il affirmé.",
      "Un discours qui ne convainc pas les syndicats. « On nous a déjà fait le coup en 2019. On avait " +
        "promis des investissements, on a eu un plan social », rappelle Frédéric Gaudin, délégué CGT, qui " +
        "appelle à un débrayage vendredi.",
      "Sa collègue de FO, Sandrine Gaudin – aucun lien de parenté –, veut croire à des départs " +
        "volontaires. « La moyenne d’âge est de 49 ans. Beaucoup de salariés sont proches de la retraite " +
        "», estime-t-elle.",
      "La préfète de la Sarthe, Anne Lefèvre, a reçu jeudi les représentants du personnel. Elle a demandé " +
        "à la direction « un plan de reclassement à la hauteur ».",
    ],
    quotes: [
      ["un effondrement des commandes de pièces pour moteurs thermiques", "Sodimef"],
      ["la nécessité d’adapter le site à la transition vers l’électrique", "Sodimef"],
      [
        "Le site du Mans a un avenir. Nous y investirons 15 millions d’euros dans une ligne de batteries " +
          "d’ici 2027",
        "Hervé Castaing",
      ],
      [
        "On nous a déjà fait le coup en 2019. On avait promis des investissements, on a eu un plan social",
        "Frédéric Gaudin",
      ],
      ["La moyenne d’âge est de 49 ans. Beaucoup de salariés sont proches de la retraite", "Sandrine Gaudin"],
      ["un plan de reclassement à la hauteur", "Anne Lefèvre"],
    ],
  },
  {
    name:
      "Le Journal de Saône-et-Loire, fait divers : gendarmerie, pompiers, témoin voisin, maire, parquet, « " +
      "selon nos informations »",
    headline: "Chalon-sur-Saône : une septuagénaire sauvée des flammes par son voisin",
    paragraphs: [
      "Il était un peu plus de 4 heures, dans la nuit de samedi à dimanche, quand Karim Djebbar a été " +
        "réveillé par une odeur de fumée. Ce chauffeur routier de 38 ans habite au rez-de-chaussée d’un " +
        "petit immeuble de la rue de la Citadelle, à Chalon-sur-Saône.",
      "« J’ai vu de la fumée sortir sous la porte du dessus. J’ai tapé, personne ne répondait. Alors j’ai " +
        "enfoncé la porte », raconte-t-il. Il trouve sa voisine, âgée de 74 ans, inconsciente dans le " +
        "couloir, et la porte jusque dans la rue.",
      "Les sapeurs-pompiers, arrivés quelques minutes plus tard, ont rapidement maîtrisé le feu, parti " +
        "d’un radiateur d’appoint selon les premières constatations. « Sans l’intervention de ce voisin, " +
        "l’issue aurait sans doute été dramatique », souligne le lieutenant Fabrice Mouillot, du centre de " +
        "secours de Chalon.",
      "La victime, intoxiquée par les fumées, a été transportée au centre hospitalier William-Morey. Ses " +
        "jours ne sont pas en danger, a indiqué dimanche le parquet de Chalon-sur-Saône, qui a ouvert une " +
        "enquête et privilégie « la piste accidentelle, à ce stade des investigations ».",
      "Le maire, Gilles Platret, s’est rendu sur place dans la matinée. Il a salué « un geste de courage " +
        "exceptionnel » et annoncé que le voisin serait reçu à l’hôtel de ville.",
      "Karim Djebbar, lui, refuse le mot de héros. « N’importe qui aurait fait pareil. Je suis juste " +
        "content qu’elle s’en sorte. »",
    ],
    quotes: [
      [
        "J’ai vu de la fumée sortir sous la porte du dessus. J’ai tapé, personne ne répondait. Alors j’ai " +
          "enfoncé la porte",
        "Karim Djebbar",
      ],
      ["Sans l’intervention de ce voisin, l’issue aurait sans doute été dramatique", "Fabrice Mouillot"],
      ["la piste accidentelle, à ce stade des investigations", "le parquet de Chalon-sur-Saône"],
      ["un geste de courage exceptionnel", "Gilles Platret"],
      ["N’importe qui aurait fait pareil. Je suis juste content qu’elle s’en sorte.", "Karim Djebbar"],
    ],
  },
  {
    name:
      "L’Équipe, sport : entraîneur, buteur « a-t-il souri », capitaine adverse, citation en titre " +
      "reprise, homonymes frères",
    headline: "Ligue 1 : « On a montré du caractère », Lens renverse Nantes",
    paragraphs: [
      "Menés 2-0 à la pause, les Lensois ont renversé Nantes (3-2) dimanche au stade Bollaert-Delelis, " +
        "grâce à un doublé de Wesley Saïd et à un but de Florian Sotoca dans le temps additionnel.",
      "« À la mi-temps, je n’ai pas crié. J’ai simplement demandé aux joueurs s’ils voulaient rentrer chez " +
        "eux avec zéro point », a raconté l’entraîneur lensois, Will Still. « On a montré du caractère. " +
        "C’est ce qui me plaît le plus ce soir. »",
      "Auteur de l’égalisation d’une tête à la 71e minute, Wesley Saïd savourait. « Je n’avais plus marqué " +
        "depuis septembre. Ça fait du bien à la tête », a-t-il souri en zone mixte.",
      "Côté nantais, la frustration dominait. Le capitaine Nicolas Pallois a pointé « un manque de " +
        "maîtrise » en seconde période. « On a arrêté de jouer. On a reculé, reculé, et à la fin on le " +
        "paie », a regretté le défenseur.",
      "Les frères Mendy, alignés l’un en face de l’autre, ont vécu un dimanche contrasté. Le Lensois " +
        "Jonathan Mendy a délivré la passe décisive du troisième but. Son frère cadet, Éric Mendy, a " +
        "reconnu « une soirée cruelle ».",
      "Avec ce succès, Lens remonte à la cinquième place. Nantes reste dix-septième.",
    ],
    quotes: [
      ["On a montré du caractère", "Will Still"],
      [
        "À la mi-temps, je n’ai pas crié. J’ai simplement demandé aux joueurs s’ils voulaient rentrer chez " +
          "eux avec zéro point",
        "Will Still",
      ],
      ["On a montré du caractère. C’est ce qui me plaît le plus ce soir.", "Will Still"],
      ["Je n’avais plus marqué depuis septembre. Ça fait du bien à la tête", "Wesley Saïd"],
      ["un manque de maîtrise", "Nicolas Pallois"],
      ["On a arrêté de jouer. On a reculé, reculé, et à la fin on le paie", "Nicolas Pallois"],
      ["une soirée cruelle", "Éric Mendy"],
    ],
  },
];

runArticles("fr", ARTICLES);
