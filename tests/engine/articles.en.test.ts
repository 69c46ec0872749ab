// Composed English news articles, each a headline and several paragraphs in the style of one kind of
// outlet and beat, run through the whole engine. The single-sentence batteries test one construction
// at a time; here they combine as reporters combine them across an article: speakers carried into the
// next paragraph, pronouns after people of both genders, descriptions ("the senator", "the
// 45-year-old") pointing back to a name, relatives sharing a surname, bodies and documents speaking,
// unnamed sources, quotes split by their attribution or running over paragraphs, and spans in marks
// that are not quotes (titles, scare quotes, terms). Every article was written for these tests.
// Expected speakers follow the corpus guidelines: the fullest name the article gives, a body or a
// document as written, an unnamed source by its description.
import { runArticles } from "./battery.helpers.ts";

runArticles("en", [
  {
    name: "AP wire, wildfire: statement, according to, a person familiar, a resident",
    headline: "Governor orders evacuations as wildfire races toward mountain towns",
    paragraphs: [
      "REDDING, Calif. (AP) — A fast-moving wildfire forced thousands of people from their homes " +
        "Tuesday, and Gov. Elena Marsh declared a state of emergency in three counties.",
      "“We are asking everyone in the evacuation zones to leave now, not in an hour,” Marsh said at " +
        "a news conference in Sacramento.",
      "The fire had burned more than 40 square miles by Tuesday evening and was 5% contained, " +
        "according to the state forestry department.",
      "“The wind is the whole story today,” said Capt. Derek Olin, a spokesman for the department. " +
        "“If it lays down tonight, we have a chance.”",
      "Pacific Gas & Electric said in a statement that it had cut power to about 12,000 customers " +
        "“out of an abundance of caution.”",
      "The utility's equipment near the fire's origin was being examined, said a person familiar with " +
        "the matter, who spoke on condition of anonymity because they were not authorized to speak " +
        "publicly. “Nobody is ruling anything out,” the person said.",
      "Residents of Shasta Lake described a sky that had turned orange by midafternoon. “It looked " +
        "like the end of the world,” said Maria Delgado, 62, who left with her two dogs and a box of " +
        "photographs.",
      "“My neighbor yelled, ‘Get out now,’ and we just ran,” Delgado said.",
      "“We have never seen it move this fast,” says Tom Baird, a volunteer firefighter who has lived " +
        "in Shasta Lake since 1988.",
      "Marsh, a Democrat, said the state had asked for federal help. “We will need every crew we can " +
        "get,” the governor said.",
    ],
    quotes: [
      ["We are asking everyone in the evacuation zones to leave now, not in an hour,", "Elena Marsh"],
      ["The wind is the whole story today,", "Derek Olin"],
      ["If it lays down tonight, we have a chance.", "Derek Olin"],
      ["out of an abundance of caution.", "Pacific Gas & Electric"],
      ["Nobody is ruling anything out,", "a person familiar with the matter"],
      ["It looked like the end of the world,", "Maria Delgado"],
      ["My neighbor yelled, ‘Get out now,’ and we just ran,", "Maria Delgado"],
      ["We have never seen it move this fast,", "Tom Baird"],
      ["We will need every crew we can get,", "Elena Marsh"],
    ],
  },
  {
    name: "Reuters business: the CEO on a call, the filing, an analyst at a bank, told Reuters",
    headline: "Harlow Motors to cut 4,000 jobs as electric vehicle demand cools",
    paragraphs: [
      "(Reuters) - Harlow Motors will cut about 4,000 jobs, or 6% of its workforce, the Detroit " +
        "automaker said on Thursday, as slowing demand for electric vehicles squeezes its margins.",
      '"We built for a market that arrived more slowly than anyone expected," Chief Executive Dana ' +
        'Whitfield told analysts on a conference call. "That is on us, and we are fixing it."',
      'In a regulatory filing, the company described the charges as "primarily cash severance and ' +
        'facility costs."',
      "Shares of Harlow fell 3.2% in early trading.",
      '"This is the right move, but it is late," said Priya Raman, an analyst at Barclays.',
      "Whitfield, who took over in 2022, told Reuters in an interview last month that the company " +
        'would not abandon its electric lineup. She called the pullback "a pause, not a retreat."',
      'The United Auto Workers said salaried staff would be hit first. "We will be watching every one ' +
        'of these decisions," UAW Vice President Marcus Bell said in a statement.',
    ],
    quotes: [
      ["We built for a market that arrived more slowly than anyone expected,", "Dana Whitfield"],
      ["That is on us, and we are fixing it.", "Dana Whitfield"],
      ["primarily cash severance and facility costs.", "Harlow Motors"],
      ["This is the right move, but it is late,", "Priya Raman"],
      ["a pause, not a retreat.", "Dana Whitfield"],
      ["We will be watching every one of these decisions,", "Marcus Bell"],
    ],
  },
  {
    name: "New York Times politics: two senators of either gender, the senator, the Democrat",
    headline: "Senate Deal on Border Bill Collapses as a Key Republican Walks Away",
    paragraphs: [
      "WASHINGTON — A bipartisan deal on border security fell apart on Wednesday after Senator James " +
        "Whitaker of Ohio said he could not support a bill that he called “an open invitation to abuse.”",
      "Senator Laura Kim, Democrat of Nevada, who spent four months negotiating the measure, did not " +
        "hide her frustration. “I have never seen a deal walked away from this fast,” she said. “It " +
        "was done. He shook my hand.”",
      "Mr. Whitaker said on Wednesday evening that the final text had changed in ways he had not " +
        "agreed to. “Words matter in a bill,” the senator told reporters outside his office.",
      "Ms. Kim faces a difficult re-election race next year. The Democrat said she would keep pressing " +
        "for a vote. “If they want to vote it down, let them do it in the light of day,” she said.",
      "A spokeswoman for Mr. Whitaker's campaign, Ellen Price, called the criticism “Washington " +
        "theater.”",
      "Senator Charles Dunn, the majority leader, said he would not bring the bill to the floor " +
        "without a deal. “We are not going to hold a vote for show,” Mr. Dunn said.",
    ],
    quotes: [
      ["an open invitation to abuse.", "James Whitaker"],
      ["I have never seen a deal walked away from this fast,", "Laura Kim"],
      ["It was done. He shook my hand.", "Laura Kim"],
      ["Words matter in a bill,", "James Whitaker"],
      ["If they want to vote it down, let them do it in the light of day,", "Laura Kim"],
      ["Washington theater.", "Ellen Price"],
      ["We are not going to hold a vote for show,", "Charles Dunn"],
    ],
  },
  {
    name: "Washington Post, White House briefing: press secretary, a body's statement, a book title",
    headline: "White House defends fertilizer tariffs as farm groups warn of rising costs",
    paragraphs: [
      "The White House on Monday defended its plan to raise tariffs on imported fertilizer, with " +
        'press secretary Nora Bishop telling reporters that the measure would "bring jobs home."',
      '"Nobody wants to see prices go up for farmers," Bishop said during the daily briefing. "But ' +
        'the president is playing a long game here."',
      'The American Farm Bureau Federation said in a statement that the tariffs would cause "real ' +
        'pain" across rural America.',
      "Rep. Alan Greer (R-Iowa), whose district includes some of the country's largest corn " +
        'producers, was blunter. "This is a tax on the people who feed this country," he said.',
      'The plan draws on "Made at Home," a 2023 book by the economist Victor Lang, who now advises ' +
        'the administration on its so-called "reshoring agenda."',
      'Lang did not respond to a request for comment. In the book, he describes tariffs as "a tool, ' +
        'not a religion."',
      'Asked whether the president had consulted farm-state lawmakers, Bishop said: "He talks to ' +
        'them every week."',
    ],
    quotes: [
      ["bring jobs home.", "Nora Bishop"],
      ["Nobody wants to see prices go up for farmers,", "Nora Bishop"],
      ["But the president is playing a long game here.", "Nora Bishop"],
      ["real pain", "The American Farm Bureau Federation"],
      ["This is a tax on the people who feed this country,", "Alan Greer"],
      ["a tool, not a religion.", "Victor Lang"],
      ["He talks to them every week.", "Nora Bishop"],
    ],
  },
  {
    name: "local crime and courts: police chief, prosecutor, the 45-year-old, attorney, neighbor",
    headline: "Man charged in fatal shooting outside Elm Street bar, police say",
    paragraphs: [
      "A 27-year-old Dayton man was charged with murder Saturday in the shooting death of another man " +
        "outside a bar on Elm Street early Friday, police said.",
      "Officers found Marcus Hill, 31, of Kettering, lying in the parking lot of the Blue Lantern " +
        "shortly after 1:30 a.m., according to a police report. He was pronounced dead at a hospital.",
      "“This was an argument that started inside and ended with a young man losing his life,” Police " +
        "Chief Angela Torres said at a news briefing. “It did not have to happen.”",
      "The suspect, Jordan Pike, was arrested at his home later that morning without incident, " +
        "Torres said. Officers recovered what she called “a small arsenal” from his car.",
      "Montgomery County Prosecutor Neil Carver, 45, who was elected last year on a promise to crack " +
        "down on gun violence, said his office would ask for a high bond. “We will seek the maximum " +
        "penalty the law allows,” the 45-year-old said in a statement.",
      "Pike's attorney, Rachel Stein, said her client acted in self-defense. “My client was attacked, " +
        "and he responded the way anyone would,” she said. “The video will show that.”",
      "“He was a good kid who coached his nephew's baseball team,” said a neighbor, Linda Foster, who " +
        "has lived next door to the Hill family for 20 years.",
      "Hill's mother, Denise Hill, said she learned of her son's death from a post on social media. " +
        "“Nobody called me,” Mrs. Hill said. “I had to find out like that.”",
    ],
    quotes: [
      [
        "This was an argument that started inside and ended with a young man losing his life,",
        "Angela Torres",
      ],
      ["It did not have to happen.", "Angela Torres"],
      ["a small arsenal", "Angela Torres"],
      ["We will seek the maximum penalty the law allows,", "Neil Carver"],
      ["My client was attacked, and he responded the way anyone would,", "Rachel Stein"],
      ["The video will show that.", "Rachel Stein"],
      ["He was a good kid who coached his nephew's baseball team,", "Linda Foster"],
      ["Nobody called me,", "Denise Hill"],
      ["I had to find out like that.", "Denise Hill"],
    ],
  },
  {
    name: "sports recap: the star, both coaches, a player and his father, a colon after a gesture",
    headline: "Herons rally past Lions as Okafor scores 34",
    paragraphs: [
      "Jalen Okafor scored 34 points, including the go-ahead 3-pointer with 11 seconds left, and the " +
        "Harbor City Herons beat the Lakeport Lions 108-105 on Sunday night.",
      "“I just wanted the ball,” Okafor said. “Coach drew it up for me, and I had to make it.”",
      "Herons coach Mike Brennan said he never considered calling a timeout on the final possession. " +
        "“When you’ve got a guy like Jalen, you get out of the way,” Brennan said.",
      "Lakeport led by 14 early in the fourth quarter before going cold, missing nine of its last 11 " +
        "shots.",
      "“We stopped moving the ball,” Lions guard Tyrese Grant said. “That’s on me as much as anybody.”",
      "Grant finished with 29 points and eight assists. His father, Darnell Grant, a former Lions " +
        "player, watched from courtside. “I told him to keep his head up,” Darnell Grant said.",
      "Lakeport coach Sarah Velez called the loss “a gut punch” but said her team would recover. " +
        "“We’ve got 40 games left. Nobody is panicking,” she said.",
      "Asked about Okafor’s minutes, Brennan smiled: “He told me he wasn’t tired. I believe him.”",
    ],
    quotes: [
      ["I just wanted the ball,", "Jalen Okafor"],
      ["Coach drew it up for me, and I had to make it.", "Jalen Okafor"],
      ["When you’ve got a guy like Jalen, you get out of the way,", "Mike Brennan"],
      ["We stopped moving the ball,", "Tyrese Grant"],
      ["That’s on me as much as anybody.", "Tyrese Grant"],
      ["I told him to keep his head up,", "Darnell Grant"],
      ["a gut punch", "Sarah Velez"],
      ["We’ve got 40 games left. Nobody is panicking,", "Sarah Velez"],
      ["He told me he wasn’t tired. I believe him.", "Mike Brennan"],
    ],
  },
  {
    name: "science and health: the lead author, the study found, an outside expert, the agency",
    headline: "Daily walks linked to lower dementia risk, large study finds",
    paragraphs: [
      "People who walked at least 4,000 steps a day were about 25% less likely to develop dementia " +
        "over a decade than those who walked less, according to a study published Wednesday.",
      "“The effect was there even at modest levels of activity, which is the encouraging part,” said " +
        "Dr. Hannah Cole, an epidemiologist at the University of Michigan and the study’s lead author.",
      "The study found that the benefit “leveled off at around 9,000 steps,” suggesting that more is " +
        "not always better.",
      "Cole and her colleagues followed more than 78,000 adults who wore activity trackers. She " +
        "cautioned that the research was observational. “We can’t say walking causes the drop,” she " +
        "said. “But it’s hard to find a downside.”",
      "Dr. Robert Ames, a neurologist at Johns Hopkins who was not involved in the research, called " +
        "the findings “solid but not surprising.”",
      "“What I tell my patients is simple: move more, sit less,” Ames said.",
      "The Centers for Disease Control and Prevention recommends 150 minutes of moderate activity a " +
        "week for adults. In its guidance, the agency says regular activity “can reduce the risk of " +
        "developing dementia.”",
    ],
    quotes: [
      [
        "The effect was there even at modest levels of activity, which is the encouraging part,",
        "Hannah Cole",
      ],
      ["leveled off at around 9,000 steps,", "The study"],
      ["We can’t say walking causes the drop,", "Hannah Cole"],
      ["But it’s hard to find a downside.", "Hannah Cole"],
      ["solid but not surprising.", "Robert Ames"],
      ["What I tell my patients is simple: move more, sit less,", "Robert Ames"],
      ["can reduce the risk of developing dementia.", "The Centers for Disease Control and Prevention"],
    ],
  },
  {
    name: "UK paper, Westminster: told the BBC, a Downing Street spokesman, an MP who…, told the Guardian",
    headline: "Chancellor faces backbench revolt over winter fuel cuts",
    paragraphs: [
      "The chancellor, Rachel Hume, is facing a growing revolt from Labour backbenchers over cuts to " +
        "winter fuel payments, with more than 40 MPs signing a letter urging her to think again.",
      "Speaking on Tuesday, Hume said the decision had been “difficult but necessary”. “I was not " +
        "elected to duck hard choices,” she told the BBC.",
      "A Downing Street spokesman said the prime minister had “full confidence” in the chancellor.",
      "But the Labour MP for Stockport North, Gareth Lowe, who organised the letter, said pensioners " +
        "had been “hung out to dry”. “These are people who did everything right,” he said. “They " +
        "deserve better than this.”",
      "Caroline Abbott, charity director at Age UK, told the Guardian: “We are already hearing from " +
        "older people who are frightened of turning the heating on.”",
      "The shadow chancellor, Edward Quinn, accused the government of “breathtaking hypocrisy”.",
    ],
    quotes: [
      ["difficult but necessary", "Rachel Hume"],
      ["I was not elected to duck hard choices,", "Rachel Hume"],
      ["full confidence", "A Downing Street spokesman"],
      ["hung out to dry", "Gareth Lowe"],
      ["These are people who did everything right,", "Gareth Lowe"],
      ["They deserve better than this.", "Gareth Lowe"],
      [
        "We are already hearing from older people who are frightened of turning the heating on.",
        "Caroline Abbott",
      ],
      ["breathtaking hypocrisy", "Edward Quinn"],
    ],
  },
  {
    name: "magazine feature: a quote running over paragraphs, a daughter sharing the surname, a title",
    headline: "The Last Keeper of Skerry Rock",
    paragraphs: [
      "Tom Gallagher has lived on Skerry Rock for 31 years, longer than anyone since the lighthouse " +
        "was automated. He is 68, with hands like old rope, and he talks about the sea the way other " +
        "men talk about a difficult brother.",
      "“The first winter, I thought I’d lose my mind,” he told me one evening as the beam swept over " +
        "the kitchen window.",
      "“You have the wind, and you have the noise of the wind, and they’re two different things. The " +
        "wind you get used to. The noise never stops.",
      "“My wife, God rest her, used to say the rock had a voice. I laughed at her then. I don’t laugh " +
        "now.”",
      "His daughter, Fiona Gallagher, runs a guesthouse on the mainland and visits every second " +
        "Sunday by boat. “Dad will leave this rock in a box,” she said. “He’s told me so himself.”",
      "Gallagher keeps a copy of “Moby-Dick” by his bed, though he admits he has never finished it. " +
        "“Too much about the whale,” he said.",
    ],
    quotes: [
      ["The first winter, I thought I’d lose my mind,", "Tom Gallagher"],
      [
        "You have the wind, and you have the noise of the wind, and they’re two different things. The " +
          "wind you get used to. The noise never stops.",
        "Tom Gallagher",
      ],
      [
        "My wife, God rest her, used to say the rock had a voice. I laughed at her then. I don’t laugh now.",
        "Tom Gallagher",
      ],
      ["Dad will leave this rock in a box,", "Fiona Gallagher"],
      ["He’s told me so himself.", "Fiona Gallagher"],
      ["Too much about the whale,", "Tom Gallagher"],
    ],
  },
  {
    name: "interview in question and answer form: quotes inside the answers, a term, a book title",
    headline: "‘We have to stop pretending’: A conversation with the glaciologist Ingrid Solberg",
    paragraphs: [
      "Ingrid Solberg has spent two decades measuring ice in Greenland. Her new book, “Thin Ice,” " +
        "argues that the world is underestimating the pace of sea-level rise. She spoke to us by phone " +
        "from Oslo. This interview has been edited for length and clarity.",
      "Q: What changed your mind about the timeline?",
      "A: One summer, 2019. When I showed the melt numbers to my colleague Lars Berg, he said, “Check " +
        "them again.” We checked them four times.",
      "Q: Some critics say scientists like you exaggerate.",
      "A: I understand why. But the word “catastrophe” is not mine; it belongs to the ice. I prefer " +
        "plain numbers.",
      "Q: What do you tell your students?",
      "A: The same thing the glaciologist Anne Weiss told me in 1998: “The ice doesn’t care what you " +
        "believe.”",
    ],
    quotes: [
      ["We have to stop pretending", "Ingrid Solberg"],
      ["Check them again.", "Lars Berg"],
      ["The ice doesn’t care what you believe.", "Anne Weiss"],
    ],
  },
  {
    name: "Reuters exclusive, diplomacy: sources, a diplomat, a quote opening a paragraph, an official",
    headline: "Exclusive: Black Sea grain talks stall over inspection demands, sources say",
    paragraphs: [
      "(Reuters) - Negotiations to reopen a grain shipping corridor through the Black Sea have stalled " +
        "over demands for inspections of vessels, according to three people familiar with the talks.",
      '"Every time we agree on a text, a new condition appears," said a diplomat involved in the ' +
        "negotiations, who asked not to be named because the talks are private.",
      '"We are not closing the door." Turkish Foreign Minister Kemal Aydin said on Friday that his ' +
        "government remained ready to host a new round.",
      'The United Nations said in a statement it was "deeply concerned" about the impact on food ' +
        "prices in East Africa.",
      "A senior U.S. official, speaking on condition of anonymity because they were not authorized to " +
        'speak publicly, said Washington supported the talks. "This has to be owned by the parties," ' +
        "the official said.",
      'The latest Russian proposal was "dead on arrival," according to Olena Marchuk, a Ukrainian ' +
        "trade official.",
      'Wheat futures rose 2% on the report. "The market had priced in a deal," said Luis Ortega, a ' +
        "commodities analyst at Rabobank.",
    ],
    quotes: [
      ["Every time we agree on a text, a new condition appears,", "a diplomat involved in the negotiations"],
      ["We are not closing the door.", "Kemal Aydin"],
      ["deeply concerned", "The United Nations"],
      ["This has to be owned by the parties,", "A senior U.S. official"],
      ["dead on arrival,", "Olena Marchuk"],
      ["The market had priced in a deal,", "Luis Ortega"],
    ],
  },
  {
    name: "New York Times campaign feature: says X, a father, son and mother, a split quote",
    headline: "In a Swing District, a Family Hardware Store Becomes a Campaign Stop",
    paragraphs: [
      "YORK, Pa. — The hardware store that Frank Novak opened in 1979 has become an unlikely stop on " +
        "the campaign trail.",
      "“People come in for a hammer and stay for an hour,” says Mr. Novak, 74, who still works the " +
        "register three days a week.",
      "His son, Daniel Novak, 45, runs the store now and is running for the State House as a " +
        "Republican. “My father taught me,” the 45-year-old said, “that you listen first and sell " +
        "second.”",
      "Helen Novak, Frank’s wife, keeps the books and is less enthusiastic about the campaign. “I’d " +
        "rather he sold paint,” Mrs. Novak said, laughing.",
      "His opponent, State Representative Carla Ruiz, a Democrat who has held the seat since 2018, " +
        "says the race will turn on schools. “Every door I knock on, it’s the same conversation,” said " +
        "Ms. Ruiz.",
      "A spokeswoman for the Ruiz campaign, Beth Lerner, called the store “a nice prop.”",
      "Frank Novak says he doesn’t mind. “Props pay taxes too,” he said.",
    ],
    quotes: [
      ["People come in for a hammer and stay for an hour,", "Frank Novak"],
      ["My father taught me,", "Daniel Novak"],
      ["that you listen first and sell second.", "Daniel Novak"],
      ["I’d rather he sold paint,", "Helen Novak"],
      ["Every door I knock on, it’s the same conversation,", "Carla Ruiz"],
      ["a nice prop.", "Beth Lerner"],
      ["Props pay taxes too,", "Frank Novak"],
    ],
  },
  {
    name: "opinion-page politics: a quote read from someone's record, a team's request, a source insisting",
    headline: "Energy staff fear the new team's questionnaire",
    paragraphs: [
      "Climate change — “a problem for another decade.”",
      "Senator Paul Avery has said that more than once, and his allies repeat it.",
      "In a questionnaire sent to the department, the transition team asked officials to “name every " +
        "employee who worked on the emissions rules.” Staff were alarmed.",
      "“We will not hand over anyone’s name,” said Rita Okoye, a spokeswoman for the department.",
      "The senator’s office did not respond. A source close to Avery said he was unbothered, " +
        "“insisting the questionnaire is routine.”",
    ],
    quotes: [
      ["a problem for another decade.", "Paul Avery"],
      ["name every employee who worked on the emissions rules.", "the transition team"],
      ["We will not hand over anyone’s name,", "Rita Okoye"],
      ["insisting the questionnaire is routine.", "A source close to Avery"],
    ],
  },
]);
