// An eighteenth round of composed English news articles, in the styles of outlets and beats the first
// seventeen rounds did not use: the Milwaukee Journal Sentinel on lead pipe replacement, the Eastern Daily
// Press at a sentencing in Norwich Crown Court, the Herald Sun after an AFL loss at the MCG, Gulf News on
// a Dubai retailer's profit, The Herald (Zimbabwe) on cholera in Harare, The Herald (Glasgow) on a
// Celtic Connections commission, the Pittsburgh Post-Gazette on hellbender salamanders, the Manila
// Bulletin on a storm in Cagayan Valley, the Times Colonist on portable classrooms and the Sowetan on a
// shooting in Orlando East. Every article was written for these tests, before the engine was run on
// them. Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Milwaukee Journal Sentinel, local politics: an alder says after a split quote then a " +
      "surname, a mayor's spokesperson before, a partial quote after calling, a yard sign " +
      "slogan, a utility named in a statement, an unnamed council staffer",
    headline: "Milwaukee Common Council speeds up lead pipe removal, but cost fight looms",
    paragraphs: [
      "The Milwaukee Common Council voted 12-3 on Tuesday to more than double the pace at which" +
        " the city replaces lead service lines, setting a target of 4,000 pipes a year starting " +
        "in 2027.",
      "“Every year we wait is another class of kindergartners drinking from those pipes,” said " +
        "Ald. JoCasta Zamarripa, who wrote the ordinance. “We know where the lines are. We just " +
        "have to dig.”",
      "Opponents said the plan leaves unanswered how the city will pay for it. Ald. Robert " +
        "Bauman called the funding section “a wish list with a dollar sign on it” and said he " +
        "could not support it until the state commits more money.",
      "“I am not against replacing lead pipes. Nobody is,” Bauman said. “I am against promising" +
        " something we can’t afford to finish.”",
      "Outside City Hall, a handful of residents from the Sherman Park neighborhood held yard " +
        "signs reading “Get the Lead Out” before the vote.",
      "Jeff Fleming, a spokesperson for Mayor Cavalier Johnson, said the mayor would sign the " +
        "ordinance. “The mayor has said from day one that this is a public health emergency, not " +
        "a plumbing project,” Fleming said.",
      "Milwaukee Water Works said in a statement that it was “prepared to scale up crews” but " +
        "would need to hire at least 40 more workers. A council staffer who was not authorized to" +
        " speak publicly said the estimate was “optimistic at best.”",
    ],
    quotes: [
      [
        "Every year we wait is another class of kindergartners drinking from those pipes,",
        "JoCasta Zamarripa",
      ],
      ["We know where the lines are. We just have to dig.", "JoCasta Zamarripa"],
      ["a wish list with a dollar sign on it", "Robert Bauman"],
      ["I am not against replacing lead pipes. Nobody is,", "Robert Bauman"],
      ["I am against promising something we can’t afford to finish.", "Robert Bauman"],
      [
        "The mayor has said from day one that this is a public health emergency, not a " +
          "plumbing project,",
        "Jeff Fleming",
      ],
      ["prepared to scale up crews", "Milwaukee Water Works"],
      ["optimistic at best.", "A council staffer"],
    ],
  },
  {
    name:
      "Eastern Daily Press, courts: the court heard, prosecuting with a colon, a victim's " +
      "statement read by a prosecutor, the 42-year-old referring back, a judge told him, a " +
      "detective said after the hearing, the name of a boat",
    headline: "Great Yarmouth fisherman jailed for £80,000 fuel theft from harbour",
    paragraphs: [
      "A fisherman who siphoned more than £80,000 worth of diesel from boats moored at Great " +
        "Yarmouth harbour over two years has been jailed.",
      "Darren Colman, 42, of Southtown Road, pleaded guilty to theft at Norwich Crown Court. " +
        "The court heard he used a pump hidden in the hold of his own trawler, the “Lady Jayne”, " +
        "to drain tanks at night.",
      "Opening the case, prosecutor Hannah Lyle said: “This was not a moment of madness. It was" +
        " planned, it was repeated and it was profitable.”",
      "In a statement read to the court, boat owner Keith Barnard said the thefts had nearly " +
        "put him out of business. “Every time I went to sea I didn’t know if I’d have enough fuel" +
        " to get home,” he said.",
      "Representing Colman, Simon Nicholls said his client had fallen into debt after the " +
        "pandemic and was “deeply ashamed”. The 42-year-old sat with his head bowed as his " +
        "barrister spoke.",
      "Judge Katharine Moore told him: “You stole from men who work in one of the most " +
        "dangerous trades there is. You knew exactly what you were doing.” She jailed him for two" +
        " years and eight months.",
      "Speaking after the hearing, Det Con Mark Sayer of Norfolk Police said: “The fishing " +
        "community helped us enormously with this case, and I hope today’s result gives them some" +
        " reassurance.”",
    ],
    quotes: [
      [
        "This was not a moment of madness. It was planned, it was repeated and it was profitable.",
        "Hannah Lyle",
      ],
      ["Every time I went to sea I didn’t know if I’d have enough fuel to get home,", "Keith Barnard"],
      ["deeply ashamed", "Simon Nicholls"],
      [
        "You stole from men who work in one of the most dangerous trades there is. You " +
          "knew exactly what you were doing.",
        "Katharine Moore",
      ],
      [
        "The fishing community helped us enormously with this case, and I hope today’s " +
          "result gives them some reassurance.",
        "Mark Sayer",
      ],
    ],
  },
  {
    name:
      "Herald Sun, sport: a quote in the headline repeated in the body, a coach says after, " +
      "inverted said with a captain, the veteran referring back, a club statement, a quote " +
      "across two paragraphs, a nickname in marks",
    headline: "‘We were off by a yard all night’: Magpies coach fumes after MCG loss",
    paragraphs: [
      "Collingwood coach Craig McRae has taken aim at his side’s pressure after a 31-point loss" +
        " to Hawthorn at the MCG on Saturday night.",
      "“We were off by a yard all night,” McRae said. “You can’t give a side like that that " +
        "much time and expect to win.”",
      "Hawthorn kicked seven goals to two in the second quarter, with forward Jack Ginnivan, " +
        "known to fans as “Ginni”, kicking four for the night.",
      "“It’s the best we’ve played all year,” said Hawks captain James Sicily. “The young " +
        "blokes just ran and ran.”",
      "Magpies veteran Scott Pendlebury, who played his 430th game, said the group needed to " +
        "look at itself. The 37-year-old was blunt: “We talk about standards every week. Tonight " +
        "we didn’t meet them.”",
      "“I’m not going to hide from it,” he said.",
      "“We’ve got a six-day break and a big game coming, so we’ll own it and move on.”",
      "Collingwood said in a statement on Sunday that defender Darcy Moore had suffered a " +
        "hamstring strain and would be “assessed later in the week”.",
    ],
    quotes: [
      ["We were off by a yard all night,", "Craig McRae"],
      ["You can’t give a side like that that much time and expect to win.", "Craig McRae"],
      ["It’s the best we’ve played all year,", "James Sicily"],
      ["The young blokes just ran and ran.", "James Sicily"],
      ["We talk about standards every week. Tonight we didn’t meet them.", "Scott Pendlebury"],
      ["I’m not going to hide from it,", "Scott Pendlebury"],
      ["We’ve got a six-day break and a big game coming, so we’ll own it and move on.", "Scott Pendlebury"],
      ["assessed later in the week", "Collingwood"],
    ],
  },
  {
    name:
      "Gulf News, business: a standfirst with a partial quote, a chief executive said after, " +
      "told Gulf News, a mall name, an analyst says, a report said, an unnamed industry source",
    headline: "Dubai retailer Al Noor Group posts 18% profit jump on tourist spending",
    standfirst:
      "Chief executive says visitors now shop ‘where residents shop’ as the group plans 25 new outlets",
    paragraphs: [
      "Al Noor Group, which runs 140 supermarkets and pharmacies across the UAE, said on Monday" +
        " that net profit rose 18 per cent to Dh612 million in 2026, driven by record visitor " +
        "numbers in Dubai.",
      "“Tourists are no longer just shopping in malls; they are shopping where residents shop,”" +
        " said Rashid Al Suwaidi, the group’s chief executive. “That changes how we plan every " +
        "store.”",
      "Al Suwaidi told Gulf News that the group would open 25 new outlets this year, including " +
        "a flagship store at the new “Creek Horizon” mall in Dubai Creek Harbour.",
      "“We are hiring about 1,200 people,” he said, adding that most of the roles would be in " +
        "logistics.",
      "Analysts said the results beat expectations. “Margins held up better than anyone " +
        "forecast,” says Priya Menon, head of research at Emirates Capital Partners. “The " +
        "question is whether the tourism boom lasts into 2028.”",
      "A report by the Dubai Department of Economy and Tourism published last month said " +
        "visitor spending had reached “the highest level on record”. An industry source said " +
        "competitors were “watching Al Noor very closely”.",
    ],
    quotes: [
      ["where residents shop", "Rashid Al Suwaidi"],
      [
        "Tourists are no longer just shopping in malls; they are shopping where residents shop,",
        "Rashid Al Suwaidi",
      ],
      ["That changes how we plan every store.", "Rashid Al Suwaidi"],
      ["We are hiring about 1,200 people,", "Rashid Al Suwaidi"],
      ["Margins held up better than anyone forecast,", "Priya Menon"],
      ["The question is whether the tourism boom lasts into 2028.", "Priya Menon"],
      ["the highest level on record", "A report by the Dubai Department of Economy and Tourism"],
      ["watching Al Noor very closely", "An industry source"],
    ],
  },
  {
    name:
      "The Herald (Zimbabwe), health: a ministry statement, a permanent secretary said before a" +
      " colon, the official referring back, a nurse speaking with straight quotes, a resident " +
      "with honorific and age who asks, an inverted says with a city health director, a campaign name",
    headline: "Harare cholera cases rise to 312 as city steps up water trucking",
    paragraphs: [
      "Cholera cases in Harare have risen to 312 since the outbreak was declared three weeks " +
        "ago, the Ministry of Health and Child Care said yesterday.",
      "In a statement, the ministry said the situation was “under control but requires " +
        "vigilance from every household”.",
      "Health and Child Care Permanent Secretary Dr Aspect Maunganidze said: “Most of the cases" +
        " come from Budiriro and Glen View, where residents rely on shallow wells.” The permanent" +
        " secretary urged families to boil all drinking water.",
      "At Budiriro Polyclinic, a nurse who asked not to be named said staff were treating up to" +
        ' 30 patients a day. "We have enough drips for now, but we need more beds," she said.',
      "Mrs Tendai Moyo, 38, whose two children were admitted last week, said she had no choice " +
        "but to use the well. “The taps have been dry since August. What are we supposed to " +
        "drink?” she asked.",
      "“We have deployed 14 bowsers to the worst-affected suburbs,” says Harare City Health " +
        "Director Dr Prosper Chonzi. “We are also repairing two trunk mains.”",
      "The council has launched a campaign, “Clean Hands, Safe Homes”, in schools and markets.",
    ],
    quotes: [
      ["under control but requires vigilance from every household", "the Ministry of Health and Child Care"],
      [
        "Most of the cases come from Budiriro and Glen View, where residents rely on shallow wells.",
        "Aspect Maunganidze",
      ],
      ["We have enough drips for now, but we need more beds,", "a nurse"],
      ["The taps have been dry since August. What are we supposed to drink?", "Tendai Moyo"],
      ["We have deployed 14 bowsers to the worst-affected suburbs,", "Prosper Chonzi"],
      ["We are also repairing two trunk mains.", "Prosper Chonzi"],
    ],
  },
  {
    name:
      "The Herald (Glasgow), culture: an album title and a festival name in marks, a singer " +
      "says after, the 29-year-old referring back, a festival director in a statement with a " +
      "colon, a partial quote after describing, a critic's review that says",
    headline: "Celtic Connections to open with Gaelic song cycle by Skye singer",
    paragraphs: [
      "Celtic Connections will open next January with the premiere of a Gaelic song cycle by " +
        "Skye singer Eilidh MacLeod, the festival announced yesterday.",
      "The 29-year-old, whose debut album “Tìr an Òir” was shortlisted for the Scottish Album " +
        "of the Year, will perform the work with a 40-piece orchestra at Glasgow Royal Concert " +
        "Hall.",
      "“These are songs my grandmother sang while she worked,” MacLeod said. “I wanted to hear " +
        "them with the whole weight of an orchestra behind them.”",
      "She described the commission as “terrifying and wonderful in equal measure”.",
      "Festival creative producer Donald Shaw said in a statement: “Eilidh is one of the most " +
        "exciting voices in Scottish music. Opening with her is a statement of where we think the" +
        " tradition is going.”",
      "A review of her debut in The Scotsman last year called her voice “clear as a winter " +
        "morning”, and her tour sold out within days.",
      "Tickets go on sale on October 14.",
    ],
    quotes: [
      ["These are songs my grandmother sang while she worked,", "Eilidh MacLeod"],
      ["I wanted to hear them with the whole weight of an orchestra behind them.", "Eilidh MacLeod"],
      ["terrifying and wonderful in equal measure", "Eilidh MacLeod"],
      [
        "Eilidh is one of the most exciting voices in Scottish music. Opening with her is" +
          " a statement of where we think the tradition is going.",
        "Donald Shaw",
      ],
      ["clear as a winter morning", "A review of her debut in The Scotsman"],
    ],
  },
  {
    name:
      "Pittsburgh Post-Gazette, science: a nickname in marks with the comma inside, a study " +
      "says without marks, a lead author says in present tense, she and her team then she " +
      "says, a co-author with a colon, an independent scientist said after a long quote",
    headline: "Pitt study finds hellbender salamanders returning to cleaned-up streams",
    paragraphs: [
      "Eastern hellbenders, the giant salamanders sometimes called “snot otters,” are turning " +
        "up again in western Pennsylvania streams where mine drainage was treated a decade ago, " +
        "according to a University of Pittsburgh study.",
      "The study, published Wednesday in the journal Freshwater Biology, says the animals were " +
        "found at 11 of 19 restored sites, compared with two sites in 2015.",
      "“Honestly, we didn’t expect to find young ones,” says Dr. Maya Okafor, the study’s lead " +
        "author and a biologist at Pitt. “Juveniles mean they’re breeding, and breeding means the" +
        " water is good enough.”",
      "She and her team spent three summers turning over rocks in the Kiskiminetas and " +
        "Conemaugh watersheds. “Some days we found nothing,” she says. “Other days we found six " +
        "under one slab.”",
      "Co-author Ethan Riggs, a graduate student, said the work depended on volunteers: “We had" +
        " anglers calling us every week to tell us where they’d seen one.”",
      "Scientists not involved in the work were cautiously upbeat. “It’s a genuinely good news " +
        "story, but populations this small can crash quickly,” said Laura Brenner, a " +
        "herpetologist with the Western Pennsylvania Conservancy.",
    ],
    quotes: [
      ["Honestly, we didn’t expect to find young ones,", "Maya Okafor"],
      ["Juveniles mean they’re breeding, and breeding means the water is good enough.", "Maya Okafor"],
      ["Some days we found nothing,", "Maya Okafor"],
      ["Other days we found six under one slab.", "Maya Okafor"],
      ["We had anglers calling us every week to tell us where they’d seen one.", "Ethan Riggs"],
      ["It’s a genuinely good news story, but populations this small can crash quickly,", "Laura Brenner"],
    ],
  },
  {
    name:
      "Manila Bulletin, weather/disaster: a weather bureau said, a specialist says before, an " +
      "inverted said with a mayor, the mayor referring back, a disaster council in an advisory," +
      " an evacuee with her age, a storm's local name in marks",
    headline: "Thousands flee as ‘Kristine’ floods Cagayan Valley towns",
    paragraphs: [
      "More than 18,000 residents of Cagayan and Isabela fled to evacuation centers on Thursday" +
        " as Severe Tropical Storm Kristine dumped heavy rain over northern Luzon.",
      "The Philippine Atmospheric, Geophysical and Astronomical Services Administration " +
        "(PAGASA) said the storm was “moving slowly, which means rain will persist over the same " +
        "areas”.",
      "PAGASA weather specialist Benison Estareja said: “We expect the Cagayan River to stay " +
        "above critical level until Saturday.”",
      "“We have never seen the water this high this early,” said Tuguegarao City Mayor Maila " +
        "Ting-Que. The mayor said 42 barangays were flooded and classes at all levels were " +
        "suspended.",
      "“Our priority is getting the elderly and the sick out first,” she told reporters.",
      "The Office of Civil Defense in Cagayan Valley warned in an advisory of possible " +
        "landslides in upland towns and said residents should “not wait for the water to reach " +
        "their doorsteps”.",
      "At an evacuation center in Enrile, Rosario Baggay, 64, said she had left her home with " +
        "only a bag of rice. “The water came in through the floor. I just grabbed what I could " +
        "carry,” she said.",
    ],
    quotes: [
      [
        "moving slowly, which means rain will persist over the same areas",
        "The Philippine Atmospheric, Geophysical and Astronomical Services Administration",
      ],
      ["We expect the Cagayan River to stay above critical level until Saturday.", "Benison Estareja"],
      ["We have never seen the water this high this early,", "Maila Ting-Que"],
      ["Our priority is getting the elderly and the sick out first,", "Maila Ting-Que"],
      ["not wait for the water to reach their doorsteps", "The Office of Civil Defense in Cagayan Valley"],
      ["The water came in through the floor. I just grabbed what I could carry,", "Rosario Baggay"],
    ],
  },
  {
    name:
      "Times Colonist, education: a school board chair says after, a parent with an inverted " +
      "said, a union president quoted across a split, a ministry statement, a program name in " +
      "marks, a trustee referring back as the trustee",
    headline: "Greater Victoria school board votes to close Oaklands portable classrooms",
    paragraphs: [
      "The Greater Victoria School Board voted Monday night to remove 12 aging portable " +
        "classrooms at Oaklands Elementary by next September, moving about 250 students into a " +
        "modular building still to be built.",
      "“The portables were meant to last five years, and some of them are 30 years old,” board " +
        "chair Nicole Duncan said. “It’s time.”",
      "Parents packed the meeting. “My son has had a bucket under a leak in his classroom since" +
        " October,” said Oaklands parent Ravi Sandhu. “Nobody should have to argue for a dry " +
        "room.”",
      "Trustee Rob Paynter voted against the timeline. The trustee said he supported the move " +
        "but feared the modular building would not be ready in time, calling the schedule “very " +
        "tight.”",
      "“I’d rather we did this once and did it right,” Winona Waldron, president of the Greater" +
        " Victoria Teachers’ Association, said, “than move kids twice in one year.”",
      "The Education Ministry said in a statement that the project had been approved under its " +
        "“Building Better Schools” program and that funding was “in place”.",
    ],
    quotes: [
      ["The portables were meant to last five years, and some of them are 30 years old,", "Nicole Duncan"],
      ["It’s time.", "Nicole Duncan"],
      ["My son has had a bucket under a leak in his classroom since October,", "Ravi Sandhu"],
      ["Nobody should have to argue for a dry room.", "Ravi Sandhu"],
      ["very tight.", "Rob Paynter"],
      ["I’d rather we did this once and did it right,", "Winona Waldron"],
      ["than move kids twice in one year.", "Winona Waldron"],
      ["in place", "The Education Ministry"],
    ],
  },
  {
    name:
      "Sowetan, crime: a police spokesperson said, the brigadier referring back, a victim's " +
      "brother with a colon, an inverted says with a councillor, an unnamed neighbour, a taxi " +
      "association's statement, a scare-quoted word",
    headline: "Police hunt gunmen after taxi owner shot dead in Orlando East",
    paragraphs: [
      "Police are searching for two gunmen who shot dead a taxi owner outside his home in " +
        "Orlando East, Soweto, on Sunday morning.",
      "Gauteng police spokesperson Brig Brenda Muridili said Sipho Dlamini, 51, was getting " +
        "into his car when the men opened fire. “More than 10 cartridges were found at the scene." +
        " The suspects fled in a white Toyota Corolla,” Muridili said.",
      "The brigadier said the motive was not yet known and asked anyone with information to " +
        "call Crime Stop.",
      "Dlamini’s brother, Themba Dlamini, said: “He was a quiet man who went to church every " +
        "week. We don’t understand who would want him dead.”",
      "A neighbour, who did not want to be named, said she heard “at least ten shots” and ran " +
        "to hide in her bathroom.",
      "“People in this ward are tired of burying their neighbours,” says ward councillor Nomsa " +
        "Khumalo. “We want police visibility, not just statements.”",
      "The Soweto Taxi Association said in a statement that it condemned the killing and that " +
        "so-called “route disputes” had nothing to do with its members.",
    ],
    quotes: [
      [
        "More than 10 cartridges were found at the scene. The suspects fled in a white Toyota Corolla,",
        "Brenda Muridili",
      ],
      [
        "He was a quiet man who went to church every week. We don’t understand who would want him dead.",
        "Themba Dlamini",
      ],
      ["at least ten shots", "A neighbour"],
      ["People in this ward are tired of burying their neighbours,", "Nomsa Khumalo"],
      ["We want police visibility, not just statements.", "Nomsa Khumalo"],
    ],
  },
]);
