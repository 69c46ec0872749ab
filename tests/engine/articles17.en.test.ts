// A seventeenth round of composed English news articles, in the styles of outlets and beats the first
// sixteen rounds did not use: The Buffalo News on a sidewalk plowing pilot, The Northern Echo at a
// sentencing in Teesside Crown Court, the Liverpool Echo after a League Two defeat, The Express Tribune
// on a film cleared by the Punjab censor board, TimesLIVE on measles in Tshwane, the Saskatoon
// StarPhoenix on a blizzard, The Press (Christchurch) on a paused school rebuild, Hakai Magazine on
// sunflower sea stars, The EastAfrican on tea prices at the Mombasa auction and Deccan Chronicle on
// a robbery by fake policemen in Hyderabad. Every article was written for these tests, before the
// engine was run on them. Expected speakers follow the corpus guidelines: the fullest name the article
// gives, a body or a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Buffalo News, local politics: said before a council member with who sponsored " +
      "the measure, a partial quote after saying then a surname, a sign slogan, an elderly " +
      "resident named with her age then her surname after a split quote, a department's " +
      "memo with the period inside the marks",
    headline: "Common Council approves $4.2 million sidewalk plowing pilot for East Side",
    paragraphs: [
      "The Buffalo Common Council on Tuesday approved a $4.2 million pilot program that " +
        "will have the city clear sidewalks after heavy snowfalls in three East Side " +
        "neighborhoods, nearly a year after residents complained they were trapped in their " +
        "homes for days by a lake-effect storm.",
      "“Nobody should have to choose between a doctor’s appointment and a broken hip,” " +
        "said Masten District Council Member Tamika Brewer, who sponsored the measure. “This " +
        "is a basic city service, and it’s overdue.”",
      "The vote was 7-2. Council President Michael Kowalczyk voted against the pilot, " +
        "saying the contract had been “rushed through” without a competitive bid. “I want " +
        "sidewalks cleared too. I just want to know what we’re paying for,” Kowalczyk said.",
      "At a public hearing last month, residents of the Broadway-Fillmore and MLK Park " +
        "neighborhoods held up hand-lettered signs reading “Shovel Us Out.” One of them, " +
        "Gloria Hutchins, 71, told lawmakers she had missed three dialysis appointments " +
        "during last winter’s storm.",
      "“I could see the bus stop from my window,” Hutchins said after Tuesday’s vote. “I " +
        "just couldn’t get to it.”",
      "The Department of Public Works said in a memo to lawmakers that crews would begin " +
        "clearing sidewalks once accumulations reach 6 inches and would aim to finish within " +
        "48 hours, but warned that the target was “contingent on equipment availability.”",
      "The pilot runs through March 2027. The council will review its cost before deciding " +
        "whether to extend it citywide.",
    ],
    quotes: [
      ["Nobody should have to choose between a doctor’s appointment and a broken hip,", "Tamika Brewer"],
      ["This is a basic city service, and it’s overdue.", "Tamika Brewer"],
      ["rushed through", "Michael Kowalczyk"],
      ["I want sidewalks cleared too. I just want to know what we’re paying for,", "Michael Kowalczyk"],
      ["I could see the bus stop from my window,", "Gloria Hutchins"],
      ["I just couldn’t get to it.", "Gloria Hutchins"],
      ["contingent on equipment availability.", "The Department of Public Works"],
    ],
  },
  {
    name:
      "The Northern Echo, courts: Prosecuting before a barrister then she said twice, a " +
      "widow's statement read with a partial quote then She added and a colon, Mitigating " +
      "before a barrister then Mr and surname, a Recorder told the defendant with a colon, " +
      "a campaign name, a police sergeant speaking outside court",
    headline: "Darlington driver who killed cyclist while scrolling on phone jailed for six years",
    paragraphs: [
      "A motorist who was scrolling through social media when he ploughed into a cyclist " +
        "on a Darlington road has been jailed for six years.",
      "Liam Stephenson, 34, of Yarm Road, admitted causing death by dangerous driving at " +
        "an earlier hearing at Teesside Crown Court. The court heard he had been using his " +
        "phone for almost two minutes before his Audi struck 58-year-old Peter Hallam on the " +
        "A167 in June last year.",
      "Prosecuting, Rachel Dunning said Mr Hallam, a keen club cyclist, had been wearing a " +
        "high-visibility jacket and had lights on his bike. “There was nothing he could have " +
        "done,” she said. “He was in plain sight for more than 300 metres.”",
      "His widow, Susan Hallam, said in a statement read to the court that her life had " +
        "been “cut in half”. She added: “Peter went out for a ride on a sunny morning and " +
        "never came home. I still set two places at the table.”",
      "Mitigating, Andrew Pike said Stephenson was “genuinely remorseful” and had " +
        "surrendered his driving licence voluntarily. “He knows that no sentence this court " +
        "passes will bring Mr Hallam back,” Mr Pike said.",
      "Sentencing, Recorder Joanne Whitfield told Stephenson: “You chose to look at a " +
        "screen rather than the road. That choice cost a man his life.”",
      "He was also banned from driving for eight years. Durham Constabulary is running a " +
        "summer campaign, “Eyes on the Road”, aimed at young drivers. Speaking outside " +
        "court, Sergeant Craig Elliott, of the force’s roads policing unit, said: “Put the " +
        "phone in the glovebox. It can wait.”",
    ],
    quotes: [
      ["There was nothing he could have done,", "Rachel Dunning"],
      ["He was in plain sight for more than 300 metres.", "Rachel Dunning"],
      ["cut in half", "Susan Hallam"],
      [
        "Peter went out for a ride on a sunny morning and never came home. I still set two " +
          "places at the table.",
        "Susan Hallam",
      ],
      ["genuinely remorseful", "Andrew Pike"],
      ["He knows that no sentence this court passes will bring Mr Hallam back,", "Andrew Pike"],
      [
        "You chose to look at a screen rather than the road. That choice cost a man his life.",
        "Joanne Whitfield",
      ],
      ["Put the phone in the glovebox. It can wait.", "Craig Elliott"],
    ],
  },
  {
    name:
      "Liverpool Echo, sport: a headline quote repeated in the body with told the Echo, a " +
      "partial quote in the first paragraph, the 47-year-old after Asked whether and a " +
      "colon, the rival boss with an inverted said then a second quote, a banner",
    headline: "‘We gave them a goal’ - Brannigan fumes as Tranmere lose late at Prenton Park",
    paragraphs: [
      "Tranmere Rovers boss Gary Brannigan accused his players of “switching off” after a " +
        "stoppage-time header handed Crewe Alexandra a 2-1 win at Prenton Park on Saturday.",
      "Rovers had led through Kyle Dempsey’s first-half penalty, but Crewe substitute Owen " +
        "Lunt levelled on 78 minutes before defender Callum Reddy headed in a corner in the " +
        "fourth minute of added time.",
      "“We gave them a goal,” Brannigan told the Echo. “You defend that corner properly " +
        "and you walk off with three points. We didn’t, and that’s on all of us, me " +
        "included.”",
      "Asked whether the club’s run of one win in seven had put his job under pressure, " +
        "the 47-year-old shrugged: “That’s not for me to worry about. I’ll be in on Monday " +
        "picking the team for Tuesday.”",
      "Crewe boss Martin Sheehan was full of praise for Reddy, who only returned from a " +
        "knee injury last month. “Callum’s been out for four months and he’s the one who " +
        "wins it for us,” said Sheehan. “Football’s funny like that.”",
      "Before kick-off a section of the home support in the Cowshed had unfurled a banner " +
        "reading “Super White Army”, but by the final whistle the ground was half empty.",
      "Tranmere, who sit 17th in League Two, travel to Harrogate Town on Tuesday night.",
    ],
    quotes: [
      ["switching off", "Gary Brannigan"],
      ["We gave them a goal,", "Gary Brannigan"],
      [
        "You defend that corner properly and you walk off with three points. We didn’t, and " +
          "that’s on all of us, me included.",
        "Gary Brannigan",
      ],
      [
        "That’s not for me to worry about. I’ll be in on Monday picking the team for Tuesday.",
        "Gary Brannigan",
      ],
      ["Callum’s been out for four months and he’s the one who wins it for us,", "Martin Sheehan"],
      ["Football’s funny like that.", "Martin Sheehan"],
    ],
  },
  {
    name:
      "The Express Tribune, culture: a film title in the headline and the body, a board's " +
      "earlier partial quote with had said, Speaking to the paper with a partial quote " +
      "then the filmmaker said, a board chairman with a partial quote then He said and a " +
      "colon, an actor who wrote on Instagram, a song title",
    todo:
      "a partial quote after “the board had said” in a relative clause gets the noun " +
      "phrase before it, not the board named at the start of the sentence",
    headline: "Punjab censor board clears ‘Sheesh Mahal Road’ after three-month standoff",
    paragraphs: [
      "LAHORE: The Punjab Film Censor Board has cleared director Sana Mirza’s feature " +
        "“Sheesh Mahal Road” for cinema release, ending a three-month standoff over scenes " +
        "the board had said could “hurt public sentiment”.",
      "The film, which premiered at the Red Sea International Film Festival in Jeddah last " +
        "December, follows a family of glass bangle makers in the Walled City. It will open " +
        "in cinemas on March 14 with two cuts totalling under a minute, according to a " +
        "notification issued on Tuesday.",
      "Speaking to The Express Tribune, Mirza said the cuts were “painful but survivable”. " +
        "“I made this film for audiences in Lahore, not for festival juries,” the filmmaker " +
        "said. “If the price of that is 50 seconds, I will pay it.”",
      "Board chairman Tariq Mahmood Bhatti said the body had acted “strictly within the " +
        "law”. He said: “We do not ban films. We ask producers to respect the sensitivities " +
        "of our society, and in this case the producers cooperated.”",
      "Actor Hamza Qureshi, who plays the family’s eldest son, wrote on Instagram that the " +
        "wait had been “the longest intermission of my life”.",
      "The film’s soundtrack, including the qawwali “Mera Shehar”, has already crossed two " +
        "million streams on Spotify and YouTube.",
    ],
    quotes: [
      ["hurt public sentiment", "The Punjab Film Censor Board"],
      ["painful but survivable", "Sana Mirza"],
      ["I made this film for audiences in Lahore, not for festival juries,", "Sana Mirza"],
      ["If the price of that is 50 seconds, I will pay it.", "Sana Mirza"],
      ["strictly within the law", "Tariq Mahmood Bhatti"],
      [
        "We do not ban films. We ask producers to respect the sensitivities of our society, " +
          "and in this case the producers cooperated.",
        "Tariq Mahmood Bhatti",
      ],
      ["the longest intermission of my life", "Hamza Qureshi"],
    ],
  },
  {
    name:
      "TimesLIVE, health: a department spokesperson then her surname, an institute in its " +
      "weekly bulletin with a partial quote, a paediatrician with Dr introduced then she " +
      "said in the next paragraph, an unnamed mother with the 29-year-old, what she " +
      "called, a scare-quoted word",
    todo:
      "an unnamed speaker “A mother from Soshanguve whose three-year-old son …” keeps part " +
      "of the relative clause, and a scare-quoted term after a “what she called” quote is " +
      "taken as her quote",
    headline: "Measles outbreak: 14 cases confirmed in Tshwane as Gauteng urges parents to " + "vaccinate",
    paragraphs: [
      "The Gauteng health department has confirmed 14 cases of measles in Tshwane since " +
        "the start of the month and is urging parents to check their children’s vaccination " +
        "records.",
      "Department spokesperson Lerato Mathebula said most of the cases were children under " +
        "five in Soshanguve and Mabopane, and none had died. “Measles is one of the most " +
        "contagious diseases we know of. One child can infect nine out of 10 unvaccinated " +
        "children around them,” Mathebula said.",
      "The National Institute for Communicable Diseases (NICD) said in its weekly bulletin " +
        "that first-dose coverage in the district had fallen to 71%, well below the 95% " +
        "needed to stop outbreaks, and described the situation as “a warning we cannot " +
        "afford to ignore”.",
      "Dr Nomvula Sithole, a paediatrician at Dr George Mukhari Academic Hospital in " +
        "Ga-Rankuwa, said many parents had missed appointments during the Covid-19 pandemic " +
        "and never caught up.",
      "“We see mothers who genuinely believe the child is fully vaccinated because they " +
        "lost the Road to Health booklet,” she said. “Clinics will vaccinate again if you " +
        "are unsure. There is no harm in an extra dose.”",
      "A mother from Soshanguve whose three-year-old son was admitted last week said she " +
        "had not known the disease was circulating. “I thought it was just a rash from the " +
        "heat,” said the 29-year-old, who asked not to be named.",
      "Sithole also warned against what she called “WhatsApp medicine” — voice notes " +
        "claiming that vitamin A or “natural immunity” alone could protect a child.",
      "The department said mobile vaccination teams would visit schools and crèches in the " +
        "affected areas from Monday.",
    ],
    quotes: [
      [
        "Measles is one of the most contagious diseases we know of. One child can infect " +
          "nine out of 10 unvaccinated children around them,",
        "Lerato Mathebula",
      ],
      ["a warning we cannot afford to ignore", "The National Institute for Communicable Diseases"],
      [
        "We see mothers who genuinely believe the child is fully vaccinated because they " +
          "lost the Road to Health booklet,",
        "Nomvula Sithole",
      ],
      [
        "Clinics will vaccinate again if you are unsure. There is no harm in an extra dose.",
        "Nomvula Sithole",
      ],
      ["I thought it was just a rash from the heat,", "A mother from Soshanguve"],
      ["WhatsApp medicine", "Nomvula Sithole"],
    ],
  },
  {
    name:
      "Saskatoon StarPhoenix, weather: a headline quote repeated in the body, a federal " +
      "department with a partial quote after saying, a meteorologist named then his " +
      "surname after the quote, an RCMP corporal with Cpl. then her surname, a term in " +
      "marks, a stranded traveller with said by phone, a utility with the period inside " +
      "the marks",
    todo: "a term the city “declared” is taken as the city's quote",
    headline: "‘Do not travel’: Blizzard shuts highways across central Saskatchewan",
    paragraphs: [
      "A blizzard packing wind gusts of up to 90 km/h shut down long stretches of highway " +
        "across central Saskatchewan on Wednesday, stranding motorists and closing schools " +
        "in and around Saskatoon.",
      "Environment and Climate Change Canada issued blizzard warnings for much of the " +
        "region, saying visibility would be “near zero at times” in blowing snow. " +
        "Meteorologist Brett Solomon said the system would linger into Thursday morning.",
      "“This is not a storm you want to be driving in. If you’re on the highway and you " +
        "lose sight of the ditch, you’re in trouble,” Solomon said.",
      "The Highway Hotline listed closures on Highway 11 between Saskatoon and Davidson " +
        "and on Highway 16 east to Lanigan. RCMP Cpl. Dana Kowalski said officers had helped " +
        "more than 30 stranded drivers overnight.",
      "“Do not travel,” Kowalski said. “We’ve pulled families out of vehicles that were " +
        "buried to the door handles.”",
      "Saskatoon Public Schools cancelled classes for the day, and the city declared a " +
        "“snow event,” which triggers parking bans on priority streets.",
      "In Warman, about 20 kilometres north of the city, Dale Friesen spent the night in a " +
        "Co-op gas station with a dozen other travellers. “The staff just kept the coffee " +
        "going and pulled out some cots from somewhere,” Friesen said by phone Thursday " +
        "morning. “Prairie people. You help each other out.”",
      "SaskPower said about 4,000 customers were without power at the peak of the storm " +
        "and that crews were “working as quickly as conditions safely allow.”",
    ],
    quotes: [
      ["near zero at times", "Environment and Climate Change Canada"],
      [
        "This is not a storm you want to be driving in. If you’re on the highway and you " +
          "lose sight of the ditch, you’re in trouble,",
        "Brett Solomon",
      ],
      ["Do not travel,", "Dana Kowalski"],
      ["We’ve pulled families out of vehicles that were buried to the door handles.", "Dana Kowalski"],
      ["The staff just kept the coffee going and pulled out some cots from somewhere,", "Dale Friesen"],
      ["Prairie people. You help each other out.", "Dale Friesen"],
      ["working as quickly as conditions safely allow.", "SaskPower"],
    ],
  },
  {
    name:
      "The Press (Christchurch), education: a headline fragment repeated as a partial " +
      "quote in the body, a principal then her surname, a pronoun carried into an " +
      "unattributed quote, a ministry official said in a statement with a partial quote " +
      "then his surname, an opposition spokesperson called with a partial quote then " +
      "saying and a colon, a banner",
    headline: "Ministry pauses $38m rebuild of Aranui school, principal says pupils ‘left in limbo’",
    paragraphs: [
      "The Ministry of Education has paused the $38 million rebuild of Harrow Street " +
        "School in Aranui, leaving 420 pupils in ageing prefabs for at least another two " +
        "years.",
      "Principal Aroha Tipene said pupils and staff had been “left in limbo” by a decision " +
        "she learned of in a two-line email last Thursday.",
      "“We were told in 2021 this was a priority. We’ve had the architects in, we’ve had " +
        "the consultation hui, we’ve chosen the carpet colours,” Tipene said.",
      "She said the prefabs, brought in after the 2011 earthquake as a temporary measure, " +
        "leaked in heavy rain. “Some days we have buckets in three classrooms.”",
      "Ministry of Education head of infrastructure Sam Fowler said in a statement the " +
        "rebuild had been “reprioritised, not cancelled” following a national review of " +
        "school property spending. “We understand this is disappointing for the school " +
        "community, and we will keep the buildings safe and dry in the meantime,” Fowler " +
        "said.",
      "Labour’s education spokesperson, Tania Rewiti, called the pause “a broken promise " +
        "to the east”, saying: “Eastern suburbs kids have waited longer than anyone in this " +
        "city.”",
      "On Friday afternoon parents gathered at the school gate with a banner reading " + "“Build It Now”.",
    ],
    quotes: [
      ["left in limbo", "Aroha Tipene"],
      [
        "We were told in 2021 this was a priority. We’ve had the architects in, we’ve had " +
          "the consultation hui, we’ve chosen the carpet colours,",
        "Aroha Tipene",
      ],
      ["Some days we have buckets in three classrooms.", "Aroha Tipene"],
      ["reprioritised, not cancelled", "Sam Fowler"],
      [
        "We understand this is disappointing for the school community, and we will keep the " +
          "buildings safe and dry in the meantime,",
        "Sam Fowler",
      ],
      ["a broken promise to the east", "Tania Rewiti"],
      ["Eastern suburbs kids have waited longer than anyone in this city.", "Tania Rewiti"],
    ],
  },
  {
    name:
      "Hakai Magazine, science: a feature headline and standfirst without quotes, says in " +
      "the present tense inverted after a quote with a long apposition, a study that " +
      "concludes with a partial quote, a scare-quoted term, an outside ecologist with " +
      "says, she says before a colon",
    todo:
      "a study “led by researchers at …” that concluded gets the tail of the institution's " +
      "name, not the study",
    headline: "The Sunflower Sea Star’s Slow Comeback",
    standfirst:
      "Scientists in British Columbia are raising the once-common predator in tanks, " +
      "hoping to return it to kelp forests stripped bare by urchins.",
    paragraphs: [
      "In a row of chilled tanks at the Bamfield Marine Sciences Centre on the west coast " +
        "of Vancouver Island, several hundred sunflower sea stars no bigger than a thumbnail " +
        "are learning to eat.",
      "“They’re voracious, which is exactly what we want,” says Jenna Whitlock, a marine " +
        "ecologist at the University of Victoria who leads the captive-breeding project. “A " +
        "healthy adult can eat an urchin a day.”",
      "Sunflower sea stars were once among the most common predators on the Pacific coast. " +
        "Between 2013 and 2017, sea star wasting disease killed more than five billion of " +
        "them from Mexico to Alaska, and the International Union for Conservation of Nature " +
        "now lists the species as critically endangered.",
      "With the sea stars gone, purple urchin numbers exploded. In parts of northern " +
        "California, urchins have mowed down more than 90 percent of the bull kelp, leaving " +
        "vast so-called “urchin barrens.”",
      "Whitlock’s team is not the first to try raising the animals. A 2023 study led by " +
        "researchers at the University of Washington’s Friday Harbor Laboratories found that " +
        "captive-raised juveniles survived for months in cages on the seafloor, and " +
        "concluded that reintroduction was “feasible at small scales.”",
      "Not everyone is convinced breeding alone will work. “You can release a thousand sea " +
        "stars, but if whatever caused the wasting is still out there, you may just be " +
        "feeding the disease,” says Mark Ostrander, a disease ecologist at Oregon State " +
        "University who is not involved in the project.",
      "Whitlock agrees that the cause remains the crucial unknown. Still, she says, " +
        "certainty is a luxury the kelp doesn’t have: “Every year we wait, we lose more " +
        "forest.”",
    ],
    quotes: [
      ["They’re voracious, which is exactly what we want,", "Jenna Whitlock"],
      ["A healthy adult can eat an urchin a day.", "Jenna Whitlock"],
      ["feasible at small scales.", "A 2023 study"],
      [
        "You can release a thousand sea stars, but if whatever caused the wasting is still " +
          "out there, you may just be feeding the disease,",
        "Mark Ostrander",
      ],
      ["Every year we wait, we lose more forest.", "Jenna Whitlock"],
    ],
  },
  {
    name:
      "The EastAfrican, business: said inverted before a name with a role after it then a " +
      "second quote, an agency warning in a notice with a partial quote, a farmer with she " +
      "asked, an economist with an inverted said then She argued and adding with a colon, " +
      "a brand name",
    headline: "Tea prices slump at Mombasa auction as Pakistan, Egypt buyers hold back",
    paragraphs: [
      "Tea prices at the Mombasa auction fell to their lowest level in four years this " +
        "week, as buyers from Pakistan and Egypt, the two largest markets for Kenyan tea, " +
        "cut orders amid dollar shortages.",
      "The average price for a kilogramme of black tea dropped to $1.98 on Tuesday, from " +
        "$2.31 a month earlier, according to data from the East African Tea Trade " +
        "Association (EATTA).",
      "“Buyers are on the floor, but they are not bidding,” said Fredrick Kiplagat, the " +
        "association’s managing director. “When your two biggest customers are short of " +
        "dollars, you feel it immediately.”",
      "The Kenya Tea Development Agency (KTDA), which manages factories for some 600,000 " +
        "smallholder farmers, warned in a notice to growers that this year’s bonus payments " +
        "would be “significantly lower” than last year’s.",
      "In Kericho, Joyce Chepkoech, who farms two acres of tea, has already cut the number " +
        "of pluckers she hires. “I pay the pluckers 10 shillings a kilo. If the factory pays " +
        "me 20, what is left for my children?” she asked.",
      "Analysts say the slump also reflects a glut: output rose 12 per cent last year " +
        "after good rains, according to the Tea Board of Kenya. “We produced our way into " +
        "this problem,” said Wanjiru Kamau, an agricultural economist at Egerton University. " +
        "She argued that Kenya must sell more packaged tea rather than bulk leaf, adding: " +
        "“As long as we sell tea the way we did in 1960, we will be price takers.”",
      "The Tea Board has been promoting Kenyan tea in the Gulf under the “Pure Kenya” " + "brand since 2023.",
    ],
    quotes: [
      ["Buyers are on the floor, but they are not bidding,", "Fredrick Kiplagat"],
      ["When your two biggest customers are short of dollars, you feel it immediately.", "Fredrick Kiplagat"],
      ["significantly lower", "The Kenya Tea Development Agency"],
      [
        "I pay the pluckers 10 shillings a kilo. If the factory pays me 20, what is left for " +
          "my children?",
        "Joyce Chepkoech",
      ],
      ["We produced our way into this problem,", "Wanjiru Kamau"],
      ["As long as we sell tea the way we did in 1960, we will be price takers.", "Wanjiru Kamau"],
    ],
  },
  {
    name:
      "Deccan Chronicle, crime: straight quotes throughout, a city dateline, a victim with " +
      "told the paper then a second quote, a DCP named then the DCP said, He added then " +
      "the surname, an operation name, an association's statement with a partial quote, an " +
      "unnamed senior officer then the officer said",
    todo:
      "“the DCP said” is not linked back to the deputy commissioner of police named in the " +
      "sentence before",
    headline: "Hyderabad: Two held for posing as cops, robbing trader of 1.2kg gold",
    paragraphs: [
      "HYDERABAD: Two men who allegedly posed as policemen and robbed a jewellery trader " +
        "of 1.2kg of gold near Abids last week were arrested on Sunday.",
      "The accused, Syed Irfan, 32, and K Ramesh, 29, stopped Prakash Jain, 54, near Bank " +
        "Street on October 9, claiming to be from the task force. They searched his bag, " +
        "took the gold and fled on a motorcycle.",
      '"They showed me an ID card and spoke very confidently. I never suspected anything," ' +
        'Jain told Deccan Chronicle. "Only when they drove off without giving any receipt ' +
        'did I realise."',
      "Deputy commissioner of police (Central Zone) M Sudheer Reddy said the two were " +
        'tracked using footage from over 150 CCTV cameras. "This is a well-planned crime. ' +
        'They had done a recce of the area for at least two days," the DCP said.',
      "He added that Irfan had a previous cheating case registered against him at " +
        'Chikkadpally police station. "We are checking if they were involved in similar ' +
        'offences in other commissionerates," Reddy said.',
      'Police said the arrests were part of "Operation Kavach", a city-wide drive against ' +
        "impersonation frauds. About 1.1kg of the gold has been recovered.",
      "The Hyderabad Jewellers' Association said in a statement that traders had been " +
        '"living in fear" since the robbery and sought more patrolling in the market area.',
      "A senior police officer said the gang had targeted traders who carry gold on foot. " +
        '"They know these traders move in the mornings, alone, and often with unaccounted ' +
        'cash they will not report," the officer said. Both accused were remanded in ' +
        "judicial custody.",
    ],
    quotes: [
      ["They showed me an ID card and spoke very confidently. I never suspected anything,", "Prakash Jain"],
      ["Only when they drove off without giving any receipt did I realise.", "Prakash Jain"],
      [
        "This is a well-planned crime. They had done a recce of the area for at least two " + "days,",
        "M Sudheer Reddy",
      ],
      [
        "We are checking if they were involved in similar offences in other commissionerates,",
        "M Sudheer Reddy",
      ],
      ["living in fear", "The Hyderabad Jewellers' Association"],
      [
        "They know these traders move in the mornings, alone, and often with unaccounted " +
          "cash they will not report,",
        "A senior police officer",
      ],
    ],
  },
]);
