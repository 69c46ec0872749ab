// A thirty-third round of composed French articles, in the styles of outlets and beats the first
// thirty-two rounds (articles.fr to articles32.fr) did not use: a water-service transfer voted by a Lot
// intercommunal council in La Gazette des communes, a contractor sentenced for a trench death in
// Rivière-du-Loup for InfoDimanche, a date-packing plant in Douz in Business News (Tunisie), a first
// biathlon World Cup win at Le Grand-Bornand on Eurosport, a Ballets de Monte-Carlo premiere in
// Monaco-Matin, a Gaulish chariot burial near Épernay in National Geographic France, cholera in
// Port-de-Paix for Loop Haïti, a lakeside beach made paying in Saint-Jorioz for L’Essor savoyard, a car
// theft ring dismantled in Blida for Le Soir d’Algérie and the Northlander train back between Timmins
// and Toronto in Le Voyageur (Sudbury). Every article was written for these tests, before the engine was
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
      "La Gazette des communes, politique : citation au titre d’un maire nommé dans le texte, " +
      "président avec fragment puis deux-points, deux maires dans un paragraphe (« a ajouté cette " +
      "dernière »), rapport de chambre régionale des comptes en fragment, conseiller anonyme « glisse », " +
      "nom de collectif entre guillemets",
    headline: "Transfert de l’eau : « On nous impose une facture sans menu », dénonce un maire rural",
    paragraphs: [
      "Le conseil communautaire de la communauté de communes du Haut-Quercy a adopté jeudi soir, " +
        "par 38 voix contre 21, le transfert de la compétence eau et assainissement au 1er janvier " +
        "2026. Un vote acquis au terme de trois heures de débats tendus, à Gramat.",
      "« On nous impose une facture sans menu. Personne ne sait combien paiera l’abonné de Rignac " +
        "dans trois ans », a lancé Gérard Pécoul, maire de Rignac et chef de file des opposants. " +
        "L’élu de 67 ans réclame depuis un an une étude tarifaire commune par commune.",
      "Le président de l’intercommunalité, Hervé Castagné, a défendu un transfert « inévitable et " +
        "trop longtemps repoussé » : « La loi nous y oblige, et nos réseaux perdent un litre sur " +
        "trois. Seule, aucune commune de moins de 500 habitants ne peut financer ces travaux. »",
      "Deux maires se sont particulièrement opposées pendant la séance. Martine Delpech, maire de " +
        "Thégra, a dénoncé « une perte de souveraineté déguisée en progrès technique », tandis que sa " +
        "voisine d’Alvignac, Sylvie Roques, appelait à « ne pas mourir de fierté ». « Quand la " +
        "station d’épuration lâchera, on sera bien contents d’être à trente », a ajouté cette dernière.",
      "Un rapport de la chambre régionale des comptes d’Occitanie, publié en mars, pointait déjà " +
        "« un patrimoine vieillissant et des tarifs sans lien avec le coût réel du service ».",
      "Le collectif « Nos sources, nos choix », qui revendique 1 200 signatures, envisage un " +
        "recours devant le tribunal administratif de Toulouse. « On verra bien », glisse un " +
        "conseiller communautaire de la majorité, qui juge la délibération « juridiquement solide ».",
    ],
    quotes: [
      ["On nous impose une facture sans menu", "Gérard Pécoul"],
      [
        "On nous impose une facture sans menu. Personne ne sait combien paiera l’abonné de Rignac " +
          "dans trois ans",
        "Gérard Pécoul",
      ],
      ["inévitable et trop longtemps repoussé", "Hervé Castagné"],
      [
        "La loi nous y oblige, et nos réseaux perdent un litre sur trois. Seule, aucune commune de " +
          "moins de 500 habitants ne peut financer ces travaux.",
        "Hervé Castagné",
      ],
      ["une perte de souveraineté déguisée en progrès technique", "Martine Delpech"],
      ["ne pas mourir de fierté", "Sylvie Roques"],
      ["Quand la station d’épuration lâchera, on sera bien contents d’être à trente", "Sylvie Roques"],
      [
        "un patrimoine vieillissant et des tarifs sans lien avec le coût réel du service",
        "Un rapport de la chambre régionale des comptes d’Occitanie",
      ],
      ["On verra bien", "un conseiller communautaire de la majorité"],
      ["juridiquement solide", "un conseiller communautaire de la majorité"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "InfoDimanche, justice : citation au chapô d’une procureure nommée dans le texte, organisme " +
      "par rapport d’enquête en fragment, avocat en fragment puis « a-t-il soutenu », juge avec " +
      "deux-points, mère nommée puis « la sexagénaire » avec une autre femme dans le paragraphe",
    headline: "Mort d’un ouvrier à Cacouna : l’entrepreneur condamné à payer 95 000 $",
    standfirst: "« Il est mort pour sauver une demi-journée de travail », a résumé la procureure.",
    paragraphs: [
      "L’entreprise Construction Michaud et Fils, de Saint-Arsène, a été condamnée mardi au palais " +
        "de justice de Rivière-du-Loup à une amende de 95 000 $ pour négligence criminelle ayant " +
        "causé la mort d’un travailleur. Son président, Réal Michaud, écope en outre de 18 mois de " +
        "probation.",
      "Le 14 août 2022, Jonathan Pelletier, 29 ans, avait été enseveli dans une tranchée de quatre " +
        "mètres non étayée, sur un chantier d’aqueduc à Cacouna. Dans son rapport d’enquête, la " +
        "CNESST concluait que « la méthode de travail utilisée exposait les travailleurs à un danger " +
        "d’ensevelissement connu de l’employeur ».",
      "« Il est mort pour sauver une demi-journée de travail. Les étançons étaient dans le camion », " +
        "a plaidé la procureure aux poursuites criminelles et pénales, Me Annie Gagnon, qui " +
        "réclamait 150 000 $.",
      "L’avocat de l’entreprise, Me François Bérubé, a rappelé que son client n’avait « aucun " +
        "antécédent » en 40 ans d’activité. « M. Michaud porte ce drame chaque jour. Il a vendu une " +
        "partie de ses équipements pour indemniser la famille », a-t-il soutenu.",
      "Dans sa décision, le juge Denis Lavoie, de la Cour du Québec, a tenu à s’adresser " +
        "directement à l’accusé : « Vous n’êtes pas un criminel au sens où on l’entend d’habitude. " +
        "Mais ce matin-là, vous avez choisi la vitesse plutôt que la sécurité. »",
      "La mère de la victime, Lise Pelletier, assistait à l’audience avec la conjointe de son fils. " +
        "« L’argent ne nous le ramènera pas. Ce que je veux, c’est qu’aucun autre jeune ne descende " +
        "dans un trou comme ça », a confié la sexagénaire à la sortie de la salle.",
    ],
    quotes: [
      ["Il est mort pour sauver une demi-journée de travail", "Annie Gagnon"],
      [
        "la méthode de travail utilisée exposait les travailleurs à un danger d’ensevelissement " +
          "connu de l’employeur",
        "la CNESST",
      ],
      [
        "Il est mort pour sauver une demi-journée de travail. Les étançons étaient dans le camion",
        "Annie Gagnon",
      ],
      ["aucun antécédent", "François Bérubé"],
      [
        "M. Michaud porte ce drame chaque jour. Il a vendu une partie de ses équipements pour " +
          "indemniser la famille",
        "François Bérubé",
      ],
      [
        "Vous n’êtes pas un criminel au sens où on l’entend d’habitude. Mais ce matin-là, vous avez " +
          "choisi la vitesse plutôt que la sécurité.",
        "Denis Lavoie",
      ],
      [
        "L’argent ne nous le ramènera pas. Ce que je veux, c’est qu’aucun autre jeune ne descende " +
          "dans un trou comme ça",
        "Lise Pelletier",
      ],
    ],
  }),
  {
    name:
      "Business News, économie : guillemets sans espace, citation coupée par « explique X », " +
      "« le patron » avec deux-points, banque par communiqué en fragment, président d’interprofession " +
      "« selon » en fragment puis « insiste-t-il », producteur anonyme avec deux-points, marque " +
      "entre guillemets",
    todo:
      "«Si les prix suivent, tant mieux. Mais on a dé…» goes to un phoéniciculteur, not un " +
      "phoéniciculteur qui vend sa récolte au groupe depuis dix ans",
    headline: "Kébili: le groupe Oasis Dattes investit 18 MD dans une unité de conditionnement",
    paragraphs: [
      "Le groupe Oasis Dattes, premier exportateur de deglet nour du gouvernorat de Kébili, a posé " +
        "lundi la première pierre d'une unité de conditionnement et de froid à Douz, pour un " +
        "investissement de 18 millions de dinars. L'usine, qui doit entrer en production à l'automne " +
        "2026, créera 220 emplois directs, selon l'entreprise.",
      "«Aujourd'hui, près de 40% de notre récolte part en vrac vers des conditionneurs européens, " +
        "qui captent l'essentiel de la valeur», explique Mehdi Ben Salah, directeur général du " +
        "groupe. «Nous voulons exporter un produit fini, sous notre propre marque.»",
      "Le groupe mise notamment sur sa gamme bio «Nefzaoua Gold», déjà présente dans quelques " +
        "enseignes allemandes. Le patron ne cache pas ses ambitions: «Dans cinq ans, nous voulons que " +
        "le consommateur de Hambourg ou de Lyon reconnaisse une datte tunisienne sur le rayon.»",
      "Le financement est assuré à hauteur de 11 MD par un crédit de la Banque européenne pour la " +
        "reconstruction et le développement (BERD). Dans un communiqué, la banque dit vouloir " +
        "soutenir «la montée en gamme des filières agricoles du Sud tunisien».",
      "Les professionnels restent prudents. Selon le président du Groupement interprofessionnel des " +
        "dattes (GID), Lotfi Hammami, le secteur souffre surtout «du manque d'eau et du " +
        "vieillissement des palmeraies». «Une usine neuve ne sert à rien si les oasis meurent. Il " +
        "faut replanter, et vite», insiste-t-il.",
      "À Douz, un phoéniciculteur qui vend sa récolte au groupe depuis dix ans se dit partagé: «Si " +
        "les prix suivent, tant mieux. Mais on a déjà entendu beaucoup de promesses.»",
    ],
    quotes: [
      [
        "Aujourd'hui, près de 40% de notre récolte part en vrac vers des conditionneurs européens, " +
          "qui captent l'essentiel de la valeur",
        "Mehdi Ben Salah",
      ],
      ["Nous voulons exporter un produit fini, sous notre propre marque.", "Mehdi Ben Salah"],
      [
        "Dans cinq ans, nous voulons que le consommateur de Hambourg ou de Lyon reconnaisse une " +
          "datte tunisienne sur le rayon.",
        "Mehdi Ben Salah",
      ],
      [
        "la montée en gamme des filières agricoles du Sud tunisien",
        "la Banque européenne pour la reconstruction et le développement",
      ],
      ["du manque d'eau et du vieillissement des palmeraies", "Lotfi Hammami"],
      ["Une usine neuve ne sert à rien si les oasis meurent. Il faut replanter, et vite", "Lotfi Hammami"],
      [
        "Si les prix suivent, tant mieux. Mais on a déjà entendu beaucoup de promesses.",
        "un phoéniciculteur qui vend sa récolte au groupe depuis dix ans",
      ],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Eurosport, sport : biathlète nommée puis « la Française », incise « a-t-elle ajouté » dans " +
      "les guillemets au paragraphe suivant, deux biathlètes dans un paragraphe (« a reconnu la " +
      "Suédoise »), entraîneur avec deux-points, fédération en fragment, surnom et banderole entre " +
      "guillemets",
    headline: "Biathlon : Léa Vuillermoz s’offre sa première victoire en Coupe du monde au Grand-Bornand",
    paragraphs: [
      "Devant 25 000 spectateurs chauffés à blanc, Léa Vuillermoz a remporté dimanche la mass start " +
        "du Grand-Bornand, sa première victoire en Coupe du monde. La Jurassienne de 23 ans, auteure " +
        "d’un 20/20 au tir, a devancé la Suédoise Elin Lindqvist de six secondes et l’Italienne " +
        "Giulia Pellegrini.",
      "« Je n’ai pas regardé le tableau une seule fois. Sur le dernier tour, j’entendais juste le " +
        "bruit du public, c’était fou », a raconté la Française au micro d’Eurosport, les larmes aux " +
        "yeux.",
      "« Je savais que le dernier tir allait tout décider, a-t-elle ajouté. Alors j’ai pris une " +
        "seconde de plus, et j’ai respiré. »",
      "Lindqvist et Pellegrini, arrivées ensemble au dernier passage debout, y ont commis une faute " +
        "chacune. « Sur le tir, elle a été parfaite. Moi, j’ai voulu aller trop vite », a reconnu la " +
        "Suédoise, tenante du gros globe.",
      "L’entraîneur du tir de l’équipe de France, Sylvain Bouvet, n’était pas surpris : « Elle tire " +
        "à ce niveau depuis l’été. Il lui manquait juste de le faire devant tout le monde. »",
      "Sur les réseaux sociaux, la Fédération française de ski a salué « une gamine du Haut-Jura " +
        "devenue grande ». Dans l’aire d’arrivée, sous la banderole « Allez les Bleues » déployée par " +
        "le fan-club des Rousses, celle que ses coéquipières surnomment « la Fourmi » a longuement " +
        "signé des autographes.",
      "Prochain rendez-vous à Oberhof, en Allemagne, dès jeudi avec le sprint.",
    ],
    quotes: [
      [
        "Je n’ai pas regardé le tableau une seule fois. Sur le dernier tour, j’entendais juste le " +
          "bruit du public, c’était fou",
        "Léa Vuillermoz",
      ],
      [
        "Je savais que le dernier tir allait tout décider, a-t-elle ajouté. Alors j’ai pris une " +
          "seconde de plus, et j’ai respiré.",
        "Léa Vuillermoz",
      ],
      ["Sur le tir, elle a été parfaite. Moi, j’ai voulu aller trop vite", "Elin Lindqvist"],
      [
        "Elle tire à ce niveau depuis l’été. Il lui manquait juste de le faire devant tout le monde.",
        "Sylvain Bouvet",
      ],
      ["une gamine du Haut-Jura devenue grande", "la Fédération française de ski"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Monaco-Matin, culture : titre d’œuvre entre guillemets au chapô et dans le texte, chorégraphe " +
      "présenté puis citation sans verbe, incise « raconte en souriant la soliste X » nommant la " +
      "locutrice dans les guillemets, programme de salle en fragment, spectatrice anonyme " +
      "« estimait », danseur anonyme en fragment",
    headline: "Les Ballets de Monte-Carlo dansent la mer au Grimaldi Forum",
    standfirst:
      "Création mondiale jeudi soir pour « Posidonie », nouvelle pièce du chorégraphe Tomás Arrieta, " +
      "saluée par une longue ovation.",
    paragraphs: [
      "Salle des Princes comble, jeudi soir, pour la création de « Posidonie », la nouvelle pièce de " +
        "Tomás Arrieta pour les Ballets de Monte-Carlo. Quarante minutes pour vingt-deux danseurs, " +
        "sur une partition électroacoustique de la compositrice niçoise Claire Audibert.",
      "Le chorégraphe argentin, 41 ans, dit avoir trouvé l’idée lors de plongées au large du " +
        "Larvotto. « Je voulais que les corps bougent comme les herbiers : ensemble, sans chef, en " +
        "obéissant au courant. »",
      "« Les premières semaines, il nous faisait répéter allongés par terre, raconte en souriant la " +
        "soliste Anaïs Bertolotti. On se demandait où il voulait en venir. »",
      "Dans le programme de salle, le directeur de la compagnie évoque « une pièce écologique sans " +
        "être militante ». Présent au premier rang, le prince Albert II a salué les artistes à " +
        "l’issue de la représentation.",
      "À l’entracte, les avis étaient plus partagés que l’ovation finale ne le laisserait croire. " +
        "« Magnifique visuellement, mais un peu long au milieu », estimait une abonnée monégasque, " +
        "quand un jeune danseur de l’Académie Princesse Grace, venu en voisin, parlait d’« une " +
        "claque ».",
      "« Posidonie » sera redonnée samedi et dimanche, avant une tournée à Lyon et à Madrid en " + "février.",
    ],
    quotes: [
      [
        "Je voulais que les corps bougent comme les herbiers : ensemble, sans chef, en obéissant au " +
          "courant.",
        "Tomás Arrieta",
      ],
      [
        "Les premières semaines, il nous faisait répéter allongés par terre, raconte en souriant la " +
          "soliste Anaïs Bertolotti. On se demandait où il voulait en venir.",
        "Anaïs Bertolotti",
      ],
      ["une pièce écologique sans être militante", "le directeur de la compagnie"],
      ["Magnifique visuellement, mais un peu long au milieu", "une abonnée monégasque"],
      ["une claque", "un jeune danseur de l’Académie Princesse Grace"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "National Geographic, sciences : responsable de fouille « s’enthousiasme », « pour " +
      "l’archéologue » en fragment, collègue avec « elle prévient : » et citation sur deux " +
      "paragraphes, institut par communiqué en fragment, maire sans citation, surnom entre guillemets",
    todo: "«un personnage de tout premier plan dans la co…» goes to un homme, not Camille Jacquemart",
    headline: "Marne : une tombe à char gauloise intacte mise au jour près d’Épernay",
    paragraphs: [
      "C’est une découverte comme les archéologues n’en font qu’une fois dans leur carrière. Sur le " +
        "tracé d’une future zone d’activités à Mardeuil, près d’Épernay, une équipe de l’Institut " +
        "national de recherches archéologiques préventives (Inrap) a fouillé cet automne la sépulture " +
        "d’un aristocrate gaulois inhumé vers 400 avant notre ère avec son char à deux roues.",
      "« Les deux roues sont encore en place, dans leurs fosses, et le timon est lisible sur près de " +
        "trois mètres. Pour un char de cette époque, c’est rarissime », s’enthousiasme Camille " +
        "Jacquemart, responsable de la fouille.",
      "Le défunt, un homme d’une quarantaine d’années, reposait sur la caisse du char, entouré d’une " +
        "épée dans son fourreau, d’une cruche en bronze et de quartiers de porc. Pour l’archéologue, " +
        "ces offrandes signalent « un personnage de tout premier plan dans la communauté ».",
      "Sa collègue Hélène Brissot, spécialiste du métal, a passé trois semaines à prélever les " +
        "objets en fer en motte, c’est-à-dire avec la terre qui les entoure. Elle prévient :",
      "« Le fer est tellement corrodé qu’on ne le voit qu’au scanner. Si on avait dégagé les pièces " +
        "sur place, elles seraient tombées en poussière.",
      "« Il faudra deux ans de restauration avant de pouvoir les montrer au public. »",
      "Dans un communiqué, l’Inrap souligne que la Champagne concentre « plus de la moitié des tombes " +
        "à char connues en France ». Le maire de Mardeuil, Bernard Lallement, espère voir le char " +
        "exposé à Épernay. Quant au défunt, les fouilleurs l’ont déjà surnommé « le Prince de " +
        "Mardeuil ».",
    ],
    quotes: [
      [
        "Les deux roues sont encore en place, dans leurs fosses, et le timon est lisible sur près de " +
          "trois mètres. Pour un char de cette époque, c’est rarissime",
        "Camille Jacquemart",
      ],
      ["un personnage de tout premier plan dans la communauté", "Camille Jacquemart"],
      [
        "Le fer est tellement corrodé qu’on ne le voit qu’au scanner. Si on avait dégagé les pièces " +
          "sur place, elles seraient tombées en poussière.",
        "Hélène Brissot",
      ],
      ["Il faudra deux ans de restauration avant de pouvoir les montrer au public.", "Hélène Brissot"],
      ["plus de la moitié des tombes à char connues en France", "l’Inrap"],
    ],
  }),
  {
    name:
      "Loop Haïti, santé : guillemets anglais “ ”, médecin nommé après « explique le Dr X » puis " +
      "« le médecin » avec deux-points, direction sanitaire par note en fragment, mère anonyme en " +
      "fragment puis « assure-t-elle », ONG en fragment, responsable anonyme du ministère en deux " +
      "fragments",
    todo: "«une propagation vers les communes de l’intéri…» goes to Médecins, not Médecins sans frontières",
    headline: "Choléra : le Nord-Ouest enregistre une hausse des cas, l’hôpital de Port-de-Paix débordé",
    paragraphs: [
      "Le département du Nord-Ouest fait face à une recrudescence du choléra. Au moins 312 cas " +
        "suspects et 9 décès ont été enregistrés depuis le début du mois de novembre, selon les " +
        "chiffres communiqués mercredi par le ministère de la Santé publique et de la Population " +
        "(MSPP).",
      "À l’Hôpital Immaculée Conception de Port-de-Paix, le centre de traitement ouvert en urgence " +
        "affiche complet. “Nous avons 60 lits et nous recevons parfois 40 nouveaux patients par jour. " +
        "Certains arrivent trop tard, déjà très déshydratés”, explique le Dr Wilner Joseph, directeur " +
        "médical de l’établissement.",
      "Le médecin pointe surtout l’eau : “Les quartiers du bas de la ville boivent l’eau des sources " +
        "sans la traiter. Tant que ça ne change pas, on ne fera que soigner.”",
      "Dans une note publiée mardi, la Direction sanitaire du Nord-Ouest appelle la population à “se " +
        "laver les mains au savon et à bouillir ou chlorer toute eau de boisson”. Des comprimés de " +
        "chlore sont distribués gratuitement dans les centres de santé.",
      "Sur place, les familles dénoncent le manque de moyens. Une mère de trois enfants, venue de " +
        "Bassin-Bleu à moto avec sa fille de six ans, raconte avoir attendu “plus de quatre heures " +
        "sous la tente”. “On nous a dit qu’il n’y avait plus de sérum”, assure-t-elle.",
      "Médecins sans frontières, qui appuie l’hôpital depuis une semaine, dit craindre “une " +
        "propagation vers les communes de l’intérieur avant la saison des pluies”. Joint par Loop " +
        "Haïti, un responsable du MSPP, qui a requis l’anonymat, assure que des intrants “sont en " +
        "route depuis Port-au-Prince” et devraient arriver “d’ici la fin de la semaine”.",
    ],
    quotes: [
      [
        "Nous avons 60 lits et nous recevons parfois 40 nouveaux patients par jour. Certains " +
          "arrivent trop tard, déjà très déshydratés",
        "Wilner Joseph",
      ],
      [
        "Les quartiers du bas de la ville boivent l’eau des sources sans la traiter. Tant que ça ne " +
          "change pas, on ne fera que soigner.",
        "Wilner Joseph",
      ],
      [
        "se laver les mains au savon et à bouillir ou chlorer toute eau de boisson",
        "la Direction sanitaire du Nord-Ouest",
      ],
      ["plus de quatre heures sous la tente", "Une mère de trois enfants"],
      ["On nous a dit qu’il n’y avait plus de sérum", "Une mère de trois enfants"],
      [
        "une propagation vers les communes de l’intérieur avant la saison des pluies",
        "Médecins sans frontières",
      ],
      ["sont en route depuis Port-au-Prince", "un responsable du MSPP"],
      ["d’ici la fin de la semaine", "un responsable du MSPP"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "L’Essor savoyard, vie locale : maire présenté puis citation sans verbe, retraitée nommée puis " +
      "« s’indigne la retraitée » avec question, groupe d’opposition en fragment puis présidente " +
      "« a-t-elle regretté », loueur anonyme « lâche-t-il », titre de pétition et pancarte entre " +
      "guillemets",
    todo:
      "«une privatisation qui ne dit pas son nom» goes to Saint-Jorioz Autrement, not le groupe " +
      "Saint-Jorioz Autrement; «Si ça évite les bagarres pour une place de pa…» goes to Christophe " +
      "Duparc, not un loueur de pédalos",
    headline: "Saint-Jorioz : la plage municipale deviendra payante cet été, les riverains voient rouge",
    paragraphs: [
      "C’est la fin d’une habitude vieille de cinquante ans. À partir du 1er juillet, l’accès à la " +
        "plage municipale de Saint-Jorioz coûtera 4 euros par adulte et 2 euros pour les enfants de " +
        "plus de six ans. Le conseil municipal a voté la mesure lundi soir, par 17 voix contre 6.",
      "Pour le maire, Christophe Duparc, il n’y avait pas d’autre solution. « Le week-end, on a " +
        "3 000 personnes sur 8 000 m² de pelouse, des voitures garées jusque dans les champs, et " +
        "c’est la commune qui paie les sauveteurs et le nettoyage. » Les habitants de Saint-Jorioz " +
        "bénéficieront d’un badge gratuit.",
      "L’argument ne convainc pas tout le monde. Marie-Claude Burnier, 72 ans, se baigne ici chaque " +
        "matin de juin à septembre. « Ma petite-fille habite Annecy. Elle devra payer pour venir se " +
        "baigner avec sa grand-mère ? », s’indigne la retraitée.",
      "Dans l’opposition, le groupe Saint-Jorioz Autrement dénonce « une privatisation qui ne dit " +
        "pas son nom ». Sa présidente, Nathalie Pollet, a tenté en vain de faire adopter un tarif " +
        "réduit pour les habitants de l’agglomération. « On fabrique une plage pour les touristes, et " +
        "les gens du coin iront se baigner ailleurs », a-t-elle regretté en séance.",
      "Sur la pelouse, un loueur de pédalos se montre plus nuancé. « Si ça évite les bagarres pour " +
        "une place de parking, je ne suis pas contre », lâche-t-il.",
      "Une pétition intitulée « Touche pas à ma plage » a déjà recueilli plus de 1 800 signatures " +
        "en ligne. À l’entrée du parking, une pancarte artisanale proclame « Le lac est à tout le " +
        "monde ».",
    ],
    quotes: [
      [
        "Le week-end, on a 3 000 personnes sur 8 000 m² de pelouse, des voitures garées jusque dans " +
          "les champs, et c’est la commune qui paie les sauveteurs et le nettoyage.",
        "Christophe Duparc",
      ],
      [
        "Ma petite-fille habite Annecy. Elle devra payer pour venir se baigner avec sa grand-mère ?",
        "Marie-Claude Burnier",
      ],
      ["une privatisation qui ne dit pas son nom", "le groupe Saint-Jorioz Autrement"],
      [
        "On fabrique une plage pour les touristes, et les gens du coin iront se baigner ailleurs",
        "Nathalie Pollet",
      ],
      ["Si ça évite les bagarres pour une place de parking, je ne suis pas contre", "un loueur de pédalos"],
    ],
  }),
  {
    name:
      "Le Soir d’Algérie, faits divers : guillemets droits, communiqué de la sûreté « selon » en " +
      "fragment, commissaire nommé « a indiqué » puis « a précisé l’officier » inversé et fragment " +
      "« selon qui », plaignant anonyme « nous a-t-il confié », nom d’opération entre guillemets",
    todo:
      "«le cerveau du réseau, un mécanicien bien conn…» goes to la Sûreté, not un communiqué de la " +
      "Sûreté de wilaya; «Je l'avais déjà remplacé, je pensais ne jamai…» goes to Un des plaignants, not " +
      "un entrepreneur en bâtiment de Larbaâ",
    headline: "Blida : démantèlement d'un réseau de vol de véhicules, sept individus arrêtés",
    paragraphs: [
      "Les éléments de la brigade de recherche et d'intervention (BRI) de la Sûreté de wilaya de " +
        "Blida ont démantelé un réseau spécialisé dans le vol de véhicules et la falsification de " +
        "leurs documents, a-t-on appris hier auprès de la cellule de communication de ce corps de " +
        "sécurité.",
      "Selon un communiqué de la Sûreté de wilaya, sept individus âgés de 24 à 51 ans ont été " +
        'arrêtés, dont "le cerveau du réseau, un mécanicien bien connu dans la région de Boufarik". ' +
        "Quatorze véhicules volés ont été récupérés, ainsi que des cachets et des cartes grises " +
        "vierges.",
      'L\'enquête, baptisée "Sarab" par les enquêteurs, a été déclenchée après une série de ' +
        'plaintes. "Les victimes nous signalaient des vols la nuit, toujours sur le même type de ' +
        'véhicules, des utilitaires récents", a indiqué le commissaire principal Karim Benaissa, chef ' +
        "de la BRI, lors d'un point de presse tenu au siège de la Sûreté de wilaya.",
      '"Les véhicules étaient maquillés en moins de 48 heures, avec de nouveaux numéros de châssis, ' +
        "puis revendus sur les marchés de Tiaret et de Djelfa\", a précisé l'officier, selon qui le " +
        'réseau opérait "depuis au moins deux ans".',
      "Un des plaignants, un entrepreneur en bâtiment de Larbaâ, a retrouvé son camion grâce à " +
        "l'opération. \"Je l'avais déjà remplacé, je pensais ne jamais le revoir\", nous a-t-il " +
        "confié.",
      "Les mis en cause ont été présentés devant le procureur de la République près le tribunal de " +
        "Blida, qui a ordonné leur placement en détention provisoire.",
    ],
    quotes: [
      [
        "le cerveau du réseau, un mécanicien bien connu dans la région de Boufarik",
        "un communiqué de la Sûreté de wilaya",
      ],
      [
        "Les victimes nous signalaient des vols la nuit, toujours sur le même type de véhicules, des " +
          "utilitaires récents",
        "Karim Benaissa",
      ],
      [
        "Les véhicules étaient maquillés en moins de 48 heures, avec de nouveaux numéros de châssis, " +
          "puis revendus sur les marchés de Tiaret et de Djelfa",
        "Karim Benaissa",
      ],
      ["depuis au moins deux ans", "Karim Benaissa"],
      ["Je l'avais déjà remplacé, je pensais ne jamais le revoir", "un entrepreneur en bâtiment de Larbaâ"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Voyageur, transport : citation au titre d’une passagère nommée dans le texte, « confie la " +
      "retraitée », PDG en fragment puis « a-t-il déclaré », maire désigné avant la citation et nommé " +
      "après le verbe inversé, association par lettre en fragment, contrôleur anonyme « a-t-il lancé »",
    todo:
      "«Bienvenue à bord, et bon retour à la maison» goes to Un contrôleur, not Un contrôleur " +
      "originaire de Cochrane",
    headline: "Retour du Northlander : « On l’attendait depuis douze ans », lance une passagère",
    paragraphs: [
      "Douze ans après sa suppression, le train de passagers Northlander a repris du service lundi " +
        "entre Timmins et Toronto. Le premier convoi d’Ontario Northland a quitté la gare de Timmins " +
        "à 6 h 40, avec une centaine de passagers et plusieurs élus du Nord à son bord.",
      "Ginette Lacroix, 68 ans, de Kapuskasing, avait réservé son billet dès l’ouverture des ventes. " +
        "« On l’attendait depuis douze ans. Ma fille vit à Toronto, et l’hiver, la route 11, c’est " +
        "l’enfer », confie la retraitée, qui n’avait plus fait le trajet en train depuis 2012.",
      "Le président-directeur général d’Ontario Northland, Martin Desrochers, a salué « un jour " +
        "historique pour le Nord ». « Ce train, c’est un lien vital. Les étudiants, les patients qui " +
        "vont se faire soigner dans le Sud, les aînés : ils n’avaient plus d’autre choix que " +
        "l’autobus ou la voiture », a-t-il déclaré sur le quai.",
      "Le service ne compte toutefois que quatre allers-retours par semaine, ce que déplore le maire " +
        "de Hearst. « C’est un bon début, mais Hearst reste en bout de ligne, à trois heures de route " +
        "de la gare la plus proche », a souligné Luc Veilleux.",
      "Dans une lettre envoyée au ministère des Transports en janvier, l’Association française des " +
        "municipalités de l’Ontario réclamait « un horaire quotidien et des tarifs abordables pour " +
        "les familles ». Selon Ontario Northland, un aller simple Timmins-Toronto coûtera 118 $.",
      "À bord, l’ambiance était à la fête. Un contrôleur originaire de Cochrane a même fait une " +
        "annonce en français, sous les applaudissements. « Bienvenue à bord, et bon retour à la " +
        "maison », a-t-il lancé au micro, avant que le train ne s’ébranle vers le sud.",
    ],
    quotes: [
      ["On l’attendait depuis douze ans", "Ginette Lacroix"],
      [
        "On l’attendait depuis douze ans. Ma fille vit à Toronto, et l’hiver, la route 11, c’est " +
          "l’enfer",
        "Ginette Lacroix",
      ],
      ["un jour historique pour le Nord", "Martin Desrochers"],
      [
        "Ce train, c’est un lien vital. Les étudiants, les patients qui vont se faire soigner dans le " +
          "Sud, les aînés : ils n’avaient plus d’autre choix que l’autobus ou la voiture",
        "Martin Desrochers",
      ],
      [
        "C’est un bon début, mais Hearst reste en bout de ligne, à trois heures de route de la gare " +
          "la plus proche",
        "Luc Veilleux",
      ],
      [
        "un horaire quotidien et des tarifs abordables pour les familles",
        "l’Association française des municipalités de l’Ontario",
      ],
      ["Bienvenue à bord, et bon retour à la maison", "Un contrôleur originaire de Cochrane"],
    ],
  }),
];

runArticles("fr", ARTICLES);
