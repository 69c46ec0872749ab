// A sixteenth round of composed French articles, in the styles of outlets and beats the first fifteen
// rounds (articles.fr to articles15.fr) did not use: a bike lane voted by the Plateau-Mont-Royal borough
// council in Métro (Montréal), homework abolished in Geneva primary schools for Le Courrier, two brothers
// siphoning diesel tried in Cherbourg for La Presse de la Manche, a last-second Pro D2 win in Midi
// Olympique, a malaria chemoprevention campaign in Kaya for Sidwaya, olive oil exports in Kapitalis, a
// play about the port explosion in Ici Beyrouth, flooding rain on Martinique la 1ère, dairy proteins in
// Neolithic dental calculus for CNRS Le journal and a drug lab dismantled in Herstal on RTC Télé Liège.
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
      "Métro, conseil d’arrondissement : citation au titre reprise au corps, mairesse puis " +
      "suite sans verbe, slogan sur affiches, président d’association en fragment puis " +
      "« a-t-il lancé », mot seul attribué, la Ville « dans un courriel », « a-t-elle confié à Métro »",
    todo:
      "a headline quote repeated in the body takes the headline’s description (« la mairesse du " +
      "Plateau ») instead of the name the body gives",
    headline: "Piste cyclable sur Saint-Denis : « Nous ne reculerons pas », affirme la mairesse du Plateau",
    paragraphs: [
      "Le conseil d’arrondissement du Plateau-Mont-Royal a adopté lundi soir le prolongement " +
        "de la piste cyclable de la rue Saint-Denis jusqu’au boulevard Rosemont, malgré " +
        "l’opposition de plusieurs commerçants venus en grand nombre.",
      "« Nous ne reculerons pas », a déclaré la mairesse de l’arrondissement, Geneviève " +
        "Lacasse, sous les applaudissements d’une partie de la salle. « Les familles qui " +
        "habitent le Plateau méritent des rues où leurs enfants peuvent circuler sans danger. »",
      "Devant la mairie d’arrondissement, une quarantaine de commerçants brandissaient des " +
        "affiches « Sauvons la rue Saint-Denis ». Le président de l’Association des commerçants " +
        "de la rue Saint-Denis, Karim Benali, affirme avoir perdu « près du tiers » de sa " +
        "clientèle depuis l’aménagement du premier tronçon.",
      "« Nos clients viennent de Laval, de la Rive-Sud. Ils ne viendront pas à vélo », " +
        "a-t-il lancé pendant la période de questions.",
      "Dans l’opposition, le conseiller d’Ensemble Montréal Théo Gravel-Martin a reproché à " +
        "l’administration d’avoir mené une consultation « bâclée ». Selon lui, 140 places de " +
        "stationnement disparaîtront.",
      "La Ville de Montréal indique dans un courriel que les travaux « débuteront à la " +
        "mi-avril et dureront environ dix semaines ».",
      "Cycliste quotidienne, Émilie Tremblay-Roy était venue appuyer le projet. « J’ai deux " +
        "enfants. Sur Saint-Denis, je les fais rouler sur le trottoir parce que j’ai peur », " +
        "a-t-elle confié à Métro.",
    ],
    quotes: [
      ["Nous ne reculerons pas", "Geneviève Lacasse"],
      [
        "Les familles qui habitent le Plateau méritent des rues " +
          "où leurs enfants peuvent circuler sans danger.",
        "Geneviève Lacasse",
      ],
      ["près du tiers", "Karim Benali"],
      ["Nos clients viennent de Laval, de la Rive-Sud. Ils ne viendront pas à vélo", "Karim Benali"],
      ["bâclée", "Théo Gravel-Martin"],
      ["débuteront à la mi-avril et dureront environ dix semaines", "La Ville de Montréal"],
      [
        "J’ai deux enfants. Sur Saint-Denis, je les fais rouler sur le trottoir parce que j’ai peur",
        "Émilie Tremblay-Roy",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Courrier, école : fragment au chapô repris au corps, terme entre guillemets, « la " +
      "magistrate », selon un service, « parle d’ » puis suite sans verbe, « regrette sa " +
      "coprésidente », député en fragment puis « tacle l’élu »",
    todo: "a term set in marks (« moments d’étude ») is taken for a quote",
    headline: "Genève supprime les devoirs à la maison à l’école primaire",
    standfirst:
      "Dès la rentrée, les élèves genevois de 5P à 8P n’auront plus de devoirs écrits à " +
      "domicile. Le syndicat des enseignants salue « un pas dans la bonne direction ».",
    paragraphs: [
      "La conseillère d’État chargée du Département de l’instruction publique (DIP), Sylvie " +
        "Ducommun, a présenté mercredi la réforme devant la presse. Les devoirs écrits seront " +
        "remplacés par des « moments d’étude » encadrés à l’école, deux fois par semaine.",
      "« Les devoirs creusent les inégalités. Un enfant dont les parents travaillent le soir " +
        "n’a pas les mêmes chances qu’un autre », a justifié la magistrate.",
      "Selon le Service de la recherche en éducation (SRED), « près de 40 % des élèves ne " +
        "reçoivent aucune aide à la maison pour leurs devoirs ».",
      "Président de la Société pédagogique genevoise (SPG), Olivier Blanc parle d’« un pas dans " +
        "la bonne direction », mais s’inquiète des moyens. « Qui va surveiller ces moments " +
        "d’étude ? On nous demande encore une tâche sans un poste de plus. »",
      "Du côté de la Fédération des associations de parents d’élèves, on se montre plus réservé. " +
        "« Les devoirs sont souvent le seul moment où les parents voient ce que fait leur enfant " +
        "en classe », regrette sa coprésidente, Nadia Ferreira.",
      "À droite, le député PLR Jean-Marc Perrin dénonce « un nivellement par le bas » et annonce " +
        "une question urgente au Grand Conseil. « On confond égalité des chances et absence " +
        "d’effort », tacle l’élu.",
      "La réforme sera évaluée après deux années scolaires.",
    ],
    quotes: [
      ["un pas dans la bonne direction", "Olivier Blanc"],
      [
        "Les devoirs creusent les inégalités. Un enfant dont les parents travaillent " +
          "le soir n’a pas les mêmes chances qu’un autre",
        "Sylvie Ducommun",
      ],
      [
        "près de 40 % des élèves ne reçoivent aucune aide à la maison pour leurs devoirs",
        "le Service de la recherche en éducation",
      ],
      [
        "Qui va surveiller ces moments d’étude ? On nous demande encore une tâche sans un poste de plus.",
        "Olivier Blanc",
      ],
      [
        "Les devoirs sont souvent le seul moment où les parents voient ce que fait leur enfant en classe",
        "Nadia Ferreira",
      ],
      ["un nivellement par le bas", "Jean-Marc Perrin"],
      ["On confond égalité des chances et absence d’effort", "Jean-Marc Perrin"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Presse de la Manche, tribunal correctionnel : « l’aîné » en fragment puis « a-t-il " +
      "reconnu », président qui rétorque, gérant « a-t-il témoigné », procureure et mot seul, " +
      "avocate « Me » et deux-points, surnom entre guillemets",
    headline: "Cherbourg : deux frères jugés pour avoir siphonné 9 000 litres de gazole",
    paragraphs: [
      "Le tribunal correctionnel de Cherbourg a jugé jeudi Anthony Lemarié, 31 ans, et son " +
        "frère cadet, 27 ans, tous deux domiciliés aux Pieux, pour des vols de gazole commis de " +
        "nuit sur les engins d’une entreprise de terrassement, entre mars et août 2025.",
      "L’aîné, qui reconnaît les faits, a expliqué avoir revendu le carburant à des agriculteurs " +
        "et à des particuliers « à 1 euro le litre, cash ». « Je savais que c’était pas bien. Mais " +
        "avec la paie que j’avais, je n’arrivais plus à remplir le frigo », a-t-il reconnu, la " +
        "voix nouée.",
      "« Neuf mille litres, ce n’est plus remplir le frigo, monsieur », lui a rétorqué le " +
        "président du tribunal, Bertrand Hamel.",
      "Le gérant de l’entreprise victime, Patrick Leterrier, a chiffré son préjudice à plus de " +
        "17 000 euros, réservoirs percés compris. « Pendant cinq mois, mes gars arrivaient le " +
        "matin et les pelles ne démarraient pas. On a perdu deux chantiers », a-t-il témoigné à " +
        "la barre.",
      "La substitute du procureur, Claire Vasseur, a requis douze mois de prison dont six avec " +
        "sursis contre l’aîné, qu’elle a qualifié de « cerveau » de l’opération, et huit mois " +
        "avec sursis contre son frère.",
      "Pour la défense, Me Sophie Andrieu a plaidé : « Mes clients ne sont pas des trafiquants. " +
        "Ce sont deux gars du coin qui ont fait une grosse bêtise et qui le regrettent. »",
      "Le tribunal a condamné Anthony Lemarié à dix mois, dont quatre ferme aménageables, et " +
        "son frère à six mois avec sursis. Sur les réseaux sociaux, l’affaire avait valu aux " +
        "deux frères le surnom de « rois du jerrican ».",
    ],
    quotes: [
      ["à 1 euro le litre, cash", "Anthony Lemarié"],
      [
        "Je savais que c’était pas bien. Mais avec la paie que " +
          "j’avais, je n’arrivais plus à remplir le frigo",
        "Anthony Lemarié",
      ],
      ["Neuf mille litres, ce n’est plus remplir le frigo, monsieur", "Bertrand Hamel"],
      [
        "Pendant cinq mois, mes gars arrivaient le matin et les pelles ne " +
          "démarraient pas. On a perdu deux chantiers",
        "Patrick Leterrier",
      ],
      ["cerveau", "Claire Vasseur"],
      [
        "Mes clients ne sont pas des trafiquants. Ce sont deux gars du coin " +
          "qui ont fait une grosse bêtise et qui le regrettent.",
        "Sophie Andrieu",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Midi Olympique, Pro D2 : buteur désigné par « l’ouvreur de 21 ans » puis « racontait-il », " +
      "manager puis suite sans verbe, capitaine et deux-points, entraîneur adverse en deux " +
      "fragments, verbe inversé avant le nom, banderole",
    headline: "Pro D2 : Aurillac fait tomber le leader au bout du suspense",
    standfirst:
      "Menés de dix points à vingt minutes de la fin, les Cantaliens se sont imposés 23-20 " +
      "face à Oyonnax grâce à une pénalité de Mathis Delbos à la sirène.",
    paragraphs: [
      "Il restait quelques secondes au chrono du stade Jean-Alric quand Mathis Delbos a posé le " +
        "ballon sur le tee, à 42 mètres, légèrement décalé. L’ouvreur de 21 ans n’a pas tremblé.",
      "« Honnêtement, je n’ai pas regardé les poteaux avant de frapper. Je me suis concentré sur " +
        "ma routine, comme à l’entraînement », racontait-il, encore essoufflé, en bord de terrain.",
      "Le manager aurillacois Jérôme Vidalenc, lui, retenait surtout la réaction de son pack " +
        "après le carton jaune de son talonneur. « À quatorze, on a gagné deux mêlées sur leur " +
        "introduction. Là, j’ai senti que le match pouvait basculer. »",
      "Le capitaine Baptiste Fargues a rendu hommage au public : « Ce stade, quand il pousse " +
        "comme ça, il vaut trois points. Ce soir, il en valait peut-être plus. »",
      "Côté oyonnaxien, la déception était immense. L’entraîneur des avants, Frédéric Moulin, a " +
        "évoqué « vingt dernières minutes indignes d’un leader » et regretté « trop de fautes " +
        "bêtes dans notre camp ».",
      "« On a joué avec le frein à main pendant une heure et on l’a payé », a ajouté le " +
        "troisième-ligne Lucas Berthet, auteur de l’essai des visiteurs.",
      "Dans la tribune d’honneur, une banderole « Le Cantal ne lâche rien » avait été déployée " +
        "avant le coup d’envoi. Oyonnax conserve la tête du classement avec trois points " +
        "d’avance sur Vannes.",
    ],
    quotes: [
      [
        "Honnêtement, je n’ai pas regardé les poteaux avant de frapper. Je me " +
          "suis concentré sur ma routine, comme à l’entraînement",
        "Mathis Delbos",
      ],
      [
        "À quatorze, on a gagné deux mêlées sur leur introduction. " +
          "Là, j’ai senti que le match pouvait basculer.",
        "Jérôme Vidalenc",
      ],
      [
        "Ce stade, quand il pousse comme ça, il vaut trois points. Ce soir, il en valait peut-être plus.",
        "Baptiste Fargues",
      ],
      ["vingt dernières minutes indignes d’un leader", "Frédéric Moulin"],
      ["trop de fautes bêtes dans notre camp", "Frédéric Moulin"],
      ["On a joué avec le frein à main pendant une heure et on l’a payé", "Lucas Berthet"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Sidwaya, santé : directeur régional « Dr » puis « a-t-il indiqué », « Il a invité » en " +
      "fragment, gouverneur colonel en fragment puis « a-t-il soutenu », mère « témoigne la " +
      "ménagère », agent anonyme et deux-points, slogan de campagne",
    headline: "Chimioprévention du paludisme : plus de 420 000 enfants ciblés dans le Centre-Nord",
    paragraphs: [
      "La quatrième campagne de chimioprévention du paludisme saisonnier (CPS) a été lancée le " +
        "mardi 12 août 2025 à Kaya, chef-lieu de la région du Centre-Nord. Plus de 420 000 " +
        "enfants âgés de 3 à 59 mois sont ciblés, selon la direction régionale de la santé.",
      "Le directeur régional de la santé, Dr Issouf Ouédraogo, a rappelé que le paludisme reste " +
        "la première cause de consultation dans les formations sanitaires de la région. « Pendant " +
        "la saison des pluies, nos centres de santé sont débordés. La CPS a permis de réduire de " +
        "moitié les cas graves chez les tout-petits », a-t-il indiqué.",
      "Il a invité les parents à « ouvrir leurs portes » aux distributeurs communautaires, qui " +
        "passeront de concession en concession pendant quatre jours chaque mois, jusqu’en " +
        "novembre.",
      "Pour le gouverneur de la région, le colonel Blaise Sawadogo, qui a procédé au lancement " +
        "officiel, la réussite de la campagne est « l’affaire de tous ». « Les leaders religieux " +
        "et coutumiers doivent relayer le message dans chaque village », a-t-il soutenu.",
      "Venue avec ses jumeaux au centre de santé et de promotion sociale (CSPS) du secteur 5, Awa " +
        "Zongo se dit soulagée. « L’année passée, mon fils a fait le palu trois fois. Depuis " +
        "qu’il prend les comprimés, il n’a plus été hospitalisé », témoigne la ménagère.",
      "Un agent de santé à base communautaire rencontré à Kaya souligne cependant les difficultés " +
        "d’accès à certains villages : « Avec les pluies, des pistes sont coupées. Parfois, on " +
        "fait dix kilomètres à pied avec les glacières sur la tête. »",
      "D’un coût de plus de 1,2 milliard de F CFA, la campagne est financée par l’État et ses " +
        "partenaires, dont le Fonds mondial. Le slogan retenu cette année, « Un enfant protégé, " +
        "une famille sereine », est diffusé sur les radios communautaires en mooré et en fulfuldé.",
    ],
    quotes: [
      [
        "Pendant la saison des pluies, nos centres de santé sont débordés. La CPS a " +
          "permis de réduire de moitié les cas graves chez les tout-petits",
        "Issouf Ouédraogo",
      ],
      ["ouvrir leurs portes", "Issouf Ouédraogo"],
      ["l’affaire de tous", "Blaise Sawadogo"],
      [
        "Les leaders religieux et coutumiers doivent relayer le message dans chaque village",
        "Blaise Sawadogo",
      ],
      [
        "L’année passée, mon fils a fait le palu trois fois. Depuis qu’il " +
          "prend les comprimés, il n’a plus été hospitalisé",
        "Awa Zongo",
      ],
      [
        "Avec les pluies, des pistes sont coupées. Parfois, on fait dix " +
          "kilomètres à pied avec les glacières sur la tête.",
        "Un agent de santé à base communautaire",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Kapitalis, économie : guillemets sans espace, directeur « dans une déclaration à », " +
      "« L’Office note dans son bulletin », producteur « s’indigne », organisation en fragment " +
      "puis son vice-président et deux-points, économiste « estime-t-il », marque entre " +
      "guillemets, ministère « dans un communiqué » après qu’",
    todo:
      "an organisation’s fragment (« L’Union … a appelé le gouvernement à ») goes to its vice-president " +
      "named next, and an economist’s « estime-t-il » goes to the speaker of the paragraph before",
    headline: "Huile d’olive : les exportations tunisiennes en hausse, les prix à la production en chute",
    paragraphs: [
      "La Tunisie a exporté 215 000 tonnes d’huile d’olive au cours des cinq premiers mois de la " +
        "campagne 2025-2026, soit une hausse de 38 % en volume, selon les chiffres publiés lundi " +
        "par l’Office national de l’huile (ONH). Les recettes, elles, reculent de 21 %, sous " +
        "l’effet de la baisse des cours mondiaux.",
      "«Nous vendons plus, mais nous gagnons moins. C’est la conséquence directe d’une récolte " +
        "record en Espagne», résume le directeur général de l’ONH, Mohamed Nouri, dans une " +
        "déclaration à Kapitalis.",
      "L’Office note dans son bulletin mensuel que l’huile conditionnée ne représente encore que " +
        "«12 % des quantités exportées», le reste partant en vrac vers l’Italie et l’Espagne.",
      "Dans la région de Sfax, les oléiculteurs dénoncent des prix qui ne couvrent plus leurs " +
        "coûts. «Le kilo d’olives est payé 1,2 dinar, alors qu’il nous coûte presque 1,5 dinar à " +
        "produire», s’indigne Habib Triki, producteur à Agareb, qui exploite 40 hectares.",
      "L’Union tunisienne de l’agriculture et de la pêche (Utap) a appelé le gouvernement à " +
        "«intervenir d’urgence» pour fixer un prix plancher. Son vice-président, Ridha Ben Slama, " +
        "plaide pour un stockage public: «Si l’État achète 100 000 tonnes maintenant, il les " +
        "revendra avec profit l’an prochain.»",
      "Pour l’économiste Slim Kacem, le problème est structurel. «Tant que la Tunisie exportera " +
        "son huile en vrac, elle restera dépendante des prix fixés à Jaén et à Bari», estime-t-il, " +
        "rappelant que des marques tunisiennes comme «Zitouna d’Or» ont pourtant fait leurs preuves.",
      "Le ministère de l’Agriculture a indiqué, dans un communiqué publié mardi, qu’«aucune " +
        "décision n’a encore été prise» concernant un éventuel mécanisme de soutien.",
    ],
    quotes: [
      [
        "Nous vendons plus, mais nous gagnons moins. C’est la conséquence " +
          "directe d’une récolte record en Espagne",
        "Mohamed Nouri",
      ],
      ["12 % des quantités exportées", "L’Office national de l’huile"],
      [
        "Le kilo d’olives est payé 1,2 dinar, alors qu’il nous coûte presque 1,5 dinar à produire",
        "Habib Triki",
      ],
      ["intervenir d’urgence", "L’Union tunisienne de l’agriculture et de la pêche"],
      [
        "Si l’État achète 100 000 tonnes maintenant, il les revendra avec profit l’an prochain.",
        "Ridha Ben Slama",
      ],
      [
        "Tant que la Tunisie exportera son huile en vrac, elle restera " +
          "dépendante des prix fixés à Jaén et à Bari",
        "Slim Kacem",
      ],
      ["aucune décision n’a encore été prise", "Le ministère de l’Agriculture"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Ici Beyrouth, culture : titre de pièce au titre et au corps, citation au chapô reprise au " +
      "corps, « la metteuse en scène de 38 ans » en fragment puis « poursuit-elle », comédien " +
      "« confie-t-il », spectatrice en guillemets anglais, association « dans un communiqué »",
    todo:
      "«sans pathos» goes to La metteuse en scène de 38 ans, not Rita Khoury; «On a assez pleuré. " +
      "Je voulais qu’on puisse ri…» goes to La metteuse en scène de 38 ans, not Rita Khoury",
    headline: "Au Monnot, « Les Fenêtres de Gemmayzé » rouvre les plaies du 4 août",
    standfirst:
      "Cinq ans après l’explosion du port, la metteuse en scène Rita Khoury fait parler les " +
      "façades d’un quartier dévasté. « Je voulais que les murs témoignent », dit-elle.",
    paragraphs: [
      "Le rideau s’est levé jeudi soir sur une salle comble au théâtre Monnot, à Achrafieh. " +
        "Pendant une heure et quart, six comédiens prêtent leur voix aux fenêtres d’un immeuble " +
        "de la rue Gouraud, soufflées par l’explosion du 4 août 2020.",
      "« Je voulais que les murs témoignent », explique Rita Khoury, qui a passé deux ans à " +
        "recueillir les récits des habitants du quartier. « Les gens avaient du mal à parler " +
        "d’eux-mêmes. Mais dès que je leur demandais ce qu’avait vu leur fenêtre, ils " +
        "racontaient tout. »",
      "La metteuse en scène de 38 ans, formée à l’Institut des beaux-arts de l’Université " +
        "libanaise, revendique un théâtre « sans pathos ». « On a assez pleuré. Je voulais qu’on " +
        "puisse rire aussi, parce que les gens de Gemmayzé rient beaucoup », poursuit-elle.",
      "Le comédien Georges Haddad, qui incarne la fenêtre du troisième étage, a lui-même perdu " +
        "son appartement dans l’explosion. « Chaque soir, je rejoue un peu ma propre soirée du " +
        "4 août. C’est épuisant, mais c’est aussi une façon de la mettre à distance », confie-t-il.",
      "À la sortie, Nayla Frem, une habitante de la rue Pasteur venue avec sa mère, avait les " +
        "yeux rougis. “On se reconnaît dans chaque réplique. Ma mère a reconnu notre balcon”, " +
        "souffle-t-elle.",
      "La pièce a été coproduite avec l’association Beit el-Fenn, qui veut la faire tourner dans " +
        "les régions. Dans un communiqué, l’association affirme que le spectacle « appartient à " +
        "tous les Libanais, pas seulement à ceux de Beyrouth ».",
      "« Les Fenêtres de Gemmayzé », au théâtre Monnot jusqu’au 28 septembre. Surtitrage en " +
        "français et en anglais.",
    ],
    quotes: [
      ["Je voulais que les murs témoignent", "Rita Khoury"],
      [
        "Les gens avaient du mal à parler d’eux-mêmes. Mais dès que je leur " +
          "demandais ce qu’avait vu leur fenêtre, ils racontaient tout.",
        "Rita Khoury",
      ],
      ["sans pathos", "Rita Khoury"],
      [
        "On a assez pleuré. Je voulais qu’on puisse rire aussi, " +
          "parce que les gens de Gemmayzé rient beaucoup",
        "Rita Khoury",
      ],
      [
        "Chaque soir, je rejoue un peu ma propre soirée du 4 août. C’est " +
          "épuisant, mais c’est aussi une façon de la mettre à distance",
        "Georges Haddad",
      ],
      ["On se reconnaît dans chaque réplique. Ma mère a reconnu notre balcon", "Nayla Frem"],
      ["appartient à tous les Libanais, pas seulement à ceux de Beyrouth", "Beit el-Fenn"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Martinique la 1ère, intempéries : préfecture en fragment au chapô, préfet « a martelé », " +
      "lieutenant-colonel « rapporte », « raconte la retraitée », maire en fragment puis " +
      "« accuse l’élu », selon Météo-France, nom de dispositif entre guillemets",
    headline: "Vigilance rouge : Le Lamentin et Le Robert sous les eaux",
    standfirst:
      "Des pluies diluviennes se sont abattues sur le centre de la Martinique dans la nuit de " +
      "mardi à mercredi. La préfecture parle d’un épisode « exceptionnel ».",
    paragraphs: [
      "Plus de 180 millimètres de pluie sont tombés en six heures sur Le Lamentin, selon " +
        "Météo-France, qui a placé l’île en vigilance rouge fortes pluies et orages à 2 heures " +
        "du matin.",
      "« La consigne est simple : restez chez vous et ne vous engagez pas sur les routes " +
        "inondées », a martelé le préfet Étienne Marchal lors d’un point presse à la mi-journée. " +
        "Une cinquantaine de personnes ont dû être évacuées, dont les résidents d’un Ehpad.",
      "Les sapeurs-pompiers ont réalisé 140 interventions depuis la nuit. « Nos équipes ont " +
        "sorti des familles par les fenêtres, avec de l’eau jusqu’à la poitrine », rapporte le " +
        "lieutenant-colonel Gérald Roseau, du Service territorial d’incendie et de secours.",
      "Dans le quartier Bélème, au Lamentin, Josiane Céleste, 67 ans, a tout perdu au " +
        "rez-de-chaussée de sa maison. « L’eau est entrée comme une rivière. Le frigo flottait " +
        "dans la cuisine », raconte la retraitée, encore sous le choc.",
      "Le maire du Robert, Frédéric Jean-Louis, a ouvert deux gymnases pour accueillir les " +
        "sinistrés. Il réclame la reconnaissance de l’état de catastrophe naturelle « dans les " +
        "plus brefs délais ». « Ce n’est pas la première fois. Les ravines débordent parce " +
        "qu’elles n’ont jamais été curées », accuse l’élu.",
      "Selon Météo-France, l’épisode est lié à une onde tropicale « particulièrement active et " +
        "quasi stationnaire ». Les prévisionnistes annoncent une amélioration progressive jeudi.",
      "Les établissements scolaires resteront fermés jeudi. La Collectivité territoriale de " +
        "Martinique a activé sa cellule de crise et son dispositif « Solidarité sinistrés ».",
    ],
    quotes: [
      ["exceptionnel", "La préfecture"],
      [
        "La consigne est simple : restez chez vous et ne vous engagez pas sur les routes inondées",
        "Étienne Marchal",
      ],
      [
        "Nos équipes ont sorti des familles par les fenêtres, avec de l’eau jusqu’à la poitrine",
        "Gérald Roseau",
      ],
      ["L’eau est entrée comme une rivière. Le frigo flottait dans la cuisine", "Josiane Céleste"],
      ["dans les plus brefs délais", "Frédéric Jean-Louis"],
      [
        "Ce n’est pas la première fois. Les ravines débordent parce qu’elles n’ont jamais été curées",
        "Frédéric Jean-Louis",
      ],
      ["particulièrement active et quasi stationnaire", "Météo-France"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "CNRS Le journal, science : première autrice en apposition longue, « précise la " +
      "chercheuse », nom répété avant le verbe, coauteur « Pour … » puis citation sans verbe, " +
      "guillemets d’ironie, chercheuse extérieure en fragment puis deux-points",
    headline: "Le tartre dentaire révèle que les premiers agriculteurs d’Alsace buvaient du lait",
    standfirst:
      "En analysant les protéines piégées dans le tartre de 64 individus néolithiques, une " +
      "équipe franco-allemande montre que les produits laitiers étaient consommés au quotidien " +
      "dès 5 000 ans avant notre ère.",
    paragraphs: [
      "Le tartre, cette plaque minéralisée que le dentiste s’efforce de retirer, est une mine " +
        "d’informations pour les archéologues. « C’est un véritable fossile de l’alimentation. " +
        "Il emprisonne des protéines pendant des milliers d’années », résume Camille Verdier, " +
        "paléoprotéomicienne au laboratoire PACEA, à Bordeaux, et première autrice de l’étude, " +
        "publiée le 3 mars dans Nature Communications.",
      "L’équipe a prélevé du tartre sur des dents provenant de trois nécropoles du Bas-Rhin. " +
        "Dans 41 des 64 échantillons, les chercheurs ont identifié de la bêta-lactoglobuline, " +
        "une protéine du petit-lait « qui ne laisse aucun doute sur l’origine laitière », " +
        "précise la chercheuse.",
      "Or ces populations ne digéraient pas le lactose à l’âge adulte, comme l’a montré la " +
        "génétique. « Ils devaient donc consommer surtout des produits fermentés, fromages frais " +
        "ou laits caillés, où le lactose est en partie dégradé », avance Camille Verdier.",
      "Pour Matthias Becker, archéologue à l’université de Fribourg-en-Brisgau et coauteur de " +
        "l’étude, ces résultats bousculent une idée reçue. « On pensait que le lait était réservé " +
        "aux enfants ou à des occasions particulières. Nos données suggèrent qu’il faisait " +
        "partie du quotidien. »",
      "Les faisselles en céramique percées retrouvées sur ces sites, longtemps rangées parmi les " +
        "« passoires », prennent ainsi un nouveau sens.",
      "Élodie Marchetti, archéozoologue au Muséum national d’histoire naturelle, qui n’a pas " +
        "participé aux travaux, salue « une méthode élégante », tout en appelant à la prudence : " +
        "« Le tartre ne se forme pas de la même façon chez tout le monde. Il faudra élargir " +
        "l’échantillon avant de généraliser à toute l’Europe. »",
      "L’équipe prévoit désormais d’appliquer la méthode à des sites du Bassin parisien et de la " +
        "vallée du Danube.",
    ],
    quotes: [
      [
        "C’est un véritable fossile de l’alimentation. Il emprisonne des " +
          "protéines pendant des milliers d’années",
        "Camille Verdier",
      ],
      ["qui ne laisse aucun doute sur l’origine laitière", "Camille Verdier"],
      [
        "Ils devaient donc consommer surtout des produits fermentés, fromages " +
          "frais ou laits caillés, où le lactose est en partie dégradé",
        "Camille Verdier",
      ],
      [
        "On pensait que le lait était réservé aux enfants ou à des occasions " +
          "particulières. Nos données suggèrent qu’il faisait partie du quotidien.",
        "Matthias Becker",
      ],
      ["une méthode élégante", "Élodie Marchetti"],
      [
        "Le tartre ne se forme pas de la même façon chez tout le monde. Il faudra " +
          "élargir l’échantillon avant de généraliser à toute l’Europe.",
        "Élodie Marchetti",
      ],
    ],
  }),
  {
    name:
      "RTC Télé Liège, faits divers : guillemets droits et apostrophes droites, « précise sa " +
      "porte-parole, la substitute », terme du milieu entre guillemets, riverain au prénom, " +
      "bourgmestre mot seul puis « a-t-il déclaré à notre micro », commandant en fragment, " +
      "« conclut le parquet »",
    headline: "Herstal : un laboratoire de drogue de synthèse démantelé dans un ancien garage",
    paragraphs: [
      "La police judiciaire fédérale de Liège a démantelé mardi un laboratoire clandestin de " +
        "production d'amphétamines installé dans un ancien garage de la rue Large-Voie, à " +
        "Herstal. Trois hommes, âgés de 29 à 52 ans, ont été interpellés.",
      "Le parquet de Liège confirme l'information. \"Près de 300 litres de produits chimiques et " +
        "40 kilos de pâte d'amphétamine ont été saisis\", précise sa porte-parole, la substitute " +
        "Anne-Sophie Delhaze.",
      'Deux des suspects seraient des "cuisiniers", comme on appelle dans le milieu les ' +
        "chimistes venus des Pays-Bas pour faire tourner ce genre d'installation.",
      'Dans le quartier, les riverains se doutaient de quelque chose. "Il y avait une odeur ' +
        "d'ammoniaque le soir, parfois à vous piquer les yeux. On pensait que c'était un " +
        'carrossier qui travaillait tard", raconte Michel, qui habite juste en face depuis ' +
        "vingt ans.",
      'Le bourgmestre de Herstal, Pascal Dumont, évoque un risque "majeur" pour les habitants. ' +
        "\"Ces produits sont hautement inflammables. Une étincelle, et c'est toute la rue qui y " +
        'passait", a-t-il déclaré à notre micro.',
      "La zone de secours a été mobilisée pour évacuer les produits. Son commandant, le colonel " +
        'Philippe Ramaekers, parle d\'une opération "longue et délicate", qui a duré plus de ' +
        "quatorze heures.",
      "Les trois suspects ont été placés sous mandat d'arrêt par le juge d'instruction. Ils sont " +
        "inculpés de fabrication de stupéfiants et d'association de malfaiteurs. \"L'enquête ne " +
        'fait que commencer", conclut le parquet.',
    ],
    quotes: [
      [
        "Près de 300 litres de produits chimiques et 40 kilos de pâte d'amphétamine ont été saisis",
        "Anne-Sophie Delhaze",
      ],
      [
        "Il y avait une odeur d'ammoniaque le soir, parfois à vous piquer les yeux. On " +
          "pensait que c'était un carrossier qui travaillait tard",
        "Michel",
      ],
      ["majeur", "Pascal Dumont"],
      [
        "Ces produits sont hautement inflammables. Une étincelle, et c'est toute la rue qui y passait",
        "Pascal Dumont",
      ],
      ["longue et délicate", "Philippe Ramaekers"],
      ["L'enquête ne fait que commencer", "Le parquet de Liège"],
    ],
  },
];

runArticles("fr", ARTICLES);
