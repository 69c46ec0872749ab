// A twentieth round of composed French articles, in the styles of outlets and beats the first nineteen
// rounds (articles.fr to articles19.fr) did not use: the local elected officials' status bill voted by
// the Senate on Public Sénat, a window fitter's fraud judged in Tournai for Le Courrier de l’Escaut,
// marmots waking earlier in the Swiss National Park in Horizons, a play about a mother's dementia at the
// Quat’Sous reviewed by Voir, a police officer hit during a car chase in Troyes for L’Est éclair,
// mangroves replanted in the Bombetoka bay in Midi Madagasikara, a blood shortage in Bobo-Dioulasso for
// Aujourd’hui au Faso, a JS Kabylie win over the league leader in L’Expression, a shared fridge in an
// Yverdon neighbourhood for La Région Nord vaudois and a bicycle maker bringing frame welding back to
// Cholet in Le Journal des entreprises. Every article was written for these tests, before the engine was
// run on them; speakers follow the corpus guidelines (the fullest name the article gives, without title;
// a body or document as named; the shortest description that identifies an unnamed source).
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
      "Public Sénat, politique : citation au chapeau d’une rapporteure nommée dans le texte, nom de " +
      "programme entre guillemets, deux femmes (rapporteure et ministre) puis « a prévenu la ministre », " +
      "fragment puis « a fustigé l’élu ariégeois », association dans un communiqué, sénateur anonyme",
    headline: "Statut de l’élu local : le Sénat adopte la proposition de loi à une large majorité",
    standfirst:
      "« Être maire ne doit plus être un sacrifice », a plaidé la rapporteure du texte, qui relève les " +
      "indemnités des maires des petites communes.",
    paragraphs: [
      "Le Sénat a adopté mardi soir, par 248 voix contre 12, la proposition de loi visant à améliorer " +
        "les conditions d’exercice des mandats locaux. Porté par le groupe Union centriste, le texte " +
        "complète le programme « Villages d’avenir » lancé par le gouvernement en 2023.",
      "« Être maire ne doit plus être un sacrifice. Aujourd’hui, un maire rural travaille soixante " +
        "heures par semaine pour 1 200 euros d’indemnité », a plaidé dans l’hémicycle la rapporteure, " +
        "Françoise Lemaire-Dubreuil, sénatrice de la Haute-Marne.",
      "Au banc du gouvernement, la ministre déléguée chargée de la Ruralité, Sandrine Coulomb, a salué " +
        "« un texte attendu par 35 000 maires ». Elle a toutefois refusé l’amendement de la rapporteure " +
        "sur la prise en charge des frais de garde d’enfants. « Le gouvernement lèvera le gage, mais pas " +
        "à n’importe quel prix », a prévenu la ministre.",
      "À gauche, le sénateur socialiste de l’Ariège, Bernard Cazalis, dénonce une réforme « en " +
        "trompe-l’œil ». « On augmente les indemnités sans donner un euro de plus aux communes pour les " +
        "payer. Ce sont les contribuables locaux qui paieront la facture », a fustigé l’élu ariégeois.",
      "Dans un communiqué publié à l’issue du vote, l’Association des maires de France (AMF) salue une " +
        "avancée mais rappelle que « près de 2 000 maires ont démissionné depuis 2020 ».",
      "Le texte doit désormais être examiné par l’Assemblée nationale, où le gouvernement espère une " +
        "adoption avant l’été. Dans les couloirs du Palais du Luxembourg, un sénateur de la majorité " +
        "sénatoriale résume, sous couvert d’anonymat : « Tout le monde est pour. Personne ne veut payer. »",
    ],
    quotes: [
      ["Être maire ne doit plus être un sacrifice", "Françoise Lemaire-Dubreuil"],
      [
        "Être maire ne doit plus être un sacrifice. Aujourd’hui, un maire rural travaille soixante heures " +
          "par semaine pour 1 200 euros d’indemnité",
        "Françoise Lemaire-Dubreuil",
      ],
      ["un texte attendu par 35 000 maires", "Sandrine Coulomb"],
      ["Le gouvernement lèvera le gage, mais pas à n’importe quel prix", "Sandrine Coulomb"],
      ["en trompe-l’œil", "Bernard Cazalis"],
      [
        "On augmente les indemnités sans donner un euro de plus aux communes pour les payer. Ce sont les " +
          "contribuables locaux qui paieront la facture",
        "Bernard Cazalis",
      ],
      ["près de 2 000 maires ont démissionné depuis 2020", "l’Association des maires de France"],
      ["Tout le monde est pour. Personne ne veut payer.", "un sénateur de la majorité sénatoriale"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Courrier de l’Escaut, justice : prévenu à l’initiale, nom de société entre guillemets, jugement " +
      "du tribunal en fragment, substitut « avait-il lancé », avocate en fragment puis « a-t-elle " +
      "insisté », deux femmes dans un paragraphe puis citation sur deux paragraphes et « la sexagénaire », " +
      "« selon le parquet » en fragment",
    headline: "Tournai : l’entrepreneur encaissait les acomptes, les châssis ne venaient jamais",
    standfirst:
      "Un menuisier d’Antoing a été condamné mercredi à 18 mois de prison avec sursis. Vingt-trois " +
      "familles du Tournaisis attendent toujours d’être remboursées.",
    paragraphs: [
      "Kevin D., 41 ans, gérant de la société « Alu-Confort Hainaut », installée à Antoing, a été " +
        "reconnu coupable d’escroqueries au préjudice de vingt-trois clients, entre 2022 et 2024. Le " +
        "préjudice total dépasse 190.000 euros.",
      "Dans son jugement, le tribunal correctionnel relève que le prévenu « a continué à encaisser des " +
        "acomptes alors qu’il savait son entreprise en cessation de paiement ». Outre la peine de prison " +
        "assortie d’un sursis probatoire, il devra indemniser les victimes et se voit interdire d’exercer " +
        "une activité commerciale pendant dix ans.",
      "À l’audience du mois dernier, le substitut du procureur du Roi, Olivier Vanderplancke, avait " +
        "requis trois ans ferme. « Ce n’est pas un entrepreneur malchanceux, c’est un système. Quand un " +
        "client réclamait, il en démarchait deux nouveaux pour le rembourser », avait-il lancé.",
      "Son avocate, Me Caroline Dufrasne, avait plaidé la faillite d’un homme « dépassé par la flambée " +
        "du prix de l’aluminium ». « Mon client n’a pas acheté de voiture de luxe. Il a tout perdu, lui " +
        "aussi », a-t-elle insisté.",
      "Parmi les victimes, Nathalie Lefebvre et sa voisine de Rumes, Sabine Coppens, 63 ans, avaient " +
        "versé chacune 9.000 euros d’acompte pour des châssis qui n’ont jamais été posés. Seule la " +
        "seconde avait fait le déplacement pour le prononcé. « Il était charmant, il avait des photos de " +
        "chantiers, un devis bien propre. On lui aurait donné le bon Dieu sans confession.",
      "« Deux hivers avec des bâches aux fenêtres, vous imaginez ? Le sursis, pour nous, c’est une " +
        "deuxième gifle », glisse la sexagénaire.",
      "Selon le parquet, un appel « n’est pas exclu ». Le prévenu dispose de trente jours pour " +
        "interjeter appel lui aussi.",
    ],
    quotes: [
      [
        "a continué à encaisser des acomptes alors qu’il savait son entreprise en cessation de paiement",
        "le tribunal correctionnel",
      ],
      [
        "Ce n’est pas un entrepreneur malchanceux, c’est un système. Quand un client réclamait, il en " +
          "démarchait deux nouveaux pour le rembourser",
        "Olivier Vanderplancke",
      ],
      ["dépassé par la flambée du prix de l’aluminium", "Caroline Dufrasne"],
      ["Mon client n’a pas acheté de voiture de luxe. Il a tout perdu, lui aussi", "Caroline Dufrasne"],
      [
        "Il était charmant, il avait des photos de chantiers, un devis bien propre. On lui aurait donné le " +
          "bon Dieu sans confession.",
        "Sabine Coppens",
      ],
      [
        "Deux hivers avec des bâches aux fenêtres, vous imaginez ? Le sursis, pour nous, c’est une " +
          "deuxième gifle",
        "Sabine Coppens",
      ],
      ["n’est pas exclu", "le parquet"],
    ],
  }),
  {
    name:
      "Horizons, sciences : guillemets suisses sans espace, citation au chapeau d’une « écologue » nommée " +
      "dans le texte, titre de revue entre guillemets, deux citations de suite puis « l’étude » en " +
      "fragment, deux hommes dans un paragraphe puis « estime le second » et « pour lui », garde sans " +
      "verbe, nom d’animal entre guillemets",
    todo: "«Quand j’ai commencé, il y avait encore un mèt…» goes to Jon Andri Bezzola, not Reto Caflisch",
    headline: "Les marmottes raccourcissent leur hiver",
    standfirst:
      "Dans le Parc national suisse, les rongeurs se réveillent en moyenne douze jours plus tôt qu’il y a " +
      "trente ans. Une bonne nouvelle? «Pas forcément», répond une écologue.",
    paragraphs: [
      "Depuis 1994, les gardes du Parc national suisse notent chaque printemps la date à laquelle les " +
        "premières marmottes sortent de leur terrier dans le val Trupchun. Analysées par une équipe de " +
        "l’Université de Berne, ces observations montrent un réveil avancé de douze jours en trois " +
        "décennies.",
      "«La neige fond plus tôt, le sol se réchauffe plus tôt, et les animaux suivent», résume Corinne " +
        "Jaccard, écologue et première autrice de l’étude, parue dans la revue «Oikos». «Le problème, " +
        "c’est que l’herbe, elle, ne suit pas toujours.»",
      "Au sortir de l’hibernation, une marmotte a perdu jusqu’à la moitié de son poids. Si elle émerge " +
        "sur un alpage encore gelé, elle puise dans ses dernières réserves. L’étude constate ainsi que " +
        "les femelles sorties tôt «ont en moyenne moins de petits l’été suivant».",
      "Reto Caflisch, garde du parc depuis vingt-six ans, et le biologiste Jon Andri Bezzola, qui n’a " +
        "pas participé aux travaux, ne tirent pas tout à fait les mêmes conclusions. «Une marmotte qui " +
        "sort tôt n’est pas forcément une marmotte en danger», estime le second. Pour lui, il faudra «au " +
        "moins dix ans de données supplémentaires» avant de parler d’un déclin.",
      "Le garde, lui, a vu le paysage changer. «Quand j’ai commencé, il y avait encore un mètre de neige " +
        "devant la cabane de Trupchun début mai. Maintenant, c’est de l’herbe.»",
      "Certaines marmottes, suivies depuis leur naissance grâce à une puce, ont même reçu un nom. " +
        "«Grisette», une femelle de 11 ans, détient le record de précocité: elle est sortie de son " +
        "terrier le 28 mars.",
    ],
    quotes: [
      ["Pas forcément", "Corinne Jaccard"],
      ["La neige fond plus tôt, le sol se réchauffe plus tôt, et les animaux suivent", "Corinne Jaccard"],
      ["Le problème, c’est que l’herbe, elle, ne suit pas toujours.", "Corinne Jaccard"],
      ["ont en moyenne moins de petits l’été suivant", "L’étude"],
      ["Une marmotte qui sort tôt n’est pas forcément une marmotte en danger", "Jon Andri Bezzola"],
      ["au moins dix ans de données supplémentaires", "Jon Andri Bezzola"],
      [
        "Quand j’ai commencé, il y avait encore un mètre de neige devant la cabane de Trupchun début " +
          "mai. Maintenant, c’est de l’herbe.",
        "Reto Caflisch",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Voir, culture : citation au titre d’une metteuse en scène nommée dans le texte, titre de pièce " +
      "entre guillemets, « confie la metteuse en scène », citation sans verbe, deux comédiennes puis « la " +
      "plus jeune des deux », autre titre entre guillemets, auteur « résume », spectatrice avec deux-points",
    headline: "Geneviève Thibodeau : « Il fallait que ce soit moi »",
    paragraphs: [
      "« Les Corneilles de Kamouraska », la pièce de Marc-André Ouellet créée jeudi au Théâtre de " +
        "Quat’Sous, raconte les derniers mois d’une agricultrice du Bas-Saint-Laurent atteinte " +
        "d’alzheimer, entourée de ses trois filles qui se disputent la ferme familiale.",
      "« Ma mère est morte en 2021. Quand Marc-André m’a envoyé le texte, je l’ai lu d’une traite, dans " +
        "mon char, dans le stationnement de l’hôpital », confie la metteuse en scène Geneviève Thibodeau, " +
        "rencontrée quelques jours avant la première.",
      "Elle a longtemps hésité avant d’accepter. « Je me disais que c’était trop proche, que je ne " +
        "serais pas capable. Puis j’ai compris que c’était justement pour ça qu’il fallait que ce soit " +
        "moi. »",
      "Dans le rôle de la mère, Louise Gagnon-Lapierre, 74 ans, est bouleversante. Sa fille aînée est " +
        "jouée par Émilie Bouchard, qui retrouve la grande comédienne vingt ans après « Les " +
        "Belles-Sœurs » au TNM. « Louise, c’est ma mère de théâtre. Je n’ai pas eu besoin de jouer la " +
        "tendresse », dit la plus jeune des deux.",
      "L’auteur, lui, se défend d’avoir écrit une pièce sur la maladie. « C’est une pièce sur " +
        "l’héritage. Qui garde la terre, qui garde les photos, qui garde la mère », résume Marc-André " +
        "Ouellet, qui a grandi sur une ferme laitière de Saint-Pascal.",
      "À la sortie, une spectatrice venue de Longueuil s’essuyait encore les yeux : « J’ai appelé ma " +
        "sœur pendant l’entracte. Ça faisait six mois qu’on ne se parlait plus. »",
      "Au Théâtre de Quat’Sous jusqu’au 14 mars.",
    ],
    quotes: [
      ["Il fallait que ce soit moi", "Geneviève Thibodeau"],
      [
        "Ma mère est morte en 2021. Quand Marc-André m’a envoyé le texte, je l’ai lu d’une traite, dans " +
          "mon char, dans le stationnement de l’hôpital",
        "Geneviève Thibodeau",
      ],
      [
        "Je me disais que c’était trop proche, que je ne serais pas capable. Puis j’ai compris que c’était " +
          "justement pour ça qu’il fallait que ce soit moi.",
        "Geneviève Thibodeau",
      ],
      ["Louise, c’est ma mère de théâtre. Je n’ai pas eu besoin de jouer la tendresse", "Émilie Bouchard"],
      [
        "C’est une pièce sur l’héritage. Qui garde la terre, qui garde les photos, qui garde la mère",
        "Marc-André Ouellet",
      ],
      [
        "J’ai appelé ma sœur pendant l’entracte. Ça faisait six mois qu’on ne se parlait plus.",
        "une spectatrice",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "L’Est éclair, faits divers : fragment au chapeau du procureur nommé dans le texte, « selon une " +
      "source policière » puis « d’après la même source » en fragments, collègue anonyme « souffle », " +
      "procureur « a-t-il indiqué », mot unique attribué au conducteur, riveraine, slogan de banderole, " +
      "syndicaliste « déplore »",
    todo:
      "«foncé délibérément» goes to source, not une source policière; «paniqué» goes to " +
      "Jean-Baptiste Moreau, not Le conducteur",
    headline: "Troyes : course-poursuite aux Chartreux, un policier de la BAC blessé",
    standfirst:
      "Le conducteur, âgé de 19 ans, a forcé le passage en fonçant sur un fonctionnaire. Le procureur " +
      "dénonce « une violence inacceptable ».",
    paragraphs: [
      "Les faits se sont déroulés samedi, peu avant 23 heures. Un équipage de la brigade anticriminalité " +
        "(BAC) a voulu contrôler une Peugeot 208 qui circulait tous feux éteints avenue " +
        "Pierre-Brossolette. Le conducteur a aussitôt pris la fuite en direction du quartier des " +
        "Chartreux.",
      "Selon une source policière, la voiture a « grillé au moins quatre feux rouges » et remonté le " +
        "boulevard Henri-Barbusse à contresens avant d’être bloquée rue Jules-Ferry. D’après la même " +
        "source, le jeune homme a alors « foncé délibérément » sur un policier, projeté sur le capot.",
      "Le fonctionnaire, âgé de 34 ans, souffre d’une fracture du poignet et s’est vu prescrire dix jours " +
        "d’ITT. « On a eu de la chance. À dix centimètres près, on parlait d’autre chose », souffle un de " +
        "ses collègues.",
      "Le procureur de la République de Troyes, Jean-Baptiste Moreau, a annoncé dimanche que le " +
        "conducteur serait poursuivi pour refus d’obtempérer aggravé et violences sur personne dépositaire " +
        "de l’autorité publique. « Foncer sur des policiers, c’est une violence inacceptable, quel que " +
        "soit l’âge du conducteur. Il sera présenté à un juge dès ce lundi », a-t-il indiqué.",
      "Le conducteur, un Troyen inconnu des services de police, n’avait pas de permis. Dans la voiture, " +
        "les enquêteurs ont découvert 45 grammes de résine de cannabis et 1 200 euros en petites " +
        "coupures. En garde à vue, il a expliqué avoir « paniqué ».",
      "Dans le quartier, l’interpellation a réveillé une bonne partie des habitants. « On a entendu les " +
        "sirènes, puis un gros choc. Tout le monde était aux fenêtres », témoigne une riveraine, qui " +
        "habite " +
        "rue Jules-Ferry et préfère taire son nom.",
      "Ce lundi midi, une quarantaine de policiers se sont rassemblés devant le commissariat, derrière " +
        "une banderole « Refus d’obtempérer : stop à l’impunité ». « Chaque semaine, un collègue de " +
        "l’Aube se fait percuter », déplore Yannick Bertin, secrétaire départemental du syndicat Alliance.",
    ],
    quotes: [
      ["une violence inacceptable", "Jean-Baptiste Moreau"],
      ["grillé au moins quatre feux rouges", "une source policière"],
      ["foncé délibérément", "une source policière"],
      ["On a eu de la chance. À dix centimètres près, on parlait d’autre chose", "un de ses collègues"],
      [
        "Foncer sur des policiers, c’est une violence inacceptable, quel que soit l’âge du conducteur. " +
          "Il sera présenté à un juge dès ce lundi",
        "Jean-Baptiste Moreau",
      ],
      ["paniqué", "Le conducteur"],
      ["On a entendu les sirènes, puis un gros choc. Tout le monde était aux fenêtres", "une riveraine"],
      ["Chaque semaine, un collègue de l’Aube se fait percuter", "Yannick Bertin"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Midi Madagasikara, environnement : nom de projet entre guillemets, directeur régional « a " +
      "souligné », « selon lui » en fragment, rapport de la direction régionale, pêcheur « se réjouit » " +
      "puis « le quinquagénaire » sans verbe, « pour » la coordinatrice d’ONG en fragment, ministère dans " +
      "un communiqué",
    headline: "Boeny : 600 hectares de mangroves replantés dans la baie de Bombetoka",
    paragraphs: [
      "La Direction régionale de l’Environnement et du Développement durable (DREDD) Boeny a dressé, " +
        "hier à Mahajanga, le bilan du projet « Honko Velona », lancé en 2023 avec l’appui de l’ONG Blue " +
        "Ventures. En deux ans, quelque 600 hectares de mangroves ont été replantés par les communautés " +
        "de pêcheurs de la baie de Bombetoka.",
      "« Chaque hectare de mangrove détruit, c’est moins de crabes, moins de crevettes et plus d’érosion " +
        "pour les villages de la côte », a souligné le directeur régional, Hery Andriamanantena, lors de " +
        "la présentation.",
      "Selon lui, la coupe illicite pour la fabrication de charbon de bois reste « la principale " +
        "menace ». Un rapport de la DREDD indique que « près de 40 % des mangroves de la baie ont disparu " +
        "entre 1990 et 2020 ».",
      "À Katsepy, de l’autre côté de la baie, les pêcheurs en voient déjà les premiers effets. « Les " +
        "crabes reviennent. L’année dernière, je remplissais à peine un seau par marée. Maintenant, c’est " +
        "deux », se réjouit Jaofeno Rasolonirina, 52 ans, président de l’association des pêcheurs du " +
        "village.",
      "Le quinquagénaire reste toutefois lucide. « Si les charbonniers reviennent la nuit, tout ce " +
        "travail ne servira à rien. Nous faisons des patrouilles, mais nous n’avons ni bateau à moteur ni " +
        "lampes. »",
      "Pour Fanja Razafimahatratra, coordinatrice de Blue Ventures à Mahajanga, « la replantation ne " +
        "suffit pas si les communautés n’en tirent pas de revenus ». L’ONG accompagne désormais une " +
        "trentaine de femmes de Katsepy dans l’élevage de crabes de mangrove.",
      "De son côté, le ministère de l’Environnement et du Développement durable a annoncé, dans un " +
        "communiqué, « un renforcement des contrôles sur les axes de transport du charbon de bois » dès " +
        "le mois prochain.",
    ],
    quotes: [
      [
        "Chaque hectare de mangrove détruit, c’est moins de crabes, moins de crevettes et plus d’érosion " +
          "pour les villages de la côte",
        "Hery Andriamanantena",
      ],
      ["la principale menace", "Hery Andriamanantena"],
      ["près de 40 % des mangroves de la baie ont disparu entre 1990 et 2020", "Un rapport de la DREDD"],
      [
        "Les crabes reviennent. L’année dernière, je remplissais à peine un seau par marée. Maintenant, " +
          "c’est deux",
        "Jaofeno Rasolonirina",
      ],
      [
        "Si les charbonniers reviennent la nuit, tout ce travail ne servira à rien. Nous faisons des " +
          "patrouilles, mais nous n’avons ni bateau à moteur ni lampes.",
        "Jaofeno Rasolonirina",
      ],
      [
        "la replantation ne suffit pas si les communautés n’en tirent pas de revenus",
        "Fanja Razafimahatratra",
      ],
      [
        "un renforcement des contrôles sur les axes de transport du charbon de bois",
        "le ministère de l’Environnement et du Développement durable",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Aujourd’hui au Faso, santé : citation du chapeau reprise mot pour mot dans le texte, « le Dr » puis " +
      "« selon elle » en fragment, infirmier anonyme « a confié », mère sans verbe, « explique-t-elle » " +
      "après « pour le Dr », nom de collecte entre guillemets, centre national dans un communiqué, " +
      "étudiant « lance-t-il »",
    headline: "Don de sang : le CRTS de Bobo-Dioulasso lance un SOS",
    standfirst:
      "Les stocks ne couvrent plus que trois jours de besoins. « Nous sommes au bord de la rupture », " +
      "alerte la directrice du centre.",
    paragraphs: [
      "Le Centre régional de transfusion sanguine (CRTS) de Bobo-Dioulasso tire la sonnette d’alarme. " +
        "Ses réserves, qui devraient couvrir au moins deux semaines de besoins, sont tombées à environ 300 " +
        "poches, soit trois jours de consommation pour les formations sanitaires des Hauts-Bassins.",
      "« Nous sommes au bord de la rupture », alerte le Dr Mariam Sanou-Traoré, directrice du CRTS. Selon " +
        "elle, la demande a augmenté de près de 30 % depuis le début de la saison des pluies, « avec le " +
        "paludisme grave chez les enfants et les hémorragies de l’accouchement ».",
      "La situation est particulièrement tendue au service de pédiatrie du CHU Sourô-Sanou. « Hier, nous " +
        "avions quatre enfants en attente de transfusion et seulement deux poches de O négatif », a confié " +
        "un infirmier sous le couvert de l’anonymat.",
      "Assise sur un banc devant le service, Aminata Ouattara veille sur son fils de 3 ans, hospitalisé " +
        "depuis cinq jours. La jeune femme a dû trouver elle-même deux donneurs dans son quartier de " +
        "Colsama. « Mon mari a appelé tous ses amis. Sans eux, je ne sais pas ce qui serait arrivé à " +
        "Ibrahim. »",
      "Pour le Dr Sanou-Traoré, la baisse des dons s’explique aussi par les vacances universitaires. « Les " +
        "étudiants représentent la moitié de nos donneurs. Quand ils rentrent au village, les stocks " +
        "s’effondrent », explique-t-elle.",
      "Le CRTS organise ce samedi une collecte mobile baptisée « Un don, une vie », place de la Femme. " +
        "Le Centre national de transfusion sanguine (CNTS) promet, dans un communiqué, l’envoi de « 500 " +
        "poches en provenance de Ouagadougou d’ici la fin de la semaine ».",
      "Boukary Zongo, 24 ans, étudiant en médecine, est venu donner son sang pour la sixième fois. « Ça " +
        "prend vingt minutes. Vingt minutes pour sauver quelqu’un, ce n’est rien », lance-t-il, un " +
        "pansement au creux du bras.",
    ],
    quotes: [
      ["Nous sommes au bord de la rupture", "Mariam Sanou-Traoré"],
      [
        "avec le paludisme grave chez les enfants et les hémorragies de l’accouchement",
        "Mariam Sanou-Traoré",
      ],
      [
        "Hier, nous avions quatre enfants en attente de transfusion et seulement deux poches de O négatif",
        "un infirmier",
      ],
      [
        "Mon mari a appelé tous ses amis. Sans eux, je ne sais pas ce qui serait arrivé à Ibrahim.",
        "Aminata Ouattara",
      ],
      [
        "Les étudiants représentent la moitié de nos donneurs. Quand ils rentrent au village, les stocks " +
          "s’effondrent",
        "Mariam Sanou-Traoré",
      ],
      [
        "500 poches en provenance de Ouagadougou d’ici la fin de la semaine",
        "Le Centre national de transfusion sanguine",
      ],
      ["Ça prend vingt minutes. Vingt minutes pour sauver quelqu’un, ce n’est rien", "Boukary Zongo"],
    ],
  }),
  {
    name:
      "L’Expression, sport : guillemets anglais “ ”, guillemets d’ironie, surnom entre guillemets, « a " +
      "confié le buteur », citation coupée par « a reconnu l’entraîneur », fragment après « d’ », deux " +
      "hommes dans un paragraphe puis « le portier », président sur la page du club, ligue « selon " +
      "l’instance »",
    todo:
      "«J’ai rêvé de ce match toute la semaine. Marqu…» goes to Zakaria Benchaâ, not Massinissa Aït " +
      "Ouali; «une faute évidente sur notre gardien» goes to Kamel Mouassa, not Mourad Chebbi",
    headline: "Ligue 1 Mobilis : la JSK fait tomber le leader",
    standfirst:
      "Les Canaris se sont imposés 2-1 face au MC Alger, hier, au stade Hocine-Aït-Ahmed, grâce à un " +
      "doublé de Massinissa Aït Ouali.",
    paragraphs: [
      "Il fallait être à Tizi Ouzou, hier, pour mesurer ce que représente encore ce “classique” pour " +
        "les supporters kabyles. Devant près de 40 000 spectateurs, la JSK a renversé le leader, qui " +
        "menait depuis la 12e minute sur un penalty de Zakaria Benchaâ.",
      "C’est l’attaquant de 23 ans, surnommé “le Petit Prince du Djurdjura” par les supporters, qui a " +
        "fait basculer la rencontre, d’une tête à la 58e minute puis d’une frappe enroulée à la 81e. " +
        "“J’ai rêvé de ce match toute la semaine. Marquer devant ce public, contre le Mouloudia, c’est ce " +
        "que je voulais depuis que je suis gamin”, a confié le buteur au micro de la télévision nationale.",
      "“Nous avons été timides en première période”, a reconnu l’entraîneur de la JSK, Kamel Mouassa, " +
        "“mais à la pause, j’ai demandé aux joueurs de jouer avec leur cœur. Ils l’ont fait.”",
      "En face, l’entraîneur du MCA, le Tunisien Mourad Chebbi, ne cachait pas son agacement. Il s’en est " +
        "pris à l’arbitrage, estimant que l’égalisation kabyle était entachée d’“une faute évidente sur " +
        "notre gardien”.",
      "Le capitaine du Mouloudia, Yacine Hamrani, et son gardien, Farid Bouchama, sont allés demander " +
        "des explications à l’arbitre au coup de sifflet final. “On ne peut rien dire, sinon on est " +
        "suspendus”, a lâché le portier en zone mixte.",
      "Dans une publication sur la page officielle du club, le président de la JSK, Rachid Hamdani, a " +
        "dédié la victoire “à tous les supporters qui ont rempli le stade malgré la pluie”.",
      "La Ligue de football professionnel (LFP) a par ailleurs ouvert une procédure disciplinaire après " +
        "des jets de fumigènes en seconde période. Selon l’instance, les deux clubs “seront entendus " +
        "mardi”.",
    ],
    quotes: [
      [
        "J’ai rêvé de ce match toute la semaine. Marquer devant ce public, contre le Mouloudia, c’est ce " +
          "que je voulais depuis que je suis gamin",
        "Massinissa Aït Ouali",
      ],
      ["Nous avons été timides en première période", "Kamel Mouassa"],
      ["mais à la pause, j’ai demandé aux joueurs de jouer avec leur cœur. Ils l’ont fait.", "Kamel Mouassa"],
      ["une faute évidente sur notre gardien", "Mourad Chebbi"],
      ["On ne peut rien dire, sinon on est suspendus", "Farid Bouchama"],
      ["à tous les supporters qui ont rempli le stade malgré la pluie", "Rachid Hamdani"],
      ["seront entendus mardi", "La Ligue de football professionnel"],
    ],
  },
  {
    name:
      "La Région Nord vaudois, vie locale : guillemets suisses sans espace, affichette entre guillemets, " +
      "bénévole « raconte », deux femmes dans un paragraphe puis « cette dernière », municipale en " +
      "fragment, directive cantonale en fragment, habitant au prénom sans verbe, voisin anonyme puis " +
      "réponse avec deux-points",
    headline: "Aux Moulins, le frigo partagé ne désemplit pas",
    standfirst:
      "Installé en juin devant la maison de quartier, le réfrigérateur solidaire a déjà permis de sauver " +
      "trois tonnes de nourriture, selon ses bénévoles.",
    paragraphs: [
      "Un vieux frigo blanc, décoré par les élèves du collège des Jordils, trône depuis juin sous " +
        "l’avant-toit de la maison de quartier des Moulins, à Yverdon-les-Bains. Sur la porte, une " +
        "affichette: «Prenez ce dont vous avez besoin, déposez ce que vous pouvez».",
      "«Au début, les gens n’osaient pas se servir. Ils avaient peur qu’on les regarde», raconte Sylvie " +
        "Pasche, 58 ans, l’une des initiatrices du projet. Cette ancienne cuisinière d’EMS passe chaque " +
        "soir vérifier les dates de péremption.",
      "Avec son amie Myriam Chevalley, elle a convaincu trois commerces du centre-ville de donner leurs " +
        "invendus. «Le boulanger de la rue du Lac nous apporte tout ce qui reste le samedi. Le pain du " +
        "dimanche, c’est lui», explique cette dernière.",
      "La Ville a soutenu le projet à hauteur de 2500 francs. La municipale en charge de la cohésion " +
        "sociale, Carine Tinguely, y voit «un petit geste qui crée du lien» et n’exclut pas d’installer " +
        "d’autres frigos à Pierre-de-Savoie et à Bellevue.",
      "Encore fallait-il respecter les règles d’hygiène. Une directive de l’Office cantonal de la " +
        "consommation rappelle que les denrées «doivent être conservées à une température de 5 degrés au " +
        "maximum». Les bénévoles relèvent donc le thermomètre matin et soir.",
      "Kevin, 34 ans, père de deux enfants, passe presque tous les jours. «En fin de mois, ça aide " +
        "vraiment. Et moi aussi j’amène des choses, quand j’ai trop de courgettes au jardin.»",
      "Tout le monde n’est pas conquis. «Le soir, il y a des jeunes qui traînent autour», se plaint un " +
        "voisin, qui habite l’immeuble d’en face. Sylvie Pasche balaie l’argument: «Ils viennent manger. " +
        "C’est " +
        "exactement pour ça qu’on l’a fait.»",
    ],
    quotes: [
      ["Au début, les gens n’osaient pas se servir. Ils avaient peur qu’on les regarde", "Sylvie Pasche"],
      [
        "Le boulanger de la rue du Lac nous apporte tout ce qui reste le samedi. Le pain du dimanche, " +
          "c’est lui",
        "Myriam Chevalley",
      ],
      ["un petit geste qui crée du lien", "Carine Tinguely"],
      [
        "doivent être conservées à une température de 5 degrés au maximum",
        "Une directive de l’Office cantonal de la consommation",
      ],
      [
        "En fin de mois, ça aide vraiment. Et moi aussi j’amène des choses, quand j’ai trop de courgettes " +
          "au jardin.",
        "Kevin",
      ],
      ["Le soir, il y a des jeunes qui traînent autour", "un voisin"],
      ["Ils viennent manger. C’est exactement pour ça qu’on l’a fait.", "Sylvie Pasche"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Journal des entreprises, économie : citation au chapeau d’un « dirigeant » nommé dans le texte, " +
      "« détaille » avec nom et âge, incise à l’intérieur des guillemets avec « le quadragénaire », " +
      "Région dans un communiqué (« la collectivité »), DRH « sourit-elle », nom de gamme entre " +
      "guillemets, gérant anonyme avec deux-points et citation imbriquée, fédération « selon »",
    todo:
      "«Le made in Asia n’est plus moins cher» goes to son dirigeant, not Antoine Guérineau; «une " +
      "relocalisation exemplaire, qui démontre q…» goes to Région Pays, not la Région Pays de la " +
      "Loire; «marginale, autour de 5 % des vélos vendus» goes to l’Union sport, not l’Union sport " +
      "& cycle",
    headline: "Cholet : Cycles Guérineau rapatrie la fabrication de ses cadres et recrute 40 personnes",
    standfirst:
      "L’entreprise familiale investit 6,5 millions d’euros dans une ligne de soudage robotisée. « Le " +
      "made in Asia n’est plus moins cher », assure son dirigeant.",
    paragraphs: [
      "Jusqu’ici, les cadres des vélos Guérineau arrivaient par conteneurs de Taïwan et du Vietnam. À " +
        "partir de septembre 2027, ils seront soudés à Cholet, dans un bâtiment de 4 000 m² en cours de " +
        "construction sur la zone de l’Écuyère. La PME (115 salariés, 38 millions d’euros de chiffre " +
        "d’affaires) va créer 40 emplois.",
      "« Avec le fret, les délais et les stocks qu’il faut financer, un cadre importé nous revient " +
        "presque aussi cher qu’un cadre soudé ici », détaille Antoine Guérineau, 44 ans, qui dirige " +
        "depuis 2019 l’entreprise fondée par son grand-père.",
      "« Le vrai gain est ailleurs, poursuit le quadragénaire. Quand un client veut une couleur ou une " +
        "taille spéciale, nous pourrons la livrer en trois semaines au lieu de six mois. »",
      "Le projet est financé par un prêt de Bpifrance et une subvention de 800 000 euros de la Région " +
        "Pays de la Loire. Dans un communiqué, la collectivité salue « une relocalisation exemplaire, qui " +
        "démontre que l’industrie a un avenir dans nos territoires ».",
      "Reste à trouver les soudeurs. La DRH, Claire Onillon, a noué un partenariat avec le lycée " +
        "professionnel Fernand-Renaudeau. « Nous formerons nous-mêmes. Un bon soudeur, ça ne se trouve " +
        "pas sur le marché, ça se fabrique », sourit-elle.",
      "La gamme « Mauges », des vélos de ville vendus autour de 1 200 euros, sera la première concernée. " +
        "Client de longue date, un gérant de magasin angevin s’en félicite : « Mes clients me " +
        "demandent d’où vient le vélo. Pouvoir répondre “de Cholet”, ça compte. »",
      "Selon l’Union sport & cycle, la production de cadres en France a triplé depuis 2020, mais reste " +
        "« marginale, autour de 5 % des vélos vendus ».",
    ],
    quotes: [
      ["Le made in Asia n’est plus moins cher", "Antoine Guérineau"],
      [
        "Avec le fret, les délais et les stocks qu’il faut financer, un cadre importé nous revient " +
          "presque aussi cher qu’un cadre soudé ici",
        "Antoine Guérineau",
      ],
      [
        "Le vrai gain est ailleurs, poursuit le quadragénaire. Quand un client veut une couleur ou une " +
          "taille spéciale, nous pourrons la livrer en trois semaines au lieu de six mois.",
        "Antoine Guérineau",
      ],
      [
        "une relocalisation exemplaire, qui démontre que l’industrie a un avenir dans nos territoires",
        "la Région Pays de la Loire",
      ],
      [
        "Nous formerons nous-mêmes. Un bon soudeur, ça ne se trouve pas sur le marché, ça se fabrique",
        "Claire Onillon",
      ],
      [
        "Mes clients me demandent d’où vient le vélo. Pouvoir répondre “de Cholet”, ça compte.",
        "un gérant de magasin angevin",
      ],
      ["marginale, autour de 5 % des vélos vendus", "l’Union sport & cycle"],
    ],
  }),
];

runArticles("fr", ARTICLES);
