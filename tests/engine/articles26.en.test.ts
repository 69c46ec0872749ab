// A twenty-sixth round of composed English news articles, in the styles of outlets and beats the first
// twenty-five rounds did not use: The Columbus Dispatch on a school cellphone ban in the Ohio House,
// the Waterford News & Star at a sentencing in Waterford Circuit Criminal Court, The Hindu BusinessLine
// on a Chennai food maker's quarterly results, The Bolton News after a Wanderers home defeat, the Austin
// American-Statesman on an East Sixth Street music club closing, Newsroom on a kākāpō breeding season,
// The New Times (Rwanda) on a cervical cancer screening drive, the Brisbane Times on Metro bus
// cancellations, Cornwall Live on a sewage alert at Polzeath and the Dhaka Tribune on late textbooks.
// Every article was written for these tests, blind, before the engine was run on them. Expected
// speakers follow the corpus guidelines: the fullest name the article gives, a body or a document as
// written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Columbus Dispatch, politics: a headline partial in single marks by a sponsor named " +
      "only in the body and not repeated there, a bill's nickname in marks, according to a " +
      "commission without a quote, an inverted said with state Rep. and party-district then a " +
      "verbless second quote, two women in one paragraph with called and replied with partials, " +
      "a union in written testimony with a partial, a mother of two then the mother of two said",
    todo: "«a reset for classrooms» goes to sponsor, not Karen Whitacre (the body: who sponsored the bill)",
    headline: "Ohio House passes school cellphone ban; sponsor calls it ‘a reset for classrooms’",
    paragraphs: [
      "The Ohio House voted 71-24 on Wednesday to require every public school district to ban " +
        "student cellphone use during the school day, sending the bill to the Senate.",
      "House Bill 214, which backers have nicknamed the “Bell to Bell Act,” would take effect in " +
        "the 2027-28 school year. Districts that do not adopt a policy would lose access to a state " +
        "technology grant, according to an analysis by the Legislative Service Commission.",
      "“Teachers are competing with a device designed by some of the smartest engineers in the " +
        "world to hold a child’s attention,” said state Rep. Karen Whitacre, R-Lancaster, a former " +
        "middle school principal who sponsored the bill. “That is not a fair fight, and we " +
        "shouldn’t ask them to keep losing it.”",
      "Democrats who opposed the bill said it tied the hands of local school boards. Rep. Denise " +
        "Fowler, D-Columbus, called it “Statehouse micromanagement” and noted that more than half " +
        "of Ohio districts already restrict phones in some way. Whitacre replied that “more than " +
        "half is not all of them.”",
      "The Ohio Education Association, the state’s largest teachers union, backed the bill. In " +
        "written testimony, the union said its members reported “daily disruptions that have " +
        "nothing to do with learning.”",
      "Some parents have pushed back. Melissa Tran, a Hilliard mother of two, said she wants to be " +
        "able to reach her children in an emergency. “After every school shooting you see on the " +
        "news, the first thing you do is text your kid,” the mother of two said. “This takes that " +
        "away.”",
      "Senate leaders have not said when the chamber will take up the bill.",
    ],
    quotes: [
      ["a reset for classrooms", "Karen Whitacre"],
      [
        "Teachers are competing with a device designed by some of the smartest engineers in the " +
          "world to hold a child’s attention,",
        "Karen Whitacre",
      ],
      ["That is not a fair fight, and we shouldn’t ask them to keep losing it.", "Karen Whitacre"],
      ["Statehouse micromanagement", "Denise Fowler"],
      ["more than half is not all of them.", "Karen Whitacre"],
      ["daily disruptions that have nothing to do with learning.", "The Ohio Education Association"],
      [
        "After every school shooting you see on the news, the first thing you do is text your kid,",
        "Melissa Tran",
      ],
      ["This takes that away.", "Melissa Tran"],
    ],
  },
  {
    name:
      "Waterford News & Star, courts: a standfirst partial in single marks by a judge named " +
      "only in the body and not repeated there, two women gardaí in one paragraph with she said " +
      "for the first-named, a victim impact statement with Garda Surname wrote, a programme's " +
      "name in marks, a defence barrister with a partial then counsel said, a judge's quote " +
      "split by the judge said",
    headline: "Dungarvan man who rammed Garda car on N25 given suspended sentence",
    standfirst: "Judge tells accused he was ‘extraordinarily lucky’ that nobody was killed",
    paragraphs: [
      "A 29-year-old Dungarvan man who rammed a Garda patrol car while fleeing a checkpoint on the " +
        "N25 has been given a three-year suspended sentence at Waterford Circuit Criminal Court.",
      "Ciarán Walsh, of Abbeyside, pleaded guilty to dangerous driving causing harm and criminal " +
        "damage arising from the incident at Kilmeaden on the night of March 3rd last year.",
      "Garda Niamh Power told the court that Walsh reversed at speed into the patrol car after " +
        "being waved down, injuring her colleague Garda Aoife Kiely, who suffered a fractured " +
        "wrist. “He looked straight at us and put the foot down,” she said.",
      "In a victim impact statement, Garda Kiely said she had been out of work for four months. " +
        "“I joined the guards to help people. I never thought I’d be afraid to stop a car,” Garda " +
        "Kiely wrote.",
      "Defence counsel Shane Murphy BL said his client had been “in a very dark place” after the " +
        "death of his father and had since completed the “Fresh Start” residential programme in " +
        "Cahir. “He is not the man who was behind the wheel that night, Judge,” counsel said.",
      "Judge Martina Delaney said the court had to mark the seriousness of the offence. “A garda " +
        "went to work that night and came home in a sling,” the judge said, “and it could have " +
        "been a great deal worse.”",
      "She also disqualified Walsh from driving for six years.",
    ],
    quotes: [
      ["extraordinarily lucky", "Martina Delaney"],
      ["He looked straight at us and put the foot down,", "Niamh Power"],
      ["I joined the guards to help people. I never thought I’d be afraid to stop a car,", "Aoife Kiely"],
      ["in a very dark place", "Shane Murphy"],
      ["He is not the man who was behind the wheel that night, Judge,", "Shane Murphy"],
      ["A garda went to work that night and came home in a sling,", "Martina Delaney"],
      ["and it could have been a great deal worse.", "Martina Delaney"],
    ],
  },
  {
    name:
      "The Hindu BusinessLine, business: straight quotes, a brand's name in marks, an inverted " +
      "said with a managing director's name and capitalised role, he said with a partial, a " +
      "chief financial officer then she said, an analyst with role after the name, a rating " +
      "agency had flagged with a partial, Surname added with a colon",
    headline: "Kaveri Agro Foods Q2 net rises 18% on export demand",
    paragraphs: [
      "Chennai-based Kaveri Agro Foods Ltd reported an 18 per cent rise in standalone net profit " +
        'to ₹142 crore for the September quarter, helped by demand for its "Amma\'s Kitchen" ' +
        "ready-to-cook range in West Asia and the US.",
      "Revenue from operations grew 11 per cent year-on-year to ₹1,218 crore, the company said in " +
        "a filing with the BSE. Its board declared an interim dividend of ₹3 a share.",
      '"Exports now contribute 27 per cent of our revenue, up from 19 per cent two years ago, and ' +
        'we see that crossing a third by FY28," said R Venkatesh, Managing Director, on a ' +
        "post-earnings call.",
      "He said the company would invest ₹350 crore in a new plant at Sri City, which would be " +
        '"operational by the second half of next fiscal". Chief Financial Officer Lakshmi ' +
        'Narayanan said input costs had eased. "Rice and pulse prices have softened since July, ' +
        'and that has given us some room on margins," she said.',
      'Analysts were more cautious. "The export story is real, but domestic volumes are flat and ' +
        'the urban slowdown is visible in their numbers," said Pranav Mehta, consumer analyst at ' +
        'a Mumbai brokerage. Rating agency ICRA had flagged "elevated working capital ' +
        'requirements" for packaged food makers in an August report.',
      'Venkatesh added: "We are not chasing volumes at the cost of margins."',
      "Shares of the company closed 2.4 per cent higher at ₹684.50 on the NSE on Thursday.",
    ],
    quotes: [
      [
        "Exports now contribute 27 per cent of our revenue, up from 19 per cent two years ago, and " +
          "we see that crossing a third by FY28,",
        "R Venkatesh",
      ],
      ["operational by the second half of next fiscal", "R Venkatesh"],
      [
        "Rice and pulse prices have softened since July, and that has given us some room on margins,",
        "Lakshmi Narayanan",
      ],
      [
        "The export story is real, but domestic volumes are flat and the urban slowdown is visible " +
          "in their numbers,",
        "Pranav Mehta",
      ],
      ["elevated working capital requirements", "ICRA"],
      ["We are not chasing volumes at the cost of margins.", "R Venkatesh"],
    ],
  },
  {
    name:
      "The Bolton News, sport: single marks, a headline quote before a dash by a manager named " +
      "only in the body and not repeated there, an inverted said with Surname then a verbless " +
      "second quote, the Whites boss with a nickname in marks and he added, a goalkeeper as the " +
      "27-year-old with two partials, an opposing manager then Surname said",
    headline:
      "‘We gave them a goal and then we gave them another’ – Wanderers boss fumes after Stevenage loss",
    paragraphs: [
      "Wanderers boss Neil Ashworth did not hide his frustration after two defensive errors handed " +
        "Stevenage a 2-1 win at the Toughsheet Community Stadium on Saturday.",
      "Jordan Makin had given Bolton the lead on 23 minutes, but a misplaced back-pass from Callum " +
        "Reilly let in Dan Okafor to equalise before the break, and goalkeeper Tom Hartley spilled " +
        "a long-range effort from the same player with 12 minutes left.",
      "‘I’m not going to hang individuals out to dry in public,’ said Ashworth. ‘But the standards " +
        "we set ourselves weren’t there today, and we know it.’",
      "The Whites boss was more generous about Makin, the 19-year-old academy graduate whom " +
        "supporters have already dubbed ‘the Horwich Hurricane’. ‘He’s been the bright spot,’ he " +
        "added. ‘He plays without fear, and that’s what you want from a young lad.’",
      "Hartley, who has kept five clean sheets this season, took responsibility. Speaking to BBC " +
        "Radio Manchester, the 27-year-old said he had ‘let the lads down’ and would ‘put it right " +
        "on Tuesday’.",
      "Stevenage manager Gary Pike was full of praise for Okafor. ‘Dan’s been knocking on the door " +
        "for weeks. Today he kicked it down,’ Pike said.",
      "Bolton, now seventh, host Wigan on Tuesday night.",
    ],
    quotes: [
      ["We gave them a goal and then we gave them another", "Neil Ashworth"],
      ["I’m not going to hang individuals out to dry in public,", "Neil Ashworth"],
      ["But the standards we set ourselves weren’t there today, and we know it.", "Neil Ashworth"],
      ["He’s been the bright spot,", "Neil Ashworth"],
      ["He plays without fear, and that’s what you want from a young lad.", "Neil Ashworth"],
      ["let the lads down", "Tom Hartley"],
      ["put it right on Tuesday", "Tom Hartley"],
      ["Dan’s been knocking on the door for weeks. Today he kicked it down,", "Gary Pike"],
    ],
  },
  {
    name:
      "Austin American-Statesman, culture: an owner with her age then Surname said and a " +
      "verbless second quote, a buyer in an emailed statement with a partial, a songwriter " +
      "night's name and an album title in marks, a singer wrote on Instagram, a council member " +
      "called with a partial, a question quote with an inverted asked and a drummer's " +
      "description",
    headline: "Rattlesnake Room, East Sixth club that launched a generation of songwriters, to close",
    paragraphs: [
      "The Rattlesnake Room, the East Sixth Street club where a generation of Austin songwriters " +
        "played their first paid gigs, will close Dec. 31 after 31 years, its owner announced " +
        "Tuesday.",
      "Owner Delia Guerrero, 63, said her landlord had declined to renew the lease and that the " +
        "building had been sold to a developer. “I found out the same way everybody else did, from " +
        "a letter,” Guerrero said. “Thirty-one years, and it was two paragraphs.”",
      "The buyer, Lamar Crossing Partners, said in an emailed statement that it planned a " +
        "mixed-use project on the site and was “exploring ways to honor the site’s musical " +
        "history.”",
      "The club’s Monday songwriter night, known as “The Snake Pit,” gave early stages to dozens of " +
        "performers. Country singer Wade Ellison recorded his 2014 debut, “Caliche Road,” live in " +
        "the back room. “That room taught me how to hold a crowd that didn’t want to listen,” " +
        "Ellison wrote on Instagram.",
      "Council Member Priya Raman, whose district includes the club, called the closure “a " +
        "five-alarm fire for live music” and said she would ask city staff to look at lease " +
        "assistance for venues.",
      "Regulars lined up at the bar Tuesday night. “Where else are we supposed to go?” asked Jesse " +
        "Kowalczyk, a 44-year-old drummer who has played the room more than 200 times.",
    ],
    quotes: [
      ["I found out the same way everybody else did, from a letter,", "Delia Guerrero"],
      ["Thirty-one years, and it was two paragraphs.", "Delia Guerrero"],
      ["exploring ways to honor the site’s musical history.", "Lamar Crossing Partners"],
      ["That room taught me how to hold a crowd that didn’t want to listen,", "Wade Ellison"],
      ["a five-alarm fire for live music", "Priya Raman"],
      ["Where else are we supposed to go?", "Jesse Kowalczyk"],
    ],
  },
  {
    name:
      "Newsroom, science: present-tense says, a ranger manager with she says then a verbless " +
      "second quote, a kākāpō's name in marks, according to DOC without a quote, a geneticist " +
      "with Dr then Surname says and a verbless second quote, an iwi body in a statement with a " +
      "partial, she laughs with a colon for the manager named paragraphs earlier",
    headline: "Rimu mast sets up bumper kākāpō breeding season",
    paragraphs: [
      "Conservation staff are preparing for what could be the biggest kākāpō breeding season on " +
        "record, after a heavy fruiting of rimu on Whenua Hou/Codfish Island and Anchor Island.",
      "Department of Conservation kākāpō operations manager Hine Tāwhai says rangers have counted " +
        "more unripe fruit on the trees this autumn than in any year since monitoring began. “If " +
        "even half of that ripens, every adult female who can breed will try to,” she says. “We’re " +
        "planning for 80 chicks, and hoping we have to plan for more.”",
      "There are 244 kākāpō alive, every one of them named and tracked. The oldest breeding female, " +
        "a bird called “Hoki”, is thought to be more than 40.",
      "Fertility has been a persistent problem; in 2019 about 60 percent of eggs were infertile, " +
        "according to DOC. University of Otago geneticist Dr Andrew Sefton, who sequences every " +
        "chick, says the season will test the programme’s artificial insemination work. “Inbreeding " +
        "is the shadow over all of this,” Sefton says. “A big season buys time. It doesn’t solve " +
        "the genetics.”",
      "Te Rūnanga o Ngāi Tahu, which co-manages the recovery programme, says in a statement that the " +
        "birds are “a taonga that belongs to the generations not yet born”.",
      "Tāwhai says the biggest risk now is a cold snap in late summer, when the fruit should be " +
        "ripening. Asked whether the team is ready, she laughs: “Ask me in March.”",
    ],
    quotes: [
      ["If even half of that ripens, every adult female who can breed will try to,", "Hine Tāwhai"],
      ["We’re planning for 80 chicks, and hoping we have to plan for more.", "Hine Tāwhai"],
      ["Inbreeding is the shadow over all of this,", "Andrew Sefton"],
      ["A big season buys time. It doesn’t solve the genetics.", "Andrew Sefton"],
      ["a taonga that belongs to the generations not yet born", "Te Rūnanga o Ngāi Tahu"],
      ["Ask me in March.", "Hine Tāwhai"],
    ],
  },
  {
    name:
      "The New Times (Rwanda), health: a campaign's name in marks, a division head with Dr and " +
      "role then Surname said, she noted with a partial, according to a body without a quote, a " +
      "mother of four told The New Times, two women in one paragraph with Surname said for the " +
      "second then a verbless second quote, a UN agency in a statement with a partial",
    headline: "RBC launches nationwide cervical cancer screening drive",
    paragraphs: [
      "The Rwanda Biomedical Centre (RBC) on Monday launched a three-month campaign to screen " +
        "400,000 women aged 30 to 49 for cervical cancer, the largest such drive in the country’s " +
        "history.",
      "The campaign, dubbed “Sigasira Ubuzima” (Protect Your Life), will run in health centres in " +
        "all 30 districts.",
      "Speaking at the launch in Kayonza District, Dr Marie Claire Uwase, head of the " +
        "non-communicable diseases division at RBC, said new HPV DNA tests could return results in " +
        "under two hours. “A woman can be screened, get her result and start treatment on the same " +
        "day. That was not possible five years ago,” Uwase said.",
      "She noted that cervical cancer remains “the leading cause of cancer deaths among Rwandan " +
        "women”. About 1,200 women are diagnosed with the disease every year, according to RBC.",
      "Among those screened on the first day was Solange Mukamana, a 41-year-old mother of four " +
        "from Mukarange Sector. “My neighbour died of this disease in 2021. She only went to the " +
        "hospital when it was too late,” she told The New Times.",
      "Mukamana came with her sister-in-law, Claudine Ingabire, who admitted she had almost stayed " +
        "home. “I was afraid of what they would find,” Ingabire said. “But it is better to know.”",
      "The World Health Organization, in a statement, described Rwanda as “on track to become one " +
        "of the first countries to eliminate cervical cancer as a public health problem”.",
    ],
    quotes: [
      [
        "A woman can be screened, get her result and start treatment on the same day. That was not " +
          "possible five years ago,",
        "Marie Claire Uwase",
      ],
      ["the leading cause of cancer deaths among Rwandan women", "Marie Claire Uwase"],
      [
        "My neighbour died of this disease in 2021. She only went to the hospital when it was too late,",
        "Solange Mukamana",
      ],
      ["I was afraid of what they would find,", "Claudine Ingabire"],
      ["But it is better to know.", "Claudine Ingabire"],
      [
        "on track to become one of the first countries to eliminate cervical cancer as a public " +
          "health problem",
        "The World Health Organization",
      ],
    ],
  },
  {
    name:
      "Brisbane Times, transport: a headline quote in single marks before a colon by a commuter " +
      "named only in the body and repeated there, a nurse with her age and Surname said then a " +
      "verbless second quote, a committee chair with Cr then he said, a department spokeswoman " +
      "with two partials, an opposition spokeswoman with a partial then she said",
    headline: "‘It’s a lottery every morning’: Brisbane Metro commuters fume as M2 cancellations mount",
    paragraphs: [
      "Brisbane Metro passengers on the M2 route have endured more than 140 cancelled services in " +
        "the past month, new figures show, as Brisbane City Council and the state government trade " +
        "blame over a shortage of drivers.",
      "Council data released on Friday shows 9.6 per cent of scheduled M2 services between UQ Lakes " +
        "and the Royal Brisbane and Women’s Hospital ran more than 10 minutes late in October.",
      "“It’s a lottery every morning,” Carindale nurse Emma Fitzgibbon, 34, said. “You stand at " +
        "the station watching the app count down and then the service just disappears.”",
      "Council’s transport committee chair, Cr Tim Kerrigan, blamed the state for a backlog in " +
        "driver licensing. “We have the vehicles. We have the stations. What we don’t have is " +
        "enough licensed drivers, and the licensing sits with the state,” he said.",
      "A spokeswoman for the Department of Transport and Main Roads said the department had " +
        "“processed every application it has received from council” and that the claim was " +
        "“simply not correct”.",
      "Opposition transport spokeswoman Cr Nadia Petrakis said the delays were “a broken promise” " +
        "to the city’s south-east. “Turn up and go has become turn up and wait,” she said.",
      "Council says a further 42 drivers will finish training before Christmas.",
    ],
    quotes: [
      ["It’s a lottery every morning,", "Emma Fitzgibbon"],
      [
        "You stand at the station watching the app count down and then the service just disappears.",
        "Emma Fitzgibbon",
      ],
      [
        "We have the vehicles. We have the stations. What we don’t have is enough licensed drivers, " +
          "and the licensing sits with the state,",
        "Tim Kerrigan",
      ],
      [
        "processed every application it has received from council",
        "A spokeswoman for the Department of Transport and Main Roads",
      ],
      ["simply not correct", "A spokeswoman for the Department of Transport and Main Roads"],
      ["a broken promise", "Nadia Petrakis"],
      ["Turn up and go has become turn up and wait,", "Nadia Petrakis"],
    ],
  },
  {
    name:
      "Cornwall Live, environment: straight quotes, an app's name in marks, a campaign group's " +
      "representative with a partial then she said, a water company spokesperson said with a " +
      "colon and a two-sentence quote, a surf instructor with his age then he said and his " +
      "business partner added with a colon, two men in one paragraph, an agency with two partials",
    headline: "Surfers' fury as sewage alert closes Polzeath beach for third time this summer",
    paragraphs: [
      "Swimmers and surfers have been told to stay out of the water at Polzeath after South West " +
        "Water discharged sewage from a storm overflow following heavy rain overnight.",
      'Surfers Against Sewage, which runs the "Safer Seas & Rivers Service" app, said the overflow ' +
        "had been active for more than 14 hours. Its regional representative, Tamsin Penrose, said " +
        'the discharges had become "completely routine". "People here have had enough. We\'re not ' +
        "anti-farmer, we're not anti-anyone, we just want to be able to go in the sea without " +
        'getting ill," she said.',
      'A South West Water spokesperson said: "Storm overflows are designed to operate during ' +
        "periods of heavy rainfall to protect homes from flooding. We are investing record amounts " +
        'to reduce their use across Cornwall."',
      "Local surf instructor Jake Trebilcock, 38, said he had cancelled 30 lessons this summer. " +
        '"I had a group of kids from Birmingham here on Tuesday. How do you explain to them they ' +
        "can't go in?\" he said. His business partner, Ollie Hawke, added: \"It's our livelihood, " +
        "but it's also our kids' beach.\"",
      'The Environment Agency said it was "aware of the incident" and would "assess whether any ' +
        'permit conditions have been breached".',
      "The beach's water quality warning is expected to stay in place until at least Friday.",
    ],
    quotes: [
      ["completely routine", "Tamsin Penrose"],
      [
        "People here have had enough. We're not anti-farmer, we're not anti-anyone, we just want to " +
          "be able to go in the sea without getting ill,",
        "Tamsin Penrose",
      ],
      [
        "Storm overflows are designed to operate during periods of heavy rainfall to protect homes " +
          "from flooding. We are investing record amounts to reduce their use across Cornwall.",
        "A South West Water spokesperson",
      ],
      [
        "I had a group of kids from Birmingham here on Tuesday. How do you explain to them they " +
          "can't go in?",
        "Jake Trebilcock",
      ],
      ["It's our livelihood, but it's also our kids' beach.", "Ollie Hawke"],
      ["aware of the incident", "The Environment Agency"],
      ["assess whether any permit conditions have been breached", "The Environment Agency"],
    ],
  },
  {
    name:
      "Dhaka Tribune, education: according to a board without a quote, a chairman with Prof " +
      "told Dhaka Tribune then he said, a teacher with she said then a verbless second quote, a " +
      "term in marks, a mother then an inverted said with the mother, an unnamed senior " +
      "ministry official with a partial, a professor with she said",
    headline: "Half of secondary students still without new textbooks a month into school year",
    paragraphs: [
      "Nearly half of the country’s secondary students are yet to receive their full set of new " +
        "textbooks, a month after the academic year began, according to the National Curriculum " +
        "and Textbook Board (NCTB).",
      "NCTB Chairman Prof Mohammad Rafiqul Islam told Dhaka Tribune on Sunday that printing had " +
        "been held up by a paper shortage and late tenders. “We have delivered around 21 crore " +
        "books so far. The rest will reach schools by February 20,” he said.",
      "At Motijheel Government Boys’ High School, physics teacher Farhana Akter said her Class 9 " +
        "students had only three of their 13 books. “I am teaching from photocopies and PDFs on my " +
        "phone,” she said. “Half of the class has no smartphone at home.”",
      "Many parents have turned to commercial guidebooks, known locally as “notebooks”. Shahana " +
        "Begum, whose daughter is in Class 8 at a school in Mirpur, said she had spent Tk 1,800 on " +
        "them. “The government says books are free. For us, nothing is free this year,” said the " +
        "mother.",
      "A senior official at the Ministry of Education, speaking on condition of anonymity, admitted " +
        "that the tender process had been “badly mismanaged” and said an inquiry committee had " +
        "been formed.",
      "Prof Selina Haque of the Institute of Education and Research at Dhaka University warned " +
        "that the delay would widen the learning gap. “Students in Dhaka will find a way. A child " +
        "in a char in Kurigram will simply fall behind,” she said.",
    ],
    quotes: [
      [
        "We have delivered around 21 crore books so far. The rest will reach schools by February 20,",
        "Mohammad Rafiqul Islam",
      ],
      ["I am teaching from photocopies and PDFs on my phone,", "Farhana Akter"],
      ["Half of the class has no smartphone at home.", "Farhana Akter"],
      ["The government says books are free. For us, nothing is free this year,", "Shahana Begum"],
      ["badly mismanaged", "A senior official at the Ministry of Education"],
      [
        "Students in Dhaka will find a way. A child in a char in Kurigram will simply fall behind,",
        "Selina Haque",
      ],
    ],
  },
]);
