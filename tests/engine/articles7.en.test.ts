// A seventh round of composed English news articles, in the styles of outlets and beats the first six
// rounds (articles.en to articles6.en) did not use: the Toronto Star on a city budget, The Boston Globe
// at a sentencing, The Denver Post on wolves and cattle, The New Zealand Herald on an All Blacks squad,
// the Hindustan Times on Delhi's air, the Evening Standard on a cancelled West End revival, The Herald
// (Glasgow) on a teachers' ballot, CalMatters on an insurance bill, The Verge on a smart ring, Euronews
// on a farmers' protest in Brussels and the Irish Examiner on a plant closure. Every article was written
// for these tests, before the engine was run on them. Expected speakers follow the corpus guidelines:
// the fullest name the article gives, a body or a document as written, an unnamed source by its shortest
// identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "Toronto Star, city budget: Coun. and ward in brackets, the budget chief, a deputant, the mayor",
    headline: "Council approves 6.9% property tax hike after marathon budget debate",
    paragraphs: [
      "Toronto city council approved a 6.9 per cent residential property tax increase late Wednesday, " +
        "ending a 12-hour debate in which councillors clashed over police spending, transit service and " +
        "the cost of clearing snow.",
      "“Nobody on this council wanted to be here,” Mayor Helen Marchetti told reporters after the vote. " +
        "“But the city's finances were left in a hole, and we are climbing out of it one budget at a time.”",
      "Coun. Dianne Okafor (Ward 13, Toronto Centre), the city's budget chief, said the increase would add " +
        "about $280 to the average homeowner's bill. “That is real money for people, and I don't pretend " +
        "otherwise,” she said.",
      "Coun. Brad Hollis (Ward 16, Don Valley East) tried and failed to hold the increase to 4 per cent by " +
        "trimming a planned expansion of TTC bus service. He called the budget “a tax grab dressed up as a " +
        "transit plan.”",
      "The police budget rose by $46 million to $1.3 billion. Police Chief Marcus Dwyer, who had asked for " +
        "more, said the service would “do what we can with what we've been given.”",
      "Among the dozens of residents who addressed the budget committee in January was Lucia Ferreira, a " +
        "retired nurse who lives alone in a Scarborough bungalow. “I am on a pension. Every increase comes " +
        "out of my groceries,” she told councillors.",
      "The mayor said she would press Ottawa and Queen's Park again for help with the cost of refugee " +
        "shelters, which the city says reached $250 million last year. “We cannot keep asking property " +
        "taxpayers to carry a federal responsibility,” Marchetti said.",
    ],
    quotes: [
      ["Nobody on this council wanted to be here,", "Helen Marchetti"],
      [
        "But the city's finances were left in a hole, and we are climbing out of it one budget at a time.",
        "Helen Marchetti",
      ],
      ["That is real money for people, and I don't pretend otherwise,", "Dianne Okafor"],
      ["a tax grab dressed up as a transit plan.", "Brad Hollis"],
      ["do what we can with what we've been given.", "Marcus Dwyer"],
      ["I am on a pension. Every increase comes out of my groceries,", "Lucia Ferreira"],
      ["We cannot keep asking property taxpayers to carry a federal responsibility,", "Helen Marchetti"],
    ],
  },
  {
    name: "The Boston Globe, sentencing: a mother named later, a prosecutor, the defendant, the judge",
    headline: "Dorchester man gets 18 years for fatal shooting outside Fields Corner bar",
    paragraphs: [
      "A Dorchester man who shot and killed a 24-year-old outside a Fields Corner bar two summers ago was " +
        "sentenced Tuesday to 18 to 20 years in state prison, after a hearing in which the victim's mother " +
        "told him she had “stopped counting the days” since her son's death.",
      "Jamal Pierce, 31, pleaded guilty last month to manslaughter and unlawful possession of a firearm in " +
        "the death of Kevin Tran, a line cook who had stepped outside the bar on Dorchester Avenue to take " +
        "a phone call.",
      "“Kevin did not know this man. He did not argue with him. He was on the phone with his girlfriend,” " +
        "Assistant District Attorney Rachel Kim told Suffolk Superior Court Judge Mark Hennessy. She had " +
        "asked for 22 years.",
      "Tran's mother, Linh Tran, read her statement through an interpreter, holding a photograph of her " +
        "son in a graduation gown. “I stopped counting the days because the number got too big,” she said. " +
        "“I want him to count them instead.”",
      "Pierce's lawyer, Daniel Okonjo, said his client had been drinking heavily and had “no memory of " +
        "pulling the trigger,” which he said was no excuse. “He knows that a family lost a son because of " +
        "him,” Okonjo said.",
      "Pierce, wearing a gray sweatshirt, turned toward the gallery before the sentence was read. “I'm " +
        "sorry. I know that don't mean nothing to you, but I'm sorry,” he said.",
      "Hennessy said the sentence reflected both the plea and “the complete senselessness of what happened " +
        "on that sidewalk.”",
    ],
    quotes: [
      ["stopped counting the days", "Linh Tran"],
      [
        "Kevin did not know this man. He did not argue with him. He was on the phone with his girlfriend,",
        "Rachel Kim",
      ],
      ["I stopped counting the days because the number got too big,", "Linh Tran"],
      ["I want him to count them instead.", "Linh Tran"],
      ["no memory of pulling the trigger,", "Daniel Okonjo"],
      ["He knows that a family lost a son because of him,", "Daniel Okonjo"],
      ["I'm sorry. I know that don't mean nothing to you, but I'm sorry,", "Jamal Pierce"],
      ["the complete senselessness of what happened on that sidewalk.", "Mark Hennessy"],
    ],
  },
  {
    name: "The Denver Post, wolves: a news release, a rancher, an advocate by email, a commissioner",
    todo: "“the agency said” is not linked back to the body the article named (Colorado Parks and Wildlife)",
    headline: "Wolves kill two more calves in Grand County, state wildlife officials confirm",
    paragraphs: [
      "A pack of gray wolves killed two calves on a ranch near Kremmling last week, Colorado Parks and " +
        "Wildlife confirmed Monday, the third confirmed attack on livestock in Grand County since January.",
      "In a news release, the agency said its staff had found “evidence consistent with wolf depredation” " +
        "on both carcasses and that it was working with the rancher on compensation.",
      "Rancher Cody Lindgren, whose family has run cattle on the land since 1948, said he found the first " +
        "calf on Thursday morning. “You raise them from the day they're born, and then you find what's " +
        "left of them in the willows,” Lindgren said. “The compensation check doesn't fix that.”",
      "State law requires Colorado to pay ranchers for livestock lost to wolves, up to $15,000 an animal. " +
        "Lindgren said the process took months and asked ranchers to prove losses that were often " +
        "impossible to document.",
      "Wildlife advocates said the attacks showed the need for more nonlethal measures, such as range " +
        "riders and fladry, the lines of flags that can keep wolves away from pastures. “Killing wolves is " +
        "not a plan,” Samantha Ruiz, Rocky Mountain director for the conservation group WildEarth " +
        "Alliance, wrote in an email. “Keeping them away from cattle is.”",
      "At a meeting of the Parks and Wildlife Commission in Denver on Thursday, commissioner Gabriel " +
        "Archuleta, who raises sheep near Gunnison, said the state had promised ranchers it would act " +
        "quickly when wolves became a problem. “We are past that point in Grand County,” he said.",
    ],
    quotes: [
      ["evidence consistent with wolf depredation", "Colorado Parks and Wildlife"],
      [
        "You raise them from the day they're born, and then you find what's left of them in the willows,",
        "Cody Lindgren",
      ],
      ["The compensation check doesn't fix that.", "Cody Lindgren"],
      ["Killing wolves is not a plan,", "Samantha Ruiz"],
      ["Keeping them away from cattle is.", "Samantha Ruiz"],
      ["We are past that point in Grand County,", "Gabriel Archuleta"],
    ],
  },
  {
    name: "The New Zealand Herald, All Blacks: straight quotes, the 23-year-old, told the Herald, a colon",
    headline: "All Blacks: Uncapped Crusaders lock named in squad for northern tour",
    paragraphs: [
      "Crusaders lock Tom Vaimoana is the only uncapped player in a 36-man All Blacks squad named on " +
        "Monday for the end-of-year tour of Ireland, France and England.",
      "Coach Scott Harlow said the 23-year-old had earned his place with a consistent Super Rugby season. " +
        "\"He's a big man who does the hard work nobody sees, and he's been doing it every week,\" Harlow " +
        'said at the squad announcement in Auckland. "We think he\'s ready."',
      "Vaimoana, who was at training in Christchurch when he got the call, told the Herald he had rung his " +
        'mother first. "She cried, and then she told me to get a haircut," he said.',
      "There was no place for veteran halfback Aaron Whitcombe, who has 61 tests. Harlow said he had " +
        'spoken with Whitcombe on Sunday: "It was a hard conversation. Aaron has been a great servant of ' +
        "the jersey and the door isn't closed.\"",
      "Former All Blacks captain Jon Keane, speaking on Newstalk ZB, questioned the omission. \"You don't " +
        'leave your most experienced No 9 at home for a tour like this one," Keane said. "Those are the ' +
        'games where you need someone who has seen it all before."',
      "The All Blacks open the tour against Ireland in Dublin on November 8.",
    ],
    quotes: [
      [
        "He's a big man who does the hard work nobody sees, and he's been doing it every week,",
        "Scott Harlow",
      ],
      ["We think he's ready.", "Scott Harlow"],
      ["She cried, and then she told me to get a haircut,", "Tom Vaimoana"],
      [
        "It was a hard conversation. Aaron has been a great servant of the jersey and the door isn't " +
          "closed.",
        "Scott Harlow",
      ],
      ["You don't leave your most experienced No 9 at home for a tour like this one,", "Jon Keane"],
      ["Those are the games where you need someone who has seen it all before.", "Jon Keane"],
    ],
  },
  {
    name: "Hindustan Times, Delhi air: a category in marks, an order, a doctor, an official not named",
    headline: "Delhi AQI slips to 'severe' as Grap stage 3 curbs kick in",
    paragraphs: [
      'New Delhi: Delhi\'s air quality slipped into the "severe" category on Thursday for the first time ' +
        "this season, prompting the Commission for Air Quality Management (CAQM) to invoke stage 3 of the " +
        "Graded Response Action Plan (Grap) across the National Capital Region.",
      "The city's 24-hour average air quality index (AQI) stood at 412 at 4pm, according to the Central " +
        "Pollution Control Board's daily bulletin, up from 356 a day earlier.",
      'In its order, the CAQM said the deterioration was driven by "calm winds, low mixing height and a ' +
        'rise in farm fire counts" in Punjab and Haryana, and directed schools to shift primary classes ' +
        "online.",
      "Dr Rakesh Mehrotra, head of pulmonary medicine at a government hospital in south Delhi, said " +
        'outpatient visits for breathing problems had risen by nearly a third in the past week. "We are ' +
        "seeing children and elderly patients who had been stable for months coming back with severe " +
        'wheezing," he said. "For them, this air is not an inconvenience. It is an emergency."',
      "A senior official of the Delhi Pollution Control Committee, who asked not to be named, said " +
        'enforcement teams had been told to act against construction sites violating the ban. "There will ' +
        'be no warnings this time, only challans," the official said.',
      'Delhi environment minister Kavita Rawat blamed stubble burning in neighbouring states. "Delhi ' +
        "cannot fight this alone. What is burning in Punjab's fields ends up in our children's lungs,\" " +
        "she told reporters.",
      "In east Delhi's Anand Vihar, where the AQI touched 460, e-rickshaw driver Mohammad Salim, 42, said " +
        'he had no choice but to keep working. "If I stay home because of the smoke, who will pay the ' +
        'rent?" he said.',
    ],
    quotes: [
      [
        "calm winds, low mixing height and a rise in farm fire counts",
        "the Commission for Air Quality Management",
      ],
      [
        "We are seeing children and elderly patients who had been stable for months coming back with " +
          "severe wheezing,",
        "Rakesh Mehrotra",
      ],
      ["For them, this air is not an inconvenience. It is an emergency.", "Rakesh Mehrotra"],
      [
        "There will be no warnings this time, only challans,",
        "A senior official of the Delhi Pollution Control Committee",
      ],
      [
        "Delhi cannot fight this alone. What is burning in Punjab's fields ends up in our children's lungs,",
        "Kavita Rawat",
      ],
      ["If I stay home because of the smoke, who will pay the rent?", "Mohammad Salim"],
    ],
  },
  {
    name: "Evening Standard, West End: a producer's statement, Instagram, told the Standard, a union",
    headline: "West End revival of The Deep Blue Sea cancelled a week before previews",
    paragraphs: [
      "A starry revival of Terence Rattigan's The Deep Blue Sea has been cancelled a week before it was " +
        "due to begin previews at the Apollo Theatre, after its producers said they could not secure " +
        "insurance for the production.",
      'In a statement on Tuesday, Lantern Productions said it had taken the decision "with enormous ' +
        'regret" and that all ticket holders would be refunded in full.',
      "The production's lead, Olivia Hart, who was to play Hester Collyer, posted on Instagram that she " +
        'was "heartbroken". "We had built something I was really proud of," she wrote. "I hope one ' +
        'day we get to show it to you."',
      "Director Samuel Okoro told the Standard the company had learned of the cancellation at the end of a " +
        'run-through on Monday afternoon. "People were still in costume. Some of them had turned down ' +
        'other work to do this, and now they have nothing until the spring," he said.',
      "The cancellation is the second on Shaftesbury Avenue this year. Equity, the performers' union, " +
        "called for producers to be made to pay cast and crew for the full rehearsal period when a show is " +
        'pulled. "Actors should not be the ones who carry the risk when a production collapses," said ' +
        "Rhiannon Webb, Equity's industrial official for the West End.",
      "The Apollo's owner said it was in talks to bring another show into the venue before Christmas.",
    ],
    quotes: [
      ["with enormous regret", "Lantern Productions"],
      ["heartbroken", "Olivia Hart"],
      ["We had built something I was really proud of,", "Olivia Hart"],
      ["I hope one day we get to show it to you.", "Olivia Hart"],
      [
        "People were still in costume. Some of them had turned down other work to do this, and now they " +
          "have nothing until the spring,",
        "Samuel Okoro",
      ],
      ["Actors should not be the ones who carry the risk when a production collapses,", "Rhiannon Webb"],
    ],
  },
  {
    name: "The Herald, Scottish schools: a union's initials, She added:, a spokeswoman said:, Cosla",
    headline: "Teachers to be balloted on strike action over class contact time",
    paragraphs: [
      "Scotland's largest teaching union is to ballot its members on strike action after accusing the " +
        "Scottish Government of breaking a promise to cut the time teachers spend in front of classes.",
      "The Educational Institute of Scotland (EIS) said ministers had committed in 2021 to reducing class " +
        'contact time by 90 minutes a week but that "not a single minute" had been delivered.',
      'Morag Sinclair, the EIS general secretary, said teachers were "exhausted and angry". She added: ' +
        '"Teachers have been patient. They have been told again and again that this is coming, and they ' +
        'have watched it slip further away every year."',
      'A Scottish Government spokeswoman said: "We remain committed to reducing class contact time and ' +
        "are working with Cosla and teaching unions on how best to deliver this. Strike action is in " +
        "no-one's interests, least of all pupils.\"",
      "Cosla, which represents Scotland's councils, said local authorities could not reduce contact time " +
        "without more funding to hire teachers. Its children and young people spokeswoman, Councillor " +
        'Fiona Leckie, said: "Councils want this to happen, but it has to be paid for."',
      "Parent Gillian Baird, whose two children attend primary school in Paisley, said families had " +
        'already lost weeks of learning to industrial action. "I support the teachers, I really do, but ' +
        "my son's class has had three different supply teachers since August,\" she said.",
    ],
    quotes: [
      ["not a single minute", "The Educational Institute of Scotland"],
      ["exhausted and angry", "Morag Sinclair"],
      [
        "Teachers have been patient. They have been told again and again that this is coming, and they " +
          "have watched it slip further away every year.",
        "Morag Sinclair",
      ],
      [
        "We remain committed to reducing class contact time and are working with Cosla and teaching unions " +
          "on how best to deliver this. Strike action is in no-one's interests, least of all pupils.",
        "A Scottish Government spokeswoman",
      ],
      ["Councils want this to happen, but it has to be paid for.", "Fiona Leckie"],
      [
        "I support the teachers, I really do, but my son's class has had three different supply teachers " +
          "since August,",
        "Gillian Baird",
      ],
    ],
  },
  {
    name: "CalMatters, Legislature: a bill's author, an industry group's president, an advocate",
    headline: "California bill would force insurers to cover homes that meet wildfire safety standards",
    paragraphs: [
      "A bill moving through the California Legislature would require home insurers to offer policies to " +
        "homeowners who harden their properties against wildfire, a response to a crisis that has left " +
        "hundreds of thousands of Californians scrambling for coverage.",
      "Assemblymember Lena Barajas, a Democrat from Santa Rosa who wrote the bill, said insurers had spent " +
        "years telling homeowners to clear brush and replace their roofs without promising anything in " +
        "return. “We asked people to do the work. Now the companies have to hold up their end,” Barajas " +
        "said in an interview with CalMatters.",
      "The bill passed the Assembly Insurance Committee 11-3 on Wednesday. It now goes to the " +
        "Appropriations Committee.",
      "The Personal Insurance Federation of California, which represents many of the state's largest " +
        "insurers, opposes it. Its president, Rex Dunham, told the committee that the bill would “tie " +
        "insurers' hands” at a time when they were already leaving the market. “Mandates don't bring " +
        "companies back. Rates that reflect the risk do,” he said.",
      "Consumer Watchdog, a Los Angeles-based advocacy group, supports the bill but says it does not go " +
        "far enough. “This is a first step, and a modest one,” said Priya Raman, the group's executive " +
        "director.",
      "The state's insurance commissioner has not taken a position. A spokesperson for the Department of " +
        "Insurance said the department was “reviewing the bill's language” and would keep working with the " +
        "author.",
    ],
    quotes: [
      ["We asked people to do the work. Now the companies have to hold up their end,", "Lena Barajas"],
      ["tie insurers' hands", "Rex Dunham"],
      ["Mandates don't bring companies back. Rates that reflect the risk do,", "Rex Dunham"],
      ["This is a first step, and a modest one,", "Priya Raman"],
      ["reviewing the bill's language", "A spokesperson for the Department of Insurance"],
    ],
  },
  {
    name: "The Verge, smart ring: what the company calls, tells The Verge, a blog post, a researcher",
    todo: "“the company calls”, “the company says” not linked to the company the article named (Pebblewave)",
    headline: "Pebblewave's new smart ring wants to replace your fitness tracker — and your car keys",
    paragraphs: [
      "Pebblewave, the startup behind last year's surprisingly good Loop sleep tracker, is back with a " +
        "second ring, and this time it does a lot more than count your steps.",
      "The Loop 2 adds NFC for contactless payments and digital car keys, a skin temperature sensor, and " +
        "what the company calls “all-week battery life.” It goes on sale October 15th for $299, with no " +
        "subscription.",
      "“We heard one thing over and over from people who wore the first Loop: I still have to wear my " +
        "watch,” Pebblewave CEO Mira Castellanos tells The Verge. “We wanted to get rid of that reason.”",
      "I've been wearing a Loop 2 for about a week, and the battery claim mostly holds up: I charged it " +
        "Monday morning and it made it to Sunday evening with every sensor on. Payments worked at two of " +
        "the three stores I tried; Pebblewave spokesperson Jordan Lee says the third store's terminal was " +
        "“likely running outdated firmware.”",
      "In a blog post announcing the ring, the company says the car key feature works with “most 2024 and " +
        "newer models” from BMW, Hyundai, and Kia, though it doesn't list them.",
      "Not everyone is convinced a ring is the right place for your keys. “If you lose a ring, you've lost " +
        "your wallet and your car in one go, and rings are very easy to lose,” says Ahmed Farouk, a " +
        "security researcher at the University of Washington who studies wearable payments.",
    ],
    quotes: [
      ["all-week battery life.", "Pebblewave"],
      [
        "We heard one thing over and over from people who wore the first Loop: I still have to wear my " +
          "watch,",
        "Mira Castellanos",
      ],
      ["We wanted to get rid of that reason.", "Mira Castellanos"],
      ["likely running outdated firmware.", "Jordan Lee"],
      ["most 2024 and newer models", "Pebblewave"],
      [
        "If you lose a ring, you've lost your wallet and your car in one go, and rings are very easy to " +
          "lose,",
        "Ahmed Farouk",
      ],
    ],
  },
  {
    name: "Euronews, farmers in Brussels: said X first, a group's statement, a commissioner, a minister",
    headline: "Farmers block Brussels streets as EU agriculture ministers meet over Mercosur deal",
    paragraphs: [
      "Thousands of farmers drove tractors into the centre of Brussels on Monday, blocking roads around " +
        "the European Parliament as EU agriculture ministers met to discuss the bloc's trade agreement " +
        "with the Mercosur countries.",
      "Protesters burned tyres and set off fireworks near Place du Luxembourg, where riot police used " +
        "water cannon to keep them back from the parliament building.",
      '"We are not against trade. We are against a deal that asks us to compete with beef produced under ' +
        'rules that would be illegal here," said Marc Dewitte, a dairy farmer from West Flanders who had ' +
        "driven since 4am.",
      "Copa-Cogeca, the umbrella group for European farmers' organisations, said in a statement that the " +
        'agreement would "sacrifice European agriculture for the benefit of car exports".',
      "Speaking after the meeting, Agriculture Commissioner Jonas Lindqvist said the Commission had " +
        'listened. "The safeguards in this agreement are real and they are enforceable. If imports harm a ' +
        'sector, we will act," he told a press conference.',
      "Not all capitals are persuaded. Poland's agriculture minister, Tomasz Wrona, told Euronews his " +
        'government would vote against the deal. "Our farmers have already paid the price for opening the ' +
        'market to Ukrainian grain. We will not ask them to pay twice," he said.',
      "France, which has led opposition to the agreement, is seeking a blocking minority in the Council.",
    ],
    quotes: [
      [
        "We are not against trade. We are against a deal that asks us to compete with beef produced under " +
          "rules that would be illegal here,",
        "Marc Dewitte",
      ],
      ["sacrifice European agriculture for the benefit of car exports", "Copa-Cogeca"],
      [
        "The safeguards in this agreement are real and they are enforceable. If imports harm a sector, we " +
          "will act,",
        "Jonas Lindqvist",
      ],
      [
        "Our farmers have already paid the price for opening the market to Ukrainian grain. We will not " +
          "ask them to pay twice,",
        "Tomasz Wrona",
      ],
    ],
  },
  {
    name: "Irish Examiner, Cork jobs: a headline fragment, a statement, Siptu, a TD in the Dáil, a worker",
    headline: "'Body blow' for Mallow as 240 jobs to go at medical device plant",
    paragraphs: [
      "A medical device manufacturer is to close its plant in Mallow, Co Cork, with the loss of 240 jobs, " +
        "blaming rising costs and a decision to move production to Costa Rica.",
      "In a statement, Corvane Medical said the closure would take place on a phased basis over 18 months " +
        'and that it was "committed to supporting every affected employee through this transition".',
      "Siptu organiser Denis Hurley said workers had been told at a meeting on Wednesday morning that " +
        'lasted less than 15 minutes. "There were people in that room who have given 25 years to this ' +
        'company. They deserved better than a PowerPoint and a phone number for HR," he said.',
      'Local TD Mary Cronin described the announcement as "a body blow for the town" and said she had ' +
        "contacted the IDA and the Minister for Enterprise.",
      'Raising the closure in the Dáil later that afternoon, Ms Cronin said: "Mallow has lost jobs before ' +
        'and it has come back, but this is a hard day for a lot of families."',
      "Noreen Walsh, who has worked on the plant's packaging line for 21 years, said she had not yet told " +
        'her children. "You think a place like that is going to be there forever," she said outside the ' +
        "gates.",
      "The IDA said it would work with the company to find a new occupant for the site.",
    ],
    quotes: [
      ["Body blow", "Mary Cronin"],
      ["committed to supporting every affected employee through this transition", "Corvane Medical"],
      [
        "There were people in that room who have given 25 years to this company. They deserved better than " +
          "a PowerPoint and a phone number for HR,",
        "Denis Hurley",
      ],
      ["a body blow for the town", "Mary Cronin"],
      [
        "Mallow has lost jobs before and it has come back, but this is a hard day for a lot of families.",
        "Mary Cronin",
      ],
      ["You think a place like that is going to be there forever,", "Noreen Walsh"],
    ],
  },
]);
