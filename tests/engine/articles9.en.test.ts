// A ninth round of composed English news articles, in the styles of outlets and beats the first eight
// rounds did not use: The Seattle Times on school closures, News24 at a murder verdict in the Western
// Cape High Court, The Courier-Mail on a cyclone, the Belfast Telegraph at Stormont, Premium Times on a
// cholera outbreak in Lagos, The Gleaner at Jamaica's sprint trials, The Economic Times on quarterly
// results, New Scientist on a study, the Houston Chronicle on a double killing and the Winnipeg Free
// Press on a theatre's closure. Every article was written for these tests, before the engine was run on
// them. Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "Seattle Times, education: the superintendent by name then role, a parent, a board president " +
      "and a colon, a union statement, a sign",
    headline: "Seattle Public Schools proposes closing 11 elementary schools to close $94M gap",
    paragraphs: [
      "Seattle Public Schools officials on Wednesday released a list of 11 elementary schools they want " +
        "to close by fall 2027, a move the district says is needed to close a projected $94 million " +
        "budget shortfall.",
      "“Nobody went into education to close schools,” Superintendent Denise Harrow told reporters at " +
        "district headquarters in SoDo. “But we cannot keep running 70 buildings on the budget of a " +
        "district half this size.”",
      "The proposal drew immediate pushback from parents at Whittier Elementary in Ballard, one of the " +
        "schools on the list. Maria Okonkwo-Lee, whose two children attend Whittier, said families had " +
        "learned about the plan from a news alert. “We found out from our phones, not from the " +
        "district,” she said. Several parents held signs reading “Save Our Schools” outside the building.",
      "School board President Evan Chu said the board would hold community meetings in every affected " +
        "neighborhood before a vote in January. Asked whether the list could change, Chu said: " +
        "“Absolutely. This is a starting point, not a decision.”",
      "Harrow, who took over the district in 2024, has warned for months that closures were coming. “I " +
        "would rather make these decisions now than have them made for us by the state,” the " +
        "superintendent said.",
      "The Seattle Education Association, which represents about 6,000 teachers and staff, said in a " +
        "statement that closures “will not fix a funding problem that was created in Olympia.”",
      "State Rep. Nicole Marsh, D-Seattle, said the Legislature “owes these kids an answer” on special " +
        "education funding, which the district says the state underpays by about $40 million a year.",
    ],
    quotes: [
      ["Nobody went into education to close schools,", "Denise Harrow"],
      [
        "But we cannot keep running 70 buildings on the budget of a district half this size.",
        "Denise Harrow",
      ],
      ["We found out from our phones, not from the district,", "Maria Okonkwo-Lee"],
      ["Absolutely. This is a starting point, not a decision.", "Evan Chu"],
      ["I would rather make these decisions now than have them made for us by the state,", "Denise Harrow"],
      ["will not fix a funding problem that was created in Olympia.", "The Seattle Education Association"],
      ["owes these kids an answer", "Nicole Marsh"],
    ],
  },
  {
    name:
      "News24, courts: straight quotes, a judge then she, a widow sharing the victim's surname after a " +
      "colon, said and a spokesperson after the quote, told News24, a so-called term",
    headline: "Ex-cop guilty of murdering Khayelitsha taxi owner, court rules",
    paragraphs: [
      "Former police sergeant Sipho Mthembu, 41, was on Tuesday found guilty in the Western Cape High " +
        "Court of the 2023 murder of Khayelitsha taxi owner Bongani Ndlovu, who had been at the centre " +
        'of a dispute over the so-called "gold route" between Khayelitsha and Bellville.',
      "Delivering judgment, Judge Nolwazi Mabaso said the State had proved beyond reasonable doubt that " +
        "Mthembu fired the shots that killed Ndlovu outside his home in Site C. \"The accused's version " +
        'is not only improbable, it is false," Mabaso said.',
      "She said cellphone records placed Mthembu within 200 metres of the scene, contradicting his " +
        'evidence that he was at a braai in Mitchells Plain. "The court cannot ignore this evidence ' +
        'simply because the accused finds it inconvenient," she added.',
      "Ndlovu's widow, Thandeka Ndlovu, wept as the verdict was read. Speaking outside court, she said: " +
        '"Today my children know that their father\'s life meant something."',
      'The National Prosecuting Authority welcomed the judgment. "This conviction sends a clear message ' +
        'that no one is above the law, including those sworn to uphold it," said regional spokesperson ' +
        "Lumka Dyantyi.",
      "Mthembu's lawyer, advocate Pieter Botha, said his client would consider an appeal. \"We respect " +
        "the court's finding, but we believe there are grounds to take this further,\" Botha told News24.",
      "The case was postponed to 14 March for pre-sentencing reports. Mthembu's bail was revoked.",
    ],
    quotes: [
      ["The accused's version is not only improbable, it is false,", "Nolwazi Mabaso"],
      [
        "The court cannot ignore this evidence simply because the accused finds it inconvenient,",
        "Nolwazi Mabaso",
      ],
      ["Today my children know that their father's life meant something.", "Thandeka Ndlovu"],
      [
        "This conviction sends a clear message that no one is above the law, including those sworn to " +
          "uphold it,",
        "Lumka Dyantyi",
      ],
      [
        "We respect the court's finding, but we believe there are grounds to take this further,",
        "Pieter Botha",
      ],
    ],
  },
  {
    name:
      "Courier-Mail, cyclone: a headline quote repeated in the body, a standfirst, a quote over two " +
      "paragraphs, the mayor by role, a state agency, a sign",
    todo:
      "“he said” goes to a place read as a person (“At Bowen’s Queens Beach, Col Fraser”) instead of the " +
      "man the paragraph introduced, whose first name “Col” is taken for a colonel's title",
    headline: "‘Do not wait’: Premier’s warning as Cyclone Kirra bears down on Queensland coast",
    standfirst:
      "Thousands of residents between Bowen and Mackay have been told to leave low-lying homes before " +
      "the category four system crosses the coast on Thursday.",
    paragraphs: [
      "Queensland Premier Mark Hollis has urged residents in the path of Severe Tropical Cyclone Kirra to " +
        "leave now, warning that emergency crews will not be able to reach them once the storm hits.",
      "“Do not wait,” Mr Hollis said at a press conference in Brisbane on Wednesday morning. “If you have " +
        "been told to go, go today, while the roads are open.”",
      "Bureau of Meteorology senior meteorologist Laura Pettit said Kirra had intensified overnight and " +
        "could reach category five before landfall. “We are looking at destructive wind gusts up to " +
        "280km/h near the core, and a dangerous storm tide,” she said.",
      "“The storm tide is what worries us most. Water kills more people in these events than wind does.",
      "“If you are in a storm tide evacuation zone, the safest place to be is somewhere else,” Ms Pettit " +
        "said.",
      "Mackay Mayor Tanya Ruggiero said evacuation centres at the Mackay Entertainment and Convention " +
        "Centre and two schools were open. “We have room for everyone. Bring your medication, bring your " +
        "pets, and bring your patience,” the mayor said.",
      "Queensland Fire and Emergency Services said crews were “ready to respond the moment it is safe to " +
        "do so” and that more than 400 personnel had been sent north.",
      "At Bowen’s Queens Beach, Col Fraser, 67, was screwing plywood over his windows. He rode out " +
        "Cyclone Debbie in 2017 and said he would not do it again. “I said never again after Debbie, and " +
        "I meant it,” he said, loading his ute. Down the road, a hardware store had put up a sign " +
        "reading “No more generators – sorry”.",
    ],
    quotes: [
      ["Do not wait,", "Mark Hollis"],
      ["If you have been told to go, go today, while the roads are open.", "Mark Hollis"],
      [
        "We are looking at destructive wind gusts up to 280km/h near the core, and a dangerous storm tide,",
        "Laura Pettit",
      ],
      [
        "The storm tide is what worries us most. Water kills more people in these events than wind does.",
        "Laura Pettit",
      ],
      [
        "If you are in a storm tide evacuation zone, the safest place to be is somewhere else,",
        "Laura Pettit",
      ],
      [
        "We have room for everyone. Bring your medication, bring your pets, and bring your patience,",
        "Tanya Ruggiero",
      ],
      ["ready to respond the moment it is safe to do so", "Queensland Fire and Emergency Services"],
      ["I said never again after Debbie, and I meant it,", "Col Fraser"],
    ],
  },
  {
    name:
      "Belfast Telegraph, Stormont: a headline fragment repeated, the minister by role, told MLAs, a " +
      "bereaved sister after a colon, a landowners' group, said Ms X after the quote, a document title",
    headline: "A5 upgrade ‘will go ahead’ despite new legal challenge, says minister",
    paragraphs: [
      "Infrastructure Minister Aoife Donnelly has insisted the long-delayed A5 dual carriageway will go " +
        "ahead, despite campaigners lodging a fresh legal challenge at the High Court in Belfast.",
      "Speaking in the Assembly on Monday, the minister said the road “will go ahead” and that the " +
        "department had answered every objection raised in the last case.",
      "“Too many families have buried loved ones because of this road,” Ms Donnelly told MLAs. “I will " +
        "not stand here and tell another family that we are still waiting on paperwork.”",
      "More than 50 people have died on the A5 since 2006. Niamh Gallagher, whose brother Ciarán was " +
        "killed near Ballygawley in 2019, watched from the public gallery. Afterwards she said: “We have " +
        "heard promises before. I will believe it when I see the diggers.”",
      "The Western Landowners Group, which represents farmers along the route, said it had “no choice” " +
        "but to go back to court. The department’s latest business case, titled “A5 Western Transport " +
        "Corridor: Phase 1a”, puts the cost of the first section at £1.2bn.",
      "Alliance MLA Rachel Kerr said the Executive needed to “stop treating the A5 as a political " +
        "football” and fund it properly. “Nobody in this chamber wants to sit through another inquest,” " +
        "said Ms Kerr.",
      "A Department for Infrastructure spokesperson said: “Preparatory works are continuing and the " +
        "department will robustly defend its decision.”",
    ],
    quotes: [
      ["will go ahead", "Aoife Donnelly"],
      ["Too many families have buried loved ones because of this road,", "Aoife Donnelly"],
      [
        "I will not stand here and tell another family that we are still waiting on paperwork.",
        "Aoife Donnelly",
      ],
      ["We have heard promises before. I will believe it when I see the diggers.", "Niamh Gallagher"],
      ["no choice", "The Western Landowners Group"],
      ["stop treating the A5 as a political football", "Rachel Kerr"],
      ["Nobody in this chamber wants to sit through another inquest,", "Rachel Kerr"],
      [
        "Preparatory works are continuing and the department will robustly defend its decision.",
        "A Department for Infrastructure spokesperson",
      ],
    ],
  },
  {
    name:
      "Premium Times, health: straight quotes, a commissioner in apposition, adding and a colon, an " +
      "agency then its acronym, told PREMIUM TIMES, Mrs X, an unnamed doctor, a campaign slogan",
    headline: "Cholera: Death toll rises to 24 in Lagos as NCDC deploys rapid response team",
    paragraphs: [
      "The number of deaths from the cholera outbreak in Lagos State has risen to 24, the state " +
        "government said on Sunday, as the Nigeria Centre for Disease Control and Prevention (NCDC) " +
        "deployed a rapid response team to the state.",
      "The Lagos State Commissioner for Health, Olufemi Adeyinka, said 412 suspected cases had been " +
        "recorded in 15 local government areas, with Lagos Island, Eti-Osa and Kosofe the worst hit.",
      '"We have traced a cluster of the cases to contaminated water sold by unregistered vendors. ' +
        'Residents should boil their water or use only sealed, certified products," Mr Adeyinka said in ' +
        "a statement.",
      "He urged residents to report symptoms such as watery stool and vomiting early, adding: " +
        '"Cholera is treatable. Nobody should die of it if they get to a hospital in time."',
      'In an advisory on Saturday, the NCDC said the country was "at high risk" of a wider outbreak ' +
        "during the rainy season. Its Director-General, Ifeoma Nwankwo, said the team would support " +
        'contact tracing and water sampling. "Our priority is to break the chain of transmission in the ' +
        'next two weeks," she said.',
      "At the Lagos Island General Hospital, Mrs Bisola Akande, a trader at Idumota market, said her " +
        'nine-year-old son was admitted on Thursday. "He was vomiting all night. By morning he could ' +
        'not stand," she told PREMIUM TIMES.',
      "A doctor at the hospital, who asked not to be named because he was not authorised to speak to " +
        'journalists, said the isolation ward was full. "We are putting patients on mats in the ' +
        'corridor. We need more beds, more drips, more hands," the doctor said.',
      'The state government has launched a sensitisation campaign under the banner "Clean Water, Safe ' +
        'Lagos".',
    ],
    quotes: [
      [
        "We have traced a cluster of the cases to contaminated water sold by unregistered vendors. " +
          "Residents should boil their water or use only sealed, certified products,",
        "Olufemi Adeyinka",
      ],
      [
        "Cholera is treatable. Nobody should die of it if they get to a hospital in time.",
        "Olufemi Adeyinka",
      ],
      ["at high risk", "the Nigeria Centre for Disease Control and Prevention"],
      ["Our priority is to break the chain of transmission in the next two weeks,", "Ifeoma Nwankwo"],
      ["He was vomiting all night. By morning he could not stand,", "Bisola Akande"],
      [
        "We are putting patients on mats in the corridor. We need more beds, more drips, more hands,",
        "A doctor at the hospital",
      ],
    ],
  },
  {
    name:
      "The Gleaner, athletics: a headline quote repeated, the 22-year-old, said X who, told The " +
      "Gleaner, a partial quote after described, a nickname",
    headline: "Clarke storms to 100m title: ‘I knew I had it at 60 metres’",
    paragraphs: [
      "Tyreke Clarke produced a career-best 9.86 seconds to win the men’s 100 metres at the JAAA " +
        "National Senior Championships at the National Stadium on Friday night, booking his place at " +
        "the World Championships.",
      "“I knew I had it at 60 metres,” the 22-year-old said afterwards. “I just told myself, stay " +
        "relaxed, don’t tie up.”",
      "Clarke, nicknamed “The Bolt from Bog Walk” by fans in his St Catherine hometown, trains with the " +
        "Sprintec club under coach Reynold Barrett. He beat defending champion Dwayne Reid (9.91) and " +
        "Akeem Lawrence (9.94).",
      "Barrett said Clarke had been held back by a hamstring injury last season. “People forgot about " +
        "him. We didn’t,” said Barrett, who has coached the sprinter since his days at Kingston College.",
      "Reid was gracious in defeat. “He was the better man tonight. Congrats to him,” he told The " +
        "Gleaner. “But trials is trials. The championships are a different thing.”",
      "In the women’s 100m, Shanice Walters won in 10.89 seconds ahead of Natalia Brown. Walters " +
        "described her race as “not perfect, but good enough”.",
      "JAAA president Donovan Pryce said the crowd of more than 20,000 showed the health of the sport. " +
        "“This is what Jamaican track and field looks like when the people come out,” Pryce said.",
    ],
    quotes: [
      ["I knew I had it at 60 metres,", "Tyreke Clarke"],
      ["I just told myself, stay relaxed, don’t tie up.", "Tyreke Clarke"],
      ["People forgot about him. We didn’t,", "Reynold Barrett"],
      ["He was the better man tonight. Congrats to him,", "Dwayne Reid"],
      ["But trials is trials. The championships are a different thing.", "Dwayne Reid"],
      ["not perfect, but good enough", "Shanice Walters"],
      ["This is what Jamaican track and field looks like when the people come out,", "Donovan Pryce"],
    ],
  },
  {
    name:
      "Economic Times, results: said X and his role after the quote, told analysts, a CFO's one-word " +
      "quote, a regulatory filing, an analyst, a person aware of the matter, a product name",
    todo:
      "“which it said” after “the company said its board…” resolved to the board, not the company " +
      "(Infotrail Technologies)",
    headline: "Infotrail Q2 net profit rises 11%, firm raises FY26 revenue guidance",
    paragraphs: [
      "Bengaluru-based IT services company Infotrail Technologies on Thursday reported an 11.2% " +
        "year-on-year rise in consolidated net profit to ₹3,418 crore for the September quarter, helped " +
        "by large deal wins in banking and a weaker rupee.",
      "The company raised its FY26 constant-currency revenue growth guidance to 4-5%, from 3-4% " +
        "earlier. “Demand for cost take-out and AI-led modernisation programmes is holding up better " +
        "than we expected at the start of the year,” said Rajiv Menon, chief executive and managing " +
        "director.",
      "Menon told analysts on the earnings call that clients were moving from pilots to production on " +
        "its “Nexus” platform. “Last year every client wanted to talk about generative AI. This year " +
        "they want to see it in their P&L,” he said.",
      "Chief financial officer Anita Deshpande said operating margin improved 60 basis points to 21.4% " +
        "and that the company would remain “disciplined” on hiring.",
      "In a regulatory filing, the company said its board had declared an interim dividend of ₹11 per " +
        "share and approved a buyback of up to ₹9,000 crore, which it said was “in line with the " +
        "company’s capital allocation policy of returning about 85% of free cash flow”.",
      "“The guidance upgrade is a positive surprise, but the quarter was helped by currency,” said " +
        "Pranav Kothari, an analyst at Motilal Oswal. Kothari said he would wait for the December " +
        "quarter, usually soft because of furloughs, before turning more positive.",
      "A person aware of the matter told ET the company was in advanced talks to buy a US data " +
        "engineering firm for about $400 million. “The deal should be announced before Diwali,” the " +
        "person said.",
    ],
    quotes: [
      [
        "Demand for cost take-out and AI-led modernisation programmes is holding up better than we " +
          "expected at the start of the year,",
        "Rajiv Menon",
      ],
      [
        "Last year every client wanted to talk about generative AI. This year they want to see it in " +
          "their P&L,",
        "Rajiv Menon",
      ],
      ["disciplined", "Anita Deshpande"],
      [
        "in line with the company’s capital allocation policy of returning about 85% of free cash flow",
        "Infotrail Technologies",
      ],
      [
        "The guidance upgrade is a positive surprise, but the quarter was helped by currency,",
        "Pranav Kothari",
      ],
      ["The deal should be announced before Diwali,", "A person aware of the matter"],
    ],
  },
  {
    name:
      "New Scientist, science: says in the present, she says, an outside expert over two paragraphs, " +
      "the paper notes, a so-called term",
    headline: "Dogs can tell when their owner’s voice is an AI clone",
    standfirst:
      "Pet dogs respond less to an artificial copy of their owner’s voice than to the real thing, even " +
      "when people can’t tell the difference",
    paragraphs: [
      "Dogs seem to be able to tell when a familiar voice has been generated by artificial intelligence, " +
        "even when humans struggle to spot the fake.",
      "Réka Fehér at Eötvös Loránd University in Budapest, Hungary, and her colleagues recorded 38 dog " +
        "owners reading short phrases, then used a commercial voice-cloning tool to produce synthetic " +
        "versions of each recording.",
      "When the dogs heard their owner’s real voice through a hidden speaker, 31 of them turned towards " +
        "it within two seconds. For the cloned voice, only 17 did. “They clearly notice something is " +
        "off,” says Fehér. “We don’t yet know what it is they are hearing.”",
      "Human listeners played the same recordings picked out the clone only 54 per cent of the time, " +
        "barely better than chance.",
      "Fehér suspects the dogs are picking up on tiny irregularities in breathing and pitch that voice " +
        "models smooth over – a sort of acoustic version of the so-called “uncanny valley”. “Dogs have " +
        "spent 15,000 years listening to us very closely,” she says.",
      "Tom Ashworth at the University of Lincoln, UK, who wasn’t involved in the study, says the result " +
        "is intriguing but the sample is small. “Thirty-eight dogs is a start. I’d want to see this with " +
        "hundreds, and with different breeds, before I believed dogs have some special detector for fakes.",
      "“It may simply be that the speaker sounded slightly different,” he says.",
      "The paper, published in Animal Cognition, notes that the findings “raise questions about the use " +
        "of synthetic voices in pet-care devices”, such as cameras that let owners talk to their dogs " +
        "while they are out.",
    ],
    quotes: [
      ["They clearly notice something is off,", "Réka Fehér"],
      ["We don’t yet know what it is they are hearing.", "Réka Fehér"],
      ["Dogs have spent 15,000 years listening to us very closely,", "Réka Fehér"],
      [
        "Thirty-eight dogs is a start. I’d want to see this with hundreds, and with different breeds, " +
          "before I believed dogs have some special detector for fakes.",
        "Tom Ashworth",
      ],
      ["It may simply be that the speaker sounded slightly different,", "Tom Ashworth"],
      ["raise questions about the use of synthetic voices in pet-care devices", "The paper"],
    ],
  },
  {
    name:
      "Houston Chronicle, crime: a police chief, saying only that, a victim's mother sharing no " +
      "surname, a DA's office statement, said X who after the quote, a neon sign",
    headline: "Man charged with capital murder in shooting of 2 at southwest Houston taqueria",
    paragraphs: [
      "A 27-year-old man has been charged with capital murder in the shooting deaths of two people at a " +
        "southwest Houston taqueria over the weekend, police said Monday.",
      "Darnell Whitfield was arrested Sunday night at an apartment complex in Alief, about three miles " +
        "from Taquería El Güero on Bissonnet Street, where Lucía Barrera, 34, and her cousin Hector " +
        "Barrera, 29, were shot shortly after midnight Saturday, according to Houston police.",
      "“This was a senseless act of violence against two people who were simply finishing a shift,” " +
        "Houston police Chief Ramon Esparza said at a news conference. “Our homicide investigators " +
        "worked through the night, and I’m grateful to the community members who came forward.”",
      "Esparza said surveillance video showed Whitfield arguing with a cashier before leaving and " +
        "returning about 15 minutes later with a handgun. He declined to discuss a motive, saying only " +
        "that the dispute began over “a wrong order.”",
      "Lucía Barrera’s mother, Rosa Delgado, said her daughter had worked at the restaurant for six " +
        "years to support her two children. “She was going to quit next month. She was going to open " +
        "her own place,” Delgado said, holding a photo of her daughter. “Now her kids ask me every night " +
        "when she is coming home.”",
      "The Harris County District Attorney’s Office said in a statement that it would “seek justice for " +
        "Lucía and Hector and their families” and did not say whether it would seek the death penalty.",
      "The restaurant, known for its late-night menu and a neon sign that reads “Tacos Hasta Las 3,” " +
        "was closed Monday, with candles and flowers piled at its door. “Everybody on this street knew " +
        "them,” said Marcus Hill, who runs a tire shop next door.",
      "Whitfield was being held without bail in the Harris County Jail. Online court records did not " +
        "list an attorney for him.",
    ],
    quotes: [
      [
        "This was a senseless act of violence against two people who were simply finishing a shift,",
        "Ramon Esparza",
      ],
      [
        "Our homicide investigators worked through the night, and I’m grateful to the community members " +
          "who came forward.",
        "Ramon Esparza",
      ],
      ["a wrong order.", "Ramon Esparza"],
      ["She was going to quit next month. She was going to open her own place,", "Rosa Delgado"],
      ["Now her kids ask me every night when she is coming home.", "Rosa Delgado"],
      [
        "seek justice for Lucía and Hector and their families",
        "The Harris County District Attorney’s Office",
      ],
      ["Everybody on this street knew them,", "Marcus Hill"],
    ],
  },
  {
    name:
      "Winnipeg Free Press, culture: a board chair, a playwright then she, a play title, an emailed " +
      "statement, the 44-year-old added and a colon, a subscriber, a group's name",
    headline: "Red River Playhouse to close after 41 seasons, citing debt and empty seats",
    paragraphs: [
      "The Red River Playhouse, one of Winnipeg’s oldest independent theatres, will close at the end of " +
        "its current season, its board announced Tuesday, ending a 41-year run that launched the " +
        "careers of dozens of Manitoba actors and playwrights.",
      "“We have run out of road,” board chair Colleen Sawatzky said in an interview. “We owe about " +
        "$620,000, and ticket sales this year are 30 per cent below where they were before the " +
        "pandemic.”",
      "The theatre’s final production, a revival of Marjorie Pelletier’s 1989 comedy “The Last Perogy in " +
        "Transcona,” opens in April.",
      "Pelletier, 78, said she learned of the closure in a phone call on Monday night. “I cried, and " +
        "then I laughed, because of course the last show is going to be a comedy,” she said. “That " +
        "building gave me everything.”",
      "The Manitoba Arts Council said in an emailed statement it had given the playhouse $185,000 in " +
        "operating funding this year and was “saddened to see a company with this history close its " +
        "doors.”",
      "Artistic director Devon Tremblay, who took over the company in 2021, said the decision was made " +
        "with “heavy hearts” but was the responsible one. The 44-year-old added: “The worst thing we " +
        "could do is keep going and leave artists unpaid.”",
      "At the box office on Tuesday afternoon, longtime subscriber Harold Enns, 81, bought four tickets " +
        "to the final show. “I saw my first play here in 1984. I’ll see the last one too,” he said. A " +
        "Facebook group called “Save the Playhouse” had more than 3,000 members by Tuesday evening.",
    ],
    quotes: [
      ["We have run out of road,", "Colleen Sawatzky"],
      [
        "We owe about $620,000, and ticket sales this year are 30 per cent below where they were before " +
          "the pandemic.",
        "Colleen Sawatzky",
      ],
      [
        "I cried, and then I laughed, because of course the last show is going to be a comedy,",
        "Marjorie Pelletier",
      ],
      ["That building gave me everything.", "Marjorie Pelletier"],
      ["saddened to see a company with this history close its doors.", "The Manitoba Arts Council"],
      ["heavy hearts", "Devon Tremblay"],
      ["The worst thing we could do is keep going and leave artists unpaid.", "Devon Tremblay"],
      ["I saw my first play here in 1984. I’ll see the last one too,", "Harold Enns"],
    ],
  },
]);
