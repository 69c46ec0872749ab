// A thirty-ninth round of composed French articles, in the styles of outlets and beats the first
// thirty-eight rounds (articles.fr to articles38.fr) did not use: a southern swell closing the route du
// littoral on Réunion la 1ère (weather), Franches-Montagnes horse breeders and federal contributions on
// RFJ (Jura suisse, agriculture), a Canon de Yaoundé draw in Journal du Cameroun (sport), community
// teachers threatening to boycott exams in Bangui on Radio Ndeke Luka (Centrafrique, education), street
// vendors moved by the Casablanca council in Le Desk (Maroc, local politics), hepatitis A in Kasserine
// schools in Tunisie Numérique (health), the Nuits de Fourvière programme in Lyon Mag (culture), a duck
// farmer convicted of ill-treatment in Auch for Le Petit Journal (Gers, courts), a hit-and-run on a
// cyclist in L’Express de Drummondville (Québec, police) and a Herve cheese maker taken over on Vivreici
// (Belgique, business).
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
      "Réunion la 1ère, météo : fragment au titre repris mot pour mot dans le corps, prévisionniste " +
      "nommé après la citation puis « Selon lui » en fragment, nom de vigilance entre guillemets, maire " +
      "« a-t-il déclaré », préfecture dans un communiqué, directrice à la Région puis citation seule " +
      "dans un paragraphe, pêcheur anonyme avec deux-points, homonyme « soupire la quadragénaire »",
    todo:
      "«très grosse» goes to le prévisionniste de Météo-France Julien Payet, not Julien Payet; «La " +
      "houle devrait encore se renforcer dans la …» goes to le prévisionniste de Météo-France " +
      "Julien Payet, not Julien Payet",
    headline: "Houle australe : la route du littoral fermée, une mer « très grosse » jusqu’à jeudi",
    paragraphs: [
      "Des vagues de plus de six mètres ont déferlé mardi soir sur les côtes ouest et sud de La " +
        "Réunion. La route du littoral a été entièrement fermée à 19 heures, et le basculement de la " +
        "circulation sur la route de la Montagne a provoqué des embouteillages jusqu’à minuit.",
      "« La houle devrait encore se renforcer dans la nuit de mercredi à jeudi, avec des creux pouvant " +
        "atteindre 7 mètres sur les côtes sud », a indiqué mercredi matin le prévisionniste de " +
        "Météo-France Julien Payet. Le département reste en vigilance orange « fortes houles ». Selon " +
        "lui, la mer restera « très grosse » jusqu’à jeudi midi.",
      "À Saint-Pierre, l’eau a envahi le front de mer et une partie du parking du port. Le maire, " +
        "Christophe Grondin, a fait fermer la plage de Terre-Sainte et le boulevard Hubert-Delisle. " +
        "« On ne prend aucun risque. J’ai vu des gens descendre filmer les vagues sur les galets, c’est " +
        "de l’inconscience », a-t-il déclaré sur notre antenne.",
      "La préfecture a rappelé dans un communiqué que « la baignade, la pêche à pied et toute activité " +
        "nautique sont strictement interdites » sur l’ensemble du littoral concerné.",
      "Sur la route du littoral, la Région a mobilisé une entreprise pour dégager les galets projetés " +
        "sur la chaussée. « Dès que la mer se calme, il faudra au moins six heures de nettoyage avant de " +
        "rouvrir », précise Nadia Técher, directrice des routes à la Région Réunion.",
      "« Les équipes interviendront de nuit si nécessaire. »",
      "À Saint-Leu, un pêcheur de la Pointe-au-Sel, qui préfère garder l’anonymat, a remonté sa barque " +
        "en catastrophe : « Depuis vingt ans, je n’ai jamais vu la mer monter aussi vite. En dix " +
        "minutes, elle était dans la ravine. »",
      "Dans les embouteillages, Marie-Annick Payet, aide-soignante à Saint-Denis, a mis trois heures " +
        "pour rentrer à La Possession. « Toujours la même histoire. Quand on aura la nouvelle route, on " +
        "en reparlera », soupire la quadragénaire, sans lien de parenté avec le prévisionniste.",
    ],
    quotes: [
      ["très grosse", "Julien Payet"],
      [
        "La houle devrait encore se renforcer dans la nuit de mercredi à jeudi, avec des creux pouvant " +
          "atteindre 7 mètres sur les côtes sud",
        "Julien Payet",
      ],
      [
        "On ne prend aucun risque. J’ai vu des gens descendre filmer les vagues sur les galets, c’est " +
          "de l’inconscience",
        "Christophe Grondin",
      ],
      [
        "la baignade, la pêche à pied et toute activité nautique sont strictement interdites",
        "La préfecture",
      ],
      [
        "Dès que la mer se calme, il faudra au moins six heures de nettoyage avant de rouvrir",
        "Nadia Técher",
      ],
      ["Les équipes interviendront de nuit si nécessaire.", "Nadia Técher"],
      [
        "Depuis vingt ans, je n’ai jamais vu la mer monter aussi vite. En dix minutes, elle était dans " +
          "la ravine.",
        "un pêcheur de la Pointe-au-Sel",
      ],
      ["Toujours la même histoire. Quand on aura la nouvelle route, on en reparlera", "Marie-Annick Payet"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "RFJ (Jura suisse), agriculture : fragment du chapô repris mot pour mot dans le corps par une " +
      "fédération, président nommé après la citation « avertit », responsable du haras en fragment, " +
      "office fédéral par écrit en deux fragments dont « ajoute l’office », ministre en fragment d’un mot " +
      "puis « a-t-il lancé », fille homonyme du président avec deux-points, slogan entre guillemets, " +
      "guillemets sans espace",
    headline: "Franches-Montagnes : les éleveurs de chevaux craignent la baisse des contributions",
    standfirst:
      "La Fédération suisse du franches-montagnes parle d’un « coup dur pour la race ». Berne assure " +
      "que rien n’est décidé.",
    paragraphs: [
      "Les éleveurs de chevaux des Franches-Montagnes sont inquiets. Le projet de Politique agricole " +
        "2030, mis en consultation par la Confédération, prévoit de réduire de moitié la contribution " +
        "versée pour chaque poulain inscrit au herd-book. Pour la Fédération suisse du " +
        "franches-montagnes (FSFM), il s’agit d’un « coup dur pour la race ».",
      "« Un éleveur touche aujourd’hui environ 500 francs par poulain. Si on passe à 250 francs, " +
        "beaucoup vont arrêter, surtout les petites exploitations », avertit le président de la FSFM, " +
        "Bernard Froidevaux, éleveur au Noirmont.",
      "Le responsable du Haras national suisse à Avenches, Pascal Joray, rappelle que le " +
        "franches-montagnes est « la dernière race chevaline d’origine suisse ». Selon lui, le nombre " +
        "de naissances a déjà reculé de 20 % en dix ans.",
      "Contacté par RFJ, l’Office fédéral de l’agriculture (OFAG) précise par écrit que « le projet est " +
        "en consultation et qu’aucune décision n’a été prise ». Les montants « seront réexaminés à la " +
        "lumière des prises de position », ajoute l’office.",
      "Le ministre jurassien de l’Économie, Loïc Vuillaume, a annoncé que le canton répondrait " +
        "« fermement » à la consultation. « Le franches-montagnes fait partie de notre identité. On ne " +
        "le laissera pas tomber », a-t-il lancé mardi devant le Parlement.",
      "À Saignelégier, Sophie Froidevaux, la fille du président, a repris l’élevage familial il y a " +
        "deux ans : « J’ai six juments. Sans les contributions, je vends le poulain à perte. Mon père " +
        "l’a fait pendant quarante ans, mais moi je ne pourrai pas. »",
      "Le Marché-Concours national de chevaux, qui attire chaque année plus de 50 000 visiteurs en " +
        "août, consacrera sa journée officielle à la question, sous le slogan « Sauvons le franches ».",
    ],
    quotes: [
      ["coup dur pour la race", "La Fédération suisse du franches-montagnes"],
      [
        "Un éleveur touche aujourd’hui environ 500 francs par poulain. Si on passe à 250 francs, " +
          "beaucoup vont arrêter, surtout les petites exploitations",
        "Bernard Froidevaux",
      ],
      ["la dernière race chevaline d’origine suisse", "Pascal Joray"],
      [
        "le projet est en consultation et qu’aucune décision n’a été prise",
        "l’Office fédéral de l’agriculture",
      ],
      ["seront réexaminés à la lumière des prises de position", "l’Office fédéral de l’agriculture"],
      ["fermement", "Loïc Vuillaume"],
      ["Le franches-montagnes fait partie de notre identité. On ne le laissera pas tomber", "Loïc Vuillaume"],
      [
        "J’ai six juments. Sans les contributions, je vends le poulain à perte. Mon père l’a fait " +
          "pendant quarante ans, mais moi je ne pourrai pas.",
        "Sophie Froidevaux",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Journal du Cameroun, sport : surnom entre guillemets, entraîneur nommé après la citation puis " +
      "« Le technicien » en fragment et citation seule enchaînée, entraîneur adverse puis « Il a " +
      "salué » en fragment, buteur homonyme « a confié le jeune attaquant », responsable anonyme de " +
      "la Fecafoot en deux fragments, supporter anonyme « regrettait »",
    headline: "Elite One : la Colombe arrache le nul face au Canon de Yaoundé (1-1)",
    paragraphs: [
      "Le Canon de Yaoundé a concédé le match nul (1-1) dimanche face à la Colombe du Dja-et-Lobo, au " +
        "stade Ahmadou-Ahidjo, lors de la 9e journée de l’Elite One. Les Mekok Me Nnam menaient depuis " +
        "la 34e minute grâce à Franck Atangana, l’attaquant que les supporters surnomment « le Zidane " +
        "de Mvog-Ada », avant d’être rejoints à la 88e sur penalty.",
      "« On a dominé pendant 85 minutes et on rentre avec un point. C’est frustrant », a réagi " +
        "l’entraîneur du Canon, Jean-Pierre Mbarga, en conférence de presse. Le technicien estime que " +
        "l’arbitre a « inventé » le penalty. « Mon défenseur touche le ballon. Tout le monde l’a vu " +
        "sauf lui. »",
      "Côté Colombe, on savoure. « Venir à Yaoundé et prendre un point face au Canon, c’est une " +
        "victoire pour nous », a déclaré l’entraîneur des Sangmélimiens, Hervé Ndzana. Il a salué " +
        "« le caractère » de ses joueurs, réduits à dix dès la 60e minute.",
      "Le buteur de la Colombe, Ulrich Mbarga, 21 ans, sans lien avec l’entraîneur adverse, a " +
        "transformé le penalty d’une frappe sous la barre. « J’ai regardé le gardien jusqu’au bout. Je " +
        "savais qu’il allait partir », a confié le jeune attaquant au micro de Journal du Cameroun.",
      "Joint par téléphone, un responsable de la commission centrale des arbitres de la Fecafoot a " +
        "indiqué que le rapport de l’arbitre « sera examiné comme d’habitude » et qu’aucune sanction " +
        "n’était « à l’ordre du jour ».",
      "Dans les tribunes, l’ambiance était retombée. « Le Canon d’avant ne perdait pas ces matchs-là », " +
        "regrettait un supporter de Mvog-Ada, écharpe rouge et verte au cou.",
      "Le Canon reste quatrième avec 15 points, à trois longueurs du leader, Coton Sport de Garoua.",
    ],
    quotes: [
      ["On a dominé pendant 85 minutes et on rentre avec un point. C’est frustrant", "Jean-Pierre Mbarga"],
      ["inventé", "Jean-Pierre Mbarga"],
      ["Mon défenseur touche le ballon. Tout le monde l’a vu sauf lui.", "Jean-Pierre Mbarga"],
      ["Venir à Yaoundé et prendre un point face au Canon, c’est une victoire pour nous", "Hervé Ndzana"],
      ["le caractère", "Hervé Ndzana"],
      ["J’ai regardé le gardien jusqu’au bout. Je savais qu’il allait partir", "Ulrich Mbarga"],
      [
        "sera examiné comme d’habitude",
        "un responsable de la commission centrale des arbitres de la Fecafoot",
      ],
      ["à l’ordre du jour", "un responsable de la commission centrale des arbitres de la Fecafoot"],
      ["Le Canon d’avant ne perdait pas ces matchs-là", "un supporter de Mvog-Ada"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Radio Ndeke Luka (Centrafrique), éducation : porte-parole nommé après la citation puis « Le " +
      "porte-parole » en fragment, directeur de cabinet nommé après la citation puis « Il reconnaît » " +
      "en fragment, rapport de l’Unicef en fragment, mère de famille avec deux-points, inspecteur " +
      "anonyme en fragment",
    todo:
      "«les examens auront lieu, avec ou sans eux» goes to Un inspecteur de l’enseignement de la " +
      "circonscription de Bangui 2, not un inspecteur de l’enseignement de la circonscription de " +
      "Bangui 2",
    headline: "Bangui : les maîtres-parents menacent de boycotter les examens du CEF1",
    paragraphs: [
      "Les maîtres-parents de plusieurs écoles de Bangui et des préfectures de l’Ombella-M’Poko et de " +
        "la Lobaye menacent de ne pas surveiller les épreuves du certificat d’études fondamentales " +
        "(CEF1), prévues en juin. Ces enseignants recrutés et payés par les parents d’élèves réclament " +
        "leur intégration dans la fonction publique et des primes impayées depuis huit mois.",
      "« Nous tenons l’école centrafricaine à bout de bras. Dans certaines classes, nous sommes les " +
        "seuls enseignants. Et l’État ne nous reconnaît même pas », a dénoncé jeudi Rodrigue Yakité, " +
        "porte-parole du collectif des maîtres-parents, lors d’une assemblée générale à l’école " +
        "Lakouanga.",
      "Le porte-parole affirme que les primes promises en octobre par le ministère n’ont « jamais été " +
        "versées ».",
      "« Le gouvernement n’a jamais abandonné les maîtres-parents. Une première tranche sera payée " +
        "avant la fin du mois », assure pour sa part Jean-Claude Gbazi, directeur de cabinet du " +
        "ministre de l’Éducation nationale. Il reconnaît toutefois des « difficultés de trésorerie ».",
      "Selon un rapport de l’Unicef publié en mars, les maîtres-parents représentent « près de la " +
        "moitié du personnel enseignant du fondamental 1 » dans le pays.",
      "Dans le 5e arrondissement, Clarisse Ngouandji, mère de trois enfants, redoute une année " +
        "blanche : « Si les maîtres ne sont pas là le jour de l’examen, ce sont nos enfants qui paient. " +
        "Nous avons déjà cotisé pour leur salaire. »",
      "Un inspecteur de l’enseignement de la circonscription de Bangui 2, qui a requis l’anonymat, " +
        "confie à Radio Ndeke Luka que « les examens auront lieu, avec ou sans eux ».",
    ],
    quotes: [
      [
        "Nous tenons l’école centrafricaine à bout de bras. Dans certaines classes, nous sommes les " +
          "seuls enseignants. Et l’État ne nous reconnaît même pas",
        "Rodrigue Yakité",
      ],
      ["jamais été versées", "Rodrigue Yakité"],
      [
        "Le gouvernement n’a jamais abandonné les maîtres-parents. Une première tranche sera payée " +
          "avant la fin du mois",
        "Jean-Claude Gbazi",
      ],
      ["difficultés de trésorerie", "Jean-Claude Gbazi"],
      ["près de la moitié du personnel enseignant du fondamental 1", "un rapport de l’Unicef"],
      [
        "Si les maîtres ne sont pas là le jour de l’examen, ce sont nos enfants qui paient. Nous avons " +
          "déjà cotisé pour leur salaire.",
        "Clarisse Ngouandji",
      ],
      [
        "les examens auront lieu, avec ou sans eux",
        "un inspecteur de l’enseignement de la circonscription de Bangui 2",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Le Desk (Maroc), politique locale : vice-président nommé après la citation puis « Le " +
      "vice-président » en fragment, opposition en fragment puis conseillère « a lancé en séance », " +
      "union de vendeurs dans une lettre en deux fragments, vendeur par son prénom avec deux-points et " +
      "questions, source à la wilaya en fragment, nom de projet entre guillemets, guillemets sans espace",
    todo:
      "«par étapes, sans recours à la force» goes to Casablanca-Settat, not une source à la wilaya " +
      "de la région Casablanca-Settat",
    headline: "Casablanca : le conseil de la ville vote le départ des marchands ambulants de Derb Omar",
    paragraphs: [
      "Le conseil de la commune de Casablanca a adopté mardi, lors d’une session extraordinaire, une " +
        "convention prévoyant le transfert de quelque 1 200 marchands ambulants du quartier de Derb " +
        "Omar vers un marché de proximité aménagé à Hay Mohammadi. Le texte a été voté par 98 voix " +
        "contre 21.",
      "« Nous ne chassons personne. Nous offrons à ces commerçants un emplacement légal, couvert, avec " +
        "l’électricité et des sanitaires », a défendu Youssef Berrada, vice-président du conseil chargé " +
        "des affaires économiques. Le vice-président a assuré que les emplacements seraient attribués " +
        "« gratuitement la première année ».",
      "L’opposition a dénoncé un projet « préparé sans la moindre concertation ». « On déplace des " +
        "gens qui vivent du passage devant les grossistes de Derb Omar vers un quartier où personne ne " +
        "viendra acheter », a lancé en séance la conseillère Nadia El Amrani.",
      "Dans une lettre adressée au wali, l’Union des vendeurs de Derb Omar réclame « un recensement " +
        "transparent » et met en garde contre « les intermédiaires qui vendent déjà les places ».",
      "Abdelhak, 46 ans, vend des chaussettes et des ceintures sur le même trottoir depuis 2009 : " +
        "« Là-bas, à Hay Mohammadi, je vais vendre à qui ? Aux pigeons ? Ici, les clients des " +
        "grossistes passent devant moi toute la journée. »",
      "Une source à la wilaya de la région Casablanca-Settat assure au Desk que l’opération se fera " +
        "« par étapes, sans recours à la force ». Le premier transfert, baptisé « Souk Al Karama » par " +
        "la commune, est prévu en septembre.",
    ],
    quotes: [
      [
        "Nous ne chassons personne. Nous offrons à ces commerçants un emplacement légal, couvert, avec " +
          "l’électricité et des sanitaires",
        "Youssef Berrada",
      ],
      ["gratuitement la première année", "Youssef Berrada"],
      ["préparé sans la moindre concertation", "L’opposition"],
      [
        "On déplace des gens qui vivent du passage devant les grossistes de Derb Omar vers un quartier " +
          "où personne ne viendra acheter",
        "Nadia El Amrani",
      ],
      ["un recensement transparent", "l’Union des vendeurs de Derb Omar"],
      ["les intermédiaires qui vendent déjà les places", "l’Union des vendeurs de Derb Omar"],
      [
        "Là-bas, à Hay Mohammadi, je vais vendre à qui ? Aux pigeons ? Ici, les clients des grossistes " +
          "passent devant moi toute la journée.",
        "Abdelhak",
      ],
      ["par étapes, sans recours à la force", "une source à la wilaya de la région Casablanca-Settat"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Tunisie Numérique, santé : directeur régional avec titre Dr nommé après la citation puis « Le " +
      "responsable » en fragment et « Il a ajouté » avec deux-points, société nationale dans un " +
      "communiqué en deux fragments, pédiatre homonyme avec deux-points, parent d’élève anonyme en " +
      "fragment, syndicat et commissariat régional en fragments dans une même phrase",
    todo:
      "«une source d’eau non contrôlée» not found; «n’est pas concerné» goes to Mourad Khemiri, not " +
      "La Société nationale d’exploitation et de distribution des eaux; «conformes aux normes» goes " +
      "to Mourad Khemiri, not La Société nationale d’exploitation et de distribution des eaux; «par " +
      "un message sur Facebook, trois jours aprè…» goes to Ennour, not un parent d’élève de l’école " +
      "Ennour",
    headline: "Hépatite A : 43 cas dans des écoles de Kasserine, la santé se veut rassurante",
    paragraphs: [
      "Quarante-trois cas d’hépatite virale A ont été recensés depuis le début du mois d’octobre dans " +
        "quatre écoles primaires de la délégation de Sbeïtla, dans le gouvernorat de Kasserine, a " +
        "annoncé lundi la direction régionale de la santé.",
      "« La situation est maîtrisée. Aucun cas grave n’a été enregistré et tous les enfants sont suivis " +
        "à domicile », a déclaré à Tunisie Numérique le directeur régional de la santé, Dr Mourad " +
        "Khemiri. Le responsable a attribué la contamination à « une source d’eau non contrôlée » " +
        "utilisée par deux des écoles.",
      "Il a ajouté : « Nous avons fermé les points d’eau suspects et lancé une campagne de " +
        "désinfection des sanitaires. »",
      "La Société nationale d’exploitation et de distribution des eaux (SONEDE) a de son côté affirmé, " +
        "dans un communiqué, que son réseau « n’est pas concerné » et que les analyses effectuées à " +
        "Sbeïtla étaient « conformes aux normes ».",
      "Pour Dr Amel Khemiri, pédiatre à l’hôpital régional de Kasserine et sans lien de parenté avec " +
        "le directeur régional, le problème est plus ancien : « Chaque automne, on voit arriver des " +
        "enfants jaunes. Tant que des écoles n’auront pas d’eau potable, l’hépatite A reviendra. »",
      "Un parent d’élève de l’école Ennour, joint par téléphone, raconte que les familles ont été " +
        "prévenues « par un message sur Facebook, trois jours après le premier cas ».",
      "Le syndicat de l’enseignement de base de Kasserine réclame « la fermeture temporaire des " +
        "établissements touchés », une option que le commissariat régional à l’éducation juge « non " +
        "justifiée à ce stade ».",
    ],
    quotes: [
      [
        "La situation est maîtrisée. Aucun cas grave n’a été enregistré et tous les enfants sont suivis " +
          "à domicile",
        "Mourad Khemiri",
      ],
      ["une source d’eau non contrôlée", "Mourad Khemiri"],
      [
        "Nous avons fermé les points d’eau suspects et lancé une campagne de désinfection des " +
          "sanitaires.",
        "Mourad Khemiri",
      ],
      ["n’est pas concerné", "La Société nationale d’exploitation et de distribution des eaux"],
      ["conformes aux normes", "La Société nationale d’exploitation et de distribution des eaux"],
      [
        "Chaque automne, on voit arriver des enfants jaunes. Tant que des écoles n’auront pas d’eau " +
          "potable, l’hépatite A reviendra.",
        "Amel Khemiri",
      ],
      [
        "par un message sur Facebook, trois jours après le premier cas",
        "un parent d’élève de l’école Ennour",
      ],
      [
        "la fermeture temporaire des établissements touchés",
        "Le syndicat de l’enseignement de base de Kasserine",
      ],
      ["non justifiée à ce stade", "le commissariat régional à l’éducation"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Lyon Mag, culture : citation au titre reprise mot pour mot dans le corps, directeur nommé après " +
      "la citation puis citation enchaînée et fragment en fin d’article, titres d’œuvres entre " +
      "guillemets, chorégraphe « explique », Métropole en fragment, élu d’opposition en fragment puis " +
      "« tacle-t-il », régisseur anonyme en fragment après « parle d’ »",
    todo:
      "«une saison de moins pour beaucoup d’intermittents» goes to Un régisseur du festival, not un " +
      "régisseur du festival",
    headline: "Nuits de Fourvière : « Ce sera une édition plus resserrée, mais pas au rabais »",
    paragraphs: [
      "Les Nuits de Fourvière ont dévoilé mercredi la programmation de leur édition 2027, du 1er juin " +
        "au 28 juillet dans les théâtres antiques de Lyon. Moins de dates, moins de têtes d’affiche " +
        "internationales : le festival doit absorber une baisse de 8 % de ses subventions.",
      "« Ce sera une édition plus resserrée, mais pas au rabais », a assuré le directeur du festival, " +
        "Olivier Rambert, lors de la conférence de presse. « On a préféré supprimer dix soirées plutôt " +
        "que de baisser la qualité de celles qui restent. »",
      "Parmi les temps forts figurent une création de la chorégraphe lyonnaise Maud Perrier, « Les " +
        "Eaux du Rhône », et une version de concert de « Carmen » avec l’Orchestre national de Lyon. " +
        "« Je voulais faire danser trente amateurs de Vaulx-en-Velin avec des professionnels sur le " +
        "grand théâtre », explique Maud Perrier.",
      "La Métropole de Lyon, premier financeur, justifie la baisse par « un contexte budgétaire " +
        "contraint ». Dans l’opposition métropolitaine, l’élu Laurent Chassagne dénonce au contraire " +
        "« un désengagement culturel ». « Fourvière, c’est la vitrine de Lyon dans toute l’Europe. On " +
        "scie la branche sur laquelle on est assis », tacle-t-il.",
      "Du côté des techniciens, on s’inquiète. Un régisseur du festival, qui travaille aux Nuits depuis " +
        "quinze ans, parle d’« une saison de moins pour beaucoup d’intermittents ».",
      "La billetterie ouvre le 15 mars. Olivier Rambert promet que les tarifs « ne bougeront pas » et " +
        "que les places à 10 euros pour les moins de 26 ans seront maintenues.",
    ],
    quotes: [
      ["Ce sera une édition plus resserrée, mais pas au rabais", "Olivier Rambert"],
      [
        "On a préféré supprimer dix soirées plutôt que de baisser la qualité de celles qui restent.",
        "Olivier Rambert",
      ],
      [
        "Je voulais faire danser trente amateurs de Vaulx-en-Velin avec des professionnels sur le grand " +
          "théâtre",
        "Maud Perrier",
      ],
      ["un contexte budgétaire contraint", "La Métropole de Lyon"],
      ["un désengagement culturel", "Laurent Chassagne"],
      [
        "Fourvière, c’est la vitrine de Lyon dans toute l’Europe. On scie la branche sur laquelle on " +
          "est assis",
        "Laurent Chassagne",
      ],
      ["une saison de moins pour beaucoup d’intermittents", "un régisseur du festival"],
      ["ne bougeront pas", "Olivier Rambert"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Petit Journal (Gers), justice : rapport d’un service de l’État en fragment, prévenu en " +
      "fragment puis « a-t-il expliqué », procureure nommée avant la citation puis « a lancé la " +
      "magistrate », avocate de la partie civile et avocat de la défense en fragments avec titre Me, " +
      "responsable agricole présenté avec deux-points",
    headline: "Tribunal d’Auch : un gaveur condamné pour mauvais traitements sur ses canards",
    paragraphs: [
      "Le tribunal correctionnel d’Auch a condamné mardi un éleveur de canards gras de 52 ans, installé " +
        "près de Mirande, à six mois d’emprisonnement avec sursis et 15 000 euros d’amende pour mauvais " +
        "traitements envers des animaux. Il lui est interdit d’exercer une activité d’élevage pendant " +
        "trois ans.",
      "Les faits avaient été constatés en février lors d’un contrôle des services vétérinaires. Le " +
        "rapport de la DDETSPP décrit « des animaux blessés, non soignés, certains morts depuis " +
        "plusieurs jours » dans la salle de gavage.",
      "À la barre, Jean-Marc Lacoste a reconnu avoir été « débordé ». « Ma femme était malade, j’étais " +
        "seul pour tout. Je n’ai pas vu que ça dérapait », a-t-il expliqué d’une voix basse.",
      "Des explications qui n’ont pas convaincu la procureure, Isabelle Caussade. « On ne parle pas " +
        "d’un moment d’inattention. On parle de semaines d’abandon », a lancé la magistrate, qui avait " +
        "requis un an avec sursis.",
      "Partie civile, l’association L214 était représentée par Me Claire Dupouy, qui a salué « une " +
        "décision importante pour toute la filière ». L’avocat du prévenu, Me Thomas Sabathé, avait " +
        "plaidé la clémence, estimant que son client avait été « lâché par tout le monde, y compris par " +
        "la coopérative ».",
      "Dans la salle, plusieurs éleveurs étaient venus assister à l’audience. Parmi eux, Didier " +
        "Barrère, président de la section palmipèdes de la FDSEA du Gers : « Ce genre d’affaire fait un " +
        "tort immense aux centaines d’éleveurs qui travaillent bien. »",
    ],
    quotes: [
      ["des animaux blessés, non soignés, certains morts depuis plusieurs jours", "Le rapport de la DDETSPP"],
      ["débordé", "Jean-Marc Lacoste"],
      ["Ma femme était malade, j’étais seul pour tout. Je n’ai pas vu que ça dérapait", "Jean-Marc Lacoste"],
      ["On ne parle pas d’un moment d’inattention. On parle de semaines d’abandon", "Isabelle Caussade"],
      ["une décision importante pour toute la filière", "Claire Dupouy"],
      ["lâché par tout le monde, y compris par la coopérative", "Thomas Sabathé"],
      [
        "Ce genre d’affaire fait un tort immense aux centaines d’éleveurs qui travaillent bien.",
        "Didier Barrère",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "L’Express de Drummondville (Québec), police : porte-parole de la SQ avec grade nommée après la " +
      "citation puis « Selon la policière » en fragment et « a-t-elle ajouté », témoin anonyme en " +
      "fragment puis citation enchaînée sans attribution, frère de la victime « a-t-il écrit », " +
      "conseiller municipal « a-t-il déploré » avec question, guillemets sans espace",
    todo:
      "«un gros bang» goes to Un témoin, not un témoin; «Le chauffeur a même pas freiné. J’ai " +
      "appelé l…» goes to Un témoin, not un témoin",
    headline: "Délit de fuite sur le boulevard Saint-Joseph : la SQ lance un appel à témoins",
    paragraphs: [
      "Un cycliste de 34 ans a été grièvement blessé dimanche soir après avoir été happé par un " +
        "véhicule qui a pris la fuite sur le boulevard Saint-Joseph, à Drummondville, près de " +
        "l’intersection avec la rue Cockburn. La victime a été transportée à l’hôpital Sainte-Croix, " +
        "puis transférée au CHUS, à Sherbrooke.",
      "« On craint pour sa vie. Ses blessures sont très graves », a indiqué lundi la porte-parole de " +
        "la Sûreté du Québec, la sergente Catherine Houle. Selon la policière, le véhicule recherché " +
        "serait une camionnette de couleur foncée, « probablement endommagée à l’avant du côté " +
        "passager ».",
      "« Quelqu’un, quelque part, a vu cette camionnette dans un garage ou dans une entrée. On demande " +
        "à ces gens-là de nous appeler », a-t-elle ajouté.",
      "Un témoin, qui attendait à l’arrêt d’autobus, a raconté à L’Express avoir entendu « un gros " +
        "bang » avant de voir le véhicule accélérer en direction de l’autoroute 20. « Le chauffeur a " +
        "même pas freiné. J’ai appelé le 911 pis je suis resté avec le gars jusqu’à ce que l’ambulance " +
        "arrive. »",
      "Le frère de la victime, Kevin Lamothe, a lancé un appel sur les réseaux sociaux. « Mon frère " +
        "allait travailler. Il faisait ça tous les soirs, avec ses lumières, son casque. Celui qui a " +
        "fait ça doit se rendre », a-t-il écrit dans une publication partagée plus de 4 000 fois.",
      "Le conseiller municipal du district, Alain Rajotte, réclame depuis deux ans une piste cyclable " +
        "protégée sur ce tronçon. « Ce boulevard-là, c’est une autoroute en pleine ville. Combien " +
        "d’accidents il va falloir? », a-t-il déploré.",
      "Toute information peut être transmise de façon confidentielle à la Centrale de l’information " +
        "criminelle de la Sûreté du Québec.",
    ],
    quotes: [
      ["On craint pour sa vie. Ses blessures sont très graves", "Catherine Houle"],
      ["probablement endommagée à l’avant du côté passager", "Catherine Houle"],
      [
        "Quelqu’un, quelque part, a vu cette camionnette dans un garage ou dans une entrée. On demande " +
          "à ces gens-là de nous appeler",
        "Catherine Houle",
      ],
      ["un gros bang", "un témoin"],
      [
        "Le chauffeur a même pas freiné. J’ai appelé le 911 pis je suis resté avec le gars jusqu’à ce " +
          "que l’ambulance arrive.",
        "un témoin",
      ],
      [
        "Mon frère allait travailler. Il faisait ça tous les soirs, avec ses lumières, son casque. " +
          "Celui qui a fait ça doit se rendre",
        "Kevin Lamothe",
      ],
      [
        "Ce boulevard-là, c’est une autoroute en pleine ville. Combien d’accidents il va falloir?",
        "Alain Rajotte",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Vivreici (Belgique), économie : fondateur par son âge nommé après la citation puis « L’artisan » " +
      "en fragment, neveu homonyme « insiste-t-il », groupe repreneur dans un communiqué en fragment, " +
      "syndicaliste nommée après la citation « prévient », bourgmestre en fragment d’un mot puis " +
      "« Selon lui », nom de fromage entre guillemets",
    headline: "Herve : la fromagerie Delvaux reprise par un groupe flamand, les 28 emplois maintenus",
    paragraphs: [
      "La fromagerie Delvaux, l’un des derniers producteurs de fromage de Herve AOP au lait cru, change " +
        "de mains. Le groupe agroalimentaire Verbeke Foods, basé à Roulers, en a racheté la totalité des " +
        "parts, a annoncé l’entreprise lundi. Le montant de la transaction n’a pas été communiqué.",
      "« Je n’ai pas d’enfant qui voulait reprendre. C’était ça ou fermer dans cinq ans », explique " +
        "André Delvaux, 67 ans, qui dirigeait la fromagerie depuis 1989. L’artisan assure avoir obtenu " +
        "« des garanties écrites » sur le maintien du site de Battice et des 28 travailleurs.",
      "Son neveu, Julien Delvaux, maître affineur, restera aux commandes de la production. « Les " +
        "recettes ne changent pas, les caves non plus. Le Herve, ça ne s’affine pas dans une usine », " +
        "insiste-t-il.",
      "Dans un communiqué, Verbeke Foods indique vouloir « doubler les exportations vers la France et " +
        "les Pays-Bas d’ici 2030 » et investir 3 millions d’euros dans une nouvelle ligne de " +
        "conditionnement.",
      "Du côté syndical, la prudence domine. « Les promesses, on les entend à chaque rachat. On jugera " +
        "dans deux ans », prévient Nathalie Thonon, secrétaire régionale de la FGTB Horval " +
        "Liège-Verviers.",
      "Le bourgmestre de Herve, Thierry Pirard, se dit « rassuré ». Selon lui, « le nom de Herve reste " +
        "à Herve, c’est l’essentiel ».",
      "Le fromage de Herve bénéficie d’une appellation d’origine protégée depuis 1996. La fromagerie " +
        "continuera à produire son « Remoudou », le plus corsé de la gamme.",
    ],
    quotes: [
      ["Je n’ai pas d’enfant qui voulait reprendre. C’était ça ou fermer dans cinq ans", "André Delvaux"],
      ["des garanties écrites", "André Delvaux"],
      [
        "Les recettes ne changent pas, les caves non plus. Le Herve, ça ne s’affine pas dans une usine",
        "Julien Delvaux",
      ],
      ["doubler les exportations vers la France et les Pays-Bas d’ici 2030", "Verbeke Foods"],
      ["Les promesses, on les entend à chaque rachat. On jugera dans deux ans", "Nathalie Thonon"],
      ["rassuré", "Thierry Pirard"],
      ["le nom de Herve reste à Herve, c’est l’essentiel", "Thierry Pirard"],
    ],
  }),
];

runArticles("fr", ARTICLES);
