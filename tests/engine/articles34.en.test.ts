// A thirty-fourth round of composed English news articles, in the styles of outlets and beats the first
// thirty-three rounds did not use: The Courier-Journal on an even-year elections bill in the Kentucky
// Senate, the Derby Telegraph at an arson sentencing in Derby Crown Court, The Financial Express on a
// Tiruppur knitwear exporter's quarterly loss, The Southern Star on Skibbereen rowers home from the World
// Championships, Gramophone on an orchestra's new chief conductor, Australian Geographic on a dunnart
// rediscovered in the Pilbara, the Borneo Post on rabies cases in Sarawak, the Wairarapa Times-Age on a
// town clock restored in Featherston, Eyewitness News on a cash-in-transit heist in Bellville and The
// Brandon Sun on educational assistant cuts in the Brandon School Division. Every article was written
// for these tests, blind, before the engine was run on them. Expected speakers follow the corpus
// guidelines: the fullest name the article gives, a body or a document as written, an unnamed source by
// its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Courier-Journal, politics: Sen. Name, R-Town, said after the quote then a verbless second, a " +
      "senator who called with a partial, an inverted argued with a clerk, a partial in a relative " +
      "clause, a bill's nickname in marks, a letter warns with a partial",
    headline: "Kentucky Senate passes bill moving city elections to even years",
    paragraphs: [
      "FRANKFORT, Ky. — The Kentucky Senate voted 24-13 Thursday to move most city elections to even " +
        "years, a change supporters say will double turnout and critics call a power grab by the state.",
      "“Right now a mayor can win with 9% of registered voters showing up,” said Sen. Dale Whitcomb, " +
        "R-Bowling Green, the bill’s sponsor. “That’s not a mandate. That’s a rounding error.”",
      "Sen. Lorraine Batts, D-Louisville, called Senate Bill 41 “a solution in search of a problem” and " +
        "said cities should decide their own calendars.",
      "“Put a city council race at the bottom of a presidential ballot and nobody reads that far,” " +
        "argued Harlan County Clerk Donna Sizemore, who testified against the bill in committee.",
      "Supporters have nicknamed the measure the “One Trip” bill, saying voters who have to go to the " +
        "polls only once every two years are less likely to skip city races.",
      "A letter from the Kentucky League of Cities, sent to senators Wednesday, warns the change would " +
        "leave some mayors serving “an awkward three-year term” during the transition.",
      "The bill now goes to the House.",
    ],
    quotes: [
      ["Right now a mayor can win with 9% of registered voters showing up,", "Dale Whitcomb"],
      ["That’s not a mandate. That’s a rounding error.", "Dale Whitcomb"],
      ["a solution in search of a problem", "Lorraine Batts"],
      [
        "Put a city council race at the bottom of a presidential ballot and nobody reads that far,",
        "Donna Sizemore",
      ],
      ["an awkward three-year term", "A letter from the Kentucky League of Cities"],
    ],
  },
  {
    name:
      "Derby Telegraph, courts: an age and street, prosecuting said with a partial, two men in one " +
      "paragraph with mitigating then Mr Surname said, a victim statement read to the court with a " +
      "colon, a takeaway's name in marks, the judge told him then a verbless second",
    headline: "Man who set fire to Derby takeaway after row over chips is jailed",
    paragraphs: [
      "A man who set fire to a Derby takeaway after an argument over the size of his portion of chips " +
        "has been jailed for four years.",
      "Liam Pickering, 29, of Osmaston Road, poured petrol through the letterbox of the Golden Fryer in " +
        "Normanton Road in the early hours of June 14, Derby Crown Court heard.",
      "Oliver Grant, prosecuting, said the owner and his teenage son were asleep in the flat above and " +
        "woke to smoke that was “thick enough to stop them finding the stairs”.",
      "Simon Akhtar, mitigating, said his client had been drinking for most of the day and had no memory " +
        "of the fire. Pickering’s father, Raymond, was in the public gallery. “He is genuinely ashamed. " +
        "He has written a letter of apology he has not yet been allowed to send,” Mr Akhtar said.",
      "In a statement read to the court, the owner, Kamal Hussain, said: “My son will not sleep with " +
        "the door shut any more. We lost the shop for three months, but he lost more than that.”",
      "Judge Jonathan Fearn told Pickering: “You went home, you fetched petrol and you came back. That " +
        "is not a moment of madness.” Then he added: “Two people could have died over a bag of chips.”",
    ],
    quotes: [
      ["thick enough to stop them finding the stairs", "Oliver Grant"],
      [
        "He is genuinely ashamed. He has written a letter of apology he has not yet been allowed to send,",
        "Simon Akhtar",
      ],
      [
        "My son will not sleep with the door shut any more. We lost the shop for three months, but he " +
          "lost more than that.",
        "Kamal Hussain",
      ],
      [
        "You went home, you fetched petrol and you came back. That is not a moment of madness.",
        "Jonathan Fearn",
      ],
      ["Two people could have died over a bag of chips.", "Jonathan Fearn"],
    ],
  },
  {
    name:
      "The Financial Express, business: straight quotes, a company's partial in a filing, a managing " +
      "director told FE then a verbless second, an association's president with a colon, a brokerage's " +
      "partial, according to an unnamed executive with a partial",
    todo: "«the trough» not found",
    headline: "Tiruppur's Kovai Knits swings to Q2 loss as US orders dry up",
    paragraphs: [
      "Kovai Knits Ltd on Monday reported a consolidated net loss of Rs 38 crore for the September " +
        'quarter, against a profit of Rs 21 crore a year ago, citing what it called "an abrupt pause" ' +
        "in orders from American retailers.",
      "Revenue fell 27 per cent to Rs 412 crore, the company said in a regulatory filing.",
      '"Two of our three largest buyers have put every new order on hold until the tariff picture is ' +
        'clear," managing director S Senthilkumar told FE. "We have not cut a single job yet, but we ' +
        'are running the night shift three days a week."',
      "Tiruppur Exporters' Association president R Mahalakshmi said the problem was industry-wide: " +
        '"Nobody in this town has seen a season like this since 2008."',
      'Brokerage Nirmal Bang Equities called the quarter "the trough", saying a recovery depended on ' +
        "the UK trade deal kicking in.",
      "According to a senior executive at a rival exporter, buyers were asking for discounts of " +
        '"eight to ten per cent just to keep the lines warm".',
    ],
    quotes: [
      ["an abrupt pause", "Kovai Knits Ltd"],
      [
        "Two of our three largest buyers have put every new order on hold until the tariff picture is " +
          "clear,",
        "S Senthilkumar",
      ],
      [
        "We have not cut a single job yet, but we are running the night shift three days a week.",
        "S Senthilkumar",
      ],
      ["Nobody in this town has seen a season like this since 2008.", "R Mahalakshmi"],
      ["the trough", "Nirmal Bang Equities"],
      ["eight to ten per cent just to keep the lines warm", "a senior executive at a rival exporter"],
    ],
  },
  {
    name:
      "The Southern Star, sport: single marks, a standfirst fragment by a rower named only in the body, " +
      "two brothers with the same surname, the 24-year-old said, a quote over two paragraphs, a coach " +
      "with a partial, a boat's name in marks",
    headline: "Skibb rowers return home with world bronze",
    standfirst: "‘We rowed the last 500 for the town’",
    paragraphs: [
      "SKIBBEREEN Rowing Club’s Cian and Darragh Hurley were given a heroes’ welcome in the town on " +
        "Tuesday night after taking bronze in the lightweight double at the World Championships.",
      "‘We were fourth with 500 metres to go and we rowed the last 500 for the town,’ said Darragh " +
        "Hurley. ‘You could nearly hear them cheering from here.’",
      "His older brother Cian said the pair had doubted they would even make the final. ‘We had a " +
        "desperate heat. We went back to the hotel and barely spoke,’ the 24-year-old said.",
      "‘Then Dominic sat us down and told us to stop rowing like we were afraid of losing.",
      "‘After that it was a different race.’",
      "Club coach Dominic Casey said the medal was ‘the reward for a thousand dark mornings on the " +
        "Ilen’. The brothers’ boat, the ‘Máire Bhán’, was named after their late grandmother.",
    ],
    quotes: [
      ["We rowed the last 500 for the town", "Darragh Hurley"],
      ["We were fourth with 500 metres to go and we rowed the last 500 for the town,", "Darragh Hurley"],
      ["You could nearly hear them cheering from here.", "Darragh Hurley"],
      ["We had a desperate heat. We went back to the hotel and barely spoke,", "Cian Hurley"],
      ["Then Dominic sat us down and told us to stop rowing like we were afraid of losing.", "Cian Hurley"],
      ["After that it was a different race.", "Cian Hurley"],
      ["the reward for a thousand dark mornings on the Ilen", "Dominic Casey"],
    ],
  },
  {
    name:
      "Gramophone, culture: single marks, a work title in marks, says Name present tense split quote, " +
      "an orchestra's statement with a partial, an unnamed player with a partial, she adds verbless",
    todo: "«the most exciting conductor of her generation» goes to the orchestra, not The Hallé",
    headline: "Hallé names Finnish conductor Aino Rautio as music director",
    paragraphs: [
      "The Hallé has appointed the Finnish conductor Aino Rautio as its next music director, from the " +
        "2027-28 season. Rautio, 36, made her Hallé debut only last March with Sibelius’s ‘Kullervo’.",
      "‘I walked off stage after that concert and said to my husband, this is the one,’ says Rautio. " +
        "‘They play as if the building might fall down if they stop.’",
      "In a statement the orchestra described her as ‘the most exciting conductor of her generation’, " +
        "adding that she had committed to at least 40 concerts a season in Manchester.",
      "One long-serving member of the violins was more measured, calling the choice ‘a brave one’ for " +
        "an orchestra still rebuilding its audiences.",
      "Rautio intends to open her first season with a new commission and Mahler’s ‘Resurrection’ " +
        "Symphony. ‘I want the first night to feel like a beginning,’ she adds, ‘not a museum.’",
    ],
    quotes: [
      ["I walked off stage after that concert and said to my husband, this is the one,", "Aino Rautio"],
      ["They play as if the building might fall down if they stop.", "Aino Rautio"],
      ["the most exciting conductor of her generation", "The Hallé"],
      ["a brave one", "One long-serving member of the violins"],
      ["I want the first night to feel like a beginning,", "Aino Rautio"],
      ["not a museum.", "Aino Rautio"],
    ],
  },
  {
    name:
      "Australian Geographic, science: a headline quote by an ecologist named only in the body, Dr " +
      "Name said then she said, two women in one paragraph, a paper states with a partial, a station " +
      "elder says, a survey's name in marks",
    headline: "‘We thought it was gone’: Pilbara dunnart found after 30 years",
    paragraphs: [
      "A tiny carnivorous marsupial not seen for three decades has been photographed by motion-sensing " +
        "cameras on a cattle station in Western Australia’s Pilbara.",
      "“We thought it was gone. Honestly, most of us had stopped looking,” said Dr Kirsty Lemanis, an " +
        "ecologist at the University of Western Australia who led the search.",
      "The images were first spotted by PhD student Tamsin Rowe while sorting through 40,000 frames. " +
        "“Tamsin rang me at 11 at night, which she never does,” Dr Lemanis said.",
      "A paper describing the find, published this week in Australian Mammalogy, states the animal " +
        "appears to survive in “a handful of rocky gullies that escaped the 2019 fires”.",
      "The search was part of the “Lost Species Pilbara” survey, run with Yindjibarndi rangers.",
      "“Our old people always said the little ones were still out there,” says ranger and elder " +
        "Trevor Jerrold. “Now the cameras say it too.”",
    ],
    quotes: [
      ["We thought it was gone", "Kirsty Lemanis"],
      ["We thought it was gone. Honestly, most of us had stopped looking,", "Kirsty Lemanis"],
      ["Tamsin rang me at 11 at night, which she never does,", "Kirsty Lemanis"],
      ["a handful of rocky gullies that escaped the 2019 fires", "A paper"],
      ["Our old people always said the little ones were still out there,", "Trevor Jerrold"],
      ["Now the cameras say it too.", "Trevor Jerrold"],
    ],
  },
  {
    name:
      "Borneo Post, health: straight quotes, a minister with Malaysian honorifics said with a colon, he " +
      "said after a partial, a department in a statement with a partial, an uncle said " +
      "then the 51-year-old added",
    headline: "Sarawak records 12 rabies deaths this year, urges owners to vaccinate dogs",
    paragraphs: [
      "KUCHING: Sarawak has recorded 12 rabies deaths so far this year, all of them involving " +
        "unvaccinated dogs, said Deputy Premier Datuk Amar Dr Lau Chee Keong.",
      'Speaking at a ceremony at Sarawak General Hospital yesterday, he said: "Every one of these deaths ' +
        'was preventable. A dog vaccine costs less than a plate of kolo mee."',
      'He said the state had vaccinated "only about 45 per cent" of its estimated dog population, well ' +
        "short of the 70 per cent needed to stop transmission.",
      "In a statement, the Sarawak Health Department said anyone bitten or scratched by a dog should " +
        '"wash the wound with soap and running water for 15 minutes" and seek treatment immediately.',
      "In Kampung Sebuyau, Jeffery Anak Ngumbang, whose nephew was bitten last month, said villagers " +
        'now carried sticks on their way to the river. "We used to feed the strays. Now we chase them ' +
        'away," the 51-year-old added.',
    ],
    quotes: [
      [
        "Every one of these deaths was preventable. A dog vaccine costs less than a plate of kolo mee.",
        "Lau Chee Keong",
      ],
      ["only about 45 per cent", "Lau Chee Keong"],
      ["wash the wound with soap and running water for 15 minutes", "the Sarawak Health Department"],
      ["We used to feed the strays. Now we chase them away,", "Jeffery Anak Ngumbang"],
    ],
  },
  {
    name:
      "Wairarapa Times-Age, local life: a clock's nickname in marks, said Name, a verbless second, " +
      "a council's partial, two women in one paragraph, a neighbour with a colon, a sign in marks",
    headline: "Featherston’s clock ticks again after 17 silent years",
    paragraphs: [
      "The Featherston town clock, known to generations of locals as “Old Faithful”, struck noon on " +
        "Saturday for the first time since 2008.",
      "“I cried. I’m not ashamed of it,” said Glenys Pahau, who led the fundraising drive. “My father " +
        "set his watch by that clock every morning on the way to the railway workshops.”",
      "The South Wairarapa District Council said the repairs had cost “just under $86,000”, most of it " +
        "raised through raffles and a quiz night.",
      "Clockmaker Robyn Teague travelled from Whanganui to fit the new movement. Pahau said Teague had " +
        "worked “for nothing but petrol and scones”. “It’s the best job I’ve had in 30 years,” Teague " +
        "said.",
      "A neighbour of the clock tower was less sentimental: “It’s lovely. Ask me again at 2am.”",
      "A sign on the tower now reads “Wound by the people of Featherston”.",
    ],
    quotes: [
      ["I cried. I’m not ashamed of it,", "Glenys Pahau"],
      [
        "My father set his watch by that clock every morning on the way to the railway workshops.",
        "Glenys Pahau",
      ],
      ["just under $86,000", "The South Wairarapa District Council"],
      ["for nothing but petrol and scones", "Glenys Pahau"],
      ["It’s the best job I’ve had in 30 years,", "Robyn Teague"],
      ["It’s lovely. Ask me again at 2am.", "A neighbour of the clock tower"],
    ],
  },
  {
    name:
      "Eyewitness News, crime: police said with a role and rank, she said with a partial, an " +
      "operation's name in marks, a company in a statement, an unnamed witness said, a scare quote",
    headline: "Police hunt gang after Bellville cash-in-transit heist",
    paragraphs: [
      "CAPE TOWN - Police are searching for at least eight armed men who blew open a cash-in-transit " +
        "vehicle on Voortrekker Road in Bellville on Wednesday morning.",
      "“The suspects fired shots at the guards before using explosives on the vehicle. One guard was " +
        "wounded and taken to hospital,” said police spokesperson Captain Nomvula Mbete.",
      "Mbete said the gang fled in two vehicles and that the amount taken was “still being " +
        "determined”. The case has been added to “Operation Shanela”, the provincial crackdown.",
      "Fidelity Services Group said in a statement that its guard was in a stable condition and that " +
        "it was “cooperating fully with the South African Police Service”.",
      "A street vendor who witnessed the blast said: “I thought it was a taxi crash. Then I saw the " +
        "guns and I ran into the shop.”",
      "The stretch, a known crime “hotspot”, has seen three robberies this year.",
    ],
    quotes: [
      [
        "The suspects fired shots at the guards before using explosives on the vehicle. One guard was " +
          "wounded and taken to hospital,",
        "Nomvula Mbete",
      ],
      ["still being determined", "Nomvula Mbete"],
      ["cooperating fully with the South African Police Service", "Fidelity Services Group"],
      ["I thought it was a taxi crash. Then I saw the guns and I ran into the shop.", "A street vendor"],
    ],
  },
  {
    name:
      "The Brandon Sun, education: a superintendent said then a verbless second, a trustee with a " +
      "partial, the mother of three said, a report says with a partial, a union president with a colon",
    headline: "Brandon School Division budget cuts 12 educational assistant jobs",
    paragraphs: [
      "The Brandon School Division’s draft budget would eliminate 12 educational assistant positions " +
        "next fall, a move parents warned trustees Monday would hurt children with special needs.",
      "“Nobody in this room wants to make these cuts,” superintendent Mathieu Gagnon said. “The " +
        "provincial grant went up 1.9 per cent and our costs went up nearly five.”",
      "Trustee Carla Bjornson said the cuts were “the wrong place to start” and asked staff to look " +
        "at transportation savings instead.",
      "Erin Kowalchuk, whose son has autism, said he would lose the assistant who sits with him in " +
        "Grade 3. “He finally trusts someone at school,” the mother of three said.",
      "A staff report presented to the board says the division faces a shortfall of “roughly $2.4 " +
        "million” without the cuts.",
      "Brandon Teachers’ Association president Ray Lachance put it bluntly: “Teachers will end up " +
        "doing two jobs.”",
    ],
    quotes: [
      ["Nobody in this room wants to make these cuts,", "Mathieu Gagnon"],
      ["The provincial grant went up 1.9 per cent and our costs went up nearly five.", "Mathieu Gagnon"],
      ["the wrong place to start", "Carla Bjornson"],
      ["He finally trusts someone at school,", "Erin Kowalchuk"],
      ["roughly $2.4 million", "A staff report"],
      ["Teachers will end up doing two jobs.", "Ray Lachance"],
    ],
  },
]);
