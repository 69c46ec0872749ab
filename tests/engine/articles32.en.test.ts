// A thirty-second round of composed English news articles, in the styles of outlets and beats the first
// thirty-one rounds did not use: The Post and Courier on a beach renourishment sales tax in the S.C. House,
// the Longford Leader at an assault sentencing in Longford District Court, The Edge Malaysia on a glove
// maker's narrower quarterly loss, the Bendigo Advertiser after a BFNL second semi-final at the QEO,
// Firstpost on a lost 1962 Bengali film restored for Cannes Classics, Sky & Telescope on an asteroid moon
// found by amateur occultation observers, Citi Newsroom on dialysis fees at Korle Bu, the Hexham Courant on
// Allendale's tar barrel guisers looking for recruits, the Kingston Whig-Standard on outboard motor thefts
// from marinas and The Timaru Herald on rising nitrate in South Canterbury bores. Every article was
// written for these tests, blind, before the engine was run on them. Expected speakers follow the corpus
// guidelines: the fullest name the article gives, a body or a document as written, an unnamed source by
// its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Post and Courier, politics: a nickname in marks, a quote split by told with Rep. Name and a " +
      "party tag, two women in one paragraph with a partial by the first and she said for the second, " +
      "according to a state office with a partial, an inverted noted with a mayor, a league's " +
      "statement with urged and a partial, an unnamed aide with a partial",
    headline: "S.C. House backs beach sales tax as coastal towns run short of sand",
    paragraphs: [
      "COLUMBIA — The S.C. House voted 79-31 on Wednesday to let coastal counties ask voters for a " +
        "1-cent sales tax to pay for beach renourishment, a bill known around the State House as the " +
        "“sand tax.”",
      "“We are not going to out-wait the ocean,” Rep. Carla Whitmire, R-Isle of Palms, told colleagues " +
        "before the vote, “and every year we wait, the sand gets more expensive.”",
      "Upstate members were skeptical. Rep. Ellen Pruitt, R-Greer, said inland taxpayers had already " +
        "“paid their share” through state grants for renourishment. Whitmire countered that more than " +
        "half of the sales tax collected in Charleston and Horry counties is paid by visitors. “Nobody " +
        "in Greer pays this tax unless they come to Folly Beach for the weekend,” she said.",
      "According to the S.C. Office of Resilience, 38 miles of the state’s beaches are “critically " +
        "eroding,” and the federal government now pays a smaller share of renourishment projects than it " +
        "did a decade ago.",
      "“Folly Beach has been renourished six times since 1993, and every time the bill goes up,” noted " +
        "Folly Beach Mayor Hal Pritchard, who drove to Columbia to watch the vote from the gallery.",
      "The Coastal Conservation League said in a statement that it supported the bill but urged " +
        "lawmakers to also pay for “living shorelines, not just trucks of sand.”",
      "The bill now goes to the Senate, where it faces “a tough road” in the Finance Committee, said a " +
        "Senate aide who spoke on condition of anonymity because no debate has been scheduled.",
    ],
    quotes: [
      ["We are not going to out-wait the ocean,", "Carla Whitmire"],
      ["and every year we wait, the sand gets more expensive.", "Carla Whitmire"],
      ["paid their share", "Ellen Pruitt"],
      ["Nobody in Greer pays this tax unless they come to Folly Beach for the weekend,", "Carla Whitmire"],
      ["critically eroding,", "the S.C. Office of Resilience"],
      [
        "Folly Beach has been renourished six times since 1993, and every time the bill goes up,",
        "Hal Pritchard",
      ],
      ["living shorelines, not just trucks of sand.", "The Coastal Conservation League"],
      ["a tough road", "a Senate aide"],
    ],
  },
  {
    name:
      "Longford Leader, courts: a headline fragment by a judge named only in the body, an age in " +
      "brackets, a sergeant with two partials then Sgt Surname said, two women in one paragraph, a " +
      "victim impact statement with a partial by the owner, Mr Surname said for a solicitor, a judge " +
      "told the accused then a verbless second quote",
    headline: "‘Lucky nobody was seriously hurt’ – judge jails man over Longford takeaway brawl",
    paragraphs: [
      "A Longford man who threw a chair at staff in a town centre takeaway and headbutted a garda who " +
        "came to arrest him has been jailed for four months at Longford District Court.",
      "Jason Farrell (27), with an address at Cluain Airne, Longford, pleaded guilty to assault " +
        "causing harm, criminal damage and being intoxicated in a public place arising from the incident " +
        "on Main Street in the early hours of June 14 last.",
      "Sergeant Niamh Cullen told the court that when gardaí arrived shortly before 2.40am, the " +
        "accused was “shouting and roaring” inside the premises and “had to be restrained by two " +
        "customers”.",
      "“When I went to arrest him he pulled back and headbutted Garda Keogh in the face,” Sgt Cullen " +
        "said. Garda Aoife Keogh, who was not in court, suffered a cut lip and was out of work for a " +
        "week.",
      "In a victim impact statement, the owner of the takeaway, Ming Zhao, said his staff had been " +
        "“afraid to work the late shift” for weeks afterwards.",
      "Defending, solicitor Colm Mac Eoin said his client had no memory of the night and had not taken " +
        "a drink since. “He is mortified. He has written letters of apology to Garda Keogh and to the " +
        "staff,” Mr Mac Eoin said.",
      "“You were lucky nobody was seriously hurt that night,” Judge Conal Breslin told Farrell. " +
        "“Gardaí go out at two in the morning to protect people, not to be headbutted by them.”",
      "Recognisance was fixed in the event of an appeal.",
    ],
    quotes: [
      ["Lucky nobody was seriously hurt", "Conal Breslin"],
      ["shouting and roaring", "Niamh Cullen"],
      ["had to be restrained by two customers", "Niamh Cullen"],
      ["When I went to arrest him he pulled back and headbutted Garda Keogh in the face,", "Niamh Cullen"],
      ["afraid to work the late shift", "Ming Zhao"],
      [
        "He is mortified. He has written letters of apology to Garda Keogh and to the staff,",
        "Colm Mac Eoin",
      ],
      ["You were lucky nobody was seriously hurt that night,", "Conal Breslin"],
      [
        "Gardaí go out at two in the morning to protect people, not to be headbutted by them.",
        "Conal Breslin",
      ],
    ],
  },
  {
    name:
      "The Edge Malaysia, business: a dateline in brackets, the group said in a filing with a partial, " +
      "a managing director with an honorific told a briefing, Surname said with a partial and adding " +
      "with a second, a rating in marks, a research house in a note with a partial, an analyst with a " +
      "colon, an association with warned and a partial",
    headline: "Seri Latex's 2Q loss narrows as US orders pick up",
    paragraphs: [
      "KUALA LUMPUR (Dec 4): Glove maker Seri Latex Holdings Bhd's net loss narrowed to RM12.6 million " +
        "for the second quarter ended Sept 30, 2026 (2QFY2027), from RM48.1 million a year earlier, as " +
        "sales volume rose on stronger orders from the US.",
      "Quarterly revenue jumped 41% to RM402.3 million from RM285.5 million, the group said in a " +
        "filing with Bursa Malaysia on Thursday. It said average selling prices had “stabilised at a low " +
        "base” while its plant utilisation rate rose to 61% from 44%.",
      "“The worst is behind us, but I won’t call it a recovery until we are back in the black,” group " +
        "managing director Datuk Lim Wei Han told a virtual press briefing.",
      "Lim said the group would not reopen its two mothballed plants in Kapar “until demand justifies " +
        "it”, adding that US orders had “more than doubled” since Washington raised tariffs on " +
        "Chinese-made gloves.",
      "Permata Research, which maintained its “hold” call on the stock with a target price of RM1.05, " +
        "said in a note to clients that the results were “in line with expectations”.",
      "Independent analyst Farah Nadia Kamarulzaman was less upbeat: “China still has too much " +
        "capacity. Pricing power is the last thing to come back.”",
      "The Malaysian Rubber Glove Manufacturers Association (Margma) warned last month of “a prolonged " +
        "period of oversupply” lasting into 2027. Seri Latex shares closed two sen higher at 98 sen on " +
        "Thursday, valuing the group at RM1.31 billion.",
    ],
    quotes: [
      ["stabilised at a low base", "Seri Latex Holdings Bhd"],
      [
        "The worst is behind us, but I won’t call it a recovery until we are back in the black,",
        "Lim Wei Han",
      ],
      ["until demand justifies it", "Lim Wei Han"],
      ["more than doubled", "Lim Wei Han"],
      ["in line with expectations", "Permata Research"],
      [
        "China still has too much capacity. Pricing power is the last thing to come back.",
        "Farah Nadia Kamarulzaman",
      ],
      ["a prolonged period of oversupply", "The Malaysian Rubber Glove Manufacturers Association"],
    ],
  },
  {
    name:
      "Bendigo Advertiser, sport: a coach with a partial, he said then a quote that runs over two " +
      "paragraphs, a nickname in marks, an inverted admitted with the 31-year-old, two men in one " +
      "paragraph with a partial by the coach and Surname said, a league spokesperson with a partial in " +
      "a relative clause",
    headline: "Storm hold off Bulldogs to book a BFNL grand final berth",
    paragraphs: [
      "STRATHFIELDSAYE is into the Bendigo Football Netball League senior grand final after holding " +
        "off a fast-finishing Golden Square by nine points in Saturday’s second semi-final at the QEO.",
      "Storm coach Ash Whitford, who took over at the end of 2023, said the win had been “three years " +
        "in the making”.",
      "“When I got here we had 19 senior players at the first pre-season session,” he said. “We had to " +
        "beg blokes to play reserves.",
      "“Now we’ve got kids driving back from uni on a Thursday night just to train. That’s what this " +
        "is about.”",
      "Full-forward Tyler Bassett, known to everyone at the club as “Bass”, kicked four goals, " +
        "including the sealer with two minutes left. “I honestly thought my time had gone,” admitted the " +
        "31-year-old, who missed all of last season after a knee reconstruction.",
      "Golden Square coach Nathan Pearce said his side had “left it too late” and that skipper Jack " +
        "Doyle, who limped off with an ankle injury in the third quarter, would be right for next week’s " +
        "preliminary final. “Doyley will play, no question,” Pearce said.",
      "A crowd of more than 4000 packed the ground, which a BFNL spokesperson said was “the biggest " +
        "second semi we’ve had in a decade”.",
    ],
    quotes: [
      ["three years in the making", "Ash Whitford"],
      ["When I got here we had 19 senior players at the first pre-season session,", "Ash Whitford"],
      ["We had to beg blokes to play reserves.", "Ash Whitford"],
      [
        "Now we’ve got kids driving back from uni on a Thursday night just to train. That’s what this " +
          "is about.",
        "Ash Whitford",
      ],
      ["I honestly thought my time had gone,", "Tyler Bassett"],
      ["left it too late", "Nathan Pearce"],
      ["Doyley will play, no question,", "Nathan Pearce"],
      ["the biggest second semi we’ve had in a decade", "a BFNL spokesperson"],
    ],
  },
  {
    name:
      "Firstpost, culture: straight quotes, film titles in single marks, an archive's statement with " +
      "two partials, a daughter told Firstpost then a verbless second quote, two women in one " +
      "paragraph with a nested quote and recalled, an inverted said with an archivist then he added " +
      "with a partial, a historian called with a partial, a programme's name in marks",
    headline: "Lost 1962 Bengali film 'Nadir Dhare' restored, set for Cannes Classics premiere",
    paragraphs: [
      "A Bengali film from 1962 long believed lost, Amiya Sen's 'Nadir Dhare' (On the Riverbank), has " +
        "been restored from a single surviving print found in a family home in Kolkata and will premiere " +
        "in the Cannes Classics section of the Cannes Film Festival in May.",
      "The National Film Archive of India (NFAI), which carried out the restoration with a laboratory " +
        'in Bologna, said in a statement that the print was "badly shrunk and vinegar-affected" and ' +
        'that "nearly 40 per cent of the frames needed digital repair".',
      "The reels were found last year by Sen's daughter, Ruma Sen Gupta, 71, while clearing out her " +
        "late mother's flat in Bhowanipore. \"My father never spoke about this film. He thought it had " +
        'failed, so he let it go," she told Firstpost. "When the cans came out of the cupboard, I sat ' +
        'on the floor and cried."',
      "Sen Gupta said the first person she called was Sharmila Dutta, now 84, who played the film's " +
        "lead, a schoolteacher who leaves her husband's village for Calcutta. \"She laughed and said, " +
        "'So they finally found me,'\" Sen Gupta recalled.",
      '"It is not a museum piece. It is a very modern film about a woman choosing to leave," said ' +
        "Kedar Joshi, the NFAI archivist who supervised the restoration. The film, he added, was shot " +
        'almost entirely on location along the Hooghly, "which was rare for a Bengali film of that ' +
        'time".',
      'Film historian Anirban Ghosh called it "the missing link in Bengali cinema of the sixties", ' +
        "placing it between Ritwik Ghatak's 'Meghe Dhaka Tara' (1960) and the first films of the " +
        "parallel cinema movement.",
      'The restoration is the fourth under the archive\'s "Reel Rescue" programme, which has so far ' +
        "recovered 212 reels of Bengali, Odia and Assamese films from private collections.",
    ],
    quotes: [
      ["badly shrunk and vinegar-affected", "The National Film Archive of India"],
      ["nearly 40 per cent of the frames needed digital repair", "The National Film Archive of India"],
      ["My father never spoke about this film. He thought it had failed, so he let it go,", "Ruma Sen Gupta"],
      ["When the cans came out of the cupboard, I sat on the floor and cried.", "Ruma Sen Gupta"],
      ["She laughed and said, 'So they finally found me,'", "Ruma Sen Gupta"],
      ["It is not a museum piece. It is a very modern film about a woman choosing to leave,", "Kedar Joshi"],
      ["which was rare for a Bengali film of that time", "Kedar Joshi"],
      ["the missing link in Bengali cinema of the sixties", "Anirban Ghosh"],
    ],
  },
  {
    name:
      "Sky & Telescope, science: a term in marks, an inverted recalls with a retired teacher then a " +
      "verbless second quote naming a woman by first name, a coordinator says with a partial, " +
      "according to a preliminary report with a partial and its title in marks, a scientist cautions " +
      "then she explains and a verbless second, she says for the coordinator",
    todo: "«If you have a telescope, a camera, and a GPS …» goes to Marta Ruiz-Vidal, not Diane Kessler",
    headline: "Backyard Observers Catch a Hidden Moon in an Asteroid’s Shadow",
    standfirst: "Two of 23 stations strung across West Texas saw the star blink twice.",
    paragraphs: [
      "When the main-belt asteroid (9104) Matsuo slid in front of an 11th-magnitude star in Pisces on " +
        "the night of September 14th, 23 amateur observers were waiting along its predicted path across " +
        "West Texas and northern Mexico. Each observer’s track across the asteroid’s shadow, known as a " +
        "“chord,” helps trace the body’s outline.",
      "Two of those chords showed something extra: a second, shorter blink about a second after the " +
        "main event. “At first I assumed I’d bumped the tripod,” recalls Luis Ochoa, a retired high " +
        "school physics teacher who observed from a ranch road outside Fort Stockton. “Then I saw that " +
        "Diane had recorded the same thing 40 kilometers away.”",
      "Diane Kessler, who coordinates occultation campaigns in the region for the International " +
        "Occultation Timing Association (IOTA), says the odds of two stations catching a satellite that " +
        "small are “maybe one in fifty.”",
      "According to IOTA’s preliminary report, titled “A Probable Satellite of (9104) Matsuo,” the " +
        "moonlet is “at least 4 kilometers across” and orbits roughly 20 km from the primary.",
      "Planetary scientist Marta Ruiz-Vidal of the Southwest Research Institute cautions against " +
        "reading too much into those numbers. “Two chords give you a size, not a shape,” she explains. " +
        "“I’d want a third or fourth chord before anyone puts a number on the mass.”",
      "That chance comes on January 9th, when Matsuo crosses a brighter star over the Mexican state of " +
        "Chihuahua, and Kessler is already recruiting. “If you have a telescope, a camera, and a GPS " +
        "time signal, we want you,” she says.",
    ],
    quotes: [
      ["At first I assumed I’d bumped the tripod,", "Luis Ochoa"],
      ["Then I saw that Diane had recorded the same thing 40 kilometers away.", "Luis Ochoa"],
      ["maybe one in fifty.", "Diane Kessler"],
      ["at least 4 kilometers across", "IOTA’s preliminary report"],
      ["Two chords give you a size, not a shape,", "Marta Ruiz-Vidal"],
      ["I’d want a third or fourth chord before anyone puts a number on the mass.", "Marta Ruiz-Vidal"],
      ["If you have a telescope, a camera, and a GPS time signal, we want you,", "Diane Kessler"],
    ],
  },
  {
    name:
      "Citi Newsroom, health: straight quotes, a hospital's management in a letter with described and " +
      "citing two partials, two women in one paragraph with told and the mother of three, a slogan on " +
      "a placard in marks, an association president appealed with a colon, a quote split by said Dr. " +
      "Name with a role, an unnamed ministry official with a partial, an authority with a partial",
    todo: "«I do the calculation every Sunday. If I go tw…» goes to Akosua, not Abena Owusu-Ansah",
    headline: "Dialysis patients cry foul as Korle Bu raises fees to GH¢850 per session",
    paragraphs: [
      "Patients with kidney failure are appealing to government to intervene after the Korle Bu " +
        "Teaching Hospital increased the cost of a single dialysis session from GH¢491 to GH¢850, " +
        "effective Monday.",
      "In a letter to patients dated November 28, the hospital's management described the increase as " +
        '"unavoidable", citing "the rising cost of consumables, which are all imported".',
      "Abena Owusu-Ansah, a 46-year-old trader from Kaneshie who undergoes dialysis twice a week, said " +
        "she now decides each week which session to skip. Her daughter, Akosua, 19, has stopped school " +
        "to help run her stall. \"I do the calculation every Sunday. If I go twice, my children don't " +
        "eat. If I go once, I can't breathe by Friday,\" the mother of three told Citi News.",
      "Some patients gathered outside the renal unit on Tuesday with placards, one of which read " +
        '"Dialysis is not a luxury".',
      "The President of the Renal Patients Association of Ghana, Emmanuel Tetteh-Quaye, appealed " +
        'directly to the Health Minister: "Put dialysis on the NHIS. That is the only solution. ' +
        'Anything else is a plaster on a wound."',
      '"We are not happy about it either," said Dr. Efua Mensah-Bonsu, head of the hospital\'s renal ' +
        'unit, "but every machine we run at a loss is a machine we will eventually have to switch off."',
      "An official at the Ministry of Health who asked not to be named told Citi News the ministry was " +
        '"engaging Korle Bu management" on the matter. The National Health Insurance Authority (NHIA) ' +
        'has previously said dialysis would be added to the scheme "when funds allow".',
    ],
    quotes: [
      ["unavoidable", "the hospital's management"],
      ["the rising cost of consumables, which are all imported", "the hospital's management"],
      [
        "I do the calculation every Sunday. If I go twice, my children don't eat. If I go once, I " +
          "can't breathe by Friday,",
        "Abena Owusu-Ansah",
      ],
      [
        "Put dialysis on the NHIS. That is the only solution. Anything else is a plaster on a wound.",
        "Emmanuel Tetteh-Quaye",
      ],
      ["We are not happy about it either,", "Efua Mensah-Bonsu"],
      [
        "but every machine we run at a loss is a machine we will eventually have to switch off.",
        "Efua Mensah-Bonsu",
      ],
      ["engaging Korle Bu management", "An official at the Ministry of Health"],
      ["when funds allow", "The National Health Insurance Authority"],
    ],
  },
  {
    name:
      "Hexham Courant, local life: single marks, a standfirst fragment by a chairman named only in the " +
      "body and quoted at more length there, he said, Mr Surname admitted then a verbless second, a " +
      "grandson and grandfather with one surname in one paragraph and the grandson by first name, a " +
      "notice in a pub window in marks, a fire service with a partial, an unnamed resident with a " +
      "colon, Mr Surname with a partial",
    todo: "«Guisers wanted – ask at the bar» taken for a quote",
    headline: "Allendale guisers look for new shoulders to carry the flame",
    standfirst: "‘You don’t volunteer – you get asked’",
    paragraphs: [
      "For more than 160 years, the men of Allendale have seen in the New Year by parading flaming tar " +
        "barrels on their heads around the village square. Now the guisers who carry them say they are " +
        "running short of young men to take their place.",
      "Geoff Milburn, 67, who carried a barrel for 31 years and now chairs the committee that " +
        "organises the procession, said recruitment had never been formal. ‘You don’t volunteer – you " +
        "get asked, usually in the pub, usually by your uncle,’ he said.",
      "‘Half the lads I carried with have moved to Newcastle or further,’ Mr Milburn admitted. ‘The " +
        "houses here go to holiday lets now.’",
      "Among the newest guisers is Sam Charlton, 22, an apprentice joiner, whose grandfather, Tommy " +
        "Charlton, carried a barrel in the 1960s. ‘My granda still tells me I’m carrying it wrong,’ Sam " +
        "said.",
      "A handwritten notice in the window of the Kings Head reads ‘Guisers wanted – ask at the bar’. " +
        "Northumberland Fire and Rescue Service, which has a crew on standby every year, said the event " +
        "had ‘an excellent safety record’.",
      "One resident, who has watched the procession for half a century, said: ‘It’s not a show for " +
        "tourists. It’s ours.’",
      "Asked whether women might one day carry barrels, Mr Milburn said the committee was ‘open to the " +
        "conversation’.",
    ],
    quotes: [
      ["You don’t volunteer – you get asked", "Geoff Milburn"],
      ["You don’t volunteer – you get asked, usually in the pub, usually by your uncle,", "Geoff Milburn"],
      ["Half the lads I carried with have moved to Newcastle or further,", "Geoff Milburn"],
      ["The houses here go to holiday lets now.", "Geoff Milburn"],
      ["My granda still tells me I’m carrying it wrong,", "Sam Charlton"],
      ["an excellent safety record", "Northumberland Fire and Rescue Service"],
      ["It’s not a show for tourists. It’s ours.", "One resident"],
      ["open to the conversation", "Geoff Milburn"],
    ],
  },
  {
    name:
      "Kingston Whig-Standard, crime: police say with no quote, according to a police news release " +
      "with a partial, a project's name in marks, Const. Name with a role said then a verbless second, " +
      "an inverted said with the 61-year-old, two men in one paragraph with a lawyer's partial, an " +
      "unnamed boater with an inverted said, Surname urged with a colon",
    headline: "Kingston man charged after 14 outboard motors stolen from marinas",
    paragraphs: [
      "A 38-year-old Kingston man faces 23 charges after a string of outboard motor thefts from " +
        "marinas along the Cataraqui River and the Lake Ontario shoreline this summer, police say.",
      "According to a Kingston Police news release issued Monday, the motors, worth a combined " +
        "$160,000, were “stripped for parts or resold online within days.” The investigation was named " +
        "“Project Riptide.”",
      "“These were not crimes of opportunity,” Const. Nicole Bergeron, a police spokesperson, said " +
        "Tuesday. “Whoever did this knew exactly which bolts to undo.”",
      "Doug Ferris, who owns Cataraqui Bay Marine, lost three motors in a single night in July and has " +
        "since installed cameras. “I’ve been in this business 30 years and never seen anything like it,” " +
        "said the 61-year-old.",
      "The accused, Jordan Whitaker, appeared in court by video on Tuesday and was remanded in " +
        "custody. His lawyer, Mark Lindsay, said only that his client “intends to plead not guilty.”",
      "“You start to look at every van in the parking lot,” said one boater, who asked that his name " +
        "not be used because his boat is still moored at the marina.",
      "Bergeron urged boat owners to record their serial numbers: “If we recover a motor and can’t " +
        "match it to an owner, we can’t give it back.”",
    ],
    quotes: [
      ["stripped for parts or resold online within days.", "a Kingston Police news release"],
      ["These were not crimes of opportunity,", "Nicole Bergeron"],
      ["Whoever did this knew exactly which bolts to undo.", "Nicole Bergeron"],
      ["I’ve been in this business 30 years and never seen anything like it,", "Doug Ferris"],
      ["intends to plead not guilty.", "Mark Lindsay"],
      ["You start to look at every van in the parking lot,", "one boater"],
      ["If we recover a motor and can’t match it to an owner, we can’t give it back.", "Nicole Bergeron"],
    ],
  },
  {
    name:
      "The Timaru Herald, environment: a headline with finds and no quote, a report describes and " +
      "names with two partials, said regional councillor Name then a verbless second, two women in one " +
      "paragraph with she said for the second, a rūnanga chairperson named after his quote, a health " +
      "agency with a partial, an unnamed mother with a verbless quote",
    headline: "Nitrate rising in a third of South Canterbury bores, ECan report finds",
    paragraphs: [
      "Nitrate levels are rising in more than a third of the groundwater bores Environment Canterbury " +
        "(ECan) monitors in South Canterbury, and 11 now exceed the drinking-water limit, a new report " +
        "shows.",
      "The report, presented to ECan’s natural environment committee on Thursday, describes the upward " +
        "trend on the plains between Temuka and Waimate as “persistent and statistically significant” " +
        "and names intensive dairying as “the dominant source”.",
      "“It’s not a surprise to anyone who’s been paying attention,” said regional councillor Joanne " +
        "Kerr, who represents South Canterbury. “What matters now is whether we act on it.”",
      "Federated Farmers South Canterbury president Lisa Bruce, who milks 600 cows near Waimate, " +
        "pushed back at Kerr’s comments. “Nitrate in groundwater is a 20-year-old photo. We’re being " +
        "judged on what our parents did,” she said.",
      "For Te Rūnanga o Arowhenua, the numbers confirm what whānau have seen for years in the springs " +
        "that feed the Ōpihi River. “Our tūpuna drank from these springs. Our mokopuna can’t,” " +
        "chairperson Rewi Tipene said.",
      "Health New Zealand said households on private bores should test their water “at least once a " +
        "year”.",
      "One Temuka mother, whose family’s bore tested at 14mg/L, said they now buy bottled water for " +
        "the baby. “It’s $40 a week we didn’t budget for.”",
    ],
    quotes: [
      ["persistent and statistically significant", "The report"],
      ["the dominant source", "The report"],
      ["It’s not a surprise to anyone who’s been paying attention,", "Joanne Kerr"],
      ["What matters now is whether we act on it.", "Joanne Kerr"],
      [
        "Nitrate in groundwater is a 20-year-old photo. We’re being judged on what our parents did,",
        "Lisa Bruce",
      ],
      ["Our tūpuna drank from these springs. Our mokopuna can’t,", "Rewi Tipene"],
      ["at least once a year", "Health New Zealand"],
      ["It’s $40 a week we didn’t budget for.", "One Temuka mother"],
    ],
  },
]);
