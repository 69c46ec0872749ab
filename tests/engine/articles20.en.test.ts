// A twentieth round of composed English news articles, in the styles of outlets and beats the first
// nineteen rounds did not use: The Times on a council tax climbdown at Westminster, The New Indian Express
// in the Kerala High Court, Lusaka Times on a Copperbelt mine's hiring, the San Antonio Express-News after
// a UTSA football win, the Connacht Tribune on a play opening the Galway International Arts Festival, the
// Taipei Times on a Formosan black bear study, Hawke's Bay Today on whooping cough, the Regina
// Leader-Post on a gas bar robbery, The Cairns Post on a crocodile at Palm Cove and the Birmingham Mail on
// a delayed Metro extension. Every article was written for these tests, blind, before the engine was run
// on them. Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Times, politics: a headline fragment of a body quote by a minister named only in the " +
      "body, she said, a partial quote, a shadow secretary with another woman in the paragraph, " +
      "a quote with no verb after a colon-less introduction, a body in a statement with a " +
      "partial, an unnamed Treasury source, a nickname in marks",
    headline: "‘We got this wrong’: ministers drop council tax referendum change after Labour revolt",
    standfirst:
      "Climbdown comes days before a Commons vote that more than 40 backbenchers had threatened to defeat",
    paragraphs: [
      "Ministers have abandoned plans to let councils in England raise council tax by up to 10 " +
        "per cent a year without holding a local referendum, after dozens of Labour MPs said they " +
        "would vote against the measure.",
      "Aisha Qureshi, the local government minister, told the Commons yesterday that the " +
        "government had listened to its backbenchers. “We got this wrong, and I would rather say " +
        "so at this dispatch box than pretend otherwise,” she said.",
      "Qureshi said councils facing the most acute pressures would instead be able to apply for " +
        "“exceptional financial support” from a £600 million fund, with decisions promised within " +
        "eight weeks.",
      "The change had been nicknamed the “Croydon clause” at Westminster, after the south " +
        "London borough whose finances prompted it.",
      "Laura Pemberton, the shadow local government secretary, said the government was “making " +
        "it up as it goes along”. She said Qureshi had defended the plan before a select " +
        "committee only a fortnight ago. “The minister told us this was the only responsible " +
        "option. What changed? Her backbenchers, that’s what,” Pemberton said.",
      "Among the rebels was Tom Ashworth, who chairs Labour’s north-west group of MPs. “People " +
        "in my constituency have had their bins cut to fortnightly and their libraries shut. " +
        "Asking them to pay 10 per cent more for less was never going to fly.”",
      "The Local Government Association said in a statement that the U-turn left many " +
        "authorities facing “impossible choices” as they set next year’s budgets.",
      "A Treasury source said the decision would cost “nothing that isn’t already in the " + "numbers”.",
    ],
    quotes: [
      ["We got this wrong", "Aisha Qureshi"],
      [
        "We got this wrong, and I would rather say so at this dispatch box than pretend " + "otherwise,",
        "Aisha Qureshi",
      ],
      ["exceptional financial support", "Aisha Qureshi"],
      ["making it up as it goes along", "Laura Pemberton"],
      [
        "The minister told us this was the only responsible option. What changed? Her " +
          "backbenchers, that’s what,",
        "Laura Pemberton",
      ],
      [
        "People in my constituency have had their bins cut to fortnightly and their libraries " +
          "shut. Asking them to pay 10 per cent more for less was never going to fly.",
        "Tom Ashworth",
      ],
      ["impossible choices", "The Local Government Association"],
      ["nothing that isn’t already in the numbers", "A Treasury source"],
    ],
  },
  {
    name:
      "The New Indian Express, courts: a court's partial quote in the lead, a judge's words in " +
      "the headline repeated in the body with a split observed, a standing counsel submitting " +
      "with a partial quote, the judge remarked, the court said with a partial, a petitioner " +
      "told the paper, a corporation's partial in a statement, an operation name in single " +
      "marks",
    todo:
      "«forced to walk on the carriageway at the risk…» goes to MG Road, not The Kerala High Court; " +
      "«a minor irritant» goes to Kerala High Court, not The Kerala High Court",
    headline: "“Footpaths are for pedestrians”: HC raps Kochi Corporation over encroachments",
    paragraphs: [
      "KOCHI: The Kerala High Court on Tuesday directed the Kochi Corporation to remove all " +
        "encroachments on footpaths along MG Road and Banerji Road within four weeks, observing " +
        "that pedestrians were being “forced to walk on the carriageway at the risk of their " +
        "lives”.",
      "Justice T R Sreekumar issued the directive while considering a petition filed by the " +
        "Ernakulam Senior Citizens’ Forum, which said elderly residents had been injured after " +
        "being pushed off the footpath by two-wheelers and vendors’ stalls.",
      "“Footpaths are for pedestrians,” Justice Sreekumar observed, “and the Corporation cannot " +
        "look the other way while they are turned into parking lots and display counters.”",
      "Appearing for the Corporation, standing counsel Adv Jolly Mathew submitted that a drive " +
        "against encroachments had been carried out in January, but the traders had returned " +
        "“within a week”. The court was not impressed. “A drive once a year is not enforcement. " +
        "It is a photo opportunity,” the judge remarked.",
      "The court also directed the City Police Commissioner to depute officers to assist the " +
        "civic body, and said the traffic police could not treat illegal parking on footpaths as " +
        "“a minor irritant”.",
      "Forum secretary K V Joseph, 71, welcomed the order. “I use a walking stick. For three " +
        "years I have walked on the road because the footpath outside my house has become a bike " +
        "stand,” he told TNIE.",
      "In a statement, the Corporation said it would “comply fully” with the order and had " +
        "formed a special squad under ‘Operation Clear Path’ to carry out the evictions. The " +
        "matter will be heard again on March 18.",
    ],
    quotes: [
      ["forced to walk on the carriageway at the risk of their lives", "The Kerala High Court"],
      ["Footpaths are for pedestrians,", "T R Sreekumar"],
      [
        "and the Corporation cannot look the other way while they are turned into parking lots " +
          "and display counters.",
        "T R Sreekumar",
      ],
      ["within a week", "Jolly Mathew"],
      ["A drive once a year is not enforcement. It is a photo opportunity,", "T R Sreekumar"],
      ["a minor irritant", "The Kerala High Court"],
      [
        "I use a walking stick. For three years I have walked on the road because the footpath " +
          "outside my house has become a bike stand,",
        "K V Joseph",
      ],
      ["comply fully", "the Kochi Corporation"],
    ],
  },
  {
    name:
      "Lusaka Times, business: straight quotes throughout, a chief executive told journalists " +
      "with a partial quote then Ms and surname, a union with an abbreviation and a split with " +
      "he said, a minister said in a statement with a colon, according to an economist with a " +
      "partial, a nickname in marks, an unnamed trader",
    headline: "Mopani to hire 1,500 as new Kitwe shaft comes on stream",
    paragraphs: [
      "Mopani Copper Mines says it will recruit about 1,500 workers over the next 12 months as " +
        "its new Synclinorium shaft in Kitwe reaches full production.",
      "Company Chief Executive Officer Natasha Mwansa told journalists in Kitwe yesterday that " +
        'the shaft would "more than double" the mine\'s output of copper in concentrate by 2027.',
      '"We want as many of these jobs as possible to go to young people from the Copperbelt. ' +
        'That is a commitment, not a slogan," Ms Mwansa said.',
      "Mineworkers Union of Zambia (MUZ) president Chanda Mulenga welcomed the announcement but " +
        'said the union would be watching closely. "Our members have seen too many contracts that ' +
        'end after six months," he said. "This time we want permanent jobs with proper pensions."',
      'And Mines and Minerals Development Minister Mutale Nkandu said in a statement: "The ' +
        "revival of Mopani shows that the country's target of three million tonnes of copper a " +
        'year is achievable."',
      'According to Lusaka-based economist Trevor Hamaundu, the recruitment would be "a shot in ' +
        'the arm" for businesses in Kitwe, once known as the "engine room" of the Copperbelt, ' +
        "many of which closed when the mine was struggling.",
      "A trader who sells hardware near the mine's Nkana East offices said business had already " +
        'picked up. "Since the trucks started coming back, people are buying again," he said.',
    ],
    quotes: [
      ["more than double", "Natasha Mwansa"],
      [
        "We want as many of these jobs as possible to go to young people from the Copperbelt. " +
          "That is a commitment, not a slogan,",
        "Natasha Mwansa",
      ],
      ["Our members have seen too many contracts that end after six months,", "Chanda Mulenga"],
      ["This time we want permanent jobs with proper pensions.", "Chanda Mulenga"],
      [
        "The revival of Mopani shows that the country's target of three million tonnes of copper " +
          "a year is achievable.",
        "Mutale Nkandu",
      ],
      ["a shot in the arm", "Trevor Hamaundu"],
      ["Since the trucks started coming back, people are buying again,", "A trader"],
    ],
  },
  {
    name:
      "San Antonio Express-News, sport: an inverted said with a coach then a split with a " +
      "nested quote in single marks, the 19-year-old said, a nickname in marks, a quote across " +
      "two paragraphs with no verb on the first, an opposing coach calling with two partial " +
      "quotes",
    todo: "«My line gave me all day back there. I could h…» goes to Northwest Side, not Mateo Villarreal",
    headline: "UTSA rallies past North Texas behind freshman QB’s four touchdowns",
    paragraphs: [
      "Freshman quarterback Mateo Villarreal threw for 341 yards and four touchdowns Saturday, " +
        "and UTSA scored 24 unanswered points in the second half to beat North Texas 38-27 at the " +
        "Alamodome.",
      "“He grew up tonight,” said Roadrunners coach Dale Whitcomb. “At halftime he came up to " +
        "me and said, ‘Coach, let me throw it.’ So we let him throw it.”",
      "Villarreal, who played at Brennan High School on the city’s Northwest Side, completed 14 " +
        "of his last 17 passes. “My line gave me all day back there. I could have made a " +
        "sandwich,” the 19-year-old said.",
      "Two of the touchdowns went to senior receiver DeShawn Tolliver, known to teammates as " +
        "“Boogie,” who finished with nine catches for 162 yards. Tolliver said nobody panicked " +
        "when UTSA trailed 27-14 at the break.",
      "“Nobody was yelling. Nobody was pointing fingers. We just looked at each other and said " +
        "we’ve been here before.",
      "“Honestly, this is the most fun I’ve had playing football since I was a kid,” he said.",
      "North Texas coach Ray Kessler called the second half “as bad as we’ve played in two " +
        "years” and said his defense had “no answers” for Villarreal on third down.",
      "UTSA (5-3, 3-1 American) plays at Tulane next Saturday.",
    ],
    quotes: [
      ["He grew up tonight,", "Dale Whitcomb"],
      [
        "At halftime he came up to me and said, ‘Coach, let me throw it.’ So we let him throw it.",
        "Dale Whitcomb",
      ],
      ["My line gave me all day back there. I could have made a sandwich,", "Mateo Villarreal"],
      [
        "Nobody was yelling. Nobody was pointing fingers. We just looked at each other and said " +
          "we’ve been here before.",
        "DeShawn Tolliver",
      ],
      ["Honestly, this is the most fun I’ve had playing football since I was a kid,", "DeShawn Tolliver"],
      ["as bad as we’ve played in two years", "Ray Kessler"],
      ["no answers", "Ray Kessler"],
    ],
  },
  {
    name:
      "Connacht Tribune, culture: single marks with the comma inside, a play title and another " +
      "production's title in marks, an inverted said then a split, an artistic director with a " +
      "partial quote then she said, two women in one paragraph, an actor describing with a " +
      "partial, a colon quote by surname, a nickname in marks",
    headline: "Carna playwright’s debut to open Galway International Arts Festival",
    paragraphs: [
      "A first play by a Carna man who spent two decades working on building sites in London " +
        "will open this year’s Galway International Arts Festival.",
      "‘The Long Field’, by Pádraic Ó Conghaile, tells the story of two brothers who come home " +
        "from Kilburn to sell the family farm after their mother’s death. It premieres at the " +
        "Town Hall Theatre on July 14.",
      "‘I wrote most of it on my phone on the Tube, going to and from sites,’ said Ó Conghaile, " +
        "who is 52. ‘I never thought anyone would read it, let alone put it on a stage in " +
        "Galway.’",
      "The festival’s artistic director, Siobhán Furey, said the script had arrived " +
        "‘unsolicited, in a brown envelope’ and was read by three members of staff before it " +
        "reached her desk. ‘Every one of them came into my office and said the same thing: you " +
        "have to read this,’ she said.",
      "Furey asked Aoife Keady, who directed last year’s sell-out ‘Salt Water Rising’, to take " +
        "the play on. ‘Aoife understood it from the first page,’ she said.",
      "Galway actor Marty Rabbitte, who plays the elder brother, described the script as ‘a " +
        "punch in the gut with a laugh in the middle of it’.",
      "The production will be performed in English with passages in Irish. Ó Conghaile said: " +
        "‘That’s how we spoke at home. Half and half, and nobody thought anything of it.’",
      "Tickets went on sale yesterday, and staff at the festival’s box office on Shop Street – " +
        "known to generations of festival-goers simply as ‘the hut’ – reported a steady queue " +
        "from early morning.",
    ],
    quotes: [
      ["I wrote most of it on my phone on the Tube, going to and from sites,", "Pádraic Ó Conghaile"],
      ["I never thought anyone would read it, let alone put it on a stage in Galway.", "Pádraic Ó Conghaile"],
      ["unsolicited, in a brown envelope", "Siobhán Furey"],
      [
        "Every one of them came into my office and said the same thing: you have to read this,",
        "Siobhán Furey",
      ],
      ["Aoife understood it from the first page,", "Siobhán Furey"],
      ["a punch in the gut with a laugh in the middle of it", "Marty Rabbitte"],
      [
        "That’s how we spoke at home. Half and half, and nobody thought anything of it.",
        "Pádraic Ó Conghaile",
      ],
    ],
  },
  {
    name:
      "Taipei Times, science: a paper's title in marks, an inverted said with a lead author " +
      "named with Chinese characters, she said, a park headquarters in a statement with a " +
      "partial quote, a ranger with a split, a co-author and the lead author both women in one " +
      "paragraph, an agency describing with a partial",
    todo:
      "«vulnerable but stable.» goes to The Forestry and Nature Conservation Agency describes the " +
      "population, not The Forestry and Nature Conservation Agency",
    headline: "Formosan black bears more at ease near Yushan trails: study",
    paragraphs: [
      "Formosan black bears in Yushan National Park are foraging closer to hiking trails and " +
        "mountain lodges than they did a decade ago, a study published on Monday found.",
      "The study, titled “Trail proximity and dietary shift in Ursus thibetanus formosanus,” " +
        "tracked 14 bears fitted with GPS collars between 2019 and last year, and analyzed 230 " +
        "scat samples collected along the park’s main routes.",
      "“The bears are not becoming more aggressive. They are becoming more confident around " +
        "people, and that is what worries us,” said lead author Chen Yu-ting (陳郁婷), an associate " +
        "professor of wildlife conservation at National Pingtung University of Science and " +
        "Technology.",
      "Traces of food packaging were found in 11 percent of the samples, Chen said. “Ten years " +
        "ago that figure was close to zero,” she said.",
      "The Yushan National Park Headquarters said in a statement that it would install " +
        "bear-proof trash bins at Paiyun Lodge this spring and reminded hikers to “pack out " +
        "everything they pack in.”",
      "Tiang Istanda, a 48-year-old Bunun ranger who has patrolled the park for 20 years, said " +
        "sightings had become routine. “When I was young, seeing a bear was a story you told your " +
        "grandchildren,” he said. “Now hikers post videos every month.”",
      "Co-author Lee Chia-hui (李佳慧), a doctoral student, said she had spent two winters " +
        "following the collared bears on foot with Chen. “She walks faster than all of us, even " +
        "with a 20kg pack,” Lee said.",
      "The Forestry and Nature Conservation Agency describes the population, estimated at 200 " +
        "to 600 animals, as “vulnerable but stable.”",
    ],
    quotes: [
      [
        "The bears are not becoming more aggressive. They are becoming more confident around " +
          "people, and that is what worries us,",
        "Chen Yu-ting",
      ],
      ["Ten years ago that figure was close to zero,", "Chen Yu-ting"],
      ["pack out everything they pack in.", "The Yushan National Park Headquarters"],
      ["When I was young, seeing a bear was a story you told your grandchildren,", "Tiang Istanda"],
      ["Now hikers post videos every month.", "Tiang Istanda"],
      ["She walks faster than all of us, even with a 20kg pack,", "Lee Chia-hui"],
      ["vulnerable but stable.", "The Forestry and Nature Conservation Agency"],
    ],
  },
  {
    name:
      "Hawke's Bay Today, health: a standfirst partial quote by a medical officer named only in " +
      "the body, he said then two quotes, a mother with the mother of two said, a midwife with " +
      "a partial quote, a campaign name in marks, a health agency in a statement with a partial",
    todo:
      "«a level we haven’t seen since 2012» goes to Health officials, not Rangi Whaanga; «We are now " +
      "at a level we haven’t seen since 2…» goes to Health New Zealand, not Rangi Whaanga; «A baby can’t " +
      "be fully protected until they’ve…» goes to Health New Zealand, not Rangi Whaanga",
    headline: "Whooping cough cases climb in Hawke’s Bay as babies end up in hospital",
    standfirst:
      "Health officials urge pregnant women to get a free booster as cases reach “a level we haven’t " +
      "seen since 2012”",
    paragraphs: [
      "Three babies have been admitted to Hawke’s Bay Hospital with whooping cough in the past " +
        "month as cases in the region continue to climb.",
      "Health New Zealand medical officer of health Dr Rangi Whaanga said 64 cases had been " +
        "notified in Hawke’s Bay since July, compared with nine in the same period last year.",
      "“We are now at a level we haven’t seen since 2012, and it is babies who are ending up in " +
        "hospital,” he said. “A baby can’t be fully protected until they’ve had three doses, so " +
        "the best protection is a mother who was vaccinated in pregnancy.”",
      "Flaxmere mum Tayla Hohaia, 24, whose six-week-old son Ari spent five nights in the " +
        "children’s ward, said she had not known the booster was free. “No one told me. I’d have " +
        "had it in a heartbeat,” the mother of two said. “Watching him go blue when he coughed " +
        "was the scariest thing I’ve ever seen.”",
      "Napier midwife Kiri Pōtae, who chairs the local branch of the College of Midwives, said " +
        "uptake among pregnant women in the region was “stuck at around a third”.",
      "In a statement, Health New Zealand said vaccination in pregnancy was “the single most " +
        "effective thing whānau can do” and that free boosters were available at pharmacies, GP " +
        "clinics and its “Kia Kaha Whānau” pop-up days in Wairoa and Central Hawke’s Bay.",
    ],
    quotes: [
      ["a level we haven’t seen since 2012", "Rangi Whaanga"],
      [
        "We are now at a level we haven’t seen since 2012, and it is babies who are ending up in " +
          "hospital,",
        "Rangi Whaanga",
      ],
      [
        "A baby can’t be fully protected until they’ve had three doses, so the best protection is " +
          "a mother who was vaccinated in pregnancy.",
        "Rangi Whaanga",
      ],
      ["No one told me. I’d have had it in a heartbeat,", "Tayla Hohaia"],
      ["Watching him go blue when he coughed was the scariest thing I’ve ever seen.", "Tayla Hohaia"],
      ["stuck at around a third", "Kiri Pōtae"],
      ["the single most effective thing whānau can do", "Health New Zealand"],
    ],
  },
  {
    name:
      "Regina Leader-Post, crime: police in a news release then police said with a partial, " +
      "according to court documents with a quoted condition, an inspector with a colon, an " +
      "unnamed neighbour with she said, a defence lawyer with two partial quotes",
    todo:
      "«understandably shaken,» goes to police, not the Regina Police Service; «not possess any " +
      "weapon as defined by the Crim…» goes to Dustin Kowalchuk, not court documents",
    headline: "Man charged after knifepoint robbery at north Regina gas bar",
    paragraphs: [
      "A 31-year-old Regina man faces nine charges after a gas bar clerk was threatened with a " +
        "knife early Sunday morning.",
      "Officers were called to the Co-op gas bar on Rochdale Boulevard at about 3:40 a.m. after " +
        "a man wearing a balaclava demanded cash and cigarettes, the Regina Police Service said " +
        "in a news release. The clerk was not physically hurt but was “understandably shaken,” " +
        "police said.",
      "A patrol unit stopped a pickup truck matching a witness’s description on Pasqua Street " +
        "about 20 minutes later and arrested Dustin Kowalchuk. Officers recovered a knife and " +
        "about $400 in cash.",
      "According to court documents, Kowalchuk was on probation at the time for a 2023 robbery " +
        "in Moose Jaw, with a condition that he “not possess any weapon as defined by the " +
        "Criminal Code.”",
      "Insp. Carla Bzdel said in an interview Monday: “There was no hesitation from the clerk. " +
        "She did exactly what we train staff to do, which is hand it over and stay safe.”",
      "A neighbour who lives across the street from the gas bar said it was the third time this " +
        "year she had seen police cars in the lot. “I’m not surprised anymore, which is the sad " +
        "part,” she said.",
      "Kowalchuk made his first appearance in Regina provincial court on Monday. His lawyer, " +
        "Mark Fehr, said outside court that his client “intends to plead not guilty” and that the " +
        "Crown’s case was “largely circumstantial.”",
    ],
    quotes: [
      ["understandably shaken,", "the Regina Police Service"],
      ["not possess any weapon as defined by the Criminal Code.", "court documents"],
      [
        "There was no hesitation from the clerk. She did exactly what we train staff to do, which " +
          "is hand it over and stay safe.",
        "Carla Bzdel",
      ],
      ["I’m not surprised anymore, which is the sad part,", "A neighbour"],
      ["intends to plead not guilty", "Mark Fehr"],
      ["largely circumstantial.", "Mark Fehr"],
    ],
  },
  {
    name:
      "The Cairns Post, environment: a lifesaver's words in the headline repeated in the body, " +
      "an animal's nickname in marks, a department in a statement with a partial quote, Ms and " +
      "surname, a cafe owner and the lifesaver in one paragraph with a partial, an inverted " +
      "warned with a researcher then a split, a campaign name, an unnamed tourist with a " +
      "partial",
    todo: "«for the palm trees, not the crocs» goes to One tourist from Melbourne, not One tourist",
    headline: "‘He’s not welcome here’: 4m croc removed from Palm Cove",
    paragraphs: [
      "A four-metre saltwater crocodile spotted off Palm Cove for more than a week has been " +
        "trapped and removed, allowing the popular beach to reopen on Wednesday.",
      "The animal, nicknamed “Big Barry” by locals, was caught in a baited trap near the jetty " +
        "overnight on Tuesday.",
      "In a statement, the Department of Environment, Tourism, Science and Innovation said the " +
        "crocodile had been “exhibiting dangerous behaviour, including approaching people in the " +
        "water” and would be taken to a licensed crocodile farm.",
      "Palm Cove Surf Life Saving Club patrol captain Jess Moriarty said lifesavers had seen " +
        "the croc inside the stinger net area three times. “He’s not welcome here,” Ms Moriarty " +
        "said. “We love our wildlife, but not between the flags.”",
      "Leanne Fox, who runs a kiosk on Williams Esplanade, said Ms Moriarty’s crew had “done an " +
        "amazing job” keeping swimmers out of the water. “It’s been a quiet week. People come up " +
        "from Cairns for a swim, and when they see the signs they just turn around,” Ms Fox said.",
      "“Removing one animal doesn’t make the beach croc-free,” warned James Cook University " +
        "crocodile researcher Dr Hamish Doyle. “Anywhere north of Gladstone, you should assume " +
        "there’s a croc in the water, whether you can see one or not.”",
      "The department’s “Be Crocwise” campaign urges beachgoers to stay well back from the " +
        "water’s edge and never to feed crocodiles.",
      "One tourist from Melbourne, stretched out under the palms on Wednesday afternoon, said " +
        "she had come to Palm Cove “for the palm trees, not the crocs”.",
    ],
    quotes: [
      [
        "exhibiting dangerous behaviour, including approaching people in the water",
        "the Department of Environment, Tourism, Science and Innovation",
      ],
      ["He’s not welcome here,", "Jess Moriarty"],
      ["We love our wildlife, but not between the flags.", "Jess Moriarty"],
      ["done an amazing job", "Leanne Fox"],
      [
        "It’s been a quiet week. People come up from Cairns for a swim, and when they see the " +
          "signs they just turn around,",
        "Leanne Fox",
      ],
      ["Removing one animal doesn’t make the beach croc-free,", "Hamish Doyle"],
      [
        "Anywhere north of Gladstone, you should assume there’s a croc in the water, whether you " +
          "can see one or not.",
        "Hamish Doyle",
      ],
      ["for the palm trees, not the crocs", "One tourist"],
    ],
  },
  {
    name:
      "Birmingham Mail, transport: straight quotes, a councillor's partial in the headline in " +
      "single marks repeated in the body, a transport body with an abbreviation and two partial " +
      "quotes, she said with a colon, a market trader and the councillor both women in one " +
      "paragraph, a director apologising with a quote across two paragraphs, a spokesperson for " +
      "the mayor with a partial, a route brand in marks",
    headline: "Metro extension to Dudley delayed AGAIN as councillor brands it 'a national embarrassment'",
    paragraphs: [
      "The opening of the West Midlands Metro extension to Dudley has been pushed back again, " +
        "this time until at least next autumn, transport bosses have confirmed.",
      'Transport for West Midlands (TfWM) said testing had revealed "issues with the power ' +
        'supply" on the stretch between Dudley Port and the town centre, which would need ' +
        '"further work and full re-testing before passengers can travel".',
      "Dudley councillor Sandra Hollis, whose Castle and Priory ward the line runs through, " +
        'branded the delay "a national embarrassment". She said: "People were promised trams in ' +
        "2023. Then 2024. Then 2025. I've stopped believing the dates and so have my residents.\"",
      "Market trader Jackie Bennett, 58, who has sold fruit and veg in Dudley for 30 years, " +
        "agreed with Cllr Hollis. \"The roadworks nearly finished us off, and there's still not a " +
        'tram to show for it," she said.',
      "Gareth Pryce, TfWM's director of rail and metro, apologised to residents and businesses.",
      "\"We know how frustrating this is, and I'm sorry. Nobody wanted to be standing here " +
        "announcing another delay.",
      '"But we will not open a tram line until we are certain it is safe, and that has to come ' +
        'first," he said.',
      'A spokesperson for the Mayor of the West Midlands said he had asked TfWM for "a full ' +
        'explanation". The 11km route, marketed as the "Black Country Link", will eventually run ' +
        "on to Brierley Hill.",
    ],
    quotes: [
      ["issues with the power supply", "Transport for West Midlands"],
      ["further work and full re-testing before passengers can travel", "Transport for West Midlands"],
      ["a national embarrassment", "Sandra Hollis"],
      [
        "People were promised trams in 2023. Then 2024. Then 2025. I've stopped believing the " +
          "dates and so have my residents.",
        "Sandra Hollis",
      ],
      [
        "The roadworks nearly finished us off, and there's still not a tram to show for it,",
        "Jackie Bennett",
      ],
      [
        "We know how frustrating this is, and I'm sorry. Nobody wanted to be standing here " +
          "announcing another delay.",
        "Gareth Pryce",
      ],
      [
        "But we will not open a tram line until we are certain it is safe, and that has to come " + "first,",
        "Gareth Pryce",
      ],
      ["a full explanation", "A spokesperson for the Mayor of the West Midlands"],
    ],
  },
]);
