// A twenty-sixth round of composed French articles, in the styles of outlets and beats the first
// twenty-five rounds (articles.fr to articles25.fr) did not use: a 49.3 on the budget in Le Figaro, a
// pharmacy robbed for the third time in Aubervilliers for Le Parisien, a former Ixelles alderman
// convicted of embezzlement in Le Soir, a soya processing plant opened at Adétikopé in Togo First, a
// derby won by Lens over Lille in La Voix du Nord, a Virginia Woolf staging at the Théâtre de la
// Bastille in Libération, an earthquake swarm under the Val d’Hérens in Le Temps, night closures of
// the La Sarre emergency room on Radio-Canada, failure rates at the cégep French exam in Le Devoir and
// a broken-down Ouessant ferry in Ouest-France. Every article was written for these tests, before the
// engine was run on them; speakers follow the corpus guidelines (the fullest name the article gives,
// without title; a body or document as named; the shortest description that identifies an unnamed
// source).
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
      "Le Figaro, politique : fragment au titre attribué à « la gauche » repris à " +
      "l’identique par une présidente de groupe nommée dans le texte, « a-t-elle lancé » " +
      "après la première ministre, deux femmes puis « a prévenu cette dernière », ministre " +
      "anonyme « confie », chef de groupe avec deux-points, avis du Haut Conseil en un mot, " +
      "nom de plan entre guillemets",
    headline: "Budget 2027 : Matignon dégaine le 49.3, la gauche dénonce « un passage en force »",
    standfirst:
      "La première ministre a engagé mardi la responsabilité de son gouvernement sur la " +
      "partie recettes du projet de loi de finances. Deux motions de censure seront " +
      "examinées jeudi.",
    paragraphs: [
      "C’était attendu depuis plusieurs jours. Mardi après-midi, la première ministre, " +
        "Claire Vasseur, est montée à la tribune de l’Assemblée nationale pour engager la " +
        "responsabilité de son gouvernement sur la partie recettes du projet de loi de " +
        "finances pour 2027, en vertu de l’article 49, alinéa 3, de la Constitution.",
      "« Nous avons écouté, nous avons amendé, nous avons cherché des compromis jusqu’à la " +
        "dernière minute. Mais la France ne peut pas se permettre de rester sans budget », " +
        "a-t-elle lancé sous les huées d’une partie de l’hémicycle.",
      "La présidente du groupe socialiste, Hélène Castagnet, a aussitôt dénoncé « un " +
        "passage en force » et annoncé le dépôt d’une motion de censure. Sa collègue " +
        "écologiste Sandrine Morel-Dufour a fustigé un texte qui « fait payer la crise aux " +
        "classes moyennes ». « Nous censurerons, et nous ne serons pas seuls », a prévenu " +
        "cette dernière.",
      "Dans la majorité, l’heure est aux calculs. « Il nous manque une vingtaine de voix, " +
        "peut-être moins. Tout dépendra des LR », confie un ministre, sous le sceau de " +
        "l’anonymat.",
      "Chez Les Républicains, le patron des députés, Bertrand Lagarde, entretient le " +
        "suspense : « Nous ne voterons pas une censure qui ouvrirait la porte au chaos. Mais " +
        "nous ne signerons pas de chèque en blanc non plus. »",
      "Le Haut Conseil des finances publiques avait jugé en septembre « optimiste » " +
        "l’hypothèse de croissance de 1,2 % retenue par Bercy. Le texte prévoit aussi les " +
        "premières économies du plan « France efficace 2030 », qui doit réduire de 5 " +
        "milliards d’euros les dépenses de fonctionnement de l’État.",
      "Si aucune motion n’est adoptée jeudi, le volet recettes sera considéré comme adopté " +
        "en première lecture et transmis au Sénat.",
    ],
    quotes: [
      ["un passage en force", "Hélène Castagnet"],
      [
        "Nous avons écouté, nous avons amendé, nous avons cherché des compromis jusqu’à la " +
          "dernière minute. Mais la France ne peut pas se permettre de rester sans budget",
        "Claire Vasseur",
      ],
      ["fait payer la crise aux classes moyennes", "Sandrine Morel-Dufour"],
      ["Nous censurerons, et nous ne serons pas seuls", "Sandrine Morel-Dufour"],
      ["Il nous manque une vingtaine de voix, peut-être moins. Tout dépendra des LR", "un ministre"],
      [
        "Nous ne voterons pas une censure qui ouvrirait la porte au chaos. Mais nous ne " +
          "signerons pas de chèque en blanc non plus.",
        "Bertrand Lagarde",
      ],
      ["optimiste", "Le Haut Conseil des finances publiques"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Parisien, faits divers : fragment au titre d’une pharmacienne nommée dans le " +
      "texte, « raconte la titulaire » avec nom après, surnom de l’officine entre " +
      "guillemets, citation sur deux paragraphes sans verbe, « Selon une source policière » " +
      "avec fragment, « précise le parquet », maire en fragment, commerçant anonyme avec " +
      "deux-points",
    todo:
      "«Les images de vidéoprotection sont en cours d…» goes to Le parquet de Bobigny, not le parquet de " +
      "Bobigny; «On a eu des promesses après le premier braqua…» goes to Un commerçant voisin, not un " +
      "commerçant voisin",
    headline:
      "Aubervilliers : braquée pour la troisième fois en un an, la pharmacienne prévient « " +
      "cette fois, je ferme »",
    standfirst:
      "Deux hommes armés d’un couteau ont dévalisé lundi soir la pharmacie du Marché. Le " +
      "parquet de Bobigny a ouvert une enquête.",
    paragraphs: [
      "Il était 19 h 40, ce lundi, quand deux hommes cagoulés ont poussé la porte de la " +
        "pharmacie du Marché, avenue Jean-Jaurès, à Aubervilliers (Seine-Saint-Denis). Sous " +
        "la menace d’un couteau, ils se sont fait remettre le contenu de la caisse, environ 1 " +
        "800 euros, et plusieurs boîtes d’anxiolytiques avant de prendre la fuite à pied.",
      "« Ils savaient exactement où chercher. Ils sont allés directement derrière le " +
        "comptoir, là où on range les médicaments les plus chers », raconte la titulaire, " +
        "Nadia Belkacem, 52 ans, installée depuis 2009 dans ce que les habitants surnomment « " +
        "la pharma des Quatre-Chemins ». C’est le troisième braquage que subit son officine " +
        "depuis décembre.",
      "« Cette fois, je ferme. Je ne vais pas attendre qu’il y ait un mort. Ma préparatrice " +
        "a démissionné après le deuxième, et je ne trouve personne pour la remplacer.",
      "« Les gens du quartier vont devoir aller jusqu’au Fort d’Aubervilliers pour trouver " +
        "une pharmacie ouverte le soir. Ce sont les personnes âgées qui vont payer. »",
      "Selon une source policière, les deux suspects, « probablement très jeunes », " +
        "pourraient être liés à un trafic de médicaments revendus dans le secteur de la porte " +
        "de la Villette. « Les images de vidéoprotection sont en cours d’exploitation », " +
        "précise le parquet de Bobigny, qui a confié l’enquête pour vol avec arme au " +
        "commissariat d’Aubervilliers.",
      "Le maire, Karim Haddou, a demandé au préfet de police « des patrouilles régulières " +
        "aux heures de fermeture des commerces ». Un commerçant voisin, lui, n’y croit plus : " +
        "« On a eu des promesses après le premier braquage. On n’a jamais vu une voiture de " +
        "police. »",
    ],
    quotes: [
      ["cette fois, je ferme", "Nadia Belkacem"],
      [
        "Ils savaient exactement où chercher. Ils sont allés directement derrière le " +
          "comptoir, là où on range les médicaments les plus chers",
        "Nadia Belkacem",
      ],
      [
        "Cette fois, je ferme. Je ne vais pas attendre qu’il y ait un mort. Ma préparatrice a " +
          "démissionné après le deuxième, et je ne trouve personne pour la remplacer.",
        "Nadia Belkacem",
      ],
      [
        "Les gens du quartier vont devoir aller jusqu’au Fort d’Aubervilliers pour trouver " +
          "une pharmacie ouverte le soir. Ce sont les personnes âgées qui vont payer.",
        "Nadia Belkacem",
      ],
      ["probablement très jeunes", "une source policière"],
      ["Les images de vidéoprotection sont en cours d’exploitation", "le parquet de Bobigny"],
      ["des patrouilles régulières aux heures de fermeture des commerces", "Karim Haddou"],
      [
        "On a eu des promesses après le premier braquage. On n’a jamais vu une voiture de " + "police.",
        "un commerçant voisin",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Soir, justice : jugement cité au chapeau et repris à l’identique dans le texte, " +
      "fragment du prévenu « qui invoquait », « relève le jugement », deux hommes " +
      "(substitut, avocat) puis incise dans les guillemets « a-t-il reconnu », citation " +
      "coupée en deux paires par « a-t-il déclaré », collège communal en fragment, titres " +
      "de magazine et d’enquête entre guillemets",
    todo:
      "«une trahison de la confiance des citoyens» goes to Le jugement, not le jugement; «Aucune " +
      "pièce du dossier ne permet de rattache…» goes to Le jugement, not le jugement; «prend acte " +
      "d’une décision qui clôt un chapitr…» goes to Marc Van Damme, not le collège des bourgmestre " +
      "et échevins",
    headline: "Un ancien échevin d’Ixelles condamné à 18 mois avec sursis pour détournement",
    standfirst:
      "Le tribunal correctionnel de Bruxelles a jugé que Marc Van Damme avait utilisé la " +
      "carte de crédit communale à des fins privées. Le jugement parle d’« une trahison de " +
      "la confiance des citoyens ».",
    paragraphs: [
      "Il avait toujours contesté. Marc Van Damme, 61 ans, ancien échevin des Finances " +
        "d’Ixelles, a été reconnu coupable mardi par la 59e chambre du tribunal correctionnel " +
        "de Bruxelles d’avoir dépensé près de 47.000 euros avec une carte de crédit de la " +
        "commune entre 2019 et 2022 : restaurants, hôtels à la Côte et même un séjour à " +
        "Marrakech.",
      "Le tribunal a écarté les explications du prévenu, qui invoquait des « frais de " +
        "représentation ». « Aucune pièce du dossier ne permet de rattacher ces dépenses à " +
        "une mission communale », relève le jugement, qui évoque « une trahison de la " +
        "confiance des citoyens ».",
      "Le substitut du procureur du Roi, Pierre Dewinter, avait requis deux ans de prison " +
        "ferme. Face à lui, Me Julien Lacroix, conseil de l’ancien mandataire, plaidait " +
        "l’acquittement en dénonçant « un dossier monté de toutes pièces par des adversaires " +
        "politiques ». « Mon client a commis des erreurs de gestion, a-t-il reconnu. Ce n’est " +
        "pas un voleur. »",
      "À la sortie de l’audience, Marc Van Damme, visiblement éprouvé, n’a pas souhaité " +
        "s’étendre. « Je respecte la décision de la justice », a-t-il déclaré, « mais je " +
        "réfléchis avec mon avocat à la suite à y donner. »",
      "La commune d’Ixelles, qui s’était constituée partie civile, récupérera l’intégralité " +
        "des sommes. Dans un communiqué, le collège des bourgmestre et échevins « prend acte " +
        "d’une décision qui clôt un chapitre douloureux ».",
      "L’affaire avait éclaté au printemps 2022 après une enquête du magazine « Médor », " +
        "intitulée « La carte bleue de l’échevin ». Le parquet dispose de trente jours pour " +
        "faire appel.",
    ],
    quotes: [
      ["une trahison de la confiance des citoyens", "le jugement"],
      ["frais de représentation", "Marc Van Damme"],
      ["Aucune pièce du dossier ne permet de rattacher ces dépenses à une mission communale", "le jugement"],
      ["un dossier monté de toutes pièces par des adversaires politiques", "Julien Lacroix"],
      [
        "Mon client a commis des erreurs de gestion, a-t-il reconnu. Ce n’est pas un voleur.",
        "Julien Lacroix",
      ],
      ["Je respecte la décision de la justice", "Marc Van Damme"],
      ["mais je réfléchis avec mon avocat à la suite à y donner.", "Marc Van Damme"],
      ["prend acte d’une décision qui clôt un chapitre douloureux", "le collège des bourgmestre et échevins"],
    ],
  }),
  {
    name:
      "Togo First, économie : guillemets anglais courbes, directeur général « a expliqué » " +
      "avec nom après, « Selon la direction de la PIA » avec fragment, deux hommes " +
      "producteurs, le premier en fragment et le second avec deux-points, ministère dans un " +
      "communiqué en fragment, économiste « estime-t-elle », nom de marque entre guillemets",
    headline: "Adétikopé : une usine de transformation de soja entre en production",
    paragraphs: [
      "La Plateforme industrielle d’Adétikopé (PIA) accueille une nouvelle unité. " +
        "L’entreprise Agro Soja Togo a lancé la semaine dernière la production de tourteaux " +
        "et d’huile de soja, avec une capacité annoncée de 60 000 tonnes de graines par an.",
      "“Jusqu’ici, une grande partie de notre soja partait brut vers l’Europe et l’Asie. " +
        "Désormais, nous captons la valeur ajoutée ici, au Togo”, a expliqué son directeur " +
        "général, Komla Agbéko, lors de la cérémonie de lancement.",
      "L’usine, qui a nécessité un investissement de 14 milliards FCFA, doit créer 220 " +
        "emplois directs. Selon la direction de la PIA, la plateforme compte désormais “une " +
        "vingtaine d’unités opérationnelles”.",
      "Dans la région des Plateaux, les producteurs attendent de voir. Essowè Tchalim, " +
        "président d’une coopérative de Kpalimé, salue “un débouché sûr, à un prix connu à " +
        "l’avance”. Yao Kpodar, qui cultive douze hectares près de Notsè, se montre plus " +
        "réservé : “Le prix plancher fixé par l’État ne couvre déjà pas nos coûts. Si l’usine " +
        "paie le même prix, on n’a rien gagné.”",
      "Dans un communiqué, le ministère du Commerce rappelle que l’exportation de soja " +
        "grain reste “soumise à autorisation préalable” depuis l’arrêté de 2023.",
      "Pour l’économiste Akossiwa Mensah, de l’Université de Lomé, la filière doit encore " +
        "convaincre. “Le Togo a les graines, il a maintenant les usines. Ce qui manque, c’est " +
        "le financement des campagnes agricoles”, estime-t-elle.",
      "L’huile sera commercialisée sous la marque “Soja d’Or”, notamment vers le Burkina " +
        "Faso et le Niger.",
    ],
    quotes: [
      [
        "Jusqu’ici, une grande partie de notre soja partait brut vers l’Europe et l’Asie. " +
          "Désormais, nous captons la valeur ajoutée ici, au Togo",
        "Komla Agbéko",
      ],
      ["une vingtaine d’unités opérationnelles", "la direction de la PIA"],
      ["un débouché sûr, à un prix connu à l’avance", "Essowè Tchalim"],
      [
        "Le prix plancher fixé par l’État ne couvre déjà pas nos coûts. Si l’usine paie le " +
          "même prix, on n’a rien gagné.",
        "Yao Kpodar",
      ],
      ["soumise à autorisation préalable", "le ministère du Commerce"],
      [
        "Le Togo a les graines, il a maintenant les usines. Ce qui manque, c’est le " +
          "financement des campagnes agricoles",
        "Akossiwa Mensah",
      ],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Voix du Nord, football : fragment au titre d’un buteur nommé, « souriait " +
      "l’attaquant franco-malien » puis seconde citation sans verbe, « a résumé " +
      "l’entraîneur lensois », deux hommes lillois, le premier en fragment et le second " +
      "avec deux-points, titre de chanson et banderole entre guillemets, abonné anonyme « " +
      "lâchait », club dans un communiqué en fragment",
    headline:
      "RC Lens : Diarra offre le derby aux Sang et Or, « une soirée pour les gens du bassin " + "minier »",
    standfirst:
      "Les Lensois ont battu le LOSC (1-0) samedi soir à Bollaert grâce à un but de leur " +
      "avant-centre à la 88e minute.",
    paragraphs: [
      "Il a fallu attendre la 88e minute pour que Bollaert explose. Sur un centre de " +
        "Jonathan Gomis, Malik Diarra a surgi au premier poteau pour tromper Lucas Vanhoutte " +
        "et offrir au RC Lens une victoire 1-0 face au LOSC, samedi soir, lors de la 15e " +
        "journée de Ligue 1.",
      "« Je l’ai senti dès que Jo a levé la tête. On a beaucoup travaillé ce type de ballon " +
        "cette semaine », souriait l’attaquant franco-malien en zone mixte. « C’est une " +
        "soirée pour les gens du bassin minier. Ils le méritent. »",
      "Stéphane Duquesne, lui, retenait surtout l’état d’esprit. « On n’a pas été brillants " +
        "en première période, on a même souffert. Mais ce groupe ne lâche jamais », a résumé " +
        "l’entraîneur lensois, dont l’équipe remonte à la quatrième place.",
      "Côté lillois, la déception était immense. Le gardien Lucas Vanhoutte, auteur de " +
        "trois arrêts décisifs, pestait contre « un manque de concentration sur un seul " +
        "ballon ». Son coéquipier Benjamin Aït-Ali préférait regarder devant : « On joue la " +
        "Ligue des champions mercredi. On n’a pas le temps de pleurer. »",
      "Avant le coup d’envoi, les 38 000 spectateurs avaient entonné « Les Corons », comme " +
        "avant chaque match à domicile, et la tribune Marek avait déployé une banderole " +
        "proclamant « Ici, c’est le Nord ».",
      "« Battre Lille à la 88e, il n’y a rien de plus beau. Je vais m’en souvenir toute ma " +
        "vie », lâchait un abonné de la tribune Trannin, écharpe sang et or autour du cou.",
      "Seule ombre au tableau : dans un communiqué publié dimanche, le RC Lens indique que " +
        "son buteur souffre « d’une légère gêne aux ischio-jambiers » et sera évalué lundi.",
    ],
    quotes: [
      ["une soirée pour les gens du bassin minier", "Malik Diarra"],
      [
        "Je l’ai senti dès que Jo a levé la tête. On a beaucoup travaillé ce type de ballon " +
          "cette semaine",
        "Malik Diarra",
      ],
      ["C’est une soirée pour les gens du bassin minier. Ils le méritent.", "Malik Diarra"],
      [
        "On n’a pas été brillants en première période, on a même souffert. Mais ce groupe ne " +
          "lâche jamais",
        "Stéphane Duquesne",
      ],
      ["un manque de concentration sur un seul ballon", "Lucas Vanhoutte"],
      ["On joue la Ligue des champions mercredi. On n’a pas le temps de pleurer.", "Benjamin Aït-Ali"],
      [
        "Battre Lille à la 88e, il n’y a rien de plus beau. Je vais m’en souvenir toute ma " + "vie",
        "un abonné de la tribune Trannin",
      ],
      ["d’une légère gêne aux ischio-jambiers", "le RC Lens"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Libération, théâtre : citation au chapeau avec « dit-elle » renvoyant au nom du " +
      "titre, titre de la pièce entre guillemets, « explique la metteuse en scène de 34 ans " +
      "» puis citation sans verbe qui reprend un fragment du chapeau, deux femmes puis « " +
      "résume la première » et « La seconde » en fragment, « selon son directeur » en " +
      "fragment, guillemets de distance, citation sans verbe en fin d’article",
    todo:
      "«J’avais besoin d’eau sur le plateau» goes to Virginia Woolf, not Léa Chaumette; «les Vagues» " +
      "taken for a quote",
    headline: "Léa Chaumette, les vagues à l’âme",
    standfirst:
      "Au Théâtre de la Bastille, la jeune metteuse en scène adapte Virginia Woolf avec six " +
      "comédiens et une piscine gonflable. « J’avais besoin d’eau sur le plateau », " +
      "dit-elle.",
    paragraphs: [
      "Il y a d’abord le bruit. Un ressac enregistré sur une plage du Finistère, diffusé en " +
        "boucle pendant que le public s’installe. Puis six corps allongés au bord d’une " +
        "piscine gonflable bleu ciel. Avec « les Vagues », d’après le roman de Virginia " +
        "Woolf, Léa Chaumette signe son troisième spectacle, et le plus ambitieux.",
      "« Woolf écrit des monologues intérieurs qui se répondent sans jamais se croiser. " +
        "C’est du théâtre qui s’ignore », explique la metteuse en scène de 34 ans, passée par " +
        "le Conservatoire national. « J’avais besoin d’eau sur le plateau. Sinon, on restait " +
        "dans la littérature. »",
      "Inès Moreau et Camille Ravel se partagent le rôle de Rhoda, la plus fragile des six " +
        "voix du roman. « On ne joue pas la folie, on joue la peur de disparaître », résume " +
        "la première. La seconde parle d’un rôle « qui vous suit jusque dans le métro ».",
      "Le spectacle a failli ne jamais voir le jour. La piscine, le traitement de l’eau et " +
        "la sécurité ont fait exploser le budget, et deux coproducteurs se sont retirés en " +
        "cours de route. Le Théâtre de la Bastille a fini par prendre le relais, au nom d’une " +
        "programmation qui refuse, selon son directeur, Jean-Marc Pélissier, « de choisir " +
        "entre l’exigence et le plaisir ».",
      "On est loin, très loin, du théâtre « grand public » : la représentation dure 2 h 40, " +
        "sans entracte, et les monologues se chevauchent parfois jusqu’à devenir inaudibles.",
      "Léa Chaumette assume. « Je ne crois pas qu’il faille épargner le spectateur. Il a le " +
        "droit de s’ennuyer un peu, de décrocher, puis de revenir. C’est comme une marée. »",
      "Les Vagues, jusqu’au 20 décembre au Théâtre de la Bastille (Paris XIe), puis en " +
        "tournée à Rennes et Lyon.",
    ],
    quotes: [
      ["J’avais besoin d’eau sur le plateau", "Léa Chaumette"],
      [
        "Woolf écrit des monologues intérieurs qui se répondent sans jamais se croiser. C’est " +
          "du théâtre qui s’ignore",
        "Léa Chaumette",
      ],
      ["J’avais besoin d’eau sur le plateau. Sinon, on restait dans la littérature.", "Léa Chaumette"],
      ["On ne joue pas la folie, on joue la peur de disparaître", "Inès Moreau"],
      ["qui vous suit jusque dans le métro", "Camille Ravel"],
      ["de choisir entre l’exigence et le plaisir", "Jean-Marc Pélissier"],
      [
        "Je ne crois pas qu’il faille épargner le spectateur. Il a le droit de s’ennuyer un " +
          "peu, de décrocher, puis de revenir. C’est comme une marée.",
        "Léa Chaumette",
      ],
    ],
  }),
  {
    name:
      "Le Temps, sciences : guillemets suisses sans espace, service fédéral cité au " +
      "chapeau, sismologue « explique » avec nom et fonction, « Selon la chercheuse » avec " +
      "fragment, deux hommes puis « Le premier » et « détaille-t-il », « Le second » avec " +
      "deux-points, rapport en fragment, surnom d’un séisme et nom de formulaire entre " +
      "guillemets, habitante anonyme « raconte »",
    todo: "«Séisme ressenti?» taken for a quote",
    headline: "Val d’Hérens: un essaim de séismes intrigue les sismologues",
    standfirst:
      "Plus de 300 microséismes ont été enregistrés depuis la mi-octobre sous le Valais " +
      "central. «Rien n’indique un grand tremblement de terre imminent», rassure le Service " +
      "sismologique suisse.",
    paragraphs: [
      "Depuis le 14 octobre, les sismographes du Valais central ne chôment pas. Plus de 300 " +
        "secousses, pour la plupart imperceptibles, ont été enregistrées sous le val " +
        "d’Hérens, entre 4 et 7 kilomètres de profondeur. La plus forte, de magnitude 3,4, a " +
        "été ressentie jusqu’à Sion dans la nuit de dimanche à lundi.",
      "«Un essaim de cette durée n’est pas inhabituel dans les Alpes. Ce qui nous " +
        "intéresse, c’est sa migration: les foyers se déplacent de quelques centaines de " +
        "mètres par semaine vers le nord-est», explique Céline Reymond, sismologue au Service " +
        "sismologique suisse (SED), rattaché à l’EPF de Zurich.",
      "Selon la chercheuse, ce déplacement trahit probablement la circulation de fluides " +
        "dans la croûte, «comme de l’eau qui s’infiltrerait dans une fissure et la ferait " +
        "glisser petit à petit».",
      "Le géophysicien Matthias Brunner, de l’Université de Lausanne, et le géologue " +
        "cantonal Raphaël Zufferey partagent cette lecture. Le premier a installé début " +
        "novembre six stations temporaires autour d’Evolène. «Avec un réseau plus dense, on " +
        "localise les foyers à cinquante mètres près, contre un kilomètre auparavant», " +
        "détaille-t-il.",
      "Le second se veut rassurant: «Le Valais est la région la plus sismique de Suisse. " +
        "Nos bâtiments récents respectent les normes parasismiques, mais il faut rester " +
        "attentif au bâti ancien.»",
      "Le rapport de situation publié vendredi par le SED estime la probabilité d’un séisme " +
        "de magnitude 5 ou plus dans la région «légèrement supérieure à la normale, mais " +
        "toujours inférieure à 1% sur un an». Le dernier de cette ampleur, en 1946, reste " +
        "dans les mémoires sous le nom de «tremblement de terre de Sierre».",
      "«Les verres ont tinté dans le vaisselier, comme quand un camion passe», raconte une " +
        "habitante d’Evolène. Les témoins peuvent signaler leurs observations au moyen du " +
        "formulaire «Séisme ressenti?» sur le site du SED.",
    ],
    quotes: [
      ["Rien n’indique un grand tremblement de terre imminent", "le Service sismologique suisse"],
      [
        "Un essaim de cette durée n’est pas inhabituel dans les Alpes. Ce qui nous intéresse, " +
          "c’est sa migration: les foyers se déplacent de quelques centaines de mètres par " +
          "semaine vers le nord-est",
        "Céline Reymond",
      ],
      [
        "comme de l’eau qui s’infiltrerait dans une fissure et la ferait glisser petit à " + "petit",
        "Céline Reymond",
      ],
      [
        "Avec un réseau plus dense, on localise les foyers à cinquante mètres près, contre un " +
          "kilomètre auparavant",
        "Matthias Brunner",
      ],
      [
        "Le Valais est la région la plus sismique de Suisse. Nos bâtiments récents respectent " +
          "les normes parasismiques, mais il faut rester attentif au bâti ancien.",
        "Raphaël Zufferey",
      ],
      [
        "légèrement supérieure à la normale, mais toujours inférieure à 1% sur un an",
        "Le rapport de situation",
      ],
      ["Les verres ont tinté dans le vaisselier, comme quand un camion passe", "une habitante d’Evolène"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Radio-Canada, santé : fragment au chapeau d’« un maire » nommé dans le texte et " +
      "repris à l’identique, PDG « a affirmé » avec nom après et titre d’émission entre " +
      "guillemets, question dans la citation et « s’indigne-t-il », syndicat avec « Selon » " +
      "en fragment puis sa représentante en fragment, deux femmes puis « raconte la femme " +
      "de 61 ans », cabinet du ministre par courriel en fragment",
    headline: "Urgence de La Sarre : les fermetures de nuit prolongées jusqu’en mars",
    standfirst:
      "Le CISSS de l’Abitibi-Témiscamingue invoque le manque d’infirmières. Le maire de la " +
      "ville parle d’un « bris de service inacceptable ».",
    paragraphs: [
      "L’urgence de l’Hôpital de La Sarre restera fermée de 20 h à 8 h jusqu’au 31 mars, a " +
        "annoncé mardi le Centre intégré de santé et de services sociaux (CISSS) de " +
        "l’Abitibi-Témiscamingue. Pendant ces heures, les usagers devront se rendre à Amos, à " +
        "près de 90 kilomètres.",
      "« Nous avons besoin de 14 infirmières pour assurer la couverture de nuit et nous en " +
        "avons actuellement six. Ce n’est pas une décision que nous prenons de gaieté de cœur " +
        "», a affirmé la présidente-directrice générale du CISSS, Josée Gauthier, en entrevue " +
        "à l’émission « Des matins en or ».",
      "Le maire de La Sarre, Réjean Plamondon, dénonce un « bris de service inacceptable » " +
        "pour une population vieillissante. « Une personne qui fait un infarctus à 2 h du " +
        "matin à Palmarolle, elle fait quoi? Elle fait une heure et demie de route? », " +
        "s’indigne-t-il.",
      "Selon la Fédération interprofessionnelle de la santé du Québec (FIQ), le recours aux " +
        "agences privées a « vidé le réseau public de ses infirmières d’expérience ». Sa " +
        "représentante régionale, Marie-Ève Lachance, réclame des primes de rétention « " +
        "dignes de ce nom ».",
      "Dans la salle d’attente, vendredi après-midi, Ginette Bélanger accompagnait sa mère, " +
        "Thérèse, 84 ans. « Maman a fait deux chutes cet automne. La dernière fois, on a " +
        "attendu l’ambulance 50 minutes », raconte la femme de 61 ans.",
      "Au cabinet du ministre de la Santé, on assure par courriel que « des solutions sont " +
        "à l’étude avec le CISSS, notamment le recours à des infirmières praticiennes " +
        "spécialisées ».",
      "Le CISSS promet de réévaluer la situation en février. D’ici là, la population est " +
        "invitée à composer le 811 avant de se déplacer.",
    ],
    quotes: [
      ["bris de service inacceptable", "Réjean Plamondon"],
      [
        "Nous avons besoin de 14 infirmières pour assurer la couverture de nuit et nous en " +
          "avons actuellement six. Ce n’est pas une décision que nous prenons de gaieté de cœur",
        "Josée Gauthier",
      ],
      [
        "Une personne qui fait un infarctus à 2 h du matin à Palmarolle, elle fait quoi? Elle " +
          "fait une heure et demie de route?",
        "Réjean Plamondon",
      ],
      [
        "vidé le réseau public de ses infirmières d’expérience",
        "la Fédération interprofessionnelle de la santé du Québec",
      ],
      ["dignes de ce nom", "Marie-Ève Lachance"],
      [
        "Maman a fait deux chutes cet automne. La dernière fois, on a attendu l’ambulance 50 " + "minutes",
        "Ginette Bélanger",
      ],
      [
        "des solutions sont à l’étude avec le CISSS, notamment le recours à des infirmières " +
          "praticiennes spécialisées",
        "le cabinet du ministre de la Santé",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Le Devoir, éducation : organisme au chapeau en fragment, titre de rapport entre " +
      "guillemets, « Selon le rapport » avec fragment, « a déploré » avec nom après, incise " +
      "dans les guillemets « souligne-t-elle », ministre en fragment puis « a-t-il tranché " +
      "», étudiante anonyme en fragment puis citation sans verbe",
    todo:
      "«paniqué devant la page blanche» goes to Une étudiante, not une étudiante en sciences " +
      "humaines; «Quatre heures et demie pour écrire une disser…» goes to Une étudiante, not une " +
      "étudiante en sciences humaines",
    headline: "Épreuve uniforme de français : un cégépien sur quatre échoue",
    standfirst:
      "Le taux de réussite n’a jamais été aussi bas, révèle le Conseil supérieur de " +
      "l’éducation. L’organisme appelle à « revoir l’enseignement de l’écriture dès le " +
      "primaire ».",
    paragraphs: [
      "À peine 74 % des cégépiens ont réussi l’épreuve uniforme de français (EUF) à leur " +
        "premier essai en 2025-2026, contre 86 % il y a dix ans. C’est ce que révèle le " +
        "rapport « Écrire au collégial », rendu public mercredi par le Conseil supérieur de " +
        "l’éducation (CSE).",
      "Selon le rapport, les difficultés se concentrent sur « la structure de " +
        "l’argumentation et la maîtrise de la syntaxe », bien davantage que sur " +
        "l’orthographe.",
      "« Ce n’est pas une crise du cégep, c’est l’aboutissement de tout un parcours. Les " +
        "élèves arrivent au collégial sans avoir écrit un texte long de leur vie », a déploré " +
        "en conférence de presse la présidente du CSE, Monique Tremblay-Ouellet.",
      "Enseignante de littérature au cégep de Saint-Jérôme depuis vingt ans, Nathalie Caron " +
        "voit la différence en classe. « Ils lisent beaucoup, contrairement à ce qu’on pense, " +
        "souligne-t-elle. Mais ils lisent des textes courts, fragmentés, et ils écrivent de " +
        "la même façon. »",
      "Le ministre de l’Enseignement supérieur, Martin Lavigne, a dit prendre le rapport « " +
        "très au sérieux ». « Il n’est pas question d’abaisser les exigences de l’épreuve », " +
        "a-t-il tranché mercredi, en marge d’une annonce à Laval.",
      "Une étudiante en sciences humaines, qui a échoué l’épreuve en mai, confie avoir « " +
        "paniqué devant la page blanche ». « Quatre heures et demie pour écrire une " +
        "dissertation sur un texte que je découvrais. Je n’avais jamais fait ça de ma vie. »",
    ],
    quotes: [
      ["revoir l’enseignement de l’écriture dès le primaire", "le Conseil supérieur de l’éducation"],
      ["la structure de l’argumentation et la maîtrise de la syntaxe", "le rapport"],
      [
        "Ce n’est pas une crise du cégep, c’est l’aboutissement de tout un parcours. Les " +
          "élèves arrivent au collégial sans avoir écrit un texte long de leur vie",
        "Monique Tremblay-Ouellet",
      ],
      [
        "Ils lisent beaucoup, contrairement à ce qu’on pense, souligne-t-elle. Mais ils " +
          "lisent des textes courts, fragmentés, et ils écrivent de la même façon.",
        "Nathalie Caron",
      ],
      ["très au sérieux", "Martin Lavigne"],
      ["Il n’est pas question d’abaisser les exigences de l’épreuve", "Martin Lavigne"],
      ["paniqué devant la page blanche", "une étudiante en sciences humaines"],
      [
        "Quatre heures et demie pour écrire une dissertation sur un texte que je découvrais. " +
          "Je n’avais jamais fait ça de ma vie.",
        "une étudiante en sciences humaines",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Ouest-France, transports : noms de navires entre guillemets, fragment au titre d’un " +
      "maire nommé dans le texte, fragment au chapeau attribué à « la Région » repris à " +
      "l’identique, compagnie dans un communiqué en deux fragments, « martèle l’élu », deux " +
      "femmes puis « soupire la retraitée », vice-président en fragment, marin anonyme « " +
      "glisse »",
    headline: "Ouessant : le « Fromveur II » en panne, des îliens « pris en otage »",
    standfirst:
      "Privée de son principal navire depuis jeudi, l’île n’est plus desservie que par une " +
      "rotation par jour. La Région promet une solution « d’ici la fin de la semaine ».",
    paragraphs: [
      "Depuis jeudi, le « Fromveur II » est à quai au Conquet. Une avarie sur l’un des " +
        "moteurs du navire, qui assure habituellement l’essentiel des liaisons entre le " +
        "continent et Ouessant, a contraint la compagnie Penn ar Bed à le retirer du service. " +
        "Seul l’« Enez Eussa III », plus lent, assure désormais une rotation quotidienne.",
      "Dans un communiqué, Penn ar Bed indique que « les pièces nécessaires ont été " +
        "commandées auprès du motoriste » et que l’intervention « devrait durer entre cinq et " +
        "huit jours ».",
      "Pour le maire de l’île, Yannick Le Gall, la situation n’est plus tenable. « Nous " +
        "avons des malades qui doivent aller à Brest pour leurs soins, des artisans qui " +
        "attendent du matériel, des lycéens internes. Les îliens sont pris en otage », " +
        "martèle l’élu.",
      "Sur le quai du Stiff, vendredi matin, Marie-Thérèse Malgorn, 78 ans, et sa voisine " +
        "Anne Kerbrat, 45 ans, attendaient le bateau de 9 h 30. « Je devais voir mon " +
        "cardiologue hier. On m’a dit de reprendre rendez-vous en janvier », soupire la " +
        "retraitée. Anne Kerbrat, elle, a dû renoncer à un entretien d’embauche à Brest.",
      "Vice-président de la Région Bretagne chargé des mobilités, Loïc Hamon assure que la " +
        "collectivité « étudie l’affrètement d’un navire de remplacement ». La Région, " +
        "autorité organisatrice des liaisons maritimes, promet une solution « d’ici la fin de " +
        "la semaine ».",
      "« Ce n’est pas la première fois. Le Fromveur a trente ans, tout le monde sait qu’il " +
        "faut le remplacer », glisse un marin de la compagnie.",
      "Un nouveau navire, baptisé « Enez Molenez », doit être livré en 2028. Sa " +
        "construction a pris plus d’un an de retard.",
    ],
    quotes: [
      ["pris en otage", "Yannick Le Gall"],
      ["d’ici la fin de la semaine", "la Région Bretagne"],
      ["les pièces nécessaires ont été commandées auprès du motoriste", "Penn ar Bed"],
      ["devrait durer entre cinq et huit jours", "Penn ar Bed"],
      [
        "Nous avons des malades qui doivent aller à Brest pour leurs soins, des artisans qui " +
          "attendent du matériel, des lycéens internes. Les îliens sont pris en otage",
        "Yannick Le Gall",
      ],
      [
        "Je devais voir mon cardiologue hier. On m’a dit de reprendre rendez-vous en janvier",
        "Marie-Thérèse Malgorn",
      ],
      ["étudie l’affrètement d’un navire de remplacement", "Loïc Hamon"],
      [
        "Ce n’est pas la première fois. Le Fromveur a trente ans, tout le monde sait qu’il " +
          "faut le remplacer",
        "un marin de la compagnie",
      ],
    ],
  }),
];

runArticles("fr", ARTICLES);
