// A thirty-first round of composed English news articles, in the styles of outlets and beats the first
// thirty rounds did not use: the Hartford Courant on an Election Day holiday bill in the Connecticut
// Senate, the Cyprus Mail at a holiday-rental fraud sentencing in Larnaca criminal court, BusinessWorld on
// a coconut oil exporter's nine-month profit, Nation News after a Barbados Pride win at Kensington Oval,
// Hot Press on an Irish band's second album, Smithsonian Magazine on bone fishhooks from a Kimberley rock
// shelter, The Chronicle (Bulawayo) on an insulin shortage at Mpilo, The Impartial Reporter on a phone box
// turned book swap in Derrylin, Onmanorama on fake customs officers robbing a gold courier in Kochi and
// the Waterloo Region Record on the rising cost of the Ion extension to Cambridge. Every article was
// written for these tests, blind, before the engine was run on them. Expected speakers follow the corpus
// guidelines: the fullest name the article gives, a body or a document as written, an unnamed source by
// its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Hartford Courant, politics: said state Sen. Name with a party tag then a verbless second " +
      "quote, two men in one paragraph with called and a partial by the first and an inverted " +
      "said by the second, a body's letter with warned and a partial, a coalition's name in " +
      "marks, a nurse introduced then a verbless quote, a governor's spokeswoman with a partial",
    headline: "Senate votes to make Election Day a state holiday, sending bill to Lamont",
    paragraphs: [
      "HARTFORD — The state Senate voted 24-12 on Tuesday to make Election Day a paid holiday " +
        "for state employees and to close public schools on the first Tuesday in November, " +
        "sending the bill to Gov. Ned Lamont’s desk.",
      "“Nobody should have to choose between a shift and a ballot,” said state Sen. Maribel " +
        "Ortiz, D-New Britain, who co-chairs the Government Administration and Elections " +
        "Committee. “This bill says you don’t have to.”",
      "Republicans objected to the cost. Sen. Douglas Pratt, R-Glastonbury, called the bill " +
        "“an expensive answer to a question nobody asked.” “Half of our towns vote in school " +
        "gyms already, so the schools close anyway,” said Sen. Kevin Whalen, R-Wolcott.",
      "The Connecticut Conference of Municipalities, in a letter to legislative leaders, " +
        "warned that towns would face “significant and unfunded costs” to staff polling " +
        "places with paid workers instead of volunteers.",
      "The bill was backed by the “Vote Free CT” coalition of unions and civic groups. Angela " +
        "Ruiz, a nurse from Bristol, testified in March that she had missed voting twice in a " +
        "decade. “I work 12-hour shifts. By the time I got out, the polls were closed.”",
      "Sarah Kline, a spokeswoman for Lamont, said the governor would “review the final " +
        "language” but has long supported expanding access to the ballot.",
    ],
    quotes: [
      ["Nobody should have to choose between a shift and a ballot,", "Maribel Ortiz"],
      ["This bill says you don’t have to.", "Maribel Ortiz"],
      ["an expensive answer to a question nobody asked.", "Douglas Pratt"],
      ["Half of our towns vote in school gyms already, so the schools close anyway,", "Kevin Whalen"],
      ["significant and unfunded costs", "The Connecticut Conference of Municipalities"],
      ["I work 12-hour shifts. By the time I got out, the polls were closed.", "Angela Ruiz"],
      ["review the final language", "Sarah Kline"],
    ],
  },
  {
    name:
      "Cyprus Mail, courts: according to the indictment with a partial, the court's ruling with " +
      "a partial, a judge with Name said after a quote then a verbless second, two men in one " +
      "paragraph with Surname said for the lawyer, an operation's name in marks, a police " +
      "spokesman with a partial, an unnamed victim told the paper with a colon",
    headline: "Man jailed for four years over fake Ayia Napa villa listings",
    paragraphs: [
      "A Larnaca criminal court on Thursday jailed a 34-year-old man for four years for " +
        "defrauding 61 tourists through fake holiday rental listings for villas in Ayia Napa " +
        "and Protaras.",
      "Andreas Charalambous, from Aradippou, had admitted 23 charges including obtaining money " +
        "by false pretences and forgery. According to the indictment, he “posed as the owner of " +
        "eleven properties he had never visited” and collected €48,300 in deposits between 2022 " +
        "and 2024.",
      "In its ruling, the court said the offences were “carefully planned and repeated over a " +
        "long period”, and that the victims had lost not only money but their holidays.",
      "“These people arrived at the airport with their children and nowhere to sleep,” " +
        "presiding judge Eleni Papadopoulou said. “Some of them slept in their hire cars.”",
      "Defence lawyer Christos Hadjikyriakou told the court his client had a gambling " +
        "addiction and had already repaid €9,000. Charalambous, in a grey suit, kept his eyes " +
        "on the floor. “He is ashamed and he wants to work to repay every cent,” Hadjikyriakou " +
        "said.",
      "The case was uncovered in an investigation code-named “Operation Blue Door”. Larnaca " +
        "police spokesman Stelios Andreou said the force had received “dozens of similar " +
        "complaints” this summer.",
      "One victim, a retired teacher from Leeds, told the Cyprus Mail by phone: “We had saved " +
        "for two years. The villa in the photos was real, it just wasn’t his.”",
    ],
    quotes: [
      ["posed as the owner of eleven properties he had never visited", "the indictment"],
      ["carefully planned and repeated over a long period", "the court"],
      ["These people arrived at the airport with their children and nowhere to sleep,", "Eleni Papadopoulou"],
      ["Some of them slept in their hire cars.", "Eleni Papadopoulou"],
      ["He is ashamed and he wants to work to repay every cent,", "Christos Hadjikyriakou"],
      ["dozens of similar complaints", "Stelios Andreou"],
      ["We had saved for two years. The villa in the photos was real, it just wasn’t his.", "One victim"],
    ],
  },
  {
    name:
      "BusinessWorld, business: a chief executive with a middle initial told reporters then a " +
      "verbless second quote, a regulatory filing with two partials by the company, a brand " +
      "name in marks, an analyst with said Name then she added, a farmers' group's statement " +
      "with a partial, Mr. Surname with a colon",
    headline: "Pacifica Coconut profit climbs 38% on higher coconut oil prices",
    paragraphs: [
      "LISTED coconut oil exporter Pacifica Coconut Holdings, Inc. (PCHI) booked a 38% rise " +
        "in its nine-month attributable net income to P1.42 billion, as higher coconut oil " +
        "prices abroad offset weaker export volumes.",
      "“The quarter was carried by price, not volume,” PCHI President and Chief Executive " +
        "Officer Ramon D. Villaluz told reporters in a briefing on Wednesday. “Our farmers in " +
        "Mindanao are still recovering from El Niño.”",
      "In a regulatory filing, the company said copra supply remained “below pre-drought " +
        "levels” and that it expects volumes to recover “by the second quarter of 2027.” Sales " +
        "of its “Niyog Gold” virgin coconut oil brand rose 21% in the period.",
      "“Coconut oil is having its moment because palm oil is tight,” said Jessa Mae R. Lim, " +
        "an equity analyst at Luzon Equities Corp. “The question is how long Indonesia keeps " +
        "its export levy,” she added.",
      "The Magniniyog Alliance, a farmers’ group, said in a statement that the higher prices " +
        "“have not reached the farm gate.”",
      "Asked about farmgate prices, Mr. Villaluz said: “We buy at market. When the market is " +
        "up, our farmers are up.” PCHI shares closed 4.1% higher at P18.60 apiece on Wednesday.",
    ],
    quotes: [
      ["The quarter was carried by price, not volume,", "Ramon D. Villaluz"],
      ["Our farmers in Mindanao are still recovering from El Niño.", "Ramon D. Villaluz"],
      ["below pre-drought levels", "Pacifica Coconut Holdings, Inc."],
      ["by the second quarter of 2027.", "Pacifica Coconut Holdings, Inc."],
      ["Coconut oil is having its moment because palm oil is tight,", "Jessa Mae R. Lim"],
      ["The question is how long Indonesia keeps its export levy,", "Jessa Mae R. Lim"],
      ["have not reached the farm gate.", "The Magniniyog Alliance"],
      ["We buy at market. When the market is up, our farmers are up.", "Ramon D. Villaluz"],
    ],
  },
  {
    name:
      "Nation News, sport: a headline fragment by a captain named only in the body, the " +
      "captain's nickname in marks, the captain told the paper then a verbless second quote, " +
      "two men in one paragraph with a bowler's Surname said around a he meaning the coach, an " +
      "opposing skipper conceded with a partial, an inverted cautioned with a coach",
    headline: "“We wanted it more”: Pride go top after Kensington rout",
    paragraphs: [
      "Barbados Pride moved to the top of the West Indies Championship standings yesterday " +
        "after beating Trinidad and Tobago Red Force by seven wickets at Kensington Oval.",
      "Captain Damani Forde, known in the dressing room as “Smoothie”, finished 88 not out as " +
        "the hosts chased down 241 with more than a session to spare. “We wanted it more than " +
        "them today, simple as that,” Forde told the DAILY NATION. “The boys were hungry from " +
        "ball one.”",
      "Fast bowler Keon Harding, who took five for 41, credited bowling coach Dwayne Marshall " +
        "with shortening his run-up. “He told me to stop trying to bowl 145 and just hit the " +
        "top of off,” Harding said.",
      "Red Force skipper Aaron Mohammed conceded his side were “never in the game after the " +
        "first session” and blamed a batting collapse of six for 38.",
      "The Party Stand was full by lunch on the final day. “It’s four games out of seven. " +
        "Nobody is handing us a trophy in February,” cautioned head coach Rohan Greenidge.",
      "The Pride travel to Guyana next week to face the Harpy Eagles at Providence.",
    ],
    quotes: [
      ["We wanted it more", "Damani Forde"],
      ["We wanted it more than them today, simple as that,", "Damani Forde"],
      ["The boys were hungry from ball one.", "Damani Forde"],
      ["He told me to stop trying to bowl 145 and just hit the top of off,", "Keon Harding"],
      ["never in the game after the first session", "Aaron Mohammed"],
      ["It’s four games out of seven. Nobody is handing us a trophy in February,", "Rohan Greenidge"],
    ],
  },
  {
    name:
      "Hot Press, culture: single marks, a standfirst partial by a singer named only in the " +
      "body, an album and a single title in marks, tells Hot Press in the present tense, a " +
      "guitarist with describes and a colon whose quote runs over two paragraphs with a nested " +
      "nickname, a fans' nickname in marks, a venue spokesperson's partial",
    headline: "Lowlight announce second album and five-night Vicar Street run",
    standfirst: "The Drogheda band’s singer says the record ‘nearly broke us’",
    paragraphs: [
      "Drogheda four-piece Lowlight have announced their second album, ‘Salt Year’, due out on " +
        "March 6 via Faction Records, along with a five-night residency at Dublin’s Vicar Street.",
      "The album was recorded over three weeks in a converted boathouse in Connemara. " +
        "‘Honestly, it nearly broke us,’ singer Aoife Brennan tells Hot Press. ‘We went in with " +
        "twelve songs and came out with four we could stand to listen to. The rest we wrote in " +
        "the last eight days.’",
      "Lead single ‘Undertow’ arrives on Friday. Brennan says it was written for her " +
        "grandmother, who ‘never once left the town and never once wanted to’.",
      "Guitarist Ciarán Duffy, who produced the record, describes the sessions: ‘We had no " +
        "phone signal, one kettle and a landlord who kept calling us “the lads from the telly”.",
      "‘By the second week we’d stopped arguing about the snare sound, which is when I knew " +
        "we’d either finish it or split up.’",
      "Tickets for the first three nights were snapped up by the band’s fans, who call " +
        "themselves the ‘Lowlifes’, within an hour. A spokesperson for the venue said two " +
        "further dates were ‘being looked at’.",
    ],
    quotes: [
      ["nearly broke us", "Aoife Brennan"],
      ["Honestly, it nearly broke us,", "Aoife Brennan"],
      [
        "We went in with twelve songs and came out with four we could stand to listen to. The " +
          "rest we wrote in the last eight days.",
        "Aoife Brennan",
      ],
      ["never once left the town and never once wanted to", "Aoife Brennan"],
      [
        "We had no phone signal, one kettle and a landlord who kept calling us “the lads from " +
          "the telly”.",
        "Ciarán Duffy",
      ],
      [
        "By the second week we’d stopped arguing about the snare sound, which is when I knew " +
          "we’d either finish it or split up.",
        "Ciarán Duffy",
      ],
      ["being looked at", "A spokesperson for the venue"],
    ],
  },
  {
    name:
      "Smithsonian Magazine, science: according to the study with a partial, says lead author " +
      "with a role then a verbless second quote, two women in one paragraph with a partial by " +
      "the second and Surname says, a site's name in marks, a scare-quoted term, a ranger with " +
      "a partial then he says, an outside expert cautions then he says twice",
    todo: "«deliberately shaped and polished, not simply …» goes to a study, not the study",
    headline: "Archaeologists Find 12,000-Year-Old Fishhooks in an Australian Rock Shelter",
    standfirst: "The bone hooks suggest people in the Kimberley were fishing far earlier than thought",
    paragraphs: [
      "Seven hooks carved from kangaroo bone, found in a rock shelter on the Kimberley coast of " +
        "Western Australia, were “deliberately shaped and polished, not simply broken bone,” " +
        "according to a study published this week in the journal Antiquity.",
      "“When the first one came out of the sieve, we honestly thought it was a modern hook " +
        "someone had dropped,” says lead author Kirra Dawson, an archaeologist at the University " +
        "of Western Australia. “Then we found six more in the same layer.”",
      "Dawson’s co-author Meredith Lowe, who dated the layers, calls the results “about as " +
        "clean as radiocarbon gets.” “The charcoal above and below the hooks gives us the same " +
        "window,” Lowe says.",
      "The site, known as “Brolga Shelter,” was excavated with the Wundamarra Aboriginal " +
        "Corporation. Ranger Ronald Tataya says the find “didn’t surprise anybody here.” “Our " +
        "old people always said this coast fed us,” he says.",
      "Some researchers have argued for a so-called “marine turn” in Australia only within the " +
        "last 5,000 years. Daniel Reyes, a zooarchaeologist at the University of Auckland who " +
        "was not involved in the research, cautions that hooks alone don’t prove offshore " +
        "fishing. “You can catch a lot of fish from rocks,” he says. “I’d want to see the fish " +
        "bones.”",
    ],
    quotes: [
      ["deliberately shaped and polished, not simply broken bone,", "the study"],
      [
        "When the first one came out of the sieve, we honestly thought it was a modern hook " +
          "someone had dropped,",
        "Kirra Dawson",
      ],
      ["Then we found six more in the same layer.", "Kirra Dawson"],
      ["about as clean as radiocarbon gets.", "Meredith Lowe"],
      ["The charcoal above and below the hooks gives us the same window,", "Meredith Lowe"],
      ["didn’t surprise anybody here.", "Ronald Tataya"],
      ["Our old people always said this coast fed us,", "Ronald Tataya"],
      ["You can catch a lot of fish from rocks,", "Daniel Reyes"],
      ["I’d want to see the fish bones.", "Daniel Reyes"],
    ],
  },
  {
    name:
      "The Chronicle (Bulawayo), health: straight quotes, a split quote with said Dr Surname, a " +
      "ministry's statement with two partials, an age in brackets with said Mrs Surname, two " +
      "women in one paragraph with she said for the daughter, an unnamed nurse with said the " +
      "nurse, a campaign's name in marks, an association chairperson urged with a colon",
    headline: "Mpilo runs out of insulin as diabetic patients turned away",
    paragraphs: [
      "BULAWAYO — Mpilo Central Hospital has run out of insulin, with dozens of diabetic " +
        "patients turned away from its pharmacy this week.",
      'Hospital acting chief executive officer Dr Nkosinathi Moyo confirmed the shortage. "We ' +
        'received our last consignment in September and it was meant to last three months," ' +
        'said Dr Moyo, "but demand has gone up sharply because private pharmacies are also out."',
      "The Ministry of Health and Child Care said in a statement that a consignment of 40 000 " +
        'vials was "already in the country" and would be distributed to central hospitals ' +
        '"within the next fortnight".',
      'Mrs Sikhanyisiwe Ncube (58) of Nkulumane said she had queued since dawn. "I came at 6am ' +
        'and left at 2pm with nothing," said Mrs Ncube. Her daughter, Nomvula Ncube, said a ' +
        'vial costs US$12 at a private pharmacy. "We cannot buy that every week," she said.',
      "A nurse, who spoke on condition of anonymity, said some patients were being given half " +
        'their usual doses. "We are giving them what we have. That is not treatment, that is ' +
        'survival," said the nurse.',
      'The shortage comes a month after the ministry launched its "Know Your Numbers" ' +
        "screening campaign. Zimbabwe Diabetic Association chairperson Mr Gift Dube urged " +
        'patients not to ration insulin on their own: "Skipping doses can land you in ' +
        'intensive care. Talk to your nurse first."',
    ],
    quotes: [
      [
        "We received our last consignment in September and it was meant to last three months,",
        "Nkosinathi Moyo",
      ],
      ["but demand has gone up sharply because private pharmacies are also out.", "Nkosinathi Moyo"],
      ["already in the country", "The Ministry of Health and Child Care"],
      ["within the next fortnight", "The Ministry of Health and Child Care"],
      ["I came at 6am and left at 2pm with nothing,", "Sikhanyisiwe Ncube"],
      ["We cannot buy that every week,", "Nomvula Ncube"],
      ["We are giving them what we have. That is not treatment, that is survival,", "A nurse"],
      ["Skipping doses can land you in intensive care. Talk to your nurse first.", "Gift Dube"],
    ],
  },
  {
    name:
      "The Impartial Reporter, local life: single marks, a standfirst quote by a secretary " +
      "named only in the body and repeated there word for word, a scare-quoted verb, she " +
      "laughed, two women in one paragraph with a partial by the first and Mrs Surname said by " +
      "the second, a kiosk's nickname and a slogan on a sign in marks, a council with a " +
      "partial, a neighbour with she said, an officer with said and a colon",
    headline: "Derrylin’s old phone box gets a new lease of life as a book swap",
    standfirst: "‘It’s the busiest it’s been since the 1980s’",
    paragraphs: [
      "A disused red telephone box in the centre of Derrylin has been turned into a community " +
        "book swap, complete with a defibrillator, after villagers ‘adopted’ it from BT for £1.",
      "The project was led by Derrylin Community Association, whose secretary, Bernadette " +
        "McCaffrey, said the kiosk had been ‘an eyesore for fifteen years’. ‘It’s the busiest " +
        "it’s been since the 1980s,’ she laughed. ‘Back then there’d be a queue of teenagers " +
        "outside it on a Friday night.’",
      "Local teacher Orla Maguire brought her P5 class from St Aidan’s Primary School to stock " +
        "the shelves. Mrs McCaffrey said the children had ‘done all the hard work’. ‘They " +
        "picked every book themselves, and some of them gave away their favourites,’ Mrs " +
        "Maguire said.",
      "The kiosk, known to generations simply as ‘the Box’, now carries a hand-painted sign " +
        "on the door reading ‘Take a book, leave a book’.",
      "Fermanagh and Omagh District Council said it was ‘delighted to support community-led " +
        "projects of this kind’. One neighbour, who has lived opposite the kiosk for forty " +
        "years, said she was glad to see it lit up again. ‘It was like a tooth missing from " +
        "the street,’ she said.",
      "Northern Ireland Ambulance Service community resuscitation officer Gareth Irvine said: " +
        "‘In a rural area, the minutes before an ambulance arrives are everything.’",
    ],
    quotes: [
      ["an eyesore for fifteen years", "Bernadette McCaffrey"],
      ["It’s the busiest it’s been since the 1980s,", "Bernadette McCaffrey"],
      ["Back then there’d be a queue of teenagers outside it on a Friday night.", "Bernadette McCaffrey"],
      ["done all the hard work", "Bernadette McCaffrey"],
      ["They picked every book themselves, and some of them gave away their favourites,", "Orla Maguire"],
      ["delighted to support community-led projects of this kind", "Fermanagh and Omagh District Council"],
      ["It was like a tooth missing from the street,", "One neighbour"],
      ["In a rural area, the minutes before an ambulance arrives are everything.", "Gareth Irvine"],
    ],
  },
  {
    name:
      "Onmanorama, crime: straight quotes, according to the police with a partial, an inverted " +
      "said with an SHO named with an initial, an operation's name in marks, an unnamed " +
      "courier told the paper with a partial then he said, two men in one paragraph with " +
      "Surname said around a he meaning the courier, a commissioner in a statement",
    headline: "Kochi police bust gang that posed as customs officers to rob gold courier",
    paragraphs: [
      "Kochi: The Ernakulam Central police on Saturday arrested four men who allegedly posed as " +
        "customs officials and robbed a gold courier of 600 grams of gold near the KSRTC bus " +
        "stand on Wednesday night.",
      'According to the police, the gang "followed the courier on two bikes from the ' +
        "jeweller's shop in Broadway\" and stopped his scooter on Chittoor Road.",
      '"They were wearing lanyards with fake ID cards and even had a walkie-talkie. The victim ' +
        'had no reason to doubt them," said Ernakulam Central Station House Officer S Rejith ' +
        'Kumar. The arrests were made under "Operation Golden Net", launched after a similar ' +
        "robbery in Aluva last month.",
      'The courier, a 41-year-old native of Thrissur, told Onmanorama he was "too shocked to ' +
        'even shout". "They said I was under arrest for smuggling. I handed over the bag ' +
        'because I thought they would take me to their office," he said.',
      "Jose Paul, who owns the jewellery, said the courier had worked for the firm for eleven " +
        'years. "He is like family to us. From now on, nobody carries gold alone," Paul said.',
      "In a statement, Kochi City Police Commissioner Sunil Varghese urged traders to call 112 " +
        'immediately. "No genuine customs officer will seize goods on the road without ' +
        'documents," he said.',
    ],
    quotes: [
      ["followed the courier on two bikes from the jeweller's shop in Broadway", "the police"],
      [
        "They were wearing lanyards with fake ID cards and even had a walkie-talkie. The victim " +
          "had no reason to doubt them,",
        "S Rejith Kumar",
      ],
      ["too shocked to even shout", "The courier"],
      [
        "They said I was under arrest for smuggling. I handed over the bag because I thought " +
          "they would take me to their office,",
        "The courier",
      ],
      ["He is like family to us. From now on, nobody carries gold alone,", "Jose Paul"],
      ["No genuine customs officer will seize goods on the road without documents,", "Sunil Varghese"],
    ],
  },
  {
    name:
      "Waterloo Region Record, transport: a headline with says and no quote, according to a " +
      "staff report without a quote, the report warns and describes with two partials, a " +
      "project's name in marks, said Coun. Name with a role, two men in one paragraph with a " +
      "partial by the first and a colon by the second, a ministry's statement with a partial, " +
      "a rider with the age and she said",
    headline: "Ion extension to Cambridge now expected to cost $1.9 billion, report says",
    paragraphs: [
      "The cost of extending Ion light rail to Cambridge has climbed to an estimated $1.9 " +
        "billion, and trains may not reach downtown Galt before 2035, according to a staff " +
        "report going to regional council next week.",
      "The report warns that the region faces “a significant funding gap” unless Ottawa and " +
        "Queen’s Park increase their shares, and describes the original 2031 opening date as " +
        "“no longer achievable.” The project, known at the region as “Stage 2,” was approved " +
        "in 2021.",
      "“We promised Cambridge a train. We didn’t promise Cambridge a train at any price,” said " +
        "Coun. Darlene Haskett, who chairs the region’s planning and works committee.",
      "Coun. Mike Schaefer of Woolwich questioned whether rail was still the right choice, " +
        "calling bus rapid transit “the option nobody wants to talk about.” Cambridge Coun. " +
        "Brian Tremblay disagreed: “We had that debate in 2011. Cambridge has been waiting " +
        "ever since.”",
      "In a statement, the Ministry of Transportation said the province “remains committed to " +
        "working with the Region of Waterloo” but did not say whether it would raise its " +
        "contribution.",
      "At Fairway station on Thursday, Galt resident Priya Sandhu, 27, who commutes to the " +
        "University of Waterloo, shrugged at the news. “I’ll be 37. I’ll probably have a car by " +
        "then,” she said.",
    ],
    quotes: [
      ["a significant funding gap", "The report"],
      ["no longer achievable.", "The report"],
      ["We promised Cambridge a train. We didn’t promise Cambridge a train at any price,", "Darlene Haskett"],
      ["the option nobody wants to talk about.", "Mike Schaefer"],
      ["We had that debate in 2011. Cambridge has been waiting ever since.", "Brian Tremblay"],
      ["remains committed to working with the Region of Waterloo", "the Ministry of Transportation"],
      ["I’ll be 37. I’ll probably have a car by then,", "Priya Sandhu"],
    ],
  },
]);
