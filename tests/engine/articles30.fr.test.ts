// A thirtieth round of composed French articles, in the styles of outlets and beats the first
// twenty-nine rounds (articles.fr to articles29.fr) did not use: an unemployment insurance decree in
// Marianne, a bar doorman beaten with a helmet judged in Guingamp for La Presse d’Armor, a cocoa grinder
// doubling its capacity in Kribi for Agence Ecofin, a Coupe de France upset in Béthune for L’Avenir de
// l’Artois, a first novel about a drowned valley in Lire Magazine littéraire, island lizards changing
// their jaws off Marseille in Ça m’intéresse, a measles vaccination drive in Ziguinchor for the APS, the
// weekly market moving in Martigny for La Gazette de Martigny, a pensioner tied up and robbed in
// Haine-Saint-Pierre on Antenne Centre and bus lines to Ottawa cut by the STO for Info07. Every article
// was written for these tests, before the engine was run on them; speakers follow the corpus guidelines
// (the fullest name the article gives, without title; a body or document as named; the shortest
// description that identifies an unnamed source).
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
      "Marianne, politique : citation au titre d’une députée nommée dans le texte, deux " +
      "députées dans un paragraphe (fragment « a préféré parler d’ »), ministre « a-t-elle " +
      "justifié », décret en fragment, député anonyme « glisse », syndicaliste avec " +
      "deux-points, nom de plan entre guillemets",
    todo: "«conjoncture favorable de l’emploi» goes to Le décret, not le décret",
    headline: "Assurance chômage : « On fait payer la facture aux plus fragiles »",
    standfirst:
      "Le gouvernement a présenté mardi son décret durcissant les règles d’indemnisation. " +
      "À gauche comme chez certains macronistes, la grogne monte.",
    paragraphs: [
      "Le texte tient en onze pages, mais il a suffi à rallumer la guerre des nerfs. " +
        "Présenté mardi en Conseil des ministres, le décret réduit de dix-huit à quinze " +
        "mois la durée maximale d’indemnisation des demandeurs d’emploi de moins de 57 ans.",
      "« On fait payer la facture aux plus fragiles, et on appelle ça du courage », a " +
        "dénoncé dans la foulée la députée socialiste de l’Ariège Martine Soulé-Castan. Sa " +
        "collègue écologiste Inès Berthomieu a préféré parler d’une réforme « écrite à " +
        "Bercy, pas au ministère du Travail ».",
      "La ministre du Travail, Claire Vautrin, assume. « Notre système reste l’un des plus " +
        "protecteurs d’Europe. Mais quand les entreprises cherchent des bras, il faut que le " +
        "travail paie davantage que l’inactivité », a-t-elle justifié devant la presse.",
      "Le décret invoque lui-même une « conjoncture favorable de l’emploi » pour justifier " +
        "le tour de vis. Une formule qui fait sourire jusque dans les rangs de la majorité : " +
        "« Favorable ? Le chômage remonte depuis deux trimestres », glisse un député " +
        "Renaissance qui requiert l’anonymat.",
      "Chez Force ouvrière, le secrétaire confédéral chargé de l’emploi, Patrick Hamon, " +
        "annonce déjà un recours : « Nous attaquerons ce décret devant le Conseil d’État. Le " +
        "gouvernement a contourné les partenaires sociaux, c’est illégal. »",
      "Le texte doit entrer en vigueur le 1er avril, dans le cadre du plan « Objectif plein " +
        "emploi » lancé à l’automne.",
    ],
    quotes: [
      ["On fait payer la facture aux plus fragiles", "Martine Soulé-Castan"],
      ["On fait payer la facture aux plus fragiles, et on appelle ça du courage", "Martine Soulé-Castan"],
      ["écrite à Bercy, pas au ministère du Travail", "Inès Berthomieu"],
      [
        "Notre système reste l’un des plus protecteurs d’Europe. Mais quand les entreprises " +
          "cherchent des bras, il faut que le travail paie davantage que l’inactivité",
        "Claire Vautrin",
      ],
      ["conjoncture favorable de l’emploi", "le décret"],
      ["Favorable ? Le chômage remonte depuis deux trimestres", "un député Renaissance"],
      [
        "Nous attaquerons ce décret devant le Conseil d’État. Le gouvernement a contourné les " +
          "partenaires sociaux, c’est illégal.",
        "Patrick Hamon",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "La Presse d’Armor, justice : nom de bar entre guillemets, « le trentenaire » puis " +
      "citation coupée par « a-t-il reconnu », victime citée sur deux paragraphes après " +
      "deux-points, procureure « a tranché » avec nom après, avocat en fragment",
    headline: "Guingamp : il avait frappé le videur d’un bar à coups de casque",
    paragraphs: [
      "Kévin Le Goff, 31 ans, comparaissait jeudi devant le tribunal correctionnel de " +
        "Guingamp pour des violences commises en août, à la sortie du bar « Le Ty Coz », " +
        "rue Notre-Dame.",
      "Ce soir-là, le trentenaire, refoulé à l’entrée, était revenu avec son casque de " +
        "moto. « J’avais bu, je ne me reconnais pas dans ce que j’ai fait », a-t-il reconnu " +
        "à la barre, « mais il m’avait humilié devant mes amis. »",
      "La victime, Yannick Prigent, 45 ans, souffre toujours de troubles de la vision. " +
        "Appelé à la barre, le portier a décrit la scène :",
      "« Il est arrivé par derrière. Le premier coup m’a pris à la tempe, je suis tombé, " +
        "et il a continué alors que j’étais au sol.",
      "« Aujourd’hui, je ne peux plus travailler de nuit. J’ai peur dès qu’une moto " +
        "ralentit à côté de moi. »",
      "« Il n’y a aucune excuse à ce déchaînement », a tranché la procureure, Gwenaëlle " +
        "Riou, qui a requis un an de prison dont six mois avec sursis. Pour la défense, " +
        "Me Erwan Cadiou a rappelé que son client avait « entamé un suivi en addictologie ».",
      "Le tribunal a condamné Kévin Le Goff à dix mois de prison avec sursis probatoire et " +
        "à 4 000 euros de dommages et intérêts.",
    ],
    quotes: [
      ["J’avais bu, je ne me reconnais pas dans ce que j’ai fait", "Kévin Le Goff"],
      ["mais il m’avait humilié devant mes amis.", "Kévin Le Goff"],
      [
        "Il est arrivé par derrière. Le premier coup m’a pris à la tempe, je suis tombé, et " +
          "il a continué alors que j’étais au sol.",
        "Yannick Prigent",
      ],
      [
        "Aujourd’hui, je ne peux plus travailler de nuit. J’ai peur dès qu’une moto ralentit " +
          "à côté de moi.",
        "Yannick Prigent",
      ],
      ["Il n’y a aucune excuse à ce déchaînement", "Gwenaëlle Riou"],
      ["entamé un suivi en addictologie", "Erwan Cadiou"],
    ],
  }),
  {
    name:
      "Agence Ecofin, économie : guillemets anglais “ ”, directeur général nommé après " +
      "« explique », entreprise par communiqué en fragment, le même avec deux-points, " +
      "analyste anonyme « selon » en fragment, ministère par « on salue », marque entre " +
      "guillemets",
    todo:
      "«sous-régional et européen» goes to La Société de broyage du cacao du Cameroun, not la " +
      "Société de broyage du cacao du Cameroun",
    headline: "Cameroun : la Sobrocam investit 18 milliards FCFA pour doubler son broyage de cacao",
    paragraphs: [
      "La Société de broyage du cacao du Cameroun (Sobrocam) a annoncé lundi un " +
        "investissement de 18 milliards FCFA dans une seconde ligne de transformation sur " +
        "son site de Kribi. L’objectif : porter sa capacité de 32 000 à 65 000 tonnes de " +
        "fèves par an d’ici 2027.",
      "“Le Cameroun exporte encore plus de 70 % de son cacao à l’état brut. Chaque tonne " +
        "transformée ici, c’est de la valeur et des emplois qui restent dans le pays”, " +
        "explique Jean-Paul Mbarga Essomba, directeur général de l’entreprise.",
      "Dans un communiqué, la Sobrocam précise que le projet sera financé à 60 % par un " +
        "pool de banques locales et que la nouvelle ligne produira surtout du beurre et de " +
        "la poudre destinés au marché “sous-régional et européen”. La société commercialise " +
        "déjà sa poudre sous la marque “Mayo Choco” au Cameroun et au Gabon.",
      "Le directeur général se montre confiant sur l’approvisionnement : “Nous avons signé " +
        "des contrats avec 14 coopératives du Centre et du Sud-Ouest. Elles seront payées " +
        "au-dessus du prix bord champ.”",
      "Le pari n’est pas sans risque. Selon un analyste d’une banque d’affaires basée à " +
        "Douala, la volatilité des cours rend la transformation locale “difficilement " +
        "rentable sans soutien fiscal”. L’État a prorogé en 2024 les exonérations prévues " +
        "par la loi sur les incitations à l’investissement privé.",
      "Au ministère du Commerce, on salue “un signal fort envoyé aux investisseurs” dans " +
        "une filière où le pays ambitionne de transformer la moitié de sa production d’ici " +
        "2030.",
    ],
    quotes: [
      [
        "Le Cameroun exporte encore plus de 70 % de son cacao à l’état brut. Chaque tonne " +
          "transformée ici, c’est de la valeur et des emplois qui restent dans le pays",
        "Jean-Paul Mbarga Essomba",
      ],
      ["sous-régional et européen", "la Société de broyage du cacao du Cameroun"],
      [
        "Nous avons signé des contrats avec 14 coopératives du Centre et du Sud-Ouest. Elles " +
          "seront payées au-dessus du prix bord champ.",
        "Jean-Paul Mbarga Essomba",
      ],
      ["difficilement rentable sans soutien fiscal", "un analyste d’une banque d’affaires basée à Douala"],
      ["un signal fort envoyé aux investisseurs", "le ministère du Commerce"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Avenir de l’Artois, sport : « souriait le buteur de 19 ans », suite sans verbe du " +
      "même, entraîneur « a lâché » puis fragment, capitaine et gardien dans un paragraphe " +
      "(« a glissé le portier »), nom de groupe de supporters entre guillemets, entraîneur " +
      "adverse nommé après « a regretté »",
    headline: "Coupe de France : le Stade béthunois fait tomber Boulogne",
    paragraphs: [
      "Ils étaient plus de 2 500, dimanche, autour de la pelouse du stade Léo-Lagrange. " +
        "Et ils ne sont pas près d’oublier la tête de Malik Benyahia à la 88e minute, qui " +
        "a envoyé le Stade béthunois (N3) au 8e tour de la Coupe de France aux dépens de " +
        "l’US Boulogne (National), 2-1.",
      "« J’ai fermé les yeux, j’ai sauté, et j’ai entendu le stade exploser. Je ne sais " +
        "même pas où j’ai mis le ballon », souriait le buteur de 19 ans, encore en " +
        "crampons une heure après le coup de sifflet final.",
      "Entré à la pause, l’ailier formé au club n’avait plus marqué depuis septembre. « Le " +
        "coach m’a dit de rester collé au deuxième poteau. Je l’ai écouté, pour une fois. »",
      "Sur le banc, Franck Delattre savourait. « On a souffert pendant une heure, on a été " +
        "bousculés. Mais ce groupe a un cœur énorme », a lâché l’entraîneur béthunois, qui " +
        "avait promis à ses joueurs « une soirée à la hauteur du stade » en cas de " +
        "qualification.",
      "Le capitaine Jordan Vandamme et le gardien Quentin Lefebvre, auteur de deux " +
        "parades décisives, ont filé vers la tribune des « Ultras Béthune 1997 ». « On " +
        "leur devait ça », a glissé le portier.",
      "Côté boulonnais, la déception était immense. « On a joué avec le frein à main, et " +
        "contre une équipe comme ça, on le paie cash », a regretté l’entraîneur adverse, " +
        "Stéphane Wattebled.",
      "Le tirage au sort du 8e tour aura lieu mercredi.",
    ],
    quotes: [
      [
        "J’ai fermé les yeux, j’ai sauté, et j’ai entendu le stade exploser. Je ne sais même " +
          "pas où j’ai mis le ballon",
        "Malik Benyahia",
      ],
      [
        "Le coach m’a dit de rester collé au deuxième poteau. Je l’ai écouté, pour une fois.",
        "Malik Benyahia",
      ],
      [
        "On a souffert pendant une heure, on a été bousculés. Mais ce groupe a un cœur énorme",
        "Franck Delattre",
      ],
      ["une soirée à la hauteur du stade", "Franck Delattre"],
      ["On leur devait ça", "Quentin Lefebvre"],
      [
        "On a joué avec le frein à main, et contre une équipe comme ça, on le paie cash",
        "Stéphane Wattebled",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Lire Magazine littéraire, culture : titre de roman au chapô, romancière nommée " +
      "après « raconte », suite sans verbe, éditrice en fragment puis « confie-t-elle », " +
      "titre d’œuvre citée, incise « dit l’autrice » dans les guillemets, fragment final",
    headline: "Hélène Marchadier, la mémoire des fermes englouties",
    standfirst:
      "Avec « Les Eaux de Vassivière », une professeure de lettres de Limoges signe un " +
      "premier roman salué par la critique. Rencontre.",
    paragraphs: [
      "Il y a d’abord eu une photographie, trouvée dans un carton chez sa grand-mère : un " +
        "clocher qui émerge d’un lac. « J’avais 12 ans, je ne comprenais pas comment une " +
        "église pouvait se noyer », raconte Hélène Marchadier, 46 ans.",
      "Le roman suit trois générations d’une famille expropriée lors de la mise en eau du " +
        "barrage, dans les années 1950. La romancière a passé deux ans dans les archives " +
        "départementales. « Je voulais que chaque nom de lieu soit vrai. Les gens de là-bas " +
        "m’auraient reproché la moindre erreur. »",
      "Son éditrice chez Verdier, Anne-Sophie Lamarque, se souvient d’un manuscrit arrivé " +
        "par la poste, « sans lettre, avec juste un numéro de téléphone au crayon ». « Je " +
        "l’ai lu dans la nuit. À 6 heures du matin, j’appelais », confie-t-elle.",
      "Le texte, qui emprunte son épigraphe à « La Terre qui meurt » de René Bazin, figure " +
        "dans la première sélection du prix Femina.",
      "Sur le plateau de Millevaches, des lecteurs y ont reconnu leurs propres familles. " +
        "« Une dame m’a écrit que j’avais raconté l’histoire de son père sans le connaître, " +
        "dit l’autrice. C’est le plus beau compliment qu’on m’ait fait. »",
      "Elle travaille déjà au suivant, qu’elle décrit comme « plus sec, plus court, presque " +
        "un polar ». Sortie prévue à l’automne 2026.",
    ],
    quotes: [
      ["J’avais 12 ans, je ne comprenais pas comment une église pouvait se noyer", "Hélène Marchadier"],
      [
        "Je voulais que chaque nom de lieu soit vrai. Les gens de là-bas m’auraient reproché " +
          "la moindre erreur.",
        "Hélène Marchadier",
      ],
      ["sans lettre, avec juste un numéro de téléphone au crayon", "Anne-Sophie Lamarque"],
      ["Je l’ai lu dans la nuit. À 6 heures du matin, j’appelais", "Anne-Sophie Lamarque"],
      [
        "Une dame m’a écrit que j’avais raconté l’histoire de son père sans le connaître, dit " +
          "l’autrice. C’est le plus beau compliment qu’on m’ait fait.",
        "Hélène Marchadier",
      ],
      ["plus sec, plus court, presque un polar", "Hélène Marchadier"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Ça m’intéresse, science : fragment au chapô d’une biologiste nommée dans le texte, " +
      "« souligne » avec nom et fonction, nom de revue entre guillemets, « détaille la " +
      "chercheuse », surnom entre guillemets, étude en fragment, herpétologue avec " +
      "deux-points",
    todo: "«un laboratoire naturel de l’évolution rapide» goes to L’étude, not l’étude",
    headline: "En quarante ans, les lézards des îles marseillaises ont changé de tête",
    standfirst:
      "Les mâchoires des lézards de l’archipel du Frioul ont évolué à une vitesse « rarement " +
      "observée chez un vertébré », selon une biologiste du CNRS.",
    paragraphs: [
      "En 1984, des naturalistes avaient mesuré plusieurs centaines de lézards des " +
        "murailles sur les îles de Pomègues et de Ratonneau, au large de Marseille. Quarante " +
        "ans plus tard, une équipe du Centre d’écologie fonctionnelle et évolutive de " +
        "Montpellier a repris les mêmes mesures, au millimètre près.",
      "Le résultat a surpris ses auteurs : la tête des mâles de Ratonneau est aujourd’hui " +
        "12 % plus large. « C’est énorme à l’échelle de l’évolution. On parle d’une " +
        "quinzaine de générations seulement », souligne Laure Vidal-Ferrand, biologiste au " +
        "CNRS et première autrice de l’étude, publiée dans la revue « Evolution ».",
      "Son explication ? Depuis l’abandon des anciennes cultures, des plantes à graines " +
        "dures ont colonisé l’île. « Une mâchoire plus puissante, c’est un avantage direct " +
        "pour casser ces graines. Les lézards qui en avaient une ont eu plus de " +
        "descendants », détaille la chercheuse.",
      "L’équipe a même surnommé « les bouledogues » les plus gros mâles de la colonie. Leur " +
        "morsure, mesurée avec un capteur de force, atteint 30 newtons, contre 21 en moyenne " +
        "sur le continent.",
      "L’étude conclut que ces populations insulaires constituent « un laboratoire naturel " +
        "de l’évolution rapide » et appelle à protéger leurs habitats du piétinement.",
      "Marc Pellegrin, herpétologue au Muséum d’histoire naturelle de Marseille, qui n’a " +
        "pas participé aux travaux, reste prudent : « Il faudra vérifier que ce changement " +
        "est bien génétique. Une alimentation différente dès la naissance peut aussi " +
        "modifier la forme du crâne. »",
    ],
    quotes: [
      ["rarement observée chez un vertébré", "Laure Vidal-Ferrand"],
      [
        "C’est énorme à l’échelle de l’évolution. On parle d’une quinzaine de générations " + "seulement",
        "Laure Vidal-Ferrand",
      ],
      [
        "Une mâchoire plus puissante, c’est un avantage direct pour casser ces graines. Les " +
          "lézards qui en avaient une ont eu plus de descendants",
        "Laure Vidal-Ferrand",
      ],
      ["un laboratoire naturel de l’évolution rapide", "l’étude"],
      [
        "Il faudra vérifier que ce changement est bien génétique. Une alimentation différente " +
          "dès la naissance peut aussi modifier la forme du crâne.",
        "Marc Pellegrin",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "APS, santé : « a déclaré le médecin-chef », « Selon lui » puis « a-t-il ajouté », " +
      "ministère par communiqué en fragment, mère de famille nommée puis « confie la " +
      "jeune femme », nom de campagne entre guillemets, coordonnatrice en fragment",
    headline: "Ziguinchor : plus de 120 000 enfants ciblés par la campagne de riposte contre la rougeole",
    paragraphs: [
      "Le district sanitaire de Ziguinchor a lancé, mardi, une campagne de riposte contre " +
        "la rougeole qui vise 123 400 enfants âgés de 9 mois à 14 ans, a appris l’APS.",
      "« Nous avons enregistré 47 cas confirmés depuis janvier, contre 6 sur toute l’année " +
        "dernière. C’est une situation qui exige une réponse rapide », a déclaré le " +
        "médecin-chef de la région médicale, le docteur Abdoulaye Sagna, lors de la " +
        "cérémonie de lancement à l’école élémentaire de Djiringho.",
      "Selon lui, la baisse de la couverture vaccinale pendant l’hivernage explique en " +
        "partie la flambée. « Certaines familles des îles ne peuvent pas rejoindre les " +
        "postes de santé quand les pistes sont coupées », a-t-il ajouté.",
      "Le ministère de la Santé et de l’Action sociale avait, dans un communiqué publié la " +
        "semaine dernière, appelé les parents à faire vacciner leurs enfants « même s’ils " +
        "ont déjà reçu une dose ».",
      "Sur place, Fatou Diatta, mère de trois enfants, a fait le déplacement depuis le " +
        "quartier de Boucotte. « Mon aîné a eu la rougeole en février. Il est resté une " +
        "semaine à l’hôpital. Je ne veux pas revivre ça », confie la jeune femme.",
      "La campagne, baptisée « Zéro rougeole en Casamance », mobilise 210 équipes, dont des " +
        "équipes mobiles pour les îles Karones. Elle doit durer dix jours, a précisé la " +
        "coordonnatrice régionale du Programme élargi de vaccination, Mariama Badji, qui a " +
        "appelé les chefs de quartier à « faire du porte-à-porte ».",
    ],
    quotes: [
      [
        "Nous avons enregistré 47 cas confirmés depuis janvier, contre 6 sur toute l’année " +
          "dernière. C’est une situation qui exige une réponse rapide",
        "Abdoulaye Sagna",
      ],
      [
        "Certaines familles des îles ne peuvent pas rejoindre les postes de santé quand les " +
          "pistes sont coupées",
        "Abdoulaye Sagna",
      ],
      ["même s’ils ont déjà reçu une dose", "Le ministère de la Santé et de l’Action sociale"],
      [
        "Mon aîné a eu la rougeole en février. Il est resté une semaine à l’hôpital. Je ne " +
          "veux pas revivre ça",
        "Fatou Diatta",
      ],
      ["faire du porte-à-porte", "Mariama Badji"],
    ],
  }),
  {
    name:
      "La Gazette de Martigny, vie locale : guillemets sans espace, conseillère municipale " +
      "nommée après « explique », deux marchands dans un paragraphe (sans verbe puis " +
      "deux-points), titre de pétition entre guillemets, fragment de la conseillère, " +
      "« rit la septuagénaire »",
    todo:
      "«Ici, les gens passent devant nous en allant à…» goes to Pierre-Alain Bender, not Jean-Daniel " +
      "Roduit",
    headline: "Le marché du jeudi quitte l’avenue de la Gare",
    standfirst:
      "Dès le 6 mars, les étals s’installeront sur la place Centrale. Une partie des " +
      "marchands fait grise mine.",
    paragraphs: [
      "Trente-deux ans après sa création, le marché hebdomadaire de Martigny change " +
        "d’adresse. Le Conseil municipal a tranché lundi: la quarantaine de stands quittera " +
        "l’avenue de la Gare, où ils bloquaient la circulation des bus, pour la place " +
        "Centrale.",
      "«On ne pouvait plus continuer à dévier les lignes urbaines chaque jeudi matin. La " +
        "place Centrale est plus grande, plus sûre, et elle est faite pour ça», explique la " +
        "conseillère municipale chargée de l’économie, Valérie Crettex-Moret.",
      "Du côté des marchands, l’accueil est mitigé. Arboriculteur à Saxon, Jean-Daniel " +
        "Roduit vend ses abricots sur l’avenue depuis 1994. «Ici, les gens passent devant " +
        "nous en allant à la gare. Là-bas, il faudra qu’ils viennent exprès.» Son voisin " +
        "de stand, le fromager Pierre-Alain Bender, se montre plus optimiste: «Il y aura de " +
        "l’ombre sous les platanes. En juillet, ça compte.»",
      "Une pétition intitulée «Gardons le marché à la Gare» a recueilli 640 signatures. " +
        "Elle n’a pas fait changer d’avis Valérie Crettex-Moret, qui promet «un parking " +
        "gratuit pour les exposants» pendant la première année.",
      "Habituée du jeudi, Monique Gay-Balmaz, 78 ans, viendra quand même. «À pied, c’est " +
        "cinq minutes de plus. À mon âge, on compte, mais je ne vais pas lâcher mes " +
        "abricots», rit la septuagénaire.",
      "Première édition sur la place Centrale le jeudi 6 mars, de 8h à 13h.",
    ],
    quotes: [
      [
        "On ne pouvait plus continuer à dévier les lignes urbaines chaque jeudi matin. La " +
          "place Centrale est plus grande, plus sûre, et elle est faite pour ça",
        "Valérie Crettex-Moret",
      ],
      [
        "Ici, les gens passent devant nous en allant à la gare. Là-bas, il faudra qu’ils " +
          "viennent exprès.",
        "Jean-Daniel Roduit",
      ],
      ["Il y aura de l’ombre sous les platanes. En juillet, ça compte.", "Pierre-Alain Bender"],
      ["un parking gratuit pour les exposants", "Valérie Crettex-Moret"],
      [
        "À pied, c’est cinq minutes de plus. À mon âge, on compte, mais je ne vais pas " +
          "lâcher mes abricots",
        "Monique Gay-Balmaz",
      ],
    ],
  },
  {
    name:
      'Antenne Centre, faits divers : guillemets droits " ", « Selon la zone de police » ' +
      "puis commissaire nommé après « précise », voisine anonyme « raconte-t-elle », " +
      "surnom entre guillemets, parquet en fragment, fille de la victime nommée après " +
      "« confie », zone de police avec deux-points",
    todo:
      "«Au moindre doute, fermez la porte et appelez …» goes to La zone de police, not la zone de police " +
      "de La Louvière",
    headline: "Haine-Saint-Pierre : une septuagénaire ligotée et dépouillée chez elle, deux suspects arrêtés",
    paragraphs: [
      "Une habitante de la rue de la Chaussée, âgée de 74 ans, a été agressée mardi soir " +
        "à son domicile par deux hommes qui s’étaient présentés comme des techniciens de " +
        "la distribution d’eau.",
      "Selon la zone de police de La Louvière, les deux individus ont ligoté la victime " +
        'avant de fouiller la maison pendant près d’une demi-heure. "Ils sont repartis avec ' +
        "des bijoux, une somme d’argent et la carte bancaire de la dame, dont ils avaient " +
        'exigé le code", précise le commissaire Didier Lambot, porte-parole de la zone.',
      'C’est une voisine qui a donné l’alerte. "J’ai vu la porte grande ouverte à 22 ' +
        "heures, ce n’est pas son genre. Je l’ai trouvée assise par terre dans la cuisine, " +
        'les mains attachées avec du fil électrique", raconte-t-elle, encore secouée.',
      "Grâce aux images d’une caméra de surveillance, les enquêteurs ont identifié le " +
        "véhicule des suspects, intercepté le lendemain sur l’E42 à hauteur de " +
        "Strépy-Bracquegnies. Deux hommes de 23 et 31 ans ont été privés de liberté. Le " +
        'plus âgé, surnommé "le Plombier" par les enquêteurs, était recherché pour des ' +
        "faits similaires à Binche.",
      "Le parquet du Hainaut confirme que les deux suspects ont été placés sous mandat " +
        'd’arrêt par un juge d’instruction pour "vol avec violences, avec la circonstance ' +
        'aggravante de la séquestration".',
      "La victime, hospitalisée en état de choc, a pu regagner son domicile jeudi. " +
        '"Elle va bien physiquement, mais elle ne veut plus ouvrir à personne", confie sa ' +
        "fille, Sandrine Devos.",
      "La zone de police rappelle qu’aucun fournisseur ne se présente sans avoir prévenu " +
        'par courrier : "Au moindre doute, fermez la porte et appelez le 101."',
    ],
    quotes: [
      [
        "Ils sont repartis avec des bijoux, une somme d’argent et la carte bancaire de la " +
          "dame, dont ils avaient exigé le code",
        "Didier Lambot",
      ],
      [
        "J’ai vu la porte grande ouverte à 22 heures, ce n’est pas son genre. Je l’ai " +
          "trouvée assise par terre dans la cuisine, les mains attachées avec du fil " +
          "électrique",
        "une voisine",
      ],
      ["vol avec violences, avec la circonstance aggravante de la séquestration", "Le parquet du Hainaut"],
      ["Elle va bien physiquement, mais elle ne veut plus ouvrir à personne", "Sandrine Devos"],
      ["Au moindre doute, fermez la porte et appelez le 101.", "la zone de police de La Louvière"],
    ],
  },
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Info07, transport : citation au chapô d’une navetteuse nommée dans le texte, " +
      "« a fait valoir en point de presse le président du conseil », document en fragment, " +
      "« déplore la mère de famille », conseiller en deux paires, société de transport en " +
      "fragment, surnom de ligne entre guillemets",
    todo:
      "«de 12 à 22 minutes» goes to Un document de planification, not un document de planification; " +
      "«une évaluation après six mois» goes to La Société de transport de l’Outaouais, not la " +
      "Société de transport de l’Outaouais",
    headline: "La STO coupe trois lignes vers le centre-ville d’Ottawa",
    standfirst:
      "Les usagers d’Aylmer et du Plateau devront désormais transférer au Rapibus. « On " +
      "nous rallonge le trajet de vingt minutes », déplore une navetteuse.",
    paragraphs: [
      "La Société de transport de l’Outaouais (STO) mettra fin, le 25 août, aux lignes 33, " +
        "39 et 49, qui reliaient directement le secteur d’Aylmer et le Plateau au " +
        "centre-ville d’Ottawa. Les usagers devront prendre une correspondance à la station " +
        "Freeman ou à la station Montcalm.",
      "La décision, adoptée mercredi soir par le conseil d’administration, vise à économiser " +
        "près de 4,2 millions $ par année. « On ne coupe pas du service, on le réorganise. " +
        "Le Rapibus est sous-utilisé en dehors des heures de pointe », a fait valoir en " +
        "point de presse le président du conseil, Mathieu Thibodeau.",
      "Un document de planification présenté aux administrateurs, dont Info07 a obtenu " +
        "copie, reconnaît toutefois que le temps de parcours augmentera « de 12 à 22 " +
        "minutes » pour environ 3100 usagers quotidiens.",
      "Chantal Bisson-Lacroix prend la 39 tous les matins depuis huit ans pour se rendre à " +
        "son bureau de la rue Wellington. « On nous rallonge le trajet de vingt minutes, " +
        "matin et soir. Avec deux enfants à la garderie, je n’y arriverai pas », déplore la " +
        "mère de famille, qui envisage de reprendre sa voiture.",
      "« La Ville a investi des millions pour densifier Aylmer autour du transport " +
        "collectif », a rappelé le conseiller du district de Deschênes, Frédéric " +
        "Gosselin-Paquette. « On ne peut pas, en même temps, enlever les autobus aux gens. »",
      "Du côté de la STO, on promet « une évaluation après six mois » et une fréquence " +
        "accrue sur la ligne 57, surnommée « la ligne des cégépiens » parce qu’elle dessert " +
        "le cégep de l’Outaouais.",
    ],
    quotes: [
      ["On nous rallonge le trajet de vingt minutes", "Chantal Bisson-Lacroix"],
      [
        "On ne coupe pas du service, on le réorganise. Le Rapibus est sous-utilisé en dehors " +
          "des heures de pointe",
        "Mathieu Thibodeau",
      ],
      ["de 12 à 22 minutes", "un document de planification"],
      [
        "On nous rallonge le trajet de vingt minutes, matin et soir. Avec deux enfants à la " +
          "garderie, je n’y arriverai pas",
        "Chantal Bisson-Lacroix",
      ],
      [
        "La Ville a investi des millions pour densifier Aylmer autour du transport collectif",
        "Frédéric Gosselin-Paquette",
      ],
      ["On ne peut pas, en même temps, enlever les autobus aux gens.", "Frédéric Gosselin-Paquette"],
      ["une évaluation après six mois", "la Société de transport de l’Outaouais"],
    ],
  }),
];

runArticles("fr", ARTICLES);
