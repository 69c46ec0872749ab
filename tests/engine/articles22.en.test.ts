// A twenty-second round of composed English news articles, in the styles of outlets and beats the first
// twenty-one rounds did not use: The Hill Times on a stock-trading ban for MPs, KentOnline at an inquest
// in Maidstone, Crain's Chicago Business on a Loop office tower sale, The Kerryman after a Kerry county
// final, the Mail & Guardian on the Market Theatre's fiftieth season, STAT on an FDA advisory vote, The
// Gisborne Herald on a dairy closing after 46 years, the Illawarra Mercury on a pharmacy ram raid, The
// Kathmandu Post on community school mergers and Down To Earth on a sacred grove given to a solar
// developer. Every article was written for these tests, blind, before the engine was run on them.
// Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Hill Times, politics: a headline partial by a parliamentary secretary named only " +
      "in the body and repeated there, a bill's title in marks, a split quote with Surname " +
      "said in an interview, MPs introduced with riding in brackets, an NDP and a Bloc MP " +
      "both women in one paragraph with a partial and she said, a nickname in marks, the " +
      "ethics commissioner's annual report with a partial, an unnamed senior official with " +
      "a partial",
    todo: "«portfolio caucus,» taken for a quote",
    headline: "Stock-trading ban for MPs clears second reading, but government wants “a closer " + "look”",
    paragraphs: [
      "A Conservative private member’s bill that would bar MPs and Senators from trading " +
        "individual stocks passed second reading in the House on Wednesday with support from " +
        "all recognized parties, though the government signalled it will push for changes at " +
        "committee.",
      "Bill C-268, titled the “Restoring Trust in Parliament Act,” would require " +
        "parliamentarians to place their stock holdings in a blind trust or sell them within " +
        "120 days of being sworn in. It is sponsored by Conservative MP Garrett Whitford " +
        "(Kelowna–Lake Country, B.C.), a former chartered accountant.",
      "“Canadians are entitled to know that the people writing the rules aren’t betting on " +
        "the outcome,” Whitford said in an interview with The Hill Times, “and this isn’t " +
        "about anyone’s past behaviour. It’s about removing the temptation altogether.”",
      "Liberal MP Priya Sandhu (Brampton South, Ont.), parliamentary secretary to the " +
        "government House leader, told the House the government supported the bill’s intent " +
        "but wanted “a closer look” at how the blind-trust rules would apply to MPs who own " +
        "family farms or small businesses. “We are not going to let the perfect be the enemy " +
        "of the good, but we also won’t pass a bill that forces a dairy farmer from Bruce " +
        "County to sell the family operation,” she said.",
      "NDP MP Rachel Boivin (Hamilton Centre, Ont.) called those concerns “a stalling " +
        "tactic dressed up as diligence.” Bloc Québécois MP Geneviève Lacasse (Joliette, " +
        "Que.) was more measured, saying her party would table amendments extending the ban " +
        "to spouses and dependent children. “A ban that stops at the MP’s own name is a ban " +
        "with a side door,” she said.",
      "The bill has drawn support from a loose group of backbenchers that staffers on the " +
        "Hill have dubbed the “portfolio caucus,” most of whom have already moved their " +
        "holdings into blind trusts voluntarily. The ethics commissioner’s annual report, " +
        "tabled in June, said the current disclosure regime was “not designed for the speed " +
        "of modern trading.”",
      "One senior government official, speaking on background, said the Prime Minister’s " +
        "Office was “comfortable with the bill going to committee” but expected significant " +
        "amendments before third reading.",
      "The bill now goes to the Standing Committee on Procedure and House Affairs, which is " +
        "not expected to begin its study before February.",
    ],
    quotes: [
      ["a closer look", "Priya Sandhu"],
      [
        "Canadians are entitled to know that the people writing the rules aren’t betting on " +
          "the outcome,",
        "Garrett Whitford",
      ],
      [
        "and this isn’t about anyone’s past behaviour. It’s about removing the temptation " + "altogether.",
        "Garrett Whitford",
      ],
      [
        "We are not going to let the perfect be the enemy of the good, but we also won’t pass " +
          "a bill that forces a dairy farmer from Bruce County to sell the family operation,",
        "Priya Sandhu",
      ],
      ["a stalling tactic dressed up as diligence.", "Rachel Boivin"],
      ["A ban that stops at the MP’s own name is a ban with a side door,", "Geneviève Lacasse"],
      ["not designed for the speed of modern trading.", "The ethics commissioner’s annual report"],
      ["comfortable with the bill going to committee", "One senior government official"],
    ],
  },
  {
    name:
      "KentOnline, courts: straight quotes, a headline quote in single marks by a daughter " +
      "named only in the body and not repeated there, she told the hearing then she said, " +
      "Mrs with surname and added with a colon, a quote running over two paragraphs, an " +
      "ambulance category in marks, an ambulance trust's statement with two partial quotes, " +
      "a paramedic replied with a colon, an assistant coroner with she said",
    headline: "'I couldn't lift him and I couldn't leave him': Inquest into death of Ditton " + "pensioner",
    paragraphs: [
      "A retired postman who lay on his kitchen floor for almost four hours waiting for an " +
        "ambulance died from complications of a broken hip, an inquest has heard.",
      "Dennis Harker, 87, fell at his home in New Road, Ditton, on the evening of January " +
        "14 last year. He was taken to Maidstone Hospital the following morning and died nine " +
        "days later, the hearing at Oakwood House in Maidstone was told.",
      "His daughter, Joanne Pettitt, who lives in Aylesford, told the inquest she had " +
        'called 999 three times that night. "Every time they said someone was on the way. Dad ' +
        'kept apologising for being a nuisance, which was the worst part," she said.',
      'Mrs Pettitt added: "By the time the paramedics came he was grey and shaking. He had ' +
        "been lying on cold tiles since ten past seven.",
      "\"I'm not here to blame the crews. They were lovely. I'm here because nobody should " +
        'be left like that."',
      'The court heard Mr Harker\'s call had been classed as "category 3", meaning an ' +
        "ambulance should have reached him within two hours. In a statement read to the " +
        'court, South East Coast Ambulance Service (SECAmb) said it had been under "extreme ' +
        'pressure" that night, with 31 ambulances queuing outside hospitals to hand over ' +
        'patients, and that it "sincerely apologises" to Mr Harker\'s family.',
      "Paramedic Liam Okafor, who attended, said Mr Harker had been hypothermic when he " +
        "arrived. Asked by the coroner whether a wait of that length was unusual, he replied: " +
        '"Not any more, sadly."',
      "Recording a narrative conclusion, assistant coroner Sarah Linfield said the delay " +
        "had more than minimally contributed to Mr Harker's death. \"Mr Harker was a proud, " +
        "independent man who did everything right. He called for help and help did not come " +
        'in time," she said. She said she would write a prevention of future deaths report to ' +
        "the Department of Health and Social Care.",
    ],
    quotes: [
      ["I couldn't lift him and I couldn't leave him", "Joanne Pettitt"],
      [
        "Every time they said someone was on the way. Dad kept apologising for being a " +
          "nuisance, which was the worst part,",
        "Joanne Pettitt",
      ],
      [
        "By the time the paramedics came he was grey and shaking. He had been lying on cold " +
          "tiles since ten past seven.",
        "Joanne Pettitt",
      ],
      [
        "I'm not here to blame the crews. They were lovely. I'm here because nobody should be " +
          "left like that.",
        "Joanne Pettitt",
      ],
      ["extreme pressure", "South East Coast Ambulance Service"],
      ["sincerely apologises", "South East Coast Ambulance Service"],
      ["Not any more, sadly.", "Liam Okafor"],
      [
        "Mr Harker was a proud, independent man who did everything right. He called for help " +
          "and help did not come in time,",
        "Sarah Linfield",
      ],
    ],
  },
  {
    name:
      "Crain's Chicago Business, business: a standfirst partial by a developer named only " +
      "in the body, a building's nickname in marks, Surname said in an interview then a " +
      "verbless second quote, a lender in a statement with a partial, a broker and his " +
      "colleague both men in one paragraph with a partial and Surname said, a report " +
      "without a quote, a person familiar with the deal with a partial, she said with a " +
      "colon closing",
    todo: "«a reset, not a fire sale.» goes to null, not Marisol Trevino",
    headline: "Loop tower once valued at $212 million sells for $48 million",
    standfirst:
      "The buyer plans to turn most of the building into apartments and calls the price “a " +
      "reset, not a fire sale.”",
    paragraphs: [
      "The 34-story office tower at 155 W. Adams St. has sold for $48 million, less than a " +
        "quarter of the $212 million it fetched in 2015, in the latest sign of how far values " +
        "have fallen in the Loop.",
      "The buyer is Trevino Property Group, the Pilsen-based developer led by Marisol " +
        "Trevino, which plans to convert the top 22 floors of the building—known to brokers " +
        "as “the Icebox” for its notoriously overcooled lobby—into about 320 apartments.",
      "“We bought it at a price that finally makes sense,” Trevino said in an interview. " +
        "“At $212 million, nobody could make the math work for residential. At $48 million, " +
        "you can.”",
      "Halvorsen Capital, the New York lender that took control of the building through a " +
        "foreclosure last year, said in a statement that the sale “allows us to return " +
        "capital to our investors and close the book on this asset.”",
      "The property was marketed by Kevin Doyle, a vice chairman at brokerage Colliers. His " +
        "colleague Brian Ostrowski said bids came from “everywhere from Dallas to Seoul.” " +
        "“Three years ago you couldn’t give these buildings away. Now there’s a line,” Doyle " +
        "said.",
      "The deal comes as Loop office vacancy hovers near record highs. A report released " +
        "last month by research firm Lakefront Analytics put the rate at 26.4% and identified " +
        "about 40 older towers as candidates for conversion.",
      "A person familiar with the deal said Trevino’s group had lined up roughly $90 " +
        "million in construction financing and had been “talking to the city for months” " +
        "about tax-increment financing through the LaSalle Street Reimagined program.",
      "Trevino plans to keep the lower floors as offices and start construction next fall. " +
        "She said: “The Loop doesn’t need more empty offices. It needs people who live here " +
        "at 9 p.m.”",
    ],
    quotes: [
      ["a reset, not a fire sale.", "Marisol Trevino"],
      ["We bought it at a price that finally makes sense,", "Marisol Trevino"],
      [
        "At $212 million, nobody could make the math work for residential. At $48 million, " + "you can.",
        "Marisol Trevino",
      ],
      ["allows us to return capital to our investors and close the book on this asset.", "Halvorsen Capital"],
      ["everywhere from Dallas to Seoul.", "Brian Ostrowski"],
      ["Three years ago you couldn’t give these buildings away. Now there’s a line,", "Kevin Doyle"],
      ["talking to the city for months", "A person familiar with the deal"],
      [
        "The Loop doesn’t need more empty offices. It needs people who live here at 9 p.m.",
        "Marisol Trevino",
      ],
    ],
  },
  {
    name:
      "The Kerryman, sport: single marks, a headline quote by a manager named only in the " +
      "body and not repeated there, an inverted said with surname then a verbless second " +
      "quote, a nickname in marks, a captain with a partial and his brother sharing the " +
      "surname, an opposing manager with a colon and no verb, the 19-year-old laughed, an " +
      "unnamed supporter told the paper",
    todo: "«I just closed my eyes and hit it. Then I hear…» goes to Eoin Lyne, not Tadhg Ó Conchúir",
    headline: "‘Seventy years of hurt gone in one evening’ – Dingle are county champions at last",
    paragraphs: [
      "Dingle were crowned Kerry senior football champions for the first time in more than " +
        "70 years after a 1-14 to 0-15 win over Dr Crokes in a rain-soaked final at Austin " +
        "Stack Park on Sunday.",
      "A 52nd-minute goal from corner-forward Tadhg Ó Conchúir, who only broke into the " +
        "side in August, gave the West Kerry men a lead they never surrendered, although " +
        "Crokes had two late chances to force extra time.",
      "‘There were nights in January, training on the beach at Ventry in the dark, when " +
        "you’d wonder was it worth it,’ said Dingle manager Micheál Ferriter. ‘Today answers " +
        "that.’",
      "Captain Seán Moriarty – known around the town as ‘The Dentist’ since his days " +
        "pulling pints and teeth at the same time in his father’s pub – said the cup was ‘for " +
        "every Dingle man and woman who pulled on the jersey and went home with nothing’. His " +
        "brother, Cian Moriarty, who kicked four points from play, was more succinct. ‘I’m " +
        "going to sleep for a week,’ he said.",
      "Crokes boss Eoin Lyne was gracious in defeat: ‘They wanted it more in the last ten " +
        "minutes and that’s the whole story. No excuses from us.’",
      "As for Ó Conchúir, the 19-year-old admitted he had barely seen his shot hit the net. " +
        "‘I just closed my eyes and hit it. Then I heard the roar,’ he laughed.",
      "Hundreds of supporters lined the Mall in Dingle to welcome the team home on Sunday " +
        "night. ‘The town won’t be right till Christmas,’ one supporter told The Kerryman as " +
        "the bus came down Strand Street.",
    ],
    quotes: [
      ["Seventy years of hurt gone in one evening", "Micheál Ferriter"],
      [
        "There were nights in January, training on the beach at Ventry in the dark, when " +
          "you’d wonder was it worth it,",
        "Micheál Ferriter",
      ],
      ["Today answers that.", "Micheál Ferriter"],
      ["for every Dingle man and woman who pulled on the jersey and went home with nothing", "Seán Moriarty"],
      ["I’m going to sleep for a week,", "Cian Moriarty"],
      [
        "They wanted it more in the last ten minutes and that’s the whole story. No excuses " + "from us.",
        "Eoin Lyne",
      ],
      ["I just closed my eyes and hit it. Then I heard the roar,", "Tadhg Ó Conchúir"],
      ["The town won’t be right till Christmas,", "one supporter"],
    ],
  },
  {
    name:
      "Mail & Guardian, culture: present-tense says, a headline partial by an actor named " +
      "only in the body and taken from a longer quote there, a play's title in marks, an " +
      "inverted says with surname, the actor with he says, a theatre chief with a partial, " +
      "an arts council statement with two partial quotes, a director and an actress both " +
      "women in one paragraph with says and surname, an unnamed subscriber with a colon, " +
      "the title again closing",
    todo:
      "«prioritised organisations with the greatest r…» goes to the National Arts Council, not The " +
      "National Arts Council; «a valued partner» goes to the National Arts Council, not The National " +
      "Arts Council",
    headline: "At 50, the Market Theatre brings back the play that “got us raided”",
    paragraphs: [
      "When the Market Theatre opened its doors in Newtown in June 1976, days after the " +
        "Soweto uprising, few expected it to last the decade. Fifty years on, it is marking " +
        "its half-century with a revival of “Stones in the Yard”, the late Mandla Zondo’s " +
        "1981 play about a family waiting for a pass-law hearing that never comes.",
      "“People think of it as a museum piece. It isn’t. Every line about land and about " +
        "waiting still lands in 2026,” says Lerato Mokoena, who directs the new production.",
      "Themba Nkosi, 78, played the eldest son in the original run. He remembers the nights " +
        "the security police came. “We did the second act with two Special Branch men " +
        "standing at the back. The play got us raided three times. Nobody in the audience " +
        "walked out,” he says.",
      "The Market Theatre Foundation’s chief executive, Nomsa Dlamini, says the anniversary " +
        "season was planned on “a shoestring and a prayer” after the foundation’s grant from " +
        "the National Arts Council was cut by 30%.",
      "In a statement, the National Arts Council said it had “prioritised organisations " +
        "with the greatest reach into under-served communities” and that the Market remained " +
        "“a valued partner”.",
      "Mokoena and Zanele Khumalo, who plays the mother, both came up through the Market " +
        "Laboratory. “This building made me. I was 19, sleeping on a friend’s couch in " +
        "Yeoville, and somebody here let me in the door,” says Khumalo.",
      "A long-time subscriber at Sunday’s preview was blunter: “Newtown has been written " +
        "off a hundred times. So has this theatre. They’re both still here.”",
      "“Stones in the Yard” runs in the John Kani Theatre until March 15.",
    ],
    quotes: [
      ["got us raided", "Themba Nkosi"],
      [
        "People think of it as a museum piece. It isn’t. Every line about land and about " +
          "waiting still lands in 2026,",
        "Lerato Mokoena",
      ],
      [
        "We did the second act with two Special Branch men standing at the back. The play got " +
          "us raided three times. Nobody in the audience walked out,",
        "Themba Nkosi",
      ],
      ["a shoestring and a prayer", "Nomsa Dlamini"],
      [
        "prioritised organisations with the greatest reach into under-served communities",
        "The National Arts Council",
      ],
      ["a valued partner", "The National Arts Council"],
      [
        "This building made me. I was 19, sleeping on a friend’s couch in Yeoville, and " +
          "somebody here let me in the door,",
        "Zanele Khumalo",
      ],
      [
        "Newtown has been written off a hundred times. So has this theatre. They’re both " + "still here.",
        "A long-time subscriber",
      ],
    ],
  },
  {
    name:
      "STAT, health: a trial's name in marks, an FDA briefing document calling with a " +
      "partial, an inverted said with a full name and role then a verbless second quote, a " +
      "panel chair with a partial and a panelist both women in one paragraph with she said, " +
      "a patient spoke with a colon, a company with its short name in a statement with a " +
      "partial, an analyst wrote in a note",
    headline: "FDA advisers vote against experimental ALS drug from Solace Therapeutics",
    paragraphs: [
      "A panel of outside advisers to the Food and Drug Administration voted 9-3 on " +
        "Thursday that Solace Therapeutics had not shown its experimental drug slows the " +
        "progression of amyotrophic lateral sclerosis, a setback for the company and for " +
        "patient groups that had lobbied hard for approval.",
      "The FDA’s briefing document, posted Tuesday, called the single Phase 3 trial of the " +
        "drug, SLT-401, “not adequately designed” to detect a benefit. The trial, known as " +
        "“ANCHOR-ALS,” missed its primary endpoint, and the agency’s reviewers suggested that " +
        "an apparent effect in a subgroup of patients could be a chance finding.",
      "“I desperately wanted to vote yes,” said Lindsay Carver, a neurologist at Emory " +
        "University who voted no. “But I can’t tell patients this works when the data don’t " +
        "let me say that.”",
      "The panel’s chair, Ruth Abernathy of the University of Michigan, said the vote " +
        "reflected “the evidence in front of us, not the urgency of the disease,” while " +
        "panelist Marisa Gutierrez, one of three members who voted yes, said she had been " +
        "swayed by the subgroup data. “When you have a disease that kills in three to five " +
        "years, I’m willing to accept more uncertainty,” she said.",
      "During the public hearing, more than two dozen patients and caregivers urged " +
        "approval. Brian Kessler, a 51-year-old former firefighter from Ohio who was " +
        "diagnosed in 2023, spoke through a voice-generating device: “I do not have time for " +
        "another trial.”",
      "Solace said in a statement that it was “disappointed but not deterred” and would " +
        "keep working with the agency ahead of a decision date of March 18.",
      "Shares of Solace fell 41% in after-hours trading. “The FDA doesn’t have to follow " +
        "its advisers, but it rarely overrules a vote this lopsided,” Leerink Partners " +
        "analyst Jonah Feld wrote in a note to clients.",
    ],
    quotes: [
      ["not adequately designed", "The FDA’s briefing document"],
      ["I desperately wanted to vote yes,", "Lindsay Carver"],
      ["But I can’t tell patients this works when the data don’t let me say that.", "Lindsay Carver"],
      ["the evidence in front of us, not the urgency of the disease,", "Ruth Abernathy"],
      [
        "When you have a disease that kills in three to five years, I’m willing to accept " +
          "more uncertainty,",
        "Marisa Gutierrez",
      ],
      ["I do not have time for another trial.", "Brian Kessler"],
      ["disappointed but not deterred", "Solace Therapeutics"],
      [
        "The FDA doesn’t have to follow its advisers, but it rarely overrules a vote this " + "lopsided,",
        "Jonah Feld",
      ],
    ],
  },
  {
    name:
      "The Gisborne Herald, local life: a couple sharing a surname named by first name " +
      "afterwards, Firstname said laughing, a split quote with he said then a verbless " +
      "third after a gesture, a regular with a partial, an unnamed neighbour with a " +
      "partial, a shop's nickname and a sign in the window in marks, a residents' " +
      "association posting with a partial, a new owner with Firstname said",
    headline: "Elgin Dairy owners hang up their aprons after 46 years",
    paragraphs: [
      "For 46 years, the lights at the Elgin Dairy have come on at 6am. From Monday, " +
        "someone else will be flicking the switch.",
      "Raj Patel, 74, and his wife Meena Patel, 71, bought the Childers Rd shop in 1980, a " +
        "few months after arriving in Gisborne from Gujarat with two suitcases and a cousin’s " +
        "phone number.",
      "“We came for two years. Then the kids came, then the grandkids, and here we are,” " +
        "Meena said, laughing.",
      "Raj said the dairy had outlasted every prediction of its demise. “Supermarkets, the " +
        "petrol stations, the internet,” he said, “every few years somebody told us the dairy " +
        "was finished.” He shrugged. “Still here.”",
      "Regular customer Hemi Walker, who has bought his paper there every morning since " +
        "1988, said the closing of what locals call “the Bottom Shop” was “the end of an " +
        "era”. One neighbour said the Patels had “kept half of Elgin fed on tick” through the " +
        "lean years of the 1990s.",
      "A handwritten sign in the window now reads “Thank you Gisborne – 46 years of lollies " + "and love”.",
      "The Elgin Residents Association posted on Facebook that the couple had been “the " +
        "heart of this street for longer than most of us have lived on it”.",
      "The new owners, Arjun Mehta and his brother Karan, take over on Monday. “We’re not " +
        "changing a thing. Well, maybe the Eftpos machine,” Arjun said.",
    ],
    quotes: [
      ["We came for two years. Then the kids came, then the grandkids, and here we are,", "Meena Patel"],
      ["Supermarkets, the petrol stations, the internet,", "Raj Patel"],
      ["every few years somebody told us the dairy was finished.", "Raj Patel"],
      ["Still here.", "Raj Patel"],
      ["the end of an era", "Hemi Walker"],
      ["kept half of Elgin fed on tick", "One neighbour"],
      [
        "the heart of this street for longer than most of us have lived on it",
        "The Elgin Residents Association",
      ],
      ["We’re not changing a thing. Well, maybe the Eftpos machine,", "Arjun Mehta"],
    ],
  },
  {
    name:
      "Illawarra Mercury, crime: according to police without a quote, police in a statement " +
      "with a partial, scare quotes, a detective inspector with he said then a verbless " +
      "second quote, the mother of three said, a pharmacist and her business partner both " +
      "women in one paragraph with she said, an unnamed neighbour with a partial, according " +
      "to court documents with a partial, a police prosecutor told the court with a partial",
    headline: "Three teens charged over ram raid on Corrimal pharmacy",
    standfirst: "Owner watched on her phone as a stolen ute smashed through the front doors",
    paragraphs: [
      "Three teenagers have been charged after a stolen ute was reversed through the front " +
        "of a Corrimal pharmacy early on Tuesday and shelves of medication were cleared in " +
        "less than two minutes.",
      "According to police, the ute had been stolen from a driveway in Towradgi about an " +
        "hour earlier. It was later found burnt out in bushland at Mount Ousley.",
      "In a statement, NSW Police said the three boys, aged 14, 15 and 16, were arrested at " +
        "a home in Berkeley on Wednesday afternoon after “extensive inquiries” by Wollongong " +
        "detectives, who have been investigating a spate of so-called “TikTok raids” across " +
        "the northern suburbs.",
      "Wollongong Police District crime manager Detective Inspector Gavin Pryce said the " +
        "raid had been filmed and posted online within an hour. “These aren’t kids having a " +
        "lark. This was planned, it was filmed, and somebody could have been killed,” he " +
        "said. “If there’d been a cleaner in that shop, we’d be talking about a very " +
        "different outcome.”",
      "Pharmacist Leanne Cowley, who has owned Corrimal Pharmacy for 17 years, watched the " +
        "raid live on her security app from her bedroom in Balgownie. “I was shaking. You see " +
        "the ute come through the glass and you think, that’s my whole life’s work,” the " +
        "mother of three said.",
      "Ms Cowley said her business partner, Jenna Moss, had spent Wednesday ringing " +
        "patients whose medication packs had been taken. “Some of our elderly patients rely " +
        "on those packs every single week. Jenna hasn’t stopped,” she said.",
      "A neighbour who lives above a shop across the road said the noise was “like a bomb " + "going off”.",
      "According to court documents, the ute was driven into the doors “at speed, in " +
        "reverse, at least three times”. The boys appeared in a children’s court on Wednesday " +
        "night, where police prosecutor Sergeant Hayley Burke told the court the footage " +
        "showed “a level of organisation that is very concerning”. All three were refused " +
        "bail.",
    ],
    quotes: [
      ["extensive inquiries", "NSW Police"],
      [
        "These aren’t kids having a lark. This was planned, it was filmed, and somebody could " +
          "have been killed,",
        "Gavin Pryce",
      ],
      [
        "If there’d been a cleaner in that shop, we’d be talking about a very different " + "outcome.",
        "Gavin Pryce",
      ],
      [
        "I was shaking. You see the ute come through the glass and you think, that’s my whole " +
          "life’s work,",
        "Leanne Cowley",
      ],
      [
        "Some of our elderly patients rely on those packs every single week. Jenna hasn’t " + "stopped,",
        "Leanne Cowley",
      ],
      ["like a bomb going off", "A neighbour"],
      ["at speed, in reverse, at least three times", "court documents"],
      ["a level of organisation that is very concerning", "Hayley Burke"],
    ],
  },
  {
    name:
      "The Kathmandu Post, education: straight quotes, an inverted said with a full name " +
      "and role then a verbless second quote, the ministry's draft guideline with a " +
      "partial, a committee chair asked with surname and a ward chair both men in one " +
      "paragraph with a partial, a union vice-chair with a partial, a researcher told the " +
      "Post, according to the ministry without a quote, a campaign name in marks",
    headline: "Government plans to merge nearly 1,900 community schools with low enrollment",
    paragraphs: [
      "The government is preparing to merge nearly 1,900 community schools with fewer than " +
        "50 students into neighbouring institutions, a move officials say will make better " +
        "use of teachers but which parents in the hills fear will push children out of " +
        "school.",
      '"We have schools with five teachers and 30 students, and schools two kilometres away ' +
        'with 90 students in a single classroom," said Deepak Raj Adhikari, spokesperson for ' +
        'the Ministry of Education, Science and Technology. "Merging is not closing. No child ' +
        'will lose a seat."',
      "The ministry's draft guideline, a copy of which the Post has obtained, says schools " +
        "should be merged only where the receiving school is within \"one hour's walking " +
        'distance" for the youngest pupils.',
      "In Jajarkot's Barekot Rural Municipality, where 14 schools are on the list, parents " +
        "have begun to organise. Tek Bahadur Shahi, chair of the school management committee " +
        "at a basic school in the municipality, said the nearest alternative school was " +
        'across the Bheri River. "In the monsoon there is no bridge. Who will carry a ' +
        'six-year-old across?" asked Shahi, whose two daughters study at the school. Ward ' +
        'chair Min Bahadur Rokaya backed him, saying the merger would "finish what the ' +
        'conflict started" in the village.',
      "Sita Bhandari, vice-chair of the Nepal Teachers' Association, said the association " +
        'was not against mergers in principle but objected to "decisions made in Singha ' +
        'Durbar for villages no official has ever visited."',
      '"The data are clear that very small schools struggle. But the data also show that ' +
        'distance is the single biggest reason girls drop out in the hills," Hari Prasad ' +
        "Dhungana, an education researcher at Tribhuvan University, told the Post.",
      "According to the ministry, enrollment in community schools has fallen by 8 percent " +
        'since 2020, despite the annual "Welcome to School" campaign held at the start of ' +
        "each academic session.",
    ],
    quotes: [
      [
        "We have schools with five teachers and 30 students, and schools two kilometres away " +
          "with 90 students in a single classroom,",
        "Deepak Raj Adhikari",
      ],
      ["Merging is not closing. No child will lose a seat.", "Deepak Raj Adhikari"],
      ["one hour's walking distance", "The ministry's draft guideline"],
      ["In the monsoon there is no bridge. Who will carry a six-year-old across?", "Tek Bahadur Shahi"],
      ["finish what the conflict started", "Min Bahadur Rokaya"],
      ["decisions made in Singha Durbar for villages no official has ever visited.", "Sita Bhandari"],
      [
        "The data are clear that very small schools struggle. But the data also show that " +
          "distance is the single biggest reason girls drop out in the hills,",
        "Hari Prasad Dhungana",
      ],
    ],
  },
  {
    name:
      "Down To Earth, environment: present-tense says, an inverted says with a full name " +
      "then a verbless second quote, a local term in marks, a company in an emailed " +
      "response with two partial quotes, an ecologist with he says, an expert committee's " +
      "report with a partial, according to the district administration without a quote, an " +
      "unnamed revenue official with a partial, a woman introduced then a verbless quote",
    todo: "«re-examined» not found",
    headline: "Jaisalmer pastoralists protest allotment of sacred grove land to solar developer",
    paragraphs: [
      "Pastoralists from 12 villages in Rajasthan’s Jaisalmer district have been protesting " +
        "for three weeks against the allotment of nearly 1,100 hectares of community grazing " +
        "land to a solar power developer, saying the land is part of an oran, or sacred " +
        "grove, that their families have protected for generations.",
      "“Our camels, our goats, our wells — everything depends on this oran,” says Sumer " +
        "Singh Bhati, a 62-year-old herder from Dhaneli village who has been sitting on a " +
        "dharna outside the tehsil office in Fatehgarh since November 14. “They call it " +
        "wasteland on paper. For us, it is a temple.”",
      "Villagers refer to the grove as “devbani”, the forest of the gods, and cutting even " +
        "a branch from its khejri trees is considered taboo.",
      "Suryodaya Renewables, which was allotted the land in August for a 600 MW solar " +
        "project, said in an emailed response to Down To Earth that the parcel was recorded " +
        "as “government barren land” in revenue records and that the company had followed " +
        "“every applicable procedure”.",
      "Mahendra Charan, an ecologist at Jai Narayan Vyas University in Jodhpur, says the " +
        "orans are among the last refuges of the critically endangered great Indian bustard " +
        "in the region. “When you remove an oran, you are not removing empty land. You are " +
        "removing the last patch of grassland the bustard has,” he says.",
      "The expert committee’s report, submitted to the Supreme Court last year, recommended " +
        "that new power lines in priority bustard habitat be “avoided wherever feasible”.",
      "According to the district administration, the allotment was made after a survey " +
        "found no forest cover on the parcel. An official in the state revenue department, " +
        "who did not wish to be named, told Down To Earth that the land records would be " +
        "“re-examined” if villagers produced documents showing the parcel had historically " +
        "been oran land.",
      "Among those at the dharna is Kamla Devi, 55, who walks 4 km each day with her goats " +
        "into the oran. “If the oran goes, the goats go. Then what are we?”",
    ],
    quotes: [
      ["Our camels, our goats, our wells — everything depends on this oran,", "Sumer Singh Bhati"],
      ["They call it wasteland on paper. For us, it is a temple.", "Sumer Singh Bhati"],
      ["government barren land", "Suryodaya Renewables"],
      ["every applicable procedure", "Suryodaya Renewables"],
      [
        "When you remove an oran, you are not removing empty land. You are removing the last " +
          "patch of grassland the bustard has,",
        "Mahendra Charan",
      ],
      ["avoided wherever feasible", "The expert committee’s report"],
      ["re-examined", "An official in the state revenue department"],
      ["If the oran goes, the goats go. Then what are we?", "Kamla Devi"],
    ],
  },
]);
