// A thirty-eighth round of composed French articles, in the styles of outlets and beats the first
// thirty-seven rounds (articles.fr to articles37.fr) did not use: night bus lines extended to Gravelines
// in Le Phare dunkerquois (transport), a drug-dealing spot dismantled in Caen on Tendance Ouest (police),
// modular classrooms for a crowded secondary school in Le Journal de Joliette (Québec, education), a
// walk-in clinic closing its evening hours in Le Citoyen (Rouyn-Noranda, health), a property manager's
// employee convicted of embezzling rent deposits on Radio Lac (Genève, courts), a Liège singer's second
// album on Bel RTL (Belgique, culture), the Grand Magal de Touba's preparations in Seneplus (Sénégal,
// religion), rice growers of the Trarza waiting for farm credit in Cridem (Mauritanie, agriculture), the
// price of potatoes in Le Temps d’Algérie (consumer) and a new frog species in the Nouragues reserve in
// France-Guyane (science).
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
      "Le Phare dunkerquois, transport : citation du chapô reprise mot pour mot dans le corps, " +
      "vice-président nommé après la citation puis « L’élu » en fragment et « reconnaît le " +
      "vice-président » avec deux-points, opposante « a-t-elle regretté », délégué syndical anonyme " +
      "en deux fragments, maire en deux fragments, étudiante par son prénom avec deux-points, slogan " +
      "de campagne entre guillemets",
    headline: "Bus gratuits : DK’Bus prolonge ses lignes de nuit jusqu’à Gravelines",
    standfirst:
      "Le conseil communautaire a voté jeudi l’extension des horaires du soir. « On répond à une " +
      "demande des jeunes et des salariés postés », explique le vice-président chargé des transports.",
    paragraphs: [
      "À partir du 5 janvier, trois lignes de nuit du réseau DK’Bus circuleront jusqu’à 1 h 30 du " +
        "matin le vendredi et le samedi, et la ligne C1 sera prolongée jusqu’au centre de Gravelines. " +
        "Le conseil communautaire de la Communauté urbaine de Dunkerque (CUD) a voté la mesure jeudi " +
        "soir, à l’unanimité moins quatre abstentions.",
      "« On répond à une demande des jeunes et des salariés postés », explique Thierry Vandenbussche, " +
        "vice-président de la CUD chargé des transports. « Ceux qui finissent tard sur le port ou à " +
        "la centrale de Gravelines n’avaient aucune solution. » L’élu chiffre le surcoût à « environ " +
        "1,2 million d’euros par an ».",
      "Depuis la gratuité totale du réseau, en 2018, la fréquentation a presque doublé. Mais les " +
        "horaires du soir restaient le point faible, reconnaît le vice-président : « Après 21 heures, " +
        "c’était le désert. On a des retours de salariés qui prenaient un taxi à 30 euros pour " +
        "rentrer. »",
      "Dans l’opposition, Sandrine Delattre (RN) s’est abstenue. « Personne n’est contre les bus de " +
        "nuit. Mais on ne nous a présenté aucune étude sur la sécurité des chauffeurs à ces horaires », " +
        "a-t-elle regretté en séance.",
      "Le sujet inquiète aussi les conducteurs. Joint par Le Phare, un délégué syndical de la société " +
        "exploitante, qui préfère rester anonyme, parle d’un « accord signé dans l’urgence » et " +
        "redoute « des agressions sur les fins de ligne ».",
      "Le maire de Gravelines, Jean-Luc Verhaeghe, salue au contraire une « excellente nouvelle » " +
        "pour les lycéens de sa commune, « qui rentraient des cinémas de Dunkerque en stop ».",
      "À l’arrêt Gare, mercredi soir, Inès, 19 ans, étudiante à l’Université du Littoral, attendait " +
        "son bus : « Le samedi, je rentrais à pied de Malo. Quarante minutes, seule. Là, ça va changer " +
        "ma vie. »",
      "Le réseau lancera en décembre une campagne d’affichage sur le thème « La nuit aussi, c’est " +
        "gratuit ».",
    ],
    quotes: [
      ["On répond à une demande des jeunes et des salariés postés", "Thierry Vandenbussche"],
      [
        "Ceux qui finissent tard sur le port ou à la centrale de Gravelines n’avaient aucune solution.",
        "Thierry Vandenbussche",
      ],
      ["environ 1,2 million d’euros par an", "Thierry Vandenbussche"],
      [
        "Après 21 heures, c’était le désert. On a des retours de salariés qui prenaient un taxi à 30 " +
          "euros pour rentrer.",
        "Thierry Vandenbussche",
      ],
      [
        "Personne n’est contre les bus de nuit. Mais on ne nous a présenté aucune étude sur la " +
          "sécurité des chauffeurs à ces horaires",
        "Sandrine Delattre",
      ],
      ["accord signé dans l’urgence", "un délégué syndical de la société exploitante"],
      ["des agressions sur les fins de ligne", "un délégué syndical de la société exploitante"],
      ["excellente nouvelle", "Jean-Luc Verhaeghe"],
      ["qui rentraient des cinémas de Dunkerque en stop", "Jean-Luc Verhaeghe"],
      ["Le samedi, je rentrais à pied de Malo. Quarante minutes, seule. Là, ça va changer ma vie.", "Inès"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Tendance Ouest (Normandie), police : procureure nommée après la citation puis citation " +
      "enchaînée, « La magistrate » en fragment, commissaire avec grade en fragment puis " +
      "« a-t-il souligné », grand-mère et petit-fils homonymes, adjoint au maire « a réagi » puis " +
      "« Selon lui » en fragment, source policière, nom d’opération entre guillemets",
    headline: "Caen : un point de deal démantelé à la Grâce-de-Dieu, six interpellations",
    paragraphs: [
      "Six personnes, âgées de 17 à 34 ans, ont été interpellées mardi 2 décembre à l’aube dans le " +
        "quartier de la Grâce-de-Dieu, à Caen, lors d’une opération menée par la police judiciaire et " +
        "la sécurité publique du Calvados. Près de 4 kg de résine de cannabis, 300 g de cocaïne et " +
        "18 000 euros en liquide ont été saisis.",
      "« Ce point de deal générait, selon nos estimations, entre 8 000 et 10 000 euros par jour », a " +
        "indiqué mercredi la procureure de la République de Caen, Hélène Marchand-Leroy, lors d’une " +
        "conférence de presse. « C’était un réseau très structuré, avec des guetteurs payés à la " +
        "journée et une nourrice qui stockait la marchandise. »",
      "L’enquête avait débuté en mars, après des plaintes de riverains. La magistrate précise que " +
        "deux des suspects étaient « déjà connus pour des faits similaires ».",
      "Le directeur départemental de la police nationale, le commissaire divisionnaire Franck " +
        "Guérin, a salué « un travail de fourmi » de ses équipes. « On a passé des centaines d’heures " +
        "en surveillance. Ce n’est pas spectaculaire, mais c’est comme ça qu’on fait tomber un " +
        "réseau », a-t-il souligné.",
      "Au pied de la tour visée, une habitante, Monique Lebrun, 72 ans, dit avoir « retrouvé le " +
        "sommeil ». Son petit-fils, Kevin Lebrun, est plus sceptique : « Ils en arrêtent six, il y en " +
        "aura six autres la semaine prochaine. Ça fait quinze ans que c’est comme ça. »",
      "« Il n’y a pas de fatalité », a réagi sur notre antenne Antoine Lecanu, adjoint au maire de " +
        "Caen chargé de la tranquillité publique. Selon lui, la vidéoprotection installée en 2025 a " +
        "« joué un rôle décisif » dans l’enquête.",
      "« Le chef du réseau n’a pas été interpellé, il est toujours activement recherché », confie une " +
        "source policière. L’opération avait été baptisée « Grâce » par les enquêteurs. Les six " +
        "suspects seront jugés en comparution immédiate jeudi ; trois ont été placés en détention " +
        "provisoire.",
    ],
    quotes: [
      [
        "Ce point de deal générait, selon nos estimations, entre 8 000 et 10 000 euros par jour",
        "Hélène Marchand-Leroy",
      ],
      [
        "C’était un réseau très structuré, avec des guetteurs payés à la journée et une nourrice qui " +
          "stockait la marchandise.",
        "Hélène Marchand-Leroy",
      ],
      ["déjà connus pour des faits similaires", "Hélène Marchand-Leroy"],
      ["un travail de fourmi", "Franck Guérin"],
      [
        "On a passé des centaines d’heures en surveillance. Ce n’est pas spectaculaire, mais c’est " +
          "comme ça qu’on fait tomber un réseau",
        "Franck Guérin",
      ],
      ["retrouvé le sommeil", "Monique Lebrun"],
      [
        "Ils en arrêtent six, il y en aura six autres la semaine prochaine. Ça fait quinze ans que " +
          "c’est comme ça.",
        "Kevin Lebrun",
      ],
      ["Il n’y a pas de fatalité", "Antoine Lecanu"],
      ["joué un rôle décisif", "Antoine Lecanu"],
      [
        "Le chef du réseau n’a pas été interpellé, il est toujours activement recherché",
        "une source policière",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Le Journal de Joliette (Québec), éducation : directrice générale nommée après la citation puis " +
      "« La directrice générale » en fragment et « Mme Gravel », ministère dans une réponse écrite, " +
      "président de syndicat en fragment puis « rappelle-t-il », présidente du comité de parents avec " +
      "deux-points et question, élève anonyme, nom de projet entre guillemets, guillemets sans espace",
    todo:
      "«sous-estimée» not found; «Moi, je finis en juin. Mais mon frère rentre …» goes to Un élève " +
      "de cinquième secondaire, not un élève de cinquième secondaire",
    headline: "Débordement à l’école secondaire : des classes modulaires dès septembre",
    paragraphs: [
      "Le Centre de services scolaire des Samares installera six classes modulaires dans la cour de " +
        "l’école secondaire Barthélemy-Joliette dès la prochaine rentrée. L’établissement, conçu pour " +
        "1 400 élèves, en accueille cette année près de 1 650.",
      "« On n’a plus un local libre. Des enseignants donnent leurs cours à la cafétéria ou à la " +
        "bibliothèque », a reconnu la directrice générale du centre de services, Nathalie Gravel, lors " +
        "de la séance du conseil d’administration, mardi soir.",
      "La directrice générale estime que la croissance démographique de Joliette et de " +
        "Saint-Charles-Borromée a été « sous-estimée » par Québec. Le ministère de l’Éducation, dans " +
        "une réponse écrite transmise au Journal, affirme plutôt avoir « autorisé l’agrandissement de " +
        "l’école dès 2024 ».",
      "Au Syndicat de l’enseignement de Lanaudière, le président, Stéphane Comtois, parle d’une " +
        "« solution de dernier recours ». « Les modulaires, on connaît ça. Ça devait être temporaire à " +
        "Saint-Lin, et ils sont encore là douze ans plus tard », rappelle-t-il.",
      "Présidente du comité de parents, Josée Lafortune-Pelletier a posé la question que beaucoup se " +
        "posaient dans la salle : « Est-ce que nos jeunes vont avoir des toilettes et de l’eau dans " +
        "ces classes-là, ou il va falloir traverser la cour en janvier? »",
      "Mme Gravel a assuré que les unités seraient « raccordées et chauffées » et reliées au bâtiment " +
        "principal par un corridor couvert.",
      "Un élève de cinquième secondaire, rencontré à la sortie des cours, relativise : « Moi, je finis " +
        "en juin. Mais mon frère rentre en secondaire un l’an prochain, pis lui va les connaître, les " +
        "modulaires. »",
      "Les travaux d’agrandissement, qui ajouteront 18 classes, doivent débuter au printemps 2027. Le " +
        "projet porte le nom de « Barthélemy 2030 ».",
    ],
    quotes: [
      [
        "On n’a plus un local libre. Des enseignants donnent leurs cours à la cafétéria ou à la " +
          "bibliothèque",
        "Nathalie Gravel",
      ],
      ["sous-estimée", "Nathalie Gravel"],
      ["autorisé l’agrandissement de l’école dès 2024", "Le ministère de l’Éducation"],
      ["solution de dernier recours", "Stéphane Comtois"],
      [
        "Les modulaires, on connaît ça. Ça devait être temporaire à Saint-Lin, et ils sont encore là " +
          "douze ans plus tard",
        "Stéphane Comtois",
      ],
      [
        "Est-ce que nos jeunes vont avoir des toilettes et de l’eau dans ces classes-là, ou il va " +
          "falloir traverser la cour en janvier?",
        "Josée Lafortune-Pelletier",
      ],
      ["raccordées et chauffées", "Nathalie Gravel"],
      [
        "Moi, je finis en juin. Mais mon frère rentre en secondaire un l’an prochain, pis lui va les " +
          "connaître, les modulaires.",
        "un élève de cinquième secondaire",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Citoyen (Rouyn-Noranda), santé : citation au titre reprise mot pour mot dans le corps par une " +
      "patiente nommée plus loin, médecin « explique » avec titre Dr, CISSS en deux fragments dont une " +
      "déclaration, « craint-elle » puis citation enchaînée, conseiller municipal « a-t-il plaidé », " +
      "syndicat en fragment puis sa représentante, « Le Dr Bélanger, lui » avec deux-points",
    todo:
      "«des plages supplémentaires seront offertes pa…» goes to CISSS, not Le CISSS de " +
      "l’Abitibi-Témiscamingue; «Si on recrute deux médecins d’ici l’été, on r…» goes to Patrick " +
      "Lemire, not Mathieu Bélanger",
    headline: "Clinique sans rendez-vous : « On va se retrouver à l’urgence », craignent des patients",
    paragraphs: [
      "Le groupe de médecine familiale (GMF) de Rouyn-Noranda fermera sa clinique sans rendez-vous en " +
        "soirée à compter du 1er février, faute de médecins. Quelque 6 000 consultations par année y " +
        "étaient offertes entre 17 h et 21 h.",
      "« Nous avons perdu trois médecins depuis l’été, dont deux départs à la retraite. On ne peut plus " +
        "tenir les soirs sans épuiser ceux qui restent », explique le médecin responsable du GMF, le " +
        "Dr Mathieu Bélanger.",
      "Le CISSS de l’Abitibi-Témiscamingue dit « prendre acte » de la décision. Dans une déclaration, " +
        "l’organisation assure que « des plages supplémentaires seront offertes par le guichet d’accès " +
        "à un médecin de famille ».",
      "Dans la salle d’attente, jeudi, Ginette Rivard, 67 ans, n’en revenait pas. « On va se " +
        "retrouver à l’urgence », craint-elle. « Moi, je n’ai pas de médecin de famille depuis 2021. Le " +
        "sans rendez-vous, c’était ma seule porte. »",
      "Le conseiller municipal du district de Granada, Patrick Lemire, a déposé une motion demandant " +
        "au CISSS un plan de remplacement. « La Ville ne gère pas la santé, mais elle ne peut pas " +
        "rester les bras croisés », a-t-il plaidé lundi au conseil.",
      "Du côté de la FIQ, on rappelle que les infirmières praticiennes spécialisées pourraient " +
        "« prendre le relais ». Sa représentante régionale, Chantal Roy, déplore que « personne ne nous " +
        "ait consultées ».",
      "Le Dr Bélanger, lui, ne ferme pas la porte : « Si on recrute deux médecins d’ici l’été, on " +
        "rouvrira les soirs. C’est une pause, pas une fin. »",
    ],
    quotes: [
      ["On va se retrouver à l’urgence", "Ginette Rivard"],
      [
        "Nous avons perdu trois médecins depuis l’été, dont deux départs à la retraite. On ne peut " +
          "plus tenir les soirs sans épuiser ceux qui restent",
        "Mathieu Bélanger",
      ],
      ["prendre acte", "Le CISSS de l’Abitibi-Témiscamingue"],
      [
        "des plages supplémentaires seront offertes par le guichet d’accès à un médecin de famille",
        "Le CISSS de l’Abitibi-Témiscamingue",
      ],
      [
        "Moi, je n’ai pas de médecin de famille depuis 2021. Le sans rendez-vous, c’était ma seule " +
          "porte.",
        "Ginette Rivard",
      ],
      ["La Ville ne gère pas la santé, mais elle ne peut pas rester les bras croisés", "Patrick Lemire"],
      ["prendre le relais", "la FIQ"],
      ["personne ne nous ait consultées", "Chantal Roy"],
      [
        "Si on recrute deux médecins d’ici l’été, on rouvrira les soirs. C’est une pause, pas une fin.",
        "Mathieu Bélanger",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Radio Lac (Genève), justice : présidente du tribunal nommée après la citation puis citation " +
      "enchaînée, procureur en fragment puis « avait-il relevé », prévenue anonyme avec deux-points, " +
      "avocat avec « Me » en fragment, retraité anonyme « raconte-t-il », régie dans un communiqué, " +
      "association de locataires en fragment",
    todo:
      "«Quand j’ai voulu récupérer ma garantie en dém…» goes to Julien Ferrari, not un retraité de " +
      "la Servette; «renforcé ses contrôles internes» goes to Radio Lac, not La régie",
    headline: "Garanties de loyer détournées : 30 mois dont 12 ferme pour une ex-employée de régie",
    paragraphs: [
      "Le Tribunal de police de Genève a condamné jeudi une ancienne gestionnaire d’une régie de la " +
        "place à 30 mois de prison, dont 12 ferme, pour abus de confiance et faux dans les titres. " +
        "Entre 2019 et 2023, cette Genevoise de 46 ans a détourné plus de 380 000 francs de garanties " +
        "de loyer versées par des locataires.",
      "« Vous avez profité de la confiance de votre employeur et de la précarité de certains " +
        "locataires », a déclaré la présidente du tribunal, Sophie Rochat, en rendant le jugement. " +
        "« Le tribunal ne voit aucune circonstance atténuante. »",
      "Le Ministère public avait requis 36 mois. À l’audience, mardi, le procureur Laurent Dubey avait " +
        "décrit un système « méthodique et durable ». « Elle ouvrait les comptes de garantie à son nom, " +
        "puis falsifiait les attestations. Il a fallu un locataire obstiné pour que tout s’effondre », " +
        "avait-il relevé.",
      "La prévenue, qui a remboursé un peu moins de la moitié de la somme, a pris la parole en " +
        "dernier : « Je ne cherche pas d’excuse. J’avais des dettes de jeu et j’ai cru que je pourrais " +
        "tout remettre avant que quelqu’un s’en aperçoive. »",
      "Son avocat, Me Julien Ferrari, avait plaidé une peine entièrement assortie du sursis, estimant " +
        "que sa cliente était « malade, pas cupide ». Il n’a pas encore décidé s’il ferait appel.",
      "Parmi les locataires lésés, un retraité de la Servette, venu assister au verdict, a perdu " +
        "7 200 francs. « Quand j’ai voulu récupérer ma garantie en déménageant, la banque m’a dit que " +
        "le compte n’existait pas », raconte-t-il au micro de Radio Lac.",
      "La régie, qui a indemnisé la plupart des victimes, indique dans un communiqué avoir « renforcé " +
        "ses contrôles internes ». L’Asloca, l’association de défense des locataires, réclame pour sa " +
        "part un « registre cantonal des garanties ».",
    ],
    quotes: [
      [
        "Vous avez profité de la confiance de votre employeur et de la précarité de certains locataires",
        "Sophie Rochat",
      ],
      ["Le tribunal ne voit aucune circonstance atténuante.", "Sophie Rochat"],
      ["méthodique et durable", "Laurent Dubey"],
      [
        "Elle ouvrait les comptes de garantie à son nom, puis falsifiait les attestations. Il a fallu " +
          "un locataire obstiné pour que tout s’effondre",
        "Laurent Dubey",
      ],
      [
        "Je ne cherche pas d’excuse. J’avais des dettes de jeu et j’ai cru que je pourrais tout " +
          "remettre avant que quelqu’un s’en aperçoive.",
        "La prévenue",
      ],
      ["malade, pas cupide", "Julien Ferrari"],
      [
        "Quand j’ai voulu récupérer ma garantie en déménageant, la banque m’a dit que le compte " +
          "n’existait pas",
        "un retraité de la Servette",
      ],
      ["renforcé ses contrôles internes", "La régie"],
      ["registre cantonal des garanties", "L’Asloca"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Bel RTL (Belgique), culture : fragment au titre différent du corps, titres d’album et nom de " +
      "festival entre guillemets, chanteuse « confie la chanteuse », père homonyme nommé puis " +
      "« sourit-elle » qui renvoie à la fille, « Lui se dit » en fragment, réalisateur présenté avec " +
      "deux-points, directeur de label nommé après la citation, critique en fragment, « elle, assume »",
    todo:
      "«fier comme un paon» goes to Léa Castiaux, not Marc Castiaux; «une production un peu trop " +
      "lisse pour des tex…» not found",
    headline: "Léa Castiaux : « Ce disque, je l’ai écrit pour ma grand-mère »",
    standfirst:
      "Trois ans après « Rivages », la chanteuse liégeoise revient avec un deuxième album très intime " +
      "et s’offre Forest National en mars.",
    paragraphs: [
      "Elle nous reçoit dans un café d’Outremeuse, à deux pas de la maison où elle a grandi. Léa " +
        "Castiaux, 29 ans, sort vendredi « Maison Mère », un album de onze titres enregistré entre " +
        "Liège et Montréal.",
      "« Ce disque, je l’ai écrit pour ma grand-mère. Elle est partie pendant que je composais, et " +
        "chaque chanson est devenue une façon de lui parler », confie la chanteuse, la voix un peu " +
        "serrée.",
      "Son père, Marc Castiaux, guitariste de bal pendant trente ans, joue sur deux morceaux. « Il " +
        "m’a appris mes trois premiers accords. C’était normal qu’il soit là », sourit-elle. Lui se " +
        "dit « fier comme un paon », et un peu intimidé par les studios québécois.",
      "Le disque a été réalisé par le Montréalais Olivier Sansregret, qui a travaillé avec plusieurs " +
        "figures de la scène québécoise. Il raconte leur rencontre : « Elle m’a envoyé une démo " +
        "enregistrée sur son téléphone, dans sa cuisine. J’ai entendu la voix et j’ai pris l’avion. »",
      "Chez son label bruxellois, Sonar Records, on mise gros. « On a déjà vendu 6 000 places pour " +
        "Forest National. Pour une artiste belge sur un deuxième album, c’est rare », se réjouit son " +
        "directeur, Kevin Dewulf.",
      "Tout le monde n’est pas conquis. Dans sa chronique, la critique musicale Anne-Sophie Moreels " +
        "reproche à l’album « une production un peu trop lisse pour des textes aussi bruts ».",
      "Léa Castiaux, elle, assume : « Je n’ai pas voulu cacher les larmes. Si on les entend, tant " +
        "mieux. »",
      "Elle sera en concert à Forest National le 14 mars, puis au festival « Les Ardentes » en " + "juillet.",
    ],
    quotes: [
      ["Ce disque, je l’ai écrit pour ma grand-mère", "Léa Castiaux"],
      [
        "Ce disque, je l’ai écrit pour ma grand-mère. Elle est partie pendant que je composais, et " +
          "chaque chanson est devenue une façon de lui parler",
        "Léa Castiaux",
      ],
      ["Il m’a appris mes trois premiers accords. C’était normal qu’il soit là", "Léa Castiaux"],
      ["fier comme un paon", "Marc Castiaux"],
      [
        "Elle m’a envoyé une démo enregistrée sur son téléphone, dans sa cuisine. J’ai entendu la voix " +
          "et j’ai pris l’avion.",
        "Olivier Sansregret",
      ],
      [
        "On a déjà vendu 6 000 places pour Forest National. Pour une artiste belge sur un deuxième " +
          "album, c’est rare",
        "Kevin Dewulf",
      ],
      ["une production un peu trop lisse pour des textes aussi bruts", "Anne-Sophie Moreels"],
      ["Je n’ai pas voulu cacher les larmes. Si on les entend, tant mieux.", "Léa Castiaux"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Seneplus (Sénégal), religion : fragment au titre repris mot pour mot dans le corps par le " +
      "comité, porte-parole nommé après la citation puis « Il a ajouté » avec deux-points, gouverneur " +
      "repris par « l’administrateur », directeur régional en fragment puis « Selon lui », " +
      "coordonnatrice du Samu avec titre Dr, commerçant nommé après la citation, émigré anonyme en " +
      "fragment, slogan entre guillemets",
    todo:
      "«plus de quatre millions de pèlerins» goes to le Sénégal, not le comité d’organisation; " +
      "«Tous les services sont prêts. Les axes Dakar-…» goes to l’administrateur, not Ousmane Sarr; " +
      "«La chaleur est notre principal ennemi. Nous r…» goes to sa coordonnatrice, not Aminata Sow",
    headline:
      "Grand Magal de Touba : le comité d’organisation attend « plus de quatre millions de pèlerins »",
    paragraphs: [
      "À dix jours du Grand Magal de Touba, le comité d’organisation a tenu samedi sa dernière réunion " +
        "de coordination avec les services de l’État, à la résidence Khadimou Rassoul. Le comité " +
        "attend « plus de quatre millions de pèlerins », venus de tout le Sénégal et de la diaspora.",
      "« Le Khalife général des mourides a demandé que l’accueil des pèlerins soit digne et que " +
        "personne ne manque d’eau », a déclaré le porte-parole du comité, Serigne Abdou Lahad Diop. Il " +
        "a ajouté : « Touba ne refuse personne. Mais nous demandons à chacun de respecter les consignes " +
        "de circulation. »",
      "Le gouverneur de la région de Diourbel, Ousmane Sarr, a annoncé le déploiement de 5 000 " +
        "policiers et gendarmes. « Tous les services sont prêts. Les axes Dakar-Touba et " +
        "Kaolack-Touba seront sécurisés jour et nuit », a assuré l’administrateur.",
      "Côté eau, le directeur régional de Sen’Eau, Cheikh Tidiane Fall, promet « un débit doublé » " +
        "grâce à douze nouveaux forages. Selon lui, les coupures de l’an dernier « ne se reproduiront " +
        "pas ».",
      "Le Samu national a prévu dix postes médicaux avancés. « La chaleur est notre principal ennemi. " +
        "Nous recommandons aux personnes âgées de se déplacer tôt le matin », a indiqué sa " +
        "coordonnatrice pour le Magal, le Dr Aminata Sow.",
      "Au marché Ocass, les commerçants se frottent les mains. « Le Magal, c’est notre Tabaski à " +
        "nous. En une semaine, je fais le chiffre de trois mois », lance Moustapha Gueye, vendeur de " +
        "tissus.",
      "Arrivé de Brescia, en Italie, un émigré de 52 ans dit venir « chaque année depuis 1998 ». Les " +
        "bénévoles du comité porteront des t-shirts frappés du slogan « Touba ville propre ».",
    ],
    quotes: [
      ["plus de quatre millions de pèlerins", "le comité d’organisation"],
      [
        "Le Khalife général des mourides a demandé que l’accueil des pèlerins soit digne et que " +
          "personne ne manque d’eau",
        "Serigne Abdou Lahad Diop",
      ],
      [
        "Touba ne refuse personne. Mais nous demandons à chacun de respecter les consignes de " +
          "circulation.",
        "Serigne Abdou Lahad Diop",
      ],
      [
        "Tous les services sont prêts. Les axes Dakar-Touba et Kaolack-Touba seront sécurisés jour et " +
          "nuit",
        "Ousmane Sarr",
      ],
      ["un débit doublé", "Cheikh Tidiane Fall"],
      ["ne se reproduiront pas", "Cheikh Tidiane Fall"],
      [
        "La chaleur est notre principal ennemi. Nous recommandons aux personnes âgées de se déplacer " +
          "tôt le matin",
        "Aminata Sow",
      ],
      [
        "Le Magal, c’est notre Tabaski à nous. En une semaine, je fais le chiffre de trois mois",
        "Moustapha Gueye",
      ],
      ["chaque année depuis 1998", "un émigré de 52 ans"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Cridem (Mauritanie), agriculture : président de fédération nommé après la citation, motion " +
      "en deux fragments, responsable anonyme en fragment puis « a-t-il affirmé sous couvert " +
      "d’anonymat », présidente de coopérative présentée avec deux-points, agronome en fragment puis " +
      "« analyse-t-il », directeur au ministère avec citation coupée par l’attribution, guillemets " +
      "sans espace",
    todo:
      "«Nous sommes déjà en retard de trois semaines …» goes to le président de la Fédération des " +
      "agriculteurs, not Mohamed Lemine Ould Sidi",
    headline: "Campagne rizicole : les producteurs du Trarza dénoncent les retards du crédit agricole",
    paragraphs: [
      "Les riziculteurs de la vallée du fleuve Sénégal, dans la wilaya du Trarza, menacent de ne pas " +
        "semer pour la campagne d’hivernage si les crédits promis ne sont pas débloqués avant la fin du " +
        "mois. Réunis mercredi à Rosso, plus de 200 producteurs ont adopté une motion adressée au " +
        "ministère de l’Agriculture.",
      "« Nous sommes déjà en retard de trois semaines sur le calendrier cultural. Chaque jour perdu, " +
        "c’est du rendement en moins », a déclaré le président de la Fédération des agriculteurs et " +
        "éleveurs du Trarza, Mohamed Lemine Ould Sidi.",
      "La motion exige « le déblocage immédiat des fonds de la campagne » et dénonce « l’opacité » " +
        "dans l’attribution des engrais subventionnés.",
      "Contacté par Cridem, un responsable de la Caisse de dépôt et de développement assure que les " +
        "dossiers « sont en cours de traitement ». « Les fonds sont disponibles. Le retard vient des " +
        "dossiers incomplets de certaines coopératives », a-t-il affirmé sous couvert d’anonymat.",
      "Fatimetou Mint Ahmed, qui préside une coopérative féminine de 60 membres à Garak, résume " +
        "l’inquiétude : « Les femmes ont emprunté chez les commerçants pour payer le gasoil des " +
        "motopompes. Si la récolte est mauvaise, on ne pourra pas rembourser. »",
      "Pour l’ingénieur agronome Sidi Mohamed Ould Bah, la filière paie « des années de mauvaise " +
        "planification ». « On a fixé l’objectif de l’autosuffisance en riz sans régler la question du " +
        "crédit. C’est le maillon faible », analyse-t-il.",
      "« Le ministère a entendu les producteurs », a assuré jeudi soir le directeur de l’agriculture " +
        "au ministère, Ahmed Salem Ould Cheikh, « et des instructions ont été données pour accélérer " +
        "les versements. »",
    ],
    quotes: [
      [
        "Nous sommes déjà en retard de trois semaines sur le calendrier cultural. Chaque jour perdu, " +
          "c’est du rendement en moins",
        "Mohamed Lemine Ould Sidi",
      ],
      ["le déblocage immédiat des fonds de la campagne", "La motion"],
      ["l’opacité", "La motion"],
      ["sont en cours de traitement", "un responsable de la Caisse de dépôt et de développement"],
      [
        "Les fonds sont disponibles. Le retard vient des dossiers incomplets de certaines coopératives",
        "un responsable de la Caisse de dépôt et de développement",
      ],
      [
        "Les femmes ont emprunté chez les commerçants pour payer le gasoil des motopompes. Si la " +
          "récolte est mauvaise, on ne pourra pas rembourser.",
        "Fatimetou Mint Ahmed",
      ],
      ["des années de mauvaise planification", "Sidi Mohamed Ould Bah"],
      [
        "On a fixé l’objectif de l’autosuffisance en riz sans régler la question du crédit. C’est le " +
          "maillon faible",
        "Sidi Mohamed Ould Bah",
      ],
      ["Le ministère a entendu les producteurs", "Ahmed Salem Ould Cheikh"],
      ["et des instructions ont été données pour accélérer les versements.", "Ahmed Salem Ould Cheikh"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Le Temps d’Algérie, consommation : citation du chapô reprise mot pour mot dans le corps, " +
      "directeur nommé après la citation puis citation enchaînée, « Le responsable » en fragment d’un " +
      "mot, porte-parole de l’UGCAA en fragment puis « explique-t-il », association de consommateurs " +
      "et son président en fragments, mère de famille anonyme avec deux-points, producteur nommé " +
      "après la citation",
    todo:
      "«spéculateurs» not found; «Avec un salaire de 40 000 dinars, je ne peux …» goes to une mère " +
      "de famille rencontrée jeudi matin, not une mère de famille",
    headline: "Pomme de terre à 120 DA : le ministère du Commerce annonce un déstockage",
    standfirst:
      "« Les prix vont baisser dans les dix jours », assure le directeur de la régulation des marchés.",
    paragraphs: [
      "Le prix de la pomme de terre a atteint cette semaine 120 dinars le kilo sur les marchés de " +
        "détail d’Alger, contre 70 dinars il y a un mois. Face à la grogne des consommateurs, le " +
        "ministère du Commerce intérieur a annoncé mercredi le déstockage de 40 000 tonnes conservées " +
        "dans les chambres froides du dispositif de régulation.",
      "« Les prix vont baisser dans les dix jours », assure le directeur de la régulation des marchés " +
        "au ministère, Nadir Bensalem. « Le stock est suffisant pour tenir jusqu’à la récolte " +
        "d’arrière-saison d’El Oued. Il n’y a aucune pénurie. »",
      "Le responsable impute la hausse à des « spéculateurs » qui retiennent la marchandise. Une " +
        "accusation que rejette l’Union générale des commerçants et artisans algériens (UGCAA). Son " +
        "porte-parole, Hadj Tahar Bouzid, estime que « le commerçant de détail est toujours le bouc " +
        "émissaire ». « Nous achetons au marché de gros à 95 dinars. Avec le transport et les pertes, " +
        "on ne peut pas vendre à moins de 110 », explique-t-il.",
      "L’Association de protection et d’orientation du consommateur réclame de son côté « un " +
        "plafonnement des marges ». Son président, Rachid Mebarki, appelle les ménages à « ne pas " +
        "céder à la panique » et à éviter les achats en grande quantité.",
      "Au marché Clauzel, une mère de famille rencontrée jeudi matin ne décolère pas : « Avec un " +
        "salaire de 40 000 dinars, je ne peux plus en acheter que deux kilos. La pomme de terre, c’était " +
        "le légume des pauvres. »",
      "À Aïn Defla, principal bassin de production, les agriculteurs se disent eux aussi perdants. " +
        "« On nous paie 50 dinars au champ. Ceux qui gagnent, ce sont les intermédiaires », affirme " +
        "Djamel Khelifa, producteur à El Amra.",
    ],
    quotes: [
      ["Les prix vont baisser dans les dix jours", "Nadir Bensalem"],
      [
        "Le stock est suffisant pour tenir jusqu’à la récolte d’arrière-saison d’El Oued. Il n’y a " +
          "aucune pénurie.",
        "Nadir Bensalem",
      ],
      ["spéculateurs", "Nadir Bensalem"],
      ["le commerçant de détail est toujours le bouc émissaire", "Hadj Tahar Bouzid"],
      [
        "Nous achetons au marché de gros à 95 dinars. Avec le transport et les pertes, on ne peut pas " +
          "vendre à moins de 110",
        "Hadj Tahar Bouzid",
      ],
      ["un plafonnement des marges", "L’Association de protection et d’orientation du consommateur"],
      ["ne pas céder à la panique", "Rachid Mebarki"],
      [
        "Avec un salaire de 40 000 dinars, je ne peux plus en acheter que deux kilos. La pomme de " +
          "terre, c’était le légume des pauvres.",
        "une mère de famille",
      ],
      ["On nous paie 50 dinars au champ. Ceux qui gagnent, ce sont les intermédiaires", "Djamel Khelifa"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "France-Guyane, science : herpétologue nommée après la citation, étude et auteurs en fragments, " +
      "doctorant homonyme repris par « le jeune chercheur », expert extérieur en fragment puis " +
      "« Il met en garde » avec deux-points, conservateur nommé après la citation, « Camille " +
      "Fouquet, elle » puis « assure-t-elle », surnom entre guillemets",
    todo: "«l’histoire climatique des inselbergs» goes to les auteurs à, not les auteurs",
    headline: "Une nouvelle espèce de grenouille découverte dans la réserve des Nouragues",
    paragraphs: [
      "Elle mesure à peine 14 millimètres et vit exclusivement sur les inselbergs du centre de la " +
        "Guyane. Une équipe du CNRS et de l’université de Guyane vient de décrire une nouvelle espèce " +
        "de grenouille, baptisée Pristimantis nouraguensis, dans la revue Zootaxa.",
      "« On l’entendait chanter depuis des années sans jamais réussir à la voir. Elle se cache dans " +
        "les broméliacées, à plusieurs mètres du sol », raconte l’herpétologue Camille Fouquet, " +
        "première autrice de l’étude, en poste à la station de recherche des Nouragues.",
      "C’est l’analyse ADN qui a tranché. L’étude conclut que l’espèce s’est séparée de ses plus " +
        "proches parentes « il y a environ 3 millions d’années », un isolement lié selon les auteurs à " +
        "« l’histoire climatique des inselbergs ». Sur le terrain, l’équipe surnommait la grenouille " +
        "« la fantôme ».",
      "Le doctorant Yannick Fouquet, sans lien de parenté avec la première autrice, a passé trois " +
        "saisons des pluies à enregistrer les chants. « Chaque espèce a sa signature acoustique. " +
        "Celle-ci émet trois notes très aiguës, presque des ultrasons », détaille le jeune chercheur.",
      "Pour Rodolphe Alcindor, herpétologue au Muséum national d’histoire naturelle, qui n’a pas " +
        "participé aux travaux, cette découverte « rappelle à quel point la Guyane reste mal connue ». " +
        "Il met en garde : « Ces espèces d’inselberg ont une aire minuscule. Une seule sécheresse " +
        "sévère peut suffire à les faire disparaître. »",
      "« C’est la preuve que la protection fonctionne. Sans la réserve, ces inselbergs auraient pu " +
        "être exploités par l’orpaillage », estime le conservateur de la réserve naturelle des " +
        "Nouragues, Joël Sabayo.",
      "Camille Fouquet, elle, espère poursuivre les inventaires. « Il reste au moins une dizaine " +
        "d’espèces à décrire rien que sur ce massif », assure-t-elle.",
    ],
    quotes: [
      [
        "On l’entendait chanter depuis des années sans jamais réussir à la voir. Elle se cache dans " +
          "les broméliacées, à plusieurs mètres du sol",
        "Camille Fouquet",
      ],
      ["il y a environ 3 millions d’années", "L’étude"],
      ["l’histoire climatique des inselbergs", "les auteurs"],
      [
        "Chaque espèce a sa signature acoustique. Celle-ci émet trois notes très aiguës, presque des " +
          "ultrasons",
        "Yannick Fouquet",
      ],
      ["rappelle à quel point la Guyane reste mal connue", "Rodolphe Alcindor"],
      [
        "Ces espèces d’inselberg ont une aire minuscule. Une seule sécheresse sévère peut suffire à " +
          "les faire disparaître.",
        "Rodolphe Alcindor",
      ],
      [
        "C’est la preuve que la protection fonctionne. Sans la réserve, ces inselbergs auraient pu " +
          "être exploités par l’orpaillage",
        "Joël Sabayo",
      ],
      ["Il reste au moins une dizaine d’espèces à décrire rien que sur ce massif", "Camille Fouquet"],
    ],
  }),
];

runArticles("fr", ARTICLES);
