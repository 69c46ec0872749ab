// A thirty-eighth round of composed English news articles, in the styles of outlets and beats the
// first thirty-seven rounds did not use: The Berkshire Eagle on a rental registry vote before the
// Pittsfield City Council, the Tipperary Star at a diesel theft case in Thurles District Court, The Hans
// India on a chilli price crash at the Guntur Mirchi Yard, the Cape Argus on a delay to Metrorail's
// Central Line, Barbados TODAY on a rise in the electricity fuel charge, SunStar Cebu on the Walk with
// Jesus procession of the Fiesta Señor, the Cape Breton Post after an Eagles overtime win, the Swindon
// Advertiser on two men charged over e-bike thefts, The Northern Star (Lismore) on evacuation orders as
// the Wilsons River rises and the Bay of Plenty Times on a seagrass study in Tauranga Harbour. Every
// article was written for these tests, blind, before the engine was run on them. Expected speakers
// follow the corpus guidelines: the fullest name the article gives, a body or a document as written, an
// unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Berkshire Eagle, local politics: curly quotes, a capitalised dateline, a councilor's " +
      "partial then the Ward 4 councilor said, the mayor's one-word partial, a landlord after " +
      "a split quote with said Name, who owns, a councilor's partial, a tenant organizer with a " +
      "colon, the ordinance that states, a program's brand name in marks",
    headline: "Pittsfield council approves rental registry, inspections",
    paragraphs: [
      "PITTSFIELD — The City Council voted 8-3 Tuesday night to create a registry of the city’s " +
        "roughly 9,000 rental units, requiring landlords to pay a $40 annual fee per unit and open " +
        "their buildings to inspection every five years.",
      "Ward 4 Councilor Dina Lampiasi, who sponsored the ordinance, said the city had been “flying " +
        "blind” on housing conditions. “We know more about the dogs in this city than we do about " +
        "the apartments,” the Ward 4 councilor said.",
      "Mayor Peter Marchetti, who has said he will sign the measure, called it “overdue.” He said " +
        "the fee would pay for two new inspectors in the Health Department.",
      "“Forty dollars a unit doesn’t sound like much until you own 30 units in a building that’s " +
        "110 years old,” said Ronald Gigliotti, who owns three apartment houses on the West Side. " +
        "“Guess who ends up paying it. The tenant.”",
      "Councilor at large Karen Kalinowsky, who voted against the ordinance, said it treated " +
        "“every landlord like a slumlord.”",
      "Tenant organizer Maria Ortega of Berkshire Housing Justice spoke during open microphone: " +
        "“I have families living with mold in the kids’ bedroom who are afraid to call the city " +
        "because they think they’ll be evicted.”",
      "The ordinance states that no inspection may be used “as grounds for the termination of a " +
        "tenancy,” a provision added in committee last month.",
      "The program, which City Hall has branded “Safe at Home Pittsfield,” takes effect July 1.",
    ],
    quotes: [
      ["flying blind", "Dina Lampiasi"],
      ["We know more about the dogs in this city than we do about the apartments,", "Dina Lampiasi"],
      ["overdue.", "Peter Marchetti"],
      [
        "Forty dollars a unit doesn’t sound like much until you own 30 units in a building that’s " +
          "110 years old,",
        "Ronald Gigliotti",
      ],
      ["Guess who ends up paying it. The tenant.", "Ronald Gigliotti"],
      ["every landlord like a slumlord.", "Karen Kalinowsky"],
      [
        "I have families living with mold in the kids’ bedroom who are afraid to call the city " +
          "because they think they’ll be evicted.",
        "Maria Ortega",
      ],
      ["as grounds for the termination of a tenancy,", "The ordinance"],
    ],
  },
  {
    name:
      "Tipperary Star, courts: straight quotes, a Garda sergeant then Sgt Surname said, the " +
      "defending solicitor's partial then a quote split by Ms Surname said, a probation report's " +
      "partial, the accused's father sharing his surname then he replied, Judge Name's partial " +
      "then the judge said, an unnamed injured party with a colon",
    todo:
      "«I'm glad I got the money back. I'm not glad I…» goes to One of the injured parties, not a " +
      "dairy farmer from Littleton",
    headline: "Holycross man siphoned 900 litres of diesel from farmyards",
    paragraphs: [
      "A 34-year-old Holycross man who siphoned almost 900 litres of agricultural diesel from " +
        "three farmyards has been given a four-month suspended sentence at Thurles District Court.",
      "Declan Fogarty, of Ballycahill Road, Holycross, pleaded guilty to three counts of theft at " +
        "farms in Holycross and Littleton between January and March of this year.",
      "Garda Sergeant Aidan Ryan told the court that Mr Fogarty was identified from CCTV footage " +
        'at one of the farms. "He was seen on camera filling drums from a tank at 3am, with the ' +
        'registration of his van clearly visible," Sgt Ryan said.',
      "Defending solicitor Siobhán Crowe said her client had been out of work since a back injury " +
        'and had "made a very foolish decision at a very low point." "He has since paid back every ' +
        'cent, €1,150 in total," Ms Crowe said, "and he has written to each of the farmers to ' +
        'apologise."',
      'A probation report handed into court described Mr Fogarty as "at low risk of reoffending."',
      "The accused's father, Michael Fogarty, who attended court, was asked by Judge Áine " +
        'Hennessy if he would vouch for his son. "I will, Judge. He knows what he did was wrong," ' +
        "he replied.",
      'Judge Hennessy said theft from farms was "a scourge in rural Tipperary" and farmers were ' +
        'entitled to feel safe in their own yards. "Were it not for the restitution and the early ' +
        'plea, this would have been a custodial sentence," the judge said.',
      "One of the injured parties, a dairy farmer from Littleton who did not wish to be named, " +
        "said afterwards: \"I'm glad I got the money back. I'm not glad I had to put up cameras.\"",
    ],
    quotes: [
      [
        "He was seen on camera filling drums from a tank at 3am, with the registration of his van " +
          "clearly visible,",
        "Aidan Ryan",
      ],
      ["made a very foolish decision at a very low point.", "Siobhán Crowe"],
      ["He has since paid back every cent, €1,150 in total,", "Siobhán Crowe"],
      ["and he has written to each of the farmers to apologise.", "Siobhán Crowe"],
      ["at low risk of reoffending.", "A probation report"],
      ["I will, Judge. He knows what he did was wrong,", "Michael Fogarty"],
      ["a scourge in rural Tipperary", "Áine Hennessy"],
      [
        "Were it not for the restitution and the early plea, this would have been a custodial " + "sentence,",
        "Áine Hennessy",
      ],
      [
        "I'm glad I got the money back. I'm not glad I had to put up cameras.",
        "a dairy farmer from Littleton",
      ],
    ],
  },
  {
    name:
      "The Hans India, agriculture: straight quotes, a dateline with a colon, a farmer by name " +
      "and village then he alleged, two Reddys, the AMC chairman then the AMC chairman said, " +
      "according to the Spices Board then the Board's bulletin partial, a merchants' association " +
      "president with a colon, a minister with an initial then he said, a union leader then she " +
      "warned, an organisation's name in marks",
    todo:
      "«The yard follows the e-NAM system and bids ar…» goes to the AMC chairman, not Venkata " +
      "Ramana Reddy; «unprecedented stocks» goes to The Board in its latest bulletin, not the " +
      "Spices Board",
    headline: "Chilli prices crash at Guntur Mirchi Yard, farmers stage protest",
    paragraphs: [
      "Guntur: Chilli farmers staged a protest at the Guntur Mirchi Yard on Monday after prices " +
        "of the popular Teja variety fell to Rs 9,500 per quintal, nearly half of what they " +
        "fetched at the same time last year. The farmers came in a tractor rally organised by the " +
        '"Mirchi Rythu Porata Samithi".',
      "Koteswara Reddy, a farmer from Medikonduru who brought 40 bags to the yard, said he had " +
        'spent Rs 1.6 lakh per acre on cultivation this season. "At this price I cannot even pay ' +
        "the labourers who picked the crop. The traders are fixing the rates among " +
        'themselves," he alleged.',
      "Guntur Agricultural Market Committee (AMC) chairman Venkata Ramana Reddy denied the " +
        'charge. "The yard follows the e-NAM system and bids are open. Prices are falling ' +
        'because exports to China and Bangladesh have slowed," the AMC chairman said.',
      "According to the Spices Board, chilli exports in the April-September period fell by 18 " +
        "per cent over the previous year. The Board in its latest bulletin said cold storages in " +
        'the State were holding "unprecedented stocks" of the 2024-25 crop.',
      "Guntur Mirchi Merchants Association president Ashok Kumar Jain said traders were also " +
        'losing money: "We bought at high prices last year and are still sitting on that stock. ' +
        'Nobody is making profits in this market."',
      "Agriculture Minister P. Srinivasa Rao, who spoke to reporters in Amaravati, said the " +
        "government would request the Centre to include chilli under the Market Intervention " +
        'Scheme. "We will not leave the farmers to the mercy of the market," he said.',
      "Rythu Sangham district secretary Pasupuleti Lakshmi said the protest would continue. " +
        '"If the government does not fix a minimum price of Rs 15,000, we will lock the yard on ' +
        'Thursday," she warned.',
    ],
    quotes: [
      [
        "At this price I cannot even pay the labourers who picked the crop. The traders are " +
          "fixing the rates among themselves,",
        "Koteswara Reddy",
      ],
      [
        "The yard follows the e-NAM system and bids are open. Prices are falling because exports " +
          "to China and Bangladesh have slowed,",
        "Venkata Ramana Reddy",
      ],
      ["unprecedented stocks", "the Spices Board"],
      [
        "We bought at high prices last year and are still sitting on that stock. Nobody is making " +
          "profits in this market.",
        "Ashok Kumar Jain",
      ],
      ["We will not leave the farmers to the mercy of the market,", "P. Srinivasa Rao"],
      [
        "If the government does not fix a minimum price of Rs 15,000, we will lock the yard on " +
          "Thursday,",
        "Pasupuleti Lakshmi",
      ],
    ],
  },
  {
    name:
      "Cape Argus, transport: straight quotes, a Prasa regional manager then Surname said, a " +
      "standalone paragraph continuing her after a she-said paragraph, a commuter introduced " +
      "with a colon, a mayco member split by said Surname, a lobby group's statement partial, " +
      "a taxi marshal known by his first name then he said",
    headline: "Central Line full reopening pushed to March",
    paragraphs: [
      "The full reopening of Metrorail's Central Line to Kapteinsklip and Chris Hani has been " +
        "pushed back to March, leaving thousands of commuters in Khayelitsha and Mitchells Plain " +
        "dependent on taxis for another summer.",
      "Prasa Western Cape regional manager Nomvula Mbatha said cable theft and vandalism on the " +
        "section between Nyanga and Philippi had set the project back by at least three months. " +
        '"Every time we replace a kilometre of cable, somebody steals it the following week. We ' +
        'have had 14 incidents since August," Mbatha said.',
      "She said the agency had deployed drones and additional security guards along the line.",
      '"We are not going to give a date and then break it again. When we say March, we mean ' + 'March."',
      "For commuters such as Thandeka Nqoro, a domestic worker from Site C, the delay means " +
        'spending almost a third of her wages on transport: "I pay R52 a day for two taxis. On ' +
        'the train my monthly ticket was R180."',
      "Mayco member for urban mobility Willem Hendricks said the City had offered to take over " +
        'the management of the line. "The City stands ready to run this railway," said ' +
        'Hendricks. "Prasa has had five years."',
      'The United Commuter Voice, a lobby group, said in a statement the delay was "a slap in ' +
        'the face of working people" and called on the national Department of Transport to ' +
        "intervene.",
      "A taxi marshal at the Khayelitsha rank, who would only give his first name, Sipho, laughed " +
        'when asked about the train. "The train? We have been hearing about the train since ' +
        '2019," he said.',
    ],
    quotes: [
      [
        "Every time we replace a kilometre of cable, somebody steals it the following week. We " +
          "have had 14 incidents since August,",
        "Nomvula Mbatha",
      ],
      [
        "We are not going to give a date and then break it again. When we say March, we mean March.",
        "Nomvula Mbatha",
      ],
      ["I pay R52 a day for two taxis. On the train my monthly ticket was R180.", "Thandeka Nqoro"],
      ["The City stands ready to run this railway,", "Willem Hendricks"],
      ["Prasa has had five years.", "Willem Hendricks"],
      ["a slap in the face of working people", "The United Commuter Voice"],
      ["The train? We have been hearing about the train since 2019,", "Sipho"],
    ],
  },
  {
    name:
      "Barbados TODAY, consumer: curly quotes, a headline quote repeated in the body, a " +
      "pensioner by age and district after the quote and a verbless second, a utility's " +
      "statement with two partials, a regulator as the regulator, a consumer group's president " +
      "then Surname said, the minister with a title split by the minister said, a cashier " +
      "described by place then she said, a charge's name as a term",
    headline: "“I can’t eat the light bill”",
    standfirst: "Pensioners feel the pinch as fuel charge climbs to highest level since 2022",
    paragraphs: [
      "Householders will pay on average $18 more on their electricity bills this month after the " +
        "fuel clause adjustment (FCA) rose to 41.6 cents per kilowatt hour, the highest level " +
        "since 2022.",
      "“I can’t eat the light bill,” said 74-year-old Doreen Alleyne of Ellerton, St George, who " +
        "showed Barbados TODAY a bill of $287 for a two-bedroom house. “I turn off the fridge at " +
        "night now. What else I could do?”",
      "In a statement, the Barbados Light & Power Company Limited (BL&P) said the increase reflected " +
        "“higher fuel oil prices on the international market and the timing of shipments”, and " +
        "that the company made “no profit whatsoever” on the fuel charge.",
      "The Fair Trading Commission (FTC) confirmed it had reviewed the calculation. The regulator " +
        "said it was “satisfied that the adjustment was applied in accordance with the approved " +
        "methodology”.",
      "President of the Barbados Consumer Research Organisation (BARCRO) Patricia Harewood said " +
        "families were being squeezed from every side. “Food up, light up, water up. Salaries " +
        "not up,” Harewood said.",
      "Minister of Energy Dr Kerry-Ann Yearwood told reporters at Government Headquarters that " +
        "Cabinet was considering a temporary cut in VAT on electricity. “Nothing is off the " +
        "table,” the minister said. “But any relief has to be targeted at those who need it most.”",
      "A cashier at a supermarket in Warrens, who did not want to be named, said customers had " +
        "been cutting back. “People coming with a list and a calculator now,” she said.",
    ],
    quotes: [
      ["I can’t eat the light bill,", "Doreen Alleyne"],
      ["I turn off the fridge at night now. What else I could do?", "Doreen Alleyne"],
      [
        "higher fuel oil prices on the international market and the timing of shipments",
        "the Barbados Light & Power Company Limited",
      ],
      ["no profit whatsoever", "the Barbados Light & Power Company Limited"],
      [
        "satisfied that the adjustment was applied in accordance with the approved methodology",
        "The Fair Trading Commission",
      ],
      ["Food up, light up, water up. Salaries not up,", "Patricia Harewood"],
      ["Nothing is off the table,", "Kerry-Ann Yearwood"],
      ["But any relief has to be targeted at those who need it most.", "Kerry-Ann Yearwood"],
      ["People coming with a list and a calculator now,", "A cashier at a supermarket in Warrens"],
    ],
  },
  {
    name:
      "SunStar Cebu, religion: straight quotes, a capitalised dateline, a standfirst quote " +
      "repeated in the body, the basilica rector with Fr. and OSA then Surname said and a " +
      "verbless second, a police general with his full rank, a devotee by age and barangay with " +
      "a colon, a disaster office's bulletin partial, the mayor's partial after he said, a " +
      "vendor after her quote, a hymn's title in marks",
    todo:
      "«bring water, wear comfortable footwear and av…» goes to Police Regional Office, not The " +
      "Cebu City Disaster Risk Reduction and Management Office",
    headline: "Over 1.5M devotees join Walk with Jesus",
    standfirst: 'Basilica rector: "The Santo Niño belongs to the people"',
    paragraphs: [
      "CEBU CITY — More than 1.5 million devotees joined the pre-dawn Walk with Jesus procession " +
        "on Thursday, Jan. 15, 2026, opening the novena masses of the 461st Fiesta Señor, " +
        "according to the Cebu City Police Office.",
      "Basilica Minore del Santo Niño rector Fr. Nilo Cabahug, OSA, said the crowd was larger " +
        'than last year\'s despite the rain. "The Santo Niño belongs to the people," Cabahug ' +
        'said. "They will come whether it rains or shines."',
      "Police Regional Office 7 director Police Brigadier General Ricardo Alingasa said no major " +
        'incident was recorded. "We had 4,800 police personnel on the ground. Apart from 37 people ' +
        'treated for fainting and minor injuries, the procession was peaceful," Alingasa said.',
      "Among the devotees was Marites Pepito, 63, from Barangay Tisa, who has joined the walk for " +
        '30 years: "I walked for my husband when he was sick. Now I walk to say thank you."',
      "The Cebu City Disaster Risk Reduction and Management Office (CDRRMO) said its medics " +
        "attended to 112 patients. In its bulletin, the office advised devotees attending the " +
        'Solemn Foot Procession on Saturday to "bring water, wear comfortable footwear and avoid ' +
        'bringing small children."',
      "Cebu City Mayor Dionisio Abellana said the city spent P18 million on the fiesta's security " +
        'and sanitation. He called the devotees "the most disciplined crowd in the country."',
      '"Sales are better than last year," said candle vendor Rosalie Tumulak, 52, who has sold ' +
        "candles outside the basilica since she was a teenager.",
      'The basilica choir led the singing of "Bato Balani sa Gugma" as the image of the Santo ' +
        "Niño returned to the basilica at 6 a.m.",
    ],
    quotes: [
      ["The Santo Niño belongs to the people,", "Nilo Cabahug"],
      ["They will come whether it rains or shines.", "Nilo Cabahug"],
      [
        "We had 4,800 police personnel on the ground. Apart from 37 people treated for fainting " +
          "and minor injuries, the procession was peaceful,",
        "Ricardo Alingasa",
      ],
      ["I walked for my husband when he was sick. Now I walk to say thank you.", "Marites Pepito"],
      [
        "bring water, wear comfortable footwear and avoid bringing small children.",
        "The Cebu City Disaster Risk Reduction and Management Office",
      ],
      ["the most disciplined crowd in the country.", "Dionisio Abellana"],
      ["Sales are better than last year,", "Rosalie Tumulak"],
    ],
  },
  {
    name:
      "Cape Breton Post, sport: straight quotes, a capitalised dateline, the scorer after his " +
      "quote with said Surname and a verbless second, the coach then Surname said, two MacNeil " +
      "brothers then the older MacNeil said, the losing coach's partial then he said, the league " +
      "in a statement, a season-ticket holder with a colon, a social media slogan in marks",
    headline: "Doucette's OT winner completes Eagles comeback",
    paragraphs: [
      "SYDNEY, N.S. — Liam Doucette scored 2:14 into overtime as the Cape Breton Eagles came from " +
        "two goals down to beat the Halifax Mooseheads 4-3 before 4,612 fans at Centre 200 on " +
        "Saturday night.",
      '"I just threw it on net and it found a way through," said Doucette, a 19-year-old forward ' +
        'from Chéticamp. "After we were down two, nobody on the bench quit."',
      "Eagles head coach Mathieu Gagnon said the turning point was a five-minute power play early " +
        'in the third period. "We talked about staying patient. We got one, then the building got ' +
        'loud and we got another," Gagnon said.',
      "Defenceman Nolan MacNeil had two assists, both on goals by his younger brother, Ryan " +
        'MacNeil. "He owes me a coffee," the older MacNeil said with a grin.',
      'Halifax head coach Steve Ostrander said his team "stopped skating" after the major ' +
        "penalty. \"That's on me. We weren't ready for a building like this,\" he said.",
      "The major was assessed to Halifax forward Cole Whitten for a hit to the head of Eagles " +
        "defenceman Jacob Lévesque, who did not return. The QMJHL said in a statement Sunday that " +
        'the play was "under review by the department of player safety."',
      "Longtime season-ticket holder Gerard Dunphy, 71, who has sat in Section 8 since the team " +
        "arrived from Sherbrooke in 1997, summed it up: \"That's the loudest I've heard this " +
        'place in 10 years."',
      "The win was the Eagles' fifth straight, a run the team's social media accounts have " +
        'dubbed "Fly Season."',
    ],
    quotes: [
      ["I just threw it on net and it found a way through,", "Liam Doucette"],
      ["After we were down two, nobody on the bench quit.", "Liam Doucette"],
      [
        "We talked about staying patient. We got one, then the building got loud and we got " + "another,",
        "Mathieu Gagnon",
      ],
      ["He owes me a coffee,", "Nolan MacNeil"],
      ["stopped skating", "Steve Ostrander"],
      ["That's on me. We weren't ready for a building like this,", "Steve Ostrander"],
      ["under review by the department of player safety.", "The QMJHL"],
      ["That's the loudest I've heard this place in 10 years.", "Gerard Dunphy"],
    ],
  },
  {
    name:
      "Swindon Advertiser, police: curly quotes, a detective inspector then DI Surname said " +
      "across a split, her partial after she urged, a delivery rider then the 24-year-old " +
      "said, a councillor's partial, a Neighbourhood Watch coordinator with a colon, a police " +
      "spokesman with a colon, an operation's name in marks",
    headline: "Two men charged after spate of e-bike thefts",
    paragraphs: [
      "Two men have been charged after more than 20 electric bikes were stolen from sheds and " +
        "garages across Swindon in the space of six weeks.",
      "Kieran Walsh, 27, of Penhill, and Daniel Marsh, 31, of no fixed abode, appeared before " +
        "Swindon Magistrates’ Court on Monday charged with conspiracy to burgle. They were " +
        "remanded in custody to appear at Swindon Crown Court next month.",
      "Detective Inspector Hannah Loveday, of Wiltshire Police, said officers had recovered 14 of " +
        "the bikes from a lock-up in Stratton. “These were not opportunistic thefts,” DI Loveday " +
        "said. “Sheds were being watched, and bikes were being taken to order.”",
      "She urged owners to register their bikes and fit ground anchors, describing a cheap cable " +
        "lock as “an invitation”.",
      "Delivery rider Tomasz Nowak, whose £1,400 bike was taken from his garden in Rodbourne in " +
        "September, said he lost two weeks’ work. “That bike is my job. Without it I can’t pay " +
        "rent,” the 24-year-old said.",
      "Old Town ward councillor Nadine Ashworth said residents had been “living on edge” and " +
        "welcomed the charges.",
      "Mike Trueman, coordinator of the Lawn and Old Town Neighbourhood Watch, said: “People were " +
        "putting up cameras and still waking up to an empty shed. This will help people sleep.”",
      "A spokesman for Wiltshire Police said: “We would ask anyone who thinks one of these bikes " +
        "is theirs to call 101 with proof of ownership.” The investigation, codenamed “Operation " +
        "Spoke”, is continuing.",
    ],
    quotes: [
      ["These were not opportunistic thefts,", "Hannah Loveday"],
      ["Sheds were being watched, and bikes were being taken to order.", "Hannah Loveday"],
      ["an invitation", "Hannah Loveday"],
      ["That bike is my job. Without it I can’t pay rent,", "Tomasz Nowak"],
      ["living on edge", "Nadine Ashworth"],
      [
        "People were putting up cameras and still waking up to an empty shed. This will help " +
          "people sleep.",
        "Mike Trueman",
      ],
      [
        "We would ask anyone who thinks one of these bikes is theirs to call 101 with proof of " +
          "ownership.",
        "A spokesman for Wiltshire Police",
      ],
    ],
  },
  {
    name:
      "The Northern Star (Lismore), weather: curly quotes, a standfirst quote repeated in the " +
      "body, an SES chief superintendent then she said, an evacuation order that warns, a " +
      "meteorologist then Mr Surname said, the mayor's partial, a resident by age then the " +
      "58-year-old, his quote split by he said and running over two paragraphs",
    headline: "Evacuation orders issued as Wilsons River rises",
    standfirst: "SES warns Lismore residents: “Do not wait until the water is at your door”",
    paragraphs: [
      "Residents of Lismore’s CBD and South and North Lismore have been ordered to evacuate by " +
        "6pm Thursday, with the Wilsons River expected to peak at 11.2 metres overnight.",
      "NSW SES Chief Superintendent Kylie Brandon said crews had carried out 46 flood rescues " +
        "across the Northern Rivers since Tuesday. “Do not wait until the water is at your door,” " +
        "she said. “If you are in an evacuation order area, you need to leave now, while the " +
        "roads are still open.”",
      "The evacuation order, issued at 11am, warns that people who remain “may become trapped " +
        "without power, water or sewerage for several days”.",
      "Bureau of Meteorology senior meteorologist Angus Whitely said a further 150mm of rain was " +
        "possible in the catchment. “The ground is saturated, so almost everything that falls now " +
        "is running straight into the river system,” Mr Whitely said.",
      "Lismore Mayor Pauline Crethar said the city had “learned hard lessons in 2022”. " +
        "Evacuation centres have opened at Southern Cross University and the Goonellabah Sports " +
        "and Aquatic Centre.",
      "South Lismore resident Gary Fahey, 58, lost the contents of his home in the 2022 flood " +
        "and only moved back in last year. On Thursday morning the 58-year-old was lifting " +
        "furniture onto his kitchen benches.",
      "“I said I’d never go through it again, and here we are,” he said. “I’ve got the ute " +
        "packed and the dog’s in the front.",
      "“But if it comes over the floor again, I don’t think I’m coming back.”",
    ],
    quotes: [
      ["Do not wait until the water is at your door,", "Kylie Brandon"],
      [
        "If you are in an evacuation order area, you need to leave now, while the roads are " + "still open.",
        "Kylie Brandon",
      ],
      ["may become trapped without power, water or sewerage for several days", "The evacuation order"],
      [
        "The ground is saturated, so almost everything that falls now is running straight into " +
          "the river system,",
        "Angus Whitely",
      ],
      ["learned hard lessons in 2022", "Pauline Crethar"],
      ["I said I’d never go through it again, and here we are,", "Gary Fahey"],
      ["I’ve got the ute packed and the dog’s in the front.", "Gary Fahey"],
      ["But if it comes over the floor again, I don’t think I’m coming back.", "Gary Fahey"],
    ],
  },
  {
    name:
      "Bay of Plenty Times, science: straight quotes, a study's partial, the lead author with " +
      "Dr then she said, Surname said without a quote then a quote split by she said, her " +
      "uncle sharing her surname then he said, a regional council's statement partial, a " +
      "fisher with a colon, a term in marks",
    todo: "«most strongly in the southern harbour, where …» goes to Shelf Science, not The study",
    headline: "Seagrass returning to Tauranga Harbour, study finds",
    paragraphs: [
      "Seagrass meadows in Tauranga Harbour have grown by almost a fifth in a decade, reversing " +
        "part of a long decline, a new University of Waikato study has found.",
      "The study, published this week in the journal Estuarine, Coastal and Shelf Science, " +
        "mapped the harbour's seagrass from aerial images taken between 2014 and 2024. It found " +
        'the meadows had expanded "most strongly in the southern harbour, where sediment loads ' +
        'have fallen".',
      "Lead author Dr Aroha Ngatai, a coastal ecologist at the university's Tauranga campus, said " +
        "the result was encouraging but fragile. \"Seagrass is the harbour's lungs and its " +
        'nursery at the same time. When it comes back, the fish come back," she said.',
      "Ngatai said the recovery tracked changes in land use around the Wairoa and Waimapu " +
        "catchments, including stock exclusion and riparian planting. Seagrass is also valued as " +
        '"blue carbon", because it locks carbon away in harbour sediments.',
      '"We can\'t take it for granted, though," she said. "One big storm can dump more sediment ' +
        'than a whole year of farming."',
      "Her uncle, Tamati Ngatai, who chairs the Ngāi Tamarāwaho environmental unit, said " +
        'kaumātua had watched the seagrass disappear from Waikareao Estuary in the 1970s. "Our ' +
        'old people gathered pipi among the seagrass. For my generation, it was just mud," he said.',
      'Bay of Plenty Regional Council said in a statement the findings showed "the value of ' +
        'long-term monitoring and of the work landowners have done".',
      "Recreational fisher Bruce Harland, who has fished the harbour from his tinny for 40 years, " +
        "agreed: \"There's more snapper inside the harbour than I've seen in years. You don't " +
        'need a scientist to tell you that."',
    ],
    quotes: [
      ["most strongly in the southern harbour, where sediment loads have fallen", "The study"],
      [
        "Seagrass is the harbour's lungs and its nursery at the same time. When it comes back, " +
          "the fish come back,",
        "Aroha Ngatai",
      ],
      ["We can't take it for granted, though,", "Aroha Ngatai"],
      ["One big storm can dump more sediment than a whole year of farming.", "Aroha Ngatai"],
      [
        "Our old people gathered pipi among the seagrass. For my generation, it was just mud,",
        "Tamati Ngatai",
      ],
      [
        "the value of long-term monitoring and of the work landowners have done",
        "Bay of Plenty Regional Council",
      ],
      [
        "There's more snapper inside the harbour than I've seen in years. You don't need a " +
          "scientist to tell you that.",
        "Bruce Harland",
      ],
    ],
  },
]);
