// A thirteenth round of composed English news articles, in the styles of outlets and beats the first
// twelve rounds did not use: The Baltimore Sun on a murder charge, the Calgary Herald on a Bow River
// flood, The Mercury (Hobart) on teacher shortages, The Citizen (Tanzania) on malaria in Kagera, the
// Trinidad Express after a World Cup qualifier, Business Day on platinum job cuts, Science News on bat
// navigation, Pitchfork on an album announcement, the Newcastle Herald on a parking vote and The Royal
// Gazette at a sentencing in Bermuda's Supreme Court. Every article was written for these tests, before
// the engine was run on them. Expected speakers follow the corpus guidelines: the fullest name the
// article gives, a body or a document as written, an unnamed source by its shortest identifying
// description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Baltimore Sun, crime: a title before the name after the quote, then the surname " +
      "and he with a split quote, a sign on a grate, a daughter sharing the surname, a " +
      "spokesperson for an office with a partial quote",
    headline: "Baltimore police charge 19-year-old in killing of West Baltimore corner store owner",
    paragraphs: [
      "Baltimore police have charged a 19-year-old man with first-degree murder in the " +
        "shooting death of a West Baltimore corner store owner who was killed behind his " +
        "counter last week, authorities said Thursday.",
      "Darnell Whitaker, of the 1800 block of Presstman Street, was arrested Wednesday " +
        "night at a relative’s home in Edmondson Village without incident, according to " +
        "charging documents.",
      "“This was a man who opened his doors at 6 a.m. every day for this community, and he " +
        "was taken from it for a few hundred dollars,” Police Commissioner Richard Worley " +
        "said at a news conference at police headquarters.",
      "Worley said detectives identified Whitaker through surveillance footage and a tip " +
        "called in to Metro Crime Stoppers. “The community gave us this case,” he said. “I " +
        "want them to know we heard them.”",
      "The victim, Sung Ho Park, 61, had run Park’s Market on North Fulton Avenue for " +
        "nearly two decades. Neighbors left flowers and a hand-lettered sign reading “We " +
        "love you Mr. Park” on the store’s metal grate.",
      "His daughter, Grace Park, said her father knew most of his customers by name. “He " +
        "used to give the kids free freeze pops in the summer,” she said. “That’s who he was.”",
      "A spokesperson for the Baltimore State’s Attorney’s Office said prosecutors would " +
        "seek to have Whitaker held without bail, calling the shooting “senseless and " +
        "cold-blooded.”",
      "Whitaker’s attorney, Marcus Lyle of the Office of the Public Defender, declined to " +
        "comment Thursday. A bail review hearing is scheduled for Friday.",
    ],
    quotes: [
      [
        "This was a man who opened his doors at 6 a.m. every day for this community, and he " +
          "was taken from it for a few hundred dollars,",
        "Richard Worley",
      ],
      ["The community gave us this case,", "Richard Worley"],
      ["I want them to know we heard them.", "Richard Worley"],
      ["He used to give the kids free freeze pops in the summer,", "Grace Park"],
      ["That’s who he was.", "Grace Park"],
      ["senseless and cold-blooded.", "A spokesperson for the Baltimore State’s Attorney’s Office"],
    ],
  },
  {
    name:
      "Calgary Herald, flood: a headline quote repeated in the body, the mayor told " +
      "reporters then she, a fire chief's partial quote, an agency's bulletin, a resident " +
      "with his age then the surname, a road sign, the province in a statement",
    todo:
      "“the agency said” goes to the last name containing Agency instead of the body that is the " +
      "subject of the sentence just before (Environment and Climate Change Canada)",
    headline: "‘We’re not out of the woods’: Calgary braces as Bow River rises after days of rain",
    paragraphs: [
      "The City of Calgary has declared a local state of emergency as the Bow and Elbow " +
        "rivers continue to rise after more than 100 millimetres of rain fell across the " +
        "region since Sunday.",
      "Mayor Carla Benedetti told reporters Tuesday morning that the peak flow was expected " +
        "overnight. “We’re not out of the woods,” she said. “We are asking people in " +
        "Sunnyside, Bowness and Inglewood to be ready to leave on short notice.”",
      "Kathy Morrissette, the city’s fire chief and director of the Calgary Emergency " +
        "Management Agency, said crews had placed roughly 15,000 sandbags and temporary " +
        "berms along Memorial Drive. Morrissette said the berms were “holding up well for " +
        "now” but that crews were watching for seepage near the Centre Street Bridge.",
      "Environment and Climate Change Canada has kept a rainfall warning in place for " +
        "Calgary, Cochrane and Canmore. “Another 30 to 50 millimetres is possible before the " +
        "system moves east on Wednesday,” the agency said in its latest bulletin.",
      "In Bowness, residents spent Monday evening hauling furniture upstairs. Tom Reimer, " +
        "72, who lived through the 2013 flood, said he wasn’t taking chances this time.",
      "“In 2013 I waited, and I lost the whole basement,” Reimer said. “This time the car’s " +
        "packed and the cat’s in her carrier.”",
      "Signs reading “Road Closed – High Water” went up on Bowness Road, and several " +
        "pathways along the river have been shut. The province said in a statement that " +
        "staff were monitoring the Ghost Reservoir and that releases were being managed " +
        "“to reduce the downstream impact on Calgary.”",
    ],
    quotes: [
      ["We’re not out of the woods,", "Carla Benedetti"],
      [
        "We are asking people in Sunnyside, Bowness and Inglewood to be ready to leave on " + "short notice.",
        "Carla Benedetti",
      ],
      ["holding up well for now", "Kathy Morrissette"],
      [
        "Another 30 to 50 millimetres is possible before the system moves east on Wednesday,",
        "Environment and Climate Change Canada",
      ],
      ["In 2013 I waited, and I lost the whole basement,", "Tom Reimer"],
      ["This time the car’s packed and the cat’s in her carrier.", "Tom Reimer"],
      ["to reduce the downstream impact on Calgary.", "The province"],
    ],
  },
  {
    name:
      "The Mercury, education: a headline quote repeated in the body, Ms before a surname, " +
      "a minister then she, a campaign name, a department spokeswoman, a parent, an " +
      "opposition spokesman's partial quote after he called",
    headline: "‘It’s a crisis’: union says 140 Tasmanian classes started term without a teacher",
    paragraphs: [
      "More than 140 Tasmanian public school classes began term two without a permanent " +
        "teacher, according to figures obtained by the Australian Education Union, which " +
        "says the state’s staffing shortage is getting worse.",
      "AEU Tasmanian branch president Sarah O’Neill said schools in the North-West and on " +
        "the East Coast were the worst affected. “It’s a crisis,” Ms O’Neill said. “Relief " +
        "teachers are covering the same class for a whole term, and in some schools it’s " +
        "the principal standing in front of the kids.”",
      "Education Minister Fiona Kerrison rejected the union’s figures, saying many of the " +
        "classes had experienced teachers on fixed-term contracts. “To describe these as " +
        "classes without a teacher is simply misleading,” she said.",
      "The Department for Education, Children and Young People said 96 graduate teachers " +
        "had started this year and that an interstate recruitment campaign, “Teach " +
        "Tassie”, was under way. “We are confident those numbers will improve in the second " +
        "half of the year,” a department spokeswoman said.",
      "At Smithton High School, parent Liam Dobson said his daughter had had four different " +
        "maths teachers since February. “She’s given up asking who it’ll be this week,” he " +
        "said.",
      "Opposition education spokesman Daniel Ferris said the government had been warned " +
        "repeatedly. He called the minister’s response “a slap in the face to every teacher " +
        "doing two jobs”.",
    ],
    quotes: [
      ["It’s a crisis,", "Sarah O’Neill"],
      [
        "Relief teachers are covering the same class for a whole term, and in some schools " +
          "it’s the principal standing in front of the kids.",
        "Sarah O’Neill",
      ],
      ["To describe these as classes without a teacher is simply misleading,", "Fiona Kerrison"],
      [
        "We are confident those numbers will improve in the second half of the year,",
        "a department spokeswoman",
      ],
      ["She’s given up asking who it’ll be this week,", "Liam Dobson"],
      ["a slap in the face to every teacher doing two jobs", "Daniel Ferris"],
    ],
  },
  {
    name:
      "The Citizen (Tanzania), health: a dateline, a deputy minister in apposition then " +
      "she, Dr before a surname and a colon, a programme's report, Ms before a full name, " +
      "a nurse who asked not to be named, a professor then he, a campaign name",
    todo:
      "a lower-case partial quote after a sentence subject (The campaign “reached …,”) closed by " +
      "“the NMCP said in its quarterly report” is not found at all",
    headline: "Malaria cases drop by a third in Kagera after bed net campaign, says ministry",
    paragraphs: [
      "Dar es Salaam. Malaria cases in Kagera Region fell by 34 percent in the twelve months " +
        "to June, the Ministry of Health has said, crediting a door-to-door campaign that " +
        "distributed more than 1.2 million insecticide-treated bed nets.",
      "Speaking in Bukoba yesterday, the Deputy Minister for Health, Dr Neema Kisanga, said " +
        "the results showed what was possible when communities were involved. “These nets " +
        "were not just handed out; health workers went into every household and showed " +
        "families how to hang them,” she said.",
      "Dr Kisanga, however, warned against complacency: “Mosquitoes do not know about our " +
        "statistics. The rainy season is coming and we must keep up the pressure.”",
      "The National Malaria Control Programme (NMCP) had previously ranked Kagera among the " +
        "regions with the highest prevalence, at about 15 percent among children under " +
        "five. The campaign “reached 94 percent of targeted households within eight weeks,” " +
        "the NMCP said in its quarterly report.",
      "In Muleba District, Ms Agnes Rwegasira, a mother of four, said her family had gone a " +
        "whole year without a malaria admission. “Before, one of my children was in " +
        "hospital almost every rainy season,” she said.",
      "“We still see cases coming from the islands on Lake Victoria,” said a nurse at " +
        "Bukoba Regional Referral Hospital who asked not to be named because she was not " +
        "authorised to speak to the media.",
      "A public health specialist at the Muhimbili University of Health and Allied " +
        "Sciences, Prof Elias Mtema, cautioned that nets lose their effectiveness after " +
        "about three years. “The real test is 2027, when these nets wear out. If there is no " +
        "replacement plan, we will be back where we started,” he said.",
      "The ministry’s next phase, dubbed “Malaria Zero Kagera”, will target primary " +
        "schools and fishing camps.",
    ],
    quotes: [
      [
        "These nets were not just handed out; health workers went into every household and " +
          "showed families how to hang them,",
        "Neema Kisanga",
      ],
      [
        "Mosquitoes do not know about our statistics. The rainy season is coming and we " +
          "must keep up the pressure.",
        "Neema Kisanga",
      ],
      [
        "reached 94 percent of targeted households within eight weeks,",
        "The National Malaria Control Programme",
      ],
      ["Before, one of my children was in hospital almost every rainy season,", "Agnes Rwegasira"],
      [
        "We still see cases coming from the islands on Lake Victoria,",
        "a nurse at Bukoba Regional Referral Hospital",
      ],
      [
        "The real test is 2027, when these nets wear out. If there is no replacement plan, " +
          "we will be back where we started,",
        "Elias Mtema",
      ],
    ],
  },
  {
    name:
      "Trinidad Express, sport: said plus a role and name after the quote, the 52-year-old, " +
      "a colon after asked, a rival coach's partial quote, a banner, a federation's " +
      "statement by its acronym",
    headline: "Soca Warriors held to 1-1 draw by Curaçao in Port of Spain",
    paragraphs: [
      "Trinidad and Tobago’s hopes of topping their World Cup qualifying group took a blow " +
        "last night after the Soca Warriors were held to a 1-1 draw by Curaçao at the Hasely " +
        "Crawford Stadium.",
      "Striker Jaheim Roberts gave the hosts the lead in the 34th minute, but a late header " +
        "from Curaçao substitute Jurich Martis in the 87th minute silenced the home crowd.",
      "“We had the game in our hands and we let it go,” said head coach Marlon Charles. " +
        "“That’s twice now in this campaign. The boys have to learn to close out a match.”",
      "Charles, who took over in March, defended his decision to withdraw Roberts with 15 " +
        "minutes left, saying the striker had been carrying a hamstring problem. “I wasn’t " +
        "going to risk him for Tuesday,” the 52-year-old said.",
      "Roberts, who scored his fourth goal of the qualifying campaign, was more direct. " +
        "Asked about the equaliser, he said: “We switched off. Simple as that.”",
      "Curaçao coach Frank de Wit said his side had “never stopped believing” even after " +
        "missing a penalty in the first half.",
      "The crowd of about 8,000, many gathered under a banner reading “One Nation, One " +
        "Team”, had thinned noticeably by the final whistle.",
      "The TTFA said in a statement that ticket holders for Tuesday’s match against " +
        "Nicaragua should arrive early because of “enhanced security arrangements at the " +
        "venue.”",
    ],
    quotes: [
      ["We had the game in our hands and we let it go,", "Marlon Charles"],
      ["That’s twice now in this campaign. The boys have to learn to close out a match.", "Marlon Charles"],
      ["I wasn’t going to risk him for Tuesday,", "Marlon Charles"],
      ["We switched off. Simple as that.", "Jaheim Roberts"],
      ["never stopped believing", "Frank de Wit"],
      ["enhanced security arrangements at the venue.", "The TTFA"],
    ],
  },
  {
    name:
      "Business Day, business: a CEO's partial quote, the surname on a call with analysts, " +
      "said plus a union organiser after a split quote, a department in lower case, an " +
      "analyst then she, a presentation title",
    headline: "Platinum miner Thebe Resources to shed 1,800 jobs as basket price slumps",
    paragraphs: [
      "JSE-listed Thebe Resources plans to cut up to 1,800 jobs at its Rustenburg " +
        "operations and place two shafts on care and maintenance, the company said on " +
        "Wednesday, as a slump in the platinum group metals basket price squeezes margins.",
      "CEO Lindiwe Mahlangu said the group had “run out of road” at the two shafts, which " +
        "had been loss-making for six consecutive quarters.",
      "“We have looked at every alternative. We are not taking this decision lightly, and " +
        "we will do everything possible to redeploy people within the group,” Mahlangu said " +
        "on a call with analysts. Her presentation, titled “Resetting for a Lower-Price " +
        "World”, showed headline earnings per share down 62% to R3.14 for the six months to " +
        "December.",
      "The Association of Mineworkers and Construction Union (Amcu) rejected the plan. " +
        "“Workers are being made to pay for management’s mistakes,” said Amcu regional " +
        "organiser Sipho Ndlovu. “We will not sign anything that puts 1,800 families on the " +
        "street.”",
      "The department of mineral & petroleum resources said it would “engage all parties " +
        "to minimise job losses” during the section 189 consultation process.",
      "Anchor Capital analyst Nomvula Dube said the cuts were overdue. “The market has been " +
        "asking for this for a year. The question is whether it is enough if prices stay " +
        "where they are,” she said.",
      "Thebe’s shares rose 4.2% to R48.90 on the JSE, recovering some of the 31% they have " +
        "lost this year.",
    ],
    quotes: [
      ["run out of road", "Lindiwe Mahlangu"],
      [
        "We have looked at every alternative. We are not taking this decision lightly, and " +
          "we will do everything possible to redeploy people within the group,",
        "Lindiwe Mahlangu",
      ],
      ["Workers are being made to pay for management’s mistakes,", "Sipho Ndlovu"],
      ["We will not sign anything that puts 1,800 families on the street.", "Sipho Ndlovu"],
      ["engage all parties to minimise job losses", "The department of mineral & petroleum resources"],
      [
        "The market has been asking for this for a year. The question is whether it is " +
          "enough if prices stay where they are,",
        "Nomvula Dube",
      ],
    ],
  },
  {
    name:
      "Science News, science: a standfirst, says in the present tense with a role before " +
      "the name, she says inside a sentence, a term in marks, an outside expert then he " +
      "cautions, a quote split around she says",
    headline: "Some bats may navigate using Earth’s magnetic field",
    standfirst: "Greater mouse-eared bats flew off course when researchers shifted the field at sunset",
    paragraphs: [
      "Bats that migrate hundreds of kilometers each year may be reading Earth’s magnetic " +
        "field, much as some birds do.",
      "In experiments in Bulgaria, greater mouse-eared bats (Myotis myotis) exposed to a " +
        "rotated magnetic field at sunset and released later that night flew off in the " +
        "wrong direction, researchers report May 14 in Current Biology.",
      "“It was really striking,” says behavioral ecologist Ana Lucía Ferreira of the Max " +
        "Planck Institute of Animal Behavior in Konstanz, Germany. “The bats that saw the " +
        "shifted field at sunset went off at almost a right angle to the others.”",
      "Ferreira and colleagues think the bats calibrate their internal compass against the " +
        "setting sun, which would explain why the effect showed up only in bats treated at " +
        "dusk. The sunset appears to act as “a kind of reference point,” she says.",
      "The finding doesn’t reveal how bats sense the field. Some animals may rely on " +
        "iron-containing particles known as “magnetite,” while others may use " +
        "light-sensitive proteins called cryptochromes.",
      "“This is a careful study, and it fits with what we’ve seen in the lab,” says Tomasz " +
        "Wiśniewski, a sensory biologist at the University of Warsaw who was not involved in " +
        "the work. But he cautions that the sample was small. “Twenty-odd bats is a start. " +
        "I’d want to see it repeated in another species before I’d call it settled.”",
      "Ferreira’s team now plans to fit bats with lightweight GPS tags. “The dream,” she " +
        "says, “is to follow one individual for its whole migration.”",
    ],
    quotes: [
      ["It was really striking,", "Ana Lucía Ferreira"],
      [
        "The bats that saw the shifted field at sunset went off at almost a right angle to " + "the others.",
        "Ana Lucía Ferreira",
      ],
      ["a kind of reference point,", "Ana Lucía Ferreira"],
      ["This is a careful study, and it fits with what we’ve seen in the lab,", "Tomasz Wiśniewski"],
      [
        "Twenty-odd bats is a start. I’d want to see it repeated in another species before " +
          "I’d call it settled.",
        "Tomasz Wiśniewski",
      ],
      ["The dream,", "Ana Lucía Ferreira"],
      ["is to follow one individual for its whole migration.", "Ana Lucía Ferreira"],
    ],
  },
  {
    name:
      "Pitchfork, culture: a song title and an interview title in marks, a singer in a " +
      "statement with a partial quote, the surname explained, a bassist added with a " +
      "colon, a drummer told Pitchfork, the band wrote on Instagram",
    headline: "Halcyon Drift Announce New Album Low Tide Radio, Share Video for “Glass Harbour”",
    paragraphs: [
      "Halcyon Drift have announced their third album, Low Tide Radio, out September 19 via " +
        "Sub Pop. The Glasgow trio shared the lead single, “Glass Harbour,” alongside a " +
        "video directed by Maeve Kinsella. Find the album’s cover art and tracklist below.",
      "The record was made over three weeks in a converted church on the Isle of Lewis with " +
        "producer Tess Ahearn. In a statement, singer and guitarist Ruairidh Mackay said " +
        "the band wanted to make something “that sounds like the weather.”",
      "“We’d spent two years touring the last one and we were exhausted,” Mackay explained. " +
        "“Going somewhere with no signal was the only way to hear ourselves think.”",
      "Of “Glass Harbour,” bassist Isla Cowan added: “It started as a joke about a ferry " +
        "timetable and turned into the saddest song we’ve ever written.”",
      "Drummer Callum Reid, who joined in 2023, told Pitchfork last year that the group " +
        "“never write on purpose.” Revisit that interview, “Halcyon Drift Are Learning to Be " +
        "Loud.”",
      "The band will tour North America and Europe this fall. Announcing the dates on " +
        "Instagram, Halcyon Drift wrote, “Bringing the church with us. Sort of.”",
    ],
    quotes: [
      ["that sounds like the weather.", "Ruairidh Mackay"],
      ["We’d spent two years touring the last one and we were exhausted,", "Ruairidh Mackay"],
      ["Going somewhere with no signal was the only way to hear ourselves think.", "Ruairidh Mackay"],
      [
        "It started as a joke about a ferry timetable and turned into the saddest song we’ve " +
          "ever written.",
        "Isla Cowan",
      ],
      ["never write on purpose.", "Callum Reid"],
      ["Bringing the church with us. Sort of.", "Halcyon Drift"],
    ],
  },
  {
    name:
      "Newcastle Herald, local politics: a lord mayor's partial quote, Cr before a surname, " +
      "a councillor who voted against then he, Ms after a split quote, a council report's " +
      "partial quote, a poster slogan",
    headline: "Council votes to scrap Honeysuckle parking fees trial after traders’ backlash",
    paragraphs: [
      "City of Newcastle councillors have voted 8-4 to end a six-month trial of paid parking " +
        "along the Honeysuckle foreshore three months early, after traders said it had " +
        "driven customers away.",
      "Lord mayor Emma Whitfield said on Tuesday night the council had “listened and acted”.",
      "“The trial was meant to help turnover, but what we’ve heard from businesses is that " +
        "it’s keeping people away,” Cr Whitfield said.",
      "Greens councillor Joel Pittman, who voted against the motion, said the decision was " +
        "premature. “We were given data on two months out of six. That is not how you make " +
        "evidence-based decisions,” he said.",
      "Honeysuckle Traders Association president Mandy Lowe said several cafes had reported " +
        "takings down by as much as 30 per cent since the meters were switched on in " +
        "February.",
      "“People would pull up, see the machine and drive off to Charlestown,” Ms Lowe said. " +
        "“You can’t blame them.”",
      "A council report tabled at the meeting found average weekday occupancy had dropped " +
        "from 92 per cent to 61 per cent, and said the fees had “not achieved the intended " +
        "outcomes”.",
      "Posters reading “Free parking = full cafes” had been displayed in shop windows along " +
        "Wharf Road for weeks.",
    ],
    quotes: [
      ["listened and acted", "Emma Whitfield"],
      [
        "The trial was meant to help turnover, but what we’ve heard from businesses is that " +
          "it’s keeping people away,",
        "Emma Whitfield",
      ],
      [
        "We were given data on two months out of six. That is not how you make " +
          "evidence-based decisions,",
        "Joel Pittman",
      ],
      ["People would pull up, see the machine and drive off to Charlestown,", "Mandy Lowe"],
      ["You can’t blame them.", "Mandy Lowe"],
      ["not achieved the intended outcomes", "A council report"],
    ],
  },
  {
    name:
      "The Royal Gazette, courts: a judge told the defendant then she, Crown counsel's " +
      "partial quote, a victim impact statement read by counsel with a colon, defence " +
      "counsel's partial quote, the defendant told the court, a police spokesman",
    headline: "Man jailed for four years over Pembroke machete attack",
    paragraphs: [
      "A man who attacked an acquaintance with a machete outside a Pembroke bar has been " +
        "jailed for four years.",
      "Kishon Simmons, 29, from Devonshire, admitted wounding with intent when he appeared " +
        "in the Supreme Court last month.",
      "Puisne Judge Carolyn Tucker told Simmons yesterday that he was lucky he was not " +
        "facing a murder charge. “Had that blade landed an inch to the left, we would be " +
        "dealing with a very different matter,” she said.",
      "The court heard that Simmons struck Dwayne Furbert, 34, three times on the arm and " +
        "shoulder after an argument outside the Anchor Lounge on Angle Street in the early " +
        "hours of June 8 last year.",
      "Crown counsel Adrian Darrell told the court the attack was “sustained and " +
        "deliberate” and that Mr Furbert needed 42 stitches and surgery to repair a tendon.",
      "Mr Furbert said in a victim impact statement, read to the court by Mr Darrell: “I " +
        "can no longer lift my daughter or go back to my job as a mason. I think about that " +
        "night every day.”",
      "Defence lawyer Kamal Worrell said his client had been drinking heavily and was " +
        "“genuinely remorseful”. Simmons, who wore a grey suit, told the court: “I am sorry " +
        "for what I did. I was not raised like that.”",
      "Mrs Justice Tucker said she had taken into account his early guilty plea. A police " +
        "spokesman said after the hearing: “This sentence sends a clear message that knife " +
        "and blade violence will not be tolerated.”",
    ],
    quotes: [
      [
        "Had that blade landed an inch to the left, we would be dealing with a very " + "different matter,",
        "Carolyn Tucker",
      ],
      ["sustained and deliberate", "Adrian Darrell"],
      [
        "I can no longer lift my daughter or go back to my job as a mason. I think about " +
          "that night every day.",
        "Dwayne Furbert",
      ],
      ["genuinely remorseful", "Kamal Worrell"],
      ["I am sorry for what I did. I was not raised like that.", "Kishon Simmons"],
      [
        "This sentence sends a clear message that knife and blade violence will not be " + "tolerated.",
        "A police spokesman",
      ],
    ],
  },
]);
