// A ninth round of composed French articles, in the styles of outlets and beats the first eight rounds
// (articles.fr to articles8.fr) did not use: a swimming pool closed by a Walloon commune council in
// L’Avenir, a debris flow in a Valais village for Le Nouvelliste, a teacher shortage in the Outaouais for
// Le Droit, job cuts at a private bank in L’essentiel (Luxembourg), a dengue campaign in Abidjan for
// Fraternité Matin, a football club treasurer's embezzlement trial in Le Bien public, a jeweller's hold-up
// in Reims for L’Union, a Pro League comeback in La DH, warming Swiss lakes on Heidi.news and an Offenbach
// staging in Les Dernières Nouvelles d’Alsace. Every article was written for these tests, before the
// engine was run on them; speakers follow the corpus guidelines (the fullest name the article gives,
// without title; a body or document as named; the shortest description that identifies an unnamed source).
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
      "L’Avenir, conseil communal : bourgmestre puis « le mayeur », échevine, pancartes, " +
      "retraitée avec âge, deux-points, athénée dans un courrier",
    headline:
      "Gembloux : la piscine du Sartau fermera fin juin, « une décision douloureuse » pour le " +
      "bourgmestre",
    paragraphs: [
      "Le conseil communal de Gembloux a voté lundi soir, par 17 voix contre 12, la fermeture " +
        "définitive de la piscine du Sartau au 30 juin. Construit en 1974, le bassin " +
        "nécessiterait plus de 6 millions d’euros de travaux pour être remis aux normes.",
      "Le bourgmestre, Laurent Vanderhaegen (MR), a parlé d’« une décision douloureuse » devant " +
        "une salle comble. « Nous avons cherché pendant deux ans un partenaire privé. Personne ne " +
        "veut reprendre un bâtiment qui perd 400 000 euros par an », a-t-il expliqué.",
      "Dans le public, plusieurs dizaines d’habitants brandissaient des pancartes « Sauvez " +
        "notre piscine ». Parmi eux, Martine Collard, 67 ans, qui nage au Sartau trois matins par " +
        "semaine. « Pour les aînés, c’est le seul sport possible. Le bassin le plus proche est à " +
        "Namur, à vingt minutes en voiture, et je ne conduis plus », regrette la retraitée.",
      "L’échevine des Finances, Sophie Lambotte (Les Engagés), a défendu les chiffres. « On ne " +
        "peut pas demander aux Gembloutois de payer une piscine qui fuit de partout », a-t-elle " +
        "lancé, avant de promettre des navettes gratuites vers le complexe de Jambes.",
      "Chef de file d’Ecolo, Thomas Gérard juge le dossier « mal ficelé » et résume : « On " +
        "ferme d’abord, on réfléchit ensuite. C’est exactement l’inverse de ce qu’il fallait " +
        "faire. »",
      "Le mayeur assure pourtant que la porte n’est pas fermée : « Si la Région revoit ses " +
        "subsides, nous rouvrirons le dossier dès demain. »",
      "Les écoles de l’entité, qui organisaient leurs cours de natation au Sartau, seront " +
        "orientées vers Sombreffe à partir de septembre. Dans un courrier adressé aux parents, la " +
        "direction de l’athénée royal s’inquiète d’un « surcoût de transport qui n’a pas été " +
        "chiffré ».",
    ],
    quotes: [
      ["une décision douloureuse", "Laurent Vanderhaegen"],
      [
        "Nous avons cherché pendant deux ans un partenaire privé. Personne ne veut reprendre un " +
          "bâtiment qui perd 400 000 euros par an",
        "Laurent Vanderhaegen",
      ],
      [
        "Pour les aînés, c’est le seul sport possible. Le bassin le plus proche est à Namur, à " +
          "vingt minutes en voiture, et je ne conduis plus",
        "Martine Collard",
      ],
      ["On ne peut pas demander aux Gembloutois de payer une piscine qui fuit de partout", "Sophie Lambotte"],
      ["mal ficelé", "Thomas Gérard"],
      [
        "On ferme d’abord, on réfléchit ensuite. C’est exactement l’inverse de ce qu’il fallait " + "faire.",
        "Thomas Gérard",
      ],
      ["Si la Région revoit ses subsides, nous rouvrirons le dossier dès demain.", "Laurent Vanderhaegen"],
      ["surcoût de transport qui n’a pas été chiffré", "la direction de l’athénée royal"],
    ],
  },
  withGuillemetSpacing("", {
    name:
      "Le Nouvelliste, intempéries : guillemets sans espace, chapô repris, géologue cantonal, " +
      "citation sur deux paragraphes, police cantonale par communiqué, conseiller d’Etat",
    headline: "Lave torrentielle à Lourtier: quarante habitants évacués",
    standfirst:
      "Un torrent de boue et de blocs a dévalé le Merdenson dans la nuit de mardi à mercredi. " +
      "Aucun blessé n’est à déplorer, mais le village restera fermé « au moins jusqu’à dimanche " +
      "».",
    paragraphs: [
      "Il était 2 h 40 quand les sirènes ont retenti à Lourtier. Une lave torrentielle, chargée " +
        "de boue, de troncs et de blocs parfois gros comme une voiture, a dévalé le lit du " +
        "Merdenson avant de déborder sur la route cantonale et d’atteindre trois chalets à " +
        "l’entrée du village.",
      "« Le torrent a charrié en quelques minutes l’équivalent de 30 000 mètres cubes de " +
        "matériaux », a indiqué mercredi matin le géologue cantonal, Raphaël Bornet, lors d’un " +
        "point presse à la salle communale. « Les fortes pluies de ces derniers jours ont saturé " +
        "le terrain. Il suffisait d’un orage pour que tout parte. »",
      "Quarante personnes ont été évacuées et relogées au Châble, dans des hôtels et chez des " +
        "proches. Le président de la commune de Val de Bagnes, Christophe Maret, a précisé que le " +
        "village resterait fermé « au moins jusqu’à dimanche ». « La sécurité passe avant tout. " +
        "Nous ne laisserons personne remonter tant que le géologue n’aura pas donné son feu vert " +
        "», a-t-il insisté.",
      "Anne-Lise Fellay, 58 ans, habite le chalet le plus proche du torrent. « J’ai entendu un " +
        "grondement, comme un train qui arrivait. J’ai réveillé mon mari, on est sortis en pyjama " +
        "par la porte de derrière.",
      "« Quand on est revenus avec les pompiers, la boue arrivait jusqu’aux fenêtres de la " +
        "cuisine. Tout est à refaire. »",
      "Dans un communiqué, la Police cantonale valaisanne indique que « la route entre Champsec " +
        "et Fionnay restera fermée à toute circulation jusqu’à nouvel avis ». Les randonneurs " +
        "sont priés de renoncer aux itinéraires de la rive droite.",
      "MétéoSuisse prévoit de nouveaux orages jeudi après-midi. Le conseiller d’Etat chargé de " +
        "la sécurité, Frédéric Rey, s’est rendu sur place. Il a salué « l’engagement remarquable " +
        "» des secours et promis que le canton participerait aux frais de déblaiement.",
    ],
    quotes: [
      [
        "Le torrent a charrié en quelques minutes l’équivalent de 30 000 mètres cubes de " + "matériaux",
        "Raphaël Bornet",
      ],
      [
        "Les fortes pluies de ces derniers jours ont saturé le terrain. Il suffisait d’un orage " +
          "pour que tout parte.",
        "Raphaël Bornet",
      ],
      ["au moins jusqu’à dimanche", "Christophe Maret"],
      [
        "La sécurité passe avant tout. Nous ne laisserons personne remonter tant que le géologue " +
          "n’aura pas donné son feu vert",
        "Christophe Maret",
      ],
      [
        "J’ai entendu un grondement, comme un train qui arrivait. J’ai réveillé mon mari, on est " +
          "sortis en pyjama par la porte de derrière.",
        "Anne-Lise Fellay",
      ],
      [
        "Quand on est revenus avec les pompiers, la boue arrivait jusqu’aux fenêtres de la " +
          "cuisine. Tout est à refaire.",
        "Anne-Lise Fellay",
      ],
      [
        "la route entre Champsec et Fionnay restera fermée à toute circulation jusqu’à nouvel " + "avis",
        "la Police cantonale valaisanne",
      ],
      ["l’engagement remarquable", "Frédéric Rey"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Droit, éducation : « en entrevue avec », « la gestionnaire », présidente de syndicat " +
      "« parle d’ », enseignante anonyme et deux-points, « a-t-il laissé tomber », cabinet par " +
      "courriel",
    headline: "Pénurie d’enseignants : 43 classes sans titulaire à la rentrée en Outaouais",
    paragraphs: [
      "À une semaine de la rentrée, le Centre de services scolaire des Portages-de-l’Outaouais " +
        "(CSSPO) n’a toujours pas trouvé d’enseignant légalement qualifié pour 43 de ses classes, " +
        "a-t-on appris lundi. La majorité de ces postes se trouvent au primaire, dans les " +
        "secteurs d’Aylmer et du plateau.",
      "« On bouche des trous, je ne vais pas vous mentir », a reconnu la directrice générale du " +
        "CSSPO, Josée Lavigne, en entrevue avec Le Droit. « Chaque classe aura un adulte devant " +
        "elle le 28 août. Mais ce ne sera pas toujours quelqu’un qui a un brevet. »",
      "Pour combler les postes, le centre de services a recours à des suppléants sans formation " +
        "en pédagogie, souvent des étudiants universitaires. La gestionnaire assure qu’ils seront " +
        "« accompagnés de près » par des conseillers pédagogiques.",
      "Un discours qui ne convainc pas le Syndicat de l’enseignement de l’Outaouais. Sa " +
        "présidente, Marie-Ève Charron, parle d’une « rentrée à haut risque ». « On demande à des " +
        "jeunes de 20 ans de gérer des classes de 26 élèves, dont plusieurs avec des plans " +
        "d’intervention. Ils vont s’épuiser avant Noël », a-t-elle prévenu.",
      "Une enseignante d’Aylmer, qui a requis l’anonymat par crainte de représailles, décrit " +
        "une équipe déjà à bout : « L’an dernier, on a perdu quatre collègues en cours d’année. " +
        "On passe nos dîners à préparer du matériel pour les suppléants. »",
      "Du côté des parents, l’inquiétude grandit. Père de deux enfants inscrits à l’école du " +
        "Vieux-Verger, Jonathan Proulx a appris vendredi par courriel que la classe de sa fille " +
        "de 3e année n’avait pas de titulaire. « On nous dit de ne pas nous inquiéter. C’est " +
        "difficile quand personne ne peut nous dire qui sera là en septembre », a-t-il laissé " +
        "tomber.",
      "Par courriel, le cabinet du ministre de l’Éducation a fait savoir que « des mesures " +
        "supplémentaires seront annoncées dans les prochaines semaines » pour attirer des " +
        "retraités vers la suppléance.",
    ],
    quotes: [
      ["On bouche des trous, je ne vais pas vous mentir", "Josée Lavigne"],
      [
        "Chaque classe aura un adulte devant elle le 28 août. Mais ce ne sera pas toujours " +
          "quelqu’un qui a un brevet.",
        "Josée Lavigne",
      ],
      ["accompagnés de près", "Josée Lavigne"],
      ["rentrée à haut risque", "Marie-Ève Charron"],
      [
        "On demande à des jeunes de 20 ans de gérer des classes de 26 élèves, dont plusieurs avec " +
          "des plans d’intervention. Ils vont s’épuiser avant Noël",
        "Marie-Ève Charron",
      ],
      [
        "L’an dernier, on a perdu quatre collègues en cours d’année. On passe nos dîners à " +
          "préparer du matériel pour les suppléants.",
        "Une enseignante d’Aylmer",
      ],
      [
        "On nous dit de ne pas nous inquiéter. C’est difficile quand personne ne peut nous dire " +
          "qui sera là en septembre",
        "Jonathan Proulx",
      ],
      [
        "des mesures supplémentaires seront annoncées dans les prochaines semaines",
        "le cabinet du ministre de l’Éducation",
      ],
    ],
  }),
  {
    name:
      "L’essentiel, économie : chapô à deux fragments repris, banque par communiqué puis « " +
      "l’établissement », slogan en façade, syndicat et présidente « tacle », frontalier au " +
      "prénom, ministre",
    todo:
      "a body referred back to by a description (« l’établissement ») is not named; « Le " +
      "syndicat » after « l’ALEBA » is given as the name without its article",
    headline: "Luxembourg : la banque Meridia va supprimer 180 postes d’ici 2027",
    standfirst:
      "La direction invoque « la pression sur les marges ». Les syndicats, eux, réclament un " +
      "plan social « digne de ce nom ».",
    paragraphs: [
      "Coup dur pour la place financière. La banque privée Meridia, installée boulevard Royal " +
        "depuis 1989, a annoncé mardi la suppression de 180 postes sur les 720 que compte son " +
        "siège luxembourgeois. Sur la façade, le slogan « Votre avenir, notre métier » s’affiche " +
        "toujours en lettres dorées.",
      "Dans un communiqué, l’établissement évoque « la pression sur les marges » et « une " +
        "automatisation croissante des fonctions de back-office ». Les départs concerneront " +
        "principalement le traitement des opérations et la conformité, précise le texte.",
      "Le directeur général, Pascal Weynandt, a reçu les représentants du personnel dans la " +
        "matinée. « Nous privilégierons les départs volontaires et les préretraites. Aucun " +
        "licenciement sec n’est envisagé à ce stade », a-t-il assuré au téléphone à L’essentiel.",
      "Une promesse qui laisse sceptique l’ALEBA, majoritaire dans l’entreprise. « À ce stade, " +
        "ça ne veut rien dire. On a vu ailleurs comment les départs volontaires deviennent " +
        "obligatoires au bout de six mois », tacle Véronique Schmit, sa présidente. Le syndicat " +
        "exige un plan social « digne de ce nom » et des garanties sur les primes de fin d’année.",
      "Près de 60 % des salariés concernés sont frontaliers, selon l’OGBL. Parmi eux, Julien, " +
        "41 ans, qui fait chaque jour le trajet depuis Thionville. « Quinze ans de boîte, deux " +
        "heures de bouchons par jour, et on l’apprend par un mail à 8 h 30. Je ne sais pas ce que " +
        "je vais dire à mes enfants ce soir. »",
      "Le ministre des Finances, Marc Hoffmann, a appelé la banque à « assumer ses " +
        "responsabilités sociales ». Interrogé en marge d’une séance de la Chambre, il a rappelé " +
        "que le secteur financier avait « créé plus d’emplois qu’il n’en a détruit » l’an " +
        "dernier.",
      "Les négociations sur le plan social doivent débuter le 15 octobre.",
    ],
    quotes: [
      ["la pression sur les marges", "Meridia"],
      ["une automatisation croissante des fonctions de back-office", "Meridia"],
      [
        "Nous privilégierons les départs volontaires et les préretraites. Aucun licenciement sec " +
          "n’est envisagé à ce stade",
        "Pascal Weynandt",
      ],
      [
        "À ce stade, ça ne veut rien dire. On a vu ailleurs comment les départs volontaires " +
          "deviennent obligatoires au bout de six mois",
        "Véronique Schmit",
      ],
      ["digne de ce nom", "l’ALEBA"],
      [
        "Quinze ans de boîte, deux heures de bouchons par jour, et on l’apprend par un mail à 8 h " +
          "30. Je ne sais pas ce que je vais dire à mes enfants ce soir.",
        "Julien",
      ],
      ["assumer ses responsabilités sociales", "Marc Hoffmann"],
      ["créé plus d’emplois qu’il n’en a détruit", "Marc Hoffmann"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Fraternité Matin, santé : thème de campagne, bulletin de l’INHP qui « relève », ministre " +
      "puis « le premier responsable », le Dr et son institut, commerçante « confie », un " +
      "riverain",
    headline: "Dengue à Abidjan : le gouvernement lance une vaste campagne de démoustication",
    paragraphs: [
      "Face à la hausse des cas de dengue dans le district d’Abidjan, le ministère de la Santé, " +
        "de l’Hygiène publique et de la Couverture maladie universelle a lancé, le samedi 14 " +
        "septembre, à Yopougon, une campagne de démoustication placée sous le thème « Zéro gîte, " +
        "zéro dengue ». Elle doit toucher les treize communes du district en trois semaines.",
      "Le bulletin épidémiologique de l’INHP publié vendredi fait état de 1 284 cas suspects et " +
        "de 9 décès depuis le début de l’année, et relève « une circulation active du virus dans " +
        "les communes de Yopougon, d’Abobo et de Cocody ».",
      "Présidant la cérémonie de lancement, le ministre Lassina Ouattara a invité les " +
        "populations à « ne pas céder à la panique ». « La dengue se soigne, à condition de " +
        "consulter tôt. Dès les premières fièvres, rendez-vous dans le centre de santé le plus " +
        "proche et évitez l’automédication », a-t-il exhorté.",
      "Le premier responsable de la santé a également insisté sur la lutte contre les gîtes " +
        "larvaires : « Les pneus usagés, les boîtes de conserve, les fûts mal fermés : c’est là " +
        "que le moustique se reproduit. Chaque ménage doit faire sa part. »",
      "Directeur de l’Institut national d’hygiène publique (INHP), le Dr Joseph Kouamé " +
        "N’Guessan précise que les équipes pulvériseront de l’insecticide « en priorité autour " +
        "des écoles, des marchés et des centres de santé ». Il a salué l’appui de l’Organisation " +
        "mondiale de la santé (OMS), qui a fourni 40 000 tests de diagnostic rapide.",
      "À Yopougon-Sicogi, la mesure est accueillie avec soulagement. « Mon fils de 7 ans a fait " +
        "la dengue le mois dernier. On a passé quatre jours au CHU. Si on peut éviter ça aux " +
        "autres enfants, tant mieux », confie Awa Bamba, commerçante au marché du quartier.",
      "Certains habitants restent toutefois sceptiques. « Ils viennent pulvériser, mais les " +
        "caniveaux restent bouchés depuis des mois. Tant que l’eau stagne, les moustiques " +
        "reviendront », estime un riverain, enseignant à la retraite.",
    ],
    quotes: [
      [
        "une circulation active du virus dans les communes de Yopougon, d’Abobo et de Cocody",
        "Le bulletin épidémiologique de l’INHP",
      ],
      ["ne pas céder à la panique", "Lassina Ouattara"],
      [
        "La dengue se soigne, à condition de consulter tôt. Dès les premières fièvres, " +
          "rendez-vous dans le centre de santé le plus proche et évitez l’automédication",
        "Lassina Ouattara",
      ],
      [
        "Les pneus usagés, les boîtes de conserve, les fûts mal fermés : c’est là que le " +
          "moustique se reproduit. Chaque ménage doit faire sa part.",
        "Lassina Ouattara",
      ],
      ["en priorité autour des écoles, des marchés et des centres de santé", "Joseph Kouamé N’Guessan"],
      [
        "Mon fils de 7 ans a fait la dengue le mois dernier. On a passé quatre jours au CHU. Si " +
          "on peut éviter ça aux autres enfants, tant mieux",
        "Awa Bamba",
      ],
      [
        "Ils viennent pulvériser, mais les caniveaux restent bouchés depuis des mois. Tant que " +
          "l’eau stagne, les moustiques reviendront",
        "un riverain",
      ],
    ],
  }),
  {
    name:
      "Le Bien public, tribunal correctionnel : prévenu à l’initiale, question de la " +
      "présidente, « cingle la vice-procureure », partie civile, club qui « parle d’ », Me X " +
      "puis « l’avocat », deux-points",
    todo:
      "a quote after a colon whose subject is « le prévenu » goes to the lawyer quoted before; a " +
      "body referred back to (« Le club ») is not named",
    headline: "Dijon : l’ancien trésorier du club de foot avait puisé 85 000 euros dans la caisse",
    paragraphs: [
      "Pendant six ans, Didier M. a tenu les comptes de l’Entente sportive de Chenôve, un club " +
        "de football amateur de 350 licenciés. Ce mardi, le sexagénaire comparaissait devant le " +
        "tribunal correctionnel de Dijon pour abus de confiance : entre 2018 et 2023, près de 85 " +
        "000 euros ont disparu des comptes du club.",
      "« Où est passé l’argent ? » lui demande d’emblée la présidente, Hélène Perrot. Le " +
        "prévenu baisse les yeux. « Dans les courses, les factures, le crédit de la maison. Je " +
        "comptais tout rembourser avant la fin de la saison. »",
      "Les dépenses relevées par les enquêteurs racontent une autre histoire : un séjour à " +
        "Djerba, un téléviseur, des repas au restaurant réglés avec la carte bancaire du club. « " +
        "Ce n’est pas de la détresse, c’est du train de vie », cingle la vice-procureure, " +
        "Sandrine Jacquot, qui requiert dix-huit mois de prison avec sursis.",
      "Sur le banc des parties civiles, le président du club, Mohamed Belkacem, n’a pas caché " +
        "son amertume. « C’était un ami. Il venait à tous les matchs, il faisait les crêpes pour " +
        "la fête du club. On lui aurait confié nos enfants », a-t-il témoigné à la barre. Le " +
        "club, qui a dû renoncer à l’achat d’un minibus, parle d’une « trahison » dans ses " +
        "conclusions.",
      "Pour la défense, Me Arnaud Fleury a plaidé la spirale d’un homme « écrasé par les dettes " +
        "» après son divorce. « Mon client n’est pas un escroc. C’est un homme qui a coulé et qui " +
        "s’est raccroché à ce qu’il avait sous la main », a soutenu l’avocat.",
      "Invité à prendre la parole en dernier, le prévenu s’est tourné vers les dirigeants du " +
        "club : « Je vous demande pardon. Je n’ai pas d’excuse. »",
      "Le tribunal l’a condamné à douze mois de prison avec sursis, à l’obligation de " +
        "rembourser les 85 000 euros et à une interdiction d’exercer toute fonction associative " +
        "pendant cinq ans.",
    ],
    quotes: [
      ["Où est passé l’argent ?", "Hélène Perrot"],
      [
        "Dans les courses, les factures, le crédit de la maison. Je comptais tout rembourser " +
          "avant la fin de la saison.",
        "Didier M.",
      ],
      ["Ce n’est pas de la détresse, c’est du train de vie", "Sandrine Jacquot"],
      [
        "C’était un ami. Il venait à tous les matchs, il faisait les crêpes pour la fête du club. " +
          "On lui aurait confié nos enfants",
        "Mohamed Belkacem",
      ],
      ["trahison", "l’Entente sportive de Chenôve"],
      ["écrasé par les dettes", "Arnaud Fleury"],
      [
        "Mon client n’est pas un escroc. C’est un homme qui a coulé et qui s’est raccroché à ce " +
          "qu’il avait sous la main",
        "Arnaud Fleury",
      ],
      ["Je vous demande pardon. Je n’ai pas d’excuse.", "Didier M."],
    ],
  },
  {
    name:
      "L’Union, faits divers : titre repris, « la quinquagénaire », citation dans la citation, " +
      "commerçant « témoigne », source policière, procureur, nom de collectif, adjoint « assure " +
      "que »",
    headline: "Braquage rue de Vesle à Reims : « Ils avaient une arme, je n’ai pas réfléchi »",
    paragraphs: [
      "Il était 10 h 15, ce jeudi, lorsque deux hommes casqués sont entrés dans la bijouterie " +
        "Gobert, rue de Vesle, en plein centre de Reims. En moins de trois minutes, ils sont " +
        "repartis à scooter avec une vingtaine de montres et de bagues, pour un préjudice estimé " +
        "à 120 000 euros.",
      "Seule dans la boutique avec une apprentie, la gérante, Isabelle Gobert, a ouvert les " +
        "vitrines sans résister. « Ils avaient une arme, je n’ai pas réfléchi », raconte la " +
        "quinquagénaire, encore choquée. « Le plus grand m’a dit “ouvre ou je tire”. J’ai pensé à " +
        "la petite, elle a 17 ans. »",
      "Un commerçant voisin a assisté à la fuite des malfaiteurs. « J’ai vu le scooter remonter " +
        "la rue à contresens, à toute vitesse. Les gens s’écartaient en criant », témoigne Rachid " +
        "Amrani, qui tient la boutique de téléphonie d’en face.",
      "Le scooter a été retrouvé incendié une heure plus tard dans le quartier Croix-Rouge. " +
        "Selon une source policière, les deux suspects, âgés de 19 et 23 ans, ont été interpellés " +
        "vendredi matin à leur domicile, « grâce aux images de vidéoprotection et à un témoignage " +
        "décisif ».",
      "Le procureur de la République de Reims, François Schneider, a confirmé les " +
        "interpellations. « Une partie du butin a été retrouvée. Les deux hommes sont déjà connus " +
        "de la justice pour des vols avec violence », a-t-il indiqué samedi. Ils devaient être " +
        "présentés à un juge d’instruction.",
      "Dans la rue, l’association de commerçants « Cœur de Reims » réclame depuis des mois " +
        "davantage de patrouilles. L’adjoint au maire chargé de la sécurité, Laurent Chapuis, " +
        "assure que « la ville n’a pas attendu ce braquage pour agir » et rappelle que huit " +
        "caméras ont été installées depuis janvier.",
      "Isabelle Gobert, elle, a rouvert sa boutique samedi. « Je ne vais pas leur laisser ça. " +
        "Trente ans que la famille est ici. »",
    ],
    quotes: [
      ["Ils avaient une arme, je n’ai pas réfléchi", "Isabelle Gobert"],
      ["Le plus grand m’a dit “ouvre ou je tire”. J’ai pensé à la petite, elle a 17 ans.", "Isabelle Gobert"],
      [
        "J’ai vu le scooter remonter la rue à contresens, à toute vitesse. Les gens s’écartaient " +
          "en criant",
        "Rachid Amrani",
      ],
      ["grâce aux images de vidéoprotection et à un témoignage décisif", "une source policière"],
      [
        "Une partie du butin a été retrouvée. Les deux hommes sont déjà connus de la justice pour " +
          "des vols avec violence",
        "François Schneider",
      ],
      ["la ville n’a pas attendu ce braquage pour agir", "Laurent Chapuis"],
      ["Je ne vais pas leur laisser ça. Trente ans que la famille est ici.", "Isabelle Gobert"],
    ],
  },
  {
    name:
      "La DH, Pro League : guillemets droits, titre repris, « le T1 », buteur « a rigolé », " +
      "bâche en tribune, abonné après deux-points, capitaine, club par communiqué",
    todo:
      "a club's communiqué (« Dans un communiqué …, le Standard ») loses its quote to the person " +
      "quoted in the paragraph before",
    headline: 'Standard - Charleroi (2-1) : "On a enfin retrouvé notre âme"',
    paragraphs: [
      "Il a fallu attendre la 88e minute et une tête de Moussa Diallo pour voir Sclessin " +
        "exploser. Mené au score à la pause, le Standard a renversé Charleroi (2-1) dimanche soir " +
        "et remonte à la sixième place, à deux points du top 6.",
      '"On a enfin retrouvé notre âme", savourait Thomas Verheyen en conférence de presse. ' +
        '"À la mi-temps, j’ai dit aux gars qu’on jouait avec le frein à main. On a lâché les ' +
        'chevaux en seconde période et le public nous a portés."',
      "Le T1 liégeois avait pourtant vu rouge après l’ouverture du score carolo, sur un penalty " +
        'très généreux. "Je n’ai rien vu de tel cette saison. Mais je ne vais pas passer la ' +
        'soirée à parler de l’arbitre", a-t-il balayé.',
      "Monté au jeu à la 60e minute, Moussa Diallo a égalisé dix minutes plus tard avant " +
        'd’offrir la victoire aux siens. "Le coach m’a demandé d’attaquer le premier poteau. ' +
        'J’ai juste fait ce qu’il m’a dit", a rigolé l’attaquant de 21 ans au micro de DAZN.',
      'Dans la tribune 3, les supporters avaient déployé une immense bâche "Sclessin, notre ' +
        'maison" avant le coup d’envoi. Parmi eux, Jérôme, abonné depuis vingt-deux ans : "Ça ' +
        "faisait longtemps qu’on n’avait plus vibré comme ça. Ce soir, on a revu le vrai " +
        'Standard."',
      'Côté carolo, la déception était palpable. "On a fait 70 bonnes minutes et on repart ' +
        'avec zéro point. C’est le foot, mais ça fait mal", soufflait le capitaine Nathan ' +
        'Lecomte. Son entraîneur, Stéphane Dufour, a regretté "un manque de lucidité dans les ' +
        'dix dernières minutes".',
      "La rencontre a été interrompue six minutes en seconde période après des jets de " +
        'fumigènes. Dans un communiqué publié dimanche soir, le Standard "condamne fermement ces ' +
        'comportements" et annonce qu’il collaborera avec la police pour identifier les auteurs.',
    ],
    quotes: [
      ["On a enfin retrouvé notre âme", "Thomas Verheyen"],
      [
        "À la mi-temps, j’ai dit aux gars qu’on jouait avec le frein à main. On a lâché les " +
          "chevaux en seconde période et le public nous a portés.",
        "Thomas Verheyen",
      ],
      [
        "Je n’ai rien vu de tel cette saison. Mais je ne vais pas passer la soirée à parler de " +
          "l’arbitre",
        "Thomas Verheyen",
      ],
      [
        "Le coach m’a demandé d’attaquer le premier poteau. J’ai juste fait ce qu’il m’a dit",
        "Moussa Diallo",
      ],
      [
        "Ça faisait longtemps qu’on n’avait plus vibré comme ça. Ce soir, on a revu le vrai " + "Standard.",
        "Jérôme",
      ],
      [
        "On a fait 70 bonnes minutes et on repart avec zéro point. C’est le foot, mais ça fait " + "mal",
        "Nathan Lecomte",
      ],
      ["un manque de lucidité dans les dix dernières minutes", "Stéphane Dufour"],
      ["condamne fermement ces comportements", "le Standard"],
    ],
  },
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Heidi.news, science : étude qui « montre que », terme entre guillemets, première autrice " +
      "puis « la chercheuse », chercheur extérieur et deux-points, pêcheur, office fédéral « " +
      "indique qu’il »",
    headline: "Les lacs suisses se réchauffent plus vite que prévu, y compris en profondeur",
    standfirst:
      "Quarante ans de mesures dans douze lacs du Plateau montrent un réchauffement qui gagne " +
      "le fond. Les poissons des profondeurs sont les premiers menacés.",
    paragraphs: [
      "Les grands lacs du Plateau suisse se réchauffent plus vite que ne le prévoyaient les " +
        "modèles climatiques. C’est la conclusion d’une étude de l’Institut fédéral suisse des " +
        "sciences et technologies de l’eau (Eawag), publiée mardi dans la revue Communications " +
        "Earth & Environment.",
      "En surface, la température a augmenté en moyenne de 0,46 °C par décennie depuis 1980. " +
        "Surtout, l’étude montre que « le réchauffement atteint désormais les couches profondes " +
        "», ce qui perturbe le phénomène dit de « brassage » : chaque hiver, les eaux froides de " +
        "surface plongeaient vers le fond et y apportaient l’oxygène.",
      "« Dans le Léman, le brassage complet n’a eu lieu que deux fois au cours des quinze " +
        "dernières années. Avant 1990, c’était presque un hiver sur deux », explique Camille " +
        "Rochat, limnologue à l’Eawag et première autrice de l’étude.",
      "La chercheuse s’inquiète surtout pour les poissons des profondeurs. « Sans oxygène au " +
        "fond, l’omble chevalier perd ses frayères. On pourrait voir certaines populations " +
        "s’effondrer en une dizaine d’années. »",
      "Professeur de géosciences à l’Université de Genève, Martin Keller, qui n’a pas participé " +
        "aux travaux, salue « un jeu de données exceptionnel ». Il nuance toutefois : « Les lacs " +
        "ne réagissent pas tous de la même manière. Le lac de Zurich, par exemple, profite encore " +
        "de ses affluents alpins. »",
      "Pêcheur professionnel à Lutry depuis 1994, Patrick Duboux constate déjà le changement " +
        "dans ses filets. « Les ombles, j’en remonte trois fois moins qu’il y a dix ans. Les " +
        "perches, elles, arrivent plus tôt au printemps », raconte-t-il.",
      "Contacté par Heidi.news, l’Office fédéral de l’environnement indique qu’il « prendra " +
        "connaissance des résultats avec attention » et rappelle que la réduction des apports de " +
        "phosphore reste sa priorité.",
    ],
    quotes: [
      ["le réchauffement atteint désormais les couches profondes", "l’étude"],
      [
        "Dans le Léman, le brassage complet n’a eu lieu que deux fois au cours des quinze " +
          "dernières années. Avant 1990, c’était presque un hiver sur deux",
        "Camille Rochat",
      ],
      [
        "Sans oxygène au fond, l’omble chevalier perd ses frayères. On pourrait voir certaines " +
          "populations s’effondrer en une dizaine d’années.",
        "Camille Rochat",
      ],
      ["un jeu de données exceptionnel", "Martin Keller"],
      [
        "Les lacs ne réagissent pas tous de la même manière. Le lac de Zurich, par exemple, " +
          "profite encore de ses affluents alpins.",
        "Martin Keller",
      ],
      [
        "Les ombles, j’en remonte trois fois moins qu’il y a dix ans. Les perches, elles, " +
          "arrivent plus tôt au printemps",
        "Patrick Duboux",
      ],
      ["prendra connaissance des résultats avec attention", "l’Office fédéral de l’environnement"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Dernières Nouvelles d’Alsace, culture : titres d’œuvres entre guillemets, fragment au " +
      "chapô d’une citation plus longue, « la Berlinoise de 44 ans », chef d’orchestre, ténor « " +
      "s’amuse-t-il », abonnée",
    todo:
      "a standfirst fragment attributed by description (« selon la directrice de la maison ») " +
      "goes to the person named before",
    headline: "Opéra national du Rhin : des « Contes d’Hoffmann » sous le signe du cabaret",
    standfirst:
      "La metteuse en scène allemande Julia Reinholz transpose l’opéra d’Offenbach dans le " +
      "Berlin des années 1920. Un pari « risqué mais nécessaire », selon la directrice de la " +
      "maison.",
    paragraphs: [
      "Il y a des fumées, des paillettes et un orchestre de jazz qui joue en coulisse. Pour sa " +
        "première mise en scène en France, Julia Reinholz a fait des « Contes d’Hoffmann » un " +
        "long cabaret nocturne, où le poète ivre raconte ses amours ratées entre deux numéros de " +
        "music-hall. La première a lieu vendredi à Strasbourg.",
      "« Offenbach écrivait pour les théâtres de boulevard. Il aimait le bruit, le désordre, " +
        "les filles qui lèvent la jambe. Je n’ai rien inventé, j’ai seulement retiré la poussière " +
        "», sourit la Berlinoise de 44 ans, rencontrée entre deux répétitions.",
      "La directrice de l’Opéra national du Rhin, Sophie Kessler, assume un spectacle qui « va " +
        "bousculer une partie du public » : « C’est un pari risqué mais nécessaire. Une maison " +
        "d’opéra qui ne prend plus de risques devient un musée. »",
      "Dans la fosse, le chef britannique Daniel Ashworth dirige l’Orchestre philharmonique de " +
        "Strasbourg. Il défend une version « plus courte et plus nerveuse » de la partition, dont " +
        "il a retranché près de quarante minutes. « Il n’existe pas de version définitive des " +
        "Contes. Offenbach est mort avant la création. Chaque production doit faire ses choix », " +
        "justifie-t-il.",
      "Le ténor Étienne Marchal, qui chante le rôle-titre, entonne la « Légende de Kleinzach » " +
        "debout sur un comptoir et a dû apprendre quelques pas de claquettes. « Les premières " +
        "semaines, j’avais des courbatures partout. Maintenant, je commence à y prendre goût », " +
        "s’amuse-t-il.",
      "Lors de la répétition générale, mercredi, quelques spectateurs ont quitté la salle à " +
        "l’entracte. D’autres ont applaudi debout. « C’est la première fois que je ris à l’opéra " +
        "», glissait à la sortie Marguerite, abonnée depuis trente ans.",
    ],
    quotes: [
      ["risqué mais nécessaire", "Sophie Kessler"],
      [
        "Offenbach écrivait pour les théâtres de boulevard. Il aimait le bruit, le désordre, les " +
          "filles qui lèvent la jambe. Je n’ai rien inventé, j’ai seulement retiré la poussière",
        "Julia Reinholz",
      ],
      ["va bousculer une partie du public", "Sophie Kessler"],
      [
        "C’est un pari risqué mais nécessaire. Une maison d’opéra qui ne prend plus de risques " +
          "devient un musée.",
        "Sophie Kessler",
      ],
      ["plus courte et plus nerveuse", "Daniel Ashworth"],
      [
        "Il n’existe pas de version définitive des Contes. Offenbach est mort avant la création. " +
          "Chaque production doit faire ses choix",
        "Daniel Ashworth",
      ],
      [
        "Les premières semaines, j’avais des courbatures partout. Maintenant, je commence à y " +
          "prendre goût",
        "Étienne Marchal",
      ],
      ["C’est la première fois que je ris à l’opéra", "Marguerite"],
    ],
  }),
];

runArticles("fr", ARTICLES);
