// A thirty-ninth round of composed English news articles, in the styles of outlets and beats the
// first thirty-eight rounds did not use: The Fresno Bee on a groundwater pumping fee in the Kings
// subbasin, the Bristol Post on a kitchen company that vanished with customers' deposits, the Sligo
// Champion after a Sligo Rovers win at The Showgrounds, the Prince George Citizen on a wildfire
// evacuation order near Vanderhoof, The Toowoomba Chronicle on parents campaigning for a second high
// school in Highfields, the Marlborough Express on Picton businesses hit by ferry cancellations, the
// Orissa Post on the Rath Yatra in Puri, the Times of Eswatini at a bail ruling in the Mbabane
// Magistrates Court, Kaieteur News on a robbery of a Regent Street gold dealer and the Khmer Times on a
// garment factory suspending operations in Kandal. Every article was written for these tests, blind,
// before the engine was run on them. Expected speakers follow the corpus guidelines: the fullest name
// the article gives, a body or a document as written, an unnamed source by its shortest identifying
// description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Fresno Bee, agriculture: curly quotes, a capitalised dateline, the board chair after a " +
      "split quote with said Name, chair of, a state board taken up as the water board in a " +
      "letter's partial, the lone dissenter then Surname said, a grower's partial after he called " +
      "it, the chair again by surname then he said, a Farm Bureau spokesperson with a colon, a " +
      "process's name in marks",
    todo:
      "«a death sentence for the family farm» goes to Raymond Sandoval, not Jaspreet Sandhu; «fair " +
      "share review.» taken for a quote",
    headline: "Kings subbasin growers face $150 fee for pumping over their allocation",
    paragraphs: [
      "HANFORD — A groundwater agency covering much of northern Kings County voted 4-1 Wednesday to " +
        "charge farmers $150 for every acre-foot they pump above their allocation, the steepest " +
        "penalty yet adopted in the San Joaquin Valley.",
      "“This is the price of staying off state probation,” said Dennis Alvarado, chair of the " +
        "Mid-Kings River Groundwater Sustainability Agency board. “If we don’t do it ourselves, " +
        "Sacramento will do it for us.”",
      "The State Water Resources Control Board placed the neighboring Tulare Lake subbasin on " +
        "probation in 2024. The water board, in a letter to the agency last month, warned that " +
        "continued overdraft could lead to “state intervention in the Kings subbasin as well.”",
      "Pistachio grower Raymond Sandoval, whose family farms 600 acres west of Lemoore, cast the " +
        "lone vote against the fee. He said small growers would be hit hardest. “The big " +
        "operations can drill deeper or buy surface water. We can’t,” Sandoval said.",
      "Another grower, Jaspreet Sandhu, who farms almonds near Stratford, said he has already " +
        "fallowed a third of his land. He called the fee “a death sentence for the family farm” " +
        "but said he understood why the board acted.",
      "Alvarado said the agency would use the money to buy land for recharge basins. “Every " +
        "dollar comes back into the ground,” he said.",
      "A spokesperson for the California Farm Bureau said the organization was reviewing the " +
        "decision: “We support local control, but fees have to be tied to what a farm can " +
        "actually bear.”",
      "The fee takes effect with the 2027 water year. Growers can contest their allocations " +
        "through a process the agency calls “fair share review.”",
    ],
    quotes: [
      ["This is the price of staying off state probation,", "Dennis Alvarado"],
      ["If we don’t do it ourselves, Sacramento will do it for us.", "Dennis Alvarado"],
      ["state intervention in the Kings subbasin as well.", "The State Water Resources Control Board"],
      ["The big operations can drill deeper or buy surface water. We can’t,", "Raymond Sandoval"],
      ["a death sentence for the family farm", "Jaspreet Sandhu"],
      ["Every dollar comes back into the ground,", "Dennis Alvarado"],
      [
        "We support local control, but fees have to be tied to what a farm can actually bear.",
        "A spokesperson for the California Farm Bureau",
      ],
    ],
  },
  {
    name:
      "Bristol Post, consumer: a single-quoted headline quote repeated in the body with straight " +
      "double quotes, a customer then she said and an unattributed second, her husband sharing " +
      "her surname then he said, a company director who could not be reached, a council " +
      "spokesperson with a colon, a pensioner's partial then an unattributed quote, a consumer " +
      "campaigner then Ms Surname said, a Facebook group's name in marks",
    headline: "'We paid £8,000 for a kitchen that never came'",
    paragraphs: [
      "Dozens of Bristol families say they have been left thousands of pounds out of pocket after " +
        "a kitchen company took their deposits and then stopped answering the phone.",
      "Karen Whitlock, from Bishopsworth, handed over a deposit in March for a new kitchen from " +
        'Avon Kitchen Studio, which traded from a showroom on Fishponds Road. "We paid £8,000 for ' +
        'a kitchen that never came," she said. "Every week there was another excuse – the ' +
        'worktops, the lorry, the supplier in Italy."',
      "Her husband, Steve Whitlock, said the couple had been cooking on a camping stove for five " +
        'months. "We ripped the old one out because they told us the fitters were booked," he said.',
      "Companies House records show the firm's director, Lee Parfitt, applied to have the company " +
        "struck off in August. Bristol Live was unable to reach Mr Parfitt for comment.",
      "Bristol City Council's trading standards team has received 31 complaints about the " +
        'business. A council spokesperson said: "We are aware of the concerns and are working ' +
        "with partners to establish what has happened. We would urge anyone affected to contact " +
        'Citizens Advice."',
      "Another customer, retired teacher Gwen Okafor, 71, of Horfield, lost a £4,500 deposit. She " +
        'said the showroom had looked "completely legitimate" when she visited.',
      '"There were kettles on the worktops and flowers on the table. You\'d never have guessed."',
      "Consumer campaigner Helen Dacre said customers who paid by credit card could claim their " +
        'money back under Section 75 of the Consumer Credit Act. "If you paid more than £100 on a ' +
        "credit card, the card company is jointly liable. That's your best route,\" Ms Dacre said.",
      'Customers have set up a Facebook group, "Avon Kitchen Victims", to share information.',
    ],
    quotes: [
      ["We paid £8,000 for a kitchen that never came,", "Karen Whitlock"],
      [
        "Every week there was another excuse – the worktops, the lorry, the supplier in Italy.",
        "Karen Whitlock",
      ],
      ["We ripped the old one out because they told us the fitters were booked,", "Steve Whitlock"],
      [
        "We are aware of the concerns and are working with partners to establish what has " +
          "happened. We would urge anyone affected to contact Citizens Advice.",
        "A council spokesperson",
      ],
      ["completely legitimate", "Gwen Okafor"],
      [
        "There were kettles on the worktops and flowers on the table. You'd never have guessed.",
        "Gwen Okafor",
      ],
      [
        "If you paid more than £100 on a credit card, the card company is jointly liable. That's " +
          "your best route,",
        "Helen Dacre",
      ],
    ],
  },
  {
    name:
      "Sligo Champion, sport: straight quotes, a standfirst partial of a different fragment, the " +
      "manager by nickname-club then Surname said and a second quote in the same paragraph, the " +
      "scorer by surname then said the youngster, the visiting manager split between a full " +
      "quote and a partial after adding that, the winger as the winger, the chairman then he " +
      "said, a supporter by town with a colon",
    todo: "«I just closed my eyes and attacked it. My who…» goes to the youngster, not Conor Kirwan",
    headline: "Kirwan header sinks Shamrock Rovers at The Showgrounds",
    standfirst: "Feeney hails 'a night for the whole town' after stoppage-time winner",
    paragraphs: [
      "A stoppage-time header from Conor Kirwan gave Sligo Rovers a first win over Shamrock Rovers " +
        "in two seasons as a crowd of 3,870 roared them home at The Showgrounds on Friday night.",
      "Bit O'Red boss Declan Feeney admitted afterwards he had feared the worst when the visitors " +
        'equalised with eight minutes left. "I thought we\'d blown it, honestly," Feeney said. ' +
        "\"But this group doesn't know when it's beaten. It was a night for the whole town.\"",
      "Kirwan, the 20-year-old from Strandhill who came through the club's academy, met Ollie " +
        "Gallagher's corner at the back post. \"I just closed my eyes and attacked it. My whole " +
        'family was in the Jinks Avenue stand," said the youngster.',
      "Shamrock Rovers had led through Jack Devlin's 23rd-minute penalty before Gallagher levelled " +
        "just before the break.",
      'Hoops manager Alan Corrigan was critical of his defence. "We switched off for one set piece ' +
        'and we\'ve paid for it," Corrigan said, adding that his players had been "nowhere near ' +
        'the levels" required.',
      'Gallagher, who also set up the winner, was named man of the match. "The manager told us at ' +
        'half-time to keep putting balls into the box," the winger said.',
      "Club chairman Tommy Burke confirmed that a record 1,200 season tickets have been sold for " +
        "next year. \"The town is behind this team again and that's what we've been working for,\" " +
        "he said.",
      "A supporter from Ballymote summed it up on the way out: \"That's the best night here since " +
        'we won the cup."',
    ],
    quotes: [
      ["a night for the whole town", "Declan Feeney"],
      ["I thought we'd blown it, honestly,", "Declan Feeney"],
      ["But this group doesn't know when it's beaten. It was a night for the whole town.", "Declan Feeney"],
      [
        "I just closed my eyes and attacked it. My whole family was in the Jinks Avenue stand,",
        "Conor Kirwan",
      ],
      ["We switched off for one set piece and we've paid for it,", "Alan Corrigan"],
      ["nowhere near the levels", "Alan Corrigan"],
      ["The manager told us at half-time to keep putting balls into the box,", "Ollie Gallagher"],
      ["The town is behind this team again and that's what we've been working for,", "Tommy Burke"],
      ["That's the best night here since we won the cup.", "A supporter from Ballymote"],
    ],
  },
  {
    name:
      "Prince George Citizen, weather: straight quotes, the wildfire service's partial, a fire " +
      "information officer then Surname said, the regional district chair then he said, a " +
      "rancher by age with a standalone quote paragraph continuing her, a meteorologist then " +
      "Surname said and an unattributed second quote in the same paragraph",
    todo:
      "«displaying aggressive rank 4 and 5 fire behaviour» goes to Wildfire Service, not The BC " +
      "Wildfire Service; «Half the valley showed up with stock trailers…» goes to Rancher Bev " +
      "Lindquist, not Bev Lindquist",
    headline: "Evacuation order issued west of Vanderhoof as Nulki Lake wildfire doubles",
    paragraphs: [
      "The Regional District of Bulkley-Nechako has ordered 142 properties west of Vanderhoof " +
        "evacuated after the Nulki Lake wildfire more than doubled in size overnight to about " +
        "3,400 hectares.",
      'The BC Wildfire Service said Wednesday the blaze was "displaying aggressive rank 4 and 5 ' +
        'fire behaviour" and was being pushed northeast by winds gusting to 50 km/h.',
      "Fire information officer Shayla Dubois said crews were pulled back from the eastern flank " +
        "Tuesday evening for safety reasons. \"When a fire is behaving like this, you can't put " +
        "people in front of it. We're working the edges and waiting for the weather to give us a " +
        'window," Dubois said.',
      "Regional district chair Gerald Kowalchuk said the order covers properties along Sinkut " +
        "Mountain Road and Kenney Dam Road. \"If you're on that list, go now. Don't stop to pack " +
        'the barbecue," he said.',
      "Rancher Bev Lindquist, who runs 200 head of cattle near Nulki Lake, spent the night moving " +
        "animals to a neighbour's pasture. The 61-year-old said she was lucky to have help.",
      '"Half the valley showed up with stock trailers. That\'s how it works out here."',
      "Environment and Climate Change Canada meteorologist Alyssa Cheng said a cold front expected " +
        'Friday could bring rain, but also lightning. "It\'s a mixed blessing," Cheng said. "The ' +
        "wind shift ahead of the front is the thing we're watching most closely.\"",
      "Evacuees are asked to register at the reception centre at the Vanderhoof arena. The fire is " +
        "believed to have been started by lightning.",
    ],
    quotes: [
      ["displaying aggressive rank 4 and 5 fire behaviour", "The BC Wildfire Service"],
      [
        "When a fire is behaving like this, you can't put people in front of it. We're working " +
          "the edges and waiting for the weather to give us a window,",
        "Shayla Dubois",
      ],
      ["If you're on that list, go now. Don't stop to pack the barbecue,", "Gerald Kowalchuk"],
      ["Half the valley showed up with stock trailers. That's how it works out here.", "Bev Lindquist"],
      ["It's a mixed blessing,", "Alyssa Cheng"],
      ["The wind shift ahead of the front is the thing we're watching most closely.", "Alyssa Cheng"],
    ],
  },
  {
    name:
      "The Toowoomba Chronicle, education: curly quotes, a group's partial after saying, the " +
      "P&C president then Ms Surname said across a split, a minister's spokesman's partial, a " +
      "councillor then Cr Surname said, a student by age then he said, a union's submission " +
      "partial, a campaign hashtag in marks",
    headline: "Highfields parents push for second high school as enrolments soar",
    paragraphs: [
      "Parents in Highfields have called on the state government to fast-track a second high " +
        "school, saying buses carrying hundreds of students down the range each morning are " +
        "“packed to the doors”.",
      "Highfields State Secondary College, built for 1000 students, now has 1410, with six " +
        "demountable classrooms on its oval.",
      "P&C president Natalie Forbes, a mother of three, said families had been promised a second " +
        "school before the last election. “We’ve had the surveys, we’ve had the consultations, " +
        "we’ve had the photo opportunities,” Ms Forbes said. “What we haven’t had is a shovel in " +
        "the ground.”",
      "A spokesman for Education Minister John Pettigrew said land had been identified at " +
        "Meringandan West and planning for the school was “well advanced”.",
      "Toowoomba Regional councillor Megan Schultz said the council would not stand in the way. " +
        "“If the department lodges tomorrow, we’ll turn it around in weeks,” Cr Schultz said.",
      "Year 11 student Jayden Kuhn, 16, said the bus trip from his home at Cabarlah took 40 " +
        "minutes on a good day. “You stand the whole way with your bag on your feet,” he said.",
      "The Queensland Teachers’ Union said in a submission that the college’s staffroom was " +
        "“built for 60 and now holds 110”.",
      "The campaign, which runs under the hashtag “Two Schools for Highfields”, will hold a rally " +
        "outside the college on Saturday.",
    ],
    quotes: [
      ["packed to the doors", "Parents in Highfields"],
      [
        "We’ve had the surveys, we’ve had the consultations, we’ve had the photo opportunities,",
        "Natalie Forbes",
      ],
      ["What we haven’t had is a shovel in the ground.", "Natalie Forbes"],
      ["well advanced", "A spokesman for Education Minister John Pettigrew"],
      ["If the department lodges tomorrow, we’ll turn it around in weeks,", "Megan Schultz"],
      ["You stand the whole way with your bag on your feet,", "Jayden Kuhn"],
      ["built for 60 and now holds 110", "The Queensland Teachers’ Union"],
    ],
  },
  {
    name:
      "Marlborough Express, transport: curly quotes, a standfirst quote repeated in the body, a " +
      "café owner then she said and a verbless second, an operator's manager by long title then " +
      "Surname said across a split, a tourism chief's partial, a truck driver with a colon, the " +
      "mayor then Surname said, the rail company's update partial",
    todo:
      "«well over a million dollars» goes to some visitors had cancelled their holidays altogether, " +
      "not Tessa Grenfell",
    headline: "Picton businesses count cost of ferry cancellations",
    standfirst: "Café owner: “We’ve had whole days with nobody through the door”",
    paragraphs: [
      "Picton business owners say a fortnight of ferry cancellations has cost them thousands of " +
        "dollars at the start of the summer season.",
      "Interislander cancelled 38 sailings between November 28 and December 11 after Kaitaki was " +
        "taken out of service with a gearbox fault, and swells of up to 6 metres in Cook Strait " +
        "halted others.",
      "Jo Manahi, who owns the Foreshore Café on London Quay, said takings were down by more than " +
        "half. “We’ve had whole days with nobody through the door,” she said. “The tourists are " +
        "stuck in Wellington, and the locals are stuck here.”",
      "KiwiRail executive general manager of Interislander Duncan Whitford said repairs were " +
        "taking longer than expected because parts had to be flown from Germany. “We know how " +
        "disruptive this has been and we’re sorry,” Whitford said. “Our priority is getting " +
        "Kaitaki back safely, not quickly.”",
      "Destination Marlborough general manager Tessa Grenfell put the cost to the region at " +
        "“well over a million dollars” and said some visitors had cancelled their holidays " +
        "altogether.",
      "Truck driver Hemi Walker has spent three nights sleeping in his cab at the terminal: “I " +
        "get paid by the load, not by the hour. No sailing, no money.”",
      "Marlborough Mayor Rosalind Pike said the disruption showed how exposed the region was. " +
        "“This is what happens when the main road between the islands is a boat,” Pike said.",
      "KiwiRail said in an update on Thursday that Kaitaki was expected to return “before " +
        "Christmas, subject to sea trials”.",
    ],
    quotes: [
      ["We’ve had whole days with nobody through the door,", "Jo Manahi"],
      ["The tourists are stuck in Wellington, and the locals are stuck here.", "Jo Manahi"],
      ["We know how disruptive this has been and we’re sorry,", "Duncan Whitford"],
      ["Our priority is getting Kaitaki back safely, not quickly.", "Duncan Whitford"],
      ["well over a million dollars", "Tessa Grenfell"],
      ["I get paid by the load, not by the hour. No sailing, no money.", "Hemi Walker"],
      ["This is what happens when the main road between the islands is a boat,", "Rosalind Pike"],
      ["before Christmas, subject to sea trials", "KiwiRail"],
    ],
  },
  {
    name:
      "Orissa Post, religion: straight quotes, a dateline with a colon, a ritual's name in single " +
      "marks, the temple administrator then Surname said, the DGP by name then the DGP said, a " +
      "servitor sharing the administrator's surname with a colon, the Collector's partial, a " +
      "devotee by city and age then she said, a disaster authority's release partial",
    todo:
      "«For the first time we used AI-based cameras t…» goes to the DGP, not Ramesh Chandra Sahu; " +
      "«the biggest ever» goes to Puri Collector Anupama Rath, not Anupama Rath",
    headline: "Lakhs throng Puri as chariots roll on Bada Danda",
    paragraphs: [
      "Puri: Over 12 lakh devotees thronged the Bada Danda here Friday as the chariots of Lord " +
        "Jagannath, Lord Balabhadra and Devi Subhadra rolled towards the Gundicha temple.",
      "The pulling of the chariots began at 4.10 pm after the Gajapati King of Puri performed the " +
        "'chhera pahanra', the ritual sweeping of the chariots with a golden broom.",
      "Shree Jagannath Temple Administration (SJTA) chief administrator Arabinda Mohapatra said " +
        'all rituals were completed on schedule. "The servitors and the administration worked ' +
        'hand in hand. Not a single ritual was delayed this year," Mohapatra said.',
      "DGP Ramesh Chandra Sahu said 180 platoons of police and over 10,000 personnel had been " +
        'deployed. "For the first time we used AI-based cameras to track crowd density on the ' +
        'Bada Danda," the DGP said.',
      "Senior servitor Bhagaban Mohapatra, whose family has served the deities for seven " +
        'generations, said: "Mahaprabhu comes out to meet everyone, rich or poor. That is the ' +
        'message of the Rath Yatra."',
      "Puri Collector Anupama Rath described the drinking water and medical arrangements along " +
        'the Grand Road as "the biggest ever".',
      "Subhashree Ghosh, 45, a devotee from Kolkata, said she had waited since dawn near the " +
        'Singhadwara. "I touched the rope of Taladhwaja. My life is complete," she said.',
      "The Odisha State Disaster Management Authority said in a release that 620 devotees were " +
        'treated for heat-related illness and "all were discharged after first aid".',
    ],
    quotes: [
      [
        "The servitors and the administration worked hand in hand. Not a single ritual was " +
          "delayed this year,",
        "Arabinda Mohapatra",
      ],
      [
        "For the first time we used AI-based cameras to track crowd density on the Bada Danda,",
        "Ramesh Chandra Sahu",
      ],
      [
        "Mahaprabhu comes out to meet everyone, rich or poor. That is the message of the Rath " + "Yatra.",
        "Bhagaban Mohapatra",
      ],
      ["the biggest ever", "Anupama Rath"],
      ["I touched the rope of Taladhwaja. My life is complete,", "Subhashree Ghosh"],
      ["all were discharged after first aid", "The Odisha State Disaster Management Authority"],
    ],
  },
  {
    name:
      "Times of Eswatini, courts: straight quotes, a capitalised dateline with a dash, the accused " +
      "with age in brackets, a Crown prosecutor then Surname submitted, a defence attorney " +
      "sharing the accused's surname then the attorney said, the magistrate's partial then he " +
      "said, a town clerk's statement partial, a relative of the accused with a colon",
    headline: "Ex-council cashier denied bail over E214 000 rates theft",
    paragraphs: [
      "MBABANE – A former cashier at the Municipal Council of Mbabane, accused of stealing " +
        "E214 000 in rates payments, has been denied bail by the Mbabane Magistrates Court.",
      "Nomcebo Dlamini (34) of Fonteyn appeared before Principal Magistrate Sipho Shongwe " +
        "yesterday, where her attorney argued that she was a first offender and a mother of two.",
      "Crown prosecutor Lindiwe Mamba opposed bail, telling the court the accused had tried to " +
        'flee the country. "Your Worship, she was arrested at the Ngwenya border post with a ' +
        'packed suitcase and her passport," Mamba submitted.',
      "Defence attorney Mandla Dlamini said his client had been travelling to visit a sick " +
        'relative in Johannesburg. "She is not a flight risk. Her children are here, her home is ' +
        'here," the attorney said.',
      'In his ruling, Shongwe said the court was "not persuaded" by the explanation. "The accused ' +
        'was found at a border gate, not at a hospital. The court cannot ignore that," he said.',
      "The council's acting town clerk, Bongani Khumalo, said in a statement that internal " +
        'controls had since been tightened and that the council had "zero tolerance for theft of ' +
        "ratepayers' money\".",
      'Outside court, a relative of the accused, who asked not to be named, said: "We are ' +
        'praying for her. She has always said she is innocent."',
      "The matter was postponed to January 14 for further investigation.",
    ],
    quotes: [
      [
        "Your Worship, she was arrested at the Ngwenya border post with a packed suitcase and her " +
          "passport,",
        "Lindiwe Mamba",
      ],
      ["She is not a flight risk. Her children are here, her home is here,", "Mandla Dlamini"],
      ["not persuaded", "Sipho Shongwe"],
      [
        "The accused was found at a border gate, not at a hospital. The court cannot ignore that,",
        "Sipho Shongwe",
      ],
      ["zero tolerance for theft of ratepayers' money", "Bongani Khumalo"],
      ["We are praying for her. She has always said she is innocent.", "a relative of the accused"],
    ],
  },
  {
    name:
      "Kaieteur News, police: straight quotes, the victim by age then Surname recounted with a " +
      "nested quote inside, the divisional commander with his rank then the Commander said, the " +
      "police force's statement partial, the victim's son sharing his surname then the younger " +
      "Persaud said, a street vendor with a colon, a merchants' association president's partial",
    todo:
      "«This is the second time in three years. Nobod…» goes to Rajendra Persaud, not Vishal " + "Persaud",
    headline: "Gunmen rob Regent Street gold dealer of $12M",
    paragraphs: [
      "Two gunmen on a motorcycle on Monday afternoon robbed a gold dealer of $12M in cash and " +
        "jewellery moments after he left his business place on Regent Street, Georgetown.",
      "The victim, 52-year-old Rajendra Persaud of Bel Air Park, told Kaieteur News that the men " +
        "pounced as he was about to enter his car. \"One put the gun to my head and said, 'Don't " +
        "move or you dead.' I just handed over the bag,\" Persaud recounted.",
      "Regional Division 4 (A) Commander, Assistant Commissioner Khemraj Baichu, said ranks " +
        'recovered the motorcycle abandoned in Albouystown. "We have identified one of the ' +
        'suspects from CCTV footage and we are confident of an early arrest," the Commander said.',
      'The Guyana Police Force, in a statement, said the men were "armed and dangerous" and urged ' +
        "members of the public not to approach them.",
      "Persaud's son, Vishal Persaud, who works with him, said the family had been robbed before. " +
        '"This is the second time in three years. Nobody in this business feels safe," the ' +
        "younger Persaud said.",
      'A Regent Street vendor said she heard the bikers rev their engine: "They never even take ' +
        'off they helmet. Everything happen in less than a minute."',
      "President of the Regent Street Merchants Association, Faizal Khan, called for more police " +
        'patrols, describing the area as "a sitting duck after 4 o\'clock".',
    ],
    quotes: [
      [
        "One put the gun to my head and said, 'Don't move or you dead.' I just handed over the bag,",
        "Rajendra Persaud",
      ],
      [
        "We have identified one of the suspects from CCTV footage and we are confident of an " +
          "early arrest,",
        "Khemraj Baichu",
      ],
      ["armed and dangerous", "The Guyana Police Force"],
      ["This is the second time in three years. Nobody in this business feels safe,", "Vishal Persaud"],
      [
        "They never even take off they helmet. Everything happen in less than a minute.",
        "A Regent Street vendor",
      ],
      ["a sitting duck after 4 o'clock", "Faizal Khan"],
    ],
  },
  {
    name:
      "Khmer Times, business: curly quotes, a letter's partial after the letter said, a ministry " +
      "spokesman by full Khmer name then Name said, an association official then he said across " +
      "a split, a worker by age then she told Khmer Times, a union leader's partial after " +
      "calling it",
    headline: "Kandal garment factory suspends operations, 1,800 workers affected",
    paragraphs: [
      "A Hong Kong-owned garment factory in Kandal province has suspended operations for two " +
        "months, citing a sharp drop in orders from US buyers, leaving about 1,800 workers " +
        "temporarily without work.",
      "In a letter to the Ministry of Labour and Vocational Training dated November 28, the " +
        "management of Sun Rise Apparel (Cambodia) Co Ltd said orders for the first quarter of " +
        "2027 had fallen by 60 percent. The letter said the company “has no choice but to suspend " +
        "production in order to avoid permanent closure”.",
      "Ministry spokesman Kong Vannak said the suspension had been approved under the Labour Law. " +
        "“The ministry has instructed the factory to pay all outstanding wages and seniority " +
        "indemnity before the suspension begins,” Kong Vannak said.",
      "Chan Dara, deputy secretary-general of the Textile, Apparel, Footwear and Travel Goods " +
        "Association in Cambodia (TAFTAC), said the sector was feeling the effects of slower " +
        "orders. “Buyers are holding back because of uncertainty over US tariffs,” he said. " +
        "“Factories that depend on one or two brands are the most exposed.”",
      "Sok Srey Mom, 29, who has sewn jeans at the factory for six years, said she did not know " +
        "how she would repay her microloan. “Every month I pay 320,000 riel to the bank. If the " +
        "factory closes for two months, what do I pay with?” she told Khmer Times.",
      "Ath Sophal, president of the Cambodian Garment Workers Democratic Union, called the " +
        "suspension “a closure by another name” and said the union would monitor whether workers " +
        "were paid.",
      "Garment, footwear and travel goods exports rose 12 percent in the first ten months of the " +
        "year, according to figures from the General Department of Customs and Excise.",
    ],
    quotes: [
      ["has no choice but to suspend production in order to avoid permanent closure", "The letter"],
      [
        "The ministry has instructed the factory to pay all outstanding wages and seniority " +
          "indemnity before the suspension begins,",
        "Kong Vannak",
      ],
      ["Buyers are holding back because of uncertainty over US tariffs,", "Chan Dara"],
      ["Factories that depend on one or two brands are the most exposed.", "Chan Dara"],
      [
        "Every month I pay 320,000 riel to the bank. If the factory closes for two months, what " +
          "do I pay with?",
        "Sok Srey Mom",
      ],
      ["a closure by another name", "Ath Sophal"],
    ],
  },
]);
