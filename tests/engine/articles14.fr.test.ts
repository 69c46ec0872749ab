// A fourteenth round of composed French articles, in the styles of outlets and beats the first thirteen
// rounds (articles.fr to articles13.fr) did not use: a school building voted by the Bulle general council in
// La Gruyère, a fuel-adulteration trial in Ouagadougou for Lefaso.net, caribou and forest roads in Québec
// Science, a dairy firm's price rise in Médias24, a landslide after heavy rain in Les Nouvelles
// calédoniennes, a Brussels comic-strip play reviewed by Moustique, a crumbling Marseille secondary school
// in La Marseillaise, a dialysis centre opening in Franceville for Gabonreview, a wrestling bout in Dakar
// for Wiwsport and fake police officers robbing pensioners in L’Ardennais. Every article was written for
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
  withGuillemetSpacing("", {
    name:
      "La Gruyère, Conseil général : guillemets sans espace, citation au titre reprise au corps, " +
      "syndique « a-t-elle plaidé », conseiller en fragment puis « Pour l’UDC, », parti en sigle, " +
      "nom de projet entre guillemets, suite sans verbe",
    headline: "Bulle: «Nos enfants ne peuvent plus attendre» le nouveau cycle d’orientation",
    paragraphs: [
      "Le Conseil général de Bulle a accepté lundi soir, par 41 voix contre 6, un crédit de 38,5 " +
        "millions de francs pour la construction du nouveau bâtiment scolaire de la Condémine. " +
        "Baptisé «Les Tilleuls», le projet doit accueillir 18 classes dès la rentrée 2028.",
      "«Nos enfants ne peuvent plus attendre», a plaidé la syndique, Christiane Overney-Jaquet, " +
        "devant un hémicycle presque plein. «Nous louons aujourd’hui six pavillons provisoires. " +
        "Chaque année, cela coûte près de 400 000 francs à la commune.»",
      "Au nom du groupe PLR, Nicolas Kolly a salué «un projet mûri et raisonnable», tout en " +
        "demandant que les entreprises de la région soient associées aux appels d’offres. " +
        "Le conseiller a aussi obtenu que le préau soit ouvert au public le week-end.",
      "Pour l’UDC, le compte n’y est pas. «On nous présente un bâtiment de luxe alors que la " +
        "dette communale a doublé en dix ans», a regretté son chef de groupe, Gilles Rime. Le " +
        "parti, qui avait proposé une variante en bois moins chère, a voté contre.",
      "La conseillère communale chargée des écoles, Sophie Pasquier, a répondu point par point. " +
        "«La variante en bois a été étudiée. Elle ne passait pas les normes incendie pour un " +
        "bâtiment de trois étages.» Elle a rappelé que le canton prendrait en charge un tiers " +
        "des coûts.",
      "Le référendum facultatif court jusqu’à fin février. Selon nos informations, l’UDC ne " +
        "compte pas le lancer.",
    ],
    quotes: [
      ["Nos enfants ne peuvent plus attendre", "Christiane Overney-Jaquet"],
      [
        "Nous louons aujourd’hui six pavillons provisoires. Chaque année, cela coûte près de " +
          "400 000 francs à la commune.",
        "Christiane Overney-Jaquet",
      ],
      ["un projet mûri et raisonnable", "Nicolas Kolly"],
      [
        "On nous présente un bâtiment de luxe alors que la dette communale a doublé en dix ans",
        "Gilles Rime",
      ],
      [
        "La variante en bois a été étudiée. Elle ne passait pas les normes incendie pour un " +
          "bâtiment de trois étages.",
        "Sophie Pasquier",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Lefaso.net, tribunal : président qui interroge et prévenu qui répond, « a-t-il reconnu », " +
      "procureur en fragment, « le gérant » qui renvoie au nom, avocat « Me » après la citation, " +
      "association de consommateurs, verdict « selon le tribunal »",
    headline: "Carburant frelaté à Ouagadougou : le gérant d’une station-service condamné",
    paragraphs: [
      "Le tribunal de grande instance Ouaga I a condamné jeudi Issouf Sawadogo, gérant d’une " +
        "station-service du quartier Tampouy, à 24 mois de prison dont 12 avec sursis et à une " +
        "amende de 5 millions de F CFA pour vente de carburant frelaté.",
      "Les faits remontent à mars dernier, lorsque plusieurs motocyclistes se sont plaints de " +
        "pannes à répétition après avoir fait le plein. Les analyses du laboratoire national ont " +
        "révélé un mélange d’essence et de pétrole lampant. « Je ne savais pas que c’était " +
        "interdit de mélanger pour baisser le prix », a reconnu le prévenu à la barre.",
      "Le président du tribunal l’a interrogé sur la provenance des fûts saisis dans l’arrière-" +
        "cour. « Ce sont des livreurs qui passent la nuit. Je ne connais pas leurs noms », a " +
        "répondu le gérant, provoquant des murmures dans la salle.",
      "Le procureur du Faso, Arouna Ouédraogo, a dénoncé « une atteinte grave à la sécurité des " +
        "usagers » et requis trois ans ferme. Pour lui, le prévenu « ne pouvait ignorer ce qu’il " +
        "vendait ».",
      "« Mon client a été naïf, pas malhonnête. Il a remboursé les réparations de onze " +
        "victimes », a plaidé son avocat, Me Fatimata Kaboré, qui demandait la relaxe.",
      "Dans la salle, Bakary Traoré, de la Ligue des consommateurs du Burkina, s’est dit " +
        "satisfait : « Ce jugement doit servir d’exemple. D’autres stations font la même chose " +
        "dans les quartiers périphériques. »",
    ],
    quotes: [
      ["Je ne savais pas que c’était interdit de mélanger pour baisser le prix", "Issouf Sawadogo"],
      ["Ce sont des livreurs qui passent la nuit. Je ne connais pas leurs noms", "Issouf Sawadogo"],
      ["une atteinte grave à la sécurité des usagers", "Arouna Ouédraogo"],
      ["ne pouvait ignorer ce qu’il vendait", "Arouna Ouédraogo"],
      [
        "Mon client a été naïf, pas malhonnête. Il a remboursé les réparations de onze victimes",
        "Fatimata Kaboré",
      ],
      [
        "Ce jugement doit servir d’exemple. D’autres stations font la même chose dans les " +
          "quartiers périphériques.",
        "Bakary Traoré",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Québec Science, écologie : étude qui « conclut », chercheuse « explique », suite sans verbe, " +
      "« Selon elle, » en fragment, titre d’article scientifique entre guillemets, ministère " +
      "par courriel, biologiste autochtone « ajoute-t-il »",
    todo:
      "a study’s fragment after « Elle conclut que » goes to the standfirst’s « Une étude " +
      "québécoise » rather than to « l’étude » that the sentence is about",
    headline: "Les chemins forestiers, pièges invisibles pour le caribou",
    standfirst:
      "Une étude québécoise montre que les loups utilisent les routes de la forêt boréale comme " +
      "des autoroutes de chasse.",
    paragraphs: [
      "Publiée dans la revue Ecological Applications sous le titre « Roads as hunting corridors », " +
        "l’étude a suivi par collier GPS 64 loups et 112 caribous forestiers entre 2018 et 2023, " +
        "sur la Côte-Nord. Elle conclut que les loups se déplacent « jusqu’à trois fois plus vite " +
        "» sur les chemins forestiers qu’en forêt.",
      "« Le réseau routier ouvre littéralement le territoire aux prédateurs », explique la " +
        "première autrice, Marianne Gagnon-Tremblay, professeure à l’Université Laval. « Un loup " +
        "qui suit une route peut parcourir 40 kilomètres en une nuit. Le caribou, lui, n’a nulle " +
        "part où se cacher. »",
      "Selon elle, fermer les chemins ne suffit pas : il faudrait les « remettre en forêt », " +
        "c’est-à-dire les scarifier et les replanter. Une opération qui coûte environ 6 000 $ " +
        "le kilomètre.",
      "Interrogé par courriel, le ministère des Ressources naturelles et des Forêts affirme que " +
        "« 1 200 kilomètres de chemins ont été fermés depuis 2020 » dans l’habitat du caribou.",
      "Pour Jean-Luc Kanapé, biologiste au conseil de la Première Nation de Pessamit, les " +
        "résultats confirment ce que les chasseurs innus observent depuis longtemps. « Nos aînés " +
        "voyaient les pistes de loup sur les chemins bien avant les colliers GPS, ajoute-t-il. " +
        "Il faut maintenant agir. »",
    ],
    quotes: [
      ["jusqu’à trois fois plus vite", "l’étude"],
      ["Le réseau routier ouvre littéralement le territoire aux prédateurs", "Marianne Gagnon-Tremblay"],
      [
        "Un loup qui suit une route peut parcourir 40 kilomètres en une nuit. Le caribou, lui, " +
          "n’a nulle part où se cacher.",
        "Marianne Gagnon-Tremblay",
      ],
      ["remettre en forêt", "Marianne Gagnon-Tremblay"],
      [
        "1 200 kilomètres de chemins ont été fermés depuis 2020",
        "le ministère des Ressources naturelles et des Forêts",
      ],
      [
        "Nos aînés voyaient les pistes de loup sur les chemins bien avant les colliers GPS, " +
          "ajoute-t-il. Il faut maintenant agir.",
        "Jean-Luc Kanapé",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Médias24, entreprises : guillemets anglais, communiqué de l’entreprise, « son directeur " +
      "général » nommé après, « a-t-il indiqué à Médias24 », fédération, analyste anonyme « " +
      "selon un analyste », marque entre guillemets",
    headline: "Lait: Laiterie Atlas relève ses prix de 50 centimes",
    paragraphs: [
      "Laiterie Atlas augmente à partir du 1er mars le prix de son lait pasteurisé en sachet " +
        "d’un demi-litre, qui passe de 3,50 à 4 dirhams. Dans un communiqué publié mardi, " +
        "l’entreprise invoque “la hausse continue des coûts de production, notamment de " +
        "l’alimentation du bétail”.",
      "“Nous avons absorbé les hausses pendant deux ans. Nos marges sont aujourd’hui " +
        "négatives sur le lait frais”, a indiqué à Médias24 son directeur général, Karim " +
        "Benjelloun. Il assure que la marque “Atlas Frais” ne changera ni de format ni de " +
        "recette.",
      "La sécheresse a réduit le cheptel laitier national d’environ 15% en trois ans. “Les " +
        "éleveurs vendent leurs vaches parce qu’ils ne peuvent plus les nourrir”, explique " +
        "Mohamed Alaoui, président de la Fédération interprofessionnelle marocaine du lait " +
        "(Fimalait).",
      "Selon un analyste d’une société de bourse casablancaise, les concurrents devraient " +
        "suivre “dans les prochaines semaines”. “C’est un marché très concentré. Quand le " +
        "leader bouge, les autres s’alignent”, ajoute-t-il.",
      "Du côté des consommateurs, la Fédération marocaine des droits du consommateur a " +
        "dénoncé une hausse “injustifiée au regard des subventions reçues par la filière”.",
    ],
    quotes: [
      ["la hausse continue des coûts de production, notamment de l’alimentation du bétail", "Laiterie Atlas"],
      [
        "Nous avons absorbé les hausses pendant deux ans. Nos marges sont aujourd’hui " +
          "négatives sur le lait frais",
        "Karim Benjelloun",
      ],
      ["Les éleveurs vendent leurs vaches parce qu’ils ne peuvent plus les nourrir", "Mohamed Alaoui"],
      ["dans les prochaines semaines", "un analyste d’une société de bourse casablancaise"],
      [
        "C’est un marché très concentré. Quand le leader bouge, les autres s’alignent",
        "un analyste d’une société de bourse casablancaise",
      ],
      [
        "injustifiée au regard des subventions reçues par la filière",
        "la Fédération marocaine des droits du consommateur",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Les Nouvelles calédoniennes, intempéries : citation au chapô par « le maire » reprise au " +
      "corps, suite sans verbe, habitante au prénom « raconte-t-elle », Météo-France en " +
      "fragment, haut-commissariat par communiqué, pompier gradé et deux-points",
    headline: "Glissement de terrain à Houaïlou : deux maisons emportées, pas de victime",
    standfirst:
      "Après trois jours de pluies diluviennes, un pan de colline s’est effondré sur la tribu de " +
      "Néaoua. « On a eu beaucoup de chance », souffle le maire.",
    paragraphs: [
      "Il était un peu plus de 4 heures, samedi, quand la colline a cédé au-dessus de la tribu " +
        "de Néaoua. Deux maisons ont été emportées et une troisième est menacée. Les sept " +
        "occupants avaient été évacués la veille par les coutumiers.",
      "« On a eu beaucoup de chance », souffle le maire de Houaïlou, Pierre Wanabo, venu sur " +
        "place dès l’aube. « Si les familles étaient restées chez elles, on compterait des " +
        "morts ce matin. »",
      "Lucienne, 58 ans, a tout perdu. « J’ai entendu un grondement, comme un camion qui " +
        "descend. Le matin, il n’y avait plus rien, même pas le manguier », raconte-t-elle, " +
        "hébergée chez sa sœur.",
      "Météo-France avait placé la côte Est en vigilance « fortes pluies » dès jeudi. Le " +
        "prévisionniste de permanence évoque des cumuls « exceptionnels pour la saison », " +
        "avec 480 millimètres en 72 heures à Houaïlou.",
      "Dans un communiqué, le haut-commissariat appelle la population « à ne pas s’approcher " +
        "des zones de glissement et des radiers submergés ». La route territoriale 3 reste " +
        "coupée.",
      "Le lieutenant Éric Tidjine, des pompiers de Houaïlou, reste prudent : « Le sol est " +
        "gorgé d’eau. Tant qu’il pleut, on ne peut exclure un deuxième glissement. »",
    ],
    quotes: [
      ["On a eu beaucoup de chance", "Pierre Wanabo"],
      ["Si les familles étaient restées chez elles, on compterait des morts ce matin.", "Pierre Wanabo"],
      [
        "J’ai entendu un grondement, comme un camion qui descend. Le matin, il n’y avait plus " +
          "rien, même pas le manguier",
        "Lucienne",
      ],
      ["exceptionnels pour la saison", "Le prévisionniste de permanence"],
      ["à ne pas s’approcher des zones de glissement et des radiers submergés", "le haut-commissariat"],
      [
        "Le sol est gorgé d’eau. Tant qu’il pleut, on ne peut exclure un deuxième glissement.",
        "Éric Tidjine",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Moustique, théâtre : titre de spectacle au titre et au corps, metteuse en scène « " +
      "confie-t-elle », comédien « le Liégeois » qui renvoie au nom, auteur de BD après la " +
      "citation, citation sur deux paragraphes, mot entre guillemets d’ironie",
    headline: "« Le Rayon vert » : la BD belge monte sur les planches du Varia",
    paragraphs: [
      "Adapter une bande dessinée au théâtre, beaucoup s’y sont cassé les dents. Avec « Le " +
        "Rayon vert », tiré de l’album de Thomas Delmotte, la metteuse en scène Aurore Lambotte " +
        "relève le pari au Théâtre Varia, à Ixelles, jusqu’au 22 mars.",
      "« Je ne voulais surtout pas reproduire les cases. La BD a son rythme, le plateau en a un " +
        "autre », nous confie-t-elle à l’issue d’une répétition. Le décor, un phare en carton " +
        "qui tourne sur lui-même, est signé de la scénographe Inès Vanhoof.",
      "« On ne joue pas des personnages dessinés, on joue des gens qui ont peur de la mer. " +
        "C’est ça, le cœur de l’histoire. »",
      "Sur scène, Julien Massart incarne le gardien du phare avec une économie de gestes " +
        "remarquable. « J’ai relu l’album dix fois, puis je l’ai rangé », explique le Liégeois, " +
        "révélé dans les séries de la RTBF.",
      "L’auteur lui-même a assisté à la première. « Ils ont trouvé dans mon livre des silences " +
        "que je n’avais pas vus », reconnaît Thomas Delmotte, visiblement ému.",
      "Seul bémol, une fin un peu « appuyée » qui surligne ce que l’album laissait en suspens. " +
        "Mais le spectacle, déjà programmé à Namur et à Mons la saison prochaine, mérite le " +
        "détour.",
    ],
    quotes: [
      [
        "Je ne voulais surtout pas reproduire les cases. La BD a son rythme, le plateau en a un " + "autre",
        "Aurore Lambotte",
      ],
      [
        "On ne joue pas des personnages dessinés, on joue des gens qui ont peur de la mer. " +
          "C’est ça, le cœur de l’histoire.",
        "Aurore Lambotte",
      ],
      ["J’ai relu l’album dix fois, puis je l’ai rangé", "Julien Massart"],
      ["Ils ont trouvé dans mon livre des silences que je n’avais pas vus", "Thomas Delmotte"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "La Marseillaise, éducation : slogan sur banderole, parents « dénonce la FCPE », " +
      "enseignante anonyme, principal qui « n’a pas souhaité », Département en communiqué, " +
      "élue « a-t-elle assuré » puis « l’élue », élève au prénom et âge",
    headline: "Collège Rosa-Parks : parents et profs dénoncent un bâtiment « à bout de souffle »",
    paragraphs: [
      "Plafonds effondrés, radiateurs en panne, toilettes condamnées : une centaine de parents " +
        "et d’enseignants se sont rassemblés lundi matin devant le collège Rosa-Parks, dans le " +
        "15e arrondissement de Marseille, derrière une banderole « Nos enfants méritent mieux ».",
      "« Le bâtiment est à bout de souffle. Depuis la rentrée, trois salles ont été fermées " +
        "pour infiltrations », dénonce Samia Haddad, présidente de la FCPE du collège.",
      "Une professeure de mathématiques, qui souhaite rester anonyme, décrit des cours donnés " +
        "« en doudoune » en décembre. « On a mis des seaux sous les fuites. Les élèves trouvent " +
        "ça drôle, nous beaucoup moins. »",
      "Le principal n’a pas souhaité s’exprimer. Dans un communiqué, le Département des " +
        "Bouches-du-Rhône, propriétaire des murs, affirme que « des travaux d’urgence sur la " +
        "toiture débuteront pendant les vacances de février ».",
      "Venue à la rencontre des manifestants, la conseillère départementale du canton, Nadia " +
        "Benali, a promis un diagnostic complet. « La reconstruction est inscrite au plan " +
        "collèges. Je me battrai pour qu’elle soit avancée », a-t-elle assuré. Une promesse " +
        "accueillie avec scepticisme : l’élue avait déjà évoqué « un chantier prioritaire » il " +
        "y a deux ans.",
      "Yanis, 13 ans, en 4e, résume : « Quand il pleut, on change de salle trois fois dans la " +
        "matinée. »",
    ],
    quotes: [
      ["à bout de souffle", "Samia Haddad"],
      [
        "Le bâtiment est à bout de souffle. Depuis la rentrée, trois salles ont été fermées " +
          "pour infiltrations",
        "Samia Haddad",
      ],
      ["en doudoune", "Une professeure de mathématiques"],
      [
        "On a mis des seaux sous les fuites. Les élèves trouvent ça drôle, nous beaucoup moins.",
        "Une professeure de mathématiques",
      ],
      [
        "des travaux d’urgence sur la toiture débuteront pendant les vacances de février",
        "le Département des Bouches-du-Rhône",
      ],
      [
        "La reconstruction est inscrite au plan collèges. Je me battrai pour qu’elle soit avancée",
        "Nadia Benali",
      ],
      ["un chantier prioritaire", "Nadia Benali"],
      ["Quand il pleut, on change de salle trois fois dans la matinée.", "Yanis"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Gabonreview, santé : ministre « a déclaré » puis « le membre du gouvernement », patient " +
      "avec âge et deux-points, néphrologue « selon le docteur », directeur du CHR « précise », " +
      "syndicat en fragment, suite sans verbe",
    headline: "Franceville : le premier centre de dialyse du Haut-Ogooué enfin opérationnel",
    paragraphs: [
      "Attendu depuis près de dix ans, le centre d’hémodialyse du Centre hospitalier régional " +
        "Amissa-Bongo de Franceville a accueilli ses premiers patients lundi. Équipé de douze " +
        "générateurs, il doit permettre de prendre en charge une quarantaine d’insuffisants " +
        "rénaux de la province.",
      "« C’est la fin d’un calvaire pour des dizaines de familles », a déclaré le ministre de " +
        "la Santé, Guy Patrick Obiang Ndong, lors de l’inauguration. Le membre du gouvernement " +
        "a promis « un deuxième centre à Oyem avant la fin de l’année ».",
      "Jusqu’ici, les malades devaient se rendre à Libreville, à plus de 500 kilomètres, trois " +
        "fois par semaine. Martin Ossibadjouo, 61 ans, en témoigne : « J’ai vendu ma voiture " +
        "pour payer les billets de train. Certains de mes amis ont arrêté les séances et ils " +
        "sont morts. »",
      "Selon la néphrologue Dr Clarisse Mboumba, formée au Maroc et recrutée pour l’occasion, " +
        "la demande dépasse déjà l’offre. « Nous avons 38 patients inscrits pour 24 places par " +
        "jour. Il faudra très vite ouvrir une équipe de nuit. »",
      "Le directeur du CHR, Fabrice Moussavou, précise que les séances seront « entièrement " +
        "prises en charge par la CNAMGS » pour les assurés. Les autres patients paieront 25 000 " +
        "F CFA par séance.",
      "Le Syndicat national des personnels de santé (Synaps) salue l’ouverture mais s’inquiète " +
        "du « manque criant d’infirmiers formés à la dialyse ». Seuls six d’entre eux ont " +
        "suivi la formation de trois mois dispensée à Libreville.",
    ],
    quotes: [
      ["C’est la fin d’un calvaire pour des dizaines de familles", "Guy Patrick Obiang Ndong"],
      ["un deuxième centre à Oyem avant la fin de l’année", "Guy Patrick Obiang Ndong"],
      [
        "J’ai vendu ma voiture pour payer les billets de train. Certains de mes amis ont arrêté " +
          "les séances et ils sont morts.",
        "Martin Ossibadjouo",
      ],
      [
        "Nous avons 38 patients inscrits pour 24 places par jour. Il faudra très vite ouvrir " +
          "une équipe de nuit.",
        "Clarisse Mboumba",
      ],
      ["entièrement prises en charge par la CNAMGS", "Fabrice Moussavou"],
      ["manque criant d’infirmiers formés à la dialyse", "Le Syndicat national des personnels de santé"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Wiwsport, lutte : guillemets droits, surnom entre guillemets, citation au titre reprise " +
      "au corps, vainqueur « a lancé » puis « le lutteur de Pikine », manager, promoteur et " +
      "deux-points, vaincu « a reconnu », supporter anonyme",
    headline: 'Lutte: Boy Niang 3 terrasse Tapha Gueye, "Je suis venu chercher ce combat"',
    paragraphs: [
      'Dans une arène nationale pleine à craquer, Mamadou Ndiaye, alias "Boy Niang 3", a ' +
        "terrassé Tapha Gueye au bout de quatre minutes de combat, dimanche à Pikine. Une victoire " +
        "qui relance le lutteur dans la course au titre de roi des arènes.",
      "\"Je suis venu chercher ce combat. On m'a dit que j'étais fini, aujourd'hui j'ai " +
        'répondu", a lancé le vainqueur au micro de Wiwsport. Le lutteur de Pikine restait sur ' +
        "deux défaites consécutives.",
      'Son manager, Abdoulaye Sarr, a salué la préparation physique menée à Mbour. "On a ' +
        "travaillé trois mois sur les appuis. Il ne pouvait pas perdre sur le terrain du corps-à-" +
        'corps."',
      "Du côté de l'écurie Fass, la déception était palpable. \"Il a été plus fort. Je n'ai " +
        "pas d'excuse\", a reconnu Tapha Gueye, la lèvre ouverte, avant de quitter l'arène.",
      'Le promoteur de la soirée, Gaston Mbengue, se projette déjà : "Le public veut voir Boy ' +
        "Niang 3 contre Modou Lo. Je vais tout faire pour organiser ce combat avant l'hivernage.\"",
      "Un supporter venu de Guédiawaye résumait l'ambiance : \"Aujourd'hui, Pikine a retrouvé " + 'son roi."',
    ],
    quotes: [
      [
        "Je suis venu chercher ce combat. On m'a dit que j'étais fini, aujourd'hui j'ai répondu",
        "Mamadou Ndiaye",
      ],
      ["Je suis venu chercher ce combat", "Mamadou Ndiaye"],
      [
        "On a travaillé trois mois sur les appuis. Il ne pouvait pas perdre sur le terrain du " +
          "corps-à-corps.",
        "Abdoulaye Sarr",
      ],
      ["Il a été plus fort. Je n'ai pas d'excuse", "Tapha Gueye"],
      [
        "Le public veut voir Boy Niang 3 contre Modou Lo. Je vais tout faire pour organiser ce " +
          "combat avant l'hivernage.",
        "Gaston Mbengue",
      ],
      ["Aujourd'hui, Pikine a retrouvé son roi.", "Un supporter"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Ardennais, escroqueries : victime octogénaire « témoigne » puis « la retraitée », " +
      "fille de la victime, gendarmerie « selon le commandant », procureur « a indiqué » et " +
      "suite sans verbe, faux policiers cités par la victime, conseil de prévention",
    todo:
      "words told to someone (« lui aurait-il dit ») go to the listener, not to the man who said " + "them",
    headline: "Sedan : de faux policiers dépouillent des retraités, deux suspects arrêtés",
    paragraphs: [
      "Ils se présentaient comme des policiers de la brigade financière et repartaient avec les " +
        "bijoux et les économies de leurs victimes. Deux hommes de 24 et 29 ans ont été " +
        "interpellés jeudi à Charleville-Mézières, soupçonnés d’au moins neuf escroqueries " +
        "commises depuis octobre dans le secteur de Sedan.",
      "Germaine Lallement, 84 ans, fait partie des victimes. « Ils m’ont appelée en disant " +
        "qu’un réseau avait piraté ma carte bancaire. Au téléphone, ils connaissaient mon nom " +
        "et celui de ma banque », témoigne la retraitée, qui a remis près de 6 000 euros en " +
        "liquide à un « agent » venu chez elle.",
      "L’homme lui avait même montré une carte tricolore. « Madame, on est là pour vous " +
        "protéger », lui aurait-il dit sur le pas de la porte. Sa fille, Véronique, ne décolère " +
        "pas : « Ma mère a honte, elle n’ose plus sortir. Ces gens-là volent aussi la " +
        "confiance. »",
      "Selon le commandant de la compagnie de gendarmerie de Sedan, le capitaine Alexandre " +
        "Poncelet, c’est un voisin qui a donné l’alerte en relevant la plaque d’un véhicule. « " +
        "Sans lui, nous n’aurions sans doute pas remonté la piste aussi vite. »",
      "« Les deux mis en cause ont été placés en détention provisoire. D’autres victimes " +
        "pourraient se manifester », a indiqué vendredi le procureur de la République de " +
        "Charleville-Mézières, Laurent de Caigny. « Nous lançons un appel à témoins. »",
      "Les gendarmes rappellent qu’« aucun policier ne vient récupérer de l’argent ou des " +
        "bijoux à domicile ». En cas de doute, il faut raccrocher et composer le 17.",
    ],
    quotes: [
      [
        "Ils m’ont appelée en disant qu’un réseau avait piraté ma carte bancaire. Au " +
          "téléphone, ils connaissaient mon nom et celui de ma banque",
        "Germaine Lallement",
      ],
      ["Madame, on est là pour vous protéger", "L’homme"],
      ["Ma mère a honte, elle n’ose plus sortir. Ces gens-là volent aussi la confiance.", "Véronique"],
      ["Sans lui, nous n’aurions sans doute pas remonté la piste aussi vite.", "Alexandre Poncelet"],
      [
        "Les deux mis en cause ont été placés en détention provisoire. D’autres victimes " +
          "pourraient se manifester",
        "Laurent de Caigny",
      ],
      ["Nous lançons un appel à témoins.", "Laurent de Caigny"],
      ["aucun policier ne vient récupérer de l’argent ou des bijoux à domicile", "Les gendarmes"],
    ],
  }),
];

runArticles("fr", ARTICLES);
