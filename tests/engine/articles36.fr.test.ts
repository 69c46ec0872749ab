// A thirty-sixth round of composed French articles, in the styles of outlets and beats the first
// thirty-five rounds (articles.fr to articles35.fr) did not use: oysters from the Arcachon basin banned
// before Christmas in Sud Ouest, two kayakers rescued off the Sept-Îles in Le Trégor, a forest fire above
// Fully on Canal 9 (Valais), a village church turned into a library near Namur in Dimanche (Cathobel,
// Belgique), a contractor convicted of defrauding seniors in Laval for La Presse (Montréal), the Dettah
// ice road still closed in L’Aquilon (Territoires du Nord-Ouest), a Hafia FC-Horoya AC derby in Conakry
// for Guineematin (Guinée), forest elephants declining in the Lopé national park for Gabonactu, artisan
// bakers and the price of bread in La Vie éco (Maroc) and a two-year moratorium on new villas voted by
// the territorial council in Le Journal de Saint-Barth.
// Every article was written for these tests, before the engine was run on them; speakers follow the
// corpus guidelines (the fullest name the article gives, without title; a body or document as named;
// the shortest description that identifies an unnamed source).
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
      "Sud Ouest, consommation : citation au titre reprise mot pour mot dans le corps, " +
      "ostréiculteur nommé après la citation puis citation enchaînée, préfecture par arrêté " +
      "en fragment, ARS en fragment, président de comité « martèle-t-il », syndicat avec " +
      "deux fragments, cliente anonyme avec deux-points, reprise par le nom complet et " +
      "deux-points, slogan de campagne entre guillemets",
    todo:
      "«J’en prends chaque année pour le réveillon. L…» goes to une cliente, not une cliente venue " +
      "de Bordeaux",
    headline: "Bassin d’Arcachon : « On va perdre la moitié de notre chiffre de Noël »",
    paragraphs: [
      "La préfecture de la Gironde a suspendu mercredi la récolte et la commercialisation " +
        "des huîtres de trois secteurs du bassin d’Arcachon, après la détection de norovirus " +
        "dans des coquillages prélevés à Arès, Andernos-les-Bains et Lège-Cap-Ferret. Une " +
        "quarantaine de cas de gastro-entérite ont été signalés depuis le début du mois.",
      "« On va perdre la moitié de notre chiffre de Noël », soupire Thierry Dupouy, " +
        "ostréiculteur au port d’Arès depuis 1998, en désignant les poches empilées sur son " +
        "chantier. « Les huîtres sont là, elles sont belles, et on n’a pas le droit d’en " +
        "vendre une seule. »",
      "Dans son arrêté, la préfecture justifie la mesure par « un risque avéré pour la " +
        "santé des consommateurs ». L’Agence régionale de santé Nouvelle-Aquitaine recommande " +
        "de son côté aux personnes qui auraient acheté des huîtres du secteur depuis le 1er " +
        "décembre de « ne pas les consommer, même cuites ».",
      "Le président du Comité régional de la conchyliculture Arcachon-Aquitaine, Olivier " +
        "Dubern, pointe du doigt les réseaux d’assainissement. « Chaque fois qu’il pleut " +
        "fort, les stations débordent et c’est nous qui payons la note. Ce n’est pas aux " +
        "ostréiculteurs de porter le chapeau », martèle-t-il.",
      "Le Syndicat intercommunal du bassin d’Arcachon (Siba), gestionnaire du réseau, " +
        "reconnaît « deux épisodes de surverse » lors des orages de fin novembre, mais assure " +
        "que « les installations ont fonctionné conformément à leur dimensionnement ».",
      "Sur le marché d’Andernos, dimanche matin, une cliente venue de Bordeaux hésitait " +
        "devant l’étal : « J’en prends chaque année pour le réveillon. Là, franchement, je ne " +
        "sais pas. »",
      "Les analyses de contrôle doivent reprendre lundi. « Si elles sont bonnes deux " +
        "semaines de suite, on pourra rouvrir avant le 24 », espère Olivier Dubern. Le comité " +
        "prépare déjà une campagne « Arcachon, l’huître en confiance » pour la reprise.",
      "Thierry Dupouy, lui, ne compte plus sur le calendrier : « Les gens auront déjà " +
        "acheté ailleurs. »",
    ],
    quotes: [
      ["On va perdre la moitié de notre chiffre de Noël", "Thierry Dupouy"],
      [
        "Les huîtres sont là, elles sont belles, et on n’a pas le droit d’en vendre une seule.",
        "Thierry Dupouy",
      ],
      ["un risque avéré pour la santé des consommateurs", "La préfecture de la Gironde"],
      ["ne pas les consommer, même cuites", "L’Agence régionale de santé Nouvelle-Aquitaine"],
      [
        "Chaque fois qu’il pleut fort, les stations débordent et c’est nous qui payons la " +
          "note. Ce n’est pas aux ostréiculteurs de porter le chapeau",
        "Olivier Dubern",
      ],
      ["deux épisodes de surverse", "Le Syndicat intercommunal du bassin d’Arcachon"],
      [
        "les installations ont fonctionné conformément à leur dimensionnement",
        "Le Syndicat intercommunal du bassin d’Arcachon",
      ],
      [
        "J’en prends chaque année pour le réveillon. Là, franchement, je ne sais pas.",
        "une cliente venue de Bordeaux",
      ],
      ["Si elles sont bonnes deux semaines de suite, on pourra rouvrir avant le 24", "Olivier Dubern"],
      ["Les gens auront déjà acheté ailleurs.", "Thierry Dupouy"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Trégor, secours en mer : patron de vedette SNSM nommé après la citation, citation " +
      "reprise par « le sauveteur bénévole », homonyme sans lien de parenté entre tirets " +
      "avec « raconte ce retraité », préfecture maritime reprise par « celle-ci » en " +
      "fragment, maire en fragment, pêcheur anonyme avec deux-points, nom d’opération " +
      "entre guillemets",
    todo:
      "«nécessitent un équipement de sécurité adapté …» goes to Leurs jours ne sont pas en danger, " +
      "not la préfecture maritime de l’Atlantique",
    headline: "Perros-Guirec : deux kayakistes secourus au large des Sept-Îles",
    paragraphs: [
      "Deux kayakistes de 34 et 41 ans, originaires de Rennes, ont été secourus dimanche en " +
        "fin d’après-midi au large de l’île Rouzic, dans l’archipel des Sept-Îles. Partis de " +
        "la plage de Trestraou vers 14 h, ils avaient chaviré dans une houle croisée, avec un " +
        "vent de force 6.",
      "C’est le Cross Corsen qui a déclenché l’alerte, après l’appel d’un plaisancier. " +
        "« Ils étaient dans l’eau depuis près de quarante minutes, accrochés à leurs kayaks " +
        "retournés. Sans combinaison, ils n’auraient pas tenu », explique Yannick Le Goff, " +
        "patron de la vedette de la SNSM de Perros-Guirec.",
      "« La mer était formée, avec des creux de deux mètres. On a dû manœuvrer au plus près " +
        "des cailloux », ajoute le sauveteur bénévole, qui compte vingt-deux ans de service à " +
        "la station.",
      "Le plaisancier qui a donné l’alerte, Gwenaël Le Goff – aucun lien de parenté avec le " +
        "patron de la vedette –, rentrait de la pêche au bar. « J’ai d’abord cru que " +
        "c’étaient des bouées. Puis j’ai vu un bras se lever », raconte ce retraité " +
        "de Trégastel.",
      "Les deux hommes, en hypothermie légère, ont été pris en charge par les pompiers sur " +
        "le port, puis transportés au centre hospitalier de Lannion. Leurs jours ne sont pas " +
        "en danger, a indiqué la préfecture maritime de l’Atlantique.",
      "Dans un communiqué, celle-ci rappelle que les sorties en kayak à plus de 2 milles " +
        "d’un abri « nécessitent un équipement de sécurité adapté et une consultation " +
        "préalable de la météo marine ».",
      "La maire de Perros-Guirec, Anne-Marie Jégou, a salué sur les réseaux sociaux « la " +
        "réactivité exemplaire » des bénévoles. Sur le port, un pêcheur professionnel " +
        "résume : « Les gens voient le soleil et oublient qu’ici, le vent tourne en " +
        "dix minutes. »",
      "La station, qui a réalisé 37 interventions depuis janvier, organise le 15 août son " +
        "opération « Portes ouvertes à l’abri du canot ».",
    ],
    quotes: [
      [
        "Ils étaient dans l’eau depuis près de quarante minutes, accrochés à leurs kayaks " +
          "retournés. Sans combinaison, ils n’auraient pas tenu",
        "Yannick Le Goff",
      ],
      [
        "La mer était formée, avec des creux de deux mètres. On a dû manœuvrer au plus près " +
          "des cailloux",
        "Yannick Le Goff",
      ],
      ["J’ai d’abord cru que c’étaient des bouées. Puis j’ai vu un bras se lever", "Gwenaël Le Goff"],
      [
        "nécessitent un équipement de sécurité adapté et une consultation préalable de la " + "météo marine",
        "la préfecture maritime de l’Atlantique",
      ],
      ["la réactivité exemplaire", "Anne-Marie Jégou"],
      [
        "Les gens voient le soleil et oublient qu’ici, le vent tourne en dix minutes.",
        "un pêcheur professionnel",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Canal 9 (Valais), incendie : fragment au titre différent du corps, « le major » " +
      "avant le nom puis « reconnaît l’officier », résidente présentée avec deux-points, " +
      "porte-parole de la police « indique son porte-parole », président de commune " +
      "« a-t-il lâché », chef de service en fragment après « d’ », nom de campagne " +
      "entre guillemets",
    headline: "Incendie au-dessus de Fully : « Le feu a sauté la route en quelques secondes »",
    paragraphs: [
      "L’incendie s’est déclaré lundi vers 21 h 30 dans la forêt qui surplombe le hameau de " +
        "Buitonnaz, sur la commune de Fully. Attisé par un fort vent du sud, il a parcouru " +
        "une quarantaine d’hectares avant d’être circonscrit mardi en fin de matinée.",
      "« Le feu a sauté la route en quelques secondes. On a dû replier nos hommes pour les " +
        "mettre à l’abri », raconte le commandant du CSI Fully-Saxon, le major Patrick " +
        "Carron, au micro de Canal 9.",
      "Trois hélicoptères d’Air-Glaciers et un Super Puma de l’armée ont effectué plus de " +
        "250 largages dans la matinée. « Sans eux, on ne l’aurait jamais tenu », " +
        "reconnaît l’officier.",
      "Une vingtaine de chalets ont été évacués par précaution. Monique Roduit a passé la " +
        "nuit à la salle polyvalente de Fully : « On voyait les flammes depuis le balcon. " +
        "J’ai pris les photos de famille et le chat, c’est tout. »",
      "La Police cantonale valaisanne a ouvert une enquête pour déterminer l’origine du " +
        "sinistre. « Aucune piste n’est écartée à ce stade », indique son porte-parole, " +
        "Jean-Marc Bender.",
      "Le président de Fully, Raphaël Dorsaz, a rappelé que l’interdiction de faire du feu " +
        "en plein air est en vigueur depuis le 2 août, avec la campagne cantonale " +
        "« Attention, danger d’incendie ». « Je ne comprends pas qu’il faille encore le " +
        "répéter », a-t-il lâché.",
      "La zone brûlée devra être surveillée durant plusieurs années en raison du risque de " +
        "chutes de pierres. Le chef du Service cantonal des forêts, Alban Michellod, parle " +
        "d’« un été comme on n’en avait plus vu depuis 2003 ».",
    ],
    quotes: [
      ["Le feu a sauté la route en quelques secondes", "Patrick Carron"],
      [
        "Le feu a sauté la route en quelques secondes. On a dû replier nos hommes pour les " +
          "mettre à l’abri",
        "Patrick Carron",
      ],
      ["Sans eux, on ne l’aurait jamais tenu", "Patrick Carron"],
      [
        "On voyait les flammes depuis le balcon. J’ai pris les photos de famille et le chat, " +
          "c’est tout.",
        "Monique Roduit",
      ],
      ["Aucune piste n’est écartée à ce stade", "Jean-Marc Bender"],
      ["Je ne comprends pas qu’il faille encore le répéter", "Raphaël Dorsaz"],
      ["un été comme on n’en avait plus vu depuis 2003", "Alban Michellod"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Dimanche (Cathobel, Belgique), religion : « l’abbé » avant le nom puis citation " +
      "enchaînée, décret de l’évêché qui « précise » en fragment, bourgmestre avec fragment " +
      "puis « a-t-il détaillé », paroissienne présentée avec deux-points, historienne en " +
      "fragment puis « observe-t-elle », reprise par « le doyen », nom de pétition entre " +
      "guillemets, guillemets sans espace",
    todo: "«Ce sera une messe d’action de grâce, pas un e…» goes to le doyen, not Benoît Lambotte",
    headline: "À Sart-Bernard, l’église devient bibliothèque, mais garde son autel",
    paragraphs: [
      "Désacralisée en mars, l’église Saint-Martin de Sart-Bernard, dans la commune " +
        "d’Assesse, rouvrira ses portes en septembre sous la forme d’une bibliothèque " +
        "communale et d’un espace de rencontre. Une première dans le diocèse de Namur, où une " +
        "quarantaine d’églises pourraient connaître un sort comparable d’ici dix ans.",
      "« Nous ne vendons pas une église, nous lui donnons une seconde vie », insiste l’abbé " +
        "Benoît Lambotte, doyen de Namur-Condroz, qui a accompagné le projet depuis ses " +
        "débuts. « Le plus dur, c’était d’expliquer aux anciens que Dieu ne quittait pas " +
        "le village. »",
      "Le décret de l’évêché, lu lors de la dernière messe dominicale, précise que l’autel " +
        "restera en place et que le lieu « ne pourra accueillir aucune activité contraire à " +
        "sa dignité passée ».",
      "Le bourgmestre d’Assesse, Thierry Wautelet, y voit « une solution " +
        "gagnant-gagnant » : la commune, propriétaire du bâtiment, fait l’économie d’une " +
        "bibliothèque neuve. « Les travaux coûtent 680 000 euros, subsidiés à moitié par la " +
        "Région wallonne. Construire nous aurait coûté le triple », a-t-il détaillé devant le " +
        "conseil communal.",
      "Tout le monde n’est pas convaincu. Paroissienne depuis soixante ans, Marie-Thérèse " +
        "Gilson a signé la pétition « Sauvons Saint-Martin », qui a recueilli 312 " +
        "signatures : « J’y ai été baptisée, mariée, et j’y ai enterré mon mari. On ne lit " +
        "pas un roman là où on a pleuré. »",
      "Pour l’historienne Claire Moureau, de l’UCLouvain, ces reconversions sont pourtant " +
        "« le prix de la survie du patrimoine ». « Une église vide et fermée se dégrade en " +
        "quelques années. Une église utilisée, on la chauffe, on la répare », observe-t-elle.",
      "La dernière célébration aura lieu le 15 août, en la fête de l’Assomption. « Ce sera " +
        "une messe d’action de grâce, pas un enterrement », promet le doyen.",
    ],
    quotes: [
      ["Nous ne vendons pas une église, nous lui donnons une seconde vie", "Benoît Lambotte"],
      [
        "Le plus dur, c’était d’expliquer aux anciens que Dieu ne quittait pas le village.",
        "Benoît Lambotte",
      ],
      ["ne pourra accueillir aucune activité contraire à sa dignité passée", "Le décret de l’évêché"],
      ["une solution gagnant-gagnant", "Thierry Wautelet"],
      [
        "Les travaux coûtent 680 000 euros, subsidiés à moitié par la Région wallonne. " +
          "Construire nous aurait coûté le triple",
        "Thierry Wautelet",
      ],
      [
        "J’y ai été baptisée, mariée, et j’y ai enterré mon mari. On ne lit pas un roman là " +
          "où on a pleuré.",
        "Marie-Thérèse Gilson",
      ],
      ["le prix de la survie du patrimoine", "Claire Moureau"],
      [
        "Une église vide et fermée se dégrade en quelques années. Une église utilisée, on la " +
          "chauffe, on la répare",
        "Claire Moureau",
      ],
      ["Ce sera une messe d’action de grâce, pas un enterrement", "Benoît Lambotte"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "La Presse (Montréal), tribunaux : fragment au titre « selon la Couronne » différent " +
      "du corps, procureure « Me » nommée après la citation, juge qui « retient » en " +
      "fragment puis « écrit-elle », victime « a-t-elle confié », mère et fils du même nom, " +
      "avocat de la défense « a-t-il soutenu », organisme par déclaration écrite en " +
      "fragment, « la Couronne » en fragment",
    todo: "«savait exactement ce qu’il faisait» goes to La Couronne, not Geneviève Thibodeau",
    headline:
      "Fraude envers des aînés : l’entrepreneur « savait exactement ce qu’il faisait », " +
      "selon la Couronne",
    paragraphs: [
      "L’entrepreneur en rénovation Sylvain Bergevin a été reconnu coupable jeudi de fraude " +
        "envers onze personnes âgées de Laval et de la Rive-Nord, à qui il avait soutiré plus " +
        "de 480 000 $ pour des travaux jamais terminés, parfois jamais commencés.",
      "« L’accusé savait exactement ce qu’il faisait. Il choisissait des victimes seules, " +
        "vulnérables, souvent veuves », avait plaidé la procureure aux poursuites criminelles " +
        "et pénales, Me Geneviève Thibodeau, au palais de justice de Laval.",
      "Dans sa décision de 42 pages, la juge Marie-Claude Lapointe, de la Cour du Québec, " +
        "retient que l’accusé a « sciemment exploité la confiance » de ses clients. « Les " +
        "promesses répétées de M. Bergevin n’avaient d’autre but que d’obtenir de nouveaux " +
        "versements », écrit-elle.",
      "Jacqueline Ménard, 84 ans, avait versé 62 000 $ pour refaire la toiture et les " +
        "fenêtres de son bungalow de Sainte-Rose. « Je ne reverrai jamais mon argent, je le " +
        "sais. Mais au moins, maintenant, tout le monde sait », a-t-elle confié à La Presse à " +
        "la sortie de la salle d’audience.",
      "Son fils, Daniel Ménard, qui avait porté plainte au Service de police de Laval en " +
        "2023, s’est montré plus sévère : « Il a volé des gens qui avaient travaillé toute " +
        "leur vie. Qu’il aille en prison. »",
      "L’avocat de la défense, Me Philippe Arsenault, entend porter la décision en appel. " +
        "« Mon client a connu de graves difficultés financières. Ce n’est pas un escroc, " +
        "c’est un entrepreneur qui a fait faillite », a-t-il soutenu.",
      "L’Office de la protection du consommateur rappelle dans une déclaration écrite que " +
        "« tout entrepreneur doit détenir une licence valide de la Régie du bâtiment du " +
        "Québec ». Celle de l’entreprise de M. Bergevin avait été suspendue en 2022.",
      "Les observations sur la peine seront entendues le 14 mars. La Couronne réclamera " +
        "« une peine exemplaire ».",
    ],
    quotes: [
      ["savait exactement ce qu’il faisait", "Geneviève Thibodeau"],
      [
        "L’accusé savait exactement ce qu’il faisait. Il choisissait des victimes seules, " +
          "vulnérables, souvent veuves",
        "Geneviève Thibodeau",
      ],
      ["sciemment exploité la confiance", "Marie-Claude Lapointe"],
      [
        "Les promesses répétées de M. Bergevin n’avaient d’autre but que d’obtenir de " +
          "nouveaux versements",
        "Marie-Claude Lapointe",
      ],
      [
        "Je ne reverrai jamais mon argent, je le sais. Mais au moins, maintenant, tout le " + "monde sait",
        "Jacqueline Ménard",
      ],
      ["Il a volé des gens qui avaient travaillé toute leur vie. Qu’il aille en prison.", "Daniel Ménard"],
      [
        "Mon client a connu de graves difficultés financières. Ce n’est pas un escroc, c’est " +
          "un entrepreneur qui a fait faillite",
        "Philippe Arsenault",
      ],
      [
        "tout entrepreneur doit détenir une licence valide de la Régie du bâtiment du Québec",
        "L’Office de la protection du consommateur",
      ],
      ["une peine exemplaire", "La Couronne"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "L’Aquilon (Territoires du Nord-Ouest), transports : porte-parole nommée après la " +
      "citation, chef de communauté nommé après la citation puis « résume-t-il », " +
      "climatologue présentée avec deux-points puis fragment, résident anonyme en fragment, " +
      "« le caporal » avant le nom, nom de page web entre guillemets, guillemets " +
      "sans espace",
    todo:
      "«tous les matins, en longeant la côte» goes to Un résident de Dettah, not un résident de " +
      "Dettah; «Routes d’hiver» taken for a quote",
    headline: "Route de glace de Dettah : toujours pas d’ouverture en vue",
    paragraphs: [
      "À la mi-janvier, la route de glace qui relie Yellowknife à Dettah, sur la baie de " +
        "Yellowknife, n’est toujours pas ouverte à la circulation. Habituellement praticable " +
        "dès la fin décembre, cette voie de 6,5 kilomètres permet aux résidents de la " +
        "communauté dénée de rejoindre la capitale en quinze minutes plutôt qu’en une heure " +
        "par la route Ingraham.",
      "Selon le ministère de l’Infrastructure des Territoires du Nord-Ouest, l’épaisseur de " +
        "la glace n’atteignait que 38 centimètres lundi, alors qu’il en faut 60 pour " +
        "autoriser les véhicules légers. « Nous mesurons la glace tous les deux jours. Dès " +
        "que les conditions le permettront, nous ouvrirons, mais pas avant », a expliqué la " +
        "porte-parole du ministère, Julie Marchand.",
      "« Nos aînés ont des rendez-vous à l’hôpital Stanton. Une heure de route par moins " +
        "quarante, avec une vieille camionnette, ce n’est pas rien », souligne le chef de " +
        "Dettah, Georges Tsetta.",
      "Il réclame une navette subventionnée par le gouvernement territorial tant que la " +
        "route restera fermée. « On ne demande pas la lune, on demande un autobus », " +
        "résume-t-il.",
      "Climatologue au Collège Aurora, Nadia Bélanger observe que les ouvertures tardives " +
        "deviennent la norme : « Sur les quinze dernières années, la date d’ouverture a " +
        "reculé en moyenne de dix-neuf jours. » La chercheuse parle d’une " +
        "« tendance lourde ».",
      "En attendant, certains s’aventurent quand même sur la glace. Un résident de Dettah, " +
        "qui préfère taire son nom, admet faire la traversée en motoneige « tous les matins, " +
        "en longeant la côte ».",
      "La GRC rappelle que circuler sur une route de glace fermée est interdit. « Chaque " +
        "hiver, nous retirons des véhicules de l’eau. Ne devenez pas une statistique », " +
        "prévient le caporal Mathieu Gagnon, du détachement de Yellowknife.",
      "Le ministère publiera ses prochaines mesures vendredi sur sa page « Routes d’hiver ».",
    ],
    quotes: [
      [
        "Nous mesurons la glace tous les deux jours. Dès que les conditions le permettront, " +
          "nous ouvrirons, mais pas avant",
        "Julie Marchand",
      ],
      [
        "Nos aînés ont des rendez-vous à l’hôpital Stanton. Une heure de route par moins " +
          "quarante, avec une vieille camionnette, ce n’est pas rien",
        "Georges Tsetta",
      ],
      ["On ne demande pas la lune, on demande un autobus", "Georges Tsetta"],
      [
        "Sur les quinze dernières années, la date d’ouverture a reculé en moyenne de " + "dix-neuf jours.",
        "Nadia Bélanger",
      ],
      ["tendance lourde", "Nadia Bélanger"],
      ["tous les matins, en longeant la côte", "un résident de Dettah"],
      [
        "Chaque hiver, nous retirons des véhicules de l’eau. Ne devenez pas une statistique",
        "Mathieu Gagnon",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Guineematin (Guinée), sport : entraîneur nommé après la citation « s’est réjoui », " +
      "« Le technicien » avec deux-points, buteur présenté avec deux-points, entraîneur " +
      "adjoint en fragment puis « a-t-il fulminé », arbitre anonyme en fragment, fédération " +
      "qui ne commente pas, banderole entre guillemets",
    todo:
      "«la décision se discute, mais ne change pas le…» goes to Un membre de la commission centrale " +
      "des arbitres, not un membre de la commission centrale des arbitres",
    headline: "Ligue 1 Pro : le Hafia FC fait tomber le Horoya AC dans le derby de Conakry",
    paragraphs: [
      "Le Hafia FC a remporté dimanche soir le derby de la capitale face au Horoya AC " +
        "(2-1), au stade Général Lansana Conté de Nongo, pour le compte de la 14e journée de " +
        "la Ligue 1 Pro. Un succès qui permet aux Hafianais de revenir à deux points " +
        "du leader.",
      "Menés à la pause sur un but de Mohamed Lamine Sylla (38e), les Hafianais ont " +
        "renversé la situation grâce à Ibrahima Sory Camara (61e) et Alseny Bangoura (88e), " +
        "sous une banderole « Le derby, c’est chez nous » tendue derrière les buts.",
      "« À la mi-temps, j’ai dit aux garçons que ce derby, on ne pouvait pas le perdre " +
        "devant nos supporters. Ils ont répondu présent », s’est réjoui l’entraîneur du " +
        "Hafia, Mamadou Aliou Keïta, au micro de Guineematin.com.",
      "Le technicien n’a pas manqué de saluer son buteur : « Alseny, c’est un garçon qui " +
        "travaille dans l’ombre. Aujourd’hui, il a été récompensé. »",
      "Le héros du jour, Alseny Bangoura, 21 ans, avait du mal à contenir son émotion : " +
        "« Je dédie ce but à ma maman, qui est malade à Kindia. Elle m’a appelé avant le " +
        "match pour me dire que j’allais marquer. »",
      "Du côté du Horoya, le ton était tout autre. L’entraîneur adjoint, Thierno Oumar " +
        "Barry, a dénoncé l’arbitrage, évoquant « un penalty clair » non sifflé à la 75e " +
        "minute. « On ne peut pas jouer un derby avec un arbitre qui a peur du public », " +
        "a-t-il fulminé.",
      "Contactée par notre rédaction, la Fédération guinéenne de football n’a pas souhaité " +
        "réagir. Un membre de la commission centrale des arbitres, sous couvert d’anonymat, " +
        "estime toutefois que « la décision se discute, mais ne change pas le résultat ».",
    ],
    quotes: [
      [
        "À la mi-temps, j’ai dit aux garçons que ce derby, on ne pouvait pas le perdre devant " +
          "nos supporters. Ils ont répondu présent",
        "Mamadou Aliou Keïta",
      ],
      [
        "Alseny, c’est un garçon qui travaille dans l’ombre. Aujourd’hui, il a été récompensé.",
        "Mamadou Aliou Keïta",
      ],
      [
        "Je dédie ce but à ma maman, qui est malade à Kindia. Elle m’a appelé avant le match " +
          "pour me dire que j’allais marquer.",
        "Alseny Bangoura",
      ],
      ["un penalty clair", "Thierno Oumar Barry"],
      ["On ne peut pas jouer un derby avec un arbitre qui a peur du public", "Thierno Oumar Barry"],
      [
        "la décision se discute, mais ne change pas le résultat",
        "un membre de la commission centrale des arbitres",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Gabonactu, science : titre d’article scientifique entre guillemets, « le Dr » avant " +
      "le nom d’une autrice, « Selon elle » puis « précise la chercheuse », étude qui " +
      "« note » en fragment, chef de regroupement nommé avant et repris par sa fonction, " +
      "responsable anonyme en fragment, co-auteur « estime-t-il »",
    todo:
      "«les clôtures ne suffiront pas sans indemnisat…» goes to Un responsable de l’ANPN, not un " +
      "responsable de l’ANPN",
    headline:
      "Parc national de la Lopé : les éléphants de forêt ont perdu 20 % de leurs effectifs " + "en dix ans",
    paragraphs: [
      "La population d’éléphants de forêt du parc national de la Lopé a reculé d’environ 20 " +
        "% entre 2014 et 2024, selon une étude publiée la semaine dernière dans la revue Oryx " +
        "par une équipe de l’Agence nationale des parcs nationaux (ANPN) et de l’université " +
        "de Stirling, en Écosse. L’article est intitulé « Forest elephant decline in a " +
        "protected landscape ».",
      "Les chercheurs ont identifié 1 146 individus grâce à l’ADN extrait de leurs crottes, " +
        "collectées le long de 600 kilomètres de transects. « C’est la première fois qu’on " +
        "dispose d’un recensement génétique aussi complet pour un parc d’Afrique centrale », " +
        "explique le Dr Léa Mintsa Obiang, écologue à l’ANPN et première autrice de l’étude.",
      "Selon elle, le braconnage n’explique pas tout. « Nous observons aussi des " +
        "déplacements vers le nord, hors du parc, où les animaux entrent en conflit avec les " +
        "cultures des villages », précise la chercheuse.",
      "L’étude note que les éléphants de forêt disséminent les graines de « plus de 90 " +
        "espèces d’arbres », dont des essences commerciales comme le moabi.",
      "À Makoghé, en lisière du parc, Paulin Moukagni, chef de regroupement, connaît bien " +
        "le problème. « Les éléphants, on les respecte. Mais quand ils mangent trois champs " +
        "de manioc en une nuit, la famille n’a plus rien », déplore le chef de regroupement.",
      "Le ministère des Eaux et Forêts a annoncé l’installation de clôtures électriques " +
        "dans six villages d’ici la fin de l’année. Un responsable de l’ANPN, qui a requis " +
        "l’anonymat, reconnaît que « les clôtures ne suffiront pas sans indemnisation rapide " +
        "des paysans ».",
      "Co-auteur de l’étude, l’écologue britannique Alan Ferguson rappelle l’enjeu. « Le " +
        "Gabon abrite plus de la moitié des éléphants de forêt restant au monde. Ce qui se " +
        "passe à la Lopé nous concerne tous », estime-t-il.",
    ],
    quotes: [
      [
        "C’est la première fois qu’on dispose d’un recensement génétique aussi complet pour " +
          "un parc d’Afrique centrale",
        "Léa Mintsa Obiang",
      ],
      [
        "Nous observons aussi des déplacements vers le nord, hors du parc, où les animaux " +
          "entrent en conflit avec les cultures des villages",
        "Léa Mintsa Obiang",
      ],
      ["plus de 90 espèces d’arbres", "L’étude"],
      [
        "Les éléphants, on les respecte. Mais quand ils mangent trois champs de manioc en une " +
          "nuit, la famille n’a plus rien",
        "Paulin Moukagni",
      ],
      ["les clôtures ne suffiront pas sans indemnisation rapide des paysans", "un responsable de l’ANPN"],
      [
        "Le Gabon abrite plus de la moitié des éléphants de forêt restant au monde. Ce qui se " +
          "passe à la Lopé nous concerne tous",
        "Alan Ferguson",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Vie éco (Maroc), économie : chapô sans citation, président de fédération nommé " +
      "après la citation puis « le président de la FNBP », responsable de ministère anonyme " +
      "après « qu’ », économiste « explique-t-elle » puis « Selon elle » en fragment, " +
      "boulanger présenté puis citation sans verbe, rapport d’institution en fragment",
    headline: "Boulangerie : les artisans réclament une révision du prix du pain",
    standfirst:
      "Gelé depuis des années à 1,20 DH, le prix du pain de 200 grammes ne couvre plus les " +
      "coûts de production, affirment les professionnels. Le gouvernement exclut " +
      "toute hausse.",
    paragraphs: [
      "La Fédération nationale de la boulangerie et pâtisserie (FNBP) a tenu mardi à " +
        "Casablanca une conférence de presse pour alerter sur la situation des boulangeries " +
        "artisanales. Selon la fédération, près de 2 000 établissements ont fermé en trois " +
        "ans, sur environ 12 000.",
      "« Un pain de 200 grammes nous coûte aujourd’hui 1,45 DH à produire, entre la farine, " +
        "l’énergie et les salaires. Nous le vendons à 1,20 DH. Faites le calcul », a lancé " +
        "son président, Abdelhak Benjelloun.",
      "La fédération demande soit une hausse encadrée à 1,50 DH, soit une compensation " +
        "directe aux boulangers. « Nous ne voulons pas pénaliser le consommateur, mais nous " +
        "ne pouvons pas continuer à travailler à perte », a ajouté le président de la FNBP.",
      "Du côté du gouvernement, la position est claire. Interrogé par La Vie éco, un " +
        "responsable du ministère de l’Économie et des Finances assure qu’« il n’est pas " +
        "question de toucher au prix du pain dans le contexte actuel ».",
      "Pour l’économiste Salma Kettani, professeure à l’ISCAE, le problème est structurel. " +
        "« La farine subventionnée ne représente qu’un tiers de la farine utilisée par les " +
        "boulangeries. Le reste est acheté au prix du marché », explique-t-elle. Selon elle, " +
        "les artisans subissent aussi « la concurrence frontale des grandes surfaces », qui " +
        "vendent le pain à prix coûtant pour attirer la clientèle.",
      "À Rabat, dans le quartier de l’Agdal, Mustapha El Idrissi tient une boulangerie " +
        "fondée par son père en 1987. Il a déjà réduit son personnel de neuf à cinq employés. " +
        "« Je me lève à 3 heures du matin pour perdre de l’argent. Mes enfants ne reprendront " +
        "pas, c’est sûr. »",
      "Un rapport du Conseil de la concurrence, publié l’an dernier, relevait déjà que la " +
        "filière « souffre d’un déséquilibre entre des prix administrés et des coûts " +
        "libéralisés ».",
    ],
    quotes: [
      [
        "Un pain de 200 grammes nous coûte aujourd’hui 1,45 DH à produire, entre la farine, " +
          "l’énergie et les salaires. Nous le vendons à 1,20 DH. Faites le calcul",
        "Abdelhak Benjelloun",
      ],
      [
        "Nous ne voulons pas pénaliser le consommateur, mais nous ne pouvons pas continuer à " +
          "travailler à perte",
        "Abdelhak Benjelloun",
      ],
      [
        "il n’est pas question de toucher au prix du pain dans le contexte actuel",
        "un responsable du ministère de l’Économie et des Finances",
      ],
      [
        "La farine subventionnée ne représente qu’un tiers de la farine utilisée par les " +
          "boulangeries. Le reste est acheté au prix du marché",
        "Salma Kettani",
      ],
      ["la concurrence frontale des grandes surfaces", "Salma Kettani"],
      [
        "Je me lève à 3 heures du matin pour perdre de l’argent. Mes enfants ne reprendront " +
          "pas, c’est sûr.",
        "Mustapha El Idrissi",
      ],
      [
        "souffre d’un déséquilibre entre des prix administrés et des coûts libéralisés",
        "Un rapport du Conseil de la concurrence",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Le Journal de Saint-Barth, politique locale : président de la Collectivité nommé " +
      "après la citation puis « L’élu » et « a-t-il rappelé », conseillère d’opposition en " +
      "fragment puis « a-t-elle regretté », délibération qui « précise » en fragment, " +
      "président d’association avec deux-points, agent immobilier anonyme en fragment, nom " +
      "de moratoire entre guillemets, guillemets sans espace",
    todo:
      "«une flambée des prix sur l’existant» goes to Un agent immobilier de Saint-Jean, not un " +
      "agent immobilier de Saint-Jean",
    headline: "Conseil territorial : un moratoire de deux ans sur les nouvelles villas",
    paragraphs: [
      "Réuni jeudi en séance plénière à l’hôtel de la Collectivité, à Gustavia, le conseil " +
        "territorial a adopté par 13 voix contre 6 un moratoire de deux ans sur la délivrance " +
        "des permis de construire pour les villas neuves de plus de 250 m² de surface " +
        "de plancher.",
      "« L’île n’est pas extensible. Si nous ne donnons pas un coup de frein maintenant, " +
        "dans dix ans il n’y aura plus un morne sans villa », a justifié le président de la " +
        "Collectivité, Franck Aubin.",
      "L’élu a également évoqué la pression sur la ressource en eau, produite par " +
        "dessalement. « Chaque nouvelle piscine, ce sont des mètres cubes que l’usine doit " +
        "fournir en pleine saison sèche », a-t-il rappelé.",
      "Pour la conseillère territoriale d’opposition Hélène Bernier, le texte « arrive trop " +
        "tard et frappe les mauvaises personnes ». « Les grands promoteurs ont déposé leurs " +
        "dossiers il y a six mois. Ce sont les familles de l’île qui veulent construire pour " +
        "leurs enfants qui vont attendre », a-t-elle regretté.",
      "Le texte prévoit une exception pour les résidences principales des personnes " +
        "installées sur l’île depuis plus de cinq ans. La délibération précise que ces " +
        "demandes « feront l’objet d’un examen au cas par cas par la commission " +
        "d’urbanisme ».",
      "Le président de l’Association des entreprises du bâtiment de Saint-Barthélemy, " +
        "Jean-Claude Brin, craint pour l’emploi : « Le BTP, c’est 600 salariés sur l’île. " +
        "Deux ans sans nouveaux chantiers, certaines entreprises ne s’en relèveront pas. »",
      "Un agent immobilier de Saint-Jean, qui n’a pas souhaité être cité, s’attend pour sa " +
        "part à « une flambée des prix sur l’existant ».",
      "Le moratoire, baptisé « Pause Saint-Barth » par ses promoteurs, entrera en vigueur " +
        "dès sa publication au Journal officiel de la Collectivité.",
    ],
    quotes: [
      [
        "L’île n’est pas extensible. Si nous ne donnons pas un coup de frein maintenant, dans " +
          "dix ans il n’y aura plus un morne sans villa",
        "Franck Aubin",
      ],
      [
        "Chaque nouvelle piscine, ce sont des mètres cubes que l’usine doit fournir en pleine " +
          "saison sèche",
        "Franck Aubin",
      ],
      ["arrive trop tard et frappe les mauvaises personnes", "Hélène Bernier"],
      [
        "Les grands promoteurs ont déposé leurs dossiers il y a six mois. Ce sont les " +
          "familles de l’île qui veulent construire pour leurs enfants qui vont attendre",
        "Hélène Bernier",
      ],
      ["feront l’objet d’un examen au cas par cas par la commission d’urbanisme", "La délibération"],
      [
        "Le BTP, c’est 600 salariés sur l’île. Deux ans sans nouveaux chantiers, certaines " +
          "entreprises ne s’en relèveront pas.",
        "Jean-Claude Brin",
      ],
      ["une flambée des prix sur l’existant", "un agent immobilier de Saint-Jean"],
    ],
  }),
];

runArticles("fr", ARTICLES);
