// A fortieth round of composed English news articles, in the styles of outlets and beats the first
// thirty-nine rounds did not use: the Duluth News Tribune on overnight closures of the Aerial Lift Bridge
// for cable work, the Isle of Wight County Press on hyperacute stroke care moving to Southampton, the
// Western People after a Mayo senior football final at Hastings MacHale Park, Kamloops This Week at a
// sentencing for a crash that killed a cyclist, The Daily Advertiser (Wagga Wagga) on a major flood
// warning for the Murrumbidgee, the Oamaru Mail on a record breeding season for little penguins, The
// Shillong Times on Police Bazar going vehicle-free, the Liberian Observer on WASSCE results in English,
// the Trinidad Guardian after the Panorama large band final and the Macau Daily Times on fake police
// scams targeting elderly residents. Every article was written for these tests, blind, before the engine
// was run on them. Expected speakers follow the corpus guidelines: the fullest name the article gives, a
// body or a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Duluth News Tribune, transport: curly quotes, a capitalised dateline with a dash, a public " +
      "works director after the quote with said Name, title and an unattributed second quote, a port " +
      "authority's statement partial with the period inside, a resident nurse then she said, her " +
      "brother-in-law sharing her surname then the full name said, the director taken up by his role, " +
      "a councilor's partial after called, a MnDOT spokesperson taken up as the agency, a festival's " +
      "name in marks",
    headline: "Aerial Lift Bridge to close to traffic overnight for six weeks of cable work",
    paragraphs: [
      "DULUTH — The Aerial Lift Bridge will close to vehicles overnight on weeknights for six weeks " +
        "starting Jan. 12 while crews replace its lift cables for the first time since 1986, city " +
        "officials announced Tuesday.",
      "“It’s the heart of Canal Park, and we’re going to be doing open-heart surgery on it in " +
        "January,” said Jim Benoit, Duluth’s director of public works. “There’s no good time to do this, " +
        "but there’s a least-bad time.”",
      "The work falls between the close of the shipping season and the arrival of the first salties in " +
        "late March. The Duluth Seaway Port Authority said in a statement that it had been consulted and " +
        "that the schedule “protects every commercial transit.”",
      "Park Point resident Carol Lindahl, a nurse who starts early shifts at Essentia Health, said the " +
        "closures would leave her choosing between sleeping in her car and sleeping on a friend’s couch. " +
        "“I’ve lived on the point for 31 years. We all know it’s a lift bridge. But 10 p.m. to 6 a.m. is " +
        "a long time when your shift starts at 5,” she said.",
      "Her brother-in-law, Gary Lindahl, president of the Park Point Community Club, said the club had " +
        "pushed for a shorter window. “We asked for midnight to 5. We got 10 to 6,” Gary Lindahl said.",
      "Benoit said fire and ambulance crews would be staged on the point each night and that emergency " +
        "vehicles would be escorted across on request. “Nobody on Park Point will be out of reach of an " +
        "ambulance. That was non-negotiable for us,” the public works director said.",
      "At-large City Councilor Mark Hedlund called the schedule “the best of a bad set of options” but " +
        "said he wanted the city to run a free shuttle for shift workers.",
      "The $9.4 million project is funded largely through the Minnesota Department of Transportation. " +
        "A MnDOT spokesperson said the agency expected “minimal impact on regional travel” because the " +
        "closures fall outside peak hours.",
      "Canal Park businesses, which are promoting a “Winter on the Canal” festival for February, said " +
        "they were relieved the bridge would stay open during the day.",
    ],
    quotes: [
      [
        "It’s the heart of Canal Park, and we’re going to be doing open-heart surgery on it in January,",
        "Jim Benoit",
      ],
      ["There’s no good time to do this, but there’s a least-bad time.", "Jim Benoit"],
      ["protects every commercial transit.", "The Duluth Seaway Port Authority"],
      [
        "I’ve lived on the point for 31 years. We all know it’s a lift bridge. But 10 p.m. to 6 a.m. " +
          "is a long time when your shift starts at 5,",
        "Carol Lindahl",
      ],
      ["We asked for midnight to 5. We got 10 to 6,", "Gary Lindahl"],
      [
        "Nobody on Park Point will be out of reach of an ambulance. That was non-negotiable for us,",
        "Jim Benoit",
      ],
      ["the best of a bad set of options", "Mark Hedlund"],
      ["minimal impact on regional travel", "A MnDOT spokesperson"],
    ],
  },
  {
    name:
      "Isle of Wight County Press, health: a standfirst partial in single marks repeated in the body, " +
      "an integrated care board's board papers by name then as the ICB, a consultant with a colon then " +
      "Dr Surname added, a campaigner's partial and a standalone paragraph continuing her, her husband " +
      "sharing her surname then he said, a trust spokesperson's partial, a programme's slogan in marks",
    todo:
      "«seen by a stroke specialist within minutes, 2…» goes to the Integrated Care Board, not The " +
      "Hampshire and Isle of Wight Integrated Care Board; «as soon as it is clinically safe to do " +
      "so» goes to NHS Trust, not A spokesperson for the Isle of Wight NHS Trust",
    headline: "Island stroke patients to be treated in Southampton under new plan",
    standfirst: "Campaigners warn of a 'postcode lottery' as hyperacute stroke care leaves St Mary's",
    paragraphs: [
      "Patients who suffer a stroke on the Isle of Wight will be taken by air ambulance or by " +
        "ambulance and ferry to Southampton for the first 72 hours of their care, under plans approved " +
        "by health chiefs.",
      "The Hampshire and Isle of Wight Integrated Care Board voted on Thursday to move hyperacute " +
        "stroke services from St Mary's Hospital in Newport to University Hospital Southampton from " +
        'April. In its board papers, the ICB said the change would mean patients were "seen by a stroke ' +
        'specialist within minutes, 24 hours a day, rather than waiting for an on-call consultant".',
      'Dr Priya Raman, a consultant stroke physician at the Isle of Wight NHS Trust, said: "I know ' +
        "this is hard for Islanders to hear. But the evidence is clear – specialist units save lives and " +
        'reduce disability."',
      "She said the trust had struggled for years to staff its stroke rota with three consultants. " +
        '"Some weekends there is one of us covering the whole Island," Dr Raman added.',
      "Sue Chessell, who chairs the Save Our St Mary's group, said the plan created a \"postcode " +
        'lottery" and asked what would happen on nights when the Solent was too rough to cross.',
      '"When the ferries stop, the helicopter is often grounded too. Nobody has answered that ' +
        'question."',
      "Mrs Chessell's husband, Roger Chessell, 74, had a stroke in 2022 and was treated at St Mary's. " +
        "\"I was home in nine days. If I'd been in Southampton, she'd have been on the Red Jet every " +
        'day," he said.',
      "A spokesperson for the Isle of Wight NHS Trust said patients would be brought back to St Mary's " +
        'for rehabilitation "as soon as it is clinically safe to do so".',
      'The changes form part of the ICB\'s "Right Care, Right Place" programme, which will also ' +
        "review maternity and cardiology services next year.",
    ],
    quotes: [
      [
        "seen by a stroke specialist within minutes, 24 hours a day, rather than waiting for an " +
          "on-call consultant",
        "The Hampshire and Isle of Wight Integrated Care Board",
      ],
      [
        "I know this is hard for Islanders to hear. But the evidence is clear – specialist units save " +
          "lives and reduce disability.",
        "Priya Raman",
      ],
      ["Some weekends there is one of us covering the whole Island,", "Priya Raman"],
      ["postcode lottery", "Sue Chessell"],
      [
        "When the ferries stop, the helicopter is often grounded too. Nobody has answered that " +
          "question.",
        "Sue Chessell",
      ],
      [
        "I was home in nine days. If I'd been in Southampton, she'd have been on the Red Jet every day,",
        "Roger Chessell",
      ],
      ["as soon as it is clinically safe to do so", "A spokesperson for the Isle of Wight NHS Trust"],
    ],
  },
  {
    name:
      "Western People, sport: straight quotes, a standfirst quote with a dash repeated in the body, " +
      "the captain by surname and role then he said across a split, his younger brother sharing the " +
      "surname then the younger Keane said, the winning manager's partial after described as, the " +
      "losing manager after the quote with said Surname, who, a supporter with a colon, the county " +
      "board's statement partial, a club nickname in marks",
    todo:
      "«We never stopped believing,» goes to Cathal Keane, not Shane Keane; «Knockmore threw " +
      "everything at us in the secon…» goes to Cathal Keane, not Shane Keane",
    headline: "Ballintubber edge Knockmore to lift the Moclair Cup",
    standfirst: '"We never stopped believing" - Keane after injury-time winner',
    paragraphs: [
      "Ballintubber are Mayo senior football champions for the fifth time after a one-point win over " +
        "Knockmore in front of 7,412 at Hastings MacHale Park on Sunday.",
      "A Shane Keane free deep into injury time settled a tense decider, 1-12 to 0-14, and the " +
        '"Tubber" faithful poured onto the pitch at the final whistle.',
      "Keane, the Ballintubber captain, was still catching his breath when he spoke to the Western " +
        'People. "We never stopped believing," he said. "Knockmore threw everything at us in the ' +
        'second half and we just kept going back to the well."',
      "His younger brother Cathal Keane, who came off the bench to score the goal, said the win was " +
        'for their late father, Tom, who managed the club to its first title in 2010. "Dad would have ' +
        "been roaring at the referee all day. He'd have loved every minute of it,\" the younger Keane " +
        "said.",
      'Ballintubber manager Pat Loftus described the second-half display as "as gutsy as anything ' +
        "I've seen from a Ballintubber team\" and singled out goalkeeper Darragh Walsh for two late " +
        "saves.",
      "Knockmore were left to rue a string of wides. \"We kicked 11 wides. You don't win county finals " +
        'doing that," said Ger Ruane, who is stepping down as Knockmore manager after four seasons.',
      "Not everyone agreed with the decision to award the late free. A Knockmore supporter leaving the " +
        'stand was blunt: "That was never a free. Never."',
      'Mayo GAA said in a statement that the attendance was "the biggest for a county final in over a ' +
        'decade". Ballintubber now meet Corofin in the Connacht club championship in Tuam on November 2.',
    ],
    quotes: [
      ["We never stopped believing,", "Shane Keane"],
      [
        "Knockmore threw everything at us in the second half and we just kept going back to the well.",
        "Shane Keane",
      ],
      [
        "Dad would have been roaring at the referee all day. He'd have loved every minute of it,",
        "Cathal Keane",
      ],
      ["as gutsy as anything I've seen from a Ballintubber team", "Pat Loftus"],
      ["We kicked 11 wides. You don't win county finals doing that,", "Ger Ruane"],
      ["That was never a free. Never.", "A Knockmore supporter"],
      ["the biggest for a county final in over a decade", "Mayo GAA"],
    ],
  },
  {
    name:
      "Kamloops This Week, courts: straight quotes, the judge's partial with the period inside then " +
      "taken up as the judge, a Crown prosecutor then Surname told the court, a defence lawyer then " +
      "Surname said, the victim's husband sharing her surname in a victim impact statement then he " +
      "wrote, the accused by pronoun after the husband, a cycling coalition president with a colon, a " +
      "ghost bike in marks",
    todo:
      "«I'm sorry. I know that doesn't mean anything …» goes to Robert Tsang, not Dustin Michael " +
      "Harwood; «ghost bike» taken for a quote",
    headline: "Kamloops man gets three years for crash that killed cyclist on Columbia Street",
    paragraphs: [
      "A Kamloops man who was high on fentanyl when he drove into a cyclist on Columbia Street West " +
        "has been sentenced to three years in prison.",
      "Dustin Michael Harwood, 29, pleaded guilty in B.C. Supreme Court in Kamloops to dangerous " +
        "driving causing death in the July 2024 crash that killed Lorraine Tsang, 58, a retired Thompson " +
        "Rivers University librarian.",
      "Justice Karen Ostrowski handed down the sentence on Thursday, telling Harwood his decision to " +
        'get behind the wheel that day was "a choice, not an accident."',
      'Crown prosecutor Neil Bhatt had sought four years. "Mr. Harwood had been warned by his own ' +
        'mother not to drive that day. He took the keys anyway," Bhatt told the court.',
      "Defence lawyer Ashley Fenwick asked for two years less a day, followed by probation, pointing " +
        "to her client's efforts at recovery. \"He has been clean for 14 months. He is not the man who " +
        'got into that truck," Fenwick said.',
      "Tsang's husband, Robert Tsang, wrote in a victim impact statement, read aloud by the couple's " +
        'daughter, that he still sets out two cups for coffee every morning. "Then I remember, and I ' +
        'put one back," he wrote.',
      "Harwood, wearing a grey sweatshirt in the prisoner's box, turned to the gallery before the " +
        "sentence was read. \"I'm sorry. I know that doesn't mean anything to you, but I'm sorry,\" he " +
        "said.",
      'Ostrowski also imposed a five-year driving ban. The judge said the case showed "the ' +
        'devastating cost of impaired driving in this community" and noted Harwood had two prior ' +
        "convictions for driving while prohibited.",
      "Outside court, Kamloops Cycling Coalition president Brent Oakes said the city needs protected " +
        "bike lanes on Columbia Street: \"We've been asking for this since before Lorraine died. How " +
        'many more?" A white "ghost bike" still stands at the crash site.',
    ],
    quotes: [
      ["a choice, not an accident.", "Karen Ostrowski"],
      [
        "Mr. Harwood had been warned by his own mother not to drive that day. He took the keys anyway,",
        "Neil Bhatt",
      ],
      ["He has been clean for 14 months. He is not the man who got into that truck,", "Ashley Fenwick"],
      ["Then I remember, and I put one back,", "Robert Tsang"],
      ["I'm sorry. I know that doesn't mean anything to you, but I'm sorry,", "Dustin Michael Harwood"],
      ["the devastating cost of impaired driving in this community", "Karen Ostrowski"],
      ["We've been asking for this since before Lorraine died. How many more?", "Brent Oakes"],
    ],
  },
  {
    name:
      "The Daily Advertiser (Wagga Wagga), weather: curly quotes, a standfirst quote in single marks " +
      "repeated as the first half of a body quote split by the attribution, a bureau's warning with " +
      "two partials, an SES chief superintendent by rank and name after the quote then a second " +
      "unattributed, the mayor as Cr Name then Cr Surname said across a split, a shearer by age with a " +
      "standalone quote paragraph, according to a Local Land Services body, a Red Cross volunteer with " +
      "a colon, a flood's nickname in marks",
    headline: "Murrumbidgee to peak at 9.6 metres as Wagga braces for major flood",
    standfirst: "‘Get out early’: SES urges North Wagga residents to leave before the roads are cut",
    paragraphs: [
      "The Murrumbidgee River at Wagga Wagga is forecast to peak at about 9.6 metres on Saturday " +
        "morning, a major flood level, after days of heavy rain across the upper catchment.",
      "The Bureau of Meteorology said in its latest warning, issued at 2pm on Thursday, that the river " +
        "was “rising steadily” at the Hampden Bridge gauge and that further rises were possible " +
        "“depending on releases from Burrinjuck Dam”.",
      "An evacuation warning is in place for North Wagga, Gumly Gumly and Oura. “Get out early,” NSW " +
        "SES Chief Superintendent Mark Ellery said on Thursday. “Don’t wait for the water to reach your " +
        "front step, because by then the roads will be cut.”",
      "Wagga Wagga City Council mayor Cr Kerrie Baxter said the main city levee was expected to hold. " +
        "“The levee is built for a one-in-100-year flood and this isn’t that,” Cr Baxter said. “But " +
        "North Wagga doesn’t have that protection, and that’s where our focus is.”",
      "In North Wagga, Trent Humphries spent Thursday afternoon lifting furniture onto milk crates. " +
        "The 42-year-old shearer has been through it before, in 2012 and again in 2022.",
      "“You get used to the water, but you never get used to cleaning the mud out. That’s the bit that " +
        "breaks you.”",
      "Older residents still compare every rise with the 1974 flood, known around town simply as “the " +
        "big one”.",
      "Stock on low-lying river flats should be moved to higher ground “as a priority”, according to " +
        "Riverina Local Land Services.",
      "An evacuation centre has opened at the Wagga Wagga Showground. A Red Cross volunteer at the " +
        "centre said: “We’ve had about 40 people through so far, mostly older residents from North " +
        "Wagga. Everyone’s calm.”",
    ],
    quotes: [
      ["rising steadily", "The Bureau of Meteorology"],
      ["depending on releases from Burrinjuck Dam", "The Bureau of Meteorology"],
      ["Get out early,", "Mark Ellery"],
      [
        "Don’t wait for the water to reach your front step, because by then the roads will be cut.",
        "Mark Ellery",
      ],
      ["The levee is built for a one-in-100-year flood and this isn’t that,", "Kerrie Baxter"],
      ["But North Wagga doesn’t have that protection, and that’s where our focus is.", "Kerrie Baxter"],
      [
        "You get used to the water, but you never get used to cleaning the mud out. That’s the bit " +
          "that breaks you.",
        "Trent Humphries",
      ],
      ["as a priority", "Riverina Local Land Services"],
      [
        "We’ve had about 40 people through so far, mostly older residents from North Wagga. Everyone’s " +
          "calm.",
        "A Red Cross volunteer at the centre",
      ],
    ],
  },
  {
    name:
      "Oamaru Mail, science: curly quotes, macrons, a colony scientist by Dr Name then Dr Surname said " +
      "and she said, a zoologist's partial then Prof Surname said across a split, a conservation " +
      "status in marks, a Department of Conservation spokeswoman's partial, a council roading manager " +
      "with a colon, a tourist's partial after called it",
    headline: "Record season for Oamaru’s little penguins",
    paragraphs: [
      "Oamaru’s little penguins have had their best breeding season on record, with 812 chicks " +
        "fledging from the Oamaru Blue Penguin Colony this summer.",
      "“We’ve been counting since 1993 and we’ve never seen numbers like this,” colony scientist Dr " +
        "Hana Whitcombe said.",
      "Dr Whitcombe put the result down to an abundance of sprat and ahuru close to shore. “The birds " +
        "didn’t have to travel far to feed, so a lot of pairs managed to raise two clutches,” she said.",
      "The colony’s records are part of a long-term study with the University of Otago. Otago " +
        "zoologist Prof Martin Keller said the data set was “one of the longest continuous records for " +
        "any seabird in the Southern Hemisphere”.",
      "But he cautioned against reading too much into one season. “A good year is a good year. It " +
        "doesn’t tell you the trend,” Prof Keller said. “Two bad summers and you’re back where you " +
        "started.”",
      "Kororā are classified nationally as “At Risk – Declining”. A Department of Conservation " +
        "spokeswoman said the Oamaru result was “really encouraging”, but dogs and cars remained the " +
        "biggest threats to penguins in North Otago.",
      "Waitaki District Council installed penguin crossing signs on Waterfront Rd in 2023. Council " +
        "roading manager Stu Pryde said: “Drivers have really come to the party. We haven’t had a " +
        "penguin killed on that stretch in two years.”",
      "Visitor numbers at the evening viewing stands are also up. Brisbane tourist Chloe Navarro, who " +
        "watched 140 penguins come ashore on Tuesday night, called it “the best thing we’ve done in New " +
        "Zealand”.",
    ],
    quotes: [
      ["We’ve been counting since 1993 and we’ve never seen numbers like this,", "Hana Whitcombe"],
      [
        "The birds didn’t have to travel far to feed, so a lot of pairs managed to raise two clutches,",
        "Hana Whitcombe",
      ],
      ["one of the longest continuous records for any seabird in the Southern Hemisphere", "Martin Keller"],
      ["A good year is a good year. It doesn’t tell you the trend,", "Martin Keller"],
      ["Two bad summers and you’re back where you started.", "Martin Keller"],
      ["really encouraging", "A Department of Conservation spokeswoman"],
      [
        "Drivers have really come to the party. We haven’t had a penguin killed on that stretch in two " +
          "years.",
        "Stu Pryde",
      ],
      ["the best thing we’ve done in New Zealand", "Chloe Navarro"],
    ],
  },
  {
    name:
      "The Shillong Times, local politics: straight quotes, a dateline with a colon, a local name in " +
      "marks, the Minister by name then the Minister and Surname said, he informed with a partial, a " +
      "traders' body's partial after termed, its president with said and a comma, an MLA's statement " +
      "partial, the SP (Traffic) then the SP said, a college student with a colon",
    headline: "Police Bazar to go vehicle-free from January 15; traders cry foul",
    paragraphs: [
      "SHILLONG, Dec 4: The State Government has decided to make Police Bazar a vehicle-free zone from " +
        "January 15, Urban Affairs Minister Wanshan Marbaniang announced on Thursday.",
      "Speaking to reporters at the Secretariat, the Minister said the decision was taken after a " +
        'six-month trial on Sundays in the heart of the city, known locally as "Khyndailad". "The ' +
        "response from the public has been overwhelming. Families are coming back to Police Bazar to " +
        'walk, not just to shop," Marbaniang said.',
      "He informed that e-rickshaws would ferry elderly persons and persons with disabilities free of " +
        'cost and that a multi-level parking facility at Laitumkhrah would be ready "by March next ' +
        'year".',
      'However, the Greater Shillong Traders\' Association termed the move "anti-trader" and demanded ' +
        "that it be deferred by a year.",
      'Association president Ricky Kharkongor said, "Our sales on Sundays fell by 40 per cent during ' +
        "the trial. Who will compensate us? The Government did not consult a single trader before taking " +
        'this decision."',
      'In a statement, Congress MLA Pynshai Nongrum said the Government was "more interested in photo ' +
        'opportunities than in decongesting the city".',
      "SP (Traffic) Baiaineh Syiem said additional personnel would be deployed at all entry points. " +
        '"Diversions will be in place and sign-boarded well before January 15," the SP said.',
      'A college student from Laitumkhrah welcomed the move: "Finally we can walk without being ' +
        'honked at every two seconds."',
    ],
    quotes: [
      [
        "The response from the public has been overwhelming. Families are coming back to Police Bazar " +
          "to walk, not just to shop,",
        "Wanshan Marbaniang",
      ],
      ["by March next year", "Wanshan Marbaniang"],
      ["anti-trader", "the Greater Shillong Traders' Association"],
      [
        "Our sales on Sundays fell by 40 per cent during the trial. Who will compensate us? The " +
          "Government did not consult a single trader before taking this decision.",
        "Ricky Kharkongor",
      ],
      ["more interested in photo opportunities than in decongesting the city", "Pynshai Nongrum"],
      ["Diversions will be in place and sign-boarded well before January 15,", "Baiaineh Syiem"],
      [
        "Finally we can walk without being honked at every two seconds.",
        "A college student from Laitumkhrah",
      ],
    ],
  },
  {
    name:
      "Liberian Observer, education: straight quotes, an exam council's head by Mr. and a middle " +
      "initial after a comma, then Mr. Surname said, a second quote closed by according to him, a " +
      "minister by Dr. Name with a partial after described, a ministry's press release partial, a " +
      "principal by Mrs. Name then she told the Daily Observer, a candidate by age with a colon, an " +
      "initiative's name in marks",
    headline: "WASSCE 2026: Only 31 percent of Liberian candidates pass English",
    paragraphs: [
      "Fewer than one in three Liberian students who sat the 2026 West African Senior School " +
        "Certificate Examination (WASSCE) passed English Language, according to results released " +
        "yesterday by the West African Examinations Council (WAEC).",
      "Speaking at the release of the results at the council's national office in Sinkor, the Head of " +
        'National Office, Mr. Josephus K. Flomo, said 47,386 candidates sat the exams. "The pass rate ' +
        "in Mathematics improved slightly, but English Language remains a major concern for the " +
        'council," Mr. Flomo said.',
      'He blamed the poor performance on a shortage of qualified teachers in the rural counties. "In ' +
        'some schools in River Gee and Grand Kru, one teacher is handling English for four grades," ' +
        "according to him.",
      'Education Minister Dr. Marvin Tarpeh described the results as "a wake-up call for all of us" ' +
        'and announced that the ministry would retrain 2,000 English teachers under its "Read Liberia" ' +
        "initiative.",
      "The Ministry of Education, in a press release, said the training would begin in February and " +
        'would target "counties with the lowest pass rates first."',
      "At the William V.S. Tubman High School in Sinkor, 58 percent of candidates passed English. The " +
        "school's principal, Mrs. Comfort Gbelee, credited reading clubs. \"We introduced the clubs in " +
        '10th grade. Our children read one novel every month," she told the Daily Observer.',
      "One of the top candidates, 18-year-old Josephine Kollie of Kakata, who passed all nine " +
        'subjects, said: "I studied by a solar lamp because we had no current in our community. My ' +
        'mother sold pepper to pay my WAEC fees."',
    ],
    quotes: [
      [
        "The pass rate in Mathematics improved slightly, but English Language remains a major concern " +
          "for the council,",
        "Josephus K. Flomo",
      ],
      [
        "In some schools in River Gee and Grand Kru, one teacher is handling English for four grades,",
        "Josephus K. Flomo",
      ],
      ["a wake-up call for all of us", "Marvin Tarpeh"],
      ["counties with the lowest pass rates first.", "The Ministry of Education"],
      ["We introduced the clubs in 10th grade. Our children read one novel every month,", "Comfort Gbelee"],
      [
        "I studied by a solar lamp because we had no current in our community. My mother sold pepper " +
          "to pay my WAEC fees.",
        "Josephine Kollie",
      ],
    ],
  },
  {
    name:
      "Trinidad Guardian, culture: curly quotes, a standfirst quote after a role and colon repeated in " +
      "the body, a tune's title in marks, the arranger by age then Surname told the T&T Guardian " +
      "across a split with Trinidadian speech, his uncle sharing the surname then the elder Alleyne " +
      "said, a rival band's manager then he said, a Pan Trinbago president's partial after she called, " +
      "a supporter with a colon, a commission's statement partial",
    headline: "Desperadoes reclaim Panorama crown",
    standfirst: "Arranger: ‘This one is for Laventille’",
    paragraphs: [
      "WASA Desperadoes are the 2027 National Panorama large band champions, ending a long drought " +
        "with a thunderous arrangement of “Trini Gone Wild” at the Queen’s Park Savannah on Saturday " +
        "night.",
      "The band from the Hill scored 284 points, two ahead of defending champions Trinidad All Stars. " +
        "Renegades placed third.",
      "Arranger Kwesi Alleyne, 36, who took over the band three years ago, was lifted onto the " +
        "shoulders of his players as the results were announced. “This one is for Laventille,” Alleyne " +
        "told the T&T Guardian, tears in his eyes. “People does talk about the Hill like is only bad " +
        "news up there. Tonight the Hill make music for the whole country.”",
      "Band manager Sheldon Alleyne, the arranger’s uncle, said players had rehearsed every night " +
        "since January. “Some of them come straight from work, eat a roti in the panyard and play till " +
        "one in the morning,” the elder Alleyne said.",
      "All Stars manager Curtis Phillip said his band accepted the result. “We congratulate Despers. " +
        "It was a close one, and that is what Panorama is all about,” he said.",
      "Pan Trinbago president Keisha Regis said about 18,000 people packed the North Stand and the " +
        "drag, the third straight year of rising attendance. She called the final “the best Panorama in " +
        "a generation”.",
      "Not everyone agreed with the judges. A Renegades supporter in the North Stand said: “Renegades " +
        "was robbed. Plain and simple.”",
      "The National Carnival Commission said in a statement that prize money would be paid to all " +
        "finalists “within 30 days”.",
    ],
    quotes: [
      ["This one is for Laventille,", "Kwesi Alleyne"],
      [
        "People does talk about the Hill like is only bad news up there. Tonight the Hill make music " +
          "for the whole country.",
        "Kwesi Alleyne",
      ],
      [
        "Some of them come straight from work, eat a roti in the panyard and play till one in the " +
          "morning,",
        "Sheldon Alleyne",
      ],
      [
        "We congratulate Despers. It was a close one, and that is what Panorama is all about,",
        "Curtis Phillip",
      ],
      ["the best Panorama in a generation", "Keisha Regis"],
      ["Renegades was robbed. Plain and simple.", "A Renegades supporter in the North Stand"],
      ["within 30 days", "The National Carnival Commission"],
    ],
  },
  {
    name:
      "Macau Daily Times, police: straight quotes, a police body by name with its abbreviation, a " +
      "spokesperson by Cantonese name then Surname said with a nested quote inside, Surname added, a " +
      "victim's son known only by surname then he said, a banks' association's statement partial, a " +
      "lawmaker then Surname said and a partial after adding that, a campaign slogan in marks, a " +
      "social worker by place with a colon",
    todo: "«They told her that if she told us, we would b…» goes to Chan Wai Kit, not The woman's son",
    headline: "Elderly residents lose MOP12 million to fake police scams",
    paragraphs: [
      "Elderly residents lost more than MOP12 million in the first ten months of the year to " +
        "fraudsters posing as mainland police officers, the Judiciary Police (PJ) said yesterday.",
      "At a press conference, PJ spokesperson Chan Wai Kit said 46 such cases had been reported since " +
        "January, up from 29 in the same period last year. \"The scammers call, claim the victim's " +
        "identity has been used in a money-laundering case and threaten arrest. Then they ask for money " +
        "to 'prove' their innocence,\" Chan said.",
      "In the largest case, a 78-year-old woman surnamed Lam transferred MOP3.8 million from her " +
        'savings over three weeks before a bank teller grew suspicious. "The teller asked her why she ' +
        'needed so much cash, and she began to cry," Chan added.',
      "The woman's son, also surnamed Lam, told the Times that his mother had been too frightened to " +
        'tell anyone. "They told her that if she told us, we would be arrested too," he said.',
      "The Macau Association of Banks said in a statement that member banks had intercepted 31 " +
        'suspicious transfers this year and urged tellers to "ask one more question" when elderly ' +
        "customers make large withdrawals.",
      "Lawmaker Ho Sio Man said the PJ's anti-fraud campaign, \"Don't Panic, Hang Up\", had not " +
        'reached those most at risk. "Many elderly people don\'t even know the hotline exists," Ho ' +
        'said, adding that the campaign "needs to go where old people actually are - the markets, the ' +
        'parks, the day centres."',
      'A social worker at a day centre in Fai Chi Kei said: "Our members are lonely. When someone ' +
        'calls and talks to them for an hour, they trust that person."',
    ],
    quotes: [
      [
        "The scammers call, claim the victim's identity has been used in a money-laundering case and " +
          "threaten arrest. Then they ask for money to 'prove' their innocence,",
        "Chan Wai Kit",
      ],
      ["The teller asked her why she needed so much cash, and she began to cry,", "Chan Wai Kit"],
      ["They told her that if she told us, we would be arrested too,", "The woman's son"],
      ["ask one more question", "The Macau Association of Banks"],
      ["Many elderly people don't even know the hotline exists,", "Ho Sio Man"],
      ["needs to go where old people actually are - the markets, the parks, the day centres.", "Ho Sio Man"],
      [
        "Our members are lonely. When someone calls and talks to them for an hour, they trust that " +
          "person.",
        "A social worker at a day centre in Fai Chi Kei",
      ],
    ],
  },
]);
