// Composed Dutch and Flemish news articles, the first round for Dutch, in the styles of NOS (straight
// '…' marks, a minister at a press conference, "aldus"), de Volkskrant and NRC (‘…’ marks: a strike
// reported from the square, company results with an analyst and a union), HLN (Belgium: "…" marks, a
// fire and its witnesses) and De Standaard (Belgian politics in the Chamber). Every article was written
// before the engine was run on it; the speakers follow corpus/GUIDELINES.md.
import { runArticles } from "./battery.helpers.ts";

runArticles("nl", [
  {
    name: "NOS, politiek: citaat in de kop, zei X op een persconferentie, sprak van, noemt, zegt ze, aldus",
    todo: "“Sofie” is not completed to “Sofie de Graaf” named before",
    headline: "Kabinet wil asielinstroom beperken: 'Het is nu echt nodig'",
    paragraphs: [
      "Het kabinet wil het aantal asielaanvragen de komende jaren fors terugdringen. Minister van Asiel " +
        "en Migratie Karin Veldkamp presenteerde vandaag haar plannen in Den Haag.",
      "'Het is nu echt nodig. De opvang zit overvol en gemeenten kunnen het niet meer aan', zei " +
        "Veldkamp op een persconferentie.",
      "Volgens de minister moeten de maatregelen binnen een jaar effect hebben. Ze sprak van een " +
        "'noodzakelijke koerswijziging'.",
      "De oppositie is kritisch. GroenLinks-PvdA-Kamerlid Sofie de Graaf noemt de plannen " +
        "'symboolpolitiek'. 'Er komt geen asielzoeker minder door, alleen meer ellende', zegt ze.",
      "Ook de Vereniging van Nederlandse Gemeenten reageert afwijzend. 'Wij worden opnieuw niet " +
        "betrokken bij besluiten die ons direct raken', aldus voorzitter Jan van Dijk.",
      "Vluchtelingenwerk Nederland noemt het plan in een verklaring 'juridisch onhaalbaar'.",
    ],
    quotes: [
      ["Het is nu echt nodig", "Karin Veldkamp"],
      ["Het is nu echt nodig. De opvang zit overvol en gemeenten kunnen het niet meer aan", "Karin Veldkamp"],
      ["noodzakelijke koerswijziging", "Karin Veldkamp"],
      ["symboolpolitiek", "Sofie de Graaf"],
      ["Er komt geen asielzoeker minder door, alleen meer ellende", "Sofie de Graaf"],
      ["Wij worden opnieuw niet betrokken bij besluiten die ons direct raken", "Jan van Dijk"],
      ["juridisch onhaalbaar", "Vluchtelingenwerk Nederland"],
    ],
  },
  {
    name: "de Volkskrant, staking: ‘…’, zegt X (34), docent; zegt hij; liet weten; zei voorzitter X",
    headline: "Leraren in Rotterdam staken: ‘We zijn het zat’",
    standfirst:
      "Duizenden leraren legden donderdag het werk neer. Op het Schouwburgplein klonk vooral boosheid " +
      "over de werkdruk.",
    paragraphs: [
      "‘We zijn het gewoon zat’, zegt Fatima El Amrani (34), docent Nederlands op een vmbo-school in " +
        "Rotterdam-Zuid. ‘Ik heb klassen van dertig leerlingen en geen tijd om ze echt te helpen.’",
      "Naast haar staat collega Pieter Bos, al 25 jaar leraar. Hij is vooral boos over de bezuinigingen. " +
        "‘Elke keer beloven ze beterschap, en elke keer wordt het erger’, zegt hij.",
      "Onderwijsminister Eline Kuipers liet in een reactie weten ‘begrip’ te hebben voor de actie. Maar " +
        "extra geld is er volgens haar niet: ‘De ruimte in de begroting is beperkt.’",
      "De Algemene Onderwijsbond (AOb), die de staking organiseerde, dreigt met vervolgacties. ‘Als het " +
        "kabinet niet beweegt, gaan we in het voorjaar opnieuw staken’, zei AOb-voorzitter Ruud Smeets.",
      "Niet iedereen steunt de staking. Een ouder bij een basisschool in Kralingen vindt het " +
        "‘onverantwoord’ dat kinderen weer thuis zitten.",
    ],
    quotes: [
      ["We zijn het zat", "Fatima El Amrani"],
      ["We zijn het gewoon zat", "Fatima El Amrani"],
      ["Ik heb klassen van dertig leerlingen en geen tijd om ze echt te helpen.", "Fatima El Amrani"],
      ["Elke keer beloven ze beterschap, en elke keer wordt het erger", "Pieter Bos"],
      ["begrip", "Eline Kuipers"],
      ["De ruimte in de begroting is beperkt.", "Eline Kuipers"],
      ["Als het kabinet niet beweegt, gaan we in het voorjaar opnieuw staken", "Ruud Smeets"],
      ["onverantwoord", "Een ouder"],
    ],
  },
  {
    name: "NRC, economie: zei topman X in een toelichting, volgens hem, zegt analist X van ING, aldus",
    headline: "Chipmachinemaker Lumitec verlaagt prognose na tegenvallende orders uit China",
    paragraphs: [
      "Chipmachinefabrikant Lumitec verwacht dit jaar minder omzet dan eerder voorspeld. Dat maakte het " +
        "bedrijf woensdag bekend bij de presentatie van de kwartaalcijfers.",
      "‘De vraag uit China is sneller afgekoeld dan we hadden verwacht’, zei topman Erik Janssen in een " +
        "toelichting. Volgens hem is de terugval ‘tijdelijk’.",
      "Analisten zijn minder optimistisch. ‘Het bedrijf onderschat hoe lang de Amerikaanse " +
        "exportbeperkingen blijven gelden’, zegt analist Martijn de Boer van ING.",
      "Het aandeel Lumitec verloor op de beurs in Amsterdam ruim 8 procent.",
      "Minister van Economische Zaken Hanneke Vos noemde de cijfers ‘zorgelijk’ voor de Brainport-regio. " +
        "‘We moeten zorgen dat deze kennis in Nederland blijft’, zei ze tegen NRC.",
      "Vakbond FNV vreest voor banen. ‘Bij vorige dips waren het altijd de uitzendkrachten die als " +
        "eerste moesten vertrekken’, aldus bestuurder Joyce Kramer.",
    ],
    quotes: [
      ["De vraag uit China is sneller afgekoeld dan we hadden verwacht", "Erik Janssen"],
      ["tijdelijk", "Erik Janssen"],
      ["Het bedrijf onderschat hoe lang de Amerikaanse exportbeperkingen blijven gelden", "Martijn de Boer"],
      ["zorgelijk", "Hanneke Vos"],
      ["We moeten zorgen dat deze kennis in Nederland blijft", "Hanneke Vos"],
      [
        "Bij vorige dips waren het altijd de uitzendkrachten die als eerste moesten vertrekken",
        "Joyce Kramer",
      ],
    ],
  },
  {
    name: 'HLN, brand: "…" in de kop, vertelt buurman X (58), zegt woordvoerder, verklaarde ze, zucht hij',
    headline: 'Brand verwoest loods in Lokeren: "De vlammen sloegen meters hoog"',
    paragraphs: [
      "In Lokeren is zondagavond een grote brand uitgebroken in een loods van een transportbedrijf. " +
        "Niemand raakte gewond, maar de schade is enorm.",
      '"Ik hoorde een knal en toen zag ik de vlammen. Die sloegen meters hoog", vertelt buurman Marc Van ' +
        'Damme (58). "Ik heb meteen de brandweer gebeld."',
      'De brandweer van zone Oost was met tientallen manschappen ter plaatse. "Het vuur was snel onder ' +
        'controle, maar de loods is volledig vernield", zegt woordvoerder Kris De Smet.',
      "Omdat er veel rook vrijkwam, vroeg de gemeente de buurtbewoners om ramen en deuren te sluiten. " +
        'Burgemeester Ann De Wilde: "We hebben geen enkel risico willen nemen."',
      'Zaakvoerder Steven Peeters is er het hart van in. "Dertig jaar werk, in één avond weg", zucht hij.',
      "Het parket van Oost-Vlaanderen stelde een branddeskundige aan. Over de oorzaak is nog niets bekend.",
    ],
    quotes: [
      ["De vlammen sloegen meters hoog", "Marc Van Damme"],
      ["Ik hoorde een knal en toen zag ik de vlammen. Die sloegen meters hoog", "Marc Van Damme"],
      ["Ik heb meteen de brandweer gebeld.", "Marc Van Damme"],
      ["Het vuur was snel onder controle, maar de loods is volledig vernield", "Kris De Smet"],
      ["We hebben geen enkel risico willen nemen.", "Ann De Wilde"],
      ["Dertig jaar werk, in één avond weg", "Steven Peeters"],
    ],
  },
  {
    name: "De Standaard, Kamer: premier in de kop, reageerde X, wil ‘…’, antwoordde de premier, Planbureau",
    headline: "Premier Verstraete: ‘Pensioenhervorming is onvermijdelijk’",
    paragraphs: [
      "Premier Luc Verstraete (N-VA) heeft in de Kamer de omstreden pensioenhervorming verdedigd. ‘Wie " +
        "vandaag niet hervormt, laat de rekening aan zijn kinderen’, zei hij donderdag tijdens het " +
        "vragenuurtje.",
      "De vakbonden zien dat anders. ‘Dit is een aanval op iedereen die een zwaar beroep uitoefent’, " +
        "reageerde ABVV-voorzitter Nadia Lambert.",
      "Ook binnen de meerderheid klinkt gemor. Vooruit-fractieleider Kris Van Acker wil ‘garanties voor " +
        "wie een lange loopbaan heeft’.",
      "Verstraete liet zich niet uit zijn lood slaan. Of hij nog wil onderhandelen? ‘De deur staat altijd " +
        "open, maar de richting ligt vast’, antwoordde de premier.",
      "Het Planbureau berekende eerder dat de hervorming tegen 2030 ‘ongeveer 2 miljard euro’ oplevert.",
      "De vakbonden plannen op 14 maart een nationale betoging in Brussel.",
    ],
    quotes: [
      ["Pensioenhervorming is onvermijdelijk", "Luc Verstraete"],
      ["Wie vandaag niet hervormt, laat de rekening aan zijn kinderen", "Luc Verstraete"],
      ["Dit is een aanval op iedereen die een zwaar beroep uitoefent", "Nadia Lambert"],
      ["garanties voor wie een lange loopbaan heeft", "Kris Van Acker"],
      ["De deur staat altijd open, maar de richting ligt vast", "Luc Verstraete"],
      ["ongeveer 2 miljard euro", "Het Planbureau"],
    ],
  },
]);
