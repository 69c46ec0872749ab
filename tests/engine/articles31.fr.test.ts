// A thirty-first round of composed French articles, in the styles of outlets and beats the first thirty
// rounds (articles.fr to articles30.fr) did not use: a short-term rental bill splitting the majority in
// Contexte, a farm-subsidy fraud judged in Alençon for Le Journal de l’Orne, a cement plant extension
// near Abidjan for Sika Finance, a Remparts de Québec comeback on TVA Sports, the Jazz in Marciac line-up
// in La Dépêche du Midi, a new dialysis unit in Koudougou for Le Pays (Burkina Faso), the reformed school
// calendar in Wallonia-Brussels for Le Ligueur, a pumping ban on the Broye river for La Broye, the TGM
// suburban train in Tunis on Mosaïque FM and stolen outboard motors in Saint-Malo for Le Pays Malouin.
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
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Contexte, politique : citation au titre d’un député nommé dans le texte, rapporteure " +
      "« insiste-t-elle », deux députés hommes dans un paragraphe (« rétorque le second »), " +
      "texte de loi en fragment, conseiller ministériel anonyme « selon », nom d’amendement " +
      "entre guillemets",
    headline: "Meublés de tourisme : « Le gouvernement cède aux plateformes », accuse un député",
    paragraphs: [
      "La proposition de loi sur les meublés de tourisme devait réconcilier la majorité. Elle " +
        "l’a divisée. Mardi soir, en commission des affaires économiques, une quinzaine " +
        "d’amendements ont été rejetés de justesse, dont celui, baptisé « amendement Airbnb " +
        "» par ses détracteurs, qui relevait le plafond des nuitées autorisées.",
      "La rapporteure, Sophie Lemarchand-Aubry, défend un texte « d’équilibre ». « On ne " +
        "va pas interdire aux gens de louer leur résidence principale l’été. Ce qu’on vise, " +
        "ce sont les investisseurs qui vident les centres-villes », insiste-t-elle.",
      "Le député de Haute-Savoie Julien Favre-Collomb, qui a voté contre, et son collègue " +
        "breton Yannick Le Bihan, qui s’est abstenu, ne partagent pas cette lecture. « Le " +
        "gouvernement cède aux plateformes au moment où nos stations n’ont plus de " +
        "logements pour les saisonniers », a lancé le premier. « Je ne voterai pas un texte " +
        "que les maires n’ont pas lu », rétorque le second.",
      "Le texte prévoit pourtant que les communes pourront fixer un quota de meublés " +
        "« dans les zones où la tension locative le justifie ».",
      "Selon un conseiller ministériel, l’exécutif redoute surtout un recours des " +
        "plateformes devant la Commission européenne, jugé « inévitable si on va plus " +
        "loin ». L’examen en séance publique débute le 14 mai.",
    ],
    quotes: [
      ["Le gouvernement cède aux plateformes", "Julien Favre-Collomb"],
      ["d’équilibre", "Sophie Lemarchand-Aubry"],
      [
        "On ne va pas interdire aux gens de louer leur résidence principale l’été. Ce qu’on " +
          "vise, ce sont les investisseurs qui vident les centres-villes",
        "Sophie Lemarchand-Aubry",
      ],
      [
        "Le gouvernement cède aux plateformes au moment où nos stations n’ont plus de " +
          "logements pour les saisonniers",
        "Julien Favre-Collomb",
      ],
      ["Je ne voterai pas un texte que les maires n’ont pas lu", "Yannick Le Bihan"],
      ["dans les zones où la tension locative le justifie", "Le texte"],
      ["inévitable si on va plus loin", "un conseiller ministériel"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Journal de l’Orne, justice : prévenu nommé puis « l’éleveur de 58 ans », réponse " +
      "au président après deux-points, citation coupée « a-t-il poursuivi », rapport en " +
      "fragment, procureur nommé après « a requis », avocate « plaide » avec inversion, nom " +
      "de ferme entre guillemets",
    todo: "«La Haute Brosse» taken for a quote",
    headline: "Alençon : l’éleveur avait déclaré des vaches qu’il n’avait plus",
    paragraphs: [
      "Jean-Marc Lebouc, 58 ans, éleveur à Champfrémont, comparaissait mardi devant le " +
        "tribunal correctionnel d’Alençon. Entre 2019 et 2022, il a perçu près de 46 000 € " +
        "d’aides à la vache allaitante pour un troupeau en partie vendu.",
      "Le contrôle, réalisé en 2022 sur l’exploitation « La Haute Brosse », avait relevé " +
        "« un écart de 31 bovins » entre les déclarations et les bêtes présentes, selon le " +
        "rapport de l’Agence de services et de paiement.",
      "Interrogé par le président, l’éleveur de 58 ans s’est expliqué : « J’ai vendu une " +
        "partie du troupeau pour payer les dettes. Je pensais racheter des bêtes au " +
        "printemps. » « Je n’ai jamais voulu voler personne », a-t-il poursuivi, « j’ai " +
        "essayé de garder la ferme. »",
      "« La détresse financière n’autorise pas à mentir à l’administration pendant trois " +
        "ans », a requis le procureur, Thomas Germain, qui a demandé un an avec sursis.",
      "Pour la défense, Me Claire Desnos a décrit un homme « seul, endetté, qui ne savait " +
        "plus ouvrir son courrier ». « Il rembourse déjà 300 euros par mois », plaide-t-elle.",
      "Jugement le 12 juin.",
    ],
    quotes: [
      ["un écart de 31 bovins", "le rapport de l’Agence de services et de paiement"],
      [
        "J’ai vendu une partie du troupeau pour payer les dettes. Je pensais racheter des " +
          "bêtes au printemps.",
        "Jean-Marc Lebouc",
      ],
      ["Je n’ai jamais voulu voler personne", "Jean-Marc Lebouc"],
      ["j’ai essayé de garder la ferme.", "Jean-Marc Lebouc"],
      [
        "La détresse financière n’autorise pas à mentir à l’administration pendant trois ans",
        "Thomas Germain",
      ],
      ["seul, endetté, qui ne savait plus ouvrir son courrier", "Claire Desnos"],
      ["Il rembourse déjà 300 euros par mois", "Claire Desnos"],
    ],
  }),
  {
    name:
      "Sika Finance, économie : guillemets droits, société par communiqué après deux-points, " +
      "directeur nommé après « a indiqué », « selon lui » en fragment, analyste de SGI " +
      "anonyme « estime », nom de marque entre guillemets",
    headline: "Côte d’Ivoire : Ciments de l’Ébrié investit 42 milliards FCFA à Attinguié",
    paragraphs: [
      "Ciments de l’Ébrié (CDE) va porter la capacité de son usine d’Attinguié, au nord " +
        "d’Abidjan, de 1,2 à 2 millions de tonnes par an. Dans un communiqué publié jeudi, " +
        'le cimentier précise : "Les travaux démarreront au troisième trimestre 2025 et ' +
        'la nouvelle ligne sera opérationnelle fin 2026."',
      '"Le marché ivoirien consomme aujourd’hui plus de 9 millions de tonnes. Nous ' +
        'importons encore du clinker, et c’est là que se joue notre marge", a indiqué le ' +
        "directeur général, Serge-Alain Koffi, lors d’une rencontre avec la presse.",
      'La société, qui commercialise son ciment sous la marque "Lagune Pro", compte ' +
        'réduire de 15 % ses coûts de production. Selon lui, le projet créera "près de ' +
        '400 emplois directs" pendant le chantier.',
      'Un analyste d’une SGI de la place se montre plus réservé. "Le secteur est en ' +
        'surcapacité dans la sous-région. La guerre des prix ne fait que commencer", ' +
        "estime-t-il.",
      "Le titre n’est pas coté à la BRVM, mais la maison mère a évoqué une possible " +
        "introduction en Bourse d’ici 2027.",
    ],
    quotes: [
      [
        "Les travaux démarreront au troisième trimestre 2025 et la nouvelle ligne sera " +
          "opérationnelle fin 2026.",
        "Ciments de l’Ébrié",
      ],
      [
        "Le marché ivoirien consomme aujourd’hui plus de 9 millions de tonnes. Nous " +
          "importons encore du clinker, et c’est là que se joue notre marge",
        "Serge-Alain Koffi",
      ],
      ["près de 400 emplois directs", "Serge-Alain Koffi"],
      [
        "Le secteur est en surcapacité dans la sous-région. La guerre des prix ne fait que " + "commencer",
        "Un analyste d’une SGI de la place",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "TVA Sports, sport : citation au chapô d’un joueur nommé dans le texte, « a raconté " +
      "l’attaquant de 18 ans », suite sans verbe, entraîneur avec deux-points, deux joueurs " +
      "dans un paragraphe (« a ajouté le gardien »), surnom entre guillemets, fragment",
    headline: "Les Remparts renversent les Saguenéens en prolongation",
    standfirst:
      "Menés 3-0 après deux périodes, les Remparts de Québec l’ont emporté 4-3. « On n’a " +
      "jamais arrêté d’y croire », a lancé le héros du match.",
    paragraphs: [
      "Les 12 000 spectateurs du Centre Vidéotron ont eu droit à tout un spectacle, samedi " +
        "soir. Tirant de l’arrière 3-0 au début du troisième tiers, les Remparts ont " +
        "marqué quatre buts sans riposte, dont le dernier par Félix-Antoine Gagnon après " +
        "2 min 14 s de prolongation.",
      "« On n’a jamais arrêté d’y croire. Dans le vestiaire, personne ne baissait la tête », " +
        "a raconté l’attaquant de 18 ans, repêché l’été dernier. « J’ai juste tiré au filet. " +
        "Je l’ai même pas vue entrer. »",
      "L’entraîneur-chef, Patrick Bérubé, n’a pas caché sa fierté : « Ce soir, on a vu le " +
        "caractère de ce groupe-là. Mais on ne peut pas se permettre deux périodes comme ça " +
        "contre Rimouski. »",
      "Le capitaine Nathan Lévesque et le gardien Mathis Côté ont salué la foule. « On a " +
        "senti l’aréna se lever », a ajouté le gardien, qui a bloqué 38 tirs.",
      "Le trio surnommé « la ligne des Beaucerons » a récolté six points. Bérubé a parlé " +
        "d’un trio « qui joue comme s’il était ensemble depuis dix ans ».",
    ],
    quotes: [
      ["On n’a jamais arrêté d’y croire", "Félix-Antoine Gagnon"],
      [
        "On n’a jamais arrêté d’y croire. Dans le vestiaire, personne ne baissait la tête",
        "Félix-Antoine Gagnon",
      ],
      ["J’ai juste tiré au filet. Je l’ai même pas vue entrer.", "Félix-Antoine Gagnon"],
      [
        "Ce soir, on a vu le caractère de ce groupe-là. Mais on ne peut pas se permettre " +
          "deux périodes comme ça contre Rimouski.",
        "Patrick Bérubé",
      ],
      ["On a senti l’aréna se lever", "Mathis Côté"],
      ["qui joue comme s’il était ensemble depuis dix ans", "Patrick Bérubé"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Dépêche du Midi, culture : nom de festival et titre d’album entre guillemets, " +
      "directeur nommé après « se réjouit », suite sans verbe, chanteuse « confie-t-elle », " +
      "incise dans les guillemets, bénévole anonyme, programme en fragment",
    headline: "Marciac : le festival dévoile une affiche très féminine",
    paragraphs: [
      "Le festival Jazz in Marciac a levé le voile, jeudi, sur sa 48e édition. Du 24 juillet " +
        "au 15 août, vingt-six concerts se succéderont sous le grand chapiteau, dont dix-sept " +
        "portés par des musiciennes.",
      "« C’est la première fois que nous dépassons la parité sans l’avoir cherché. Les " +
        "artistes qui nous ont le plus emballés cette année sont des femmes, c’est tout », " +
        "se réjouit le directeur artistique, Laurent Duprat. « Le public gersois nous suit, " +
        "il aime être surpris. »",
      "Parmi elles, la pianiste toulousaine Inès Carrère présentera « Garonne nocturne », " +
        "son troisième album. « Jouer à Marciac, j’en rêvais à quinze ans, quand je venais " +
        "en stop avec mes cousins », confie-t-elle.",
      "« On m’a déjà demandé trois fois si c’était une année spéciale, sourit la trentenaire. " +
        "J’espère que dans dix ans, plus personne ne posera la question. »",
      "Le programme promet aussi « des nuits plus longues que jamais » à l’Astrada, avec des " +
        "jam-sessions jusqu’à 2 heures. Une bénévole, fidèle depuis 1993, a déjà réservé ses " +
        "soirées : « Ici, le jazz, c’est le village entier qui le fait vivre. »",
    ],
    quotes: [
      [
        "C’est la première fois que nous dépassons la parité sans l’avoir cherché. Les " +
          "artistes qui nous ont le plus emballés cette année sont des femmes, c’est tout",
        "Laurent Duprat",
      ],
      ["Le public gersois nous suit, il aime être surpris.", "Laurent Duprat"],
      ["Jouer à Marciac, j’en rêvais à quinze ans, quand je venais en stop avec mes cousins", "Inès Carrère"],
      [
        "On m’a déjà demandé trois fois si c’était une année spéciale, sourit la trentenaire. " +
          "J’espère que dans dix ans, plus personne ne posera la question.",
        "Inès Carrère",
      ],
      ["des nuits plus longues que jamais", "Le programme"],
      ["Ici, le jazz, c’est le village entier qui le fait vivre.", "Une bénévole"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Pays (Burkina Faso), santé : ministre « a-t-il déclaré », directeur du CHU nommé " +
      "après « explique », « selon lui », patient nommé puis « le sexagénaire », citation " +
      "sur deux paragraphes, nom de l’unité entre guillemets, ONG en fragment",
    todo: "«une gratuité totale des séances» goes to Santé Rein Faso, not L’ONG Santé Rein Faso",
    headline: "CHU de Koudougou : une unité d’hémodialyse pour soulager les malades du Centre-Ouest",
    paragraphs: [
      "Le ministre de la Santé et de l’Hygiène publique, Dr Issaka Compaoré, a inauguré " +
        "samedi 8 mars l’unité d’hémodialyse du Centre hospitalier universitaire de " +
        "Koudougou, baptisée « Espoir rénal ». Elle compte douze générateurs.",
      "« Il n’est plus acceptable qu’un malade du Centre-Ouest fasse 100 kilomètres trois " +
        "fois par semaine pour se faire dialyser à Ouagadougou », a-t-il déclaré.",
      "Le directeur général du CHU, Boukary Ouédraogo, explique que l’unité pourra prendre " +
        "en charge 60 patients. Selon lui, « la formation de six infirmiers spécialisés a " +
        "été bouclée en janvier ».",
      "Venu de Réo, Saïdou Bationo, 63 ans, fait partie des premiers patients. Le " +
        "sexagénaire a raconté son calvaire :",
      "« Depuis deux ans, je partais à 3 heures du matin avec mon fils, à moto. Quand on " +
        "arrivait, j’étais déjà épuisé.",
      "« Aujourd’hui, je suis à dix minutes. C’est une nouvelle vie. »",
      "L’ONG Santé Rein Faso, qui a cofinancé les équipements, plaide pour « une gratuité " +
        "totale des séances », aujourd’hui facturées 5 000 F CFA.",
    ],
    quotes: [
      [
        "Il n’est plus acceptable qu’un malade du Centre-Ouest fasse 100 kilomètres trois " +
          "fois par semaine pour se faire dialyser à Ouagadougou",
        "Issaka Compaoré",
      ],
      ["la formation de six infirmiers spécialisés a été bouclée en janvier", "Boukary Ouédraogo"],
      [
        "Depuis deux ans, je partais à 3 heures du matin avec mon fils, à moto. Quand on " +
          "arrivait, j’étais déjà épuisé.",
        "Saïdou Bationo",
      ],
      ["Aujourd’hui, je suis à dix minutes. C’est une nouvelle vie.", "Saïdou Bationo"],
      ["une gratuité totale des séances", "L’ONG Santé Rein Faso"],
    ],
  }),
  {
    name:
      "Le Ligueur, enseignement : guillemets anglais “ ”, maman nommée puis « la mère de " +
      "deux enfants », deux enseignantes dans un paragraphe, ministre nommée puis " +
      "« a-t-elle répété », fédération de parents par lettre, enquête en fragment après « Selon »",
    todo:
      "«moins épuisés en novembre» not found; «difficiles à organiser» goes to des parents, not une " +
      "enquête de la Ligue des familles",
    headline: "Calendrier scolaire : deux ans après, les familles font le bilan",
    paragraphs: [
      "Deux semaines de congé à la Toussaint, deux en février, une rentrée fin août : " +
        "le calendrier réformé de la Fédération Wallonie-Bruxelles entame sa troisième année.",
      "Nathalie Wauters, de Gembloux, a appris à jongler. “La première année, c’était " +
        "l’enfer pour les stages. Maintenant, on s’organise avec les grands-parents”, " +
        "explique la mère de deux enfants.",
      "Institutrice à Namur, Céline Dethier voit des élèves “moins épuisés en novembre”. Sa " +
        "collègue Aurélie Marchal, en maternelle, est plus nuancée : “Les petits reviennent " +
        "de deux semaines et il faut tout reprendre. Ce n’est pas un drame, mais ça se sent.”",
      "La ministre de l’Éducation, Valérie Lescrenier, défend la réforme. “Les rythmes " +
        "sont faits pour les enfants, pas pour l’industrie du tourisme”, a-t-elle répété " +
        "devant le Parlement.",
      "Dans une lettre ouverte, la Fédération des associations de parents de " +
        "l’enseignement officiel (FAPEO) réclame “un vrai plan pour l’accueil extrascolaire”. " +
        "Selon une enquête de la Ligue des familles, 41 % des parents jugent les congés " +
        "d’automne “difficiles à organiser”.",
    ],
    quotes: [
      [
        "La première année, c’était l’enfer pour les stages. Maintenant, on s’organise avec " +
          "les grands-parents",
        "Nathalie Wauters",
      ],
      ["moins épuisés en novembre", "Céline Dethier"],
      [
        "Les petits reviennent de deux semaines et il faut tout reprendre. Ce n’est pas un " +
          "drame, mais ça se sent.",
        "Aurélie Marchal",
      ],
      ["Les rythmes sont faits pour les enfants, pas pour l’industrie du tourisme", "Valérie Lescrenier"],
      [
        "un vrai plan pour l’accueil extrascolaire",
        "la Fédération des associations de parents de l’enseignement officiel",
      ],
      ["difficiles à organiser", "une enquête de la Ligue des familles"],
    ],
  },
  {
    name:
      "La Broye, environnement : guillemets sans espace, arrêté cantonal en fragment, " +
      "biologiste nommé après « avertit », agriculteur « peste le quinquagénaire » avec " +
      "deux-points, pêcheur anonyme, nom d’opération entre guillemets, canton par " +
      "communiqué",
    todo:
      "«jusqu’à ce que le débit remonte durablement» goes to L’arrêté, not L’arrêté publié lundi " +
      "par la Direction générale de l’environnement",
    headline: "La Broye à sec: les pompages interdits jusqu’à nouvel avis",
    standfirst:
      "Les agriculteurs ne peuvent plus irriguer depuis la rivière. Les pêcheurs, eux, " +
      "sauvent ce qui peut l’être.",
    paragraphs: [
      "Le débit de la Broye est tombé sous les 600 litres par seconde à Payerne, un seuil " +
        "atteint seulement trois fois en vingt ans. L’arrêté publié lundi par la Direction " +
        "générale de l’environnement interdit tout prélèvement «jusqu’à ce que le débit " +
        "remonte durablement».",
      "«Au-dessus de 23 degrés, la truite commence à souffrir. À 25, c’est la mortalité " +
        "assurée», avertit Olivier Chappuis, biologiste à l’Inspection de la pêche. Ses " +
        "équipes ont mené vendredi une opération baptisée «Sauvetage Broye» et déplacé " +
        "plus de 1500 poissons vers des tronçons plus frais.",
      "À Granges-Marnand, Daniel Cuendet regarde ses pommes de terre. Le quinquagénaire " +
        "peste: «On nous interdit de pomper, mais personne ne nous dit comment sauver la " +
        "récolte. Je perds peut-être un tiers.»",
      "Un pêcheur de la société La Gaule broyarde, venu prêter main-forte, résume: «On " +
        "a sorti des truites qui faisaient à peine dix centimètres. Elles n’auraient pas " +
        "tenu trois jours.»",
      "Dans un communiqué, le canton de Vaud rappelle que les contrevenants s’exposent à " +
        "«une amende pouvant atteindre 20 000 francs».",
    ],
    quotes: [
      [
        "jusqu’à ce que le débit remonte durablement",
        "L’arrêté publié lundi par la Direction générale de l’environnement",
      ],
      [
        "Au-dessus de 23 degrés, la truite commence à souffrir. À 25, c’est la mortalité " + "assurée",
        "Olivier Chappuis",
      ],
      [
        "On nous interdit de pomper, mais personne ne nous dit comment sauver la récolte. " +
          "Je perds peut-être un tiers.",
        "Daniel Cuendet",
      ],
      [
        "On a sorti des truites qui faisaient à peine dix centimètres. Elles n’auraient pas " +
          "tenu trois jours.",
        "Un pêcheur de la société La Gaule broyarde",
      ],
      ["une amende pouvant atteindre 20 000 francs", "le canton de Vaud"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Mosaïque FM, transport : société par « a annoncé » puis directeur nommé avec " +
      "deux-points, usagère anonyme « raconte-t-elle », syndicat en fragment, « a précisé " +
      "le responsable », citation coupée, surnom de ligne entre guillemets",
    todo: "«le train de la banlieue nord» taken for a quote",
    headline: "TGM : la circulation réduite pendant six semaines",
    paragraphs: [
      "La Société des transports de Tunis (Transtu) a annoncé, lundi, que la fréquence des " +
        "trains de la ligne TGM, qui relie Tunis à La Marsa, serait réduite d’un train sur " +
        "deux à partir du 1er avril, en raison de travaux sur la voie entre Le Kram et " +
        "Carthage.",
      "Le directeur de la ligne, Mohamed Ali Ben Salem, a détaillé sur nos ondes : « Nous " +
        "allons remplacer quatre kilomètres de rails qui datent des années 1980. On ne " +
        "pouvait plus attendre. »",
      "Des bus de substitution seront mis en place aux heures de pointe. « Il y aura un " +
        "départ toutes les dix minutes entre 6 h 30 et 9 h », a précisé le responsable, " +
        "« et les abonnements resteront valables. »",
      "Sur le quai de la gare de Tunis Marine, une étudiante qui prend « le train de la " +
        "banlieue nord » chaque jour se dit inquiète. « Déjà qu’il est bondé le matin, " +
        "avec un train sur deux on va voyager comme des sardines », raconte-t-elle.",
      "La Fédération générale des transports, affiliée à l’UGTT, dénonce pour sa part « un " +
        "manque d’entretien accumulé depuis dix ans ».",
    ],
    quotes: [
      [
        "Nous allons remplacer quatre kilomètres de rails qui datent des années 1980. On ne " +
          "pouvait plus attendre.",
        "Mohamed Ali Ben Salem",
      ],
      ["Il y aura un départ toutes les dix minutes entre 6 h 30 et 9 h", "Mohamed Ali Ben Salem"],
      ["et les abonnements resteront valables.", "Mohamed Ali Ben Salem"],
      [
        "Déjà qu’il est bondé le matin, avec un train sur deux on va voyager comme des " + "sardines",
        "une étudiante",
      ],
      ["un manque d’entretien accumulé depuis dix ans", "La Fédération générale des transports"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Pays Malouin, faits divers : noms de bateaux entre guillemets, « selon la police », " +
      "capitaine de police nommé après « indique », plaisancier nommé puis « le retraité », " +
      "deux-points, capitainerie en fragment, verbe inversé « prévient le commissaire »",
    todo: "«des caméras sur chaque ponton avant l’été» goes to Jacques Gaudin, not La capitainerie",
    headline: "Saint-Malo : une vague de vols de moteurs hors-bord au port des Sablons",
    paragraphs: [
      "Onze moteurs hors-bord ont été dérobés en trois semaines sur les pontons du port des " +
        "Sablons, selon la police, qui a ouvert une enquête pour vols en bande organisée.",
      "« Les auteurs agissent de nuit, par marée haute, avec une embarcation. Ils repartent " +
        "par la mer, ce qui explique que personne ne les voie », indique le capitaine " +
        "Hervé Le Rouzic, du commissariat de Saint-Malo.",
      "Parmi les victimes, Jacques Gaudin, 71 ans, propriétaire de la « Marie-Galante », " +
        "un semi-rigide de six mètres. Le retraité a découvert le vol un samedi matin : " +
        "« Les vis avaient été sciées proprement. C’est du travail de professionnels. »",
      "La capitainerie a renforcé ses rondes et promet « des caméras sur chaque ponton " +
        "avant l’été ». Certains propriétaires, comme celui du « Vent d’Émeraude », ont " +
        "déjà démonté leur moteur.",
      "« Ces moteurs partent très vite vers l’étranger, souvent démontés en pièces », " +
        "prévient le commissaire divisionnaire Alain Rebours, qui appelle les plaisanciers " +
        "à graver leurs moteurs.",
    ],
    quotes: [
      [
        "Les auteurs agissent de nuit, par marée haute, avec une embarcation. Ils repartent " +
          "par la mer, ce qui explique que personne ne les voie",
        "Hervé Le Rouzic",
      ],
      ["Les vis avaient été sciées proprement. C’est du travail de professionnels.", "Jacques Gaudin"],
      ["des caméras sur chaque ponton avant l’été", "La capitainerie"],
      ["Ces moteurs partent très vite vers l’étranger, souvent démontés en pièces", "Alain Rebours"],
    ],
  }),
];

runArticles("fr", ARTICLES);
