// A twenty-fifth round of composed English news articles, in the styles of outlets and beats the first
// twenty-four rounds did not use: the Townsville Bulletin at a fraud sentencing in the Townsville Supreme
// Court, the Financial Post on a Calgary oilfield services takeover, The Southland Times after a Stags
// home loss to Otago, the Santa Fe New Mexican on an opera premiere for the 2027 season, Chemistry World
// on a photocatalyst for PFOA, the Malay Mail on an overcrowded emergency department in Klang, The
// Anglo-Celt on a campaign to save Kingscourt's post office, The Plain Dealer on a murder charge in
// Slavic Village, the Bangalore Mirror on a fish kill in a Yelahanka lake and GroundUp on unplaced
// learners in Khayelitsha. Every article was written for these tests, blind, before the engine was run
// on them. Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or
// a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Townsville Bulletin, courts: a standfirst partial by a grazier named only in the body " +
      "and not repeated there, a fictitious contractor's trading name in marks, a prosecutor " +
      "told the court then Mr Surname said, a victim impact statement with a partial then Mrs " +
      "Surname told the court, a husband sharing her surname, a defence barrister and her " +
      "client both women with she said and a partial, a judge's quote split by told, the " +
      "husband as Mr Surname then he said",
    todo:
      "«one bad wet season from losing everything» goes to A grazier, not Lorraine Dwyer; «She sat " +
      "at our kitchen table. She came to our…» goes to Graham Dwyer, not Lorraine Dwyer; «You don’t get " +
      "that back. But at least today i…» goes to Paul Hennessy, not Graham Dwyer",
    headline: "Station bookkeeper who stole $1.1m from Charters Towers graziers jailed",
    standfirst:
      "A grazier told the court the theft had left her family “one bad wet season from losing everything”.",
    paragraphs: [
      "A former station bookkeeper who siphoned more than $1.1m from a Charters Towers cattle " +
        "property over six years has been jailed for five years.",
      "Kerri-Anne Mulholland, 47, pleaded guilty in the Townsville Supreme Court on Thursday " +
        "to one count of fraud as an employee. She will be eligible for parole in August 2027.",
      "Crown prosecutor Liam Fitzgerald told the court Mulholland had made 312 transfers from " +
        "the station’s accounts, disguised as payments to a fencing contractor she called " +
        "“Outback Post & Rail”, which did not exist. “This was not a moment of weakness. It was " +
        "a system, and it was maintained with some care for the better part of six years,” Mr " +
        "Fitzgerald said.",
      "In a victim impact statement, Lorraine Dwyer, who owns the station with her husband " +
        "Graham Dwyer, said the family had treated the 47-year-old “like a sister”. “She sat at " +
        "our kitchen table. She came to our kids’ birthdays. She knew exactly what that money " +
        "meant to us,” Mrs Dwyer told the court.",
      "Defence barrister Anthea Brooks said her client had developed a gambling addiction " +
        "after her marriage broke down and had since repaid $85,000. She said Mulholland was " +
        "“genuinely remorseful” and had not placed a bet in 18 months.",
      "“You were trusted completely,” Justice Paul Hennessy told Mulholland, “and you " +
        "exploited that trust again and again, in a community where trust is how business " +
        "gets done.”",
      "Outside court, Mr Dwyer said the family had sold 400 head of cattle to cover its debts. " +
        "“You don’t get that back. But at least today it’s finished,” he said.",
    ],
    quotes: [
      ["one bad wet season from losing everything", "Lorraine Dwyer"],
      [
        "This was not a moment of weakness. It was a system, and it was maintained with some " +
          "care for the better part of six years,",
        "Liam Fitzgerald",
      ],
      ["like a sister", "Lorraine Dwyer"],
      [
        "She sat at our kitchen table. She came to our kids’ birthdays. She knew exactly what " +
          "that money meant to us,",
        "Lorraine Dwyer",
      ],
      ["genuinely remorseful", "Anthea Brooks"],
      ["You were trusted completely,", "Paul Hennessy"],
      [
        "and you exploited that trust again and again, in a community where trust is how " +
          "business gets done.",
        "Paul Hennessy",
      ],
      ["You don’t get that back. But at least today it’s finished,", "Graham Dwyer"],
    ],
  },
  {
    name:
      "Financial Post, business: a headline partial in single marks by a chief executive " +
      "named only in the body and not repeated there, a company's circular says with a " +
      "partial, told analysts with a partial then she said, an analyst wrote in a note to " +
      "clients then a verbless second quote, an unnamed person familiar with the process " +
      "then the person described with a partial, an acquirer's chief executive with an " +
      "inverted insisted and Surname",
    todo: "«right for our shareholders» goes to Cordillera Energy Services Inc., not Dana Kowalchuk",
    headline: "Cordillera agrees to US$1.1B sale to Ridgeline; CEO says deal ‘right for our shareholders’",
    paragraphs: [
      "Cordillera Energy Services Inc., the Calgary-based oilfield equipment rental company, " +
        "has agreed to be acquired by Houston’s Ridgeline Holdings Corp. for US$1.1 billion in " +
        "cash, ending a six-month strategic review that drew interest from at least three " +
        "bidders.",
      "Ridgeline will pay $18.40 a share, a 31 per cent premium to Cordillera’s closing price " +
        "on Friday, the companies said Monday. Cordillera’s management information circular, " +
        "filed the same day, says the board received two other proposals but that neither " +
        "offered “comparable certainty of value.”",
      "Chief executive Dana Kowalchuk told analysts on a conference call that the company had " +
        "“gone as far as we could go on our own.” “We’re a great Canadian business, but we " +
        "need a bigger balance sheet to compete in the Permian, and Ridgeline gives us that,” " +
        "she said.",
      "“The price is fair, not spectacular,” ATB Capital Markets analyst Marcus Lindqvist " +
        "wrote in a note to clients. “We suspect some shareholders were hoping for a number " +
        "closer to $20.”",
      "A person familiar with the sale process, who was not authorized to speak publicly, " +
        "said a private equity bidder had dropped out in August after failing to line up " +
        "financing. The person described the final round as “a two-horse race.”",
      "Cordillera employs about 1,400 people, 600 of them in Alberta. Ridgeline chief " +
        "executive Travis Boone sought to reassure them. “Calgary has talent we don’t have in " +
        "Houston, and we’d be foolish to walk away from it,” insisted Boone, who said the " +
        "Calgary office would become the combined company’s Canadian headquarters.",
      "The deal requires approval from two-thirds of Cordillera shareholders and clearance " +
        "under the Competition Act and the Investment Canada Act. It is expected to close in " +
        "the first quarter of 2027.",
    ],
    quotes: [
      ["right for our shareholders", "Dana Kowalchuk"],
      ["comparable certainty of value.", "Cordillera’s management information circular"],
      ["gone as far as we could go on our own.", "Dana Kowalchuk"],
      [
        "We’re a great Canadian business, but we need a bigger balance sheet to compete in the " +
          "Permian, and Ridgeline gives us that,",
        "Dana Kowalchuk",
      ],
      ["The price is fair, not spectacular,", "Marcus Lindqvist"],
      ["We suspect some shareholders were hoping for a number closer to $20.", "Marcus Lindqvist"],
      ["a two-horse race.", "A person familiar with the sale process"],
      [
        "Calgary has talent we don’t have in Houston, and we’d be foolish to walk away from it,",
        "Travis Boone",
      ],
    ],
  },
  {
    name:
      "The Southland Times, sport: a headline quote in double marks before a colon by a " +
      "captain named only in the body and repeated there, an inverted said with captain and " +
      "name then a verbless second quote, a coach with two partials, a first five-eighth's " +
      "nickname in marks, Surname said for the coach, the opposing coach with he said and " +
      "his captain agreed with a colon, a supporter then the 71-year-old said",
    headline: "“We just kept shooting ourselves in the foot”: Stags stumble against Otago",
    paragraphs: [
      "The Southland Stags’ hopes of a home quarterfinal took a heavy blow on Saturday, going " +
        "down 31-17 to Otago at Rugby Park in Invercargill.",
      "Southland led 17-10 at halftime, but two yellow cards in the second spell and a string " +
        "of lost lineouts handed the momentum to the visitors. “We just kept shooting " +
        "ourselves in the foot,” said captain Hamish Te Rangi, who scored the Stags’ only try. " +
        "“You can’t play a side like Otago with 14 men for 20 minutes and expect to win.”",
      "Stags coach Brent Duthie was blunter. He said the discipline was “not good enough” and " +
        "the side would “have a hard look at ourselves this week”.",
      "There was little to fault in 20-year-old first five-eighth Sione Vake, who kicked four " +
        "from four and was known to his Southland Boys’ High School teammates as “Postie” " +
        "because he always delivered. “He’s got ice in his veins, that kid. He’ll play at a " +
        "higher level, no doubt about it,” Duthie said.",
      "Otago coach Craig Latimer praised his forwards, who stole four lineouts on Southland’s " +
        "throw in the second half. “Our pack was outstanding. That was the game right there,” " +
        "he said. His captain, lock Josh Hurst, agreed: “They threw a lot at us early, but we " +
        "stuck at it.”",
      "Among the crowd of 4800 was Gore farmer Alan Ruddenklau, who has not missed a Stags " +
        "home game since 1994. “I’ve seen worse, but not lately,” the 71-year-old said.",
      "Southland travel to Napier to play Hawke’s Bay on Friday.",
    ],
    quotes: [
      ["We just kept shooting ourselves in the foot,", "Hamish Te Rangi"],
      ["You can’t play a side like Otago with 14 men for 20 minutes and expect to win.", "Hamish Te Rangi"],
      ["not good enough", "Brent Duthie"],
      ["have a hard look at ourselves this week", "Brent Duthie"],
      [
        "He’s got ice in his veins, that kid. He’ll play at a higher level, no doubt about it,",
        "Brent Duthie",
      ],
      ["Our pack was outstanding. That was the game right there,", "Craig Latimer"],
      ["They threw a lot at us early, but we stuck at it.", "Josh Hurst"],
      ["I’ve seen worse, but not lately,", "Alan Ruddenklau"],
    ],
  },
  {
    name:
      "Santa Fe New Mexican, culture: an opera's title in single marks in the headline and " +
      "in double marks in the body, four more opera titles in marks, an inverted said with a " +
      "general director, a composer who called the novel with a partial then Surname said, " +
      "the librettist and the director both women in one paragraph with she said in a news " +
      "release, a daughter in a statement with a partial, an unnamed subscriber called with a " +
      "partial",
    headline: "Santa Fe Opera to open 2027 season with world premiere of ‘The Acequia Keeper’",
    paragraphs: [
      "The Santa Fe Opera will open its 2027 season with the world premiere of “The Acequia " +
        "Keeper,” an opera based on the late Tomás Archuleta’s 1988 novel about a family feud " +
        "over water rights in the Española Valley, the company announced Wednesday.",
      "The season will also include new productions of Puccini’s “Tosca” and Handel’s " +
        "“Alcina,” and a revival of the company’s 2019 staging of “The Marriage of Figaro.”",
      "“This is a story that could only be told here, and we wanted it told by artists who " +
        "know this place,” said general director Harriet Vance, who has led the company since " +
        "2023.",
      "The score is by Albuquerque-born composer Gabriel Montoya, 41, who called the novel " +
        "“the book that made me a composer.” “My grandfather was mayordomo of the acequia in " +
        "Chimayó. I grew up hearing those arguments at the dinner table,” Montoya said.",
      "The libretto is by poet Renata Ortiz Chávez, who is writing her first opera. Lucía " +
        "Serrano, who staged the company’s acclaimed “Rusalka” in 2024, will direct. " +
        "“Renata’s text sings before there’s a note of music in it,” she said in a news " +
        "release.",
      "Archuleta died in 2019. His daughter, Marcela Archuleta-Reyes, who controls the rights " +
        "to his work, said in a statement that her father “would have laughed at the idea of " +
        "his characters singing, but he would have loved this.”",
      "A longtime subscriber, who asked not to be named because she sits on a donor " +
        "committee, called the choice “a gamble worth taking.”",
      "Subscriber renewals open Feb. 1; single tickets go on sale in March.",
    ],
    quotes: [
      [
        "This is a story that could only be told here, and we wanted it told by artists who " +
          "know this place,",
        "Harriet Vance",
      ],
      ["the book that made me a composer.", "Gabriel Montoya"],
      [
        "My grandfather was mayordomo of the acequia in Chimayó. I grew up hearing those " +
          "arguments at the dinner table,",
        "Gabriel Montoya",
      ],
      ["Renata’s text sings before there’s a note of music in it,", "Lucía Serrano"],
      [
        "would have laughed at the idea of his characters singing, but he would have loved this.",
        "Marcela Archuleta-Reyes",
      ],
      ["a gamble worth taking.", "A longtime subscriber"],
    ],
  },
  {
    name:
      "Chemistry World, science: single marks, a term in marks in the headline, a standfirst " +
      "without quotes, according to chemists without a quote, an inverted present-tense says " +
      "with a full name then a verbless second quote, the paper notes with a partial, a " +
      "co-author says with a partial, an outside chemist with an inverted cautions then a " +
      "verbless second quote, Surname accepts then she says, an agency spokesperson with a " +
      "partial",
    todo: "«15% of its activity over five cycles» not found",
    headline: "Light-driven catalyst strips fluorine from ‘forever chemicals’ at room temperature",
    standfirst:
      "Boron-doped carbon nitride breaks down PFOA under visible light, but sceptics say real " +
      "water will be a tougher test",
    paragraphs: [
      "A boron-doped carbon nitride photocatalyst can break the carbon–fluorine bonds of " +
        "perfluorooctanoic acid (PFOA) under visible light and at room temperature, according " +
        "to chemists in the UK and China. More than 90% of the fluorine was recovered as " +
        "fluoride ions after 24 hours.",
      "‘The C–F bond is the strongest single bond in organic chemistry, and most approaches " +
        "to breaking it need either a lot of heat or a lot of UV light,’ says Eleanor " +
        "Whitcombe of the University of Manchester, who led the work. ‘We wanted something you " +
        "could imagine running in a tank at a water treatment works.’",
      "The catalyst is not yet robust. The paper notes that it loses about ‘15% of its " +
        "activity over five cycles’, which the authors put down to fluoride ions blocking " +
        "active sites. Co-author Wei Zhang of Zhejiang University, who developed the " +
        "synthesis, says the material can be made ‘from urea and boric acid in an ordinary " +
        "furnace’.",
      "Not everyone is convinced the approach will scale. ‘PFOA is only one of thousands of " +
        "compounds in this family, and it’s one of the easier ones to degrade,’ cautions " +
        "Kristian Møller, an environmental chemist at Aarhus University in Denmark who was not " +
        "involved in the study. ‘I’d want to see it work on short-chain PFAS, and in real " +
        "groundwater, with everything else that’s in there.’",
      "Whitcombe accepts the point. ‘Real water is messy. That’s the next paper,’ she says.",
      "A spokesperson for the UK’s Environment Agency said it was ‘aware of a number of " +
        "promising PFAS treatment technologies’ but that none was yet ready for use at scale.",
    ],
    quotes: [
      [
        "The C–F bond is the strongest single bond in organic chemistry, and most approaches " +
          "to breaking it need either a lot of heat or a lot of UV light,",
        "Eleanor Whitcombe",
      ],
      [
        "We wanted something you could imagine running in a tank at a water treatment works.",
        "Eleanor Whitcombe",
      ],
      ["15% of its activity over five cycles", "The paper"],
      ["from urea and boric acid in an ordinary furnace", "Wei Zhang"],
      [
        "PFOA is only one of thousands of compounds in this family, and it’s one of the " +
          "easier ones to degrade,",
        "Kristian Møller",
      ],
      [
        "I’d want to see it work on short-chain PFAS, and in real groundwater, with " +
          "everything else that’s in there.",
        "Kristian Møller",
      ],
      ["Real water is messy. That’s the next paper,", "Eleanor Whitcombe"],
      [
        "aware of a number of promising PFAS treatment technologies",
        "A spokesperson for the UK’s Environment Agency",
      ],
    ],
  },
  {
    name:
      "Malay Mail, health: a headline quote in single marks before a colon by a doctors' " +
      "leader named only in the body and repeated there, a dateline, according to an " +
      "association without a quote, a president with Dr and she said in a statement then a " +
      "verbless second quote, a minister with Datuk Seri Dr with a partial, a Chinese " +
      "Malaysian retiree then Surname said, two women in one paragraph with she said for the " +
      "second-named, an unnamed medical officer with a partial then he added, a state health " +
      "department in a reply with a partial",
    headline: "‘We are running on empty’: MMA says Klang hospital ER at breaking point",
    paragraphs: [
      "KLANG, Nov 18 — The emergency department at Hospital Tengku Ampuan Rahimah (HTAR) here " +
        "has been operating at up to 180 per cent of its capacity for the past month, with " +
        "some patients waiting more than two days for a ward bed, according to the Malaysian " +
        "Medical Association (MMA).",
      "MMA president Dr Kalaiselvi Ramasamy said doctors at the hospital were routinely " +
        "working 30-hour shifts. “We are running on empty,” she said in a statement. “Our " +
        "members tell us they have never seen it this bad, not even during Covid-19.”",
      "Health Minister Datuk Seri Dr Azlan Hamid, when contacted, said the ministry had " +
        "deployed 25 additional medical officers to HTAR from other hospitals in Selangor. He " +
        "said a new 200-bed block would be “fully operational by the second quarter of next " +
        "year”.",
      "At the emergency department’s waiting area yesterday, retiree Tan Mei Ling, 64, said " +
        "her husband had been on a trolley in the corridor since Sunday night. “They gave him " +
        "a drip and oxygen, but there is no bed. The nurses are very kind, but they also don’t " +
        "know when,” Tan said.",
      "Another relative, Nurul Huda Ismail, 35, said she had waited 14 hours before a doctor " +
        "saw her mother, who was admitted with dengue. Tan, sitting beside her, shook her " +
        "head. “Fourteen hours is nothing here,” she said.",
      "A medical officer at the emergency department, who declined to be named as he is not " +
        "authorised to speak to the media, said staff were “treating patients on chairs”. " +
        "“Sometimes we resuscitate in the corridor because there is no space in the red " +
        "zone,” he added.",
      "In a reply to Malay Mail, the Selangor Health Department said bed occupancy at HTAR " +
        "stood at 112 per cent and that “non-critical cases are being diverted to Hospital " +
        "Shah Alam and Hospital Banting”.",
    ],
    quotes: [
      ["We are running on empty,", "Kalaiselvi Ramasamy"],
      [
        "Our members tell us they have never seen it this bad, not even during Covid-19.",
        "Kalaiselvi Ramasamy",
      ],
      ["fully operational by the second quarter of next year", "Azlan Hamid"],
      [
        "They gave him a drip and oxygen, but there is no bed. The nurses are very kind, but " +
          "they also don’t know when,",
        "Tan Mei Ling",
      ],
      ["Fourteen hours is nothing here,", "Tan Mei Ling"],
      ["treating patients on chairs", "A medical officer at the emergency department"],
      [
        "Sometimes we resuscitate in the corridor because there is no space in the red zone,",
        "A medical officer at the emergency department",
      ],
      [
        "non-critical cases are being diverted to Hospital Shah Alam and Hospital Banting",
        "the Selangor Health Department",
      ],
    ],
  },
  {
    name:
      "The Anglo-Celt, local life: a headline quote in single marks by a postmistress named " +
      "only in the body and not repeated there, her nickname in double marks, a daughter " +
      "sharing her surname with a petition's name in marks and an inverted said with her " +
      "first name, a company in a statement with two partials, a councillor and a TD both " +
      "men in one paragraph with went further and he said, a pensioner's quote running over " +
      "two paragraphs",
    todo: "«in some form» goes to services, not An Post",
    headline: "‘Some people only come in for the chat’: Kingscourt rallies to save its post office",
    paragraphs: [
      "More than 2,000 people have signed a petition to keep Kingscourt’s post office open " +
        "after its postmistress of 31 years announced her retirement and An Post said it had " +
        "yet to find anyone to take over the contract.",
      "Bernadette Clarke, known to generations of customers as “Bernie the Post”, will close " +
        "the counter on Main Street for the last time on December 19th. She has put off " +
        "retiring twice already. “I’d love to stay on, but I’m 68 and my knees are telling me " +
        "it’s time,” she said.",
      "Her daughter, Siobhán Clarke, started the petition, “Keep Kingscourt Posted”, after " +
        "hearing that no one had applied. “Mam would be the first to say it’s not about her. " +
        "There are people out the road in Corlea and Muff who don’t drive and don’t do online " +
        "banking,” said Siobhán.",
      "An Post said in a statement that it was “actively seeking a suitable retail partner” " +
        "in the town and that services would continue “in some form”.",
      "At last week’s meeting of the Bailieborough-Cootehill Municipal District, Cllr Fergal " +
        "Lynch (FG) said the town could not afford to lose another service after its bank " +
        "branch closed in 2021. Deputy Brendan Rooney (SF), who raised the matter in the Dáil, " +
        "went further. “We were told when the bank went that the post office would pick up " +
        "the slack. Now they want to take that too,” he said.",
      "Among those queuing on Tuesday morning was Tommy Brennan, 81, who has collected his " +
        "pension at the counter since 2009. “Where would I go? Carrickmacross is 20 minutes in " +
        "the car, and I haven’t a car.",
      "“Bernie knows if you’re not well. She’d ring someone. You won’t get that in a shop in " +
        "Carrick,” he said.",
      "A public meeting will take place in Kingscourt Community Centre on Thursday at 8pm.",
    ],
    quotes: [
      ["Some people only come in for the chat", "Bernadette Clarke"],
      ["I’d love to stay on, but I’m 68 and my knees are telling me it’s time,", "Bernadette Clarke"],
      [
        "Mam would be the first to say it’s not about her. There are people out the road in " +
          "Corlea and Muff who don’t drive and don’t do online banking,",
        "Siobhán Clarke",
      ],
      ["actively seeking a suitable retail partner", "An Post"],
      ["in some form", "An Post"],
      [
        "We were told when the bank went that the post office would pick up the slack. Now " +
          "they want to take that too,",
        "Brendan Rooney",
      ],
      ["Where would I go? Carrickmacross is 20 minutes in the car, and I haven’t a car.", "Tommy Brennan"],
      [
        "Bernie knows if you’re not well. She’d ring someone. You won’t get that in a shop in " + "Carrick,",
        "Tommy Brennan",
      ],
    ],
  },
  {
    name:
      "The Plain Dealer, crime: a headline partial in single marks by a mother named only in " +
      "the body and repeated there, a dateline, according to police without a quote, court " +
      "records say with a partial, a victim and his mother sharing a surname with his mother " +
      "said, an inverted said with a police commander's rank then a verbless second quote, a " +
      "prosecutor's office in a statement with a partial, an unnamed neighbor with he said, " +
      "an operation's name in marks",
    headline: "Man, 19, charged in Slavic Village store killing; mom says son ‘was just buying chips’",
    paragraphs: [
      "CLEVELAND, Ohio — A 19-year-old man has been charged with murder in the shooting death " +
        "of a 17-year-old outside a Slavic Village convenience store last week, police said " +
        "Monday.",
      "Darius Coleman was arrested Saturday at a relative’s home in Garfield Heights, " +
        "according to Cleveland police. He is being held in the Cuyahoga County Jail on $2 " +
        "million bond.",
      "Coleman is accused of shooting Jaylen Harris several times in the parking lot of the " +
        "Fleet Avenue Food Mart about 9:15 p.m. Oct. 14. Court records say the two argued " +
        "inside the store over “a dispute about a girl,” and that Coleman waited outside for " +
        "about 10 minutes.",
      "Harris was a junior at Garrett Morgan School of Science who worked weekends at a car " +
        "wash on Broadway Avenue. His mother, Tamika Harris, said her son “was just buying " +
        "chips.” “He wasn’t in no gang. He wasn’t looking for trouble. He walked to that store " +
        "every night,” his mother said.",
      "“This was a senseless act over nothing, and a young man who had his whole life ahead " +
        "of him is gone,” said Cleveland police Cmdr. Ray Kowalski, who leads the homicide " +
        "unit. “We’re grateful to the people in that neighborhood who came forward.”",
      "The Cuyahoga County Prosecutor’s Office said in a statement that it would present the " +
        "case to a grand jury “as quickly as possible.”",
      "A neighbor who asked that his name not be used because he feared retaliation said he " +
        "heard five shots. “Everybody out here knew that boy. He used to cut grass for the old " +
        "ladies on this street for $10,” he said.",
      "The killing was the city’s 112th homicide of the year. A summer violence reduction " +
        "effort, “Operation Safe Streets,” ended in September.",
    ],
    quotes: [
      ["was just buying chips.", "Tamika Harris"],
      ["a dispute about a girl,", "Court records"],
      [
        "He wasn’t in no gang. He wasn’t looking for trouble. He walked to that store every " + "night,",
        "Tamika Harris",
      ],
      [
        "This was a senseless act over nothing, and a young man who had his whole life ahead " +
          "of him is gone,",
        "Ray Kowalski",
      ],
      ["We’re grateful to the people in that neighborhood who came forward.", "Ray Kowalski"],
      ["as quickly as possible.", "The Cuyahoga County Prosecutor’s Office"],
      [
        "Everybody out here knew that boy. He used to cut grass for the old ladies on this " +
          "street for $10,",
        "A neighbor",
      ],
    ],
  },
  {
    name:
      "Bangalore Mirror, environment: straight quotes, an inverted said with a resident's " +
      "full name and a citizens' group's name in marks, a pollution control board in a " +
      "report with two partials and it attributed, an engineer with initial and role then he " +
      "said, a fisherman and the engineer both men in one paragraph with he asked and a " +
      "question mark, an activist accused with a partial then an inverted said with Surname, " +
      "an unnamed senior official with a partial",
    headline: "Thousands of fish die in Thirumenahalli lake; residents blame sewage",
    paragraphs: [
      "BENGALURU: Thousands of dead fish surfaced on Thirumenahalli lake in Yelahanka zone on " +
        "Sunday, triggering panic among residents who have for years complained of untreated " +
        "sewage flowing into the 38-acre waterbody.",
      '"We could not open our windows. Children were vomiting. It happened in 2022 also, but ' +
        'never this bad," said Shalini Prakash, a resident of a nearby apartment complex and a ' +
        'member of the citizens\' collective "Friends of Thirumenahalli Kere".',
      "The Karnataka State Pollution Control Board (KSPCB), in a preliminary report accessed " +
        'by Bangalore Mirror, found that dissolved oxygen levels had dropped to "near zero" at ' +
        'several points in the lake. It attributed the fish kill to "a sudden inflow of ' +
        'untreated sewage, possibly from a damaged trunk line".',
      "Greater Bengaluru Authority (GBA) chief engineer (lakes) M Raghavendra said a damaged " +
        "sewer line near the lake's inlet had been plugged by Monday evening. \"The dead fish " +
        'will be removed within two days and we will start aeration immediately," he said.',
      "Fisherman V Ramachandra, who holds the fishing lease for the lake, said he had lost " +
        "stock worth nearly Rs 4 lakh and that Raghavendra's officials had not visited him. " +
        '"I released 50,000 fingerlings in June. Everything is gone. Who will compensate me?" ' +
        "he asked.",
      'Lake activist Anand Subbaiah accused the authorities of "sitting on complaints for ' +
        'three years". "Every monsoon the sewage diversion channel overflows. Everybody knows ' +
        'it, KSPCB knows it, GBA knows it," said Subbaiah.',
      "A senior KSPCB official, requesting anonymity, said notices would be issued to two " +
        'apartment complexes upstream whose sewage treatment plants were "not functioning ' +
        'properly".',
    ],
    quotes: [
      [
        "We could not open our windows. Children were vomiting. It happened in 2022 also, but " +
          "never this bad,",
        "Shalini Prakash",
      ],
      ["near zero", "The Karnataka State Pollution Control Board"],
      [
        "a sudden inflow of untreated sewage, possibly from a damaged trunk line",
        "The Karnataka State Pollution Control Board",
      ],
      [
        "The dead fish will be removed within two days and we will start aeration immediately,",
        "M Raghavendra",
      ],
      ["I released 50,000 fingerlings in June. Everything is gone. Who will compensate me?", "V Ramachandra"],
      ["sitting on complaints for three years", "Anand Subbaiah"],
      [
        "Every monsoon the sewage diversion channel overflows. Everybody knows it, KSPCB knows " +
          "it, GBA knows it,",
        "Anand Subbaiah",
      ],
      ["not functioning properly", "A senior KSPCB official"],
    ],
  },
  {
    name:
      "GroundUp, education: straight quotes, according to a department without a quote, a " +
      "mother's quote with a nested quote of her daughter before an inverted said with her " +
      "full name, the mother of three then a letter from the district office says with two " +
      "partials, a spokesperson then Surname said, an inverted said with a principal's full " +
      "name and role, an NGO in a statement with two partials, placards' slogan in marks, a " +
      "verbless closing quote after the mother is named",
    headline: "Hundreds of Khayelitsha learners still have no school",
    paragraphs: [
      "More than 600 learners in Khayelitsha have still not been placed at a school, three " +
        "weeks into the school year, according to the Western Cape Education Department " +
        "(WCED).",
      "\"She sees her friends walk past in uniform every morning. She asks me, 'Mama, when is " +
        "it my turn?' I don't have an answer for her,\" said Nomvula Mabandla, whose " +
        "13-year-old daughter Ayanda has been at home in Site C since January.",
      "The mother of three applied online in April last year and again in person at the " +
        "Metro East district office in October. A letter from the district office, which she " +
        'showed GroundUp, says Ayanda has been "placed on a waiting list for Grade 8" and that ' +
        'the department "regrets any inconvenience".',
      "WCED spokesperson Kerry-Lee Adams said the department had received 3,200 late " +
        'applications in the district. "Mobile classrooms are being delivered to four schools ' +
        "in Khayelitsha this month, and we expect most learners to be placed by the end of " +
        'February," Adams said.',
      '"We want to help. But you cannot teach 70 children in one room. Nobody learns ' +
        'anything," said Mthunzi Gqola, principal of Esangweni Secondary School, where some ' +
        "Grade 8 classes already have 58 learners.",
      'Equal Education said in a statement that the shortage was "entirely predictable" and ' +
        'accused the department of "planning for the Western Cape it wishes it had, not the ' +
        'one it has".',
      "Last week about 40 parents picketed outside the district office with placards reading " +
        '"Our children deserve to learn". Mabandla was among them. "I will sit there until ' +
        'they give her a place."',
    ],
    quotes: [
      [
        "She sees her friends walk past in uniform every morning. She asks me, 'Mama, when is " +
          "it my turn?' I don't have an answer for her,",
        "Nomvula Mabandla",
      ],
      ["placed on a waiting list for Grade 8", "A letter from the district office"],
      ["regrets any inconvenience", "A letter from the district office"],
      [
        "Mobile classrooms are being delivered to four schools in Khayelitsha this month, and " +
          "we expect most learners to be placed by the end of February,",
        "Kerry-Lee Adams",
      ],
      [
        "We want to help. But you cannot teach 70 children in one room. Nobody learns anything,",
        "Mthunzi Gqola",
      ],
      ["entirely predictable", "Equal Education"],
      ["planning for the Western Cape it wishes it had, not the one it has", "Equal Education"],
      ["I will sit there until they give her a place.", "Nomvula Mabandla"],
    ],
  },
]);
