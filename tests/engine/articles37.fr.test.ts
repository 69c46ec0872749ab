// A thirty-seventh round of composed French articles, in the styles of outlets and beats the first
// thirty-six rounds (articles.fr to articles36.fr) did not use: a late frost on the blueberry fields of
// the Lac-Saint-Jean in Le Quotidien (Saguenay), a bus company suspended after a crash near Fana for
// Malijet (Mali), a solar panel maker's export deal in Maghreb Emergent (Algérie), the Protestant synod
// capping the May offering on Polynésie la 1ère, summer ferry fares for Moroccans abroad in Yabiladi
// (Maroc), a fake recruiter's fraud trial in Bouaké for L’Inter (Côte d’Ivoire), a cyclo-cross on the
// Citadel of Namur on Vivacité (Belgique), a maternity ward's night closure in La Chaux-de-Fonds on
// Canal Alpha (Neuchâtel), a burglary ring arrested in the Bresse for La Voix de l’Ain and landslides in
// Koungou after heavy rain in Flash Infos (Mayotte).
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
      "Le Quotidien (Saguenay), agriculture : fragment au titre différent du corps, producteur " +
      "nommé après la citation « constate », fragment repris par « Le producteur », fils homonyme " +
      "avec deux-points, présidente de syndicat « a déclaré sa présidente », agronome « explique-t-il », " +
      "organisme en fragment, porte-parole d’entreprise en fragment, slogan entre guillemets, " +
      "citation sans verbe après le nom",
    todo: "«une saison courte» not found",
    headline: "Gel sur les bleuetières : « Du jamais-vu en trente ans »",
    paragraphs: [
      "Un épisode de gel survenu dans la nuit de mardi à mercredi a endommagé une bonne partie des " +
        "bleuetières en fleurs des secteurs de Normandin et de Saint-Thomas-Didyme, au Lac-Saint-Jean. " +
        "Le mercure est descendu jusqu’à -4 °C par endroits, selon Environnement Canada.",
      "« C’est du jamais-vu en trente ans. Les fleurs étaient ouvertes à 80 %, et ce matin elles sont " +
        "brunes », constate Réjean Tremblay, qui exploite 400 hectares de bleuets à " +
        "Saint-Thomas-Didyme.",
      "Le producteur estime avoir perdu « au moins la moitié » de sa récolte. Son fils, Maxime " +
        "Tremblay, qui travaille avec lui depuis cinq ans, se montre plus prudent : « Il faut attendre " +
        "dix jours pour voir ce qui va nouer. On a déjà vu des champs repartir. »",
      "Le Syndicat des producteurs de bleuets du Québec a réclamé jeudi une aide d’urgence. « Les " +
        "producteurs sortent de deux saisons difficiles, avec des prix qui n’ont pas couvert les coûts. " +
        "Un troisième coup pourrait en faire fermer plusieurs », a déclaré sa présidente, Julie " +
        "Gagnon-Bouchard.",
      "Selon l’agronome Paul-André Lavoie, du ministère de l’Agriculture, des Pêcheries et de " +
        "l’Alimentation (MAPAQ), les dommages varient beaucoup d’un champ à l’autre. « Sur les sols " +
        "sableux, en bas de pente, c’est là que le froid s’est accumulé », explique-t-il.",
      "La Financière agricole du Québec rappelle dans un communiqué que les producteurs assurés " +
        "doivent déclarer leurs pertes « dans les 15 jours suivant l’événement ».",
      "Un porte-parole de Bleuets Sauvages du Nord, l’une des principales usines de congélation de la " +
        "région, s’attend à « une saison courte ». L’entreprise maintiendra toutefois sa campagne " +
        "« Mangez bleu, mangez d’ici » dans les épiceries.",
      "Réjean Tremblay, lui, a déjà appelé son assureur. « On va passer au travers. On n’a pas " +
        "le choix. »",
    ],
    quotes: [
      ["Du jamais-vu en trente ans", "Réjean Tremblay"],
      [
        "C’est du jamais-vu en trente ans. Les fleurs étaient ouvertes à 80 %, et ce matin elles sont " +
          "brunes",
        "Réjean Tremblay",
      ],
      ["au moins la moitié", "Réjean Tremblay"],
      [
        "Il faut attendre dix jours pour voir ce qui va nouer. On a déjà vu des champs repartir.",
        "Maxime Tremblay",
      ],
      [
        "Les producteurs sortent de deux saisons difficiles, avec des prix qui n’ont pas couvert les " +
          "coûts. Un troisième coup pourrait en faire fermer plusieurs",
        "Julie Gagnon-Bouchard",
      ],
      ["Sur les sols sableux, en bas de pente, c’est là que le froid s’est accumulé", "Paul-André Lavoie"],
      ["dans les 15 jours suivant l’événement", "La Financière agricole du Québec"],
      ["une saison courte", "un porte-parole de Bleuets Sauvages du Nord"],
      ["On va passer au travers. On n’a pas le choix.", "Réjean Tremblay"],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Malijet (Mali), transport : citation du chapô reprise mot pour mot dans le corps, ministre " +
      "nommé avant puis « a-t-il déclaré » et citation coupée par l’attribution, rescapé anonyme en " +
      "fragment puis « raconte ce commerçant », directeur général « a-t-il affirmé », compagnie en " +
      "fragment, présidente d’association « déplore-t-elle », source à la gendarmerie, nom " +
      "d’opération entre guillemets",
    todo:
      "«Des passagers ont demandé au chauffeur de ral…» goes to ce commerçant, not un rescapé; «se " +
      "tenir à la disposition des enquêteurs» not found",
    headline: "Accident de Fana : le ministère suspend la compagnie Baniko Transport",
    standfirst:
      "Le drame, survenu dimanche sur la RN6, a fait 14 morts et 31 blessés. « Les responsabilités " +
      "seront situées », promet le ministre des Transports.",
    paragraphs: [
      "Le ministère des Transports et des Infrastructures a suspendu lundi toutes les autorisations de " +
        "transport de la compagnie Baniko Transport, dont un car a percuté dimanche soir un " +
        "camion-citerne à l’entrée de Fana, sur la route nationale 6.",
      "Le ministre, Modibo Sangaré, s’est rendu lundi au chevet des blessés à l’hôpital de Fana. " +
        "« Les responsabilités seront situées », a-t-il déclaré à la presse. « Aucune compagnie n’est " +
        "au-dessus de la loi. »",
      "Selon un rescapé joint par Malijet, le car roulait « à très vive allure » depuis Ségou. « Des " +
        "passagers ont demandé au chauffeur de ralentir, il a répondu qu’il était en retard », raconte " +
        "ce commerçant de 38 ans, soigné pour une fracture du bras.",
      "Le directeur général de Baniko Transport, Seydou Diarra, conteste cette version. « Nos cars " +
        "sont contrôlés tous les six mois. Le chauffeur avait quinze ans de métier sans aucun " +
        "accident », a-t-il affirmé dans une déclaration lue à la radio. La compagnie dit « se tenir à " +
        "la disposition des enquêteurs ».",
      "Pour Aminata Koné, présidente de l’Association malienne pour la sécurité routière, le drame " +
        "était « prévisible ». « Sur la RN6, les camions stationnent sans signalisation la nuit, et " +
        "les cars font la course pour gagner des clients. Nous alertons depuis des années », " +
        "déplore-t-elle.",
      "La gendarmerie de Fana a ouvert une enquête. « Le chauffeur du camion-citerne a pris la fuite " +
        "et il est activement recherché », a précisé une source à la gendarmerie.",
      "Le ministère annonce par ailleurs le renforcement de l’opération « Route sûre » sur les axes " +
        "Bamako-Ségou et Bamako-Sikasso, avec des contrôles de vitesse inopinés.",
    ],
    quotes: [
      ["Les responsabilités seront situées", "Modibo Sangaré"],
      ["Aucune compagnie n’est au-dessus de la loi.", "Modibo Sangaré"],
      ["à très vive allure", "un rescapé"],
      [
        "Des passagers ont demandé au chauffeur de ralentir, il a répondu qu’il était en retard",
        "un rescapé",
      ],
      [
        "Nos cars sont contrôlés tous les six mois. Le chauffeur avait quinze ans de métier sans " +
          "aucun accident",
        "Seydou Diarra",
      ],
      ["se tenir à la disposition des enquêteurs", "Baniko Transport"],
      ["prévisible", "Aminata Koné"],
      [
        "Sur la RN6, les camions stationnent sans signalisation la nuit, et les cars font la course " +
          "pour gagner des clients. Nous alertons depuis des années",
        "Aminata Koné",
      ],
      [
        "Le chauffeur du camion-citerne a pris la fuite et il est activement recherché",
        "une source à la gendarmerie",
      ],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Maghreb Emergent (Algérie), économie : PDG nommé après la citation puis « le patron de », " +
      "communiqué du ministère en fragment, « selon » un cadre anonyme, économiste présenté avec " +
      "deux-points puis « Selon lui » en fragment, ouvrière « confie-t-elle », nom de programme " +
      "entre guillemets, guillemets sans espace",
    todo:
      "«L’étape suivante, c’est d’intégrer la fabrica…» goes to Le patron de Nour Énergie, not " +
      "Karim Benaïssa",
    headline: "Panneaux solaires : Sidi Bel Abbès signe son premier contrat d’export vers la Tunisie",
    paragraphs: [
      "Le fabricant algérien de panneaux photovoltaïques Nour Énergie a signé mercredi à Alger un " +
        "contrat de 12 millions de dollars pour la livraison de 40 mégawatts de modules à un " +
        "développeur tunisien. Une première pour l’entreprise, installée depuis 2019 dans la zone " +
        "industrielle de Sidi Bel Abbès.",
      "« Il y a cinq ans, on nous disait qu’on ne saurait jamais fabriquer un panneau compétitif en " +
        "Algérie. Aujourd’hui, on exporte », a lancé son PDG, Karim Benaïssa, lors de la cérémonie " +
        "de signature.",
      "Le patron de Nour Énergie reconnaît toutefois que les cellules sont encore importées d’Asie. " +
        "« L’étape suivante, c’est d’intégrer la fabrication des cellules d’ici 2028. Sans cela, " +
        "notre taux d’intégration plafonnera à 35 % », a-t-il expliqué.",
      "Dans un communiqué, le ministère de l’Industrie salue « un jalon important pour la " +
        "diversification des exportations hors hydrocarbures ». L’entreprise a bénéficié du " +
        "programme « Made in Algeria 2030 » pour l’acquisition de ses lignes de laminage.",
      "Le contrat reste pourtant modeste au regard des besoins du marché local. Selon un cadre de " +
        "Sonelgaz qui a requis l’anonymat, le groupe public « peine à trouver des fournisseurs " +
        "nationaux capables de suivre le rythme » de son programme de centrales solaires.",
      "L’économiste Rachid Haddadi, enseignant à l’École nationale supérieure de management, " +
        "nuance l’enthousiasme : « Exporter 40 mégawatts, c’est bien. Mais la vraie question est de " +
        "savoir si la filière peut survivre sans l’appui de l’État. » Selon lui, l’accès aux devises " +
        "reste « le principal goulot d’étranglement » pour les industriels.",
      "Dans l’usine, qui emploie 240 personnes, la nouvelle a été accueillie avec soulagement. " +
        "« On a eu peur pour nos postes l’an dernier, quand les commandes se sont arrêtées pendant " +
        "trois mois », confie Samira Bouzid, opératrice sur la ligne d’assemblage.",
    ],
    quotes: [
      [
        "Il y a cinq ans, on nous disait qu’on ne saurait jamais fabriquer un panneau compétitif en " +
          "Algérie. Aujourd’hui, on exporte",
        "Karim Benaïssa",
      ],
      [
        "L’étape suivante, c’est d’intégrer la fabrication des cellules d’ici 2028. Sans cela, notre " +
          "taux d’intégration plafonnera à 35 %",
        "Karim Benaïssa",
      ],
      [
        "un jalon important pour la diversification des exportations hors hydrocarbures",
        "le ministère de l’Industrie",
      ],
      ["peine à trouver des fournisseurs nationaux capables de suivre le rythme", "un cadre de Sonelgaz"],
      [
        "Exporter 40 mégawatts, c’est bien. Mais la vraie question est de savoir si la filière peut " +
          "survivre sans l’appui de l’État.",
        "Rachid Haddadi",
      ],
      ["le principal goulot d’étranglement", "Rachid Haddadi"],
      [
        "On a eu peur pour nos postes l’an dernier, quand les commandes se sont arrêtées pendant " +
          "trois mois",
        "Samira Bouzid",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Polynésie la 1ère, religion : résolution du synode en fragment, président de l’Église " +
      "« le pasteur » avant le nom puis citation enchaînée, diaconesse présentée avec deux-points, " +
      "« reconnaît le président » pour le reprendre, fidèle anonyme de Raiatea, sociologue en " +
      "fragment puis « ajoute-t-elle », nom de fête entre guillemets",
    headline: "Synode de l’Église protestante mā’ohi : les offrandes du Me désormais plafonnées",
    paragraphs: [
      "Réuni depuis lundi à Uturoa, sur l’île de Raiatea, le synode de l’Église protestante mā’ohi " +
        "(EPM) a adopté jeudi une résolution qui fixe un plafond aux dons collectés lors du Me, la " +
        "grande collecte annuelle du mois de mai. La résolution invite les paroisses à « ne plus " +
        "publier le montant des offrandes de chaque famille ».",
      "« Le Me est un acte de foi, pas une compétition entre familles », a déclaré à l’ouverture des " +
        "débats le pasteur Teriitehau Tehei, président de l’EPM. « Nous avons entendu des fidèles " +
        "qui s’endettaient pour donner. Cela ne peut pas être la volonté de Dieu. »",
      "Le plafond, de 100 000 francs par foyer, ne concerne que les dons en numéraire. Diaconesse " +
        "dans la paroisse de Faa’a, Mareva Teuira a défendu le texte devant l’assemblée : « Des " +
        "mamans viennent me voir en juin parce qu’elles n’ont plus de quoi payer l’électricité. Le " +
        "Me ne doit pas vider les maisons. »",
      "Tous les délégués n’étaient pas convaincus. La résolution a été adoptée par 86 voix contre " +
        "31. « Certaines paroisses vivent uniquement du Me. Il faudra trouver d’autres ressources, " +
        "c’est certain », reconnaît le président de l’Église.",
      "À la sortie du temple, un fidèle de Raiatea regrettait une décision « venue d’en haut ». " +
        "« Chez nous, donner beaucoup, c’est un honneur. On ne va pas nous dire combien donner. »",
      "Pour la sociologue Vaihere Lucas, de l’Université de la Polynésie française, le Me est « un " +
        "marqueur social autant que religieux ». « La publication des montants crée une pression " +
        "énorme, surtout dans les petites îles où tout le monde se connaît », ajoute-t-elle.",
      "Le synode s’achève samedi par le culte de clôture, suivi de la fête « Tā’urua nui » sur le " +
        "front de mer d’Uturoa.",
    ],
    quotes: [
      ["ne plus publier le montant des offrandes de chaque famille", "La résolution"],
      ["Le Me est un acte de foi, pas une compétition entre familles", "Teriitehau Tehei"],
      [
        "Nous avons entendu des fidèles qui s’endettaient pour donner. Cela ne peut pas être la " +
          "volonté de Dieu.",
        "Teriitehau Tehei",
      ],
      [
        "Des mamans viennent me voir en juin parce qu’elles n’ont plus de quoi payer l’électricité. " +
          "Le Me ne doit pas vider les maisons.",
        "Mareva Teuira",
      ],
      [
        "Certaines paroisses vivent uniquement du Me. Il faudra trouver d’autres ressources, c’est " +
          "certain",
        "Teriitehau Tehei",
      ],
      ["venue d’en haut", "un fidèle de Raiatea"],
      [
        "Chez nous, donner beaucoup, c’est un honneur. On ne va pas nous dire combien donner.",
        "un fidèle de Raiatea",
      ],
      ["un marqueur social autant que religieux", "Vaihere Lucas"],
      [
        "La publication des montants crée une pression énorme, surtout dans les petites îles où tout " +
          "le monde se connaît",
        "Vaihere Lucas",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "Yabiladi (Maroc), consommation : lectrice présentée avec deux-points puis citation " +
      "enchaînée, ministère « indique » en fragment après « qu’ », porte-parole d’armateur anonyme, " +
      "président d’association « selon » puis « poursuit-il », deux personnes du même nom, nom " +
      "d’opération et hashtag entre guillemets",
    todo:
      "«Nos marges n’ont pas augmenté. Ce sont les co…» goes to Un porte-parole d’un armateur " +
      "opérant, not un porte-parole d’un armateur opérant sur la ligne Algésiras-Tanger Med; " +
      "«captive» goes to Un porte-parole d’un armateur opérant, not Omar Amrani; «Les familles " +
      "n’ont pas le choix des dates : e…» goes to Un porte-parole d’un armateur opérant, not Omar " +
      "Amrani; «au moins six mois à l’avance» goes to l’Association des Marocains de Belgique, not " +
      "l’Association des Marocains de Belgique pour la défense des consommateurs",
    headline: "Opération Marhaba : les MRE dénoncent des billets de ferry « hors de prix »",
    paragraphs: [
      "À quelques semaines du lancement de l’opération « Marhaba 2026 », les Marocains résidant à " +
        "l’étranger (MRE) sont nombreux à s’indigner du prix des traversées entre l’Europe et le " +
        "Maroc. Sur les réseaux sociaux, le mot-dièse « #BoycottFerry » a été partagé des milliers " +
        "de fois.",
      "Installée à Lyon, Nadia Amrani a écrit à Yabiladi : « Pour deux adultes, trois enfants et une " +
        "voiture, on nous demande 1 480 euros l’aller-retour Sète-Tanger. C’est plus cher que l’avion " +
        "pour toute la famille. » Elle ajoute : « On veut rentrer voir nos parents, pas partir en " +
        "croisière. »",
      "Le ministère du Transport et de la Logistique assure qu’« un dialogue est engagé avec les " +
        "compagnies maritimes pour garantir des tarifs raisonnables durant la période estivale ». Il " +
        "n’a pas précisé si des plafonds seraient imposés.",
      "Un porte-parole d’un armateur opérant sur la ligne Algésiras-Tanger Med, qui a requis " +
        "l’anonymat, justifie les hausses par le coût du carburant et des nouvelles taxes carbone " +
        "européennes. « Nos marges n’ont pas augmenté. Ce sont les coûts qui ont explosé », " +
        "affirme-t-il.",
      "Une explication qui ne convainc pas Omar Amrani, président de l’Association des Marocains de " +
        "Belgique pour la défense des consommateurs, sans lien de parenté avec la lectrice lyonnaise. " +
        "Selon lui, les compagnies profitent d’une demande « captive ». « Les familles n’ont pas le " +
        "choix des dates : elles partent quand les enfants sont en vacances, et les prix doublent " +
        "précisément à ce moment-là », poursuit-il.",
      "L’association réclame la publication des grilles tarifaires « au moins six mois à l’avance » " +
        "et un tarif social pour les familles nombreuses.",
      "En 2025, plus de 3,4 millions de MRE avaient regagné le Maroc dans le cadre de l’opération, " +
        "selon la Fondation Mohammed V pour la solidarité.",
    ],
    quotes: [
      ["hors de prix", "les Marocains résidant à l’étranger"],
      [
        "Pour deux adultes, trois enfants et une voiture, on nous demande 1 480 euros " +
          "l’aller-retour Sète-Tanger. C’est plus cher que l’avion pour toute la famille.",
        "Nadia Amrani",
      ],
      ["On veut rentrer voir nos parents, pas partir en croisière.", "Nadia Amrani"],
      [
        "un dialogue est engagé avec les compagnies maritimes pour garantir des tarifs raisonnables " +
          "durant la période estivale",
        "Le ministère du Transport et de la Logistique",
      ],
      [
        "Nos marges n’ont pas augmenté. Ce sont les coûts qui ont explosé",
        "un porte-parole d’un armateur opérant sur la ligne Algésiras-Tanger Med",
      ],
      ["captive", "Omar Amrani"],
      [
        "Les familles n’ont pas le choix des dates : elles partent quand les enfants sont en " +
          "vacances, et les prix doublent précisément à ce moment-là",
        "Omar Amrani",
      ],
      [
        "au moins six mois à l’avance",
        "l’Association des Marocains de Belgique pour la défense des consommateurs",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "L’Inter (Côte d’Ivoire), justice : prévenu présenté avec deux-points puis « a-t-il " +
      "soutenu », victime par son âge, procureur « a requis » en fragment puis « le parquetier », " +
      "avocate avec « Me » avant le nom, président du tribunal qui interroge, nom de cabinet entre " +
      "guillemets",
    todo:
      "«Il nous a fait signer des contrats, avec des …» goes to Koffi Yao Fabrice, not Kouamé " + "N’Guessan",
    headline: "Bouaké : le faux recruteur de la mine d’Agbaou condamné à trois ans ferme",
    paragraphs: [
      "Le tribunal de première instance de Bouaké a condamné jeudi Koffi Yao Fabrice, 34 ans, à " +
        "trois ans d’emprisonnement ferme et 2 millions de francs CFA d’amende pour escroquerie. Il " +
        "promettait, contre 150 000 francs CFA, des emplois dans une mine d’or de la région " +
        "d’Agbaou, sous le nom d’un cabinet baptisé « Or Avenir Recrutement ».",
      "À la barre, le prévenu a nié toute intention frauduleuse : « J’avais réellement des contacts " +
        "à la mine. Ce sont eux qui ne m’ont plus répondu. » Interrogé par le président du tribunal " +
        "sur la destination des fonds, il a soutenu avoir « tout reversé aux intermédiaires ».",
      "« Quels intermédiaires ? Donnez-nous un seul nom », l’a pressé le juge Ouattara Lassina. Le " +
        "prévenu est resté silencieux.",
      "Parmi la vingtaine de victimes présentes à l’audience, Kouamé N’Guessan, 27 ans, diplômé en " +
        "géologie, a vendu sa moto pour payer les frais. « Il nous a fait signer des contrats, avec " +
        "des tampons. On y a cru parce qu’on voulait y croire », a-t-il témoigné.",
      "Le procureur de la République, Bamba Seydou, a requis quatre ans, dénonçant « une escroquerie " +
        "organisée qui exploite le désespoir des jeunes diplômés ». « Ce dossier n’est pas isolé. " +
        "Nous recevons chaque mois des plaintes de ce type », a ajouté le parquetier.",
      "L’avocate de la défense, Me Konan Adjoua Estelle, a plaidé la clémence pour un client " +
        "« sans antécédents » et « prêt à rembourser ». En vain. Le tribunal a également ordonné la " +
        "restitution des sommes versées aux 23 parties civiles.",
    ],
    quotes: [
      [
        "J’avais réellement des contacts à la mine. Ce sont eux qui ne m’ont plus répondu.",
        "Koffi Yao Fabrice",
      ],
      ["tout reversé aux intermédiaires", "Koffi Yao Fabrice"],
      ["Quels intermédiaires ? Donnez-nous un seul nom", "Ouattara Lassina"],
      [
        "Il nous a fait signer des contrats, avec des tampons. On y a cru parce qu’on voulait y " + "croire",
        "Kouamé N’Guessan",
      ],
      ["une escroquerie organisée qui exploite le désespoir des jeunes diplômés", "Bamba Seydou"],
      ["Ce dossier n’est pas isolé. Nous recevons chaque mois des plaintes de ce type", "Bamba Seydou"],
      ["sans antécédents", "Konan Adjoua Estelle"],
      ["prêt à rembourser", "Konan Adjoua Estelle"],
    ],
  }),
  withGuillemetSpacing("", {
    name:
      "Vivacité (Belgique), sport : citation au titre reprise mot pour mot dans le corps, " +
      "lauréate nommée après la citation puis « la Namuroise », entraîneur présenté avec " +
      "deux-points, deuxième par son âge « sourit-elle », organisateur en fragment, spectateur " +
      "anonyme, surnom et banderole entre guillemets, guillemets sans espace",
    todo:
      "«On n’avait plus vu une Belge gagner ici depui…» goes to un supporter, not un supporter venu " +
      "de Jambes",
    headline: "Cyclo-cross de la Citadelle : « J’ai roulé dans la boue de mon enfance »",
    paragraphs: [
      "Devant près de 15 000 spectateurs massés sur les pentes de la Citadelle, Manon Delvaux a " +
        "remporté dimanche la manche namuroise de la Coupe du monde de cyclo-cross, avec 22 secondes " +
        "d’avance sur la Néerlandaise Fem van der Linden.",
      "« J’ai roulé dans la boue de mon enfance », a lancé Manon Delvaux au micro de Vivacité, à " +
        "peine la ligne franchie. « Je m’entraînais ici le mercredi après l’école. Gagner chez moi, " +
        "devant ma famille, je n’osais même pas en rêver. »",
      "Partie prudemment, la Namuroise a fait la différence dans la descente des escaliers, au " +
        "quatrième tour. Son entraîneur, Didier Mathy, l’avait anticipé : « On savait que si elle " +
        "arrivait en tête dans les escaliers, personne ne la reprendrait. On a travaillé ce passage " +
        "tout l’automne. »",
      "Deuxième, Fem van der Linden, 24 ans, ne cachait pas sa déception. « J’ai glissé deux fois " +
        "dans la même descente. Contre une fille qui connaît chaque racine, ça ne pardonne pas », " +
        "sourit-elle.",
      "Pour l’organisateur, Benoît Lejeune, l’édition 2026 restera « la plus belle depuis la " +
        "création de l’épreuve ». Dans la foule, sous une banderole « Allez la Panthère de " +
        "Bouge ! », surnom de la coureuse, un supporter venu de Jambes résumait l’ambiance : « On " +
        "n’avait plus vu une Belge gagner ici depuis des années. C’est la fête au village. »",
      "Manon Delvaux prend la quatrième place du classement général de la Coupe du monde avant la " +
        "manche de Zonhoven, le week-end prochain.",
    ],
    quotes: [
      ["J’ai roulé dans la boue de mon enfance", "Manon Delvaux"],
      [
        "Je m’entraînais ici le mercredi après l’école. Gagner chez moi, devant ma famille, je " +
          "n’osais même pas en rêver.",
        "Manon Delvaux",
      ],
      [
        "On savait que si elle arrivait en tête dans les escaliers, personne ne la reprendrait. On " +
          "a travaillé ce passage tout l’automne.",
        "Didier Mathy",
      ],
      [
        "J’ai glissé deux fois dans la même descente. Contre une fille qui connaît chaque racine, " +
          "ça ne pardonne pas",
        "Fem van der Linden",
      ],
      ["la plus belle depuis la création de l’épreuve", "Benoît Lejeune"],
      [
        "On n’avait plus vu une Belge gagner ici depuis des années. C’est la fête au village.",
        "un supporter venu de Jambes",
      ],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Canal Alpha (Neuchâtel), santé : communiqué de l’hôpital en fragment, directrice générale " +
      "nommée avant la citation puis « selon la directrice », sage-femme anonyme, conseiller d’État " +
      "« a-t-il assuré » puis citation seule dans le paragraphe suivant, mère présentée avec " +
      "deux-points, pétition et slogan entre guillemets",
    todo: "«Touche pas à ma maternité» taken for a quote",
    headline: "La maternité de La Chaux-de-Fonds fermera la nuit dès le 1er mars",
    paragraphs: [
      "Le Réseau hospitalier neuchâtelois (RHNe) a annoncé mardi que la maternité du site de La " +
        "Chaux-de-Fonds n’accueillera plus d’accouchements entre 20 h et 7 h à partir du 1er mars. " +
        "Les futures mères seront orientées vers le site de Pourtalès, à Neuchâtel. Dans son " +
        "communiqué, le RHNe invoque « une pénurie aiguë de médecins anesthésistes et d’obstétriciens " +
        "de garde ».",
      "La directrice générale du RHNe, Sophie Vuilleumier, a défendu la mesure devant la presse. " +
        "« Nous préférons fermer la nuit plutôt que de risquer un accouchement sans anesthésiste " +
        "disponible. La sécurité des mères et des bébés passe avant tout », a-t-elle déclaré.",
      "La mesure est présentée comme provisoire. Elle sera réévaluée « dans six mois au plus tard », " +
        "selon la directrice.",
      "Dans le service, l’annonce a été reçue comme un coup dur. « On nous parle de provisoire depuis " +
        "trois ans. Chaque fois, c’est un pas de plus vers la fermeture », témoigne une sage-femme " +
        "du site, qui souhaite rester anonyme.",
      "Le conseiller d’État chargé de la santé, Laurent Favre-Bulle, a reconnu une situation " +
        "« insatisfaisante ». « Le Conseil d’État n’a aucune intention de fermer la maternité des " +
        "Montagnes. Nous cherchons des solutions avec les cantons voisins pour le recrutement », " +
        "a-t-il assuré.",
      "« Mais personne ne fabrique des anesthésistes en six mois. »",
      "Enceinte de sept mois, Léa Jeanneret habite au Locle : « Si ça se déclenche à 2 heures du " +
        "matin en février, avec la neige sur la Vue-des-Alpes, je fais comment ? » Elle a signé la " +
        "pétition « Touche pas à ma maternité », qui a déjà recueilli 8 000 signatures en " +
        "trois jours.",
    ],
    quotes: [
      [
        "une pénurie aiguë de médecins anesthésistes et d’obstétriciens de garde",
        "Le Réseau hospitalier neuchâtelois",
      ],
      [
        "Nous préférons fermer la nuit plutôt que de risquer un accouchement sans anesthésiste " +
          "disponible. La sécurité des mères et des bébés passe avant tout",
        "Sophie Vuilleumier",
      ],
      ["dans six mois au plus tard", "Sophie Vuilleumier"],
      [
        "On nous parle de provisoire depuis trois ans. Chaque fois, c’est un pas de plus vers la " +
          "fermeture",
        "une sage-femme du site",
      ],
      ["insatisfaisante", "Laurent Favre-Bulle"],
      [
        "Le Conseil d’État n’a aucune intention de fermer la maternité des Montagnes. Nous cherchons " +
          "des solutions avec les cantons voisins pour le recrutement",
        "Laurent Favre-Bulle",
      ],
      ["Mais personne ne fabrique des anesthésistes en six mois.", "Laurent Favre-Bulle"],
      [
        "Si ça se déclenche à 2 heures du matin en février, avec la neige sur la Vue-des-Alpes, je " +
          "fais comment ?",
        "Léa Jeanneret",
      ],
    ],
  }),
  withGuillemetSpacing(NARROW_NO_BREAK_SPACE, {
    name:
      "La Voix de l’Ain, faits divers : capitaine de gendarmerie avec grade avant le nom puis " +
      "« l’officier », citation coupée par « explique-t-il », procureur « selon » en fragment, " +
      "victime par son âge avec deux-points, maire « estime l’élu », voisine anonyme, surnom de la " +
      "bande entre guillemets",
    headline: "Bresse : la bande des cambriolages en série interpellée à l’aube",
    paragraphs: [
      "Quatre hommes âgés de 19 à 31 ans ont été interpellés mardi à 6 heures à Bourg-en-Bresse et " +
        "à Viriat par les gendarmes de la compagnie de Bourg, appuyés par le PSIG. Ils sont " +
        "soupçonnés d’une trentaine de cambriolages commis depuis septembre dans des communes de la " +
        "Bresse, de Montrevel-en-Bresse à Saint-Trivier-de-Courtes.",
      "« Ils repéraient les maisons isolées en journée, puis revenaient le soir, quand les volets " +
        "restaient ouverts », explique le capitaine Arnaud Perrichon, commandant de la compagnie. " +
        "« Les bijoux partaient dans la semaine, revendus à Lyon. »",
      "L’enquête, ouverte en octobre, a notamment reposé sur l’analyse de la téléphonie et des " +
        "images de vidéoprotection. « C’est un travail de fourmi de trois mois », souligne " +
        "l’officier.",
      "Selon le procureur de la République de Bourg-en-Bresse, Stéphane Merle, les suspects ont " +
        "« reconnu une partie des faits » en garde à vue. Ils devaient être présentés jeudi à un juge " +
        "d’instruction. Le préjudice total est estimé à plus de 200 000 euros.",
      "À Foissiat, Gisèle Brevet, 78 ans, avait été cambriolée un soir de novembre pendant qu’elle " +
        "était chez sa fille : « Ils ont pris l’alliance de mon mari, c’est tout ce que j’avais de " +
        "lui. L’argent, je m’en moque, mais ça, je voudrais le retrouver. »",
      "Le maire de Foissiat, Christian Grandjean, salue l’efficacité des enquêteurs. « Les gens " +
        "n’osaient plus partir de chez eux, même pour un week-end », estime l’élu, qui avait " +
        "organisé une réunion publique avec la gendarmerie en décembre.",
      "Dans le lotissement des Charmes, une voisine de la septuagénaire se dit soulagée mais " +
        "prudente : « On a installé des détecteurs partout. On ne les enlèvera pas. » Les habitants " +
        "avaient surnommé les cambrioleurs « la bande du soir ».",
    ],
    quotes: [
      [
        "Ils repéraient les maisons isolées en journée, puis revenaient le soir, quand les volets " +
          "restaient ouverts",
        "Arnaud Perrichon",
      ],
      ["Les bijoux partaient dans la semaine, revendus à Lyon.", "Arnaud Perrichon"],
      ["C’est un travail de fourmi de trois mois", "Arnaud Perrichon"],
      ["reconnu une partie des faits", "Stéphane Merle"],
      [
        "Ils ont pris l’alliance de mon mari, c’est tout ce que j’avais de lui. L’argent, je m’en " +
          "moque, mais ça, je voudrais le retrouver.",
        "Gisèle Brevet",
      ],
      ["Les gens n’osaient plus partir de chez eux, même pour un week-end", "Christian Grandjean"],
      ["On a installé des détecteurs partout. On ne les enlèvera pas.", "une voisine de la septuagénaire"],
    ],
  }),
  withGuillemetSpacing(NO_BREAK_SPACE, {
    name:
      "Flash Infos (Mayotte), intempéries : préfecture par communiqué en fragment, Météo-France " +
      "« indique » après « qu’ », maire nommé après la citation puis « a-t-il ajouté », habitante " +
      "présentée avec deux-points, officier des pompiers avec grade « précise le " +
      "lieutenant-colonel », Croix-Rouge par sa responsable, nom de dispositif entre guillemets",
    headline: "Koungou : deux glissements de terrain après des pluies diluviennes",
    paragraphs: [
      "Des pluies d’une rare intensité se sont abattues sur le nord de Grande-Terre dans la nuit de " +
        "dimanche à lundi, provoquant deux glissements de terrain dans la commune de Koungou, à " +
        "Majicavo et à Trévani. Une femme de 52 ans a été légèrement blessée et une quinzaine de " +
        "cases en tôle ont été emportées.",
      "Dans un communiqué diffusé lundi matin, la préfecture de Mayotte a appelé la population à " +
        "« éviter tout déplacement non indispensable » et à « s’éloigner des talus et des " +
        "ravines ». Le dispositif « ORSEC inondations » a été déclenché.",
      "Météo-France indique qu’il est tombé « 187 millimètres en six heures » au pluviomètre de " +
        "Kangani, soit l’équivalent d’un mois de pluie en saison humide.",
      "« Ces quartiers sont construits sur des pentes que rien ne retient. On le répète à chaque " +
        "saison des pluies », a réagi le maire de Koungou, Assani Saindou Bamcolo. « Il faudra bien, " +
        "un jour, reloger ces familles ailleurs », a-t-il ajouté.",
      "À Majicavo, Mariama Ahamadi a tout perdu : « J’ai entendu un grondement, comme un camion. J’ai " +
        "pris les enfants et on est sortis. Deux minutes après, la maison n’était plus là. »",
      "Les sapeurs-pompiers ont effectué une quarantaine d’interventions. « Le sol reste gorgé d’eau " +
        "et de nouveaux mouvements ne sont pas exclus », précise le lieutenant-colonel Ibrahim " +
        "Madi, du SDIS de Mayotte.",
      "Une trentaine de personnes ont été hébergées au gymnase de Koungou. La responsable de la " +
        "Croix-Rouge à Mayotte, Zaïnaba Houmadi, lance un appel aux dons de matelas et de produits " +
        "d’hygiène : « Les familles sont arrivées avec ce qu’elles portaient sur elles. »",
    ],
    quotes: [
      ["éviter tout déplacement non indispensable", "la préfecture de Mayotte"],
      ["s’éloigner des talus et des ravines", "la préfecture de Mayotte"],
      ["187 millimètres en six heures", "Météo-France"],
      [
        "Ces quartiers sont construits sur des pentes que rien ne retient. On le répète à chaque " +
          "saison des pluies",
        "Assani Saindou Bamcolo",
      ],
      ["Il faudra bien, un jour, reloger ces familles ailleurs", "Assani Saindou Bamcolo"],
      [
        "J’ai entendu un grondement, comme un camion. J’ai pris les enfants et on est sortis. Deux " +
          "minutes après, la maison n’était plus là.",
        "Mariama Ahamadi",
      ],
      ["Le sol reste gorgé d’eau et de nouveaux mouvements ne sont pas exclus", "Ibrahim Madi"],
      ["Les familles sont arrivées avec ce qu’elles portaient sur elles.", "Zaïnaba Houmadi"],
    ],
  }),
];

runArticles("fr", ARTICLES);
