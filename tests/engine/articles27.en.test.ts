// A twenty-seventh round of composed English news articles, in the styles of outlets and beats the first
// twenty-six rounds did not use: The Nassau Guardian on a rent cap bill in the House of Assembly, the
// Kilkenny People at a theft case in Kilkenny District Court, MyJoyOnline on a Kumasi cocoa processor
// idling a grinding line, the Racing Post after the Betfair Chase at Haydock, Hong Kong Free Press on a
// Cantonese opera troupe's final season, the Anchorage Daily News on beavers spreading into the Arctic,
// The Northern Daily Leader on emergency waits at Tamworth Hospital, the Rotorua Daily Post on a village
// pool reopening in Ngongotahā, Mid-Day on a "digital arrest" scam in Andheri and The Telegram (St.
// John's) on a Bell Island ferry breakdown. Every article was written for these tests, blind, before the
// engine was run on them. Expected speakers follow the corpus guidelines: the fullest name the article
// gives, a body or a document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name:
      "The Nassau Guardian, politics: a headline partial in single marks by a minister named " +
      "only in the body and not repeated there, a bill's nickname in marks, according to a " +
      "department without a quote, Surname told the House then a verbless second quote, an " +
      "opposition spokesman with called and a partial, two men in one paragraph with the " +
      "second-named speaking, an inverted shot back with Surname, an association in a statement " +
      "with a partial, a single mother then she said",
    headline: "Rent cap bill ‘long overdue’, says housing minister as Opposition cries foul",
    paragraphs: [
      "The Residential Tenancies (Amendment) Bill, 2026 passed its second reading in the House " +
        "of Assembly yesterday after a debate that stretched past 10 p.m., with opposition MPs " +
        "warning that it would drive small landlords out of the market.",
      "Minister of Housing Kendrick Ferguson, who tabled the bill, said rents in New Providence had " +
        "risen by close to a third since 2022, according to the Department of Statistics. “There are " +
        "families in Nassau paying 60 per cent of what they earn to keep a roof over their heads,” " +
        "Ferguson told the House. “That is not a market. That is a crisis.”",
      "The bill, which government MPs have taken to calling the “Fair Rent Bill”, " +
        "would cap annual rent increases at five per cent and require landlords to " +
        "register every rental unit with the ministry.",
      "Killarney MP Darren Knowles, the Opposition’s spokesman on housing, called the measure a " +
        "“landlord’s nightmare dressed up as relief” and accused the government of rushing it through. " +
        "He said his colleague, St Anne’s MP Philip Rolle, had received more than 200 calls from " +
        "landlords in a week. “They are not rich people. They are retirees who built two apartments " +
        "behind the house so they could eat,” Rolle said.",
      "“We will not be lectured by people who did nothing for five years,” shot back " +
        "Ferguson, drawing shouts from both sides of the chamber.",
      "The Bahamas Real Estate Association, in a statement released before the " +
        "debate, said it supported registration but described the cap as “a blunt " +
        "instrument that will shrink the supply of rental housing”.",
      "Some tenants watched from the public gallery. Among them was Latoya Sweeting, a single mother " +
        "of three from Pinewood Gardens, whose rent has gone up twice in 18 months. “Every time the " +
        "letter come, I start counting again,” she said outside Parliament.",
      "The bill now goes to the Senate.",
    ],
    quotes: [
      ["long overdue", "Kendrick Ferguson"],
      [
        "There are families in Nassau paying 60 per cent of what they " +
          "earn to keep a roof over their heads,",
        "Kendrick Ferguson",
      ],
      ["That is not a market. That is a crisis.", "Kendrick Ferguson"],
      ["landlord’s nightmare dressed up as relief", "Darren Knowles"],
      [
        "They are not rich people. They are retirees who built two " +
          "apartments behind the house so they could eat,",
        "Philip Rolle",
      ],
      ["We will not be lectured by people who did nothing for five years,", "Kendrick Ferguson"],
      [
        "a blunt instrument that will shrink the supply of rental housing",
        "The Bahamas Real Estate Association",
      ],
      ["Every time the letter come, I start counting again,", "Latoya Sweeting"],
    ],
  },
  {
    name:
      "Kilkenny People, courts: a headline partial in single marks by a judge named only in " +
      "the body and repeated there word for word, a shop's name in marks, two women in one " +
      "paragraph with Sgt Surname said then a verbless second quote, a committee's letter with " +
      "the committee wrote, a solicitor with a one-word partial then Mr Surname said, a judge " +
      "with two partials then the judge said",
    headline: "Man who stole from Callan charity shop told to ‘pay back every cent’",
    paragraphs: [
      "A 41-year-old man who took more than €1,900 from the till of a Callan charity shop over four " +
        "months has been given until January to repay the money or face a custodial sentence.",
      "Declan Brennan, with an address at Green Street, Callan, pleaded guilty at " +
        "Kilkenny District Court to 14 counts of theft from the “Second Chances” shop on " +
        "Bridge Street, where he volunteered on Saturdays.",
      "Sergeant Aisling Dunne told the court the shop’s manager became suspicious when " +
        "weekend takings fell by almost half. The manager, Mary Costigan, installed a " +
        "camera behind the counter in June. “It broke her heart, to be honest,” Sgt Dunne " +
        "said. “She had known him since he was a child.”",
      "In a letter handed to the court, the shop’s committee said the losses had forced it to cut a " +
        "weekly grant to the local Meals on Wheels service. “Every euro taken from that till was a " +
        "euro taken from an older person’s dinner,” the committee wrote.",
      "Solicitor Kevin Phelan, for the accused, said his client had been “drowning” in gambling " +
        "debts at the time and had since attended Gamblers Anonymous in Kilkenny. “He is mortified, " +
        "Judge. He has not placed a bet since June,” Mr Phelan said.",
      "Judge Geraldine Carthy said the thefts were “mean and calculated” and had been committed " +
        "against people who trusted him. She told Brennan to “pay back every cent” and adjourned the " +
        "case to January 14th. “If the money is in court on that day, I will consider the Probation " +
        "Act. If it is not, he should bring a toothbrush,” the judge said.",
      "Brennan was remanded on continuing bail.",
    ],
    quotes: [
      ["pay back every cent", "Geraldine Carthy"],
      ["It broke her heart, to be honest,", "Aisling Dunne"],
      ["She had known him since he was a child.", "Aisling Dunne"],
      [
        "Every euro taken from that till was a euro taken from an older person’s dinner,",
        "the shop’s committee",
      ],
      ["drowning", "Kevin Phelan"],
      ["He is mortified, Judge. He has not placed a bet since June,", "Kevin Phelan"],
      ["mean and calculated", "Geraldine Carthy"],
      [
        "If the money is in court on that day, I will consider the Probation " +
          "Act. If it is not, he should bring a toothbrush,",
        "Geraldine Carthy",
      ],
    ],
  },
  {
    name:
      "MyJoyOnline, business: straight quotes, a brand's name in marks, a company's statement with " +
      "two partials, a managing director told JoyBusiness then he said, according to a board without " +
      "a quote, an inverted said with its executive secretary, an unnamed official with a partial, " +
      "an economist with he noted then Surname added with a colon",
    headline: "Kumasi cocoa processor to idle grinding line as bean shortage bites",
    paragraphs: [
      'Kumasi-based Nkabom Cocoa Processing Ltd, maker of the "Golden Pod" cocoa ' +
        "butter brand, will suspend one of its two grinding lines from December, " +
        "blaming a shortage of beans and the high cost of credit.",
      'In a statement issued on Tuesday, the company said it had received "less than 40 percent" ' +
        'of the beans contracted for the 2025/26 season and could "no longer run both lines at a ' +
        'viable cost". About 120 contract workers will be affected.',
      "Managing Director Kwabena Owusu-Ansah told JoyBusiness the decision was " +
        'painful but unavoidable. "We are a processor without beans. You cannot ' +
        'grind what you do not have," he said.',
      "Ghana's cocoa output fell to an estimated 530,000 tonnes last season, according to " +
        "the Ghana Cocoa Board (COCOBOD), well below the 800,000 tonnes the country produced " +
        "at its peak. Local processors are entitled to buy light-crop beans at a discount, but " +
        "say deliveries have been late and irregular.",
      'The Cocoa Processors Association of Ghana warned that others could follow. "If nothing ' +
        "changes by the first quarter, I would not be surprised if two or three more factories go " +
        'quiet," said its executive secretary, Abena Darko-Mensah.',
      "A COCOBOD official, who asked not to be named because he was not authorised to " +
        'speak to the media, said the board was "prioritising export contracts that bring ' +
        'in dollars" and would review allocations in January.',
      "Economist Kojo Amponsah of the University of Ghana Business School said the closure showed " +
        "the limits of the country's value-addition drive. \"We talk about processing half our beans " +
        'locally, but the policy has no teeth when the raw material is not there," he noted. Amponsah ' +
        'added: "It is the workers in Kumasi who will pay for this."',
    ],
    quotes: [
      ["less than 40 percent", "Nkabom Cocoa Processing Ltd"],
      ["no longer run both lines at a viable cost", "Nkabom Cocoa Processing Ltd"],
      ["We are a processor without beans. You cannot grind what you do not have,", "Kwabena Owusu-Ansah"],
      [
        "If nothing changes by the first quarter, I would not be " +
          "surprised if two or three more factories go quiet,",
        "Abena Darko-Mensah",
      ],
      ["prioritising export contracts that bring in dollars", "A COCOBOD official"],
      [
        "We talk about processing half our beans locally, but the policy has " +
          "no teeth when the raw material is not there,",
        "Kojo Amponsah",
      ],
      ["It is the workers in Kumasi who will pay for this.", "Kojo Amponsah"],
    ],
  },
  {
    name:
      "Racing Post, sport: single marks, a headline quote before a dash by a trainer named only in " +
      "the body and not repeated there, an inverted said with Surname then a verbless second quote, " +
      "a jockey as the 26-year-old then a verbless second quote, a rival trainer with he admitted " +
      "and a partial, a yard's nickname in marks, was all she would say",
    headline: "‘He’s the best I’ve trained, and I’ve had a few’ – Ballyduff Lad storms Betfair Chase",
    paragraphs: [
      "Ballyduff Lad put himself at the head of the Gold Cup market with a commanding " +
        "six-length success in the Betfair Chase at Haydock on Saturday, giving Harriet " +
        "Greaves the biggest win of her training career.",
      "The eight-year-old, sent off 9-2, jumped the last two fences with his ears pricked and " +
        "was cut to 5-1 from 14-1 for the Cheltenham Gold Cup by Paddy Power.",
      "‘I couldn’t watch the last half-mile, I was hiding behind the weighing room,’ said " +
        "Greaves, who trains 30 horses near Lambourn. ‘My dad saddled runners here for 40 " +
        "years and never won this. He’d have loved today.’",
      "Sean O’Driscoll was having only his second ride in a Grade 1. ‘He travelled like a dream the " +
        "whole way,’ the 26-year-old said. ‘When I asked him at the second-last he just went.’",
      "Runner-up Clonmore Star’s trainer Dermot Keane had no excuses. ‘We were " +
        "beaten by a better horse on the day,’ he admitted, though he expects his " +
        "stable star to ‘come on plenty for the run’.",
      "Greaves’ yard is known locally as ‘the Hen House’ because of its all-female " +
        "team. She confirmed Ballyduff Lad would have one more run, most likely in " +
        "the Cotswold Chase at Cheltenham in January.",
      "Asked whether Ballyduff Lad was now the one to beat in March, " +
        "Greaves smiled. ‘We’ll see,’ was all she would say.",
    ],
    quotes: [
      ["He’s the best I’ve trained, and I’ve had a few", "Harriet Greaves"],
      ["I couldn’t watch the last half-mile, I was hiding behind the weighing room,", "Harriet Greaves"],
      [
        "My dad saddled runners here for 40 years and never won this. He’d have loved today.",
        "Harriet Greaves",
      ],
      ["He travelled like a dream the whole way,", "Sean O’Driscoll"],
      ["When I asked him at the second-last he just went.", "Sean O’Driscoll"],
      ["We were beaten by a better horse on the day,", "Dermot Keane"],
      ["come on plenty for the run", "Dermot Keane"],
      ["We’ll see,", "Harriet Greaves"],
    ],
  },
  {
    name:
      "Hong Kong Free Press, culture: a standfirst quote with says and a role by a performer " +
      "named only in the body and not repeated there, two opera titles in marks, a label in " +
      "marks that nobody is said to have used, Surname told HKFP, she recalled with a colon " +
      "and a quote running over two paragraphs, a department's reply with two partials, a " +
      "young percussionist then he said",
    headline: "Hong Kong’s oldest private Cantonese opera troupe to take final bow after 68 years",
    standfirst: "“We are not dying, we are just tired,” says troupe’s lead performer",
    paragraphs: [
      "The Chun Fai Cantonese Opera Troupe, one of the last privately run companies " +
        "in the city, will stage its final season at the Ko Shan Theatre in Hung Hom " +
        "next March, its management announced on Monday.",
      "The troupe, founded in 1958 by the actor Leung Sze-kit, will close with runs of “The Purple " +
        "Hairpin” and “Princess Changping”, two classics by the playwright Tong Tik-sang. Cantonese " +
        "opera has long been labelled a “sunset industry” in Hong Kong.",
      "Lead performer Lam Wai-ying, 71, who joined the troupe as a 14-year-old apprentice, " +
        "said rising rents and shrinking audiences had made the decision inevitable. “Every " +
        "year we sold fewer tickets and paid more for the hall. At some point you have to look " +
        "at the numbers and be honest,” Lam told HKFP.",
      "She recalled the troupe’s early years: “When I started, we performed in bamboo " +
        "theatres in the New Territories for festivals that lasted a week. The whole " +
        "village came, and the children slept under the stage.",
      "“Now the young people know Cantonese opera from their grandmother’s radio, if they know it at all.”",
      "The Leisure and Cultural Services Department said in a reply to HKFP that it had " +
        "offered the troupe “priority booking” at several venues and would “continue to " +
        "support the sustainable development” of the art form.",
      "Chan Ka-lok, a 29-year-old who learned the percussion parts from the troupe’s drummer, plans " +
        "to keep some of its repertoire alive with a smaller group. “Maybe not in a big theatre. Maybe " +
        "in a community hall with 80 seats. But it will be played,” he said.",
    ],
    quotes: [
      ["We are not dying, we are just tired,", "Lam Wai-ying"],
      [
        "Every year we sold fewer tickets and paid more for the hall. At some " +
          "point you have to look at the numbers and be honest,",
        "Lam Wai-ying",
      ],
      [
        "When I started, we performed in bamboo theatres in the New Territories for festivals that " +
          "lasted a week. The whole village came, and the children slept under the stage.",
        "Lam Wai-ying",
      ],
      [
        "Now the young people know Cantonese opera from their grandmother’s radio, if they know it at all.",
        "Lam Wai-ying",
      ],
      ["priority booking", "The Leisure and Cultural Services Department"],
      ["continue to support the sustainable development", "The Leisure and Cultural Services Department"],
      [
        "Maybe not in a big theatre. Maybe in a community hall with 80 seats. But it will be played,",
        "Chan Ka-lok",
      ],
    ],
  },
  {
    name:
      "Anchorage Daily News, science: according to a study without a quote, the study " +
      "describes with a partial, an inverted said with the lead author then a verbless second " +
      "quote, two women in one paragraph with she said for the second-named, a hunter with " +
      "his age then Surname said, a project's name in marks, a department biologist then he " +
      "said, Surname said then a verbless quote",
    headline: "Beavers are moving into Alaska’s Arctic, and warming the streams they dam, study finds",
    paragraphs: [
      "Beavers have built more than 11,000 new ponds across Northwest Alaska since 2000, and the " +
        "dams are warming streams and thawing the permafrost beneath them, according to a study " +
        "published this week by researchers at the University of Alaska Fairbanks.",
      "The study, published in the journal Environmental Research Letters, describes the " +
        "spread as “an ecosystem engineer arriving in a landscape that has never had to " +
        "accommodate one.” It used satellite images to map ponds on the Baldwin Peninsula " +
        "and in the Noatak and Kobuk river basins.",
      "“Every pond is a little heat battery,” said Kirsten Moe, a UAF permafrost ecologist " +
        "and the study’s lead author. “The water holds warmth through the fall, and the " +
        "ground under it doesn’t freeze back the way it used to.”",
      "Moe and her co-author, Ingrid Halvorsen of the U.S. Geological Survey, found that stream " +
        "temperatures below some dams were 2 to 4 degrees Fahrenheit warmer in late summer. Halvorsen " +
        "cautioned that the effect on fish was not yet clear. “Warmer water can help some young fish " +
        "grow faster, but it can also hold less oxygen,” she said.",
      "In Noorvik, residents have noticed. Raymond Wesley, 63, who has hunted and fished along the " +
        "Kobuk since he was a boy, said the animals reached his stretch of river about 15 years ago. " +
        "“We never had beavers up here. My dad would have laughed if you told him,” Wesley said.",
      "The Alaska Department of Fish and Game tracks the animals through a citizen-science project " +
        "called “Beavers in the Arctic,” in which hunters report new dams by text message. Department " +
        "biologist Carl Pruitt said the agency had no plans to manage the population. “They’re native " +
        "to Alaska. They’re just going places they couldn’t go when it was colder,” he said.",
      "Moe said the team plans to return to the Baldwin Peninsula next summer to drill cores " +
        "beneath several ponds. “What we don’t know yet is how deep that warmth goes.”",
    ],
    quotes: [
      ["an ecosystem engineer arriving in a landscape that has never had to accommodate one.", "The study"],
      ["Every pond is a little heat battery,", "Kirsten Moe"],
      [
        "The water holds warmth through the fall, and the ground under " +
          "it doesn’t freeze back the way it used to.",
        "Kirsten Moe",
      ],
      [
        "Warmer water can help some young fish grow faster, but it can also hold less oxygen,",
        "Ingrid Halvorsen",
      ],
      ["We never had beavers up here. My dad would have laughed if you told him,", "Raymond Wesley"],
      [
        "They’re native to Alaska. They’re just going places they couldn’t go when it was colder,",
        "Carl Pruitt",
      ],
      ["What we don’t know yet is how deep that warmth goes.", "Kirsten Moe"],
    ],
  },
  {
    name:
      "The Northern Daily Leader, health: a headline quote in single marks before a colon by a " +
      "grandmother named only in the body and repeated there, according to a bureau's report " +
      "without a quote, Mrs Surname said then a verbless second quote, a health district with a " +
      "partial then the district said, a union delegate with a partial then she said, an inverted " +
      "said with Mr Surname who described with a partial",
    headline: "‘Eleven hours on a plastic chair’: Tamworth Hospital emergency waits worst in the state",
    paragraphs: [
      "Patients at Tamworth Hospital’s emergency department waited longer to start treatment than at " +
        "any other major regional hospital in NSW in the September quarter, new figures show.",
      "Only 48 per cent of patients started treatment on time, against a state average of 64 per " +
        "cent, according to the Bureau of Health Information’s latest quarterly report.",
      "West Tamworth grandmother Robyn Cutler, 67, took her granddaughter in with a broken " +
        "wrist in August. “Eleven hours on a plastic chair,” Mrs Cutler said. “She’s nine. " +
        "She didn’t complain once, but I was ready to scream.”",
      "Hunter New England Local Health District said it had opened eight extra short-stay " +
        "beds in October and was recruiting “an additional 12 emergency nurses” for summer. " +
        "“We acknowledge that some patients have waited longer than we would like, and we " +
        "apologise to them,” the district said.",
      "NSW Nurses and Midwives’ Association branch delegate Kylie Moffitt said staff were " +
        "“running on fumes”. “You finish a double shift, you get home, and the hospital is " +
        "texting you asking if you can come back in,” she said.",
      "Tamworth MP Grant Lovell has written to the Health Minister seeking an " +
        "urgent meeting. “Country people are not second-class patients,” said Mr " +
        "Lovell, who described the figures as “a disgrace”.",
      "The bureau’s next report is due in February.",
    ],
    quotes: [
      ["Eleven hours on a plastic chair,", "Robyn Cutler"],
      ["She’s nine. She didn’t complain once, but I was ready to scream.", "Robyn Cutler"],
      ["an additional 12 emergency nurses", "Hunter New England Local Health District"],
      [
        "We acknowledge that some patients have waited longer than we " +
          "would like, and we apologise to them,",
        "Hunter New England Local Health District",
      ],
      ["running on fumes", "Kylie Moffitt"],
      [
        "You finish a double shift, you get home, and the hospital is " +
          "texting you asking if you can come back in,",
        "Kylie Moffitt",
      ],
      ["Country people are not second-class patients,", "Grant Lovell"],
      ["a disgrace", "Grant Lovell"],
    ],
  },
  {
    name:
      "Rotorua Daily Post, local life: present-tense says, a pool's nickname in marks, a trust " +
      "chairwoman with a partial then she says, two women in one paragraph with a verbless quote " +
      "by the second-named just introduced, a council manager then Surname says, a boy with his " +
      "age then the Year 6 pupil says and a second quote",
    headline: "Ngongotahā pool reopens after three-year fight",
    paragraphs: [
      "Children were queueing at the gate half an hour before opening on Saturday as " +
        "Ngongotahā’s community pool reopened for the first time since the 2023 floods.",
      "The pool, known to generations of locals as “the Tank”, was badly damaged when the " +
        "Ngongotahā Stream burst its banks in May 2023. A community trust raised $640,000 to " +
        "rebuild it, with a further $300,000 from Rotorua Lakes Council.",
      "Trust chairwoman Aroha Ngata says the reopening is “a win for every family that couldn’t " +
        "afford to drive into town for a swim”. “We had cake stalls, a quiz night, a golf day, a " +
        "hāngī. If there was a way to raise $20, we tried it,” she says.",
      "Ngata’s fellow trustee Bev Simpkins ran the pool’s kiosk for 22 years before the flood. “I " +
        "cried when I saw the mud in it. I cried again this morning, but for a different reason.”",
      "Council community facilities manager Daniel Rewi says the council’s contribution " +
        "came from its flood recovery fund. “The community did the hard yards here. Our " +
        "job was to help get it over the line,” Rewi says.",
      "First into the water was 10-year-old Mikaere Tapsell. “It’s colder than I remembered,” " +
        "the Year 6 pupil says. “But it’s still the best pool in Rotorua.”",
      "The pool is open from 10am to 6pm daily until the end of March. Entry is free for under-5s.",
    ],
    quotes: [
      ["a win for every family that couldn’t afford to drive into town for a swim", "Aroha Ngata"],
      [
        "We had cake stalls, a quiz night, a golf day, a hāngī. If " +
          "there was a way to raise $20, we tried it,",
        "Aroha Ngata",
      ],
      [
        "I cried when I saw the mud in it. I cried again this morning, but for a different reason.",
        "Bev Simpkins",
      ],
      ["The community did the hard yards here. Our job was to help get it over the line,", "Daniel Rewi"],
      ["It’s colder than I remembered,", "Mikaere Tapsell"],
      ["But it’s still the best pool in Rotorua.", "Mikaere Tapsell"],
    ],
  },
  {
    name:
      "Mid-Day, crime: straight quotes, a term in single marks in the headline and in double marks " +
      "as so-called, according to an FIR without a quote, a scare-quoted title, an unnamed " +
      "complainant told mid-day then a verbless second quote, what the callers described as with a " +
      "one-word partial, an inverted said with the son, an inverted said with a senior inspector " +
      "then Surname said, a police advisory with a partial",
    headline: "Andheri senior citizen loses Rs 1.2 crore in 'digital arrest' scam",
    paragraphs: [
      "A 72-year-old retired bank officer from Andheri West was allegedly duped of Rs 1.2 " +
        "crore by fraudsters who posed as CBI and Mumbai Police officers and kept him under a " +
        'so-called "digital arrest" for nine days, police said.',
      "According to the FIR registered at the West Region cyber police station, the complainant " +
        "received a call on November 3 from a man who claimed that a parcel in his name containing " +
        "drugs and passports had been seized at Mumbai airport. The caller then connected him on a " +
        'video call to a "senior officer" in uniform.',
      '"They told me I was being watched, that I could not tell anyone, not even ' +
        'my wife," the complainant told mid-day. "They said if I cut the call, a ' +
        'team would come to arrest me within the hour."',
      "Over the next nine days, he transferred money from fixed deposits and his PPF account into " +
        'six bank accounts for what the callers described as "verification".',
      'The fraud came to light only when his son visited from Pune on November 12. "He had not ' +
        'been eating. He kept looking at his phone like it was going to bite him," said the son, ' +
        "who took him to the police station the same evening.",
      '"These gangs read the news too. They know which agencies people fear, and they use those ' +
        'names," said Senior Inspector Suvarna Patil of the West Region cyber police, adding that Rs ' +
        '18 lakh had been frozen so far. "No agency in India arrests anyone over a video call. If ' +
        'someone says you are under digital arrest, disconnect and dial 1930," Patil said.',
      "In an advisory issued last month, Mumbai Police urged senior citizens to " +
        '"talk to family before you transfer a single rupee".',
    ],
    quotes: [
      [
        "They told me I was being watched, that I could not tell anyone, not even my wife,",
        "the complainant",
      ],
      ["They said if I cut the call, a team would come to arrest me within the hour.", "the complainant"],
      ["verification", "the callers"],
      ["He had not been eating. He kept looking at his phone like it was going to bite him,", "the son"],
      [
        "These gangs read the news too. They know which agencies people fear, and they use those names,",
        "Suvarna Patil",
      ],
      [
        "No agency in India arrests anyone over a video call. If someone says you " +
          "are under digital arrest, disconnect and dial 1930,",
        "Suvarna Patil",
      ],
      ["talk to family before you transfer a single rupee", "Mumbai Police"],
    ],
  },
  {
    name:
      "The Telegram (St. John's), transport: what a department called with a partial, a mayor then " +
      "Surname said and a verbless second quote, a Facebook group's name in marks, a nurse with she " +
      "wrote, the department in a statement with a partial, an inverted said with an opposition " +
      "critic, a minister told reporters then Surname said and a verbless second quote",
    todo:
      "«a hydraulic issue with the stern ramp.» goes to the Department of Transportation and " +
      "Infrastructure, not The Department of Transportation and Infrastructure; «within 48 hours, " +
      "weather permitting.» goes to the Department of Transportation and Infrastructure, not The " +
      "Department of Transportation and Infrastructure",
    headline: "Bell Island commuters stranded again as ferry breakdown halves service",
    paragraphs: [
      "Bell Island commuters faced waits of up to three hours Monday after one of the two " +
        "ferries on the Portugal Cove run was pulled from service with a mechanical problem, " +
        "the third breakdown on the route since September.",
      "The MV Legionnaire was taken out of service early Monday with what the Department of " +
        "Transportation and Infrastructure called “a hydraulic issue with the stern ramp.” " +
        "The MV Flanders was left to handle the crossing alone.",
      "Wabana Mayor Cathy Kent said her phone had not stopped ringing. “People are missing " +
        "medical appointments in St. John’s. People are losing shifts,” Kent said. “We are an " +
        "island of 2,000 people and this boat is our only road.”",
      "Jennifer Parsons, a nurse who commutes daily to the Health Sciences Centre, posted to the " +
        "“Bell Island Ferry Updates” Facebook group that she had spent more time in the lineup than " +
        "at work. “Left the house at 5:30, got to work at 10,” she wrote.",
      "In a statement, the department said a replacement part was being shipped from Halifax and " +
        "that the Legionnaire should be back “within 48 hours, weather permitting.”",
      "“This government has known for six years that the Legionnaire was a lemon,” " +
        "said Opposition transportation critic Barry Newhook.",
      "Transportation Minister Derek Penney told reporters at Confederation Building that a new " +
        "vessel is being designed but will not be in service before 2029. “I’m not going to stand here " +
        "and pretend that’s good enough for the people of Bell Island,” Penney said. “It isn’t.”",
    ],
    quotes: [
      ["a hydraulic issue with the stern ramp.", "The Department of Transportation and Infrastructure"],
      ["People are missing medical appointments in St. John’s. People are losing shifts,", "Cathy Kent"],
      ["We are an island of 2,000 people and this boat is our only road.", "Cathy Kent"],
      ["Left the house at 5:30, got to work at 10,", "Jennifer Parsons"],
      ["within 48 hours, weather permitting.", "The Department of Transportation and Infrastructure"],
      ["This government has known for six years that the Legionnaire was a lemon,", "Barry Newhook"],
      [
        "I’m not going to stand here and pretend that’s good enough for the people of Bell Island,",
        "Derek Penney",
      ],
      ["It isn’t.", "Derek Penney"],
    ],
  },
]);
