// A third round of composed English news articles, in the styles of outlets and beats the first two
// rounds (articles.en.test.ts, articles2.en.test.ts) did not use: ABC Australia's state politics and
// Guardian Australia's federal politics, an Indian district report, Axios's bulleted scoop, an essay in
// The Atlantic, an ESPN postgame story, the Financial Times on markets, a Variety interview, Nature's
// science news, The Irish Times on the Dáil, a US local paper at a council meeting, flood coverage and
// an AP explainer. Every article was written for these tests, before the engine was run on them.
// Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its shortest identifying description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "ABC Australia, state politics: told ABC Radio Melbourne, the premier, a state MP, an advocate",
    headline: "Premier rules out holiday home tax as rental vacancy rate hits record low",
    paragraphs: [
      "Victorian Premier Louise Hartnett has ruled out a new levy on holiday homes, despite pressure " +
        "from housing advocates to free up more properties for long-term renters.",
      "Speaking to ABC Radio Melbourne on Tuesday morning, Ms Hartnett said the government had " +
        "“already asked a lot” of property owners.",
      "“I'm not going to punish a family in Ballarat because they've saved up for a shack on the " +
        "coast,” she said.",
      "The state's rental vacancy rate fell to 0.9 per cent last month, according to figures from " +
        "the Real Estate Institute of Victoria.",
      "Greens MP for Brunswick Tim Rourke said the Premier was “protecting landlords over renters”.",
      "“There are thousands of homes sitting empty for eleven months of the year while families " +
        "sleep in their cars,” Mr Rourke said.",
      "Tenants Victoria chief executive Priya Marsh told the ABC the organisation's phone lines had " +
        "been “flat out” since winter.",
      "“We're hearing from nurses, from teachers, from people with two jobs who can't find anywhere " +
        "to live,” she said.",
      "The Opposition's housing spokesman, Brad Coyle, said the government had run out of ideas. " +
        "“Ten years in, and all they can offer is another review,” he said.",
    ],
    quotes: [
      ["already asked a lot", "Louise Hartnett"],
      [
        "I'm not going to punish a family in Ballarat because they've saved up for a shack on the coast,",
        "Louise Hartnett",
      ],
      ["protecting landlords over renters", "Tim Rourke"],
      [
        "There are thousands of homes sitting empty for eleven months of the year while families " +
          "sleep in their cars,",
        "Tim Rourke",
      ],
      ["flat out", "Priya Marsh"],
      [
        "We're hearing from nurses, from teachers, from people with two jobs who can't find anywhere " +
          "to live,",
        "Priya Marsh",
      ],
      ["Ten years in, and all they can offer is another review,", "Brad Coyle"],
    ],
  },
  {
    name: "Guardian Australia, federal politics: a headline fragment, lower-case titles, told RN Breakfast",
    headline: "Labor to buy back 200GL of Murray-Darling water as Nationals decry ‘betrayal’ of farmers",
    paragraphs: [
      "The federal government will buy back a further 200 gigalitres of water from irrigators in the " +
        "Murray-Darling Basin, the water minister, Tanya Reid, has announced.",
      "Reid said the purchases were needed to meet environmental targets agreed by all basin states " +
        "more than a decade ago. “We are delivering what every government promised and none of them " +
        "did,” she said on Tuesday.",
      "The Nationals senator Matt Garland called the decision “a betrayal of every farming family in " +
        "the basin” and said it would drive up food prices.",
      "“When you take water out of a town, you take the jobs out with it,” Garland told Guardian " +
        "Australia.",
      "The independent senator for South Australia, Rebecca Hollis, welcomed the announcement. “South " +
        "Australians at the end of the river have waited long enough,” she said.",
      "A spokesperson for the National Farmers' Federation said the group would “look closely at the " +
        "detail” before commenting further.",
      "Asked on ABC's RN Breakfast whether the government had consulted irrigators, the prime " +
        "minister, Daniel Price, said: “We have been talking to communities for two years. This will " +
        "not come as a surprise to anyone.”",
    ],
    quotes: [
      ["betrayal", "Matt Garland"],
      ["We are delivering what every government promised and none of them did,", "Tanya Reid"],
      ["a betrayal of every farming family in the basin", "Matt Garland"],
      ["When you take water out of a town, you take the jobs out with it,", "Matt Garland"],
      ["South Australians at the end of the river have waited long enough,", "Rebecca Hollis"],
      ["look closely at the detail", "A spokesperson for the National Farmers' Federation"],
      [
        "We have been talking to communities for two years. This will not come as a surprise to anyone.",
        "Daniel Price",
      ],
    ],
  },
  {
    name: "Times of India, district news: said Mr Deshmukh, told PTI, a district collector, he added further",
    headline: "Heavy rain lashes Nashik; schools shut for two days",
    paragraphs: [
      "Schools and colleges in Nashik district will remain closed on Thursday and Friday after " +
        "incessant rain flooded low-lying areas, officials said on Wednesday.",
      "District collector Anil Deshmukh said the decision was taken after the India Meteorological " +
        "Department issued a red alert for the ghat areas. “The safety of students is our first " +
        "priority. We cannot take any chances,” said Mr Deshmukh.",
      "He added further that teams of the National Disaster Response Force had been deployed in " +
        "Igatpuri and Trimbakeshwar talukas.",
      "“Around 1,200 people have been shifted to relief camps so far. Food and drinking water are " +
        "being provided to them,” he added.",
      "Speaking to PTI, a senior official of the irrigation department said that the discharge from " +
        "the Gangapur dam had been increased to 8,000 cusecs. “The water level is being monitored " +
        "every hour,” the official said.",
      "Residents of Panchavati complained that drains had not been cleaned before the monsoon. “Every " +
        "year it is the same story. The corporation wakes up only after the damage is done,” said " +
        "Suresh Patil, a shopkeeper whose store was flooded.",
      "Local MLA Rekha Sharma visited the affected areas in the evening. “I have asked the civic body " +
        "to submit a report within three days,” said Ms Sharma.",
      "Meanwhile, the IMD has predicted more rain over the next 48 hours.",
    ],
    quotes: [
      ["The safety of students is our first priority. We cannot take any chances,", "Anil Deshmukh"],
      [
        "Around 1,200 people have been shifted to relief camps so far. Food and drinking water are " +
          "being provided to them,",
        "Anil Deshmukh",
      ],
      ["The water level is being monitored every hour,", "a senior official of the irrigation department"],
      [
        "Every year it is the same story. The corporation wakes up only after the damage is done,",
        "Suresh Patil",
      ],
      ["I have asked the civic body to submit a report within three days,", "Rekha Sharma"],
    ],
  },
  {
    name: "Axios scoop: Why it matters, Driving the news, What they're saying, a name and a colon",
    headline: "Scoop: Senate Democrats plot AI safety push",
    paragraphs: [
      "Senate Democrats are drafting a bill that would require AI companies to report serious safety " +
        "incidents to the government within 72 hours, two people familiar with the plans tell Axios.",
      "Why it matters: It would be the first federal reporting rule aimed squarely at frontier AI " +
        "models.",
      "Driving the news: Sen. Maria Okafor (D-Ore.) has been circulating a draft among colleagues " +
        "since last week.",
      "What they're saying: “This is the bare minimum,” Okafor told Axios.",
      "Sen. Dale Whitcomb (R-Texas): “Another reporting mandate will just push innovation overseas.”",
      "An industry trade group, the Frontier Model Alliance, said in a statement it “shares the " +
        "goal” but wants a single national standard.",
      "The other side: Some safety researchers say 72 hours is too long.",
      "“By the time you hear about it, the model is already in millions of hands,” said Dana " +
        "Whitfield, a policy fellow at the Center for Democracy and Technology.",
      "What's next: Okafor hopes to introduce the bill before the August recess.",
    ],
    quotes: [
      ["This is the bare minimum,", "Maria Okafor"],
      ["Another reporting mandate will just push innovation overseas.", "Dale Whitcomb"],
      ["shares the goal", "the Frontier Model Alliance"],
      ["By the time you hear about it, the model is already in millions of hands,", "Dana Whitfield"],
    ],
  },
  {
    name: "The Atlantic essay: long quotes, as she put it, she wrote, a source quoted over two paragraphs",
    headline: "The Loneliness of the Remote Worker",
    standfirst: "Working from home was supposed to give us our lives back. For many, it took something else.",
    paragraphs: [
      "When the sociologist Hannah Lindqvist began interviewing remote workers in 2021, she expected " +
        "to hear about freedom. Instead, she heard about silence.",
      "“People kept describing the same scene to me,” Lindqvist told me when we spoke this spring. " +
        "“It's four in the afternoon, they haven't said a word out loud all day, and they realize the " +
        "only voice they've heard is their own, in a meeting, asking if everyone can see their screen.”",
      "Her book, The Quiet Office, argues that the workplace was never only about work. It was, as " +
        "she put it, “the last place where adults were made to sit near people they didn't choose.”",
      "One of the people she interviewed, a software engineer in Ohio who asked to be identified only " +
        "by her first name, Erin, described her days in detail.",
      "“I would make an excuse to go to the pharmacy just to talk to the cashier. I'd buy gum I " +
        "didn't want.",
      "“Eventually I realized I was lonely in a way I didn't have words for. I had a great job. I " +
        "just didn't have anyone to eat lunch with.”",
      "Not everyone agrees that the office deserves mourning. Marcus Oyelaran, an economist at " +
        "Stanford who has studied remote work since before the pandemic, thinks the nostalgia is " +
        "misplaced.",
      "“We romanticize the office because we've forgotten the commute, the open-plan noise, the " +
        "meetings that could have been emails,” he said. “Ask people whether they want to go back " +
        "five days a week, and almost nobody does.”",
      "Still, when I asked him whether he misses anything about his own office, he paused for a long " +
        "time. “The hallway,” he finally said. “I miss the hallway.”",
      "For Lindqvist, that answer is the whole argument. “Nobody ever put the hallway in a " +
        "productivity study,” she wrote in a recent essay. “That's exactly why we lost it.”",
    ],
    quotes: [
      ["People kept describing the same scene to me,", "Hannah Lindqvist"],
      [
        "It's four in the afternoon, they haven't said a word out loud all day, and they realize the " +
          "only voice they've heard is their own, in a meeting, asking if everyone can see their screen.",
        "Hannah Lindqvist",
      ],
      ["the last place where adults were made to sit near people they didn't choose.", "Hannah Lindqvist"],
      [
        "I would make an excuse to go to the pharmacy just to talk to the cashier. I'd buy gum I " +
          "didn't want.",
        "Erin",
      ],
      [
        "Eventually I realized I was lonely in a way I didn't have words for. I had a great job. I " +
          "just didn't have anyone to eat lunch with.",
        "Erin",
      ],
      [
        "We romanticize the office because we've forgotten the commute, the open-plan noise, the " +
          "meetings that could have been emails,",
        "Marcus Oyelaran",
      ],
      [
        "Ask people whether they want to go back five days a week, and almost nobody does.",
        "Marcus Oyelaran",
      ],
      ["The hallway,", "Marcus Oyelaran"],
      ["I miss the hallway.", "Marcus Oyelaran"],
      ["Nobody ever put the hallway in a productivity study,", "Hannah Lindqvist"],
      ["That's exactly why we lost it.", "Hannah Lindqvist"],
    ],
  },
  {
    name: "ESPN postgame: said of his quarterback, told reporters, a smile and a colon, both coaches",
    headline: "Harmon throws four TDs as Falcons rally past Panthers",
    paragraphs: [
      "ATLANTA -- Tyler Harmon threw four touchdown passes, two of them in the fourth quarter, and the " +
        "Atlanta Falcons rallied from 17 points down to beat the Carolina Panthers 34-31 on Sunday.",
      "“He never blinked,” Falcons coach Ray Dennison said of his quarterback. “Down 17 at the half, " +
        "and he's in the huddle telling guys jokes.”",
      "Harmon finished 27-of-36 for 312 yards. He found tight end Marcus Bell for the winning score " +
        "with 41 seconds left.",
      "“I saw the safety bite and I just let it go,” Harmon told reporters. “Marcus did the rest.”",
      "Bell, who had been questionable with an ankle injury, finished with eight catches. Asked about " +
        "the ankle, he smiled: “What ankle?”",
      "Panthers coach Greg Lott did not hide his frustration. “We had them. We had them, and we let " +
        "them off the hook,” Lott said. “That's on me.”",
      "Carolina linebacker Deon Pryce was more direct. “We didn't tackle. You can't win in this league " +
        "if you don't tackle,” he said.",
      "The Falcons (6-4) host the Saints next Sunday.",
    ],
    quotes: [
      ["He never blinked,", "Ray Dennison"],
      ["Down 17 at the half, and he's in the huddle telling guys jokes.", "Ray Dennison"],
      ["I saw the safety bite and I just let it go,", "Tyler Harmon"],
      ["Marcus did the rest.", "Tyler Harmon"],
      ["What ankle?", "Marcus Bell"],
      ["We had them. We had them, and we let them off the hook,", "Greg Lott"],
      ["That's on me.", "Greg Lott"],
      ["We didn't tackle. You can't win in this league if you don't tackle,", "Deon Pryce"],
    ],
  },
  {
    name: "Financial Times markets: a fund manager, a note to clients, people familiar, the Lex column",
    headline: "European bank shares slide as rate-cut bets grow",
    paragraphs: [
      "European bank shares fell to their lowest level in four months on Monday as investors bet the " +
        "European Central Bank would cut interest rates faster than expected, squeezing lenders' " +
        "margins.",
      "The Stoxx 600 banks index dropped 2.8 per cent, with Italian and Spanish lenders among the " +
        "worst performers.",
      "“The market has gone from pricing two cuts to pricing four in a matter of weeks,” said Helena " +
        "Vogt, a portfolio manager at Carnegie Asset Management in Frankfurt. “Banks are the obvious " +
        "casualty.”",
      "Analysts at Morgan Stanley said in a note to clients that net interest income at the region's " +
        "largest lenders could fall by as much as 6 per cent next year, but added that “capital " +
        "positions remain robust”.",
      "Several banks are considering accelerating share buybacks to support their stock prices, " +
        "according to people familiar with the matter.",
      "One senior executive at a large French lender said the sell-off was “overdone” and that " +
        "“nobody is changing their dividend plans because of one bad week”.",
      "The Lex column argued last week that investors had “confused a slowdown with a crisis”.",
      "Bund yields fell 7 basis points to 2.41 per cent.",
    ],
    quotes: [
      ["The market has gone from pricing two cuts to pricing four in a matter of weeks,", "Helena Vogt"],
      ["Banks are the obvious casualty.", "Helena Vogt"],
      ["capital positions remain robust", "Analysts at Morgan Stanley"],
      ["overdone", "One senior executive at a large French lender"],
      [
        "nobody is changing their dividend plans because of one bad week",
        "One senior executive at a large French lender",
      ],
      ["confused a slowdown with a crisis", "The Lex column"],
    ],
  },
  {
    name: "Variety interview: titles in quotes, told Variety, an actor on a director, a studio statement",
    headline: "Nina Calloway on Ari Feldman's ‘Harbor Lights’: ‘I Trusted Him With Everything’",
    paragraphs: [
      "Nina Calloway had never played a villain before “Harbor Lights.” Ari Feldman, she says, was the " +
        "reason she said yes.",
      "“Ari writes women who are allowed to be unpleasant, and he doesn't apologize for them,” " +
        "Calloway told Variety ahead of the film's premiere at the Toronto International Film " +
        "Festival. “Most directors want you to be likable by the third act.”",
      "Feldman, whose previous film “Salt Year” earned three Oscar nominations, cast her after a " +
        "single audition. “She came in and did the scene backwards, angry first and sad at the end,” " +
        "he said. “I'd never thought of it that way.”",
      "The production was not without trouble. Shooting in Nova Scotia was halted for two weeks in " +
        "March after a storm destroyed part of the set.",
      "In a statement, Meridian Pictures said the delay had “no impact on the budget or the release " +
        "date.”",
      "Co-star Liam Foster, who plays Calloway's estranged brother, described the set as “the calmest " +
        "I've ever worked on.”",
      "“Ari never raises his voice. Not once, not even when the roof blew off,” Foster said.",
      "“Harbor Lights” opens in theaters Nov. 14.",
    ],
    quotes: [
      ["I Trusted Him With Everything", "Nina Calloway"],
      [
        "Ari writes women who are allowed to be unpleasant, and he doesn't apologize for them,",
        "Nina Calloway",
      ],
      ["Most directors want you to be likable by the third act.", "Nina Calloway"],
      ["She came in and did the scene backwards, angry first and sad at the end,", "Ari Feldman"],
      ["I'd never thought of it that way.", "Ari Feldman"],
      ["no impact on the budget or the release date.", "Meridian Pictures"],
      ["the calmest I've ever worked on.", "Liam Foster"],
      ["Ari never raises his voice. Not once, not even when the roof blew off,", "Liam Foster"],
    ],
  },
  {
    name: "Nature news: says in the present, a co-author, not involved in the study, the journal's release",
    headline: "Deep-sea microbes live on hydrogen split from water by radioactive rock",
    standfirst: "Bacteria two kilometres down in a South African mine get by without any sunlight at all.",
    paragraphs: [
      "Microbes living nearly two kilometres beneath the surface of South Africa get their energy " +
        "from hydrogen released when radiation splits water molecules, a study published in Science " +
        "on Thursday suggests.",
      "“It's an entire ecosystem running on nuclear power, essentially,” says Tomas Reinholt, a " +
        "geomicrobiologist at the University of Copenhagen and the study's lead author.",
      "Reinholt and his colleagues sampled water from fractures in a gold mine near Johannesburg. " +
        "The bacteria's genomes held enzymes for using hydrogen, but none for feeding on sugars.",
      "“We were surprised by how little else they needed,” says co-author Lerato Mokoena, a " +
        "microbiologist at the University of the Witwatersrand. “Give them hydrogen and sulfate, and " +
        "they're happy.”",
      "In a press release, the journal Science said the organisms “may be among the most isolated on " +
        "the planet”.",
      "But Jennifer Alcott, an astrobiologist at NASA's Ames Research Center in California who was " +
        "not involved in the study, cautions against reading too much into it. “Showing that microbes " +
        "can live this way on Earth is not the same as showing they do on Mars,” she says.",
      "She adds that the team measured hydrogen production in the lab, not in the rock itself. " +
        "“That's the gap I'd want to see closed,” Alcott says.",
      "Reinholt agrees that more work is needed. “We've shown it's possible,” he says. “Whether it's " +
        "common is the next question.”",
    ],
    quotes: [
      ["It's an entire ecosystem running on nuclear power, essentially,", "Tomas Reinholt"],
      ["We were surprised by how little else they needed,", "Lerato Mokoena"],
      ["Give them hydrogen and sulfate, and they're happy.", "Lerato Mokoena"],
      ["may be among the most isolated on the planet", "Science"],
      [
        "Showing that microbes can live this way on Earth is not the same as showing they do on Mars,",
        "Jennifer Alcott",
      ],
      ["That's the gap I'd want to see closed,", "Jennifer Alcott"],
      ["We've shown it's possible,", "Tomas Reinholt"],
      ["Whether it's common is the next question.", "Tomas Reinholt"],
    ],
  },
  {
    name: "The Irish Times, Dáil: the Taoiseach named later, told TDs, the Minister said, a council",
    todo: "the Taoiseach of the first paragraph is not linked to the name given in the second",
    headline: "Taoiseach defends housing record as Opposition calls for national emergency",
    paragraphs: [
      "The Taoiseach has rejected Opposition calls to declare a national housing emergency, insisting " +
        "the Government's plan is “working, even if it is not working fast enough”.",
      "Speaking during Leaders' Questions in the Dáil on Wednesday, Conor Brady said more than 33,000 " +
        "homes had been completed last year, the highest number in over a decade.",
      "“Nobody on this side of the House is saying the job is done,” he told TDs. “But the Deputy " +
        "cannot stand up here every week and pretend nothing has changed.”",
      "Sinn Féin leader Niamh Doherty said young people were “emigrating in their thousands” because " +
        "they could not afford to rent.",
      "“The Taoiseach talks about records. Families in emergency accommodation do not care about " +
        "records,” Ms Doherty said.",
      "Labour TD for Dublin Bay South Kevin Nolan accused the Government of “hiding behind statistics”.",
      "Later, the Minister for Housing, Darragh Keane, announced an additional €300 million for the " +
        "vacant property refurbishment grant. “This is about bringing homes that already exist back " +
        "into use,” the Minister said.",
      "The Irish Council for Social Housing welcomed the funding but said it was “a fraction of what " +
        "is needed”.",
    ],
    quotes: [
      ["working, even if it is not working fast enough", "Conor Brady"],
      ["Nobody on this side of the House is saying the job is done,", "Conor Brady"],
      ["But the Deputy cannot stand up here every week and pretend nothing has changed.", "Conor Brady"],
      ["emigrating in their thousands", "Niamh Doherty"],
      [
        "The Taoiseach talks about records. Families in emergency accommodation do not care about records,",
        "Niamh Doherty",
      ],
      ["hiding behind statistics", "Kevin Nolan"],
      ["This is about bringing homes that already exist back into use,", "Darragh Keane"],
      ["a fraction of what is needed", "The Irish Council for Social Housing"],
    ],
  },
  {
    name: "US local paper, city council: council members, residents at public comment, the mayor",
    headline: "Council delays vote on downtown parking meters after residents pack meeting",
    paragraphs: [
      "The Ashford City Council on Tuesday postponed a vote on installing parking meters downtown " +
        "after more than two dozen residents spoke against the plan during public comment.",
      "Council member Diane Kowalski, who proposed the meters, said the city needs the revenue to " +
        "repair sidewalks. “We have a $4 million backlog and no way to pay for it,” she said. “This " +
        "is a way to pay for it.”",
      "Residents did not agree.",
      "“You're going to kill Main Street,” said Ron Tabor, who has owned a hardware store there for " +
        "31 years. “People will drive to the mall, where parking is free.”",
      "Another resident, Alicia Greene, said she visits downtown twice a week to see her mother. “I'm " +
        "on a fixed income. Two dollars an hour adds up,” Greene told the council.",
      "A staff report presented at the meeting estimated the meters would bring in about $650,000 a " +
        "year.",
      "Council member James Whitaker said he wanted to see other options first. “I'm not against " +
        "meters. I'm against doing it before we've looked at anything else,” Whitaker said.",
      "Mayor Patricia Lin suggested the council take up the issue again in January. “We heard you " +
        "tonight,” she told the crowd, which applauded.",
    ],
    quotes: [
      ["We have a $4 million backlog and no way to pay for it,", "Diane Kowalski"],
      ["This is a way to pay for it.", "Diane Kowalski"],
      ["You're going to kill Main Street,", "Ron Tabor"],
      ["People will drive to the mall, where parking is free.", "Ron Tabor"],
      ["I'm on a fixed income. Two dollars an hour adds up,", "Alicia Greene"],
      [
        "I'm not against meters. I'm against doing it before we've looked at anything else,",
        "James Whitaker",
      ],
      ["We heard you tonight,", "Patricia Lin"],
    ],
  },
  {
    name: "flood coverage: a governor's news conference, FEMA, two residents sharing a surname",
    headline: "Governor says flood death toll will rise as rescuers reach cut-off towns",
    paragraphs: [
      "At least 14 people have died in flooding across eastern Kentucky, and the number is expected " +
        "to climb, Gov. Michael Rowe said Saturday.",
      "“I'm afraid we're going to be finding bodies for weeks,” Rowe said at a news conference in " +
        "Frankfort. “Some of these communities are still unreachable.”",
      "Rowe said the National Guard had carried out more than 300 rescues by helicopter and boat " +
        "since Thursday night.",
      "The National Weather Service said parts of Perry and Knott counties received more than 8 " +
        "inches of rain in 24 hours. Forecasters warned that more storms were possible next week.",
      "FEMA Administrator Karen Liu, who toured the damage with the governor, said federal teams were " +
        "already on the ground. “We will be here as long as it takes,” Liu said.",
      "In Hazard, Betty Sizemore, 71, watched from a neighbor's porch as water covered the roof of her " +
        "car. “I've lived here my whole life and I've never seen the creek come up like this,” she " +
        "said. “It came up in an hour.”",
      "Her neighbor, Carl Sizemore, no relation, said he had lost everything in his basement. " +
        "“Freezers, tools, my daddy's pictures. All of it's gone,” he said.",
      "The governor urged residents not to drive through flooded roads. “Turn around, don't drown. " +
        "Please,” he said.",
    ],
    quotes: [
      ["I'm afraid we're going to be finding bodies for weeks,", "Michael Rowe"],
      ["Some of these communities are still unreachable.", "Michael Rowe"],
      ["We will be here as long as it takes,", "Karen Liu"],
      ["I've lived here my whole life and I've never seen the creek come up like this,", "Betty Sizemore"],
      ["It came up in an hour.", "Betty Sizemore"],
      ["Freezers, tools, my daddy's pictures. All of it's gone,", "Carl Sizemore"],
      ["Turn around, don't drown. Please,", "Michael Rowe"],
    ],
  },
  {
    name: "AP explainer: capitalised question subheads, experts, according to the CDC, the CDC describes",
    headline: "What to know about the measles outbreak in West Texas",
    paragraphs: [
      "Measles cases are climbing in West Texas, where an outbreak that began in January has now " +
        "sickened more than 150 people. Here's what to know.",
      "WHY IS MEASLES SPREADING?",
      "Measles is one of the most contagious diseases in the world. About 9 out of 10 unvaccinated " +
        "people who are exposed will get sick, according to the Centers for Disease Control and " +
        "Prevention.",
      "“Measles is the canary in the coal mine,” said Dr. Rebecca Stein, an infectious disease " +
        "specialist at Baylor College of Medicine. “When vaccination rates dip, it's the first thing " +
        "you see.”",
      "Most of the cases are in children whose families did not vaccinate them, state health " +
        "officials said.",
      "HOW WELL DOES THE VACCINE WORK?",
      "Two doses of the measles, mumps and rubella vaccine are about 97% effective at preventing " +
        "measles, the CDC says. The agency recommends the first dose at 12 to 15 months of age.",
      "“There's no mystery here. The vaccine works, and it has worked for sixty years,” said Paul " +
        "Nwosu, who studies vaccine policy at Johns Hopkins University.",
      "WHAT ARE THE SYMPTOMS?",
      "Symptoms include a high fever, cough, runny nose and a rash that spreads from the head down. " +
        "The CDC describes the rash as “flat red spots” that can later join together.",
    ],
    quotes: [
      ["Measles is the canary in the coal mine,", "Rebecca Stein"],
      ["When vaccination rates dip, it's the first thing you see.", "Rebecca Stein"],
      ["There's no mystery here. The vaccine works, and it has worked for sixty years,", "Paul Nwosu"],
      ["flat red spots", "the Centers for Disease Control and Prevention"],
    ],
  },
]);
