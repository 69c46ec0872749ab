// A thirty-sixth round of composed English news articles, in the styles of outlets and beats the first
// thirty-five rounds did not use: the Tulsa World on a school board closing five elementary schools, The
// Shetland Times on a delay to the Yell Sound ferry replacement, The Mayo News after a county football
// final, the Whitehorse Star on permafrost thaw under the Alaska Highway, the Sunraysia Daily on a fruit
// fly outbreak near Red Cliffs, The Nelson Mail on a council's rates rise, The Navhind Times on a fake
// hotel booking racket in Calangute, the Times of Zambia on cholera in Kanyama, the Antigua Observer on
// flooding after a tropical storm and Kuensel on the consecration of a restored lhakhang in Haa.
// Every article was written for these tests, blind, before the engine was run on them. Expected speakers
// follow the corpus guidelines: the fullest name the article gives, a body or a document as written, an
// unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Tulsa World, education: an inverted said board President Name then a verbless " +
      "second, Superintendent Dr. Name with a partial and the comma inside, a board member " +
      "then Surname said twice, a parent introduced with a colon, her mother with the same " +
      "surname and a partial with the period inside, a plan's name in marks, a union in a " +
      "statement then the union said, Surname said then a standalone paragraph",
    headline: "TPS board votes 4-3 to close five elementary schools",
    paragraphs: [
      "The Tulsa Public Schools board voted 4-3 late Monday to close five elementary schools " +
        "at the end of the school year, a move district leaders say will save about $9 million " +
        "a year but one that drew more than three hours of public comment.",
      "“Nobody up here wanted to cast this vote,” said board President Marisol Whitfield, " +
        "who voted for the plan. “But we are running buildings built for 60,000 students " +
        "with fewer than 33,000 of them.”",
      "Superintendent Dr. Reginald Okafor told board members the district had considered " +
        "“every other option we could find,” including leasing empty buildings to charter schools.",
      "District 3 board member Tanya Redbird, who voted no, said the plan fell hardest on " +
        "north Tulsa. “We keep asking the same neighborhoods to give up the same things,” " +
        "Redbird said. “Then we wonder why they don’t trust us.”",
      "Parents packed the Education Service Center. One of them, LaToya Greer, whose two " +
        "children attend Burroughs Elementary, said: “My kids can walk to school right now. " +
        "Next year they’ll be on a bus for 40 minutes.”",
      "Her mother, Gloria Greer, a retired TPS teacher who taught at Burroughs for 22 years, " +
        "called the decision “a betrayal of a school that never once gave up on its kids.”",
      "The plan, which the district calls “Right-Sizing for Students,” also moves sixth " +
        "grade into middle schools at three sites.",
      "In a statement, the Tulsa Classroom Teachers Association said it would hold the " +
        "district to its promise that no teacher would lose a job. “We will be watching " +
        "every transfer,” the union said.",
      "Whitfield said the board would revisit attendance boundaries in March.",
      "“If we get the transitions wrong, we will own that. This board is not going to vote " +
        "and walk away.”",
    ],
    quotes: [
      ["Nobody up here wanted to cast this vote,", "Marisol Whitfield"],
      [
        "But we are running buildings built for 60,000 students with fewer than 33,000 of them.",
        "Marisol Whitfield",
      ],
      ["every other option we could find,", "Reginald Okafor"],
      ["We keep asking the same neighborhoods to give up the same things,", "Tanya Redbird"],
      ["Then we wonder why they don’t trust us.", "Tanya Redbird"],
      ["My kids can walk to school right now. Next year they’ll be on a bus for 40 minutes.", "LaToya Greer"],
      ["a betrayal of a school that never once gave up on its kids.", "Gloria Greer"],
      ["We will be watching every transfer,", "the Tulsa Classroom Teachers Association"],
      [
        "If we get the transitions wrong, we will own that. This board is not going to vote " +
          "and walk away.",
        "Marisol Whitfield",
      ],
    ],
  },
  {
    name:
      "The Shetland Times, transport: a headline quote in single marks repeated in the body " +
      "(one entry), said Cllr Name, who chairs, then a verbless second, a government agency " +
      "in a statement with a partial, a second councillor with the same surname and an em " +
      "dash aside then the former fisherman added with a colon, a shopkeeper with a colon, a " +
      "manager's partial, a ZetTrans spokesman's partial, a study's name in marks",
    todo:
      "«We are at the back of the queue again» not found; «committed to working with the council on " +
      "a lo…» goes to Scotland, not Transport Scotland; «going on goodwill and spare parts» not " +
      "found; «We are at the back of the queue again,» taken for a quote",
    headline: "‘We are at the back of the queue again’: Yell Sound ferry replacement delayed",
    paragraphs: [
      "Replacement of the two ageing Yell Sound ferries has been pushed back by at least two " +
        "years, Shetland Islands Council has confirmed, after the Scottish Government failed to " +
        "commit funding in its latest budget.",
      "The MV Daggri and MV Dagalien, which carry more than 300,000 passengers a year between " +
        "Toft and Ulsta, entered service in 2004 and were due to be replaced by 2028.",
      "“We are at the back of the queue again,” said Cllr Freya Inkster, who chairs the " +
        "council’s environment and transport committee. “Every winter we nurse these boats " +
        "through another season, and every winter the breakdowns get longer.”",
      "Transport Scotland said in a statement that it remained “committed to working with the " +
        "council on a long-term solution for Shetland’s internal ferries”, but gave no date.",
      "North Isles member Cllr Robbie Inkster – no relation – said Yell residents had lost 41 " +
        "days of full service this year. The former fisherman added: “Folk are missing hospital " +
        "appointments in Lerwick because the one boat that’s running is full by seven in the " +
        "morning.”",
      "Ulsta shopkeeper Kathleen Tulloch was blunter: “If this was the M8 they’d have fixed it " +
        "years ago.”",
      "The council’s ferry operations manager, Stuart Jamieson, said engineers had kept the " +
        "vessels “going on goodwill and spare parts”.",
      "A spokesman for ZetTrans, the regional transport partnership, said the delay was " +
        "“deeply disappointing” and would be raised at its next meeting. The partnership’s " +
        "“Fixed Links” study into tunnels to Yell and Unst is due to report in the spring.",
    ],
    quotes: [
      ["We are at the back of the queue again", "Freya Inkster"],
      [
        "Every winter we nurse these boats through another season, and every winter the " +
          "breakdowns get longer.",
        "Freya Inkster",
      ],
      [
        "committed to working with the council on a long-term solution for Shetland’s " + "internal ferries",
        "Transport Scotland",
      ],
      [
        "Folk are missing hospital appointments in Lerwick because the one boat that’s running " +
          "is full by seven in the morning.",
        "Robbie Inkster",
      ],
      ["If this was the M8 they’d have fixed it years ago.", "Kathleen Tulloch"],
      ["going on goodwill and spare parts", "Stuart Jamieson"],
      ["deeply disappointing", "A spokesman for ZetTrans"],
    ],
  },
  {
    name:
      "The Mayo News, sport: straight quotes, a nickname in marks, an inverted said manager " +
      "Name then a verbless second, two brothers sharing a surname with the 22-year-old said, " +
      "the captain's partial, the opposing manager then he said, Surname's partial, the county " +
      "board in a statement, a supporter with a colon, Surname said then a standalone paragraph",
    headline: "Belmullet end 40-year wait for Moclair Cup",
    paragraphs: [
      "Belmullet are Mayo senior football champions for the first time in 40 years after a " +
        "1-14 to 0-15 win over Ballintubber in a tense final at Hastings MacHale Park on Sunday.",
      "\"I've been waiting for this since I was a child on my father's shoulders in 1985,\" " +
        'said Belmullet manager Declan Lavelle. "There\'ll be no sleep in Erris tonight."',
      "Full-forward Conor Reilly scored the only goal in the 48th minute, punching home a high " +
        'ball from his brother Seán Reilly. "Seánie just put it on a plate for me," the ' +
        "22-year-old said afterwards.",
      'Seán Reilly, the team captain, said the win belonged "to every club member who drove ' +
        'the length of the county in the rain for the league games".',
      'Ballintubber manager Tomás Gibbons was gracious in defeat. "Fair play to them. They ' +
        "wanted it more in the last ten minutes, and that's the end of it,\" he said.",
      'Gibbons said his side had "left a few behind" in the first half, when they kicked ' + "six wides.",
      'Mayo GAA said in a statement that the attendance of 9,200 was "the biggest for a ' +
        'county final in over a decade". The "Erris men", as the club is known across the ' +
        "county, last lifted the cup in 1985.",
      "One supporter, draped in the club's red and white, said: \"Forty years. I'll believe " +
        'it in the morning."',
      "Lavelle said the celebrations would be brief, with a Connacht club quarter-final " +
        "against the Galway champions in three weeks.",
      "\"We'll enjoy tonight. Tuesday night we're back training.\"",
    ],
    quotes: [
      ["I've been waiting for this since I was a child on my father's shoulders in 1985,", "Declan Lavelle"],
      ["There'll be no sleep in Erris tonight.", "Declan Lavelle"],
      ["Seánie just put it on a plate for me,", "Conor Reilly"],
      [
        "to every club member who drove the length of the county in the rain for the league games",
        "Seán Reilly",
      ],
      [
        "Fair play to them. They wanted it more in the last ten minutes, and that's the end of it,",
        "Tomás Gibbons",
      ],
      ["left a few behind", "Tomás Gibbons"],
      ["the biggest for a county final in over a decade", "Mayo GAA"],
      ["Forty years. I'll believe it in the morning.", "One supporter"],
      ["We'll enjoy tonight. Tuesday night we're back training.", "Declan Lavelle"],
    ],
  },
  {
    name:
      "Whitehorse Star, science: straight quotes, a standfirst fragment, a journal's name, the " +
      "study warns with a partial, said lead author Dr. Name after the quote then a verbless " +
      "second, she said after a surname, a territorial department in an email, a First Nation " +
      "chief then she said, her husband with the same surname and a partial with the period " +
      "inside, an unnamed trucker with a colon, a nickname without marks",
    todo:
      "«You learn where the bumps are. The problem is…» goes to A trucker hauling fuel, not A " +
      "trucker hauling fuel to Beaver Creek",
    headline: "Thawing permafrost costing Alaska Highway millions, study finds",
    standfirst: 'Researcher says the ground under the road is "changing faster than we can patch it"',
    paragraphs: [
      "Thawing permafrost under the Alaska Highway between Destruction Bay and the Alaska " +
        "border is costing the territory an estimated $11 million a year in repairs, according " +
        "to a new study by researchers at Yukon University.",
      "The study, published this week in the journal Permafrost and Periglacial Processes, " +
        "found ground temperatures at 10 metres had risen by 0.8 C since 2008. It warns that " +
        'sections of the highway could need "full reconstruction on engineered embankments" ' +
        "within 20 years.",
      '"The ground under the road is changing faster than we can patch it," said lead author ' +
        "Dr. Helena Strachan, a permafrost scientist at Yukon University's Research Centre. " +
        '"Every summer we see new dips and cracks in places that were stable five years ago."',
      "Strachan said the team drilled 34 boreholes along the 200-kilometre stretch. The worst " +
        'section, near Beaver Creek, has sunk nearly a metre in places. "Drivers call it the ' +
        "roller-coaster, and they're not wrong,\" she said.",
      "The territory's Department of Highways and Public Works said in an email that it was " +
        '"reviewing the study\'s recommendations" and that crews resurfaced 27 kilometres of ' +
        "the road this summer.",
      "Kluane First Nation Chief Agnes Kushniruk said elders had noticed the changes for " +
        'decades. "Our people travelled this land long before there was a road. The elders ' +
        'told us the ground was going soft 30 years ago," she said.',
      "Co-author Dr. Tom Strachan, an engineer with the territorial government and Helena " +
        "Strachan's husband, said building on gravel pads with cooling ducts costs up to four " +
        'times as much per kilometre but "pays for itself within two decades."',
      "A trucker hauling fuel to Beaver Creek, who didn't want to be named, said: \"You learn " +
        'where the bumps are. The problem is they move."',
    ],
    quotes: [
      ["changing faster than we can patch it", "Helena Strachan"],
      ["full reconstruction on engineered embankments", "The study"],
      ["The ground under the road is changing faster than we can patch it,", "Helena Strachan"],
      [
        "Every summer we see new dips and cracks in places that were stable five years ago.",
        "Helena Strachan",
      ],
      ["Drivers call it the roller-coaster, and they're not wrong,", "Helena Strachan"],
      ["reviewing the study's recommendations", "Department of Highways and Public Works"],
      [
        "Our people travelled this land long before there was a road. The elders told us the " +
          "ground was going soft 30 years ago,",
        "Agnes Kushniruk",
      ],
      ["pays for itself within two decades.", "Tom Strachan"],
      ["You learn where the bumps are. The problem is they move.", "A trucker hauling fuel to Beaver Creek"],
    ],
  },
  {
    name:
      "Sunraysia Daily, agriculture: a department in a statement with a partial, a grower " +
      "then Mr Surname said and a verbless second, his daughter with the same surname and a " +
      "partial, an association's chief executive then she said, Cr Surname after a mayor, a " +
      "minister's spokesperson's partial, a status term in marks, Mr Surname said then a " +
      "standalone paragraph",
    todo:
      "«approved pre-harvest treatments or cold disin…» goes to the department, not Agriculture " +
      "Victoria",
    headline: "Fruit fly outbreak puts Sunraysia table grape exports at risk",
    paragraphs: [
      "A Queensland fruit fly outbreak near Red Cliffs has triggered a 15-kilometre suspension " +
        "zone, cutting growers inside it off from export markets in China and Japan just weeks " +
        "before harvest. The district lost its “pest free area” status for Queensland fruit fly in " +
        "2013 and has been trying to win it back.",
      "Agriculture Victoria confirmed on Tuesday that larvae had been found in backyard fruit " +
        "on two Red Cliffs properties. In a statement, the department said growers within the " +
        "zone would need to apply “approved pre-harvest treatments or cold disinfestation” " +
        "before fruit could be sent interstate or overseas.",
      "Table grape grower Vince Costa, whose 40-hectare block sits inside the zone, said the " +
        "timing could not be worse. “We’ve got two million dollars of fruit hanging on the " +
        "vines and three weeks to harvest,” Mr Costa said. “Cold treatment is fine if you can " +
        "get a room. Everyone’s going to be fighting for the same rooms.”",
      "His daughter and business partner, Mia Costa, said the family had done “everything " +
        "right” on their own block.",
      "Australian Table Grape Association chief executive Leanne Brightwell said one detection " +
        "could undo years of work. “This isn’t just a Red Cliffs " +
        "problem. One detection in a consignment to China and the whole region can be locked " +
        "out for the season,” she said.",
      "Mildura Mayor Helen Dimitriou urged residents to pick up fallen fruit and not to bring " +
        "produce into the area. “Your backyard lemon tree could cost a grower his livelihood,” " +
        "Cr Dimitriou said.",
      "A spokesperson for the state’s agriculture minister said an extra $1.2 million would " +
        "fund sterile fly releases across the district, starting “within a fortnight”.",
      "Mr Costa said he would start picking early if he had to.",
      "“We’ll pick green before we let it rot on the vine.”",
    ],
    quotes: [
      ["approved pre-harvest treatments or cold disinfestation", "Agriculture Victoria"],
      [
        "We’ve got two million dollars of fruit hanging on the vines and three weeks to harvest,",
        "Vince Costa",
      ],
      [
        "Cold treatment is fine if you can get a room. Everyone’s going to be fighting for the " +
          "same rooms.",
        "Vince Costa",
      ],
      ["everything right", "Mia Costa"],
      [
        "This isn’t just a Red Cliffs problem. One detection in a consignment to China and the " +
          "whole region can be locked out for the season,",
        "Leanne Brightwell",
      ],
      ["Your backyard lemon tree could cost a grower his livelihood,", "Helen Dimitriou"],
      ["within a fortnight", "A spokesperson for the state’s agriculture minister"],
      ["We’ll pick green before we let it rot on the vine.", "Vince Costa"],
    ],
  },
  {
    name:
      "The Nelson Mail, local politics: straight quotes, the mayor's partial then a full " +
      "quote with she said, a councillor then Surname said, the deputy mayor's partial after " +
      "saying, a written submission with a colon, the mayor's uncle with the same surname " +
      "and an em dash aside then he said, a staff report's partial, a precinct's name in marks",
    headline: "Nelson ratepayers face 9.8% rise as council signs off annual plan",
    paragraphs: [
      "Nelson ratepayers will face an average rates rise of 9.8% from July after Nelson City " +
        "Council adopted its annual plan on Thursday by eight votes to five.",
      'Mayor Rachel Tasker said the council had "cut everything we could cut without letting ' +
        'the pipes fall apart". "Nobody enjoys this. But the bills for the 2022 flood repairs ' +
        'have landed, and they have to be paid," she said.',
      "Councillor Pete Rutledge, who voted against the plan, said the council should have " +
        "deferred the $14m upgrade of the Maitai walkway. \"We're asking pensioners in Stoke to " +
        'choose between their rates and their power bill, while we gold-plate a footpath," ' +
        "Rutledge said.",
      'Deputy mayor Aroha Kerei defended the spending, saying the walkway was "flood ' +
        'protection with a path on top, not a luxury".',
      "The council received 1412 submissions, most of them opposing the increase. One " +
        "Tāhunanui submitter wrote: \"I'm 81. I can't increase my income by 9.8%, so why can " +
        'the council?"',
      "Grey Power Nelson president Len Tasker – the mayor's uncle – said the group would ask " +
        'the council to widen its rates postponement scheme. "She knows what I think about it. ' +
        "We've had words over Christmas dinner,\" he said.",
      "A staff report to councillors warned that debt would peak at $390m in 2028, describing " +
        'the council\'s position as "tight but manageable".',
      'The plan also sets aside $2m to begin work on what the council calls its "Riverside ' +
        'precinct", including the long-delayed library rebuild.',
    ],
    quotes: [
      ["cut everything we could cut without letting the pipes fall apart", "Rachel Tasker"],
      [
        "Nobody enjoys this. But the bills for the 2022 flood repairs have landed, and they " +
          "have to be paid,",
        "Rachel Tasker",
      ],
      [
        "We're asking pensioners in Stoke to choose between their rates and their power bill, " +
          "while we gold-plate a footpath,",
        "Pete Rutledge",
      ],
      ["flood protection with a path on top, not a luxury", "Aroha Kerei"],
      ["I'm 81. I can't increase my income by 9.8%, so why can the council?", "One Tāhunanui submitter"],
      ["She knows what I think about it. We've had words over Christmas dinner,", "Len Tasker"],
      ["tight but manageable", "A staff report to councillors"],
    ],
  },
  {
    name:
      "The Navhind Times, police: straight quotes, a dateline with a colon, Superintendent " +
      "of Police (North) Name then the SP said, Surname's partial, a police inspector sharing " +
      "his surname then the police inspector said, a victim described with a colon, an " +
      "advocate's partial, an association president by acronym then he said, a police " +
      "advisory's partial, an operation's name in marks",
    todo:
      "«The victims paid advances of Rs 8,000 to Rs 4…» goes to the Superintendent of Police, not " +
      "Vishal Naik; «We followed the money. Every account led back…» goes to Vishal Naik, not " +
      "Paresh Naik; «We reached the resort at midnight with two sm…» goes to One of the victims, " +
      "not a Hyderabad-based software engineer; «unbelievably low rates and requests for advan…» " +
      "goes to Vishal Naik, not The police advisory",
    headline: "Calangute police bust fake hotel booking racket; three held",
    paragraphs: [
      "PANAJI: The Calangute police have arrested three persons, including a 24-year-old from " +
        "Jharkhand, for allegedly running a fake hotel booking racket that duped at least 160 " +
        "tourists of around Rs 38 lakh over the past six months.",
      "Addressing a press conference at Porvorim on Monday, Superintendent of Police (North) " +
        "Vishal Naik said the accused created websites resembling those of well-known beach " +
        'resorts. "The victims paid advances of Rs 8,000 to Rs 40,000 through UPI and arrived ' +
        'to find the hotel had no record of them," the SP said.',
      "Naik said the accused paid for search-engine advertisements so that the fake sites " +
        'appeared "above the genuine ones" when tourists searched for the resorts.',
      'Calangute PI Paresh Naik, who led the investigation, code-named "Operation Checkout", ' +
        "said the team traced the accused through bank accounts opened in Ranchi and Pune. " +
        '"We followed the money. Every account led back to the same two SIM cards," the ' +
        "police inspector said.",
      "One of the victims, a Hyderabad-based software engineer who had booked a four-night " +
        'stay for his family, said: "We reached the resort at midnight with two small children ' +
        'and were told there was no booking. We slept in the car."',
      "Advocate Savio D'Souza, who appears for two of the accused, said his clients were " +
        '"being made scapegoats" and would apply for bail.',
      "Travel and Tourism Association of Goa (TTAG) president Anil Fernandes said the racket " +
        "was damaging the State's image. \"Every such case goes viral on social media and it " +
        'is Goa that gets blamed, not the fraudsters," he said.',
      'The police advisory issued on Monday warns tourists to be wary of "unbelievably low ' +
        'rates and requests for advance payment to personal accounts".',
    ],
    quotes: [
      [
        "The victims paid advances of Rs 8,000 to Rs 40,000 through UPI and arrived to find " +
          "the hotel had no record of them,",
        "Vishal Naik",
      ],
      ["above the genuine ones", "Vishal Naik"],
      ["We followed the money. Every account led back to the same two SIM cards,", "Paresh Naik"],
      [
        "We reached the resort at midnight with two small children and were told there was no " +
          "booking. We slept in the car.",
        "a Hyderabad-based software engineer",
      ],
      ["being made scapegoats", "Savio D'Souza"],
      [
        "Every such case goes viral on social media and it is Goa that gets blamed, not the " + "fraudsters,",
        "Anil Fernandes",
      ],
      ["unbelievably low rates and requests for advance payment to personal accounts", "The police advisory"],
    ],
  },
  {
    name:
      "Times of Zambia, health: straight quotes, a capitalised dateline word, a minister " +
      "with Dr then Dr Surname said, she urged with a partial, a professor then Prof Surname " +
      "said, an institute in a bulletin with a partial, a council officer sharing his surname " +
      "then Ms Surname said, a resident by name then she said, a water utility's partial, a " +
      "campaign slogan in marks",
    headline: "Cholera cases rise to 214 in Kanyama",
    paragraphs: [
      "LUSAKA has recorded 38 new cholera cases in the past 24 hours, bringing the total " +
        "number of cases to 214 since the outbreak was declared in Kanyama township two " +
        "weeks ago.",
      "Minister of Health Dr Josephine Mwape told a media briefing in Lusaka yesterday that " +
        'three people had died. "The situation is serious but it is under control. We have ' +
        'opened two treatment centres and we are not short of oral rehydration salts," Dr ' +
        "Mwape said.",
      "She urged residents to boil or chlorinate drinking water and to avoid eating food " +
        'from street vendors "until further notice".',
      "Zambia National Public Health Institute (ZNPHI) director-general Professor Mwaka Banda " +
        'said contaminated shallow wells were the likely source. "Most of the patients we have ' +
        'seen draw water from shallow wells sunk a few metres from pit latrines," Prof Banda said.',
      "The institute said in its daily bulletin that 61 per cent of cases were among people " +
        "aged under 25 and that oral vaccination would start in Kanyama and neighbouring " +
        'Chibolya "within days".',
      "Lusaka City Council public relations manager Mwenya Banda said council officers had " +
        'closed 40 food stalls in the township. "We are not against traders, we are against ' +
        'cholera," Ms Banda said.',
      "Kanyama resident Mary Phiri, a mother of three, said water came out of the communal " +
        'tap only twice a week. "When the tap is dry, what do you expect us to drink? We go to ' +
        'the well," she said.',
      "The Lusaka Water Supply and Sanitation Company said in a statement that 20 bowsers " +
        'would supply "safe, chlorinated water free of charge" to the township from today, as ' +
        'part of the "Keep Lusaka Clean" campaign.',
    ],
    quotes: [
      [
        "The situation is serious but it is under control. We have opened two treatment " +
          "centres and we are not short of oral rehydration salts,",
        "Josephine Mwape",
      ],
      ["until further notice", "Josephine Mwape"],
      [
        "Most of the patients we have seen draw water from shallow wells sunk a few metres " +
          "from pit latrines,",
        "Mwaka Banda",
      ],
      ["within days", "Zambia National Public Health Institute"],
      ["We are not against traders, we are against cholera,", "Mwenya Banda"],
      ["When the tap is dry, what do you expect us to drink? We go to the well,", "Mary Phiri"],
      ["safe, chlorinated water free of charge", "The Lusaka Water Supply and Sanitation Company"],
    ],
  },
  {
    name:
      "Antigua Observer, weather: an inverted said Director of NODS, Name, then Surname said " +
      "and he said, the Met Service in a bulletin with a partial, a ministry in a notice, a " +
      "resident introduced with a colon, a neighbour with the same surname and an em dash " +
      "aside, a drain's nickname in marks, a ministry spokesman's partial, Surname warned " +
      "then a standalone paragraph",
    headline: "Schools stay shut as Ivette floods All Saints, Bendals",
    paragraphs: [
      "Schools across Antigua and Barbuda will remain closed today after Tropical Storm Ivette " +
        "dumped more than eight inches of rain on parts of the island overnight, flooding homes " +
        "in All Saints, Bendals and Green Bay.",
      "“We have had reports of water up to people’s waists in some areas, and we are asking " +
        "everybody to stay off the roads unless it is absolutely necessary,” said Director of " +
        "the National Office of Disaster Services (NODS), Kelvin Barnes.",
      "Barnes said 63 people spent the night in shelters, most of them at the All Saints " +
        "Secondary School. “Some of these families have lost everything, mattresses, food, " +
        "school books,” he said.",
      "The Antigua and Barbuda Meteorological Services said in its 5 am bulletin that the " +
        "storm was moving away to the west-northwest, but that “additional rainfall of one to " +
        "two inches is possible through this afternoon”.",
      "The Ministry of Education said in a notice that teachers should not report to work " +
        "and that a decision on reopening would be made “once every school has been inspected”.",
      "Bendals resident Iris Joseph, 72, stood in her doorway looking at the mud: “I been " +
        "living here 50 years and I never see water come so fast.”",
      "Her neighbour, Desmond Joseph — no relation — said the drain known in the village as " +
        "the “Big Gutter” had been blocked for months. “We call and we call. Nobody comes " +
        "until the water is in the house,” he said.",
      "A spokesman for the Ministry of Works said crews would begin clearing drains in " +
        "Bendals and All Saints “as soon as the rain eases”.",
      "Barnes warned residents not to attempt to cross flooded ghauts.",
      "“A ghaut that looks like a stream can take a car. Please, don’t try it.”",
    ],
    quotes: [
      [
        "We have had reports of water up to people’s waists in some areas, and we are asking " +
          "everybody to stay off the roads unless it is absolutely necessary,",
        "Kelvin Barnes",
      ],
      ["Some of these families have lost everything, mattresses, food, school books,", "Kelvin Barnes"],
      [
        "additional rainfall of one to two inches is possible through this afternoon",
        "The Antigua and Barbuda Meteorological Services",
      ],
      ["once every school has been inspected", "The Ministry of Education"],
      ["I been living here 50 years and I never see water come so fast.", "Iris Joseph"],
      ["We call and we call. Nobody comes until the water is in the house,", "Desmond Joseph"],
      ["as soon as the rain eases", "A spokesman for the Ministry of Works"],
      ["A ghaut that looks like a stream can take a car. Please, don’t try it.", "Kelvin Barnes"],
    ],
  },
  {
    name:
      "Kuensel, religion: straight quotes, a Dzongkha term glossed in brackets, the Lam " +
      "Neten with a Lopen title then the Lam Neten said, a department with a partial, an " +
      "engineer then he said, a master painter sharing his second name then he said, the " +
      "Dzongdag's partial after describing, an elderly devotee with a colon, a nickname in " +
      "marks",
    todo:
      "«When the roof was leaking, the villagers came…» goes to the Lam Neten, not Ugyen Tshering; " +
      "«the heart of the valley» goes to Haa Dzongdag Tshering Yangzom, not Tshering Yangzom",
    headline: "Thousands attend rabney of restored Dechen Yangtse Lhakhang in Haa",
    paragraphs: [
      "More than 6,000 devotees gathered in Haa on Sunday for the rabney (consecration) of " +
        "the 17th-century Dechen Yangtse Lhakhang, which reopened after a five-year restoration.",
      "The three-day ceremony was presided over by the Lam Neten of Haa, Lopen Ugyen " +
        'Tshering, who said the restoration had brought the community together. "When the ' +
        "roof was leaking, the villagers came every weekend with their own tools. This " +
        'lhakhang was rebuilt by faith, not only by money," the Lam Neten said.',
      "The Department of Culture and Dzongkha Development said the restoration cost Nu 48 " +
        'million and used "traditional materials and techniques wherever possible", including ' +
        "rammed-earth walls and hand-cut shingles.",
      "Project engineer Karma Wangchuk said the biggest challenge was the wall paintings in " +
        'the inner sanctum. "Some of the murals were more than 300 years old. We brought in ' +
        "two master painters from Thimphu and they worked on the main wall alone for eight " +
        'months," he said.',
      "Master painter Pema Wangchuk, who is not related to the engineer, said he had " +
        'restored murals in four dzongs. "For a painter, this is the work of a lifetime," he ' +
        "said.",
      "Haa Dzongdag Tshering Yangzom said the dzongkhag expected the lhakhang, known among " +
        'locals as the "temple of the white pigeon", to draw more visitors, and described it ' +
        'as "the heart of the valley".',
      'An elderly devotee from Katsho gewog, who walked for two days to attend, said: "I ' +
        "came here as a boy with my grandfather. I prayed that I would see it whole again " +
        'before I die, and now I have."',
    ],
    quotes: [
      [
        "When the roof was leaking, the villagers came every weekend with their own tools. " +
          "This lhakhang was rebuilt by faith, not only by money,",
        "Ugyen Tshering",
      ],
      [
        "traditional materials and techniques wherever possible",
        "The Department of Culture and Dzongkha Development",
      ],
      [
        "Some of the murals were more than 300 years old. We brought in two master painters " +
          "from Thimphu and they worked on the main wall alone for eight months,",
        "Karma Wangchuk",
      ],
      ["For a painter, this is the work of a lifetime,", "Pema Wangchuk"],
      ["the heart of the valley", "Tshering Yangzom"],
      [
        "I came here as a boy with my grandfather. I prayed that I would see it whole again " +
          "before I die, and now I have.",
        "An elderly devotee from Katsho gewog",
      ],
    ],
  },
]);
