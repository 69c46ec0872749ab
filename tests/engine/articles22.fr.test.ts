// A twenty-second round of composed French articles, in the styles of outlets and beats the first
// twenty-one rounds (articles.fr to articles21.fr) did not use: a budget sent back to the municipal
// executive by the Morges town council in the Journal de Morges, a farmer tried in Le Havre for pushing a
// biodiversity inspector in Le Courrier cauchois, a Lausanne fintech postponing its listing in L’Agefi, a
// cyclo-cross World Cup win at the Namur citadel in Sport/Foot Magazine, a Baie-Comeau novelist's
// literary prize in Le Manic, seagrass beds recovering in the Gulf of Morbihan in Sciences Ouest, a
// diphtheria outbreak in Kankan for Guinéenews, a village café reopened in Allègre for L’Éveil de la
// Haute-Loire, a home-jacking in Uccle on RTL Info (Belgium) and a teachers' strike in Douala secondary
// schools for Mutations (Cameroun). Every article was written for these tests, before the engine was run
// on them; speakers follow the corpus guidelines (the fullest name the article gives, without title; a
// body or document as named; the shortest description that identifies an unnamed source).
import {
  type ArticleCase,
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  runArticles,
  withGuillemetSpacing,
} from "./battery.helpers.ts";

const ARTICLES: ArticleCase[] = [
  {
    name:
      "Journal de Morges, politique : guillemets suisses sans espace, fragment au titre d’un rapport " +
      "de commission nommé dans le texte, « présenté par la syndique comme », « a lancé le président " +
      "du groupe PLR », incise à l’intérieur des guillemets, deux hommes puis « le premier » et « le " +
      "second » en fragments, deux-points après « la syndique », terme technique entre guillemets",
    todo: "«budget de responsabilité» not found; «douzièmes provisoires» taken for a quote",
    headline: "Budget 2027: le Conseil communal renvoie à la Municipalité «une copie à revoir»",
    standfirst:
      "Par 52 voix contre 38, le législatif morgien a refusé mardi soir d’entrer en matière sur un " +
      "budget qui prévoyait un déficit de 6,4 millions de francs.",
    paragraphs: [
      "La séance a duré plus de quatre heures au Casino. Au terme d’un débat tendu, la droite et " +
        "les Vert’libéraux ont fait bloc pour refuser l’entrée en matière sur le budget 2027, " +
        "présenté par la syndique Laurence Perrin-Chevalley comme un «budget de responsabilité».",
      "«Nous ne sommes pas contre les investissements. Mais quand on prévoit un déficit de 6,4 " +
        "millions et qu’on augmente encore les charges de personnel, il faut avoir le courage de dire " +
        "stop», a lancé le président du groupe PLR, Olivier Mettraux, sous les applaudissements d’une " +
        "partie des bancs.",
      "Le rapport de la commission des finances, adopté à une courte majorité, jugeait lui aussi le " +
        "projet déséquilibré et attendait de la Municipalité «une copie à revoir dans sa globalité " +
        "d’ici à la fin du mois de janvier».",
      "À gauche, on dénonce une manœuvre. «La droite veut faire payer aux Morgiens la facture de " +
        "ses propres baisses d’impôts, a dénoncé la socialiste Anne-Catherine Dufour. Le jour où il " +
        "faudra fermer une garderie, on saura à qui s’adresser.»",
      "Le municipal des finances, Patrick Gaudard, et le conseiller vert’libéral Yann Berthoud se " +
        "sont ensuite livré un échange aigre-doux. Le premier a rappelé que la hausse des charges " +
        "découlait «pour moitié de décisions cantonales», tandis que le second lui reprochait de " +
        "«confondre gestion et prophétie».",
      "À la sortie, la syndique ne cachait pas sa déception: «C’est un signal que nous devons " +
        "entendre. Nous reviendrons avec un budget remanié, mais je ne sacrifierai pas les projets " +
        "scolaires.»",
      "Faute de budget adopté au 1er janvier, la commune fonctionnera avec des «douzièmes " +
        "provisoires», comme le prévoit la loi sur les communes.",
    ],
    quotes: [
      ["une copie à revoir", "Le rapport de la commission des finances"],
      ["budget de responsabilité", "Laurence Perrin-Chevalley"],
      [
        "Nous ne sommes pas contre les investissements. Mais quand on prévoit un déficit de 6,4 " +
          "millions et qu’on augmente encore les charges de personnel, il faut avoir le courage de " +
          "dire stop",
        "Olivier Mettraux",
      ],
      [
        "une copie à revoir dans sa globalité d’ici à la fin du mois de janvier",
        "Le rapport de la commission des finances",
      ],
      [
        "La droite veut faire payer aux Morgiens la facture de ses propres baisses d’impôts, a " +
          "dénoncé la socialiste Anne-Catherine Dufour. Le jour où il faudra fermer une garderie, on " +
          "saura à qui s’adresser.",
        "Anne-Catherine Dufour",
      ],
      ["pour moitié de décisions cantonales", "Patrick Gaudard"],
      ["confondre gestion et prophétie", "Yann Berthoud"],
      [
        "C’est un signal que nous devons entendre. Nous reviendrons avec un budget remanié, mais je " +
          "ne sacrifierai pas les projets scolaires.",
        "Laurence Perrin-Chevalley",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Courrier cauchois, justice : fragment au chapeau du prévenu nommé, « a expliqué à la barre " +
      "le quinquagénaire », deux femmes (présidente et avocate) avec deux-points puis « a plaidé », " +
      "victime absente par une lettre en fragments, substitut « a lancé », syndicaliste en fragment, " +
      "nom de réunion entre guillemets",
    todo:
      "«eu peur pour sa vie» goes to Didier Lefrançois, not L’inspecteur; «un climat de plus en plus " +
      "hostile» goes to Didier Lefrançois, not L’inspecteur",
    headline: "Fauville-en-Caux : l’agriculteur qui avait bousculé un agent de l’OFB condamné avec sursis",
    standfirst:
      "Jugé jeudi par le tribunal correctionnel du Havre, Didier Lefrançois, 56 ans, a reconnu avoir " +
      "« perdu les pédales » lors d’un contrôle sur son exploitation.",
    paragraphs: [
      "Les faits remontent au 14 mars. Ce jour-là, deux inspecteurs de l’Office français de la " +
        "biodiversité (OFB) se présentent sur l’exploitation de Didier Lefrançois, à " +
        "Fauville-en-Caux, pour vérifier l’entretien d’une mare et d’un talus protégés. Le ton monte " +
        "rapidement. L’éleveur saisit l’un des agents par le col et le repousse contre la portière de " +
        "son véhicule.",
      "« Je n’ai frappé personne. Je l’ai poussé, oui, et je le regrette. Ce jour-là, j’avais trois " +
        "vêlages en retard et on venait me parler d’un talus », a expliqué à la barre le " +
        "quinquagénaire, casquette à la main.",
      "La présidente du tribunal, Marie-Hélène Courtois, l’a repris sèchement : « Un talus protégé, " +
        "monsieur, ce n’est pas un détail administratif. » Son avocate, Me Sandrine Vautier, a plaidé " +
        "la « détresse d’un homme seul sur 140 hectares », rappelant que son client n’avait jamais eu " +
        "affaire à la justice.",
      "L’inspecteur, un homme de 34 ans arrivé dans le département l’an dernier, n’était pas " +
        "présent à l’audience. Dans une lettre lue par son avocat, il dit avoir « eu peur pour sa vie " +
        "» et évoque « un climat de plus en plus hostile » envers les agents de terrain.",
      "« L’autorité de l’État ne se négocie pas au bord d’un champ », a lancé le substitut du " +
        "procureur, Thomas Guérin, qui a requis huit mois d’emprisonnement avec sursis et 1 500 euros " +
        "d’amende.",
      "Le tribunal a finalement condamné Didier Lefrançois à six mois avec sursis et 800 euros " +
        "d’amende, ainsi qu’à verser 1 000 euros de dommages et intérêts à l’agent. À la sortie, un " +
        "responsable de la FDSEA, Jean-Luc Hauguel, estimait que l’affaire aurait dû « se régler " +
        "autour d’une table, pas dans un prétoire ». Le syndicat organisait le soir même à Yvetot une " +
        "réunion baptisée « Paysans sous contrôle ».",
    ],
    quotes: [
      ["perdu les pédales", "Didier Lefrançois"],
      [
        "Je n’ai frappé personne. Je l’ai poussé, oui, et je le regrette. Ce jour-là, j’avais trois " +
          "vêlages en retard et on venait me parler d’un talus",
        "Didier Lefrançois",
      ],
      ["Un talus protégé, monsieur, ce n’est pas un détail administratif.", "Marie-Hélène Courtois"],
      ["détresse d’un homme seul sur 140 hectares", "Sandrine Vautier"],
      ["eu peur pour sa vie", "L’inspecteur"],
      ["un climat de plus en plus hostile", "L’inspecteur"],
      ["L’autorité de l’État ne se négocie pas au bord d’un champ", "Thomas Guérin"],
      ["se régler autour d’une table, pas dans un prétoire", "Jean-Luc Hauguel"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "L’Agefi, entreprises : fragment au titre d’un directeur général nommé dans le texte, nom de " +
      "projet entre guillemets, « a déclaré à L’Agefi son directeur général », deux hommes puis " +
      "citation coupée par « explique le second », communiqué en fragments, note de banque en " +
      "fragment, administrateur anonyme",
    todo:
      "«Les investisseurs nous ont dit qu’ils aimaien…» goes to New York, not Marc-Olivier Zbinden; " +
      "«Mais tous attendent une nouvelle baisse des t…» goes to New York, not Marc-Olivier Zbinden; " +
      "«solide» goes to L’Agefi, not Payvia; «au moins trente mois» goes to L’Agefi, not Payvia",
    headline: "Payvia reporte son entrée en Bourse : « Le marché n’est pas prêt »",
    standfirst:
      "La fintech lausannoise renonce pour l’instant à sa cotation sur SIX, prévue en novembre. Ses " +
      "actionnaires historiques restent à bord.",
    paragraphs: [
      "Payvia ne sonnera pas la cloche de SIX Swiss Exchange cette année. La fintech lausannoise, " +
        "spécialisée dans les paiements entre PME, a annoncé mercredi soir le report de son " +
        "introduction en Bourse, baptisée en interne « Projet Léman », qui devait lever entre 180 et " +
        "220 millions de francs.",
      "« Le marché n’est pas prêt à valoriser correctement une entreprise comme la nôtre. Nous " +
        "préférons attendre plutôt que de brader le travail de nos 240 collaborateurs », a déclaré à " +
        "L’Agefi son directeur général et cofondateur, Laurent Baechler.",
      "Le patron et son directeur financier, Marc-Olivier Zbinden, ont passé les deux dernières " +
        "semaines en roadshow entre Zurich, Londres et New York. « Les investisseurs nous ont dit " +
        "qu’ils aimaient le modèle », explique le second. « Mais tous attendent une nouvelle baisse " +
        "des taux de la BNS avant de s’engager sur une valorisation de croissance. »",
      "Dans un communiqué, la société assure que sa situation financière reste « solide », avec une " +
        "trésorerie de 64 millions de francs qui lui permet de financer « au moins trente mois » " +
        "d’activité.",
      "Une note de la Banque cantonale vaudoise publiée jeudi matin relativise : le report « n’est " +
        "pas un signal de faiblesse propre à Payvia, mais le reflet d’une fenêtre qui s’est refermée " +
        "pour toutes les valeurs technologiques européennes ».",
      "Les actionnaires historiques, dont le fonds zurichois Alpinvest Partners, ont renouvelé leur " +
        "soutien. « Personne ne veut sortir à ces prix-là. On préfère laisser passer l’hiver », " +
        "confie un membre du conseil d’administration.",
    ],
    quotes: [
      ["Le marché n’est pas prêt", "Laurent Baechler"],
      [
        "Le marché n’est pas prêt à valoriser correctement une entreprise comme la nôtre. Nous " +
          "préférons attendre plutôt que de brader le travail de nos 240 collaborateurs",
        "Laurent Baechler",
      ],
      ["Les investisseurs nous ont dit qu’ils aimaient le modèle", "Marc-Olivier Zbinden"],
      [
        "Mais tous attendent une nouvelle baisse des taux de la BNS avant de s’engager sur une " +
          "valorisation de croissance.",
        "Marc-Olivier Zbinden",
      ],
      ["solide", "Payvia"],
      ["au moins trente mois", "Payvia"],
      [
        "n’est pas un signal de faiblesse propre à Payvia, mais le reflet d’une fenêtre qui s’est " +
          "refermée pour toutes les valeurs technologiques européennes",
        "Une note de la Banque cantonale vaudoise",
      ],
      [
        "Personne ne veut sortir à ces prix-là. On préfère laisser passer l’hiver",
        "un membre du conseil d’administration",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Sport/Foot Magazine, sport : citation au chapeau d’un directeur sportif nommé dans le texte, " +
      "surnom entre guillemets, citation sur deux paragraphes sans attribution au premier, « a confié " +
      "le Limbourgeois », « reconnaissait le champion des Pays-Bas », citation sans verbe après le " +
      "nom, supporter au prénom avec deux-points",
    todo:
      "«Il a couru comme un vieux briscard» goes to son directeur sportif, not Kurt Smets; «Il a " +
      "couru comme un vieux briscard. À 23 ans,…» goes to Thibau Van Acker, not Kurt Smets",
    headline: "Cyclo-cross : Thibau Van Acker dompte la Citadelle de Namur",
    standfirst:
      "Le Limbourgeois de 23 ans a signé dimanche sa première victoire en Coupe du monde, sous la " +
      "pluie et devant 20.000 spectateurs. « Il a couru comme un vieux briscard », salue son " +
      "directeur sportif.",
    paragraphs: [
      "Il y avait de la boue jusqu’aux chevilles dans la descente des Escaliers, et Thibau Van " +
        "Acker n’a jamais posé pied à terre. Surnommé « le Chamois » depuis ses années juniors, le " +
        "coureur de Hasselt a lâché le Néerlandais Joris Verhoeven dans l’avant-dernier tour pour " +
        "s’imposer avec quatorze secondes d’avance.",
      "« Au briefing, on avait dit que tout se jouerait dans les Escaliers. J’ai attendu le bon " +
        "moment et, quand j’ai vu que Joris glissait derrière moi, j’ai tout donné.",
      "« Je n’ai plus regardé derrière moi jusqu’à la ligne. Gagner ici, à Namur, devant ma " +
        "famille, c’est quelque chose que je n’oublierai jamais », a confié le Limbourgeois, la voix " +
        "cassée.",
      "Verhoeven, lui, ne cherchait pas d’excuses. « Thibau était plus fort aujourd’hui. Moi, j’ai " +
        "fait une erreur dans le dévers et je l’ai payée cash », reconnaissait le champion des " +
        "Pays-Bas, qui conserve malgré tout la tête du classement général.",
      "Dans la zone technique, Kurt Smets savourait. Le directeur sportif de l’équipe " +
        "Vandermeulen-Bouw avait repéré Van Acker chez les juniors. « Il a couru comme un vieux " +
        "briscard. À 23 ans, savoir attendre comme ça, c’est rare. »",
      "Le public wallon, venu en masse malgré la pluie, a réservé une ovation au vainqueur. Sur la " +
        "butte, Christian, un supporter de Jambes, n’en revenait pas : « Un Flamand qui gagne à " +
        "Namur, et tout le monde applaudit. C’est ça, le cross ! »",
    ],
    quotes: [
      ["Il a couru comme un vieux briscard", "Kurt Smets"],
      [
        "Au briefing, on avait dit que tout se jouerait dans les Escaliers. J’ai attendu le bon " +
          "moment et, quand j’ai vu que Joris glissait derrière moi, j’ai tout donné.",
        "Thibau Van Acker",
      ],
      [
        "Je n’ai plus regardé derrière moi jusqu’à la ligne. Gagner ici, à Namur, devant ma " +
          "famille, c’est quelque chose que je n’oublierai jamais",
        "Thibau Van Acker",
      ],
      [
        "Thibau était plus fort aujourd’hui. Moi, j’ai fait une erreur dans le dévers et je l’ai " +
          "payée cash",
        "Joris Verhoeven",
      ],
      ["Il a couru comme un vieux briscard. À 23 ans, savoir attendre comme ça, c’est rare.", "Kurt Smets"],
      ["Un Flamand qui gagne à Namur, et tout le monde applaudit. C’est ça, le cross !", "Christian"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Manic, culture : titre de roman entre guillemets au titre et dans le texte, jury en " +
      "fragment au chapeau puis dans un communiqué, « a confié l’autrice de 47 ans », président du " +
      "jury « a résumé », deux femmes (éditrice et autrice) puis « raconte-t-elle », syndicat sur " +
      "Facebook en fragment, étiquette entre guillemets",
    headline:
      "Grand Prix du livre de Montréal : Geneviève Lachance sacrée pour « Les saisons de l’estuaire »",
    standfirst: "Le jury salue un roman « d’une rare justesse » sur la fermeture d’une usine de Baie-Comeau.",
    paragraphs: [
      "La romancière baie-comoise Geneviève Lachance a remporté mardi soir le Grand Prix du livre " +
        "de Montréal, doté d’une bourse de 15 000 $, pour « Les saisons de l’estuaire », paru au " +
        "printemps aux éditions du Phare-Est.",
      "« Je l’ai écrit pour mon père, qui a travaillé trente-deux ans à l’aluminerie et qui n’a " +
        "jamais lu un roman de sa vie », a confié l’autrice de 47 ans, visiblement émue, en recevant " +
        "le prix à l’hôtel de ville de Montréal.",
      "Dans son communiqué, le jury évoque une écriture « d’une rare justesse, qui donne la parole " +
        "à ceux que la littérature québécoise a longtemps laissés en marge ». « C’est un livre qui ne " +
        "crie jamais et qui pourtant nous secoue », a résumé en entrevue son président, le poète " +
        "Jean-Sébastien Ouellet.",
      "Son éditrice, Marie-Claude Gosselin, dit avoir reçu le manuscrit « par la poste, comme dans " +
        "le bon vieux temps ». Geneviève Lachance avait pourtant essuyé six refus avant de frapper à " +
        "la porte du Phare-Est. « J’étais prête à le ranger dans un tiroir. Marie-Claude m’a appelée " +
        "un dimanche soir, et ma vie a changé », raconte-t-elle.",
      "À Baie-Comeau, la nouvelle a vite fait le tour de la ville. Sur Facebook, le Syndicat des " +
        "travailleurs de l’aluminerie de Baie-Comeau a salué « un hommage à des générations de " +
        "travailleurs » et invité l’écrivaine à venir rencontrer ses membres.",
      "Longtemps rangée sous l’étiquette de « littérature régionale », Geneviève Lachance espère " +
        "que ce prix fera voyager son livre au-delà de la Côte-Nord. Une traduction anglaise est " +
        "prévue l’an prochain.",
    ],
    quotes: [
      ["d’une rare justesse", "Le jury"],
      [
        "Je l’ai écrit pour mon père, qui a travaillé trente-deux ans à l’aluminerie et qui n’a " +
          "jamais lu un roman de sa vie",
        "Geneviève Lachance",
      ],
      [
        "d’une rare justesse, qui donne la parole à ceux que la littérature québécoise a longtemps " +
          "laissés en marge",
        "Le jury",
      ],
      ["C’est un livre qui ne crie jamais et qui pourtant nous secoue", "Jean-Sébastien Ouellet"],
      ["par la poste, comme dans le bon vieux temps", "Marie-Claude Gosselin"],
      [
        "J’étais prête à le ranger dans un tiroir. Marie-Claude m’a appelée un dimanche soir, et ma " +
          "vie a changé",
        "Geneviève Lachance",
      ],
      [
        "un hommage à des générations de travailleurs",
        "le Syndicat des travailleurs de l’aluminerie de Baie-Comeau",
      ],
    ],
  }),
  {
    name:
      "Sciences Ouest, sciences : guillemets anglais courbes, fragment au chapeau de la « " +
      "coordinatrice de l’étude » nommée dans le texte, titre de revue et nom de programme entre " +
      "guillemets, « reconnaît », deux femmes (doctorante et directrice de thèse) puis « détaille la " +
      "jeune chercheuse », l’étude en fragment par « elle note », chercheur extérieur avec " +
      "deux-points, « y voit »",
    headline: "Golfe du Morbihan : les herbiers de zostères regagnent du terrain",
    standfirst:
      "Une équipe de l’Université Bretagne Sud a cartographié par drone les herbiers du golfe pendant " +
      "sept étés. Une “bonne surprise”, selon la coordinatrice de l’étude.",
    paragraphs: [
      "Entre 2019 et 2025, la surface des herbiers de zostères marines du golfe du Morbihan a " +
        "progressé de 17 %. C’est la principale conclusion d’une étude publiée en octobre dans la " +
        "revue “Estuarine, Coastal and Shelf Science” par une équipe du laboratoire Geo-Ocean de " +
        "l’Université Bretagne Sud (UBS).",
      "“Pendant des années, on n’a documenté que des pertes. Voir une courbe qui remonte, c’est une " +
        "bonne surprise, et ça change notre manière de parler de ces milieux”, reconnaît Anne-Sophie " +
        "Le Goff, écologue à l’UBS et coordinatrice du programme “Herbiers 2030”.",
      "Pour mesurer cette évolution, Léa Guillou, doctorante dans l’équipe, a survolé chaque été " +
        "les mêmes 42 secteurs avec un drone équipé d’une caméra multispectrale. “Sur une image, un " +
        "herbier et une vasière couverte d’algues vertes se ressemblent beaucoup. Il a fallu " +
        "entraîner un algorithme sur des milliers de relevés de terrain”, détaille la jeune " +
        "chercheuse. Anne-Sophie Le Goff, qui dirige sa thèse, salue un travail “de fourmi”, mené à " +
        "marée basse, botte après botte.",
      "L’étude attribue cette reprise à l’amélioration de la qualité de l’eau, mais aussi à " +
        "l’interdiction du mouillage forain dans plusieurs zones depuis 2018. Elle note toutefois que " +
        "la progression reste “fragile et très inégale selon les secteurs”.",
      "Jean-Yves Kerbrat, chercheur à l’Ifremer de Brest, qui n’a pas participé aux travaux, invite " +
        "à la prudence : “Une vague de chaleur marine comme celle de 2022 peut effacer en un été dix " +
        "ans de progression. Il ne faut pas crier victoire.”",
      "Au Parc naturel régional du golfe du Morbihan, ces résultats confortent la politique des " +
        "zones de mouillage organisées. Son président, Loïc Le Bihan, y voit “la preuve que les " +
        "règles, quand elles sont expliquées, finissent par être acceptées par les plaisanciers”.",
    ],
    quotes: [
      ["bonne surprise", "Anne-Sophie Le Goff"],
      [
        "Pendant des années, on n’a documenté que des pertes. Voir une courbe qui remonte, c’est " +
          "une bonne surprise, et ça change notre manière de parler de ces milieux",
        "Anne-Sophie Le Goff",
      ],
      [
        "Sur une image, un herbier et une vasière couverte d’algues vertes se ressemblent beaucoup. " +
          "Il a fallu entraîner un algorithme sur des milliers de relevés de terrain",
        "Léa Guillou",
      ],
      ["de fourmi", "Anne-Sophie Le Goff"],
      ["fragile et très inégale selon les secteurs", "L’étude"],
      [
        "Une vague de chaleur marine comme celle de 2022 peut effacer en un été dix ans de " +
          "progression. Il ne faut pas crier victoire.",
        "Jean-Yves Kerbrat",
      ],
      [
        "la preuve que les règles, quand elles sont expliquées, finissent par être acceptées par " +
          "les plaisanciers",
        "Loïc Le Bihan",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Guinéenews, santé : fragment au titre d’un médecin nommé dans le texte, « selon le dernier " +
      "bilan », « déplore le Dr », deux hommes puis « le premier » et « le second » en fragments, " +
      "mère de famille sans verbe de parole, nom de campagne entre guillemets, ministère dans un " +
      "communiqué en fragment, responsable d’ONG anonyme",
    headline: "Diphtérie à Kankan : « Nous manquons de sérum antidiphtérique », alerte un pédiatre",
    standfirst:
      "Au moins 27 décès ont été enregistrés depuis le début de l’épidémie dans la préfecture, selon " +
      "les autorités sanitaires.",
    paragraphs: [
      "L’épidémie de diphtérie qui frappe la préfecture de Kankan continue de progresser. Selon le " +
        "dernier bilan communiqué lundi par l’Agence nationale de sécurité sanitaire (ANSS), 412 cas " +
        "suspects et 27 décès ont été notifiés depuis le 3 septembre, en majorité chez des enfants de " +
        "moins de 15 ans.",
      "À l’hôpital régional de Kankan, le service de pédiatrie est débordé. « Nous manquons de " +
        "sérum antidiphtérique depuis dix jours. Quand un enfant arrive avec une fausse membrane dans " +
        "la gorge, nous n’avons que les antibiotiques à lui proposer », déplore le Dr Mamadou Saliou " +
        "Bah, chef du service.",
      "Le directeur régional de la santé, Dr Sékou Condé, et le préfet de Kankan, Alpha Oumar " +
        "Diakité, ont visité lundi les unités d’isolement. Le premier a assuré qu’un lot de 2 000 " +
        "doses était « en cours d’acheminement depuis Conakry ». Le second a appelé les parents à « " +
        "ne pas cacher les enfants malades à la maison ».",
      "Assise sur un banc devant le pavillon, une mère de famille venue de Baté-Nafadji attend des " +
        "nouvelles de sa fille de six ans. « On nous avait dit que c’était une simple angine. Quand " +
        "elle n’a plus pu avaler, on a pris la moto pour venir ici. Je prie Dieu. »",
      "Dans un communiqué publié dimanche, le ministère de la Santé et de l’Hygiène publique " +
        "annonce pour la semaine prochaine une campagne de vaccination baptisée « Kankan sans " +
        "diphtérie » et reconnaît que la couverture vaccinale de la préfecture « reste très en deçà " +
        "des objectifs nationaux ».",
      "« Le vrai problème, c’est que beaucoup d’enfants de la région n’ont jamais reçu le moindre " +
        "vaccin de routine », explique un responsable de l’ONG Alima, présente dans la zone depuis " +
        "octobre. Selon une source hospitalière, une vingtaine d’agents de santé auraient eux-mêmes " +
        "été exposés.",
    ],
    quotes: [
      ["Nous manquons de sérum antidiphtérique", "Mamadou Saliou Bah"],
      [
        "Nous manquons de sérum antidiphtérique depuis dix jours. Quand un enfant arrive avec une " +
          "fausse membrane dans la gorge, nous n’avons que les antibiotiques à lui proposer",
        "Mamadou Saliou Bah",
      ],
      ["en cours d’acheminement depuis Conakry", "Sékou Condé"],
      ["ne pas cacher les enfants malades à la maison", "Alpha Oumar Diakité"],
      [
        "On nous avait dit que c’était une simple angine. Quand elle n’a plus pu avaler, on a pris " +
          "la moto pour venir ici. Je prie Dieu.",
        "une mère de famille",
      ],
      ["reste très en deçà des objectifs nationaux", "le ministère de la Santé et de l’Hygiène publique"],
      [
        "Le vrai problème, c’est que beaucoup d’enfants de la région n’ont jamais reçu le moindre " +
          "vaccin de routine",
        "un responsable de l’ONG Alima",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "L’Éveil de la Haute-Loire, vie locale : nom de café au titre et dans le texte, habitué au " +
      "prénom « s’amusait », couple puis « raconte Élodie Masson », citation sans verbe après « Son " +
      "mari », nom de plat et label entre guillemets, maire « a souligné », deux femmes puis « Cette " +
      "dernière » en fragment et « ajoute-t-elle »",
    headline: "Allègre : le « Relais du Mont Bar » a rouvert ses portes",
    standfirst:
      "Fermé depuis dix-huit mois, le café-épicerie de la place du Marché a été repris par un couple " +
      "venu de la région lyonnaise. Les habitants ont répondu présent dès le premier jour.",
    paragraphs: [
      "Il était 7 h 30, samedi, quand Élodie et Julien Masson ont levé le rideau du « Relais du " +
        "Mont Bar ». À 8 heures, le comptoir était déjà plein. « On n’avait jamais vu ça, même du " +
        "temps de Dédé », s’amusait Raymond, 84 ans, un habitué des lieux depuis 1962.",
      "Elle est infirmière de formation, lui a travaillé quinze ans dans la restauration collective " +
        "à Villeurbanne. « On cherchait un projet qui ait du sens, loin du périphérique. Quand on a " +
        "vu l’annonce de la mairie sur Internet, on est venus un week-end, et on n’est jamais " +
        "vraiment repartis », raconte Élodie Masson.",
      "Son mari s’occupe de la cuisine. Au menu, un plat du jour à 14 euros et, le vendredi, la « " +
        "potée du Meygal ». « Tout vient de moins de trente kilomètres, sauf le café ! »",
      "La commune a racheté les murs en 2024 pour 95 000 euros et financé la rénovation de la " +
        "cuisine avec l’aide de la Région. « Un village sans café, c’est un village qui s’endort. On " +
        "ne pouvait pas laisser faire ça », a souligné le maire, Bernard Rocher, lors de " +
        "l’inauguration officielle, dimanche midi. L’établissement vient d’obtenir le label « Bistrot " +
        "de pays ».",
      "Parmi les premières clientes, Josiane Bouchet et sa voisine Marie-Thérèse Faure sont venues " +
        "chercher leur pain. Cette dernière avoue avoir « un peu pleuré » en voyant de la lumière " +
        "derrière la vitrine. « Depuis la fermeture, on devait prendre la voiture jusqu’au Puy pour " +
        "une baguette. À nos âges, ce n’est pas rien », ajoute-t-elle.",
      "Dépôt de pain, relais colis et petit rayon d’épicerie complètent l’offre, et le couple " +
        "espère organiser des concerts l’été prochain. « Si les gens continuent à venir comme ça, on " +
        "embauchera quelqu’un dès le printemps », promet Julien Masson.",
    ],
    quotes: [
      ["On n’avait jamais vu ça, même du temps de Dédé", "Raymond"],
      [
        "On cherchait un projet qui ait du sens, loin du périphérique. Quand on a vu l’annonce de " +
          "la mairie sur Internet, on est venus un week-end, et on n’est jamais vraiment repartis",
        "Élodie Masson",
      ],
      ["Tout vient de moins de trente kilomètres, sauf le café !", "Julien Masson"],
      [
        "Un village sans café, c’est un village qui s’endort. On ne pouvait pas laisser faire ça",
        "Bernard Rocher",
      ],
      ["un peu pleuré", "Marie-Thérèse Faure"],
      [
        "Depuis la fermeture, on devait prendre la voiture jusqu’au Puy pour une baguette. À nos " +
          "âges, ce n’est pas rien",
        "Marie-Thérèse Faure",
      ],
      ["Si les gens continuent à venir comme ça, on embauchera quelqu’un dès le printemps", "Julien Masson"],
    ],
  }),
  {
    name:
      "RTL Info, faits divers : guillemets droits, « a confirmé le parquet » sans citation, " +
      "porte-parole du parquet « indique », deux hommes (victime et fils au prénom) puis « a-t-il " +
      "raconté », nom de zone de police entre guillemets, chef de corps « a souligné », voisin avec " +
      "deux-points, avocat en deux fragments",
    headline: "Home-jacking à Uccle: trois suspects arrêtés après une course-poursuite sur le ring",
    paragraphs: [
      "Trois hommes âgés de 19 à 26 ans ont été arrêtés dans la nuit de mardi à mercredi après un " +
        "home-jacking particulièrement violent avenue de Fré, à Uccle. Ils ont été interceptés sur le " +
        "ring à hauteur de Drogenbos au terme d'une course-poursuite d'une vingtaine de minutes, a " +
        "confirmé le parquet de Bruxelles.",
      "Vers 23h15, les suspects, cagoulés, se sont introduits dans la villa d'un couple de " +
        'sexagénaires en brisant une porte-fenêtre. "Ils ont ligoté les victimes et exigé les clés de ' +
        'leurs deux véhicules ainsi que le code du coffre-fort", indique Marie Vandeput, porte-parole ' +
        "du parquet.",
      "Le propriétaire, un chef d'entreprise de 63 ans, a reçu plusieurs coups au visage. Son fils, " +
        'Antoine, qui habite à deux rues de là, est arrivé peu après le départ des malfrats. "Mon ' +
        "père était par terre, les mains attachées avec des colsons. Ma mère ne parlait plus. Ils " +
        'étaient en état de choc", a-t-il raconté à RTL info.',
      'Alertés par un riverain, les policiers de la zone "Marlow" ont pris en chasse l\'une des ' +
        "voitures volées, un SUV de luxe. \"Nos équipes ont fait preuve d'un grand sang-froid, il y " +
        'avait encore du trafic sur le ring", a souligné le chef de corps, Jean-Marc De Wolf.',
      "Un voisin, qui a entendu les cris, raconte: \"J'ai d'abord cru à une dispute. Puis j'ai vu " +
        "les phares d'une voiture démarrer en trombe, et j'ai appelé le 101.\"",
      "Les trois suspects ont été placés sous mandat d'arrêt par un juge d'instruction pour vol " +
        "avec violences en bande. Selon nos informations, deux d'entre eux étaient déjà connus pour " +
        "des faits similaires à Waterloo. L'avocat de l'un d'eux, Me Karim Benali, conteste toute " +
        '"participation active" de son client, qui n\'aurait été que "le chauffeur".',
    ],
    quotes: [
      [
        "Ils ont ligoté les victimes et exigé les clés de leurs deux véhicules ainsi que le code du " +
          "coffre-fort",
        "Marie Vandeput",
      ],
      [
        "Mon père était par terre, les mains attachées avec des colsons. Ma mère ne parlait plus. " +
          "Ils étaient en état de choc",
        "Antoine",
      ],
      [
        "Nos équipes ont fait preuve d'un grand sang-froid, il y avait encore du trafic sur le ring",
        "Jean-Marc De Wolf",
      ],
      [
        "J'ai d'abord cru à une dispute. Puis j'ai vu les phares d'une voiture démarrer en trombe, " +
          "et j'ai appelé le 101.",
        "Un voisin",
      ],
      ["participation active", "Karim Benali"],
      ["le chauffeur", "Karim Benali"],
    ],
  },
  {
    name:
      "Mutations, éducation : guillemets sans espace, nom de mouvement au titre et nom de collectif " +
      "entre guillemets, ministère en fragment au chapeau et dans le texte (mêmes mots), citation " +
      "coupée par « dénonce » puis « a-t-il ajouté », ministre dans une lettre circulaire en " +
      "fragment, deux femmes (enseignante et élève) puis « lâche la jeune fille de 17 ans », " +
      "président d’association en fragment",
    headline: "Enseignements secondaires: le mouvement «craie morte» gagne les lycées de Douala",
    standfirst:
      "Les enseignants réclament le paiement de leurs arriérés. Le Minesec promet un «premier " +
      "décaissement» avant la fin du mois.",
    paragraphs: [
      "Au lycée de New-Bell, à Douala, les salles de classe sont restées vides lundi matin, pour la " +
        "deuxième semaine consécutive. Comme dans une quarantaine d’établissements du Littoral, les " +
        "enseignants ont répondu à l’appel du collectif «On a trop supporté» (OTS), qui a lancé le " +
        "mouvement le 6 octobre.",
      "«Certains collègues attendent leur premier salaire depuis trois ans. Ils viennent au travail " +
        "à crédit, ils empruntent pour payer le taxi», dénonce Jean-Pierre Nkodo Essomba, " +
        "coordonnateur régional du collectif. «Nous ne reprendrons pas la craie tant que les arriérés " +
        "ne seront pas payés», a-t-il ajouté.",
      "Dans une lettre circulaire datée du 9 octobre, le ministre des Enseignements secondaires, " +
        "Joseph Mbarga Onana, demande aux chefs d’établissement de «relever quotidiennement les " +
        "absences» et rappelle que toute grève dans l’enseignement public est soumise à un préavis.",
      "Joint par Mutations, le ministère des Enseignements secondaires (Minesec) assure qu’un " +
        "«premier décaissement» de 12 milliards de FCFA interviendra avant la fin du mois d’octobre.",
      "Rose Ngo Bisseck enseigne les mathématiques au lycée de New-Bell depuis 2019. Elle dit " +
        "n’avoir touché «que des rappels partiels» en six ans. Devant le portail fermé, Mireille " +
        "Tchoua, élève de terminale, s’inquiète pour son baccalauréat. «On a perdu deux semaines. Si " +
        "ça continue, qui va finir le programme? Les enseignants ont raison, mais c’est nous qui " +
        "allons payer», lâche la jeune fille de 17 ans.",
      "Du côté de l’Association des parents d’élèves et enseignants (APEE) de l’établissement, on " +
        "tente de jouer les médiateurs. Son président, Emmanuel Fotso, a proposé de financer «à titre " +
        "exceptionnel» des cours de rattrapage le samedi.",
    ],
    quotes: [
      ["premier décaissement", "le ministère des Enseignements secondaires"],
      [
        "Certains collègues attendent leur premier salaire depuis trois ans. Ils viennent au " +
          "travail à crédit, ils empruntent pour payer le taxi",
        "Jean-Pierre Nkodo Essomba",
      ],
      [
        "Nous ne reprendrons pas la craie tant que les arriérés ne seront pas payés",
        "Jean-Pierre Nkodo Essomba",
      ],
      ["relever quotidiennement les absences", "Joseph Mbarga Onana"],
      ["que des rappels partiels", "Rose Ngo Bisseck"],
      [
        "On a perdu deux semaines. Si ça continue, qui va finir le programme? Les enseignants ont " +
          "raison, mais c’est nous qui allons payer",
        "Mireille Tchoua",
      ],
      ["à titre exceptionnel", "Emmanuel Fotso"],
    ],
  },
];

runArticles("fr", ARTICLES);
